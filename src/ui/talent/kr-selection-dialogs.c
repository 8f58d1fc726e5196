/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-selection-dialogs"

#include "config.h"

#include <glib/gi18n.h>

#include "kr-date.h"
#include "kr-employee-picker.h"
#include "kr-selection-page-private.h"
#include "kr-training-widgets.h"

/* Shared pieces */

static GtkWidget *
boxed_list (void)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  return list;
}

static GtkWidget *
entry_row (GtkWidget *list, const char *title, const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  if (text != NULL)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

static GtkWidget *
spin_row (GtkWidget *list, const char *title, double value, GtkSpinButton **spin)
{
  GtkWidget *row = adw_action_row_new ();

  *spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 100, 0.01));
  gtk_spin_button_set_digits (*spin, 2);
  gtk_spin_button_set_value (*spin, value);
  gtk_widget_set_valign (GTK_WIDGET (*spin), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (*spin));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (*spin));
  gtk_accessible_update_property (GTK_ACCESSIBLE (*spin), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

static GtkWidget *
dialog_new (KrSelectionPage *self,
            const char *heading,
            const char *body,
            GtkWidget *extra,
            const char *response,
            const char *response_label)
{
  GtkWidget *dialog =
      adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading, body);

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), extra);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), response,
                                    response_label, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), response,
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), response);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  return dialog;
}

static char *
text_or_null (GtkWidget *editable)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editable))));

  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static GtkWidget *
role_row (GtkWidget *list)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr (GtkStringList) roles = gtk_string_list_new (NULL);

  for (guint i = 0; i < KR_N_PANEL_ROLES; i++)
    gtk_string_list_append (roles, kr_panel_role_get_label (i));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (roles));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), KR_PANEL_ROLE_MEMBER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _ ("_Role"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

static void
picked_cb (gpointer user_data, gint64 employee_id)
{
  g_object_set_data (G_OBJECT (user_data), "kr-employee", GSIZE_TO_POINTER ((gsize) employee_id));
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (user_data), "save",
                                           employee_id != 0);
}

static GtkWidget *
employee_row (KrSelectionPage *self, GtkWidget *list, const char *title, GtkWidget *dialog)
{
  g_autoptr (KrEmployeeRepository) employees =
      kr_employee_repository_new (_kr_selection_page_get_database (self));
  GtkWidget *row = kr_employee_picker_new (employees, title, 0, TRUE, picked_cb, dialog);

  gtk_list_box_append (GTK_LIST_BOX (list), row);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save", FALSE);
  return row;
}

static gint64
picked (GtkWidget *dialog)
{
  return GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "kr-employee"));
}

/* Panel members */

static void
member_response_cb (AdwMessageDialog *dialog, const char *response, KrSelectionPage *self)
{
  g_autoptr (KrSelectionPanelMember) member = kr_selection_panel_member_new ();
  const KrSelectionDetail *d = kr_selection_page_get_detail (self);
  GtkWidget *name = g_object_get_data (G_OBJECT (dialog), "kr-name");
  GtkWidget *institution = g_object_get_data (G_OBJECT (dialog), "kr-institution");
  GtkWidget *role = g_object_get_data (G_OBJECT (dialog), "kr-role");
  g_autoptr (GError) error = NULL;

  if (!g_str_equal (response, "save") || d == NULL)
    return;
  member->selection_id = d->selection->id;
  member->is_external = name != NULL;
  member->employee_id = member->is_external ? 0 : picked (GTK_WIDGET (dialog));
  member->name = name != NULL ? text_or_null (name) : NULL;
  member->institution = institution != NULL ? text_or_null (institution) : NULL;
  member->role = adw_combo_row_get_selected (ADW_COMBO_ROW (role));
  kr_selection_repository_save_panel_member (_kr_selection_page_get_repository (self), member,
                                             &error);
  _kr_selection_page_report (self, error);
}

static void
name_changed_cb (GtkEditable *editable, AdwMessageDialog *dialog)
{
  g_autofree char *text = text_or_null (GTK_WIDGET (editable));

  adw_message_dialog_set_response_enabled (dialog, "save", text != NULL);
}

void
_kr_selection_member_dialog (KrSelectionPage *self, gboolean external)
{
  GtkWidget *list = boxed_list ();
  GtkWidget *dialog = dialog_new (
      self, external ? _ ("Add an External Member") : _ ("Add an Employee to the Panel"),
      external ? _ ("An external member comes from a university, another agency or a profession.")
               : _ ("An internal member is an employee of the instansi. A member who leads a "
                    "candidate's unit, or a unit above it, is flagged as a conflict of interest."),
      list, "save", _ ("_Add"));

  if (external)
    {
      GtkWidget *name = entry_row (list, _ ("_Name with titles"), NULL);

      g_object_set_data (G_OBJECT (dialog), "kr-name", name);
      g_object_set_data (G_OBJECT (dialog), "kr-institution",
                         entry_row (list, _ ("_Institution"), NULL));
      adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save", FALSE);
      g_signal_connect (name, "changed", G_CALLBACK (name_changed_cb), dialog);
    }
  else
    employee_row (self, list, _ ("Employee"), dialog);
  g_object_set_data (G_OBJECT (dialog), "kr-role", role_row (list));
  g_signal_connect_object (dialog, "response", G_CALLBACK (member_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Candidates */

static void
candidate_response_cb (AdwMessageDialog *dialog, const char *response, KrSelectionPage *self)
{
  g_autoptr (KrSelectionCandidate) candidate = kr_selection_candidate_new ();
  const KrSelectionDetail *d = kr_selection_page_get_detail (self);
  GtkWidget *name = g_object_get_data (G_OBJECT (dialog), "kr-name");
  GtkWidget *origin = g_object_get_data (G_OBJECT (dialog), "kr-origin");
  GtkWidget *nip = g_object_get_data (G_OBJECT (dialog), "kr-nip");
  g_autoptr (GError) error = NULL;

  if (!g_str_equal (response, "save") || d == NULL)
    return;
  candidate->selection_id = d->selection->id;
  if (name != NULL)
    {
      candidate->name = text_or_null (name);
      candidate->origin = text_or_null (origin);
      candidate->nip = text_or_null (nip);
    }
  else
    candidate->employee_id = picked (GTK_WIDGET (dialog));
  if (kr_selection_repository_save_candidate (_kr_selection_page_get_repository (self), candidate,
                                              &error))
    {
      /* Translators: "Registered as ST-2026-004" */
      g_autofree char *text =
          g_strdup_printf (_ ("Registered as %s"), candidate->registration_number);

      kr_training_show_toast (GTK_WIDGET (self), text);
    }
  else
    _kr_selection_page_report (self, error);
}

void
_kr_selection_candidate_dialog (KrSelectionPage *self, gboolean outside)
{
  GtkWidget *list = boxed_list ();
  GtkWidget *dialog = dialog_new (
      self, outside ? _ ("Register an Outside Applicant") : _ ("Register an Employee"),
      _ ("The registration number is given on saving; announcements show only it and the name."),
      list, "save", _ ("_Register"));

  if (outside)
    {
      GtkWidget *name = entry_row (list, _ ("_Name with titles"), NULL);

      g_object_set_data (G_OBJECT (dialog), "kr-name", name);
      g_object_set_data (G_OBJECT (dialog), "kr-origin", entry_row (list, _ ("_Instansi"), NULL));
      g_object_set_data (G_OBJECT (dialog), "kr-nip",
                         entry_row (list, _ ("NI_P (optional)"), NULL));
      adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save", FALSE);
      g_signal_connect (name, "changed", G_CALLBACK (name_changed_cb), dialog);
    }
  else
    employee_row (self, list, _ ("Employee"), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (candidate_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Stages */

typedef struct
{
  KrSelectionPage *self;
  KrSelectionStage *stage;
  AdwComboRow *kind;
  GtkWidget *name;
  GtkSpinButton *weight;
  GtkSwitch *has_mark;
  GtkSpinButton *mark;
} StageForm;

static void
stage_form_free (StageForm *form)
{
  kr_selection_stage_free (form->stage);
  g_free (form);
}

static void
stage_response_cb (AdwMessageDialog *dialog, const char *response, StageForm *form)
{
  g_autoptr (GError) error = NULL;

  if (!g_str_equal (response, "save"))
    return;
  form->stage->kind = adw_combo_row_get_selected (form->kind);
  g_free (form->stage->name);
  form->stage->name = text_or_null (form->name);
  form->stage->weight = gtk_spin_button_get_value (form->weight);
  form->stage->has_pass_mark = gtk_switch_get_active (form->has_mark);
  form->stage->pass_mark = gtk_spin_button_get_value (form->mark);
  kr_selection_repository_save_stage (_kr_selection_page_get_repository (form->self), form->stage,
                                      &error);
  _kr_selection_page_report (form->self, error);
}

void
_kr_selection_stage_dialog (KrSelectionPage *self, const KrSelectionStage *stage)
{
  const KrSelectionDetail *d = kr_selection_page_get_detail (self);
  StageForm *form;
  GtkWidget *list = boxed_list ();
  GtkWidget *mark_row = adw_action_row_new ();
  g_autoptr (GtkStringList) kinds = gtk_string_list_new (NULL);
  GtkWidget *dialog;

  if (d == NULL)
    return;
  form = g_new0 (StageForm, 1);
  form->self = self;
  form->stage = stage != NULL ? kr_selection_stage_copy (stage) : kr_selection_stage_new ();
  form->stage->selection_id = d->selection->id;
  for (guint i = 0; i < KR_N_SELECTION_STAGE_KINDS; i++)
    gtk_string_list_append (kinds, kr_selection_stage_kind_get_label (i));
  form->kind = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_combo_row_set_model (form->kind, G_LIST_MODEL (kinds));
  adw_combo_row_set_selected (form->kind, stage != NULL ? stage->kind : KR_SELECTION_STAGE_OTHER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->kind), _ ("_Kind"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (form->kind), TRUE);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (form->kind));
  form->name = entry_row (list, _ ("_Name on announcements"), stage != NULL ? stage->name : NULL);
  gtk_widget_set_tooltip_text (form->name, _ ("Leave empty for the official name of the kind"));
  spin_row (list, _ ("_Weight (%)"), stage != NULL ? stage->weight : 0, &form->weight);
  form->has_mark = GTK_SWITCH (gtk_switch_new ());
  gtk_switch_set_active (form->has_mark, stage != NULL && stage->has_pass_mark);
  gtk_widget_set_valign (GTK_WIDGET (form->has_mark), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (mark_row), _ ("Pass _mark"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (mark_row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (mark_row),
                               _ ("Candidates scoring below it do not go on"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (mark_row), GTK_WIDGET (form->has_mark));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (mark_row), GTK_WIDGET (form->has_mark));
  gtk_list_box_append (GTK_LIST_BOX (list), mark_row);
  spin_row (list, _ ("Pass mark _value"), stage != NULL ? stage->pass_mark : 0, &form->mark);
  g_object_bind_property (form->has_mark, "active", form->mark, "sensitive", G_BINDING_SYNC_CREATE);
  dialog = dialog_new (self, stage != NULL ? _ ("Edit the Stage") : _ ("Add a Stage"),
                       d->selection->jpt ? _ ("A JPT selection has the four stages of the JPT "
                                              "rules, each weighted within its range.")
                                         : _ ("The weights of all stages must add up to 100 %."),
                       list, "save", stage != NULL ? _ ("_Save") : _ ("_Add"));
  g_signal_connect_data (dialog, "response", G_CALLBACK (stage_response_cb), form,
                         (GClosureNotify) (void (*) (void)) stage_form_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Scores */

typedef struct
{
  KrSelectionPage *self;
  gint64 stage_id;
  GArray *candidate_ids;   /* gint64 */
  GPtrArray *entries;      /* AdwEntryRow */
  GPtrArray *notes;        /* AdwEntryRow, the note of the score above it */
  GArray *before;          /* double, -1 when not scored */
  GPtrArray *notes_before; /* char *, NULL when none */
  GtkWidget *dialog;
} ScoreForm;

static void
score_form_free (ScoreForm *form)
{
  g_array_unref (form->candidate_ids);
  g_ptr_array_unref (form->entries);
  g_ptr_array_unref (form->notes);
  g_array_unref (form->before);
  g_ptr_array_unref (form->notes_before);
  g_free (form);
}

/* A score as typed ("85", "85.5" or "85,5"): 0..100, or -1 when empty; FALSE when not a
 * score. */
static gboolean
parse_score (const char *text, double *score)
{
  g_autofree char *copy = g_strstrip (g_strdelimit (g_strdup (text), ",", '.'));
  char *end = NULL;

  *score = -1;
  if (*copy == '\0')
    return TRUE;
  *score = g_ascii_strtod (copy, &end);
  return end != NULL && *end == '\0' && *score >= 0 && *score <= 100;
}

static void
score_changed_cb (GtkEditable *editable, ScoreForm *form)
{
  gboolean all_ok = TRUE;

  for (guint i = 0; i < form->entries->len; i++)
    {
      GtkWidget *entry = g_ptr_array_index (form->entries, i);
      GtkWidget *note = g_ptr_array_index (form->notes, i);
      g_autofree char *note_text = text_or_null (note);
      double score;
      gboolean ok = parse_score (gtk_editable_get_text (GTK_EDITABLE (entry)), &score);
      /* A note goes with a score */
      gboolean note_ok = note_text == NULL || (ok && score >= 0);

      if (ok)
        gtk_widget_remove_css_class (entry, "error");
      else
        gtk_widget_add_css_class (entry, "error");
      if (note_ok)
        gtk_widget_remove_css_class (note, "error");
      else
        gtk_widget_add_css_class (note, "error");
      gtk_widget_set_tooltip_text (note, note_ok ? NULL : _ ("Note: enter the score first"));
      all_ok = all_ok && ok && note_ok;
    }
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (form->dialog), "save", all_ok);
}

static void
scores_response_cb (AdwMessageDialog *dialog, const char *response, ScoreForm *form)
{
  KrSelectionRepository *repository = _kr_selection_page_get_repository (form->self);
  g_autoptr (GError) first = NULL;

  if (!g_str_equal (response, "save") || repository == NULL)
    return;
  for (guint i = 0; i < form->entries->len; i++)
    {
      GtkWidget *entry = g_ptr_array_index (form->entries, i);
      double before = g_array_index (form->before, double, i);
      const char *note_before = g_ptr_array_index (form->notes_before, i);
      g_autofree char *note = text_or_null (g_ptr_array_index (form->notes, i));
      gint64 candidate_id = g_array_index (form->candidate_ids, gint64, i);
      g_autoptr (GError) error = NULL;
      double score;

      if (!parse_score (gtk_editable_get_text (GTK_EDITABLE (entry)), &score) ||
          (score < 0 && before < 0) ||
          (score >= 0 && before >= 0 && ABS (score - before) < 0.005 &&
           g_strcmp0 (note, note_before) == 0))
        continue;
      if (score < 0)
        kr_selection_repository_clear_score (repository, candidate_id, form->stage_id, &error);
      else
        kr_selection_repository_set_score (repository, candidate_id, form->stage_id, score, note,
                                           &error);
      if (error != NULL && first == NULL)
        first = g_steal_pointer (&error);
    }
  _kr_selection_page_report (form->self, first);
}

void
_kr_selection_scores_dialog (KrSelectionPage *self, guint stage_index)
{
  const KrSelectionDetail *d = kr_selection_page_get_detail (self);
  const KrSelectionStage *stage;
  ScoreForm *form;
  GtkWidget *list, *scroll;
  g_autofree char *body = NULL;

  if (d == NULL || stage_index >= d->stages->len)
    return;
  stage = g_ptr_array_index (d->stages, stage_index);
  form = g_new0 (ScoreForm, 1);
  form->self = self;
  form->stage_id = stage->id;
  form->candidate_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  form->entries = g_ptr_array_new ();
  form->notes = g_ptr_array_new ();
  form->before = g_array_new (FALSE, FALSE, sizeof (double));
  form->notes_before = g_ptr_array_new_with_free_func (g_free);
  list = boxed_list ();
  /* The candidates still in at this stage, by registration number */
  for (guint i = 0; i < d->candidates->len; i++)
    {
      const KrSelectionCandidate *c = g_ptr_array_index (d->candidates, i);
      const KrSelectionRankingRow *row = kr_selection_ranking_find (d->ranking, c->id);
      g_autofree char *title = NULL;
      g_autofree char *text = NULL;
      g_autofree char *note_title = NULL;
      const KrSelectionScore *score = kr_selection_detail_find_score (d, c->id, stage->id);
      GtkWidget *entry, *note;
      double before = -1;

      if (row == NULL || row->withdrawn ||
          (row->eliminated_at >= 0 && (guint) row->eliminated_at < stage_index))
        continue;
      if (stage_index < row->n_stages && row->scored[stage_index])
        before = row->scores[stage_index];
      title = g_strdup_printf ("%s  %s", c->registration_number, c->name);
      text = before >= 0 ? kr_selection_format_score (before) : NULL;
      entry = entry_row (list, title, text);
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (entry), FALSE);
      gtk_editable_set_width_chars (GTK_EDITABLE (entry), 6);
      g_signal_connect (entry, "changed", G_CALLBACK (score_changed_cb), form);
      /* The panel's note on the score (why it is low, what stood out), shown in the ranking */
      note = entry_row (list, _ ("Note"), score != NULL ? score->note : NULL);
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (note), FALSE);
      /* Translators: the accessible name of a score's note: "Note on the score of ST-2026-001" */
      note_title = g_strdup_printf (_ ("Note on the score of %s"), c->registration_number);
      gtk_accessible_update_property (GTK_ACCESSIBLE (note), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      note_title, -1);
      g_signal_connect (note, "changed", G_CALLBACK (score_changed_cb), form);
      g_array_append_val (form->candidate_ids, c->id);
      g_ptr_array_add (form->entries, entry);
      g_ptr_array_add (form->notes, note);
      g_array_append_val (form->before, before);
      g_ptr_array_add (form->notes_before, g_strdup (score != NULL ? score->note : NULL));
    }
  scroll = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroll), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroll), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroll), 420);
  body = g_strdup_printf (ngettext ("%s: %u candidate is still in. Scores are 0 to 100; an empty "
                                    "field stays unscored. A note goes with a score.",
                                    "%s: %u candidates are still in. Scores are 0 to 100; an "
                                    "empty field stays unscored. A note goes with a score.",
                                    form->entries->len),
                          stage->name, form->entries->len);
  form->dialog = dialog_new (self, _ ("Enter Scores"), body, scroll, "save", _ ("_Save"));
  g_signal_connect_data (form->dialog, "response", G_CALLBACK (scores_response_cb), form,
                         (GClosureNotify) (void (*) (void)) score_form_free, 0);
  gtk_window_present (GTK_WINDOW (form->dialog));
}

/* Publishing */

static void
publish_response_cb (AdwMessageDialog *dialog, const char *response, KrSelectionPage *self)
{
  gint64 stage_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "kr-stage"));
  g_autoptr (GError) error = NULL;
  GDate today;

  if (!g_str_equal (response, "save"))
    return;
  kr_date_today (NULL, &today);
  kr_selection_repository_publish_stage (_kr_selection_page_get_repository (self), stage_id, &today,
                                         &error);
  _kr_selection_page_report (self, error);
}

void
_kr_selection_publish_dialog (KrSelectionPage *self, guint stage_index)
{
  const KrSelectionDetail *d = kr_selection_page_get_detail (self);
  const KrSelectionStage *stage;
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  guint going_on = 0;

  if (d == NULL || stage_index >= d->stages->len)
    return;
  stage = g_ptr_array_index (d->stages, stage_index);
  for (guint i = 0; i < d->ranking->rows->len; i++)
    going_on +=
        kr_selection_ranking_row_passed (g_ptr_array_index (d->ranking->rows, i), stage_index);
  body = g_strdup_printf (ngettext ("Announce the results of %s today: %u candidate goes on. "
                                    "The scores of this stage are final from then on.",
                                    "Announce the results of %s today: %u candidates go on. "
                                    "The scores of this stage are final from then on.",
                                    going_on),
                          stage->name, going_on);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _ ("Publish the Stage?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "save",
                                    _ ("_Publish"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "kr-stage", GSIZE_TO_POINTER ((gsize) stage->id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (publish_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
