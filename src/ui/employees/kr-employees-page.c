/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-employees-page"

#include "config.h"

#include "kr-employees-page-private.h"

#include <glib/gi18n.h>

#include "kr-application.h"
#include "kr-column-sorter.h"
#include "kr-date.h"
#include "kr-employee-query.h"
#include "kr-employee-profile.h"
#include "kr-employee.h"
#include "kr-nip.h"

typedef enum
{
  COLUMN_NIP,
  COLUMN_NAME,
  COLUMN_GOLONGAN,
  COLUMN_POSITION,
  COLUMN_UNIT,
  COLUMN_SERVICE,
  N_COLUMNS
} Column;

G_DEFINE_FINAL_TYPE (KrEmployeesPage, kr_employees_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_FOLDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Cells: one GtkInscription each, cheap to make and to rebind while scrolling. */

static void
setup_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  GtkWidget *inscription = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (inscription),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  if (column == COLUMN_NIP || column == COLUMN_GOLONGAN || column == COLUMN_SERVICE)
    gtk_widget_add_css_class (inscription, "numeric");
  gtk_list_item_set_child (item, inscription);
}

static char *
format_service (KrEmployee *employee, const GDate *today)
{
  const GDate *start = kr_employee_get_tmt_cpns (employee);
  guint years, months;

  if (start == NULL || !kr_date_span (start, today, &years, &months))
    return g_strdup ("");

  /* Translators: masa kerja in a narrow column, years and months: "11 y 6 m" */
  return g_strdup_printf (_ ("%u y %u m"), years, months);
}

static char *
cell_text (KrEmployeesPage *self, KrEmployee *employee, Column column)
{
  switch (column)
    {
    case COLUMN_NIP:
      return kr_nip_format_digits (kr_employee_get_nip (employee));
    case COLUMN_NAME:
      return kr_employee_dup_full_name (employee);
    case COLUMN_GOLONGAN:
      return g_strdup (kr_employee_get_golongan_label (employee));
    case COLUMN_POSITION:
      return g_strdup (kr_employee_get_position_name (employee));
    case COLUMN_UNIT:
      return g_strdup (kr_employee_get_unit_name (employee));
    case COLUMN_SERVICE:
      return format_service (employee, &self->today);
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

/* Shows the employee of @slot in the cell @item of @column. */
static void
show_cell (KrEmployeesPage *self, GtkListItem *item, KrSlot *slot, Column column)
{
  KrEmployee *employee = kr_slot_get_item (slot);
  g_autofree char *text = employee != NULL ? cell_text (self, employee, column) : NULL;

  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_list_item_get_child (item)), text);
}

/* The row's position got another employee (a search, a sort, an edit): the cell stays. */
static void
on_slot_item_changed_cb (KrSlot *slot, GParamSpec *pspec, GtkListItem *item)
{
  KrEmployeesPage *self = g_object_get_data (G_OBJECT (item), "page");

  show_cell (self, item, slot, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (item), "column")));
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  KrEmployeesPage *self = g_object_get_data (G_OBJECT (factory), "page");
  KrSlot *slot = gtk_list_item_get_item (item);

  g_object_set_data (G_OBJECT (item), "page", self);
  g_object_set_data (G_OBJECT (item), "column", user_data);
  g_signal_connect (slot, "notify::item", G_CALLBACK (on_slot_item_changed_cb), item);
  show_cell (self, item, slot, GPOINTER_TO_INT (user_data));
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  KrSlot *slot = gtk_list_item_get_item (item);

  if (slot != NULL)
    g_signal_handlers_disconnect_by_func (slot, on_slot_item_changed_cb, item);
}

static void
add_column (KrEmployeesPage *self,
            Column column,
            const char *title,
            int sort_key,
            guint nat_chars,
            gboolean expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;

  g_object_set_data (G_OBJECT (factory), "page", self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GINT_TO_POINTER (column));
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell_cb), GINT_TO_POINTER (column));

  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, expand);
  if (!expand)
    gtk_column_view_column_set_fixed_width (view_column, (int) nat_chars * 9);
  if (sort_key >= 0)
    {
      g_autoptr (GtkSorter) sorter = kr_column_sorter_new (sort_key);

      gtk_column_view_column_set_sorter (view_column, sorter);
    }
  gtk_column_view_append_column (self->column_view, view_column);
  g_object_unref (view_column);
}

static void
build_columns (KrEmployeesPage *self)
{
  add_column (self, COLUMN_NIP, _ ("NIP"), KR_EMPLOYEE_SORT_NIP, 21, FALSE);
  add_column (self, COLUMN_NAME, _ ("Name"), KR_EMPLOYEE_SORT_NAME, 30, TRUE);
  add_column (self, COLUMN_GOLONGAN, _ ("Grade"), KR_EMPLOYEE_SORT_GOLONGAN, 10, FALSE);
  add_column (self, COLUMN_POSITION, _ ("Position"), KR_EMPLOYEE_SORT_POSITION, 28, TRUE);
  add_column (self, COLUMN_UNIT, _ ("Unit"), KR_EMPLOYEE_SORT_UNIT, 28, TRUE);
  add_column (self, COLUMN_SERVICE, _ ("Service Years"), KR_EMPLOYEE_SORT_SERVICE, 12, FALSE);
}

/* The list's state and count follow each change of the query or the data. */

static void
update_state (KrEmployeesPage *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *number = NULL;
  g_autofree char *count = NULL;
  guint n;

  if (self->list == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  number = g_strdup_printf ("%'u", n);
  count = g_strdup_printf (ngettext ("%s employee", "%s employees", n), number);
  adw_window_title_set_subtitle (self->list_title, count);

  if (kr_employee_list_get_error (self->list, &error))
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->list_stack, "error");
    }
  else if (n > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else if (!kr_employee_query_has_filter (self->query))
    gtk_stack_set_visible_child_name (self->list_stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->list_stack, "no-results");

  /* The filter button stands out while a filter (not the search) leaves people out. */
  {
    g_autoptr (KrEmployeeQuery) filters = kr_employee_query_copy (self->query);

    kr_employee_query_set_search (filters, NULL);
    if (kr_employee_query_has_filter (filters))
      gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "accent");
    else
      gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "accent");
  }
}

/* Runs before the column view's KrSlotModel hears of the change. When the count changes, the
 * view goes back to the top first: a new search or filter starts there, and the rows the view
 * keeps then lie at the start of the list, where the slot model gives them their new
 * employees. Left at a place that the change removes, GTK 4.8 guesses a new place for the rows
 * it tracks and kept showing the old ones. */
static void
on_items_changed_cb (GListModel *model,
                     guint position,
                     guint removed,
                     guint added,
                     KrEmployeesPage *self)
{
  if (removed != added)
    gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->column_view)),
                              0);
  update_state (self);
}

void
_kr_employees_page_apply_query (KrEmployeesPage *self)
{
  /* Rows keep their place when the list changes (kr-slot-model.h): a selected row would
   * stand for another employee. */
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  if (self->list != NULL)
    kr_employee_list_set_query (self->list, self->query);
  update_state (self);
}

static void
on_search_changed_cb (KrEmployeesPage *self)
{
  kr_employee_query_set_search (self->query,
                                gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  _kr_employees_page_apply_query (self);
}

static void
on_search_activate_cb (KrEmployeesPage *self)
{
  /* Enter in the search field moves to the results. */
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
on_sorter_changed_cb (GtkSorter *sorter, GtkSorterChange change, KrEmployeesPage *self)
{
  int key;
  gboolean descending;

  if (!kr_column_view_get_sort (self->column_view, self->sort_key, &key, &descending))
    {
      key = KR_EMPLOYEE_SORT_NAME;
      descending = FALSE;
    }
  if (key == self->sort_key && descending == self->sort_descending)
    return;

  self->sort_key = key;
  self->sort_descending = descending;
  kr_employee_query_set_sort (self->query, key, descending);
  _kr_employees_page_apply_query (self);
}

static void
on_filter_popover_show_cb (KrEmployeesPage *self)
{
  _kr_employees_page_load_units (self);
}

static void
on_units_changed_cb (KrEmployeesPage *self)
{
  self->units_loaded = FALSE;
}

/* Opening an employee: the profile replaces the list, with a back button. */

static void
on_row_activated_cb (KrEmployeesPage *self, guint position)
{
  g_autoptr (KrEmployee) employee = g_list_model_get_item (G_LIST_MODEL (self->list), position);

  if (employee == NULL)
    return;

  kr_employee_profile_set_employee_id (self->profile, kr_employee_get_id (employee));
  adw_leaflet_set_visible_child (self->leaflet, self->detail_page);
}

void
kr_employees_page_show_employee (KrEmployeesPage *self, gint64 employee_id)
{
  g_return_if_fail (KR_IS_EMPLOYEES_PAGE (self));
  g_return_if_fail (employee_id > 0);

  kr_employee_profile_set_employee_id (self->profile, employee_id);
  adw_leaflet_set_visible_child (self->leaflet, self->detail_page);
}

static void
add_profile_back_button (KrEmployeesPage *self)
{
  AdwHeaderBar *header = kr_employee_profile_get_header_bar (self->profile);
  GtkWidget *back = gtk_button_new_from_icon_name ("go-previous-symbolic");

  gtk_widget_set_tooltip_text (back, _ ("Back to the List"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (back), "employees.show-list");
  adw_header_bar_pack_start (header, back);
}

static void
show_list_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrEmployeesPage *self = KR_EMPLOYEES_PAGE (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
search_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrEmployeesPage *self = KR_EMPLOYEES_PAGE (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->list_page);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* What the signed-in role allows; everything while the database has no accounts. */
static gboolean
can (KrEmployeesPage *self, KrPermission permission)
{
  KrIdentity *identity = self->database != NULL ? kr_database_get_identity (self->database) : NULL;

  return identity == NULL || kr_identity_can (identity, permission);
}

/* The empty list says what the reader can do about it. */
static void
update_empty_page (KrEmployeesPage *self, gboolean writable)
{
  KrIdentity *identity = self->database != NULL ? kr_database_get_identity (self->database) : NULL;

  gtk_widget_set_visible (self->empty_buttons, writable);
  if (writable)
    adw_status_page_set_description (
        self->empty_page, _ ("Import a SIASN “data pegawai” export, or add employees one by one."));
  else if (identity != NULL && kr_identity_get_scope_unit_id (identity) != 0)
    adw_status_page_set_description (self->empty_page,
                                     _ ("Nobody works in the units you lead yet."));
  else
    adw_status_page_set_description (self->empty_page,
                                     _ ("Nobody has been added yet. An HR operator can import "
                                        "the employees from SIASN or add them one by one."));
}

static void
update_actions (KrEmployeesPage *self)
{
  gboolean open = self->repository != NULL;
  gboolean writable = open && can (self, KR_PERMISSION_WRITE_EMPLOYEES);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "employees.add", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "employees.manage-units",
                                 open && can (self, KR_PERMISSION_WRITE_ORGANISATION));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "employees.print-duk", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "employees.print", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "employees.export", open);
  /* An import adds units as well as employees. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "employees.import",
                                 writable && can (self, KR_PERMISSION_WRITE_ORGANISATION) &&
                                     !kr_database_is_read_only (self->database));
  gtk_widget_set_visible (self->add_button, !open || writable);
  update_empty_page (self, !open || writable);
  kr_employee_profile_set_writable (self->profile, !open || writable);
}

/* The profile's Performance view reads the appraisals of the application's database. */
static KrAppraisalRepository *
find_appraisal_repository (KrEmployeesPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GApplication *application =
      GTK_IS_WINDOW (root) ? G_APPLICATION (gtk_window_get_application (GTK_WINDOW (root))) : NULL;

  if (application == NULL)
    application = g_application_get_default ();
  return KR_IS_APPLICATION (application)
             ? kr_application_get_appraisal_repository (KR_APPLICATION (application))
             : NULL;
}

/* The profile's Training view reads the training of the application's database. */
static KrTrainingRepository *
find_training_repository (KrEmployeesPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GApplication *application =
      GTK_IS_WINDOW (root) ? G_APPLICATION (gtk_window_get_application (GTK_WINDOW (root))) : NULL;

  if (application == NULL)
    application = g_application_get_default ();
  return KR_IS_APPLICATION (application)
             ? kr_application_get_training_repository (KR_APPLICATION (application))
             : NULL;
}

/* The profile's Promotion view reads the KP facts of the application's database. */
static KrPromotionRepository *
find_promotion_repository (KrEmployeesPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GApplication *application =
      GTK_IS_WINDOW (root) ? G_APPLICATION (gtk_window_get_application (GTK_WINDOW (root))) : NULL;

  if (application == NULL)
    application = g_application_get_default ();
  return KR_IS_APPLICATION (application)
             ? kr_application_get_promotion_repository (KR_APPLICATION (application))
             : NULL;
}

void
kr_employees_page_set_repositories (KrEmployeesPage *self,
                                    KrDatabase *database,
                                    KrEmployeeRepository *employees,
                                    KrUnitRepository *units)
{
  g_return_if_fail (KR_IS_EMPLOYEES_PAGE (self));
  g_return_if_fail (employees == NULL || KR_IS_EMPLOYEE_REPOSITORY (employees));
  g_return_if_fail (units == NULL || KR_IS_UNIT_REPOSITORY (units));

  if (self->list != NULL)
    g_signal_handlers_disconnect_by_func (self->list, on_items_changed_cb, self);
  if (self->units != NULL)
    g_signal_handlers_disconnect_by_func (self->units, on_units_changed_cb, self);
  gtk_single_selection_set_model (self->selection, NULL);
  g_clear_object (&self->slots);
  g_clear_object (&self->list);
  g_set_object (&self->database, database);
  g_set_object (&self->repository, employees);
  g_set_object (&self->units, units);
  self->units_loaded = FALSE;
  g_object_set (self->profile, "repository", employees, "unit-repository", units, NULL);
  kr_employee_profile_set_database (self->profile, database);
  kr_employee_profile_set_appraisal_repository (
      self->profile, employees != NULL ? find_appraisal_repository (self) : NULL);
  kr_employee_profile_set_training_repository (
      self->profile, employees != NULL ? find_training_repository (self) : NULL);
  kr_employee_profile_set_promotion_repository (
      self->profile, employees != NULL ? find_promotion_repository (self) : NULL);
  kr_employee_profile_set_employee_id (self->profile, 0);
  adw_leaflet_set_visible_child (self->leaflet, self->list_page);

  if (employees != NULL)
    {
      self->list = kr_employee_list_new (employees, self->query);
      g_signal_connect (self->list, "items-changed", G_CALLBACK (on_items_changed_cb), self);
      self->slots = kr_slot_model_new (G_LIST_MODEL (self->list));
      gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->slots));
    }
  if (units != NULL)
    g_signal_connect_swapped (units, "changed", G_CALLBACK (on_units_changed_cb), self);
  /* Whoever signs in next starts on the whole list. */
  if (employees == NULL && !gtk_widget_in_destruction (GTK_WIDGET (self)))
    _kr_employees_page_reset_filters (self);

  update_actions (self);
  update_state (self);
}

KrEmployeeList *
kr_employees_page_get_list (KrEmployeesPage *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEES_PAGE (self), NULL);

  return self->list;
}

const char *
kr_employees_page_get_state (KrEmployeesPage *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEES_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->list_stack);
}

const char *
kr_employees_page_get_count_label (KrEmployeesPage *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEES_PAGE (self), NULL);

  return adw_window_title_get_subtitle (self->list_title);
}

static void
kr_employees_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KrEmployeesPage *self = KR_EMPLOYEES_PAGE (object);

  switch (prop_id)
    {
    case PROP_FOLDED:
      g_value_set_boolean (value, gtk_widget_get_visible (self->back_button));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_employees_page_set_property (GObject *object,
                                guint prop_id,
                                const GValue *value,
                                GParamSpec *pspec)
{
  KrEmployeesPage *self = KR_EMPLOYEES_PAGE (object);

  switch (prop_id)
    {
    case PROP_FOLDED:
      if (gtk_widget_get_visible (self->back_button) == g_value_get_boolean (value))
        return;
      gtk_widget_set_visible (self->back_button, g_value_get_boolean (value));
      adw_header_bar_set_show_start_title_buttons (self->list_header, g_value_get_boolean (value));
      g_object_notify_by_pspec (object, pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_employees_page_dispose (GObject *object)
{
  KrEmployeesPage *self = KR_EMPLOYEES_PAGE (object);

  kr_employees_page_set_repositories (self, NULL, NULL, NULL);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  /* No gtk_widget_dispose_template (): AdwBin unparents its child itself, and doing it
   * twice trips over the stale pointer (libadwaita 1.2). */

  G_OBJECT_CLASS (kr_employees_page_parent_class)->dispose (object);
}

static void
kr_employees_page_finalize (GObject *object)
{
  KrEmployeesPage *self = KR_EMPLOYEES_PAGE (object);

  g_clear_pointer (&self->query, kr_employee_query_free);
  g_clear_object (&self->database);
  g_clear_pointer (&self->unit_ids, g_array_unref);
  g_clear_pointer (&self->golongan_codes, g_array_unref);
  g_clear_object (&self->selection);

  G_OBJECT_CLASS (kr_employees_page_parent_class)->finalize (object);
}

static void
kr_employees_page_class_init (KrEmployeesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_employees_page_dispose;
  object_class->finalize = kr_employees_page_finalize;
  object_class->get_property = kr_employees_page_get_property;
  object_class->set_property = kr_employees_page_set_property;

  /* Set by the window while its sidebar is folded away: the list then shows a back button. */
  properties[PROP_FOLDED] =
      g_param_spec_boolean ("folded", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KR_TYPE_EMPLOYEE_PROFILE);
  gtk_widget_class_set_template_from_resource (
      widget_class, "/io/github/karier/Karier/employees/kr-employees-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KrEmployeesPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeesPage, list_page);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeesPage, list_header);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeesPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeesPage, list_title);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeesPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeesPage, filter_popover);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeesPage, filter_grid);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeesPage, search_button);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeesPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeesPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeesPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeesPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeesPage, empty_buttons);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeesPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeesPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeesPage, detail_page);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeesPage, profile);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_popover_show_cb);

  gtk_widget_class_install_action (widget_class, "employees.search", NULL, search_action_cb);
  gtk_widget_class_install_action (widget_class, "employees.show-list", NULL, show_list_action_cb);
  _kr_employees_page_class_add_filter_actions (widget_class);
  _kr_employees_page_class_add_dialog_actions (widget_class);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "employees.search", NULL);
}

static void
kr_employees_page_init (KrEmployeesPage *self)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->query = kr_employee_query_new ();
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->golongan_codes = g_array_new (FALSE, FALSE, sizeof (guint));
  self->sort_key = KR_EMPLOYEE_SORT_NAME;
  g_date_clear (&self->today, 1);
  g_date_set_dmy (&self->today, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  build_columns (self);
  g_signal_connect (gtk_column_view_get_sorter (self->column_view), "changed",
                    G_CALLBACK (on_sorter_changed_cb), self);
  /* The list starts sorted by name: show it on the header. */
  {
    g_autoptr (GtkColumnViewColumn) name_column =
        g_list_model_get_item (gtk_column_view_get_columns (self->column_view), COLUMN_NAME);

    gtk_column_view_sort_by_column (self->column_view, name_column, GTK_SORT_ASCENDING);
  }
  _kr_employees_page_build_filters (self);
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self->list_page));
  add_profile_back_button (self);
  gtk_widget_set_visible (self->back_button, FALSE);
  adw_header_bar_set_show_start_title_buttons (self->list_header, FALSE);
  update_actions (self);
}

GtkWidget *
kr_employees_page_new (void)
{
  return g_object_new (KR_TYPE_EMPLOYEES_PAGE, NULL);
}
