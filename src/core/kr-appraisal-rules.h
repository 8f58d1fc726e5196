/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The rules of performance appraisal (DOMAIN 5): pure functions over plain values, no SQL.
 * Every official term here (ratings, predikat, BerAKHLAK values, period names) is used
 * verbatim in the UI and on paper, and is not translated. Each enum has a stable storage code
 * (the *_get_code () / *_from_code () pairs); the schema's CHECK constraints list the same
 * codes. */

/**
 * KrRating:
 * @KR_RATING_BELOW: Di Bawah Ekspektasi (code "below")
 * @KR_RATING_AS_EXPECTED: Sesuai Ekspektasi (code "as_expected")
 * @KR_RATING_ABOVE: Di Atas Ekspektasi (code "above")
 *
 * The rating of work results (rating hasil kerja) or of work behaviour (rating perilaku
 * kerja), DOMAIN 5.3. Ordered: a higher value is a better rating.
 */
typedef enum
{
  KR_RATING_BELOW,
  KR_RATING_AS_EXPECTED,
  KR_RATING_ABOVE,
  KR_N_RATINGS,
} KrRating;

const char *kr_rating_get_label (KrRating rating);
const char *kr_rating_get_code (KrRating rating);
gboolean kr_rating_from_code (const char *code, KrRating *rating);

/**
 * KrPredikat:
 * @KR_PREDIKAT_SANGAT_KURANG: Sangat Kurang (code "sangat_kurang")
 * @KR_PREDIKAT_KURANG: Kurang/Misconduct (code "kurang")
 * @KR_PREDIKAT_BUTUH_PERBAIKAN: Butuh Perbaikan (code "butuh_perbaikan")
 * @KR_PREDIKAT_BAIK: Baik (code "baik")
 * @KR_PREDIKAT_SANGAT_BAIK: Sangat Baik (code "sangat_baik")
 *
 * The predikat kinerja pegawai, DOMAIN 5.3. Ordered from worst to best, so the value is also
 * its level on a trend chart (0 to 4).
 */
typedef enum
{
  KR_PREDIKAT_SANGAT_KURANG,
  KR_PREDIKAT_KURANG,
  KR_PREDIKAT_BUTUH_PERBAIKAN,
  KR_PREDIKAT_BAIK,
  KR_PREDIKAT_SANGAT_BAIK,
  KR_N_PREDIKAT,
} KrPredikat;

const char *kr_predikat_get_label (KrPredikat predikat);
const char *kr_predikat_get_code (KrPredikat predikat);
gboolean kr_predikat_from_code (const char *code, KrPredikat *predikat);

/**
 * kr_predikat_from_ratings:
 * @results: the rating of work results
 * @behaviour: the rating of work behaviour
 *
 * The predikat matrix of PermenPANRB 6/2022 (DOMAIN 5.3): the only way a predikat is made.
 *
 * Returns: the predikat of the two ratings
 */
KrPredikat kr_predikat_from_ratings (KrRating results, KrRating behaviour);

/**
 * KrOrganisationResult:
 * @KR_ORGANISATION_RESULT_SANGAT_KURANG: Sangat Kurang (code "sangat_kurang")
 * @KR_ORGANISATION_RESULT_KURANG: Kurang (code "kurang")
 * @KR_ORGANISATION_RESULT_BUTUH_PERBAIKAN: Butuh Perbaikan (Cukup) (code "butuh_perbaikan")
 * @KR_ORGANISATION_RESULT_BAIK: Baik (code "baik")
 * @KR_ORGANISATION_RESULT_ISTIMEWA: Istimewa (code "istimewa")
 *
 * The capaian kinerja organisasi of a unit for a period, DOMAIN 5.3; ordered worst to best.
 */
typedef enum
{
  KR_ORGANISATION_RESULT_SANGAT_KURANG,
  KR_ORGANISATION_RESULT_KURANG,
  KR_ORGANISATION_RESULT_BUTUH_PERBAIKAN,
  KR_ORGANISATION_RESULT_BAIK,
  KR_ORGANISATION_RESULT_ISTIMEWA,
  KR_N_ORGANISATION_RESULTS,
} KrOrganisationResult;

const char *kr_organisation_result_get_label (KrOrganisationResult result);
const char *kr_organisation_result_get_code (KrOrganisationResult result);
gboolean kr_organisation_result_from_code (const char *code, KrOrganisationResult *result);

/**
 * kr_organisation_result_to_rating:
 * @result: a unit's capaian kinerja organisasi
 *
 * When the appraised employee leads the unit, the unit's result becomes their rating of work
 * results (DOMAIN 5.3): Istimewa gives Di Atas Ekspektasi, Baik gives Sesuai Ekspektasi, and
 * the rest Di Bawah Ekspektasi. The mapping is B (DOMAIN gives the rule, not the table).
 *
 * Returns: the rating
 */
KrRating kr_organisation_result_to_rating (KrOrganisationResult result);

/**
 * KrDistributionProblem:
 * @rule: the rule that is broken, in English, translated (for example "At most 70% may be
 *   Sangat Baik")
 * @detail: what the counts are, translated (for example "42 of 50 (84%) are Sangat Baik")
 *
 * One broken rule of the pola distribusi.
 */
typedef struct
{
  char *rule;
  char *detail;
} KrDistributionProblem;

void kr_distribution_problem_free (KrDistributionProblem *problem);

/**
 * KrDistributionRule:
 * @predikats: the predikat the rule counts together, a bit mask of (1 << #KrPredikat)
 * @at_least: the least share of them, in per cent (a tiny positive value means "some")
 * @at_most: the largest share of them, in per cent
 *
 * One rule of the pola distribusi (DOMAIN 5.3).
 */
typedef struct
{
  guint predikats;
  double at_least;
  double at_most;
} KrDistributionRule;

/**
 * kr_appraisal_distribution_rules:
 * @result: the unit's capaian kinerja organisasi
 * @n_rules: (out): how many rules there are
 *
 * The rules of the pola distribusi for @result, the table that
 * kr_appraisal_check_distribution() checks (and that a chart draws as the expected shares).
 *
 * Returns: (array length=n_rules) (transfer none): the rules
 */
const KrDistributionRule *
kr_appraisal_distribution_rules (KrOrganisationResult result, guint *n_rules);

/**
 * kr_appraisal_check_distribution:
 * @result: the unit's capaian kinerja organisasi
 * @counts: how many of the unit's employees hold each predikat, indexed by #KrPredikat
 *
 * Checks the pola distribusi of DOMAIN 5.3 for a unit: each rule of @result's row that the
 * counts break gives one problem. No employees gives no problem.
 *
 * Returns: (transfer full) (element-type KrDistributionProblem): the problems, empty when the
 *   distribution keeps the rules
 */
GPtrArray *
kr_appraisal_check_distribution (KrOrganisationResult result, const guint counts[KR_N_PREDIKAT]);

/**
 * KrFollowUp:
 * @KR_FOLLOW_UP_RECOGNITION: Sangat Baik: candidates for awards and the talent pool
 * @KR_FOLLOW_UP_DEVELOPMENT: Butuh Perbaikan, Kurang/Misconduct and Sangat Kurang: coaching,
 *   mentoring or training
 */
typedef enum
{
  KR_FOLLOW_UP_RECOGNITION,
  KR_FOLLOW_UP_DEVELOPMENT,
  KR_N_FOLLOW_UPS,
} KrFollowUp;

/**
 * kr_follow_up_includes:
 * @list: a follow-up list
 * @predikat: a predikat
 *
 * Returns: whether a final evaluation with @predikat belongs on @list
 */
gboolean kr_follow_up_includes (KrFollowUp list, KrPredikat predikat);

/**
 * KrBehaviour:
 *
 * The seven BerAKHLAK core values (DOMAIN 5.2), in their official order; stored as 1 to 7
 * (the value + 1).
 */
typedef enum
{
  KR_BEHAVIOUR_BERORIENTASI_PELAYANAN,
  KR_BEHAVIOUR_AKUNTABEL,
  KR_BEHAVIOUR_KOMPETEN,
  KR_BEHAVIOUR_HARMONIS,
  KR_BEHAVIOUR_LOYAL,
  KR_BEHAVIOUR_ADAPTIF,
  KR_BEHAVIOUR_KOLABORATIF,
  KR_N_BEHAVIOURS,
} KrBehaviour;

/* "Berorientasi Pelayanan" … "Kolaboratif" */
const char *kr_behaviour_get_label (KrBehaviour behaviour);

/**
 * kr_behaviour_get_guidance:
 * @behaviour: a core value
 *
 * The three panduan perilaku of @behaviour in official Indonesian, as printed under the value
 * on the SKP. Partly B (DOMAIN 5.2): kept in one table in kr-appraisal-rules.c.
 *
 * Returns: (array zero-terminated=1) (transfer none): the three items
 */
const char *const *kr_behaviour_get_guidance (KrBehaviour behaviour);

/**
 * KrResultKind:
 * @KR_RESULT_KIND_UTAMA: Kinerja Utama (code "utama")
 * @KR_RESULT_KIND_TAMBAHAN: Kinerja Tambahan (code "tambahan")
 *
 * The group of a planned work result (DOMAIN 5.1).
 */
typedef enum
{
  KR_RESULT_KIND_UTAMA,
  KR_RESULT_KIND_TAMBAHAN,
  KR_N_RESULT_KINDS,
} KrResultKind;

const char *kr_result_kind_get_label (KrResultKind kind);
const char *kr_result_kind_get_code (KrResultKind kind);
gboolean kr_result_kind_from_code (const char *code, KrResultKind *kind);

/**
 * KrAspect:
 *
 * The aspect an indicator measures: Kuantitas, Kualitas, Waktu, Biaya (DOMAIN 5.1); codes
 * "kuantitas", "kualitas", "waktu", "biaya".
 */
typedef enum
{
  KR_ASPECT_KUANTITAS,
  KR_ASPECT_KUALITAS,
  KR_ASPECT_WAKTU,
  KR_ASPECT_BIAYA,
  KR_N_ASPECTS,
} KrAspect;

const char *kr_aspect_get_label (KrAspect aspect);
const char *kr_aspect_get_code (KrAspect aspect);
gboolean kr_aspect_from_code (const char *code, KrAspect *aspect);

/**
 * KrAppraisalCycle:
 * @KR_APPRAISAL_CYCLE_MONTHLY: twelve monthly evaluations (code "monthly")
 * @KR_APPRAISAL_CYCLE_QUARTERLY: four quarterly evaluations, TRIWULAN I … IV (code
 *   "quarterly")
 * @KR_APPRAISAL_CYCLE_SEMESTER: two evaluations, SEMESTER I and II (code "semester")
 *
 * How often an instansi evaluates during the year, besides the annual evaluation (DOMAIN
 * 5.4, B). Periods are numbered from 1; period 0 is always the annual evaluation.
 */
typedef enum
{
  KR_APPRAISAL_CYCLE_MONTHLY,
  KR_APPRAISAL_CYCLE_QUARTERLY,
  KR_APPRAISAL_CYCLE_SEMESTER,
  KR_N_APPRAISAL_CYCLES,
} KrAppraisalCycle;

/* The default cycle of an instansi that has not chosen one. */
#define KR_APPRAISAL_CYCLE_DEFAULT KR_APPRAISAL_CYCLE_QUARTERLY

/* Translated: "Monthly", "Quarterly", "Each semester" */
const char *kr_appraisal_cycle_get_label (KrAppraisalCycle cycle);
const char *kr_appraisal_cycle_get_code (KrAppraisalCycle cycle);
gboolean kr_appraisal_cycle_from_code (const char *code, KrAppraisalCycle *cycle);

/* 12, 4 or 2: the periodic evaluations of a year, not counting the annual one. */
guint kr_appraisal_cycle_get_n_periods (KrAppraisalCycle cycle);

/**
 * kr_appraisal_period_dup_label:
 * @cycle: the cycle
 * @period: 0 for the annual evaluation, 1 to kr_appraisal_cycle_get_n_periods () for a
 *   periodic one
 *
 * The official name of a period as printed in the header "PERIODE: …": "TRIWULAN II",
 * "SEMESTER I", "BULAN MARET", and "AKHIR" for the annual evaluation. Not translated.
 *
 * Returns: (transfer full): the name
 */
char *kr_appraisal_period_dup_label (KrAppraisalCycle cycle, guint period);

/**
 * kr_appraisal_period_get_dates:
 * @cycle: the cycle
 * @year: the appraisal year
 * @period: 0 for the whole year, or a periodic evaluation
 * @start: (out): the first day of the period
 * @end: (out): the last day of the period
 *
 * The dates a period covers: 1 January to 31 December for the annual evaluation (DOMAIN 5.4),
 * or the month, quarter or half-year. Returns %FALSE for a period out of range.
 */
gboolean kr_appraisal_period_get_dates (KrAppraisalCycle cycle,
                                        guint year,
                                        guint period,
                                        GDate *start,
                                        GDate *end);

/**
 * KrPp46Sebutan:
 *
 * The sebutan of a PP 46/2011 Nilai Prestasi Kerja (DOMAIN 5.6), worst to best: Buruk,
 * Kurang, Cukup, Baik, Sangat Baik.
 */
typedef enum
{
  KR_PP46_SEBUTAN_BURUK,
  KR_PP46_SEBUTAN_KURANG,
  KR_PP46_SEBUTAN_CUKUP,
  KR_PP46_SEBUTAN_BAIK,
  KR_PP46_SEBUTAN_SANGAT_BAIK,
  KR_N_PP46_SEBUTAN,
} KrPp46Sebutan;

const char *kr_pp46_sebutan_get_label (KrPp46Sebutan sebutan);

/* The first and last year a PP 46/2011 appraisal can belong to (2014 to the first half of
 * 2021, DOMAIN 5.6), and the first year of PermenPANRB appraisals (the second half of 2021). */
#define KR_PP46_FIRST_YEAR 2014
#define KR_PP46_LAST_YEAR  2021
#define KR_SKP_FIRST_YEAR  2021

/**
 * kr_pp46_score:
 * @skp: the SKP score, 0 to 100
 * @behaviour: the perilaku kerja score, 0 to 100
 *
 * Returns: the Nilai Prestasi Kerja, SKP × 60% + perilaku × 40%, rounded to two decimals
 */
double kr_pp46_score (double skp, double behaviour);

/**
 * kr_pp46_sebutan_from_score:
 * @score: a score from 0 to 100
 *
 * The band of @score (DOMAIN 5.6): 91 and above Sangat Baik, 76 and above Baik, 61 and above
 * Cukup, 51 and above Kurang, below that Buruk. A score between two bands' integers, such as
 * 90.5, belongs to the lower band. The bands are a table in kr-appraisal-rules.c (B).
 *
 * Returns: the sebutan
 */
KrPp46Sebutan kr_pp46_sebutan_from_score (double score);

/**
 * kr_pp46_sebutan_to_level:
 * @sebutan: a PP 46/2011 sebutan
 *
 * Where a PP 46/2011 result sits on the five levels of a trend chart whose levels are the
 * #KrPredikat values: Sangat Baik and Baik on their namesakes, Cukup on Butuh Perbaikan,
 * Kurang on Kurang/Misconduct, Buruk on Sangat Kurang. A drawing aid, not an equivalence in
 * law.
 *
 * Returns: the level, 0 to 4
 */
guint kr_pp46_sebutan_to_level (KrPp46Sebutan sebutan);

G_END_DECLS
