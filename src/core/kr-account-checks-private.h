/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-account.h"
#include "kr-repository-private.h"

G_BEGIN_DECLS

/* The checks of kr-account-checks.c, shared by the parts of the account repository. Each
 * returns %FALSE with @error set, naming the field or the conflict, when the account fails. */

/* What @account says about itself (@display_name, role and unit), before any lookup. */
gboolean
_kr_account_check_values (const KrAccount *account, const char *display_name, GError **error);

/* The unit and the employee that @account names exist (%KR_ERROR_NOT_FOUND). */
gboolean
_kr_account_check_references (KrStatements *statements, const KrAccount *account, GError **error);

/* No account has @user_name yet (%KR_ERROR_CONFLICT). */
gboolean
_kr_account_check_user_name_free (KrStatements *statements, const char *user_name, GError **error);

/* @account, as stored, is not the last enabled administrator (%KR_ERROR_CONFLICT). */
gboolean _kr_account_check_not_last_administrator (KrStatements *statements,
                                                   const KrAccount *account,
                                                   GError **error);

G_END_DECLS
