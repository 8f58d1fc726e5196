/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KR_TYPE_COLUMN_SORTER (kr_column_sorter_get_type ())

G_DECLARE_FINAL_TYPE (KrColumnSorter, kr_column_sorter, KR, COLUMN_SORTER, GtkSorter)

/* A column sorter that sorts nothing itself: it marks a column as sortable by @key, so that
 * the model behind the view can sort in SQL. GTK 4.8 cannot tell which column a
 * GtkColumnView sorts by (the getters came in 4.10); kr_column_view_get_sort() finds out. */
GtkSorter *kr_column_sorter_new (int key);

int kr_column_sorter_get_key (KrColumnSorter *self);

/* Finds the column the user sorted @view by. @previous_key is the key in force before the
 * change: when a click adds a new column in front of it, the new one wins. The view is then
 * left sorted by that one column only. Returns FALSE when no column sorts. */
gboolean
kr_column_view_get_sort (GtkColumnView *view, int previous_key, int *key, gboolean *descending);

G_END_DECLS
