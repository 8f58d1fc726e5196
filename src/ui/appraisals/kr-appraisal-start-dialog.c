/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-appraisal-start-dialog"

#include "config.h"

#include "kr-appraisal-start-dialog.h"

#include <glib/gi18n.h>

#include "kr-appraisal-format.h"
#include "kr-appraisal-repository.h"
#include "kr-focus.h"

struct _KrAppraisalStartDialog
{
  AdwWindow parent_instance;

  KrDatabase *database;
  GArray *unit_ids;
  GCancellable *cancellable;
  /* What had the focus when the form turned busy (kr-focus.h) */
  GtkWidget *busy_focus;

  GtkWidget *cancel_button;
  GtkWidget *start_button;
  AdwComboRow *unit_row;
  GtkSwitch *subtree_switch;
  GtkSpinButton *year_spin;
  GtkWidget *form;
  GtkSpinner *spinner;
  GtkLabel *status_label;
};

G_DEFINE_FINAL_TYPE (KrAppraisalStartDialog, kr_appraisal_start_dialog, ADW_TYPE_WINDOW)

enum
{
  STARTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  char *path;
  KrIdentity *identity;
  gint64 unit_id;
  gboolean subtree;
  guint year;
  guint n_started;
  guint n_skipped;
} Job;

static void
job_free (Job *job)
{
  g_free (job->path);
  g_clear_pointer (&job->identity, kr_identity_unref);
  g_free (job);
}

static void
start_thread_cb (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr (KrDatabase) database = NULL;
  g_autoptr (KrAppraisalRepository) repository = NULL;
  g_autoptr (GError) error = NULL;

  /* A connection of the worker's own, signed in as the window's user: the repository checks
   * the same rights and the audit trail names the same person. */
  database = kr_database_open (job->path, KR_DATABASE_FLAGS_NO_CREATE, &error);
  if (database == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  kr_database_set_identity (database, job->identity);
  repository = kr_appraisal_repository_new (database);
  if (!kr_appraisal_repository_start_unit (repository, job->unit_id, job->subtree, job->year,
                                           &job->n_started, &job->n_skipped, cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
set_busy (KrAppraisalStartDialog *self, gboolean busy)
{
  if (busy && self->busy_focus == NULL)
    self->busy_focus = kr_focus_take (GTK_WIDGET (self));
  gtk_widget_set_sensitive (self->form, !busy);
  gtk_widget_set_sensitive (self->start_button, !busy);
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_label_set_text (self->status_label, busy ? _ ("Starting the appraisals…") : "");
  if (!busy)
    kr_focus_give_back (&self->busy_focus);
}

static char *
format_result (guint n_started, guint n_skipped)
{
  g_autofree char *started = g_strdup_printf (
      ngettext ("Started %u appraisal", "Started %u appraisals", n_started), n_started);
  g_autofree char *skipped = NULL;

  if (n_skipped == 0)
    return g_steal_pointer (&started);
  skipped =
      g_strdup_printf (ngettext ("%u already had one", "%u already had one", n_skipped), n_skipped);
  /* Translators: "Started 68 appraisals, 2 already had one" */
  return g_strdup_printf (_ ("%s, %s"), started, skipped);
}

static void
start_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrAppraisalStartDialog *self = KR_APPRAISAL_START_DIALOG (source);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  GtkWindow *parent;

  g_clear_object (&self->cancellable);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      set_busy (self, FALSE);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_label_set_text (self->status_label, _ ("Cancelled: no appraisal was started"));
      else
        gtk_label_set_text (self->status_label, error->message);
      return;
    }
  message = format_result (job->n_started, job->n_skipped);
  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-toast", "s", message);
  gtk_label_set_text (self->status_label, message);
  set_busy (self, FALSE);
  g_signal_emit (self, signals[STARTED], 0, job->n_started, job->n_skipped);
  gtk_window_close (GTK_WINDOW (self));
}

void
kr_appraisal_start_dialog_start (KrAppraisalStartDialog *self)
{
  g_autoptr (GTask) task = NULL;
  KrIdentity *identity = kr_database_get_identity (self->database);
  guint index = adw_combo_row_get_selected (self->unit_row);
  Job *job;

  g_return_if_fail (KR_IS_APPRAISAL_START_DIALOG (self));

  if (self->cancellable != NULL || index >= self->unit_ids->len)
    return;
  job = g_new0 (Job, 1);
  job->path = g_strdup (kr_database_get_path (self->database));
  job->identity = identity != NULL ? kr_identity_ref (identity) : NULL;
  job->unit_id = g_array_index (self->unit_ids, gint64, index);
  job->subtree = gtk_switch_get_active (self->subtree_switch);
  job->year = (guint) gtk_spin_button_get_value_as_int (self->year_spin);

  set_busy (self, TRUE);
  self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, start_done_cb, NULL);
  g_task_set_source_tag (task, kr_appraisal_start_dialog_start);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, start_thread_cb);
}

gboolean
kr_appraisal_start_dialog_get_busy (KrAppraisalStartDialog *self)
{
  g_return_val_if_fail (KR_IS_APPRAISAL_START_DIALOG (self), FALSE);

  return self->cancellable != NULL;
}

void
kr_appraisal_start_dialog_set_unit (KrAppraisalStartDialog *self, gint64 unit_id)
{
  g_return_if_fail (KR_IS_APPRAISAL_START_DIALOG (self));

  for (guint i = 0; i < self->unit_ids->len; i++)
    if (g_array_index (self->unit_ids, gint64, i) == unit_id)
      adw_combo_row_set_selected (self->unit_row, i);
}

void
kr_appraisal_start_dialog_set_subtree (KrAppraisalStartDialog *self, gboolean subtree)
{
  g_return_if_fail (KR_IS_APPRAISAL_START_DIALOG (self));

  gtk_switch_set_active (self->subtree_switch, subtree);
}

static void
on_cancel_clicked_cb (KrAppraisalStartDialog *self)
{
  /* The worker stops at its next employee and rolls everything back. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_close (GTK_WINDOW (self));
}

/* The form */

static GtkWidget *
build_form (KrAppraisalStartDialog *self, KrUnitRepository *units, guint year)
{
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *subtree_row = adw_action_row_new ();
  GtkWidget *year_row = adw_action_row_new ();
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr (GError) error = NULL;

  adw_preferences_group_set_description (
      ADW_PREFERENCES_GROUP (group),
      _ ("Every active employee gets a draft appraisal for the year, with the plan copied from "
         "their plan of the year before or from their position. Employees who have one keep "
         "it."));
  self->unit_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->unit_row), _ ("_Unit"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->unit_row), TRUE);
  if (!kr_appraisal_format_list_units (units, kr_database_get_identity (self->database), NULL,
                                       names, self->unit_ids, &error))
    g_warning ("Could not list units: %s", error->message);
  adw_combo_row_set_model (self->unit_row, G_LIST_MODEL (names));

  self->subtree_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_switch_set_active (self->subtree_switch, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->subtree_switch), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (subtree_row), _ ("_Include sub-units"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (subtree_row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (subtree_row), GTK_WIDGET (self->subtree_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (subtree_row),
                                         GTK_WIDGET (self->subtree_switch));

  self->year_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (KR_SKP_FIRST_YEAR, 2100, 1));
  gtk_spin_button_set_value (self->year_spin, year);
  gtk_widget_set_valign (GTK_WIDGET (self->year_spin), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (year_row), _ ("_Year"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (year_row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (year_row), GTK_WIDGET (self->year_spin));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (year_row), GTK_WIDGET (self->year_spin));

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->unit_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), subtree_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), year_row);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  return page;
}

static void
build (KrAppraisalStartDialog *self, KrUnitRepository *units, guint year)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *status = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  self->cancel_button = gtk_button_new_with_mnemonic (_ ("_Cancel"));
  self->start_button = gtk_button_new_with_mnemonic (_ ("_Start"));
  gtk_widget_add_css_class (self->start_button, "suggested-action");
  g_signal_connect_swapped (self->cancel_button, "clicked", G_CALLBACK (on_cancel_clicked_cb),
                            self);
  g_signal_connect_swapped (self->start_button, "clicked",
                            G_CALLBACK (kr_appraisal_start_dialog_start), self);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), self->cancel_button);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->start_button);

  self->form = build_form (self, units, year);
  gtk_widget_set_vexpand (self->form, TRUE);
  self->spinner = GTK_SPINNER (gtk_spinner_new ());
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
  self->status_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->status_label, TRUE);
  gtk_label_set_xalign (self->status_label, 0.0f);
  gtk_widget_set_margin_start (status, 18);
  gtk_widget_set_margin_end (status, 18);
  gtk_widget_set_margin_bottom (status, 18);
  gtk_box_append (GTK_BOX (status), GTK_WIDGET (self->spinner));
  gtk_box_append (GTK_BOX (status), GTK_WIDGET (self->status_label));

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), self->form);
  gtk_box_append (GTK_BOX (box), status);
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->start_button);
}

static gboolean
kr_appraisal_start_dialog_close_request (GtkWindow *window)
{
  KrAppraisalStartDialog *self = KR_APPRAISAL_START_DIALOG (window);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  return GTK_WINDOW_CLASS (kr_appraisal_start_dialog_parent_class)->close_request (window);
}

static void
kr_appraisal_start_dialog_dispose (GObject *object)
{
  KrAppraisalStartDialog *self = KR_APPRAISAL_START_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->database);
  g_clear_object (&self->busy_focus);

  G_OBJECT_CLASS (kr_appraisal_start_dialog_parent_class)->dispose (object);
}

static void
kr_appraisal_start_dialog_finalize (GObject *object)
{
  KrAppraisalStartDialog *self = KR_APPRAISAL_START_DIALOG (object);

  g_clear_pointer (&self->unit_ids, g_array_unref);

  G_OBJECT_CLASS (kr_appraisal_start_dialog_parent_class)->finalize (object);
}

static void
kr_appraisal_start_dialog_class_init (KrAppraisalStartDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_appraisal_start_dialog_dispose;
  object_class->finalize = kr_appraisal_start_dialog_finalize;
  window_class->close_request = kr_appraisal_start_dialog_close_request;

  signals[STARTED] = g_signal_new ("started", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kr_appraisal_start_dialog_init (KrAppraisalStartDialog *self)
{
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

KrAppraisalStartDialog *
kr_appraisal_start_dialog_new (KrDatabase *database,
                               KrUnitRepository *units,
                               gint64 unit_id,
                               guint year)
{
  KrAppraisalStartDialog *self;

  g_return_val_if_fail (KR_IS_DATABASE (database), NULL);
  g_return_val_if_fail (KR_IS_UNIT_REPOSITORY (units), NULL);

  self = g_object_new (KR_TYPE_APPRAISAL_START_DIALOG, "modal", TRUE, "title",
                       _ ("Start Appraisals"), "default-width", 480, "default-height", 420, NULL);
  self->database = g_object_ref (database);
  build (self, units, year);
  if (unit_id != 0)
    kr_appraisal_start_dialog_set_unit (self, unit_id);
  return self;
}
