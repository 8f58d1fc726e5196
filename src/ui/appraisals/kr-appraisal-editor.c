/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-appraisal-editor"

#include "config.h"

#include "kr-appraisal-editor-private.h"

#include <glib/gi18n.h>

#include "kr-appraisal-format.h"
#include "kr-appraisal-print.h"
#include "kr-error.h"
#include "kr-nip.h"

G_DEFINE_FINAL_TYPE (KrAppraisalEditor, kr_appraisal_editor, GTK_TYPE_BOX)

char *
_kr_appraisal_editor_dup_text (GtkEditable *editable)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  if (text[0] == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

void
_kr_appraisal_editor_show_error (KrAppraisalEditor *self, const char *title, const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                              title, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The header and what may be done */

static gboolean
can_write (KrAppraisalEditor *self)
{
  return self->database != NULL && !kr_database_is_read_only (self->database) &&
         (kr_appraisal_format_can (self->database, KR_PERMISSION_WRITE_APPRAISALS) ||
          kr_appraisal_format_can (self->database, KR_PERMISSION_REVIEW_APPRAISALS));
}

static gboolean
is_closed (KrAppraisalState state)
{
  return state == KR_APPRAISAL_STATE_FINAL || state == KR_APPRAISAL_STATE_OBJECTED;
}

static void
update_actions (KrAppraisalEditor *self)
{
  gboolean loaded = self->evaluation != NULL;
  gboolean valid = !self->plan_dirty || _kr_appraisal_editor_check_plan (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save",
                                 loaded && (self->plan_dirty || self->evaluation_dirty) && valid);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.print", loaded);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.export-pdf", loaded);
  {
    gboolean can_reopen = loaded && self->repository != NULL &&
                          kr_appraisal_repository_can_apply (self->repository, self->evaluation->id,
                                                             KR_APPRAISAL_ACTION_REOPEN);

    gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.reopen", can_reopen);
    /* Only whoever may reopen sees the button; the banner tells the others who can */
    gtk_widget_set_visible (GTK_WIDGET (self->banner_reopen_button), can_reopen);
  }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.review-next", loaded);
}

static void
update_header (KrAppraisalEditor *self)
{
  g_autoptr (KrEmployee) employee = NULL;
  g_autofree char *nip = NULL;
  g_autofree char *name = NULL;
  g_autofree char *period = NULL;
  g_autofree char *detail = NULL;
  KrAppraisalState state = self->evaluation->state;

  if (self->employees != NULL)
    employee = kr_employee_repository_get (self->employees, self->plan->employee_id, NULL);
  name =
      employee != NULL ? kr_employee_dup_full_name (employee) : g_strdup (_ ("Unknown employee"));
  nip = employee != NULL ? kr_nip_format_digits (kr_employee_get_nip (employee)) : g_strdup ("");
  period = kr_appraisal_period_dup_label (self->plan->cycle, self->evaluation->period);
  /* Translators: under the employee's name in the appraisal editor: NIP · year · period */
  detail = g_strdup_printf (_ ("NIP %s · %u · %s"), nip, self->plan->year, period);

  gtk_label_set_text (self->name_label, name);
  gtk_label_set_text (self->detail_label, detail);
  adw_view_switcher_title_set_title (self->switcher_title, name);
  adw_view_switcher_title_set_subtitle (self->switcher_title, period);
  kr_appraisal_format_state_pill (self->state_label, state);
  kr_appraisal_format_predikat_badge (self->predikat_label, self->evaluation->has_predikat,
                                      self->evaluation->predikat);

  gtk_revealer_set_reveal_child (self->final_banner, is_closed (state));
  if (state == KR_APPRAISAL_STATE_OBJECTED)
    gtk_label_set_text (self->banner_label,
                        _ ("The employee objected to this evaluation. The senior appraiser "
                           "decides the objection on the Workflow tab."));
  else
    gtk_label_set_text (self->banner_label,
                        _ ("This evaluation is final. An administrator can reopen it."));
}

/* Loading */

static void
clear (KrAppraisalEditor *self)
{
  g_clear_pointer (&self->plan, kr_appraisal_free);
  g_clear_pointer (&self->evaluation, kr_appraisal_evaluation_free);
  self->plan_dirty = FALSE;
  self->evaluation_dirty = FALSE;
  self->plan_error_row = NULL;
  _kr_appraisal_editor_clear_feedback (self);
}

static void
rebuild (KrAppraisalEditor *self)
{
  KrAppraisalState state = self->evaluation->state;

  self->evaluation_editable = can_write (self) && !is_closed (state);
  self->plan_editable = self->evaluation_editable && !is_closed (self->annual_state);
  self->filling = TRUE;
  update_header (self);
  _kr_appraisal_editor_build_plan (self);
  _kr_appraisal_editor_build_evaluation (self);
  _kr_appraisal_editor_build_workflow (self);
  self->filling = FALSE;
  gtk_widget_set_visible (self->save_button,
                          self->evaluation_editable || state == KR_APPRAISAL_STATE_OBJECTED);
  update_actions (self);
}

/* A draft is about its plan; once submitted, the evaluation is what there is to do. */
static void
show_first_tab (KrAppraisalEditor *self)
{
  adw_view_stack_set_visible_child_name (
      self->view_stack,
      self->evaluation->state == KR_APPRAISAL_STATE_DRAFT ? "plan" : "evaluation");
}

gboolean
kr_appraisal_editor_load (KrAppraisalEditor *self,
                          gint64 appraisal_id,
                          gint64 evaluation_id,
                          GError **error)
{
  g_autoptr (KrAppraisal) plan = NULL;
  g_autoptr (KrAppraisalEvaluation) evaluation = NULL;
  g_autoptr (GPtrArray) evaluations = NULL;

  g_return_val_if_fail (KR_IS_APPRAISAL_EDITOR (self), FALSE);
  g_return_val_if_fail (self->repository != NULL, FALSE);

  plan = kr_appraisal_repository_get (self->repository, appraisal_id, error);
  if (plan == NULL)
    return FALSE;
  evaluation = kr_appraisal_repository_get_evaluation (self->repository, evaluation_id, error);
  if (evaluation == NULL)
    return FALSE;
  evaluations = kr_appraisal_repository_list_evaluations (self->repository, appraisal_id, error);
  if (evaluations == NULL)
    return FALSE;

  clear (self);
  self->plan = g_steal_pointer (&plan);
  self->evaluation = g_steal_pointer (&evaluation);
  self->annual_state = KR_APPRAISAL_STATE_DRAFT;
  for (guint i = 0; i < evaluations->len; i++)
    {
      KrAppraisalEvaluation *each = g_ptr_array_index (evaluations, i);

      if (each->period == 0)
        self->annual_state = each->state;
    }
  _kr_appraisal_editor_load_feedback (self);
  rebuild (self);
  show_first_tab (self);
  return TRUE;
}

void
_kr_appraisal_editor_changed (KrAppraisalEditor *self, gboolean plan)
{
  if (self->filling)
    return;
  if (plan)
    self->plan_dirty = TRUE;
  else
    self->evaluation_dirty = TRUE;
  update_actions (self);
}

/* Saving and the workflow */

static gboolean
reload (KrAppraisalEditor *self, GError **error)
{
  g_autofree char *tab = g_strdup (adw_view_stack_get_visible_child_name (self->view_stack));

  /* The same evaluation again: the user stays on the tab they were on. */
  if (!kr_appraisal_editor_load (self, self->plan->id, self->evaluation->id, error))
    return FALSE;
  adw_view_stack_set_visible_child_name (self->view_stack, tab);
  return TRUE;
}

gboolean
kr_appraisal_editor_save (KrAppraisalEditor *self, GError **error)
{
  g_return_val_if_fail (KR_IS_APPRAISAL_EDITOR (self), FALSE);
  g_return_val_if_fail (self->evaluation != NULL, FALSE);

  if (self->plan_dirty && self->plan_editable &&
      !kr_appraisal_repository_save_plan (self->repository, self->plan, error))
    return FALSE;
  self->plan_dirty = FALSE;
  if (self->evaluation_dirty &&
      !kr_appraisal_repository_save_evaluation (self->repository, self->evaluation, error))
    return FALSE;
  self->evaluation_dirty = FALSE;
  return reload (self, error);
}

gboolean
kr_appraisal_editor_apply (KrAppraisalEditor *self,
                           KrAppraisalAction action,
                           const char *reason,
                           GError **error)
{
  g_return_val_if_fail (KR_IS_APPRAISAL_EDITOR (self), FALSE);
  g_return_val_if_fail (self->evaluation != NULL, FALSE);

  /* What is on screen is what the step takes: the ratings typed just before Mark Reviewed. */
  if ((self->plan_dirty || self->evaluation_dirty) && !kr_appraisal_editor_save (self, error))
    return FALSE;
  if (!kr_appraisal_repository_apply (self->repository, self->evaluation->id, action, reason,
                                      error))
    return FALSE;
  return reload (self, error);
}

static void
save_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrAppraisalEditor *self = KR_APPRAISAL_EDITOR (widget);
  g_autoptr (GError) error = NULL;

  if (self->evaluation == NULL || (!self->plan_dirty && !self->evaluation_dirty))
    return;
  if (!kr_appraisal_editor_save (self, &error))
    {
      _kr_appraisal_editor_show_error (self, _ ("Could Not Save"), error);
      return;
    }
  gtk_widget_activate_action (widget, "win.show-toast", "s", _ ("Saved"));
}

/* Ctrl+Return: the review queue's "this one is done, next". */
static void
review_next_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrAppraisalEditor *self = KR_APPRAISAL_EDITOR (widget);
  g_autoptr (GError) error = NULL;

  if (self->evaluation == NULL)
    return;
  if (!kr_appraisal_repository_can_apply (self->repository, self->evaluation->id,
                                          KR_APPRAISAL_ACTION_REVIEW))
    {
      gtk_widget_activate_action (widget, "win.show-toast", "s",
                                  _ ("Only a submitted evaluation can be marked reviewed, by its "
                                     "appraiser"));
      return;
    }
  if (!kr_appraisal_editor_apply (self, KR_APPRAISAL_ACTION_REVIEW, NULL, &error))
    {
      _kr_appraisal_editor_show_error (self, _ ("Could Not Mark Reviewed"), error);
      return;
    }
  gtk_widget_activate_action (widget, "win.show-toast", "s", _ ("Marked reviewed"));
  gtk_widget_activate_action (widget, "appraisals.next-after-change", NULL);
}

static void
reopen_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  _kr_appraisal_editor_ask_action (KR_APPRAISAL_EDITOR (widget), KR_APPRAISAL_ACTION_REOPEN);
}

/* "199001012015031001-2026-triwulan-ii": the suggested name of an exported document. */
static char *
dup_base_name (KrAppraisalEditor *self)
{
  g_autoptr (KrEmployee) employee = NULL;
  g_autofree char *period =
      kr_appraisal_period_dup_label (self->plan->cycle, self->evaluation->period);
  g_autofree char *lower = g_ascii_strdown (period, -1);

  if (self->employees != NULL)
    employee = kr_employee_repository_get (self->employees, self->plan->employee_id, NULL);
  g_strdelimit (lower, " /", '-');
  return g_strdup_printf ("%s-%u-%s", employee != NULL ? kr_employee_get_nip (employee) : "pegawai",
                          self->plan->year, lower);
}

static void
print_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrAppraisalEditor *self = KR_APPRAISAL_EDITOR (widget);
  g_autofree char *base_name = NULL;

  if (self->evaluation == NULL)
    return;
  base_name = dup_base_name (self);
  kr_appraisal_print_ask (widget, self->database, self->plan->id, self->evaluation->period,
                          base_name, g_str_equal (action_name, "editor.export-pdf"),
                          &self->chooser);
}

/* API */

void
kr_appraisal_editor_set_repositories (KrAppraisalEditor *self,
                                      KrDatabase *database,
                                      KrAppraisalRepository *appraisals,
                                      KrEmployeeRepository *employees)
{
  g_return_if_fail (KR_IS_APPRAISAL_EDITOR (self));

  clear (self);
  g_set_object (&self->database, database);
  g_set_object (&self->repository, appraisals);
  g_set_object (&self->employees, employees);
  update_actions (self);
}

void
kr_appraisal_editor_set_queue (KrAppraisalEditor *self, guint position, guint count)
{
  g_autofree char *text = NULL;

  g_return_if_fail (KR_IS_APPRAISAL_EDITOR (self));

  /* Translators: where the open evaluation is in the list: "3 of 12" */
  text = g_strdup_printf (_ ("%u of %u"), position + 1, MAX (count, position + 1));
  gtk_label_set_text (self->queue_label, text);
}

void
kr_appraisal_editor_set_folded (KrAppraisalEditor *self, gboolean folded)
{
  g_return_if_fail (KR_IS_APPRAISAL_EDITOR (self));

  adw_header_bar_set_show_start_title_buttons (self->header_bar, folded);
}

const KrAppraisal *
kr_appraisal_editor_get_plan (KrAppraisalEditor *self)
{
  g_return_val_if_fail (KR_IS_APPRAISAL_EDITOR (self), NULL);

  return self->plan;
}

const KrAppraisalEvaluation *
kr_appraisal_editor_get_evaluation (KrAppraisalEditor *self)
{
  g_return_val_if_fail (KR_IS_APPRAISAL_EDITOR (self), NULL);

  return self->evaluation;
}

gboolean
kr_appraisal_editor_get_read_only (KrAppraisalEditor *self)
{
  g_return_val_if_fail (KR_IS_APPRAISAL_EDITOR (self), TRUE);

  return !self->evaluation_editable && !self->plan_editable;
}

static void
kr_appraisal_editor_dispose (GObject *object)
{
  KrAppraisalEditor *self = KR_APPRAISAL_EDITOR (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  clear (self);
  g_clear_pointer (&self->undo_feedback, kr_peer_feedback_free);
  g_clear_object (&self->undo_toast);
  g_clear_object (&self->database);
  g_clear_object (&self->repository);
  g_clear_object (&self->employees);

  G_OBJECT_CLASS (kr_appraisal_editor_parent_class)->dispose (object);
}

static void
kr_appraisal_editor_class_init (KrAppraisalEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_appraisal_editor_dispose;

  gtk_widget_class_set_template_from_resource (
      widget_class, "/io/github/karier/Karier/appraisals/kr-appraisal-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalEditor, header_bar);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalEditor, back_button);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalEditor, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalEditor, final_banner);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalEditor, banner_label);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalEditor, banner_reopen_button);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalEditor, name_label);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalEditor, detail_label);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalEditor, queue_label);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalEditor, state_label);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalEditor, predikat_label);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalEditor, view_stack);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalEditor, plan_box);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalEditor, evaluation_box);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalEditor, workflow_box);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.review-next", NULL, review_next_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.reopen", NULL, reopen_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.print", NULL, print_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.export-pdf", NULL, print_action_cb);
  _kr_appraisal_editor_class_add_feedback_actions (widget_class);
}

/* Ctrl+S and Ctrl+Return are caught before the focused entry sees them. */
static void
add_shortcuts (KrAppraisalEditor *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  const struct
  {
    guint key;
    GdkModifierType modifiers;
    const char *action;
  } shortcuts[] = {
    { GDK_KEY_s, GDK_CONTROL_MASK, "editor.save" },
    { GDK_KEY_Return, GDK_CONTROL_MASK, "editor.review-next" },
    { GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "editor.review-next" },
    { GDK_KEY_p, GDK_CONTROL_MASK, "editor.print" },
  };

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller),
                                     GTK_SHORTCUT_SCOPE_LOCAL);
  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    gtk_shortcut_controller_add_shortcut (
        GTK_SHORTCUT_CONTROLLER (controller),
        gtk_shortcut_new (gtk_keyval_trigger_new (shortcuts[i].key, shortcuts[i].modifiers),
                          gtk_named_action_new (shortcuts[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
kr_appraisal_editor_init (KrAppraisalEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  add_shortcuts (self);
  adw_header_bar_set_show_start_title_buttons (self->header_bar, FALSE);
  update_actions (self);
}

GtkWidget *
kr_appraisal_editor_new (void)
{
  return g_object_new (KR_TYPE_APPRAISAL_EDITOR, NULL);
}
