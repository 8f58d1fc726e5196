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

G_DEFINE_FINAL_TYPE (KrEmployeeRepository, kr_employee_repository, G_TYPE_OBJECT)

guint _kr_employee_repository_signals[N_SIGNALS];

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

/* Object */

static void
kr_employee_repository_finalize (GObject *object)
{
  KrEmployeeRepository *self = KR_EMPLOYEE_REPOSITORY (object);

  g_clear_pointer (&self->statements, _kr_statements_free);
  g_clear_pointer (&self->deferred_indexes, g_ptr_array_unref);
  if (self->search != NULL)
    kr_employee_search_cancel (self->search);
  g_clear_object (&self->search);

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
  _kr_employee_repository_signals[CHANGED] =
      g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                    G_TYPE_NONE, 1, G_TYPE_INT64);
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

KrEmployeeSearch *
_kr_employee_repository_get_search (KrEmployeeRepository *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (self), NULL);

  if (self->search == NULL)
    self->search = kr_employee_search_new (_kr_statements_get_database (self->statements));
  return self->search;
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

gboolean
_kr_employee_repository_check (KrEmployeeRepository *self, KrPermission permission, GError **error)
{
  return _kr_database_check (_kr_statements_get_database (self->statements), permission, error);
}

/* Checks that the signed-in identity may read the employees of @unit_id. */
gboolean
_kr_employee_repository_check_readable (KrEmployeeRepository *self, gint64 unit_id, GError **error)
{
  return _kr_employee_repository_check (self, KR_PERMISSION_READ_EMPLOYEES, error) &&
         _kr_database_check_in_scope (_kr_statements_get_database (self->statements), unit_id,
                                      error);
}

/* Returns @employee when the signed-in identity may read it; otherwise drops it. */
static KrEmployee *
readable_or_null (KrEmployeeRepository *self, KrEmployee *employee, GError **error)
{
  if (_kr_employee_repository_check_readable (self, kr_employee_get_unit_id (employee), error))
    return employee;
  g_object_unref (employee);
  return NULL;
}

gboolean
_kr_employee_repository_begin_write (KrEmployeeRepository *self, gboolean *own, GError **error)
{
  return _kr_employee_repository_check (self, KR_PERMISSION_WRITE_EMPLOYEES, error) &&
         _kr_statements_begin (self->statements, own, error);
}

/* Finishes a write: commits a transaction of our own and announces the change, except
 * during a bulk load, which announces itself at its end. */
gboolean
_kr_employee_repository_end_write (KrEmployeeRepository *self,
                                   gboolean own,
                                   gboolean ok,
                                   gint64 employee_id,
                                   GError **error)
{
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  if (!self->bulk)
    g_signal_emit (self, _kr_employee_repository_signals[CHANGED], 0, employee_id);
  else if (self->bulk_changed == 0)
    self->bulk_changed = employee_id;
  else if (self->bulk_changed != employee_id)
    self->bulk_changed = -1;
  return TRUE;
}

gboolean
_kr_employee_repository_find_facts (KrEmployeeRepository *self,
                                    gint64 id,
                                    Facts *facts,
                                    GError **error)
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
void
_kr_employee_repository_bind_clean (sqlite3_stmt *stmt, int index, const char *text)
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

/* Whether @c belongs to a token of the index's tokenizer, unicode61 with remove_diacritics:
 * letters, digits and private use characters, and of the marks only the diacritics it folds
 * away (U+0300 to U+0331 less a few); every other mark separates tokens like punctuation.
 * A word that the tokenizer would split is a phrase, which the index (detail = none) refuses
 * with an error, so this must not take in anything the tokenizer leaves out. */
static gboolean
is_token_char (gunichar c)
{
  static const gunichar diacritics[][2] = {
    { 0x300, 0x304 }, { 0x306, 0x30c }, { 0x30f, 0x30f }, { 0x311, 0x311 },
    { 0x31b, 0x31b }, { 0x323, 0x328 }, { 0x32d, 0x32e }, { 0x330, 0x331 },
  };

  if (g_unichar_isalnum (c) || g_unichar_type (c) == G_UNICODE_PRIVATE_USE)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (diacritics); i++)
    if (c >= diacritics[i][0] && c <= diacritics[i][1])
      return TRUE;
  return FALSE;
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

  if (!_kr_employee_repository_check (self, KR_PERMISSION_READ_EMPLOYEES, error))
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
  _kr_employee_repository_bind_clean (stmt, 2, employee->name);
  _kr_employee_repository_bind_clean (stmt, 3, employee->title_front);
  _kr_employee_repository_bind_clean (stmt, 4, employee->title_back);
  _kr_employee_repository_bind_clean (stmt, 5, employee->birth_place);
  _kr_bind_date (stmt, 6, &employee->birth_date);
  sqlite3_bind_text (stmt, 7, employee->gender == KR_GENDER_FEMALE ? "F" : "M", -1, SQLITE_STATIC);
  if (employee->religion != KR_RELIGION_UNKNOWN)
    _kr_bind_text (stmt, 8, _kr_enum_get_code (KR_TYPE_RELIGION, employee->religion));
  if (employee->marital_status != KR_MARITAL_STATUS_UNKNOWN)
    _kr_bind_text (stmt, 9, _kr_enum_get_code (KR_TYPE_MARITAL_STATUS, employee->marital_status));
  _kr_employee_repository_bind_clean (stmt, 10, employee->nik);
  _kr_employee_repository_bind_clean (stmt, 11, employee->phone);
  _kr_employee_repository_bind_clean (stmt, 12, employee->email);
  _kr_employee_repository_bind_clean (stmt, 13, employee->address);
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
      !_kr_employee_repository_begin_write (self, &own, error))
    return 0;
  id = insert_employee (self, employee, error);
  if (!_kr_employee_repository_end_write (self, own, id != 0, id, error))
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

  if (!_kr_employee_repository_find_facts (self, employee->id, &facts, error) ||
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
      !_kr_employee_repository_begin_write (self, &own, error))
    return FALSE;
  forget_facts (self, employee->id);
  ok = update_employee (self, employee, error);
  if (!_kr_employee_repository_end_write (self, own, ok, employee->id, error))
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

  if (!_kr_employee_repository_begin_write (self, &own, error))
    return FALSE;
  forget_facts (self, id);
  ok = _kr_employee_repository_find_facts (self, id, &facts, error) &&
       (stmt = _kr_statements_get (self->statements, sql_delete_employee, error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      ok = _kr_statements_run (self->statements, stmt, _ ("Could not save changes to"), error);
    }
  return _kr_employee_repository_end_write (self, own, ok, id, error);
}
