/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-password-hint"

#include "config.h"

#include "kr-password-hint.h"

#include <glib/gi18n.h>

#include "kr-account.h"

struct _KrPasswordHint
{
  GtkWidget parent_instance;

  GtkLevelBar *bar;
  GtkLabel *label;
  guint level;
};

G_DEFINE_FINAL_TYPE (KrPasswordHint, kr_password_hint, GTK_TYPE_WIDGET)

/* Length counts most; mixing kinds of characters adds a step; one character repeated, or
 * digits only, is weak whatever its length. */
static guint
measure (const char *password, glong length)
{
  gboolean lower = FALSE, upper = FALSE, digit = FALSE, other = FALSE, repeated = TRUE;
  gunichar first = g_utf8_get_char (password);
  guint level, kinds;

  for (const char *p = password; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      lower |= g_unichar_islower (c);
      upper |= g_unichar_isupper (c);
      digit |= g_unichar_isdigit (c);
      other |= !g_unichar_isalnum (c);
      repeated &= c == first;
    }
  kinds = lower + upper + digit + other;
  if (repeated || (digit && kinds == 1 && length < 16))
    return 1;
  level = length >= 16 ? 3 : length >= 12 ? 2 : 1;
  if (kinds >= 3 && level < 3)
    level++;
  return level;
}

void
kr_password_hint_update (KrPasswordHint *self, const char *password)
{
  glong length;
  g_autofree char *text = NULL;

  g_return_if_fail (KR_IS_PASSWORD_HINT (self));

  length =
      password != NULL && g_utf8_validate (password, -1, NULL) ? g_utf8_strlen (password, -1) : 0;
  if (length == 0)
    {
      self->level = 0;
      text = g_strdup_printf (
          ngettext ("At least %d character. A phrase of a few words is easy to remember and "
                    "hard to guess.",
                    "At least %d characters. A phrase of a few words is easy to remember and "
                    "hard to guess.",
                    KR_ACCOUNT_PASSWORD_MIN_LENGTH),
          KR_ACCOUNT_PASSWORD_MIN_LENGTH);
    }
  else if (length < KR_ACCOUNT_PASSWORD_MIN_LENGTH)
    {
      guint missing = KR_ACCOUNT_PASSWORD_MIN_LENGTH - (guint) length;

      self->level = 0;
      text = g_strdup_printf (ngettext ("Too short: %u more character needed",
                                        "Too short: %u more characters needed", missing),
                              missing);
    }
  else
    {
      self->level = measure (password, length);
      if (self->level == 1)
        text = g_strdup (_ ("Weak: make it longer, or add words"));
      else if (self->level == 2)
        text = g_strdup (_ ("Fair: a longer phrase would be stronger"));
      else
        text = g_strdup (_ ("Strong"));
    }

  gtk_level_bar_set_value (self->bar, self->level);
  gtk_label_set_text (self->label, text);
}

guint
kr_password_hint_get_level (KrPasswordHint *self)
{
  g_return_val_if_fail (KR_IS_PASSWORD_HINT (self), 0);

  return self->level;
}

const char *
kr_password_hint_get_text (KrPasswordHint *self)
{
  g_return_val_if_fail (KR_IS_PASSWORD_HINT (self), NULL);

  return gtk_label_get_text (self->label);
}

static void
kr_password_hint_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (kr_password_hint_parent_class)->dispose (object);
}

static void
kr_password_hint_class_init (KrPasswordHintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_password_hint_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
kr_password_hint_init (KrPasswordHint *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);
  gtk_widget_set_margin_start (GTK_WIDGET (self), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self), 12);

  self->bar = GTK_LEVEL_BAR (gtk_level_bar_new_for_interval (0, 3));
  gtk_level_bar_set_mode (self->bar, GTK_LEVEL_BAR_MODE_DISCRETE);
  gtk_level_bar_add_offset_value (self->bar, GTK_LEVEL_BAR_OFFSET_LOW, 1);
  gtk_level_bar_add_offset_value (self->bar, GTK_LEVEL_BAR_OFFSET_HIGH, 2);
  gtk_level_bar_add_offset_value (self->bar, GTK_LEVEL_BAR_OFFSET_FULL, 3);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->bar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Password strength"), -1);
  gtk_widget_set_parent (GTK_WIDGET (self->bar), GTK_WIDGET (self));

  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->label, TRUE);
  gtk_label_set_xalign (self->label, 0.0f);
  gtk_widget_add_css_class (GTK_WIDGET (self->label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->label), "dim-label");
  gtk_widget_set_parent (GTK_WIDGET (self->label), GTK_WIDGET (self));

  kr_password_hint_update (self, NULL);
}

GtkWidget *
kr_password_hint_new (void)
{
  return g_object_new (KR_TYPE_PASSWORD_HINT, NULL);
}
