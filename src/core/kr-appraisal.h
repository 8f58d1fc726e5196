/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kr-appraisal-rules.h"
#include "kr-ikm.h"
#include "kr-rank.h"

G_BEGIN_DECLS

/* The plain values of performance appraisal (DOMAIN 5) that kr-appraisal-repository.h reads
 * and writes, and that the document renderers print. Every struct is owned by whoever holds
 * it and freed with its *_free () function; strings may be NULL where marked (nullable). */

/**
 * KrAppraisalState:
 * @KR_APPRAISAL_STATE_DRAFT: being planned and filled in (code "draft")
 * @KR_APPRAISAL_STATE_SUBMITTED: realisation handed to the pejabat penilai (code "submitted")
 * @KR_APPRAISAL_STATE_REVIEWED: rated by the pejabat penilai (code "reviewed")
 * @KR_APPRAISAL_STATE_FINAL: set; read-only until an administrator reopens it (code "final")
 * @KR_APPRAISAL_STATE_OBJECTED: the employee objected (keberatan) to a final evaluation; the
 *   atasan pejabat penilai decides (code "objected")
 *
 * Where an evaluation is in its workflow.
 */
typedef enum
{
  KR_APPRAISAL_STATE_DRAFT,
  KR_APPRAISAL_STATE_SUBMITTED,
  KR_APPRAISAL_STATE_REVIEWED,
  KR_APPRAISAL_STATE_FINAL,
  KR_APPRAISAL_STATE_OBJECTED,
  KR_N_APPRAISAL_STATES,
} KrAppraisalState;

/* Translated: "Draft", "Submitted", "Reviewed", "Final", "Objection" */
const char *kr_appraisal_state_get_label (KrAppraisalState state);
const char *kr_appraisal_state_get_code (KrAppraisalState state);
gboolean kr_appraisal_state_from_code (const char *code, KrAppraisalState *state);

/**
 * KrAppraisalAction:
 * @KR_APPRAISAL_ACTION_SUBMIT: draft → submitted
 * @KR_APPRAISAL_ACTION_RETURN: submitted → draft, sent back by the pejabat penilai (a reason
 *   is required)
 * @KR_APPRAISAL_ACTION_REVIEW: submitted → reviewed; needs both ratings
 * @KR_APPRAISAL_ACTION_FINALISE: reviewed → final
 * @KR_APPRAISAL_ACTION_OBJECT: final → objected; the reason is the keberatan text
 * @KR_APPRAISAL_ACTION_DECIDE: objected → final; the reason is the atasan's decision
 * @KR_APPRAISAL_ACTION_REOPEN: final → draft, by an administrator, with a reason
 *
 * A step of the workflow; kr_appraisal_repository_apply () checks who may take it.
 */
typedef enum
{
  KR_APPRAISAL_ACTION_SUBMIT,
  KR_APPRAISAL_ACTION_RETURN,
  KR_APPRAISAL_ACTION_REVIEW,
  KR_APPRAISAL_ACTION_FINALISE,
  KR_APPRAISAL_ACTION_OBJECT,
  KR_APPRAISAL_ACTION_DECIDE,
  KR_APPRAISAL_ACTION_REOPEN,
  KR_N_APPRAISAL_ACTIONS,
} KrAppraisalAction;

/* Translated button labels: "Submit", "Return", "Mark Reviewed", "Finalise", "Record
 * Objection", "Decide Objection", "Reopen" */
const char *kr_appraisal_action_get_label (KrAppraisalAction action);

/* The state @action leads from, and to. */
KrAppraisalState kr_appraisal_action_get_source (KrAppraisalAction action);
KrAppraisalState kr_appraisal_action_get_target (KrAppraisalAction action);

/* Whether @action needs a reason (return, object, decide, reopen). */
gboolean kr_appraisal_action_needs_reason (KrAppraisalAction action);

/**
 * KrAppraisalPerson:
 * @employee_id: the employee, 0 when nobody is set
 * @name: (nullable): the full name with titles
 * @nip: (nullable): the 18-digit NIP
 * @has_rank: whether @rank is set (a PPPK has none)
 * @rank: the golongan ruang at the date asked for
 * @golongan_label: (nullable): "Penata Muda (III/a)", or the PPPK golongan "IX", as printed
 * @position_name: (nullable): the jabatan at that date
 * @unit_name: (nullable): the unit kerja at that date
 *
 * One of the three people of an appraisal as their histories place them on a date (the end
 * of the period): the employee, the pejabat penilai kinerja, the atasan pejabat penilai.
 */
typedef struct
{
  gint64 employee_id;
  char *name;
  char *nip;
  gboolean has_rank;
  KrRank rank;
  char *golongan_label;
  char *position_name;
  char *unit_name;
} KrAppraisalPerson;

void kr_appraisal_person_clear (KrAppraisalPerson *person);

/**
 * KrAppraisalIndicator:
 * @id: 0 before it is stored
 * @aspect: what it measures
 * @indicator: the Indikator Kinerja Individu
 * @target: the target, free text ("12 laporan", "100%")
 */
typedef struct
{
  gint64 id;
  KrAspect aspect;
  char *indicator;
  char *target;
} KrAppraisalIndicator;

KrAppraisalIndicator *
kr_appraisal_indicator_new (KrAspect aspect, const char *indicator, const char *target);
KrAppraisalIndicator *kr_appraisal_indicator_copy (const KrAppraisalIndicator *indicator);
void kr_appraisal_indicator_free (KrAppraisalIndicator *indicator);

/**
 * KrAppraisalResult:
 * @id: 0 before it is stored
 * @kind: Kinerja Utama or Tambahan
 * @leader_result: (nullable): the Rencana Hasil Kerja Pimpinan yang Diintervensi
 * @result: the Rencana Hasil Kerja
 * @indicators: (element-type KrAppraisalIndicator): its indicators, at least one to be
 *   valid, in order
 * @realisation: (nullable): in an evaluation, the Realisasi Berdasar Bukti Dukung
 * @feedback: (nullable): in an evaluation, the Umpan Balik Berkelanjutan
 *
 * A planned work result. The order of results within each kind is the order of the plan's
 * array.
 */
typedef struct
{
  gint64 id;
  KrResultKind kind;
  char *leader_result;
  char *result;
  GPtrArray *indicators;
  char *realisation;
  char *feedback;
} KrAppraisalResult;

KrAppraisalResult *kr_appraisal_result_new (KrResultKind kind, const char *result);
KrAppraisalResult *kr_appraisal_result_copy (const KrAppraisalResult *result);
void kr_appraisal_result_free (KrAppraisalResult *result);

/**
 * KrAppraisal:
 * @id: 0 before it is stored
 * @employee_id: who is appraised
 * @year: the appraisal year
 * @cycle: the periodic evaluations of the year, copied from the instansi at the start
 * @start: the first day of the appraisal period: 1 January when started, later for whoever
 *   joined during the year (set in the plan)
 * @end: the last day: 31 December when started, earlier for whoever left
 * @appraiser_id: the pejabat penilai kinerja, 0 when not yet set
 * @senior_appraiser_id: the atasan pejabat penilai kinerja, 0 when not yet set
 * @results: (element-type KrAppraisalResult): the plan's work results, utama first
 * @expectations: the Ekspektasi Khusus Pimpinan for each BerAKHLAK value (nullable strings)
 *
 * An employee's SKP for a year: the plan that every evaluation of the year measures.
 */
typedef struct
{
  gint64 id;
  gint64 employee_id;
  guint year;
  KrAppraisalCycle cycle;
  GDate start;
  GDate end;
  gint64 appraiser_id;
  gint64 senior_appraiser_id;
  GPtrArray *results;
  char *expectations[KR_N_BEHAVIOURS];
} KrAppraisal;

KrAppraisal *kr_appraisal_new (gint64 employee_id, guint year);
KrAppraisal *kr_appraisal_copy (const KrAppraisal *appraisal);
void kr_appraisal_free (KrAppraisal *appraisal);

/**
 * kr_appraisal_validate:
 * @appraisal: a plan
 * @error: return location for a #GError
 *
 * Checks a plan before it is saved: at least one Kinerja Utama result; every result has a
 * text and at least one indicator with an indicator text and a target; the period lies within
 * the year and starts before it ends; the appraiser is not the employee. The %KR_ERROR_INVALID
 * message names the result and field ("Result 2: the target of indicator 1 is empty").
 *
 * Returns: %TRUE when valid
 */
gboolean kr_appraisal_validate (const KrAppraisal *appraisal, GError **error);

/**
 * kr_appraisal_result_check_texts:
 * @result: a work result of a plan or a position's template
 * @number: its number in the plan, from 1
 * @error: return location for a #GError
 *
 * Checks the lengths of the result's texts and of its indicators' (kr-text.h); the
 * %KR_ERROR_INVALID message starts with the field ("Result 2 · Indicator 1: use at most …").
 *
 * Returns: %TRUE when none is too long
 */
gboolean
kr_appraisal_result_check_texts (const KrAppraisalResult *result, guint number, GError **error);

/**
 * KrAppraisalEvaluation:
 * @id: the evaluation's id
 * @appraisal_id: the plan it evaluates
 * @period: 0 for the annual evaluation, otherwise the periodic one (1-based)
 * @state: where it is in the workflow
 * @has_results_rating: whether @results_rating is set
 * @results_rating: the rating of work results
 * @has_behaviour_rating: whether @behaviour_rating is set
 * @behaviour_rating: the rating of work behaviour
 * @has_predikat: whether both ratings are set, and so the predikat
 * @predikat: kr_predikat_from_ratings () of the two ratings; read-only
 * @results: (element-type KrAppraisalResult): the plan's results with this evaluation's
 *   realisation and feedback
 * @behaviour_feedback: the feedback on each BerAKHLAK value (nullable strings)
 * @notes: (nullable): Catatan/Rekomendasi
 * @objection: (nullable): Keberatan
 * @objection_response: (nullable): Penjelasan Pejabat Penilai atas Keberatan
 * @decision: (nullable): Keputusan Atasan Pejabat Penilai Kinerja
 *
 * One evaluation of a plan: a periodic one or the annual one.
 */
typedef struct
{
  gint64 id;
  gint64 appraisal_id;
  guint period;
  KrAppraisalState state;
  gboolean has_results_rating;
  KrRating results_rating;
  gboolean has_behaviour_rating;
  KrRating behaviour_rating;
  gboolean has_predikat;
  KrPredikat predikat;
  GPtrArray *results;
  char *behaviour_feedback[KR_N_BEHAVIOURS];
  char *notes;
  char *objection;
  char *objection_response;
  char *decision;
} KrAppraisalEvaluation;

KrAppraisalEvaluation *kr_appraisal_evaluation_copy (const KrAppraisalEvaluation *evaluation);
void kr_appraisal_evaluation_free (KrAppraisalEvaluation *evaluation);

/**
 * KrAppraisalTransition:
 * @from: the state before
 * @to: the state after
 * @at: when, UTC "YYYY-MM-DDTHH:MM:SS.mmmZ"
 * @user_name: (nullable): who (the account's user name then), NULL without accounts
 * @reason: (nullable): the reason given
 *
 * One step an evaluation took, as recorded.
 */
typedef struct
{
  KrAppraisalState from;
  KrAppraisalState to;
  char *at;
  char *user_name;
  char *reason;
} KrAppraisalTransition;

void kr_appraisal_transition_free (KrAppraisalTransition *transition);

/**
 * KrAppraisalRow:
 *
 * One evaluation in a list: enough to show a row and open it.
 */
typedef struct
{
  gint64 evaluation_id;
  gint64 appraisal_id;
  gint64 employee_id;
  char *nip;
  char *name;
  char *position_name;
  char *unit_name;
  char *appraiser_name;
  guint year;
  KrAppraisalCycle cycle;
  guint period;
  KrAppraisalState state;
  gboolean has_predikat;
  KrPredikat predikat;
} KrAppraisalRow;

void kr_appraisal_row_free (KrAppraisalRow *row);

/**
 * KrAppraisalSheet:
 * @instansi: (nullable): the name of the instansi (the root of the employee's unit)
 * @year: the year
 * @cycle: the cycle
 * @period: the evaluation's period (0 annual); meaningless when @evaluation is NULL
 * @period_label: "TRIWULAN II", "AKHIR"…, kr_appraisal_period_dup_label ()
 * @start: the first day of the period printed (the plan's, or the evaluation's period)
 * @end: the last day
 * @employee: the Pegawai yang Dinilai at @end
 * @appraiser: the Pejabat Penilai Kinerja at @end (employee_id 0 when not set)
 * @senior_appraiser: the Atasan Pejabat Penilai Kinerja at @end (employee_id 0 when not set)
 * @plan: the SKP
 * @evaluation: (nullable): the evaluation, NULL for the SKP alone
 * @has_organisation_result: whether the unit's capaian kinerja organisasi is set
 * @organisation_result: the capaian kinerja organisasi of the employee's perangkat daerah for
 *   the period
 * @distribution: how many employees of that unit hold each predikat in the period (the pola
 *   distribusi printed on the evaluation)
 * @has_ikm: whether the unit has an SKM survey for the year
 * @ikm: the IKM of that survey
 * @place: (nullable): the place printed before the date of the signatures (the instansi's
 *   seat, from the settings); NULL prints a dotted line
 * @signed_on: the date of the signatures: when the evaluation became final, otherwise the
 *   end of the period
 *
 * Everything an official document of one appraisal prints, read in one go by
 * kr_appraisal_repository_get_sheet (): the renderer needs no database.
 */
typedef struct
{
  char *instansi;
  guint year;
  KrAppraisalCycle cycle;
  guint period;
  char *period_label;
  GDate start;
  GDate end;
  KrAppraisalPerson employee;
  KrAppraisalPerson appraiser;
  KrAppraisalPerson senior_appraiser;
  KrAppraisal *plan;
  KrAppraisalEvaluation *evaluation;
  gboolean has_organisation_result;
  KrOrganisationResult organisation_result;
  guint distribution[KR_N_PREDIKAT];
  gboolean has_ikm;
  double ikm;
  char *place;
  GDate signed_on;
} KrAppraisalSheet;

void kr_appraisal_sheet_free (KrAppraisalSheet *sheet);

/**
 * KrAppraisalRegime:
 * @KR_APPRAISAL_REGIME_SKP: PermenPANRB 6/2022 (and 8/2021): a predikat
 * @KR_APPRAISAL_REGIME_PP46: PP 46/2011: a score and its sebutan
 */
typedef enum
{
  KR_APPRAISAL_REGIME_SKP,
  KR_APPRAISAL_REGIME_PP46,
} KrAppraisalRegime;

/**
 * KrAppraisalTrendPoint:
 * @year: the year
 * @regime: which regulation the result was made under
 * @level: 0 (worst) to 4 (best): the #KrPredikat, or kr_pp46_sebutan_to_level ()
 * @label: the predikat or sebutan, verbatim ("Baik", "Cukup")
 * @score: the PP 46/2011 score; 0 for an SKP point
 *
 * One year on an employee's trend chart: the final annual predikat, or the PP 46/2011 score.
 */
typedef struct
{
  guint year;
  KrAppraisalRegime regime;
  guint level;
  const char *label;
  double score;
} KrAppraisalTrendPoint;

/**
 * KrPp46Appraisal:
 * @id: 0 before it is stored
 * @employee_id: who
 * @year: 2014 to 2021
 * @skp_score: the SKP score, 0 to 100
 * @behaviour: the perilaku kerja elements, 0 to 100, or a negative value when not recorded:
 *   orientasi pelayanan, integritas, komitmen, disiplin, kerja sama, kepemimpinan (the last for
 *   structural officials only)
 * @behaviour_score: the perilaku kerja score: the average of the recorded elements, or typed
 *   when no element is recorded
 * @appraiser_name: (nullable): the pejabat penilai as printed on the old form
 *
 * A historic appraisal under PP 46/2011 (DOMAIN 5.6). Its score and sebutan are computed:
 * kr_pp46_score () and kr_pp46_sebutan_from_score ().
 */
#define KR_PP46_N_BEHAVIOURS 6
typedef struct
{
  gint64 id;
  gint64 employee_id;
  guint year;
  double skp_score;
  double behaviour[KR_PP46_N_BEHAVIOURS];
  double behaviour_score;
  char *appraiser_name;
} KrPp46Appraisal;

/* "Orientasi Pelayanan", "Integritas", "Komitmen", "Disiplin", "Kerja Sama", "Kepemimpinan" */
const char *kr_pp46_behaviour_get_label (guint element);

void kr_pp46_appraisal_free (KrPp46Appraisal *appraisal);

/**
 * KrPeerRelation:
 *
 * Who gave 360 feedback, relative to the employee: their superior, a peer, a subordinate, or
 * someone outside (a colleague of another unit, a service user). Codes "superior", "peer",
 * "subordinate", "other".
 */
typedef enum
{
  KR_PEER_RELATION_SUPERIOR,
  KR_PEER_RELATION_PEER,
  KR_PEER_RELATION_SUBORDINATE,
  KR_PEER_RELATION_OTHER,
  KR_N_PEER_RELATIONS,
} KrPeerRelation;

/* Translated: "Superior", "Peer", "Subordinate", "Other" */
const char *kr_peer_relation_get_label (KrPeerRelation relation);

/**
 * KrPeerFeedback:
 * @id: 0 before it is stored
 * @evaluation_id: the evaluation it informs
 * @relation: who gave it, relative to the employee
 * @from_employee_id: the colleague, 0 when not an employee or anonymous
 * @from_name: (nullable): read-only: the colleague's name
 * @has_behaviour: whether it is about one BerAKHLAK value
 * @behaviour: that value
 * @feedback: the text
 * @given_on: when it was given
 *
 * One piece of 360 feedback from a colleague.
 */
typedef struct
{
  gint64 id;
  gint64 evaluation_id;
  KrPeerRelation relation;
  gint64 from_employee_id;
  char *from_name;
  gboolean has_behaviour;
  KrBehaviour behaviour;
  char *feedback;
  GDate given_on;
} KrPeerFeedback;

void kr_peer_feedback_free (KrPeerFeedback *feedback);

/**
 * KrSkmSurvey:
 * @id: 0 before it is stored
 * @unit_id: the public-service unit surveyed
 * @year: the year
 * @period: 0 for the year, or the periodic evaluation it belongs to
 * @respondents: how many answered
 * @nrr: the average score of each element, 1 to 4
 *
 * One public-satisfaction survey of a unit (DOMAIN 10). The IKM and category are computed
 * (kr_ikm_compute (), kr_ikm_get_category ()).
 */
typedef struct
{
  gint64 id;
  gint64 unit_id;
  guint year;
  guint period;
  guint respondents;
  double nrr[KR_SKM_N_ELEMENTS];
} KrSkmSurvey;

void kr_skm_survey_free (KrSkmSurvey *survey);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrAppraisalIndicator, kr_appraisal_indicator_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrAppraisalResult, kr_appraisal_result_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrAppraisal, kr_appraisal_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrAppraisalEvaluation, kr_appraisal_evaluation_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrAppraisalTransition, kr_appraisal_transition_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrAppraisalRow, kr_appraisal_row_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrAppraisalSheet, kr_appraisal_sheet_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrPp46Appraisal, kr_pp46_appraisal_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrPeerFeedback, kr_peer_feedback_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrSkmSurvey, kr_skm_survey_free)

G_END_DECLS
