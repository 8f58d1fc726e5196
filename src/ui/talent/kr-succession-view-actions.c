/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-succession-view"

#include "config.h"

#include "kr-succession-view-private.h"

#include <glib/gi18n.h>

#include "kr-succession-dialogs.h"
#include "kr-succession-edit.h"
#include "kr-talent-print.h"
#include "kr-training-widgets.h"

/* Actions */

static const KrSuccessor *
find_successor (KrSuccessionView *self, gint64 id, const KrSuccessionPlan **plan_out)
{
  for (guint i = 0; self->plans != NULL && i < self->plans->len; i++)
    {
      const KrSuccessionPlan *plan = g_ptr_array_index (self->plans, i);

      for (guint j = 0; j < plan->successors->len; j++)
        {
          const KrSuccessor *s = g_ptr_array_index (plan->successors, j);

          if (s->id == id)
            {
              if (plan_out != NULL)
                *plan_out = plan;
              return s;
            }
        }
    }
  return NULL;
}

static const KrSuccessionPlan *
find_plan (KrSuccessionView *self, gint64 id)
{
  for (guint i = 0; self->plans != NULL && i < self->plans->len; i++)
    if (((const KrSuccessionPlan *) g_ptr_array_index (self->plans, i))->id == id)
      return g_ptr_array_index (self->plans, i);
  return NULL;
}

static void
toast_error (KrSuccessionView *self, const GError *error)
{
  kr_training_show_toast (GTK_WIDGET (self), error->message);
}

static void
move (KrSuccessionView *self, gint64 id, int delta)
{
  const KrSuccessor *s = find_successor (self, id, NULL);
  g_autoptr (GError) error = NULL;

  if (s == NULL || (delta < 0 && s->rank <= 1))
    return;
  if (!kr_talent_repository_move_successor (self->talent, id, (guint) ((int) s->rank + delta),
                                            &error))
    toast_error (self, error);
}

static void
move_up_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  move (KR_SUCCESSION_VIEW (widget), g_variant_get_int64 (parameter), -1);
}

static void
move_down_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  move (KR_SUCCESSION_VIEW (widget), g_variant_get_int64 (parameter), 1);
}

static void
on_undo_clicked_cb (AdwToast *toast, KrSuccessionView *self)
{
  _kr_succession_view_undo (self);
}

static void
on_toast_dismissed_cb (AdwToast *toast, KrSuccessionView *self)
{
  if (self->undo_toast == toast)
    self->undo_toast = NULL;
}

void
_kr_succession_view_remove (KrSuccessionView *self, gint64 successor_id)
{
  const KrSuccessor *s;
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL;
  GtkWidget *overlay;
  Removed *removed;

  g_return_if_fail (KR_IS_SUCCESSION_VIEW (self));
  s = find_successor (self, successor_id, NULL);
  if (s == NULL)
    return;
  removed = g_new0 (Removed, 1);
  *removed = (Removed){ s->plan_id, s->employee_id, s->readiness, s->rank, g_strdup (s->gaps) };
  /* Translators: a toast with Undo: "Budi removed from the successors" */
  title = g_strdup_printf (_ ("%s removed from the successors"), s->name);
  if (!kr_talent_repository_remove_successor (self->talent, successor_id, &error))
    {
      _kr_succession_removed_free (removed);
      toast_error (self, error);
      return;
    }
  g_clear_pointer (&self->removed, _kr_succession_removed_free);
  self->removed = removed;
  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    return;
  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
  self->undo_toast = adw_toast_new (title);
  adw_toast_set_button_label (self->undo_toast, _ ("_Undo"));
  g_signal_connect_object (self->undo_toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb),
                           self, 0);
  g_signal_connect_object (self->undo_toast, "dismissed", G_CALLBACK (on_toast_dismissed_cb), self,
                           0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), self->undo_toast);
}

gboolean
_kr_succession_view_undo (KrSuccessionView *self)
{
  g_autoptr (GError) error = NULL;
  Removed *r;

  g_return_val_if_fail (KR_IS_SUCCESSION_VIEW (self), FALSE);
  r = g_steal_pointer (&self->removed);
  if (r == NULL || self->talent == NULL)
    return FALSE;
  if (!kr_talent_repository_add_successor (self->talent, r->plan_id, r->employee_id, r->readiness,
                                           r->rank, r->gaps, NULL, &error))
    toast_error (self, error);
  _kr_succession_removed_free (r);
  return error == NULL;
}

static void
remove_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  _kr_succession_view_remove (KR_SUCCESSION_VIEW (widget), g_variant_get_int64 (parameter));
}

static GtkWindow *
get_parent (KrSuccessionView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
add_plan_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrSuccessionView *self = KR_SUCCESSION_VIEW (widget);

  if (self->talent == NULL)
    return;
  gtk_window_present (GTK_WINDOW (kr_succession_dialog_new_plan (
      get_parent (self), self->talent,
      kr_training_unit_dropdown_get_unit (self->unit_dropdown, self->unit_ids))));
}

static void
add_successor_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrSuccessionView *self = KR_SUCCESSION_VIEW (widget);
  const KrSuccessionPlan *plan = find_plan (self, g_variant_get_int64 (parameter));

  if (plan == NULL)
    return;
  gtk_window_present (GTK_WINDOW (kr_succession_dialog_new_successor (
      get_parent (self), self->talent, plan->id, plan->position_name)));
}

static void
edit_successor_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrSuccessionView *self = KR_SUCCESSION_VIEW (widget);
  const KrSuccessor *s = find_successor (self, g_variant_get_int64 (parameter), NULL);

  if (s == NULL || self->talent == NULL)
    return;
  gtk_window_present (
      GTK_WINDOW (kr_succession_edit_dialog_new_successor (get_parent (self), self->talent, s)));
}

static void
edit_note_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrSuccessionView *self = KR_SUCCESSION_VIEW (widget);
  const KrSuccessionPlan *plan = find_plan (self, g_variant_get_int64 (parameter));

  if (plan == NULL || self->talent == NULL)
    return;
  gtk_window_present (
      GTK_WINDOW (kr_succession_edit_dialog_new_note (get_parent (self), self->talent, plan)));
}

static void
on_delete_response_cb (AdwMessageDialog *dialog, const char *response, KrSuccessionView *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (dialog), "kr-plan-id");
  g_autoptr (GError) error = NULL;

  if (g_strcmp0 (response, "delete") == 0 && self->talent != NULL &&
      !kr_talent_repository_delete_plan (self->talent, id, &error))
    toast_error (self, error);
}

static void
delete_plan_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrSuccessionView *self = KR_SUCCESSION_VIEW (widget);
  gint64 id = g_variant_get_int64 (parameter);
  const KrSuccessionPlan *plan = find_plan (self, id);
  GtkWidget *dialog;

  if (plan == NULL)
    return;
  dialog = adw_message_dialog_new (get_parent (self), _ ("Delete the Succession Plan?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _ ("The plan for “%s” and its successors will be deleted."),
                                  plan->position_name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "delete",
                                    _ ("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  g_object_set_data_full (G_OBJECT (dialog), "kr-plan-id", g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrSuccessionView *self = KR_SUCCESSION_VIEW (widget);

  kr_talent_print_succession (
      widget, self->database,
      kr_training_unit_dropdown_get_unit (self->unit_dropdown, self->unit_ids));
}

void
_kr_succession_view_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "succession.add-plan", NULL, add_plan_action_cb);
  gtk_widget_class_install_action (widget_class, "succession.add-successor", "x",
                                   add_successor_action_cb);
  gtk_widget_class_install_action (widget_class, "succession.move-up", "x", move_up_action_cb);
  gtk_widget_class_install_action (widget_class, "succession.move-down", "x", move_down_action_cb);
  gtk_widget_class_install_action (widget_class, "succession.remove", "x", remove_action_cb);
  gtk_widget_class_install_action (widget_class, "succession.edit-successor", "x",
                                   edit_successor_action_cb);
  gtk_widget_class_install_action (widget_class, "succession.edit-note", "x", edit_note_action_cb);
  gtk_widget_class_install_action (widget_class, "succession.delete-plan", "x",
                                   delete_plan_action_cb);
  gtk_widget_class_install_action (widget_class, "succession.print", NULL, print_action_cb);
}
