/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-employee"

#include "config.h"

#include "kr-employee.h"

#include "kr-employee-private.h"

/* The employee */

G_DEFINE_FINAL_TYPE (KrEmployee, kr_employee, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_NIP,
  PROP_NAME,
  PROP_TITLE_FRONT,
  PROP_TITLE_BACK,
  PROP_FULL_NAME,
  PROP_BIRTH_PLACE,
  PROP_BIRTH_DATE,
  PROP_GENDER,
  PROP_RELIGION,
  PROP_MARITAL_STATUS,
  PROP_NIK,
  PROP_PHONE,
  PROP_EMAIL,
  PROP_ADDRESS,
  PROP_KIND,
  PROP_STATUS,
  PROP_TMT_CPNS,
  PROP_TMT_PNS,
  PROP_EDUCATION,
  PROP_GOLONGAN,
  PROP_GOLONGAN_LABEL,
  PROP_RANK_TMT,
  PROP_POSITION_ID,
  PROP_POSITION_NAME,
  PROP_POSITION_KIND,
  PROP_POSITION_LEVEL,
  PROP_POSITION_TMT,
  PROP_UNIT_ID,
  PROP_UNIT_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kr_employee_finalize (GObject *object)
{
  KrEmployee *self = KR_EMPLOYEE (object);

  g_free (self->nip);
  g_free (self->name);
  g_free (self->title_front);
  g_free (self->title_back);
  g_free (self->birth_place);
  g_free (self->nik);
  g_free (self->phone);
  g_free (self->email);
  g_free (self->address);
  g_free (self->position_name);
  g_free (self->unit_name);

  G_OBJECT_CLASS (kr_employee_parent_class)->finalize (object);
}

/* A GDate property value: a copy, or NULL when the date is not known. */
static void
value_set_date (GValue *value, const GDate *date)
{
  g_value_set_boxed (value, g_date_valid (date) ? date : NULL);
}

static void
kr_employee_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KrEmployee *self = KR_EMPLOYEE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NIP:
      g_value_set_string (value, self->nip);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_TITLE_FRONT:
      g_value_set_string (value, self->title_front);
      break;
    case PROP_TITLE_BACK:
      g_value_set_string (value, self->title_back);
      break;
    case PROP_FULL_NAME:
      g_value_take_string (value, kr_employee_dup_full_name (self));
      break;
    case PROP_BIRTH_PLACE:
      g_value_set_string (value, self->birth_place);
      break;
    case PROP_BIRTH_DATE:
      value_set_date (value, &self->birth_date);
      break;
    case PROP_GENDER:
      g_value_set_int (value, self->gender);
      break;
    case PROP_RELIGION:
      g_value_set_enum (value, self->religion);
      break;
    case PROP_MARITAL_STATUS:
      g_value_set_enum (value, self->marital_status);
      break;
    case PROP_NIK:
      g_value_set_string (value, self->nik);
      break;
    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;
    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;
    case PROP_ADDRESS:
      g_value_set_string (value, self->address);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_TMT_CPNS:
      value_set_date (value, &self->tmt_cpns);
      break;
    case PROP_TMT_PNS:
      value_set_date (value, &self->tmt_pns);
      break;
    case PROP_EDUCATION:
      g_value_set_int (value, self->education);
      break;
    case PROP_GOLONGAN:
      g_value_set_uint (value, self->golongan);
      break;
    case PROP_GOLONGAN_LABEL:
      g_value_set_string (value, kr_golongan_get_label (self->golongan));
      break;
    case PROP_RANK_TMT:
      value_set_date (value, &self->rank_tmt);
      break;
    case PROP_POSITION_ID:
      g_value_set_int64 (value, self->position_id);
      break;
    case PROP_POSITION_NAME:
      g_value_set_string (value, self->position_name);
      break;
    case PROP_POSITION_KIND:
      g_value_set_int (value, self->position_kind);
      break;
    case PROP_POSITION_LEVEL:
      g_value_set_int (value, self->position_level);
      break;
    case PROP_POSITION_TMT:
      value_set_date (value, &self->position_tmt);
      break;
    case PROP_UNIT_ID:
      g_value_set_int64 (value, self->unit_id);
      break;
    case PROP_UNIT_NAME:
      g_value_set_string (value, self->unit_name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_employee_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  KrEmployee *self = KR_EMPLOYEE (object);

  switch (prop_id)
    {
    case PROP_NIP:
      kr_employee_set_nip (self, g_value_get_string (value));
      break;
    case PROP_NAME:
      kr_employee_set_name (self, g_value_get_string (value));
      break;
    case PROP_TITLE_FRONT:
      kr_employee_set_title_front (self, g_value_get_string (value));
      break;
    case PROP_TITLE_BACK:
      kr_employee_set_title_back (self, g_value_get_string (value));
      break;
    case PROP_BIRTH_PLACE:
      kr_employee_set_birth_place (self, g_value_get_string (value));
      break;
    case PROP_BIRTH_DATE:
      kr_employee_set_birth_date (self, g_value_get_boxed (value));
      break;
    case PROP_GENDER:
      kr_employee_set_gender (self, (KrGender) g_value_get_int (value));
      break;
    case PROP_RELIGION:
      kr_employee_set_religion (self, g_value_get_enum (value));
      break;
    case PROP_MARITAL_STATUS:
      kr_employee_set_marital_status (self, g_value_get_enum (value));
      break;
    case PROP_NIK:
      kr_employee_set_nik (self, g_value_get_string (value));
      break;
    case PROP_PHONE:
      kr_employee_set_phone (self, g_value_get_string (value));
      break;
    case PROP_EMAIL:
      kr_employee_set_email (self, g_value_get_string (value));
      break;
    case PROP_ADDRESS:
      kr_employee_set_address (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      kr_employee_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_STATUS:
      kr_employee_set_status (self, g_value_get_enum (value));
      break;
    case PROP_TMT_CPNS:
      kr_employee_set_tmt_cpns (self, g_value_get_boxed (value));
      break;
    case PROP_TMT_PNS:
      kr_employee_set_tmt_pns (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
install_string (guint prop_id, const char *name, GParamFlags flags)
{
  properties[prop_id] = g_param_spec_string (name, NULL, NULL, NULL, flags);
}

static void
install_date (guint prop_id, const char *name, GParamFlags flags)
{
  properties[prop_id] = g_param_spec_boxed (name, NULL, NULL, G_TYPE_DATE, flags);
}

static void
kr_employee_class_init (KrEmployeeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kr_employee_finalize;
  object_class->get_property = kr_employee_get_property;
  object_class->set_property = kr_employee_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  install_string (PROP_NIP, "nip", rw);
  install_string (PROP_NAME, "name", rw);
  install_string (PROP_TITLE_FRONT, "title-front", rw);
  install_string (PROP_TITLE_BACK, "title-back", rw);
  install_string (PROP_FULL_NAME, "full-name", ro);
  install_string (PROP_BIRTH_PLACE, "birth-place", rw);
  install_date (PROP_BIRTH_DATE, "birth-date", rw);
  /* KrGender has no GType: its values as an int. */
  properties[PROP_GENDER] = g_param_spec_int ("gender", NULL, NULL, KR_GENDER_UNKNOWN,
                                              KR_GENDER_FEMALE, KR_GENDER_UNKNOWN, rw);
  properties[PROP_RELIGION] =
      g_param_spec_enum ("religion", NULL, NULL, KR_TYPE_RELIGION, KR_RELIGION_UNKNOWN, rw);
  properties[PROP_MARITAL_STATUS] = g_param_spec_enum (
      "marital-status", NULL, NULL, KR_TYPE_MARITAL_STATUS, KR_MARITAL_STATUS_UNKNOWN, rw);
  install_string (PROP_NIK, "nik", rw);
  install_string (PROP_PHONE, "phone", rw);
  install_string (PROP_EMAIL, "email", rw);
  install_string (PROP_ADDRESS, "address", rw);
  properties[PROP_KIND] =
      g_param_spec_enum ("kind", NULL, NULL, KR_TYPE_EMPLOYEE_KIND, KR_EMPLOYEE_KIND_PNS, rw);
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, KR_TYPE_EMPLOYEE_STATUS,
                                               KR_EMPLOYEE_STATUS_AKTIF, rw);
  install_date (PROP_TMT_CPNS, "tmt-cpns", rw);
  install_date (PROP_TMT_PNS, "tmt-pns", rw);

  /* Current values: KrEducation and KrPositionKind as ints, -1 when none. */
  properties[PROP_EDUCATION] = g_param_spec_int ("education", NULL, NULL, KR_EMPLOYEE_NONE,
                                                 KR_N_EDUCATIONS - 1, KR_EMPLOYEE_NONE, ro);
  properties[PROP_GOLONGAN] = g_param_spec_uint ("golongan", NULL, NULL, 0, G_MAXUINT, 0, ro);
  install_string (PROP_GOLONGAN_LABEL, "golongan-label", ro);
  install_date (PROP_RANK_TMT, "rank-tmt", ro);
  properties[PROP_POSITION_ID] =
      g_param_spec_int64 ("position-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  install_string (PROP_POSITION_NAME, "position-name", ro);
  properties[PROP_POSITION_KIND] = g_param_spec_int ("position-kind", NULL, NULL, KR_EMPLOYEE_NONE,
                                                     KR_N_POSITION_KINDS - 1, KR_EMPLOYEE_NONE, ro);
  properties[PROP_POSITION_LEVEL] =
      g_param_spec_int ("position-level", NULL, NULL, KR_POSITION_LEVEL_NONE,
                        KR_N_POSITION_LEVELS - 1, KR_POSITION_LEVEL_NONE, ro);
  install_date (PROP_POSITION_TMT, "position-tmt", ro);
  properties[PROP_UNIT_ID] = g_param_spec_int64 ("unit-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  install_string (PROP_UNIT_NAME, "unit-name", ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kr_employee_init (KrEmployee *self)
{
  g_date_clear (&self->birth_date, 1);
  g_date_clear (&self->tmt_cpns, 1);
  g_date_clear (&self->tmt_pns, 1);
  g_date_clear (&self->rank_tmt, 1);
  g_date_clear (&self->position_tmt, 1);
  self->kind = KR_EMPLOYEE_KIND_PNS;
  self->status = KR_EMPLOYEE_STATUS_AKTIF;
  self->education = KR_EMPLOYEE_NONE;
  self->position_kind = KR_EMPLOYEE_NONE;
  self->position_level = KR_POSITION_LEVEL_NONE;
}

KrEmployee *
kr_employee_new (void)
{
  return g_object_new (KR_TYPE_EMPLOYEE, NULL);
}

KrEmployee *
kr_employee_copy (KrEmployee *self)
{
  KrEmployee *copy;

  g_return_val_if_fail (KR_IS_EMPLOYEE (self), NULL);

  copy = kr_employee_new ();
  copy->id = self->id;
  copy->nip = g_strdup (self->nip);
  copy->name = g_strdup (self->name);
  copy->title_front = g_strdup (self->title_front);
  copy->title_back = g_strdup (self->title_back);
  copy->birth_place = g_strdup (self->birth_place);
  copy->birth_date = self->birth_date;
  copy->gender = self->gender;
  copy->religion = self->religion;
  copy->marital_status = self->marital_status;
  copy->nik = g_strdup (self->nik);
  copy->phone = g_strdup (self->phone);
  copy->email = g_strdup (self->email);
  copy->address = g_strdup (self->address);
  copy->kind = self->kind;
  copy->status = self->status;
  copy->tmt_cpns = self->tmt_cpns;
  copy->tmt_pns = self->tmt_pns;
  copy->education = self->education;
  copy->golongan = self->golongan;
  copy->rank_tmt = self->rank_tmt;
  copy->position_id = self->position_id;
  copy->position_name = g_strdup (self->position_name);
  copy->position_kind = self->position_kind;
  copy->position_level = self->position_level;
  copy->position_tmt = self->position_tmt;
  copy->unit_id = self->unit_id;
  copy->unit_name = g_strdup (self->unit_name);
  return copy;
}

void
_kr_employee_set_id (KrEmployee *self, gint64 id)
{
  g_return_if_fail (KR_IS_EMPLOYEE (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/* Setters */

static void
set_string (KrEmployee *self, char **field, const char *value, guint prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_date (KrEmployee *self, GDate *field, const GDate *value, guint prop_id)
{
  gboolean was_valid = g_date_valid (field);
  gboolean is_valid = value != NULL && g_date_valid (value);

  if (was_valid == is_valid && (!is_valid || g_date_compare (field, value) == 0))
    return;
  if (is_valid)
    *field = *value;
  else
    g_date_clear (field, 1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/* Setting a part of the name also changes the full name. */
static void
set_name_part (KrEmployee *self, char **field, const char *value, guint prop_id)
{
  g_object_freeze_notify (G_OBJECT (self));
  if (g_strcmp0 (*field, value) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FULL_NAME]);
  set_string (self, field, value, prop_id);
  g_object_thaw_notify (G_OBJECT (self));
}

void
kr_employee_set_nip (KrEmployee *self, const char *nip)
{
  g_return_if_fail (KR_IS_EMPLOYEE (self));
  set_string (self, &self->nip, nip, PROP_NIP);
}

void
kr_employee_set_name (KrEmployee *self, const char *name)
{
  g_return_if_fail (KR_IS_EMPLOYEE (self));
  set_name_part (self, &self->name, name, PROP_NAME);
}

void
kr_employee_set_title_front (KrEmployee *self, const char *title)
{
  g_return_if_fail (KR_IS_EMPLOYEE (self));
  set_name_part (self, &self->title_front, title, PROP_TITLE_FRONT);
}

void
kr_employee_set_title_back (KrEmployee *self, const char *title)
{
  g_return_if_fail (KR_IS_EMPLOYEE (self));
  set_name_part (self, &self->title_back, title, PROP_TITLE_BACK);
}

void
kr_employee_set_birth_place (KrEmployee *self, const char *place)
{
  g_return_if_fail (KR_IS_EMPLOYEE (self));
  set_string (self, &self->birth_place, place, PROP_BIRTH_PLACE);
}

void
kr_employee_set_birth_date (KrEmployee *self, const GDate *date)
{
  g_return_if_fail (KR_IS_EMPLOYEE (self));
  set_date (self, &self->birth_date, date, PROP_BIRTH_DATE);
}

void
kr_employee_set_gender (KrEmployee *self, KrGender gender)
{
  g_return_if_fail (KR_IS_EMPLOYEE (self));
  g_return_if_fail (gender <= KR_GENDER_FEMALE);

  if (self->gender == gender)
    return;
  self->gender = gender;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GENDER]);
}

void
kr_employee_set_religion (KrEmployee *self, KrReligion religion)
{
  g_return_if_fail (KR_IS_EMPLOYEE (self));
  g_return_if_fail (religion < KR_N_RELIGIONS);

  if (self->religion == religion)
    return;
  self->religion = religion;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RELIGION]);
}

void
kr_employee_set_marital_status (KrEmployee *self, KrMaritalStatus status)
{
  g_return_if_fail (KR_IS_EMPLOYEE (self));
  g_return_if_fail (status < KR_N_MARITAL_STATUSES);

  if (self->marital_status == status)
    return;
  self->marital_status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MARITAL_STATUS]);
}

void
kr_employee_set_nik (KrEmployee *self, const char *nik)
{
  g_return_if_fail (KR_IS_EMPLOYEE (self));
  set_string (self, &self->nik, nik, PROP_NIK);
}

void
kr_employee_set_phone (KrEmployee *self, const char *phone)
{
  g_return_if_fail (KR_IS_EMPLOYEE (self));
  set_string (self, &self->phone, phone, PROP_PHONE);
}

void
kr_employee_set_email (KrEmployee *self, const char *email)
{
  g_return_if_fail (KR_IS_EMPLOYEE (self));
  set_string (self, &self->email, email, PROP_EMAIL);
}

void
kr_employee_set_address (KrEmployee *self, const char *address)
{
  g_return_if_fail (KR_IS_EMPLOYEE (self));
  set_string (self, &self->address, address, PROP_ADDRESS);
}

void
kr_employee_set_kind (KrEmployee *self, KrEmployeeKind kind)
{
  g_return_if_fail (KR_IS_EMPLOYEE (self));
  g_return_if_fail (kind < KR_N_EMPLOYEE_KINDS);

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

void
kr_employee_set_status (KrEmployee *self, KrEmployeeStatus status)
{
  g_return_if_fail (KR_IS_EMPLOYEE (self));
  g_return_if_fail (status < KR_N_EMPLOYEE_STATUSES);

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

void
kr_employee_set_tmt_cpns (KrEmployee *self, const GDate *date)
{
  g_return_if_fail (KR_IS_EMPLOYEE (self));
  set_date (self, &self->tmt_cpns, date, PROP_TMT_CPNS);
}

void
kr_employee_set_tmt_pns (KrEmployee *self, const GDate *date)
{
  g_return_if_fail (KR_IS_EMPLOYEE (self));
  set_date (self, &self->tmt_pns, date, PROP_TMT_PNS);
}

/* Getters */

static const GDate *
date_or_null (const GDate *date)
{
  return g_date_valid (date) ? date : NULL;
}

gint64
kr_employee_get_id (KrEmployee *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE (self), 0);
  return self->id;
}

const char *
kr_employee_get_nip (KrEmployee *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE (self), NULL);
  return self->nip;
}

const char *
kr_employee_get_name (KrEmployee *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE (self), NULL);
  return self->name;
}

const char *
kr_employee_get_title_front (KrEmployee *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE (self), NULL);
  return self->title_front;
}

const char *
kr_employee_get_title_back (KrEmployee *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE (self), NULL);
  return self->title_back;
}

char *
kr_employee_dup_full_name (KrEmployee *self)
{
  GString *full;

  g_return_val_if_fail (KR_IS_EMPLOYEE (self), NULL);

  if (self->name == NULL || *self->name == '\0')
    return NULL;

  /* The same composition as the employee_search view of the schema. */
  full = g_string_new (NULL);
  if (self->title_front != NULL && *self->title_front != '\0')
    g_string_append_printf (full, "%s ", self->title_front);
  g_string_append (full, self->name);
  if (self->title_back != NULL && *self->title_back != '\0')
    g_string_append_printf (full, ", %s", self->title_back);
  return g_string_free (full, FALSE);
}

const char *
kr_employee_get_birth_place (KrEmployee *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE (self), NULL);
  return self->birth_place;
}

const GDate *
kr_employee_get_birth_date (KrEmployee *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE (self), NULL);
  return date_or_null (&self->birth_date);
}

KrGender
kr_employee_get_gender (KrEmployee *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE (self), KR_GENDER_UNKNOWN);
  return self->gender;
}

KrReligion
kr_employee_get_religion (KrEmployee *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE (self), KR_RELIGION_UNKNOWN);
  return self->religion;
}

KrMaritalStatus
kr_employee_get_marital_status (KrEmployee *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE (self), KR_MARITAL_STATUS_UNKNOWN);
  return self->marital_status;
}

const char *
kr_employee_get_nik (KrEmployee *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE (self), NULL);
  return self->nik;
}

const char *
kr_employee_get_phone (KrEmployee *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE (self), NULL);
  return self->phone;
}

const char *
kr_employee_get_email (KrEmployee *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE (self), NULL);
  return self->email;
}

const char *
kr_employee_get_address (KrEmployee *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE (self), NULL);
  return self->address;
}

KrEmployeeKind
kr_employee_get_kind (KrEmployee *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE (self), KR_EMPLOYEE_KIND_PNS);
  return self->kind;
}

KrEmployeeStatus
kr_employee_get_status (KrEmployee *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE (self), KR_EMPLOYEE_STATUS_AKTIF);
  return self->status;
}

const GDate *
kr_employee_get_tmt_cpns (KrEmployee *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE (self), NULL);
  return date_or_null (&self->tmt_cpns);
}

const GDate *
kr_employee_get_tmt_pns (KrEmployee *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE (self), NULL);
  return date_or_null (&self->tmt_pns);
}

gboolean
kr_employee_get_education (KrEmployee *self, KrEducation *education)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE (self), FALSE);

  if (self->education == KR_EMPLOYEE_NONE)
    return FALSE;
  if (education != NULL)
    *education = (KrEducation) self->education;
  return TRUE;
}

guint
kr_employee_get_golongan (KrEmployee *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE (self), 0);
  return self->golongan;
}

const char *
kr_employee_get_golongan_label (KrEmployee *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE (self), NULL);
  return kr_golongan_get_label (self->golongan);
}

const GDate *
kr_employee_get_rank_tmt (KrEmployee *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE (self), NULL);
  return date_or_null (&self->rank_tmt);
}

gint64
kr_employee_get_position_id (KrEmployee *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE (self), 0);
  return self->position_id;
}

const char *
kr_employee_get_position_name (KrEmployee *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE (self), NULL);
  return self->position_name;
}

gboolean
kr_employee_get_position_kind (KrEmployee *self, KrPositionKind *kind, KrPositionLevel *level)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE (self), FALSE);

  if (self->position_kind == KR_EMPLOYEE_NONE)
    return FALSE;
  if (kind != NULL)
    *kind = (KrPositionKind) self->position_kind;
  if (level != NULL)
    *level = self->position_level;
  return TRUE;
}

const GDate *
kr_employee_get_position_tmt (KrEmployee *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE (self), NULL);
  return date_or_null (&self->position_tmt);
}

gint64
kr_employee_get_unit_id (KrEmployee *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE (self), 0);
  return self->unit_id;
}

const char *
kr_employee_get_unit_name (KrEmployee *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE (self), NULL);
  return self->unit_name;
}
