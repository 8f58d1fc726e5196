/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kr-training.h"

G_BEGIN_DECLS

#define KR_TYPE_TRAINING_ITEM (kr_training_item_get_type ())

G_DECLARE_FINAL_TYPE (KrTrainingItem, kr_training_item, KR, TRAINING_ITEM, GObject)

/* A list-model item holding one plain training value (a KrCourse, a KrTrainingSession or a
 * KrEnrolment), which it owns and frees with @free_func. */
KrTrainingItem *kr_training_item_new (gpointer value, GDestroyNotify free_func);

gpointer kr_training_item_get_value (KrTrainingItem *self);

/* Fills @store with items of every element of @values (taking them: @values is left with a
 * free function of NULL); @free_func frees one element. */
void kr_training_item_fill_store (GListStore *store, GPtrArray *values, GDestroyNotify free_func);

G_END_DECLS
