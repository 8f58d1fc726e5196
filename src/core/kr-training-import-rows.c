/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-import"

#include "config.h"

#include "kr-training-import-private.h"

#include <math.h>
#include <string.h>

#include "kr-date.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-import-report-private.h"
#include "kr-text.h"

/* The columns of a SIASN riwayat diklat / kursus file and the checks of one row
 * (kr-training-import-private.h). */

/* Compared after kr_csv_normalize_name (): "nipBaru" is "nipbaru", "NIP BARU" "nip_baru". */
const char *const _kr_training_import_columns[N_COLS][MAX_ALIASES] = {
  [COL_NIP] = { "nipbaru", "nip_baru", "nip" },
  [COL_TITLE_STRUCTURAL] = { "latihanstrukturalnama", "latihan_struktural_nama" },
  [COL_TITLE_COURSE] = { "namakursus", "nama_kursus" },
  [COL_TITLE] = { "nama", "nama_diklat", "namadiklat" },
  [COL_JP] = { "jumlahjam", "jumlah_jam", "jp" },
  [COL_END] = { "tanggalselesai", "tanggal_selesai" },
  [COL_END_COURSE] = { "tanggalselesaikursus", "tanggal_selesai_kursus" },
  [COL_YEAR] = { "tahun" },
  [COL_YEAR_COURSE] = { "tahunkursus", "tahun_kursus" },
  [COL_START] = { "tanggal", "tanggal_mulai", "tanggalmulai" },
  [COL_START_COURSE] = { "tanggalkursus", "tanggal_kursus" },
  [COL_CERTIFICATE] = { "nomor", "nomor_sertifikat", "nomorsertifikat" },
  [COL_CERTIFICATE_COURSE] = { "nosertipikat", "no_sertipikat", "no_sertifikat" },
  [COL_PROVIDER] = { "institusipenyelenggara", "institusi_penyelenggara", "penyelenggara" },
  [COL_COURSE_KIND] = { "jeniskursusnama", "jenis_kursus_nama", "jenis_kursus" },
};

static const char sql_employee_by_nip[] = "SELECT id FROM employee WHERE nip = ?";
static const char sql_existing[] =
    "SELECT kind, type, programme, form, provider, start_date, jp, certificate_number "
    "FROM training_record WHERE employee_id = ?1 AND title = ?2 AND end_date = ?3 "
    "AND source = 'siasn'";
void
_kr_training_import_row_free (gpointer data)
{
  Row *row = data;

  kr_training_record_free (row->record);
  g_free (row);
}

/* Issues */

void
_kr_training_import_add_issue (KrTrainingImportReport *report,
                               KrSiasnIssueKind kind,
                               guint line,
                               const char *column,
                               const char *value,
                               const char *message)
{
  if (kind == KR_SIASN_ISSUE_WARNING)
    report->n_warnings++;
  if (!_kr_siasn_issue_keep (kind, report->n_listed, report->n_dropped, &report->n_issues_dropped))
    return;
  g_ptr_array_add (report->issues, _kr_siasn_issue_new (kind, line, column, value, message));
}

static const char *
column_label (Pass *pass, Col col)
{
  return pass->columns[col] >= 0 ? pass->header[pass->columns[col]]
                                 : _kr_training_import_columns[col][0];
}

/* The cell of @col, NULL when the file has no such column or the cell is empty. */
static const char *
field (Pass *pass, Col col)
{
  int index = pass->columns[col];

  if (index < 0 || (guint) index >= pass->n_fields || pass->fields[index][0] == '\0')
    return NULL;
  return pass->fields[index];
}

static gboolean
    G_GNUC_PRINTF (4, 5) reject (Pass *pass, Col col, const char *value, const char *format, ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  _kr_training_import_add_issue (pass->self->report, KR_SIASN_ISSUE_REJECTED, pass->line,
                                 column_label (pass, col), value, message);
  pass->rejected = TRUE;
  return FALSE;
}

static void
    G_GNUC_PRINTF (4, 5) warn (Pass *pass, Col col, const char *value, const char *format, ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  _kr_training_import_add_issue (pass->self->report, KR_SIASN_ISSUE_WARNING, pass->line,
                                 column_label (pass, col), value, message);
}

/* Rejects the row when @text, the cell of @col, is longer than the form allows; the message
 * gives its length, the report does not repeat it. */
static void
check_length (Pass *pass, Col col, const char *text, guint max_chars, const char *label)
{
  g_autoptr (GError) local = NULL;

  if (!kr_text_check_length (text, max_chars, label, &local))
    reject (pass, col, NULL, "%s", local->message);
}

/* Columns */

gboolean
_kr_training_import_map_columns (Pass *pass, KrCsvReader *reader, GError **error)
{
  const char *const *header = kr_csv_reader_get_header (reader, NULL);
  KrCsvColumn wanted[N_COLS * MAX_ALIASES];
  int indexes[N_COLS * MAX_ALIASES];
  g_autoptr (GPtrArray) missing = g_ptr_array_new ();
  g_autofree char *list = NULL;

  for (guint col = 0; col < N_COLS; col++)
    for (guint i = 0; i < MAX_ALIASES; i++)
      {
        /* An unused alias slot looks for a name no header can have. */
        wanted[col * MAX_ALIASES + i].name = _kr_training_import_columns[col][i] != NULL
                                                 ? _kr_training_import_columns[col][i]
                                                 : "\x01";
        wanted[col * MAX_ALIASES + i].required = FALSE;
      }
  if (!kr_csv_map_columns (header, wanted, G_N_ELEMENTS (wanted), indexes, error))
    return FALSE;
  for (guint col = 0; col < N_COLS; col++)
    {
      pass->columns[col] = -1;
      for (guint i = 0; i < MAX_ALIASES && pass->columns[col] < 0; i++)
        if (_kr_training_import_columns[col][i] != NULL)
          pass->columns[col] = indexes[col * MAX_ALIASES + i];
    }
  pass->header = g_strdupv ((char **) header);
  for (guint i = 0; pass->header[i] != NULL; i++)
    g_strstrip (pass->header[i]);

  if (pass->columns[COL_NIP] < 0)
    g_ptr_array_add (missing, (gpointer) "nipBaru");
  if (pass->columns[COL_TITLE_STRUCTURAL] < 0 && pass->columns[COL_TITLE_COURSE] < 0 &&
      pass->columns[COL_TITLE] < 0)
    g_ptr_array_add (missing, (gpointer) "latihanStrukturalNama / namaKursus / nama");
  if (pass->columns[COL_JP] < 0)
    g_ptr_array_add (missing, (gpointer) "jumlahJam");
  if (pass->columns[COL_END] < 0 && pass->columns[COL_END_COURSE] < 0 &&
      pass->columns[COL_YEAR] < 0 && pass->columns[COL_YEAR_COURSE] < 0)
    g_ptr_array_add (missing, (gpointer) "tanggalSelesai / tahun");
  if (missing->len == 0)
    return TRUE;
  g_ptr_array_add (missing, NULL);
  list = g_strjoinv (", ", (char **) missing->pdata);
  g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
               ngettext ("The header on line %u lacks the required column %s; column names may "
                         "use any case, with spaces or underscores",
                         "The header on line %u lacks the required columns %s; column names may "
                         "use any case, with spaces or underscores",
                         missing->len - 1),
               kr_csv_reader_get_line (reader), list);
  return FALSE;
}

/* Kinds of training from the title */

/* The roman numeral token after @tokens[i] (skipping "tingkat", "tk"), 0 when none. */
static guint
roman_after (char **tokens, guint i)
{
  static const char *const numerals[] = { "i", "ii", "iii", "iv" };

  for (i++; tokens[i] != NULL; i++)
    {
      if (g_str_equal (tokens[i], "tingkat") || g_str_equal (tokens[i], "tk") ||
          tokens[i][0] == '\0')
        continue;
      for (guint n = 0; n < G_N_ELEMENTS (numerals); n++)
        if (g_str_equal (tokens[i], numerals[n]))
          return n + 1;
      return 0;
    }
  return 0;
}

/* Latsar, PKP, PKA, PKN and the older Diklatpim I to IV (IV: PKP, III: PKA, II: PKN II, I: PKN I)
 * and Prajabatan (Latsar). */
static KrLeadershipProgramme
programme_of_title (const char *title)
{
  static const KrLeadershipProgramme by_pim_level[] = {
    KR_LEADERSHIP_PROGRAMME_NONE, KR_LEADERSHIP_PROGRAMME_PKN_I, KR_LEADERSHIP_PROGRAMME_PKN_II,
    KR_LEADERSHIP_PROGRAMME_PKA,  KR_LEADERSHIP_PROGRAMME_PKP,
  };
  g_autofree char *lower = g_utf8_strdown (title, -1);
  g_auto (GStrv) tokens = NULL;

  for (char *p = lower; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p))
      *p = ' ';
  tokens = g_strsplit (lower, " ", -1);
  for (guint i = 0; tokens[i] != NULL; i++)
    {
      const char *token = tokens[i];

      if (g_str_equal (token, "latsar") || g_str_equal (token, "prajabatan"))
        return KR_LEADERSHIP_PROGRAMME_LATSAR;
      if (g_str_equal (token, "pkp"))
        return KR_LEADERSHIP_PROGRAMME_PKP;
      if (g_str_equal (token, "pka"))
        return KR_LEADERSHIP_PROGRAMME_PKA;
      if (g_str_equal (token, "pkn"))
        return roman_after (tokens, i) == 1 ? KR_LEADERSHIP_PROGRAMME_PKN_I
                                            : KR_LEADERSHIP_PROGRAMME_PKN_II;
      if (g_str_equal (token, "pim") || g_str_equal (token, "diklatpim"))
        return by_pim_level[roman_after (tokens, i)];
    }
  if (strstr (lower, "kepemimpinan pengawas") != NULL)
    return KR_LEADERSHIP_PROGRAMME_PKP;
  if (strstr (lower, "kepemimpinan administrator") != NULL)
    return KR_LEADERSHIP_PROGRAMME_PKA;
  if (strstr (lower, "kepemimpinan nasional") != NULL)
    return KR_LEADERSHIP_PROGRAMME_PKN_II;
  return KR_LEADERSHIP_PROGRAMME_NONE;
}

/* jenisKursusNama: the competence type or form it names; FALSE when Karier does not know it. */
static gboolean
apply_course_kind (const char *text, KrTrainingRecord *record)
{
  static const struct
  {
    const char *word;
    int type; /* KrCompetenceType, -1: unchanged */
    int form; /* KrTrainingForm, -1: unchanged */
  } words[] = {
    { "fungsional", KR_COMPETENCE_TYPE_FUNCTIONAL, -1 },
    { "teknis", KR_COMPETENCE_TYPE_TECHNICAL, -1 },
    { "manajerial", KR_COMPETENCE_TYPE_MANAGERIAL, -1 },
    { "sosial", KR_COMPETENCE_TYPE_SOCIO_CULTURAL, -1 },
    { "seminar", -1, KR_TRAINING_FORM_SEMINAR },
    { "workshop", -1, KR_TRAINING_FORM_WORKSHOP },
    { "lokakarya", -1, KR_TRAINING_FORM_WORKSHOP },
    { "kursus", -1, KR_TRAINING_FORM_COURSE },
    { "penataran", -1, KR_TRAINING_FORM_UPGRADING },
    { "bimtek", -1, KR_TRAINING_FORM_BIMTEK },
    { "bimbingan teknis", -1, KR_TRAINING_FORM_BIMTEK },
    { "sosialisasi", -1, KR_TRAINING_FORM_SOCIALISATION },
    { "e-learning", -1, KR_TRAINING_FORM_E_LEARNING },
    { "magang", -1, KR_TRAINING_FORM_INTERNSHIP },
  };
  g_autofree char *lower = g_utf8_strdown (text, -1);
  gboolean known = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      if (strstr (lower, words[i].word) == NULL)
        continue;
      known = TRUE;
      /* "Sosialisasi" is a form, not the socio-cultural type. */
      if (words[i].type >= 0 && !(words[i].type == KR_COMPETENCE_TYPE_SOCIO_CULTURAL &&
                                  strstr (lower, "sosialisasi") != NULL))
        record->type = (KrCompetenceType) words[i].type;
      if (words[i].form >= 0)
        {
          record->form = (KrTrainingForm) words[i].form;
          record->kind = kr_training_form_get_kind (record->form);
        }
    }
  return known;
}

/* Reading a row */

/* 1: found, 0: rejected, -1: @error set. */
static int
read_nip (Pass *pass, gint64 *employee_id, GError **error)
{
  const char *text = field (pass, COL_NIP);
  g_autoptr (GString) digits = g_string_new (NULL);
  g_auto (KrStmt) stmt = NULL;
  int rc;

  if (text == NULL)
    return reject (pass, COL_NIP, NULL, _ ("the NIP is missing"));
  for (const char *p = text[0] == '\'' ? text + 1 : text; *p != '\0'; p++)
    if (*p != ' ')
      g_string_append_c (digits, *p);
  if (digits->len != 18 || strspn (digits->str, "0123456789") != 18)
    return reject (pass, COL_NIP, text, _ ("a NIP has 18 digits; %u were given"),
                   (guint) digits->len);
  stmt = _kr_statements_get (pass->self->statements, sql_employee_by_nip, error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, digits->str, -1, SQLITE_TRANSIENT);
  rc = _kr_statements_step (pass->self->statements, stmt, _ ("Could not read"), error);
  if (rc == 0)
    return -1;
  if (rc != SQLITE_ROW)
    return reject (pass, COL_NIP, text,
                   _ ("no employee has this NIP; import the employee from SIASN first"));
  *employee_id = sqlite3_column_int64 (stmt, 0);
  return 1;
}

static void
read_title (Pass *pass, KrTrainingRecord *record)
{
  const char *structural = field (pass, COL_TITLE_STRUCTURAL);
  const char *course = field (pass, COL_TITLE_COURSE);
  const char *title = structural != NULL ? structural
                      : course != NULL   ? course
                                         : field (pass, COL_TITLE);

  record->kind = KR_TRAINING_KIND_CLASSICAL;
  record->type = KR_COMPETENCE_TYPE_TECHNICAL;
  record->form = KR_TRAINING_FORM_TRAINING;
  if (title == NULL)
    {
      reject (pass,
              pass->columns[COL_TITLE_STRUCTURAL] >= 0 ? COL_TITLE_STRUCTURAL
              : pass->columns[COL_TITLE_COURSE] >= 0   ? COL_TITLE_COURSE
                                                       : COL_TITLE,
              NULL, _ ("the name of the training is missing"));
      return;
    }
  record->title = g_strdup (title);
  check_length (pass,
                structural != NULL ? COL_TITLE_STRUCTURAL
                : course != NULL   ? COL_TITLE_COURSE
                                   : COL_TITLE,
                title, KR_TEXT_MAX_LINE, _ ("Title"));
  if (structural == NULL && course != NULL)
    record->form = KR_TRAINING_FORM_COURSE;
  record->programme = programme_of_title (title);
  if (record->programme != KR_LEADERSHIP_PROGRAMME_NONE)
    record->type = KR_COMPETENCE_TYPE_LEADERSHIP;
  else if (field (pass, COL_COURSE_KIND) != NULL &&
           !apply_course_kind (field (pass, COL_COURSE_KIND), record))
    warn (pass, COL_COURSE_KIND, field (pass, COL_COURSE_KIND),
          _ ("Karier does not know this kind of course; the row is recorded as technical "
             "training"));
}

static void
read_jp (Pass *pass, KrTrainingRecord *record)
{
  const char *text = field (pass, COL_JP);
  g_autofree char *copy = NULL;
  char *end = NULL;
  double value;

  if (text == NULL)
    {
      reject (pass, COL_JP, NULL, _ ("the JP are missing"));
      return;
    }
  copy = g_strdelimit (g_strdup (text), ",", '.');
  value = g_ascii_strtod (copy, &end);
  if (end == copy || *end != '\0' || !isfinite (value) || value != floor (value))
    reject (pass, COL_JP, text, _ ("enter the JP as a whole number"));
  else if (value < 0 || value > 2000)
    reject (pass, COL_JP, text, _ ("the JP must be from 0 to 2000"));
  else
    record->jp = (guint) value;
}

/* Reads the date of the first of @cols present in the row into @out (ISO); FALSE when a date
 * is not valid (rejected). */
static gboolean
read_date (Pass *pass, Col col, Col alternative, char **out)
{
  Col used = field (pass, col) != NULL ? col : alternative;
  const char *text = field (pass, used);
  g_autoptr (GError) local = NULL;
  GDate date;

  *out = NULL;
  if (text == NULL)
    return TRUE;
  if (!kr_date_parse (text, &date, &local))
    return reject (pass, used, text, "%s", local->message);
  *out = kr_date_format_iso (&date);
  return TRUE;
}

static void
read_dates (Pass *pass, KrTrainingRecord *record)
{
  if (!read_date (pass, COL_END, COL_END_COURSE, &record->end_date) ||
      !read_date (pass, COL_START, COL_START_COURSE, &record->start_date))
    return;
  if (record->end_date == NULL)
    {
      Col col = field (pass, COL_YEAR) != NULL ? COL_YEAR : COL_YEAR_COURSE;
      const char *text = field (pass, col);
      guint64 year = 0;

      if (text == NULL)
        {
          reject (pass, COL_END, NULL, _ ("the end date is missing; give tanggalSelesai or tahun"));
          return;
        }
      if (!g_ascii_string_to_unsigned (text, 10, 1900, 2200, &year, NULL))
        {
          reject (pass, col, text, _ ("enter the year with four digits"));
          return;
        }
      record->end_date = g_strdup_printf ("%04u-12-31", (guint) year);
    }
  if (record->start_date != NULL && strcmp (record->start_date, record->end_date) > 0)
    reject (pass, COL_START,
            field (pass, COL_START) != NULL ? field (pass, COL_START)
                                            : field (pass, COL_START_COURSE),
            _ ("the training starts after it ends, on %s"), record->end_date);
}

/* Compares with a stored SIASN record of the same employee, title and end date. */
static int
compare_existing (Pass *pass, const KrTrainingRecord *record, Verdict *verdict, GError **error)
{
  KrStatements *statements = pass->self->statements;
  g_auto (KrStmt) stmt = _kr_statements_get (statements, sql_existing, error);
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, record->employee_id);
  _kr_bind_text (stmt, 2, record->title);
  _kr_bind_text (stmt, 3, record->end_date);
  rc = _kr_statements_step (statements, stmt, _ ("Could not read"), error);
  if (rc == 0)
    return -1;
  if (rc != SQLITE_ROW)
    *verdict = VERDICT_NEW;
  else if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0),
                      kr_training_kind_get_code (record->kind)) == 0 &&
           g_strcmp0 ((const char *) sqlite3_column_text (stmt, 1),
                      kr_competence_type_get_code (record->type)) == 0 &&
           g_strcmp0 ((const char *) sqlite3_column_text (stmt, 2),
                      kr_leadership_programme_get_code (record->programme)) == 0 &&
           g_strcmp0 ((const char *) sqlite3_column_text (stmt, 3),
                      kr_training_form_get_code (record->form)) == 0 &&
           g_strcmp0 ((const char *) sqlite3_column_text (stmt, 4), record->provider) == 0 &&
           g_strcmp0 ((const char *) sqlite3_column_text (stmt, 5), record->start_date) == 0 &&
           (guint) sqlite3_column_int (stmt, 6) == record->jp &&
           g_strcmp0 ((const char *) sqlite3_column_text (stmt, 7), record->certificate_number) ==
               0)
    *verdict = VERDICT_UNCHANGED;
  else
    *verdict = VERDICT_UPDATED;
  return 1;
}

/* Checks the current row. Returns the row (accepted, or rejected with its issues reported),
 * or NULL with @error set when reading the database failed. */
Row *
_kr_training_import_read_row (Pass *pass, GError **error)
{
  g_autoptr (KrTrainingRecord) record = kr_training_record_new ();
  g_autofree char *key = NULL;
  Row *row;
  gpointer first;
  Col certificate;
  int found;

  pass->rejected = FALSE;
  found = read_nip (pass, &record->employee_id, error);
  if (found < 0)
    return NULL;
  read_title (pass, record);
  read_jp (pass, record);
  read_dates (pass, record);
  record->provider = g_strdup (field (pass, COL_PROVIDER));
  check_length (pass, COL_PROVIDER, record->provider, KR_TEXT_MAX_LINE, _ ("Provider"));
  certificate = field (pass, COL_CERTIFICATE) != NULL ? COL_CERTIFICATE : COL_CERTIFICATE_COURSE;
  record->certificate_number = g_strdup (field (pass, certificate));
  check_length (pass, certificate, record->certificate_number, KR_TEXT_MAX_CODE,
                _ ("Certificate Number"));
  record->from_siasn = TRUE;

  row = g_new0 (Row, 1);
  row->line = pass->line;
  row->verdict = VERDICT_REJECTED;
  if (pass->rejected)
    return row;
  key = g_strdup_printf ("%lld\x1f%s\x1f%s", (long long) record->employee_id, record->title,
                         record->end_date);
  first = g_hash_table_lookup (pass->seen, key);
  if (first != NULL)
    {
      reject (pass, COL_NIP, field (pass, COL_NIP),
              _ ("line %u already gives this training of this employee, ending on the same date"),
              GPOINTER_TO_UINT (first));
      return row;
    }
  g_hash_table_insert (pass->seen, g_steal_pointer (&key), GUINT_TO_POINTER (pass->line));
  if (compare_existing (pass, record, &row->verdict, error) < 0)
    {
      _kr_training_import_row_free (row);
      return NULL;
    }
  row->record = g_steal_pointer (&record);
  return row;
}
