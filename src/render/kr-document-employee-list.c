/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-document-employee-list"

#include "config.h"

#include "kr-document-employee-list.h"

#include <string.h>

#include "kr-date.h"
#include "kr-employee-list.h"
#include "kr-employee-repository.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-nip.h"
#include "kr-position.h"
#include "kr-rank.h"
#include "kr-unit-repository.h"

/* The text of this document is official Indonesian; only its error messages are translated. */

enum
{
  COLUMN_NUMBER,
  COLUMN_NIP,
  COLUMN_NAME,
  COLUMN_RANK,
  COLUMN_POSITION,
  COLUMN_UNIT,
  COLUMN_SERVICE,
  N_COLUMNS,
};

/* Official term: do not translate. The widths are shares of the table's width (about points
 * on A4 landscape): a seven-digit row number, a grouped NIP, "Penata Muda Tingkat I" and
 * "31 thn 11 bln" fit on one line in 9 pt; names, positions and units share the rest. */
static const KrDocumentColumn columns[N_COLUMNS] = {
  [COLUMN_NUMBER] = { "NO.", NULL, 38, PANGO_ALIGN_CENTER },
  [COLUMN_NIP] = { "NIP", NULL, 116, PANGO_ALIGN_LEFT },
  [COLUMN_NAME] = { "NAMA", NULL, 160, PANGO_ALIGN_LEFT },
  [COLUMN_RANK] = { "GOL./PANGKAT", NULL, 106, PANGO_ALIGN_LEFT },
  [COLUMN_POSITION] = { "JABATAN", NULL, 164, PANGO_ALIGN_LEFT },
  [COLUMN_UNIT] = { "UNIT KERJA", NULL, 132, PANGO_ALIGN_LEFT },
  [COLUMN_SERVICE] = { "MASA KERJA", NULL, 66, PANGO_ALIGN_CENTER },
};

/* Official term: do not translate */
static const char *const sort_names[KR_N_EMPLOYEE_SORTS] = {
  [KR_EMPLOYEE_SORT_NAME] = "nama",         [KR_EMPLOYEE_SORT_NIP] = "NIP",
  [KR_EMPLOYEE_SORT_GOLONGAN] = "golongan", [KR_EMPLOYEE_SORT_POSITION] = "jabatan",
  [KR_EMPLOYEE_SORT_UNIT] = "unit kerja",   [KR_EMPLOYEE_SORT_SERVICE] = "masa kerja",
};

typedef struct
{
  KrDatabase *database;
  KrEmployeeQuery *query;
  GDate date;
  guint n_items; /* counted when the document was made */
} Source;

static void
source_free (gpointer data)
{
  Source *source = data;

  g_object_unref (source->database);
  kr_employee_query_free (source->query);
  g_free (source);
}

/* Rows */

static char *
format_rank (KrEmployee *employee)
{
  guint code = kr_employee_get_golongan (employee);
  const char *label = kr_employee_get_golongan_label (employee);
  KrRank rank;

  if (label == NULL)
    return g_strdup ("-");
  /* A PPPK golongan (I to XVII) has no pangkat. */
  if (code < 100 && kr_rank_from_code (code, &rank))
    return g_strdup_printf ("%s\n%s", label, kr_rank_get_pangkat (rank));
  return g_strdup (label);
}

static char *
format_service (KrEmployee *employee, const GDate *date)
{
  const GDate *start = kr_employee_get_tmt_cpns (employee);
  guint years, months;

  if (start == NULL || !kr_date_span (start, date, &years, &months))
    return g_strdup ("-");
  /* Official term: do not translate */
  return g_strdup_printf ("%u thn %u bln", years, months);
}

static char *
dup_or_dash (const char *text)
{
  return g_strdup (text != NULL && *text != '\0' ? text : "-");
}

/* Fills @cells, which the caller frees, with the texts of row @number. */
static void
format_row (KrEmployee *employee, guint number, const GDate *date, char *cells[N_COLUMNS])
{
  cells[COLUMN_NUMBER] = g_strdup_printf ("%u", number);
  cells[COLUMN_NIP] = kr_nip_format_digits (kr_employee_get_nip (employee));
  cells[COLUMN_NAME] = kr_employee_dup_full_name (employee);
  cells[COLUMN_RANK] = format_rank (employee);
  cells[COLUMN_POSITION] = dup_or_dash (kr_employee_get_position_name (employee));
  cells[COLUMN_UNIT] = dup_or_dash (kr_employee_get_unit_name (employee));
  cells[COLUMN_SERVICE] = format_service (employee, date);
}

static void
set_changed_error (GError **error)
{
  g_set_error_literal (error, KR_ERROR, KR_ERROR_CONFLICT,
                       _ ("The employees changed while the list was being printed; print it "
                          "again"));
}

/* Reads the employees through the list the page shows, a page of rows at a time. */
static gboolean
list_rows_cb (KrDocument *document, gpointer user_data, GError **error)
{
  Source *source = user_data;
  g_autoptr (KrEmployeeRepository) repository = kr_employee_repository_new (source->database);
  g_autoptr (KrEmployeeList) list = kr_employee_list_new (repository, source->query);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  if (kr_employee_list_get_error (list, error))
    return FALSE;
  /* Another pass laid out a different number of rows: its page breaks would not fit. */
  if (n != source->n_items)
    {
      set_changed_error (error);
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KrEmployee) employee = g_list_model_get_item (G_LIST_MODEL (list), i);
      char *cells[N_COLUMNS];
      gboolean more;

      if (employee == NULL)
        {
          if (!kr_employee_list_get_error (list, error))
            set_changed_error (error);
          return FALSE;
        }
      format_row (employee, i + 1, &source->date, cells);
      more = kr_document_add_row (document, (const char *const *) cells);
      for (guint c = 0; c < N_COLUMNS; c++)
        g_free (cells[c]);
      if (!more)
        break;
    }
  return TRUE;
}

/* The heading */

/* "1.234.567", as Indonesian writes numbers. */
static char *
format_count (guint n)
{
  g_autofree char *digits = g_strdup_printf ("%u", n);
  GString *text = g_string_new (NULL);
  gsize length = strlen (digits);

  for (gsize i = 0; i < length; i++)
    {
      if (i > 0 && (length - i) % 3 == 0)
        g_string_append_c (text, '.');
      g_string_append_c (text, digits[i]);
    }
  return g_string_free (text, FALSE);
}

static const char *
golongan_label (guint code)
{
  const char *label = kr_golongan_get_label (code);

  return label != NULL ? label : "?";
}

/* Official term: do not translate */
static void
describe_golongan (GPtrArray *parts, guint min, guint max)
{
  if (min != 0 && min == max)
    g_ptr_array_add (parts, g_strdup_printf ("Golongan %s", golongan_label (min)));
  else if (min != 0 && max != 0)
    g_ptr_array_add (
        parts, g_strdup_printf ("Golongan %s s.d. %s", golongan_label (min), golongan_label (max)));
  else if (min != 0)
    g_ptr_array_add (parts, g_strdup_printf ("Golongan %s ke atas", golongan_label (min)));
  else if (max != 0)
    g_ptr_array_add (parts, g_strdup_printf ("Golongan %s ke bawah", golongan_label (max)));
}

/* Official term: do not translate */
char *
kr_document_employee_list_describe_query (const KrEmployeeQuery *query,
                                          const char *unit_name,
                                          const GDate *date)
{
  g_autoptr (KrEmployeeQuery) everyone = NULL;
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *search;
  guint min, max, months;
  GDate since;
  int value;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  if (query == NULL)
    query = everyone = kr_employee_query_new ();
  if (unit_name != NULL)
    g_ptr_array_add (parts, g_strdup_printf ("Unit kerja: %s", unit_name));
  else
    g_ptr_array_add (parts, g_strdup ("Semua unit kerja"));
  kr_employee_query_get_golongan_range (query, &min, &max);
  describe_golongan (parts, min, max);
  if ((value = kr_employee_query_get_position_kind (query)) >= 0)
    g_ptr_array_add (parts, g_strdup_printf ("Jenis jabatan: %s",
                                             kr_position_kind_get_label ((KrPositionKind) value)));
  if ((value = kr_employee_query_get_employee_kind (query)) >= 0)
    g_ptr_array_add (parts, g_strdup_printf ("Jenis pegawai: %s",
                                             kr_employee_kind_get_label ((KrEmployeeKind) value)));
  if ((value = kr_employee_query_get_status (query)) >= 0)
    g_ptr_array_add (parts, g_strdup_printf ("Kedudukan hukum: %s", kr_employee_status_get_label (
                                                                        (KrEmployeeStatus) value)));
  if ((months = kr_employee_query_get_retiring_within (query, &since)) > 0)
    {
      g_autofree char *from = kr_document_format_date (g_date_valid (&since) ? &since : date);

      g_ptr_array_add (parts, g_strdup_printf ("Pensiun dalam %u bulan sejak %s", months, from));
    }
  if ((search = kr_employee_query_get_search (query)) != NULL)
    g_ptr_array_add (parts, g_strdup_printf ("Pencarian: “%s”", search));
  g_ptr_array_add (
      parts,
      g_strdup_printf ("Urutan: %s, %s", sort_names[kr_employee_query_get_sort (query)],
                       kr_employee_query_get_sort_descending (query) ? "menurun" : "menaik"));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

/* The instansi at the root of the listed unit's tree (or the only root), and the listed
 * unit's name when one is listed. */
static gboolean
find_names (KrDatabase *database, gint64 unit_id, char **instansi, char **unit, GError **error)
{
  g_autoptr (KrUnitRepository) units = kr_unit_repository_new (database);
  g_autoptr (KrUnit) root = NULL;

  *instansi = *unit = NULL;
  if (unit_id == 0)
    {
      g_autoptr (GPtrArray) roots = kr_unit_repository_list_children (units, 0, error);

      if (roots == NULL)
        return FALSE;
      if (roots->len == 1)
        *instansi = g_strdup (((KrUnit *) g_ptr_array_index (roots, 0))->name);
      return TRUE;
    }

  root = kr_unit_repository_get (units, unit_id, error);
  if (root == NULL)
    return FALSE;
  *unit = g_strdup (root->name);
  while (root->parent_id != 0)
    {
      KrUnit *parent = kr_unit_repository_get (units, root->parent_id, error);

      if (parent == NULL)
        {
          g_clear_pointer (unit, g_free);
          return FALSE;
        }
      kr_unit_free (root);
      root = parent;
    }
  *instansi = g_strdup (root->name);
  return TRUE;
}

static void
add_heading (KrDocument *document,
             const char *instansi,
             const char *description,
             const char *date,
             guint n_items)
{
  const KrDocumentTextStyle title = { .size = 12, .bold = TRUE, .alignment = PANGO_ALIGN_CENTER };
  const KrDocumentTextStyle name = {
    .size = 11, .bold = TRUE, .alignment = PANGO_ALIGN_CENTER, .space_before = 2
  };
  const KrDocumentTextStyle subtitle = { .size = 9.5,
                                         .alignment = PANGO_ALIGN_CENTER,
                                         .space_before = 4 };
  const KrDocumentTextStyle facts = { .alignment = PANGO_ALIGN_LEFT,
                                      .space_before = 8,
                                      .space_after = 6 };
  g_autofree char *count = format_count (n_items);
  /* Official term: do not translate */
  g_autofree char *facts_text =
      g_strdup_printf ("Dicetak tanggal %s\nJumlah: %s pegawai", date, count);

  kr_document_add_text (document, "DAFTAR PEGAWAI", &title);
  if (instansi != NULL)
    {
      g_autofree char *upper = g_utf8_strup (instansi, -1);

      kr_document_add_text (document, upper, &name);
    }
  kr_document_add_text (document, description, &subtitle);
  kr_document_add_text (document, facts_text, &facts);
}

/* Counts the employees of @query. */
static gboolean
count_items (KrDatabase *database, const KrEmployeeQuery *query, guint *n_items, GError **error)
{
  g_autoptr (KrEmployeeRepository) repository = kr_employee_repository_new (database);
  g_autoptr (KrEmployeeList) list = kr_employee_list_new (repository, query);

  *n_items = g_list_model_get_n_items (G_LIST_MODEL (list));
  return !kr_employee_list_get_error (list, error);
}

KrDocument *
kr_document_employee_list_new (KrDatabase *database,
                               const KrEmployeeQuery *query,
                               const GDate *date,
                               GError **error)
{
  g_autoptr (KrDocument) document = NULL;
  g_autofree char *instansi = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *description = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *running = NULL;
  Source *source;

  g_return_val_if_fail (KR_IS_DATABASE (database), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  source = g_new0 (Source, 1);
  source->database = g_object_ref (database);
  source->query = query != NULL ? kr_employee_query_copy (query) : kr_employee_query_new ();
  kr_date_today (date, &source->date);
  if (!find_names (database, kr_employee_query_get_unit (source->query), &instansi, &unit, error) ||
      !count_items (database, source->query, &source->n_items, error))
    {
      source_free (source);
      return NULL;
    }

  date_text = kr_document_format_date (&source->date);
  description = kr_document_employee_list_describe_query (source->query, unit, &source->date);
  document = kr_document_new ();
  kr_document_set_landscape (document, TRUE);
  kr_document_set_margins (document, 12, 10, 10, 12);
  kr_document_set_title (document, "Daftar Pegawai");
  kr_document_set_expected_rows (document, source->n_items);
  running = g_strdup_printf ("Daftar Pegawai — %s — Dicetak tanggal %s", description, date_text);
  kr_document_set_running_header (document, running);
  add_heading (document, instansi, description, date_text, source->n_items);
  kr_document_add_table (document, columns, N_COLUMNS, TRUE,
                         "Tidak ada pegawai yang sesuai dengan pilihan ini.", list_rows_cb, source,
                         source_free);
  return g_steal_pointer (&document);
}
