/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "kr-talent-grid.h"

G_BEGIN_DECLS

#define KR_TYPE_TALENT_GRID_VIEW (kr_talent_grid_view_get_type ())

G_DECLARE_FINAL_TYPE (KrTalentGridView, kr_talent_grid_view, KR, TALENT_GRID_VIEW, GtkWidget)

/* The 9-box on screen, drawn by kr-talent-grid.h with a light or dark palette that follows
 * AdwStyleManager. A click on a box, or Enter / Space on the box the arrow keys moved to,
 * emits "box-activated" (guint box). The tooltip of a box gives its count, share and
 * follow-up; the accessible role is img, with a label and a description of every count. */
GtkWidget *kr_talent_grid_view_new (void);

/* @cells: the boxes with their counts (at most 9, copied); @follow_ups: (nullable) each box's
 * follow-up (tindak lanjut), in the order of @cells, copied; @n_cells: how many. */
void kr_talent_grid_view_set_cells (KrTalentGridView *self,
                                    const KrTalentGridCell *cells,
                                    const char *const *follow_ups,
                                    guint n_cells);

/* The size the view asks for (640 × 440 unless changed). */
void kr_talent_grid_view_set_natural_size (KrTalentGridView *self, int width, int height);

/* The count of box @box (0 when it has no cell) and the sum of every count. */
guint kr_talent_grid_view_get_count (KrTalentGridView *self, guint box);
guint kr_talent_grid_view_get_total (KrTalentGridView *self);

/* The box the keyboard is on (the first pool box until the arrows move). */
guint kr_talent_grid_view_get_focus_box (KrTalentGridView *self);

/* What the screen reader gets as the description (also for tests). */
const char *kr_talent_grid_view_get_description (KrTalentGridView *self);

/* Where box @box is in the widget's coordinates, at its present size; FALSE when it is not
 * laid out (no such box, no size yet). */
gboolean
kr_talent_grid_view_get_box_rect (KrTalentGridView *self, guint box, graphene_rect_t *rect);

/* The box under a point of the widget, or 0. */
guint kr_talent_grid_view_hit (KrTalentGridView *self, double x, double y);

/* What a click at (@x, @y) does (tests click through this, as the gesture does). */
void _kr_talent_grid_view_click (KrTalentGridView *self, double x, double y);

G_END_DECLS
