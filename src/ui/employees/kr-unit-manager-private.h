/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-unit-manager.h"

G_BEGIN_DECLS

/* KrUnitItem: a unit as an item of the tree model, private to the unit manager. */

#define KR_TYPE_UNIT_ITEM (kr_unit_item_get_type ())

G_DECLARE_FINAL_TYPE (KrUnitItem, kr_unit_item, KR, UNIT_ITEM, GObject)

struct _KrUnitItem
{
  GObject parent_instance;

  KrUnit *unit;
};

struct _KrUnitManager
{
  AdwWindow parent_instance;

  KrUnitRepository *unit_repository;
  GListStore *roots;
  GtkTreeListModel *tree;
  GtkSingleSelection *selection;
  /* A copy of the selected unit, NULL when none. */
  KrUnit *selected;
  /* Set while the tree is rebuilt, when the selection changes are not the user's. */
  gboolean refreshing;
  /* Every unit, depth first, and how the pickers label them. */
  GPtrArray *flat_units;
  GPtrArray *flat_labels;
  /* The position on the position page: a copy, or a new one. */
  KrPositionRecord *position;
  gboolean position_is_new;
  gboolean position_name_edited;
  /* What Undo puts back while its toast shows: a unit or a position. */
  KrUnit *undo_unit;
  KrPositionRecord *undo_position;
  AdwToast *undo_toast;

  AdwToastOverlay *toast_overlay;
  GtkStack *page_stack;
  AdwLeaflet *leaflet;
  GtkMenuButton *add_unit_button;
  GtkPopover *add_popover;
  AdwComboRow *add_parent_row;
  AdwComboRow *add_kind_row;
  AdwEntryRow *add_code_row;
  AdwEntryRow *add_name_row;
  GtkLabel *add_error;
  GtkButton *add_button;
  GtkStack *tree_stack;
  GtkListView *unit_list;
  AdwWindowTitle *details_title;
  GtkStack *detail_stack;
  AdwEntryRow *name_row;
  AdwActionRow *code_row;
  AdwActionRow *kind_row;
  AdwActionRow *parent_row;
  GtkMenuButton *move_button;
  GtkListBox *move_list;
  GtkLabel *unit_error;
  GtkListBox *position_list;
  AdwWindowTitle *position_title;
  GtkButton *save_position_button;
  AdwEntryRow *position_name_row;
  AdwComboRow *position_kind_row;
  AdwComboRow *position_level_row;
  GtkSpinButton *kelas_spin;
  GtkSwitch *head_switch;
  GtkLabel *position_error;
};

/* kr-unit-manager.c: feedback shared by the pages of the window. */
void _kr_unit_manager_show_toast (KrUnitManager *self, const char *message);
void _kr_unit_manager_show_refusal (KrUnitManager *self, const char *heading, const char *message);
void _kr_unit_manager_mark_row (GtkWidget *row, const char *message);
void _kr_unit_manager_show_label (GtkLabel *label, const char *message);
void _kr_unit_manager_offer_undo (KrUnitManager *self, KrUnit *unit, KrPositionRecord *position);

/* kr-unit-manager-tree.c: the unit tree as a GtkTreeListModel of KrUnitItem, and the flat list
 * of every unit for the pickers. */
GListModel *_kr_unit_manager_create_children_cb (gpointer item, gpointer user_data);
void _kr_unit_manager_load_flat_units (KrUnitManager *self);
void _kr_unit_manager_reload_tree (KrUnitManager *self);

/* kr-unit-manager-positions.c: the positions of the selected unit and the page that adds or
 * edits one: units.add-position, .edit-position, .delete-position, .save-position and
 * .cancel-position. */
void _kr_unit_manager_clear_list (GtkListBox *list);
void _kr_unit_manager_show_positions (KrUnitManager *self);
void _kr_unit_manager_fill_models (KrUnitManager *self);
void _kr_unit_manager_class_add_position_page (GtkWidgetClass *widget_class);

G_END_DECLS
