/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kr-promotion-rules.h"

G_BEGIN_DECLS

/* The plain values of kenaikan pangkat and retirement (DOMAIN 4, 9) that
 * kr-promotion-repository.h reads and writes. Each struct is owned by whoever holds it and freed
 * with its *_free (); strings marked (nullable) may be NULL; dates are #GDate, cleared (invalid)
 * when unknown. Fields marked read-only are filled when listed and ignored when saved. */

/**
 * KrPromotionCandidate:
 * @employee_id, @nip, @name (with titles), @unit_id, @unit_name (nullable),
 *   @position_name (nullable): the employee as listed
 * @rank, @rank_tmt: the current rank and since when
 * @service_years, @service_months: masa kerja golongan on the period date (from TMT CPNS)
 * @verdict: the best verdict for the period (kr_promotion_evaluate_best ()); its kind and
 *   to_rank are what a proposal would use
 * @promotion_id: the open (not cancelled) proposal of this employee for the period, else 0
 * @promotion_stage: its stage when @promotion_id is set
 *
 * One row of the candidates of a period.
 */
typedef struct
{
  gint64 employee_id;
  char *nip;
  char *name;
  gint64 unit_id;
  char *unit_name;
  char *position_name;
  KrRank rank;
  GDate rank_tmt;
  guint service_years;
  guint service_months;
  KrPromotionVerdict *verdict;
  gint64 promotion_id;
  KrPromotionStage promotion_stage;
} KrPromotionCandidate;

void kr_promotion_candidate_free (KrPromotionCandidate *candidate);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrPromotionCandidate, kr_promotion_candidate_free)

/**
 * KrPromotion:
 * @id: 0 for a new proposal
 * @kind: the KP kind
 * @period: the period date (TMT proposed)
 * @from_rank, @from_tmt: the rank left and its TMT (copied when proposed)
 * @to_rank: the rank given
 * @stage: where it is in the pipeline
 * @pertek_number, @pertek_date: BKN's technical approval (nullable / cleared)
 * @sk_number, @sk_date, @tmt: the decree and its TMT (usually @period)
 * @notes: (nullable)
 * @rank_history_id: the rank history row made when effective, else 0
 * @nip, @name, @unit_name, @position_name: (read-only) the employee as listed
 * @service_years, @service_months: (read-only) masa kerja golongan on @period
 * @n_documents, @n_documents_done: (read-only) the checklist
 */
typedef struct
{
  gint64 id;
  gint64 employee_id;
  KrKpKind kind;
  GDate period;
  KrRank from_rank;
  GDate from_tmt;
  KrRank to_rank;
  KrPromotionStage stage;
  char *pertek_number;
  GDate pertek_date;
  char *sk_number;
  GDate sk_date;
  GDate tmt;
  char *notes;
  gint64 rank_history_id;
  char *nip;
  char *name;
  char *unit_name;
  char *position_name;
  guint service_years;
  guint service_months;
  guint n_documents;
  guint n_documents_done;
} KrPromotion;

void kr_promotion_free (KrPromotion *promotion);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrPromotion, kr_promotion_free)

/**
 * KrPromotionDocument:
 * @code: the checklist code (kr_promotion_documents_for_kind ())
 * @done: whether it is at hand
 * @note: (nullable)
 */
typedef struct
{
  gint64 id;
  gint64 promotion_id;
  char *code;
  gboolean done;
  char *note;
} KrPromotionDocument;

void kr_promotion_document_free (KrPromotionDocument *document);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrPromotionDocument, kr_promotion_document_free)

/**
 * KrPromotionTransition:
 * @from_stage: the stage left; equal to @to_stage for the creation row
 * @at: UTC time, ISO 8601 with milliseconds
 * @user_name: (nullable): who moved it
 * @reason: (nullable)
 */
typedef struct
{
  gint64 id;
  gint64 promotion_id;
  KrPromotionStage from_stage;
  KrPromotionStage to_stage;
  char *at;
  char *user_name;
  char *reason;
} KrPromotionTransition;

void kr_promotion_transition_free (KrPromotionTransition *transition);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrPromotionTransition, kr_promotion_transition_free)

/**
 * KrUjianDinas:
 * @id: 0 for a new record
 * @certificate: (nullable): the certificate's number
 */
typedef struct
{
  gint64 id;
  gint64 employee_id;
  KrUjianDinasLevel level;
  GDate date;
  char *certificate;
} KrUjianDinas;

void kr_ujian_dinas_free (KrUjianDinas *record);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrUjianDinas, kr_ujian_dinas_free)

/**
 * KrAngkaKredit:
 * @id: 0 for a new record
 * @year: the year the AK was earned (integrasi: the year integrated)
 * @value: AK, >= 0, two decimals
 */
typedef struct
{
  gint64 id;
  gint64 employee_id;
  guint year;
  double value;
  KrAngkaKreditSource source;
} KrAngkaKredit;

void kr_angka_kredit_free (KrAngkaKredit *record);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrAngkaKredit, kr_angka_kredit_free)

/**
 * KrRetirement:
 * @bup_years: the BUP of the position held (58 when none)
 * @bup_date, @tmt_pensiun, @deadline: kr_retirement_dates ()
 * @months_left: whole months from the day asked about to @tmt_pensiun
 * @overdue: whether the deadline has passed
 */
typedef struct
{
  gint64 employee_id;
  char *nip;
  char *name;
  char *unit_name;
  char *position_name;
  KrRank rank;
  GDate birth_date;
  guint bup_years;
  GDate bup_date;
  GDate tmt_pensiun;
  GDate deadline;
  guint months_left;
  gboolean overdue;
} KrRetirement;

void kr_retirement_free (KrRetirement *retirement);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrRetirement, kr_retirement_free)

/* Whole years and months from @from to @to (0 when @to is before @from). */
void kr_promotion_service_between (const GDate *from, const GDate *to, guint *years, guint *months);

G_END_DECLS
