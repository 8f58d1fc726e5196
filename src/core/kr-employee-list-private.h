/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "kr-database-private.h"
#include "kr-employee-list.h"
#include "kr-employee-search.h"

G_BEGIN_DECLS

/* Shared by the files of the employee list:
 * - kr-employee-list.c: the object, its statements, counting, the GListModel;
 * - kr-employee-list-plan.c: the plans, the SQL of the filters and of the sort keys;
 * - kr-employee-list-pages.c: reading pages, their keyset boundaries, the cache of pages;
 * - kr-employee-list-search.c: the rows of a search found by the search index;
 * - kr-employee-list-survey.c: every page boundary, learnt in the background. */

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
 * nearer, where a plain OFFSET would walk from the start every time. At millions of rows
 * that walk still takes a few hundred milliseconds, so a list of at least SURVEY_MIN_ROWS
 * rows in a file also learns every boundary at once in the background ("the survey",
 * kr-employee-list-survey.c): a worker thread with a connection of its own reads the keys of
 * the whole order, and its boundaries are taken if the database did not change meanwhile.
 * The boundaries of the last lists shown without a search are kept while another query is
 * shown, and taken back when the user comes back to one (a search or a filter cleared).
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
/* The lists that learn all their boundaries in the background: those of 64 pages or more. */
#define SURVEY_MIN_ROWS (64 * PAGE_SIZE)

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

/* The keys of a row, n_keys values, in one block (kr-employee-list-pages.c): a list at
 * national scale holds one per page, and the lists it keeps as many again. */
typedef struct _Key Key;

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
  gint64 n_total;              /* every employee, -1 until counted */
  gint64 total_fingerprint[2]; /* of the database when n_total was counted without a filter */
  GError *error;

  KrEmployeeSearchResult *found; /* the rows, when the search index found them */
  sqlite3_stmt *by_id;           /* reads one row by id, for pages of found */

  GQueue pages;          /* Page, the one used last first */
  GPtrArray *boundaries; /* Key *: [k] holds the keys of the last row of page k - 1, NULL
                          * until known; [0] stays NULL, as page 0 starts at the start */
  guint plan_serial;     /* moves with each new plan */
  GCancellable *survey;  /* of the survey under way, NULL when none */

  /* The boundaries of the last lists shown without a search (KEPT_MAX at most, the latest
   * last), kept while another query is shown, for when the user comes back to one of them
   * (kr-employee-list-survey.c); NULL when none. */
  GPtrArray *kept;
};

/* kr-employee-list-plan.c */

Plan *_kr_employee_list_plan_new (const KrEmployeeQuery *query, gint64 scope_unit);
void _kr_employee_list_plan_free (Plan *plan);
char *_kr_employee_list_build_sql (const Plan *plan, StatementKind kind, int segment);
void _kr_employee_list_bind_filters (const Plan *plan, sqlite3_stmt *stmt);
void _kr_employee_list_bind_values (GArray *binds, sqlite3_stmt *stmt);

/* kr-employee-list.c */

void _kr_employee_list_set_read_error (KrEmployeeList *self, GError **error, int rc);
sqlite3_stmt *_kr_employee_list_prepare (KrEmployeeList *self,
                                         const char *sql,
                                         gboolean with_filters,
                                         GError **error);
sqlite3_stmt *_kr_employee_list_get_statement (KrEmployeeList *self,
                                               StatementKind kind,
                                               int segment,
                                               GError **error);

/* kr-employee-list-pages.c */

void _kr_employee_list_key_free (Key *key);
Key *_kr_employee_list_key_new_from_row (guint n_keys, sqlite3_stmt *stmt, int column);
guint _kr_employee_list_get_page_size (KrEmployeeList *self);
Page *_kr_employee_list_get_page (KrEmployeeList *self, guint index, GError **error);
void _kr_employee_list_drop_rows (KrEmployeeList *self);

/* kr-employee-list-search.c */

gboolean _kr_employee_list_read_found_page (KrEmployeeList *self,
                                            guint index,
                                            GPtrArray *items,
                                            GError **error);
KrEmployeeSearchResult *_kr_employee_list_find_in_index (KrEmployeeList *self);

/* kr-employee-list-survey.c */

void _kr_employee_list_start_survey (KrEmployeeList *self);
void _kr_employee_list_cancel_survey (KrEmployeeList *self);
void _kr_employee_list_keep_boundaries (KrEmployeeList *self);
gboolean _kr_employee_list_take_kept_boundaries (KrEmployeeList *self);
void _kr_employee_list_drop_kept_boundaries (KrEmployeeList *self);
/* For tests: the size from which lists survey (SURVEY_MIN_ROWS); whether a survey is under
 * way; how many boundaries the list knows. */
void _kr_employee_list_set_survey_min_rows (guint n_rows);
gboolean _kr_employee_list_is_surveying (KrEmployeeList *self);
guint _kr_employee_list_count_boundaries (KrEmployeeList *self);

G_END_DECLS
