/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-selection-repository"

#include "config.h"

#include "kr-selection-repository-private.h"

#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-identity.h"
#include "kr-text.h"

/* The object, the helpers of -private.h, selections: reads, create and update. */

G_DEFINE_FINAL_TYPE (KrSelectionRepository, kr_selection_repository, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define SELECTION_COLUMNS                                                                          \
  "SELECT s.id, s.position_id, s.title, s.panel_decree, s.opens_on, s.closes_on, s.status, "       \
  "s.notes, p.name, p.kind, p.unit_id, u.name, "                                                   \
  "(SELECT count(*) FROM selection_panel_member m WHERE m.selection_id = s.id), "                  \
  "(SELECT count(*) FROM selection_stage g WHERE g.selection_id = s.id), "                         \
  "(SELECT count(*) FROM selection_stage g WHERE g.selection_id = s.id AND g.published_on IS "     \
  "NOT NULL), "                                                                                    \
  "(SELECT count(*) FROM selection_candidate c WHERE c.selection_id = s.id AND c.status = "        \
  "'registered') "                                                                                 \
  "FROM selection s JOIN position p ON p.id = s.position_id JOIN unit u ON u.id = p.unit_id "

/* The positions a unit head reads: ?N is the scope unit (0: every position) */
#define SELECTION_SCOPE(n)                                                                         \
  "(" n " = 0 OR p.unit_id IN (WITH RECURSIVE scope (id) AS (SELECT " n " UNION ALL SELECT "       \
  "c.id FROM unit c JOIN scope ON c.parent_id = scope.id) SELECT id FROM scope)) "

/* ?1 status code or NULL, ?2 unit (0: all), ?3 subtree, ?4 search or NULL, ?5 scope unit */
#define SELECTION_WHERE                                                                            \
  "WHERE (?1 IS NULL OR s.status = ?1) AND (?2 = 0 OR p.unit_id = ?2 OR (?3 AND p.unit_id IN "     \
  "(WITH RECURSIVE t (id) AS (SELECT ?2 UNION ALL SELECT c.id FROM unit c JOIN t ON c.parent_id "  \
  "= t.id) SELECT id FROM t))) AND (?4 IS NULL OR instr (lower (s.title), lower (?4)) > 0 OR "     \
  "instr (lower (p.name), lower (?4)) > 0) AND " SELECTION_SCOPE ("?5")

static const char sql_count[] = "SELECT count(*) FROM selection s JOIN position p ON p.id = "
                                "s.position_id " SELECTION_WHERE;
static const char sql_list[] = SELECTION_COLUMNS SELECTION_WHERE
    "ORDER BY CASE s.status WHEN 'draft' THEN 0 WHEN 'open' THEN 0 WHEN 'scoring' THEN 0 ELSE 1 "
    "END, s.id DESC LIMIT ?6 OFFSET ?7";
static const char sql_get[] = SELECTION_COLUMNS "WHERE s.id = ?1";
static const char sql_position_list[] =
    SELECTION_COLUMNS "WHERE s.position_id = ?1 AND " SELECTION_SCOPE ("?2") "ORDER BY s.id DESC";
static const char sql_position[] = "SELECT p.name, p.kind FROM position p WHERE p.id = ?1";
static const char sql_running[] =
    "SELECT count(*) FROM selection WHERE position_id = ? AND status NOT IN ('closed', "
    "'cancelled')";
static const char sql_insert[] =
    "INSERT INTO selection (position_id, title, panel_decree, opens_on, closes_on, notes) VALUES "
    "(?1, ?2, ?3, ?4, ?5, ?6)";
static const char sql_insert_stage[] =
    "INSERT INTO selection_stage (selection_id, seq, kind, name, weight) VALUES (?1, ?2, ?3, ?4, "
    "?5)";
static const char sql_update[] =
    "UPDATE selection SET position_id = ?2, title = ?3, panel_decree = ?4, opens_on = ?5, "
    "closes_on = ?6, notes = ?7 WHERE id = ?1";

static void
kr_selection_repository_finalize (GObject *object)
{
  KrSelectionRepository *self = KR_SELECTION_REPOSITORY (object);

  g_clear_pointer (&self->statements, _kr_statements_free);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (kr_selection_repository_parent_class)->finalize (object);
}

static void
kr_selection_repository_class_init (KrSelectionRepositoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kr_selection_repository_finalize;

  /**
   * KrSelectionRepository::changed:
   * @self: the repository
   * @change_mask: a #KrSelectionChange mask
   *
   * Emitted after a change was committed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
kr_selection_repository_init (KrSelectionRepository *self)
{
}

KrSelectionRepository *
kr_selection_repository_new (KrDatabase *database)
{
  KrSelectionRepository *self;

  g_return_val_if_fail (KR_IS_DATABASE (database), NULL);

  self = g_object_new (KR_TYPE_SELECTION_REPOSITORY, NULL);
  self->database = g_object_ref (database);
  self->statements = _kr_statements_new (database);
  return self;
}

KrDatabase *
kr_selection_repository_get_database (KrSelectionRepository *self)
{
  g_return_val_if_fail (KR_IS_SELECTION_REPOSITORY (self), NULL);
  return self->database;
}

void
_kr_selection_repository_emit_changed (KrSelectionRepository *self, KrSelectionChange mask)
{
  g_signal_emit (self, signals[CHANGED], 0, (guint) mask);
}

void
kr_selection_repository_notify_changed (KrSelectionRepository *self, KrSelectionChange mask)
{
  g_return_if_fail (KR_IS_SELECTION_REPOSITORY (self));
  _kr_selection_repository_emit_changed (self, mask);
}

gboolean
_kr_selection_check_read (KrSelectionRepository *self, GError **error)
{
  return _kr_database_check (self->database, KR_PERMISSION_READ_EMPLOYEES, error);
}

gboolean
_kr_selection_check_write (KrSelectionRepository *self, GError **error)
{
  return _kr_database_check (self->database, KR_PERMISSION_WRITE_TALENT, error);
}

int
_kr_selection_step (KrSelectionRepository *self, sqlite3_stmt *stmt, GError **error)
{
  return _kr_statements_step (self->statements, stmt, _ ("Could not read the selections of"),
                              error);
}

gboolean
_kr_selection_run (KrSelectionRepository *self, sqlite3_stmt *stmt, GError **error)
{
  return _kr_statements_run (self->statements, stmt, _ ("Could not save the selections of"), error);
}

void
_kr_selection_today (GDate *out)
{
  kr_date_today (NULL, out);
}

static KrSelection *
read_selection (sqlite3_stmt *stmt)
{
  KrSelection *s = kr_selection_new ();

  s->id = sqlite3_column_int64 (stmt, 0);
  s->position_id = sqlite3_column_int64 (stmt, 1);
  s->title = _kr_column_dup_text (stmt, 2);
  s->panel_decree = _kr_column_dup_text (stmt, 3);
  _kr_column_date (stmt, 4, &s->opens_on);
  _kr_column_date (stmt, 5, &s->closes_on);
  kr_selection_status_from_code ((const char *) sqlite3_column_text (stmt, 6), &s->status);
  s->notes = _kr_column_dup_text (stmt, 7);
  s->position_name = _kr_column_dup_text (stmt, 8);
  _kr_position_kind_from_code ((const char *) sqlite3_column_text (stmt, 9), &s->position_kind);
  s->unit_id = sqlite3_column_int64 (stmt, 10);
  s->unit_name = _kr_column_dup_text (stmt, 11);
  s->jpt = kr_selection_kind_is_jpt (s->position_kind);
  s->n_panel = (guint) sqlite3_column_int (stmt, 12);
  s->n_stages = (guint) sqlite3_column_int (stmt, 13);
  s->n_stages_published = (guint) sqlite3_column_int (stmt, 14);
  s->n_candidates = (guint) sqlite3_column_int (stmt, 15);
  return s;
}

KrSelection *
_kr_selection_load (KrSelectionRepository *self, gint64 id, GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_get, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = _kr_selection_step (self, stmt, error);
  if (rc == SQLITE_ROW)
    return read_selection (stmt);
  if (rc == SQLITE_DONE)
    g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, _ ("Selection: no selection with id %lld"),
                 (long long) id);
  return NULL;
}

KrSelection *
_kr_selection_load_readable (KrSelectionRepository *self, gint64 id, GError **error)
{
  g_autoptr (KrSelection) s = NULL;

  if (!_kr_selection_check_read (self, error))
    return NULL;
  s = _kr_selection_load (self, id, error);
  if (s == NULL || !_kr_database_check_in_scope (self->database, s->unit_id, error))
    return NULL;
  return g_steal_pointer (&s);
}

gboolean
_kr_selection_check_not_final (const KrSelection *selection, GError **error)
{
  if (!kr_selection_status_is_final (selection->status))
    return TRUE;
  g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
               selection->status == KR_SELECTION_STATUS_CLOSED
                   ? _ ("Selection: the selection is closed; nothing can change")
                   : _ ("Selection: the selection is cancelled; nothing can change"));
  return FALSE;
}

static GPtrArray *
list_with (KrSelectionRepository *self, const char *sql, gint64 id, GError **error)
{
  g_autoptr (GPtrArray) list = NULL;
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, _kr_database_get_scope_unit (self->database));
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_selection_free);
  while ((rc = _kr_selection_step (self, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (list, read_selection (stmt));
  return rc == SQLITE_DONE ? g_steal_pointer (&list) : NULL;
}

static void
bind_query (KrSelectionRepository *self,
            sqlite3_stmt *stmt,
            const KrSelectionQuery *query,
            const char *search)
{
  if (query->status >= 0 && query->status < KR_N_SELECTION_STATUSES)
    sqlite3_bind_text (stmt, 1, kr_selection_status_get_code ((KrSelectionStatus) query->status),
                       -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, 1);
  sqlite3_bind_int64 (stmt, 2, query->unit_id);
  sqlite3_bind_int (stmt, 3, query->subtree ? 1 : 0);
  _kr_bind_text (stmt, 4, search);
  sqlite3_bind_int64 (stmt, 5, _kr_database_get_scope_unit (self->database));
}

gboolean
kr_selection_repository_count_selections (KrSelectionRepository *self,
                                          const KrSelectionQuery *query,
                                          guint *n_rows,
                                          GError **error)
{
  g_autofree char *search = NULL;
  g_auto (KrStmt) stmt = NULL;

  g_return_val_if_fail (KR_IS_SELECTION_REPOSITORY (self), FALSE);
  g_return_val_if_fail (query != NULL && n_rows != NULL, FALSE);

  if (!_kr_selection_check_read (self, error))
    return FALSE;
  stmt = _kr_statements_get (self->statements, sql_count, error);
  if (stmt == NULL)
    return FALSE;
  search = _kr_strip_dup (query->search);
  bind_query (self, stmt, query, search);
  if (_kr_selection_step (self, stmt, error) != SQLITE_ROW)
    return FALSE;
  *n_rows = (guint) sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

GPtrArray *
kr_selection_repository_list_selections (KrSelectionRepository *self,
                                         const KrSelectionQuery *query,
                                         guint offset,
                                         guint limit,
                                         GError **error)
{
  g_autoptr (GPtrArray) list = NULL;
  g_autofree char *search = NULL;
  g_auto (KrStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KR_IS_SELECTION_REPOSITORY (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  if (!_kr_selection_check_read (self, error))
    return NULL;
  stmt = _kr_statements_get (self->statements, sql_list, error);
  if (stmt == NULL)
    return NULL;
  search = _kr_strip_dup (query->search);
  bind_query (self, stmt, query, search);
  sqlite3_bind_int64 (stmt, 6, limit);
  sqlite3_bind_int64 (stmt, 7, offset);
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_selection_free);
  while ((rc = _kr_selection_step (self, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (list, read_selection (stmt));
  return rc == SQLITE_DONE ? g_steal_pointer (&list) : NULL;
}

KrSelection *
kr_selection_repository_get_selection (KrSelectionRepository *self, gint64 id, GError **error)
{
  g_return_val_if_fail (KR_IS_SELECTION_REPOSITORY (self), NULL);

  return _kr_selection_load_readable (self, id, error);
}

GPtrArray *
kr_selection_repository_list_position_selections (KrSelectionRepository *self,
                                                  gint64 position_id,
                                                  GError **error)
{
  g_return_val_if_fail (KR_IS_SELECTION_REPOSITORY (self), NULL);

  if (!_kr_selection_check_read (self, error))
    return NULL;
  return list_with (self, sql_position_list, position_id, error);
}

/* Checks the fields of @selection; @position_name and @kind (out) from the position. */
static gboolean
check_fields (KrSelectionRepository *self,
              const KrSelection *selection,
              char **position_name,
              KrPositionKind *kind,
              GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  int rc;

  if (!kr_text_check_length (selection->title, KR_TEXT_MAX_LINE, _ ("Title"), error) ||
      !kr_text_check_length (selection->panel_decree, KR_TEXT_MAX_CODE, _ ("Panel decree"),
                             error) ||
      !kr_text_check_length (selection->notes, KR_TEXT_MAX_NOTE, _ ("Notes"), error))
    return FALSE;
  stmt = _kr_statements_get (self->statements, sql_position, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, selection->position_id);
  rc = _kr_selection_step (self, stmt, error);
  if (rc == 0)
    return FALSE;
  if (rc != SQLITE_ROW)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Position: choose a position"));
      return FALSE;
    }
  *position_name = _kr_column_dup_text (stmt, 0);
  _kr_position_kind_from_code ((const char *) sqlite3_column_text (stmt, 1), kind);
  if (g_date_valid (&selection->opens_on) && g_date_valid (&selection->closes_on) &&
      g_date_compare (&selection->closes_on, &selection->opens_on) < 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Registration closes: the date is before the registration opens"));
      return FALSE;
    }
  return TRUE;
}

static char *
default_title (const char *position_name, KrPositionKind kind, const GDate *opens_on)
{
  GDate today;
  guint year;

  _kr_selection_today (&today);
  year = g_date_valid (opens_on) ? g_date_get_year (opens_on) : g_date_get_year (&today);
  if (kr_selection_kind_is_jpt (kind))
    return g_strdup_printf ("Seleksi Terbuka %s %s Tahun %u", kr_position_kind_get_label (kind),
                            position_name, year);
  return g_strdup_printf ("Seleksi Terbuka %s Tahun %u", position_name, year);
}

static gboolean
insert_jpt_stages (KrSelectionRepository *self, gint64 id, GError **error)
{
  guint n;
  const KrSelectionStageTemplate *stages = kr_selection_jpt_stages (&n);

  for (guint i = 0; i < n; i++)
    {
      g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_insert_stage, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, (int) i + 1);
      sqlite3_bind_text (stmt, 3, kr_selection_stage_kind_get_code (stages[i].kind), -1,
                         SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, stages[i].name, -1, SQLITE_STATIC);
      sqlite3_bind_double (stmt, 5, stages[i].default_weight);
      if (!_kr_selection_run (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
bind_fields (sqlite3_stmt *stmt, int first, const KrSelection *selection, const char *title)
{
  g_autofree char *decree = _kr_strip_dup (selection->panel_decree);
  g_autofree char *notes = _kr_strip_dup (selection->notes);

  sqlite3_bind_int64 (stmt, first, selection->position_id);
  _kr_bind_text (stmt, first + 1, title);
  _kr_bind_text (stmt, first + 2, decree);
  _kr_bind_date (stmt, first + 3, &selection->opens_on);
  _kr_bind_date (stmt, first + 4, &selection->closes_on);
  _kr_bind_text (stmt, first + 5, notes);
  return TRUE;
}

gboolean
kr_selection_repository_create (KrSelectionRepository *self, KrSelection *selection, GError **error)
{
  g_autofree char *position_name = NULL;
  g_autofree char *title = NULL;
  g_autoptr (KrSelection) stored = NULL;
  KrPositionKind kind = KR_POSITION_KIND_PELAKSANA;
  gint64 running = 0, new_id = 0;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_SELECTION_REPOSITORY (self), FALSE);
  g_return_val_if_fail (selection != NULL, FALSE);

  if (!_kr_selection_check_write (self, error) ||
      !check_fields (self, selection, &position_name, &kind, error))
    return FALSE;
  if (!_kr_statements_count (self->statements, sql_running, selection->position_id, &running,
                             error))
    return FALSE;
  if (running > 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_CONFLICT,
                   _ ("Position: a selection for this position is already running"));
      return FALSE;
    }
  title = _kr_strip_dup (selection->title);
  if (title == NULL)
    title = default_title (position_name, kind, &selection->opens_on);

  if (!_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  {
    g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_insert, error);

    ok = stmt != NULL && bind_fields (stmt, 1, selection, title) &&
         _kr_selection_run (self, stmt, error);
    new_id = _kr_statements_last_insert_id (self->statements);
  }
  if (ok && kr_selection_kind_is_jpt (kind))
    ok = insert_jpt_stages (self, new_id, error);
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;

  stored = _kr_selection_load (self, new_id, NULL);
  if (stored != NULL)
    {
      KrSelection tmp = *selection;

      *selection = *stored;
      *stored = tmp;
    }
  else
    selection->id = new_id;
  _kr_selection_repository_emit_changed (self, KR_SELECTION_CHANGE_SELECTIONS |
                                                   KR_SELECTION_CHANGE_STAGES);
  return TRUE;
}

gboolean
kr_selection_repository_update (KrSelectionRepository *self,
                                const KrSelection *selection,
                                GError **error)
{
  g_autoptr (KrSelection) old = NULL;
  g_autofree char *position_name = NULL;
  g_autofree char *title = NULL;
  KrPositionKind kind = KR_POSITION_KIND_PELAKSANA;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_SELECTION_REPOSITORY (self), FALSE);
  g_return_val_if_fail (selection != NULL, FALSE);

  if (!_kr_selection_check_write (self, error))
    return FALSE;
  old = _kr_selection_load (self, selection->id, error);
  if (old == NULL || !_kr_selection_check_not_final (old, error) ||
      !check_fields (self, selection, &position_name, &kind, error))
    return FALSE;
  if (selection->position_id != old->position_id &&
      (old->status != KR_SELECTION_STATUS_DRAFT ||
       kr_selection_kind_is_jpt (kind) != kr_selection_kind_is_jpt (old->position_kind)))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   old->status != KR_SELECTION_STATUS_DRAFT
                       ? _ ("Position: the position can change only while the selection is a "
                            "draft")
                       : _ ("Position: a JPT selection and another one follow different rules; "
                            "create a new selection"));
      return FALSE;
    }
  title = _kr_strip_dup (selection->title);
  if (title == NULL)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Title: enter the title"));
      return FALSE;
    }
  if (!_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  {
    g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_update, error);

    ok = stmt != NULL;
    if (ok)
      {
        sqlite3_bind_int64 (stmt, 1, selection->id);
        bind_fields (stmt, 2, selection, title);
        ok = _kr_selection_run (self, stmt, error);
      }
  }
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  _kr_selection_repository_emit_changed (self, KR_SELECTION_CHANGE_SELECTIONS);
  return TRUE;
}
