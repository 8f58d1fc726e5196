/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-peer-feedback-dialog"

#include "config.h"

#include "kr-peer-feedback-dialog-private.h"

#include <glib/gi18n.h>

#include "kr-appraisal-form.h"
#include "kr-date.h"
#include "kr-employee-picker.h"
#include "kr-error.h"

/* One piece of 360 feedback: a small form over the repository's rules. What the form can
 * tell by itself (an empty text, a date that is not one or lies ahead, the employee as their
 * own colleague) keeps Save disabled and marks its row; what only the repository knows is
 * shown under the form. */

G_DEFINE_FINAL_TYPE (KrPeerFeedbackDialog, kr_peer_feedback_dialog, ADW_TYPE_WINDOW)

enum
{
  ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Checks the form; @bad_row is the row at fault. */
static gboolean
check_form (KrPeerFeedbackDialog *self, GtkWidget **bad_row, GError **error)
{
  g_autofree char *text =
      g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->text_row))));
  const GDate *given_on = kr_date_row_get_date (self->date_row);
  GDate today;

  *bad_row = NULL;
  if (text[0] == '\0')
    {
      /* Not marked: an empty form is not wrong yet, only unfinished. */
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("The feedback text is empty"));
      return FALSE;
    }
  *bad_row = GTK_WIDGET (self->date_row);
  if (!kr_date_row_check (self->date_row, error))
    return FALSE;
  if (given_on == NULL)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Enter the date the feedback was given"));
      return FALSE;
    }
  kr_date_today (NULL, &today);
  if (g_date_compare (given_on, &today) > 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The date the feedback was given is in the future"));
      return FALSE;
    }
  *bad_row = GTK_WIDGET (self->colleague_row);
  if (self->colleague_id != 0 && self->colleague_id == self->employee_id)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("360 feedback comes from colleagues: the employee cannot give it to "
                      "themselves"));
      return FALSE;
    }
  *bad_row = NULL;
  return TRUE;
}

static void
validate (KrPeerFeedbackDialog *self)
{
  g_autoptr (GError) error = NULL;
  GtkWidget *bad_row = NULL;
  gboolean ok = check_form (self, &bad_row, &error);

  /* An empty text only disables Save; a wrong field says what is wrong. */
  kr_appraisal_form_show_error (&self->error_row, bad_row, self->error_label,
                                bad_row != NULL ? error->message : NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feedback.save", ok);
}

static void
show_colleague (KrPeerFeedbackDialog *self)
{
  if (self->colleague_id == 0)
    /* Translators: the giver of 360 feedback when no colleague is named */
    adw_action_row_set_subtitle (self->colleague_row, _ ("Anonymous"));
  gtk_widget_set_visible (self->clear_colleague_button, self->colleague_id != 0);
}

static void
colleague_picked_cb (gpointer user_data, gint64 employee_id)
{
  KrPeerFeedbackDialog *self = user_data;

  self->colleague_id = employee_id;
  show_colleague (self);
  validate (self);
}

static void
on_clear_colleague_clicked_cb (GtkButton *button, KrPeerFeedbackDialog *self)
{
  self->colleague_id = 0;
  show_colleague (self);
  validate (self);
}

gboolean
kr_peer_feedback_dialog_save (KrPeerFeedbackDialog *self)
{
  g_autoptr (GError) error = NULL;
  GtkWidget *bad_row = NULL;
  KrPeerFeedback feedback = { 0 };
  g_autofree char *text = NULL;
  guint behaviour;
  gint64 id;

  g_return_val_if_fail (KR_IS_PEER_FEEDBACK_DIALOG (self), FALSE);

  if (!check_form (self, &bad_row, &error))
    {
      kr_appraisal_form_show_error (&self->error_row, bad_row, self->error_label, error->message);
      return FALSE;
    }
  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->text_row))));
  behaviour = adw_combo_row_get_selected (self->behaviour_row);
  feedback.evaluation_id = self->evaluation_id;
  feedback.relation = (KrPeerRelation) adw_combo_row_get_selected (self->relation_row);
  feedback.from_employee_id = self->colleague_id;
  /* Item 0 is "General". */
  feedback.has_behaviour = behaviour != 0 && behaviour != GTK_INVALID_LIST_POSITION;
  feedback.behaviour = feedback.has_behaviour ? (KrBehaviour) (behaviour - 1) : 0;
  feedback.feedback = text;
  feedback.given_on = *kr_date_row_get_date (self->date_row);
  id = kr_appraisal_repository_add_peer_feedback (self->repository, &feedback, &error);
  if (id == 0)
    {
      /* The repository names the field; a colleague it cannot find is the colleague row's. */
      kr_appraisal_form_show_error (&self->error_row,
                                    g_error_matches (error, KR_ERROR, KR_ERROR_NOT_FOUND) &&
                                            self->colleague_id != 0
                                        ? GTK_WIDGET (self->colleague_row)
                                        : NULL,
                                    self->error_label, error->message);
      return FALSE;
    }
  g_signal_emit (self, signals[ADDED], 0, id);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
save_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  kr_peer_feedback_dialog_save (KR_PEER_FEEDBACK_DIALOG (widget));
}

/* Building */

static AdwComboRow *
combo_row (const char *title, GtkStringList *labels)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  return ADW_COMBO_ROW (row);
}

static GtkWidget *
build_header (KrPeerFeedbackDialog *self)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_ ("_Cancel"));

  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  self->save_button = gtk_button_new_with_mnemonic (_ ("_Save"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->save_button), "feedback.save");
  gtk_widget_add_css_class (self->save_button, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->save_button);
  return header;
}

static GtkWidget *
build_form (KrPeerFeedbackDialog *self)
{
  g_autoptr (GtkStringList) relations = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) behaviours = gtk_string_list_new (NULL);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *clear_icon;
  GDate today;

  for (guint i = 0; i < KR_N_PEER_RELATIONS; i++)
    gtk_string_list_append (relations, kr_peer_relation_get_label ((KrPeerRelation) i));
  /* Translators: 360 feedback that is about no one BerAKHLAK value */
  gtk_string_list_append (behaviours, C_ ("core value", "General"));
  for (guint i = 0; i < KR_N_BEHAVIOURS; i++)
    gtk_string_list_append (behaviours, kr_behaviour_get_label ((KrBehaviour) i));

  self->relation_row = combo_row (_ ("_Given By"), relations);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->relation_row),
                               _ ("Who gave it, relative to the employee"));
  adw_combo_row_set_selected (self->relation_row, KR_PEER_RELATION_PEER);

  self->colleague_row = ADW_ACTION_ROW (kr_employee_picker_new (self->employees, _ ("Colleague"), 0,
                                                                TRUE, colleague_picked_cb, self));
  self->clear_colleague_button = gtk_button_new ();
  clear_icon = gtk_image_new_from_icon_name ("edit-clear-symbolic");
  gtk_button_set_child (GTK_BUTTON (self->clear_colleague_button), clear_icon);
  gtk_widget_set_valign (self->clear_colleague_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->clear_colleague_button, "flat");
  gtk_widget_set_tooltip_text (self->clear_colleague_button, _ ("Make Anonymous"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->clear_colleague_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Make Anonymous"), -1);
  g_signal_connect (self->clear_colleague_button, "clicked",
                    G_CALLBACK (on_clear_colleague_clicked_cb), self);
  adw_action_row_add_suffix (self->colleague_row, self->clear_colleague_button);

  self->behaviour_row = combo_row (_ ("Core _Value"), behaviours);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->behaviour_row), "BerAKHLAK");

  self->text_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->text_row), _ ("_Feedback"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->text_row), TRUE);

  self->date_row = KR_DATE_ROW (kr_date_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->date_row), _ ("_Given On"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->date_row), TRUE);
  kr_date_today (NULL, &today);
  kr_date_row_set_date (self->date_row, &today);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->relation_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->colleague_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->behaviour_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->text_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->date_row));
  g_signal_connect_swapped (self->text_row, "changed", G_CALLBACK (validate), self);
  g_signal_connect_swapped (self->date_row, "changed", G_CALLBACK (validate), self);
  return group;
}

static void
build (KrPeerFeedbackDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  gtk_widget_set_margin_top (content, 24);
  gtk_widget_set_margin_bottom (content, 24);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  gtk_box_append (GTK_BOX (content), build_form (self));
  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->error_label));
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), build_header (self));
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (self), box);
}

/* The object */

static void
kr_peer_feedback_dialog_dispose (GObject *object)
{
  KrPeerFeedbackDialog *self = KR_PEER_FEEDBACK_DIALOG (object);

  g_clear_object (&self->repository);
  g_clear_object (&self->employees);
  self->error_row = NULL;

  G_OBJECT_CLASS (kr_peer_feedback_dialog_parent_class)->dispose (object);
}

static void
kr_peer_feedback_dialog_class_init (KrPeerFeedbackDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_peer_feedback_dialog_dispose;

  signals[ADDED] = g_signal_new ("added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_install_action (widget_class, "feedback.save", NULL, save_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kr_peer_feedback_dialog_init (KrPeerFeedbackDialog *self)
{
}

KrPeerFeedbackDialog *
kr_peer_feedback_dialog_new (KrAppraisalRepository *repository,
                             KrEmployeeRepository *employees,
                             gint64 evaluation_id,
                             gint64 employee_id)
{
  KrPeerFeedbackDialog *self;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (repository), NULL);
  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (employees), NULL);

  self = g_object_new (KR_TYPE_PEER_FEEDBACK_DIALOG, "modal", TRUE, "default-width", 520,
                       "width-request", 360, "title", _ ("Add 360 Feedback"), NULL);
  self->repository = g_object_ref (repository);
  self->employees = g_object_ref (employees);
  self->evaluation_id = evaluation_id;
  self->employee_id = employee_id;
  build (self);
  show_colleague (self);
  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_row));
  return self;
}
