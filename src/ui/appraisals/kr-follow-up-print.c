/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-follow-up-print"

#include "config.h"

#include "kr-follow-up-print.h"

#include "kr-date.h"
#include "kr-document-follow-up.h"
#include "kr-unit-repository.h"

KrDocument *
kr_follow_up_print_new_document (gboolean development,
                                 KrDatabase *database,
                                 gint64 unit_id,
                                 guint year,
                                 const char *period_label,
                                 GPtrArray *rows)
{
  g_autoptr (KrUnitRepository) units = kr_unit_repository_new (database);
  g_autoptr (KrUnit) unit = kr_unit_repository_get (units, unit_id, NULL);
  g_autoptr (KrUnit) root = NULL;
  gint64 parent_id = unit != NULL ? unit->parent_id : 0;
  GDate today;

  g_return_val_if_fail (KR_IS_DATABASE (database), NULL);
  g_return_val_if_fail (rows != NULL, NULL);

  /* The instansi is the root above the unit; a unit few levels deep makes few reads. */
  while (parent_id != 0)
    {
      g_clear_pointer (&root, kr_unit_free);
      root = kr_unit_repository_get (units, parent_id, NULL);
      parent_id = root != NULL ? root->parent_id : 0;
    }
  kr_date_today (NULL, &today);
  return kr_document_follow_up_new (
      development ? KR_FOLLOW_UP_DEVELOPMENT : KR_FOLLOW_UP_RECOGNITION,
      root != NULL ? root->name : (unit != NULL ? unit->name : NULL),
      root != NULL && unit != NULL ? unit->name : NULL, year, period_label, rows, NULL, &today);
}
