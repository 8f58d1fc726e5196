/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-selection-start"

#include "config.h"

#include "kr-selection-start.h"

#include <glib/gi18n.h>

#include "kr-date-row.h"
#include "kr-position-chooser.h"
#include "kr-training-widgets.h"

typedef struct
{
  GtkWidget *widget;
  KrSelectionRepository *selections;
  KrPositionChooser *chooser;
  gint64 position_id;
  GtkEditable *title;
  GtkEditable *decree;
  KrDateRow *opens;
  KrDateRow *closes;
  KrSelectionStartedFunc started;
  gpointer user_data;
} Start;

static void
start_free (Start *start)
{
  g_clear_object (&start->widget);
  g_clear_object (&start->selections);
  g_clear_object (&start->chooser);
  g_free (start);
}

static char *
text_or_null (GtkEditable *editable)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static void
response_cb (AdwMessageDialog *dialog, const char *response, Start *start)
{
  g_autoptr (KrSelection) selection = NULL;
  g_autoptr (GError) error = NULL;

  if (!g_str_equal (response, "create"))
    return;
  selection = kr_selection_new ();
  selection->position_id = start->chooser != NULL
                               ? kr_position_chooser_get_position_id (start->chooser)
                               : start->position_id;
  selection->title = text_or_null (start->title);
  selection->panel_decree = text_or_null (start->decree);
  if (kr_date_row_get_date (start->opens) != NULL)
    selection->opens_on = *kr_date_row_get_date (start->opens);
  if (kr_date_row_get_date (start->closes) != NULL)
    selection->closes_on = *kr_date_row_get_date (start->closes);
  if (selection->position_id == 0)
    {
      kr_training_show_toast (start->widget, _ ("Choose the position to fill"));
      return;
    }
  if (!kr_selection_repository_create (start->selections, selection, &error))
    {
      kr_training_show_toast (start->widget, error->message);
      return;
    }
  if (start->started != NULL)
    start->started (start->widget, selection->id, start->user_data);
}

static void
validate_cb (Start *start)
{
  GtkWidget *dialog = g_object_get_data (G_OBJECT (start->title), "kr-dialog");
  gboolean ok = kr_date_row_check (start->opens, NULL) && kr_date_row_check (start->closes, NULL);
  const GDate *opens = kr_date_row_get_date (start->opens);
  const GDate *closes = kr_date_row_get_date (start->closes);

  if (ok && opens != NULL && closes != NULL && g_date_compare (closes, opens) < 0)
    {
      ok = FALSE;
      gtk_widget_add_css_class (GTK_WIDGET (start->closes), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (start->closes),
                                   _ ("Registration closes before it opens"));
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (start->closes), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (start->closes), NULL);
    }
  if (start->chooser != NULL && kr_position_chooser_get_position_id (start->chooser) == 0)
    ok = FALSE;
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "create", ok);
}

static GtkWidget *
entry_row (GtkWidget *list, const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

void
kr_selection_start_dialog_show (GtkWidget *widget,
                                KrSelectionRepository *selections,
                                KrUnitRepository *units,
                                gint64 position_id,
                                const char *position_name,
                                KrSelectionStartedFunc started,
                                gpointer user_data)
{
  Start *start;
  GtkWidget *dialog, *list;
  g_autofree char *body = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (selections == NULL)
    return;
  if (!kr_training_can (kr_selection_repository_get_database (selections),
                        KR_PERMISSION_WRITE_TALENT))
    {
      kr_training_show_toast (widget, _ ("You may not start selections"));
      return;
    }
  if (position_id == 0 && units == NULL)
    return;
  start = g_new0 (Start, 1);
  start->widget = g_object_ref (widget);
  start->selections = g_object_ref (selections);
  start->position_id = position_id;
  start->started = started;
  start->user_data = user_data;
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  if (position_id == 0)
    {
      GtkWidget *unit_row = adw_combo_row_new ();
      GtkWidget *position_row = adw_combo_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (unit_row), _ ("_Unit"));
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (unit_row), TRUE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (position_row), _ ("_Position"));
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (position_row), TRUE);
      gtk_list_box_append (GTK_LIST_BOX (list), unit_row);
      gtk_list_box_append (GTK_LIST_BOX (list), position_row);
      start->chooser =
          kr_position_chooser_new (units, ADW_COMBO_ROW (unit_row), ADW_COMBO_ROW (position_row));
      body = g_strdup (_ ("Choose the position to fill. A JPT position gets the four stages of "
                          "the JPT rules; other positions start without stages."));
    }
  else
    body = g_strdup_printf (_ ("Start an open selection for %s. It begins as a draft: set up the "
                               "selection panel and the stages, then open it."),
                            position_name != NULL ? position_name : "—");
  start->title = GTK_EDITABLE (entry_row (list, _ ("_Title")));
  gtk_widget_set_tooltip_text (GTK_WIDGET (start->title),
                               _ ("Leave empty to name it after the position"));
  start->decree = GTK_EDITABLE (entry_row (list, _ ("Panel _Decree (SK Pansel)")));
  start->opens = KR_DATE_ROW (kr_date_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (start->opens), _ ("Registration _Opens"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (start->opens), TRUE);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (start->opens));
  start->closes = KR_DATE_ROW (kr_date_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (start->closes), _ ("Registration C_loses"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (start->closes), TRUE);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (start->closes));

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), _ ("Start Selection"),
                                   body);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "create",
                                    _ ("_Start"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "create",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "create");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (start->title), "kr-dialog", dialog);
  g_signal_connect_swapped (start->opens, "changed", G_CALLBACK (validate_cb), start);
  g_signal_connect_swapped (start->closes, "changed", G_CALLBACK (validate_cb), start);
  if (start->chooser != NULL)
    g_signal_connect_swapped (start->chooser, "changed", G_CALLBACK (validate_cb), start);
  g_signal_connect_data (dialog, "response", G_CALLBACK (response_cb), start,
                         (GClosureNotify) (void (*) (void)) start_free, 0);
  validate_cb (start);
  gtk_window_present (GTK_WINDOW (dialog));
}
