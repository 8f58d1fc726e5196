/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-repository-private.h"
#include "kr-training-repository.h"

G_BEGIN_DECLS

/* Shared by the files of the training repository:
 * - kr-training-repository.c: the object, settings, these helpers, courses and sessions;
 *   -enrolment.c: checking, nominating, moving and listing enrolments; -records.c: records, an
 *   employee's history and JP per year;
 * - -compliance.c: compliance and budgets; -plan.c: the plan proposal and training needs;
 *   -mentoring.c: mentoring pairs, their sessions and mentors' loads. */

struct _KrTrainingRepository
{
  GObject parent_instance;

  KrDatabase *database;
  KrStatements *statements;
};

/* Emits `changed` with @mask. Call it after the write is committed. */
void _kr_training_repository_emit_changed (KrTrainingRepository *self, KrTrainingChange mask);

/* Reading employees' training: KR_PERMISSION_READ_EMPLOYEES. */
gboolean _kr_training_check_read (KrTrainingRepository *self, GError **error);

/* Reading one employee's training: KR_PERMISSION_READ_EMPLOYEES and the employee in the
 * signed-in unit head's scope. */
gboolean
_kr_training_check_read_employee (KrTrainingRepository *self, gint64 employee_id, GError **error);

/* KR_PERMISSION_WRITE_TRAINING. */
gboolean _kr_training_check_write (KrTrainingRepository *self, GError **error);

/* KR_PERMISSION_NOMINATE_TRAINING and, for a unit head, @employee_id in their scope. */
gboolean
_kr_training_check_nominate (KrTrainingRepository *self, gint64 employee_id, GError **error);

/* The unit a unit head's reads are limited to (their subtree), 0 for everyone else. SQL that
 * lists employees adds "AND (?N = 0 OR e.unit_id IN (SELECT id FROM <subtree of ?N>))". */
gint64 _kr_training_get_scope_unit (KrTrainingRepository *self);

/* Steps @stmt as _kr_statements_step () does, a failure being one to read the training
 * records. */
int _kr_training_step (KrTrainingRepository *self, sqlite3_stmt *stmt, GError **error);

/* Runs @stmt to completion, a failure being one to save the training records. */
gboolean _kr_training_run (KrTrainingRepository *self, sqlite3_stmt *stmt, GError **error);

/* The budget unit of an employee for @year: the nearest unit at or above theirs with a
 * training_budget row for @year; 0 when none. */
gint64 _kr_training_find_budget_unit (KrTrainingRepository *self,
                                      gint64 employee_id,
                                      guint year,
                                      GError **error);

/* JP earned by @employee_id in @year (the training_jp view). */
gboolean _kr_training_get_jp (KrTrainingRepository *self,
                              gint64 employee_id,
                              guint year,
                              double *jp,
                              GError **error);

G_END_DECLS
