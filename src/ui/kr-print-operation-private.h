/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-print-operation.h"

G_BEGIN_DECLS

/* What the files of KrPrintOperation share: kr-print-operation.c (the object, running it,
 * exporting a PDF), kr-print-replay.c (the GtkPrintOperation vfuncs that replay the worker's
 * pages), kr-print-progress.c (the progress dialog) and kr-print-documents.c (the documents
 * the application prints, and the page setup dialog). */

/* What the print dialog last printed with, kept on the application for the session. */
#define SESSION_SETTINGS_KEY   "kr-print-settings"
#define SESSION_PAGE_SETUP_KEY "kr-print-page-setup"

struct _KrPrintOperation
{
  GtkPrintOperation parent_instance;

  KrPageRecorder *recorder;
  char *title;
  gboolean landscape;
  gboolean started;
  GtkPrintContext *context; /* from begin-print to end-print */
  int deferred_page;        /* the page draw-page left for later, -1 for none */
  guint wait_id;            /* the idle that waits for it */
  guint pages_printed;
  GError *error; /* the document's error, which GTK only sees as a cancellation */
  gboolean cancelled;

  double progress;
  char *progress_text;
  gint64 last_update;
  GtkWindow *progress_parent; /* weak */
  GtkWidget *progress_dialog;
  GtkProgressBar *progress_bar;
  guint progress_timeout_id;

  GtkWindow *parent; /* weak: where to show errors, when run with a dialog */
  GObject *session;  /* weak: the application that remembers the choices */
  gboolean with_dialog;
  gboolean done;
};

/* kr-print-operation.c */
GObject *_kr_print_operation_find_session (GtkWindow *parent);
void _kr_print_operation_set_progress (KrPrintOperation *self, double progress, char *text);

/* kr-print-progress.c */
void _kr_print_operation_schedule_progress_dialog (KrPrintOperation *self);
void _kr_print_operation_close_progress_dialog (KrPrintOperation *self);
void _kr_print_operation_show_progress (KrPrintOperation *self);
void _kr_print_operation_update_progress (KrPrintOperation *self, gboolean now);

/* kr-print-replay.c */
void _kr_print_operation_stop (KrPrintOperation *self, GError *error);
void _kr_print_operation_begin_print (GtkPrintOperation *operation, GtkPrintContext *context);
gboolean _kr_print_operation_paginate (GtkPrintOperation *operation, GtkPrintContext *context);
void
_kr_print_operation_draw_page (GtkPrintOperation *operation, GtkPrintContext *context, int page_nr);
void _kr_print_operation_end_print (GtkPrintOperation *operation, GtkPrintContext *context);

G_END_DECLS
