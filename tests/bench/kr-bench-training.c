/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-bench-training"

#include "config.h"

#include <glib/gstdio.h>

#include "kr-bench.h"
#include "kr-database-private.h"
#include "kr-database.h"
#include "kr-demo.h"
#include "kr-training-repository.h"
#include "kr-unit-repository.h"

/* `karier-tool bench training DB [--generate N]`: the training section's reads on a province
 * with training data (issue 6), each as the GUI or `karier-tool` makes it:
 * - the compliance list of the whole province and of the largest perangkat daerah: the count
 *   and the first page (one query each, as the Compliance view's first page), then random
 *   pages;
 * - an employee's Training tab: history and JP of five years, for random employees;
 * - checking a nomination of 30 employees to a session;
 * - the plan proposal of each perangkat daerah for next year.
 * --generate N first makes DB as `karier-tool demo` would, with training data whatever N. */

#define PAGE_SIZE 200
#define SAMPLES   20

static gboolean
generate (const char *path, guint n_employees, GError **error)
{
  g_autoptr (KrDatabase) database = NULL;
  KrDemoOptions options = { .n_employees = n_employees,
                            .seed = 1,
                            .appraisals = KR_DEMO_APPRAISALS_NONE,
                            .training = KR_DEMO_TRAINING_ALL };
  KrDemoSummary summary = { 0 };
  double start = kr_bench_now_ms ();

  g_unlink (path);
  database = kr_database_open (path, KR_DATABASE_FLAGS_NONE, error);
  if (database == NULL || !kr_demo_generate (database, &options, NULL, NULL, NULL, &summary, error))
    return FALSE;
  g_print ("Generated %u employees, %u enrolments, %u training records in %.1f s\n",
           summary.n_employees, summary.n_enrolments, summary.n_training_records,
           (kr_bench_now_ms () - start) / 1000);
  return TRUE;
}

static gboolean
time_compliance (KrTrainingRepository *training,
                 const char *what,
                 const KrComplianceQuery *query,
                 GError **error)
{
  g_autoptr (GArray) first = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) pages = g_array_new (FALSE, FALSE, sizeof (double));
  guint n_rows = 0;

  for (guint i = 0; i < SAMPLES; i++)
    {
      double start = kr_bench_now_ms ();
      g_autoptr (GPtrArray) rows = NULL;
      double ms;

      if (!kr_training_repository_count_compliance (training, query, &n_rows, error))
        return FALSE;
      rows = kr_training_repository_list_compliance (training, query, 0, PAGE_SIZE, error);
      if (rows == NULL)
        return FALSE;
      ms = kr_bench_now_ms () - start;
      g_array_append_val (first, ms);
    }
  for (guint i = 0; i < SAMPLES && n_rows > 0; i++)
    {
      guint offset = g_random_int_range (0, (gint32) MAX (n_rows, 1));
      double start = kr_bench_now_ms ();
      g_autoptr (GPtrArray) rows =
          kr_training_repository_list_compliance (training, query, offset, PAGE_SIZE, error);
      double ms;

      if (rows == NULL)
        return FALSE;
      ms = kr_bench_now_ms () - start;
      g_array_append_val (pages, ms);
    }
  g_print ("%s (%u employees below the duty):\n", what, n_rows);
  kr_bench_print_times ("  count + first page", first);
  kr_bench_print_times ("  a random page", pages);
  return TRUE;
}

static gboolean
query_ids (KrDatabase *database, const char *sql, GArray *ids, GError **error)
{
  sqlite3 *db = _kr_database_get_handle (database);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", sql, sqlite3_errmsg (db));
      return FALSE;
    }
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_finalize (stmt);
  return TRUE;
}

static gboolean
time_profiles (KrTrainingRepository *training, GArray *employees, guint year, GError **error)
{
  g_autoptr (GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < SAMPLES * 5 && employees->len > 0; i++)
    {
      gint64 id =
          g_array_index (employees, gint64, g_random_int_range (0, (gint32) employees->len));
      double start = kr_bench_now_ms ();
      g_autoptr (GPtrArray) history = kr_training_repository_list_history (training, id, error);
      g_autoptr (GArray) years =
          history != NULL
              ? kr_training_repository_list_jp_years (training, id, year - 4, year, error)
              : NULL;
      double ms;

      if (years == NULL)
        return FALSE;
      ms = kr_bench_now_ms () - start;
      g_array_append_val (times, ms);
    }
  kr_bench_print_times ("An employee's Training tab (history + 5 years of JP)", times);
  return TRUE;
}

static gboolean
time_checks (KrDatabase *database,
             KrTrainingRepository *training,
             GArray *employees,
             guint year,
             GError **error)
{
  g_autoptr (GArray) sessions = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM training_session WHERE status IN "
                                          "('planned', 'open') AND start_date LIKE '%u-%%'",
                                          year + 1);
  gint64 chosen[30];

  if (!query_ids (database, sql, sessions, error))
    return FALSE;
  for (guint i = 0; i < SAMPLES && sessions->len > 0 && employees->len > 0; i++)
    {
      gint64 session =
          g_array_index (sessions, gint64, g_random_int_range (0, (gint32) sessions->len));
      g_autoptr (GPtrArray) problems = NULL;
      double start;
      double ms;

      for (guint j = 0; j < G_N_ELEMENTS (chosen); j++)
        chosen[j] =
            g_array_index (employees, gint64, g_random_int_range (0, (gint32) employees->len));
      start = kr_bench_now_ms ();
      problems = kr_training_repository_check_nominations (training, session, chosen,
                                                           G_N_ELEMENTS (chosen), error);
      if (problems == NULL)
        return FALSE;
      ms = kr_bench_now_ms () - start;
      g_array_append_val (times, ms);
    }
  kr_bench_print_times ("Checking a nomination of 30 employees", times);
  return TRUE;
}

static gboolean
time_plans (KrDatabase *database, KrTrainingRepository *training, guint year, GError **error)
{
  g_autoptr (GArray) units = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  guint n_items = 0;

  if (!query_ids (database, "SELECT id FROM unit WHERE kind = 'perangkat_daerah'", units, error))
    return FALSE;
  for (guint i = 0; i < units->len; i++)
    {
      double start = kr_bench_now_ms ();
      g_autoptr (KrTrainingPlan) plan = kr_training_repository_propose_plan (
          training, g_array_index (units, gint64, i), TRUE, year + 1, NULL, error);
      double ms;

      if (plan == NULL)
        return FALSE;
      ms = kr_bench_now_ms () - start;
      g_array_append_val (times, ms);
      n_items += plan->items->len;
    }
  g_print ("Plan proposals of %u perangkat daerah for %u (%u nominations proposed):\n", units->len,
           year + 1, n_items);
  kr_bench_print_times ("  one perangkat daerah", times);
  return TRUE;
}

int
kr_bench_training (int argc, char **argv)
{
  g_autoptr (GOptionContext) context = g_option_context_new ("DB");
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) database = NULL;
  g_autoptr (KrTrainingRepository) training = NULL;
  g_autoptr (GArray) employees = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray) largest = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  guint year = (guint) g_date_time_get_year (now);
  int generate_count = 0;
  GOptionEntry entries[] = {
    { "generate", 0, 0, G_OPTION_ARG_INT, &generate_count,
      "First make DB: a demo of N employees with training data", "N" },
    { NULL },
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("Usage: karier-tool bench training DB [--generate N]\n");
      return 2;
    }
  if (generate_count > 0 && !generate (argv[1], (guint) generate_count, &error))
    goto failed;
  database = kr_database_open (argv[1], KR_DATABASE_FLAGS_NO_CREATE, &error);
  if (database == NULL)
    goto failed;
  training = kr_training_repository_new (database);
  if (!query_ids (database, "SELECT id FROM employee WHERE status = 'aktif'", employees, &error) ||
      !query_ids (database,
                  "SELECT u.id FROM unit u WHERE u.kind = 'perangkat_daerah' ORDER BY (SELECT "
                  "count (*) FROM employee e WHERE e.unit_id IN (WITH RECURSIVE t (id) AS (SELECT "
                  "u.id UNION ALL SELECT c.id FROM unit c JOIN t ON c.parent_id = t.id) SELECT id "
                  "FROM t)) DESC LIMIT 1",
                  largest, &error))
    goto failed;
  g_print ("%s: %u active employees, year %u\n", argv[1], employees->len, year);

  {
    KrComplianceQuery province = { .unit_id = 0, .year = year, .only_short = TRUE };
    KrComplianceQuery unit = { .unit_id = largest->len > 0 ? g_array_index (largest, gint64, 0) : 0,
                               .subtree = TRUE,
                               .year = year,
                               .only_short = TRUE };

    if (!time_compliance (training, "Compliance of the province", &province, &error) ||
        !time_compliance (training, "Compliance of the largest perangkat daerah", &unit, &error))
      goto failed;
  }
  if (!time_profiles (training, employees, year, &error) ||
      !time_checks (database, training, employees, year, &error) ||
      !time_plans (database, training, year, &error))
    goto failed;
  return 0;

failed:
  g_printerr ("bench training: %s\n", error->message);
  return 1;
}
