/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-budget-view"

#include "config.h"

#include "kr-training-budget-view.h"

#include <glib/gi18n.h>

#include "kr-training-plan-dialog.h"
#include "kr-training-read-job.h"
#include "kr-training-widgets.h"

struct _KrTrainingBudgetView
{
  AdwBin parent_instance;

  KrDatabase *database;
  KrTrainingRepository *training;
  KrUnitRepository *units;
  GCancellable *cancellable;
  gboolean loading;
  gboolean reload_pending;
  GPtrArray *budgets; /* KrTrainingBudget, as shown */

  /* The allocation dialog while it is open. */
  AdwMessageDialog *allocation_dialog;
  GtkDropDown *allocation_unit;
  GArray *allocation_unit_ids;
  GtkEntry *allocation_entry;
  gint64 allocation_unit_id;

  GtkSpinButton *year_spin;
  GtkLabel *total_label;
  GtkStack *stack;
  AdwStatusPage *empty_page;
  GtkListBox *list;
};

G_DEFINE_FINAL_TYPE (KrTrainingBudgetView, kr_training_budget_view, ADW_TYPE_BIN)

/* Reading, in a worker */

static gpointer
read_budgets (KrTrainingRepository *repository,
              gpointer data,
              GCancellable *cancellable,
              GError **error)
{
  return kr_training_repository_list_budgets (repository, GPOINTER_TO_UINT (data), error);
}

/* Showing */

static char *
describe_budget (const KrTrainingBudget *budget)
{
  g_autofree char *allocated = kr_training_format_money (budget->allocated);
  g_autofree char *committed = kr_training_format_money (budget->committed);
  g_autofree char *spent = kr_training_format_money (budget->spent);
  g_autofree char *pending = kr_training_format_money (budget->pending);

  /* Translators: the money of a unit's training budget */
  return g_strdup_printf (_ ("Allocated %s · committed %s · spent %s · pending %s"), allocated,
                          committed, spent, pending);
}

static GtkWidget *
new_budget_row (KrTrainingBudgetView *self, const KrTrainingBudget *budget)
{
  g_autofree char *subtitle = describe_budget (budget);
  g_autofree char *available = kr_training_format_money (budget->available);
  GtkWidget *row = kr_training_row_new (budget->unit_name, subtitle);
  GtkWidget *value = kr_training_row_add_value (row, available);

  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_widget_set_tooltip_text (value, _ ("Available"));
  if (budget->available < 0)
    gtk_widget_add_css_class (value, "error");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             kr_training_icon_button_new ("x-office-spreadsheet-symbolic",
                                                          _ ("Propose a Training Plan"),
                                                          "budget.propose-plan", budget->unit_id));
  if (kr_training_can (self->database, KR_PERMISSION_WRITE_TRAINING))
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               kr_training_icon_button_new ("document-edit-symbolic",
                                                            _ ("Set the Allocation"), "budget.edit",
                                                            budget->unit_id));
  return row;
}

static void
show_budgets (KrTrainingBudgetView *self)
{
  gint64 allocated = 0, available = 0;
  g_autofree char *allocated_text = NULL;
  g_autofree char *available_text = NULL;
  g_autofree char *total = NULL;

  kr_training_clear_list (self->list);
  for (guint i = 0; i < self->budgets->len; i++)
    {
      const KrTrainingBudget *budget = g_ptr_array_index (self->budgets, i);

      allocated += budget->allocated;
      available += budget->available;
      gtk_list_box_append (self->list, new_budget_row (self, budget));
    }
  allocated_text = kr_training_format_money (allocated);
  available_text = kr_training_format_money (available);
  /* Translators: the sums of the budgets listed */
  total =
      g_strdup_printf (ngettext ("%u budget · allocated %s · available %s",
                                 "%u budgets · allocated %s · available %s", self->budgets->len),
                       self->budgets->len, allocated_text, available_text);
  gtk_label_set_label (self->total_label, total);
  gtk_stack_set_visible_child_name (self->stack, self->budgets->len > 0 ? "list" : "empty");
}

static void reload (KrTrainingBudgetView *self);

static void
read_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrTrainingBudgetView *self = KR_TRAINING_BUDGET_VIEW (source);
  g_autoptr (GError) error = NULL;
  GPtrArray *budgets = kr_training_read_job_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self->loading = FALSE;
  if (self->reload_pending)
    {
      g_clear_pointer (&budgets, g_ptr_array_unref);
      reload (self);
      return;
    }
  if (budgets == NULL)
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      adw_status_page_set_title (self->empty_page, _ ("The Budgets Cannot Be Read"));
      adw_status_page_set_description (self->empty_page, markup);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  g_clear_pointer (&self->budgets, g_ptr_array_unref);
  self->budgets = budgets;
  adw_status_page_set_title (self->empty_page, _ ("No Budgets for This Year"));
  adw_status_page_set_description (
      self->empty_page, kr_training_can (self->database, KR_PERMISSION_WRITE_TRAINING)
                            ? _ ("Set the training allocation of a unit to check nominations "
                                 "against it.")
                            : _ ("No unit has a training allocation for this year."));
  show_budgets (self);
}

static void
reload (KrTrainingBudgetView *self)
{
  gboolean writable = kr_training_can (self->database, KR_PERMISSION_WRITE_TRAINING);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "budget.add", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "budget.edit", writable);
  if (self->training == NULL)
    {
      g_ptr_array_set_size (self->budgets, 0);
      show_budgets (self);
      return;
    }
  if (self->loading)
    {
      self->reload_pending = TRUE;
      return;
    }
  self->loading = TRUE;
  self->reload_pending = FALSE;
  kr_training_read_job_run (self, self->training, read_budgets,
                            GUINT_TO_POINTER (gtk_spin_button_get_value_as_int (self->year_spin)),
                            NULL, (GDestroyNotify) g_ptr_array_unref, self->cancellable,
                            read_done_cb, NULL);
}

static void
on_training_changed_cb (KrTrainingRepository *training, guint mask, KrTrainingBudgetView *self)
{
  if (mask &
      (KR_TRAINING_CHANGE_BUDGETS | KR_TRAINING_CHANGE_ENROLMENTS | KR_TRAINING_CHANGE_SESSIONS))
    reload (self);
}

/* Setting an allocation */

static const KrTrainingBudget *
find_budget (KrTrainingBudgetView *self, gint64 unit_id)
{
  for (guint i = 0; self->budgets != NULL && i < self->budgets->len; i++)
    {
      const KrTrainingBudget *budget = g_ptr_array_index (self->budgets, i);

      if (budget->unit_id == unit_id)
        return budget;
    }
  return NULL;
}

static gboolean
read_allocation (KrTrainingBudgetView *self, gint64 *unit_id, gint64 *allocated)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->allocation_entry));

  *unit_id =
      self->allocation_unit != NULL
          ? kr_training_unit_dropdown_get_unit (self->allocation_unit, self->allocation_unit_ids)
          : self->allocation_unit_id;
  return *unit_id > 0 && kr_training_parse_money (text, allocated);
}

static void
on_allocation_changed_cb (KrTrainingBudgetView *self)
{
  gint64 unit_id, allocated;
  gboolean valid = read_allocation (self, &unit_id, &allocated);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->allocation_entry));

  adw_message_dialog_set_response_enabled (self->allocation_dialog, "set", valid);
  if (valid || text[0] == '\0')
    gtk_widget_remove_css_class (GTK_WIDGET (self->allocation_entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->allocation_entry), "error");
}

static void
on_allocation_response_cb (AdwMessageDialog *dialog,
                           const char *response,
                           KrTrainingBudgetView *self)
{
  guint year = gtk_spin_button_get_value_as_int (self->year_spin);
  g_autoptr (GError) error = NULL;
  gint64 unit_id = 0, allocated = -1;
  gboolean ok = TRUE;

  if (g_strcmp0 (response, "set") == 0 && read_allocation (self, &unit_id, &allocated))
    ok = kr_training_repository_set_budget (self->training, unit_id, year, allocated, &error);
  else if (g_strcmp0 (response, "remove") == 0)
    ok = kr_training_repository_set_budget (self->training, self->allocation_unit_id, year, -1,
                                            &error);
  if (!ok)
    kr_training_show_toast (GTK_WIDGET (self), error->message);
  self->allocation_dialog = NULL;
  self->allocation_unit = NULL;
  self->allocation_entry = NULL;
}

static void
open_allocation_dialog (KrTrainingBudgetView *self, const KrTrainingBudget *budget)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  guint year = gtk_spin_button_get_value_as_int (self->year_spin);
  g_autofree char *heading = NULL;

  heading = budget != NULL
                ? g_strdup_printf (_ ("Training Budget of %s, %u"), budget->unit_name, year)
                : g_strdup_printf (_ ("New Training Budget, %u"), year);
  self->allocation_dialog = ADW_MESSAGE_DIALOG (
      adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
                              _ ("The money the unit may spend on training this year. "
                                 "Nominations of its employees and of the units below it are "
                                 "checked against it.")));
  self->allocation_unit = NULL;
  self->allocation_unit_id = budget != NULL ? budget->unit_id : 0;
  if (budget == NULL)
    {
      self->allocation_unit = kr_training_unit_dropdown_new (self->allocation_unit_ids);
      kr_training_unit_dropdown_fill (self->allocation_unit, self->allocation_unit_ids,
                                      self->database, self->units, FALSE);
      g_signal_connect_object (self->allocation_unit, "notify::selected",
                               G_CALLBACK (on_allocation_changed_cb), self, G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->allocation_unit));
    }
  self->allocation_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->allocation_entry, "Rp 0");
  gtk_entry_set_input_purpose (self->allocation_entry, GTK_INPUT_PURPOSE_DIGITS);
  gtk_entry_set_activates_default (self->allocation_entry, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->allocation_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Allocation"), -1);
  if (budget != NULL)
    {
      g_autofree char *text = kr_training_format_money (budget->allocated);

      gtk_editable_set_text (GTK_EDITABLE (self->allocation_entry), text);
    }
  g_signal_connect_object (self->allocation_entry, "changed", G_CALLBACK (on_allocation_changed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->allocation_entry));
  adw_message_dialog_set_extra_child (self->allocation_dialog, box);
  adw_message_dialog_add_response (self->allocation_dialog, "cancel", _ ("_Cancel"));
  if (budget != NULL && budget->id != 0)
    {
      adw_message_dialog_add_response (self->allocation_dialog, "remove", _ ("_Remove"));
      adw_message_dialog_set_response_appearance (self->allocation_dialog, "remove",
                                                  ADW_RESPONSE_DESTRUCTIVE);
    }
  adw_message_dialog_add_response (self->allocation_dialog, "set", _ ("_Set"));
  adw_message_dialog_set_response_appearance (self->allocation_dialog, "set",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (self->allocation_dialog, "set");
  adw_message_dialog_set_close_response (self->allocation_dialog, "cancel");
  g_signal_connect_object (self->allocation_dialog, "response",
                           G_CALLBACK (on_allocation_response_cb), self, 0);
  on_allocation_changed_cb (self);
  gtk_window_present (GTK_WINDOW (self->allocation_dialog));
}

static void
add_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  open_allocation_dialog (KR_TRAINING_BUDGET_VIEW (widget), NULL);
}

static void
edit_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTrainingBudgetView *self = KR_TRAINING_BUDGET_VIEW (widget);
  const KrTrainingBudget *budget = find_budget (self, g_variant_get_int64 (parameter));

  if (budget != NULL)
    open_allocation_dialog (self, budget);
}

/* The plan */

static void
on_plan_applied_cb (KrTrainingPlanDialog *dialog, guint n_nominated, KrTrainingBudgetView *self)
{
  g_autofree char *message = g_strdup_printf (
      ngettext ("%u nomination made", "%u nominations made", n_nominated), n_nominated);

  kr_training_show_toast (GTK_WIDGET (self), message);
}

static void
propose_plan_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTrainingBudgetView *self = KR_TRAINING_BUDGET_VIEW (widget);
  const KrTrainingBudget *budget = find_budget (self, g_variant_get_int64 (parameter));
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  if (budget == NULL || self->training == NULL)
    return;
  dialog =
      kr_training_plan_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->training,
                                   budget->unit_id, budget->unit_name, budget->year);
  g_signal_connect_object (dialog, "applied", G_CALLBACK (on_plan_applied_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Building */

static GtkWidget *
build (KrTrainingBudgetView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *add = gtk_button_new_with_mnemonic (_ ("_Add Budget…"));

  self->year_spin = kr_training_year_spin_new (_ ("Year"));
  g_signal_connect_swapped (self->year_spin, "value-changed", G_CALLBACK (reload), self);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "budget.add");
  gtk_box_append (GTK_BOX (toolbar), GTK_WIDGET (self->year_spin));
  gtk_widget_set_hexpand (add, TRUE);
  gtk_widget_set_halign (add, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (toolbar), add);

  self->total_label = kr_training_count_label_new ();
  gtk_label_set_wrap (self->total_label, TRUE);
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Training budgets"), -1);
  gtk_widget_set_valign (GTK_WIDGET (self->list), GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), kr_training_boxed_page_new (
                                     toolbar, GTK_WIDGET (self->total_label),
                                     GTK_WIDGET (self->list), &self->stack, &self->empty_page));
  adw_status_page_set_icon_name (self->empty_page, "x-office-spreadsheet-symbolic");
  return box;
}

/* API */

GtkWidget *
kr_training_budget_view_new (void)
{
  return g_object_new (KR_TYPE_TRAINING_BUDGET_VIEW, NULL);
}

void
kr_training_budget_view_set_repositories (KrTrainingBudgetView *self,
                                          KrDatabase *database,
                                          KrTrainingRepository *training,
                                          KrUnitRepository *units)
{
  g_return_if_fail (KR_IS_TRAINING_BUDGET_VIEW (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->loading = FALSE;
  if (self->training != NULL)
    g_signal_handlers_disconnect_by_func (self->training, on_training_changed_cb, self);
  g_set_object (&self->database, database);
  g_set_object (&self->training, training);
  g_set_object (&self->units, units);
  if (training != NULL)
    g_signal_connect_object (training, "changed", G_CALLBACK (on_training_changed_cb), self, 0);
  reload (self);
}

void
kr_training_budget_view_set_year (KrTrainingBudgetView *self, guint year)
{
  g_return_if_fail (KR_IS_TRAINING_BUDGET_VIEW (self));
  gtk_spin_button_set_value (self->year_spin, year);
}

gboolean
kr_training_budget_view_get_loading (KrTrainingBudgetView *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_BUDGET_VIEW (self), FALSE);
  return self->loading;
}

GPtrArray *
kr_training_budget_view_get_budgets (KrTrainingBudgetView *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_BUDGET_VIEW (self), NULL);
  return self->budgets;
}

static void
kr_training_budget_view_dispose (GObject *object)
{
  KrTrainingBudgetView *self = KR_TRAINING_BUDGET_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->allocation_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->allocation_dialog));
  if (self->training != NULL)
    g_signal_handlers_disconnect_by_func (self->training, on_training_changed_cb, self);
  g_clear_object (&self->training);
  g_clear_object (&self->units);
  g_clear_object (&self->database);
  g_clear_pointer (&self->budgets, g_ptr_array_unref);
  g_clear_pointer (&self->allocation_unit_ids, g_array_unref);

  G_OBJECT_CLASS (kr_training_budget_view_parent_class)->dispose (object);
}

static void
kr_training_budget_view_class_init (KrTrainingBudgetViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_training_budget_view_dispose;
  gtk_widget_class_install_action (widget_class, "budget.add", NULL, add_action_cb);
  gtk_widget_class_install_action (widget_class, "budget.edit", "x", edit_action_cb);
  gtk_widget_class_install_action (widget_class, "budget.propose-plan", "x",
                                   propose_plan_action_cb);
}

static void
kr_training_budget_view_init (KrTrainingBudgetView *self)
{
  self->cancellable = g_cancellable_new ();
  self->budgets = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_training_budget_free);
  self->allocation_unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  adw_bin_set_child (ADW_BIN (self), build (self));
  reload (self);
}
