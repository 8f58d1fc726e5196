/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-database.h"
#include "kr-training-repository.h"
#include "kr-unit-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_TRAINING_COMPLIANCE_VIEW (kr_training_compliance_view_get_type ())

G_DECLARE_FINAL_TYPE (KrTrainingComplianceView,
                      kr_training_compliance_view,
                      KR,
                      TRAINING_COMPLIANCE_VIEW,
                      AdwBin)

/* The JP compliance of a unit and year: a unit chooser (with its subtree or not), the year, "Only
 * below the duty", a search, and the lazy list of employees sorted by gap (largest first) with
 * their JP, planned JP and duty; the count, export to CSV and print of the Indonesian list
 * (DAFTAR PEMENUHAN PENGEMBANGAN KOMPETENSI). */
GtkWidget *kr_training_compliance_view_new (void);

/* Shows what the open database's signed-in identity may read; all NULL while none is open. */
void kr_training_compliance_view_set_repositories (KrTrainingComplianceView *self,
                                                   KrDatabase *database,
                                                   KrTrainingRepository *training,
                                                   KrUnitRepository *units);

/* Shows @unit_id (0: every unit; it must be listed in the unit chooser) with or without the
 * units below, in @year, only those below the duty or everyone, matching @search (nullable). */
void kr_training_compliance_view_set_filter (KrTrainingComplianceView *self,
                                             gint64 unit_id,
                                             gboolean subtree,
                                             guint year,
                                             gboolean only_short,
                                             const char *search);

/* For tests: the list shown (KrTrainingComplianceItem) and the count above it. */
GListModel *kr_training_compliance_view_get_model (KrTrainingComplianceView *self);
const char *kr_training_compliance_view_get_count_label (KrTrainingComplianceView *self);

G_END_DECLS
