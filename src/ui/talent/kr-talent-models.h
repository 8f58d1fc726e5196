/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kr-paged-model.h"
#include "kr-read-job.h"
#include "kr-talent-repository.h"

G_BEGIN_DECLS

/* What the talent pool and succession views share. */

/* kr_talent_read_job_run () and _finish (): kr_read_job_run () through a KrTalentRepository of
 * the worker's own. */
KR_DEFINE_READ_JOB (KrTalentRepository,
                    KrTalentReadFunc,
                    kr_talent_read_job,
                    kr_talent_repository_get_database,
                    kr_talent_repository_new)

#define KR_TYPE_TALENT_ITEM (kr_talent_item_get_type ())

G_DECLARE_FINAL_TYPE (KrTalentItem, kr_talent_item, KR, TALENT_ITEM, GObject)

/* One row of a 9-box employee list: a KrTalentEntry owned by the item. */
const KrTalentEntry *kr_talent_item_get_entry (KrTalentItem *self);

#define KR_TYPE_TALENT_ENTRY_MODEL (kr_talent_entry_model_get_type ())

G_DECLARE_FINAL_TYPE (KrTalentEntryModel,
                      kr_talent_entry_model,
                      KR,
                      TALENT_ENTRY_MODEL,
                      KrPagedModel)

/* A lazy list of the employees of a 9-box query (kr_talent_repository_list_employees ()),
 * read a page at a time in workers, counted with the first page. */
KrTalentEntryModel *kr_talent_entry_model_new (void);
/* Starts over with a copy of @query. */
void kr_talent_entry_model_set_query (KrTalentEntryModel *self, const KrTalentQuery *query);
const KrTalentQuery *kr_talent_entry_model_get_query (KrTalentEntryModel *self);

G_END_DECLS
