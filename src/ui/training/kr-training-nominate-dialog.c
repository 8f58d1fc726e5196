/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-nominate-dialog"

#include "config.h"

#include "kr-training-nominate-dialog-private.h"

#include <glib/gi18n.h>

#include "kr-training-nominate-job.h"

G_DEFINE_FINAL_TYPE (KrTrainingNominateDialog, kr_training_nominate_dialog, ADW_TYPE_WINDOW)

enum
{
  NOMINATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

KrNominateSource
_kr_training_nominate_dialog_get_source (KrTrainingNominateDialog *self)
{
  return (KrNominateSource) adw_combo_row_get_selected (self->source_row);
}

static gboolean
has_overridable (KrTrainingNominateDialog *self)
{
  for (guint i = 0; self->problems != NULL && i < self->problems->len; i++)
    {
      KrEnrolmentProblem *problem = g_ptr_array_index (self->problems, i);

      if (kr_enrolment_problem_can_override (problem->kind))
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_status_problem (KrTrainingNominateDialog *self)
{
  for (guint i = 0; self->problems != NULL && i < self->problems->len; i++)
    if (((KrEnrolmentProblem *) g_ptr_array_index (self->problems, i))->kind ==
        KR_ENROLMENT_PROBLEM_STATUS)
      return TRUE;
  return FALSE;
}

static const char *
get_reason (KrTrainingNominateDialog *self)
{
  const char *reason = gtk_editable_get_text (GTK_EDITABLE (self->reason_row));

  while (g_ascii_isspace (*reason))
    reason++;
  return reason[0] != '\0' ? reason : NULL;
}

gboolean
kr_training_nominate_dialog_can_nominate (KrTrainingNominateDialog *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_NOMINATE_DIALOG (self), FALSE);

  return self->checked && self->cancellable == NULL && self->found_ids != NULL &&
         self->found_ids->len > 0 && !has_status_problem (self) &&
         (!has_overridable (self) || get_reason (self) != NULL);
}

void
_kr_training_nominate_dialog_update_buttons (KrTrainingNominateDialog *self)
{
  gboolean overridable = has_overridable (self);

  gtk_widget_set_visible (GTK_WIDGET (self->reason_row), overridable);
  if (overridable && get_reason (self) == NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->reason_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->reason_row), "error");
  gtk_widget_set_sensitive (self->nominate_button, kr_training_nominate_dialog_can_nominate (self));
}

/* The problems */

static GtkWidget *
new_problem_row (const KrEnrolmentProblem *problem)
{
  GtkWidget *row = adw_action_row_new ();
  gboolean can_override = kr_enrolment_problem_can_override (problem->kind);
  GtkWidget *icon = gtk_image_new_from_icon_name (can_override ? "dialog-warning-symbolic"
                                                               : "action-unavailable-symbolic");
  g_autofree char *title = g_markup_escape_text (problem->message, -1);

  gtk_widget_add_css_class (icon, can_override ? "warning" : "dim-label");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               problem->kind == KR_ENROLMENT_PROBLEM_STATUS
                                   ? _ ("Nobody can be nominated")
                               : can_override ? _ ("Nominated only with an override reason")
                                              : _ ("Skipped"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  return row;
}

static void
show_problems (KrTrainingNominateDialog *self)
{
  GtkWidget *child;
  guint n = self->problems != NULL ? self->problems->len : 0;
  g_autofree char *description = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->problems_list))) != NULL)
    gtk_list_box_remove (self->problems_list, child);
  /* A unit of hundreds may have as many problems: the first ones say enough. */
  for (guint i = 0; i < MIN (n, 50); i++)
    gtk_list_box_append (self->problems_list,
                         new_problem_row (g_ptr_array_index (self->problems, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->problems_list), n > 0);
  if (n > 50)
    description = g_strdup_printf (_ ("The first 50 of %u problems"), n);
  adw_preferences_group_set_description (self->problems_group, description);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_group), n > 0);
}

static void
set_status (KrTrainingNominateDialog *self, gboolean busy, const char *text)
{
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_label_set_text (self->status_label, text != NULL ? text : "");
}

static char *
describe_found (KrTrainingNominateDialog *self)
{
  guint n = self->found_ids->len;

  if (n == 0)
    return g_strdup (_ ("Nobody to nominate"));
  if (self->problems->len == 0)
    return g_strdup_printf (
        ngettext ("%u employee can be nominated", "%u employees can be nominated", n), n);
  return g_strdup_printf (ngettext ("%u employee checked", "%u employees checked", n), n);
}

static void
check_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrTrainingNominateDialog *self = KR_TRAINING_NOMINATE_DIALOG (source);
  KrNominateJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      g_clear_object (&self->cancellable);
      self->checked = FALSE;
      set_status (self, FALSE, error->message);
      _kr_training_nominate_dialog_update_buttons (self);
      return;
    }
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->found_ids, g_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  self->found_ids = g_steal_pointer (&job->found_ids);
  self->problems = g_steal_pointer (&job->problems);
  self->checked = TRUE;
  show_problems (self);
  text = describe_found (self);
  set_status (self, FALSE, text);
  if (_kr_training_nominate_dialog_get_source (self) == KR_NOMINATE_EMPLOYEES_LIST)
    {
      g_autofree char *subtitle = g_strdup_printf (
          ngettext ("%u active employee", "%u active employees", self->found_ids->len),
          self->found_ids->len);

      adw_action_row_set_subtitle (self->list_row, subtitle);
    }
  _kr_training_nominate_dialog_update_buttons (self);
}

static KrNominateJob *
new_job (KrTrainingNominateDialog *self)
{
  KrIdentity *identity = kr_database_get_identity (self->database);
  KrNominateJob *job = g_new0 (KrNominateJob, 1);
  guint unit = adw_combo_row_get_selected (self->unit_row);

  job->path = g_strdup (kr_database_get_path (self->database));
  job->identity = identity != NULL ? kr_identity_ref (identity) : NULL;
  job->session_id = self->session_id;
  switch (_kr_training_nominate_dialog_get_source (self))
    {
    case KR_NOMINATE_CHOSEN:
      job->employee_ids = g_array_copy (self->chosen_ids);
      break;
    case KR_NOMINATE_UNIT:
      job->query = kr_employee_query_new ();
      kr_employee_query_set_unit (job->query, unit < self->unit_ids->len
                                                  ? g_array_index (self->unit_ids, gint64, unit)
                                                  : -1);
      break;
    case KR_NOMINATE_EMPLOYEES_LIST:
    default:
      job->query = self->employees_query != NULL ? kr_employee_query_copy (self->employees_query)
                                                 : kr_employee_query_new ();
      break;
    }
  return job;
}

void
_kr_training_nominate_dialog_check (KrTrainingNominateDialog *self)
{
  g_autoptr (GTask) task = NULL;

  if (self->nominating)
    return;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->checked = FALSE;
  if (_kr_training_nominate_dialog_get_source (self) == KR_NOMINATE_CHOSEN &&
      self->chosen_ids->len == 0)
    {
      g_clear_pointer (&self->problems, g_ptr_array_unref);
      show_problems (self);
      set_status (self, FALSE, _ ("Add the employees to nominate"));
      _kr_training_nominate_dialog_update_buttons (self);
      return;
    }
  self->cancellable = g_cancellable_new ();
  set_status (self, TRUE, _ ("Checking…"));
  _kr_training_nominate_dialog_update_buttons (self);
  task = g_task_new (self, self->cancellable, check_done_cb, NULL);
  g_task_set_source_tag (task, _kr_training_nominate_dialog_check);
  kr_nominate_job_run (task, new_job (self));
}

/* Nominating */

static void
nominate_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrTrainingNominateDialog *self = KR_TRAINING_NOMINATE_DIALOG (source);
  KrNominateJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  GtkWindow *parent;

  self->nominating = FALSE;
  g_clear_object (&self->cancellable);
  gtk_widget_set_sensitive (gtk_window_get_child (GTK_WINDOW (self)), TRUE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *text = g_strdup_printf (_ ("Could not nominate: %s"), error->message);

      set_status (self, FALSE, text);
      _kr_training_nominate_dialog_update_buttons (self);
      return;
    }
  if (job->n_skipped > 0)
    /* Translators: "Nominated 12 employees, 2 skipped (already enrolled or not active)" */
    message = g_strdup_printf (ngettext ("Nominated %u employee, %u skipped (already enrolled or "
                                         "not active)",
                                         "Nominated %u employees, %u skipped (already enrolled "
                                         "or not active)",
                                         job->n_nominated),
                               job->n_nominated, job->n_skipped);
  else
    message = g_strdup_printf (
        ngettext ("Nominated %u employee", "Nominated %u employees", job->n_nominated),
        job->n_nominated);
  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-toast", "s", message);
  set_status (self, FALSE, message);
  g_signal_emit (self, signals[NOMINATED], 0, job->n_nominated, job->n_skipped);
  gtk_window_close (GTK_WINDOW (self));
}

void
kr_training_nominate_dialog_nominate (KrTrainingNominateDialog *self)
{
  g_autoptr (GTask) task = NULL;
  KrNominateJob *job;

  g_return_if_fail (KR_IS_TRAINING_NOMINATE_DIALOG (self));

  if (!kr_training_nominate_dialog_can_nominate (self))
    return;
  job = new_job (self);
  /* Exactly the employees that were checked and shown. */
  g_clear_pointer (&job->employee_ids, g_array_unref);
  job->employee_ids = g_array_copy (self->found_ids);
  job->nominate = TRUE;
  job->override_reason = has_overridable (self) ? g_strdup (get_reason (self)) : NULL;
  self->nominating = TRUE;
  self->cancellable = g_cancellable_new ();
  gtk_widget_set_sensitive (gtk_window_get_child (GTK_WINDOW (self)), FALSE);
  set_status (self, TRUE, _ ("Nominating…"));
  task = g_task_new (self, NULL, nominate_done_cb, NULL);
  g_task_set_source_tag (task, kr_training_nominate_dialog_nominate);
  kr_nominate_job_run (task, job);
}

static void
kr_training_nominate_dialog_dispose (GObject *object)
{
  KrTrainingNominateDialog *self = KR_TRAINING_NOMINATE_DIALOG (object);

  /* A check still running is dropped; a nomination finishes in its worker. */
  if (self->cancellable != NULL && !self->nominating)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->database);
  g_clear_object (&self->employees);
  g_clear_pointer (&self->employees_query, kr_employee_query_free);

  G_OBJECT_CLASS (kr_training_nominate_dialog_parent_class)->dispose (object);
}

static void
kr_training_nominate_dialog_finalize (GObject *object)
{
  KrTrainingNominateDialog *self = KR_TRAINING_NOMINATE_DIALOG (object);

  g_clear_pointer (&self->chosen_ids, g_array_unref);
  g_clear_pointer (&self->unit_ids, g_array_unref);
  g_clear_pointer (&self->found_ids, g_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);

  G_OBJECT_CLASS (kr_training_nominate_dialog_parent_class)->finalize (object);
}

static void
kr_training_nominate_dialog_class_init (KrTrainingNominateDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_training_nominate_dialog_dispose;
  object_class->finalize = kr_training_nominate_dialog_finalize;

  signals[NOMINATED] = g_signal_new ("nominated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kr_training_nominate_dialog_init (KrTrainingNominateDialog *self)
{
  self->chosen_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

KrTrainingNominateDialog *
kr_training_nominate_dialog_new (KrTrainingRepository *training,
                                 KrEmployeeRepository *employees,
                                 KrUnitRepository *units,
                                 gint64 session_id,
                                 const KrEmployeeQuery *employees_query,
                                 GError **error)
{
  g_autoptr (KrTrainingSession) session = NULL;
  KrTrainingNominateDialog *self;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (training), NULL);
  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (employees), NULL);
  g_return_val_if_fail (KR_IS_UNIT_REPOSITORY (units), NULL);

  session = kr_training_repository_get_session (training, session_id, error);
  if (session == NULL)
    return NULL;
  self = g_object_new (KR_TYPE_TRAINING_NOMINATE_DIALOG, "modal", TRUE, "title",
                       _ ("Nominate Employees"), "default-width", 560, "default-height", 620, NULL);
  self->database = g_object_ref (kr_training_repository_get_database (training));
  self->employees = g_object_ref (employees);
  self->session_id = session_id;
  self->employees_query = employees_query != NULL ? kr_employee_query_copy (employees_query) : NULL;
  _kr_training_nominate_dialog_build (self, units, session);
  return self;
}
