/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "kr-database.h"
#include "kr-document.h"

G_BEGIN_DECLS

/**
 * KrPageRecorder:
 *
 * Lays a #KrDocument out and records its pages in a worker thread, for a consumer in another
 * thread (the print operation's draw-page, in the main loop) that only replays them.
 *
 * The worker paginates the document, then records its pages one by one
 * (kr_document_record_pages()), at most %KR_PAGE_RECORDER_WINDOW pages ahead of the page
 * taken last, and waits while that many are ready; pages behind the consumer are dropped. So
 * a document of tens of thousands of pages costs the memory of a few dozen. A page asked for
 * that the worker will not reach soon (copies, reversed order, page ranges) makes it start
 * recording again from there, a window's worth backwards when the consumer goes backwards.
 * Every function but the build function is called from the consumer's thread.
 */
typedef struct _KrPageRecorder KrPageRecorder;

/** KR_PAGE_RECORDER_WINDOW: the most recorded pages a recorder holds, besides the last taken. */
#define KR_PAGE_RECORDER_WINDOW 32

/**
 * KrPageRecorderBuildFunc:
 * @database: a read-only connection of the worker thread's own
 * @user_data: the data given to kr_page_recorder_new_for_database()
 * @error: return location for a #GError
 *
 * Builds the document to record, in the worker thread.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 */
typedef KrDocument *(*KrPageRecorderBuildFunc) (KrDatabase *database,
                                                gpointer user_data,
                                                GError **error);

/**
 * KrPageRecorderProgress:
 * @paginated: whether the pages are laid out
 * @n_pages: the number of pages, once @paginated
 * @rows: the table rows the pagination has placed so far
 * @expected_rows: how many rows it will place (kr_document_get_expected_rows()), 0 if unknown
 * @page: the page the pagination has reached, from 0
 *
 * How far a recorder has come, for a progress bar.
 */
typedef struct
{
  gboolean paginated;
  guint n_pages;
  guint rows;
  guint expected_rows;
  guint page;
} KrPageRecorderProgress;

/**
 * kr_page_recorder_new:
 * @document: (transfer full): the document to record; it keeps its table rows between the
 *   pagination and the recording (kr_document_set_keep_rows()), so its row sources run once,
 *   in the worker thread; do not touch it from elsewhere until kr_page_recorder_join()
 *
 * Returns: (transfer full): a recorder of @document, not started
 */
KrPageRecorder *kr_page_recorder_new (KrDocument *document);

/**
 * kr_page_recorder_new_for_database:
 * @path: the file of the database the document reads; the worker thread opens it read-only
 *   for a connection of its own
 * @build: (scope notified): builds the document over that connection
 * @user_data: data for @build
 * @destroy: (nullable): frees @user_data
 *
 * Makes a recorder whose document is built and freed in the worker thread. Its rows are read
 * again for the recording rather than kept, so a list of millions of rows costs the memory of
 * a few pages.
 *
 * Returns: (transfer full): a recorder, not started
 */
KrPageRecorder *kr_page_recorder_new_for_database (const char *path,
                                                   KrPageRecorderBuildFunc build,
                                                   gpointer user_data,
                                                   GDestroyNotify destroy);

/**
 * kr_page_recorder_ref:
 * @self: a recorder
 *
 * Returns: (transfer full): @self
 */
KrPageRecorder *kr_page_recorder_ref (KrPageRecorder *self);

/**
 * kr_page_recorder_unref:
 * @self: (transfer full): a recorder
 *
 * Drops a reference; the worker keeps one of its own until it has stopped.
 */
void kr_page_recorder_unref (KrPageRecorder *self);

/**
 * kr_page_recorder_start:
 * @self: a recorder not yet started
 * @width: the page width in points
 * @height: the page height in points
 *
 * Starts the worker thread, which lays the document out on pages of @width × @height.
 */
void kr_page_recorder_start (KrPageRecorder *self, double width, double height);

/**
 * kr_page_recorder_wait_paginated:
 * @self: a started recorder
 * @timeout: the longest to wait, in microseconds; 0 not to wait
 * @n_pages: (out): the number of pages, when %TRUE is returned
 * @error: return location for a #GError
 *
 * Waits until the document is laid out, for at most @timeout.
 *
 * Returns: %TRUE when it is; %FALSE with @error set when the worker failed or was stopped
 *   (%G_IO_ERROR_CANCELLED), %FALSE without an error when the time ran out
 */
gboolean kr_page_recorder_wait_paginated (KrPageRecorder *self,
                                          gint64 timeout,
                                          guint *n_pages,
                                          GError **error);

/**
 * kr_page_recorder_take_page:
 * @self: a started recorder
 * @page: a page, from 0
 * @timeout: the longest to wait for it, in microseconds; 0 not to wait
 * @error: return location for a #GError
 *
 * Takes page @page, asking the worker for it when it is not recorded yet (or any more), and
 * waits for it for at most @timeout. Replay it with cairo_set_source_surface() and
 * cairo_paint(). The pages behind @page, in the direction the consumer goes, are dropped.
 *
 * Returns: (transfer full) (nullable): the recording of the page; %NULL with @error set when
 *   the worker failed or was stopped (%G_IO_ERROR_CANCELLED, even for a page recorded
 *   before), %NULL without an error when the time ran out
 */
cairo_surface_t *
kr_page_recorder_take_page (KrPageRecorder *self, guint page, gint64 timeout, GError **error);

/**
 * kr_page_recorder_get_progress:
 * @self: a recorder
 * @progress: (out caller-allocates): how far it has come
 */
void kr_page_recorder_get_progress (KrPageRecorder *self, KrPageRecorderProgress *progress);

/**
 * kr_page_recorder_get_max_held:
 * @self: a recorder
 *
 * Returns: the most recorded pages @self has held at once so far, for tests and benchmarks
 */
guint kr_page_recorder_get_max_held (KrPageRecorder *self);

/**
 * kr_page_recorder_get_n_recorded:
 * @self: a recorder
 *
 * Returns: how many pages the worker has recorded so far, counting pages recorded again
 */
guint kr_page_recorder_get_n_recorded (KrPageRecorder *self);

/**
 * kr_page_recorder_get_document:
 * @self: a recorder
 *
 * Returns: (transfer none) (nullable): the document given to kr_page_recorder_new(), %NULL
 *   for one built by the worker
 */
KrDocument *kr_page_recorder_get_document (KrPageRecorder *self);

/**
 * kr_page_recorder_stop:
 * @self: a recorder
 *
 * Tells the worker to stop, at the next table row or page; it fails no wait with an error of
 * its own (waits get %G_IO_ERROR_CANCELLED).
 */
void kr_page_recorder_stop (KrPageRecorder *self);

/**
 * kr_page_recorder_join:
 * @self: a recorder
 *
 * Stops the worker, if it was started, and waits until it has, so that the document can be
 * used again and what the row sources use can be freed.
 */
void kr_page_recorder_join (KrPageRecorder *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrPageRecorder, kr_page_recorder_unref)

G_END_DECLS
