/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

#include "kr-employee-query.h"
#include "kr-employee-search.h"

G_BEGIN_DECLS

/* Shared by kr-employee-search.c (the object, its jobs and queries) and
 * kr-employee-search-index.c (the index and how a worker builds it).
 *
 * Employees are numbered 0..n-1 in the name order (e.name, e.id): a "doc". Everything in the
 * index refers to docs, so the name order costs nothing and the other orders are two arrays
 * each (KrSearchOrder). */

/* The FTS5 tokenizer, found through the connection: SQLite's fts5.h is not installed, and
 * these are its first members, a stable ABI since FTS5 came out. */
typedef struct KrFts5Tokenizer KrFts5Tokenizer;
typedef int (
    *KrFts5TokenFunc) (void *ctx, int flags, const char *token, int n_token, int start, int end);

typedef struct
{
  int (*xCreate) (void *user_data, const char **args, int n_args, KrFts5Tokenizer **out);
  void (*xDelete) (KrFts5Tokenizer *tokenizer);
  int (*xTokenize) (KrFts5Tokenizer *tokenizer,
                    void *ctx,
                    int flags,
                    const char *text,
                    int n_text,
                    KrFts5TokenFunc func);
} KrFts5TokenizerMethods;

/* The tokenizer of employee_fts (migration 5), created on one connection and used only by
 * the thread of that connection. */
typedef struct
{
  KrFts5TokenizerMethods methods;
  KrFts5Tokenizer *tokenizer;
} KrSearchTokenizer;

KrSearchTokenizer *_kr_search_tokenizer_new (sqlite3 *db);
void _kr_search_tokenizer_free (KrSearchTokenizer *self);
/* Calls @func with each token of @text, folded as the index folds it. */
gboolean _kr_search_tokenizer_run (KrSearchTokenizer *self,
                                   const char *text,
                                   gboolean query,
                                   KrFts5TokenFunc func,
                                   gpointer user_data);

/* Sorted distinct tokens (bytewise), each with a sorted list of items (docs or text ids),
 * kept as the differences between them (the first: from 0) in LEB128 varints, which makes the
 * lists of frequent tokens about a byte an item. */
typedef struct
{
  guint32 n_tokens;
  guint32 *token_starts; /* n_tokens + 1 offsets into pool */
  char *pool;
  guint32 *item_starts; /* n_tokens + 1 byte offsets into items */
  guint8 *items;
} KrSearchDict;

/* Collects (token, item) pairs; items arrive in increasing order. */
typedef struct
{
  GHashTable *items; /* char *token -> its items, encoded */
  GString *token;    /* a NUL-terminated copy of the token at hand */
  guint32 item;      /* the item being tokenized */
} KrSearchDictBuilder;

void _kr_search_append_varint (GByteArray *bytes, guint32 value);
void _kr_search_dict_builder_init (KrSearchDictBuilder *builder);
/* A KrFts5TokenFunc that adds a token of builder->item; @ctx is the builder. */
int _kr_search_dict_add_token_cb (void *ctx,
                                  int flags,
                                  const char *token,
                                  int n_token,
                                  int start,
                                  int end);
/* Freezes @builder into @dict and frees what it held. */
void _kr_search_dict_builder_finish (KrSearchDictBuilder *builder, KrSearchDict *dict);
void _kr_search_dict_clear (KrSearchDict *dict);
gsize _kr_search_dict_get_size (const KrSearchDict *dict);

/* The tokens [first, end) of @dict that start with @prefix. */
void _kr_search_dict_find_prefix (const KrSearchDict *dict,
                                  const char *prefix,
                                  gsize length,
                                  guint32 *first,
                                  guint32 *end);

/* Employees grouped by a pair of texts (position and unit names; front and back titles).
 * A token of either text of a group finds every employee of the group. */
typedef struct
{
  KrSearchDict dicts[2]; /* token -> text ids, for each of the two texts */
  guint32 n_texts[2];
  guint32 n_groups;
  guint32 *texts[2];   /* per group, its text ids; G_MAXUINT32 for none */
  guint32 *doc_starts; /* n_groups + 1 byte offsets into docs */
  guint8 *docs;        /* of each group, encoded as the items of a KrSearchDict */
} KrSearchGroups;

/* An order other than by name: the rank of each doc, and the doc at each rank. */
typedef struct
{
  KrEmployeeSort sort;
  guint32 *rank_of;
  guint32 *doc_at;
} KrSearchOrder;

typedef struct
{
  guint32 n;            /* employees */
  guint32 *ids;         /* per doc, the row id */
  KrSearchDict names;   /* tokens of e.name and of NIPs that are not 18 digits -> docs */
  guint32 n_nips;       /* docs with a NIP of 18 digits */
  guint32 *nip_docs;    /* those docs, by the first 8 digits of their NIP */
  guint32 n_dates;      /* distinct first 8 digits of those NIPs */
  guint32 *dates;       /* the first 8 digits, sorted */
  guint32 *date_starts; /* n_dates + 1 offsets into nip_docs */
  KrSearchGroups positions;
  KrSearchGroups titles;
  /* The first keystroke of every search asks for one character, which may find half of
   * everyone: for each ASCII letter and digit that finds many, the docs found (a bitmap of
   * n bits), worked out once by the worker. NULL for the others. */
  guint64 *first_char_bits[128];
  gint64 fingerprint[2]; /* of the database when it was read (kr-employee-search.c) */
} KrSearchIndex;

/* Reads the employees of @db (a connection of this thread) into a new index, or returns
 * %NULL with @error set, or when @cancellable was cancelled. */
KrSearchIndex *_kr_search_index_build (sqlite3 *db, GCancellable *cancellable, GError **error);
/* The read keeps a number per employee (its title group, position group, NIP date) in 16 bits
 * while every number is below this (G_MAXUINT16); tests lower it to read wide ones. */
extern guint32 _kr_search_index_narrow_limit;
void _kr_search_index_free (KrSearchIndex *index);
gsize _kr_search_index_get_size (const KrSearchIndex *index);

/* Reads the order of @index's employees for @order_by (SQL over "employee e"). %NULL with
 * @error set when the employees are not those of @index. */
KrSearchOrder *_kr_search_order_build (sqlite3 *db,
                                       const KrSearchIndex *index,
                                       KrEmployeeSort sort,
                                       const char *order_by,
                                       GCancellable *cancellable,
                                       GError **error);
void _kr_search_order_free (KrSearchOrder *order);

/* The index and an order as the object, its reads and the results share them
 * (g_atomic_rc_box). */
typedef struct
{
  KrSearchIndex *index;
} KrSearchIndexBox;

typedef struct
{
  KrSearchIndexBox *index; /* the index the order is of */
  KrSearchOrder *order;
} KrSearchOrderBox;

void _kr_search_index_box_release (KrSearchIndexBox *box);
void _kr_search_order_box_release (KrSearchOrderBox *box);

/* kr-employee-search-query.c */

/* Works out first_char_bits of @index (in the worker, before anyone searches it). */
void _kr_search_index_add_first_chars (KrSearchIndex *index);

/* The tokens that employee_fts looks for in @text, or NULL when the index cannot say. */
GPtrArray *_kr_search_tokenize_query (KrSearchTokenizer *tokenizer, const char *text);
/* The employees with every token, in the order @order (NULL: by name); NULL when the index
 * cannot say. */
KrEmployeeSearchResult *_kr_search_result_new (KrSearchIndexBox *index,
                                               KrSearchOrderBox *order,
                                               gboolean reversed,
                                               GPtrArray *tokens);

G_END_DECLS
