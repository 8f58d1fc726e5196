/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The unit kinds, and units and positions as boxed values (kr-unit-repository.h). */
#define G_LOG_DOMAIN "kr-unit-repository"

#include "config.h"

#include "kr-unit-repository.h"

/* The nicks are the codes of the unit table (migrations/0002-unit.sql). */
static const GEnumValue unit_kind_values[] = {
  { KR_UNIT_KIND_INSTANSI, "KR_UNIT_KIND_INSTANSI", "instansi" },
  { KR_UNIT_KIND_PERANGKAT_DAERAH, "KR_UNIT_KIND_PERANGKAT_DAERAH", "perangkat_daerah" },
  { KR_UNIT_KIND_BIDANG, "KR_UNIT_KIND_BIDANG", "bidang" },
  { KR_UNIT_KIND_SUB_BIDANG, "KR_UNIT_KIND_SUB_BIDANG", "sub_bidang" },
  { KR_UNIT_KIND_UPT, "KR_UNIT_KIND_UPT", "upt" },
  { 0, NULL, NULL },
};

/* Official term: do not translate */
static const char *const unit_kind_labels[KR_N_UNIT_KINDS] = {
  [KR_UNIT_KIND_INSTANSI] = "Instansi",
  [KR_UNIT_KIND_PERANGKAT_DAERAH] = "Perangkat Daerah",
  [KR_UNIT_KIND_BIDANG] = "Bidang/Bagian",
  [KR_UNIT_KIND_SUB_BIDANG] = "Sub-bidang/Seksi",
  [KR_UNIT_KIND_UPT] = "UPT",
};

GType
kr_unit_kind_get_type (void)
{
  static gsize type = 0;

  if (g_once_init_enter (&type))
    g_once_init_leave (&type, g_enum_register_static ("KrUnitKind", unit_kind_values));
  return type;
}

const char *
kr_unit_kind_get_label (KrUnitKind kind)
{
  g_return_val_if_fail (kind < KR_N_UNIT_KINDS, NULL);

  return unit_kind_labels[kind];
}

G_DEFINE_BOXED_TYPE (KrUnit, kr_unit, kr_unit_copy, kr_unit_free)

KrUnit *
kr_unit_copy (const KrUnit *unit)
{
  KrUnit *copy;

  g_return_val_if_fail (unit != NULL, NULL);

  copy = g_memdup2 (unit, sizeof *unit);
  copy->code = g_strdup (unit->code);
  copy->name = g_strdup (unit->name);
  return copy;
}

void
kr_unit_free (KrUnit *unit)
{
  if (unit == NULL)
    return;

  g_free (unit->code);
  g_free (unit->name);
  g_free (unit);
}

G_DEFINE_BOXED_TYPE (KrPositionRecord,
                     kr_position_record,
                     kr_position_record_copy,
                     kr_position_record_free)

KrPositionRecord *
kr_position_record_new (void)
{
  KrPositionRecord *position = g_new0 (KrPositionRecord, 1);

  position->kind = KR_POSITION_KIND_PELAKSANA;
  return position;
}

KrPositionRecord *
kr_position_record_copy (const KrPositionRecord *position)
{
  KrPositionRecord *copy;

  g_return_val_if_fail (position != NULL, NULL);

  copy = g_memdup2 (position, sizeof *position);
  copy->name = g_strdup (position->name);
  return copy;
}

void
kr_position_record_free (KrPositionRecord *position)
{
  if (position == NULL)
    return;

  g_free (position->name);
  g_free (position);
}
