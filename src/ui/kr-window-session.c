/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-window-session"

#include "config.h"

#include "kr-window-private.h"

#include <glib/gi18n.h>

#include "kr-password-dialog.h"
#include "kr-setup-page.h"
#include "kr-sign-in-page.h"

/* Who works in the window: a database without accounts opens on the set-up page, one with
 * accounts on the sign-in page; the sections get the database only once someone is signed
 * in, and lose it again at sign-out. */

static gboolean
can (KrWindow *self, KrPermission permission)
{
  KrIdentity *identity = self->database != NULL ? kr_database_get_identity (self->database) : NULL;

  /* Nobody signed in in the main state: a database without accounts, open to all. */
  return identity == NULL || kr_identity_can (identity, permission);
}

/* The set-up and sign-in pages sit under a header bar of their own, with the menu that opens
 * another database. */
static GtkWidget *
create_gate_page (KrWindow *self, GtkWidget *content)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *title = adw_window_title_new (_ ("Karier"), NULL);
  GtkWidget *menu = gtk_menu_button_new ();

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu), "open-menu-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu), self->primary_menu);
  gtk_menu_button_set_primary (GTK_MENU_BUTTON (menu), TRUE);
  gtk_widget_set_tooltip_text (menu, _ ("Main Menu"));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), menu);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  /* The title shows the database's name, as the sections' titles do. */
  g_ptr_array_add (self->section_titles, title);

  gtk_widget_set_vexpand (content, TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), content);
  return box;
}

/* The first item of the main menu: who is signed in. */
static GtkWidget *
create_user_box (KrWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  self->user_name_label = GTK_LABEL (gtk_label_new (NULL));
  self->user_role_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->user_name_label), "heading");
  gtk_widget_add_css_class (GTK_WIDGET (self->user_role_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->user_role_label), "dim-label");
  for (GtkLabel *label = self->user_name_label; label != NULL;
       label = label == self->user_name_label ? self->user_role_label : NULL)
    {
      gtk_label_set_xalign (label, 0.0f);
      gtk_label_set_ellipsize (label, PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (label, 28);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (label));
    }
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  return box;
}

/* The sidebar's menu: the user's section, then the primary menu's. */
static void
build_main_menu (KrWindow *self)
{
  g_autoptr (GMenu) menu = g_menu_new ();
  g_autoptr (GMenu) user = g_menu_new ();
  g_autoptr (GMenuItem) header = g_menu_item_new (NULL, NULL);
  g_autoptr (GMenuItem) password = g_menu_item_new (_ ("_Change Password…"), "win.change-password");
  g_autoptr (GMenuItem) sign_out = g_menu_item_new (_ ("_Sign Out"), "win.sign-out");
  GtkWidget *popover;

  g_menu_item_set_attribute (header, "custom", "s", "user");
  g_menu_item_set_attribute (password, "hidden-when", "s", "action-disabled");
  g_menu_item_set_attribute (sign_out, "hidden-when", "s", "action-disabled");
  g_menu_append_item (user, header);
  g_menu_append_item (user, password);
  g_menu_append_item (user, sign_out);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (user));
  for (int i = 0; i < g_menu_model_get_n_items (self->primary_menu); i++)
    {
      g_autoptr (GMenuItem) item = g_menu_item_new_from_model (self->primary_menu, i);

      g_menu_append_item (menu, item);
    }

  gtk_menu_button_set_menu_model (self->main_menu_button, G_MENU_MODEL (menu));
  popover = GTK_WIDGET (gtk_menu_button_get_popover (self->main_menu_button));
  self->user_box = create_user_box (self);
  gtk_popover_menu_add_child (GTK_POPOVER_MENU (popover), self->user_box, "user");
}

static void
show_user (KrWindow *self, KrIdentity *identity)
{
  g_autofree char *subtitle = NULL;
  g_autofree char *detail = NULL;
  g_autoptr (KrUnit) unit = NULL;
  KrUnitRepository *units;
  const char *role;

  gtk_widget_set_visible (self->user_box, identity != NULL);
  if (identity == NULL)
    {
      adw_window_title_set_subtitle (self->sidebar_title, NULL);
      return;
    }

  units = kr_application_get_unit_repository (self->application);
  role = kr_role_get_label (kr_identity_get_role (identity));
  /* Translators: who is signed in, under the window's title: “Sri Wahyuni · HR operator” */
  subtitle = g_strdup_printf (_ ("%s · %s"), kr_identity_get_display_name (identity), role);
  adw_window_title_set_subtitle (self->sidebar_title, subtitle);

  if (kr_identity_get_scope_unit_id (identity) != 0 && units != NULL)
    unit = kr_unit_repository_get (units, kr_identity_get_scope_unit_id (identity), NULL);
  if (unit != NULL)
    detail = g_strdup_printf (_ ("%s · %s · %s"), kr_identity_get_user_name (identity), role,
                              unit->name);
  else
    detail = g_strdup_printf (_ ("%s · %s"), kr_identity_get_user_name (identity), role);
  gtk_label_set_text (self->user_name_label, kr_identity_get_display_name (identity));
  gtk_label_set_text (self->user_role_label, detail);
}

static void
enter_main (KrWindow *self)
{
  KrIdentity *identity = kr_database_get_identity (self->database);

  g_clear_pointer (&self->identity, kr_identity_unref);
  if (identity != NULL)
    self->identity = kr_identity_ref (identity);
  show_user (self, identity);
  _kr_window_load_sections (self);
  /* A copy of the file holds every record: only those who may change them make one. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.backup-database",
                                 can (self, KR_PERMISSION_WRITE_EMPLOYEES));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.sign-out", identity != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.change-password", identity != NULL);
  gtk_stack_set_visible_child_name (self->state_stack, "main");
}

/* Closes every window that belongs to this one (the preferences, editors, dialogs), so that
 * nothing of the last user's stays on screen. */
static void
close_dependent_windows (KrWindow *self)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();
  g_autoptr (GPtrArray) doomed = g_ptr_array_new_with_free_func (g_object_unref);

  /* All are found before any closes: a closed window no longer parents its dialogs. */
  for (GList *l = toplevels; l != NULL; l = l->next)
    for (GtkWindow *parent = gtk_window_get_transient_for (l->data); parent != NULL;
         parent = gtk_window_get_transient_for (parent))
      if (parent == GTK_WINDOW (self))
        {
          g_ptr_array_add (doomed, g_object_ref (l->data));
          break;
        }
  for (guint i = 0; i < doomed->len; i++)
    gtk_window_destroy (g_ptr_array_index (doomed, i));
}

/* The signed-in account was changed (its role, unit or name, by an administrator who may be
 * its owner): the window follows, as if they had signed in again. */
static gboolean
check_identity_idle_cb (gpointer user_data)
{
  g_autoptr (KrWindow) self = g_weak_ref_get (user_data);
  KrIdentity *identity;

  if (self == NULL || self->database == NULL || self->identity == NULL ||
      g_strcmp0 (kr_window_get_state (self), "main") != 0)
    return G_SOURCE_REMOVE;
  identity = kr_database_get_identity (self->database);
  if (identity == self->identity || identity == NULL)
    return G_SOURCE_REMOVE;

  if (kr_identity_get_role (identity) != kr_identity_get_role (self->identity) ||
      kr_identity_get_scope_unit_id (identity) != kr_identity_get_scope_unit_id (self->identity))
    {
      close_dependent_windows (self);
      _kr_window_unload_sections (self);
      enter_main (self);
      kr_window_show_toast (self, _ ("Your role changed; Karier now shows what it allows"));
    }
  else
    {
      kr_identity_unref (self->identity);
      self->identity = kr_identity_ref (identity);
      show_user (self, identity);
    }
  return G_SOURCE_REMOVE;
}

static void
free_weak_ref (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

/* Emitted from the main loop or from an account job's worker (kr-account-jobs.h). */
static void
on_accounts_changed_cb (KrAccountRepository *accounts, gpointer user_data)
{
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_weak_ref_init (ref, user_data);
  g_idle_add_full (G_PRIORITY_DEFAULT, check_identity_idle_cb, ref, free_weak_ref);
}

static void
watch_accounts (KrWindow *self, KrAccountRepository *accounts)
{
  if (self->accounts == accounts)
    return;
  if (self->accounts != NULL)
    g_signal_handlers_disconnect_by_func (self->accounts, on_accounts_changed_cb, self);
  g_set_object (&self->accounts, accounts);
  if (accounts != NULL)
    g_signal_connect (accounts, "changed", G_CALLBACK (on_accounts_changed_cb), self);
}

static void
on_signed_in_cb (GtkWidget *page, KrIdentity *identity, KrWindow *self)
{
  GSettings *settings = kr_application_get_settings (self->application);

  if (self->database == NULL)
    return;
  kr_database_set_identity (self->database, identity);
  g_settings_set_string (settings, "last-user-name", kr_identity_get_user_name (identity));
  enter_main (self);
}

static void
show_sign_in (KrWindow *self, KrAccountRepository *accounts)
{
  GSettings *settings = kr_application_get_settings (self->application);
  g_autofree char *user_name = g_settings_get_string (settings, "last-user-name");
  g_autofree char *name = g_path_get_basename (kr_database_get_path (self->database));

  kr_sign_in_page_set_repository (self->sign_in_page, accounts, name, user_name);
  gtk_stack_set_visible_child_name (self->state_stack, "sign-in");
  kr_sign_in_page_focus (self->sign_in_page);
}

void
_kr_window_start_session (KrWindow *self)
{
  KrAccountRepository *accounts = kr_application_get_account_repository (self->application);
  g_autoptr (GError) error = NULL;
  gboolean has_accounts = FALSE;

  g_assert (self->database != NULL);

  watch_accounts (self, accounts);
  if (kr_database_get_identity (self->database) != NULL)
    {
      enter_main (self);
      return;
    }
  if (!kr_database_has_accounts (self->database, &has_accounts, &error))
    {
      kr_window_show_error (self, kr_database_get_path (self->database), error);
      return;
    }
  /* Nobody to sign in as: a read-only file cannot have its first account either. */
  if (!has_accounts && (kr_database_is_read_only (self->database) || self->setup_optional))
    enter_main (self);
  else if (!has_accounts)
    {
      kr_setup_page_set_repository (self->setup_page, accounts);
      gtk_stack_set_visible_child_name (self->state_stack, "setup");
      kr_setup_page_focus (self->setup_page);
    }
  else
    show_sign_in (self, accounts);
}

void
_kr_window_end_session (KrWindow *self)
{
  kr_setup_page_set_repository (self->setup_page, NULL);
  kr_sign_in_page_set_repository (self->sign_in_page, NULL, NULL, NULL);
  watch_accounts (self, NULL);
  g_clear_pointer (&self->identity, kr_identity_unref);
  show_user (self, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.sign-out", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.change-password", FALSE);
}

void
_kr_window_dispose_session (KrWindow *self)
{
  watch_accounts (self, NULL);
  g_clear_pointer (&self->identity, kr_identity_unref);
}

static void
sign_out_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrWindow *self = KR_WINDOW (widget);

  if (self->database == NULL || kr_database_get_identity (self->database) == NULL)
    return;

  close_dependent_windows (self);
  kr_database_set_identity (self->database, NULL);
  _kr_window_unload_sections (self);
  _kr_window_end_session (self);
  gtk_widget_action_set_enabled (widget, "win.backup-database", FALSE);
  _kr_window_start_session (self);
}

static void
on_password_changed_cb (KrPasswordDialog *dialog, KrWindow *self)
{
  kr_window_show_toast (self, _ ("Your password was changed"));
}

static void
change_password_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrWindow *self = KR_WINDOW (widget);
  KrAccountRepository *accounts = kr_application_get_account_repository (self->application);
  KrPasswordDialog *dialog;

  if (accounts == NULL || self->identity == NULL)
    return;

  dialog = kr_password_dialog_new_change_own (accounts);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_password_changed_cb), self, 0);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_kr_window_class_add_session_actions (GtkWidgetClass *widget_class)
{
  g_type_ensure (KR_TYPE_SETUP_PAGE);
  g_type_ensure (KR_TYPE_SIGN_IN_PAGE);
  gtk_widget_class_bind_template_child_full (widget_class, "primary_menu", FALSE,
                                             G_STRUCT_OFFSET (KrWindow, primary_menu));
  gtk_widget_class_bind_template_child_full (widget_class, "sidebar_title", FALSE,
                                             G_STRUCT_OFFSET (KrWindow, sidebar_title));
  gtk_widget_class_bind_template_child_full (widget_class, "main_menu_button", FALSE,
                                             G_STRUCT_OFFSET (KrWindow, main_menu_button));
  gtk_widget_class_install_action (widget_class, "win.sign-out", NULL, sign_out_action_cb);
  gtk_widget_class_install_action (widget_class, "win.change-password", NULL,
                                   change_password_action_cb);
}

void
_kr_window_init_session (KrWindow *self)
{
  self->setup_page = KR_SETUP_PAGE (kr_setup_page_new ());
  self->sign_in_page = KR_SIGN_IN_PAGE (kr_sign_in_page_new ());
  g_signal_connect (self->setup_page, "signed-in", G_CALLBACK (on_signed_in_cb), self);
  g_signal_connect (self->sign_in_page, "signed-in", G_CALLBACK (on_signed_in_cb), self);
  gtk_stack_add_named (self->state_stack, create_gate_page (self, GTK_WIDGET (self->setup_page)),
                       "setup");
  gtk_stack_add_named (self->state_stack, create_gate_page (self, GTK_WIDGET (self->sign_in_page)),
                       "sign-in");
  build_main_menu (self);
  show_user (self, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.sign-out", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.change-password", FALSE);
}
