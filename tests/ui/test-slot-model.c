/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-slot-model"

#include "config.h"

#include <gio/gio.h>

#include "kr-slot-model.h"

/* KrSlotModel (kr-slot-model.h) over a GListStore: slots keep their identity where the items
 * are replaced in place, announce the new item, and the view hears only of the count. */

typedef struct
{
  guint position, removed, added;
} Change;

static void
on_items_changed_cb (GListModel *model, guint position, guint removed, guint added, GArray *changes)
{
  Change change = { position, removed, added };

  g_array_append_val (changes, change);
}

static void
on_notify_cb (GObject *object, GParamSpec *pspec, guint *count)
{
  (*count)++;
}

/* A store of @n objects named "@prefix N". */
static GListStore *
make_store (guint n, const char *prefix)
{
  GListStore *store = g_list_store_new (G_TYPE_OBJECT);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GObject) object = g_object_new (G_TYPE_OBJECT, NULL);

      g_object_set_data_full (object, "name", g_strdup_printf ("%s %u", prefix, i), g_free);
      g_list_store_append (store, object);
    }
  return store;
}

static GPtrArray *
make_items (guint n, const char *prefix)
{
  g_autoptr (GListStore) store = make_store (n, prefix);
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (store), i));
  return items;
}

/* Every position of @slots shows the item of @store at that position. */
static void
assert_same_items (KrSlotModel *slots, GListStore *store)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (slots)), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KrSlot) slot = g_list_model_get_item (G_LIST_MODEL (slots), i);
      g_autoptr (GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);

      g_assert_true (kr_slot_get_item (slot) == item);
    }
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (slots), n));
}

static void
test_replace_all (void)
{
  g_autoptr (GListStore) store = make_store (300, "old");
  g_autoptr (KrSlotModel) slots = kr_slot_model_new (G_LIST_MODEL (store));
  g_autoptr (GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autoptr (GPtrArray) held = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) fewer = make_items (120, "new");
  g_autoptr (GPtrArray) more = make_items (500, "more");
  guint notified = 0;
  Change *change;

  g_assert_true (g_type_is_a (g_list_model_get_item_type (G_LIST_MODEL (slots)), KR_TYPE_SLOT));
  g_signal_connect (slots, "items-changed", G_CALLBACK (on_items_changed_cb), changes);
  /* What a view holds: the first 200 rows. */
  for (guint i = 0; i < 200; i++)
    g_ptr_array_add (held, g_list_model_get_item (G_LIST_MODEL (slots), i));
  g_signal_connect (g_ptr_array_index (held, 0), "notify::item", G_CALLBACK (on_notify_cb),
                    &notified);

  /* A search: 300 rows become 120. The 120 held rows stay and show the new items; the view
   * hears that the last 180 went. */
  g_list_store_splice (store, 0, 300, fewer->pdata, fewer->len);
  g_assert_cmpuint (changes->len, ==, 1);
  change = &g_array_index (changes, Change, 0);
  g_assert_cmpuint (change->position, ==, 120);
  g_assert_cmpuint (change->removed, ==, 180);
  g_assert_cmpuint (change->added, ==, 0);
  g_assert_cmpuint (notified, ==, 1);
  for (guint i = 0; i < 120; i++)
    {
      g_autoptr (KrSlot) slot = g_list_model_get_item (G_LIST_MODEL (slots), i);

      g_assert_true (slot == g_ptr_array_index (held, i));
      g_assert_true (kr_slot_get_item (slot) == g_ptr_array_index (fewer, i));
    }
  /* A held row whose position went keeps its last item until the view lets go of it. */
  g_assert_nonnull (kr_slot_get_item (g_ptr_array_index (held, 150)));
  assert_same_items (slots, store);

  /* The search cleared: 120 rows become 500; the view hears of 380 new ones. */
  g_array_set_size (changes, 0);
  g_list_store_splice (store, 0, 120, more->pdata, more->len);
  g_assert_cmpuint (changes->len, ==, 1);
  change = &g_array_index (changes, Change, 0);
  g_assert_cmpuint (change->position, ==, 120);
  g_assert_cmpuint (change->removed, ==, 0);
  g_assert_cmpuint (change->added, ==, 380);
  g_assert_cmpuint (notified, ==, 2);
  assert_same_items (slots, store);

  /* The same count in another order: no change for the view at all, new items for the rows. */
  g_array_set_size (changes, 0);
  g_ptr_array_unref (more);
  more = make_items (500, "sorted");
  g_list_store_splice (store, 0, 500, more->pdata, more->len);
  g_assert_cmpuint (changes->len, ==, 0);
  g_assert_cmpuint (notified, ==, 3);
  assert_same_items (slots, store);
}

/* Insertions and removals in the middle move the held slots after them, in random changes
 * compared with the store after each. */
static void
test_random_changes (void)
{
  g_autoptr (GListStore) store = make_store (50, "start");
  g_autoptr (KrSlotModel) slots = kr_slot_model_new (G_LIST_MODEL (store));
  g_autoptr (GPtrArray) held = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GRand) rand = g_rand_new_with_seed (20261123);
  guint serial = 0;

  for (guint round = 0; round < 400; round++)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (store));
      guint position = g_rand_int_range (rand, 0, (gint32) n + 1);
      guint removed = g_rand_int_range (rand, 0, (gint32) (n - position) + 1);
      guint added = g_rand_int_range (rand, 0, 30);
      g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
      g_autofree char *prefix = g_strdup_printf ("round %u", serial++);

      g_ptr_array_unref (items);
      items = make_items (added, prefix);
      /* A view holds some rows, and lets go of others. */
      for (guint i = 0; i < 5 && n > 0; i++)
        g_ptr_array_add (held, g_list_model_get_item (G_LIST_MODEL (slots),
                                                      g_rand_int_range (rand, 0, (gint32) n)));
      while (held->len > 40)
        g_ptr_array_remove_index_fast (held, g_rand_int_range (rand, 0, (gint32) held->len));

      g_list_store_splice (store, position, removed, items->pdata, items->len);
      assert_same_items (slots, store);
    }
}

/* Slots outlive their model, and a model its slots. */
static void
test_lifetimes (void)
{
  g_autoptr (GListStore) store = make_store (10, "item");
  KrSlotModel *slots = kr_slot_model_new (G_LIST_MODEL (store));
  KrSlot *slot = g_list_model_get_item (G_LIST_MODEL (slots), 3);
  KrSlot *other = g_list_model_get_item (G_LIST_MODEL (slots), 4);

  g_object_unref (other);
  g_assert_finalize_object (slots);
  g_assert_nonnull (kr_slot_get_item (slot));
  g_assert_finalize_object (slot);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/slot-model/replace-all", test_replace_all);
  g_test_add_func ("/slot-model/random-changes", test_random_changes);
  g_test_add_func ("/slot-model/lifetimes", test_lifetimes);

  return g_test_run ();
}
