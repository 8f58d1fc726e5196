/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-appraisal-print"

#include "config.h"

#include "kr-appraisal-print.h"

#include <glib/gi18n.h>

#include "kr-application.h"
#include "kr-appraisal-repository.h"
#include "kr-document-appraisal.h"
#include "kr-error.h"
#include "kr-export-job.h"
#include "kr-pdf.h"
#include "kr-print-operation-private.h"

typedef struct
{
  gint64 appraisal_id;
  guint period;
  KrAppraisalDocument document;
  gboolean with_trend;
  KrPaper paper;
} Request;

/* Official terms: do not translate */
static const char *const titles[] = { "Sasaran Kinerja Pegawai", "Evaluasi Kinerja Pegawai",
                                      "Dokumen Evaluasi Kinerja Pegawai" };
static const char *const codes[] = { "skp", "evaluasi", "dokumen-evaluasi" };

G_STATIC_ASSERT (G_N_ELEMENTS (titles) == KR_N_APPRAISAL_DOCUMENTS);

/* Runs in the worker: the sheet, then the document, then the trend annex when asked for. */
static KrDocument *
build_document (KrDatabase *database, const Request *request, GError **error)
{
  g_autoptr (KrAppraisalRepository) repository = kr_appraisal_repository_new (database);
  g_autoptr (KrAppraisalSheet) sheet = NULL;
  g_autoptr (KrDocument) document = NULL;
  g_autoptr (GArray) trend = NULL;
  int period = request->document == KR_APPRAISAL_DOCUMENT_SKP ? -1 : (int) request->period;

  /* The place of signing is the instansi's (appraisal settings), or a dotted line. */
  sheet =
      kr_appraisal_repository_get_sheet (repository, request->appraisal_id, period, NULL, error);
  if (sheet == NULL)
    return NULL;
  switch (request->document)
    {
    case KR_APPRAISAL_DOCUMENT_SKP:
      return kr_document_skp_new (sheet);
    case KR_APPRAISAL_DOCUMENT_EVALUATION:
      document = kr_document_evaluation_new (sheet, error);
      break;
    case KR_APPRAISAL_DOCUMENT_COVER:
      document = kr_document_evaluation_cover_new (sheet);
      break;
    case KR_N_APPRAISAL_DOCUMENTS:
    default:
      g_assert_not_reached ();
    }
  if (document == NULL || !request->with_trend)
    return g_steal_pointer (&document);
  trend = kr_appraisal_repository_list_trend (repository, sheet->employee.employee_id, error);
  if (trend == NULL)
    return NULL;
  kr_document_appraisal_add_trend (document, (const KrAppraisalTrendPoint *) trend->data,
                                   trend->len);
  return g_steal_pointer (&document);
}

static KrDocument *
build_cb (KrDatabase *database, gpointer user_data, GError **error)
{
  return build_document (database, user_data, error);
}

KrDocument *
kr_appraisal_print_build_document (KrDatabase *database,
                                   gint64 appraisal_id,
                                   guint period,
                                   KrAppraisalDocument document,
                                   gboolean with_trend,
                                   GError **error)
{
  Request request = {
    .appraisal_id = appraisal_id, .period = period, .document = document, .with_trend = with_trend
  };

  g_return_val_if_fail (KR_IS_DATABASE (database), NULL);
  g_return_val_if_fail (document < KR_N_APPRAISAL_DOCUMENTS, NULL);

  return build_document (database, &request, error);
}

static GSettings *
get_settings (GtkWindow *parent)
{
  GtkApplication *application = parent != NULL ? gtk_window_get_application (parent) : NULL;

  return KR_IS_APPLICATION (application)
             ? kr_application_get_settings (KR_APPLICATION (application))
             : NULL;
}

/* The paper chosen in the session's page setup, else the default one. */
static KrPaper
choose_paper (GtkWindow *parent)
{
  GObject *session = parent != NULL ? _kr_print_operation_find_session (parent) : NULL;
  GtkPageSetup *remembered =
      session != NULL ? g_object_get_data (session, SESSION_PAGE_SETUP_KEY) : NULL;
  GSettings *settings = get_settings (parent);
  g_autofree char *id = NULL;
  KrPaper paper = KR_PAPER_A4;

  if (remembered != NULL)
    {
      GtkPaperSize *size = gtk_page_setup_get_paper_size (remembered);
      double longer = MAX (gtk_paper_size_get_width (size, GTK_UNIT_MM),
                           gtk_paper_size_get_height (size, GTK_UNIT_MM));

      /* F4 is 330 mm long, A4 297 mm. */
      return longer > 313 ? KR_PAPER_F4 : KR_PAPER_A4;
    }
  if (settings != NULL)
    {
      id = g_settings_get_string (settings, "default-paper");
      kr_paper_from_id (id, &paper);
    }
  return paper;
}

KrPrintOperation *
kr_appraisal_print_operation_new (GtkWindow *parent,
                                  KrDatabase *database,
                                  gint64 appraisal_id,
                                  guint period,
                                  KrAppraisalDocument document,
                                  gboolean with_trend,
                                  GError **error)
{
  Request *request;

  g_return_val_if_fail (KR_IS_DATABASE (database), NULL);
  g_return_val_if_fail (document < KR_N_APPRAISAL_DOCUMENTS, NULL);

  request = g_new0 (Request, 1);
  request->appraisal_id = appraisal_id;
  request->period = period;
  request->document = document;
  request->with_trend = with_trend;
  /* The evaluation's eight columns want landscape paper; the others are portrait. */
  return kr_print_operation_new_for_database (
      database, titles[document], document == KR_APPRAISAL_DOCUMENT_EVALUATION, build_cb, request,
      g_free, choose_paper (parent), error);
}

/* PDF */

static gboolean
write_pdf (KrDatabase *database,
           const char *path,
           gpointer data,
           guint64 *n_written,
           GCancellable *cancellable,
           GError **error)
{
  Request *request = data;
  g_autoptr (KrDocument) document = build_document (database, request, error);

  if (document == NULL)
    return FALSE;
  if (!kr_pdf_write (path, document, request->paper, error))
    return FALSE;
  *n_written = 1;
  return TRUE;
}

static char *
export_message (const char *name, guint64 n_written)
{
  return g_strdup_printf (_ ("Exported to “%s”"), name);
}

void
kr_appraisal_export_pdf (GtkWidget *widget,
                         KrDatabase *database,
                         gint64 appraisal_id,
                         guint period,
                         KrAppraisalDocument document,
                         gboolean with_trend,
                         const char *path,
                         GAsyncReadyCallback done,
                         gpointer user_data)
{
  Request *request;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (KR_IS_DATABASE (database));
  g_return_if_fail (document < KR_N_APPRAISAL_DOCUMENTS);

  request = g_new0 (Request, 1);
  request->appraisal_id = appraisal_id;
  request->period = period;
  request->document = document;
  request->with_trend = with_trend;
  request->paper = choose_paper (GTK_WINDOW (gtk_widget_get_root (widget)));
  kr_export_job_run (widget, database, path, write_pdf, request, g_free, export_message,
                     kr_appraisal_export_pdf, done, user_data);
}

/* Asking */

#define PENDING_KEY "kr-appraisal-print-pending"

typedef struct
{
  KrDatabase *database;
  gint64 appraisal_id;
  guint period;
  char *base_name;
  gboolean export_pdf;
  GtkFileChooserNative **chooser;
  KrAppraisalDocument document;
  gboolean with_trend;
} Pending;

static void
pending_free (Pending *pending)
{
  g_clear_object (&pending->database);
  g_free (pending->base_name);
  g_free (pending);
}

static void
pdf_chosen (GtkWidget *widget, const char *path)
{
  Pending *pending = g_object_get_data (G_OBJECT (widget), PENDING_KEY);

  if (pending != NULL)
    kr_appraisal_export_pdf (widget, pending->database, pending->appraisal_id, pending->period,
                             pending->document, pending->with_trend, path, NULL, NULL);
}

static void
on_document_chosen_cb (AdwMessageDialog *dialog, const char *response, GtkWidget *widget)
{
  Pending *pending = g_object_get_data (G_OBJECT (widget), PENDING_KEY);
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (widget));
  g_autoptr (KrPrintOperation) operation = NULL;
  g_autoptr (GError) error = NULL;
  guint document;

  for (document = 0; document < KR_N_APPRAISAL_DOCUMENTS; document++)
    if (g_strcmp0 (response, codes[document]) == 0)
      break;
  if (pending == NULL || document == KR_N_APPRAISAL_DOCUMENTS)
    return;
  pending->document = document;
  /* The SKP is the plan alone: it has no trend annex. */
  pending->with_trend = document != KR_APPRAISAL_DOCUMENT_SKP &&
                        gtk_check_button_get_active (GTK_CHECK_BUTTON (
                            g_object_get_data (G_OBJECT (dialog), "trend-check")));

  if (pending->export_pdf)
    {
      const KrExportFormat formats[] = { { _ ("PDF Documents"), "*.pdf" } };
      g_autofree char *name = g_strdup_printf ("%s-%s.pdf", codes[document], pending->base_name);

      kr_export_chooser_show (widget, pending->chooser, _ ("Export PDF"), formats, 1, name,
                              pdf_chosen);
      return;
    }
  operation =
      kr_appraisal_print_operation_new (parent, pending->database, pending->appraisal_id,
                                        pending->period, document, pending->with_trend, &error);
  if (operation == NULL)
    {
      GtkWidget *message = adw_message_dialog_new (parent, _ ("Could Not Print"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _ ("_Close"));
      gtk_window_present (GTK_WINDOW (message));
      return;
    }
  kr_print_operation_run_dialog (operation, parent);
}

void
kr_appraisal_print_ask (GtkWidget *widget,
                        KrDatabase *database,
                        gint64 appraisal_id,
                        guint period,
                        const char *base_name,
                        gboolean export_pdf,
                        GtkFileChooserNative **chooser)
{
  GtkWidget *dialog, *box, *check, *note;
  Pending *pending;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (KR_IS_DATABASE (database));

  pending = g_new0 (Pending, 1);
  pending->database = g_object_ref (database);
  pending->appraisal_id = appraisal_id;
  pending->period = period;
  pending->base_name = g_strdup (base_name);
  pending->export_pdf = export_pdf;
  pending->chooser = chooser;
  g_object_set_data_full (G_OBJECT (widget), PENDING_KEY, pending, (GDestroyNotify) pending_free);

  dialog =
      adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                              export_pdf ? _ ("Export PDF") : _ ("Print"), _ ("Which document?"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"));
  for (guint i = 0; i < KR_N_APPRAISAL_DOCUMENTS; i++)
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), codes[i], titles[i]);
  adw_message_dialog_set_response_appearance (
      ADW_MESSAGE_DIALOG (dialog), codes[KR_APPRAISAL_DOCUMENT_EVALUATION], ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog),
                                           codes[KR_APPRAISAL_DOCUMENT_EVALUATION]);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  /* Off unless asked for each time: the annex is an extra page. */
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  check = gtk_check_button_new_with_mnemonic (_ ("Add the predikat _trend as an annex"));
  note = gtk_label_new (_ ("To the Evaluasi and the Dokumen Evaluasi: the employee’s predikat "
                           "year by year"));
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_widget_set_margin_start (note, 28);
  gtk_widget_add_css_class (note, "caption");
  gtk_widget_add_css_class (note, "dim-label");
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), note);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  g_object_set_data (G_OBJECT (dialog), "trend-check", check);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_document_chosen_cb), widget, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
