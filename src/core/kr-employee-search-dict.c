/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-employee-search"

#include "config.h"

#include "kr-employee-search-private.h"

#include <string.h>

/* The tokenizer of the full-text index, and the dictionaries of the search index (see
 * kr-employee-search-index.c). */

/* The FTS5 API, as in SQLite's fts5.h (its first members). */
typedef struct KrFts5Api KrFts5Api;
struct KrFts5Api
{
  int version;
  void *create_tokenizer;
  int (*xFindTokenizer) (KrFts5Api *api,
                         const char *name,
                         void **user_data,
                         KrFts5TokenizerMethods *methods);
};

#define FTS5_TOKENIZE_QUERY    0x0001
#define FTS5_TOKENIZE_PREFIX   0x0002
#define FTS5_TOKENIZE_DOCUMENT 0x0004

/* Tokenizer */

static KrFts5Api *
get_fts5_api (sqlite3 *db)
{
  KrFts5Api *api = NULL;
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT fts5(?1)", -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_pointer (stmt, 1, (void *) &api, "fts5_api_ptr", NULL);
      sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);
  return api;
}

KrSearchTokenizer *
_kr_search_tokenizer_new (sqlite3 *db)
{
  /* As employee_fts was created (migration 5). */
  static const char *args[] = { "remove_diacritics", "2" };
  KrFts5Api *api = get_fts5_api (db);
  KrSearchTokenizer *self = g_new0 (KrSearchTokenizer, 1);
  void *user_data = NULL;

  if (api == NULL ||
      api->xFindTokenizer (api, "unicode61", &user_data, &self->methods) != SQLITE_OK ||
      self->methods.xCreate (user_data, args, G_N_ELEMENTS (args), &self->tokenizer) != SQLITE_OK)
    {
      g_free (self);
      return NULL;
    }
  return self;
}

void
_kr_search_tokenizer_free (KrSearchTokenizer *self)
{
  if (self == NULL)
    return;
  self->methods.xDelete (self->tokenizer);
  g_free (self);
}

gboolean
_kr_search_tokenizer_run (KrSearchTokenizer *self,
                          const char *text,
                          gboolean query,
                          KrFts5TokenFunc func,
                          gpointer user_data)
{
  int flags = query ? FTS5_TOKENIZE_QUERY | FTS5_TOKENIZE_PREFIX : FTS5_TOKENIZE_DOCUMENT;

  if (text == NULL || *text == '\0')
    return TRUE;
  return self->methods.xTokenize (self->tokenizer, user_data, flags, text, (int) strlen (text),
                                  func) == SQLITE_OK;
}

/* Dictionaries */

/* The items of a token, as they are added. */
typedef struct
{
  GByteArray *bytes;
  guint32 last;
  gboolean any;
} Postings;

static void
postings_free (gpointer data)
{
  Postings *postings = data;

  if (postings->bytes != NULL)
    g_byte_array_unref (postings->bytes);
  g_free (postings);
}

void
_kr_search_append_varint (GByteArray *bytes, guint32 value)
{
  guint8 byte;

  while (value >= 0x80)
    {
      byte = (guint8) (value | 0x80);
      g_byte_array_append (bytes, &byte, 1);
      value >>= 7;
    }
  byte = (guint8) value;
  g_byte_array_append (bytes, &byte, 1);
}

void
_kr_search_dict_builder_init (KrSearchDictBuilder *builder)
{
  builder->items = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, postings_free);
  builder->token = g_string_new (NULL);
}

int
_kr_search_dict_add_token_cb (void *ctx,
                              int flags,
                              const char *token,
                              int n_token,
                              int start,
                              int end)
{
  KrSearchDictBuilder *builder = ctx;
  Postings *postings;

  g_string_truncate (builder->token, 0);
  g_string_append_len (builder->token, token, n_token);
  postings = g_hash_table_lookup (builder->items, builder->token->str);
  if (postings == NULL)
    {
      postings = g_new0 (Postings, 1);
      postings->bytes = g_byte_array_new ();
      g_hash_table_insert (builder->items, g_strdup (builder->token->str), postings);
    }
  /* Items arrive in increasing order: each is kept as the difference from the one before. */
  if (!postings->any || postings->last != builder->item)
    {
      _kr_search_append_varint (postings->bytes,
                                builder->item - (postings->any ? postings->last : 0));
      postings->last = builder->item;
      postings->any = TRUE;
    }
  return SQLITE_OK;
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

void
_kr_search_dict_builder_finish (KrSearchDictBuilder *builder, KrSearchDict *dict)
{
  guint n_tokens = 0;
  g_autofree char **tokens = (char **) g_hash_table_get_keys_as_array (builder->items, &n_tokens);
  gsize pool_size = 0, n_bytes = 0;

  qsort (tokens, n_tokens, sizeof (char *), compare_strings);
  for (guint i = 0; i < n_tokens; i++)
    {
      pool_size += strlen (tokens[i]) + 1;
      n_bytes += ((Postings *) g_hash_table_lookup (builder->items, tokens[i]))->bytes->len;
    }
  g_assert (pool_size < G_MAXUINT32 && n_bytes < G_MAXUINT32);

  dict->n_tokens = n_tokens;
  dict->token_starts = g_new (guint32, n_tokens + 1);
  dict->item_starts = g_new (guint32, n_tokens + 1);
  dict->pool = g_malloc (MAX (pool_size, 1));
  dict->items = g_malloc (MAX (n_bytes, 1));
  pool_size = n_bytes = 0;
  for (guint i = 0; i < n_tokens; i++)
    {
      Postings *postings = g_hash_table_lookup (builder->items, tokens[i]);
      gsize length = strlen (tokens[i]) + 1;

      dict->token_starts[i] = (guint32) pool_size;
      dict->item_starts[i] = (guint32) n_bytes;
      memcpy (dict->pool + pool_size, tokens[i], length);
      memcpy (dict->items + n_bytes, postings->bytes->data, postings->bytes->len);
      pool_size += length;
      n_bytes += postings->bytes->len;
      /* Freed as it is copied, so that the two are never all there at once. */
      g_clear_pointer (&postings->bytes, g_byte_array_unref);
    }
  dict->token_starts[n_tokens] = (guint32) pool_size;
  dict->item_starts[n_tokens] = (guint32) n_bytes;
  g_hash_table_unref (builder->items);
  g_string_free (builder->token, TRUE);
}

void
_kr_search_dict_clear (KrSearchDict *dict)
{
  g_free (dict->token_starts);
  g_free (dict->pool);
  g_free (dict->item_starts);
  g_free (dict->items);
}

gsize
_kr_search_dict_get_size (const KrSearchDict *dict)
{
  return 2 * sizeof (guint32) * (dict->n_tokens + 1) + dict->token_starts[dict->n_tokens] +
         dict->item_starts[dict->n_tokens];
}

/* The first token of @dict from which strncmp (token, @prefix, @length) is above @above. */
static guint32
lower_bound (const KrSearchDict *dict, const char *prefix, gsize length, int above)
{
  guint32 low = 0, high = dict->n_tokens;

  while (low < high)
    {
      guint32 middle = low + (high - low) / 2;

      if (strncmp (dict->pool + dict->token_starts[middle], prefix, length) <= above - 1)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

void
_kr_search_dict_find_prefix (const KrSearchDict *dict,
                             const char *prefix,
                             gsize length,
                             guint32 *first,
                             guint32 *end)
{
  /* The tokens that start with the prefix lie together in the bytewise order. */
  *first = lower_bound (dict, prefix, length, 0);
  *end = lower_bound (dict, prefix, length, 1);
}
