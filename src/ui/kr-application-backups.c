/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-application-backups"

#include "config.h"

#include "kr-application-private.h"

#include <glib/gi18n.h>

#include "kr-backups.h"
#include "kr-idle-thread.h"
#include "kr-window.h"

/* The daily backup (kr-backups.h): made in a worker after the database opens, when the newest
 * daily backup is a day old; nothing waits for it, and only a failure is shown. */

typedef struct
{
  char *path;
  char *folder;
  guint keep;
} DailyBackup;

static void
daily_backup_free (DailyBackup *daily)
{
  g_free (daily->path);
  g_free (daily->folder);
  g_free (daily);
}

static void
daily_backup_thread_cb (GTask *task,
                        gpointer source_object,
                        gpointer task_data,
                        GCancellable *cancellable)
{
  DailyBackup *daily = task_data;
  g_autoptr (KrDatabase) reader = NULL;
  g_autoptr (GError) error = NULL;

  /* A connection of the worker's own: SQLite handles are not shared between threads. */
  reader = kr_database_open (daily->path, KR_DATABASE_FLAGS_READ_ONLY | KR_DATABASE_FLAGS_ONE_PASS,
                             &error);
  if (reader == NULL ||
      !kr_backups_create_daily_if_due (reader, daily->folder, daily->keep, NULL, NULL, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
daily_backup_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (source));
  g_autoptr (GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error) && window != NULL)
    {
      g_autofree char *message =
          g_strdup_printf (_ ("The daily backup could not be made: %s"), error->message);

      kr_window_show_toast (KR_WINDOW (window), message);
    }
}

char *
kr_application_dup_backup_folder (const char *database_path, guint *keep)
{
  GApplication *application = g_application_get_default ();
  g_autofree char *configured = NULL;

  g_return_val_if_fail (database_path != NULL, NULL);

  *keep = 7;
  if (KR_IS_APPLICATION (application))
    {
      GSettings *settings = kr_application_get_settings (KR_APPLICATION (application));

      configured = g_settings_get_string (settings, "backup-directory");
      *keep = (guint) MAX (1, g_settings_get_int (settings, "backup-count"));
    }
  return kr_backups_get_folder (database_path, configured);
}

void
_kr_application_start_daily_backup (KrApplication *self, KrDatabase *database)
{
  g_autoptr (GTask) task = NULL;
  DailyBackup *daily;

  if (!g_settings_get_boolean (kr_application_get_settings (self), "daily-backup") ||
      g_strcmp0 (kr_database_get_path (database), ":memory:") == 0)
    return;
  daily = g_new0 (DailyBackup, 1);
  daily->path = g_strdup (kr_database_get_path (database));
  daily->folder = kr_application_dup_backup_folder (daily->path, &daily->keep);
  task = g_task_new (self, NULL, daily_backup_done_cb, NULL);
  g_task_set_source_tag (task, _kr_application_start_daily_backup);
  g_task_set_task_data (task, daily, (GDestroyNotify) daily_backup_free);
  /* A copy of the whole file (5.8 GB at 10^6 employees): in the time nothing else wants. */
  kr_task_run_in_idle_thread (task, daily_backup_thread_cb);
}

/* Restoring a backup */

typedef struct
{
  char *path;
  char *backup_path;
  char *folder;
  char *before_path;
} Restore;

static void
restore_free (Restore *restore)
{
  g_free (restore->path);
  g_free (restore->backup_path);
  g_free (restore->folder);
  g_free (restore->before_path);
  g_free (restore);
}

static void
restore_thread_cb (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  Restore *restore = task_data;
  g_autoptr (KrBackup) before = NULL;
  g_autoptr (GError) error = NULL;

  if (!kr_backups_restore (restore->path, restore->backup_path, restore->folder, NULL, &before,
                           &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (before != NULL)
    restore->before_path = g_strdup (before->path);
  g_task_return_boolean (task, TRUE);
}

static void
restore_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrApplication *self = KR_APPLICATION (source);
  Restore *restore = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *name = g_path_get_basename (restore->backup_path);

  g_application_unmark_busy (G_APPLICATION (self));
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    message = g_strdup_printf (_ ("The backup was not restored: %s"), error->message);
  else if (restore->before_path != NULL)
    {
      g_autofree char *before = g_path_get_basename (restore->before_path);

      message = g_strdup_printf (
          _ ("Restored the backup “%s”; the database as it was is kept as “%s”"), name, before);
    }
  else
    message = g_strdup_printf (_ ("Restored the backup “%s”"), name);

  /* Opened again whether or not the restore worked: the file is then the one it was. */
  _kr_application_reopen (self, restore->path);
  kr_window_show_toast (_kr_application_get_window (self), message);
}

void
kr_application_restore_backup (KrApplication *self, const char *backup_path)
{
  g_autoptr (GTask) task = NULL;
  Restore *restore;
  guint keep;

  g_return_if_fail (KR_IS_APPLICATION (self));
  g_return_if_fail (backup_path != NULL);
  g_return_if_fail (kr_application_get_database (self) != NULL);

  restore = g_new0 (Restore, 1);
  restore->path = g_strdup (kr_database_get_path (kr_application_get_database (self)));
  restore->backup_path = g_strdup (backup_path);
  restore->folder = kr_application_dup_backup_folder (restore->path, &keep);

  /* Closed as when another file is opened: the window lets go of it first. */
  _kr_application_close_for_switch (self, restore->path);

  g_application_mark_busy (G_APPLICATION (self));
  task = g_task_new (self, NULL, restore_done_cb, NULL);
  g_task_set_source_tag (task, kr_application_restore_backup);
  g_task_set_task_data (task, restore, (GDestroyNotify) restore_free);
  g_task_run_in_thread (task, restore_thread_cb);
}
