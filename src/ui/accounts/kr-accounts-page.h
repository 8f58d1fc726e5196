/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-account-repository.h"
#include "kr-employee-repository.h"
#include "kr-unit-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_ACCOUNTS_PAGE (kr_accounts_page_get_type ())

G_DECLARE_FINAL_TYPE (KrAccountsPage, kr_accounts_page, KR, ACCOUNTS_PAGE, AdwPreferencesPage)

/* The Accounts page of the preferences, for administrators: every account of @database with
 * its role (and unit, for a unit head) and whether it is disabled; adds accounts, changes
 * them, sets new passwords, disables and enables them. It follows the repository's
 * `changed` signal; messages show as toasts of the preferences window. */
GtkWidget *kr_accounts_page_new (KrDatabase *database,
                                 KrAccountRepository *accounts,
                                 KrUnitRepository *units,
                                 KrEmployeeRepository *employees);

/* The row of the account with @user_name, or NULL; for tests. */
AdwActionRow *kr_accounts_page_find_row (KrAccountsPage *self, const char *user_name);

/* How many accounts are listed. */
guint kr_accounts_page_get_n_accounts (KrAccountsPage *self);

G_END_DECLS
