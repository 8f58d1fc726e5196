/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-appraisal-editor-evaluation"

#include "config.h"

#include "kr-appraisal-editor-private.h"

#include <glib/gi18n.h>

#include "kr-appraisal-format.h"

/* The evaluation tab: realisation and feedback per work result, feedback per BerAKHLAK value,
 * the two ratings and the predikat they make (computed here as the user picks them, never
 * typed), the notes, and the objection and its answers once there is one; the unit's results
 * and the 360 feedback come from kr-appraisal-editor-feedback.c. */

static void
on_text_changed_cb (GtkEditable *editable, KrAppraisalEditor *self)
{
  char **field = g_object_get_data (G_OBJECT (editable), "field");

  if (self->filling)
    return;
  g_free (*field);
  *field = _kr_appraisal_editor_dup_text (editable);
  _kr_appraisal_editor_changed (self, FALSE);
}

static GtkWidget *
text_row (KrAppraisalEditor *self, const char *title, char **field, gboolean editable)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), *field != NULL ? *field : "");
  gtk_widget_set_sensitive (row, editable);
  g_object_set_data (G_OBJECT (row), "field", field);
  g_signal_connect (row, "changed", G_CALLBACK (on_text_changed_cb), self);
  return row;
}

/* A read-only row for a text that someone else writes (the objection, the decision). */
static GtkWidget *
shown_row (const char *title, const char *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text != NULL ? text : "—");
  return row;
}

static void
add_results (KrAppraisalEditor *self)
{
  GPtrArray *results = self->evaluation->results;

  for (guint r = 0; r < results->len; r++)
    {
      KrAppraisalResult *result = g_ptr_array_index (results, r);
      GtkWidget *group = adw_preferences_group_new ();
      /* Translators: a work result's heading on the evaluation tab: "Result 2 · Kinerja Utama" */
      g_autofree char *title =
          g_strdup_printf (_ ("Result %u · %s"), r + 1, kr_result_kind_get_label (result->kind));
      g_autoptr (GString) indicators = g_string_new (NULL);

      for (guint i = 0; i < result->indicators->len; i++)
        {
          KrAppraisalIndicator *indicator = g_ptr_array_index (result->indicators, i);

          g_string_append_printf (indicators, "%s%s: %s → %s", i > 0 ? "\n" : "",
                                  kr_aspect_get_label (indicator->aspect),
                                  indicator->indicator != NULL ? indicator->indicator : "",
                                  indicator->target != NULL ? indicator->target : "");
        }
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
      adw_preferences_group_add (
          ADW_PREFERENCES_GROUP (group),
          shown_row (result->result != NULL ? result->result : "", indicators->str));
      adw_preferences_group_add (
          ADW_PREFERENCES_GROUP (group),
          text_row (self, _ ("Realisation"), &result->realisation, self->evaluation_editable));
      adw_preferences_group_add (
          ADW_PREFERENCES_GROUP (group),
          text_row (self, _ ("Feedback"), &result->feedback, self->evaluation_editable));
      gtk_box_append (self->evaluation_box, group);
    }
}

static void
add_behaviours (KrAppraisalEditor *self)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _ ("Work Behaviour (BerAKHLAK)"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _ ("Feedback on each core value"));
  for (guint i = 0; i < KR_N_BEHAVIOURS; i++)
    {
      GtkWidget *row =
          text_row (self, kr_behaviour_get_label ((KrBehaviour) i),
                    &self->evaluation->behaviour_feedback[i], self->evaluation_editable);

      if (self->plan->expectations[i] != NULL)
        gtk_widget_set_tooltip_text (row, self->plan->expectations[i]);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  gtk_box_append (self->evaluation_box, group);
}

/* Ratings */

void
_kr_appraisal_editor_update_predikat (KrAppraisalEditor *self)
{
  KrAppraisalEvaluation *evaluation = self->evaluation;

  evaluation->has_predikat = evaluation->has_results_rating && evaluation->has_behaviour_rating;
  if (evaluation->has_predikat)
    evaluation->predikat =
        kr_predikat_from_ratings (evaluation->results_rating, evaluation->behaviour_rating);
  kr_appraisal_format_predikat_badge (self->live_predikat_label, evaluation->has_predikat,
                                      evaluation->predikat);
  kr_appraisal_format_predikat_badge (self->predikat_label, evaluation->has_predikat,
                                      evaluation->predikat);
}

static void
on_rating_changed_cb (AdwComboRow *row, GParamSpec *pspec, KrAppraisalEditor *self)
{
  guint selected = adw_combo_row_get_selected (row);
  gboolean has = selected != 0 && selected != GTK_INVALID_LIST_POSITION;
  KrRating rating = has ? (KrRating) (selected - 1) : KR_RATING_BELOW;

  if (self->filling)
    return;
  if (row == self->results_rating_row)
    {
      self->evaluation->has_results_rating = has;
      self->evaluation->results_rating = rating;
    }
  else
    {
      self->evaluation->has_behaviour_rating = has;
      self->evaluation->behaviour_rating = rating;
    }
  _kr_appraisal_editor_update_predikat (self);
  _kr_appraisal_editor_changed (self, FALSE);
}

static AdwComboRow *
rating_row (KrAppraisalEditor *self, const char *title, gboolean has, KrRating rating)
{
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  gtk_string_list_append (labels, _ ("Not rated"));
  for (guint i = 0; i < KR_N_RATINGS; i++)
    gtk_string_list_append (labels, kr_rating_get_label ((KrRating) i));
  /* Official term: do not translate */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), has ? (guint) rating + 1 : 0);
  gtk_widget_set_sensitive (row, self->evaluation_editable);
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_rating_changed_cb), self);
  return ADW_COMBO_ROW (row);
}

static void
add_ratings (KrAppraisalEditor *self)
{
  KrAppraisalEvaluation *evaluation = self->evaluation;
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *predikat = adw_action_row_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _ ("Ratings"));
  /* Official terms: do not translate */
  self->results_rating_row = rating_row (self, "Rating Hasil Kerja", evaluation->has_results_rating,
                                         evaluation->results_rating);
  self->behaviour_rating_row =
      rating_row (self, "Rating Perilaku Kerja", evaluation->has_behaviour_rating,
                  evaluation->behaviour_rating);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (predikat), "Predikat Kinerja Pegawai");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (predikat),
                               _ ("Follows from the two ratings (PermenPANRB 6/2022)"));
  self->live_predikat_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_valign (GTK_WIDGET (self->live_predikat_label), GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (predikat), GTK_WIDGET (self->live_predikat_label));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->results_rating_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             GTK_WIDGET (self->behaviour_rating_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), predikat);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             text_row (self, _ ("Notes and recommendation"), &evaluation->notes,
                                       self->evaluation_editable));
  gtk_box_append (self->evaluation_box, group);
  _kr_appraisal_editor_update_predikat (self);
}

static void
add_objection (KrAppraisalEditor *self)
{
  KrAppraisalEvaluation *evaluation = self->evaluation;
  GtkWidget *group;
  gboolean objected = evaluation->state == KR_APPRAISAL_STATE_OBJECTED;

  if (evaluation->objection == NULL && !objected)
    return;
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _ ("Objection"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             shown_row (_ ("Objection (keberatan)"), evaluation->objection));
  /* The appraiser answers while the objection is open; the senior appraiser decides on the
   * Workflow tab. */
  adw_preferences_group_add (
      ADW_PREFERENCES_GROUP (group),
      text_row (self, _ ("Appraiser’s explanation"), &evaluation->objection_response,
                objected && self->database != NULL && !kr_database_is_read_only (self->database)));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             shown_row (_ ("Senior appraiser’s decision"), evaluation->decision));
  gtk_box_append (self->evaluation_box, group);
}

void
_kr_appraisal_editor_build_evaluation (KrAppraisalEditor *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->evaluation_box))) != NULL)
    gtk_box_remove (self->evaluation_box, child);
  self->results_rating_row = NULL;
  self->behaviour_rating_row = NULL;
  self->live_predikat_label = NULL;
  self->feedback_list = NULL;
  self->add_feedback_button = NULL;
  self->skm_row = NULL;
  self->organisation_row = NULL;
  if (self->evaluation == NULL)
    return;

  add_ratings (self);
  _kr_appraisal_editor_add_unit_results (self);
  add_objection (self);
  add_results (self);
  add_behaviours (self);
  _kr_appraisal_editor_add_feedback (self);
}
