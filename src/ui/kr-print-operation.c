/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-print-operation"

#include "config.h"

#include "kr-print-operation.h"

#include <adwaita.h>
#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "kr-date.h"
#include "kr-document-duk.h"
#include "kr-document-employee-list.h"
#include "kr-error.h"
#include "kr-page-recorder.h"
#include "kr-unit-repository.h"

/* What the print dialog last printed with, kept on the application for the session. */
#define SESSION_SETTINGS_KEY   "kr-print-settings"
#define SESSION_PAGE_SETUP_KEY "kr-print-page-setup"

/* The longest the main thread waits for the worker at a time, well under a frame. */
#define WAIT_USEC (4 * G_TIME_SPAN_MILLISECOND)
/* A print shorter than this shows no progress dialog, which would only flash. */
#define PROGRESS_DELAY_MS 250
/* How often the progress is updated. */
#define PROGRESS_INTERVAL_USEC (50 * G_TIME_SPAN_MILLISECOND)

#define IN_MEMORY ":memory:"

/* Printing without blocking the main loop.
 *
 * Once the user has chosen the paper (begin-print), a KrPageRecorder lays the document out in
 * a worker thread while GTK calls paginate, which waits a few milliseconds at a time for it.
 * Then draw-page takes each page the worker recorded and replays it; when the page is not
 * there yet, it defers the drawing (gtk_print_operation_set_defer_drawing()) and an idle waits
 * for the page a few milliseconds at a time, so the main loop keeps running, above GTK's own
 * printing idle, which has nothing to do meanwhile. */

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

G_DEFINE_FINAL_TYPE (KrPrintOperation, kr_print_operation, GTK_TYPE_PRINT_OPERATION)

enum
{
  PROP_0,
  PROP_PROGRESS,
  PROP_PROGRESS_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

static GObject *
find_session (GtkWindow *parent)
{
  GtkApplication *application = parent != NULL ? gtk_window_get_application (parent) : NULL;

  if (application != NULL)
    return G_OBJECT (application);
  return (GObject *) g_application_get_default ();
}

static void
set_weak (GObject **pointer, gpointer object)
{
  if (*pointer != NULL)
    g_object_remove_weak_pointer (*pointer, (gpointer *) pointer);
  *pointer = object;
  if (object != NULL)
    g_object_add_weak_pointer (object, (gpointer *) pointer);
}

static void
show_error (KrPrintOperation *self, const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (self->parent, _ ("Could Not Print"), error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Keeps the printer and paper the user printed with, but not what belongs to one job. */
static void
remember_choices (KrPrintOperation *self)
{
  GtkPrintSettings *used = gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (self));
  g_autoptr (GtkPrintSettings) kept = NULL;
  g_autoptr (GtkPaperSize) paper = NULL;

  if (self->session == NULL || used == NULL)
    return;

  kept = gtk_print_settings_copy (used);
  gtk_print_settings_unset (kept, GTK_PRINT_SETTINGS_ORIENTATION);
  gtk_print_settings_unset (kept, GTK_PRINT_SETTINGS_PRINT_PAGES);
  gtk_print_settings_unset (kept, GTK_PRINT_SETTINGS_PAGE_RANGES);
  g_object_set_data_full (self->session, SESSION_SETTINGS_KEY, g_object_ref (kept), g_object_unref);

  paper = gtk_print_settings_get_paper_size (kept);
  if (paper != NULL)
    {
      GtkPageSetup *page_setup = gtk_page_setup_new ();

      gtk_page_setup_set_paper_size (page_setup, paper);
      g_object_set_data_full (self->session, SESSION_PAGE_SETUP_KEY, page_setup, g_object_unref);
    }
}

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

static void
close_progress_dialog (KrPrintOperation *self)
{
  GtkWidget *dialog = self->progress_dialog;

  g_clear_handle_id (&self->progress_timeout_id, g_source_remove);
  if (dialog == NULL)
    return;
  g_signal_handlers_disconnect_by_data (dialog, self);
  progress_destroyed_cb (self);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
show_progress (KrPrintOperation *self)
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
  show_progress (self);
  gtk_window_present (GTK_WINDOW (dialog));
  return G_SOURCE_REMOVE;
}

static void
set_progress (KrPrintOperation *self, double progress, char *text)
{
  g_autofree char *owned = text;

  if (progress != self->progress)
    {
      self->progress = progress;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
    }
  if (g_strcmp0 (text, self->progress_text) != 0)
    {
      g_free (self->progress_text);
      self->progress_text = g_steal_pointer (&owned);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS_TEXT]);
    }
  show_progress (self);
}

/* Reads how far the work has come, at most every PROGRESS_INTERVAL_USEC unless @now. */
static void
update_progress (KrPrintOperation *self, gboolean now)
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
      set_progress (self, fraction, g_strdup_printf (_ ("Laying out page %u…"), progress.page + 1));
      return;
    }
  /* Until GTK knows which pages are to be printed, all of them. */
  total = gtk_print_operation_get_n_pages_to_print (GTK_PRINT_OPERATION (self));
  if (total <= 0)
    total = (int) progress.n_pages;
  set_progress (self, MIN ((double) self->pages_printed / total, 1.0),
                /* Translators: shown while printing; the numbers of a page and of all pages */
                g_strdup_printf (_ ("Printing page %u of %u…"),
                                 MIN (self->pages_printed + 1, (guint) total), (guint) total));
}

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
  update_progress (self, FALSE);
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
static void
stop (KrPrintOperation *self, GError *error)
{
  if (error != NULL && self->error == NULL)
    self->error = error;
  else if (error != NULL)
    g_error_free (error);
  kr_page_recorder_stop (self->recorder);
  gtk_print_operation_cancel (GTK_PRINT_OPERATION (self));
  finish_deferred (self);
  close_progress_dialog (self);
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
      update_progress (self, FALSE);
      return G_SOURCE_CONTINUE;
    }
  self->wait_id = 0;
  if (surface == NULL)
    {
      /* After Cancel, the worker's "cancelled" is no news to the user. */
      if (self->cancelled)
        g_clear_error (&error);
      stop (self, error);
      return G_SOURCE_REMOVE;
    }
  replay (self->context, surface);
  cairo_surface_destroy (surface);
  finish_deferred (self);
  page_printed (self);
  return G_SOURCE_REMOVE;
}

/* GtkPrintOperation */

static void
kr_print_operation_begin_print (GtkPrintOperation *operation, GtkPrintContext *context)
{
  KrPrintOperation *self = KR_PRINT_OPERATION (operation);

  g_return_if_fail (!self->started);

  g_set_object (&self->context, context);
  self->started = TRUE;
  kr_page_recorder_start (self->recorder, gtk_print_context_get_width (context),
                          gtk_print_context_get_height (context));
  update_progress (self, TRUE);
  if (self->progress_parent != NULL)
    self->progress_timeout_id =
        g_timeout_add_full (G_PRIORITY_DEFAULT, PROGRESS_DELAY_MS, show_progress_dialog_cb,
                            g_object_ref (self), g_object_unref);
}

static gboolean
kr_print_operation_paginate (GtkPrintOperation *operation, GtkPrintContext *context)
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
      update_progress (self, TRUE);
      return TRUE;
    }
  if (error != NULL)
    stop (self, error);
  else
    update_progress (self, FALSE);
  return FALSE;
}

static void
kr_print_operation_draw_page (GtkPrintOperation *operation, GtkPrintContext *context, int page_nr)
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
      stop (self, error);
      return;
    }

  gtk_print_operation_set_defer_drawing (operation);
  self->deferred_page = page_nr;
  self->wait_id =
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, wait_cb, g_object_ref (self), g_object_unref);
}

static void
kr_print_operation_end_print (GtkPrintOperation *operation, GtkPrintContext *context)
{
  KrPrintOperation *self = KR_PRINT_OPERATION (operation);

  if (!self->cancelled && self->error == NULL)
    update_progress (self, TRUE);
  kr_page_recorder_stop (self->recorder);
  g_clear_handle_id (&self->wait_id, g_source_remove);
  self->deferred_page = -1;
  close_progress_dialog (self);
  g_clear_object (&self->context);
}

static void
kr_print_operation_done (GtkPrintOperation *operation, GtkPrintOperationResult result)
{
  KrPrintOperation *self = KR_PRINT_OPERATION (operation);
  g_autoptr (GError) error = NULL;

  self->done = TRUE;
  kr_page_recorder_stop (self->recorder);
  close_progress_dialog (self);
  if (!self->with_dialog)
    return;

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY && self->error == NULL)
    remember_choices (self);
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      if (error != NULL)
        show_error (self, error);
    }
  else if (self->error != NULL)
    show_error (self, self->error);
}

static void
kr_print_operation_dispose (GObject *object)
{
  KrPrintOperation *self = KR_PRINT_OPERATION (object);

  if (self->recorder != NULL)
    kr_page_recorder_stop (self->recorder);
  g_clear_handle_id (&self->wait_id, g_source_remove);
  close_progress_dialog (self);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (kr_print_operation_parent_class)->dispose (object);
}

static void
kr_print_operation_finalize (GObject *object)
{
  KrPrintOperation *self = KR_PRINT_OPERATION (object);

  set_weak ((GObject **) &self->parent, NULL);
  set_weak ((GObject **) &self->progress_parent, NULL);
  set_weak (&self->session, NULL);
  /* A worker still stopping holds a reference of its own. */
  g_clear_pointer (&self->recorder, kr_page_recorder_unref);
  g_clear_error (&self->error);
  g_free (self->title);
  g_free (self->progress_text);

  G_OBJECT_CLASS (kr_print_operation_parent_class)->finalize (object);
}

static void
kr_print_operation_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KrPrintOperation *self = KR_PRINT_OPERATION (object);

  switch (prop_id)
    {
    case PROP_PROGRESS:
      g_value_set_double (value, self->progress);
      break;
    case PROP_PROGRESS_TEXT:
      g_value_set_string (value, self->progress_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_print_operation_class_init (KrPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->dispose = kr_print_operation_dispose;
  object_class->finalize = kr_print_operation_finalize;
  object_class->get_property = kr_print_operation_get_property;
  operation_class->begin_print = kr_print_operation_begin_print;
  operation_class->paginate = kr_print_operation_paginate;
  operation_class->draw_page = kr_print_operation_draw_page;
  operation_class->end_print = kr_print_operation_end_print;
  operation_class->done = kr_print_operation_done;

  /**
   * KrPrintOperation:progress:
   *
   * How far the current phase (laying out, printing) has come, from 0 to 1, or -1 while
   * the end is not known.
   */
  properties[PROP_PROGRESS] =
      g_param_spec_double ("progress", NULL, NULL, -1.0, 1.0, 0.0,
                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * KrPrintOperation:progress-text:
   *
   * What the operation is doing, as the progress dialog says it.
   */
  properties[PROP_PROGRESS_TEXT] =
      g_param_spec_string ("progress-text", NULL, NULL, NULL,
                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kr_print_operation_init (KrPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);

  self->deferred_page = -1;
  /* The document sets its own margins, identical on paper and in a PDF. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
}

/* Page setup */

GtkPageSetup *
kr_print_page_setup_new (KrPaper paper, gboolean landscape)
{
  GtkPageSetup *page_setup = gtk_page_setup_new ();
  g_autoptr (GtkPaperSize) size = NULL;
  double width, height;

  g_return_val_if_fail (paper < KR_N_PAPERS, NULL);

  kr_paper_get_size_mm (paper, &width, &height);
  /* A4 is a standard size printers know by name; F4 is not, so it is described. */
  if (paper == KR_PAPER_A4)
    size = gtk_paper_size_new (kr_paper_get_pwg_name (paper));
  else
    size = gtk_paper_size_new_custom (kr_paper_get_pwg_name (paper), kr_paper_get_label (paper),
                                      width, height, GTK_UNIT_MM);
  gtk_page_setup_set_paper_size_and_default_margins (page_setup, size);
  gtk_page_setup_set_orientation (page_setup, landscape ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                        : GTK_PAGE_ORIENTATION_PORTRAIT);
  return page_setup;
}

static void
set_paper_size (KrPrintOperation *self, GtkPaperSize *size)
{
  g_autoptr (GtkPageSetup) page_setup = gtk_page_setup_new ();

  gtk_page_setup_set_paper_size_and_default_margins (page_setup, size);
  gtk_page_setup_set_orientation (page_setup, self->landscape ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                              : GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), page_setup);
}

static KrPrintOperation *
new_operation (const char *title, gboolean landscape, KrPaper paper)
{
  KrPrintOperation *self = g_object_new (KR_TYPE_PRINT_OPERATION, NULL);
  g_autoptr (GtkPageSetup) page_setup = kr_print_page_setup_new (paper, landscape);

  self->title = g_strdup (title);
  self->landscape = landscape;
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), page_setup);
  if (title != NULL)
    gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), title);
  return self;
}

KrPrintOperation *
kr_print_operation_new (KrDocument *document, KrPaper paper)
{
  KrPrintOperation *self;

  g_return_val_if_fail (document != NULL, NULL);
  g_return_val_if_fail (paper < KR_N_PAPERS, NULL);

  self =
      new_operation (kr_document_get_title (document), kr_document_get_landscape (document), paper);
  self->recorder = kr_page_recorder_new (document);
  return self;
}

/* The worker's connection reads as the window's signed-in identity, so that a unit head
 * prints their own subtree and nothing else. */
typedef struct
{
  KrPageRecorderBuildFunc build;
  gpointer user_data;
  GDestroyNotify destroy;
  KrIdentity *identity;
} SignedBuild;

static void
signed_build_free (SignedBuild *signed_build)
{
  if (signed_build->destroy != NULL)
    signed_build->destroy (signed_build->user_data);
  g_clear_pointer (&signed_build->identity, kr_identity_unref);
  g_free (signed_build);
}

static KrDocument *
signed_build_cb (KrDatabase *database, gpointer user_data, GError **error)
{
  SignedBuild *signed_build = user_data;

  kr_database_set_identity (database, signed_build->identity);
  return signed_build->build (database, signed_build->user_data, error);
}

KrPrintOperation *
kr_print_operation_new_for_database (KrDatabase *database,
                                     const char *title,
                                     gboolean landscape,
                                     KrPageRecorderBuildFunc build,
                                     gpointer user_data,
                                     GDestroyNotify destroy,
                                     KrPaper paper,
                                     GError **error)
{
  KrPrintOperation *self;
  SignedBuild *signed_build;

  g_return_val_if_fail (KR_IS_DATABASE (database), NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (build != NULL, NULL);
  g_return_val_if_fail (paper < KR_N_PAPERS, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_strcmp0 (kr_database_get_path (database), IN_MEMORY) == 0)
    {
      if (destroy != NULL)
        destroy (user_data);
      g_set_error_literal (error, KR_ERROR, KR_ERROR_INVALID,
                           _ ("A database kept only in memory cannot be printed from; save it to "
                              "a file first"));
      return NULL;
    }
  signed_build = g_new0 (SignedBuild, 1);
  signed_build->build = build;
  signed_build->user_data = user_data;
  signed_build->destroy = destroy;
  if (kr_database_get_identity (database) != NULL)
    signed_build->identity = kr_identity_ref (kr_database_get_identity (database));
  self = new_operation (title, landscape, paper);
  self->recorder =
      kr_page_recorder_new_for_database (kr_database_get_path (database), signed_build_cb,
                                         signed_build, (GDestroyNotify) signed_build_free);
  return self;
}

KrDocument *
kr_print_operation_get_document (KrPrintOperation *self)
{
  g_return_val_if_fail (KR_IS_PRINT_OPERATION (self), NULL);

  return kr_page_recorder_get_document (self->recorder);
}

guint
kr_print_operation_get_n_pages (KrPrintOperation *self)
{
  KrPageRecorderProgress progress;

  g_return_val_if_fail (KR_IS_PRINT_OPERATION (self), 0);

  kr_page_recorder_get_progress (self->recorder, &progress);
  return progress.paginated ? progress.n_pages : 0;
}

double
kr_print_operation_get_progress (KrPrintOperation *self)
{
  g_return_val_if_fail (KR_IS_PRINT_OPERATION (self), 0);

  return self->progress;
}

const char *
kr_print_operation_get_progress_text (KrPrintOperation *self)
{
  g_return_val_if_fail (KR_IS_PRINT_OPERATION (self), NULL);

  return self->progress_text;
}

void
kr_print_operation_set_progress_parent (KrPrintOperation *self, GtkWindow *parent)
{
  g_return_if_fail (KR_IS_PRINT_OPERATION (self));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  set_weak ((GObject **) &self->progress_parent, parent);
}

GtkWindow *
kr_print_operation_get_progress_dialog (KrPrintOperation *self)
{
  g_return_val_if_fail (KR_IS_PRINT_OPERATION (self), NULL);

  return self->progress_dialog != NULL ? GTK_WINDOW (self->progress_dialog) : NULL;
}

void
kr_print_operation_cancel_job (KrPrintOperation *self)
{
  g_return_if_fail (KR_IS_PRINT_OPERATION (self));

  if (self->done || self->cancelled)
    return;
  self->cancelled = TRUE;
  stop (self, NULL);
}

/* Running */

static void
set_file_error (GError **error, const char *path, int saved_errno)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, KR_ERROR, saved_errno == ENOENT ? KR_ERROR_NOT_FOUND : KR_ERROR_STORAGE,
               /* Translators: the first %s is a file name, the second says why */
               _ ("Could not write “%s”: %s"), name, g_strerror (saved_errno));
}

gboolean
kr_print_operation_export_pdf (KrPrintOperation *self, const char *path, GError **error)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  g_autoptr (GError) local_error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temp_path = NULL;
  GtkPrintOperationResult result;
  int fd;

  g_return_val_if_fail (KR_IS_PRINT_OPERATION (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Beside the destination, so that the rename stays on one file system. */
  folder = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  temp_path = g_strdup_printf ("%s%c.%s.XXXXXX", folder, G_DIR_SEPARATOR, base);
  fd = g_mkstemp (temp_path);
  if (fd < 0)
    {
      set_file_error (error, path, errno);
      return FALSE;
    }
  close (fd);

  gtk_print_operation_set_export_filename (operation, temp_path);
  result =
      gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &local_error);
  /* Nothing the row sources use may go before the worker has stopped. */
  kr_page_recorder_join (self->recorder);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && local_error == NULL)
    local_error = g_error_new (KR_ERROR, KR_ERROR_STORAGE, _ ("Could not write “%s”"), path);
  if (local_error == NULL && self->error != NULL)
    local_error = g_error_copy (self->error);
  if (local_error == NULL && self->cancelled)
    local_error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, g_strerror (ECANCELED));
  if (local_error == NULL && g_rename (temp_path, path) != 0)
    set_file_error (&local_error, path, errno);
  if (local_error != NULL)
    {
      g_unlink (temp_path);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

void
kr_print_operation_run_dialog (KrPrintOperation *self, GtkWindow *parent)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  GtkPrintSettings *remembered;
  g_autoptr (GError) error = NULL;
  GtkPrintOperationResult result;

  g_return_if_fail (KR_IS_PRINT_OPERATION (self));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  self->with_dialog = TRUE;
  set_weak ((GObject **) &self->parent, parent);
  if (self->progress_parent == NULL)
    kr_print_operation_set_progress_parent (self, parent);
  set_weak (&self->session, find_session (parent));
  remembered =
      self->session != NULL ? g_object_get_data (self->session, SESSION_SETTINGS_KEY) : NULL;
  if (remembered != NULL)
    {
      g_autoptr (GtkPrintSettings) settings = gtk_print_settings_copy (remembered);

      gtk_print_operation_set_print_settings (operation, settings);
    }

  gtk_print_operation_set_allow_async (operation, TRUE);
  result =
      gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error);
  /* Normally ::done reports the outcome; an operation that failed before starting may not
   * emit it. */
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && !self->done && error != NULL)
    show_error (self, error);
}

static KrPaper
default_paper (GSettings *settings)
{
  g_autofree char *id = NULL;
  KrPaper paper = KR_PAPER_A4;

  if (settings != NULL)
    {
      id = g_settings_get_string (settings, "default-paper");
      kr_paper_from_id (id, &paper);
    }
  return paper;
}

/* Starts from the paper chosen earlier in the session, if any. */
static void
use_session_paper (KrPrintOperation *self, GtkWindow *parent)
{
  GObject *session = find_session (parent);
  GtkPageSetup *remembered =
      session != NULL ? g_object_get_data (session, SESSION_PAGE_SETUP_KEY) : NULL;

  if (remembered != NULL)
    set_paper_size (self, gtk_page_setup_get_paper_size (remembered));
}

static void
show_start_error (GtkWindow *parent, const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, _ ("Could Not Print"), error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The DUK */

static KrDocument *
build_duk_cb (KrDatabase *database, gpointer user_data, GError **error)
{
  const gint64 *unit_id = user_data;

  return kr_document_duk_new (database, *unit_id, NULL, NULL, error);
}

KrPrintOperation *
kr_print_operation_new_duk (GtkWindow *parent,
                            KrDatabase *database,
                            gint64 unit_id,
                            GSettings *settings,
                            GError **error)
{
  KrPrintOperation *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KR_IS_DATABASE (database), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  /* A unit that is gone is said at once, not after the print dialog. */
  if (unit_id != 0)
    {
      g_autoptr (KrUnitRepository) units = kr_unit_repository_new (database);
      g_autoptr (KrUnit) unit = kr_unit_repository_get (units, unit_id, error);

      if (unit == NULL)
        return NULL;
    }
  /* Official term: do not translate */
  self = kr_print_operation_new_for_database (
      database, "Daftar Urut Kepangkatan Pegawai Negeri Sipil", TRUE, build_duk_cb,
      g_memdup2 (&unit_id, sizeof unit_id), g_free, default_paper (settings), error);
  if (self != NULL)
    use_session_paper (self, parent);
  return self;
}

void
kr_print_duk (GtkWindow *parent, KrDatabase *database, gint64 unit_id, GSettings *settings)
{
  g_autoptr (KrPrintOperation) self = NULL;
  g_autoptr (GError) error = NULL;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (KR_IS_DATABASE (database));

  self = kr_print_operation_new_duk (parent, database, unit_id, settings, &error);
  if (self == NULL)
    {
      show_start_error (parent, error);
      return;
    }
  /* GTK holds the operation while the dialog is open. */
  kr_print_operation_run_dialog (self, parent);
}

/* The employee list */

typedef struct
{
  KrEmployeeQuery *query;
  GDate date;
} ListRequest;

static void
list_request_free (gpointer data)
{
  ListRequest *request = data;

  kr_employee_query_free (request->query);
  g_free (request);
}

static KrDocument *
build_employee_list_cb (KrDatabase *database, gpointer user_data, GError **error)
{
  ListRequest *request = user_data;

  return kr_document_employee_list_new (database, request->query, &request->date, error);
}

KrPrintOperation *
kr_print_operation_new_employee_list (GtkWindow *parent,
                                      KrDatabase *database,
                                      const KrEmployeeQuery *query,
                                      GSettings *settings,
                                      GError **error)
{
  KrPrintOperation *self;
  ListRequest *request;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KR_IS_DATABASE (database), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  /* What the list shows now, even if the user changes it while the pages are laid out. */
  request = g_new0 (ListRequest, 1);
  request->query = query != NULL ? kr_employee_query_copy (query) : kr_employee_query_new ();
  kr_date_today (NULL, &request->date);
  /* Official term: do not translate */
  self = kr_print_operation_new_for_database (database, "Daftar Pegawai", TRUE,
                                              build_employee_list_cb, request, list_request_free,
                                              default_paper (settings), error);
  if (self != NULL)
    use_session_paper (self, parent);
  return self;
}

void
kr_print_employee_list (GtkWindow *parent,
                        KrDatabase *database,
                        const KrEmployeeQuery *query,
                        GSettings *settings)
{
  g_autoptr (KrPrintOperation) self = NULL;
  g_autoptr (GError) error = NULL;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (KR_IS_DATABASE (database));

  self = kr_print_operation_new_employee_list (parent, database, query, settings, &error);
  if (self == NULL)
    {
      show_start_error (parent, error);
      return;
    }
  kr_print_operation_run_dialog (self, parent);
}

/* Page setup dialog */

static void
page_setup_done_cb (GtkPageSetup *page_setup, gpointer user_data)
{
  g_autoptr (GObject) session = user_data;

  /* NULL when the dialog was cancelled. */
  if (page_setup != NULL && session != NULL)
    g_object_set_data_full (session, SESSION_PAGE_SETUP_KEY, g_object_ref (page_setup),
                            g_object_unref);
}

void
kr_print_run_page_setup (GtkWindow *parent, GSettings *settings)
{
  GObject *session = find_session (parent);
  GtkPageSetup *remembered =
      session != NULL ? g_object_get_data (session, SESSION_PAGE_SETUP_KEY) : NULL;
  g_autoptr (GtkPageSetup) page_setup = NULL;

  g_return_if_fail (GTK_IS_WINDOW (parent));

  page_setup = remembered != NULL ? g_object_ref (remembered)
                                  : kr_print_page_setup_new (default_paper (settings), TRUE);
  gtk_print_run_page_setup_dialog_async (parent, page_setup, NULL, page_setup_done_cb,
                                         session != NULL ? g_object_ref (session) : NULL);
}
