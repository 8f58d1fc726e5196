/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-employee-profile-training"

#include "config.h"

#include "kr-employee-profile-private.h"

#include <glib/gi18n.h>

#include "kr-training-import-dialog.h"
#include "kr-training-read-job.h"
#include "kr-training-record-dialog.h"
#include "kr-training-widgets.h"

/* How many years the JP table shows, the current one last. */
#define JP_YEARS 5

/* Reading, in a worker */

typedef struct
{
  GPtrArray *history; /* KrTrainingHistoryItem */
  GArray *years;      /* KrJpYear */
} Training;

static void
training_free (Training *training)
{
  g_clear_pointer (&training->history, g_ptr_array_unref);
  g_clear_pointer (&training->years, g_array_unref);
  g_free (training);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Training, training_free)

/* Whose training to read, and the first year to show: no earlier than the year they entered
 * service (TMT CPNS), when they owed no JP. */
typedef struct
{
  gint64 employee_id;
  guint first_year;
} TrainingQuery;

static gpointer
read_training (KrTrainingRepository *repository,
               gpointer data,
               GCancellable *cancellable,
               GError **error)
{
  const TrainingQuery *query = data;
  guint year = kr_training_current_year ();
  g_autoptr (Training) training = g_new0 (Training, 1);

  training->history = kr_training_repository_list_history (repository, query->employee_id, error);
  if (training->history == NULL)
    return NULL;
  training->years = kr_training_repository_list_jp_years (
      repository, query->employee_id, CLAMP (query->first_year, year - JP_YEARS + 1, year), year,
      error);
  if (training->years == NULL)
    return NULL;
  return g_steal_pointer (&training);
}

/* Showing it */

static char *
describe_duty (const KrJpDuty *duty)
{
  if (duty->minimum > 0)
    /* Translators: the yearly JP duty of a PNS or CPNS */
    return g_strdup_printf (_ ("at least %u JP"), duty->minimum);
  if (duty->maximum > 0)
    /* Translators: the yearly JP limit of a PPPK */
    return g_strdup_printf (_ ("at most %u JP"), duty->maximum);
  return g_strdup (_ ("no duty"));
}

/* One year of the table: the JP earned against the duty, as a bar and as numbers. */
static GtkWidget *
new_year_row (const KrJpYear *year)
{
  g_autofree char *title = g_strdup_printf ("%u", year->year);
  g_autofree char *jp = kr_training_format_jp (year->jp);
  g_autofree char *classical = kr_training_format_jp (year->jp_classical);
  g_autofree char *planned = kr_training_format_jp (year->jp_planned);
  g_autofree char *duty = describe_duty (&year->duty);
  /* Translators: JP earned in a year: the classical part, the JP planned, then the duty */
  g_autofree char *subtitle =
      g_strdup_printf (_ ("%s classical · %s planned · duty %s"), classical, planned, duty);
  g_autofree char *value = g_strdup_printf ("%s JP", jp);
  guint target = year->duty.minimum > 0 ? year->duty.minimum : year->duty.maximum;
  GtkWidget *row = kr_training_row_new (title, subtitle);
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, MAX (target, 1));
  GtkWidget *label;
  gboolean short_of_duty = year->duty.minimum > 0 && year->jp < year->duty.minimum;
  gboolean over_limit = year->duty.maximum > 0 && year->jp > year->duty.maximum;

  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), MIN (year->jp, MAX (target, 1)));
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_widget_set_size_request (bar, 96, -1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, value, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), bar);
  label = kr_training_row_add_value (row, value);
  gtk_widget_set_size_request (label, 64, -1);
  if (short_of_duty || over_limit)
    gtk_widget_add_css_class (label, "warning");
  return row;
}

static char *
describe_item (const KrTrainingHistoryItem *item)
{
  g_autofree char *dates = item->start_date != NULL
                               ? kr_training_format_dates (item->start_date, item->end_date)
                               : kr_training_format_date (item->end_date);
  GString *text = g_string_new (kr_training_kind_get_label (item->kind));

  if (item->source == KR_TRAINING_SOURCE_MENTORING)
    g_string_printf (text, "%s", kr_training_form_get_label (KR_TRAINING_FORM_MENTORING));
  else if (item->source == KR_TRAINING_SOURCE_ENROLMENT)
    g_string_append_printf (text, " · %s", kr_enrolment_state_get_label (item->state));
  else
    g_string_append_printf (text, " · %s", _ ("Recorded"));
  if (item->provider != NULL)
    g_string_append_printf (text, " · %s", item->provider);
  g_string_append_printf (text, "\n%s", dates);
  return g_string_free (text, FALSE);
}

static GtkWidget *
new_history_row (const KrTrainingHistoryItem *item, gboolean writable)
{
  g_autofree char *subtitle = describe_item (item);
  g_autofree char *jp = kr_training_format_jp (item->jp);
  g_autofree char *value = g_strdup_printf ("%s JP", jp);
  GtkWidget *row = kr_training_row_new (item->title, subtitle);
  GtkWidget *label = kr_training_row_add_value (row, value);

  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  if (item->jp == 0)
    gtk_widget_add_css_class (label, "dim-label");
  if (!writable || item->source != KR_TRAINING_SOURCE_RECORD)
    return row;
  adw_action_row_add_suffix (
      ADW_ACTION_ROW (row),
      kr_training_icon_button_new ("document-edit-symbolic", _ ("Edit Record"),
                                   "profile.edit-training-record", item->source_id));
  adw_action_row_add_suffix (
      ADW_ACTION_ROW (row),
      kr_training_icon_button_new ("user-trash-symbolic", _ ("Delete Record"),
                                   "profile.delete-training-record", item->source_id));
  return row;
}

static void
add_placeholder (GtkListBox *list, const char *text)
{
  GtkWidget *row = kr_training_row_new (text, NULL);

  gtk_widget_add_css_class (row, "dim-label");
  gtk_list_box_append (list, row);
}

static void
show_rows (KrEmployeeProfile *self, const Training *training)
{
  gboolean writable =
      kr_training_can (kr_training_repository_get_database (self->training_repository),
                       KR_PERMISSION_WRITE_TRAINING);
  guint n_certificates = 0;

  /* Newest year first, as the other views list. */
  for (guint i = training->years->len; i > 0; i--)
    gtk_list_box_append (self->training_jp_list,
                         new_year_row (&g_array_index (training->years, KrJpYear, i - 1)));
  for (guint i = 0; i < training->history->len; i++)
    {
      const KrTrainingHistoryItem *item = g_ptr_array_index (training->history, i);

      gtk_list_box_append (self->training_history_list, new_history_row (item, writable));
      if (item->certificate_number != NULL)
        {
          g_autofree char *date = kr_training_format_date (item->end_date);
          g_autofree char *subtitle = g_strdup_printf ("%s · %s", item->certificate_number, date);

          gtk_list_box_append (self->training_certificate_list,
                               kr_training_row_new (item->title, subtitle));
          n_certificates++;
        }
    }
  if (training->history->len == 0)
    add_placeholder (self->training_history_list, _ ("No training recorded yet"));
  if (n_certificates == 0)
    add_placeholder (self->training_certificate_list, _ ("No certificate recorded yet"));
}

static void
clear_lists (KrEmployeeProfile *self)
{
  kr_training_clear_list (self->training_jp_list);
  kr_training_clear_list (self->training_history_list);
  kr_training_clear_list (self->training_certificate_list);
}

static void
read_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrEmployeeProfile *self = KR_EMPLOYEE_PROFILE (source);
  g_autoptr (GError) error = NULL;
  g_autoptr (Training) training = kr_training_read_job_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self->training_loading = FALSE;
  clear_lists (self);
  if (training == NULL)
    {
      add_placeholder (self->training_history_list, error->message);
      return;
    }
  g_clear_pointer (&self->training_history, g_ptr_array_unref);
  self->training_history = g_ptr_array_ref (training->history);
  show_rows (self, training);
}

void
_kr_employee_profile_show_training (KrEmployeeProfile *self)
{
  gboolean shown = self->training_repository != NULL && self->employee != NULL;
  gboolean writable =
      shown && kr_training_can (kr_training_repository_get_database (self->training_repository),
                                KR_PERMISSION_WRITE_TRAINING);
  TrainingQuery *query;
  const GDate *entered;

  g_cancellable_cancel (self->training_cancellable);
  g_clear_object (&self->training_cancellable);
  self->training_loading = FALSE;
  g_clear_pointer (&self->training_history, g_ptr_array_unref);
  clear_lists (self);
  adw_view_stack_page_set_visible (self->training_page, self->training_repository != NULL);
  gtk_widget_set_visible (self->training_add_button, writable);
  gtk_widget_set_visible (self->training_import_button, writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.add-training-record", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.import-training", writable);
  if (!shown)
    return;

  self->training_loading = TRUE;
  self->training_cancellable = g_cancellable_new ();
  query = g_new0 (TrainingQuery, 1);
  query->employee_id = self->employee_id;
  entered = kr_employee_get_tmt_cpns (self->employee);
  query->first_year = entered != NULL && g_date_valid (entered) ? g_date_get_year (entered) : 0;
  kr_training_read_job_run (self, self->training_repository, read_training, query, g_free,
                            (GDestroyNotify) training_free, self->training_cancellable,
                            read_done_cb, NULL);
}

/* Actions */

static GtkWindow *
parent_window (KrEmployeeProfile *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_toast (KrEmployeeProfile *self, const char *message)
{
  g_autofree char *markup = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (markup));
}

static void
add_record_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrEmployeeProfile *self = KR_EMPLOYEE_PROFILE (widget);

  if (self->training_repository != NULL && self->employee != NULL)
    gtk_window_present (GTK_WINDOW (kr_training_record_dialog_new (
        parent_window (self), self->training_repository, self->employee_id, NULL)));
}

static void
edit_record_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrEmployeeProfile *self = KR_EMPLOYEE_PROFILE (widget);
  g_autoptr (KrTrainingRecord) record = NULL;
  g_autoptr (GError) error = NULL;

  if (self->training_repository == NULL)
    return;
  record = kr_training_repository_get_record (self->training_repository,
                                              g_variant_get_int64 (parameter), &error);
  if (record == NULL)
    {
      show_toast (self, error->message);
      return;
    }
  gtk_window_present (GTK_WINDOW (kr_training_record_dialog_new (
      parent_window (self), self->training_repository, self->employee_id, record)));
}

static void
on_delete_response_cb (AdwMessageDialog *dialog, const char *response, KrEmployeeProfile *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (dialog), "kr-id");
  g_autoptr (GError) error = NULL;

  if (g_strcmp0 (response, "delete") == 0 && self->training_repository != NULL &&
      !kr_training_repository_delete_record (self->training_repository, id, &error))
    show_toast (self, error->message);
}

static void
delete_record_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrEmployeeProfile *self = KR_EMPLOYEE_PROFILE (widget);
  gint64 id = g_variant_get_int64 (parameter);
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (
      adw_message_dialog_new (parent_window (self), _ ("Delete the Training Record?"),
                              _ ("Its JP no longer count towards the employee's duty.")));

  g_object_set_data_full (G_OBJECT (dialog), "kr-id", g_memdup2 (&id, sizeof id), g_free);
  adw_message_dialog_add_response (dialog, "cancel", _ ("_Cancel"));
  adw_message_dialog_add_response (dialog, "delete", _ ("_Delete"));
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_imported_cb (KrTrainingImportDialog *dialog, guint n_written, KrEmployeeProfile *self)
{
  g_autofree char *message = g_strdup_printf (
      ngettext ("%u training record imported", "%u training records imported", n_written),
      n_written);

  /* The import wrote through a connection of its own: tell every view of the training data
   * (this tab among them, through the repository's `changed`). */
  show_toast (self, message);
  if (self->training_repository != NULL)
    kr_training_repository_notify_changed (self->training_repository, KR_TRAINING_CHANGE_RECORDS);
}

static void
import_chosen_cb (GtkNativeDialog *chooser, int response, KrEmployeeProfile *self)
{
  g_autoptr (GFile) file = NULL;
  KrDatabase *database;
  KrTrainingImportDialog *dialog;

  if (response == GTK_RESPONSE_ACCEPT && self->training_repository != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      database = kr_training_repository_get_database (self->training_repository);
      dialog = kr_training_import_dialog_new (kr_database_get_path (database),
                                              kr_database_get_identity (database), file);
      gtk_window_set_transient_for (GTK_WINDOW (dialog), parent_window (self));
      g_signal_connect_object (dialog, "imported", G_CALLBACK (on_imported_cb), self, 0);
      gtk_window_present (GTK_WINDOW (dialog));
    }
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->training_chooser);
}

static void
import_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrEmployeeProfile *self = KR_EMPLOYEE_PROFILE (widget);
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->training_chooser != NULL || self->training_repository == NULL)
    return;
  self->training_chooser =
      gtk_file_chooser_native_new (_ ("Import Training History from SIASN"), parent_window (self),
                                   GTK_FILE_CHOOSER_ACTION_OPEN, _ ("_Open"), _ ("_Cancel"));
  gtk_file_filter_set_name (filter, _ ("CSV files"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->training_chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->training_chooser), TRUE);
  g_signal_connect (self->training_chooser, "response", G_CALLBACK (import_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->training_chooser));
}

void
_kr_employee_profile_class_add_training_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "profile.add-training-record", NULL,
                                   add_record_action_cb);
  gtk_widget_class_install_action (widget_class, "profile.edit-training-record", "x",
                                   edit_record_action_cb);
  gtk_widget_class_install_action (widget_class, "profile.delete-training-record", "x",
                                   delete_record_action_cb);
  gtk_widget_class_install_action (widget_class, "profile.import-training", NULL, import_action_cb);
}

/* Building */

static GtkListBox *
add_group (GtkBox *box,
           const char *title,
           const char *description,
           const char *label,
           GtkWidget *suffix)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkListBox *list = GTK_LIST_BOX (gtk_list_box_new ());

  adw_preferences_group_set_title (group, title);
  if (description != NULL)
    adw_preferences_group_set_description (group, description);
  if (suffix != NULL)
    adw_preferences_group_set_header_suffix (group, suffix);
  gtk_list_box_set_selection_mode (list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  adw_preferences_group_add (group, GTK_WIDGET (list));
  gtk_box_append (box, GTK_WIDGET (group));
  return list;
}

static GtkWidget *
new_button (const char *label, const char *action)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  return button;
}

void
_kr_employee_profile_init_training (KrEmployeeProfile *self)
{
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  self->training_jp_list = add_group (
      GTK_BOX (box), _ ("JP by Year"),
      _ ("Training hours (JP) earned each year from every source, against the duty of the "
         "employee's kind: a PNS or CPNS at least 20 JP, a PPPK at most 24."),
      _ ("JP by year"), NULL);
  self->training_add_button = new_button (_ ("_Add Record…"), "profile.add-training-record");
  self->training_import_button = new_button (_ ("_Import from SIASN…"), "profile.import-training");
  gtk_box_append (GTK_BOX (buttons), self->training_import_button);
  gtk_box_append (GTK_BOX (buttons), self->training_add_button);
  self->training_history_list =
      add_group (GTK_BOX (box), _ ("History"), _ ("Newest first"), _ ("Training history"), buttons);
  self->training_certificate_list =
      add_group (GTK_BOX (box), _ ("Certificates"), NULL, _ ("Certificates"), NULL);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 800);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (self->training_scroll, clamp);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.add-training-record", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.import-training", FALSE);
}

/* The repository */

static void
on_training_changed_cb (KrTrainingRepository *repository, guint mask, KrEmployeeProfile *self)
{
  if (self->employee != NULL &&
      (mask &
       (KR_TRAINING_CHANGE_ENROLMENTS | KR_TRAINING_CHANGE_RECORDS | KR_TRAINING_CHANGE_MENTORING |
        KR_TRAINING_CHANGE_SETTINGS | KR_TRAINING_CHANGE_COURSES | KR_TRAINING_CHANGE_SESSIONS)))
    _kr_employee_profile_show_training (self);
}

void
kr_employee_profile_set_training_repository (KrEmployeeProfile *self,
                                             KrTrainingRepository *repository)
{
  g_return_if_fail (KR_IS_EMPLOYEE_PROFILE (self));
  g_return_if_fail (repository == NULL || KR_IS_TRAINING_REPOSITORY (repository));

  if (self->training_repository == repository)
    return;
  if (self->training_repository != NULL)
    g_signal_handlers_disconnect_by_func (self->training_repository, on_training_changed_cb, self);
  g_set_object (&self->training_repository, repository);
  if (repository != NULL)
    g_signal_connect_object (repository, "changed", G_CALLBACK (on_training_changed_cb), self, 0);
  _kr_employee_profile_show_training (self);
}

gboolean
kr_employee_profile_get_training_loading (KrEmployeeProfile *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_PROFILE (self), FALSE);

  return self->training_loading;
}

void
_kr_employee_profile_dispose_training (KrEmployeeProfile *self)
{
  g_cancellable_cancel (self->training_cancellable);
  g_clear_object (&self->training_cancellable);
  g_clear_pointer (&self->training_history, g_ptr_array_unref);
  if (self->training_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->training_chooser));
  g_clear_object (&self->training_chooser);
  if (self->training_repository != NULL)
    g_signal_handlers_disconnect_by_func (self->training_repository, on_training_changed_cb, self);
  g_clear_object (&self->training_repository);
}
