/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-database.h"
#include "kr-training-repository.h"
#include "kr-unit-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_TRAINING_NEEDS_VIEW (kr_training_needs_view_get_type ())

G_DECLARE_FINAL_TYPE (KrTrainingNeedsView, kr_training_needs_view, KR, TRAINING_NEEDS_VIEW, AdwBin)

/* Training needs from appraisals: the employees of a unit whose annual evaluation of a year was
 * below Baik or had a rating Di Bawah Ekspektasi, with the courses that address the gap;
 * nominate an employee to a session of a suggested course. */
GtkWidget *kr_training_needs_view_new (void);

/* Shows what the open database's signed-in identity may read; all NULL while none is open. */
void kr_training_needs_view_set_repositories (KrTrainingNeedsView *self,
                                              KrDatabase *database,
                                              KrTrainingRepository *training,
                                              KrUnitRepository *units);

/* The appraisal year shown (last year at first). */
void kr_training_needs_view_set_year (KrTrainingNeedsView *self, guint year);

/* For tests: whether the needs are being read, and those shown (KrTrainingNeed). */
gboolean kr_training_needs_view_get_loading (KrTrainingNeedsView *self);
GPtrArray *kr_training_needs_view_get_needs (KrTrainingNeedsView *self);

G_END_DECLS
