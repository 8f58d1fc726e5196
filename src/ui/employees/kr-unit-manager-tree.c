/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-unit-manager-tree"

#include "config.h"

#include "kr-unit-manager-private.h"

#include <glib/gi18n.h>

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
      _kr_unit_manager_show_toast (self, error->message);
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

GListModel *
_kr_unit_manager_create_children_cb (gpointer item, gpointer user_data)
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
void
_kr_unit_manager_load_flat_units (KrUnitManager *self)
{
  g_ptr_array_set_size (self->flat_units, 0);
  g_ptr_array_set_size (self->flat_labels, 0);
  collect_units (self, 0, NULL);
}

void
_kr_unit_manager_reload_tree (KrUnitManager *self)
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
