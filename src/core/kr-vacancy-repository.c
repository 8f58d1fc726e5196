/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-vacancy-repository"

#include "config.h"

#include "kr-vacancy-repository.h"

#include "kr-csv.h"
#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-text.h"
#include "kr-repository-private.h"

/* SQL narrows to the positions that may qualify (no holder, a holder old enough to reach the
 * lowest BUP (58) by the horizon, or a recorded need above the holders); the exact BUP of each
 * old holder (kr_position_get_bup ()) decides in C. */

#define LOWEST_BUP 58

struct _KrVacancyRepository
{
  GObject parent_instance;

  KrDatabase *database;
  KrStatements *statements;
};

G_DEFINE_FINAL_TYPE (KrVacancyRepository, kr_vacancy_repository, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ?1 scope unit, ?2 unit, ?3 subtree, ?4 birth date cut-off, ?5 search */
static const char sql_list[] =
    "SELECT * FROM (SELECT p.id, p.name, p.kind, p.level, p.is_head, p.kelas_jabatan, u.id, "
    "u.name, n.needed AS needed, n.basis, (SELECT count(*) FROM employee e WHERE e.position_id = "
    "p.id AND "
    "e.status = 'aktif') AS holders, (SELECT group_concat (e.birth_date) FROM employee e WHERE "
    "e.position_id = p.id AND e.status = 'aktif' AND e.birth_date <= ?4) AS old, (SELECT s.id "
    "FROM selection s WHERE s.position_id = p.id AND s.status NOT IN ('closed', 'cancelled') "
    "ORDER BY s.id DESC LIMIT 1), u.code FROM position p JOIN unit u ON u.id = p.unit_id LEFT "
    "JOIN position_need n ON n.position_id = p.id WHERE (?1 = 0 OR p.unit_id IN (WITH RECURSIVE "
    "s (id) AS (SELECT ?1 UNION ALL SELECT c.id FROM unit c JOIN s ON c.parent_id = s.id) "
    "SELECT id FROM s)) AND (?2 = 0 OR p.unit_id = ?2 OR (?3 AND p.unit_id IN (WITH RECURSIVE "
    "t (id) AS (SELECT ?2 UNION ALL SELECT c.id FROM unit c JOIN t ON c.parent_id = t.id) "
    "SELECT id FROM t))) AND (?5 IS NULL OR instr (lower (p.name), lower (?5)) > 0 OR instr "
    "(lower (u.name), lower (?5)) > 0) AND (n.needed IS NULL OR n.needed > 0)) WHERE (holders = 0 "
    "AND (needed > 0 OR is_head OR kind IN ('jpt_utama', 'jpt_madya', 'jpt_pratama', "
    "'administrator', 'pengawas'))) OR old IS NOT NULL OR needed > holders ORDER BY 14, 5 DESC, 2, "
    "1";
static const char sql_position_exists[] = "SELECT count(*) FROM position WHERE id = ?";
static const char sql_position_unit[] = "SELECT unit_id FROM position WHERE id = ?";
static const char sql_set_need[] =
    "INSERT INTO position_need (position_id, needed, basis) VALUES (?1, ?2, ?3) ON CONFLICT "
    "(position_id) DO UPDATE SET needed = excluded.needed, basis = excluded.basis";
static const char sql_clear_need[] = "DELETE FROM position_need WHERE position_id = ?";

void
kr_vacancy_free (KrVacancy *vacancy)
{
  if (vacancy == NULL)
    return;
  g_free (vacancy->position_name);
  g_free (vacancy->unit_name);
  g_free (vacancy->need_basis);
  g_free (vacancy);
}

static void
kr_vacancy_repository_finalize (GObject *object)
{
  KrVacancyRepository *self = KR_VACANCY_REPOSITORY (object);

  g_clear_pointer (&self->statements, _kr_statements_free);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (kr_vacancy_repository_parent_class)->finalize (object);
}

static void
kr_vacancy_repository_class_init (KrVacancyRepositoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kr_vacancy_repository_finalize;

  /**
   * KrVacancyRepository::changed:
   * @self: the repository
   *
   * Emitted after a need was recorded or removed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);
}

static void
kr_vacancy_repository_init (KrVacancyRepository *self)
{
}

KrVacancyRepository *
kr_vacancy_repository_new (KrDatabase *database)
{
  KrVacancyRepository *self;

  g_return_val_if_fail (KR_IS_DATABASE (database), NULL);

  self = g_object_new (KR_TYPE_VACANCY_REPOSITORY, NULL);
  self->database = g_object_ref (database);
  self->statements = _kr_statements_new (database);
  return self;
}

KrDatabase *
kr_vacancy_repository_get_database (KrVacancyRepository *self)
{
  g_return_val_if_fail (KR_IS_VACANCY_REPOSITORY (self), NULL);
  return self->database;
}

static int
step (KrVacancyRepository *self, sqlite3_stmt *stmt, GError **error)
{
  return _kr_statements_step (self->statements, stmt, _ ("Could not read the vacancies of"), error);
}

static gboolean
check_query (const KrVacancyQuery *query, GError **error)
{
  if (query == NULL || !g_date_valid (&query->today))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Date: enter a valid date"));
      return FALSE;
    }
  if (query->horizon_months > 60)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Months: enter 0 to 60 months"));
      return FALSE;
    }
  return TRUE;
}

static int
default_need (KrPositionKind kind, gboolean is_head)
{
  if (is_head || kind == KR_POSITION_KIND_JPT_UTAMA || kind == KR_POSITION_KIND_JPT_MADYA ||
      kind == KR_POSITION_KIND_JPT_PRATAMA || kind == KR_POSITION_KIND_ADMINISTRATOR ||
      kind == KR_POSITION_KIND_PENGAWAS)
    return 1;
  return -1;
}

/* Counts the holders among @old (comma-separated birth dates) whose TMT pensiun falls after
 * @today and by @horizon; keeps the earliest. Holders already past it count too: they are
 * still active in the records, but their position must be filled now. */
static guint
count_retiring (KrVacancy *v, const char *old, const GDate *horizon)
{
  g_auto (GStrv) dates = NULL;
  guint n = 0;

  g_date_clear (&v->first_retirement, 1);
  if (old == NULL)
    return 0;
  dates = g_strsplit (old, ",", -1);
  for (guint i = 0; dates[i] != NULL; i++)
    {
      GDate birth, tmt;
      guint bup;

      if (!kr_date_parse_iso (dates[i], &birth, NULL))
        continue;
      bup = kr_position_get_bup (v->kind, v->level, &birth);
      if (bup == 0)
        bup = LOWEST_BUP;
      kr_position_retirement_date (&birth, bup, &tmt);
      if (g_date_compare (&tmt, horizon) > 0)
        continue;
      n++;
      if (!g_date_valid (&v->first_retirement) || g_date_compare (&tmt, &v->first_retirement) < 0)
        v->first_retirement = tmt;
    }
  return n;
}

static KrVacancy *
read_row (sqlite3_stmt *stmt, const GDate *horizon)
{
  g_autoptr (KrVacancy) v = g_new0 (KrVacancy, 1);
  guint active;

  v->position_id = sqlite3_column_int64 (stmt, 0);
  v->position_name = _kr_column_dup_text (stmt, 1);
  if (!_kr_position_kind_from_code ((const char *) sqlite3_column_text (stmt, 2), &v->kind))
    v->kind = KR_POSITION_KIND_PELAKSANA;
  v->level = _kr_position_level_from_code ((const char *) sqlite3_column_text (stmt, 3));
  v->is_head = sqlite3_column_int (stmt, 4) != 0;
  v->kelas_jabatan = sqlite3_column_int (stmt, 5);
  v->unit_id = sqlite3_column_int64 (stmt, 6);
  v->unit_name = _kr_column_dup_text (stmt, 7);
  v->need_recorded = sqlite3_column_type (stmt, 8) != SQLITE_NULL;
  v->needed = v->need_recorded ? sqlite3_column_int (stmt, 8) : default_need (v->kind, v->is_head);
  v->need_basis = _kr_column_dup_text (stmt, 9);
  v->holders = (guint) sqlite3_column_int (stmt, 10);
  v->retiring = count_retiring (v, (const char *) sqlite3_column_text (stmt, 11), horizon);
  v->selection_id = sqlite3_column_int64 (stmt, 12);

  active = v->holders - MIN (v->retiring, v->holders);
  if (v->holders == 0 && v->needed > 0)
    v->reasons |= KR_VACANCY_VACANT;
  else if (v->retiring >= v->holders)
    v->reasons |= KR_VACANCY_RETIRING;
  if (v->needed > 0 && active < (guint) v->needed)
    {
      v->shortfall = (guint) v->needed - active;
      v->reasons |= KR_VACANCY_SHORT;
    }
  return g_steal_pointer (&v);
}

GPtrArray *
kr_vacancy_repository_list (KrVacancyRepository *self,
                            const KrVacancyQuery *query,
                            KrVacancySummary *summary,
                            GError **error)
{
  g_autoptr (GPtrArray) list = NULL;
  g_auto (KrStmt) stmt = NULL;
  g_autofree char *search = NULL;
  KrVacancySummary sum = { 0 };
  GDate horizon, cutoff;
  guint mask;
  int rc;

  g_return_val_if_fail (KR_IS_VACANCY_REPOSITORY (self), NULL);

  if (!_kr_database_check (self->database, KR_PERMISSION_READ_EMPLOYEES, error) ||
      !check_query (query, error))
    return NULL;
  mask = query->reasons != 0 ? query->reasons
                             : (KR_VACANCY_VACANT | KR_VACANCY_RETIRING | KR_VACANCY_SHORT);
  horizon = query->today;
  g_date_add_months (&horizon, query->horizon_months);
  cutoff = horizon;
  g_date_subtract_years (&cutoff, LOWEST_BUP);
  search = _kr_strip_dup (query->search);

  stmt = _kr_statements_get (self->statements, sql_list, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, _kr_database_get_scope_unit (self->database));
  sqlite3_bind_int64 (stmt, 2, query->unit_id);
  sqlite3_bind_int (stmt, 3, query->subtree ? 1 : 0);
  _kr_bind_date (stmt, 4, &cutoff);
  _kr_bind_text (stmt, 5, search != NULL && *search != '\0' ? search : NULL);
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_vacancy_free);
  while ((rc = step (self, stmt, error)) == SQLITE_ROW)
    {
      g_autoptr (KrVacancy) v = read_row (stmt, &horizon);

      if ((v->reasons & mask) == 0)
        continue;
      if (list->len >= KR_VACANCY_MAX_ROWS)
        {
          g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                       _ ("Unit: more than %u vacancies; choose a unit"), KR_VACANCY_MAX_ROWS);
          return NULL;
        }
      sum.positions++;
      sum.vacant += (v->reasons & KR_VACANCY_VACANT) != 0;
      sum.retiring += (v->reasons & KR_VACANCY_RETIRING) != 0;
      sum.short_positions += (v->reasons & KR_VACANCY_SHORT) != 0;
      sum.holders += v->holders;
      sum.retiring_holders += v->retiring;
      sum.shortfall += v->shortfall;
      g_ptr_array_add (list, g_steal_pointer (&v));
    }
  if (rc != SQLITE_DONE)
    return NULL;
  if (summary != NULL)
    *summary = sum;
  return g_steal_pointer (&list);
}

static gboolean
check_position (KrVacancyRepository *self, gint64 position_id, GError **error)
{
  gint64 n = 0, unit_id = 0;

  if (!_kr_statements_count (self->statements, sql_position_exists, position_id, &n, error))
    return FALSE;
  if (n == 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, _ ("Position: no position with id %lld"),
                   (long long) position_id);
      return FALSE;
    }
  if (_kr_database_get_scope_unit (self->database) == 0)
    return TRUE;
  if (!_kr_statements_count (self->statements, sql_position_unit, position_id, &unit_id, error))
    return FALSE;
  return _kr_database_check_in_scope (self->database, unit_id, error);
}

static gboolean
write_need (KrVacancyRepository *self,
            gint64 position_id,
            const char *sql,
            int needed,
            const char *basis,
            GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  gboolean own, ok;

  stmt = _kr_statements_get (self->statements, sql, error);
  if (stmt == NULL || !_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, position_id);
  if (sql == sql_set_need)
    {
      sqlite3_bind_int (stmt, 2, needed);
      _kr_bind_text (stmt, 3, basis);
    }
  ok = _kr_statements_run (self->statements, stmt, _ ("Could not save the need of"), error);
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

gboolean
kr_vacancy_repository_set_need (KrVacancyRepository *self,
                                gint64 position_id,
                                int needed,
                                const char *basis,
                                GError **error)
{
  g_autofree char *clean = NULL;

  g_return_val_if_fail (KR_IS_VACANCY_REPOSITORY (self), FALSE);

  if (!_kr_database_check (self->database, KR_PERMISSION_WRITE_TALENT, error) ||
      !check_position (self, position_id, error))
    return FALSE;
  if (!kr_text_check_length (basis, KR_TEXT_MAX_LINE, _ ("Basis"), error))
    return FALSE;
  if (needed < 0 || needed > 100000)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Need: enter 0 to 100,000 holders"));
      return FALSE;
    }
  clean = _kr_strip_dup (basis);
  return write_need (self, position_id, sql_set_need, needed,
                     clean != NULL && *clean != '\0' ? clean : NULL, error);
}

gboolean
kr_vacancy_repository_clear_need (KrVacancyRepository *self, gint64 position_id, GError **error)
{
  g_return_val_if_fail (KR_IS_VACANCY_REPOSITORY (self), FALSE);

  if (!_kr_database_check (self->database, KR_PERMISSION_WRITE_TALENT, error) ||
      !check_position (self, position_id, error))
    return FALSE;
  return write_need (self, position_id, sql_clear_need, 0, NULL, error);
}

char *
kr_vacancy_reasons_to_string (guint reasons)
{
  GString *s = g_string_new (NULL);

  if (reasons & KR_VACANCY_VACANT)
    g_string_append (s, _ ("vacant"));
  if (reasons & KR_VACANCY_RETIRING)
    g_string_append_printf (s, "%s%s", s->len > 0 ? ", " : "", _ ("holders retiring"));
  if (reasons & KR_VACANCY_SHORT)
    g_string_append_printf (s, "%s%s", s->len > 0 ? ", " : "", _ ("below the need"));
  return g_string_free (s, FALSE);
}

/* The file goes to the regional office: its notes are Indonesian whatever the UI language. */
static char *
formasi_reasons (guint reasons)
{
  GString *s = g_string_new (NULL);

  if (reasons & KR_VACANCY_VACANT)
    g_string_append (s, "jabatan kosong");
  if (reasons & KR_VACANCY_RETIRING)
    g_string_append_printf (s, "%spemangku pensiun", s->len > 0 ? "; " : "");
  if (reasons & KR_VACANCY_SHORT)
    g_string_append_printf (s, "%skurang dari kebutuhan", s->len > 0 ? "; " : "");
  return g_string_free (s, FALSE);
}

gboolean
kr_vacancy_repository_write_formasi (KrVacancyRepository *self,
                                     const KrVacancyQuery *query,
                                     GOutputStream *stream,
                                     GCancellable *cancellable,
                                     GError **error)
{
  static const char *const header[] = {
    "unit_kerja",          "jabatan",    "jenis_jabatan", "jenjang",
    "kelas_jabatan",       "kebutuhan",  "bezetting",     "pensiun_dalam_horizon",
    "tmt_pensiun_pertama", "kekurangan", "keterangan"
  };
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (KrCsvWriter) writer = NULL;

  g_return_val_if_fail (KR_IS_VACANCY_REPOSITORY (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  list = kr_vacancy_repository_list (self, query, NULL, error);
  if (list == NULL)
    return FALSE;
  writer = kr_csv_writer_new (stream, ',', KR_CSV_WRITER_BOM | KR_CSV_WRITER_GUARD_FORMULAS);
  if (!kr_csv_writer_write_record (writer, header, G_N_ELEMENTS (header), cancellable, error))
    return FALSE;
  for (guint i = 0; i < list->len; i++)
    {
      const KrVacancy *v = g_ptr_array_index (list, i);
      g_autofree char *kelas =
          v->kelas_jabatan > 0 ? g_strdup_printf ("%d", v->kelas_jabatan) : NULL;
      g_autofree char *needed = v->needed >= 0 ? g_strdup_printf ("%d", v->needed) : NULL;
      g_autofree char *holders = g_strdup_printf ("%u", v->holders);
      g_autofree char *retiring = g_strdup_printf ("%u", v->retiring);
      g_autofree char *first =
          g_date_valid (&v->first_retirement) ? kr_date_format_iso (&v->first_retirement) : NULL;
      g_autofree char *shortfall = g_strdup_printf ("%u", v->shortfall);
      g_autofree char *reasons = formasi_reasons (v->reasons);
      const char *fields[] = { v->unit_name,
                               v->position_name,
                               kr_position_kind_get_label (v->kind),
                               v->level != KR_POSITION_LEVEL_NONE
                                   ? kr_position_level_get_label (v->level)
                                   : NULL,
                               kelas,
                               needed,
                               holders,
                               retiring,
                               first,
                               shortfall,
                               reasons };

      if (!kr_csv_writer_write_record (writer, fields, G_N_ELEMENTS (fields), cancellable, error))
        return FALSE;
    }
  return kr_csv_writer_flush (writer, cancellable, error);
}
