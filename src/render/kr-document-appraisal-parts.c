/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-document-appraisal"

#include "config.h"

#include "kr-document-appraisal-private.h"

#include "kr-nip.h"

/* The text of these documents is official Indonesian; none of it is translated. */

/* Official term: do not translate */
static const char *const person_field_labels[KR_N_PERSON_FIELDS] = {
  "NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA",
};

/* Values */

const char *
_kr_appraisal_person_field_label (KrPersonField field)
{
  g_assert (field < KR_N_PERSON_FIELDS);
  return person_field_labels[field];
}

gboolean
_kr_appraisal_person_is_set (const KrAppraisalPerson *person)
{
  return person->employee_id != 0 || (person->name != NULL && *person->name != '\0');
}

char *
_kr_appraisal_dup_text (const char *text)
{
  return g_strdup (text != NULL && *text != '\0' ? text : "-");
}

static char *
dup_rank (const KrAppraisalPerson *person)
{
  if (person->golongan_label != NULL && *person->golongan_label != '\0')
    return g_strdup (person->golongan_label);
  if (person->has_rank)
    return g_strdup_printf ("%s (%s)", kr_rank_get_pangkat (person->rank),
                            kr_rank_get_golongan (person->rank));
  return g_strdup ("-");
}

/* The value of @field, "-" when not known, and dots when nobody is set. */
char *
_kr_appraisal_dup_person_field (const KrAppraisalPerson *person, KrPersonField field)
{
  if (!_kr_appraisal_person_is_set (person))
    return g_strdup (KR_APPRAISAL_DOTS);
  switch (field)
    {
    case KR_PERSON_NAME:
      return _kr_appraisal_dup_text (person->name);
    case KR_PERSON_NIP:
      return person->nip != NULL && *person->nip != '\0' ? kr_nip_format_digits (person->nip)
                                                         : g_strdup ("-");
    case KR_PERSON_RANK:
      return dup_rank (person);
    case KR_PERSON_POSITION:
      return _kr_appraisal_dup_text (person->position_name);
    case KR_PERSON_UNIT:
      return _kr_appraisal_dup_text (person->unit_name);
    case KR_N_PERSON_FIELDS:
    default:
      g_assert_not_reached ();
    }
}

char *
_kr_appraisal_dup_period (const KrAppraisalSheet *sheet)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  if (!g_date_valid (&sheet->start) || !g_date_valid (&sheet->end))
    return g_strdup ("-");
  start = kr_document_format_date (&sheet->start);
  end = kr_document_format_date (&sheet->end);
  return g_strdup_printf ("%s s.d. %s", start, end);
}

/* "Bandung, 31 Desember 2026", with dots for what is not known. */
char *
_kr_appraisal_dup_place_date (const KrAppraisalSheet *sheet)
{
  g_autofree char *date = g_date_valid (&sheet->signed_on)
                              ? kr_document_format_date (&sheet->signed_on)
                              : g_strdup ("..............................");

  return g_strdup_printf ("%s, %s",
                          sheet->place != NULL && *sheet->place != '\0'
                              ? sheet->place
                              : "..............................",
                          date);
}

const char *
_kr_appraisal_rating_text (gboolean has_rating, KrRating rating)
{
  return has_rating ? kr_rating_get_label (rating) : "-";
}

char *
_kr_appraisal_dup_running_header (const KrAppraisalSheet *sheet, const char *title)
{
  g_autofree char *nip =
      sheet->employee.nip != NULL ? kr_nip_format_digits (sheet->employee.nip) : NULL;

  return g_strdup_printf ("%s — %s%s%s — %s %u", title,
                          sheet->employee.name != NULL ? sheet->employee.name : "-",
                          nip != NULL ? ", NIP " : "", nip != NULL ? nip : "",
                          sheet->period_label != NULL ? sheet->period_label : "", sheet->year);
}

/* Title and headings */

void
_kr_appraisal_add_title (KrDocument *document,
                         const KrAppraisalSheet *sheet,
                         const char *title,
                         gboolean with_period_header)
{
  const KrDocumentTextStyle title_style = { .size = 12,
                                            .bold = TRUE,
                                            .alignment = PANGO_ALIGN_CENTER };
  const KrDocumentTextStyle line_style = {
    .size = 10, .bold = TRUE, .alignment = PANGO_ALIGN_CENTER, .space_before = 2
  };
  const KrDocumentTextStyle period_style = { .alignment = PANGO_ALIGN_CENTER,
                                             .space_before = 4,
                                             .space_after = 8 };
  g_autofree char *period = _kr_appraisal_dup_period (sheet);
  g_autofree char *period_text = g_strdup_printf ("Periode Penilaian: %s", period);

  kr_document_add_text (document, title, &title_style);
  if (with_period_header)
    {
      g_autofree char *header =
          g_strdup_printf ("PERIODE: %s", sheet->period_label != NULL ? sheet->period_label : "-");

      kr_document_add_text (document, header, &line_style);
    }
  if (sheet->instansi != NULL && *sheet->instansi != '\0')
    {
      g_autofree char *upper = g_utf8_strup (sheet->instansi, -1);

      kr_document_add_text (document, upper, &line_style);
    }
  kr_document_add_text (document, period_text, &period_style);
}

void
_kr_appraisal_add_heading (KrDocument *document, const char *text)
{
  const KrDocumentTextStyle style = { .bold = TRUE, .space_before = 10, .space_after = 3 };

  kr_document_add_text (document, text, &style);
}

/* The people: the employee on the left, the appraiser on the right */

enum
{
  PEOPLE_NUMBER,
  PEOPLE_LABEL,
  PEOPLE_VALUE,
  PEOPLE_OTHER_NUMBER,
  PEOPLE_OTHER_LABEL,
  PEOPLE_OTHER_VALUE,
  N_PEOPLE_COLUMNS,
};

static const KrDocumentColumn people_columns[N_PEOPLE_COLUMNS] = {
  { "", NULL, 18, PANGO_ALIGN_CENTER }, { "", NULL, 82, PANGO_ALIGN_LEFT },
  { "", NULL, 148, PANGO_ALIGN_LEFT },  { "", NULL, 18, PANGO_ALIGN_CENTER },
  { "", NULL, 82, PANGO_ALIGN_LEFT },   { "", NULL, 148, PANGO_ALIGN_LEFT },
};

void
_kr_appraisal_add_people (KrDocument *document, const KrAppraisalSheet *sheet)
{
  static const guint heading_spans[N_PEOPLE_COLUMNS] = { 1, 2, 0, 1, 2, 0 };
  const KrDocumentRowStyle heading = { .spans = heading_spans, .bold = TRUE, .shaded = TRUE };
  /* Official term: do not translate */
  const char *const titles[N_PEOPLE_COLUMNS] = {
    "NO", "PEGAWAI YANG DINILAI", NULL, "NO", "PEJABAT PENILAI KINERJA", NULL,
  };
  KrDocumentRows *rows = kr_document_rows_new (N_PEOPLE_COLUMNS);

  kr_document_rows_add (rows, titles, &heading);
  for (guint field = 0; field < KR_N_PERSON_FIELDS; field++)
    {
      g_autofree char *number = g_strdup_printf ("%u", field + 1);
      g_autofree char *employee = _kr_appraisal_dup_person_field (&sheet->employee, field);
      g_autofree char *appraiser = _kr_appraisal_dup_person_field (&sheet->appraiser, field);
      const char *label = _kr_appraisal_person_field_label (field);
      const char *cells[N_PEOPLE_COLUMNS] = { number, label, employee, number, label, appraiser };

      kr_document_rows_add (rows, cells, NULL);
    }
  kr_document_add_rows_table (document, people_columns, N_PEOPLE_COLUMNS, FALSE, NULL, rows);
}

/* Hasil kerja */

enum
{
  RESULT_NUMBER,
  RESULT_LEADER,
  RESULT_RESULT,
  RESULT_ASPECT,
  RESULT_INDICATOR,
  RESULT_TARGET,
  RESULT_REALISATION,
  RESULT_FEEDBACK,
  N_RESULT_COLUMNS,
};

/* Official term: do not translate. The SKP has the first six columns on portrait paper; the
 * evaluation all eight on landscape paper. */
static const KrDocumentColumn skp_result_columns[RESULT_REALISATION] = {
  { "NO", NULL, 22, PANGO_ALIGN_CENTER },
  { "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI", NULL, 104, PANGO_ALIGN_LEFT },
  { "RENCANA HASIL KERJA", NULL, 112, PANGO_ALIGN_LEFT },
  { "ASPEK", NULL, 50, PANGO_ALIGN_CENTER },
  { "INDIKATOR KINERJA INDIVIDU", NULL, 136, PANGO_ALIGN_LEFT },
  { "TARGET", NULL, 72, PANGO_ALIGN_CENTER },
};

static const KrDocumentColumn evaluation_result_columns[N_RESULT_COLUMNS] = {
  { "NO", NULL, 22, PANGO_ALIGN_CENTER },
  { "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI", NULL, 96, PANGO_ALIGN_LEFT },
  { "RENCANA HASIL KERJA", NULL, 104, PANGO_ALIGN_LEFT },
  { "ASPEK", NULL, 50, PANGO_ALIGN_CENTER },
  { "INDIKATOR KINERJA INDIVIDU", NULL, 120, PANGO_ALIGN_LEFT },
  { "TARGET", NULL, 64, PANGO_ALIGN_CENTER },
  { "REALISASI BERDASARKAN BUKTI DUKUNG", NULL, 140, PANGO_ALIGN_LEFT },
  { "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG", NULL, 146, PANGO_ALIGN_LEFT },
};

/* The results printed: the evaluation's (with realisation and feedback) or the plan's. */
static GPtrArray *
sheet_results (const KrAppraisalSheet *sheet, gboolean evaluation)
{
  if (evaluation && sheet->evaluation != NULL && sheet->evaluation->results != NULL &&
      sheet->evaluation->results->len > 0)
    return sheet->evaluation->results;
  return sheet->plan != NULL ? sheet->plan->results : NULL;
}

static void
add_group_row (KrDocumentRows *rows, guint n_columns, const char *text)
{
  g_autofree guint *spans = g_new0 (guint, n_columns);
  g_autofree const char **cells = g_new0 (const char *, n_columns);
  KrDocumentRowStyle style = { .bold = TRUE, .shaded = TRUE };

  spans[0] = n_columns;
  cells[0] = text;
  style.spans = spans;
  kr_document_rows_add (rows, cells, &style);
}

/* One result: its own cells over all the lines of its indicators. */
static void
add_result_row (KrDocumentRows *rows,
                guint n_columns,
                guint number,
                const KrAppraisalResult *result)
{
  guint n_indicators = result->indicators != NULL ? result->indicators->len : 0;
  guint n_lines = MAX (n_indicators, 1);
  g_autofree char **cells = g_new0 (char *, n_lines *n_columns);
  KrDocumentRowStyle style = { .n_lines = n_lines };

  style.merged = (1u << RESULT_NUMBER) | (1u << RESULT_LEADER) | (1u << RESULT_RESULT);
  if (n_columns > RESULT_REALISATION)
    style.merged |= (1u << RESULT_REALISATION) | (1u << RESULT_FEEDBACK);
  cells[RESULT_NUMBER] = g_strdup_printf ("%u", number);
  cells[RESULT_LEADER] = _kr_appraisal_dup_text (result->leader_result);
  cells[RESULT_RESULT] = _kr_appraisal_dup_text (result->result);
  if (n_columns > RESULT_REALISATION)
    {
      cells[RESULT_REALISATION] = _kr_appraisal_dup_text (result->realisation);
      cells[RESULT_FEEDBACK] = _kr_appraisal_dup_text (result->feedback);
    }
  for (guint line = 0; line < n_lines; line++)
    {
      const KrAppraisalIndicator *indicator =
          line < n_indicators ? g_ptr_array_index (result->indicators, line) : NULL;
      char **line_cells = cells + line * n_columns;

      line_cells[RESULT_ASPECT] =
          g_strdup (indicator != NULL ? kr_aspect_get_label (indicator->aspect) : "-");
      line_cells[RESULT_INDICATOR] =
          _kr_appraisal_dup_text (indicator != NULL ? indicator->indicator : NULL);
      line_cells[RESULT_TARGET] =
          _kr_appraisal_dup_text (indicator != NULL ? indicator->target : NULL);
    }
  kr_document_rows_add (rows, (const char *const *) cells, &style);
  for (guint i = 0; i < n_lines * n_columns; i++)
    g_free (cells[i]);
}

static void
add_kind_rows (KrDocumentRows *rows, guint n_columns, GPtrArray *results, KrResultKind kind)
{
  g_autofree char *kind_label = g_utf8_strup (kr_result_kind_get_label (kind), -1);
  g_autofree char *group = g_strdup_printf ("%c. %s", 'A' + kind, kind_label);
  guint number = 0;

  add_group_row (rows, n_columns, group);
  for (guint i = 0; results != NULL && i < results->len; i++)
    {
      const KrAppraisalResult *result = g_ptr_array_index (results, i);

      if (result->kind == kind)
        add_result_row (rows, n_columns, ++number, result);
    }
  if (number == 0)
    {
      g_autofree const char **cells = g_new0 (const char *, n_columns);

      for (guint i = 0; i < n_columns; i++)
        cells[i] = "-";
      kr_document_rows_add (rows, cells, NULL);
    }
}

/* A closing row across the table: a rating under the columns of the evaluation. */
static void
add_rating_row (KrDocumentRows *rows,
                guint n_columns,
                guint label_span,
                const char *label,
                const char *value)
{
  g_autofree guint *spans = g_new0 (guint, n_columns);
  g_autofree const char **cells = g_new0 (const char *, n_columns);
  KrDocumentRowStyle style = { .bold = TRUE };

  spans[0] = label_span;
  spans[label_span] = n_columns - label_span;
  cells[0] = label;
  cells[label_span] = value;
  style.spans = spans;
  kr_document_rows_add (rows, cells, &style);
}

void
_kr_appraisal_add_results (KrDocument *document, const KrAppraisalSheet *sheet, gboolean evaluation)
{
  guint n_columns = evaluation ? N_RESULT_COLUMNS : RESULT_REALISATION;
  KrDocumentRows *rows = kr_document_rows_new (n_columns);
  GPtrArray *results = sheet_results (sheet, evaluation);

  for (guint kind = 0; kind < KR_N_RESULT_KINDS; kind++)
    add_kind_rows (rows, n_columns, results, kind);
  if (evaluation)
    {
      const KrAppraisalEvaluation *e = sheet->evaluation;

      /* Official term: do not translate */
      add_rating_row (rows, n_columns, RESULT_REALISATION, "RATING HASIL KERJA",
                      _kr_appraisal_rating_text (e != NULL && e->has_results_rating,
                                                 e != NULL ? e->results_rating : 0));
    }
  /* Official term: do not translate */
  _kr_appraisal_add_heading (document, "HASIL KERJA");
  kr_document_add_rows_table (document, evaluation ? evaluation_result_columns : skp_result_columns,
                              n_columns, TRUE, NULL, rows);
}

/* Perilaku kerja */

enum
{
  BEHAVIOUR_NUMBER,
  BEHAVIOUR_VALUE,
  BEHAVIOUR_EXPECTATION,
  BEHAVIOUR_FEEDBACK,
  N_BEHAVIOUR_COLUMNS,
};

/* Official term: do not translate */
static const KrDocumentColumn skp_behaviour_columns[BEHAVIOUR_FEEDBACK] = {
  { "NO", NULL, 22, PANGO_ALIGN_CENTER },
  { "PERILAKU KERJA", NULL, 270, PANGO_ALIGN_LEFT, TRUE },
  { "EKSPEKTASI KHUSUS PIMPINAN", NULL, 204, PANGO_ALIGN_LEFT },
};

static const KrDocumentColumn evaluation_behaviour_columns[N_BEHAVIOUR_COLUMNS] = {
  { "NO", NULL, 22, PANGO_ALIGN_CENTER },
  { "PERILAKU KERJA", NULL, 296, PANGO_ALIGN_LEFT, TRUE },
  { "EKSPEKTASI KHUSUS PIMPINAN", NULL, 200, PANGO_ALIGN_LEFT },
  { "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG", NULL, 222, PANGO_ALIGN_LEFT },
};

/* The value in bold and its three panduan perilaku: Pango markup. */
static char *
format_behaviour (KrBehaviour behaviour)
{
  const char *const *guidance = kr_behaviour_get_guidance (behaviour);
  g_autofree char *name = g_markup_escape_text (kr_behaviour_get_label (behaviour), -1);
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "<b>%s</b>", name);
  for (guint i = 0; guidance != NULL && guidance[i] != NULL; i++)
    {
      g_autofree char *item = g_markup_escape_text (guidance[i], -1);

      g_string_append_printf (text, "\n• %s", item);
    }
  return g_string_free (text, FALSE);
}

void
_kr_appraisal_add_behaviour (KrDocument *document,
                             const KrAppraisalSheet *sheet,
                             gboolean evaluation)
{
  guint n_columns = evaluation ? N_BEHAVIOUR_COLUMNS : BEHAVIOUR_FEEDBACK;
  KrDocumentRows *rows = kr_document_rows_new (n_columns);
  const KrAppraisalEvaluation *e = sheet->evaluation;

  for (guint b = 0; b < KR_N_BEHAVIOURS; b++)
    {
      g_autofree char *number = g_strdup_printf ("%u", b + 1);
      g_autofree char *value = format_behaviour (b);
      g_autofree char *expectation =
          _kr_appraisal_dup_text (sheet->plan != NULL ? sheet->plan->expectations[b] : NULL);
      g_autofree char *feedback =
          _kr_appraisal_dup_text (e != NULL ? e->behaviour_feedback[b] : NULL);
      const char *cells[N_BEHAVIOUR_COLUMNS] = { number, value, expectation, feedback };

      kr_document_rows_add (rows, cells, NULL);
    }
  if (evaluation)
    /* Official term: do not translate */
    add_rating_row (rows, n_columns, BEHAVIOUR_EXPECTATION, "RATING PERILAKU KERJA",
                    _kr_appraisal_rating_text (e != NULL && e->has_behaviour_rating,
                                               e != NULL ? e->behaviour_rating : 0));
  /* Official term: do not translate */
  _kr_appraisal_add_heading (document, "PERILAKU KERJA");
  kr_document_add_rows_table (document,
                              evaluation ? evaluation_behaviour_columns : skp_behaviour_columns,
                              n_columns, TRUE, NULL, rows);
}

/* Signatures */

/* The office, blank lines to sign on, the name in bold and the NIP: Pango markup. */
static char *
format_signature (const char *first_line, const char *office, const KrAppraisalPerson *person)
{
  g_autofree char *name = NULL;
  g_autofree char *nip = NULL;

  if (!_kr_appraisal_person_is_set (person))
    return g_markup_printf_escaped ("%s\n%s\n\n\n\n\n(%s)\nNIP. %s", first_line, office,
                                    KR_APPRAISAL_DOTS, KR_APPRAISAL_DOTS);
  name = _kr_appraisal_dup_person_field (person, KR_PERSON_NAME);
  nip = _kr_appraisal_dup_person_field (person, KR_PERSON_NIP);
  return g_markup_printf_escaped ("%s\n%s\n\n\n\n\n<b><u>%s</u></b>\nNIP. %s", first_line, office,
                                  name, nip);
}

void
_kr_appraisal_add_signatures (KrDocument *document,
                              const KrAppraisalSheet *sheet,
                              gboolean with_senior)
{
  const KrDocumentTextStyle style = {
    .alignment = PANGO_ALIGN_CENTER, .space_before = 16, .keep_with_previous = TRUE, .markup = TRUE
  };
  const KrDocumentTextStyle senior_style = { .alignment = PANGO_ALIGN_CENTER,
                                             .left = 0.3,
                                             .right = 0.7,
                                             .space_before = 10,
                                             .keep_with_previous = TRUE,
                                             .markup = TRUE };
  g_autofree char *place_date = _kr_appraisal_dup_place_date (sheet);
  /* Official term: do not translate */
  g_autofree char *employee = format_signature (" ", "Pegawai yang Dinilai", &sheet->employee);
  g_autofree char *appraiser =
      format_signature (place_date, "Pejabat Penilai Kinerja", &sheet->appraiser);
  const char *texts[] = { employee, appraiser };

  kr_document_add_columns (document, texts, G_N_ELEMENTS (texts), &style);
  if (with_senior)
    {
      g_autofree char *senior = format_signature ("Mengetahui,", "Atasan Pejabat Penilai Kinerja",
                                                  &sheet->senior_appraiser);

      kr_document_add_columns (document, (const char *const *) &senior, 1, &senior_style);
    }
}
