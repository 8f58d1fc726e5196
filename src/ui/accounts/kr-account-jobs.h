/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kr-account-repository.h"

G_BEGIN_DECLS

/* The calls of the account repository that hash a password with Argon2id (0.1–0.5 s each),
 * run in a worker thread so that the window keeps drawing. The worker uses the repository's
 * connection: callers make sure that nothing else uses it meanwhile (the sections are not
 * loaded yet, or a modal dialog holds the window). The repository emits `changed` in the
 * worker, so its handlers must only schedule work for the main loop.
 *
 * Each job keeps @source_object and @repository alive until @callback runs, and wipes the
 * passwords it copied. */

/* What kr_account_job_start() does with @account and the password. */
typedef enum
{
  /* Signs in as @account's user name: finish with kr_account_job_authenticate_finish(). */
  KR_ACCOUNT_JOB_AUTHENTICATE,
  /* Adds @account: finish with kr_account_job_add_finish(). */
  KR_ACCOUNT_JOB_ADD,
} KrAccountJobKind;

void kr_account_job_start (gpointer source_object,
                           KrAccountRepository *repository,
                           KrAccountJobKind kind,
                           const KrAccount *account,
                           const char *password,
                           GCancellable *cancellable,
                           GAsyncReadyCallback callback,
                           gpointer user_data);

/* Returns who signed in, or NULL with @error set; @retry_after_seconds says how long the
 * account must wait when the attempt came too soon after wrong passwords (0 otherwise). */
KrIdentity *kr_account_job_authenticate_finish (GAsyncResult *result,
                                                guint *retry_after_seconds,
                                                GError **error);

/* Returns the account as added (with its id and the names as stored), or NULL with @error
 * set. */
KrAccount *kr_account_job_add_finish (GAsyncResult *result, GError **error);

/* Sets the password of account @id as an administrator does (@old_password NULL), or, with
 * @id 0, changes the signed-in account's own password from @old_password. */
void kr_account_job_set_password (gpointer source_object,
                                  KrAccountRepository *repository,
                                  gint64 id,
                                  const char *old_password,
                                  const char *new_password,
                                  GCancellable *cancellable,
                                  GAsyncReadyCallback callback,
                                  gpointer user_data);

gboolean kr_account_job_set_password_finish (GAsyncResult *result, GError **error);

G_END_DECLS
