/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-account-jobs"

#include "config.h"

#include "kr-account-jobs.h"

/* The kinds of KrAccountJobKind, then this one. */
enum
{
  JOB_SET_PASSWORD = KR_ACCOUNT_JOB_ADD + 1,
};

typedef struct
{
  int kind;
  KrAccountRepository *repository;
  KrAccount *account;
  gint64 id;
  KrPassword *password;
  KrPassword *new_password;
  guint retry_after;
} Job;

static void
job_free (Job *job)
{
  g_clear_object (&job->repository);
  g_clear_pointer (&job->account, kr_account_free);
  g_clear_pointer (&job->password, kr_password_free);
  g_clear_pointer (&job->new_password, kr_password_free);
  g_free (job);
}

static void
run_authenticate (GTask *task, Job *job)
{
  g_autoptr (GError) error = NULL;
  KrIdentity *identity = NULL;

  if (kr_account_repository_authenticate (job->repository, job->account->user_name, job->password,
                                          &identity, &job->retry_after, &error))
    g_task_return_pointer (task, identity, (GDestroyNotify) kr_identity_unref);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
run_add (GTask *task, Job *job)
{
  g_autoptr (GError) error = NULL;

  if (kr_account_repository_add (job->repository, job->account, job->password, &error) == 0)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* The names as stored, without the spaces the repository dropped. */
  {
    KrAccount *stored = kr_account_repository_get (job->repository, job->account->id, NULL);

    g_task_return_pointer (task, stored != NULL ? stored : kr_account_copy (job->account),
                           (GDestroyNotify) kr_account_free);
  }
}

static void
run_set_password (GTask *task, Job *job)
{
  g_autoptr (GError) error = NULL;
  gboolean ok;

  if (job->id == 0)
    ok = kr_account_repository_change_own_password (job->repository, job->password,
                                                    job->new_password, &error);
  else
    ok = kr_account_repository_reset_password (job->repository, job->id, job->new_password, &error);
  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
job_thread_cb (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  Job *job = task_data;

  switch (job->kind)
    {
    case KR_ACCOUNT_JOB_AUTHENTICATE:
      run_authenticate (task, job);
      break;
    case KR_ACCOUNT_JOB_ADD:
      run_add (task, job);
      break;
    case JOB_SET_PASSWORD:
      run_set_password (task, job);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
start (gpointer source_object,
       Job *job,
       gpointer tag,
       GCancellable *cancellable,
       GAsyncReadyCallback callback,
       gpointer user_data)
{
  g_autoptr (GTask) task = g_task_new (source_object, cancellable, callback, user_data);

  g_task_set_source_tag (task, tag);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, job_thread_cb);
}

static Job *
job_new (int kind, KrAccountRepository *repository)
{
  Job *job = g_new0 (Job, 1);

  job->kind = kind;
  job->repository = g_object_ref (repository);
  return job;
}

void
kr_account_job_start (gpointer source_object,
                      KrAccountRepository *repository,
                      KrAccountJobKind kind,
                      const KrAccount *account,
                      const char *password,
                      GCancellable *cancellable,
                      GAsyncReadyCallback callback,
                      gpointer user_data)
{
  Job *job;

  g_return_if_fail (KR_IS_ACCOUNT_REPOSITORY (repository));
  g_return_if_fail (kind == KR_ACCOUNT_JOB_AUTHENTICATE || kind == KR_ACCOUNT_JOB_ADD);
  g_return_if_fail (account != NULL);
  g_return_if_fail (kind != KR_ACCOUNT_JOB_AUTHENTICATE || account->user_name != NULL);
  g_return_if_fail (password != NULL);

  job = job_new (kind, repository);
  job->account = kr_account_copy (account);
  job->password = g_strdup (password);
  start (source_object, job, kr_account_job_start, cancellable, callback, user_data);
}

KrIdentity *
kr_account_job_authenticate_finish (GAsyncResult *result,
                                    guint *retry_after_seconds,
                                    GError **error)
{
  Job *job;

  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kr_account_job_start, NULL);

  job = g_task_get_task_data (G_TASK (result));
  g_return_val_if_fail (job->kind == KR_ACCOUNT_JOB_AUTHENTICATE, NULL);
  if (retry_after_seconds != NULL)
    *retry_after_seconds = job->retry_after;
  return g_task_propagate_pointer (G_TASK (result), error);
}

KrAccount *
kr_account_job_add_finish (GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kr_account_job_start, NULL);
  g_return_val_if_fail (
      ((Job *) g_task_get_task_data (G_TASK (result)))->kind == KR_ACCOUNT_JOB_ADD, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

void
kr_account_job_set_password (gpointer source_object,
                             KrAccountRepository *repository,
                             gint64 id,
                             const char *old_password,
                             const char *new_password,
                             GCancellable *cancellable,
                             GAsyncReadyCallback callback,
                             gpointer user_data)
{
  Job *job;

  g_return_if_fail (KR_IS_ACCOUNT_REPOSITORY (repository));
  g_return_if_fail ((id == 0) == (old_password != NULL));
  g_return_if_fail (new_password != NULL);

  job = job_new (JOB_SET_PASSWORD, repository);
  job->id = id;
  job->password = g_strdup (old_password);
  job->new_password = g_strdup (new_password);
  start (source_object, job, kr_account_job_set_password, cancellable, callback, user_data);
}

gboolean
kr_account_job_set_password_finish (GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kr_account_job_set_password,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
