/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-preferences-backups"

#include "config.h"

#include "kr-preferences-backups.h"

#include <glib/gi18n.h>

#include "kr-backups.h"

#define KR_MAX_BACKUP_COUNT 1000

typedef struct
{
  KrApplication *application;
  GtkWindow *preferences;
  AdwActionRow *folder_row;
  GtkFileChooserNative *chooser;
} Group;

static void
group_free (Group *group)
{
  if (group->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (group->chooser));
  g_clear_object (&group->chooser);
  g_free (group);
}

static GtkWidget *
add_row (AdwPreferencesGroup *group, const char *title, const char *subtitle, GtkWidget *suffix)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (suffix != NULL)
    {
      gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), suffix);
    }
  adw_preferences_group_add (group, row);
  return row;
}

static void
show_folder (Group *group)
{
  KrDatabase *database = kr_application_get_database (group->application);
  GSettings *settings = kr_application_get_settings (group->application);
  g_autofree char *configured = g_settings_get_string (settings, "backup-directory");
  g_autofree char *folder = NULL;

  if (database != NULL)
    folder = kr_backups_get_folder (kr_database_get_path (database), configured);
  else if (*configured != '\0')
    folder = g_strdup (configured);
  adw_action_row_set_subtitle (group->folder_row,
                               folder != NULL ? folder : _ ("Beside the database"));
}

static void
folder_chosen_cb (GtkNativeDialog *chooser, int response, Group *group)
{
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL && (path = g_file_get_path (file)) != NULL)
    {
      g_settings_set_string (kr_application_get_settings (group->application), "backup-directory",
                             path);
      show_folder (group);
    }
}

static void
on_choose_folder_clicked_cb (GtkButton *button, Group *group)
{
  if (group->chooser == NULL)
    {
      group->chooser = gtk_file_chooser_native_new (
          _ ("Choose the Backup Folder"), group->preferences, GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
          _ ("_Choose"), _ ("_Cancel"));
      gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (group->chooser), TRUE);
      g_signal_connect (group->chooser, "response", G_CALLBACK (folder_chosen_cb), group);
    }
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (group->chooser));
}

static void
on_default_folder_clicked_cb (GtkButton *button, Group *group)
{
  g_settings_reset (kr_application_get_settings (group->application), "backup-directory");
  show_folder (group);
}

static void
restore_response_cb (AdwMessageDialog *dialog, const char *response, Group *group)
{
  const char *path = g_object_get_data (G_OBJECT (dialog), "backup-path");

  if (g_strcmp0 (response, "restore") != 0)
    return;
  kr_application_restore_backup (group->application, path);
  gtk_window_close (group->preferences);
}

static void
on_restore_clicked_cb (GtkButton *button, Group *group)
{
  const char *path = g_object_get_data (G_OBJECT (button), "backup-path");
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *body = g_strdup_printf (
      _ ("The database is replaced by the backup “%s”. Everything changed since that backup "
         "is undone; the database as it is now is backed up first, so this can be undone too."),
      name);
  GtkWidget *dialog = adw_message_dialog_new (group->preferences, _ ("Restore This Backup?"), body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "restore",
                                    _ ("_Restore"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "backup-path", g_strdup (path), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (restore_response_cb), group);
  gtk_window_present (GTK_WINDOW (dialog));
}

static const char *
kind_label (KrBackupKind kind)
{
  switch (kind)
    {
    case KR_BACKUP_KIND_MANUAL:
      return _ ("Made by hand");
    case KR_BACKUP_KIND_DAILY:
      return _ ("Daily");
    case KR_BACKUP_KIND_IMPORT:
      return _ ("Before an import");
    case KR_BACKUP_KIND_UPGRADE:
      return _ ("Before an upgrade");
    case KR_BACKUP_KIND_BEFORE_RESTORE:
      return _ ("Before a restore");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* One row a backup of the open database, newest first. */
static void
add_backup_rows (AdwPreferencesGroup *widget, Group *group)
{
  KrDatabase *database = kr_application_get_database (group->application);
  GSettings *settings = kr_application_get_settings (group->application);
  g_autofree char *configured = g_settings_get_string (settings, "backup-directory");
  g_autofree char *folder = NULL;
  g_autoptr (GPtrArray) backups = NULL;
  g_autoptr (GError) error = NULL;

  if (database == NULL)
    return;
  folder = kr_backups_get_folder (kr_database_get_path (database), configured);
  backups = kr_backups_list (folder, &error);
  if (backups == NULL)
    {
      add_row (widget, _ ("The backups cannot be listed"), error->message, NULL);
      return;
    }
  if (backups->len == 0)
    add_row (widget, _ ("No backups yet"), NULL, NULL);
  for (guint i = 0; i < backups->len; i++)
    {
      const KrBackup *backup = g_ptr_array_index (backups, i);
      g_autoptr (GDateTime) local = g_date_time_to_local (backup->time);
      g_autofree char *when = g_date_time_format (local, "%Y-%m-%d %H:%M");
      g_autofree char *size = g_format_size ((guint64) backup->size);
      /* Translators: the kind of a backup, its size and its schema version */
      g_autofree char *subtitle = g_strdup_printf (
          _ ("%s · %s · schema %d"), kind_label (backup->kind), size, backup->schema_version);
      GtkWidget *button = gtk_button_new_with_mnemonic (_ ("_Restore…"));

      gtk_widget_set_sensitive (button, backup->schema_version >= 1 &&
                                            backup->schema_version <=
                                                kr_database_get_latest_schema_version ());
      g_object_set_data_full (G_OBJECT (button), "backup-path", g_strdup (backup->path), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (on_restore_clicked_cb), group);
      add_row (widget, when, subtitle, button);
    }
}

AdwPreferencesGroup *
kr_preferences_backups_group_new (KrApplication *application, GtkWindow *preferences)
{
  GSettings *settings = kr_application_get_settings (application);
  AdwPreferencesGroup *widget = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  Group *group = g_new0 (Group, 1);
  GtkWidget *daily = gtk_switch_new ();
  GtkWidget *count = gtk_spin_button_new_with_range (1, KR_MAX_BACKUP_COUNT, 1);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *choose = gtk_button_new_with_mnemonic (_ ("_Choose…"));
  GtkWidget *reset = gtk_button_new_with_mnemonic (_ ("_Default"));

  group->application = application;
  group->preferences = preferences;
  g_object_set_data_full (G_OBJECT (widget), "kr-backups-group", group,
                          (GDestroyNotify) group_free);

  adw_preferences_group_set_title (widget, _ ("Backups"));
  adw_preferences_group_set_description (
      widget, _ ("Karier backs the database up every day and before every import, and keeps the "
                 "newest of each kind in the backup folder."));

  g_settings_bind (settings, "daily-backup", daily, "active", G_SETTINGS_BIND_DEFAULT);
  add_row (widget, _ ("_Daily Backup"), _ ("When the database is opened, once a day"), daily);

  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (count), TRUE);
  g_settings_bind (settings, "backup-count", count, "value", G_SETTINGS_BIND_DEFAULT);
  add_row (widget, _ ("Backups _Kept"), _ ("Of each kind; backups made by hand are always kept"),
           count);

  g_signal_connect (choose, "clicked", G_CALLBACK (on_choose_folder_clicked_cb), group);
  g_signal_connect (reset, "clicked", G_CALLBACK (on_default_folder_clicked_cb), group);
  gtk_box_append (GTK_BOX (buttons), reset);
  gtk_box_append (GTK_BOX (buttons), choose);
  group->folder_row = ADW_ACTION_ROW (add_row (widget, _ ("Backup _Folder"), NULL, NULL));
  gtk_widget_set_valign (buttons, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (group->folder_row, buttons);
  show_folder (group);

  add_backup_rows (widget, group);
  return widget;
}
