/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kr-appraisal-repository.h"

G_BEGIN_DECLS

/* Reads through @repository in a worker: returns what it read (freed with the @result_free
 * given to kr_appraisal_read_job_run ()), or NULL with @error set. */
typedef gpointer (*KrAppraisalReadFunc) (KrAppraisalRepository *repository,
                                         gpointer data,
                                         GCancellable *cancellable,
                                         GError **error);

/* Runs @read in a worker thread over a read-only connection of its own to @repository's
 * database file, as its signed-in identity, so that the window never waits for the queries;
 * an in-memory database, which no other connection can open, is read on the main loop from an
 * idle. @callback runs on the main thread with @source_object as the GTask's source. */
void kr_appraisal_read_job_run (gpointer source_object,
                                KrAppraisalRepository *repository,
                                KrAppraisalReadFunc read,
                                gpointer data,
                                GDestroyNotify data_free,
                                GDestroyNotify result_free,
                                GCancellable *cancellable,
                                GAsyncReadyCallback callback,
                                gpointer user_data);

/* Returns: (transfer full) (nullable): what @read returned, or NULL with @error set (also
 * G_IO_ERROR_CANCELLED when cancelled) */
gpointer kr_appraisal_read_job_finish (GAsyncResult *result, GError **error);

G_END_DECLS
