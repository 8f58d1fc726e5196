/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-employee-repository"

#include "config.h"

#include "kr-employee-repository.h"

#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-employee-private.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-repository-private.h"

/* The PPPK golongan are stored as 100 + the golongan, apart from the PNS codes 11 to 45. */
#define PPPK_GOLONGAN_BASE 100

/* B: PP 94/2021 was enacted and came into force on 31 August 2021; earlier sanctions were
 * given under PP 53/2010 (DOMAIN 11.2). */
#define PP_94_2021_YEAR  2021
#define PP_94_2021_MONTH G_DATE_AUGUST
#define PP_94_2021_DAY   31

/* What the history checks need to know about the employee. */
typedef struct
{
  gint64 id;
  KrEmployeeKind kind;
  GDate birth_date;
  GDate tmt_cpns;
} Facts;

struct _KrEmployeeRepository
{
  GObject parent_instance;

  KrStatements *statements;
  gboolean bulk;
  /* During a bulk load, the employee inserted last, whose history rows usually follow. */
  Facts bulk_facts;
  /* During a bulk load, the temp_store setting to restore. */
  gint64 saved_temp_store;
  /* During a bulk load, the employee it changed (0 for none yet, -1 for several), which its
   * end announces. */
  gint64 bulk_changed;
  /* During a bulk load into an empty table, the SQL of the employee indexes dropped for it,
   * which its end creates again. */
  GPtrArray *deferred_indexes;
};

G_DEFINE_FINAL_TYPE (KrEmployeeRepository, kr_employee_repository, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Employees */

static const char sql_get_employee[] =
    "SELECT " KR_EMPLOYEE_COLUMNS " FROM " KR_EMPLOYEE_FROM " WHERE e.id = ?";
static const char sql_get_employee_by_nip[] =
    "SELECT " KR_EMPLOYEE_COLUMNS " FROM " KR_EMPLOYEE_FROM " WHERE e.nip = ?";
static const char sql_search[] =
    "SELECT " KR_EMPLOYEE_COLUMNS " FROM " KR_EMPLOYEE_FROM " WHERE e.id IN "
    "(SELECT rowid FROM employee_fts WHERE employee_fts MATCH ? ORDER BY rowid LIMIT ?) "
    "ORDER BY e.id";
/* The same, for a unit head: only the employees of the subtree they lead. */
static const char sql_search_in_scope[] =
    "SELECT " KR_EMPLOYEE_COLUMNS " FROM " KR_EMPLOYEE_FROM " WHERE e.id IN "
    "(SELECT rowid FROM employee_fts WHERE employee_fts MATCH ? ORDER BY rowid) "
    "AND " KR_SCOPE_CONDITION " ORDER BY e.id LIMIT ?";
static const char sql_employee_unit[] = "SELECT coalesce(unit_id, 0) FROM employee WHERE id = ?";
static const char sql_get_facts[] = "SELECT kind, birth_date, tmt_cpns FROM employee WHERE id = ?";
static const char sql_nip_holder[] = "SELECT name FROM employee WHERE nip = ? AND id <> ?";
static const char sql_insert_employee[] =
    "INSERT INTO employee (nip, name, title_front, title_back, birth_place, birth_date, gender, "
    "religion, marital_status, nik, phone, email, address, kind, status, tmt_cpns, tmt_pns) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
static const char sql_update_employee[] =
    "UPDATE employee SET nip = ?, name = ?, title_front = ?, title_back = ?, birth_place = ?, "
    "birth_date = ?, gender = ?, religion = ?, marital_status = ?, nik = ?, phone = ?, "
    "email = ?, address = ?, kind = ?, status = ?, tmt_cpns = ?, tmt_pns = ? WHERE id = ?";
static const char sql_delete_employee[] = "DELETE FROM employee WHERE id = ?";
static const char sql_count_pppk_ranks[] =
    "SELECT count(*) FROM rank_history WHERE employee_id = ? AND golongan > 100";
static const char sql_count_pns_ranks[] =
    "SELECT count(*) FROM rank_history WHERE employee_id = ? "
    "AND (golongan < 100 OR promotion_kind <> 'pengangkatan')";
static const char sql_position_exists[] = "SELECT count(*) FROM position WHERE id = ?";

/* Bulk loads: see employee_bulk_state in migrations/0005-bulk-loads.sql. */
static const char sql_pause_settling[] =
    "UPDATE employee_bulk_state SET settled_up_to = (SELECT coalesce(max(id), 0) FROM employee)";
/* Each current value once, from the newest history row, as the triggers of migration 5 do
 * row by row for settled employees. */
static const char sql_settle_current[] =
    "UPDATE employee SET "
    "(golongan, rank_tmt) = (SELECT h.golongan, h.tmt FROM rank_history h "
    "WHERE h.employee_id = employee.id ORDER BY h.tmt DESC, h.id DESC LIMIT 1), "
    "(position_id, position_tmt, unit_id) = (SELECT h.position_id, h.tmt, p.unit_id "
    "FROM position_history h JOIN position p ON p.id = h.position_id "
    "WHERE h.employee_id = employee.id ORDER BY h.tmt DESC, h.id DESC LIMIT 1), "
    "education = (SELECT h.level FROM education_history h WHERE h.employee_id = employee.id "
    "ORDER BY h.graduation_year DESC, h.id DESC LIMIT 1) "
    "WHERE id > (SELECT settled_up_to FROM employee_bulk_state)";
static const char sql_settle_search[] =
    "INSERT INTO employee_fts (rowid, name, nip, position, unit) "
    "SELECT id, name, nip, position, unit FROM employee_search "
    "WHERE id > (SELECT settled_up_to FROM employee_bulk_state) ORDER BY id";
static const char sql_resume_settling[] =
    "UPDATE employee_bulk_state SET settled_up_to = 9223372036854775807";
/* Building an index once from sorted rows is many times faster than growing it row by row,
 * so a load into an empty table drops the employee indexes and creates them at its end. The
 * UNIQUE index of the NIP stays: the load looks employees up by it. */
static const char sql_is_empty[] = "SELECT NOT EXISTS (SELECT 1 FROM employee)";
static const char sql_list_indexes[] =
    "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'employee' "
    "AND sql IS NOT NULL ORDER BY name";
/* A bulk load keeps SQLite's statement journals in memory: once one outgrows its in-memory
 * buffer in a long transaction, every later statement writes its journal to a file, which
 * made loads more than twice as slow. The setting in force before is restored afterwards. */
static const char sql_get_temp_store[] = "PRAGMA temp_store";
static const char *const sql_set_temp_store[] = {
  "PRAGMA temp_store = DEFAULT",
  "PRAGMA temp_store = FILE",
  "PRAGMA temp_store = MEMORY",
};
#define TEMP_STORE_MEMORY 2

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

/* Object */

static void
kr_employee_repository_finalize (GObject *object)
{
  KrEmployeeRepository *self = KR_EMPLOYEE_REPOSITORY (object);

  g_clear_pointer (&self->statements, _kr_statements_free);
  g_clear_pointer (&self->deferred_indexes, g_ptr_array_unref);

  G_OBJECT_CLASS (kr_employee_repository_parent_class)->finalize (object);
}

static void
kr_employee_repository_class_init (KrEmployeeRepositoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kr_employee_repository_finalize;

  /**
   * KrEmployeeRepository::changed:
   * @self: the repository
   * @employee_id: the employee whose record or histories changed, 0 after a bulk load
   *
   * Emitted after a change was saved.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
kr_employee_repository_init (KrEmployeeRepository *self)
{
}

KrEmployeeRepository *
kr_employee_repository_new (KrDatabase *database)
{
  KrEmployeeRepository *self;

  g_return_val_if_fail (KR_IS_DATABASE (database), NULL);

  self = g_object_new (KR_TYPE_EMPLOYEE_REPOSITORY, NULL);
  self->statements = _kr_statements_new (database);
  return self;
}

KrDatabase *
_kr_employee_repository_get_database (KrEmployeeRepository *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (self), NULL);

  return _kr_statements_get_database (self->statements);
}

/* Helpers */

/* The NIP as stored: what was typed, without white space. */
static char *
compact_nip (const char *nip)
{
  GString *digits = g_string_new (NULL);

  for (const char *p = nip; p != NULL && *p != '\0'; p++)
    {
      if (!g_ascii_isspace (*p))
        g_string_append_c (digits, *p);
    }
  return g_string_free (digits, FALSE);
}

static void
set_employee_not_found (GError **error, gint64 id)
{
  g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
               _ ("The employee %lld does not exist; they may have been deleted"), (long long) id);
}

/* Who may do what: kr-identity.h. */

static gboolean
check (KrEmployeeRepository *self, KrPermission permission, GError **error)
{
  return _kr_database_check (_kr_statements_get_database (self->statements), permission, error);
}

/* Checks that the signed-in identity may read the employees of @unit_id. */
static gboolean
check_readable (KrEmployeeRepository *self, gint64 unit_id, GError **error)
{
  return check (self, KR_PERMISSION_READ_EMPLOYEES, error) &&
         _kr_database_check_in_scope (_kr_statements_get_database (self->statements), unit_id,
                                      error);
}

/* Returns @employee when the signed-in identity may read it; otherwise drops it. */
static KrEmployee *
readable_or_null (KrEmployeeRepository *self, KrEmployee *employee, GError **error)
{
  if (check_readable (self, kr_employee_get_unit_id (employee), error))
    return employee;
  g_object_unref (employee);
  return NULL;
}

static gboolean
begin_write (KrEmployeeRepository *self, gboolean *own, GError **error)
{
  return check (self, KR_PERMISSION_WRITE_EMPLOYEES, error) &&
         _kr_statements_begin (self->statements, own, error);
}

/* Finishes a write: commits a transaction of our own and announces the change, except
 * during a bulk load, which announces itself at its end. */
static gboolean
end_write (KrEmployeeRepository *self,
           gboolean own,
           gboolean ok,
           gint64 employee_id,
           GError **error)
{
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  if (!self->bulk)
    g_signal_emit (self, signals[CHANGED], 0, employee_id);
  else if (self->bulk_changed == 0)
    self->bulk_changed = employee_id;
  else if (self->bulk_changed != employee_id)
    self->bulk_changed = -1;
  return TRUE;
}

static gboolean
find_facts (KrEmployeeRepository *self, gint64 id, Facts *facts, GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  int rc;

  if (self->bulk && id != 0 && self->bulk_facts.id == id)
    {
      *facts = self->bulk_facts;
      return TRUE;
    }
  stmt = _kr_statements_get (self->statements, sql_get_facts, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = _kr_statements_step (self->statements, stmt, _ ("Could not read"), error);
  if (rc == SQLITE_DONE)
    set_employee_not_found (error, id);
  if (rc != SQLITE_ROW)
    return FALSE;

  facts->id = id;
  facts->kind = _kr_enum_from_code (
      KR_TYPE_EMPLOYEE_KIND, (const char *) sqlite3_column_text (stmt, 0), KR_EMPLOYEE_KIND_PNS);
  _kr_column_date (stmt, 1, &facts->birth_date);
  _kr_column_date (stmt, 2, &facts->tmt_cpns);
  return TRUE;
}

static void
remember_facts (KrEmployeeRepository *self, KrEmployee *employee)
{
  if (!self->bulk)
    return;
  self->bulk_facts.id = employee->id;
  self->bulk_facts.kind = employee->kind;
  self->bulk_facts.birth_date = employee->birth_date;
  self->bulk_facts.tmt_cpns = employee->tmt_cpns;
}

static void
forget_facts (KrEmployeeRepository *self, gint64 id)
{
  if (self->bulk_facts.id == id)
    self->bulk_facts.id = 0;
}

/* Binds @text without leading and trailing white space; empty text as NULL. */
static void
bind_clean (sqlite3_stmt *stmt, int index, const char *text)
{
  g_autofree char *clean = _kr_strip_dup (text);

  _kr_bind_text (stmt, index, clean);
}

/* Reading employees */

KrEmployee *
_kr_employee_new_from_row (sqlite3_stmt *stmt)
{
  KrEmployee *self = kr_employee_new ();
  const char *gender = (const char *) sqlite3_column_text (stmt, 7);
  KrEducation education;
  KrPositionKind position_kind;

  self->id = sqlite3_column_int64 (stmt, 0);
  self->nip = _kr_column_dup_text (stmt, 1);
  self->name = _kr_column_dup_text (stmt, 2);
  self->title_front = _kr_column_dup_text (stmt, 3);
  self->title_back = _kr_column_dup_text (stmt, 4);
  self->birth_place = _kr_column_dup_text (stmt, 5);
  _kr_column_date (stmt, 6, &self->birth_date);
  self->gender = g_strcmp0 (gender, "M") == 0   ? KR_GENDER_MALE
                 : g_strcmp0 (gender, "F") == 0 ? KR_GENDER_FEMALE
                                                : KR_GENDER_UNKNOWN;
  self->religion = _kr_enum_from_code (
      KR_TYPE_RELIGION, (const char *) sqlite3_column_text (stmt, 8), KR_RELIGION_UNKNOWN);
  self->marital_status =
      _kr_enum_from_code (KR_TYPE_MARITAL_STATUS, (const char *) sqlite3_column_text (stmt, 9),
                          KR_MARITAL_STATUS_UNKNOWN);
  self->nik = _kr_column_dup_text (stmt, 10);
  self->phone = _kr_column_dup_text (stmt, 11);
  self->email = _kr_column_dup_text (stmt, 12);
  self->address = _kr_column_dup_text (stmt, 13);
  self->kind = _kr_enum_from_code (
      KR_TYPE_EMPLOYEE_KIND, (const char *) sqlite3_column_text (stmt, 14), KR_EMPLOYEE_KIND_PNS);
  self->status =
      _kr_enum_from_code (KR_TYPE_EMPLOYEE_STATUS, (const char *) sqlite3_column_text (stmt, 15),
                          KR_EMPLOYEE_STATUS_AKTIF);
  _kr_column_date (stmt, 16, &self->tmt_cpns);
  _kr_column_date (stmt, 17, &self->tmt_pns);

  if (_kr_education_from_code ((const char *) sqlite3_column_text (stmt, 18), &education))
    self->education = education;
  self->golongan = (guint) sqlite3_column_int (stmt, 19);
  _kr_column_date (stmt, 20, &self->rank_tmt);
  self->position_id = sqlite3_column_int64 (stmt, 21);
  self->position_name = _kr_column_dup_text (stmt, 22);
  if (_kr_position_kind_from_code ((const char *) sqlite3_column_text (stmt, 23), &position_kind))
    self->position_kind = position_kind;
  self->position_level =
      _kr_position_level_from_code ((const char *) sqlite3_column_text (stmt, 24));
  _kr_column_date (stmt, 25, &self->position_tmt);
  self->unit_id = sqlite3_column_int64 (stmt, 26);
  self->unit_name = _kr_column_dup_text (stmt, 27);
  return self;
}

/* Runs @stmt, a query of KR_EMPLOYEE_COLUMNS, and returns its employees. */
static GPtrArray *
read_employees (KrEmployeeRepository *self, sqlite3_stmt *stmt, GError **error)
{
  g_autoptr (GPtrArray) employees = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  while ((rc = _kr_statements_step (self->statements, stmt, _ ("Could not read"), error)) ==
         SQLITE_ROW)
    g_ptr_array_add (employees, _kr_employee_new_from_row (stmt));
  return rc == SQLITE_DONE ? g_steal_pointer (&employees) : NULL;
}

KrEmployee *
kr_employee_repository_get (KrEmployeeRepository *self, gint64 id, GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _kr_statements_get (self->statements, sql_get_employee, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = _kr_statements_step (self->statements, stmt, _ ("Could not read"), error);
  if (rc == SQLITE_ROW)
    return readable_or_null (self, _kr_employee_new_from_row (stmt), error);
  if (rc == SQLITE_DONE)
    set_employee_not_found (error, id);
  return NULL;
}

KrEmployee *
kr_employee_repository_get_by_nip (KrEmployeeRepository *self, const char *nip, GError **error)
{
  g_autofree char *digits = NULL;
  g_autofree char *shown = NULL;
  g_auto (KrStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (self), NULL);
  g_return_val_if_fail (nip != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  digits = compact_nip (nip);
  stmt = _kr_statements_get (self->statements, sql_get_employee_by_nip, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, digits, -1, SQLITE_STATIC);
  rc = _kr_statements_step (self->statements, stmt, _ ("Could not read"), error);
  if (rc == SQLITE_ROW)
    return readable_or_null (self, _kr_employee_new_from_row (stmt), error);
  if (rc == SQLITE_DONE)
    {
      shown = kr_nip_format_digits (digits);
      g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, _ ("No employee has the NIP %s"), shown);
    }
  return NULL;
}

/* Searching */

/* Whether @c belongs to a token of the index's tokenizer (unicode61: letters, digits and
 * their marks); everything else separates tokens. */
static gboolean
is_token_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static void
append_prefix_term (GString *query, const char *word)
{
  if (query->len > 0)
    g_string_append_c (query, ' ');
  /* A quoted string is an FTS5 phrase: no operator or column name inside it counts. */
  g_string_append_c (query, '"');
  for (const char *p = word; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (query, '"');
      g_string_append_c (query, *p);
    }
  g_string_append (query, "\"*");
}

char *
kr_employee_repository_make_match (const char *text)
{
  GString *digits, *query;
  gboolean only_digits = TRUE;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;

  digits = g_string_new (NULL);
  for (const char *p = text; *p != '\0' && only_digits; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (!g_ascii_isspace (*p))
        only_digits = FALSE;
    }
  query = g_string_new (NULL);
  if (only_digits)
    {
      if (digits->len > 0)
        append_prefix_term (query, digits->str);
    }
  else
    {
      /* The index keeps no positions, so each token is a term of its own: "sri-wah" asks
       * for "sri" and "wah". */
      g_autoptr (GString) word = g_string_new (NULL);

      for (const char *p = text;; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (c != 0 && is_token_char (c))
            g_string_append_unichar (word, c);
          else if (word->len > 0)
            {
              append_prefix_term (query, word->str);
              g_string_truncate (word, 0);
            }
          if (c == 0)
            break;
        }
    }
  g_string_free (digits, TRUE);
  if (query->len == 0)
    {
      g_string_free (query, TRUE);
      return NULL;
    }
  return g_string_free (query, FALSE);
}

GPtrArray *
kr_employee_repository_search (KrEmployeeRepository *self,
                               const char *text,
                               guint limit,
                               GError **error)
{
  g_autofree char *match = NULL;
  g_auto (KrStmt) stmt = NULL;
  gint64 scope;

  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check (self, KR_PERMISSION_READ_EMPLOYEES, error))
    return NULL;
  match = kr_employee_repository_make_match (text);
  if (match == NULL || limit == 0)
    return g_ptr_array_new_with_free_func (g_object_unref);

  scope = _kr_database_get_scope_unit (_kr_statements_get_database (self->statements));
  stmt =
      _kr_statements_get (self->statements, scope != 0 ? sql_search_in_scope : sql_search, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
  if (scope != 0)
    sqlite3_bind_int64 (stmt, 2, scope);
  sqlite3_bind_int64 (stmt, scope != 0 ? 3 : 2, limit);
  return read_employees (self, stmt, error);
}

/* Writing employees */

/* Fails with %KR_ERROR_CONFLICT when an employee other than @id has @nip. */
static gboolean
check_nip_free (KrEmployeeRepository *self, const char *nip, gint64 id, GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_nip_holder, error);
  g_autofree char *shown = NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, nip, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, id);
  rc = _kr_statements_step (self->statements, stmt, _ ("Could not read"), error);
  if (rc == SQLITE_ROW)
    {
      shown = kr_nip_format_digits (nip);
      g_set_error (error, KR_ERROR, KR_ERROR_CONFLICT,
                   _ ("The NIP %s already belongs to %s; each employee needs their own"), shown,
                   (const char *) sqlite3_column_text (stmt, 0));
    }
  return rc == SQLITE_DONE;
}

/* Binds the employee's own fields as parameters 1 to 17. */
static void
bind_employee (sqlite3_stmt *stmt, KrEmployee *employee, const char *nip)
{
  sqlite3_bind_text (stmt, 1, nip, -1, SQLITE_TRANSIENT);
  bind_clean (stmt, 2, employee->name);
  bind_clean (stmt, 3, employee->title_front);
  bind_clean (stmt, 4, employee->title_back);
  bind_clean (stmt, 5, employee->birth_place);
  _kr_bind_date (stmt, 6, &employee->birth_date);
  sqlite3_bind_text (stmt, 7, employee->gender == KR_GENDER_FEMALE ? "F" : "M", -1, SQLITE_STATIC);
  if (employee->religion != KR_RELIGION_UNKNOWN)
    _kr_bind_text (stmt, 8, _kr_enum_get_code (KR_TYPE_RELIGION, employee->religion));
  if (employee->marital_status != KR_MARITAL_STATUS_UNKNOWN)
    _kr_bind_text (stmt, 9, _kr_enum_get_code (KR_TYPE_MARITAL_STATUS, employee->marital_status));
  bind_clean (stmt, 10, employee->nik);
  bind_clean (stmt, 11, employee->phone);
  bind_clean (stmt, 12, employee->email);
  bind_clean (stmt, 13, employee->address);
  _kr_bind_text (stmt, 14, _kr_enum_get_code (KR_TYPE_EMPLOYEE_KIND, employee->kind));
  _kr_bind_text (stmt, 15, _kr_enum_get_code (KR_TYPE_EMPLOYEE_STATUS, employee->status));
  _kr_bind_date (stmt, 16, &employee->tmt_cpns);
  _kr_bind_date (stmt, 17, &employee->tmt_pns);
}

static gint64
insert_employee (KrEmployeeRepository *self, KrEmployee *employee, GError **error)
{
  g_autofree char *nip = compact_nip (employee->nip);
  g_auto (KrStmt) stmt = NULL;

  if (!check_nip_free (self, nip, 0, error))
    return 0;
  stmt = _kr_statements_get (self->statements, sql_insert_employee, error);
  if (stmt == NULL)
    return 0;
  bind_employee (stmt, employee, nip);
  if (!_kr_statements_run (self->statements, stmt, _ ("Could not save changes to"), error))
    return 0;
  return _kr_statements_last_insert_id (self->statements);
}

gint64
kr_employee_repository_insert (KrEmployeeRepository *self,
                               KrEmployee *employee,
                               GPtrArray **warnings,
                               GError **error)
{
  g_autoptr (GPtrArray) found = NULL;
  gboolean own;
  gint64 id;

  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (self), 0);
  g_return_val_if_fail (KR_IS_EMPLOYEE (employee), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!kr_employee_validate (employee, NULL, NULL, &found, error) ||
      !begin_write (self, &own, error))
    return 0;
  id = insert_employee (self, employee, error);
  if (!end_write (self, own, id != 0, id, error))
    return 0;

  _kr_employee_set_id (employee, id);
  remember_facts (self, employee);
  if (warnings != NULL)
    *warnings = g_steal_pointer (&found);
  return id;
}

/* Fails when the rank history holds golongan that employees of @kind cannot hold. */
static gboolean
check_kind_fits_ranks (KrEmployeeRepository *self, gint64 id, KrEmployeeKind kind, GError **error)
{
  gboolean pppk = kind == KR_EMPLOYEE_KIND_PPPK;
  gint64 n_rows;

  if (!_kr_statements_count (self->statements, pppk ? sql_count_pns_ranks : sql_count_pppk_ranks,
                             id, &n_rows, error))
    return FALSE;
  if (n_rows == 0)
    return TRUE;

  g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
               /* Translators: the second %s is “PNS”, “CPNS” or “PPPK” */
               ngettext ("%d row of the rank history does not fit a %s; change or delete it "
                         "before changing the employee kind",
                         "%d rows of the rank history do not fit a %s; change or delete them "
                         "before changing the employee kind",
                         (gulong) n_rows),
               (int) n_rows, kr_employee_kind_get_label (kind));
  return FALSE;
}

static gboolean
update_employee (KrEmployeeRepository *self, KrEmployee *employee, GError **error)
{
  g_autofree char *nip = compact_nip (employee->nip);
  g_auto (KrStmt) stmt = NULL;
  Facts facts;

  if (!find_facts (self, employee->id, &facts, error) ||
      !check_nip_free (self, nip, employee->id, error) ||
      !check_kind_fits_ranks (self, employee->id, employee->kind, error))
    return FALSE;

  stmt = _kr_statements_get (self->statements, sql_update_employee, error);
  if (stmt == NULL)
    return FALSE;
  bind_employee (stmt, employee, nip);
  sqlite3_bind_int64 (stmt, 18, employee->id);
  return _kr_statements_run (self->statements, stmt, _ ("Could not save changes to"), error);
}

gboolean
kr_employee_repository_update (KrEmployeeRepository *self,
                               KrEmployee *employee,
                               GPtrArray **warnings,
                               GError **error)
{
  g_autoptr (GPtrArray) found = NULL;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (KR_IS_EMPLOYEE (employee), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!kr_employee_validate (employee, NULL, NULL, &found, error) ||
      !begin_write (self, &own, error))
    return FALSE;
  forget_facts (self, employee->id);
  ok = update_employee (self, employee, error);
  if (!end_write (self, own, ok, employee->id, error))
    return FALSE;

  if (warnings != NULL)
    *warnings = g_steal_pointer (&found);
  return TRUE;
}

gboolean
kr_employee_repository_delete (KrEmployeeRepository *self, gint64 id, GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  gboolean own, ok;
  Facts facts;

  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!begin_write (self, &own, error))
    return FALSE;
  forget_facts (self, id);
  ok = find_facts (self, id, &facts, error) &&
       (stmt = _kr_statements_get (self->statements, sql_delete_employee, error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      ok = _kr_statements_run (self->statements, stmt, _ ("Could not save changes to"), error);
    }
  return end_write (self, own, ok, id, error);
}

/* History checks */

/* Checks a date from which something counts (a TMT): known, after the birth date and, for
 * what only happens in service (@in_service), not before the first appointment. */
static gboolean
check_tmt (const Facts *facts, const GDate *tmt, gboolean in_service, GError **error)
{
  char text[KR_DATE_ISO_LENGTH + 1], other[KR_DATE_ISO_LENGTH + 1];

  if (!g_date_valid (tmt))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("The TMT is required"));
      return FALSE;
    }
  kr_date_format_iso_buf (tmt, text);
  if (g_date_compare (tmt, &facts->birth_date) <= 0)
    {
      kr_date_format_iso_buf (&facts->birth_date, other);
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The TMT %s must be after the birth date %s"), text, other);
      return FALSE;
    }
  if (in_service && g_date_valid (&facts->tmt_cpns) && g_date_compare (tmt, &facts->tmt_cpns) < 0)
    {
      kr_date_format_iso_buf (&facts->tmt_cpns, other);
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   facts->kind == KR_EMPLOYEE_KIND_PPPK
                       ? _ ("The TMT %s is before the employee’s first contract, %s")
                       : _ ("The TMT %s is before the employee’s TMT CPNS, %s"),
                   text, other);
      return FALSE;
    }
  return TRUE;
}

/* Checks the date of a decree (or certificate), when known: after the birth date and not in
 * the future. */
static gboolean
check_sk_date (const Facts *facts, const GDate *sk_date, GError **error)
{
  char text[KR_DATE_ISO_LENGTH + 1], other[KR_DATE_ISO_LENGTH + 1];
  GDate today;

  if (!g_date_valid (sk_date))
    return TRUE;
  kr_date_today (NULL, &today);
  kr_date_format_iso_buf (sk_date, text);
  if (g_date_compare (sk_date, &today) > 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("The SK date %s is in the future"), text);
      return FALSE;
    }
  if (g_date_compare (sk_date, &facts->birth_date) <= 0)
    {
      kr_date_format_iso_buf (&facts->birth_date, other);
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The SK date %s must be after the birth date %s"), text, other);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_golongan (const Facts *facts, guint golongan, KrPromotionKind promotion, GError **error)
{
  gboolean is_pppk =
      golongan > PPPK_GOLONGAN_BASE && golongan - PPPK_GOLONGAN_BASE <= KR_PPPK_GOLONGAN_MAX;
  KrRank rank;
  gboolean is_pns = kr_rank_from_code (golongan, &rank);

  if (!is_pppk && !is_pns)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The golongan code %u is not valid; use 11 (I/a) to 45 (IV/e) for a PNS "
                      "and 101 (I) to 117 (XVII) for a PPPK"),
                   golongan);
      return FALSE;
    }
  if (facts->kind == KR_EMPLOYEE_KIND_PPPK && is_pns)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("A PPPK holds a PPPK golongan (I to XVII), not the PNS golongan %s"),
                   kr_rank_get_golongan (rank));
      return FALSE;
    }
  if (facts->kind != KR_EMPLOYEE_KIND_PPPK && is_pppk)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   /* Translators: the first %s is “PNS” or “CPNS” */
                   _ ("A %s holds a golongan ruang (I/a to IV/e), not the PPPK golongan %s"),
                   kr_employee_kind_get_label (facts->kind), kr_golongan_get_label (golongan));
      return FALSE;
    }
  /* B: a PPPK golongan comes with each contract; PPPK have no kenaikan pangkat. */
  if (is_pppk && promotion != KR_PROMOTION_KIND_PENGANGKATAN)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("A PPPK has no kenaikan pangkat (%s); record the golongan of each contract "
                      "as Pengangkatan"),
                   kr_promotion_kind_get_label (promotion));
      return FALSE;
    }
  return TRUE;
}

/* Checks a year of graduation or of an award: known, after the birth year, not in the
 * future. */
static gboolean
check_year (const Facts *facts, guint year, gboolean is_award, GError **error)
{
  guint birth_year = g_date_get_year (&facts->birth_date);
  GDate today;

  kr_date_today (NULL, &today);
  if (year == 0)
    g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                 is_award ? _ ("The award year is required")
                          : _ ("The graduation year is required"));
  else if (year <= birth_year)
    g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                 is_award ? _ ("The award year %u must be after the birth year %u")
                          : _ ("The graduation year %u must be after the birth year %u"),
                 year, birth_year);
  else if (year > g_date_get_year (&today))
    g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                 is_award ? _ ("The award year %u is in the future")
                          : _ ("The graduation year %u is in the future"),
                 year);
  else
    return TRUE;
  return FALSE;
}

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

  if (!find_facts (self, entry->employee_id, &facts, error) ||
      !check_golongan (&facts, entry->golongan, entry->promotion_kind, error) ||
      !check_tmt (&facts, &entry->tmt, TRUE, error) ||
      !check_sk_date (&facts, &entry->sk_date, error) ||
      (stmt = _kr_statements_get (self->statements, sql, error)) == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, entry->employee_id);
  sqlite3_bind_int (stmt, 2, (int) entry->golongan);
  _kr_bind_text (stmt, 3, _kr_enum_get_code (KR_TYPE_PROMOTION_KIND, entry->promotion_kind));
  _kr_bind_date (stmt, 4, &entry->tmt);
  bind_clean (stmt, 5, entry->sk_number);
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

  if (!find_facts (self, entry->employee_id, &facts, error) ||
      !check_position_exists (self, entry->position_id, error) ||
      !check_tmt (&facts, &entry->tmt, TRUE, error) ||
      !check_sk_date (&facts, &entry->sk_date, error) ||
      (stmt = _kr_statements_get (self->statements, sql, error)) == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, entry->employee_id);
  sqlite3_bind_int64 (stmt, 2, entry->position_id);
  _kr_bind_date (stmt, 3, &entry->tmt);
  bind_clean (stmt, 4, entry->sk_number);
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

  if (!find_facts (self, entry->employee_id, &facts, error) ||
      !check_year (&facts, entry->graduation_year, FALSE, error) ||
      !check_sk_date (&facts, &entry->sk_date, error) ||
      (stmt = _kr_statements_get (self->statements, sql, error)) == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, entry->employee_id);
  _kr_bind_text (stmt, 2, _kr_education_get_code (entry->level));
  bind_clean (stmt, 3, entry->institution);
  bind_clean (stmt, 4, entry->major);
  sqlite3_bind_int (stmt, 5, (int) entry->graduation_year);
  bind_clean (stmt, 6, entry->sk_number);
  _kr_bind_date (stmt, 7, &entry->sk_date);
  if (sql == sql_update_education)
    bind_update_key (stmt, 7, entry->id, entry->employee_id);
  return _kr_statements_run (self->statements, stmt, _ ("Could not save changes to"), error);
}

static gboolean
check_discipline (const Facts *facts, const KrDisciplineEntry *entry, GError **error)
{
  g_autofree char *sanction = _kr_strip_dup (entry->sanction);
  char text[KR_DATE_ISO_LENGTH + 1], other[KR_DATE_ISO_LENGTH + 1];
  GDate pp_94_2021;

  if (sanction == NULL)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("The sanction is required"));
      return FALSE;
    }
  if (!check_tmt (facts, &entry->tmt, TRUE, error) ||
      !check_sk_date (facts, &entry->sk_date, error))
    return FALSE;

  kr_date_format_iso_buf (&entry->tmt, text);
  if (g_date_valid (&entry->end_date) && g_date_compare (&entry->end_date, &entry->tmt) < 0)
    {
      kr_date_format_iso_buf (&entry->end_date, other);
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The end date %s of the sanction is before its TMT %s"), other, text);
      return FALSE;
    }
  g_date_clear (&pp_94_2021, 1);
  g_date_set_dmy (&pp_94_2021, PP_94_2021_DAY, PP_94_2021_MONTH, PP_94_2021_YEAR);
  if (entry->regulation == KR_DISCIPLINE_REGULATION_PP_94_2021 &&
      g_date_compare (&entry->tmt, &pp_94_2021) < 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("A sanction with TMT %s cannot fall under PP 94/2021, which applies from "
                      "31 August 2021; choose PP 53/2010"),
                   text);
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_discipline (KrEmployeeRepository *self, gconstpointer data, const char *sql, GError **error)
{
  const KrDisciplineEntry *entry = data;
  g_auto (KrStmt) stmt = NULL;
  Facts facts;

  if (!find_facts (self, entry->employee_id, &facts, error) ||
      !check_discipline (&facts, entry, error) ||
      (stmt = _kr_statements_get (self->statements, sql, error)) == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, entry->employee_id);
  _kr_bind_text (stmt, 2, _kr_enum_get_code (KR_TYPE_DISCIPLINE_LEVEL, entry->level));
  bind_clean (stmt, 3, entry->sanction);
  _kr_bind_text (stmt, 4, _kr_enum_get_code (KR_TYPE_DISCIPLINE_REGULATION, entry->regulation));
  _kr_bind_date (stmt, 5, &entry->tmt);
  _kr_bind_date (stmt, 6, &entry->end_date);
  bind_clean (stmt, 7, entry->sk_number);
  _kr_bind_date (stmt, 8, &entry->sk_date);
  if (sql == sql_update_discipline)
    bind_update_key (stmt, 8, entry->id, entry->employee_id);
  return _kr_statements_run (self->statements, stmt, _ ("Could not save changes to"), error);
}

/* DOMAIN 11.1 (C): the years of service each Satyalancana Karya Satya needs. */
static const guint satyalancana_years[KR_N_AWARD_KINDS] = {
  [KR_AWARD_KIND_SATYALANCANA_X] = 10,
  [KR_AWARD_KIND_SATYALANCANA_XX] = 20,
  [KR_AWARD_KIND_SATYALANCANA_XXX] = 30,
  [KR_AWARD_KIND_OTHER] = 0,
};

static gboolean
check_award (const Facts *facts, const KrAwardEntry *entry, GError **error)
{
  g_autofree char *name = _kr_strip_dup (entry->name);
  guint needed = satyalancana_years[entry->kind];
  char text[KR_DATE_ISO_LENGTH + 1];
  guint served;

  if (entry->kind == KR_AWARD_KIND_OTHER && name == NULL)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("The award name is required"));
      return FALSE;
    }
  if (!check_year (facts, entry->year, TRUE, error) ||
      !check_sk_date (facts, &entry->sk_date, error))
    return FALSE;
  if (needed == 0 || !g_date_valid (&facts->tmt_cpns))
    return TRUE;

  /* Counted in whole calendar years, which can only overestimate the service. */
  served = entry->year > g_date_get_year (&facts->tmt_cpns)
               ? entry->year - g_date_get_year (&facts->tmt_cpns)
               : 0;
  if (served >= needed)
    return TRUE;
  kr_date_format_iso_buf (&facts->tmt_cpns, text);
  g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
               _ ("%s needs %u years of service, but from the TMT CPNS %s to %u there are only "
                  "%u"),
               kr_award_kind_get_label (entry->kind), needed, text, entry->year, served);
  return FALSE;
}

static gboolean
write_award (KrEmployeeRepository *self, gconstpointer data, const char *sql, GError **error)
{
  const KrAwardEntry *entry = data;
  g_auto (KrStmt) stmt = NULL;
  Facts facts;

  if (!find_facts (self, entry->employee_id, &facts, error) ||
      !check_award (&facts, entry, error) ||
      (stmt = _kr_statements_get (self->statements, sql, error)) == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, entry->employee_id);
  _kr_bind_text (stmt, 2, _kr_enum_get_code (KR_TYPE_AWARD_KIND, entry->kind));
  bind_clean (stmt, 3, entry->name);
  sqlite3_bind_int (stmt, 4, (int) entry->year);
  bind_clean (stmt, 5, entry->sk_number);
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

  if (!begin_write (self, &own, error))
    return 0;
  ok = write (self, entry, sql, error);
  if (ok)
    id = _kr_statements_last_insert_id (self->statements);
  return end_write (self, own, ok, employee_id, error) ? id : 0;
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

  if (!begin_write (self, &own, error))
    return FALSE;
  ok = check_row_owner (self, kind, id, employee_id, &owner, error) &&
       write (self, entry, sql, error);
  return end_write (self, own, ok, employee_id, error);
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

  if (!begin_write (self, &own, error))
    return FALSE;
  ok = check_row_owner (self, kind, id, 0, &owner, error) &&
       (stmt = _kr_statements_get (self->statements, sql_history_delete[kind], error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      ok = _kr_statements_run (self->statements, stmt, _ ("Could not save changes to"), error);
    }
  return end_write (self, own, ok, owner, error);
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
  if (!check (self, KR_PERMISSION_READ_EMPLOYEES, error) ||
      !_kr_statements_count (self->statements, sql_employee_unit, employee_id, &unit_id, error) ||
      !check_readable (self, unit_id, error))
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

/* Bulk loads */

static gboolean
run_sql (KrEmployeeRepository *self, const char *sql, GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql, error);

  return stmt != NULL &&
         _kr_statements_run (self->statements, stmt, _ ("Could not save changes to"), error);
}

static gboolean
query_temp_store (KrEmployeeRepository *self, gint64 *value, GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_get_temp_store, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = _kr_statements_step (self->statements, stmt, _ ("Could not read"), error);
  *value = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  return rc != 0;
}

static void
restore_temp_store (KrEmployeeRepository *self)
{
  gint64 value = self->saved_temp_store;

  /* Only a failure to allocate memory could refuse this. */
  if (value >= 0 && value < (gint64) G_N_ELEMENTS (sql_set_temp_store))
    run_sql (self, sql_set_temp_store[value], NULL);
}

/* Runs @sql, which may change the schema, outside the statement cache. */
static gboolean
exec_schema_sql (KrEmployeeRepository *self, const char *sql, GError **error)
{
  KrDatabase *database = _kr_statements_get_database (self->statements);
  int rc = sqlite3_exec (_kr_database_get_handle (database), sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    _kr_database_set_error (database, error, rc, _ ("Could not save changes to"));
  return rc == SQLITE_OK;
}

/* When the employee table is empty, drops its indexes and keeps their SQL in
 * self->deferred_indexes. */
static gboolean
defer_indexes (KrEmployeeRepository *self, GError **error)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) sqls = g_ptr_array_new_with_free_func (g_free);
  g_auto (KrStmt) stmt = NULL;
  gint64 empty = 0;
  int rc;

  if (!_kr_statements_count (self->statements, sql_is_empty, 0, &empty, error))
    return FALSE;
  if (!empty)
    return TRUE;
  stmt = _kr_statements_get (self->statements, sql_list_indexes, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = _kr_statements_step (self->statements, stmt, _ ("Could not read"), error)) ==
         SQLITE_ROW)
    {
      g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      g_ptr_array_add (sqls, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  if (rc != SQLITE_DONE)
    return FALSE;
  /* The read must end before the schema changes. */
  _kr_stmt_reset (&stmt);
  for (guint i = 0; i < names->len; i++)
    {
      char *drop = sqlite3_mprintf ("DROP INDEX \"%w\"", (const char *) names->pdata[i]);
      gboolean ok = drop != NULL && exec_schema_sql (self, drop, error);

      sqlite3_free (drop);
      if (!ok)
        return FALSE;
    }
  self->deferred_indexes = g_steal_pointer (&sqls);
  return TRUE;
}

static gboolean
create_deferred_indexes (KrEmployeeRepository *self, GError **error)
{
  for (guint i = 0; self->deferred_indexes != NULL && i < self->deferred_indexes->len; i++)
    {
      if (!exec_schema_sql (self, self->deferred_indexes->pdata[i], error))
        return FALSE;
    }
  return TRUE;
}

gboolean
kr_employee_repository_begin_bulk (KrEmployeeRepository *self, GError **error)
{
  KrDatabase *database;

  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->bulk)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("A bulk load is already running; end it before starting another"));
      return FALSE;
    }
  if (!check (self, KR_PERMISSION_WRITE_EMPLOYEES, error))
    return FALSE;
  database = _kr_statements_get_database (self->statements);
  if (!query_temp_store (self, &self->saved_temp_store, error) ||
      !run_sql (self, sql_set_temp_store[TEMP_STORE_MEMORY], error))
    return FALSE;
  if (!kr_database_begin (database, error) || !run_sql (self, sql_pause_settling, error) ||
      !defer_indexes (self, error))
    {
      if (!sqlite3_get_autocommit (_kr_database_get_handle (database)))
        kr_database_rollback (database, NULL);
      g_clear_pointer (&self->deferred_indexes, g_ptr_array_unref);
      restore_temp_store (self);
      return FALSE;
    }
  self->bulk = TRUE;
  self->bulk_facts.id = 0;
  self->bulk_changed = 0;
  return TRUE;
}

/* Settles what the load added (current values, indexes, search index) and commits. */
static gboolean
commit_bulk (KrEmployeeRepository *self, GError **error)
{
  KrDatabase *database = _kr_statements_get_database (self->statements);

  if (run_sql (self, sql_settle_current, error) && create_deferred_indexes (self, error) &&
      run_sql (self, sql_settle_search, error) && run_sql (self, sql_resume_settling, error) &&
      kr_database_commit (database, error))
    return TRUE;
  kr_database_rollback (database, NULL);
  return FALSE;
}

gboolean
kr_employee_repository_end_bulk (KrEmployeeRepository *self, gboolean commit, GError **error)
{
  gboolean ok;
  gint64 changed;

  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!self->bulk)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("No bulk load is running"));
      return FALSE;
    }
  self->bulk = FALSE;
  self->bulk_facts.id = 0;
  changed = self->bulk_changed;
  ok = commit ? commit_bulk (self, error)
              : kr_database_rollback (_kr_statements_get_database (self->statements), error);
  /* A rollback takes the dropped indexes back with it. */
  g_clear_pointer (&self->deferred_indexes, g_ptr_array_unref);
  restore_temp_store (self);
  /* One employee changed is announced as that employee, more as everyone. */
  if (ok && commit && changed != 0)
    g_signal_emit (self, signals[CHANGED], 0, MAX (changed, (gint64) 0));
  return ok;
}
