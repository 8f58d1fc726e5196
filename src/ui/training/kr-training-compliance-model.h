/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kr-paged-model.h"
#include "kr-training-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_TRAINING_COMPLIANCE_ITEM (kr_training_compliance_item_get_type ())

G_DECLARE_FINAL_TYPE (KrTrainingComplianceItem,
                      kr_training_compliance_item,
                      KR,
                      TRAINING_COMPLIANCE_ITEM,
                      GObject)

/* One employee of the compliance list, with the texts its cells show written out in the
 * worker that read it. */
const KrComplianceRow *kr_training_compliance_item_get_row (KrTrainingComplianceItem *self);
/* "20", "2.67" */
const char *kr_training_compliance_item_get_jp_text (KrTrainingComplianceItem *self);
const char *kr_training_compliance_item_get_planned_text (KrTrainingComplianceItem *self);
/* "min 20" or "max 24" */
const char *kr_training_compliance_item_get_duty_text (KrTrainingComplianceItem *self);
/* "12.5 short", "6 over the limit" or "Met" */
const char *kr_training_compliance_item_get_gap_text (KrTrainingComplianceItem *self);

#define KR_TYPE_TRAINING_COMPLIANCE_MODEL (kr_training_compliance_model_get_type ())

G_DECLARE_FINAL_TYPE (KrTrainingComplianceModel,
                      kr_training_compliance_model,
                      KR,
                      TRAINING_COMPLIANCE_MODEL,
                      KrPagedModel)

/* A lazy list of KrTrainingComplianceItem: what kr_training_repository_list_compliance ()
 * returns for a query, a page at a time in workers, counted with the first page. */
KrTrainingComplianceModel *kr_training_compliance_model_new (void);

/* Starts over with a copy of @query (its search is copied). */
void kr_training_compliance_model_set_query (KrTrainingComplianceModel *self,
                                             const KrComplianceQuery *query);
const KrComplianceQuery *kr_training_compliance_model_get_query (KrTrainingComplianceModel *self);

/* A copy of @query that owns its search; free with kr_training_compliance_query_free (). */
KrComplianceQuery *kr_training_compliance_query_dup (const KrComplianceQuery *query);
void kr_training_compliance_query_free (KrComplianceQuery *query);

/* "12.5 short" etc. as the item does, for CSV files and tests. */
char *kr_training_compliance_describe_gap (const KrComplianceRow *row);

G_END_DECLS
