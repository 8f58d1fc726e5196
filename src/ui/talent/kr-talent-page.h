/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-selection-repository.h"
#include "kr-selections-view.h"
#include "kr-succession-view.h"
#include "kr-talent-pool-view.h"
#include "kr-talent-repository.h"
#include "kr-unit-repository.h"
#include "kr-vacancies-view.h"
#include "kr-vacancy-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_TALENT_PAGE (kr_talent_page_get_type ())

G_DECLARE_FINAL_TYPE (KrTalentPage, kr_talent_page, KR, TALENT_PAGE, AdwBin)

/* The Selection & Talent section: a header bar with a view switcher (a switcher bar at the
 * bottom when the window is narrow) over the views Vacancies, Selections, Talent Pool and
 * Succession. Property "folded" (the window's sidebar is folded: show a back button). */
GtkWidget *kr_talent_page_new (void);

/* Hands the open database's repositories to every view; all NULL while none is open. */
void kr_talent_page_set_repositories (KrTalentPage *self,
                                      KrDatabase *database,
                                      KrVacancyRepository *vacancies,
                                      KrSelectionRepository *selections,
                                      KrTalentRepository *talent,
                                      KrUnitRepository *units);

/* The view shown: "vacancies", "selections", "pool" or "succession". */
const char *kr_talent_page_get_view (KrTalentPage *self);
void kr_talent_page_set_view (KrTalentPage *self, const char *name);

KrVacanciesView *kr_talent_page_get_vacancies (KrTalentPage *self);
KrSelectionsView *kr_talent_page_get_selections (KrTalentPage *self);
KrTalentPoolView *kr_talent_page_get_pool (KrTalentPage *self);
KrSuccessionView *kr_talent_page_get_succession (KrTalentPage *self);

G_END_DECLS
