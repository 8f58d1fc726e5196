/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-employee-list"

#include "config.h"

#include "kr-employee-list-private.h"

#include "kr-date.h"
#include "kr-employee-private.h"
#include "kr-position.h"
#include "kr-repository-private.h"

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

Plan *
_kr_employee_list_plan_new (const KrEmployeeQuery *query, gint64 scope_unit)
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

void
_kr_employee_list_plan_free (Plan *plan)
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
char *
_kr_employee_list_build_sql (const Plan *plan, StatementKind kind, int segment)
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

void
_kr_employee_list_bind_filters (const Plan *plan, sqlite3_stmt *stmt)
{
  _kr_employee_list_bind_values (plan->binds, stmt);
}

void
_kr_employee_list_bind_values (GArray *binds, sqlite3_stmt *stmt)
{
  for (guint i = 0; i < binds->len; i++)
    {
      const Bind *bind = &g_array_index (binds, Bind, i);

      if (bind->is_text)
        sqlite3_bind_text (stmt, (int) i + 1, bind->text, -1, SQLITE_STATIC);
      else
        sqlite3_bind_int64 (stmt, (int) i + 1, bind->number);
    }
}
