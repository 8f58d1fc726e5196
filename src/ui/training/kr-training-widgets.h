/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-database.h"
#include "kr-training-repository.h"
#include "kr-training-format.h"
#include "kr-unit-repository.h"

G_BEGIN_DECLS

/* What the views of ui-B share: the unit and year choosers of their toolbars, plain rows,
 * toasts. Values are written with kr-training-format.h. */

/* A searchable drop-down of units, indented by depth: "All units" first when @with_all (or, for
 * a unit head, the unit they lead first). The ids of the items are in @unit_ids. */
GtkDropDown *kr_training_unit_dropdown_new (GArray *unit_ids);
void kr_training_unit_dropdown_fill (GtkDropDown *dropdown,
                                     GArray *unit_ids,
                                     KrDatabase *database,
                                     KrUnitRepository *units,
                                     gboolean with_all);
gint64 kr_training_unit_dropdown_get_unit (GtkDropDown *dropdown, GArray *unit_ids);
/* Selects @unit_id when listed; FALSE when it is not. */
gboolean
kr_training_unit_dropdown_set_unit (GtkDropDown *dropdown, GArray *unit_ids, gint64 unit_id);

/* A spin button of years 2000..2100 showing the current year, labelled @label. */
GtkSpinButton *kr_training_year_spin_new (const char *label);
guint kr_training_current_year (void);

/* An action row with @title (plain text) and @subtitle (nullable, plain text). */
GtkWidget *kr_training_row_new (const char *title, const char *subtitle);
/* Adds a numeric label to the end of @row and returns it. */
GtkWidget *kr_training_row_add_value (GtkWidget *row, const char *text);
/* A flat icon button with a tooltip and accessible label that activates @action with @id. */
GtkWidget *kr_training_icon_button_new (const char *icon_name,
                                        const char *tooltip,
                                        const char *action,
                                        gint64 id);
void kr_training_clear_list (GtkListBox *list);

/* Whether @database may be written as @permission says: FALSE without a database or when it is
 * read-only; TRUE without a signed-in identity (a database without accounts). */
gboolean kr_training_can (KrDatabase *database, KrPermission permission);

/* Shows @message as a toast over the nearest AdwToastOverlay above @widget, or warns. */
void kr_training_show_toast (GtkWidget *widget, const char *message);

/* A list's count line: dim, at the start. */
GtkLabel *kr_training_count_label_new (void);

/* The page of a list view: @toolbar, @info (the count line) under it, and a stack of @list
 * ("list") and a status page ("empty") for when there is nothing to show; @stack and
 * @empty_page are set. kr_training_boxed_page_new () does the same for a boxed GtkListBox: in
 * a clamp with margins, scrolled. */
GtkWidget *kr_training_list_page_new (GtkWidget *toolbar,
                                      GtkWidget *info,
                                      GtkWidget *list,
                                      GtkStack **stack,
                                      AdwStatusPage **empty_page);
GtkWidget *kr_training_boxed_page_new (GtkWidget *toolbar,
                                       GtkWidget *info,
                                       GtkWidget *list,
                                       GtkStack **stack,
                                       AdwStatusPage **empty_page);

/* The rows of an employee list view: three lines, the first as body text, the other two dim
 * captions (connect kr_training_three_lines_setup_cb to the factory's "setup", and fill a
 * row in "bind" with kr_training_three_lines_set ()). */
void kr_training_three_lines_setup_cb (GtkSignalListItemFactory *factory,
                                       GtkListItem *list_item,
                                       gpointer user_data);
void kr_training_three_lines_set (GtkListItem *list_item,
                                  const char *first,
                                  const char *second,
                                  const char *third);

G_END_DECLS
