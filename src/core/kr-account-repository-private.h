/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-account-repository.h"

G_BEGIN_DECLS

/* For tests of kr-account-repository.c. */

/**
 * _kr_account_repository_set_now:
 * @self: a #KrAccountRepository
 * @now: (nullable): the time to use as now, or %NULL for the clock
 *
 * Fixes the time that sign-in delays and new accounts use, so that tests can step through
 * the delays without waiting.
 */
void _kr_account_repository_set_now (KrAccountRepository *self, GDateTime *now);

/**
 * _kr_account_repository_set_hash_cost:
 * @self: a #KrAccountRepository
 * @opslimit: the Argon2id operations limit of new hashes
 * @memlimit: the Argon2id memory limit of new hashes, in bytes
 *
 * Makes new password hashes cheaper than crypto_pwhash_OPSLIMIT_INTERACTIVE and
 * crypto_pwhash_MEMLIMIT_INTERACTIVE, so that tests can add many accounts quickly. A hash
 * carries its own cost, so that verifying it needs no setting.
 */
void
_kr_account_repository_set_hash_cost (KrAccountRepository *self, guint64 opslimit, gsize memlimit);

/**
 * _kr_account_get_sign_in_delay:
 * @n_failed: the wrong passwords given in a row
 *
 * Returns: how many seconds an account waits after @n_failed wrong passwords before the next
 *   attempt is heard
 */
guint _kr_account_get_sign_in_delay (guint n_failed);

G_END_DECLS
