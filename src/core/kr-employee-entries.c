/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The history rows of an employee (kr-employee.h) as boxed types. */
#define G_LOG_DOMAIN "kr-employee"

#include "config.h"

#include "kr-employee.h"

#define DEFINE_ENTRY_TYPE(TypeName, type_name)                                                     \
  G_DEFINE_BOXED_TYPE (TypeName, type_name, type_name##_copy, type_name##_free)

DEFINE_ENTRY_TYPE (KrRankEntry, kr_rank_entry)
DEFINE_ENTRY_TYPE (KrPositionEntry, kr_position_entry)
DEFINE_ENTRY_TYPE (KrEducationEntry, kr_education_entry)
DEFINE_ENTRY_TYPE (KrDisciplineEntry, kr_discipline_entry)
DEFINE_ENTRY_TYPE (KrAwardEntry, kr_award_entry)

KrRankEntry *
kr_rank_entry_new (void)
{
  KrRankEntry *entry = g_new0 (KrRankEntry, 1);

  g_date_clear (&entry->tmt, 1);
  g_date_clear (&entry->sk_date, 1);
  return entry;
}

KrRankEntry *
kr_rank_entry_copy (const KrRankEntry *entry)
{
  KrRankEntry *copy;

  g_return_val_if_fail (entry != NULL, NULL);

  copy = g_memdup2 (entry, sizeof *entry);
  copy->sk_number = g_strdup (entry->sk_number);
  return copy;
}

void
kr_rank_entry_free (KrRankEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->sk_number);
  g_free (entry);
}

KrPositionEntry *
kr_position_entry_new (void)
{
  KrPositionEntry *entry = g_new0 (KrPositionEntry, 1);

  g_date_clear (&entry->tmt, 1);
  g_date_clear (&entry->sk_date, 1);
  return entry;
}

KrPositionEntry *
kr_position_entry_copy (const KrPositionEntry *entry)
{
  KrPositionEntry *copy;

  g_return_val_if_fail (entry != NULL, NULL);

  copy = g_memdup2 (entry, sizeof *entry);
  copy->sk_number = g_strdup (entry->sk_number);
  copy->position_name = g_strdup (entry->position_name);
  copy->unit_name = g_strdup (entry->unit_name);
  return copy;
}

void
kr_position_entry_free (KrPositionEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->sk_number);
  g_free (entry->position_name);
  g_free (entry->unit_name);
  g_free (entry);
}

KrEducationEntry *
kr_education_entry_new (void)
{
  KrEducationEntry *entry = g_new0 (KrEducationEntry, 1);

  g_date_clear (&entry->sk_date, 1);
  return entry;
}

KrEducationEntry *
kr_education_entry_copy (const KrEducationEntry *entry)
{
  KrEducationEntry *copy;

  g_return_val_if_fail (entry != NULL, NULL);

  copy = g_memdup2 (entry, sizeof *entry);
  copy->institution = g_strdup (entry->institution);
  copy->major = g_strdup (entry->major);
  copy->sk_number = g_strdup (entry->sk_number);
  return copy;
}

void
kr_education_entry_free (KrEducationEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->institution);
  g_free (entry->major);
  g_free (entry->sk_number);
  g_free (entry);
}

KrDisciplineEntry *
kr_discipline_entry_new (void)
{
  KrDisciplineEntry *entry = g_new0 (KrDisciplineEntry, 1);

  g_date_clear (&entry->tmt, 1);
  g_date_clear (&entry->end_date, 1);
  g_date_clear (&entry->sk_date, 1);
  return entry;
}

KrDisciplineEntry *
kr_discipline_entry_copy (const KrDisciplineEntry *entry)
{
  KrDisciplineEntry *copy;

  g_return_val_if_fail (entry != NULL, NULL);

  copy = g_memdup2 (entry, sizeof *entry);
  copy->sanction = g_strdup (entry->sanction);
  copy->sk_number = g_strdup (entry->sk_number);
  return copy;
}

void
kr_discipline_entry_free (KrDisciplineEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->sanction);
  g_free (entry->sk_number);
  g_free (entry);
}

KrAwardEntry *
kr_award_entry_new (void)
{
  KrAwardEntry *entry = g_new0 (KrAwardEntry, 1);

  g_date_clear (&entry->sk_date, 1);
  return entry;
}

KrAwardEntry *
kr_award_entry_copy (const KrAwardEntry *entry)
{
  KrAwardEntry *copy;

  g_return_val_if_fail (entry != NULL, NULL);

  copy = g_memdup2 (entry, sizeof *entry);
  copy->name = g_strdup (entry->name);
  copy->sk_number = g_strdup (entry->sk_number);
  return copy;
}

void
kr_award_entry_free (KrAwardEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->name);
  g_free (entry->sk_number);
  g_free (entry);
}
