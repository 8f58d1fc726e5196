/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-password-dialog"

#include "config.h"

#include "kr-password-dialog.h"

#include <glib/gi18n.h>

#include "kr-account-jobs.h"
#include "kr-error.h"
#include "kr-focus.h"
#include "kr-password-fields.h"
#include "kr-password-hint.h"

struct _KrPasswordDialog
{
  AdwWindow parent_instance;

  KrAccountRepository *repository;
  /* The account whose password an administrator sets; 0 for one's own. */
  gint64 account_id;
  gboolean busy;
  /* What had the focus when the form turned busy (kr-focus.h) */
  GtkWidget *busy_focus;
  GHashTable *touched;

  AdwWindowTitle *window_title;
  GtkWidget *cancel_button;
  GtkButton *save_button;
  GtkSpinner *spinner;
  AdwPreferencesGroup *group;
  AdwEntryRow *current_row;
  AdwEntryRow *new_row;
  AdwEntryRow *repeat_row;
  KrPasswordHint *hint;
  GtkLabel *error_label;
};

G_DEFINE_FINAL_TYPE (KrPasswordDialog, kr_password_dialog, ADW_TYPE_WINDOW)

enum
{
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
get_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static gboolean
counts (KrPasswordDialog *self, gboolean touched_only, AdwEntryRow *row)
{
  return !touched_only || g_hash_table_contains (self->touched, row);
}

/* The first wrong row and what is wrong with it, or NULL. @touched_only: only rows typed in,
 * and a repeated password that is still a beginning of the new one is not wrong yet. */
static AdwEntryRow *
find_error (KrPasswordDialog *self, gboolean touched_only, char **message)
{
  *message = NULL;
  if (self->account_id == 0 && get_text (self->current_row)[0] == '\0' &&
      counts (self, touched_only, self->current_row))
    {
      *message = g_strdup (_ ("Type your current password"));
      return self->current_row;
    }
  return kr_password_fields_find_error (self->new_row, self->repeat_row, self->touched,
                                        touched_only, message);
}

static void
mark (KrPasswordDialog *self, AdwEntryRow *wrong, const char *message)
{
  AdwEntryRow *rows[] = { self->current_row, self->new_row, self->repeat_row };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (rows[i] == wrong)
      gtk_widget_add_css_class (GTK_WIDGET (rows[i]), "error");
    else
      gtk_widget_remove_css_class (GTK_WIDGET (rows[i]), "error");
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
update (KrPasswordDialog *self)
{
  g_autofree char *missing = NULL;
  g_autofree char *message = NULL;
  gboolean valid = find_error (self, FALSE, &missing) == NULL;

  mark (self, find_error (self, TRUE, &message), message);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->save_button), missing);
  kr_password_hint_update (self->hint, get_text (self->new_row));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "password.save", valid && !self->busy);
}

static void
on_field_changed_cb (KrPasswordDialog *self, AdwEntryRow *row)
{
  g_hash_table_add (self->touched, row);
  update (self);
}

static void
set_busy (KrPasswordDialog *self, gboolean busy)
{
  self->busy = busy;
  if (busy && self->busy_focus == NULL)
    self->busy_focus = kr_focus_take (GTK_WIDGET (self));
  gtk_widget_set_sensitive (GTK_WIDGET (self->group), !busy);
  gtk_widget_set_sensitive (self->cancel_button, !busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  if (busy)
    gtk_spinner_start (self->spinner);
  else
    gtk_spinner_stop (self->spinner);
  if (!busy)
    kr_focus_give_back (&self->busy_focus);
  update (self);
}

static void
save_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrPasswordDialog *self = KR_PASSWORD_DIALOG (source);
  g_autoptr (GError) error = NULL;

  set_busy (self, FALSE);
  if (kr_account_job_set_password_finish (result, &error))
    {
      g_signal_emit (self, signals[SAVED], 0);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  /* The repository refuses a wrong current password (invalid, like a bad new one). */
  if (self->account_id == 0 && g_error_matches (error, KR_ERROR, KR_ERROR_INVALID) &&
      kr_account_check_password (get_text (self->new_row), NULL))
    {
      mark (self, self->current_row, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->current_row));
    }
  else
    mark (self, NULL, error->message);
}

static void
save_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrPasswordDialog *self = KR_PASSWORD_DIALOG (widget);
  g_autofree char *message = NULL;

  if (self->busy || find_error (self, FALSE, &message) != NULL)
    return;

  set_busy (self, TRUE);
  kr_account_job_set_password (self, self->repository, self->account_id,
                               self->account_id == 0 ? get_text (self->current_row) : NULL,
                               get_text (self->new_row), NULL, save_done_cb, NULL);
}

static void
on_entry_activated_cb (KrPasswordDialog *self, AdwEntryRow *row)
{
  if (row == self->current_row)
    gtk_widget_grab_focus (GTK_WIDGET (self->new_row));
  else if (row == self->new_row)
    gtk_widget_grab_focus (GTK_WIDGET (self->repeat_row));
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "password.save", NULL);
}

gboolean
kr_password_dialog_get_busy (KrPasswordDialog *self)
{
  g_return_val_if_fail (KR_IS_PASSWORD_DIALOG (self), FALSE);

  return self->busy;
}

static gboolean
kr_password_dialog_close_request (GtkWindow *window)
{
  /* The worker is writing the new hash: the dialog waits for it. */
  if (KR_PASSWORD_DIALOG (window)->busy)
    return TRUE;

  return GTK_WINDOW_CLASS (kr_password_dialog_parent_class)->close_request (window);
}

static void
kr_password_dialog_dispose (GObject *object)
{
  KrPasswordDialog *self = KR_PASSWORD_DIALOG (object);

  g_clear_object (&self->repository);
  g_clear_object (&self->busy_focus);
  gtk_widget_dispose_template (GTK_WIDGET (object), KR_TYPE_PASSWORD_DIALOG);

  G_OBJECT_CLASS (kr_password_dialog_parent_class)->dispose (object);
}

static void
kr_password_dialog_finalize (GObject *object)
{
  KrPasswordDialog *self = KR_PASSWORD_DIALOG (object);

  g_clear_pointer (&self->touched, g_hash_table_unref);

  G_OBJECT_CLASS (kr_password_dialog_parent_class)->finalize (object);
}

static void
kr_password_dialog_class_init (KrPasswordDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = kr_password_dialog_dispose;
  object_class->finalize = kr_password_dialog_finalize;
  window_class->close_request = kr_password_dialog_close_request;

  /**
   * KrPasswordDialog::saved:
   * @self: the dialog, which closes afterwards
   *
   * Emitted once the new password is stored.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (KR_TYPE_PASSWORD_HINT);
  gtk_widget_class_set_template_from_resource (
      widget_class, "/io/github/karier/Karier/accounts/kr-password-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KrPasswordDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, KrPasswordDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, KrPasswordDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, KrPasswordDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, KrPasswordDialog, group);
  gtk_widget_class_bind_template_child (widget_class, KrPasswordDialog, current_row);
  gtk_widget_class_bind_template_child (widget_class, KrPasswordDialog, new_row);
  gtk_widget_class_bind_template_child (widget_class, KrPasswordDialog, repeat_row);
  gtk_widget_class_bind_template_child (widget_class, KrPasswordDialog, hint);
  gtk_widget_class_bind_template_child (widget_class, KrPasswordDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "password.save", NULL, save_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kr_password_dialog_init (KrPasswordDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->touched = g_hash_table_new (NULL, NULL);
}

static KrPasswordDialog *
create (KrAccountRepository *repository, gint64 account_id)
{
  KrPasswordDialog *self = g_object_new (KR_TYPE_PASSWORD_DIALOG, NULL);

  self->repository = g_object_ref (repository);
  self->account_id = account_id;
  gtk_widget_set_visible (GTK_WIDGET (self->current_row), account_id == 0);
  update (self);
  return self;
}

KrPasswordDialog *
kr_password_dialog_new_change_own (KrAccountRepository *repository)
{
  KrPasswordDialog *self;

  g_return_val_if_fail (KR_IS_ACCOUNT_REPOSITORY (repository), NULL);

  self = create (repository, 0);
  gtk_window_set_title (GTK_WINDOW (self), _ ("Change Password"));
  adw_window_title_set_title (self->window_title, _ ("Change Password"));
  gtk_button_set_label (self->save_button, _ ("C_hange"));
  adw_preferences_group_set_description (
      self->group, _ ("The new password works from your next sign-in; you stay signed in."));
  gtk_widget_grab_focus (GTK_WIDGET (self->current_row));
  return self;
}

KrPasswordDialog *
kr_password_dialog_new_reset (KrAccountRepository *repository, const KrAccount *account)
{
  KrPasswordDialog *self;
  g_autofree char *description = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (KR_IS_ACCOUNT_REPOSITORY (repository), NULL);
  g_return_val_if_fail (account != NULL && account->id != 0, NULL);

  self = create (repository, account->id);
  gtk_window_set_title (GTK_WINDOW (self), _ ("Reset Password"));
  adw_window_title_set_title (self->window_title, _ ("Reset Password"));
  adw_window_title_set_subtitle (self->window_title, account->user_name);
  gtk_button_set_label (self->save_button, _ ("_Set Password"));
  name = g_markup_escape_text (account->display_name, -1);
  /* Translators: %s is the display name of an account, such as “Sri Wahyuni” */
  description = g_strdup_printf (_ ("Give %s a new password and tell it to them in person. It "
                                    "works at once, even if they had to wait after wrong "
                                    "passwords."),
                                 name);
  /* The group's description is markup; names may hold “&”. */
  adw_preferences_group_set_description (self->group, description);
  gtk_widget_grab_focus (GTK_WIDGET (self->new_row));
  return self;
}
