/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-window"

#include "config.h"

#include "kr-window-private.h"

#include <glib/gi18n.h>

#include "kr-appraisals-page.h"
#include "kr-audit-page.h"
#include "kr-dashboard-page.h"
#include "kr-employees-page.h"
#include "kr-promotions-page.h"
#include "kr-search-focus.h"
#include "kr-talent-page.h"
#include "kr-training-page.h"
#include "kr-window-audit.h"

typedef struct
{
  const char *name;
  const char *title;
  const char *icon_name;
  GtkWidget *(*create_page) (void);
} Section;

/* The sidebar, in order; Ctrl+1 … Ctrl+7 follow it. */
static const Section sections[] = {
  { "dashboard", N_ ("Dashboard"), "view-grid-symbolic", kr_dashboard_page_new },
  { "employees", N_ ("Employees"), "system-users-symbolic", kr_employees_page_new },
  { "training", N_ ("Training"), "x-office-presentation-symbolic", kr_training_page_new },
  { "appraisals", N_ ("Appraisals"), "emblem-documents-symbolic", kr_appraisals_page_new },
  { "promotions", N_ ("Promotions"), "go-up-symbolic", kr_promotions_page_new },
  { "talent", N_ ("Selection & Talent"), "starred-symbolic", kr_talent_page_new },
  { "audit", N_ ("Audit Trail"), "document-open-recent-symbolic", kr_audit_page_new },
};

G_STATIC_ASSERT (G_N_ELEMENTS (sections) <= 32); /* KrWindow.loaded_sections */

G_DEFINE_FINAL_TYPE (KrWindow, kr_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_APPLICATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
create_section_row (const Section *section)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (_ (section->title));

  gtk_widget_set_name (row, section->name);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (section->icon_name));
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  return row;
}

/* "The list on the Employees page" when nominating to a training session */
static const KrEmployeeQuery *
get_employees_query (gpointer user_data)
{
  KrWindow *self = KR_WINDOW (user_data);
  KrEmployeeList *list =
      self->employees_page != NULL ? kr_employees_page_get_list (self->employees_page) : NULL;

  return list != NULL ? kr_employee_list_get_query (list) : NULL;
}

static KrTrainingPage *
get_training_page (KrWindow *self)
{
  return KR_TRAINING_PAGE (gtk_stack_get_child_by_name (self->section_stack, "training"));
}

static KrPromotionsPage *
get_promotions_page (KrWindow *self)
{
  return KR_PROMOTIONS_PAGE (gtk_stack_get_child_by_name (self->section_stack, "promotions"));
}

static KrDashboardPage *
get_dashboard_page (KrWindow *self)
{
  return KR_DASHBOARD_PAGE (gtk_stack_get_child_by_name (self->section_stack, "dashboard"));
}

static KrTalentPage *
get_talent_page (KrWindow *self)
{
  return KR_TALENT_PAGE (gtk_stack_get_child_by_name (self->section_stack, "talent"));
}

static int
find_section (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (g_strcmp0 (sections[i].name, name) == 0)
      return (int) i;

  return -1;
}

/* Builds the page of @section. Only the Employees page, which other sections open profiles
 * on, is built with the window; the others when first shown (ensure_section_page ()), so
 * that the window opens without building six pages of widgets (about 100 ms of the start). */
static GtkWidget *
create_section_page (KrWindow *self, const Section *section)
{
  GtkWidget *page;
  GtkStackPage *stack_page;

  page = section->create_page ();
  stack_page = gtk_stack_add_titled (self->section_stack, page, section->name, _ (section->title));
  gtk_stack_page_set_icon_name (stack_page, section->icon_name);
  g_object_bind_property (self->leaflet, "folded", page, "folded", G_BINDING_SYNC_CREATE);
  if (KR_IS_EMPLOYEES_PAGE (page))
    self->employees_page = KR_EMPLOYEES_PAGE (page);
  else if (KR_IS_APPRAISALS_PAGE (page))
    self->appraisals_page = KR_APPRAISALS_PAGE (page);
  else if (KR_IS_TRAINING_PAGE (page))
    kr_training_page_set_employees_query_func (KR_TRAINING_PAGE (page), get_employees_query, self);
  else if (KR_IS_AUDIT_PAGE (page))
    _kr_window_audit_load_page (self);

  return page;
}

/* The page of section @index, built if it was not yet. */
static GtkWidget *
ensure_section_page (KrWindow *self, int index)
{
  GtkWidget *page = gtk_stack_get_child_by_name (self->section_stack, sections[index].name);

  return page != NULL ? page : create_section_page (self, &sections[index]);
}

static void
show_toast_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  kr_window_show_toast (KR_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* Opens an employee's profile on the Employees page from any section ("x": the employee id) */
static void
show_employee_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrWindow *self = KR_WINDOW (widget);

  kr_window_set_section (self, "employees");
  kr_employees_page_show_employee (self->employees_page, g_variant_get_int64 (parameter));
}

static void
show_sidebar_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  adw_leaflet_navigate (KR_WINDOW (widget)->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
build_sections (KrWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    gtk_list_box_append (self->sidebar_list, create_section_row (&sections[i]));
  ensure_section_page (self, find_section ("employees"));

  gtk_list_box_select_row (self->sidebar_list,
                           gtk_list_box_get_row_at_index (self->sidebar_list, 0));
}

static void
on_sidebar_row_selected_cb (GtkListBox *list, GtkListBoxRow *row, KrWindow *self)
{
  if (row == NULL)
    return;

  ensure_section_page (self, gtk_list_box_row_get_index (row));
  gtk_stack_set_visible_child_name (self->section_stack, gtk_widget_get_name (GTK_WIDGET (row)));
}

static void
on_sidebar_row_activated_cb (GtkListBox *list, GtkListBoxRow *row, KrWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

void
kr_window_set_section (KrWindow *self, const char *name)
{
  int index;

  g_return_if_fail (KR_IS_WINDOW (self));

  index = find_section (name);
  g_return_if_fail (index >= 0);

  gtk_list_box_select_row (self->sidebar_list,
                           gtk_list_box_get_row_at_index (self->sidebar_list, index));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

const char *
kr_window_get_section (KrWindow *self)
{
  g_return_val_if_fail (KR_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->section_stack);
}

const char *
kr_window_get_state (KrWindow *self)
{
  g_return_val_if_fail (KR_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->state_stack);
}

static void
section_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrWindow *self = KR_WINDOW (widget);
  int index = g_variant_get_int32 (parameter);

  if (index < 0 || index >= (int) G_N_ELEMENTS (sections))
    return;

  kr_window_set_section (self, sections[index].name);
}

/* Ctrl+F when the focus is outside the section (the sidebar, after Ctrl+1 …): the search of the
 * visible section. A section's own Ctrl+F runs first when the focus is inside it. */
static void
search_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrWindow *self = KR_WINDOW (widget);
  GtkWidget *page = gtk_stack_get_visible_child (self->section_stack);

  if (page != NULL && !kr_search_focus_in (page))
    gtk_widget_error_bell (widget);
}

static void
set_subtitles (KrWindow *self, const char *subtitle)
{
  for (guint i = 0; i < self->section_titles->len; i++)
    adw_window_title_set_subtitle (g_ptr_array_index (self->section_titles, i), subtitle);
}

void
kr_window_set_database (KrWindow *self, KrDatabase *database)
{
  g_autofree char *name = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *title = NULL;

  g_return_if_fail (KR_IS_WINDOW (self));
  g_return_if_fail (KR_IS_DATABASE (database));

  g_set_object (&self->database, database);
  name = g_path_get_basename (kr_database_get_path (database));
  if (kr_database_is_read_only (database))
    /* Translators: the window subtitle of a database that cannot be changed */
    subtitle = g_strdup_printf (_ ("%s (read-only)"), name);
  else
    subtitle = g_strdup (name);

  /* Translators: the window title, e.g. "pegawai.db — Karier" */
  title = g_strdup_printf (_ ("%s — Karier"), name);
  gtk_window_set_title (GTK_WINDOW (self), title);
  set_subtitles (self, subtitle);

  gtk_spinner_stop (self->loading_spinner);
  /* The sections get the database once someone has signed in (kr-window-session.c). */
  _kr_window_start_session (self);
}

/* Gives the section page @name its repositories, once: a section reads nothing until it is
 * first shown, so that at start the visible one has the machine to itself (at 10^6 employees
 * the first reads of the others cost seconds of CPU). */
static void
load_section (KrWindow *self, const char *name)
{
  int index = name != NULL ? find_section (name) : -1;
  KrApplication *app = self->application;

  if (!self->sections_ready || index < 0 || (self->loaded_sections & (1u << index)) ||
      gtk_stack_get_child_by_name (self->section_stack, name) == NULL)
    return;
  self->loaded_sections |= 1u << index;
  if (g_str_equal (name, "employees"))
    kr_employees_page_set_repositories (self->employees_page, self->database,
                                        kr_application_get_employee_repository (app),
                                        kr_application_get_unit_repository (app));
  else if (g_str_equal (name, "appraisals"))
    kr_appraisals_page_set_repositories (
        self->appraisals_page, self->database, kr_application_get_appraisal_repository (app),
        kr_application_get_employee_repository (app), kr_application_get_unit_repository (app));
  else if (g_str_equal (name, "training"))
    kr_training_page_set_repositories (
        get_training_page (self), self->database, kr_application_get_training_repository (app),
        kr_application_get_employee_repository (app), kr_application_get_unit_repository (app));
  else if (g_str_equal (name, "promotions"))
    kr_promotions_page_set_repositories (get_promotions_page (self), self->database,
                                         kr_application_get_promotion_repository (app),
                                         kr_application_get_unit_repository (app));
  else if (g_str_equal (name, "talent"))
    kr_talent_page_set_repositories (
        get_talent_page (self), self->database, kr_application_get_vacancy_repository (app),
        kr_application_get_selection_repository (app), kr_application_get_talent_repository (app),
        kr_application_get_unit_repository (app));
  else if (g_str_equal (name, "dashboard"))
    kr_dashboard_page_set_repositories (
        get_dashboard_page (self), self->database, kr_application_get_dashboard_repository (app),
        kr_application_get_talent_repository (app), kr_application_get_unit_repository (app));
  /* The audit page follows the session (_kr_window_audit_load ()). */
}

static void
on_visible_section_cb (KrWindow *self)
{
  load_section (self, gtk_stack_get_visible_child_name (self->section_stack));
}

void
_kr_window_load_sections (KrWindow *self)
{
  g_assert (self->database != NULL);

  self->sections_ready = TRUE;
  self->loaded_sections = 0;
  on_visible_section_cb (self);
  _kr_window_audit_load (self);
}

void
_kr_window_unload_sections (KrWindow *self)
{
  self->sections_ready = FALSE;
  self->loaded_sections = 0;
  kr_employees_page_set_repositories (self->employees_page, NULL, NULL, NULL);
  if (self->appraisals_page != NULL)
    kr_appraisals_page_set_repositories (self->appraisals_page, NULL, NULL, NULL, NULL);
  if (get_training_page (self) != NULL)
    kr_training_page_set_repositories (get_training_page (self), NULL, NULL, NULL, NULL);
  if (get_promotions_page (self) != NULL)
    kr_promotions_page_set_repositories (get_promotions_page (self), NULL, NULL, NULL);
  if (get_talent_page (self) != NULL)
    kr_talent_page_set_repositories (get_talent_page (self), NULL, NULL, NULL, NULL, NULL);
  if (get_dashboard_page (self) != NULL)
    kr_dashboard_page_set_repositories (get_dashboard_page (self), NULL, NULL, NULL, NULL);
  _kr_window_audit_unload (self);
}

void
kr_window_show_loading (KrWindow *self, const char *path)
{
  g_autofree char *name = NULL;

  g_return_if_fail (KR_IS_WINDOW (self));
  g_return_if_fail (path != NULL);

  g_clear_object (&self->database);
  _kr_window_unload_sections (self);
  _kr_window_end_session (self);
  name = g_path_get_basename (path);
  adw_status_page_set_description (self->loading_page, name);
  gtk_spinner_start (self->loading_spinner);
  gtk_stack_set_visible_child_name (self->state_stack, "loading");
  gtk_window_set_title (GTK_WINDOW (self), _ ("Karier"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.backup-database", FALSE);
}

void
kr_window_show_error (KrWindow *self, const char *path, const GError *error)
{
  g_autofree char *markup = NULL;

  g_return_if_fail (KR_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  g_clear_object (&self->database);
  _kr_window_unload_sections (self);
  _kr_window_end_session (self);
  markup = g_markup_escape_text (error->message, -1);
  adw_status_page_set_description (self->error_page, markup);
  gtk_spinner_stop (self->loading_spinner);
  gtk_stack_set_visible_child_name (self->state_stack, "error");
  gtk_window_set_title (GTK_WINDOW (self), _ ("Karier"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.backup-database", FALSE);
}

void
kr_window_show_toast (KrWindow *self, const char *message)
{
  g_return_if_fail (KR_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static void
save_window_state (KrWindow *self)
{
  GSettings *settings = kr_application_get_settings (self->application);
  int width, height;

  g_settings_set_boolean (settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (gtk_window_is_maximized (GTK_WINDOW (self)))
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", height);
}

static gboolean
kr_window_close_request (GtkWindow *window)
{
  save_window_state (KR_WINDOW (window));

  return GTK_WINDOW_CLASS (kr_window_parent_class)->close_request (window);
}

static void
kr_window_constructed (GObject *object)
{
  KrWindow *self = KR_WINDOW (object);
  GSettings *settings = kr_application_get_settings (self->application);

  G_OBJECT_CLASS (kr_window_parent_class)->constructed (object);

  gtk_window_set_default_size (GTK_WINDOW (self), g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
kr_window_dispose (GObject *object)
{
  KrWindow *self = KR_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  _kr_window_dispose_session (self);
  g_clear_object (&self->database);
  g_clear_pointer (&self->section_titles, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (object), KR_TYPE_WINDOW);

  G_OBJECT_CLASS (kr_window_parent_class)->dispose (object);
}

static void
kr_window_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  KrWindow *self = KR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_APPLICATION:
      self->application = g_value_get_object (value);
      gtk_window_set_application (GTK_WINDOW (self), GTK_APPLICATION (self->application));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_window_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KrWindow *self = KR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_APPLICATION:
      g_value_set_object (value, self->application);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_window_class_init (KrWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = kr_window_constructed;
  object_class->dispose = kr_window_dispose;
  object_class->set_property = kr_window_set_property;
  object_class->get_property = kr_window_get_property;
  window_class->close_request = kr_window_close_request;

  /* Not the GtkWindow "application" property: the window needs the KrApplication before
   * construction ends, to read its settings. */
  properties[PROP_APPLICATION] =
      g_param_spec_object ("kr-application", NULL, NULL, KR_TYPE_APPLICATION,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/karier/Karier/kr-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KrWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KrWindow, state_stack);
  gtk_widget_class_bind_template_child (widget_class, KrWindow, loading_page);
  gtk_widget_class_bind_template_child (widget_class, KrWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, KrWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, KrWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, KrWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, KrWindow, section_stack);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.section", "i", section_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-toast", "s", show_toast_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-employee", "x", show_employee_action_cb);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search",
                                       NULL);
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_CONTROL_MASK,
                                         "win.section", "i", (int) i);

  _kr_window_class_add_file_actions (widget_class);
  _kr_window_class_add_session_actions (widget_class);
}

static void
kr_window_init (KrWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->section_titles = g_ptr_array_new ();
  build_sections (self);
  g_signal_connect_swapped (self->section_stack, "notify::visible-child",
                            G_CALLBACK (on_visible_section_cb), self);
  _kr_window_init_session (self);
  _kr_window_init_audit (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.backup-database", FALSE);

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

KrWindow *
kr_window_new (KrApplication *application)
{
  g_return_val_if_fail (KR_IS_APPLICATION (application), NULL);

  return g_object_new (KR_TYPE_WINDOW, "kr-application", application, NULL);
}
