/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kr-audit-entry.h"
#include "kr-database.h"

G_BEGIN_DECLS

/*
 * The audit trail: every insert, update and delete of an entity table (units, positions,
 * employees, their histories, accounts) adds a record to the database's audit_log in the same
 * transaction, naming when, who, the row, the employee it belongs to and the old and new value
 * of each changed field. Triggers write the records (migrations/0007-audit.sql), so that raw
 * SQL through a Karier connection is logged like the repositories' writes; a connection that
 * kr_database_open() did not make (the sqlite3 shell) cannot write those tables at all.
 * During a bulk load (kr_employee_repository_begin_bulk()) the employees it adds and their
 * histories are recorded together at its end instead, one insert record per row as committed,
 * in the same transaction (migrations/0014-bulk-audit.sql, kr-audit-bulk.c).
 *
 * The log is append-only (updates and deletes of its rows are refused) and hash-chained: each
 * record holds the hash of the one before it (prev_hash) and its own hash, the lowercase hex
 * SHA-256 of the concatenation of these nine values in this order: prev_hash, at, account_id,
 * user_name, action, entity, entity_id, employee_id, changes. Each value is written as a type
 * letter, its length in bytes in decimal, a colon and its bytes: "n0:" for NULL, "i2:42" for
 * the integer 42, "t3:abc" for the text abc ("r" for a real number, written as "%.17g", and "b"
 * for a blob). The first record's prev_hash is the empty text. Anyone can therefore check an
 * exported log with nothing but a SHA-256 tool.
 */

/**
 * kr_audit_get_entities:
 *
 * Returns the entities the audit trail covers, by the table names it records them under
 * ("unit", "position", "employee", "rank_history", …, "account").
 *
 * Returns: (transfer none) (array zero-terminated=1): the entity names
 */
const char *const *kr_audit_get_entities (void);

/**
 * kr_audit_entity_get_label:
 * @entity: an entity name, as kr_audit_get_entities() lists them
 *
 * Returns: (nullable): the translated name of @entity for people, such as "Rank history", or
 *   %NULL for a name the audit trail does not know
 */
const char *kr_audit_entity_get_label (const char *entity);

/**
 * KrAuditFilter:
 * @user_name: (nullable): only changes by this user name (as recorded, in any case)
 * @account_id: only changes by this account, 0 for any
 * @entity: (nullable): only changes of this table, such as "employee"
 * @entity_id: with @entity, only changes of this row, 0 for any
 * @employee_id: only changes of this employee and their histories, 0 for any; see
 *   kr_audit_query() for what this changes about who may read
 * @action: only this kind of write, 0 for any
 * @since: (nullable): only changes made at or after this time
 * @until: (nullable): only changes made before this time
 * @before_id: only records older than this id, 0 to start at the newest: for paging, the id of
 *   the last record of the previous page
 * @limit: at most this many records, 0 for all
 *
 * Which audit records to read. All zero reads everything, newest first.
 */
typedef struct
{
  const char *user_name;
  gint64 account_id;
  const char *entity;
  gint64 entity_id;
  gint64 employee_id;
  KrAuditAction action;
  GDateTime *since;
  GDateTime *until;
  gint64 before_id;
  guint limit;
} KrAuditFilter;

/**
 * KrAuditEntryFunc:
 * @entry: (transfer none): a record
 * @user_data: the data given to kr_audit_query()
 *
 * Returns: %TRUE to go on, %FALSE to stop
 */
typedef gboolean (*KrAuditEntryFunc) (KrAuditEntry *entry, gpointer user_data);

/**
 * kr_audit_query:
 * @database: a #KrDatabase
 * @filter: (nullable): which records; %NULL for all
 * @func: called with each record, newest first
 * @user_data: data for @func
 * @cancellable: (nullable): a #GCancellable, checked between records
 * @error: return location for a #GError
 *
 * Streams the audit records that @filter selects, newest first, holding one at a time, so
 * exporting 10^6 records costs what one costs. Reading the audit trail needs
 * %KR_PERMISSION_READ_AUDIT (administrators), except the history of one employee (a filter
 * with @employee_id), which whoever may read that employee may read: %KR_PERMISSION_READ_EMPLOYEES
 * and, for a unit head, an employee of the units they lead. Refused calls fail with
 * %KR_ERROR_PERMISSION_DENIED before reading anything. Filters by employee and by entity with
 * an id use indexes; the others read the log from the newest record back until @limit records
 * matched.
 *
 * Returns: %TRUE when every selected record was given to @func (or @func stopped)
 */
gboolean kr_audit_query (KrDatabase *database,
                         const KrAuditFilter *filter,
                         KrAuditEntryFunc func,
                         gpointer user_data,
                         GCancellable *cancellable,
                         GError **error);

/**
 * kr_audit_list:
 * @database: a #KrDatabase
 * @filter: (nullable): which records; set @limit and @before_id for a page
 * @error: return location for a #GError
 *
 * kr_audit_query() collected into an array: one page of an audit view.
 *
 * Returns: (transfer container) (element-type KrAuditEntry) (nullable): the records, newest
 *   first, or %NULL with @error set
 */
GPtrArray *kr_audit_list (KrDatabase *database, const KrAuditFilter *filter, GError **error);

/**
 * kr_audit_get_entry:
 * @database: a #KrDatabase
 * @id: a record id
 * @error: return location for a #GError
 *
 * Reads one record, such as the one kr_audit_verify() names. Needs
 * %KR_PERMISSION_READ_AUDIT.
 *
 * Returns: (transfer full) (nullable): the record, or %NULL with %KR_ERROR_NOT_FOUND when
 *   there is none with @id
 */
KrAuditEntry *kr_audit_get_entry (KrDatabase *database, gint64 id, GError **error);

/**
 * kr_audit_export_csv:
 * @database: a #KrDatabase
 * @filter: (nullable): which records, as for kr_audit_query()
 * @stream: where to write
 * @n_records: (out) (optional): how many records were written
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes the records @filter selects as CSV, newest first, for administrators: a header,
 * then one line a record with the columns id, at, account_id, user_name, action, entity,
 * entity_id, employee_id, changes, prev_hash and hash, so that the file can be checked
 * against the hash chain. UTF-8 with a byte order mark and CRLF, as spreadsheets want; a user
 * name a spreadsheet would take for a formula is guarded with a leading quote (kr-csv.h).
 * Permissions as for kr_audit_query().
 *
 * Returns: %TRUE when every record was written
 */
gboolean kr_audit_export_csv (KrDatabase *database,
                              const KrAuditFilter *filter,
                              GOutputStream *stream,
                              guint64 *n_records,
                              GCancellable *cancellable,
                              GError **error);

/**
 * kr_audit_export_csv_file:
 * @database: a #KrDatabase
 * @filter: (nullable): which records
 * @path: the file to write; it is replaced only once complete
 * @n_records: (out) (optional): how many records were written
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * kr_audit_export_csv() into a file, written beside @path and renamed into place, so that a
 * failure leaves any earlier file as it was.
 *
 * Returns: %TRUE when the file is complete
 */
gboolean kr_audit_export_csv_file (KrDatabase *database,
                                   const KrAuditFilter *filter,
                                   const char *path,
                                   guint64 *n_records,
                                   GCancellable *cancellable,
                                   GError **error);

/**
 * kr_audit_verify:
 * @database: a #KrDatabase
 * @first_broken_id: (out) (optional): 0 when the chain is whole, otherwise the id of the
 *   first record whose link does not hold
 * @n_checked: (out) (optional): how many records were checked
 * @error: return location for a #GError
 *
 * Walks the whole hash chain, oldest first, one record at a time (10^6 records take seconds
 * and little memory), recomputing each hash. The first broken link is named: a record whose
 * own hash does not match its contents (it was edited), or whose prev_hash is not the hash of
 * the record before it (the record before it was removed, or records were reordered, or the
 * edited record's hash was recomputed: then the record after the edited one is named). Then
 * the newest record must be the one the database's audit state (audit_state) recorded; when
 * the newest records were removed, the id after the last remaining one is named, which no
 * longer exists.
 *
 * What this cannot detect: the audit state is an ordinary table too, so whoever removes the
 * newest records and also rewrites the state, or edits a record and recomputes every hash after
 * it and the state, leaves a whole chain. Keep the newest hash somewhere else
 * (kr_audit_dup_head()) to notice that. Likewise a database emptied of every record, with its
 * state reset, verifies as whole.
 *
 * Verification reads no field values, so it needs no permission: the window can warn everyone.
 *
 * Returns: %TRUE when the chain could be read, whole or not; %FALSE with @error set when it
 *   could not (a database older than the audit trail gives %KR_ERROR_INVALID)
 */
gboolean
kr_audit_verify (KrDatabase *database, gint64 *first_broken_id, guint64 *n_checked, GError **error);

/**
 * kr_audit_dup_head:
 * @database: a #KrDatabase
 * @last_id: (out) (optional): the id of the newest record, 0 when there is none
 * @error: return location for a #GError
 *
 * Returns the hash of the newest record, as the audit state recorded it: the value to write
 * down or print to notice later whether the chain before it was rewritten. Needs no
 * permission.
 *
 * Returns: (transfer full) (nullable): the hash, "" when there are no records, or %NULL with
 *   @error set
 */
char *kr_audit_dup_head (KrDatabase *database, gint64 *last_id, GError **error);

G_END_DECLS
