/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-repository"

#include "config.h"

#include "kr-training-repository-private.h"

#include "kr-database-private.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-identity.h"

/* The object, the settings, the helpers of -private.h, and the catalogue: courses and
 * sessions. */

G_DEFINE_FINAL_TYPE (KrTrainingRepository, kr_training_repository, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char sql_employee_unit[] = "SELECT unit_id FROM employee WHERE id = ?";
static const char sql_budget_unit[] =
    "WITH RECURSIVE up (id, parent_id, depth) AS (SELECT u.id, u.parent_id, 0 FROM unit u "
    "JOIN employee e ON e.unit_id = u.id WHERE e.id = ?1 UNION ALL SELECT u.id, u.parent_id, "
    "up.depth + 1 FROM unit u JOIN up ON u.id = up.parent_id) SELECT up.id FROM up JOIN "
    "training_budget b ON b.unit_id = up.id AND b.year = ?2 ORDER BY up.depth LIMIT 1";
static const char sql_jp[] =
    "SELECT coalesce (sum (jp), 0) FROM training_jp WHERE employee_id = ?1 AND year = ?2";
static const char sql_get_jp_minutes[] = "SELECT jp_minutes FROM training_setting WHERE id = 1";
static const char sql_set_jp_minutes[] =
    "INSERT INTO training_setting (id, jp_minutes) VALUES (1, ?1) ON CONFLICT (id) DO UPDATE "
    "SET jp_minutes = excluded.jp_minutes WHERE jp_minutes IS NOT excluded.jp_minutes";

/* Object */

static void
kr_training_repository_finalize (GObject *object)
{
  KrTrainingRepository *self = KR_TRAINING_REPOSITORY (object);

  g_clear_pointer (&self->statements, _kr_statements_free);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (kr_training_repository_parent_class)->finalize (object);
}

static void
kr_training_repository_class_init (KrTrainingRepositoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kr_training_repository_finalize;

  /**
   * KrTrainingRepository::changed:
   * @self: the repository
   * @change_mask: a #KrTrainingChange mask: what changed
   *
   * Emitted after a change was committed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
kr_training_repository_init (KrTrainingRepository *self)
{
}

KrTrainingRepository *
kr_training_repository_new (KrDatabase *database)
{
  KrTrainingRepository *self;

  g_return_val_if_fail (KR_IS_DATABASE (database), NULL);

  self = g_object_new (KR_TYPE_TRAINING_REPOSITORY, NULL);
  self->database = g_object_ref (database);
  self->statements = _kr_statements_new (database);
  return self;
}

KrDatabase *
kr_training_repository_get_database (KrTrainingRepository *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), NULL);

  return self->database;
}

/* Helpers */

void
_kr_training_repository_emit_changed (KrTrainingRepository *self, KrTrainingChange mask)
{
  g_signal_emit (self, signals[CHANGED], 0, (guint) mask);
}

void
kr_training_repository_notify_changed (KrTrainingRepository *self, KrTrainingChange mask)
{
  g_return_if_fail (KR_IS_TRAINING_REPOSITORY (self));

  _kr_training_repository_emit_changed (self, mask);
}

gboolean
_kr_training_check_read (KrTrainingRepository *self, GError **error)
{
  return _kr_database_check (self->database, KR_PERMISSION_READ_EMPLOYEES, error);
}

static gboolean
check_in_scope (KrTrainingRepository *self, gint64 employee_id, GError **error)
{
  gint64 unit_id = 0;

  if (_kr_database_get_scope_unit (self->database) == 0)
    return TRUE;
  if (!_kr_statements_count (self->statements, sql_employee_unit, employee_id, &unit_id, error))
    return FALSE;
  return _kr_database_check_in_scope (self->database, unit_id, error);
}

gboolean
_kr_training_check_read_employee (KrTrainingRepository *self, gint64 employee_id, GError **error)
{
  return _kr_training_check_read (self, error) && check_in_scope (self, employee_id, error);
}

gboolean
_kr_training_check_write (KrTrainingRepository *self, GError **error)
{
  return _kr_database_check (self->database, KR_PERMISSION_WRITE_TRAINING, error);
}

gboolean
_kr_training_check_nominate (KrTrainingRepository *self, gint64 employee_id, GError **error)
{
  return _kr_database_check (self->database, KR_PERMISSION_NOMINATE_TRAINING, error) &&
         check_in_scope (self, employee_id, error);
}

gint64
_kr_training_get_scope_unit (KrTrainingRepository *self)
{
  return _kr_database_get_scope_unit (self->database);
}

int
_kr_training_step (KrTrainingRepository *self, sqlite3_stmt *stmt, GError **error)
{
  return _kr_statements_step (self->statements, stmt, _ ("Could not read the training records of"),
                              error);
}

gboolean
_kr_training_run (KrTrainingRepository *self, sqlite3_stmt *stmt, GError **error)
{
  return _kr_statements_run (self->statements, stmt, _ ("Could not save the training records of"),
                             error);
}

gint64
_kr_training_find_budget_unit (KrTrainingRepository *self,
                               gint64 employee_id,
                               guint year,
                               GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_budget_unit, error);
  int rc;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, employee_id);
  sqlite3_bind_int (stmt, 2, (int) year);
  rc = _kr_training_step (self, stmt, error);
  return rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}

gboolean
_kr_training_get_jp (KrTrainingRepository *self,
                     gint64 employee_id,
                     guint year,
                     double *jp,
                     GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_jp, error);
  int rc;

  *jp = 0;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, employee_id);
  sqlite3_bind_int (stmt, 2, (int) year);
  rc = _kr_training_step (self, stmt, error);
  if (rc == SQLITE_ROW)
    *jp = sqlite3_column_double (stmt, 0);
  return rc != 0;
}

/* Settings */

guint
kr_training_repository_get_jp_minutes (KrTrainingRepository *self, GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), 0);

  if (!_kr_training_check_read (self, error))
    return 0;
  stmt = _kr_statements_get (self->statements, sql_get_jp_minutes, error);
  if (stmt == NULL)
    return 0;
  rc = _kr_training_step (self, stmt, error);
  if (rc == 0)
    return 0;
  return rc == SQLITE_ROW ? (guint) sqlite3_column_int (stmt, 0) : kr_jp_default_minutes ();
}

gboolean
kr_training_repository_set_jp_minutes (KrTrainingRepository *self, guint minutes, GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), FALSE);

  if (!_kr_training_check_write (self, error))
    return FALSE;
  if (minutes < 30 || minutes > 60)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Length of one JP: enter a number of minutes from 30 to 60"));
      return FALSE;
    }
  if (!_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  stmt = _kr_statements_get (self->statements, sql_set_jp_minutes, error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int (stmt, 1, (int) minutes);
      ok = _kr_training_run (self, stmt, error);
    }
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  _kr_training_repository_emit_changed (self, KR_TRAINING_CHANGE_SETTINGS);
  return TRUE;
}

/* Courses */

#define COURSE_COLUMNS                                                                             \
  "c.id, c.title, c.kind, c.type, c.programme, c.form, c.jp, c.provider, c.delivery, c.cost, "     \
  "c.description, c.min_golongan, c.max_age, c.required_course_id, c.addresses_results, "          \
  "c.retired, (SELECT coalesce (sum (1 << b.behaviour), 0) FROM training_course_behaviour b "      \
  "WHERE b.course_id = c.id), (SELECT count(*) FROM training_session s WHERE s.course_id = c.id)"

/* Every word of the JSON array ?1 appears in the title or provider. */
static const char sql_list_courses[] =
    "SELECT " COURSE_COLUMNS " FROM training_course c WHERE (?2 OR c.retired = 0) AND NOT EXISTS "
    "(SELECT 1 FROM json_each (?1) w WHERE instr (lower (c.title || ' ' || coalesce (c.provider, "
    "'')), lower (w.value)) = 0) ORDER BY c.title COLLATE NOCASE, c.id";
static const char sql_get_course[] =
    "SELECT " COURSE_COLUMNS " FROM training_course c WHERE c.id = ?";
static const char sql_course_exists[] = "SELECT count(*) FROM training_course WHERE id = ?";
static const char sql_same_title[] =
    "SELECT id FROM training_course WHERE lower (title) = lower (?1) AND id IS NOT ?2 LIMIT 1";
/* Whether the course ?2 requires ?1, directly or through other courses. */
static const char sql_requires[] =
    "WITH RECURSIVE req (id) AS (SELECT ?2 UNION SELECT c.required_course_id FROM "
    "training_course c JOIN req ON c.id = req.id WHERE c.required_course_id IS NOT NULL) "
    "SELECT EXISTS (SELECT 1 FROM req WHERE id = ?1)";
static const char sql_insert_course[] =
    "INSERT INTO training_course (title, kind, type, programme, form, jp, provider, delivery, "
    "cost, description, min_golongan, max_age, required_course_id, addresses_results, retired) "
    "VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)";
static const char sql_update_course[] =
    "UPDATE training_course SET title = ?2, kind = ?3, type = ?4, programme = ?5, form = ?6, "
    "jp = ?7, provider = ?8, delivery = ?9, cost = ?10, description = ?11, min_golongan = ?12, "
    "max_age = ?13, required_course_id = ?14, addresses_results = ?15, retired = ?16 WHERE id = ?1";
static const char sql_drop_behaviours[] =
    "DELETE FROM training_course_behaviour WHERE course_id = ?1 AND ((?2 >> behaviour) & 1) = 0";
static const char sql_add_behaviour[] =
    "INSERT INTO training_course_behaviour (course_id, behaviour) VALUES (?1, ?2) "
    "ON CONFLICT (course_id, behaviour) DO NOTHING";
static const char sql_count_course_sessions[] =
    "SELECT count(*) FROM training_session WHERE course_id = ?";
static const char sql_delete_course[] = "DELETE FROM training_course WHERE id = ?";

static void
set_course_not_found (GError **error, gint64 course_id)
{
  g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
               _ ("The course %lld does not exist; it may have been deleted"),
               (long long) course_id);
}

static KrCourse *
course_from_stmt (sqlite3_stmt *stmt)
{
  KrCourse *course = kr_course_new ();

  course->id = sqlite3_column_int64 (stmt, 0);
  course->title = _kr_column_dup_text (stmt, 1);
  kr_training_kind_from_code ((const char *) sqlite3_column_text (stmt, 2), &course->kind);
  kr_competence_type_from_code ((const char *) sqlite3_column_text (stmt, 3), &course->type);
  kr_leadership_programme_from_code ((const char *) sqlite3_column_text (stmt, 4),
                                     &course->programme);
  kr_training_form_from_code ((const char *) sqlite3_column_text (stmt, 5), &course->form);
  course->jp = sqlite3_column_int (stmt, 6);
  course->provider = _kr_column_dup_text (stmt, 7);
  kr_delivery_from_code ((const char *) sqlite3_column_text (stmt, 8), &course->delivery);
  course->cost = sqlite3_column_int64 (stmt, 9);
  course->description = _kr_column_dup_text (stmt, 10);
  course->min_golongan = sqlite3_column_int (stmt, 11);
  course->max_age = sqlite3_column_int (stmt, 12);
  course->required_course_id = sqlite3_column_int64 (stmt, 13);
  course->addresses_results = sqlite3_column_int (stmt, 14) != 0;
  course->retired = sqlite3_column_int (stmt, 15) != 0;
  course->behaviours = sqlite3_column_int (stmt, 16);
  course->n_sessions = sqlite3_column_int (stmt, 17);
  return course;
}

/* The words of @search as a JSON array of strings. */
static char *
words_to_json (const char *search)
{
  g_auto (GStrv) words = g_strsplit_set (search != NULL ? search : "", " \t\n", -1);
  g_autoptr (GString) json = g_string_new ("[");
  gboolean first = TRUE;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (!first)
        g_string_append_c (json, ',');
      first = FALSE;
      g_string_append_c (json, '"');
      for (const char *p = words[i]; *p != '\0'; p++)
        {
          if (*p == '"' || *p == '\\')
            g_string_append_c (json, '\\');
          if ((guchar) *p < 0x20)
            continue;
          g_string_append_c (json, *p);
        }
      g_string_append_c (json, '"');
    }
  g_string_append_c (json, ']');
  return g_string_free (g_steal_pointer (&json), FALSE);
}

GPtrArray *
kr_training_repository_list_courses (KrTrainingRepository *self,
                                     const char *search,
                                     gboolean include_retired,
                                     GError **error)
{
  g_autoptr (GPtrArray) courses = NULL;
  g_auto (KrStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), NULL);

  if (!_kr_training_check_read (self, error))
    return NULL;
  stmt = _kr_statements_get (self->statements, sql_list_courses, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, words_to_json (search), -1, g_free);
  sqlite3_bind_int (stmt, 2, include_retired != FALSE);
  courses = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_course_free);
  while ((rc = _kr_training_step (self, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (courses, course_from_stmt (stmt));
  return rc == SQLITE_DONE ? g_steal_pointer (&courses) : NULL;
}

KrCourse *
kr_training_repository_get_course (KrTrainingRepository *self, gint64 course_id, GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), NULL);

  if (!_kr_training_check_read (self, error))
    return NULL;
  stmt = _kr_statements_get (self->statements, sql_get_course, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, course_id);
  rc = _kr_training_step (self, stmt, error);
  if (rc == SQLITE_ROW)
    return course_from_stmt (stmt);
  if (rc == SQLITE_DONE)
    set_course_not_found (error, course_id);
  return NULL;
}

static gboolean
check_course_links (KrTrainingRepository *self, const KrCourse *course, GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  gint64 n = 0;
  int rc;

  if (course->id != 0)
    {
      if (!_kr_statements_count (self->statements, sql_course_exists, course->id, &n, error))
        return FALSE;
      if (n == 0)
        {
          set_course_not_found (error, course->id);
          return FALSE;
        }
    }
  stmt = _kr_statements_get (self->statements, sql_same_title, error);
  if (stmt == NULL)
    return FALSE;
  _kr_bind_text (stmt, 1, course->title);
  _kr_bind_id (stmt, 2, course->id);
  rc = _kr_training_step (self, stmt, error);
  if (rc == 0)
    return FALSE;
  if (rc == SQLITE_ROW)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_CONFLICT,
                   _ ("Title: another course is already called “%s”"), course->title);
      return FALSE;
    }
  _kr_stmt_reset (&stmt);
  stmt = NULL;
  if (course->required_course_id == 0)
    return TRUE;
  if (!_kr_statements_count (self->statements, sql_course_exists, course->required_course_id, &n,
                             error))
    return FALSE;
  if (n == 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Required course: the course %lld does not exist"),
                   (long long) course->required_course_id);
      return FALSE;
    }
  if (course->id == 0)
    return TRUE;
  stmt = _kr_statements_get (self->statements, sql_requires, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, course->id);
  sqlite3_bind_int64 (stmt, 2, course->required_course_id);
  rc = _kr_training_step (self, stmt, error);
  if (rc == 0)
    return FALSE;
  if (sqlite3_column_int (stmt, 0) != 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Required course: that course requires this one; a course cannot require "
                      "itself, even through others"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_course (KrTrainingRepository *self, KrCourse *course, const char *title, GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  gint64 id = course->id;
  g_autofree char *provider = _kr_strip_dup (course->provider);
  g_autofree char *description = _kr_strip_dup (course->description);

  stmt =
      _kr_statements_get (self->statements, id == 0 ? sql_insert_course : sql_update_course, error);
  if (stmt == NULL)
    return FALSE;
  if (id != 0)
    sqlite3_bind_int64 (stmt, 1, id);
  _kr_bind_text (stmt, 2, title);
  sqlite3_bind_text (stmt, 3, kr_training_kind_get_code (course->kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, kr_competence_type_get_code (course->type), -1, SQLITE_STATIC);
  _kr_bind_text (stmt, 5, kr_leadership_programme_get_code (course->programme));
  sqlite3_bind_text (stmt, 6, kr_training_form_get_code (course->form), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 7, (int) course->jp);
  _kr_bind_text (stmt, 8, provider);
  sqlite3_bind_text (stmt, 9, kr_delivery_get_code (course->delivery), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 10, course->cost);
  _kr_bind_text (stmt, 11, description);
  if (course->min_golongan != 0)
    sqlite3_bind_int (stmt, 12, (int) course->min_golongan);
  if (course->max_age != 0)
    sqlite3_bind_int (stmt, 13, (int) course->max_age);
  _kr_bind_id (stmt, 14, course->required_course_id);
  sqlite3_bind_int (stmt, 15, course->addresses_results != FALSE);
  sqlite3_bind_int (stmt, 16, course->retired != FALSE);
  if (!_kr_training_run (self, stmt, error))
    return FALSE;
  if (id == 0)
    id = _kr_statements_last_insert_id (self->statements);
  _kr_stmt_reset (&stmt);
  stmt = NULL;

  stmt = _kr_statements_get (self->statements, sql_drop_behaviours, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, (int) course->behaviours);
  if (!_kr_training_run (self, stmt, error))
    return FALSE;
  _kr_stmt_reset (&stmt);
  stmt = NULL;
  for (int value = 1; value <= 7; value++)
    {
      if ((course->behaviours & (1u << value)) == 0)
        continue;
      stmt = _kr_statements_get (self->statements, sql_add_behaviour, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, value);
      if (!_kr_training_run (self, stmt, error))
        return FALSE;
      _kr_stmt_reset (&stmt);
      stmt = NULL;
    }
  course->id = id;
  return TRUE;
}

gboolean
kr_training_repository_save_course (KrTrainingRepository *self, KrCourse *course, GError **error)
{
  g_autofree char *title = NULL;
  gboolean own, ok;
  gint64 old_id;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), FALSE);
  g_return_val_if_fail (course != NULL, FALSE);

  if (!_kr_training_check_write (self, error) || !kr_course_validate (course, error))
    return FALSE;
  title = _kr_strip_dup (course->title);
  if (!_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  old_id = course->id;
  ok = check_course_links (self, course, error) && write_course (self, course, title, error);
  if (!_kr_statements_end (self->statements, own, ok, error))
    {
      course->id = old_id;
      return FALSE;
    }
  g_free (course->title);
  course->title = g_steal_pointer (&title);
  _kr_training_repository_emit_changed (self, KR_TRAINING_CHANGE_COURSES);
  return TRUE;
}

gboolean
kr_training_repository_delete_course (KrTrainingRepository *self, gint64 course_id, GError **error)
{
  g_autoptr (KrCourse) course = NULL;
  g_auto (KrStmt) stmt = NULL;
  gint64 n_sessions = 0;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), FALSE);

  if (!_kr_training_check_write (self, error) ||
      !_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  course = kr_training_repository_get_course (self, course_id, error);
  ok = course != NULL && _kr_statements_count (self->statements, sql_count_course_sessions,
                                               course_id, &n_sessions, error);
  if (ok && n_sessions > 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   ngettext ("The course “%s” has %lld session: retire it instead",
                             "The course “%s” has %lld sessions: retire it instead",
                             (gulong) n_sessions),
                   course->title, (long long) n_sessions);
      ok = FALSE;
    }
  if (ok)
    {
      stmt = _kr_statements_get (self->statements, sql_delete_course, error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, course_id);
      ok = _kr_training_run (self, stmt, error);
    }
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  _kr_training_repository_emit_changed (self, KR_TRAINING_CHANGE_COURSES);
  return TRUE;
}
