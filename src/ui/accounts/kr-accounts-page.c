/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-accounts-page"

#include "config.h"

#include "kr-accounts-page.h"

#include <glib/gi18n.h>

#include "kr-account-dialog.h"
#include "kr-password-dialog.h"

struct _KrAccountsPage
{
  AdwPreferencesPage parent_instance;

  KrDatabase *database;
  KrAccountRepository *accounts;
  KrUnitRepository *units;
  KrEmployeeRepository *employees;
  /* The accounts as listed, and their rows, in the same order. */
  GPtrArray *listed;
  GPtrArray *rows;

  AdwPreferencesGroup *accounts_group;
  GtkLabel *error_label;
};

G_DEFINE_FINAL_TYPE (KrAccountsPage, kr_accounts_page, ADW_TYPE_PREFERENCES_PAGE)

static void
show_toast (KrAccountsPage *self, const char *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (message));
}

static gint64
get_signed_in_id (KrAccountsPage *self)
{
  KrIdentity *identity = kr_database_get_identity (self->database);

  return identity != NULL ? kr_identity_get_account_id (identity) : 0;
}

static const KrAccount *
find_account (KrAccountsPage *self, gint64 id)
{
  for (guint i = 0; i < self->listed->len; i++)
    {
      const KrAccount *account = g_ptr_array_index (self->listed, i);

      if (account->id == id)
        return account;
    }
  return NULL;
}

/* "sri.wahyuni · Unit head · Bidang Mutasi" */
static char *
describe (KrAccountsPage *self, const KrAccount *account)
{
  g_autoptr (KrUnit) unit = NULL;

  if (account->role == KR_ROLE_UNIT_HEAD && account->unit_id != 0)
    unit = kr_unit_repository_get (self->units, account->unit_id, NULL);
  if (unit != NULL)
    /* Translators: an account's user name, role and the unit a unit head leads */
    return g_strdup_printf (_ ("%s · %s · %s"), account->user_name,
                            kr_role_get_label (account->role), unit->name);
  /* Translators: an account's user name and role, “sri.wahyuni · HR operator” */
  return g_strdup_printf (_ ("%s · %s"), account->user_name, kr_role_get_label (account->role));
}

static GtkWidget *
create_tag (const char *text, const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, style);
  return label;
}

static GMenuItem *
create_item (const char *label, const char *action, gint64 id)
{
  GMenuItem *item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_int64 (id));
  return item;
}

static GMenuModel *
create_menu (const KrAccount *account, gboolean is_self)
{
  GMenu *menu = g_menu_new ();
  g_autoptr (GMenuItem) edit = create_item (_ ("_Edit…"), "accounts.edit", account->id);
  g_autoptr (GMenuItem) reset =
      create_item (_ ("_Reset Password…"), "accounts.reset-password", account->id);

  g_menu_append_item (menu, edit);
  g_menu_append_item (menu, reset);
  /* Nobody disables the account they are signed in with. */
  if (!is_self)
    {
      g_autoptr (GMenu) state = g_menu_new ();
      g_autoptr (GMenuItem) item =
          account->disabled ? create_item (_ ("E_nable"), "accounts.enable", account->id)
                            : create_item (_ ("_Disable…"), "accounts.disable", account->id);

      g_menu_append_item (state, item);
      g_menu_append_section (menu, NULL, G_MENU_MODEL (state));
    }
  return G_MENU_MODEL (menu);
}

static void
on_row_activated_cb (AdwActionRow *row, KrAccountsPage *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "account-id"));

  gtk_widget_activate_action (GTK_WIDGET (self), "accounts.edit", "x", id);
}

static GtkWidget *
create_row (KrAccountsPage *self, const KrAccount *account)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *menu_button = gtk_menu_button_new ();
  g_autoptr (GMenuModel) menu = NULL;
  g_autofree char *subtitle = describe (self, account);
  g_autofree char *menu_label = NULL;
  gboolean is_self = account->id == get_signed_in_id (self);

  /* Names come from people, who may have “&” in them. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), account->display_name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "account-id", GSIZE_TO_POINTER ((gsize) account->id));
  g_signal_connect (row, "activated", G_CALLBACK (on_row_activated_cb), self);

  if (is_self)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), create_tag (_ ("You"), "accent"));
  if (account->disabled)
    {
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), create_tag (_ ("Disabled"), "dim-label"));
      gtk_widget_add_css_class (row, "dim-label");
    }

  menu = create_menu (account, is_self);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), menu);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (menu_button, "flat");
  gtk_widget_set_tooltip_text (menu_button, _ ("Account Actions"));
  /* Translators: the accessible name of a menu button; %s is a user name */
  menu_label = g_strdup_printf (_ ("Actions for %s"), account->user_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  menu_label, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), menu_button);
  return row;
}

static void
refresh (KrAccountsPage *self)
{
  g_autoptr (GPtrArray) accounts = NULL;
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->accounts_group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->listed, 0);

  accounts = kr_account_repository_list (self->accounts, &error);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), accounts == NULL);
  if (accounts == NULL)
    {
      gtk_label_set_text (self->error_label, error->message);
      return;
    }

  for (guint i = 0; i < accounts->len; i++)
    {
      KrAccount *account = g_ptr_array_index (accounts, i);
      GtkWidget *row = create_row (self, account);

      adw_preferences_group_add (self->accounts_group, row);
      g_ptr_array_add (self->rows, row);
      g_ptr_array_add (self->listed, kr_account_copy (account));
    }
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  g_autoptr (KrAccountsPage) self = g_weak_ref_get (user_data);

  if (self != NULL && self->accounts != NULL)
    refresh (self);
  return G_SOURCE_REMOVE;
}

static void
free_weak_ref (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

/* The repository may emit `changed` from a worker thread (kr-account-jobs.h): the list is
 * read again from the main loop. */
static void
on_accounts_changed_cb (KrAccountRepository *accounts, gpointer user_data)
{
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_weak_ref_init (ref, user_data);
  g_idle_add_full (G_PRIORITY_DEFAULT, refresh_idle_cb, ref, free_weak_ref);
}

/* Actions */

static GtkWindow *
get_parent (KrAccountsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
on_added_cb (KrAccountDialog *dialog, gint64 id, KrAccountsPage *self)
{
  g_autoptr (KrAccount) account = kr_account_repository_get (self->accounts, id, NULL);
  g_autofree char *message = NULL;

  /* Translators: %s is a user name */
  message = g_strdup_printf (_ ("Account “%s” added"), account != NULL ? account->user_name : "");
  show_toast (self, message);
}

static void
add_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrAccountsPage *self = KR_ACCOUNTS_PAGE (widget);
  KrAccountDialog *dialog =
      kr_account_dialog_new (self->accounts, self->units, self->employees, NULL);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_added_cb), self, 0);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), get_parent (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_edited_cb (KrAccountDialog *dialog, gint64 id, KrAccountsPage *self)
{
  show_toast (self, _ ("Account changed"));
}

static void
edit_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrAccountsPage *self = KR_ACCOUNTS_PAGE (widget);
  const KrAccount *account = find_account (self, g_variant_get_int64 (parameter));
  KrAccountDialog *dialog;

  if (account == NULL)
    return;
  dialog = kr_account_dialog_new (self->accounts, self->units, self->employees, account);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_edited_cb), self, 0);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), get_parent (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_password_set_cb (KrPasswordDialog *dialog, KrAccountsPage *self)
{
  show_toast (self, _ ("New password set"));
}

static void
reset_password_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrAccountsPage *self = KR_ACCOUNTS_PAGE (widget);
  const KrAccount *account = find_account (self, g_variant_get_int64 (parameter));
  KrPasswordDialog *dialog;

  if (account == NULL)
    return;
  dialog = kr_password_dialog_new_reset (self->accounts, account);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_password_set_cb), self, 0);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), get_parent (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
set_disabled (KrAccountsPage *self, gint64 id, gboolean disabled)
{
  const KrAccount *account = find_account (self, id);
  g_autofree char *user_name = account != NULL ? g_strdup (account->user_name) : NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;

  if (!kr_account_repository_set_disabled (self->accounts, id, disabled, &error))
    {
      show_toast (self, error->message);
      return;
    }
  message = g_strdup_printf (disabled ? _ ("Account “%s” disabled") : _ ("Account “%s” enabled"),
                             user_name != NULL ? user_name : "");
  show_toast (self, message);
}

static void
on_disable_response_cb (AdwMessageDialog *dialog, const char *response, KrAccountsPage *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "account-id"));

  if (g_strcmp0 (response, "disable") == 0)
    set_disabled (self, id, TRUE);
}

static void
disable_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrAccountsPage *self = KR_ACCOUNTS_PAGE (widget);
  const KrAccount *account = find_account (self, g_variant_get_int64 (parameter));
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (account == NULL)
    return;
  /* Translators: %s is a user name */
  heading = g_strdup_printf (_ ("Disable “%s”?"), account->user_name);
  /* Translators: %s is the display name of an account, such as “Sri Wahyuni” */
  body = g_strdup_printf (_ ("%s will no longer be able to sign in. The changes they made keep "
                             "their name in the audit trail, and the account can be enabled "
                             "again at any time."),
                          account->display_name);
  dialog = adw_message_dialog_new (get_parent (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "disable",
                                    _ ("_Disable"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "disable",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "account-id", GSIZE_TO_POINTER ((gsize) account->id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_disable_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
enable_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  set_disabled (KR_ACCOUNTS_PAGE (widget), g_variant_get_int64 (parameter), FALSE);
}

AdwActionRow *
kr_accounts_page_find_row (KrAccountsPage *self, const char *user_name)
{
  g_return_val_if_fail (KR_IS_ACCOUNTS_PAGE (self), NULL);
  g_return_val_if_fail (user_name != NULL, NULL);

  for (guint i = 0; i < self->listed->len; i++)
    {
      const KrAccount *account = g_ptr_array_index (self->listed, i);

      if (g_ascii_strcasecmp (account->user_name, user_name) == 0)
        return g_ptr_array_index (self->rows, i);
    }
  return NULL;
}

guint
kr_accounts_page_get_n_accounts (KrAccountsPage *self)
{
  g_return_val_if_fail (KR_IS_ACCOUNTS_PAGE (self), 0);

  return self->listed->len;
}

static void
kr_accounts_page_dispose (GObject *object)
{
  KrAccountsPage *self = KR_ACCOUNTS_PAGE (object);

  if (self->accounts != NULL)
    g_signal_handlers_disconnect_by_func (self->accounts, on_accounts_changed_cb, self);
  g_clear_object (&self->accounts);
  g_clear_object (&self->units);
  g_clear_object (&self->employees);
  g_clear_object (&self->database);
  gtk_widget_dispose_template (GTK_WIDGET (object), KR_TYPE_ACCOUNTS_PAGE);

  G_OBJECT_CLASS (kr_accounts_page_parent_class)->dispose (object);
}

static void
kr_accounts_page_finalize (GObject *object)
{
  KrAccountsPage *self = KR_ACCOUNTS_PAGE (object);

  g_clear_pointer (&self->listed, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (kr_accounts_page_parent_class)->finalize (object);
}

static void
kr_accounts_page_class_init (KrAccountsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_accounts_page_dispose;
  object_class->finalize = kr_accounts_page_finalize;

  gtk_widget_class_set_template_from_resource (
      widget_class, "/io/github/karier/Karier/accounts/kr-accounts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KrAccountsPage, accounts_group);
  gtk_widget_class_bind_template_child (widget_class, KrAccountsPage, error_label);

  gtk_widget_class_install_action (widget_class, "accounts.add", NULL, add_action_cb);
  gtk_widget_class_install_action (widget_class, "accounts.edit", "x", edit_action_cb);
  gtk_widget_class_install_action (widget_class, "accounts.reset-password", "x",
                                   reset_password_action_cb);
  gtk_widget_class_install_action (widget_class, "accounts.disable", "x", disable_action_cb);
  gtk_widget_class_install_action (widget_class, "accounts.enable", "x", enable_action_cb);
}

static void
kr_accounts_page_init (KrAccountsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->listed = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_account_free);
  self->rows = g_ptr_array_new ();
}

GtkWidget *
kr_accounts_page_new (KrDatabase *database,
                      KrAccountRepository *accounts,
                      KrUnitRepository *units,
                      KrEmployeeRepository *employees)
{
  KrAccountsPage *self;

  g_return_val_if_fail (KR_IS_DATABASE (database), NULL);
  g_return_val_if_fail (KR_IS_ACCOUNT_REPOSITORY (accounts), NULL);
  g_return_val_if_fail (KR_IS_UNIT_REPOSITORY (units), NULL);
  g_return_val_if_fail (employees == NULL || KR_IS_EMPLOYEE_REPOSITORY (employees), NULL);

  self = g_object_new (KR_TYPE_ACCOUNTS_PAGE, NULL);
  self->database = g_object_ref (database);
  self->accounts = g_object_ref (accounts);
  self->units = g_object_ref (units);
  self->employees = employees != NULL ? g_object_ref (employees) : NULL;
  g_signal_connect (accounts, "changed", G_CALLBACK (on_accounts_changed_cb), self);
  refresh (self);
  return GTK_WIDGET (self);
}
