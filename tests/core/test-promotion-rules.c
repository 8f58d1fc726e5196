/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "kr-date.h"
#include "kr-promotion-rules.h"

/* The rules of KP as pure functions: periods of every era, the pipeline, checklists, AK, and
 * each eligibility rule met and unmet. */

static GDate
d (const char *iso)
{
  GDate date;

  g_assert_true (kr_date_parse_iso (iso, &date, NULL));
  return date;
}

static void
assert_date (const GDate *date, const char *iso)
{
  char text[KR_DATE_ISO_LENGTH + 1];

  kr_date_format_iso_buf (date, text);
  g_assert_cmpstr (text, ==, iso);
}

static void
test_periods (void)
{
  static const struct
  {
    const char *date;
    gboolean valid;
    const char *regulation;
  } cases[] = {
    { "1995-04-01", TRUE, "PP 3/1980" },
    { "1995-07-01", FALSE, "PP 3/1980" },
    { "2001-07-01", TRUE, "PP 99/2000" },
    { "2001-01-01", TRUE, "PP 99/2000" },
    { "2002-10-01", TRUE, "PP 12/2002" },
    { "2003-07-01", FALSE, "PP 12/2002" },
    { "2023-10-01", TRUE, "PP 12/2002" },
    { "2023-12-01", FALSE, "PP 12/2002" },
    { "2024-02-01", TRUE, "Peraturan BKN 4/2023" },
    { "2024-03-01", FALSE, "Peraturan BKN 4/2023" },
    { "2025-08-01", TRUE, "Peraturan BKN 4/2023" },
    { "2025-09-01", FALSE, "Peraturan BKN 4/2023" },
    { "2025-10-01", TRUE, "Peraturan BKN 4/2025" },
    { "2025-11-01", TRUE, "Peraturan BKN 4/2025" },
    { "2026-03-01", TRUE, "Peraturan BKN 4/2025" },
    { "2026-03-02", FALSE, "Peraturan BKN 4/2025" },
  };
  guint n;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate date = d (cases[i].date);

      g_assert_cmpint (kr_kp_period_is_valid (&date), ==, cases[i].valid);
      g_assert_cmpstr (kr_kp_period_regime_for_date (&date)->regulation, ==, cases[i].regulation);
    }
  g_assert_cmpuint (kr_kp_period_regimes (&n)[4].n_per_year, ==, 12);
  g_assert_cmpuint (n, ==, 5);
  {
    GDate before = d ("1979-05-01");

    g_assert_null (kr_kp_period_regime_for_date (&before));
    g_assert_false (kr_kp_period_is_valid (&before));
  }
}

static void
test_next_previous (void)
{
  static const struct
  {
    const char *date, *next, *previous;
  } cases[] = {
    { "2003-04-01", "2003-10-01", "2002-10-01" },
    { "2001-02-15", "2001-04-01", "2001-01-01" },
    /* across eras: PP 99/2000 quarterly to PP 12/2002 half-yearly */
    { "2002-04-20", "2002-10-01", "2002-04-01" },
    { "2023-10-01", "2024-02-01", "2023-04-01" },
    { "2023-11-15", "2024-02-01", "2023-10-01" },
    { "2024-02-01", "2024-04-01", "2023-10-01" },
    { "2025-08-20", "2025-10-01", "2025-08-01" },
    { "2025-10-01", "2025-11-01", "2025-08-01" },
    { "2026-11-22", "2026-12-01", "2026-11-01" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate date = d (cases[i].date), out;

      g_assert_true (kr_kp_period_next (&date, &out));
      assert_date (&out, cases[i].next);
      g_assert_true (kr_kp_period_previous (&date, &out));
      assert_date (&out, cases[i].previous);
    }
  {
    GDate date = d ("2025-10-01"), out;

    g_assert_true (kr_kp_period_on_or_after (&date, &out));
    assert_date (&out, "2025-10-01");
    date = d ("1980-03-01");
    g_assert_false (kr_kp_period_previous (&date, &out));
  }
}

static void
test_codes (void)
{
  for (KrKpKind k = 0; k < KR_N_KP_KINDS; k++)
    {
      KrKpKind back;
      guint n = 0;

      g_assert_true (kr_kp_kind_from_code (kr_kp_kind_get_code (k), &back));
      g_assert_cmpint (back, ==, k);
      g_assert_nonnull (kr_kp_kind_get_label (k));
      g_assert_nonnull (kr_kp_kind_get_official_name (k));
      g_assert_nonnull (kr_promotion_documents_for_kind (k, &n));
      g_assert_cmpuint (n, >=, 4);
    }
  g_assert_cmpint (kr_kp_kind_to_promotion_kind (KR_KP_KIND_PILIHAN_FUNGSIONAL), ==,
                   KR_PROMOTION_KIND_PILIHAN);
  g_assert_false (kr_kp_kind_uses_periods (KR_KP_KIND_ANUMERTA));
  g_assert_true (kr_kp_kind_uses_periods (KR_KP_KIND_PENYESUAIAN_IJAZAH));
  for (KrPromotionStage s = 0; s < KR_N_PROMOTION_STAGES; s++)
    {
      KrPromotionStage back;

      g_assert_true (kr_promotion_stage_from_code (kr_promotion_stage_get_code (s), &back));
      g_assert_cmpint (back, ==, s);
    }
  g_assert_cmpstr (kr_promotion_document_get_label ("pak"), ==, "Angka kredit assessment (PAK)");
  g_assert_cmpstr (kr_promotion_document_get_label ("unknown"), ==, "unknown");
}

static void
test_stages (void)
{
  g_assert_true (kr_promotion_stage_can_move (KR_PROMOTION_STAGE_CANDIDATE,
                                              KR_PROMOTION_STAGE_DOCUMENTS_COMPLETE));
  g_assert_false (
      kr_promotion_stage_can_move (KR_PROMOTION_STAGE_CANDIDATE, KR_PROMOTION_STAGE_PROPOSED));
  g_assert_true (
      kr_promotion_stage_can_move (KR_PROMOTION_STAGE_PERTEK, KR_PROMOTION_STAGE_PROPOSED));
  g_assert_false (
      kr_promotion_stage_can_move (KR_PROMOTION_STAGE_DECREE, KR_PROMOTION_STAGE_PERTEK));
  g_assert_true (
      kr_promotion_stage_can_move (KR_PROMOTION_STAGE_DECREE, KR_PROMOTION_STAGE_CANCELLED));
  g_assert_false (
      kr_promotion_stage_can_move (KR_PROMOTION_STAGE_EFFECTIVE, KR_PROMOTION_STAGE_CANCELLED));
  g_assert_false (
      kr_promotion_stage_can_move (KR_PROMOTION_STAGE_CANCELLED, KR_PROMOTION_STAGE_CANDIDATE));
  g_assert_true (kr_promotion_stage_move_needs_reason (KR_PROMOTION_STAGE_PROPOSED,
                                                       KR_PROMOTION_STAGE_DOCUMENTS_COMPLETE));
  g_assert_true (kr_promotion_stage_move_needs_reason (KR_PROMOTION_STAGE_CANDIDATE,
                                                       KR_PROMOTION_STAGE_CANCELLED));
  g_assert_false (
      kr_promotion_stage_move_needs_reason (KR_PROMOTION_STAGE_PERTEK, KR_PROMOTION_STAGE_DECREE));
}

static void
test_angka_kredit (void)
{
  KrUjianDinasLevel level;

  g_assert_cmpfloat (kr_angka_kredit_for_kp (KR_POSITION_LEVEL_AHLI_PERTAMA), ==, 50);
  g_assert_cmpfloat (kr_angka_kredit_for_kp (KR_POSITION_LEVEL_PENYELIA), ==, 100);
  g_assert_cmpfloat (kr_angka_kredit_for_kp (KR_POSITION_LEVEL_NONE), ==, 0);
  g_assert_cmpfloat_with_epsilon (
      kr_angka_kredit_convert (KR_POSITION_LEVEL_AHLI_PERTAMA, KR_PREDIKAT_BAIK, 2), 2.0833, 1e-3);
  g_assert_cmpfloat_with_epsilon (
      kr_angka_kredit_convert (KR_POSITION_LEVEL_PEMULA, KR_PREDIKAT_SANGAT_BAIK, 12), 5.625, 1e-6);
  g_assert_true (kr_ujian_dinas_needed (KR_RANK_II_D, KR_RANK_III_A, &level));
  g_assert_cmpint (level, ==, KR_UJIAN_DINAS_II_III);
  g_assert_true (kr_ujian_dinas_needed (KR_RANK_III_D, KR_RANK_IV_A, &level));
  g_assert_cmpint (level, ==, KR_UJIAN_DINAS_III_IV);
  g_assert_false (kr_ujian_dinas_needed (KR_RANK_III_A, KR_RANK_III_B, NULL));
}

/* A PNS in III/b since 2021-04-01, S-1, pelaksana, Baik in both years, born 1985 */
static void
base_facts (KrPromotionFacts *f)
{
  memset (f, 0, sizeof *f);
  f->kind = KR_KP_KIND_REGULER;
  f->employee_kind = KR_EMPLOYEE_KIND_PNS;
  f->status = KR_EMPLOYEE_STATUS_AKTIF;
  f->rank = KR_RANK_III_B;
  f->rank_tmt = d ("2021-04-01");
  f->education = KR_EDUCATION_S1;
  f->has_position = TRUE;
  f->position_kind = KR_POSITION_KIND_PELAKSANA;
  kr_position_get_rank_range (f->position_kind, KR_POSITION_LEVEL_NONE, &f->position_min_rank,
                              &f->position_max_rank);
  f->position_tmt = d ("2020-01-01");
  f->performance[0] =
      (KrPromotionPerformance){ 2025, KR_PERFORMANCE_PREDIKAT, KR_PREDIKAT_BAIK, 0 };
  f->performance[1] =
      (KrPromotionPerformance){ 2024, KR_PERFORMANCE_PREDIKAT, KR_PREDIKAT_SANGAT_BAIK, 0 };
  f->birth_date = d ("1985-06-15");
  f->bup_years = 58;
}

static const KrPromotionReason *
find_reason (const KrPromotionVerdict *v, KrPromotionRule rule)
{
  for (guint i = 0; i < v->reasons->len; i++)
    {
      const KrPromotionReason *r = g_ptr_array_index (v->reasons, i);

      if (r->rule == rule)
        return r;
    }
  return NULL;
}

static KrPromotionVerdict *
eval (const KrPromotionFacts *f, const char *date)
{
  GDate period = d (date);

  return kr_promotion_evaluate (f, &period);
}

static void
test_reguler (void)
{
  KrPromotionFacts f;
  g_autoptr (KrPromotionVerdict) ok = NULL;
  g_autoptr (KrPromotionVerdict) early = NULL;
  g_autoptr (KrPromotionVerdict) bad_period = NULL;

  base_facts (&f);
  ok = eval (&f, "2026-04-01");
  g_assert_cmpint (ok->verdict, ==, KR_PROMOTION_ELIGIBLE);
  g_assert_cmpint (ok->to_rank, ==, KR_RANK_III_C);
  g_assert_null (kr_promotion_verdict_get_summary (ok));
  g_assert_true (find_reason (ok, KR_PROMOTION_RULE_TIME_IN_RANK)->met);
  g_assert_true (find_reason (ok, KR_PROMOTION_RULE_PERIOD)->met);
  g_assert_true (find_reason (ok, KR_PROMOTION_RULE_EDUCATION)->met);
  g_assert_null (find_reason (ok, KR_PROMOTION_RULE_UJIAN_DINAS));

  /* 4 years not reached on 2025-02-01: not yet, eligible on the first period from 2025-04-01 */
  early = eval (&f, "2025-02-01");
  g_assert_cmpint (early->verdict, ==, KR_PROMOTION_NOT_YET);
  assert_date (&early->eligible_on, "2025-04-01");
  g_assert_false (find_reason (early, KR_PROMOTION_RULE_TIME_IN_RANK)->met);
  /* unmet reasons first */
  g_assert_false (((KrPromotionReason *) g_ptr_array_index (early->reasons, 0))->met);
  g_assert_nonnull (strstr (kr_promotion_verdict_get_summary (early), "4 years in rank"));

  bad_period = eval (&f, "2026-04-02");
  g_assert_cmpint (bad_period->verdict, ==, KR_PROMOTION_BLOCKED);
  g_assert_false (find_reason (bad_period, KR_PROMOTION_RULE_PERIOD)->met);
}

static void
test_historic (void)
{
  KrPromotionFacts f;

  base_facts (&f);
  f.rank = KR_RANK_II_C;
  f.education = KR_EDUCATION_SLTA;
  f.rank_tmt = d ("1999-04-01");
  f.birth_date = d ("1975-01-01");
  f.performance[0] = (KrPromotionPerformance){ 2002, KR_PERFORMANCE_NONE, 0, 0 };
  /* 1 Jul 2003: not a period under PP 12/2002 */
  {
    g_autoptr (KrPromotionVerdict) v = eval (&f, "2003-07-01");

    g_assert_false (find_reason (v, KR_PROMOTION_RULE_PERIOD)->met);
    g_assert_nonnull (strstr (find_reason (v, KR_PROMOTION_RULE_PERIOD)->text, "PP 12/2002"));
  }
  /* 1 Jul 2001: a period under PP 99/2000 */
  {
    g_autoptr (KrPromotionVerdict) v = eval (&f, "2001-07-01");

    g_assert_true (find_reason (v, KR_PROMOTION_RULE_PERIOD)->met);
  }
  /* PP 46/2011 sebutan for the years up to 2021 */
  f.rank_tmt = d ("2016-04-01");
  f.performance[0] = (KrPromotionPerformance){ 2020, KR_PERFORMANCE_PP46, 0, KR_PP46_SEBUTAN_BAIK };
  f.performance[1] =
      (KrPromotionPerformance){ 2019, KR_PERFORMANCE_PP46, 0, KR_PP46_SEBUTAN_CUKUP };
  {
    g_autoptr (KrPromotionVerdict) v = eval (&f, "2021-04-01");

    g_assert_cmpint (v->verdict, ==, KR_PROMOTION_BLOCKED);
    g_assert_nonnull (strstr (kr_promotion_verdict_get_summary (v), "2019"));
  }
  f.performance[1].sebutan = KR_PP46_SEBUTAN_SANGAT_BAIK;
  {
    g_autoptr (KrPromotionVerdict) v = eval (&f, "2021-04-01");

    g_assert_cmpint (v->verdict, ==, KR_PROMOTION_ELIGIBLE);
  }
}

static void
test_blocking_rules (void)
{
  KrPromotionFacts f;

  /* PPPK and CPNS */
  base_facts (&f);
  f.employee_kind = KR_EMPLOYEE_KIND_PPPK;
  {
    g_autoptr (KrPromotionVerdict) v = eval (&f, "2026-04-01");

    g_assert_cmpint (v->verdict, ==, KR_PROMOTION_BLOCKED);
    g_assert_false (find_reason (v, KR_PROMOTION_RULE_EMPLOYEE)->met);
  }
  /* Predikat below Baik */
  base_facts (&f);
  f.performance[1].predikat = KR_PREDIKAT_BUTUH_PERBAIKAN;
  {
    g_autoptr (KrPromotionVerdict) v = eval (&f, "2026-04-01");

    g_assert_cmpint (v->verdict, ==, KR_PROMOTION_BLOCKED);
  }
  /* Education ceiling: SLTA reaches III/b (kr_rank_get_regular_ceiling) */
  base_facts (&f);
  f.education = KR_EDUCATION_SLTA;
  {
    g_autoptr (KrPromotionVerdict) v = eval (&f, "2026-04-01");

    g_assert_cmpint (v->verdict, ==, KR_PROMOTION_BLOCKED);
    g_assert_false (find_reason (v, KR_PROMOTION_RULE_EDUCATION)->met);
  }
  /* Ujian dinas II/d → III/a and III/d → IV/a */
  base_facts (&f);
  f.rank = KR_RANK_III_D;
  f.education = KR_EDUCATION_S2;
  {
    g_autoptr (KrPromotionVerdict) v = eval (&f, "2026-04-01");

    g_assert_cmpint (v->verdict, ==, KR_PROMOTION_BLOCKED);
    g_assert_false (find_reason (v, KR_PROMOTION_RULE_UJIAN_DINAS)->met);
  }
  f.ujian_dinas[KR_UJIAN_DINAS_III_IV] = TRUE;
  {
    g_autoptr (KrPromotionVerdict) v = eval (&f, "2026-04-01");

    g_assert_cmpint (v->verdict, ==, KR_PROMOTION_ELIGIBLE);
    g_assert_true (find_reason (v, KR_PROMOTION_RULE_UJIAN_DINAS)->met);
  }
  /* Highest rank */
  base_facts (&f);
  f.rank = KR_RANK_IV_E;
  {
    g_autoptr (KrPromotionVerdict) v = eval (&f, "2026-04-01");

    g_assert_cmpint (v->verdict, ==, KR_PROMOTION_BLOCKED);
    g_assert_false (find_reason (v, KR_PROMOTION_RULE_HIGHEST_RANK)->met);
  }
  /* Retires before the period */
  base_facts (&f);
  f.birth_date = d ("1968-01-10");
  {
    g_autoptr (KrPromotionVerdict) v = eval (&f, "2026-04-01");

    g_assert_cmpint (v->verdict, ==, KR_PROMOTION_BLOCKED);
    g_assert_false (find_reason (v, KR_PROMOTION_RULE_RETIREMENT)->met);
  }
}

static void
test_discipline (void)
{
  KrPromotionFacts f;
  KrPromotionSanction s = { 0 };

  base_facts (&f);
  s.level = KR_DISCIPLINE_LEVEL_SEDANG;
  s.regulation = KR_DISCIPLINE_REGULATION_PP_94_2021;
  s.tmt = d ("2026-01-01");
  s.end_date = d ("2026-06-30");
  f.sanctions = &s;
  f.n_sanctions = 1;
  {
    g_autoptr (KrPromotionVerdict) v = eval (&f, "2026-04-01");

    g_assert_cmpint (v->verdict, ==, KR_PROMOTION_NOT_YET);
    assert_date (&v->eligible_on, "2026-07-01");
    g_assert_false (find_reason (v, KR_PROMOTION_RULE_DISCIPLINE)->met);
  }
  /* berat without an end: blocked */
  s.level = KR_DISCIPLINE_LEVEL_BERAT;
  g_date_clear (&s.end_date, 1);
  {
    g_autoptr (KrPromotionVerdict) v = eval (&f, "2026-04-01");

    g_assert_cmpint (v->verdict, ==, KR_PROMOTION_BLOCKED);
  }
  /* ringan: ignored */
  s.level = KR_DISCIPLINE_LEVEL_RINGAN;
  {
    g_autoptr (KrPromotionVerdict) v = eval (&f, "2026-04-01");

    g_assert_cmpint (v->verdict, ==, KR_PROMOTION_ELIGIBLE);
    g_assert_true (find_reason (v, KR_PROMOTION_RULE_DISCIPLINE)->met);
  }
  /* PP 53/2010 sedang "KP delayed 1 year": postponed to a year after its TMT */
  s.level = KR_DISCIPLINE_LEVEL_SEDANG;
  s.regulation = KR_DISCIPLINE_REGULATION_PP_53_2010;
  s.delays_kp = TRUE;
  s.tmt = d ("2020-11-01");
  s.end_date = d ("2021-10-31");
  base_facts (&f);
  f.rank_tmt = d ("2017-04-01");
  f.performance[0] = (KrPromotionPerformance){ 2020, KR_PERFORMANCE_PP46, 0, KR_PP46_SEBUTAN_BAIK };
  f.performance[1] = (KrPromotionPerformance){ 2019, KR_PERFORMANCE_PP46, 0, KR_PP46_SEBUTAN_BAIK };
  f.sanctions = &s;
  f.n_sanctions = 1;
  {
    g_autoptr (KrPromotionVerdict) v = eval (&f, "2021-04-01");

    g_assert_cmpint (v->verdict, ==, KR_PROMOTION_NOT_YET);
    assert_date (&v->eligible_on, "2022-04-01");
    g_assert_nonnull (strstr (find_reason (v, KR_PROMOTION_RULE_DISCIPLINE)->text, "PP 53/2010"));
  }
}

static void
test_pilihan (void)
{
  KrPromotionFacts f;

  /* Structural: pengawas (III/b..?) below its minimum, 1 year in rank and position */
  base_facts (&f);
  f.kind = KR_KP_KIND_PILIHAN_STRUKTURAL;
  f.position_kind = KR_POSITION_KIND_ADMINISTRATOR;
  kr_position_get_rank_range (f.position_kind, KR_POSITION_LEVEL_NONE, &f.position_min_rank,
                              &f.position_max_rank);
  f.rank = f.position_min_rank - 1;
  f.rank_tmt = d ("2025-02-01");
  f.position_tmt = d ("2025-06-01");
  {
    g_autoptr (KrPromotionVerdict) v = eval (&f, "2026-04-01");

    g_assert_cmpint (v->verdict, ==, KR_PROMOTION_NOT_YET);
    assert_date (&v->eligible_on, "2026-06-01");
    g_assert_true (find_reason (v, KR_PROMOTION_RULE_TIME_IN_RANK)->met);
    g_assert_false (find_reason (v, KR_PROMOTION_RULE_TIME_IN_POSITION)->met);
  }
  f.rank = f.position_min_rank;
  {
    g_autoptr (KrPromotionVerdict) v = eval (&f, "2026-08-01");

    g_assert_cmpint (v->verdict, ==, KR_PROMOTION_BLOCKED);
    g_assert_false (find_reason (v, KR_PROMOTION_RULE_POSITION)->met);
  }

  /* Functional: Ahli Pertama III/a → III/b needs 2 years and 50 AK */
  base_facts (&f);
  f.kind = KR_KP_KIND_PILIHAN_FUNGSIONAL;
  f.position_kind = KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN;
  f.position_level = KR_POSITION_LEVEL_AHLI_PERTAMA;
  kr_position_get_rank_range (f.position_kind, f.position_level, &f.position_min_rank,
                              &f.position_max_rank);
  f.rank = KR_RANK_III_A;
  f.rank_tmt = d ("2024-04-01");
  f.angka_kredit = 37.5;
  {
    g_autoptr (KrPromotionVerdict) v = eval (&f, "2026-04-01");

    g_assert_cmpint (v->verdict, ==, KR_PROMOTION_NOT_YET);
    g_assert_true (find_reason (v, KR_PROMOTION_RULE_TIME_IN_RANK)->met);
    g_assert_false (find_reason (v, KR_PROMOTION_RULE_ANGKA_KREDIT)->met);
    /* 12.5 AK missing at 12.5 a year: 12 months */
    assert_date (&v->eligible_on, "2027-04-01");
  }
  f.angka_kredit = 50;
  {
    g_autoptr (KrPromotionVerdict) v = eval (&f, "2026-04-01");

    g_assert_cmpint (v->verdict, ==, KR_PROMOTION_ELIGIBLE);
  }
  /* III/b is the top of Ahli Pertama: move up a jenjang first */
  f.rank = KR_RANK_III_B;
  f.rank_tmt = d ("2022-04-01");
  {
    g_autoptr (KrPromotionVerdict) v = eval (&f, "2026-04-01");

    g_assert_cmpint (v->verdict, ==, KR_PROMOTION_BLOCKED);
    g_assert_false (find_reason (v, KR_PROMOTION_RULE_POSITION)->met);
  }
}

static void
test_ijazah_pengabdian_anumerta (void)
{
  KrPromotionFacts f;

  /* II/c with a new S-1: to III/a, no ujian dinas needed */
  base_facts (&f);
  f.kind = KR_KP_KIND_PENYESUAIAN_IJAZAH;
  f.rank = KR_RANK_II_C;
  f.rank_tmt = d ("2024-10-01");
  {
    g_autoptr (KrPromotionVerdict) v = eval (&f, "2026-04-01");

    g_assert_cmpint (v->verdict, ==, KR_PROMOTION_ELIGIBLE);
    g_assert_cmpint (v->to_rank, ==, KR_RANK_III_A);
    g_assert_null (find_reason (v, KR_PROMOTION_RULE_UJIAN_DINAS));
  }
  /* evaluate_best picks the degree adjustment over a reguler not yet due */
  {
    GDate period = d ("2026-04-01");
    g_autoptr (KrPromotionVerdict) v = kr_promotion_evaluate_best (&f, &period);

    g_assert_cmpint (v->kind, ==, KR_KP_KIND_PENYESUAIAN_IJAZAH);
  }
  f.education = KR_EDUCATION_SLTA;
  {
    g_autoptr (KrPromotionVerdict) v = eval (&f, "2026-04-01");

    g_assert_cmpint (v->verdict, ==, KR_PROMOTION_BLOCKED);
  }

  /* Pengabdian: any day, no time in rank, from the 1st of the BUP month */
  base_facts (&f);
  f.kind = KR_KP_KIND_PENGABDIAN;
  f.rank_tmt = d ("2026-01-01");
  f.birth_date = d ("1968-05-20");
  {
    g_autoptr (KrPromotionVerdict) v = eval (&f, "2026-05-15");

    g_assert_cmpint (v->verdict, ==, KR_PROMOTION_ELIGIBLE);
    g_assert_null (find_reason (v, KR_PROMOTION_RULE_PERIOD));
    g_assert_null (find_reason (v, KR_PROMOTION_RULE_TIME_IN_RANK));
  }
  {
    g_autoptr (KrPromotionVerdict) v = eval (&f, "2026-03-10");

    g_assert_cmpint (v->verdict, ==, KR_PROMOTION_NOT_YET);
    assert_date (&v->eligible_on, "2026-05-01");
  }
  {
    g_autoptr (KrPromotionVerdict) v = eval (&f, "2026-06-01");

    g_assert_cmpint (v->verdict, ==, KR_PROMOTION_BLOCKED);
  }

  /* Anumerta */
  base_facts (&f);
  f.kind = KR_KP_KIND_ANUMERTA;
  f.status = KR_EMPLOYEE_STATUS_MENINGGAL;
  f.performance[0].source = KR_PERFORMANCE_NONE;
  {
    g_autoptr (KrPromotionVerdict) v = eval (&f, "2026-03-17");

    g_assert_cmpint (v->verdict, ==, KR_PROMOTION_BLOCKED);
    g_assert_false (find_reason (v, KR_PROMOTION_RULE_DIED_ON_DUTY)->met);
  }
  f.died_on_duty = TRUE;
  {
    g_autoptr (KrPromotionVerdict) v = eval (&f, "2026-03-17");
    g_autoptr (KrPromotionVerdict) copy = kr_promotion_verdict_copy (v);

    g_assert_cmpint (v->verdict, ==, KR_PROMOTION_ELIGIBLE);
    g_assert_cmpuint (copy->reasons->len, ==, v->reasons->len);
  }
}

static void
test_retirement_dates (void)
{
  GDate birth = d ("1968-05-20"), bup, tmt, deadline;

  kr_retirement_dates (&birth, 58, &bup, &tmt, &deadline);
  assert_date (&bup, "2026-05-20");
  assert_date (&tmt, "2026-06-01");
  assert_date (&deadline, "2025-12-01");
  g_assert_cmpuint (kr_retirement_proposal_lead_months (), ==, 6);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/promotion-rules/periods", test_periods);
  g_test_add_func ("/promotion-rules/next-previous", test_next_previous);
  g_test_add_func ("/promotion-rules/codes", test_codes);
  g_test_add_func ("/promotion-rules/stages", test_stages);
  g_test_add_func ("/promotion-rules/angka-kredit", test_angka_kredit);
  g_test_add_func ("/promotion-rules/reguler", test_reguler);
  g_test_add_func ("/promotion-rules/historic", test_historic);
  g_test_add_func ("/promotion-rules/blocking", test_blocking_rules);
  g_test_add_func ("/promotion-rules/discipline", test_discipline);
  g_test_add_func ("/promotion-rules/pilihan", test_pilihan);
  g_test_add_func ("/promotion-rules/other-kinds", test_ijazah_pengabdian_anumerta);
  g_test_add_func ("/promotion-rules/retirement", test_retirement_dates);

  return g_test_run ();
}
