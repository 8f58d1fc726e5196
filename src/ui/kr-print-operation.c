/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-print-operation"

#include "config.h"

#include "kr-print-operation.h"

#include <adwaita.h>
#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "kr-document-duk.h"
#include "kr-error.h"

/* What the print dialog last printed with, kept on the application for the session. */
#define SESSION_SETTINGS_KEY   "kr-print-settings"
#define SESSION_PAGE_SETUP_KEY "kr-print-page-setup"

struct _KrPrintOperation
{
  GtkPrintOperation parent_instance;

  KrDocument *document;
  GError *error;     /* the document's error, which GTK only sees as a cancellation */
  GtkWindow *parent; /* weak: where to show errors, when run with a dialog */
  GObject *session;  /* weak: the application that remembers the choices */
  gboolean with_dialog;
  gboolean done;
};

G_DEFINE_FINAL_TYPE (KrPrintOperation, kr_print_operation, GTK_TYPE_PRINT_OPERATION)

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

/* GtkPrintOperation */

static void
kr_print_operation_begin_print (GtkPrintOperation *operation, GtkPrintContext *context)
{
  KrPrintOperation *self = KR_PRINT_OPERATION (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  g_clear_error (&self->error);
  if (!kr_document_paginate (self->document, cr, gtk_print_context_get_width (context),
                             gtk_print_context_get_height (context), &self->error))
    {
      gtk_print_operation_cancel (operation);
      return;
    }
  gtk_print_operation_set_n_pages (operation, (int) kr_document_get_n_pages (self->document));
}

static void
kr_print_operation_draw_page (GtkPrintOperation *operation, GtkPrintContext *context, int page_nr)
{
  KrPrintOperation *self = KR_PRINT_OPERATION (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  if (self->error != NULL || page_nr < 0 ||
      (guint) page_nr >= kr_document_get_n_pages (self->document))
    return;
  if (!kr_document_draw_pages (self->document, cr, (guint) page_nr, (guint) page_nr, NULL, NULL,
                               &self->error))
    gtk_print_operation_cancel (operation);
}

static void
kr_print_operation_done (GtkPrintOperation *operation, GtkPrintOperationResult result)
{
  KrPrintOperation *self = KR_PRINT_OPERATION (operation);
  g_autoptr (GError) error = NULL;

  self->done = TRUE;
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
kr_print_operation_finalize (GObject *object)
{
  KrPrintOperation *self = KR_PRINT_OPERATION (object);

  set_weak ((GObject **) &self->parent, NULL);
  set_weak (&self->session, NULL);
  g_clear_pointer (&self->document, kr_document_free);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (kr_print_operation_parent_class)->finalize (object);
}

static void
kr_print_operation_class_init (KrPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = kr_print_operation_finalize;
  operation_class->begin_print = kr_print_operation_begin_print;
  operation_class->draw_page = kr_print_operation_draw_page;
  operation_class->done = kr_print_operation_done;
}

static void
kr_print_operation_init (KrPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);

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
  gtk_page_setup_set_orientation (page_setup, kr_document_get_landscape (self->document)
                                                  ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                  : GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), page_setup);
}

KrPrintOperation *
kr_print_operation_new (KrDocument *document, KrPaper paper)
{
  KrPrintOperation *self;
  g_autoptr (GtkPageSetup) page_setup = NULL;

  g_return_val_if_fail (document != NULL, NULL);
  g_return_val_if_fail (paper < KR_N_PAPERS, NULL);

  self = g_object_new (KR_TYPE_PRINT_OPERATION, NULL);
  self->document = document;
  kr_document_set_keep_rows (document, TRUE);
  page_setup = kr_print_page_setup_new (paper, kr_document_get_landscape (document));
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), page_setup);
  if (kr_document_get_title (document) != NULL)
    gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), kr_document_get_title (document));
  return self;
}

KrDocument *
kr_print_operation_get_document (KrPrintOperation *self)
{
  g_return_val_if_fail (KR_IS_PRINT_OPERATION (self), NULL);

  return self->document;
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
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && local_error == NULL)
    local_error = g_error_new (KR_ERROR, KR_ERROR_STORAGE, _ ("Could not write “%s”"), path);
  if (local_error == NULL && self->error != NULL)
    local_error = g_error_copy (self->error);
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

/* The DUK */

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

KrPrintOperation *
kr_print_operation_new_duk (GtkWindow *parent,
                            KrDatabase *database,
                            gint64 unit_id,
                            GSettings *settings,
                            GError **error)
{
  KrDocument *document;
  KrPrintOperation *self;
  GObject *session = find_session (parent);
  GtkPageSetup *remembered;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KR_IS_DATABASE (database), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  document = kr_document_duk_new (database, unit_id, NULL, NULL, error);
  if (document == NULL)
    return NULL;
  self = kr_print_operation_new (document, default_paper (settings));
  remembered = session != NULL ? g_object_get_data (session, SESSION_PAGE_SETUP_KEY) : NULL;
  if (remembered != NULL)
    set_paper_size (self, gtk_page_setup_get_paper_size (remembered));
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
      GtkWidget *dialog = adw_message_dialog_new (parent, _ ("Could Not Print"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  /* GTK holds the operation while the dialog is open. */
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
