/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-session-moves"

#include "config.h"

#include "kr-training-session-view-private.h"

#include <glib/gi18n.h>

#include "kr-appraisal-format.h"
#include "kr-date-row.h"
#include "kr-date.h"
#include "kr-training-print.h"

/* Moving the selected participants through the enrolment workflow: approve, attended,
 * completed (JP and certificate), no-show and withdrawn (with a reason), the corrections back,
 * and removing a mistaken nomination; and printing the participants list. */

typedef struct
{
  const char *action;
  KrEnrolmentState to;
  /* Only from this state (the corrections), or KR_N_ENROLMENT_STATES for any allowed move */
  KrEnrolmentState from;
} Move;

static const Move moves[] = {
  { "session.approve", KR_ENROLMENT_STATE_APPROVED, KR_N_ENROLMENT_STATES },
  /* Over the budget: approving commits the cost, and a reason accepts going over. */
  { "session.approve-reason", KR_ENROLMENT_STATE_APPROVED, KR_ENROLMENT_STATE_NOMINATED },
  { "session.attend", KR_ENROLMENT_STATE_ATTENDED, KR_ENROLMENT_STATE_APPROVED },
  { "session.complete", KR_ENROLMENT_STATE_COMPLETED, KR_N_ENROLMENT_STATES },
  { "session.no-show", KR_ENROLMENT_STATE_NO_SHOW, KR_N_ENROLMENT_STATES },
  { "session.withdraw", KR_ENROLMENT_STATE_WITHDRAWN, KR_N_ENROLMENT_STATES },
  { "session.renominate", KR_ENROLMENT_STATE_NOMINATED, KR_N_ENROLMENT_STATES },
  { "session.uncomplete", KR_ENROLMENT_STATE_ATTENDED, KR_ENROLMENT_STATE_COMPLETED },
};

static const Move *
find_move (const char *action)
{
  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    if (g_str_equal (moves[i].action, action))
      return &moves[i];
  g_assert_not_reached ();
}

static gboolean
all_can_move (GPtrArray *enrolments, const Move *move)
{
  if (enrolments->len == 0)
    return FALSE;
  for (guint i = 0; i < enrolments->len; i++)
    {
      KrEnrolment *enrolment = g_ptr_array_index (enrolments, i);

      if (move->from != KR_N_ENROLMENT_STATES && enrolment->state != move->from)
        return FALSE;
      if (!kr_enrolment_state_can_move (enrolment->state, move->to))
        return FALSE;
    }
  return TRUE;
}

void
_kr_training_session_view_update_moves (KrTrainingSessionView *self)
{
  g_autoptr (GPtrArray) selected = _kr_training_session_view_get_selected (self);
  KrDatabase *database =
      self->training != NULL ? kr_training_repository_get_database (self->training) : NULL;
  gboolean open = self->session != NULL && database != NULL;
  gboolean writable = open && !kr_database_is_read_only (database) &&
                      kr_appraisal_format_can (database, KR_PERMISSION_WRITE_TRAINING);
  gboolean can_nominate = open && !kr_database_is_read_only (database) &&
                          kr_appraisal_format_can (database, KR_PERMISSION_NOMINATE_TRAINING) &&
                          kr_session_status_accepts_nominations (self->session->status);
  gboolean removable = writable && selected->len > 0;

  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), moves[i].action,
                                   writable && all_can_move (selected, &moves[i]));
  for (guint i = 0; i < selected->len; i++)
    if (((KrEnrolment *) g_ptr_array_index (selected, i))->state != KR_ENROLMENT_STATE_NOMINATED)
      removable = FALSE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.remove", removable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.nominate", can_nominate);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.edit", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.delete", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.print", open);
  gtk_widget_set_sensitive (GTK_WIDGET (self->status_dropdown),
                            writable && self->session->status != KR_SESSION_STATUS_CANCELLED);
}

gboolean
_kr_training_session_view_move (KrTrainingSessionView *self,
                                GPtrArray *enrolments,
                                KrEnrolmentState to,
                                const char *reason,
                                guint jp,
                                const char *certificate_number,
                                const char *certificate_date)
{
  g_autoptr (GArray) ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), enrolments->len);
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean ok = TRUE;

  for (guint i = 0; i < enrolments->len; i++)
    g_array_append_val (ids, ((KrEnrolment *) g_ptr_array_index (enrolments, i))->id);
  if (to == KR_ENROLMENT_STATE_COMPLETED)
    /* Each has its own certificate: one move each. */
    for (guint i = 0; ok && i < ids->len; i++)
      ok = kr_training_repository_move (self->training, g_array_index (ids, gint64, i), to, reason,
                                        jp, certificate_number, certificate_date, &error);
  else
    ok = kr_training_repository_move_many (self->training, (const gint64 *) (gpointer) ids->data,
                                           ids->len, to, reason, &error);
  kr_training_session_view_reload (self);
  if (!ok)
    {
      _kr_training_session_view_show_error (self, _ ("Could Not Change the Participants"), error);
      return FALSE;
    }
  message = g_strdup_printf (
      ngettext ("Moved %u participant to “%s”", "Moved %u participants to “%s”", ids->len),
      ids->len, kr_enrolment_state_get_label (to));
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-toast", "s", message);
  return TRUE;
}

/* Approve, attended and the corrections: at once */

static void
simple_move_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTrainingSessionView *self = KR_TRAINING_SESSION_VIEW (widget);
  g_autoptr (GPtrArray) selected = _kr_training_session_view_get_selected (self);

  _kr_training_session_view_move (self, selected, find_move (action_name)->to, NULL, 0, NULL, NULL);
}

/* No-show and withdrawn: with a reason */

static void
on_reason_response_cb (AdwMessageDialog *dialog, const char *response, KrTrainingSessionView *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "reason-row");
  KrEnrolmentState to = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "to"));
  g_autoptr (GPtrArray) selected = NULL;
  g_autofree char *reason = NULL;

  if (!g_str_equal (response, "move"))
    return;
  reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  selected = _kr_training_session_view_get_selected (self);
  _kr_training_session_view_move (self, selected, to, reason, 0, NULL, NULL);
}

static void
on_reason_changed_cb (GtkEditable *entry, AdwMessageDialog *dialog)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "move", reason[0] != '\0');
}

static GtkWidget *
boxed_list (GtkWidget *row)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return list;
}

static void
reason_move_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTrainingSessionView *self = KR_TRAINING_SESSION_VIEW (widget);
  const Move *move = find_move (action_name);
  g_autoptr (GPtrArray) selected = _kr_training_session_view_get_selected (self);
  gboolean withdraw = move->to == KR_ENROLMENT_STATE_WITHDRAWN;
  g_autofree char *body = NULL;
  GtkWidget *dialog, *row;

  gboolean approve = move->to == KR_ENROLMENT_STATE_APPROVED;
  const char *heading = withdraw  ? _ ("Withdraw?")
                        : approve ? _ ("Approve over the Budget?")
                                  : _ ("Mark as No-show?");

  if (withdraw)
    body = g_strdup_printf (ngettext ("Withdraw %u participant from the session. Say why.",
                                      "Withdraw %u participants from the session. Say why.",
                                      selected->len),
                            selected->len);
  else if (approve)
    body = g_strdup_printf (ngettext ("Approving %u participant commits the cost to their unit's "
                                      "budget. Say why it may go over the budget.",
                                      "Approving %u participants commits the cost to their units' "
                                      "budgets. Say why they may go over the budget.",
                                      selected->len),
                            selected->len);
  else
    body = g_strdup_printf (ngettext ("Record that %u participant did not attend. Say why.",
                                      "Record that %u participants did not attend. Say why.",
                                      selected->len),
                            selected->len);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading, body);
  row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _ ("_Reason"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), boxed_list (row));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "move",
                                    withdraw  ? _ ("_Withdraw")
                                    : approve ? _ ("_Approve")
                                              : _ ("_Mark No-show"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "move",
                                              approve ? ADW_RESPONSE_SUGGESTED
                                                      : ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "move", FALSE);
  g_object_set_data (G_OBJECT (dialog), "reason-row", row);
  g_object_set_data (G_OBJECT (dialog), "to", GUINT_TO_POINTER (move->to));
  g_signal_connect (row, "changed", G_CALLBACK (on_reason_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_reason_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Completed: the JP credited, the certificate and its date */

static void
on_complete_response_cb (AdwMessageDialog *dialog,
                         const char *response,
                         KrTrainingSessionView *self)
{
  GtkSpinButton *jp = g_object_get_data (G_OBJECT (dialog), "jp");
  GtkEditable *number = g_object_get_data (G_OBJECT (dialog), "number");
  KrDateRow *date_row = g_object_get_data (G_OBJECT (dialog), "date");
  g_autoptr (GPtrArray) selected = NULL;
  g_autofree char *certificate = NULL;
  g_autofree char *date = NULL;

  if (!g_str_equal (response, "complete"))
    return;
  certificate = g_strstrip (g_strdup (gtk_editable_get_text (number)));
  if (kr_date_row_get_date (date_row) != NULL)
    date = kr_date_format_iso (kr_date_row_get_date (date_row));
  selected = _kr_training_session_view_get_selected (self);
  _kr_training_session_view_move (self, selected, KR_ENROLMENT_STATE_COMPLETED, NULL,
                                  (guint) gtk_spin_button_get_value_as_int (jp),
                                  certificate[0] != '\0' ? certificate : NULL, date);
}

static void
on_complete_date_changed_cb (KrDateRow *row, AdwMessageDialog *dialog)
{
  gboolean ok = kr_date_row_check (row, NULL);

  if (ok)
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  adw_message_dialog_set_response_enabled (dialog, "complete", ok);
}

static void
complete_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTrainingSessionView *self = KR_TRAINING_SESSION_VIEW (widget);
  g_autoptr (GPtrArray) selected = _kr_training_session_view_get_selected (self);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *jp_row = adw_action_row_new ();
  GtkWidget *jp = gtk_spin_button_new_with_range (0, 2000, 1);
  GtkWidget *number = adw_entry_row_new ();
  GtkWidget *date = kr_date_row_new ();
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  GDate end;

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (jp), self->session->course_jp);
  gtk_widget_set_valign (jp, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (jp_row), _ ("_JP Credited"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (jp_row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (jp_row), jp);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (jp_row), jp);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (number), _ ("Certificate _Number"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (number), TRUE);
  /* Several participants have several certificates: enter those one by one. */
  gtk_widget_set_visible (number, selected->len == 1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (date), _ ("Certificate _Date"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (date), TRUE);
  if (kr_date_parse_iso (self->session->end_date, &end, NULL))
    kr_date_row_set_date (KR_DATE_ROW (date), &end);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), jp_row);
  gtk_list_box_append (GTK_LIST_BOX (list), number);
  gtk_list_box_append (GTK_LIST_BOX (list), date);

  body = g_strdup_printf (ngettext ("%u participant completed “%s” and is credited the JP.",
                                    "%u participants completed “%s” and are credited the JP.",
                                    selected->len),
                          selected->len, self->session->course_title);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   _ ("Mark as Completed"), body);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"),
                                    "complete", _ ("_Complete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "complete",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "complete");
  g_object_set_data (G_OBJECT (dialog), "jp", jp);
  g_object_set_data (G_OBJECT (dialog), "number", number);
  g_object_set_data (G_OBJECT (dialog), "date", date);
  g_signal_connect (date, "changed", G_CALLBACK (on_complete_date_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_complete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Removing mistaken nominations */

static void
on_remove_response_cb (AdwMessageDialog *dialog, const char *response, KrTrainingSessionView *self)
{
  g_autoptr (GPtrArray) selected = NULL;
  g_autoptr (GError) error = NULL;

  if (!g_str_equal (response, "remove"))
    return;
  selected = _kr_training_session_view_get_selected (self);
  for (guint i = 0; error == NULL && i < selected->len; i++)
    kr_training_repository_delete_enrolment (
        self->training, ((KrEnrolment *) g_ptr_array_index (selected, i))->id, &error);
  kr_training_session_view_reload (self);
  if (error != NULL)
    _kr_training_session_view_show_error (self, _ ("Could Not Remove the Nomination"), error);
}

static void
remove_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTrainingSessionView *self = KR_TRAINING_SESSION_VIEW (widget);
  g_autoptr (GPtrArray) selected = _kr_training_session_view_get_selected (self);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (selected->len == 0)
    return;
  heading = g_strdup_printf (
      ngettext ("Remove %u Nomination?", "Remove %u Nominations?", selected->len), selected->len);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading,
                                   _ ("For a nomination made by mistake. The audit trail keeps "
                                      "a record of it."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "remove",
                                    _ ("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove",
                                              ADW_RESPONSE_DESTRUCTIVE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_remove_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTrainingSessionView *self = KR_TRAINING_SESSION_VIEW (widget);

  if (self->session != NULL)
    kr_training_print_participants (widget, self->training, self->session->id);
}

void
_kr_training_session_view_class_add_moves (GtkWidgetClass *widget_class)
{
  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    {
      GtkWidgetActionActivateFunc activate = simple_move_action_cb;

      if (moves[i].to == KR_ENROLMENT_STATE_COMPLETED)
        activate = complete_action_cb;
      else if (moves[i].to == KR_ENROLMENT_STATE_NO_SHOW ||
               moves[i].to == KR_ENROLMENT_STATE_WITHDRAWN ||
               g_str_equal (moves[i].action, "session.approve-reason"))
        activate = reason_move_action_cb;
      gtk_widget_class_install_action (widget_class, moves[i].action, NULL, activate);
    }
  gtk_widget_class_install_action (widget_class, "session.remove", NULL, remove_action_cb);
  gtk_widget_class_install_action (widget_class, "session.print", NULL, print_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "session.remove", NULL);
}
