/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-employee-search"

#include "config.h"

#include "kr-employee-search.h"

#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "kr-database-private.h"
#include "kr-employee-repository.h"
#include "kr-employee-search-private.h"

/* Search as the user types, at millions of employees (queries: kr-employee-search-query.c).
 *
 * SQLite finds the matches of a prefix quickly (employee_fts), but a prefix such as "a" or
 * "dina" matches up to half of the employees, and the first page in the list's order then
 * costs a sort of all the matches (tests/bench/RESULTS.md). Here the matches of a query are a
 * bitmap over the *ranks* of the list's order: each token of the index (kr-employee-search-
 * index.c) lists its employees, mapped to their rank in the order; a query ORs the employees
 * of the tokens that start with a word and ANDs its words; the count is a popcount, and the
 * page at position k is the k-th set bit onwards, whose row ids the list then reads by id.
 *
 * Employees are numbered in the name order, so that order is free; another order costs two
 * arrays, read when first asked for, and only the one asked for last is kept.
 *
 * The index is a snapshot. It is read by a worker thread with its own connection, and is
 * used only while the database is as it was: the "fingerprint" of this connection (its
 * total changes, and PRAGMA data_version, which moves when another connection commits) must
 * be the one taken when the read was asked for. Any change makes the next search use SQL and
 * ask for a new read; a read during which the database changed is thrown away. */

#define DEFAULT_MIN_EMPLOYEES 10000

struct _KrEmployeeSearch
{
  GObject parent_instance;

  KrDatabase *database;
  char *path; /* NULL for a database no other connection can read */
  guint min_employees;
  KrSearchTokenizer *tokenizer; /* of this connection, for queries */

  KrSearchIndexBox *index;
  KrSearchOrderBox *order;
  GCancellable *cancellable; /* of the read under way, NULL when none */
  gint64 failed[2];          /* the fingerprint at which a read last failed or was not
                              * worth it */
  gboolean has_failed;
  double build_seconds;
};

G_DEFINE_FINAL_TYPE (KrEmployeeSearch, kr_employee_search, G_TYPE_OBJECT)

static void
index_box_clear (gpointer data)
{
  _kr_search_index_free (((KrSearchIndexBox *) data)->index);
}

void
_kr_search_index_box_release (KrSearchIndexBox *box)
{
  g_atomic_rc_box_release_full (box, index_box_clear);
}

static void
order_box_clear (gpointer data)
{
  KrSearchOrderBox *box = data;

  _kr_search_order_free (box->order);
  _kr_search_index_box_release (box->index);
}

void
_kr_search_order_box_release (KrSearchOrderBox *box)
{
  g_atomic_rc_box_release_full (box, order_box_clear);
}

/* The fingerprint */

static gboolean
is_fresh (KrEmployeeSearch *self, const gint64 fingerprint[2])
{
  return self->index != NULL && self->index->index->fingerprint[0] == fingerprint[0] &&
         self->index->index->fingerprint[1] == fingerprint[1];
}

/* Reading in the background */

typedef struct
{
  char *path;
  gint64 fingerprint[2];
  KrSearchIndexBox *index; /* the index to read an order of, or NULL to read one */
  KrEmployeeSort sort;
  char *order_by; /* NULL for the name order */
  KrSearchIndex *new_index;
  KrSearchOrder *new_order;
  double seconds;
} Job;

static void
job_free (Job *job)
{
  g_free (job->path);
  g_clear_pointer (&job->index, _kr_search_index_box_release);
  g_free (job->order_by);
  _kr_search_index_free (job->new_index);
  _kr_search_order_free (job->new_order);
  g_free (job);
}

static void
read_thread_cb (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  Job *job = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) database = NULL;
  gint64 start = g_get_monotonic_time ();
  sqlite3 *db;

  database = kr_database_open (job->path, KR_DATABASE_FLAGS_READ_ONLY | KR_DATABASE_FLAGS_ONE_PASS,
                               &error);
  if (database == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  db = _kr_database_get_handle (database);
  if (job->index == NULL)
    job->new_index = _kr_search_index_build (db, cancellable, &error);
  if (error == NULL && job->order_by != NULL)
    job->new_order =
        _kr_search_order_build (db, job->new_index != NULL ? job->new_index : job->index->index,
                                job->sort, job->order_by, cancellable, &error);
  job->seconds = (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;
#ifdef __GLIBC__
  /* The read's scaffolding was freed in this thread's arena, which glibc keeps otherwise:
   * tens of megabytes at national scale. */
  malloc_trim (0);
#endif
  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
set_order (KrEmployeeSearch *self, KrSearchIndexBox *index, KrSearchOrder *order)
{
  KrSearchOrderBox *box = g_atomic_rc_box_new0 (KrSearchOrderBox);

  box->index = g_atomic_rc_box_acquire (index);
  box->order = order;
  g_clear_pointer (&self->order, _kr_search_order_box_release);
  self->order = box;
}

static void
read_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrEmployeeSearch *self = KR_EMPLOYEE_SEARCH (source);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;
  gint64 now[2];

  g_clear_object (&self->cancellable);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_debug ("Could not read the search index: %s", error->message);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          memcpy (self->failed, job->fingerprint, sizeof self->failed);
          self->has_failed = TRUE;
        }
      return;
    }
  /* Thrown away when the database changed since the read was asked for. */
  if (!_kr_database_get_fingerprint (self->database, now) || now[0] != job->fingerprint[0] ||
      now[1] != job->fingerprint[1])
    return;
  self->build_seconds = job->seconds;
  if (job->new_index != NULL)
    {
      KrSearchIndexBox *box = g_atomic_rc_box_new0 (KrSearchIndexBox);

      box->index = g_steal_pointer (&job->new_index);
      memcpy (box->index->fingerprint, job->fingerprint, sizeof box->index->fingerprint);
      g_clear_pointer (&self->order, _kr_search_order_box_release);
      g_clear_pointer (&self->index, _kr_search_index_box_release);
      self->index = box;
      g_debug ("Search index of %u employees read in %.2f s, %zu bytes", box->index->n,
               job->seconds, _kr_search_index_get_size (box->index));
    }
  if (job->new_order != NULL && self->index != NULL &&
      (job->index == NULL || job->index == self->index))
    set_order (self, self->index, g_steal_pointer (&job->new_order));
}

static gboolean
is_big_enough (KrEmployeeSearch *self)
{
  sqlite3_stmt *stmt = NULL;
  gboolean big = FALSE;

  if (self->min_employees == 0)
    return TRUE;
  if (sqlite3_prepare_v2 (_kr_database_get_handle (self->database),
                          "SELECT count(*) >= ? FROM (SELECT 1 FROM employee LIMIT ?)", -1, &stmt,
                          NULL) == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, self->min_employees);
      sqlite3_bind_int64 (stmt, 2, self->min_employees);
      big = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) != 0;
    }
  sqlite3_finalize (stmt);
  return big;
}

/* Starts reading what a search of @sort needs, unless a read is under way. */
static void
request (KrEmployeeSearch *self,
         const gint64 fingerprint[2],
         KrEmployeeSort sort,
         const char *order_by)
{
  g_autoptr (GTask) task = NULL;
  Job *job;

  if (self->cancellable != NULL || self->path == NULL ||
      (self->has_failed && self->failed[0] == fingerprint[0] && self->failed[1] == fingerprint[1]))
    return;
  if (!is_fresh (self, fingerprint) && !is_big_enough (self))
    {
      /* Not asked again until the database changes. */
      memcpy (self->failed, fingerprint, sizeof self->failed);
      self->has_failed = TRUE;
      return;
    }

  job = g_new0 (Job, 1);
  job->path = g_strdup (self->path);
  memcpy (job->fingerprint, fingerprint, sizeof job->fingerprint);
  if (is_fresh (self, fingerprint))
    {
      job->index = g_atomic_rc_box_acquire (self->index);
      /* Only one other order is kept: the one asked for now. */
      g_clear_pointer (&self->order, _kr_search_order_box_release);
    }
  else
    {
      /* Out of date, it can serve no search: its memory is better given back before the
       * new one is read (lists holding results of it keep it until they ask again). */
      g_clear_pointer (&self->order, _kr_search_order_box_release);
      g_clear_pointer (&self->index, _kr_search_index_box_release);
    }
  job->sort = sort;
  job->order_by = sort != KR_EMPLOYEE_SORT_NAME ? g_strdup (order_by) : NULL;
  self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, read_done_cb, NULL);
  g_task_set_source_tag (task, request);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, read_thread_cb);
}

KrEmployeeSearchResult *
kr_employee_search_run (KrEmployeeSearch *self,
                        const char *text,
                        KrEmployeeSort sort,
                        gboolean reversed,
                        const char *order_by)
{
  g_autoptr (GPtrArray) tokens = NULL;
  gint64 fingerprint[2];

  g_return_val_if_fail (KR_IS_EMPLOYEE_SEARCH (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (sort < KR_N_EMPLOYEE_SORTS, NULL);

  if (self->path == NULL || !_kr_database_get_fingerprint (self->database, fingerprint))
    return NULL;
  if (!is_fresh (self, fingerprint) ||
      (sort != KR_EMPLOYEE_SORT_NAME && (self->order == NULL || self->order->order->sort != sort)))
    {
      request (self, fingerprint, sort, order_by);
      return NULL;
    }
  if (self->tokenizer == NULL)
    self->tokenizer = _kr_search_tokenizer_new (_kr_database_get_handle (self->database));
  if (self->tokenizer == NULL)
    return NULL;
  tokens = _kr_search_tokenize_query (self->tokenizer, text);
  if (tokens == NULL || tokens->len == 0)
    return NULL;
  return _kr_search_result_new (self->index, sort != KR_EMPLOYEE_SORT_NAME ? self->order : NULL,
                                reversed, tokens);
}

/* The object */

gboolean
kr_employee_search_is_ready (KrEmployeeSearch *self, KrEmployeeSort sort)
{
  gint64 fingerprint[2];

  g_return_val_if_fail (KR_IS_EMPLOYEE_SEARCH (self), FALSE);

  return _kr_database_get_fingerprint (self->database, fingerprint) &&
         is_fresh (self, fingerprint) &&
         (sort == KR_EMPLOYEE_SORT_NAME ||
          (self->order != NULL && self->order->order->sort == sort));
}

gboolean
kr_employee_search_is_busy (KrEmployeeSearch *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_SEARCH (self), FALSE);

  return self->cancellable != NULL;
}

void
kr_employee_search_set_min_employees (KrEmployeeSearch *self, guint n)
{
  g_return_if_fail (KR_IS_EMPLOYEE_SEARCH (self));

  self->min_employees = n;
  self->has_failed = FALSE;
}

void
kr_employee_search_get_stats (KrEmployeeSearch *self, gsize *bytes, double *build_seconds)
{
  g_return_if_fail (KR_IS_EMPLOYEE_SEARCH (self));

  if (bytes != NULL)
    {
      *bytes = self->index != NULL ? _kr_search_index_get_size (self->index->index) : 0;
      if (self->order != NULL)
        *bytes += 2 * sizeof (guint32) * self->order->index->index->n;
    }
  if (build_seconds != NULL)
    *build_seconds = self->build_seconds;
}

void
kr_employee_search_cancel (KrEmployeeSearch *self)
{
  g_return_if_fail (KR_IS_EMPLOYEE_SEARCH (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

static void
kr_employee_search_dispose (GObject *object)
{
  KrEmployeeSearch *self = KR_EMPLOYEE_SEARCH (object);

  g_clear_pointer (&self->tokenizer, _kr_search_tokenizer_free);
  g_clear_pointer (&self->order, _kr_search_order_box_release);
  g_clear_pointer (&self->index, _kr_search_index_box_release);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (kr_employee_search_parent_class)->dispose (object);
}

static void
kr_employee_search_finalize (GObject *object)
{
  KrEmployeeSearch *self = KR_EMPLOYEE_SEARCH (object);

  g_free (self->path);

  G_OBJECT_CLASS (kr_employee_search_parent_class)->finalize (object);
}

static void
kr_employee_search_class_init (KrEmployeeSearchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kr_employee_search_dispose;
  object_class->finalize = kr_employee_search_finalize;
}

static void
kr_employee_search_init (KrEmployeeSearch *self)
{
  self->min_employees = DEFAULT_MIN_EMPLOYEES;
}

KrEmployeeSearch *
kr_employee_search_new (KrDatabase *database)
{
  KrEmployeeSearch *self;

  g_return_val_if_fail (KR_IS_DATABASE (database), NULL);

  self = g_object_new (KR_TYPE_EMPLOYEE_SEARCH, NULL);
  self->database = g_object_ref (database);
  self->path = g_strdup (_kr_database_get_shared_path (database));
  return self;
}
