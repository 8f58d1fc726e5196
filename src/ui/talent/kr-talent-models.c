/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-talent-models"

#include "config.h"

#include "kr-talent-models.h"

/* Items */

struct _KrTalentItem
{
  GObject parent_instance;

  KrTalentEntry *entry;
};

G_DEFINE_FINAL_TYPE (KrTalentItem, kr_talent_item, G_TYPE_OBJECT)

const KrTalentEntry *
kr_talent_item_get_entry (KrTalentItem *self)
{
  g_return_val_if_fail (KR_IS_TALENT_ITEM (self), NULL);
  return self->entry;
}

static void
kr_talent_item_finalize (GObject *object)
{
  g_clear_pointer (&KR_TALENT_ITEM (object)->entry, kr_talent_entry_free);

  G_OBJECT_CLASS (kr_talent_item_parent_class)->finalize (object);
}

static void
kr_talent_item_class_init (KrTalentItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kr_talent_item_finalize;
}

static void
kr_talent_item_init (KrTalentItem *self)
{
}

/* The model */

struct _KrTalentEntryModel
{
  KrPagedModel parent_instance;

  KrTalentQuery query;
};

G_DEFINE_FINAL_TYPE (KrTalentEntryModel, kr_talent_entry_model, KR_TYPE_PAGED_MODEL)

static KrTalentQuery *
query_dup (const KrTalentQuery *query)
{
  KrTalentQuery *copy = g_memdup2 (query, sizeof *query);

  copy->search = g_strdup (query->search);
  return copy;
}

static void
query_free (KrTalentQuery *query)
{
  if (query == NULL)
    return;
  g_free ((char *) query->search);
  g_free (query);
}

static gpointer
dup_query (KrPagedModel *model, gpointer last_item)
{
  return query_dup (&KR_TALENT_ENTRY_MODEL (model)->query);
}

/* In a worker. */
static GPtrArray *
fetch_entries (KrDatabase *reader,
               gconstpointer data,
               guint offset,
               guint limit,
               guint *count,
               GCancellable *cancellable,
               GError **error)
{
  const KrTalentQuery *query = data;
  g_autoptr (KrTalentRepository) repository = kr_talent_repository_new (reader);
  g_autoptr (GPtrArray) rows = NULL;
  GPtrArray *items;

  if (count != NULL &&
      !kr_talent_repository_count_employees (repository, query, count, cancellable, error))
    return NULL;
  items = g_ptr_array_new_with_free_func (g_object_unref);
  if (limit == 0 || g_cancellable_is_cancelled (cancellable))
    return items;
  rows = kr_talent_repository_list_employees (repository, query, offset, limit, cancellable, error);
  if (rows == NULL)
    {
      g_ptr_array_unref (items);
      return NULL;
    }
  g_ptr_array_set_free_func (rows, NULL);
  for (guint i = 0; i < rows->len; i++)
    {
      KrTalentItem *item = g_object_new (KR_TYPE_TALENT_ITEM, NULL);

      item->entry = g_ptr_array_index (rows, i);
      g_ptr_array_add (items, item);
    }
  return items;
}

KrTalentEntryModel *
kr_talent_entry_model_new (void)
{
  return g_object_new (KR_TYPE_TALENT_ENTRY_MODEL, NULL);
}

void
kr_talent_entry_model_set_query (KrTalentEntryModel *self, const KrTalentQuery *query)
{
  char *search;

  g_return_if_fail (KR_IS_TALENT_ENTRY_MODEL (self));
  g_return_if_fail (query != NULL);

  search = g_strdup (query->search);
  g_free ((char *) self->query.search);
  self->query = *query;
  self->query.search = search;
  kr_paged_model_start_over (KR_PAGED_MODEL (self));
}

const KrTalentQuery *
kr_talent_entry_model_get_query (KrTalentEntryModel *self)
{
  g_return_val_if_fail (KR_IS_TALENT_ENTRY_MODEL (self), NULL);
  return &self->query;
}

static void
kr_talent_entry_model_finalize (GObject *object)
{
  g_free ((char *) KR_TALENT_ENTRY_MODEL (object)->query.search);

  G_OBJECT_CLASS (kr_talent_entry_model_parent_class)->finalize (object);
}

static void
kr_talent_entry_model_class_init (KrTalentEntryModelClass *klass)
{
  KrPagedModelClass *paged_class = KR_PAGED_MODEL_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = kr_talent_entry_model_finalize;
  paged_class->item_type = KR_TYPE_TALENT_ITEM;
  paged_class->counts = TRUE;
  paged_class->fetch_page = fetch_entries;
  paged_class->dup_query = dup_query;
  paged_class->free_query = (GDestroyNotify) query_free;
}

static void
kr_talent_entry_model_init (KrTalentEntryModel *self)
{
  kr_talent_query_init (&self->query, 2000);
  self->query.subtree = TRUE;
  self->query.status = KR_TALENT_STATUS_PLACED;
}
