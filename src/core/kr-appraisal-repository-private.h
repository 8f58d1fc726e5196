/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-appraisal-repository.h"
#include "kr-repository-private.h"

G_BEGIN_DECLS

/* Shared by the files of the appraisal repository:
 * - kr-appraisal-repository.c: the object, the instansi's settings, deleting, and these
 *   helpers; -start.c: starting one appraisal or a unit's; -plan.c: plans; -evaluation.c:
 *   evaluations; -workflow.c: the workflow; -list.c: lists; -sheet.c: what documents print
 *   (they share kr-appraisal-repository-internal.h);
 * - kr-appraisal-repository-unit.c: organisation results, the pola distribusi, follow-up;
 * - kr-appraisal-repository-records.c: trend, 360 feedback, SKM surveys;
 *   -pp46.c: PP 46/2011 records and their import; -templates.c: position templates. */

struct _KrAppraisalRepository
{
  GObject parent_instance;

  KrDatabase *database;
  KrStatements *statements;
};

/* Emits `changed` with @appraisal_id (0: several or none in particular). Call it after the
 * write is committed. */
void _kr_appraisal_repository_emit_changed (KrAppraisalRepository *self, gint64 appraisal_id);

/* Reading: KR_PERMISSION_READ_EMPLOYEES. */
gboolean _kr_appraisal_check_read (KrAppraisalRepository *self, GError **error);

/* Reading one employee's records: KR_PERMISSION_READ_EMPLOYEES and the employee in the
 * signed-in unit head's scope (or the account's employee their appraiser). */
gboolean
_kr_appraisal_check_read_employee (KrAppraisalRepository *self, gint64 employee_id, GError **error);

/* Writing records that are not one appraisal (organisation results, SKM, PP 46/2011,
 * templates, cycles): KR_PERMISSION_WRITE_APPRAISALS. */
gboolean _kr_appraisal_check_write (KrAppraisalRepository *self, GError **error);

/* Writing appraisal @appraisal_id: KR_PERMISSION_WRITE_APPRAISALS, or
 * KR_PERMISSION_REVIEW_APPRAISALS with the account's employee its appraiser. */
gboolean _kr_appraisal_check_write_appraisal (KrAppraisalRepository *self,
                                              gint64 appraisal_id,
                                              GError **error);

/* The employee of the signed-in account (account.employee_id), 0 when none or no accounts. */
gint64 _kr_appraisal_get_signed_in_employee (KrAppraisalRepository *self);

/* Reads the KrAppraisalRow columns that kr-appraisal-repository.c's list query selects, in
 * its order, starting at @column: for other files that list evaluations the same way. */
#define KR_APPRAISAL_ROW_COLUMNS                                                                   \
  "v.id, a.id, e.id, e.nip, trim (coalesce (e.title_front || ' ', '') || e.name || "               \
  "coalesce (', ' || e.title_back, '')), p.name, u.name, (SELECT trim (coalesce (r.title_front "   \
  "|| ' ', '') || r.name || coalesce (', ' || r.title_back, '')) FROM employee r WHERE r.id = "    \
  "a.appraiser_id), a.year, a.cycle, v.period, v.state, v.predikat"
#define KR_APPRAISAL_ROW_JOINS                                                                     \
  "appraisal_evaluation v JOIN appraisal a ON a.id = v.appraisal_id JOIN employee e ON e.id = "    \
  "a.employee_id LEFT JOIN position p ON p.id = e.position_id LEFT JOIN unit u ON u.id = "         \
  "e.unit_id"
KrAppraisalRow *_kr_appraisal_row_from_stmt (sqlite3_stmt *stmt, int column);

/* The statement of @sql with @id bound to its first parameter; NULL with @error set. */
sqlite3_stmt *
_kr_appraisal_get_stmt (KrAppraisalRepository *self, const char *sql, gint64 id, GError **error);

/* Steps @stmt as _kr_statements_step () does, a failure being one to read the appraisals. */
int _kr_appraisal_step (KrAppraisalRepository *self, sqlite3_stmt *stmt, GError **error);

/* Deletes the row @id with @sql (which takes the id), after _kr_appraisal_check_write (), in a
 * transaction, and tells of the change; when no row has @id, @set_not_found sets the error. */
gboolean _kr_appraisal_delete_row (KrAppraisalRepository *self,
                                   const char *sql,
                                   gint64 id,
                                   void (*set_not_found) (GError **error, gint64 id),
                                   GError **error);

G_END_DECLS
