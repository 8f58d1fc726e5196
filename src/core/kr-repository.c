/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-repository"

#include "config.h"

#include "kr-repository-private.h"

#include <string.h>

#include <glib-object.h>

#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-i18n.h"

struct _KrStatements
{
  KrDatabase *database;
  sqlite3 *db;
  /* SQL text (by address) -> sqlite3_stmt */
  GHashTable *statements;
};

/* Storage codes of the domain enums, in enum order. */
static const char *const education_codes[KR_N_EDUCATIONS] = {
  [KR_EDUCATION_SD] = "sd",
  [KR_EDUCATION_SLTP] = "sltp",
  [KR_EDUCATION_SLTP_KEJURUAN] = "sltp_kejuruan",
  [KR_EDUCATION_SLTA] = "slta",
  [KR_EDUCATION_D2] = "d2",
  [KR_EDUCATION_SGPLB] = "sgplb",
  [KR_EDUCATION_D3] = "d3",
  [KR_EDUCATION_S1] = "s1",
  [KR_EDUCATION_S2] = "s2",
  [KR_EDUCATION_S3] = "s3",
};

static const char *const position_kind_codes[KR_N_POSITION_KINDS] = {
  [KR_POSITION_KIND_JPT_UTAMA] = "jpt_utama",
  [KR_POSITION_KIND_JPT_MADYA] = "jpt_madya",
  [KR_POSITION_KIND_JPT_PRATAMA] = "jpt_pratama",
  [KR_POSITION_KIND_ADMINISTRATOR] = "administrator",
  [KR_POSITION_KIND_PENGAWAS] = "pengawas",
  [KR_POSITION_KIND_PELAKSANA] = "pelaksana",
  [KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN] = "fungsional_keahlian",
  [KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN] = "fungsional_keterampilan",
};

static const char *const position_level_codes[KR_N_POSITION_LEVELS] = {
  [KR_POSITION_LEVEL_NONE] = NULL,
  [KR_POSITION_LEVEL_AHLI_PERTAMA] = "ahli_pertama",
  [KR_POSITION_LEVEL_AHLI_MUDA] = "ahli_muda",
  [KR_POSITION_LEVEL_AHLI_MADYA] = "ahli_madya",
  [KR_POSITION_LEVEL_AHLI_UTAMA] = "ahli_utama",
  [KR_POSITION_LEVEL_PEMULA] = "pemula",
  [KR_POSITION_LEVEL_TERAMPIL] = "terampil",
  [KR_POSITION_LEVEL_MAHIR] = "mahir",
  [KR_POSITION_LEVEL_PENYELIA] = "penyelia",
};

/* Statements */

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

KrStatements *
_kr_statements_new (KrDatabase *database)
{
  KrStatements *self = g_new0 (KrStatements, 1);

  g_return_val_if_fail (KR_IS_DATABASE (database), NULL);

  self->database = g_object_ref (database);
  self->db = _kr_database_get_handle (database);
  self->statements =
      g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, finalize_statement);
  return self;
}

void
_kr_statements_free (KrStatements *self)
{
  if (self == NULL)
    return;

  g_hash_table_destroy (self->statements);
  g_object_unref (self->database);
  g_free (self);
}

KrDatabase *
_kr_statements_get_database (KrStatements *self)
{
  return self->database;
}

sqlite3_stmt *
_kr_statements_get (KrStatements *self, const char *sql, GError **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      /* Only a schema older than the program gets here (a file opened read-only). */
      g_debug ("Cannot prepare “%s”: %s", sql, sqlite3_errmsg (self->db));
      _kr_database_set_error (self->database, error, rc, _ ("Could not read"));
      sqlite3_finalize (stmt);
      return NULL;
    }
  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

int
_kr_statements_step (KrStatements *self, sqlite3_stmt *stmt, const char *doing, GError **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    return rc;

  _kr_database_set_error (self->database, error, rc, doing);
  sqlite3_reset (stmt);
  return 0;
}

gboolean
_kr_statements_run (KrStatements *self, sqlite3_stmt *stmt, const char *doing, GError **error)
{
  int rc;

  while ((rc = _kr_statements_step (self, stmt, doing, error)) == SQLITE_ROW)
    ;
  return rc == SQLITE_DONE;
}

gboolean
_kr_statements_count (KrStatements *self, const char *sql, gint64 id, gint64 *out, GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = _kr_statements_step (self, stmt, _ ("Could not read"), error);
  *out = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  return rc != 0;
}

gint64
_kr_statements_last_insert_id (KrStatements *self)
{
  return sqlite3_last_insert_rowid (self->db);
}

gboolean
_kr_statements_begin (KrStatements *self, gboolean *own, GError **error)
{
  *own = sqlite3_get_autocommit (self->db) != 0;
  if (!*own)
    return TRUE;
  return kr_database_begin (self->database, error);
}

gboolean
_kr_statements_end (KrStatements *self, gboolean own, gboolean ok, GError **error)
{
  if (!own)
    return ok;

  if (ok && kr_database_commit (self->database, error))
    return TRUE;
  if (!sqlite3_get_autocommit (self->db))
    kr_database_rollback (self->database, NULL);
  return FALSE;
}

/* Values */

void
_kr_bind_text (sqlite3_stmt *stmt, int index, const char *text)
{
  if (text == NULL || *text == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

void
_kr_bind_date (sqlite3_stmt *stmt, int index, const GDate *date)
{
  char buf[KR_DATE_ISO_LENGTH + 1];

  if (date == NULL || !g_date_valid (date))
    {
      sqlite3_bind_null (stmt, index);
      return;
    }
  kr_date_format_iso_buf (date, buf);
  sqlite3_bind_text (stmt, index, buf, -1, SQLITE_TRANSIENT);
}

void
_kr_bind_id (sqlite3_stmt *stmt, int index, gint64 id)
{
  if (id == 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, id);
}

char *
_kr_column_dup_text (sqlite3_stmt *stmt, int column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

void
_kr_column_date (sqlite3_stmt *stmt, int column, GDate *date)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  g_date_clear (date, 1);
  if (text != NULL)
    kr_date_parse_iso (text, date, NULL);
}

/* Codes */

const char *
_kr_enum_get_code (GType type, int value)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *found = g_enum_get_value (klass, value);

  /* Enum classes are static: the nick outlives the reference. */
  g_type_class_unref (klass);
  return found != NULL ? found->value_nick : NULL;
}

int
_kr_enum_from_code (GType type, const char *code, int fallback)
{
  GEnumClass *klass;
  GEnumValue *found;

  if (code == NULL)
    return fallback;

  klass = g_type_class_ref (type);
  found = g_enum_get_value_by_nick (klass, code);
  g_type_class_unref (klass);
  return found != NULL ? found->value : fallback;
}

static gboolean
find_code (const char *const *codes, guint n_codes, const char *code, guint *index)
{
  if (code == NULL)
    return FALSE;
  for (guint i = 0; i < n_codes; i++)
    {
      if (g_strcmp0 (codes[i], code) == 0)
        {
          *index = i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
_kr_education_get_code (KrEducation education)
{
  g_return_val_if_fail (education < KR_N_EDUCATIONS, NULL);

  return education_codes[education];
}

gboolean
_kr_education_from_code (const char *code, KrEducation *education)
{
  guint index;

  if (!find_code (education_codes, KR_N_EDUCATIONS, code, &index))
    return FALSE;
  *education = (KrEducation) index;
  return TRUE;
}

const char *
_kr_position_kind_get_code (KrPositionKind kind)
{
  g_return_val_if_fail (kind < KR_N_POSITION_KINDS, NULL);

  return position_kind_codes[kind];
}

gboolean
_kr_position_kind_from_code (const char *code, KrPositionKind *kind)
{
  guint index;

  if (!find_code (position_kind_codes, KR_N_POSITION_KINDS, code, &index))
    return FALSE;
  *kind = (KrPositionKind) index;
  return TRUE;
}

const char *
_kr_position_level_get_code (KrPositionLevel level)
{
  g_return_val_if_fail (level < KR_N_POSITION_LEVELS, NULL);

  return position_level_codes[level];
}

KrPositionLevel
_kr_position_level_from_code (const char *code)
{
  guint index;

  if (!find_code (position_level_codes, KR_N_POSITION_LEVELS, code, &index))
    return KR_POSITION_LEVEL_NONE;
  return (KrPositionLevel) index;
}

char *
_kr_strip_dup (const char *text)
{
  g_autofree char *copy = NULL;

  if (text == NULL)
    return NULL;
  copy = g_strstrip (g_strdup (text));
  return *copy != '\0' ? g_steal_pointer (&copy) : NULL;
}

gboolean
_kr_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text++)
    {
      if (!g_ascii_isspace (*text))
        return FALSE;
    }
  return TRUE;
}

char *
_kr_like_escape (const char *text)
{
  g_autofree char *stripped = _kr_strip_dup (text);
  GString *escaped;

  if (stripped == NULL)
    return NULL;
  escaped = g_string_sized_new (strlen (stripped) + 8);
  for (const char *p = stripped; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (escaped, '\\');
      g_string_append_c (escaped, *p);
    }
  return g_string_free (escaped, FALSE);
}
