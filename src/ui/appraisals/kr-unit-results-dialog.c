/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-unit-results-dialog"

#include "config.h"

#include "kr-unit-results-dialog.h"

#include <glib/gi18n.h>

#include "kr-appraisal-form.h"
#include "kr-appraisal-read-job.h"
#include "kr-appraisal-chart.h"
#include "kr-skm-dialog.h"

struct _KrUnitResultsDialog
{
  AdwWindow parent_instance;

  KrAppraisalRepository *repository;
  gint64 unit_id;
  guint year;
  guint period;
  GCancellable *cancellable;
  gboolean loading;
  /* Another read was asked for while one ran. */
  gboolean reload_pending;
  /* Set while the list is set from what was read, when its changes are not the user's. */
  gboolean filling;

  AdwToastOverlay *toast_overlay;
  AdwWindowTitle *window_title;
  AdwComboRow *result_row;
  KrAppraisalChart *chart;
  GtkListBox *counts_list;
  GtkListBox *problems_list;
  GtkButton *survey_button;
  AdwActionRow *ikm_row;
  GtkLabel *ikm_label;
};

G_DEFINE_FINAL_TYPE (KrUnitResultsDialog, kr_unit_results_dialog, ADW_TYPE_WINDOW)

/* The items of result_row: "Not recorded", then the results from the best down. */
#define RESULT_TO_ITEM(result) (KR_N_ORGANISATION_RESULTS - (result))
#define ITEM_TO_RESULT(item)   ((KrOrganisationResult) (KR_N_ORGANISATION_RESULTS - (item)))

/* Reading, in a worker */

typedef struct
{
  gint64 unit_id;
  guint year;
  guint period;
} Request;

typedef struct
{
  gboolean has_result;
  KrOrganisationResult result;
  guint counts[KR_N_PREDIKAT];
  GPtrArray *problems; /* KrDistributionProblem */
  KrSkmSurvey *survey; /* nullable */
} Results;

static void
results_free (Results *results)
{
  g_clear_pointer (&results->problems, g_ptr_array_unref);
  g_clear_pointer (&results->survey, kr_skm_survey_free);
  g_free (results);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Results, results_free)

static KrSkmSurvey *
find_survey (KrAppraisalRepository *repository, const Request *request, GError **error)
{
  g_autoptr (GPtrArray) surveys =
      kr_appraisal_repository_list_skm (repository, request->unit_id, error);

  for (guint i = 0; surveys != NULL && i < surveys->len; i++)
    {
      KrSkmSurvey *survey = g_ptr_array_index (surveys, i);

      if (survey->year == request->year && survey->period == request->period)
        return g_ptr_array_steal_index (surveys, i);
    }
  return NULL;
}

static gpointer
read_results (KrAppraisalRepository *repository,
              gpointer data,
              GCancellable *cancellable,
              GError **error)
{
  const Request *request = data;
  g_autoptr (Results) results = g_new0 (Results, 1);
  GError *survey_error = NULL;

  if (!kr_appraisal_repository_get_organisation_result (repository, request->unit_id, request->year,
                                                        request->period, &results->has_result,
                                                        &results->result, error) ||
      !kr_appraisal_repository_count_predikat (repository, request->unit_id, request->year,
                                               request->period, results->counts, error))
    return NULL;
  results->problems = kr_appraisal_repository_check_distribution (
      repository, request->unit_id, request->year, request->period, error);
  if (results->problems == NULL)
    return NULL;
  results->survey = find_survey (repository, request, &survey_error);
  if (survey_error != NULL)
    {
      g_propagate_error (error, survey_error);
      return NULL;
    }
  return g_steal_pointer (&results);
}

/* Showing it */

static void
clear_list (GtkListBox *list)
{
  GtkWidget *row;

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, row);
}

static GtkWidget *
new_row (const char *title, const char *subtitle, const char *icon_name, const char *style)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (icon_name != NULL)
    {
      icon = gtk_image_new_from_icon_name (icon_name);
      gtk_widget_add_css_class (icon, style);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }
  return row;
}

static void
show_counts (KrUnitResultsDialog *self, const Results *results)
{
  guint total = 0;

  kr_appraisal_chart_set_distribution (self->chart, results->counts);
  clear_list (self->counts_list);
  for (guint i = 0; i < KR_N_PREDIKAT; i++)
    total += results->counts[i];
  /* Best first, as the organisational results are listed. */
  for (int i = KR_N_PREDIKAT - 1; i >= 0; i--)
    {
      GtkWidget *row = new_row (kr_predikat_get_label ((KrPredikat) i), NULL, NULL, NULL);
      g_autofree char *text = total > 0 ? g_strdup_printf ("%u (%.0f%%)", results->counts[i],
                                                           100.0 * results->counts[i] / total)
                                        : g_strdup ("0");
      GtkWidget *label = gtk_label_new (text);

      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      gtk_list_box_append (self->counts_list, row);
    }
}

static void
show_problems (KrUnitResultsDialog *self, const Results *results)
{
  clear_list (self->problems_list);
  if (!results->has_result)
    {
      gtk_list_box_append (
          self->problems_list,
          new_row (_ ("No organisational result recorded"),
                   _ ("Choose the capaian kinerja organisasi to check the distribution rules."),
                   "dialog-information-symbolic", "dim-label"));
      return;
    }
  if (results->problems->len == 0)
    {
      gtk_list_box_append (self->problems_list, new_row (_ ("The distribution keeps the rules"),
                                                         NULL, "emblem-ok-symbolic", "success"));
      return;
    }
  for (guint i = 0; i < results->problems->len; i++)
    {
      const KrDistributionProblem *problem = g_ptr_array_index (results->problems, i);

      gtk_list_box_append (self->problems_list, new_row (problem->rule, problem->detail,
                                                         "dialog-warning-symbolic", "warning"));
    }
}

static void
show_survey (KrUnitResultsDialog *self, const Results *results)
{
  g_autofree char *number = NULL;
  g_autofree char *text = NULL;
  g_autofree char *respondents = NULL;
  KrIkmCategory category;
  double ikm;

  gtk_button_set_label (self->survey_button,
                        results->survey != NULL ? _ ("_Edit…") : _ ("_Record…"));
  if (results->survey == NULL)
    {
      adw_action_row_set_subtitle (self->ikm_row, _ ("No survey recorded for this period"));
      gtk_label_set_label (self->ikm_label, "—");
      return;
    }
  ikm = kr_ikm_compute (results->survey->nrr);
  category = kr_ikm_get_category (ikm);
  number = kr_appraisal_form_format_number (ikm);
  text = g_strdup_printf ("%s · %s (%s)", number, kr_ikm_category_get_letter (category),
                          kr_ikm_category_get_label (category));
  respondents =
      g_strdup_printf (ngettext ("%u respondent", "%u respondents", results->survey->respondents),
                       results->survey->respondents);
  adw_action_row_set_subtitle (self->ikm_row, respondents);
  gtk_label_set_label (self->ikm_label, text);
}

static void reload (KrUnitResultsDialog *self);

static void
read_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrUnitResultsDialog *self = KR_UNIT_RESULTS_DIALOG (source);
  g_autoptr (GError) error = NULL;
  g_autoptr (Results) results = kr_appraisal_read_job_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self->loading = FALSE;
  if (self->reload_pending)
    {
      reload (self);
      return;
    }
  if (results == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  self->filling = TRUE;
  adw_combo_row_set_selected (self->result_row,
                              results->has_result ? RESULT_TO_ITEM (results->result) : 0);
  self->filling = FALSE;
  show_counts (self, results);
  show_problems (self, results);
  show_survey (self, results);
}

static void
reload (KrUnitResultsDialog *self)
{
  Request *request;

  if (self->loading)
    {
      self->reload_pending = TRUE;
      return;
    }
  self->loading = TRUE;
  self->reload_pending = FALSE;
  request = g_new0 (Request, 1);
  request->unit_id = self->unit_id;
  request->year = self->year;
  request->period = self->period;
  kr_appraisal_read_job_run (self, self->repository, read_results, request, g_free,
                             (GDestroyNotify) results_free, self->cancellable, read_done_cb, NULL);
}

static void
on_repository_changed_cb (KrUnitResultsDialog *self)
{
  reload (self);
}

/* Changing it */

static void
on_result_selected_cb (KrUnitResultsDialog *self)
{
  guint item = adw_combo_row_get_selected (self->result_row);
  g_autoptr (GError) error = NULL;

  /* A result once recorded can be changed, not removed. */
  if (self->filling || item == 0 || item == GTK_INVALID_LIST_POSITION)
    return;
  if (!kr_appraisal_repository_set_organisation_result (
          self->repository, self->unit_id, self->year, self->period, ITEM_TO_RESULT (item), &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      reload (self);
    }
}

static void
edit_survey_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrUnitResultsDialog *self = KR_UNIT_RESULTS_DIALOG (widget);

  gtk_window_present (GTK_WINDOW (kr_skm_dialog_new (GTK_WINDOW (self), self->repository,
                                                     self->unit_id, self->year, self->period)));
}

/* The object */

static void
kr_unit_results_dialog_dispose (GObject *object)
{
  KrUnitResultsDialog *self = KR_UNIT_RESULTS_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->repository != NULL)
    g_signal_handlers_disconnect_by_func (self->repository, on_repository_changed_cb, self);
  g_clear_object (&self->repository);

  gtk_widget_dispose_template (GTK_WIDGET (object), KR_TYPE_UNIT_RESULTS_DIALOG);

  G_OBJECT_CLASS (kr_unit_results_dialog_parent_class)->dispose (object);
}

static void
kr_unit_results_dialog_class_init (KrUnitResultsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_unit_results_dialog_dispose;

  g_type_ensure (KR_TYPE_APPRAISAL_CHART);
  gtk_widget_class_set_template_from_resource (
      widget_class, "/io/github/karier/Karier/appraisals/kr-unit-results-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KrUnitResultsDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KrUnitResultsDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, KrUnitResultsDialog, result_row);
  gtk_widget_class_bind_template_child (widget_class, KrUnitResultsDialog, chart);
  gtk_widget_class_bind_template_child (widget_class, KrUnitResultsDialog, counts_list);
  gtk_widget_class_bind_template_child (widget_class, KrUnitResultsDialog, problems_list);
  gtk_widget_class_bind_template_child (widget_class, KrUnitResultsDialog, survey_button);
  gtk_widget_class_bind_template_child (widget_class, KrUnitResultsDialog, ikm_row);
  gtk_widget_class_bind_template_child (widget_class, KrUnitResultsDialog, ikm_label);
  gtk_widget_class_bind_template_callback (widget_class, on_result_selected_cb);

  gtk_widget_class_install_action (widget_class, "unit-results.edit-survey", NULL,
                                   edit_survey_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kr_unit_results_dialog_init (KrUnitResultsDialog *self)
{
  g_autoptr (GtkStringList) results = gtk_string_list_new (NULL);

  self->filling = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();

  gtk_string_list_append (results, _ ("Not recorded"));
  for (int i = KR_N_ORGANISATION_RESULTS - 1; i >= 0; i--)
    gtk_string_list_append (results, kr_organisation_result_get_label ((KrOrganisationResult) i));
  adw_combo_row_set_model (self->result_row, G_LIST_MODEL (results));
  self->filling = FALSE;
}

GtkWidget *
kr_unit_results_dialog_new (GtkWindow *parent,
                            KrAppraisalRepository *repository,
                            gint64 unit_id,
                            guint year,
                            guint period)
{
  g_autofree char *subtitle = NULL;
  KrUnitResultsDialog *self;
  gboolean writable;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (repository), NULL);
  g_return_val_if_fail (unit_id > 0, NULL);

  self = g_object_new (KR_TYPE_UNIT_RESULTS_DIALOG, "transient-for", parent, NULL);
  self->repository = g_object_ref (repository);
  self->unit_id = unit_id;
  self->year = year;
  self->period = period;

  subtitle = kr_appraisal_form_dup_period_title (repository, unit_id, year, period);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), _ ("Unit Results"));
  writable = kr_appraisal_form_can_write (repository);
  gtk_widget_set_sensitive (GTK_WIDGET (self->result_row), writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "unit-results.edit-survey", writable);

  g_signal_connect_object (repository, "changed", G_CALLBACK (on_repository_changed_cb), self,
                           G_CONNECT_SWAPPED);
  reload (self);
  return GTK_WIDGET (self);
}

gboolean
kr_unit_results_dialog_get_loading (KrUnitResultsDialog *self)
{
  g_return_val_if_fail (KR_IS_UNIT_RESULTS_DIALOG (self), FALSE);

  return self->loading;
}
