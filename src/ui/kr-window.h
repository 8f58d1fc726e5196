/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-application.h"
#include "kr-database.h"

G_BEGIN_DECLS

#define KR_TYPE_WINDOW (kr_window_get_type ())

G_DECLARE_FINAL_TYPE (KrWindow, kr_window, KR, WINDOW, AdwApplicationWindow)

KrWindow *kr_window_new (KrApplication *application);

/* The states of the window: opening a file, showing an error, setting up the first account
 * of a database that has none, signing in, showing the sections. kr_window_set_database ()
 * goes on to set-up, sign-in or the sections, as the database needs. */
void kr_window_show_loading (KrWindow *self, const char *path);
void kr_window_show_error (KrWindow *self, const char *path, const GError *error);
void kr_window_set_database (KrWindow *self, KrDatabase *database);

/* "loading", "error", "setup", "sign-in" or "main". */
const char *kr_window_get_state (KrWindow *self);

/* The visible section: "dashboard", "employees", "training", "appraisals",
 * "promotions", "talent" or "audit". */
const char *kr_window_get_section (KrWindow *self);
void kr_window_set_section (KrWindow *self, const char *name);

/* Shows @message, which is Pango markup (AdwToast's title): escape names and other user text
 * with g_markup_escape_text() first. */
void kr_window_show_toast (KrWindow *self, const char *message);

G_END_DECLS
