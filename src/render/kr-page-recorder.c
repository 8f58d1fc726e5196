/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-page-recorder"

#include "config.h"

#include "kr-page-recorder.h"

struct _KrPageRecorder
{
  GMutex mutex;
  GCond cond;
  GCancellable *cancellable;

  /* Set before the worker starts */
  KrDocument *document; /* the caller's, or NULL to build one */
  char *database_path;
  KrPageRecorderBuildFunc build;
  gpointer build_data;
  GDestroyNotify build_destroy;
  double width;
  double height;
  gboolean started;

  /* Under the mutex */
  KrPageRecorderProgress progress;
  GError *error;
  GHashTable *pages; /* page number -> recorded cairo_surface_t */
  int wanted;        /* the page the consumer waits for, -1 for none */
  int last_taken;
  gboolean backward; /* the consumer takes pages in decreasing order */
  guint run_last;    /* the last page of the worker's current run */
  gboolean stopping;
  gboolean worker_done;
  guint max_held;
  guint n_recorded;
};

/* The error with which the worker ends a run of pages to start another. */
static GQuark
restart_quark (void)
{
  return g_quark_from_static_string ("kr-page-recorder-restart");
}

static void
recorder_clear (gpointer data)
{
  KrPageRecorder *self = data;

  g_clear_pointer (&self->document, kr_document_free);
  if (self->build_destroy != NULL)
    self->build_destroy (self->build_data);
  g_free (self->database_path);
  g_clear_pointer (&self->pages, g_hash_table_unref);
  g_clear_error (&self->error);
  g_clear_object (&self->cancellable);
  g_mutex_clear (&self->mutex);
  g_cond_clear (&self->cond);
}

static KrPageRecorder *
recorder_new (void)
{
  KrPageRecorder *self = g_atomic_rc_box_new0 (KrPageRecorder);

  g_mutex_init (&self->mutex);
  g_cond_init (&self->cond);
  self->cancellable = g_cancellable_new ();
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) cairo_surface_destroy);
  self->wanted = -1;
  self->last_taken = -1;
  return self;
}

KrPageRecorder *
kr_page_recorder_new (KrDocument *document)
{
  KrPageRecorder *self;

  g_return_val_if_fail (document != NULL, NULL);

  self = recorder_new ();
  /* The caller's row sources may be costly: read them once. */
  kr_document_set_keep_rows (document, TRUE);
  self->document = document;
  return self;
}

KrPageRecorder *
kr_page_recorder_new_for_database (const char *path,
                                   KrPageRecorderBuildFunc build,
                                   gpointer user_data,
                                   GDestroyNotify destroy)
{
  KrPageRecorder *self;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (build != NULL, NULL);

  self = recorder_new ();
  self->database_path = g_strdup (path);
  self->build = build;
  self->build_data = user_data;
  self->build_destroy = destroy;
  return self;
}

KrPageRecorder *
kr_page_recorder_ref (KrPageRecorder *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

void
kr_page_recorder_unref (KrPageRecorder *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, recorder_clear);
}

/* With the mutex held, as all that follows up to the worker thread. */
static gboolean
is_stopping (KrPageRecorder *self)
{
  return self->stopping || g_cancellable_is_cancelled (self->cancellable);
}

static gboolean
needs_page (KrPageRecorder *self)
{
  return self->wanted >= 0 && !g_hash_table_contains (self->pages, GINT_TO_POINTER (self->wanted));
}

/* Returns @page if it is recorded, or else asks the worker for it; drops the pages behind
 * the consumer either way. */
static cairo_surface_t *
take_locked (KrPageRecorder *self, int page)
{
  cairo_surface_t *surface = g_hash_table_lookup (self->pages, GINT_TO_POINTER (page));
  GHashTableIter iter;
  gpointer key;

  if (self->last_taken >= 0 && page != self->last_taken)
    self->backward = page < self->last_taken;
  g_hash_table_iter_init (&iter, self->pages);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      int other = GPOINTER_TO_INT (key);

      if (other != page && (self->backward ? other > page : other < page))
        g_hash_table_iter_remove (&iter);
    }
  if (surface != NULL)
    {
      cairo_surface_reference (surface);
      self->last_taken = page;
      self->wanted = -1;
    }
  else
    self->wanted = page;
  g_cond_broadcast (&self->cond);
  return surface;
}

/* Whether waiting is over for want of a worker: it failed, stopped or was told to. */
static gboolean
set_ended_error (KrPageRecorder *self, GError **error)
{
  if (self->error != NULL)
    g_propagate_error (error, g_error_copy (self->error));
  else if (is_stopping (self) || self->worker_done)
    {
      g_cancellable_cancel (self->cancellable);
      g_cancellable_set_error_if_cancelled (self->cancellable, error);
    }
  else
    return FALSE;
  return TRUE;
}

/* The worker thread */

static void
layout_progress_cb (KrDocument *document, guint rows, guint page, gpointer user_data)
{
  KrPageRecorder *self = user_data;

  g_mutex_lock (&self->mutex);
  if (!self->progress.paginated)
    {
      self->progress.rows = rows;
      self->progress.page = page;
    }
  g_mutex_unlock (&self->mutex);
}

static gboolean
paginate (KrPageRecorder *self, KrDocument *document, GError **error)
{
  /* Pages are recorded on recording surfaces: measure on one too. */
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  gboolean ok = kr_document_paginate (document, cr, self->width, self->height, error);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  if (!ok)
    return FALSE;
  g_mutex_lock (&self->mutex);
  self->progress.n_pages = kr_document_get_n_pages (document);
  self->progress.paginated = TRUE;
  self->run_last = self->progress.n_pages - 1;
  g_cond_broadcast (&self->cond);
  g_mutex_unlock (&self->mutex);
  return TRUE;
}

/* Keeps the page and waits while enough pages are ready; ends the run when the consumer
 * wants a page that the run will not reach soon. */
static gboolean
page_recorded_cb (KrDocument *document,
                  guint page,
                  cairo_surface_t *surface,
                  gpointer user_data,
                  GError **error)
{
  KrPageRecorder *self = user_data;
  gboolean go_on = TRUE;

  g_mutex_lock (&self->mutex);
  g_hash_table_replace (self->pages, GUINT_TO_POINTER (page), cairo_surface_reference (surface));
  self->n_recorded++;
  self->max_held = MAX (self->max_held, g_hash_table_size (self->pages));
  g_cond_broadcast (&self->cond);
  for (;;)
    {
      if (is_stopping (self))
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Stopped");
          go_on = FALSE;
          break;
        }
      if (needs_page (self))
        {
          guint wanted = (guint) self->wanted;

          /* Recording every page up to a far one costs more than starting from it. */
          if (wanted < page || wanted > self->run_last || wanted > page + KR_PAGE_RECORDER_WINDOW)
            {
              g_set_error_literal (error, restart_quark (), 0, "Restart");
              go_on = FALSE;
            }
          break;
        }
      if (page >= self->run_last || g_hash_table_size (self->pages) < KR_PAGE_RECORDER_WINDOW)
        break;
      g_cond_wait (&self->cond, &self->mutex);
    }
  g_mutex_unlock (&self->mutex);
  return go_on;
}

/* Records runs of pages as the consumer asks for them until told to stop. */
static gboolean
serve_pages (KrPageRecorder *self, KrDocument *document, GError **error)
{
  guint first = 0, last = self->progress.n_pages - 1;

  for (;;)
    {
      g_autoptr (GError) local_error = NULL;
      gboolean ok =
          kr_document_record_pages (document, first, last, page_recorded_cb, self, &local_error);

      g_mutex_lock (&self->mutex);
      if (!ok && !is_stopping (self) && !g_error_matches (local_error, restart_quark (), 0))
        {
          g_mutex_unlock (&self->mutex);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      while (!is_stopping (self) && !needs_page (self))
        g_cond_wait (&self->cond, &self->mutex);
      if (is_stopping (self))
        {
          g_mutex_unlock (&self->mutex);
          return TRUE;
        }
      if (self->backward)
        {
          last = (guint) self->wanted;
          first = last >= KR_PAGE_RECORDER_WINDOW - 1 ? last - (KR_PAGE_RECORDER_WINDOW - 1) : 0;
        }
      else
        {
          first = (guint) self->wanted;
          last = self->progress.n_pages - 1;
        }
      self->run_last = last;
      g_mutex_unlock (&self->mutex);
    }
}

static gboolean
lay_out (KrPageRecorder *self, KrDocument *document, GError **error)
{
  gboolean ok;

  g_mutex_lock (&self->mutex);
  self->progress.expected_rows = kr_document_get_expected_rows (document);
  g_mutex_unlock (&self->mutex);
  kr_document_set_cancellable (document, self->cancellable);
  kr_document_set_progress_func (document, layout_progress_cb, self);
  ok = paginate (self, document, error) && serve_pages (self, document, error);
  kr_document_set_progress_func (document, NULL, NULL);
  kr_document_set_cancellable (document, NULL);
  return ok;
}

static void
worker_thread_cb (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  KrPageRecorder *self = task_data;
  g_autoptr (GError) error = NULL;
  gboolean ok;

  if (self->document != NULL)
    ok = lay_out (self, self->document, &error);
  else
    {
      /* A connection of this thread's own (one SQLite connection per thread); it and the
       * document that reads it go with the thread. */
      g_autoptr (KrDatabase) database =
          kr_database_open (self->database_path, KR_DATABASE_FLAGS_READ_ONLY, &error);
      g_autoptr (KrDocument) document =
          database != NULL ? self->build (database, self->build_data, &error) : NULL;

      ok = document != NULL && lay_out (self, document, &error);
    }

  g_mutex_lock (&self->mutex);
  if (!ok && self->error == NULL && !is_stopping (self))
    self->error = g_steal_pointer (&error);
  self->worker_done = TRUE;
  g_cond_broadcast (&self->cond);
  g_mutex_unlock (&self->mutex);
  g_task_return_boolean (task, TRUE);
}

/* The consumer's side */

void
kr_page_recorder_start (KrPageRecorder *self, double width, double height)
{
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (!self->started);
  g_return_if_fail (width > 0 && height > 0);

  self->width = width;
  self->height = height;
  self->started = TRUE;
  /* The recorder, not the task, has the cancellable: the worker always runs to its end. */
  task = g_task_new (NULL, NULL, NULL, NULL);
  g_task_set_source_tag (task, kr_page_recorder_start);
  g_task_set_task_data (task, kr_page_recorder_ref (self), (GDestroyNotify) kr_page_recorder_unref);
  g_task_run_in_thread (task, worker_thread_cb);
}

gboolean
kr_page_recorder_wait_paginated (KrPageRecorder *self,
                                 gint64 timeout,
                                 guint *n_pages,
                                 GError **error)
{
  gint64 deadline = g_get_monotonic_time () + timeout;
  gboolean paginated;

  g_return_val_if_fail (self != NULL && self->started, FALSE);
  g_return_val_if_fail (n_pages != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_mutex_lock (&self->mutex);
  while (!self->progress.paginated && self->error == NULL && !self->worker_done &&
         !is_stopping (self) && timeout > 0 &&
         g_cond_wait_until (&self->cond, &self->mutex, deadline))
    ;
  paginated = self->progress.paginated && self->error == NULL && !is_stopping (self);
  if (paginated)
    *n_pages = self->progress.n_pages;
  else
    set_ended_error (self, error);
  g_mutex_unlock (&self->mutex);
  return paginated;
}

cairo_surface_t *
kr_page_recorder_take_page (KrPageRecorder *self, guint page, gint64 timeout, GError **error)
{
  gint64 deadline = g_get_monotonic_time () + timeout;
  cairo_surface_t *surface = NULL;

  g_return_val_if_fail (self != NULL && self->started, NULL);
  g_return_val_if_fail (page <= G_MAXINT, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g_mutex_lock (&self->mutex);
  while (!is_stopping (self))
    {
      surface = take_locked (self, (int) page);
      if (surface != NULL || self->error != NULL || self->worker_done || is_stopping (self) ||
          timeout <= 0 || !g_cond_wait_until (&self->cond, &self->mutex, deadline))
        break;
    }
  if (surface == NULL)
    set_ended_error (self, error);
  g_mutex_unlock (&self->mutex);
  return surface;
}

void
kr_page_recorder_get_progress (KrPageRecorder *self, KrPageRecorderProgress *progress)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (progress != NULL);

  g_mutex_lock (&self->mutex);
  *progress = self->progress;
  g_mutex_unlock (&self->mutex);
}

guint
kr_page_recorder_get_max_held (KrPageRecorder *self)
{
  guint max_held;

  g_return_val_if_fail (self != NULL, 0);

  g_mutex_lock (&self->mutex);
  max_held = self->max_held;
  g_mutex_unlock (&self->mutex);
  return max_held;
}

guint
kr_page_recorder_get_n_recorded (KrPageRecorder *self)
{
  guint n_recorded;

  g_return_val_if_fail (self != NULL, 0);

  g_mutex_lock (&self->mutex);
  n_recorded = self->n_recorded;
  g_mutex_unlock (&self->mutex);
  return n_recorded;
}

KrDocument *
kr_page_recorder_get_document (KrPageRecorder *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->document;
}

void
kr_page_recorder_stop (KrPageRecorder *self)
{
  g_return_if_fail (self != NULL);

  g_mutex_lock (&self->mutex);
  self->stopping = TRUE;
  g_cond_broadcast (&self->cond);
  g_mutex_unlock (&self->mutex);
  g_cancellable_cancel (self->cancellable);
}

void
kr_page_recorder_join (KrPageRecorder *self)
{
  g_return_if_fail (self != NULL);

  if (!self->started)
    return;
  kr_page_recorder_stop (self);
  g_mutex_lock (&self->mutex);
  while (!self->worker_done)
    g_cond_wait (&self->cond, &self->mutex);
  g_mutex_unlock (&self->mutex);
}
