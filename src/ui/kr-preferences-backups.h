/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-application.h"

G_BEGIN_DECLS

/* The "Backups" group of the Preferences: the daily backup switch, how many backups are kept,
 * the backup folder, and the backups of the open database, each with a Restore button that
 * asks first and closes @preferences (kr-backups.h, kr_application_restore_backup()). */
AdwPreferencesGroup *
kr_preferences_backups_group_new (KrApplication *application, GtkWindow *preferences);

G_END_DECLS
