/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-employees-page-actions"

#include "config.h"

#include "kr-employees-page-private.h"

#include <glib/gi18n.h>

#include "kr-application.h"
#include "kr-employee-editor.h"
#include "kr-employee-export.h"
#include "kr-export-job.h"
#include "kr-import-dialog.h"
#include "kr-print-operation.h"
#include "kr-unit-manager.h"

static void
add_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrEmployeesPage *self = KR_EMPLOYEES_PAGE (widget);
  GtkWidget *editor;

  if (self->repository == NULL)
    return;

  editor = GTK_WIDGET (kr_employee_editor_new (self->repository, self->units, NULL));
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
manage_units_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrEmployeesPage *self = KR_EMPLOYEES_PAGE (widget);
  GtkWidget *manager;

  if (self->units == NULL)
    return;

  manager = GTK_WIDGET (kr_unit_manager_new (self->units));
  gtk_window_set_transient_for (GTK_WINDOW (manager), GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_present (GTK_WINDOW (manager));
}

static void
on_imported_cb (KrImportDialog *dialog, guint n, KrEmployeesPage *self)
{
  g_autofree char *message = NULL;

  /* The import wrote through a connection of its own: read everything again. */
  self->units_loaded = FALSE;
  if (self->list != NULL)
    kr_employee_list_refresh (self->list);
  message = g_strdup_printf (ngettext ("%u employee imported", "%u employees imported", n), n);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-toast", "s", message);
}

static void
import_chooser_response_cb (GtkNativeDialog *chooser, int response, KrEmployeesPage *self)
{
  g_autoptr (GFile) file = NULL;
  KrImportDialog *dialog;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
  if (file == NULL || self->database == NULL)
    return;

  dialog = kr_import_dialog_new (kr_database_get_path (self->database), file);
  kr_import_dialog_set_identity (dialog, kr_database_get_identity (self->database));
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_imported_cb), self, 0);
  gtk_window_set_transient_for (GTK_WINDOW (dialog),
                                GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrEmployeesPage *self = KR_EMPLOYEES_PAGE (widget);
  g_autoptr (GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr (GtkFileFilter) all = gtk_file_filter_new ();

  if (self->database == NULL)
    return;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (
      _ ("Import from SIASN"), GTK_WINDOW (gtk_widget_get_root (widget)),
      GTK_FILE_CHOOSER_ACTION_OPEN, _ ("_Check File"), _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (csv, _ ("CSV Files"));
  gtk_file_filter_add_pattern (csv, "*.csv");
  gtk_file_filter_add_pattern (csv, "*.CSV");
  gtk_file_filter_add_pattern (csv, "*.txt");
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_set_name (all, _ ("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), csv);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  g_signal_connect (self->chooser, "response", G_CALLBACK (import_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Export: the list as it is filtered and sorted now, written by a worker with a read-only
 * connection of its own, so a province-sized list does not freeze the window. */

static gboolean
export_write (KrDatabase *database,
              const char *path,
              gpointer data,
              guint64 *n_written,
              GCancellable *cancellable,
              GError **error)
{
  KrEmployeeQuery *query = data;
  g_autoptr (KrEmployeeRepository) employees = kr_employee_repository_new (database);
  g_autoptr (KrUnitRepository) units = kr_unit_repository_new (database);

  if (g_str_has_suffix (path, ".xlsx") || g_str_has_suffix (path, ".XLSX"))
    return kr_employee_export_xlsx (employees, units, query, path, NULL, NULL, cancellable, error);
  return kr_employee_export_csv_file (employees, units, query, path, KR_EMPLOYEE_EXPORT_NONE, NULL,
                                      NULL, cancellable, error);
}

static char *
export_message (const char *name, guint64 n_written)
{
  return g_strdup_printf (_ ("Exported to “%s”"), name);
}

void
_kr_employees_page_export_to (KrEmployeesPage *self,
                              const char *path,
                              GAsyncReadyCallback done,
                              gpointer user_data)
{
  g_return_if_fail (KR_IS_EMPLOYEES_PAGE (self));
  g_return_if_fail (self->database != NULL);

  kr_export_job_run (GTK_WIDGET (self), self->database, path, export_write,
                     kr_employee_query_copy (self->query), (GDestroyNotify) kr_employee_query_free,
                     export_message, _kr_employees_page_export_to, done, user_data);
}

static void
export_chosen (GtkWidget *widget, const char *path)
{
  KrEmployeesPage *self = KR_EMPLOYEES_PAGE (widget);

  if (self->database != NULL)
    _kr_employees_page_export_to (self, path, NULL, NULL);
}

static void
export_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrEmployeesPage *self = KR_EMPLOYEES_PAGE (widget);
  const KrExportFormat formats[] = {
    { _ ("CSV (SIASN columns)"), "*.csv" },
    { _ ("Excel Workbook (.xlsx)"), "*.xlsx" },
  };
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  /* Translators: the suggested name of an exported list; %s is a date */
  g_autofree char *name = g_strdup_printf (_ ("employees-%s.csv"), date);

  if (self->database == NULL)
    return;

  kr_export_chooser_show (widget, &self->chooser, _ ("Export Employees"), formats,
                          G_N_ELEMENTS (formats), name, export_chosen);
}

static void
print_duk_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrEmployeesPage *self = KR_EMPLOYEES_PAGE (widget);
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (widget));
  GtkApplication *application = gtk_window_get_application (parent);
  GSettings *settings = NULL;

  if (self->database == NULL)
    return;

  /* The DUK of the unit the list is filtered to, or of the whole instansi. */
  if (KR_IS_APPLICATION (application))
    settings = kr_application_get_settings (KR_APPLICATION (application));
  kr_print_duk (parent, self->database, kr_employee_query_get_unit (self->query), settings);
}

static void
print_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrEmployeesPage *self = KR_EMPLOYEES_PAGE (widget);
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (widget));
  GtkApplication *application = gtk_window_get_application (parent);
  GSettings *settings = NULL;

  if (self->database == NULL)
    return;

  /* Exactly what the list shows: its search, filters and order. */
  if (KR_IS_APPLICATION (application))
    settings = kr_application_get_settings (KR_APPLICATION (application));
  kr_print_employee_list (parent, self->database, self->query, settings);
}

void
_kr_employees_page_class_add_dialog_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "employees.add", NULL, add_action_cb);
  gtk_widget_class_install_action (widget_class, "employees.manage-units", NULL,
                                   manage_units_action_cb);
  gtk_widget_class_install_action (widget_class, "employees.import", NULL, import_action_cb);
  gtk_widget_class_install_action (widget_class, "employees.export", NULL, export_action_cb);
  gtk_widget_class_install_action (widget_class, "employees.print-duk", NULL, print_duk_action_cb);
  gtk_widget_class_install_action (widget_class, "employees.print", NULL, print_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "employees.print",
                                       NULL);
}
