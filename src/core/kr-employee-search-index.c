/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-employee-search"

#include "config.h"

#include "kr-employee-search-private.h"

#include <string.h>

#include "kr-error.h"

/* How the index is read from the database, in a worker thread with its own connection (see
 * kr-employee-search.c for how it is used). It holds what employee_fts holds (migration 5:
 * the tokens of the name with its titles, the NIP, the position and the unit), folded by the
 * same tokenizer, but grouped so that it stays about the size of the names: an employee's
 * name tokens and NIP are kept per employee, while the tokens of position and unit names
 * and of titles are kept per position and per distinct pair of titles, whose employees are
 * found through them. */

/* Reading the database */

static gboolean
set_sql_error (sqlite3 *db, int rc, GError **error)
{
  /* Only logged: the list reads through SQL when the index cannot be read. */
  g_set_error (error, KR_ERROR, KR_ERROR_STORAGE, "Could not read the search index: %s",
               rc == SQLITE_OK ? sqlite3_errstr (SQLITE_ERROR) : sqlite3_errmsg (db));
  return FALSE;
}

static const char *
column_text (sqlite3_stmt *stmt, int column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

/* Interns texts: the same text gets the same id. */
typedef struct
{
  GHashTable *ids; /* char * -> id + 1 */
  GPtrArray *texts;
} Texts;

static guint32
intern (Texts *texts, const char *text)
{
  gpointer found;

  if (text == NULL || *text == '\0')
    return G_MAXUINT32;
  found = g_hash_table_lookup (texts->ids, text);
  if (found == NULL)
    {
      char *copy = g_strdup (text);

      g_ptr_array_add (texts->texts, copy);
      found = GUINT_TO_POINTER (texts->texts->len);
      g_hash_table_insert (texts->ids, copy, found);
    }
  return GPOINTER_TO_UINT (found) - 1;
}

/* A number per employee, G_MAXUINT32 for none, kept in 16 bits while every number fits:
 * the read of a national index keeps three such arrays of 4.76 million until its end, and the
 * title groups and NIP dates of real data number in the hundreds and tens of thousands. */
guint32 _kr_search_index_narrow_limit = G_MAXUINT16;

typedef struct
{
  guint16 *narrow; /* G_MAXUINT16 for none; NULL once wide */
  guint32 *wide;
  guint32 n;
} Ids;

static void
ids_init (Ids *ids, guint32 n, gboolean wide)
{
  ids->n = n;
  if (wide)
    {
      ids->narrow = NULL;
      ids->wide = g_new (guint32, MAX (n, 1));
      memset (ids->wide, 0xff, sizeof (guint32) * (gsize) n);
    }
  else
    {
      ids->wide = NULL;
      ids->narrow = g_new (guint16, MAX (n, 1));
      memset (ids->narrow, 0xff, sizeof (guint16) * (gsize) n);
    }
}

static void
ids_clear (Ids *ids)
{
  g_clear_pointer (&ids->narrow, g_free);
  g_clear_pointer (&ids->wide, g_free);
}

static void
ids_set (Ids *ids, guint32 doc, guint32 value)
{
  if (ids->narrow != NULL && value >= _kr_search_index_narrow_limit && value != G_MAXUINT32)
    {
      ids->wide = g_new (guint32, MAX (ids->n, 1));
      for (guint32 i = 0; i < ids->n; i++)
        ids->wide[i] = ids->narrow[i] == G_MAXUINT16 ? G_MAXUINT32 : ids->narrow[i];
      g_clear_pointer (&ids->narrow, g_free);
    }
  if (ids->narrow != NULL)
    ids->narrow[doc] = value == G_MAXUINT32 ? G_MAXUINT16 : (guint16) value;
  else
    ids->wide[doc] = value;
}

static guint32
ids_get (const Ids *ids, guint32 doc)
{
  if (ids->narrow == NULL)
    return ids->wide[doc];
  return ids->narrow[doc] == G_MAXUINT16 ? G_MAXUINT32 : ids->narrow[doc];
}

typedef struct
{
  sqlite3 *db;
  KrSearchTokenizer *tokenizer;
  GCancellable *cancellable;
  KrSearchIndex *index;
  KrSearchDictBuilder names;
  Texts texts[2][2];         /* [group kind][column] */
  GArray *group_texts[2][2]; /* guint32 per group */
  GHashTable *title_groups;  /* "front\x1fback" -> group + 1 */
  GArray *positions;         /* gint64 position id, by id, one per group */
  GArray *unit_ids;          /* gint64 unit id of each position */
  guint32 n;                 /* employees, counted first */
  Ids group_of[2];           /* per doc */
  Ids date_of;               /* per doc, the number of the first 8 digits of its NIP of 18 */
  GHashTable *date_numbers;  /* those 8 digits -> number + 1 */
  GArray *dates;             /* guint32: the 8 digits of each number */
} Build;

enum
{
  POSITIONS,
  TITLES
};

static gboolean
read_positions (Build *build, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (build->db,
                               "SELECT p.id, p.unit_id, p.name, u.name FROM position p "
                               "LEFT JOIN unit u ON u.id = p.unit_id ORDER BY p.id",
                               -1, &stmt, NULL);

  while ((rc == SQLITE_OK || rc == SQLITE_ROW) && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0), unit_id = sqlite3_column_int64 (stmt, 1);

      g_array_append_val (build->positions, id);
      g_array_append_val (build->unit_ids, unit_id);
      for (int c = 0; c < 2; c++)
        {
          guint32 text = intern (&build->texts[POSITIONS][c], column_text (stmt, 2 + c));

          g_array_append_val (build->group_texts[POSITIONS][c], text);
        }
    }
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE || set_sql_error (build->db, rc, error);
}

/* The group of the position @position_id of unit @unit_id, or G_MAXUINT32. */
static guint32
find_position (Build *build, gint64 position_id, gint64 unit_id)
{
  const gint64 *ids = (const gint64 *) build->positions->data;
  guint low = 0, high = build->positions->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (ids[middle] < position_id)
        low = middle + 1;
      else
        high = middle;
    }
  if (low < build->positions->len && ids[low] == position_id &&
      g_array_index (build->unit_ids, gint64, low) == unit_id)
    return low;
  return G_MAXUINT32;
}

static guint32
find_titles (Build *build, const char *front, const char *back)
{
  g_autofree char *key = NULL;
  gpointer found;

  if ((front == NULL || *front == '\0') && (back == NULL || *back == '\0'))
    return G_MAXUINT32;
  key = g_strconcat (front != NULL ? front : "", "\x1f", back != NULL ? back : "", NULL);
  found = g_hash_table_lookup (build->title_groups, key);
  if (found == NULL)
    {
      guint32 texts[2] = { intern (&build->texts[TITLES][0], front),
                           intern (&build->texts[TITLES][1], back) };

      found = GUINT_TO_POINTER (g_hash_table_size (build->title_groups) + 1);
      g_hash_table_insert (build->title_groups, g_steal_pointer (&key), found);
      for (int c = 0; c < 2; c++)
        g_array_append_val (build->group_texts[TITLES][c], texts[c]);
    }
  return GPOINTER_TO_UINT (found) - 1;
}

/* Tokenizes @text for doc @doc among the names. */
static void
add_name_text (Build *build, guint32 doc, const char *text)
{
  build->names.item = doc;
  _kr_search_tokenizer_run (build->tokenizer, text, FALSE, _kr_search_dict_add_token_cb,
                            &build->names);
}

/* The words of a unit that an employee is in without holding one of its positions, which
 * the schema does not allow, are kept as the employee's own so that nobody is missed. */
static void
add_odd_unit (Build *build, guint32 doc, gint64 unit_id)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (build->db, "SELECT name FROM unit WHERE id = ?", -1, &stmt, NULL) ==
      SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, unit_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        add_name_text (build, doc, column_text (stmt, 0));
    }
  sqlite3_finalize (stmt);
}

static void
add_position (Build *build, guint32 doc, sqlite3_stmt *stmt)
{
  gboolean has_position = sqlite3_column_type (stmt, 5) != SQLITE_NULL;
  gboolean has_unit = sqlite3_column_type (stmt, 6) != SQLITE_NULL;
  guint32 group = G_MAXUINT32;

  if (has_position)
    group = find_position (build, sqlite3_column_int64 (stmt, 5),
                           has_unit ? sqlite3_column_int64 (stmt, 6) : 0);
  ids_set (&build->group_of[POSITIONS], doc, group);
  if (group != G_MAXUINT32)
    return;
  if (has_position)
    {
      /* Its position's words, as for the unit below. */
      sqlite3_stmt *name = NULL;

      if (sqlite3_prepare_v2 (build->db, "SELECT name FROM position WHERE id = ?", -1, &name,
                              NULL) == SQLITE_OK)
        {
          sqlite3_bind_int64 (name, 1, sqlite3_column_int64 (stmt, 5));
          if (sqlite3_step (name) == SQLITE_ROW)
            add_name_text (build, doc, column_text (name, 0));
        }
      sqlite3_finalize (name);
    }
  if (has_unit)
    add_odd_unit (build, doc, sqlite3_column_int64 (stmt, 6));
}

static void
add_nip (Build *build, guint32 doc, const char *nip)
{
  guint32 date = 0;
  gpointer number;

  if (nip == NULL)
    return;
  for (int i = 0; i < 18; i++)
    {
      if (!g_ascii_isdigit (nip[i]))
        {
          add_name_text (build, doc, nip);
          return;
        }
      if (i < 8)
        date = date * 10 + (guint32) (nip[i] - '0');
    }
  if (nip[18] != '\0')
    add_name_text (build, doc, nip);
  else
    {
      number = g_hash_table_lookup (build->date_numbers, GUINT_TO_POINTER (date));
      if (number == NULL)
        {
          g_array_append_val (build->dates, date);
          number = GUINT_TO_POINTER (build->dates->len);
          g_hash_table_insert (build->date_numbers, GUINT_TO_POINTER (date), number);
        }
      ids_set (&build->date_of, doc, GPOINTER_TO_UINT (number) - 1);
    }
}

static gboolean
read_employees (Build *build, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (build->db,
                               "SELECT e.id, e.name, e.title_front, e.title_back, e.nip, "
                               "e.position_id, e.unit_id FROM employee e ORDER BY e.name, e.id",
                               -1, &stmt, NULL);
  guint32 doc = 0;

  while ((rc == SQLITE_OK || rc == SQLITE_ROW) && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      if (id <= 0 || id >= G_MAXUINT32 || doc >= build->n)
        {
          rc = SQLITE_RANGE;
          break;
        }
      if (doc % 65536 == 0 && g_cancellable_is_cancelled (build->cancellable))
        {
          rc = SQLITE_INTERRUPT;
          break;
        }
      build->index->ids[doc] = (guint32) id;
      add_name_text (build, doc, column_text (stmt, 1));
      add_nip (build, doc, column_text (stmt, 4));
      add_position (build, doc, stmt);
      ids_set (&build->group_of[TITLES], doc,
               find_titles (build, column_text (stmt, 2), column_text (stmt, 3)));
      doc++;
    }
  if (rc == SQLITE_RANGE || (rc == SQLITE_DONE && doc != build->n))
    g_set_error_literal (error, KR_ERROR, KR_ERROR_STORAGE,
                         "Employee ids out of the range of the search index");
  else if (rc == SQLITE_INTERRUPT)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Cancelled");
  else if (rc != SQLITE_DONE)
    set_sql_error (build->db, rc, error);
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE && doc == build->n;
}

/* The docs of each group, encoded, in two passes: the size of each group's list, then the
 * lists. */
static void
encode_groups (Build *build, int kind, KrSearchGroups *groups)
{
  guint32 n_groups = build->group_texts[kind][0]->len;
  const Ids *group_of = &build->group_of[kind];
  g_autofree guint32 *last = g_new (guint32, MAX (n_groups, 1));
  g_autoptr (GByteArray) scratch = g_byte_array_new ();

  groups->n_groups = n_groups;
  groups->doc_starts = g_new0 (guint32, n_groups + 1);
  for (int pass = 0; pass < 2; pass++)
    {
      memset (last, 0, sizeof (guint32) * n_groups);
      for (guint32 doc = 0; doc < build->n; doc++)
        {
          guint32 g = ids_get (group_of, doc);

          if (g == G_MAXUINT32)
            continue;
          g_byte_array_set_size (scratch, 0);
          _kr_search_append_varint (scratch, doc - last[g]);
          last[g] = doc;
          if (pass == 0)
            groups->doc_starts[g + 1] += scratch->len;
          else
            {
              memcpy (groups->docs + groups->doc_starts[g], scratch->data, scratch->len);
              groups->doc_starts[g] += scratch->len;
            }
        }
      if (pass == 0)
        {
          for (guint32 g = 0; g < n_groups; g++)
            groups->doc_starts[g + 1] += groups->doc_starts[g];
          groups->docs = g_malloc (MAX (groups->doc_starts[n_groups], 1));
        }
    }
  /* The second pass moved each start to the next group's. */
  memmove (groups->doc_starts + 1, groups->doc_starts, sizeof (guint32) * n_groups);
  groups->doc_starts[0] = 0;
  ids_clear (&build->group_of[kind]);
}

static void
finish_groups (Build *build, int kind, KrSearchGroups *groups)
{
  encode_groups (build, kind, groups);
  for (int c = 0; c < 2; c++)
    {
      KrSearchDictBuilder builder;
      GPtrArray *texts = build->texts[kind][c].texts;

      _kr_search_dict_builder_init (&builder);
      for (guint32 t = 0; t < texts->len; t++)
        {
          builder.item = t;
          _kr_search_tokenizer_run (build->tokenizer, texts->pdata[t], FALSE,
                                    _kr_search_dict_add_token_cb, &builder);
        }
      _kr_search_dict_builder_finish (&builder, &groups->dicts[c]);
      groups->n_texts[c] = texts->len;
      groups->texts[c] = (guint32 *) g_array_free (build->group_texts[kind][c], FALSE);
      build->group_texts[kind][c] = NULL;
    }
}

/* Orders numbers of dates by their dates (@data) */
static int
compare_numbered_dates (gconstpointer a, gconstpointer b, gpointer data)
{
  const guint32 *dates = data;
  guint32 x = dates[*(const guint32 *) a], y = dates[*(const guint32 *) b];

  return (x > y) - (x < y);
}

/* Counting sort of the docs by the first 8 digits of their NIP: the numbers given to the
 * distinct dates as they came are ranked by date, then each doc goes to its date's place. */
static void
finish_nips (Build *build)
{
  KrSearchIndex *index = build->index;
  guint32 n_dates = build->dates->len;
  g_autofree guint32 *numbers = g_new (guint32, MAX (n_dates, 1));
  g_autofree guint32 *rank_of = g_new (guint32, MAX (n_dates, 1));
  g_autofree guint32 *next = NULL;
  const guint32 *dates = (const guint32 *) build->dates->data;

  for (guint32 i = 0; i < n_dates; i++)
    numbers[i] = i;
  g_qsort_with_data (numbers, (gint) n_dates, sizeof (guint32), compare_numbered_dates,
                     (gpointer) dates);
  index->n_dates = n_dates;
  index->dates = g_new (guint32, MAX (n_dates, 1));
  for (guint32 rank = 0; rank < n_dates; rank++)
    {
      index->dates[rank] = dates[numbers[rank]];
      rank_of[numbers[rank]] = rank;
    }
  index->date_starts = g_new0 (guint32, n_dates + 1);
  for (guint32 doc = 0; doc < build->n; doc++)
    {
      guint32 number = ids_get (&build->date_of, doc);

      if (number != G_MAXUINT32)
        {
          index->date_starts[rank_of[number] + 1]++;
          index->n_nips++;
        }
    }
  for (guint32 i = 0; i < n_dates; i++)
    index->date_starts[i + 1] += index->date_starts[i];
  next = g_memdup2 (index->date_starts, sizeof (guint32) * (n_dates + 1));
  index->nip_docs = g_new (guint32, MAX (index->n_nips, 1));
  for (guint32 doc = 0; doc < build->n; doc++)
    {
      guint32 number = ids_get (&build->date_of, doc);

      if (number != G_MAXUINT32)
        index->nip_docs[next[rank_of[number]]++] = doc;
    }
  ids_clear (&build->date_of);
}

/* Counts the employees, so that the arrays of each are allocated once. */
static gboolean
count_employees (Build *build, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (build->db, "SELECT count(*) FROM employee", -1, &stmt, NULL);
  gint64 n = 0;

  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    return set_sql_error (build->db, rc, error);
  if (n >= G_MAXUINT32)
    {
      g_set_error_literal (error, KR_ERROR, KR_ERROR_STORAGE, "Too many employees to index");
      return FALSE;
    }
  build->n = build->index->n = (guint32) n;
  build->index->ids = g_new (guint32, MAX (n, 1));
  ids_init (&build->date_of, build->n, FALSE);
  ids_init (&build->group_of[TITLES], build->n, FALSE);
  /* The positions are read first: their number is known. */
  ids_init (&build->group_of[POSITIONS], build->n,
            build->positions->len >= _kr_search_index_narrow_limit);
  return TRUE;
}

static void
build_clear (Build *build)
{
  for (int kind = 0; kind < 2; kind++)
    for (int c = 0; c < 2; c++)
      {
        g_clear_pointer (&build->texts[kind][c].ids, g_hash_table_unref);
        g_clear_pointer (&build->texts[kind][c].texts, g_ptr_array_unref);
        if (build->group_texts[kind][c] != NULL)
          g_array_unref (build->group_texts[kind][c]);
      }
  for (int kind = 0; kind < 2; kind++)
    ids_clear (&build->group_of[kind]);
  g_hash_table_unref (build->title_groups);
  g_array_unref (build->positions);
  g_array_unref (build->unit_ids);
  ids_clear (&build->date_of);
  g_hash_table_unref (build->date_numbers);
  g_array_unref (build->dates);
  _kr_search_tokenizer_free (build->tokenizer);
}

KrSearchIndex *
_kr_search_index_build (sqlite3 *db, GCancellable *cancellable, GError **error)
{
  Build build = { db, _kr_search_tokenizer_new (db), cancellable, g_new0 (KrSearchIndex, 1) };
  gboolean ok;

  if (build.tokenizer == NULL)
    {
      g_free (build.index);
      return set_sql_error (db, SQLITE_OK, error), NULL;
    }
  _kr_search_dict_builder_init (&build.names);
  for (int kind = 0; kind < 2; kind++)
    for (int c = 0; c < 2; c++)
      {
        build.texts[kind][c].ids = g_hash_table_new (g_str_hash, g_str_equal);
        build.texts[kind][c].texts = g_ptr_array_new_with_free_func (g_free);
        build.group_texts[kind][c] = g_array_new (FALSE, FALSE, sizeof (guint32));
      }
  build.title_groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  build.date_numbers = g_hash_table_new (NULL, NULL);
  build.dates = g_array_new (FALSE, FALSE, sizeof (guint32));
  build.positions = g_array_new (FALSE, FALSE, sizeof (gint64));
  build.unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* One snapshot for every statement. */
  ok = sqlite3_exec (db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK &&
       read_positions (&build, error) && count_employees (&build, error) &&
       read_employees (&build, error);
  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  _kr_search_dict_builder_finish (&build.names, &build.index->names);
  if (ok)
    {
      finish_groups (&build, POSITIONS, &build.index->positions);
      finish_groups (&build, TITLES, &build.index->titles);
      finish_nips (&build);
    }
  build_clear (&build);
  if (!ok)
    {
      _kr_search_index_free (build.index);
      return NULL;
    }
  _kr_search_index_add_first_chars (build.index);
  return build.index;
}

static void
groups_clear (KrSearchGroups *groups)
{
  for (int c = 0; c < 2; c++)
    {
      if (groups->texts[c] != NULL)
        _kr_search_dict_clear (&groups->dicts[c]);
      g_free (groups->texts[c]);
    }
  g_free (groups->doc_starts);
  g_free (groups->docs);
}

void
_kr_search_index_free (KrSearchIndex *index)
{
  if (index == NULL)
    return;
  g_free (index->ids);
  _kr_search_dict_clear (&index->names);
  g_free (index->nip_docs);
  g_free (index->dates);
  g_free (index->date_starts);
  groups_clear (&index->positions);
  groups_clear (&index->titles);
  for (guint c = 0; c < G_N_ELEMENTS (index->first_char_bits); c++)
    g_free (index->first_char_bits[c]);
  g_free (index);
}

static gsize
groups_get_size (const KrSearchGroups *groups)
{
  return _kr_search_dict_get_size (&groups->dicts[0]) +
         _kr_search_dict_get_size (&groups->dicts[1]) +
         sizeof (guint32) * (3 * (gsize) groups->n_groups + 1) +
         groups->doc_starts[groups->n_groups];
}

gsize
_kr_search_index_get_size (const KrSearchIndex *index)
{
  gsize size = 0;

  for (guint c = 0; c < G_N_ELEMENTS (index->first_char_bits); c++)
    if (index->first_char_bits[c] != NULL)
      size += sizeof (guint64) * ((index->n + 63) / 64);
  return size + sizeof (guint32) * (index->n + index->n_nips + 2 * (gsize) index->n_dates + 1) +
         _kr_search_dict_get_size (&index->names) + groups_get_size (&index->positions) +
         groups_get_size (&index->titles);
}
