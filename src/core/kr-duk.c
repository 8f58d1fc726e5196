/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-duk"

#include "config.h"

#include "kr-duk.h"

#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-repository-private.h"

/* B: the structural level of each position kind in the DUK order (DOMAIN 3.2: JPT ↔ eselon I
 * and II, administrator ↔ eselon III, pengawas ↔ eselon IV; pelaksana and functional
 * positions have no eselon and share the last level). */
static const guint structural_levels[KR_N_POSITION_KINDS] = {
  [KR_POSITION_KIND_JPT_UTAMA] = 1,
  [KR_POSITION_KIND_JPT_MADYA] = 2,
  [KR_POSITION_KIND_JPT_PRATAMA] = 3,
  [KR_POSITION_KIND_ADMINISTRATOR] = 4,
  [KR_POSITION_KIND_PENGAWAS] = 5,
  [KR_POSITION_KIND_PELAKSANA] = 6,
  [KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN] = 6,
  [KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN] = 6,
};

/* B: who is still a civil servant and so still in the DUK. */
static const gboolean listed_statuses[KR_N_EMPLOYEE_STATUSES] = {
  [KR_EMPLOYEE_STATUS_AKTIF] = TRUE,
  [KR_EMPLOYEE_STATUS_TUGAS_BELAJAR] = TRUE,
  [KR_EMPLOYEE_STATUS_CLTN] = TRUE,
  [KR_EMPLOYEE_STATUS_DIBERHENTIKAN_SEMENTARA] = TRUE,
  [KR_EMPLOYEE_STATUS_PENERIMA_UANG_TUNGGU] = TRUE,
  [KR_EMPLOYEE_STATUS_MASA_PERSIAPAN_PENSIUN] = TRUE,
  [KR_EMPLOYEE_STATUS_PENSIUN] = FALSE,
  [KR_EMPLOYEE_STATUS_MENINGGAL] = FALSE,
  [KR_EMPLOYEE_STATUS_DIBERHENTIKAN] = FALSE,
  [KR_EMPLOYEE_STATUS_BERHENTI] = FALSE,
};

/* The tables above reach the query as bound VALUES lists, one pair per enum value, so that
 * the SQL holds no copy of them; these asserts tie the placeholder counts to the enums. */
G_STATIC_ASSERT (KR_N_EMPLOYEE_STATUSES == 10);
G_STATIC_ASSERT (KR_N_POSITION_KINDS == 8);
G_STATIC_ASSERT (KR_N_EDUCATIONS == 10);

static const char sql_unit_exists[] = "SELECT count(*) FROM unit WHERE id = ?";

/* ?1 is the unit (NULL for all); the anonymous parameters follow in order: the status,
 * level and education tables, then the two employee kinds. */
static const char sql_duk[] =
    "WITH RECURSIVE subtree (id, branch) AS ("
    "  SELECT id, NULL FROM unit WHERE id = ?1 OR (?1 IS NULL AND parent_id IS NULL)"
    "  UNION ALL SELECT u.id, coalesce (s.branch, u.id) FROM unit u"
    "  JOIN subtree s ON u.parent_id = s.id), "
    "duk_status (code, listed) AS ("
    "  VALUES (?, ?), (?, ?), (?, ?), (?, ?), (?, ?), (?, ?), (?, ?), (?, ?), (?, ?), (?, ?)), "
    "duk_level (kind, level) AS ("
    "  VALUES (?, ?), (?, ?), (?, ?), (?, ?), (?, ?), (?, ?), (?, ?), (?, ?)), "
    "duk_education (level, rank) AS ("
    "  VALUES (?, ?), (?, ?), (?, ?), (?, ?), (?, ?), (?, ?), (?, ?), (?, ?), (?, ?), (?, ?)) "
    "SELECT e.id, e.nip, e.name, e.title_front, e.title_back, e.birth_place, e.birth_date, "
    "  e.kind, e.status, e.golongan, e.rank_tmt, p.name, p.kind, e.position_tmt, e.unit_id, "
    "u.name, "
    "  b.name, e.tmt_cpns, ed.level, ed.institution, ed.major, ed.graduation_year "
    "FROM employee e "
    "JOIN duk_status st ON st.code = e.status AND st.listed = 1 "
    "LEFT JOIN subtree t ON t.id = e.unit_id "
    "LEFT JOIN unit b ON b.id = t.branch "
    "LEFT JOIN position p ON p.id = e.position_id "
    "LEFT JOIN duk_level dl ON dl.kind = p.kind "
    "LEFT JOIN unit u ON u.id = e.unit_id "
    "LEFT JOIN education_history ed ON ed.id = ("
    "  SELECT h.id FROM education_history h WHERE h.employee_id = e.id"
    "  ORDER BY h.graduation_year DESC, h.id DESC LIMIT 1) "
    "LEFT JOIN duk_education de ON de.level = ed.level "
    "WHERE e.kind IN (?, ?) AND (t.id IS NOT NULL OR (?1 IS NULL AND e.unit_id IS NULL)) "
    "ORDER BY e.golongan DESC NULLS LAST, e.rank_tmt ASC NULLS LAST, dl.level ASC NULLS LAST, "
    "  e.position_tmt ASC NULLS LAST, e.tmt_cpns ASC NULLS LAST, de.rank DESC NULLS LAST, "
    "  ed.graduation_year ASC NULLS LAST, e.birth_date ASC, e.nip ASC";

enum
{
  COL_ID,
  COL_NIP,
  COL_NAME,
  COL_TITLE_FRONT,
  COL_TITLE_BACK,
  COL_BIRTH_PLACE,
  COL_BIRTH_DATE,
  COL_KIND,
  COL_STATUS,
  COL_GOLONGAN,
  COL_RANK_TMT,
  COL_POSITION_NAME,
  COL_POSITION_KIND,
  COL_POSITION_TMT,
  COL_UNIT_ID,
  COL_UNIT_NAME,
  COL_BRANCH_NAME,
  COL_TMT_CPNS,
  COL_EDUCATION,
  COL_INSTITUTION,
  COL_MAJOR,
  COL_GRADUATION_YEAR,
};

guint
kr_duk_get_structural_level (KrPositionKind kind)
{
  g_return_val_if_fail (kind < KR_N_POSITION_KINDS, G_MAXUINT);

  return structural_levels[kind];
}

gboolean
kr_duk_status_is_listed (KrEmployeeStatus status)
{
  g_return_val_if_fail (status < KR_N_EMPLOYEE_STATUSES, FALSE);

  return listed_statuses[status];
}

static void
bind_tables (sqlite3_stmt *stmt)
{
  int index = 2;

  for (guint i = 0; i < KR_N_EMPLOYEE_STATUSES; i++)
    {
      _kr_bind_text (stmt, index++, _kr_enum_get_code (KR_TYPE_EMPLOYEE_STATUS, (int) i));
      sqlite3_bind_int (stmt, index++, listed_statuses[i]);
    }
  for (guint i = 0; i < KR_N_POSITION_KINDS; i++)
    {
      _kr_bind_text (stmt, index++, _kr_position_kind_get_code ((KrPositionKind) i));
      sqlite3_bind_int (stmt, index++, (int) structural_levels[i]);
    }
  /* KrEducation runs from the lowest level to the highest. */
  for (guint i = 0; i < KR_N_EDUCATIONS; i++)
    {
      _kr_bind_text (stmt, index++, _kr_education_get_code ((KrEducation) i));
      sqlite3_bind_int (stmt, index++, (int) i);
    }
  _kr_bind_text (stmt, index++, _kr_enum_get_code (KR_TYPE_EMPLOYEE_KIND, KR_EMPLOYEE_KIND_PNS));
  _kr_bind_text (stmt, index++, _kr_enum_get_code (KR_TYPE_EMPLOYEE_KIND, KR_EMPLOYEE_KIND_CPNS));
  g_assert (index == sqlite3_bind_parameter_count (stmt) + 1);
}

static const char *
column_text (sqlite3_stmt *stmt, int column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

static char *
dup_full_name (sqlite3_stmt *stmt)
{
  const char *front = column_text (stmt, COL_TITLE_FRONT);
  const char *back = column_text (stmt, COL_TITLE_BACK);

  /* As kr_employee_dup_full_name() and the employee_search view compose it. */
  return g_strconcat (front != NULL ? front : "", front != NULL ? " " : "",
                      column_text (stmt, COL_NAME), back != NULL ? ", " : "",
                      back != NULL ? back : "", NULL);
}

/* Fills the parts of @row that need no strings of their own. */
static void
read_row (sqlite3_stmt *stmt, const GDate *date, KrDukRow *row)
{
  KrRank rank;
  KrPositionKind position_kind = KR_POSITION_KIND_PELAKSANA;
  KrEducation education = KR_EDUCATION_SD;
  int age;

  row->employee_id = sqlite3_column_int64 (stmt, COL_ID);
  row->nip = column_text (stmt, COL_NIP);
  row->birth_place = column_text (stmt, COL_BIRTH_PLACE);
  _kr_column_date (stmt, COL_BIRTH_DATE, &row->birth_date);
  row->kind = _kr_enum_from_code (KR_TYPE_EMPLOYEE_KIND, column_text (stmt, COL_KIND),
                                  KR_EMPLOYEE_KIND_PNS);
  row->status = _kr_enum_from_code (KR_TYPE_EMPLOYEE_STATUS, column_text (stmt, COL_STATUS),
                                    KR_EMPLOYEE_STATUS_AKTIF);
  row->has_rank = sqlite3_column_type (stmt, COL_GOLONGAN) != SQLITE_NULL &&
                  kr_rank_from_code ((guint) sqlite3_column_int (stmt, COL_GOLONGAN), &rank);
  row->rank = row->has_rank ? rank : KR_RANK_I_A;
  _kr_column_date (stmt, COL_RANK_TMT, &row->rank_tmt);
  row->position_name = column_text (stmt, COL_POSITION_NAME);
  _kr_position_kind_from_code (column_text (stmt, COL_POSITION_KIND), &position_kind);
  row->position_kind = position_kind;
  _kr_column_date (stmt, COL_POSITION_TMT, &row->position_tmt);
  row->unit_id = sqlite3_column_int64 (stmt, COL_UNIT_ID);
  row->unit_name = column_text (stmt, COL_UNIT_NAME);
  row->branch_name = column_text (stmt, COL_BRANCH_NAME);
  _kr_column_date (stmt, COL_TMT_CPNS, &row->tmt_cpns);
  row->service_years = row->service_months = 0;
  if (g_date_valid (&row->tmt_cpns))
    kr_date_span (&row->tmt_cpns, date, &row->service_years, &row->service_months);
  row->has_education = _kr_education_from_code (column_text (stmt, COL_EDUCATION), &education);
  row->education = education;
  row->institution = column_text (stmt, COL_INSTITUTION);
  row->major = column_text (stmt, COL_MAJOR);
  row->graduation_year = (guint) sqlite3_column_int (stmt, COL_GRADUATION_YEAR);
  age = g_date_valid (&row->birth_date) ? kr_date_age (&row->birth_date, date) : -1;
  row->age = age > 0 ? (guint) age : 0;
}

static gboolean
check_unit (KrStatements *statements, gint64 unit_id, GError **error)
{
  gint64 count = 0;

  if (!_kr_statements_count (statements, sql_unit_exists, unit_id, &count, error))
    return FALSE;
  if (count == 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
                   _ ("The unit %lld does not exist; it may have been deleted"),
                   (long long) unit_id);
      return FALSE;
    }
  return TRUE;
}

gboolean
kr_duk_foreach (KrDatabase *database,
                gint64 unit_id,
                const GDate *date,
                KrDukFunc func,
                gpointer user_data,
                GError **error)
{
  g_autoptr (GError) local_error = NULL;
  KrStatements *statements;
  sqlite3_stmt *stmt;
  GDate today;
  guint number = 0;
  int rc = 0;

  g_return_val_if_fail (KR_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  kr_date_today (date, &today);
  /* A unit head lists the subtree they lead, or a unit inside it (kr-identity.h). */
  if (!_kr_database_check (database, KR_PERMISSION_READ_EMPLOYEES, error))
    return FALSE;
  if (unit_id == 0)
    unit_id = _kr_database_get_scope_unit (database);
  else if (!_kr_database_check_in_scope (database, unit_id, error))
    return FALSE;
  statements = _kr_statements_new (database);
  if (unit_id != 0 && !check_unit (statements, unit_id, &local_error))
    goto out;
  stmt = _kr_statements_get (statements, sql_duk, &local_error);
  if (stmt == NULL)
    goto out;
  _kr_bind_id (stmt, 1, unit_id);
  bind_tables (stmt);

  while ((rc = _kr_statements_step (statements, stmt, _ ("Could not read"), &local_error)) ==
         SQLITE_ROW)
    {
      g_autofree char *full_name = dup_full_name (stmt);
      KrDukRow row = { .number = ++number, .full_name = full_name };

      read_row (stmt, &today, &row);
      if (!func (&row, user_data))
        break;
    }
  sqlite3_reset (stmt);

out:
  _kr_statements_free (statements);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}
