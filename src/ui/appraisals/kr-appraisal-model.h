/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kr-appraisal-item.h"
#include "kr-appraisal-repository.h"
#include "kr-paged-model.h"

G_BEGIN_DECLS

#define KR_TYPE_APPRAISAL_MODEL (kr_appraisal_model_get_type ())

G_DECLARE_FINAL_TYPE (KrAppraisalModel, kr_appraisal_model, KR, APPRAISAL_MODEL, KrPagedModel)

/* A lazy GListModel of KrAppraisalItem: the evaluations a KrAppraisalQuery selects, in the
 * repository's order. As KrAuditModel does, it reads a page at a time in a worker thread with a
 * read-only connection of its own under the database's identity, and asks for the next page
 * when a view asks for an item near the end of those it holds; the first page also counts
 * every matching row ("count"), so the total is shown before the rows are all read. The main
 * loop never waits for SQL. */
KrAppraisalModel *kr_appraisal_model_new (void);

/* Starts over on @database (NULL: empty). Only its path and identity are used, by the
 * workers. */
void kr_appraisal_model_set_database (KrAppraisalModel *self, KrDatabase *database);

/* Starts over with a copy of @query. */
void kr_appraisal_model_set_query (KrAppraisalModel *self, const KrAppraisalQuery *query);
const KrAppraisalQuery *kr_appraisal_model_get_query (KrAppraisalModel *self);

/* Reads again from the first page (after a change of the data). */
void kr_appraisal_model_reload (KrAppraisalModel *self);

/* How many rows a page reads; 200 unless a test wants to see paging with fewer. */
void kr_appraisal_model_set_page_size (KrAppraisalModel *self, guint page_size);

gboolean kr_appraisal_model_get_loading (KrAppraisalModel *self);
gboolean kr_appraisal_model_get_complete (KrAppraisalModel *self);

/* Whether the count of the current query is known yet, and the count. */
gboolean kr_appraisal_model_get_counted (KrAppraisalModel *self);
guint kr_appraisal_model_get_count (KrAppraisalModel *self);

/* Why the last page could not be read, or NULL. */
const GError *kr_appraisal_model_get_error (KrAppraisalModel *self);

/* A query that owns its search string. */
void kr_appraisal_query_copy_into (KrAppraisalQuery *dest, const KrAppraisalQuery *src);
void kr_appraisal_query_clear (KrAppraisalQuery *query);

/* Counts what @query selects in a worker, over a connection of its own to @database's file as
 * @database's identity. */
void kr_appraisal_count_async (KrDatabase *database,
                               const KrAppraisalQuery *query,
                               GCancellable *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer user_data);
gboolean kr_appraisal_count_finish (GAsyncResult *result, guint *count, GError **error);

G_END_DECLS
