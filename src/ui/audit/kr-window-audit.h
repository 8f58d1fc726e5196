/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-window.h"

G_BEGIN_DECLS

/* The window's part in the audit trail (kr-window-audit.c), kept apart from kr-window.c:
 *
 * - When the sections get the database (it opened, or someone signed in), the Audit Trail
 *   section gets it too, and its sidebar row shows only to whoever may read the trail
 *   (administrators, or everyone while the database has no accounts).
 * - The hash chain is verified then, in a worker with a read-only connection of its own. When
 *   it is broken, a warning bar at the foot of the window tells everyone, and offers
 *   administrators to open the Audit Trail at the record where it breaks.
 *
 * _kr_window_init_audit () once from the window's init, after the sections are built;
 * _kr_window_audit_load () and _kr_window_audit_unload () from _kr_window_load_sections ()
 * and _kr_window_unload_sections (); _kr_window_audit_load_page () when the section's page is
 * built, which is when it is first shown. */
void _kr_window_init_audit (KrWindow *self);
void _kr_window_audit_load (KrWindow *self);
void _kr_window_audit_load_page (KrWindow *self);
void _kr_window_audit_unload (KrWindow *self);

/* The warning bar, and the broken record it names (0 while the chain is whole or not yet
 * verified); for tests. */
GtkInfoBar *_kr_window_get_audit_warning (KrWindow *self);
gint64 _kr_window_get_audit_broken_id (KrWindow *self);

/* Whether a verification is running. */
gboolean _kr_window_get_audit_verifying (KrWindow *self);

G_END_DECLS
