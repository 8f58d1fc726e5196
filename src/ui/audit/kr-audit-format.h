/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kr-database.h"

G_BEGIN_DECLS

/* How the audit screens write records for people to read. Every function here may run in a
 * worker thread: the audit lists build their rows off the main loop. */

/**
 * KrAuditReference:
 * @KR_AUDIT_REFERENCE_NONE: the field holds a plain value
 * @KR_AUDIT_REFERENCE_UNIT: the id of a unit
 * @KR_AUDIT_REFERENCE_POSITION: the id of a position
 * @KR_AUDIT_REFERENCE_EMPLOYEE: the id of an employee
 *
 * What a field that holds the id of another row points at, so that the lists can show its
 * name instead of a number.
 */
typedef enum
{
  KR_AUDIT_REFERENCE_NONE,
  KR_AUDIT_REFERENCE_UNIT,
  KR_AUDIT_REFERENCE_POSITION,
  KR_AUDIT_REFERENCE_EMPLOYEE,
} KrAuditReference;

/* The label the forms give @field of @entity ("golongan" of "rank_history" is "Grade
 * (Golongan)"), translated; @field itself for a column the screens do not know. */
const char *kr_audit_format_field_label (const char *entity, const char *field);

/* What @field of @entity refers to. */
KrAuditReference kr_audit_format_get_reference (const char *entity, const char *field);

/* @value of @field as the forms show it: codes as their labels, stored dates in the locale's
 * long form, golongan with its pangkat, flags as Yes or No; anything unknown as stored.
 * NULL for NULL. */
char *kr_audit_format_value (const char *entity, const char *field, const char *value);

/* @time (UTC) in local time: short ("22 Nov 2026 09:15") for lists, or with the seconds and
 * the full month for the details. NULL for NULL. */
char *kr_audit_format_time (GDateTime *time, gboolean full);

/* Whoever is signed in on @database may read the whole audit trail: an administrator, or
 * anyone while the database has no accounts. */
gboolean kr_audit_format_may_read_trail (KrDatabase *database);

G_END_DECLS
