/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-document-duk"

#include "config.h"

#include "kr-document-duk.h"

#include "kr-date.h"
#include "kr-duk.h"
#include "kr-nip.h"
#include "kr-unit-repository.h"

/* The text of this document is official Indonesian; none of it is translated. */

enum
{
  COLUMN_NUMBER,
  COLUMN_NAME,
  COLUMN_RANK,
  COLUMN_RANK_TMT,
  COLUMN_POSITION,
  COLUMN_POSITION_TMT,
  COLUMN_SERVICE_YEARS,
  COLUMN_SERVICE_MONTHS,
  COLUMN_EDUCATION,
  COLUMN_INSTITUTION,
  COLUMN_GRADUATION,
  COLUMN_AGE,
  COLUMN_REMARKS,
  N_COLUMNS,
};

/* Official term: do not translate. The widths are shares of the table's width (about points
 * on A4 landscape), set so that a six-digit row number, a date, a NIP, "Pembina Tingkat I" or
 * "MASA KERJA" fits on one line in 9 pt and the long texts (jabatan, school) share the rest. */
static const KrDocumentColumn columns[N_COLUMNS] = {
  [COLUMN_NUMBER] = { "NO.", NULL, 38, PANGO_ALIGN_CENTER },
  [COLUMN_NAME] = { "NAMA\nNIP\nTEMPAT, TANGGAL LAHIR", NULL, 112, PANGO_ALIGN_LEFT },
  [COLUMN_RANK] = { "GOL. RUANG", "PANGKAT", 86, PANGO_ALIGN_LEFT },
  [COLUMN_RANK_TMT] = { "TMT", "PANGKAT", 54, PANGO_ALIGN_CENTER },
  [COLUMN_POSITION] = { "NAMA JABATAN", "JABATAN", 172, PANGO_ALIGN_LEFT, TRUE },
  [COLUMN_POSITION_TMT] = { "TMT", "JABATAN", 54, PANGO_ALIGN_CENTER },
  [COLUMN_SERVICE_YEARS] = { "THN", "MASA KERJA", 27, PANGO_ALIGN_CENTER },
  [COLUMN_SERVICE_MONTHS] = { "BLN", "MASA KERJA", 27, PANGO_ALIGN_CENTER },
  [COLUMN_EDUCATION] = { "TINGKAT", "PENDIDIKAN", 42, PANGO_ALIGN_CENTER },
  [COLUMN_INSTITUTION] = { "NAMA SEKOLAH", "PENDIDIKAN", 90, PANGO_ALIGN_LEFT },
  [COLUMN_GRADUATION] = { "LULUS", "PENDIDIKAN", 32, PANGO_ALIGN_CENTER },
  [COLUMN_AGE] = { "USIA", NULL, 27, PANGO_ALIGN_CENTER },
  [COLUMN_REMARKS] = { "KET.", NULL, 32, PANGO_ALIGN_LEFT },
};

typedef struct
{
  KrDatabase *database;
  gint64 unit_id;
  GDate date;
} Source;

typedef struct
{
  KrDocument *document;
  Source *source;
} Feed;

static void
source_free (gpointer data)
{
  Source *source = data;

  g_object_unref (source->database);
  g_free (source);
}

static char *
dup_or_dash (const char *text)
{
  return g_strdup (text != NULL && *text != '\0' ? text : "-");
}

static char *
format_remarks (const KrDukRow *row)
{
  GString *remarks = g_string_new (NULL);

  if (row->kind == KR_EMPLOYEE_KIND_CPNS)
    g_string_append (remarks, kr_employee_kind_get_label (row->kind));
  if (row->status != KR_EMPLOYEE_STATUS_AKTIF)
    g_string_append_printf (remarks, "%s%s", remarks->len > 0 ? "\n" : "",
                            kr_employee_status_get_label (row->status));
  return g_string_free (remarks, FALSE);
}

/* The jabatan, and in small italics where in the listed unit it is: Pango markup. */
static char *
format_position (const KrDukRow *row)
{
  if (row->position_name == NULL)
    return g_strdup ("-");
  if (row->branch_name == NULL)
    return g_markup_escape_text (row->position_name, -1);
  return g_markup_printf_escaped ("%s\n<span size=\"small\" style=\"italic\">%s</span>",
                                  row->position_name, row->branch_name);
}

/* Fills @cells, which the caller frees, with the texts of @row. */
static void
format_row (const KrDukRow *row, char *cells[N_COLUMNS])
{
  g_autofree char *nip = kr_nip_format_digits (row->nip);
  g_autofree char *birth_date = kr_document_format_date_numeric (&row->birth_date);
  gboolean has_service = g_date_valid (&row->tmt_cpns);

  cells[COLUMN_NUMBER] = g_strdup_printf ("%u", row->number);
  cells[COLUMN_NAME] =
      g_strdup_printf ("%s\n%s\n%s, %s", row->full_name, nip,
                       row->birth_place != NULL ? row->birth_place : "-", birth_date);
  cells[COLUMN_RANK] = row->has_rank ? g_strdup_printf ("%s\n%s", kr_rank_get_golongan (row->rank),
                                                        kr_rank_get_pangkat (row->rank))
                                     : g_strdup ("-");
  cells[COLUMN_RANK_TMT] = kr_document_format_date_numeric (row->has_rank ? &row->rank_tmt : NULL);
  cells[COLUMN_POSITION] = format_position (row);
  cells[COLUMN_POSITION_TMT] = kr_document_format_date_numeric (&row->position_tmt);
  cells[COLUMN_SERVICE_YEARS] =
      has_service ? g_strdup_printf ("%u", row->service_years) : g_strdup ("-");
  cells[COLUMN_SERVICE_MONTHS] =
      has_service ? g_strdup_printf ("%u", row->service_months) : g_strdup ("-");
  cells[COLUMN_EDUCATION] =
      dup_or_dash (row->has_education ? kr_education_get_label (row->education) : NULL);
  cells[COLUMN_INSTITUTION] = dup_or_dash (row->has_education ? row->institution : NULL);
  cells[COLUMN_GRADUATION] =
      row->has_education ? g_strdup_printf ("%u", row->graduation_year) : g_strdup ("-");
  cells[COLUMN_AGE] = g_strdup_printf ("%u", row->age);
  cells[COLUMN_REMARKS] = format_remarks (row);
}

static gboolean
duk_row_cb (const KrDukRow *row, gpointer user_data)
{
  Feed *feed = user_data;
  char *cells[N_COLUMNS];
  gboolean more;

  format_row (row, cells);
  more = kr_document_add_row (feed->document, (const char *const *) cells);
  for (guint i = 0; i < N_COLUMNS; i++)
    g_free (cells[i]);
  return more;
}

static gboolean
duk_rows_cb (KrDocument *document, gpointer user_data, GError **error)
{
  Source *source = user_data;
  Feed feed = { document, source };

  return kr_duk_foreach (source->database, source->unit_id, &source->date, duk_row_cb, &feed,
                         error);
}

/* Names the instansi and, when a unit below it is listed, the unit: the lines under the
 * title. */
static gboolean
find_names (KrDatabase *database, gint64 unit_id, char **instansi, char **unit, GError **error)
{
  g_autoptr (KrUnitRepository) units = kr_unit_repository_new (database);
  g_autoptr (KrUnit) listed = NULL;
  g_autoptr (KrUnit) root = NULL;

  *instansi = *unit = NULL;
  if (unit_id == 0)
    {
      g_autoptr (GPtrArray) roots = kr_unit_repository_list_children (units, 0, error);

      if (roots == NULL)
        return FALSE;
      /* Several roots have no one name. */
      if (roots->len == 1)
        *instansi = g_strdup (((KrUnit *) g_ptr_array_index (roots, 0))->name);
      return TRUE;
    }

  listed = kr_unit_repository_get (units, unit_id, error);
  if (listed == NULL)
    return FALSE;
  root = kr_unit_copy (listed);
  while (root->parent_id != 0)
    {
      KrUnit *parent = kr_unit_repository_get (units, root->parent_id, error);

      if (parent == NULL)
        return FALSE;
      kr_unit_free (root);
      root = parent;
    }
  *instansi = g_strdup (root->name);
  if (root->id != listed->id)
    *unit = g_strdup (listed->name);
  return TRUE;
}

static void
add_title (KrDocument *document, const char *instansi, const char *unit, const char *date)
{
  const KrDocumentTextStyle title = { .size = 12, .bold = TRUE, .alignment = PANGO_ALIGN_CENTER };
  const KrDocumentTextStyle name = {
    .size = 11, .bold = TRUE, .alignment = PANGO_ALIGN_CENTER, .space_before = 2
  };
  const KrDocumentTextStyle state = {
    .size = 10, .alignment = PANGO_ALIGN_CENTER, .space_before = 4, .space_after = 10
  };
  g_autofree char *state_text = g_strdup_printf ("Keadaan per %s", date);

  kr_document_add_text (document, "DAFTAR URUT KEPANGKATAN PEGAWAI NEGERI SIPIL", &title);
  if (instansi != NULL)
    {
      g_autofree char *upper = g_utf8_strup (instansi, -1);

      kr_document_add_text (document, upper, &name);
    }
  if (unit != NULL)
    {
      g_autofree char *upper = g_utf8_strup (unit, -1);

      kr_document_add_text (document, upper, &name);
    }
  kr_document_add_text (document, state_text, &state);
}

/* Place and date, the office, and blank lines for the signature, the name and the NIP. */
static void
add_signature (KrDocument *document, const char *place, const char *date)
{
  const KrDocumentTextStyle style = { .alignment = PANGO_ALIGN_CENTER,
                                      .left = 0.64,
                                      .right = 1.0,
                                      .space_before = 18,
                                      .keep_with_previous = TRUE };
  g_autofree char *text = g_strdup_printf (
      "%s, %s\nKepala BKPSDM\n\n\n\n\n"
      "(.................................................)\n"
      "NIP. ..............................................",
      place != NULL && *place != '\0' ? place : "..............................", date);

  kr_document_add_text (document, text, &style);
}

KrDocument *
kr_document_duk_new (KrDatabase *database,
                     gint64 unit_id,
                     const GDate *date,
                     const char *place,
                     GError **error)
{
  g_autoptr (KrDocument) document = NULL;
  g_autofree char *instansi = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *running = NULL;
  Source *source;

  g_return_val_if_fail (KR_IS_DATABASE (database), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!find_names (database, unit_id, &instansi, &unit, error))
    return NULL;

  source = g_new0 (Source, 1);
  source->database = g_object_ref (database);
  source->unit_id = unit_id;
  kr_date_today (date, &source->date);
  date_text = kr_document_format_date (&source->date);

  document = kr_document_new ();
  kr_document_set_landscape (document, TRUE);
  kr_document_set_margins (document, 12, 10, 10, 12);
  kr_document_set_title (document, "Daftar Urut Kepangkatan Pegawai Negeri Sipil");
  running = g_strdup_printf ("Daftar Urut Kepangkatan PNS%s%s — Keadaan per %s",
                             unit != NULL || instansi != NULL ? " — " : "",
                             unit != NULL       ? unit
                             : instansi != NULL ? instansi
                                                : "",
                             date_text);
  kr_document_set_running_header (document, running);

  add_title (document, instansi, unit, date_text);
  kr_document_add_table (document, columns, N_COLUMNS, TRUE,
                         "Tidak ada Pegawai Negeri Sipil pada unit ini.", duk_rows_cb, source,
                         source_free);
  add_signature (document, place, date_text);
  return g_steal_pointer (&document);
}
