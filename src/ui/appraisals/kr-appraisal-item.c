/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-appraisal-item"

#include "config.h"

#include "kr-appraisal-item.h"

struct _KrAppraisalItem
{
  GObject parent_instance;

  KrAppraisalRow *row;
};

G_DEFINE_FINAL_TYPE (KrAppraisalItem, kr_appraisal_item, G_TYPE_OBJECT)

static void
kr_appraisal_item_finalize (GObject *object)
{
  KrAppraisalItem *self = KR_APPRAISAL_ITEM (object);

  g_clear_pointer (&self->row, kr_appraisal_row_free);

  G_OBJECT_CLASS (kr_appraisal_item_parent_class)->finalize (object);
}

static void
kr_appraisal_item_class_init (KrAppraisalItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kr_appraisal_item_finalize;
}

static void
kr_appraisal_item_init (KrAppraisalItem *self)
{
}

KrAppraisalItem *
kr_appraisal_item_new (KrAppraisalRow *row)
{
  KrAppraisalItem *self;

  g_return_val_if_fail (row != NULL, NULL);

  self = g_object_new (KR_TYPE_APPRAISAL_ITEM, NULL);
  self->row = row;
  return self;
}

const KrAppraisalRow *
kr_appraisal_item_get_row (KrAppraisalItem *self)
{
  g_return_val_if_fail (KR_IS_APPRAISAL_ITEM (self), NULL);

  return self->row;
}
