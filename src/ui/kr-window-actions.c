/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-window-actions"

#include "config.h"

#include "kr-window-private.h"

#include <glib/gi18n.h>

typedef enum
{
  CHOOSE_OPEN,
  CHOOSE_NEW,
  CHOOSE_BACKUP,
} ChooseMode;

static void
add_database_filters (GtkFileChooser *chooser)
{
  g_autoptr (GtkFileFilter) databases = gtk_file_filter_new ();
  g_autoptr (GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (databases, _ ("Karier Databases"));
  gtk_file_filter_add_pattern (databases, "*.db");
  gtk_file_filter_add_pattern (databases, "*.karier");
  gtk_file_filter_add_pattern (databases, "*.sqlite");
  gtk_file_filter_add_mime_type (databases, "application/vnd.sqlite3");
  gtk_file_filter_set_name (all, _ ("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, databases);
  gtk_file_chooser_add_filter (chooser, all);
}

static void
show_error_dialog (KrWindow *self, const char *heading, const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
backup_thread_cb (GTask *task,
                  gpointer source_object,
                  gpointer task_data,
                  GCancellable *cancellable)
{
  const char *const *paths = task_data;
  g_autoptr (KrDatabase) reader = NULL;
  g_autoptr (GError) error = NULL;

  /* A connection of the worker's own: SQLite handles are not shared between threads. */
  reader = kr_database_open (paths[0], KR_DATABASE_FLAGS_READ_ONLY, &error);
  if (reader == NULL || !kr_database_backup (reader, paths[1], &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
backup_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrWindow *self = KR_WINDOW (source);
  const char *const *paths = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      show_error_dialog (self, _ ("Backup Failed"), error->message);
      return;
    }

  {
    g_autofree char *name = g_path_get_basename (paths[1]);
    g_autofree char *message = g_strdup_printf (_ ("Backup saved as “%s”"), name);

    kr_window_show_toast (self, message);
  }
}

static void
start_backup (KrWindow *self, const char *dest)
{
  g_autoptr (GTask) task = g_task_new (self, NULL, backup_done_cb, NULL);
  char **paths = g_new0 (char *, 3);

  paths[0] = g_strdup (kr_database_get_path (self->database));
  paths[1] = g_strdup (dest);
  g_task_set_source_tag (task, start_backup);
  g_task_set_task_data (task, paths, (GDestroyNotify) g_strfreev);
  g_task_run_in_thread (task, backup_thread_cb);
}

static void
chooser_response_cb (GtkNativeDialog *dialog, int response, KrWindow *self)
{
  ChooseMode mode = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "mode"));
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  gtk_native_dialog_destroy (dialog);
  g_clear_object (&self->chooser);

  if (file == NULL || (path = g_file_get_path (file)) == NULL)
    return;

  switch (mode)
    {
    case CHOOSE_OPEN:
      kr_application_open_database (self->application, path, TRUE);
      break;

    case CHOOSE_NEW:
      kr_application_create_database (self->application, path);
      break;

    case CHOOSE_BACKUP:
      if (self->database != NULL)
        start_backup (self, path);
      break;

    default:
      g_assert_not_reached ();
    }
}

static char *
suggest_backup_name (KrDatabase *database)
{
  g_autofree char *base = g_path_get_basename (kr_database_get_path (database));
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';

  /* Translators: the suggested file name of a backup; %s are the database name and a date */
  return g_strdup_printf (_ ("%s-backup-%s.db"), base, date);
}

static void
run_chooser (KrWindow *self, ChooseMode mode)
{
  static const char *titles[] = {
    [CHOOSE_OPEN] = N_ ("Open Database"),
    [CHOOSE_NEW] = N_ ("New Database"),
    [CHOOSE_BACKUP] = N_ ("Back Up Database"),
  };
  static const char *accept_labels[] = {
    [CHOOSE_OPEN] = N_ ("_Open"),
    [CHOOSE_NEW] = N_ ("_Create"),
    [CHOOSE_BACKUP] = N_ ("_Save Backup"),
  };
  GtkFileChooserAction action =
      mode == CHOOSE_OPEN ? GTK_FILE_CHOOSER_ACTION_OPEN : GTK_FILE_CHOOSER_ACTION_SAVE;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  self->chooser = gtk_file_chooser_native_new (_ (titles[mode]), GTK_WINDOW (self), action,
                                               _ (accept_labels[mode]), _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_object_set_data (G_OBJECT (self->chooser), "mode", GINT_TO_POINTER (mode));
  add_database_filters (GTK_FILE_CHOOSER (self->chooser));

  if (mode == CHOOSE_NEW)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _ ("karier.db"));
  if (mode == CHOOSE_BACKUP)
    {
      g_autofree char *name = suggest_backup_name (self->database);
      g_autofree char *dir = g_path_get_dirname (kr_database_get_path (self->database));
      g_autoptr (GFile) folder = g_file_new_for_path (dir);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
    }

  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
open_database_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  run_chooser (KR_WINDOW (widget), CHOOSE_OPEN);
}

static void
new_database_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  run_chooser (KR_WINDOW (widget), CHOOSE_NEW);
}

static void
backup_database_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrWindow *self = KR_WINDOW (widget);

  if (self->database != NULL)
    run_chooser (self, CHOOSE_BACKUP);
}

void
_kr_window_class_add_file_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open-database", NULL,
                                   open_database_action_cb);
  gtk_widget_class_install_action (widget_class, "win.new-database", NULL, new_database_action_cb);
  gtk_widget_class_install_action (widget_class, "win.backup-database", NULL,
                                   backup_database_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.open-database", NULL);
}

void
_kr_window_backup_to (KrWindow *self, const char *dest)
{
  g_return_if_fail (KR_IS_WINDOW (self));
  g_return_if_fail (self->database != NULL);

  start_backup (self, dest);
}
