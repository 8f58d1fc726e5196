/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kr-database.h"
#include "kr-promotion.h"

G_BEGIN_DECLS

/* The only place with the SQL of kenaikan pangkat and retirement (schema: migrations/0010).
 * Every call checks the signed-in identity (kr-identity.h):
 * - reads need KR_PERMISSION_READ_EMPLOYEES; a unit head sees only the employees of the
 *   subtree they lead;
 * - writes need KR_PERMISSION_WRITE_PROMOTIONS (admin, HR operator).
 * A refused call sets KR_ERROR_PERMISSION_DENIED and changes nothing. Every write is one
 * transaction, audited (migration 7), and emits `changed` (a #KrPromotionChange mask) once it is
 * committed. Bad values give KR_ERROR_INVALID with a translated message naming the field;
 * a proposal or record that does not exist gives KR_ERROR_NOT_FOUND. */

/**
 * KrPromotionChange:
 *
 * What a write changed; the argument of the `changed` signal.
 */
typedef enum
{
  KR_PROMOTION_CHANGE_PROMOTIONS = 1 << 0,
  KR_PROMOTION_CHANGE_DOCUMENTS = 1 << 1,
  KR_PROMOTION_CHANGE_RANKS = 1 << 2, /* a rank history row was added: profiles change */
  KR_PROMOTION_CHANGE_UJIAN_DINAS = 1 << 3,
  KR_PROMOTION_CHANGE_ANGKA_KREDIT = 1 << 4,
} KrPromotionChange;

#define KR_TYPE_PROMOTION_REPOSITORY (kr_promotion_repository_get_type ())

G_DECLARE_FINAL_TYPE (KrPromotionRepository,
                      kr_promotion_repository,
                      KR,
                      PROMOTION_REPOSITORY,
                      GObject)

/* Signal "changed" (guint change_mask). */
KrPromotionRepository *kr_promotion_repository_new (KrDatabase *database);

KrDatabase *kr_promotion_repository_get_database (KrPromotionRepository *self);

/* Emits `changed` for a write made through another connection to the same file (a worker). */
void kr_promotion_repository_notify_changed (KrPromotionRepository *self, KrPromotionChange mask);

/* Candidates */

/**
 * KrCandidateQuery:
 * @period: the period date (TMT) evaluated; must be a period date of its era
 * @unit_id: the unit, 0 for every unit (in scope)
 * @subtree: whether the units below count too
 * @search: (nullable): name or NIP prefix
 *
 * SQL narrows to active PNS below IV/e, at least 1 year in rank on @period and not retired by
 * it; the rules (kr_promotion_evaluate_best ()) decide. Sorted by unit, rank (highest first),
 * rank TMT, name.
 */
typedef struct
{
  GDate period;
  gint64 unit_id;
  gboolean subtree;
  const char *search;
} KrCandidateQuery;

/* How many employees the SQL narrowing gives (each is listed, with its verdict). */
gboolean kr_promotion_repository_count_candidates (KrPromotionRepository *self,
                                                   const KrCandidateQuery *query,
                                                   guint *n_rows,
                                                   GError **error);

/**
 * kr_promotion_repository_list_candidates:
 *
 * Rows @offset..@offset+@limit-1 of the narrowed employees, each with its verdict and reasons;
 * the facts of a page are read with a few set-based queries. Meant for a worker.
 *
 * Returns: (element-type KrPromotionCandidate) (transfer full)
 */
GPtrArray *kr_promotion_repository_list_candidates (KrPromotionRepository *self,
                                                    const KrCandidateQuery *query,
                                                    guint offset,
                                                    guint limit,
                                                    GCancellable *cancellable,
                                                    GError **error);

/**
 * kr_promotion_repository_count_verdicts:
 * @counts: (out caller-allocates): indexed by #KrPromotionVerdictKind
 *
 * Evaluates every narrowed employee (page by page, cancellable) and counts the verdicts.
 */
gboolean kr_promotion_repository_count_verdicts (KrPromotionRepository *self,
                                                 const KrCandidateQuery *query,
                                                 guint counts[KR_N_PROMOTION_VERDICT_KINDS],
                                                 GCancellable *cancellable,
                                                 GError **error);

/* The verdict of one employee for @kind on @period (also for pengabdian and anumerta). */
KrPromotionVerdict *kr_promotion_repository_evaluate (KrPromotionRepository *self,
                                                      gint64 employee_id,
                                                      KrKpKind kind,
                                                      const GDate *period,
                                                      GError **error);

/* The facts the rules read for one employee (kind set to @kind), for display and tests. */
gboolean kr_promotion_repository_get_facts (KrPromotionRepository *self,
                                            gint64 employee_id,
                                            KrKpKind kind,
                                            const GDate *period,
                                            KrPromotionFacts *facts,
                                            GPtrArray **sanctions,
                                            GError **error);

/* The pipeline */

/**
 * KrPromotionQuery:
 * @stage: one stage, or -1 for every stage
 * @period: (nullable) one period only
 * @unit_id, @subtree: the employees' unit
 * @search: (nullable): name or NIP prefix
 *
 * Sorted by period, unit, rank (highest first), name.
 */
typedef struct
{
  gint stage;
  const GDate *period;
  gint64 unit_id;
  gboolean subtree;
  const char *search;
} KrPromotionQuery;

gboolean kr_promotion_repository_count_promotions (KrPromotionRepository *self,
                                                   const KrPromotionQuery *query,
                                                   guint *n_rows,
                                                   GError **error);

/* Returns: (element-type KrPromotion) (transfer full): rows @offset..@offset+@limit-1 */
GPtrArray *kr_promotion_repository_list_promotions (KrPromotionRepository *self,
                                                    const KrPromotionQuery *query,
                                                    guint offset,
                                                    guint limit,
                                                    GError **error);

KrPromotion *
kr_promotion_repository_get_promotion (KrPromotionRepository *self, gint64 id, GError **error);

/* Returns: (element-type KrPromotion) (transfer full): an employee's proposals, newest first */
GPtrArray *kr_promotion_repository_list_employee_promotions (KrPromotionRepository *self,
                                                             gint64 employee_id,
                                                             GError **error);

/**
 * kr_promotion_repository_propose:
 * @kind: the KP kind
 * @period: the period date; for pengabdian and anumerta any day
 * @notes: (nullable)
 * @id: (out) (optional): the new proposal
 *
 * Creates a proposal at stage candidate with the checklist of @kind (all items not done) and a
 * creation transition, after evaluating the employee: refused (KR_ERROR_INVALID with the first
 * unmet reason) unless the verdict is eligible; refused when the employee already has an open
 * proposal for @period (KR_ERROR_CONFLICT).
 */
gboolean kr_promotion_repository_propose (KrPromotionRepository *self,
                                          gint64 employee_id,
                                          KrKpKind kind,
                                          const GDate *period,
                                          const char *notes,
                                          gint64 *id,
                                          GError **error);

/**
 * kr_promotion_repository_move:
 * @reason: (nullable): needed for back moves and cancelling (kr_promotion_stage_move_needs_reason ())
 *
 * Moves a proposal one stage (kr_promotion_stage_can_move ()). Checks: documents_complete needs
 * every checklist item done; pertek needs the pertek number and date (use record_pertek);
 * decree needs the SK number, date and TMT (use record_decree); effective needs the decree's
 * TMT reached, and inserts the rank history row (golongan @to_rank, kind
 * kr_kp_kind_to_promotion_kind (), TMT, SK) in the same transaction. Every move adds a
 * transition row.
 */
gboolean kr_promotion_repository_move (KrPromotionRepository *self,
                                       gint64 id,
                                       KrPromotionStage to,
                                       const char *reason,
                                       GError **error);

/* Records BKN's pertimbangan teknis and moves proposed → pertek (number and date required; the
 * date not before the period's proposal, not in the future). */
gboolean kr_promotion_repository_record_pertek (KrPromotionRepository *self,
                                                gint64 id,
                                                const char *number,
                                                const GDate *date,
                                                GError **error);

/**
 * kr_promotion_repository_record_decree:
 * @tmt: the TMT of the decree (a period date of its era for kinds with periods)
 *
 * Records the SK and moves to decree; when @tmt is not after today it goes on to effective in
 * the same transaction (rank history row inserted). Pengabdian and anumerta may be decreed from
 * documents_complete or proposed (no pertek needed); the others from pertek.
 */
gboolean kr_promotion_repository_record_decree (KrPromotionRepository *self,
                                                gint64 id,
                                                const char *sk_number,
                                                const GDate *sk_date,
                                                const GDate *tmt,
                                                GError **error);

/* Sets the notes (any stage but final ones). */
gboolean kr_promotion_repository_set_notes (KrPromotionRepository *self,
                                            gint64 id,
                                            const char *notes,
                                            GError **error);

/* Returns: (element-type KrPromotionDocument) (transfer full): in checklist order */
GPtrArray *kr_promotion_repository_list_documents (KrPromotionRepository *self,
                                                   gint64 promotion_id,
                                                   GError **error);

/* Ticks a checklist item (stages candidate and documents_complete only; unticking at
 * documents_complete moves the proposal back to candidate, with a transition). */
gboolean kr_promotion_repository_set_document (KrPromotionRepository *self,
                                               gint64 document_id,
                                               gboolean done,
                                               const char *note,
                                               GError **error);

/* Returns: (element-type KrPromotionTransition) (transfer full): oldest first */
GPtrArray *kr_promotion_repository_list_transitions (KrPromotionRepository *self,
                                                     gint64 promotion_id,
                                                     GError **error);

/* Ujian dinas and angka kredit */

/* Returns: (element-type KrUjianDinas) (transfer full) */
GPtrArray *kr_promotion_repository_list_ujian_dinas (KrPromotionRepository *self,
                                                     gint64 employee_id,
                                                     GError **error);
/* Inserts (id 0) or updates; one record per employee and level (KR_ERROR_CONFLICT); the date
 * valid and not in the future. */
gboolean kr_promotion_repository_save_ujian_dinas (KrPromotionRepository *self,
                                                   KrUjianDinas *record,
                                                   GError **error);
gboolean
kr_promotion_repository_delete_ujian_dinas (KrPromotionRepository *self, gint64 id, GError **error);

/* Returns: (element-type KrAngkaKredit) (transfer full): by year */
GPtrArray *kr_promotion_repository_list_angka_kredit (KrPromotionRepository *self,
                                                      gint64 employee_id,
                                                      GError **error);
/* Inserts or updates; value 0..10000, year 1980..this year; one per employee, year and source. */
gboolean kr_promotion_repository_save_angka_kredit (KrPromotionRepository *self,
                                                    KrAngkaKredit *record,
                                                    GError **error);
gboolean kr_promotion_repository_delete_angka_kredit (KrPromotionRepository *self,
                                                      gint64 id,
                                                      GError **error);

/* Retirement */

/**
 * kr_promotion_repository_list_retirements:
 * @today: the day asked about
 * @months: the horizon: active PNS and CPNS whose TMT pensiun falls after @today and within
 *   @months months (1..120)
 * @unit_id, @subtree: the unit (0: every unit in scope)
 *
 * The BUP is the current position's (kr_position_get_bup (); 58 without a position). SQL
 * narrows by birth date (BUP 58..65), the rules decide. Bounded: refused above 10,000 rows
 * ("…choose a unit"). Sorted by TMT pensiun, then name.
 *
 * Returns: (element-type KrRetirement) (transfer full)
 */
GPtrArray *kr_promotion_repository_list_retirements (KrPromotionRepository *self,
                                                     const GDate *today,
                                                     guint months,
                                                     gint64 unit_id,
                                                     gboolean subtree,
                                                     GError **error);

G_END_DECLS
