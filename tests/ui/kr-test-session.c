/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-test-session"

#include "config.h"

#include "kr-test-session.h"

#include <sodium.h>

#include "kr-account-repository-private.h"
#include "kr-test-ui.h"

static KrAccountRepository *
new_repository (KrDatabase *db)
{
  KrAccountRepository *accounts = kr_account_repository_new (db);

  _kr_account_repository_set_hash_cost (accounts, crypto_pwhash_OPSLIMIT_MIN,
                                        crypto_pwhash_MEMLIMIT_MIN);
  return accounts;
}

gint64
kr_test_add_account (KrDatabase *db,
                     const char *user_name,
                     const char *display_name,
                     KrRole role,
                     gint64 unit_id)
{
  g_autoptr (KrAccountRepository) accounts = new_repository (db);
  g_autoptr (KrAccount) account = kr_account_new ();
  g_autoptr (GError) error = NULL;
  gboolean has_accounts = FALSE;
  gint64 id;

  g_assert_true (kr_database_has_accounts (db, &has_accounts, &error));
  if (has_accounts && kr_database_get_identity (db) == NULL)
    {
      g_autoptr (KrIdentity) admin = NULL;

      g_assert_true (kr_account_repository_authenticate (accounts, "admin", KR_TEST_PASSWORD,
                                                         &admin, NULL, &error));
      g_assert_no_error (error);
      kr_database_set_identity (db, admin);
    }
  account->user_name = g_strdup (user_name);
  account->display_name = g_strdup (display_name);
  account->role = role;
  account->unit_id = unit_id;
  id = kr_account_repository_add (accounts, account, KR_TEST_PASSWORD, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

void
kr_test_make_hashes_cheap (KrApplication *app)
{
  KrAccountRepository *accounts = kr_application_get_account_repository (app);

  g_assert_nonnull (accounts);
  _kr_account_repository_set_hash_cost (accounts, crypto_pwhash_OPSLIMIT_MIN,
                                        crypto_pwhash_MEMLIMIT_MIN);
}

static gboolean
is_answered (gpointer data)
{
  return !kr_sign_in_page_get_busy (data);
}

void
kr_test_sign_in (KrWindow *window, const char *user_name, const char *password)
{
  GtkWidget *page = GTK_WIDGET (window->sign_in_page);
  GtkEditable *user_row =
      GTK_EDITABLE (gtk_widget_get_template_child (page, KR_TYPE_SIGN_IN_PAGE, "user_name_row"));
  GtkEditable *password_row =
      GTK_EDITABLE (gtk_widget_get_template_child (page, KR_TYPE_SIGN_IN_PAGE, "password_row"));

  g_assert_cmpstr (kr_window_get_state (window), ==, "sign-in");
  gtk_editable_set_text (user_row, user_name);
  gtk_editable_set_text (password_row, password);
  g_assert_true (gtk_widget_activate_action (page, "sign-in.submit", NULL));
  kr_test_wait_until (is_answered, page);
}
