/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-session-editor"

#include "config.h"

#include "kr-training-session-editor-private.h"

#include <string.h>

#include <glib/gi18n.h>

#include "kr-date.h"
#include "kr-error.h"
#include "kr-training-format.h"

G_DEFINE_FINAL_TYPE (KrTrainingSessionEditor, kr_training_session_editor, ADW_TYPE_WINDOW)

enum
{
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_problem (KrTrainingSessionEditor *self, const char *problem)
{
  g_free (self->problem);
  self->problem = g_strdup (problem);
  gtk_label_set_text (self->problem_label, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL);
  gtk_widget_set_sensitive (self->save_button, problem == NULL);
}

static void
mark (gpointer row, gboolean bad)
{
  if (bad)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

static char *
read_date (KrDateRow *row, const char *field, char **problem)
{
  g_autoptr (GError) error = NULL;
  const GDate *date;

  if (!kr_date_row_check (row, &error))
    {
      mark (row, TRUE);
      if (*problem == NULL)
        /* Translators: "Start date: …" with the date parser's message */
        *problem = g_strdup_printf (_ ("%s: %s"), field, error->message);
      return NULL;
    }
  mark (row, FALSE);
  date = kr_date_row_get_date (row);
  return date != NULL ? kr_date_format_iso (date) : NULL;
}

/* Copies the rows into self->session; sets @problem for what only the rows know is wrong. */
static void
read_form (KrTrainingSessionEditor *self, char **problem)
{
  KrTrainingSession *session = self->session;
  const char *cost = gtk_editable_get_text (GTK_EDITABLE (self->cost_row));
  const char *place = gtk_editable_get_text (GTK_EDITABLE (self->place_row));
  gboolean cost_ok = cost[0] == '\0' || kr_training_parse_money (cost, &session->cost);

  g_free (session->name);
  session->name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  mark (self->name_row, session->name[0] == '\0');
  g_free (session->start_date);
  session->start_date = read_date (self->start_row, _ ("Start date"), problem);
  g_free (session->end_date);
  session->end_date = read_date (self->end_row, _ ("End date"), problem);
  g_free (session->place);
  session->place = place[0] != '\0' ? g_strdup (place) : NULL;
  session->capacity = (guint) gtk_spin_button_get_value_as_int (self->capacity_spin);
  if (cost[0] == '\0')
    session->cost = 0;
  mark (self->cost_row, !cost_ok);
  if (!cost_ok && *problem == NULL)
    *problem = g_strdup (_ ("Cost: enter an amount in rupiah, such as 1.250.000"));
}

static void
on_form_changed_cb (KrTrainingSessionEditor *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *problem = NULL;

  if (self->session == NULL)
    return;
  read_form (self, &problem);
  if (problem != NULL)
    set_problem (self, problem);
  else if (!kr_training_session_validate (self->session, &error))
    set_problem (self, error->message);
  else
    set_problem (self, NULL);
}

gboolean
kr_training_session_editor_is_valid (KrTrainingSessionEditor *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_SESSION_EDITOR (self), FALSE);

  return self->problem == NULL;
}

const char *
kr_training_session_editor_get_problem (KrTrainingSessionEditor *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_SESSION_EDITOR (self), NULL);

  return self->problem;
}

gboolean
kr_training_session_editor_save (KrTrainingSessionEditor *self, GError **error)
{
  g_autoptr (GError) local_error = NULL;

  g_return_val_if_fail (KR_IS_TRAINING_SESSION_EDITOR (self), FALSE);

  on_form_changed_cb (self);
  if (self->problem != NULL)
    {
      g_set_error_literal (error, KR_ERROR, KR_ERROR_INVALID, self->problem);
      return FALSE;
    }
  if (!kr_training_repository_save_session (self->training, self->session, &local_error))
    {
      set_problem (self, local_error->message);
      gtk_widget_set_sensitive (self->save_button, TRUE);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  g_signal_emit (self, signals[SAVED], 0, self->session->id);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
on_save_clicked_cb (KrTrainingSessionEditor *self)
{
  kr_training_session_editor_save (self, NULL);
}

static AdwEntryRow *
add_entry_row (GtkWidget *group, const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return ADW_ENTRY_ROW (row);
}

static KrDateRow *
add_date_row (GtkWidget *group, const char *title)
{
  GtkWidget *row = kr_date_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return KR_DATE_ROW (row);
}

static void
build (KrTrainingSessionEditor *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_ ("_Cancel"));
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *capacity_row = adw_action_row_new ();

  self->save_button = gtk_button_new_with_mnemonic (_ ("_Save"));
  gtk_widget_add_css_class (self->save_button, "suggested-action");
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_close), self);
  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (on_save_clicked_cb), self);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->save_button);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), self->session->course_title);
  self->name_row = add_entry_row (group, _ ("_Name"));
  self->start_row = add_date_row (group, _ ("_Start Date"));
  self->end_row = add_date_row (group, _ ("_End Date"));
  self->place_row = add_entry_row (group, _ ("_Place"));
  self->capacity_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 10000, 1));
  gtk_widget_set_valign (GTK_WIDGET (self->capacity_spin), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (capacity_row), _ ("_Capacity"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (capacity_row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (capacity_row), _ ("Seats for participants"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (capacity_row), GTK_WIDGET (self->capacity_spin));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (capacity_row),
                                         GTK_WIDGET (self->capacity_spin));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), capacity_row);
  self->cost_row = add_entry_row (group, _ ("C_ost per Participant (Rp)"));

  self->problem_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->problem_label, TRUE);
  gtk_label_set_xalign (self->problem_label, 0.0f);
  gtk_widget_set_margin_top (GTK_WIDGET (self->problem_label), 12);
  gtk_widget_add_css_class (GTK_WIDGET (self->problem_label), "error");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->problem_label));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  gtk_widget_set_vexpand (page, TRUE);

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);
}

static void
show_session (KrTrainingSessionEditor *self)
{
  KrTrainingSession *session = self->session;
  GDate date;

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), session->name != NULL ? session->name : "");
  if (session->start_date != NULL && kr_date_parse_iso (session->start_date, &date, NULL))
    kr_date_row_set_date (self->start_row, &date);
  if (session->end_date != NULL && kr_date_parse_iso (session->end_date, &date, NULL))
    kr_date_row_set_date (self->end_row, &date);
  gtk_editable_set_text (GTK_EDITABLE (self->place_row),
                         session->place != NULL ? session->place : "");
  gtk_spin_button_set_value (self->capacity_spin, session->capacity);
  if (session->cost > 0)
    {
      g_autofree char *cost = kr_training_format_money (session->cost);

      gtk_editable_set_text (GTK_EDITABLE (self->cost_row), cost + strlen ("Rp "));
    }
}

static void
connect_changes (KrTrainingSessionEditor *self)
{
  GObject *editables[] = { G_OBJECT (self->name_row), G_OBJECT (self->start_row),
                           G_OBJECT (self->end_row), G_OBJECT (self->place_row),
                           G_OBJECT (self->cost_row) };

  for (guint i = 0; i < G_N_ELEMENTS (editables); i++)
    g_signal_connect_swapped (editables[i], "changed", G_CALLBACK (on_form_changed_cb), self);
  g_signal_connect_swapped (self->capacity_spin, "value-changed", G_CALLBACK (on_form_changed_cb),
                            self);
}

static void
kr_training_session_editor_dispose (GObject *object)
{
  KrTrainingSessionEditor *self = KR_TRAINING_SESSION_EDITOR (object);

  g_clear_object (&self->training);
  g_clear_pointer (&self->session, kr_training_session_free);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (kr_training_session_editor_parent_class)->dispose (object);
}

static void
kr_training_session_editor_class_init (KrTrainingSessionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_training_session_editor_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kr_training_session_editor_init (KrTrainingSessionEditor *self)
{
}

/* A new session of @course: its cost, and a name after the sessions it has ("Angkatan 3"). */
static KrTrainingSession *
new_session (KrTrainingRepository *training, gint64 course_id, GError **error)
{
  g_autoptr (KrCourse) course = kr_training_repository_get_course (training, course_id, error);
  KrTrainingSession *session;

  if (course == NULL)
    return NULL;
  session = kr_training_session_new ();
  session->course_id = course_id;
  session->course_title = g_strdup (course->title);
  session->course_jp = course->jp;
  session->cost = course->cost;
  session->capacity = 30;
  /* Official term: the Indonesian name of a class of a training */
  session->name = g_strdup_printf ("Angkatan %u", course->n_sessions + 1);
  return session;
}

KrTrainingSessionEditor *
kr_training_session_editor_new (KrTrainingRepository *training,
                                gint64 course_id,
                                gint64 session_id,
                                GError **error)
{
  KrTrainingSessionEditor *self;
  KrTrainingSession *session;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (training), NULL);
  g_return_val_if_fail (course_id != 0 || session_id != 0, NULL);

  session = session_id != 0 ? kr_training_repository_get_session (training, session_id, error)
                            : new_session (training, course_id, error);
  if (session == NULL)
    return NULL;
  self = g_object_new (KR_TYPE_TRAINING_SESSION_EDITOR, "modal", TRUE, "title",
                       session_id == 0 ? _ ("New Session") : _ ("Edit Session"), "default-width",
                       480, "default-height", 560, NULL);
  self->training = g_object_ref (training);
  self->session = session;
  build (self);
  show_session (self);
  connect_changes (self);
  on_form_changed_cb (self);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);
  return self;
}
