/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "kr-database-private.h"
#include "kr-employee-repository.h"
#include "kr-employee-search.h"
#include "kr-fuzz.h"

/* The employee search text: kr_employee_repository_make_match(), which turns typed text into
 * an FTS5 query, and the search index's own tokenizer and query (kr-employee-search-query.c),
 * on any text, against a database made once per process from tests/data/siasn/reimport-1.csv,
 * tree.csv and comma.csv. Beyond "no crash, leak or hang" it checks that:
 * - the FTS5 query made from any text is valid: SQLite runs it without a syntax error, so no
 *   quote, operator or keyword typed gets through as FTS5 syntax;
 * - the index finds exactly the employees that `employee_fts MATCH` finds (the index promises
 *   the same answer as SQL), with as many ids as its count. */

static KrDatabase *database;
static KrEmployeeSearch *search;
static sqlite3_stmt *match;

static int
compare_ids (gconstpointer a, gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  static const char *const seeds[] = { "reimport-1.csv", "tree.csv", "comma.csv", NULL };
  KrEmployeeSearchResult *first;

  kr_fuzz_init ();
  database = kr_fuzz_open_database (seeds);
  search = kr_employee_search_new (database);
  kr_employee_search_set_min_employees (search, 0);
  /* The first search starts reading the index in the background. */
  first = kr_employee_search_run (search, "a", KR_EMPLOYEE_SORT_NAME, FALSE, "e.name, e.id");
  kr_employee_search_result_free (first);
  while (kr_employee_search_is_busy (search))
    g_main_context_iteration (NULL, TRUE);
  if (!kr_employee_search_is_ready (search, KR_EMPLOYEE_SORT_NAME))
    g_error ("The search index was not read");
  if (sqlite3_prepare_v2 (_kr_database_get_handle (database),
                          "SELECT rowid FROM employee_fts WHERE employee_fts MATCH ? "
                          "ORDER BY rowid",
                          -1, &match, NULL) != SQLITE_OK)
    g_error ("prepare: %s", sqlite3_errmsg (_kr_database_get_handle (database)));
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autofree char *query = NULL;
  g_autoptr (GArray) found = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (KrEmployeeSearchResult) result = NULL;
  guint count;
  int rc;

  if (!g_utf8_validate (text, -1, NULL))
    return 0; /* the search entry and the CLI only ever give UTF-8 */
  query = kr_employee_repository_make_match (text);
  if (query != NULL)
    {
      sqlite3_bind_text (match, 1, query, -1, SQLITE_TRANSIENT);
      while ((rc = sqlite3_step (match)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (match, 0);

          g_array_append_val (found, id);
        }
      sqlite3_reset (match);
      if (rc != SQLITE_DONE)
        g_error ("MATCH %s (from “%s”): %s", query, text,
                 sqlite3_errmsg (_kr_database_get_handle (database)));
    }

  result = kr_employee_search_run (search, text, KR_EMPLOYEE_SORT_NAME, FALSE, "e.name, e.id");
  if (result == NULL)
    return 0; /* text the index leaves to SQL */
  kr_fuzz_check (query != NULL, "the index finds nobody for text SQL does not search");
  count = kr_employee_search_result_get_count (result);
  {
    g_autofree gint64 *ids = g_new0 (gint64, count + 1);

    kr_fuzz_check (kr_employee_search_result_get_ids (result, 0, count + 1, ids) == count,
                   "as many ids as the count");
    qsort (ids, count, sizeof (gint64), compare_ids);
    kr_fuzz_check (count == found->len &&
                       (count == 0 || memcmp (ids, found->data, count * sizeof (gint64)) == 0),
                   "the index finds what employee_fts MATCH finds");
  }
  return 0;
}
