/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-employees-page.h"
#include "kr-window.h"

G_BEGIN_DECLS

struct _KrWindow
{
  AdwApplicationWindow parent_instance;

  KrApplication *application;
  KrDatabase *database;
  GtkFileChooserNative *chooser;
  GPtrArray *section_titles;

  AdwToastOverlay *toast_overlay;
  GtkStack *state_stack;
  AdwStatusPage *loading_page;
  GtkSpinner *loading_spinner;
  AdwStatusPage *error_page;
  AdwLeaflet *leaflet;
  GtkListBox *sidebar_list;
  GtkStack *section_stack;
  KrEmployeesPage *employees_page;
};

/* kr-window-actions.c: win.open-database, win.new-database, win.backup-database */
void _kr_window_class_add_file_actions (GtkWidgetClass *widget_class);

/* Backs up the open database to @dest as the Back Up action does once a file is chosen;
 * tests call it directly because they cannot drive the file chooser. */
void _kr_window_backup_to (KrWindow *self, const char *dest);

G_END_DECLS
