/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-vacancy-repository.h"

G_BEGIN_DECLS

/* Exporting the formasi proposal (kr_vacancy_repository_write_formasi ()) as CSV in a worker
 * (kr-export-job.h). */

/* Asks where to save the proposal of @query, then writes it; a toast says how many positions. */
void
kr_vacancies_export_formasi (GtkWidget *widget, KrDatabase *database, const KrVacancyQuery *query);

/* The same, straight to @path (no chooser): for tests. @done as kr_export_job_run () takes it. */
void kr_vacancies_export_formasi_to (GtkWidget *widget,
                                     KrDatabase *database,
                                     const KrVacancyQuery *query,
                                     const char *path,
                                     GAsyncReadyCallback done,
                                     gpointer user_data);

G_END_DECLS
