/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Forms that turn insensitive while a job runs (signing in, saving an account or a password)
 * must first take the keyboard focus out of their entries: GTK 4.8 warns "GtkText - did not
 * receive a focus-out event" when a focused entry becomes insensitive (GNOME/gtk#5845), and
 * the focus would be left on a widget that takes no keys. */

/* When the focus of @widget's window is on @widget or inside it, clears it and returns the
 * widget that had it (a new reference), for kr_focus_give_back (); %NULL otherwise. */
GtkWidget *kr_focus_take (GtkWidget *widget);

/* Gives the focus back to *@focus, taken by kr_focus_take (), when its window has none now
 * (nothing else took it meanwhile) and it can have it; then clears *@focus. */
void kr_focus_give_back (GtkWidget **focus);

G_END_DECLS
