/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-nominate-job"

#include "config.h"

#include "kr-training-nominate-job.h"

#include "kr-training-repository.h"

void
kr_nominate_job_free (KrNominateJob *job)
{
  g_free (job->path);
  g_clear_pointer (&job->identity, kr_identity_unref);
  g_clear_pointer (&job->employee_ids, g_array_unref);
  g_clear_pointer (&job->query, kr_employee_query_free);
  g_free (job->override_reason);
  g_clear_pointer (&job->found_ids, g_array_unref);
  g_clear_pointer (&job->problems, g_ptr_array_unref);
  g_free (job);
}

static gboolean
run (KrNominateJob *job, GError **error)
{
  g_autoptr (KrDatabase) database = NULL;
  g_autoptr (KrTrainingRepository) training = NULL;

  database = kr_database_open (job->path, KR_DATABASE_FLAGS_NO_CREATE, error);
  if (database == NULL)
    return FALSE;
  kr_database_set_identity (database, job->identity);
  training = kr_training_repository_new (database);
  if (job->employee_ids != NULL)
    job->found_ids = g_array_ref (job->employee_ids);
  else
    job->found_ids = kr_training_repository_list_query_employees (training, job->query, error);
  if (job->found_ids == NULL)
    return FALSE;
  if (job->nominate)
    return kr_training_repository_nominate (
        training, job->session_id, (const gint64 *) (gpointer) job->found_ids->data,
        job->found_ids->len, job->override_reason, &job->n_nominated, &job->n_skipped, error);
  job->problems = kr_training_repository_check_nominations (
      training, job->session_id, (const gint64 *) (gpointer) job->found_ids->data,
      job->found_ids->len, error);
  return job->problems != NULL;
}

static void
thread_cb (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  g_autoptr (GError) error = NULL;

  if (!run (task_data, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

void
kr_nominate_job_run (GTask *task, KrNominateJob *job)
{
  g_task_set_task_data (task, job, (GDestroyNotify) kr_nominate_job_free);
  g_task_run_in_thread (task, thread_cb);
}
