/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-account-repository.h"
#include "kr-employee-repository.h"
#include "kr-unit-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_ACCOUNT_DIALOG (kr_account_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KrAccountDialog, kr_account_dialog, KR, ACCOUNT_DIALOG, AdwWindow)

/* Adds an account (@account NULL: user name, display name, the employee it belongs to, role,
 * the unit a unit head leads, password twice; stored in a worker thread) or changes one
 * (display name, employee, role and unit). Emits `saved` with the account's id, then closes. */
KrAccountDialog *kr_account_dialog_new (KrAccountRepository *accounts,
                                        KrUnitRepository *units,
                                        KrEmployeeRepository *employees,
                                        const KrAccount *account);

/* Whether the account is being saved. */
gboolean kr_account_dialog_get_busy (KrAccountDialog *self);

G_END_DECLS
