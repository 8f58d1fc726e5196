/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-dashboard"

#include "config.h"

#include "kr-dashboard.h"

#include <string.h>

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

void
kr_dashboard_filter_copy (KrDashboardFilter *dest, const KrDashboardFilter *src)
{
  g_return_if_fail (dest != NULL);
  g_return_if_fail (src != NULL);

  dest->dimension = src->dimension;
  dest->code = g_strdup (src->code);
  dest->low = src->low;
  dest->high = src->high;
}

void
kr_dashboard_filter_clear (KrDashboardFilter *filter)
{
  g_return_if_fail (filter != NULL);

  g_clear_pointer (&filter->code, g_free);
}

KrDashboardSnapshot *
kr_dashboard_snapshot_new (const KrDashboardScope *scope)
{
  KrDashboardSnapshot *snapshot;

  g_return_val_if_fail (scope != NULL, NULL);

  snapshot = g_new0 (KrDashboardSnapshot, 1);
  snapshot->scope = *scope;
  return snapshot;
}

/* Empties the fields of @parts */
static void
snapshot_clear_parts (KrDashboardSnapshot *snapshot, KrDashboardParts parts)
{
  if (parts & KR_DASHBOARD_PART_HEADCOUNT)
    {
      g_clear_pointer (&snapshot->employee_kinds, g_ptr_array_unref);
      g_clear_pointer (&snapshot->golongan, g_ptr_array_unref);
      g_clear_pointer (&snapshot->position_kinds, g_ptr_array_unref);
    }
  if (parts & KR_DASHBOARD_PART_PYRAMID)
    g_clear_pointer (&snapshot->age_bands, g_ptr_array_unref);
  if (parts & KR_DASHBOARD_PART_PREDIKAT)
    {
      memset (&snapshot->predikat, 0, sizeof snapshot->predikat);
      g_clear_pointer (&snapshot->trend, g_array_unref);
    }
  if (parts & KR_DASHBOARD_PART_TRAINING)
    g_clear_pointer (&snapshot->training, g_ptr_array_unref);
  if (parts & KR_DASHBOARD_PART_CAREER)
    {
      g_clear_pointer (&snapshot->promotions, g_ptr_array_unref);
      g_clear_pointer (&snapshot->retirements, g_ptr_array_unref);
    }
  if (parts & KR_DASHBOARD_PART_TALENT)
    memset (&snapshot->talent, 0, sizeof snapshot->talent);
  snapshot->parts &= ~parts;
}

void
kr_dashboard_snapshot_free (KrDashboardSnapshot *snapshot)
{
  if (snapshot == NULL)
    return;
  snapshot_clear_parts (snapshot, KR_DASHBOARD_PART_ALL);
  g_free (snapshot->unit_name);
  g_free (snapshot);
}

#define MOVE_POINTER(field)                                                                        \
  G_STMT_START                                                                                     \
  {                                                                                                \
    dest->field = src->field;                                                                      \
    src->field = NULL;                                                                             \
  }                                                                                                \
  G_STMT_END

void
kr_dashboard_snapshot_merge (KrDashboardSnapshot *dest, KrDashboardSnapshot *src)
{
  KrDashboardParts parts;

  g_return_if_fail (dest != NULL);
  g_return_if_fail (src != NULL);

  parts = src->parts;
  snapshot_clear_parts (dest, parts);
  if (parts & KR_DASHBOARD_PART_HEADCOUNT)
    {
      MOVE_POINTER (employee_kinds);
      MOVE_POINTER (golongan);
      MOVE_POINTER (position_kinds);
    }
  if (parts & KR_DASHBOARD_PART_PYRAMID)
    MOVE_POINTER (age_bands);
  if (parts & KR_DASHBOARD_PART_PREDIKAT)
    {
      dest->predikat = src->predikat;
      MOVE_POINTER (trend);
    }
  if (parts & KR_DASHBOARD_PART_TRAINING)
    MOVE_POINTER (training);
  if (parts & KR_DASHBOARD_PART_CAREER)
    {
      MOVE_POINTER (promotions);
      MOVE_POINTER (retirements);
    }
  if (parts & KR_DASHBOARD_PART_TALENT)
    dest->talent = src->talent;
  if (dest->unit_name == NULL && src->unit_name != NULL)
    MOVE_POINTER (unit_name);
  dest->scope = src->scope;
  dest->parts |= parts;
  snapshot_clear_parts (src, parts);
}

void
kr_dashboard_employee_free (KrDashboardEmployee *employee)
{
  if (employee == NULL)
    return;
  g_free (employee->nip);
  g_free (employee->name);
  g_free (employee->golongan);
  g_free (employee->position_name);
  g_free (employee->unit_name);
  g_free (employee);
}
