/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-account-dialog"

#include "config.h"

#include "kr-account-dialog.h"

#include <glib/gi18n.h>

#include "kr-account-jobs.h"
#include "kr-error.h"
#include "kr-focus.h"
#include "kr-nip.h"
#include "kr-password-fields.h"
#include "kr-password-hint.h"

struct _KrAccountDialog
{
  AdwWindow parent_instance;

  KrAccountRepository *accounts;
  KrUnitRepository *units;
  KrEmployeeRepository *employees;
  /* The account as stored when changing one; NULL when adding. */
  KrAccount *account;
  GArray *unit_ids;
  gint64 employee_id;
  gboolean busy;
  /* What had the focus when the form turned busy (kr-focus.h) */
  GtkWidget *busy_focus;
  GHashTable *touched;
  GtkWidget *error_row;

  AdwWindowTitle *window_title;
  GtkWidget *cancel_button;
  GtkButton *save_button;
  GtkSpinner *spinner;
  GtkWidget *form;
  GtkLabel *general_error;
  AdwEntryRow *user_name_row;
  AdwEntryRow *display_name_row;
  AdwEntryRow *employee_row;
  GtkLabel *employee_label;
  GtkLabel *account_error;
  AdwComboRow *role_row;
  AdwComboRow *unit_row;
  GtkLabel *role_error;
  GtkWidget *password_box;
  AdwEntryRow *password_row;
  AdwEntryRow *repeat_row;
  KrPasswordHint *hint;
  GtkLabel *password_error;
};

G_DEFINE_FINAL_TYPE (KrAccountDialog, kr_account_dialog, ADW_TYPE_WINDOW)

enum
{
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What each role may do, under the role's name. */
static const char *const role_descriptions[KR_N_ROLES] = {
  [KR_ROLE_ADMINISTRATOR] = N_ ("Manages accounts and changes every record"),
  [KR_ROLE_HR_OPERATOR] = N_ ("Reads and changes every employee record and the organisation"),
  [KR_ROLE_UNIT_HEAD] = N_ ("Reads the employees of the unit they lead"),
  [KR_ROLE_VIEWER] = N_ ("Reads every record and changes nothing"),
};

static const char *
get_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static KrRole
get_role (KrAccountDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->role_row);

  return selected < KR_N_ROLES ? (KrRole) selected : KR_ROLE_VIEWER;
}

static gint64
get_unit_id (KrAccountDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->unit_row);

  if (get_role (self) != KR_ROLE_UNIT_HEAD || selected >= self->unit_ids->len)
    return 0;
  return g_array_index (self->unit_ids, gint64, selected);
}

/* Units */

static void
add_units (KrAccountDialog *self, GtkStringList *labels, gint64 parent_id, const char *path)
{
  g_autoptr (GPtrArray) children = kr_unit_repository_list_children (self->units, parent_id, NULL);

  for (guint i = 0; children != NULL && i < children->len; i++)
    {
      KrUnit *unit = g_ptr_array_index (children, i);
      g_autofree char *label = NULL;

      /* Translators: a unit with the unit above it, “Badan Kepegawaian Daerah › Bidang
       * Mutasi” */
      label =
          path != NULL ? g_strdup_printf (_ ("%s › %s"), path, unit->name) : g_strdup (unit->name);
      gtk_string_list_append (labels, label);
      g_array_append_val (self->unit_ids, unit->id);
      add_units (self, labels, unit->id, label);
    }
}

static void
load_units (KrAccountDialog *self, gint64 selected_id)
{
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);

  add_units (self, labels, 0, NULL);
  adw_combo_row_set_model (self->unit_row, G_LIST_MODEL (labels));
  for (guint i = 0; i < self->unit_ids->len; i++)
    if (g_array_index (self->unit_ids, gint64, i) == selected_id)
      adw_combo_row_set_selected (self->unit_row, i);
}

/* Validation */

typedef struct
{
  GtkWidget *row;
  GtkLabel *label;
  char *message;
} Problem;

static void
problem_clear (Problem *problem)
{
  g_clear_pointer (&problem->message, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Problem, problem_clear)

static gboolean
counts (KrAccountDialog *self, gboolean touched_only, gpointer row)
{
  return !touched_only || g_hash_table_contains (self->touched, row);
}

static gboolean
set_problem (Problem *problem, gpointer row, GtkLabel *label, char *message)
{
  problem->row = row;
  problem->label = label;
  problem->message = message;
  return FALSE;
}

static gboolean
check_account_fields (KrAccountDialog *self, gboolean touched_only, Problem *problem)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *display_name = g_strstrip (g_strdup (get_text (self->display_name_row)));
  g_autofree char *nip = g_strdup (get_text (self->employee_row));

  if (self->account == NULL &&
      !kr_account_check_user_name (get_text (self->user_name_row), &error) &&
      counts (self, touched_only, self->user_name_row))
    return set_problem (problem, self->user_name_row, self->account_error,
                        g_strdup (error->message));
  if (display_name[0] == '\0' && counts (self, touched_only, self->display_name_row))
    return set_problem (problem, self->display_name_row, self->account_error,
                        g_strdup (_ ("The display name is required")));
  g_strstrip (nip);
  if (nip[0] != '\0' && self->employee_id == 0 && counts (self, touched_only, self->employee_row))
    return set_problem (problem, self->employee_row, self->account_error,
                        g_strdup (_ ("No employee has this NIP; correct it or leave it empty")));
  return TRUE;
}

static gboolean
check_password_fields (KrAccountDialog *self, gboolean touched_only, Problem *problem)
{
  AdwEntryRow *row;
  char *message;

  if (self->account != NULL)
    return TRUE;
  row = kr_password_fields_find_error (self->password_row, self->repeat_row, self->touched,
                                       touched_only, &message);
  if (row != NULL)
    return set_problem (problem, row, self->password_error, message);
  return TRUE;
}

/* Finds the first problem of the form; @touched_only: of the rows the user has typed in. */
static gboolean
check (KrAccountDialog *self, gboolean touched_only, Problem *problem)
{
  if (!check_account_fields (self, touched_only, problem))
    return FALSE;
  if (get_role (self) == KR_ROLE_UNIT_HEAD && get_unit_id (self) == 0)
    return set_problem (problem, self->unit_row, self->role_error,
                        g_strdup (_ ("There are no units yet; add the organisation’s units "
                                     "in Organisation Units first")));
  return check_password_fields (self, touched_only, problem);
}

static void
clear_error (KrAccountDialog *self)
{
  GtkLabel *labels[] = { self->general_error, self->account_error, self->role_error,
                         self->password_error };

  if (self->error_row != NULL)
    gtk_widget_remove_css_class (self->error_row, "error");
  self->error_row = NULL;
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    gtk_widget_set_visible (GTK_WIDGET (labels[i]), FALSE);
}

static void
show_error (KrAccountDialog *self, GtkWidget *row, GtkLabel *label, const char *message)
{
  clear_error (self);
  if (row != NULL)
    gtk_widget_add_css_class (row, "error");
  self->error_row = row;
  gtk_label_set_text (label, message);
  gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
}

static void
update (KrAccountDialog *self)
{
  g_auto (Problem) missing = { 0 };
  g_auto (Problem) shown = { 0 };
  gboolean valid = check (self, FALSE, &missing);

  if (!check (self, TRUE, &shown))
    show_error (self, shown.row, shown.label, shown.message);
  else
    clear_error (self);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->save_button), missing.message);
  kr_password_hint_update (self->hint, get_text (self->password_row));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "account.save", valid && !self->busy);
}

static void
on_field_changed_cb (KrAccountDialog *self, GObject *row)
{
  g_hash_table_add (self->touched, row);
  update (self);
}

static void
on_role_changed_cb (KrAccountDialog *self)
{
  KrRole role = get_role (self);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->role_row), _ (role_descriptions[role]));
  gtk_widget_set_visible (GTK_WIDGET (self->unit_row), role == KR_ROLE_UNIT_HEAD);
  update (self);
}

/* The employee the NIP names, looked up as it is typed. */
static void
on_employee_changed_cb (KrAccountDialog *self)
{
  g_autofree char *nip = g_strstrip (g_strdup (get_text (self->employee_row)));
  g_autoptr (KrEmployee) employee = NULL;
  guint n_digits = 0;

  self->employee_id = 0;
  if (nip[0] != '\0' && self->employees != NULL)
    employee = kr_employee_repository_get_by_nip (self->employees, nip, NULL);
  if (employee != NULL)
    {
      g_autofree char *name = kr_employee_dup_full_name (employee);

      self->employee_id = kr_employee_get_id (employee);
      gtk_label_set_text (self->employee_label, name);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->employee_label), employee != NULL);
  /* A NIP is only wrong once it is whole: 18 digits, grouped with spaces or not. */
  for (const char *p = nip; *p != '\0'; p++)
    n_digits += g_ascii_isdigit (*p) ? 1 : 0;
  if (employee != NULL || n_digits >= 18)
    g_hash_table_add (self->touched, self->employee_row);
  update (self);
}

/* Saving */

static void
set_busy (KrAccountDialog *self, gboolean busy)
{
  self->busy = busy;
  if (busy && self->busy_focus == NULL)
    self->busy_focus = kr_focus_take (GTK_WIDGET (self));
  gtk_widget_set_sensitive (self->form, !busy);
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

static KrAccount *
read_form (KrAccountDialog *self)
{
  KrAccount *account = self->account != NULL ? kr_account_copy (self->account) : kr_account_new ();

  if (self->account == NULL)
    {
      g_free (account->user_name);
      account->user_name = g_strdup (get_text (self->user_name_row));
    }
  g_free (account->display_name);
  account->display_name = g_strdup (get_text (self->display_name_row));
  account->employee_id = self->employee_id;
  account->role = get_role (self);
  account->unit_id = get_unit_id (self);
  return account;
}

/* Shows what the repository refused beside the row it concerns. */
static void
show_save_error (KrAccountDialog *self, const GError *error)
{
  if (g_error_matches (error, KR_ERROR, KR_ERROR_CONFLICT) && self->account == NULL)
    show_error (self, GTK_WIDGET (self->user_name_row), self->account_error, error->message);
  else if (g_error_matches (error, KR_ERROR, KR_ERROR_CONFLICT))
    show_error (self, GTK_WIDGET (self->role_row), self->role_error, error->message);
  else if (g_error_matches (error, KR_ERROR, KR_ERROR_NOT_FOUND) && get_unit_id (self) != 0)
    show_error (self, GTK_WIDGET (self->unit_row), self->role_error, error->message);
  else if (g_error_matches (error, KR_ERROR, KR_ERROR_NOT_FOUND))
    show_error (self, GTK_WIDGET (self->employee_row), self->account_error, error->message);
  else
    show_error (self, NULL, self->general_error, error->message);
}

static void
add_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrAccountDialog *self = KR_ACCOUNT_DIALOG (source);
  g_autoptr (KrAccount) account = NULL;
  g_autoptr (GError) error = NULL;

  account = kr_account_job_add_finish (result, &error);
  set_busy (self, FALSE);
  if (account == NULL)
    {
      show_save_error (self, error);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, account->id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrAccountDialog *self = KR_ACCOUNT_DIALOG (widget);
  g_auto (Problem) problem = { 0 };
  g_autoptr (KrAccount) account = NULL;
  g_autoptr (GError) error = NULL;

  if (self->busy || !check (self, FALSE, &problem))
    return;

  account = read_form (self);
  if (self->account == NULL)
    {
      /* Hashing the password takes a moment: a worker does it. */
      set_busy (self, TRUE);
      kr_account_job_start (self, self->accounts, KR_ACCOUNT_JOB_ADD, account,
                            get_text (self->password_row), NULL, add_done_cb, NULL);
      return;
    }
  if (!kr_account_repository_update (self->accounts, account, &error))
    {
      show_save_error (self, error);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, account->id);
  gtk_window_destroy (GTK_WINDOW (self));
}

gboolean
kr_account_dialog_get_busy (KrAccountDialog *self)
{
  g_return_val_if_fail (KR_IS_ACCOUNT_DIALOG (self), FALSE);

  return self->busy;
}

static gboolean
kr_account_dialog_close_request (GtkWindow *window)
{
  /* The worker is storing the account: the dialog waits for it. */
  if (KR_ACCOUNT_DIALOG (window)->busy)
    return TRUE;

  return GTK_WINDOW_CLASS (kr_account_dialog_parent_class)->close_request (window);
}

static void
kr_account_dialog_dispose (GObject *object)
{
  KrAccountDialog *self = KR_ACCOUNT_DIALOG (object);

  g_clear_object (&self->accounts);
  g_clear_object (&self->busy_focus);
  g_clear_object (&self->units);
  g_clear_object (&self->employees);
  gtk_widget_dispose_template (GTK_WIDGET (object), KR_TYPE_ACCOUNT_DIALOG);

  G_OBJECT_CLASS (kr_account_dialog_parent_class)->dispose (object);
}

static void
kr_account_dialog_finalize (GObject *object)
{
  KrAccountDialog *self = KR_ACCOUNT_DIALOG (object);

  g_clear_pointer (&self->account, kr_account_free);
  g_clear_pointer (&self->unit_ids, g_array_unref);
  g_clear_pointer (&self->touched, g_hash_table_unref);

  G_OBJECT_CLASS (kr_account_dialog_parent_class)->finalize (object);
}

static void
kr_account_dialog_class_init (KrAccountDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = kr_account_dialog_dispose;
  object_class->finalize = kr_account_dialog_finalize;
  window_class->close_request = kr_account_dialog_close_request;

  /**
   * KrAccountDialog::saved:
   * @self: the dialog, which closes afterwards
   * @id: the id of the account added or changed
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (KR_TYPE_PASSWORD_HINT);
  gtk_widget_class_set_template_from_resource (
      widget_class, "/io/github/karier/Karier/accounts/kr-account-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KrAccountDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, KrAccountDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, KrAccountDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, KrAccountDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, KrAccountDialog, form);
  gtk_widget_class_bind_template_child (widget_class, KrAccountDialog, general_error);
  gtk_widget_class_bind_template_child (widget_class, KrAccountDialog, user_name_row);
  gtk_widget_class_bind_template_child (widget_class, KrAccountDialog, display_name_row);
  gtk_widget_class_bind_template_child (widget_class, KrAccountDialog, employee_row);
  gtk_widget_class_bind_template_child (widget_class, KrAccountDialog, employee_label);
  gtk_widget_class_bind_template_child (widget_class, KrAccountDialog, account_error);
  gtk_widget_class_bind_template_child (widget_class, KrAccountDialog, role_row);
  gtk_widget_class_bind_template_child (widget_class, KrAccountDialog, unit_row);
  gtk_widget_class_bind_template_child (widget_class, KrAccountDialog, role_error);
  gtk_widget_class_bind_template_child (widget_class, KrAccountDialog, password_box);
  gtk_widget_class_bind_template_child (widget_class, KrAccountDialog, password_row);
  gtk_widget_class_bind_template_child (widget_class, KrAccountDialog, repeat_row);
  gtk_widget_class_bind_template_child (widget_class, KrAccountDialog, hint);
  gtk_widget_class_bind_template_child (widget_class, KrAccountDialog, password_error);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_role_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_employee_changed_cb);

  gtk_widget_class_install_action (widget_class, "account.save", NULL, save_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kr_account_dialog_init (KrAccountDialog *self)
{
  g_autoptr (GtkStringList) roles = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->touched = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < KR_N_ROLES; i++)
    gtk_string_list_append (roles, kr_role_get_label ((KrRole) i));
  adw_combo_row_set_model (self->role_row, G_LIST_MODEL (roles));
}

/* Fills the form with @account as stored. */
static void
fill (KrAccountDialog *self, const KrAccount *account)
{
  g_autoptr (KrEmployee) employee = NULL;

  gtk_editable_set_text (GTK_EDITABLE (self->display_name_row), account->display_name);
  if (account->employee_id != 0 && self->employees != NULL)
    employee = kr_employee_repository_get (self->employees, account->employee_id, NULL);
  if (employee != NULL)
    {
      g_autofree char *nip = kr_nip_format_digits (kr_employee_get_nip (employee));

      gtk_editable_set_text (GTK_EDITABLE (self->employee_row), nip);
    }
  adw_combo_row_set_selected (self->role_row, account->role);
  load_units (self, account->unit_id);
}

KrAccountDialog *
kr_account_dialog_new (KrAccountRepository *accounts,
                       KrUnitRepository *units,
                       KrEmployeeRepository *employees,
                       const KrAccount *account)
{
  KrAccountDialog *self;

  g_return_val_if_fail (KR_IS_ACCOUNT_REPOSITORY (accounts), NULL);
  g_return_val_if_fail (KR_IS_UNIT_REPOSITORY (units), NULL);
  g_return_val_if_fail (employees == NULL || KR_IS_EMPLOYEE_REPOSITORY (employees), NULL);

  self = g_object_new (KR_TYPE_ACCOUNT_DIALOG, NULL);
  self->accounts = g_object_ref (accounts);
  self->units = g_object_ref (units);
  self->employees = employees != NULL ? g_object_ref (employees) : NULL;
  self->account = account != NULL ? kr_account_copy (account) : NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->user_name_row), account == NULL);
  gtk_widget_set_visible (self->password_box, account == NULL);
  if (account == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _ ("New Account"));
      adw_window_title_set_title (self->window_title, _ ("New Account"));
      gtk_button_set_label (self->save_button, _ ("_Add"));
      adw_combo_row_set_selected (self->role_row, KR_ROLE_HR_OPERATOR);
      load_units (self, 0);
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _ ("Edit Account"));
      adw_window_title_set_title (self->window_title, _ ("Edit Account"));
      adw_window_title_set_subtitle (self->window_title, account->user_name);
      gtk_button_set_label (self->save_button, _ ("_Save"));
      fill (self, account);
    }
  /* Filling the form is not typing in it. */
  g_hash_table_remove_all (self->touched);
  on_role_changed_cb (self);
  return self;
}
