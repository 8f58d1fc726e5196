/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-mentoring-dialogs"

#include "config.h"

#include "kr-training-mentoring-dialogs.h"

#include <glib/gi18n.h>

#include "kr-date-row.h"
#include "kr-date.h"
#include "kr-employee-picker.h"
#include "kr-training-widgets.h"

/* Both dialogs are plain AdwWindows holding a Form: what they edit and the rows that edit
 * it. */

typedef struct
{
  KrTrainingRepository *training;
  KrMentoring *mentoring;      /* the pair dialog */
  KrMentoringSession *session; /* the session dialog */
  guint jp_minutes;
  gboolean filling;

  GtkWidget *window;
  GtkWidget *save_button;
  GtkLabel *message_label;
  AdwComboRow *form_row;
  AdwEntryRow *goals_row;
  KrDateRow *start_row;
  KrDateRow *end_row;
  KrDateRow *date_row;
  AdwEntryRow *topic_row;
  GtkSpinButton *minutes_spin;
  AdwActionRow *minutes_row;
  AdwEntryRow *notes_row;
} Form;

static void
form_free (Form *form)
{
  g_clear_object (&form->training);
  g_clear_pointer (&form->mentoring, kr_mentoring_free);
  g_clear_pointer (&form->session, kr_mentoring_session_free);
  g_free (form);
}

static Form *
get_form (GtkWidget *dialog)
{
  return g_object_get_data (G_OBJECT (dialog), "kr-form");
}

/* Reading the rows */

static char *
dup_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  return text[0] != '\0' ? g_steal_pointer (&text) : NULL;
}

static char *
dup_date (KrDateRow *row)
{
  const GDate *date = kr_date_row_get_date (row);

  return date != NULL ? kr_date_format_iso (date) : NULL;
}

/* Fills what the form edits from its rows and says what is wrong with it, if anything. */
static gboolean
read_form (Form *form, GError **error)
{
  if (form->mentoring != NULL)
    {
      KrMentoring *m = form->mentoring;

      m->form = adw_combo_row_get_selected (form->form_row) == 1 ? KR_TRAINING_FORM_COACHING
                                                                 : KR_TRAINING_FORM_MENTORING;
      g_free (m->goals);
      m->goals = dup_text (form->goals_row);
      g_free (m->start_date);
      m->start_date = dup_date (form->start_row);
      g_free (m->end_date);
      m->end_date = dup_date (form->end_row);
      if (!kr_date_row_check (form->start_row, error) || !kr_date_row_check (form->end_row, error))
        return FALSE;
      return kr_mentoring_validate (m, error);
    }
  else
    {
      KrMentoringSession *s = form->session;

      g_free (s->date);
      s->date = dup_date (form->date_row);
      g_free (s->topic);
      s->topic = dup_text (form->topic_row);
      s->minutes = gtk_spin_button_get_value_as_int (form->minutes_spin);
      g_free (s->notes);
      s->notes = dup_text (form->notes_row);
      if (!kr_date_row_check (form->date_row, error))
        return FALSE;
      return kr_mentoring_session_validate (s, error);
    }
}

static void
update_minutes (Form *form)
{
  g_autofree char *jp = NULL;
  g_autofree char *subtitle = NULL;

  if (form->minutes_row == NULL || form->jp_minutes == 0)
    return;
  jp = kr_training_format_jp (
      kr_jp_from_minutes (gtk_spin_button_get_value_as_int (form->minutes_spin), form->jp_minutes));
  /* Translators: the JP a mentoring session earns, then the minutes of one JP */
  subtitle = g_strdup_printf (_ ("%s JP (one JP is %u minutes)"), jp, form->jp_minutes);
  adw_action_row_set_subtitle (form->minutes_row, subtitle);
}

static void
on_changed_cb (Form *form)
{
  g_autoptr (GError) error = NULL;
  gboolean valid;

  if (form->filling)
    return;
  valid = read_form (form, &error);
  gtk_widget_set_sensitive (form->save_button, valid);
  gtk_label_set_label (form->message_label, valid ? "" : error->message);
  gtk_widget_set_visible (GTK_WIDGET (form->message_label), !valid);
  update_minutes (form);
}

static void
on_mentor_picked_cb (gpointer user_data, gint64 employee_id)
{
  Form *form = user_data;

  form->mentoring->mentor_id = employee_id;
  on_changed_cb (form);
}

static void
on_mentee_picked_cb (gpointer user_data, gint64 employee_id)
{
  Form *form = user_data;

  form->mentoring->mentee_id = employee_id;
  on_changed_cb (form);
}

/* Saving */

gboolean
kr_mentoring_dialog_save (GtkWidget *dialog)
{
  Form *form = get_form (dialog);
  g_autoptr (GError) error = NULL;
  gboolean saved;

  g_return_val_if_fail (form != NULL, FALSE);

  if (!read_form (form, &error))
    saved = FALSE;
  else if (form->mentoring != NULL)
    saved = kr_training_repository_save_mentoring (form->training, form->mentoring, &error);
  else
    saved = kr_training_repository_save_mentoring_session (form->training, form->session, &error);
  if (!saved)
    {
      gtk_label_set_label (form->message_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (form->message_label), TRUE);
      return FALSE;
    }
  gtk_window_close (GTK_WINDOW (dialog));
  return TRUE;
}

static void
on_save_clicked_cb (GtkWidget *dialog)
{
  kr_mentoring_dialog_save (dialog);
}

/* Building */

static Form *
new_form (GtkWindow *parent, KrTrainingRepository *training, const char *title)
{
  Form *form = g_new0 (Form, 1);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_ ("_Cancel"));
  GtkEventController *escape;

  form->training = g_object_ref (training);
  form->window = g_object_new (ADW_TYPE_WINDOW, "transient-for", parent, "modal", TRUE, "title",
                               title, "default-width", 520, "width-request", 360, NULL);
  g_object_set_data_full (G_OBJECT (form->window), "kr-form", form, (GDestroyNotify) form_free);
  escape = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (
      GTK_SHORTCUT_CONTROLLER (escape),
      gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                        gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (form->window, escape);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  form->save_button = gtk_button_new_with_mnemonic (_ ("_Save"));
  gtk_widget_add_css_class (form->save_button, "suggested-action");
  g_signal_connect_swapped (form->save_button, "clicked", G_CALLBACK (on_save_clicked_cb),
                            form->window);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), form->save_button);
  g_object_set_data (G_OBJECT (form->window), "kr-header", header);
  form->message_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (form->message_label, TRUE);
  gtk_label_set_xalign (form->message_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (form->message_label), "error");
  return form;
}

/* Puts @group and the message under @form's header bar. */
static void
finish_form (Form *form, AdwPreferencesGroup *group)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = adw_preferences_page_new ();
  AdwPreferencesGroup *message = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_add (message, GTK_WIDGET (form->message_label));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), group);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), message);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), g_object_get_data (G_OBJECT (form->window), "kr-header"));
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (form->window), box);
  on_changed_cb (form);
}

static AdwEntryRow *
add_entry_row (Form *form, AdwPreferencesGroup *group, const char *title, const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  g_signal_connect_swapped (row, "changed", G_CALLBACK (on_changed_cb), form);
  adw_preferences_group_add (group, row);
  return ADW_ENTRY_ROW (row);
}

static KrDateRow *
add_date_row (Form *form, AdwPreferencesGroup *group, const char *title, const char *iso)
{
  GtkWidget *row = kr_date_row_new ();
  GDate date;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (iso != NULL && kr_date_parse_iso (iso, &date, NULL))
    kr_date_row_set_date (KR_DATE_ROW (row), &date);
  g_signal_connect_swapped (row, "changed", G_CALLBACK (on_changed_cb), form);
  adw_preferences_group_add (group, row);
  return KR_DATE_ROW (row);
}

GtkWidget *
kr_mentoring_dialog_new (GtkWindow *parent,
                         KrTrainingRepository *training,
                         KrEmployeeRepository *employees,
                         const KrMentoring *mentoring)
{
  const char *forms[] = { NULL, NULL, NULL };
  Form *form;
  AdwPreferencesGroup *group;
  g_autoptr (GtkStringList) form_names = NULL;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (training), NULL);
  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (employees), NULL);

  form = new_form (parent, training, mentoring != NULL ? _ ("Edit Pair") : _ ("New Pair"));
  form->filling = TRUE;
  form->mentoring = mentoring != NULL ? kr_mentoring_copy (mentoring) : kr_mentoring_new ();
  if (mentoring == NULL)
    {
      GDate today;

      kr_date_today (NULL, &today);
      form->mentoring->form = KR_TRAINING_FORM_MENTORING;
      form->mentoring->start_date = kr_date_format_iso (&today);
    }
  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_add (group, kr_employee_picker_new (employees, _ ("Mentor"),
                                                            form->mentoring->mentor_id, TRUE,
                                                            on_mentor_picked_cb, form));
  adw_preferences_group_add (group, kr_employee_picker_new (employees, _ ("Mentee"),
                                                            form->mentoring->mentee_id, TRUE,
                                                            on_mentee_picked_cb, form));
  forms[0] = kr_training_form_get_label (KR_TRAINING_FORM_MENTORING);
  forms[1] = kr_training_form_get_label (KR_TRAINING_FORM_COACHING);
  form_names = gtk_string_list_new (forms);
  form->form_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->form_row), _ ("Form"));
  adw_combo_row_set_model (form->form_row, G_LIST_MODEL (form_names));
  adw_combo_row_set_selected (form->form_row,
                              form->mentoring->form == KR_TRAINING_FORM_COACHING ? 1 : 0);
  g_signal_connect_swapped (form->form_row, "notify::selected", G_CALLBACK (on_changed_cb), form);
  adw_preferences_group_add (group, GTK_WIDGET (form->form_row));
  form->goals_row = add_entry_row (form, group, _ ("Goals"), form->mentoring->goals);
  form->start_row = add_date_row (form, group, _ ("Start"), form->mentoring->start_date);
  form->end_row = add_date_row (form, group, _ ("End (optional)"), form->mentoring->end_date);
  form->filling = FALSE;
  finish_form (form, group);
  return form->window;
}

GtkWidget *
kr_mentoring_session_dialog_new (GtkWindow *parent,
                                 KrTrainingRepository *training,
                                 gint64 mentoring_id,
                                 const KrMentoringSession *session)
{
  Form *form;
  AdwPreferencesGroup *group;
  GtkWidget *minutes_row;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (training), NULL);

  form = new_form (parent, training, session != NULL ? _ ("Edit Session") : _ ("Log Session"));
  form->filling = TRUE;
  form->jp_minutes = kr_training_repository_get_jp_minutes (training, NULL);
  if (session != NULL)
    {
      form->session = kr_mentoring_session_new ();
      form->session->id = session->id;
      form->session->mentoring_id = session->mentoring_id;
      form->session->date = g_strdup (session->date);
      form->session->topic = g_strdup (session->topic);
      form->session->minutes = session->minutes;
      form->session->notes = g_strdup (session->notes);
    }
  else
    {
      GDate today;

      kr_date_today (NULL, &today);
      form->session = kr_mentoring_session_new ();
      form->session->mentoring_id = mentoring_id;
      form->session->date = kr_date_format_iso (&today);
      form->session->minutes = 90;
    }
  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  form->date_row = add_date_row (form, group, _ ("Date"), form->session->date);
  form->topic_row = add_entry_row (form, group, _ ("Topic"), form->session->topic);
  minutes_row = kr_training_row_new (_ ("Minutes"), NULL);
  form->minutes_row = ADW_ACTION_ROW (minutes_row);
  form->minutes_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1, 1440, 15));
  gtk_spin_button_set_value (form->minutes_spin, form->session->minutes);
  gtk_widget_set_valign (GTK_WIDGET (form->minutes_spin), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (form->minutes_spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Minutes"), -1);
  g_signal_connect_swapped (form->minutes_spin, "value-changed", G_CALLBACK (on_changed_cb), form);
  adw_action_row_add_suffix (form->minutes_row, GTK_WIDGET (form->minutes_spin));
  adw_preferences_group_add (group, minutes_row);
  form->notes_row = add_entry_row (form, group, _ ("Notes (optional)"), form->session->notes);
  form->filling = FALSE;
  finish_form (form, group);
  return form->window;
}

KrMentoring *
kr_mentoring_dialog_get_mentoring (GtkWidget *dialog)
{
  Form *form = get_form (dialog);

  return form != NULL ? form->mentoring : NULL;
}

KrMentoringSession *
kr_mentoring_session_dialog_get_session (GtkWidget *dialog)
{
  Form *form = get_form (dialog);

  return form != NULL ? form->session : NULL;
}

const char *
kr_mentoring_dialog_get_message (GtkWidget *dialog)
{
  Form *form = get_form (dialog);

  g_return_val_if_fail (form != NULL, NULL);
  return gtk_widget_get_visible (GTK_WIDGET (form->message_label))
             ? gtk_label_get_label (form->message_label)
             : NULL;
}
