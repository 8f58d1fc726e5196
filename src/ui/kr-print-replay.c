/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-print-operation"

#include "config.h"

#include "kr-print-operation-private.h"

/* The longest the main thread waits for the worker at a time, well under a frame. */
#define WAIT_USEC (4 * G_TIME_SPAN_MILLISECOND)

/* Printing without blocking the main loop.
 *
 * Once the user has chosen the paper (begin-print), a KrPageRecorder lays the document out in
 * a worker thread while GTK calls paginate, which waits a few milliseconds at a time for it.
 * Then draw-page takes each page the worker recorded and replays it; when the page is not
 * there yet, it defers the drawing (gtk_print_operation_set_defer_drawing()) and an idle waits
 * for the page a few milliseconds at a time, so the main loop keeps running, above GTK's own
 * printing idle, which has nothing to do meanwhile. */

/* The main thread's side */

static void
replay (GtkPrintContext *context, cairo_surface_t *page)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  cairo_save (cr);
  cairo_set_source_surface (cr, page, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
}

static void
page_printed (KrPrintOperation *self)
{
  self->pages_printed++;
  _kr_print_operation_update_progress (self, FALSE);
}

/* Lets GTK go on after a deferred draw-page, with its page drawn or not. */
static void
finish_deferred (KrPrintOperation *self)
{
  if (self->deferred_page < 0)
    return;
  g_clear_handle_id (&self->wait_id, g_source_remove);
  self->deferred_page = -1;
  gtk_print_operation_draw_page_finish (GTK_PRINT_OPERATION (self));
}

/* Gives up: stops the worker and cancels the operation, keeping @error (if any) for the
 * user, as GTK only sees a cancellation. */
void
_kr_print_operation_stop (KrPrintOperation *self, GError *error)
{
  if (error != NULL && self->error == NULL)
    self->error = error;
  else if (error != NULL)
    g_error_free (error);
  kr_page_recorder_stop (self->recorder);
  gtk_print_operation_cancel (GTK_PRINT_OPERATION (self));
  finish_deferred (self);
  _kr_print_operation_close_progress_dialog (self);
}

static gboolean
wait_cb (gpointer user_data)
{
  KrPrintOperation *self = user_data;
  GError *error = NULL;
  cairo_surface_t *surface =
      kr_page_recorder_take_page (self->recorder, (guint) self->deferred_page, WAIT_USEC, &error);

  if (surface == NULL && error == NULL)
    {
      _kr_print_operation_update_progress (self, FALSE);
      return G_SOURCE_CONTINUE;
    }
  self->wait_id = 0;
  if (surface == NULL)
    {
      /* After Cancel, the worker's "cancelled" is no news to the user. */
      if (self->cancelled)
        g_clear_error (&error);
      _kr_print_operation_stop (self, error);
      return G_SOURCE_REMOVE;
    }
  replay (self->context, surface);
  cairo_surface_destroy (surface);
  finish_deferred (self);
  page_printed (self);
  return G_SOURCE_REMOVE;
}

/* GtkPrintOperation */

void
_kr_print_operation_begin_print (GtkPrintOperation *operation, GtkPrintContext *context)
{
  KrPrintOperation *self = KR_PRINT_OPERATION (operation);

  g_return_if_fail (!self->started);

  g_set_object (&self->context, context);
  self->started = TRUE;
  kr_page_recorder_start (self->recorder, gtk_print_context_get_width (context),
                          gtk_print_context_get_height (context));
  _kr_print_operation_update_progress (self, TRUE);
  _kr_print_operation_schedule_progress_dialog (self);
}

gboolean
_kr_print_operation_paginate (GtkPrintOperation *operation, GtkPrintContext *context)
{
  KrPrintOperation *self = KR_PRINT_OPERATION (operation);
  GError *error = NULL;
  guint n_pages;

  if (self->error != NULL || self->cancelled)
    return FALSE;

  /* GTK calls this again and again from an idle: waiting a little each time keeps that from
   * spinning while the worker lays the pages out. */
  if (kr_page_recorder_wait_paginated (self->recorder, WAIT_USEC, &n_pages, &error))
    {
      gtk_print_operation_set_n_pages (operation, (int) n_pages);
      _kr_print_operation_update_progress (self, TRUE);
      return TRUE;
    }
  if (error != NULL)
    _kr_print_operation_stop (self, error);
  else
    _kr_print_operation_update_progress (self, FALSE);
  return FALSE;
}

void
_kr_print_operation_draw_page (GtkPrintOperation *operation, GtkPrintContext *context, int page_nr)
{
  KrPrintOperation *self = KR_PRINT_OPERATION (operation);
  GError *error = NULL;
  cairo_surface_t *surface;

  /* GTK draws one more page after a cancellation before it notices. */
  if (self->error != NULL || self->cancelled || page_nr < 0)
    return;

  surface = kr_page_recorder_take_page (self->recorder, (guint) page_nr, 0, &error);
  if (surface != NULL)
    {
      replay (context, surface);
      cairo_surface_destroy (surface);
      page_printed (self);
      return;
    }
  if (error != NULL)
    {
      _kr_print_operation_stop (self, error);
      return;
    }

  gtk_print_operation_set_defer_drawing (operation);
  self->deferred_page = page_nr;
  self->wait_id =
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, wait_cb, g_object_ref (self), g_object_unref);
}

void
_kr_print_operation_end_print (GtkPrintOperation *operation, GtkPrintContext *context)
{
  KrPrintOperation *self = KR_PRINT_OPERATION (operation);

  if (!self->cancelled && self->error == NULL)
    _kr_print_operation_update_progress (self, TRUE);
  kr_page_recorder_stop (self->recorder);
  g_clear_handle_id (&self->wait_id, g_source_remove);
  self->deferred_page = -1;
  _kr_print_operation_close_progress_dialog (self);
  g_clear_object (&self->context);
}
