/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-combo-rows"

#include "config.h"

#include "kr-combo-rows.h"

void
kr_combo_row_show_full_text (AdwComboRow *row)
{
  g_autoptr (GtkListItemFactory) current = NULL;
  g_autoptr (GtkListItemFactory) items = NULL;

  g_return_if_fail (ADW_IS_COMBO_ROW (row));

  current = gtk_builder_list_item_factory_new_from_resource (
      NULL, "/io/github/karier/Karier/employees/kr-combo-row-current.ui");
  items = gtk_builder_list_item_factory_new_from_resource (
      NULL, "/io/github/karier/Karier/employees/kr-combo-row-item.ui");
  adw_combo_row_set_factory (row, current);
  adw_combo_row_set_list_factory (row, items);
}
