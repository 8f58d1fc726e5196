/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-print-operation"

#include "config.h"

#include "kr-print-operation-private.h"

#include <adwaita.h>
#include <glib/gi18n.h>

/* A print shorter than this shows no progress dialog, which would only flash. */
#define PROGRESS_DELAY_MS 250
/* How often the progress is updated. */
#define PROGRESS_INTERVAL_USEC (50 * G_TIME_SPAN_MILLISECOND)

/* Progress */

/* The dialog goes when it is answered, and with the window it belongs to. */
static void
progress_destroyed_cb (KrPrintOperation *self)
{
  self->progress_dialog = NULL;
  self->progress_bar = NULL;
}

static void
progress_response_cb (KrPrintOperation *self, const char *response)
{
  kr_print_operation_cancel_job (self);
}

void
_kr_print_operation_close_progress_dialog (KrPrintOperation *self)
{
  GtkWidget *dialog = self->progress_dialog;

  g_clear_handle_id (&self->progress_timeout_id, g_source_remove);
  if (dialog == NULL)
    return;
  g_signal_handlers_disconnect_by_data (dialog, self);
  progress_destroyed_cb (self);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

void
_kr_print_operation_show_progress (KrPrintOperation *self)
{
  if (self->progress_bar == NULL)
    return;
  if (self->progress < 0)
    gtk_progress_bar_pulse (self->progress_bar);
  else
    gtk_progress_bar_set_fraction (self->progress_bar, self->progress);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self->progress_dialog),
                               self->progress_text != NULL ? self->progress_text : "");
}

static gboolean
show_progress_dialog_cb (gpointer user_data)
{
  KrPrintOperation *self = user_data;
  /* Translators: the heading of the dialog shown while printing; %s is a document's title */
  g_autofree char *heading = g_strdup_printf (_ ("Printing “%s”"), self->title);
  AdwMessageDialog *dialog;

  self->progress_timeout_id = 0;
  if (self->progress_parent == NULL || self->done)
    return G_SOURCE_REMOVE;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (self->progress_parent, heading, NULL));
  /* Printing goes on in the background: the window stays usable. */
  gtk_window_set_modal (GTK_WINDOW (dialog), FALSE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  adw_message_dialog_add_response (dialog, "cancel", _ ("_Cancel"));
  adw_message_dialog_set_close_response (dialog, "cancel");
  self->progress_bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_progress_bar_set_pulse_step (self->progress_bar, 0.05);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
  adw_message_dialog_set_extra_child (dialog, GTK_WIDGET (self->progress_bar));
  g_signal_connect_swapped (dialog, "response", G_CALLBACK (progress_response_cb), self);
  g_signal_connect_swapped (dialog, "destroy", G_CALLBACK (progress_destroyed_cb), self);
  self->progress_dialog = GTK_WIDGET (dialog);
  _kr_print_operation_show_progress (self);
  gtk_window_present (GTK_WINDOW (dialog));
  return G_SOURCE_REMOVE;
}

/* Shows the dialog once the print has taken PROGRESS_DELAY_MS. */
void
_kr_print_operation_schedule_progress_dialog (KrPrintOperation *self)
{
  if (self->progress_parent != NULL)
    self->progress_timeout_id =
        g_timeout_add_full (G_PRIORITY_DEFAULT, PROGRESS_DELAY_MS, show_progress_dialog_cb,
                            g_object_ref (self), g_object_unref);
}

/* Reads how far the work has come, at most every PROGRESS_INTERVAL_USEC unless @now. */
void
_kr_print_operation_update_progress (KrPrintOperation *self, gboolean now)
{
  gint64 time = g_get_monotonic_time ();
  KrPageRecorderProgress progress;
  int total;

  if (!now && time - self->last_update < PROGRESS_INTERVAL_USEC)
    return;
  self->last_update = time;

  kr_page_recorder_get_progress (self->recorder, &progress);
  if (!progress.paginated)
    {
      double fraction = progress.expected_rows > 0
                            ? MIN ((double) progress.rows / progress.expected_rows, 1.0)
                            : -1;

      /* Translators: shown while a document's pages are worked out; %u is the page reached */
      _kr_print_operation_set_progress (
          self, fraction, g_strdup_printf (_ ("Laying out page %u…"), progress.page + 1));
      return;
    }
  /* Until GTK knows which pages are to be printed, all of them. */
  total = gtk_print_operation_get_n_pages_to_print (GTK_PRINT_OPERATION (self));
  if (total <= 0)
    total = (int) progress.n_pages;
  _kr_print_operation_set_progress (
      self, MIN ((double) self->pages_printed / total, 1.0),
      /* Translators: shown while printing; the numbers of a page and of all pages */
      g_strdup_printf (_ ("Printing page %u of %u…"), MIN (self->pages_printed + 1, (guint) total),
                       (guint) total));
}
