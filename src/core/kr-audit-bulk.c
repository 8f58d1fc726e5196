/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-audit"

#include "config.h"

#include <string.h>

#include "kr-audit-private.h"
#include "kr-database-private.h"
#include "kr-i18n.h"

/* The audit records of the rows a bulk load added (migrations/0014-bulk-audit.sql), written
 * at its end instead of by the insert triggers row by row. */

/* The tables whose insert triggers leave out the rows of unsettled employees, and the query
 * of the rows a load added to each: the row's id, its employee, then the fields its trigger
 * records, in the trigger's order. By employee, along the index of each history table on
 * employee_id: in id order alone SQLite would read the whole table, to add one employee to a
 * million. */
typedef struct
{
  const char *entity;
  const char *sql;
} BulkTable;

static const BulkTable bulk_tables[] = {
  { "employee",
    "SELECT id, id, nip, name, title_front, title_back, birth_place, birth_date, gender, "
    "religion, marital_status, nik, phone, email, address, kind, status, tmt_cpns, tmt_pns "
    "FROM employee WHERE id > ?1 ORDER BY id" },
  { "rank_history",
    "SELECT id, employee_id, employee_id, golongan, promotion_kind, tmt, sk_number, sk_date "
    "FROM rank_history WHERE employee_id > ?1 ORDER BY employee_id, id" },
  { "position_history", "SELECT id, employee_id, employee_id, position_id, tmt, sk_number, sk_date "
                        "FROM position_history WHERE employee_id > ?1 ORDER BY employee_id, id" },
  { "education_history",
    "SELECT id, employee_id, employee_id, level, institution, major, graduation_year, "
    "sk_number, sk_date FROM education_history WHERE employee_id > ?1 ORDER BY employee_id, id" },
  { "discipline_history",
    "SELECT id, employee_id, employee_id, level, sanction, regulation, tmt, end_date, "
    "sk_number, sk_date FROM discipline_history WHERE employee_id > ?1 "
    "ORDER BY employee_id, id" },
  { "award_history", "SELECT id, employee_id, employee_id, kind, name, year, sk_number, sk_date "
                     "FROM award_history WHERE employee_id > ?1 ORDER BY employee_id, id" },
};

/* The columns of each table's query before its fields */
enum
{
  COLUMN_ID,
  COLUMN_EMPLOYEE_ID,
  N_KEY_COLUMNS
};

static const char sql_insert[] =
    "INSERT INTO audit_log (at, account_id, user_name, action, entity, entity_id, employee_id, "
    "changes, prev_hash, hash) VALUES (?1, ?2, ?3, 'insert', ?4, ?5, ?6, ?7, ?8, ?9)";
enum
{
  INSERT_AT = 1,
  INSERT_ACCOUNT_ID,
  INSERT_USER_NAME,
  INSERT_ENTITY,
  INSERT_ENTITY_ID,
  INSERT_EMPLOYEE_ID,
  INSERT_CHANGES,
  INSERT_PREV_HASH,
  INSERT_HASH,
};

/* JSON as SQLite's json functions write it (json_group_object (k, json_array (NULL, n)) in
 * the triggers), so that a record reads the same whichever way it was written. */

static void
append_json_string (GString *json, const char *text, gsize length)
{
  /* SQLite's short escapes of control characters; the others become \u00XX. */
  static const char short_escapes[32] = {
    ['\b'] = 'b', ['\t'] = 't', ['\n'] = 'n', ['\f'] = 'f', ['\r'] = 'r',
  };

  g_string_append_c (json, '"');
  for (gsize i = 0; i < length; i++)
    {
      guchar c = (guchar) text[i];

      if (c == '"' || c == '\\')
        {
          g_string_append_c (json, '\\');
          g_string_append_c (json, (char) c);
        }
      else if (c <= 0x1f && short_escapes[c] != 0)
        {
          g_string_append_c (json, '\\');
          g_string_append_c (json, short_escapes[c]);
        }
      else if (c <= 0x1f)
        g_string_append_printf (json, "\\u%04x", c);
      else
        g_string_append_c (json, (char) c);
    }
  g_string_append_c (json, '"');
}

/* Appends column @column of @stmt as a JSON value; FALSE for a blob, which JSON cannot hold
 * (the trigger fails the same way). */
static gboolean
append_json_value (GString *json, sqlite3_stmt *stmt, int column)
{
  char number[64];

  switch (sqlite3_column_type (stmt, column))
    {
    case SQLITE_INTEGER:
      g_string_append_printf (json, "%" G_GINT64_FORMAT,
                              (gint64) sqlite3_column_int64 (stmt, column));
      return TRUE;
    case SQLITE_FLOAT:
      sqlite3_snprintf (sizeof number, number, "%!0.15g", sqlite3_column_double (stmt, column));
      g_string_append (json, number);
      return TRUE;
    case SQLITE_TEXT:
      append_json_string (json, (const char *) sqlite3_column_text (stmt, column),
                          (gsize) sqlite3_column_bytes (stmt, column));
      return TRUE;
    case SQLITE_NULL:
      g_string_append (json, "null");
      return TRUE;
    default:
      return FALSE;
    }
}

/* {"field":[null,value],...} of the fields of the row @stmt stands on that are not NULL */
static gboolean
build_changes (GString *json, sqlite3_stmt *stmt)
{
  int n_columns = sqlite3_column_count (stmt);
  gboolean first = TRUE;

  g_string_assign (json, "{");
  for (int column = N_KEY_COLUMNS; column < n_columns; column++)
    {
      const char *field = sqlite3_column_name (stmt, column);

      if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
        continue;
      if (!first)
        g_string_append_c (json, ',');
      first = FALSE;
      append_json_string (json, field, strlen (field));
      g_string_append (json, ":[null,");
      if (!append_json_value (json, stmt, column))
        return FALSE;
      g_string_append_c (json, ']');
    }
  g_string_append_c (json, '}');
  return TRUE;
}

typedef struct
{
  sqlite3 *db;
  sqlite3_stmt *insert;
  GChecksum *checksum;
  GString *changes;
  KrIdentity *identity;
  char at[KR_AUDIT_TIME_SIZE];
  gint64 settled_up_to;
  gint64 last_id;
  char last_hash[KR_AUDIT_HASH_LENGTH + 1];
  gboolean appended;
} Bulk;

static int
append_record (Bulk *bulk, const char *entity, gint64 entity_id, gint64 employee_id)
{
  char hash[KR_AUDIT_HASH_LENGTH + 1];
  sqlite3_stmt *insert = bulk->insert;
  int rc;

  _kr_audit_hash_insert (bulk->checksum, bulk->last_hash, bulk->at, bulk->identity, entity,
                         entity_id, employee_id, bulk->changes->str, bulk->changes->len, hash);
  sqlite3_reset (insert);
  if (bulk->identity != NULL)
    {
      sqlite3_bind_int64 (insert, INSERT_ACCOUNT_ID, kr_identity_get_account_id (bulk->identity));
      sqlite3_bind_text (insert, INSERT_USER_NAME, kr_identity_get_user_name (bulk->identity), -1,
                         SQLITE_STATIC);
    }
  sqlite3_bind_text (insert, INSERT_AT, bulk->at, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, INSERT_ENTITY, entity, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (insert, INSERT_ENTITY_ID, entity_id);
  sqlite3_bind_int64 (insert, INSERT_EMPLOYEE_ID, employee_id);
  sqlite3_bind_text (insert, INSERT_CHANGES, bulk->changes->str, (int) bulk->changes->len,
                     SQLITE_STATIC);
  sqlite3_bind_text (insert, INSERT_PREV_HASH, bulk->last_hash, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, INSERT_HASH, hash, -1, SQLITE_STATIC);
  rc = sqlite3_step (insert);
  if (rc != SQLITE_DONE)
    return rc;
  bulk->last_id = sqlite3_last_insert_rowid (bulk->db);
  memcpy (bulk->last_hash, hash, sizeof hash);
  bulk->appended = TRUE;
  return SQLITE_OK;
}

/* The records of one table's rows, employee by employee, each in id order */
static int
append_table (Bulk *bulk, const BulkTable *table)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (bulk->db, table->sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_bind_int64 (stmt, 1, bulk->settled_up_to);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (!build_changes (bulk->changes, stmt))
        rc = SQLITE_MISMATCH;
      else
        rc = append_record (bulk, table->entity, sqlite3_column_int64 (stmt, COLUMN_ID),
                            sqlite3_column_int64 (stmt, COLUMN_EMPLOYEE_ID));
    }
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static int
read_head (Bulk *bulk)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (bulk->db, "SELECT last_id, last_hash FROM audit_state WHERE id = 1", -1,
                           &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      bulk->last_id = sqlite3_column_int64 (stmt, 0);
      g_strlcpy (bulk->last_hash, (const char *) sqlite3_column_text (stmt, 1),
                 sizeof bulk->last_hash);
      rc = SQLITE_OK;
    }
  else if (rc == SQLITE_DONE)
    rc = SQLITE_CORRUPT;
  sqlite3_finalize (stmt);
  return rc;
}

static int
write_head (Bulk *bulk)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (bulk->db,
                           "UPDATE audit_state SET last_id = ?1, last_hash = ?2 WHERE id = 1", -1,
                           &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, bulk->last_id);
      sqlite3_bind_text (stmt, 2, bulk->last_hash, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

gboolean
_kr_audit_append_bulk (KrDatabase *database, gint64 settled_up_to, GError **error)
{
  Bulk bulk = {
    .db = _kr_database_get_handle (database),
    .settled_up_to = settled_up_to,
    .identity = kr_database_get_identity (database),
  };
  int rc;

  g_return_val_if_fail (KR_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* One time for the whole load: its records are written together, at its end. */
  _kr_audit_format_now (bulk.at);
  rc = read_head (&bulk);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (bulk.db, sql_insert, -1, &bulk.insert, NULL);
  if (rc == SQLITE_OK)
    {
      bulk.checksum = g_checksum_new (G_CHECKSUM_SHA256);
      bulk.changes = g_string_sized_new (512);
      for (guint i = 0; rc == SQLITE_OK && i < G_N_ELEMENTS (bulk_tables); i++)
        rc = append_table (&bulk, &bulk_tables[i]);
      if (rc == SQLITE_OK && bulk.appended)
        rc = write_head (&bulk);
      g_checksum_free (bulk.checksum);
      g_string_free (bulk.changes, TRUE);
    }
  sqlite3_finalize (bulk.insert);
  if (rc == SQLITE_OK)
    return TRUE;
  _kr_database_set_error (database, error, rc, _ ("Could not write the audit trail of"));
  return FALSE;
}
