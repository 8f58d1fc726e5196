/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-appraisal-editor.h"
#include "kr-appraisals-page.h"

G_BEGIN_DECLS

struct _KrAppraisalsPage
{
  AdwBin parent_instance;

  KrDatabase *database;
  KrAppraisalRepository *repository;
  KrEmployeeRepository *employees;
  KrUnitRepository *units;
  KrAppraisalModel *model;
  GtkSingleSelection *selection;
  GArray *unit_ids;
  KrAppraisalCycle cycle;
  /* The evaluation the editor shows, by its position in the list (the review queue). */
  guint open_position;
  GCancellable *badge_cancellable;
  GtkFileChooserNative *editor_chooser;
  /* Set while the page changes its filters itself. */
  gboolean filling;

  AdwLeaflet *leaflet;
  GtkWidget *list_page;
  AdwHeaderBar *list_header;
  GtkWidget *back_button;
  GtkToggleButton *review_button;
  GtkLabel *review_badge;
  AdwWindowTitle *list_title;
  GtkMenuButton *menu_button;
  GtkToggleButton *search_button;
  GtkSpinButton *year_spin;
  GtkDropDown *period_dropdown;
  GtkDropDown *unit_dropdown;
  GtkDropDown *state_dropdown;
  GtkSearchBar *search_bar;
  GtkSearchEntry *search_entry;
  GtkStack *list_stack;
  GtkColumnView *column_view;
  AdwStatusPage *empty_page;
  GtkWidget *empty_start_button;
  AdwStatusPage *error_page;
  KrAppraisalEditor *editor;
};

/* kr-appraisals-page.c */
guint _kr_appraisals_page_get_year (KrAppraisalsPage *self);
gint64 _kr_appraisals_page_get_unit (KrAppraisalsPage *self);
void _kr_appraisals_page_reload (KrAppraisalsPage *self);

/* kr-appraisals-page-actions.c: appraisals.start, .cycle, .import-pp46, .unit-results,
 * .follow-up, .print-selected, .export-selected */
void _kr_appraisals_page_class_add_actions (GtkWidgetClass *widget_class);
void _kr_appraisals_page_update_actions (KrAppraisalsPage *self);

G_END_DECLS
