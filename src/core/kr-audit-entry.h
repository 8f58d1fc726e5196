/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * KR_AUDIT_REDACTED:
 *
 * The value that stands in the log for a secret, such as a password hash, on both sides of
 * its change: the record shows that it changed, never what it was or became.
 */
#define KR_AUDIT_REDACTED "[redacted]"

/**
 * KrAuditAction:
 * @KR_AUDIT_ACTION_INSERT: a row was added ("insert" in the log)
 * @KR_AUDIT_ACTION_UPDATE: a row was changed ("update")
 * @KR_AUDIT_ACTION_DELETE: a row was deleted ("delete")
 *
 * What a write did. 0 is no action, which a #KrAuditFilter reads as any.
 */
typedef enum
{
  KR_AUDIT_ACTION_INSERT = 1,
  KR_AUDIT_ACTION_UPDATE,
  KR_AUDIT_ACTION_DELETE,
} KrAuditAction;

GType kr_audit_action_get_type (void);
#define KR_TYPE_AUDIT_ACTION (kr_audit_action_get_type ())

/**
 * kr_audit_action_get_code:
 * @action: an action
 *
 * Returns: (nullable): how the log stores @action: "insert", "update" or "delete"
 */
const char *kr_audit_action_get_code (KrAuditAction action);

/**
 * kr_audit_action_from_code:
 * @code: "insert", "update" or "delete"
 * @action: (out): the action
 *
 * Returns: %TRUE when @code names an action
 */
gboolean kr_audit_action_from_code (const char *code, KrAuditAction *action);

/**
 * kr_audit_action_get_label:
 * @action: an action
 *
 * Returns: the translated name of @action for people: "Added", "Changed" or "Deleted"
 */
const char *kr_audit_action_get_label (KrAuditAction action);

/**
 * KrAuditChange:
 * @field: the column name, such as "name" or "birth_date"
 * @old_value: (nullable): the value before, as text; %NULL when there was none (an insert)
 * @new_value: (nullable): the value after, as text; %NULL when there is none (a delete)
 *
 * One changed field of an audit record, for display. Numbers are written in decimal;
 * %KR_AUDIT_REDACTED stands for a secret.
 */
typedef struct
{
  char *field;
  char *old_value;
  char *new_value;
} KrAuditChange;

GType kr_audit_change_get_type (void);
#define KR_TYPE_AUDIT_CHANGE (kr_audit_change_get_type ())

KrAuditChange *kr_audit_change_copy (const KrAuditChange *self);
void kr_audit_change_free (KrAuditChange *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrAuditChange, kr_audit_change_free)

#define KR_TYPE_AUDIT_ENTRY (kr_audit_entry_get_type ())

/**
 * KrAuditEntry:
 *
 * One record of the audit trail, as read: immutable. Its read-only properties ("id", "at",
 * "user-name", "action", "entity", "entity-id", "employee-id", "changes") let list views bind
 * to it.
 */
G_DECLARE_FINAL_TYPE (KrAuditEntry, kr_audit_entry, KR, AUDIT_ENTRY, GObject)

/** kr_audit_entry_get_id: Returns: the record's id; ids grow with time */
gint64 kr_audit_entry_get_id (KrAuditEntry *self);

/**
 * kr_audit_entry_get_at:
 * @self: an entry
 *
 * Returns: (transfer none): when the change was made, in UTC, as stored:
 *   "2026-11-22T09:15:30.125Z"
 */
const char *kr_audit_entry_get_at (KrAuditEntry *self);

/**
 * kr_audit_entry_get_time:
 * @self: an entry
 *
 * Returns: (transfer none) (nullable): kr_audit_entry_get_at() as a #GDateTime in UTC, or
 *   %NULL when the stored text is not a time (a record edited behind Karier's back)
 */
GDateTime *kr_audit_entry_get_time (KrAuditEntry *self);

/** kr_audit_entry_get_account_id: Returns: the author's account id, 0 when nobody signed in */
gint64 kr_audit_entry_get_account_id (KrAuditEntry *self);

/**
 * kr_audit_entry_get_user_name:
 * @self: an entry
 *
 * Returns: (transfer none) (nullable): the author's user name as it was when the change was
 *   made, %NULL when nobody was signed in
 */
const char *kr_audit_entry_get_user_name (KrAuditEntry *self);

/** kr_audit_entry_get_action: Returns: what the write did, 0 for an unknown stored code */
KrAuditAction kr_audit_entry_get_action (KrAuditEntry *self);

/** kr_audit_entry_get_entity: Returns: (transfer none): the table, such as "employee" */
const char *kr_audit_entry_get_entity (KrAuditEntry *self);

/** kr_audit_entry_get_entity_id: Returns: the id of the row in its table */
gint64 kr_audit_entry_get_entity_id (KrAuditEntry *self);

/**
 * kr_audit_entry_get_employee_id:
 * @self: an entry
 *
 * Returns: the employee the row belongs to (the employee itself or the owner of a history
 *   row), 0 for units, positions and accounts
 */
gint64 kr_audit_entry_get_employee_id (KrAuditEntry *self);

/**
 * kr_audit_entry_get_changes:
 * @self: an entry
 *
 * Returns: (transfer none): the changes as stored, a JSON object mapping each field to
 *   [old, new]; see kr_audit_entry_dup_changes() to display them
 */
const char *kr_audit_entry_get_changes (KrAuditEntry *self);

/** kr_audit_entry_get_prev_hash: Returns: (transfer none): the hash of the record before */
const char *kr_audit_entry_get_prev_hash (KrAuditEntry *self);

/** kr_audit_entry_get_hash: Returns: (transfer none): the record's own hash */
const char *kr_audit_entry_get_hash (KrAuditEntry *self);

/**
 * kr_audit_entry_dup_changes:
 * @self: an entry
 * @error: return location for a #GError
 *
 * Splits the changes into one #KrAuditChange per field, in the order the log lists them (the
 * table's column order). Parsed with json-glib, which core links for this.
 *
 * Returns: (transfer container) (element-type KrAuditChange) (nullable): the changes, or
 *   %NULL with %KR_ERROR_INVALID when the stored text is not such a JSON object
 */
GPtrArray *kr_audit_entry_dup_changes (KrAuditEntry *self, GError **error);

G_END_DECLS
