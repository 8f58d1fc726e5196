/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-audit-model.h"

G_BEGIN_DECLS

#define KR_TYPE_AUDIT_PAGE (kr_audit_page_get_type ())

G_DECLARE_FINAL_TYPE (KrAuditPage, kr_audit_page, KR, AUDIT_PAGE, AdwBin)

/* The Audit Trail section, for administrators (or everyone while a database has no
 * accounts): every change, newest first, filtered by user, kind of record, action and dates,
 * with the fields of the selected one before and after, and export to CSV. It reads the log a
 * page at a time in worker threads (KrAuditModel), so a log of millions scrolls like a short
 * one. Anyone else sees a page that says who may read it, and nothing is read. */
GtkWidget *kr_audit_page_new (void);

/* Shows the trail of @database as whoever is signed in on it now may see it (NULL: none). */
void kr_audit_page_set_database (KrAuditPage *self, KrDatabase *database);

/* Clears the filters and lists the trail from record @id back, with @id selected: where
 * verification found the chain broken. */
void kr_audit_page_show_record (KrAuditPage *self, gint64 id);

/* Marks record @id (0: none) as where the chain is broken, in the list and its details. */
void kr_audit_page_set_broken_id (KrAuditPage *self, gint64 id);

/* The records listed, for tests. */
KrAuditModel *kr_audit_page_get_model (KrAuditPage *self);

/* The name of the visible state: "list", "loading", "empty", "no-results", "error" or
 * "denied". */
const char *kr_audit_page_get_state (KrAuditPage *self);

/* Exports the records the filters select to @path in a worker, as Export does once a file is
 * chosen; @done (or the page's own handler, which shows a toast, when NULL) gets a GTask
 * whose boolean result says whether it worked. */
void _kr_audit_page_export_to (KrAuditPage *self,
                               const char *path,
                               GAsyncReadyCallback done,
                               gpointer user_data);

G_END_DECLS
