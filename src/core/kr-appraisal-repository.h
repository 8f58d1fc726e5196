/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kr-appraisal.h"
#include "kr-database.h"

G_BEGIN_DECLS

/* The only place with the SQL of performance appraisal (schema: migrations/0008). Every call
 * checks the signed-in identity (kr-identity.h):
 * - reading needs KR_PERMISSION_READ_EMPLOYEES, and a unit head reads only the appraisals of
 *   the employees of the subtree they lead, plus those where they are the appraiser or the
 *   senior appraiser;
 * - writing needs KR_PERMISSION_WRITE_APPRAISALS, or KR_PERMISSION_REVIEW_APPRAISALS on an
 *   appraisal where the account's employee (account.employee_id) is the appraiser (the senior
 *   appraiser for deciding an objection);
 * - reopening needs KR_PERMISSION_REOPEN_APPRAISALS.
 * A refused call sets KR_ERROR_PERMISSION_DENIED and changes nothing. Every write is one
 * transaction, audited (migration 7), and emits `changed` (appraisal id, 0 for many) once it is
 * committed. A final evaluation and the plan of an appraisal whose annual evaluation is final
 * cannot be edited (KR_ERROR_INVALID, "…is final…"). */

#define KR_TYPE_APPRAISAL_REPOSITORY (kr_appraisal_repository_get_type ())

G_DECLARE_FINAL_TYPE (KrAppraisalRepository,
                      kr_appraisal_repository,
                      KR,
                      APPRAISAL_REPOSITORY,
                      GObject)

KrAppraisalRepository *kr_appraisal_repository_new (KrDatabase *database);

KrDatabase *kr_appraisal_repository_get_database (KrAppraisalRepository *self);

/* Instansi settings */

/**
 * kr_appraisal_repository_get_cycle:
 * @unit_id: any unit: its instansi (the root above it) is asked
 *
 * Returns: the instansi's cycle, or %KR_APPRAISAL_CYCLE_DEFAULT when it chose none
 */
gboolean kr_appraisal_repository_get_cycle (KrAppraisalRepository *self,
                                            gint64 unit_id,
                                            KrAppraisalCycle *cycle,
                                            GError **error);

/* Sets the cycle of the instansi of @unit_id; appraisals already started keep theirs. */
gboolean kr_appraisal_repository_set_cycle (KrAppraisalRepository *self,
                                            gint64 unit_id,
                                            KrAppraisalCycle cycle,
                                            GError **error);

/**
 * kr_appraisal_repository_get_place:
 * @unit_id: any unit: its instansi (the root above it) is asked
 * @place: (out) (transfer full) (nullable): where the instansi signs its documents, such as
 *   "Sukamaju"; NULL when not set
 */
gboolean kr_appraisal_repository_get_place (KrAppraisalRepository *self,
                                            gint64 unit_id,
                                            char **place,
                                            GError **error);

/* Sets the place of signing of the instansi of @unit_id; NULL or blank clears it. */
gboolean kr_appraisal_repository_set_place (KrAppraisalRepository *self,
                                            gint64 unit_id,
                                            const char *place,
                                            GError **error);

/* Starting */

/**
 * kr_appraisal_repository_start:
 * @employee_id: who
 * @year: the year
 *
 * Starts one employee's appraisal of @year, as kr_appraisal_repository_start_unit () does for
 * each employee of a unit: cycle from the instansi, period 1 January to 31 December, appraiser
 * the holder of the head position of the employee's unit (of the parent unit for the head
 * themself), senior appraiser the appraiser's appraiser, the plan copied from the employee's
 * plan of @year - 1 or else from their position's template, and one draft evaluation for each
 * period and for the year. %KR_ERROR_CONFLICT when the employee already has one.
 *
 * Returns: the new appraisal's id, or 0 with @error set
 */
gint64 kr_appraisal_repository_start (KrAppraisalRepository *self,
                                      gint64 employee_id,
                                      guint year,
                                      GError **error);

/**
 * kr_appraisal_repository_start_unit:
 * @unit_id: the unit
 * @subtree: whether the employees of the units below count too
 * @year: the year
 * @n_started: (out) (optional): how many appraisals were started
 * @n_skipped: (out) (optional): how many employees already had one
 *
 * Starts the appraisals of @year of every active employee (status aktif) of @unit_id in one
 * transaction; employees who already have one are skipped.
 */
gboolean kr_appraisal_repository_start_unit (KrAppraisalRepository *self,
                                             gint64 unit_id,
                                             gboolean subtree,
                                             guint year,
                                             guint *n_started,
                                             guint *n_skipped,
                                             GCancellable *cancellable,
                                             GError **error);

/* Deletes an appraisal none of whose evaluations went past draft; %KR_ERROR_INVALID
 * otherwise. */
gboolean
kr_appraisal_repository_delete (KrAppraisalRepository *self, gint64 appraisal_id, GError **error);

/* The plan */

KrAppraisal *
kr_appraisal_repository_get (KrAppraisalRepository *self, gint64 appraisal_id, GError **error);

/* The appraisal of @employee_id for @year; NULL without error when there is none. */
KrAppraisal *kr_appraisal_repository_find (KrAppraisalRepository *self,
                                           gint64 employee_id,
                                           guint year,
                                           GError **error);

/**
 * kr_appraisal_repository_save_plan:
 * @plan: a plan read with kr_appraisal_repository_get () and edited
 *
 * Validates (kr_appraisal_validate ()) and writes the plan: period, appraisers, results,
 * indicators and expectations. Results and indicators keep their ids where @plan keeps them,
 * so that their realisations stay; those removed from @plan are deleted; new ones (id 0) get
 * ids, which are written back into @plan.
 */
gboolean
kr_appraisal_repository_save_plan (KrAppraisalRepository *self, KrAppraisal *plan, GError **error);

/* Evaluations */

/* The evaluations of an appraisal, annual last: (element-type KrAppraisalEvaluation). */
GPtrArray *kr_appraisal_repository_list_evaluations (KrAppraisalRepository *self,
                                                     gint64 appraisal_id,
                                                     GError **error);

KrAppraisalEvaluation *kr_appraisal_repository_get_evaluation (KrAppraisalRepository *self,
                                                               gint64 evaluation_id,
                                                               GError **error);

/**
 * kr_appraisal_repository_save_evaluation:
 * @evaluation: an evaluation read and edited
 *
 * Writes the realisation and feedback of each result and value, the ratings (and so the
 * predikat) and the notes. The objection, its response and the decision are written only in
 * state objected. Refused when final.
 */
gboolean kr_appraisal_repository_save_evaluation (KrAppraisalRepository *self,
                                                  KrAppraisalEvaluation *evaluation,
                                                  GError **error);

/**
 * kr_appraisal_repository_can_apply:
 *
 * Whether the signed-in identity may take @action on the evaluation now (state and role);
 * for enabling buttons. Does not check the reason or the ratings.
 */
gboolean kr_appraisal_repository_can_apply (KrAppraisalRepository *self,
                                            gint64 evaluation_id,
                                            KrAppraisalAction action);

/**
 * kr_appraisal_repository_apply:
 * @reason: (nullable): why; required where kr_appraisal_action_needs_reason ()
 *
 * Takes a workflow step and records it (appraisal_transition: who, when, reason). Review
 * needs both ratings; object stores @reason as the objection; decide stores it as the
 * decision. Refused with %KR_ERROR_INVALID when the state does not allow @action or the reason
 * is missing, %KR_ERROR_PERMISSION_DENIED when the identity may not.
 */
gboolean kr_appraisal_repository_apply (KrAppraisalRepository *self,
                                        gint64 evaluation_id,
                                        KrAppraisalAction action,
                                        const char *reason,
                                        GError **error);

/* The recorded steps, oldest first: (element-type KrAppraisalTransition). */
GPtrArray *kr_appraisal_repository_list_transitions (KrAppraisalRepository *self,
                                                     gint64 evaluation_id,
                                                     GError **error);

/* Lists */

/**
 * KrAppraisalQuery:
 * @year: the year
 * @period: the period, or -1 for every period
 * @unit_id: the unit whose subtree is listed, 0 for all
 * @states: a bit mask of (1 << #KrAppraisalState), 0 for every state
 * @search: (nullable): the start of a name or NIP
 * @to_review: only the evaluations awaiting the signed-in account as appraiser (submitted)
 *   or as senior appraiser (objected)
 * @predikat_mask: a bit mask of (1 << #KrPredikat), 0 for any (including none)
 *
 * Which evaluations a list shows; ordered by unit, then name, then period.
 */
typedef struct
{
  guint year;
  int period;
  gint64 unit_id;
  guint states;
  const char *search;
  gboolean to_review;
  guint predikat_mask;
} KrAppraisalQuery;

/* The rows @offset to @offset + @limit - 1 of @query: (element-type KrAppraisalRow). */
GPtrArray *kr_appraisal_repository_list (KrAppraisalRepository *self,
                                         const KrAppraisalQuery *query,
                                         guint offset,
                                         guint limit,
                                         GError **error);

gboolean kr_appraisal_repository_count (KrAppraisalRepository *self,
                                        const KrAppraisalQuery *query,
                                        guint *count,
                                        GError **error);

/* Documents */

/**
 * kr_appraisal_repository_get_sheet:
 * @appraisal_id: the appraisal
 * @period: the evaluation to print, or -1 for the plan alone (the SKP)
 * @place: (nullable): the place printed before the date of the signatures; %NULL for the
 *   instansi's place of signing (kr_appraisal_repository_get_place ())
 *
 * Reads everything an official document of the appraisal prints (kr-appraisal.h).
 */
KrAppraisalSheet *kr_appraisal_repository_get_sheet (KrAppraisalRepository *self,
                                                     gint64 appraisal_id,
                                                     int period,
                                                     const char *place,
                                                     GError **error);

/* Organisation results and the pola distribusi */

gboolean kr_appraisal_repository_set_organisation_result (KrAppraisalRepository *self,
                                                          gint64 unit_id,
                                                          guint year,
                                                          guint period,
                                                          KrOrganisationResult result,
                                                          GError **error);

/* Sets @has_result FALSE when none is recorded. */
gboolean kr_appraisal_repository_get_organisation_result (KrAppraisalRepository *self,
                                                          gint64 unit_id,
                                                          guint year,
                                                          guint period,
                                                          gboolean *has_result,
                                                          KrOrganisationResult *result,
                                                          GError **error);

/* How many employees of @unit_id's subtree hold each predikat in @year's @period (evaluations
 * reviewed, final or objected). */
gboolean kr_appraisal_repository_count_predikat (KrAppraisalRepository *self,
                                                 gint64 unit_id,
                                                 guint year,
                                                 guint period,
                                                 guint counts[KR_N_PREDIKAT],
                                                 GError **error);

/* The pola distribusi problems of @unit_id in @year's @period
 * (kr_appraisal_check_distribution ()), empty when no organisation result is recorded:
 * (element-type KrDistributionProblem). */
GPtrArray *kr_appraisal_repository_check_distribution (KrAppraisalRepository *self,
                                                       gint64 unit_id,
                                                       guint year,
                                                       guint period,
                                                       GError **error);

/* Follow-up */

/* The final evaluations of @unit_id's subtree in @year's @period that belong on @list,
 * ordered by predikat (worst first for development), then unit and name:
 * (element-type KrAppraisalRow). */
GPtrArray *kr_appraisal_repository_list_follow_up (KrAppraisalRepository *self,
                                                   gint64 unit_id,
                                                   guint year,
                                                   guint period,
                                                   KrFollowUp list,
                                                   GError **error);

/* Writes @list as CSV (nip, nama, jabatan, unit_kerja, predikat, tindak_lanjut). */
gboolean kr_appraisal_repository_export_follow_up (KrAppraisalRepository *self,
                                                   gint64 unit_id,
                                                   guint year,
                                                   guint period,
                                                   KrFollowUp list,
                                                   const char *path,
                                                   GError **error);

/* Trend */

/**
 * kr_appraisal_repository_list_trend:
 *
 * One point per year, oldest first: the final annual predikat of the SKP years and the PP
 * 46/2011 scores of the years before; a year with both shows the SKP one.
 *
 * Returns: (transfer full) (element-type KrAppraisalTrendPoint): the points; g_array_unref ()
 *   it
 */
GArray *kr_appraisal_repository_list_trend (KrAppraisalRepository *self,
                                            gint64 employee_id,
                                            GError **error);

/* 360 feedback */

GPtrArray *kr_appraisal_repository_list_peer_feedback (KrAppraisalRepository *self,
                                                       gint64 evaluation_id,
                                                       GError **error);

gint64 kr_appraisal_repository_add_peer_feedback (KrAppraisalRepository *self,
                                                  const KrPeerFeedback *feedback,
                                                  GError **error);

gboolean kr_appraisal_repository_delete_peer_feedback (KrAppraisalRepository *self,
                                                       gint64 id,
                                                       GError **error);

/* SKM surveys */

/* Adds or replaces the survey of (unit, year, period); validates the NRRs (1 to 4) and the
 * respondents (> 0). */
gint64 kr_appraisal_repository_save_skm (KrAppraisalRepository *self,
                                         const KrSkmSurvey *survey,
                                         GError **error);

/* The surveys of @unit_id, newest first: (element-type KrSkmSurvey). */
GPtrArray *
kr_appraisal_repository_list_skm (KrAppraisalRepository *self, gint64 unit_id, GError **error);

/* The survey of the nearest unit at or above @unit_id for @year (any period, the year's
 * first), or NULL without error when none. */
KrSkmSurvey *kr_appraisal_repository_find_skm (KrAppraisalRepository *self,
                                               gint64 unit_id,
                                               guint year,
                                               GError **error);

gboolean
kr_appraisal_repository_delete_skm (KrAppraisalRepository *self, gint64 id, GError **error);

/* Historic PP 46/2011 appraisals */

/* Adds or replaces the employee's appraisal of that year (validated: year 2014 to 2021,
 * scores 0 to 100). */
gint64 kr_appraisal_repository_save_pp46 (KrAppraisalRepository *self,
                                          KrPp46Appraisal *appraisal,
                                          GError **error);

GPtrArray *
kr_appraisal_repository_list_pp46 (KrAppraisalRepository *self, gint64 employee_id, GError **error);

gboolean
kr_appraisal_repository_delete_pp46 (KrAppraisalRepository *self, gint64 id, GError **error);

/**
 * kr_appraisal_repository_import_pp46:
 * @path: a CSV file with the columns nip, tahun, nilai_skp, and either nilai_perilaku or the
 *   elements orientasi_pelayanan, integritas, komitmen, disiplin, kerja_sama, kepemimpinan, and
 *   optionally nama_penilai (headers as the SIASN importer matches them: any case, spaces or
 *   underscores, any order, `,` `;` or tab)
 * @dry_run: check only
 * @report: (out) (transfer full): one line per rejected row ("Line 7: NIP … not found"),
 *   translated
 * @n_rows: (out) (optional): the rows accepted
 *
 * Imports historic appraisals in one transaction: all rows or, when any row is rejected,
 * none.
 */
gboolean kr_appraisal_repository_import_pp46 (KrAppraisalRepository *self,
                                              const char *path,
                                              gboolean dry_run,
                                              GStrv *report,
                                              guint *n_rows,
                                              GError **error);

/* Position templates */

/* The results a position's holders start with: (element-type KrAppraisalResult). */
GPtrArray *kr_appraisal_repository_get_template (KrAppraisalRepository *self,
                                                 gint64 position_id,
                                                 GError **error);

/* Replaces them. */
gboolean kr_appraisal_repository_set_template (KrAppraisalRepository *self,
                                               gint64 position_id,
                                               GPtrArray *results,
                                               GError **error);

G_END_DECLS
