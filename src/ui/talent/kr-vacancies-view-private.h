/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-vacancies-view.h"

G_BEGIN_DECLS

/* Shared by the files of the vacancies view:
 * - kr-vacancies-view.c: the object, the toolbar, reading in a worker;
 * - kr-vacancies-columns.c: the columns and their cells (the need with its edit button, the
 *   selection button). */

typedef enum
{
  COLUMN_POSITION,
  COLUMN_NEED,
  COLUMN_HOLDERS,
  COLUMN_RETIRING,
  COLUMN_SHORTFALL,
  COLUMN_REASONS,
  COLUMN_SELECTION,
  N_COLUMNS
} Column;

struct _KrVacanciesView
{
  AdwBin parent_instance;

  KrDatabase *database;
  KrVacancyRepository *vacancies;
  KrSelectionRepository *selections;
  KrUnitRepository *units;
  GListStore *store;
  GArray *unit_ids;
  GCancellable *cancellable;
  gboolean loading;
  gboolean filling;

  GtkDropDown *unit_dropdown;
  GtkDropDown *reason_dropdown;
  GtkSearchEntry *search_entry;
  GtkWidget *export_button;
  GtkLabel *count_label;
  GtkStack *stack;
  AdwStatusPage *empty_page;
};

/* Appends the columns of the list to @view. */
void _kr_vacancies_view_add_columns (KrVacanciesView *self, GtkColumnView *view);

/* Shows the running selection of @vacancy, or asks to start one. */
void _kr_vacancies_view_open_selection (KrVacanciesView *self, const KrVacancy *vacancy);

G_END_DECLS
