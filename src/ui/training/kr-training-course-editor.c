/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-course-editor"

#include "config.h"

#include "kr-training-course-editor-private.h"

#include <string.h>

#include <glib/gi18n.h>

#include "kr-appraisal-rules.h"
#include "kr-error.h"
#include "kr-rank.h"
#include "kr-training-format.h"

G_DEFINE_FINAL_TYPE (KrTrainingCourseEditor, kr_training_course_editor, ADW_TYPE_WINDOW)

enum
{
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Reading the form */

static void
set_problem (KrTrainingCourseEditor *self, const char *problem)
{
  g_free (self->problem);
  self->problem = g_strdup (problem);
  gtk_label_set_text (self->problem_label, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL);
  gtk_widget_set_sensitive (self->save_button, problem == NULL);
}

static void
mark (gpointer row, gboolean bad)
{
  if (bad)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

static guint
read_golongan (KrTrainingCourseEditor *self)
{
  guint index = adw_combo_row_get_selected (self->golongan_row);

  return index == 0 || index > KR_N_RANKS ? 0 : kr_rank_get_code ((KrRank) (index - 1));
}

/* Copies the rows into self->course; FALSE with @problem set for what the rows alone know is
 * wrong (money typed badly), before the rules of kr_course_validate () are asked. */
static gboolean
read_form (KrTrainingCourseEditor *self, char **problem)
{
  KrCourse *course = self->course;
  guint required = adw_combo_row_get_selected (self->required_row);
  const char *cost = gtk_editable_get_text (GTK_EDITABLE (self->cost_row));
  const char *provider = gtk_editable_get_text (GTK_EDITABLE (self->provider_row));
  const char *description = gtk_editable_get_text (GTK_EDITABLE (self->description_row));
  gboolean cost_ok;

  g_free (course->title);
  course->title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  course->form = (KrTrainingForm) adw_combo_row_get_selected (self->form_row);
  course->kind = kr_training_form_get_kind (course->form);
  course->type = (KrCompetenceType) adw_combo_row_get_selected (self->type_row);
  course->programme =
      course->type == KR_COMPETENCE_TYPE_LEADERSHIP
          ? (KrLeadershipProgramme) (adw_combo_row_get_selected (self->programme_row) + 1)
          : KR_LEADERSHIP_PROGRAMME_NONE;
  course->jp = (guint) gtk_spin_button_get_value_as_int (self->jp_spin);
  course->delivery = (KrDelivery) adw_combo_row_get_selected (self->delivery_row);
  g_free (course->provider);
  course->provider = provider[0] != '\0' ? g_strdup (provider) : NULL;
  g_free (course->description);
  course->description = description[0] != '\0' ? g_strdup (description) : NULL;
  course->min_golongan = read_golongan (self);
  course->max_age = (guint) gtk_spin_button_get_value_as_int (self->age_spin);
  course->required_course_id =
      required < self->course_ids->len ? g_array_index (self->course_ids, gint64, required) : 0;
  course->addresses_results = gtk_switch_get_active (self->results_switch);
  course->behaviours = 0;
  for (guint i = 0; i < KR_N_BEHAVIOURS; i++)
    if (gtk_check_button_get_active (self->behaviour_checks[i]))
      course->behaviours |= 1u << (i + 1);
  course->retired = gtk_switch_get_active (self->retired_switch);

  cost_ok = cost[0] == '\0' || kr_training_parse_money (cost, &course->cost);
  if (cost[0] == '\0')
    course->cost = 0;
  mark (self->cost_row, !cost_ok);
  mark (self->title_row, course->title[0] == '\0');
  if (!cost_ok)
    *problem = g_strdup (_ ("Cost: enter an amount in rupiah, such as 1.250.000"));
  return cost_ok;
}

static void
on_form_changed_cb (KrTrainingCourseEditor *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *problem = NULL;
  gboolean leadership;

  if (self->course == NULL)
    return;
  leadership = adw_combo_row_get_selected (self->type_row) == KR_COMPETENCE_TYPE_LEADERSHIP;
  gtk_widget_set_visible (GTK_WIDGET (self->programme_row), leadership);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->form_row),
                               kr_training_kind_get_label (kr_training_form_get_kind (
                                   (KrTrainingForm) adw_combo_row_get_selected (self->form_row))));
  if (!read_form (self, &problem))
    {
      set_problem (self, problem);
      return;
    }
  if (!kr_course_validate (self->course, &error))
    {
      set_problem (self, error->message);
      return;
    }
  set_problem (self, NULL);
}

gboolean
kr_training_course_editor_is_valid (KrTrainingCourseEditor *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_COURSE_EDITOR (self), FALSE);

  return self->problem == NULL;
}

const char *
kr_training_course_editor_get_problem (KrTrainingCourseEditor *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_COURSE_EDITOR (self), NULL);

  return self->problem;
}

gboolean
kr_training_course_editor_save (KrTrainingCourseEditor *self, GError **error)
{
  g_autoptr (GError) local_error = NULL;

  g_return_val_if_fail (KR_IS_TRAINING_COURSE_EDITOR (self), FALSE);

  on_form_changed_cb (self);
  if (self->problem != NULL)
    {
      g_set_error_literal (error, KR_ERROR, KR_ERROR_INVALID, self->problem);
      return FALSE;
    }
  if (!kr_training_repository_save_course (self->training, self->course, &local_error))
    {
      set_problem (self, local_error->message);
      /* The rows are still fine: another try after changing the title is allowed. */
      gtk_widget_set_sensitive (self->save_button, TRUE);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  g_signal_emit (self, signals[SAVED], 0, self->course->id);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
on_save_clicked_cb (KrTrainingCourseEditor *self)
{
  kr_training_course_editor_save (self, NULL);
}

/* Building the form */

static AdwComboRow *
new_combo_row (const char *title, GtkStringList *labels)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  return ADW_COMBO_ROW (row);
}

static AdwEntryRow *
new_entry_row (const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  return ADW_ENTRY_ROW (row);
}

static GtkSpinButton *
add_spin_row (GtkWidget *group, const char *title, const char *subtitle, double max)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, max, 1);

  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return GTK_SPIN_BUTTON (spin);
}

static GtkSwitch *
add_switch_row (GtkWidget *group, const char *title, const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return GTK_SWITCH (toggle);
}

static GtkWidget *
build_about_group (KrTrainingCourseEditor *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autoptr (GtkStringList) forms = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) types = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) programmes = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) deliveries = gtk_string_list_new (NULL);

  for (guint i = 0; i < KR_N_TRAINING_FORMS; i++)
    gtk_string_list_append (forms, kr_training_form_get_label ((KrTrainingForm) i));
  for (guint i = 0; i < KR_N_COMPETENCE_TYPES; i++)
    gtk_string_list_append (types, kr_competence_type_get_label ((KrCompetenceType) i));
  for (guint i = 1; i < KR_N_LEADERSHIP_PROGRAMMES; i++)
    gtk_string_list_append (programmes,
                            kr_leadership_programme_get_label ((KrLeadershipProgramme) i));
  for (guint i = 0; i < KR_N_DELIVERIES; i++)
    gtk_string_list_append (deliveries, kr_delivery_get_label ((KrDelivery) i));

  self->title_row = new_entry_row (_ ("_Title"));
  self->form_row = new_combo_row (_ ("_Form"), forms);
  self->type_row = new_combo_row (_ ("Competence _Type"), types);
  self->programme_row = new_combo_row (_ ("Leadership _Programme"), programmes);
  self->delivery_row = new_combo_row (_ ("_Delivery"), deliveries);
  self->provider_row = new_entry_row (_ ("P_rovider"));
  self->cost_row = new_entry_row (_ ("_Cost per Participant (Rp)"));
  self->description_row = new_entry_row (_ ("D_escription"));
  gtk_widget_set_visible (GTK_WIDGET (self->programme_row), FALSE);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->title_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->form_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->type_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->programme_row));
  self->jp_spin = add_spin_row (group, _ ("_JP"), _ ("Training hours (jam pelajaran)"), 2000);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->delivery_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->provider_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->cost_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->description_row));
  return group;
}

static gboolean
fill_required (KrTrainingCourseEditor *self, GtkStringList *titles, GError **error)
{
  g_autoptr (GPtrArray) courses =
      kr_training_repository_list_courses (self->training, NULL, TRUE, error);
  gint64 none = 0;

  if (courses == NULL)
    return FALSE;
  gtk_string_list_append (titles, _ ("None"));
  g_array_append_val (self->course_ids, none);
  for (guint i = 0; i < courses->len; i++)
    {
      KrCourse *course = g_ptr_array_index (courses, i);

      if (course->id == self->course->id)
        continue;
      gtk_string_list_append (titles, course->title);
      g_array_append_val (self->course_ids, course->id);
    }
  return TRUE;
}

static GtkWidget *
build_rules_group (KrTrainingCourseEditor *self, GError **error)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *values_row = adw_expander_row_new ();
  g_autoptr (GtkStringList) golongan = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) titles = gtk_string_list_new (NULL);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _ ("Who May Join"));
  gtk_string_list_append (golongan, _ ("None"));
  for (guint i = 0; i < KR_N_RANKS; i++)
    gtk_string_list_append (golongan, kr_rank_get_golongan ((KrRank) i));
  if (!fill_required (self, titles, error))
    return NULL;
  self->golongan_row = new_combo_row (_ ("Minimum _Golongan"), golongan);
  self->required_row = new_combo_row (_ ("Course Completed _First"), titles);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->golongan_row));
  self->age_spin =
      add_spin_row (group, _ ("Maximum _Age"), _ ("Years at the session's start; 0 for none"), 70);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->required_row));
  self->results_switch = add_switch_row (group, _ ("Addresses _Work Results"),
                                         _ ("Suggested when an appraisal rated the work results "
                                            "below expectations"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (values_row), _ ("BerAKHLAK _Values"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (values_row), TRUE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (values_row),
                                 _ ("The core values the course develops"));
  for (guint i = 0; i < KR_N_BEHAVIOURS; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     kr_behaviour_get_label ((KrBehaviour) i));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (values_row), row);
      self->behaviour_checks[i] = GTK_CHECK_BUTTON (check);
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), values_row);
  self->retired_switch =
      add_switch_row (group, _ ("_Retired"), _ ("Kept for the history, no longer offered"));
  return group;
}

static void
show_course (KrTrainingCourseEditor *self)
{
  KrCourse *course = self->course;

  gtk_editable_set_text (GTK_EDITABLE (self->title_row),
                         course->title != NULL ? course->title : "");
  adw_combo_row_set_selected (self->form_row, course->form);
  adw_combo_row_set_selected (self->type_row, course->type);
  if (course->programme != KR_LEADERSHIP_PROGRAMME_NONE)
    adw_combo_row_set_selected (self->programme_row, course->programme - 1);
  gtk_spin_button_set_value (self->jp_spin, course->jp);
  adw_combo_row_set_selected (self->delivery_row, course->delivery);
  gtk_editable_set_text (GTK_EDITABLE (self->provider_row),
                         course->provider != NULL ? course->provider : "");
  if (course->cost > 0)
    {
      g_autofree char *cost = kr_training_format_money (course->cost);

      gtk_editable_set_text (GTK_EDITABLE (self->cost_row), cost + strlen ("Rp "));
    }
  gtk_editable_set_text (GTK_EDITABLE (self->description_row),
                         course->description != NULL ? course->description : "");
  for (guint i = 0; i < KR_N_RANKS; i++)
    if (course->min_golongan != 0 && kr_rank_get_code ((KrRank) i) == course->min_golongan)
      adw_combo_row_set_selected (self->golongan_row, i + 1);
  gtk_spin_button_set_value (self->age_spin, course->max_age);
  for (guint i = 0; i < self->course_ids->len; i++)
    if (g_array_index (self->course_ids, gint64, i) == course->required_course_id)
      adw_combo_row_set_selected (self->required_row, i);
  gtk_switch_set_active (self->results_switch, course->addresses_results);
  for (guint i = 0; i < KR_N_BEHAVIOURS; i++)
    gtk_check_button_set_active (self->behaviour_checks[i],
                                 (course->behaviours & (1u << (i + 1))) != 0);
  gtk_switch_set_active (self->retired_switch, course->retired);
}

static void
connect_changes (KrTrainingCourseEditor *self)
{
  GObject *editables[] = { G_OBJECT (self->title_row), G_OBJECT (self->provider_row),
                           G_OBJECT (self->cost_row), G_OBJECT (self->description_row) };
  GObject *combos[] = { G_OBJECT (self->form_row),      G_OBJECT (self->type_row),
                        G_OBJECT (self->programme_row), G_OBJECT (self->delivery_row),
                        G_OBJECT (self->golongan_row),  G_OBJECT (self->required_row) };

  for (guint i = 0; i < G_N_ELEMENTS (editables); i++)
    g_signal_connect_swapped (editables[i], "changed", G_CALLBACK (on_form_changed_cb), self);
  for (guint i = 0; i < G_N_ELEMENTS (combos); i++)
    g_signal_connect_swapped (combos[i], "notify::selected", G_CALLBACK (on_form_changed_cb), self);
  g_signal_connect_swapped (self->jp_spin, "value-changed", G_CALLBACK (on_form_changed_cb), self);
  g_signal_connect_swapped (self->age_spin, "value-changed", G_CALLBACK (on_form_changed_cb), self);
}

static gboolean
build (KrTrainingCourseEditor *self, GError **error)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_ ("_Cancel"));
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *problem_group = adw_preferences_group_new ();
  GtkWidget *rules;

  self->save_button = gtk_button_new_with_mnemonic (_ ("_Save"));
  gtk_widget_add_css_class (self->save_button, "suggested-action");
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_close), self);
  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (on_save_clicked_cb), self);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->save_button);

  self->problem_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->problem_label, TRUE);
  gtk_label_set_xalign (self->problem_label, 0.0f);
  gtk_widget_add_css_class (GTK_WIDGET (self->problem_label), "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->problem_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Problem"), -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (problem_group),
                             GTK_WIDGET (self->problem_label));
  g_object_bind_property (self->problem_label, "visible", problem_group, "visible",
                          G_BINDING_SYNC_CREATE);
  /* The problem first, where it is seen while typing. */
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (problem_group));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                            ADW_PREFERENCES_GROUP (build_about_group (self)));
  rules = build_rules_group (self, error);
  if (rules == NULL)
    return FALSE;
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (rules));
  gtk_widget_set_vexpand (page, TRUE);

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);
  return TRUE;
}

static void
kr_training_course_editor_dispose (GObject *object)
{
  KrTrainingCourseEditor *self = KR_TRAINING_COURSE_EDITOR (object);

  g_clear_object (&self->training);
  g_clear_pointer (&self->course, kr_course_free);

  G_OBJECT_CLASS (kr_training_course_editor_parent_class)->dispose (object);
}

static void
kr_training_course_editor_finalize (GObject *object)
{
  KrTrainingCourseEditor *self = KR_TRAINING_COURSE_EDITOR (object);

  g_clear_pointer (&self->course_ids, g_array_unref);
  g_free (self->problem);

  G_OBJECT_CLASS (kr_training_course_editor_parent_class)->finalize (object);
}

static void
kr_training_course_editor_class_init (KrTrainingCourseEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_training_course_editor_dispose;
  object_class->finalize = kr_training_course_editor_finalize;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kr_training_course_editor_init (KrTrainingCourseEditor *self)
{
  self->course_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

KrTrainingCourseEditor *
kr_training_course_editor_new (KrTrainingRepository *training, gint64 course_id, GError **error)
{
  KrTrainingCourseEditor *self;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (training), NULL);

  self = g_object_new (KR_TYPE_TRAINING_COURSE_EDITOR, "modal", TRUE, "title",
                       course_id == 0 ? _ ("New Course") : _ ("Edit Course"), "default-width", 560,
                       "default-height", 680, NULL);
  self->training = g_object_ref (training);
  if (course_id != 0)
    self->course = kr_training_repository_get_course (training, course_id, error);
  else
    {
      self->course = kr_course_new ();
      self->course->jp = 8;
    }
  if (self->course == NULL || !build (self, error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }
  show_course (self);
  connect_changes (self);
  on_form_changed_cb (self);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);
  return self;
}
