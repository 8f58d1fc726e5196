/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-dashboard"

#include "config.h"

#include "kr-dashboard.h"

void
kr_dashboard_scope_init (KrDashboardScope *scope, gint64 unit_id, guint year)
{
  g_return_if_fail (scope != NULL);

  scope->unit_id = unit_id;
  scope->year = year;
  g_date_clear (&scope->reference, 1);
}

void
kr_dashboard_count_free (KrDashboardCount *count)
{
  if (count == NULL)
    return;
  g_free (count->filter.code);
  g_free (count->label);
  g_free (count);
}

guint
kr_dashboard_counts_total (GPtrArray *counts)
{
  guint total = 0;

  g_return_val_if_fail (counts != NULL, 0);

  for (guint i = 0; i < counts->len; i++)
    total += ((KrDashboardCount *) g_ptr_array_index (counts, i))->count;
  return total;
}

void
kr_dashboard_age_band_free (KrDashboardAgeBand *band)
{
  if (band == NULL)
    return;
  g_free (band->filter.code);
  g_free (band->label);
  g_free (band);
}

double
kr_dashboard_predikat_share (const KrDashboardPredikat *distribution, KrPredikat predikat)
{
  g_return_val_if_fail (distribution != NULL, 0);
  g_return_val_if_fail (predikat < KR_N_PREDIKAT, 0);

  if (distribution->total == 0)
    return 0;
  return (double) distribution->counts[predikat] / distribution->total;
}

void
kr_dashboard_training_free (KrDashboardTraining *training)
{
  if (training == NULL)
    return;
  g_free (training->filter.code);
  g_free (training->unit_name);
  g_free (training);
}
