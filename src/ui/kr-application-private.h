/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-application.h"
#include "kr-window.h"

G_BEGIN_DECLS

/* The window, made and shown when there is none. */
KrWindow *_kr_application_get_window (KrApplication *self);

/* Lets go of the open database the way opening another file does: an open in progress is
 * cancelled, the window shows @path loading and drops the database. */
void _kr_application_close_for_switch (KrApplication *self, const char *path);

/* Opens @path again in a worker, as kr_application_open_database() without remembering it. */
void _kr_application_reopen (KrApplication *self, const char *path);

/* Starts the daily backup of @database in a worker when the settings ask for it
 * (kr-application-backups.c). */
void _kr_application_start_daily_backup (KrApplication *self, KrDatabase *database);

G_END_DECLS
