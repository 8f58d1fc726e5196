/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-promotions-page"

#include "config.h"

#include "kr-promotions-page.h"

#include <glib/gi18n.h>

#include "kr-search-focus.h"

struct _KrPromotionsPage
{
  AdwBin parent_instance;

  AdwHeaderBar *header_bar;
  GtkWidget *back_button;
  AdwViewStack *view_stack;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcher *switcher;
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

static GtkWidget *
add_view (KrPromotionsPage *self,
          GtkWidget *view,
          const char *name,
          const char *title,
          const char *icon_name)
{
  AdwViewStackPage *page = adw_view_stack_add_titled (self->view_stack, view, name, title);

  adw_view_stack_page_set_icon_name (page, icon_name);
  adw_view_stack_page_set_use_underline (page, TRUE);
  return view;
}

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
  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
kr_promotions_page_set_view (KrPromotionsPage *self, const char *name)
{
  g_return_if_fail (KR_IS_PROMOTIONS_PAGE (self));
  adw_view_stack_set_visible_child_name (self->view_stack, name);
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
      g_value_set_boolean (value, gtk_widget_get_visible (self->back_button));
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
  gboolean folded;

  switch (prop_id)
    {
    case PROP_FOLDED:
      folded = g_value_get_boolean (value);
      if (gtk_widget_get_visible (self->back_button) == folded)
        return;
      gtk_widget_set_visible (self->back_button, folded);
      adw_header_bar_set_show_start_title_buttons (self->header_bar, folded);
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
  /* The switchers let go of the stack before it goes: libadwaita 1.2 trips over a stack
   * disposed under them. */
  if (self->switcher != NULL)
    adw_view_switcher_set_stack (self->switcher, NULL);
  if (self->switcher_title != NULL)
    adw_view_switcher_title_set_stack (self->switcher_title, NULL);
  self->switcher = NULL;
  self->switcher_title = NULL;
  self->candidates = NULL;
  self->pipeline = NULL;
  self->retirement = NULL;
  adw_bin_set_child (ADW_BIN (self), NULL);

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

/* What AdwViewSwitcherBar shows, without its revealer: with animations off (the tests)
 * libadwaita 1.2's bar allocates a negative height while revealing. */
static GtkWidget *
build_switcher_bar (KrPromotionsPage *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->switcher = ADW_VIEW_SWITCHER (adw_view_switcher_new ());
  adw_view_switcher_set_stack (self->switcher, self->view_stack);
  adw_view_switcher_set_policy (self->switcher, ADW_VIEW_SWITCHER_POLICY_NARROW);
  gtk_widget_set_margin_start (GTK_WIDGET (self->switcher), 6);
  gtk_widget_set_margin_end (GTK_WIDGET (self->switcher), 6);
  gtk_widget_set_margin_top (GTK_WIDGET (self->switcher), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->switcher), 6);
  gtk_box_append (GTK_BOX (bar), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->switcher));
  g_object_bind_property (self->switcher_title, "title-visible", bar, "visible",
                          G_BINDING_SYNC_CREATE);
  return bar;
}

static void
kr_promotions_page_init (KrPromotionsPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->header_bar = ADW_HEADER_BAR (adw_header_bar_new ());
  adw_header_bar_set_centering_policy (self->header_bar, ADW_CENTERING_POLICY_STRICT);
  self->back_button = gtk_button_new_from_icon_name ("go-previous-symbolic");
  gtk_widget_set_tooltip_text (self->back_button, _ ("Back"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->back_button), "win.show-sidebar");
  adw_header_bar_pack_start (self->header_bar, self->back_button);
  self->view_stack = ADW_VIEW_STACK (adw_view_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->view_stack), TRUE);
  self->switcher_title = ADW_VIEW_SWITCHER_TITLE (adw_view_switcher_title_new ());
  adw_view_switcher_title_set_stack (self->switcher_title, self->view_stack);
  adw_view_switcher_title_set_title (self->switcher_title, _ ("Promotions"));
  adw_header_bar_set_title_widget (self->header_bar, GTK_WIDGET (self->switcher_title));

  self->candidates = KR_PROMOTION_CANDIDATES_VIEW (
      add_view (self, kr_promotion_candidates_view_new (), "candidates", _ ("_Candidates"),
                "system-users-symbolic"));
  self->pipeline = KR_PROMOTION_PIPELINE_VIEW (add_view (
      self, kr_promotion_pipeline_view_new (), "pipeline", _ ("_Pipeline"), "go-up-symbolic"));
  self->retirement = KR_PROMOTION_RETIREMENT_VIEW (
      add_view (self, kr_promotion_retirement_view_new (), "retirement", _ ("_Retirement"),
                "x-office-calendar-symbolic"));

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->header_bar));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->view_stack));
  gtk_box_append (GTK_BOX (box), build_switcher_bar (self));
  adw_bin_set_child (ADW_BIN (self), box);
  /* Ctrl+F: the search entry of the view shown */
  kr_search_focus_add_shortcut (GTK_WIDGET (self), self->view_stack);
  gtk_widget_set_visible (self->back_button, FALSE);
  adw_header_bar_set_show_start_title_buttons (self->header_bar, FALSE);
}

GtkWidget *
kr_promotions_page_new (void)
{
  return g_object_new (KR_TYPE_PROMOTIONS_PAGE, NULL);
}
