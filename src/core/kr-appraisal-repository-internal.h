/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-appraisal-repository-private.h"

G_BEGIN_DECLS

/* Shared by the files of the appraisal repository that kr-appraisal-repository-private.h
 * assigns to kr-appraisal-repository.c, split by responsibility:
 * - kr-appraisal-repository.c: the object, who may do what, cycles, deleting, list rows;
 * - kr-appraisal-repository-plan.c: reading and saving plans;
 * - kr-appraisal-repository-start.c: starting appraisals, one or a whole unit;
 * - kr-appraisal-repository-evaluation.c: reading and saving evaluations;
 * - kr-appraisal-repository-workflow.c: the workflow and its record;
 * - kr-appraisal-repository-list.c: lists and counts;
 * - kr-appraisal-repository-sheet.c: what the documents print. */

/* The ORDER BY that puts a plan's results in their order: utama first, then by ordinal. */
#define KR_APPRAISAL_RESULT_ORDER "(r.kind = 'tambahan'), r.ordinal, r.id"

/* The person whose full name a query selects from employee @alias. */
#define KR_APPRAISAL_FULL_NAME(alias)                                                              \
  "trim (coalesce (" alias ".title_front || ' ', '') || " alias                                    \
  ".name || coalesce (', ' || " alias ".title_back, ''))"

/* Sets KR_ERROR_NOT_FOUND for a missing appraisal or evaluation. */
void _kr_appraisal_set_not_found (GError **error, gint64 appraisal_id);
void _kr_appraisal_set_evaluation_not_found (GError **error, gint64 evaluation_id);

/* The employee appraised by @appraisal_id and the appraisers; FALSE with KR_ERROR_NOT_FOUND
 * when there is no such appraisal. Any out argument may be NULL. */
gboolean _kr_appraisal_get_people (KrAppraisalRepository *self,
                                   gint64 appraisal_id,
                                   gint64 *employee_id,
                                   gint64 *appraiser_id,
                                   gint64 *senior_appraiser_id,
                                   GError **error);

/* Reading appraisal @appraisal_id: _kr_appraisal_check_read_employee () of its employee. */
gboolean _kr_appraisal_check_read_appraisal (KrAppraisalRepository *self,
                                             gint64 appraisal_id,
                                             GError **error);

/* Whether the signed-in identity may act on @appraisal_id as the one who has
 * KR_PERMISSION_WRITE_APPRAISALS (@as_writer), as its appraiser (@as_appraiser), or as its
 * senior appraiser (@as_senior); no error. */
void _kr_appraisal_get_roles (KrAppraisalRepository *self,
                              gint64 appraisal_id,
                              gboolean *as_writer,
                              gboolean *as_appraiser,
                              gboolean *as_senior);

/* Sets KR_ERROR_PERMISSION_DENIED for a refused step on an appraisal. */
void _kr_appraisal_set_denied (KrAppraisalRepository *self, GError **error, const char *what);

/* The state of the annual evaluation of @appraisal_id; FALSE with an error when unreadable. */
gboolean _kr_appraisal_get_annual_state (KrAppraisalRepository *self,
                                         gint64 appraisal_id,
                                         KrAppraisalState *state,
                                         GError **error);

/* The cycle of the instansi above @unit_id (0: the default). */
/* The place of signing of the instansi of @unit_id (NULL when not set, or on error with
 * @error set). */
char *_kr_appraisal_read_place (KrAppraisalRepository *self, gint64 unit_id, GError **error);

gboolean _kr_appraisal_read_cycle (KrAppraisalRepository *self,
                                   gint64 unit_id,
                                   KrAppraisalCycle *cycle,
                                   GError **error);

/* The plan, without a permission check; NULL with KR_ERROR_NOT_FOUND when missing. */
KrAppraisal *
_kr_appraisal_read_plan (KrAppraisalRepository *self, gint64 appraisal_id, GError **error);

/* The plan's results with their indicators, in order: (element-type KrAppraisalResult). */
GPtrArray *
_kr_appraisal_read_results (KrAppraisalRepository *self, gint64 appraisal_id, GError **error);

/* The evaluation, without a permission check; NULL with KR_ERROR_NOT_FOUND when missing. */
KrAppraisalEvaluation *
_kr_appraisal_read_evaluation (KrAppraisalRepository *self, gint64 evaluation_id, GError **error);

/* The predikat columns of a row: a stored code, or NULL. */
void _kr_appraisal_column_predikat (sqlite3_stmt *stmt,
                                    int column,
                                    gboolean *has_predikat,
                                    KrPredikat *predikat);

G_END_DECLS
