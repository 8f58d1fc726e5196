/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kr-database.h"

G_BEGIN_DECLS

#define KR_TYPE_PAGED_MODEL (kr_paged_model_get_type ())

G_DECLARE_DERIVABLE_TYPE (KrPagedModel, kr_paged_model, KR, PAGED_MODEL, GObject)

/* Runs in a worker, over @reader, a read-only connection of the worker's own signed in as the
 * model's user. Returns the items of the page of at most @limit rows from @offset (none when
 * @limit is 0), and stores in @count, unless it is NULL, how many rows @query selects; NULL
 * with @error set when the database cannot answer. */
typedef GPtrArray *(*KrPagedFetchFunc) (KrDatabase *reader,
                                        gconstpointer query,
                                        guint offset,
                                        guint limit,
                                        guint *count,
                                        GCancellable *cancellable,
                                        GError **error);

struct _KrPagedModelClass
{
  GObjectClass parent_class;

  /* The type of the items (set in class_init). */
  GType item_type;
  /* Whether the first page counts the rows too (the "count" property). */
  gboolean counts;
  KrPagedFetchFunc fetch_page;
  /* A copy of the query of the next page, for a worker, after @last_item (NULL on the first
   * page); freed with @free_query. */
  gpointer (*dup_query) (KrPagedModel *self, gpointer last_item);
  GDestroyNotify free_query;
};

/* A lazy GListModel that reads its items a page at a time in workers, so that a view over a
 * big table opens at once and fetches more rows as it scrolls near the end. Subclasses say
 * how to read a page; the model owns the pages, the connection of the workers, and the
 * "loading", "complete" and "count" properties. */

/* Starts over on @database (NULL: empty). Only its path and identity are used, by the
 * workers' own connection, which is opened again: the identity may have changed. */
void kr_paged_model_set_database (KrPagedModel *self, KrDatabase *database);
KrDatabase *kr_paged_model_get_database (KrPagedModel *self);

/* Forgets every item and, with a database, reads the first page again (after a change of the
 * data or of the subclass's query). */
void kr_paged_model_start_over (KrPagedModel *self);

/* How many rows a page reads; 200 unless a test wants to see paging with fewer. */
void kr_paged_model_set_page_size (KrPagedModel *self, guint page_size);

gboolean kr_paged_model_get_loading (KrPagedModel *self);
gboolean kr_paged_model_get_complete (KrPagedModel *self);
gboolean kr_paged_model_get_counted (KrPagedModel *self);
guint kr_paged_model_get_count (KrPagedModel *self);
const GError *kr_paged_model_get_error (KrPagedModel *self);

/* Counts what @query (taken, freed with @free_query) selects with @fetch_page in a worker,
 * over a connection of its own to @database's file as its user. */
void kr_paged_model_count_async (KrDatabase *database,
                                 KrPagedFetchFunc fetch_page,
                                 gpointer query,
                                 GDestroyNotify free_query,
                                 GCancellable *cancellable,
                                 GAsyncReadyCallback callback,
                                 gpointer user_data);
gboolean kr_paged_model_count_finish (GAsyncResult *result, guint *count, GError **error);

G_END_DECLS
