/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-injection"

#include "config.h"

#include <string.h>

#include "kr-appraisal-repository.h"
#include "kr-audit.h"
#include "kr-dashboard-repository.h"
#include "kr-database-private.h"
#include "kr-demo.h"
#include "kr-employee-list.h"
#include "kr-employee-private.h"
#include "kr-employee-repository.h"
#include "kr-error.h"
#include "kr-promotion-repository.h"
#include "kr-selection-repository.h"
#include "kr-talent-repository.h"
#include "kr-test-utils.h"
#include "kr-training-repository.h"
#include "kr-unit-repository.h"
#include "kr-vacancy-repository.h"

/* SQL injection through every search and filter of the repositories: hostile text (quotes,
 * semicolons, SQL keywords, LIKE wildcards, FTS5 syntax, unicode) gives no error other than a
 * clean KR_ERROR_INVALID or KR_ERROR_NOT_FOUND where a field has a format, never a crash, and
 * leaves the schema and every table as they were. LIKE searches match the wildcards literally.
 * test-injection-store.c checks the same text stored and read back. */

#define N_EMPLOYEES 250

static const char *const hostile[] = {
  "O'Brien",
  "'; DROP TABLE employee; --",
  "\" OR 1=1 --",
  "' OR '1'='1",
  "'); DELETE FROM unit; --",
  "1; ATTACH DATABASE 'x.db' AS x; --",
  "' UNION SELECT sqlite_version() --",
  "%",
  "_",
  "\\",
  "%_\\%",
  "*",
  "Siti*",
  "NEAR(",
  "NEAR(siti aminah, 2)",
  "\"",
  "\"unterminated",
  "-",
  "-siti",
  "^",
  "^siti",
  "AND OR NOT",
  "siti AND NOT budi OR",
  "name:siti",
  "{name nip}: siti",
  "(",
  ")",
  "''",
  "\\'",
  "?1 :search @x $y",
  "/* comment",
  "Ñoño Ünïcödé 漢字 😀 \u202e",
  "   ",
  "",
};

typedef struct
{
  char *dir;
  KrDatabase *db;
  GDate today;
  char *snapshot;
} Fixture;

/* The schema and the number of rows of every table. */
static char *
take_snapshot (KrDatabase *db)
{
  sqlite3 *handle = _kr_database_get_handle (db);
  sqlite3_stmt *stmt = NULL;
  GString *s = g_string_new (NULL);

  g_assert_cmpint (sqlite3_prepare_v2 (handle,
                                       "SELECT type, name, coalesce (sql, '') FROM sqlite_master "
                                       "ORDER BY type, name",
                                       -1, &stmt, NULL),
                   ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *type = (const char *) sqlite3_column_text (stmt, 0);
      const char *name = (const char *) sqlite3_column_text (stmt, 1);

      g_string_append_printf (s, "%s %s %s\n", type, name, sqlite3_column_text (stmt, 2));
      /* The FTS5 shadow tables hold what the index holds; count the real tables. */
      if (strcmp (type, "table") == 0 && strncmp (name, "sqlite_", 7) != 0 &&
          strncmp (name, "employee_fts_", 13) != 0)
        {
          g_autofree char *count = g_strdup_printf ("SELECT count(*) FROM \"%s\"", name);

          g_string_append_printf (s, "  rows %" G_GINT64_FORMAT "\n",
                                  kr_test_query_int (handle, count));
        }
    }
  sqlite3_finalize (stmt);
  return g_string_free (s, FALSE);
}

/* The demo organisation, made once into @path: each test copies it. */
static void
make_template (const char *path)
{
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (GError) error = NULL;
  GDate today;
  KrDemoOptions options = { .n_employees = N_EMPLOYEES,
                            .seed = 9,
                            .today = &today,
                            .appraisals = KR_DEMO_APPRAISALS_ALL,
                            .training = KR_DEMO_TRAINING_ALL };

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, G_DATE_DECEMBER, 2025);
  db = kr_database_open (path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  kr_demo_generate (db, &options, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr (GFile) template = g_file_new_for_path (data);
  g_autoptr (GFile) copy = NULL;

  g_date_clear (&fixture->today, 1);
  g_date_set_dmy (&fixture->today, 15, G_DATE_DECEMBER, 2025);
  fixture->dir = kr_test_make_tmp_dir ("kr-injection-XXXXXX");
  path = g_build_filename (fixture->dir, "karier.db", NULL);
  copy = g_file_new_for_path (path);
  g_file_copy (template, copy, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  fixture->db = kr_database_open (path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  fixture->snapshot = take_snapshot (fixture->db);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_autofree char *after = take_snapshot (fixture->db);

  /* Nothing any hostile text did changed the schema or a table. */
  g_assert_cmpstr (after, ==, fixture->snapshot);
  g_assert_cmpint (kr_test_query_int (_kr_database_get_handle (fixture->db),
                                      "SELECT count(*) FROM pragma_integrity_check WHERE "
                                      "integrity_check <> 'ok'"),
                   ==, 0);
  g_assert_finalize_object (fixture->db);
  kr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->snapshot);
}

/* A search either succeeded or refused the text cleanly, naming nothing of SQL. */
static void
assert_clean (const char *text, gboolean ok, GError *error)
{
  if (ok)
    {
      g_assert_no_error (error);
      return;
    }
  g_assert_nonnull (error);
  g_test_message ("“%s”: %s", text, error->message);
  g_assert_true (g_error_matches (error, KR_ERROR, KR_ERROR_INVALID) ||
                 g_error_matches (error, KR_ERROR, KR_ERROR_NOT_FOUND));
  g_assert_null (strstr (error->message, "syntax"));
  g_assert_null (strstr (error->message, "SQL"));
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));

  return *copy == '\0';
}

/* The employee list, by SQL and through the search index, and the pickers' search. */
static guint
list_count (KrEmployeeRepository *repository, const char *text)
{
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
  g_autoptr (KrEmployeeList) list = NULL;
  g_autoptr (GError) error = NULL;
  guint n;

  kr_employee_query_set_search (query, text);
  list = kr_employee_list_new (repository, query);
  while (kr_employee_search_is_busy (_kr_employee_repository_get_search (repository)))
    g_main_context_iteration (NULL, TRUE);
  kr_employee_list_set_query (list, query);
  kr_employee_list_get_error (list, &error);
  g_assert_no_error (error);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  if (n > 0)
    g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), n - 1));
  kr_employee_list_get_error (list, &error);
  g_assert_no_error (error);
  return n;
}

static void
test_employees (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrEmployeeRepository) sql = kr_employee_repository_new (fixture->db);
  g_autoptr (KrEmployeeRepository) indexed = kr_employee_repository_new (fixture->db);
  KrEmployeeSearch *search = _kr_employee_repository_get_search (indexed);

  kr_employee_search_set_min_employees (_kr_employee_repository_get_search (sql), G_MAXUINT);
  kr_employee_search_set_min_employees (search, 0);
  for (guint i = 0; i < 4 && !kr_employee_search_is_ready (search, KR_EMPLOYEE_SORT_NAME); i++)
    list_count (indexed, i % 2 ? "a" : "b");
  g_assert_true (kr_employee_search_is_ready (search, KR_EMPLOYEE_SORT_NAME));

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autoptr (GPtrArray) found = NULL;
      g_autoptr (KrEmployee) employee = NULL;
      g_autoptr (GError) error = NULL;
      g_autofree char *match = kr_employee_repository_make_match (hostile[i]);

      g_test_message ("employee search “%s” → %s", hostile[i], match);
      g_assert_cmpuint (list_count (sql, hostile[i]), ==, list_count (indexed, hostile[i]));
      found = kr_employee_repository_search (sql, hostile[i], 50, &error);
      g_assert_no_error (error);
      g_assert_nonnull (found);
      employee = kr_employee_repository_get_by_nip (sql, hostile[i], &error);
      g_assert_null (employee);
      if (error != NULL)
        assert_clean (hostile[i], FALSE, error);
    }
  /* A search with words that no name holds finds nobody, whichever way it runs. */
  g_assert_cmpuint (list_count (sql, "'; DROP TABLE employee; --"), ==, 0);
  g_assert_cmpuint (list_count (indexed, "'; DROP TABLE employee; --"), ==, 0);
  while (kr_employee_search_is_busy (search))
    g_main_context_iteration (NULL, TRUE);
  g_object_add_weak_pointer (G_OBJECT (search), (gpointer *) &search);
  g_clear_object (&indexed);
  while (search != NULL)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
test_appraisal_and_training (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrAppraisalRepository) appraisals = kr_appraisal_repository_new (fixture->db);
  g_autoptr (KrTrainingRepository) training = kr_training_repository_new (fixture->db);

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      KrAppraisalQuery aq = { .year = 2025, .period = -1, .search = hostile[i] };
      KrComplianceQuery cq = { .year = 2025, .search = hostile[i] };
      g_autoptr (GPtrArray) rows = NULL;
      g_autoptr (GPtrArray) courses = NULL;
      g_autoptr (GPtrArray) compliance = NULL;
      g_autoptr (GError) error = NULL;
      guint n = 0;
      gboolean ok;

      g_test_message ("appraisal and training search “%s”", hostile[i]);
      ok = kr_appraisal_repository_count (appraisals, &aq, &n, &error);
      assert_clean (hostile[i], ok, error);
      rows = kr_appraisal_repository_list (appraisals, &aq, 0, 50, &error);
      g_assert_no_error (error);
      courses = kr_training_repository_list_courses (training, hostile[i], TRUE, &error);
      g_assert_no_error (error);
      ok = kr_training_repository_count_compliance (training, &cq, &n, &error);
      assert_clean (hostile[i], ok, error);
      compliance = kr_training_repository_list_compliance (training, &cq, 0, 50, &error);
      g_assert_no_error (error);
      /* No demo name or NIP starts with these; a wildcard must not match everyone. */
      if (strchr ("%_\\'\"*^-", hostile[i][0]) != NULL && hostile[i][0] != '\0')
        {
          g_assert_cmpuint (rows->len, ==, 0);
          g_assert_cmpuint (compliance->len, ==, 0);
        }
    }
}

static void
test_promotion_selection (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrPromotionRepository) promotions = kr_promotion_repository_new (fixture->db);
  g_autoptr (KrSelectionRepository) selections = kr_selection_repository_new (fixture->db);
  g_autoptr (KrVacancyRepository) vacancies = kr_vacancy_repository_new (fixture->db);
  guint all = 0;

  {
    KrCandidateQuery cq = { .search = NULL };
    g_autoptr (GError) error = NULL;

    g_date_clear (&cq.period, 1);
    g_date_set_dmy (&cq.period, 1, G_DATE_APRIL, 2026);
    g_assert_true (kr_promotion_repository_count_candidates (promotions, &cq, &all, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (all, >, 0);
  }
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      KrCandidateQuery cq = { .search = hostile[i] };
      KrPromotionQuery pq = { .stage = -1, .search = hostile[i] };
      KrSelectionQuery sq = { .status = -1, .search = hostile[i] };
      KrVacancyQuery vq = { .today = fixture->today, .horizon_months = 12, .search = hostile[i] };
      g_autoptr (GPtrArray) candidates = NULL;
      g_autoptr (GPtrArray) pipeline = NULL;
      g_autoptr (GPtrArray) list = NULL;
      g_autoptr (GPtrArray) vacant = NULL;
      g_autoptr (GError) error = NULL;
      guint n = 0;

      g_test_message ("promotion, selection and vacancy search “%s”", hostile[i]);
      g_date_clear (&cq.period, 1);
      g_date_set_dmy (&cq.period, 1, G_DATE_APRIL, 2026);
      g_assert_true (kr_promotion_repository_count_candidates (promotions, &cq, &n, &error));
      g_assert_no_error (error);
      candidates = kr_promotion_repository_list_candidates (promotions, &cq, 0, 20, NULL, &error);
      g_assert_no_error (error);
      if (hostile[i][0] == '%' || hostile[i][0] == '_')
        g_assert_cmpuint (n, ==, 0);
      else if (is_blank (hostile[i]))
        g_assert_cmpuint (n, ==, all);
      g_assert_true (kr_promotion_repository_count_promotions (promotions, &pq, &n, &error));
      g_assert_no_error (error);
      pipeline = kr_promotion_repository_list_promotions (promotions, &pq, 0, 20, &error);
      g_assert_no_error (error);
      if (hostile[i][0] == '%' || hostile[i][0] == '_')
        g_assert_cmpuint (n, ==, 0);
      g_assert_true (kr_selection_repository_count_selections (selections, &sq, &n, &error));
      g_assert_no_error (error);
      list = kr_selection_repository_list_selections (selections, &sq, 0, 20, &error);
      g_assert_no_error (error);
      vacant = kr_vacancy_repository_list (vacancies, &vq, NULL, &error);
      g_assert_no_error (error);
    }
}

static void
test_talent_dashboard (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrTalentRepository) talent = kr_talent_repository_new (fixture->db);
  g_autoptr (KrDashboardRepository) dashboard = kr_dashboard_repository_new (fixture->db);
  static const KrDashboardDimension coded[] = {
    KR_DASHBOARD_EMPLOYEE_KIND, KR_DASHBOARD_POSITION_KIND,    KR_DASHBOARD_AGE,
    KR_DASHBOARD_PREDIKAT,      KR_DASHBOARD_PROMOTION_PERIOD,
  };
  KrDashboardScope scope;

  kr_dashboard_scope_init (&scope, 0, 2025);
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      KrTalentQuery tq;
      g_autoptr (GPtrArray) entries = NULL;
      g_autoptr (GError) error = NULL;
      guint n = 0;

      g_test_message ("talent and dashboard filter “%s”", hostile[i]);
      kr_talent_query_init (&tq, 2024);
      tq.search = hostile[i];
      g_assert_true (kr_talent_repository_count_employees (talent, &tq, &n, NULL, &error));
      g_assert_no_error (error);
      if (hostile[i][0] == '%' || hostile[i][0] == '_')
        g_assert_cmpuint (n, ==, 0);
      entries = kr_talent_repository_list_employees (talent, &tq, 0, 20, NULL, &error);
      g_assert_no_error (error);
      for (guint d = 0; d < G_N_ELEMENTS (coded); d++)
        {
          KrDashboardFilter filter = {
            .dimension = coded[d], .code = (char *) hostile[i], .low = 2025, .high = 2025
          };
          g_autoptr (GPtrArray) page = NULL;

          if (coded[d] == KR_DASHBOARD_AGE)
            filter.low = 20, filter.high = 60;
          page = kr_dashboard_repository_list_employees (dashboard, &scope, &filter, 0, 20, &n,
                                                         &error);
          if (page == NULL)
            assert_clean (hostile[i], FALSE, error);
          else
            g_assert_cmpuint (n, ==, 0);
          g_clear_error (&error);
        }
    }
}

static void
test_audit_units (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrUnitRepository) units = kr_unit_repository_new (fixture->db);

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      KrAuditFilter by_user = { .user_name = hostile[i] };
      KrAuditFilter by_entity = { .entity = hostile[i], .entity_id = 1 };
      KrAuditFilter by_table = { .entity = hostile[i], .limit = 5 };
      g_autoptr (GPtrArray) records = NULL;
      g_autoptr (KrUnit) unit = NULL;
      g_autoptr (GError) error = NULL;

      g_test_message ("audit filter and unit code “%s”", hostile[i]);
      records = kr_audit_list (fixture->db, &by_user, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (records->len, ==, 0);
      g_clear_pointer (&records, g_ptr_array_unref);
      records = kr_audit_list (fixture->db, &by_entity, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (records->len, ==, 0);
      g_clear_pointer (&records, g_ptr_array_unref);
      records = kr_audit_list (fixture->db, &by_table, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (records->len, ==, 0);
      unit = kr_unit_repository_get_by_code (units, hostile[i], &error);
      g_assert_null (unit);
      if (error != NULL)
        assert_clean (hostile[i], FALSE, error);
    }
}

int
main (int argc, char *argv[])
{
  g_autofree char *dir = NULL;
  g_autofree char *template = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  dir = kr_test_make_tmp_dir ("kr-injection-template-XXXXXX");
  template = g_build_filename (dir, "template.db", NULL);
  make_template (template);
#define ADD(path, func)                                                                            \
  g_test_add (path, Fixture, template, fixture_set_up, func, fixture_tear_down)
  ADD ("/injection/employees", test_employees);
  ADD ("/injection/appraisal-training", test_appraisal_and_training);
  ADD ("/injection/promotion-selection-vacancy", test_promotion_selection);
  ADD ("/injection/talent-dashboard", test_talent_dashboard);
  ADD ("/injection/audit-units", test_audit_units);
#undef ADD
  status = g_test_run ();
  kr_test_remove_tree (dir);
  return status;
}
