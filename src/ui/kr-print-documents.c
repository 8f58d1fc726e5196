/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-print-operation"

#include "config.h"

#include "kr-print-operation-private.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kr-application.h"
#include "kr-date.h"
#include "kr-document-duk.h"
#include "kr-document-employee-list.h"
#include "kr-unit-repository.h"

/* Paper */

static void
set_paper_size (KrPrintOperation *self, GtkPaperSize *size)
{
  g_autoptr (GtkPageSetup) page_setup = gtk_page_setup_new ();

  gtk_page_setup_set_paper_size_and_default_margins (page_setup, size);
  gtk_page_setup_set_orientation (page_setup, self->landscape ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                              : GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), page_setup);
}

KrPaper
kr_print_default_paper (GSettings *settings)
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

KrPaper
kr_print_application_default_paper (void)
{
  GApplication *application = g_application_get_default ();

  return kr_print_default_paper (KR_IS_APPLICATION (application)
                                     ? kr_application_get_settings (KR_APPLICATION (application))
                                     : NULL);
}

/* Starts from the paper chosen earlier in the session, if any. */
static void
use_session_paper (KrPrintOperation *self, GtkWindow *parent)
{
  GObject *session = _kr_print_operation_find_session (parent);
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
      g_memdup2 (&unit_id, sizeof unit_id), g_free, kr_print_default_paper (settings), error);
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
                                              kr_print_default_paper (settings), error);
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

/* Any document that holds its rows */

KrPrintOperation *
kr_print_operation_new_for_document (GtkWindow *parent, KrDocument *document, GSettings *settings)
{
  KrPrintOperation *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (document != NULL, NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = kr_print_operation_new (document, kr_print_default_paper (settings));
  use_session_paper (self, parent);
  return self;
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
  GObject *session = _kr_print_operation_find_session (parent);
  GtkPageSetup *remembered =
      session != NULL ? g_object_get_data (session, SESSION_PAGE_SETUP_KEY) : NULL;
  g_autoptr (GtkPageSetup) page_setup = NULL;

  g_return_if_fail (GTK_IS_WINDOW (parent));

  page_setup = remembered != NULL
                   ? g_object_ref (remembered)
                   : kr_print_page_setup_new (kr_print_default_paper (settings), TRUE);
  gtk_print_run_page_setup_dialog_async (parent, page_setup, NULL, page_setup_done_cb,
                                         session != NULL ? g_object_ref (session) : NULL);
}
