/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kr-demo.h"
#include "kr-employee-query.h"
#include "kr-employees-page.h"
#include "kr-import-dialog.h"
#include "kr-employee-profile.h"
#include "kr-nip.h"
#include "kr-print-operation.h"
#include "kr-test-ui.h"
#include "kr-test-utils.h"

#define N_EMPLOYEES 300

typedef struct
{
  char *dir;
  KrDatabase *db;
  KrEmployeeRepository *employees;
  KrUnitRepository *units;
  GtkWindow *window;
  KrEmployeesPage *page;
} Fixture;

static gpointer
child (Fixture *fixture, const char *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (fixture->page), KR_TYPE_EMPLOYEES_PAGE, name);
}

static void
fixture_setup (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;
  KrDemoOptions options = { 0 };
  guint n = GPOINTER_TO_UINT (data);

  fixture->dir = kr_test_make_tmp_dir ("karier-employees-XXXXXX");
  path = g_build_filename (fixture->dir, "karier.db", NULL);
  fixture->db = kr_database_open (path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  if (n > 0)
    {
      options.n_employees = n;
      options.seed = 7;
      options.appraisals = KR_DEMO_APPRAISALS_NONE;
      g_assert_true (kr_demo_generate (fixture->db, &options, NULL, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
    }
  fixture->employees = kr_employee_repository_new (fixture->db);
  fixture->units = kr_unit_repository_new (fixture->db);

  fixture->page = KR_EMPLOYEES_PAGE (kr_employees_page_new ());
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1200, 760);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  kr_employees_page_set_repositories (fixture->page, fixture->db, fixture->employees,
                                      fixture->units);
  gtk_window_present (fixture->window);
}

static void
fixture_teardown (Fixture *fixture, gconstpointer data)
{
  gtk_window_destroy (fixture->window);
  kr_test_spin ();
  kr_test_finalize_object (fixture->employees);
  kr_test_finalize_object (fixture->units);
  kr_test_finalize_object (fixture->db);
  kr_test_ui_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static guint
n_items (Fixture *fixture)
{
  return g_list_model_get_n_items (G_LIST_MODEL (kr_employees_page_get_list (fixture->page)));
}

static void
test_page_lists_everyone (Fixture *fixture, gconstpointer data)
{
  g_assert_cmpuint (n_items (fixture), ==, N_EMPLOYEES);
  g_assert_cmpstr (kr_employees_page_get_state (fixture->page), ==, "list");
  g_assert_cmpstr (kr_employees_page_get_count_label (fixture->page), ==, "300 employees");
  kr_test_save_screenshot (GTK_WIDGET (fixture->window), "employees-list");
}

static void
test_page_empty (Fixture *fixture, gconstpointer data)
{
  g_assert_cmpuint (n_items (fixture), ==, 0);
  g_assert_cmpstr (kr_employees_page_get_state (fixture->page), ==, "empty");
  g_assert_cmpstr (kr_employees_page_get_count_label (fixture->page), ==, "0 employees");
  kr_test_save_screenshot (GTK_WIDGET (fixture->window), "employees-empty");
}

static void
test_page_search (Fixture *fixture, gconstpointer data)
{
  GtkEditable *entry = child (fixture, "search_entry");
  g_autoptr (KrEmployee) first = NULL;
  g_autofree char *prefix = NULL;
  guint n;

  /* Search by the first eight digits of someone's NIP: they must be among the results. */
  first = g_list_model_get_item (G_LIST_MODEL (kr_employees_page_get_list (fixture->page)), 0);
  prefix = g_strndup (kr_employee_get_nip (first), 8);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "employees.search", NULL));
  gtk_editable_set_text (entry, prefix);
  g_signal_emit_by_name (entry, "search-changed");
  n = n_items (fixture);
  /* A search is not a filter: the filter button stays plain. */
  g_assert_false (gtk_widget_has_css_class (child (fixture, "filter_button"), "accent"));
  g_assert_cmpuint (n, >=, 1);
  g_assert_cmpuint (n, <, N_EMPLOYEES);
  g_assert_cmpstr (kr_employee_query_get_search (
                       kr_employee_list_get_query (kr_employees_page_get_list (fixture->page))),
                   ==, prefix);

  gtk_editable_set_text (entry, "Zzyzx");
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_cmpuint (n_items (fixture), ==, 0);
  g_assert_cmpstr (kr_employees_page_get_state (fixture->page), ==, "no-results");
  kr_test_save_screenshot (GTK_WIDGET (fixture->window), "employees-no-results");

  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (fixture->page), "employees.clear-filters", NULL));
  g_assert_cmpuint (n_items (fixture), ==, N_EMPLOYEES);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
}

static void
test_page_filter (Fixture *fixture, gconstpointer data)
{
  GtkGrid *grid = child (fixture, "filter_grid");
  /* Row 4 of the filter grid is the employee kind; item 3 is PPPK (after "Any"). */
  GtkDropDown *kind = GTK_DROP_DOWN (gtk_grid_get_child_at (grid, 1, 4));
  g_autoptr (KrEmployeeQuery) pppk = kr_employee_query_new ();
  g_autoptr (KrEmployeeList) expected = NULL;
  guint n;

  kr_employee_query_set_employee_kind (pppk, KR_EMPLOYEE_KIND_PPPK);
  expected = kr_employee_list_new (fixture->employees, pppk);

  gtk_drop_down_set_selected (kind, 1 + KR_EMPLOYEE_KIND_PPPK);
  n = n_items (fixture);
  g_assert_cmpuint (n, ==, g_list_model_get_n_items (G_LIST_MODEL (expected)));
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, <, N_EMPLOYEES);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KrEmployee) employee =
          g_list_model_get_item (G_LIST_MODEL (kr_employees_page_get_list (fixture->page)), i);

      g_assert_cmpint (kr_employee_get_kind (employee), ==, KR_EMPLOYEE_KIND_PPPK);
    }
  g_assert_true (gtk_widget_has_css_class (child (fixture, "filter_button"), "accent"));

  gtk_drop_down_set_selected (kind, 0);
  g_assert_cmpuint (n_items (fixture), ==, N_EMPLOYEES);
  g_assert_false (gtk_widget_has_css_class (child (fixture, "filter_button"), "accent"));
}

static GtkColumnViewColumn *
column_at (Fixture *fixture, guint index)
{
  GListModel *columns = gtk_column_view_get_columns (child (fixture, "column_view"));
  g_autoptr (GtkColumnViewColumn) column = g_list_model_get_item (columns, index);

  return column;
}

static void
test_page_sort_by_header (Fixture *fixture, gconstpointer data)
{
  GtkColumnView *view = child (fixture, "column_view");
  const KrEmployeeQuery *query;
  g_autoptr (KrEmployee) first = NULL;
  g_autoptr (KrEmployee) second = NULL;

  /* What a click on the NIP header does, then a second click on it. */
  gtk_column_view_sort_by_column (view, column_at (fixture, 0), GTK_SORT_ASCENDING);
  query = kr_employee_list_get_query (kr_employees_page_get_list (fixture->page));
  g_assert_cmpint (kr_employee_query_get_sort (query), ==, KR_EMPLOYEE_SORT_NIP);
  g_assert_false (kr_employee_query_get_sort_descending (query));

  gtk_column_view_sort_by_column (view, column_at (fixture, 0), GTK_SORT_DESCENDING);
  query = kr_employee_list_get_query (kr_employees_page_get_list (fixture->page));
  g_assert_true (kr_employee_query_get_sort_descending (query));
  first = g_list_model_get_item (G_LIST_MODEL (kr_employees_page_get_list (fixture->page)), 0);
  second = g_list_model_get_item (G_LIST_MODEL (kr_employees_page_get_list (fixture->page)), 1);
  g_assert_cmpstr (kr_employee_get_nip (first), >, kr_employee_get_nip (second));

  /* Then the grade header: it becomes the one sort, grade first. */
  gtk_column_view_sort_by_column (view, column_at (fixture, 2), GTK_SORT_DESCENDING);
  query = kr_employee_list_get_query (kr_employees_page_get_list (fixture->page));
  g_assert_cmpint (kr_employee_query_get_sort (query), ==, KR_EMPLOYEE_SORT_GOLONGAN);
  g_assert_true (kr_employee_query_get_sort_descending (query));
}

static void
test_page_open_profile (Fixture *fixture, gconstpointer data)
{
  KrEmployeeProfile *profile = child (fixture, "profile");
  g_autoptr (KrEmployee) third = NULL;
  KrEmployee *shown;

  third = g_list_model_get_item (G_LIST_MODEL (kr_employees_page_get_list (fixture->page)), 2);
  g_signal_emit_by_name (child (fixture, "column_view"), "activate", 2);
  g_assert_true (adw_leaflet_get_visible_child (child (fixture, "leaflet")) ==
                 child (fixture, "detail_page"));
  shown = kr_employee_profile_get_employee (profile);
  g_assert_nonnull (shown);
  g_assert_cmpint (kr_employee_get_id (shown), ==, kr_employee_get_id (third));
  kr_test_save_screenshot (GTK_WIDGET (fixture->window), "employees-profile");

  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (fixture->page), "employees.show-list", NULL));
  kr_test_spin ();
  g_assert_true (adw_leaflet_get_visible_child (child (fixture, "leaflet")) ==
                 child (fixture, "list_page"));
}

static void
test_page_live_update (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrEmployee) first = NULL;
  g_autoptr (GError) error = NULL;

  first = g_list_model_get_item (G_LIST_MODEL (kr_employees_page_get_list (fixture->page)), 0);
  g_assert_true (
      kr_employee_repository_delete (fixture->employees, kr_employee_get_id (first), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (fixture), ==, N_EMPLOYEES - 1);
  g_assert_cmpstr (kr_employees_page_get_count_label (fixture->page), ==, "299 employees");
}

/* The NIPs that the mapped cells of the NIP column show, in the order of the widget tree. */
static void
collect_shown_nips (GtkWidget *widget, GtkWidget *column_view, GPtrArray *nips)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_mapped (child))
        continue;
      if (GTK_IS_INSCRIPTION (child))
        {
          const char *text = gtk_inscription_get_text (GTK_INSCRIPTION (child));
          graphene_point_t point;

          /* The first column's cells: the NIP in groups (8-6-1-3, or 8-4-2-1-3 for PPPK). */
          if (text != NULL && strspn (text, "0123456789 ") == strlen (text) &&
              strlen (text) > KR_NIP_LENGTH &&
              gtk_widget_compute_point (child, column_view, &GRAPHENE_POINT_INIT (0, 0), &point) &&
              point.x < 50)
            g_ptr_array_add (nips, g_strdup (text));
        }
      collect_shown_nips (child, column_view, nips);
    }
}

/* Every row on screen shows an employee of the list, and every employee of a short list is on
 * screen, whatever the list showed before. */
static void
assert_rows_show_list (Fixture *fixture)
{
  GtkWidget *view = child (fixture, "column_view");
  KrEmployeeList *list = kr_employees_page_get_list (fixture->page);
  g_autoptr (GPtrArray) shown = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  kr_test_settle (view);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KrEmployee) employee = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_hash_table_add (listed, kr_nip_format_digits (kr_employee_get_nip (employee)));
    }
  collect_shown_nips (view, view, shown);
  g_assert_cmpuint (shown->len, >, 0);
  for (guint i = 0; i < shown->len; i++)
    if (!g_hash_table_contains (listed, g_ptr_array_index (shown, i)))
      g_error ("Row %u shows %s, which is not in the list of %u", i,
               (char *) g_ptr_array_index (shown, i), n);
  if (n <= 10 && shown->len != n)
    {
      g_autoptr (GString) text = g_string_new (NULL);

      for (guint i = 0; i < shown->len; i++)
        g_string_append_printf (text, " [%s]", (char *) g_ptr_array_index (shown, i));
      g_error ("%u rows shown of a list of %u:%s", shown->len, n, text->str);
    }
}

/* Rows keep their widgets when a search replaces the list (kr-slot-model.h): what they show
 * must follow, at the top of the list and after scrolling to its end. */
static void
test_page_rows_follow_search (Fixture *fixture, gconstpointer data)
{
  GtkEditable *entry = child (fixture, "search_entry");
  GtkScrollable *view = child (fixture, "column_view");
  g_autoptr (KrEmployee) last = NULL;
  g_autofree char *prefix = NULL;
  GtkAdjustment *adjustment;
  guint n;

  assert_rows_show_list (fixture);
  last = g_list_model_get_item (G_LIST_MODEL (kr_employees_page_get_list (fixture->page)),
                                n_items (fixture) - 1);
  n = n_items (fixture);
  prefix = g_strndup (kr_employee_get_nip (last), 12);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "employees.search", NULL));

  for (guint round = 0; round < 3; round++)
    {
      /* The second time, from the end of the list. */
      if (round == 1)
        {
          adjustment = gtk_scrollable_get_vadjustment (view);
          kr_test_spin ();
          gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
          kr_test_spin ();
          assert_rows_show_list (fixture);
        }
      if (round == 2)
        {
          /* What End does: the keyboard focus and the selection on the last row. */
          g_assert_true (gtk_widget_activate_action (
              kr_test_find_descendant (GTK_WIDGET (view), GTK_TYPE_LIST_VIEW), "list.select-item",
              "(ubb)", n - 1, FALSE, FALSE));
          g_assert_true (gtk_widget_activate_action (
              kr_test_find_descendant (GTK_WIDGET (view), GTK_TYPE_LIST_VIEW),
              "list.scroll-to-item", "u", n - 1));
          kr_test_spin ();
          assert_rows_show_list (fixture);
        }
      /* Typed a digit at a time: each search narrows the one before. */
      for (guint length = 1; length <= strlen (prefix); length++)
        {
          g_autofree char *typed = g_strndup (prefix, length);

          gtk_editable_set_text (entry, typed);
          g_signal_emit_by_name (entry, "search-changed");
          assert_rows_show_list (fixture);
        }
      g_assert_cmpuint (n_items (fixture), <=, 10);
      gtk_editable_set_text (entry, "");
      g_signal_emit_by_name (entry, "search-changed");
      g_assert_cmpuint (n_items (fixture), ==, n);
      assert_rows_show_list (fixture);
    }
  /* Another order: the same rows, other employees. */
  gtk_column_view_sort_by_column (GTK_COLUMN_VIEW (view), column_at (fixture, 0),
                                  GTK_SORT_DESCENDING);
  assert_rows_show_list (fixture);
}

static gboolean
dialog_settled (gpointer data)
{
  const char *state = kr_import_dialog_get_state (data);

  return g_strcmp0 (state, "analysing") != 0 && g_strcmp0 (state, "importing") != 0;
}

static void
imported_cb (KrImportDialog *dialog, guint n, gpointer user_data)
{
  *(guint *) user_data = n;
}

static KrImportDialog *
open_import (Fixture *fixture, const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "siasn", name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  KrImportDialog *dialog = kr_import_dialog_new (kr_database_get_path (fixture->db), file);

  gtk_window_set_transient_for (GTK_WINDOW (dialog), fixture->window);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_cmpstr (kr_import_dialog_get_state (dialog), ==, "analysing");
  kr_test_wait_until (dialog_settled, dialog);
  return dialog;
}

static gboolean
is_destroyed (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static void
test_page_import (Fixture *fixture, gconstpointer data)
{
  KrImportDialog *dialog = open_import (fixture, "comma.csv");
  GtkWidget *import_button = GTK_WIDGET (
      gtk_widget_get_template_child (GTK_WIDGET (dialog), KR_TYPE_IMPORT_DIALOG, "import_button"));
  guint imported = 0;

  /* Nothing is written by the check. */
  g_assert_cmpstr (kr_import_dialog_get_state (dialog), ==, "report");
  g_assert_cmpuint (n_items (fixture), ==, 0);
  g_assert_true (gtk_widget_get_sensitive (import_button));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (import_button)), ==, "_Import 3 Employees");
  kr_test_save_screenshot (GTK_WIDGET (dialog), "import-report");

  g_signal_connect (dialog, "imported", G_CALLBACK (imported_cb), &imported);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_signal_emit_by_name (import_button, "clicked");
  kr_test_wait_until (is_destroyed, &dialog);
  g_assert_cmpuint (imported, ==, 3);

  /* The import used a connection of its own; the list reads it again. */
  kr_employee_list_refresh (kr_employees_page_get_list (fixture->page));
  g_assert_cmpuint (n_items (fixture), ==, 3);
}

static gboolean
issue_rows_made (gpointer data)
{
  return !kr_import_issues_is_busy (data);
}

static void
test_page_import_rejections (Fixture *fixture, gconstpointer data)
{
  KrImportDialog *dialog = open_import (fixture, "rejections.csv");
  KrImportIssues *rows = kr_import_dialog_get_issues (dialog);
  GtkListBox *issues = kr_import_issues_get_list (rows, KR_SIASN_ISSUE_REJECTED);
  guint n_rejected;

  g_assert_cmpstr (kr_import_dialog_get_state (dialog), ==, "report");
  kr_test_wait_until (issue_rows_made, rows);
  /* Every rejected row is listed with its line. */
  n_rejected = kr_import_issues_get_n_listed (rows, KR_SIASN_ISSUE_REJECTED);
  g_assert_cmpuint (n_rejected, >, 1);
  g_assert_cmpuint (kr_import_issues_get_n_shown (rows, KR_SIASN_ISSUE_REJECTED), ==, n_rejected);
  for (guint i = 0; i < n_rejected; i++)
    g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (
                                  gtk_list_box_get_row_at_index (issues, (int) i))),
                              "Line "));
  kr_test_save_screenshot (GTK_WIDGET (dialog), "import-rejections");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_page_import_bad_file (Fixture *fixture, gconstpointer data)
{
  KrImportDialog *dialog = open_import (fixture, "missing-columns.csv");

  g_assert_cmpstr (kr_import_dialog_get_state (dialog), ==, "error");
  g_assert_cmpuint (n_items (fixture), ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
export_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (g_task_propagate_boolean (G_TASK (result), &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static gboolean
flag_set (gpointer data)
{
  return *(gboolean *) data;
}

static void
test_page_export_filtered (Fixture *fixture, gconstpointer data)
{
  GtkGrid *grid = GTK_GRID (gtk_widget_get_template_child (GTK_WIDGET (fixture->page),
                                                           KR_TYPE_EMPLOYEES_PAGE, "filter_grid"));
  GtkDropDown *kind = GTK_DROP_DOWN (gtk_grid_get_child_at (grid, 1, 4));
  g_autofree char *path = g_build_filename (fixture->dir, "pppk.csv", NULL);
  g_autofree char *contents = NULL;
  g_auto (GStrv) lines = NULL;
  gboolean done = FALSE;
  guint n_pppk, n_lines = 0;

  gtk_drop_down_set_selected (kind, 1 + KR_EMPLOYEE_KIND_PPPK);
  n_pppk = n_items (fixture);
  _kr_employees_page_export_to (fixture->page, path, export_done_cb, &done);
  kr_test_wait_until (flag_set, &done);

  /* The file holds the header and exactly the employees the list shows. */
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0')
      n_lines++;
  g_assert_cmpuint (n_lines, ==, n_pppk + 1);
  g_assert_nonnull (strstr (lines[0], "nip_baru"));
  g_assert_null (strstr (contents, ",PNS,"));
}

/* The print dialog that employees.print opens. */
static GtkWindow *
find_print_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (g_str_equal (G_OBJECT_TYPE_NAME (window), "GtkPrintUnixDialog") &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

static gboolean
print_dialog_shown (gpointer data)
{
  return find_print_dialog () != NULL;
}

static gboolean
print_dialog_gone (gpointer data)
{
  return find_print_dialog () == NULL;
}

/* Print prints what the list shows: its search, filters and order, every row once. */
static void
test_page_print (Fixture *fixture, gconstpointer data)
{
  GtkColumnView *view = child (fixture, "column_view");
  GtkGrid *grid = GTK_GRID (child (fixture, "filter_grid"));
  GtkDropDown *kind = GTK_DROP_DOWN (gtk_grid_get_child_at (grid, 1, 4));
  g_autofree char *path = g_build_filename (fixture->dir, "list.pdf", NULL);
  g_autoptr (KrPrintOperation) operation = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GRegex) nip = g_regex_new ("\\b\\d{8} \\d{6} \\d \\d{3}\\b", 0, 0, NULL);
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char *text = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *count = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  const char *argv[] = { pdftotext, "-layout", path, "-", NULL };
  KrEmployeeList *list = kr_employees_page_get_list (fixture->page);
  GtkWindow *dialog;
  guint n, i = 0;

  gtk_drop_down_set_selected (kind, 1 + KR_EMPLOYEE_KIND_PNS);
  gtk_column_view_sort_by_column (view, column_at (fixture, 0), GTK_SORT_DESCENDING);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, <, N_EMPLOYEES);

  /* Ctrl+P and the menu item: the print dialog, over the window. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "employees.print", NULL));
  kr_test_wait_until (print_dialog_shown, NULL);
  dialog = find_print_dialog ();
  g_assert_true (gtk_window_get_transient_for (dialog) == fixture->window);
  kr_test_save_screenshot (GTK_WIDGET (dialog), "print-dialog");
  gtk_window_close (dialog);
  kr_test_wait_until (print_dialog_gone, NULL);
  kr_test_spin ();

  /* The operation the action prints, written to a PDF. */
  operation = kr_print_operation_new_employee_list (
      NULL, fixture->db, kr_employee_list_get_query (list), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (kr_print_operation_export_pdf (operation, path, &error));
  g_assert_no_error (error);
  if (pdftotext == NULL)
    g_error ("pdftotext not found: the print tests need poppler-utils");
  g_assert_cmpint (kr_test_spawn (fixture->dir, (char **) argv, &out, &err), ==, 0);
  count = g_strdup_printf ("Jumlah: %u pegawai", n);
  g_assert_nonnull (strstr (out, count));
  g_assert_nonnull (strstr (out, "Jenis pegawai: PNS"));
  g_assert_nonnull (strstr (out, "Urutan: NIP, menurun"));
  g_regex_match (nip, out, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *printed = g_match_info_fetch (match, 0);
      g_autoptr (KrEmployee) employee = g_list_model_get_item (G_LIST_MODEL (list), i++);
      g_autofree char *shown = kr_nip_format_digits (kr_employee_get_nip (employee));

      g_assert_cmpstr (printed, ==, shown);
      g_match_info_next (match, NULL);
    }
  g_assert_cmpuint (i, ==, n);
}

int
main (int argc, char *argv[])
{
  kr_test_ui_init (&argc, &argv);

#define ADD(path, n, func)                                                                         \
  g_test_add (path, Fixture, GUINT_TO_POINTER (n), fixture_setup, func, fixture_teardown)
  ADD ("/ui/employees/lists-everyone", N_EMPLOYEES, test_page_lists_everyone);
  ADD ("/ui/employees/empty", 0, test_page_empty);
  ADD ("/ui/employees/search", N_EMPLOYEES, test_page_search);
  ADD ("/ui/employees/filter", N_EMPLOYEES, test_page_filter);
  ADD ("/ui/employees/sort-by-header", N_EMPLOYEES, test_page_sort_by_header);
  /* More employees than the 200 rows a list view keeps. */
  ADD ("/ui/employees/rows-follow-search", 2000, test_page_rows_follow_search);
  ADD ("/ui/employees/open-profile", N_EMPLOYEES, test_page_open_profile);
  ADD ("/ui/employees/live-update", N_EMPLOYEES, test_page_live_update);
  ADD ("/ui/employees/export-filtered", N_EMPLOYEES, test_page_export_filtered);
  ADD ("/ui/employees/print", N_EMPLOYEES, test_page_print);
  ADD ("/ui/employees/import", 0, test_page_import);
  ADD ("/ui/employees/import-rejections", 0, test_page_import_rejections);
  ADD ("/ui/employees/import-bad-file", 0, test_page_import_bad_file);
#undef ADD

  return g_test_run ();
}
