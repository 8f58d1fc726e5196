/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-demo"

#include "config.h"

#include <string.h>

#include "kr-account-repository.h"
#include "kr-appraisal-repository.h"
#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-demo.h"
#include "kr-employee-list.h"
#include "kr-employee-repository.h"
#include "kr-error.h"
#include "kr-nip.h"
#include "kr-test-utils.h"
#include "kr-unit-repository.h"

/* Small enough to run in a moment, big enough for every kind of employee and unit. */
#define N_EMPLOYEES 300
/* With appraisals, which take longer to make. */
#define N_APPRAISED 150

typedef struct
{
  KrDatabase *db;
  KrUnitRepository *units;
  KrEmployeeRepository *employees;
  KrDemoSummary summary;
  GDate today;
} Fixture;

static void
open_database (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;

  fixture->db = kr_database_open (":memory:", KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  fixture->units = kr_unit_repository_new (fixture->db);
  fixture->employees = kr_employee_repository_new (fixture->db);
}

static void
close_database (Fixture *fixture)
{
  g_assert_finalize_object (fixture->employees);
  g_assert_finalize_object (fixture->units);
  g_assert_finalize_object (fixture->db);
}

/* A fixed date, so that the data does not change from day to day: after the switch to
 * monthly promotion periods, so that every era of them occurs. */
static void
set_today (GDate *today)
{
  g_date_clear (today, 1);
  g_date_set_dmy (today, 15, G_DATE_DECEMBER, 2025);
}

static void
generate_full (Fixture *fixture, guint n, guint64 seed, KrDemoAppraisals appraisals)
{
  KrDemoOptions options = {
    .n_employees = n, .seed = seed, .today = &fixture->today, .appraisals = appraisals
  };
  g_autoptr (GError) error = NULL;

  g_assert_true (
      kr_demo_generate (fixture->db, &options, NULL, NULL, NULL, &fixture->summary, &error));
  g_assert_no_error (error);
}

/* Without appraisals, which the tests of employees do not need and which take longer to make
 * than the employees: see test-demo-appraisals below. */
static void
generate (Fixture *fixture, guint n, guint64 seed)
{
  generate_full (fixture, n, seed, KR_DEMO_APPRAISALS_NONE);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  set_today (&fixture->today);
  open_database (fixture);
  if (data != NULL)
    generate_full (fixture, N_APPRAISED, 20261122, KR_DEMO_APPRAISALS_ALL);
  else
    generate (fixture, N_EMPLOYEES, 20261122);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  close_database (fixture);
}

/* Every employee, by NIP. */
static GPtrArray *
list_employees (KrEmployeeRepository *employees)
{
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
  g_autoptr (KrEmployeeList) list = NULL;
  GPtrArray *all = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  kr_employee_query_set_sort (query, KR_EMPLOYEE_SORT_NIP, FALSE);
  list = kr_employee_list_new (employees, query);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (all, g_list_model_get_item (G_LIST_MODEL (list), i));
  g_assert_false (kr_employee_list_get_error (list, NULL));
  return all;
}

static void
append_date (GString *out, const GDate *date)
{
  char text[KR_DATE_ISO_LENGTH + 1];

  if (date == NULL || !g_date_valid (date))
    g_string_append (out, "-|");
  else
    {
      kr_date_format_iso_buf (date, text);
      g_string_append_printf (out, "%s|", text);
    }
}

static void
dump_units (KrUnitRepository *units, gint64 parent_id, int depth, GString *out)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) children = kr_unit_repository_list_children (units, parent_id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < children->len; i++)
    {
      const KrUnit *unit = g_ptr_array_index (children, i);
      g_autoptr (GPtrArray) positions = kr_unit_repository_list_positions (units, unit->id, &error);

      g_assert_no_error (error);
      g_string_append_printf (out, "%*sunit %s|%s|%d\n", depth, "", unit->code, unit->name,
                              unit->kind);
      for (guint j = 0; j < positions->len; j++)
        {
          const KrPositionRecord *position = g_ptr_array_index (positions, j);

          g_string_append_printf (out, "%*s  position %s|%d|%d|%u|%d\n", depth, "", position->name,
                                  position->kind, position->level, position->kelas_jabatan,
                                  position->is_head);
        }
      dump_units (units, unit->id, depth + 2, out);
    }
}

static void
dump_employee (KrEmployeeRepository *employees, KrEmployee *employee, GString *out)
{
  g_autoptr (GError) error = NULL;
  gint64 id = kr_employee_get_id (employee);
  g_autoptr (GPtrArray) ranks = kr_employee_repository_list_ranks (employees, id, &error);
  g_autoptr (GPtrArray) positions = kr_employee_repository_list_positions (employees, id, &error);
  g_autoptr (GPtrArray) educations = kr_employee_repository_list_educations (employees, id, &error);
  g_autoptr (GPtrArray) disciplines =
      kr_employee_repository_list_disciplines (employees, id, &error);
  g_autoptr (GPtrArray) awards = kr_employee_repository_list_awards (employees, id, &error);
  g_autofree char *full_name = kr_employee_dup_full_name (employee);

  g_assert_no_error (error);
  g_string_append_printf (
      out, "employee %s|%s|%s|%d|%d|%d|%s|%s|%s|%s|%d|%d|", kr_employee_get_nip (employee),
      full_name, kr_employee_get_birth_place (employee), kr_employee_get_gender (employee),
      kr_employee_get_religion (employee), kr_employee_get_marital_status (employee),
      kr_employee_get_nik (employee), kr_employee_get_phone (employee),
      kr_employee_get_email (employee), kr_employee_get_address (employee),
      kr_employee_get_kind (employee), kr_employee_get_status (employee));
  append_date (out, kr_employee_get_birth_date (employee));
  append_date (out, kr_employee_get_tmt_cpns (employee));
  append_date (out, kr_employee_get_tmt_pns (employee));
  g_string_append_c (out, '\n');
  for (guint i = 0; i < ranks->len; i++)
    {
      const KrRankEntry *rank = g_ptr_array_index (ranks, i);

      g_string_append_printf (out, "  rank %u|%d|%s|", rank->golongan, rank->promotion_kind,
                              rank->sk_number);
      append_date (out, &rank->tmt);
      append_date (out, &rank->sk_date);
      g_string_append_c (out, '\n');
    }
  for (guint i = 0; i < positions->len; i++)
    {
      const KrPositionEntry *position = g_ptr_array_index (positions, i);

      g_string_append_printf (out, "  position %s|%s|%s|", position->position_name,
                              position->unit_name, position->sk_number);
      append_date (out, &position->tmt);
      append_date (out, &position->sk_date);
      g_string_append_c (out, '\n');
    }
  for (guint i = 0; i < educations->len; i++)
    {
      const KrEducationEntry *education = g_ptr_array_index (educations, i);

      g_string_append_printf (out, "  education %d|%s|%s|%u|", education->level,
                              education->institution, education->major, education->graduation_year);
      append_date (out, &education->sk_date);
      g_string_append_c (out, '\n');
    }
  for (guint i = 0; i < disciplines->len; i++)
    {
      const KrDisciplineEntry *discipline = g_ptr_array_index (disciplines, i);

      g_string_append_printf (out, "  discipline %d|%s|%d|%s|", discipline->level,
                              discipline->sanction, discipline->regulation, discipline->sk_number);
      append_date (out, &discipline->tmt);
      append_date (out, &discipline->end_date);
      append_date (out, &discipline->sk_date);
      g_string_append_c (out, '\n');
    }
  for (guint i = 0; i < awards->len; i++)
    {
      const KrAwardEntry *award = g_ptr_array_index (awards, i);

      g_string_append_printf (out, "  award %d|%u|%s|", award->kind, award->year, award->sk_number);
      append_date (out, &award->sk_date);
      g_string_append_c (out, '\n');
    }
}

/* Everything the repositories read back, as text. */
static char *
dump (Fixture *fixture)
{
  GString *out = g_string_new (NULL);
  g_autoptr (GPtrArray) employees = list_employees (fixture->employees);

  dump_units (fixture->units, 0, 0, out);
  for (guint i = 0; i < employees->len; i++)
    dump_employee (fixture->employees, g_ptr_array_index (employees, i), out);
  return g_string_free (out, FALSE);
}

/* Fails with the first line where @a and @b differ. */
static void
assert_same_dump (const char *a, const char *b)
{
  g_auto (GStrv) lines_a = g_strsplit (a, "\n", -1);
  g_auto (GStrv) lines_b = g_strsplit (b, "\n", -1);

  for (guint i = 0; lines_a[i] != NULL || lines_b[i] != NULL; i++)
    {
      if (lines_a[i] == NULL || lines_b[i] == NULL)
        g_error ("dumps differ in length at line %u", i + 1);
      if (strcmp (lines_a[i], lines_b[i]) != 0)
        g_error ("dumps differ at line %u:\n%s\n%s", i + 1, lines_a[i], lines_b[i]);
    }
}

/* Tests */

static void
test_deterministic (Fixture *fixture, gconstpointer data)
{
  Fixture same = { 0 }, other = { 0 };
  g_autofree char *first = dump (fixture);
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;

  same.today = other.today = fixture->today;
  open_database (&same);
  generate (&same, N_EMPLOYEES, 20261122);
  second = dump (&same);
  assert_same_dump (first, second);
  g_assert_cmpuint (same.summary.n_units, ==, fixture->summary.n_units);
  g_assert_cmpuint (same.summary.n_positions, ==, fixture->summary.n_positions);
  close_database (&same);

  open_database (&other);
  generate (&other, N_EMPLOYEES, 20261123);
  third = dump (&other);
  g_assert_cmpstr (first, !=, third);
  close_database (&other);
}

static void
test_summary (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) employees = list_employees (fixture->employees);
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) ids = NULL;
  g_autoptr (GPtrArray) roots = kr_unit_repository_list_children (fixture->units, 0, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (fixture->summary.n_employees, ==, N_EMPLOYEES);
  g_assert_cmpuint (employees->len, ==, N_EMPLOYEES);
  g_assert_cmpuint (roots->len, ==, 1);
  ids = kr_unit_repository_list_subtree_ids (fixture->units,
                                             ((KrUnit *) g_ptr_array_index (roots, 0))->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, fixture->summary.n_units);
  /* A small province still has a few perangkat daerah, schools and a puskesmas. */
  g_assert_cmpuint (fixture->summary.n_units, >=, 15);
  g_assert_cmpuint (fixture->summary.n_positions, >, fixture->summary.n_units);
}

/* Checks a unit and everything below it: the kinds nest as the tree allows, and every unit
 * but the instansi, which a governor leads, has a head position. */
static void
check_unit_tree (Fixture *fixture, const KrUnit *unit, guint *counts)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) children =
      kr_unit_repository_list_children (fixture->units, unit->id, &error);

  g_assert_no_error (error);
  counts[unit->kind]++;
  if (unit->kind != KR_UNIT_KIND_INSTANSI)
    g_assert_cmpint (unit->head_position_id, !=, 0);
  for (guint i = 0; i < children->len; i++)
    {
      const KrUnit *child = g_ptr_array_index (children, i);

      switch (unit->kind)
        {
        case KR_UNIT_KIND_INSTANSI:
          g_assert_cmpint (child->kind, ==, KR_UNIT_KIND_PERANGKAT_DAERAH);
          break;
        case KR_UNIT_KIND_PERANGKAT_DAERAH:
          g_assert_true (child->kind == KR_UNIT_KIND_BIDANG || child->kind == KR_UNIT_KIND_UPT);
          break;
        case KR_UNIT_KIND_BIDANG:
          g_assert_cmpint (child->kind, ==, KR_UNIT_KIND_SUB_BIDANG);
          break;
        default:
          g_error ("a unit of kind %d has children", unit->kind);
        }
      g_assert_true (g_str_has_prefix (child->code, unit->code));
      check_unit_tree (fixture, child, counts);
    }
}

static void
test_unit_tree (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) roots = kr_unit_repository_list_children (fixture->units, 0, &error);
  const KrUnit *root;
  guint counts[KR_N_UNIT_KINDS] = { 0 };

  g_assert_no_error (error);
  g_assert_cmpuint (roots->len, ==, 1);
  root = g_ptr_array_index (roots, 0);
  g_assert_cmpstr (root->name, ==, "Pemerintah Provinsi Nusa Sejahtera");
  g_assert_cmpint (root->kind, ==, KR_UNIT_KIND_INSTANSI);
  check_unit_tree (fixture, root, counts);
  g_assert_cmpuint (counts[KR_UNIT_KIND_INSTANSI], ==, 1);
  g_assert_cmpuint (counts[KR_UNIT_KIND_PERANGKAT_DAERAH], >=, 4);
  g_assert_cmpuint (counts[KR_UNIT_KIND_BIDANG], >=, counts[KR_UNIT_KIND_PERANGKAT_DAERAH]);
  g_assert_cmpuint (counts[KR_UNIT_KIND_SUB_BIDANG], >=, 1);
  g_assert_cmpuint (counts[KR_UNIT_KIND_UPT], >=, 3);
}

/* The organisation grows with the number of employees. */
static void
test_scales (void)
{
  Fixture small = { 0 }, large = { 0 };

  set_today (&small.today);
  large.today = small.today;
  open_database (&small);
  generate (&small, 50, 1);
  open_database (&large);
  generate (&large, 3000, 1);
  g_assert_cmpuint (large.summary.n_units, >, 2 * small.summary.n_units);
  g_assert_cmpuint (large.summary.n_employees, ==, 3000);
  close_database (&small);
  close_database (&large);
}

/* DOMAIN 4.3, written out again independently of the generator: 1 April and 1 October until
 * 2023 (four periods in 2000 and 2001), six periods in 2024 until September 2025, every
 * month from October 2025. */
static gboolean
is_promotion_date (const GDate *date)
{
  guint year = g_date_get_year (date), month = g_date_get_month (date);

  if (g_date_get_day (date) != 1)
    return FALSE;
  if (year > 2025 || (year == 2025 && month >= 10))
    return TRUE;
  if (year >= 2024)
    return month % 2 == 0;
  if (year == 2000 || year == 2001)
    return month == 1 || month == 4 || month == 7 || month == 10;
  return month == 4 || month == 10;
}

/* The NIP is valid and agrees with the record. */
static void
check_nip (KrEmployee *employee)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) warnings = NULL;
  KrNip nip;

  kr_nip_parse (kr_employee_get_nip (employee), KR_NIP_KIND_ANY, NULL, &nip, &error);
  g_assert_no_error (error);
  g_assert_cmpint (nip.kind, ==,
                   kr_employee_get_kind (employee) == KR_EMPLOYEE_KIND_PPPK ? KR_NIP_KIND_PPPK
                                                                            : KR_NIP_KIND_PNS);
  if (nip.kind == KR_NIP_KIND_PPPK)
    g_assert_cmpuint (nip.pppk_code, ==, 21);
  warnings =
      kr_nip_check_record (&nip, kr_employee_get_birth_date (employee),
                           kr_employee_get_tmt_cpns (employee), kr_employee_get_gender (employee));
  if (warnings->len > 0)
    g_error ("%s: %s", kr_employee_get_nip (employee), (char *) warnings->pdata[0]);
}

/* Birth, appointment and retirement dates. */
static void
check_dates (Fixture *fixture, KrEmployee *employee)
{
  const GDate *birth = kr_employee_get_birth_date (employee);
  const GDate *tmt = kr_employee_get_tmt_cpns (employee);
  KrPositionKind kind;
  KrPositionLevel level;
  GDate retirement, a_year_ago = fixture->today;
  int age_at_tmt = kr_date_age (birth, tmt);

  g_assert_cmpuint (g_date_get_year (birth), >=, 1966);
  g_assert_cmpuint (g_date_get_year (birth), <=, 2003);
  g_assert_cmpuint (g_date_get_day (tmt), ==, 1);
  g_assert_cmpint (g_date_compare (tmt, &fixture->today), <=, 0);
  g_date_subtract_years (&a_year_ago, 1);
  switch (kr_employee_get_kind (employee))
    {
    case KR_EMPLOYEE_KIND_CPNS:
      g_assert_cmpint (g_date_compare (tmt, &a_year_ago), >, 0);
      g_assert_null (kr_employee_get_tmt_pns (employee));
      break;
    case KR_EMPLOYEE_KIND_PNS:
      g_assert_cmpint (age_at_tmt, >=, 21);
      g_assert_cmpint (age_at_tmt, <=, 41);
      g_assert_cmpint (g_date_compare (tmt, &a_year_ago), <=, 0);
      g_assert_nonnull (kr_employee_get_tmt_pns (employee));
      break;
    case KR_EMPLOYEE_KIND_PPPK:
    default:
      g_assert_cmpint (age_at_tmt, >=, 21);
      g_assert_cmpuint (g_date_get_year (tmt), >=, 2021);
      break;
    }
  /* Nobody is past the retirement age of their position. */
  g_assert_true (kr_employee_get_position_kind (employee, &kind, &level));
  kr_position_retirement_date (birth, kr_position_get_bup (kind, level, birth), &retirement);
  g_assert_cmpint (g_date_compare (&retirement, &fixture->today), >, 0);
}

/* The rank history: starting golongan of the education, four years or more between
 * promotions on the periods of their era, KP reguler within the education's ceiling, and a
 * PPPK with one appointment row. Returns the number of promotions. */
static guint
check_ranks (Fixture *fixture, KrEmployee *employee)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) ranks =
      kr_employee_repository_list_ranks (fixture->employees, kr_employee_get_id (employee), &error);
  const KrRankEntry *first;
  KrEducation education;
  KrRank previous;

  g_assert_no_error (error);
  g_assert_cmpuint (ranks->len, >=, 1);
  g_assert_true (kr_employee_get_education (employee, &education));
  first = g_ptr_array_index (ranks, 0);
  g_assert_cmpint (first->promotion_kind, ==, KR_PROMOTION_KIND_PENGANGKATAN);
  g_assert_cmpint (g_date_compare (&first->tmt, kr_employee_get_tmt_cpns (employee)), ==, 0);
  if (kr_employee_get_kind (employee) == KR_EMPLOYEE_KIND_PPPK)
    {
      g_assert_cmpuint (ranks->len, ==, 1);
      g_assert_cmpuint (first->golongan, >=, 100 + kr_pppk_golongan_get_lowest (education));
      return 0;
    }
  g_assert_true (kr_rank_from_code (first->golongan, &previous));
  g_assert_cmpint (previous, <=, kr_rank_get_starting (education));
  for (guint i = 1; i < ranks->len; i++)
    {
      const KrRankEntry *rank = g_ptr_array_index (ranks, i);
      const KrRankEntry *before = g_ptr_array_index (ranks, i - 1);
      GDate earliest = before->tmt;
      KrRank current;

      g_assert_cmpint (kr_employee_get_kind (employee), ==, KR_EMPLOYEE_KIND_PNS);
      g_assert_true (kr_rank_from_code (rank->golongan, &current));
      g_assert_cmpint (current, ==, previous + 1);
      g_assert_true (is_promotion_date (&rank->tmt));
      g_date_add_years (&earliest, 4);
      g_assert_cmpint (g_date_compare (&rank->tmt, &earliest), >=, 0);
      if (rank->promotion_kind == KR_PROMOTION_KIND_REGULER)
        g_assert_cmpint (current, <=, kr_rank_get_regular_ceiling (education));
      else
        g_assert_cmpint (rank->promotion_kind, ==, KR_PROMOTION_KIND_PILIHAN);
      previous = current;
    }
  return ranks->len - 1;
}

/* One to three positions, the current one in a unit; heads hold a rank in their range.
 * Returns whether the rank lies in the current position's range. */
static gboolean
check_positions (Fixture *fixture, KrEmployee *employee)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) positions = kr_employee_repository_list_positions (
      fixture->employees, kr_employee_get_id (employee), &error);
  g_autoptr (KrPositionRecord) current = NULL;
  KrRank rank;

  g_assert_no_error (error);
  g_assert_cmpuint (positions->len, >=, 1);
  g_assert_cmpuint (positions->len, <=, 3);
  g_assert_cmpint (kr_employee_get_position_id (employee), !=, 0);
  g_assert_cmpint (kr_employee_get_unit_id (employee), !=, 0);
  current = kr_unit_repository_get_position (fixture->units, kr_employee_get_position_id (employee),
                                             &error);
  g_assert_no_error (error);
  if (!kr_rank_from_code (kr_employee_get_golongan (employee), &rank))
    return TRUE; /* a PPPK golongan has no PNS range */
  if (current->is_head)
    {
      kr_position_check_rank (current->kind, current->level, rank, &error);
      g_assert_no_error (error);
      return TRUE;
    }
  return kr_position_check_rank (current->kind, current->level, rank, NULL);
}

/* Satyalancana Karya Satya after 10, 20 and 30 years, in order, only for PNS, and never in
 * or after the year of a sedang or berat sanction. Returns the number of awards. */
static guint
check_awards (Fixture *fixture, KrEmployee *employee, guint *n_sanctions)
{
  g_autoptr (GError) error = NULL;
  gint64 id = kr_employee_get_id (employee);
  g_autoptr (GPtrArray) awards =
      kr_employee_repository_list_awards (fixture->employees, id, &error);
  g_autoptr (GPtrArray) disciplines =
      kr_employee_repository_list_disciplines (fixture->employees, id, &error);
  guint tmt_year = g_date_get_year (kr_employee_get_tmt_cpns (employee));
  guint serious_year = G_MAXUINT;

  g_assert_no_error (error);
  g_assert_cmpuint (disciplines->len, <=, 1);
  for (guint i = 0; i < disciplines->len; i++)
    {
      const KrDisciplineEntry *discipline = g_ptr_array_index (disciplines, i);
      GDate pp_94_2021;

      g_date_clear (&pp_94_2021, 1);
      g_date_set_dmy (&pp_94_2021, 31, G_DATE_AUGUST, 2021);
      g_assert_cmpint (discipline->regulation, ==,
                       g_date_compare (&discipline->tmt, &pp_94_2021) >= 0
                           ? KR_DISCIPLINE_REGULATION_PP_94_2021
                           : KR_DISCIPLINE_REGULATION_PP_53_2010);
      if (discipline->level != KR_DISCIPLINE_LEVEL_RINGAN)
        serious_year = g_date_get_year (&discipline->tmt);
    }
  *n_sanctions = disciplines->len;
  if (awards->len > 0)
    g_assert_cmpint (kr_employee_get_kind (employee), ==, KR_EMPLOYEE_KIND_PNS);
  for (guint i = 0; i < awards->len; i++)
    {
      const KrAwardEntry *award = g_ptr_array_index (awards, i);

      g_assert_cmpint (award->kind, ==, KR_AWARD_KIND_SATYALANCANA_X + (int) i);
      g_assert_cmpuint (award->year, >=, tmt_year + 10 * (i + 1));
      g_assert_cmpuint (award->year, <, serious_year);
    }
  return awards->len;
}

static void
check_educations (Fixture *fixture, KrEmployee *employee)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) educations = kr_employee_repository_list_educations (
      fixture->employees, kr_employee_get_id (employee), &error);
  const GDate *birth = kr_employee_get_birth_date (employee);

  g_assert_no_error (error);
  g_assert_cmpuint (educations->len, >=, 1);
  g_assert_cmpuint (educations->len, <=, 2);
  for (guint i = 0; i < educations->len; i++)
    {
      const KrEducationEntry *education = g_ptr_array_index (educations, i);

      g_assert_cmpuint (education->graduation_year, >, g_date_get_year (birth) + 10);
      g_assert_nonnull (education->institution);
    }
}

static void
test_employees (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) employees = list_employees (fixture->employees);
  guint kinds[KR_N_EMPLOYEE_KINDS] = { 0 }, n_female = 0, n_promotions = 0, n_awards = 0;
  guint n_sanctions = 0, n_in_range = 0, n_titled = 0;

  for (guint i = 0; i < employees->len; i++)
    {
      KrEmployee *employee = g_ptr_array_index (employees, i);
      guint n;

      check_nip (employee);
      check_dates (fixture, employee);
      n_promotions += check_ranks (fixture, employee);
      n_in_range += check_positions (fixture, employee);
      check_educations (fixture, employee);
      n_awards += check_awards (fixture, employee, &n);
      n_sanctions += n;
      g_assert_cmpuint (strlen (kr_employee_get_nik (employee)), ==, 16);
      kinds[kr_employee_get_kind (employee)]++;
      n_female += kr_employee_get_gender (employee) == KR_GENDER_FEMALE;
      n_titled += kr_employee_get_title_front (employee) != NULL ||
                  kr_employee_get_title_back (employee) != NULL;
    }
  g_test_message ("PNS %u, CPNS %u, PPPK %u, women %u, promotions %u, awards %u, sanctions %u, "
                  "in range %u, with gelar %u",
                  kinds[KR_EMPLOYEE_KIND_PNS], kinds[KR_EMPLOYEE_KIND_CPNS],
                  kinds[KR_EMPLOYEE_KIND_PPPK], n_female, n_promotions, n_awards, n_sanctions,
                  n_in_range, n_titled);
  /* About 77% PNS, 20% PPPK, 3% CPNS; more women than men, as nationally. */
  g_assert_cmpuint (kinds[KR_EMPLOYEE_KIND_PNS], >=, N_EMPLOYEES * 65 / 100);
  g_assert_cmpuint (kinds[KR_EMPLOYEE_KIND_PPPK], >=, N_EMPLOYEES * 10 / 100);
  g_assert_cmpuint (kinds[KR_EMPLOYEE_KIND_PPPK], <=, N_EMPLOYEES * 30 / 100);
  g_assert_cmpuint (kinds[KR_EMPLOYEE_KIND_CPNS], >=, 1);
  g_assert_cmpuint (kinds[KR_EMPLOYEE_KIND_CPNS], <=, N_EMPLOYEES * 8 / 100);
  g_assert_cmpuint (n_female, >=, N_EMPLOYEES * 45 / 100);
  g_assert_cmpuint (n_female, <=, N_EMPLOYEES * 75 / 100);
  g_assert_cmpuint (n_promotions, >, N_EMPLOYEES);
  g_assert_cmpuint (n_awards, >, N_EMPLOYEES / 4);
  g_assert_cmpuint (n_sanctions, >=, 1);
  g_assert_cmpuint (n_titled, >, N_EMPLOYEES / 2);
  g_assert_cmpuint (n_in_range, >=, N_EMPLOYEES * 85 / 100);
}

static void
cancel_at_cb (guint64 done, guint64 total, gpointer user_data)
{
  GCancellable *cancellable = user_data;
  guint64 *at = g_object_get_data (G_OBJECT (cancellable), "at");

  g_assert_cmpuint (total, ==, 2500);
  if (done >= *at)
    g_cancellable_cancel (cancellable);
}

/* Cancelling stops the work and leaves the database as empty as it was. */
static void
test_cancel (void)
{
  const guint64 points[] = { 0, 1000 };

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      Fixture fixture = { 0 };
      g_autoptr (GCancellable) cancellable = g_cancellable_new ();
      g_autoptr (GError) error = NULL;
      g_autoptr (GPtrArray) roots = NULL;
      g_autoptr (GPtrArray) employees = NULL;
      KrDemoOptions options = { .n_employees = 2500,
                                .seed = 5,
                                .appraisals = KR_DEMO_APPRAISALS_NONE };
      guint64 at = points[i];

      open_database (&fixture);
      g_object_set_data (G_OBJECT (cancellable), "at", &at);
      g_assert_false (kr_demo_generate (fixture.db, &options, cancel_at_cb, cancellable,
                                        cancellable, NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_clear_error (&error);
      roots = kr_unit_repository_list_children (fixture.units, 0, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (roots->len, ==, 0);
      employees = list_employees (fixture.employees);
      g_assert_cmpuint (employees->len, ==, 0);
      close_database (&fixture);
    }
}

static void
progress_cb (guint64 done, guint64 total, gpointer user_data)
{
  GArray *calls = user_data;

  g_assert_cmpuint (total, ==, 2100);
  g_array_append_val (calls, done);
}

static void
test_progress (void)
{
  Fixture fixture = { 0 };
  g_autoptr (GArray) calls = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autoptr (GError) error = NULL;
  KrDemoOptions options = { .n_employees = 2100, .seed = 9, .appraisals = KR_DEMO_APPRAISALS_NONE };

  open_database (&fixture);
  g_assert_true (kr_demo_generate (fixture.db, &options, progress_cb, calls, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (calls->len, ==, 4);
  g_assert_cmpuint (g_array_index (calls, guint64, 0), ==, 0);
  g_assert_cmpuint (g_array_index (calls, guint64, 1), ==, 1000);
  g_assert_cmpuint (g_array_index (calls, guint64, 2), ==, 2000);
  g_assert_cmpuint (g_array_index (calls, guint64, 3), ==, 2100);
  close_database (&fixture);
}

/* A second run into a filled database is refused and changes nothing. */
static void
test_refuses_filled (Fixture *fixture, gconstpointer data)
{
  KrDemoOptions options = { .n_employees = 10, .seed = 1, .today = &fixture->today };
  g_autoptr (GError) error = NULL;
  g_autofree char *before = dump (fixture);
  g_autofree char *after = NULL;

  g_assert_false (kr_demo_generate (fixture->db, &options, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "already holds employees"));
  after = dump (fixture);
  g_assert_cmpstr (before, ==, after);
}

/* Units alone are enough to refuse. */
static void
test_refuses_units (void)
{
  Fixture fixture = { 0 };
  KrDemoOptions options = { .n_employees = 10, .seed = 1 };
  g_autoptr (GError) error = NULL;

  open_database (&fixture);
  kr_unit_repository_add (fixture.units, 0, "X", "Pemerintah Kota Contoh", KR_UNIT_KIND_INSTANSI,
                          &error);
  g_assert_no_error (error);
  g_assert_false (kr_demo_generate (fixture.db, &options, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "organisation"));
  close_database (&fixture);
}

static void
test_bad_today (void)
{
  Fixture fixture = { 0 };
  g_autoptr (GError) error = NULL;
  GDate today;
  KrDemoOptions options = { .n_employees = 10, .seed = 1, .today = &today };

  open_database (&fixture);
  kr_date_today (NULL, &today);
  g_date_add_days (&today, 2);
  g_assert_false (kr_demo_generate (fixture.db, &options, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "future"));
  g_clear_error (&error);

  g_date_set_dmy (&today, 31, G_DATE_DECEMBER, 2023);
  g_assert_false (kr_demo_generate (fixture.db, &options, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  close_database (&fixture);
}

/* Appraisals */

static gint64
query_int (KrDatabase *db, const char *sql)
{
  return kr_test_query_int (_kr_database_get_handle (db), sql);
}

/* Every row of the appraisal tables, in order, as text. */
static char *
dump_appraisals (KrDatabase *db)
{
  static const char *const tables[] = {
    "appraisal",
    "appraisal_result",
    "appraisal_indicator",
    "appraisal_evaluation",
    "appraisal_result_evaluation",
    "appraisal_transition",
    "unit_performance",
    "skm_survey",
    "appraisal_pp46",
    "position_result_template",
  };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY id", tables[i]);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                       SQLITE_OK);
      g_string_append_printf (out, "%s\n", tables[i]);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            g_string_append_printf (out, "%s|", (const char *) sqlite3_column_text (stmt, c));
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (stmt);
    }
  return g_string_free (out, FALSE);
}

/* The same options give the same appraisals; another seed gives others. The employees are the
 * same with appraisals as without. */
static void
test_appraisals_deterministic (Fixture *fixture, gconstpointer data)
{
  Fixture same = { 0 }, other = { 0 }, without = { 0 };
  g_autofree char *first = dump_appraisals (fixture->db);
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  g_autofree char *employees = dump (fixture);
  g_autofree char *employees_without = NULL;

  same.today = other.today = without.today = fixture->today;
  open_database (&same);
  generate_full (&same, N_APPRAISED, 20261122, KR_DEMO_APPRAISALS_ALL);
  second = dump_appraisals (same.db);
  assert_same_dump (first, second);
  g_assert_cmpuint (same.summary.n_appraisals, ==, fixture->summary.n_appraisals);
  close_database (&same);

  open_database (&other);
  generate_full (&other, N_APPRAISED, 20261123, KR_DEMO_APPRAISALS_ALL);
  third = dump_appraisals (other.db);
  g_assert_cmpstr (first, !=, third);
  close_database (&other);

  open_database (&without);
  generate (&without, N_APPRAISED, 20261122);
  employees_without = dump (&without);
  assert_same_dump (employees, employees_without);
  g_assert_cmpint (query_int (without.db, "SELECT count (*) FROM appraisal"), ==, 0);
  g_assert_cmpuint (without.summary.n_appraisals, ==, 0);
  close_database (&without);
}

/* The history: every active employee has a final annual evaluation for each of the four years
 * before today's in which they served; the predikat follow the matrix and are mostly Baik; the
 * organisation results, surveys, PP 46/2011 records and templates are there. */
static void
test_appraisals_present (Fixture *fixture, gconstpointer data)
{
  KrDatabase *db = fixture->db;
  sqlite3_stmt *stmt = NULL;
  gint64 n_final, n_baik, n_sangat_baik, n_butuh;

  g_assert_cmpint (fixture->summary.n_appraisals, ==,
                   query_int (db, "SELECT count (*) FROM appraisal"));
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM employee e "
                                  "CROSS JOIN (SELECT 2021 AS y UNION SELECT 2022 UNION "
                                  "SELECT 2023 UNION SELECT 2024) WHERE e.status = 'aktif' "
                                  "AND CAST (substr (e.tmt_cpns, 1, 4) AS INTEGER) <= y "
                                  "AND NOT EXISTS (SELECT 1 FROM appraisal a "
                                  "JOIN appraisal_evaluation v ON v.appraisal_id = a.id "
                                  "WHERE a.employee_id = e.id AND a.year = y AND v.period = 0 "
                                  "AND v.state = 'final')"),
                   ==, 0);
  n_final = query_int (db, "SELECT count (*) FROM appraisal_evaluation v JOIN appraisal a ON "
                           "a.id = v.appraisal_id WHERE a.year < 2025 AND v.period = 0");
  g_assert_cmpint (n_final, >, N_APPRAISED * 3);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM appraisal_evaluation v JOIN appraisal a "
                                  "ON a.id = v.appraisal_id WHERE a.year < 2025 "
                                  "AND v.state <> 'final'"),
                   ==, 0);
  n_baik = query_int (db, "SELECT count (*) FROM appraisal_evaluation v JOIN appraisal a ON "
                          "a.id = v.appraisal_id WHERE a.year < 2025 AND v.predikat = 'baik'");
  n_sangat_baik = query_int (db, "SELECT count (*) FROM appraisal_evaluation v JOIN appraisal a "
                                 "ON a.id = v.appraisal_id WHERE a.year < 2025 "
                                 "AND v.predikat = 'sangat_baik'");
  n_butuh = query_int (db, "SELECT count (*) FROM appraisal_evaluation v JOIN appraisal a ON "
                           "a.id = v.appraisal_id WHERE a.year < 2025 "
                           "AND v.predikat = 'butuh_perbaikan'");
  g_assert_cmpint (n_baik * 100, >, n_final * 55);
  g_assert_cmpint (n_sangat_baik * 100, >, n_final * 8);
  g_assert_cmpint (n_sangat_baik * 100, <, n_final * 25);
  g_assert_cmpint (n_butuh * 100, >, n_final * 4);
  g_assert_cmpint (n_butuh * 100, <, n_final * 20);

  /* Each pair of ratings gives the predikat of the matrix. */
  g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (db),
                                       "SELECT DISTINCT results_rating, behaviour_rating, predikat "
                                       "FROM appraisal_evaluation WHERE predikat IS NOT NULL",
                                       -1, &stmt, NULL),
                   ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      KrRating results, behaviour;
      KrPredikat predikat;

      g_assert_true (kr_rating_from_code ((const char *) sqlite3_column_text (stmt, 0), &results));
      g_assert_true (
          kr_rating_from_code ((const char *) sqlite3_column_text (stmt, 1), &behaviour));
      g_assert_true (
          kr_predikat_from_code ((const char *) sqlite3_column_text (stmt, 2), &predikat));
      g_assert_cmpint (predikat, ==, kr_predikat_from_ratings (results, behaviour));
    }
  sqlite3_finalize (stmt);

  /* Plans of 2 to 4 results with 1 or 2 indicators, texts on the final annual evaluations. */
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM appraisal a WHERE (SELECT count (*) "
                                  "FROM appraisal_result r WHERE r.appraisal_id = a.id) "
                                  "NOT BETWEEN 2 AND 4"),
                   ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM appraisal_result r WHERE (SELECT "
                                  "count (*) FROM appraisal_indicator i WHERE i.result_id = r.id) "
                                  "NOT BETWEEN 1 AND 2"),
                   ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM appraisal_evaluation v JOIN appraisal a "
                                  "ON a.id = v.appraisal_id WHERE a.year < 2025 "
                                  "AND v.period = 0 AND NOT EXISTS (SELECT 1 FROM "
                                  "appraisal_result_evaluation x WHERE x.evaluation_id = v.id "
                                  "AND x.realisation IS NOT NULL AND x.feedback IS NOT NULL)"),
                   ==, 0);

  /* Today's year (15 December 2025): the first two quarters closed, the third under review,
   * the fourth and the year to come. */
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM appraisal_evaluation v JOIN appraisal a "
                                  "ON a.id = v.appraisal_id WHERE a.year = 2025 AND v.period IN "
                                  "(1, 2) AND v.state NOT IN ('final', 'objected')"),
                   ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM appraisal_evaluation v JOIN appraisal a "
                                  "ON a.id = v.appraisal_id WHERE a.year = 2025 AND v.period IN "
                                  "(0, 4) AND v.state <> 'draft'"),
                   ==, 0);
  for (guint i = 0; i < 3; i++)
    {
      static const char *const states[] = { "submitted", "reviewed", "final" };
      g_autofree char *sql = g_strdup_printf (
          "SELECT count (*) FROM appraisal_evaluation v JOIN appraisal a ON a.id = "
          "v.appraisal_id WHERE a.year = 2025 AND v.period = 3 AND v.state = '%s'",
          states[i]);

      g_assert_cmpint (query_int (db, sql), >, 0);
    }
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM appraisal_transition"), >, 0);

  /* Every perangkat daerah has its result of each year before today's. */
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM unit u CROSS JOIN (SELECT 2021 AS y "
                                  "UNION SELECT 2022 UNION SELECT 2023 UNION SELECT 2024) "
                                  "WHERE u.kind = 'perangkat_daerah' AND NOT EXISTS (SELECT 1 "
                                  "FROM unit_performance p WHERE p.unit_id = u.id "
                                  "AND p.year = y AND p.period = 0)"),
                   ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM skm_survey s JOIN unit u ON "
                                  "u.id = s.unit_id WHERE u.kind = 'upt'"),
                   >, 0);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM appraisal_pp46"), >, N_APPRAISED);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM appraisal_pp46 p JOIN employee e ON "
                                  "e.id = p.employee_id WHERE p.year > 2020 OR e.kind = 'pppk' "
                                  "OR CAST (substr (e.tmt_cpns, 1, 4) AS INTEGER) >= p.year"),
                   ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count (DISTINCT position_id) FROM "
                                  "position_result_template"),
                   >=, 3);
}

/* The trend of an employee with a long service: PP 46/2011 scores, then the SKP predikat. */
static void
test_appraisals_trend (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrAppraisalRepository) appraisals = kr_appraisal_repository_new (fixture->db);
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) trend = NULL;
  gint64 id = query_int (fixture->db, "SELECT employee_id FROM appraisal_pp46 GROUP BY employee_id "
                                      "HAVING count (*) = 7 ORDER BY employee_id LIMIT 1");

  trend = kr_appraisal_repository_list_trend (appraisals, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trend->len, ==, 11);
  for (guint i = 0; i < trend->len; i++)
    {
      const KrAppraisalTrendPoint *point = &g_array_index (trend, KrAppraisalTrendPoint, i);

      g_assert_cmpuint (point->year, ==, 2014 + i);
      g_assert_cmpint (point->regime, ==,
                       point->year < 2021 ? KR_APPRAISAL_REGIME_PP46 : KR_APPRAISAL_REGIME_SKP);
      g_assert_cmpuint (point->level, <=, 4);
    }
}

/* The demo unit head, the head of the first perangkat daerah as karier-tool demo --accounts
 * makes them, has evaluations awaiting their review. */
static void
test_appraisals_review_queue (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrAccountRepository) accounts = kr_account_repository_new (fixture->db);
  g_autoptr (KrAppraisalRepository) appraisals = kr_appraisal_repository_new (fixture->db);
  g_autoptr (KrAccount) admin = kr_account_new ();
  g_autoptr (KrAccount) kepala = kr_account_new ();
  g_autoptr (KrIdentity) identity = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GError) error = NULL;
  KrAppraisalQuery query = { .year = 2025, .period = -1, .to_review = TRUE };
  gint64 unit = query_int (
      fixture->db, "SELECT id FROM unit WHERE parent_id = (SELECT id FROM unit WHERE "
                   "parent_id IS NULL ORDER BY name, id LIMIT 1) ORDER BY name, id LIMIT 1");
  gint64 head = query_int (fixture->db, "SELECT h.employee_id FROM position_history h JOIN "
                                        "position p ON p.id = h.position_id WHERE p.is_head = 1 "
                                        "AND p.unit_id = (SELECT id FROM unit WHERE parent_id = "
                                        "(SELECT id FROM unit WHERE parent_id IS NULL ORDER BY "
                                        "name, id LIMIT 1) ORDER BY name, id LIMIT 1)");

  admin->user_name = g_strdup ("admin");
  admin->display_name = g_strdup ("Administrator Demo");
  admin->role = KR_ROLE_ADMINISTRATOR;
  kr_account_repository_add (accounts, admin, "karier-demo", &error);
  g_assert_no_error (error);
  g_assert_true (kr_account_repository_authenticate (accounts, "admin", "karier-demo", &identity,
                                                     NULL, &error));
  kr_database_set_identity (fixture->db, identity);
  g_clear_pointer (&identity, kr_identity_unref);
  kepala->user_name = g_strdup ("kepala");
  kepala->display_name = g_strdup ("Kepala Unit Demo");
  kepala->role = KR_ROLE_UNIT_HEAD;
  kepala->unit_id = unit;
  kepala->employee_id = head;
  kr_account_repository_add (accounts, kepala, "karier-demo", &error);
  g_assert_no_error (error);
  g_assert_true (kr_account_repository_authenticate (accounts, "kepala", "karier-demo", &identity,
                                                     NULL, &error));
  kr_database_set_identity (fixture->db, identity);

  rows = kr_appraisal_repository_list (appraisals, &query, 0, 100, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, >=, 2);
  for (guint i = 0; i < rows->len; i++)
    {
      const KrAppraisalRow *row = g_ptr_array_index (rows, i);

      g_assert_cmpint (row->state, ==, KR_APPRAISAL_STATE_SUBMITTED);
      g_assert_cmpuint (row->period, ==, 3);
    }
  kr_database_set_identity (fixture->db, NULL);
}

/* With appraisals, the records the promotion rules read: one angka kredit conversion per final
 * annual predikat of an employee in a functional position, and ujian dinas for three in five of
 * the PNS at II/d and III/d, never after today. */
static void
test_promotion_records (Fixture *fixture, gconstpointer data)
{
  KrDatabase *db = fixture->db;
  g_autofree char *today = kr_date_format_iso (&fixture->today);
  g_autofree char *after_today =
      g_strdup_printf ("SELECT count (*) FROM ujian_dinas WHERE date > '%s'", today);
  gint64 n_functional_final =
      query_int (db, "SELECT count (*) FROM appraisal a JOIN appraisal_evaluation v ON "
                     "v.appraisal_id = a.id AND v.period = 0 JOIN employee e ON e.id = "
                     "a.employee_id JOIN position p ON p.id = e.position_id WHERE v.state = "
                     "'final' AND p.kind IN ('fungsional_keahlian', 'fungsional_keterampilan')");

  g_assert_cmpint (n_functional_final, >, 0);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM angka_kredit"), ==, n_functional_final);
  /* Baik for a year of Ahli Pertama is 12.5 (DOMAIN 4.4) */
  g_assert_cmpint (query_int (db,
                              "SELECT count (*) FROM angka_kredit k JOIN appraisal a ON "
                              "a.employee_id = k.employee_id AND a.year = k.year JOIN "
                              "appraisal_evaluation v ON v.appraisal_id = a.id AND v.period = 0 "
                              "JOIN employee e ON e.id = k.employee_id JOIN position p ON p.id = "
                              "e.position_id WHERE p.level = 'ahli_pertama' AND v.predikat = "
                              "'baik' AND abs (k.value - 12.5) > 0.001"),
                   ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM ujian_dinas"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM ujian_dinas u JOIN employee e ON e.id = "
                                  "u.employee_id WHERE e.golongan NOT IN (24, 34) OR (e.golongan = "
                                  "24) <> (u.level = 'ii_iii')"),
                   ==, 0);
  g_assert_cmpint (query_int (db, after_today), ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/demo/deterministic", Fixture, NULL, fixture_set_up, test_deterministic,
              fixture_tear_down);
  g_test_add ("/demo/summary", Fixture, NULL, fixture_set_up, test_summary, fixture_tear_down);
  g_test_add ("/demo/unit-tree", Fixture, NULL, fixture_set_up, test_unit_tree, fixture_tear_down);
  g_test_add ("/demo/employees", Fixture, NULL, fixture_set_up, test_employees, fixture_tear_down);
  g_test_add ("/demo/refuses-filled", Fixture, NULL, fixture_set_up, test_refuses_filled,
              fixture_tear_down);
  g_test_add_func ("/demo/refuses-units", test_refuses_units);
  g_test_add_func ("/demo/scales", test_scales);
  g_test_add_func ("/demo/cancel", test_cancel);
  g_test_add_func ("/demo/progress", test_progress);
  g_test_add_func ("/demo/bad-today", test_bad_today);
  g_test_add ("/demo/appraisals/deterministic", Fixture, "appraisals", fixture_set_up,
              test_appraisals_deterministic, fixture_tear_down);
  g_test_add ("/demo/appraisals/present", Fixture, "appraisals", fixture_set_up,
              test_appraisals_present, fixture_tear_down);
  g_test_add ("/demo/appraisals/trend", Fixture, "appraisals", fixture_set_up,
              test_appraisals_trend, fixture_tear_down);
  g_test_add ("/demo/appraisals/review-queue", Fixture, "appraisals", fixture_set_up,
              test_appraisals_review_queue, fixture_tear_down);

  g_test_add ("/demo/appraisals/promotion-records", Fixture, "appraisals", fixture_set_up,
              test_promotion_records, fixture_tear_down);

  return g_test_run ();
}
