/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-dashboard-charts"

#include "config.h"

#include "kr-dashboard-charts.h"

#include <stdio.h>
#include <string.h>

#include "kr-document.h"
#include "kr-i18n.h"

/* Every word of a chart comes in two: the user interface's (translated with gettext) and the
 * Indonesian of official paper, whatever the locale. Official terms (golongan, predikat, the
 * position kinds, PNS, PPPK) are the same in both. */

typedef struct
{
  const char *ui;
  const char *indonesian;
} Word;

static const char *
word (const Word *w, KrDashboardLanguage language)
{
  return language == KR_DASHBOARD_LANGUAGE_INDONESIAN ? w->indonesian : _ (w->ui);
}

static const Word w_employees = { N_ ("Employees"), "Pegawai" };
static const Word w_no_position = { N_ ("No position"), "Tanpa jabatan" };
static const Word w_men = { N_ ("Men"), "Laki-laki" };
static const Word w_women = { N_ ("Women"), "Perempuan" };
static const Word w_age = { N_ ("Age"), "Usia" };
static const Word w_year = { N_ ("Year"), "Tahun" };
static const Word w_pola = { N_ ("Pola distribusi"), "Pola distribusi" };
static const Word w_share = { N_ ("Share of evaluations (%)"), "Persentase pegawai dinilai (%)" };
static const Word w_unit = { N_ ("Perangkat daerah"), "Perangkat daerah" };
static const Word w_achieved = { N_ ("JP achieved"), "JP tercapai" };
static const Word w_duty = { N_ ("JP owed"), "Kewajiban JP" };
static const Word w_spent = { N_ ("Spent"), "Realisasi" };
static const Word w_committed = { N_ ("Committed"), "Terikat" };
static const Word w_allocated = { N_ ("Allocated"), "Pagu" };
static const Word w_millions = { N_ ("Millions of rupiah"), "Juta rupiah" };
static const Word w_period = { N_ ("Period"), "Periode" };
static const Word w_promotions = { N_ ("Promotions"), "Kenaikan pangkat" };
static const Word w_retirements = { N_ ("Retirements"), "Pensiun" };

typedef struct
{
  const char *id;
  KrDashboardParts part;
  KrChartKind kind;
  Word title;
  Word category_title;
} ChartInfo;

static const ChartInfo charts[KR_DASHBOARD_N_CHARTS] = {
  [KR_DASHBOARD_CHART_EMPLOYEE_KINDS] = { "employee-kinds",
                                          KR_DASHBOARD_PART_HEADCOUNT,
                                          KR_CHART_KIND_BAR,
                                          { N_ ("Employees by kind"), "Pegawai menurut jenis" },
                                          { N_ ("Employee kind"), "Jenis pegawai" } },
  [KR_DASHBOARD_CHART_GOLONGAN] = { "golongan",
                                    KR_DASHBOARD_PART_HEADCOUNT,
                                    KR_CHART_KIND_BAR,
                                    { N_ ("Employees by golongan"), "Pegawai menurut golongan" },
                                    { N_ ("Golongan"), "Golongan" } },
  [KR_DASHBOARD_CHART_POSITION_KINDS] = { "position-kinds",
                                          KR_DASHBOARD_PART_HEADCOUNT,
                                          KR_CHART_KIND_BAR_HORIZONTAL,
                                          { N_ ("Employees by position kind"),
                                            "Pegawai menurut jenis jabatan" },
                                          { N_ ("Position kind"), "Jenis jabatan" } },
  [KR_DASHBOARD_CHART_PYRAMID] = { "pyramid",
                                   KR_DASHBOARD_PART_PYRAMID,
                                   KR_CHART_KIND_PYRAMID,
                                   { N_ ("Active employees by age and gender"),
                                     "Pegawai aktif menurut usia dan jenis kelamin" },
                                   { N_ ("Age"), "Usia" } },
  [KR_DASHBOARD_CHART_PREDIKAT] = { "predikat",
                                    KR_DASHBOARD_PART_PREDIKAT,
                                    KR_CHART_KIND_DISTRIBUTION,
                                    { N_ ("Predikat against the pola distribusi"),
                                      "Predikat kinerja terhadap pola distribusi" },
                                    { N_ ("Predikat"), "Predikat" } },
  [KR_DASHBOARD_CHART_PREDIKAT_TREND] = { "predikat-trend",
                                          KR_DASHBOARD_PART_PREDIKAT,
                                          KR_CHART_KIND_LINE,
                                          { N_ ("Predikat year by year"),
                                            "Tren predikat kinerja per tahun" },
                                          { N_ ("Year"), "Tahun" } },
  [KR_DASHBOARD_CHART_TRAINING_JP] = { "training-jp",
                                       KR_DASHBOARD_PART_TRAINING,
                                       KR_CHART_KIND_BAR_HORIZONTAL,
                                       { N_ ("Training hours (JP) achieved and owed"),
                                         "Capaian dan kewajiban JP pengembangan kompetensi" },
                                       { N_ ("Perangkat daerah"), "Perangkat daerah" } },
  [KR_DASHBOARD_CHART_TRAINING_BUDGET] = { "training-budget",
                                           KR_DASHBOARD_PART_TRAINING,
                                           KR_CHART_KIND_BAR_HORIZONTAL,
                                           { N_ ("Training budget"),
                                             "Anggaran pengembangan kompetensi" },
                                           { N_ ("Perangkat daerah"), "Perangkat daerah" } },
  [KR_DASHBOARD_CHART_PROMOTIONS] = { "promotions",
                                      KR_DASHBOARD_PART_CAREER,
                                      KR_CHART_KIND_BAR,
                                      { N_ ("Promotions per period"),
                                        "Kenaikan pangkat per periode" },
                                      { N_ ("Period"), "Periode" } },
  [KR_DASHBOARD_CHART_RETIREMENTS] = { "retirements",
                                       KR_DASHBOARD_PART_CAREER,
                                       KR_CHART_KIND_BAR,
                                       { N_ ("Retirements in the next five years"),
                                         "Pegawai pensiun lima tahun ke depan" },
                                       { N_ ("Year"), "Tahun" } },
};

KrDashboardParts
kr_dashboard_chart_get_part (KrDashboardChart chart)
{
  g_return_val_if_fail ((guint) chart < KR_DASHBOARD_N_CHARTS, 0);

  return charts[chart].part;
}

const char *
kr_dashboard_chart_get_id (KrDashboardChart chart)
{
  g_return_val_if_fail ((guint) chart < KR_DASHBOARD_N_CHARTS, NULL);

  return charts[chart].id;
}

int
kr_dashboard_chart_from_id (const char *id)
{
  for (int i = 0; id != NULL && i < KR_DASHBOARD_N_CHARTS; i++)
    if (strcmp (id, charts[i].id) == 0)
      return i;
  return -1;
}

/* Building */

static void
add_counts (KrChartData *data, GPtrArray *counts, KrDashboardLanguage language)
{
  for (guint i = 0; counts != NULL && i < counts->len; i++)
    {
      const KrDashboardCount *count = g_ptr_array_index (counts, i);
      /* The one label core translates itself: the bar of those without a position */
      gboolean no_position =
          count->filter.dimension == KR_DASHBOARD_POSITION_KIND && count->filter.code == NULL;
      guint c = kr_chart_data_add_category (data, no_position ? word (&w_no_position, language)
                                                              : count->label);

      kr_chart_data_set_value (data, 0, c, count->count);
    }
}

/* "2026-04-01" as "1 April 2026" on paper, the locale's way in the window. */
static char *
format_period (const char *iso, KrDashboardLanguage language)
{
  GDate date;
  guint year, month, day;

  if (iso == NULL || sscanf (iso, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return g_strdup (iso != NULL ? iso : "—");
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  if (language == KR_DASHBOARD_LANGUAGE_INDONESIAN)
    return kr_document_format_date (&date);
  {
    g_autoptr (GDateTime) time = g_date_time_new_utc ((int) year, (int) month, (int) day, 0, 0, 0);

    /* Translators: a promotion period on a chart's axis, strftime format */
    return g_date_time_format (time, _ ("%-d %b %Y"));
  }
}

static void
add_promotions (KrChartData *data, GPtrArray *counts, KrDashboardLanguage language)
{
  for (guint i = 0; counts != NULL && i < counts->len; i++)
    {
      const KrDashboardCount *count = g_ptr_array_index (counts, i);
      g_autofree char *label = format_period (count->filter.code, language);
      guint c = kr_chart_data_add_category (data, label);

      kr_chart_data_set_value (data, 0, c, count->count);
    }
}

static void
add_pyramid (KrChartData *data, GPtrArray *bands, KrDashboardLanguage language)
{
  kr_chart_data_add_series (data, word (&w_men, language));
  kr_chart_data_add_series (data, word (&w_women, language));
  for (guint i = 0; bands != NULL && i < bands->len; i++)
    {
      const KrDashboardAgeBand *band = g_ptr_array_index (bands, i);
      guint c = kr_chart_data_add_category (data, band->label);

      kr_chart_data_set_value (data, 0, c, band->male);
      kr_chart_data_set_value (data, 1, c, band->female);
    }
}

/* The marker of a predikat: the bound of a rule on that predikat alone, its least share when
 * it has one ("at least 60%"), else its largest ("at most 10%"); a rule on several predikat
 * together has no marker of its own (the printed report spells every rule out). */
static void
set_pola (KrChartData *data, const KrDashboardPredikat *predikat, KrDashboardLanguage language)
{
  double values[KR_N_PREDIKAT];
  gboolean any = FALSE;

  if (!predikat->has_result || predikat->rules == NULL)
    return;
  for (guint p = 0; p < KR_N_PREDIKAT; p++)
    values[p] = -1;
  for (guint r = 0; r < predikat->n_rules; r++)
    {
      const KrDistributionRule *rule = &predikat->rules[r];

      for (guint p = 0; p < KR_N_PREDIKAT; p++)
        if (rule->predikats == (1u << p))
          {
            values[p] = rule->at_least >= 0.5 ? rule->at_least : rule->at_most;
            any = TRUE;
          }
    }
  if (any)
    kr_chart_data_set_reference (data, word (&w_pola, language), values, KR_N_PREDIKAT);
}

static void
add_predikat (KrChartData *data, const KrDashboardPredikat *predikat, KrDashboardLanguage language)
{
  g_autofree char *year = g_strdup_printf ("%u", predikat->year);

  kr_chart_data_add_series (data, year);
  for (guint p = 0; p < KR_N_PREDIKAT; p++)
    {
      guint c = kr_chart_data_add_category (data, kr_predikat_get_label ((KrPredikat) p));

      kr_chart_data_set_value (data, 0, c, predikat->counts[p]);
    }
  set_pola (data, predikat, language);
}

/* The @index-th year of @trend with final evaluations: a year nobody was appraised in yet
 * (the current one, before the appraisals are final) is left out rather than drawn as 0 % */
static const KrDashboardPredikat *
trend_year (GArray *trend, guint index)
{
  for (guint i = 0; trend != NULL && i < trend->len; i++)
    {
      const KrDashboardPredikat *year = &g_array_index (trend, KrDashboardPredikat, i);

      if (year->total > 0 && index-- == 0)
        return year;
    }
  return NULL;
}

static void
add_trend (KrChartData *data, GArray *trend)
{
  const KrDashboardPredikat *year;

  for (guint p = 0; p < KR_N_PREDIKAT; p++)
    kr_chart_data_add_series (data, kr_predikat_get_label ((KrPredikat) p));
  for (guint i = 0; (year = trend_year (trend, i)) != NULL; i++)
    {
      g_autofree char *label = g_strdup_printf ("%u", year->year);
      guint c = kr_chart_data_add_category (data, label);

      for (guint p = 0; p < KR_N_PREDIKAT; p++)
        kr_chart_data_set_value (data, p, c,
                                 100.0 * kr_dashboard_predikat_share (year, (KrPredikat) p));
    }
}

static void
add_training (KrChartData *data, GPtrArray *training, gboolean budget)
{
  for (guint i = 0; training != NULL && i < training->len; i++)
    {
      const KrDashboardTraining *t = g_ptr_array_index (training, i);
      guint c = kr_chart_data_add_category (data, t->unit_name != NULL ? t->unit_name : "—");

      if (budget)
        {
          kr_chart_data_set_value (data, 0, c, t->spent / 1e6);
          kr_chart_data_set_value (data, 1, c, t->committed / 1e6);
          kr_chart_data_set_value (data, 2, c, t->allocated / 1e6);
        }
      else
        {
          kr_chart_data_set_value (data, 0, c, t->achieved_jp);
          kr_chart_data_set_value (data, 1, c, t->duty_jp);
        }
    }
}

static char *
make_title (const KrDashboardSnapshot *snapshot,
            KrDashboardChart chart,
            KrDashboardLanguage language)
{
  const char *title = word (&charts[chart].title, language);

  switch (chart)
    {
    case KR_DASHBOARD_CHART_PREDIKAT:
    case KR_DASHBOARD_CHART_TRAINING_JP:
    case KR_DASHBOARD_CHART_TRAINING_BUDGET:
      return g_strdup_printf ("%s, %u", title, snapshot->scope.year);
    case KR_DASHBOARD_CHART_EMPLOYEE_KINDS:
    case KR_DASHBOARD_CHART_GOLONGAN:
    case KR_DASHBOARD_CHART_POSITION_KINDS:
    case KR_DASHBOARD_CHART_PYRAMID:
    case KR_DASHBOARD_CHART_PREDIKAT_TREND:
    case KR_DASHBOARD_CHART_PROMOTIONS:
    case KR_DASHBOARD_CHART_RETIREMENTS:
    case KR_DASHBOARD_N_CHARTS:
    default:
      return g_strdup (title);
    }
}

KrChartData *
kr_dashboard_chart_build (const KrDashboardSnapshot *snapshot,
                          KrDashboardChart chart,
                          KrDashboardLanguage language)
{
  const ChartInfo *info;
  KrChartData *data;
  g_autofree char *title = NULL;
  gboolean loaded;

  g_return_val_if_fail (snapshot != NULL, NULL);
  g_return_val_if_fail ((guint) chart < KR_DASHBOARD_N_CHARTS, NULL);

  info = &charts[chart];
  data = kr_chart_data_new (info->kind);
  title = make_title (snapshot, chart, language);
  kr_chart_data_set_title (data, title);
  loaded = (snapshot->parts & info->part) != 0;
  switch (chart)
    {
    case KR_DASHBOARD_CHART_EMPLOYEE_KINDS:
    case KR_DASHBOARD_CHART_GOLONGAN:
    case KR_DASHBOARD_CHART_POSITION_KINDS:
      kr_chart_data_set_axis_titles (data, word (&info->category_title, language),
                                     word (&w_employees, language));
      kr_chart_data_add_series (data, word (&w_employees, language));
      if (loaded)
        add_counts (data,
                    chart == KR_DASHBOARD_CHART_EMPLOYEE_KINDS ? snapshot->employee_kinds
                    : chart == KR_DASHBOARD_CHART_GOLONGAN     ? snapshot->golongan
                                                               : snapshot->position_kinds,
                    language);
      break;
    case KR_DASHBOARD_CHART_PYRAMID:
      kr_chart_data_set_axis_titles (data, word (&w_age, language), word (&w_employees, language));
      add_pyramid (data, loaded ? snapshot->age_bands : NULL, language);
      break;
    case KR_DASHBOARD_CHART_PREDIKAT:
      kr_chart_data_set_axis_titles (data, word (&info->category_title, language),
                                     word (&w_share, language));
      if (loaded)
        add_predikat (data, &snapshot->predikat, language);
      break;
    case KR_DASHBOARD_CHART_PREDIKAT_TREND:
      kr_chart_data_set_axis_titles (data, word (&w_year, language), word (&w_share, language));
      kr_chart_data_set_unit (data, "%");
      add_trend (data, loaded ? snapshot->trend : NULL);
      break;
    case KR_DASHBOARD_CHART_TRAINING_JP:
      kr_chart_data_set_axis_titles (data, word (&w_unit, language), "JP");
      kr_chart_data_set_unit (data, "JP");
      kr_chart_data_add_series (data, word (&w_achieved, language));
      kr_chart_data_add_series (data, word (&w_duty, language));
      add_training (data, loaded ? snapshot->training : NULL, FALSE);
      break;
    case KR_DASHBOARD_CHART_TRAINING_BUDGET:
      kr_chart_data_set_axis_titles (data, word (&w_unit, language), word (&w_millions, language));
      kr_chart_data_set_decimals (data, 1);
      kr_chart_data_add_series (data, word (&w_spent, language));
      kr_chart_data_add_series (data, word (&w_committed, language));
      kr_chart_data_add_series (data, word (&w_allocated, language));
      add_training (data, loaded ? snapshot->training : NULL, TRUE);
      break;
    case KR_DASHBOARD_CHART_PROMOTIONS:
      kr_chart_data_set_axis_titles (data, word (&w_period, language),
                                     word (&w_employees, language));
      kr_chart_data_add_series (data, word (&w_promotions, language));
      if (loaded)
        add_promotions (data, snapshot->promotions, language);
      break;
    case KR_DASHBOARD_CHART_RETIREMENTS:
      kr_chart_data_set_axis_titles (data, word (&w_year, language), word (&w_employees, language));
      kr_chart_data_add_series (data, word (&w_retirements, language));
      if (loaded)
        add_counts (data, snapshot->retirements, language);
      break;
    case KR_DASHBOARD_N_CHARTS:
    default:
      g_assert_not_reached ();
    }
  return data;
}

/* Filters */

static gboolean
copy_count_filter (GPtrArray *counts, guint series, guint category, KrDashboardFilter *filter)
{
  const KrDashboardCount *count;

  if (counts == NULL || series != 0 || category >= counts->len)
    return FALSE;
  count = g_ptr_array_index (counts, category);
  kr_dashboard_filter_copy (filter, &count->filter);
  return TRUE;
}

static gboolean
set_predikat_filter (guint predikat, guint year, KrDashboardFilter *filter)
{
  if (predikat >= KR_N_PREDIKAT)
    return FALSE;
  filter->dimension = KR_DASHBOARD_PREDIKAT;
  filter->code = g_strdup (kr_predikat_get_code ((KrPredikat) predikat));
  filter->low = filter->high = year;
  return TRUE;
}

gboolean
kr_dashboard_chart_get_filter (const KrDashboardSnapshot *snapshot,
                               KrDashboardChart chart,
                               guint series,
                               guint category,
                               KrDashboardFilter *filter)
{
  g_return_val_if_fail (snapshot != NULL, FALSE);
  g_return_val_if_fail ((guint) chart < KR_DASHBOARD_N_CHARTS, FALSE);
  g_return_val_if_fail (filter != NULL, FALSE);

  memset (filter, 0, sizeof *filter);
  if ((snapshot->parts & charts[chart].part) == 0)
    return FALSE;
  switch (chart)
    {
    case KR_DASHBOARD_CHART_EMPLOYEE_KINDS:
      return copy_count_filter (snapshot->employee_kinds, series, category, filter);
    case KR_DASHBOARD_CHART_GOLONGAN:
      return copy_count_filter (snapshot->golongan, series, category, filter);
    case KR_DASHBOARD_CHART_POSITION_KINDS:
      return copy_count_filter (snapshot->position_kinds, series, category, filter);
    case KR_DASHBOARD_CHART_PROMOTIONS:
      return copy_count_filter (snapshot->promotions, series, category, filter);
    case KR_DASHBOARD_CHART_RETIREMENTS:
      return copy_count_filter (snapshot->retirements, series, category, filter);
    case KR_DASHBOARD_CHART_PYRAMID:
      {
        const KrDashboardAgeBand *band;

        if (snapshot->age_bands == NULL || series > 1 || category >= snapshot->age_bands->len)
          return FALSE;
        band = g_ptr_array_index (snapshot->age_bands, category);
        kr_dashboard_filter_copy (filter, &band->filter);
        g_free (filter->code);
        /* As stored (0003-employees.sql) */
        filter->code = g_strdup (series == 0 ? "M" : "F");
        return TRUE;
      }
    case KR_DASHBOARD_CHART_PREDIKAT:
      return series == 0 && set_predikat_filter (category, snapshot->predikat.year, filter);
    case KR_DASHBOARD_CHART_PREDIKAT_TREND:
      {
        const KrDashboardPredikat *year = trend_year (snapshot->trend, category);

        return year != NULL && set_predikat_filter (series, year->year, filter);
      }
    case KR_DASHBOARD_CHART_TRAINING_JP:
      {
        const KrDashboardTraining *t;

        /* The employees whose JP were counted; a duty names nobody */
        if (snapshot->training == NULL || series != 0 || category >= snapshot->training->len)
          return FALSE;
        t = g_ptr_array_index (snapshot->training, category);
        kr_dashboard_filter_copy (filter, &t->filter);
        return TRUE;
      }
    case KR_DASHBOARD_CHART_TRAINING_BUDGET:
      return FALSE;
    case KR_DASHBOARD_N_CHARTS:
    default:
      g_assert_not_reached ();
    }
}
