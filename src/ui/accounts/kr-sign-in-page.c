/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-sign-in-page"

#include "config.h"

#include "kr-sign-in-page.h"

#include <glib/gi18n.h>

#include "kr-account-jobs.h"
#include "kr-error.h"
#include "kr-focus.h"

struct _KrSignInPage
{
  AdwBin parent_instance;

  KrAccountRepository *repository;
  GCancellable *cancellable;
  gboolean busy;
  /* What had the focus when the form turned busy (kr-focus.h) */
  GtkWidget *busy_focus;
  gboolean resetting;
  /* After too many wrong passwords: the account that waits, and until when (monotonic). */
  char *waiting_user;
  gint64 wait_until;
  guint countdown_id;

  AdwStatusPage *status_page;
  AdwEntryRow *user_name_row;
  AdwEntryRow *password_row;
  GtkLabel *error_label;
  GtkWidget *sign_in_button;
  GtkStack *button_stack;
  GtkSpinner *spinner;
};

G_DEFINE_FINAL_TYPE (KrSignInPage, kr_sign_in_page, ADW_TYPE_BIN)

enum
{
  SIGNED_IN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
dup_user_name (KrSignInPage *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->user_name_row))));
}

static guint
get_wait (KrSignInPage *self)
{
  g_autofree char *user_name = NULL;
  gint64 left = self->wait_until - g_get_monotonic_time ();

  if (self->waiting_user == NULL || left <= 0)
    return 0;
  /* The wait is the account's: someone else may sign in meanwhile. */
  user_name = dup_user_name (self);
  if (g_ascii_strcasecmp (user_name, self->waiting_user) != 0)
    return 0;
  return (guint) ((left + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC);
}

static void
show_message (KrSignInPage *self, const char *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
update (KrSignInPage *self)
{
  g_autofree char *user_name = dup_user_name (self);
  const char *password = gtk_editable_get_text (GTK_EDITABLE (self->password_row));
  guint wait = get_wait (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sign-in.submit",
                                 self->repository != NULL && !self->busy && wait == 0 &&
                                     user_name[0] != '\0' && password[0] != '\0');
  if (wait > 0)
    {
      g_autofree char *message =
          g_strdup_printf (ngettext ("Too many wrong passwords. Try again in %u second.",
                                     "Too many wrong passwords. Try again in %u seconds.", wait),
                           wait);

      show_message (self, message);
    }
}

static gboolean
countdown_cb (gpointer user_data)
{
  KrSignInPage *self = user_data;

  if (get_wait (self) > 0)
    {
      update (self);
      return G_SOURCE_CONTINUE;
    }
  self->countdown_id = 0;
  g_clear_pointer (&self->waiting_user, g_free);
  show_message (self, NULL);
  update (self);
  return G_SOURCE_REMOVE;
}

static void
start_countdown (KrSignInPage *self, const char *user_name, guint seconds)
{
  g_free (self->waiting_user);
  self->waiting_user = g_strdup (user_name);
  self->wait_until = g_get_monotonic_time () + (gint64) seconds * G_USEC_PER_SEC;
  if (self->countdown_id == 0)
    self->countdown_id = g_timeout_add (250, countdown_cb, self);
  update (self);
}

static void
stop_countdown (KrSignInPage *self)
{
  g_clear_handle_id (&self->countdown_id, g_source_remove);
  g_clear_pointer (&self->waiting_user, g_free);
}

static void
on_field_changed_cb (KrSignInPage *self)
{
  if (!self->resetting)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->password_row), "error");
      /* A new attempt is being typed: the last message has been read. A countdown has not
       * run out, and says so. */
      if (get_wait (self) == 0)
        show_message (self, NULL);
    }
  update (self);
}

static void
set_busy (KrSignInPage *self, gboolean busy)
{
  self->busy = busy;
  if (busy && self->busy_focus == NULL)
    self->busy_focus = kr_focus_take (GTK_WIDGET (self));
  gtk_widget_set_sensitive (GTK_WIDGET (self->user_name_row), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->password_row), !busy);
  gtk_stack_set_visible_child_name (self->button_stack, busy ? "busy" : "label");
  if (busy)
    gtk_spinner_start (self->spinner);
  else
    gtk_spinner_stop (self->spinner);
  if (!busy)
    kr_focus_give_back (&self->busy_focus);
  update (self);
}

static void
clear_password (KrSignInPage *self)
{
  self->resetting = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->password_row), "");
  self->resetting = FALSE;
}

static void
authenticate_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrSignInPage *self = KR_SIGN_IN_PAGE (source);
  g_autofree char *user_name = user_data;
  g_autoptr (KrIdentity) identity = NULL;
  g_autoptr (GError) error = NULL;
  guint retry_after = 0;

  identity = kr_account_job_authenticate_finish (result, &retry_after, &error);
  /* A check for a repository this page no longer shows. */
  if (g_task_get_cancellable (G_TASK (result)) != self->cancellable ||
      g_cancellable_is_cancelled (self->cancellable))
    return;

  set_busy (self, FALSE);
  clear_password (self);
  if (identity != NULL)
    {
      stop_countdown (self);
      show_message (self, NULL);
      g_signal_emit (self, signals[SIGNED_IN], 0, identity);
      return;
    }

  gtk_widget_grab_focus (GTK_WIDGET (self->password_row));
  if (retry_after > 0)
    {
      start_countdown (self, user_name, retry_after);
      return;
    }
  gtk_widget_add_css_class (GTK_WIDGET (self->password_row), "error");
  show_message (self, error->message);
}

static void
submit_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrSignInPage *self = KR_SIGN_IN_PAGE (widget);
  g_autofree char *user_name = dup_user_name (self);
  const char *password = gtk_editable_get_text (GTK_EDITABLE (self->password_row));
  g_autoptr (KrAccount) account = NULL;

  if (self->repository == NULL || self->busy || get_wait (self) > 0 || user_name[0] == '\0' ||
      password[0] == '\0')
    return;

  show_message (self, NULL);
  set_busy (self, TRUE);
  account = kr_account_new ();
  account->user_name = g_strdup (user_name);
  kr_account_job_start (self, self->repository, KR_ACCOUNT_JOB_AUTHENTICATE, account, password,
                        self->cancellable, authenticate_done_cb, g_strdup (user_name));
}

static void
on_user_name_activated_cb (KrSignInPage *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->password_row));
}

static void
on_password_activated_cb (KrSignInPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "sign-in.submit", NULL);
}

void
kr_sign_in_page_set_repository (KrSignInPage *self,
                                KrAccountRepository *repository,
                                const char *database_name,
                                const char *user_name)
{
  g_autofree char *description = NULL;

  g_return_if_fail (KR_IS_SIGN_IN_PAGE (self));
  g_return_if_fail (repository == NULL || KR_IS_ACCOUNT_REPOSITORY (repository));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_set_object (&self->repository, repository);
  stop_countdown (self);

  if (database_name != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (database_name, -1);

      /* Translators: %s is the file name of a database, such as “karier.db” */
      description = g_strdup_printf (_ ("Sign in with your Karier account to open “%s”."), escaped);
    }
  adw_status_page_set_description (self->status_page, description);

  self->resetting = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->user_name_row), user_name != NULL ? user_name : "");
  gtk_editable_set_text (GTK_EDITABLE (self->password_row), "");
  self->resetting = FALSE;
  gtk_widget_remove_css_class (GTK_WIDGET (self->password_row), "error");
  show_message (self, NULL);
  set_busy (self, FALSE);
}

void
kr_sign_in_page_focus (KrSignInPage *self)
{
  g_autofree char *user_name = NULL;

  g_return_if_fail (KR_IS_SIGN_IN_PAGE (self));

  user_name = dup_user_name (self);
  gtk_widget_grab_focus (
      GTK_WIDGET (user_name[0] != '\0' ? self->password_row : self->user_name_row));
}

gboolean
kr_sign_in_page_get_busy (KrSignInPage *self)
{
  g_return_val_if_fail (KR_IS_SIGN_IN_PAGE (self), FALSE);

  return self->busy;
}

const char *
kr_sign_in_page_get_message (KrSignInPage *self)
{
  g_return_val_if_fail (KR_IS_SIGN_IN_PAGE (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->error_label))
             ? gtk_label_get_text (self->error_label)
             : "";
}

guint
kr_sign_in_page_get_wait (KrSignInPage *self)
{
  g_return_val_if_fail (KR_IS_SIGN_IN_PAGE (self), 0);

  return get_wait (self);
}

static void
kr_sign_in_page_dispose (GObject *object)
{
  KrSignInPage *self = KR_SIGN_IN_PAGE (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->repository);
  g_clear_object (&self->busy_focus);
  stop_countdown (self);
  /* No gtk_widget_dispose_template (): AdwBin unparents its child (libadwaita 1.2). */

  G_OBJECT_CLASS (kr_sign_in_page_parent_class)->dispose (object);
}

static void
kr_sign_in_page_class_init (KrSignInPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_sign_in_page_dispose;

  /**
   * KrSignInPage::signed-in:
   * @self: the page
   * @identity: who signed in
   */
  signals[SIGNED_IN] = g_signal_new ("signed-in", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_NONE, 1, KR_TYPE_IDENTITY);

  gtk_widget_class_set_template_from_resource (
      widget_class, "/io/github/karier/Karier/accounts/kr-sign-in-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KrSignInPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, KrSignInPage, user_name_row);
  gtk_widget_class_bind_template_child (widget_class, KrSignInPage, password_row);
  gtk_widget_class_bind_template_child (widget_class, KrSignInPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, KrSignInPage, sign_in_button);
  gtk_widget_class_bind_template_child (widget_class, KrSignInPage, button_stack);
  gtk_widget_class_bind_template_child (widget_class, KrSignInPage, spinner);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_user_name_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_password_activated_cb);

  gtk_widget_class_install_action (widget_class, "sign-in.submit", NULL, submit_action_cb);
}

static void
kr_sign_in_page_init (KrSignInPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  update (self);
}

GtkWidget *
kr_sign_in_page_new (void)
{
  return g_object_new (KR_TYPE_SIGN_IN_PAGE, NULL);
}
