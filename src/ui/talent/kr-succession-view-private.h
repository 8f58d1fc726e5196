/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-succession-view.h"

G_BEGIN_DECLS

/* What Undo puts back */
typedef struct
{
  gint64 plan_id;
  gint64 employee_id;
  KrSuccessorReadiness readiness;
  guint rank;
  char *gaps;
} Removed;

struct _KrSuccessionView
{
  AdwBin parent_instance;

  KrDatabase *database;
  KrTalentRepository *talent;
  KrUnitRepository *units;
  GArray *unit_ids;
  GCancellable *cancellable;
  gboolean loading;
  gboolean filling;
  GPtrArray *plans;      /* KrSuccessionPlan */
  GHashTable *expanded;  /* plan ids whose rows are open */
  GHashTable *plan_rows; /* plan id → row */
  Removed *removed;
  AdwToast *undo_toast;

  GtkDropDown *unit_dropdown;
  GtkToggleButton *gaps_toggle;
  GtkWidget *add_button;
  GtkLabel *count_label;
  GtkStack *stack;
  AdwStatusPage *empty_page;
  GtkListBox *list;
};

void _kr_succession_removed_free (Removed *removed);
gboolean _kr_succession_view_can_write (KrSuccessionView *self);

/* kr-succession-view-actions.c: succession.add-plan, add-successor, move-up, move-down,
 * remove (with Undo), edit-successor (readiness and gaps), edit-note, delete-plan, print */
void _kr_succession_view_class_add_actions (GtkWidgetClass *widget_class);

G_END_DECLS
