/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-promotion-repository"

#include "config.h"

#include "kr-promotion-repository-private.h"

#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-text.h"
#include "kr-identity.h"

/* The object, the helpers of -private.h, ujian dinas and angka kredit. */

G_DEFINE_FINAL_TYPE (KrPromotionRepository, kr_promotion_repository, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char sql_employee_unit[] = "SELECT unit_id FROM employee WHERE id = ?";
static const char sql_employee_exists[] = "SELECT count(*) FROM employee WHERE id = ?";
static const char sql_list_ujian[] =
    "SELECT id, employee_id, level, date, certificate FROM ujian_dinas WHERE employee_id = ? "
    "ORDER BY level";
static const char sql_insert_ujian[] =
    "INSERT INTO ujian_dinas (employee_id, level, date, certificate) VALUES (?1, ?2, ?3, ?4)";
static const char sql_update_ujian[] =
    "UPDATE ujian_dinas SET level = ?2, date = ?3, certificate = ?4 WHERE id = ?5 AND "
    "employee_id = ?1";
static const char sql_ujian_employee[] = "SELECT employee_id FROM ujian_dinas WHERE id = ?";
static const char sql_ujian_conflict[] =
    "SELECT count(*) FROM ujian_dinas WHERE employee_id = ?1 AND level = ?2 AND id IS NOT ?3";
static const char sql_delete_ujian[] = "DELETE FROM ujian_dinas WHERE id = ?";
static const char sql_list_ak[] =
    "SELECT id, employee_id, year, value, source FROM angka_kredit WHERE employee_id = ? "
    "ORDER BY year, source";
static const char sql_insert_ak[] =
    "INSERT INTO angka_kredit (employee_id, year, value, source) VALUES (?1, ?2, ?3, ?4)";
static const char sql_update_ak[] =
    "UPDATE angka_kredit SET year = ?2, value = ?3, source = ?4 WHERE id = ?5 AND "
    "employee_id = ?1";
static const char sql_ak_employee[] = "SELECT employee_id FROM angka_kredit WHERE id = ?";
static const char sql_ak_conflict[] =
    "SELECT count(*) FROM angka_kredit WHERE employee_id = ?1 AND year = ?2 AND source = ?3 "
    "AND id IS NOT ?4";
static const char sql_delete_ak[] = "DELETE FROM angka_kredit WHERE id = ?";

static void
kr_promotion_repository_finalize (GObject *object)
{
  KrPromotionRepository *self = KR_PROMOTION_REPOSITORY (object);

  g_clear_pointer (&self->statements, _kr_statements_free);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (kr_promotion_repository_parent_class)->finalize (object);
}

static void
kr_promotion_repository_class_init (KrPromotionRepositoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kr_promotion_repository_finalize;

  /**
   * KrPromotionRepository::changed:
   * @self: the repository
   * @change_mask: a #KrPromotionChange mask
   *
   * Emitted after a change was committed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
kr_promotion_repository_init (KrPromotionRepository *self)
{
}

KrPromotionRepository *
kr_promotion_repository_new (KrDatabase *database)
{
  KrPromotionRepository *self;

  g_return_val_if_fail (KR_IS_DATABASE (database), NULL);

  self = g_object_new (KR_TYPE_PROMOTION_REPOSITORY, NULL);
  self->database = g_object_ref (database);
  self->statements = _kr_statements_new (database);
  return self;
}

KrDatabase *
kr_promotion_repository_get_database (KrPromotionRepository *self)
{
  g_return_val_if_fail (KR_IS_PROMOTION_REPOSITORY (self), NULL);
  return self->database;
}

void
_kr_promotion_repository_emit_changed (KrPromotionRepository *self, KrPromotionChange mask)
{
  g_signal_emit (self, signals[CHANGED], 0, (guint) mask);
}

void
kr_promotion_repository_notify_changed (KrPromotionRepository *self, KrPromotionChange mask)
{
  g_return_if_fail (KR_IS_PROMOTION_REPOSITORY (self));
  _kr_promotion_repository_emit_changed (self, mask);
}

gboolean
_kr_promotion_check_read (KrPromotionRepository *self, GError **error)
{
  return _kr_database_check (self->database, KR_PERMISSION_READ_EMPLOYEES, error);
}

gboolean
_kr_promotion_check_read_employee (KrPromotionRepository *self, gint64 employee_id, GError **error)
{
  gint64 unit_id = 0, n = 0;

  if (!_kr_promotion_check_read (self, error))
    return FALSE;
  if (!_kr_statements_count (self->statements, sql_employee_exists, employee_id, &n, error))
    return FALSE;
  if (n == 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, _ ("Employee: no employee with id %lld"),
                   (long long) employee_id);
      return FALSE;
    }
  if (_kr_database_get_scope_unit (self->database) == 0)
    return TRUE;
  if (!_kr_statements_count (self->statements, sql_employee_unit, employee_id, &unit_id, error))
    return FALSE;
  return _kr_database_check_in_scope (self->database, unit_id, error);
}

gboolean
_kr_promotion_check_write (KrPromotionRepository *self, GError **error)
{
  return _kr_database_check (self->database, KR_PERMISSION_WRITE_PROMOTIONS, error);
}

int
_kr_promotion_step (KrPromotionRepository *self, sqlite3_stmt *stmt, GError **error)
{
  return _kr_statements_step (self->statements, stmt, _ ("Could not read the promotions of"),
                              error);
}

gboolean
_kr_promotion_run (KrPromotionRepository *self, sqlite3_stmt *stmt, GError **error)
{
  return _kr_statements_run (self->statements, stmt, _ ("Could not save the promotions of"), error);
}

void
_kr_promotion_today (GDate *out)
{
  kr_date_today (NULL, out);
}

/* Ujian dinas */

GPtrArray *
kr_promotion_repository_list_ujian_dinas (KrPromotionRepository *self,
                                          gint64 employee_id,
                                          GError **error)
{
  g_autoptr (GPtrArray) list = NULL;
  g_auto (KrStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KR_IS_PROMOTION_REPOSITORY (self), NULL);

  if (!_kr_promotion_check_read_employee (self, employee_id, error))
    return NULL;
  stmt = _kr_statements_get (self->statements, sql_list_ujian, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, employee_id);
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_ujian_dinas_free);
  while ((rc = _kr_promotion_step (self, stmt, error)) == SQLITE_ROW)
    {
      KrUjianDinas *r = g_new0 (KrUjianDinas, 1);

      r->id = sqlite3_column_int64 (stmt, 0);
      r->employee_id = sqlite3_column_int64 (stmt, 1);
      kr_ujian_dinas_level_from_code ((const char *) sqlite3_column_text (stmt, 2), &r->level);
      _kr_column_date (stmt, 3, &r->date);
      r->certificate = _kr_column_dup_text (stmt, 4);
      g_ptr_array_add (list, r);
    }
  return rc == SQLITE_DONE ? g_steal_pointer (&list) : NULL;
}

static gboolean
check_record_owner (KrPromotionRepository *self,
                    const char *sql,
                    gint64 id,
                    gint64 employee_id,
                    GError **error)
{
  gint64 owner = 0;

  if (id == 0)
    return TRUE;
  if (!_kr_statements_count (self->statements, sql, id, &owner, error))
    return FALSE;
  if (owner != employee_id)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, _ ("No such record of this employee"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_past_date (const GDate *date, const char *field, GError **error)
{
  GDate today;

  if (date == NULL || !g_date_valid (date))
    {
      /* TRANSLATORS: %s is a field name such as "Date" */
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("%s: enter a valid date"), field);
      return FALSE;
    }
  _kr_promotion_today (&today);
  if (g_date_compare (date, &today) > 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("%s: the date is in the future"), field);
      return FALSE;
    }
  return TRUE;
}

gboolean
kr_promotion_repository_save_ujian_dinas (KrPromotionRepository *self,
                                          KrUjianDinas *record,
                                          GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  gboolean own, ok;
  gint64 n = 0;

  g_return_val_if_fail (KR_IS_PROMOTION_REPOSITORY (self), FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  if (!_kr_promotion_check_write (self, error) ||
      !_kr_promotion_check_read_employee (self, record->employee_id, error) ||
      !check_record_owner (self, sql_ujian_employee, record->id, record->employee_id, error))
    return FALSE;
  if ((guint) record->level >= KR_N_UJIAN_DINAS_LEVELS)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Level: choose the ujian dinas level"));
      return FALSE;
    }
  if (!check_past_date (&record->date, _ ("Date"), error) ||
      !kr_text_check_length (record->certificate, KR_TEXT_MAX_CODE, _ ("Certificate Number"),
                             error))
    return FALSE;
  {
    g_auto (KrStmt) c = _kr_statements_get (self->statements, sql_ujian_conflict, error);

    if (c == NULL)
      return FALSE;
    sqlite3_bind_int64 (c, 1, record->employee_id);
    sqlite3_bind_text (c, 2, kr_ujian_dinas_level_get_code (record->level), -1, SQLITE_STATIC);
    _kr_bind_id (c, 3, record->id);
    if (_kr_promotion_step (self, c, error) != SQLITE_ROW)
      return FALSE;
    n = sqlite3_column_int64 (c, 0);
  }
  if (n > 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_CONFLICT,
                   _ ("Level: ujian dinas %s is already recorded for this employee"),
                   kr_ujian_dinas_level_get_label (record->level));
      return FALSE;
    }
  stmt = _kr_statements_get (self->statements,
                             record->id == 0 ? sql_insert_ujian : sql_update_ujian, error);
  if (stmt == NULL || !_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, record->employee_id);
  sqlite3_bind_text (stmt, 2, kr_ujian_dinas_level_get_code (record->level), -1, SQLITE_STATIC);
  _kr_bind_date (stmt, 3, &record->date);
  _kr_bind_text (stmt, 4, record->certificate);
  if (record->id != 0)
    sqlite3_bind_int64 (stmt, 5, record->id);
  ok = _kr_promotion_run (self, stmt, error);
  if (ok && record->id == 0)
    record->id = _kr_statements_last_insert_id (self->statements);
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  _kr_promotion_repository_emit_changed (self, KR_PROMOTION_CHANGE_UJIAN_DINAS);
  return TRUE;
}

static gboolean
delete_record (KrPromotionRepository *self,
               const char *sql_owner,
               const char *sql_delete,
               gint64 id,
               KrPromotionChange change,
               GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  gint64 owner = 0;
  gboolean own, ok;

  if (!_kr_promotion_check_write (self, error) ||
      !_kr_statements_count (self->statements, sql_owner, id, &owner, error))
    return FALSE;
  if (owner == 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, _ ("No such record"));
      return FALSE;
    }
  if (!_kr_promotion_check_read_employee (self, owner, error))
    return FALSE;
  stmt = _kr_statements_get (self->statements, sql_delete, error);
  if (stmt == NULL || !_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  ok = _kr_promotion_run (self, stmt, error);
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  _kr_promotion_repository_emit_changed (self, change);
  return TRUE;
}

gboolean
kr_promotion_repository_delete_ujian_dinas (KrPromotionRepository *self, gint64 id, GError **error)
{
  g_return_val_if_fail (KR_IS_PROMOTION_REPOSITORY (self), FALSE);
  return delete_record (self, sql_ujian_employee, sql_delete_ujian, id,
                        KR_PROMOTION_CHANGE_UJIAN_DINAS, error);
}

/* Angka kredit */

GPtrArray *
kr_promotion_repository_list_angka_kredit (KrPromotionRepository *self,
                                           gint64 employee_id,
                                           GError **error)
{
  g_autoptr (GPtrArray) list = NULL;
  g_auto (KrStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KR_IS_PROMOTION_REPOSITORY (self), NULL);

  if (!_kr_promotion_check_read_employee (self, employee_id, error))
    return NULL;
  stmt = _kr_statements_get (self->statements, sql_list_ak, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, employee_id);
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_angka_kredit_free);
  while ((rc = _kr_promotion_step (self, stmt, error)) == SQLITE_ROW)
    {
      KrAngkaKredit *r = g_new0 (KrAngkaKredit, 1);

      r->id = sqlite3_column_int64 (stmt, 0);
      r->employee_id = sqlite3_column_int64 (stmt, 1);
      r->year = (guint) sqlite3_column_int (stmt, 2);
      r->value = sqlite3_column_double (stmt, 3);
      kr_angka_kredit_source_from_code ((const char *) sqlite3_column_text (stmt, 4), &r->source);
      g_ptr_array_add (list, r);
    }
  return rc == SQLITE_DONE ? g_steal_pointer (&list) : NULL;
}

gboolean
kr_promotion_repository_save_angka_kredit (KrPromotionRepository *self,
                                           KrAngkaKredit *record,
                                           GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  GDate today;
  gboolean own, ok;
  gint64 n = 0;

  g_return_val_if_fail (KR_IS_PROMOTION_REPOSITORY (self), FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  if (!_kr_promotion_check_write (self, error) ||
      !_kr_promotion_check_read_employee (self, record->employee_id, error) ||
      !check_record_owner (self, sql_ak_employee, record->id, record->employee_id, error))
    return FALSE;
  _kr_promotion_today (&today);
  if (record->year < 1980 || record->year > g_date_get_year (&today))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Year: enter a year from 1980 to %u"),
                   (guint) g_date_get_year (&today));
      return FALSE;
    }
  if (!(record->value >= 0 && record->value <= 10000))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Angka kredit: enter a value from 0 to 10000"));
      return FALSE;
    }
  if ((guint) record->source >= KR_N_ANGKA_KREDIT_SOURCES)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Source: choose where the AK come from"));
      return FALSE;
    }
  {
    g_auto (KrStmt) c = _kr_statements_get (self->statements, sql_ak_conflict, error);

    if (c == NULL)
      return FALSE;
    sqlite3_bind_int64 (c, 1, record->employee_id);
    sqlite3_bind_int (c, 2, (int) record->year);
    sqlite3_bind_text (c, 3, kr_angka_kredit_source_get_code (record->source), -1, SQLITE_STATIC);
    _kr_bind_id (c, 4, record->id);
    if (_kr_promotion_step (self, c, error) != SQLITE_ROW)
      return FALSE;
    n = sqlite3_column_int64 (c, 0);
  }
  if (n > 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_CONFLICT,
                   _ ("Year: angka kredit of %u (%s) are already recorded"), record->year,
                   kr_angka_kredit_source_get_label (record->source));
      return FALSE;
    }
  stmt =
      _kr_statements_get (self->statements, record->id == 0 ? sql_insert_ak : sql_update_ak, error);
  if (stmt == NULL || !_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, record->employee_id);
  sqlite3_bind_int (stmt, 2, (int) record->year);
  sqlite3_bind_double (stmt, 3, record->value);
  sqlite3_bind_text (stmt, 4, kr_angka_kredit_source_get_code (record->source), -1, SQLITE_STATIC);
  if (record->id != 0)
    sqlite3_bind_int64 (stmt, 5, record->id);
  ok = _kr_promotion_run (self, stmt, error);
  if (ok && record->id == 0)
    record->id = _kr_statements_last_insert_id (self->statements);
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  _kr_promotion_repository_emit_changed (self, KR_PROMOTION_CHANGE_ANGKA_KREDIT);
  return TRUE;
}

gboolean
kr_promotion_repository_delete_angka_kredit (KrPromotionRepository *self, gint64 id, GError **error)
{
  g_return_val_if_fail (KR_IS_PROMOTION_REPOSITORY (self), FALSE);
  return delete_record (self, sql_ak_employee, sql_delete_ak, id, KR_PROMOTION_CHANGE_ANGKA_KREDIT,
                        error);
}
