/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KR_TYPE_PASSWORD_HINT (kr_password_hint_get_type ())

G_DECLARE_FINAL_TYPE (KrPasswordHint, kr_password_hint, KR, PASSWORD_HINT, GtkWidget)

/* A level bar and a line of text under a new password's rows: how long it must be, then how
 * strong it looks (length first: a phrase of a few words beats a short jumble). */
GtkWidget *kr_password_hint_new (void);

/* Shows the strength of @password (NULL or "" shows the rule). */
void kr_password_hint_update (KrPasswordHint *self, const char *password);

/* 0 too short, 1 weak, 2 fair, 3 strong: what the bar shows. */
guint kr_password_hint_get_level (KrPasswordHint *self);

/* The text shown under the bar. */
const char *kr_password_hint_get_text (KrPasswordHint *self);

G_END_DECLS
