/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-dashboard-employees-dialog"

#include "config.h"

#include "kr-dashboard-employees-dialog.h"

#include <glib/gi18n.h>

#include "kr-nip.h"
#include "kr-training-widgets.h"

struct _KrDashboardEmployeesDialog
{
  AdwWindow parent_instance;

  KrDashboardEmployeeModel *model;
  GtkLabel *count_label;
  GtkStack *stack;
  AdwStatusPage *empty_page;
};

G_DEFINE_FINAL_TYPE (KrDashboardEmployeesDialog, kr_dashboard_employees_dialog, ADW_TYPE_WINDOW)

static void
bind_row_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer user_data)
{
  const KrDashboardEmployee *employee =
      kr_dashboard_item_get_employee (gtk_list_item_get_item (list_item));
  g_autofree char *nip = kr_nip_format_digits (employee->nip);
  g_autofree char *first = NULL;
  g_autofree char *third = NULL;

  first = employee->golongan != NULL
              ? g_strdup_printf ("%s · %s", employee->name, employee->golongan)
              : g_strdup (employee->name);
  third =
      g_strdup_printf ("%s — %s", employee->position_name != NULL ? employee->position_name : "—",
                       employee->unit_name != NULL ? employee->unit_name : "—");
  kr_training_three_lines_set (list_item, first, nip, third);
}

static void
on_activate_cb (GtkListView *view, guint position, KrDashboardEmployeesDialog *self)
{
  g_autoptr (KrDashboardItem) item = g_list_model_get_item (G_LIST_MODEL (self->model), position);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (item == NULL || parent == NULL)
    return;
  if (gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-employee", "x",
                                  kr_dashboard_item_get_employee (item)->employee_id))
    gtk_window_close (GTK_WINDOW (self));
}

static void
on_model_changed_cb (KrDashboardEmployeesDialog *self)
{
  KrPagedModel *model = KR_PAGED_MODEL (self->model);
  const GError *error = kr_paged_model_get_error (model);
  guint count = kr_paged_model_get_count (model);
  g_autofree char *text = NULL;

  if (error != NULL)
    {
      adw_status_page_set_icon_name (self->empty_page, "dialog-warning-symbolic");
      adw_status_page_set_title (self->empty_page, _ ("The List Cannot Be Read"));
      adw_status_page_set_description (self->empty_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  if (!kr_paged_model_get_counted (model))
    {
      gtk_label_set_label (self->count_label, _ ("Reading…"));
      return;
    }
  text = g_strdup_printf (ngettext ("%u employee", "%u employees", count), count);
  gtk_label_set_label (self->count_label, text);
  if (count == 0)
    {
      adw_status_page_set_icon_name (self->empty_page, "system-users-symbolic");
      adw_status_page_set_title (self->empty_page, _ ("Nobody Here"));
      adw_status_page_set_description (self->empty_page,
                                       _ ("The data changed since the chart was drawn."));
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  else
    gtk_stack_set_visible_child_name (self->stack, "list");
}

KrDashboardEmployeesDialog *
kr_dashboard_employees_dialog_new (GtkWindow *parent,
                                   KrDatabase *database,
                                   const KrDashboardScope *scope,
                                   const KrDashboardFilter *filter,
                                   const char *title,
                                   const char *subtitle)
{
  KrDashboardEmployeesDialog *self;
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkNoSelection *selection;
  GtkWidget *view, *scroll = gtk_scrolled_window_new ();

  g_return_val_if_fail (KR_IS_DATABASE (database), NULL);
  g_return_val_if_fail (scope != NULL && filter != NULL, NULL);

  self = g_object_new (KR_TYPE_DASHBOARD_EMPLOYEES_DIALOG, "transient-for", parent, "modal", FALSE,
                       "default-width", 560, "default-height", 640, "title", title, NULL);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->model)));
  view = gtk_list_view_new (GTK_SELECTION_MODEL (selection), factory);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (title, subtitle));
  g_signal_connect (factory, "setup", G_CALLBACK (kr_training_three_lines_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_single_click_activate (GTK_LIST_VIEW (view), TRUE);
  gtk_widget_add_css_class (view, "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  subtitle != NULL ? subtitle : title, -1);
  g_signal_connect (view, "activate", G_CALLBACK (on_activate_cb), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), view);
  gtk_widget_set_vexpand (scroll, TRUE);
  self->count_label = kr_training_count_label_new ();
  gtk_box_append (GTK_BOX (page), header);
  gtk_box_append (GTK_BOX (page),
                  kr_training_list_page_new (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0),
                                             GTK_WIDGET (self->count_label), scroll, &self->stack,
                                             &self->empty_page));
  adw_window_set_content (ADW_WINDOW (self), page);
  g_signal_connect_object (self->model, "items-changed", G_CALLBACK (on_model_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->model, "notify::loading", G_CALLBACK (on_model_changed_cb), self,
                           G_CONNECT_SWAPPED);
  kr_paged_model_set_database (KR_PAGED_MODEL (self->model), database);
  kr_dashboard_employee_model_set_query (self->model, scope, filter);
  on_model_changed_cb (self);
  return self;
}

KrDashboardEmployeeModel *
kr_dashboard_employees_dialog_get_model (KrDashboardEmployeesDialog *self)
{
  g_return_val_if_fail (KR_IS_DASHBOARD_EMPLOYEES_DIALOG (self), NULL);

  return self->model;
}

const char *
kr_dashboard_employees_dialog_get_count_text (KrDashboardEmployeesDialog *self)
{
  g_return_val_if_fail (KR_IS_DASHBOARD_EMPLOYEES_DIALOG (self), NULL);

  return gtk_label_get_label (self->count_label);
}

static void
kr_dashboard_employees_dialog_dispose (GObject *object)
{
  KrDashboardEmployeesDialog *self = KR_DASHBOARD_EMPLOYEES_DIALOG (object);

  if (self->model != NULL)
    kr_paged_model_set_database (KR_PAGED_MODEL (self->model), NULL);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (kr_dashboard_employees_dialog_parent_class)->dispose (object);
}

static void
kr_dashboard_employees_dialog_class_init (KrDashboardEmployeesDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kr_dashboard_employees_dialog_dispose;
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close",
                                       NULL);
}

static void
kr_dashboard_employees_dialog_init (KrDashboardEmployeesDialog *self)
{
  self->model = kr_dashboard_employee_model_new ();
}
