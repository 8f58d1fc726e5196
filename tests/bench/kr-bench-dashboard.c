/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-bench-dashboard"

#include "config.h"

#include "kr-bench.h"
#include "kr-chart-render.h"
#include "kr-dashboard-charts.h"
#include "kr-dashboard-repository.h"
#include "kr-database-private.h"
#include "kr-database.h"

/* `karier-tool bench dashboard DB [--year Y] [--samples N]`: every aggregate of the dashboard
 * (issue 8), each one SQL statement, timed over the whole database and over the largest
 * perangkat daerah, then kr_dashboard_repository_load () of each part and of the whole
 * dashboard (one read transaction, as the view opens), and the employees behind a bar and a
 * box; then each chart redrawn as the window draws it after a resize (layout and render on a
 * 480 × 300 surface, screen style). Targets: the whole dashboard in 500 ms at 10^6 employees,
 * a chart redrawn in 5 ms. */

#define TREND_YEARS       5
#define PROMOTION_PERIODS 8

typedef gboolean (*Aggregate) (KrDashboardRepository *repo,
                               const KrDashboardScope *scope,
                               GError **error);

#define COUNTS(name, call)                                                                         \
  static gboolean name (KrDashboardRepository *repo, const KrDashboardScope *scope,                \
                        GError **error)                                                            \
  {                                                                                                \
    g_autoptr (GPtrArray) rows = call;                                                             \
    return rows != NULL;                                                                           \
  }

COUNTS (run_kinds, kr_dashboard_repository_count_employee_kinds (repo, scope, error))
COUNTS (run_golongan, kr_dashboard_repository_count_golongan (repo, scope, error))
COUNTS (run_positions, kr_dashboard_repository_count_position_kinds (repo, scope, error))
COUNTS (run_pyramid, kr_dashboard_repository_count_age_bands (repo, scope, error))
COUNTS (run_training, kr_dashboard_repository_count_training (repo, scope, error))
COUNTS (run_promotions,
        kr_dashboard_repository_count_promotions (repo, scope, PROMOTION_PERIODS, error))
COUNTS (run_retirements, kr_dashboard_repository_count_retirements (repo, scope, error))

static gboolean
run_predikat (KrDashboardRepository *repo, const KrDashboardScope *scope, GError **error)
{
  KrDashboardPredikat p;

  return kr_dashboard_repository_count_predikat (repo, scope, &p, error);
}

static gboolean
run_trend (KrDashboardRepository *repo, const KrDashboardScope *scope, GError **error)
{
  g_autoptr (GArray) years =
      kr_dashboard_repository_predikat_trend (repo, scope, TREND_YEARS, error);

  return years != NULL;
}

static gboolean
run_talent (KrDashboardRepository *repo, const KrDashboardScope *scope, GError **error)
{
  KrTalentGridCounts counts;

  return kr_dashboard_repository_count_talent (repo, scope, &counts, error);
}

static const struct
{
  const char *name;
  Aggregate run;
} aggregates[] = {
  { "Head count by employee kind", run_kinds },
  { "Head count by golongan", run_golongan },
  { "Head count by position kind", run_positions },
  { "Age × gender pyramid", run_pyramid },
  { "Predikat of the year + pola distribusi", run_predikat },
  { "Predikat trend, 5 years", run_trend },
  { "Training JP + budget per perangkat daerah", run_training },
  { "Promotions, last 8 periods", run_promotions },
  { "Retirements, next 5 years", run_retirements },
  { "9-box counts", run_talent },
};

static const struct
{
  const char *name;
  KrDashboardParts parts;
} parts[] = {
  { "load: head counts", KR_DASHBOARD_PART_HEADCOUNT },
  { "load: pyramid", KR_DASHBOARD_PART_PYRAMID },
  { "load: predikat + trend", KR_DASHBOARD_PART_PREDIKAT },
  { "load: training", KR_DASHBOARD_PART_TRAINING },
  { "load: promotions + retirements", KR_DASHBOARD_PART_CAREER },
  { "load: 9-box", KR_DASHBOARD_PART_TALENT },
  { "load: the whole dashboard", KR_DASHBOARD_PART_ALL },
};

/* The employees behind the largest golongan bar and the fullest box: the count and a first
 * page of 50, as the list behind a bar opens */
static gboolean
time_rows (KrDashboardRepository *repo,
           const KrDashboardSnapshot *snapshot,
           guint samples,
           GError **error)
{
  KrDashboardFilter filters[2] = { { KR_DASHBOARD_GOLONGAN }, { KR_DASHBOARD_TALENT_BOX } };
  const char *names[2] = { "employees of the largest golongan bar",
                           "employees of the fullest box" };
  guint most = 0;

  for (guint i = 0; i < snapshot->golongan->len; i++)
    {
      KrDashboardCount *c = g_ptr_array_index (snapshot->golongan, i);

      if (c->count > most)
        {
          most = c->count;
          filters[0].low = filters[0].high = c->filter.low;
        }
    }
  filters[1].low = filters[1].high = 1;
  for (guint box = 1; box <= 9; box++)
    if (snapshot->talent.boxes[box] > snapshot->talent.boxes[filters[1].low])
      filters[1].low = filters[1].high = box;
  for (guint f = 0; f < G_N_ELEMENTS (filters); f++)
    {
      g_autoptr (GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
      g_autofree char *name = NULL;
      guint count = 0;

      for (guint i = 0; i < samples; i++)
        {
          double start = kr_bench_now_ms (), ms;
          g_autoptr (GPtrArray) page = kr_dashboard_repository_list_employees (
              repo, &snapshot->scope, &filters[f], 0, 50, &count, error);

          if (page == NULL)
            return FALSE;
          ms = kr_bench_now_ms () - start;
          g_array_append_val (times, ms);
        }
      name = g_strdup_printf ("list: %s (%u), count + 50", names[f], count);
      kr_bench_print_times (name, times);
    }
  return TRUE;
}

static gint64
query_int (KrDatabase *database, const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = 0;

  if (sqlite3_prepare_v2 (_kr_database_get_handle (database), sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static gboolean
time_scope (KrDashboardRepository *repo,
            const char *what,
            const KrDashboardScope *scope,
            guint samples,
            GError **error)
{
  double sum_p50 = 0;

  g_print ("%s:\n", what);
  for (guint a = 0; a < G_N_ELEMENTS (aggregates); a++)
    {
      g_autoptr (GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

      for (guint i = 0; i < samples; i++)
        {
          double start = kr_bench_now_ms (), ms;

          if (!aggregates[a].run (repo, scope, error))
            return FALSE;
          ms = kr_bench_now_ms () - start;
          g_array_append_val (times, ms);
        }
      kr_bench_print_times (aggregates[a].name, times);
      sum_p50 += kr_bench_percentile (times, 0.5);
    }
  g_print ("  (sum of the p50s: %.1f ms)\n", sum_p50);
  for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
    {
      g_autoptr (GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

      for (guint i = 0; i < samples; i++)
        {
          g_autoptr (KrDashboardSnapshot) snapshot = kr_dashboard_snapshot_new (scope);
          double start = kr_bench_now_ms (), ms;

          if (!kr_dashboard_repository_load (repo, snapshot, parts[p].parts, NULL, error))
            return FALSE;
          ms = kr_bench_now_ms () - start;
          g_array_append_val (times, ms);
          if (parts[p].parts == KR_DASHBOARD_PART_ALL && i == 0 &&
              !time_rows (repo, snapshot, samples, error))
            return FALSE;
        }
      kr_bench_print_times (parts[p].name, times);
    }
  return TRUE;
}

/* Every chart of the whole dashboard's snapshot laid out and drawn again, @samples times */
static gboolean
time_redraw (KrDashboardRepository *repo,
             const KrDashboardScope *scope,
             guint samples,
             GError **error)
{
  g_autoptr (KrDashboardSnapshot) snapshot = kr_dashboard_snapshot_new (scope);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 480, 300);
  cairo_t *cr = cairo_create (surface);
  KrChartStyle style;

  if (!kr_dashboard_repository_load (repo, snapshot, KR_DASHBOARD_PART_ALL, NULL, error))
    {
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
      return FALSE;
    }
  kr_chart_style_init_screen (&style, FALSE);
  g_print ("Redrawing a chart (layout + render, 480 x 300, screen style):\n");
  for (guint chart = 0; chart < KR_DASHBOARD_N_CHARTS; chart++)
    {
      g_autoptr (KrChartData) data =
          kr_dashboard_chart_build (snapshot, (KrDashboardChart) chart, KR_DASHBOARD_LANGUAGE_UI);
      g_autoptr (GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

      for (guint i = 0; i < samples; i++)
        {
          double start = kr_bench_now_ms (), ms;
          g_autoptr (KrChartLayout) layout = kr_chart_layout_new (data, 0, 0, 480, 300, &style);

          kr_chart_render (cr, layout, &style);
          cairo_surface_flush (surface);
          ms = kr_bench_now_ms () - start;
          g_array_append_val (times, ms);
        }
      kr_bench_print_times (kr_dashboard_chart_get_id ((KrDashboardChart) chart), times);
    }
  kr_chart_style_clear (&style);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return TRUE;
}

int
kr_bench_dashboard (int argc, char **argv)
{
  g_autoptr (GOptionContext) context = g_option_context_new ("DB");
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) database = NULL;
  g_autoptr (KrDashboardRepository) repo = NULL;
  KrDashboardScope scope;
  int year = 0, samples = 10;
  gint64 largest;
  GOptionEntry entries[] = {
    { "year", 0, 0, G_OPTION_ARG_INT, &year,
      "The year counted (default: the latest with final annual evaluations)", "Y" },
    { "samples", 0, 0, G_OPTION_ARG_INT, &samples, "Runs of each aggregate (default 10)", "N" },
    { NULL },
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || samples < 1)
    {
      g_printerr ("Usage: karier-tool bench dashboard DB [--year Y] [--samples N]\n");
      return 2;
    }
  database = kr_database_open (argv[1], KR_DATABASE_FLAGS_NO_CREATE, &error);
  if (database == NULL)
    goto failed;
  repo = kr_dashboard_repository_new (database);
  if (year == 0)
    year = (int) query_int (database, "SELECT max (a.year) FROM appraisal a JOIN "
                                      "appraisal_evaluation ev ON ev.appraisal_id = a.id AND "
                                      "ev.period = 0 AND ev.state = 'final'");
  if (year == 0)
    year = 2025;
  largest = query_int (database, "SELECT u.id FROM unit u WHERE u.kind = 'perangkat_daerah' "
                                 "ORDER BY (SELECT count (*) FROM employee e WHERE e.unit_id IN "
                                 "(WITH RECURSIVE t (id) AS (SELECT u.id UNION ALL SELECT c.id "
                                 "FROM unit c JOIN t ON c.parent_id = t.id) SELECT id FROM t)) "
                                 "DESC LIMIT 1");
  g_print ("%s: %lld employees in service, year %d, %d samples\n", argv[1],
           (long long) query_int (database,
                                  "SELECT count (*) FROM employee WHERE status NOT IN "
                                  "('pensiun', 'meninggal', 'diberhentikan', 'berhenti')"),
           year, samples);

  if (!kr_bench_talent_store (database, (guint) year, (guint) samples, &error))
    goto failed;
  kr_dashboard_scope_init (&scope, 0, (guint) year);
  if (!time_scope (repo, "Every unit", &scope, (guint) samples, &error))
    goto failed;
  kr_dashboard_scope_init (&scope, largest, (guint) year);
  if (largest != 0 &&
      !time_scope (repo, "The largest perangkat daerah", &scope, (guint) samples, &error))
    goto failed;
  kr_dashboard_scope_init (&scope, 0, (guint) year);
  if (!time_redraw (repo, &scope, (guint) samples * 10, &error))
    goto failed;
  g_print ("Peak memory: %ld KiB\n", kr_bench_peak_memory_kib ());
  return 0;

failed:
  g_printerr ("bench dashboard: %s\n", error->message);
  return 1;
}
