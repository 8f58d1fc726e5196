/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-employee-list"

#include "config.h"

#include <gio/gio.h>

#include "kr-employee-list-private.h"
#include "kr-idle-thread.h"
#include "kr-repository-private.h"

/* The survey: every page boundary of a long list, learnt in the background.
 *
 * A jump far from the boundaries known walks the order's index from the nearest one
 * (kr-employee-list-pages.c): a few hundred milliseconds at millions of rows, on the main
 * thread, each time a scrollbar is dragged somewhere new. A worker thread with a read-only
 * connection of its own reads the keys of the whole order once (the SCAN statement from the
 * start, the filters bound alike) and keeps those of every PAGE_SIZE-th row. The main thread
 * takes them only when they describe what the list shows: the same plan (plan_serial), the
 * same number of rows, and a database that did not change since the survey was asked for
 * (the fingerprint of the list's connection, as the search index checks it). Boundaries
 * learnt meanwhile stay; the survey fills the others. Any new plan cancels it. */

static guint survey_min_rows = SURVEY_MIN_ROWS;

/* How many rows the worker reads between looks at its cancellable. */
#define CHECK_EVERY 65536

typedef struct
{
  char *path;
  char *sql;
  GArray *binds;
  guint n_keys;
  guint n_pages;
  guint plan_serial;
  guint n_items;
  gint64 fingerprint[2];
  GPtrArray *boundaries; /* the result: Key *, as KrEmployeeList:boundaries */
  guint64 n_rows;        /* the rows the worker read */
} Survey;

static void
survey_free (Survey *survey)
{
  g_free (survey->path);
  g_free (survey->sql);
  g_array_unref (survey->binds);
  g_clear_pointer (&survey->boundaries, g_ptr_array_unref);
  g_free (survey);
}

static void
survey_thread_cb (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  Survey *survey = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) database = NULL;
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db;
  int rc;

  database = kr_database_open (survey->path,
                               KR_DATABASE_FLAGS_READ_ONLY | KR_DATABASE_FLAGS_ONE_PASS, &error);
  if (database == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  db = _kr_database_get_handle (database);
  rc = sqlite3_prepare_v2 (db, survey->sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      _kr_employee_list_bind_values (survey->binds, stmt);
      survey->boundaries =
          g_ptr_array_new_full (survey->n_pages, (GDestroyNotify) _kr_employee_list_key_free);
      g_ptr_array_set_size (survey->boundaries, survey->n_pages);
    }
  while (stmt != NULL && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint64 page;

      survey->n_rows++;
      if (survey->n_rows % CHECK_EVERY == 0 && g_cancellable_is_cancelled (cancellable))
        break;
      if (survey->n_rows % PAGE_SIZE != 0)
        continue;
      page = survey->n_rows / PAGE_SIZE;
      /* More rows than the list counted: the data changed; the main thread throws it away. */
      if (page >= survey->n_pages)
        continue;
      g_ptr_array_index (survey->boundaries, page) =
          _kr_employee_list_key_new_from_row (survey->n_keys, stmt, 0);
      if (g_ptr_array_index (survey->boundaries, page) == NULL)
        {
          rc = SQLITE_NOMEM;
          break;
        }
    }
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    _kr_sqlite_set_error (&error, db, rc, "Could not read the order of the list", survey->path);
  sqlite3_finalize (stmt);

  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else if (!g_task_return_error_if_cancelled (task))
    g_task_return_boolean (task, TRUE);
}

/* Whether what the survey read is what the list shows now. */
static gboolean
is_current (KrEmployeeList *self, const Survey *survey)
{
  gint64 now[2];

  return survey->plan_serial == self->plan_serial && self->found == NULL &&
         survey->n_items == self->n_items && survey->n_rows == self->n_items &&
         self->boundaries->len == survey->n_pages &&
         _kr_database_get_fingerprint (self->database, now) && now[0] == survey->fingerprint[0] &&
         now[1] == survey->fingerprint[1];
}

static void
weak_ref_free (GWeakRef *ref)
{
  g_weak_ref_clear (ref);
  g_free (ref);
}

/* The task holds the list weakly, so that a list let go of is disposed, which cancels it. */
static void
survey_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GWeakRef *ref = user_data;
  g_autoptr (KrEmployeeList) self = g_weak_ref_get (ref);
  Survey *survey = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;
  guint n_learnt = 0;

  weak_ref_free (ref);
  if (self == NULL)
    {
      g_task_propagate_boolean (G_TASK (result), NULL);
      return;
    }
  /* A newer survey may be under way: this one was cancelled then. */
  if (g_task_get_cancellable (G_TASK (result)) == self->survey)
    g_clear_object (&self->survey);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("Could not survey the list: %s", error->message);
      return;
    }
  if (!is_current (self, survey))
    {
      g_debug ("The list changed during its survey; its boundaries are not used");
      return;
    }
  for (guint page = 1; page < survey->n_pages; page++)
    {
      gpointer *slot = &g_ptr_array_index (self->boundaries, page);

      if (*slot == NULL)
        {
          *slot = g_steal_pointer (&g_ptr_array_index (survey->boundaries, page));
          n_learnt++;
        }
    }
  g_debug ("Survey of %u rows: %u page boundaries learnt", self->n_items, n_learnt);
}

void
_kr_employee_list_start_survey (KrEmployeeList *self)
{
  g_autoptr (GTask) task = NULL;
  const char *path = _kr_database_get_shared_path (self->database);
  Survey *survey;
  GWeakRef *ref;
  gint64 fingerprint[2];

  _kr_employee_list_cancel_survey (self);
  /* Nothing to learn (boundaries taken back, or every page read). */
  if (self->boundaries->len > 0 &&
      _kr_employee_list_count_boundaries (self) == self->boundaries->len - 1)
    return;
  /* Not for a search: it changes with each keystroke, and its SQL form makes the worker
   * gather every match of the full-text index before the first row. */
  if (path == NULL || self->found != NULL || self->n_items < survey_min_rows ||
      !_kr_is_blank (kr_employee_query_get_search (self->query)) || self->n_items < 2 * PAGE_SIZE ||
      !self->plan->sort_driven || !_kr_database_get_fingerprint (self->database, fingerprint))
    return;

  survey = g_new0 (Survey, 1);
  survey->path = g_strdup (path);
  survey->sql = _kr_employee_list_build_sql (self->plan, STATEMENT_SCAN, -1);
  survey->binds = g_array_ref (self->plan->binds);
  survey->n_keys = self->plan->n_keys;
  survey->n_pages = self->boundaries->len;
  survey->plan_serial = self->plan_serial;
  survey->n_items = self->n_items;
  survey->fingerprint[0] = fingerprint[0];
  survey->fingerprint[1] = fingerprint[1];

  self->survey = g_cancellable_new ();
  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, self);
  task = g_task_new (NULL, self->survey, survey_done_cb, ref);
  g_task_set_source_tag (task, _kr_employee_list_start_survey);
  g_task_set_task_data (task, survey, (GDestroyNotify) survey_free);
  kr_task_run_in_idle_thread (task, survey_thread_cb);
}

void
_kr_employee_list_cancel_survey (KrEmployeeList *self)
{
  if (self->survey == NULL)
    return;
  g_cancellable_cancel (self->survey);
  g_clear_object (&self->survey);
}

/* Coming back to a list: clearing a search or a filter shows a list of before again, and
 * at national scale its survey would take seconds more, during which jumps walk the index.
 * So the boundaries of the last KEPT_MAX lists shown without a search are kept while other
 * queries are shown (about 5 MB for every employee at 4.76 x 10^6), and taken back when the
 * same query comes back with the same scope, the same count and an unchanged database. */

#define KEPT_MAX 2

typedef struct
{
  KrEmployeeQuery *query;
  gint64 scope_unit;
  guint n_items;
  gint64 fingerprint[2];
  GPtrArray *boundaries;
} Kept;

static void
kept_free (Kept *kept)
{
  kr_employee_query_free (kept->query);
  g_ptr_array_unref (kept->boundaries);
  g_free (kept);
}

void
_kr_employee_list_drop_kept_boundaries (KrEmployeeList *self)
{
  g_clear_pointer (&self->kept, g_ptr_array_unref);
}

/* The kept lists of @query in the current scope, or of another database: they will never
 * do again. */
static void
forget (KrEmployeeList *self, const KrEmployeeQuery *query, const gint64 now[2])
{
  gint64 scope_unit = _kr_database_get_scope_unit (self->database);

  for (guint i = self->kept->len; i-- > 0;)
    {
      const Kept *kept = g_ptr_array_index (self->kept, i);

      if (kept->fingerprint[0] != now[0] || kept->fingerprint[1] != now[1] ||
          (kept->scope_unit == scope_unit && kr_employee_query_equal (kept->query, query)))
        g_ptr_array_remove_index (self->kept, i);
    }
}

void
_kr_employee_list_keep_boundaries (KrEmployeeList *self)
{
  gint64 fingerprint[2];
  Kept *kept;

  if (self->found != NULL || !_kr_is_blank (kr_employee_query_get_search (self->query)) ||
      _kr_employee_list_count_boundaries (self) == 0 ||
      !_kr_database_get_fingerprint (self->database, fingerprint))
    return;

  if (self->kept == NULL)
    self->kept = g_ptr_array_new_with_free_func ((GDestroyNotify) kept_free);
  forget (self, self->query, fingerprint);
  if (self->kept->len == KEPT_MAX)
    g_ptr_array_remove_index (self->kept, 0);
  kept = g_new0 (Kept, 1);
  kept->query = kr_employee_query_copy (self->query);
  kept->scope_unit = _kr_database_get_scope_unit (self->database);
  kept->n_items = self->n_items;
  kept->fingerprint[0] = fingerprint[0];
  kept->fingerprint[1] = fingerprint[1];
  kept->boundaries = g_steal_pointer (&self->boundaries);
  g_ptr_array_add (self->kept, kept);
  self->boundaries = g_ptr_array_new_with_free_func ((GDestroyNotify) _kr_employee_list_key_free);
}

gboolean
_kr_employee_list_take_kept_boundaries (KrEmployeeList *self)
{
  gint64 now[2], scope_unit = _kr_database_get_scope_unit (self->database);

  if (self->kept == NULL)
    return FALSE;
  if (!_kr_database_get_fingerprint (self->database, now))
    {
      _kr_employee_list_drop_kept_boundaries (self);
      return FALSE;
    }
  for (guint i = 0; i < self->kept->len; i++)
    {
      Kept *kept = g_ptr_array_index (self->kept, i);

      if (kept->fingerprint[0] == now[0] && kept->fingerprint[1] == now[1] &&
          kept->scope_unit == scope_unit && kept->n_items == self->n_items &&
          kept->boundaries->len == self->boundaries->len &&
          kr_employee_query_equal (kept->query, self->query))
        {
          g_ptr_array_unref (self->boundaries);
          self->boundaries = g_steal_pointer (&kept->boundaries);
          kept->boundaries = g_ptr_array_new ();
          g_ptr_array_remove_index (self->kept, i);
          return TRUE;
        }
    }
  /* What the database no longer holds goes. */
  forget (self, self->query, now);
  return FALSE;
}

/* For tests */

void
_kr_employee_list_set_survey_min_rows (guint n_rows)
{
  survey_min_rows = n_rows;
}

gboolean
_kr_employee_list_is_surveying (KrEmployeeList *self)
{
  return self->survey != NULL;
}

guint
_kr_employee_list_count_boundaries (KrEmployeeList *self)
{
  guint n = 0;

  for (guint page = 1; page < self->boundaries->len; page++)
    n += g_ptr_array_index (self->boundaries, page) != NULL;
  return n;
}
