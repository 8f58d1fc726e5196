/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-print"

#include "config.h"

#include "kr-training-print.h"

#include <glib/gi18n.h>

#include "kr-application.h"
#include "kr-date.h"
#include "kr-document-training.h"
#include "kr-print-operation.h"
#include "kr-unit-repository.h"

/* The name of the instansi: the first root of the organisation tree. */
static char *
dup_instansi (KrDatabase *database)
{
  g_autoptr (KrUnitRepository) units = kr_unit_repository_new (database);
  g_autoptr (GPtrArray) roots = kr_unit_repository_list_children (units, 0, NULL);

  if (roots == NULL || roots->len == 0)
    return NULL;
  return g_strdup (((KrUnit *) g_ptr_array_index (roots, 0))->name);
}

KrDocument *
kr_training_print_new_participants (KrTrainingRepository *training,
                                    gint64 session_id,
                                    GError **error)
{
  g_autoptr (KrTrainingSession) session = NULL;
  g_autoptr (KrCourse) course = NULL;
  g_autoptr (GPtrArray) enrolments = NULL;
  g_autofree char *instansi = NULL;
  GDate today;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (training), NULL);

  session = kr_training_repository_get_session (training, session_id, error);
  if (session == NULL)
    return NULL;
  course = kr_training_repository_get_course (training, session->course_id, error);
  if (course == NULL)
    return NULL;
  enrolments = kr_training_repository_list_enrolments (training, session_id, error);
  if (enrolments == NULL)
    return NULL;
  instansi = dup_instansi (kr_training_repository_get_database (training));
  kr_date_today (NULL, &today);
  return kr_document_training_participants_new (instansi, session, course->provider, enrolments,
                                                NULL, &today);
}

void
kr_training_print_participants (GtkWidget *widget,
                                KrTrainingRepository *training,
                                gint64 session_id)
{
  GApplication *application = g_application_get_default ();
  GSettings *settings = KR_IS_APPLICATION (application)
                            ? kr_application_get_settings (KR_APPLICATION (application))
                            : NULL;
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWindow *parent = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
  g_autoptr (KrPrintOperation) operation = NULL;
  g_autoptr (GError) error = NULL;
  KrDocument *document;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (KR_IS_TRAINING_REPOSITORY (training));

  document = kr_training_print_new_participants (training, session_id, &error);
  if (document == NULL)
    {
      GtkWidget *dialog =
          adw_message_dialog_new (parent, _ ("Could Not Print the Participants"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  operation = kr_print_operation_new_for_document (parent, document, settings);
  kr_print_operation_run_dialog (operation, parent);
}
