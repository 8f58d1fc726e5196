/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-account-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_PASSWORD_DIALOG (kr_password_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KrPasswordDialog, kr_password_dialog, KR, PASSWORD_DIALOG, AdwWindow)

/* Changes the signed-in account's own password: current, new, and the new one again. */
KrPasswordDialog *kr_password_dialog_new_change_own (KrAccountRepository *repository);

/* Sets a new password for @account, as an administrator does for someone who forgot theirs. */
KrPasswordDialog *
kr_password_dialog_new_reset (KrAccountRepository *repository, const KrAccount *account);

/* Whether the password is being saved. */
gboolean kr_password_dialog_get_busy (KrPasswordDialog *self);

G_END_DECLS
