/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-appraisal-editor-workflow"

#include "config.h"

#include "kr-appraisal-editor-private.h"

#include <glib/gi18n.h>

/* The workflow tab: a button for each step the signed-in identity may take now
 * (kr_appraisal_repository_can_apply ()), and the steps taken, oldest first. A step that needs
 * a reason asks for it first. */

static void
take_action (KrAppraisalEditor *self, KrAppraisalAction action, const char *reason)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;

  if (!kr_appraisal_editor_apply (self, action, reason, &error))
    {
      /* Translators: the title of an error dialog; %s is a button label, e.g. "Submit" */
      g_autofree char *title =
          g_strdup_printf (_ ("Could Not %s"), kr_appraisal_action_get_label (action));

      _kr_appraisal_editor_show_error (self, title, error);
      return;
    }
  /* Translators: a toast after a workflow step: "Now Submitted" */
  message = g_strdup_printf (
      _ ("Now %s"), kr_appraisal_state_get_label (kr_appraisal_action_get_target (action)));
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-toast", "s", message);
}

static char *
dup_buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
on_reason_changed_cb (GtkTextBuffer *buffer, AdwMessageDialog *dialog)
{
  g_autofree char *text = dup_buffer_text (buffer);

  adw_message_dialog_set_response_enabled (dialog, "apply", text[0] != '\0');
}

static void
on_reason_response_cb (AdwMessageDialog *dialog, const char *response, KrAppraisalEditor *self)
{
  GtkTextBuffer *buffer = g_object_get_data (G_OBJECT (dialog), "buffer");
  KrAppraisalAction action = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "action"));
  g_autofree char *reason = NULL;

  if (g_strcmp0 (response, "apply") != 0)
    return;
  reason = dup_buffer_text (buffer);
  take_action (self, action, reason);
}

static const char *
reason_prompt (KrAppraisalAction action)
{
  switch (action)
    {
    case KR_APPRAISAL_ACTION_RETURN:
      return _ ("Say what the employee should change before submitting again.");
    case KR_APPRAISAL_ACTION_OBJECT:
      return _ ("The employee’s objection (keberatan), as they state it.");
    case KR_APPRAISAL_ACTION_DECIDE:
      return _ ("The senior appraiser’s decision on the objection. The evaluation becomes "
                "final again.");
    case KR_APPRAISAL_ACTION_REOPEN:
      return _ ("Why the final evaluation must change. It goes back to draft, and the reason "
                "is kept in its history.");
    default:
      return NULL;
    }
}

void
_kr_appraisal_editor_ask_action (KrAppraisalEditor *self, KrAppraisalAction action)
{
  GtkWidget *dialog, *scrolled, *view;
  GtkTextBuffer *buffer;
  const char *label = kr_appraisal_action_get_label (action);

  if (self->evaluation == NULL)
    return;
  if (!kr_appraisal_action_needs_reason (action))
    {
      take_action (self, action, NULL);
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), label,
                                   reason_prompt (action));
  view = gtk_text_view_new ();
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Reason"), -1);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 100);
  gtk_widget_add_css_class (scrolled, "card");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "apply",
                                    label, NULL);
  adw_message_dialog_set_response_appearance (
      ADW_MESSAGE_DIALOG (dialog), "apply",
      action == KR_APPRAISAL_ACTION_REOPEN ? ADW_RESPONSE_DESTRUCTIVE : ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "apply", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "buffer", buffer);
  g_object_set_data (G_OBJECT (dialog), "action", GINT_TO_POINTER (action));
  g_signal_connect (buffer, "changed", G_CALLBACK (on_reason_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_reason_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (view);
}

static void
on_action_clicked_cb (GtkButton *button, KrAppraisalEditor *self)
{
  _kr_appraisal_editor_ask_action (
      self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "action")));
}

static void
add_actions (KrAppraisalEditor *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  guint n = 0;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _ ("Next Step"));
  for (int action = 0; action < KR_N_APPRAISAL_ACTIONS; action++)
    {
      GtkWidget *button;

      if (!kr_appraisal_repository_can_apply (self->repository, self->evaluation->id,
                                              (KrAppraisalAction) action))
        continue;
      button = gtk_button_new_with_label (kr_appraisal_action_get_label (action));
      gtk_widget_add_css_class (button, "pill");
      /* The step forward is the suggested one; sending back, objecting and reopening are
       * not */
      if (action == KR_APPRAISAL_ACTION_REOPEN)
        gtk_widget_add_css_class (button, "destructive-action");
      else if (action != KR_APPRAISAL_ACTION_RETURN && action != KR_APPRAISAL_ACTION_OBJECT)
        gtk_widget_add_css_class (button, "suggested-action");
      if (action == KR_APPRAISAL_ACTION_REVIEW)
        gtk_widget_set_tooltip_text (button, _ ("Mark reviewed and open the next (Ctrl+Return)"));
      g_object_set_data (G_OBJECT (button), "action", GINT_TO_POINTER (action));
      g_signal_connect (button, "clicked", G_CALLBACK (on_action_clicked_cb), self);
      gtk_box_append (GTK_BOX (box), button);
      n++;
    }
  if (n == 0)
    {
      GtkWidget *none = gtk_label_new (_ ("You cannot take a step on this evaluation now."));

      gtk_widget_add_css_class (none, "dim-label");
      gtk_label_set_wrap (GTK_LABEL (none), TRUE);
      gtk_label_set_xalign (GTK_LABEL (none), 0.0f);
      gtk_box_append (GTK_BOX (box), none);
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
  gtk_box_append (self->workflow_box, group);
}

static char *
format_time (const char *at)
{
  g_autoptr (GDateTime) utc = at != NULL ? g_date_time_new_from_iso8601 (at, NULL) : NULL;
  g_autoptr (GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;

  /* Translators: when a workflow step was taken, strftime format */
  return local != NULL ? g_date_time_format (local, _ ("%-d %B %Y, %H:%M")) : g_strdup (at);
}

static void
add_history (KrAppraisalEditor *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autoptr (GPtrArray) transitions = NULL;
  g_autoptr (GError) error = NULL;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _ ("History"));
  transitions =
      kr_appraisal_repository_list_transitions (self->repository, self->evaluation->id, &error);
  if (transitions == NULL || transitions->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     error != NULL ? error->message : _ ("No step taken yet"));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  for (guint i = 0; transitions != NULL && i < transitions->len; i++)
    {
      KrAppraisalTransition *transition = g_ptr_array_index (transitions, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *when = format_time (transition->at);
      g_autofree char *title =
          g_markup_printf_escaped ("%s → %s", kr_appraisal_state_get_label (transition->from),
                                   kr_appraisal_state_get_label (transition->to));
      g_autofree char *subtitle = NULL;

      /* Translators: who took a workflow step, and when: "sri · 3 March 2026, 10:12" */
      subtitle = g_markup_printf_escaped (
          _ ("%s · %s"),
          transition->user_name != NULL ? transition->user_name : _ ("Nobody was signed in"), when);
      if (transition->reason != NULL)
        {
          g_autofree char *reason = g_markup_escape_text (transition->reason, -1);
          char *longer = g_strconcat (subtitle, "\n", reason, NULL);

          g_free (subtitle);
          subtitle = longer;
        }
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  gtk_box_append (self->workflow_box, group);
}

void
_kr_appraisal_editor_build_workflow (KrAppraisalEditor *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->workflow_box))) != NULL)
    gtk_box_remove (self->workflow_box, child);
  if (self->evaluation == NULL || self->repository == NULL)
    return;

  add_actions (self);
  add_history (self);
}
