/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-audit-model.h"

G_BEGIN_DECLS

#define KR_TYPE_AUDIT_HISTORY_VIEW (kr_audit_history_view_get_type ())

G_DECLARE_FINAL_TYPE (KrAuditHistoryView, kr_audit_history_view, KR, AUDIT_HISTORY_VIEW, AdwBin)

/* The History of Changes of one employee, for their profile: each audit record of the
 * employee and their histories, newest first, as a card that says what changed, who changed
 * it and when, and each field from → to. Whoever may read the employee may read it. It reads
 * lazily, in a worker, and only once it is on screen. */
GtkWidget *kr_audit_history_view_new (void);

/* The database whose audit trail the view reads (NULL: none). */
void kr_audit_history_view_set_database (KrAuditHistoryView *self, KrDatabase *database);

/* Shows the history of employee @employee_id (0: none), reading it again even when it is
 * the same employee: the profile calls this after each change. */
void kr_audit_history_view_set_employee_id (KrAuditHistoryView *self, gint64 employee_id);

/* The records listed, for tests. */
KrAuditModel *kr_audit_history_view_get_model (KrAuditHistoryView *self);

/* The name of the visible state: "list", "loading", "empty" or "error". */
const char *kr_audit_history_view_get_state (KrAuditHistoryView *self);

G_END_DECLS
