/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-nominate-form"

#include "config.h"

#include "kr-training-nominate-dialog-private.h"

#include <glib/gi18n.h>

#include "kr-appraisal-format.h"
#include "kr-employee-picker.h"
#include "kr-nip.h"

/* The nominate dialog's form: whom (picked one by one, a unit, or the Employees page's list),
 * the problems a check found and the override reason. */

/* Whom */

static void
on_remove_clicked_cb (GtkButton *button, KrTrainingNominateDialog *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (row), "employee-id");

  for (guint i = 0; i < self->chosen_ids->len; i++)
    if (g_array_index (self->chosen_ids, gint64, i) == id)
      g_array_remove_index (self->chosen_ids, i--);
  gtk_list_box_remove (self->chosen_list, row);
  gtk_widget_set_visible (GTK_WIDGET (self->chosen_list), self->chosen_ids->len > 0);
  _kr_training_nominate_dialog_check (self);
}

static GtkWidget *
new_chosen_row (KrTrainingNominateDialog *self, KrEmployee *employee)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  g_autofree char *name = kr_employee_dup_full_name (employee);
  g_autofree char *nip = kr_nip_format_digits (kr_employee_get_nip (employee));
  g_autofree char *title = g_markup_escape_text (name, -1);
  g_autofree char *subtitle = g_markup_printf_escaped (
      "%s · %s", nip,
      kr_employee_get_unit_name (employee) != NULL ? kr_employee_get_unit_name (employee) : "");
  gint64 id = kr_employee_get_id (employee);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _ ("Remove"));
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  g_object_set_data_full (G_OBJECT (row), "employee-id", g_memdup2 (&id, sizeof id), g_free);
  return row;
}

void
kr_training_nominate_dialog_add_employee (KrTrainingNominateDialog *self, gint64 employee_id)
{
  g_autoptr (KrEmployee) employee = NULL;

  g_return_if_fail (KR_IS_TRAINING_NOMINATE_DIALOG (self));

  for (guint i = 0; i < self->chosen_ids->len; i++)
    if (g_array_index (self->chosen_ids, gint64, i) == employee_id)
      return;
  employee = kr_employee_repository_get (self->employees, employee_id, NULL);
  if (employee == NULL)
    return;
  g_array_append_val (self->chosen_ids, employee_id);
  gtk_list_box_append (self->chosen_list, new_chosen_row (self, employee));
  gtk_widget_set_visible (GTK_WIDGET (self->chosen_list), TRUE);
  adw_combo_row_set_selected (self->source_row, KR_NOMINATE_CHOSEN);
  _kr_training_nominate_dialog_check (self);
}

static void
on_picked_cb (gpointer user_data, gint64 employee_id)
{
  kr_training_nominate_dialog_add_employee (user_data, employee_id);
}

static void
on_source_changed_cb (KrTrainingNominateDialog *self)
{
  KrNominateSource source = _kr_training_nominate_dialog_get_source (self);

  gtk_widget_set_visible (self->picker_row, source == KR_NOMINATE_CHOSEN);
  gtk_widget_set_visible (GTK_WIDGET (self->chosen_list),
                          source == KR_NOMINATE_CHOSEN && self->chosen_ids->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->unit_row), source == KR_NOMINATE_UNIT);
  gtk_widget_set_visible (GTK_WIDGET (self->list_row), source == KR_NOMINATE_EMPLOYEES_LIST);
  _kr_training_nominate_dialog_check (self);
}

void
kr_training_nominate_dialog_set_source (KrTrainingNominateDialog *self, KrNominateSource source)
{
  g_return_if_fail (KR_IS_TRAINING_NOMINATE_DIALOG (self));
  g_return_if_fail (source != KR_NOMINATE_EMPLOYEES_LIST || self->employees_query != NULL);

  adw_combo_row_set_selected (self->source_row, source);
}

void
kr_training_nominate_dialog_set_unit (KrTrainingNominateDialog *self, gint64 unit_id)
{
  g_return_if_fail (KR_IS_TRAINING_NOMINATE_DIALOG (self));

  for (guint i = 0; i < self->unit_ids->len; i++)
    if (g_array_index (self->unit_ids, gint64, i) == unit_id)
      adw_combo_row_set_selected (self->unit_row, i);
  adw_combo_row_set_selected (self->source_row, KR_NOMINATE_UNIT);
}

void
kr_training_nominate_dialog_set_override_reason (KrTrainingNominateDialog *self, const char *reason)
{
  g_return_if_fail (KR_IS_TRAINING_NOMINATE_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->reason_row), reason != NULL ? reason : "");
}

gboolean
kr_training_nominate_dialog_get_busy (KrTrainingNominateDialog *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_NOMINATE_DIALOG (self), FALSE);

  return self->cancellable != NULL;
}

GArray *
kr_training_nominate_dialog_get_employee_ids (KrTrainingNominateDialog *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_NOMINATE_DIALOG (self), NULL);

  return self->found_ids;
}

GPtrArray *
kr_training_nominate_dialog_get_problems (KrTrainingNominateDialog *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_NOMINATE_DIALOG (self), NULL);

  return self->problems;
}

/* Building */

static GtkWidget *
build_who_group (KrTrainingNominateDialog *self, KrUnitRepository *units)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autoptr (GtkStringList) sources = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr (GError) error = NULL;

  gtk_string_list_append (sources, _ ("Chosen employees"));
  gtk_string_list_append (sources, _ ("A unit with the units below it"));
  if (self->employees_query != NULL)
    gtk_string_list_append (sources, _ ("The list on the Employees page"));
  self->source_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->source_row), _ ("_Nominate"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->source_row), TRUE);
  adw_combo_row_set_model (self->source_row, G_LIST_MODEL (sources));

  self->picker_row =
      kr_employee_picker_new (self->employees, _ ("_Add an Employee"), 0, TRUE, on_picked_cb, self);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->picker_row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->picker_row), _ ("Search by name or NIP"));
  self->chosen_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->chosen_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->chosen_list), "boxed-list");
  gtk_widget_set_margin_top (GTK_WIDGET (self->chosen_list), 12);
  gtk_widget_set_visible (GTK_WIDGET (self->chosen_list), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chosen_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Chosen employees"), -1);

  self->unit_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->unit_row), _ ("_Unit"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->unit_row), TRUE);
  if (!kr_appraisal_format_list_units (units, kr_database_get_identity (self->database), NULL,
                                       names, self->unit_ids, &error))
    g_warning ("Could not list units: %s", error->message);
  adw_combo_row_set_model (self->unit_row, G_LIST_MODEL (names));

  self->list_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->list_row),
                                 _ ("The Employees page's search and filters"));

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->source_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->picker_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->unit_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->list_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->chosen_list));
  g_signal_connect_swapped (self->source_row, "notify::selected", G_CALLBACK (on_source_changed_cb),
                            self);
  g_signal_connect_swapped (self->unit_row, "notify::selected",
                            G_CALLBACK (_kr_training_nominate_dialog_check), self);
  return group;
}

static GtkWidget *
build_problems_group (KrTrainingNominateDialog *self)
{
  GtkWidget *group = adw_preferences_group_new ();

  self->problems_group = ADW_PREFERENCES_GROUP (group);
  adw_preferences_group_set_title (self->problems_group, _ ("Problems"));
  self->problems_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->problems_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->problems_list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->problems_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Problems"), -1);
  adw_preferences_group_add (self->problems_group, GTK_WIDGET (self->problems_list));
  gtk_widget_set_visible (group, FALSE);
  return group;
}

static GtkWidget *
build_reason_group (KrTrainingNominateDialog *self)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_description (
      ADW_PREFERENCES_GROUP (group),
      _ ("Nominating despite these problems needs a reason; it is kept with each nomination "
         "that had one."));
  self->reason_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->reason_row), _ ("Override _Reason"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->reason_row), TRUE);
  g_signal_connect_swapped (self->reason_row, "changed",
                            G_CALLBACK (_kr_training_nominate_dialog_update_buttons), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->reason_row));
  g_object_bind_property (self->reason_row, "visible", group, "visible", G_BINDING_SYNC_CREATE);
  return group;
}

void
_kr_training_nominate_dialog_build (KrTrainingNominateDialog *self,
                                    KrUnitRepository *units,
                                    const KrTrainingSession *session)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_ ("_Cancel"));
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *who = build_who_group (self, units);
  GtkWidget *status = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  g_autofree char *seats = g_strdup_printf (_ ("%s · %u of %u seats taken"), session->name,
                                            session->n_enrolled, session->capacity);

  self->nominate_button = gtk_button_new_with_mnemonic (_ ("_Nominate"));
  gtk_widget_add_css_class (self->nominate_button, "suggested-action");
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_close), self);
  g_signal_connect_swapped (self->nominate_button, "clicked",
                            G_CALLBACK (kr_training_nominate_dialog_nominate), self);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->nominate_button);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (session->course_title, seats));

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (who));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                            ADW_PREFERENCES_GROUP (build_problems_group (self)));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                            ADW_PREFERENCES_GROUP (build_reason_group (self)));
  gtk_widget_set_vexpand (page, TRUE);
  self->spinner = GTK_SPINNER (gtk_spinner_new ());
  self->status_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->status_label, TRUE);
  gtk_label_set_xalign (self->status_label, 0.0f);
  gtk_widget_set_margin_start (status, 18);
  gtk_widget_set_margin_end (status, 18);
  gtk_widget_set_margin_bottom (status, 18);
  gtk_box_append (GTK_BOX (status), GTK_WIDGET (self->spinner));
  gtk_box_append (GTK_BOX (status), GTK_WIDGET (self->status_label));

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), page);
  gtk_box_append (GTK_BOX (box), status);
  adw_window_set_content (ADW_WINDOW (self), box);
  on_source_changed_cb (self);
}
