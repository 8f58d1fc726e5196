/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-database.h"
#include "kr-selection-repository.h"
#include "kr-unit-repository.h"
#include "kr-vacancy-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_VACANCIES_VIEW (kr_vacancies_view_get_type ())

G_DECLARE_FINAL_TYPE (KrVacanciesView, kr_vacancies_view, KR, VACANCIES_VIEW, AdwBin)

/* Vacancies by unit (kr_vacancy_repository_list (), read in a worker): positions vacant now,
 * emptied by retirement within 24 months, or with fewer holders than needed; a summary of the
 * formasi proposal, CSV export of it, and "Start selection" for a vacancy.
 *
 * Signal "show-selection" (gint64 selection_id): a selection was started for a vacancy, or the
 * running one of a vacancy was asked for; the section page shows it in the selections view
 * (kr_selections_view_show_selection ()). */
KrVacanciesView *kr_vacancies_view_new (void);

/* All NULL while no database is open. */
void kr_vacancies_view_set_repositories (KrVacanciesView *self,
                                         KrDatabase *database,
                                         KrVacancyRepository *vacancies,
                                         KrSelectionRepository *selections,
                                         KrUnitRepository *units);

/* @unit_id 0: every unit in scope (with the units below); @reasons a KrVacancyReason mask, 0
 * for all. */
void kr_vacancies_view_set_filter (KrVacanciesView *self, gint64 unit_id, guint reasons);

/* For tests */
GListModel *kr_vacancies_view_get_model (KrVacanciesView *self);
gboolean kr_vacancies_view_get_loading (KrVacanciesView *self);
const char *kr_vacancies_view_get_count_label (KrVacanciesView *self);

G_END_DECLS
