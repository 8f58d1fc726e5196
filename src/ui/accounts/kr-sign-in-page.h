/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-account-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_SIGN_IN_PAGE (kr_sign_in_page_get_type ())

G_DECLARE_FINAL_TYPE (KrSignInPage, kr_sign_in_page, KR, SIGN_IN_PAGE, AdwBin)

/* The page a database with accounts opens on: user name and password, checked in a worker
 * thread. A wrong password or a disabled account is said under the form; while the account
 * must wait after wrong passwords, a countdown replaces the message and Sign In is off.
 * Emits `signed-in` with the #KrIdentity; the receiver signs in with it. */
GtkWidget *kr_sign_in_page_new (void);

/* Starts over for @repository (NULL: none; a check still running is forgotten), with the
 * database's file name @database_name in the description and @user_name (nullable) typed in,
 * in which case the password has the focus. */
void kr_sign_in_page_set_repository (KrSignInPage *self,
                                     KrAccountRepository *repository,
                                     const char *database_name,
                                     const char *user_name);

/* Whether a password is being checked. */
gboolean kr_sign_in_page_get_busy (KrSignInPage *self);

/* The message under the form ("" when none shows). */
const char *kr_sign_in_page_get_message (KrSignInPage *self);

/* Seconds left before the account may try again; 0 when it need not wait. */
guint kr_sign_in_page_get_wait (KrSignInPage *self);

/* Puts the focus where typing should start: the user name, or the password when a user name
 * is typed in. */
void kr_sign_in_page_focus (KrSignInPage *self);

G_END_DECLS
