/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A list of the positions of another list ("slots"), for a GtkListView or GtkColumnView that
 * must show a long list whose rows are often all replaced, as the employee list is on every
 * keystroke of a search. GTK 4.8 gives every item a row widget of its own and keeps 200 of
 * them alive; a new item at a position costs a new row of widgets, and 200 rows of six
 * cells took 120-320 ms a search. Over a slot model a row keeps its widgets: the slot of a
 * position stays the same object and only announces its new item ("notify::item"), which
 * the cells show again; GTK sees only the changes of the count. */

#define KR_TYPE_SLOT (kr_slot_get_type ())

G_DECLARE_FINAL_TYPE (KrSlot, kr_slot, KR, SLOT, GObject)

/* Returns: (transfer none) (nullable): the item of the wrapped list at the slot's position,
 * NULL when it could not be read or the slot was removed */
gpointer kr_slot_get_item (KrSlot *self);

#define KR_TYPE_SLOT_MODEL (kr_slot_model_get_type ())

G_DECLARE_FINAL_TYPE (KrSlotModel, kr_slot_model, KR, SLOT_MODEL, GObject)

/* A list of KrSlot, one for each item of @model. A change of @model (position, removed,
 * added) reaches the slots that exist (those a view holds) in place for the first
 * MIN (removed, added) positions, and the view as a change of the rest only. */
KrSlotModel *kr_slot_model_new (GListModel *model);

GListModel *kr_slot_model_get_model (KrSlotModel *self);

G_END_DECLS
