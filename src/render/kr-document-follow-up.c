/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-document-follow-up"

#include "config.h"

#include "kr-document-follow-up.h"

#include "kr-document-rows.h"
#include "kr-nip.h"

/* The text of this document is official Indonesian; none of it is translated. */

enum
{
  COLUMN_NUMBER,
  COLUMN_NAME,
  COLUMN_POSITION,
  COLUMN_UNIT,
  COLUMN_PREDIKAT,
  COLUMN_FOLLOW_UP,
  N_COLUMNS,
};

/* Official term: do not translate */
static const KrDocumentColumn columns[N_COLUMNS] = {
  [COLUMN_NUMBER] = { "NO", NULL, 24, PANGO_ALIGN_CENTER },
  [COLUMN_NAME] = { "NAMA\nNIP", NULL, 122, PANGO_ALIGN_LEFT },
  [COLUMN_POSITION] = { "JABATAN", NULL, 96, PANGO_ALIGN_LEFT },
  [COLUMN_UNIT] = { "UNIT KERJA", NULL, 92, PANGO_ALIGN_LEFT },
  [COLUMN_PREDIKAT] = { "PREDIKAT KINERJA", NULL, 56, PANGO_ALIGN_CENTER },
  [COLUMN_FOLLOW_UP] = { "TINDAK LANJUT", NULL, 106, PANGO_ALIGN_LEFT },
};

/* Official term: do not translate */
static const struct
{
  const char *title;
  const char *subtitle;
  const char *empty;
} kinds[KR_N_FOLLOW_UPS] = {
  [KR_FOLLOW_UP_RECOGNITION] = {
    "DAFTAR PEGAWAI DENGAN PREDIKAT KINERJA SANGAT BAIK",
    "Usulan Penghargaan dan Kelompok Rencana Suksesi (Talent Pool)",
    "Tidak ada pegawai dengan predikat kinerja Sangat Baik.",
  },
  [KR_FOLLOW_UP_DEVELOPMENT] = {
    "DAFTAR PEGAWAI DENGAN PREDIKAT KINERJA BUTUH PERBAIKAN, KURANG/MISCONDUCT DAN SANGAT KURANG",
    "Rencana Pengembangan Kompetensi: Coaching, Mentoring atau Pelatihan",
    "Tidak ada pegawai dengan predikat kinerja di bawah Baik.",
  },
};

/* Official term: do not translate */
static const char *
follow_up_text (KrPredikat predikat)
{
  switch (predikat)
    {
    case KR_PREDIKAT_SANGAT_BAIK:
      return "Usulan penghargaan / kelompok rencana suksesi (talent pool)";
    case KR_PREDIKAT_BUTUH_PERBAIKAN:
      return "Coaching / mentoring / pelatihan";
    case KR_PREDIKAT_KURANG:
    case KR_PREDIKAT_SANGAT_KURANG:
      return "Coaching / mentoring / pelatihan; pembinaan oleh atasan langsung";
    case KR_PREDIKAT_BAIK:
    case KR_N_PREDIKAT:
    default:
      return "-";
    }
}

static char *
dup_text (const char *text)
{
  return g_strdup (text != NULL && *text != '\0' ? text : "-");
}

static KrDocumentRows *
make_rows (KrFollowUp kind, GPtrArray *rows)
{
  KrDocumentRows *table = kr_document_rows_new (N_COLUMNS);
  guint number = 0;

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      const KrAppraisalRow *row = g_ptr_array_index (rows, i);
      g_autofree char *nip = NULL;
      g_autofree char *number_text = NULL;
      g_autofree char *name = NULL;
      g_autofree char *position = NULL;
      g_autofree char *unit = NULL;
      const char *cells[N_COLUMNS];

      if (!row->has_predikat || !kr_follow_up_includes (kind, row->predikat))
        continue;
      nip = row->nip != NULL ? kr_nip_format_digits (row->nip) : g_strdup ("-");
      number_text = g_strdup_printf ("%u", ++number);
      name = g_strdup_printf ("%s\n%s", row->name != NULL ? row->name : "-", nip);
      position = dup_text (row->position_name);
      unit = dup_text (row->unit_name);
      cells[COLUMN_NUMBER] = number_text;
      cells[COLUMN_NAME] = name;
      cells[COLUMN_POSITION] = position;
      cells[COLUMN_UNIT] = unit;
      cells[COLUMN_PREDIKAT] = kr_predikat_get_label (row->predikat);
      cells[COLUMN_FOLLOW_UP] = follow_up_text (row->predikat);
      kr_document_rows_add (table, cells, NULL);
    }
  return table;
}

static void
add_title (KrDocument *document,
           KrFollowUp kind,
           const char *instansi,
           const char *unit_name,
           guint year,
           const char *period_label)
{
  const KrDocumentTextStyle title = { .size = 12, .bold = TRUE, .alignment = PANGO_ALIGN_CENTER };
  const KrDocumentTextStyle subtitle = { .size = 10,
                                         .alignment = PANGO_ALIGN_CENTER,
                                         .space_before = 2 };
  const KrDocumentTextStyle name = {
    .size = 10, .bold = TRUE, .alignment = PANGO_ALIGN_CENTER, .space_before = 2
  };
  const KrDocumentTextStyle period = { .alignment = PANGO_ALIGN_CENTER,
                                       .space_before = 4,
                                       .space_after = 10 };
  g_autofree char *period_text = g_strdup_printf ("Tahun Penilaian %u — Periode: %s", year,
                                                  period_label != NULL ? period_label : "-");

  kr_document_add_text (document, kinds[kind].title, &title);
  kr_document_add_text (document, kinds[kind].subtitle, &subtitle);
  if (instansi != NULL)
    {
      g_autofree char *upper = g_utf8_strup (instansi, -1);

      kr_document_add_text (document, upper, &name);
    }
  if (unit_name != NULL && g_strcmp0 (unit_name, instansi) != 0)
    {
      g_autofree char *upper = g_utf8_strup (unit_name, -1);

      kr_document_add_text (document, upper, &name);
    }
  kr_document_add_text (document, period_text, &period);
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

KrDocument *
kr_document_follow_up_new (KrFollowUp kind,
                           const char *instansi,
                           const char *unit_name,
                           guint year,
                           const char *period_label,
                           GPtrArray *rows,
                           const char *place,
                           const GDate *date)
{
  KrDocument *document;
  g_autofree char *running = NULL;

  g_return_val_if_fail (kind < KR_N_FOLLOW_UPS, NULL);

  document = kr_document_new ();
  kr_document_set_title (document, kinds[kind].title);
  running = g_strdup_printf ("%s — %s %u", kinds[kind].title,
                             unit_name != NULL  ? unit_name
                             : instansi != NULL ? instansi
                                                : "",
                             year);
  kr_document_set_running_header (document, running);
  add_title (document, kind, instansi, unit_name, year, period_label);
  kr_document_add_rows_table (document, columns, N_COLUMNS, TRUE, kinds[kind].empty,
                              make_rows (kind, rows));
  add_signature (document, place, date);
  return document;
}
