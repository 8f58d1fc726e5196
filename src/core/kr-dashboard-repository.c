/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-dashboard-repository"

#include "config.h"

#include "kr-dashboard-repository-private.h"

#include "kr-database-private.h"
#include "kr-employee.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-identity.h"
#include "kr-position.h"

/* The object, the scope, the head counts and the age × gender pyramid. */

G_DEFINE_FINAL_TYPE (KrDashboardRepository, kr_dashboard_repository, G_TYPE_OBJECT)

#define BAND_YEARS 5

/* The head counts read the counts that migration 13 keeps per unit and every unit above it
 * (dashboard_count, with the dimensions of KrDashboardCountKind): the rows of the scope's unit,
 * 0 for everyone. */
static const char sql_employee_kinds[] =
    "SELECT value, n FROM dashboard_count WHERE unit_id = ?1 AND dimension = " G_STRINGIFY (
        KR_DASHBOARD_COUNT_EMPLOYEE_KIND) " AND n > 0";
static const char sql_golongan[] =
    "SELECT value, n FROM dashboard_count WHERE unit_id = ?1 AND dimension = " G_STRINGIFY (
        KR_DASHBOARD_COUNT_GOLONGAN) " AND n > 0 ORDER BY value = 0, value";
static const char sql_position_kinds[] =
    "SELECT nullif (value, ''), n FROM dashboard_count WHERE unit_id = ?1 AND dimension "
    "= " G_STRINGIFY (KR_DASHBOARD_COUNT_POSITION_KIND) " AND n > 0";
/* Age in whole years on the 31 December of year ?2, from the stored birth years and genders */
static const char sql_age_bands_year_end[] =
    "SELECT (?2 - value / 10) / ?3 AS band, sum (n * (value % 10 = 0)), sum (n * (value % 10 = "
    "1)) FROM dashboard_count WHERE unit_id = ?1 AND dimension = " G_STRINGIFY (
        KR_DASHBOARD_COUNT_BIRTH) " AND n > 0 AND value / 10 <= ?2 GROUP BY band ORDER BY band";
/* Age in whole years on any other day ?2 (birthdays on the day count), from the employees */
static const char sql_age_bands[] =
    "SELECT (CAST (substr (?2, 1, 4) AS INTEGER) - CAST (substr (e.birth_date, 1, 4) AS INTEGER) "
    "- (substr (e.birth_date, 6, 5) > substr (?2, 6, 5))) / ?3 AS band, "
    "sum (e.gender = 'M'), sum (e.gender = 'F') FROM employee e WHERE e.status = 'aktif' AND "
    "e.birth_date <= ?2 AND " KR_DASHBOARD_UNIT_FILTER " GROUP BY band ORDER BY band";

static void
kr_dashboard_repository_finalize (GObject *object)
{
  KrDashboardRepository *self = KR_DASHBOARD_REPOSITORY (object);

  g_clear_object (&self->talent);
  g_clear_pointer (&self->statements, _kr_statements_free);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (kr_dashboard_repository_parent_class)->finalize (object);
}

static void
kr_dashboard_repository_class_init (KrDashboardRepositoryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kr_dashboard_repository_finalize;
}

static void
kr_dashboard_repository_init (KrDashboardRepository *self)
{
}

KrDashboardRepository *
kr_dashboard_repository_new (KrDatabase *database)
{
  KrDashboardRepository *self;

  g_return_val_if_fail (KR_IS_DATABASE (database), NULL);

  self = g_object_new (KR_TYPE_DASHBOARD_REPOSITORY, NULL);
  self->database = g_object_ref (database);
  self->statements = _kr_statements_new (database);
  self->talent = kr_talent_repository_new (database);
  return self;
}

KrDatabase *
kr_dashboard_repository_get_database (KrDashboardRepository *self)
{
  g_return_val_if_fail (KR_IS_DASHBOARD_REPOSITORY (self), NULL);

  return self->database;
}

gboolean
_kr_dashboard_resolve (KrDashboardRepository *self,
                       const KrDashboardScope *scope,
                       gint64 *unit_id,
                       GDate *reference,
                       GError **error)
{
  gint64 head_unit;

  if (!_kr_database_check (self->database, KR_PERMISSION_READ_EMPLOYEES, error))
    return FALSE;
  if (scope->year < 2000 || scope->year > 2200)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Year: choose a year from 2000 to 2200"));
      return FALSE;
    }
  head_unit = _kr_database_get_scope_unit (self->database);
  if (scope->unit_id != 0 && !_kr_database_check_in_scope (self->database, scope->unit_id, error))
    return FALSE;
  *unit_id = scope->unit_id != 0 ? scope->unit_id : head_unit;

  if (g_date_valid (&scope->reference))
    *reference = scope->reference;
  else
    {
      g_date_clear (reference, 1);
      g_date_set_dmy (reference, 31, G_DATE_DECEMBER, (GDateYear) scope->year);
    }
  return TRUE;
}

sqlite3_stmt *
_kr_dashboard_prepare (KrDashboardRepository *self, const char *sql, gint64 unit_id, GError **error)
{
  sqlite3_stmt *stmt = _kr_statements_get (self->statements, sql, error);

  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, unit_id);
  return stmt;
}

sqlite3_stmt *
_kr_dashboard_start (KrDashboardRepository *self,
                     const KrDashboardScope *scope,
                     const char *sql,
                     gint64 *unit_id,
                     GDate *reference,
                     GError **error)
{
  if (!_kr_dashboard_resolve (self, scope, unit_id, reference, error))
    return NULL;
  return _kr_dashboard_prepare (self, sql, *unit_id, error);
}

int
_kr_dashboard_step (KrDashboardRepository *self, sqlite3_stmt *stmt, GError **error)
{
  return _kr_statements_step (self->statements, stmt, _ ("Could not read the dashboard"), error);
}

KrDashboardCount *
_kr_dashboard_count_new (KrDashboardDimension dimension,
                         const char *code,
                         gint64 low,
                         gint64 high,
                         char *label,
                         guint count)
{
  KrDashboardCount *c = g_new0 (KrDashboardCount, 1);

  c->filter.dimension = dimension;
  c->filter.code = g_strdup (code);
  c->filter.low = low;
  c->filter.high = high;
  c->label = label;
  c->count = count;
  return c;
}

/* Runs a "SELECT code, count" statement grouped by an enum's code, and lists the codes with
 * employees in the enum's order (@n_values of them; a NULL code, last, is @none_label). */
static GPtrArray *
count_by_code (KrDashboardRepository *self,
               const KrDashboardScope *scope,
               const char *sql,
               KrDashboardDimension dimension,
               guint n_values,
               const char *(*get_code) (guint value),
               const char *(*get_label) (guint value),
               const char *none_label,
               GError **error)
{
  g_autoptr (GPtrArray) counts =
      g_ptr_array_new_with_free_func ((GDestroyNotify) kr_dashboard_count_free);
  g_autofree guint *per_value = g_new0 (guint, n_values + 1);
  g_auto (KrStmt) stmt = NULL;
  GDate reference;
  gint64 unit_id;
  int rc;

  stmt = _kr_dashboard_start (self, scope, sql, &unit_id, &reference, error);
  if (stmt == NULL)
    return NULL;
  while ((rc = _kr_dashboard_step (self, stmt, error)) == SQLITE_ROW)
    {
      const char *code = (const char *) sqlite3_column_text (stmt, 0);
      guint v = n_values;

      for (guint i = 0; code != NULL && i < n_values; i++)
        if (g_strcmp0 (get_code (i), code) == 0)
          v = i;
      per_value[v] += (guint) sqlite3_column_int64 (stmt, 1);
    }
  if (rc != SQLITE_DONE)
    return NULL;

  for (guint i = 0; i <= n_values; i++)
    if (per_value[i] > 0)
      g_ptr_array_add (
          counts, _kr_dashboard_count_new (dimension, i < n_values ? get_code (i) : NULL, 0, 0,
                                           g_strdup (i < n_values ? get_label (i) : none_label),
                                           per_value[i]));
  return g_steal_pointer (&counts);
}

static const char *
employee_kind_code (guint kind)
{
  return _kr_enum_get_code (KR_TYPE_EMPLOYEE_KIND, (int) kind);
}

static const char *
employee_kind_label (guint kind)
{
  return kr_employee_kind_get_label ((KrEmployeeKind) kind);
}

GPtrArray *
kr_dashboard_repository_count_employee_kinds (KrDashboardRepository *self,
                                              const KrDashboardScope *scope,
                                              GError **error)
{
  g_return_val_if_fail (KR_IS_DASHBOARD_REPOSITORY (self), NULL);
  g_return_val_if_fail (scope != NULL, NULL);

  return count_by_code (self, scope, sql_employee_kinds, KR_DASHBOARD_EMPLOYEE_KIND,
                        KR_N_EMPLOYEE_KINDS, employee_kind_code, employee_kind_label,
                        /* The kind is never NULL (0003-employees.sql) */
                        "—", error);
}

static const char *
position_kind_code (guint kind)
{
  return _kr_position_kind_get_code ((KrPositionKind) kind);
}

static const char *
position_kind_label (guint kind)
{
  return kr_position_kind_get_label ((KrPositionKind) kind);
}

GPtrArray *
kr_dashboard_repository_count_position_kinds (KrDashboardRepository *self,
                                              const KrDashboardScope *scope,
                                              GError **error)
{
  g_return_val_if_fail (KR_IS_DASHBOARD_REPOSITORY (self), NULL);
  g_return_val_if_fail (scope != NULL, NULL);

  return count_by_code (self, scope, sql_position_kinds, KR_DASHBOARD_POSITION_KIND,
                        KR_N_POSITION_KINDS, position_kind_code, position_kind_label,
                        /* Translators: a bar of employees who hold no position */
                        _ ("No position"), error);
}

GPtrArray *
kr_dashboard_repository_count_golongan (KrDashboardRepository *self,
                                        const KrDashboardScope *scope,
                                        GError **error)
{
  g_autoptr (GPtrArray) counts = NULL;
  g_auto (KrStmt) stmt = NULL;
  GDate reference;
  gint64 unit_id;
  int rc;

  g_return_val_if_fail (KR_IS_DASHBOARD_REPOSITORY (self), NULL);
  g_return_val_if_fail (scope != NULL, NULL);

  stmt = _kr_dashboard_start (self, scope, sql_golongan, &unit_id, &reference, error);
  if (stmt == NULL)
    return NULL;
  counts = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_dashboard_count_free);
  while ((rc = _kr_dashboard_step (self, stmt, error)) == SQLITE_ROW)
    {
      gint64 g = sqlite3_column_int64 (stmt, 0);
      const char *label = g != 0 ? kr_golongan_get_label ((guint) g) : NULL;

      g_ptr_array_add (counts, _kr_dashboard_count_new (KR_DASHBOARD_GOLONGAN, NULL, g, g,
                                                        g_strdup (label != NULL ? label : "—"),
                                                        (guint) sqlite3_column_int64 (stmt, 1)));
    }
  return rc == SQLITE_DONE ? g_steal_pointer (&counts) : NULL;
}

static KrDashboardAgeBand *
age_band_new (guint band)
{
  KrDashboardAgeBand *b = g_new0 (KrDashboardAgeBand, 1);

  b->filter.dimension = KR_DASHBOARD_AGE;
  b->filter.low = band * BAND_YEARS;
  b->filter.high = band * BAND_YEARS + BAND_YEARS - 1;
  b->label = g_strdup_printf ("%u–%u", band * BAND_YEARS, band * BAND_YEARS + BAND_YEARS - 1);
  return b;
}

GPtrArray *
kr_dashboard_repository_count_age_bands (KrDashboardRepository *self,
                                         const KrDashboardScope *scope,
                                         GError **error)
{
  g_autoptr (GPtrArray) bands = NULL;
  g_auto (KrStmt) stmt = NULL;
  GDate reference;
  gint64 unit_id;
  gboolean year_end;
  int rc;

  g_return_val_if_fail (KR_IS_DASHBOARD_REPOSITORY (self), NULL);
  g_return_val_if_fail (scope != NULL, NULL);

  if (!_kr_dashboard_resolve (self, scope, &unit_id, &reference, error))
    return NULL;
  year_end = g_date_get_month (&reference) == G_DATE_DECEMBER && g_date_get_day (&reference) == 31;
  stmt = _kr_dashboard_prepare (self, year_end ? sql_age_bands_year_end : sql_age_bands, unit_id,
                                error);
  if (stmt == NULL)
    return NULL;
  if (year_end)
    sqlite3_bind_int (stmt, 2, g_date_get_year (&reference));
  else
    _kr_bind_date (stmt, 2, &reference);
  sqlite3_bind_int (stmt, 3, BAND_YEARS);
  bands = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_dashboard_age_band_free);
  while ((rc = _kr_dashboard_step (self, stmt, error)) == SQLITE_ROW)
    {
      guint band = (guint) sqlite3_column_int (stmt, 0);
      KrDashboardAgeBand *b;

      /* Keep the bands between two with employees, with zeros */
      while (bands->len > 0 &&
             ((KrDashboardAgeBand *) g_ptr_array_index (bands, bands->len - 1))->filter.low /
                         BAND_YEARS +
                     1 <
                 band)
        g_ptr_array_add (
            bands,
            age_band_new ((guint) ((KrDashboardAgeBand *) g_ptr_array_index (bands, bands->len - 1))
                                  ->filter.low /
                              BAND_YEARS +
                          1));
      b = age_band_new (band);
      b->male = (guint) sqlite3_column_int64 (stmt, 1);
      b->female = (guint) sqlite3_column_int64 (stmt, 2);
      g_ptr_array_add (bands, b);
    }
  return rc == SQLITE_DONE ? g_steal_pointer (&bands) : NULL;
}

/* Loading a snapshot */

static const char sql_unit_name[] = "SELECT name FROM unit WHERE id = ?1";

static int
load_progress (void *data)
{
  return g_cancellable_is_cancelled (data) ? 1 : 0;
}

/* Reads the parts of @parts into @loaded (whose scope is resolved), checking @cancellable
 * between them */
static gboolean
load_parts (KrDashboardRepository *self,
            KrDashboardSnapshot *loaded,
            KrDashboardParts parts,
            GCancellable *cancellable,
            GError **error)
{
  const KrDashboardScope *scope = &loaded->scope;

  if (scope->unit_id != 0)
    {
      g_auto (KrStmt) stmt = _kr_dashboard_prepare (self, sql_unit_name, scope->unit_id, error);

      if (stmt == NULL || _kr_dashboard_step (self, stmt, error) != SQLITE_ROW)
        {
          if (error != NULL && *error == NULL)
            g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
                         _ ("Unit: the unit no longer exists"));
          return FALSE;
        }
      loaded->unit_name = _kr_column_dup_text (stmt, 0);
    }

#define CANCELLED() g_cancellable_set_error_if_cancelled (cancellable, error)
  if ((parts & KR_DASHBOARD_PART_HEADCOUNT) &&
      (CANCELLED () ||
       !(loaded->employee_kinds =
             kr_dashboard_repository_count_employee_kinds (self, scope, error)) ||
       !(loaded->golongan = kr_dashboard_repository_count_golongan (self, scope, error)) ||
       !(loaded->position_kinds =
             kr_dashboard_repository_count_position_kinds (self, scope, error))))
    return FALSE;
  if ((parts & KR_DASHBOARD_PART_PYRAMID) &&
      (CANCELLED () ||
       !(loaded->age_bands = kr_dashboard_repository_count_age_bands (self, scope, error))))
    return FALSE;
  if ((parts & KR_DASHBOARD_PART_PREDIKAT) &&
      (CANCELLED () ||
       !(loaded->trend = kr_dashboard_repository_predikat_trend (
             self, scope, KR_DASHBOARD_TREND_YEARS, error)) ||
       !_kr_dashboard_predikat_from_trend (self, scope, loaded->trend, &loaded->predikat, error)))
    return FALSE;
  if ((parts & KR_DASHBOARD_PART_TRAINING) &&
      (CANCELLED () ||
       !(loaded->training = kr_dashboard_repository_count_training (self, scope, error))))
    return FALSE;
  if ((parts & KR_DASHBOARD_PART_CAREER) &&
      (CANCELLED () ||
       !(loaded->promotions = kr_dashboard_repository_count_promotions (
             self, scope, KR_DASHBOARD_PROMOTION_PERIODS, error)) ||
       !(loaded->retirements = kr_dashboard_repository_count_retirements (self, scope, error))))
    return FALSE;
  if ((parts & KR_DASHBOARD_PART_TALENT) &&
      (CANCELLED () || !kr_dashboard_repository_count_talent (self, scope, &loaded->talent, error)))
    return FALSE;
  return !CANCELLED ();
#undef CANCELLED
}

gboolean
kr_dashboard_repository_load (KrDashboardRepository *self,
                              KrDashboardSnapshot *snapshot,
                              KrDashboardParts parts,
                              GCancellable *cancellable,
                              GError **error)
{
  g_autoptr (KrDashboardSnapshot) loaded = NULL;
  sqlite3 *db;
  GDate reference;
  gint64 unit_id;
  gboolean own, ok;
  int rc;

  g_return_val_if_fail (KR_IS_DASHBOARD_REPOSITORY (self), FALSE);
  g_return_val_if_fail (snapshot != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  parts &= KR_DASHBOARD_PART_ALL;
  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !_kr_dashboard_resolve (self, &snapshot->scope, &unit_id, &reference, error))
    return FALSE;
  loaded = kr_dashboard_snapshot_new (&snapshot->scope);
  loaded->scope.unit_id = unit_id;

  /* One read transaction (or the caller's), so that the parts read one state of the file; a
   * cancellation also stops a long statement */
  db = _kr_database_get_handle (self->database);
  own = sqlite3_get_autocommit (db) != 0;
  if (own && (rc = sqlite3_exec (db, "BEGIN", NULL, NULL, NULL)) != SQLITE_OK)
    {
      _kr_database_set_error (self->database, error, rc, _ ("Could not read the dashboard"));
      return FALSE;
    }
  if (cancellable != NULL)
    sqlite3_progress_handler (db, 1000, load_progress, cancellable);
  ok = load_parts (self, loaded, parts, cancellable, error);
  if (cancellable != NULL)
    sqlite3_progress_handler (db, 0, NULL, NULL);
  if (own)
    sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  if (!ok)
    {
      if (g_cancellable_is_cancelled (cancellable))
        {
          g_clear_error (error);
          g_cancellable_set_error_if_cancelled (cancellable, error);
        }
      return FALSE;
    }

  loaded->parts = parts;
  g_free (snapshot->unit_name);
  snapshot->unit_name = g_steal_pointer (&loaded->unit_name);
  kr_dashboard_snapshot_merge (snapshot, loaded);
  return TRUE;
}
