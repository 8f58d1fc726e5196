/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-needs-view"

#include "config.h"

#include "kr-training-needs-view.h"

#include <glib/gi18n.h>

#include "kr-employee-repository.h"
#include "kr-nip.h"
#include "kr-training-nominate-dialog.h"
#include "kr-training-read-job.h"
#include "kr-training-widgets.h"

struct _KrTrainingNeedsView
{
  AdwBin parent_instance;

  KrDatabase *database;
  KrTrainingRepository *training;
  KrUnitRepository *units;
  GCancellable *cancellable;
  gboolean loading;
  gboolean reload_pending;
  gboolean filling;
  GArray *unit_ids;
  GPtrArray *needs; /* KrTrainingNeed, as shown */

  /* The session chooser while it is open. */
  AdwMessageDialog *session_dialog;
  GtkDropDown *session_dropdown;
  GPtrArray *sessions; /* KrTrainingSession it offers */
  gint64 nominee_id;

  GtkDropDown *unit_dropdown;
  GtkCheckButton *subtree_check;
  GtkSpinButton *year_spin;
  GtkLabel *count_label;
  GtkStack *stack;
  AdwStatusPage *empty_page;
  GtkListBox *list;
};

G_DEFINE_FINAL_TYPE (KrTrainingNeedsView, kr_training_needs_view, ADW_TYPE_BIN)

/* Reading, in a worker */

typedef struct
{
  gint64 unit_id;
  gboolean subtree;
  guint year;
} Request;

static gpointer
read_needs (KrTrainingRepository *repository,
            gpointer data,
            GCancellable *cancellable,
            GError **error)
{
  const Request *request = data;

  return kr_training_repository_list_needs (repository, request->unit_id, request->subtree,
                                            request->year, error);
}

/* Showing */

static char *
describe_need (const KrTrainingNeed *need)
{
  g_autofree char *nip = kr_nip_format_digits (need->nip);
  GString *text = g_string_new (nip);

  if (need->unit != NULL)
    g_string_append_printf (text, " · %s", need->unit);
  g_string_append_printf (text, "\n%s", need->predikat_label != NULL ? need->predikat_label : "—");
  if (need->results_below)
    g_string_append_printf (text, " · %s", _ ("work results below expectations"));
  if (need->behaviour_below)
    g_string_append_printf (text, " · %s", _ ("behaviour below expectations"));
  return g_string_free (text, FALSE);
}

static GtkWidget *
new_nominate_button (const KrTrainingNeed *need)
{
  GtkWidget *button = gtk_menu_button_new ();
  g_autoptr (GMenu) menu = g_menu_new ();

  for (guint i = 0; i < need->course_ids->len; i++)
    {
      g_autoptr (GMenuItem) item =
          g_menu_item_new (g_ptr_array_index (need->course_titles, i), NULL);

      g_menu_item_set_action_and_target_value (
          item, "needs.nominate",
          g_variant_new ("(xx)", need->employee_id, g_array_index (need->course_ids, gint64, i)));
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _ ("Nominate"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _ ("Nominate to a session of a suggested course"));
  return button;
}

static GtkWidget *
new_need_row (KrTrainingNeedsView *self, const KrTrainingNeed *need)
{
  g_autofree char *subtitle = describe_need (need);
  GtkWidget *row = adw_expander_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), need->name);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  if (need->course_ids->len > 0 &&
      kr_training_can (self->database, KR_PERMISSION_NOMINATE_TRAINING))
    adw_expander_row_add_action (ADW_EXPANDER_ROW (row), new_nominate_button (need));
  for (guint i = 0; i < need->course_titles->len; i++)
    adw_expander_row_add_row (
        ADW_EXPANDER_ROW (row),
        kr_training_row_new (g_ptr_array_index (need->course_titles, i), NULL));
  if (need->course_titles->len == 0)
    {
      GtkWidget *none =
          kr_training_row_new (_ ("No course in the catalogue addresses this gap"), NULL);

      gtk_widget_add_css_class (none, "dim-label");
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), none);
    }
  return row;
}

static void
show_needs (KrTrainingNeedsView *self)
{
  g_autofree char *count = g_strdup_printf (
      ngettext ("%u employee needs development", "%u employees need development", self->needs->len),
      self->needs->len);

  kr_training_clear_list (self->list);
  for (guint i = 0; i < self->needs->len; i++)
    gtk_list_box_append (self->list, new_need_row (self, g_ptr_array_index (self->needs, i)));
  gtk_label_set_label (self->count_label, self->training != NULL ? count : "");
  gtk_stack_set_visible_child_name (self->stack, self->needs->len > 0 ? "list" : "empty");
}

static void reload (KrTrainingNeedsView *self);

static void
read_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrTrainingNeedsView *self = KR_TRAINING_NEEDS_VIEW (source);
  g_autoptr (GError) error = NULL;
  GPtrArray *needs = kr_training_read_job_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self->loading = FALSE;
  if (self->reload_pending)
    {
      g_clear_pointer (&needs, g_ptr_array_unref);
      reload (self);
      return;
    }
  if (needs == NULL)
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      adw_status_page_set_title (self->empty_page, _ ("The Needs Cannot Be Read"));
      adw_status_page_set_description (self->empty_page, markup);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  g_clear_pointer (&self->needs, g_ptr_array_unref);
  self->needs = needs;
  adw_status_page_set_title (self->empty_page, _ ("No Development Needs"));
  adw_status_page_set_description (
      self->empty_page, _ ("No final evaluation of this year has a predikat below Baik or a "
                           "rating below expectations."));
  show_needs (self);
}

static void
reload (KrTrainingNeedsView *self)
{
  Request *request;

  if (self->filling)
    return;
  if (self->training == NULL)
    {
      g_ptr_array_set_size (self->needs, 0);
      show_needs (self);
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
  request->unit_id = kr_training_unit_dropdown_get_unit (self->unit_dropdown, self->unit_ids);
  request->subtree = gtk_check_button_get_active (self->subtree_check);
  request->year = gtk_spin_button_get_value_as_int (self->year_spin);
  kr_training_read_job_run (self, self->training, read_needs, request, g_free,
                            (GDestroyNotify) g_ptr_array_unref, self->cancellable, read_done_cb,
                            NULL);
}

static void
on_training_changed_cb (KrTrainingRepository *training, guint mask, KrTrainingNeedsView *self)
{
  if (mask & KR_TRAINING_CHANGE_COURSES)
    reload (self);
}

/* Nominating */

static void
open_nominate_dialog (KrTrainingNeedsView *self, gint64 session_id)
{
  g_autoptr (KrEmployeeRepository) employees = kr_employee_repository_new (self->database);
  g_autoptr (GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  KrTrainingNominateDialog *dialog;

  dialog = kr_training_nominate_dialog_new (self->training, employees, self->units, session_id,
                                            NULL, &error);
  if (dialog == NULL)
    {
      kr_training_show_toast (GTK_WIDGET (self), error->message);
      return;
    }
  gtk_window_set_transient_for (GTK_WINDOW (dialog),
                                GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
  kr_training_nominate_dialog_set_source (dialog, KR_NOMINATE_CHOSEN);
  kr_training_nominate_dialog_add_employee (dialog, self->nominee_id);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_session_response_cb (AdwMessageDialog *dialog, const char *response, KrTrainingNeedsView *self)
{
  guint selected = gtk_drop_down_get_selected (self->session_dropdown);
  g_autoptr (GPtrArray) sessions = g_steal_pointer (&self->sessions);

  self->session_dialog = NULL;
  self->session_dropdown = NULL;
  if (g_strcmp0 (response, "choose") == 0 && sessions != NULL && selected < sessions->len)
    open_nominate_dialog (self, ((KrTrainingSession *) g_ptr_array_index (sessions, selected))->id);
}

static char *
describe_session (const KrTrainingSession *session)
{
  g_autofree char *dates = kr_training_format_dates (session->start_date, session->end_date);

  /* Translators: a session, its dates, then the seats taken of its capacity */
  return g_strdup_printf (_ ("%s · %s · %u of %u seats taken"), session->name, dates,
                          session->n_enrolled, session->capacity);
}

/* The sessions of @course_id that still take nominations. */
static GPtrArray *
list_open_sessions (KrTrainingNeedsView *self, gint64 course_id, GError **error)
{
  g_autoptr (GPtrArray) sessions =
      kr_training_repository_list_sessions (self->training, course_id, 0, error);
  GPtrArray *open;

  if (sessions == NULL)
    return NULL;
  open = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_training_session_free);
  for (guint i = 0; i < sessions->len; i++)
    {
      KrTrainingSession *session = g_ptr_array_index (sessions, i);

      if (kr_session_status_accepts_nominations (session->status))
        g_ptr_array_add (open, kr_training_session_copy (session));
    }
  return open;
}

static void
nominate_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTrainingNeedsView *self = KR_TRAINING_NEEDS_VIEW (widget);
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) sessions = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);
  gint64 employee_id, course_id;

  g_variant_get (parameter, "(xx)", &employee_id, &course_id);
  if (self->training == NULL || self->session_dialog != NULL)
    return;
  sessions = list_open_sessions (self, course_id, &error);
  if (sessions == NULL || sessions->len == 0)
    {
      kr_training_show_toast (widget, sessions == NULL
                                          ? error->message
                                          : _ ("No session of this course takes nominations"));
      return;
    }
  for (guint i = 0; i < sessions->len; i++)
    {
      g_autofree char *text = describe_session (g_ptr_array_index (sessions, i));

      gtk_string_list_append (names, text);
    }
  self->nominee_id = employee_id;
  self->sessions = g_steal_pointer (&sessions);
  self->session_dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
      GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _ ("Choose a Session"),
      _ ("The sessions of the course that take nominations.")));
  self->session_dropdown =
      GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->session_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Session"), -1);
  adw_message_dialog_set_extra_child (self->session_dialog, GTK_WIDGET (self->session_dropdown));
  adw_message_dialog_add_response (self->session_dialog, "cancel", _ ("_Cancel"));
  adw_message_dialog_add_response (self->session_dialog, "choose", _ ("_Continue"));
  adw_message_dialog_set_response_appearance (self->session_dialog, "choose",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (self->session_dialog, "choose");
  adw_message_dialog_set_close_response (self->session_dialog, "cancel");
  g_signal_connect_object (self->session_dialog, "response", G_CALLBACK (on_session_response_cb),
                           self, 0);
  gtk_window_present (GTK_WINDOW (self->session_dialog));
}

/* Building */

static void
on_query_changed_cb (KrTrainingNeedsView *self)
{
  reload (self);
}

static GtkWidget *
build_toolbar (KrTrainingNeedsView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->unit_dropdown = kr_training_unit_dropdown_new (self->unit_ids);
  gtk_widget_set_hexpand (GTK_WIDGET (self->unit_dropdown), TRUE);
  self->subtree_check = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_ ("_Units below")));
  gtk_check_button_set_active (self->subtree_check, TRUE);
  /* The needs come from the evaluations of a year that has ended. */
  self->year_spin = kr_training_year_spin_new (_ ("Appraisal year"));
  gtk_spin_button_set_value (self->year_spin, kr_training_current_year () - 1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->unit_dropdown));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->subtree_check));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->year_spin));
  g_signal_connect_swapped (self->unit_dropdown, "notify::selected",
                            G_CALLBACK (on_query_changed_cb), self);
  g_signal_connect_swapped (self->subtree_check, "toggled", G_CALLBACK (on_query_changed_cb), self);
  g_signal_connect_swapped (self->year_spin, "value-changed", G_CALLBACK (on_query_changed_cb),
                            self);
  return box;
}

static GtkWidget *
build (KrTrainingNeedsView *self)
{
  GtkWidget *page;

  self->count_label = kr_training_count_label_new ();
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_widget_set_valign (GTK_WIDGET (self->list), GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Training needs"), -1);
  page = kr_training_boxed_page_new (build_toolbar (self), GTK_WIDGET (self->count_label),
                                     GTK_WIDGET (self->list), &self->stack, &self->empty_page);
  adw_status_page_set_icon_name (self->empty_page, "emblem-ok-symbolic");
  return page;
}

/* API */

GtkWidget *
kr_training_needs_view_new (void)
{
  return g_object_new (KR_TYPE_TRAINING_NEEDS_VIEW, NULL);
}

void
kr_training_needs_view_set_repositories (KrTrainingNeedsView *self,
                                         KrDatabase *database,
                                         KrTrainingRepository *training,
                                         KrUnitRepository *units)
{
  g_return_if_fail (KR_IS_TRAINING_NEEDS_VIEW (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->loading = FALSE;
  if (self->training != NULL)
    g_signal_handlers_disconnect_by_func (self->training, on_training_changed_cb, self);
  g_set_object (&self->database, database);
  g_set_object (&self->training, training);
  g_set_object (&self->units, units);
  if (training != NULL)
    g_signal_connect_object (training, "changed", G_CALLBACK (on_training_changed_cb), self, 0);
  self->filling = TRUE;
  kr_training_unit_dropdown_fill (self->unit_dropdown, self->unit_ids, database, units, TRUE);
  self->filling = FALSE;
  reload (self);
}

void
kr_training_needs_view_set_year (KrTrainingNeedsView *self, guint year)
{
  g_return_if_fail (KR_IS_TRAINING_NEEDS_VIEW (self));
  gtk_spin_button_set_value (self->year_spin, year);
}

gboolean
kr_training_needs_view_get_loading (KrTrainingNeedsView *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_NEEDS_VIEW (self), FALSE);
  return self->loading;
}

GPtrArray *
kr_training_needs_view_get_needs (KrTrainingNeedsView *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_NEEDS_VIEW (self), NULL);
  return self->needs;
}

static void
kr_training_needs_view_dispose (GObject *object)
{
  KrTrainingNeedsView *self = KR_TRAINING_NEEDS_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->session_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->session_dialog));
  if (self->training != NULL)
    g_signal_handlers_disconnect_by_func (self->training, on_training_changed_cb, self);
  g_clear_object (&self->training);
  g_clear_object (&self->units);
  g_clear_object (&self->database);
  g_clear_pointer (&self->needs, g_ptr_array_unref);
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->unit_ids, g_array_unref);

  G_OBJECT_CLASS (kr_training_needs_view_parent_class)->dispose (object);
}

static void
kr_training_needs_view_class_init (KrTrainingNeedsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_training_needs_view_dispose;
  gtk_widget_class_install_action (widget_class, "needs.nominate", "(xx)", nominate_action_cb);
}

static void
kr_training_needs_view_init (KrTrainingNeedsView *self)
{
  self->cancellable = g_cancellable_new ();
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->needs = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_training_need_free);
  adw_bin_set_child (ADW_BIN (self), build (self));
  show_needs (self);
}
