/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "kr-date.h"
#include "kr-talent-repository.h"

/* The talent repository on a small organisation: settings and boxes, the 9-box counted in SQL
 * (every box, not placed, excluded, who is out of scope), the counts equal to the list totals
 * and each listed employee's box equal to the C placement, assessments with their checks, and
 * succession (key positions, plans, holder and retirement, suggestions, successors in order,
 * gaps), with audit rows, the changed signal and permissions. */

typedef struct
{
  KrDatabase *db;
  KrTalentRepository *repo;
  GArray *changed;
  gint64 root, unit_a, unit_b;
  guint n;
} Fixture;

#include "kr-database-private.h"
#include "kr-error.h"
#include "kr-identity.h"
#include "kr-test-utils.h"

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

static gint64 query_int (Fixture *fixture, const char *format, ...) G_GNUC_PRINTF (2, 3);

static gint64
query_int (Fixture *fixture, const char *format, ...)
{
  g_autofree char *sql = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  return kr_test_query_int (_kr_database_get_handle (fixture->db), sql);
}

static gint64
last_id (Fixture *fixture)
{
  return sqlite3_last_insert_rowid (_kr_database_get_handle (fixture->db));
}

static GDate
d (const char *text)
{
  GDate date;

  g_assert_true (kr_date_parse_iso (text, &date, NULL));
  return date;
}

static gint64
add_position (Fixture *fixture, gint64 unit, const char *name, const char *kind, gboolean head)
{
  exec_sql (fixture,
            "INSERT INTO position (unit_id, name, kind, is_head) VALUES (%lld, '%s', '%s', %d)",
            (long long) unit, name, kind, head ? 1 : 0);
  return last_id (fixture);
}

/* An active PNS of @unit in a new pelaksana position (or @position), golongan @golongan */
static gint64
add_employee_full (Fixture *fixture,
                   gint64 unit,
                   gint64 position,
                   const char *name,
                   guint golongan,
                   const char *kind,
                   const char *birth)
{
  gint64 id;

  fixture->n++;
  if (position == 0)
    {
      g_autofree char *pname = g_strdup_printf ("Pelaksana %s", name);

      position = add_position (fixture, unit, pname, "pelaksana", FALSE);
    }
  exec_sql (fixture,
            "INSERT INTO employee (nip, name, birth_date, gender, kind, tmt_cpns) "
            "VALUES ('19800101201001%04u', '%s', '%s', 'M', '%s', '2005-01-01')",
            fixture->n, name, birth, kind);
  id = last_id (fixture);
  exec_sql (fixture,
            "INSERT INTO rank_history (employee_id, golongan, promotion_kind, tmt) "
            "VALUES (%lld, %u, 'reguler', '2020-04-01')",
            (long long) id, golongan);
  exec_sql (fixture,
            "INSERT INTO position_history (employee_id, position_id, tmt) VALUES (%lld, %lld, "
            "'2015-01-01')",
            (long long) id, (long long) position);
  return id;
}

static gint64
add_employee (Fixture *fixture, gint64 unit, const char *name)
{
  return add_employee_full (fixture, unit, 0, name, 34, "pns", "1985-03-03");
}

static void
add_predikat (Fixture *fixture,
              gint64 employee,
              guint year,
              const char *predikat,
              const char *state)
{
  exec_sql (fixture,
            "INSERT INTO appraisal (employee_id, year, cycle, period_start, period_end) VALUES "
            "(%lld, %u, 'quarterly', '%u-01-01', '%u-12-31')",
            (long long) employee, year, year, year);
  exec_sql (fixture,
            "INSERT INTO appraisal_evaluation (appraisal_id, period, state, results_rating, "
            "behaviour_rating, predikat) VALUES (%lld, 0, '%s', 'as_expected', 'as_expected', "
            "'%s')",
            (long long) last_id (fixture), state, predikat);
}

static void
add_assessment (Fixture *fixture, gint64 employee, const char *date, const char *potential)
{
  exec_sql (fixture,
            "INSERT INTO talent_assessment (employee_id, date, potential) VALUES (%lld, '%s', "
            "'%s')",
            (long long) employee, date, potential);
}

static void
on_changed (KrTalentRepository *repo, guint mask, Fixture *fixture)
{
  g_array_append_val (fixture->changed, mask);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->db = kr_database_open (":memory:", KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  fixture->repo = kr_talent_repository_new (fixture->db);
  fixture->changed = g_array_new (FALSE, FALSE, sizeof (guint));
  g_signal_connect (fixture->repo, "changed", G_CALLBACK (on_changed), fixture);
  exec_sql (fixture, "INSERT INTO unit (code, name, kind) VALUES ('KOTA', 'Kota', 'instansi')");
  fixture->root = last_id (fixture);
  exec_sql (fixture,
            "INSERT INTO unit (parent_id, code, name, kind) VALUES (%lld, 'A', 'Dinas A', "
            "'perangkat_daerah')",
            (long long) fixture->root);
  fixture->unit_a = last_id (fixture);
  exec_sql (fixture,
            "INSERT INTO unit (parent_id, code, name, kind) VALUES (%lld, 'B', 'Dinas B', "
            "'perangkat_daerah')",
            (long long) fixture->root);
  fixture->unit_b = last_id (fixture);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_array_unref (fixture->changed);
  g_assert_finalize_object (fixture->repo);
  g_assert_finalize_object (fixture->db);
}

static void
test_settings_boxes (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) boxes = NULL;
  KrTalentSettings s;
  const KrTalentBox *box;

  g_assert_true (kr_talent_repository_get_settings (fixture->repo, &s, &error));
  g_assert_cmpuint (s.performance_years, ==, 2);
  g_assert_cmpuint (s.discipline_years, ==, 2);
  g_assert_cmpuint (s.assessment_years, ==, 3);
  s.performance_years = 3;
  s.assessment_years = 4;
  g_assert_true (kr_talent_repository_save_settings (fixture->repo, &s, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->changed->len, ==, 1);
  g_assert_cmpuint (g_array_index (fixture->changed, guint, 0), ==, KR_TALENT_CHANGE_SETTINGS);
  memset (&s, 0, sizeof s);
  g_assert_true (kr_talent_repository_get_settings (fixture->repo, &s, &error));
  g_assert_cmpuint (s.performance_years, ==, 3);
  g_assert_cmpuint (s.assessment_years, ==, 4);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log WHERE entity = "
                                       "'talent_setting' AND action = 'update'"),
                   ==, 1);
  s.performance_years = 0;
  g_assert_false (kr_talent_repository_save_settings (fixture->repo, &s, &error));
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Performance years", NULL);

  boxes = kr_talent_repository_list_boxes (fixture->repo, &error);
  g_assert_nonnull (boxes);
  g_assert_cmpuint (boxes->len, ==, 9);
  box = kr_talent_box_lookup (boxes, KR_TALENT_PERFORMANCE_ABOVE, KR_TALENT_POTENTIAL_HIGH);
  g_assert_cmpuint (box->number, ==, 9);
  g_assert_true (box->in_pool);
  g_assert_true (g_str_has_prefix (box->follow_up, "Dipromosikan"));
  g_assert_false (kr_talent_box_find (boxes, 6)->in_pool);
}

/* Two final years (2024, 2025) of the given predikat, an assessment in 2024 */
static gint64
add_placed (Fixture *fixture,
            gint64 unit,
            const char *name,
            const char *p2024,
            const char *p2025,
            const char *potential)
{
  gint64 id = add_employee (fixture, unit, name);

  add_predikat (fixture, id, 2024, p2024, "final");
  add_predikat (fixture, id, 2025, p2025, "final");
  add_assessment (fixture, id, "2024-05-01", potential);
  return id;
}

static const char *const perf_predikat[] = { "butuh_perbaikan", "baik", "sangat_baik" };
static const char *const pot_codes[] = { "low", "medium", "high" };

static void
set_up_grid (Fixture *fixture)
{
  gint64 id;

  /* one in each box, in unit A; box 9 twice (one in unit B) */
  for (guint perf = 0; perf < 3; perf++)
    for (guint pot = 0; pot < 3; pot++)
      {
        g_autofree char *name = g_strdup_printf ("Box %u%u", perf, pot);

        add_placed (fixture, fixture->unit_a, name, perf_predikat[perf], perf_predikat[perf],
                    pot_codes[pot]);
      }
  add_placed (fixture, fixture->unit_b, "Bintang", "sangat_baik", "sangat_baik", "high");
  /* any below year → below: with high potential, box 6 */
  add_placed (fixture, fixture->unit_b, "Campur", "sangat_baik", "kurang", "high");
  /* an objected evaluation counts as final */
  id = add_employee (fixture, fixture->unit_b, "Keberatan");
  add_predikat (fixture, id, 2024, "baik", "objected");
  add_predikat (fixture, id, 2025, "baik", "final");
  add_assessment (fixture, id, "2023-01-01", "medium"); /* the first day that still counts */
  /* not placed: a submitted (not final) year */
  id = add_employee (fixture, fixture->unit_a, "Draf");
  add_predikat (fixture, id, 2024, "baik", "final");
  add_predikat (fixture, id, 2025, "baik", "submitted");
  add_assessment (fixture, id, "2024-05-01", "high");
  /* not placed: the assessment too old (2022-12-31), the newer one after the reference */
  id = add_employee (fixture, fixture->unit_a, "Lama");
  add_predikat (fixture, id, 2024, "baik", "final");
  add_predikat (fixture, id, 2025, "baik", "final");
  add_assessment (fixture, id, "2022-12-31", "high");
  add_assessment (fixture, id, "2026-01-02", "high");
  /* excluded: sedang in 2024; and one with berat whose period ended in the window */
  id = add_placed (fixture, fixture->unit_a, "Sanksi", "sangat_baik", "sangat_baik", "high");
  exec_sql (fixture,
            "INSERT INTO discipline_history (employee_id, level, sanction, regulation, tmt) "
            "VALUES (%lld, 'sedang', 'Pemotongan tunjangan kinerja', 'PP 94/2021', "
            "'2024-03-01')",
            (long long) id);
  id = add_placed (fixture, fixture->unit_b, "Turun", "baik", "baik", "high");
  exec_sql (fixture,
            "INSERT INTO discipline_history (employee_id, level, sanction, regulation, tmt, "
            "end_date) VALUES (%lld, 'berat', 'Penurunan jabatan', 'PP 94/2021', '2022-06-01', "
            "'2024-01-15')",
            (long long) id);
  /* placed despite sanctions: ringan in 2025, sedang long before */
  id = add_placed (fixture, fixture->unit_b, "Ringan", "baik", "baik", "low");
  exec_sql (fixture,
            "INSERT INTO discipline_history (employee_id, level, sanction, regulation, tmt) "
            "VALUES (%lld, 'ringan', 'Teguran lisan', 'PP 94/2021', '2025-03-01'), (%lld, "
            "'sedang', 'Pemotongan tunjangan kinerja', 'PP 94/2021', '2021-03-01')",
            (long long) id, (long long) id);
  /* out of scope: a PPPK and a retired PNS */
  id = add_employee_full (fixture, fixture->unit_a, 0, "Kontrak", 103, "pppk", "1990-01-01");
  add_predikat (fixture, id, 2024, "sangat_baik", "final");
  add_predikat (fixture, id, 2025, "sangat_baik", "final");
  add_assessment (fixture, id, "2024-05-01", "high");
  id = add_placed (fixture, fixture->unit_a, "Pensiun", "baik", "baik", "high");
  exec_sql (fixture, "UPDATE employee SET status = 'pensiun' WHERE id = %lld", (long long) id);
}

static void
check_lists_agree (Fixture *fixture, KrTalentQuery *query, const KrTalentGridCounts *counts)
{
  g_autoptr (GError) error = NULL;
  guint n;

  for (guint box = 1; box <= 9; box++)
    {
      g_autoptr (GPtrArray) list = NULL;

      query->status = KR_TALENT_STATUS_PLACED;
      query->box = box;
      g_assert_true (kr_talent_repository_count_employees (fixture->repo, query, &n, NULL, &error));
      g_assert_cmpuint (n, ==, counts->boxes[box]);
      list = kr_talent_repository_list_employees (fixture->repo, query, 0, 100, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (list->len, ==, n);
      for (guint i = 0; i < list->len; i++)
        {
          KrTalentEntry *e = g_ptr_array_index (list, i);
          g_autoptr (KrTalentPlacement) p =
              kr_talent_repository_get_placement (fixture->repo, e->employee_id, 2025, &error);

          g_assert_no_error (error);
          g_assert_cmpuint (e->box, ==, box);
          g_assert_cmpint (p->status, ==, KR_TALENT_STATUS_PLACED);
          g_assert_cmpuint (p->box, ==, box);
          g_assert_true (e->has_performance && e->has_potential);
          g_assert_cmpint (e->performance, ==, p->performance);
          g_assert_cmpint (e->potential, ==, p->potential);
        }
    }
  query->box = 0;
  {
    static const KrTalentStatus statuses[] = { KR_TALENT_STATUS_NO_APPRAISAL,
                                               KR_TALENT_STATUS_NO_ASSESSMENT,
                                               KR_TALENT_STATUS_EXCLUDED };
    const guint expected[] = { counts->no_appraisal, counts->no_assessment, counts->excluded };

    for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
      {
        g_autoptr (GPtrArray) list = NULL;

        query->status = statuses[s];
        list = kr_talent_repository_list_employees (fixture->repo, query, 0, 100, NULL, &error);
        g_assert_cmpuint (list->len, ==, expected[s]);
        for (guint i = 0; i < list->len; i++)
          {
            KrTalentEntry *e = g_ptr_array_index (list, i);
            g_autoptr (KrTalentPlacement) p =
                kr_talent_repository_get_placement (fixture->repo, e->employee_id, 2025, &error);

            g_assert_cmpint (e->status, ==, statuses[s]);
            g_assert_cmpint (p->status, ==, statuses[s]);
            g_assert_cmpuint (e->box, ==, 0);
          }
      }
  }
  query->status = -1;
  g_assert_true (kr_talent_repository_count_employees (fixture->repo, query, &n, NULL, &error));
  g_assert_cmpuint (n, ==, counts->total);
}

static void
test_grid (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) boxes = NULL;
  g_autoptr (GPtrArray) page = NULL;
  KrTalentGridCounts counts;
  KrTalentQuery query;
  guint n, year = 0;

  set_up_grid (fixture);
  g_assert_true (kr_talent_repository_get_latest_year (fixture->repo, &year, &error));
  g_assert_cmpuint (year, ==, 2025);
  kr_talent_query_init (&query, 2025);
  g_assert_true (kr_talent_repository_count_grid (fixture->repo, &query, &counts, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.boxes[1], ==, 1);
  g_assert_cmpuint (counts.boxes[2], ==, 2); /* with Ringan */
  g_assert_cmpuint (counts.boxes[3], ==, 1);
  g_assert_cmpuint (counts.boxes[4], ==, 1);
  g_assert_cmpuint (counts.boxes[5], ==, 2); /* with Keberatan */
  g_assert_cmpuint (counts.boxes[6], ==, 2); /* with Campur */
  g_assert_cmpuint (counts.boxes[7], ==, 1);
  g_assert_cmpuint (counts.boxes[8], ==, 1);
  g_assert_cmpuint (counts.boxes[9], ==, 2); /* with Bintang */
  g_assert_cmpuint (counts.no_appraisal, ==, 1);
  g_assert_cmpuint (counts.no_assessment, ==, 1);
  g_assert_cmpuint (counts.excluded, ==, 2);
  g_assert_cmpuint (counts.total, ==, 17); /* not the PPPK nor the retired */
  g_assert_cmpuint (kr_talent_grid_counts_placed (&counts), ==, 13);
  boxes = kr_talent_repository_list_boxes (fixture->repo, &error);
  g_assert_cmpuint (kr_talent_grid_counts_in_pool (&counts, boxes), ==, 4);
  check_lists_agree (fixture, &query, &counts);

  /* the pool only, sorted by rank then name; paging */
  query.pool_only = TRUE;
  g_assert_true (kr_talent_repository_count_employees (fixture->repo, &query, &n, NULL, &error));
  g_assert_cmpuint (n, ==, 4);
  page = kr_talent_repository_list_employees (fixture->repo, &query, 1, 2, NULL, &error);
  g_assert_cmpuint (page->len, ==, 2);
  g_assert_cmpstr (((KrTalentEntry *) g_ptr_array_index (page, 0))->name, ==, "Box 12");
  g_assert_cmpstr (((KrTalentEntry *) g_ptr_array_index (page, 1))->name, ==, "Box 21");
  query.pool_only = FALSE;
  query.search = "Bint";
  g_assert_true (kr_talent_repository_count_employees (fixture->repo, &query, &n, NULL, &error));
  g_assert_cmpuint (n, ==, 1);
  query.search = NULL;

  /* one unit */
  query.unit_id = fixture->unit_b;
  g_assert_true (kr_talent_repository_count_grid (fixture->repo, &query, &counts, NULL, &error));
  g_assert_cmpuint (counts.total, ==, 5);
  g_assert_cmpuint (counts.boxes[9], ==, 1);
  g_assert_cmpuint (counts.excluded, ==, 1);
  check_lists_agree (fixture, &query, &counts);

  /* a year with one performance year missing: 2026 places nobody */
  kr_talent_query_init (&query, 2026);
  g_assert_true (kr_talent_repository_count_grid (fixture->repo, &query, &counts, NULL, &error));
  g_assert_cmpuint (counts.no_appraisal, ==, 17);
  /* a setting of one year: 2025 alone; Draf still has no final 2025 */
  {
    KrTalentSettings s = { 1, 0, 3 };

    g_assert_true (kr_talent_repository_save_settings (fixture->repo, &s, &error));
    kr_talent_query_init (&query, 2025);
    g_assert_true (kr_talent_repository_count_grid (fixture->repo, &query, &counts, NULL, &error));
    g_assert_cmpuint (counts.excluded, ==, 0); /* discipline years 0 */
    g_assert_cmpuint (counts.boxes[6], ==, 2); /* Campur: kurang in 2025 */
    g_assert_cmpuint (counts.no_appraisal, ==, 1);
    check_lists_agree (fixture, &query, &counts);
  }
  query.year = 1999;
  g_assert_false (kr_talent_repository_count_grid (fixture->repo, &query, &counts, NULL, &error));
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Year", NULL);
}

static void
test_placement_reasons (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrTalentPlacement) p = NULL;
  KrTalentFacts facts;
  gint64 id;

  id = add_placed (fixture, fixture->unit_a, "Ani", "sangat_baik", "sangat_baik", "medium");
  add_assessment (fixture, id, "2025-09-09", "high");
  exec_sql (fixture,
            "INSERT INTO discipline_history (employee_id, level, sanction, regulation, tmt) "
            "VALUES (%lld, 'sedang', 'Pemotongan tunjangan kinerja', 'PP 94/2021', "
            "'2026-02-01')",
            (long long) id);
  g_assert_true (kr_talent_repository_get_facts (fixture->repo, id, 2025, &facts, &error));
  g_assert_true (facts.has_predikat[0] && facts.has_predikat[1]);
  g_assert_cmpint (facts.predikat[0], ==, KR_PREDIKAT_SANGAT_BAIK);
  g_assert_true (facts.has_assessment);
  g_assert_cmpint (facts.potential, ==, KR_TALENT_POTENTIAL_HIGH); /* the latest */
  g_assert_false (facts.has_sanction);                             /* after the reference day */
  p = kr_talent_repository_get_placement (fixture->repo, id, 2025, &error);
  g_assert_cmpuint (p->box, ==, 9);
  g_assert_true (p->in_pool);
  g_assert_cmpuint (p->reasons->len, ==, 6);
  g_assert_cmpstr (g_ptr_array_index (p->reasons, 0), ==,
                   "2025: predikat Sangat Baik (Above "
                   "expectations)");
  g_assert_true (g_str_has_prefix (g_ptr_array_index (p->reasons, 5), "Box 9, in the talent pool"));
  g_clear_pointer (&p, kr_talent_placement_free);
  /* in 2026 the sanction excludes */
  p = kr_talent_repository_get_placement (fixture->repo, id, 2026, &error);
  g_assert_cmpint (p->status, ==, KR_TALENT_STATUS_EXCLUDED);
  g_assert_null (kr_talent_repository_get_placement (fixture->repo, 9999, 2025, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND);
}

static void
test_assessments (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrTalentAssessment) a = kr_talent_assessment_new ();
  g_autoptr (KrTalentAssessment) b = kr_talent_assessment_new ();
  g_autoptr (KrTalentAssessment) read = NULL;
  g_autoptr (GPtrArray) list = NULL;
  gint64 id = add_employee (fixture, fixture->unit_a, "Ani");
  GDate today;

  a->employee_id = id;
  a->date = d ("2025-03-04");
  a->potential = KR_TALENT_POTENTIAL_HIGH;
  a->has_score = TRUE;
  a->score = 81.5;
  a->assessor = g_strdup ("  UPT Penilaian Kompetensi  ");
  a->note = g_strdup ("   ");
  g_assert_true (kr_talent_repository_save_assessment (fixture->repo, a, &error));
  g_assert_no_error (error);
  g_assert_cmpint (a->id, >, 0);
  g_assert_cmpstr (a->assessor, ==, "UPT Penilaian Kompetensi");
  g_assert_null (a->note);
  g_assert_cmpuint (g_array_index (fixture->changed, guint, 0), ==, KR_TALENT_CHANGE_ASSESSMENTS);
  read = kr_talent_repository_get_assessment (fixture->repo, a->id, &error);
  g_assert_cmpint (read->potential, ==, KR_TALENT_POTENTIAL_HIGH);
  g_assert_true (read->has_score);
  g_assert_cmpfloat (read->score, ==, 81.5);
  g_assert_cmpint (query_int (fixture,
                              "SELECT count(*) FROM audit_log WHERE entity = 'talent_assessment' "
                              "AND action = 'insert' AND employee_id = %lld",
                              (long long) id),
                   ==, 1);

  /* the same day again: conflict */
  b->employee_id = id;
  b->date = a->date;
  g_assert_false (kr_talent_repository_save_assessment (fixture->repo, b, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_CONFLICT);
  g_clear_error (&error);
  /* in the future, a bad score, no date */
  kr_date_today (NULL, &today);
  b->date = today;
  g_date_add_days (&b->date, 1);
  g_assert_false (kr_talent_repository_save_assessment (fixture->repo, b, &error));
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Date", NULL);
  g_clear_error (&error);
  b->date = d ("2024-01-01");
  b->has_score = TRUE;
  b->score = 101;
  g_assert_false (kr_talent_repository_save_assessment (fixture->repo, b, &error));
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Score", NULL);
  g_clear_error (&error);
  b->has_score = FALSE;
  g_date_clear (&b->date, 1);
  g_assert_false (kr_talent_repository_save_assessment (fixture->repo, b, &error));
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Date", NULL);
  g_clear_error (&error);
  b->date = d ("2024-01-01");
  b->potential = KR_TALENT_POTENTIAL_LOW;
  g_assert_true (kr_talent_repository_save_assessment (fixture->repo, b, &error));

  /* update, newest first */
  a->potential = KR_TALENT_POTENTIAL_MEDIUM;
  g_assert_true (kr_talent_repository_save_assessment (fixture->repo, a, &error));
  list = kr_talent_repository_list_assessments (fixture->repo, id, &error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpint (((KrTalentAssessment *) g_ptr_array_index (list, 0))->potential, ==,
                   KR_TALENT_POTENTIAL_MEDIUM);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log WHERE entity = "
                                       "'talent_assessment' AND action = 'update'"),
                   ==, 1);
  g_assert_true (kr_talent_repository_delete_assessment (fixture->repo, b->id, &error));
  g_assert_false (kr_talent_repository_delete_assessment (fixture->repo, b->id, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log WHERE entity = "
                                       "'talent_assessment' AND action = 'delete'"),
                   ==, 1);

  /* a viewer reads, does not write */
  {
    g_autoptr (KrIdentity) viewer = kr_identity_new (1, "viewer", "Viewer", KR_ROLE_VIEWER, 0);

    kr_database_set_identity (fixture->db, viewer);
    g_clear_pointer (&list, g_ptr_array_unref);
    list = kr_talent_repository_list_assessments (fixture->repo, id, &error);
    g_assert_nonnull (list);
    g_assert_false (kr_talent_repository_save_assessment (fixture->repo, a, &error));
    g_assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED);
    kr_database_set_identity (fixture->db, NULL);
  }
}

static KrSuccessor *
successor_at (KrSuccessionPlan *plan, guint i)
{
  return g_ptr_array_index (plan->successors, i);
}

static void
test_succession (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) keys = NULL;
  g_autoptr (GPtrArray) plans = NULL;
  g_autoptr (GPtrArray) suggested = NULL;
  g_autoptr (KrSuccessionPlan) plan = NULL;
  gint64 kadis, sekretaris, staff_pos, holder, sek, cand_a, cand_b, low, excluded;
  gint64 plan_id = 0, plan2 = 0, s1 = 0, s2 = 0, s3 = 0;

  kadis = add_position (fixture, fixture->unit_a, "Kepala Dinas A", "jpt_pratama", TRUE);
  sekretaris = add_position (fixture, fixture->unit_a, "Sekretaris", "administrator", FALSE);
  staff_pos = add_position (fixture, fixture->unit_a, "Analis", "pelaksana", FALSE);
  holder = add_employee_full (fixture, fixture->unit_a, kadis, "Kepala", 43, "pns", "1967-05-20");
  sek = add_employee_full (fixture, fixture->unit_a, sekretaris, "Sekre", 42, "pns", "1975-01-01");
  add_predikat (fixture, sek, 2024, "sangat_baik", "final");
  add_predikat (fixture, sek, 2025, "sangat_baik", "final");
  add_assessment (fixture, sek, "2025-01-01", "high");
  exec_sql (fixture,
            "INSERT INTO training_record (employee_id, title, kind, type, programme, form, "
            "end_date, jp) VALUES (%lld, 'PKN Tingkat II', 'classical', 'leadership', 'pkn_ii', "
            "'training', '2024-06-01', 400)",
            (long long) sek);
  /* IV/a in box 8: one rank short of IV/b → 1–2 years */
  cand_a = add_placed (fixture, fixture->unit_b, "Citra", "baik", "baik", "high");
  exec_sql (fixture, "UPDATE rank_history SET golongan = 41 WHERE employee_id = %lld",
            (long long) cand_a);
  /* III/d in box 7 */
  cand_b = add_placed (fixture, fixture->unit_b, "Dodi", "sangat_baik", "sangat_baik", "medium");
  exec_sql (fixture, "UPDATE rank_history SET golongan = 34 WHERE employee_id = %lld",
            (long long) cand_b);
  /* too low a rank (III/b) though in box 9; and a box-9 excluded */
  low = add_placed (fixture, fixture->unit_b, "Eko", "sangat_baik", "sangat_baik", "high");
  exec_sql (fixture, "UPDATE rank_history SET golongan = 32 WHERE employee_id = %lld",
            (long long) low);
  excluded = add_placed (fixture, fixture->unit_b, "Fani", "sangat_baik", "sangat_baik", "high");
  exec_sql (fixture,
            "INSERT INTO discipline_history (employee_id, level, sanction, regulation, tmt) "
            "VALUES (%lld, 'berat', 'Pembebasan dari jabatan', 'PP 94/2021', '2025-03-01')",
            (long long) excluded);

  keys = kr_talent_repository_list_key_positions (fixture->repo, 0, TRUE, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (keys->len, ==, 2);
  g_assert_cmpint (((KrKeyPosition *) g_ptr_array_index (keys, 0))->position_id, ==, kadis);
  g_assert_true (((KrKeyPosition *) g_ptr_array_index (keys, 0))->is_head);

  g_assert_false (
      kr_talent_repository_create_plan (fixture->repo, staff_pos, NULL, &plan_id, &error));
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Position", NULL);
  g_clear_error (&error);
  g_assert_true (
      kr_talent_repository_create_plan (fixture->repo, kadis, "Prioritas", &plan_id, &error));
  g_assert_no_error (error);
  g_assert_false (kr_talent_repository_create_plan (fixture->repo, kadis, NULL, NULL, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_true (
      kr_talent_repository_create_plan (fixture->repo, sekretaris, NULL, &plan2, &error));
  g_clear_pointer (&keys, g_ptr_array_unref);
  keys = kr_talent_repository_list_key_positions (fixture->repo, 0, TRUE, TRUE, &error);
  g_assert_cmpuint (keys->len, ==, 0);

  plan = kr_talent_repository_get_plan (fixture->repo, plan_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (plan->holder_id, ==, holder);
  g_assert_cmpuint (plan->n_holders, ==, 1);
  g_assert_cmpstr (plan->note, ==, "Prioritas");
  /* born 1967-05-20, BUP 60 for JPT: TMT pensiun 2027-06-01 */
  g_assert_cmpint (g_date_get_year (&plan->holder_retirement), ==, 2027);
  g_assert_cmpint (g_date_get_month (&plan->holder_retirement), ==, 6);
  g_assert_cmpint (plan->gap, ==, KR_SUCCESSION_GAP_NO_SUCCESSOR);
  g_clear_pointer (&plan, kr_succession_plan_free);

  /* suggestions: IV/b..IV/d less two ranks = III/d..IV/d, in the pool, not excluded, not the
   * holder: Sekre (box 9, IV/b, PKN II: ready now), Citra (box 8), Dodi (box 7) */
  suggested = kr_talent_repository_suggest_successors (fixture->repo, plan_id, 2025, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (suggested->len, ==, 3);
  g_assert_cmpint (((KrSuccessor *) g_ptr_array_index (suggested, 0))->employee_id, ==, sek);
  g_assert_cmpint (((KrSuccessor *) g_ptr_array_index (suggested, 0))->readiness, ==,
                   KR_SUCCESSOR_READINESS_NOW);
  g_assert_cmpuint (((KrSuccessor *) g_ptr_array_index (suggested, 0))->box, ==, 9);
  g_assert_cmpint (((KrSuccessor *) g_ptr_array_index (suggested, 1))->employee_id, ==, cand_a);
  g_assert_cmpint (((KrSuccessor *) g_ptr_array_index (suggested, 1))->readiness, ==,
                   KR_SUCCESSOR_READINESS_THREE_YEARS); /* pelaksana: two steps, no PKN II */
  g_assert_nonnull (((KrSuccessor *) g_ptr_array_index (suggested, 1))->gaps);
  g_assert_cmpint (((KrSuccessor *) g_ptr_array_index (suggested, 2))->employee_id, ==, cand_b);

  /* add: Citra, then Dodi first, then Sekre at the end */
  g_assert_true (kr_talent_repository_add_successor (fixture->repo, plan_id, cand_a,
                                                     KR_SUCCESSOR_READINESS_ONE_TO_TWO_YEARS, 0,
                                                     NULL, &s1, &error));
  g_assert_true (kr_talent_repository_add_successor (
      fixture->repo, plan_id, cand_b, KR_SUCCESSOR_READINESS_THREE_YEARS, 1, "PKA", &s2, &error));
  g_assert_false (kr_talent_repository_add_successor (
      fixture->repo, plan_id, cand_b, KR_SUCCESSOR_READINESS_NOW, 0, NULL, NULL, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_false (kr_talent_repository_add_successor (
      fixture->repo, plan_id, holder, KR_SUCCESSOR_READINESS_NOW, 0, NULL, NULL, &error));
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "holder", NULL);
  g_clear_error (&error);
  plan = kr_talent_repository_get_plan (fixture->repo, plan_id, &error);
  g_assert_cmpuint (plan->successors->len, ==, 2);
  g_assert_cmpint (successor_at (plan, 0)->id, ==, s2);
  g_assert_cmpuint (successor_at (plan, 0)->rank, ==, 1);
  g_assert_cmpstr (successor_at (plan, 0)->gaps, ==, "PKA");
  g_assert_cmpuint (successor_at (plan, 0)->box, ==, 7);
  g_assert_cmpint (successor_at (plan, 1)->id, ==, s1);
  g_assert_cmpuint (successor_at (plan, 1)->rank, ==, 2);
  g_assert_cmpint (plan->gap, ==, KR_SUCCESSION_GAP_NONE_READY);
  g_clear_pointer (&plan, kr_succession_plan_free);

  g_assert_true (kr_talent_repository_add_successor (
      fixture->repo, plan_id, sek, KR_SUCCESSOR_READINESS_NOW, 0, NULL, &s3, &error));
  g_assert_true (kr_talent_repository_move_successor (fixture->repo, s3, 1, &error));
  plan = kr_talent_repository_get_plan (fixture->repo, plan_id, &error);
  g_assert_cmpint (successor_at (plan, 0)->id, ==, s3);
  g_assert_cmpint (successor_at (plan, 1)->id, ==, s2);
  g_assert_cmpint (successor_at (plan, 2)->id, ==, s1);
  g_assert_cmpuint (successor_at (plan, 2)->rank, ==, 3);
  g_assert_cmpint (successor_at (plan, 0)->suggested, ==, KR_SUCCESSOR_READINESS_NOW);
  g_assert_cmpint (plan->gap, ==, KR_SUCCESSION_GAP_NONE);
  g_clear_pointer (&plan, kr_succession_plan_free);

  /* remove the ready one: renumbered, the gap is back */
  g_assert_true (kr_talent_repository_remove_successor (fixture->repo, s3, &error));
  plan = kr_talent_repository_get_plan (fixture->repo, plan_id, &error);
  g_assert_cmpuint (plan->successors->len, ==, 2);
  g_assert_cmpuint (successor_at (plan, 0)->rank, ==, 1);
  g_assert_cmpuint (successor_at (plan, 1)->rank, ==, 2);
  g_assert_cmpint (plan->gap, ==, KR_SUCCESSION_GAP_NONE_READY);
  g_clear_pointer (&plan, kr_succession_plan_free);
  g_assert_true (kr_talent_repository_update_successor (
      fixture->repo, s1, KR_SUCCESSOR_READINESS_NOW, "Siap", &error));
  g_assert_false (kr_talent_repository_remove_successor (fixture->repo, s3, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND);
  g_clear_error (&error);

  plans = kr_talent_repository_list_plans (fixture->repo, 0, TRUE, FALSE, &error);
  g_assert_cmpuint (plans->len, ==, 2);
  g_assert_cmpint (((KrSuccessionPlan *) g_ptr_array_index (plans, 0))->id, ==, plan_id);
  g_assert_cmpint (((KrSuccessionPlan *) g_ptr_array_index (plans, 0))->gap, ==,
                   KR_SUCCESSION_GAP_NONE);
  g_clear_pointer (&plans, g_ptr_array_unref);
  plans = kr_talent_repository_list_plans (fixture->repo, 0, TRUE, TRUE, &error);
  g_assert_cmpuint (plans->len, ==, 1);
  g_assert_cmpint (((KrSuccessionPlan *) g_ptr_array_index (plans, 0))->id, ==, plan2);
  g_assert_cmpint (((KrSuccessionPlan *) g_ptr_array_index (plans, 0))->holder_id, ==, sek);
  g_clear_pointer (&plans, g_ptr_array_unref);
  plans = kr_talent_repository_list_plans (fixture->repo, fixture->unit_b, TRUE, FALSE, &error);
  g_assert_cmpuint (plans->len, ==, 0);

  /* audit: the plans, each successor insert, the moves, the delete */
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log WHERE entity = "
                                       "'succession_plan' AND action = 'insert'"),
                   ==, 2);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log WHERE entity = "
                                       "'successor' AND action = 'insert'"),
                   ==, 3);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log WHERE entity = "
                                       "'successor' AND action = 'delete'"),
                   ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log WHERE entity = "
                                       "'successor' AND action = 'update'"),
                   >=, 3);

  /* a unit head of B does not see plans of A, nor writes */
  {
    g_autoptr (KrIdentity) head =
        kr_identity_new (2, "kepala", "Kepala B", KR_ROLE_UNIT_HEAD, fixture->unit_b);

    kr_database_set_identity (fixture->db, head);
    plans = kr_talent_repository_list_plans (fixture->repo, 0, TRUE, FALSE, &error);
    g_assert_cmpuint (plans->len, ==, 0);
    g_assert_null (kr_talent_repository_get_plan (fixture->repo, plan_id, &error));
    g_assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED);
    g_clear_error (&error);
    g_assert_false (kr_talent_repository_delete_plan (fixture->repo, plan_id, &error));
    g_assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED);
    g_clear_error (&error);
    kr_database_set_identity (fixture->db, NULL);
  }
  g_assert_true (kr_talent_repository_delete_plan (fixture->repo, plan_id, &error));
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM successor"), ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log WHERE entity = "
                                       "'succession_plan' AND action = 'delete'"),
                   ==, 1);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/talent-repository/settings-boxes", test_settings_boxes);
  ADD ("/talent-repository/grid", test_grid);
  ADD ("/talent-repository/placement", test_placement_reasons);
  ADD ("/talent-repository/assessments", test_assessments);
  ADD ("/talent-repository/succession", test_succession);
  return g_test_run ();
}
