/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-employee-search"

#include "config.h"

#include "kr-employee-search.h"

#include <string.h>

#include "kr-employee-repository.h"
#include "kr-employee-search-private.h"

/* A query of the search index (see kr-employee-search.c): the employees that have a token
 * starting with each word, as a bitmap over the ranks of the list's order. */

/* Words per block of the running counts of a result. */
#define BLOCK_WORDS 64

struct _KrEmployeeSearchResult
{
  KrSearchIndexBox *index;
  KrSearchOrderBox *order; /* NULL for the name order */
  gboolean reversed;
  guint count;
  guint n_words;
  guint64 *bits;    /* by rank in the order's index direction */
  guint32 *running; /* set bits before each block of BLOCK_WORDS words */
};

typedef struct
{
  const KrSearchIndex *index;
  guint64 *bits;
} Eval;

static inline void
add_doc (Eval *eval, guint32 doc)
{
  eval->bits[doc >> 6] |= G_GUINT64_CONSTANT (1) << (doc & 63);
}

static void
add_docs (Eval *eval, const guint32 *docs, gsize n)
{
  for (gsize i = 0; i < n; i++)
    add_doc (eval, docs[i]);
}

/* Reads a LEB128 varint at @p; returns what follows it. */
static inline const guint8 *
read_varint (const guint8 *p, guint32 *value)
{
  guint32 v = 0;
  int shift = 0;

  while (*p & 0x80)
    {
      v |= (guint32) (*p++ & 0x7f) << shift;
      shift += 7;
    }
  *value = v | (guint32) *p++ << shift;
  return p;
}

/* Adds the docs encoded from @p to @end (see KrSearchDict). */
static void
add_encoded (Eval *eval, const guint8 *p, const guint8 *end)
{
  guint32 doc = 0, delta;

  while (p < end)
    {
      p = read_varint (p, &delta);
      doc += delta;
      add_doc (eval, doc);
    }
}

static void
add_dict (Eval *eval, const KrSearchDict *dict, const char *token, gsize length)
{
  guint32 first, end;

  _kr_search_dict_find_prefix (dict, token, length, &first, &end);
  /* Each token's list starts from 0 again. */
  for (guint32 t = first; t < end; t++)
    add_encoded (eval, dict->items + dict->item_starts[t], dict->items + dict->item_starts[t + 1]);
}

/* NIPs whose first 8 digits start with @token, which has 8 digits at most. */
static void
add_nips (Eval *eval, const char *token, gsize length)
{
  const KrSearchIndex *index = eval->index;
  guint32 low = 0, high, scale = 1, value = 0, first, end;

  for (gsize i = 0; i < length; i++)
    value = value * 10 + (guint32) (token[i] - '0');
  for (gsize i = length; i < 8; i++)
    scale *= 10;
  /* The first dates at or after value * scale, and after (value + 1) * scale - 1. */
  for (int bound = 0; bound < 2; bound++)
    {
      guint32 key = (value + (guint32) bound) * scale;

      low = bound == 0 ? 0 : first;
      high = index->n_dates;
      while (low < high)
        {
          guint32 middle = low + (high - low) / 2;

          if (index->dates[middle] < key)
            low = middle + 1;
          else
            high = middle;
        }
      if (bound == 0)
        first = low;
      else
        end = low;
    }
  if (first < end)
    add_docs (eval, index->nip_docs + index->date_starts[first],
              index->date_starts[end] - index->date_starts[first]);
}

static void
add_groups (Eval *eval, const KrSearchGroups *groups, const char *token, gsize length)
{
  guint8 *marks[2] = { NULL, NULL };
  gboolean any = FALSE;

  for (int c = 0; c < 2; c++)
    {
      const KrSearchDict *dict = &groups->dicts[c];
      guint32 first, end;

      _kr_search_dict_find_prefix (dict, token, length, &first, &end);
      if (first == end)
        continue;
      marks[c] = g_malloc0 (groups->n_texts[c]);
      for (guint32 t = first; t < end; t++)
        {
          const guint8 *p = dict->items + dict->item_starts[t];
          guint32 text = 0, delta;

          while (p < dict->items + dict->item_starts[t + 1])
            {
              p = read_varint (p, &delta);
              text += delta;
              marks[c][text] = 1;
            }
        }
      any = TRUE;
    }
  if (!any)
    return;
  for (guint32 g = 0; g < groups->n_groups; g++)
    {
      gboolean found = FALSE;

      for (int c = 0; c < 2 && !found; c++)
        found =
            marks[c] != NULL && groups->texts[c][g] != G_MAXUINT32 && marks[c][groups->texts[c][g]];
      if (found)
        add_encoded (eval, groups->docs + groups->doc_starts[g],
                     groups->docs + groups->doc_starts[g + 1]);
    }
  g_free (marks[0]);
  g_free (marks[1]);
}

static gboolean
is_digits (const char *token)
{
  for (const char *p = token; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

/* Sets the bits of the employees that have a token starting with @token. FALSE when the
 * index cannot tell. */
static gboolean
eval_token (Eval *eval, const char *token)
{
  gsize length = strlen (token);
  const guint64 *cached =
      length == 1 && token[0] > 0 ? eval->index->first_char_bits[(guchar) token[0]] : NULL;

  if (cached != NULL)
    {
      for (guint w = 0; w < (eval->index->n + 63) / 64; w++)
        eval->bits[w] |= cached[w];
      return TRUE;
    }
  if (is_digits (token))
    {
      /* NIPs are kept by their first 8 digits; longer runs find few, fast, in SQL. */
      if (length > 8)
        return FALSE;
      add_nips (eval, token, length);
    }
  add_dict (eval, &eval->index->names, token, length);
  add_groups (eval, &eval->index->positions, token, length);
  add_groups (eval, &eval->index->titles, token, length);
  return TRUE;
}

typedef struct
{
  GPtrArray *tokens;
  guint n; /* of the word at hand */
} WordTokens;

static int
collect_token_cb (void *ctx, int flags, const char *token, int n_token, int start, int end)
{
  WordTokens *words = ctx;

  g_ptr_array_add (words->tokens, g_strndup (token, (gsize) n_token));
  words->n++;
  return SQLITE_OK;
}

/* The tokens that employee_fts looks for, one per word of the match expression that
 * kr_employee_repository_make_match() writes ("word"* "word"*), or NULL when a word is not
 * exactly one token (SQL then answers, as before). */
GPtrArray *
_kr_search_tokenize_query (KrSearchTokenizer *tokenizer, const char *text)
{
  g_autofree char *match = kr_employee_repository_make_match (text);
  g_autoptr (GPtrArray) tokens = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GString) word = g_string_new (NULL);
  WordTokens words = { tokens, 0 };

  if (match == NULL)
    return NULL;
  for (const char *p = match; *p != '\0';)
    {
      /* p is at the opening quote of "word"*. */
      g_string_truncate (word, 0);
      for (p++; *p != '\0' && !(p[0] == '"' && p[1] != '"'); p++)
        {
          if (*p == '"')
            p++;
          g_string_append_c (word, *p);
        }
      if (*p == '\0')
        return NULL;
      p += 2;
      while (*p == ' ')
        p++;
      words.n = 0;
      if (!_kr_search_tokenizer_run (tokenizer, word->str, TRUE, collect_token_cb, &words) ||
          words.n != 1)
        return NULL;
    }
  return g_steal_pointer (&tokens);
}

static void
count_result (KrEmployeeSearchResult *result)
{
  guint n_blocks = (result->n_words + BLOCK_WORDS - 1) / BLOCK_WORDS;
  guint32 count = 0;

  result->running = g_new (guint32, n_blocks + 1);
  for (guint b = 0; b < n_blocks; b++)
    {
      result->running[b] = count;
      for (guint w = b * BLOCK_WORDS; w < MIN ((b + 1) * BLOCK_WORDS, result->n_words); w++)
        count += (guint32) __builtin_popcountll (result->bits[w]);
    }
  result->running[n_blocks] = count;
  result->count = count;
}

void
_kr_search_index_add_first_chars (KrSearchIndex *index)
{
  guint n_words = (index->n + 63) / 64;

  for (char c = '0'; c <= 'z'; c++)
    {
      char token[2] = { c, '\0' };
      guint64 *bits;
      Eval eval;
      guint64 found = 0;

      if (!g_ascii_isdigit (c) && !g_ascii_islower (c))
        continue;
      bits = g_new0 (guint64, MAX (n_words, 1));
      eval = (Eval){ index, bits };
      eval_token (&eval, token);
      for (guint w = 0; w < n_words; w++)
        found += (guint64) __builtin_popcountll (bits[w]);
      /* Those that find few are quick to work out again. */
      if (found >= index->n / 32 && found > 0)
        index->first_char_bits[(guchar) c] = bits;
      else
        g_free (bits);
    }
}

/* Moves the bits of @result from docs (the name order) to the ranks of @order. The docs are
 * found in the name order, where the lists of the index are read in sequence; only the
 * employees found then move. */
static void
to_ranks (KrEmployeeSearchResult *result, const KrSearchOrder *order, guint32 n)
{
  const guint64 *docs = result->bits;
  guint64 *ranks = g_new0 (guint64, MAX (result->n_words, 1));
  guint64 found = 0;

  for (guint w = 0; w < result->n_words; w++)
    found += (guint64) __builtin_popcountll (docs[w]);
  if (found > n / 32)
    {
      /* Many: read every rank's doc, in sequence. */
      for (guint32 rank = 0; rank < n; rank++)
        {
          guint32 doc = order->doc_at[rank];

          ranks[rank >> 6] |= ((docs[doc >> 6] >> (doc & 63)) & 1) << (rank & 63);
        }
    }
  else
    for (guint w = 0; w < result->n_words; w++)
      for (guint64 bits = docs[w]; bits != 0; bits &= bits - 1)
        {
          guint32 rank = order->rank_of[w * 64 + (guint32) __builtin_ctzll (bits)];

          ranks[rank >> 6] |= G_GUINT64_CONSTANT (1) << (rank & 63);
        }
  g_free (result->bits);
  result->bits = ranks;
}

KrEmployeeSearchResult *
_kr_search_result_new (KrSearchIndexBox *index,
                       KrSearchOrderBox *order,
                       gboolean reversed,
                       GPtrArray *tokens)
{
  g_autoptr (KrEmployeeSearchResult) result = g_new0 (KrEmployeeSearchResult, 1);
  g_autofree guint64 *more = NULL;
  Eval eval;

  result->index = g_atomic_rc_box_acquire (index);
  if (order != NULL)
    result->order = g_atomic_rc_box_acquire (order);
  result->reversed = reversed;
  result->n_words = (index->index->n + 63) / 64;
  result->bits = g_new0 (guint64, MAX (result->n_words, 1));
  eval = (Eval){ index->index, result->bits };
  for (guint i = 0; i < tokens->len; i++)
    {
      /* Each word narrows the employees that the words before it found. */
      if (i == 1)
        more = g_new (guint64, MAX (result->n_words, 1));
      if (i > 0)
        {
          memset (more, 0, sizeof (guint64) * result->n_words);
          eval.bits = more;
        }
      if (!eval_token (&eval, tokens->pdata[i]))
        return NULL;
      for (guint w = 0; i > 0 && w < result->n_words; w++)
        result->bits[w] &= more[w];
    }
  if (order != NULL)
    to_ranks (result, order->order, index->index->n);
  count_result (result);
  return g_steal_pointer (&result);
}

guint
kr_employee_search_result_get_count (const KrEmployeeSearchResult *result)
{
  g_return_val_if_fail (result != NULL, 0);

  return result->count;
}

/* The word holding the set bit @k (from 0), and the bits of that word from it on. */
static guint
find_bit (const KrEmployeeSearchResult *result, guint k, guint64 *rest)
{
  guint n_blocks = (result->n_words + BLOCK_WORDS - 1) / BLOCK_WORDS;
  guint low = 0, high = n_blocks, w;

  /* The last block whose running count is at most k. */
  while (high - low > 1)
    {
      guint middle = low + (high - low) / 2;

      if (result->running[middle] <= k)
        low = middle;
      else
        high = middle;
    }
  k -= result->running[low];
  for (w = low * BLOCK_WORDS;; w++)
    {
      guint n = (guint) __builtin_popcountll (result->bits[w]);

      if (k < n)
        break;
      k -= n;
    }
  *rest = result->bits[w];
  for (; k > 0; k--)
    *rest &= *rest - 1;
  return w;
}

guint
kr_employee_search_result_get_ids (const KrEmployeeSearchResult *result,
                                   guint position,
                                   guint n,
                                   gint64 *ids)
{
  const KrSearchIndex *index;
  const guint32 *doc_at;
  guint first, w, written = 0;
  guint64 bits;

  g_return_val_if_fail (result != NULL, 0);

  if (position >= result->count)
    return 0;
  n = MIN (n, result->count - position);
  if (n == 0)
    return 0;
  index = result->index->index;
  doc_at = result->order != NULL ? result->order->order->doc_at : NULL;
  /* Backwards, positions [position, position + n) are the ranks found from the end. */
  first = result->reversed ? result->count - position - n : position;
  w = find_bit (result, first, &bits);
  while (written < n)
    {
      while (bits == 0)
        bits = result->bits[++w];
      {
        guint32 rank = w * 64 + (guint32) __builtin_ctzll (bits);
        guint32 doc = doc_at != NULL ? doc_at[rank] : rank;

        ids[result->reversed ? n - 1 - written : written] = index->ids[doc];
        written++;
        bits &= bits - 1;
      }
    }
  return written;
}

void
kr_employee_search_result_free (KrEmployeeSearchResult *result)
{
  if (result == NULL)
    return;
  g_clear_pointer (&result->order, _kr_search_order_box_release);
  g_clear_pointer (&result->index, _kr_search_index_box_release);
  g_free (result->bits);
  g_free (result->running);
  g_free (result);
}
