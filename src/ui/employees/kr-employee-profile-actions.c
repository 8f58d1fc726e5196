/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-employee-profile-actions"

#include "config.h"

#include "kr-employee-profile-private.h"

#include <glib/gi18n.h>

#include "kr-employee-editor.h"
#include "kr-history-editor.h"

static const char *const deleted_texts[KR_N_HISTORIES] = {
  [KR_HISTORY_RANK] = N_ ("Rank deleted"),
  [KR_HISTORY_POSITION] = N_ ("Position deleted"),
  [KR_HISTORY_EDUCATION] = N_ ("Education deleted"),
  [KR_HISTORY_DISCIPLINE] = N_ ("Discipline sanction deleted"),
  [KR_HISTORY_AWARD] = N_ ("Award deleted"),
};

/* Adds @entry again as a new row (Undo of a delete). */
static gboolean
add_entry (KrEmployeeRepository *repository, KrHistoryKind kind, gpointer entry, GError **error)
{
  switch (kind)
    {
    case KR_HISTORY_RANK:
      ((KrRankEntry *) entry)->id = 0;
      return kr_employee_repository_add_rank (repository, entry, error) != 0;
    case KR_HISTORY_POSITION:
      ((KrPositionEntry *) entry)->id = 0;
      return kr_employee_repository_add_position (repository, entry, error) != 0;
    case KR_HISTORY_EDUCATION:
      ((KrEducationEntry *) entry)->id = 0;
      return kr_employee_repository_add_education (repository, entry, error) != 0;
    case KR_HISTORY_DISCIPLINE:
      ((KrDisciplineEntry *) entry)->id = 0;
      return kr_employee_repository_add_discipline (repository, entry, error) != 0;
    case KR_HISTORY_AWARD:
      ((KrAwardEntry *) entry)->id = 0;
      return kr_employee_repository_add_award (repository, entry, error) != 0;
    default:
      g_assert_not_reached ();
    }
}

static GtkWindow *
get_parent_window (KrEmployeeProfile *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
present_dialog (KrEmployeeProfile *self, GtkWindow *dialog)
{
  gtk_window_set_transient_for (dialog, get_parent_window (self));
  gtk_window_present (dialog);
}

static void
edit_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrEmployeeProfile *self = KR_EMPLOYEE_PROFILE (widget);

  if (self->employee == NULL)
    return;
  present_dialog (self, GTK_WINDOW (kr_employee_editor_new (self->repository, self->unit_repository,
                                                            self->employee)));
}

static void
open_history_editor (KrEmployeeProfile *self, KrHistoryKind kind, gconstpointer entry)
{
  if (self->employee == NULL || kind >= KR_N_HISTORIES)
    return;
  present_dialog (self, GTK_WINDOW (kr_history_editor_new (self->repository, self->unit_repository,
                                                           self->employee, kind, entry)));
}

static void
add_history_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  int kind = g_variant_get_int32 (parameter);

  if (kind >= 0)
    open_history_editor (KR_EMPLOYEE_PROFILE (widget), (KrHistoryKind) kind, NULL);
}

static void
edit_history_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrEmployeeProfile *self = KR_EMPLOYEE_PROFILE (widget);
  gpointer entry;
  gint64 id;
  int kind;

  g_variant_get (parameter, "(ix)", &kind, &id);
  if (kind < 0 || kind >= KR_N_HISTORIES ||
      (entry = _kr_employee_profile_find_entry (self, kind, id)) == NULL)
    return;
  open_history_editor (self, kind, entry);
}

static void
show_toast (KrEmployeeProfile *self, const char *message)
{
  g_autofree char *markup = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (markup));
}

static void on_undo_toast_dismissed_cb (AdwToast *toast, KrEmployeeProfile *self);

/* Forgets what Undo would put back. */
void
_kr_employee_profile_clear_undo (KrEmployeeProfile *self)
{
  g_autoptr (AdwToast) toast = g_steal_pointer (&self->undo_toast);

  if (self->undo_entry != NULL)
    _kr_employee_profile_entry_free (self->undo_kind, g_steal_pointer (&self->undo_entry));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.undo-delete", FALSE);
  if (toast != NULL)
    {
      g_signal_handlers_disconnect_by_func (toast, on_undo_toast_dismissed_cb, self);
      adw_toast_dismiss (toast);
    }
}

static void
on_undo_toast_dismissed_cb (AdwToast *toast, KrEmployeeProfile *self)
{
  if (toast == self->undo_toast)
    _kr_employee_profile_clear_undo (self);
}

static void
offer_undo (KrEmployeeProfile *self, KrHistoryKind kind, gpointer entry)
{
  AdwToast *toast = adw_toast_new (_ (deleted_texts[kind]));

  _kr_employee_profile_clear_undo (self);
  self->undo_kind = kind;
  self->undo_entry = entry;
  self->undo_toast = g_object_ref (toast);
  adw_toast_set_button_label (toast, _ ("_Undo"));
  adw_toast_set_action_name (toast, "profile.undo-delete");
  g_signal_connect (toast, "dismissed", G_CALLBACK (on_undo_toast_dismissed_cb), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.undo-delete", TRUE);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
delete_history_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrEmployeeProfile *self = KR_EMPLOYEE_PROFILE (widget);
  g_autoptr (GError) error = NULL;
  gpointer entry, copy;
  gint64 id;
  int kind;

  g_variant_get (parameter, "(ix)", &kind, &id);
  if (kind < 0 || kind >= KR_N_HISTORIES ||
      (entry = _kr_employee_profile_find_entry (self, kind, id)) == NULL)
    return;

  /* Deleting reloads the histories through `changed`, which frees @entry. */
  copy = _kr_employee_profile_entry_copy (kind, entry);
  if (!kr_employee_repository_delete_history (self->repository, kind, id, &error))
    {
      _kr_employee_profile_entry_free (kind, copy);
      show_toast (self, error->message);
      return;
    }
  offer_undo (self, kind, copy);
}

static void
undo_delete_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrEmployeeProfile *self = KR_EMPLOYEE_PROFILE (widget);
  g_autoptr (GError) error = NULL;
  KrHistoryKind kind = self->undo_kind;
  gpointer entry = g_steal_pointer (&self->undo_entry);

  if (entry == NULL)
    return;
  _kr_employee_profile_clear_undo (self);
  if (!add_entry (self->repository, kind, entry, &error))
    show_toast (self, error->message);
  _kr_employee_profile_entry_free (kind, entry);
}

void
_kr_employee_profile_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "profile.edit", NULL, edit_action_cb);
  gtk_widget_class_install_action (widget_class, "profile.add-history", "i", add_history_action_cb);
  gtk_widget_class_install_action (widget_class, "profile.edit-history", "(ix)",
                                   edit_history_action_cb);
  gtk_widget_class_install_action (widget_class, "profile.delete-history", "(ix)",
                                   delete_history_action_cb);
  gtk_widget_class_install_action (widget_class, "profile.undo-delete", NULL,
                                   undo_delete_action_cb);
}
