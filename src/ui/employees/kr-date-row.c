/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-date-row"

#include "config.h"

#include "kr-date-row.h"

#include "kr-date.h"
#include "kr-employee-format.h"

struct _KrDateRow
{
  AdwEntryRow parent_instance;

  GDate date;
  gboolean picking;

  GtkLabel *long_label;
  GtkMenuButton *calendar_button;
  GtkCalendar *calendar;
};

G_DEFINE_FINAL_TYPE (KrDateRow, kr_date_row, ADW_TYPE_ENTRY_ROW)

enum
{
  PROP_0,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
same_date (const GDate *a, const GDate *b)
{
  if (!g_date_valid (a) || !g_date_valid (b))
    return g_date_valid (a) == g_date_valid (b);

  return g_date_compare (a, b) == 0;
}

static void
on_text_changed_cb (KrDateRow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self));
  g_autofree char *long_text = NULL;
  GDate parsed;

  g_date_clear (&parsed, 1);
  if (!kr_date_parse (text, &parsed, NULL))
    g_date_clear (&parsed, 1);

  long_text = kr_employee_format_date (&parsed);
  gtk_label_set_label (self->long_label, long_text != NULL ? long_text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->long_label), long_text != NULL);

  if (same_date (&parsed, &self->date))
    return;
  self->date = parsed;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

static void
on_popover_show_cb (KrDateRow *self)
{
  g_autoptr (GDateTime) shown = NULL;

  if (g_date_valid (&self->date))
    shown = g_date_time_new_utc (g_date_get_year (&self->date), g_date_get_month (&self->date),
                                 g_date_get_day (&self->date), 0, 0, 0);
  else
    shown = g_date_time_new_now_local ();

  self->picking = TRUE;
  gtk_calendar_select_day (self->calendar, shown);
  self->picking = FALSE;
}

static void
on_day_selected_cb (KrDateRow *self)
{
  g_autoptr (GDateTime) picked = NULL;
  GDate date;

  if (self->picking)
    return;

  picked = gtk_calendar_get_date (self->calendar);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (picked), g_date_time_get_month (picked),
                  g_date_time_get_year (picked));
  kr_date_row_set_date (self, &date);
  gtk_menu_button_popdown (self->calendar_button);
}

const GDate *
kr_date_row_get_date (KrDateRow *self)
{
  g_return_val_if_fail (KR_IS_DATE_ROW (self), NULL);

  return g_date_valid (&self->date) ? &self->date : NULL;
}

void
kr_date_row_set_date (KrDateRow *self, const GDate *date)
{
  char text[16] = "";

  g_return_if_fail (KR_IS_DATE_ROW (self));

  /* Day first, as Indonesian forms write dates; kr_date_parse() reads it back. */
  if (date != NULL && g_date_valid (date))
    g_date_strftime (text, sizeof text, "%d-%m-%Y", date);
  gtk_editable_set_text (GTK_EDITABLE (self), text);
}

gboolean
kr_date_row_is_empty (KrDateRow *self)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (KR_IS_DATE_ROW (self), TRUE);

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self))));
  return text[0] == '\0';
}

gboolean
kr_date_row_check (KrDateRow *self, GError **error)
{
  GDate parsed;

  g_return_val_if_fail (KR_IS_DATE_ROW (self), FALSE);

  if (kr_date_row_is_empty (self))
    return TRUE;
  return kr_date_parse (gtk_editable_get_text (GTK_EDITABLE (self)), &parsed, error);
}

static void
kr_date_row_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KrDateRow *self = KR_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, kr_date_row_get_date (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_date_row_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  KrDateRow *self = KR_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      kr_date_row_set_date (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_date_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KR_TYPE_DATE_ROW);

  G_OBJECT_CLASS (kr_date_row_parent_class)->dispose (object);
}

static void
kr_date_row_class_init (KrDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_date_row_dispose;
  object_class->get_property = kr_date_row_get_property;
  object_class->set_property = kr_date_row_set_property;

  properties[PROP_DATE] =
      g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/karier/Karier/employees/kr-date-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KrDateRow, long_label);
  gtk_widget_class_bind_template_child (widget_class, KrDateRow, calendar_button);
  gtk_widget_class_bind_template_child (widget_class, KrDateRow, calendar);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected_cb);
}

static void
kr_date_row_init (KrDateRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_date_clear (&self->date, 1);
  g_signal_connect (self, "changed", G_CALLBACK (on_text_changed_cb), NULL);
}

GtkWidget *
kr_date_row_new (void)
{
  return g_object_new (KR_TYPE_DATE_ROW, NULL);
}
