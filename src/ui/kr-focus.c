/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-focus"

#include "config.h"

#include "kr-focus.h"

GtkWidget *
kr_focus_take (GtkWidget *widget)
{
  GtkRoot *root;
  GtkWidget *focus;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  root = gtk_widget_get_root (widget);
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (focus == NULL || (focus != widget && !gtk_widget_is_ancestor (focus, widget)))
    return NULL;
  g_object_ref (focus);
  gtk_root_set_focus (root, NULL);
  return focus;
}

void
kr_focus_give_back (GtkWidget **focus)
{
  g_autoptr (GtkWidget) widget = NULL;
  GtkRoot *root;

  g_return_if_fail (focus != NULL);

  widget = g_steal_pointer (focus);
  if (widget == NULL)
    return;
  root = gtk_widget_get_root (widget);
  if (root != NULL && gtk_root_get_focus (root) == NULL && gtk_widget_is_sensitive (widget))
    gtk_widget_grab_focus (widget);
}
