/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-item"

#include "config.h"

#include "kr-training-item.h"

struct _KrTrainingItem
{
  GObject parent_instance;

  gpointer value;
  GDestroyNotify free_func;
};

G_DEFINE_FINAL_TYPE (KrTrainingItem, kr_training_item, G_TYPE_OBJECT)

static void
kr_training_item_finalize (GObject *object)
{
  KrTrainingItem *self = KR_TRAINING_ITEM (object);

  if (self->value != NULL && self->free_func != NULL)
    self->free_func (self->value);

  G_OBJECT_CLASS (kr_training_item_parent_class)->finalize (object);
}

static void
kr_training_item_class_init (KrTrainingItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kr_training_item_finalize;
}

static void
kr_training_item_init (KrTrainingItem *self)
{
}

KrTrainingItem *
kr_training_item_new (gpointer value, GDestroyNotify free_func)
{
  KrTrainingItem *self = g_object_new (KR_TYPE_TRAINING_ITEM, NULL);

  self->value = value;
  self->free_func = free_func;
  return self;
}

gpointer
kr_training_item_get_value (KrTrainingItem *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_ITEM (self), NULL);

  return self->value;
}

void
kr_training_item_fill_store (GListStore *store, GPtrArray *values, GDestroyNotify free_func)
{
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (G_IS_LIST_STORE (store));

  g_ptr_array_set_free_func (values, NULL);
  for (guint i = 0; i < values->len; i++)
    g_ptr_array_add (items, kr_training_item_new (g_ptr_array_index (values, i), free_func));
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), items->pdata,
                       items->len);
}
