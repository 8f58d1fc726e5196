/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-bench-dashboard"

#include "config.h"

#include "kr-bench.h"
#include "kr-database-private.h"
#include "kr-talent-repository-private.h"

/* Part of `karier-tool bench dashboard`: the 9-box stored per year (talent_placement,
 * migration 13). The year's state is dropped first, so the first read classifies the whole
 * year and stores it; then warm reads; then reads after one employee was marked changed (what
 * the triggers record for an evaluation, an assessment, a sanction…; the mark is written
 * directly so that the benchmark changes no data); the list of the fullest box (count + a
 * page of 50); and the same grid and list classified live, the way before. Only the cache
 * tables are written. */

static gboolean
exec_sql (KrDatabase *database, const char *sql, GError **error)
{
  int rc = sqlite3_exec (_kr_database_get_handle (database), sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    _kr_database_set_error (database, error, rc, "Could not write");
  return rc == SQLITE_OK;
}

static gboolean
box_page (KrTalentRepository *talent, const KrTalentQuery *query, gboolean live, GError **error)
{
  g_autoptr (GPtrArray) page = NULL;
  guint n = 0;

  if (live ? !_kr_talent_repository_count_employees_live (talent, query, &n, NULL, error)
           : !kr_talent_repository_count_employees (talent, query, &n, NULL, error))
    return FALSE;
  page = live ? _kr_talent_repository_list_employees_live (talent, query, 0, 50, NULL, error)
              : kr_talent_repository_list_employees (talent, query, 0, 50, NULL, error);
  return page != NULL;
}

static gboolean
time_live (KrTalentRepository *talent, KrTalentQuery *query, guint samples, GError **error)
{
  g_autoptr (GArray) grid = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) list = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < samples; i++)
    {
      KrTalentGridCounts counts;
      double start = kr_bench_now_ms (), ms;

      if (!_kr_talent_repository_count_grid_live (talent, query, &counts, NULL, error))
        return FALSE;
      ms = kr_bench_now_ms () - start;
      g_array_append_val (grid, ms);
      start = kr_bench_now_ms ();
      query->status = KR_TALENT_STATUS_PLACED;
      if (!box_page (talent, query, TRUE, error))
        return FALSE;
      query->status = -1;
      ms = kr_bench_now_ms () - start;
      g_array_append_val (list, ms);
    }
  kr_bench_print_times ("live: 9-box grid, classified", grid);
  kr_bench_print_times ("live: fullest box, count + 50", list);
  return TRUE;
}

gboolean
kr_bench_talent_store (KrDatabase *database, guint year, guint samples, GError **error)
{
  g_autoptr (KrTalentRepository) talent = kr_talent_repository_new (database);
  g_autoptr (GArray) warm = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) marked = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) list = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *forget = g_strdup_printf (
      "DELETE FROM talent_placement_state WHERE year = %u; DELETE FROM talent_placement WHERE "
      "year = %u",
      year, year);
  KrTalentGridCounts counts;
  KrTalentQuery query;
  double start, ms;

  g_print ("The 9-box stored per year (every unit, year %u):\n", year);
  kr_talent_query_init (&query, year);
  if (!exec_sql (database, forget, error))
    return FALSE;
  start = kr_bench_now_ms ();
  if (!kr_talent_repository_count_grid (talent, &query, &counts, NULL, error))
    return FALSE;
  g_print ("  first read (the whole year classified and stored): %.1f ms, %u employees\n",
           kr_bench_now_ms () - start, counts.total);
  for (guint i = 0; i < samples; i++)
    {
      start = kr_bench_now_ms ();
      if (!kr_talent_repository_count_grid (talent, &query, &counts, NULL, error))
        return FALSE;
      ms = kr_bench_now_ms () - start;
      g_array_append_val (warm, ms);
    }
  kr_bench_print_times ("stored: 9-box grid, warm", warm);
  for (guint i = 0; i < samples; i++)
    {
      g_autofree char *mark = g_strdup_printf (
          "INSERT INTO talent_dirty (employee_id) SELECT employee_id FROM talent_placement "
          "WHERE year = %u AND status = %d ORDER BY employee_id LIMIT 1 OFFSET %u",
          year, KR_TALENT_STATUS_PLACED, i * 997);

      if (!exec_sql (database, mark, error))
        return FALSE;
      start = kr_bench_now_ms ();
      if (!kr_talent_repository_count_grid (talent, &query, &counts, NULL, error))
        return FALSE;
      ms = kr_bench_now_ms () - start;
      g_array_append_val (marked, ms);
    }
  kr_bench_print_times ("stored: 9-box grid after one employee changed", marked);
  query.box = 1;
  for (guint box = 2; box <= 9; box++)
    if (counts.boxes[box] > counts.boxes[query.box])
      query.box = box;
  for (guint i = 0; i < samples; i++)
    {
      start = kr_bench_now_ms ();
      query.status = KR_TALENT_STATUS_PLACED;
      if (!box_page (talent, &query, FALSE, error))
        return FALSE;
      query.status = -1;
      ms = kr_bench_now_ms () - start;
      g_array_append_val (list, ms);
    }
  g_print ("  (fullest box: %u, %u employees)\n", query.box, counts.boxes[query.box]);
  kr_bench_print_times ("stored: fullest box, count + 50", list);
  return time_live (talent, &query, MIN (samples, 3), error);
}
