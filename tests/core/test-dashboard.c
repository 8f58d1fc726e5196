/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "kr-dashboard-repository.h"
#include "kr-database-private.h"
#include "kr-error.h"
#include "kr-identity.h"
#include "kr-test-utils.h"

/* The dashboard aggregates on a small organisation with known answers: head counts by kind,
 * golongan and position kind (who is out of service, out of scope), the age × gender pyramid,
 * the predikat of a year against the pola distribusi and its trend, training per perangkat
 * daerah with the budget, promotions per period, retirements per year, the 9-box, and a unit
 * head who only counts their subtree. */

typedef struct
{
  KrDatabase *db;
  KrDashboardRepository *repo;
  gint64 root, unit_a, unit_a1, unit_b;
  gint64 e[8];
  guint n;
} Fixture;

static void exec_sql (Fixture *fixture, const char *format, ...) G_GNUC_PRINTF (2, 3);

static void
exec_sql (Fixture *fixture, const char *format, ...)
{
  g_autofree char *sql = NULL;
  char *message = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  if (sqlite3_exec (_kr_database_get_handle (fixture->db), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static gint64
last_id (Fixture *fixture)
{
  return sqlite3_last_insert_rowid (_kr_database_get_handle (fixture->db));
}

static gint64
add_unit (Fixture *fixture, gint64 parent, const char *code, const char *kind)
{
  if (parent == 0)
    exec_sql (fixture, "INSERT INTO unit (code, name, kind) VALUES ('%s', 'Unit %s', '%s')", code,
              code, kind);
  else
    exec_sql (fixture,
              "INSERT INTO unit (parent_id, code, name, kind) VALUES (%lld, '%s', 'Unit %s', "
              "'%s')",
              (long long) parent, code, code, kind);
  return last_id (fixture);
}

/* An employee in a new position of @unit */
static gint64
add_employee (Fixture *fixture,
              gint64 unit,
              const char *kind,
              const char *status,
              guint golongan,
              const char *position_kind,
              const char *level,
              const char *gender,
              const char *birth)
{
  gint64 id, position;

  fixture->n++;
  if (level != NULL)
    exec_sql (fixture,
              "INSERT INTO position (unit_id, name, kind, level) VALUES (%lld, 'P%u', '%s', '%s')",
              (long long) unit, fixture->n, position_kind, level);
  else
    exec_sql (fixture, "INSERT INTO position (unit_id, name, kind) VALUES (%lld, 'P%u', '%s')",
              (long long) unit, fixture->n, position_kind);
  position = last_id (fixture);
  exec_sql (fixture,
            "INSERT INTO employee (nip, name, birth_date, gender, kind, status, tmt_cpns) "
            "VALUES ('19800101201001%04u', 'E%u', '%s', '%s', '%s', '%s', '2005-01-01')",
            fixture->n, fixture->n, birth, gender, kind, status);
  id = last_id (fixture);
  exec_sql (fixture,
            "INSERT INTO rank_history (employee_id, golongan, promotion_kind, tmt) "
            "VALUES (%lld, %u, 'pengangkatan', '2020-04-01')",
            (long long) id, golongan);
  exec_sql (fixture,
            "INSERT INTO position_history (employee_id, position_id, tmt) VALUES (%lld, %lld, "
            "'2015-01-01')",
            (long long) id, (long long) position);
  return id;
}

/* An appraisal of @year with one evaluation of @period */
static void
add_evaluation (Fixture *fixture,
                gint64 employee,
                guint year,
                guint period,
                const char *state,
                const char *predikat)
{
  exec_sql (fixture,
            "INSERT OR IGNORE INTO appraisal (employee_id, year, cycle, period_start, period_end) "
            "VALUES (%lld, %u, 'quarterly', '%u-01-01', '%u-12-31')",
            (long long) employee, year, year, year);
  exec_sql (fixture,
            "INSERT INTO appraisal_evaluation (appraisal_id, period, state, results_rating, "
            "behaviour_rating, predikat) VALUES ((SELECT id FROM appraisal WHERE employee_id = "
            "%lld AND year = %u), %u, '%s', 'as_expected', 'as_expected', '%s')",
            (long long) employee, year, period, state, predikat);
}

static void
add_training_record (Fixture *fixture, gint64 employee, const char *end, guint jp)
{
  exec_sql (fixture,
            "INSERT INTO training_record (employee_id, title, kind, type, form, end_date, jp) "
            "VALUES (%lld, 'Kursus', 'classical', 'technical', 'pelatihan', '%s', %u)",
            (long long) employee, end, jp);
}

static void
add_enrolment (Fixture *fixture, gint64 session, gint64 employee, const char *state, guint cost)
{
  exec_sql (fixture,
            "INSERT INTO training_enrolment (session_id, employee_id, state, cost, budget_unit_id, "
            "jp) VALUES (%lld, %lld, '%s', %u, %lld, %s)",
            (long long) session, (long long) employee, state, cost, (long long) fixture->unit_a,
            strcmp (state, "completed") == 0 ? "5" : "NULL");
}

/* A promotion in the pipeline; an effective one is in the rank history too (with the same
 * golongan, so that the head counts do not move), which is what the dashboard counts */
static void
add_promotion (Fixture *fixture, gint64 employee, const char *period, const char *stage)
{
  exec_sql (fixture,
            "INSERT INTO promotion (employee_id, kind, period, from_golongan, to_golongan, stage, "
            "sk_number, sk_date, tmt) VALUES (%lld, 'reguler', '%s', 31, 32, '%s', 'SK', '%s', "
            "'%s')",
            (long long) employee, period, stage, period, period);
  if (strcmp (stage, "effective") == 0)
    exec_sql (fixture,
              "INSERT INTO rank_history (employee_id, golongan, promotion_kind, tmt) SELECT "
              "employee_id, golongan, 'reguler', '%s' FROM rank_history WHERE employee_id = %lld "
              "ORDER BY tmt DESC LIMIT 1",
              period, (long long) employee);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 session;

  fixture->db = kr_database_open (":memory:", KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  fixture->repo = kr_dashboard_repository_new (fixture->db);
  fixture->root = add_unit (fixture, 0, "KOTA", "instansi");
  fixture->unit_a = add_unit (fixture, fixture->root, "A", "perangkat_daerah");
  fixture->unit_a1 = add_unit (fixture, fixture->unit_a, "A1", "bidang");
  fixture->unit_b = add_unit (fixture, fixture->root, "B", "perangkat_daerah");

  /* Ages on 31 December 2026 in the comments; BUP and TMT pensiun for PNS/CPNS */
  fixture->e[0] = add_employee (fixture, fixture->unit_a, "pns", "aktif", 34, "pelaksana", NULL,
                                "M", "1985-03-03"); /* 41 */
  fixture->e[1] = add_employee (fixture, fixture->unit_a1, "pns", "aktif", 41, "administrator",
                                NULL, "F", "1968-12-15"); /* 58; BUP 58: 2027-01-01 */
  fixture->e[2] = add_employee (fixture, fixture->unit_a1, "pppk", "aktif", 107,
                                "fungsional_keahlian", "ahli_pertama", "F", "1995-06-01"); /* 31 */
  fixture->e[3] = add_employee (fixture, fixture->unit_b, "cpns", "aktif", 31, "pelaksana", NULL,
                                "M", "2000-01-01"); /* 26 */
  fixture->e[4] = add_employee (fixture, fixture->unit_b, "pns", "aktif", 32, "jpt_pratama", NULL,
                                "M", "1967-05-05"); /* 59; BUP 60: 2027-06-01 */
  fixture->e[5] = add_employee (fixture, fixture->unit_a, "pns", "pensiun", 34, "pelaksana", NULL,
                                "M", "1960-01-01"); /* out of service */
  fixture->e[6] = add_employee (fixture, fixture->unit_a, "pns", "aktif", 42, "fungsional_keahlian",
                                "ahli_madya", "F", "1966-02-02"); /* 60; BUP 60: 2026-03-01 */

  /* Predikat: 2025 final annual ones, an objected one, a quarterly one and a draft that do
   * not count; 2024 one */
  add_evaluation (fixture, fixture->e[0], 2025, 0, "final", "baik");
  add_evaluation (fixture, fixture->e[1], 2025, 0, "final", "sangat_baik");
  add_evaluation (fixture, fixture->e[1], 2025, 3, "final", "kurang");
  add_evaluation (fixture, fixture->e[2], 2025, 0, "final", "baik");
  add_evaluation (fixture, fixture->e[4], 2025, 0, "objected", "butuh_perbaikan");
  add_evaluation (fixture, fixture->e[6], 2025, 0, "submitted", "baik");
  add_evaluation (fixture, fixture->e[0], 2024, 0, "final", "sangat_baik");
  exec_sql (fixture,
            "INSERT INTO unit_performance (unit_id, year, period, result) VALUES (%lld, 2025, 0, "
            "'baik')",
            (long long) fixture->root);

  /* Training 2025: records, a completed enrolment (5 JP) and an approved one */
  add_training_record (fixture, fixture->e[0], "2025-05-01", 15);
  add_training_record (fixture, fixture->e[1], "2025-06-01", 10);
  add_training_record (fixture, fixture->e[3], "2024-06-01", 30);
  add_training_record (fixture, fixture->e[4], "2025-06-01", 20);
  exec_sql (fixture, "INSERT INTO training_course (title, kind, type, form, jp, delivery) VALUES "
                     "('Kursus', 'classical', 'technical', 'pelatihan', 5, 'in_person')");
  exec_sql (fixture,
            "INSERT INTO training_session (course_id, name, start_date, end_date, capacity, cost) "
            "VALUES (%lld, 'Angkatan I', '2025-03-01', '2025-03-02', 30, 0)",
            (long long) last_id (fixture));
  session = last_id (fixture);
  add_enrolment (fixture, session, fixture->e[0], "completed", 1000000);
  add_enrolment (fixture, session, fixture->e[6], "approved", 500000);
  exec_sql (fixture,
            "INSERT INTO training_budget (unit_id, year, allocated) VALUES (%lld, 2025, 5000000)",
            (long long) fixture->unit_a);

  /* Promotions: effective in three periods, one cancelled, one future */
  add_promotion (fixture, fixture->e[0], "2024-10-01", "effective");
  add_promotion (fixture, fixture->e[3], "2025-04-01", "effective");
  add_promotion (fixture, fixture->e[4], "2025-04-01", "effective");
  add_promotion (fixture, fixture->e[1], "2025-10-01", "effective");
  add_promotion (fixture, fixture->e[6], "2025-10-01", "decree");
  add_promotion (fixture, fixture->e[0], "2027-04-01", "effective");
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_assert_finalize_object (fixture->repo);
  g_assert_finalize_object (fixture->db);
}

static KrDashboardCount *
count_at (GPtrArray *counts, guint i)
{
  g_assert_cmpuint (i, <, counts->len);
  return g_ptr_array_index (counts, i);
}

static void
assert_count (GPtrArray *counts, guint i, const char *label, guint count)
{
  KrDashboardCount *c = count_at (counts, i);

  g_assert_cmpstr (c->label, ==, label);
  g_assert_cmpuint (c->count, ==, count);
}

static void
test_head_counts (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) kinds = NULL, golongan = NULL, positions = NULL;
  KrDashboardScope scope;

  kr_dashboard_scope_init (&scope, 0, 2026);
  kinds = kr_dashboard_repository_count_employee_kinds (fixture->repo, &scope, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kinds->len, ==, 3);
  assert_count (kinds, 0, "PNS", 4);
  g_assert_cmpstr (count_at (kinds, 0)->filter.code, ==, "pns");
  g_assert_cmpint (count_at (kinds, 0)->filter.dimension, ==, KR_DASHBOARD_EMPLOYEE_KIND);
  assert_count (kinds, 1, "CPNS", 1);
  assert_count (kinds, 2, "PPPK", 1);
  g_assert_cmpstr (count_at (kinds, 2)->filter.code, ==, "pppk");
  g_assert_cmpuint (kr_dashboard_counts_total (kinds), ==, 6);

  golongan = kr_dashboard_repository_count_golongan (fixture->repo, &scope, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (golongan->len, ==, 6);
  assert_count (golongan, 0, "III/a", 1);
  g_assert_cmpint (count_at (golongan, 0)->filter.low, ==, 31);
  assert_count (golongan, 1, "III/b", 1);
  assert_count (golongan, 2, "III/d", 1);
  assert_count (golongan, 3, "IV/a", 1);
  assert_count (golongan, 4, "IV/b", 1);
  assert_count (golongan, 5, "VII", 1);
  g_assert_cmpint (count_at (golongan, 5)->filter.high, ==, 107);

  positions = kr_dashboard_repository_count_position_kinds (fixture->repo, &scope, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (positions->len, ==, 4);
  g_assert_cmpstr (count_at (positions, 0)->filter.code, ==, "jpt_pratama");
  g_assert_cmpuint (count_at (positions, 0)->count, ==, 1);
  g_assert_cmpstr (count_at (positions, 1)->filter.code, ==, "administrator");
  g_assert_cmpstr (count_at (positions, 2)->filter.code, ==, "pelaksana");
  g_assert_cmpuint (count_at (positions, 2)->count, ==, 2);
  g_assert_cmpstr (count_at (positions, 3)->filter.code, ==, "fungsional_keahlian");
  g_assert_cmpuint (count_at (positions, 3)->count, ==, 2);
  g_assert_cmpstr (count_at (positions, 3)->label, ==,
                   kr_position_kind_get_label (KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN));

  /* Unit A's subtree (A and A1) */
  g_clear_pointer (&kinds, g_ptr_array_unref);
  kr_dashboard_scope_init (&scope, fixture->unit_a, 2026);
  kinds = kr_dashboard_repository_count_employee_kinds (fixture->repo, &scope, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kinds->len, ==, 2);
  assert_count (kinds, 0, "PNS", 3);
  assert_count (kinds, 1, "PPPK", 1);

  /* A bad year */
  g_clear_pointer (&kinds, g_ptr_array_unref);
  kr_dashboard_scope_init (&scope, 0, 1999);
  kinds = kr_dashboard_repository_count_employee_kinds (fixture->repo, &scope, &error);
  g_assert_null (kinds);
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Year", NULL);
}

static void
assert_band (GPtrArray *bands, guint i, guint low, guint male, guint female)
{
  KrDashboardAgeBand *b;
  g_autofree char *label = g_strdup_printf ("%u–%u", low, low + 4);

  g_assert_cmpuint (i, <, bands->len);
  b = g_ptr_array_index (bands, i);
  g_assert_cmpint (b->filter.dimension, ==, KR_DASHBOARD_AGE);
  g_assert_cmpint (b->filter.low, ==, low);
  g_assert_cmpint (b->filter.high, ==, low + 4);
  g_assert_cmpstr (b->label, ==, label);
  g_assert_cmpuint (b->male, ==, male);
  g_assert_cmpuint (b->female, ==, female);
}

static void
test_pyramid (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) bands = NULL;
  KrDashboardScope scope;

  kr_dashboard_scope_init (&scope, 0, 2026);
  bands = kr_dashboard_repository_count_age_bands (fixture->repo, &scope, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (bands->len, ==, 8);
  assert_band (bands, 0, 25, 1, 0);
  assert_band (bands, 1, 30, 0, 1);
  assert_band (bands, 2, 35, 0, 0);
  assert_band (bands, 3, 40, 1, 0);
  assert_band (bands, 4, 45, 0, 0);
  assert_band (bands, 5, 50, 0, 0);
  assert_band (bands, 6, 55, 1, 1);
  assert_band (bands, 7, 60, 0, 1);

  /* On 1 March 2026 the one born on 2 February 1966 is 60, the one of 15 December 1968 57 */
  g_clear_pointer (&bands, g_ptr_array_unref);
  g_date_set_dmy (&scope.reference, 1, G_DATE_MARCH, 2026);
  bands = kr_dashboard_repository_count_age_bands (fixture->repo, &scope, &error);
  g_assert_no_error (error);
  assert_band (bands, 6, 55, 1, 1);
  assert_band (bands, 7, 60, 0, 1);
  g_date_set_dmy (&scope.reference, 1, G_DATE_FEBRUARY, 2026);
  g_clear_pointer (&bands, g_ptr_array_unref);
  bands = kr_dashboard_repository_count_age_bands (fixture->repo, &scope, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (bands->len, ==, 7);
  assert_band (bands, 6, 55, 1, 2);
}

static void
test_predikat (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) trend = NULL;
  KrDashboardPredikat p;
  KrDashboardScope scope;
  guint n_rules;

  kr_dashboard_scope_init (&scope, 0, 2025);
  g_assert_true (kr_dashboard_repository_count_predikat (fixture->repo, &scope, &p, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (p.year, ==, 2025);
  g_assert_cmpuint (p.total, ==, 4);
  g_assert_cmpuint (p.counts[KR_PREDIKAT_BAIK], ==, 2);
  g_assert_cmpuint (p.counts[KR_PREDIKAT_SANGAT_BAIK], ==, 1);
  g_assert_cmpuint (p.counts[KR_PREDIKAT_BUTUH_PERBAIKAN], ==, 1);
  g_assert_cmpuint (p.counts[KR_PREDIKAT_KURANG], ==, 0);
  g_assert_cmpfloat_with_epsilon (kr_dashboard_predikat_share (&p, KR_PREDIKAT_BAIK), 0.5, 1e-9);
  g_assert_true (p.has_result);
  g_assert_cmpint (p.result, ==, KR_ORGANISATION_RESULT_BAIK);
  g_assert_cmpint (p.result_unit_id, ==, fixture->root);
  g_assert_true (p.rules ==
                 kr_appraisal_distribution_rules (KR_ORGANISATION_RESULT_BAIK, &n_rules));
  g_assert_cmpuint (p.n_rules, ==, n_rules);
  g_assert_cmpuint (p.n_rules, ==, 2);
  g_assert_cmpfloat (p.rules[0].at_most, ==, 70);
  g_assert_cmpuint (p.rules[0].predikats, ==, 1u << KR_PREDIKAT_BAIK);

  /* Unit A: no result of its own */
  kr_dashboard_scope_init (&scope, fixture->unit_a, 2025);
  g_assert_true (kr_dashboard_repository_count_predikat (fixture->repo, &scope, &p, &error));
  g_assert_cmpuint (p.total, ==, 3);
  g_assert_false (p.has_result);
  g_assert_cmpuint (p.n_rules, ==, 0);

  kr_dashboard_scope_init (&scope, 0, 2025);
  trend = kr_dashboard_repository_predikat_trend (fixture->repo, &scope, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trend->len, ==, 3);
  g_assert_cmpuint (g_array_index (trend, KrDashboardPredikat, 0).year, ==, 2023);
  g_assert_cmpuint (g_array_index (trend, KrDashboardPredikat, 0).total, ==, 0);
  g_assert_cmpuint (g_array_index (trend, KrDashboardPredikat, 1).year, ==, 2024);
  g_assert_cmpuint (g_array_index (trend, KrDashboardPredikat, 1).total, ==, 1);
  g_assert_cmpuint (g_array_index (trend, KrDashboardPredikat, 1).counts[KR_PREDIKAT_SANGAT_BAIK],
                    ==, 1);
  g_assert_cmpuint (g_array_index (trend, KrDashboardPredikat, 2).total, ==, 4);
  g_assert_cmpuint (g_array_index (trend, KrDashboardPredikat, 2).counts[KR_PREDIKAT_BAIK], ==, 2);
  g_clear_pointer (&trend, g_array_unref);
  trend = kr_dashboard_repository_predikat_trend (fixture->repo, &scope, 0, &error);
  g_assert_null (trend);
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Years", NULL);
}

static void
test_training (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  KrDashboardTraining *a, *b;
  KrDashboardScope scope;

  kr_dashboard_scope_init (&scope, 0, 2025);
  rows = kr_dashboard_repository_count_training (fixture->repo, &scope, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 2);
  a = g_ptr_array_index (rows, 0);
  b = g_ptr_array_index (rows, 1);
  /* A: e0 (15 + 5 JP), e1 (10), e6 (0); the PPPK owes no JP; the retired one is out */
  g_assert_cmpstr (a->unit_name, ==, "Unit A");
  g_assert_cmpint (a->filter.dimension, ==, KR_DASHBOARD_UNIT);
  g_assert_cmpint (a->filter.low, ==, fixture->unit_a);
  g_assert_cmpuint (a->employees, ==, 3);
  g_assert_cmpfloat (a->duty_jp, ==, 60);
  g_assert_cmpfloat (a->achieved_jp, ==, 30);
  g_assert_cmpuint (a->meeting_duty, ==, 1);
  g_assert_cmpint (a->allocated, ==, 5000000);
  g_assert_cmpint (a->committed, ==, 500000);
  g_assert_cmpint (a->spent, ==, 1000000);
  /* B: e3 (JP of 2024 only), e4 (20) */
  g_assert_cmpstr (b->unit_name, ==, "Unit B");
  g_assert_cmpuint (b->employees, ==, 2);
  g_assert_cmpfloat (b->duty_jp, ==, 40);
  g_assert_cmpfloat (b->achieved_jp, ==, 20);
  g_assert_cmpuint (b->meeting_duty, ==, 1);
  g_assert_cmpint (b->allocated, ==, 0);
  g_assert_cmpint (b->spent, ==, 0);
}

static void
test_promotions_retirements (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) periods = NULL, retirements = NULL;
  KrDashboardScope scope;

  kr_dashboard_scope_init (&scope, 0, 2026);
  periods = kr_dashboard_repository_count_promotions (fixture->repo, &scope, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (periods->len, ==, 2);
  assert_count (periods, 0, "2025-04-01", 2);
  g_assert_cmpstr (count_at (periods, 0)->filter.code, ==, "2025-04-01");
  assert_count (periods, 1, "2025-10-01", 1);
  g_clear_pointer (&periods, g_ptr_array_unref);
  periods = kr_dashboard_repository_count_promotions (fixture->repo, &scope, 10, &error);
  g_assert_cmpuint (periods->len, ==, 3);
  assert_count (periods, 0, "2024-10-01", 1);

  retirements = kr_dashboard_repository_count_retirements (fixture->repo, &scope, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (retirements->len, ==, 5);
  assert_count (retirements, 0, "2026", 1);
  g_assert_cmpint (count_at (retirements, 0)->filter.dimension, ==, KR_DASHBOARD_RETIREMENT_YEAR);
  g_assert_cmpint (count_at (retirements, 0)->filter.low, ==, 2026);
  assert_count (retirements, 1, "2027", 2);
  assert_count (retirements, 2, "2028", 0);
  assert_count (retirements, 4, "2030", 0);

  /* From 2027 on: two in 2027, nothing in 2026 */
  g_clear_pointer (&retirements, g_ptr_array_unref);
  kr_dashboard_scope_init (&scope, 0, 2027);
  retirements = kr_dashboard_repository_count_retirements (fixture->repo, &scope, &error);
  assert_count (retirements, 0, "2027", 2);
  g_assert_cmpuint (kr_dashboard_counts_total (retirements), ==, 2);
}

static void
test_talent (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  KrTalentGridCounts counts;
  KrDashboardScope scope;

  /* e0: Baik, Sangat Baik over 2024-2025 and a high potential */
  exec_sql (fixture,
            "INSERT INTO talent_assessment (employee_id, date, potential) VALUES (%lld, "
            "'2025-05-01', 'high')",
            (long long) fixture->e[0]);
  kr_dashboard_scope_init (&scope, 0, 2025);
  g_assert_true (kr_dashboard_repository_count_talent (fixture->repo, &scope, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.year, ==, 2025);
  g_assert_cmpuint (kr_talent_grid_counts_placed (&counts), ==, 1);
  g_assert_cmpuint (counts.total, ==, 4);
  kr_dashboard_scope_init (&scope, fixture->unit_b, 2025);
  g_assert_true (kr_dashboard_repository_count_talent (fixture->repo, &scope, &counts, &error));
  g_assert_cmpuint (kr_talent_grid_counts_placed (&counts), ==, 0);
  g_assert_cmpuint (counts.total, ==, 1);
}

static void
test_unit_head (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) kinds = NULL, bands = NULL, retirements = NULL;
  g_autoptr (KrIdentity) head =
      kr_identity_new (2, "kepala", "Kepala B", KR_ROLE_UNIT_HEAD, fixture->unit_b);
  KrDashboardPredikat p;
  KrDashboardScope scope;

  kr_database_set_identity (fixture->db, head);
  kr_dashboard_scope_init (&scope, 0, 2026);
  kinds = kr_dashboard_repository_count_employee_kinds (fixture->repo, &scope, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kinds->len, ==, 2);
  assert_count (kinds, 0, "PNS", 1);
  assert_count (kinds, 1, "CPNS", 1);
  bands = kr_dashboard_repository_count_age_bands (fixture->repo, &scope, &error);
  g_assert_cmpuint (bands->len, ==, 7);
  retirements = kr_dashboard_repository_count_retirements (fixture->repo, &scope, &error);
  g_assert_cmpuint (kr_dashboard_counts_total (retirements), ==, 1);
  scope.year = 2025;
  g_assert_true (kr_dashboard_repository_count_predikat (fixture->repo, &scope, &p, &error));
  g_assert_cmpuint (p.total, ==, 1);
  g_assert_false (p.has_result);

  /* Another unit's subtree is refused */
  kr_dashboard_scope_init (&scope, fixture->unit_a, 2026);
  g_clear_pointer (&kinds, g_ptr_array_unref);
  kinds = kr_dashboard_repository_count_employee_kinds (fixture->repo, &scope, &error);
  g_assert_null (kinds);
  g_assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED);
  kr_database_set_identity (fixture->db, NULL);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/dashboard/head-counts", test_head_counts);
  ADD ("/dashboard/pyramid", test_pyramid);
  ADD ("/dashboard/predikat", test_predikat);
  ADD ("/dashboard/training", test_training);
  ADD ("/dashboard/promotions-retirements", test_promotions_retirements);
  ADD ("/dashboard/talent", test_talent);
  ADD ("/dashboard/unit-head", test_unit_head);
#undef ADD

  return g_test_run ();
}
