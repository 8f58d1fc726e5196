/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-document-dashboard"

#include "config.h"

#include "kr-document-dashboard.h"

#include <math.h>
#include <string.h>

#include "kr-date.h"
#include "kr-document-rows.h"
#include "kr-talent-grid.h"

/* The text of the report is official Indonesian; none of it is translated. */

#define TITLE           "LAPORAN DASBOR KEPEGAWAIAN"
#define CHART_HEIGHT    210.0
#define GRID_HEIGHT     230.0
#define GRID_WIDTH      300.0
#define BODY_FONT_SIZE  8.0
#define CHARTS_PER_PAGE 2

/* Heading */

static char *
scope_text (const KrDashboardSnapshot *snapshot)
{
  if (snapshot->unit_name == NULL)
    return g_strdup ("Seluruh unit kerja");
  return g_strdup_printf ("Unit kerja: %s beserta unit di bawahnya", snapshot->unit_name);
}

static void
add_heading (KrDocument *document,
             const KrDocumentDashboardScope *scope,
             const KrDashboardSnapshot *snapshot)
{
  const KrDocumentTextStyle title_style = { .size = 12,
                                            .bold = TRUE,
                                            .alignment = PANGO_ALIGN_CENTER };
  const KrDocumentTextStyle name_style = {
    .size = 10, .bold = TRUE, .alignment = PANGO_ALIGN_CENTER, .space_before = 2
  };
  const KrDocumentTextStyle facts_style = { .alignment = PANGO_ALIGN_CENTER, .space_before = 4 };
  const KrDocumentTextStyle printed_style = {
    .size = 7.5, .alignment = PANGO_ALIGN_CENTER, .space_before = 2, .space_after = 10
  };
  g_autofree char *where = scope_text (snapshot);
  g_autofree char *year = g_strdup_printf ("Tahun %u", snapshot->scope.year);
  g_autofree char *date = NULL;
  g_autofree char *printed = NULL;
  GDate today;

  if (scope->date != NULL && g_date_valid (scope->date))
    date = kr_document_format_date (scope->date);
  else
    {
      kr_date_today (NULL, &today);
      date = kr_document_format_date (&today);
    }
  printed = g_strdup_printf ("Dicetak tanggal %s", date);
  kr_document_add_text (document, TITLE, &title_style);
  if (scope->instansi != NULL && *scope->instansi != '\0')
    {
      g_autofree char *upper = g_utf8_strup (scope->instansi, -1);

      kr_document_add_text (document, upper, &name_style);
    }
  kr_document_add_text (document, where, &facts_style);
  kr_document_add_text (document, year, &facts_style);
  kr_document_add_text (document, printed, &printed_style);
}

static void
set_running_header (KrDocument *document, const KrDashboardSnapshot *snapshot)
{
  g_autofree char *text =
      g_strdup_printf ("Laporan Dasbor Kepegawaian — %s — Tahun %u",
                       snapshot->unit_name != NULL ? snapshot->unit_name : "Seluruh unit kerja",
                       snapshot->scope.year);

  kr_document_set_title (document, "Laporan Dasbor Kepegawaian");
  kr_document_set_running_header (document, text);
}

/* A chart and its table */

static void
draw_chart_cb (cairo_t *cr, double x, double y, double width, double height, gpointer data)
{
  KrChartStyle style;
  g_autoptr (KrChartLayout) layout = NULL;

  kr_chart_style_init_paper (&style);
  layout = kr_chart_layout_new (data, x, y, width, height, &style);
  kr_chart_render (cr, layout, &style);
  kr_chart_style_clear (&style);
}

/* The decimals of a chart's values in its table */
static guint
chart_decimals (KrDashboardChart chart)
{
  switch (chart)
    {
    case KR_DASHBOARD_CHART_PREDIKAT_TREND:
    case KR_DASHBOARD_CHART_TRAINING_JP:
    case KR_DASHBOARD_CHART_TRAINING_BUDGET:
      return 1;
    case KR_DASHBOARD_CHART_EMPLOYEE_KINDS:
    case KR_DASHBOARD_CHART_GOLONGAN:
    case KR_DASHBOARD_CHART_POSITION_KINDS:
    case KR_DASHBOARD_CHART_PYRAMID:
    case KR_DASHBOARD_CHART_PREDIKAT:
    case KR_DASHBOARD_CHART_PROMOTIONS:
    case KR_DASHBOARD_CHART_RETIREMENTS:
    case KR_DASHBOARD_N_CHARTS:
    default:
      return 0;
    }
}

static char *
format_value (double value, guint decimals, gboolean percent)
{
  g_autofree char *number = NULL;

  /* Whole numbers stay whole: "12", not "12,0" */
  if (decimals > 0 && fabs (value - round (value)) < 1e-9)
    decimals = 0;
  number = kr_document_format_decimal (value, decimals);
  return percent ? g_strdup_printf ("%s%%", number) : g_steal_pointer (&number);
}

/* "paling sedikit 60%", "paling banyak 10%", "lebih dari 0%" */
static char *
rule_text (const KrDistributionRule *rule)
{
  g_autofree char *least = kr_document_format_decimal (rule->at_least, 0);
  g_autofree char *most = kr_document_format_decimal (rule->at_most, 0);

  if (rule->at_least > 0 && rule->at_least < 0.5)
    return g_strdup ("lebih dari 0%");
  if (rule->at_least > 0 && rule->at_most < 100)
    return g_strdup_printf ("%s%% sampai %s%%", least, most);
  if (rule->at_least > 0)
    return g_strdup_printf ("paling sedikit %s%%", least);
  return g_strdup_printf ("paling banyak %s%%", most);
}

/* "Butuh Perbaikan dan Kurang" */
static char *
rule_predikats (const KrDistributionRule *rule)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (int p = KR_N_PREDIKAT - 1; p >= 0; p--)
    if (rule->predikats & (1u << p))
      {
        if (text->len > 0)
          g_string_append (text, " dan ");
        g_string_append (text, kr_predikat_get_label ((KrPredikat) p));
      }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_pola_note (KrDocument *document, const KrDashboardPredikat *predikat)
{
  const KrDocumentTextStyle style = { .size = 7.5, .space_before = 3 };
  g_autoptr (GString) text = g_string_new (NULL);

  if (!predikat->has_result)
    {
      kr_document_add_text (document,
                            "Capaian kinerja organisasi tahun ini belum dicatat: pola distribusi "
                            "tidak dapat dibandingkan.",
                            &style);
      return;
    }
  g_string_append_printf (text, "Pola distribusi untuk capaian kinerja organisasi %s: ",
                          kr_organisation_result_get_label (predikat->result));
  for (guint r = 0; r < predikat->n_rules; r++)
    {
      g_autofree char *who = rule_predikats (&predikat->rules[r]);
      g_autofree char *bound = rule_text (&predikat->rules[r]);

      g_string_append_printf (text, "%s%s %s", r > 0 ? "; " : "", who, bound);
    }
  g_string_append_c (text, '.');
  kr_document_add_text (document, text->str, &style);
}

static void
add_distribution_table (KrDocument *document, KrChartData *data)
{
  const KrDocumentColumn columns[] = {
    { "PREDIKAT", NULL, 3, PANGO_ALIGN_LEFT },
    { "JUMLAH", NULL, 1.2, PANGO_ALIGN_RIGHT },
    { "PERSENTASE", NULL, 1.2, PANGO_ALIGN_RIGHT },
    { "POLA DISTRIBUSI", NULL, 1.6, PANGO_ALIGN_RIGHT },
  };
  g_autoptr (KrDocumentRows) rows = kr_document_rows_new (G_N_ELEMENTS (columns));
  const KrDocumentRowStyle total_style = { .bold = TRUE };
  double total = 0;

  for (guint c = 0; c < kr_chart_data_get_n_categories (data); c++)
    {
      double value = kr_chart_data_get_value (data, 0, c), reference;
      g_autofree char *count = format_value (value, 0, FALSE);
      g_autofree char *share = format_value (kr_chart_data_get_share (data, 0, c), 1, TRUE);
      g_autofree char *expected = kr_chart_data_get_reference (data, c, &reference)
                                      ? format_value (reference, 0, TRUE)
                                      : g_strdup ("-");
      const char *cells[] = { kr_chart_data_get_category (data, c), count, share, expected };

      kr_document_rows_add (rows, cells, NULL);
      total += value;
    }
  {
    g_autofree char *count = format_value (total, 0, FALSE);
    const char *cells[] = { "Jumlah", count, total > 0 ? "100%" : "-", "" };

    kr_document_rows_add (rows, cells, &total_style);
  }
  kr_document_add_rows_table (document, columns, G_N_ELEMENTS (columns), FALSE, NULL,
                              g_steal_pointer (&rows));
}

/* One column per series after the categories'; a total row for counts, JP and budgets, and a
 * total column where the series add up (men and women) */
static void
add_series_table (KrDocument *document,
                  KrChartData *data,
                  const char *category_title,
                  guint decimals,
                  gboolean percent,
                  gboolean totals,
                  gboolean row_totals)
{
  guint n_series = kr_chart_data_get_n_series (data);
  guint n_columns = n_series + 1 + (row_totals && n_series > 1);
  g_autofree KrDocumentColumn *columns = g_new0 (KrDocumentColumn, n_columns);
  g_autoptr (GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (KrDocumentRows) rows = kr_document_rows_new (n_columns);
  g_autofree double *sums = g_new0 (double, n_columns);
  g_autoptr (GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  const KrDocumentRowStyle total_style = { .bold = TRUE };

  g_ptr_array_add (titles, g_utf8_strup (category_title, -1));
  for (guint s = 0; s < n_series; s++)
    g_ptr_array_add (titles, g_utf8_strup (kr_chart_data_get_series_name (data, s), -1));
  if (n_columns > n_series + 1)
    g_ptr_array_add (titles, g_strdup ("JUMLAH"));
  for (guint i = 0; i < n_columns; i++)
    columns[i] = (KrDocumentColumn){ g_ptr_array_index (titles, i), NULL, i == 0 ? 3 : 1.2,
                                     i == 0 ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT };
  for (guint c = 0; c < kr_chart_data_get_n_categories (data); c++)
    {
      double row_sum = 0;

      g_ptr_array_set_size (cells, 0);
      g_ptr_array_add (cells, g_strdup (kr_chart_data_get_category (data, c)));
      for (guint s = 0; s < n_series; s++)
        {
          double value = kr_chart_data_get_value (data, s, c);

          g_ptr_array_add (cells, format_value (value, decimals, percent));
          sums[s + 1] += value;
          row_sum += value;
        }
      if (n_columns > n_series + 1)
        {
          g_ptr_array_add (cells, format_value (row_sum, decimals, percent));
          sums[n_columns - 1] += row_sum;
        }
      kr_document_rows_add (rows, (const char *const *) cells->pdata, NULL);
    }
  if (totals && kr_chart_data_get_n_categories (data) > 0)
    {
      g_ptr_array_set_size (cells, 0);
      g_ptr_array_add (cells, g_strdup ("Jumlah"));
      for (guint i = 1; i < n_columns; i++)
        g_ptr_array_add (cells, format_value (sums[i], decimals, percent));
      kr_document_rows_add (rows, (const char *const *) cells->pdata, &total_style);
    }
  kr_document_add_rows_table (document, columns, n_columns, FALSE, "Belum ada data.",
                              g_steal_pointer (&rows));
}

static const char *
category_title (KrDashboardChart chart)
{
  switch (chart)
    {
    case KR_DASHBOARD_CHART_EMPLOYEE_KINDS:
      return "Jenis pegawai";
    case KR_DASHBOARD_CHART_GOLONGAN:
      return "Golongan";
    case KR_DASHBOARD_CHART_POSITION_KINDS:
      return "Jenis jabatan";
    case KR_DASHBOARD_CHART_PYRAMID:
      return "Usia";
    case KR_DASHBOARD_CHART_PREDIKAT:
      return "Predikat";
    case KR_DASHBOARD_CHART_PREDIKAT_TREND:
    case KR_DASHBOARD_CHART_RETIREMENTS:
      return "Tahun";
    case KR_DASHBOARD_CHART_TRAINING_JP:
      return "Perangkat daerah";
    case KR_DASHBOARD_CHART_TRAINING_BUDGET:
      return "Perangkat daerah (juta rupiah)";
    case KR_DASHBOARD_CHART_PROMOTIONS:
      return "Periode";
    case KR_DASHBOARD_N_CHARTS:
    default:
      return "";
    }
}

static void
add_chart (KrDocument *document, const KrDashboardSnapshot *snapshot, KrDashboardChart chart)
{
  KrChartData *data = kr_dashboard_chart_build (snapshot, chart, KR_DASHBOARD_LANGUAGE_INDONESIAN);
  const KrDocumentTextStyle gap = { .size = 4 };

  kr_document_add_text (document, " ", &gap);
  kr_document_add_drawing (document, CHART_HEIGHT, draw_chart_cb, kr_chart_data_ref (data),
                           (GDestroyNotify) kr_chart_data_unref);
  if (chart == KR_DASHBOARD_CHART_PREDIKAT)
    {
      add_distribution_table (document, data);
      add_pola_note (document, &snapshot->predikat);
    }
  else
    add_series_table (document, data, category_title (chart), chart_decimals (chart),
                      chart == KR_DASHBOARD_CHART_PREDIKAT_TREND,
                      chart != KR_DASHBOARD_CHART_PREDIKAT_TREND,
                      chart == KR_DASHBOARD_CHART_PYRAMID);
  kr_chart_data_unref (data);
}

/* The 9-box */

typedef struct
{
  KrTalentGridCell cells[KR_TALENT_GRID_N_BOXES];
  guint n_cells;
} Grid;

static void
draw_grid_cb (cairo_t *cr, double x, double y, double width, double height, gpointer data)
{
  Grid *grid = data;
  KrTalentGridPalette palette;
  g_autoptr (KrTalentGridLayout) layout = NULL;
  g_autoptr (GError) error = NULL;
  double grid_width = MIN (width, GRID_WIDTH);

  kr_talent_grid_palette_init_paper (&palette);
  layout = kr_talent_grid_layout_new (grid->cells, grid->n_cells, x + (width - grid_width) / 2,
                                      y + 4, grid_width, height - 8, &palette, &error);
  if (layout != NULL)
    kr_talent_grid_render (cr, layout, &palette, 0);
  else
    g_warning ("The 9-box cannot be drawn: %s", error->message);
  kr_talent_grid_palette_clear (&palette);
}

static void
add_talent (KrDocument *document, const KrDashboardSnapshot *snapshot, GPtrArray *boxes)
{
  const KrDocumentTextStyle heading = { .bold = TRUE, .space_before = 6, .space_after = 4 };
  const KrDocumentTextStyle note = { .size = 7.5, .space_before = 3 };
  const KrDocumentColumn columns[] = {
    { "KOTAK", NULL, 0.8, PANGO_ALIGN_CENTER },   { "KINERJA", NULL, 2, PANGO_ALIGN_LEFT },
    { "POTENSIAL", NULL, 1.5, PANGO_ALIGN_LEFT }, { "JUMLAH", NULL, 1, PANGO_ALIGN_RIGHT },
    { "PERSENTASE", NULL, 1, PANGO_ALIGN_RIGHT },
  };
  const KrTalentGridCounts *counts = &snapshot->talent;
  guint placed = kr_talent_grid_counts_placed (counts);
  g_autoptr (KrDocumentRows) rows = kr_document_rows_new (G_N_ELEMENTS (columns));
  g_autofree char *title = g_strdup_printf ("Peta talenta (9-box), %u", snapshot->scope.year);
  g_autofree char *summary = NULL;
  Grid *grid = g_new0 (Grid, 1);

  for (guint i = 0; boxes != NULL && i < boxes->len && grid->n_cells < KR_TALENT_GRID_N_BOXES; i++)
    {
      const KrTalentBox *box = g_ptr_array_index (boxes, i);

      if (box->number >= 1 && box->number <= KR_TALENT_GRID_N_BOXES)
        grid->cells[grid->n_cells++] = (KrTalentGridCell){
          .box = box->number,
          .performance = box->performance,
          .potential = box->potential,
          .in_pool = box->in_pool,
          .count = counts->boxes[box->number],
        };
    }
  kr_document_add_text (document, title, &heading);
  if (grid->n_cells > 0)
    kr_document_add_drawing (document, GRID_HEIGHT, draw_grid_cb, grid, g_free);
  else
    g_free (grid);
  for (guint number = KR_TALENT_GRID_N_BOXES; number >= 1; number--)
    {
      const KrTalentBox *box = boxes != NULL ? kr_talent_box_find (boxes, number) : NULL;
      g_autofree char *label =
          g_strdup_printf ("%u%s", number, box != NULL && box->in_pool ? "*" : "");
      g_autofree char *count = g_strdup_printf ("%u", counts->boxes[number]);
      g_autofree char *share = placed > 0
                                   ? format_value (100.0 * counts->boxes[number] / placed, 1, TRUE)
                                   : g_strdup ("-");
      const char *cells[] = {
        label,
        box != NULL ? kr_talent_performance_get_official_name (box->performance) : "-",
        box != NULL ? kr_talent_potential_get_official_name (box->potential) : "-",
        count,
        share,
      };

      kr_document_rows_add (rows, cells, NULL);
    }
  kr_document_add_rows_table (document, columns, G_N_ELEMENTS (columns), FALSE, NULL,
                              g_steal_pointer (&rows));
  summary = g_strdup_printf ("* Kotak kelompok rencana suksesi. Jumlah pegawai dalam lingkup: %u "
                             "· Dipetakan: %u · Belum dapat dipetakan: %u (tanpa penilaian "
                             "kinerja tahunan: %u; tanpa hasil asesmen: %u) · Tidak "
                             "diikutsertakan karena hukuman disiplin: %u",
                             counts->total, placed, counts->no_appraisal + counts->no_assessment,
                             counts->no_appraisal, counts->no_assessment, counts->excluded);
  kr_document_add_text (document, summary, &note);
}

/* The document */

static gboolean
is_loaded (const KrDashboardSnapshot *snapshot, int chart)
{
  if (chart == KR_DASHBOARD_N_CHARTS)
    return (snapshot->parts & KR_DASHBOARD_PART_TALENT) != 0;
  return chart >= 0 && chart < KR_DASHBOARD_N_CHARTS &&
         (snapshot->parts & kr_dashboard_chart_get_part ((KrDashboardChart) chart)) != 0;
}

KrDocument *
kr_document_dashboard_new (const KrDocumentDashboardScope *scope,
                           const KrDashboardSnapshot *snapshot,
                           const int *charts,
                           guint n_charts)
{
  int every[KR_DASHBOARD_N_CHARTS + 1];
  KrDocument *document;
  guint placed = 0;

  g_return_val_if_fail (scope != NULL, NULL);
  g_return_val_if_fail (snapshot != NULL, NULL);
  g_return_val_if_fail (charts != NULL || n_charts == 0, NULL);

  if (charts == NULL)
    {
      for (int i = 0; i <= KR_DASHBOARD_N_CHARTS; i++)
        every[i] = i;
      charts = every;
      n_charts = G_N_ELEMENTS (every);
    }
  document = kr_document_new ();
  kr_document_set_font_size (document, BODY_FONT_SIZE);
  set_running_header (document, snapshot);
  add_heading (document, scope, snapshot);
  for (guint i = 0; i < n_charts; i++)
    {
      if (!is_loaded (snapshot, charts[i]))
        continue;
      if (placed > 0 && placed % CHARTS_PER_PAGE == 0)
        kr_document_add_page_break (document);
      if (charts[i] == KR_DASHBOARD_N_CHARTS)
        add_talent (document, snapshot, scope->talent_boxes);
      else
        add_chart (document, snapshot, (KrDashboardChart) charts[i]);
      placed++;
    }
  if (placed == 0)
    kr_document_add_text (document, "Belum ada data untuk dicetak.", NULL);
  return document;
}
