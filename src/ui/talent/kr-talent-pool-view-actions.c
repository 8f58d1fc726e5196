/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-talent-pool-view"

#include "config.h"

#include "kr-talent-pool-view-private.h"

#include <glib/gi18n.h>

#include "kr-talent-assessment-dialog.h"
#include "kr-talent-print.h"
#include "kr-training-widgets.h"

/* Opening a box */

static void
open_list (KrTalentPoolView *self, KrTalentQuery *query, const char *title)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->talent == NULL || !self->has_counts)
    return;
  query->year = self->counts.year;
  query->unit_id = kr_training_unit_dropdown_get_unit (self->unit_dropdown, self->unit_ids);
  query->subtree = TRUE;
  if (self->box_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->box_dialog));
  self->box_dialog = kr_talent_box_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               self->database, self->talent, query, title);
  g_object_add_weak_pointer (G_OBJECT (self->box_dialog), (gpointer *) &self->box_dialog);
  gtk_window_present (GTK_WINDOW (self->box_dialog));
}

void
kr_talent_pool_view_show_box (KrTalentPoolView *self, guint box)
{
  const KrTalentBox *row;
  g_autofree char *title = NULL;
  KrTalentQuery query;

  g_return_if_fail (KR_IS_TALENT_POOL_VIEW (self));
  row = self->boxes != NULL ? kr_talent_box_find (self->boxes, box) : NULL;
  if (row == NULL)
    return;
  kr_talent_query_init (&query, self->counts.year);
  query.status = KR_TALENT_STATUS_PLACED;
  query.box = box;
  title = _kr_talent_box_title (row);
  open_list (self, &query, title);
}

static void
show_box_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  kr_talent_pool_view_show_box (KR_TALENT_POOL_VIEW (widget), g_variant_get_uint32 (parameter));
}

static void
show_status_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTalentPoolView *self = KR_TALENT_POOL_VIEW (widget);
  KrTalentStatus status = (KrTalentStatus) g_variant_get_uint32 (parameter);
  KrTalentQuery query;

  if (status >= KR_N_TALENT_STATUSES)
    return;
  kr_talent_query_init (&query, self->counts.year);
  query.status = (gint) status;
  open_list (self, &query, kr_talent_status_get_label (status));
}

static void
assess_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTalentPoolView *self = KR_TALENT_POOL_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->talent == NULL)
    return;
  gtk_window_present (GTK_WINDOW (kr_talent_assessment_dialog_new (
      GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->database, self->talent, 0)));
}

static void
print_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTalentPoolView *self = KR_TALENT_POOL_VIEW (widget);

  if (self->talent == NULL || !self->has_counts)
    return;
  kr_talent_print_grid (widget, self->database, self->counts.year,
                        kr_training_unit_dropdown_get_unit (self->unit_dropdown, self->unit_ids));
}

void
_kr_talent_pool_view_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "pool.show-box", "u", show_box_action_cb);
  gtk_widget_class_install_action (widget_class, "pool.show-status", "u", show_status_action_cb);
  gtk_widget_class_install_action (widget_class, "pool.assess", NULL, assess_action_cb);
  gtk_widget_class_install_action (widget_class, "pool.print", NULL, print_action_cb);
}
