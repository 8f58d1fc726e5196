/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-talent-repository"

#include "config.h"

#include "kr-talent-repository-private.h"

#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-text.h"
#include "kr-identity.h"

/* The object, the helpers of -private.h, settings, the 9-box rows and assessments. */

G_DEFINE_FINAL_TYPE (KrTalentRepository, kr_talent_repository, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char sql_employee_unit[] = "SELECT unit_id FROM employee WHERE id = ?";
static const char sql_employee_exists[] = "SELECT count(*) FROM employee WHERE id = ?";
static const char sql_settings[] =
    "SELECT performance_years, discipline_years, assessment_years FROM talent_setting WHERE id = 1";
static const char sql_save_settings[] =
    "INSERT INTO talent_setting (id, performance_years, discipline_years, assessment_years) "
    "VALUES (1, ?1, ?2, ?3) ON CONFLICT (id) DO UPDATE SET performance_years = ?1, "
    "discipline_years = ?2, assessment_years = ?3";
static const char sql_boxes[] =
    "SELECT id, performance, potential, in_pool, follow_up FROM talent_box ORDER BY id";
static const char sql_latest_year[] =
    "SELECT max (a.year) FROM appraisal a JOIN appraisal_evaluation ev ON ev.appraisal_id = a.id "
    "AND ev.period = 0 AND ev.state IN ('final', 'objected') AND ev.predikat IS NOT NULL JOIN "
    "employee e ON e.id = a.employee_id WHERE ?1 = 0 OR " KR_SCOPE_CONDITION;
static const char sql_list_assessments[] =
    "SELECT id, employee_id, date, potential, score, assessor, note FROM talent_assessment WHERE "
    "employee_id = ? ORDER BY date DESC, id DESC";
static const char sql_get_assessment[] =
    "SELECT id, employee_id, date, potential, score, assessor, note FROM talent_assessment WHERE "
    "id = ?";
static const char sql_assessment_employee[] =
    "SELECT employee_id FROM talent_assessment WHERE id = ?";
static const char sql_assessment_conflict[] =
    "SELECT count(*) FROM talent_assessment WHERE employee_id = ?1 AND date = ?2 AND id IS NOT ?3";
static const char sql_insert_assessment[] =
    "INSERT INTO talent_assessment (employee_id, date, potential, score, assessor, note) VALUES "
    "(?1, ?2, ?3, ?4, ?5, ?6)";
static const char sql_update_assessment[] =
    "UPDATE talent_assessment SET date = ?2, potential = ?3, score = ?4, assessor = ?5, note = ?6 "
    "WHERE id = ?7 AND employee_id = ?1";
static const char sql_delete_assessment[] = "DELETE FROM talent_assessment WHERE id = ?";

static void
kr_talent_repository_finalize (GObject *object)
{
  KrTalentRepository *self = KR_TALENT_REPOSITORY (object);

  g_clear_pointer (&self->statements, _kr_statements_free);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (kr_talent_repository_parent_class)->finalize (object);
}

static void
kr_talent_repository_class_init (KrTalentRepositoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kr_talent_repository_finalize;

  /**
   * KrTalentRepository::changed:
   * @self: the repository
   * @change_mask: a #KrTalentChange mask
   *
   * Emitted after a change was committed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
kr_talent_repository_init (KrTalentRepository *self)
{
}

KrTalentRepository *
kr_talent_repository_new (KrDatabase *database)
{
  KrTalentRepository *self;

  g_return_val_if_fail (KR_IS_DATABASE (database), NULL);

  self = g_object_new (KR_TYPE_TALENT_REPOSITORY, NULL);
  self->database = g_object_ref (database);
  self->statements = _kr_statements_new (database);
  return self;
}

KrDatabase *
kr_talent_repository_get_database (KrTalentRepository *self)
{
  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (self), NULL);
  return self->database;
}

void
_kr_talent_repository_emit_changed (KrTalentRepository *self, KrTalentChange mask)
{
  g_signal_emit (self, signals[CHANGED], 0, (guint) mask);
}

void
kr_talent_repository_notify_changed (KrTalentRepository *self, KrTalentChange mask)
{
  g_return_if_fail (KR_IS_TALENT_REPOSITORY (self));
  _kr_talent_repository_emit_changed (self, mask);
}

gboolean
_kr_talent_check_read (KrTalentRepository *self, GError **error)
{
  return _kr_database_check (self->database, KR_PERMISSION_READ_EMPLOYEES, error);
}

gboolean
_kr_talent_check_read_employee (KrTalentRepository *self, gint64 employee_id, GError **error)
{
  gint64 unit_id = 0, n = 0;

  if (!_kr_talent_check_read (self, error))
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
_kr_talent_check_write (KrTalentRepository *self, GError **error)
{
  return _kr_database_check (self->database, KR_PERMISSION_WRITE_TALENT, error);
}

gboolean
_kr_talent_check_year (guint year, GError **error)
{
  if (year < 2000 || year > 2200)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Year: choose a year from 2000 to 2200"));
      return FALSE;
    }
  return TRUE;
}

int
_kr_talent_step (KrTalentRepository *self, sqlite3_stmt *stmt, GError **error)
{
  return _kr_statements_step (self->statements, stmt, _ ("Could not read the talent pool of"),
                              error);
}

gboolean
_kr_talent_run (KrTalentRepository *self, sqlite3_stmt *stmt, GError **error)
{
  return _kr_statements_run (self->statements, stmt, _ ("Could not save the talent pool of"),
                             error);
}

char *
_kr_talent_full_name (const char *front, const char *name, const char *back)
{
  GString *s = g_string_new (NULL);

  if (front != NULL && *front != '\0')
    g_string_append_printf (s, "%s ", front);
  g_string_append (s, name != NULL ? name : "");
  if (back != NULL && *back != '\0')
    g_string_append_printf (s, ", %s", back);
  return g_string_free (s, FALSE);
}

/* Settings and boxes */

gboolean
kr_talent_repository_get_settings (KrTalentRepository *self,
                                   KrTalentSettings *settings,
                                   GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (self), FALSE);
  g_return_val_if_fail (settings != NULL, FALSE);

  if (!_kr_talent_check_read (self, error))
    return FALSE;
  kr_talent_settings_init_default (settings);
  stmt = _kr_statements_get (self->statements, sql_settings, error);
  if (stmt == NULL)
    return FALSE;
  rc = _kr_talent_step (self, stmt, error);
  if (rc == SQLITE_ROW)
    {
      settings->performance_years = (guint) sqlite3_column_int (stmt, 0);
      settings->discipline_years = (guint) sqlite3_column_int (stmt, 1);
      settings->assessment_years = (guint) sqlite3_column_int (stmt, 2);
    }
  return rc != 0;
}

gboolean
kr_talent_repository_save_settings (KrTalentRepository *self,
                                    const KrTalentSettings *settings,
                                    GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (self), FALSE);
  g_return_val_if_fail (settings != NULL, FALSE);

  if (!_kr_talent_check_write (self, error) || !kr_talent_settings_check (settings, error))
    return FALSE;
  stmt = _kr_statements_get (self->statements, sql_save_settings, error);
  if (stmt == NULL || !_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  sqlite3_bind_int (stmt, 1, (int) settings->performance_years);
  sqlite3_bind_int (stmt, 2, (int) settings->discipline_years);
  sqlite3_bind_int (stmt, 3, (int) settings->assessment_years);
  ok = _kr_talent_run (self, stmt, error);
  if (!_kr_statements_end (self->statements, own, ok, ok ? error : NULL))
    return FALSE;
  _kr_talent_repository_emit_changed (self, KR_TALENT_CHANGE_SETTINGS);
  return TRUE;
}

GPtrArray *
_kr_talent_load_boxes (KrTalentRepository *self, GError **error)
{
  g_autoptr (GPtrArray) boxes = NULL;
  g_auto (KrStmt) stmt = NULL;
  int rc;

  stmt = _kr_statements_get (self->statements, sql_boxes, error);
  if (stmt == NULL)
    return NULL;
  boxes = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_talent_box_free);
  while ((rc = _kr_talent_step (self, stmt, error)) == SQLITE_ROW)
    {
      KrTalentBox *box = g_new0 (KrTalentBox, 1);

      box->number = (guint) sqlite3_column_int (stmt, 0);
      kr_talent_performance_from_code ((const char *) sqlite3_column_text (stmt, 1),
                                       &box->performance);
      kr_talent_potential_from_code ((const char *) sqlite3_column_text (stmt, 2), &box->potential);
      box->in_pool = sqlite3_column_int (stmt, 3) != 0;
      box->follow_up = _kr_column_dup_text (stmt, 4);
      g_ptr_array_add (boxes, box);
    }
  if (rc != SQLITE_DONE || !kr_talent_boxes_check (boxes, error))
    return NULL;
  return g_steal_pointer (&boxes);
}

GPtrArray *
kr_talent_repository_list_boxes (KrTalentRepository *self, GError **error)
{
  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (self), NULL);

  if (!_kr_talent_check_read (self, error))
    return NULL;
  return _kr_talent_load_boxes (self, error);
}

gboolean
kr_talent_repository_get_latest_year (KrTalentRepository *self, guint *year, GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  GDate today;

  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (self), FALSE);
  g_return_val_if_fail (year != NULL, FALSE);

  if (!_kr_talent_check_read (self, error))
    return FALSE;
  stmt = _kr_statements_get (self->statements, sql_latest_year, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, _kr_database_get_scope_unit (self->database));
  sqlite3_bind_int64 (stmt, 2, _kr_database_get_scope_unit (self->database));
  if (_kr_talent_step (self, stmt, error) != SQLITE_ROW)
    return FALSE;
  if (sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    {
      *year = (guint) sqlite3_column_int (stmt, 0);
      return TRUE;
    }
  kr_date_today (NULL, &today);
  *year = g_date_get_year (&today) - 1;
  return TRUE;
}

/* Assessments */

static KrTalentAssessment *
read_assessment (sqlite3_stmt *stmt)
{
  KrTalentAssessment *a = kr_talent_assessment_new ();

  a->id = sqlite3_column_int64 (stmt, 0);
  a->employee_id = sqlite3_column_int64 (stmt, 1);
  _kr_column_date (stmt, 2, &a->date);
  kr_talent_potential_from_code ((const char *) sqlite3_column_text (stmt, 3), &a->potential);
  a->has_score = sqlite3_column_type (stmt, 4) != SQLITE_NULL;
  a->score = a->has_score ? sqlite3_column_double (stmt, 4) : 0;
  a->assessor = _kr_column_dup_text (stmt, 5);
  a->note = _kr_column_dup_text (stmt, 6);
  return a;
}

GPtrArray *
kr_talent_repository_list_assessments (KrTalentRepository *self, gint64 employee_id, GError **error)
{
  g_autoptr (GPtrArray) list = NULL;
  g_auto (KrStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (self), NULL);

  if (!_kr_talent_check_read_employee (self, employee_id, error))
    return NULL;
  stmt = _kr_statements_get (self->statements, sql_list_assessments, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, employee_id);
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_talent_assessment_free);
  while ((rc = _kr_talent_step (self, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (list, read_assessment (stmt));
  return rc == SQLITE_DONE ? g_steal_pointer (&list) : NULL;
}

static gboolean
assessment_employee (KrTalentRepository *self, gint64 id, gint64 *employee_id, GError **error)
{
  if (!_kr_statements_count (self->statements, sql_assessment_employee, id, employee_id, error))
    return FALSE;
  if (*employee_id == 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
                   _ ("The assessment %lld does not exist; it may have been deleted"),
                   (long long) id);
      return FALSE;
    }
  return TRUE;
}

KrTalentAssessment *
kr_talent_repository_get_assessment (KrTalentRepository *self, gint64 id, GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  gint64 employee_id = 0;

  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (self), NULL);

  if (!_kr_talent_check_read (self, error) ||
      !assessment_employee (self, id, &employee_id, error) ||
      !_kr_talent_check_read_employee (self, employee_id, error))
    return NULL;
  stmt = _kr_statements_get (self->statements, sql_get_assessment, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (_kr_talent_step (self, stmt, error) != SQLITE_ROW)
    return NULL;
  return read_assessment (stmt);
}

static gboolean
check_assessment (KrTalentAssessment *a, GError **error)
{
  GDate today;

  kr_date_today (NULL, &today);
  if (!g_date_valid (&a->date) || g_date_get_year (&a->date) < 2000)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Date: enter the day of the assessment"));
      return FALSE;
    }
  if (g_date_compare (&a->date, &today) > 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Date: the assessment is in the future"));
      return FALSE;
    }
  if ((guint) a->potential >= KR_N_TALENT_POTENTIALS)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Potential: choose low, medium or high"));
      return FALSE;
    }
  if (a->has_score && !(a->score >= 0 && a->score <= 100))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Score: enter a number from 0 to 100"));
      return FALSE;
    }
  return kr_text_check_length (a->assessor, KR_TEXT_MAX_LINE, _ ("Assessor"), error) &&
         kr_text_check_length (a->note, KR_TEXT_MAX_NOTE, _ ("Note"), error);
}

gboolean
kr_talent_repository_save_assessment (KrTalentRepository *self,
                                      KrTalentAssessment *assessment,
                                      GError **error)
{
  g_autofree char *assessor = NULL;
  g_autofree char *note = NULL;
  gint64 owner = 0, n = 0;
  gboolean own, ok = FALSE;

  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (self), FALSE);
  g_return_val_if_fail (assessment != NULL, FALSE);

  if (!_kr_talent_check_write (self, error) ||
      !_kr_talent_check_read_employee (self, assessment->employee_id, error) ||
      !check_assessment (assessment, error))
    return FALSE;
  if (assessment->id != 0)
    {
      if (!assessment_employee (self, assessment->id, &owner, error))
        return FALSE;
      if (owner != assessment->employee_id)
        {
          g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                       _ ("Employee: the assessment belongs to another employee"));
          return FALSE;
        }
    }
  assessor = _kr_strip_dup (assessment->assessor);
  note = _kr_strip_dup (assessment->note);
  if (!_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  {
    g_auto (KrStmt) conflict =
        _kr_statements_get (self->statements, sql_assessment_conflict, error);
    g_auto (KrStmt) stmt = NULL;

    if (conflict == NULL)
      goto out;
    sqlite3_bind_int64 (conflict, 1, assessment->employee_id);
    _kr_bind_date (conflict, 2, &assessment->date);
    _kr_bind_id (conflict, 3, assessment->id);
    if (_kr_talent_step (self, conflict, error) != SQLITE_ROW)
      goto out;
    n = sqlite3_column_int64 (conflict, 0);
    if (n > 0)
      {
        g_set_error (error, KR_ERROR, KR_ERROR_CONFLICT,
                     _ ("Date: the employee already has an assessment on that day"));
        goto out;
      }
    stmt = _kr_statements_get (self->statements,
                               assessment->id == 0 ? sql_insert_assessment : sql_update_assessment,
                               error);
    if (stmt == NULL)
      goto out;
    sqlite3_bind_int64 (stmt, 1, assessment->employee_id);
    _kr_bind_date (stmt, 2, &assessment->date);
    sqlite3_bind_text (stmt, 3, kr_talent_potential_get_code (assessment->potential), -1,
                       SQLITE_STATIC);
    if (assessment->has_score)
      sqlite3_bind_double (stmt, 4, assessment->score);
    else
      sqlite3_bind_null (stmt, 4);
    _kr_bind_text (stmt, 5, assessor);
    _kr_bind_text (stmt, 6, note);
    if (assessment->id != 0)
      sqlite3_bind_int64 (stmt, 7, assessment->id);
    ok = _kr_talent_run (self, stmt, error);
  }
out:
  if (!_kr_statements_end (self->statements, own, ok, ok ? error : NULL))
    return FALSE;
  if (assessment->id == 0)
    assessment->id = _kr_statements_last_insert_id (self->statements);
  g_free (assessment->assessor);
  assessment->assessor = g_steal_pointer (&assessor);
  g_free (assessment->note);
  assessment->note = g_steal_pointer (&note);
  _kr_talent_repository_emit_changed (self, KR_TALENT_CHANGE_ASSESSMENTS);
  return TRUE;
}

gboolean
kr_talent_repository_delete_assessment (KrTalentRepository *self, gint64 id, GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  gint64 employee_id = 0;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (self), FALSE);

  if (!_kr_talent_check_write (self, error) ||
      !assessment_employee (self, id, &employee_id, error) ||
      !_kr_talent_check_read_employee (self, employee_id, error))
    return FALSE;
  stmt = _kr_statements_get (self->statements, sql_delete_assessment, error);
  if (stmt == NULL || !_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  ok = _kr_talent_run (self, stmt, error);
  if (!_kr_statements_end (self->statements, own, ok, ok ? error : NULL))
    return FALSE;
  _kr_talent_repository_emit_changed (self, KR_TALENT_CHANGE_ASSESSMENTS);
  return TRUE;
}
