/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "kr-date.h"
#include "kr-error.h"
#include "kr-talent-rules.h"

/* The pure rules of the talent pool: codes, the predikat → performance table, combining the
 * years, the windows of assessments and sanctions, the box lookup over rows shaped as the
 * migration's (all nine), the placement's order of checks and reasons, settings, and the
 * readiness of successors. */

static GDate
d (const char *text)
{
  GDate date;

  g_assert_true (kr_date_parse_iso (text, &date, NULL));
  return date;
}

/* The rows of migrations/0011, as the repository reads them */
static GPtrArray *
shipped_boxes (void)
{
  static const struct
  {
    guint number;
    KrTalentPerformance performance;
    KrTalentPotential potential;
    gboolean in_pool;
  } rows[] = {
    { 1, KR_TALENT_PERFORMANCE_BELOW, KR_TALENT_POTENTIAL_LOW, FALSE },
    { 2, KR_TALENT_PERFORMANCE_AS_EXPECTED, KR_TALENT_POTENTIAL_LOW, FALSE },
    { 3, KR_TALENT_PERFORMANCE_BELOW, KR_TALENT_POTENTIAL_MEDIUM, FALSE },
    { 4, KR_TALENT_PERFORMANCE_ABOVE, KR_TALENT_POTENTIAL_LOW, FALSE },
    { 5, KR_TALENT_PERFORMANCE_AS_EXPECTED, KR_TALENT_POTENTIAL_MEDIUM, FALSE },
    { 6, KR_TALENT_PERFORMANCE_BELOW, KR_TALENT_POTENTIAL_HIGH, FALSE },
    { 7, KR_TALENT_PERFORMANCE_ABOVE, KR_TALENT_POTENTIAL_MEDIUM, TRUE },
    { 8, KR_TALENT_PERFORMANCE_AS_EXPECTED, KR_TALENT_POTENTIAL_HIGH, TRUE },
    { 9, KR_TALENT_PERFORMANCE_ABOVE, KR_TALENT_POTENTIAL_HIGH, TRUE },
  };
  GPtrArray *boxes = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_talent_box_free);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      KrTalentBox *box = g_new0 (KrTalentBox, 1);

      box->number = rows[i].number;
      box->performance = rows[i].performance;
      box->potential = rows[i].potential;
      box->in_pool = rows[i].in_pool;
      box->follow_up = g_strdup_printf ("Tindak lanjut %u", rows[i].number);
      g_ptr_array_add (boxes, box);
    }
  return boxes;
}

static void
test_codes (void)
{
  KrTalentPerformance perf;
  KrTalentPotential pot;
  KrSuccessorReadiness readiness;

  for (guint i = 0; i < KR_N_TALENT_PERFORMANCES; i++)
    {
      g_assert_true (kr_talent_performance_from_code (kr_talent_performance_get_code (i), &perf));
      g_assert_cmpint (perf, ==, i);
    }
  for (guint i = 0; i < KR_N_TALENT_POTENTIALS; i++)
    {
      g_assert_true (kr_talent_potential_from_code (kr_talent_potential_get_code (i), &pot));
      g_assert_cmpint (pot, ==, i);
    }
  for (guint i = 0; i < KR_N_SUCCESSOR_READINESS; i++)
    {
      g_assert_true (
          kr_successor_readiness_from_code (kr_successor_readiness_get_code (i), &readiness));
      g_assert_cmpint (readiness, ==, i);
    }
  g_assert_cmpstr (kr_talent_performance_get_code (KR_TALENT_PERFORMANCE_AS_EXPECTED), ==,
                   "as_expected");
  g_assert_cmpstr (kr_successor_readiness_get_code (KR_SUCCESSOR_READINESS_ONE_TO_TWO_YEARS), ==,
                   "one_to_two_years");
  g_assert_cmpstr (kr_talent_performance_get_official_name (KR_TALENT_PERFORMANCE_ABOVE), ==,
                   "Di Atas Ekspektasi");
  g_assert_cmpstr (kr_talent_potential_get_official_name (KR_TALENT_POTENTIAL_MEDIUM), ==,
                   "Menengah");
  g_assert_false (kr_talent_potential_from_code ("tinggi", &pot));
  g_assert_false (kr_talent_performance_from_code (NULL, &perf));
  g_assert_cmpint (kr_succession_gap_for (0, 0), ==, KR_SUCCESSION_GAP_NO_SUCCESSOR);
  g_assert_cmpint (kr_succession_gap_for (2, 0), ==, KR_SUCCESSION_GAP_NONE_READY);
  g_assert_cmpint (kr_succession_gap_for (2, 1), ==, KR_SUCCESSION_GAP_NONE);
}

static void
test_performance (void)
{
  KrTalentPerformance y[3];

  g_assert_cmpint (kr_talent_performance_from_predikat (KR_PREDIKAT_SANGAT_BAIK), ==,
                   KR_TALENT_PERFORMANCE_ABOVE);
  g_assert_cmpint (kr_talent_performance_from_predikat (KR_PREDIKAT_BAIK), ==,
                   KR_TALENT_PERFORMANCE_AS_EXPECTED);
  g_assert_cmpint (kr_talent_performance_from_predikat (KR_PREDIKAT_BUTUH_PERBAIKAN), ==,
                   KR_TALENT_PERFORMANCE_BELOW);
  g_assert_cmpint (kr_talent_performance_from_predikat (KR_PREDIKAT_KURANG), ==,
                   KR_TALENT_PERFORMANCE_BELOW);
  g_assert_cmpint (kr_talent_performance_from_predikat (KR_PREDIKAT_SANGAT_KURANG), ==,
                   KR_TALENT_PERFORMANCE_BELOW);

  /* all above → above */
  y[0] = y[1] = y[2] = KR_TALENT_PERFORMANCE_ABOVE;
  g_assert_cmpint (kr_talent_performance_combine (y, 3), ==, KR_TALENT_PERFORMANCE_ABOVE);
  /* any below → below, even with above years */
  y[1] = KR_TALENT_PERFORMANCE_BELOW;
  g_assert_cmpint (kr_talent_performance_combine (y, 3), ==, KR_TALENT_PERFORMANCE_BELOW);
  /* a mix of above and as expected → as expected */
  y[1] = KR_TALENT_PERFORMANCE_AS_EXPECTED;
  g_assert_cmpint (kr_talent_performance_combine (y, 3), ==, KR_TALENT_PERFORMANCE_AS_EXPECTED);
  /* one year alone */
  g_assert_cmpint (kr_talent_performance_combine (y, 1), ==, KR_TALENT_PERFORMANCE_ABOVE);
  y[0] = KR_TALENT_PERFORMANCE_AS_EXPECTED;
  g_assert_cmpint (kr_talent_performance_combine (y, 2), ==, KR_TALENT_PERFORMANCE_AS_EXPECTED);
}

static void
test_windows (void)
{
  GDate ref = d ("2025-12-31"), start, tmt, end;

  kr_talent_window_start (&ref, 2, &start);
  g_assert_cmpint (g_date_get_year (&start), ==, 2024);
  g_assert_cmpint (g_date_get_month (&start), ==, 1);
  g_assert_cmpint (g_date_get_day (&start), ==, 1);

  /* began inside the window */
  tmt = d ("2024-01-01");
  g_assert_true (kr_talent_sanction_in_window (&tmt, NULL, &ref, 2));
  /* one day before it, no period */
  tmt = d ("2023-12-31");
  g_assert_false (kr_talent_sanction_in_window (&tmt, NULL, &ref, 2));
  /* began before, lasted into the window */
  end = d ("2024-03-31");
  g_assert_true (kr_talent_sanction_in_window (&tmt, &end, &ref, 2));
  end = d ("2023-12-31");
  g_assert_false (kr_talent_sanction_in_window (&tmt, &end, &ref, 2));
  /* after the reference day: not yet */
  tmt = d ("2026-01-01");
  g_assert_false (kr_talent_sanction_in_window (&tmt, NULL, &ref, 2));
  /* 0 years: nothing counts */
  tmt = d ("2025-06-01");
  g_assert_false (kr_talent_sanction_in_window (&tmt, NULL, &ref, 0));
  g_assert_true (kr_talent_sanction_in_window (&tmt, NULL, &ref, 1));

  g_assert_false (kr_talent_discipline_excludes (KR_DISCIPLINE_LEVEL_RINGAN));
  g_assert_true (kr_talent_discipline_excludes (KR_DISCIPLINE_LEVEL_SEDANG));
  g_assert_true (kr_talent_discipline_excludes (KR_DISCIPLINE_LEVEL_BERAT));
}

static void
test_boxes (void)
{
  g_autoptr (GPtrArray) boxes = shipped_boxes ();
  g_autoptr (GError) error = NULL;
  KrTalentBox *box;

  g_assert_true (kr_talent_boxes_check (boxes, &error));
  g_assert_no_error (error);
  /* DOMAIN 6: rows 4 7 9 / 2 5 8 / 1 3 6 */
  g_assert_cmpuint (
      kr_talent_box_lookup (boxes, KR_TALENT_PERFORMANCE_ABOVE, KR_TALENT_POTENTIAL_HIGH)->number,
      ==, 9);
  g_assert_cmpuint (
      kr_talent_box_lookup (boxes, KR_TALENT_PERFORMANCE_BELOW, KR_TALENT_POTENTIAL_HIGH)->number,
      ==, 6);
  g_assert_cmpuint (
      kr_talent_box_lookup (boxes, KR_TALENT_PERFORMANCE_ABOVE, KR_TALENT_POTENTIAL_LOW)->number,
      ==, 4);
  g_assert_null (kr_talent_box_find (boxes, 10));
  g_assert_true (kr_talent_box_find (boxes, 8)->in_pool);

  /* a repeated cell */
  box = g_ptr_array_index (boxes, 0);
  box->potential = KR_TALENT_POTENTIAL_HIGH;
  g_assert_false (kr_talent_boxes_check (boxes, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_clear_error (&error);
  box->potential = KR_TALENT_POTENTIAL_LOW;
  /* a repeated number */
  box->number = 2;
  g_assert_false (kr_talent_boxes_check (boxes, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_clear_error (&error);
  box->number = 1;
  g_ptr_array_remove_index (boxes, 8);
  g_assert_false (kr_talent_boxes_check (boxes, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
}

static const KrPredikat predikat_for[KR_N_TALENT_PERFORMANCES] = {
  [KR_TALENT_PERFORMANCE_BELOW] = KR_PREDIKAT_BUTUH_PERBAIKAN,
  [KR_TALENT_PERFORMANCE_AS_EXPECTED] = KR_PREDIKAT_BAIK,
  [KR_TALENT_PERFORMANCE_ABOVE] = KR_PREDIKAT_SANGAT_BAIK,
};

static void
set_years (KrTalentFacts *facts, KrPredikat a, KrPredikat b)
{
  facts->has_predikat[0] = facts->has_predikat[1] = TRUE;
  facts->predikat[0] = a;
  facts->predikat[1] = b;
}

static void
test_all_nine_boxes (void)
{
  g_autoptr (GPtrArray) boxes = shipped_boxes ();
  static const guint expected[KR_N_TALENT_PERFORMANCES][KR_N_TALENT_POTENTIALS] = {
    [KR_TALENT_PERFORMANCE_BELOW] = { 1, 3, 6 },
    [KR_TALENT_PERFORMANCE_AS_EXPECTED] = { 2, 5, 8 },
    [KR_TALENT_PERFORMANCE_ABOVE] = { 4, 7, 9 },
  };

  for (guint perf = 0; perf < KR_N_TALENT_PERFORMANCES; perf++)
    for (guint pot = 0; pot < KR_N_TALENT_POTENTIALS; pot++)
      {
        g_autoptr (KrTalentPlacement) p = NULL;
        KrTalentFacts facts;

        kr_talent_facts_init (&facts, 2025);
        set_years (&facts, predikat_for[perf], predikat_for[perf]);
        facts.has_assessment = TRUE;
        facts.assessment_date = d ("2024-05-01");
        facts.potential = pot;
        p = kr_talent_place (&facts, boxes);
        g_assert_cmpint (p->status, ==, KR_TALENT_STATUS_PLACED);
        g_assert_cmpuint (p->box, ==, expected[perf][pot]);
        g_assert_cmpint (p->in_pool, ==, p->box >= 7);
        g_assert_nonnull (strstr (p->follow_up, "Tindak lanjut"));
        g_assert_true (p->has_performance && p->has_potential);
        g_assert_cmpint (p->performance, ==, perf);
        g_assert_cmpint (p->potential, ==, pot);
        /* 2 years, axis, potential, discipline, box */
        g_assert_cmpuint (p->reasons->len, ==, 6);
      }
}

static void
test_placement_rules (void)
{
  g_autoptr (GPtrArray) boxes = shipped_boxes ();
  KrTalentFacts facts;
  KrTalentPlacement *p;

  /* one year without a final predikat: no appraisal, the potential still shown */
  kr_talent_facts_init (&facts, 2025);
  g_assert_cmpint (g_date_get_year (&facts.reference), ==, 2025);
  g_assert_cmpint (g_date_get_day (&facts.reference), ==, 31);
  facts.has_predikat[0] = TRUE;
  facts.predikat[0] = KR_PREDIKAT_SANGAT_BAIK;
  facts.has_assessment = TRUE;
  facts.assessment_date = d ("2025-02-01");
  facts.potential = KR_TALENT_POTENTIAL_HIGH;
  p = kr_talent_place (&facts, boxes);
  g_assert_cmpint (p->status, ==, KR_TALENT_STATUS_NO_APPRAISAL);
  g_assert_false (p->has_performance);
  g_assert_true (p->has_potential);
  g_assert_cmpuint (p->box, ==, 0);
  g_assert_cmpstr (g_ptr_array_index (p->reasons, 1), ==, "2024: no final annual predikat");
  kr_talent_placement_free (p);

  /* one performance year is enough when the setting says 1 */
  facts.settings.performance_years = 1;
  p = kr_talent_place (&facts, boxes);
  g_assert_cmpint (p->status, ==, KR_TALENT_STATUS_PLACED);
  g_assert_cmpuint (p->box, ==, 9);
  kr_talent_placement_free (p);

  /* assessment too old: 3 years back from 2025-12-31 is 2023-01-01 */
  facts.settings.performance_years = 2;
  set_years (&facts, KR_PREDIKAT_BAIK, KR_PREDIKAT_SANGAT_BAIK);
  facts.assessment_date = d ("2022-12-31");
  p = kr_talent_place (&facts, boxes);
  g_assert_cmpint (p->status, ==, KR_TALENT_STATUS_NO_ASSESSMENT);
  g_assert_true (p->has_performance);
  g_assert_cmpint (p->performance, ==, KR_TALENT_PERFORMANCE_AS_EXPECTED);
  g_assert_false (p->has_potential);
  kr_talent_placement_free (p);
  facts.assessment_date = d ("2023-01-01");
  p = kr_talent_place (&facts, boxes);
  g_assert_cmpint (p->status, ==, KR_TALENT_STATUS_PLACED);
  g_assert_cmpuint (p->box, ==, 8);
  kr_talent_placement_free (p);

  /* no assessment at all */
  facts.has_assessment = FALSE;
  p = kr_talent_place (&facts, boxes);
  g_assert_cmpint (p->status, ==, KR_TALENT_STATUS_NO_ASSESSMENT);
  kr_talent_placement_free (p);
  facts.has_assessment = TRUE;

  /* a sedang sanction within 2 years excludes, before anything else */
  facts.has_sanction = TRUE;
  facts.sanction_level = KR_DISCIPLINE_LEVEL_SEDANG;
  facts.sanction_tmt = d ("2024-06-01");
  p = kr_talent_place (&facts, boxes);
  g_assert_cmpint (p->status, ==, KR_TALENT_STATUS_EXCLUDED);
  g_assert_cmpuint (p->box, ==, 0);
  g_assert_false (p->in_pool);
  g_assert_true (p->has_performance && p->has_potential);
  kr_talent_placement_free (p);
  /* … also with a missing year */
  facts.has_predikat[1] = FALSE;
  p = kr_talent_place (&facts, boxes);
  g_assert_cmpint (p->status, ==, KR_TALENT_STATUS_EXCLUDED);
  kr_talent_placement_free (p);
  facts.has_predikat[1] = TRUE;
  /* outside the window, or ringan: placed */
  facts.sanction_tmt = d ("2023-06-01");
  p = kr_talent_place (&facts, boxes);
  g_assert_cmpint (p->status, ==, KR_TALENT_STATUS_PLACED);
  kr_talent_placement_free (p);
  facts.sanction_tmt = d ("2025-06-01");
  facts.sanction_level = KR_DISCIPLINE_LEVEL_RINGAN;
  p = kr_talent_place (&facts, boxes);
  g_assert_cmpint (p->status, ==, KR_TALENT_STATUS_PLACED);
  kr_talent_placement_free (p);
  /* berat, discipline years 3 reaches back to 2023 */
  facts.sanction_level = KR_DISCIPLINE_LEVEL_BERAT;
  facts.sanction_tmt = d ("2023-06-01");
  facts.settings.discipline_years = 3;
  p = kr_talent_place (&facts, boxes);
  g_assert_cmpint (p->status, ==, KR_TALENT_STATUS_EXCLUDED);
  kr_talent_placement_free (p);
  facts.settings.discipline_years = 0;
  p = kr_talent_place (&facts, boxes);
  g_assert_cmpint (p->status, ==, KR_TALENT_STATUS_PLACED);
  kr_talent_placement_free (p);

  /* any below year → below → box 3 with medium potential */
  facts.potential = KR_TALENT_POTENTIAL_MEDIUM;
  set_years (&facts, KR_PREDIKAT_SANGAT_BAIK, KR_PREDIKAT_KURANG);
  p = kr_talent_place (&facts, boxes);
  g_assert_cmpuint (p->box, ==, 3);
  kr_talent_placement_free (p);

  /* the numbering is data: swap two rows' numbers and the placement follows */
  {
    KrTalentBox *b3 = (KrTalentBox *) kr_talent_box_find (boxes, 3);
    KrTalentBox *b5 = (KrTalentBox *) kr_talent_box_find (boxes, 5);

    b3->number = 5;
    b5->number = 3;
    p = kr_talent_place (&facts, boxes);
    g_assert_cmpuint (p->box, ==, 5);
    kr_talent_placement_free (p);
  }
}

static void
test_settings (void)
{
  g_autoptr (GError) error = NULL;
  KrTalentSettings s;

  kr_talent_settings_init_default (&s);
  g_assert_cmpuint (s.performance_years, ==, 2);
  g_assert_cmpuint (s.discipline_years, ==, 2);
  g_assert_cmpuint (s.assessment_years, ==, 3);
  g_assert_true (kr_talent_settings_check (&s, &error));
  s.performance_years = 6;
  g_assert_false (kr_talent_settings_check (&s, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Performance years"));
  g_clear_error (&error);
  s.performance_years = 1;
  s.discipline_years = 11;
  g_assert_false (kr_talent_settings_check (&s, &error));
  g_assert_nonnull (strstr (error->message, "Discipline years"));
  g_clear_error (&error);
  s.discipline_years = 0;
  s.assessment_years = 0;
  g_assert_false (kr_talent_settings_check (&s, &error));
  g_assert_nonnull (strstr (error->message, "Assessment years"));
}

static void
test_readiness (void)
{
  g_autoptr (GPtrArray) gaps = g_ptr_array_new_with_free_func (g_free);
  KrSuccessorFacts f = { 0 };

  g_assert_cmpint (kr_talent_required_programme (KR_POSITION_KIND_JPT_PRATAMA), ==,
                   KR_LEADERSHIP_PROGRAMME_PKN_II);
  g_assert_cmpint (kr_talent_required_programme (KR_POSITION_KIND_ADMINISTRATOR), ==,
                   KR_LEADERSHIP_PROGRAMME_PKA);
  g_assert_cmpuint (kr_talent_position_step (KR_POSITION_KIND_JPT_PRATAMA), ==,
                    kr_talent_position_step (KR_POSITION_KIND_ADMINISTRATOR) + 1);

  /* administrator → JPT Pratama (IV/b..IV/d), IV/c with PKN II: ready now */
  f.target_kind = KR_POSITION_KIND_JPT_PRATAMA;
  f.has_rank = TRUE;
  f.rank = KR_RANK_IV_C;
  f.has_position = TRUE;
  f.position_kind = KR_POSITION_KIND_ADMINISTRATOR;
  f.programmes = 1u << KR_LEADERSHIP_PROGRAMME_PKN_II;
  g_assert_cmpint (kr_talent_successor_readiness (&f, gaps), ==, KR_SUCCESSOR_READINESS_NOW);
  g_assert_cmpuint (gaps->len, ==, 0);
  /* PKN I (higher) also counts */
  f.programmes = 1u << KR_LEADERSHIP_PROGRAMME_PKN_I;
  g_assert_cmpint (kr_talent_successor_readiness (&f, NULL), ==, KR_SUCCESSOR_READINESS_NOW);
  /* only PKA: 1-2 years, the gap named */
  f.programmes = 1u << KR_LEADERSHIP_PROGRAMME_PKA;
  g_assert_cmpint (kr_talent_successor_readiness (&f, gaps), ==,
                   KR_SUCCESSOR_READINESS_ONE_TO_TWO_YEARS);
  g_assert_cmpuint (gaps->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (gaps, 0), "PKN Tingkat II"));
  g_ptr_array_set_size (gaps, 0);
  /* one rank short: 1-2 years */
  f.programmes = 1u << KR_LEADERSHIP_PROGRAMME_PKN_II;
  f.rank = KR_RANK_IV_A;
  g_assert_cmpint (kr_talent_successor_readiness (&f, gaps), ==,
                   KR_SUCCESSOR_READINESS_ONE_TO_TWO_YEARS);
  g_assert_nonnull (strstr (g_ptr_array_index (gaps, 0), "IV/b"));
  g_ptr_array_set_size (gaps, 0);
  /* two ranks short: 3 years */
  f.rank = KR_RANK_III_D;
  g_assert_cmpint (kr_talent_successor_readiness (&f, NULL), ==,
                   KR_SUCCESSOR_READINESS_THREE_YEARS);
  /* from pengawas, two steps: 3 years */
  f.rank = KR_RANK_IV_C;
  f.position_kind = KR_POSITION_KIND_PENGAWAS;
  g_assert_cmpint (kr_talent_successor_readiness (&f, gaps), ==,
                   KR_SUCCESSOR_READINESS_THREE_YEARS);
  g_assert_cmpuint (gaps->len, ==, 1);
  /* no rank known: 3 years */
  f.position_kind = KR_POSITION_KIND_ADMINISTRATOR;
  f.has_rank = FALSE;
  g_assert_cmpint (kr_talent_successor_readiness (&f, NULL), ==,
                   KR_SUCCESSOR_READINESS_THREE_YEARS);
  g_assert_cmpuint (kr_talent_suggestion_rank_gap (), ==, 2);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/talent-rules/codes", test_codes);
  g_test_add_func ("/talent-rules/performance", test_performance);
  g_test_add_func ("/talent-rules/windows", test_windows);
  g_test_add_func ("/talent-rules/boxes", test_boxes);
  g_test_add_func ("/talent-rules/all-nine-boxes", test_all_nine_boxes);
  g_test_add_func ("/talent-rules/placement", test_placement_rules);
  g_test_add_func ("/talent-rules/settings", test_settings);
  g_test_add_func ("/talent-rules/readiness", test_readiness);
  return g_test_run ();
}
