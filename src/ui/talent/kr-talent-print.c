/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-talent-print"

#include "config.h"

#include "kr-talent-print.h"

#include "kr-date.h"
#include "kr-document-talent.h"
#include "kr-print-operation.h"
#include "kr-training-widgets.h"
#include "kr-unit-repository.h"

/* The heading: the instansi (the root above the unit, or the only root) and the unit. */
typedef struct
{
  KrUnit *unit;
  KrUnit *root;
} Heading;

static void
heading_clear (Heading *heading)
{
  g_clear_pointer (&heading->unit, kr_unit_free);
  g_clear_pointer (&heading->root, kr_unit_free);
}

static void
read_heading (KrDatabase *database, gint64 unit_id, Heading *heading, KrDocumentTalentScope *scope)
{
  g_autoptr (KrUnitRepository) units = kr_unit_repository_new (database);
  gint64 parent_id;

  if (unit_id != 0)
    heading->unit = kr_unit_repository_get (units, unit_id, NULL);
  parent_id = heading->unit != NULL ? heading->unit->parent_id : 0;
  while (parent_id != 0)
    {
      g_clear_pointer (&heading->root, kr_unit_free);
      heading->root = kr_unit_repository_get (units, parent_id, NULL);
      parent_id = heading->root != NULL ? heading->root->parent_id : 0;
    }
  if (heading->unit == NULL)
    {
      g_autoptr (GPtrArray) roots = kr_unit_repository_list_children (units, 0, NULL);

      if (roots != NULL && roots->len == 1)
        heading->root = kr_unit_copy (g_ptr_array_index (roots, 0));
    }
  scope->instansi = heading->root != NULL ? heading->root->name
                                          : (heading->unit != NULL ? heading->unit->name : NULL);
  scope->unit_name = heading->unit != NULL && heading->root != NULL ? heading->unit->name : NULL;
  scope->subtree = TRUE;
}

KrDocument *
kr_talent_print_build_grid (KrDatabase *database, gpointer data, GError **error)
{
  const KrTalentQuery *query = data;
  g_autoptr (KrTalentRepository) repository = kr_talent_repository_new (database);
  g_autoptr (GPtrArray) boxes = kr_talent_repository_list_boxes (repository, error);
  KrDocumentTalentScope scope = { 0 };
  KrTalentGridCounts counts;
  Heading heading = { 0 };
  KrDocument *document;
  GDate today;

  if (boxes == NULL || !kr_talent_repository_count_grid (repository, query, &counts, NULL, error))
    return NULL;
  read_heading (database, query->unit_id, &heading, &scope);
  kr_date_today (NULL, &today);
  scope.year = query->year;
  scope.date = &today;
  document = kr_document_talent_grid_new (&scope, &counts, boxes);
  heading_clear (&heading);
  return document;
}

KrDocument *
kr_talent_print_build_succession (KrDatabase *database, gpointer data, GError **error)
{
  const KrTalentQuery *query = data;
  g_autoptr (KrTalentRepository) repository = kr_talent_repository_new (database);
  g_autoptr (GPtrArray) plans =
      kr_talent_repository_list_plans (repository, query->unit_id, TRUE, FALSE, error);
  KrDocumentTalentScope scope = { 0 };
  Heading heading = { 0 };
  KrDocument *document;
  GDate today;

  if (plans == NULL)
    return NULL;
  read_heading (database, query->unit_id, &heading, &scope);
  kr_date_today (NULL, &today);
  scope.date = &today;
  document = kr_document_talent_succession_new (&scope, plans);
  heading_clear (&heading);
  return document;
}

static void
run (GtkWidget *widget,
     KrDatabase *database,
     const char *title,
     KrPageRecorderBuildFunc build,
     guint year,
     gint64 unit_id)
{
  g_autoptr (KrPrintOperation) operation = NULL;
  g_autoptr (GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);
  KrTalentQuery *query = g_new0 (KrTalentQuery, 1);

  kr_talent_query_init (query, year);
  query->unit_id = unit_id;
  query->subtree = TRUE;
  operation = kr_print_operation_new_for_database (database, title, TRUE, build, query, g_free,
                                                   kr_print_application_default_paper (), &error);
  if (operation == NULL)
    {
      kr_training_show_toast (widget, error->message);
      return;
    }
  kr_print_operation_run_dialog (operation, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
}

void
kr_talent_print_grid (GtkWidget *widget, KrDatabase *database, guint year, gint64 unit_id)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (database == NULL || year == 0)
    return;
  /* Official term: do not translate */
  run (widget, database, "Peta Talenta", kr_talent_print_build_grid, year, unit_id);
}

void
kr_talent_print_succession (GtkWidget *widget, KrDatabase *database, gint64 unit_id)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (database == NULL)
    return;
  /* Official term: do not translate */
  run (widget, database, "Rencana Suksesi Jabatan", kr_talent_print_build_succession, 2000,
       unit_id);
}
