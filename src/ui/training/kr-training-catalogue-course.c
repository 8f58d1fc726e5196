/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-catalogue-course"

#include "config.h"

#include "kr-training-catalogue-private.h"

#include <glib/gi18n.h>

#include "kr-appraisal-format.h"
#include "kr-appraisal-rules.h"
#include "kr-rank.h"
#include "kr-training-format.h"

/* The chosen course: its facts and its sessions, and what can be done with courses and
 * sessions. */

static GtkWindow *
parent_window (KrTrainingCatalogue *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_error (KrTrainingCatalogue *self, const char *heading, const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent_window (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Facts */

static void
add_fact (KrTrainingCatalogue *self, const char *title, const char *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  /* On one line when there is room, cut short in a narrow window (whole in the tooltip). */
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 1.0f);
  gtk_widget_set_tooltip_text (label, value);
  gtk_widget_add_css_class (label, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  gtk_list_box_append (self->facts_list, row);
}

static char *
dup_values (guint behaviours)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < KR_N_BEHAVIOURS; i++)
    if ((behaviours & (1u << (i + 1))) != 0)
      {
        if (text->len > 0)
          g_string_append (text, ", ");
        g_string_append (text, kr_behaviour_get_label ((KrBehaviour) i));
      }
  return g_string_free (text, FALSE);
}

static char *
dup_requirements (KrTrainingCatalogue *self, const KrCourse *course)
{
  GString *text = g_string_new (NULL);
  KrRank rank;

  if (course->min_golongan != 0 && kr_rank_from_code (course->min_golongan, &rank))
    g_string_append_printf (text, _ ("golongan %s or higher"), kr_rank_get_golongan (rank));
  if (course->max_age != 0)
    {
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append_printf (text, _ ("at most %u years old"), course->max_age);
    }
  if (course->required_course_id != 0)
    {
      g_autoptr (KrCourse) required =
          kr_training_repository_get_course (self->training, course->required_course_id, NULL);

      if (required != NULL)
        {
          if (text->len > 0)
            g_string_append (text, ", ");
          g_string_append_printf (text, _ ("completed “%s”"), required->title);
        }
    }
  if (text->len == 0)
    g_string_append (text, course->programme != KR_LEADERSHIP_PROGRAMME_NONE
                               ? _ ("The programme's rules")
                               : _ ("Everyone"));
  return g_string_free (text, FALSE);
}

static void
show_facts (KrTrainingCatalogue *self, const KrCourse *course)
{
  g_autofree char *form = g_strdup_printf ("%s (%s)", kr_training_form_get_label (course->form),
                                           kr_training_kind_get_label (course->kind));
  g_autofree char *jp = g_strdup_printf ("%u", course->jp);
  g_autofree char *cost = kr_training_format_money (course->cost);
  g_autofree char *values = dup_values (course->behaviours);
  g_autofree char *who = dup_requirements (self, course);
  g_autofree char *type = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->facts_list))) != NULL)
    gtk_list_box_remove (self->facts_list, child);
  type = course->programme != KR_LEADERSHIP_PROGRAMME_NONE
             ? g_strdup_printf ("%s · %s", kr_competence_type_get_label (course->type),
                                kr_leadership_programme_get_label (course->programme))
             : g_strdup (kr_competence_type_get_label (course->type));
  adw_preferences_group_set_description (self->facts_group, course->description);
  add_fact (self, _ ("Form"), form);
  add_fact (self, _ ("Competence type"), type);
  add_fact (self, _ ("JP"), jp);
  add_fact (self, _ ("Delivery"), kr_delivery_get_label (course->delivery));
  add_fact (self, _ ("Provider"), course->provider != NULL ? course->provider : "—");
  add_fact (self, _ ("Cost per participant"), cost);
  add_fact (self, _ ("Who may join"), who);
  if (values[0] != '\0')
    add_fact (self, _ ("BerAKHLAK values"), values);
  if (course->addresses_results)
    add_fact (self, _ ("Work results"), _ ("Suggested for results below expectations"));
}

/* Sessions */

static GtkWidget *
new_session_row (const KrTrainingSession *session)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *pill = gtk_label_new (NULL);
  GtkWidget *seats = gtk_label_new (NULL);
  g_autofree char *title = g_markup_escape_text (session->name, -1);
  g_autofree char *dates = kr_training_format_dates (session->start_date, session->end_date);
  g_autofree char *subtitle = NULL;
  /* Translators: seats taken of the capacity, "12/30" */
  g_autofree char *seats_text =
      g_strdup_printf (_ ("%u/%u"), session->n_enrolled, session->capacity);
  g_autofree char *seats_tooltip =
      g_strdup_printf (_ ("%u of %u seats taken"), session->n_enrolled, session->capacity);

  subtitle = session->place != NULL ? g_markup_printf_escaped ("%s · %s", dates, session->place)
                                    : g_markup_escape_text (dates, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  kr_training_format_session_pill (GTK_LABEL (pill), session->status);
  gtk_label_set_text (GTK_LABEL (seats), seats_text);
  gtk_widget_set_tooltip_text (seats, seats_tooltip);
  gtk_widget_add_css_class (seats, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), seats);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), pill);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "session-id",
                          g_memdup2 (&session->id, sizeof session->id), g_free);
  return row;
}

static void
show_sessions (KrTrainingCatalogue *self)
{
  g_autoptr (GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sessions_list))) != NULL)
    gtk_list_box_remove (self->sessions_list, child);
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  self->sessions =
      kr_training_repository_list_sessions (self->training, self->course->id, 0, &error);
  if (self->sessions == NULL)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *message = g_markup_escape_text (error->message, -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), message);
      gtk_widget_add_css_class (row, "error");
      gtk_list_box_append (self->sessions_list, row);
      return;
    }
  for (guint i = 0; i < self->sessions->len; i++)
    gtk_list_box_append (self->sessions_list,
                         new_session_row (g_ptr_array_index (self->sessions, i)));
  if (self->sessions->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _ ("No sessions yet"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->sessions_list, row);
    }
}

void
_kr_training_catalogue_show_course (KrTrainingCatalogue *self)
{
  if (self->course == NULL || self->training == NULL)
    {
      gtk_label_set_text (self->course_title_label, "");
      g_clear_pointer (&self->sessions, g_ptr_array_unref);
      gtk_stack_set_visible_child_name (self->course_stack, "none");
      _kr_training_catalogue_update_actions (self);
      return;
    }
  gtk_label_set_text (self->course_title_label, self->course->title);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->course_title_label), self->course->title);
  show_facts (self, self->course);
  show_sessions (self);
  gtk_stack_set_visible_child_name (self->course_stack, "course");
  _kr_training_catalogue_update_actions (self);
}

void
_kr_training_catalogue_on_session_activated_cb (KrTrainingCatalogue *self, GtkListBoxRow *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "session-id");

  if (id != NULL)
    kr_training_catalogue_open_session (self, *id);
}

/* Courses */

static void
on_course_saved_cb (KrTrainingCourseEditor *editor, gint64 course_id, KrTrainingCatalogue *self)
{
  kr_training_catalogue_reload (self);
  kr_training_catalogue_select_course (self, course_id);
}

static KrTrainingCourseEditor *
open_course_editor (KrTrainingCatalogue *self, gint64 course_id)
{
  g_autoptr (GError) error = NULL;
  KrTrainingCourseEditor *editor;

  if (self->training == NULL)
    return NULL;
  editor = kr_training_course_editor_new (self->training, course_id, &error);
  if (editor == NULL)
    {
      show_error (self, _ ("Could Not Open the Course"), error);
      return NULL;
    }
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_course_saved_cb), self, 0);
  gtk_window_set_transient_for (GTK_WINDOW (editor), parent_window (self));
  gtk_window_present (GTK_WINDOW (editor));
  return editor;
}

KrTrainingCourseEditor *
kr_training_catalogue_new_course (KrTrainingCatalogue *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_CATALOGUE (self), NULL);

  return open_course_editor (self, 0);
}

static void
new_course_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  kr_training_catalogue_new_course (KR_TRAINING_CATALOGUE (widget));
}

static void
edit_course_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTrainingCatalogue *self = KR_TRAINING_CATALOGUE (widget);

  if (self->course != NULL)
    open_course_editor (self, self->course->id);
}

static void
on_delete_course_response_cb (AdwMessageDialog *dialog,
                              const char *response,
                              KrTrainingCatalogue *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "course-id"));
  g_autoptr (GError) error = NULL;

  if (!g_str_equal (response, "delete") || self->training == NULL)
    return;
  if (!kr_training_repository_delete_course (self->training, id, &error))
    {
      show_error (self, _ ("Could Not Delete the Course"), error);
      return;
    }
  g_clear_pointer (&self->course, kr_course_free);
  kr_training_catalogue_reload (self);
  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
}

static void
delete_course_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTrainingCatalogue *self = KR_TRAINING_CATALOGUE (widget);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  /* Delete in the participants list removes nominations, not the course. */
  if (self->course == NULL ||
      adw_leaflet_get_visible_child (self->detail_leaflet) != self->course_page)
    return;
  heading = g_strdup_printf (_ ("Delete “%s”?"), self->course->title);
  dialog = adw_message_dialog_new (parent_window (self), heading,
                                   self->course->n_sessions > 0
                                       ? _ ("A course with sessions cannot be deleted: retire it "
                                            "instead, in the course editor.")
                                       : _ ("The course leaves the catalogue."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"));
  if (self->course->n_sessions == 0)
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "delete", _ ("_Delete"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                                  ADW_RESPONSE_DESTRUCTIVE);
    }
  g_object_set_data (G_OBJECT (dialog), "course-id", GSIZE_TO_POINTER ((gsize) self->course->id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_course_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Sessions */

static void
on_session_saved_cb (KrTrainingSessionEditor *editor, gint64 session_id, KrTrainingCatalogue *self)
{
  kr_training_catalogue_reload (self);
}

KrTrainingSessionEditor *
kr_training_catalogue_new_session (KrTrainingCatalogue *self)
{
  g_autoptr (GError) error = NULL;
  KrTrainingSessionEditor *editor;

  g_return_val_if_fail (KR_IS_TRAINING_CATALOGUE (self), NULL);

  if (self->training == NULL || self->course == NULL)
    return NULL;
  editor = kr_training_session_editor_new (self->training, self->course->id, 0, &error);
  if (editor == NULL)
    {
      show_error (self, _ ("Could Not Add a Session"), error);
      return NULL;
    }
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_session_saved_cb), self, 0);
  gtk_window_set_transient_for (GTK_WINDOW (editor), parent_window (self));
  gtk_window_present (GTK_WINDOW (editor));
  return editor;
}

static void
new_session_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  kr_training_catalogue_new_session (KR_TRAINING_CATALOGUE (widget));
}

void
_kr_training_catalogue_update_actions (KrTrainingCatalogue *self)
{
  KrDatabase *database =
      self->training != NULL ? kr_training_repository_get_database (self->training) : NULL;
  gboolean writable = database != NULL && !kr_database_is_read_only (database) &&
                      kr_appraisal_format_can (database, KR_PERMISSION_WRITE_TRAINING);
  gboolean chosen = writable && self->course != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "catalogue.new-course", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "catalogue.edit-course", chosen);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "catalogue.delete-course", chosen);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "catalogue.new-session", chosen);
  gtk_widget_set_visible (self->empty_new_button, writable);
  gtk_widget_set_visible (self->new_button, writable);
  adw_status_page_set_description (
      self->empty_page, writable ? _ ("Add the courses your employees can take, then their "
                                      "sessions.")
                                 : _ ("An HR operator keeps the training catalogue."));
}

void
_kr_training_catalogue_class_add_course_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "catalogue.new-course", NULL,
                                   new_course_action_cb);
  gtk_widget_class_install_action (widget_class, "catalogue.edit-course", NULL,
                                   edit_course_action_cb);
  gtk_widget_class_install_action (widget_class, "catalogue.delete-course", NULL,
                                   delete_course_action_cb);
  gtk_widget_class_install_action (widget_class, "catalogue.new-session", NULL,
                                   new_session_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "catalogue.new-course", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "catalogue.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "catalogue.delete-course",
                                       NULL);
}
