/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-session-view"

#include "config.h"

#include "kr-training-session-view-private.h"

#include <glib/gi18n.h>

#include "kr-nip.h"
#include "kr-training-format.h"
#include "kr-training-item.h"
#include "kr-training-nominate-dialog.h"
#include "kr-training-session-editor.h"

typedef enum
{
  COLUMN_NIP,
  COLUMN_NAME,
  COLUMN_UNIT,
  COLUMN_STATE,
  COLUMN_JP,
  COLUMN_CERTIFICATE,
} Column;

G_DEFINE_FINAL_TYPE (KrTrainingSessionView, kr_training_session_view, ADW_TYPE_BIN)

/* Cells */

static void
setup_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  GtkWidget *child;

  if (column == COLUMN_STATE)
    {
      child = gtk_label_new (NULL);
      gtk_widget_set_halign (child, GTK_ALIGN_START);
    }
  else
    {
      child = gtk_inscription_new (NULL);
      gtk_inscription_set_text_overflow (GTK_INSCRIPTION (child),
                                         GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
      if (column == COLUMN_NIP || column == COLUMN_JP)
        gtk_widget_add_css_class (child, "numeric");
    }
  gtk_list_item_set_child (item, child);
}

static char *
cell_text (const KrEnrolment *enrolment, Column column)
{
  switch (column)
    {
    case COLUMN_NIP:
      return kr_nip_format_digits (enrolment->employee_nip);
    case COLUMN_NAME:
      return g_strdup (enrolment->employee_name);
    case COLUMN_UNIT:
      return g_strdup (enrolment->employee_unit != NULL ? enrolment->employee_unit : "—");
    case COLUMN_JP:
      return enrolment->state == KR_ENROLMENT_STATE_COMPLETED
                 ? g_strdup_printf ("%u", enrolment->jp)
                 : g_strdup ("—");
    case COLUMN_CERTIFICATE:
      if (enrolment->certificate_number == NULL)
        return g_strdup (enrolment->reason != NULL ? enrolment->reason : "—");
      if (enrolment->certificate_date == NULL)
        return g_strdup (enrolment->certificate_number);
      {
        g_autofree char *date = kr_training_format_date (enrolment->certificate_date);

        return g_strdup_printf ("%s · %s", enrolment->certificate_number, date);
      }
    case COLUMN_STATE:
    default:
      g_assert_not_reached ();
    }
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  KrTrainingItem *training_item = gtk_list_item_get_item (item);
  GtkWidget *child = gtk_list_item_get_child (item);
  const KrEnrolment *enrolment;
  g_autofree char *text = NULL;

  if (training_item == NULL)
    return;
  enrolment = kr_training_item_get_value (training_item);
  if (column == COLUMN_STATE)
    {
      kr_training_format_enrolment_pill (GTK_LABEL (child), enrolment->state);
      gtk_widget_set_tooltip_text (child, enrolment->override_reason);
      return;
    }
  text = cell_text (enrolment, column);
  gtk_inscription_set_text (GTK_INSCRIPTION (child), text);
  if (column == COLUMN_NAME)
    gtk_widget_set_tooltip_text (child, text);
}

static void
add_column (KrTrainingSessionView *self,
            Column column,
            const char *title,
            guint chars,
            gboolean expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GINT_TO_POINTER (column));
  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_fixed_width (view_column, (int) chars * 8);
  gtk_column_view_append_column (self->column_view, view_column);
  g_object_unref (view_column);
}

static void
build_columns (KrTrainingSessionView *self)
{
  add_column (self, COLUMN_NIP, _ ("NIP"), 23, FALSE);
  add_column (self, COLUMN_NAME, _ ("Name"), 22, TRUE);
  add_column (self, COLUMN_STATE, _ ("State"), 12, FALSE);
  add_column (self, COLUMN_JP, _ ("JP"), 5, FALSE);
  add_column (self, COLUMN_CERTIFICATE, _ ("Certificate"), 20, TRUE);
  add_column (self, COLUMN_UNIT, _ ("Unit"), 16, TRUE);
}

/* The selection */

GPtrArray *
_kr_training_session_view_get_selected (KrTrainingSessionView *self)
{
  g_autoptr (GtkBitset) selected =
      gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GPtrArray *enrolments = g_ptr_array_new ();
  GtkBitsetIter iter;
  guint position;

  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position); more;
       more = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr (KrTrainingItem) item =
          g_list_model_get_item (G_LIST_MODEL (self->enrolments), position);

      if (item != NULL)
        g_ptr_array_add (enrolments, kr_training_item_get_value (item));
    }
  return enrolments;
}

static void
on_selection_changed_cb (KrTrainingSessionView *self)
{
  g_autoptr (GPtrArray) selected = _kr_training_session_view_get_selected (self);
  g_autofree char *text = NULL;

  if (selected->len > 0)
    text = g_strdup_printf (ngettext ("%u selected", "%u selected", selected->len), selected->len);
  gtk_label_set_text (self->selection_label, text != NULL ? text : "");
  _kr_training_session_view_update_moves (self);
}

/* Showing the session */

static void
show_session (KrTrainingSessionView *self)
{
  KrTrainingSession *session = self->session;
  g_autofree char *dates = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *cost = NULL;
  g_autofree char *seats = NULL;

  if (session == NULL)
    return;
  dates = kr_training_format_dates (session->start_date, session->end_date);
  gtk_label_set_text (self->title_label, session->name);
  subtitle = session->place != NULL
                 ? g_strdup_printf ("%s · %s · %s", session->course_title, dates, session->place)
                 : g_strdup_printf ("%s · %s", session->course_title, dates);
  gtk_label_set_text (self->subtitle_label, subtitle);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->subtitle_label), subtitle);
  cost = kr_training_format_money (session->cost);
  /* Translators: "12 of 30 seats taken · 24 JP · Rp 1.250.000 each" */
  seats = g_strdup_printf (_ ("%u of %u seats taken · %u JP · %s each"), session->n_enrolled,
                           session->capacity, session->course_jp, cost);
  gtk_label_set_text (self->seats_label, seats);
  self->filling = TRUE;
  gtk_drop_down_set_selected (self->status_dropdown, session->status);
  self->filling = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->status_dropdown),
                            session->status != KR_SESSION_STATUS_CANCELLED);
}

gboolean
kr_training_session_view_load (KrTrainingSessionView *self, gint64 session_id, GError **error)
{
  g_autoptr (KrTrainingSession) session = NULL;
  g_autoptr (GPtrArray) enrolments = NULL;

  g_return_val_if_fail (KR_IS_TRAINING_SESSION_VIEW (self), FALSE);

  if (session_id == 0 || self->training == NULL)
    {
      g_clear_pointer (&self->session, kr_training_session_free);
      g_list_store_remove_all (self->enrolments);
      return TRUE;
    }
  session = kr_training_repository_get_session (self->training, session_id, error);
  if (session == NULL)
    return FALSE;
  enrolments = kr_training_repository_list_enrolments (self->training, session_id, error);
  if (enrolments == NULL)
    return FALSE;
  g_clear_pointer (&self->session, kr_training_session_free);
  self->session = g_steal_pointer (&session);
  kr_training_item_fill_store (self->enrolments, enrolments, (GDestroyNotify) kr_enrolment_free);
  gtk_stack_set_visible_child_name (self->enrolments_stack, enrolments->len > 0 ? "list" : "empty");
  show_session (self);
  on_selection_changed_cb (self);
  return TRUE;
}

void
kr_training_session_view_reload (KrTrainingSessionView *self)
{
  g_autoptr (GError) error = NULL;

  g_return_if_fail (KR_IS_TRAINING_SESSION_VIEW (self));

  if (self->session != NULL && !kr_training_session_view_load (self, self->session->id, &error))
    g_warning ("Could not read the session again: %s", error->message);
}

gint64
kr_training_session_view_get_session_id (KrTrainingSessionView *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_SESSION_VIEW (self), 0);

  return self->session != NULL ? self->session->id : 0;
}

GtkMultiSelection *
kr_training_session_view_get_selection (KrTrainingSessionView *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_SESSION_VIEW (self), NULL);

  return self->selection;
}

void
_kr_training_session_view_show_error (KrTrainingSessionView *self,
                                      const char *heading,
                                      const GError *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The status */

static void
set_status (KrTrainingSessionView *self, KrSessionStatus status)
{
  g_autoptr (GError) error = NULL;

  if (!kr_training_repository_set_session_status (self->training, self->session->id, status,
                                                  &error))
    _kr_training_session_view_show_error (self, _ ("Could Not Change the Status"), error);
  kr_training_session_view_reload (self);
}

static void
on_cancel_response_cb (AdwMessageDialog *dialog, const char *response, KrTrainingSessionView *self)
{
  if (g_str_equal (response, "cancel-session") && self->session != NULL)
    set_status (self, KR_SESSION_STATUS_CANCELLED);
  else
    show_session (self);
}

static void
on_status_selected_cb (KrTrainingSessionView *self)
{
  KrSessionStatus status = (KrSessionStatus) gtk_drop_down_get_selected (self->status_dropdown);
  GtkWidget *dialog;

  if (self->filling || self->session == NULL || status == self->session->status ||
      status >= KR_N_SESSION_STATUSES)
    return;
  if (status != KR_SESSION_STATUS_CANCELLED)
    {
      set_status (self, status);
      return;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _ ("Cancel the Session?"),
                                   _ ("Every participant who has not completed it is withdrawn "
                                      "and their committed cost released. A cancelled session "
                                      "cannot be opened again."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "keep", _ ("_Keep"),
                                    "cancel-session", _ ("C_ancel Session"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "cancel-session",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_cancel_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Nominating, editing, deleting */

static void
on_nominated_cb (KrTrainingNominateDialog *dialog,
                 guint n_nominated,
                 guint n_skipped,
                 KrTrainingSessionView *self)
{
  /* Written over the dialog's own connection: read everything again. */
  gtk_widget_activate_action (GTK_WIDGET (self), "catalogue.reload", NULL);
  kr_training_session_view_reload (self);
}

static void
nominate_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTrainingSessionView *self = KR_TRAINING_SESSION_VIEW (widget);
  const KrEmployeeQuery *query = NULL;
  g_autoptr (GError) error = NULL;
  KrTrainingNominateDialog *dialog;

  if (self->session == NULL || self->employees == NULL)
    return;
  if (self->query_func != NULL)
    query = self->query_func (self->query_data);
  dialog = kr_training_nominate_dialog_new (self->training, self->employees, self->units,
                                            self->session->id, query, &error);
  if (dialog == NULL)
    {
      _kr_training_session_view_show_error (self, _ ("Could Not Nominate"), error);
      return;
    }
  g_signal_connect_object (dialog, "nominated", G_CALLBACK (on_nominated_cb), self, 0);
  gtk_window_set_transient_for (GTK_WINDOW (dialog),
                                GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTrainingSessionView *self = KR_TRAINING_SESSION_VIEW (widget);
  g_autoptr (GError) error = NULL;
  KrTrainingSessionEditor *editor;

  if (self->session == NULL)
    return;
  editor = kr_training_session_editor_new (self->training, self->session->course_id,
                                           self->session->id, &error);
  if (editor == NULL)
    {
      _kr_training_session_view_show_error (self, _ ("Could Not Edit the Session"), error);
      return;
    }
  gtk_window_set_transient_for (GTK_WINDOW (editor),
                                GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_delete_response_cb (AdwMessageDialog *dialog, const char *response, KrTrainingSessionView *self)
{
  g_autoptr (GError) error = NULL;

  if (!g_str_equal (response, "delete") || self->session == NULL)
    return;
  if (!kr_training_repository_delete_session (self->training, self->session->id, &error))
    {
      _kr_training_session_view_show_error (self, _ ("Could Not Delete the Session"), error);
      return;
    }
  gtk_widget_activate_action (GTK_WIDGET (self), "catalogue.show-course", NULL);
}

static void
delete_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTrainingSessionView *self = KR_TRAINING_SESSION_VIEW (widget);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (self->session == NULL)
    return;
  heading = g_strdup_printf (_ ("Delete “%s”?"), self->session->name);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading,
                                   _ ("Only a session without participants can be deleted; "
                                      "cancel one that has them."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "delete",
                                    _ ("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
kr_training_session_view_set_repositories (KrTrainingSessionView *self,
                                           KrTrainingRepository *training,
                                           KrEmployeeRepository *employees,
                                           KrUnitRepository *units)
{
  g_return_if_fail (KR_IS_TRAINING_SESSION_VIEW (self));

  g_clear_pointer (&self->session, kr_training_session_free);
  g_list_store_remove_all (self->enrolments);
  g_set_object (&self->training, training);
  g_set_object (&self->employees, employees);
  g_set_object (&self->units, units);
  _kr_training_session_view_update_moves (self);
}

void
kr_training_session_view_set_employees_query_func (KrTrainingSessionView *self,
                                                   KrEmployeesQueryFunc func,
                                                   gpointer user_data)
{
  g_return_if_fail (KR_IS_TRAINING_SESSION_VIEW (self));

  self->query_func = func;
  self->query_data = user_data;
}

static void
kr_training_session_view_dispose (GObject *object)
{
  KrTrainingSessionView *self = KR_TRAINING_SESSION_VIEW (object);

  g_clear_pointer (&self->session, kr_training_session_free);
  g_clear_object (&self->training);
  g_clear_object (&self->employees);
  g_clear_object (&self->units);
  g_clear_object (&self->selection);
  g_clear_object (&self->enrolments);

  G_OBJECT_CLASS (kr_training_session_view_parent_class)->dispose (object);
}

static void
kr_training_session_view_class_init (KrTrainingSessionViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_training_session_view_dispose;

  gtk_widget_class_set_template_from_resource (
      widget_class, "/io/github/karier/Karier/training/kr-training-session-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KrTrainingSessionView, title_label);
  gtk_widget_class_bind_template_child (widget_class, KrTrainingSessionView, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, KrTrainingSessionView, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KrTrainingSessionView, seats_label);
  gtk_widget_class_bind_template_child (widget_class, KrTrainingSessionView, nominate_button);
  gtk_widget_class_bind_template_child (widget_class, KrTrainingSessionView, enrolments_stack);
  gtk_widget_class_bind_template_child (widget_class, KrTrainingSessionView, column_view);
  gtk_widget_class_bind_template_child (widget_class, KrTrainingSessionView, selection_label);
  gtk_widget_class_bind_template_callback (widget_class, on_status_selected_cb);

  gtk_widget_class_install_action (widget_class, "session.nominate", NULL, nominate_action_cb);
  gtk_widget_class_install_action (widget_class, "session.edit", NULL, edit_action_cb);
  gtk_widget_class_install_action (widget_class, "session.delete", NULL, delete_action_cb);
  _kr_training_session_view_class_add_moves (widget_class);
}

static void
kr_training_session_view_init (KrTrainingSessionView *self)
{
  g_autoptr (GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < KR_N_SESSION_STATUSES; i++)
    gtk_string_list_append (statuses, kr_session_status_get_label ((KrSessionStatus) i));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  self->enrolments = g_list_store_new (KR_TYPE_TRAINING_ITEM);
  self->selection = gtk_multi_selection_new (G_LIST_MODEL (g_object_ref (self->enrolments)));
  g_signal_connect_swapped (self->selection, "selection-changed",
                            G_CALLBACK (on_selection_changed_cb), self);
  g_signal_connect_swapped (self->selection, "items-changed", G_CALLBACK (on_selection_changed_cb),
                            self);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  build_columns (self);
}

GtkWidget *
kr_training_session_view_new (void)
{
  return g_object_new (KR_TYPE_TRAINING_SESSION_VIEW, NULL);
}
