/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-setup-page"

#include "config.h"

#include "kr-setup-page.h"

#include <glib/gi18n.h>

#include "kr-account-jobs.h"
#include "kr-error.h"
#include "kr-focus.h"
#include "kr-password-fields.h"
#include "kr-password-hint.h"

struct _KrSetupPage
{
  AdwBin parent_instance;

  KrAccountRepository *repository;
  GCancellable *cancellable;
  gboolean busy;
  /* What had the focus when the form turned busy (kr-focus.h) */
  GtkWidget *busy_focus;
  gboolean resetting;
  /* The rows the user has typed in: only those are marked while they are wrong. */
  GHashTable *touched;

  AdwStatusPage *status_page;
  AdwEntryRow *user_name_row;
  AdwEntryRow *display_name_row;
  AdwEntryRow *password_row;
  AdwEntryRow *repeat_row;
  KrPasswordHint *hint;
  GtkLabel *error_label;
  GtkWidget *create_button;
  GtkStack *button_stack;
  GtkSpinner *spinner;
};

G_DEFINE_FINAL_TYPE (KrSetupPage, kr_setup_page, ADW_TYPE_BIN)

enum
{
  SIGNED_IN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
get_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* The first wrong field, as the row and a message that names it; NULL when all are right.
 * @touched_only: only rows the user has typed in, and a second password that is still a
 * beginning of the first is not wrong yet. */
static AdwEntryRow *
find_error (KrSetupPage *self, gboolean touched_only, char **message)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *display_name = g_strstrip (g_strdup (get_text (self->display_name_row)));

  if (!kr_account_check_user_name (get_text (self->user_name_row), &error) &&
      (!touched_only || g_hash_table_contains (self->touched, self->user_name_row)))
    {
      *message = g_strdup (error->message);
      return self->user_name_row;
    }
  if (display_name[0] == '\0' &&
      (!touched_only || g_hash_table_contains (self->touched, self->display_name_row)))
    {
      *message = g_strdup (_ ("The display name is required"));
      return self->display_name_row;
    }
  return kr_password_fields_find_error (self->password_row, self->repeat_row, self->touched,
                                        touched_only, message);
}

static void
update (KrSetupPage *self)
{
  AdwEntryRow *rows[] = { self->user_name_row, self->display_name_row, self->password_row,
                          self->repeat_row };
  g_autofree char *missing = NULL;
  g_autofree char *message = NULL;
  AdwEntryRow *wrong;
  gboolean valid;

  valid = find_error (self, FALSE, &missing) == NULL;
  wrong = find_error (self, TRUE, &message);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (rows[i] == wrong)
      gtk_widget_add_css_class (GTK_WIDGET (rows[i]), "error");
    else
      gtk_widget_remove_css_class (GTK_WIDGET (rows[i]), "error");

  if (message != NULL)
    gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  gtk_widget_set_tooltip_text (self->create_button, missing);
  kr_password_hint_update (self->hint, get_text (self->password_row));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "setup.create",
                                 valid && !self->busy && self->repository != NULL);
}

static void
on_field_changed_cb (KrSetupPage *self, GtkEditable *row)
{
  if (!self->resetting)
    g_hash_table_add (self->touched, row);
  update (self);
}

static void
set_busy (KrSetupPage *self, gboolean busy)
{
  AdwEntryRow *rows[] = { self->user_name_row, self->display_name_row, self->password_row,
                          self->repeat_row };

  self->busy = busy;
  if (busy && self->busy_focus == NULL)
    self->busy_focus = kr_focus_take (GTK_WIDGET (self));
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_widget_set_sensitive (GTK_WIDGET (rows[i]), !busy);
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
show_failure (KrSetupPage *self, const GError *error)
{
  AdwEntryRow *row = NULL;

  /* The form checked the values; what the repository still refuses is a taken name (not in
   * a new database, but another program may have been quicker) or a storage problem. */
  if (g_error_matches (error, KR_ERROR, KR_ERROR_CONFLICT))
    row = self->user_name_row;
  if (row != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
add_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrSetupPage *self = KR_SETUP_PAGE (source);
  g_autoptr (KrAccount) account = NULL;
  g_autoptr (KrIdentity) identity = NULL;
  g_autoptr (GError) error = NULL;

  account = kr_account_job_add_finish (result, &error);
  /* A job of a repository this page no longer shows. */
  if (g_task_get_cancellable (G_TASK (result)) != self->cancellable ||
      g_cancellable_is_cancelled (self->cancellable))
    return;

  set_busy (self, FALSE);
  if (account == NULL)
    {
      show_failure (self, error);
      return;
    }

  identity = kr_identity_new (account->id, account->user_name, account->display_name,
                              KR_ROLE_ADMINISTRATOR, 0);
  self->resetting = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->password_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->repeat_row), "");
  self->resetting = FALSE;
  g_hash_table_remove_all (self->touched);
  update (self);
  g_signal_emit (self, signals[SIGNED_IN], 0, identity);
}

static void
create_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrSetupPage *self = KR_SETUP_PAGE (widget);
  g_autoptr (KrAccount) account = NULL;
  g_autofree char *message = NULL;

  if (self->busy || self->repository == NULL || find_error (self, FALSE, &message) != NULL)
    return;

  account = kr_account_new ();
  account->user_name = g_strdup (get_text (self->user_name_row));
  account->display_name = g_strdup (get_text (self->display_name_row));
  account->role = KR_ROLE_ADMINISTRATOR;
  set_busy (self, TRUE);
  kr_account_job_start (self, self->repository, KR_ACCOUNT_JOB_ADD, account,
                        get_text (self->password_row), self->cancellable, add_done_cb, NULL);
}

static void
on_entry_activated_cb (KrSetupPage *self, AdwEntryRow *row)
{
  AdwEntryRow *order[] = { self->user_name_row, self->display_name_row, self->password_row,
                           self->repeat_row };

  /* Enter moves on to the next row, and creates the account from the last. */
  for (guint i = 0; i + 1 < G_N_ELEMENTS (order); i++)
    if (order[i] == row)
      {
        gtk_widget_grab_focus (GTK_WIDGET (order[i + 1]));
        return;
      }
  gtk_widget_activate_action (GTK_WIDGET (self), "setup.create", NULL);
}

void
kr_setup_page_set_repository (KrSetupPage *self, KrAccountRepository *repository)
{
  AdwEntryRow *rows[] = { self->user_name_row, self->display_name_row, self->password_row,
                          self->repeat_row };

  g_return_if_fail (KR_IS_SETUP_PAGE (self));
  g_return_if_fail (repository == NULL || KR_IS_ACCOUNT_REPOSITORY (repository));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_set_object (&self->repository, repository);

  self->resetting = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_editable_set_text (GTK_EDITABLE (rows[i]), "");
  self->resetting = FALSE;
  g_hash_table_remove_all (self->touched);
  set_busy (self, FALSE);
}

void
kr_setup_page_focus (KrSetupPage *self)
{
  g_return_if_fail (KR_IS_SETUP_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->user_name_row));
}

gboolean
kr_setup_page_get_busy (KrSetupPage *self)
{
  g_return_val_if_fail (KR_IS_SETUP_PAGE (self), FALSE);

  return self->busy;
}

static void
kr_setup_page_dispose (GObject *object)
{
  KrSetupPage *self = KR_SETUP_PAGE (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->repository);
  g_clear_object (&self->busy_focus);
  /* No gtk_widget_dispose_template (): AdwBin unparents its child (libadwaita 1.2). */

  G_OBJECT_CLASS (kr_setup_page_parent_class)->dispose (object);
}

static void
kr_setup_page_finalize (GObject *object)
{
  KrSetupPage *self = KR_SETUP_PAGE (object);

  g_clear_pointer (&self->touched, g_hash_table_unref);

  G_OBJECT_CLASS (kr_setup_page_parent_class)->finalize (object);
}

static void
kr_setup_page_class_init (KrSetupPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_setup_page_dispose;
  object_class->finalize = kr_setup_page_finalize;

  /**
   * KrSetupPage::signed-in:
   * @self: the page
   * @identity: the first administrator, as just added
   */
  signals[SIGNED_IN] = g_signal_new ("signed-in", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_NONE, 1, KR_TYPE_IDENTITY);

  g_type_ensure (KR_TYPE_PASSWORD_HINT);
  gtk_widget_class_set_template_from_resource (
      widget_class, "/io/github/karier/Karier/accounts/kr-setup-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KrSetupPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, KrSetupPage, user_name_row);
  gtk_widget_class_bind_template_child (widget_class, KrSetupPage, display_name_row);
  gtk_widget_class_bind_template_child (widget_class, KrSetupPage, password_row);
  gtk_widget_class_bind_template_child (widget_class, KrSetupPage, repeat_row);
  gtk_widget_class_bind_template_child (widget_class, KrSetupPage, hint);
  gtk_widget_class_bind_template_child (widget_class, KrSetupPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, KrSetupPage, create_button);
  gtk_widget_class_bind_template_child (widget_class, KrSetupPage, button_stack);
  gtk_widget_class_bind_template_child (widget_class, KrSetupPage, spinner);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "setup.create", NULL, create_action_cb);
}

static void
kr_setup_page_init (KrSetupPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->touched = g_hash_table_new (NULL, NULL);
  self->cancellable = g_cancellable_new ();
  adw_status_page_set_icon_name (self->status_page, BASE_APPLICATION_ID);
  update (self);
}

GtkWidget *
kr_setup_page_new (void)
{
  return g_object_new (KR_TYPE_SETUP_PAGE, NULL);
}
