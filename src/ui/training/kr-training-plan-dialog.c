/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-plan-dialog"

#include "config.h"

#include "kr-training-plan-dialog.h"

#include <glib/gi18n.h>

#include "kr-training-read-job.h"
#include "kr-training-widgets.h"

struct _KrTrainingPlanDialog
{
  AdwWindow parent_instance;

  KrTrainingRepository *training;
  gint64 unit_id;
  guint year;
  GCancellable *cancellable;
  gboolean loading;
  gboolean applying; /* the plan is being written in a worker */
  KrTrainingPlan *plan;

  AdwToastOverlay *toast_overlay;
  AdwWindowTitle *title;
  GtkButton *apply_button;
  GtkStack *stack;
  AdwStatusPage *error_page;
  GtkListBox *summary_list;
  AdwPreferencesGroup *items_group;
  GtkListBox *items_list;
};

G_DEFINE_FINAL_TYPE (KrTrainingPlanDialog, kr_training_plan_dialog, ADW_TYPE_WINDOW)

enum
{
  APPLIED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Reading, in a worker */

typedef struct
{
  gint64 unit_id;
  guint year;
} Request;

static gpointer
read_plan (KrTrainingRepository *repository,
           gpointer data,
           GCancellable *cancellable,
           GError **error)
{
  const Request *request = data;

  return kr_training_repository_propose_plan (repository, request->unit_id, TRUE, request->year,
                                              cancellable, error);
}

/* Showing it */

static void
add_summary_row (KrTrainingPlanDialog *self, const char *title, const char *value, gboolean bad)
{
  GtkWidget *row = kr_training_row_new (title, NULL);
  GtkWidget *label = kr_training_row_add_value (row, value);

  if (bad)
    gtk_widget_add_css_class (label, "error");
  gtk_list_box_append (self->summary_list, row);
}

static void
show_summary (KrTrainingPlanDialog *self)
{
  const KrTrainingPlan *plan = self->plan;
  g_autofree char *n_short = g_strdup_printf ("%u", plan->n_short);
  g_autofree char *n_covered = g_strdup_printf ("%u", plan->n_covered);
  g_autofree char *n_uncovered = g_strdup_printf ("%u", plan->n_uncovered);
  g_autofree char *cost = kr_training_format_money (plan->total_cost);
  g_autofree char *left = plan->budget_left == G_MAXINT64
                              ? g_strdup (_ ("No budget set"))
                              : kr_training_format_money (plan->budget_left);

  kr_training_clear_list (self->summary_list);
  add_summary_row (self, _ ("Employees below the duty"), n_short, FALSE);
  add_summary_row (self, _ ("Brought to the duty by the plan"), n_covered, FALSE);
  add_summary_row (self, _ ("Not covered (budget, seats or no course)"), n_uncovered,
                   plan->n_uncovered > 0);
  add_summary_row (self, _ ("Cost of the plan"), cost, FALSE);
  add_summary_row (self, _ ("Budget left after the plan"), left,
                   plan->budget_left != G_MAXINT64 && plan->budget_left < 0);
}

static void
show_items (KrTrainingPlanDialog *self)
{
  const KrTrainingPlan *plan = self->plan;
  g_autofree char *title = NULL;

  kr_training_clear_list (self->items_list);
  title = g_strdup_printf (ngettext ("%u Nomination", "%u Nominations", plan->items->len),
                           plan->items->len);
  adw_preferences_group_set_title (self->items_group, title);
  for (guint i = 0; i < plan->items->len; i++)
    {
      const KrPlanItem *item = g_ptr_array_index (plan->items, i);
      g_autofree char *gap = kr_training_format_jp (item->gap_before);
      g_autofree char *date = kr_training_format_date (item->start_date);
      /* Translators: the employee's name, then the JP they lack before the plan */
      g_autofree char *row_title = g_strdup_printf (_ ("%s · %s JP short"), item->name, gap);
      g_autofree char *subtitle =
          g_strdup_printf ("%s — %s · %s", item->course_title, item->session_name, date);
      g_autofree char *cost = kr_training_format_money (item->cost);
      g_autofree char *value = g_strdup_printf ("%u JP · %s", item->jp, cost);
      GtkWidget *row = kr_training_row_new (row_title, subtitle);

      kr_training_row_add_value (row, value);
      gtk_list_box_append (self->items_list, row);
    }
  if (plan->items->len == 0)
    {
      GtkWidget *row = kr_training_row_new (
          plan->n_short == 0 ? _ ("Everyone meets the duty: nothing to plan")
                             : _ ("No session can close the gaps within the budget"),
          NULL);

      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->items_list, row);
    }
}

static void
update_apply (KrTrainingPlanDialog *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->apply_button),
                            kr_training_plan_dialog_can_apply (self));
}

static void
read_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrTrainingPlanDialog *self = KR_TRAINING_PLAN_DIALOG (source);
  g_autoptr (GError) error = NULL;
  KrTrainingPlan *plan = kr_training_read_job_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self->loading = FALSE;
  if (plan == NULL)
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      adw_status_page_set_description (self->error_page, markup);
      gtk_stack_set_visible_child_name (self->stack, "error");
      update_apply (self);
      return;
    }
  g_clear_pointer (&self->plan, kr_training_plan_free);
  self->plan = plan;
  show_summary (self);
  show_items (self);
  gtk_stack_set_visible_child_name (self->stack, "plan");
  update_apply (self);
}

static void
reload (KrTrainingPlanDialog *self)
{
  Request *request = g_new0 (Request, 1);

  request->unit_id = self->unit_id;
  request->year = self->year;
  self->loading = TRUE;
  gtk_stack_set_visible_child_name (self->stack, "loading");
  update_apply (self);
  kr_training_read_job_run (self, self->training, read_plan, request, g_free,
                            (GDestroyNotify) kr_training_plan_free, self->cancellable, read_done_cb,
                            NULL);
}

/* Applying: the nominations are written in a worker on a connection of its own (a province's
 * plan is thousands of checked nominations), then the repository tells the views. */

typedef struct
{
  char *path;
  KrIdentity *identity;
  KrTrainingPlan *plan;
} ApplyJob;

static void
apply_job_free (ApplyJob *job)
{
  g_free (job->path);
  g_clear_pointer (&job->identity, kr_identity_unref);
  g_clear_pointer (&job->plan, kr_training_plan_free);
  g_free (job);
}

static void
apply_thread_cb (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  ApplyJob *job = task_data;
  g_autoptr (KrDatabase) database = NULL;
  g_autoptr (KrTrainingRepository) training = NULL;
  GError *error = NULL;
  guint n_nominated = 0;

  database = kr_database_open (job->path, KR_DATABASE_FLAGS_NO_CREATE, &error);
  if (database != NULL)
    {
      kr_database_set_identity (database, job->identity);
      training = kr_training_repository_new (database);
      if (kr_training_repository_apply_plan (training, job->plan, &n_nominated, &error))
        {
          g_task_return_int (task, n_nominated);
          return;
        }
    }
  g_task_return_error (task, error);
}

static void
applied (KrTrainingPlanDialog *self, guint n_nominated, GError *error)
{
  self->applying = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->stack), TRUE);
  if (error != NULL)
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (markup));
      /* Seats or budgets changed meanwhile: propose again from what is there now. */
      reload (self);
      return;
    }
  g_signal_emit (self, signals[APPLIED], 0, n_nominated);
  gtk_window_close (GTK_WINDOW (self));
}

static void
apply_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrTrainingPlanDialog *self = KR_TRAINING_PLAN_DIALOG (source);
  g_autoptr (GError) error = NULL;
  gssize n_nominated = g_task_propagate_int (G_TASK (result), &error);

  if (error == NULL)
    kr_training_repository_notify_changed (self->training, KR_TRAINING_CHANGE_ENROLMENTS);
  applied (self, error == NULL ? (guint) n_nominated : 0, error);
}

gboolean
kr_training_plan_dialog_apply (KrTrainingPlanDialog *self)
{
  KrDatabase *database;
  g_autoptr (GTask) task = NULL;
  ApplyJob *job;

  g_return_val_if_fail (KR_IS_TRAINING_PLAN_DIALOG (self), FALSE);

  if (!kr_training_plan_dialog_can_apply (self))
    return FALSE;
  database = kr_training_repository_get_database (self->training);
  self->applying = TRUE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->apply_button), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->stack), FALSE);
  if (g_strcmp0 (kr_database_get_path (database), ":memory:") == 0)
    {
      /* No other connection can open an in-memory database: write on this one. */
      g_autoptr (GError) error = NULL;
      guint n_nominated = 0;

      kr_training_repository_apply_plan (self->training, self->plan, &n_nominated, &error);
      applied (self, n_nominated, error);
      return TRUE;
    }
  job = g_new0 (ApplyJob, 1);
  job->path = g_strdup (kr_database_get_path (database));
  job->identity = kr_database_get_identity (database) != NULL
                      ? kr_identity_ref (kr_database_get_identity (database))
                      : NULL;
  /* The job owns the plan while it writes: closing the dialog cannot free it under it. */
  job->plan = g_steal_pointer (&self->plan);
  task = g_task_new (self, NULL, apply_done_cb, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) apply_job_free);
  g_task_run_in_thread (task, apply_thread_cb);
  return TRUE;
}

static void
on_apply_clicked_cb (KrTrainingPlanDialog *self)
{
  kr_training_plan_dialog_apply (self);
}

/* Building */

static GtkWidget *
build_header (KrTrainingPlanDialog *self)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_ ("_Cancel"));

  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  self->apply_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_ ("_Nominate All")));
  gtk_widget_add_css_class (GTK_WIDGET (self->apply_button), "suggested-action");
  g_signal_connect_swapped (self->apply_button, "clicked", G_CALLBACK (on_apply_clicked_cb), self);
  self->title = ADW_WINDOW_TITLE (adw_window_title_new (_ ("Training Plan"), NULL));
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->apply_button));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));
  return header;
}

static GtkListBox *
new_boxed_list (const char *label)
{
  GtkListBox *list = GTK_LIST_BOX (gtk_list_box_new ());

  gtk_list_box_set_selection_mode (list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return list;
}

static GtkWidget *
build_plan_page (KrTrainingPlanDialog *self)
{
  GtkWidget *page = adw_preferences_page_new ();
  AdwPreferencesGroup *summary = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (summary, _ ("Summary"));
  adw_preferences_group_set_description (
      summary, _ ("Sessions of the year with seats left whose prerequisites the employees meet, "
                  "cheapest per JP first, within the unit's budget. Nothing is written until "
                  "you nominate."));
  self->summary_list = new_boxed_list (_ ("Summary of the plan"));
  adw_preferences_group_add (summary, GTK_WIDGET (self->summary_list));
  self->items_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  self->items_list = new_boxed_list (_ ("Nominations of the plan"));
  adw_preferences_group_add (self->items_group, GTK_WIDGET (self->items_list));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), summary);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->items_group);
  return page;
}

static void
build (KrTrainingPlanDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *loading = adw_status_page_new ();
  GtkWidget *spinner = gtk_spinner_new ();

  gtk_spinner_start (GTK_SPINNER (spinner));
  gtk_widget_set_size_request (spinner, 32, 32);
  adw_status_page_set_title (ADW_STATUS_PAGE (loading), _ ("Proposing a Plan…"));
  adw_status_page_set_child (ADW_STATUS_PAGE (loading), spinner);
  self->error_page = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->error_page, "dialog-warning-symbolic");
  adw_status_page_set_title (self->error_page, _ ("No Plan Can Be Proposed"));
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_stack_add_named (self->stack, loading, "loading");
  gtk_stack_add_named (self->stack, build_plan_page (self), "plan");
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->error_page), "error");
  gtk_box_append (GTK_BOX (box), build_header (self));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
  self->toast_overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toast_overlay, box);
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (self->toast_overlay));
}

/* API */

gboolean
kr_training_plan_dialog_get_loading (KrTrainingPlanDialog *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_PLAN_DIALOG (self), FALSE);
  return self->loading;
}

const KrTrainingPlan *
kr_training_plan_dialog_get_plan (KrTrainingPlanDialog *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_PLAN_DIALOG (self), NULL);
  return self->plan;
}

gboolean
kr_training_plan_dialog_can_apply (KrTrainingPlanDialog *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_PLAN_DIALOG (self), FALSE);
  return !self->loading && !self->applying && self->plan != NULL && self->plan->items->len > 0 &&
         kr_training_can (kr_training_repository_get_database (self->training),
                          KR_PERMISSION_NOMINATE_TRAINING);
}

static void
kr_training_plan_dialog_dispose (GObject *object)
{
  KrTrainingPlanDialog *self = KR_TRAINING_PLAN_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->training);
  g_clear_pointer (&self->plan, kr_training_plan_free);

  G_OBJECT_CLASS (kr_training_plan_dialog_parent_class)->dispose (object);
}

static void
kr_training_plan_dialog_class_init (KrTrainingPlanDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_training_plan_dialog_dispose;
  signals[APPLIED] = g_signal_new ("applied", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kr_training_plan_dialog_init (KrTrainingPlanDialog *self)
{
  self->cancellable = g_cancellable_new ();
  build (self);
}

GtkWidget *
kr_training_plan_dialog_new (GtkWindow *parent,
                             KrTrainingRepository *training,
                             gint64 unit_id,
                             const char *unit_name,
                             guint year)
{
  KrTrainingPlanDialog *self;
  g_autofree char *subtitle = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (training), NULL);
  g_return_val_if_fail (unit_id > 0, NULL);

  self = g_object_new (KR_TYPE_TRAINING_PLAN_DIALOG, "transient-for", parent, "modal", TRUE,
                       "default-width", 640, "default-height", 720, "width-request", 360,
                       "height-request", 294, "title", _ ("Training Plan"), NULL);
  self->training = g_object_ref (training);
  self->unit_id = unit_id;
  self->year = year;
  subtitle = g_strdup_printf ("%s · %u", unit_name != NULL ? unit_name : "", year);
  adw_window_title_set_subtitle (self->title, subtitle);
  reload (self);
  return GTK_WIDGET (self);
}
