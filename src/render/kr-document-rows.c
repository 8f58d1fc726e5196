/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-document"

#include "config.h"

#include "kr-document-rows.h"

typedef struct
{
  char **cells;
  guint *spans;
  gboolean styled;
  KrDocumentRowStyle style;
} Row;

struct _KrDocumentRows
{
  guint n_columns;
  GPtrArray *rows;
};

static void
row_free (gpointer data)
{
  Row *row = data;

  g_strfreev (row->cells);
  g_free (row->spans);
  g_free (row);
}

KrDocumentRows *
kr_document_rows_new (guint n_columns)
{
  KrDocumentRows *rows;

  g_return_val_if_fail (n_columns > 0, NULL);

  rows = g_new0 (KrDocumentRows, 1);
  rows->n_columns = n_columns;
  rows->rows = g_ptr_array_new_with_free_func (row_free);
  return rows;
}

void
kr_document_rows_free (KrDocumentRows *rows)
{
  if (rows == NULL)
    return;
  g_ptr_array_unref (rows->rows);
  g_free (rows);
}

void
kr_document_rows_add (KrDocumentRows *rows,
                      const char *const *cells,
                      const KrDocumentRowStyle *style)
{
  Row *row;
  guint n_cells;

  g_return_if_fail (rows != NULL);
  g_return_if_fail (cells != NULL);

  row = g_new0 (Row, 1);
  row->styled = style != NULL;
  if (style != NULL)
    row->style = *style;
  row->style.n_lines = MAX (row->style.n_lines, 1);
  n_cells = rows->n_columns * row->style.n_lines;
  row->cells = g_new0 (char *, n_cells + 1);
  for (guint i = 0; i < n_cells; i++)
    row->cells[i] = g_strdup (cells[i] != NULL ? cells[i] : "");
  if (row->style.spans != NULL)
    {
      row->spans = g_memdup2 (row->style.spans, rows->n_columns * sizeof (guint));
      row->style.spans = row->spans;
    }
  g_ptr_array_add (rows->rows, row);
}

guint
kr_document_rows_get_n_rows (KrDocumentRows *rows)
{
  g_return_val_if_fail (rows != NULL, 0);

  return rows->rows->len;
}

static gboolean
rows_cb (KrDocument *document, gpointer user_data, GError **error)
{
  KrDocumentRows *rows = user_data;

  for (guint i = 0; i < rows->rows->len; i++)
    {
      Row *row = g_ptr_array_index (rows->rows, i);

      if (!kr_document_add_row_full (document, (const char *const *) row->cells,
                                     row->styled ? &row->style : NULL))
        break;
    }
  return TRUE;
}

static void
rows_free_cb (gpointer data)
{
  kr_document_rows_free (data);
}

void
kr_document_add_rows_table (KrDocument *document,
                            const KrDocumentColumn *columns,
                            guint n_columns,
                            gboolean numbered,
                            const char *empty_text,
                            KrDocumentRows *rows)
{
  g_return_if_fail (document != NULL);
  g_return_if_fail (rows != NULL && rows->n_columns == n_columns);

  kr_document_add_table (document, columns, n_columns, numbered, empty_text, rows_cb, rows,
                         rows_free_cb);
}
