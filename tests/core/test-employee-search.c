/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-employee-search"

#include "config.h"

#include <string.h>

#include "kr-database-private.h"
#include "kr-database.h"
#include "kr-demo.h"
#include "kr-employee-list.h"
#include "kr-employee-private.h"
#include "kr-employee-repository.h"
#include "kr-employee-search-private.h"
#include "kr-employee-search.h"
#include "kr-test-utils.h"

/* The in-memory search index (kr-employee-search.c) against the SQL search of the list: two
 * repositories on one database file, one whose lists always search with SQL, one whose
 * lists use the index once it is ready. Every query must give the same rows in the same
 * order. */

#define N_EMPLOYEES 2500

typedef struct
{
  char *dir;
  KrDatabase *db;
  KrEmployeeRepository *sql;     /* never indexed */
  KrEmployeeRepository *indexed; /* indexed from 0 employees */
  GPtrArray *employees;          /* KrEmployee, some of them, for search texts */
  GRand *rand;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  KrDemoOptions options = { .n_employees = N_EMPLOYEES,
                            .seed = 3,
                            .appraisals = KR_DEMO_APPRAISALS_NONE };

  fixture->dir = kr_test_make_tmp_dir ("kr-search-XXXXXX");
  path = g_build_filename (fixture->dir, "karier.db", NULL);
  fixture->db = kr_database_open (path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  kr_demo_generate (fixture->db, &options, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  fixture->sql = kr_employee_repository_new (fixture->db);
  kr_employee_search_set_min_employees (_kr_employee_repository_get_search (fixture->sql),
                                        G_MAXUINT);
  fixture->indexed = kr_employee_repository_new (fixture->db);
  kr_employee_search_set_min_employees (_kr_employee_repository_get_search (fixture->indexed), 0);
  fixture->employees = g_ptr_array_new_with_free_func (g_object_unref);
  fixture->rand = g_rand_new_with_seed (11);
  for (guint i = 0; i < 200; i++)
    {
      KrEmployee *employee = kr_employee_repository_get (
          fixture->sql, g_rand_int_range (fixture->rand, 1, N_EMPLOYEES + 1), NULL);

      if (employee != NULL)
        g_ptr_array_add (fixture->employees, employee);
    }
  g_assert_cmpuint (fixture->employees->len, >, 100);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  KrEmployeeSearch *search = _kr_employee_repository_get_search (fixture->indexed);

  while (kr_employee_search_is_busy (search))
    g_main_context_iteration (NULL, TRUE);
  g_ptr_array_unref (fixture->employees);
  g_rand_free (fixture->rand);
  g_assert_finalize_object (fixture->sql);
  /* A worker may hold the search for a moment after it reported. */
  g_object_add_weak_pointer (G_OBJECT (search), (gpointer *) &search);
  g_assert_finalize_object (fixture->indexed);
  while (search != NULL)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_finalize_object (fixture->db);
  kr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static KrEmployeeSearch *
get_search (Fixture *fixture)
{
  return _kr_employee_repository_get_search (fixture->indexed);
}

/* Lets the worker finish what a list of @query asked for. */
static void
settle (Fixture *fixture)
{
  while (kr_employee_search_is_busy (get_search (fixture)))
    g_main_context_iteration (NULL, TRUE);
}

/* Asks for the index and the order of @sort until they are ready. */
static void
wait_ready (Fixture *fixture, KrEmployeeSort sort)
{
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();

  kr_employee_query_set_sort (query, sort, FALSE);
  for (guint i = 0; i < 4 && !kr_employee_search_is_ready (get_search (fixture), sort); i++)
    {
      g_autoptr (KrEmployeeList) list = NULL;

      kr_employee_query_set_search (query, i % 2 ? "a" : "b");
      list = kr_employee_list_new (fixture->indexed, query);
      settle (fixture);
    }
  g_assert_true (kr_employee_search_is_ready (get_search (fixture), sort));
}

/* Whether the index answers @query by itself. */
static gboolean
index_answers (Fixture *fixture, const KrEmployeeQuery *query)
{
  g_autoptr (KrEmployeeSearchResult) result = NULL;

  if (kr_employee_query_get_search (query) == NULL)
    return FALSE;
  result = kr_employee_search_run (get_search (fixture), kr_employee_query_get_search (query),
                                   kr_employee_query_get_sort (query),
                                   kr_employee_query_get_sort_descending (query), "e.id");
  return result != NULL;
}

/* Checks that both lists of @query hold the same employees in the same order. */
static guint
check_same (Fixture *fixture, const KrEmployeeQuery *query)
{
  g_autoptr (KrEmployeeList) expected = kr_employee_list_new (fixture->sql, query);
  g_autoptr (KrEmployeeList) got = kr_employee_list_new (fixture->indexed, query);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (expected));

  g_assert_false (kr_employee_list_get_error (expected, NULL));
  g_assert_false (kr_employee_list_get_error (got, NULL));
  if (n != g_list_model_get_n_items (G_LIST_MODEL (got)))
    g_error ("“%s” sort %d: %u rows by SQL, %u by the index", kr_employee_query_get_search (query),
             kr_employee_query_get_sort (query), n, g_list_model_get_n_items (G_LIST_MODEL (got)));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KrEmployee) a = g_list_model_get_item (G_LIST_MODEL (expected), i);
      g_autoptr (KrEmployee) b = g_list_model_get_item (G_LIST_MODEL (got), i);

      g_assert_nonnull (a);
      g_assert_nonnull (b);
      if (kr_employee_get_id (a) != kr_employee_get_id (b))
        g_error ("“%s” sort %d: row %u is %s by SQL, %s by the index",
                 kr_employee_query_get_search (query), kr_employee_query_get_sort (query), i,
                 kr_employee_get_name (a), kr_employee_get_name (b));
    }
  return n;
}

/* A word of @text, cut to 1 to 4 characters. */
static char *
random_prefix (GRand *rand, const char *text)
{
  g_autofree char *spaced = g_strdup (text != NULL ? text : "");
  g_auto (GStrv) words = NULL;
  const char *word, *end;
  guint n = 0;

  for (char *p = spaced; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && (guchar) *p < 0x80)
      *p = ' ';
  words = g_strsplit (g_strstrip (spaced), " ", -1);
  n = g_strv_length (words);
  word = n > 0 ? words[g_rand_int_range (rand, 0, (gint32) n)] : "";
  if (*word == '\0' || !g_utf8_validate (word, -1, NULL))
    return g_strdup ("a");
  end = word;
  for (gint32 length = g_rand_int_range (rand, 1, 5); length > 0 && *end != '\0'; length--)
    end = g_utf8_next_char (end);
  return g_strndup (word, (gsize) (end - word));
}

/* A search text as a user types it: prefixes of the words of an employee's name, titles,
 * NIP, position or unit; sometimes two of them, in capitals, or with punctuation. */
static char *
random_text (Fixture *fixture)
{
  GRand *rand = fixture->rand;
  KrEmployee *employee =
      fixture->employees->pdata[g_rand_int_range (rand, 0, (gint32) fixture->employees->len)];
  const char *fields[] = { kr_employee_get_name (employee), kr_employee_get_name (employee),
                           kr_employee_get_title_back (employee),
                           kr_employee_get_position_name (employee),
                           kr_employee_get_unit_name (employee) };
  g_autofree char *first = NULL, *second = NULL;

  switch (g_rand_int_range (rand, 0, 8))
    {
    case 0:
      return g_strndup (kr_employee_get_nip (employee), (gsize) g_rand_int_range (rand, 1, 9));
    case 1:
      /* Grouped as displayed. */
      return g_strdup_printf ("%.8s %.2s", kr_employee_get_nip (employee),
                              kr_employee_get_nip (employee) + 8);
    case 2:
      first = random_prefix (rand, fields[g_rand_int_range (rand, 0, G_N_ELEMENTS (fields))]);
      second = random_prefix (rand, fields[g_rand_int_range (rand, 0, G_N_ELEMENTS (fields))]);
      return g_strdup_printf ("%s %s", first, second);
    case 3:
      first = random_prefix (rand, fields[g_rand_int_range (rand, 0, G_N_ELEMENTS (fields))]);
      return g_utf8_strup (first, -1);
    default:
      first = random_prefix (rand, fields[g_rand_int_range (rand, 0, G_N_ELEMENTS (fields))]);
      return g_strdup_printf ("%s%s", first, g_rand_boolean (rand) ? "" : ",");
    }
}

static const char *const odd_texts[] = {
  "zzzq",  "sri-wah",   "\"", "a\"b", "ÉKO",       "dé",   "19", "1 9",           "198",
  "s.kom", "Dinas Kes", "!!", "0",    "123456789", "m si", "*",  "kepala bidang",
};

static void
test_same_results (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
  guint n_used = 0, n_found = 0;

  for (int sort = 0; sort < KR_N_EMPLOYEE_SORTS; sort++)
    {
      wait_ready (fixture, sort);
      for (guint i = 0; i < (sort == KR_EMPLOYEE_SORT_NAME ? 120 : 30) + G_N_ELEMENTS (odd_texts);
           i++)
        {
          g_autofree char *text =
              i < G_N_ELEMENTS (odd_texts) ? g_strdup (odd_texts[i]) : random_text (fixture);

          kr_employee_query_set_sort (query, sort, i % 2 == 1);
          kr_employee_query_set_search (query, text);
          n_used += index_answers (fixture, query);
          n_found += check_same (fixture, query) > 0;
        }
    }
  /* Only runs of more than 8 digits, and the empty searches, go to SQL. */
  g_test_message ("%u queries answered by the index, %u found someone", n_used, n_found);
  g_assert_cmpuint (n_used, >, 250);
  g_assert_cmpuint (n_found, >, 250);
}

/* The same, with the read keeping every number per employee in 32 bits, as it does once a
 * province has 65,535 title groups, positions or NIP dates: here from the fifth on, so the
 * title groups and dates widen halfway through the read. */
static void
test_same_results_wide (Fixture *fixture, gconstpointer data)
{
  _kr_search_index_narrow_limit = 5;
  test_same_results (fixture, data);
  _kr_search_index_narrow_limit = G_MAXUINT16;
}

/* Filters with a search are answered by SQL, and give the same rows. */
static void
test_filters (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
  KrEmployee *someone = fixture->employees->pdata[0];

  wait_ready (fixture, KR_EMPLOYEE_SORT_NAME);
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *text = random_text (fixture);
      GDate today;

      g_date_clear (&today, 1);
      g_date_set_dmy (&today, 1, 7, 2026);
      kr_employee_query_set_search (query, text);
      kr_employee_query_set_unit (query, i % 4 == 0 ? kr_employee_get_unit_id (someone) : 0);
      kr_employee_query_set_golongan_range (query, i % 4 == 1 ? 31 : 0, i % 4 == 1 ? 34 : 0);
      kr_employee_query_set_status (query, i % 4 == 2 ? KR_EMPLOYEE_STATUS_AKTIF : -1);
      kr_employee_query_set_retiring_within (query, i % 4 == 3 ? 60 : 0, &today);
      check_same (fixture, query);
    }
}

/* While the index is read, lists search with SQL. */
static void
test_fallback (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
  g_autoptr (KrEmployeeList) list = NULL;
  guint n;

  kr_employee_query_set_search (query, "a");
  g_assert_false (kr_employee_search_is_ready (get_search (fixture), KR_EMPLOYEE_SORT_NAME));
  list = kr_employee_list_new (fixture->indexed, query);
  g_assert_true (kr_employee_search_is_busy (get_search (fixture)));
  n = check_same (fixture, query);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n);
  settle (fixture);
  g_assert_true (kr_employee_search_is_ready (get_search (fixture), KR_EMPLOYEE_SORT_NAME));
  g_assert_true (index_answers (fixture, query));
  g_assert_cmpuint (check_same (fixture, query), ==, n);
}

static guint
count_found (Fixture *fixture, const char *text)
{
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();

  kr_employee_query_set_search (query, text);
  return check_same (fixture, query);
}

/* After an edit, the index is out of date: SQL answers until it is read again. */
static void
test_live_update (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployee) renamed = kr_employee_copy (fixture->employees->pdata[1]);
  g_autoptr (KrEmployee) added = kr_employee_copy (fixture->employees->pdata[2]);
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
  g_autofree char *nip = NULL;
  gint64 added_id;

  kr_employee_query_set_search (query, "qxwer");
  wait_ready (fixture, KR_EMPLOYEE_SORT_NAME);
  g_assert_cmpuint (count_found (fixture, "qxwer"), ==, 0);

  kr_employee_set_name (renamed, "Zulkarnain Qxwerty");
  kr_employee_repository_update (fixture->indexed, renamed, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (index_answers (fixture, query));
  g_assert_cmpuint (count_found (fixture, "qxwer"), ==, 1);
  settle (fixture);
  g_assert_true (index_answers (fixture, query));
  g_assert_cmpuint (count_found (fixture, "qxwer"), ==, 1);
  g_assert_cmpuint (count_found (fixture, "qxw zulkarn"), ==, 1);

  /* Added: the same person with another sequence number in the NIP. */
  nip = g_strdup_printf ("%.15s999", kr_employee_get_nip (added));
  kr_employee_set_nip (added, nip);
  kr_employee_set_name (added, "Zulkifli Qxwertz");
  added_id = kr_employee_repository_insert (fixture->indexed, added, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_found (fixture, "qxwer"), ==, 2);
  wait_ready (fixture, KR_EMPLOYEE_SORT_NAME);
  g_assert_true (index_answers (fixture, query));
  g_assert_cmpuint (count_found (fixture, "qxwer"), ==, 2);
  g_assert_cmpuint (count_found (fixture, "qxwertz"), ==, 1);

  kr_employee_repository_delete (fixture->indexed, added_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_found (fixture, "qxwer"), ==, 1);
  wait_ready (fixture, KR_EMPLOYEE_SORT_NAME);
  g_assert_true (index_answers (fixture, query));
  g_assert_cmpuint (count_found (fixture, "qxwer"), ==, 1);
  g_assert_cmpuint (count_found (fixture, "qxwertz"), ==, 0);
}

/* A change made by another connection, such as an import, is seen too. */
static void
test_other_connection (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) other =
      kr_database_open (kr_database_get_path (fixture->db), KR_DATABASE_FLAGS_NONE, &error);
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
  sqlite3 *db;

  g_assert_no_error (error);
  kr_employee_query_set_search (query, "perpus");
  wait_ready (fixture, KR_EMPLOYEE_SORT_UNIT);
  /* A renamed unit renames what its employees are found by. */
  db = _kr_database_get_handle (other);
  g_assert_cmpint (sqlite3_exec (db,
                                 "UPDATE unit SET name = 'Perpustakaan Daerah' WHERE id = "
                                 "(SELECT unit_id FROM employee WHERE unit_id IS NOT NULL "
                                 "ORDER BY id LIMIT 1)",
                                 NULL, NULL, NULL),
                   ==, SQLITE_OK);
  g_assert_false (index_answers (fixture, query));
  kr_employee_query_set_sort (query, KR_EMPLOYEE_SORT_UNIT, TRUE);
  g_assert_cmpuint (check_same (fixture, query), >, 0);
  wait_ready (fixture, KR_EMPLOYEE_SORT_UNIT);
  g_assert_true (index_answers (fixture, query));
  g_assert_cmpuint (check_same (fixture, query), >, 0);
}

/* A bulk load announces itself once; the index is read again after it. */
static void
test_bulk (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();

  wait_ready (fixture, KR_EMPLOYEE_SORT_NAME);
  kr_employee_repository_begin_bulk (fixture->indexed, &error);
  g_assert_no_error (error);
  for (guint i = 3; i < 13; i++)
    {
      g_autoptr (KrEmployee) employee = kr_employee_copy (fixture->employees->pdata[i]);
      g_autofree char *name = g_strdup_printf ("Qxaverius %s", kr_employee_get_name (employee));

      kr_employee_set_name (employee, name);
      kr_employee_repository_update (fixture->indexed, employee, NULL, &error);
      g_assert_no_error (error);
    }
  /* Inside the load's transaction, only SQL sees the changes. */
  kr_employee_query_set_search (query, "qxave");
  g_assert_false (index_answers (fixture, query));
  kr_employee_repository_end_bulk (fixture->indexed, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_found (fixture, "qxave"), >=, 1);
  wait_ready (fixture, KR_EMPLOYEE_SORT_NAME);
  g_assert_true (index_answers (fixture, query));
  g_assert_cmpuint (count_found (fixture, "qxave"), >=, 1);
}

static void
add_test (const char *name, void (*func) (Fixture *, gconstpointer))
{
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  add_test ("/employee-search/same-results", test_same_results);
  add_test ("/employee-search/same-results-wide", test_same_results_wide);
  add_test ("/employee-search/filters", test_filters);
  add_test ("/employee-search/fallback", test_fallback);
  add_test ("/employee-search/live-update", test_live_update);
  add_test ("/employee-search/other-connection", test_other_connection);
  add_test ("/employee-search/bulk", test_bulk);
  return g_test_run ();
}
