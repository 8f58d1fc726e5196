/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-column-sorter"

#include "config.h"

#include "kr-column-sorter.h"

struct _KrColumnSorter
{
  GtkSorter parent_instance;

  int key;
};

G_DEFINE_FINAL_TYPE (KrColumnSorter, kr_column_sorter, GTK_TYPE_SORTER)

/* A probe item carries the key whose sorter should rank it first; real items carry none,
 * so for them every KrColumnSorter says EQUAL and the view's own order is left alone. */
static GQuark
probe_quark (void)
{
  return g_quark_from_static_string ("kr-column-sorter-probe");
}

static GtkOrdering
kr_column_sorter_compare (GtkSorter *sorter, gpointer item1, gpointer item2)
{
  KrColumnSorter *self = KR_COLUMN_SORTER (sorter);
  gpointer probe = g_object_get_qdata (item1, probe_quark ());

  if (probe != NULL && GPOINTER_TO_INT (probe) - 1 == self->key)
    return GTK_ORDERING_SMALLER;

  return GTK_ORDERING_EQUAL;
}

static GtkSorterOrder
kr_column_sorter_get_order (GtkSorter *sorter)
{
  return GTK_SORTER_ORDER_PARTIAL;
}

static void
kr_column_sorter_class_init (KrColumnSorterClass *klass)
{
  GtkSorterClass *sorter_class = GTK_SORTER_CLASS (klass);

  sorter_class->compare = kr_column_sorter_compare;
  sorter_class->get_order = kr_column_sorter_get_order;
}

static void
kr_column_sorter_init (KrColumnSorter *self)
{
}

GtkSorter *
kr_column_sorter_new (int key)
{
  KrColumnSorter *self = g_object_new (KR_TYPE_COLUMN_SORTER, NULL);

  self->key = key;
  return GTK_SORTER (self);
}

int
kr_column_sorter_get_key (KrColumnSorter *self)
{
  g_return_val_if_fail (KR_IS_COLUMN_SORTER (self), -1);

  return self->key;
}

/* How the view orders a probe for @key before a neutral item: SMALLER when the column
 * sorts ascending, LARGER when descending (the view inverts it), EQUAL when unsorted. */
static GtkOrdering
probe_order (GtkSorter *view_sorter, int key)
{
  g_autoptr (GObject) probe = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr (GObject) neutral = g_object_new (G_TYPE_OBJECT, NULL);

  g_object_set_qdata (probe, probe_quark (), GINT_TO_POINTER (key + 1));
  return gtk_sorter_compare (view_sorter, probe, neutral);
}

gboolean
kr_column_view_get_sort (GtkColumnView *view, int previous_key, int *key, gboolean *descending)
{
  GtkSorter *view_sorter;
  GListModel *columns;
  GtkColumnViewColumn *chosen = NULL;
  GtkOrdering chosen_order = GTK_ORDERING_EQUAL;
  int chosen_key = -1;
  guint n_sorted = 0;

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), FALSE);

  view_sorter = gtk_column_view_get_sorter (view);
  columns = gtk_column_view_get_columns (view);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr (GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      GtkSorter *sorter = gtk_column_view_column_get_sorter (column);
      GtkOrdering order;
      int column_key;

      if (!KR_IS_COLUMN_SORTER (sorter))
        continue;
      column_key = kr_column_sorter_get_key (KR_COLUMN_SORTER (sorter));
      order = probe_order (view_sorter, column_key);
      if (order == GTK_ORDERING_EQUAL)
        continue;
      n_sorted++;
      /* The view keeps older columns behind a newly clicked one: prefer the new one. */
      if (chosen == NULL || chosen_key == previous_key)
        {
          chosen = column;
          chosen_key = column_key;
          chosen_order = order;
        }
    }

  if (chosen == NULL)
    return FALSE;

  *key = chosen_key;
  *descending = chosen_order == GTK_ORDERING_LARGER;
  /* Keep one sort column, so the next change can be read the same way. This changes the
   * sorter again; callers that listen to it see the same answer the second time. */
  if (n_sorted > 1)
    gtk_column_view_sort_by_column (view, chosen,
                                    *descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
  return TRUE;
}
