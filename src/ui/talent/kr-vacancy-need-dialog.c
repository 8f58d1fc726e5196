/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-vacancy-need-dialog"

#include "config.h"

#include "kr-vacancy-need-dialog.h"

#include <errno.h>
#include <glib/gi18n.h>

#include "kr-training-widgets.h"

#define MAX_NEED 100000

typedef struct
{
  GtkWidget *widget;
  KrVacancyRepository *vacancies;
  gint64 position_id;
  GtkWidget *dialog;
  GtkWidget *need;
  GtkWidget *basis;
} NeedForm;

static void
need_form_free (NeedForm *form)
{
  g_clear_object (&form->widget);
  g_clear_object (&form->vacancies);
  g_free (form);
}

/* The need as typed: a whole number 0..MAX_NEED; FALSE otherwise (empty too). */
static gboolean
parse_need (const char *text, int *needed)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *end = NULL;
  gint64 value;

  if (*copy == '\0' || !g_ascii_isdigit (*copy))
    return FALSE;
  errno = 0;
  value = g_ascii_strtoll (copy, &end, 10);
  if (errno != 0 || end == NULL || *end != '\0' || value < 0 || value > MAX_NEED)
    return FALSE;
  *needed = (int) value;
  return TRUE;
}

static void
validate_cb (NeedForm *form)
{
  int needed;
  gboolean ok = parse_need (gtk_editable_get_text (GTK_EDITABLE (form->need)), &needed);

  if (ok)
    gtk_widget_remove_css_class (form->need, "error");
  else
    gtk_widget_add_css_class (form->need, "error");
  gtk_widget_set_tooltip_text (
      form->need, ok ? NULL : _ ("Need: enter a whole number of holders from 0 to 100000"));
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (form->dialog), "save", ok);
}

static void
response_cb (AdwMessageDialog *dialog, const char *response, NeedForm *form)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *basis = NULL;
  int needed = 0;

  if (g_str_equal (response, "clear"))
    {
      if (!kr_vacancy_repository_clear_need (form->vacancies, form->position_id, &error))
        kr_training_show_toast (form->widget, error->message);
      else
        kr_training_show_toast (form->widget, _ ("The recorded need was cleared"));
      return;
    }
  if (!g_str_equal (response, "save") ||
      !parse_need (gtk_editable_get_text (GTK_EDITABLE (form->need)), &needed))
    return;
  basis = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (form->basis))));
  if (!kr_vacancy_repository_set_need (form->vacancies, form->position_id, needed,
                                       *basis != '\0' ? basis : NULL, &error))
    kr_training_show_toast (form->widget, error->message);
}

static GtkWidget *
entry_row (GtkWidget *list, const char *title, const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  if (text != NULL)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

void
kr_vacancy_need_dialog_show (GtkWidget *widget,
                             KrVacancyRepository *vacancies,
                             const KrVacancy *vacancy)
{
  NeedForm *form;
  GtkWidget *list;
  g_autofree char *body = NULL;
  g_autofree char *value = NULL;
  g_autofree char *current = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (vacancy != NULL);

  if (vacancies == NULL)
    return;
  if (!kr_training_can (kr_vacancy_repository_get_database (vacancies), KR_PERMISSION_WRITE_TALENT))
    {
      kr_training_show_toast (widget, _ ("You may not record the needs of positions"));
      return;
    }
  form = g_new0 (NeedForm, 1);
  form->widget = g_object_ref (widget);
  form->vacancies = g_object_ref (vacancies);
  form->position_id = vacancy->position_id;

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  value = vacancy->needed >= 0 ? g_strdup_printf ("%d", vacancy->needed) : NULL;
  form->need = entry_row (list, _ ("_Need (holders)"), value);
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (form->need), GTK_INPUT_PURPOSE_DIGITS);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (form->need), TRUE);
  form->basis = entry_row (list, _ ("_Basis"), vacancy->need_basis);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (form->basis), TRUE);
  gtk_widget_set_tooltip_text (form->basis,
                               _ ("What the need comes from, e.g. the job and workload analysis "
                                  "(Anjab/ABK) of a year"));

  if (vacancy->need_recorded)
    current = g_strdup_printf (
        ngettext ("Recorded need: %d holder.", "Recorded need: %d holders.", vacancy->needed),
        vacancy->needed);
  else if (vacancy->needed >= 0)
    current =
        g_strdup_printf (ngettext ("No need recorded; by default %d holder.",
                                   "No need recorded; by default %d holders.", vacancy->needed),
                         vacancy->needed);
  else
    current = g_strdup (_ ("No need recorded, and none by default."));
  body = g_strdup_printf (
      ngettext ("%s, %s: %u holder now. %s", "%s, %s: %u holders now. %s", vacancy->holders),
      vacancy->position_name, vacancy->unit_name != NULL ? vacancy->unit_name : "—",
      vacancy->holders, current);

  form->dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                         _ ("Need of the Position"), body);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (form->dialog), list);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (form->dialog), "cancel", _ ("_Cancel"));
  if (vacancy->need_recorded)
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (form->dialog), "clear",
                                       _ ("C_lear the Need"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (form->dialog), "clear",
                                                  ADW_RESPONSE_DESTRUCTIVE);
    }
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (form->dialog), "save", _ ("_Save"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (form->dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (form->dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (form->dialog), "cancel");
  g_signal_connect_swapped (form->need, "changed", G_CALLBACK (validate_cb), form);
  g_signal_connect_data (form->dialog, "response", G_CALLBACK (response_cb), form,
                         (GClosureNotify) (void (*) (void)) need_form_free, 0);
  validate_cb (form);
  gtk_window_present (GTK_WINDOW (form->dialog));
}
