/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "kr-application.h"
#include "kr-backups.h"
#include "kr-database-private.h"
#include "kr-database.h"
#include "kr-preferences-window.h"
#include "kr-test-session.h"
#include "kr-test-ui.h"
#include "kr-test-utils.h"
#include "kr-unit-repository.h"
#include "kr-window-private.h"

/* The automatic backups in the application: the daily backup after a database opens, the
 * Backups group of the Preferences listing them, and restoring one. */

typedef struct
{
  char *dir;
  char *path;
  char *folder;
  KrApplication *app;
} Fixture;

/* One application for the whole program, as in test-window.c. */
static KrApplication *test_app;

static void
fixture_setup (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) db = NULL;

  fixture->dir = kr_test_make_tmp_dir ("karier-ui-backups-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "karier.db", NULL);
  fixture->folder = g_build_filename (fixture->dir, "karier.backups", NULL);
  fixture->app = test_app;
  db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  kr_test_add_account (db, "admin", "Administrator Kepegawaian", KR_ROLE_ADMINISTRATOR, 0);
  g_settings_set_boolean (kr_application_get_settings (fixture->app), "daily-backup", TRUE);
}

static void
fixture_teardown (Fixture *fixture, gconstpointer data)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (fixture->app))) != NULL)
    {
      GObject *window = windows->data;

      g_object_add_weak_pointer (window, (gpointer *) &window);
      gtk_window_destroy (GTK_WINDOW (window));
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_assert_null (window);
    }
  g_settings_set_boolean (kr_application_get_settings (fixture->app), "daily-backup", FALSE);
  g_settings_reset (kr_application_get_settings (fixture->app), "last-database");
  g_settings_reset (kr_application_get_settings (fixture->app), "last-user-name");
  g_settings_reset (kr_application_get_settings (fixture->app), "backup-directory");
  kr_test_ui_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->folder);
}

static gboolean
state_is_settled (gpointer data)
{
  return g_strcmp0 (kr_window_get_state (data), "loading") != 0;
}

static KrWindow *
wait_and_sign_in (Fixture *fixture)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (fixture->app));

  g_assert_nonnull (window);
  kr_test_wait_until (state_is_settled, window);
  g_assert_cmpstr (kr_window_get_state (KR_WINDOW (window)), ==, "sign-in");
  kr_test_sign_in (KR_WINDOW (window), "admin", KR_TEST_PASSWORD);
  g_assert_cmpstr (kr_window_get_state (KR_WINDOW (window)), ==, "main");
  return KR_WINDOW (window);
}

static guint
count_backups (const char *folder, KrBackupKind kind)
{
  g_autoptr (GPtrArray) backups = kr_backups_list (folder, NULL);
  guint n = 0;

  for (guint i = 0; backups != NULL && i < backups->len; i++)
    n += ((KrBackup *) g_ptr_array_index (backups, i))->kind == kind;
  return n;
}

static gboolean
has_daily_backup (gpointer data)
{
  const Fixture *fixture = data;

  return count_backups (fixture->folder, KR_BACKUP_KIND_DAILY) == 1;
}

/* The rows of @widget's tree whose subtitle holds @fragment. */
static guint
count_rows (GtkWidget *widget, const char *fragment)
{
  guint n = 0;

  if (ADW_IS_ACTION_ROW (widget))
    {
      const char *subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (widget));

      n += subtitle != NULL && strstr (subtitle, fragment) != NULL;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_rows (child, fragment);
  return n;
}

static gint64
count_units (Fixture *fixture)
{
  KrDatabase *database = kr_application_get_database (fixture->app);

  g_assert_nonnull (database);
  return kr_test_query_int (_kr_database_get_handle (database), "SELECT count(*) FROM unit");
}

static void
test_daily_list_restore (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) backups = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *daily = NULL;
  KrPreferencesWindow *prefs;
  KrWindow *window;

  kr_application_open_database (fixture->app, fixture->path, TRUE);
  window = wait_and_sign_in (fixture);
  kr_test_wait_until (has_daily_backup, fixture);
  backups = kr_backups_list (fixture->folder, &error);
  g_assert_no_error (error);
  daily = g_strdup (((KrBackup *) g_ptr_array_index (backups, 0))->path);

  /* A change after the daily backup. */
  kr_unit_repository_add (kr_application_get_unit_repository (fixture->app), 0, "PROV",
                          "Pemerintah Provinsi", KR_UNIT_KIND_INSTANSI, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_units (fixture), ==, 1);

  /* The Preferences list the daily backup, with the latest schema. */
  prefs = kr_preferences_window_new (fixture->app);
  gtk_window_set_transient_for (GTK_WINDOW (prefs), GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (prefs));
  g_assert_cmpuint (count_rows (GTK_WIDGET (prefs), "Daily ·"), ==, 1);
  gtk_window_destroy (GTK_WINDOW (prefs));

  /* Restoring it undoes the change and keeps the database as it was. */
  kr_application_restore_backup (fixture->app, daily);
  window = wait_and_sign_in (fixture);
  g_assert_cmpint (count_units (fixture), ==, 0);
  g_assert_cmpuint (count_backups (fixture->folder, KR_BACKUP_KIND_BEFORE_RESTORE), ==, 1);
}

static void
test_daily_not_twice (Fixture *fixture, gconstpointer data)
{
  kr_application_open_database (fixture->app, fixture->path, TRUE);
  wait_and_sign_in (fixture);
  kr_test_wait_until (has_daily_backup, fixture);

  /* Opened again within the day: no second daily backup (a second one would be named with a
   * "-2" counter in the same second, and counted here once written). */
  kr_application_open_database (fixture->app, fixture->path, TRUE);
  wait_and_sign_in (fixture);
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (count_backups (fixture->folder, KR_BACKUP_KIND_DAILY), ==, 1);
}

static gboolean
has_daily_backup_in (gpointer data)
{
  return count_backups (data, KR_BACKUP_KIND_DAILY) == 1;
}

/* A database of an older schema is backed up before its upgrade into the backup folder chosen
 * in the Preferences, as an "upgrade" backup that the daily backup's rotation keeps. */
static void
test_upgrade_into_chosen_folder (Fixture *fixture, gconstpointer data)
{
  g_autofree char *old = g_build_filename (fixture->dir, "old.db", NULL);
  g_autofree char *chosen = g_build_filename (fixture->dir, "chosen", NULL);
  g_autofree char *default_folder = kr_backups_get_folder (old, NULL);
  g_autofree char *backup_dir = NULL;
  g_autoptr (GPtrArray) migrations = g_ptr_array_new_with_free_func (g_free);
  KrDatabaseOpenOptions options = { 0 };
  g_autoptr (GError) error = NULL;
  KrDatabase *db;
  int version = kr_database_get_latest_schema_version () - 1;

  for (int v = 1; v <= version; v++)
    g_ptr_array_add (migrations, _kr_database_dup_migration_sql (v));
  options.migrations = (const char *const *) migrations->pdata;
  options.n_migrations = migrations->len;
  db = _kr_database_open_full (old, KR_DATABASE_FLAGS_NONE, &options, &error);
  g_assert_no_error (error);
  kr_test_finalize_object (db);

  g_settings_set_string (kr_application_get_settings (fixture->app), "backup-directory", chosen);
  kr_application_open_database (fixture->app, old, FALSE);
  kr_test_wait_until (has_daily_backup_in, chosen);

  db = kr_application_get_database (fixture->app);
  g_assert_nonnull (db);
  g_assert_cmpint (kr_database_get_schema_version (db), ==, version + 1);
  g_assert_nonnull (kr_database_get_upgrade_backup_path (db));
  backup_dir = g_path_get_dirname (kr_database_get_upgrade_backup_path (db));
  g_assert_cmpstr (backup_dir, ==, chosen);
  g_assert_cmpuint (count_backups (chosen, KR_BACKUP_KIND_UPGRADE), ==, 1);
  g_assert_false (g_file_test (default_folder, G_FILE_TEST_EXISTS));
}

int
main (int argc, char *argv[])
{
  kr_test_ui_init (&argc, &argv);

  test_app = kr_application_new ("io.github.karier.Karier.TestBackups", G_APPLICATION_NON_UNIQUE);
  {
    g_autoptr (GError) error = NULL;

    g_application_register (G_APPLICATION (test_app), NULL, &error);
    g_assert_no_error (error);
  }

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/ui/backups/daily-list-restore", test_daily_list_restore);
  ADD ("/ui/backups/daily-not-twice", test_daily_not_twice);
  ADD ("/ui/backups/upgrade-into-chosen-folder", test_upgrade_into_chosen_folder);
#undef ADD

  return g_test_run ();
}
