/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-audit-format"

#include "config.h"

#include "kr-audit-format.h"

#include <string.h>

#include <glib/gi18n.h>

#include "kr-audit-entry.h"
#include "kr-date.h"
#include "kr-education.h"
#include "kr-employee-format.h"
#include "kr-employee.h"
#include "kr-identity.h"
#include "kr-nip.h"
#include "kr-position.h"
#include "kr-unit-repository.h"

/* Field labels: the words the forms use, so that the log reads like the screens. A NULL
 * entity is the label of that column in every table without a row of its own. */
typedef struct
{
  const char *entity;
  const char *field;
  const char *label;
} FieldLabel;

static const FieldLabel field_labels[] = {
  { "employee", "kind", N_ ("Employee Kind") },
  { "employee", "status", N_ ("Legal Status") },
  { "employee", "education", N_ ("Education") },
  { "employee", "golongan", N_ ("Grade (Golongan)") },
  { "education_history", "level", N_ ("Education") },
  { "education_history", "sk_number", N_ ("Certificate Number") },
  { "education_history", "sk_date", N_ ("Certificate Date") },
  { "discipline_history", "level", N_ ("Level") },
  { "award_history", "kind", N_ ("Award") },
  { "unit", "parent_id", N_ ("Under") },
  { "unit", "kind", N_ ("Kind") },
  { "position", "kind", N_ ("Kind (Jenis Jabatan)") },
  { "position", "level", N_ ("Level (Jenjang)") },
  { "account", "employee_id", N_ ("Employee") },
  { "account", "unit_id", N_ ("Leads Unit") },
  { NULL, "id", N_ ("Record Number") },
  { NULL, "nip", N_ ("NIP") },
  { NULL, "name", N_ ("Name") },
  { NULL, "title_front", N_ ("Academic Title Before Name") },
  { NULL, "title_back", N_ ("Academic Title After Name") },
  { NULL, "birth_place", N_ ("Place of Birth") },
  { NULL, "birth_date", N_ ("Date of Birth") },
  { NULL, "gender", N_ ("Gender") },
  { NULL, "religion", N_ ("Religion") },
  { NULL, "marital_status", N_ ("Marital Status") },
  { NULL, "nik", N_ ("NIK (National ID Number)") },
  { NULL, "phone", N_ ("Phone") },
  { NULL, "email", N_ ("Email") },
  { NULL, "address", N_ ("Home Address") },
  { NULL, "tmt_cpns", N_ ("TMT CPNS") },
  { NULL, "tmt_pns", N_ ("TMT PNS") },
  { NULL, "golongan", N_ ("Grade (Golongan)") },
  { NULL, "promotion_kind", N_ ("Kind of Promotion") },
  { NULL, "tmt", N_ ("TMT") },
  { NULL, "sk_number", N_ ("SK Number") },
  { NULL, "sk_date", N_ ("SK Date") },
  { NULL, "position_id", N_ ("Position") },
  { NULL, "unit_id", N_ ("Unit") },
  { NULL, "employee_id", N_ ("Employee") },
  { NULL, "institution", N_ ("School or University") },
  { NULL, "major", N_ ("Field of Study") },
  { NULL, "graduation_year", N_ ("Graduation Year") },
  { NULL, "sanction", N_ ("Sanction") },
  { NULL, "regulation", N_ ("Regulation") },
  { NULL, "end_date", N_ ("Last Day") },
  { NULL, "year", N_ ("Year") },
  { NULL, "code", N_ ("Code") },
  { NULL, "kelas_jabatan", N_ ("Kelas Jabatan") },
  { NULL, "is_head", N_ ("Head of the Unit") },
  { NULL, "user_name", N_ ("User Name") },
  { NULL, "display_name", N_ ("Display Name") },
  { NULL, "role", N_ ("Role") },
  { NULL, "password_hash", N_ ("Password") },
  { NULL, "disabled", N_ ("Disabled") },
  { NULL, "failed_sign_ins", N_ ("Failed Sign-Ins") },
  { NULL, "last_failed_at", N_ ("Last Failed Sign-In") },
  { NULL, "created_at", N_ ("Created") },
};

static const FieldLabel *
find_field (const char *entity, const char *field)
{
  const FieldLabel *any = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (field_labels); i++)
    {
      if (g_strcmp0 (field_labels[i].field, field) != 0)
        continue;
      if (field_labels[i].entity == NULL && any == NULL)
        any = &field_labels[i];
      else if (g_strcmp0 (field_labels[i].entity, entity) == 0)
        return &field_labels[i];
    }
  return any;
}

const char *
kr_audit_format_field_label (const char *entity, const char *field)
{
  const FieldLabel *known;

  g_return_val_if_fail (field != NULL, NULL);

  known = find_field (entity, field);
  return known != NULL ? _ (known->label) : field;
}

KrAuditReference
kr_audit_format_get_reference (const char *entity, const char *field)
{
  if (g_strcmp0 (field, "unit_id") == 0 || g_strcmp0 (field, "parent_id") == 0)
    return KR_AUDIT_REFERENCE_UNIT;
  if (g_strcmp0 (field, "position_id") == 0)
    return KR_AUDIT_REFERENCE_POSITION;
  if (g_strcmp0 (field, "employee_id") == 0)
    return KR_AUDIT_REFERENCE_EMPLOYEE;
  return KR_AUDIT_REFERENCE_NONE;
}

/* Values */

/* The value of the enum @type whose nick is @code, or -1. */
static int
enum_value (GType type, const char *code)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *value = g_enum_get_value_by_nick (klass, code);

  return value != NULL ? value->value : -1;
}

/* The label of the value of @type whose nick is the code in `value`, or NULL; `n` holds it. */
#define ENUM_LABEL(type, get_label) ((n = enum_value (type, value)) >= 0 ? get_label (n) : NULL)

/* The schema's codes of the enums that have no GType. */
static const char *const position_kind_codes[KR_N_POSITION_KINDS] = {
  "jpt_utama", "jpt_madya", "jpt_pratama",         "administrator",
  "pengawas",  "pelaksana", "fungsional_keahlian", "fungsional_keterampilan",
};

static const char *const position_level_codes[KR_N_POSITION_LEVELS] = {
  "",       "ahli_pertama", "ahli_muda", "ahli_madya", "ahli_utama",
  "pemula", "terampil",     "mahir",     "penyelia",
};

static const char *
position_kind_label (const char *code)
{
  for (guint i = 0; i < KR_N_POSITION_KINDS; i++)
    if (g_strcmp0 (position_kind_codes[i], code) == 0)
      return kr_position_kind_get_label (i);
  return NULL;
}

static const char *
position_level_label (const char *code)
{
  for (guint i = 1; i < KR_N_POSITION_LEVELS; i++)
    if (g_strcmp0 (position_level_codes[i], code) == 0)
      return kr_position_level_get_label (i);
  return NULL;
}

static const char *
education_label (const char *code)
{
  KrEducation education;

  return kr_education_parse (code, &education, NULL) ? kr_education_get_label (education) : NULL;
}

static const char *
gender_label (const char *code)
{
  if (g_strcmp0 (code, "M") == 0)
    return _ ("Male");
  if (g_strcmp0 (code, "F") == 0)
    return _ ("Female");
  return NULL;
}

static const char *
flag_label (const char *value)
{
  if (g_strcmp0 (value, "1") == 0)
    return _ ("Yes");
  if (g_strcmp0 (value, "0") == 0)
    return _ ("No");
  return NULL;
}

/* The label of a coded value, or NULL when @field holds no code or @value is unknown. */
static const char *
code_label (const char *entity, const char *field, const char *value)
{
  int n;

  if (g_strcmp0 (field, "gender") == 0)
    return gender_label (value);
  if (g_strcmp0 (field, "religion") == 0)
    return ENUM_LABEL (KR_TYPE_RELIGION, kr_religion_get_label);
  if (g_strcmp0 (field, "marital_status") == 0)
    return ENUM_LABEL (KR_TYPE_MARITAL_STATUS, kr_marital_status_get_label);
  if (g_strcmp0 (field, "status") == 0)
    return ENUM_LABEL (KR_TYPE_EMPLOYEE_STATUS, kr_employee_status_get_label);
  if (g_strcmp0 (field, "promotion_kind") == 0)
    return ENUM_LABEL (KR_TYPE_PROMOTION_KIND, kr_promotion_kind_get_label);
  if (g_strcmp0 (field, "regulation") == 0)
    return ENUM_LABEL (KR_TYPE_DISCIPLINE_REGULATION, kr_discipline_regulation_get_label);
  if (g_strcmp0 (field, "role") == 0)
    return ENUM_LABEL (KR_TYPE_ROLE, kr_role_get_label);
  if (g_strcmp0 (field, "education") == 0)
    return education_label (value);
  if (g_strcmp0 (field, "is_head") == 0 || g_strcmp0 (field, "disabled") == 0)
    return flag_label (value);
  if (g_strcmp0 (field, "kind") == 0)
    {
      if (g_strcmp0 (entity, "employee") == 0)
        return ENUM_LABEL (KR_TYPE_EMPLOYEE_KIND, kr_employee_kind_get_label);
      if (g_strcmp0 (entity, "award_history") == 0)
        return ENUM_LABEL (KR_TYPE_AWARD_KIND, kr_award_kind_get_label);
      if (g_strcmp0 (entity, "unit") == 0)
        return ENUM_LABEL (KR_TYPE_UNIT_KIND, kr_unit_kind_get_label);
      if (g_strcmp0 (entity, "position") == 0)
        return position_kind_label (value);
    }
  if (g_strcmp0 (field, "level") == 0)
    {
      if (g_strcmp0 (entity, "education_history") == 0)
        return education_label (value);
      if (g_strcmp0 (entity, "discipline_history") == 0)
        return ENUM_LABEL (KR_TYPE_DISCIPLINE_LEVEL, kr_discipline_level_get_label);
      if (g_strcmp0 (entity, "position") == 0)
        return position_level_label (value);
    }
  return NULL;
}

static gboolean
is_time_field (const char *field)
{
  return g_strcmp0 (field, "last_failed_at") == 0 || g_strcmp0 (field, "created_at") == 0;
}

char *
kr_audit_format_value (const char *entity, const char *field, const char *value)
{
  const char *label;
  GDate date;

  g_return_val_if_fail (field != NULL, NULL);

  if (value == NULL)
    return NULL;
  if (g_strcmp0 (value, KR_AUDIT_REDACTED) == 0)
    /* Translators: stands for a password hash, which the audit trail never shows */
    return g_strdup (_ ("(not shown)"));
  if ((label = code_label (entity, field, value)) != NULL)
    return g_strdup (label);
  if (g_strcmp0 (field, "golongan") == 0)
    {
      char *golongan = kr_employee_format_golongan ((guint) g_ascii_strtoull (value, NULL, 10));

      return golongan != NULL ? golongan : g_strdup (value);
    }
  if (g_strcmp0 (field, "nip") == 0)
    {
      char *nip = kr_nip_format_digits (value);

      return nip != NULL ? nip : g_strdup (value);
    }
  if (strlen (value) == KR_DATE_ISO_LENGTH && kr_date_parse_iso (value, &date, NULL))
    return kr_employee_format_date (&date);
  if (is_time_field (field))
    {
      g_autoptr (GDateTime) time = g_date_time_new_from_iso8601 (value, NULL);

      if (time != NULL)
        return kr_audit_format_time (time, TRUE);
    }
  return g_strdup (value);
}

char *
kr_audit_format_time (GDateTime *time, gboolean full)
{
  g_autoptr (GDateTime) local = NULL;

  if (time == NULL)
    return NULL;

  local = g_date_time_to_local (time);
  if (full)
    /* Translators: a strftime format for when a change was made, in the details of an audit
     * record: “22 November 2026, 09:15:30”; Indonesian writes the time with dots */
    return g_date_time_format (local, _ ("%-d %B %Y, %H:%M:%S"));
  /* Translators: a strftime format for when a change was made, in the audit trail list:
   * “22 Nov 2026 09:15”; Indonesian writes the time with dots */
  return g_date_time_format (local, _ ("%-d %b %Y %H:%M"));
}

gboolean
kr_audit_format_may_read_trail (KrDatabase *database)
{
  KrIdentity *identity;
  gboolean has_accounts = TRUE;

  g_return_val_if_fail (KR_IS_DATABASE (database), FALSE);

  identity = kr_database_get_identity (database);
  if (identity != NULL)
    return kr_identity_can (identity, KR_PERMISSION_READ_AUDIT);
  /* A database without accounts lets everyone do everything. */
  return kr_database_has_accounts (database, &has_accounts, NULL) && !has_accounts;
}
