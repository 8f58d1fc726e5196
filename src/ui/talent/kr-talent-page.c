/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-talent-page"

#include "config.h"

#include "kr-talent-page.h"

#include <glib/gi18n.h>

#include "kr-section-views.h"

struct _KrTalentPage
{
  AdwBin parent_instance;

  KrSectionViews views;
  KrVacanciesView *vacancies;
  KrSelectionsView *selections;
  KrTalentPoolView *pool;
  KrSuccessionView *succession;
};

G_DEFINE_FINAL_TYPE (KrTalentPage, kr_talent_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_FOLDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "Start selection" on a vacancy: its selection's page */
static void
on_show_selection_cb (KrVacanciesView *vacancies, gint64 selection_id, KrTalentPage *self)
{
  adw_view_stack_set_visible_child_name (self->views.view_stack, "selections");
  kr_selections_view_show_selection (self->selections, selection_id);
}

void
kr_talent_page_set_repositories (KrTalentPage *self,
                                 KrDatabase *database,
                                 KrVacancyRepository *vacancies,
                                 KrSelectionRepository *selections,
                                 KrTalentRepository *talent,
                                 KrUnitRepository *units)
{
  g_return_if_fail (KR_IS_TALENT_PAGE (self));
  g_return_if_fail (database == NULL || KR_IS_DATABASE (database));

  kr_vacancies_view_set_repositories (self->vacancies, database, vacancies, selections, units);
  kr_selections_view_set_repositories (self->selections, database, selections, units);
  kr_talent_pool_view_set_repositories (self->pool, database, talent, units);
  kr_succession_view_set_repositories (self->succession, database, talent, units);
}

const char *
kr_talent_page_get_view (KrTalentPage *self)
{
  g_return_val_if_fail (KR_IS_TALENT_PAGE (self), NULL);
  return adw_view_stack_get_visible_child_name (self->views.view_stack);
}

void
kr_talent_page_set_view (KrTalentPage *self, const char *name)
{
  g_return_if_fail (KR_IS_TALENT_PAGE (self));
  adw_view_stack_set_visible_child_name (self->views.view_stack, name);
}

KrVacanciesView *
kr_talent_page_get_vacancies (KrTalentPage *self)
{
  g_return_val_if_fail (KR_IS_TALENT_PAGE (self), NULL);
  return self->vacancies;
}

KrSelectionsView *
kr_talent_page_get_selections (KrTalentPage *self)
{
  g_return_val_if_fail (KR_IS_TALENT_PAGE (self), NULL);
  return self->selections;
}

KrTalentPoolView *
kr_talent_page_get_pool (KrTalentPage *self)
{
  g_return_val_if_fail (KR_IS_TALENT_PAGE (self), NULL);
  return self->pool;
}

KrSuccessionView *
kr_talent_page_get_succession (KrTalentPage *self)
{
  g_return_val_if_fail (KR_IS_TALENT_PAGE (self), NULL);
  return self->succession;
}

static void
kr_talent_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KrTalentPage *self = KR_TALENT_PAGE (object);

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
kr_talent_page_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  KrTalentPage *self = KR_TALENT_PAGE (object);

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
kr_talent_page_dispose (GObject *object)
{
  KrTalentPage *self = KR_TALENT_PAGE (object);

  if (self->vacancies != NULL)
    kr_talent_page_set_repositories (self, NULL, NULL, NULL, NULL, NULL);
  self->vacancies = NULL;
  self->selections = NULL;
  self->pool = NULL;
  self->succession = NULL;
  kr_section_views_dispose (&self->views, ADW_BIN (self));

  G_OBJECT_CLASS (kr_talent_page_parent_class)->dispose (object);
}

static void
kr_talent_page_class_init (KrTalentPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kr_talent_page_dispose;
  object_class->get_property = kr_talent_page_get_property;
  object_class->set_property = kr_talent_page_set_property;

  properties[PROP_FOLDED] =
      g_param_spec_boolean ("folded", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kr_talent_page_init (KrTalentPage *self)
{
  kr_section_views_init (&self->views, ADW_BIN (self), _ ("Selection & Talent"));

  self->vacancies = kr_vacancies_view_new ();
  kr_section_views_add (&self->views, GTK_WIDGET (self->vacancies), "vacancies", _ ("_Vacancies"),
                        "edit-find-symbolic");
  self->selections = kr_selections_view_new ();
  kr_section_views_add (&self->views, GTK_WIDGET (self->selections), "selections",
                        _ ("_Selections"), "view-list-bullet-symbolic");
  g_signal_connect_object (self->vacancies, "show-selection", G_CALLBACK (on_show_selection_cb),
                           self, 0);
  self->pool = KR_TALENT_POOL_VIEW (kr_section_views_add (
      &self->views, kr_talent_pool_view_new (), "pool", _ ("Talent _Pool"), "view-grid-symbolic"));
  self->succession = KR_SUCCESSION_VIEW (
      kr_section_views_add (&self->views, kr_succession_view_new (), "succession",
                            _ ("S_uccession"), "system-users-symbolic"));
}

GtkWidget *
kr_talent_page_new (void)
{
  return g_object_new (KR_TYPE_TALENT_PAGE, NULL);
}
