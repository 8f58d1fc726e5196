/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-widgets"

#include "config.h"

#include "kr-training-widgets.h"

#include <glib/gi18n.h>

#include "kr-date.h"

/* Units */

static void
append_units (KrUnitRepository *units,
              GtkStringList *names,
              GArray *unit_ids,
              gint64 parent_id,
              guint depth)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) children = kr_unit_repository_list_children (units, parent_id, &error);

  if (children == NULL)
    {
      g_warning ("Could not list units: %s", error->message);
      return;
    }
  for (guint i = 0; i < children->len; i++)
    {
      KrUnit *unit = g_ptr_array_index (children, i);
      g_autofree char *indent = g_strnfill (depth * 3, ' ');
      g_autofree char *label = g_strconcat (indent, unit->name, NULL);

      gtk_string_list_append (names, label);
      g_array_append_val (unit_ids, unit->id);
      append_units (units, names, unit_ids, unit->id, depth + 1);
    }
}

GtkDropDown *
kr_training_unit_dropdown_new (GArray *unit_ids)
{
  g_autoptr (GtkExpression) expression =
      gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  GtkDropDown *dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));

  g_array_set_size (unit_ids, 0);
  gtk_drop_down_set_expression (dropdown, expression);
  gtk_drop_down_set_enable_search (dropdown, TRUE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (dropdown), _ ("Unit"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Unit"), -1);
  return dropdown;
}

void
kr_training_unit_dropdown_fill (GtkDropDown *dropdown,
                                GArray *unit_ids,
                                KrDatabase *database,
                                KrUnitRepository *units,
                                gboolean with_all)
{
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  KrIdentity *identity = database != NULL ? kr_database_get_identity (database) : NULL;
  gint64 scope = identity != NULL ? kr_identity_get_scope_unit_id (identity) : 0;
  g_autoptr (KrUnit) scope_unit = NULL;
  gint64 all = 0;

  g_array_set_size (unit_ids, 0);
  if (units != NULL && scope != 0 &&
      (scope_unit = kr_unit_repository_get (units, scope, NULL)) != NULL)
    {
      /* A unit head reads their own subtree only: the list starts at the unit they lead. */
      gtk_string_list_append (names, scope_unit->name);
      g_array_append_val (unit_ids, scope);
      append_units (units, names, unit_ids, scope, 1);
    }
  else if (units != NULL)
    {
      if (with_all)
        {
          gtk_string_list_append (names, _ ("All units"));
          g_array_append_val (unit_ids, all);
        }
      append_units (units, names, unit_ids, 0, 0);
    }
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (dropdown, unit_ids->len > 0 ? 0 : GTK_INVALID_LIST_POSITION);
}

gint64
kr_training_unit_dropdown_get_unit (GtkDropDown *dropdown, GArray *unit_ids)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  return selected < unit_ids->len ? g_array_index (unit_ids, gint64, selected) : 0;
}

gboolean
kr_training_unit_dropdown_set_unit (GtkDropDown *dropdown, GArray *unit_ids, gint64 unit_id)
{
  for (guint i = 0; i < unit_ids->len; i++)
    if (g_array_index (unit_ids, gint64, i) == unit_id)
      {
        gtk_drop_down_set_selected (dropdown, i);
        return TRUE;
      }
  return FALSE;
}

/* Years */

guint
kr_training_current_year (void)
{
  GDate today;

  kr_date_today (NULL, &today);
  return g_date_get_year (&today);
}

GtkSpinButton *
kr_training_year_spin_new (const char *label)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (2000, 2100, 1);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), kr_training_current_year ());
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (spin, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return GTK_SPIN_BUTTON (spin);
}

/* Rows */

GtkWidget *
kr_training_row_new (const char *title, const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

GtkWidget *
kr_training_row_add_value (GtkWidget *row, const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "numeric");
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  return label;
}

GtkWidget *
kr_training_icon_button_new (const char *icon_name,
                             const char *tooltip,
                             const char *action,
                             gint64 id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (id));
  return button;
}

void
kr_training_clear_list (GtkListBox *list)
{
  GtkWidget *row;

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, row);
}

gboolean
kr_training_can (KrDatabase *database, KrPermission permission)
{
  KrIdentity *identity;

  if (database == NULL || kr_database_is_read_only (database))
    return FALSE;
  /* A database without accounts asks nobody to sign in: everything is allowed. */
  identity = kr_database_get_identity (database);
  return identity == NULL || kr_identity_can (identity, permission);
}

void
kr_training_show_toast (GtkWidget *widget, const char *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *markup = g_markup_escape_text (message, -1);

  if (overlay == NULL)
    {
      g_message ("%s", message);
      return;
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (markup));
}

GtkLabel *
kr_training_count_label_new (void)
{
  GtkLabel *label = GTK_LABEL (gtk_label_new (NULL));

  gtk_label_set_xalign (label, 0);
  /* A long count ("296 positions: 4 vacant, …") wraps: it must not widen a narrow window */
  gtk_label_set_wrap (label, TRUE);
  gtk_label_set_wrap_mode (label, PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
  return label;
}

static GtkWidget *
page_box (GtkWidget *toolbar,
          GtkWidget *info,
          GtkWidget *list,
          int spacing,
          GtkStack **stack,
          AdwStatusPage **empty_page)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, spacing);

  *empty_page = ADW_STATUS_PAGE (adw_status_page_new ());
  *stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (*stack, list, "list");
  gtk_stack_add_named (*stack, GTK_WIDGET (*empty_page), "empty");
  gtk_box_append (GTK_BOX (box), toolbar);
  gtk_box_append (GTK_BOX (box), info);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (*stack));
  return box;
}

GtkWidget *
kr_training_list_page_new (GtkWidget *toolbar,
                           GtkWidget *info,
                           GtkWidget *list,
                           GtkStack **stack,
                           AdwStatusPage **empty_page)
{
  gtk_widget_set_margin_start (info, 12);
  return page_box (toolbar, info, list, 6, stack, empty_page);
}

GtkWidget *
kr_training_boxed_page_new (GtkWidget *toolbar,
                            GtkWidget *info,
                            GtkWidget *list,
                            GtkStack **stack,
                            AdwStatusPage **empty_page)
{
  GtkWidget *scroll = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *inner = page_box (toolbar, info, list, 12, stack, empty_page);

  gtk_widget_set_margin_top (inner, 12);
  gtk_widget_set_margin_bottom (inner, 12);
  gtk_widget_set_margin_start (inner, 12);
  gtk_widget_set_margin_end (inner, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 900);
  adw_clamp_set_child (ADW_CLAMP (clamp), inner);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroll), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroll, TRUE);
  return scroll;
}

/* Employee list rows */

void
kr_training_three_lines_setup_cb (GtkSignalListItemFactory *factory,
                                  GtkListItem *list_item,
                                  gpointer user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  for (guint i = 0; i < 3; i++)
    {
      GtkWidget *line = gtk_inscription_new (NULL);

      gtk_inscription_set_min_chars (GTK_INSCRIPTION (line), 20);
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (line), 60);
      if (i > 0)
        {
          gtk_widget_add_css_class (line, "dim-label");
          gtk_widget_add_css_class (line, "caption");
        }
      gtk_box_append (GTK_BOX (box), line);
    }
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_list_item_set_child (list_item, box);
}

void
kr_training_three_lines_set (GtkListItem *list_item,
                             const char *first,
                             const char *second,
                             const char *third)
{
  GtkWidget *line = gtk_widget_get_first_child (gtk_list_item_get_child (list_item));

  gtk_inscription_set_text (GTK_INSCRIPTION (line), first);
  line = gtk_widget_get_next_sibling (line);
  gtk_inscription_set_text (GTK_INSCRIPTION (line), second);
  line = gtk_widget_get_next_sibling (line);
  gtk_inscription_set_text (GTK_INSCRIPTION (line), third);
}
