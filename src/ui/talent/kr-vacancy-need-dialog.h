/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-vacancy-repository.h"

G_BEGIN_DECLS

/* Asks for a position's need (kebutuhan: 0 to 100,000 holders) and its basis (the analysis it
 * comes from, e.g. "Anjab/ABK 2025"), then records it (kr_vacancy_repository_set_need ()); a
 * recorded need can also be cleared (kr_vacancy_repository_clear_need ()), the position falling
 * back to the default. Save stays off while the need is not a whole number in range (the field
 * says why); a refusal shows as a toast over @widget. Needs KR_PERMISSION_WRITE_TALENT.
 *
 * Responses: "cancel", "save", and "clear" when a need is recorded. */
void kr_vacancy_need_dialog_show (GtkWidget *widget,
                                  KrVacancyRepository *vacancies,
                                  const KrVacancy *vacancy);

G_END_DECLS
