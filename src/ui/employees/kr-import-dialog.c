/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-import-dialog"

#include "config.h"

#include "kr-import-dialog.h"

#include <glib/gi18n.h>

#include "kr-application.h"
#include "kr-backups.h"
#include "kr-database.h"
#include "kr-siasn-import.h"

typedef enum
{
  STATE_ANALYSING,
  STATE_REPORT,
  STATE_IMPORTING,
  STATE_DONE,
  STATE_ERROR,
} State;

struct _KrImportDialog
{
  AdwWindow parent_instance;

  char *database_path;
  GFile *file;
  /* The backup made before the import commits: its folder and count (from the settings), and
   * the file, written by the worker. */
  char *backup_folder;
  guint backup_keep;
  char *backup_path;
  /* Who signed in to the window's connection, and therefore to the dialog's. */
  KrIdentity *identity;
  /* Owned by the worker while a task runs, by the dialog in between. */
  KrDatabase *database;
  KrSiasnImporter *importer;
  GCancellable *cancellable;
  State state;
  guint progress_source;
  /* Written by the worker, read by a timeout on the main thread. */
  gint64 done;
  gint64 total;

  GtkButton *cancel_button;
  GtkButton *import_button;
  AdwWindowTitle *title;
  GtkStack *stack;
  AdwStatusPage *progress_page;
  GtkProgressBar *progress_bar;
  AdwPreferencesPage *report_page;
  AdwPreferencesGroup *summary_group;
  KrImportIssues *issues;
  AdwStatusPage *error_page;
};

G_DEFINE_FINAL_TYPE (KrImportDialog, kr_import_dialog, ADW_TYPE_WINDOW)

enum
{
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
progress_cb (guint64 done, guint64 total, gpointer user_data)
{
  KrImportDialog *self = user_data;

  g_atomic_pointer_set ((gpointer *) &self->done, GSIZE_TO_POINTER ((gsize) done));
  g_atomic_pointer_set ((gpointer *) &self->total, GSIZE_TO_POINTER ((gsize) total));
}

static gboolean
update_progress_cb (gpointer user_data)
{
  KrImportDialog *self = user_data;
  gsize done = GPOINTER_TO_SIZE (g_atomic_pointer_get ((gpointer *) &self->done));
  gsize total = GPOINTER_TO_SIZE (g_atomic_pointer_get ((gpointer *) &self->total));

  if (total > 0)
    gtk_progress_bar_set_fraction (self->progress_bar, MIN (1.0, (double) done / (double) total));
  else
    gtk_progress_bar_pulse (self->progress_bar);

  return G_SOURCE_CONTINUE;
}

static void
show_progress (KrImportDialog *self, const char *title)
{
  self->done = 0;
  self->total = 0;
  adw_status_page_set_title (self->progress_page, title);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_stack_set_visible_child_name (self->stack, "progress");
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
  if (self->progress_source == 0)
    self->progress_source = g_timeout_add (100, update_progress_cb, self);
}

static void
stop_progress (KrImportDialog *self)
{
  g_clear_handle_id (&self->progress_source, g_source_remove);
}

static void
show_error (KrImportDialog *self, const GError *error)
{
  self->state = STATE_ERROR;
  stop_progress (self);
  adw_status_page_set_description (self->error_page, error->message);
  gtk_stack_set_visible_child_name (self->stack, "error");
  gtk_button_set_label (self->cancel_button, _ ("_Close"));
}

static void
add_summary_row (KrImportDialog *self, const char *title, guint value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label;
  g_autofree char *text = g_strdup_printf ("%'u", value);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  label = gtk_label_new (text);
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_preferences_group_add (self->summary_group, row);
}

static guint
rows_to_write (const KrSiasnReport *report)
{
  return report->n_new + report->n_updated;
}

static void
show_report (KrImportDialog *self)
{
  const KrSiasnReport *report = kr_siasn_importer_get_report (self->importer);
  guint n = rows_to_write (report);
  g_autofree char *label = NULL;

  self->state = STATE_REPORT;
  stop_progress (self);
  add_summary_row (self, _ ("Rows read"), report->n_rows);
  add_summary_row (self, _ ("New employees"), report->n_new);
  add_summary_row (self, _ ("Employees updated"), report->n_updated);
  add_summary_row (self, _ ("Unchanged"), report->n_unchanged);
  add_summary_row (self, _ ("Rejected rows"), report->n_rejected);
  add_summary_row (self, _ ("Warnings"), report->n_warnings);
  add_summary_row (self, _ ("Units to create"), report->n_units_created);
  add_summary_row (self, _ ("Positions to create"), report->n_positions_created);

  kr_import_issues_set (self->issues, report->issues, report->n_dropped);

  label = n == 0 ? g_strdup (_ ("_Nothing to Import"))
                 : g_strdup_printf (ngettext ("_Import %u Employee", "_Import %u Employees", n), n);
  gtk_button_set_label (self->import_button, label);
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), n > 0);
  gtk_stack_set_visible_child_name (self->stack, "report");
}

/* Workers: each runs with the dialog's own connection, opened in the first one. */

static void
analyse_thread_cb (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  KrImportDialog *self = source;
  g_autoptr (GError) error = NULL;

  if (self->database == NULL)
    {
      self->database = kr_database_open (self->database_path, KR_DATABASE_FLAGS_NO_CREATE, &error);
      if (self->database != NULL)
        kr_database_set_identity (self->database, self->identity);
    }
  if (self->database != NULL && self->importer == NULL)
    self->importer = kr_siasn_importer_new (self->database);
  if (self->importer == NULL || !kr_siasn_importer_analyse (self->importer, self->file, progress_cb,
                                                            self, cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
analyse_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrImportDialog *self = KR_IMPORT_DIALOG (source);
  g_autoptr (GError) error = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    show_report (self);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_error (self, error);
}

static void
commit_thread_cb (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  KrImportDialog *self = source;
  g_autoptr (GError) error = NULL;
  g_autoptr (KrBackup) backup = NULL;

  /* After the dry run, before the commit: the database as it was is kept. */
  backup =
      kr_backups_create (self->database, self->backup_folder, KR_BACKUP_KIND_IMPORT, NULL, &error);
  if (backup != NULL && kr_backups_rotate (self->backup_folder, self->backup_keep, NULL, &error))
    {
      g_free (self->backup_path);
      self->backup_path = g_strdup (backup->path);
    }
  if (backup != NULL && error == NULL &&
      kr_siasn_importer_commit (self->importer, progress_cb, self, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
commit_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrImportDialog *self = KR_IMPORT_DIALOG (source);
  g_autoptr (GError) error = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      guint n = rows_to_write (kr_siasn_importer_get_report (self->importer));

      GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
      g_autofree char *name = g_path_get_basename (self->backup_path);
      g_autofree char *message =
          g_strdup_printf (_ ("The database before the import was backed up as “%s”"), name);

      self->state = STATE_DONE;
      stop_progress (self);
      if (parent != NULL)
        gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-toast", "s", message);
      g_signal_emit (self, signals[IMPORTED], 0, n);
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* Cancelled: nothing was written; the analysis may be imported again. */
      self->state = STATE_REPORT;
      stop_progress (self);
      gtk_stack_set_visible_child_name (self->stack, "report");
      gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), TRUE);
      g_clear_object (&self->cancellable);
      self->cancellable = g_cancellable_new ();
    }
  else
    show_error (self, error);
}

static void
run (KrImportDialog *self, GTaskThreadFunc func, GAsyncReadyCallback done)
{
  g_autoptr (GTask) task = g_task_new (self, self->cancellable, done, NULL);

  g_task_set_source_tag (task, run);
  g_task_run_in_thread (task, func);
}

static void
on_import_clicked_cb (KrImportDialog *self)
{
  if (self->state != STATE_REPORT)
    return;

  self->state = STATE_IMPORTING;
  g_free (self->backup_folder);
  self->backup_folder = kr_application_dup_backup_folder (self->database_path, &self->backup_keep);
  show_progress (self, _ ("Importing…"));
  run (self, commit_thread_cb, commit_done_cb);
}

static void
on_cancel_clicked_cb (KrImportDialog *self)
{
  /* While a worker runs, Cancel stops it; the database is left as it was. */
  if (self->state == STATE_ANALYSING)
    {
      g_cancellable_cancel (self->cancellable);
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (self->state == STATE_IMPORTING)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_close (GTK_WINDOW (self));
}

const char *
kr_import_dialog_get_state (KrImportDialog *self)
{
  static const char *names[] = { "analysing", "report", "importing", "done", "error" };

  g_return_val_if_fail (KR_IS_IMPORT_DIALOG (self), NULL);

  return names[self->state];
}

/**
 * kr_import_dialog_get_issues:
 * @self: a dialog
 *
 * Returns: (transfer none): the rejected rows and warnings of its report
 */
KrImportIssues *
kr_import_dialog_get_issues (KrImportDialog *self)
{
  g_return_val_if_fail (KR_IS_IMPORT_DIALOG (self), NULL);

  return self->issues;
}

static void
kr_import_dialog_dispose (GObject *object)
{
  KrImportDialog *self = KR_IMPORT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  stop_progress (self);
  g_clear_object (&self->issues);

  G_OBJECT_CLASS (kr_import_dialog_parent_class)->dispose (object);
}

static void
kr_import_dialog_finalize (GObject *object)
{
  KrImportDialog *self = KR_IMPORT_DIALOG (object);

  g_clear_object (&self->importer);
  g_clear_object (&self->database);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->file);
  g_free (self->database_path);
  g_free (self->backup_folder);
  g_free (self->backup_path);

  g_clear_pointer (&self->identity, kr_identity_unref);

  G_OBJECT_CLASS (kr_import_dialog_parent_class)->finalize (object);
}

static void
kr_import_dialog_class_init (KrImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_import_dialog_dispose;
  object_class->finalize = kr_import_dialog_finalize;

  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (
      widget_class, "/io/github/karier/Karier/employees/kr-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KrImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, KrImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, KrImportDialog, title);
  gtk_widget_class_bind_template_child (widget_class, KrImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, KrImportDialog, progress_page);
  gtk_widget_class_bind_template_child (widget_class, KrImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, KrImportDialog, summary_group);
  gtk_widget_class_bind_template_child (widget_class, KrImportDialog, report_page);
  gtk_widget_class_bind_template_child (widget_class, KrImportDialog, error_page);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kr_import_dialog_init (KrImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_button_set_label (self->import_button, _ ("_Import"));
  self->issues = kr_import_issues_new (self->report_page);
}

KrImportDialog *
kr_import_dialog_new (const char *database_path, GFile *file)
{
  KrImportDialog *self;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (database_path != NULL, NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (KR_TYPE_IMPORT_DIALOG, NULL);
  self->database_path = g_strdup (database_path);
  self->file = g_object_ref (file);
  self->cancellable = g_cancellable_new ();
  self->state = STATE_ANALYSING;

  name = g_file_get_basename (file);
  adw_window_title_set_subtitle (self->title, name);
  /* Translators: %s is a file name */
  title = g_strdup_printf (_ ("Checking “%s”…"), name);
  show_progress (self, title);
  run (self, analyse_thread_cb, analyse_done_cb);

  return self;
}

void
kr_import_dialog_set_identity (KrImportDialog *self, KrIdentity *identity)
{
  g_return_if_fail (KR_IS_IMPORT_DIALOG (self));

  if (identity != NULL)
    kr_identity_ref (identity);
  g_clear_pointer (&self->identity, kr_identity_unref);
  self->identity = identity;
}
