/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-appraisal-repository"

#include "config.h"

#include "kr-appraisal-repository-private.h"

#include <math.h>
#include <string.h>

#include "kr-csv.h"
#include "kr-database-private.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-text.h"

/* The appraisal repository's historic PP 46/2011 appraisals (DOMAIN 5.6) and their import
 * from CSV; part of the records of kr-appraisal-repository-private.h. */

static const char sql_employee_exists[] = "SELECT count (*) FROM employee WHERE id = ?";
static const char sql_employee_by_nip[] = "SELECT id FROM employee WHERE nip = ?";
static const char sql_save[] =
    "INSERT INTO appraisal_pp46 (employee_id, year, skp_score, orientasi_pelayanan, integritas, "
    "komitmen, disiplin, kerja_sama, kepemimpinan, behaviour_score, appraiser_name) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (employee_id, year) DO UPDATE SET "
    "skp_score = excluded.skp_score, orientasi_pelayanan = excluded.orientasi_pelayanan, "
    "integritas = excluded.integritas, komitmen = excluded.komitmen, "
    "disiplin = excluded.disiplin, kerja_sama = excluded.kerja_sama, "
    "kepemimpinan = excluded.kepemimpinan, behaviour_score = excluded.behaviour_score, "
    "appraiser_name = excluded.appraiser_name RETURNING id";
static const char sql_delete_if_other[] = "DELETE FROM appraisal_pp46 WHERE id = ? AND id <> ?";
static const char sql_list[] =
    "SELECT id, employee_id, year, skp_score, orientasi_pelayanan, integritas, komitmen, "
    "disiplin, kerja_sama, kepemimpinan, behaviour_score, appraiser_name FROM appraisal_pp46 "
    "WHERE employee_id = ? ORDER BY year";
static const char sql_delete[] = "DELETE FROM appraisal_pp46 WHERE id = ?";

/* Validating and computing */

static double
round_2 (double value)
{
  return round (value * 100) / 100;
}

static gboolean
is_score (double value)
{
  return isfinite (value) && value >= 0 && value <= 100;
}

/* Checks @appraisal and sets its perilaku kerja score from the recorded elements. The messages
 * name the field, so that the import can put them after the line. */
static gboolean
check_pp46 (KrPp46Appraisal *appraisal, GError **error)
{
  double sum = 0;
  guint n = 0;

  if (!kr_text_check_length (appraisal->appraiser_name, KR_TEXT_MAX_NAME, _ ("Appraiser"), error))
    return FALSE;
  if (appraisal->year < KR_PP46_FIRST_YEAR || appraisal->year > KR_PP46_LAST_YEAR)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The year %u is outside the years of PP 46/2011 appraisals, %u to %u"),
                   appraisal->year, KR_PP46_FIRST_YEAR, KR_PP46_LAST_YEAR);
      return FALSE;
    }
  if (!is_score (appraisal->skp_score))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("The SKP score must be from 0 to 100"));
      return FALSE;
    }
  for (guint i = 0; i < KR_PP46_N_BEHAVIOURS; i++)
    {
      double value = appraisal->behaviour[i];

      /* Negative: not recorded. */
      if (isfinite (value) && value < 0)
        continue;
      if (!is_score (value))
        {
          g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                       /* Translators: %s is an element of perilaku kerja, e.g. "Integritas" */
                       _ ("The score of %s must be from 0 to 100"),
                       kr_pp46_behaviour_get_label (i));
          return FALSE;
        }
      sum += value;
      n++;
    }
  if (n > 0)
    appraisal->behaviour_score = round_2 (sum / n);
  else if (!is_score (appraisal->behaviour_score))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The perilaku kerja score must be from 0 to 100"));
      return FALSE;
    }
  return TRUE;
}

/* Adds or replaces; returns the stored id. */
static gint64
write_pp46 (KrAppraisalRepository *self, const KrPp46Appraisal *appraisal, GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_save, error);
  g_auto (KrStmt) remove = NULL;
  g_autofree char *appraiser = NULL;
  gint64 id;

  if (stmt == NULL)
    return 0;
  appraiser = _kr_strip_dup (appraisal->appraiser_name);
  sqlite3_bind_int64 (stmt, 1, appraisal->employee_id);
  sqlite3_bind_int (stmt, 2, (int) appraisal->year);
  sqlite3_bind_double (stmt, 3, appraisal->skp_score);
  for (guint i = 0; i < KR_PP46_N_BEHAVIOURS; i++)
    {
      if (appraisal->behaviour[i] >= 0)
        sqlite3_bind_double (stmt, 4 + (int) i, appraisal->behaviour[i]);
      else
        sqlite3_bind_null (stmt, 4 + (int) i);
    }
  sqlite3_bind_double (stmt, 10, appraisal->behaviour_score);
  _kr_bind_text (stmt, 11, appraiser);
  if (_kr_statements_step (self->statements, stmt, _ ("Could not save changes to"), error) !=
      SQLITE_ROW)
    return 0;
  id = sqlite3_column_int64 (stmt, 0);
  if (_kr_statements_step (self->statements, stmt, _ ("Could not save changes to"), error) !=
      SQLITE_DONE)
    return 0;
  /* A stored record moved to another year replaces the one of that year. */
  if (appraisal->id == 0 || appraisal->id == id)
    return id;
  remove = _kr_appraisal_get_stmt (self, sql_delete_if_other, appraisal->id, error);
  if (remove == NULL)
    return 0;
  sqlite3_bind_int64 (remove, 2, id);
  return _kr_statements_run (self->statements, remove, _ ("Could not save changes to"), error) ? id
                                                                                               : 0;
}

gint64
kr_appraisal_repository_save_pp46 (KrAppraisalRepository *self,
                                   KrPp46Appraisal *appraisal,
                                   GError **error)
{
  gint64 n = 0, id = 0;
  gboolean own;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), 0);
  g_return_val_if_fail (appraisal != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_kr_appraisal_check_write (self, error) ||
      !_kr_statements_count (self->statements, sql_employee_exists, appraisal->employee_id, &n,
                             error))
    return 0;
  if (n == 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
                   _ ("The employee %lld does not exist; they may have been deleted"),
                   (long long) appraisal->employee_id);
      return 0;
    }
  if (!check_pp46 (appraisal, error) || !_kr_statements_begin (self->statements, &own, error))
    return 0;
  id = write_pp46 (self, appraisal, error);
  if (!_kr_statements_end (self->statements, own, id != 0, error))
    return 0;
  appraisal->id = id;
  _kr_appraisal_repository_emit_changed (self, 0);
  return id;
}

GPtrArray *
kr_appraisal_repository_list_pp46 (KrAppraisalRepository *self, gint64 employee_id, GError **error)
{
  g_autoptr (GPtrArray) list = NULL;
  g_auto (KrStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_kr_appraisal_check_read_employee (self, employee_id, error))
    return NULL;
  stmt = _kr_appraisal_get_stmt (self, sql_list, employee_id, error);
  if (stmt == NULL)
    return NULL;
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_pp46_appraisal_free);
  while ((rc = _kr_appraisal_step (self, stmt, error)) == SQLITE_ROW)
    {
      KrPp46Appraisal *appraisal = g_new0 (KrPp46Appraisal, 1);

      appraisal->id = sqlite3_column_int64 (stmt, 0);
      appraisal->employee_id = sqlite3_column_int64 (stmt, 1);
      appraisal->year = (guint) sqlite3_column_int (stmt, 2);
      appraisal->skp_score = sqlite3_column_double (stmt, 3);
      for (guint i = 0; i < KR_PP46_N_BEHAVIOURS; i++)
        appraisal->behaviour[i] = sqlite3_column_type (stmt, 4 + (int) i) == SQLITE_NULL
                                      ? -1
                                      : sqlite3_column_double (stmt, 4 + (int) i);
      appraisal->behaviour_score = sqlite3_column_double (stmt, 10);
      appraisal->appraiser_name = _kr_column_dup_text (stmt, 11);
      g_ptr_array_add (list, appraisal);
    }
  return rc == SQLITE_DONE ? g_steal_pointer (&list) : NULL;
}

static void
set_pp46_not_found (GError **error, gint64 id)
{
  g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
               _ ("The PP 46/2011 appraisal %lld does not exist; it may have been deleted"),
               (long long) id);
}

gboolean
kr_appraisal_repository_delete_pp46 (KrAppraisalRepository *self, gint64 id, GError **error)
{
  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _kr_appraisal_delete_row (self, sql_delete, id, set_pp46_not_found, error);
}

/* Import */

typedef enum
{
  COL_NIP,
  COL_YEAR,
  COL_SKP,
  COL_BEHAVIOUR,
  COL_ELEMENT, /* the six elements follow, in the order of KrPp46Appraisal.behaviour */
  COL_APPRAISER = COL_ELEMENT + KR_PP46_N_BEHAVIOURS,
  N_COLS,
} Col;

#define MAX_ALIASES 2

/* The names of each column, compared after kr_csv_normalize_name (); the first is the one
 * messages use when the column is missing. */
static const char *const column_names[N_COLS][MAX_ALIASES] = {
  [COL_NIP] = { "nip", "nip_baru" },
  [COL_YEAR] = { "tahun", "tahun_penilaian" },
  [COL_SKP] = { "nilai_skp", "skp" },
  [COL_BEHAVIOUR] = { "nilai_perilaku", "nilai_perilaku_kerja" },
  [COL_ELEMENT + 0] = { "orientasi_pelayanan" },
  [COL_ELEMENT + 1] = { "integritas" },
  [COL_ELEMENT + 2] = { "komitmen" },
  [COL_ELEMENT + 3] = { "disiplin" },
  [COL_ELEMENT + 4] = { "kerja_sama", "kerjasama" },
  [COL_ELEMENT + 5] = { "kepemimpinan" },
  [COL_APPRAISER] = { "nama_penilai", "pejabat_penilai" },
};

/* Elements every PP 46/2011 appraisal has; kepemimpinan is for structural officials only. */
#define N_COMMON_ELEMENTS 5

typedef struct
{
  KrAppraisalRepository *self;
  int columns[N_COLS];
  char **header;
  GPtrArray *report; /* of char * */
  GHashTable *seen;  /* "employee id:year" -> first line */
  guint line;
  const char *const *fields;
  guint n_fields;
  guint n_rows;
  guint n_rejected;
} Import;

static gboolean
map_columns (Import *import, KrCsvReader *reader, GError **error)
{
  const char *const *header = kr_csv_reader_get_header (reader, NULL);
  KrCsvColumn wanted[N_COLS * MAX_ALIASES];
  int indexes[N_COLS * MAX_ALIASES];
  g_autoptr (GPtrArray) missing = g_ptr_array_new ();
  g_autofree char *list = NULL;
  gboolean has_elements = TRUE;

  for (guint col = 0; col < N_COLS; col++)
    for (guint i = 0; i < MAX_ALIASES; i++)
      {
        wanted[col * MAX_ALIASES + i].name =
            column_names[col][i] != NULL ? column_names[col][i] : "";
        wanted[col * MAX_ALIASES + i].required = FALSE;
      }
  if (!kr_csv_map_columns (header, wanted, G_N_ELEMENTS (wanted), indexes, error))
    return FALSE;
  for (guint col = 0; col < N_COLS; col++)
    {
      import->columns[col] = -1;
      for (guint i = 0; i < MAX_ALIASES && import->columns[col] < 0; i++)
        if (column_names[col][i] != NULL)
          import->columns[col] = indexes[col * MAX_ALIASES + i];
    }
  import->header = g_strdupv ((char **) header);
  for (guint i = 0; import->header[i] != NULL; i++)
    g_strstrip (import->header[i]);

  for (guint col = COL_NIP; col <= COL_SKP; col++)
    if (import->columns[col] < 0)
      g_ptr_array_add (missing, (gpointer) column_names[col][0]);
  for (guint i = 0; i < N_COMMON_ELEMENTS; i++)
    has_elements = has_elements && import->columns[COL_ELEMENT + i] >= 0;
  if (import->columns[COL_BEHAVIOUR] < 0 && !has_elements)
    g_ptr_array_add (missing, (gpointer) column_names[COL_BEHAVIOUR][0]);
  if (missing->len == 0)
    return TRUE;
  g_ptr_array_add (missing, NULL);
  list = g_strjoinv (", ", (char **) missing->pdata);
  g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
               ngettext ("The header on line %u lacks the required column %s (or the perilaku "
                         "kerja elements instead of nilai_perilaku); column names may use any "
                         "case, with spaces or underscores",
                         "The header on line %u lacks the required columns %s (or the perilaku "
                         "kerja elements instead of nilai_perilaku); column names may use any "
                         "case, with spaces or underscores",
                         missing->len - 1),
               kr_csv_reader_get_line (reader), list);
  return FALSE;
}

/* The cell of @col, NULL when the file has no such column or the cell is empty. */
static const char *
field (Import *import, Col col)
{
  int index = import->columns[col];
  const char *text;

  if (index < 0 || (guint) index >= import->n_fields)
    return NULL;
  text = import->fields[index];
  while (*text == ' ' || *text == '\t')
    text++;
  return *text != '\0' ? text : NULL;
}

/* Adds "Line N, column C (“value”): message" to the report; returns FALSE. */
static gboolean G_GNUC_PRINTF (4, 5)
    reject (Import *import, Col col, const char *value, const char *format, ...)
{
  g_autofree char *message = NULL;
  const char *column =
      import->columns[col] >= 0 ? import->header[import->columns[col]] : column_names[col][0];
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  if (value != NULL)
    /* Translators: a line number, a column name, the cell, then what is wrong */
    g_ptr_array_add (import->report, g_strdup_printf (_ ("Line %u: column %s (“%s”): %s"),
                                                      import->line, column, value, message));
  else
    g_ptr_array_add (import->report,
                     g_strdup_printf (_ ("Line %u: column %s: %s"), import->line, column, message));
  return FALSE;
}

/* Reads a score such as "85", "85.5" or "85,5" (the decimal comma of Indonesian
 * spreadsheets). */
static gboolean
parse_score (const char *text, double *value)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *end = NULL;

  g_strdelimit (copy, ",", '.');
  *value = g_ascii_strtod (copy, &end);
  return end != copy && *end == '\0' && isfinite (*value);
}

static gboolean
read_score (Import *import, Col col, double *value)
{
  const char *text = field (import, col);

  if (text == NULL)
    return reject (import, col, NULL, _ ("the value is missing"));
  if (!parse_score (text, value))
    return reject (import, col, text, _ ("not a number"));
  if (*value < 0 || *value > 100)
    return reject (import, col, text, _ ("the score must be from 0 to 100"));
  return TRUE;
}

/* 1: found, 0: rejected, -1: @error set. */
static int
read_nip (Import *import, gint64 *employee_id, GError **error)
{
  const char *text = field (import, COL_NIP);
  g_auto (KrStmt) stmt = NULL;
  g_autoptr (GString) digits = g_string_new (NULL);
  int rc;

  if (text == NULL)
    return reject (import, COL_NIP, NULL, _ ("the NIP is missing"));
  /* As printed, "19900315 201403 2 002", or kept as text in a spreadsheet, "'199003…". */
  for (const char *p = text[0] == '\'' ? text + 1 : text; *p != '\0'; p++)
    if (*p != ' ')
      g_string_append_c (digits, *p);
  if (digits->len != 18 || strspn (digits->str, "0123456789") != 18)
    return reject (import, COL_NIP, text, _ ("a NIP has 18 digits"));
  stmt = _kr_statements_get (import->self->statements, sql_employee_by_nip, error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, digits->str, -1, SQLITE_TRANSIENT);
  rc = _kr_statements_step (import->self->statements, stmt, _ ("Could not read"), error);
  if (rc == 0)
    return -1;
  if (rc != SQLITE_ROW)
    return reject (import, COL_NIP, text, _ ("no employee has this NIP"));
  *employee_id = sqlite3_column_int64 (stmt, 0);
  return 1;
}

/* Checks one row and fills @appraisal. Returns 1 for an accepted row, 0 for a rejected one
 * (reported), -1 with @error set when reading the database failed. */
static int
read_row (Import *import, KrPp46Appraisal *appraisal, GError **error)
{
  const char *year_text = field (import, COL_YEAR);
  g_autoptr (GError) local = NULL;
  g_autofree char *key = NULL;
  gboolean has_element = FALSE, ok = TRUE;
  double year;
  gpointer first_line;
  int found;

  found = read_nip (import, &appraisal->employee_id, error);
  if (found < 0)
    return -1;
  ok = found > 0;
  if (year_text == NULL)
    ok = reject (import, COL_YEAR, NULL, _ ("the year is missing"));
  else if (!parse_score (year_text, &year) || year != floor (year))
    ok = reject (import, COL_YEAR, year_text, _ ("not a year"));
  else if (year < KR_PP46_FIRST_YEAR || year > KR_PP46_LAST_YEAR)
    ok = reject (import, COL_YEAR, year_text,
                 _ ("PP 46/2011 appraisals belong to the years %u to %u"), KR_PP46_FIRST_YEAR,
                 KR_PP46_LAST_YEAR);
  else
    appraisal->year = (guint) year;
  ok = read_score (import, COL_SKP, &appraisal->skp_score) && ok;
  for (guint i = 0; i < KR_PP46_N_BEHAVIOURS; i++)
    {
      appraisal->behaviour[i] = -1;
      if (field (import, COL_ELEMENT + i) == NULL)
        continue;
      has_element = TRUE;
      ok = read_score (import, COL_ELEMENT + i, &appraisal->behaviour[i]) && ok;
    }
  if (!has_element)
    ok = read_score (import, COL_BEHAVIOUR, &appraisal->behaviour_score) && ok;
  appraisal->appraiser_name = g_strdup (field (import, COL_APPRAISER));
  if (!kr_text_check_length (appraisal->appraiser_name, KR_TEXT_MAX_NAME, _ ("Appraiser"), &local))
    ok = reject (import, COL_APPRAISER, NULL, "%s", local->message);
  if (!ok)
    return 0;

  key = g_strdup_printf ("%lld:%u", (long long) appraisal->employee_id, appraisal->year);
  first_line = g_hash_table_lookup (import->seen, key);
  if (first_line != NULL)
    return reject (import, COL_NIP, field (import, COL_NIP),
                   _ ("line %u already gives this employee’s appraisal of %u"),
                   GPOINTER_TO_UINT (first_line), appraisal->year);
  g_hash_table_insert (import->seen, g_steal_pointer (&key), GUINT_TO_POINTER (import->line));
  /* The elements and scores were checked above; this computes the perilaku kerja score. */
  if (!check_pp46 (appraisal, NULL))
    return reject (import, COL_BEHAVIOUR, NULL, _ ("the perilaku kerja score is invalid"));
  return 1;
}

/* Reads every row, checking it and, unless @dry_run, writing it. */
static gboolean
import_rows (Import *import, KrCsvReader *reader, gboolean dry_run, GError **error)
{
  for (;;)
    {
      g_autoptr (KrPp46Appraisal) appraisal = g_new0 (KrPp46Appraisal, 1);
      g_autoptr (GError) row_error = NULL;
      KrCsvResult result = kr_csv_reader_next (reader, NULL, &row_error);
      int verdict;

      if (result == KR_CSV_RESULT_END)
        return TRUE;
      if (result == KR_CSV_RESULT_ERROR)
        {
          g_propagate_error (error, g_steal_pointer (&row_error));
          return FALSE;
        }
      if (result == KR_CSV_RESULT_BAD_ROW)
        {
          /* The reader's message names the line. */
          g_ptr_array_add (import->report, g_strdup (row_error->message));
          import->n_rejected++;
          continue;
        }
      import->line = kr_csv_reader_get_line (reader);
      import->fields = kr_csv_reader_get_fields (reader, &import->n_fields);
      verdict = read_row (import, appraisal, error);
      if (verdict < 0)
        return FALSE;
      if (verdict == 0)
        {
          import->n_rejected++;
          continue;
        }
      import->n_rows++;
      /* After a rejected row nothing will be kept: checking the rest is enough. */
      if (dry_run || import->n_rejected > 0)
        continue;
      if (write_pp46 (import->self, appraisal, error) == 0)
        {
          g_prefix_error (error, _ ("Line %u: "), import->line);
          return FALSE;
        }
    }
}

gboolean
kr_appraisal_repository_import_pp46 (KrAppraisalRepository *self,
                                     const char *path,
                                     gboolean dry_run,
                                     GStrv *report,
                                     guint *n_rows,
                                     GError **error)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GFileInputStream) input = NULL;
  g_autoptr (KrCsvReader) reader = NULL;
  Import import = { .self = self };
  gboolean own = FALSE, began = FALSE, ok;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (report != NULL)
    *report = NULL;
  if (n_rows != NULL)
    *n_rows = 0;
  if (!_kr_appraisal_check_write (self, error))
    return FALSE;
  file = g_file_new_for_path (path);
  input = g_file_read (file, NULL, error);
  if (input == NULL)
    return FALSE;
  reader = kr_csv_reader_new (G_INPUT_STREAM (input), '\0');
  /* Karier's own exports guard cells against spreadsheet formulas. */
  kr_csv_reader_set_unguard_formulas (reader, TRUE);
  import.report = g_ptr_array_new_with_free_func (g_free);
  import.seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  ok = kr_csv_reader_read_header (reader, NULL, error) && map_columns (&import, reader, error);
  if (ok && !dry_run)
    ok = began = _kr_statements_begin (self->statements, &own, error);
  if (ok)
    ok = import_rows (&import, reader, dry_run, error);
  if (ok && import.n_rejected > 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   ngettext ("%u row was rejected; nothing was imported",
                             "%u rows were rejected; nothing was imported", import.n_rejected),
                   import.n_rejected);
      ok = FALSE;
    }
  /* All or nothing: one transaction, rolled back when any row was rejected. */
  if (began)
    ok = _kr_statements_end (self->statements, own, ok, ok ? error : NULL) && ok;
  if (report != NULL)
    {
      g_ptr_array_add (import.report, NULL);
      *report = (GStrv) g_ptr_array_free (g_steal_pointer (&import.report), FALSE);
    }
  if (n_rows != NULL)
    *n_rows = import.n_rows;
  g_clear_pointer (&import.report, g_ptr_array_unref);
  g_hash_table_unref (import.seen);
  g_strfreev (import.header);
  if (ok && !dry_run && import.n_rows > 0)
    _kr_appraisal_repository_emit_changed (self, 0);
  return ok;
}
