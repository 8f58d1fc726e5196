/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-unit-manager"

#include "config.h"

#include "kr-unit-manager-private.h"

#include <glib/gi18n.h>

#include "kr-combo-rows.h"
#include "kr-error.h"

G_DEFINE_FINAL_TYPE (KrUnitManager, kr_unit_manager, ADW_TYPE_WINDOW)

void
_kr_unit_manager_show_toast (KrUnitManager *self, const char *message)
{
  g_autofree char *markup = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (markup));
}

/* Refusals are read in full and acknowledged, so they get a dialog rather than a toast. */
void
_kr_unit_manager_show_refusal (KrUnitManager *self, const char *heading, const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_kr_unit_manager_mark_row (GtkWidget *row, const char *message)
{
  if (message != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
  gtk_widget_set_tooltip_text (row, message);
}

void
_kr_unit_manager_show_label (GtkLabel *label, const char *message)
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

static void
show_details (KrUnitManager *self)
{
  g_autoptr (KrUnit) parent = NULL;
  gboolean has_unit = self->selected != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "units.delete", has_unit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "units.add-position", has_unit);
  gtk_stack_set_visible_child_name (self->detail_stack, has_unit ? "unit" : "none");
  _kr_unit_manager_show_label (self->unit_error, NULL);
  _kr_unit_manager_mark_row (GTK_WIDGET (self->name_row), NULL);
  _kr_unit_manager_mark_row (GTK_WIDGET (self->parent_row), NULL);
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
  _kr_unit_manager_show_positions (self);
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
void
_kr_unit_manager_offer_undo (KrUnitManager *self, KrUnit *unit, KrPositionRecord *position)
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
    _kr_unit_manager_show_toast (self, error->message);
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
  _kr_unit_manager_mark_row (GTK_WIDGET (self->add_code_row), NULL);
  _kr_unit_manager_show_label (self->add_error, NULL);
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

  _kr_unit_manager_load_flat_units (self);
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
        _kr_unit_manager_mark_row (GTK_WIDGET (self->add_code_row), error->message);
      _kr_unit_manager_show_label (self->add_error, error->message);
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
      _kr_unit_manager_mark_row (GTK_WIDGET (self->name_row), error->message);
      _kr_unit_manager_show_label (self->unit_error, error->message);
    }
}

static void
on_move_popover_show_cb (KrUnitManager *self)
{
  GtkWidget *top = adw_action_row_new ();

  _kr_unit_manager_clear_list (self->move_list);
  _kr_unit_manager_load_flat_units (self);
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
      _kr_unit_manager_mark_row (GTK_WIDGET (self->parent_row), error->message);
      _kr_unit_manager_show_label (self->unit_error, error->message);
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
      _kr_unit_manager_show_refusal (self, _ ("Unit Not Deleted"), error->message);
      return;
    }
  _kr_unit_manager_offer_undo (self, g_steal_pointer (&unit), NULL);
}

/* The object */

static void
on_repository_changed_cb (KrUnitManager *self)
{
  _kr_unit_manager_reload_tree (self);
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

  gtk_widget_class_install_action (widget_class, "units.add", NULL, add_action_cb);
  gtk_widget_class_install_action (widget_class, "units.move", "x", move_action_cb);
  gtk_widget_class_install_action (widget_class, "units.delete", NULL, delete_action_cb);
  gtk_widget_class_install_action (widget_class, "units.undo-delete", NULL, undo_delete_action_cb);
  _kr_unit_manager_class_add_position_page (widget_class);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kr_unit_manager_init (KrUnitManager *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->flat_units = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_unit_free);
  self->flat_labels = g_ptr_array_new_with_free_func (g_free);
  self->roots = g_list_store_new (KR_TYPE_UNIT_ITEM);
  _kr_unit_manager_fill_models (self);
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
                                        _kr_unit_manager_create_children_cb, self, NULL);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->tree)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (on_selected_item_cb), self);
  gtk_list_view_set_model (self->unit_list, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (unit_repository, "changed", G_CALLBACK (on_repository_changed_cb), self,
                           G_CONNECT_SWAPPED);

  _kr_unit_manager_reload_tree (self);
  show_details (self);
  return self;
}
