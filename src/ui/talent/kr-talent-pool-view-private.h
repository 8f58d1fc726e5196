/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-talent-box-dialog.h"
#include "kr-talent-pool-view.h"

G_BEGIN_DECLS

struct _KrTalentPoolView
{
  AdwBin parent_instance;

  KrDatabase *database;
  KrTalentRepository *talent;
  KrUnitRepository *units;
  GArray *unit_ids;
  GCancellable *cancellable;
  gboolean loading;
  gboolean filling;
  gboolean has_counts;
  KrTalentGridCounts counts;
  GPtrArray *boxes; /* KrTalentBox */
  KrTalentBoxDialog *box_dialog;

  GtkDropDown *unit_dropdown;
  GtkSpinButton *year_spin;
  GtkToggleButton *table_toggle;
  GtkWidget *assess_button;
  GtkWidget *print_button;
  GtkLabel *count_label;
  GtkStack *stack;
  AdwStatusPage *empty_page;
  GtkStack *shape_stack;
  KrTalentGridView *grid;
  GtkListBox *table;
  GtkWidget *no_appraisal_row;
  GtkWidget *no_assessment_row;
  GtkWidget *excluded_row;
};

/* "Box 7: Above expectations, Medium potential" */
char *_kr_talent_box_title (const KrTalentBox *box);

/* kr-talent-pool-view-actions.c: pool.show-box, pool.show-status, pool.assess, pool.print */
void _kr_talent_pool_view_class_add_actions (GtkWidgetClass *widget_class);

G_END_DECLS
