/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-promotions-page"

#include "config.h"

#include "kr-promotions-page.h"

#include <glib/gi18n.h>

#include "kr-section-views.h"

struct _KrPromotionsPage
{
  AdwBin parent_instance;

  KrSectionViews views;
  KrPromotionCandidatesView *candidates;
  KrPromotionPipelineView *pipeline;
  KrPromotionRetirementView *retirement;
};

G_DEFINE_FINAL_TYPE (KrPromotionsPage, kr_promotions_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_FOLDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
kr_promotions_page_set_repositories (KrPromotionsPage *self,
                                     KrDatabase *database,
                                     KrPromotionRepository *promotions,
                                     KrUnitRepository *units)
{
  g_return_if_fail (KR_IS_PROMOTIONS_PAGE (self));
  g_return_if_fail (promotions == NULL || KR_IS_PROMOTION_REPOSITORY (promotions));

  kr_promotion_candidates_view_set_repositories (self->candidates, database, promotions, units);
  kr_promotion_pipeline_view_set_repositories (self->pipeline, database, promotions, units);
  kr_promotion_retirement_view_set_repositories (self->retirement, database, promotions, units);
}

const char *
kr_promotions_page_get_view (KrPromotionsPage *self)
{
  g_return_val_if_fail (KR_IS_PROMOTIONS_PAGE (self), NULL);
  return adw_view_stack_get_visible_child_name (self->views.view_stack);
}

void
kr_promotions_page_set_view (KrPromotionsPage *self, const char *name)
{
  g_return_if_fail (KR_IS_PROMOTIONS_PAGE (self));
  adw_view_stack_set_visible_child_name (self->views.view_stack, name);
}

KrPromotionCandidatesView *
kr_promotions_page_get_candidates (KrPromotionsPage *self)
{
  g_return_val_if_fail (KR_IS_PROMOTIONS_PAGE (self), NULL);
  return self->candidates;
}

KrPromotionPipelineView *
kr_promotions_page_get_pipeline (KrPromotionsPage *self)
{
  g_return_val_if_fail (KR_IS_PROMOTIONS_PAGE (self), NULL);
  return self->pipeline;
}

KrPromotionRetirementView *
kr_promotions_page_get_retirement (KrPromotionsPage *self)
{
  g_return_val_if_fail (KR_IS_PROMOTIONS_PAGE (self), NULL);
  return self->retirement;
}

static void
kr_promotions_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KrPromotionsPage *self = KR_PROMOTIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_FOLDED:
      g_value_set_boolean (value, kr_section_views_get_folded (&self->views));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_promotions_page_set_property (GObject *object,
                                 guint prop_id,
                                 const GValue *value,
                                 GParamSpec *pspec)
{
  KrPromotionsPage *self = KR_PROMOTIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_FOLDED:
      if (kr_section_views_set_folded (&self->views, g_value_get_boolean (value)))
        g_object_notify_by_pspec (object, pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_promotions_page_dispose (GObject *object)
{
  KrPromotionsPage *self = KR_PROMOTIONS_PAGE (object);

  if (self->candidates != NULL)
    kr_promotions_page_set_repositories (self, NULL, NULL, NULL);
  self->candidates = NULL;
  self->pipeline = NULL;
  self->retirement = NULL;
  kr_section_views_dispose (&self->views, ADW_BIN (self));

  G_OBJECT_CLASS (kr_promotions_page_parent_class)->dispose (object);
}

static void
kr_promotions_page_class_init (KrPromotionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kr_promotions_page_dispose;
  object_class->get_property = kr_promotions_page_get_property;
  object_class->set_property = kr_promotions_page_set_property;

  properties[PROP_FOLDED] =
      g_param_spec_boolean ("folded", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kr_promotions_page_init (KrPromotionsPage *self)
{
  kr_section_views_init (&self->views, ADW_BIN (self), _ ("Promotions"));

  self->candidates = KR_PROMOTION_CANDIDATES_VIEW (
      kr_section_views_add (&self->views, kr_promotion_candidates_view_new (), "candidates",
                            _ ("_Candidates"), "system-users-symbolic"));
  self->pipeline = KR_PROMOTION_PIPELINE_VIEW (
      kr_section_views_add (&self->views, kr_promotion_pipeline_view_new (), "pipeline",
                            _ ("_Pipeline"), "go-up-symbolic"));
  self->retirement = KR_PROMOTION_RETIREMENT_VIEW (
      kr_section_views_add (&self->views, kr_promotion_retirement_view_new (), "retirement",
                            _ ("_Retirement"), "x-office-calendar-symbolic"));
}

GtkWidget *
kr_promotions_page_new (void)
{
  return g_object_new (KR_TYPE_PROMOTIONS_PAGE, NULL);
}
