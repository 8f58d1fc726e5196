/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-unit-manager"

#include "config.h"

#include "kr-unit-manager.h"

#include <glib/gi18n.h>

#include "kr-combo-rows.h"
#include "kr-error.h"

/* KrUnitItem: a unit as an item of the tree model, private to this window. */

#define KR_TYPE_UNIT_ITEM (kr_unit_item_get_type ())

G_DECLARE_FINAL_TYPE (KrUnitItem, kr_unit_item, KR, UNIT_ITEM, GObject)

struct _KrUnitItem
{
  GObject parent_instance;

  KrUnit *unit;
};

G_DEFINE_FINAL_TYPE (KrUnitItem, kr_unit_item, G_TYPE_OBJECT)

enum
{
  ITEM_PROP_0,
  ITEM_PROP_NAME,
  ITEM_PROP_KIND_LABEL,
  ITEM_N_PROPS
};

static GParamSpec *item_properties[ITEM_N_PROPS];

static void
kr_unit_item_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KrUnitItem *self = KR_UNIT_ITEM (object);

  switch (prop_id)
    {
    case ITEM_PROP_NAME:
      g_value_set_string (value, self->unit->name);
      break;

    case ITEM_PROP_KIND_LABEL:
      g_value_set_string (value, kr_unit_kind_get_label (self->unit->kind));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_unit_item_finalize (GObject *object)
{
  g_clear_pointer (&KR_UNIT_ITEM (object)->unit, kr_unit_free);

  G_OBJECT_CLASS (kr_unit_item_parent_class)->finalize (object);
}

static void
kr_unit_item_class_init (KrUnitItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = kr_unit_item_get_property;
  object_class->finalize = kr_unit_item_finalize;

  item_properties[ITEM_PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  item_properties[ITEM_PROP_KIND_LABEL] =
      g_param_spec_string ("kind-label", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, ITEM_N_PROPS, item_properties);
}

static void
kr_unit_item_init (KrUnitItem *self)
{
}

static KrUnitItem *
kr_unit_item_new (const KrUnit *unit)
{
  KrUnitItem *self = g_object_new (KR_TYPE_UNIT_ITEM, NULL);

  self->unit = kr_unit_copy (unit);
  return self;
}

/* The window */

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

G_DEFINE_FINAL_TYPE (KrUnitManager, kr_unit_manager, ADW_TYPE_WINDOW)

static void
show_toast (KrUnitManager *self, const char *message)
{
  g_autofree char *markup = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (markup));
}

/* Refusals are read in full and acknowledged, so they get a dialog rather than a toast. */
static void
show_refusal (KrUnitManager *self, const char *heading, const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
mark_row (GtkWidget *row, const char *message)
{
  if (message != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
  gtk_widget_set_tooltip_text (row, message);
}

static void
show_label (GtkLabel *label, const char *message)
{
  gtk_label_set_label (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

/* The unit kind that usually sits under @parent (NULL: a root). */
static KrUnitKind
child_kind (const KrUnit *parent)
{
  if (parent == NULL)
    return KR_UNIT_KIND_INSTANSI;
  switch (parent->kind)
    {
    case KR_UNIT_KIND_INSTANSI:
      return KR_UNIT_KIND_PERANGKAT_DAERAH;
    case KR_UNIT_KIND_PERANGKAT_DAERAH:
      return KR_UNIT_KIND_BIDANG;
    case KR_UNIT_KIND_BIDANG:
    case KR_UNIT_KIND_SUB_BIDANG:
    case KR_UNIT_KIND_UPT:
    default:
      return KR_UNIT_KIND_SUB_BIDANG;
    }
}

/* The tree */

static GListStore *
load_children (KrUnitManager *self, gint64 parent_id)
{
  g_autoptr (GPtrArray) units = NULL;
  g_autoptr (GError) error = NULL;
  GListStore *store;

  units = kr_unit_repository_list_children (self->unit_repository, parent_id, &error);
  if (units == NULL)
    {
      show_toast (self, error->message);
      return NULL;
    }
  if (units->len == 0)
    return NULL;

  store = g_list_store_new (KR_TYPE_UNIT_ITEM);
  for (guint i = 0; i < units->len; i++)
    {
      g_autoptr (KrUnitItem) item = kr_unit_item_new (g_ptr_array_index (units, i));

      g_list_store_append (store, item);
    }
  return store;
}

static GListModel *
create_children_cb (gpointer item, gpointer user_data)
{
  return (GListModel *) load_children (user_data, KR_UNIT_ITEM (item)->unit->id);
}

gboolean
kr_unit_manager_select_unit (KrUnitManager *self, gint64 id)
{
  GListModel *rows;

  g_return_val_if_fail (KR_IS_UNIT_MANAGER (self), FALSE);

  rows = G_LIST_MODEL (self->tree);
  for (guint i = 0; id != 0 && i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr (KrUnitItem) item = gtk_tree_list_row_get_item (row);

      if (item->unit->id == id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  return id == 0;
}

gint64
kr_unit_manager_get_selected_unit (KrUnitManager *self)
{
  g_return_val_if_fail (KR_IS_UNIT_MANAGER (self), 0);

  return self->selected != NULL ? self->selected->id : 0;
}

static void
collect_units (KrUnitManager *self, gint64 parent_id, const char *path)
{
  g_autoptr (GPtrArray) units =
      kr_unit_repository_list_children (self->unit_repository, parent_id, NULL);

  for (guint i = 0; units != NULL && i < units->len; i++)
    {
      KrUnit *unit = g_ptr_array_index (units, i);
      /* Translators: a unit with the unit above it, “Badan Kepegawaian Daerah › Bidang
       * Mutasi” */
      char *label =
          path != NULL ? g_strdup_printf (_ ("%s › %s"), path, unit->name) : g_strdup (unit->name);

      g_ptr_array_add (self->flat_units, kr_unit_copy (unit));
      g_ptr_array_add (self->flat_labels, label);
      collect_units (self, unit->id, label);
    }
}

/* Lists every unit for the pickers, depth first. */
static void
load_flat_units (KrUnitManager *self)
{
  g_ptr_array_set_size (self->flat_units, 0);
  g_ptr_array_set_size (self->flat_labels, 0);
  collect_units (self, 0, NULL);
}

static void
reload_tree (KrUnitManager *self)
{
  gint64 selected = kr_unit_manager_get_selected_unit (self);
  g_autoptr (GListStore) roots = load_children (self, 0);
  guint n_roots = roots != NULL ? g_list_model_get_n_items (G_LIST_MODEL (roots)) : 0;
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n_roots; i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (roots), i));

  self->refreshing = TRUE;
  g_list_store_splice (self->roots, 0, g_list_model_get_n_items (G_LIST_MODEL (self->roots)),
                       items->pdata, items->len);
  gtk_stack_set_visible_child_name (self->tree_stack, n_roots > 0 ? "tree" : "empty");
  kr_unit_manager_select_unit (self, selected);
  self->refreshing = FALSE;
}

/* The selected unit */

static GtkWidget *
create_position_button (const char *icon_name,
                        const char *tooltip,
                        const char *label,
                        const char *action,
                        gint64 id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", id);
  return button;
}

static char *
describe_position (const KrPositionRecord *position)
{
  GString *text = g_string_new (kr_position_kind_get_label (position->kind));
  const char *level = kr_position_level_get_label (position->level);

  if (level != NULL)
    g_string_append_printf (text, " · %s", level);
  if (position->kelas_jabatan != 0)
    /* Translators: the kelas jabatan of a position */
    g_string_append_printf (text, _ (" · Kelas %u"), position->kelas_jabatan);
  if (position->is_head)
    g_string_append_printf (text, " · %s", _ ("Head of the unit"));
  return g_string_free (text, FALSE);
}

static GtkWidget *
create_position_row (const KrPositionRecord *position)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = describe_position (position);
  /* Translators: the accessible name of a button; %s is a position */
  g_autofree char *edit_label = g_strdup_printf (_ ("Edit %s"), position->name);
  /* Translators: the accessible name of a button; %s is a position */
  g_autofree char *delete_label = g_strdup_printf (_ ("Delete %s"), position->name);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), position->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             create_position_button ("document-edit-symbolic", _ ("Edit"),
                                                     edit_label, "units.edit-position",
                                                     position->id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             create_position_button ("user-trash-symbolic", _ ("Delete"),
                                                     delete_label, "units.delete-position",
                                                     position->id));
  return row;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
create_placeholder (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static void
show_positions (KrUnitManager *self)
{
  g_autoptr (GPtrArray) positions = NULL;
  g_autoptr (GError) error = NULL;

  clear_list (self->position_list);
  positions = kr_unit_repository_list_positions (self->unit_repository, self->selected->id, &error);
  gtk_list_box_set_placeholder (
      self->position_list,
      create_placeholder (positions != NULL ? _ ("No positions yet") : error->message));
  for (guint i = 0; positions != NULL && i < positions->len; i++)
    gtk_list_box_append (self->position_list,
                         create_position_row (g_ptr_array_index (positions, i)));
}

static void
show_details (KrUnitManager *self)
{
  g_autoptr (KrUnit) parent = NULL;
  gboolean has_unit = self->selected != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "units.delete", has_unit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "units.add-position", has_unit);
  gtk_stack_set_visible_child_name (self->detail_stack, has_unit ? "unit" : "none");
  show_label (self->unit_error, NULL);
  mark_row (GTK_WIDGET (self->name_row), NULL);
  mark_row (GTK_WIDGET (self->parent_row), NULL);
  if (!has_unit)
    {
      adw_window_title_set_title (self->details_title, "");
      adw_window_title_set_subtitle (self->details_title, NULL);
      return;
    }

  if (self->selected->parent_id != 0)
    parent = kr_unit_repository_get (self->unit_repository, self->selected->parent_id, NULL);
  adw_window_title_set_title (self->details_title, self->selected->name);
  adw_window_title_set_subtitle (self->details_title,
                                 kr_unit_kind_get_label (self->selected->kind));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), self->selected->name);
  adw_action_row_set_subtitle (self->code_row, self->selected->code);
  adw_action_row_set_subtitle (self->kind_row, kr_unit_kind_get_label (self->selected->kind));
  adw_action_row_set_subtitle (self->parent_row, parent != NULL ? parent->name : _ ("Top level"));
  show_positions (self);
}

static void
on_selected_item_cb (KrUnitManager *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr (KrUnitItem) item = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;

  g_clear_pointer (&self->selected, kr_unit_free);
  if (item != NULL)
    self->selected = kr_unit_copy (item->unit);
  show_details (self);

  if (!self->refreshing && self->selected != NULL && adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_back_clicked_cb (KrUnitManager *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* Undo */

static void on_undo_toast_dismissed_cb (AdwToast *toast, KrUnitManager *self);

static void
clear_undo (KrUnitManager *self)
{
  g_autoptr (AdwToast) toast = g_steal_pointer (&self->undo_toast);

  g_clear_pointer (&self->undo_unit, kr_unit_free);
  g_clear_pointer (&self->undo_position, kr_position_record_free);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "units.undo-delete", FALSE);
  if (toast != NULL)
    {
      g_signal_handlers_disconnect_by_func (toast, on_undo_toast_dismissed_cb, self);
      adw_toast_dismiss (toast);
    }
}

static void
on_undo_toast_dismissed_cb (AdwToast *toast, KrUnitManager *self)
{
  if (toast == self->undo_toast)
    clear_undo (self);
}

/* Offers to put back @unit or @position (one of them), which were just deleted. */
static void
offer_undo (KrUnitManager *self, KrUnit *unit, KrPositionRecord *position)
{
  g_autofree char *title = NULL;
  g_autofree char *markup = NULL;
  AdwToast *toast;

  clear_undo (self);
  self->undo_unit = unit;
  self->undo_position = position;
  /* Translators: %s is the name of a unit or position */
  title = g_strdup_printf (_ ("“%s” deleted"), unit != NULL ? unit->name : position->name);
  markup = g_markup_escape_text (title, -1);
  toast = adw_toast_new (markup);
  self->undo_toast = g_object_ref (toast);
  adw_toast_set_button_label (toast, _ ("_Undo"));
  adw_toast_set_action_name (toast, "units.undo-delete");
  g_signal_connect (toast, "dismissed", G_CALLBACK (on_undo_toast_dismissed_cb), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "units.undo-delete", TRUE);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
undo_delete_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrUnitManager *self = KR_UNIT_MANAGER (widget);
  g_autoptr (KrUnit) unit = g_steal_pointer (&self->undo_unit);
  g_autoptr (KrPositionRecord) position = g_steal_pointer (&self->undo_position);
  g_autoptr (GError) error = NULL;
  gint64 id = 0;

  clear_undo (self);
  if (unit != NULL)
    id = kr_unit_repository_add (self->unit_repository, unit->parent_id, unit->code, unit->name,
                                 unit->kind, &error);
  else if (position != NULL)
    {
      position->id = 0;
      kr_unit_repository_add_position (self->unit_repository, position, &error);
    }

  if (error != NULL)
    show_toast (self, error->message);
  else if (unit != NULL)
    kr_unit_manager_select_unit (self, id);
}

/* Adding a unit */

static void
validate_add (KrUnitManager *self)
{
  g_autofree char *code =
      g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->add_code_row))));
  g_autofree char *name =
      g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->add_name_row))));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "units.add",
                                 code[0] != '\0' && name[0] != '\0');
}

static void
on_add_field_changed_cb (KrUnitManager *self)
{
  mark_row (GTK_WIDGET (self->add_code_row), NULL);
  show_label (self->add_error, NULL);
  validate_add (self);
}

static const KrUnit *
get_add_parent (KrUnitManager *self)
{
  guint selected = adw_combo_row_get_selected (self->add_parent_row);

  /* Item 0 is the top level. */
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > self->flat_units->len)
    return NULL;
  return g_ptr_array_index (self->flat_units, selected - 1);
}

static void
on_add_parent_selected_cb (KrUnitManager *self)
{
  adw_combo_row_set_selected (self->add_kind_row, child_kind (get_add_parent (self)));
}

static void
on_add_popover_show_cb (KrUnitManager *self)
{
  g_autoptr (GtkStringList) parents = gtk_string_list_new (NULL);
  guint selected = 0;

  load_flat_units (self);
  gtk_string_list_append (parents, _ ("Top Level"));
  for (guint i = 0; i < self->flat_units->len; i++)
    {
      const KrUnit *unit = g_ptr_array_index (self->flat_units, i);

      gtk_string_list_append (parents, g_ptr_array_index (self->flat_labels, i));
      if (self->selected != NULL && unit->id == self->selected->id)
        selected = i + 1;
    }
  adw_combo_row_set_model (self->add_parent_row, G_LIST_MODEL (parents));
  adw_combo_row_set_selected (self->add_parent_row, selected);
  on_add_parent_selected_cb (self);
  gtk_editable_set_text (GTK_EDITABLE (self->add_code_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->add_name_row), "");
  on_add_field_changed_cb (self);
}

static void
add_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrUnitManager *self = KR_UNIT_MANAGER (widget);
  const KrUnit *parent = get_add_parent (self);
  g_autoptr (GError) error = NULL;
  gint64 id;

  id = kr_unit_repository_add (self->unit_repository, parent != NULL ? parent->id : 0,
                               gtk_editable_get_text (GTK_EDITABLE (self->add_code_row)),
                               gtk_editable_get_text (GTK_EDITABLE (self->add_name_row)),
                               adw_combo_row_get_selected (self->add_kind_row), &error);
  if (id == 0)
    {
      /* A conflict is a code another unit has. */
      if (g_error_matches (error, KR_ERROR, KR_ERROR_CONFLICT))
        mark_row (GTK_WIDGET (self->add_code_row), error->message);
      show_label (self->add_error, error->message);
      return;
    }

  gtk_popover_popdown (self->add_popover);
  kr_unit_manager_select_unit (self, id);
}

/* Renaming, moving and deleting the selected unit */

static void
on_name_apply_cb (KrUnitManager *self)
{
  g_autoptr (GError) error = NULL;

  if (self->selected == NULL)
    return;
  if (!kr_unit_repository_rename (self->unit_repository, self->selected->id,
                                  gtk_editable_get_text (GTK_EDITABLE (self->name_row)), &error))
    {
      mark_row (GTK_WIDGET (self->name_row), error->message);
      show_label (self->unit_error, error->message);
    }
}

static void
on_move_popover_show_cb (KrUnitManager *self)
{
  GtkWidget *top = adw_action_row_new ();

  clear_list (self->move_list);
  load_flat_units (self);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (top), _ ("Top Level"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (top), "units.move");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (top), "x", (gint64) 0);
  gtk_list_box_append (self->move_list, top);

  for (guint i = 0; i < self->flat_units->len; i++)
    {
      const KrUnit *unit = g_ptr_array_index (self->flat_units, i);
      GtkWidget *row;

      if (self->selected != NULL && unit->id == self->selected->id)
        continue;
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     g_ptr_array_index (self->flat_labels, i));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "units.move");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", unit->id);
      gtk_list_box_append (self->move_list, row);
    }
}

static void
move_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrUnitManager *self = KR_UNIT_MANAGER (widget);
  gint64 parent_id = g_variant_get_int64 (parameter);
  g_autoptr (GError) error = NULL;

  gtk_menu_button_popdown (self->move_button);
  if (self->selected == NULL)
    return;
  if (!kr_unit_repository_move (self->unit_repository, self->selected->id, parent_id, &error))
    {
      mark_row (GTK_WIDGET (self->parent_row), error->message);
      show_label (self->unit_error, error->message);
    }
}

static void
delete_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrUnitManager *self = KR_UNIT_MANAGER (widget);
  g_autoptr (KrUnit) unit = NULL;
  g_autoptr (GError) error = NULL;

  if (self->selected == NULL)
    return;

  unit = kr_unit_copy (self->selected);
  if (!kr_unit_repository_delete (self->unit_repository, unit->id, &error))
    {
      show_refusal (self, _ ("Unit Not Deleted"), error->message);
      return;
    }
  offer_undo (self, g_steal_pointer (&unit), NULL);
}

/* The position page */

static const char *
level_label (KrPositionLevel level)
{
  const char *label = kr_position_level_get_label (level);

  return label != NULL ? label : _ ("None");
}

static void
fill_models (KrUnitManager *self)
{
  g_autoptr (GtkStringList) unit_kinds = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) levels = gtk_string_list_new (NULL);

  for (guint i = 0; i < KR_N_UNIT_KINDS; i++)
    gtk_string_list_append (unit_kinds, kr_unit_kind_get_label ((KrUnitKind) i));
  adw_combo_row_set_model (self->add_kind_row, G_LIST_MODEL (unit_kinds));

  for (guint i = 0; i < KR_N_POSITION_KINDS; i++)
    gtk_string_list_append (kinds, kr_position_kind_get_label ((KrPositionKind) i));
  for (guint i = 0; i < KR_N_POSITION_LEVELS; i++)
    gtk_string_list_append (levels, level_label ((KrPositionLevel) i));
  adw_combo_row_set_model (self->position_kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_model (self->position_level_row, G_LIST_MODEL (levels));
}

static void
validate_position (KrUnitManager *self)
{
  g_autofree char *name =
      g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->position_name_row))));
  g_autoptr (GError) error = NULL;
  GtkWidget *bad_row = NULL;
  gboolean quiet;

  mark_row (GTK_WIDGET (self->position_name_row), NULL);
  mark_row (GTK_WIDGET (self->position_level_row), NULL);
  if (name[0] == '\0')
    {
      bad_row = GTK_WIDGET (self->position_name_row);
      g_set_error_literal (&error, KR_ERROR, KR_ERROR_INVALID, _ ("The name is required"));
    }
  else if (!kr_position_check_level (adw_combo_row_get_selected (self->position_kind_row),
                                     adw_combo_row_get_selected (self->position_level_row), &error))
    bad_row = GTK_WIDGET (self->position_level_row);

  /* A new form does not scold an empty name the user has not reached yet. */
  quiet = bad_row == GTK_WIDGET (self->position_name_row) && self->position_is_new &&
          !self->position_name_edited;
  if (bad_row != NULL && !quiet)
    mark_row (bad_row, error->message);
  show_label (self->position_error, error != NULL && !quiet ? error->message : NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "units.save-position", error == NULL);
}

static void
on_position_field_changed_cb (KrUnitManager *self)
{
  if (self->position != NULL)
    validate_position (self);
}

static void
on_position_name_changed_cb (KrUnitManager *self)
{
  if (self->position == NULL)
    return;
  self->position_name_edited = TRUE;
  validate_position (self);
}

/* Keeps the jenjang in step with the kind: only functional positions have one. */
static void
on_position_kind_selected_cb (KrUnitManager *self)
{
  KrPositionKind kind = adw_combo_row_get_selected (self->position_kind_row);
  KrPositionLevel level = adw_combo_row_get_selected (self->position_level_row);
  gboolean functional = kind == KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN ||
                        kind == KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN;

  if (!functional)
    level = KR_POSITION_LEVEL_NONE;
  else if (!kr_position_check_level (kind, level, NULL))
    level = kind == KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN ? KR_POSITION_LEVEL_AHLI_PERTAMA
                                                         : KR_POSITION_LEVEL_PEMULA;
  adw_combo_row_set_selected (self->position_level_row, level);
  gtk_widget_set_sensitive (GTK_WIDGET (self->position_level_row), functional);
  on_position_field_changed_cb (self);
}

static void
show_position_page (KrUnitManager *self, const KrPositionRecord *position)
{
  KrPositionRecord *copy =
      position != NULL ? kr_position_record_copy (position) : kr_position_record_new ();

  g_clear_pointer (&self->position, kr_position_record_free);
  self->position_is_new = position == NULL;
  if (self->position_is_new)
    copy->unit_id = self->selected->id;

  gtk_editable_set_text (GTK_EDITABLE (self->position_name_row),
                         copy->name != NULL ? copy->name : "");
  adw_combo_row_set_selected (self->position_kind_row, copy->kind);
  adw_combo_row_set_selected (self->position_level_row, copy->level);
  on_position_kind_selected_cb (self);
  gtk_spin_button_set_value (self->kelas_spin, copy->kelas_jabatan);
  gtk_switch_set_active (self->head_switch, copy->is_head);
  self->position = copy;
  self->position_name_edited = FALSE;

  adw_window_title_set_title (self->position_title,
                              self->position_is_new ? _ ("Add Position") : _ ("Edit Position"));
  adw_window_title_set_subtitle (self->position_title, self->selected->name);
  gtk_stack_set_visible_child_name (self->page_stack, "position");
  gtk_widget_grab_focus (GTK_WIDGET (self->position_name_row));
  validate_position (self);
}

static KrPositionRecord *
find_position (KrUnitManager *self, gint64 id)
{
  g_autoptr (KrPositionRecord) position = NULL;
  g_autoptr (GError) error = NULL;

  position = kr_unit_repository_get_position (self->unit_repository, id, &error);
  if (position == NULL)
    show_toast (self, error->message);
  return g_steal_pointer (&position);
}

static void
add_position_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrUnitManager *self = KR_UNIT_MANAGER (widget);

  if (self->selected != NULL)
    show_position_page (self, NULL);
}

static void
edit_position_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrUnitManager *self = KR_UNIT_MANAGER (widget);
  g_autoptr (KrPositionRecord) position = find_position (self, g_variant_get_int64 (parameter));

  if (position != NULL && self->selected != NULL)
    show_position_page (self, position);
}

static void
delete_position_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrUnitManager *self = KR_UNIT_MANAGER (widget);
  g_autoptr (KrPositionRecord) position = find_position (self, g_variant_get_int64 (parameter));
  g_autoptr (GError) error = NULL;

  if (position == NULL)
    return;
  if (!kr_unit_repository_delete_position (self->unit_repository, position->id, &error))
    {
      show_refusal (self, _ ("Position Not Deleted"), error->message);
      return;
    }
  offer_undo (self, NULL, g_steal_pointer (&position));
}

static void
close_position_page (KrUnitManager *self)
{
  g_clear_pointer (&self->position, kr_position_record_free);
  gtk_stack_set_visible_child_name (self->page_stack, "units");
}

static void
cancel_position_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  close_position_page (KR_UNIT_MANAGER (widget));
}

static void
save_position_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrUnitManager *self = KR_UNIT_MANAGER (widget);
  KrPositionRecord *position = self->position;
  g_autoptr (GError) error = NULL;
  gboolean saved;

  if (position == NULL)
    return;
  g_free (position->name);
  position->name = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->position_name_row)));
  position->kind = adw_combo_row_get_selected (self->position_kind_row);
  position->level = adw_combo_row_get_selected (self->position_level_row);
  position->kelas_jabatan = (guint) gtk_spin_button_get_value_as_int (self->kelas_spin);
  position->is_head = gtk_switch_get_active (self->head_switch);

  saved = self->position_is_new
              ? kr_unit_repository_add_position (self->unit_repository, position, &error) != 0
              : kr_unit_repository_update_position (self->unit_repository, position, &error);
  if (!saved)
    {
      show_label (self->position_error, error->message);
      return;
    }
  close_position_page (self);
}

/* The object */

static void
on_repository_changed_cb (KrUnitManager *self)
{
  reload_tree (self);
}

static void
kr_unit_manager_dispose (GObject *object)
{
  KrUnitManager *self = KR_UNIT_MANAGER (object);

  clear_undo (self);
  if (self->unit_repository != NULL)
    g_signal_handlers_disconnect_by_func (self->unit_repository, on_repository_changed_cb, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, on_selected_item_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (object), KR_TYPE_UNIT_MANAGER);

  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  g_clear_object (&self->roots);
  g_clear_object (&self->unit_repository);
  g_clear_pointer (&self->selected, kr_unit_free);
  g_clear_pointer (&self->position, kr_position_record_free);
  g_clear_pointer (&self->flat_units, g_ptr_array_unref);
  g_clear_pointer (&self->flat_labels, g_ptr_array_unref);

  G_OBJECT_CLASS (kr_unit_manager_parent_class)->dispose (object);
}

static void
bind_children (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, KrUnitManager, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KrUnitManager, page_stack);
  gtk_widget_class_bind_template_child (widget_class, KrUnitManager, leaflet);
  gtk_widget_class_bind_template_child (widget_class, KrUnitManager, add_unit_button);
  gtk_widget_class_bind_template_child (widget_class, KrUnitManager, add_popover);
  gtk_widget_class_bind_template_child (widget_class, KrUnitManager, add_parent_row);
  gtk_widget_class_bind_template_child (widget_class, KrUnitManager, add_kind_row);
  gtk_widget_class_bind_template_child (widget_class, KrUnitManager, add_code_row);
  gtk_widget_class_bind_template_child (widget_class, KrUnitManager, add_name_row);
  gtk_widget_class_bind_template_child (widget_class, KrUnitManager, add_error);
  gtk_widget_class_bind_template_child (widget_class, KrUnitManager, add_button);
  gtk_widget_class_bind_template_child (widget_class, KrUnitManager, tree_stack);
  gtk_widget_class_bind_template_child (widget_class, KrUnitManager, unit_list);
  gtk_widget_class_bind_template_child (widget_class, KrUnitManager, details_title);
  gtk_widget_class_bind_template_child (widget_class, KrUnitManager, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, KrUnitManager, name_row);
  gtk_widget_class_bind_template_child (widget_class, KrUnitManager, code_row);
  gtk_widget_class_bind_template_child (widget_class, KrUnitManager, kind_row);
  gtk_widget_class_bind_template_child (widget_class, KrUnitManager, parent_row);
  gtk_widget_class_bind_template_child (widget_class, KrUnitManager, move_button);
  gtk_widget_class_bind_template_child (widget_class, KrUnitManager, move_list);
  gtk_widget_class_bind_template_child (widget_class, KrUnitManager, unit_error);
  gtk_widget_class_bind_template_child (widget_class, KrUnitManager, position_list);
  gtk_widget_class_bind_template_child (widget_class, KrUnitManager, position_title);
  gtk_widget_class_bind_template_child (widget_class, KrUnitManager, save_position_button);
  gtk_widget_class_bind_template_child (widget_class, KrUnitManager, position_name_row);
  gtk_widget_class_bind_template_child (widget_class, KrUnitManager, position_kind_row);
  gtk_widget_class_bind_template_child (widget_class, KrUnitManager, position_level_row);
  gtk_widget_class_bind_template_child (widget_class, KrUnitManager, kelas_spin);
  gtk_widget_class_bind_template_child (widget_class, KrUnitManager, head_switch);
  gtk_widget_class_bind_template_child (widget_class, KrUnitManager, position_error);
}

static void
kr_unit_manager_class_init (KrUnitManagerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_unit_manager_dispose;

  g_type_ensure (KR_TYPE_UNIT_ITEM);
  gtk_widget_class_set_template_from_resource (
      widget_class, "/io/github/karier/Karier/employees/kr-unit-manager.ui");
  bind_children (widget_class);
  gtk_widget_class_bind_template_callback (widget_class, on_add_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_parent_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_name_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_move_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_position_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_position_name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_position_kind_selected_cb);

  gtk_widget_class_install_action (widget_class, "units.add", NULL, add_action_cb);
  gtk_widget_class_install_action (widget_class, "units.move", "x", move_action_cb);
  gtk_widget_class_install_action (widget_class, "units.delete", NULL, delete_action_cb);
  gtk_widget_class_install_action (widget_class, "units.undo-delete", NULL, undo_delete_action_cb);
  gtk_widget_class_install_action (widget_class, "units.add-position", NULL,
                                   add_position_action_cb);
  gtk_widget_class_install_action (widget_class, "units.edit-position", "x",
                                   edit_position_action_cb);
  gtk_widget_class_install_action (widget_class, "units.delete-position", "x",
                                   delete_position_action_cb);
  gtk_widget_class_install_action (widget_class, "units.save-position", NULL,
                                   save_position_action_cb);
  gtk_widget_class_install_action (widget_class, "units.cancel-position", NULL,
                                   cancel_position_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kr_unit_manager_init (KrUnitManager *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->flat_units = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_unit_free);
  self->flat_labels = g_ptr_array_new_with_free_func (g_free);
  self->roots = g_list_store_new (KR_TYPE_UNIT_ITEM);
  fill_models (self);
  kr_combo_row_show_full_text (self->add_parent_row);
  kr_combo_row_show_full_text (self->add_kind_row);
  kr_combo_row_show_full_text (self->position_kind_row);
  kr_combo_row_show_full_text (self->position_level_row);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "units.undo-delete", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "units.add", FALSE);
}

KrUnitManager *
kr_unit_manager_new (KrUnitRepository *unit_repository)
{
  KrUnitManager *self;

  g_return_val_if_fail (KR_IS_UNIT_REPOSITORY (unit_repository), NULL);

  self = g_object_new (KR_TYPE_UNIT_MANAGER, NULL);
  self->unit_repository = g_object_ref (unit_repository);
  self->tree = gtk_tree_list_model_new (G_LIST_MODEL (g_object_ref (self->roots)), FALSE, TRUE,
                                        create_children_cb, self, NULL);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->tree)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (on_selected_item_cb), self);
  gtk_list_view_set_model (self->unit_list, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (unit_repository, "changed", G_CALLBACK (on_repository_changed_cb), self,
                           G_CONNECT_SWAPPED);

  reload_tree (self);
  show_details (self);
  return self;
}
