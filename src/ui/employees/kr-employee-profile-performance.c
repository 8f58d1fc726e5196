/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-employee-profile-performance"

#include "config.h"

#include "kr-employee-profile-private.h"

#include <glib/gi18n.h>

#include "kr-appraisal-form.h"
#include "kr-appraisal-read-job.h"
#include "kr-pp46-dialog.h"

/* Reading, in a worker */

/* The annual evaluation of one SKP year. */
typedef struct
{
  guint year;
  KrAppraisalState state;
  gboolean has_predikat;
  KrPredikat predikat;
} SkpYear;

typedef struct
{
  GArray *trend; /* KrAppraisalTrendPoint */
  GPtrArray *pp46;
  GArray *skp; /* SkpYear, oldest first */
} Performance;

static void
performance_free (Performance *performance)
{
  g_clear_pointer (&performance->trend, g_array_unref);
  g_clear_pointer (&performance->pp46, g_ptr_array_unref);
  g_clear_pointer (&performance->skp, g_array_unref);
  g_free (performance);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Performance, performance_free)

static gboolean
read_skp_year (KrAppraisalRepository *repository,
               gint64 employee_id,
               guint year,
               GArray *skp,
               GError **error)
{
  g_autoptr (KrAppraisal) appraisal = NULL;
  g_autoptr (GPtrArray) evaluations = NULL;
  const KrAppraisalEvaluation *annual;
  SkpYear row = { year };
  GError *find_error = NULL;

  appraisal = kr_appraisal_repository_find (repository, employee_id, year, &find_error);
  if (find_error != NULL)
    {
      g_propagate_error (error, find_error);
      return FALSE;
    }
  if (appraisal == NULL)
    return TRUE;
  evaluations = kr_appraisal_repository_list_evaluations (repository, appraisal->id, error);
  if (evaluations == NULL)
    return FALSE;
  if (evaluations->len == 0)
    return TRUE;
  /* The annual evaluation is listed last. */
  annual = g_ptr_array_index (evaluations, evaluations->len - 1);
  row.state = annual->state;
  row.has_predikat = annual->has_predikat;
  row.predikat = annual->predikat;
  g_array_append_val (skp, row);
  return TRUE;
}

static gpointer
read_performance (KrAppraisalRepository *repository,
                  gpointer data,
                  GCancellable *cancellable,
                  GError **error)
{
  gint64 employee_id = *(gint64 *) data;
  g_autoptr (Performance) performance = g_new0 (Performance, 1);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  guint last_year = g_date_time_get_year (now) + 1;

  performance->trend = kr_appraisal_repository_list_trend (repository, employee_id, error);
  if (performance->trend == NULL)
    return NULL;
  performance->pp46 = kr_appraisal_repository_list_pp46 (repository, employee_id, error);
  if (performance->pp46 == NULL)
    return NULL;
  performance->skp = g_array_new (FALSE, FALSE, sizeof (SkpYear));
  for (guint year = KR_SKP_FIRST_YEAR; year <= last_year; year++)
    if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
        !read_skp_year (repository, employee_id, year, performance->skp, error))
      return NULL;
  return g_steal_pointer (&performance);
}

/* Showing it: one row per year, newest first */

static GtkWidget *
new_suffix_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "numeric");
  return label;
}

static GtkWidget *
new_skp_row (const SkpYear *skp)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = g_strdup_printf ("%u · SKP", skp->year);
  GtkWidget *predikat =
      new_suffix_label (skp->has_predikat ? kr_predikat_get_label (skp->predikat) : "—");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  /* Translators: the state of the annual evaluation, such as “Final” */
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), kr_appraisal_state_get_label (skp->state));
  if (!skp->has_predikat)
    gtk_widget_add_css_class (predikat, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), predikat);
  return row;
}

static GtkWidget *
new_icon_button (const char *icon_name, const char *tooltip, const char *action, gint64 id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (id));
  return button;
}

static char *
describe_pp46 (const KrPp46Appraisal *record)
{
  g_autofree char *skp = kr_appraisal_form_format_number (record->skp_score);
  g_autofree char *behaviour = kr_appraisal_form_format_number (record->behaviour_score);
  /* Translators: the SKP score, then the work behaviour score of a PP 46/2011 appraisal */
  g_autofree char *scores = g_strdup_printf (_ ("SKP %s · work behaviour %s"), skp, behaviour);

  if (record->appraiser_name == NULL)
    return g_steal_pointer (&scores);
  return g_strdup_printf ("%s · %s", scores, record->appraiser_name);
}

static GtkWidget *
new_pp46_row (KrEmployeeProfile *self, const KrPp46Appraisal *record, gboolean writable)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = g_strdup_printf ("%u · PP 46/2011", record->year);
  g_autofree char *subtitle = describe_pp46 (record);
  double score = kr_pp46_score (record->skp_score, record->behaviour_score);
  g_autofree char *number = kr_appraisal_form_format_number (score);
  g_autofree char *result = g_strdup_printf (
      "%s · %s", number, kr_pp46_sebutan_get_label (kr_pp46_sebutan_from_score (score)));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), new_suffix_label (result));
  if (!writable)
    return row;
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             new_icon_button ("document-edit-symbolic", _ ("Edit Appraisal"),
                                              "profile.edit-pp46", record->id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             new_icon_button ("user-trash-symbolic", _ ("Delete Appraisal"),
                                              "profile.delete-pp46", record->id));
  return row;
}

static void
show_rows (KrEmployeeProfile *self, const Performance *performance)
{
  gboolean writable = kr_appraisal_form_can_write (self->appraisal_repository);
  guint next_pp46 = 0, next_skp = 0;
  GtkWidget *row;

  /* Both lists are oldest first; the rows go newest first, SKP before PP 46 in 2021. */
  while (next_pp46 < performance->pp46->len || next_skp < performance->skp->len)
    {
      const KrPp46Appraisal *record = next_pp46 < performance->pp46->len
                                          ? g_ptr_array_index (performance->pp46, next_pp46)
                                          : NULL;
      const SkpYear *skp = next_skp < performance->skp->len
                               ? &g_array_index (performance->skp, SkpYear, next_skp)
                               : NULL;

      if (skp != NULL && (record == NULL || skp->year < record->year))
        {
          row = new_skp_row (skp);
          next_skp++;
        }
      else
        {
          row = new_pp46_row (self, record, writable);
          next_pp46++;
        }
      gtk_list_box_prepend (self->appraisal_list, row);
    }
  if (performance->pp46->len + performance->skp->len == 0)
    {
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _ ("No appraisal recorded yet"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->appraisal_list, row);
    }
}

static gint
compare_pp46 (gconstpointer a, gconstpointer b)
{
  const KrPp46Appraisal *x = *(KrPp46Appraisal *const *) a;
  const KrPp46Appraisal *y = *(KrPp46Appraisal *const *) b;

  return (x->year > y->year) - (x->year < y->year);
}

static void
read_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrEmployeeProfile *self = KR_EMPLOYEE_PROFILE (source);
  g_autoptr (GError) error = NULL;
  g_autoptr (Performance) performance = kr_appraisal_read_job_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self->performance_loading = FALSE;
  _kr_employee_profile_clear_list (self->appraisal_list);
  if (performance == NULL)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), error->message);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_list_box_append (self->appraisal_list, row);
      kr_appraisal_chart_set_trend (self->trend_chart, NULL, 0);
      return;
    }
  g_ptr_array_sort (performance->pp46, compare_pp46);
  g_clear_pointer (&self->pp46, g_ptr_array_unref);
  self->pp46 = g_ptr_array_ref (performance->pp46);
  kr_appraisal_chart_set_trend (self->trend_chart,
                                (const KrAppraisalTrendPoint *) performance->trend->data,
                                performance->trend->len);
  show_rows (self, performance);
}

void
_kr_employee_profile_clear_performance (KrEmployeeProfile *self)
{
  g_cancellable_cancel (self->performance_cancellable);
  g_clear_object (&self->performance_cancellable);
  self->performance_loading = FALSE;
  g_clear_pointer (&self->pp46, g_ptr_array_unref);
  _kr_employee_profile_clear_list (self->appraisal_list);
  kr_appraisal_chart_set_trend (self->trend_chart, NULL, 0);
}

void
_kr_employee_profile_show_performance (KrEmployeeProfile *self)
{
  gboolean shown = self->appraisal_repository != NULL && self->employee != NULL;
  gint64 *employee_id;

  _kr_employee_profile_clear_performance (self);
  adw_view_stack_page_set_visible (self->performance_page, self->appraisal_repository != NULL);
  gtk_widget_set_visible (self->add_pp46_button,
                          shown && kr_appraisal_form_can_write (self->appraisal_repository));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.add-pp46",
                                 shown && kr_appraisal_form_can_write (self->appraisal_repository));
  if (!shown)
    return;

  self->performance_loading = TRUE;
  self->performance_cancellable = g_cancellable_new ();
  employee_id = g_memdup2 (&self->employee_id, sizeof self->employee_id);
  kr_appraisal_read_job_run (self, self->appraisal_repository, read_performance, employee_id,
                             g_free, (GDestroyNotify) performance_free,
                             self->performance_cancellable, read_done_cb, NULL);
}

/* Actions */

static const KrPp46Appraisal *
find_pp46 (KrEmployeeProfile *self, gint64 id)
{
  for (guint i = 0; self->pp46 != NULL && i < self->pp46->len; i++)
    {
      const KrPp46Appraisal *record = g_ptr_array_index (self->pp46, i);

      if (record->id == id)
        return record;
    }
  return NULL;
}

static void
open_pp46_dialog (KrEmployeeProfile *self, const KrPp46Appraisal *record)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->employee == NULL || self->appraisal_repository == NULL)
    return;
  gtk_window_present (
      GTK_WINDOW (kr_pp46_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                      self->appraisal_repository, self->employee, record)));
}

static void
add_pp46_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  open_pp46_dialog (KR_EMPLOYEE_PROFILE (widget), NULL);
}

static void
edit_pp46_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrEmployeeProfile *self = KR_EMPLOYEE_PROFILE (widget);
  const KrPp46Appraisal *record = find_pp46 (self, g_variant_get_int64 (parameter));

  if (record != NULL)
    open_pp46_dialog (self, record);
}

static KrPp46Appraisal *
copy_pp46 (const KrPp46Appraisal *record)
{
  KrPp46Appraisal *copy = g_memdup2 (record, sizeof *record);

  copy->appraiser_name = g_strdup (record->appraiser_name);
  return copy;
}

static void on_undo_toast_dismissed_cb (AdwToast *toast, KrEmployeeProfile *self);

static void
clear_undo (KrEmployeeProfile *self)
{
  g_autoptr (AdwToast) toast = g_steal_pointer (&self->undo_pp46_toast);

  g_clear_pointer (&self->undo_pp46, kr_pp46_appraisal_free);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.undo-delete-pp46", FALSE);
  if (toast != NULL)
    {
      g_signal_handlers_disconnect_by_func (toast, on_undo_toast_dismissed_cb, self);
      adw_toast_dismiss (toast);
    }
}

static void
on_undo_toast_dismissed_cb (AdwToast *toast, KrEmployeeProfile *self)
{
  if (toast == self->undo_pp46_toast)
    clear_undo (self);
}

static void
show_error_toast (KrEmployeeProfile *self, const char *message)
{
  g_autofree char *markup = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (markup));
}

static void
delete_pp46_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrEmployeeProfile *self = KR_EMPLOYEE_PROFILE (widget);
  const KrPp46Appraisal *record = find_pp46 (self, g_variant_get_int64 (parameter));
  g_autoptr (KrPp46Appraisal) copy = NULL;
  g_autoptr (GError) error = NULL;
  AdwToast *toast;

  if (record == NULL || self->appraisal_repository == NULL)
    return;
  /* Deleting reloads the view, which frees @record. */
  copy = copy_pp46 (record);
  if (!kr_appraisal_repository_delete_pp46 (self->appraisal_repository, copy->id, &error))
    {
      show_error_toast (self, error->message);
      return;
    }
  clear_undo (self);
  self->undo_pp46 = g_steal_pointer (&copy);
  toast = adw_toast_new (_ ("Historic appraisal deleted"));
  self->undo_pp46_toast = g_object_ref (toast);
  adw_toast_set_button_label (toast, _ ("_Undo"));
  adw_toast_set_action_name (toast, "profile.undo-delete-pp46");
  g_signal_connect (toast, "dismissed", G_CALLBACK (on_undo_toast_dismissed_cb), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.undo-delete-pp46", TRUE);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
undo_delete_pp46_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrEmployeeProfile *self = KR_EMPLOYEE_PROFILE (widget);
  g_autoptr (KrPp46Appraisal) record = g_steal_pointer (&self->undo_pp46);
  g_autoptr (GError) error = NULL;

  clear_undo (self);
  if (record == NULL || self->appraisal_repository == NULL)
    return;
  record->id = 0;
  if (kr_appraisal_repository_save_pp46 (self->appraisal_repository, record, &error) == 0)
    show_error_toast (self, error->message);
}

void
_kr_employee_profile_class_add_performance_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "profile.add-pp46", NULL, add_pp46_action_cb);
  gtk_widget_class_install_action (widget_class, "profile.edit-pp46", "x", edit_pp46_action_cb);
  gtk_widget_class_install_action (widget_class, "profile.delete-pp46", "x", delete_pp46_action_cb);
  gtk_widget_class_install_action (widget_class, "profile.undo-delete-pp46", NULL,
                                   undo_delete_pp46_action_cb);
}

/* The repository */

static void
on_appraisals_changed_cb (KrAppraisalRepository *repository, gint64 id, KrEmployeeProfile *self)
{
  if (self->employee != NULL)
    _kr_employee_profile_show_performance (self);
}

void
kr_employee_profile_set_appraisal_repository (KrEmployeeProfile *self,
                                              KrAppraisalRepository *repository)
{
  g_return_if_fail (KR_IS_EMPLOYEE_PROFILE (self));
  g_return_if_fail (repository == NULL || KR_IS_APPRAISAL_REPOSITORY (repository));

  if (self->appraisal_repository == repository)
    return;
  clear_undo (self);
  if (self->appraisal_repository != NULL)
    g_signal_handlers_disconnect_by_func (self->appraisal_repository, on_appraisals_changed_cb,
                                          self);
  g_set_object (&self->appraisal_repository, repository);
  if (repository != NULL)
    g_signal_connect_object (repository, "changed", G_CALLBACK (on_appraisals_changed_cb), self, 0);
  _kr_employee_profile_show_performance (self);
}

void
_kr_employee_profile_dispose_performance (KrEmployeeProfile *self)
{
  clear_undo (self);
  g_cancellable_cancel (self->performance_cancellable);
  g_clear_object (&self->performance_cancellable);
  g_clear_pointer (&self->pp46, g_ptr_array_unref);
  if (self->appraisal_repository != NULL)
    g_signal_handlers_disconnect_by_func (self->appraisal_repository, on_appraisals_changed_cb,
                                          self);
  g_clear_object (&self->appraisal_repository);
}

gboolean
kr_employee_profile_get_performance_loading (KrEmployeeProfile *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_PROFILE (self), FALSE);

  return self->performance_loading;
}
