/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-slot-model"

#include "config.h"

#include "kr-slot-model.h"

/* KrSlot */

struct _KrSlot
{
  GObject parent_instance;

  GObject *item;
  guint position;
  /* Not a reference: the model forgets a slot when it is finalized, and tells the slots it
   * holds when it goes. NULL once the slot's position was removed. */
  KrSlotModel *model;
};

G_DEFINE_FINAL_TYPE (KrSlot, kr_slot, G_TYPE_OBJECT)

enum
{
  SLOT_PROP_0,
  SLOT_PROP_ITEM,
  SLOT_N_PROPS
};

static GParamSpec *slot_properties[SLOT_N_PROPS];

struct _KrSlotModel
{
  GObject parent_instance;

  GListModel *model;
  guint n_items;
  /* The slots that exist, by position + 1; they are not referenced (a view holds them). */
  GHashTable *slots;
};

static void kr_slot_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KrSlotModel,
                               kr_slot_model,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      kr_slot_model_list_model_init))

#define POSITION_KEY(position) GUINT_TO_POINTER ((position) + 1)

static void
kr_slot_finalize (GObject *object)
{
  KrSlot *self = KR_SLOT (object);

  if (self->model != NULL)
    g_hash_table_remove (self->model->slots, POSITION_KEY (self->position));
  g_clear_object (&self->item);

  G_OBJECT_CLASS (kr_slot_parent_class)->finalize (object);
}

static void
kr_slot_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KrSlot *self = KR_SLOT (object);

  switch (prop_id)
    {
    case SLOT_PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_slot_class_init (KrSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kr_slot_finalize;
  object_class->get_property = kr_slot_get_property;

  slot_properties[SLOT_PROP_ITEM] =
      g_param_spec_object ("item", NULL, NULL, G_TYPE_OBJECT,
                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, SLOT_N_PROPS, slot_properties);
}

static void
kr_slot_init (KrSlot *self)
{
}

gpointer
kr_slot_get_item (KrSlot *self)
{
  g_return_val_if_fail (KR_IS_SLOT (self), NULL);

  return self->item;
}

/* Takes @item (transfer full) and announces it. */
static void
slot_take_item (KrSlot *self, GObject *item)
{
  if (item == self->item)
    {
      g_clear_object (&item);
      return;
    }
  g_clear_object (&self->item);
  self->item = item;
  g_object_notify_by_pspec (G_OBJECT (self), slot_properties[SLOT_PROP_ITEM]);
}

/* GListModel */

static GType
kr_slot_model_get_item_type (GListModel *model)
{
  return KR_TYPE_SLOT;
}

static guint
kr_slot_model_get_n_items (GListModel *model)
{
  return KR_SLOT_MODEL (model)->n_items;
}

static gpointer
kr_slot_model_get_item (GListModel *model, guint position)
{
  KrSlotModel *self = KR_SLOT_MODEL (model);
  KrSlot *slot;

  if (position >= self->n_items)
    return NULL;
  slot = g_hash_table_lookup (self->slots, POSITION_KEY (position));
  if (slot != NULL)
    return g_object_ref (slot);
  slot = g_object_new (KR_TYPE_SLOT, NULL);
  slot->item = g_list_model_get_item (self->model, position);
  slot->position = position;
  slot->model = self;
  g_hash_table_insert (self->slots, POSITION_KEY (position), slot);
  return slot;
}

static void
kr_slot_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = kr_slot_model_get_item_type;
  iface->get_n_items = kr_slot_model_get_n_items;
  iface->get_item = kr_slot_model_get_item;
}

/* The wrapped list changed: the slots in [position, position + MIN (removed, added)) take
 * their new items, those of the rest of the removed range leave the model, and those after it
 * move; then the view hears of the change of the count only. */
static void
on_items_changed_cb (GListModel *model,
                     guint position,
                     guint removed,
                     guint added,
                     KrSlotModel *self)
{
  guint kept = MIN (removed, added);
  g_autoptr (GPtrArray) slots = g_ptr_array_sized_new (g_hash_table_size (self->slots));
  g_autoptr (GPtrArray) replaced = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->slots);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (slots, value);
  self->n_items = g_list_model_get_n_items (model);
  g_hash_table_remove_all (self->slots);
  for (guint i = 0; i < slots->len; i++)
    {
      KrSlot *slot = g_ptr_array_index (slots, i);

      if (slot->position >= position + removed)
        slot->position = slot->position - removed + added;
      else if (slot->position >= position + kept)
        {
          slot->model = NULL;
          continue;
        }
      else if (slot->position >= position)
        /* Kept alive while its item is read and announced below. */
        g_ptr_array_add (replaced, g_object_ref (slot));
      g_hash_table_insert (self->slots, POSITION_KEY (slot->position), slot);
    }
  for (guint i = 0; i < replaced->len; i++)
    {
      KrSlot *slot = g_ptr_array_index (replaced, i);

      slot_take_item (slot, g_list_model_get_item (model, slot->position));
    }
  if (removed > kept || added > kept)
    g_list_model_items_changed (G_LIST_MODEL (self), position + kept, removed - kept, added - kept);
}

/* The object */

static void
kr_slot_model_dispose (GObject *object)
{
  KrSlotModel *self = KR_SLOT_MODEL (object);
  GHashTableIter iter;
  gpointer slot;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_items_changed_cb, self);
  g_clear_object (&self->model);
  g_hash_table_iter_init (&iter, self->slots);
  while (g_hash_table_iter_next (&iter, NULL, &slot))
    KR_SLOT (slot)->model = NULL;
  g_hash_table_remove_all (self->slots);

  G_OBJECT_CLASS (kr_slot_model_parent_class)->dispose (object);
}

static void
kr_slot_model_finalize (GObject *object)
{
  KrSlotModel *self = KR_SLOT_MODEL (object);

  g_hash_table_unref (self->slots);

  G_OBJECT_CLASS (kr_slot_model_parent_class)->finalize (object);
}

static void
kr_slot_model_class_init (KrSlotModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kr_slot_model_dispose;
  object_class->finalize = kr_slot_model_finalize;
}

static void
kr_slot_model_init (KrSlotModel *self)
{
  self->slots = g_hash_table_new (g_direct_hash, g_direct_equal);
}

KrSlotModel *
kr_slot_model_new (GListModel *model)
{
  KrSlotModel *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  self = g_object_new (KR_TYPE_SLOT_MODEL, NULL);
  self->model = g_object_ref (model);
  self->n_items = g_list_model_get_n_items (model);
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), self);
  return self;
}

GListModel *
kr_slot_model_get_model (KrSlotModel *self)
{
  g_return_val_if_fail (KR_IS_SLOT_MODEL (self), NULL);

  return self->model;
}
