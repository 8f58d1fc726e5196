/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-promotion-propose-job"

#include "config.h"

#include "kr-promotion-propose-job.h"

typedef struct
{
  char *path;
  KrIdentity *identity;
  GArray *requests;
  GDate period;
  KrPromotionRepository *promotions; /* the caller's: told of the change */
  guint n_proposed;
  guint n_refused;
  char *first_error;
} Job;

static void
job_free (Job *job)
{
  g_free (job->path);
  g_clear_pointer (&job->identity, kr_identity_unref);
  g_array_unref (job->requests);
  g_clear_object (&job->promotions);
  g_free (job->first_error);
  g_free (job);
}

static void
propose_all (Job *job, KrPromotionRepository *repository)
{
  for (guint i = 0; i < job->requests->len; i++)
    {
      const KrProposeRequest *request = &g_array_index (job->requests, KrProposeRequest, i);
      g_autoptr (GError) error = NULL;

      if (kr_promotion_repository_propose (repository, request->employee_id, request->kind,
                                           &job->period, NULL, NULL, &error))
        job->n_proposed++;
      else
        {
          job->n_refused++;
          if (job->first_error == NULL)
            job->first_error = g_strdup (error->message);
        }
    }
}

static void
thread_cb (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr (KrDatabase) database = NULL;
  g_autoptr (KrPromotionRepository) repository = NULL;
  GError *error = NULL;

  database = kr_database_open (job->path, KR_DATABASE_FLAGS_NO_CREATE, &error);
  if (database == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  kr_database_set_identity (database, job->identity);
  repository = kr_promotion_repository_new (database);
  propose_all (job, repository);
  g_task_return_boolean (task, TRUE);
}

static void
done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *outer = user_data;
  Job *job = g_task_get_task_data (outer);
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    g_task_return_error (outer, error);
  else
    {
      if (job->n_proposed > 0)
        kr_promotion_repository_notify_changed (job->promotions, KR_PROMOTION_CHANGE_PROMOTIONS |
                                                                     KR_PROMOTION_CHANGE_DOCUMENTS);
      g_task_return_boolean (outer, TRUE);
    }
  g_object_unref (outer);
}

void
kr_promotion_propose_job_run (gpointer source_object,
                              KrPromotionRepository *promotions,
                              GArray *requests,
                              const GDate *period,
                              GAsyncReadyCallback callback,
                              gpointer user_data)
{
  KrDatabase *database = kr_promotion_repository_get_database (promotions);
  GTask *outer = g_task_new (source_object, NULL, callback, user_data);
  g_autoptr (GTask) task = NULL;
  Job *job = g_new0 (Job, 1);

  job->path = g_strdup (kr_database_get_path (database));
  job->identity = kr_database_get_identity (database) != NULL
                      ? kr_identity_ref (kr_database_get_identity (database))
                      : NULL;
  job->requests = requests;
  job->period = *period;
  job->promotions = g_object_ref (promotions);
  g_task_set_source_tag (outer, kr_promotion_propose_job_run);
  /* The outer task keeps the job for _finish () once the worker is done. */
  g_task_set_task_data (outer, job, (GDestroyNotify) job_free);
  if (g_strcmp0 (job->path, ":memory:") == 0)
    {
      /* No other connection can open an in-memory database: write on this one. */
      propose_all (job, promotions);
      if (job->n_proposed > 0)
        kr_promotion_repository_notify_changed (promotions, KR_PROMOTION_CHANGE_PROMOTIONS |
                                                                KR_PROMOTION_CHANGE_DOCUMENTS);
      g_task_return_boolean (outer, TRUE);
      g_object_unref (outer);
      return;
    }
  task = g_task_new (NULL, NULL, done_cb, outer);
  g_task_set_task_data (task, job, NULL);
  g_task_run_in_thread (task, thread_cb);
}

gboolean
kr_promotion_propose_job_finish (GAsyncResult *result,
                                 guint *n_proposed,
                                 guint *n_refused,
                                 char **first_error,
                                 GError **error)
{
  Job *job = g_task_get_task_data (G_TASK (result));

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  *n_proposed = job->n_proposed;
  *n_refused = job->n_refused;
  if (first_error != NULL)
    *first_error = g_strdup (job->first_error);
  return TRUE;
}
