/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-employee-search"

#include "config.h"

#include "kr-employee-search-private.h"

#include <string.h>

#include "kr-error.h"

/* The orders of the search index other than by name (see kr-employee-search.c), read by a
 * worker thread as the order's index of employees holds them. */

typedef struct
{
  guint32 id;
  guint32 doc;
} IdDoc;

static int
compare_id_docs (gconstpointer a, gconstpointer b)
{
  const IdDoc *x = a, *y = b;

  return (x->id > y->id) - (x->id < y->id);
}

static guint32
find_doc (const IdDoc *by_id, guint32 n, gint64 id)
{
  guint32 low = 0, high = n;

  while (low < high)
    {
      guint32 middle = low + (high - low) / 2;

      if (by_id[middle].id < id)
        low = middle + 1;
      else
        high = middle;
    }
  return low < n && by_id[low].id == id ? by_id[low].doc : G_MAXUINT32;
}

/* Sets order->rank_of from order->doc_at, in @memory (n values at least, or NULL). FALSE
 * when a doc is at two ranks. */
static gboolean
set_ranks (KrSearchOrder *order, guint32 n, guint32 *memory)
{
  order->rank_of = memory != NULL ? g_realloc_n (memory, MAX (n, 1), sizeof (guint32))
                                  : g_new (guint32, MAX (n, 1));
  memset (order->rank_of, 0xff, sizeof (guint32) * n);
  for (guint32 rank = 0; rank < n; rank++)
    {
      if (order->rank_of[order->doc_at[rank]] != G_MAXUINT32)
        return FALSE;
      order->rank_of[order->doc_at[rank]] = rank;
    }
  return TRUE;
}

KrSearchOrder *
_kr_search_order_build (sqlite3 *db,
                        const KrSearchIndex *index,
                        KrEmployeeSort sort,
                        const char *order_by,
                        GCancellable *cancellable,
                        GError **error)
{
  g_autofree IdDoc *by_id = NULL;
  guint32 *dense = NULL; /* doc by id, when the ids have few gaps */
  guint32 max_id = 0;
  g_autofree char *sql = g_strconcat ("SELECT e.id FROM employee e ORDER BY ", order_by, NULL);
  KrSearchOrder *order = g_new0 (KrSearchOrder, 1);
  sqlite3_stmt *stmt = NULL;
  guint32 rank = 0;
  int rc;

  for (guint32 doc = 0; doc < index->n; doc++)
    max_id = MAX (max_id, index->ids[doc]);
  if (max_id / 2 <= index->n)
    {
      /* Then rank_of takes over its memory. */
      dense = g_new (guint32, MAX ((gsize) max_id + 1, index->n));
      memset (dense, 0xff, sizeof (guint32) * ((gsize) max_id + 1));
      for (guint32 doc = 0; doc < index->n; doc++)
        dense[index->ids[doc]] = doc;
    }
  else
    {
      by_id = g_new (IdDoc, MAX (index->n, 1));
      for (guint32 doc = 0; doc < index->n; doc++)
        by_id[doc] = (IdDoc){ index->ids[doc], doc };
      qsort (by_id, index->n, sizeof (IdDoc), compare_id_docs);
    }
  order->sort = sort;
  order->doc_at = g_new (guint32, MAX (index->n, 1));

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  while ((rc == SQLITE_OK || rc == SQLITE_ROW) && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      guint32 doc = dense == NULL             ? find_doc (by_id, index->n, id)
                    : id >= 0 && id <= max_id ? dense[id]
                                              : G_MAXUINT32;

      if (rank >= index->n || doc == G_MAXUINT32 ||
          (rank % 65536 == 0 && g_cancellable_is_cancelled (cancellable)))
        {
          rc = SQLITE_ABORT;
          break;
        }
      order->doc_at[rank++] = doc;
    }
  sqlite3_finalize (stmt);
  if (rc == SQLITE_DONE && rank == index->n &&
      set_ranks (order, index->n, g_steal_pointer (&dense)))
    return order;
  g_free (dense);
  if (rc == SQLITE_DONE || rc == SQLITE_ABORT)
    g_set_error_literal (error, KR_ERROR, KR_ERROR_STORAGE, "The employees changed");
  else
    g_set_error (error, KR_ERROR, KR_ERROR_STORAGE, "Could not read the order: %s",
                 sqlite3_errmsg (db));
  _kr_search_order_free (order);
  return NULL;
}

void
_kr_search_order_free (KrSearchOrder *order)
{
  if (order == NULL)
    return;
  g_free (order->rank_of);
  g_free (order->doc_at);
  g_free (order);
}
