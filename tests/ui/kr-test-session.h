/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-account-repository.h"
#include "kr-window-private.h"

G_BEGIN_DECLS

/* The password of every account the tests make. */
#define KR_TEST_PASSWORD "rahasia-kantor"

/* Adds an account with password KR_TEST_PASSWORD and hashes cheap enough for tests. The first
 * account of @db must be the administrator "admin"; the later ones are added as "admin".
 * Returns the account's id. */
gint64 kr_test_add_account (KrDatabase *db,
                            const char *user_name,
                            const char *display_name,
                            KrRole role,
                            gint64 unit_id);

/* Makes the application's account repository hash cheaply, for accounts added through the
 * GUI. */
void kr_test_make_hashes_cheap (KrApplication *app);

/* Types @user_name and @password on @window's sign-in page, presses Sign In and waits for
 * the answer. */
void kr_test_sign_in (KrWindow *window, const char *user_name, const char *password);

G_END_DECLS
