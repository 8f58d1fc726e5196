/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-document-appraisal"

#include "config.h"

#include "kr-document-appraisal.h"

#include "kr-chart-render.h"
#include "kr-document-appraisal-private.h"
#include "kr-error.h"
#include "kr-i18n.h"

#include <string.h>

/* The text of these documents is official Indonesian; none of it is translated. Only the
 * error a person sees when a document cannot be made is. */

#define DISTRIBUTION_HEIGHT 118.0
#define TREND_HEIGHT        220.0

/* Charts in the flow */

typedef struct
{
  guint counts[KR_N_PREDIKAT];
} Distribution;

static void
draw_distribution_cb (cairo_t *cr, double x, double y, double width, double height, gpointer data)
{
  Distribution *distribution = data;
  double chart_width = MIN (width, 420);
  KrChartStyle style;

  kr_chart_style_init_paper (&style);
  kr_chart_render_distribution (cr, x + (width - chart_width) / 2, y + 4, chart_width, height - 8,
                                distribution->counts, &style);
  kr_chart_style_clear (&style);
}

typedef struct
{
  KrAppraisalTrendPoint *points;
  guint n_points;
  GStringChunk *labels;
} Trend;

static void
trend_free (gpointer data)
{
  Trend *trend = data;

  g_free (trend->points);
  g_string_chunk_free (trend->labels);
  g_free (trend);
}

static void
draw_trend_cb (cairo_t *cr, double x, double y, double width, double height, gpointer data)
{
  Trend *trend = data;
  double chart_width = MIN (width, 460);
  KrChartStyle style;

  kr_chart_style_init_paper (&style);
  kr_chart_render_trend (cr, x + (width - chart_width) / 2, y + 4, chart_width, height - 8,
                         trend->points, trend->n_points, &style);
  kr_chart_style_clear (&style);
}

void
kr_document_appraisal_add_trend (KrDocument *document,
                                 const KrAppraisalTrendPoint *points,
                                 guint n_points)
{
  const KrDocumentTextStyle title = {
    .size = 11, .bold = TRUE, .alignment = PANGO_ALIGN_CENTER, .space_after = 6
  };
  const KrDocumentTextStyle note = { .size = 7.5, .alignment = PANGO_ALIGN_CENTER };
  Trend *trend;

  g_return_if_fail (document != NULL);
  g_return_if_fail (points != NULL || n_points == 0);

  trend = g_new0 (Trend, 1);
  trend->points = g_memdup2 (points, n_points * sizeof (KrAppraisalTrendPoint));
  trend->n_points = n_points;
  trend->labels = g_string_chunk_new (64);
  for (guint i = 0; i < n_points; i++)
    if (points[i].label != NULL)
      trend->points[i].label = g_string_chunk_insert_const (trend->labels, points[i].label);

  kr_document_add_page_break (document);
  /* Official term: do not translate */
  kr_document_add_text (document, "LAMPIRAN\nPERKEMBANGAN PREDIKAT KINERJA PEGAWAI", &title);
  kr_document_add_drawing (document, TREND_HEIGHT, draw_trend_cb, trend, trend_free);
  kr_document_add_text (document,
                        "Titik penuh: predikat kinerja (PermenPANRB 6/2022). Lingkaran kosong: "
                        "nilai prestasi kerja PP 46/2011 dan sebutannya.",
                        &note);
}

/* SASARAN KINERJA PEGAWAI */

static KrDocument *
new_document (const KrAppraisalSheet *sheet, const char *title, gboolean landscape)
{
  KrDocument *document = kr_document_new ();
  g_autofree char *running = _kr_appraisal_dup_running_header (sheet, title);
  g_autofree char *full_title = g_strdup_printf (
      "%s %s %u", title, sheet->employee.name != NULL ? sheet->employee.name : "", sheet->year);

  kr_document_set_title (document, full_title);
  kr_document_set_running_header (document, running);
  kr_document_set_landscape (document, landscape);
  kr_document_set_font_size (document, 8.5);
  if (landscape)
    kr_document_set_margins (document, 12, 12, 10, 15);
  return document;
}

KrDocument *
kr_document_skp_new (const KrAppraisalSheet *sheet)
{
  KrDocument *document;

  g_return_val_if_fail (sheet != NULL, NULL);

  /* Official term: do not translate */
  document = new_document (sheet, "Sasaran Kinerja Pegawai", FALSE);
  _kr_appraisal_add_title (document, sheet, "SASARAN KINERJA PEGAWAI", FALSE);
  _kr_appraisal_add_people (document, sheet);
  _kr_appraisal_add_results (document, sheet, FALSE);
  _kr_appraisal_add_behaviour (document, sheet, FALSE);
  _kr_appraisal_add_signatures (document, sheet, FALSE);
  return document;
}

/* EVALUASI KINERJA PEGAWAI */

enum
{
  FIELD_NUMBER,
  FIELD_LABEL,
  FIELD_VALUE,
  N_FIELD_COLUMNS,
};

static const KrDocumentColumn field_columns[N_FIELD_COLUMNS] = {
  { "", NULL, 22, PANGO_ALIGN_CENTER },
  { "", NULL, 170, PANGO_ALIGN_LEFT },
  { "", NULL, 304, PANGO_ALIGN_LEFT },
};

static void
add_field (KrDocumentRows *rows, const char *number, const char *label, const char *value)
{
  static const guint spans[N_FIELD_COLUMNS] = { 2, 0, 1 };
  const KrDocumentRowStyle style = { .spans = spans };
  const char *numbered[N_FIELD_COLUMNS] = { number, label, value };
  const char *spanned[N_FIELD_COLUMNS] = { label, NULL, value };

  if (number != NULL)
    kr_document_rows_add (rows, numbered, NULL);
  else
    kr_document_rows_add (rows, spanned, &style);
}

static void
add_organisation (KrDocument *document, const KrAppraisalSheet *sheet)
{
  KrDocumentRows *rows = kr_document_rows_new (N_FIELD_COLUMNS);

  /* Official term: do not translate */
  add_field (rows, NULL, "CAPAIAN KINERJA ORGANISASI",
             sheet->has_organisation_result
                 ? kr_organisation_result_get_label (sheet->organisation_result)
                 : "-");
  if (sheet->has_ikm)
    {
      KrIkmCategory category = kr_ikm_get_category (sheet->ikm);
      g_autofree char *value = kr_document_format_decimal (sheet->ikm, 2);
      g_autofree char *ikm = g_strdup_printf ("%s (mutu pelayanan %s, %s)", value,
                                              kr_ikm_category_get_letter (category),
                                              kr_ikm_category_get_label (category));

      add_field (rows, NULL, "INDEKS KEPUASAN MASYARAKAT (IKM)", ikm);
    }
  _kr_appraisal_add_heading (document, "KINERJA ORGANISASI");
  kr_document_add_rows_table (document, field_columns, N_FIELD_COLUMNS, FALSE, NULL, rows);
}

static void
add_distribution (KrDocument *document, const KrAppraisalSheet *sheet)
{
  Distribution *distribution = g_new0 (Distribution, 1);

  memcpy (distribution->counts, sheet->distribution, sizeof distribution->counts);
  /* Official term: do not translate */
  _kr_appraisal_add_heading (document, "POLA DISTRIBUSI");
  kr_document_add_drawing (document, DISTRIBUTION_HEIGHT, draw_distribution_cb, distribution,
                           g_free);
}

static void
add_predikat (KrDocument *document, const KrAppraisalSheet *sheet)
{
  const KrAppraisalEvaluation *e = sheet->evaluation;
  const KrDocumentTextStyle style = {
    .size = 10, .bold = TRUE, .space_before = 10, .keep_with_previous = TRUE
  };
  g_autofree char *text =
      g_strdup_printf ("PREDIKAT KINERJA PEGAWAI: %s",
                       e != NULL && e->has_predikat ? kr_predikat_get_label (e->predikat) : "-");

  kr_document_add_text (document, text, &style);
}

KrDocument *
kr_document_evaluation_new (const KrAppraisalSheet *sheet, GError **error)
{
  KrDocument *document;

  g_return_val_if_fail (sheet != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (sheet->evaluation == NULL)
    {
      g_set_error_literal (error, KR_ERROR, KR_ERROR_INVALID,
                           _ ("This appraisal has no evaluation yet: only its plan (SKP) can "
                              "be printed"));
      return NULL;
    }

  /* Official term: do not translate */
  document = new_document (sheet, "Evaluasi Kinerja Pegawai", TRUE);
  _kr_appraisal_add_title (document, sheet, "EVALUASI KINERJA PEGAWAI", TRUE);
  _kr_appraisal_add_people (document, sheet);
  add_organisation (document, sheet);
  add_distribution (document, sheet);
  _kr_appraisal_add_results (document, sheet, TRUE);
  _kr_appraisal_add_behaviour (document, sheet, TRUE);
  add_predikat (document, sheet);
  _kr_appraisal_add_signatures (document, sheet, FALSE);
  return document;
}

/* DOKUMEN EVALUASI KINERJA PEGAWAI */

static void
add_section (KrDocumentRows *rows, guint number, const char *title)
{
  static const guint spans[N_FIELD_COLUMNS] = { 1, 2, 0 };
  const KrDocumentRowStyle style = { .spans = spans, .bold = TRUE, .shaded = TRUE };
  g_autofree char *number_text = g_strdup_printf ("%u", number);
  const char *cells[N_FIELD_COLUMNS] = { number_text, title, NULL };

  kr_document_rows_add (rows, cells, &style);
}

static void
add_person_section (KrDocumentRows *rows,
                    guint number,
                    const char *title,
                    const KrAppraisalPerson *person)
{
  add_section (rows, number, title);
  for (guint field = 0; field < KR_N_PERSON_FIELDS; field++)
    {
      g_autofree char *value = _kr_appraisal_dup_person_field (person, field);
      const char *cells[N_FIELD_COLUMNS] = { "", _kr_appraisal_person_field_label (field), value };

      kr_document_rows_add (rows, cells, NULL);
    }
}

static void
add_text_section (KrDocumentRows *rows, guint number, const char *title, const char *text)
{
  static const guint spans[N_FIELD_COLUMNS] = { 1, 2, 0 };
  const KrDocumentRowStyle style = { .spans = spans };
  g_autofree char *value = _kr_appraisal_dup_text (text);
  const char *cells[N_FIELD_COLUMNS] = { "", value, NULL };

  add_section (rows, number, title);
  kr_document_rows_add (rows, cells, &style);
}

KrDocument *
kr_document_evaluation_cover_new (const KrAppraisalSheet *sheet)
{
  const KrAppraisalEvaluation *e;
  KrDocumentRows *rows;
  KrDocument *document;
  g_autofree char *period = NULL;
  gboolean decided;

  g_return_val_if_fail (sheet != NULL, NULL);

  e = sheet->evaluation;
  decided = e != NULL && e->decision != NULL && *e->decision != '\0';
  period = _kr_appraisal_dup_period (sheet);
  rows = kr_document_rows_new (N_FIELD_COLUMNS);

  /* Official term: do not translate */
  add_field (rows, NULL, "NAMA INSTANSI", sheet->instansi != NULL ? sheet->instansi : "-");
  add_field (rows, NULL, "PERIODE PENILAIAN", period);
  add_person_section (rows, 1, "PEGAWAI YANG DINILAI", &sheet->employee);
  add_person_section (rows, 2, "PEJABAT PENILAI KINERJA", &sheet->appraiser);
  add_person_section (rows, 3, "ATASAN PEJABAT PENILAI KINERJA", &sheet->senior_appraiser);
  add_section (rows, 4, "EVALUASI KINERJA");
  {
    const char *organisation = sheet->has_organisation_result
                                   ? kr_organisation_result_get_label (sheet->organisation_result)
                                   : "-";
    const char *predikat = e != NULL && e->has_predikat ? kr_predikat_get_label (e->predikat) : "-";
    const char *first[N_FIELD_COLUMNS] = { "", "CAPAIAN KINERJA ORGANISASI", organisation };
    const char *second[N_FIELD_COLUMNS] = { "", "PREDIKAT KINERJA PEGAWAI", predikat };

    kr_document_rows_add (rows, first, NULL);
    kr_document_rows_add (rows, second, NULL);
  }
  add_text_section (rows, 5, "CATATAN/REKOMENDASI", e != NULL ? e->notes : NULL);
  add_text_section (rows, 6, "KEBERATAN", e != NULL ? e->objection : NULL);
  add_text_section (rows, 7, "PENJELASAN PEJABAT PENILAI ATAS KEBERATAN",
                    e != NULL ? e->objection_response : NULL);
  add_text_section (rows, 8, "KEPUTUSAN ATASAN PEJABAT PENILAI KINERJA",
                    e != NULL ? e->decision : NULL);

  document = new_document (sheet, "Dokumen Evaluasi Kinerja Pegawai", FALSE);
  kr_document_set_font_size (document, 9);
  {
    const KrDocumentTextStyle title = { .size = 12, .bold = TRUE, .alignment = PANGO_ALIGN_CENTER };
    const KrDocumentTextStyle header = { .size = 10,
                                         .bold = TRUE,
                                         .alignment = PANGO_ALIGN_CENTER,
                                         .space_before = 2,
                                         .space_after = 10 };
    g_autofree char *header_text =
        g_strdup_printf ("PERIODE: %s", sheet->period_label != NULL ? sheet->period_label : "-");

    kr_document_add_text (document, "DOKUMEN EVALUASI KINERJA PEGAWAI", &title);
    kr_document_add_text (document, header_text, &header);
  }
  kr_document_add_rows_table (document, field_columns, N_FIELD_COLUMNS, FALSE, NULL, rows);
  _kr_appraisal_add_signatures (document, sheet, decided);
  return document;
}
