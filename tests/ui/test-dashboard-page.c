/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <sqlite3.h>
#include <string.h>

#include "kr-chart.h"
#include "kr-dashboard-employees-dialog.h"
#include "kr-dashboard-page.h"
#include "kr-database-private.h"
#include "kr-demo.h"
#include "kr-paged-model.h"
#include "kr-test-ui.h"
#include "kr-test-utils.h"

/* The KrChart widget and the Dashboard page over a demo organisation in a database file (the
 * page reads in workers with connections of their own). */

#define N_EMPLOYEES 300

/* The chart widget alone */

static KrChartData *
golongan_chart (void)
{
  KrChartData *data = kr_chart_data_new (KR_CHART_KIND_BAR);
  guint pns, pppk;

  kr_chart_data_set_title (data, "Pegawai menurut golongan");
  kr_chart_data_set_stacked (data, TRUE);
  pns = kr_chart_data_add_series (data, "PNS");
  pppk = kr_chart_data_add_series (data, "PPPK");
  kr_chart_data_add_category (data, "II");
  kr_chart_data_add_category (data, "III");
  kr_chart_data_add_category (data, "IV");
  kr_chart_data_set_value (data, pns, 0, 12);
  kr_chart_data_set_value (data, pns, 1, 30);
  kr_chart_data_set_value (data, pns, 2, 8);
  kr_chart_data_set_value (data, pppk, 0, 4);
  kr_chart_data_set_value (data, pppk, 1, 0);
  kr_chart_data_set_value (data, pppk, 2, 2);
  return data;
}

static void
on_item_activated_cb (KrChart *chart, guint series, guint category, gpointer user_data)
{
  guint *hit = user_data;

  hit[0] = series;
  hit[1] = category;
  hit[2]++;
}

static void
test_chart_widget (void)
{
  g_autoptr (KrChartData) data = golongan_chart ();
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  KrChart *chart = KR_CHART (kr_chart_new ());
  g_autofree char *text = NULL;
  graphene_rect_t rect, rect_pns;
  guint series = 9, category = 9;
  guint hit[3] = { 0, 0, 0 };

  gtk_window_set_child (window, GTK_WIDGET (chart));
  gtk_window_set_default_size (window, 600, 400);
  g_signal_connect (chart, "item-activated", G_CALLBACK (on_item_activated_cb), hit);

  /* Without data: an image that says so */
  g_assert_cmpstr (kr_chart_get_label (chart), ==, "Chart");
  g_assert_cmpstr (kr_chart_get_description (chart), ==, "No data");

  kr_chart_set_data (chart, data);
  gtk_window_present (window);
  kr_test_settle (GTK_WIDGET (window));

  /* Accessible label and description: the title and the data */
  g_assert_cmpstr (kr_chart_get_label (chart), ==, "Pegawai menurut golongan");
  g_assert_nonnull (strstr (kr_chart_get_description (chart), "III"));
  g_assert_nonnull (strstr (kr_chart_get_description (chart), "30"));

  /* The value under the pointer */
  text = kr_chart_get_item_text (chart, 0, 1);
  g_assert_cmpstr (text, ==, "III — PNS: 30");
  g_assert_null (kr_chart_get_item_text (chart, 2, 0));
  g_assert_true (kr_chart_get_item_rect (chart, 1, 2, &rect));
  g_assert_true (kr_chart_get_item_rect (chart, 0, 2, &rect_pns));
  /* Stacked: PPPK (2) sits on PNS (8), a quarter of its height */
  g_assert_cmpfloat (rect.origin.y + rect.size.height, <=, rect_pns.origin.y + 1);
  g_assert_cmpfloat (fabs (rect.size.height * 4 - rect_pns.size.height), <, 2);
  g_assert_true (kr_chart_pick (chart, rect.origin.x + rect.size.width / 2,
                                rect.origin.y + rect.size.height / 2, &series, &category));
  g_assert_cmpuint (series, ==, 1);
  g_assert_cmpuint (category, ==, 2);
  g_assert_false (kr_chart_pick (chart, 1, 1, &series, &category));

  /* A click activates only an activatable chart */
  _kr_chart_click (chart, rect.origin.x + rect.size.width / 2,
                   rect.origin.y + rect.size.height / 2);
  g_assert_cmpuint (hit[2], ==, 0);
  kr_chart_set_activatable (chart, TRUE);
  _kr_chart_click (chart, rect.origin.x + rect.size.width / 2,
                   rect.origin.y + rect.size.height / 2);
  g_assert_cmpuint (hit[2], ==, 1);
  g_assert_cmpuint (hit[0], ==, 1);
  g_assert_cmpuint (hit[1], ==, 2);
  kr_chart_get_focus_item (chart, &series, &category);
  g_assert_cmpuint (series, ==, 1);
  g_assert_cmpuint (category, ==, 2);
  g_free (text);
  text = kr_chart_get_item_text (chart, 1, 2);
  g_assert_nonnull (strstr (text, "Click to list the employees"));
  kr_test_save_screenshot (GTK_WIDGET (window), "chart-widget");

  /* Show as table: one row per category */
  kr_chart_set_show_table (chart, TRUE);
  g_assert_true (kr_chart_get_show_table (chart));
  g_assert_cmpuint (kr_chart_get_n_table_rows (chart), ==, 3);
  kr_test_settle (GTK_WIDGET (window));
  kr_test_save_screenshot (GTK_WIDGET (window), "chart-widget-table");
  kr_chart_set_show_table (chart, FALSE);

  /* Dark */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  kr_test_settle (GTK_WIDGET (window));
  kr_test_save_screenshot (GTK_WIDGET (window), "chart-widget");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  gtk_window_destroy (window);
  kr_test_spin ();
}

/* The page */

typedef struct
{
  char *dir;
  KrDatabase *db;
  KrDashboardRepository *dashboard;
  KrTalentRepository *talent;
  KrUnitRepository *units;
  GtkWindow *window;
  KrDashboardPage *page;
  guint year;
} Fixture;

static void
fixture_setup (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;
  KrDemoOptions options = { 0 };

  fixture->dir = kr_test_make_tmp_dir ("karier-dashboard-XXXXXX");
  path = g_build_filename (fixture->dir, "karier.db", NULL);
  fixture->db = kr_database_open (path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  options.n_employees = N_EMPLOYEES;
  options.seed = 7;
  options.appraisals = KR_DEMO_APPRAISALS_ALL;
  g_assert_true (kr_demo_generate (fixture->db, &options, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  fixture->dashboard = kr_dashboard_repository_new (fixture->db);
  fixture->talent = kr_talent_repository_new (fixture->db);
  fixture->units = kr_unit_repository_new (fixture->db);
  g_assert_true (kr_talent_repository_get_latest_year (fixture->talent, &fixture->year, &error));
  g_assert_no_error (error);

  fixture->page = KR_DASHBOARD_PAGE (kr_dashboard_page_new ());
  fixture->window = GTK_WINDOW (adw_window_new ());
  {
    GtkWidget *overlay = adw_toast_overlay_new ();

    adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (fixture->page));
    adw_window_set_content (ADW_WINDOW (fixture->window), overlay);
  }
  gtk_window_set_default_size (fixture->window, data != NULL ? GPOINTER_TO_INT (data) : 1300, 900);
  kr_dashboard_page_set_repositories (fixture->page, fixture->db, fixture->dashboard,
                                      fixture->talent, fixture->units);
  gtk_window_present (fixture->window);
  kr_test_spin ();
}

static void
fixture_teardown (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  kr_test_spin ();
  {
    gint64 until = g_get_monotonic_time () + 300 * G_TIME_SPAN_MILLISECOND;

    while (g_get_monotonic_time () < until)
      g_main_context_iteration (NULL, FALSE);
  }
  kr_test_finalize_object (fixture->dashboard);
  kr_test_finalize_object (fixture->talent);
  kr_test_finalize_object (fixture->units);
  kr_test_finalize_object (fixture->db);
  kr_test_ui_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static gboolean
page_done (gpointer data)
{
  const KrDashboardSnapshot *snapshot = kr_dashboard_page_get_snapshot (data);

  return !kr_dashboard_page_is_loading (data) && snapshot != NULL &&
         snapshot->parts == KR_DASHBOARD_PART_ALL;
}

static gboolean
model_counted (gpointer data)
{
  return kr_paged_model_get_counted (data) && !kr_paged_model_get_loading (data);
}

static guint
query_count (Fixture *fixture, const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  guint count;

  g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (fixture->db), sql, -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = (guint) sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return count;
}

static double
chart_total (KrChart *chart)
{
  KrChartData *data = kr_chart_get_data (chart);
  double total = 0;

  for (guint s = 0; s < kr_chart_data_get_n_series (data); s++)
    for (guint c = 0; c < kr_chart_data_get_n_categories (data); c++)
      total += kr_chart_data_get_value (data, s, c);
  return total;
}

static void
test_page (Fixture *fixture, gconstpointer data)
{
  KrChart *kinds, *golongan;
  KrChartData *golongan_data;
  KrTalentGridView *grid;
  const KrDashboardSnapshot *snapshot;
  guint in_service, category = 0, series = 0;
  double best = -1;
  GtkWindow *dialog;
  KrDashboardEmployeeModel *model;
  g_autofree char *expected = NULL;

  /* Year 0: the latest appraised year, as a database opens */
  kr_dashboard_page_set_filter (fixture->page, 0, 0);
  kr_test_wait_until (page_done, fixture->page);
  snapshot = kr_dashboard_page_get_snapshot (fixture->page);
  g_assert_cmpuint (snapshot->scope.year, ==, fixture->year);
  g_assert_true (gtk_widget_is_sensitive (kr_dashboard_page_get_print_button (fixture->page)));

  /* Headcount: every employee in service, once */
  in_service = query_count (fixture, "SELECT count(*) FROM employee WHERE status NOT IN "
                                     "('pensiun', 'meninggal', 'diberhentikan', 'berhenti')");
  kinds = kr_dashboard_page_get_chart (fixture->page, KR_DASHBOARD_CHART_EMPLOYEE_KINDS);
  golongan = kr_dashboard_page_get_chart (fixture->page, KR_DASHBOARD_CHART_GOLONGAN);
  g_assert_cmpfloat (chart_total (kinds), ==, in_service);
  g_assert_cmpfloat (chart_total (golongan), ==, in_service);
  g_assert_nonnull (kr_chart_get_description (golongan));
  g_assert_nonnull (strstr (kr_chart_get_description (golongan), "III/"));
  g_assert_true (kr_chart_get_activatable (golongan));
  /* The title is the card's heading and the chart's accessible label */
  g_assert_cmpstr (kr_chart_get_label (golongan), !=, "Chart");

  /* Every chart has data (the demo has appraisals, training, promotions and retirements) */
  for (guint i = 0; i < KR_DASHBOARD_N_CHARTS; i++)
    {
      KrChart *chart = kr_dashboard_page_get_chart (fixture->page, (KrDashboardChart) i);

      if (kr_chart_data_is_empty (kr_chart_get_data (chart)))
        g_test_message ("chart %s is empty", kr_dashboard_chart_get_id ((KrDashboardChart) i));
    }

  /* The 9-box: the snapshot's counts */
  grid = kr_dashboard_page_get_talent_grid (fixture->page);
  {
    guint placed = 0;

    for (guint box = 1; box <= 9; box++)
      {
        g_assert_cmpuint (kr_talent_grid_view_get_count (grid, box), ==,
                          snapshot->talent.boxes[box]);
        placed += snapshot->talent.boxes[box];
      }
    g_assert_cmpuint (kr_talent_grid_view_get_total (grid), ==, placed);
  }

  kr_test_settle (GTK_WIDGET (fixture->window));
  kr_test_save_screenshot (GTK_WIDGET (fixture->window), "dashboard");
  /* The biggest golongan bar opens its employees: as many as it counted */
  golongan_data = kr_chart_get_data (golongan);
  for (guint s = 0; s < kr_chart_data_get_n_series (golongan_data); s++)
    for (guint c = 0; c < kr_chart_data_get_n_categories (golongan_data); c++)
      if (kr_chart_data_get_value (golongan_data, s, c) > best)
        {
          best = kr_chart_data_get_value (golongan_data, s, c);
          series = s;
          category = c;
        }
  g_assert_cmpfloat (best, >, 0);
  dialog =
      kr_dashboard_page_open_item (fixture->page, KR_DASHBOARD_CHART_GOLONGAN, series, category);
  g_assert_nonnull (dialog);
  model = kr_dashboard_employees_dialog_get_model (KR_DASHBOARD_EMPLOYEES_DIALOG (dialog));
  kr_test_wait_until (model_counted, model);
  g_assert_cmpuint (kr_paged_model_get_count (KR_PAGED_MODEL (model)), ==, (guint) best);
  expected = g_strdup_printf ("%u employees", (guint) best);
  g_assert_cmpstr (
      kr_dashboard_employees_dialog_get_count_text (KR_DASHBOARD_EMPLOYEES_DIALOG (dialog)), ==,
      expected);
  kr_test_settle (GTK_WIDGET (dialog));
  kr_test_save_screenshot (GTK_WIDGET (dialog), "dashboard-employees");
  gtk_window_destroy (dialog);

  /* The dark style */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  kr_test_settle (GTK_WIDGET (fixture->window));
  kr_test_save_screenshot (GTK_WIDGET (fixture->window), "dashboard");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

/* One unit: fewer employees than the whole province, and the subtitle names it */
static void
test_unit (Fixture *fixture, gconstpointer data)
{
  gint64 unit_id;
  guint in_unit;
  g_autofree char *sql = NULL;

  unit_id = query_count (fixture, "SELECT id FROM unit WHERE parent_id = (SELECT id FROM unit "
                                  "WHERE parent_id IS NULL) ORDER BY id LIMIT 1");
  sql = g_strdup_printf (
      "WITH RECURSIVE sub (id) AS (SELECT %lld UNION ALL SELECT c.id FROM unit c JOIN sub ON "
      "c.parent_id = sub.id) SELECT count(*) FROM employee WHERE unit_id IN (SELECT id FROM sub) "
      "AND status NOT IN ('pensiun', 'meninggal', 'diberhentikan', 'berhenti')",
      (long long) unit_id);
  in_unit = query_count (fixture, sql);
  g_assert_cmpuint (in_unit, >, 0);
  g_assert_cmpuint (in_unit, <, N_EMPLOYEES);

  kr_dashboard_page_set_filter (fixture->page, unit_id, fixture->year);
  kr_test_wait_until (page_done, fixture->page);
  g_assert_cmpint (kr_dashboard_page_get_snapshot (fixture->page)->scope.unit_id, ==, unit_id);
  g_assert_nonnull (kr_dashboard_page_get_snapshot (fixture->page)->unit_name);
  g_assert_cmpfloat (
      chart_total (kr_dashboard_page_get_chart (fixture->page, KR_DASHBOARD_CHART_EMPLOYEE_KINDS)),
      ==, in_unit);

  /* Shown again (after another section): read again, the charts and the snapshot kept until the
   * new data arrives */
  gtk_widget_set_visible (GTK_WIDGET (fixture->page), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (fixture->page), TRUE);
  g_assert_true (kr_dashboard_page_is_loading (fixture->page));
  g_assert_nonnull (kr_dashboard_page_get_snapshot (fixture->page));
  g_assert_cmpint (kr_dashboard_page_get_snapshot (fixture->page)->parts, ==,
                   KR_DASHBOARD_PART_ALL);
  g_assert_cmpfloat (
      chart_total (kr_dashboard_page_get_chart (fixture->page, KR_DASHBOARD_CHART_EMPLOYEE_KINDS)),
      ==, in_unit);
  kr_test_wait_until (page_done, fixture->page);
  g_assert_cmpint (kr_dashboard_page_get_snapshot (fixture->page)->scope.unit_id, ==, unit_id);
  g_assert_cmpfloat (
      chart_total (kr_dashboard_page_get_chart (fixture->page, KR_DASHBOARD_CHART_EMPLOYEE_KINDS)),
      ==, in_unit);
}

/* At 360 pixels the cards stack in one column and nothing is wider than the window */
static void
test_narrow (Fixture *fixture, gconstpointer data)
{
  int minimum = 0;

  kr_dashboard_page_set_filter (fixture->page, 0, fixture->year);
  kr_test_wait_until (page_done, fixture->page);
  gtk_widget_measure (GTK_WIDGET (fixture->page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL,
                      NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  kr_test_settle (GTK_WIDGET (fixture->window));
  kr_test_save_screenshot (GTK_WIDGET (fixture->window), "dashboard-narrow");
}

int
main (int argc, char **argv)
{
  kr_test_ui_init (&argc, &argv);

  g_test_add_func ("/dashboard/chart-widget", test_chart_widget);
  g_test_add ("/dashboard/page", Fixture, NULL, fixture_setup, test_page, fixture_teardown);
  g_test_add ("/dashboard/unit", Fixture, NULL, fixture_setup, test_unit, fixture_teardown);
  g_test_add ("/dashboard/narrow", Fixture, GINT_TO_POINTER (360), fixture_setup, test_narrow,
              fixture_teardown);
  return g_test_run ();
}
