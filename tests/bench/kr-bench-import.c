/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-bench-import"

#include "config.h"

#include <stdlib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/resource.h>

#include "kr-bench.h"
#include "kr-database.h"
#include "kr-demo.h"
#include "kr-employee-export.h"
#include "kr-employee-query.h"
#include "kr-employee-repository.h"
#include "kr-siasn-import.h"
#include "kr-unit-repository.h"

/* `karier-tool bench import`: the SIASN CSV import (kr-siasn-import.c) against the sqlite3
 * shell's `.import` of the same file into a plain table, in the same run (TESTING.md). The
 * file is either given or made by exporting a demo province. Karier's import is timed in its
 * two steps, the analysis (the dry run behind the report) and the commit, into an empty
 * database and then again into the full one (every row unchanged). */

typedef struct
{
  double wall_ms;
  double cpu_ms;
} Span;

static double
cpu_ms (int who)
{
  struct rusage usage;

  getrusage (who, &usage);
  return usage.ru_utime.tv_sec * 1000.0 + usage.ru_utime.tv_usec / 1000.0 +
         usage.ru_stime.tv_sec * 1000.0 + usage.ru_stime.tv_usec / 1000.0;
}

static void
span_start (Span *span, int who)
{
  span->wall_ms = -kr_bench_now_ms ();
  span->cpu_ms = -cpu_ms (who);
}

static void
span_stop (Span *span, int who)
{
  span->wall_ms += kr_bench_now_ms ();
  span->cpu_ms += cpu_ms (who);
}

static void
print_span (const char *what, const Span *span, guint n_rows, const Span *baseline)
{
  g_print ("  %-44s %8.2f s wall %8.2f s CPU", what, span->wall_ms / 1000.0, span->cpu_ms / 1000.0);
  /* A commit with nothing to write takes no time. */
  if (span->wall_ms < 1.0)
    {
      g_print ("\n");
      return;
    }
  g_print (" %9.0f rows/s", n_rows / (span->wall_ms / 1000.0));
  if (baseline != NULL)
    g_print ("  %5.1fx", span->wall_ms / baseline->wall_ms);
  g_print ("\n");
}

static gboolean
make_file (const char *dir, guint n_employees, guint64 seed, char **path, GError **error)
{
  g_autofree char *db_path = g_build_filename (dir, "demo.db", NULL);
  g_autoptr (KrDatabase) database = kr_database_open (db_path, KR_DATABASE_FLAGS_NONE, error);
  g_autoptr (KrEmployeeRepository) employees = NULL;
  g_autoptr (KrUnitRepository) units = NULL;
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
  KrDemoOptions options = { 0 };
  double start = kr_bench_now_ms ();

  if (database == NULL)
    return FALSE;
  options.n_employees = n_employees;
  options.seed = seed;
  options.appraisals = KR_DEMO_APPRAISALS_NONE;
  if (!kr_demo_generate (database, &options, NULL, NULL, NULL, NULL, error))
    return FALSE;
  g_print ("Demo province of %u employees made in %.1f s\n", n_employees,
           (kr_bench_now_ms () - start) / 1000.0);
  employees = kr_employee_repository_new (database);
  units = kr_unit_repository_new (database);
  *path = g_build_filename (dir, "pegawai.csv", NULL);
  return kr_employee_export_csv_file (employees, units, query, *path, 0, NULL, NULL, NULL, error);
}

/* The sqlite3 shell's import of @csv into a plain table of a new database in @dir. */
static gboolean
run_shell (const char *dir, const char *csv, Span *span, GError **error)
{
  g_autofree char *db_path = g_build_filename (dir, "plain.db", NULL);
  g_autofree char *command = g_strdup_printf (".import '%s' t", csv);
  const char *argv[] = { "sqlite3", db_path, "-cmd", ".mode csv", command, NULL };
  int status = 0;

  span_start (span, RUSAGE_CHILDREN);
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                     &status, error) ||
      !g_spawn_check_wait_status (status, error))
    return FALSE;
  span_stop (span, RUSAGE_CHILDREN);
  return TRUE;
}

/* Karier's import of @csv into @db_path: the analysis, then the commit. */
static gboolean
run_karier (const char *db_path,
            const char *csv,
            Span *analyse,
            Span *commit,
            guint *n_rows,
            GError **error)
{
  g_autoptr (KrDatabase) database = kr_database_open (db_path, KR_DATABASE_FLAGS_NONE, error);
  g_autoptr (KrSiasnImporter) importer = NULL;
  g_autoptr (GFile) file = g_file_new_for_path (csv);
  const KrSiasnReport *report;

  if (database == NULL)
    return FALSE;
  importer = kr_siasn_importer_new (database);
  span_start (analyse, RUSAGE_SELF);
  if (!kr_siasn_importer_analyse (importer, file, NULL, NULL, NULL, error))
    return FALSE;
  span_stop (analyse, RUSAGE_SELF);
  report = kr_siasn_importer_get_report (importer);
  g_print ("  report: %u rows: %u new, %u updated, %u unchanged, %u rejected, %u warnings\n",
           report->n_rows, report->n_new, report->n_updated, report->n_unchanged,
           report->n_rejected, report->n_warnings);
  *n_rows = report->n_rows;
  span_start (commit, RUSAGE_SELF);
  if (!kr_siasn_importer_commit (importer, NULL, NULL, NULL, error))
    return FALSE;
  span_stop (commit, RUSAGE_SELF);
  return TRUE;
}

int
kr_bench_import (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GOptionContext) context = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *db_path = NULL;
  int n_employees = 100000;
  gint64 seed = 1;
  gboolean keep = FALSE;
  Span shell, analyse, commit, total, again_analyse, again_commit;
  guint n_rows = 0;
  GOptionEntry entries[] = {
    { "employees", 0, 0, G_OPTION_ARG_INT, &n_employees,
      "Without FILE, export a demo province of N employees (100000)", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "The demo's seed (1)", "S" },
    { "keep", 0, 0, G_OPTION_ARG_NONE, &keep, "Keep the working folder", NULL },
    { NULL },
  };

  context = g_option_context_new ("[FILE.csv]");
  g_option_context_set_summary (context, "Measures the SIASN CSV import against the sqlite3 "
                                         "shell's .import of the same file.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc > 2 || n_employees <= 0)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "Give at most one file");
      return EXIT_FAILURE;
    }
  dir = g_dir_make_tmp ("karier-bench-import-XXXXXX", &error);
  if (dir == NULL)
    goto fail;
  if (argc == 2)
    csv = g_canonicalize_filename (argv[1], NULL);
  else if (!make_file (dir, (guint) n_employees, (guint64) seed, &csv, &error))
    goto fail;
  g_print ("SIASN import of %s, SQLite %s\n", csv, sqlite3_libversion ());

  /* The shell first, so that both find the file in the page cache. */
  if (!run_shell (dir, csv, &shell, &error))
    goto fail;
  db_path = g_build_filename (dir, "karier.db", NULL);
  if (!run_karier (db_path, csv, &analyse, &commit, &n_rows, &error))
    goto fail;
  total.wall_ms = analyse.wall_ms + commit.wall_ms;
  total.cpu_ms = analyse.cpu_ms + commit.cpu_ms;
  g_print ("Into an empty database (time, throughput, ratio to the shell):\n");
  print_span ("sqlite3 shell .import, plain table", &shell, n_rows, NULL);
  print_span ("karier: analysis (dry run)", &analyse, n_rows, &shell);
  print_span ("karier: commit", &commit, n_rows, &shell);
  print_span ("karier: analysis + commit", &total, n_rows, &shell);

  if (!run_karier (db_path, csv, &again_analyse, &again_commit, &n_rows, &error))
    goto fail;
  g_print ("The same file again (nothing new):\n");
  print_span ("karier: analysis (dry run)", &again_analyse, n_rows, &shell);
  print_span ("karier: commit", &again_commit, n_rows, &shell);
  g_print ("\nPeak memory: %.1f MiB (sqlite3 shell: %.1f MiB)\n",
           kr_bench_peak_memory_kib () / 1024.0, kr_bench_children_peak_memory_kib () / 1024.0);

  if (keep)
    g_print ("Kept %s\n", dir);
  else
    {
      const char *const names[] = { "demo.db", "plain.db", "karier.db", "pegawai.csv" };

      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        {
          g_autofree char *path = g_build_filename (dir, names[i], NULL);
          g_autofree char *wal = g_strconcat (path, "-wal", NULL);
          g_autofree char *shm = g_strconcat (path, "-shm", NULL);

          g_remove (path);
          g_remove (wal);
          g_remove (shm);
        }
      g_rmdir (dir);
    }
  return EXIT_SUCCESS;

fail:
  g_printerr ("%s\n", error->message);
  if (dir != NULL)
    g_printerr ("Working folder left at %s\n", dir);
  return EXIT_FAILURE;
}
