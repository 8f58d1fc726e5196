/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-repository"

#include "config.h"

#include "kr-training-repository-private.h"

#include "kr-database-private.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* Development outside the catalogue (records), an employee's training history and their JP
 * per year. */

static const char sql_employee_kind[] = "SELECT kind FROM employee WHERE id = ?";
static const char sql_get_record[] =
    "SELECT id, employee_id, title, kind, type, programme, form, provider, start_date, end_date, "
    "jp, certificate_number, certificate_date, source FROM training_record WHERE id = ?";
static const char sql_record_employee[] = "SELECT employee_id FROM training_record WHERE id = ?";
static const char sql_insert_record[] =
    "INSERT INTO training_record (employee_id, title, kind, type, programme, form, provider, "
    "start_date, end_date, jp, certificate_number, certificate_date, source) VALUES (?2, ?3, ?4, "
    "?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)";
static const char sql_update_record[] =
    "UPDATE training_record SET employee_id = ?2, title = ?3, kind = ?4, type = ?5, programme = "
    "?6, form = ?7, provider = ?8, start_date = ?9, end_date = ?10, jp = ?11, certificate_number "
    "= ?12, certificate_date = ?13, source = ?14 WHERE id = ?1";
static const char sql_delete_record[] = "DELETE FROM training_record WHERE id = ?";
static const char sql_history[] =
    "SELECT 0, en.id, c.title, c.kind, c.provider, s.start_date, s.end_date, coalesce (en.jp, 0), "
    "en.state, en.certificate_number, NULL FROM training_enrolment en JOIN training_session s ON "
    "s.id = en.session_id JOIN training_course c ON c.id = s.course_id WHERE en.employee_id = ?1 "
    "UNION ALL SELECT 1, r.id, r.title, r.kind, r.provider, r.start_date, r.end_date, r.jp, "
    "'completed', r.certificate_number, NULL FROM training_record r WHERE r.employee_id = ?1 "
    "UNION ALL SELECT 2, ms.id, ms.topic, 'non_classical', trim (coalesce (t.title_front || ' ', "
    "'') || t.name || coalesce (', ' || t.title_back, '')), ms.date, ms.date, ms.minutes * 1.0 / "
    "(SELECT jp_minutes FROM training_setting WHERE id = 1), 'completed', NULL, m.form FROM "
    "mentoring_session ms JOIN mentoring m ON m.id = ms.mentoring_id JOIN employee t ON t.id = "
    "m.mentor_id WHERE m.mentee_id = ?1 ORDER BY 7 DESC, 6 DESC, 1, 2 DESC";
static const char sql_jp_years[] =
    "SELECT year, sum (jp), sum (CASE WHEN kind = 'classical' THEN jp ELSE 0 END) FROM training_jp "
    "WHERE employee_id = ?1 AND year BETWEEN ?2 AND ?3 GROUP BY year";
static const char sql_planned_years[] =
    "SELECT CAST (substr (s.end_date, 1, 4) AS INTEGER) AS y, sum (c.jp) FROM training_enrolment "
    "en JOIN training_session s ON s.id = en.session_id JOIN training_course c ON c.id = "
    "s.course_id WHERE en.employee_id = ?1 AND en.state IN ('nominated', 'approved', 'attended') "
    "AND y BETWEEN ?2 AND ?3 GROUP BY y";

static void
set_record_not_found (GError **error, gint64 record_id)
{
  g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
               _ ("The training record %lld does not exist; it may have been deleted"),
               (long long) record_id);
}

static void
set_employee_not_found (GError **error, gint64 employee_id)
{
  g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
               _ ("The employee %lld does not exist; they may have been deleted"),
               (long long) employee_id);
}

/* The kind of @employee_id; NOT_FOUND when there is none. */
static gboolean
read_employee_kind (KrTrainingRepository *self,
                    gint64 employee_id,
                    KrEmployeeKind *kind,
                    GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_employee_kind, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, employee_id);
  rc = _kr_training_step (self, stmt, error);
  if (rc == 0)
    return FALSE;
  if (rc != SQLITE_ROW)
    {
      set_employee_not_found (error, employee_id);
      return FALSE;
    }
  *kind = _kr_enum_from_code (KR_TYPE_EMPLOYEE_KIND, (const char *) sqlite3_column_text (stmt, 0),
                              KR_EMPLOYEE_KIND_PNS);
  return TRUE;
}

/* Records */

static KrTrainingRecord *
read_record (KrTrainingRepository *self, gint64 record_id, GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_get_record, error);
  KrTrainingRecord *record;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, record_id);
  rc = _kr_training_step (self, stmt, error);
  if (rc == 0)
    return NULL;
  if (rc != SQLITE_ROW)
    {
      set_record_not_found (error, record_id);
      return NULL;
    }
  record = kr_training_record_new ();
  record->id = sqlite3_column_int64 (stmt, 0);
  record->employee_id = sqlite3_column_int64 (stmt, 1);
  record->title = _kr_column_dup_text (stmt, 2);
  kr_training_kind_from_code ((const char *) sqlite3_column_text (stmt, 3), &record->kind);
  kr_competence_type_from_code ((const char *) sqlite3_column_text (stmt, 4), &record->type);
  kr_leadership_programme_from_code ((const char *) sqlite3_column_text (stmt, 5),
                                     &record->programme);
  kr_training_form_from_code ((const char *) sqlite3_column_text (stmt, 6), &record->form);
  record->provider = _kr_column_dup_text (stmt, 7);
  record->start_date = _kr_column_dup_text (stmt, 8);
  record->end_date = _kr_column_dup_text (stmt, 9);
  record->jp = sqlite3_column_int (stmt, 10);
  record->certificate_number = _kr_column_dup_text (stmt, 11);
  record->certificate_date = _kr_column_dup_text (stmt, 12);
  record->from_siasn = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 13), "siasn") == 0;
  return record;
}

KrTrainingRecord *
kr_training_repository_get_record (KrTrainingRepository *self, gint64 record_id, GError **error)
{
  g_autoptr (KrTrainingRecord) record = NULL;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), NULL);

  if (!_kr_training_check_read (self, error))
    return NULL;
  record = read_record (self, record_id, error);
  if (record == NULL || !_kr_training_check_read_employee (self, record->employee_id, error))
    return NULL;
  return g_steal_pointer (&record);
}

static gboolean
write_record (KrTrainingRepository *self, KrTrainingRecord *record, GError **error)
{
  g_autoptr (KrTrainingRecord) old = NULL;
  g_auto (KrStmt) stmt = NULL;
  g_autofree char *title = _kr_strip_dup (record->title);
  g_autofree char *provider = _kr_strip_dup (record->provider);
  g_autofree char *number = _kr_strip_dup (record->certificate_number);
  KrEmployeeKind kind;

  if (!read_employee_kind (self, record->employee_id, &kind, error))
    return FALSE;
  if (record->id != 0 && (old = read_record (self, record->id, error)) == NULL)
    return FALSE;
  stmt = _kr_statements_get (self->statements,
                             record->id == 0 ? sql_insert_record : sql_update_record, error);
  if (stmt == NULL)
    return FALSE;
  if (record->id != 0)
    sqlite3_bind_int64 (stmt, 1, record->id);
  sqlite3_bind_int64 (stmt, 2, record->employee_id);
  _kr_bind_text (stmt, 3, title);
  sqlite3_bind_text (stmt, 4, kr_training_kind_get_code (record->kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, kr_competence_type_get_code (record->type), -1, SQLITE_STATIC);
  _kr_bind_text (stmt, 6, kr_leadership_programme_get_code (record->programme));
  sqlite3_bind_text (stmt, 7, kr_training_form_get_code (record->form), -1, SQLITE_STATIC);
  _kr_bind_text (stmt, 8, provider);
  _kr_bind_text (stmt, 9, record->start_date);
  _kr_bind_text (stmt, 10, record->end_date);
  sqlite3_bind_int (stmt, 11, (int) record->jp);
  _kr_bind_text (stmt, 12, number);
  _kr_bind_text (stmt, 13, record->certificate_date);
  sqlite3_bind_text (stmt, 14, record->from_siasn ? "siasn" : "manual", -1, SQLITE_STATIC);
  if (!_kr_training_run (self, stmt, error))
    return FALSE;
  if (record->id == 0)
    record->id = _kr_statements_last_insert_id (self->statements);
  return TRUE;
}

gboolean
kr_training_repository_save_record (KrTrainingRepository *self,
                                    KrTrainingRecord *record,
                                    GError **error)
{
  gboolean own, ok;
  gint64 old_id;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  if (!_kr_training_check_write (self, error) || !kr_training_record_validate (record, error) ||
      !_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  old_id = record->id;
  ok = write_record (self, record, error);
  if (!_kr_statements_end (self->statements, own, ok, error))
    {
      record->id = old_id;
      return FALSE;
    }
  _kr_training_repository_emit_changed (self, KR_TRAINING_CHANGE_RECORDS);
  return TRUE;
}

gboolean
kr_training_repository_delete_record (KrTrainingRepository *self, gint64 record_id, GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  gint64 employee_id = 0;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), FALSE);

  if (!_kr_training_check_write (self, error) ||
      !_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  ok = _kr_statements_count (self->statements, sql_record_employee, record_id, &employee_id, error);
  if (ok && employee_id == 0)
    {
      set_record_not_found (error, record_id);
      ok = FALSE;
    }
  if (ok)
    {
      stmt = _kr_statements_get (self->statements, sql_delete_record, error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, record_id);
      ok = _kr_training_run (self, stmt, error);
    }
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  _kr_training_repository_emit_changed (self, KR_TRAINING_CHANGE_RECORDS);
  return TRUE;
}

/* An employee's training */

static KrTrainingHistoryItem *
history_item_from_stmt (sqlite3_stmt *stmt)
{
  KrTrainingHistoryItem *item = g_new0 (KrTrainingHistoryItem, 1);
  KrTrainingForm form;

  item->source = sqlite3_column_int (stmt, 0);
  item->source_id = sqlite3_column_int64 (stmt, 1);
  if (item->source == KR_TRAINING_SOURCE_MENTORING &&
      kr_training_form_from_code ((const char *) sqlite3_column_text (stmt, 10), &form))
    /* Translators: “Mentoring” or “Coaching”, then the topic of the session */
    item->title = g_strdup_printf (_ ("%s: %s"), kr_training_form_get_label (form),
                                   (const char *) sqlite3_column_text (stmt, 2));
  else
    item->title = _kr_column_dup_text (stmt, 2);
  kr_training_kind_from_code ((const char *) sqlite3_column_text (stmt, 3), &item->kind);
  item->provider = _kr_column_dup_text (stmt, 4);
  item->start_date = _kr_column_dup_text (stmt, 5);
  item->end_date = _kr_column_dup_text (stmt, 6);
  item->jp = sqlite3_column_double (stmt, 7);
  if (!kr_enrolment_state_from_code ((const char *) sqlite3_column_text (stmt, 8), &item->state))
    item->state = KR_ENROLMENT_STATE_COMPLETED;
  item->certificate_number = _kr_column_dup_text (stmt, 9);
  return item;
}

GPtrArray *
kr_training_repository_list_history (KrTrainingRepository *self, gint64 employee_id, GError **error)
{
  g_autoptr (GPtrArray) items = NULL;
  g_auto (KrStmt) stmt = NULL;
  KrEmployeeKind kind;
  int rc;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), NULL);

  if (!_kr_training_check_read_employee (self, employee_id, error) ||
      !read_employee_kind (self, employee_id, &kind, error))
    return NULL;
  stmt = _kr_statements_get (self->statements, sql_history, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, employee_id);
  items = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_training_history_item_free);
  while ((rc = _kr_training_step (self, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (items, history_item_from_stmt (stmt));
  return rc == SQLITE_DONE ? g_steal_pointer (&items) : NULL;
}

/* Adds the rows of @sql to @years: with @earned, (year, JP, classical JP), else (year, JP
 * planned). */
static gboolean
sum_years (KrTrainingRepository *self,
           const char *sql,
           gint64 employee_id,
           guint from_year,
           guint to_year,
           gboolean earned,
           GArray *years,
           GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, employee_id);
  sqlite3_bind_int (stmt, 2, (int) from_year);
  sqlite3_bind_int (stmt, 3, (int) to_year);
  while ((rc = _kr_training_step (self, stmt, error)) == SQLITE_ROW)
    {
      guint year = sqlite3_column_int (stmt, 0);
      KrJpYear *row;

      if (year < from_year || year > to_year)
        continue;
      row = &g_array_index (years, KrJpYear, year - from_year);
      if (earned)
        {
          row->jp = sqlite3_column_double (stmt, 1);
          row->jp_classical = sqlite3_column_double (stmt, 2);
        }
      else
        row->jp_planned = sqlite3_column_double (stmt, 1);
    }
  return rc == SQLITE_DONE;
}

GArray *
kr_training_repository_list_jp_years (KrTrainingRepository *self,
                                      gint64 employee_id,
                                      guint from_year,
                                      guint to_year,
                                      GError **error)
{
  g_autoptr (GArray) years = NULL;
  KrEmployeeKind kind;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), NULL);

  if (from_year > to_year || to_year - from_year > 200)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Years: %u to %u is not a range of years"),
                   from_year, to_year);
      return NULL;
    }
  if (!_kr_training_check_read_employee (self, employee_id, error) ||
      !read_employee_kind (self, employee_id, &kind, error))
    return NULL;
  years = g_array_sized_new (FALSE, TRUE, sizeof (KrJpYear), to_year - from_year + 1);
  g_array_set_size (years, to_year - from_year + 1);
  for (guint i = 0; i < years->len; i++)
    {
      KrJpYear *row = &g_array_index (years, KrJpYear, i);

      row->year = from_year + i;
      row->duty = kr_jp_duty_for_kind (kind);
    }
  if (!sum_years (self, sql_jp_years, employee_id, from_year, to_year, TRUE, years, error) ||
      !sum_years (self, sql_planned_years, employee_id, from_year, to_year, FALSE, years, error))
    return NULL;
  return g_steal_pointer (&years);
}
