/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "kr-application.h"
#include "kr-database.h"
#include "kr-preferences-window.h"
#include "kr-talent-page.h"
#include "kr-training-page.h"
#include "kr-test-session.h"
#include "kr-test-ui.h"
#include "kr-test-utils.h"
#include "kr-window-private.h"

typedef struct
{
  char *dir;
  KrApplication *app;
} Fixture;

static gboolean
state_is_settled (gpointer data)
{
  return g_strcmp0 (kr_window_get_state (data), "loading") != 0;
}

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS);
}

static KrWindow *
open_and_wait (Fixture *fixture, const char *path)
{
  GtkWindow *window;

  kr_application_open_database (fixture->app, path, TRUE);
  window = gtk_application_get_active_window (GTK_APPLICATION (fixture->app));
  g_assert_nonnull (window);
  g_assert_cmpstr (kr_window_get_state (KR_WINDOW (window)), ==, "loading");
  kr_test_wait_until (state_is_settled, window);
  /* The databases of these tests have an administrator (make_database ()). */
  if (g_strcmp0 (kr_window_get_state (KR_WINDOW (window)), "sign-in") == 0)
    {
      kr_test_sign_in (KR_WINDOW (window), "admin", KR_TEST_PASSWORD);
      g_assert_cmpstr (kr_window_get_state (KR_WINDOW (window)), ==, "main");
    }

  return KR_WINDOW (window);
}

static char *
make_database (Fixture *fixture, const char *name)
{
  char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) db = kr_database_open (path, KR_DATABASE_FLAGS_NONE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (db);
  kr_test_add_account (db, "admin", "Administrator Kepegawaian", KR_ROLE_ADMINISTRATOR, 0);

  return path;
}

/* One application for the whole program: a registered GApplication is kept alive by its
 * bus registration, so a second one with the same id could not be exported. */
static KrApplication *test_app;

static void
fixture_setup (Fixture *fixture, gconstpointer data)
{
  fixture->dir = kr_test_make_tmp_dir ("karier-ui-XXXXXX");
  fixture->app = test_app;
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
      /* A window that outlives its destruction holds on to a database connection. */
      g_assert_null (window);
    }
  g_settings_reset (kr_application_get_settings (fixture->app), "last-database");
  g_settings_reset (kr_application_get_settings (fixture->app), "last-user-name");
  kr_test_ui_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
test_window_opens_database (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = make_database (fixture, "pegawai.db");
  g_autofree char *last = NULL;
  KrWindow *window = open_and_wait (fixture, path);

  g_assert_cmpstr (kr_window_get_state (window), ==, "main");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "pegawai.db — Karier");
  g_assert_nonnull (kr_application_get_database (fixture->app));
  g_assert_cmpstr (kr_database_get_path (kr_application_get_database (fixture->app)), ==, path);

  last = g_settings_get_string (kr_application_get_settings (fixture->app), "last-database");
  g_assert_cmpstr (last, ==, path);
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (window)));
}

static void
test_window_sections (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = make_database (fixture, "karier.db");
  KrWindow *window = open_and_wait (fixture, path);
  const char *expected[] = { "dashboard",  "employees", "training", "appraisals",
                             "promotions", "talent",    "audit" };

  g_assert_cmpstr (kr_window_get_section (window), ==, "dashboard");
  /* A section's page is built when first shown; the Employees page, which the others open
   * profiles on, with the window. */
  g_assert_nonnull (gtk_stack_get_child_by_name (window->section_stack, "dashboard"));
  g_assert_nonnull (gtk_stack_get_child_by_name (window->section_stack, "employees"));
  for (guint i = 2; i < G_N_ELEMENTS (expected); i++)
    g_assert_null (gtk_stack_get_child_by_name (window->section_stack, expected[i]));

  /* win.section is what Ctrl+1 … Ctrl+7 activate. */
  for (int i = G_N_ELEMENTS (expected) - 1; i >= 0; i--)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.section", "i", i));
      g_assert_cmpstr (kr_window_get_section (window), ==, expected[i]);
    }

  /* Selection & Talent has its own page; win.show-employee, with which its lists open a
   * profile, goes to the Employees page. */
  g_assert_true (KR_IS_TALENT_PAGE (gtk_stack_get_child_by_name (window->section_stack, "talent")));
  g_assert_true (
      KR_IS_TRAINING_PAGE (gtk_stack_get_child_by_name (window->section_stack, "training")));
  kr_window_set_section (window, "talent");
  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-employee", "x", (gint64) 1));
  g_assert_cmpstr (kr_window_get_section (window), ==, "employees");

  /* Ctrl+F (win.search) with the focus in the sidebar: the visible section's search */
  gtk_widget_grab_focus (GTK_WIDGET (window->sidebar_list));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

    g_assert_nonnull (focus);
    g_assert_nonnull (gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY));
    g_assert_true (gtk_widget_is_ancestor (
        focus, gtk_stack_get_child_by_name (window->section_stack, "employees")));
  }

  kr_window_set_section (window, "training");
  g_assert_cmpstr (kr_window_get_section (window), ==, "training");

  /* Out-of-range numbers change nothing. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.section", "i", 7);
  g_assert_cmpstr (kr_window_get_section (window), ==, "training");

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  kr_test_save_screenshot (GTK_WIDGET (window), "window-training");
}

static GtkWindow *
find_window_of_type (GType type)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      return l->data;

  return NULL;
}

static void
test_window_about_and_shortcuts (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = make_database (fixture, "karier.db");
  KrWindow *window = open_and_wait (fixture, path);
  GtkShortcutsWindow *overlay;
  GtkWindow *about;

  /* GtkApplication loads gtk/help-overlay.ui from the resource base path. */
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  kr_test_save_screenshot (GTK_WIDGET (overlay), "shortcuts");
  gtk_widget_set_visible (GTK_WIDGET (overlay), FALSE);

  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "about", NULL);
  about = find_window_of_type (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  g_assert_true (gtk_window_get_transient_for (about) == GTK_WINDOW (window));
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  kr_test_save_screenshot (GTK_WIDGET (about), "about");
  gtk_window_destroy (about);
}

static void
test_window_error_then_recovers (Fixture *fixture, gconstpointer data)
{
  g_autofree char *text = g_build_filename (fixture->dir, "notes.txt", NULL);
  g_autofree char *good = make_database (fixture, "good.db");
  g_autofree char *contents = NULL;
  KrWindow *window;

  g_assert_true (g_file_set_contents (text, "Daftar hadir rapat, bukan basis data.\n", -1, NULL));
  window = open_and_wait (fixture, text);

  g_assert_cmpstr (kr_window_get_state (window), ==, "error");
  g_assert_null (kr_application_get_database (fixture->app));
  g_assert_nonnull (strstr (adw_status_page_get_description (window->error_page), "notes.txt"));
  /* The file is not touched by the failed attempt. */
  g_assert_true (g_file_get_contents (text, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "Daftar hadir rapat, bukan basis data.\n");
  kr_test_save_screenshot (GTK_WIDGET (window), "window-error");

  window = open_and_wait (fixture, good);
  g_assert_cmpstr (kr_window_get_state (window), ==, "main");
}

static void
test_window_missing_file (Fixture *fixture, gconstpointer data)
{
  g_autofree char *missing = g_build_filename (fixture->dir, "gone.db", NULL);
  KrWindow *window = open_and_wait (fixture, missing);

  /* Opening never creates: a remembered file that has gone is an error, not a new database. */
  g_assert_cmpstr (kr_window_get_state (window), ==, "error");
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

static void
test_window_create_database (Fixture *fixture, gconstpointer data)
{
  g_autofree char *existing = make_database (fixture, "existing.db");
  g_autofree char *fresh = g_build_filename (fixture->dir, "fresh.db", NULL);
  GtkWindow *window;
  GStatBuf before, after;

  g_assert_cmpint (g_stat (existing, &before), ==, 0);
  kr_application_create_database (fixture->app, existing);
  window = gtk_application_get_active_window (GTK_APPLICATION (fixture->app));
  g_assert_cmpstr (kr_window_get_state (KR_WINDOW (window)), ==, "error");
  g_assert_cmpint (g_stat (existing, &after), ==, 0);
  g_assert_cmpint (before.st_size, ==, after.st_size);
  g_assert_cmpint (before.st_mtime, ==, after.st_mtime);

  kr_application_create_database (fixture->app, fresh);
  kr_test_wait_until (state_is_settled, window);
  /* A new database has no accounts yet: it asks for its first administrator. */
  g_assert_cmpstr (kr_window_get_state (KR_WINDOW (window)), ==, "setup");
  g_assert_true (g_file_test (fresh, G_FILE_TEST_EXISTS));
}

static void
test_window_backup (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = make_database (fixture, "karier.db");
  g_autofree char *dest = g_build_filename (fixture->dir, "karier-backup.db", NULL);
  g_autoptr (KrDatabase) copy = NULL;
  g_autoptr (GError) error = NULL;
  KrWindow *window = open_and_wait (fixture, path);

  _kr_window_backup_to (window, dest);
  kr_test_wait_until (file_exists, dest);
  /* Let the worker finish and the toast appear. */
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);

  copy = kr_database_open (dest, KR_DATABASE_FLAGS_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kr_database_get_schema_version (copy), ==,
                   kr_database_get_latest_schema_version ());
}

static gboolean
is_folded (gpointer data)
{
  return adw_leaflet_get_folded (((KrWindow *) data)->leaflet);
}

static void
test_window_narrow (Fixture *fixture, gconstpointer data)
{
  GSettings *settings = kr_application_get_settings (fixture->app);
  g_autofree char *path = make_database (fixture, "karier.db");
  KrWindow *window;

  /* A new window takes the remembered size; without a window manager under Xvfb a mapped
   * window cannot be resized, so the narrow window is made narrow from the start. */
  g_settings_set_int (settings, "window-width", 360);
  window = open_and_wait (fixture, path);
  g_settings_reset (settings, "window-width");
  kr_test_settle (GTK_WIDGET (window));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 400);
  kr_test_wait_until (is_folded, window);
  /* Folded, the sidebar comes first; choosing a section shows it with a back button. */
  kr_window_set_section (window, "employees");
  g_assert_true (adw_leaflet_get_visible_child (window->leaflet) ==
                 GTK_WIDGET (window->section_stack));
  kr_test_save_screenshot (GTK_WIDGET (window), "window-narrow");
}

static void
test_window_size_remembered (Fixture *fixture, gconstpointer data)
{
  GSettings *settings = kr_application_get_settings (fixture->app);
  KrWindow *window = kr_window_new (fixture->app);

  gtk_window_set_default_size (GTK_WINDOW (window), 987, 654);
  gtk_window_present (GTK_WINDOW (window));
  kr_test_settle (GTK_WIDGET (window));
  /* app.quit closes windows the way the close button does, so the size is saved then too. */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "quit", NULL);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 987);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 654);

  window = kr_window_new (fixture->app);
  {
    int width, height;

    gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
    g_assert_cmpint (width, ==, 987);
    g_assert_cmpint (height, ==, 654);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

static void
test_preferences_paper (Fixture *fixture, gconstpointer data)
{
  GSettings *settings = kr_application_get_settings (fixture->app);
  g_autofree char *path = make_database (fixture, "karier.db");
  KrWindow *window = open_and_wait (fixture, path);
  KrPreferencesWindow *prefs;
  AdwComboRow *paper;
  AdwActionRow *location;

  g_settings_set_string (settings, "default-paper", "f4");
  prefs = kr_preferences_window_new (fixture->app);
  gtk_window_set_transient_for (GTK_WINDOW (prefs), GTK_WINDOW (window));
  paper = ADW_COMBO_ROW (
      gtk_widget_get_template_child (GTK_WIDGET (prefs), KR_TYPE_PREFERENCES_WINDOW, "paper_row"));
  location = ADW_ACTION_ROW (gtk_widget_get_template_child (
      GTK_WIDGET (prefs), KR_TYPE_PREFERENCES_WINDOW, "location_row"));

  g_assert_cmpuint (adw_combo_row_get_selected (paper), ==, 1);
  adw_combo_row_set_selected (paper, 0);
  {
    g_autofree char *value = g_settings_get_string (settings, "default-paper");

    g_assert_cmpstr (value, ==, "a4");
  }
  g_assert_cmpstr (adw_action_row_get_subtitle (location), ==, path);

  gtk_window_present (GTK_WINDOW (prefs));
  kr_test_save_screenshot (GTK_WIDGET (prefs), "preferences");
  gtk_window_destroy (GTK_WINDOW (prefs));
  g_settings_reset (settings, "default-paper");
}

int
main (int argc, char *argv[])
{
  kr_test_ui_init (&argc, &argv);

  test_app = kr_application_new ("io.github.karier.Karier.Test", G_APPLICATION_NON_UNIQUE);
  {
    g_autoptr (GError) error = NULL;

    g_application_register (G_APPLICATION (test_app), NULL, &error);
    g_assert_no_error (error);
  }

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/ui/window/opens-database", test_window_opens_database);
  ADD ("/ui/window/sections", test_window_sections);
  ADD ("/ui/window/about-and-shortcuts", test_window_about_and_shortcuts);
  ADD ("/ui/window/error-then-recovers", test_window_error_then_recovers);
  ADD ("/ui/window/missing-file", test_window_missing_file);
  ADD ("/ui/window/create-database", test_window_create_database);
  ADD ("/ui/window/backup", test_window_backup);
  ADD ("/ui/window/narrow", test_window_narrow);
  ADD ("/ui/window/size-remembered", test_window_size_remembered);
  ADD ("/ui/preferences/paper", test_preferences_paper);
#undef ADD

  return g_test_run ();
}
