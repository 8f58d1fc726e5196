/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-section-views"

#include "config.h"

#include "kr-section-views.h"

#include <glib/gi18n.h>

#include "kr-search-focus.h"

/* What AdwViewSwitcherBar shows, without its revealer: with animations off (the tests)
 * libadwaita 1.2's bar allocates a negative height while revealing. */
static GtkWidget *
build_switcher_bar (KrSectionViews *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->switcher = ADW_VIEW_SWITCHER (adw_view_switcher_new ());
  adw_view_switcher_set_stack (self->switcher, self->view_stack);
  adw_view_switcher_set_policy (self->switcher, ADW_VIEW_SWITCHER_POLICY_NARROW);
  gtk_widget_set_margin_start (GTK_WIDGET (self->switcher), 6);
  gtk_widget_set_margin_end (GTK_WIDGET (self->switcher), 6);
  gtk_widget_set_margin_top (GTK_WIDGET (self->switcher), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->switcher), 6);
  gtk_box_append (GTK_BOX (bar), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->switcher));
  g_object_bind_property (self->switcher_title, "title-visible", bar, "visible",
                          G_BINDING_SYNC_CREATE);
  return bar;
}

void
kr_section_views_init (KrSectionViews *self, AdwBin *page, const char *title)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->header_bar = ADW_HEADER_BAR (adw_header_bar_new ());
  adw_header_bar_set_centering_policy (self->header_bar, ADW_CENTERING_POLICY_STRICT);
  self->back_button = gtk_button_new_from_icon_name ("go-previous-symbolic");
  gtk_widget_set_tooltip_text (self->back_button, _ ("Back"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->back_button), "win.show-sidebar");
  adw_header_bar_pack_start (self->header_bar, self->back_button);
  self->view_stack = ADW_VIEW_STACK (adw_view_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->view_stack), TRUE);
  self->switcher_title = ADW_VIEW_SWITCHER_TITLE (adw_view_switcher_title_new ());
  adw_view_switcher_title_set_stack (self->switcher_title, self->view_stack);
  adw_view_switcher_title_set_title (self->switcher_title, title);
  adw_header_bar_set_title_widget (self->header_bar, GTK_WIDGET (self->switcher_title));

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->header_bar));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->view_stack));
  gtk_box_append (GTK_BOX (box), build_switcher_bar (self));
  adw_bin_set_child (page, box);
  /* Ctrl+F: the search entry of the view shown */
  kr_search_focus_add_shortcut (GTK_WIDGET (page), self->view_stack);
  gtk_widget_set_visible (self->back_button, FALSE);
  adw_header_bar_set_show_start_title_buttons (self->header_bar, FALSE);
}

GtkWidget *
kr_section_views_add (KrSectionViews *self,
                      GtkWidget *view,
                      const char *name,
                      const char *title,
                      const char *icon_name)
{
  AdwViewStackPage *page = adw_view_stack_add_titled (self->view_stack, view, name, title);

  adw_view_stack_page_set_icon_name (page, icon_name);
  adw_view_stack_page_set_use_underline (page, TRUE);
  return view;
}

gboolean
kr_section_views_get_folded (const KrSectionViews *self)
{
  return gtk_widget_get_visible (self->back_button);
}

gboolean
kr_section_views_set_folded (KrSectionViews *self, gboolean folded)
{
  if (gtk_widget_get_visible (self->back_button) == folded)
    return FALSE;
  gtk_widget_set_visible (self->back_button, folded);
  adw_header_bar_set_show_start_title_buttons (self->header_bar, folded);
  return TRUE;
}

void
kr_section_views_dispose (KrSectionViews *self, AdwBin *page)
{
  /* The switchers let go of the stack before it goes: libadwaita 1.2 trips over a stack
   * disposed under them. */
  if (self->switcher != NULL)
    adw_view_switcher_set_stack (self->switcher, NULL);
  if (self->switcher_title != NULL)
    adw_view_switcher_title_set_stack (self->switcher_title, NULL);
  self->switcher = NULL;
  self->switcher_title = NULL;
  adw_bin_set_child (page, NULL);
}
