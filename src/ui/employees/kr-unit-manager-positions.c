/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-unit-manager-positions"

#include "config.h"

#include "kr-unit-manager-private.h"

#include <glib/gi18n.h>

#include "kr-error.h"

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

void
_kr_unit_manager_clear_list (GtkListBox *list)
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

void
_kr_unit_manager_show_positions (KrUnitManager *self)
{
  g_autoptr (GPtrArray) positions = NULL;
  g_autoptr (GError) error = NULL;

  _kr_unit_manager_clear_list (self->position_list);
  positions = kr_unit_repository_list_positions (self->unit_repository, self->selected->id, &error);
  gtk_list_box_set_placeholder (
      self->position_list,
      create_placeholder (positions != NULL ? _ ("No positions yet") : error->message));
  for (guint i = 0; positions != NULL && i < positions->len; i++)
    gtk_list_box_append (self->position_list,
                         create_position_row (g_ptr_array_index (positions, i)));
}

/* The position page */

static const char *
level_label (KrPositionLevel level)
{
  const char *label = kr_position_level_get_label (level);

  return label != NULL ? label : _ ("None");
}

void
_kr_unit_manager_fill_models (KrUnitManager *self)
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

  _kr_unit_manager_mark_row (GTK_WIDGET (self->position_name_row), NULL);
  _kr_unit_manager_mark_row (GTK_WIDGET (self->position_level_row), NULL);
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
    _kr_unit_manager_mark_row (bad_row, error->message);
  _kr_unit_manager_show_label (self->position_error,
                               error != NULL && !quiet ? error->message : NULL);
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
    _kr_unit_manager_show_toast (self, error->message);
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
      _kr_unit_manager_show_refusal (self, _ ("Position Not Deleted"), error->message);
      return;
    }
  _kr_unit_manager_offer_undo (self, NULL, g_steal_pointer (&position));
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
      _kr_unit_manager_show_label (self->position_error, error->message);
      return;
    }
  close_position_page (self);
}

void
_kr_unit_manager_class_add_position_page (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_position_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_position_name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_position_kind_selected_cb);

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
}
