/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-export-job"

#include "config.h"

#include "kr-export-job.h"

#include <glib/gi18n.h>

/* Choosing the file */

typedef struct
{
  GtkWidget *widget;
  GtkFileChooserNative **chooser;
  KrExportChosenFunc chosen;
} Chooser;

static void
chooser_response_cb (GtkNativeDialog *dialog, int response, Chooser *chooser)
{
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;
  GtkWidget *widget = chooser->widget;
  KrExportChosenFunc chosen = chooser->chosen;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  gtk_native_dialog_destroy (dialog);
  /* Frees @chooser with the dialog's last reference. */
  g_clear_object (chooser->chooser);
  if (file == NULL || (path = g_file_get_path (file)) == NULL)
    return;

  chosen (widget, path);
}

void
kr_export_chooser_show (GtkWidget *widget,
                        GtkFileChooserNative **chooser,
                        const char *title,
                        const KrExportFormat *formats,
                        guint n_formats,
                        const char *suggested_name,
                        KrExportChosenFunc chosen)
{
  Chooser *data;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (chooser != NULL);
  g_return_if_fail (chosen != NULL);

  if (*chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (*chooser));
  g_clear_object (chooser);
  *chooser =
      gtk_file_chooser_native_new (title, GTK_WINDOW (gtk_widget_get_root (widget)),
                                   GTK_FILE_CHOOSER_ACTION_SAVE, _ ("_Export"), _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (*chooser), TRUE);
  for (guint i = 0; i < n_formats; i++)
    {
      g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, formats[i].name);
      gtk_file_filter_add_pattern (filter, formats[i].pattern);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (*chooser), filter);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (*chooser), suggested_name);
  data = g_new0 (Chooser, 1);
  data->widget = widget;
  data->chooser = chooser;
  data->chosen = chosen;
  g_signal_connect_data (*chooser, "response", G_CALLBACK (chooser_response_cb), data,
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (*chooser));
}

/* Writing it */

typedef struct
{
  char *database_path;
  /* The worker's connection reads as the signed-in identity: a unit head exports what they
   * may read only. */
  KrIdentity *identity;
  char *path;
  KrExportWriteFunc write;
  gpointer data;
  GDestroyNotify data_free;
  KrExportMessageFunc message;
  guint64 n_written;
} Job;

static void
job_free (Job *job)
{
  g_free (job->database_path);
  g_clear_pointer (&job->identity, kr_identity_unref);
  g_free (job->path);
  if (job->data_free != NULL)
    g_clear_pointer (&job->data, job->data_free);
  g_free (job);
}

static void
job_thread_cb (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr (KrDatabase) database = NULL;
  g_autoptr (GError) error = NULL;

  database = kr_database_open (job->database_path, KR_DATABASE_FLAGS_READ_ONLY, &error);
  if (database != NULL)
    kr_database_set_identity (database, job->identity);
  if (database != NULL &&
      job->write (database, job->path, job->data, &job->n_written, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
job_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GtkWidget *widget = GTK_WIDGET (source);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *name = g_path_get_basename (job->path);
      g_autofree char *message = job->message (name, job->n_written);
      /* A toast's title is markup: a file name may hold "&" or "<". */
      g_autofree char *markup = g_markup_escape_text (message, -1);

      gtk_widget_activate_action (widget, "win.show-toast", "s", markup);
    }
  else
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                  _ ("Export Failed"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

void
kr_export_job_run (GtkWidget *widget,
                   KrDatabase *database,
                   const char *path,
                   KrExportWriteFunc write,
                   gpointer data,
                   GDestroyNotify data_free,
                   KrExportMessageFunc message,
                   gpointer source_tag,
                   GAsyncReadyCallback done,
                   gpointer user_data)
{
  g_autoptr (GTask) task = NULL;
  KrIdentity *identity;
  Job *job;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (KR_IS_DATABASE (database));
  g_return_if_fail (path != NULL);
  g_return_if_fail (write != NULL);
  g_return_if_fail (message != NULL || done != NULL);

  job = g_new0 (Job, 1);
  job->database_path = g_strdup (kr_database_get_path (database));
  identity = kr_database_get_identity (database);
  job->identity = identity != NULL ? kr_identity_ref (identity) : NULL;
  job->path = g_strdup (path);
  job->write = write;
  job->data = data;
  job->data_free = data_free;
  job->message = message;
  task = g_task_new (widget, NULL, done != NULL ? done : job_done_cb, user_data);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, job_thread_cb);
}
