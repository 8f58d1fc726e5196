/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kr-appraisal-rules.h"
#include "kr-education.h"
#include "kr-employee.h"
#include "kr-position.h"
#include "kr-rank.h"

G_BEGIN_DECLS

/* The rules of kenaikan pangkat (KP, DOMAIN 4) and retirement (DOMAIN 9) as pure functions over
 * plain values: the KP period regimes as dated data, the kinds of KP, the pipeline stages, the
 * document checklist of each kind, and the eligibility of one employee for one period.
 * Facts marked B in DOMAIN.md live in the tables of kr-promotion-rules.c alone. Every enum has a
 * storage code (migrations/0010) and a translated label. */

/**
 * KrKpKind:
 * @KR_KP_KIND_REGULER: KP reguler (code "reguler"): 4 years in rank, up to the education ceiling
 * @KR_KP_KIND_PILIHAN_STRUKTURAL: KP pilihan of a structural official whose rank is below the
 *   position's minimum (code "pilihan_struktural")
 * @KR_KP_KIND_PILIHAN_FUNGSIONAL: KP pilihan of a functional official, with angka kredit (code
 *   "pilihan_fungsional")
 * @KR_KP_KIND_PENYESUAIAN_IJAZAH: to the starting rank of a degree earned after appointment
 *   (code "penyesuaian_ijazah")
 * @KR_KP_KIND_PENGABDIAN: on reaching BUP, death or service-caused disability (code
 *   "pengabdian"); exempt from the periods and the time in rank
 * @KR_KP_KIND_ANUMERTA: posthumous, when killed on duty (code "anumerta"); exempt as pengabdian
 *
 * The kinds of KP that are proposed. In the rank history they become the #KrPromotionKind of
 * kr_kp_kind_to_promotion_kind ().
 */
typedef enum
{
  KR_KP_KIND_REGULER,
  KR_KP_KIND_PILIHAN_STRUKTURAL,
  KR_KP_KIND_PILIHAN_FUNGSIONAL,
  KR_KP_KIND_PENYESUAIAN_IJAZAH,
  KR_KP_KIND_PENGABDIAN,
  KR_KP_KIND_ANUMERTA,
  KR_N_KP_KINDS,
} KrKpKind;

const char *kr_kp_kind_get_code (KrKpKind kind);
/* Translated: "Regular", "Structural (pilihan)", "Functional (pilihan)", "Degree adjustment",
 * "Pengabdian", "Anumerta" */
const char *kr_kp_kind_get_label (KrKpKind kind);
/* The official short name, not translated: "KP Reguler", "KP Pilihan (Jabatan Struktural)", … */
const char *kr_kp_kind_get_official_name (KrKpKind kind);
gboolean kr_kp_kind_from_code (const char *code, KrKpKind *kind);
/* REGULER → reguler, both PILIHAN → pilihan, and the namesakes */
KrPromotionKind kr_kp_kind_to_promotion_kind (KrKpKind kind);
/* Whether the kind's TMT must be a period date (all but pengabdian and anumerta) */
gboolean kr_kp_kind_uses_periods (KrKpKind kind);

/**
 * KrKpPeriodRegime:
 * @regulation: the regulation, an official name ("PP 12/2002")
 * @first_day: the first day the regime applies, ISO date
 * @last_day: (nullable): its last day, ISO date; %NULL for the regime in force
 * @months: bit (1 << (month - 1)) for each month whose 1st is a period date
 * @n_per_year: how many periods a year
 * @confirmed: whether DOMAIN.md marks the regime's dates C (else B)
 *
 * One era of KP periods (DOMAIN 4.3). A period date is always the 1st of a month.
 */
typedef struct
{
  const char *regulation;
  const char *first_day;
  const char *last_day;
  guint months;
  guint n_per_year;
  gboolean confirmed;
} KrKpPeriodRegime;

/* The regimes, oldest first; @n_regimes set to their number. */
const KrKpPeriodRegime *kr_kp_period_regimes (guint *n_regimes);
/* The regime in force on @date, or %NULL before the first one. */
const KrKpPeriodRegime *kr_kp_period_regime_for_date (const GDate *date);

/* Whether @date is a period date of the regime in force on that date (1 Oct 2003: yes; 1 Jul
 * 2003: no; 1 Jul 2001: yes; 1 Jul 2025: no; 1 Nov 2025: yes). */
gboolean kr_kp_period_is_valid (const GDate *date);

/* The first period date strictly after @date (@out), each candidate date judged by its own
 * era. Returns %FALSE only for an invalid @date. */
gboolean kr_kp_period_next (const GDate *date, GDate *out);
/* The first period date on or after @date. */
gboolean kr_kp_period_on_or_after (const GDate *date, GDate *out);
/* The last period date strictly before @date; %FALSE when there is none (before the first
 * regime). */
gboolean kr_kp_period_previous (const GDate *date, GDate *out);

/**
 * KrPromotionStage:
 * @KR_PROMOTION_STAGE_CANDIDATE: picked from the candidates, documents being gathered (code
 *   "candidate")
 * @KR_PROMOTION_STAGE_DOCUMENTS_COMPLETE: every checklist item is done (code "documents_complete")
 * @KR_PROMOTION_STAGE_PROPOSED: sent (usul) through SIASN (code "proposed")
 * @KR_PROMOTION_STAGE_PERTEK: BKN's pertimbangan teknis received, number and date (code "pertek")
 * @KR_PROMOTION_STAGE_DECREE: the SK signed, number, date and TMT (code "decree")
 * @KR_PROMOTION_STAGE_EFFECTIVE: the TMT reached; the rank history holds the new rank (code
 *   "effective"); final
 * @KR_PROMOTION_STAGE_CANCELLED: withdrawn with a reason (code "cancelled"); final
 */
typedef enum
{
  KR_PROMOTION_STAGE_CANDIDATE,
  KR_PROMOTION_STAGE_DOCUMENTS_COMPLETE,
  KR_PROMOTION_STAGE_PROPOSED,
  KR_PROMOTION_STAGE_PERTEK,
  KR_PROMOTION_STAGE_DECREE,
  KR_PROMOTION_STAGE_EFFECTIVE,
  KR_PROMOTION_STAGE_CANCELLED,
  KR_N_PROMOTION_STAGES,
} KrPromotionStage;

const char *kr_promotion_stage_get_code (KrPromotionStage stage);
/* Translated: "Candidate", "Documents complete", "Proposed", "Technical approval", "Decree",
 * "Effective", "Cancelled" */
const char *kr_promotion_stage_get_label (KrPromotionStage stage);
gboolean kr_promotion_stage_from_code (const char *code, KrPromotionStage *stage);

/**
 * kr_promotion_stage_can_move:
 *
 * The pipeline: candidate → documents_complete → proposed → pertek → decree → effective, one
 * step forward at a time; one step back (a correction, with a reason) from documents_complete,
 * proposed and pertek; any stage but effective → cancelled (with a reason). Effective and
 * cancelled are final.
 */
gboolean kr_promotion_stage_can_move (KrPromotionStage from, KrPromotionStage to);
/* Whether a move needs a reason: back moves and cancelling */
gboolean kr_promotion_stage_move_needs_reason (KrPromotionStage from, KrPromotionStage to);

/**
 * KrPromotionDocumentItem:
 * @code: storage code ("sk_pangkat_terakhir")
 * @label: English label, translate with _ ()
 *
 * One item of a KP document checklist (B: SE Kepala BKN 19/2022 and Kanreg lists).
 */
typedef struct
{
  const char *code;
  const char *label;
} KrPromotionDocumentItem;

/* The checklist of @kind (data), @n_items set. */
const KrPromotionDocumentItem *kr_promotion_documents_for_kind (KrKpKind kind, guint *n_items);
/* The translated label of a checklist code, or @code itself when unknown. */
const char *kr_promotion_document_get_label (const char *code);

/**
 * KrUjianDinasLevel:
 * @KR_UJIAN_DINAS_II_III: ujian dinas tingkat I, for II/d → III/a (code "ii_iii")
 * @KR_UJIAN_DINAS_III_IV: ujian dinas tingkat II, for III/d → IV/a (code "iii_iv")
 */
typedef enum
{
  KR_UJIAN_DINAS_II_III,
  KR_UJIAN_DINAS_III_IV,
  KR_N_UJIAN_DINAS_LEVELS,
} KrUjianDinasLevel;

const char *kr_ujian_dinas_level_get_code (KrUjianDinasLevel level);
/* Translated: "Level I (II → III)", "Level II (III → IV)" */
const char *kr_ujian_dinas_level_get_label (KrUjianDinasLevel level);
gboolean kr_ujian_dinas_level_from_code (const char *code, KrUjianDinasLevel *level);
/* Whether going from @from to @to crosses a golongan that needs ujian dinas (@level set). */
gboolean kr_ujian_dinas_needed (KrRank from, KrRank to, KrUjianDinasLevel *level);

/**
 * KrAngkaKreditSource:
 * @KR_ANGKA_KREDIT_SOURCE_KONVERSI: yearly conversion of the predikat (code "konversi")
 * @KR_ANGKA_KREDIT_SOURCE_INTEGRASI: the AK integrated from before 2023 (code "integrasi")
 * @KR_ANGKA_KREDIT_SOURCE_PAK: an older penetapan angka kredit (code "pak")
 */
typedef enum
{
  KR_ANGKA_KREDIT_SOURCE_KONVERSI,
  KR_ANGKA_KREDIT_SOURCE_INTEGRASI,
  KR_ANGKA_KREDIT_SOURCE_PAK,
  KR_N_ANGKA_KREDIT_SOURCES,
} KrAngkaKreditSource;

const char *kr_angka_kredit_source_get_code (KrAngkaKreditSource source);
/* Translated: "Yearly conversion", "Integration", "PAK" */
const char *kr_angka_kredit_source_get_label (KrAngkaKreditSource source);
gboolean kr_angka_kredit_source_from_code (const char *code, KrAngkaKreditSource *source);

/* DOMAIN 4.4: the AK a jenjang needs for KP (Ahli Pertama 50 … Penyelia 100); 0 for NONE */
double kr_angka_kredit_for_kp (KrPositionLevel level);
/* DOMAIN 4.4: the yearly koefisien of a jenjang (Ahli Pertama 12.5); 0 for NONE */
double kr_angka_kredit_koefisien (KrPositionLevel level);
/* months/12 × percentage of @predikat × koefisien (2 months Baik as Ahli Pertama: 2.08…) */
double kr_angka_kredit_convert (KrPositionLevel level, KrPredikat predikat, guint months);

/**
 * KrPerformanceSource:
 * @KR_PERFORMANCE_NONE: no appraisal recorded for the year
 * @KR_PERFORMANCE_PREDIKAT: an SKP predikat (PP 30/2019)
 * @KR_PERFORMANCE_PP46: a PP 46/2011 sebutan (2014–2021)
 */
typedef enum
{
  KR_PERFORMANCE_NONE,
  KR_PERFORMANCE_PREDIKAT,
  KR_PERFORMANCE_PP46,
} KrPerformanceSource;

/**
 * KrPromotionPerformance:
 * @year: the appraisal year
 * @source: which scale, or NONE
 * @predikat: for PREDIKAT
 * @sebutan: for PP46
 */
typedef struct
{
  guint year;
  KrPerformanceSource source;
  KrPredikat predikat;
  KrPp46Sebutan sebutan;
} KrPromotionPerformance;

/* Whether a year's result is at least Baik (Baik, Sangat Baik on either scale). */
gboolean kr_promotion_performance_is_good (const KrPromotionPerformance *performance);
/* The two appraisal years KP for the period @date reads: @date's year − 1 and − 2 */
void kr_promotion_performance_years (const GDate *date, guint *last, guint *before_last);

/**
 * KrPromotionSanction:
 * @level: ringan, sedang or berat
 * @regulation: PP 94/2021 or PP 53/2010
 * @delays_kp: a PP 53/2010 sedang sanction "penundaan kenaikan pangkat selama 1 tahun"
 * @tmt: its first day
 * @end_date: its last day; invalid (cleared) for a sanction without a period
 */
typedef struct
{
  KrDisciplineLevel level;
  KrDisciplineRegulation regulation;
  gboolean delays_kp;
  GDate tmt;
  GDate end_date;
} KrPromotionSanction;

/**
 * KrPromotionFacts:
 * @kind: the kind of KP evaluated (kr_promotion_evaluate_best () ignores it)
 * @employee_kind: PNS, CPNS or PPPK (KP is for PNS only)
 * @status: kedudukan hukum (aktif needed, except anumerta: meninggal)
 * @rank: the current rank; @rank_tmt: since when
 * @education: the highest recognised education
 * @has_position: whether a position is held; then @position_kind, @position_level, the
 *   position's lowest rank @position_min_rank and highest rank @position_max_rank
 *   (kr_position_get_rank_range ()) and @position_tmt
 * @performance: the two appraisal years of kr_promotion_performance_years (), last first
 * @ujian_dinas: which levels were passed, indexed by #KrUjianDinasLevel
 * @angka_kredit: the AK total counted for KP in the current jenjang
 * @sanctions, @n_sanctions: the discipline sanctions at level sedang or berat (ringan ones are
 *   ignored)
 * @birth_date, @bup_years: for retirement (kr_position_get_bup ())
 * @died_on_duty: for anumerta
 *
 * Everything the eligibility of one employee reads, as plain values (the repository fills it).
 */
typedef struct
{
  KrKpKind kind;
  KrEmployeeKind employee_kind;
  KrEmployeeStatus status;
  KrRank rank;
  GDate rank_tmt;
  KrEducation education;
  gboolean has_position;
  KrPositionKind position_kind;
  KrPositionLevel position_level;
  KrRank position_min_rank;
  KrRank position_max_rank;
  GDate position_tmt;
  KrPromotionPerformance performance[2];
  gboolean ujian_dinas[KR_N_UJIAN_DINAS_LEVELS];
  double angka_kredit;
  const KrPromotionSanction *sanctions;
  guint n_sanctions;
  GDate birth_date;
  guint bup_years;
  gboolean died_on_duty;
} KrPromotionFacts;

/**
 * KrPromotionRule:
 *
 * The rules a verdict reports on, each with one reason.
 */
typedef enum
{
  KR_PROMOTION_RULE_EMPLOYEE,         /* PNS, active */
  KR_PROMOTION_RULE_PERIOD,           /* the TMT is a period date of its era */
  KR_PROMOTION_RULE_HIGHEST_RANK,     /* not already IV/e */
  KR_PROMOTION_RULE_TIME_IN_RANK,     /* 4 y reguler, 2 y fungsional, 1 y struktural/ijazah */
  KR_PROMOTION_RULE_TIME_IN_POSITION, /* 1 y, pilihan struktural */
  KR_PROMOTION_RULE_POSITION,         /* the kind fits the position (below its minimum, …) */
  KR_PROMOTION_RULE_PERFORMANCE,      /* at least Baik in each of the last 2 years */
  KR_PROMOTION_RULE_EDUCATION,        /* ceiling (reguler) or a higher starting rank (ijazah) */
  KR_PROMOTION_RULE_UJIAN_DINAS,      /* II/d → III/a, III/d → IV/a */
  KR_PROMOTION_RULE_ANGKA_KREDIT,     /* AK for KP of the jenjang */
  KR_PROMOTION_RULE_DISCIPLINE,       /* no sedang/berat sanction being served; PP 53 delay */
  KR_PROMOTION_RULE_RETIREMENT,       /* not retired by then; pengabdian: reaches BUP */
  KR_PROMOTION_RULE_DIED_ON_DUTY,     /* anumerta */
  KR_N_PROMOTION_RULES,
} KrPromotionRule;

/* Translated short name: "Employee", "Period", "Rank", "Time in rank", … */
const char *kr_promotion_rule_get_label (KrPromotionRule rule);

/**
 * KrPromotionVerdictKind:
 * @KR_PROMOTION_ELIGIBLE: every rule met (code "eligible")
 * @KR_PROMOTION_NOT_YET: only time-bound rules unmet; eligible from @eligible_on (code "not_yet")
 * @KR_PROMOTION_BLOCKED: a rule that time alone does not meet (code "blocked")
 */
typedef enum
{
  KR_PROMOTION_ELIGIBLE,
  KR_PROMOTION_NOT_YET,
  KR_PROMOTION_BLOCKED,
  KR_N_PROMOTION_VERDICT_KINDS,
} KrPromotionVerdictKind;

const char *kr_promotion_verdict_kind_get_code (KrPromotionVerdictKind kind);
/* Translated: "Eligible", "Not yet", "Blocked" */
const char *kr_promotion_verdict_kind_get_label (KrPromotionVerdictKind kind);

/**
 * KrPromotionReason:
 * @rule: which rule
 * @met: whether it is met
 * @text: translated, with the numbers ("4 years in III/b needed; 3 years 2 months on 1 April 2026")
 */
typedef struct
{
  KrPromotionRule rule;
  gboolean met;
  char *text;
} KrPromotionReason;

/**
 * KrPromotionVerdict:
 * @kind: the KP kind evaluated
 * @verdict: eligible, not yet or blocked
 * @date: the period (TMT) evaluated
 * @eligible_on: for NOT_YET: the first period date (or, for kinds without periods, day) on
 *   which the time-bound rules are met; cleared otherwise
 * @to_rank: the rank the KP gives (the next rank; for penyesuaian ijazah the starting rank of
 *   the education); equal to the current rank when there is none
 * @reasons: (element-type KrPromotionReason): every rule that applies to @kind, met or not,
 *   unmet ones first
 */
typedef struct
{
  KrKpKind kind;
  KrPromotionVerdictKind verdict;
  GDate date;
  GDate eligible_on;
  KrRank to_rank;
  GPtrArray *reasons;
} KrPromotionVerdict;

void kr_promotion_verdict_free (KrPromotionVerdict *verdict);
KrPromotionVerdict *kr_promotion_verdict_copy (const KrPromotionVerdict *verdict);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrPromotionVerdict, kr_promotion_verdict_free)

/* The first unmet reason's text, or NULL when eligible (for one-line displays) */
const char *kr_promotion_verdict_get_summary (const KrPromotionVerdict *verdict);

/**
 * kr_promotion_evaluate:
 * @facts: the employee (its @kind is the kind evaluated)
 * @date: the period date (TMT) proposed
 *
 * Evaluates the rules of @facts->kind (DOMAIN 4.2, 11.2):
 * - PNS only, active (anumerta: died on duty);
 * - the TMT is a period date of its era, except pengabdian and anumerta;
 * - time in rank on @date: reguler 4 years, pilihan fungsional 2, pilihan struktural and
 *   penyesuaian ijazah 1; pilihan struktural also 1 year in the position and a rank below the
 *   position's minimum; pilihan fungsional a functional position whose range holds the next
 *   rank, and the AK for KP of its jenjang;
 * - at least Baik in each of the last 2 years (PP 46/2011 sebutan for years up to 2021);
 * - reguler: the next rank not above the education ceiling; penyesuaian ijazah: the
 *   education's starting rank above the current rank;
 * - ujian dinas for II/d → III/a and III/d → IV/a (not for penyesuaian ijazah, pengabdian and
 *   anumerta);
 * - no sedang/berat sanction being served on @date (until its end: not yet; without an end:
 *   blocked); a PP 53/2010 "KP delayed 1 year" sanction postpones to 1 year after its TMT;
 * - not retired (TMT pensiun) by @date; pengabdian: @date on or after the 1st of the month in
 *   which BUP is reached.
 * Time-bound rules (time in rank or position, AK, sanction with an end, the BUP month of
 * pengabdian) give NOT_YET with the date they will be met; any other unmet rule gives BLOCKED.
 *
 * Returns: (transfer full): the verdict
 */
KrPromotionVerdict *kr_promotion_evaluate (const KrPromotionFacts *facts, const GDate *date);

/**
 * kr_promotion_evaluate_best:
 *
 * Evaluates every kind that can apply to the employee (reguler; pilihan struktural for JPT,
 * administrator and pengawas; pilihan fungsional for functional positions; penyesuaian ijazah
 * when the education's starting rank is above the rank) and returns the best verdict: eligible
 * before not yet (earliest first) before blocked; at equal verdicts the order of #KrKpKind.
 * Pengabdian and anumerta are only evaluated when asked for by kind.
 */
KrPromotionVerdict *kr_promotion_evaluate_best (const KrPromotionFacts *facts, const GDate *date);

/* Retirement (DOMAIN 9) */

/* How many months before the TMT pensiun the proposal must be sent (B: 6) */
guint kr_retirement_proposal_lead_months (void);

/**
 * kr_retirement_dates:
 * @birth_date: the birth date
 * @bup_years: the BUP (kr_position_get_bup ())
 * @bup_date: (out) (optional): the day BUP is reached (the birthday)
 * @tmt_pensiun: (out) (optional): the 1st of the month after (kr_position_retirement_date ())
 * @deadline: (out) (optional): the proposal deadline, kr_retirement_proposal_lead_months ()
 *   before @tmt_pensiun
 */
void kr_retirement_dates (const GDate *birth_date,
                          guint bup_years,
                          GDate *bup_date,
                          GDate *tmt_pensiun,
                          GDate *deadline);

G_END_DECLS
