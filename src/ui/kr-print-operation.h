/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "kr-database.h"
#include "kr-document.h"
#include "kr-paper.h"

G_BEGIN_DECLS

#define KR_TYPE_PRINT_OPERATION (kr_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (KrPrintOperation, kr_print_operation, KR, PRINT_OPERATION, GtkPrintOperation)

/**
 * kr_print_operation_new:
 * @document: (transfer full): the document to print; the operation owns and frees it
 * @paper: the paper the page setup starts with; the user may pick another in the dialog
 *
 * Creates a print operation for any #KrDocument: begin-print lays the document out on the
 * chosen paper (turned sideways when the document wants landscape) and draw-page draws one
 * page of it, so the printed pages, a PDF export and `karier-tool report` come from the same
 * code. The document keeps its table rows while printing, since a print dialog may ask for
 * pages in any order.
 *
 * Returns: (transfer full): the operation
 */
KrPrintOperation *kr_print_operation_new (KrDocument *document, KrPaper paper);

/**
 * kr_print_operation_get_document:
 * @self: a #KrPrintOperation
 *
 * Returns: (transfer none): the document being printed
 */
KrDocument *kr_print_operation_get_document (KrPrintOperation *self);

/**
 * kr_print_operation_export_pdf:
 * @self: a #KrPrintOperation that has not run yet
 * @path: the PDF file to write; an existing file there is replaced
 * @error: return location for a #GError
 *
 * Runs the operation without a dialog (%GTK_PRINT_OPERATION_ACTION_EXPORT), writing the
 * pages to @path through begin-print and draw-page, as printing would. The file is written
 * under a temporary name beside @path and renamed when complete. An operation runs once.
 *
 * Returns: %TRUE when the file is complete, %FALSE with @error set
 */
gboolean kr_print_operation_export_pdf (KrPrintOperation *self, const char *path, GError **error);

/**
 * kr_print_operation_run_dialog:
 * @self: a #KrPrintOperation that has not run yet
 * @parent: (nullable): the window the print dialog belongs to
 *
 * Shows the print dialog (%GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG) and prints what the
 * user asks for, without blocking the main loop. An error is shown in a dialog over @parent.
 * When printing succeeds, the printer, paper and other settings chosen are remembered by
 * @parent's application until it quits, and the next print operation starts from them.
 */
void kr_print_operation_run_dialog (KrPrintOperation *self, GtkWindow *parent);

/**
 * kr_print_page_setup_new:
 * @paper: a paper size
 * @landscape: whether to turn the paper sideways
 *
 * Makes the page setup of @paper: the standard ISO A4, or F4 as a custom 215 × 330 mm size.
 *
 * Returns: (transfer full): the page setup
 */
GtkPageSetup *kr_print_page_setup_new (KrPaper paper, gboolean landscape);

/**
 * kr_print_operation_new_duk:
 * @parent: (nullable): the window printing from; its application keeps the session's choices
 * @database: an open database
 * @unit_id: the unit whose subtree to list, or 0 for the whole instansi
 * @settings: (nullable): the application's settings (kr_application_get_settings()); their
 *   "default-paper" is the paper when nothing was chosen earlier in the session
 * @error: return location for a #GError
 *
 * Creates the print operation of the Daftar Urut Kepangkatan of @unit_id as of today
 * (kr_document_duk_new()), with the paper chosen earlier in the session or the default one.
 *
 * Returns: (transfer full) (nullable): the operation, or %NULL with @error set (for instance
 *   %KR_ERROR_NOT_FOUND for a unit that no longer exists)
 */
KrPrintOperation *kr_print_operation_new_duk (GtkWindow *parent,
                                              KrDatabase *database,
                                              gint64 unit_id,
                                              GSettings *settings,
                                              GError **error);

/**
 * kr_print_duk:
 * @parent: the window printing from
 * @database: an open database
 * @unit_id: the unit whose subtree to list, or 0 for the whole instansi
 * @settings: (nullable): the application's settings, for the default paper
 *
 * Prints the Daftar Urut Kepangkatan of @unit_id: the print dialog, with page setup (A4 or F4,
 * landscape) in it, then the pages. For a menu action; errors are shown in a dialog over
 * @parent.
 */
void kr_print_duk (GtkWindow *parent, KrDatabase *database, gint64 unit_id, GSettings *settings);

/**
 * kr_print_run_page_setup:
 * @parent: the window the dialog belongs to
 * @settings: (nullable): the application's settings, for the default paper
 *
 * Shows the page setup dialog; the paper chosen becomes the session's paper for the next
 * print operations.
 */
void kr_print_run_page_setup (GtkWindow *parent, GSettings *settings);

G_END_DECLS
