/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-employee-profile.h"
#include "kr-employee-query.h"
#include "kr-employees-page.h"
#include "kr-slot-model.h"

G_BEGIN_DECLS

struct _KrEmployeesPage
{
  AdwBin parent_instance;

  KrDatabase *database;
  KrEmployeeRepository *repository;
  KrUnitRepository *units;
  GtkFileChooserNative *chooser;
  KrEmployeeList *list;
  /* What the column view shows: the positions of the list (kr-slot-model.h). */
  KrSlotModel *slots;
  KrEmployeeQuery *query;
  GtkSingleSelection *selection;
  GArray *unit_ids;
  GArray *golongan_codes;
  gboolean units_loaded;
  int sort_key;
  gboolean sort_descending;
  GDate today;

  GtkDropDown *unit_dropdown;
  GtkDropDown *golongan_min_dropdown;
  GtkDropDown *golongan_max_dropdown;
  GtkDropDown *position_kind_dropdown;
  GtkDropDown *employee_kind_dropdown;
  GtkDropDown *status_dropdown;
  GtkSpinButton *retiring_spin;

  AdwLeaflet *leaflet;
  GtkWidget *list_page;
  AdwHeaderBar *list_header;
  GtkWidget *back_button;
  AdwWindowTitle *list_title;
  GtkMenuButton *filter_button;
  GtkPopover *filter_popover;
  GtkGrid *filter_grid;
  GtkToggleButton *search_button;
  GtkSearchBar *search_bar;
  GtkSearchEntry *search_entry;
  GtkWidget *add_button;
  GtkStack *list_stack;
  GtkColumnView *column_view;
  AdwStatusPage *empty_page;
  GtkWidget *empty_buttons;
  AdwStatusPage *error_page;
  GtkWidget *detail_page;
  KrEmployeeProfile *profile;
};

/* kr-employees-page-actions.c: employees.add, .manage-units, .import, .export, .print-duk,
 * .print (Ctrl+P), the actions that open a dialog or run a job over the list. */
void _kr_employees_page_class_add_dialog_actions (GtkWidgetClass *widget_class);

/* kr-employees-page.c: runs the page's query and shows its state and count. */
void _kr_employees_page_apply_query (KrEmployeesPage *self);

/* kr-employees-page-filters.c: the filter popover; employees.clear-filters. */
void _kr_employees_page_build_filters (KrEmployeesPage *self);
void _kr_employees_page_load_units (KrEmployeesPage *self);
void _kr_employees_page_reset_filters (KrEmployeesPage *self);
void _kr_employees_page_class_add_filter_actions (GtkWidgetClass *widget_class);

G_END_DECLS
