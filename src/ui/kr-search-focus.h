/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Ctrl+F in a section with several views: focuses the first search entry shown in @widget (the
 * visible view), in the order of the widget tree; an entry in a GtkSearchBar has its bar opened
 * first. Returns whether there was one. */
gboolean kr_search_focus_in (GtkWidget *widget);

/* Adds to @page a shortcut controller for Ctrl+F that runs kr_search_focus_in () on the visible
 * child of @stack. It acts in the capture phase, so that a focused list row or cell does not
 * keep the key from the page; when the view shows no search entry the key goes on. */
void kr_search_focus_add_shortcut (GtkWidget *page, AdwViewStack *stack);

G_END_DECLS
