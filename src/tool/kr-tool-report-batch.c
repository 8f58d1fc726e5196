/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-report"

#include "config.h"

#include "kr-tool-report-private.h"

#include <signal.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <unistd.h>

#include <gio/gio.h>

#include "kr-document-appraisal.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-pdf.h"

/* The appraisal documents of one employee, and of many in a batch: each read through the
 * repository, laid out and written in turn, by a few threads that each have their own
 * connection. */

gboolean
kr_tool_report_write_document (KrAppraisalRepository *repository,
                               const KrToolDocumentRequest *request,
                               gint64 appraisal_id,
                               const char *path,
                               GError **error)
{
  g_autoptr (KrAppraisalSheet) sheet = NULL;
  g_autoptr (KrDocument) document = NULL;
  int period = request->document == KR_TOOL_DOCUMENT_SKP ? -1 : (int) request->period;

  sheet =
      kr_appraisal_repository_get_sheet (repository, appraisal_id, period, request->place, error);
  if (sheet == NULL)
    return FALSE;
  switch (request->document)
    {
    case KR_TOOL_DOCUMENT_SKP:
      document = kr_document_skp_new (sheet);
      break;
    case KR_TOOL_DOCUMENT_EVALUATION:
      document = kr_document_evaluation_new (sheet, error);
      break;
    case KR_TOOL_DOCUMENT_EVALUATION_COVER:
      document = kr_document_evaluation_cover_new (sheet);
      break;
    default:
      g_assert_not_reached ();
    }
  if (document == NULL)
    return FALSE;
  if (request->trend)
    {
      g_autoptr (GArray) points =
          kr_appraisal_repository_list_trend (repository, sheet->plan->employee_id, error);

      if (points == NULL)
        return FALSE;
      kr_document_appraisal_add_trend (document, (const KrAppraisalTrendPoint *) points->data,
                                       points->len);
    }
  return kr_pdf_write (path, document, request->paper, error);
}

char *
kr_tool_report_file_name (const KrToolDocumentRequest *request, const char *nip, guint year)
{
  if (request->document == KR_TOOL_DOCUMENT_SKP)
    return g_strdup_printf ("%s-%s-%u.pdf", nip, request->name, year);
  if (request->period == 0)
    return g_strdup_printf ("%s-%s-%u-annual.pdf", nip, request->name, year);
  return g_strdup_printf ("%s-%s-%u-%u.pdf", nip, request->name, year, request->period);
}

/* Set by SIGINT and SIGTERM: the batch stops before its next document, so that every file it
 * leaves is whole. A second signal ends the program at once (SA_RESETHAND). */
static volatile sig_atomic_t interrupted;

static void
on_signal (int signal_number)
{
  interrupted = 1;
}

static void
catch_signals (gboolean catch)
{
  struct sigaction action = { 0 };

  action.sa_handler = catch ? on_signal : SIG_DFL;
  action.sa_flags = catch ? SA_RESETHAND : 0;
  sigemptyset (&action.sa_mask);
  sigaction (SIGINT, &action, NULL);
  sigaction (SIGTERM, &action, NULL);
}

typedef struct
{
  KrDatabase *db;
  const KrToolDocumentRequest *request;
  GPtrArray *rows;
  const char *dir;
  gboolean show_progress;
  gint next;
  gint n_done;
  gint n_written;
  GMutex lock;
} Batch;

/* Writes documents until none is left: @db is the thread's connection. */
static void
run_jobs (Batch *batch, KrDatabase *db)
{
  g_autoptr (KrAppraisalRepository) repository = kr_appraisal_repository_new (db);
  guint total = batch->rows->len;

  while (!interrupted)
    {
      guint i = (guint) g_atomic_int_add (&batch->next, 1);
      const KrAppraisalRow *row;
      g_autofree char *name = NULL;
      g_autofree char *path = NULL;
      g_autoptr (GError) error = NULL;
      guint done;

      if (i >= total)
        break;
      row = batch->rows->pdata[i];
      name = kr_tool_report_file_name (batch->request, row->nip, row->year);
      path = g_build_filename (batch->dir, name, NULL);
      if (kr_tool_report_write_document (repository, batch->request, row->appraisal_id, path,
                                         &error))
        g_atomic_int_inc (&batch->n_written);
      done = (guint) g_atomic_int_add (&batch->n_done, 1) + 1;
      if (error != NULL || (batch->show_progress && done % 100 == 0))
        {
          g_mutex_lock (&batch->lock);
          if (error != NULL)
            /* Translators: a NIP, a name, then why the document could not be written */
            g_printerr (_ ("karier-tool: %s (%s): %s\n"), row->nip, row->name, error->message);
          else
            /* Translators: progress of a batch of documents */
            g_printerr (_ ("%u of %u documents\n"), done, total);
          g_mutex_unlock (&batch->lock);
        }
    }
}

static gpointer
run_thread (gpointer data)
{
  Batch *batch = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) db = NULL;

  db = kr_database_open (kr_database_get_path (batch->db), KR_DATABASE_FLAGS_READ_ONLY, &error);
  if (db == NULL)
    {
      /* The other threads share this one's documents; say why it is missing. */
      g_mutex_lock (&batch->lock);
      g_printerr ("karier-tool: %s\n", error->message);
      g_mutex_unlock (&batch->lock);
      return NULL;
    }
  kr_database_set_identity (db, kr_database_get_identity (batch->db));
  run_jobs (batch, db);
  return NULL;
}

gboolean
kr_tool_report_batch (KrDatabase *db,
                      const KrToolDocumentRequest *request,
                      GPtrArray *rows,
                      const char *dir,
                      guint n_jobs,
                      guint *n_written,
                      GError **error)
{
  Batch batch = {
    .db = db,
    .request = request,
    .rows = rows,
    .dir = dir,
    .show_progress = isatty (STDERR_FILENO),
  };
  g_autoptr (GPtrArray) threads = g_ptr_array_new ();
  guint n_failed;

  g_return_val_if_fail (n_jobs > 0, FALSE);

#ifdef __GLIBC__
  /* Each document allocates and frees a few megabytes; by default glibc gives the larger
   * blocks back to the kernel at once and maps them again for the next document, which cost
   * three quarters of the system time and a third of all the CPU time of a batch
   * (tests/bench/RESULTS.md). Keep them: the peak memory stays the same. */
  mallopt (M_MMAP_THRESHOLD, 32 * 1024 * 1024);
  mallopt (M_TRIM_THRESHOLD, 64 * 1024 * 1024);
#endif
  g_mutex_init (&batch.lock);
  interrupted = 0;
  catch_signals (TRUE);
  /* This thread works too, with the connection it has. */
  for (guint i = 1; i < MIN (n_jobs, rows->len); i++)
    g_ptr_array_add (threads, g_thread_new ("report", run_thread, &batch));
  run_jobs (&batch, db);
  for (guint i = 0; i < threads->len; i++)
    g_thread_join (threads->pdata[i]);
  catch_signals (FALSE);
  g_mutex_clear (&batch.lock);

  *n_written = (guint) batch.n_written;
  n_failed = (guint) batch.n_done - *n_written;
  if (interrupted)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                   /* Translators: the first number is of documents written, the second of all */
                   _ ("Interrupted after %u of %u documents; every file written is complete"),
                   *n_written, rows->len);
      return FALSE;
    }
  if (n_failed > 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   ngettext ("%u document could not be written",
                             "%u documents could not be written", n_failed),
                   n_failed);
      return FALSE;
    }
  return TRUE;
}
