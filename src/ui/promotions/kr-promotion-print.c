/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-promotion-print"

#include "config.h"

#include "kr-promotion-print.h"

#include <glib/gi18n.h>

#include "kr-date.h"
#include "kr-document-promotion.h"
#include "kr-print-operation.h"
#include "kr-promotion-models.h"
#include "kr-training-widgets.h"
#include "kr-unit-repository.h"

/* The heading: the instansi (the root above @unit_id, or the only root) and the unit. */
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
read_heading (KrDatabase *database, gint64 unit_id, Heading *heading)
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
}

static void
fill_scope (KrDocumentPromotionScope *scope, const Heading *heading, gboolean subtree)
{
  scope->instansi = heading->root != NULL ? heading->root->name
                                          : (heading->unit != NULL ? heading->unit->name : NULL);
  scope->unit_name = heading->unit != NULL && heading->root != NULL ? heading->unit->name : NULL;
  scope->subtree = subtree;
}

KrDocument *
kr_promotion_print_build_candidates (KrDatabase *database, gpointer data, GError **error)
{
  const KrCandidateQuery *query = data;
  g_autoptr (KrPromotionRepository) repository = kr_promotion_repository_new (database);
  g_autoptr (GPtrArray) rows = NULL;
  KrDocumentPromotionScope scope = { 0 };
  Heading heading = { 0 };
  KrDocument *document;
  guint count = 0;
  GDate today;

  if (!kr_promotion_repository_count_candidates (repository, query, &count, error))
    return NULL;
  rows =
      kr_promotion_repository_list_candidates (repository, query, 0, MAX (count, 1), NULL, error);
  if (rows == NULL)
    return NULL;
  read_heading (database, query->unit_id, &heading);
  kr_date_today (NULL, &today);
  fill_scope (&scope, &heading, query->subtree);
  scope.period = &query->period;
  scope.date = &today;
  document = kr_document_promotion_candidates_new (&scope, rows);
  heading_clear (&heading);
  return document;
}

KrDocument *
kr_promotion_print_build_nominative (KrDatabase *database, gpointer data, GError **error)
{
  const KrPromotionQuery *query = data;
  g_autoptr (KrPromotionRepository) repository = kr_promotion_repository_new (database);
  g_autoptr (GPtrArray) rows = NULL;
  KrDocumentPromotionScope scope = { 0 };
  Heading heading = { 0 };
  KrDocument *document;
  guint count = 0;
  GDate today;

  if (!kr_promotion_repository_count_promotions (repository, query, &count, error))
    return NULL;
  rows = kr_promotion_repository_list_promotions (repository, query, 0, MAX (count, 1), error);
  if (rows == NULL)
    return NULL;
  read_heading (database, query->unit_id, &heading);
  kr_date_today (NULL, &today);
  fill_scope (&scope, &heading, query->subtree);
  scope.period = query->period;
  scope.date = &today;
  document = kr_document_promotion_nominative_new (&scope, rows);
  heading_clear (&heading);
  return document;
}

static void
run (GtkWidget *widget,
     KrDatabase *database,
     const char *title,
     KrPageRecorderBuildFunc build,
     gpointer query,
     GDestroyNotify query_free)
{
  g_autoptr (KrPrintOperation) operation = NULL;
  g_autoptr (GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);

  operation = kr_print_operation_new_for_database (database, title, TRUE, build, query, query_free,
                                                   kr_print_application_default_paper (), &error);
  if (operation == NULL)
    {
      kr_training_show_toast (widget, error->message);
      return;
    }
  kr_print_operation_run_dialog (operation, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
}

void
kr_promotion_print_candidates (GtkWidget *widget,
                               KrDatabase *database,
                               const KrCandidateQuery *query)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (database == NULL || !g_date_valid (&query->period))
    return;
  /* Official term: do not translate */
  run (widget, database, "Daftar Calon Kenaikan Pangkat", kr_promotion_print_build_candidates,
       kr_promotion_candidate_query_dup (query),
       (GDestroyNotify) kr_promotion_candidate_query_free);
}

void
kr_promotion_print_nominative (GtkWidget *widget,
                               KrDatabase *database,
                               const KrPromotionQuery *query)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (database == NULL || query->period == NULL)
    {
      kr_training_show_toast (widget, _ ("Choose a period to print its nominative list"));
      return;
    }
  /* Official term: do not translate */
  run (widget, database, "Daftar Nominatif Usul Kenaikan Pangkat",
       kr_promotion_print_build_nominative, kr_promotion_pipeline_query_dup (query),
       (GDestroyNotify) kr_promotion_pipeline_query_free);
}
