/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "kr-database.h"
#include "kr-document.h"
#include "kr-employee-query.h"
#include "kr-page-recorder.h"
#include "kr-paper.h"

G_BEGIN_DECLS

#define KR_TYPE_PRINT_OPERATION (kr_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (KrPrintOperation, kr_print_operation, KR, PRINT_OPERATION, GtkPrintOperation)

/**
 * kr_print_operation_new:
 * @document: (transfer full): the document to print; the operation owns and frees it
 * @paper: the paper the page setup starts with; the user may pick another in the dialog
 *
 * Creates a print operation for any #KrDocument. Once the user has chosen the printer and
 * paper, a worker thread (#KrPageRecorder) lays the document out on that paper (turned
 * sideways when the document wants landscape) and records its pages a few dozen ahead of the
 * printer; draw-page only replays a recorded page, so the main loop never waits for text
 * shaping, whatever the length of the document. The document keeps its table rows between the
 * pagination and the drawing, so its row sources run once; they run in the worker thread, and
 * the document must not be touched from elsewhere while the operation runs.
 *
 * Returns: (transfer full): the operation
 */
KrPrintOperation *kr_print_operation_new (KrDocument *document, KrPaper paper);

/**
 * kr_print_operation_new_for_database:
 * @database: the database whose data the document shows
 * @title: the title of the print job and of the progress dialog
 * @landscape: whether the document wants landscape pages
 * @build: (scope notified): builds the document in the worker thread
 * @user_data: data for @build
 * @destroy: (nullable): frees @user_data
 * @paper: the paper the page setup starts with
 * @error: return location for a #GError
 *
 * Creates a print operation whose document reads a database: the worker thread opens the file
 * of @database again, read-only, for a connection of its own (an SQLite connection belongs to
 * one thread), calls @build with it and lays the document out as kr_print_operation_new()
 * does, reading the rows again for the drawing rather than keeping them, so that a list of
 * millions of rows costs the memory of a few pages (kr_page_recorder_new_for_database()).
 * Fails with %KR_ERROR_INVALID for an in-memory database, which no other connection can open.
 *
 * Returns: (transfer full) (nullable): the operation, or %NULL with @error set
 */
KrPrintOperation *kr_print_operation_new_for_database (KrDatabase *database,
                                                       const char *title,
                                                       gboolean landscape,
                                                       KrPageRecorderBuildFunc build,
                                                       gpointer user_data,
                                                       GDestroyNotify destroy,
                                                       KrPaper paper,
                                                       GError **error);

/**
 * kr_print_operation_get_document:
 * @self: a #KrPrintOperation
 *
 * Returns the document given to kr_print_operation_new(); one that a build function made
 * belongs to the worker thread. Do not use it while the operation runs.
 *
 * Returns: (transfer none) (nullable): the document
 */
KrDocument *kr_print_operation_get_document (KrPrintOperation *self);

/**
 * kr_print_operation_get_n_pages:
 * @self: a #KrPrintOperation
 *
 * Returns: the number of pages the document was laid out on, 0 until it has been
 */
guint kr_print_operation_get_n_pages (KrPrintOperation *self);

/**
 * kr_print_operation_get_progress:
 * @self: a #KrPrintOperation
 *
 * Returns how far the operation has come in its current phase, laying the pages out or
 * printing them, as the progress dialog shows it (#KrPrintOperation:progress).
 *
 * Returns: from 0 to 1, or -1 while the end is not known
 */
double kr_print_operation_get_progress (KrPrintOperation *self);

/**
 * kr_print_operation_get_progress_text:
 * @self: a #KrPrintOperation
 *
 * Returns: (nullable): what the operation is doing, as the progress dialog says it
 *   ("Printing page 3 of 12…"), %NULL before it starts
 */
const char *kr_print_operation_get_progress_text (KrPrintOperation *self);

/**
 * kr_print_operation_set_progress_parent:
 * @self: a #KrPrintOperation that has not run yet
 * @parent: (nullable): the window to show the progress dialog over; %NULL for none
 *
 * Shows a dialog over @parent while the pages are laid out and printed, with a progress bar
 * and a Cancel button (kr_print_operation_cancel_job()). kr_print_operation_run_dialog() sets
 * this to its parent.
 */
void kr_print_operation_set_progress_parent (KrPrintOperation *self, GtkWindow *parent);

/**
 * kr_print_operation_get_progress_dialog:
 * @self: a #KrPrintOperation
 *
 * Returns: (transfer none) (nullable): the progress dialog while it is shown
 */
GtkWindow *kr_print_operation_get_progress_dialog (KrPrintOperation *self);

/**
 * kr_print_operation_cancel_job:
 * @self: a #KrPrintOperation
 *
 * Stops the worker thread and cancels the operation, as the Cancel button of the progress
 * dialog does: nothing is printed and no error is shown.
 */
void kr_print_operation_cancel_job (KrPrintOperation *self);

/**
 * kr_print_operation_export_pdf:
 * @self: a #KrPrintOperation that has not run yet
 * @path: the PDF file to write; an existing file there is replaced
 * @error: return location for a #GError
 *
 * Runs the operation without a print dialog (%GTK_PRINT_OPERATION_ACTION_EXPORT), writing the
 * pages to @path through begin-print and draw-page, as printing would. GTK runs the main loop
 * until the file is complete (the worker thread lays the pages out meanwhile), and this
 * returns once the worker thread has stopped too. The file is written under a temporary name
 * beside @path and renamed when complete. An operation runs once.
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
 * user asks for, without blocking the main loop, with a progress dialog over @parent
 * (kr_print_operation_set_progress_parent()). An error is shown in a dialog over @parent.
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

/* The paper of the "default-paper" setting of @settings (NULL: A4), and of the running
 * KrApplication's settings (A4 outside the application, as in tests). */
KrPaper kr_print_default_paper (GSettings *settings);
KrPaper kr_print_application_default_paper (void);

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
 * The document is laid out in a worker thread over a connection of its own, so @database
 * must be stored in a file.
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
 * landscape) in it, then the pages, with a progress dialog. For a menu action; errors are
 * shown in a dialog over @parent.
 */
void kr_print_duk (GtkWindow *parent, KrDatabase *database, gint64 unit_id, GSettings *settings);

/**
 * kr_print_operation_new_employee_list:
 * @parent: (nullable): the window printing from; its application keeps the session's choices
 * @database: an open database, stored in a file
 * @query: (nullable): the employees to print and their order, as the employee list shows them;
 *   %NULL for everyone by name
 * @settings: (nullable): the application's settings, for the default paper
 * @error: return location for a #GError
 *
 * Creates the print operation of the Daftar Pegawai of @query as of today
 * (kr_document_employee_list_new()), with the paper chosen earlier in the session or the
 * default one.
 *
 * Returns: (transfer full) (nullable): the operation, or %NULL with @error set
 */
KrPrintOperation *kr_print_operation_new_employee_list (GtkWindow *parent,
                                                        KrDatabase *database,
                                                        const KrEmployeeQuery *query,
                                                        GSettings *settings,
                                                        GError **error);

/**
 * kr_print_employee_list:
 * @parent: the window printing from
 * @database: an open database
 * @query: (nullable): the employees to print and their order
 * @settings: (nullable): the application's settings, for the default paper
 *
 * Prints the Daftar Pegawai of @query: the print dialog, then the pages, with a progress
 * dialog. For a menu action; errors are shown in a dialog over @parent.
 */
void kr_print_employee_list (GtkWindow *parent,
                             KrDatabase *database,
                             const KrEmployeeQuery *query,
                             GSettings *settings);

/**
 * kr_print_operation_new_for_document:
 * @parent: (nullable): the window printing from; its application keeps the session's choices
 * @document: (transfer full): a document that holds its rows (it reads no database)
 * @settings: (nullable): the application's settings, for the default paper
 *
 * Creates the print operation of @document (kr_print_operation_new()) with the paper chosen
 * earlier in the session or the default one: for short documents built on the main thread
 * from data a window already shows, such as the follow-up lists of an appraisal period.
 *
 * Returns: (transfer full): the operation
 */
KrPrintOperation *
kr_print_operation_new_for_document (GtkWindow *parent, KrDocument *document, GSettings *settings);

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
