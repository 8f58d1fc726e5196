/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The frame of a section page with several views (Promotions, Selection & Talent): a header bar
 * with a back button (shown when the window is folded) and a view switcher title, the view
 * stack, and a switcher bar at the bottom when the title has no room for the switcher. */
typedef struct
{
  AdwHeaderBar *header_bar;
  GtkWidget *back_button;
  AdwViewStack *view_stack;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcher *switcher;
} KrSectionViews;

/* Builds the frame titled @title as @page's child, with Ctrl+F for the visible view's search. */
void kr_section_views_init (KrSectionViews *self, AdwBin *page, const char *title);

/* Adds @view to the stack (@title with a mnemonic underline); returns @view. */
GtkWidget *kr_section_views_add (KrSectionViews *self,
                                 GtkWidget *view,
                                 const char *name,
                                 const char *title,
                                 const char *icon_name);

gboolean kr_section_views_get_folded (const KrSectionViews *self);

/* Shows the back button and the window buttons when @folded; returns whether it changed. */
gboolean kr_section_views_set_folded (KrSectionViews *self, gboolean folded);

/* Lets the switchers go before the stack and empties @page (from the page's dispose). */
void kr_section_views_dispose (KrSectionViews *self, AdwBin *page);

G_END_DECLS
