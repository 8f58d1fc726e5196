/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kr-database.h"

G_BEGIN_DECLS

/* Reads through @repository (a repository of core) in a worker: returns what it read (freed
 * with the @result_free given to kr_read_job_run ()), or NULL with @error set. */
typedef gpointer (*KrReadFunc) (gpointer repository,
                                gpointer data,
                                GCancellable *cancellable,
                                GError **error);

/* A repository's constructor, such as kr_training_repository_new (). */
typedef gpointer (*KrRepositoryNewFunc) (KrDatabase *database);

/* Runs @read in a worker thread over a read-only connection of its own to @database's file, as
 * its signed-in identity, through a repository made with @repository_new, so that the window
 * never waits for the queries; an in-memory database, which no other connection can open, is
 * read through @repository (the caller's, over @database) on the main loop from an idle.
 * @callback runs on the main thread with @source_object as the GTask's source. Section
 * headers wrap it for their repository (kr-appraisal-read-job.h, kr-training-read-job.h). */
void kr_read_job_run (gpointer source_object,
                      gpointer repository,
                      KrDatabase *database,
                      KrRepositoryNewFunc repository_new,
                      KrReadFunc read,
                      gpointer data,
                      GDestroyNotify data_free,
                      GDestroyNotify result_free,
                      GCancellable *cancellable,
                      GAsyncReadyCallback callback,
                      gpointer user_data);

/* Returns: (transfer full) (nullable): what @read returned, or NULL with @error set (also
 * G_IO_ERROR_CANCELLED when cancelled) */
gpointer kr_read_job_finish (GAsyncResult *result, GError **error);

/* Defines kr_<section>_read_job_run () and _finish () for one repository type. */
#define KR_DEFINE_READ_JOB(RepositoryType, ReadFunc, prefix, repository_get_database,              \
                           repository_new)                                                         \
  typedef gpointer (*ReadFunc) (RepositoryType * repository, gpointer data,                        \
                                GCancellable * cancellable, GError * *error);                      \
  static inline void prefix##_run (gpointer source_object, RepositoryType *repository,             \
                                   ReadFunc read, gpointer data, GDestroyNotify data_free,         \
                                   GDestroyNotify result_free, GCancellable *cancellable,          \
                                   GAsyncReadyCallback callback, gpointer user_data)               \
  {                                                                                                \
    kr_read_job_run (source_object, repository, repository_get_database (repository),              \
                     (KrRepositoryNewFunc) (void (*) (void)) repository_new,                       \
                     (KrReadFunc) (void (*) (void)) read, data, data_free, result_free,            \
                     cancellable, callback, user_data);                                            \
  }                                                                                                \
  static inline gpointer prefix##_finish (GAsyncResult *result, GError **error)                    \
  {                                                                                                \
    return kr_read_job_finish (result, error);                                                     \
  }

G_END_DECLS
