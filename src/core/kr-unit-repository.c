/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-unit-repository"

#include "config.h"

#include "kr-unit-repository.h"

#include "kr-database-private.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-repository-private.h"

struct _KrUnitRepository
{
  GObject parent_instance;

  KrStatements *statements;
};

G_DEFINE_FINAL_TYPE (KrUnitRepository, kr_unit_repository, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Depth of each kind in the tree: a unit sits under a unit of a smaller depth. A UPT answers
 * to its perangkat daerah, like a bidang, and may have sub-units of its own. */
static const guint unit_kind_depths[KR_N_UNIT_KINDS] = {
  [KR_UNIT_KIND_INSTANSI] = 0, [KR_UNIT_KIND_PERANGKAT_DAERAH] = 1, [KR_UNIT_KIND_BIDANG] = 2,
  [KR_UNIT_KIND_UPT] = 2,      [KR_UNIT_KIND_SUB_BIDANG] = 3,
};

static const char sql_get_unit[] =
    "SELECT u.id, u.parent_id, u.code, u.name, u.kind, p.id FROM unit u "
    "LEFT JOIN position p ON p.unit_id = u.id AND p.is_head = 1 WHERE u.id = ?";
static const char sql_get_unit_by_code[] =
    "SELECT u.id, u.parent_id, u.code, u.name, u.kind, p.id FROM unit u "
    "LEFT JOIN position p ON p.unit_id = u.id AND p.is_head = 1 WHERE u.code = ?";
static const char sql_list_roots[] =
    "SELECT u.id, u.parent_id, u.code, u.name, u.kind, p.id FROM unit u "
    "LEFT JOIN position p ON p.unit_id = u.id AND p.is_head = 1 "
    "WHERE u.parent_id IS NULL ORDER BY u.name, u.id";
static const char sql_list_children[] =
    "SELECT u.id, u.parent_id, u.code, u.name, u.kind, p.id FROM unit u "
    "LEFT JOIN position p ON p.unit_id = u.id AND p.is_head = 1 "
    "WHERE u.parent_id = ? ORDER BY u.name, u.id";
static const char sql_unit_by_code[] = "SELECT name FROM unit WHERE code = ?";
static const char sql_insert_unit[] =
    "INSERT INTO unit (parent_id, code, name, kind) VALUES (?, ?, ?, ?)";
static const char sql_rename_unit[] = "UPDATE unit SET name = ? WHERE id = ?";
static const char sql_move_unit[] = "UPDATE unit SET parent_id = ? WHERE id = ?";
static const char sql_delete_unit[] = "DELETE FROM unit WHERE id = ?";
static const char sql_subtree[] =
    "WITH RECURSIVE subtree (id) AS (SELECT id FROM unit WHERE id = ? "
    "UNION ALL SELECT u.id FROM unit u JOIN subtree s ON u.parent_id = s.id) "
    "SELECT id FROM subtree";
static const char sql_count_children[] = "SELECT count(*) FROM unit WHERE parent_id = ?";
static const char sql_count_employees[] = "SELECT count(*) FROM employee WHERE unit_id = ?";
static const char sql_count_positions[] = "SELECT count(*) FROM position WHERE unit_id = ?";

static const char sql_get_position[] =
    "SELECT id, unit_id, name, kind, level, kelas_jabatan, is_head FROM position WHERE id = ?";
static const char sql_list_positions[] =
    "SELECT id, unit_id, name, kind, level, kelas_jabatan, is_head FROM position "
    "WHERE unit_id = ? ORDER BY is_head DESC, name, id";
static const char sql_position_by_name[] =
    "SELECT id FROM position WHERE unit_id = ? AND name = ? AND id <> ?";
static const char sql_head_position[] =
    "SELECT name FROM position WHERE unit_id = ? AND is_head = 1 AND id <> ?";
static const char sql_insert_position[] =
    "INSERT INTO position (unit_id, name, kind, level, kelas_jabatan, is_head) "
    "VALUES (?, ?, ?, ?, ?, ?)";
static const char sql_update_position[] =
    "UPDATE position SET unit_id = ?, name = ?, kind = ?, level = ?, kelas_jabatan = ?, "
    "is_head = ? WHERE id = ?";
static const char sql_delete_position[] = "DELETE FROM position WHERE id = ?";
static const char sql_count_position_holders[] =
    "SELECT count(DISTINCT employee_id) FROM position_history WHERE position_id = ?";

/* Object */

static void
kr_unit_repository_finalize (GObject *object)
{
  KrUnitRepository *self = KR_UNIT_REPOSITORY (object);

  g_clear_pointer (&self->statements, _kr_statements_free);

  G_OBJECT_CLASS (kr_unit_repository_parent_class)->finalize (object);
}

static void
kr_unit_repository_class_init (KrUnitRepositoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kr_unit_repository_finalize;

  /**
   * KrUnitRepository::changed:
   * @self: the repository
   *
   * Emitted after a change to units or positions was saved.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);
}

static void
kr_unit_repository_init (KrUnitRepository *self)
{
}

KrUnitRepository *
kr_unit_repository_new (KrDatabase *database)
{
  KrUnitRepository *self;

  g_return_val_if_fail (KR_IS_DATABASE (database), NULL);

  self = g_object_new (KR_TYPE_UNIT_REPOSITORY, NULL);
  self->statements = _kr_statements_new (database);
  return self;
}

/* Helpers */

static void
set_unit_not_found (GError **error, gint64 id)
{
  g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
               _ ("The unit %lld does not exist; it may have been deleted"), (long long) id);
}

static void
set_position_not_found (GError **error, gint64 id)
{
  g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
               _ ("The position %lld does not exist; it may have been deleted"), (long long) id);
}

static KrUnit *
read_unit (sqlite3_stmt *stmt)
{
  KrUnit *unit = g_new0 (KrUnit, 1);

  unit->id = sqlite3_column_int64 (stmt, 0);
  unit->parent_id = sqlite3_column_int64 (stmt, 1);
  unit->code = _kr_column_dup_text (stmt, 2);
  unit->name = _kr_column_dup_text (stmt, 3);
  unit->kind = _kr_enum_from_code (KR_TYPE_UNIT_KIND, (const char *) sqlite3_column_text (stmt, 4),
                                   KR_UNIT_KIND_BIDANG);
  unit->head_position_id = sqlite3_column_int64 (stmt, 5);
  return unit;
}

/* Reads unit @id; %NULL with %KR_ERROR_NOT_FOUND when it does not exist. */
static KrUnit *
find_unit (KrUnitRepository *self, gint64 id, GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_get_unit, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = _kr_statements_step (self->statements, stmt, _ ("Could not read"), error);
  if (rc == SQLITE_ROW)
    return read_unit (stmt);
  if (rc == SQLITE_DONE)
    set_unit_not_found (error, id);
  return NULL;
}

static GPtrArray *
read_units (KrUnitRepository *self, sqlite3_stmt *stmt, GError **error)
{
  g_autoptr (GPtrArray) units = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_unit_free);
  int rc;

  while ((rc = _kr_statements_step (self->statements, stmt, _ ("Could not read"), error)) ==
         SQLITE_ROW)
    g_ptr_array_add (units, read_unit (stmt));
  return rc == SQLITE_DONE ? g_steal_pointer (&units) : NULL;
}

/* Checks that a unit of @kind may sit under @parent (NULL for a root). */
static gboolean
check_parent_kind (KrUnitKind kind, const KrUnit *parent, GError **error)
{
  if (parent == NULL || unit_kind_depths[kind] > unit_kind_depths[parent->kind])
    return TRUE;

  g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
               /* Translators: a unit kind, a unit name, a unit kind: “A unit of kind
                * Bidang/Bagian cannot be placed under “Seksi Mutasi”, of kind Sub-bidang/Seksi” */
               _ ("A unit of kind %s cannot be placed under “%s”, of kind %s; choose a unit "
                  "higher in the tree"),
               kr_unit_kind_get_label (kind), parent->name, kr_unit_kind_get_label (parent->kind));
  return FALSE;
}

static gboolean
check_code_free (KrUnitRepository *self, const char *code, GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_unit_by_code, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  _kr_bind_text (stmt, 1, code);
  rc = _kr_statements_step (self->statements, stmt, _ ("Could not read"), error);
  if (rc == SQLITE_ROW)
    g_set_error (error, KR_ERROR, KR_ERROR_CONFLICT,
                 _ ("The unit code “%s” is already used by “%s”; choose another code"), code,
                 (const char *) sqlite3_column_text (stmt, 0));
  return rc == SQLITE_DONE;
}

/* Starts a write, in a transaction of our own unless the caller has one, when the signed-in
 * identity may change the organisation (kr-identity.h). */
static gboolean
begin_write (KrUnitRepository *self, gboolean *own, GError **error)
{
  return _kr_database_check (_kr_statements_get_database (self->statements),
                             KR_PERMISSION_WRITE_ORGANISATION, error) &&
         _kr_statements_begin (self->statements, own, error);
}

/* Checks that the signed-in identity may read: every role may read the organisation. */
static gboolean
check_read (KrUnitRepository *self, GError **error)
{
  return _kr_database_check (_kr_statements_get_database (self->statements),
                             KR_PERMISSION_READ_EMPLOYEES, error);
}

/* Finishes a write: commits a transaction of our own and announces the change. */
static gboolean
finish_write (KrUnitRepository *self, gboolean own, gboolean ok, GError **error)
{
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/* Units */

static gint64
insert_unit (KrUnitRepository *self,
             gint64 parent_id,
             const char *code,
             const char *name,
             KrUnitKind kind,
             GError **error)
{
  g_autoptr (KrUnit) parent = NULL;
  g_auto (KrStmt) stmt = NULL;

  if (parent_id != 0 && (parent = find_unit (self, parent_id, error)) == NULL)
    return 0;
  if (!check_parent_kind (kind, parent, error) || !check_code_free (self, code, error))
    return 0;

  stmt = _kr_statements_get (self->statements, sql_insert_unit, error);
  if (stmt == NULL)
    return 0;
  _kr_bind_id (stmt, 1, parent_id);
  _kr_bind_text (stmt, 2, code);
  _kr_bind_text (stmt, 3, name);
  sqlite3_bind_text (stmt, 4, _kr_enum_get_code (KR_TYPE_UNIT_KIND, kind), -1, SQLITE_STATIC);
  if (!_kr_statements_run (self->statements, stmt, _ ("Could not save changes to"), error))
    return 0;
  return _kr_statements_last_insert_id (self->statements);
}

/* The texts of units and positions: @clean is the stripped text, NULL when it was empty. */
typedef KrUnitText TextKind;
#define TEXT_UNIT_CODE     KR_UNIT_TEXT_CODE
#define TEXT_UNIT_NAME     KR_UNIT_TEXT_NAME
#define TEXT_POSITION_NAME KR_UNIT_TEXT_POSITION_NAME
#define MAX_CODE_LENGTH    KR_UNIT_CODE_MAX_LENGTH
#define MAX_NAME_LENGTH    KR_UNIT_NAME_MAX_LENGTH

static void
set_too_long (TextKind kind, GError **error)
{
  if (kind == TEXT_UNIT_CODE)
    g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                 _ ("The unit code is too long; use at most %d characters"), MAX_CODE_LENGTH);
  else if (kind == TEXT_UNIT_NAME)
    g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                 _ ("The unit name is too long; use at most %d characters"), MAX_NAME_LENGTH);
  else
    g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                 _ ("The position name is too long; use at most %d characters"), MAX_NAME_LENGTH);
}

static gboolean
check_text (const char *clean, TextKind kind, GError **error)
{
  static const struct
  {
    const char *required;
    const char *not_text;
  } messages[] = {
    [TEXT_UNIT_CODE] = { N_ ("The unit code is required"),
                         N_ ("The unit code must be one line of text, without tabs or control "
                             "characters") },
    [TEXT_UNIT_NAME] = { N_ ("The unit name is required"),
                         N_ ("The unit name must be one line of text, without tabs or control "
                             "characters") },
    [TEXT_POSITION_NAME] = { N_ ("The position name is required"),
                             N_ ("The position name must be one line of text, without tabs or "
                                 "control characters") },
  };
  gboolean is_text = clean != NULL && g_utf8_validate (clean, -1, NULL);

  if (clean == NULL)
    {
      g_set_error_literal (error, KR_ERROR, KR_ERROR_INVALID, _ (messages[kind].required));
      return FALSE;
    }
  for (const char *p = clean; is_text && *p != '\0'; p = g_utf8_next_char (p))
    is_text = !g_unichar_iscntrl (g_utf8_get_char (p));
  if (!is_text)
    {
      g_set_error_literal (error, KR_ERROR, KR_ERROR_INVALID, _ (messages[kind].not_text));
      return FALSE;
    }
  if (g_utf8_strlen (clean, -1) > (kind == TEXT_UNIT_CODE ? MAX_CODE_LENGTH : MAX_NAME_LENGTH))
    {
      set_too_long (kind, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
kr_unit_check_text (KrUnitText kind, const char *text, GError **error)
{
  g_autofree char *clean = _kr_strip_dup (text);

  g_return_val_if_fail (kind <= KR_UNIT_TEXT_POSITION_NAME, FALSE);
  return check_text (clean, kind, error);
}

gint64
kr_unit_repository_add (KrUnitRepository *self,
                        gint64 parent_id,
                        const char *code,
                        const char *name,
                        KrUnitKind kind,
                        GError **error)
{
  g_autofree char *clean_code = _kr_strip_dup (code);
  g_autofree char *clean_name = _kr_strip_dup (name);
  gboolean own;
  gint64 id;

  g_return_val_if_fail (KR_IS_UNIT_REPOSITORY (self), 0);
  g_return_val_if_fail (kind < KR_N_UNIT_KINDS, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!check_text (clean_code, TEXT_UNIT_CODE, error) ||
      !check_text (clean_name, TEXT_UNIT_NAME, error))
    return 0;
  if (!begin_write (self, &own, error))
    return 0;
  id = insert_unit (self, parent_id, clean_code, clean_name, kind, error);
  return finish_write (self, own, id != 0, error) ? id : 0;
}

gboolean
kr_unit_repository_rename (KrUnitRepository *self, gint64 id, const char *name, GError **error)
{
  g_autofree char *clean_name = _kr_strip_dup (name);
  g_autoptr (KrUnit) unit = NULL;
  g_auto (KrStmt) stmt = NULL;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_UNIT_REPOSITORY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_text (clean_name, TEXT_UNIT_NAME, error))
    return FALSE;
  if (!begin_write (self, &own, error))
    return FALSE;
  ok = (unit = find_unit (self, id, error)) != NULL &&
       (stmt = _kr_statements_get (self->statements, sql_rename_unit, error)) != NULL;
  if (ok)
    {
      _kr_bind_text (stmt, 1, clean_name);
      sqlite3_bind_int64 (stmt, 2, id);
      ok = _kr_statements_run (self->statements, stmt, _ ("Could not save changes to"), error);
    }
  return finish_write (self, own, ok, error);
}

/* Whether @candidate is @id or lies below it. */
static gboolean
is_in_subtree (KrUnitRepository *self,
               gint64 id,
               gint64 candidate,
               gboolean *inside,
               GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_subtree, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  *inside = FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = _kr_statements_step (self->statements, stmt, _ ("Could not read"), error)) ==
         SQLITE_ROW)
    {
      if (sqlite3_column_int64 (stmt, 0) == candidate)
        *inside = TRUE;
    }
  return rc == SQLITE_DONE;
}

static gboolean
move_unit (KrUnitRepository *self, gint64 id, gint64 parent_id, GError **error)
{
  g_autoptr (KrUnit) unit = find_unit (self, id, error);
  g_autoptr (KrUnit) parent = NULL;
  g_auto (KrStmt) stmt = NULL;
  gboolean inside = FALSE;

  if (unit == NULL || (parent_id != 0 && (parent = find_unit (self, parent_id, error)) == NULL))
    return FALSE;
  if (parent_id != 0 && !is_in_subtree (self, id, parent_id, &inside, error))
    return FALSE;
  if (inside)
    {
      if (parent_id == id)
        g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("“%s” cannot be moved under itself"),
                     unit->name);
      else
        g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                     _ ("“%s” cannot be moved under “%s”, which lies inside it"), unit->name,
                     parent->name);
      return FALSE;
    }
  if (!check_parent_kind (unit->kind, parent, error))
    return FALSE;

  stmt = _kr_statements_get (self->statements, sql_move_unit, error);
  if (stmt == NULL)
    return FALSE;
  _kr_bind_id (stmt, 1, parent_id);
  sqlite3_bind_int64 (stmt, 2, id);
  return _kr_statements_run (self->statements, stmt, _ ("Could not save changes to"), error);
}

gboolean
kr_unit_repository_move (KrUnitRepository *self, gint64 id, gint64 parent_id, GError **error)
{
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_UNIT_REPOSITORY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!begin_write (self, &own, error))
    return FALSE;
  ok = move_unit (self, id, parent_id, error);
  return finish_write (self, own, ok, error);
}

/* Fails with %KR_ERROR_CONFLICT when the unit still holds anything. */
static gboolean
check_unit_empty (KrUnitRepository *self, const KrUnit *unit, GError **error)
{
  gint64 n_children, n_employees, n_positions;

  if (!_kr_statements_count (self->statements, sql_count_children, unit->id, &n_children, error) ||
      !_kr_statements_count (self->statements, sql_count_employees, unit->id, &n_employees,
                             error) ||
      !_kr_statements_count (self->statements, sql_count_positions, unit->id, &n_positions, error))
    return FALSE;

  if (n_children > 0)
    g_set_error (error, KR_ERROR, KR_ERROR_CONFLICT,
                 ngettext ("“%s” still has %d sub-unit; move or delete it first",
                           "“%s” still has %d sub-units; move or delete them first",
                           (gulong) n_children),
                 unit->name, (int) n_children);
  else if (n_employees > 0)
    g_set_error (error, KR_ERROR, KR_ERROR_CONFLICT,
                 ngettext ("“%s” still has %d employee; move them to another unit first",
                           "“%s” still has %d employees; move them to another unit first",
                           (gulong) n_employees),
                 unit->name, (int) n_employees);
  else if (n_positions > 0)
    g_set_error (error, KR_ERROR, KR_ERROR_CONFLICT,
                 ngettext ("“%s” still has %d position; delete it first",
                           "“%s” still has %d positions; delete them first", (gulong) n_positions),
                 unit->name, (int) n_positions);
  return n_children == 0 && n_employees == 0 && n_positions == 0;
}

gboolean
kr_unit_repository_delete (KrUnitRepository *self, gint64 id, GError **error)
{
  g_autoptr (KrUnit) unit = NULL;
  g_auto (KrStmt) stmt = NULL;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_UNIT_REPOSITORY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!begin_write (self, &own, error))
    return FALSE;
  ok = (unit = find_unit (self, id, error)) != NULL && check_unit_empty (self, unit, error) &&
       (stmt = _kr_statements_get (self->statements, sql_delete_unit, error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      ok = _kr_statements_run (self->statements, stmt, _ ("Could not save changes to"), error);
    }
  return finish_write (self, own, ok, error);
}

KrUnit *
kr_unit_repository_get (KrUnitRepository *self, gint64 id, GError **error)
{
  g_return_val_if_fail (KR_IS_UNIT_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  if (!check_read (self, error))
    return NULL;

  return find_unit (self, id, error);
}

KrUnit *
kr_unit_repository_get_by_code (KrUnitRepository *self, const char *code, GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KR_IS_UNIT_REPOSITORY (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  if (!check_read (self, error))
    return NULL;

  stmt = _kr_statements_get (self->statements, sql_get_unit_by_code, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  rc = _kr_statements_step (self->statements, stmt, _ ("Could not read"), error);
  if (rc == SQLITE_ROW)
    return read_unit (stmt);
  if (rc == SQLITE_DONE)
    g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, _ ("No unit has the code “%s”"), code);
  return NULL;
}

GPtrArray *
kr_unit_repository_list_children (KrUnitRepository *self, gint64 parent_id, GError **error)
{
  g_auto (KrStmt) stmt = NULL;

  g_return_val_if_fail (KR_IS_UNIT_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  if (!check_read (self, error))
    return NULL;

  stmt = _kr_statements_get (self->statements, parent_id == 0 ? sql_list_roots : sql_list_children,
                             error);
  if (stmt == NULL)
    return NULL;
  if (parent_id != 0)
    sqlite3_bind_int64 (stmt, 1, parent_id);
  return read_units (self, stmt, error);
}

GArray *
kr_unit_repository_list_subtree_ids (KrUnitRepository *self, gint64 id, GError **error)
{
  g_autoptr (GArray) ids = NULL;
  g_auto (KrStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KR_IS_UNIT_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  if (!check_read (self, error))
    return NULL;

  stmt = _kr_statements_get (self->statements, sql_subtree, error);
  if (stmt == NULL)
    return NULL;
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = _kr_statements_step (self->statements, stmt, _ ("Could not read"), error)) ==
         SQLITE_ROW)
    {
      gint64 value = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, value);
    }
  if (rc != SQLITE_DONE)
    return NULL;
  if (ids->len == 0)
    {
      set_unit_not_found (error, id);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

/* Positions */

static KrPositionRecord *
read_position (sqlite3_stmt *stmt)
{
  KrPositionRecord *position = kr_position_record_new ();

  position->id = sqlite3_column_int64 (stmt, 0);
  position->unit_id = sqlite3_column_int64 (stmt, 1);
  position->name = _kr_column_dup_text (stmt, 2);
  _kr_position_kind_from_code ((const char *) sqlite3_column_text (stmt, 3), &position->kind);
  position->level = _kr_position_level_from_code ((const char *) sqlite3_column_text (stmt, 4));
  position->kelas_jabatan = (guint) sqlite3_column_int (stmt, 5);
  position->is_head = sqlite3_column_int (stmt, 6) != 0;
  return position;
}

static KrPositionRecord *
find_position (KrUnitRepository *self, gint64 id, GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_get_position, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = _kr_statements_step (self->statements, stmt, _ ("Could not read"), error);
  if (rc == SQLITE_ROW)
    return read_position (stmt);
  if (rc == SQLITE_DONE)
    set_position_not_found (error, id);
  return NULL;
}

/* Checks what a position says about itself, before any lookup. */
static gboolean
check_position_values (const KrPositionRecord *position, const char *name, GError **error)
{
  if (!check_text (name, TEXT_POSITION_NAME, error))
    return FALSE;
  if (!kr_position_check_level (position->kind, position->level, error))
    return FALSE;
  if (position->kelas_jabatan > 17)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The kelas jabatan must be from 1 to 17; %u was given"),
                   position->kelas_jabatan);
      return FALSE;
    }
  return TRUE;
}

/* Checks the position's name and head flag against the other positions of its unit. */
static gboolean
check_position_unique (KrUnitRepository *self,
                       const KrPositionRecord *position,
                       const char *name,
                       const KrUnit *unit,
                       GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_position_by_name, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit->id);
  _kr_bind_text (stmt, 2, name);
  sqlite3_bind_int64 (stmt, 3, position->id);
  rc = _kr_statements_step (self->statements, stmt, _ ("Could not read"), error);
  if (rc == SQLITE_ROW)
    g_set_error (error, KR_ERROR, KR_ERROR_CONFLICT, _ ("“%s” already has a position named “%s”"),
                 unit->name, name);
  if (rc != SQLITE_DONE || !position->is_head)
    return rc == SQLITE_DONE;

  sqlite3_reset (stmt);
  stmt = _kr_statements_get (self->statements, sql_head_position, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit->id);
  sqlite3_bind_int64 (stmt, 2, position->id);
  rc = _kr_statements_step (self->statements, stmt, _ ("Could not read"), error);
  if (rc == SQLITE_ROW)
    g_set_error (error, KR_ERROR, KR_ERROR_CONFLICT,
                 _ ("“%s” already has a head position, “%s”; a unit has only one"), unit->name,
                 (const char *) sqlite3_column_text (stmt, 0));
  return rc == SQLITE_DONE;
}

/* Inserts @position, or updates it when @sql is the update statement. */
static gboolean
write_position (KrUnitRepository *self,
                const KrPositionRecord *position,
                const char *sql,
                GError **error)
{
  g_autofree char *name = _kr_strip_dup (position->name);
  g_autoptr (KrUnit) unit = NULL;
  g_auto (KrStmt) stmt = NULL;

  if (!check_position_values (position, name, error) ||
      (unit = find_unit (self, position->unit_id, error)) == NULL ||
      !check_position_unique (self, position, name, unit, error))
    return FALSE;

  stmt = _kr_statements_get (self->statements, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, position->unit_id);
  _kr_bind_text (stmt, 2, name);
  sqlite3_bind_text (stmt, 3, _kr_position_kind_get_code (position->kind), -1, SQLITE_STATIC);
  _kr_bind_text (stmt, 4, _kr_position_level_get_code (position->level));
  if (position->kelas_jabatan != 0)
    sqlite3_bind_int (stmt, 5, (int) position->kelas_jabatan);
  sqlite3_bind_int (stmt, 6, position->is_head ? 1 : 0);
  if (sql == sql_update_position)
    sqlite3_bind_int64 (stmt, 7, position->id);
  return _kr_statements_run (self->statements, stmt, _ ("Could not save changes to"), error);
}

gint64
kr_unit_repository_add_position (KrUnitRepository *self, KrPositionRecord *position, GError **error)
{
  gboolean own, ok;
  gint64 id = 0;

  g_return_val_if_fail (KR_IS_UNIT_REPOSITORY (self), 0);
  g_return_val_if_fail (position != NULL, 0);
  g_return_val_if_fail (position->kind < KR_N_POSITION_KINDS, 0);
  g_return_val_if_fail (position->level < KR_N_POSITION_LEVELS, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!begin_write (self, &own, error))
    return 0;
  ok = write_position (self, position, sql_insert_position, error);
  if (ok)
    id = _kr_statements_last_insert_id (self->statements);
  if (!finish_write (self, own, ok, error))
    return 0;
  position->id = id;
  return id;
}

gboolean
kr_unit_repository_update_position (KrUnitRepository *self,
                                    const KrPositionRecord *position,
                                    GError **error)
{
  g_autoptr (KrPositionRecord) old = NULL;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_UNIT_REPOSITORY (self), FALSE);
  g_return_val_if_fail (position != NULL, FALSE);
  g_return_val_if_fail (position->kind < KR_N_POSITION_KINDS, FALSE);
  g_return_val_if_fail (position->level < KR_N_POSITION_LEVELS, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!begin_write (self, &own, error))
    return FALSE;
  ok = (old = find_position (self, position->id, error)) != NULL &&
       write_position (self, position, sql_update_position, error);
  return finish_write (self, own, ok, error);
}

static gboolean
delete_position (KrUnitRepository *self, gint64 id, GError **error)
{
  g_autoptr (KrPositionRecord) position = find_position (self, id, error);
  g_auto (KrStmt) stmt = NULL;
  gint64 n_holders;

  if (position == NULL ||
      !_kr_statements_count (self->statements, sql_count_position_holders, id, &n_holders, error))
    return FALSE;
  if (n_holders > 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_CONFLICT,
                   ngettext ("The position “%s” is in the position history of %d employee, so "
                             "it cannot be deleted",
                             "The position “%s” is in the position history of %d employees, so "
                             "it cannot be deleted",
                             (gulong) n_holders),
                   position->name, (int) n_holders);
      return FALSE;
    }

  stmt = _kr_statements_get (self->statements, sql_delete_position, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return _kr_statements_run (self->statements, stmt, _ ("Could not save changes to"), error);
}

gboolean
kr_unit_repository_delete_position (KrUnitRepository *self, gint64 id, GError **error)
{
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_UNIT_REPOSITORY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!begin_write (self, &own, error))
    return FALSE;
  ok = delete_position (self, id, error);
  return finish_write (self, own, ok, error);
}

KrPositionRecord *
kr_unit_repository_get_position (KrUnitRepository *self, gint64 id, GError **error)
{
  g_return_val_if_fail (KR_IS_UNIT_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  if (!check_read (self, error))
    return NULL;

  return find_position (self, id, error);
}

GPtrArray *
kr_unit_repository_list_positions (KrUnitRepository *self, gint64 unit_id, GError **error)
{
  g_autoptr (GPtrArray) positions = NULL;
  g_auto (KrStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KR_IS_UNIT_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  if (!check_read (self, error))
    return NULL;

  stmt = _kr_statements_get (self->statements, sql_list_positions, error);
  if (stmt == NULL)
    return NULL;
  positions = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_position_record_free);
  sqlite3_bind_int64 (stmt, 1, unit_id);
  while ((rc = _kr_statements_step (self->statements, stmt, _ ("Could not read"), error)) ==
         SQLITE_ROW)
    g_ptr_array_add (positions, read_position (stmt));
  return rc == SQLITE_DONE ? g_steal_pointer (&positions) : NULL;
}
