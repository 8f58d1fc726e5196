/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-selection-print"

#include "config.h"

#include "kr-selection-print.h"

#include <glib/gi18n.h>

#include "kr-date.h"
#include "kr-document-selection.h"
#include "kr-print-operation.h"
#include "kr-training-widgets.h"
#include "kr-unit-repository.h"

/* The instansi: the root above the selection's unit. */
static char *
read_instansi (KrDatabase *database, gint64 unit_id)
{
  g_autoptr (KrUnitRepository) units = kr_unit_repository_new (database);
  KrUnit *unit = unit_id != 0 ? kr_unit_repository_get (units, unit_id, NULL) : NULL;
  char *name;

  while (unit != NULL && unit->parent_id != 0)
    {
      KrUnit *parent = kr_unit_repository_get (units, unit->parent_id, NULL);

      if (parent == NULL)
        break;
      kr_unit_free (unit);
      unit = parent;
    }
  name = unit != NULL ? g_strdup (unit->name) : NULL;
  g_clear_pointer (&unit, kr_unit_free);
  return name;
}

static KrDocument *
build (KrDatabase *database,
       const KrSelectionPrintRequest *request,
       gboolean announcement,
       GError **error)
{
  g_autoptr (KrSelectionRepository) repository = kr_selection_repository_new (database);
  g_autoptr (KrSelectionRanking) ranking = NULL;
  g_autoptr (GPtrArray) panel = NULL;
  g_autofree char *instansi = NULL;
  KrDocumentSelectionScope scope = { 0 };

  ranking = kr_selection_repository_get_ranking (repository, request->selection_id, error);
  if (ranking == NULL)
    return NULL;
  panel = kr_selection_repository_list_panel (repository, request->selection_id, error);
  if (panel == NULL)
    return NULL;
  instansi = read_instansi (database, ranking->selection->unit_id);
  scope.instansi = instansi;
  if (announcement)
    return kr_document_selection_announcement_new (&scope, ranking, panel, request->stage_index,
                                                   error);
  return kr_document_selection_ranking_new (&scope, ranking, panel);
}

KrDocument *
kr_selection_print_build_announcement (KrDatabase *database, gpointer request, GError **error)
{
  return build (database, request, TRUE, error);
}

KrDocument *
kr_selection_print_build_ranking (KrDatabase *database, gpointer request, GError **error)
{
  return build (database, request, FALSE, error);
}

static void
run (GtkWidget *widget,
     KrDatabase *database,
     const char *title,
     gboolean landscape,
     KrPageRecorderBuildFunc build_func,
     gint64 selection_id,
     guint stage_index)
{
  g_autoptr (KrPrintOperation) operation = NULL;
  g_autoptr (GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);
  KrSelectionPrintRequest *request = g_new0 (KrSelectionPrintRequest, 1);

  request->selection_id = selection_id;
  request->stage_index = stage_index;
  operation =
      kr_print_operation_new_for_database (database, title, landscape, build_func, request, g_free,
                                           kr_print_application_default_paper (), &error);
  if (operation == NULL)
    {
      kr_training_show_toast (widget, error->message);
      return;
    }
  kr_print_operation_run_dialog (operation, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
}

void
kr_selection_print_announcement (GtkWidget *widget,
                                 KrDatabase *database,
                                 gint64 selection_id,
                                 guint stage_index)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (database == NULL)
    return;
  /* Official term: do not translate */
  run (widget, database, "Pengumuman Hasil Seleksi", FALSE, kr_selection_print_build_announcement,
       selection_id, stage_index);
}

void
kr_selection_print_ranking (GtkWidget *widget, KrDatabase *database, gint64 selection_id)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (database == NULL)
    return;
  /* Official term: do not translate */
  run (widget, database, "Daftar Peringkat Hasil Seleksi Terbuka", TRUE,
       kr_selection_print_build_ranking, selection_id, 0);
}
