/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-employee-export"

#include "config.h"

#include "kr-employee-export.h"

#include <string.h>
#include <xlsxwriter.h>

#include "kr-csv.h"
#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-employee-list.h"
#include "kr-employee.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* About how many times an export calls its progress callback. */
#define PROGRESS_CALLS 1000

/* Columns */

typedef enum
{
  COL_NIP,
  COL_NAME,
  COL_TITLE_FRONT,
  COL_TITLE_BACK,
  COL_BIRTH_PLACE,
  COL_BIRTH_DATE,
  COL_GENDER,
  COL_RELIGION,
  COL_MARITAL_STATUS,
  COL_NIK,
  COL_PHONE,
  COL_EMAIL,
  COL_ADDRESS,
  COL_KIND,
  COL_STATUS,
  COL_TMT_CPNS,
  COL_TMT_PNS,
  COL_GOLONGAN,
  COL_TMT_GOLONGAN,
  COL_POSITION_KIND,
  COL_POSITION,
  COL_TMT_POSITION,
  COL_EDUCATION,
  COL_MAJOR,
  COL_SCHOOL,
  COL_GRADUATION_YEAR,
  COL_UNIT_CODE,
  COL_UNIT,
  COL_INSTANSI_CODE,
  COL_INSTANSI,
  COL_SATKER_CODE,
  COL_SATKER,
  COL_UNOR_INDUK_CODE,
  COL_UNOR_INDUK,
  N_COLUMNS,
} Column;

/* How a column is written in a workbook. */
typedef enum
{
  CELL_TEXT,
  CELL_DIGITS, /* text made of digits, which a spreadsheet must not take for a number */
  CELL_DATE,
  CELL_NUMBER,
} CellKind;

/* The SIASN "data pegawai" names (DOMAIN 12.1), as kr-siasn-import.c reads them. */
static const char *const column_names[N_COLUMNS + 1] = {
  [COL_NIP] = "nip_baru",
  [COL_NAME] = "nama",
  [COL_TITLE_FRONT] = "gelar_depan",
  [COL_TITLE_BACK] = "gelar_belakang",
  [COL_BIRTH_PLACE] = "tempat_lahir_nama",
  [COL_BIRTH_DATE] = "tanggal_lahir",
  [COL_GENDER] = "jenis_kelamin",
  [COL_RELIGION] = "agama",
  [COL_MARITAL_STATUS] = "jenis_kawin",
  [COL_NIK] = "nik",
  [COL_PHONE] = "nomor_hp",
  [COL_EMAIL] = "email",
  [COL_ADDRESS] = "alamat",
  [COL_KIND] = "jenis_pegawai",
  [COL_STATUS] = "kedudukan_hukum",
  [COL_TMT_CPNS] = "tmt_cpns",
  [COL_TMT_PNS] = "tmt_pns",
  [COL_GOLONGAN] = "gol_akhir_nama",
  [COL_TMT_GOLONGAN] = "tmt_golongan",
  [COL_POSITION_KIND] = "jenis_jabatan",
  [COL_POSITION] = "jabatan_nama",
  [COL_TMT_POSITION] = "tmt_jabatan",
  [COL_EDUCATION] = "tingkat_pendidikan",
  [COL_MAJOR] = "pendidikan",
  [COL_SCHOOL] = "nama_sekolah",
  [COL_GRADUATION_YEAR] = "tahun_lulus",
  [COL_UNIT_CODE] = "unor_id",
  [COL_UNIT] = "unor_nama",
  [COL_INSTANSI_CODE] = "instansi_induk_id",
  [COL_INSTANSI] = "instansi_induk_nama",
  [COL_SATKER_CODE] = "satuan_kerja_kerja_id",
  [COL_SATKER] = "satuan_kerja_kerja_nama",
  [COL_UNOR_INDUK_CODE] = "unor_induk_id",
  [COL_UNOR_INDUK] = "unor_induk_nama",
  [N_COLUMNS] = NULL,
};

/* Cell kinds and widths in characters, for typical values. */
static const struct
{
  CellKind kind;
  double width;
} column_specs[N_COLUMNS] = {
  [COL_NIP] = { CELL_DIGITS, 20 },           [COL_NAME] = { CELL_TEXT, 28 },
  [COL_TITLE_FRONT] = { CELL_TEXT, 12 },     [COL_TITLE_BACK] = { CELL_TEXT, 16 },
  [COL_BIRTH_PLACE] = { CELL_TEXT, 20 },     [COL_BIRTH_DATE] = { CELL_DATE, 12 },
  [COL_GENDER] = { CELL_TEXT, 8 },           [COL_RELIGION] = { CELL_TEXT, 10 },
  [COL_MARITAL_STATUS] = { CELL_TEXT, 12 },  [COL_NIK] = { CELL_DIGITS, 18 },
  [COL_PHONE] = { CELL_DIGITS, 15 },         [COL_EMAIL] = { CELL_TEXT, 28 },
  [COL_ADDRESS] = { CELL_TEXT, 40 },         [COL_KIND] = { CELL_TEXT, 8 },
  [COL_STATUS] = { CELL_TEXT, 14 },          [COL_TMT_CPNS] = { CELL_DATE, 12 },
  [COL_TMT_PNS] = { CELL_DATE, 12 },         [COL_GOLONGAN] = { CELL_TEXT, 8 },
  [COL_TMT_GOLONGAN] = { CELL_DATE, 12 },    [COL_POSITION_KIND] = { CELL_TEXT, 22 },
  [COL_POSITION] = { CELL_TEXT, 40 },        [COL_TMT_POSITION] = { CELL_DATE, 12 },
  [COL_EDUCATION] = { CELL_TEXT, 10 },       [COL_MAJOR] = { CELL_TEXT, 24 },
  [COL_SCHOOL] = { CELL_TEXT, 30 },          [COL_GRADUATION_YEAR] = { CELL_NUMBER, 8 },
  [COL_UNIT_CODE] = { CELL_TEXT, 16 },       [COL_UNIT] = { CELL_TEXT, 40 },
  [COL_INSTANSI_CODE] = { CELL_TEXT, 10 },   [COL_INSTANSI] = { CELL_TEXT, 36 },
  [COL_SATKER_CODE] = { CELL_TEXT, 16 },     [COL_SATKER] = { CELL_TEXT, 40 },
  [COL_UNOR_INDUK_CODE] = { CELL_TEXT, 16 }, [COL_UNOR_INDUK] = { CELL_TEXT, 40 },
};

/* One employee's row: pointers into the employee, the unit cache, static labels and the
 * row's own buffers, valid while the employee is held. */
typedef struct
{
  const char *text[N_COLUMNS]; /* NULL for an empty cell */
  const GDate *dates[N_COLUMNS];
  guint year;
  char date_text[N_COLUMNS][KR_DATE_ISO_LENGTH + 1];
  char year_text[16];
  KrEducationEntry *education;
} Row;

/* A unit as the export writes it, with the instansi at the root of its tree. */
typedef struct _UnitInfo UnitInfo;

struct _UnitInfo
{
  gint64 id;
  char *code;
  char *name;
  const UnitInfo *instansi; /* NULL when no instansi is above the unit */
  const UnitInfo *parent;   /* NULL for a root */
  const UnitInfo *satker;   /* the perangkat daerah (satuan kerja) it is or is in, or NULL */
};

typedef struct
{
  KrEmployeeRepository *employees;
  KrUnitRepository *units;
  KrEmployeeList *list;
  guint n_items;
  GHashTable *unit_infos; /* &UnitInfo.id -> UnitInfo, owned */
} Export;

typedef gboolean (*WriteRowFunc) (gpointer data,
                                  const Row *row,
                                  guint index,
                                  GCancellable *cancellable,
                                  GError **error);

const char *const *
kr_employee_export_get_columns (void)
{
  return column_names;
}

/* Units */

static void
unit_info_free (gpointer data)
{
  UnitInfo *info = data;

  g_free (info->code);
  g_free (info->name);
  g_free (info);
}

/* Reads a unit and the units above it once; units are few, so they are all kept. */
static const UnitInfo *
lookup_unit (Export *export, gint64 id, GError **error)
{
  g_autoptr (KrUnit) unit = NULL;
  const UnitInfo *parent = NULL;
  UnitInfo *info;

  info = g_hash_table_lookup (export->unit_infos, &id);
  if (info != NULL)
    return info;
  unit = kr_unit_repository_get (export->units, id, error);
  if (unit == NULL)
    return NULL;
  if (unit->kind != KR_UNIT_KIND_INSTANSI && unit->parent_id != 0)
    {
      parent = lookup_unit (export, unit->parent_id, error);
      if (parent == NULL)
        return NULL;
    }

  info = g_new0 (UnitInfo, 1);
  info->id = id;
  info->code = g_steal_pointer (&unit->code);
  info->name = g_steal_pointer (&unit->name);
  info->instansi = unit->kind == KR_UNIT_KIND_INSTANSI ? info
                   : parent != NULL                    ? parent->instansi
                                                       : NULL;
  info->parent = parent;
  info->satker = unit->kind == KR_UNIT_KIND_PERANGKAT_DAERAH ? info
                 : parent != NULL                            ? parent->satker
                                                             : NULL;
  g_hash_table_insert (export->unit_infos, &info->id, info);
  return info;
}

/* Rows */

static void
set_date (Row *row, Column col, const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return;
  kr_date_format_iso_buf (date, row->date_text[col]);
  row->text[col] = row->date_text[col];
  row->dates[col] = date;
}

static const char *
gender_label (KrGender gender)
{
  /* As SIASN writes it. */
  switch (gender)
    {
    case KR_GENDER_MALE:
      return "M";
    case KR_GENDER_FEMALE:
      return "F";
    case KR_GENDER_UNKNOWN:
    default:
      return NULL;
    }
}

/* The education row with the latest graduation year, which the employee's current education
 * is (kr_employee_get_education()). */
static gboolean
fill_education (Export *export, KrEmployee *employee, Row *row, GError **error)
{
  g_autoptr (GPtrArray) entries = NULL;
  KrEducationEntry *entry;

  entries = kr_employee_repository_list_educations (export->employees,
                                                    kr_employee_get_id (employee), error);
  if (entries == NULL)
    return FALSE;
  if (entries->len == 0)
    return TRUE;
  entry = g_ptr_array_steal_index (entries, entries->len - 1);
  row->education = entry;
  row->text[COL_EDUCATION] = kr_education_get_label (entry->level);
  row->text[COL_MAJOR] = entry->major;
  row->text[COL_SCHOOL] = entry->institution;
  if (entry->graduation_year > 0)
    {
      row->year = entry->graduation_year;
      g_snprintf (row->year_text, sizeof row->year_text, "%u", row->year);
      row->text[COL_GRADUATION_YEAR] = row->year_text;
    }
  return TRUE;
}

static gboolean
fill_unit (Export *export, KrEmployee *employee, Row *row, GError **error)
{
  gint64 unit_id = kr_employee_get_unit_id (employee);
  const UnitInfo *unit;

  if (unit_id == 0)
    return TRUE;
  unit = lookup_unit (export, unit_id, error);
  if (unit == NULL)
    return FALSE;
  row->text[COL_UNIT_CODE] = unit->code;
  row->text[COL_UNIT] = unit->name;
  if (unit->instansi != NULL)
    {
      row->text[COL_INSTANSI_CODE] = unit->instansi->code;
      row->text[COL_INSTANSI] = unit->instansi->name;
    }
  /* The levels between, so that an import builds the same tree: the satuan kerja, and the
   * unit above a unit deeper than the one below the satuan kerja. */
  if (unit->satker != NULL)
    {
      row->text[COL_SATKER_CODE] = unit->satker->code;
      row->text[COL_SATKER] = unit->satker->name;
      if (unit->parent != NULL && unit->parent != unit->satker && unit->parent != unit->instansi &&
          unit->satker != unit)
        {
          row->text[COL_UNOR_INDUK_CODE] = unit->parent->code;
          row->text[COL_UNOR_INDUK] = unit->parent->name;
        }
    }
  return TRUE;
}

static void
fill_own_fields (KrEmployee *employee, Row *row)
{
  row->text[COL_NIP] = kr_employee_get_nip (employee);
  row->text[COL_NAME] = kr_employee_get_name (employee);
  row->text[COL_TITLE_FRONT] = kr_employee_get_title_front (employee);
  row->text[COL_TITLE_BACK] = kr_employee_get_title_back (employee);
  row->text[COL_BIRTH_PLACE] = kr_employee_get_birth_place (employee);
  set_date (row, COL_BIRTH_DATE, kr_employee_get_birth_date (employee));
  row->text[COL_GENDER] = gender_label (kr_employee_get_gender (employee));
  row->text[COL_RELIGION] = kr_religion_get_label (kr_employee_get_religion (employee));
  row->text[COL_MARITAL_STATUS] =
      kr_marital_status_get_label (kr_employee_get_marital_status (employee));
  row->text[COL_NIK] = kr_employee_get_nik (employee);
  row->text[COL_PHONE] = kr_employee_get_phone (employee);
  row->text[COL_EMAIL] = kr_employee_get_email (employee);
  row->text[COL_ADDRESS] = kr_employee_get_address (employee);
  row->text[COL_KIND] = kr_employee_kind_get_label (kr_employee_get_kind (employee));
  row->text[COL_STATUS] = kr_employee_status_get_label (kr_employee_get_status (employee));
  set_date (row, COL_TMT_CPNS, kr_employee_get_tmt_cpns (employee));
  set_date (row, COL_TMT_PNS, kr_employee_get_tmt_pns (employee));
}

static gboolean
fill_row (Export *export, KrEmployee *employee, Row *row, GError **error)
{
  KrPositionKind kind;

  fill_own_fields (employee, row);
  row->text[COL_GOLONGAN] = kr_employee_get_golongan_label (employee);
  if (row->text[COL_GOLONGAN] != NULL)
    set_date (row, COL_TMT_GOLONGAN, kr_employee_get_rank_tmt (employee));
  if (kr_employee_get_position_kind (employee, &kind, NULL))
    {
      row->text[COL_POSITION_KIND] = kr_position_kind_get_label (kind);
      row->text[COL_POSITION] = kr_employee_get_position_name (employee);
      set_date (row, COL_TMT_POSITION, kr_employee_get_position_tmt (employee));
    }
  return (!kr_employee_get_education (employee, NULL) ||
          fill_education (export, employee, row, error)) &&
         fill_unit (export, employee, row, error);
}

static void
row_clear (Row *row)
{
  g_clear_pointer (&row->education, kr_education_entry_free);
}

/* The loop over the employees */

static gboolean
export_init (Export *export,
             KrEmployeeRepository *employees,
             KrUnitRepository *units,
             const KrEmployeeQuery *query,
             GError **error)
{
  export->employees = employees;
  export->units = units;
  export->unit_infos = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, unit_info_free);
  export->list = kr_employee_list_new (employees, query);
  export->n_items = g_list_model_get_n_items (G_LIST_MODEL (export->list));
  return !kr_employee_list_get_error (export->list, error);
}

static void
export_clear (Export *export)
{
  g_clear_object (&export->list);
  g_clear_pointer (&export->unit_infos, g_hash_table_unref);
}

static void
report_progress (KrEmployeeExportProgressFunc progress,
                 gpointer user_data,
                 guint64 done,
                 guint64 total,
                 guint64 *last)
{
  if (progress == NULL || (done < total && done - *last < MAX (total / PROGRESS_CALLS, 1)))
    return;
  *last = done;
  progress (done, total, user_data);
}

static KrEmployee *
get_employee (Export *export, guint index, GError **error)
{
  KrEmployee *employee = g_list_model_get_item (G_LIST_MODEL (export->list), index);

  if (employee != NULL || kr_employee_list_get_error (export->list, error))
    return employee;
  g_set_error (error, KR_ERROR, KR_ERROR_CONFLICT,
               _ ("The employees changed while they were exported; export them again"));
  return NULL;
}

/* Reads the employees in the list's order, a page at a time, and writes each row. */
static gboolean
export_rows (Export *export,
             WriteRowFunc write_row,
             gpointer data,
             KrEmployeeExportProgressFunc progress,
             gpointer user_data,
             GCancellable *cancellable,
             GError **error)
{
  guint64 last = 0;

  if (progress != NULL)
    progress (0, export->n_items, user_data);
  for (guint i = 0; i < export->n_items; i++)
    {
      g_autoptr (KrEmployee) employee = NULL;
      Row row = { 0 };
      gboolean ok;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      employee = get_employee (export, i, error);
      if (employee == NULL)
        return FALSE;
      ok =
          fill_row (export, employee, &row, error) && write_row (data, &row, i, cancellable, error);
      row_clear (&row);
      if (!ok)
        return FALSE;
      report_progress (progress, user_data, i + 1, export->n_items, &last);
    }
  if (progress != NULL && last < export->n_items)
    progress (export->n_items, export->n_items, user_data);
  return TRUE;
}

/* CSV */

static gboolean
write_csv_row (gpointer data,
               const Row *row,
               guint index,
               GCancellable *cancellable,
               GError **error)
{
  return kr_csv_writer_write_record (data, row->text, N_COLUMNS, cancellable, error);
}

gboolean
kr_employee_export_csv (KrEmployeeRepository *employees,
                        KrUnitRepository *units,
                        const KrEmployeeQuery *query,
                        GOutputStream *stream,
                        KrEmployeeExportFlags flags,
                        KrEmployeeExportProgressFunc progress,
                        gpointer user_data,
                        GCancellable *cancellable,
                        GError **error)
{
  g_autoptr (KrCsvWriter) writer = NULL;
  KrCsvWriterFlags writer_flags;
  Export export = { 0 };
  gboolean ok;

  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (employees), FALSE);
  g_return_val_if_fail (KR_IS_UNIT_REPOSITORY (units), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  writer_flags = (flags & KR_EMPLOYEE_EXPORT_PLAIN) != 0 ? KR_CSV_WRITER_LF : KR_CSV_WRITER_BOM;
  /* A name, address or phone number such as "=HYPERLINK(…)" or "+62 812…" must not run as a
   * formula when the file is opened in a spreadsheet; the importer takes the guard off. */
  writer_flags |= KR_CSV_WRITER_GUARD_FORMULAS;
  writer = kr_csv_writer_new (stream, (flags & KR_EMPLOYEE_EXPORT_SEMICOLON) != 0 ? ';' : ',',
                              writer_flags);
  ok = export_init (&export, employees, units, query, error) &&
       kr_csv_writer_write_record (writer, column_names, N_COLUMNS, cancellable, error) &&
       export_rows (&export, write_csv_row, writer, progress, user_data, cancellable, error) &&
       kr_csv_writer_flush (writer, cancellable, error);
  export_clear (&export);
  return ok;
}

/* What kr_employee_export_csv_file () passes to write_csv_file (). */
typedef struct
{
  KrEmployeeRepository *employees;
  KrUnitRepository *units;
  const KrEmployeeQuery *query;
  KrEmployeeExportFlags flags;
  KrEmployeeExportProgressFunc progress;
  gpointer user_data;
  GCancellable *cancellable;
} CsvFile;

static gboolean
write_csv_file (GOutputStream *stream, gpointer user_data, GError **error)
{
  CsvFile *file = user_data;

  return kr_employee_export_csv (file->employees, file->units, file->query, stream, file->flags,
                                 file->progress, file->user_data, file->cancellable, error);
}

gboolean
kr_employee_export_csv_file (KrEmployeeRepository *employees,
                             KrUnitRepository *units,
                             const KrEmployeeQuery *query,
                             const char *path,
                             KrEmployeeExportFlags flags,
                             KrEmployeeExportProgressFunc progress,
                             gpointer user_data,
                             GCancellable *cancellable,
                             GError **error)
{
  CsvFile file = { employees, units, query, flags, progress, user_data, cancellable };

  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (employees), FALSE);
  g_return_val_if_fail (KR_IS_UNIT_REPOSITORY (units), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* 0666 less the umask, the mode any new file gets; mkstemp's 0600 would stay with it. */
  return _kr_file_replace_with_stream (path, 0666, write_csv_file, &file, cancellable, error);
}

/* XLSX */

typedef struct
{
  lxw_workbook *workbook;
  lxw_worksheet *sheet;
  lxw_format *header_format;
  lxw_format *date_format;
  lxw_format *text_format;
  const char *path;    /* for messages */
  guint32 excel_epoch; /* the Julian day of Excel's day 0 */
} Xlsx;

static void
set_xlsx_error (GError **error, const Xlsx *xlsx, lxw_error code)
{
  g_autofree char *name = g_filename_display_name (xlsx->path);

  g_set_error (error, KR_ERROR, KR_ERROR_STORAGE,
               /* Translators: a file name, then libxlsxwriter's reason in English */
               _ ("Cannot write the spreadsheet “%s”: %s"), name, lxw_strerror (code));
}

/* The date as Excel counts days, from 30 December 1899: Excel's 1 January 1900 is day 1, and
 * it counts a 29 February 1900 that never was, so the days before it are one less. Excel has
 * no dates before 1900: returns -1 for them. */
static double
excel_date (const Xlsx *xlsx, const GDate *date)
{
  gint64 serial = (gint64) g_date_get_julian (date) - xlsx->excel_epoch;

  if (serial < 2)
    return -1;
  return serial < 61 ? serial - 1 : serial;
}

static lxw_error
write_xlsx_cell (Xlsx *xlsx, const Row *row, lxw_row_t line, Column col)
{
  const char *text = row->text[col];
  double serial;

  if (text == NULL || text[0] == '\0')
    return LXW_NO_ERROR;
  switch (column_specs[col].kind)
    {
    case CELL_DATE:
      serial = excel_date (xlsx, row->dates[col]);
      if (serial < 0)
        return worksheet_write_string (xlsx->sheet, line, col, text, NULL);
      return worksheet_write_number (xlsx->sheet, line, col, serial, xlsx->date_format);
    case CELL_NUMBER:
      return worksheet_write_number (xlsx->sheet, line, col, row->year, NULL);
    case CELL_DIGITS:
      return worksheet_write_string (xlsx->sheet, line, col, text, xlsx->text_format);
    case CELL_TEXT:
    default:
      return worksheet_write_string (xlsx->sheet, line, col, text, NULL);
    }
}

static gboolean
write_xlsx_row (gpointer data,
                const Row *row,
                guint index,
                GCancellable *cancellable,
                GError **error)
{
  Xlsx *xlsx = data;

  for (Column col = 0; col < N_COLUMNS; col++)
    {
      lxw_error code = write_xlsx_cell (xlsx, row, index + 1, col);

      if (code != LXW_NO_ERROR)
        {
          set_xlsx_error (error, xlsx, code);
          return FALSE;
        }
    }
  return TRUE;
}

/* The formats, column widths, header and frozen pane, before any row: in constant memory
 * mode rows are written out in order as they come. */
static lxw_error
start_sheet (Xlsx *xlsx)
{
  char range[64] = "", column[16];
  lxw_error code = LXW_NO_ERROR;

  xlsx->header_format = workbook_add_format (xlsx->workbook);
  format_set_bold (xlsx->header_format);
  xlsx->date_format = workbook_add_format (xlsx->workbook);
  format_set_num_format (xlsx->date_format, "yyyy-mm-dd");
  xlsx->text_format = workbook_add_format (xlsx->workbook);
  format_set_num_format (xlsx->text_format, "@");

  for (Column col = 0; col < N_COLUMNS && code == LXW_NO_ERROR; col++)
    {
      CellKind kind = column_specs[col].kind;
      /* Room for the header name and its filter button too. */
      double width = MAX (column_specs[col].width, strlen (column_names[col]) + 3);

      code = worksheet_set_column (xlsx->sheet, col, col, width,
                                   kind == CELL_DATE     ? xlsx->date_format
                                   : kind == CELL_DIGITS ? xlsx->text_format
                                                         : NULL);
      if (kind == CELL_DIGITS)
        {
          lxw_col_to_name (column, col, LXW_FALSE);
          g_strlcat (range, range[0] != '\0' ? " " : "", sizeof range);
          g_strlcat (range, column, sizeof range);
          g_strlcat (range, "1:", sizeof range);
          g_strlcat (range, column, sizeof range);
          g_strlcat (range, "1048576", sizeof range);
        }
    }
  /* Digits kept as text are what the user wants here, not a mistake to flag. */
  if (code == LXW_NO_ERROR)
    code = worksheet_ignore_errors (xlsx->sheet, LXW_IGNORE_NUMBER_STORED_AS_TEXT, range);
  worksheet_freeze_panes (xlsx->sheet, 1, 0);
  for (Column col = 0; col < N_COLUMNS && code == LXW_NO_ERROR; col++)
    code = worksheet_write_string (xlsx->sheet, 0, col, column_names[col], xlsx->header_format);
  return code;
}

static gboolean
check_xlsx_size (const Export *export, GError **error)
{
  if (export->n_items <= KR_EMPLOYEE_EXPORT_XLSX_MAX_ROWS)
    return TRUE;
  g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
               _ ("A spreadsheet holds at most %u employees, and %u were selected; export them "
                  "as CSV or narrow the list with a filter"),
               KR_EMPLOYEE_EXPORT_XLSX_MAX_ROWS, export->n_items);
  return FALSE;
}

/* Writes the header, the rows and the filter over them. */
static gboolean
fill_workbook (Xlsx *xlsx,
               Export *export,
               KrEmployeeExportProgressFunc progress,
               gpointer user_data,
               GCancellable *cancellable,
               GError **error)
{
  lxw_error code;

  xlsx->sheet = workbook_add_worksheet (xlsx->workbook, "Pegawai");
  code = xlsx->sheet != NULL ? start_sheet (xlsx) : LXW_ERROR_MEMORY_MALLOC_FAILED;
  if (code == LXW_NO_ERROR &&
      !export_rows (export, write_xlsx_row, xlsx, progress, user_data, cancellable, error))
    return FALSE;
  if (code == LXW_NO_ERROR)
    code = worksheet_autofilter (xlsx->sheet, 0, 0, export->n_items, N_COLUMNS - 1);
  if (code == LXW_NO_ERROR)
    return TRUE;
  set_xlsx_error (error, xlsx, code);
  return FALSE;
}

/* Writes the workbook to @temporary. On failure it is closed all the same, so that
 * libxlsxwriter removes its own temporary files. */
static gboolean
write_xlsx (Export *export,
            const char *temporary,
            const char *path,
            KrEmployeeExportProgressFunc progress,
            gpointer user_data,
            GCancellable *cancellable,
            GError **error)
{
  g_autofree char *directory = g_path_get_dirname (path);
  lxw_workbook_options options = { .constant_memory = LXW_TRUE, .tmpdir = directory };
  Xlsx xlsx = { .path = path };
  GDate epoch;
  lxw_error code;
  gboolean ok;

  g_date_clear (&epoch, 1);
  g_date_set_dmy (&epoch, 30, G_DATE_DECEMBER, 1899);
  xlsx.excel_epoch = g_date_get_julian (&epoch);
  xlsx.workbook = workbook_new_opt (temporary, &options);
  if (xlsx.workbook == NULL)
    {
      set_xlsx_error (error, &xlsx, LXW_ERROR_CREATING_TMPFILE);
      return FALSE;
    }
  ok = fill_workbook (&xlsx, export, progress, user_data, cancellable, error);
  code = workbook_close (xlsx.workbook);
  if (ok && code != LXW_NO_ERROR)
    {
      set_xlsx_error (error, &xlsx, code);
      ok = FALSE;
    }
  return ok;
}

gboolean
kr_employee_export_xlsx (KrEmployeeRepository *employees,
                         KrUnitRepository *units,
                         const KrEmployeeQuery *query,
                         const char *path,
                         KrEmployeeExportProgressFunc progress,
                         gpointer user_data,
                         GCancellable *cancellable,
                         GError **error)
{
  g_autofree char *temporary = NULL;
  Export export = { 0 };
  gboolean ok;

  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (employees), FALSE);
  g_return_val_if_fail (KR_IS_UNIT_REPOSITORY (units), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ok = export_init (&export, employees, units, query, error) && check_xlsx_size (&export, error);
  if (ok)
    {
      temporary = _kr_file_replace_begin (path, 0666, error);
      ok = temporary != NULL;
    }
  if (ok)
    ok = _kr_file_replace_end (
        temporary, path,
        write_xlsx (&export, temporary, path, progress, user_data, cancellable, error), error);
  export_clear (&export);
  return ok;
}
