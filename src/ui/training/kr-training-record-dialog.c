/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-record-dialog"

#include "config.h"

#include "kr-training-record-dialog.h"

#include <glib/gi18n.h>

#include "kr-date-row.h"
#include "kr-date.h"
#include "kr-training-widgets.h"

struct _KrTrainingRecordDialog
{
  AdwWindow parent_instance;

  KrTrainingRepository *training;
  KrTrainingRecord *record;
  gboolean filling;

  GtkWidget *save_button;
  GtkLabel *message_label;
  AdwEntryRow *title_row;
  AdwComboRow *form_row;
  AdwComboRow *type_row;
  AdwComboRow *programme_row;
  AdwEntryRow *provider_row;
  KrDateRow *start_row;
  KrDateRow *end_row;
  GtkSpinButton *jp_spin;
  AdwEntryRow *certificate_row;
  KrDateRow *certificate_date_row;
};

G_DEFINE_FINAL_TYPE (KrTrainingRecordDialog, kr_training_record_dialog, ADW_TYPE_WINDOW)

/* Reading the form */

static char *
dup_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  return text[0] != '\0' ? g_steal_pointer (&text) : NULL;
}

static char *
dup_date (KrDateRow *row)
{
  const GDate *date = kr_date_row_get_date (row);

  return date != NULL ? kr_date_format_iso (date) : NULL;
}

static void
set_string (char **field, char *value)
{
  g_free (*field);
  *field = value;
}

static gboolean
read_form (KrTrainingRecordDialog *self, GError **error)
{
  KrTrainingRecord *r = self->record;
  guint programme = adw_combo_row_get_selected (self->programme_row);

  set_string (&r->title, dup_text (self->title_row));
  r->form = adw_combo_row_get_selected (self->form_row);
  r->kind = kr_training_form_get_kind (r->form);
  r->type = adw_combo_row_get_selected (self->type_row);
  r->programme =
      r->type == KR_COMPETENCE_TYPE_LEADERSHIP ? programme + 1 : KR_LEADERSHIP_PROGRAMME_NONE;
  set_string (&r->provider, dup_text (self->provider_row));
  set_string (&r->start_date, dup_date (self->start_row));
  set_string (&r->end_date, dup_date (self->end_row));
  r->jp = gtk_spin_button_get_value_as_int (self->jp_spin);
  set_string (&r->certificate_number, dup_text (self->certificate_row));
  set_string (&r->certificate_date, dup_date (self->certificate_date_row));
  return kr_date_row_check (self->start_row, error) && kr_date_row_check (self->end_row, error) &&
         kr_date_row_check (self->certificate_date_row, error) &&
         kr_training_record_validate (r, error);
}

static void
on_changed_cb (KrTrainingRecordDialog *self)
{
  g_autoptr (GError) error = NULL;
  gboolean valid;

  if (self->filling)
    return;
  valid = read_form (self, &error);
  gtk_widget_set_visible (GTK_WIDGET (self->programme_row),
                          adw_combo_row_get_selected (self->type_row) ==
                              KR_COMPETENCE_TYPE_LEADERSHIP);
  gtk_widget_set_sensitive (self->save_button, valid);
  gtk_label_set_label (self->message_label, valid ? "" : error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), !valid);
}

gboolean
kr_training_record_dialog_save (KrTrainingRecordDialog *self)
{
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (KR_IS_TRAINING_RECORD_DIALOG (self), FALSE);

  if (!read_form (self, &error) ||
      !kr_training_repository_save_record (self->training, self->record, &error))
    {
      gtk_label_set_label (self->message_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->message_label), TRUE);
      return FALSE;
    }
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
on_save_clicked_cb (KrTrainingRecordDialog *self)
{
  kr_training_record_dialog_save (self);
}

/* Building */

static AdwEntryRow *
add_entry_row (KrTrainingRecordDialog *self, AdwPreferencesGroup *group, const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_signal_connect_swapped (row, "changed", G_CALLBACK (on_changed_cb), self);
  adw_preferences_group_add (group, row);
  return ADW_ENTRY_ROW (row);
}

static KrDateRow *
add_date_row (KrTrainingRecordDialog *self, AdwPreferencesGroup *group, const char *title)
{
  GtkWidget *row = kr_date_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_signal_connect_swapped (row, "changed", G_CALLBACK (on_changed_cb), self);
  adw_preferences_group_add (group, row);
  return KR_DATE_ROW (row);
}

static AdwComboRow *
add_combo_row (KrTrainingRecordDialog *self,
               AdwPreferencesGroup *group,
               const char *title,
               const char *(*label) (int value),
               int first,
               int n_values)
{
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  for (int value = first; value < n_values; value++)
    gtk_string_list_append (labels, label (value));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (on_changed_cb), self);
  adw_preferences_group_add (group, row);
  return ADW_COMBO_ROW (row);
}

static void
build (KrTrainingRecordDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_ ("_Cancel"));
  GtkWidget *page = adw_preferences_page_new ();
  AdwPreferencesGroup *what = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *when = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *message = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *jp_row;

  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  self->save_button = gtk_button_new_with_mnemonic (_ ("_Save"));
  gtk_widget_add_css_class (self->save_button, "suggested-action");
  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (on_save_clicked_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->save_button);

  self->title_row = add_entry_row (self, what, _ ("Title"));
  self->form_row = add_combo_row (self, what, _ ("Form"), (gpointer) kr_training_form_get_label, 0,
                                  KR_N_TRAINING_FORMS);
  self->type_row =
      add_combo_row (self, what, _ ("Competence type"), (gpointer) kr_competence_type_get_label, 0,
                     KR_N_COMPETENCE_TYPES);
  self->programme_row =
      add_combo_row (self, what, _ ("Leadership programme"),
                     (gpointer) kr_leadership_programme_get_label, 1, KR_N_LEADERSHIP_PROGRAMMES);
  self->provider_row = add_entry_row (self, what, _ ("Provider (optional)"));
  adw_preferences_group_set_title (when, _ ("Dates and Credit"));
  self->start_row = add_date_row (self, when, _ ("Start (optional)"));
  self->end_row = add_date_row (self, when, _ ("End"));
  jp_row = kr_training_row_new (_ ("JP"), NULL);
  self->jp_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 2000, 1));
  gtk_widget_set_valign (GTK_WIDGET (self->jp_spin), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->jp_spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("JP"), -1);
  g_signal_connect_swapped (self->jp_spin, "value-changed", G_CALLBACK (on_changed_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (jp_row), GTK_WIDGET (self->jp_spin));
  adw_preferences_group_add (when, jp_row);
  self->certificate_row = add_entry_row (self, when, _ ("Certificate number (optional)"));
  self->certificate_date_row = add_date_row (self, when, _ ("Certificate date (optional)"));

  self->message_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->message_label, TRUE);
  gtk_label_set_xalign (self->message_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "error");
  adw_preferences_group_add (message, GTK_WIDGET (self->message_label));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), what);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), when);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), message);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);
}

static void
set_date (KrDateRow *row, const char *iso)
{
  GDate date;

  if (iso != NULL && kr_date_parse_iso (iso, &date, NULL))
    kr_date_row_set_date (row, &date);
}

static void
fill (KrTrainingRecordDialog *self)
{
  const KrTrainingRecord *r = self->record;

  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), r->title != NULL ? r->title : "");
  adw_combo_row_set_selected (self->form_row, r->form);
  adw_combo_row_set_selected (self->type_row, r->type);
  adw_combo_row_set_selected (self->programme_row, r->programme > 0 ? r->programme - 1 : 0);
  gtk_editable_set_text (GTK_EDITABLE (self->provider_row), r->provider != NULL ? r->provider : "");
  set_date (self->start_row, r->start_date);
  set_date (self->end_row, r->end_date);
  gtk_spin_button_set_value (self->jp_spin, r->jp);
  gtk_editable_set_text (GTK_EDITABLE (self->certificate_row),
                         r->certificate_number != NULL ? r->certificate_number : "");
  set_date (self->certificate_date_row, r->certificate_date);
  self->filling = FALSE;
  on_changed_cb (self);
}

/* API */

const KrTrainingRecord *
kr_training_record_dialog_get_record (KrTrainingRecordDialog *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_RECORD_DIALOG (self), NULL);
  return self->record;
}

const char *
kr_training_record_dialog_get_message (KrTrainingRecordDialog *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_RECORD_DIALOG (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->message_label))
             ? gtk_label_get_label (self->message_label)
             : NULL;
}

static void
kr_training_record_dialog_dispose (GObject *object)
{
  KrTrainingRecordDialog *self = KR_TRAINING_RECORD_DIALOG (object);

  g_clear_object (&self->training);
  g_clear_pointer (&self->record, kr_training_record_free);

  G_OBJECT_CLASS (kr_training_record_dialog_parent_class)->dispose (object);
}

static void
kr_training_record_dialog_class_init (KrTrainingRecordDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kr_training_record_dialog_dispose;
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close",
                                       NULL);
}

static void
kr_training_record_dialog_init (KrTrainingRecordDialog *self)
{
  build (self);
}

GtkWidget *
kr_training_record_dialog_new (GtkWindow *parent,
                               KrTrainingRepository *training,
                               gint64 employee_id,
                               const KrTrainingRecord *record)
{
  KrTrainingRecordDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (training), NULL);

  self = g_object_new (
      KR_TYPE_TRAINING_RECORD_DIALOG, "transient-for", parent, "modal", TRUE, "default-width", 560,
      "default-height", 720, "width-request", 360, "height-request", 294, "title",
      record != NULL ? _ ("Edit Training Record") : _ ("Add Training Record"), NULL);
  self->training = g_object_ref (training);
  if (record != NULL)
    self->record = kr_training_record_copy (record);
  else
    {
      self->record = kr_training_record_new ();
      self->record->employee_id = employee_id;
      self->record->form = KR_TRAINING_FORM_TRAINING;
      self->record->kind = KR_TRAINING_KIND_CLASSICAL;
    }
  fill (self);
  return GTK_WIDGET (self);
}
