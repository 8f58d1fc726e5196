/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-appraisal-repository"

#include "config.h"

#include "kr-appraisal-repository-internal.h"

#include "kr-database-private.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-identity.h"

G_DEFINE_FINAL_TYPE (KrAppraisalRepository, kr_appraisal_repository, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char sql_account_employee[] = "SELECT employee_id FROM account WHERE id = ?";
static const char sql_people[] =
    "SELECT a.employee_id, a.appraiser_id, a.senior_appraiser_id FROM appraisal a WHERE a.id = ?";
static const char sql_employee_unit[] = "SELECT unit_id FROM employee WHERE id = ?";
static const char sql_appraises_employee[] =
    "SELECT EXISTS (SELECT 1 FROM appraisal WHERE employee_id = ?1 "
    "AND (appraiser_id = ?2 OR senior_appraiser_id = ?2))";
static const char sql_annual_state[] =
    "SELECT state FROM appraisal_evaluation WHERE appraisal_id = ? AND period = 0";
/* The instansi of a unit: the root above it. */
static const char sql_root_unit[] =
    "WITH RECURSIVE up (id, parent_id) AS (SELECT id, parent_id FROM unit WHERE id = ? "
    "UNION ALL SELECT u.id, u.parent_id FROM unit u JOIN up ON u.id = up.parent_id) "
    "SELECT id FROM up WHERE parent_id IS NULL";
static const char sql_get_cycle[] = "SELECT cycle FROM appraisal_cycle_setting WHERE unit_id = ?";
static const char sql_get_place[] = "SELECT place FROM appraisal_cycle_setting WHERE unit_id = ?";
static const char sql_set_place[] =
    "INSERT INTO appraisal_cycle_setting (unit_id, place) VALUES (?1, ?2) "
    "ON CONFLICT (unit_id) DO UPDATE SET place = excluded.place WHERE place IS NOT excluded.place";
static const char sql_set_cycle[] =
    "INSERT INTO appraisal_cycle_setting (unit_id, cycle) VALUES (?1, ?2) "
    "ON CONFLICT (unit_id) DO UPDATE SET cycle = excluded.cycle WHERE cycle IS NOT excluded.cycle";
static const char sql_count_moved[] =
    "SELECT count(*) FROM appraisal_evaluation v WHERE v.appraisal_id = ?1 AND (v.state <> "
    "'draft' OR EXISTS (SELECT 1 FROM appraisal_transition t WHERE t.evaluation_id = v.id))";
static const char sql_delete[] = "DELETE FROM appraisal WHERE id = ?";

/* Object */

static void
kr_appraisal_repository_finalize (GObject *object)
{
  KrAppraisalRepository *self = KR_APPRAISAL_REPOSITORY (object);

  g_clear_pointer (&self->statements, _kr_statements_free);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (kr_appraisal_repository_parent_class)->finalize (object);
}

static void
kr_appraisal_repository_class_init (KrAppraisalRepositoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kr_appraisal_repository_finalize;

  /**
   * KrAppraisalRepository::changed:
   * @self: the repository
   * @appraisal_id: the appraisal that changed, 0 for several or none in particular
   *
   * Emitted after a change was committed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
kr_appraisal_repository_init (KrAppraisalRepository *self)
{
}

KrAppraisalRepository *
kr_appraisal_repository_new (KrDatabase *database)
{
  KrAppraisalRepository *self;

  g_return_val_if_fail (KR_IS_DATABASE (database), NULL);

  self = g_object_new (KR_TYPE_APPRAISAL_REPOSITORY, NULL);
  self->database = g_object_ref (database);
  self->statements = _kr_statements_new (database);
  return self;
}

KrDatabase *
kr_appraisal_repository_get_database (KrAppraisalRepository *self)
{
  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), NULL);

  return self->database;
}

void
_kr_appraisal_repository_emit_changed (KrAppraisalRepository *self, gint64 appraisal_id)
{
  g_signal_emit (self, signals[CHANGED], 0, appraisal_id);
}

/* Errors */

void
_kr_appraisal_set_not_found (GError **error, gint64 appraisal_id)
{
  g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
               _ ("The appraisal %lld does not exist; it may have been deleted"),
               (long long) appraisal_id);
}

void
_kr_appraisal_set_evaluation_not_found (GError **error, gint64 evaluation_id)
{
  g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
               _ ("The evaluation %lld does not exist; it may have been deleted"),
               (long long) evaluation_id);
}

void
_kr_appraisal_set_denied (KrAppraisalRepository *self, GError **error, const char *what)
{
  KrIdentity *identity = kr_database_get_identity (self->database);

  if (identity != NULL)
    g_set_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED,
                 /* Translators: a user name, a role such as “Unit head”, then what was
                  * refused, such as “review this appraisal” */
                 _ ("%s is signed in as %s, who may not %s"), kr_identity_get_user_name (identity),
                 kr_role_get_label (kr_identity_get_role (identity)), what);
  else
    g_set_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED,
                 /* Translators: %s is what was refused, such as “review this appraisal” */
                 _ ("This database has accounts: sign in to %s"), what);
}

/* Who may do what */

gint64
_kr_appraisal_get_signed_in_employee (KrAppraisalRepository *self)
{
  KrIdentity *identity = kr_database_get_identity (self->database);
  g_autoptr (GError) error = NULL;
  g_auto (KrStmt) stmt = NULL;

  if (identity == NULL)
    return 0;
  stmt = _kr_statements_get (self->statements, sql_account_employee, &error);
  if (stmt == NULL)
    {
      g_warning ("%s", error->message);
      return 0;
    }
  sqlite3_bind_int64 (stmt, 1, kr_identity_get_account_id (identity));
  if (_kr_statements_step (self->statements, stmt, _ ("Could not read the accounts"), &error) !=
      SQLITE_ROW)
    {
      if (error != NULL)
        g_warning ("%s", error->message);
      return 0;
    }
  return sqlite3_column_int64 (stmt, 0);
}

gboolean
_kr_appraisal_check_read (KrAppraisalRepository *self, GError **error)
{
  return _kr_database_check (self->database, KR_PERMISSION_READ_EMPLOYEES, error);
}

gboolean
_kr_appraisal_check_read_employee (KrAppraisalRepository *self, gint64 employee_id, GError **error)
{
  gint64 me;
  gint64 unit_id = 0;
  g_auto (KrStmt) stmt = NULL;
  int rc;

  if (!_kr_appraisal_check_read (self, error))
    return FALSE;
  if (_kr_database_get_scope_unit (self->database) == 0)
    return TRUE;

  /* A unit head: the employees of their subtree, or those they appraise. */
  me = _kr_appraisal_get_signed_in_employee (self);
  if (me != 0)
    {
      stmt = _kr_appraisal_get_stmt (self, sql_appraises_employee, employee_id, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 2, me);
      rc = _kr_appraisal_step (self, stmt, error);
      if (rc == 0)
        return FALSE;
      if (rc == SQLITE_ROW && sqlite3_column_int (stmt, 0) != 0)
        return TRUE;
    }
  if (!_kr_statements_count (self->statements, sql_employee_unit, employee_id, &unit_id, error))
    return FALSE;
  return _kr_database_check_in_scope (self->database, unit_id, error);
}

gboolean
_kr_appraisal_check_read_appraisal (KrAppraisalRepository *self,
                                    gint64 appraisal_id,
                                    GError **error)
{
  gint64 employee_id = 0;

  if (!_kr_appraisal_check_read (self, error))
    return FALSE;
  return _kr_appraisal_get_people (self, appraisal_id, &employee_id, NULL, NULL, error) &&
         _kr_appraisal_check_read_employee (self, employee_id, error);
}

gboolean
_kr_appraisal_check_write (KrAppraisalRepository *self, GError **error)
{
  return _kr_database_check (self->database, KR_PERMISSION_WRITE_APPRAISALS, error);
}

gboolean
_kr_appraisal_get_people (KrAppraisalRepository *self,
                          gint64 appraisal_id,
                          gint64 *employee_id,
                          gint64 *appraiser_id,
                          gint64 *senior_appraiser_id,
                          GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_people, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, appraisal_id);
  rc = _kr_appraisal_step (self, stmt, error);
  if (rc == 0)
    return FALSE;
  if (rc != SQLITE_ROW)
    {
      _kr_appraisal_set_not_found (error, appraisal_id);
      return FALSE;
    }
  if (employee_id != NULL)
    *employee_id = sqlite3_column_int64 (stmt, 0);
  if (appraiser_id != NULL)
    *appraiser_id = sqlite3_column_int64 (stmt, 1);
  if (senior_appraiser_id != NULL)
    *senior_appraiser_id = sqlite3_column_int64 (stmt, 2);
  return TRUE;
}

void
_kr_appraisal_get_roles (KrAppraisalRepository *self,
                         gint64 appraisal_id,
                         gboolean *as_writer,
                         gboolean *as_appraiser,
                         gboolean *as_senior)
{
  KrIdentity *identity = kr_database_get_identity (self->database);
  gint64 appraiser_id = 0, senior_id = 0, me;

  *as_writer = *as_appraiser = *as_senior = FALSE;
  if (identity == NULL)
    {
      /* Without accounts everyone may do everything; with them, nobody signed out may. */
      *as_writer = _kr_database_check (self->database, KR_PERMISSION_WRITE_APPRAISALS, NULL);
      return;
    }
  *as_writer = kr_identity_can (identity, KR_PERMISSION_WRITE_APPRAISALS);
  if (!kr_identity_can (identity, KR_PERMISSION_REVIEW_APPRAISALS))
    return;
  me = _kr_appraisal_get_signed_in_employee (self);
  if (me == 0 ||
      !_kr_appraisal_get_people (self, appraisal_id, NULL, &appraiser_id, &senior_id, NULL))
    return;
  *as_appraiser = appraiser_id == me;
  *as_senior = senior_id == me;
}

gboolean
_kr_appraisal_check_write_appraisal (KrAppraisalRepository *self,
                                     gint64 appraisal_id,
                                     GError **error)
{
  gboolean as_writer, as_appraiser, as_senior;

  if (!_kr_appraisal_get_people (self, appraisal_id, NULL, NULL, NULL, error))
    return FALSE;
  _kr_appraisal_get_roles (self, appraisal_id, &as_writer, &as_appraiser, &as_senior);
  if (as_writer || as_appraiser)
    return TRUE;
  if (kr_database_get_identity (self->database) == NULL)
    return _kr_appraisal_check_write (self, error);
  _kr_appraisal_set_denied (self, error, _ ("change this appraisal"));
  return FALSE;
}

gboolean
_kr_appraisal_get_annual_state (KrAppraisalRepository *self,
                                gint64 appraisal_id,
                                KrAppraisalState *state,
                                GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_annual_state, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, appraisal_id);
  rc = _kr_appraisal_step (self, stmt, error);
  if (rc == 0)
    return FALSE;
  *state = KR_APPRAISAL_STATE_DRAFT;
  if (rc == SQLITE_ROW)
    kr_appraisal_state_from_code ((const char *) sqlite3_column_text (stmt, 0), state);
  return TRUE;
}

/* Instansi settings */

static gboolean
find_root (KrAppraisalRepository *self, gint64 unit_id, gint64 *root, GError **error)
{
  if (!_kr_statements_count (self->statements, sql_root_unit, unit_id, root, error))
    return FALSE;
  if (*root == 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
                   _ ("The unit %lld does not exist; it may have been deleted"),
                   (long long) unit_id);
      return FALSE;
    }
  return TRUE;
}

gboolean
_kr_appraisal_read_cycle (KrAppraisalRepository *self,
                          gint64 unit_id,
                          KrAppraisalCycle *cycle,
                          GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  gint64 root = 0;
  int rc;

  *cycle = KR_APPRAISAL_CYCLE_DEFAULT;
  if (unit_id == 0)
    return TRUE;
  if (!find_root (self, unit_id, &root, error))
    return FALSE;
  stmt = _kr_appraisal_get_stmt (self, sql_get_cycle, root, error);
  if (stmt == NULL)
    return FALSE;
  rc = _kr_statements_step (self->statements, stmt, _ ("Could not read the settings of"), error);
  if (rc == SQLITE_ROW &&
      !kr_appraisal_cycle_from_code ((const char *) sqlite3_column_text (stmt, 0), cycle))
    *cycle = KR_APPRAISAL_CYCLE_DEFAULT;
  return rc != 0;
}

gboolean
kr_appraisal_repository_get_cycle (KrAppraisalRepository *self,
                                   gint64 unit_id,
                                   KrAppraisalCycle *cycle,
                                   GError **error)
{
  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), FALSE);
  g_return_val_if_fail (cycle != NULL, FALSE);

  if (!_kr_appraisal_check_read (self, error))
    return FALSE;
  if (unit_id == 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
                   _ ("The unit %lld does not exist; it may have been deleted"), 0LL);
      return FALSE;
    }
  return _kr_appraisal_read_cycle (self, unit_id, cycle, error);
}

gboolean
kr_appraisal_repository_set_cycle (KrAppraisalRepository *self,
                                   gint64 unit_id,
                                   KrAppraisalCycle cycle,
                                   GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  gint64 root = 0;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), FALSE);

  if (!_kr_appraisal_check_write (self, error))
    return FALSE;
  if (cycle >= KR_N_APPRAISAL_CYCLES)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("The appraisal cycle is unknown"));
      return FALSE;
    }
  if (!find_root (self, unit_id, &root, error) ||
      !_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  stmt = _kr_statements_get (self->statements, sql_set_cycle, error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, root);
      sqlite3_bind_text (stmt, 2, kr_appraisal_cycle_get_code (cycle), -1, SQLITE_STATIC);
      ok = _kr_statements_run (self->statements, stmt, _ ("Could not save the settings of"), error);
    }
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  _kr_appraisal_repository_emit_changed (self, 0);
  return TRUE;
}

char *
_kr_appraisal_read_place (KrAppraisalRepository *self, gint64 unit_id, GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  gint64 root = 0;
  int rc;

  if (!find_root (self, unit_id, &root, error))
    return NULL;
  stmt = _kr_appraisal_get_stmt (self, sql_get_place, root, error);
  if (stmt == NULL)
    return NULL;
  rc = _kr_statements_step (self->statements, stmt, _ ("Could not read the settings of"), error);
  if (rc == 0)
    return NULL;
  return g_strdup (rc == SQLITE_ROW ? (const char *) sqlite3_column_text (stmt, 0) : NULL);
}

gboolean
kr_appraisal_repository_get_place (KrAppraisalRepository *self,
                                   gint64 unit_id,
                                   char **place,
                                   GError **error)
{
  g_autoptr (GError) local_error = NULL;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), FALSE);
  g_return_val_if_fail (place != NULL, FALSE);

  *place = NULL;
  if (!_kr_appraisal_check_read (self, error))
    return FALSE;
  *place = _kr_appraisal_read_place (self, unit_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

gboolean
kr_appraisal_repository_set_place (KrAppraisalRepository *self,
                                   gint64 unit_id,
                                   const char *place,
                                   GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (place != NULL ? place : ""));
  gint64 root = 0;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), FALSE);

  if (!_kr_appraisal_check_write (self, error))
    return FALSE;
  if (g_utf8_strlen (stripped, -1) > 100)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The place of signing is too long: at most 100 characters"));
      return FALSE;
    }
  if (!find_root (self, unit_id, &root, error) ||
      !_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  stmt = _kr_statements_get (self->statements, sql_set_place, error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, root);
      _kr_bind_text (stmt, 2, *stripped != '\0' ? stripped : NULL);
      ok = _kr_statements_run (self->statements, stmt, _ ("Could not save the settings of"), error);
    }
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  _kr_appraisal_repository_emit_changed (self, 0);
  return TRUE;
}

/* Deleting */

gboolean
kr_appraisal_repository_delete (KrAppraisalRepository *self, gint64 appraisal_id, GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  gint64 n_moved = 0;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), FALSE);

  if (!_kr_appraisal_check_write (self, error) ||
      !_kr_appraisal_get_people (self, appraisal_id, NULL, NULL, NULL, error) ||
      !_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  ok = _kr_statements_count (self->statements, sql_count_moved, appraisal_id, &n_moved, error);
  if (ok && n_moved > 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The appraisal cannot be deleted: its evaluations went past draft"));
      ok = FALSE;
    }
  if (ok)
    {
      stmt = _kr_statements_get (self->statements, sql_delete, error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, appraisal_id);
      ok = _kr_statements_run (self->statements, stmt, _ ("Could not delete the appraisal of"),
                               error);
    }
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  _kr_appraisal_repository_emit_changed (self, appraisal_id);
  return TRUE;
}

sqlite3_stmt *
_kr_appraisal_get_stmt (KrAppraisalRepository *self, const char *sql, gint64 id, GError **error)
{
  sqlite3_stmt *stmt = _kr_statements_get (self->statements, sql, error);

  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, id);
  return stmt;
}

int
_kr_appraisal_step (KrAppraisalRepository *self, sqlite3_stmt *stmt, GError **error)
{
  return _kr_statements_step (self->statements, stmt, _ ("Could not read the appraisals of"),
                              error);
}

gboolean
_kr_appraisal_delete_row (KrAppraisalRepository *self,
                          const char *sql,
                          gint64 id,
                          void (*set_not_found) (GError **error, gint64 id),
                          GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  gboolean own, ok;

  if (!_kr_appraisal_check_write (self, error) ||
      !_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  stmt = _kr_statements_get (self->statements, sql, error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      ok = _kr_statements_run (self->statements, stmt, _ ("Could not save changes to"), error);
    }
  if (ok && sqlite3_changes (_kr_database_get_handle (self->database)) == 0)
    {
      set_not_found (error, id);
      ok = FALSE;
    }
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  _kr_appraisal_repository_emit_changed (self, 0);
  return TRUE;
}

/* Rows */

void
_kr_appraisal_column_predikat (sqlite3_stmt *stmt,
                               int column,
                               gboolean *has_predikat,
                               KrPredikat *predikat)
{
  *predikat = KR_PREDIKAT_SANGAT_KURANG;
  *has_predikat =
      kr_predikat_from_code ((const char *) sqlite3_column_text (stmt, column), predikat);
}

KrAppraisalRow *
_kr_appraisal_row_from_stmt (sqlite3_stmt *stmt, int column)
{
  KrAppraisalRow *row = g_new0 (KrAppraisalRow, 1);

  row->evaluation_id = sqlite3_column_int64 (stmt, column);
  row->appraisal_id = sqlite3_column_int64 (stmt, column + 1);
  row->employee_id = sqlite3_column_int64 (stmt, column + 2);
  row->nip = _kr_column_dup_text (stmt, column + 3);
  row->name = _kr_column_dup_text (stmt, column + 4);
  row->position_name = _kr_column_dup_text (stmt, column + 5);
  row->unit_name = _kr_column_dup_text (stmt, column + 6);
  row->appraiser_name = _kr_column_dup_text (stmt, column + 7);
  row->year = sqlite3_column_int (stmt, column + 8);
  if (!kr_appraisal_cycle_from_code ((const char *) sqlite3_column_text (stmt, column + 9),
                                     &row->cycle))
    row->cycle = KR_APPRAISAL_CYCLE_DEFAULT;
  row->period = sqlite3_column_int (stmt, column + 10);
  if (!kr_appraisal_state_from_code ((const char *) sqlite3_column_text (stmt, column + 11),
                                     &row->state))
    row->state = KR_APPRAISAL_STATE_DRAFT;
  _kr_appraisal_column_predikat (stmt, column + 12, &row->has_predikat, &row->predikat);
  return row;
}
