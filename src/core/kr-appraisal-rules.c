/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-appraisal-rules"

#include "config.h"

#include "kr-appraisal-rules.h"

#include <math.h>

#include "kr-i18n.h"

typedef struct
{
  const char *code;
  const char *label;
} CodeLabel;

/* Looks @code up in @table of @n entries. */
static gboolean
find_code (const CodeLabel *table, guint n, const char *code, guint *index)
{
  if (code == NULL)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (table[i].code, code) == 0)
      {
        *index = i;
        return TRUE;
      }
  return FALSE;
}

/* DOMAIN 5.3 (C). Official terms: do not translate. */
static const CodeLabel ratings[KR_N_RATINGS] = {
  [KR_RATING_BELOW] = { "below", "Di Bawah Ekspektasi" },
  [KR_RATING_AS_EXPECTED] = { "as_expected", "Sesuai Ekspektasi" },
  [KR_RATING_ABOVE] = { "above", "Di Atas Ekspektasi" },
};

static const CodeLabel predikats[KR_N_PREDIKAT] = {
  [KR_PREDIKAT_SANGAT_KURANG] = { "sangat_kurang", "Sangat Kurang" },
  [KR_PREDIKAT_KURANG] = { "kurang", "Kurang/Misconduct" },
  [KR_PREDIKAT_BUTUH_PERBAIKAN] = { "butuh_perbaikan", "Butuh Perbaikan" },
  [KR_PREDIKAT_BAIK] = { "baik", "Baik" },
  [KR_PREDIKAT_SANGAT_BAIK] = { "sangat_baik", "Sangat Baik" },
};

static const CodeLabel organisation_results[KR_N_ORGANISATION_RESULTS] = {
  [KR_ORGANISATION_RESULT_SANGAT_KURANG] = { "sangat_kurang", "Sangat Kurang" },
  [KR_ORGANISATION_RESULT_KURANG] = { "kurang", "Kurang" },
  [KR_ORGANISATION_RESULT_BUTUH_PERBAIKAN] = { "butuh_perbaikan", "Butuh Perbaikan (Cukup)" },
  [KR_ORGANISATION_RESULT_BAIK] = { "baik", "Baik" },
  [KR_ORGANISATION_RESULT_ISTIMEWA] = { "istimewa", "Istimewa" },
};

static const CodeLabel result_kinds[KR_N_RESULT_KINDS] = {
  [KR_RESULT_KIND_UTAMA] = { "utama", "Kinerja Utama" },
  [KR_RESULT_KIND_TAMBAHAN] = { "tambahan", "Kinerja Tambahan" },
};

static const CodeLabel aspects[KR_N_ASPECTS] = {
  [KR_ASPECT_KUANTITAS] = { "kuantitas", "Kuantitas" },
  [KR_ASPECT_KUALITAS] = { "kualitas", "Kualitas" },
  [KR_ASPECT_WAKTU] = { "waktu", "Waktu" },
  [KR_ASPECT_BIAYA] = { "biaya", "Biaya" },
};

/* Translated: these name a setting, not an official term. */
static const CodeLabel cycles[KR_N_APPRAISAL_CYCLES] = {
  [KR_APPRAISAL_CYCLE_MONTHLY] = { "monthly", N_ ("Monthly") },
  [KR_APPRAISAL_CYCLE_QUARTERLY] = { "quarterly", N_ ("Quarterly") },
  [KR_APPRAISAL_CYCLE_SEMESTER] = { "semester", N_ ("Each semester") },
};

/* The predikat matrix, DOMAIN 5.3 (C): [rating hasil kerja][rating perilaku kerja]. */
static const KrPredikat matrix[KR_N_RATINGS][KR_N_RATINGS] = {
  [KR_RATING_ABOVE] = { [KR_RATING_BELOW] = KR_PREDIKAT_KURANG,
                        [KR_RATING_AS_EXPECTED] = KR_PREDIKAT_BAIK,
                        [KR_RATING_ABOVE] = KR_PREDIKAT_SANGAT_BAIK },
  [KR_RATING_AS_EXPECTED] = { [KR_RATING_BELOW] = KR_PREDIKAT_KURANG,
                              [KR_RATING_AS_EXPECTED] = KR_PREDIKAT_BAIK,
                              [KR_RATING_ABOVE] = KR_PREDIKAT_BAIK },
  [KR_RATING_BELOW] = { [KR_RATING_BELOW] = KR_PREDIKAT_SANGAT_KURANG,
                        [KR_RATING_AS_EXPECTED] = KR_PREDIKAT_BUTUH_PERBAIKAN,
                        [KR_RATING_ABOVE] = KR_PREDIKAT_BUTUH_PERBAIKAN },
};

/* A unit head's rating of work results from the unit's result (B: DOMAIN 5.3 states the rule,
 * this mapping is ours). */
static const KrRating organisation_ratings[KR_N_ORGANISATION_RESULTS] = {
  [KR_ORGANISATION_RESULT_SANGAT_KURANG] = KR_RATING_BELOW,
  [KR_ORGANISATION_RESULT_KURANG] = KR_RATING_BELOW,
  [KR_ORGANISATION_RESULT_BUTUH_PERBAIKAN] = KR_RATING_BELOW,
  [KR_ORGANISATION_RESULT_BAIK] = KR_RATING_AS_EXPECTED,
  [KR_ORGANISATION_RESULT_ISTIMEWA] = KR_RATING_ABOVE,
};

/* BerAKHLAK, DOMAIN 5.2: the values and their panduan perilaku (items marked B there are
 * unverified). Official Indonesian: do not translate. */
static const char *const behaviour_labels[KR_N_BEHAVIOURS] = {
  "Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif", "Kolaboratif",
};

static const char *const behaviour_guidance[KR_N_BEHAVIOURS][4] = {
  { "Memahami dan memenuhi kebutuhan masyarakat", "Ramah, cekatan, solutif, dan dapat diandalkan",
    "Melakukan perbaikan tiada henti", NULL },
  { "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas "
    "tinggi",
    "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan "
    "efisien",
    "Tidak menyalahgunakan kewenangan jabatan", NULL },
  { "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
    "Membantu orang lain belajar", "Melaksanakan tugas dengan kualitas terbaik", NULL },
  { "Menghargai setiap orang apa pun latar belakangnya", "Suka menolong orang lain",
    "Membangun lingkungan kerja yang kondusif", NULL },
  { "Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun "
    "1945, setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan yang sah",
    "Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara",
    "Menjaga rahasia jabatan dan negara", NULL },
  { "Cepat menyesuaikan diri menghadapi perubahan",
    "Terus berinovasi dan mengembangkan kreativitas", "Bertindak proaktif", NULL },
  { "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
    "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
    "Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama", NULL },
};

/* PP 46/2011 sebutan and the lowest score of each band, DOMAIN 5.6 (B for the overall bands). */
static const struct
{
  const char *label;
  double lowest;
} pp46_bands[KR_N_PP46_SEBUTAN] = {
  [KR_PP46_SEBUTAN_BURUK] = { "Buruk", 0 },
  [KR_PP46_SEBUTAN_KURANG] = { "Kurang", 51 },
  [KR_PP46_SEBUTAN_CUKUP] = { "Cukup", 61 },
  [KR_PP46_SEBUTAN_BAIK] = { "Baik", 76 },
  [KR_PP46_SEBUTAN_SANGAT_BAIK] = { "Sangat Baik", 91 },
};

static const guint pp46_levels[KR_N_PP46_SEBUTAN] = {
  [KR_PP46_SEBUTAN_BURUK] = KR_PREDIKAT_SANGAT_KURANG,
  [KR_PP46_SEBUTAN_KURANG] = KR_PREDIKAT_KURANG,
  [KR_PP46_SEBUTAN_CUKUP] = KR_PREDIKAT_BUTUH_PERBAIKAN,
  [KR_PP46_SEBUTAN_BAIK] = KR_PREDIKAT_BAIK,
  [KR_PP46_SEBUTAN_SANGAT_BAIK] = KR_PREDIKAT_SANGAT_BAIK,
};

static const char *const month_names[12] = {
  "JANUARI", "FEBRUARI", "MARET",     "APRIL",   "MEI",      "JUNI",
  "JULI",    "AGUSTUS",  "SEPTEMBER", "OKTOBER", "NOVEMBER", "DESEMBER",
};

static const char *const roman[4] = { "I", "II", "III", "IV" };

#define DEFINE_CODES(prefix, Type, table, n)                                                       \
  const char *prefix##_get_label (Type value)                                                      \
  {                                                                                                \
    g_return_val_if_fail ((guint) value < n, NULL);                                                \
    return table[value].label;                                                                     \
  }                                                                                                \
  const char *prefix##_get_code (Type value)                                                       \
  {                                                                                                \
    g_return_val_if_fail ((guint) value < n, NULL);                                                \
    return table[value].code;                                                                      \
  }                                                                                                \
  gboolean prefix##_from_code (const char *code, Type *value)                                      \
  {                                                                                                \
    guint index;                                                                                   \
                                                                                                   \
    if (!find_code (table, n, code, &index))                                                       \
      return FALSE;                                                                                \
    *value = (Type) index;                                                                         \
    return TRUE;                                                                                   \
  }

DEFINE_CODES (kr_rating, KrRating, ratings, KR_N_RATINGS)
DEFINE_CODES (kr_predikat, KrPredikat, predikats, KR_N_PREDIKAT)
DEFINE_CODES (kr_organisation_result,
              KrOrganisationResult,
              organisation_results,
              KR_N_ORGANISATION_RESULTS)
DEFINE_CODES (kr_result_kind, KrResultKind, result_kinds, KR_N_RESULT_KINDS)
DEFINE_CODES (kr_aspect, KrAspect, aspects, KR_N_ASPECTS)

KrPredikat
kr_predikat_from_ratings (KrRating results, KrRating behaviour)
{
  g_return_val_if_fail (results < KR_N_RATINGS, KR_PREDIKAT_SANGAT_KURANG);
  g_return_val_if_fail (behaviour < KR_N_RATINGS, KR_PREDIKAT_SANGAT_KURANG);

  return matrix[results][behaviour];
}

KrRating
kr_organisation_result_to_rating (KrOrganisationResult result)
{
  g_return_val_if_fail (result < KR_N_ORGANISATION_RESULTS, KR_RATING_BELOW);

  return organisation_ratings[result];
}

void
kr_distribution_problem_free (KrDistributionProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->rule);
  g_free (problem->detail);
  g_free (problem);
}

typedef struct
{
  const guint *counts;
  guint total;
  GPtrArray *problems;
} Check;

/* The share of @counts' predikat in the bit mask @mask, in per cent. */
static double
share (const Check *check, guint mask, guint *n)
{
  *n = 0;
  for (guint i = 0; i < KR_N_PREDIKAT; i++)
    if (mask & (1u << i))
      *n += check->counts[i];
  return 100.0 * *n / check->total;
}

/* Names the predikat of @mask: "Butuh Perbaikan or Kurang/Misconduct". */
static char *
describe (guint mask)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < KR_N_PREDIKAT; i++)
    if (mask & (1u << i))
      {
        if (text->len > 0)
          /* Translators: joins predikat names, as in "Butuh Perbaikan or Kurang/Misconduct" */
          g_string_append (text, _ (" or "));
        g_string_append (text, predikats[i].label);
      }
  return g_string_free (text, FALSE);
}

/* Adds a problem unless the share of @mask keeps within @at_least and @at_most per cent. */
static void
require (Check *check, guint mask, double at_least, double at_most)
{
  g_autofree char *names = describe (mask);
  KrDistributionProblem *problem;
  guint n;
  double percent = share (check, mask, &n);

  if (percent >= at_least && percent <= at_most)
    return;

  problem = g_new0 (KrDistributionProblem, 1);
  if (at_most <= 0)
    /* Translators: a rule of the pola distribusi; %s names predikat */
    problem->rule = g_strdup_printf (_ ("No employee may be %s"), names);
  else if (at_most < 100)
    /* Translators: a rule of the pola distribusi: "At most 70% may be Sangat Baik" */
    problem->rule = g_strdup_printf (_ ("At most %.0f%% may be %s"), at_most, names);
  else if (at_least > 0 && at_least < 1)
    /* Translators: a rule of the pola distribusi; %s names predikat */
    problem->rule = g_strdup_printf (_ ("Some employees must be %s"), names);
  else
    /* Translators: a rule of the pola distribusi: "At least 60% must be Butuh Perbaikan" */
    problem->rule = g_strdup_printf (_ ("At least %.0f%% must be %s"), at_least, names);
  problem->detail = g_strdup_printf (
      /* Translators: the counts behind a broken rule: "42 of 50 employees (84%) are Sangat
       * Baik" */
      g_dngettext (GETTEXT_PACKAGE, "%u of %u employee (%.0f%%) is %s",
                   "%u of %u employees (%.0f%%) are %s", check->total),
      n, check->total, percent, names);
  g_ptr_array_add (check->problems, problem);
}

#define BIT(predikat) (1u << (predikat))
/* "Some": at least one employee. */
#define SOME 1e-9

/* DOMAIN 5.3, the table of the pola distribusi, one row per capaian kinerja organisasi. "Some"
 * is more than 0%. */
static const KrDistributionRule rules_istimewa[] = {
  { BIT (KR_PREDIKAT_SANGAT_BAIK), 0, 70 },
};
static const KrDistributionRule rules_baik[] = {
  { BIT (KR_PREDIKAT_BAIK), 0, 70 },
  { BIT (KR_PREDIKAT_BUTUH_PERBAIKAN) | BIT (KR_PREDIKAT_KURANG), SOME, 100 },
};
static const KrDistributionRule rules_butuh_perbaikan[] = {
  { BIT (KR_PREDIKAT_BUTUH_PERBAIKAN), 60, 100 },
  { BIT (KR_PREDIKAT_SANGAT_BAIK), 0, 10 },
};
static const KrDistributionRule rules_kurang[] = {
  { BIT (KR_PREDIKAT_KURANG), 60, 100 },
  { BIT (KR_PREDIKAT_BUTUH_PERBAIKAN), 10, 100 },
  { BIT (KR_PREDIKAT_SANGAT_BAIK), 0, 10 },
};
static const KrDistributionRule rules_sangat_kurang[] = {
  { BIT (KR_PREDIKAT_SANGAT_KURANG), 60, 100 },
  { BIT (KR_PREDIKAT_KURANG) | BIT (KR_PREDIKAT_BUTUH_PERBAIKAN), 10, 100 },
  { BIT (KR_PREDIKAT_SANGAT_BAIK), 0, 0 },
};

const KrDistributionRule *
kr_appraisal_distribution_rules (KrOrganisationResult result, guint *n_rules)
{
  static const struct
  {
    const KrDistributionRule *rules;
    guint n;
  } table[KR_N_ORGANISATION_RESULTS] = {
    [KR_ORGANISATION_RESULT_SANGAT_KURANG] = { rules_sangat_kurang,
                                               G_N_ELEMENTS (rules_sangat_kurang) },
    [KR_ORGANISATION_RESULT_KURANG] = { rules_kurang, G_N_ELEMENTS (rules_kurang) },
    [KR_ORGANISATION_RESULT_BUTUH_PERBAIKAN] = { rules_butuh_perbaikan,
                                                 G_N_ELEMENTS (rules_butuh_perbaikan) },
    [KR_ORGANISATION_RESULT_BAIK] = { rules_baik, G_N_ELEMENTS (rules_baik) },
    [KR_ORGANISATION_RESULT_ISTIMEWA] = { rules_istimewa, G_N_ELEMENTS (rules_istimewa) },
  };

  g_return_val_if_fail (n_rules != NULL, NULL);
  *n_rules = 0;
  g_return_val_if_fail (result < KR_N_ORGANISATION_RESULTS, NULL);

  *n_rules = table[result].n;
  return table[result].rules;
}

GPtrArray *
kr_appraisal_check_distribution (KrOrganisationResult result, const guint counts[KR_N_PREDIKAT])
{
  Check check = { counts, 0,
                  g_ptr_array_new_with_free_func ((GDestroyNotify) kr_distribution_problem_free) };
  const KrDistributionRule *rules;
  guint n_rules;

  g_return_val_if_fail (result < KR_N_ORGANISATION_RESULTS, check.problems);
  g_return_val_if_fail (counts != NULL, check.problems);

  for (guint i = 0; i < KR_N_PREDIKAT; i++)
    check.total += counts[i];
  if (check.total == 0)
    return check.problems;

  rules = kr_appraisal_distribution_rules (result, &n_rules);
  for (guint r = 0; r < n_rules; r++)
    require (&check, rules[r].predikats, rules[r].at_least, rules[r].at_most);
  return check.problems;
}

const char *
kr_behaviour_get_label (KrBehaviour behaviour)
{
  g_return_val_if_fail (behaviour < KR_N_BEHAVIOURS, NULL);

  return behaviour_labels[behaviour];
}

const char *const *
kr_behaviour_get_guidance (KrBehaviour behaviour)
{
  g_return_val_if_fail (behaviour < KR_N_BEHAVIOURS, NULL);

  return behaviour_guidance[behaviour];
}

const char *
kr_appraisal_cycle_get_label (KrAppraisalCycle cycle)
{
  g_return_val_if_fail (cycle < KR_N_APPRAISAL_CYCLES, NULL);

  return _ (cycles[cycle].label);
}

const char *
kr_appraisal_cycle_get_code (KrAppraisalCycle cycle)
{
  g_return_val_if_fail (cycle < KR_N_APPRAISAL_CYCLES, NULL);

  return cycles[cycle].code;
}

gboolean
kr_appraisal_cycle_from_code (const char *code, KrAppraisalCycle *cycle)
{
  guint index;

  if (!find_code (cycles, KR_N_APPRAISAL_CYCLES, code, &index))
    return FALSE;
  *cycle = (KrAppraisalCycle) index;
  return TRUE;
}

guint
kr_appraisal_cycle_get_n_periods (KrAppraisalCycle cycle)
{
  static const guint n_periods[KR_N_APPRAISAL_CYCLES] = {
    [KR_APPRAISAL_CYCLE_MONTHLY] = 12,
    [KR_APPRAISAL_CYCLE_QUARTERLY] = 4,
    [KR_APPRAISAL_CYCLE_SEMESTER] = 2,
  };

  g_return_val_if_fail (cycle < KR_N_APPRAISAL_CYCLES, 0);

  return n_periods[cycle];
}

char *
kr_appraisal_period_dup_label (KrAppraisalCycle cycle, guint period)
{
  g_return_val_if_fail (cycle < KR_N_APPRAISAL_CYCLES, NULL);
  g_return_val_if_fail (period <= kr_appraisal_cycle_get_n_periods (cycle), NULL);

  /* Official terms (DOMAIN 5.4): do not translate. */
  if (period == 0)
    return g_strdup ("AKHIR");
  switch (cycle)
    {
    case KR_APPRAISAL_CYCLE_MONTHLY:
      return g_strdup_printf ("BULAN %s", month_names[period - 1]);
    case KR_APPRAISAL_CYCLE_QUARTERLY:
      return g_strdup_printf ("TRIWULAN %s", roman[period - 1]);
    case KR_APPRAISAL_CYCLE_SEMESTER:
      return g_strdup_printf ("SEMESTER %s", roman[period - 1]);
    case KR_N_APPRAISAL_CYCLES:
    default:
      g_assert_not_reached ();
    }
}

gboolean
kr_appraisal_period_get_dates (KrAppraisalCycle cycle,
                               guint year,
                               guint period,
                               GDate *start,
                               GDate *end)
{
  guint months;
  GDateMonth first;
  GDateMonth last;

  g_return_val_if_fail (cycle < KR_N_APPRAISAL_CYCLES, FALSE);
  g_return_val_if_fail (start != NULL && end != NULL, FALSE);

  if (period > kr_appraisal_cycle_get_n_periods (cycle) || !g_date_valid_year (year))
    return FALSE;

  months = period == 0 ? 12 : 12 / kr_appraisal_cycle_get_n_periods (cycle);
  first = period == 0 ? G_DATE_JANUARY : (GDateMonth) ((period - 1) * months + 1);
  last = (GDateMonth) (first + months - 1);
  g_date_clear (start, 1);
  g_date_clear (end, 1);
  g_date_set_dmy (start, 1, first, year);
  g_date_set_dmy (end, g_date_get_days_in_month (last, year), last, year);
  return TRUE;
}

const char *
kr_pp46_sebutan_get_label (KrPp46Sebutan sebutan)
{
  g_return_val_if_fail (sebutan < KR_N_PP46_SEBUTAN, NULL);

  return pp46_bands[sebutan].label;
}

double
kr_pp46_score (double skp, double behaviour)
{
  return round ((skp * 0.6 + behaviour * 0.4) * 100) / 100;
}

KrPp46Sebutan
kr_pp46_sebutan_from_score (double score)
{
  for (guint i = KR_N_PP46_SEBUTAN; i-- > 0;)
    if (score >= pp46_bands[i].lowest)
      return (KrPp46Sebutan) i;
  return KR_PP46_SEBUTAN_BURUK;
}

guint
kr_pp46_sebutan_to_level (KrPp46Sebutan sebutan)
{
  g_return_val_if_fail (sebutan < KR_N_PP46_SEBUTAN, 0);

  return pp46_levels[sebutan];
}

gboolean
kr_follow_up_includes (KrFollowUp list, KrPredikat predikat)
{
  g_return_val_if_fail (list < KR_N_FOLLOW_UPS, FALSE);
  g_return_val_if_fail (predikat < KR_N_PREDIKAT, FALSE);

  if (list == KR_FOLLOW_UP_RECOGNITION)
    return predikat == KR_PREDIKAT_SANGAT_BAIK;
  return predikat <= KR_PREDIKAT_BUTUH_PERBAIKAN;
}
