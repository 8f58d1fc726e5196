/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-appraisal-format"

#include "config.h"

#include "kr-appraisal-format.h"

#include <glib/gi18n.h>

static const char *const state_classes[] = { "state-draft", "state-submitted", "state-reviewed",
                                             "state-final", "state-objected" };
static const char *const predikat_classes[] = { "predikat-sangat-kurang", "predikat-kurang",
                                                "predikat-butuh-perbaikan", "predikat-baik",
                                                "predikat-sangat-baik" };

G_STATIC_ASSERT (G_N_ELEMENTS (state_classes) == KR_N_APPRAISAL_STATES);
G_STATIC_ASSERT (G_N_ELEMENTS (predikat_classes) == KR_N_PREDIKAT);

void
kr_appraisal_format_state_pill (GtkLabel *label, KrAppraisalState state)
{
  g_return_if_fail (GTK_IS_LABEL (label));
  g_return_if_fail (state < KR_N_APPRAISAL_STATES);

  for (guint i = 0; i < G_N_ELEMENTS (state_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (label), state_classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (label), "state-pill");
  gtk_widget_add_css_class (GTK_WIDGET (label), state_classes[state]);
  gtk_label_set_text (label, kr_appraisal_state_get_label (state));
}

void
kr_appraisal_format_predikat_badge (GtkLabel *label, gboolean has_predikat, KrPredikat predikat)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  for (guint i = 0; i < G_N_ELEMENTS (predikat_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (label), predikat_classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (label), "predikat-badge");
  if (!has_predikat || predikat >= KR_N_PREDIKAT)
    {
      gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
      gtk_label_set_text (label, _ ("No predikat yet"));
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (label), predikat_classes[predikat]);
  gtk_label_set_text (label, kr_predikat_get_label (predikat));
}

static gboolean
append_units (KrUnitRepository *units,
              gint64 parent_id,
              guint depth,
              GtkStringList *names,
              GArray *ids,
              GError **error)
{
  g_autoptr (GPtrArray) children = kr_unit_repository_list_children (units, parent_id, error);

  if (children == NULL)
    return FALSE;
  for (guint i = 0; i < children->len; i++)
    {
      KrUnit *unit = g_ptr_array_index (children, i);
      g_autofree char *indent = g_strnfill (depth * 3, ' ');
      g_autofree char *label = g_strconcat (indent, unit->name, NULL);

      gtk_string_list_append (names, label);
      g_array_append_val (ids, unit->id);
      if (!append_units (units, unit->id, depth + 1, names, ids, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
kr_appraisal_format_list_units (KrUnitRepository *units,
                                KrIdentity *identity,
                                const char *all_label,
                                GtkStringList *names,
                                GArray *ids,
                                GError **error)
{
  gint64 scope = identity != NULL ? kr_identity_get_scope_unit_id (identity) : 0;
  g_autoptr (KrUnit) scope_unit = NULL;
  gint64 all = 0;

  g_return_val_if_fail (KR_IS_UNIT_REPOSITORY (units), FALSE);

  if (scope != 0)
    {
      /* A unit head reads their own subtree only: the list starts at the unit they lead. */
      scope_unit = kr_unit_repository_get (units, scope, error);
      if (scope_unit == NULL)
        return FALSE;
      gtk_string_list_append (names, scope_unit->name);
      g_array_append_val (ids, scope);
      return append_units (units, scope, 1, names, ids, error);
    }
  if (all_label != NULL)
    {
      gtk_string_list_append (names, all_label);
      g_array_append_val (ids, all);
    }
  return append_units (units, 0, 0, names, ids, error);
}

gboolean
kr_appraisal_format_can (KrDatabase *database, KrPermission permission)
{
  KrIdentity *identity = database != NULL ? kr_database_get_identity (database) : NULL;

  return identity == NULL || kr_identity_can (identity, permission);
}

gint64
kr_appraisal_format_cycle_unit (KrUnitRepository *units, KrIdentity *identity, gint64 unit_id)
{
  g_autoptr (GPtrArray) roots = NULL;

  if (unit_id != 0)
    return unit_id;
  if (identity != NULL && kr_identity_get_scope_unit_id (identity) != 0)
    return kr_identity_get_scope_unit_id (identity);
  if (units == NULL)
    return 0;
  roots = kr_unit_repository_list_children (units, 0, NULL);
  if (roots == NULL || roots->len == 0)
    return 0;
  return ((KrUnit *) g_ptr_array_index (roots, 0))->id;
}

static void
setup_ellipsized_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), GPOINTER_TO_INT (user_data));
  /* Never narrower than a short name: a narrow window scrolls the filters instead */
  gtk_label_set_width_chars (GTK_LABEL (label), MIN (12, GPOINTER_TO_INT (user_data)));
  gtk_list_item_set_child (item, label);
}

static void
setup_whole_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
bind_string_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  GtkStringObject *string = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label),
                      string != NULL ? gtk_string_object_get_string (string) : "");
  gtk_widget_set_tooltip_text (label,
                               string != NULL ? gtk_string_object_get_string (string) : NULL);
}

void
kr_appraisal_format_ellipsize_drop_down (GtkDropDown *drop_down, int max_chars)
{
  g_autoptr (GtkListItemFactory) button = gtk_signal_list_item_factory_new ();
  g_autoptr (GtkListItemFactory) list = gtk_signal_list_item_factory_new ();

  g_signal_connect (button, "setup", G_CALLBACK (setup_ellipsized_cb), GINT_TO_POINTER (max_chars));
  g_signal_connect (button, "bind", G_CALLBACK (bind_string_cb), NULL);
  g_signal_connect (list, "setup", G_CALLBACK (setup_whole_cb), NULL);
  g_signal_connect (list, "bind", G_CALLBACK (bind_string_cb), NULL);
  gtk_drop_down_set_factory (drop_down, button);
  gtk_drop_down_set_list_factory (drop_down, list);
}
