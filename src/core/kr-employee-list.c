/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-employee-list"

#include "config.h"

#include "kr-employee-list.h"

#include <sqlite3.h>

#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-employee-private.h"
#include "kr-employee-search.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-position.h"
#include "kr-repository-private.h"

/* How the list reads its rows.
 *
 * Counting is one COUNT query. Rows are read a page of PAGE_SIZE at a time, when asked for,
 * and the last N_CACHED_PAGES pages are kept.
 *
 * Every order has an index (migrations/0004-list-indexes.sql) of never-NULL keys followed by
 * the row id, so the order is total, and then by the columns the filters test. A page is
 * read by keyset: the rows after the keys of the last row of the page before it, its
 * "boundary". Rather than one row-value comparison, which SQLite cannot seek with past the
 * first key of an expression index, "after (k0, k1, id)" is read as up to three seeks that
 * follow each other in the order ("segments"): k0 = and k1 = and id after, then k0 = and k1
 * after, then k0 after.
 *
 * Boundaries are learnt as pages are read: each full page gives the next one's, so scrolling
 * costs a page at a time. A page whose boundary is not known (a scrollbar dragged far down)
 * is found from the nearest boundary known before it: the rows up to NEAR_PAGES pages before
 * it are skipped with OFFSET, which SQLite runs inside one statement along the index, and
 * the keys of the last NEAR_PAGES pages are scanned to learn their boundaries as well. A jump
 * thus costs a walk along the index from the nearest known boundary, which jumps make ever
 * nearer, where a plain OFFSET would walk from the start every time.
 *
 * Filters are SQL conditions with bound values. When a filter keeps many rows, walking the
 * order's index and testing each row in the index is cheapest, and the conditions are
 * written with a unary "+" so that SQLite does not pick a filter's index and sort most of
 * the table for each page. When it keeps few, it is the keys that get the "+": SQLite reads
 * the rows through the filter's index and sorts them.
 *
 * A search without other filters is answered by the in-memory search index of the repository
 * (kr-employee-search.c) when it is ready: it gives the count and the row ids at each
 * position, and a page is read by id. Until then, and whenever it cannot answer, the search
 * is the SQL condition above, with the same results. */

#define PAGE_SIZE 256
/* Rows found by the search index are read by id, each a lookup: a page is about a screenful,
 * so that a keystroke reads what the view shows. */
#define FOUND_PAGE_SIZE 64
#define N_CACHED_PAGES  16
/* Walk the order's index when the filter keeps at least one row in this many. */
#define SORT_DRIVEN_RATIO 256
/* The keys of an order, the row id included. */
#define MAX_KEYS 3
/* How many pages before a page far from the boundaries known are scanned for theirs. */
#define NEAR_PAGES 16

typedef struct
{
  const char *expression; /* exactly as in the index */
  gboolean descending;    /* as stored in the index */
} KeyColumn;

typedef struct
{
  KeyColumn columns[MAX_KEYS - 1];
  guint n_columns;
  /* Whether the index order is what the user calls descending. */
  gboolean index_is_descending;
} SortSpec;

static const SortSpec sort_specs[KR_N_EMPLOYEE_SORTS] = {
  [KR_EMPLOYEE_SORT_NAME] = { { { "e.name", FALSE } }, 1, FALSE },
  [KR_EMPLOYEE_SORT_NIP] = { { { "e.nip", FALSE } }, 1, FALSE },
  [KR_EMPLOYEE_SORT_GOLONGAN] = { { { "coalesce(e.golongan, 0)", TRUE },
                                    { "coalesce(e.rank_tmt, '')", FALSE } },
                                  2,
                                  TRUE },
  [KR_EMPLOYEE_SORT_POSITION] = { { { "coalesce(e.position_id, 0)", FALSE }, { "e.name", FALSE } },
                                  2,
                                  FALSE },
  [KR_EMPLOYEE_SORT_UNIT] = { { { "coalesce(e.unit_id, 0)", FALSE }, { "e.name", FALSE } },
                              2,
                              FALSE },
  [KR_EMPLOYEE_SORT_SERVICE] = { { { "coalesce(e.tmt_cpns, '9999-12-31')", FALSE } }, 1, TRUE },
};

/* A value bound to a filter's parameter. */
typedef struct
{
  gboolean is_text;
  gint64 number;
  char *text;
} Bind;

/* The filters are written three ways, which differ only in the indexes SQLite may use:
 * FORM_INDEXED lets it read the rows through a filter's index (and sort them), FORM_SCANNED
 * makes it walk the order's index and test each row there, and FORM_COUNTED, for the count,
 * lets it use the indexes of the filters that usually keep few rows (search, unit,
 * retirement) and otherwise count along an index that holds every filtered column. */
typedef enum
{
  FORM_INDEXED,
  FORM_SCANNED,
  FORM_COUNTED,
  N_FORMS
} FilterForm;

/* The statements of the list. Each kind exists for reading from the start (segment -1) and
 * for each segment j of reading after a boundary, which keeps keys 0 to j - 1 equal to the
 * boundary's and moves key j past it. */
typedef enum
{
  STATEMENT_PAGE,  /* the employees and their keys, LIMIT ? */
  STATEMENT_SCAN,  /* the keys of every row */
  STATEMENT_SKIP,  /* the keys of one row, OFFSET ? */
  STATEMENT_COUNT, /* the number of rows of a segment */
  N_STATEMENT_KINDS
} StatementKind;

#define N_SEGMENTS (MAX_KEYS + 1)

typedef struct
{
  const SortSpec *spec;
  gboolean reversed; /* read the index backwards */
  guint n_keys;
  gboolean has_filter;
  gboolean search_only; /* the search is the only filter */
  char *where[N_FORMS]; /* the filters in each form; NULL for none */
  GArray *binds;        /* Bind, in the order of the parameters of the filters */
  gboolean sort_driven;
  sqlite3_stmt *statements[N_STATEMENT_KINDS][N_SEGMENTS];
} Plan;

/* The keys of a row, n_keys values. */
typedef sqlite3_value *Key;

typedef struct
{
  guint index;
  GPtrArray *items; /* KrEmployee */
} Page;

struct _KrEmployeeList
{
  GObject parent_instance;

  KrEmployeeRepository *repository;
  KrDatabase *database;
  KrEmployeeQuery *query;
  gulong changed_handler;

  Plan *plan;
  guint n_items;
  gint64 n_total; /* every employee, -1 until counted */
  GError *error;

  KrEmployeeSearchResult *found; /* the rows, when the search index found them */
  sqlite3_stmt *by_id;           /* reads one row by id, for pages of found */

  GQueue pages;          /* Page, the one used last first */
  GPtrArray *boundaries; /* Key *: [k] holds the keys of the last row of page k - 1, NULL
                          * until known; [0] stays NULL, as page 0 starts at the start */
};

static void kr_employee_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KrEmployeeList,
                               kr_employee_list,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      kr_employee_list_model_init))

enum
{
  PROP_0,
  PROP_REPOSITORY,
  PROP_QUERY,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Retirement */

typedef struct
{
  guint32 first, last; /* julian days, both included */
  guint bup;
} BupStretch;

/* Splits the birth dates from @first to @last into stretches of one BUP for the position
 * kind. The transitional protections only keep older holders at a higher age, so the BUP
 * never rises with the birth date and a stretch whose ends agree is one BUP throughout. */
static void
split_by_bup (KrPositionKind kind,
              KrPositionLevel level,
              guint32 first,
              guint32 last,
              GArray *stretches)
{
  GDate date;
  guint first_bup, last_bup;
  BupStretch stretch;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, first);
  first_bup = kr_position_get_bup (kind, level, &date);
  g_date_set_julian (&date, last);
  last_bup = kr_position_get_bup (kind, level, &date);

  if (first_bup != last_bup && last > first)
    {
      guint32 middle = first + (last - first) / 2;

      split_by_bup (kind, level, first, middle, stretches);
      split_by_bup (kind, level, middle + 1, last, stretches);
      return;
    }

  if (stretches->len > 0)
    {
      BupStretch *previous = &g_array_index (stretches, BupStretch, stretches->len - 1);

      if (previous->bup == first_bup && previous->last + 1 == first)
        {
          previous->last = last;
          return;
        }
    }
  stretch = (BupStretch){ first, last, first_bup };
  g_array_append_val (stretches, stretch);
}

typedef struct
{
  KrPositionKind kind;
  KrPositionLevel level;
  guint32 from, to; /* birth dates, julian days, [from, to) */
} RetiringTerm;

/* Orders terms by their span of birth dates. */
static int
compare_terms (gconstpointer a, gconstpointer b)
{
  const RetiringTerm *x = a, *y = b;

  if (x->from != y->from)
    return x->from < y->from ? -1 : 1;
  return (x->to > y->to) - (x->to < y->to);
}

/* The birth dates for which a holder of each position kind has a TMT pensiun from
 * @first_day to @last_day (both the 1st of a month, included). With BUP b, the TMT pensiun is
 * the 1st of the month after the birth month, b years on: so the birth dates from
 * @first_day less a month and b years up to (not included) @last_day less b years. */
static GArray *
list_retiring_terms (const GDate *first_day, const GDate *last_day)
{
  GArray *terms = g_array_new (FALSE, FALSE, sizeof (RetiringTerm));
  g_autoptr (GArray) stretches = g_array_new (FALSE, FALSE, sizeof (BupStretch));
  GDate oldest;

  /* No BUP is anywhere near 150 years. */
  oldest = *first_day;
  g_date_subtract_years (&oldest, 150);

  for (int kind = 0; kind < KR_N_POSITION_KINDS; kind++)
    for (int level = 0; level < KR_N_POSITION_LEVELS; level++)
      {
        if (!kr_position_check_level (kind, level, NULL))
          continue;
        g_array_set_size (stretches, 0);
        split_by_bup (kind, level, g_date_get_julian (&oldest), g_date_get_julian (last_day) - 1,
                      stretches);

        for (guint i = 0; i < stretches->len; i++)
          {
            const BupStretch *stretch = &g_array_index (stretches, BupStretch, i);
            GDate from = *first_day, to = *last_day;
            RetiringTerm term = { kind, level, 0, 0 };

            if (stretch->bup == 0)
              continue;
            g_date_subtract_months (&from, 1);
            g_date_subtract_years (&from, stretch->bup);
            g_date_subtract_years (&to, stretch->bup);
            term.from = MAX (g_date_get_julian (&from), stretch->first);
            term.to = MIN (g_date_get_julian (&to), stretch->last + 1);
            if (term.from < term.to)
              g_array_append_val (terms, term);
          }
      }
  return terms;
}

/* Plans */

static void
clear_bind (gpointer data)
{
  g_free (((Bind *) data)->text);
}

static void
add_text (GArray *binds, const char *text)
{
  Bind bind = { TRUE, 0, g_strdup (text) };

  g_array_append_val (binds, bind);
}

static void
add_number (GArray *binds, gint64 number)
{
  Bind bind = { FALSE, number, NULL };

  g_array_append_val (binds, bind);
}

static void
add_date (GArray *binds, guint32 julian)
{
  GDate date;
  char text[KR_DATE_ISO_LENGTH + 1];

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  kr_date_format_iso_buf (&date, text);
  add_text (binds, text);
}

/* Appends @condition to each form of the filters. Each "@" in it marks a column that an
 * index could serve: it becomes a unary "+", which keeps SQLite from using an index for it,
 * where the form asks for that (see FilterForm), and is dropped elsewhere. */
static void
add_condition (GString **forms, const char *condition, gboolean selective)
{
  for (int form = 0; form < N_FORMS; form++)
    {
      gboolean scanned = form == FORM_SCANNED || (form == FORM_COUNTED && !selective);

      if (forms[form]->len > 0)
        g_string_append (forms[form], " AND ");
      for (const char *p = condition; *p != '\0'; p++)
        {
          if (*p != '@')
            g_string_append_c (forms[form], *p);
          else if (scanned)
            g_string_append_c (forms[form], '+');
        }
    }
}

static void
add_search_filter (GString **forms, GArray *binds, const char *text)
{
  g_autofree char *match = kr_employee_repository_make_match (text);

  /* Text with no word to search for (only punctuation) finds nobody. */
  if (match == NULL)
    {
      add_condition (forms, "1 = 0", TRUE);
      return;
    }
  add_condition (forms, "@e.id IN (SELECT rowid FROM employee_fts WHERE employee_fts MATCH ?)",
                 TRUE);
  add_text (binds, match);
}

static void
add_retiring_filter (GString **forms, GArray *binds, const KrEmployeeQuery *q)
{
  g_autoptr (GArray) terms = NULL;
  g_autoptr (GString) condition = NULL;
  GDate today, first_day, last_day;
  guint months = kr_employee_query_get_retiring_within (q, &today);

  /* Everyone alive retires within a century, and nobody in the data before 1800; GDate
   * would overflow far beyond. */
  months = MIN (months, 1200);
  if (g_date_get_year (&today) < 1800)
    {
      add_condition (forms, "1 = 0", TRUE);
      return;
    }

  /* A TMT pensiun is always a 1st: those from today up to today plus the months. */
  first_day = today;
  if (g_date_get_day (&first_day) != 1)
    {
      g_date_set_day (&first_day, 1);
      g_date_add_months (&first_day, 1);
    }
  last_day = today;
  g_date_add_months (&last_day, months);
  g_date_set_day (&last_day, 1);

  if (g_date_compare (&first_day, &last_day) > 0)
    {
      add_condition (forms, "1 = 0", TRUE);
      return;
    }
  terms = list_retiring_terms (&first_day, &last_day);
  if (terms->len == 0)
    {
      add_condition (forms, "1 = 0", TRUE);
      return;
    }

  /* One term for each span of birth dates, so that SQLite can read each span from the
   * index on the birth date, with the position kinds whose holders retire in it. */
  g_array_sort (terms, compare_terms);
  condition = g_string_new ("(");
  for (guint i = 0; i < terms->len; i++)
    {
      const RetiringTerm *term = &g_array_index (terms, RetiringTerm, i);
      const char *level = _kr_position_level_get_code (term->level);
      gboolean opens = i == 0 || compare_terms (term - 1, term) != 0;
      gboolean closes = i + 1 == terms->len || compare_terms (term, term + 1) != 0;

      if (opens)
        {
          g_string_append (condition, i > 0 ? " OR " : "");
          /* The position is tested, not sought: SQLite would rather read every holder of
           * the kinds than the span of birth dates. */
          g_string_append (condition, "(@e.birth_date >= ? AND @e.birth_date < ? AND "
                                      "+e.position_id IN (SELECT id FROM position WHERE ");
          add_date (binds, term->from);
          add_date (binds, term->to);
        }
      else
        g_string_append (condition, " OR ");
      g_string_append (condition, "(kind = ? AND coalesce(level, '') = ?)");
      add_text (binds, _kr_position_kind_get_code (term->kind));
      add_text (binds, level != NULL ? level : "");
      if (closes)
        g_string_append (condition, "))");
    }
  g_string_append_c (condition, ')');
  add_condition (forms, condition->str, TRUE);
}

/* Writes the filters of @query as SQL conditions with parameters, and their values; with
 * @scope_unit, only the employees of that unit's subtree, all a unit head may read. */
static void
add_filters (Plan *plan, const KrEmployeeQuery *query, gint64 scope_unit)
{
  GString *forms[N_FORMS];
  g_autoptr (KrEmployeeQuery) others = NULL;
  GArray *binds = plan->binds;
  const char *search = kr_employee_query_get_search (query);
  gint64 unit_id = kr_employee_query_get_unit (query);
  guint golongan_min, golongan_max;
  int position_kind = kr_employee_query_get_position_kind (query);
  int employee_kind = kr_employee_query_get_employee_kind (query);
  int status = kr_employee_query_get_status (query);

  for (int form = 0; form < N_FORMS; form++)
    forms[form] = g_string_new (NULL);

  if (search != NULL)
    add_search_filter (forms, binds, search);
  if (scope_unit != 0)
    {
      add_condition (forms, "@" KR_SCOPE_CONDITION, TRUE);
      add_number (binds, scope_unit);
    }
  if (unit_id != 0)
    {
      add_condition (forms,
                     "@e.unit_id IN (WITH RECURSIVE subtree (id) AS "
                     "(SELECT id FROM unit WHERE id = ? UNION ALL SELECT child.id FROM unit child "
                     "JOIN subtree ON child.parent_id = subtree.id) SELECT id FROM subtree)",
                     TRUE);
      add_number (binds, unit_id);
    }
  kr_employee_query_get_golongan_range (query, &golongan_min, &golongan_max);
  if (golongan_min != 0)
    {
      add_condition (forms, "@e.golongan >= ?", FALSE);
      add_number (binds, golongan_min);
    }
  if (golongan_max != 0)
    {
      add_condition (forms, "@e.golongan <= ?", FALSE);
      add_number (binds, golongan_max);
    }
  if (position_kind >= 0)
    {
      add_condition (forms, "@e.position_id IN (SELECT id FROM position WHERE kind = ?)", FALSE);
      add_text (binds, _kr_position_kind_get_code (position_kind));
    }
  if (employee_kind >= 0)
    {
      add_condition (forms, "@e.kind = ?", FALSE);
      add_text (binds, _kr_enum_get_code (KR_TYPE_EMPLOYEE_KIND, employee_kind));
    }
  if (status >= 0)
    {
      add_condition (forms, "@e.status = ?", FALSE);
      add_text (binds, _kr_enum_get_code (KR_TYPE_EMPLOYEE_STATUS, status));
    }
  if (kr_employee_query_get_retiring_within (query, NULL) > 0)
    add_retiring_filter (forms, binds, query);

  plan->has_filter = forms[0]->len > 0;
  others = kr_employee_query_copy (query);
  kr_employee_query_set_search (others, NULL);
  /* One parameter: the search has words to match. */
  plan->search_only = search != NULL && binds->len == 1 && !kr_employee_query_has_filter (others);
  for (int form = 0; form < N_FORMS; form++)
    plan->where[form] = g_string_free (forms[form], !plan->has_filter);
}

static Plan *
plan_new (const KrEmployeeQuery *query, gint64 scope_unit)
{
  Plan *plan = g_new0 (Plan, 1);

  plan->spec = &sort_specs[kr_employee_query_get_sort (query)];
  plan->reversed =
      !kr_employee_query_get_sort_descending (query) != !plan->spec->index_is_descending;
  plan->n_keys = plan->spec->n_columns + 1;
  plan->binds = g_array_new (FALSE, FALSE, sizeof (Bind));
  g_array_set_clear_func (plan->binds, clear_bind);
  add_filters (plan, query, scope_unit);
  return plan;
}

static void
plan_free (Plan *plan)
{
  for (guint kind = 0; kind < N_STATEMENT_KINDS; kind++)
    for (guint i = 0; i < N_SEGMENTS; i++)
      sqlite3_finalize (plan->statements[kind][i]);
  for (int form = 0; form < N_FORMS; form++)
    g_free (plan->where[form]);
  g_array_unref (plan->binds);
  g_free (plan);
}

/* The SQL of key @key. A page read led by a filter's index writes it with a unary "+", so
 * that SQLite does not walk the order's index instead. */
static char *
dup_key_expression (const Plan *plan, guint key)
{
  return g_strconcat (plan->sort_driven ? "" : "+",
                      key < plan->spec->n_columns ? plan->spec->columns[key].expression : "e.id",
                      NULL);
}

/* Whether @key runs from high to low in the order being read. */
static gboolean
key_is_descending (const Plan *plan, guint key)
{
  gboolean descending = key < plan->spec->n_columns && plan->spec->columns[key].descending;

  return !descending != !plan->reversed;
}

/* The SQL of a statement of @kind, from the start (@segment -1) or from a boundary. */
static char *
build_sql (const Plan *plan, StatementKind kind, int segment)
{
  GString *sql = g_string_new ("SELECT ");
  const char *where = plan->where[plan->sort_driven ? FORM_SCANNED : FORM_INDEXED];
  guint first_ordered = (guint) MAX (segment, 0);

  if (kind == STATEMENT_PAGE)
    g_string_append (sql, KR_EMPLOYEE_COLUMNS ", ");
  for (guint key = 0; key < plan->n_keys && kind != STATEMENT_COUNT; key++)
    {
      g_autofree char *expression = dup_key_expression (plan, key);

      g_string_append_printf (sql, "%s%s", key > 0 ? ", " : "", expression);
    }
  if (kind == STATEMENT_COUNT)
    g_string_append (sql, "count(*)");
  /* Only a page needs the joins, which SQLite keeps in a count even when nothing is read
   * from them. */
  g_string_append (sql, kind == STATEMENT_PAGE ? " FROM " KR_EMPLOYEE_FROM : " FROM employee e");
  if (where != NULL || segment >= 0)
    g_string_append (sql, " WHERE ");
  if (where != NULL)
    g_string_append_printf (sql, "(%s)%s", where, segment >= 0 ? " AND " : "");
  for (int key = 0; key <= segment; key++)
    {
      g_autofree char *expression = dup_key_expression (plan, (guint) key);

      g_string_append_printf (sql, "%s%s %s ?", key > 0 ? " AND " : "", expression,
                              key < segment                           ? "="
                              : key_is_descending (plan, (guint) key) ? "<"
                                                                      : ">");
    }
  if (kind == STATEMENT_COUNT)
    return g_string_free (sql, FALSE);

  /* Keys held equal are left out of the order: SQLite would sort again for an expression
   * that is both held equal and ordered by. */
  g_string_append (sql, " ORDER BY ");
  for (guint key = first_ordered; key < plan->n_keys; key++)
    {
      g_autofree char *expression = dup_key_expression (plan, key);

      g_string_append_printf (sql, "%s%s %s", key > first_ordered ? ", " : "", expression,
                              key_is_descending (plan, key) ? "DESC" : "ASC");
    }
  if (kind == STATEMENT_PAGE)
    g_string_append (sql, " LIMIT ?");
  else if (kind == STATEMENT_SKIP)
    g_string_append (sql, " LIMIT 1 OFFSET ?");
  return g_string_free (sql, FALSE);
}

static void
bind_filters (const Plan *plan, sqlite3_stmt *stmt)
{
  for (guint i = 0; i < plan->binds->len; i++)
    {
      const Bind *bind = &g_array_index (plan->binds, Bind, i);

      if (bind->is_text)
        sqlite3_bind_text (stmt, (int) i + 1, bind->text, -1, SQLITE_STATIC);
      else
        sqlite3_bind_int64 (stmt, (int) i + 1, bind->number);
    }
}

static void
set_read_error (KrEmployeeList *self, GError **error, int rc)
{
  _kr_database_set_error (self->database, error, rc, _ ("Could not read the list of employees"));
}

static sqlite3_stmt *
prepare (KrEmployeeList *self, const char *sql, gboolean with_filters, GError **error)
{
  sqlite3 *db = _kr_database_get_handle (self->database);
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v3 (db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      g_debug ("Cannot prepare “%s”: %s", sql, sqlite3_errmsg (db));
      set_read_error (self, error, rc);
      sqlite3_finalize (stmt);
      return NULL;
    }
  g_debug ("Prepared %s", sql);
  if (with_filters)
    bind_filters (self->plan, stmt);
  return stmt;
}

/* Returns a statement of @kind, from the start (@segment -1) or from a boundary, prepared
 * on first use with the filters bound. */
static sqlite3_stmt *
get_statement (KrEmployeeList *self, StatementKind kind, int segment, GError **error)
{
  sqlite3_stmt **slot = &self->plan->statements[kind][segment + 1];
  g_autofree char *sql = NULL;

  if (*slot == NULL)
    {
      sql = build_sql (self->plan, kind, segment);
      *slot = prepare (self, sql, TRUE, error);
    }
  return *slot;
}

/* Counting */

static gboolean
count_rows (KrEmployeeList *self,
            const char *from,
            const char *where,
            gint64 *count,
            GError **error)
{
  g_autofree char *sql =
      g_strconcat ("SELECT count(*) FROM ", from, where != NULL ? " WHERE " : "", where, NULL);
  sqlite3_stmt *stmt = prepare (self, sql, where != NULL, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *count = sqlite3_column_int64 (stmt, 0);
  else
    set_read_error (self, error, rc);
  sqlite3_finalize (stmt);
  return rc == SQLITE_ROW;
}

/* Counts the rows of the plan and chooses how to read them. */
static gboolean
count_plan (KrEmployeeList *self, guint *n_items, GError **error)
{
  Plan *plan = self->plan;
  gint64 count = 0;

  /* The search index counts its matches faster than reading them from the table. */
  if (plan->search_only)
    {
      if (!count_rows (self, "employee_fts", "employee_fts MATCH ?", &count, error))
        return FALSE;
    }
  else if (!count_rows (self, "employee e", plan->where[FORM_COUNTED], &count, error))
    return FALSE;
  if (!plan->has_filter)
    self->n_total = count;
  else if (self->n_total < 0 && !count_rows (self, "employee e", NULL, &self->n_total, error))
    return FALSE;

  plan->sort_driven = !plan->has_filter || count * SORT_DRIVEN_RATIO >= self->n_total;
  *n_items = (guint) MIN (count, (gint64) G_MAXUINT);
  return TRUE;
}

/* Reading rows */

static void
key_free (Key *key)
{
  if (key == NULL)
    return;
  for (guint i = 0; i < MAX_KEYS && key[i] != NULL; i++)
    sqlite3_value_free (key[i]);
  g_free (key);
}

/* Copies the keys of the row @stmt is on, from @column. NULL when out of memory. */
static Key *
key_new_from_row (const Plan *plan, sqlite3_stmt *stmt, int column)
{
  Key *key = g_new0 (Key, MAX_KEYS + 1);

  for (guint i = 0; i < plan->n_keys; i++)
    {
      key[i] = sqlite3_value_dup (sqlite3_column_value (stmt, column + (int) i));
      if (key[i] == NULL)
        {
          key_free (key);
          return NULL;
        }
    }
  return key;
}

/* Binds the keys of the boundary @after that @segment compares with, from parameter @first;
 * returns the next parameter. */
static int
bind_boundary (sqlite3_stmt *stmt, int first, int segment, const Key *after)
{
  for (int key = 0; key <= segment; key++)
    sqlite3_bind_value (stmt, first + key, after[key]);
  return first + segment + 1;
}

/* The first parameter after the filters'. */
static int
first_parameter (KrEmployeeList *self)
{
  return (int) self->plan->binds->len + 1;
}

/* Called for each row read; returns FALSE to stop. */
typedef gboolean (*RowFunc) (KrEmployeeList *self, sqlite3_stmt *stmt, gpointer user_data);

/* Runs one page read or scan, @limit rows at most (0 for no limit). Returns the number of
 * rows read, or -1 with @error set. */
static gint64
run_statement (KrEmployeeList *self,
               sqlite3_stmt *stmt,
               int segment,
               const Key *after,
               guint limit,
               RowFunc func,
               gpointer user_data,
               gboolean *stopped,
               GError **error)
{
  int next = bind_boundary (stmt, first_parameter (self), segment, after);
  gint64 n_rows = 0;
  int rc;

  if (limit > 0)
    sqlite3_bind_int64 (stmt, next, limit);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      n_rows++;
      if (!func (self, stmt, user_data))
        {
          *stopped = TRUE;
          rc = SQLITE_DONE;
          break;
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      set_read_error (self, error, rc);
      return -1;
    }
  return n_rows;
}

/* The segments to read after the boundary @after, in order: from the start (-1) when @after
 * is %NULL, otherwise the segments nearest to the boundary first (see the top of the file). */
#define FOREACH_SEGMENT(plan, after, segment)                                                      \
  for (int segment = (after) != NULL ? (int) (plan)->n_keys - 1 : -1;                              \
       segment >= ((after) != NULL ? 0 : -1); segment--)

/* Calls @func on the rows after the boundary @after (%NULL: from the first row) in the
 * plan's order, @limit rows at most (0 for no limit) or until @func returns FALSE. @kind is
 * %STATEMENT_PAGE to read the employees and their keys, %STATEMENT_SCAN for the keys. */
static gboolean
foreach_row (KrEmployeeList *self,
             StatementKind kind,
             const Key *after,
             guint limit,
             RowFunc func,
             gpointer user_data,
             GError **error)
{
  gboolean stopped = FALSE;
  guint n_read = 0;

  FOREACH_SEGMENT (self->plan, after, segment)
  {
    sqlite3_stmt *stmt = get_statement (self, kind, segment, error);
    gint64 n_rows;

    if (stmt == NULL)
      return FALSE;
    n_rows = run_statement (self, stmt, segment, after, limit > 0 ? limit - n_read : 0, func,
                            user_data, &stopped, error);
    if (n_rows < 0)
      return FALSE;
    n_read += (guint) n_rows;
    if (stopped || (limit > 0 && n_read >= limit))
      break;
  }
  return TRUE;
}

static void
set_changed_error (GError **error)
{
  g_set_error_literal (error, KR_ERROR, KR_ERROR_STORAGE,
                       _ ("The list of employees changed while it was read; refresh it"));
}

/* Returns the number of rows of @segment after the boundary @after, or -1 with @error set. */
static gint64
count_segment (KrEmployeeList *self, int segment, const Key *after, GError **error)
{
  sqlite3_stmt *stmt = get_statement (self, STATEMENT_COUNT, segment, error);
  gint64 count = -1;
  int rc;

  if (stmt == NULL)
    return -1;
  bind_boundary (stmt, first_parameter (self), segment, after);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  else
    set_read_error (self, error, rc);
  sqlite3_reset (stmt);
  return count;
}

/* Returns the keys of the row that comes @offset rows after the boundary @after (%NULL: of
 * row @offset), found with OFFSET, which SQLite runs without handing each row over. */
static Key *
skip_rows (KrEmployeeList *self, const Key *after, gint64 offset, GError **error)
{
  FOREACH_SEGMENT (self->plan, after, segment)
  {
    sqlite3_stmt *stmt = get_statement (self, STATEMENT_SKIP, segment, error);
    Key *key = NULL;
    gint64 count;
    int rc;

    if (stmt == NULL)
      return NULL;
    sqlite3_bind_int64 (stmt, bind_boundary (stmt, first_parameter (self), segment, after), offset);
    rc = sqlite3_step (stmt);
    if (rc == SQLITE_ROW)
      key = key_new_from_row (self->plan, stmt, 0);
    sqlite3_reset (stmt);
    if (rc == SQLITE_ROW && key == NULL)
      rc = SQLITE_NOMEM;
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
      {
        set_read_error (self, error, rc);
        return NULL;
      }
    if (key != NULL)
      return key;

    /* The row lies in a later segment: skip the whole of this one. */
    if (segment <= 0)
      break;
    count = count_segment (self, segment, after, error);
    if (count < 0)
      return NULL;
    offset -= count;
  }
  set_changed_error (error);
  return NULL;
}

typedef struct
{
  GPtrArray *items;
  guint wanted;
  Key *last; /* the keys of the last row of a full page */
} PageRead;

static gboolean
add_item_cb (KrEmployeeList *self, sqlite3_stmt *stmt, gpointer user_data)
{
  PageRead *read = user_data;

  g_ptr_array_add (read->items, _kr_employee_new_from_row (stmt));
  if (read->items->len == read->wanted)
    read->last =
        key_new_from_row (self->plan, stmt, sqlite3_column_count (stmt) - (int) self->plan->n_keys);
  return TRUE;
}

typedef struct
{
  guint from;   /* the page the scan starts at */
  guint target; /* the page whose boundary is wanted */
  guint n_rows;
  gboolean failed;
} Scan;

/* Keeps the keys of every PAGE_SIZE-th row as the boundary of the page after it. */
static gboolean
add_boundary_cb (KrEmployeeList *self, sqlite3_stmt *stmt, gpointer user_data)
{
  Scan *scan = user_data;
  guint index;
  Key **slot;

  if (++scan->n_rows % PAGE_SIZE != 0)
    return TRUE;
  index = scan->from + scan->n_rows / PAGE_SIZE;
  slot = (Key **) &g_ptr_array_index (self->boundaries, index);
  if (*slot == NULL)
    *slot = key_new_from_row (self->plan, stmt, 0);
  scan->failed = *slot == NULL;
  return !scan->failed && index < scan->target;
}

/* Makes sure that the boundary of page @index is known. From the nearest boundary known
 * before it, the keys of up to NEAR_PAGES pages are scanned, keeping every boundary on the
 * way, so that the pages around @index are quick to read too; a longer stretch is first
 * skipped with OFFSET. */
static gboolean
find_boundary (KrEmployeeList *self, guint index, GError **error)
{
  GPtrArray *boundaries = self->boundaries;
  Scan scan = { 0, index, 0, FALSE };

  if (index == 0 || g_ptr_array_index (boundaries, index) != NULL)
    return TRUE;

  for (scan.from = index - 1; scan.from > 0; scan.from--)
    {
      if (g_ptr_array_index (boundaries, scan.from) != NULL)
        break;
    }
  if (index - scan.from > NEAR_PAGES)
    {
      guint base = index - NEAR_PAGES;
      /* The boundary of page k is the last row of page k - 1. */
      Key *key = skip_rows (self, g_ptr_array_index (boundaries, scan.from),
                            ((gint64) base - scan.from) * PAGE_SIZE - 1, error);

      if (key == NULL)
        return FALSE;
      g_ptr_array_index (boundaries, base) = key;
      scan.from = base;
    }

  if (!foreach_row (self, STATEMENT_SCAN, g_ptr_array_index (boundaries, scan.from), 0,
                    add_boundary_cb, &scan, error))
    return FALSE;
  if (scan.failed)
    {
      set_read_error (self, error, SQLITE_NOMEM);
      return FALSE;
    }
  if (g_ptr_array_index (boundaries, index) == NULL)
    {
      set_changed_error (error);
      return FALSE;
    }
  return TRUE;
}

static void
page_free (Page *page)
{
  g_ptr_array_unref (page->items);
  g_free (page);
}

static guint
get_page_size (KrEmployeeList *self)
{
  return self->found != NULL ? FOUND_PAGE_SIZE : PAGE_SIZE;
}

/* Reads the rows that the search index found at the positions of page @index, by id. A row
 * deleted since (by another connection) is left out. */
static gboolean
read_found_page (KrEmployeeList *self, guint index, GPtrArray *items, GError **error)
{
  gint64 ids[FOUND_PAGE_SIZE];
  guint n = kr_employee_search_result_get_ids (self->found, index * FOUND_PAGE_SIZE,
                                               FOUND_PAGE_SIZE, ids);

  if (self->by_id == NULL)
    {
      self->by_id =
          prepare (self, "SELECT " KR_EMPLOYEE_COLUMNS " FROM " KR_EMPLOYEE_FROM " WHERE e.id = ?",
                   FALSE, error);
      if (self->by_id == NULL)
        return FALSE;
    }
  for (guint i = 0; i < n; i++)
    {
      int rc;

      sqlite3_bind_int64 (self->by_id, 1, ids[i]);
      rc = sqlite3_step (self->by_id);
      if (rc == SQLITE_ROW)
        g_ptr_array_add (items, _kr_employee_new_from_row (self->by_id));
      sqlite3_reset (self->by_id);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        {
          set_read_error (self, error, rc);
          return FALSE;
        }
    }
  return TRUE;
}

static Page *
read_page (KrEmployeeList *self, guint index, GError **error)
{
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  PageRead read = { items, MIN (PAGE_SIZE, self->n_items - index * PAGE_SIZE), NULL };
  Page *page;

  if (self->found != NULL)
    {
      if (!read_found_page (self, index, items, error))
        return NULL;
    }
  else if (!find_boundary (self, index, error) ||
           !foreach_row (self, STATEMENT_PAGE, g_ptr_array_index (self->boundaries, index),
                         read.wanted, add_item_cb, &read, error))
    {
      key_free (read.last);
      return NULL;
    }

  /* The boundary of the next page comes free with a full page. */
  if (read.last != NULL && index + 1 < self->boundaries->len &&
      g_ptr_array_index (self->boundaries, index + 1) == NULL)
    g_ptr_array_index (self->boundaries, index + 1) = g_steal_pointer (&read.last);
  key_free (read.last);

  page = g_new0 (Page, 1);
  page->index = index;
  page->items = g_steal_pointer (&items);
  return page;
}

/* Returns page @index from the cache or reads it, keeping the pages used last. */
static Page *
get_page (KrEmployeeList *self, guint index, GError **error)
{
  Page *page;

  for (GList *link = self->pages.head; link != NULL; link = link->next)
    {
      page = link->data;
      if (page->index == index)
        {
          g_queue_unlink (&self->pages, link);
          g_queue_push_head_link (&self->pages, link);
          return page;
        }
    }

  page = read_page (self, index, error);
  if (page == NULL)
    return NULL;
  g_queue_push_head (&self->pages, page);
  if (self->pages.length > N_CACHED_PAGES)
    page_free (g_queue_pop_tail (&self->pages));
  return page;
}

/* Forgets every row read, and the boundaries. */
static void
drop_rows (KrEmployeeList *self)
{
  g_queue_clear_full (&self->pages, (GDestroyNotify) page_free);
  g_ptr_array_set_size (self->boundaries, 0);
}

static void
set_error (KrEmployeeList *self, GError *error)
{
  g_clear_error (&self->error);
  self->error = error;
}

/* The SQL of the order of @plan as its index holds it, for the search index. */
static char *
dup_index_order (const Plan *plan)
{
  GString *sql = g_string_new (NULL);

  for (guint key = 0; key < plan->n_keys; key++)
    {
      gboolean descending = key < plan->spec->n_columns && plan->spec->columns[key].descending;

      g_string_append_printf (sql, "%s%s %s", key > 0 ? ", " : "",
                              key < plan->spec->n_columns ? plan->spec->columns[key].expression
                                                          : "e.id",
                              descending ? "DESC" : "ASC");
    }
  return g_string_free (sql, FALSE);
}

/* Asks the search index for the rows of a search without other filters; NULL when it
 * cannot answer yet. */
static KrEmployeeSearchResult *
find_in_index (KrEmployeeList *self)
{
  KrEmployeeSearch *search = _kr_employee_repository_get_search (self->repository);
  g_autofree char *order_by = dup_index_order (self->plan);

  return kr_employee_search_run (search, kr_employee_query_get_search (self->query),
                                 kr_employee_query_get_sort (self->query), self->plan->reversed,
                                 order_by);
}

/* Counts the rows of the current query with a new plan. */
static void
recount (KrEmployeeList *self)
{
  g_autoptr (GError) error = NULL;
  guint n_items = 0;

  drop_rows (self);
  g_clear_pointer (&self->found, kr_employee_search_result_free);
  g_clear_pointer (&self->plan, plan_free);
  self->plan = plan_new (self->query, _kr_database_get_scope_unit (self->database));
  /* Nothing for whoever may not read employees (kr-identity.h). */
  if (!_kr_database_check (self->database, KR_PERMISSION_READ_EMPLOYEES, &error))
    n_items = 0;
  else if (self->plan->search_only && (self->found = find_in_index (self)) != NULL)
    n_items = kr_employee_search_result_get_count (self->found);
  else if (!count_plan (self, &n_items, &error))
    n_items = 0;
  self->n_items = n_items;
  /* Page 0 starts at the start; the others' boundaries are learnt as pages are read. */
  g_ptr_array_set_size (self->boundaries, (n_items + PAGE_SIZE - 1) / PAGE_SIZE);
  set_error (self, g_steal_pointer (&error));
}

/* GListModel */

static GType
kr_employee_list_get_item_type (GListModel *model)
{
  return KR_TYPE_EMPLOYEE;
}

static guint
kr_employee_list_get_n_items (GListModel *model)
{
  return KR_EMPLOYEE_LIST (model)->n_items;
}

static gpointer
kr_employee_list_get_item (GListModel *model, guint position)
{
  KrEmployeeList *self = KR_EMPLOYEE_LIST (model);
  g_autoptr (GError) error = NULL;
  Page *page;

  if (position >= self->n_items)
    return NULL;

  page = get_page (self, position / get_page_size (self), &error);
  if (page == NULL)
    {
      g_debug ("Cannot read row %u: %s", position, error->message);
      set_error (self, g_steal_pointer (&error));
      return NULL;
    }
  if (position % get_page_size (self) >= page->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (page->items, position % get_page_size (self)));
}

static void
kr_employee_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = kr_employee_list_get_item_type;
  iface->get_n_items = kr_employee_list_get_n_items;
  iface->get_item = kr_employee_list_get_item;
}

/* The object */

static void
on_changed_cb (KrEmployeeRepository *repository, gint64 employee_id, KrEmployeeList *self)
{
  kr_employee_list_refresh (self);
}

static void
kr_employee_list_constructed (GObject *object)
{
  KrEmployeeList *self = KR_EMPLOYEE_LIST (object);

  G_OBJECT_CLASS (kr_employee_list_parent_class)->constructed (object);

  g_assert (self->repository != NULL);
  self->database = g_object_ref (_kr_employee_repository_get_database (self->repository));
  if (self->query == NULL)
    self->query = kr_employee_query_new ();
  self->changed_handler =
      g_signal_connect (self->repository, "changed", G_CALLBACK (on_changed_cb), self);
  recount (self);
}

static void
kr_employee_list_dispose (GObject *object)
{
  KrEmployeeList *self = KR_EMPLOYEE_LIST (object);

  if (self->repository != NULL)
    g_clear_signal_handler (&self->changed_handler, self->repository);
  drop_rows (self);
  g_clear_pointer (&self->found, kr_employee_search_result_free);
  g_clear_pointer (&self->by_id, sqlite3_finalize);
  g_clear_pointer (&self->plan, plan_free);
  g_clear_object (&self->repository);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (kr_employee_list_parent_class)->dispose (object);
}

static void
kr_employee_list_finalize (GObject *object)
{
  KrEmployeeList *self = KR_EMPLOYEE_LIST (object);

  g_clear_pointer (&self->query, kr_employee_query_free);
  g_clear_pointer (&self->boundaries, g_ptr_array_unref);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (kr_employee_list_parent_class)->finalize (object);
}

static void
kr_employee_list_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KrEmployeeList *self = KR_EMPLOYEE_LIST (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      g_value_set_object (value, self->repository);
      break;
    case PROP_QUERY:
      g_value_set_boxed (value, self->query);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->n_items);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_employee_list_set_property (GObject *object,
                               guint prop_id,
                               const GValue *value,
                               GParamSpec *pspec)
{
  KrEmployeeList *self = KR_EMPLOYEE_LIST (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      self->repository = g_value_dup_object (value);
      break;
    case PROP_QUERY:
      /* Before construction, only keep it: constructed() counts. */
      if (self->plan == NULL)
        {
          const KrEmployeeQuery *query = g_value_get_boxed (value);

          g_clear_pointer (&self->query, kr_employee_query_free);
          self->query = query != NULL ? kr_employee_query_copy (query) : NULL;
        }
      else
        kr_employee_list_set_query (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_employee_list_class_init (KrEmployeeListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = kr_employee_list_constructed;
  object_class->dispose = kr_employee_list_dispose;
  object_class->finalize = kr_employee_list_finalize;
  object_class->get_property = kr_employee_list_get_property;
  object_class->set_property = kr_employee_list_set_property;

  /**
   * KrEmployeeList:repository:
   *
   * The employees listed; the list follows its `changed` signal.
   */
  properties[PROP_REPOSITORY] =
      g_param_spec_object ("repository", NULL, NULL, KR_TYPE_EMPLOYEE_REPOSITORY,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * KrEmployeeList:query:
   *
   * What the list shows (a #KrEmployeeQuery); %NULL sets everyone, sorted by name.
   */
  properties[PROP_QUERY] = g_param_spec_boxed (
      "query", NULL, NULL, KR_TYPE_EMPLOYEE_QUERY,
      G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * KrEmployeeList:n-items:
   *
   * The number of employees in the list.
   */
  properties[PROP_N_ITEMS] = g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kr_employee_list_init (KrEmployeeList *self)
{
  self->n_total = -1;
  self->boundaries = g_ptr_array_new_with_free_func ((GDestroyNotify) key_free);
}

KrEmployeeList *
kr_employee_list_new (KrEmployeeRepository *repository, const KrEmployeeQuery *query)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (repository), NULL);

  return g_object_new (KR_TYPE_EMPLOYEE_LIST, "repository", repository, "query", query, NULL);
}

const KrEmployeeQuery *
kr_employee_list_get_query (KrEmployeeList *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_LIST (self), NULL);

  return self->query;
}

/* Announces that all the rows changed, as two changes: GTK's list widgets look for the
 * rows they showed among the rows added by the change that removed them, reading every row
 * of the new list (all the matches of a search, a page at a time); added after the removal,
 * there is nothing to look for. */
static void
replace_all (KrEmployeeList *self, guint old_n_items)
{
  guint n_items = self->n_items;

  /* Empty in between, as the first change says. */
  self->n_items = 0;
  if (old_n_items > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n_items, 0);
  self->n_items = n_items;
  if (n_items > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, n_items);
}

/* Emits items-changed for a new count, or over the rows read before for the same count. */
static void
announce (KrEmployeeList *self, guint old_n_items, guint first, guint end)
{
  if (self->n_items != old_n_items)
    {
      replace_all (self, old_n_items);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
    }
  else if (first < end)
    g_list_model_items_changed (G_LIST_MODEL (self), first, end - first, end - first);
}

void
kr_employee_list_set_query (KrEmployeeList *self, const KrEmployeeQuery *query)
{
  g_autoptr (KrEmployeeQuery) everyone = NULL;
  guint old_n_items;

  g_return_if_fail (KR_IS_EMPLOYEE_LIST (self));

  if (query == NULL)
    query = everyone = kr_employee_query_new ();
  if (kr_employee_query_equal (query, self->query))
    return;

  kr_employee_query_free (self->query);
  self->query = kr_employee_query_copy (query);
  old_n_items = self->n_items;
  recount (self);
  if (old_n_items > 0 || self->n_items > 0)
    replace_all (self, old_n_items);
  if (old_n_items != self->n_items)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}

void
kr_employee_list_refresh (KrEmployeeList *self)
{
  guint old_n_items, first = G_MAXUINT, end = 0;

  g_return_if_fail (KR_IS_EMPLOYEE_LIST (self));

  /* The rows read before are the ones a view may show. */
  for (GList *link = self->pages.head; link != NULL; link = link->next)
    {
      const Page *page = link->data;

      first = MIN (first, page->index * get_page_size (self));
      end = MAX (end, page->index * get_page_size (self) + page->items->len);
    }

  old_n_items = self->n_items;
  self->n_total = -1;
  recount (self);
  announce (self, old_n_items, first, MIN (end, self->n_items));
}

gboolean
kr_employee_list_get_error (KrEmployeeList *self, GError **error)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_LIST (self), FALSE);

  if (self->error == NULL)
    return FALSE;
  if (error != NULL)
    g_propagate_error (error, g_error_copy (self->error));
  return TRUE;
}
