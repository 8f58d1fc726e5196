/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Checks a new password typed in @password_row and again in @repeat_row: returns the first
 * wrong row with *@message set to what is wrong with it (free with g_free()), or NULL with
 * *@message NULL. @touched_only: only rows in @touched (the rows the user has typed in)
 * count, and a repeated password that is still a beginning of the new one is not wrong
 * yet. */
AdwEntryRow *kr_password_fields_find_error (AdwEntryRow *password_row,
                                            AdwEntryRow *repeat_row,
                                            GHashTable *touched,
                                            gboolean touched_only,
                                            char **message);

G_END_DECLS
