/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-mentoring-view"

#include "config.h"

#include "kr-training-mentoring-view.h"

#include <glib/gi18n.h>

#include "kr-date.h"
#include "kr-employee-repository.h"
#include "kr-training-mentoring-dialogs.h"
#include "kr-training-read-job.h"
#include "kr-training-widgets.h"

struct _KrTrainingMentoringView
{
  AdwBin parent_instance;

  KrDatabase *database;
  KrTrainingRepository *training;
  KrEmployeeRepository *employees;
  GCancellable *cancellable;
  gboolean loading;
  gboolean reload_pending;
  /* As shown: the pairs, the log of the selected pair, the mentors' load. */
  GPtrArray *pairs;    /* KrMentoring */
  GPtrArray *sessions; /* KrMentoringSession */
  GPtrArray *loads;    /* KrMentorLoad */
  gint64 selected_id;

  GtkSpinButton *year_spin;
  GtkToggleButton *active_toggle;
  GtkListBox *pair_list;
  AdwPreferencesGroup *log_group;
  GtkListBox *log_list;
  GtkListBox *load_list;
};

G_DEFINE_FINAL_TYPE (KrTrainingMentoringView, kr_training_mentoring_view, ADW_TYPE_BIN)

/* Reading, in a worker */

typedef struct
{
  guint year;
  char *active_on; /* nullable */
  gint64 selected_id;
} Request;

typedef struct
{
  GPtrArray *pairs;
  GPtrArray *sessions;
  GPtrArray *loads;
} Result;

static void
request_free (Request *request)
{
  g_free (request->active_on);
  g_free (request);
}

static void
result_free (Result *result)
{
  g_clear_pointer (&result->pairs, g_ptr_array_unref);
  g_clear_pointer (&result->sessions, g_ptr_array_unref);
  g_clear_pointer (&result->loads, g_ptr_array_unref);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Result, result_free)

static gpointer
read_mentoring (KrTrainingRepository *repository,
                gpointer data,
                GCancellable *cancellable,
                GError **error)
{
  const Request *request = data;
  g_autoptr (Result) result = g_new0 (Result, 1);

  result->pairs = kr_training_repository_list_mentoring (repository, 0, request->active_on, error);
  if (result->pairs == NULL)
    return NULL;
  result->loads = kr_training_repository_list_mentor_loads (repository, request->year, error);
  if (result->loads == NULL)
    return NULL;
  if (request->selected_id != 0)
    result->sessions =
        kr_training_repository_list_mentoring_sessions (repository, request->selected_id, NULL);
  if (result->sessions == NULL)
    result->sessions = g_ptr_array_new ();
  return g_steal_pointer (&result);
}

/* Showing */

static char *
describe_pair (const KrMentoring *pair)
{
  g_autofree char *dates = NULL;
  g_autofree char *start = kr_training_format_date (pair->start_date);
  g_autofree char *sessions = NULL;

  if (pair->end_date != NULL)
    dates = kr_training_format_dates (pair->start_date, pair->end_date);
  else
    /* Translators: a pair with no end date, %s is its start date */
    dates = g_strdup_printf (_ ("since %s"), start);
  sessions = g_strdup_printf (
      ngettext ("%u session, %u minutes", "%u sessions, %u minutes", pair->n_sessions),
      pair->n_sessions, pair->minutes);
  return g_strdup_printf ("%s · %s · %s\n%s", kr_training_form_get_label (pair->form), dates,
                          sessions, pair->goals != NULL ? pair->goals : "");
}

static GtkWidget *
new_pair_row (KrTrainingMentoringView *self, const KrMentoring *pair, gboolean writable)
{
  g_autofree char *title = g_strdup_printf ("%s → %s", pair->mentor_name, pair->mentee_name);
  g_autofree char *subtitle = describe_pair (pair);
  GtkWidget *row = kr_training_row_new (title, subtitle);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  if (writable)
    {
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 kr_training_icon_button_new ("document-edit-symbolic",
                                                              _ ("Edit Pair"),
                                                              "mentoring.edit-pair", pair->id));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), kr_training_icon_button_new (
                                                           "user-trash-symbolic", _ ("Delete Pair"),
                                                           "mentoring.delete-pair", pair->id));
    }
  return row;
}

static GtkWidget *
new_session_row (const KrMentoringSession *session, gboolean writable)
{
  g_autofree char *date = kr_training_format_date (session->date);
  g_autofree char *title = g_strdup_printf ("%s · %s", date, session->topic);
  /* Translators: the length of a mentoring session */
  g_autofree char *minutes = g_strdup_printf (_ ("%u min"), session->minutes);
  GtkWidget *row = kr_training_row_new (title, session->notes);

  kr_training_row_add_value (row, minutes);
  if (writable)
    {
      adw_action_row_add_suffix (
          ADW_ACTION_ROW (row),
          kr_training_icon_button_new ("document-edit-symbolic", _ ("Edit Session"),
                                       "mentoring.edit-session", session->id));
      adw_action_row_add_suffix (
          ADW_ACTION_ROW (row),
          kr_training_icon_button_new ("user-trash-symbolic", _ ("Delete Session"),
                                       "mentoring.delete-session", session->id));
    }
  return row;
}

static void
add_placeholder (GtkListBox *list, const char *text)
{
  GtkWidget *row = kr_training_row_new (text, NULL);

  gtk_widget_add_css_class (row, "dim-label");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_append (list, row);
}

static const KrMentoring *
find_pair (KrTrainingMentoringView *self, gint64 id)
{
  for (guint i = 0; i < self->pairs->len; i++)
    if (((KrMentoring *) g_ptr_array_index (self->pairs, i))->id == id)
      return g_ptr_array_index (self->pairs, i);
  return NULL;
}

static void
show_log (KrTrainingMentoringView *self, gboolean writable)
{
  const KrMentoring *pair = find_pair (self, self->selected_id);
  g_autofree char *title = NULL;

  kr_training_clear_list (self->log_list);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mentoring.log-session",
                                 pair != NULL && writable);
  if (pair == NULL)
    {
      adw_preferences_group_set_title (self->log_group, _ ("Session Log"));
      add_placeholder (self->log_list, _ ("Choose a pair to see its sessions"));
      return;
    }
  title = g_strdup_printf (_ ("Sessions of %s"), pair->mentee_name);
  adw_preferences_group_set_title (self->log_group, title);
  for (guint i = 0; i < self->sessions->len; i++)
    gtk_list_box_append (self->log_list,
                         new_session_row (g_ptr_array_index (self->sessions, i), writable));
  if (self->sessions->len == 0)
    add_placeholder (self->log_list, _ ("No session logged yet"));
}

static void
show_loads (KrTrainingMentoringView *self)
{
  kr_training_clear_list (self->load_list);
  for (guint i = 0; i < self->loads->len; i++)
    {
      const KrMentorLoad *load = g_ptr_array_index (self->loads, i);
      g_autofree char *pairs = g_strdup_printf (
          ngettext ("%u active pair", "%u active pairs", load->n_active), load->n_active);
      g_autofree char *minutes = g_strdup_printf (_ ("%u min"), load->minutes_year);
      GtkWidget *row = kr_training_row_new (load->name, pairs);

      kr_training_row_add_value (row, minutes);
      gtk_list_box_append (self->load_list, row);
    }
  if (self->loads->len == 0)
    add_placeholder (self->load_list, _ ("No mentor this year"));
}

static void
show_all (KrTrainingMentoringView *self)
{
  gboolean writable = kr_training_can (self->database, KR_PERMISSION_WRITE_TRAINING);

  kr_training_clear_list (self->pair_list);
  for (guint i = 0; i < self->pairs->len; i++)
    {
      const KrMentoring *pair = g_ptr_array_index (self->pairs, i);
      GtkWidget *row = new_pair_row (self, pair, writable);

      gtk_list_box_append (self->pair_list, row);
      if (pair->id == self->selected_id)
        gtk_list_box_select_row (self->pair_list, GTK_LIST_BOX_ROW (row));
    }
  if (self->pairs->len == 0)
    add_placeholder (self->pair_list, _ ("No mentoring or coaching pair"));
  if (find_pair (self, self->selected_id) == NULL)
    self->selected_id = 0;
  show_log (self, writable);
  show_loads (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mentoring.add-pair",
                                 writable && self->training != NULL);
}

static void reload (KrTrainingMentoringView *self);

static void
read_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrTrainingMentoringView *self = KR_TRAINING_MENTORING_VIEW (source);
  g_autoptr (GError) error = NULL;
  g_autoptr (Result) read = kr_training_read_job_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self->loading = FALSE;
  if (self->reload_pending)
    {
      reload (self);
      return;
    }
  if (read == NULL)
    {
      kr_training_show_toast (GTK_WIDGET (self), error->message);
      return;
    }
  g_clear_pointer (&self->pairs, g_ptr_array_unref);
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->loads, g_ptr_array_unref);
  self->pairs = g_steal_pointer (&read->pairs);
  self->sessions = g_steal_pointer (&read->sessions);
  self->loads = g_steal_pointer (&read->loads);
  show_all (self);
}

static void
reload (KrTrainingMentoringView *self)
{
  Request *request;
  GDate today;

  if (self->training == NULL)
    {
      g_ptr_array_set_size (self->pairs, 0);
      g_ptr_array_set_size (self->sessions, 0);
      g_ptr_array_set_size (self->loads, 0);
      show_all (self);
      return;
    }
  if (self->loading)
    {
      self->reload_pending = TRUE;
      return;
    }
  self->loading = TRUE;
  self->reload_pending = FALSE;
  request = g_new0 (Request, 1);
  request->year = gtk_spin_button_get_value_as_int (self->year_spin);
  request->selected_id = self->selected_id;
  if (gtk_toggle_button_get_active (self->active_toggle))
    {
      kr_date_today (NULL, &today);
      request->active_on = kr_date_format_iso (&today);
    }
  kr_training_read_job_run (self, self->training, read_mentoring, request,
                            (GDestroyNotify) request_free, (GDestroyNotify) result_free,
                            self->cancellable, read_done_cb, NULL);
}

static void
on_training_changed_cb (KrTrainingRepository *training, guint mask, KrTrainingMentoringView *self)
{
  if (mask & KR_TRAINING_CHANGE_MENTORING)
    reload (self);
}

static void
on_pair_activated_cb (GtkListBox *list, GtkListBoxRow *row, KrTrainingMentoringView *self)
{
  guint index = gtk_list_box_row_get_index (row);

  if (index >= self->pairs->len)
    return;
  self->selected_id = ((KrMentoring *) g_ptr_array_index (self->pairs, index))->id;
  reload (self);
}

/* Actions */

static GtkWindow *
parent_window (KrTrainingMentoringView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
add_pair_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTrainingMentoringView *self = KR_TRAINING_MENTORING_VIEW (widget);

  if (self->training != NULL)
    gtk_window_present (GTK_WINDOW (
        kr_mentoring_dialog_new (parent_window (self), self->training, self->employees, NULL)));
}

static void
edit_pair_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTrainingMentoringView *self = KR_TRAINING_MENTORING_VIEW (widget);
  const KrMentoring *pair = find_pair (self, g_variant_get_int64 (parameter));

  if (pair != NULL)
    gtk_window_present (GTK_WINDOW (
        kr_mentoring_dialog_new (parent_window (self), self->training, self->employees, pair)));
}

static void
log_session_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTrainingMentoringView *self = KR_TRAINING_MENTORING_VIEW (widget);

  if (find_pair (self, self->selected_id) != NULL)
    gtk_window_present (GTK_WINDOW (kr_mentoring_session_dialog_new (
        parent_window (self), self->training, self->selected_id, NULL)));
}

static const KrMentoringSession *
find_session (KrTrainingMentoringView *self, gint64 id)
{
  for (guint i = 0; i < self->sessions->len; i++)
    if (((KrMentoringSession *) g_ptr_array_index (self->sessions, i))->id == id)
      return g_ptr_array_index (self->sessions, i);
  return NULL;
}

static void
edit_session_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTrainingMentoringView *self = KR_TRAINING_MENTORING_VIEW (widget);
  const KrMentoringSession *session = find_session (self, g_variant_get_int64 (parameter));

  if (session != NULL)
    gtk_window_present (GTK_WINDOW (kr_mentoring_session_dialog_new (
        parent_window (self), self->training, self->selected_id, session)));
}

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char *response,
                       KrTrainingMentoringView *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (dialog), "kr-id");
  gboolean pair = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "kr-pair"));
  g_autoptr (GError) error = NULL;
  gboolean ok;

  if (g_strcmp0 (response, "delete") != 0 || self->training == NULL)
    return;
  ok = pair ? kr_training_repository_delete_mentoring (self->training, id, &error)
            : kr_training_repository_delete_mentoring_session (self->training, id, &error);
  if (!ok)
    kr_training_show_toast (GTK_WIDGET (self), error->message);
}

static void
confirm_delete (KrTrainingMentoringView *self, gint64 id, gboolean pair, const char *heading)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
      parent_window (self), heading,
      pair ? _ ("Its logged sessions are deleted too, and the JP they gave the mentee.")
           : _ ("The JP it gave the mentee are taken away.")));

  g_object_set_data_full (G_OBJECT (dialog), "kr-id", g_memdup2 (&id, sizeof id), g_free);
  g_object_set_data (G_OBJECT (dialog), "kr-pair", GINT_TO_POINTER (pair));
  adw_message_dialog_add_response (dialog, "cancel", _ ("_Cancel"));
  adw_message_dialog_add_response (dialog, "delete", _ ("_Delete"));
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_pair_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTrainingMentoringView *self = KR_TRAINING_MENTORING_VIEW (widget);
  const KrMentoring *pair = find_pair (self, g_variant_get_int64 (parameter));
  g_autofree char *heading = NULL;

  if (pair == NULL)
    return;
  heading = g_strdup_printf (_ ("Delete the pair %s → %s?"), pair->mentor_name, pair->mentee_name);
  confirm_delete (self, pair->id, TRUE, heading);
}

static void
delete_session_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTrainingMentoringView *self = KR_TRAINING_MENTORING_VIEW (widget);
  const KrMentoringSession *session = find_session (self, g_variant_get_int64 (parameter));

  if (session != NULL)
    confirm_delete (self, session->id, FALSE, _ ("Delete the session?"));
}

/* Building */

static GtkListBox *
add_group (GtkWidget *page, const char *title, const char *label, AdwPreferencesGroup **group_out)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkListBox *list = GTK_LIST_BOX (gtk_list_box_new ());

  adw_preferences_group_set_title (group, title);
  gtk_list_box_set_selection_mode (list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  adw_preferences_group_add (group, GTK_WIDGET (list));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), group);
  if (group_out != NULL)
    *group_out = group;
  return list;
}

static GtkWidget *
new_header_button (const char *label, const char *action)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  return button;
}

static GtkWidget *
build (KrTrainingMentoringView *self)
{
  GtkWidget *page = adw_preferences_page_new ();
  AdwPreferencesGroup *pairs, *loads;
  GtkWidget *suffix = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->pair_list = add_group (page, _ ("Pairs"), _ ("Mentoring pairs"), &pairs);
  gtk_list_box_set_selection_mode (self->pair_list, GTK_SELECTION_SINGLE);
  g_signal_connect (self->pair_list, "row-activated", G_CALLBACK (on_pair_activated_cb), self);
  self->active_toggle = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_mnemonic (_ ("_Active")));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->active_toggle), _ ("Only the pairs active today"));
  gtk_widget_set_valign (GTK_WIDGET (self->active_toggle), GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->active_toggle, "toggled", G_CALLBACK (reload), self);
  gtk_box_append (GTK_BOX (suffix), GTK_WIDGET (self->active_toggle));
  gtk_box_append (GTK_BOX (suffix), new_header_button (_ ("_Add Pair…"), "mentoring.add-pair"));
  adw_preferences_group_set_header_suffix (pairs, suffix);

  self->log_list = add_group (page, _ ("Session Log"), _ ("Session log"), &self->log_group);
  adw_preferences_group_set_header_suffix (
      self->log_group, new_header_button (_ ("_Log Session…"), "mentoring.log-session"));

  self->load_list = add_group (page, _ ("Mentors' Load"), _ ("Mentors' load"), &loads);
  adw_preferences_group_set_description (
      loads, _ ("Pairs active at the end of the year and minutes of sessions in the year."));
  self->year_spin = kr_training_year_spin_new (_ ("Year"));
  g_signal_connect_swapped (self->year_spin, "value-changed", G_CALLBACK (reload), self);
  adw_preferences_group_set_header_suffix (loads, GTK_WIDGET (self->year_spin));
  return page;
}

/* API */

GtkWidget *
kr_training_mentoring_view_new (void)
{
  return g_object_new (KR_TYPE_TRAINING_MENTORING_VIEW, NULL);
}

void
kr_training_mentoring_view_set_repositories (KrTrainingMentoringView *self,
                                             KrDatabase *database,
                                             KrTrainingRepository *training,
                                             KrUnitRepository *units)
{
  g_return_if_fail (KR_IS_TRAINING_MENTORING_VIEW (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->loading = FALSE;
  self->selected_id = 0;
  if (self->training != NULL)
    g_signal_handlers_disconnect_by_func (self->training, on_training_changed_cb, self);
  g_set_object (&self->database, database);
  g_set_object (&self->training, training);
  g_clear_object (&self->employees);
  if (database != NULL)
    self->employees = kr_employee_repository_new (database);
  if (training != NULL)
    g_signal_connect_object (training, "changed", G_CALLBACK (on_training_changed_cb), self, 0);
  reload (self);
}

gboolean
kr_training_mentoring_view_get_loading (KrTrainingMentoringView *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_MENTORING_VIEW (self), FALSE);
  return self->loading;
}

GPtrArray *
kr_training_mentoring_view_get_pairs (KrTrainingMentoringView *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_MENTORING_VIEW (self), NULL);
  return self->pairs;
}

GPtrArray *
kr_training_mentoring_view_get_sessions (KrTrainingMentoringView *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_MENTORING_VIEW (self), NULL);
  return self->sessions;
}

GPtrArray *
kr_training_mentoring_view_get_loads (KrTrainingMentoringView *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_MENTORING_VIEW (self), NULL);
  return self->loads;
}

void
kr_training_mentoring_view_select (KrTrainingMentoringView *self, gint64 mentoring_id)
{
  g_return_if_fail (KR_IS_TRAINING_MENTORING_VIEW (self));
  self->selected_id = mentoring_id;
  reload (self);
}

static void
kr_training_mentoring_view_dispose (GObject *object)
{
  KrTrainingMentoringView *self = KR_TRAINING_MENTORING_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->training != NULL)
    g_signal_handlers_disconnect_by_func (self->training, on_training_changed_cb, self);
  g_clear_object (&self->training);
  g_clear_object (&self->employees);
  g_clear_object (&self->database);
  g_clear_pointer (&self->pairs, g_ptr_array_unref);
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->loads, g_ptr_array_unref);

  G_OBJECT_CLASS (kr_training_mentoring_view_parent_class)->dispose (object);
}

static void
kr_training_mentoring_view_class_init (KrTrainingMentoringViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_training_mentoring_view_dispose;
  gtk_widget_class_install_action (widget_class, "mentoring.add-pair", NULL, add_pair_action_cb);
  gtk_widget_class_install_action (widget_class, "mentoring.edit-pair", "x", edit_pair_action_cb);
  gtk_widget_class_install_action (widget_class, "mentoring.delete-pair", "x",
                                   delete_pair_action_cb);
  gtk_widget_class_install_action (widget_class, "mentoring.log-session", NULL,
                                   log_session_action_cb);
  gtk_widget_class_install_action (widget_class, "mentoring.edit-session", "x",
                                   edit_session_action_cb);
  gtk_widget_class_install_action (widget_class, "mentoring.delete-session", "x",
                                   delete_session_action_cb);
}

static void
kr_training_mentoring_view_init (KrTrainingMentoringView *self)
{
  self->cancellable = g_cancellable_new ();
  self->pairs = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_mentoring_free);
  self->sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_mentoring_session_free);
  self->loads = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_mentor_load_free);
  adw_bin_set_child (ADW_BIN (self), build (self));
  show_all (self);
}
