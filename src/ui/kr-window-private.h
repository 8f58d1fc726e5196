/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-account-repository.h"
#include "kr-appraisals-page.h"
#include "kr-employees-page.h"
#include "kr-setup-page.h"
#include "kr-sign-in-page.h"
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
  KrAppraisalsPage *appraisals_page;
  /* Whether the sections may read (someone signed in), and which have been given the
   * repositories: a section reads nothing until it is first shown. */
  gboolean sections_ready;
  guint loaded_sections;

  /* kr-window-session.c */
  GMenuModel *primary_menu;
  AdwWindowTitle *sidebar_title;
  GtkMenuButton *main_menu_button;
  GtkWidget *user_box;
  GtkLabel *user_name_label;
  GtkLabel *user_role_label;
  KrSetupPage *setup_page;
  KrSignInPage *sign_in_page;
  /* Who the window shows as signed in, and the accounts it watches for changes to them. */
  KrIdentity *identity;
  KrAccountRepository *accounts;
  /* Opens a database without accounts on the sections instead of the set-up page: for
   * `karier-tool bench window`, which measures the list without an account to sign in. */
  gboolean setup_optional;
};

/* kr-window-actions.c: win.open-database, win.new-database, win.backup-database */
void _kr_window_class_add_file_actions (GtkWidgetClass *widget_class);

/* kr-window-session.c: the set-up and sign-in pages, win.sign-out, win.change-password.
 * _kr_window_start_session () follows a newly set database: to the set-up page, the sign-in
 * page, or the sections when someone is signed in already (or nobody needs to be). */
void _kr_window_class_add_session_actions (GtkWidgetClass *widget_class);
void _kr_window_init_session (KrWindow *self);
void _kr_window_start_session (KrWindow *self);
void _kr_window_end_session (KrWindow *self);
void _kr_window_dispose_session (KrWindow *self);

/* kr-window.c: hands the open database and its repositories to every section, which then
 * read it as the signed-in identity; or takes them back, clearing what the sections show. */
void _kr_window_load_sections (KrWindow *self);
void _kr_window_unload_sections (KrWindow *self);

/* Backs up the open database to @dest as the Back Up action does once a file is chosen;
 * tests call it directly because they cannot drive the file chooser. */
void _kr_window_backup_to (KrWindow *self, const char *dest);

G_END_DECLS
