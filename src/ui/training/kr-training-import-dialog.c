/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-import-dialog"

#include "config.h"

#include "kr-training-import-dialog.h"

#include <glib/gi18n.h>

#include "kr-application.h"
#include "kr-backups.h"
#include "kr-database.h"
#include "kr-import-issues.h"
#include "kr-training-import.h"

/* As the PP 46/2011 import dialog: a dry run in a worker, its report, then the import in
 * another worker. The importer keeps its connection between the two. */

typedef enum
{
  STATE_CHECKING,
  STATE_REPORT,
  STATE_IMPORTING,
  STATE_DONE,
  STATE_ERROR,
} State;

struct _KrTrainingImportDialog
{
  AdwWindow parent_instance;

  char *database_path;
  KrIdentity *identity;
  /* The backup made before the import commits: its folder and count (from the settings), and
   * the file, written by the worker. */
  char *backup_folder;
  guint backup_keep;
  char *backup_path;
  GFile *file;
  GCancellable *cancellable;
  State state;
  /* Made by the dry run's worker; used by one worker at a time. */
  KrDatabase *database;
  KrTrainingImporter *importer;
  guint n_to_write;
  char *summary;
  GPtrArray *issues; /* char *, as shown */

  GtkButton *cancel_button;
  GtkButton *import_button;
  AdwWindowTitle *title;
  GtkStack *stack;
  AdwStatusPage *progress_page;
  GtkSpinner *spinner;
  AdwPreferencesGroup *summary_group;
  KrImportIssues *issue_rows;
  AdwStatusPage *error_page;
};

G_DEFINE_FINAL_TYPE (KrTrainingImportDialog, kr_training_import_dialog, ADW_TYPE_WINDOW)

enum
{
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The workers */

static void
check_thread_cb (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  KrTrainingImportDialog *self = source;
  g_autoptr (KrDatabase) database = NULL;
  g_autoptr (KrTrainingImporter) importer = NULL;
  GError *error = NULL;

  database = kr_database_open (self->database_path, KR_DATABASE_FLAGS_NO_CREATE, &error);
  if (database == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  kr_database_set_identity (database, self->identity);
  importer = kr_training_importer_new (database);
  if (!kr_training_importer_analyse (importer, self->file, NULL, NULL, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  /* Handed to the main thread, which keeps them for the import. */
  g_object_set_data_full (G_OBJECT (task), "database", g_steal_pointer (&database), g_object_unref);
  g_task_return_pointer (task, g_steal_pointer (&importer), g_object_unref);
}

static void
import_thread_cb (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  KrTrainingImportDialog *self = source;
  KrTrainingImporter *importer = task_data;
  g_autoptr (KrBackup) backup = NULL;
  GError *error = NULL;

  /* After the dry run, before the commit: the database as it was is kept. */
  backup =
      kr_backups_create (self->database, self->backup_folder, KR_BACKUP_KIND_IMPORT, NULL, &error);
  if (backup != NULL && kr_backups_rotate (self->backup_folder, self->backup_keep, NULL, &error))
    {
      g_free (self->backup_path);
      self->backup_path = g_strdup (backup->path);
    }
  if (backup != NULL && error == NULL &&
      kr_training_importer_commit (importer, NULL, NULL, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* Showing */

static void
show_progress (KrTrainingImportDialog *self, const char *title)
{
  adw_status_page_set_title (self->progress_page, title);
  gtk_spinner_start (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "progress");
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
}

static void
show_error (KrTrainingImportDialog *self, const GError *error)
{
  g_autofree char *markup = g_markup_escape_text (error->message, -1);

  self->state = STATE_ERROR;
  gtk_spinner_stop (self->spinner);
  adw_status_page_set_description (self->error_page, markup);
  gtk_stack_set_visible_child_name (self->stack, "error");
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), TRUE);
  gtk_button_set_label (self->cancel_button, _ ("_Close"));
}

static void
show_report (KrTrainingImportDialog *self)
{
  const KrTrainingImportReport *report = kr_training_importer_get_report (self->importer);
  g_autofree char *label = NULL;

  self->state = STATE_REPORT;
  gtk_spinner_stop (self->spinner);
  self->n_to_write = report->n_new + report->n_updated;
  g_free (self->summary);
  /* Translators: the dry run of a SIASN training history import */
  self->summary =
      g_strdup_printf (_ ("%u rows: %u new, %u updated, %u unchanged, %u rejected"), report->n_rows,
                       report->n_new, report->n_updated, report->n_unchanged, report->n_rejected);
  adw_preferences_group_set_title (self->summary_group, self->summary);
  adw_preferences_group_set_description (
      self->summary_group,
      self->n_to_write > 0
          ? _ ("Nothing has been written yet. Rejected rows are left out; the others are "
               "written together when you import.")
          : _ ("Nothing would change: there is nothing to import."));
  g_ptr_array_set_size (self->issues, 0);
  if (report->issues != NULL)
    kr_import_issues_set (self->issue_rows, report->issues, report->n_dropped);
  label = self->n_to_write > 0
              ? g_strdup_printf (ngettext ("_Import %u Row", "_Import %u Rows", self->n_to_write),
                                 self->n_to_write)
              : g_strdup (_ ("_Import"));
  gtk_button_set_label (self->import_button, label);
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), self->n_to_write > 0);
  if (self->n_to_write == 0)
    gtk_button_set_label (self->cancel_button, _ ("_Close"));
  gtk_stack_set_visible_child_name (self->stack, "report");
}

static void
check_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrTrainingImportDialog *self = KR_TRAINING_IMPORT_DIALOG (source);
  g_autoptr (GError) error = NULL;
  KrTrainingImporter *importer = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (importer == NULL)
    {
      show_error (self, error);
      return;
    }
  self->importer = importer;
  self->database = g_object_steal_data (G_OBJECT (result), "database");
  show_report (self);
}

static void
import_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrTrainingImportDialog *self = KR_TRAINING_IMPORT_DIALOG (source);
  g_autoptr (GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error);
      return;
    }
  self->state = STATE_DONE;
  gtk_spinner_stop (self->spinner);
  {
    GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
    g_autofree char *name = g_path_get_basename (self->backup_path);
    g_autofree char *message =
        g_strdup_printf (_ ("The database before the import was backed up as “%s”"), name);

    if (parent != NULL)
      gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-toast", "s", message);
  }
  g_signal_emit (self, signals[IMPORTED], 0, self->n_to_write);
  gtk_window_close (GTK_WINDOW (self));
}

void
kr_training_import_dialog_import (KrTrainingImportDialog *self)
{
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (KR_IS_TRAINING_IMPORT_DIALOG (self));

  if (!kr_training_import_dialog_can_import (self))
    return;
  self->state = STATE_IMPORTING;
  g_free (self->backup_folder);
  self->backup_folder = kr_application_dup_backup_folder (self->database_path, &self->backup_keep);
  show_progress (self, _ ("Importing…"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), FALSE);
  task = g_task_new (self, NULL, import_done_cb, NULL);
  g_task_set_source_tag (task, kr_training_import_dialog_import);
  g_task_set_task_data (task, g_object_ref (self->importer), g_object_unref);
  g_task_run_in_thread (task, import_thread_cb);
}

/* Building */

static GtkWidget *
build_header (KrTrainingImportDialog *self)
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
                            G_CALLBACK (kr_training_import_dialog_import), self);
  self->title = ADW_WINDOW_TITLE (adw_window_title_new (_ ("Import Training History"), NULL));
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), GTK_WIDGET (self->cancel_button));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->import_button));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));
  return header;
}

static GtkWidget *
build_report (KrTrainingImportDialog *self)
{
  GtkWidget *page = adw_preferences_page_new ();

  self->summary_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->summary_group);
  self->issue_rows = kr_import_issues_new (ADW_PREFERENCES_PAGE (page));
  return page;
}

static void
build (KrTrainingImportDialog *self)
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
kr_training_import_dialog_get_state (KrTrainingImportDialog *self)
{
  static const char *const names[] = { "checking", "report", "importing", "done", "error" };

  g_return_val_if_fail (KR_IS_TRAINING_IMPORT_DIALOG (self), NULL);
  return names[self->state];
}

const char *
kr_training_import_dialog_get_summary (KrTrainingImportDialog *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_IMPORT_DIALOG (self), NULL);
  return self->summary;
}

GPtrArray *
kr_training_import_dialog_get_issues (KrTrainingImportDialog *self)
{
  const KrTrainingImportReport *report;

  g_return_val_if_fail (KR_IS_TRAINING_IMPORT_DIALOG (self), NULL);

  /* Written when asked for, once checked: a report may hold twenty thousand. */
  report = self->state == STATE_REPORT && self->importer != NULL && self->issues->len == 0
               ? kr_training_importer_get_report (self->importer)
               : NULL;
  for (guint i = 0; report != NULL && report->issues != NULL && i < report->issues->len; i++)
    g_ptr_array_add (self->issues,
                     kr_siasn_issue_to_string (g_ptr_array_index (report->issues, i)));
  return self->issues;
}

gboolean
kr_training_import_dialog_can_import (KrTrainingImportDialog *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_IMPORT_DIALOG (self), FALSE);
  return self->state == STATE_REPORT && self->n_to_write > 0;
}

static gboolean
close_request_cb (GtkWindow *window)
{
  /* The import is one transaction that cannot be stopped half-way: let it end. */
  return KR_TRAINING_IMPORT_DIALOG (window)->state == STATE_IMPORTING;
}

static void
kr_training_import_dialog_dispose (GObject *object)
{
  KrTrainingImportDialog *self = KR_TRAINING_IMPORT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  g_clear_object (&self->issue_rows);
  G_OBJECT_CLASS (kr_training_import_dialog_parent_class)->dispose (object);
}

static void
kr_training_import_dialog_finalize (GObject *object)
{
  KrTrainingImportDialog *self = KR_TRAINING_IMPORT_DIALOG (object);

  g_clear_object (&self->importer);
  g_clear_object (&self->database);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->file);
  g_clear_pointer (&self->identity, kr_identity_unref);
  g_free (self->database_path);
  g_free (self->backup_folder);
  g_free (self->backup_path);
  g_free (self->summary);
  g_ptr_array_unref (self->issues);

  G_OBJECT_CLASS (kr_training_import_dialog_parent_class)->finalize (object);
}

static void
kr_training_import_dialog_class_init (KrTrainingImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kr_training_import_dialog_dispose;
  object_class->finalize = kr_training_import_dialog_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = close_request_cb;

  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close",
                                       NULL);
}

static void
kr_training_import_dialog_init (KrTrainingImportDialog *self)
{
  self->issues = g_ptr_array_new_with_free_func (g_free);
  build (self);
}

KrTrainingImportDialog *
kr_training_import_dialog_new (const char *database_path, KrIdentity *identity, GFile *file)
{
  KrTrainingImportDialog *self;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  g_autoptr (GTask) task = NULL;

  g_return_val_if_fail (database_path != NULL, NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (KR_TYPE_TRAINING_IMPORT_DIALOG, "modal", TRUE, "default-width", 640,
                       "default-height", 600, "width-request", 360, "title",
                       _ ("Import Training History"), NULL);
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
  task = g_task_new (self, self->cancellable, check_done_cb, NULL);
  g_task_set_source_tag (task, kr_training_import_dialog_new);
  g_task_run_in_thread (task, check_thread_cb);
  return self;
}
