/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-page"

#include "config.h"

#include "kr-training-page.h"

#include <glib/gi18n.h>

#include "kr-training-budget-view.h"
#include "kr-training-compliance-view.h"
#include "kr-training-import-dialog.h"
#include "kr-training-mentoring-view.h"
#include "kr-training-needs-view.h"
#include "kr-training-widgets.h"

struct _KrTrainingPage
{
  AdwBin parent_instance;

  AdwHeaderBar *header_bar;
  GtkWidget *back_button;
  AdwViewStack *view_stack;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcher *switcher;
  KrTrainingCatalogue *catalogue;
  KrTrainingComplianceView *compliance;
  KrTrainingBudgetView *budgets;
  KrTrainingNeedsView *needs;
  KrTrainingMentoringView *mentoring;

  KrTrainingRepository *training; /* for importing */
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (KrTrainingPage, kr_training_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_FOLDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
add_view (KrTrainingPage *self,
          GtkWidget *view,
          const char *name,
          const char *title,
          const char *icon_name)
{
  AdwViewStackPage *page = adw_view_stack_add_titled (self->view_stack, view, name, title);

  adw_view_stack_page_set_icon_name (page, icon_name);
  adw_view_stack_page_set_use_underline (page, TRUE);
  return view;
}

void
kr_training_page_set_repositories (KrTrainingPage *self,
                                   KrDatabase *database,
                                   KrTrainingRepository *training,
                                   KrEmployeeRepository *employees,
                                   KrUnitRepository *units)
{
  g_return_if_fail (KR_IS_TRAINING_PAGE (self));
  g_return_if_fail (training == NULL || KR_IS_TRAINING_REPOSITORY (training));

  g_set_object (&self->training, training);
  gtk_widget_action_set_enabled (
      GTK_WIDGET (self), "training.import",
      training != NULL && kr_training_can (kr_training_repository_get_database (training),
                                           KR_PERMISSION_WRITE_TRAINING));
  kr_training_catalogue_set_repositories (self->catalogue, training, employees, units);
  kr_training_compliance_view_set_repositories (self->compliance, database, training, units);
  kr_training_budget_view_set_repositories (self->budgets, database, training, units);
  kr_training_needs_view_set_repositories (self->needs, database, training, units);
  kr_training_mentoring_view_set_repositories (self->mentoring, database, training, units);
}

void
kr_training_page_set_employees_query_func (KrTrainingPage *self,
                                           KrEmployeesQueryFunc func,
                                           gpointer user_data)
{
  g_return_if_fail (KR_IS_TRAINING_PAGE (self));

  kr_training_catalogue_set_employees_query_func (self->catalogue, func, user_data);
}

const char *
kr_training_page_get_view (KrTrainingPage *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_PAGE (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
kr_training_page_set_view (KrTrainingPage *self, const char *name)
{
  g_return_if_fail (KR_IS_TRAINING_PAGE (self));

  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

KrTrainingCatalogue *
kr_training_page_get_catalogue (KrTrainingPage *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_PAGE (self), NULL);

  return self->catalogue;
}

/* Ctrl+F and Ctrl+N from anywhere on the page (the header bar, the switcher) go to the
 * catalogue; inside the other views their own shortcuts come first. */
static void
search_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTrainingPage *self = KR_TRAINING_PAGE (widget);

  kr_training_page_set_view (self, "catalogue");
  kr_training_catalogue_focus_search (self->catalogue);
}

static void
new_course_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTrainingPage *self = KR_TRAINING_PAGE (widget);

  kr_training_page_set_view (self, "catalogue");
  gtk_widget_activate_action (GTK_WIDGET (self->catalogue), "catalogue.new-course", NULL);
}

static void
kr_training_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KrTrainingPage *self = KR_TRAINING_PAGE (object);

  switch (prop_id)
    {
    case PROP_FOLDED:
      g_value_set_boolean (value, gtk_widget_get_visible (self->back_button));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Importing a SIASN training history file (every employee in it) */

static void
on_imported_cb (KrTrainingImportDialog *dialog, guint n_written, KrTrainingPage *self)
{
  g_autofree char *message = g_strdup_printf (
      ngettext ("%u training record imported", "%u training records imported", n_written),
      n_written);

  kr_training_show_toast (GTK_WIDGET (self), message);
  /* The import wrote through a connection of its own: tell the views. */
  if (self->training != NULL)
    kr_training_repository_notify_changed (self->training, KR_TRAINING_CHANGE_RECORDS);
}

static void
import_chosen_cb (GtkNativeDialog *chooser, int response, KrTrainingPage *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->training != NULL)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      KrDatabase *database = kr_training_repository_get_database (self->training);
      KrTrainingImportDialog *dialog = kr_training_import_dialog_new (
          kr_database_get_path (database), kr_database_get_identity (database), file);

      gtk_window_set_transient_for (GTK_WINDOW (dialog),
                                    GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
      g_signal_connect_object (dialog, "imported", G_CALLBACK (on_imported_cb), self, 0);
      gtk_window_present (GTK_WINDOW (dialog));
    }
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
}

static void
import_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTrainingPage *self = KR_TRAINING_PAGE (widget);
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->chooser != NULL || self->training == NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (
      _ ("Import Training History from SIASN"), GTK_WINDOW (gtk_widget_get_root (widget)),
      GTK_FILE_CHOOSER_ACTION_OPEN, _ ("_Open"), _ ("_Cancel"));
  gtk_file_filter_set_name (filter, _ ("CSV files"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (import_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
kr_training_page_set_property (GObject *object,
                               guint prop_id,
                               const GValue *value,
                               GParamSpec *pspec)
{
  KrTrainingPage *self = KR_TRAINING_PAGE (object);
  gboolean folded;

  switch (prop_id)
    {
    case PROP_FOLDED:
      folded = g_value_get_boolean (value);
      if (gtk_widget_get_visible (self->back_button) == folded)
        return;
      gtk_widget_set_visible (self->back_button, folded);
      adw_header_bar_set_show_start_title_buttons (self->header_bar, folded);
      g_object_notify_by_pspec (object, pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_training_page_dispose (GObject *object)
{
  KrTrainingPage *self = KR_TRAINING_PAGE (object);

  if (self->catalogue != NULL)
    kr_training_page_set_repositories (self, NULL, NULL, NULL, NULL);
  /* The switchers let go of the stack before it goes: libadwaita 1.2 trips over a stack
   * disposed under them. */
  if (self->switcher != NULL)
    adw_view_switcher_set_stack (self->switcher, NULL);
  if (self->switcher_title != NULL)
    adw_view_switcher_title_set_stack (self->switcher_title, NULL);
  self->catalogue = NULL;
  if (self->chooser != NULL)
    {
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  g_clear_object (&self->training);

  G_OBJECT_CLASS (kr_training_page_parent_class)->dispose (object);
}

static void
kr_training_page_class_init (KrTrainingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_training_page_dispose;
  object_class->get_property = kr_training_page_get_property;
  object_class->set_property = kr_training_page_set_property;

  properties[PROP_FOLDED] =
      g_param_spec_boolean ("folded", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KR_TYPE_TRAINING_CATALOGUE);
  gtk_widget_class_set_template_from_resource (
      widget_class, "/io/github/karier/Karier/training/kr-training-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KrTrainingPage, header_bar);
  gtk_widget_class_bind_template_child (widget_class, KrTrainingPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, KrTrainingPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, KrTrainingPage, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, KrTrainingPage, switcher);
  gtk_widget_class_bind_template_child (widget_class, KrTrainingPage, catalogue);

  gtk_widget_class_install_action (widget_class, "training.search", NULL, search_action_cb);
  gtk_widget_class_install_action (widget_class, "training.new-course", NULL, new_course_action_cb);
  gtk_widget_class_install_action (widget_class, "training.import", NULL, import_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "training.search",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "training.new-course", NULL);
}

static void
kr_training_page_init (KrTrainingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->compliance =
      KR_TRAINING_COMPLIANCE_VIEW (add_view (self, kr_training_compliance_view_new (), "compliance",
                                             _ ("C_ompliance"), "emblem-ok-symbolic"));
  self->budgets =
      KR_TRAINING_BUDGET_VIEW (add_view (self, kr_training_budget_view_new (), "budgets",
                                         _ ("_Budgets"), "accessories-calculator-symbolic"));
  self->needs = KR_TRAINING_NEEDS_VIEW (add_view (self, kr_training_needs_view_new (), "needs",
                                                  _ ("_Needs"), "dialog-information-symbolic"));
  self->mentoring =
      KR_TRAINING_MENTORING_VIEW (add_view (self, kr_training_mentoring_view_new (), "mentoring",
                                            _ ("_Mentoring"), "system-users-symbolic"));
  gtk_widget_set_visible (self->back_button, FALSE);
  adw_header_bar_set_show_start_title_buttons (self->header_bar, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "training.import", FALSE);
}

GtkWidget *
kr_training_page_new (void)
{
  return g_object_new (KR_TYPE_TRAINING_PAGE, NULL);
}
