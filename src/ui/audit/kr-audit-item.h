/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "kr-audit-entry.h"
#include "kr-database.h"

G_BEGIN_DECLS

/**
 * KrAuditItemChange:
 * @field: the column, such as "golongan"
 * @label: what the forms call it, translated ("Grade (Golongan)")
 * @old_text: (nullable): the value before, as the forms show it; %NULL for none
 * @new_text: (nullable): the value after; %NULL for none
 *
 * One changed field of a record, ready to show.
 */
typedef struct
{
  char *field;
  char *label;
  char *old_text;
  char *new_text;
} KrAuditItemChange;

#define KR_TYPE_AUDIT_ITEM (kr_audit_item_get_type ())

G_DECLARE_FINAL_TYPE (KrAuditItem, kr_audit_item, KR, AUDIT_ITEM, GObject)

/* An audit record with everything the screens show of it already written out for people:
 * the lists build these in a worker thread, so that binding a row costs nothing. */

KrAuditEntry *kr_audit_item_get_entry (KrAuditItem *self);
gint64 kr_audit_item_get_id (KrAuditItem *self);

/* "22 Nov 2026 09:15" and "22 November 2026, 09:15:30", local time. */
const char *kr_audit_item_get_time_text (KrAuditItem *self);
const char *kr_audit_item_get_full_time_text (KrAuditItem *self);

/* The author's user name, or NULL when nobody was signed in. */
const char *kr_audit_item_get_user_name (KrAuditItem *self);

/* "Added", "Changed" or "Deleted". */
const char *kr_audit_item_get_action_text (KrAuditItem *self);

/* What the record is about: the entity ("Rank history") and the row ("Siti Aminah · 19900315
 * 201403 2 002", "Bidang Mutasi", "#42"); what_text joins them. */
const char *kr_audit_item_get_entity_text (KrAuditItem *self);
const char *kr_audit_item_get_subject_text (KrAuditItem *self);
const char *kr_audit_item_get_what_text (KrAuditItem *self);

/* The changes on one line: "Phone: 0812… → 0813…; Email: …". */
const char *kr_audit_item_get_summary_text (KrAuditItem *self);

/* Returns: (element-type KrAuditItemChange) (transfer none): the changed fields in the log's
 * order. */
GPtrArray *kr_audit_item_get_changes (KrAuditItem *self);

/* One change as a line of Pango markup, "<b>Phone</b>: 0812… → 0813…". */
char *kr_audit_item_change_to_markup (const KrAuditItemChange *change);

/**
 * KrAuditNames:
 *
 * Looks up the names that records refer to by id (employees, units, positions, accounts)
 * through one connection, remembering each. Use it in the thread that owns that connection.
 */
typedef struct _KrAuditNames KrAuditNames;

KrAuditNames *kr_audit_names_new (KrDatabase *database);
void kr_audit_names_free (KrAuditNames *names);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrAuditNames, kr_audit_names_free)

/* Builds the item of @entry, looking names up in @names (NULL: no look-ups). */
KrAuditItem *kr_audit_item_new (KrAuditEntry *entry, KrAuditNames *names);

G_END_DECLS
