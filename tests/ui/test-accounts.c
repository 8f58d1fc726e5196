/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kr-account-dialog.h"
#include "kr-account-repository-private.h"
#include "kr-accounts-page.h"
#include "kr-application.h"
#include "kr-demo.h"
#include "kr-employee-list.h"
#include "kr-employee-profile.h"
#include "kr-employees-page-private.h"
#include "kr-password-dialog.h"
#include "kr-preferences-window.h"
#include "kr-test-session.h"
#include "kr-test-ui.h"
#include "kr-test-utils.h"
#include "kr-window-private.h"

#define N_EMPLOYEES 40

typedef struct
{
  char *dir;
  char *path;
  KrApplication *app;
  /* A unit led by the unit head "andi", and how many employees its subtree has. */
  gint64 unit_id;
  char *unit_name;
  guint n_in_unit;
} Fixture;

/* One application for the whole program (see test-window.c). */
static KrApplication *test_app;

/* Helpers */

static guint
count_in_unit (KrEmployeeRepository *employees, gint64 unit_id)
{
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
  g_autoptr (KrEmployeeList) list = NULL;

  kr_employee_query_set_unit (query, unit_id);
  list = kr_employee_list_new (employees, query);
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

/* A unit below the top whose subtree has some of the employees, not all. */
static void
choose_unit (Fixture *fixture, KrUnitRepository *units, KrEmployeeRepository *employees)
{
  g_autoptr (GArray) queue = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 root = 0;

  g_array_append_val (queue, root);
  for (guint i = 0; i < queue->len && fixture->unit_id == 0; i++)
    {
      g_autoptr (GPtrArray) children =
          kr_unit_repository_list_children (units, g_array_index (queue, gint64, i), NULL);

      for (guint j = 0; children != NULL && j < children->len; j++)
        {
          KrUnit *unit = g_ptr_array_index (children, j);
          guint n = count_in_unit (employees, unit->id);

          g_array_append_val (queue, unit->id);
          if (n > 0 && n < N_EMPLOYEES && fixture->unit_id == 0)
            {
              fixture->unit_id = unit->id;
              fixture->unit_name = g_strdup (unit->name);
              fixture->n_in_unit = n;
            }
        }
    }
  g_assert_cmpint (fixture->unit_id, !=, 0);
}

/* The demo organisation and an account of each role: admin (administrator), sri.wahyuni (HR
 * operator), andi (unit head), rina (viewer) and budi (viewer, disabled). */
static void
make_organisation (Fixture *fixture, KrDatabase *db)
{
  g_autoptr (KrEmployeeRepository) employees = kr_employee_repository_new (db);
  g_autoptr (KrUnitRepository) units = kr_unit_repository_new (db);
  g_autoptr (KrAccountRepository) accounts = NULL;
  g_autoptr (GError) error = NULL;
  KrDemoOptions options = { 0 };
  gint64 budi;

  options.n_employees = N_EMPLOYEES;
  options.seed = 11;
  options.appraisals = KR_DEMO_APPRAISALS_NONE;
  g_assert_true (kr_demo_generate (db, &options, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  choose_unit (fixture, units, employees);

  kr_test_add_account (db, "admin", "Administrator Kepegawaian", KR_ROLE_ADMINISTRATOR, 0);
  kr_test_add_account (db, "sri.wahyuni", "Sri Wahyuni", KR_ROLE_HR_OPERATOR, 0);
  kr_test_add_account (db, "andi", "Andi Saputra", KR_ROLE_UNIT_HEAD, fixture->unit_id);
  kr_test_add_account (db, "rina", "Rina Marlina", KR_ROLE_VIEWER, 0);
  budi = kr_test_add_account (db, "budi", "Budi Santoso", KR_ROLE_VIEWER, 0);
  accounts = kr_account_repository_new (db);
  g_assert_true (kr_account_repository_set_disabled (accounts, budi, TRUE, &error));
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (GError) error = NULL;

  fixture->app = test_app;
  fixture->dir = kr_test_make_tmp_dir ("karier-accounts-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "karier.db", NULL);
  db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  if (data == NULL)
    make_organisation (fixture, db);
}

static void
fixture_teardown (Fixture *fixture, gconstpointer data)
{
  GSettings *settings = kr_application_get_settings (fixture->app);
  GList *windows;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (fixture->app))) != NULL)
    {
      GObject *window = windows->data;

      g_object_add_weak_pointer (window, (gpointer *) &window);
      gtk_window_destroy (GTK_WINDOW (window));
      kr_test_spin ();
      g_assert_null (window);
    }
  g_settings_reset (settings, "last-database");
  g_settings_reset (settings, "last-user-name");
  g_settings_reset (settings, "window-width");
  kr_test_ui_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->unit_name);
}

static gboolean
state_is_settled (gpointer data)
{
  return g_strcmp0 (kr_window_get_state (data), "loading") != 0;
}

static KrWindow *
open_and_wait (Fixture *fixture)
{
  GtkWindow *window;

  kr_application_open_database (fixture->app, fixture->path, TRUE);
  window = gtk_application_get_active_window (GTK_APPLICATION (fixture->app));
  g_assert_nonnull (window);
  kr_test_wait_until (state_is_settled, window);
  return KR_WINDOW (window);
}

static KrWindow *
open_signed_in (Fixture *fixture, const char *user_name)
{
  KrWindow *window = open_and_wait (fixture);

  kr_test_sign_in (window, user_name, KR_TEST_PASSWORD);
  g_assert_cmpstr (kr_window_get_state (window), ==, "main");
  /* A section reads when it is first shown: these tests work on the Employees page. */
  kr_window_set_section (window, "employees");
  return window;
}

static gpointer
child (gpointer widget, GType type, const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (object);
  return object;
}

static void
set_text (gpointer widget, GType type, const char *name, const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (child (widget, type, name)), text);
}

static gboolean
has_error (gpointer widget, GType type, const char *name)
{
  return gtk_widget_has_css_class (GTK_WIDGET (child (widget, type, name)), "error");
}

/* Whether @action (with @target, for an action that takes a parameter) is enabled where
 * @owner is: a button bound to it is sensitive only then. */
static gboolean
action_target_enabled (gpointer owner, const char *action, GVariant *target)
{
  GtkWidget *button = gtk_button_new ();
  gboolean enabled;

  g_object_ref_sink (button);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  if (target != NULL)
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  gtk_widget_set_parent (button, GTK_WIDGET (owner));
  enabled = gtk_widget_get_sensitive (button);
  gtk_widget_unparent (button);
  g_object_unref (button);
  return enabled;
}

static gboolean
action_enabled (gpointer owner, const char *action)
{
  return action_target_enabled (owner, action, NULL);
}

static void
save_screenshots (GtkWidget *widget, const char *name)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  kr_test_save_screenshot (widget, name);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  kr_test_save_screenshot (widget, name);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

static GtkWindow *
find_window (GType type)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static GtkWidget *
find_descendant (GtkWidget *widget, GType type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_descendant (c, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* How many visible buttons below @widget activate @action. */
static guint
count_visible_buttons (GtkWidget *widget, const char *action)
{
  guint n = 0;

  if (GTK_IS_ACTIONABLE (widget) && gtk_widget_get_visible (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    n++;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    n += count_visible_buttons (c, action);
  return n;
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* Activates @action of @window and waits until the window has closed itself, which it does
 * once its work is saved (at once, or after a worker). */
static void
save_and_wait_closed (gpointer window, const char *action)
{
  g_object_add_weak_pointer (window, &window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  kr_test_wait_until (is_null, &window);
}

static KrAccount *
get_account (Fixture *fixture, const char *user_name)
{
  KrAccountRepository *accounts = kr_application_get_account_repository (fixture->app);
  g_autoptr (GError) error = NULL;
  KrAccount *account = kr_account_repository_get_by_user_name (accounts, user_name, &error);

  g_assert_no_error (error);
  return account;
}

static KrIdentity *
get_identity (Fixture *fixture)
{
  return kr_database_get_identity (kr_application_get_database (fixture->app));
}

/* Set-up */

static gboolean
is_main (gpointer data)
{
  return g_strcmp0 (kr_window_get_state (data), "main") == 0;
}

static void
test_setup_creates_administrator (Fixture *fixture, gconstpointer data)
{
  KrWindow *window = open_and_wait (fixture);
  GtkWidget *page = GTK_WIDGET (window->setup_page);
  GType type = KR_TYPE_SETUP_PAGE;
  g_autofree char *last = NULL;
  KrIdentity *identity;

  g_assert_cmpstr (kr_window_get_state (window), ==, "setup");
  g_assert_false (action_enabled (page, "setup.create"));
  save_screenshots (GTK_WIDGET (window), "setup");
  kr_test_make_hashes_cheap (fixture->app);

  /* Each wrong field is marked as it is typed, and Create stays off. */
  set_text (page, type, "user_name_row", "sri wahyuni");
  g_assert_true (has_error (page, type, "user_name_row"));
  g_assert_true (gtk_widget_get_visible (child (page, type, "error_label")));
  g_assert_nonnull (strstr (gtk_label_get_text (child (page, type, "error_label")), "user name"));
  set_text (page, type, "user_name_row", "sri.wahyuni");
  g_assert_false (has_error (page, type, "user_name_row"));
  set_text (page, type, "display_name_row", "Sri Wahyuni");
  set_text (page, type, "password_row", "pendek");
  g_assert_true (has_error (page, type, "password_row"));
  set_text (page, type, "password_row", "kunci-rahasia-123");
  /* A second password that is still being typed is not wrong yet. */
  set_text (page, type, "repeat_row", "kunci-rahasia");
  g_assert_false (has_error (page, type, "repeat_row"));
  g_assert_false (action_enabled (page, "setup.create"));
  set_text (page, type, "repeat_row", "kunci-rahasia-124");
  g_assert_true (has_error (page, type, "repeat_row"));
  save_screenshots (GTK_WIDGET (window), "setup-error");
  set_text (page, type, "repeat_row", "kunci-rahasia-123");
  g_assert_false (has_error (page, type, "repeat_row"));
  g_assert_true (action_enabled (page, "setup.create"));

  g_assert_true (gtk_widget_activate_action (page, "setup.create", NULL));
  g_assert_true (kr_setup_page_get_busy (window->setup_page));
  kr_test_wait_until (is_main, window);

  identity = get_identity (fixture);
  g_assert_nonnull (identity);
  g_assert_cmpstr (kr_identity_get_user_name (identity), ==, "sri.wahyuni");
  g_assert_cmpint (kr_identity_get_role (identity), ==, KR_ROLE_ADMINISTRATOR);
  g_assert_cmpstr (adw_window_title_get_subtitle (window->sidebar_title), ==,
                   "Sri Wahyuni · Administrator");
  last = g_settings_get_string (kr_application_get_settings (fixture->app), "last-user-name");
  g_assert_cmpstr (last, ==, "sri.wahyuni");
  g_assert_true (action_enabled (window, "win.sign-out"));
}

/* Sign-in */

static void
test_sign_in_wrong_then_right (Fixture *fixture, gconstpointer data)
{
  KrWindow *window = open_and_wait (fixture);

  g_assert_cmpstr (kr_window_get_state (window), ==, "sign-in");
  kr_test_sign_in (window, "admin", "bukan-kata-sandinya");
  g_assert_cmpstr (kr_window_get_state (window), ==, "sign-in");
  g_assert_cmpstr (kr_sign_in_page_get_message (window->sign_in_page), ==,
                   "The user name or password is wrong");
  g_assert_null (get_identity (fixture));
  g_assert_null (kr_employees_page_get_list (window->employees_page));
  save_screenshots (GTK_WIDGET (window), "sign-in-error");

  /* An unknown user name reads the same. */
  kr_test_sign_in (window, "nobody", KR_TEST_PASSWORD);
  g_assert_cmpstr (kr_sign_in_page_get_message (window->sign_in_page), ==,
                   "The user name or password is wrong");

  kr_test_sign_in (window, "ADMIN", KR_TEST_PASSWORD);
  g_assert_cmpstr (kr_window_get_state (window), ==, "main");
  g_assert_cmpstr (kr_identity_get_user_name (get_identity (fixture)), ==, "admin");
  /* The Employees page has read nothing until it is shown. */
  g_assert_null (kr_employees_page_get_list (window->employees_page));
  kr_window_set_section (window, "employees");
  g_assert_cmpuint (
      g_list_model_get_n_items (G_LIST_MODEL (kr_employees_page_get_list (window->employees_page))),
      ==, N_EMPLOYEES);
}

static gboolean
sign_in_answered (gpointer data)
{
  return !kr_sign_in_page_get_busy (data);
}

/* While a sign-in runs the form is insensitive and the focus is out of it (kr-focus.h; the
 * warning of GTK's cursor blink it avoids is tested in test-focus); a refusal gives the
 * password back its focus, and so does a refusal after the focus was on the button. */
static void
test_sign_in_focus (Fixture *fixture, gconstpointer data)
{
  KrWindow *window = open_and_wait (fixture);
  GtkWidget *page = GTK_WIDGET (window->sign_in_page);
  GtkWidget *password_row = child (page, KR_TYPE_SIGN_IN_PAGE, "password_row");
  GtkWidget *button = child (page, KR_TYPE_SIGN_IN_PAGE, "sign_in_button");

  gtk_editable_set_text (GTK_EDITABLE (child (page, KR_TYPE_SIGN_IN_PAGE, "user_name_row")),
                         "admin");
  gtk_editable_set_text (GTK_EDITABLE (password_row), "bukan-kata-sandinya");
  g_assert_true (gtk_widget_grab_focus (password_row));
  g_assert_true (kr_test_has_focus_within (password_row));
  g_assert_true (gtk_widget_activate_action (page, "sign-in.submit", NULL));
  g_assert_true (kr_sign_in_page_get_busy (window->sign_in_page));
  g_assert_false (gtk_widget_get_sensitive (password_row));
  g_assert_null (gtk_root_get_focus (GTK_ROOT (window)));
  kr_test_wait_until (sign_in_answered, page);
  g_assert_cmpstr (kr_sign_in_page_get_message (window->sign_in_page), ==,
                   "The user name or password is wrong");
  g_assert_true (kr_test_has_focus_within (password_row));

  gtk_editable_set_text (GTK_EDITABLE (password_row), "bukan-juga");
  g_assert_true (gtk_widget_grab_focus (button));
  g_assert_true (gtk_widget_activate_action (page, "sign-in.submit", NULL));
  g_assert_null (gtk_root_get_focus (GTK_ROOT (window)));
  kr_test_wait_until (sign_in_answered, page);
  g_assert_true (kr_test_has_focus_within (password_row));
}

static void
test_sign_in_disabled (Fixture *fixture, gconstpointer data)
{
  KrWindow *window = open_and_wait (fixture);

  kr_test_sign_in (window, "budi", KR_TEST_PASSWORD);
  g_assert_cmpstr (kr_window_get_state (window), ==, "sign-in");
  g_assert_cmpstr (kr_sign_in_page_get_message (window->sign_in_page), ==,
                   "The account “budi” is disabled; ask an administrator to enable it");
  g_assert_null (get_identity (fixture));
}

/* The wait is over, and the page has said so: its message follows the clock on a one-second
 * timer, which a loaded machine may run late. */
static gboolean
wait_is_over (gpointer data)
{
  return kr_sign_in_page_get_wait (data) == 0 &&
         g_strcmp0 (kr_sign_in_page_get_message (data), "") == 0;
}

static void
test_sign_in_delay (Fixture *fixture, gconstpointer data)
{
  KrWindow *window = open_and_wait (fixture);
  KrAccountRepository *accounts = kr_application_get_account_repository (fixture->app);
  GtkWidget *page = GTK_WIDGET (window->sign_in_page);
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr (GDateTime) later = g_date_time_add_seconds (now, 3);

  /* The clock stands still: three wrong passwords make the fourth attempt wait 2 s. */
  _kr_account_repository_set_now (accounts, now);
  for (int i = 0; i < 3; i++)
    {
      kr_test_sign_in (window, "rina", "salah");
      g_assert_cmpstr (kr_sign_in_page_get_message (window->sign_in_page), ==,
                       "The user name or password is wrong");
    }
  kr_test_sign_in (window, "rina", KR_TEST_PASSWORD);
  g_assert_cmpstr (kr_window_get_state (window), ==, "sign-in");
  g_assert_cmpuint (kr_sign_in_page_get_wait (window->sign_in_page), ==, 2);
  g_assert_cmpstr (kr_sign_in_page_get_message (window->sign_in_page), ==,
                   "Too many wrong passwords. Try again in 2 seconds.");
  set_text (page, KR_TYPE_SIGN_IN_PAGE, "password_row", KR_TEST_PASSWORD);
  g_assert_false (action_enabled (page, "sign-in.submit"));
  g_assert_false (gtk_widget_get_sensitive (child (page, KR_TYPE_SIGN_IN_PAGE, "sign_in_button")));
  save_screenshots (GTK_WIDGET (window), "sign-in-wait");

  /* The wait is rina's: another account may sign in meanwhile. */
  set_text (page, KR_TYPE_SIGN_IN_PAGE, "user_name_row", "admin");
  g_assert_true (action_enabled (page, "sign-in.submit"));
  set_text (page, KR_TYPE_SIGN_IN_PAGE, "user_name_row", "rina");
  g_assert_false (action_enabled (page, "sign-in.submit"));

  /* Once the countdown has run out, rina signs in. */
  _kr_account_repository_set_now (accounts, later);
  kr_test_wait_until (wait_is_over, window->sign_in_page);
  g_assert_cmpstr (kr_sign_in_page_get_message (window->sign_in_page), ==, "");
  kr_test_sign_in (window, "rina", KR_TEST_PASSWORD);
  g_assert_cmpstr (kr_window_get_state (window), ==, "main");
  _kr_account_repository_set_now (accounts, NULL);
}

static void
test_sign_in_narrow (Fixture *fixture, gconstpointer data)
{
  GSettings *settings = kr_application_get_settings (fixture->app);
  KrWindow *window;

  g_settings_set_string (settings, "last-user-name", "sri.wahyuni");
  g_settings_set_int (settings, "window-width", 360);
  window = open_and_wait (fixture);
  g_assert_cmpstr (kr_window_get_state (window), ==, "sign-in");
  /* The last user name is typed in already. */
  g_assert_cmpstr (
      gtk_editable_get_text (child (window->sign_in_page, KR_TYPE_SIGN_IN_PAGE, "user_name_row")),
      ==, "sri.wahyuni");
  kr_test_settle (GTK_WIDGET (window));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 400);
  save_screenshots (GTK_WIDGET (window), "sign-in-narrow");
}

/* Roles */

static void
test_viewer_reads_only (Fixture *fixture, gconstpointer data)
{
  KrWindow *window = open_signed_in (fixture, "rina");
  KrEmployeesPage *page = window->employees_page;
  KrEmployeeList *list = kr_employees_page_get_list (page);
  g_autoptr (KrEmployee) first = NULL;
  GtkWidget *profile = child (page, KR_TYPE_EMPLOYEES_PAGE, "profile");

  kr_window_set_section (window, "employees");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, N_EMPLOYEES);
  g_assert_false (action_enabled (page, "employees.add"));
  g_assert_false (action_enabled (page, "employees.import"));
  g_assert_false (action_enabled (page, "employees.manage-units"));
  g_assert_true (action_enabled (page, "employees.export"));
  g_assert_true (action_enabled (page, "employees.print"));
  g_assert_false (gtk_widget_get_visible (page->add_button));
  g_assert_false (action_enabled (window, "win.backup-database"));

  /* The profile shows the record without its edit, add and delete buttons. */
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  kr_employee_profile_set_employee_id (KR_EMPLOYEE_PROFILE (profile), kr_employee_get_id (first));
  g_assert_false (kr_employee_profile_get_writable (KR_EMPLOYEE_PROFILE (profile)));
  g_assert_false (action_enabled (profile, "profile.edit"));
  g_assert_false (action_target_enabled (profile, "profile.add-history", g_variant_new_int32 (0)));
  g_assert_false (
      action_target_enabled (profile, "profile.delete-history", g_variant_new ("(ix)", 0, 1)));
  g_assert_false (
      gtk_widget_get_visible (child (profile, KR_TYPE_EMPLOYEE_PROFILE, "edit_button")));
  g_assert_cmpuint (count_visible_buttons (profile, "profile.add-history"), ==, 0);
  g_assert_cmpuint (count_visible_buttons (profile, "profile.edit-history"), ==, 0);
  g_assert_cmpuint (count_visible_buttons (profile, "profile.delete-history"), ==, 0);
  adw_leaflet_set_visible_child (page->leaflet, page->detail_page);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  kr_test_save_screenshot (GTK_WIDGET (window), "viewer-profile");
}

static void
test_operator_writes (Fixture *fixture, gconstpointer data)
{
  KrWindow *window = open_signed_in (fixture, "sri.wahyuni");
  KrEmployeesPage *page = window->employees_page;
  KrPreferencesWindow *prefs;

  g_assert_true (action_enabled (page, "employees.add"));
  g_assert_true (action_enabled (page, "employees.import"));
  g_assert_true (action_enabled (page, "employees.manage-units"));
  g_assert_true (action_enabled (window, "win.backup-database"));
  g_assert_true (gtk_widget_get_visible (page->add_button));
  {
    GtkWidget *profile = child (page, KR_TYPE_EMPLOYEES_PAGE, "profile");
    g_autoptr (KrEmployee) first =
        g_list_model_get_item (G_LIST_MODEL (kr_employees_page_get_list (page)), 0);

    kr_employee_profile_set_employee_id (KR_EMPLOYEE_PROFILE (profile), kr_employee_get_id (first));
    g_assert_cmpuint (count_visible_buttons (profile, "profile.add-history"), ==, 5);
    g_assert_cmpuint (count_visible_buttons (profile, "profile.edit-history"), >, 0);
  }

  /* Only administrators get the Accounts page. */
  prefs = kr_preferences_window_new (fixture->app);
  g_assert_null (find_descendant (GTK_WIDGET (prefs), KR_TYPE_ACCOUNTS_PAGE));
  gtk_window_destroy (GTK_WINDOW (prefs));
}

typedef struct
{
  gboolean done;
  GError *error;
} ExportWait;

static void
export_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  ExportWait *wait = user_data;

  g_task_propagate_boolean (G_TASK (result), &wait->error);
  wait->done = TRUE;
}

static gboolean
export_is_done (gpointer data)
{
  return ((ExportWait *) data)->done;
}

static void
test_unit_head_sees_subtree (Fixture *fixture, gconstpointer data)
{
  KrWindow *window = open_signed_in (fixture, "andi");
  KrEmployeesPage *page = window->employees_page;
  g_autofree char *count = g_strdup_printf ("%u employees", fixture->n_in_unit);
  GListModel *units;

  kr_window_set_section (window, "employees");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (kr_employees_page_get_list (page))), ==,
                    fixture->n_in_unit);
  g_assert_cmpstr (kr_employees_page_get_count_label (page), ==, count);
  g_assert_false (action_enabled (page, "employees.add"));
  g_assert_false (action_enabled (page, "employees.import"));
  g_assert_cmpstr (adw_window_title_get_subtitle (window->sidebar_title), ==,
                   "Andi Saputra · Unit head");

  /* The unit filter starts at the unit they lead. */
  gtk_menu_button_popup (page->filter_button);
  units = gtk_drop_down_get_model (page->unit_dropdown);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (units), 0), ==, fixture->unit_name);
  gtk_menu_button_popdown (page->filter_button);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  save_screenshots (GTK_WIDGET (window), "unit-head-employees");

  /* The export's worker reads through a connection of its own, as the same unit head. */
  {
    g_autofree char *csv = g_build_filename (fixture->dir, "export.csv", NULL);
    g_autofree char *contents = NULL;
    g_auto (GStrv) lines = NULL;
    ExportWait wait = { 0 };

    _kr_employees_page_export_to (page, csv, export_done_cb, &wait);
    kr_test_wait_until (export_is_done, &wait);
    g_assert_no_error (wait.error);
    g_assert_true (g_file_get_contents (csv, &contents, NULL, NULL));
    lines = g_strsplit (g_strstrip (contents), "\n", -1);
    /* A header, then one line an employee. */
    g_assert_cmpuint (g_strv_length (lines), ==, fixture->n_in_unit + 1);
  }
}

/* The menu, changing one's password, signing out */

static gboolean
password_dialog_is_idle (gpointer data)
{
  return !kr_password_dialog_get_busy (data);
}

static void
test_user_menu_and_password (Fixture *fixture, gconstpointer data)
{
  KrWindow *window = open_signed_in (fixture, "sri.wahyuni");
  GtkWidget *popover;
  KrPasswordDialog *dialog;
  g_autoptr (KrIdentity) identity = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_cmpstr (gtk_label_get_text (window->user_name_label), ==, "Sri Wahyuni");
  g_assert_cmpstr (gtk_label_get_text (window->user_role_label), ==, "sri.wahyuni · HR operator");
  g_assert_cmpstr (adw_window_title_get_subtitle (window->sidebar_title), ==,
                   "Sri Wahyuni · HR operator");
  gtk_menu_button_popup (window->main_menu_button);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (window->main_menu_button));
  save_screenshots (popover, "user-menu");
  gtk_menu_button_popdown (window->main_menu_button);

  kr_test_make_hashes_cheap (fixture->app);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.change-password", NULL));
  dialog = KR_PASSWORD_DIALOG (find_window (KR_TYPE_PASSWORD_DIALOG));
  g_assert_nonnull (dialog);
  set_text (dialog, KR_TYPE_PASSWORD_DIALOG, "current_row", "bukan-ini");
  set_text (dialog, KR_TYPE_PASSWORD_DIALOG, "new_row", "kata-sandi-baru-2026");
  set_text (dialog, KR_TYPE_PASSWORD_DIALOG, "repeat_row", "kata-sandi-baru-2026");
  save_screenshots (GTK_WIDGET (dialog), "change-password");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "password.save", NULL));
  g_assert_true (kr_password_dialog_get_busy (dialog));
  kr_test_wait_until (password_dialog_is_idle, dialog);
  /* A wrong current password is said beside it, and the dialog stays. */
  g_assert_true (has_error (dialog, KR_TYPE_PASSWORD_DIALOG, "current_row"));
  g_assert_cmpstr (gtk_label_get_text (child (dialog, KR_TYPE_PASSWORD_DIALOG, "error_label")), ==,
                   "The current password is wrong");

  set_text (dialog, KR_TYPE_PASSWORD_DIALOG, "current_row", KR_TEST_PASSWORD);
  save_and_wait_closed (dialog, "password.save");
  g_assert_true (kr_account_repository_authenticate (
      kr_application_get_account_repository (fixture->app), "sri.wahyuni", "kata-sandi-baru-2026",
      &identity, NULL, &error));
  g_assert_no_error (error);
}

static void
test_sign_out_clears (Fixture *fixture, gconstpointer data)
{
  KrWindow *window = open_signed_in (fixture, "sri.wahyuni");
  KrEmployeesPage *page = window->employees_page;
  GtkWindow *prefs;

  kr_window_set_section (window, "employees");
  gtk_editable_set_text (GTK_EDITABLE (page->search_entry), "a");
  g_assert_nonnull (kr_employees_page_get_list (page));
  prefs = GTK_WINDOW (kr_preferences_window_new (fixture->app));
  gtk_window_set_transient_for (prefs, GTK_WINDOW (window));
  gtk_window_present (prefs);
  g_object_add_weak_pointer (G_OBJECT (prefs), (gpointer *) &prefs);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sign-out", NULL));
  g_assert_cmpstr (kr_window_get_state (window), ==, "sign-in");
  g_assert_null (get_identity (fixture));
  /* Nothing of the last user's stays: the list, the search, the windows they opened. */
  g_assert_null (kr_employees_page_get_list (page));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (page->search_entry)), ==, "");
  g_assert_null (prefs);
  g_assert_false (action_enabled (window, "win.sign-out"));
  g_assert_false (action_enabled (window, "win.backup-database"));
  g_assert_false (gtk_widget_get_visible (window->user_box));
  g_assert_cmpstr (adw_window_title_get_subtitle (window->sidebar_title), ==, "");
  g_assert_cmpstr (
      gtk_editable_get_text (child (window->sign_in_page, KR_TYPE_SIGN_IN_PAGE, "user_name_row")),
      ==, "sri.wahyuni");

  /* Someone else signs in and sees what their role allows. */
  kr_test_sign_in (window, "andi", KR_TEST_PASSWORD);
  g_assert_cmpstr (kr_window_get_state (window), ==, "main");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (kr_employees_page_get_list (page))), ==,
                    fixture->n_in_unit);
}

/* The Accounts page */

typedef struct
{
  KrAccountsPage *page;
  guint n;
} CountWait;

static gboolean
has_n_accounts (gpointer data)
{
  CountWait *wait = data;

  return kr_accounts_page_get_n_accounts (wait->page) == wait->n;
}

static gboolean
row_says (KrAccountsPage *page, const char *user_name, const char *subtitle)
{
  AdwActionRow *row = kr_accounts_page_find_row (page, user_name);

  return row != NULL && g_strcmp0 (adw_action_row_get_subtitle (row), subtitle) == 0;
}

typedef struct
{
  KrAccountsPage *page;
  const char *user_name;
  const char *subtitle;
} RowWait;

static gboolean
row_is (gpointer data)
{
  RowWait *wait = data;

  return row_says (wait->page, wait->user_name, wait->subtitle);
}

static KrAccountDialog *
open_account_dialog (KrAccountsPage *page, const char *action, gint64 id)
{
  KrAccountDialog *dialog;

  if (id == 0)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), action, NULL));
  else
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), action, "x", id));
  dialog = KR_ACCOUNT_DIALOG (find_window (KR_TYPE_ACCOUNT_DIALOG));
  g_assert_nonnull (dialog);
  return dialog;
}

static void
add_viewer (Fixture *fixture, KrAccountsPage *page)
{
  KrAccountDialog *dialog = open_account_dialog (page, "accounts.add", 0);
  GType type = KR_TYPE_ACCOUNT_DIALOG;
  CountWait wait = { page, 6 };

  g_assert_false (action_enabled (dialog, "account.save"));
  set_text (dialog, type, "user_name_row", "dewi");
  set_text (dialog, type, "display_name_row", "Dewi Lestari");
  adw_combo_row_set_selected (child (dialog, type, "role_row"), KR_ROLE_VIEWER);
  g_assert_false (gtk_widget_get_visible (child (dialog, type, "unit_row")));
  set_text (dialog, type, "password_row", "dewi-punya-kunci");
  set_text (dialog, type, "repeat_row", "dewi-punya-kunci");
  g_assert_true (action_enabled (dialog, "account.save"));
  save_screenshots (GTK_WIDGET (dialog), "account-dialog");
  save_and_wait_closed (dialog, "account.save");
  kr_test_wait_until (has_n_accounts, &wait);
  g_assert_true (row_says (page, "dewi", "dewi · Viewer"));
}

static void
change_role (KrAccountsPage *page, gint64 id, KrRole role)
{
  KrAccountDialog *dialog = open_account_dialog (page, "accounts.edit", id);
  GType type = KR_TYPE_ACCOUNT_DIALOG;

  g_assert_false (gtk_widget_get_visible (child (dialog, type, "user_name_row")));
  g_assert_false (gtk_widget_get_visible (child (dialog, type, "password_box")));
  adw_combo_row_set_selected (child (dialog, type, "role_row"), role);
  g_assert_cmpint (gtk_widget_get_visible (child (dialog, type, "unit_row")), ==,
                   role == KR_ROLE_UNIT_HEAD);
  g_assert_true (action_enabled (dialog, "account.save"));
  save_and_wait_closed (dialog, "account.save");
}

static void
test_accounts_page (Fixture *fixture, gconstpointer data)
{
  KrWindow *window = open_signed_in (fixture, "admin");
  KrPreferencesWindow *prefs;
  KrAccountsPage *page;
  g_autoptr (KrAccount) dewi = NULL;
  g_autoptr (KrAccount) changed = NULL;
  g_autoptr (KrAccount) rina = NULL;
  g_autoptr (GError) error = NULL;
  AdwMessageDialog *confirm;
  KrPasswordDialog *reset;
  RowWait row_wait;

  kr_test_make_hashes_cheap (fixture->app);
  g_assert_true (action_enabled (window, "win.backup-database"));
  prefs = kr_preferences_window_new (fixture->app);
  gtk_window_set_transient_for (GTK_WINDOW (prefs), GTK_WINDOW (window));
  gtk_window_set_default_size (GTK_WINDOW (prefs), 640, 640);
  page = KR_ACCOUNTS_PAGE (find_descendant (GTK_WIDGET (prefs), KR_TYPE_ACCOUNTS_PAGE));
  g_assert_nonnull (page);
  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (prefs),
                                           ADW_PREFERENCES_PAGE (page));
  gtk_window_present (GTK_WINDOW (prefs));
  g_assert_cmpuint (kr_accounts_page_get_n_accounts (page), ==, 5);
  g_assert_true (row_says (page, "sri.wahyuni", "sri.wahyuni · HR operator"));
  {
    g_autofree char *andi = g_strdup_printf ("andi · Unit head · %s", fixture->unit_name);

    g_assert_true (row_says (page, "andi", andi));
  }
  save_screenshots (GTK_WIDGET (prefs), "accounts-page");

  add_viewer (fixture, page);
  dewi = get_account (fixture, "dewi");
  g_assert_cmpint (dewi->role, ==, KR_ROLE_VIEWER);

  /* A unit head needs a unit; the dialog offers the tree's. */
  change_role (page, dewi->id, KR_ROLE_UNIT_HEAD);
  changed = get_account (fixture, "dewi");
  g_assert_cmpint (changed->role, ==, KR_ROLE_UNIT_HEAD);
  g_assert_cmpint (changed->unit_id, !=, 0);
  change_role (page, dewi->id, KR_ROLE_HR_OPERATOR);
  row_wait = (RowWait){ page, "dewi", "dewi · HR operator" };
  kr_test_wait_until (row_is, &row_wait);

  /* Disabling asks first. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "accounts.disable", "x", dewi->id));
  confirm = ADW_MESSAGE_DIALOG (find_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (confirm);
  save_screenshots (GTK_WIDGET (confirm), "account-disable");
  adw_message_dialog_response (confirm, "disable");
  g_clear_pointer (&changed, kr_account_free);
  changed = get_account (fixture, "dewi");
  g_assert_true (changed->disabled);
  kr_test_spin ();
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (kr_accounts_page_find_row (page, "dewi")),
                                           "dim-label"));

  /* An administrator sets a new password for someone who forgot theirs. */
  rina = get_account (fixture, "rina");
  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (page), "accounts.reset-password", "x", rina->id));
  reset = KR_PASSWORD_DIALOG (find_window (KR_TYPE_PASSWORD_DIALOG));
  g_assert_nonnull (reset);
  g_assert_false (gtk_widget_get_visible (child (reset, KR_TYPE_PASSWORD_DIALOG, "current_row")));
  set_text (reset, KR_TYPE_PASSWORD_DIALOG, "new_row", "rina-lupa-kunci");
  set_text (reset, KR_TYPE_PASSWORD_DIALOG, "repeat_row", "rina-lupa-kunci");
  save_and_wait_closed (reset, "password.save");
  g_assert_true (
      kr_account_repository_authenticate (kr_application_get_account_repository (fixture->app),
                                          "rina", "rina-lupa-kunci", NULL, NULL, &error));
  g_assert_no_error (error);

  gtk_window_destroy (GTK_WINDOW (prefs));
}

static void
test_last_administrator (Fixture *fixture, gconstpointer data)
{
  KrWindow *window = open_signed_in (fixture, "admin");
  KrPreferencesWindow *prefs = kr_preferences_window_new (fixture->app);
  KrAccountsPage *page =
      KR_ACCOUNTS_PAGE (find_descendant (GTK_WIDGET (prefs), KR_TYPE_ACCOUNTS_PAGE));
  g_autoptr (KrAccount) admin = get_account (fixture, "admin");
  KrAccountDialog *dialog;

  gtk_window_set_transient_for (GTK_WINDOW (prefs), GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (prefs));
  /* The only administrator cannot give the role up: the dialog says why and stays. */
  dialog = open_account_dialog (page, "accounts.edit", admin->id);
  adw_combo_row_set_selected (child (dialog, KR_TYPE_ACCOUNT_DIALOG, "role_row"), KR_ROLE_VIEWER);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "account.save", NULL));
  g_assert_true (has_error (dialog, KR_TYPE_ACCOUNT_DIALOG, "role_row"));
  g_assert_true (gtk_widget_get_visible (child (dialog, KR_TYPE_ACCOUNT_DIALOG, "role_error")));
  g_assert_true (find_window (KR_TYPE_ACCOUNT_DIALOG) == GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (prefs));
}

typedef struct
{
  KrWindow *window;
  const char *subtitle;
} TitleWait;

static gboolean
title_is (gpointer data)
{
  TitleWait *wait = data;

  return g_strcmp0 (adw_window_title_get_subtitle (wait->window->sidebar_title), wait->subtitle) ==
         0;
}

/* An administrator who gives up the role sees at once what the new one allows. */
static void
test_own_role_change (Fixture *fixture, gconstpointer data)
{
  KrWindow *window = open_signed_in (fixture, "admin");
  KrPreferencesWindow *prefs = kr_preferences_window_new (fixture->app);
  KrAccountsPage *page =
      KR_ACCOUNTS_PAGE (find_descendant (GTK_WIDGET (prefs), KR_TYPE_ACCOUNTS_PAGE));
  g_autoptr (KrAccount) sri = get_account (fixture, "sri.wahyuni");
  g_autoptr (KrAccount) admin = get_account (fixture, "admin");
  TitleWait wait = { window, "Administrator Kepegawaian · Viewer" };

  gtk_window_set_transient_for (GTK_WINDOW (prefs), GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (prefs));
  g_object_add_weak_pointer (G_OBJECT (prefs), (gpointer *) &prefs);
  g_assert_true (action_enabled (window->employees_page, "employees.add"));

  change_role (page, sri->id, KR_ROLE_ADMINISTRATOR);
  change_role (page, admin->id, KR_ROLE_VIEWER);
  kr_test_wait_until (title_is, &wait);
  g_assert_cmpint (kr_identity_get_role (get_identity (fixture)), ==, KR_ROLE_VIEWER);
  /* The preferences, with their Accounts page, close; writing is off. */
  g_assert_null (prefs);
  g_assert_false (action_enabled (window->employees_page, "employees.add"));
  g_assert_false (action_enabled (window, "win.backup-database"));
  g_assert_cmpstr (kr_window_get_state (window), ==, "main");
}

int
main (int argc, char *argv[])
{
  kr_test_ui_init (&argc, &argv);

  test_app = kr_application_new ("io.github.karier.Karier.TestAccounts", G_APPLICATION_NON_UNIQUE);
  {
    g_autoptr (GError) error = NULL;

    g_application_register (G_APPLICATION (test_app), NULL, &error);
    g_assert_no_error (error);
  }

#define ADD(path, data, func)                                                                      \
  g_test_add (path, Fixture, data, fixture_setup, func, fixture_teardown)
  ADD ("/ui/accounts/setup-creates-administrator", "empty", test_setup_creates_administrator);
  ADD ("/ui/accounts/sign-in-wrong-then-right", NULL, test_sign_in_wrong_then_right);
  ADD ("/ui/accounts/sign-in-focus", NULL, test_sign_in_focus);
  ADD ("/ui/accounts/sign-in-disabled", NULL, test_sign_in_disabled);
  ADD ("/ui/accounts/sign-in-delay", NULL, test_sign_in_delay);
  ADD ("/ui/accounts/sign-in-narrow", NULL, test_sign_in_narrow);
  ADD ("/ui/accounts/viewer-reads-only", NULL, test_viewer_reads_only);
  ADD ("/ui/accounts/operator-writes", NULL, test_operator_writes);
  ADD ("/ui/accounts/unit-head-sees-subtree", NULL, test_unit_head_sees_subtree);
  ADD ("/ui/accounts/user-menu-and-password", NULL, test_user_menu_and_password);
  ADD ("/ui/accounts/sign-out-clears", NULL, test_sign_out_clears);
  ADD ("/ui/accounts/accounts-page", NULL, test_accounts_page);
  ADD ("/ui/accounts/last-administrator", NULL, test_last_administrator);
  ADD ("/ui/accounts/own-role-change", NULL, test_own_role_change);
#undef ADD

  return g_test_run ();
}
