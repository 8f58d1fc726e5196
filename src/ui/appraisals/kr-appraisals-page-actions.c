/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-appraisals-page-actions"

#include "config.h"

#include "kr-appraisals-page-private.h"

#include <glib/gi18n.h>

#include "kr-appraisal-format.h"
#include "kr-appraisal-print.h"
#include "kr-appraisal-start-dialog.h"
#include "kr-follow-up-dialog.h"
#include "kr-pp46-import-dialog.h"
#include "kr-unit-results-dialog.h"

/* The page's menu: starting a unit's appraisals, the instansi's settings, importing historic
 * appraisals, and printing the selected evaluation. */

static GtkWindow *
parent_window (KrAppraisalsPage *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

static void
on_started_cb (KrAppraisalStartDialog *dialog,
               guint n_started,
               guint n_skipped,
               KrAppraisalsPage *self)
{
  /* Written over the dialog's own connection: read the list again. */
  _kr_appraisals_page_reload (self);
}

static void
start_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrAppraisalsPage *self = KR_APPRAISALS_PAGE (widget);
  KrAppraisalStartDialog *dialog;

  if (self->database == NULL || self->units == NULL)
    return;
  dialog = kr_appraisal_start_dialog_new (self->database, self->units,
                                          _kr_appraisals_page_get_unit (self),
                                          _kr_appraisals_page_get_year (self));
  g_signal_connect_object (dialog, "started", G_CALLBACK (on_started_cb), self, 0);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), parent_window (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The appraisal settings of the instansi of the unit the list shows (or of the first
 * instansi): its cycle and the place where its documents are signed. */

static void
on_settings_response_cb (AdwMessageDialog *dialog, const char *response, KrAppraisalsPage *self)
{
  AdwComboRow *cycle_row = g_object_get_data (G_OBJECT (dialog), "cycle-row");
  GtkEditable *place_row = g_object_get_data (G_OBJECT (dialog), "place-row");
  gint64 unit = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "unit"));
  KrAppraisalCycle old_cycle =
      GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "old-cycle"));
  KrAppraisalCycle cycle = (KrAppraisalCycle) adw_combo_row_get_selected (cycle_row);
  g_autoptr (GError) error = NULL;

  if (g_strcmp0 (response, "save") != 0 || self->repository == NULL)
    return;
  if (!kr_appraisal_repository_set_cycle (self->repository, unit, cycle, &error) ||
      !kr_appraisal_repository_set_place (self->repository, unit, gtk_editable_get_text (place_row),
                                          &error))
    {
      GtkWidget *message =
          adw_message_dialog_new (parent_window (self), _ ("Could Not Save"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _ ("_Close"));
      gtk_window_present (GTK_WINDOW (message));
      return;
    }
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-toast", "s",
                              cycle != old_cycle
                                  ? _ ("The cycle applies to the appraisals started from now on")
                                  : _ ("Appraisal settings saved"));
}

static void
settings_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrAppraisalsPage *self = KR_APPRAISALS_PAGE (widget);
  KrIdentity *identity;
  g_autoptr (GtkStringList) cycles = gtk_string_list_new (NULL);
  g_autofree char *place = NULL;
  KrAppraisalCycle cycle = KR_APPRAISAL_CYCLE_DEFAULT;
  GtkWidget *dialog, *list, *cycle_row, *place_row;
  gint64 unit;

  if (self->repository == NULL)
    return;
  identity = kr_database_get_identity (self->database);
  unit =
      kr_appraisal_format_cycle_unit (self->units, identity, _kr_appraisals_page_get_unit (self));
  if (unit == 0)
    return;
  kr_appraisal_repository_get_cycle (self->repository, unit, &cycle, NULL);
  kr_appraisal_repository_get_place (self->repository, unit, &place, NULL);
  for (guint i = 0; i < KR_N_APPRAISAL_CYCLES; i++)
    gtk_string_list_append (cycles, kr_appraisal_cycle_get_label ((KrAppraisalCycle) i));

  cycle_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (cycle_row), _ ("_Evaluation Cycle"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (cycle_row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (cycle_row),
                               _ ("Appraisals already started keep their cycle"));
  adw_combo_row_set_model (ADW_COMBO_ROW (cycle_row), G_LIST_MODEL (cycles));
  adw_combo_row_set_selected (ADW_COMBO_ROW (cycle_row), cycle);

  place_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (place_row), _ ("_Place of Signing"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (place_row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (place_row), place != NULL ? place : "");

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), cycle_row);
  gtk_list_box_append (GTK_LIST_BOX (list), place_row);

  dialog = adw_message_dialog_new (parent_window (self), _ ("Appraisal Settings"),
                                   _ ("How often the instansi evaluates during the year, besides "
                                      "the annual evaluation, and the place printed before the "
                                      "date of the signatures on its documents."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "save",
                                    _ ("_Save"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  g_object_set_data (G_OBJECT (dialog), "cycle-row", cycle_row);
  g_object_set_data (G_OBJECT (dialog), "place-row", place_row);
  g_object_set_data (G_OBJECT (dialog), "old-cycle", GUINT_TO_POINTER (cycle));
  g_object_set_data (G_OBJECT (dialog), "unit", GSIZE_TO_POINTER ((gsize) unit));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_settings_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ui-B's dialogs about a unit: its organisation result, SKM survey and pola distribusi, and
 * its follow-up lists; of the unit the list shows (or the instansi) and its period (the
 * annual evaluation when the list shows every period). */

static void
unit_dialog_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrAppraisalsPage *self = KR_APPRAISALS_PAGE (widget);
  const KrAppraisalQuery *query;
  GtkWidget *dialog;
  gint64 unit;
  guint period;

  if (self->repository == NULL || self->model == NULL)
    return;
  query = kr_appraisal_model_get_query (self->model);
  unit = kr_appraisal_format_cycle_unit (self->units, kr_database_get_identity (self->database),
                                         query->unit_id);
  if (unit == 0)
    return;
  period = query->period < 0 ? 0 : (guint) query->period;
  if (g_str_equal (action_name, "appraisals.unit-results"))
    dialog = kr_unit_results_dialog_new (parent_window (self), self->repository, unit, query->year,
                                         period);
  else
    dialog =
        kr_follow_up_dialog_new (parent_window (self), self->repository, unit, query->year, period);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Importing historic PP 46/2011 appraisals from a CSV file: the dialog checks it, reports,
 * and imports over a connection of its own. */

#define IMPORT_CHOOSER_KEY "kr-pp46-import-chooser"

static void
destroy_chooser (gpointer chooser)
{
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
}

static void
on_pp46_imported_cb (KrPp46ImportDialog *dialog, guint n, KrAppraisalsPage *self)
{
  g_autofree char *message = g_strdup_printf (
      ngettext ("Imported %u historic appraisal", "Imported %u historic appraisals", n), n);

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-toast", "s", message);
}

static void
import_chooser_response_cb (GtkNativeDialog *chooser, int response, KrAppraisalsPage *self)
{
  g_autoptr (GFile) file = NULL;
  KrPp46ImportDialog *dialog;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  /* Destroys the chooser. */
  g_object_set_data (G_OBJECT (self), IMPORT_CHOOSER_KEY, NULL);
  if (file == NULL || self->database == NULL)
    return;
  dialog = kr_pp46_import_dialog_new (kr_database_get_path (self->database),
                                      kr_database_get_identity (self->database), file);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_pp46_imported_cb), self, 0);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), parent_window (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_pp46_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrAppraisalsPage *self = KR_APPRAISALS_PAGE (widget);
  g_autoptr (GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr (GtkFileFilter) all = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  if (self->database == NULL)
    return;
  chooser =
      gtk_file_chooser_native_new (_ ("Import Historic Appraisals"), parent_window (self),
                                   GTK_FILE_CHOOSER_ACTION_OPEN, _ ("_Check File"), _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (csv, _ ("CSV Files"));
  gtk_file_filter_add_pattern (csv, "*.csv");
  gtk_file_filter_add_pattern (csv, "*.CSV");
  gtk_file_filter_add_pattern (csv, "*.txt");
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_set_name (all, _ ("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  g_signal_connect (chooser, "response", G_CALLBACK (import_chooser_response_cb), self);
  /* The page keeps it, and destroys it with itself or with the next one. */
  g_object_set_data_full (G_OBJECT (self), IMPORT_CHOOSER_KEY, chooser, destroy_chooser);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Printing the selected evaluation */

static void
print_selected_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrAppraisalsPage *self = KR_APPRAISALS_PAGE (widget);
  g_autoptr (KrAppraisalItem) item = NULL;
  const KrAppraisalRow *row;
  g_autofree char *period = NULL;
  g_autofree char *base_name = NULL;

  item = gtk_single_selection_get_selected_item (self->selection) != NULL
             ? g_object_ref (gtk_single_selection_get_selected_item (self->selection))
             : NULL;
  if (item == NULL || self->database == NULL)
    {
      gtk_widget_activate_action (widget, "win.show-toast", "s",
                                  _ ("Select an evaluation in the list first"));
      return;
    }
  row = kr_appraisal_item_get_row (item);
  period = g_ascii_strdown (kr_appraisal_period_dup_label (row->cycle, row->period), -1);
  g_strdelimit (period, " /", '-');
  base_name = g_strdup_printf ("%s-%u-%s", row->nip, row->year, period);
  kr_appraisal_print_ask (widget, self->database, row->appraisal_id, row->period, base_name,
                          g_str_equal (action_name, "appraisals.export-selected"),
                          &self->editor_chooser);
}

void
_kr_appraisals_page_update_actions (KrAppraisalsPage *self)
{
  gboolean open = self->repository != NULL;
  gboolean writable = open && !kr_database_is_read_only (self->database) &&
                      kr_appraisal_format_can (self->database, KR_PERMISSION_WRITE_APPRAISALS);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "appraisals.start", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "appraisals.settings", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "appraisals.import-pp46", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "appraisals.unit-results", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "appraisals.follow-up", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "appraisals.print-selected", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "appraisals.export-selected", open);
  gtk_widget_set_visible (self->empty_start_button, writable);
  adw_status_page_set_description (
      self->empty_page, writable ? _ ("Start the appraisals of a unit: everyone gets a draft plan "
                                      "to fill in, copied from last year or from their position.")
                                 : _ ("An HR operator starts the appraisals of the year."));
}

void
_kr_appraisals_page_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "appraisals.start", NULL, start_action_cb);
  gtk_widget_class_install_action (widget_class, "appraisals.settings", NULL, settings_action_cb);
  gtk_widget_class_install_action (widget_class, "appraisals.import-pp46", NULL,
                                   import_pp46_action_cb);
  gtk_widget_class_install_action (widget_class, "appraisals.unit-results", NULL,
                                   unit_dialog_action_cb);
  gtk_widget_class_install_action (widget_class, "appraisals.follow-up", NULL,
                                   unit_dialog_action_cb);
  gtk_widget_class_install_action (widget_class, "appraisals.print-selected", NULL,
                                   print_selected_action_cb);
  gtk_widget_class_install_action (widget_class, "appraisals.export-selected", NULL,
                                   print_selected_action_cb);
}
