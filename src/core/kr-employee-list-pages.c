/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-employee-list"

#include "config.h"

#include <string.h>

#include "kr-employee-list-private.h"

#include "kr-employee-private.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* Reading rows */

/* About 70 bytes for a name and an id, where a copy of each sqlite3_value took about 250
 * (the values, their text, the array): 3 MB less for every employee at 4.76 x 10^6. */
struct _Key
{
  guint8 n_keys;
  guint8 type[MAX_KEYS];  /* SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB, SQLITE_NULL */
  guint32 size[MAX_KEYS]; /* of text and blobs, in data */
  union
  {
    gint64 integer;
    double real;
    guint32 offset; /* of text and blobs in data */
  } value[MAX_KEYS];
  char data[];
};

void
_kr_employee_list_key_free (Key *key)
{
  g_free (key);
}

/* Copies the keys of the row @stmt is on, from @column. NULL when out of memory. */
Key *
_kr_employee_list_key_new_from_row (guint n_keys, sqlite3_stmt *stmt, int column)
{
  gsize size = 0;
  Key *key;

  g_assert (n_keys <= MAX_KEYS);
  for (guint i = 0; i < n_keys; i++)
    {
      int type = sqlite3_column_type (stmt, column + (int) i);

      /* The text's size as text, after any conversion (sqlite3_column_bytes ()). */
      if (type == SQLITE_TEXT)
        sqlite3_column_text (stmt, column + (int) i);
      if (type == SQLITE_TEXT || type == SQLITE_BLOB)
        size += (gsize) sqlite3_column_bytes (stmt, column + (int) i);
    }
  key = g_try_malloc0 (sizeof (Key) + size);
  if (key == NULL)
    return NULL;
  key->n_keys = (guint8) n_keys;
  size = 0;
  for (guint i = 0; i < n_keys; i++)
    {
      int c = column + (int) i;

      key->type[i] = (guint8) sqlite3_column_type (stmt, c);
      switch (key->type[i])
        {
        case SQLITE_INTEGER:
          key->value[i].integer = sqlite3_column_int64 (stmt, c);
          break;
        case SQLITE_FLOAT:
          key->value[i].real = sqlite3_column_double (stmt, c);
          break;
        case SQLITE_TEXT:
        case SQLITE_BLOB:
          {
            const void *bytes = key->type[i] == SQLITE_TEXT
                                    ? (const void *) sqlite3_column_text (stmt, c)
                                    : sqlite3_column_blob (stmt, c);

            key->size[i] = (guint32) sqlite3_column_bytes (stmt, c);
            key->value[i].offset = (guint32) size;
            if (key->size[i] > 0)
              memcpy (key->data + size, bytes, key->size[i]);
            size += key->size[i];
          }
          break;
        default:
          key->type[i] = SQLITE_NULL;
          break;
        }
    }
  return key;
}

/* Binds the keys of the boundary @after that @segment compares with, from parameter @first;
 * returns the next parameter. */
static int
bind_boundary (sqlite3_stmt *stmt, int first, int segment, const Key *after)
{
  for (int i = 0; i <= segment; i++)
    {
      int parameter = first + i;

      switch (after->type[i])
        {
        case SQLITE_INTEGER:
          sqlite3_bind_int64 (stmt, parameter, after->value[i].integer);
          break;
        case SQLITE_FLOAT:
          sqlite3_bind_double (stmt, parameter, after->value[i].real);
          break;
        case SQLITE_TEXT:
          sqlite3_bind_text (stmt, parameter, after->data + after->value[i].offset,
                             (int) after->size[i], SQLITE_TRANSIENT);
          break;
        case SQLITE_BLOB:
          sqlite3_bind_blob (stmt, parameter, after->data + after->value[i].offset,
                             (int) after->size[i], SQLITE_TRANSIENT);
          break;
        default:
          sqlite3_bind_null (stmt, parameter);
          break;
        }
    }
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
      _kr_employee_list_set_read_error (self, error, rc);
      return -1;
    }
  return n_rows;
}

/* The segments to read after the boundary @after, in order: from the start (-1) when @after
 * is %NULL, otherwise the segments nearest to the boundary first (see kr-employee-list-private.h). */
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
    sqlite3_stmt *stmt = _kr_employee_list_get_statement (self, kind, segment, error);
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
  sqlite3_stmt *stmt = _kr_employee_list_get_statement (self, STATEMENT_COUNT, segment, error);
  gint64 count = -1;
  int rc;

  if (stmt == NULL)
    return -1;
  bind_boundary (stmt, first_parameter (self), segment, after);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  else
    _kr_employee_list_set_read_error (self, error, rc);
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
    sqlite3_stmt *stmt = _kr_employee_list_get_statement (self, STATEMENT_SKIP, segment, error);
    Key *key = NULL;
    gint64 count;
    int rc;

    if (stmt == NULL)
      return NULL;
    sqlite3_bind_int64 (stmt, bind_boundary (stmt, first_parameter (self), segment, after), offset);
    rc = sqlite3_step (stmt);
    if (rc == SQLITE_ROW)
      key = _kr_employee_list_key_new_from_row (self->plan->n_keys, stmt, 0);
    sqlite3_reset (stmt);
    if (rc == SQLITE_ROW && key == NULL)
      rc = SQLITE_NOMEM;
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
      {
        _kr_employee_list_set_read_error (self, error, rc);
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
    read->last = _kr_employee_list_key_new_from_row (
        self->plan->n_keys, stmt, sqlite3_column_count (stmt) - (int) self->plan->n_keys);
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
    *slot = _kr_employee_list_key_new_from_row (self->plan->n_keys, stmt, 0);
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
      _kr_employee_list_set_read_error (self, error, SQLITE_NOMEM);
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

guint
_kr_employee_list_get_page_size (KrEmployeeList *self)
{
  return self->found != NULL ? FOUND_PAGE_SIZE : PAGE_SIZE;
}

static Page *
read_page (KrEmployeeList *self, guint index, GError **error)
{
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  PageRead read = { items, MIN (PAGE_SIZE, self->n_items - index * PAGE_SIZE), NULL };
  Page *page;

  if (self->found != NULL)
    {
      if (!_kr_employee_list_read_found_page (self, index, items, error))
        return NULL;
    }
  else if (!find_boundary (self, index, error) ||
           !foreach_row (self, STATEMENT_PAGE, g_ptr_array_index (self->boundaries, index),
                         read.wanted, add_item_cb, &read, error))
    {
      _kr_employee_list_key_free (read.last);
      return NULL;
    }

  /* The boundary of the next page comes free with a full page. */
  if (read.last != NULL && index + 1 < self->boundaries->len &&
      g_ptr_array_index (self->boundaries, index + 1) == NULL)
    g_ptr_array_index (self->boundaries, index + 1) = g_steal_pointer (&read.last);
  _kr_employee_list_key_free (read.last);

  page = g_new0 (Page, 1);
  page->index = index;
  page->items = g_steal_pointer (&items);
  return page;
}

/* Returns page @index from the cache or reads it, keeping the pages used last. */
Page *
_kr_employee_list_get_page (KrEmployeeList *self, guint index, GError **error)
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
void
_kr_employee_list_drop_rows (KrEmployeeList *self)
{
  g_queue_clear_full (&self->pages, (GDestroyNotify) page_free);
  g_ptr_array_set_size (self->boundaries, 0);
}
