/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-pp46-import-dialog"

#include "config.h"

#include "kr-pp46-import-dialog.h"

#include <glib/gi18n.h>

#include "kr-appraisal-repository.h"
#include "kr-database.h"

/* Importing historic PP 46/2011 appraisals from a CSV file, as the SIASN import dialog does
 * (kr-import-dialog.c): a dry run in a worker, its report, then the import in another worker.
 * Each worker opens a connection of its own as the window's identity. */

typedef enum
{
  STATE_CHECKING,
  STATE_REPORT,
  STATE_IMPORTING,
  STATE_DONE,
  STATE_ERROR,
} State;

struct _KrPp46ImportDialog
{
  AdwWindow parent_instance;

  char *database_path;
  KrIdentity *identity;
  GFile *file;
  GCancellable *cancellable;
  State state;
  /* What the dry run found. */
  GStrv rejected;
  guint n_rows;
  char *summary;

  GtkButton *cancel_button;
  GtkButton *import_button;
  AdwWindowTitle *title;
  GtkStack *stack;
  AdwStatusPage *progress_page;
  GtkSpinner *spinner;
  AdwPreferencesGroup *summary_group;
  AdwPreferencesGroup *rejected_group;
  GtkListBox *rejected_list;
  AdwStatusPage *error_page;
};

G_DEFINE_FINAL_TYPE (KrPp46ImportDialog, kr_pp46_import_dialog, ADW_TYPE_WINDOW)

enum
{
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The workers */

typedef struct
{
  char *database_path;
  KrIdentity *identity;
  char *path;
  gboolean dry_run;
  /* Set by the worker. */
  gboolean ok;
  GStrv report;
  guint n_rows;
  GError *error;
} Job;

static void
job_free (Job *job)
{
  g_free (job->database_path);
  g_clear_pointer (&job->identity, kr_identity_unref);
  g_free (job->path);
  g_strfreev (job->report);
  g_clear_error (&job->error);
  g_free (job);
}

static void
job_thread_cb (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr (KrDatabase) database = NULL;
  g_autoptr (KrAppraisalRepository) repository = NULL;

  database = kr_database_open (job->database_path, KR_DATABASE_FLAGS_NO_CREATE, &job->error);
  if (database != NULL)
    {
      kr_database_set_identity (database, job->identity);
      repository = kr_appraisal_repository_new (database);
      job->ok = kr_appraisal_repository_import_pp46 (repository, job->path, job->dry_run,
                                                     &job->report, &job->n_rows, &job->error);
    }
  /* The outcome, good or bad, is in the job: the task only says it ran. */
  g_task_return_boolean (task, TRUE);
}

static void
run (KrPp46ImportDialog *self, gboolean dry_run, GAsyncReadyCallback done)
{
  g_autoptr (GTask) task = g_task_new (self, self->cancellable, done, NULL);
  Job *job = g_new0 (Job, 1);

  job->database_path = g_strdup (self->database_path);
  job->identity = self->identity != NULL ? kr_identity_ref (self->identity) : NULL;
  job->path = g_file_get_path (self->file);
  job->dry_run = dry_run;
  g_task_set_source_tag (task, run);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, job_thread_cb);
}

/* Showing */

static void
show_progress (KrPp46ImportDialog *self, const char *title)
{
  adw_status_page_set_title (self->progress_page, title);
  gtk_spinner_start (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "progress");
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
}

static void
show_error (KrPp46ImportDialog *self, const GError *error)
{
  g_autofree char *markup = g_markup_escape_text (error->message, -1);

  self->state = STATE_ERROR;
  gtk_spinner_stop (self->spinner);
  adw_status_page_set_description (self->error_page, markup);
  gtk_stack_set_visible_child_name (self->stack, "error");
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
  gtk_button_set_label (self->cancel_button, _ ("_Close"));
}

static void
add_rejected_row (KrPp46ImportDialog *self, const char *line)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-error-symbolic");
  g_autofree char *markup = g_markup_escape_text (line, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), markup);
  gtk_widget_add_css_class (icon, "error");
  gtk_widget_set_tooltip_text (icon, _ ("Rejected"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_list_box_append (self->rejected_list, row);
}

static void
show_report (KrPp46ImportDialog *self, Job *job)
{
  guint n_rejected = job->report != NULL ? g_strv_length (job->report) : 0;
  gboolean importable = n_rejected == 0 && job->n_rows > 0;
  g_autofree char *label = NULL;
  const char *description;

  self->state = STATE_REPORT;
  gtk_spinner_stop (self->spinner);
  self->rejected = g_steal_pointer (&job->report);
  self->n_rows = job->n_rows;
  g_free (self->summary);
  if (n_rejected > 0)
    {
      self->summary = g_strdup_printf (
          ngettext ("%u line was rejected", "%u lines were rejected", n_rejected), n_rejected);
      description = _ ("Nothing has been imported. The import takes every row or none: correct "
                       "these lines in the file and import it again.");
    }
  else if (job->n_rows == 0)
    {
      self->summary = g_strdup (_ ("The file holds no appraisals"));
      description = _ ("Nothing has been imported.");
    }
  else
    {
      self->summary = g_strdup_printf (
          ngettext ("%u row can be imported", "%u rows can be imported", job->n_rows), job->n_rows);
      description = _ ("Nothing has been written yet. An appraisal already recorded for the "
                       "same employee and year is replaced.");
    }
  adw_preferences_group_set_title (self->summary_group, self->summary);
  adw_preferences_group_set_description (self->summary_group, description);
  for (guint i = 0; i < n_rejected; i++)
    add_rejected_row (self, self->rejected[i]);
  gtk_widget_set_visible (GTK_WIDGET (self->rejected_group), n_rejected > 0);

  label = importable ? g_strdup_printf (
                           ngettext ("_Import %u Appraisal", "_Import %u Appraisals", job->n_rows),
                           job->n_rows)
                     : g_strdup (_ ("_Import"));
  gtk_button_set_label (self->import_button, label);
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), importable);
  if (!importable)
    gtk_button_set_label (self->cancel_button, _ ("_Close"));
  gtk_stack_set_visible_child_name (self->stack, "report");
}

static void
check_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrPp46ImportDialog *self = KR_PP46_IMPORT_DIALOG (source);
  Job *job = g_task_get_task_data (G_TASK (result));

  if (g_cancellable_is_cancelled (self->cancellable))
    return;
  /* Rejected rows fail the dry run with a report; a file that cannot be read has none. */
  if (job->ok || (job->report != NULL && job->report[0] != NULL))
    show_report (self, job);
  else
    show_error (self, job->error);
}

static void
import_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrPp46ImportDialog *self = KR_PP46_IMPORT_DIALOG (source);
  Job *job = g_task_get_task_data (G_TASK (result));

  if (g_cancellable_is_cancelled (self->cancellable))
    return;
  if (!job->ok)
    {
      show_error (self, job->error);
      return;
    }
  self->state = STATE_DONE;
  gtk_spinner_stop (self->spinner);
  g_signal_emit (self, signals[IMPORTED], 0, job->n_rows);
  gtk_window_close (GTK_WINDOW (self));
}

void
kr_pp46_import_dialog_import (KrPp46ImportDialog *self)
{
  g_return_if_fail (KR_IS_PP46_IMPORT_DIALOG (self));

  if (self->state != STATE_REPORT || self->n_rows == 0 ||
      (self->rejected != NULL && self->rejected[0] != NULL))
    return;
  self->state = STATE_IMPORTING;
  show_progress (self, _ ("Importing…"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), FALSE);
  run (self, FALSE, import_done_cb);
}

/* Building */

static GtkWidget *
build_header (KrPp46ImportDialog *self)
{
  GtkWidget *header = adw_header_bar_new ();

  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  self->cancel_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_ ("_Cancel")));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->cancel_button), "window.close");
  self->import_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_ ("_Import")));
  gtk_widget_add_css_class (GTK_WIDGET (self->import_button), "suggested-action");
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
  g_signal_connect_swapped (self->import_button, "clicked",
                            G_CALLBACK (kr_pp46_import_dialog_import), self);
  self->title = ADW_WINDOW_TITLE (adw_window_title_new (_ ("Import Historic Appraisals"), NULL));
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), GTK_WIDGET (self->cancel_button));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->import_button));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));
  return header;
}

static GtkWidget *
build_report (KrPp46ImportDialog *self)
{
  GtkWidget *page = adw_preferences_page_new ();

  self->summary_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  self->rejected_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->rejected_group, _ ("Rejected Lines"));
  self->rejected_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->rejected_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->rejected_list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->rejected_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Rejected lines"), -1);
  adw_preferences_group_add (self->rejected_group, GTK_WIDGET (self->rejected_list));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->summary_group);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->rejected_group);
  return page;
}

static void
build (KrPp46ImportDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  self->progress_page = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->progress_page, "document-open-symbolic");
  self->spinner = GTK_SPINNER (gtk_spinner_new ());
  gtk_widget_set_size_request (GTK_WIDGET (self->spinner), 32, 32);
  adw_status_page_set_child (self->progress_page, GTK_WIDGET (self->spinner));
  self->error_page = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->error_page, "dialog-warning-symbolic");
  adw_status_page_set_title (self->error_page, _ ("The File Cannot Be Imported"));
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->progress_page), "progress");
  gtk_stack_add_named (self->stack, build_report (self), "report");
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->error_page), "error");
  gtk_box_append (GTK_BOX (box), build_header (self));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
  adw_window_set_content (ADW_WINDOW (self), box);
}

/* API */

const char *
kr_pp46_import_dialog_get_state (KrPp46ImportDialog *self)
{
  static const char *const names[] = { "checking", "report", "importing", "done", "error" };

  g_return_val_if_fail (KR_IS_PP46_IMPORT_DIALOG (self), NULL);

  return names[self->state];
}

const char *const *
kr_pp46_import_dialog_get_rejected (KrPp46ImportDialog *self)
{
  g_return_val_if_fail (KR_IS_PP46_IMPORT_DIALOG (self), NULL);

  return (const char *const *) self->rejected;
}

guint
kr_pp46_import_dialog_get_n_rows (KrPp46ImportDialog *self)
{
  g_return_val_if_fail (KR_IS_PP46_IMPORT_DIALOG (self), 0);

  return self->n_rows;
}

const char *
kr_pp46_import_dialog_get_summary (KrPp46ImportDialog *self)
{
  g_return_val_if_fail (KR_IS_PP46_IMPORT_DIALOG (self), NULL);

  return self->summary;
}

static gboolean
close_request_cb (GtkWindow *window)
{
  KrPp46ImportDialog *self = KR_PP46_IMPORT_DIALOG (window);

  /* The import is one transaction that cannot be stopped half-way: let it end. */
  return self->state == STATE_IMPORTING;
}

static void
kr_pp46_import_dialog_dispose (GObject *object)
{
  KrPp46ImportDialog *self = KR_PP46_IMPORT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  G_OBJECT_CLASS (kr_pp46_import_dialog_parent_class)->dispose (object);
}

static void
kr_pp46_import_dialog_finalize (GObject *object)
{
  KrPp46ImportDialog *self = KR_PP46_IMPORT_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->file);
  g_clear_pointer (&self->identity, kr_identity_unref);
  g_free (self->database_path);
  g_strfreev (self->rejected);
  g_free (self->summary);

  G_OBJECT_CLASS (kr_pp46_import_dialog_parent_class)->finalize (object);
}

static void
kr_pp46_import_dialog_class_init (KrPp46ImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = kr_pp46_import_dialog_dispose;
  object_class->finalize = kr_pp46_import_dialog_finalize;
  window_class->close_request = close_request_cb;

  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kr_pp46_import_dialog_init (KrPp46ImportDialog *self)
{
  build (self);
}

KrPp46ImportDialog *
kr_pp46_import_dialog_new (const char *database_path, KrIdentity *identity, GFile *file)
{
  KrPp46ImportDialog *self;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (database_path != NULL, NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (KR_TYPE_PP46_IMPORT_DIALOG, "modal", TRUE, "default-width", 600,
                       "default-height", 560, "width-request", 360, "title",
                       _ ("Import Historic Appraisals"), NULL);
  self->database_path = g_strdup (database_path);
  self->identity = identity != NULL ? kr_identity_ref (identity) : NULL;
  self->file = g_object_ref (file);
  self->cancellable = g_cancellable_new ();
  self->state = STATE_CHECKING;

  name = g_file_get_basename (file);
  adw_window_title_set_subtitle (self->title, name);
  /* Translators: %s is a file name */
  title = g_strdup_printf (_ ("Checking “%s”…"), name);
  show_progress (self, title);
  run (self, TRUE, check_done_cb);
  return self;
}
