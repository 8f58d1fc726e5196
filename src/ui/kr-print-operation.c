/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-print-operation"

#include "config.h"

#include "kr-print-operation-private.h"

#include <adwaita.h>
#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "kr-error.h"
#include "kr-page-recorder.h"

#define IN_MEMORY ":memory:"

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

GObject *
_kr_print_operation_find_session (GtkWindow *parent)
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

void
_kr_print_operation_set_progress (KrPrintOperation *self, double progress, char *text)
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
  _kr_print_operation_show_progress (self);
}

static void
kr_print_operation_done (GtkPrintOperation *operation, GtkPrintOperationResult result)
{
  KrPrintOperation *self = KR_PRINT_OPERATION (operation);
  g_autoptr (GError) error = NULL;

  self->done = TRUE;
  kr_page_recorder_stop (self->recorder);
  _kr_print_operation_close_progress_dialog (self);
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
  _kr_print_operation_close_progress_dialog (self);
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
  operation_class->begin_print = _kr_print_operation_begin_print;
  operation_class->paginate = _kr_print_operation_paginate;
  operation_class->draw_page = _kr_print_operation_draw_page;
  operation_class->end_print = _kr_print_operation_end_print;
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
  _kr_print_operation_stop (self, NULL);
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
  set_weak (&self->session, _kr_print_operation_find_session (parent));
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
