/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-employee-repository.h"
#include "kr-training-catalogue.h"
#include "kr-training-repository.h"
#include "kr-unit-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_TRAINING_PAGE (kr_training_page_get_type ())

G_DECLARE_FINAL_TYPE (KrTrainingPage, kr_training_page, KR, TRAINING_PAGE, AdwBin)

/* The Training section: a header bar with a view switcher (a switcher bar at the bottom when
 * the window is narrow) over the views Catalogue, Compliance, Budgets, Needs and Mentoring.
 * Property "folded" (the window's sidebar is folded: show a back button). Ctrl+F searches the
 * catalogue, Ctrl+N adds a course. */
GtkWidget *kr_training_page_new (void);

/* Hands the open database's repositories to every view; all NULL while none is open. */
void kr_training_page_set_repositories (KrTrainingPage *self,
                                        KrDatabase *database,
                                        KrTrainingRepository *training,
                                        KrEmployeeRepository *employees,
                                        KrUnitRepository *units);

/* Where "the list on the Employees page" comes from when nominating: @func returns that page's
 * query (or NULL). */
void kr_training_page_set_employees_query_func (KrTrainingPage *self,
                                                KrEmployeesQueryFunc func,
                                                gpointer user_data);

/* The view shown: "catalogue", "compliance", "budgets", "needs" or "mentoring". */
const char *kr_training_page_get_view (KrTrainingPage *self);
void kr_training_page_set_view (KrTrainingPage *self, const char *name);

KrTrainingCatalogue *kr_training_page_get_catalogue (KrTrainingPage *self);

G_END_DECLS
