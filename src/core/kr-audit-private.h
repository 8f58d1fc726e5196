/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "kr-audit.h"

G_BEGIN_DECLS

/* The columns of audit_log that every query reads, in this order. */
#define KR_AUDIT_COLUMNS                                                                           \
  "id, at, account_id, user_name, action, entity, entity_id, employee_id, changes, prev_hash, "    \
  "hash"

enum
{
  KR_AUDIT_COLUMN_ID,
  KR_AUDIT_COLUMN_AT,
  KR_AUDIT_COLUMN_ACCOUNT_ID,
  KR_AUDIT_COLUMN_USER_NAME,
  KR_AUDIT_COLUMN_ACTION,
  KR_AUDIT_COLUMN_ENTITY,
  KR_AUDIT_COLUMN_ENTITY_ID,
  KR_AUDIT_COLUMN_EMPLOYEE_ID,
  KR_AUDIT_COLUMN_CHANGES,
  KR_AUDIT_COLUMN_PREV_HASH,
  KR_AUDIT_COLUMN_HASH,
  KR_AUDIT_N_COLUMNS
};

typedef gboolean (*KrAuditRowFunc) (sqlite3_stmt *stmt, gpointer user_data, GError **error);

/* Checks that @database has an audit trail and that its identity may read what @filter
 * selects (NULL: everything), then gives each selected row, which reads KR_AUDIT_COLUMNS, to
 * @func, newest first, until @func returns FALSE. */
gboolean _kr_audit_run_query (KrDatabase *database,
                              const KrAuditFilter *filter,
                              KrAuditRowFunc func,
                              gpointer user_data,
                              GCancellable *cancellable,
                              GError **error);

/* The entry of the row @stmt stands on, which reads KR_AUDIT_COLUMNS. */
KrAuditEntry *_kr_audit_entry_new_from_row (sqlite3_stmt *stmt);

/**
 * _kr_audit_register_functions:
 * @database: the database that owns @db
 * @db: a connection that kr_database_open() just opened
 * @error: return location for a #GError
 *
 * Registers the SQL functions the audit triggers call (migrations/0007-audit.sql):
 * kr_audit_now (), the time in UTC with milliseconds; kr_audit_account () and
 * kr_audit_user (), who is signed in on @database (kr_database_get_identity()), NULL for
 * nobody; kr_audit_hash (nine values), the hash of a record (kr-audit.h). Call it on every
 * connection, before migrations run; without them a connection cannot write audited tables.
 * @database is not referenced: it owns @db and closes it before it goes away.
 *
 * Returns: %TRUE when the functions are in place
 */
gboolean _kr_audit_register_functions (KrDatabase *database, sqlite3 *db, GError **error);

/* The length of a record's hash, in hexadecimal digits */
#define KR_AUDIT_HASH_LENGTH 64
/* The size of a record's time, "2026-11-22T09:15:30.125Z" and its end */
#define KR_AUDIT_TIME_SIZE 32

/* Writes the time of now as kr_audit_now () does to @text. */
void _kr_audit_format_now (char text[KR_AUDIT_TIME_SIZE]);

/* Computes, with @checksum (reset first), the hash of an "insert" record that @identity
 * (NULL: nobody) wrote at @at, as kr_audit_hash () does for the values the triggers give it,
 * into @hash. */
void _kr_audit_hash_insert (GChecksum *checksum,
                            const char *prev_hash,
                            const char *at,
                            KrIdentity *identity,
                            const char *entity,
                            gint64 entity_id,
                            gint64 employee_id,
                            const char *changes,
                            gsize changes_length,
                            char hash[KR_AUDIT_HASH_LENGTH + 1]);

/**
 * _kr_audit_append_bulk:
 * @database: a #KrDatabase inside the transaction of a bulk load
 * @settled_up_to: employee_bulk_state.settled_up_to of the load
 * @error: return location for a #GError
 *
 * Appends the "insert" records of the rows that a bulk load added and the audit triggers
 * left out (migrations/0014-bulk-audit.sql): every employee above @settled_up_to and the
 * history rows that belong to one, as they are now, chained onto audit_state. Call it before
 * settled_up_to is raised again. kr-audit-bulk.c
 *
 * Returns: %TRUE when every record was written
 */
gboolean _kr_audit_append_bulk (KrDatabase *database, gint64 settled_up_to, GError **error);

G_END_DECLS
