/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-read-job"

#include "config.h"

#include "kr-read-job.h"

typedef struct
{
  gpointer repository; /* the caller's, for an in-memory database */
  char *database_path;
  KrIdentity *identity;
  KrRepositoryNewFunc repository_new;
  KrReadFunc read;
  gpointer data;
  GDestroyNotify data_free;
  GDestroyNotify result_free;
} Job;

static void
job_free (Job *job)
{
  g_clear_object (&job->repository);
  g_free (job->database_path);
  g_clear_pointer (&job->identity, kr_identity_unref);
  if (job->data_free != NULL)
    g_clear_pointer (&job->data, job->data_free);
  g_free (job);
}

static void
return_result (GTask *task, Job *job, gpointer result, GError *error)
{
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, job->result_free);
}

static void
job_thread_cb (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr (KrDatabase) database = NULL;
  g_autoptr (GObject) repository = NULL;
  GError *error = NULL;
  gpointer result = NULL;

  database = kr_database_open (job->database_path, KR_DATABASE_FLAGS_READ_ONLY, &error);
  if (database != NULL)
    {
      kr_database_set_identity (database, job->identity);
      repository = job->repository_new (database);
      result = job->read (repository, job->data, cancellable, &error);
    }
  return_result (task, job, result, error);
}

static gboolean
job_idle_cb (gpointer user_data)
{
  GTask *task = user_data;
  Job *job = g_task_get_task_data (task);
  GError *error = NULL;
  gpointer result = NULL;

  if (!g_task_return_error_if_cancelled (task))
    {
      result = job->read (job->repository, job->data, g_task_get_cancellable (task), &error);
      return_result (task, job, result, error);
    }
  return G_SOURCE_REMOVE;
}

void
kr_read_job_run (gpointer source_object,
                 gpointer repository,
                 KrDatabase *database,
                 KrRepositoryNewFunc repository_new,
                 KrReadFunc read,
                 gpointer data,
                 GDestroyNotify data_free,
                 GDestroyNotify result_free,
                 GCancellable *cancellable,
                 GAsyncReadyCallback callback,
                 gpointer user_data)
{
  KrIdentity *identity;
  g_autoptr (GTask) task = NULL;
  Job *job;

  g_return_if_fail (G_IS_OBJECT (repository));
  g_return_if_fail (KR_IS_DATABASE (database));
  g_return_if_fail (repository_new != NULL);
  g_return_if_fail (read != NULL);

  identity = kr_database_get_identity (database);
  job = g_new0 (Job, 1);
  job->database_path = g_strdup (kr_database_get_path (database));
  job->identity = identity != NULL ? kr_identity_ref (identity) : NULL;
  job->repository_new = repository_new;
  job->read = read;
  job->data = data;
  job->data_free = data_free;
  job->result_free = result_free;
  task = g_task_new (source_object, cancellable, callback, user_data);
  g_task_set_source_tag (task, kr_read_job_run);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  /* Errors are returned, not a NULL result that a caller might take for "nothing". */
  g_task_set_check_cancellable (task, TRUE);

  if (g_strcmp0 (job->database_path, ":memory:") == 0)
    {
      job->repository = g_object_ref (repository);
      g_idle_add_full (G_PRIORITY_DEFAULT, job_idle_cb, g_object_ref (task), g_object_unref);
      return;
    }
  g_task_run_in_thread (task, job_thread_cb);
}

gpointer
kr_read_job_finish (GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
