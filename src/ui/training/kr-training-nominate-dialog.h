/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-employee-repository.h"
#include "kr-training-repository.h"
#include "kr-unit-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_TRAINING_NOMINATE_DIALOG (kr_training_nominate_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KrTrainingNominateDialog,
                      kr_training_nominate_dialog,
                      KR,
                      TRAINING_NOMINATE_DIALOG,
                      AdwWindow)

/**
 * KrNominateSource:
 * @KR_NOMINATE_CHOSEN: employees picked one by one (by name or NIP)
 * @KR_NOMINATE_UNIT: the active employees of a unit and the units below it
 * @KR_NOMINATE_EMPLOYEES_LIST: the active employees that the Employees page's search and
 *   filters list now
 */
typedef enum
{
  KR_NOMINATE_CHOSEN,
  KR_NOMINATE_UNIT,
  KR_NOMINATE_EMPLOYEES_LIST,
} KrNominateSource;

/* A dialog that nominates employees to session @session_id: whom (picked, a unit, or the
 * Employees page's list when @employees_query is given, copied), what nominating them would
 * meet (checked in a worker as the choice changes: a full session, prerequisites, budgets, the
 * PPPK JP limit; duplicates and inactive employees are skipped), an override reason when a
 * problem can be overridden, and Nominate (in a worker, one transaction). Reads and writes
 * over connections of its own to the file of @training's database as its signed-in identity. Signal
 * "nominated" (guint n_nominated, guint n_skipped). */
KrTrainingNominateDialog *kr_training_nominate_dialog_new (KrTrainingRepository *training,
                                                           KrEmployeeRepository *employees,
                                                           KrUnitRepository *units,
                                                           gint64 session_id,
                                                           const KrEmployeeQuery *employees_query,
                                                           GError **error);

void
kr_training_nominate_dialog_set_source (KrTrainingNominateDialog *self, KrNominateSource source);
void kr_training_nominate_dialog_add_employee (KrTrainingNominateDialog *self, gint64 employee_id);
void kr_training_nominate_dialog_set_unit (KrTrainingNominateDialog *self, gint64 unit_id);
void kr_training_nominate_dialog_set_override_reason (KrTrainingNominateDialog *self,
                                                      const char *reason);

/* Whether a check or the nomination is running in its worker. */
gboolean kr_training_nominate_dialog_get_busy (KrTrainingNominateDialog *self);

/* The employees the last check found, and its problems. (transfer none) */
GArray *kr_training_nominate_dialog_get_employee_ids (KrTrainingNominateDialog *self);
GPtrArray *kr_training_nominate_dialog_get_problems (KrTrainingNominateDialog *self);

/* Whether Nominate may be pressed: employees found, nothing refuses them all, and a reason
 * given when a problem needs one. */
gboolean kr_training_nominate_dialog_can_nominate (KrTrainingNominateDialog *self);

/* Nominates as the Nominate button does (in a worker). */
void kr_training_nominate_dialog_nominate (KrTrainingNominateDialog *self);

G_END_DECLS
