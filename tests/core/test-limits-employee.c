/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-limits-employee"

#include "config.h"

#include <string.h>

#include "kr-database.h"
#include "kr-date.h"
#include "kr-employee-repository.h"
#include "kr-employee.h"
#include "kr-error.h"
#include "kr-test-utils.h"
#include "kr-text.h"
#include "kr-unit-repository.h"

/* The fields of the employee form and of its histories at their limits, one row a value: what
 * the editors, the CLI and the SIASN import all go through. A value out of range is
 * KR_ERROR_INVALID with a message that names the field (and, for the employee's own fields,
 * the failing field's id for the form). */

/* Synthetic, by the DOMAIN 1.1 rules: born 1990-03-15, TMT CPNS 2014-03, female. */
#define NIP_SITI "199003152014032002"

typedef enum
{
  NIP,
  NIK,
  PHONE,
  EMAIL,
  BIRTH_DATE,
  TMT_CPNS,
  TMT_PNS,
} Field;

typedef struct
{
  Field field;
  const char *value;
  const char *field_id; /* (nullable): the form's field; NULL when @value is valid */
  const char *fragment; /* what the message must name */
} Limit;

static const Limit limits[] = {
  { NIP, NIP_SITI, NULL, NULL },
  { NIP, "19900315 201403 2 002", NULL, NULL },
  { NIP, "", "nip", "NIP" },
  { NIP, "19900315201403200", "nip", "NIP" },   /* 17 digits */
  { NIP, "1990031520140320020", "nip", "NIP" }, /* 19 */
  { NIP, "19900315201403200x", "nip", "NIP" },
  { NIP, "-99003152014032002", "nip", "NIP" },
  { NIP, "199013152014032002", "nip", "NIP" }, /* month 13 */
  { NIP, "199002302014032002", "nip", "NIP" }, /* 30 February */
  { NIP, "199003152014132002", "nip", "NIP" }, /* TMT month 13 */
  { NIP, "199003151989032002", "nip", "NIP" }, /* TMT before the birth */
  { NIP, "199003152099032002", "nip", "NIP" }, /* TMT in the future */
  { NIP, "199003152014033002", "nip", "NIP" }, /* gender 3 */
  { NIK, "", NULL, NULL },
  { NIK, "3201234567890123", NULL, NULL },
  { NIK, "320123456789012", "nik", "NIK" },
  { NIK, "32012345678901234", "nik", "NIK" },
  { NIK, "320123456789012x", "nik", "NIK" },
  { NIK, "-201234567890123", "nik", "NIK" },
  { PHONE, "+62 812-3456-7890", NULL, NULL },
  { PHONE, "12345", "phone", "phone" },
  { PHONE, "0812+3456", "phone", "phone" },
  { PHONE, "0812 abc", "phone", "phone" },
  { EMAIL, "siti@bkpsdm.go.id", NULL, NULL },
  { EMAIL, "siti", "email", "email" },
  { EMAIL, "@bkpsdm.go.id", "email", "email" },
  { EMAIL, "siti@@bkpsdm.go.id", "email", "email" },
  { EMAIL, "siti@bkpsdm.", "email", "email" },
  { BIRTH_DATE, "", "birth-date", "birth date" },
  { BIRTH_DATE, "1899-12-31", "birth-date", "birth date" },
  { BIRTH_DATE, "0001-01-01", "birth-date", "birth date" },
  { BIRTH_DATE, "1900-01-01", NULL, NULL },
  { BIRTH_DATE, "2025-06-15", NULL, NULL }, /* today; the TMT CPNS is then the one at fault */
  { BIRTH_DATE, "2025-06-16", "birth-date", "birth date" },
  { BIRTH_DATE, "9999-12-31", "birth-date", "birth date" },
  { TMT_CPNS, "", NULL, NULL },
  { TMT_CPNS, "1990-03-15", "tmt-cpns", "TMT CPNS" },
  { TMT_CPNS, "1900-01-01", "tmt-cpns", "TMT CPNS" },
  { TMT_CPNS, "2008-03-14", "tmt-cpns", "TMT CPNS" }, /* the day before turning 18 */
  { TMT_CPNS, "2008-03-15", NULL, NULL },
  { TMT_CPNS, "2026-06-15", NULL, NULL }, /* a year ahead: a decree may set it */
  { TMT_CPNS, "2026-06-16", "tmt-cpns", "TMT CPNS" },
  { TMT_CPNS, "9999-12-31", "tmt-cpns", "TMT CPNS" },
  { TMT_PNS, "", NULL, NULL },
  { TMT_PNS, "2015-03-01", NULL, NULL },
  { TMT_PNS, "2014-02-28", "tmt-pns", "TMT PNS" }, /* before the TMT CPNS */
  { TMT_PNS, "2026-06-15", NULL, NULL },
  { TMT_PNS, "2026-06-16", "tmt-pns", "TMT PNS" },
  { TMT_PNS, "9999-12-31", "tmt-pns", "TMT PNS" },
};

static void
set_date (GDate *date, const char *text)
{
  g_date_clear (date, 1);
  if (*text != '\0')
    g_assert_true (kr_date_parse_iso (text, date, NULL));
}

static KrEmployee *
make_siti (void)
{
  KrEmployee *employee = kr_employee_new ();
  GDate date;

  kr_employee_set_nip (employee, NIP_SITI);
  kr_employee_set_name (employee, "Siti Aminah");
  kr_employee_set_kind (employee, KR_EMPLOYEE_KIND_PNS);
  kr_employee_set_gender (employee, KR_GENDER_FEMALE);
  set_date (&date, "1990-03-15");
  kr_employee_set_birth_date (employee, &date);
  set_date (&date, "2014-03-01");
  kr_employee_set_tmt_cpns (employee, &date);
  return employee;
}

static void
test_limit (gconstpointer data)
{
  const Limit *limit = data;
  g_autoptr (KrEmployee) employee = make_siti ();
  g_autoptr (GDate) today = g_date_new_dmy (15, G_DATE_JUNE, 2025);
  g_autoptr (GError) error = NULL;
  const char *field = NULL;
  GDate date;
  gboolean ok;

  switch (limit->field)
    {
    case NIP:
      kr_employee_set_nip (employee, limit->value);
      break;
    case NIK:
      kr_employee_set_nik (employee, limit->value);
      break;
    case PHONE:
      kr_employee_set_phone (employee, limit->value);
      break;
    case EMAIL:
      kr_employee_set_email (employee, limit->value);
      break;
    case BIRTH_DATE:
      set_date (&date, limit->value);
      kr_employee_set_birth_date (employee, &date);
      /* The TMT CPNS must not be the field at fault. */
      if (g_date_valid (&date) && g_date_get_year (&date) > 1990)
        kr_employee_set_tmt_cpns (employee, NULL);
      break;
    case TMT_CPNS:
      set_date (&date, limit->value);
      kr_employee_set_tmt_cpns (employee, g_date_valid (&date) ? &date : NULL);
      break;
    case TMT_PNS:
    default:
      set_date (&date, limit->value);
      kr_employee_set_tmt_pns (employee, g_date_valid (&date) ? &date : NULL);
      break;
    }
  ok = kr_employee_validate (employee, today, &field, NULL, &error);
  if (limit->field_id == NULL)
    {
      g_assert_no_error (error);
      g_assert_true (ok);
      return;
    }
  g_test_message ("%s", error != NULL ? error->message : "(no error)");
  g_assert_false (ok);
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_cmpstr (field, ==, limit->field_id);
  g_assert_nonnull (strstr (error->message, limit->fragment));
}

/* @n copies of @unit, between spaces that do not count. */
static char *
repeat (const char *unit, guint n)
{
  GString *text = g_string_new ("  ");

  for (guint i = 0; i < n; i++)
    g_string_append (text, unit);
  g_string_append (text, " \t");
  return g_string_free (text, FALSE);
}

/* The employee's free text: at its limit in characters (two bytes each) it passes, one more
 * is refused, naming the field for the message and for the form. */
static void
test_text_lengths (void)
{
  static const struct
  {
    void (*set) (KrEmployee *self, const char *value);
    const char *field_id;
    guint max_chars;
    const char *label;
  } texts[] = {
    { kr_employee_set_name, "name", KR_TEXT_MAX_NAME, "Name" },
    { kr_employee_set_title_front, "title-front", KR_TEXT_MAX_NAME, "Academic Title Before Name" },
    { kr_employee_set_title_back, "title-back", KR_TEXT_MAX_NAME, "Academic Title After Name" },
    { kr_employee_set_birth_place, "birth-place", KR_TEXT_MAX_NAME, "Place of Birth" },
    { kr_employee_set_email, "email", KR_TEXT_MAX_EMAIL, "Email" },
    { kr_employee_set_address, "address", KR_TEXT_MAX_NOTE, "Home Address" },
  };
  g_autoptr (GDate) today = g_date_new_dmy (15, G_DATE_JUNE, 2025);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    for (guint extra = 0; extra <= 1; extra++)
      {
        g_autoptr (KrEmployee) employee = make_siti ();
        g_autoptr (GError) error = NULL;
        g_autofree char *value = NULL;
        const char *field = NULL;
        gboolean ok;

        /* An email address must stay one: name@, then “é” to the length, then .id */
        if (texts[i].set == kr_employee_set_email)
          {
            g_autofree char *middle = repeat ("e", texts[i].max_chars + extra - 8);

            value = g_strdup_printf ("siti@%s.id", g_strstrip (middle));
          }
        else
          value = repeat ("é", texts[i].max_chars + extra);
        texts[i].set (employee, value);
        ok = kr_employee_validate (employee, today, &field, NULL, &error);
        g_test_message ("%s, %u characters: %s", texts[i].field_id, texts[i].max_chars + extra,
                        error != NULL ? error->message : "valid");
        if (extra == 0)
          {
            g_assert_no_error (error);
            g_assert_true (ok);
            continue;
          }
        g_assert_false (ok);
        g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
        g_assert_cmpstr (field, ==, texts[i].field_id);
        g_assert_true (g_str_has_prefix (error->message, texts[i].label));
      }
}

/* A phone number of digits, one too many for its field. */
static void
test_phone_length (void)
{
  g_autoptr (KrEmployee) employee = make_siti ();
  g_autoptr (GDate) today = g_date_new_dmy (15, G_DATE_JUNE, 2025);
  g_autoptr (GError) error = NULL;
  g_autofree char *digits = repeat ("8", KR_TEXT_MAX_CODE + 1);
  const char *field = NULL;

  kr_employee_set_phone (employee, digits);
  g_assert_false (kr_employee_validate (employee, today, &field, NULL, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_cmpstr (field, ==, "phone");
  g_assert_true (g_str_has_prefix (error->message, "Phone"));
}

/* Histories: an employee in a database, and each history's dates and years at their limits. */

typedef struct
{
  KrDatabase *db;
  KrUnitRepository *units;
  KrEmployeeRepository *employees;
  gint64 employee_id;
  gint64 position_id;
  guint this_year;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployee) employee = make_siti ();
  g_autoptr (KrPositionRecord) position = kr_position_record_new ();
  GDate today;
  gint64 unit;

  fixture->db = kr_database_open (":memory:", KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  fixture->units = kr_unit_repository_new (fixture->db);
  fixture->employees = kr_employee_repository_new (fixture->db);
  unit = kr_unit_repository_add (fixture->units, 0, "BKPSDM", "Badan Kepegawaian Daerah",
                                 KR_UNIT_KIND_PERANGKAT_DAERAH, &error);
  g_assert_no_error (error);
  position->unit_id = unit;
  position->name = g_strdup ("Pengadministrasi Umum");
  position->kind = KR_POSITION_KIND_PELAKSANA;
  position->level = KR_POSITION_LEVEL_NONE;
  kr_unit_repository_add_position (fixture->units, position, &error);
  g_assert_no_error (error);
  fixture->position_id = position->id;
  fixture->employee_id = kr_employee_repository_insert (fixture->employees, employee, NULL, &error);
  g_assert_no_error (error);
  kr_date_today (NULL, &today);
  fixture->this_year = g_date_get_year (&today);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_assert_finalize_object (fixture->employees);
  g_assert_finalize_object (fixture->units);
  g_assert_finalize_object (fixture->db);
}

/* Fails the test unless @id and @error tell of a refusal naming @fragment, or of a success when
 * @fragment is %NULL. */
static void
assert_outcome (gint64 id, GError *error, const char *fragment)
{
  if (fragment == NULL)
    {
      g_assert_no_error (error);
      g_assert_cmpint (id, >, 0);
      return;
    }
  g_test_message ("%s", error != NULL ? error->message : "(no error)");
  g_assert_cmpint (id, ==, 0);
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, fragment));
}

/* The TMT and SK dates of the rank and position histories: after the birth date (1990-03-15),
 * not before the TMT CPNS (2014-03-01), the SK date not in the future. */
static const struct
{
  const char *tmt;
  const char *sk_date;
  const char *fragment; /* (nullable): NULL when valid */
} service_dates[] = {
  { "", "", "TMT" },
  { "0001-01-01", "", "TMT" },
  { "1900-01-01", "", "TMT" },
  { "1990-03-15", "", "TMT" }, /* the birth date */
  { "2014-02-28", "", "TMT" }, /* the day before the TMT CPNS */
  { "2014-03-01", "", NULL },
  { "2014-03-01", "2014-02-01", NULL }, /* the decree comes before its TMT */
  { "2014-03-01", "1990-03-15", "SK date" },
  { "2014-03-01", "9999-12-31", "SK date" },
  { "2014-03-01", "0001-01-01", "SK date" },
};

static void
test_rank_dates (Fixture *fixture, gconstpointer data)
{
  for (guint i = 0; i < G_N_ELEMENTS (service_dates); i++)
    {
      g_autoptr (KrRankEntry) entry = kr_rank_entry_new ();
      g_autoptr (GError) error = NULL;
      gint64 id;

      g_test_message ("rank TMT “%s”, SK date “%s”", service_dates[i].tmt,
                      service_dates[i].sk_date);
      entry->employee_id = fixture->employee_id;
      entry->golongan = 21;
      entry->promotion_kind = KR_PROMOTION_KIND_PENGANGKATAN;
      set_date (&entry->tmt, service_dates[i].tmt);
      set_date (&entry->sk_date, service_dates[i].sk_date);
      id = kr_employee_repository_add_rank (fixture->employees, entry, &error);
      assert_outcome (id, error, service_dates[i].fragment);
    }
}

static void
test_position_dates (Fixture *fixture, gconstpointer data)
{
  for (guint i = 0; i < G_N_ELEMENTS (service_dates); i++)
    {
      g_autoptr (KrPositionEntry) entry = kr_position_entry_new ();
      g_autoptr (GError) error = NULL;
      gint64 id;

      g_test_message ("position TMT “%s”, SK date “%s”", service_dates[i].tmt,
                      service_dates[i].sk_date);
      entry->employee_id = fixture->employee_id;
      entry->position_id = fixture->position_id;
      set_date (&entry->tmt, service_dates[i].tmt);
      set_date (&entry->sk_date, service_dates[i].sk_date);
      id = kr_employee_repository_add_position (fixture->employees, entry, &error);
      assert_outcome (id, error, service_dates[i].fragment);
    }
}

/* The golongan code of a rank row: 11 to 45 with a valid ruang, for a PNS. */
static void
test_rank_golongan (Fixture *fixture, gconstpointer data)
{
  static const struct
  {
    guint golongan;
    gboolean valid;
  } codes[] = {
    { 0, FALSE },   { 10, FALSE },  { 11, TRUE },   { 15, FALSE },
    { 16, FALSE },  { 45, TRUE },   { 46, FALSE },  { 50, FALSE },
    { 101, FALSE }, { 117, FALSE }, { 118, FALSE }, { G_MAXUINT, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_autoptr (KrRankEntry) entry = kr_rank_entry_new ();
      g_autoptr (GError) error = NULL;
      gint64 id;

      g_test_message ("golongan %u", codes[i].golongan);
      entry->employee_id = fixture->employee_id;
      entry->golongan = codes[i].golongan;
      entry->promotion_kind = KR_PROMOTION_KIND_PENGANGKATAN;
      set_date (&entry->tmt, "2014-03-01");
      id = kr_employee_repository_add_rank (fixture->employees, entry, &error);
      assert_outcome (id, error, codes[i].valid ? NULL : "golongan");
    }
}

/* The graduation year: after the birth year (1990), not in the future. */
static void
test_graduation_year (Fixture *fixture, gconstpointer data)
{
  const struct
  {
    guint year;
    gboolean valid;
  } years[] = {
    { 0, FALSE },
    { 1990, FALSE },
    { 1991, TRUE },
    { fixture->this_year, TRUE },
    { fixture->this_year + 1, FALSE },
    { 20250, FALSE },
    { G_MAXUINT, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      g_autoptr (KrEducationEntry) entry = kr_education_entry_new ();
      g_autoptr (GError) error = NULL;
      gint64 id;

      g_test_message ("graduation year %u", years[i].year);
      entry->employee_id = fixture->employee_id;
      entry->level = KR_EDUCATION_S1;
      entry->institution = g_strdup ("Universitas Mataram");
      entry->graduation_year = years[i].year;
      id = kr_employee_repository_add_education (fixture->employees, entry, &error);
      assert_outcome (id, error, years[i].valid ? NULL : "graduation year");
    }
}

/* A sanction's period: its TMT as a rank's, its end not before the TMT, PP 94/2021 only from
 * 31 August 2021. */
static void
test_discipline_period (Fixture *fixture, gconstpointer data)
{
  static const struct
  {
    const char *tmt;
    const char *end;
    KrDisciplineRegulation regulation;
    const char *fragment; /* (nullable) */
  } periods[] = {
    { "2022-01-01", "2022-12-31", KR_DISCIPLINE_REGULATION_PP_94_2021, NULL },
    { "2022-01-01", "2022-01-01", KR_DISCIPLINE_REGULATION_PP_94_2021, NULL },
    { "2022-01-01", "", KR_DISCIPLINE_REGULATION_PP_94_2021, NULL },
    { "2022-01-01", "2021-12-31", KR_DISCIPLINE_REGULATION_PP_94_2021, "end date" },
    { "2022-01-01", "0001-01-01", KR_DISCIPLINE_REGULATION_PP_94_2021, "end date" },
    { "2021-08-30", "2021-12-31", KR_DISCIPLINE_REGULATION_PP_94_2021, "PP 94/2021" },
    { "2021-08-31", "2021-12-31", KR_DISCIPLINE_REGULATION_PP_94_2021, NULL },
    { "2021-08-30", "2021-12-31", KR_DISCIPLINE_REGULATION_PP_53_2010, NULL },
    { "1990-03-15", "", KR_DISCIPLINE_REGULATION_PP_53_2010, "TMT" },
    { "2014-02-28", "", KR_DISCIPLINE_REGULATION_PP_53_2010, "TMT" },
    { "", "", KR_DISCIPLINE_REGULATION_PP_53_2010, "TMT" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
    {
      g_autoptr (KrDisciplineEntry) entry = kr_discipline_entry_new ();
      g_autoptr (GError) error = NULL;
      gint64 id;

      g_test_message ("sanction from “%s” to “%s”", periods[i].tmt, periods[i].end);
      entry->employee_id = fixture->employee_id;
      entry->level = KR_DISCIPLINE_LEVEL_RINGAN;
      entry->sanction = g_strdup ("Teguran lisan");
      entry->regulation = periods[i].regulation;
      set_date (&entry->tmt, periods[i].tmt);
      set_date (&entry->end_date, periods[i].end);
      id = kr_employee_repository_add_discipline (fixture->employees, entry, &error);
      assert_outcome (id, error, periods[i].fragment);
    }
}

/* The award year: after the birth year, not in the future, and enough service for a
 * Satyalancana (10 years from the TMT CPNS 2014-03-01). */
static void
test_award_year (Fixture *fixture, gconstpointer data)
{
  const struct
  {
    KrAwardKind kind;
    guint year;
    const char *fragment; /* (nullable) */
  } awards[] = {
    { KR_AWARD_KIND_OTHER, 0, "award year" },
    { KR_AWARD_KIND_OTHER, 1990, "award year" },
    { KR_AWARD_KIND_OTHER, 1991, NULL },
    { KR_AWARD_KIND_OTHER, fixture->this_year, NULL },
    { KR_AWARD_KIND_OTHER, fixture->this_year + 1, "award year" },
    { KR_AWARD_KIND_OTHER, G_MAXUINT, "award year" },
    { KR_AWARD_KIND_SATYALANCANA_X, 2023, "10" },
    { KR_AWARD_KIND_SATYALANCANA_X, 2024, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (awards); i++)
    {
      g_autoptr (KrAwardEntry) entry = kr_award_entry_new ();
      g_autoptr (GError) error = NULL;
      gint64 id;

      g_test_message ("award year %u", awards[i].year);
      entry->employee_id = fixture->employee_id;
      entry->kind = awards[i].kind;
      entry->name = g_strdup ("Pegawai Teladan");
      entry->year = awards[i].year;
      id = kr_employee_repository_add_award (fixture->employees, entry, &error);
      assert_outcome (id, error, awards[i].fragment);
    }
}

/* The free text of each history: at its limit it is saved, one character more is refused with
 * the field's name and nothing is written. */
static void
test_history_texts (Fixture *fixture, gconstpointer data)
{
  enum
  {
    RANK_SK,
    POSITION_SK,
    INSTITUTION,
    MAJOR,
    CERTIFICATE,
    SANCTION,
    DISCIPLINE_SK,
    AWARD_NAME,
    AWARD_SK,
  };
  static const struct
  {
    guint what;
    guint max_chars;
    const char *label;
  } texts[] = {
    { RANK_SK, KR_TEXT_MAX_CODE, "SK Number" },
    { POSITION_SK, KR_TEXT_MAX_CODE, "SK Number" },
    { INSTITUTION, KR_TEXT_MAX_LINE, "School or University" },
    { MAJOR, KR_TEXT_MAX_LINE, "Field of Study" },
    { CERTIFICATE, KR_TEXT_MAX_CODE, "Certificate Number" },
    { SANCTION, KR_TEXT_MAX_NOTE, "Sanction" },
    { DISCIPLINE_SK, KR_TEXT_MAX_CODE, "SK Number" },
    { AWARD_NAME, KR_TEXT_MAX_LINE, "Award" },
    { AWARD_SK, KR_TEXT_MAX_CODE, "Decree Number" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    for (guint extra = 0; extra <= 1; extra++)
      {
        g_autofree char *value = repeat ("ü", texts[i].max_chars + extra);
        g_autoptr (GError) error = NULL;
        gint64 id = 0;

        g_test_message ("text %u, %u characters", i, texts[i].max_chars + extra);
        if (texts[i].what == RANK_SK)
          {
            g_autoptr (KrRankEntry) entry = kr_rank_entry_new ();

            entry->employee_id = fixture->employee_id;
            entry->golongan = 21;
            entry->promotion_kind = KR_PROMOTION_KIND_PENGANGKATAN;
            set_date (&entry->tmt, "2014-03-01");
            entry->sk_number = g_strdup (value);
            id = kr_employee_repository_add_rank (fixture->employees, entry, &error);
          }
        else if (texts[i].what == POSITION_SK)
          {
            g_autoptr (KrPositionEntry) entry = kr_position_entry_new ();

            entry->employee_id = fixture->employee_id;
            entry->position_id = fixture->position_id;
            set_date (&entry->tmt, "2014-03-01");
            entry->sk_number = g_strdup (value);
            id = kr_employee_repository_add_position (fixture->employees, entry, &error);
          }
        else if (texts[i].what <= CERTIFICATE)
          {
            g_autoptr (KrEducationEntry) entry = kr_education_entry_new ();

            entry->employee_id = fixture->employee_id;
            entry->level = KR_EDUCATION_S1;
            entry->graduation_year = 2012;
            entry->institution = g_strdup (texts[i].what == INSTITUTION ? value : "Unram");
            entry->major = g_strdup (texts[i].what == MAJOR ? value : "Hukum");
            entry->sk_number = g_strdup (texts[i].what == CERTIFICATE ? value : "12/2012");
            id = kr_employee_repository_add_education (fixture->employees, entry, &error);
          }
        else if (texts[i].what <= DISCIPLINE_SK)
          {
            g_autoptr (KrDisciplineEntry) entry = kr_discipline_entry_new ();

            entry->employee_id = fixture->employee_id;
            entry->level = KR_DISCIPLINE_LEVEL_RINGAN;
            entry->regulation = KR_DISCIPLINE_REGULATION_PP_94_2021;
            set_date (&entry->tmt, "2022-01-01");
            entry->sanction = g_strdup (texts[i].what == SANCTION ? value : "Teguran lisan");
            entry->sk_number = g_strdup (texts[i].what == DISCIPLINE_SK ? value : "800/1");
            id = kr_employee_repository_add_discipline (fixture->employees, entry, &error);
          }
        else
          {
            g_autoptr (KrAwardEntry) entry = kr_award_entry_new ();

            entry->employee_id = fixture->employee_id;
            entry->kind = KR_AWARD_KIND_OTHER;
            entry->year = 2020;
            entry->name = g_strdup (texts[i].what == AWARD_NAME ? value : "Pegawai Teladan");
            entry->sk_number = g_strdup (texts[i].what == AWARD_SK ? value : "1/2020");
            id = kr_employee_repository_add_award (fixture->employees, entry, &error);
          }
        assert_outcome (id, error, extra == 0 ? NULL : texts[i].label);
        if (extra == 1)
          g_assert_true (g_str_has_prefix (error->message, texts[i].label));
      }
}

int
main (int argc, char *argv[])
{
  static const char *const names[] = {
    "nip", "nik", "phone", "email", "birth-date", "tmt-cpns", "tmt-pns",
  };

  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (limits); i++)
    {
      g_autofree char *path = g_strdup_printf ("/limits/employee/%s/%u", names[limits[i].field], i);

      g_test_add_data_func (path, &limits[i], test_limit);
    }
  g_test_add_func ("/limits/employee/text-lengths", test_text_lengths);
  g_test_add_func ("/limits/employee/phone-length", test_phone_length);
#define ADD(path, func)                                                                            \
  g_test_add ("/limits/employee/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("rank-dates", test_rank_dates);
  ADD ("rank-golongan", test_rank_golongan);
  ADD ("position-dates", test_position_dates);
  ADD ("graduation-year", test_graduation_year);
  ADD ("discipline-period", test_discipline_period);
  ADD ("award-year", test_award_year);
  ADD ("history-texts", test_history_texts);
#undef ADD
  return g_test_run ();
}
