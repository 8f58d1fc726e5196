/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-talent-page"

#include "config.h"

#include "kr-talent-page.h"

#include <glib/gi18n.h>

#include "kr-search-focus.h"

struct _KrTalentPage
{
  AdwBin parent_instance;

  AdwHeaderBar *header_bar;
  GtkWidget *back_button;
  AdwViewStack *view_stack;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcher *switcher;
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

static GtkWidget *
add_view (KrTalentPage *self,
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

/* "Start selection" on a vacancy: its selection's page */
static void
on_show_selection_cb (KrVacanciesView *vacancies, gint64 selection_id, KrTalentPage *self)
{
  adw_view_stack_set_visible_child_name (self->view_stack, "selections");
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
  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
kr_talent_page_set_view (KrTalentPage *self, const char *name)
{
  g_return_if_fail (KR_IS_TALENT_PAGE (self));
  adw_view_stack_set_visible_child_name (self->view_stack, name);
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
      g_value_set_boolean (value, gtk_widget_get_visible (self->back_button));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_talent_page_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  KrTalentPage *self = KR_TALENT_PAGE (object);
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
kr_talent_page_dispose (GObject *object)
{
  KrTalentPage *self = KR_TALENT_PAGE (object);

  if (self->vacancies != NULL)
    kr_talent_page_set_repositories (self, NULL, NULL, NULL, NULL, NULL);
  /* The switchers let go of the stack before it goes: libadwaita 1.2 trips over a stack
   * disposed under them. */
  if (self->switcher != NULL)
    adw_view_switcher_set_stack (self->switcher, NULL);
  if (self->switcher_title != NULL)
    adw_view_switcher_title_set_stack (self->switcher_title, NULL);
  self->switcher = NULL;
  self->switcher_title = NULL;
  self->vacancies = NULL;
  self->selections = NULL;
  self->pool = NULL;
  self->succession = NULL;
  adw_bin_set_child (ADW_BIN (self), NULL);

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

/* What AdwViewSwitcherBar shows, without its revealer: with animations off (the tests)
 * libadwaita 1.2's bar allocates a negative height while revealing. */
static GtkWidget *
build_switcher_bar (KrTalentPage *self)
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
kr_talent_page_init (KrTalentPage *self)
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
  adw_view_switcher_title_set_title (self->switcher_title, _ ("Selection & Talent"));
  adw_header_bar_set_title_widget (self->header_bar, GTK_WIDGET (self->switcher_title));

  self->vacancies = kr_vacancies_view_new ();
  add_view (self, GTK_WIDGET (self->vacancies), "vacancies", _ ("_Vacancies"),
            "edit-find-symbolic");
  self->selections = kr_selections_view_new ();
  add_view (self, GTK_WIDGET (self->selections), "selections", _ ("_Selections"),
            "view-list-bullet-symbolic");
  g_signal_connect_object (self->vacancies, "show-selection", G_CALLBACK (on_show_selection_cb),
                           self, 0);
  self->pool = KR_TALENT_POOL_VIEW (add_view (self, kr_talent_pool_view_new (), "pool",
                                              _ ("Talent _Pool"), "view-grid-symbolic"));
  self->succession = KR_SUCCESSION_VIEW (add_view (self, kr_succession_view_new (), "succession",
                                                   _ ("S_uccession"), "system-users-symbolic"));

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
kr_talent_page_new (void)
{
  return g_object_new (KR_TYPE_TALENT_PAGE, NULL);
}
