/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-document-training"

#include "config.h"

#include "kr-document-training.h"

#include <math.h>
#include <string.h>

#include "kr-date.h"
#include "kr-document-rows.h"
#include "kr-nip.h"

/* The text of these documents is official Indonesian; none of it is translated. */

/* Helpers */

/* "1.234" for the whole part, as Indonesian writes numbers. */
static void
append_grouped (GString *text, guint64 value)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT, value);
  gsize length = strlen (digits);

  for (gsize i = 0; i < length; i++)
    {
      if (i > 0 && (length - i) % 3 == 0)
        g_string_append_c (text, '.');
      g_string_append_c (text, digits[i]);
    }
}

char *
kr_document_training_format_jp (double jp)
{
  GString *text = g_string_new (NULL);
  /* Hundredths, rounded once, so that 2.999 reads 3 and never "2,100". */
  gint64 hundredths = (gint64) llround (fabs (jp) * 100.0);
  guint fraction = (guint) (hundredths % 100);

  if (jp < 0 && hundredths != 0)
    g_string_append_c (text, '-');
  append_grouped (text, (guint64) (hundredths / 100));
  if (fraction != 0)
    {
      if (fraction % 10 == 0)
        g_string_append_printf (text, ",%u", fraction / 10);
      else
        g_string_append_printf (text, ",%02u", fraction);
    }
  return g_string_free (text, FALSE);
}

/* Official term: do not translate */
const char *
kr_document_training_state_label (KrEnrolmentState state)
{
  switch (state)
    {
    case KR_ENROLMENT_STATE_NOMINATED:
      return "Diusulkan";
    case KR_ENROLMENT_STATE_APPROVED:
      return "Disetujui";
    case KR_ENROLMENT_STATE_ATTENDED:
      return "Hadir";
    case KR_ENROLMENT_STATE_COMPLETED:
      return "Selesai";
    case KR_ENROLMENT_STATE_NO_SHOW:
      return "Tidak hadir";
    case KR_ENROLMENT_STATE_WITHDRAWN:
      return "Mengundurkan diri";
    case KR_N_ENROLMENT_STATES:
    default:
      return "-";
    }
}

static const char *
or_dash (const char *text)
{
  return text != NULL && *text != '\0' ? text : "-";
}

static char *
format_name (const char *name, const char *nip)
{
  g_autofree char *grouped = nip != NULL && *nip != '\0' ? kr_nip_format_digits (nip) : NULL;

  return g_strdup_printf ("%s\n%s", or_dash (name), or_dash (grouped));
}

/* "22 November 2026" from an ISO date, or the text itself when it is not one. */
static char *
format_iso_date (const char *iso)
{
  GDate date;

  if (iso == NULL || *iso == '\0')
    return g_strdup ("-");
  g_date_clear (&date, 1);
  if (!kr_date_parse_iso (iso, &date, NULL))
    return g_strdup (iso);
  return kr_document_format_date (&date);
}

static void
add_upper (KrDocument *document, const char *text, const KrDocumentTextStyle *style)
{
  g_autofree char *upper = g_utf8_strup (text, -1);

  kr_document_add_text (document, upper, style);
}

/* Place and date, the office, and blank lines for the signature, the name and the NIP, as
 * on the DUK. */
static void
add_signature (KrDocument *document, const char *place, const GDate *date)
{
  const KrDocumentTextStyle style = { .alignment = PANGO_ALIGN_CENTER,
                                      .left = 0.55,
                                      .right = 1.0,
                                      .space_before = 18,
                                      .keep_with_previous = TRUE };
  g_autofree char *date_text = date != NULL && g_date_valid (date)
                                   ? kr_document_format_date (date)
                                   : g_strdup ("..............................");
  g_autofree char *text = g_strdup_printf (
      "%s, %s\nKepala BKPSDM\n\n\n\n\n"
      "(.................................................)\n"
      "NIP. ..............................................",
      place != NULL && *place != '\0' ? place : "..............................", date_text);

  kr_document_add_text (document, text, &style);
}

/* The compliance list */

enum
{
  C_NUMBER,
  C_NAME,
  C_UNIT,
  C_KIND,
  C_GOLONGAN,
  C_JP,
  C_PLANNED,
  C_DUTY,
  C_GAP,
  C_NOTES,
  N_C_COLUMNS,
};

/* Official term: do not translate. Shares of a landscape A4 text width (about points). */
static const KrDocumentColumn compliance_columns[N_C_COLUMNS] = {
  [C_NUMBER] = { "NO", NULL, 30, PANGO_ALIGN_CENTER },
  [C_NAME] = { "NAMA\nNIP", NULL, 170, PANGO_ALIGN_LEFT },
  [C_UNIT] = { "UNIT KERJA", NULL, 150, PANGO_ALIGN_LEFT },
  [C_KIND] = { "JENIS\nPEGAWAI", NULL, 56, PANGO_ALIGN_CENTER },
  [C_GOLONGAN] = { "GOL.", NULL, 40, PANGO_ALIGN_CENTER },
  [C_JP] = { "TERCAPAI", "JP", 60, PANGO_ALIGN_RIGHT },
  [C_PLANNED] = { "DIREN-\nCANAKAN", "JP", 60, PANGO_ALIGN_RIGHT },
  [C_DUTY] = { "KEWAJIBAN\n(JP)", NULL, 66, PANGO_ALIGN_CENTER },
  [C_GAP] = { "KEKURANGAN\n(JP)", NULL, 74, PANGO_ALIGN_RIGHT },
  [C_NOTES] = { "KETERANGAN", NULL, 150, PANGO_ALIGN_LEFT },
};

/* Official term: do not translate */
static char *
format_duty (KrJpDuty duty)
{
  if (duty.minimum > 0 && duty.maximum > 0)
    return g_strdup_printf ("min. %u\nmaks. %u", duty.minimum, duty.maximum);
  if (duty.minimum > 0)
    return g_strdup_printf ("min. %u", duty.minimum);
  if (duty.maximum > 0)
    return g_strdup_printf ("maks. %u", duty.maximum);
  return g_strdup ("-");
}

/* Official term: do not translate */
static char *
format_notes (const KrComplianceRow *row)
{
  g_autoptr (GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);

  if (row->over_limit > 0.005)
    {
      g_autofree char *over = kr_document_training_format_jp (row->over_limit);

      g_ptr_array_add (
          notes, g_strdup_printf ("Melebihi batas %u JP (lebih %s JP)", row->duty.maximum, over));
    }
  else if (row->duty.maximum > 0 && row->jp + row->jp_planned > row->duty.maximum + 0.005)
    g_ptr_array_add (notes, g_strdup_printf ("Rencana melebihi batas %u JP", row->duty.maximum));
  if (row->gap > 0.005)
    {
      if (row->jp_planned + 0.005 >= row->gap)
        g_ptr_array_add (notes, g_strdup ("Kekurangan tertutup oleh rencana"));
      else
        g_ptr_array_add (notes, g_strdup ("Belum memenuhi kewajiban"));
    }
  if (notes->len == 0)
    return g_strdup ("-");
  g_ptr_array_add (notes, NULL);
  return g_strjoinv ("; ", (char **) notes->pdata);
}

/* Adds a row of N_C_COLUMNS cells, without the unit's when the list has one unit. */
static void
add_compliance_row (KrDocumentRows *table,
                    const char *const *cells,
                    gboolean show_units,
                    const KrDocumentRowStyle *style)
{
  const char *compact[N_C_COLUMNS - 1];
  guint n = 0;

  if (show_units)
    {
      kr_document_rows_add (table, cells, style);
      return;
    }
  for (guint c = 0; c < N_C_COLUMNS; c++)
    {
      if (c != C_UNIT)
        compact[n++] = cells[c];
    }
  kr_document_rows_add (table, compact, style);
}

typedef struct
{
  guint n_rows;
  guint n_met;
  guint n_short;
  guint n_over;
  double jp;
  double planned;
  double gap;
} Totals;

static KrDocumentRows *
make_compliance_rows (GPtrArray *rows, gboolean show_units, Totals *totals)
{
  static const guint unit_spans[N_C_COLUMNS] = { 5, 0, 0, 0, 0, 1, 1, 1, 1, 1 };
  static const guint spans[N_C_COLUMNS - 1] = { 4, 0, 0, 0, 1, 1, 1, 1, 1 };
  const KrDocumentRowStyle total_style = { .spans = show_units ? unit_spans : spans,
                                           .bold = TRUE,
                                           .shaded = TRUE };
  KrDocumentRows *table = kr_document_rows_new (show_units ? N_C_COLUMNS : N_C_COLUMNS - 1);
  g_autofree char *jp = NULL;
  g_autofree char *planned = NULL;
  g_autofree char *gap = NULL;
  const char *total_cells[N_C_COLUMNS] = { "JUMLAH" };

  memset (totals, 0, sizeof *totals);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      const KrComplianceRow *row = g_ptr_array_index (rows, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *name = format_name (row->name, row->nip);
      g_autofree char *row_jp = kr_document_training_format_jp (row->jp);
      g_autofree char *row_planned = kr_document_training_format_jp (row->jp_planned);
      g_autofree char *duty = format_duty (row->duty);
      g_autofree char *row_gap =
          row->gap > 0.005 ? kr_document_training_format_jp (row->gap) : g_strdup ("-");
      g_autofree char *notes = format_notes (row);
      const char *cells[N_C_COLUMNS] = {
        [C_NUMBER] = number,
        [C_NAME] = name,
        [C_UNIT] = or_dash (row->unit),
        [C_KIND] = row->kind < KR_N_EMPLOYEE_KINDS ? kr_employee_kind_get_label (row->kind) : "-",
        [C_GOLONGAN] = or_dash (row->golongan),
        [C_JP] = row_jp,
        [C_PLANNED] = row_planned,
        [C_DUTY] = duty,
        [C_GAP] = row_gap,
        [C_NOTES] = notes,
      };

      add_compliance_row (table, cells, show_units, NULL);
      totals->n_rows++;
      totals->jp += row->jp;
      totals->planned += row->jp_planned;
      totals->gap += MAX (row->gap, 0.0);
      if (row->gap > 0.005)
        totals->n_short++;
      if (row->over_limit > 0.005)
        totals->n_over++;
      if (row->gap <= 0.005 && row->over_limit <= 0.005)
        totals->n_met++;
    }
  if (totals->n_rows == 0)
    return table;
  jp = kr_document_training_format_jp (totals->jp);
  planned = kr_document_training_format_jp (totals->planned);
  gap = kr_document_training_format_jp (totals->gap);
  total_cells[C_JP] = jp;
  total_cells[C_PLANNED] = planned;
  total_cells[C_GAP] = gap;
  add_compliance_row (table, total_cells, show_units, &total_style);
  return table;
}

static void
add_compliance_heading (KrDocument *document, const KrDocumentTrainingScope *scope)
{
  const KrDocumentTextStyle title = { .size = 12, .bold = TRUE, .alignment = PANGO_ALIGN_CENTER };
  const KrDocumentTextStyle subtitle = { .size = 10,
                                         .alignment = PANGO_ALIGN_CENTER,
                                         .space_before = 2 };
  const KrDocumentTextStyle name = {
    .size = 10, .bold = TRUE, .alignment = PANGO_ALIGN_CENTER, .space_before = 2
  };
  const KrDocumentTextStyle facts = { .alignment = PANGO_ALIGN_CENTER,
                                      .space_before = 4,
                                      .space_after = 10 };
  g_autofree char *year = g_strdup_printf ("Jam Pelajaran (JP) Tahun %u", scope->year);
  const char *coverage;

  kr_document_add_text (document, "DAFTAR PEMENUHAN PENGEMBANGAN KOMPETENSI", &title);
  kr_document_add_text (document, year, &subtitle);
  if (scope->instansi != NULL)
    add_upper (document, scope->instansi, &name);
  if (scope->unit_name != NULL && g_strcmp0 (scope->unit_name, scope->instansi) != 0)
    add_upper (document, scope->unit_name, &name);
  if (scope->unit_name == NULL)
    coverage = "Seluruh unit kerja";
  else if (scope->subtree)
    coverage = "Unit kerja beserta unit di bawahnya";
  else
    coverage = "Unit kerja tanpa unit di bawahnya";
  {
    g_autofree char *text = g_strdup_printf (
        "%s · %s\nKewajiban: PNS dan CPNS paling sedikit %u JP; PPPK paling banyak %u JP per "
        "tahun",
        coverage,
        scope->only_short ? "Hanya pegawai yang belum memenuhi kewajiban atau melebihi batas"
                          : "Semua pegawai aktif",
        kr_jp_duty_for_kind (KR_EMPLOYEE_KIND_PNS).minimum,
        kr_jp_duty_for_kind (KR_EMPLOYEE_KIND_PPPK).maximum);

    kr_document_add_text (document, text, &facts);
  }
}

static void
add_compliance_summary (KrDocument *document, const Totals *totals)
{
  const KrDocumentTextStyle style = { .space_before = 6 };
  g_autoptr (GString) text = g_string_new ("Jumlah pegawai: ");

  if (totals->n_rows == 0)
    return;
  append_grouped (text, totals->n_rows);
  g_string_append (text, " · Memenuhi kewajiban: ");
  append_grouped (text, totals->n_met);
  g_string_append (text, " · Belum memenuhi: ");
  append_grouped (text, totals->n_short);
  g_string_append (text, " · Melebihi batas (PPPK): ");
  append_grouped (text, totals->n_over);
  kr_document_add_text (document, text->str, &style);
}

KrDocument *
kr_document_training_compliance_new (const KrDocumentTrainingScope *scope, GPtrArray *rows)
{
  KrDocument *document;
  g_autofree char *running = NULL;
  KrDocumentColumn columns[N_C_COLUMNS];
  guint n_columns = 0;
  gboolean show_units;
  Totals totals;

  g_return_val_if_fail (scope != NULL, NULL);

  /* The unit has a column when the list spans several units. */
  show_units = scope->unit_name == NULL || scope->subtree;
  document = kr_document_new ();
  kr_document_set_landscape (document, TRUE);
  kr_document_set_title (document, "Daftar Pemenuhan Pengembangan Kompetensi");
  running = g_strdup_printf ("Daftar Pemenuhan Pengembangan Kompetensi — %s — Tahun %u",
                             scope->unit_name != NULL  ? scope->unit_name
                             : scope->instansi != NULL ? scope->instansi
                                                       : "Seluruh unit kerja",
                             scope->year);
  kr_document_set_running_header (document, running);
  add_compliance_heading (document, scope);
  for (guint c = 0; c < N_C_COLUMNS; c++)
    {
      if (show_units || c != C_UNIT)
        columns[n_columns++] = compliance_columns[c];
    }
  kr_document_add_rows_table (
      document, columns, n_columns, TRUE,
      scope->only_short ? "Semua pegawai telah memenuhi kewajiban pengembangan kompetensi."
                        : "Tidak ada pegawai aktif dalam lingkup ini.",
      make_compliance_rows (rows, show_units, &totals));
  add_compliance_summary (document, &totals);
  add_signature (document, scope->place, scope->date);
  return document;
}

/* The participants list */

enum
{
  P_NUMBER,
  P_NAME,
  P_UNIT,
  P_STATE,
  P_JP,
  P_CERTIFICATE,
  N_P_COLUMNS,
};

/* Official term: do not translate */
static const KrDocumentColumn participant_columns[N_P_COLUMNS] = {
  [P_NUMBER] = { "NO", NULL, 24, PANGO_ALIGN_CENTER },
  [P_NAME] = { "NAMA\nNIP", NULL, 140, PANGO_ALIGN_LEFT },
  [P_UNIT] = { "UNIT KERJA", NULL, 110, PANGO_ALIGN_LEFT },
  [P_STATE] = { "STATUS", NULL, 80, PANGO_ALIGN_CENTER },
  [P_JP] = { "JP", NULL, 30, PANGO_ALIGN_RIGHT },
  [P_CERTIFICATE] = { "NO. SERTIFIKAT", NULL, 124, PANGO_ALIGN_LEFT },
};

static KrDocumentRows *
make_participant_rows (GPtrArray *enrolments, guint counts[KR_N_ENROLMENT_STATES], guint *jp)
{
  KrDocumentRows *table = kr_document_rows_new (N_P_COLUMNS);

  memset (counts, 0, sizeof (guint) * KR_N_ENROLMENT_STATES);
  *jp = 0;
  for (guint i = 0; enrolments != NULL && i < enrolments->len; i++)
    {
      const KrEnrolment *enrolment = g_ptr_array_index (enrolments, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *name = format_name (enrolment->employee_name, enrolment->employee_nip);
      gboolean completed = enrolment->state == KR_ENROLMENT_STATE_COMPLETED;
      g_autofree char *credited = completed ? g_strdup_printf ("%u", enrolment->jp) : NULL;
      g_autofree char *certificate = NULL;
      const char *cells[N_P_COLUMNS];

      if (enrolment->certificate_number != NULL && *enrolment->certificate_number != '\0')
        {
          g_autofree char *issued = enrolment->certificate_date != NULL
                                        ? format_iso_date (enrolment->certificate_date)
                                        : NULL;

          certificate = issued != NULL
                            ? g_strdup_printf ("%s\ntgl. %s", enrolment->certificate_number, issued)
                            : g_strdup (enrolment->certificate_number);
        }
      cells[P_NUMBER] = number;
      cells[P_NAME] = name;
      cells[P_UNIT] = or_dash (enrolment->employee_unit);
      cells[P_STATE] = kr_document_training_state_label (enrolment->state);
      cells[P_JP] = credited != NULL ? credited : "-";
      cells[P_CERTIFICATE] = or_dash (certificate);
      kr_document_rows_add (table, cells, NULL);
      if (enrolment->state < KR_N_ENROLMENT_STATES)
        counts[enrolment->state]++;
      if (completed)
        *jp += enrolment->jp;
    }
  return table;
}

/* Official term: do not translate */
static char *
format_dates (const char *start, const char *end)
{
  g_autofree char *from = format_iso_date (start);
  g_autofree char *to = format_iso_date (end);

  if (g_strcmp0 (start, end) == 0 || end == NULL)
    return g_steal_pointer (&from);
  return g_strdup_printf ("%s s.d. %s", from, to);
}

static void
add_participants_heading (KrDocument *document,
                          const char *instansi,
                          const KrTrainingSession *session,
                          const char *provider)
{
  const KrDocumentTextStyle title = { .size = 12, .bold = TRUE, .alignment = PANGO_ALIGN_CENTER };
  const KrDocumentTextStyle name = {
    .size = 10, .bold = TRUE, .alignment = PANGO_ALIGN_CENTER, .space_before = 2
  };
  const KrDocumentTextStyle facts_style = { .space_before = 8, .space_after = 8 };
  static const KrDocumentColumn fact_columns[2] = {
    { "", NULL, 1, PANGO_ALIGN_LEFT },
    { "", NULL, 3, PANGO_ALIGN_LEFT },
  };
  g_autofree char *dates = format_dates (session->start_date, session->end_date);
  g_autofree char *jp = g_strdup_printf ("%u JP", session->course_jp);
  g_autofree char *capacity = g_strdup_printf ("%u orang", session->capacity);
  KrDocumentRows *facts = kr_document_rows_new (2);
  /* Official term: do not translate */
  const char *rows[][2] = {
    { "Nama pelatihan", or_dash (session->course_title) },
    { "Angkatan/kelas", or_dash (session->name) },
    { "Tanggal", dates },
    { "Tempat", or_dash (session->place) },
    { "Jumlah JP", jp },
    { "Penyelenggara", or_dash (provider) },
    { "Kapasitas", capacity },
  };

  kr_document_add_text (document, "DAFTAR PESERTA PELATIHAN", &title);
  if (instansi != NULL)
    add_upper (document, instansi, &name);
  kr_document_add_text (document, "", &facts_style);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      const char *cells[2] = { rows[i][0], rows[i][1] };

      kr_document_rows_add (facts, cells, NULL);
    }
  kr_document_add_rows_table (document, fact_columns, 2, FALSE, NULL, facts);
  kr_document_add_text (document, "", &facts_style);
}

static void
add_participants_summary (KrDocument *document, guint n, const guint *counts, guint jp)
{
  const KrDocumentTextStyle style = { .space_before = 6 };
  g_autoptr (GString) text = g_string_new (NULL);

  if (n == 0)
    return;
  g_string_append_printf (text, "Jumlah peserta: %u", n);
  for (KrEnrolmentState s = 0; s < KR_N_ENROLMENT_STATES; s++)
    {
      if (counts[s] > 0)
        g_string_append_printf (text, " · %s: %u", kr_document_training_state_label (s), counts[s]);
    }
  g_string_append (text, " · Jumlah JP diberikan: ");
  append_grouped (text, jp);
  kr_document_add_text (document, text->str, &style);
}

KrDocument *
kr_document_training_participants_new (const char *instansi,
                                       const KrTrainingSession *session,
                                       const char *provider,
                                       GPtrArray *enrolments,
                                       const char *place,
                                       const GDate *date)
{
  KrDocument *document;
  g_autofree char *running = NULL;
  guint counts[KR_N_ENROLMENT_STATES];
  guint jp;

  g_return_val_if_fail (session != NULL, NULL);

  document = kr_document_new ();
  kr_document_set_title (document, "Daftar Peserta Pelatihan");
  running = g_strdup_printf ("Daftar Peserta Pelatihan — %s — %s", or_dash (session->course_title),
                             or_dash (session->name));
  kr_document_set_running_header (document, running);
  add_participants_heading (document, instansi, session, provider);
  kr_document_add_rows_table (document, participant_columns, N_P_COLUMNS, TRUE,
                              "Belum ada peserta.",
                              make_participant_rows (enrolments, counts, &jp));
  add_participants_summary (document, enrolments != NULL ? enrolments->len : 0, counts, jp);
  add_signature (document, place, date);
  return document;
}
