/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-appraisal-editor-feedback"

#include "config.h"

#include "kr-appraisal-editor-private.h"

#include <glib/gi18n.h>

#include "kr-appraisal-form.h"
#include "kr-employee-format.h"
#include "kr-peer-feedback-dialog.h"
#include "kr-unit-repository.h"

/* What the evaluation tab shows beside the evaluation itself: the results of the employee's
 * unit (its organisational result of the period and its public satisfaction survey of the
 * year, as the printed evaluation has them) and the 360 feedback colleagues gave, which
 * whoever may write the appraisal adds and deletes (with Undo) until the evaluation is final.
 * They are small queries, read with the evaluation. */

/* Loading */

/* The perangkat daerah of @unit_id (the nearest unit of that kind at or above it), else the
 * unit itself: the unit whose organisational result the evaluation prints. */
static gint64
find_perangkat_daerah (KrUnitRepository *units, gint64 unit_id, GError **error)
{
  gint64 id = unit_id;

  /* A tree is shallow; the bound only guards against a damaged one. */
  for (guint depth = 0; id != 0 && depth < 32; depth++)
    {
      g_autoptr (KrUnit) unit = kr_unit_repository_get (units, id, error);

      if (unit == NULL)
        return 0;
      if (unit->kind == KR_UNIT_KIND_PERANGKAT_DAERAH)
        return unit->id;
      id = unit->parent_id;
    }
  return unit_id;
}

static gboolean
load_unit_results (KrAppraisalEditor *self, GError **error)
{
  g_autoptr (KrEmployee) employee = NULL;
  g_autoptr (KrUnitRepository) units = NULL;
  gint64 unit_id, pd;

  if (self->employees == NULL)
    return TRUE;
  employee = kr_employee_repository_get (self->employees, self->plan->employee_id, error);
  if (employee == NULL)
    return FALSE;
  unit_id = kr_employee_get_unit_id (employee);
  if (unit_id == 0)
    return TRUE;
  self->skm = kr_appraisal_repository_find_skm (self->repository, unit_id, self->plan->year, error);
  if (self->skm == NULL && error != NULL && *error != NULL)
    return FALSE;
  units = kr_unit_repository_new (self->database);
  pd = find_perangkat_daerah (units, unit_id, error);
  return pd != 0 && kr_appraisal_repository_get_organisation_result (
                        self->repository, pd, self->plan->year, self->evaluation->period,
                        &self->has_organisation_result, &self->organisation_result, error);
}

/* Whoever may take the evaluation's next step may write its 360 feedback: the writers of
 * appraisals and its appraiser, as the repository decides; nobody once it is final. */
static gboolean
may_write_feedback (KrAppraisalEditor *self)
{
  KrAppraisalAction action;

  if (self->database == NULL || kr_database_is_read_only (self->database))
    return FALSE;
  switch (self->evaluation->state)
    {
    case KR_APPRAISAL_STATE_DRAFT:
      action = KR_APPRAISAL_ACTION_SUBMIT;
      break;
    case KR_APPRAISAL_STATE_SUBMITTED:
      action = KR_APPRAISAL_ACTION_REVIEW;
      break;
    case KR_APPRAISAL_STATE_REVIEWED:
      action = KR_APPRAISAL_ACTION_FINALISE;
      break;
    case KR_APPRAISAL_STATE_FINAL:
    case KR_APPRAISAL_STATE_OBJECTED:
    case KR_N_APPRAISAL_STATES:
    default:
      return FALSE;
    }
  return kr_appraisal_repository_can_apply (self->repository, self->evaluation->id, action);
}

static void
read_feedback (KrAppraisalEditor *self)
{
  g_autoptr (GError) error = NULL;

  g_clear_pointer (&self->peer_feedback, g_ptr_array_unref);
  g_clear_pointer (&self->feedback_error, g_free);
  self->peer_feedback =
      kr_appraisal_repository_list_peer_feedback (self->repository, self->evaluation->id, &error);
  if (self->peer_feedback == NULL)
    self->feedback_error = g_strdup (error->message);
}

void
_kr_appraisal_editor_load_feedback (KrAppraisalEditor *self)
{
  g_autoptr (GError) error = NULL;

  _kr_appraisal_editor_clear_feedback (self);
  read_feedback (self);
  self->feedback_writable = self->peer_feedback != NULL && may_write_feedback (self);
  if (!load_unit_results (self, &error))
    self->unit_results_error = g_strdup (error->message);
}

void
_kr_appraisal_editor_clear_feedback (KrAppraisalEditor *self)
{
  g_clear_pointer (&self->peer_feedback, g_ptr_array_unref);
  g_clear_pointer (&self->feedback_error, g_free);
  g_clear_pointer (&self->skm, kr_skm_survey_free);
  g_clear_pointer (&self->unit_results_error, g_free);
  self->has_organisation_result = FALSE;
  self->feedback_writable = FALSE;
}

/* The unit's results */

static char *
dup_skm_text (const KrSkmSurvey *survey)
{
  double ikm = kr_ikm_compute (survey->nrr);
  KrIkmCategory category = kr_ikm_get_category (ikm);
  g_autofree char *number = kr_appraisal_form_format_number (ikm);
  g_autofree char *respondents = g_strdup_printf (
      ngettext ("%u respondent", "%u respondents", survey->respondents), survey->respondents);

  /* Translators: the public satisfaction survey of the employee's unit: "IKM 82.75 · B (Baik) ·
   * 120 respondents"; the category and its name are official */
  return g_strdup_printf (_ ("IKM %s · %s (%s) · %s"), number,
                          kr_ikm_category_get_letter (category),
                          kr_ikm_category_get_label (category), respondents);
}

static AdwActionRow *
fact_row (const char *title, const char *text)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *markup = g_markup_escape_text (text, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), markup);
  return ADW_ACTION_ROW (row);
}

void
_kr_appraisal_editor_add_unit_results (KrAppraisalEditor *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autofree char *skm = NULL;

  self->skm_row = NULL;
  self->organisation_row = NULL;
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _ ("Unit Results"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _ ("The results of the employee’s unit that the "
                                            "evaluation prints"));
  if (self->unit_results_error != NULL)
    skm = g_strdup (self->unit_results_error);
  else if (self->skm != NULL)
    skm = dup_skm_text (self->skm);
  else
    skm = g_strdup (_ ("No survey recorded for this year"));
  /* The organisational result only once it is recorded (Unit Results in the page's menu). */
  if (self->has_organisation_result)
    {
      self->organisation_row =
          fact_row (_ ("Organisational Result"),
                    kr_organisation_result_get_label (self->organisation_result));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 GTK_WIDGET (self->organisation_row));
    }
  self->skm_row = fact_row (_ ("Public Satisfaction Survey"), skm);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->skm_row));
  gtk_box_append (self->evaluation_box, group);
}

/* 360 feedback */

static GtkWidget *
feedback_row (KrAppraisalEditor *self, const KrPeerFeedback *feedback)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *date = kr_employee_format_date (&feedback->given_on);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  /* Translators: who gave 360 feedback: "Peer · Budi Santoso" */
  title =
      g_markup_printf_escaped (_ ("%s · %s"), kr_peer_relation_get_label (feedback->relation),
                               feedback->from_name != NULL ? feedback->from_name : _ ("Anonymous"));
  if (feedback->has_behaviour)
    subtitle = g_markup_printf_escaped ("%s · %s\n%s", kr_behaviour_get_label (feedback->behaviour),
                                        date != NULL ? date : "",
                                        feedback->feedback != NULL ? feedback->feedback : "");
  else
    subtitle = g_markup_printf_escaped ("%s\n%s", date != NULL ? date : "",
                                        feedback->feedback != NULL ? feedback->feedback : "");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (self->feedback_writable)
    {
      GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, _ ("Delete Feedback"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _ ("Delete Feedback"), -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "editor.delete-feedback");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", feedback->id);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  return row;
}

static void
fill_feedback (KrAppraisalEditor *self)
{
  GtkListBoxRow *row;

  /* Rows only: the placeholder is a child of the list too. */
  while ((row = gtk_list_box_get_row_at_index (self->feedback_list, 0)) != NULL)
    gtk_list_box_remove (self->feedback_list, GTK_WIDGET (row));
  if (self->peer_feedback == NULL)
    {
      g_autofree char *markup = g_markup_escape_text (self->feedback_error, -1);
      GtkWidget *error_row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (error_row),
                                     _ ("Could not read the feedback"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (error_row), markup);
      gtk_list_box_append (self->feedback_list, error_row);
      return;
    }
  for (guint i = 0; i < self->peer_feedback->len; i++)
    gtk_list_box_append (self->feedback_list,
                         feedback_row (self, g_ptr_array_index (self->peer_feedback, i)));
}

void
_kr_appraisal_editor_add_feedback (KrAppraisalEditor *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *placeholder = gtk_label_new (_ ("No feedback yet"));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _ ("360 Feedback"));
  adw_preferences_group_set_description (
      ADW_PREFERENCES_GROUP (group),
      _ ("What superiors, peers, subordinates and others said about the employee’s work"));
  self->add_feedback_button = gtk_button_new_with_mnemonic (_ ("_Add Feedback…"));
  gtk_widget_set_valign (self->add_feedback_button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->add_feedback_button),
                                  "editor.add-feedback");
  gtk_widget_set_visible (self->add_feedback_button, self->feedback_writable);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group),
                                           self->add_feedback_button);

  self->feedback_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->feedback_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->feedback_list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->feedback_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("360 feedback"), -1);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->feedback_list, placeholder);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->feedback_list));
  fill_feedback (self);
  gtk_box_append (self->evaluation_box, group);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-feedback", self->feedback_writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.delete-feedback",
                                 self->feedback_writable);
}

/* Reads the feedback again after a change, leaving the rest of the tab (and what is being
 * typed there) alone. */
static void
refresh_feedback (KrAppraisalEditor *self)
{
  if (self->evaluation == NULL || self->feedback_list == NULL)
    return;
  read_feedback (self);
  fill_feedback (self);
}

/* Adding */

static void
on_feedback_added_cb (KrPeerFeedbackDialog *dialog, gint64 id, KrAppraisalEditor *self)
{
  refresh_feedback (self);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-toast", "s", _ ("Feedback added"));
}

static void
add_feedback_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrAppraisalEditor *self = KR_APPRAISAL_EDITOR (widget);
  KrPeerFeedbackDialog *dialog;

  if (self->evaluation == NULL || !self->feedback_writable || self->employees == NULL)
    return;
  dialog = kr_peer_feedback_dialog_new (self->repository, self->employees, self->evaluation->id,
                                        self->plan->employee_id);
  g_signal_connect_object (dialog, "added", G_CALLBACK (on_feedback_added_cb), self, 0);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Deleting, and Undo */

static KrPeerFeedback *
copy_feedback (const KrPeerFeedback *feedback)
{
  KrPeerFeedback *copy = g_memdup2 (feedback, sizeof *feedback);

  copy->from_name = g_strdup (feedback->from_name);
  copy->feedback = g_strdup (feedback->feedback);
  return copy;
}

static void
forget_undo (KrAppraisalEditor *self)
{
  g_clear_pointer (&self->undo_feedback, kr_peer_feedback_free);
  g_clear_object (&self->undo_toast);
}

static void
on_undo_dismissed_cb (AdwToast *toast, KrAppraisalEditor *self)
{
  if (toast == self->undo_toast)
    forget_undo (self);
}

static void
on_undo_clicked_cb (AdwToast *toast, KrAppraisalEditor *self)
{
  g_autoptr (KrPeerFeedback) feedback = NULL;
  g_autoptr (GError) error = NULL;

  if (toast != self->undo_toast || self->undo_feedback == NULL)
    return;
  feedback = g_steal_pointer (&self->undo_feedback);
  forget_undo (self);
  feedback->id = 0;
  if (kr_appraisal_repository_add_peer_feedback (self->repository, feedback, &error) == 0)
    {
      _kr_appraisal_editor_show_error (self, _ ("Could Not Restore the Feedback"), error);
      return;
    }
  if (self->evaluation != NULL && self->evaluation->id == feedback->evaluation_id)
    refresh_feedback (self);
}

static void
delete_feedback_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrAppraisalEditor *self = KR_APPRAISAL_EDITOR (widget);
  gint64 id = g_variant_get_int64 (parameter);
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  g_autoptr (KrPeerFeedback) copy = NULL;
  g_autoptr (GError) error = NULL;
  AdwToast *toast;

  if (self->peer_feedback == NULL || !self->feedback_writable)
    return;
  for (guint i = 0; i < self->peer_feedback->len && copy == NULL; i++)
    {
      KrPeerFeedback *each = g_ptr_array_index (self->peer_feedback, i);

      if (each->id == id)
        copy = copy_feedback (each);
    }
  if (copy == NULL)
    return;
  if (!kr_appraisal_repository_delete_peer_feedback (self->repository, id, &error))
    {
      _kr_appraisal_editor_show_error (self, _ ("Could Not Delete the Feedback"), error);
      return;
    }
  refresh_feedback (self);
  if (overlay == NULL)
    {
      gtk_widget_activate_action (widget, "win.show-toast", "s", _ ("Feedback deleted"));
      return;
    }
  /* The toast lives in the window, outside the editor: its button is a signal, not one of
   * the editor's actions. */
  forget_undo (self);
  self->undo_feedback = g_steal_pointer (&copy);
  toast = adw_toast_new (_ ("Feedback deleted"));
  self->undo_toast = g_object_ref (toast);
  adw_toast_set_button_label (toast, _ ("_Undo"));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb), self, 0);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_undo_dismissed_cb), self, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

void
_kr_appraisal_editor_class_add_feedback_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "editor.add-feedback", NULL,
                                   add_feedback_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.delete-feedback", "x",
                                   delete_feedback_action_cb);
}
