/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-dashboard-page.h"

G_BEGIN_DECLS

/* Shared by the files of the Dashboard page:
 * - kr-dashboard-page.c: the page, its toolbar and the reading in workers;
 * - kr-dashboard-cards.c: the cards, filled from the snapshot, and what their buttons do. */

/* The 9-box card's index in @cards, after the charts */
#define KR_DASHBOARD_TALENT_CARD KR_DASHBOARD_N_CHARTS
#define KR_DASHBOARD_N_CARDS     (KR_DASHBOARD_N_CHARTS + 1)

typedef struct
{
  GtkWidget *frame;
  GtkLabel *title;
  GtkStack *stack; /* "loading", "chart", "error" */
  GtkLabel *error;
  GtkWidget *content; /* a KrChart, or the KrTalentGridView */
} KrDashboardCard;

struct _KrDashboardPage
{
  AdwBin parent_instance;

  gboolean folded;
  GtkWidget *back_button;
  AdwWindowTitle *window_title;
  GtkDropDown *unit_dropdown;
  GArray *unit_ids;
  GtkSpinButton *year_spin;
  GtkWidget *print_button;
  GtkFlowBox *flow;
  KrDashboardCard cards[KR_DASHBOARD_N_CARDS];

  KrDatabase *database;
  KrDashboardRepository *dashboard;
  KrTalentRepository *talent;
  KrUnitRepository *units;
  GPtrArray *boxes; /* KrTalentBox: the 9-box's rows */

  KrDashboardSnapshot *snapshot;
  GCancellable *cancellable;
  guint pending;
  /* Whether the next read opens on the latest appraised year */
  gboolean latest_year;
};

/* Builds the cards into @self->flow. */
void _kr_dashboard_cards_build (KrDashboardPage *self);

/* Shows the spinner on the cards of @parts. */
void _kr_dashboard_cards_loading (KrDashboardPage *self, KrDashboardParts parts);

/* Fills the cards of @parts from @self->snapshot. */
void _kr_dashboard_cards_fill (KrDashboardPage *self, KrDashboardParts parts);

/* Shows @message on the cards of @parts. */
void _kr_dashboard_cards_error (KrDashboardPage *self, KrDashboardParts parts, const char *message);

/* The page's actions: dashboard.print, dashboard.print-chart (i), dashboard.export-chart (i). */
void _kr_dashboard_cards_install_actions (GtkWidgetClass *widget_class);

G_END_DECLS
