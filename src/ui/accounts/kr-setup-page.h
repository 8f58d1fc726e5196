/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-account-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_SETUP_PAGE (kr_setup_page_get_type ())

G_DECLARE_FINAL_TYPE (KrSetupPage, kr_setup_page, KR, SETUP_PAGE, AdwBin)

/* The page a database without accounts opens on: a form for its first administrator (user
 * name, display name, password twice), which is added in a worker thread. Emits `signed-in`
 * with a #KrIdentity of the new account once it is stored; the receiver signs in with it. */
GtkWidget *kr_setup_page_new (void);

/* Starts over with an empty form for @repository (NULL: none; any job still running is
 * forgotten). */
void kr_setup_page_set_repository (KrSetupPage *self, KrAccountRepository *repository);

/* Puts the focus on the first row, where typing starts. */
void kr_setup_page_focus (KrSetupPage *self);

/* Whether the account is being added. */
gboolean kr_setup_page_get_busy (KrSetupPage *self);

G_END_DECLS
