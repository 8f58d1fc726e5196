/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-talent-assessment-dialog"

#include "config.h"

#include "kr-talent-assessment-dialog.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "kr-date-row.h"
#include "kr-date.h"
#include "kr-employee-picker.h"
#include "kr-error.h"
#include "kr-promotions-common.h"
#include "kr-talent-assessment-list.h"
#include "kr-training-widgets.h"

struct _KrTalentAssessmentDialog
{
  AdwWindow parent_instance;

  KrDatabase *database;
  KrTalentRepository *talent;
  KrEmployeeRepository *employees;
  gint64 employee_id;
  gint64 assessment_id; /* 0 for a new one */

  GtkWidget *save_button;
  KrDateRow *date_row;
  AdwComboRow *potential_row;
  AdwEntryRow *score_row;
  AdwEntryRow *assessor_row;
  AdwEntryRow *note_row;
  GtkLabel *error_label;
};

G_DEFINE_FINAL_TYPE (KrTalentAssessmentDialog, kr_talent_assessment_dialog, ADW_TYPE_WINDOW)

/* The score row: empty, or a number 0..100 (a comma as decimal mark too) */
static gboolean
parse_score (const char *text, gboolean *has_score, double *score)
{
  g_autofree char *copy = g_strstrip (g_strdelimit (g_strdup (text), ",", '.'));
  char *end = NULL;

  *has_score = copy[0] != '\0';
  if (!*has_score)
    return TRUE;
  *score = g_ascii_strtod (copy, &end);
  return end != NULL && *end == '\0' && *score >= 0 && *score <= 100;
}

static void
mark_row (GtkWidget *row, gboolean bad, const char *message)
{
  if (bad)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
  gtk_widget_set_tooltip_text (row, bad ? message : NULL);
}

static gboolean
validate (KrTalentAssessmentDialog *self)
{
  gboolean has_score;
  double score;
  gboolean score_ok =
      parse_score (gtk_editable_get_text (GTK_EDITABLE (self->score_row)), &has_score, &score);
  gboolean date_ok = kr_date_row_get_date (self->date_row) != NULL;

  mark_row (GTK_WIDGET (self->score_row), !score_ok, _ ("The score is a number from 0 to 100"));
  mark_row (GTK_WIDGET (self->date_row), !date_ok && !kr_date_row_is_empty (self->date_row),
            _ ("Not a date"));
  gtk_widget_set_sensitive (self->save_button, score_ok && date_ok && self->employee_id > 0);
  return score_ok && date_ok && self->employee_id > 0;
}

static void
on_picked_cb (gpointer user_data, gint64 employee_id)
{
  KrTalentAssessmentDialog *self = user_data;

  self->employee_id = employee_id;
  validate (self);
}

static char *
entry_text (AdwEntryRow *row)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (text[0] == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static gboolean
save (KrTalentAssessmentDialog *self, GError **error)
{
  g_autoptr (KrTalentAssessment) assessment = kr_talent_assessment_new ();
  const GDate *date = kr_date_row_get_date (self->date_row);

  if (self->employee_id <= 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Choose the employee assessed"));
      return FALSE;
    }
  if (date == NULL)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("The assessment date is not a date"));
      return FALSE;
    }
  if (!parse_score (gtk_editable_get_text (GTK_EDITABLE (self->score_row)), &assessment->has_score,
                    &assessment->score))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("The score is a number from 0 to 100"));
      return FALSE;
    }
  assessment->id = self->assessment_id;
  assessment->employee_id = self->employee_id;
  assessment->date = *date;
  assessment->potential = (KrTalentPotential) adw_combo_row_get_selected (self->potential_row);
  assessment->assessor = entry_text (self->assessor_row);
  assessment->note = entry_text (self->note_row);
  return kr_talent_repository_save_assessment (self->talent, assessment, error);
}

static void
save_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTalentAssessmentDialog *self = KR_TALENT_ASSESSMENT_DIALOG (widget);
  g_autoptr (GError) error = NULL;

  if (!validate (self))
    return;
  if (!save (self, &error))
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  kr_talent_show_toast (gtk_window_get_transient_for (GTK_WINDOW (self)),
                        self->assessment_id != 0 ? _ ("Assessment saved")
                                                 : _ ("Assessment recorded"));
  gtk_window_close (GTK_WINDOW (self));
}

gboolean
_kr_talent_assessment_dialog_save (KrTalentAssessmentDialog *self,
                                   gint64 employee_id,
                                   const char *date,
                                   KrTalentPotential potential,
                                   double score,
                                   GError **error)
{
  g_autofree char *text = g_strdup_printf ("%.1f", score);

  g_return_val_if_fail (KR_IS_TALENT_ASSESSMENT_DIALOG (self), FALSE);

  self->employee_id = employee_id;
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
  adw_combo_row_set_selected (self->potential_row, potential);
  gtk_editable_set_text (GTK_EDITABLE (self->score_row), score >= 0 ? text : "");
  validate (self);
  return save (self, error);
}

/* Building */

static GtkWidget *
build_form (KrTalentAssessmentDialog *self)
{
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();
  GtkStringList *potentials = gtk_string_list_new (NULL);
  GDate today;

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             kr_employee_picker_new (self->employees, _ ("Employee"),
                                                     self->employee_id, self->assessment_id == 0,
                                                     on_picked_cb, self));
  self->date_row = KR_DATE_ROW (kr_date_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->date_row), _ ("_Date"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->date_row), TRUE);
  kr_date_today (NULL, &today);
  kr_date_row_set_date (self->date_row, &today);
  for (guint i = 0; i < KR_N_TALENT_POTENTIALS; i++)
    gtk_string_list_append (potentials, kr_talent_potential_get_label ((KrTalentPotential) i));
  self->potential_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->potential_row), _ ("_Potential"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->potential_row), TRUE);
  adw_combo_row_set_model (self->potential_row, G_LIST_MODEL (potentials));
  adw_combo_row_set_selected (self->potential_row, KR_TALENT_POTENTIAL_MEDIUM);
  g_object_unref (potentials);
  self->score_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->score_row),
                                 _ ("_Score (0–100, optional)"));
  self->assessor_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->assessor_row), _ ("Assess_or"));
  self->note_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->note_row), _ ("_Note"));
  for (GtkWidget *row = GTK_WIDGET (self->score_row); row != NULL;
       row = row == GTK_WIDGET (self->score_row)      ? GTK_WIDGET (self->assessor_row)
             : row == GTK_WIDGET (self->assessor_row) ? GTK_WIDGET (self->note_row)
                                                      : NULL)
    adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->date_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->potential_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->score_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->assessor_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->note_row));
  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_widget_set_margin_top (GTK_WIDGET (self->error_label), 12);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->error_label));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  g_signal_connect_swapped (self->date_row, "changed", G_CALLBACK (validate), self);
  g_signal_connect_swapped (self->score_row, "changed", G_CALLBACK (validate), self);
  return page;
}

static void
build (KrTalentAssessmentDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_ ("_Cancel"));

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  self->save_button = gtk_button_new_with_mnemonic (_ ("_Save"));
  gtk_widget_add_css_class (self->save_button, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->save_button), "assessment.save");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->save_button);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), build_form (self));
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);
  validate (self);
}

KrTalentAssessmentDialog *
kr_talent_assessment_dialog_new (GtkWindow *parent,
                                 KrDatabase *database,
                                 KrTalentRepository *talent,
                                 gint64 employee_id)
{
  KrTalentAssessmentDialog *self;

  g_return_val_if_fail (KR_IS_DATABASE (database), NULL);
  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (talent), NULL);

  self = g_object_new (KR_TYPE_TALENT_ASSESSMENT_DIALOG, "transient-for", parent, "modal", TRUE,
                       "title", _ ("Record Potential Assessment"), "default-width", 480, NULL);
  self->database = g_object_ref (database);
  self->talent = g_object_ref (talent);
  self->employees = kr_employee_repository_new (database);
  self->employee_id = employee_id;
  build (self);
  return self;
}

KrTalentAssessmentDialog *
kr_talent_assessment_dialog_new_edit (GtkWindow *parent,
                                      KrDatabase *database,
                                      KrTalentRepository *talent,
                                      const KrTalentAssessment *assessment)
{
  KrTalentAssessmentDialog *self;
  g_autofree char *score = NULL;

  g_return_val_if_fail (KR_IS_DATABASE (database), NULL);
  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (talent), NULL);
  g_return_val_if_fail (assessment != NULL && assessment->id > 0, NULL);

  self = g_object_new (KR_TYPE_TALENT_ASSESSMENT_DIALOG, "transient-for", parent, "modal", TRUE,
                       "title", _ ("Edit Potential Assessment"), "default-width", 480, NULL);
  self->database = g_object_ref (database);
  self->talent = g_object_ref (talent);
  self->employees = kr_employee_repository_new (database);
  self->employee_id = assessment->employee_id;
  self->assessment_id = assessment->id;
  build (self);
  kr_date_row_set_date (self->date_row, &assessment->date);
  adw_combo_row_set_selected (self->potential_row, assessment->potential);
  if (assessment->has_score)
    score = g_strdup_printf ("%g", assessment->score);
  gtk_editable_set_text (GTK_EDITABLE (self->score_row), score != NULL ? score : "");
  gtk_editable_set_text (GTK_EDITABLE (self->assessor_row),
                         assessment->assessor != NULL ? assessment->assessor : "");
  gtk_editable_set_text (GTK_EDITABLE (self->note_row),
                         assessment->note != NULL ? assessment->note : "");
  validate (self);
  return self;
}

static void
kr_talent_assessment_dialog_dispose (GObject *object)
{
  KrTalentAssessmentDialog *self = KR_TALENT_ASSESSMENT_DIALOG (object);

  g_clear_object (&self->talent);
  g_clear_object (&self->employees);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (kr_talent_assessment_dialog_parent_class)->dispose (object);
}

static void
kr_talent_assessment_dialog_class_init (KrTalentAssessmentDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kr_talent_assessment_dialog_dispose;
  gtk_widget_class_install_action (widget_class, "assessment.save", NULL, save_action_cb);
}

static void
kr_talent_assessment_dialog_init (KrTalentAssessmentDialog *self)
{
  gtk_widget_add_controller (GTK_WIDGET (self), kr_promotions_escape_closes ());
}
