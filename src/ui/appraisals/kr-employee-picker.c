/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-employee-picker"

#include "config.h"

#include "kr-employee-picker.h"

#include <glib/gi18n.h>

#include "kr-employee-list.h"
#include "kr-nip.h"

/* How many matches the popover lists: a search narrows further. */
#define MAX_MATCHES 12

typedef struct
{
  KrEmployeeRepository *employees;
  KrEmployeePickedFunc picked;
  gpointer user_data;
  AdwActionRow *row;
  GtkPopover *popover;
  GtkListBox *matches;
} Picker;

static void
picker_free (Picker *picker)
{
  g_clear_object (&picker->employees);
  g_free (picker);
}

static void
show_employee (Picker *picker, gint64 employee_id)
{
  g_autoptr (KrEmployee) employee = NULL;
  g_autofree char *name = NULL;
  g_autofree char *nip = NULL;
  g_autofree char *subtitle = NULL;

  if (employee_id != 0)
    employee = kr_employee_repository_get (picker->employees, employee_id, NULL);
  if (employee == NULL)
    {
      adw_action_row_set_subtitle (picker->row, _ ("Not set"));
      return;
    }
  name = kr_employee_dup_full_name (employee);
  nip = kr_nip_format_digits (kr_employee_get_nip (employee));
  subtitle = g_markup_printf_escaped ("%s · %s", name, nip);
  adw_action_row_set_subtitle (picker->row, subtitle);
}

static void
on_match_activated_cb (GtkListBox *list, GtkListBoxRow *row, Picker *picker)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (row), "employee-id");

  gtk_popover_popdown (picker->popover);
  show_employee (picker, id);
  picker->picked (picker->user_data, id);
}

static void
on_search_changed_cb (GtkSearchEntry *entry, Picker *picker)
{
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
  g_autoptr (KrEmployeeList) list = NULL;
  GtkWidget *child;
  guint n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (picker->matches))) != NULL)
    gtk_list_box_remove (picker->matches, child);
  kr_employee_query_set_search (query, gtk_editable_get_text (GTK_EDITABLE (entry)));
  list = kr_employee_list_new (picker->employees, query);
  n = MIN (g_list_model_get_n_items (G_LIST_MODEL (list)), MAX_MATCHES);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KrEmployee) employee = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_autofree char *name = kr_employee_dup_full_name (employee);
      g_autofree char *nip = kr_nip_format_digits (kr_employee_get_nip (employee));
      g_autofree char *title = g_markup_escape_text (name, -1);
      g_autofree char *subtitle =
          g_markup_printf_escaped ("%s · %s", nip,
                                   kr_employee_get_position_name (employee) != NULL
                                       ? kr_employee_get_position_name (employee)
                                       : "");
      GtkWidget *row = adw_action_row_new ();
      gint64 id = kr_employee_get_id (employee);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "employee-id", g_memdup2 (&id, sizeof id), g_free);
      gtk_list_box_append (picker->matches, row);
    }
}

static GtkWidget *
build_popover (Picker *picker)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *entry = gtk_search_entry_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *popover = gtk_popover_new ();

  g_object_set (entry, "placeholder-text", _ ("Search by name or NIP"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Search employees"), -1);
  picker->matches = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (picker->matches), "boxed-list");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (picker->matches));
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 280);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  g_signal_connect (entry, "search-changed", G_CALLBACK (on_search_changed_cb), picker);
  g_signal_connect (picker->matches, "row-activated", G_CALLBACK (on_match_activated_cb), picker);
  picker->popover = GTK_POPOVER (popover);
  return popover;
}

GtkWidget *
kr_employee_picker_new (KrEmployeeRepository *employees,
                        const char *title,
                        gint64 employee_id,
                        gboolean editable,
                        KrEmployeePickedFunc picked,
                        gpointer user_data)
{
  Picker *picker;
  GtkWidget *row = adw_action_row_new ();

  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (employees), NULL);
  g_return_val_if_fail (picked != NULL, NULL);

  picker = g_new0 (Picker, 1);
  picker->employees = g_object_ref (employees);
  picker->picked = picked;
  picker->user_data = user_data;
  picker->row = ADW_ACTION_ROW (row);
  g_object_set_data_full (G_OBJECT (row), "picker", picker, (GDestroyNotify) picker_free);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  show_employee (picker, employee_id);

  if (editable)
    {
      GtkWidget *button = gtk_menu_button_new ();

      gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _ ("Change…"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), build_popover (picker));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                      -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  return row;
}
