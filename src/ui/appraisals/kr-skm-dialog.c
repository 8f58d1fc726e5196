/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-skm-dialog"

#include "config.h"

#include "kr-skm-dialog.h"

#include <glib/gi18n.h>

#include "kr-appraisal-form.h"

struct _KrSkmDialog
{
  AdwWindow parent_instance;

  KrAppraisalRepository *repository;
  KrSkmSurvey *survey; /* as recorded, or NULL */
  gint64 unit_id;
  guint year;
  guint period;
  GtkWidget *error_row;
  AdwEntryRow *nrr_rows[KR_SKM_N_ELEMENTS];

  AdwWindowTitle *window_title;
  GtkButton *save_button;
  GtkLabel *ikm_label;
  GtkLabel *category_label;
  AdwPreferencesGroup *elements_group;
  AdwEntryRow *respondents_row;
  GtkLabel *error_label;
};

G_DEFINE_FINAL_TYPE (KrSkmDialog, kr_skm_dialog, ADW_TYPE_WINDOW)

static gboolean
check_form (KrSkmDialog *self, KrSkmSurvey *survey, GtkWidget **bad_row, GError **error)
{
  *bad_row = GTK_WIDGET (self->respondents_row);
  if (!kr_appraisal_form_read_count (self->respondents_row, 1, &survey->respondents, error))
    return FALSE;
  for (guint i = 0; i < KR_SKM_N_ELEMENTS; i++)
    {
      *bad_row = GTK_WIDGET (self->nrr_rows[i]);
      if (!kr_appraisal_form_read_number (self->nrr_rows[i], 1, 4, TRUE, NULL, &survey->nrr[i],
                                          error))
        return FALSE;
    }
  *bad_row = NULL;
  return TRUE;
}

/* The IKM needs every element, but not the respondents: it shows as soon as it can. */
static void
show_index (KrSkmDialog *self)
{
  double nrr[KR_SKM_N_ELEMENTS];
  g_autofree char *number = NULL;
  g_autofree char *category = NULL;
  KrIkmCategory letter;
  double ikm;

  for (guint i = 0; i < KR_SKM_N_ELEMENTS; i++)
    if (!kr_appraisal_form_read_number (self->nrr_rows[i], 1, 4, TRUE, NULL, &nrr[i], NULL))
      {
        gtk_label_set_label (self->ikm_label, "—");
        gtk_label_set_label (self->category_label, "—");
        return;
      }

  ikm = kr_ikm_compute (nrr);
  letter = kr_ikm_get_category (ikm);
  number = kr_appraisal_form_format_number (ikm);
  /* The category and its label are official: "B (Baik)". */
  category = g_strdup_printf ("%s (%s)", kr_ikm_category_get_letter (letter),
                              kr_ikm_category_get_label (letter));
  gtk_label_set_label (self->ikm_label, number);
  gtk_label_set_label (self->category_label, category);
}

static void
validate (KrSkmDialog *self)
{
  g_autoptr (GError) error = NULL;
  GtkWidget *bad_row = NULL;
  KrSkmSurvey survey = { 0 };
  gboolean ok = check_form (self, &survey, &bad_row, &error);

  show_index (self);
  kr_appraisal_form_show_error (&self->error_row, bad_row, self->error_label,
                                ok ? NULL : error->message);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "skm.save", ok);
}

static void
on_field_changed_cb (KrSkmDialog *self)
{
  validate (self);
}

static void
save_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrSkmDialog *self = KR_SKM_DIALOG (widget);
  g_autoptr (GError) error = NULL;
  GtkWidget *bad_row = NULL;
  KrSkmSurvey survey = { 0 };

  if (!check_form (self, &survey, &bad_row, &error))
    {
      kr_appraisal_form_show_error (&self->error_row, bad_row, self->error_label, error->message);
      return;
    }
  survey.id = self->survey != NULL ? self->survey->id : 0;
  survey.unit_id = self->unit_id;
  survey.year = self->year;
  survey.period = self->period;
  if (kr_appraisal_repository_save_skm (self->repository, &survey, &error) == 0)
    {
      kr_appraisal_form_show_error (&self->error_row, NULL, self->error_label, error->message);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

/* The object */

static void
kr_skm_dialog_dispose (GObject *object)
{
  KrSkmDialog *self = KR_SKM_DIALOG (object);

  g_clear_object (&self->repository);
  g_clear_pointer (&self->survey, kr_skm_survey_free);
  self->error_row = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (object), KR_TYPE_SKM_DIALOG);

  G_OBJECT_CLASS (kr_skm_dialog_parent_class)->dispose (object);
}

static void
kr_skm_dialog_class_init (KrSkmDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_skm_dialog_dispose;

  gtk_widget_class_set_template_from_resource (
      widget_class, "/io/github/karier/Karier/appraisals/kr-skm-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KrSkmDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, KrSkmDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, KrSkmDialog, ikm_label);
  gtk_widget_class_bind_template_child (widget_class, KrSkmDialog, category_label);
  gtk_widget_class_bind_template_child (widget_class, KrSkmDialog, elements_group);
  gtk_widget_class_bind_template_child (widget_class, KrSkmDialog, respondents_row);
  gtk_widget_class_bind_template_child (widget_class, KrSkmDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);

  gtk_widget_class_install_action (widget_class, "skm.save", NULL, save_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "skm.save", NULL);
}

static void
kr_skm_dialog_init (KrSkmDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The elements' names are official and not translated. */
  for (guint i = 0; i < KR_SKM_N_ELEMENTS; i++)
    {
      self->nrr_rows[i] = ADW_ENTRY_ROW (adw_entry_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->nrr_rows[i]),
                                     kr_skm_element_get_label (i));
      adw_entry_row_set_input_purpose (self->nrr_rows[i], GTK_INPUT_PURPOSE_NUMBER);
      adw_preferences_group_add (self->elements_group, GTK_WIDGET (self->nrr_rows[i]));
    }
}

/* The survey of exactly this unit, year and period. */
static KrSkmSurvey *
find_survey (KrSkmDialog *self)
{
  g_autoptr (GPtrArray) surveys =
      kr_appraisal_repository_list_skm (self->repository, self->unit_id, NULL);

  for (guint i = 0; surveys != NULL && i < surveys->len; i++)
    {
      KrSkmSurvey *survey = g_ptr_array_index (surveys, i);

      if (survey->year == self->year && survey->period == self->period)
        return g_ptr_array_steal_index (surveys, i);
    }
  return NULL;
}

static void
fill_form (KrSkmDialog *self)
{
  g_autofree char *respondents = NULL;

  if (self->survey == NULL)
    return;
  respondents = g_strdup_printf ("%u", self->survey->respondents);
  gtk_editable_set_text (GTK_EDITABLE (self->respondents_row), respondents);
  for (guint i = 0; i < KR_SKM_N_ELEMENTS; i++)
    kr_appraisal_form_set_number (self->nrr_rows[i], self->survey->nrr[i]);
}

GtkWidget *
kr_skm_dialog_new (GtkWindow *parent,
                   KrAppraisalRepository *repository,
                   gint64 unit_id,
                   guint year,
                   guint period)
{
  g_autofree char *subtitle = NULL;
  KrSkmDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (repository), NULL);
  g_return_val_if_fail (unit_id > 0, NULL);

  self = g_object_new (KR_TYPE_SKM_DIALOG, "transient-for", parent, NULL);
  self->repository = g_object_ref (repository);
  self->unit_id = unit_id;
  self->year = year;
  self->period = period;
  self->survey = find_survey (self);

  subtitle = kr_appraisal_form_dup_period_title (repository, unit_id, year, period);
  adw_window_title_set_title (self->window_title, _ ("Public Satisfaction Survey"));
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), _ ("Public Satisfaction Survey"));
  fill_form (self);
  for (guint i = 0; i < KR_SKM_N_ELEMENTS; i++)
    g_signal_connect_swapped (self->nrr_rows[i], "changed", G_CALLBACK (on_field_changed_cb), self);
  validate (self);
  return GTK_WIDGET (self);
}

const KrSkmSurvey *
kr_skm_dialog_get_survey (KrSkmDialog *self)
{
  g_return_val_if_fail (KR_IS_SKM_DIALOG (self), NULL);

  return self->survey;
}
