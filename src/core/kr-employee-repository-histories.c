/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-employee-repository"

#include "config.h"

#include "kr-employee-repository.h"

#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-employee-private.h"
#include "kr-employee-repository-private.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-repository-private.h"
#include "kr-text.h"

/* Histories: each row of these tables is indexed by KrHistoryKind. */

static const char *const sql_history_owner[KR_N_HISTORIES] = {
  [KR_HISTORY_RANK] = "SELECT employee_id FROM rank_history WHERE id = ?",
  [KR_HISTORY_POSITION] = "SELECT employee_id FROM position_history WHERE id = ?",
  [KR_HISTORY_EDUCATION] = "SELECT employee_id FROM education_history WHERE id = ?",
  [KR_HISTORY_DISCIPLINE] = "SELECT employee_id FROM discipline_history WHERE id = ?",
  [KR_HISTORY_AWARD] = "SELECT employee_id FROM award_history WHERE id = ?",
};

static const char *const sql_history_delete[KR_N_HISTORIES] = {
  [KR_HISTORY_RANK] = "DELETE FROM rank_history WHERE id = ?",
  [KR_HISTORY_POSITION] = "DELETE FROM position_history WHERE id = ?",
  [KR_HISTORY_EDUCATION] = "DELETE FROM education_history WHERE id = ?",
  [KR_HISTORY_DISCIPLINE] = "DELETE FROM discipline_history WHERE id = ?",
  [KR_HISTORY_AWARD] = "DELETE FROM award_history WHERE id = ?",
};

/* The insert and update statements of a history bind the same values in the same order; the
 * update adds the row's id and employee after them. */

static const char sql_insert_rank[] =
    "INSERT INTO rank_history (employee_id, golongan, promotion_kind, tmt, sk_number, sk_date) "
    "VALUES (?, ?, ?, ?, ?, ?)";
static const char sql_update_rank[] =
    "UPDATE rank_history SET employee_id = ?, golongan = ?, promotion_kind = ?, tmt = ?, "
    "sk_number = ?, sk_date = ? WHERE id = ? AND employee_id = ?";
static const char sql_list_ranks[] =
    "SELECT id, employee_id, golongan, promotion_kind, tmt, sk_number, sk_date "
    "FROM rank_history WHERE employee_id = ? ORDER BY tmt, id";

static const char sql_insert_position[] =
    "INSERT INTO position_history (employee_id, position_id, tmt, sk_number, sk_date) "
    "VALUES (?, ?, ?, ?, ?)";
static const char sql_update_position[] =
    "UPDATE position_history SET employee_id = ?, position_id = ?, tmt = ?, sk_number = ?, "
    "sk_date = ? WHERE id = ? AND employee_id = ?";
static const char sql_list_positions[] =
    "SELECT h.id, h.employee_id, h.position_id, h.tmt, h.sk_number, h.sk_date, p.name, u.name "
    "FROM position_history h JOIN position p ON p.id = h.position_id "
    "JOIN unit u ON u.id = p.unit_id WHERE h.employee_id = ? ORDER BY h.tmt, h.id";

static const char sql_insert_education[] =
    "INSERT INTO education_history (employee_id, level, institution, major, graduation_year, "
    "sk_number, sk_date) VALUES (?, ?, ?, ?, ?, ?, ?)";
static const char sql_update_education[] =
    "UPDATE education_history SET employee_id = ?, level = ?, institution = ?, major = ?, "
    "graduation_year = ?, sk_number = ?, sk_date = ? WHERE id = ? AND employee_id = ?";
static const char sql_list_educations[] =
    "SELECT id, employee_id, level, institution, major, graduation_year, sk_number, sk_date "
    "FROM education_history WHERE employee_id = ? ORDER BY graduation_year, id";

static const char sql_insert_discipline[] =
    "INSERT INTO discipline_history (employee_id, level, sanction, regulation, tmt, end_date, "
    "sk_number, sk_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
static const char sql_update_discipline[] =
    "UPDATE discipline_history SET employee_id = ?, level = ?, sanction = ?, regulation = ?, "
    "tmt = ?, end_date = ?, sk_number = ?, sk_date = ? WHERE id = ? AND employee_id = ?";
static const char sql_list_disciplines[] =
    "SELECT id, employee_id, level, sanction, regulation, tmt, end_date, sk_number, sk_date "
    "FROM discipline_history WHERE employee_id = ? ORDER BY tmt, id";

static const char sql_insert_award[] =
    "INSERT INTO award_history (employee_id, kind, name, year, sk_number, sk_date) "
    "VALUES (?, ?, ?, ?, ?, ?)";
static const char sql_update_award[] =
    "UPDATE award_history SET employee_id = ?, kind = ?, name = ?, year = ?, sk_number = ?, "
    "sk_date = ? WHERE id = ? AND employee_id = ?";
static const char sql_list_awards[] =
    "SELECT id, employee_id, kind, name, year, sk_number, sk_date "
    "FROM award_history WHERE employee_id = ? ORDER BY year, id";

static const char sql_employee_unit[] = "SELECT coalesce(unit_id, 0) FROM employee WHERE id = ?";
static const char sql_position_exists[] = "SELECT count(*) FROM position WHERE id = ?";

/* Finds the employee that owns row @id of @kind; %KR_ERROR_NOT_FOUND unless it is
 * @employee_id. */
static gboolean
check_row_owner (KrEmployeeRepository *self,
                 KrHistoryKind kind,
                 gint64 id,
                 gint64 employee_id,
                 gint64 *owner,
                 GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_history_owner[kind], error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = _kr_statements_step (self->statements, stmt, _ ("Could not read"), error);
  if (rc == 0)
    return FALSE;
  *owner = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  if (*owner != 0 && (employee_id == 0 || *owner == employee_id))
    return TRUE;

  g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
               _ ("The history row %lld does not exist; it may have been deleted"), (long long) id);
  return FALSE;
}

/* Writing histories. A writer checks its row, binds it to @sql (the insert or the update
 * statement of its history) and runs it. */

typedef gboolean (*WriteFunc) (KrEmployeeRepository *self,
                               gconstpointer entry,
                               const char *sql,
                               GError **error);

/* Binds the row's id and employee after the @n_values values of an update statement. */
static void
bind_update_key (sqlite3_stmt *stmt, int n_values, gint64 id, gint64 employee_id)
{
  sqlite3_bind_int64 (stmt, n_values + 1, id);
  sqlite3_bind_int64 (stmt, n_values + 2, employee_id);
}

static gboolean
write_rank (KrEmployeeRepository *self, gconstpointer data, const char *sql, GError **error)
{
  const KrRankEntry *entry = data;
  g_auto (KrStmt) stmt = NULL;
  Facts facts;

  if (!_kr_employee_repository_find_facts (self, entry->employee_id, &facts, error) ||
      !_kr_employee_repository_check_golongan (&facts, entry->golongan, entry->promotion_kind,
                                               error) ||
      !_kr_employee_repository_check_tmt (&facts, &entry->tmt, TRUE, error) ||
      !_kr_employee_repository_check_sk_date (&facts, &entry->sk_date, error) ||
      !kr_text_check_length (entry->sk_number, KR_TEXT_MAX_CODE, _ ("SK Number"), error) ||
      (stmt = _kr_statements_get (self->statements, sql, error)) == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, entry->employee_id);
  sqlite3_bind_int (stmt, 2, (int) entry->golongan);
  _kr_bind_text (stmt, 3, _kr_enum_get_code (KR_TYPE_PROMOTION_KIND, entry->promotion_kind));
  _kr_bind_date (stmt, 4, &entry->tmt);
  _kr_employee_repository_bind_clean (stmt, 5, entry->sk_number);
  _kr_bind_date (stmt, 6, &entry->sk_date);
  if (sql == sql_update_rank)
    bind_update_key (stmt, 6, entry->id, entry->employee_id);
  return _kr_statements_run (self->statements, stmt, _ ("Could not save changes to"), error);
}

static gboolean
check_position_exists (KrEmployeeRepository *self, gint64 position_id, GError **error)
{
  gint64 n;

  if (!_kr_statements_count (self->statements, sql_position_exists, position_id, &n, error))
    return FALSE;
  if (n == 0)
    g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
                 _ ("The position %lld does not exist; it may have been deleted"),
                 (long long) position_id);
  return n != 0;
}

static gboolean
write_position (KrEmployeeRepository *self, gconstpointer data, const char *sql, GError **error)
{
  const KrPositionEntry *entry = data;
  g_auto (KrStmt) stmt = NULL;
  Facts facts;

  if (!_kr_employee_repository_find_facts (self, entry->employee_id, &facts, error) ||
      !check_position_exists (self, entry->position_id, error) ||
      !_kr_employee_repository_check_tmt (&facts, &entry->tmt, TRUE, error) ||
      !_kr_employee_repository_check_sk_date (&facts, &entry->sk_date, error) ||
      !kr_text_check_length (entry->sk_number, KR_TEXT_MAX_CODE, _ ("SK Number"), error) ||
      (stmt = _kr_statements_get (self->statements, sql, error)) == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, entry->employee_id);
  sqlite3_bind_int64 (stmt, 2, entry->position_id);
  _kr_bind_date (stmt, 3, &entry->tmt);
  _kr_employee_repository_bind_clean (stmt, 4, entry->sk_number);
  _kr_bind_date (stmt, 5, &entry->sk_date);
  if (sql == sql_update_position)
    bind_update_key (stmt, 5, entry->id, entry->employee_id);
  return _kr_statements_run (self->statements, stmt, _ ("Could not save changes to"), error);
}

static gboolean
write_education (KrEmployeeRepository *self, gconstpointer data, const char *sql, GError **error)
{
  const KrEducationEntry *entry = data;
  g_auto (KrStmt) stmt = NULL;
  Facts facts;

  if (!_kr_employee_repository_find_facts (self, entry->employee_id, &facts, error) ||
      !_kr_employee_repository_check_year (&facts, entry->graduation_year, FALSE, error) ||
      !_kr_employee_repository_check_sk_date (&facts, &entry->sk_date, error) ||
      !kr_text_check_length (entry->institution, KR_TEXT_MAX_LINE, _ ("School or University"),
                             error) ||
      !kr_text_check_length (entry->major, KR_TEXT_MAX_LINE, _ ("Field of Study"), error) ||
      !kr_text_check_length (entry->sk_number, KR_TEXT_MAX_CODE, _ ("Certificate Number"), error) ||
      (stmt = _kr_statements_get (self->statements, sql, error)) == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, entry->employee_id);
  _kr_bind_text (stmt, 2, _kr_education_get_code (entry->level));
  _kr_employee_repository_bind_clean (stmt, 3, entry->institution);
  _kr_employee_repository_bind_clean (stmt, 4, entry->major);
  sqlite3_bind_int (stmt, 5, (int) entry->graduation_year);
  _kr_employee_repository_bind_clean (stmt, 6, entry->sk_number);
  _kr_bind_date (stmt, 7, &entry->sk_date);
  if (sql == sql_update_education)
    bind_update_key (stmt, 7, entry->id, entry->employee_id);
  return _kr_statements_run (self->statements, stmt, _ ("Could not save changes to"), error);
}

static gboolean
write_discipline (KrEmployeeRepository *self, gconstpointer data, const char *sql, GError **error)
{
  const KrDisciplineEntry *entry = data;
  g_auto (KrStmt) stmt = NULL;
  Facts facts;

  if (!_kr_employee_repository_find_facts (self, entry->employee_id, &facts, error) ||
      !_kr_employee_repository_check_discipline (&facts, entry, error) ||
      (stmt = _kr_statements_get (self->statements, sql, error)) == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, entry->employee_id);
  _kr_bind_text (stmt, 2, _kr_enum_get_code (KR_TYPE_DISCIPLINE_LEVEL, entry->level));
  _kr_employee_repository_bind_clean (stmt, 3, entry->sanction);
  _kr_bind_text (stmt, 4, _kr_enum_get_code (KR_TYPE_DISCIPLINE_REGULATION, entry->regulation));
  _kr_bind_date (stmt, 5, &entry->tmt);
  _kr_bind_date (stmt, 6, &entry->end_date);
  _kr_employee_repository_bind_clean (stmt, 7, entry->sk_number);
  _kr_bind_date (stmt, 8, &entry->sk_date);
  if (sql == sql_update_discipline)
    bind_update_key (stmt, 8, entry->id, entry->employee_id);
  return _kr_statements_run (self->statements, stmt, _ ("Could not save changes to"), error);
}

static gboolean
write_award (KrEmployeeRepository *self, gconstpointer data, const char *sql, GError **error)
{
  const KrAwardEntry *entry = data;
  g_auto (KrStmt) stmt = NULL;
  Facts facts;

  if (!_kr_employee_repository_find_facts (self, entry->employee_id, &facts, error) ||
      !_kr_employee_repository_check_award (&facts, entry, error) ||
      (stmt = _kr_statements_get (self->statements, sql, error)) == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, entry->employee_id);
  _kr_bind_text (stmt, 2, _kr_enum_get_code (KR_TYPE_AWARD_KIND, entry->kind));
  _kr_employee_repository_bind_clean (stmt, 3, entry->name);
  sqlite3_bind_int (stmt, 4, (int) entry->year);
  _kr_employee_repository_bind_clean (stmt, 5, entry->sk_number);
  _kr_bind_date (stmt, 6, &entry->sk_date);
  if (sql == sql_update_award)
    bind_update_key (stmt, 6, entry->id, entry->employee_id);
  return _kr_statements_run (self->statements, stmt, _ ("Could not save changes to"), error);
}

/* Adds a history row in a transaction; returns its id. */
static gint64
add_entry (KrEmployeeRepository *self,
           gint64 employee_id,
           gconstpointer entry,
           WriteFunc write,
           const char *sql,
           GError **error)
{
  gboolean own, ok;
  gint64 id = 0;

  if (!_kr_employee_repository_begin_write (self, &own, error))
    return 0;
  ok = write (self, entry, sql, error);
  if (ok)
    id = _kr_statements_last_insert_id (self->statements);
  return _kr_employee_repository_end_write (self, own, ok, employee_id, error) ? id : 0;
}

/* Changes history row @id of @employee_id in a transaction. */
static gboolean
update_entry (KrEmployeeRepository *self,
              KrHistoryKind kind,
              gint64 id,
              gint64 employee_id,
              gconstpointer entry,
              WriteFunc write,
              const char *sql,
              GError **error)
{
  gboolean own, ok;
  gint64 owner;

  if (!_kr_employee_repository_begin_write (self, &own, error))
    return FALSE;
  ok = check_row_owner (self, kind, id, employee_id, &owner, error) &&
       write (self, entry, sql, error);
  return _kr_employee_repository_end_write (self, own, ok, employee_id, error);
}

gint64
kr_employee_repository_add_rank (KrEmployeeRepository *self, KrRankEntry *entry, GError **error)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (self), 0);
  g_return_val_if_fail (entry != NULL && entry->promotion_kind < KR_N_PROMOTION_KINDS, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  entry->id = add_entry (self, entry->employee_id, entry, write_rank, sql_insert_rank, error);
  return entry->id;
}

gboolean
kr_employee_repository_update_rank (KrEmployeeRepository *self,
                                    const KrRankEntry *entry,
                                    GError **error)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (entry != NULL && entry->promotion_kind < KR_N_PROMOTION_KINDS, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return update_entry (self, KR_HISTORY_RANK, entry->id, entry->employee_id, entry, write_rank,
                       sql_update_rank, error);
}

gint64
kr_employee_repository_add_position (KrEmployeeRepository *self,
                                     KrPositionEntry *entry,
                                     GError **error)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (self), 0);
  g_return_val_if_fail (entry != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  entry->id =
      add_entry (self, entry->employee_id, entry, write_position, sql_insert_position, error);
  return entry->id;
}

gboolean
kr_employee_repository_update_position (KrEmployeeRepository *self,
                                        const KrPositionEntry *entry,
                                        GError **error)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (entry != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return update_entry (self, KR_HISTORY_POSITION, entry->id, entry->employee_id, entry,
                       write_position, sql_update_position, error);
}

gint64
kr_employee_repository_add_education (KrEmployeeRepository *self,
                                      KrEducationEntry *entry,
                                      GError **error)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (self), 0);
  g_return_val_if_fail (entry != NULL && entry->level < KR_N_EDUCATIONS, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  entry->id =
      add_entry (self, entry->employee_id, entry, write_education, sql_insert_education, error);
  return entry->id;
}

gboolean
kr_employee_repository_update_education (KrEmployeeRepository *self,
                                         const KrEducationEntry *entry,
                                         GError **error)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (entry != NULL && entry->level < KR_N_EDUCATIONS, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return update_entry (self, KR_HISTORY_EDUCATION, entry->id, entry->employee_id, entry,
                       write_education, sql_update_education, error);
}

gint64
kr_employee_repository_add_discipline (KrEmployeeRepository *self,
                                       KrDisciplineEntry *entry,
                                       GError **error)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (self), 0);
  g_return_val_if_fail (entry != NULL && entry->level < KR_N_DISCIPLINE_LEVELS, 0);
  g_return_val_if_fail (entry->regulation < KR_N_DISCIPLINE_REGULATIONS, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  entry->id =
      add_entry (self, entry->employee_id, entry, write_discipline, sql_insert_discipline, error);
  return entry->id;
}

gboolean
kr_employee_repository_update_discipline (KrEmployeeRepository *self,
                                          const KrDisciplineEntry *entry,
                                          GError **error)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (entry != NULL && entry->level < KR_N_DISCIPLINE_LEVELS, FALSE);
  g_return_val_if_fail (entry->regulation < KR_N_DISCIPLINE_REGULATIONS, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return update_entry (self, KR_HISTORY_DISCIPLINE, entry->id, entry->employee_id, entry,
                       write_discipline, sql_update_discipline, error);
}

gint64
kr_employee_repository_add_award (KrEmployeeRepository *self, KrAwardEntry *entry, GError **error)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (self), 0);
  g_return_val_if_fail (entry != NULL && entry->kind < KR_N_AWARD_KINDS, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  entry->id = add_entry (self, entry->employee_id, entry, write_award, sql_insert_award, error);
  return entry->id;
}

gboolean
kr_employee_repository_update_award (KrEmployeeRepository *self,
                                     const KrAwardEntry *entry,
                                     GError **error)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (entry != NULL && entry->kind < KR_N_AWARD_KINDS, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return update_entry (self, KR_HISTORY_AWARD, entry->id, entry->employee_id, entry, write_award,
                       sql_update_award, error);
}

gboolean
kr_employee_repository_delete_history (KrEmployeeRepository *self,
                                       KrHistoryKind kind,
                                       gint64 id,
                                       GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  gint64 owner = 0;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (kind < KR_N_HISTORIES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_kr_employee_repository_begin_write (self, &own, error))
    return FALSE;
  ok = check_row_owner (self, kind, id, 0, &owner, error) &&
       (stmt = _kr_statements_get (self->statements, sql_history_delete[kind], error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      ok = _kr_statements_run (self->statements, stmt, _ ("Could not save changes to"), error);
    }
  return _kr_employee_repository_end_write (self, own, ok, owner, error);
}

/* Reading histories */

typedef gpointer (*ReadFunc) (sqlite3_stmt *stmt);

static gpointer
read_rank (sqlite3_stmt *stmt)
{
  KrRankEntry *entry = kr_rank_entry_new ();

  entry->id = sqlite3_column_int64 (stmt, 0);
  entry->employee_id = sqlite3_column_int64 (stmt, 1);
  entry->golongan = (guint) sqlite3_column_int (stmt, 2);
  entry->promotion_kind =
      _kr_enum_from_code (KR_TYPE_PROMOTION_KIND, (const char *) sqlite3_column_text (stmt, 3),
                          KR_PROMOTION_KIND_REGULER);
  _kr_column_date (stmt, 4, &entry->tmt);
  entry->sk_number = _kr_column_dup_text (stmt, 5);
  _kr_column_date (stmt, 6, &entry->sk_date);
  return entry;
}

static gpointer
read_position (sqlite3_stmt *stmt)
{
  KrPositionEntry *entry = kr_position_entry_new ();

  entry->id = sqlite3_column_int64 (stmt, 0);
  entry->employee_id = sqlite3_column_int64 (stmt, 1);
  entry->position_id = sqlite3_column_int64 (stmt, 2);
  _kr_column_date (stmt, 3, &entry->tmt);
  entry->sk_number = _kr_column_dup_text (stmt, 4);
  _kr_column_date (stmt, 5, &entry->sk_date);
  entry->position_name = _kr_column_dup_text (stmt, 6);
  entry->unit_name = _kr_column_dup_text (stmt, 7);
  return entry;
}

static gpointer
read_education (sqlite3_stmt *stmt)
{
  KrEducationEntry *entry = kr_education_entry_new ();

  entry->id = sqlite3_column_int64 (stmt, 0);
  entry->employee_id = sqlite3_column_int64 (stmt, 1);
  _kr_education_from_code ((const char *) sqlite3_column_text (stmt, 2), &entry->level);
  entry->institution = _kr_column_dup_text (stmt, 3);
  entry->major = _kr_column_dup_text (stmt, 4);
  entry->graduation_year = (guint) sqlite3_column_int (stmt, 5);
  entry->sk_number = _kr_column_dup_text (stmt, 6);
  _kr_column_date (stmt, 7, &entry->sk_date);
  return entry;
}

static gpointer
read_discipline (sqlite3_stmt *stmt)
{
  KrDisciplineEntry *entry = kr_discipline_entry_new ();

  entry->id = sqlite3_column_int64 (stmt, 0);
  entry->employee_id = sqlite3_column_int64 (stmt, 1);
  entry->level =
      _kr_enum_from_code (KR_TYPE_DISCIPLINE_LEVEL, (const char *) sqlite3_column_text (stmt, 2),
                          KR_DISCIPLINE_LEVEL_RINGAN);
  entry->sanction = _kr_column_dup_text (stmt, 3);
  entry->regulation = _kr_enum_from_code (KR_TYPE_DISCIPLINE_REGULATION,
                                          (const char *) sqlite3_column_text (stmt, 4),
                                          KR_DISCIPLINE_REGULATION_PP_94_2021);
  _kr_column_date (stmt, 5, &entry->tmt);
  _kr_column_date (stmt, 6, &entry->end_date);
  entry->sk_number = _kr_column_dup_text (stmt, 7);
  _kr_column_date (stmt, 8, &entry->sk_date);
  return entry;
}

static gpointer
read_award (sqlite3_stmt *stmt)
{
  KrAwardEntry *entry = kr_award_entry_new ();

  entry->id = sqlite3_column_int64 (stmt, 0);
  entry->employee_id = sqlite3_column_int64 (stmt, 1);
  entry->kind = _kr_enum_from_code (
      KR_TYPE_AWARD_KIND, (const char *) sqlite3_column_text (stmt, 2), KR_AWARD_KIND_OTHER);
  entry->name = _kr_column_dup_text (stmt, 3);
  entry->year = (guint) sqlite3_column_int (stmt, 4);
  entry->sk_number = _kr_column_dup_text (stmt, 5);
  _kr_column_date (stmt, 6, &entry->sk_date);
  return entry;
}

static GPtrArray *
list_entries (KrEmployeeRepository *self,
              const char *sql,
              gint64 employee_id,
              ReadFunc read,
              GDestroyNotify free_func,
              GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  g_autoptr (GPtrArray) entries = NULL;
  gint64 unit_id = 0;
  int rc;

  /* Only the histories of an employee the identity may read. */
  if (!_kr_employee_repository_check (self, KR_PERMISSION_READ_EMPLOYEES, error) ||
      !_kr_statements_count (self->statements, sql_employee_unit, employee_id, &unit_id, error) ||
      !_kr_employee_repository_check_readable (self, unit_id, error))
    return NULL;
  stmt = _kr_statements_get (self->statements, sql, error);
  if (stmt == NULL)
    return NULL;
  entries = g_ptr_array_new_with_free_func (free_func);
  sqlite3_bind_int64 (stmt, 1, employee_id);
  while ((rc = _kr_statements_step (self->statements, stmt, _ ("Could not read"), error)) ==
         SQLITE_ROW)
    g_ptr_array_add (entries, read (stmt));
  return rc == SQLITE_DONE ? g_steal_pointer (&entries) : NULL;
}

GPtrArray *
kr_employee_repository_list_ranks (KrEmployeeRepository *self, gint64 employee_id, GError **error)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return list_entries (self, sql_list_ranks, employee_id, read_rank,
                       (GDestroyNotify) kr_rank_entry_free, error);
}

GPtrArray *
kr_employee_repository_list_positions (KrEmployeeRepository *self,
                                       gint64 employee_id,
                                       GError **error)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return list_entries (self, sql_list_positions, employee_id, read_position,
                       (GDestroyNotify) kr_position_entry_free, error);
}

GPtrArray *
kr_employee_repository_list_educations (KrEmployeeRepository *self,
                                        gint64 employee_id,
                                        GError **error)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return list_entries (self, sql_list_educations, employee_id, read_education,
                       (GDestroyNotify) kr_education_entry_free, error);
}

GPtrArray *
kr_employee_repository_list_disciplines (KrEmployeeRepository *self,
                                         gint64 employee_id,
                                         GError **error)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return list_entries (self, sql_list_disciplines, employee_id, read_discipline,
                       (GDestroyNotify) kr_discipline_entry_free, error);
}

GPtrArray *
kr_employee_repository_list_awards (KrEmployeeRepository *self, gint64 employee_id, GError **error)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return list_entries (self, sql_list_awards, employee_id, read_award,
                       (GDestroyNotify) kr_award_entry_free, error);
}
