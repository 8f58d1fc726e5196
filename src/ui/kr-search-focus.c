/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-search-focus"

#include "config.h"

#include "kr-search-focus.h"

/* @in_bar: whether @widget sits in a search bar that was just opened, whose content maps once
 * it is revealed */
static GtkWidget *
find_entry (GtkWidget *widget, gboolean in_bar)
{
  if (!gtk_widget_get_visible (widget) || !gtk_widget_is_sensitive (widget))
    return NULL;
  if (!in_bar && !gtk_widget_get_mapped (widget))
    return NULL;
  if (GTK_IS_SEARCH_ENTRY (widget))
    return widget;
  if (GTK_IS_SEARCH_BAR (widget))
    {
      GtkWidget *child = gtk_search_bar_get_child (GTK_SEARCH_BAR (widget));
      GtkWidget *entry = child != NULL ? find_entry (child, TRUE) : NULL;

      if (entry != NULL)
        gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (widget), TRUE);
      return entry;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *entry = find_entry (child, in_bar);

      if (entry != NULL)
        return entry;
    }
  return NULL;
}

gboolean
kr_search_focus_in (GtkWidget *widget)
{
  GtkWidget *entry;

  g_return_val_if_fail (widget == NULL || GTK_IS_WIDGET (widget), FALSE);

  entry = widget != NULL ? find_entry (widget, FALSE) : NULL;
  return entry != NULL && gtk_widget_grab_focus (entry);
}

static gboolean
focus_visible_view_cb (GtkWidget *page, GVariant *args, gpointer user_data)
{
  AdwViewStack *stack = user_data;

  return kr_search_focus_in (adw_view_stack_get_visible_child (stack));
}

void
kr_search_focus_add_shortcut (GtkWidget *page, AdwViewStack *stack)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (ADW_IS_VIEW_STACK (stack));

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller),
                                     GTK_SHORTCUT_SCOPE_LOCAL);
  gtk_shortcut_controller_add_shortcut (
      GTK_SHORTCUT_CONTROLLER (controller),
      gtk_shortcut_new (
          gtk_keyval_trigger_new (GDK_KEY_f, GDK_CONTROL_MASK),
          gtk_callback_action_new (focus_visible_view_cb, g_object_ref (stack), g_object_unref)));
  gtk_widget_add_controller (page, controller);
}
