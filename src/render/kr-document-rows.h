/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-document.h"

G_BEGIN_DECLS

/* Rows formatted in advance and held by the document: the source of the small tables of a
 * form (a few dozen rows), whose data need not outlive the call that builds the document. */

typedef struct _KrDocumentRows KrDocumentRows;

/**
 * kr_document_rows_new:
 * @n_columns: the columns of the table the rows are for
 *
 * Returns: (transfer full): an empty set of rows
 */
KrDocumentRows *kr_document_rows_new (guint n_columns);

/**
 * kr_document_rows_free:
 * @rows: (nullable): rows
 */
void kr_document_rows_free (KrDocumentRows *rows);

/**
 * kr_document_rows_add:
 * @rows: rows
 * @cells: (array): the cells, line after line as kr_document_add_row_full() takes them; copied
 * @style: (nullable): how to set the row; copied
 */
void kr_document_rows_add (KrDocumentRows *rows,
                           const char *const *cells,
                           const KrDocumentRowStyle *style);

/**
 * kr_document_rows_get_n_rows:
 * @rows: rows
 *
 * Returns: how many rows were added
 */
guint kr_document_rows_get_n_rows (KrDocumentRows *rows);

/**
 * kr_document_add_rows_table:
 * @document: a document
 * @columns: (array length=n_columns): the columns, as kr_document_add_table() takes them
 * @n_columns: the number of columns, as given to kr_document_rows_new()
 * @numbered: whether to number the columns under the header
 * @empty_text: (nullable): what the table says without rows
 * @rows: (transfer full): the rows
 *
 * Adds a table fed by @rows, which the document then owns.
 */
void kr_document_add_rows_table (KrDocument *document,
                                 const KrDocumentColumn *columns,
                                 guint n_columns,
                                 gboolean numbered,
                                 const char *empty_text,
                                 KrDocumentRows *rows);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrDocumentRows, kr_document_rows_free)

G_END_DECLS
