/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-siasn-import"

#include "config.h"

#include "kr-siasn-import.h"
#include "kr-siasn-import-private.h"

#include <string.h>

#include "kr-csv.h"
#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-employee-repository.h"
#include "kr-employee.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-text.h"
#include "kr-unit-repository.h"

/* Text helpers */

/* Lower-case ASCII letters and digits only, for comparing spellings ("Laki-laki" gives
 * "lakilaki"). */
char *
_kr_siasn_squash (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (out, g_ascii_tolower (*p));
    }
  return g_string_free (out, FALSE);
}

/* The form in which unit and position names are compared: case folded, with runs of white
 * space made one space. */
char *
_kr_siasn_name_key (const char *name)
{
  g_autoptr (GString) collapsed = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = name; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        space = collapsed->len > 0;
      else
        {
          if (space)
            g_string_append_c (collapsed, ' ');
          space = FALSE;
          g_string_append_c (collapsed, *p);
        }
    }
  return g_utf8_casefold (collapsed->str, -1);
}

/* Spreadsheets keep long numbers as text when they start with an apostrophe, which some
 * exports leave in the cell. */
static const char *
skip_apostrophe (const char *text)
{
  return text[0] == '\'' ? text + 1 : text;
}

/* Whether @text is a number in scientific notation ("1.98609E+17"), what a spreadsheet makes
 * of an 18-digit NIP it took for a number, keeping only 15 significant digits. */
static gboolean
is_scientific (const char *text)
{
  const char *p = text;

  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  if (*p == '.' || *p == ',')
    {
      p++;
      while (g_ascii_isdigit (*p))
        p++;
    }
  if (*p != 'E' && *p != 'e')
    return FALSE;
  p++;
  if (*p == '+')
    p++;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  return *p == '\0';
}

/* Reads a small whole number written with digits only. */
static gboolean
parse_number (const char *text, guint *out)
{
  guint64 value;

  if (strlen (text) > 9)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_isdigit (*p))
        return FALSE;
    }
  if (*text == '\0')
    return FALSE;
  value = g_ascii_strtoull (text, NULL, 10);
  *out = (guint) value;
  return TRUE;
}

static gboolean
same_date (const GDate *a, const GDate *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_date_compare (a, b) == 0;
}

/* Rows: rejections and warnings */

void
_kr_siasn_row_clear (Row *row)
{
  g_strfreev (row->fields);
  g_clear_object (&row->existing);
  g_clear_object (&row->employee);
  g_clear_pointer (&row->new_units, g_ptr_array_unref);
  _kr_siasn_position_info_free (row->new_position);
  g_clear_pointer (&row->warnings, g_ptr_array_unref);
}

/* Records why @row is rejected (an analysis keeps the first reason in its report). Returns
 * %FALSE, for the checks to return. */
gboolean
_kr_siasn_reject (Pass *pass, Row *row, Col col, const char *value, const char *message)
{
  if (pass->report != NULL && !row->rejected)
    _kr_siasn_report_add (pass->report,
                          _kr_siasn_issue_new (KR_SIASN_ISSUE_REJECTED, row->line,
                                               _kr_siasn_column_label (pass, col), value, message));
  row->rejected = TRUE;
  return FALSE;
}

gboolean
_kr_siasn_reject_printf (Pass *pass, Row *row, Col col, const char *value, const char *format, ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  return _kr_siasn_reject (pass, row, col, value, message);
}

/* Keeps a warning, which reaches the report only if the row is accepted. */
void
_kr_siasn_warn_printf (Pass *pass, Row *row, Col col, const char *value, const char *format, ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (pass->report == NULL)
    return;
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  if (row->warnings == NULL)
    row->warnings = g_ptr_array_new_with_free_func (_kr_siasn_issue_free);
  g_ptr_array_add (row->warnings,
                   _kr_siasn_issue_new (KR_SIASN_ISSUE_WARNING, row->line,
                                        _kr_siasn_column_label (pass, col), value, message));
}

/* Rows: the employee's own fields */

static gboolean
parse_kind (const char *text, KrEmployeeKind *kind)
{
  g_autofree char *key = _kr_siasn_squash (text);

  /* SIASN writes "PNS Daerah", "CPNS Pusat", "PPPK"; people write the long forms. */
  if (strstr (key, "pppk") != NULL || strstr (key, "p3k") != NULL ||
      strstr (key, "perjanjiankerja") != NULL)
    *kind = KR_EMPLOYEE_KIND_PPPK;
  else if (strstr (key, "cpns") != NULL || g_str_has_prefix (key, "calon"))
    *kind = KR_EMPLOYEE_KIND_CPNS;
  else if (strstr (key, "pns") != NULL || strstr (key, "pegawainegerisipil") != NULL)
    *kind = KR_EMPLOYEE_KIND_PNS;
  else
    return FALSE;
  return TRUE;
}

static KrGender
parse_gender (const char *text)
{
  static const char *const male[] = { "m", "l", "1", "lakilaki", "laki", "pria", "male" };
  static const char *const female[] = { "f", "p", "2", "perempuan", "wanita", "female" };
  g_autofree char *key = _kr_siasn_squash (text);

  for (guint i = 0; i < G_N_ELEMENTS (male); i++)
    {
      if (strcmp (key, male[i]) == 0)
        return KR_GENDER_MALE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (female); i++)
    {
      if (strcmp (key, female[i]) == 0)
        return KR_GENDER_FEMALE;
    }
  return KR_GENDER_UNKNOWN;
}

static const Spelling religion_spellings[] = {
  { "islam", KR_RELIGION_ISLAM },
  { "kristen", KR_RELIGION_KRISTEN },
  { "protestan", KR_RELIGION_KRISTEN },
  { "kristenprotestan", KR_RELIGION_KRISTEN },
  { "katolik", KR_RELIGION_KATOLIK },
  { "katholik", KR_RELIGION_KATOLIK },
  { "kristenkatolik", KR_RELIGION_KATOLIK },
  { "hindu", KR_RELIGION_HINDU },
  { "buddha", KR_RELIGION_BUDDHA },
  { "budha", KR_RELIGION_BUDDHA },
  { "khonghucu", KR_RELIGION_KHONGHUCU },
  { "konghucu", KR_RELIGION_KHONGHUCU },
  { "khonghuchu", KR_RELIGION_KHONGHUCU },
  { "konghuchu", KR_RELIGION_KHONGHUCU },
  { "kepercayaan", KR_RELIGION_KEPERCAYAAN },
  { "kepercayaanterhadaptuhanyangmahaesa", KR_RELIGION_KEPERCAYAAN },
  { "penghayatkepercayaan", KR_RELIGION_KEPERCAYAAN },
};

static const Spelling marital_spellings[] = {
  { "belumkawin", KR_MARITAL_STATUS_BELUM_KAWIN },
  { "belummenikah", KR_MARITAL_STATUS_BELUM_KAWIN },
  { "tidakkawin", KR_MARITAL_STATUS_BELUM_KAWIN },
  { "lajang", KR_MARITAL_STATUS_BELUM_KAWIN },
  { "kawin", KR_MARITAL_STATUS_KAWIN },
  { "menikah", KR_MARITAL_STATUS_KAWIN },
  { "nikah", KR_MARITAL_STATUS_KAWIN },
  { "ceraihidup", KR_MARITAL_STATUS_CERAI_HIDUP },
  { "cerai", KR_MARITAL_STATUS_CERAI_HIDUP },
  { "ceraimati", KR_MARITAL_STATUS_CERAI_MATI },
};

static const Spelling status_spellings[] = {
  { "aktif", KR_EMPLOYEE_STATUS_AKTIF },
  { "tugasbelajar", KR_EMPLOYEE_STATUS_TUGAS_BELAJAR },
  { "cltn", KR_EMPLOYEE_STATUS_CLTN },
  { "cutidiluartanggungannegara", KR_EMPLOYEE_STATUS_CLTN },
  { "diberhentikansementara", KR_EMPLOYEE_STATUS_DIBERHENTIKAN_SEMENTARA },
  { "pemberhentiansementara", KR_EMPLOYEE_STATUS_DIBERHENTIKAN_SEMENTARA },
  { "penerimauangtunggu", KR_EMPLOYEE_STATUS_PENERIMA_UANG_TUNGGU },
  { "masapersiapanpensiun", KR_EMPLOYEE_STATUS_MASA_PERSIAPAN_PENSIUN },
  { "mpp", KR_EMPLOYEE_STATUS_MASA_PERSIAPAN_PENSIUN },
  { "pensiun", KR_EMPLOYEE_STATUS_PENSIUN },
  { "meninggal", KR_EMPLOYEE_STATUS_MENINGGAL },
  { "meninggaldunia", KR_EMPLOYEE_STATUS_MENINGGAL },
  { "wafat", KR_EMPLOYEE_STATUS_MENINGGAL },
  { "diberhentikan", KR_EMPLOYEE_STATUS_DIBERHENTIKAN },
  { "berhenti", KR_EMPLOYEE_STATUS_BERHENTI },
};

static gboolean
parse_spelling (const Spelling *spellings, guint n, const char *text, int *value)
{
  g_autofree char *key = _kr_siasn_squash (text);

  for (guint i = 0; i < n; i++)
    {
      if (strcmp (key, spellings[i].spelling) == 0)
        {
          *value = spellings[i].value;
          return TRUE;
        }
    }
  return FALSE;
}

/* Sets the optional coded fields; an unknown spelling is a warning and leaves the field. */
static void
set_coded_fields (Pass *pass, Row *row)
{
  const char *text;
  int value;

  if ((text = _kr_siasn_field (pass, row, COL_RELIGION)) != NULL)
    {
      if (parse_spelling (religion_spellings, G_N_ELEMENTS (religion_spellings), text, &value))
        kr_employee_set_religion (row->employee, value);
      else
        _kr_siasn_warn_printf (
            pass, row, COL_RELIGION, text,
            _ ("This religion is not one Karier knows; the field was left as it was"));
    }
  if ((text = _kr_siasn_field (pass, row, COL_MARITAL_STATUS)) != NULL)
    {
      if (parse_spelling (marital_spellings, G_N_ELEMENTS (marital_spellings), text, &value))
        kr_employee_set_marital_status (row->employee, value);
      else
        _kr_siasn_warn_printf (
            pass, row, COL_MARITAL_STATUS, text,
            _ ("This marital status is not one Karier knows; the field was left as it "
               "was"));
    }
  if ((text = _kr_siasn_field (pass, row, COL_STATUS)) != NULL)
    {
      if (parse_spelling (status_spellings, G_N_ELEMENTS (status_spellings), text, &value))
        kr_employee_set_status (row->employee, value);
      else
        _kr_siasn_warn_printf (
            pass, row, COL_STATUS, text,
            _ ("This kedudukan hukum is not one Karier knows; the field was left as it "
               "was"));
    }
}

/* Reads an optional date column into @out; %FALSE (rejected) when it is not a date. */
static gboolean
parse_date_column (Pass *pass, Row *row, Col col, GDate *out)
{
  g_autoptr (GError) error = NULL;
  const char *text = _kr_siasn_field (pass, row, col);

  g_date_clear (out, 1);
  if (text == NULL || kr_date_parse (text, out, &error))
    return TRUE;
  return _kr_siasn_reject (pass, row, col, text, error->message);
}

/* Reads a NIK: text that a spreadsheet may have marked or mangled. */
static gboolean
set_nik (Pass *pass, Row *row)
{
  const char *text = _kr_siasn_field (pass, row, COL_NIK);
  const char *nik;

  if (text == NULL)
    return TRUE;
  nik = skip_apostrophe (text);
  if (is_scientific (nik))
    return _kr_siasn_reject (
        pass, row, COL_NIK, text,
        _ ("This NIK is a number in scientific notation: the spreadsheet took it for "
           "a number and lost its last digits; format the column as text and export "
           "the file again"));
  kr_employee_set_nik (row->employee, nik);
  return TRUE;
}

static void
set_text_field (Pass *pass, Row *row, Col col, void (*setter) (KrEmployee *, const char *))
{
  const char *text = _kr_siasn_field (pass, row, col);

  if (text != NULL)
    setter (row->employee, text);
}

/* Sets what the file says on the employee: all of it for a new one; the filled cells for a
 * stored one. */
static gboolean
set_own_fields (Pass *pass, Row *row, const GDate *birth_date, KrGender gender)
{
  GDate tmt_cpns, tmt_pns;

  kr_employee_set_nip (row->employee, row->nip.digits);
  kr_employee_set_name (row->employee, _kr_siasn_field (pass, row, COL_NAME));
  kr_employee_set_birth_date (row->employee, birth_date);
  kr_employee_set_gender (row->employee, gender);
  kr_employee_set_kind (row->employee, row->kind);
  set_text_field (pass, row, COL_TITLE_FRONT, kr_employee_set_title_front);
  set_text_field (pass, row, COL_TITLE_BACK, kr_employee_set_title_back);
  set_text_field (pass, row, COL_BIRTH_PLACE, kr_employee_set_birth_place);
  set_text_field (pass, row, COL_PHONE, kr_employee_set_phone);
  set_text_field (pass, row, COL_EMAIL, kr_employee_set_email);
  set_text_field (pass, row, COL_ADDRESS, kr_employee_set_address);
  set_coded_fields (pass, row);
  if (!set_nik (pass, row) || !parse_date_column (pass, row, COL_TMT_CPNS, &tmt_cpns) ||
      !parse_date_column (pass, row, COL_TMT_PNS, &tmt_pns))
    return FALSE;
  if (g_date_valid (&tmt_cpns))
    kr_employee_set_tmt_cpns (row->employee, &tmt_cpns);
  if (g_date_valid (&tmt_pns))
    kr_employee_set_tmt_pns (row->employee, &tmt_pns);
  return TRUE;
}

static gboolean
same_own_fields (KrEmployee *a, KrEmployee *b)
{
  return g_strcmp0 (kr_employee_get_nip (a), kr_employee_get_nip (b)) == 0 &&
         g_strcmp0 (kr_employee_get_name (a), kr_employee_get_name (b)) == 0 &&
         g_strcmp0 (kr_employee_get_title_front (a), kr_employee_get_title_front (b)) == 0 &&
         g_strcmp0 (kr_employee_get_title_back (a), kr_employee_get_title_back (b)) == 0 &&
         g_strcmp0 (kr_employee_get_birth_place (a), kr_employee_get_birth_place (b)) == 0 &&
         same_date (kr_employee_get_birth_date (a), kr_employee_get_birth_date (b)) &&
         kr_employee_get_gender (a) == kr_employee_get_gender (b) &&
         kr_employee_get_religion (a) == kr_employee_get_religion (b) &&
         kr_employee_get_marital_status (a) == kr_employee_get_marital_status (b) &&
         g_strcmp0 (kr_employee_get_nik (a), kr_employee_get_nik (b)) == 0 &&
         g_strcmp0 (kr_employee_get_phone (a), kr_employee_get_phone (b)) == 0 &&
         g_strcmp0 (kr_employee_get_email (a), kr_employee_get_email (b)) == 0 &&
         g_strcmp0 (kr_employee_get_address (a), kr_employee_get_address (b)) == 0 &&
         kr_employee_get_kind (a) == kr_employee_get_kind (b) &&
         kr_employee_get_status (a) == kr_employee_get_status (b) &&
         same_date (kr_employee_get_tmt_cpns (a), kr_employee_get_tmt_cpns (b)) &&
         same_date (kr_employee_get_tmt_pns (a), kr_employee_get_tmt_pns (b));
}

/* The column of a property that kr_employee_validate() names. */
static Col
column_of_property (const char *property)
{
  static const struct
  {
    const char *property;
    Col col;
  } map[] = {
    { "nip", COL_NIP },
    { "name", COL_NAME },
    { "title-front", COL_TITLE_FRONT },
    { "title-back", COL_TITLE_BACK },
    { "birth-place", COL_BIRTH_PLACE },
    { "birth-date", COL_BIRTH_DATE },
    { "gender", COL_GENDER },
    { "nik", COL_NIK },
    { "phone", COL_PHONE },
    { "email", COL_EMAIL },
    { "address", COL_ADDRESS },
    { "tmt-cpns", COL_TMT_CPNS },
    { "tmt-pns", COL_TMT_PNS },
  };

  for (guint i = 0; property != NULL && i < G_N_ELEMENTS (map); i++)
    {
      if (strcmp (map[i].property, property) == 0)
        return map[i].col;
    }
  return COL_NONE;
}

/* The required cells, the kind and the NIP, which every other check builds on. */
static gboolean
check_identity (Pass *pass, Row *row)
{
  g_autoptr (GError) error = NULL;
  const char *kind_text, *nip_text, *nip;
  guint earlier;

  for (Col col = 0; col < N_REQUIRED_COLS; col++)
    {
      if (_kr_siasn_field (pass, row, col) == NULL)
        return _kr_siasn_reject (pass, row, col, NULL,
                                 _ ("This column is required, but the cell is empty"));
    }
  kind_text = _kr_siasn_field (pass, row, COL_KIND);
  if (!parse_kind (kind_text, &row->kind))
    return _kr_siasn_reject (pass, row, COL_KIND, kind_text,
                             _ ("The jenis pegawai is not known; write PNS, CPNS or PPPK"));

  nip_text = _kr_siasn_field (pass, row, COL_NIP);
  nip = skip_apostrophe (nip_text);
  if (is_scientific (nip))
    return _kr_siasn_reject (
        pass, row, COL_NIP, nip_text,
        _ ("This NIP is a number in scientific notation: the spreadsheet took it for "
           "a number and lost its last digits; format the column as text and export "
           "the file again"));
  if (!kr_nip_parse (nip, row->kind == KR_EMPLOYEE_KIND_PPPK ? KR_NIP_KIND_PPPK : KR_NIP_KIND_PNS,
                     &pass->today, &row->nip, &error))
    return _kr_siasn_reject (pass, row, COL_NIP, nip_text, error->message);

  earlier =
      _kr_siasn_nip_set_add (&pass->nips, g_ascii_strtoull (row->nip.digits, NULL, 10), row->line);
  if (earlier != 0)
    return _kr_siasn_reject_printf (
        pass, row, COL_NIP, nip_text,
        _ ("The same NIP is already on line %u; each employee may appear only "
           "once in the file"),
        earlier);
  return TRUE;
}

/* Whether the rank history of a stored employee fits the new kind, as
 * kr_employee_repository_update() requires. */
static gboolean
check_kind_change (Pass *pass, Row *row, GError **error)
{
  g_autoptr (GPtrArray) ranks = NULL;
  gboolean to_pppk = row->kind == KR_EMPLOYEE_KIND_PPPK;

  if (row->existing == NULL ||
      (kr_employee_get_kind (row->existing) == KR_EMPLOYEE_KIND_PPPK) == to_pppk)
    return TRUE;
  ranks = kr_employee_repository_list_ranks (pass->importer->employees,
                                             kr_employee_get_id (row->existing), error);
  if (ranks == NULL)
    return FALSE;
  for (guint i = 0; i < ranks->len; i++)
    {
      const KrRankEntry *rank = g_ptr_array_index (ranks, i);
      gboolean pppk_rank = rank->golongan > PPPK_GOLONGAN_BASE;

      if (to_pppk ? !pppk_rank || rank->promotion_kind != KR_PROMOTION_KIND_PENGANGKATAN
                  : pppk_rank)
        return _kr_siasn_reject_printf (
            pass, row, COL_KIND, _kr_siasn_field (pass, row, COL_KIND),
            /* Translators: the first %s is “PNS”, “CPNS” or “PPPK”, the second one of them */
            _ ("The employee is a %s with golongan that a %s cannot hold in the rank history; "
               "change the employee kind in Karier first"),
            kr_employee_kind_get_label (kr_employee_get_kind (row->existing)),
            kr_employee_kind_get_label (row->kind));
    }
  return TRUE;
}

/* Builds the employee to save, from the stored one when there is one, and validates it as
 * the form would. */
static gboolean
check_employee (Pass *pass, Row *row, GError **error)
{
  g_autoptr (GError) local = NULL;
  g_autoptr (GPtrArray) warnings = NULL;
  const char *text, *property = NULL;
  KrGender gender;
  GDate birth_date;
  Col col;

  text = _kr_siasn_field (pass, row, COL_BIRTH_DATE);
  if (!kr_date_parse (text, &birth_date, &local))
    return _kr_siasn_reject (pass, row, COL_BIRTH_DATE, text, local->message);
  text = _kr_siasn_field (pass, row, COL_GENDER);
  gender = parse_gender (text);
  if (gender == KR_GENDER_UNKNOWN)
    return _kr_siasn_reject (
        pass, row, COL_GENDER, text,
        _ ("The gender is not known; write L or P, M or F, Laki-laki or Perempuan"));

  row->existing =
      kr_employee_repository_get_by_nip (pass->importer->employees, row->nip.digits, &local);
  if (row->existing == NULL && !g_error_matches (local, KR_ERROR, KR_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  g_clear_error (&local);
  row->employee = row->existing != NULL ? kr_employee_copy (row->existing) : kr_employee_new ();
  if (!set_own_fields (pass, row, &birth_date, gender))
    return FALSE;

  if (!kr_employee_validate (row->employee, &pass->today, &property, &warnings, &local))
    {
      col = column_of_property (property);
      return _kr_siasn_reject (pass, row, col,
                               col != COL_NONE ? _kr_siasn_field (pass, row, col) : NULL,
                               local->message);
    }
  for (guint i = 0; i < warnings->len; i++)
    _kr_siasn_warn_printf (pass, row, COL_NIP, _kr_siasn_field (pass, row, COL_NIP), "%s",
                           (const char *) g_ptr_array_index (warnings, i));
  if (!check_kind_change (pass, row, error))
    return FALSE;
  row->own_changed = row->existing == NULL || !same_own_fields (row->existing, row->employee);
  return TRUE;
}

/* Rows: histories */

/* Checks a TMT as the repository checks one: after the birth date, not before the first
 * appointment. */
gboolean
_kr_siasn_check_tmt (Pass *pass, Row *row, Col col, const GDate *tmt)
{
  const GDate *birth_date = kr_employee_get_birth_date (row->employee);
  const GDate *first = kr_employee_get_tmt_cpns (row->employee);
  char text[KR_DATE_ISO_LENGTH + 1], other[KR_DATE_ISO_LENGTH + 1];

  kr_date_format_iso_buf (tmt, text);
  if (birth_date != NULL && g_date_compare (tmt, birth_date) <= 0)
    {
      kr_date_format_iso_buf (birth_date, other);
      return _kr_siasn_reject_printf (pass, row, col, _kr_siasn_field (pass, row, col),
                                      _ ("The TMT %s must be after the birth date %s"), text,
                                      other);
    }
  if (first != NULL && g_date_compare (tmt, first) < 0)
    {
      kr_date_format_iso_buf (first, other);
      return _kr_siasn_reject_printf (
          pass, row, col, _kr_siasn_field (pass, row, col),
          row->kind == KR_EMPLOYEE_KIND_PPPK
              ? _ ("The TMT %s is before the employee’s first contract, %s")
              : _ ("The TMT %s is before the employee’s TMT CPNS, %s"),
          text, other);
    }
  return TRUE;
}

/* Reads the required TMT of a history row to add. */
gboolean
_kr_siasn_parse_tmt (Pass *pass, Row *row, Col col, const char *what, GDate *tmt)
{
  if (_kr_siasn_field (pass, row, col) == NULL)
    return _kr_siasn_reject_printf (pass, row, col, NULL,
                                    /* Translators: %s is “golongan III/b” or “jabatan Analis…” */
                                    _ ("The TMT is required to record the new %s"), what);
  return parse_date_column (pass, row, col, tmt);
}

/* Whether @tmt is older than the stored current TMT, in which case the file is older than
 * the database for this history: warned about, and the history is left alone. */
gboolean
_kr_siasn_is_older (const GDate *tmt, const GDate *current)
{
  return current != NULL && g_date_valid (current) && g_date_compare (tmt, current) < 0;
}

/* Reads the golongan as gol_akhir_nama or gol_akhir_id; 0 when the row has none. */
static gboolean
parse_golongan (Pass *pass, Row *row, guint *golongan)
{
  g_autoptr (GError) error = NULL;
  gboolean pppk = row->kind == KR_EMPLOYEE_KIND_PPPK;
  const char *name = _kr_siasn_field (pass, row, COL_GOLONGAN);
  const char *code = _kr_siasn_field (pass, row, COL_GOLONGAN_CODE);
  guint value;
  KrRank rank;

  *golongan = 0;
  if (name != NULL)
    {
      if (pppk && kr_pppk_golongan_parse (name, &value, NULL))
        *golongan = PPPK_GOLONGAN_BASE + value;
      else if (!pppk && kr_rank_parse (name, &rank, NULL))
        *golongan = kr_rank_get_code (rank);
      else if (pppk && kr_rank_parse (name, &rank, NULL))
        return _kr_siasn_reject_printf (pass, row, COL_GOLONGAN, name,
                                        _ ("A PPPK holds a PPPK golongan (I to XVII), not the PNS "
                                           "golongan %s"),
                                        kr_rank_get_golongan (rank));
      else if (!pppk && kr_pppk_golongan_parse (name, &value, NULL))
        return _kr_siasn_reject_printf (
            pass, row, COL_GOLONGAN, name,
            /* Translators: the first %s is “PNS” or “CPNS” */
            _ ("A %s holds a golongan ruang (I/a to IV/e), not the PPPK "
               "golongan %s"),
            kr_employee_kind_get_label (row->kind), kr_pppk_golongan_to_roman (value));
      else if (pppk ? !kr_pppk_golongan_parse (name, &value, &error)
                    : !kr_rank_parse (name, &rank, &error))
        return _kr_siasn_reject (pass, row, COL_GOLONGAN, name, error->message);
      return TRUE;
    }
  if (code == NULL)
    return TRUE;
  if (!parse_number (code, &value) || !kr_rank_from_code (value, &rank))
    return _kr_siasn_reject (
        pass, row, COL_GOLONGAN_CODE, code,
        _ ("This golongan code is not one Karier knows (11 for I/a to 45 for IV/e); "
           "fill gol_akhir_nama instead"));
  if (pppk)
    return _kr_siasn_reject_printf (
        pass, row, COL_GOLONGAN_CODE, code,
        _ ("A PPPK holds a PPPK golongan (I to XVII), not the PNS golongan %s"),
        kr_rank_get_golongan (rank));
  *golongan = value;
  return TRUE;
}

static gboolean
check_rank (Pass *pass, Row *row)
{
  const GDate *tmt_cpns = kr_employee_get_tmt_cpns (row->employee);
  g_autofree char *what = NULL;
  char current[KR_DATE_ISO_LENGTH + 1], text[KR_DATE_ISO_LENGTH + 1];
  guint golongan;
  GDate tmt;

  if (!parse_golongan (pass, row, &golongan))
    return FALSE;
  row->file_golongan = golongan;
  if (golongan == 0 ||
      (row->existing != NULL && kr_employee_get_golongan (row->existing) == golongan))
    return TRUE;

  what = g_strdup_printf ("golongan %s", kr_golongan_get_label (golongan));
  if (!_kr_siasn_parse_tmt (pass, row, COL_TMT_GOLONGAN, what, &tmt))
    return FALSE;
  if (row->existing != NULL && _kr_siasn_is_older (&tmt, kr_employee_get_rank_tmt (row->existing)))
    {
      kr_date_format_iso_buf (&tmt, text);
      kr_date_format_iso_buf (kr_employee_get_rank_tmt (row->existing), current);
      _kr_siasn_warn_printf (
          pass, row, COL_TMT_GOLONGAN, _kr_siasn_field (pass, row, COL_TMT_GOLONGAN),
          /* Translators: golongan and TMT from the file, then the stored ones */
          _ ("Golongan %s from %s is older than the current golongan %s from %s; the "
             "rank history was left as it is"),
          kr_golongan_get_label (golongan), text, kr_employee_get_golongan_label (row->existing),
          current);
      return TRUE;
    }
  if (!_kr_siasn_check_tmt (pass, row, COL_TMT_GOLONGAN, &tmt))
    return FALSE;

  row->add_rank = TRUE;
  row->golongan = golongan;
  row->rank_tmt = tmt;
  /* A PPPK golongan comes with each contract. A first golongan from the TMT CPNS is the
   * appointment's; any other is taken as a regular promotion, the usual kind, which the user
   * may correct in the rank history. */
  if (row->kind == KR_EMPLOYEE_KIND_PPPK ||
      (row->existing == NULL && tmt_cpns != NULL && g_date_compare (&tmt, tmt_cpns) == 0))
    row->promotion_kind = KR_PROMOTION_KIND_PENGANGKATAN;
  else
    row->promotion_kind = KR_PROMOTION_KIND_REGULER;
  return TRUE;
}

/* Reads an education level as kr_education_parse() does, or else from one of the parts of a
 * combined spelling ("S-1/Sarjana", "Diploma III/Sarjana Muda"). */
static gboolean
parse_level (const char *text, KrEducation *education)
{
  g_auto (GStrv) parts = NULL;

  if (kr_education_parse (text, education, NULL))
    return TRUE;
  parts = g_strsplit (text, "/", -1);
  for (guint i = 0; parts[1] != NULL && parts[i] != NULL; i++)
    {
      if (kr_education_parse (parts[i], education, NULL))
        return TRUE;
    }
  return FALSE;
}

/* Reads the education level from tingkat_pendidikan, or else from pendidikan, which SIASN
 * writes as the level and the major ("S-1 Ilmu Komputer"); the major is kept from
 * pendidikan. */
static gboolean
parse_education (Pass *pass, Row *row, gboolean *found)
{
  g_autoptr (GError) error = NULL;
  const char *level = _kr_siasn_field (pass, row, COL_EDUCATION);
  const char *major = _kr_siasn_field (pass, row, COL_MAJOR);
  g_autofree char *first_word = NULL;
  const char *space;

  *found = FALSE;
  if (level != NULL)
    {
      if (!parse_level (level, &row->education))
        {
          kr_education_parse (level, &row->education, &error);
          return _kr_siasn_reject (pass, row, COL_EDUCATION, level, error->message);
        }
      row->major = major;
    }
  else if (major != NULL)
    {
      space = strpbrk (major, " \t");
      first_word = space != NULL ? g_strndup (major, space - major) : NULL;
      if (parse_level (major, &row->education))
        row->major = NULL;
      else if (first_word != NULL && parse_level (first_word, &row->education))
        row->major = space + strspn (space, " \t");
      else
        {
          kr_education_parse (major, &row->education, &error);
          return _kr_siasn_reject (pass, row, COL_MAJOR, major, error->message);
        }
    }
  else
    return TRUE;
  row->school = _kr_siasn_field (pass, row, COL_SCHOOL);
  if (!kr_text_check_length (row->school, KR_TEXT_MAX_LINE, _ ("School or University"), &error))
    return _kr_siasn_reject (pass, row, COL_SCHOOL, row->school, error->message);
  if (!kr_text_check_length (row->major, KR_TEXT_MAX_LINE, _ ("Field of Study"), &error))
    return _kr_siasn_reject (pass, row, COL_MAJOR, major, error->message);
  row->has_education = TRUE;
  *found = TRUE;
  return TRUE;
}

/* Whether the stored employee already has an education row of this level and year. */
gboolean
_kr_siasn_has_education (Pass *pass, Row *row, guint year, gboolean *found, GError **error)
{
  g_autoptr (GPtrArray) rows = NULL;

  *found = FALSE;
  if (row->existing == NULL)
    return TRUE;
  rows = kr_employee_repository_list_educations (pass->importer->employees,
                                                 kr_employee_get_id (row->existing), error);
  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len && !*found; i++)
    {
      const KrEducationEntry *entry = g_ptr_array_index (rows, i);

      *found = entry->level == row->education && entry->graduation_year == year;
    }
  return TRUE;
}

static gboolean
check_education (Pass *pass, Row *row, GError **error)
{
  const char *year_text;
  KrEducation current;
  gboolean found;
  guint year, birth_year;

  if (!parse_education (pass, row, &found))
    return FALSE;
  if (!found || (row->existing != NULL && kr_employee_get_education (row->existing, &current) &&
                 current == row->education))
    return TRUE;

  year_text = _kr_siasn_field (pass, row, COL_GRADUATION_YEAR);
  if (year_text == NULL)
    return _kr_siasn_reject_printf (
        pass, row, COL_GRADUATION_YEAR, NULL,
        _ ("The graduation year is required to record the education %s"),
        kr_education_get_label (row->education));
  if (!parse_number (year_text, &year))
    return _kr_siasn_reject (pass, row, COL_GRADUATION_YEAR, year_text,
                             _ ("The graduation year must be a year such as 2010"));
  if (!_kr_siasn_has_education (pass, row, year, &found, error))
    return FALSE;
  if (found)
    return TRUE;

  birth_year = g_date_get_year (kr_employee_get_birth_date (row->employee));
  if (year <= birth_year)
    return _kr_siasn_reject_printf (pass, row, COL_GRADUATION_YEAR, year_text,
                                    _ ("The graduation year %u must be after the birth year %u"),
                                    year, birth_year);
  if (year > g_date_get_year (&pass->today))
    return _kr_siasn_reject_printf (pass, row, COL_GRADUATION_YEAR, year_text,
                                    _ ("The graduation year %u is in the future"), year);
  row->add_education = TRUE;
  row->graduation_year = year;
  return TRUE;
}

/* Checks a data row; %FALSE when it is rejected (row->rejected) or reading the database
 * failed (@error set). */
gboolean
_kr_siasn_check_row (Pass *pass, Row *row, GError **error)
{
  return check_identity (pass, row) && check_employee (pass, row, error) &&
         check_education (pass, row, error) && check_rank (pass, row) &&
         _kr_siasn_check_position (pass, row, error);
}
