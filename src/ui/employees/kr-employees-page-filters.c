/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-employees-page"

#include "config.h"

#include <glib/gi18n.h>

#include "kr-employee-query.h"
#include "kr-employee.h"
#include "kr-employees-page-private.h"
#include "kr-position.h"
#include "kr-rank.h"
#include "kr-training-widgets.h"

/* The filters of the Employees page: a popover of drop-downs, each change re-queries; the
 * unit drop-down is filled when the popover first opens. */

static int
selected_or_any (GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  /* Item 0 is "Any"; the others follow the enum's order. */
  return selected == 0 || selected == GTK_INVALID_LIST_POSITION ? -1 : (int) selected - 1;
}

static guint
selected_golongan (KrEmployeesPage *self, GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->golongan_codes->len)
    return 0;
  return g_array_index (self->golongan_codes, guint, selected);
}

static void
read_filters (KrEmployeesPage *self)
{
  guint unit_index = gtk_drop_down_get_selected (self->unit_dropdown);
  gint64 unit_id = 0;

  if (unit_index != GTK_INVALID_LIST_POSITION && unit_index < self->unit_ids->len)
    unit_id = g_array_index (self->unit_ids, gint64, unit_index);

  kr_employee_query_set_unit (self->query, unit_id);
  kr_employee_query_set_golongan_range (self->query,
                                        selected_golongan (self, self->golongan_min_dropdown),
                                        selected_golongan (self, self->golongan_max_dropdown));
  kr_employee_query_set_position_kind (self->query, selected_or_any (self->position_kind_dropdown));
  kr_employee_query_set_employee_kind (self->query, selected_or_any (self->employee_kind_dropdown));
  kr_employee_query_set_status (self->query, selected_or_any (self->status_dropdown));
  kr_employee_query_set_retiring_within (
      self->query, (guint) gtk_spin_button_get_value_as_int (self->retiring_spin), &self->today);
}

static void
on_filter_changed_cb (KrEmployeesPage *self)
{
  read_filters (self);
  _kr_employees_page_apply_query (self);
}

static GtkDropDown *
add_filter_row (KrEmployeesPage *self, int row, const char *label, GtkStringList *items)
{
  GtkWidget *title = gtk_label_new_with_mnemonic (label);
  /* gtk_drop_down_new () takes the model; the caller keeps its own reference. */
  GtkWidget *dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (items)), NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0.0f);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), dropdown);
  gtk_widget_set_hexpand (dropdown, TRUE);
  gtk_grid_attach (self->filter_grid, title, 0, row, 1, 1);
  gtk_grid_attach (self->filter_grid, dropdown, 1, row, 1, 1);
  g_signal_connect_swapped (dropdown, "notify::selected", G_CALLBACK (on_filter_changed_cb), self);

  return GTK_DROP_DOWN (dropdown);
}

static GtkStringList *
labels_with_any (const char *any, const char *(*get_label) (int), int n)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, any);
  for (int i = 0; i < n; i++)
    gtk_string_list_append (list, get_label (i));

  return list;
}

static const char *
position_kind_label (int kind)
{
  return kr_position_kind_get_label ((KrPositionKind) kind);
}

static const char *
employee_kind_label (int kind)
{
  return kr_employee_kind_get_label ((KrEmployeeKind) kind);
}

static const char *
status_label (int status)
{
  return kr_employee_status_get_label ((KrEmployeeStatus) status);
}

static GtkStringList *
golongan_labels (KrEmployeesPage *self)
{
  GtkStringList *list = gtk_string_list_new (NULL);
  guint any = 0;

  g_array_set_size (self->golongan_codes, 0);
  gtk_string_list_append (list, _ ("Any"));
  g_array_append_val (self->golongan_codes, any);
  for (guint i = 0; i < KR_N_RANKS; i++)
    {
      guint code = kr_rank_get_code ((KrRank) i);

      gtk_string_list_append (list, kr_rank_get_golongan ((KrRank) i));
      g_array_append_val (self->golongan_codes, code);
    }
  for (guint g = KR_PPPK_GOLONGAN_MIN; g <= KR_PPPK_GOLONGAN_MAX; g++)
    {
      guint code = 100 + g;
      /* Translators: a PPPK grade in a list beside the PNS ones: "PPPK IX" */
      g_autofree char *label = g_strdup_printf (_ ("PPPK %s"), kr_pppk_golongan_to_roman (g));

      gtk_string_list_append (list, label);
      g_array_append_val (self->golongan_codes, code);
    }

  return list;
}

static void
clear_filters_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrEmployeesPage *self = KR_EMPLOYEES_PAGE (widget);
  GtkDropDown *dropdowns[] = { self->unit_dropdown,          self->golongan_min_dropdown,
                               self->golongan_max_dropdown,  self->position_kind_dropdown,
                               self->employee_kind_dropdown, self->status_dropdown };

  for (guint i = 0; i < G_N_ELEMENTS (dropdowns); i++)
    gtk_drop_down_set_selected (dropdowns[i], 0);
  gtk_spin_button_set_value (self->retiring_spin, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  read_filters (self);
  kr_employee_query_set_search (self->query, NULL);
  _kr_employees_page_apply_query (self);
}

void
_kr_employees_page_build_filters (KrEmployeesPage *self)
{
  g_autoptr (GtkStringList) units = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) golongan_min = golongan_labels (self);
  g_autoptr (GtkStringList) golongan_max = golongan_labels (self);
  g_autoptr (GtkStringList) position_kinds =
      labels_with_any (_ ("Any"), position_kind_label, KR_N_POSITION_KINDS);
  g_autoptr (GtkStringList) employee_kinds =
      labels_with_any (_ ("Any"), employee_kind_label, KR_N_EMPLOYEE_KINDS);
  g_autoptr (GtkStringList) statuses =
      labels_with_any (_ ("Any"), status_label, KR_N_EMPLOYEE_STATUSES);
  g_autoptr (GtkExpression) expression = NULL;
  GtkWidget *retiring_label, *clear;
  gint64 all = 0;

  gtk_string_list_append (units, _ ("All units"));
  g_array_append_val (self->unit_ids, all);
  self->unit_dropdown = add_filter_row (self, 0, _ ("_Unit"), units);
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (self->unit_dropdown, expression);
  gtk_drop_down_set_enable_search (self->unit_dropdown, TRUE);
  self->golongan_min_dropdown = add_filter_row (self, 1, _ ("Grade _from"), golongan_min);
  self->golongan_max_dropdown = add_filter_row (self, 2, _ ("Grade _to"), golongan_max);
  self->position_kind_dropdown = add_filter_row (self, 3, _ ("_Position kind"), position_kinds);
  self->employee_kind_dropdown = add_filter_row (self, 4, _ ("_Employee kind"), employee_kinds);
  self->status_dropdown = add_filter_row (self, 5, _ ("_Legal status"), statuses);

  retiring_label = gtk_label_new_with_mnemonic (_ ("_Retiring within (months)"));
  gtk_label_set_xalign (GTK_LABEL (retiring_label), 0.0f);
  self->retiring_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 120, 1));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->retiring_spin),
                               _ ("Employees who reach their retirement age (BUP) within this "
                                  "many months; 0 shows everyone"));
  gtk_label_set_mnemonic_widget (GTK_LABEL (retiring_label), GTK_WIDGET (self->retiring_spin));
  g_signal_connect_swapped (self->retiring_spin, "value-changed", G_CALLBACK (on_filter_changed_cb),
                            self);
  gtk_grid_attach (self->filter_grid, retiring_label, 0, 6, 1, 1);
  gtk_grid_attach (self->filter_grid, GTK_WIDGET (self->retiring_spin), 1, 6, 1, 1);

  clear = gtk_button_new_with_mnemonic (_ ("_Clear Search and Filters"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (clear), "employees.clear-filters");
  gtk_widget_set_margin_top (clear, 6);
  gtk_grid_attach (self->filter_grid, clear, 0, 7, 2, 1);
}

/* The unit drop-down lists the tree depth-first, indented, read when the popover first
 * opens (a province has thousands of units; most sessions never filter by one). */
static void
load_units (KrEmployeesPage *self)
{
  if (self->units_loaded || self->units == NULL)
    return;

  /* Replace the items in one go; the selection stays on the first, "All units" (or the unit
   * a unit head leads, whose subtree is all they read). */
  g_signal_handlers_block_by_func (self->unit_dropdown, on_filter_changed_cb, self);
  kr_training_unit_dropdown_fill (self->unit_dropdown, self->unit_ids, self->database, self->units,
                                  TRUE);
  g_signal_handlers_unblock_by_func (self->unit_dropdown, on_filter_changed_cb, self);
  self->units_loaded = TRUE;
}

void
_kr_employees_page_load_units (KrEmployeesPage *self)
{
  load_units (self);
}

void
_kr_employees_page_class_add_filter_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "employees.clear-filters", NULL,
                                   clear_filters_action_cb);
}

/* Forgets the search and filters, and the unit names the filter listed. */
void
_kr_employees_page_reset_filters (KrEmployeesPage *self)
{
  g_autoptr (GtkStringList) units = gtk_string_list_new (NULL);
  gint64 all = 0;

  g_signal_handlers_block_by_func (self->unit_dropdown, on_filter_changed_cb, self);
  gtk_string_list_append (units, _ ("All units"));
  gtk_drop_down_set_model (self->unit_dropdown, G_LIST_MODEL (units));
  g_signal_handlers_unblock_by_func (self->unit_dropdown, on_filter_changed_cb, self);
  g_array_set_size (self->unit_ids, 0);
  g_array_append_val (self->unit_ids, all);
  clear_filters_action_cb (GTK_WIDGET (self), NULL, NULL);
}
