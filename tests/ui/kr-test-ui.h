/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* gtk_test_init () and adw_init () with what every UI test wants: the cairo renderer
 * (Xvfb has no GL worth the name), no animations (no half-faded pages in screenshots) and no
 * cursor blink (a focused entry in a window without focus warns at each blink). */
void kr_test_ui_init (int *argc, char ***argv);

/* Spins the main loop until @done returns TRUE, failing the test after a minute. */
void kr_test_wait_until (gboolean (*done) (gpointer), gpointer data);

/* kr_test_remove_tree () once the workers of closed windows have ended: the audit check,
 * the daily backup and the list survey may hold the database in @path for a moment after
 * its window has gone, and SQLite makes its -wal and -shm files again when they close. */
void kr_test_ui_remove_tree (const char *path);

/* Runs the main loop until nothing is pending, a few times over. */
void kr_test_spin (void);

/* g_assert_finalize_object () for what workers may still hold for a moment: drops the caller's
 * reference to @object, then runs the main loop until the object is finalized, failing the
 * test if it is not within a minute (a worker finishing under the sanitizers takes seconds;
 * a leak never ends). */
void kr_test_finalize_object (gpointer object);

/* Returns: (transfer none) (nullable): the first widget of @type below @widget, depth first */
GtkWidget *kr_test_find_descendant (GtkWidget *widget, GType type);

/* Waits until @widget is on screen and has drawn two frames at its current size. */
void kr_test_settle (GtkWidget *widget);

/* Saves what @widget shows as G_TEST_BUILDDIR/screenshots/NAME.png (NAME-dark.png in the
 * dark style), for a person to look at. */
void kr_test_save_screenshot (GtkWidget *widget, const char *name);

/* Whether the focus of @widget's window is on @widget or inside it */
gboolean kr_test_has_focus_within (GtkWidget *widget);

G_END_DECLS
