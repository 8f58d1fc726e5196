/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "kr-appraisal.h"

G_BEGIN_DECLS

#define KR_TYPE_APPRAISAL_ITEM (kr_appraisal_item_get_type ())

G_DECLARE_FINAL_TYPE (KrAppraisalItem, kr_appraisal_item, KR, APPRAISAL_ITEM, GObject)

/* One evaluation of the appraisal list: a KrAppraisalRow, which the item owns. */
KrAppraisalItem *kr_appraisal_item_new (KrAppraisalRow *row);

const KrAppraisalRow *kr_appraisal_item_get_row (KrAppraisalItem *self);

G_END_DECLS
