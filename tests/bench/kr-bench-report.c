/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-bench-report"

#include "config.h"

#include <stdlib.h>
#include <glib/gstdio.h>
#include <sys/resource.h>

#include "kr-appraisal-repository.h"
#include "kr-bench.h"
#include "kr-database.h"
#include "kr-date.h"
#include "kr-document-appraisal.h"
#include "kr-pdf.h"
#include "kr-unit-repository.h"

/* `karier-tool bench report DB`: the appraisal documents (issue 5: one document ≤ 50 ms, a
 * unit's 1,000 documents ≤ 30 s with `karier-tool report`). One document is timed in
 * process, from reading its sheet through the repository to the PDF written (the three steps
 * `report` takes for each); the batch runs `karier-tool report … --unit` itself, the same
 * program the user runs, and times it from outside, wall and CPU. DB is a database without
 * accounts with the appraisals of the year, such as `karier-tool demo --employees 3000`. */

#define DEFAULT_SAMPLES 50

static const struct
{
  const char *name;
  int period; /* -1: the plan alone */
} documents[] = {
  { "skp", -1 },
  { "evaluation", 0 },
  { "evaluation-document", 0 },
};

static double
cpu_ms (int who)
{
  struct rusage usage;

  getrusage (who, &usage);
  return usage.ru_utime.tv_sec * 1000.0 + usage.ru_utime.tv_usec / 1000.0 +
         usage.ru_stime.tv_sec * 1000.0 + usage.ru_stime.tv_usec / 1000.0;
}

/* The smallest unit whose subtree holds at least @wanted appraisals of @year (the largest
 * when none does), so that the batch is about a unit's 1,000 documents. */
static gboolean
choose_unit (KrDatabase *db,
             guint year,
             guint wanted,
             KrUnit **chosen,
             guint *count,
             GError **error)
{
  g_autoptr (KrUnitRepository) units = kr_unit_repository_new (db);
  g_autoptr (KrAppraisalRepository) appraisals = kr_appraisal_repository_new (db);
  g_autoptr (GPtrArray) queue = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_unit_free);
  g_autoptr (KrUnit) best = NULL;
  guint best_count = 0;

  {
    g_autoptr (GPtrArray) roots = kr_unit_repository_list_children (units, 0, error);

    if (roots == NULL)
      return FALSE;
    for (guint i = 0; i < roots->len; i++)
      g_ptr_array_add (queue, kr_unit_copy (roots->pdata[i]));
  }
  for (guint i = 0; i < queue->len; i++)
    {
      const KrUnit *unit = queue->pdata[i];
      KrAppraisalQuery query = { .year = year, .period = 0, .unit_id = unit->id };
      g_autoptr (GPtrArray) children = NULL;
      guint n = 0;

      if (!kr_appraisal_repository_count (appraisals, &query, &n, error))
        return FALSE;
      /* A subtree below the wanted size has no child above it. */
      if (n < wanted)
        {
          if (best == NULL || (best_count < wanted && n > best_count))
            {
              g_clear_pointer (&best, kr_unit_free);
              best = kr_unit_copy (unit);
              best_count = n;
            }
          continue;
        }
      if (best == NULL || best_count < wanted || n < best_count)
        {
          g_clear_pointer (&best, kr_unit_free);
          best = kr_unit_copy (unit);
          best_count = n;
        }
      children = kr_unit_repository_list_children (units, unit->id, error);
      if (children == NULL)
        return FALSE;
      for (guint c = 0; c < children->len; c++)
        g_ptr_array_add (queue, kr_unit_copy (children->pdata[c]));
    }
  if (best == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "No appraisals of %u", year);
      return FALSE;
    }
  *chosen = g_steal_pointer (&best);
  *count = best_count;
  return TRUE;
}

/* One document, as `report` makes it: the sheet, the layout, the PDF. */
static gboolean
write_one (KrAppraisalRepository *appraisals,
           guint kind,
           gint64 appraisal_id,
           const char *path,
           GError **error)
{
  g_autoptr (KrAppraisalSheet) sheet = NULL;
  g_autoptr (KrDocument) document = NULL;

  sheet = kr_appraisal_repository_get_sheet (appraisals, appraisal_id, documents[kind].period, NULL,
                                             error);
  if (sheet == NULL)
    return FALSE;
  if (kind == 0)
    document = kr_document_skp_new (sheet);
  else if (kind == 1)
    document = kr_document_evaluation_new (sheet, error);
  else
    document = kr_document_evaluation_cover_new (sheet);
  return document != NULL && kr_pdf_write (path, document, KR_PAPER_A4, error);
}

static gboolean
time_documents (KrDatabase *db, GPtrArray *rows, guint n_samples, const char *dir, GError **error)
{
  g_autoptr (KrAppraisalRepository) appraisals = kr_appraisal_repository_new (db);
  g_autofree char *path = g_build_filename (dir, "one.pdf", NULL);

  g_print ("One document (sheet read + layout + PDF written), %u employees of the unit:\n",
           MIN (n_samples, rows->len));
  for (guint kind = 0; kind < G_N_ELEMENTS (documents); kind++)
    {
      g_autoptr (GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr (GArray) sheets = g_array_new (FALSE, FALSE, sizeof (double));
      double cpu = cpu_ms (RUSAGE_SELF);
      g_autofree char *what = NULL;

      /* The first one warms up fonts and statements; it is left out. */
      if (!write_one (appraisals, kind, ((KrAppraisalRow *) rows->pdata[0])->appraisal_id, path,
                      error))
        return FALSE;
      cpu = cpu_ms (RUSAGE_SELF);
      for (guint i = 0; i < MIN (n_samples, rows->len); i++)
        {
          const KrAppraisalRow *row = rows->pdata[i];
          g_autoptr (KrAppraisalSheet) sheet = NULL;
          double start = kr_bench_now_ms (), elapsed;

          if (!write_one (appraisals, kind, row->appraisal_id, path, error))
            return FALSE;
          elapsed = kr_bench_now_ms () - start;
          g_array_append_val (times, elapsed);
          /* The read alone, for the share of SQL. */
          start = kr_bench_now_ms ();
          sheet = kr_appraisal_repository_get_sheet (appraisals, row->appraisal_id,
                                                     documents[kind].period, NULL, error);
          if (sheet == NULL)
            return FALSE;
          elapsed = kr_bench_now_ms () - start;
          g_array_append_val (sheets, elapsed);
        }
      cpu = cpu_ms (RUSAGE_SELF) - cpu;
      what = g_strdup_printf ("%s (target <= 50 ms)", documents[kind].name);
      kr_bench_print_times (what, times);
      g_clear_pointer (&what, g_free);
      what = g_strdup_printf ("  of which the sheet read");
      kr_bench_print_times (what, sheets);
      g_print ("  CPU per document, sheet read included: %.1f ms\n", cpu / times->len);
    }
  return TRUE;
}

/* `karier-tool report DOCUMENT DB --unit CODE --subtree`, timed from outside. */
static gboolean
time_batch (const char *db_path,
            const char *unit_code,
            guint year,
            const char *document,
            int jobs,
            guint n_documents,
            const char *dir,
            GError **error)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", error);
  g_autofree char *out = g_build_filename (dir, "batch", NULL);
  g_autofree char *year_text = g_strdup_printf ("%u", year);
  g_autofree char *jobs_text = g_strdup_printf ("%d", jobs);
  g_autofree char *output = NULL;
  const char *argv[] = { self,     "report",  document,   db_path, "--unit", unit_code, "--subtree",
                         "--year", year_text, "--output", out,     "--jobs", jobs_text, NULL };
  double wall = kr_bench_now_ms (), cpu = cpu_ms (RUSAGE_CHILDREN);
  int status = 0;

  if (self == NULL)
    return FALSE;
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &output,
                     NULL, &status, error) ||
      !g_spawn_check_wait_status (status, error))
    return FALSE;
  wall = kr_bench_now_ms () - wall;
  cpu = cpu_ms (RUSAGE_CHILDREN) - cpu;
  g_print ("  %-20s --jobs %d: %6u documents %7.2f s wall %7.2f s CPU  (per 1,000: %5.1f s wall, "
           "%5.1f s CPU; target <= 30 s)\n",
           document, jobs, n_documents, wall / 1000.0, cpu / 1000.0, wall / n_documents,
           cpu / n_documents);
  /* Leave the folder empty for the next run. */
  {
    g_autoptr (GDir) folder = g_dir_open (out, 0, NULL);
    const char *name;

    while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
      {
        g_autofree char *path = g_build_filename (out, name, NULL);

        g_remove (path);
      }
    g_rmdir (out);
  }
  return TRUE;
}

int
kr_bench_report (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrAppraisalRepository) appraisals = NULL;
  g_autoptr (KrUnit) unit = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autofree char *unit_code = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *one = NULL;
  g_auto (GStrv) batch_documents = NULL;
  int samples = DEFAULT_SAMPLES, year = 0, wanted = 1000;
  g_autofree char *jobs_text = NULL;
  g_auto (GStrv) jobs = NULL;
  gboolean skip_batch = FALSE;
  guint count = 0;
  GOptionEntry entries[] = {
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit_code,
      "The unit whose subtree is printed (default: the smallest holding --count appraisals)",
      "CODE" },
    { "count", 0, 0, G_OPTION_ARG_INT, &wanted, "The batch size to look for (1000)", "N" },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, "The year (default: this year)", "YEAR" },
    { "samples", 0, 0, G_OPTION_ARG_INT, &samples, "Documents timed one by one (50)", "N" },
    { "jobs", 0, 0, G_OPTION_ARG_STRING, &jobs_text, "The --jobs of the batches (1,2)", "N,…" },
    { "no-batch", 0, 0, G_OPTION_ARG_NONE, &skip_batch, "Time single documents only", NULL },
    { NULL },
  };
  GDate today;

  context = g_option_context_new ("DB");
  g_option_context_set_summary (context, "Measures the appraisal documents: one at a time, and "
                                         "a unit's batch through karier-tool report.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || samples <= 0 ||
      wanted <= 0)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "Give one database");
      return EXIT_FAILURE;
    }
  kr_date_today (NULL, &today);
  if (year == 0)
    year = g_date_get_year (&today);
  jobs = g_strsplit (jobs_text != NULL ? jobs_text : "1,2", ",", -1);

  db = kr_database_open (argv[1], KR_DATABASE_FLAGS_READ_ONLY, &error);
  if (db == NULL)
    goto fail;
  if (unit_code != NULL)
    {
      g_autoptr (KrUnitRepository) units = kr_unit_repository_new (db);
      KrAppraisalQuery query = { .year = (guint) year, .period = 0 };

      unit = kr_unit_repository_get_by_code (units, unit_code, &error);
      if (unit == NULL)
        goto fail;
      appraisals = kr_appraisal_repository_new (db);
      query.unit_id = unit->id;
      if (!kr_appraisal_repository_count (appraisals, &query, &count, &error))
        goto fail;
    }
  else if (!choose_unit (db, (guint) year, (guint) wanted, &unit, &count, &error))
    goto fail;
  g_print ("Appraisal documents of %d, unit %s “%s” and below: %u appraisals\n", year, unit->code,
           unit->name, count);

  if (appraisals == NULL)
    appraisals = kr_appraisal_repository_new (db);
  {
    KrAppraisalQuery query = { .year = (guint) year, .period = 0, .unit_id = unit->id };

    rows = kr_appraisal_repository_list (appraisals, &query, 0, (guint) samples, &error);
    if (rows == NULL)
      goto fail;
  }
  if (rows->len == 0)
    {
      g_printerr ("No appraisals of %d in %s\n", year, unit->code);
      return EXIT_FAILURE;
    }
  dir = g_dir_make_tmp ("karier-bench-report-XXXXXX", &error);
  if (dir == NULL || !time_documents (db, rows, (guint) samples, dir, &error))
    goto fail;
  one = g_build_filename (dir, "one.pdf", NULL);
  g_remove (one);

  if (!skip_batch)
    {
      g_autofree char *db_path = g_canonicalize_filename (argv[1], NULL);

      g_print ("A unit's documents in one batch, `karier-tool report DOCUMENT DB --unit %s "
               "--subtree --year %d --output DIR --jobs N` timed from outside:\n",
               unit->code, year);
      for (guint j = 0; jobs[j] != NULL; j++)
        for (guint kind = 0; kind < G_N_ELEMENTS (documents); kind++)
          {
            if (!time_batch (db_path, unit->code, (guint) year, documents[kind].name,
                             atoi (jobs[j]), count, dir, &error))
              goto fail;
          }
    }
  g_print ("Peak memory: %.1f MiB (batches: %.1f MiB)\n", kr_bench_peak_memory_kib () / 1024.0,
           kr_bench_children_peak_memory_kib () / 1024.0);
  g_rmdir (dir);
  return EXIT_SUCCESS;

fail:
  g_printerr ("%s\n", error->message);
  if (dir != NULL)
    g_printerr ("Working folder left at %s\n", dir);
  return EXIT_FAILURE;
}
