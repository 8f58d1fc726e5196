/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-compliance-model"

#include "config.h"

#include "kr-training-compliance-model.h"

#include <glib/gi18n.h>

#include "kr-training-widgets.h"

/* Items */

struct _KrTrainingComplianceItem
{
  GObject parent_instance;

  KrComplianceRow *row;
  char *jp_text;
  char *planned_text;
  char *duty_text;
  char *gap_text;
};

G_DEFINE_FINAL_TYPE (KrTrainingComplianceItem, kr_training_compliance_item, G_TYPE_OBJECT)

char *
kr_training_compliance_describe_gap (const KrComplianceRow *row)
{
  g_autofree char *number = NULL;

  if (row->gap > 0)
    {
      number = kr_training_format_jp (row->gap);
      /* Translators: %s is a number of JP the employee lacks, such as “12.5” */
      return g_strdup_printf (_ ("%s JP short"), number);
    }
  if (row->over_limit > 0)
    {
      number = kr_training_format_jp (row->over_limit);
      /* Translators: %s is a number of JP above a PPPK's yearly limit */
      return g_strdup_printf (_ ("%s JP over the limit"), number);
    }
  if (row->duty.minimum == 0 && row->duty.maximum == 0)
    return g_strdup (_ ("No duty"));
  return g_strdup (_ ("Met"));
}

static KrTrainingComplianceItem *
item_new (KrComplianceRow *row)
{
  KrTrainingComplianceItem *self = g_object_new (KR_TYPE_TRAINING_COMPLIANCE_ITEM, NULL);

  self->row = row;
  self->jp_text = kr_training_format_jp (row->jp);
  self->planned_text = kr_training_format_jp (row->jp_planned);
  if (row->duty.minimum > 0)
    /* Translators: the yearly JP an employee must earn, such as “min 20” */
    self->duty_text = g_strdup_printf (_ ("min %u"), row->duty.minimum);
  else if (row->duty.maximum > 0)
    /* Translators: the most JP a PPPK may be given in a year, such as “max 24” */
    self->duty_text = g_strdup_printf (_ ("max %u"), row->duty.maximum);
  else
    self->duty_text = g_strdup ("—");
  self->gap_text = kr_training_compliance_describe_gap (row);
  return self;
}

const KrComplianceRow *
kr_training_compliance_item_get_row (KrTrainingComplianceItem *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_COMPLIANCE_ITEM (self), NULL);
  return self->row;
}

const char *
kr_training_compliance_item_get_jp_text (KrTrainingComplianceItem *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_COMPLIANCE_ITEM (self), NULL);
  return self->jp_text;
}

const char *
kr_training_compliance_item_get_planned_text (KrTrainingComplianceItem *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_COMPLIANCE_ITEM (self), NULL);
  return self->planned_text;
}

const char *
kr_training_compliance_item_get_duty_text (KrTrainingComplianceItem *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_COMPLIANCE_ITEM (self), NULL);
  return self->duty_text;
}

const char *
kr_training_compliance_item_get_gap_text (KrTrainingComplianceItem *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_COMPLIANCE_ITEM (self), NULL);
  return self->gap_text;
}

static void
kr_training_compliance_item_finalize (GObject *object)
{
  KrTrainingComplianceItem *self = KR_TRAINING_COMPLIANCE_ITEM (object);

  g_clear_pointer (&self->row, kr_compliance_row_free);
  g_free (self->jp_text);
  g_free (self->planned_text);
  g_free (self->duty_text);
  g_free (self->gap_text);

  G_OBJECT_CLASS (kr_training_compliance_item_parent_class)->finalize (object);
}

static void
kr_training_compliance_item_class_init (KrTrainingComplianceItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kr_training_compliance_item_finalize;
}

static void
kr_training_compliance_item_init (KrTrainingComplianceItem *self)
{
}

/* The model */

struct _KrTrainingComplianceModel
{
  KrPagedModel parent_instance;

  KrComplianceQuery query;
};

G_DEFINE_FINAL_TYPE (KrTrainingComplianceModel, kr_training_compliance_model, KR_TYPE_PAGED_MODEL)

KrComplianceQuery *
kr_training_compliance_query_dup (const KrComplianceQuery *query)
{
  KrComplianceQuery *copy = g_memdup2 (query, sizeof *query);

  copy->search = g_strdup (query->search);
  return copy;
}

void
kr_training_compliance_query_free (KrComplianceQuery *query)
{
  if (query == NULL)
    return;
  g_free ((char *) query->search);
  g_free (query);
}

static gpointer
dup_page_query (KrPagedModel *model, gpointer last_item)
{
  return kr_training_compliance_query_dup (&KR_TRAINING_COMPLIANCE_MODEL (model)->query);
}

/* In a worker. */
static GPtrArray *
fetch_page (KrDatabase *reader,
            gconstpointer query,
            guint offset,
            guint limit,
            guint *count,
            GCancellable *cancellable,
            GError **error)
{
  g_autoptr (KrTrainingRepository) repository = kr_training_repository_new (reader);
  g_autoptr (GPtrArray) rows = NULL;
  GPtrArray *items;

  if (count != NULL && !kr_training_repository_count_compliance (repository, query, count, error))
    return NULL;
  items = g_ptr_array_new_with_free_func (g_object_unref);
  if (limit == 0 || g_cancellable_is_cancelled (cancellable))
    return items;
  rows = kr_training_repository_list_compliance (repository, query, offset, limit, error);
  if (rows == NULL)
    {
      g_ptr_array_unref (items);
      return NULL;
    }
  /* The items take the rows over. */
  g_ptr_array_set_free_func (rows, NULL);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (items, item_new (g_ptr_array_index (rows, i)));
  return items;
}

KrTrainingComplianceModel *
kr_training_compliance_model_new (void)
{
  return g_object_new (KR_TYPE_TRAINING_COMPLIANCE_MODEL, NULL);
}

void
kr_training_compliance_model_set_query (KrTrainingComplianceModel *self,
                                        const KrComplianceQuery *query)
{
  char *search;

  g_return_if_fail (KR_IS_TRAINING_COMPLIANCE_MODEL (self));
  g_return_if_fail (query != NULL);

  search = g_strdup (query->search);
  g_free ((char *) self->query.search);
  self->query = *query;
  self->query.search = search;
  kr_paged_model_start_over (KR_PAGED_MODEL (self));
}

const KrComplianceQuery *
kr_training_compliance_model_get_query (KrTrainingComplianceModel *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_COMPLIANCE_MODEL (self), NULL);
  return &self->query;
}

static void
kr_training_compliance_model_finalize (GObject *object)
{
  KrTrainingComplianceModel *self = KR_TRAINING_COMPLIANCE_MODEL (object);

  g_free ((char *) self->query.search);

  G_OBJECT_CLASS (kr_training_compliance_model_parent_class)->finalize (object);
}

static void
kr_training_compliance_model_class_init (KrTrainingComplianceModelClass *klass)
{
  KrPagedModelClass *paged_class = KR_PAGED_MODEL_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = kr_training_compliance_model_finalize;
  paged_class->item_type = KR_TYPE_TRAINING_COMPLIANCE_ITEM;
  paged_class->counts = TRUE;
  paged_class->fetch_page = fetch_page;
  paged_class->dup_query = dup_page_query;
  paged_class->free_query = (GDestroyNotify) kr_training_compliance_query_free;
}

static void
kr_training_compliance_model_init (KrTrainingComplianceModel *self)
{
  self->query.year = kr_training_current_year ();
  self->query.subtree = TRUE;
}
