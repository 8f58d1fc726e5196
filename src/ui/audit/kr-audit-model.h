/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kr-audit-item.h"
#include "kr-audit.h"
#include "kr-paged-model.h"

G_BEGIN_DECLS

#define KR_TYPE_AUDIT_MODEL (kr_audit_model_get_type ())

G_DECLARE_FINAL_TYPE (KrAuditModel, kr_audit_model, KR, AUDIT_MODEL, KrPagedModel)

/* A lazy GListModel of KrAuditItem: the records of a database's audit trail that a filter
 * selects, newest first. It reads them a page at a time by keyset (before_id), each page in
 * a worker thread with a read-only connection of its own under the database's identity, and
 * asks for the next page when a view asks for an item near the end of those it holds. A log
 * of millions of records costs what the screenfuls scrolled through cost, and the main loop
 * never waits for SQL. The model grows as pages arrive; "loading" and "complete" say where it
 * stands, and a failure ends it with kr_audit_model_get_error() set. */
KrAuditModel *kr_audit_model_new (void);

/* Starts over on @database (NULL: empty). The model keeps only its path and identity for
 * the workers, and drops it again with NULL. */
void kr_audit_model_set_database (KrAuditModel *self, KrDatabase *database);
KrDatabase *kr_audit_model_get_database (KrAuditModel *self);

/* Starts over with a copy of @filter (NULL: everything). Its @before_id is where the list
 * starts (0: at the newest record); its @limit is ignored. */
void kr_audit_model_set_filter (KrAuditModel *self, const KrAuditFilter *filter);
const KrAuditFilter *kr_audit_model_get_filter (KrAuditModel *self);

/* Reads again from the first page. */
void kr_audit_model_reload (KrAuditModel *self);

/* Reads again when records were added since the first page was read. */
void kr_audit_model_reload_if_changed (KrAuditModel *self);

/* How many records a page reads; 200 unless a test wants to see paging with fewer. */
void kr_audit_model_set_page_size (KrAuditModel *self, guint page_size);

/* Whether a page is being read. */
gboolean kr_audit_model_get_loading (KrAuditModel *self);

/* Whether the model holds every selected record (or failed). */
gboolean kr_audit_model_get_complete (KrAuditModel *self);

/* Why the last page could not be read, or NULL. */
const GError *kr_audit_model_get_error (KrAuditModel *self);

/* A filter that owns its strings and times: kr_audit_model_copy_filter() fills @dest with
 * copies of what @src holds; kr_audit_model_clear_filter() frees them and zeroes @filter. */
void kr_audit_model_copy_filter (KrAuditFilter *dest, const KrAuditFilter *src);
void kr_audit_model_clear_filter (KrAuditFilter *filter);

G_END_DECLS
