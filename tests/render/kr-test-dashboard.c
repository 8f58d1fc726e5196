/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kr-test-dashboard.h"

static void
add_count (GPtrArray *counts,
           KrDashboardDimension dimension,
           const char *code,
           gint64 value,
           const char *label,
           guint count)
{
  KrDashboardCount *c = g_new0 (KrDashboardCount, 1);

  c->filter.dimension = dimension;
  c->filter.code = g_strdup (code);
  c->filter.low = c->filter.high = value;
  c->label = g_strdup (label);
  c->count = count;
  g_ptr_array_add (counts, c);
}

static GPtrArray *
new_counts (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) kr_dashboard_count_free);
}

static void
add_training (GPtrArray *training,
              gint64 unit_id,
              const char *name,
              guint employees,
              double duty,
              double achieved,
              gint64 allocated,
              gint64 committed,
              gint64 spent)
{
  KrDashboardTraining *t = g_new0 (KrDashboardTraining, 1);

  t->filter.dimension = KR_DASHBOARD_UNIT;
  t->filter.low = t->filter.high = unit_id;
  t->unit_name = g_strdup (name);
  t->employees = employees;
  t->duty_jp = duty;
  t->achieved_jp = achieved;
  t->allocated = allocated;
  t->committed = committed;
  t->spent = spent;
  g_ptr_array_add (training, t);
}

KrDashboardSnapshot *
kr_test_dashboard_snapshot (void)
{
  KrDashboardScope scope;
  KrDashboardSnapshot *s;
  const guint predikat[KR_N_PREDIKAT] = { 0, 2, 8, 30, 10 };
  const guint retirements[] = { 1, 0, 3, 2, 5 };
  const guint ages[][2] = { { 2, 4 }, { 5, 6 }, { 9, 3 } };

  kr_dashboard_scope_init (&scope, 0, 2025);
  s = kr_dashboard_snapshot_new (&scope);
  s->parts = KR_DASHBOARD_PART_ALL;

  s->employee_kinds = new_counts ();
  add_count (s->employee_kinds, KR_DASHBOARD_EMPLOYEE_KIND, "pns", 0, "PNS", 40);
  add_count (s->employee_kinds, KR_DASHBOARD_EMPLOYEE_KIND, "cpns", 0, "CPNS", 5);
  add_count (s->employee_kinds, KR_DASHBOARD_EMPLOYEE_KIND, "pppk", 0, "PPPK", 12);
  s->golongan = new_counts ();
  add_count (s->golongan, KR_DASHBOARD_GOLONGAN, NULL, 31, "III/a", 20);
  add_count (s->golongan, KR_DASHBOARD_GOLONGAN, NULL, 32, "III/b", 15);
  add_count (s->golongan, KR_DASHBOARD_GOLONGAN, NULL, 41, "IV/a", 10);
  add_count (s->golongan, KR_DASHBOARD_GOLONGAN, NULL, 0, "—", 12);
  s->position_kinds = new_counts ();
  add_count (s->position_kinds, KR_DASHBOARD_POSITION_KIND, "jpt_pratama", 0, "JPT Pratama", 3);
  add_count (s->position_kinds, KR_DASHBOARD_POSITION_KIND, "administrator", 0, "Administrator", 7);
  /* Core translates this one label; the charts replace it */
  add_count (s->position_kinds, KR_DASHBOARD_POSITION_KIND, NULL, 0, "No position", 47);

  s->age_bands = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_dashboard_age_band_free);
  for (guint i = 0; i < G_N_ELEMENTS (ages); i++)
    {
      KrDashboardAgeBand *band = g_new0 (KrDashboardAgeBand, 1);

      band->filter.dimension = KR_DASHBOARD_AGE;
      band->filter.low = 20 + 5 * i;
      band->filter.high = 24 + 5 * i;
      band->label = g_strdup_printf ("%u–%u", 20 + 5 * i, 24 + 5 * i);
      band->male = ages[i][0];
      band->female = ages[i][1];
      g_ptr_array_add (s->age_bands, band);
    }

  s->predikat.year = 2025;
  for (guint p = 0; p < KR_N_PREDIKAT; p++)
    {
      s->predikat.counts[p] = predikat[p];
      s->predikat.total += predikat[p];
    }
  s->predikat.has_result = TRUE;
  s->predikat.result = KR_ORGANISATION_RESULT_BAIK;
  s->predikat.result_unit_id = 1;
  s->predikat.rules =
      kr_appraisal_distribution_rules (KR_ORGANISATION_RESULT_BAIK, &s->predikat.n_rules);
  s->trend = g_array_new (FALSE, TRUE, sizeof (KrDashboardPredikat));
  for (guint i = 0; i < KR_DASHBOARD_TREND_YEARS; i++)
    {
      KrDashboardPredikat year = { .year = 2021 + i };

      year.counts[KR_PREDIKAT_BAIK] = 10 + i;
      year.counts[KR_PREDIKAT_SANGAT_BAIK] = 10 - i;
      year.total = 20;
      g_array_append_val (s->trend, year);
    }

  s->training = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_dashboard_training_free);
  add_training (s->training, 7, "Dinas Pendidikan", 30, 600, 450.5, 100000000, 40000000, 25000000);
  add_training (s->training, 9, "Dinas Kesehatan", 10, 200, 220, 0, 0, 0);

  s->promotions = new_counts ();
  add_count (s->promotions, KR_DASHBOARD_PROMOTION_PERIOD, "2025-04-01", 0, "2025-04-01", 6);
  add_count (s->promotions, KR_DASHBOARD_PROMOTION_PERIOD, "2025-10-01", 0, "2025-10-01", 4);
  s->retirements = new_counts ();
  for (guint i = 0; i < G_N_ELEMENTS (retirements); i++)
    {
      g_autofree char *label = g_strdup_printf ("%u", 2025 + i);

      add_count (s->retirements, KR_DASHBOARD_RETIREMENT_YEAR, NULL, 2025 + i, label,
                 retirements[i]);
    }

  s->talent = (KrTalentGridCounts){
    .year = 2025,
    .boxes = { 0, 5, 10, 3, 2, 12, 0, 6, 8, 4 },
    .no_appraisal = 7,
    .no_assessment = 11,
    .excluded = 2,
    .total = 70,
  };
  return s;
}

GPtrArray *
kr_test_dashboard_boxes (void)
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
      box->follow_up = g_strdup ("-");
      g_ptr_array_add (boxes, box);
    }
  return boxes;
}
