/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-compliance-view"

#include "config.h"

#include "kr-training-compliance-view.h"

#include <glib/gi18n.h>

#include "kr-application.h"
#include "kr-csv.h"
#include "kr-date.h"
#include "kr-document-training.h"
#include "kr-employee-format.h"
#include "kr-export-job.h"
#include "kr-nip.h"
#include "kr-print-operation.h"
#include "kr-training-compliance-export.h"
#include "kr-training-compliance-model.h"
#include "kr-training-widgets.h"

/* The columns of the list, in order. */
typedef enum
{
  COLUMN_NAME,
  COLUMN_NIP,
  COLUMN_UNIT,
  COLUMN_KIND,
  COLUMN_GOLONGAN,
  COLUMN_JP,
  COLUMN_PLANNED,
  COLUMN_DUTY,
  COLUMN_GAP,
  N_COLUMNS
} Column;

struct _KrTrainingComplianceView
{
  AdwBin parent_instance;

  KrDatabase *database;
  KrTrainingRepository *training;
  KrUnitRepository *units;
  KrTrainingComplianceModel *model;
  GArray *unit_ids;
  GtkFileChooserNative *chooser;
  /* Set while the toolbar is filled, when its changes are not the user's. */
  gboolean filling;

  GtkDropDown *unit_dropdown;
  GtkCheckButton *subtree_check;
  GtkSpinButton *year_spin;
  GtkSearchEntry *search_entry;
  GtkToggleButton *short_toggle;
  GtkLabel *count_label;
  GtkStack *stack;
  AdwStatusPage *empty_page;
  GtkColumnView *column_view;
};

G_DEFINE_FINAL_TYPE (KrTrainingComplianceView, kr_training_compliance_view, ADW_TYPE_BIN)

/* The query */

static void
read_query (KrTrainingComplianceView *self, KrComplianceQuery *query)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  query->unit_id = kr_training_unit_dropdown_get_unit (self->unit_dropdown, self->unit_ids);
  query->subtree = gtk_check_button_get_active (self->subtree_check);
  query->year = gtk_spin_button_get_value_as_int (self->year_spin);
  query->only_short = gtk_toggle_button_get_active (self->short_toggle);
  query->search = search[0] != '\0' ? search : NULL;
}

static void
update_state (KrTrainingComplianceView *self)
{
  KrPagedModel *model = KR_PAGED_MODEL (self->model);
  guint count = kr_paged_model_get_count (model);
  const GError *error = kr_paged_model_get_error (model);
  g_autofree char *text = NULL;
  gboolean any = self->database != NULL && kr_paged_model_get_counted (model) && count > 0;

  if (self->database == NULL)
    text = g_strdup ("");
  else if (!kr_paged_model_get_counted (model))
    text = g_strdup (_ ("Counting…"));
  else
    text = g_strdup_printf (ngettext ("%u employee", "%u employees", count), count);
  gtk_label_set_label (self->count_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compliance.export-csv", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compliance.print", any);

  if (error != NULL)
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      adw_status_page_set_icon_name (self->empty_page, "dialog-warning-symbolic");
      adw_status_page_set_title (self->empty_page, _ ("The List Cannot Be Read"));
      adw_status_page_set_description (self->empty_page, markup);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  if (self->database == NULL || !kr_paged_model_get_counted (model) || count > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "list");
      return;
    }
  adw_status_page_set_icon_name (self->empty_page, "emblem-ok-symbolic");
  if (gtk_toggle_button_get_active (self->short_toggle))
    {
      adw_status_page_set_title (self->empty_page, _ ("Everyone Meets the Duty"));
      adw_status_page_set_description (
          self->empty_page, _ ("No employee of this unit is below their JP duty for the year."));
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _ ("No Employees"));
      adw_status_page_set_description (self->empty_page,
                                       _ ("No active employee matches the unit and search."));
    }
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static gboolean
query_equal (const KrComplianceQuery *a, const KrComplianceQuery *b)
{
  return a->unit_id == b->unit_id && !a->subtree == !b->subtree && a->year == b->year &&
         !a->only_short == !b->only_short && g_strcmp0 (a->search, b->search) == 0;
}

/* Reads the list again; unless @force, only when the toolbar asks for another one (a search
 * entry reports the text set by kr_training_compliance_view_set_filter () again, later). */
static void
reload_full (KrTrainingComplianceView *self, gboolean force)
{
  KrComplianceQuery query = { 0 };

  if (self->filling)
    return;
  read_query (self, &query);
  if (!force && query_equal (&query, kr_training_compliance_model_get_query (self->model)))
    return;
  kr_training_compliance_model_set_query (self->model, &query);
  update_state (self);
}

static void
reload (KrTrainingComplianceView *self)
{
  reload_full (self, TRUE);
}

static void
on_query_changed_cb (KrTrainingComplianceView *self)
{
  reload_full (self, FALSE);
}

static void
on_training_changed_cb (KrTrainingRepository *training, guint mask, KrTrainingComplianceView *self)
{
  if (mask & (KR_TRAINING_CHANGE_ENROLMENTS | KR_TRAINING_CHANGE_RECORDS |
              KR_TRAINING_CHANGE_MENTORING | KR_TRAINING_CHANGE_SETTINGS))
    reload (self);
}

static void
on_units_changed_cb (KrTrainingComplianceView *self)
{
  gint64 unit_id = kr_training_unit_dropdown_get_unit (self->unit_dropdown, self->unit_ids);

  self->filling = TRUE;
  kr_training_unit_dropdown_fill (self->unit_dropdown, self->unit_ids, self->database, self->units,
                                  TRUE);
  kr_training_unit_dropdown_set_unit (self->unit_dropdown, self->unit_ids, unit_id);
  self->filling = FALSE;
  reload (self);
}

/* Cells */

static const char *
cell_text (KrTrainingComplianceItem *item, Column column)
{
  const KrComplianceRow *row = kr_training_compliance_item_get_row (item);

  switch (column)
    {
    case COLUMN_NAME:
      return row->name;
    case COLUMN_NIP:
      return row->nip;
    case COLUMN_UNIT:
      return row->unit != NULL ? row->unit : "—";
    case COLUMN_KIND:
      return kr_employee_kind_get_label (row->kind);
    case COLUMN_GOLONGAN:
      return row->golongan != NULL ? row->golongan : "—";
    case COLUMN_JP:
      return kr_training_compliance_item_get_jp_text (item);
    case COLUMN_PLANNED:
      return kr_training_compliance_item_get_planned_text (item);
    case COLUMN_DUTY:
      return kr_training_compliance_item_get_duty_text (item);
    case COLUMN_GAP:
      return kr_training_compliance_item_get_gap_text (item);
    case N_COLUMNS:
    default:
      break;
    }
  g_assert_not_reached ();
  return NULL;
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer user_data)
{
  GtkWidget *inscription = gtk_inscription_new (NULL);
  Column column = GPOINTER_TO_UINT (user_data);

  /* Enough for the NIP grouped 8-6-1-3 and for "20 JP short"; names and units take the rest */
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (inscription), column == COLUMN_NIP    ? 21
                                                                : column == COLUMN_NAME ? 18
                                                                : column == COLUMN_UNIT ? 12
                                                                : column == COLUMN_GAP  ? 12
                                                                                        : 6);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (inscription), column == COLUMN_NAME   ? 28
                                                                : column == COLUMN_UNIT ? 24
                                                                                        : 0);
  if (column >= COLUMN_JP && column != COLUMN_GAP)
    {
      gtk_inscription_set_xalign (GTK_INSCRIPTION (inscription), 1);
      gtk_widget_add_css_class (inscription, "numeric");
    }
  gtk_list_item_set_child (list_item, inscription);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer user_data)
{
  KrTrainingComplianceItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *inscription = gtk_list_item_get_child (list_item);
  Column column = GPOINTER_TO_UINT (user_data);

  if (column == COLUMN_NIP)
    {
      g_autofree char *nip = kr_nip_format_digits (kr_training_compliance_item_get_row (item)->nip);

      gtk_inscription_set_text (GTK_INSCRIPTION (inscription), nip);
    }
  else
    gtk_inscription_set_text (GTK_INSCRIPTION (inscription), cell_text (item, column));
  if (column == COLUMN_GAP)
    {
      const KrComplianceRow *row = kr_training_compliance_item_get_row (item);

      if (row->gap > 0 || row->over_limit > 0)
        gtk_widget_add_css_class (inscription, "warning");
      else
        gtk_widget_remove_css_class (inscription, "warning");
    }
}

static void
add_column (KrTrainingComplianceView *self, Column column, const char *title, gboolean expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GUINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GUINT_TO_POINTER (column));
  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (self->column_view, view_column);
  g_object_unref (view_column);
}

/* Export and print */

static void
csv_chosen_cb (GtkWidget *widget, const char *path)
{
  KrTrainingComplianceView *self = KR_TRAINING_COMPLIANCE_VIEW (widget);
  const KrComplianceQuery *query = kr_training_compliance_model_get_query (self->model);

  kr_export_job_run (widget, self->database, path, _kr_training_compliance_write_csv,
                     kr_training_compliance_query_dup (query),
                     (GDestroyNotify) kr_training_compliance_query_free,
                     _kr_training_compliance_csv_message, csv_chosen_cb, NULL, NULL);
}

static void
export_csv_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTrainingComplianceView *self = KR_TRAINING_COMPLIANCE_VIEW (widget);
  const KrExportFormat formats[] = { { _ ("CSV files"), "*.csv" } };
  g_autofree char *name = g_strdup_printf (
      "pemenuhan-jp-%u.csv", kr_training_compliance_model_get_query (self->model)->year);

  kr_export_chooser_show (widget, &self->chooser, _ ("Export Compliance List"), formats,
                          G_N_ELEMENTS (formats), name, csv_chosen_cb);
}

static void
print_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTrainingComplianceView *self = KR_TRAINING_COMPLIANCE_VIEW (widget);
  const KrComplianceQuery *query = kr_training_compliance_model_get_query (self->model);
  g_autoptr (KrPrintOperation) operation = NULL;
  g_autoptr (GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->database == NULL)
    return;
  /* Official term: do not translate */
  operation = kr_print_operation_new_for_database (
      self->database, "Daftar Pemenuhan Pengembangan Kompetensi", FALSE,
      _kr_training_compliance_build_document, kr_training_compliance_query_dup (query),
      (GDestroyNotify) kr_training_compliance_query_free, kr_print_application_default_paper (),
      &error);
  if (operation == NULL)
    {
      kr_training_show_toast (widget, error->message);
      return;
    }
  kr_print_operation_run_dialog (operation, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
}

/* Building */

static GtkWidget *
build_toolbar (KrTrainingComplianceView *self)
{
  GtkWidget *box = gtk_flow_box_new ();
  GtkWidget *search_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *unit_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *menu_button = gtk_menu_button_new ();
  g_autoptr (GMenu) menu = g_menu_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (box), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (box), 2);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (box), 12);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);

  self->unit_dropdown = kr_training_unit_dropdown_new (self->unit_ids);
  gtk_widget_set_hexpand (GTK_WIDGET (self->unit_dropdown), TRUE);
  self->subtree_check = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_ ("_Units below")));
  gtk_check_button_set_active (self->subtree_check, TRUE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->subtree_check),
                               _ ("Include the employees of the units below"));
  self->year_spin = kr_training_year_spin_new (_ ("Year"));
  gtk_box_append (GTK_BOX (unit_box), GTK_WIDGET (self->unit_dropdown));
  gtk_box_append (GTK_BOX (unit_box), GTK_WIDGET (self->subtree_check));
  gtk_box_append (GTK_BOX (unit_box), GTK_WIDGET (self->year_spin));

  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->search_entry), TRUE);
  g_object_set (self->search_entry, "placeholder-text", _ ("Search by name or NIP"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Search employees"), -1);
  self->short_toggle =
      GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_mnemonic (_ ("Only _below the duty")));
  gtk_toggle_button_set_active (self->short_toggle, TRUE);
  g_menu_append (menu, _ ("_Export as CSV…"), "compliance.export-csv");
  g_menu_append (menu, _ ("_Print…"), "compliance.print");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "document-save-symbolic");
  gtk_widget_set_tooltip_text (menu_button, _ ("Export or print the list"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Export or print the list"), -1);
  gtk_box_append (GTK_BOX (search_box), GTK_WIDGET (self->search_entry));
  gtk_box_append (GTK_BOX (search_box), GTK_WIDGET (self->short_toggle));
  gtk_box_append (GTK_BOX (search_box), menu_button);

  gtk_flow_box_append (GTK_FLOW_BOX (box), unit_box);
  gtk_flow_box_append (GTK_FLOW_BOX (box), search_box);

  g_signal_connect_swapped (self->unit_dropdown, "notify::selected",
                            G_CALLBACK (on_query_changed_cb), self);
  g_signal_connect_swapped (self->subtree_check, "toggled", G_CALLBACK (on_query_changed_cb), self);
  g_signal_connect_swapped (self->year_spin, "value-changed", G_CALLBACK (on_query_changed_cb),
                            self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (on_query_changed_cb),
                            self);
  g_signal_connect_swapped (self->short_toggle, "toggled", G_CALLBACK (on_query_changed_cb), self);
  return box;
}

static GtkWidget *
build_list (KrTrainingComplianceView *self)
{
  GtkWidget *scroll = gtk_scrolled_window_new ();
  GtkNoSelection *selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->model)));

  self->column_view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (selection)));
  gtk_widget_add_css_class (GTK_WIDGET (self->column_view), "data-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("JP compliance"), -1);
  add_column (self, COLUMN_NAME, _ ("Name"), TRUE);
  add_column (self, COLUMN_NIP, _ ("NIP"), FALSE);
  add_column (self, COLUMN_UNIT, _ ("Unit"), TRUE);
  add_column (self, COLUMN_KIND, _ ("Kind"), FALSE);
  add_column (self, COLUMN_GOLONGAN, _ ("Grade"), FALSE);
  add_column (self, COLUMN_JP, _ ("JP"), FALSE);
  add_column (self, COLUMN_PLANNED, _ ("Planned"), FALSE);
  add_column (self, COLUMN_DUTY, _ ("Duty"), FALSE);
  add_column (self, COLUMN_GAP, _ ("Gap"), FALSE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), GTK_WIDGET (self->column_view));
  gtk_widget_set_vexpand (scroll, TRUE);
  return scroll;
}

static void
build (KrTrainingComplianceView *self)
{
  self->count_label = kr_training_count_label_new ();
  adw_bin_set_child (ADW_BIN (self), kr_training_list_page_new (
                                         build_toolbar (self), GTK_WIDGET (self->count_label),
                                         build_list (self), &self->stack, &self->empty_page));
}

/* API */

GtkWidget *
kr_training_compliance_view_new (void)
{
  return g_object_new (KR_TYPE_TRAINING_COMPLIANCE_VIEW, NULL);
}

void
kr_training_compliance_view_set_repositories (KrTrainingComplianceView *self,
                                              KrDatabase *database,
                                              KrTrainingRepository *training,
                                              KrUnitRepository *units)
{
  g_return_if_fail (KR_IS_TRAINING_COMPLIANCE_VIEW (self));

  if (self->training != NULL)
    g_signal_handlers_disconnect_by_func (self->training, on_training_changed_cb, self);
  if (self->units != NULL)
    g_signal_handlers_disconnect_by_func (self->units, on_units_changed_cb, self);
  g_set_object (&self->database, database);
  g_set_object (&self->training, training);
  g_set_object (&self->units, units);
  if (training != NULL)
    g_signal_connect_object (training, "changed", G_CALLBACK (on_training_changed_cb), self, 0);
  if (units != NULL)
    g_signal_connect_object (units, "changed", G_CALLBACK (on_units_changed_cb), self,
                             G_CONNECT_SWAPPED);
  self->filling = TRUE;
  kr_training_unit_dropdown_fill (self->unit_dropdown, self->unit_ids, database, units, TRUE);
  self->filling = FALSE;
  kr_paged_model_set_database (KR_PAGED_MODEL (self->model), database);
  reload (self);
}

void
kr_training_compliance_view_set_filter (KrTrainingComplianceView *self,
                                        gint64 unit_id,
                                        gboolean subtree,
                                        guint year,
                                        gboolean only_short,
                                        const char *search)
{
  g_return_if_fail (KR_IS_TRAINING_COMPLIANCE_VIEW (self));

  /* One reload for the whole change. */
  self->filling = TRUE;
  kr_training_unit_dropdown_set_unit (self->unit_dropdown, self->unit_ids, unit_id);
  gtk_check_button_set_active (self->subtree_check, subtree);
  gtk_spin_button_set_value (self->year_spin, year);
  gtk_toggle_button_set_active (self->short_toggle, only_short);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), search != NULL ? search : "");
  self->filling = FALSE;
  reload (self);
}

GListModel *
kr_training_compliance_view_get_model (KrTrainingComplianceView *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_COMPLIANCE_VIEW (self), NULL);
  return G_LIST_MODEL (self->model);
}

const char *
kr_training_compliance_view_get_count_label (KrTrainingComplianceView *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_COMPLIANCE_VIEW (self), NULL);
  return gtk_label_get_label (self->count_label);
}

static void
on_model_notify_cb (KrTrainingComplianceView *self)
{
  update_state (self);
}

static void
kr_training_compliance_view_dispose (GObject *object)
{
  KrTrainingComplianceView *self = KR_TRAINING_COMPLIANCE_VIEW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  if (self->training != NULL)
    g_signal_handlers_disconnect_by_func (self->training, on_training_changed_cb, self);
  if (self->units != NULL)
    g_signal_handlers_disconnect_by_func (self->units, on_units_changed_cb, self);
  if (self->model != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->model, on_model_notify_cb, self);
      kr_paged_model_set_database (KR_PAGED_MODEL (self->model), NULL);
    }
  g_clear_object (&self->training);
  g_clear_object (&self->units);
  g_clear_object (&self->database);
  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (kr_training_compliance_view_parent_class)->dispose (object);
}

static void
kr_training_compliance_view_finalize (GObject *object)
{
  KrTrainingComplianceView *self = KR_TRAINING_COMPLIANCE_VIEW (object);

  g_array_unref (self->unit_ids);

  G_OBJECT_CLASS (kr_training_compliance_view_parent_class)->finalize (object);
}

static void
kr_training_compliance_view_class_init (KrTrainingComplianceViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_training_compliance_view_dispose;
  object_class->finalize = kr_training_compliance_view_finalize;

  gtk_widget_class_install_action (widget_class, "compliance.export-csv", NULL,
                                   export_csv_action_cb);
  gtk_widget_class_install_action (widget_class, "compliance.print", NULL, print_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "compliance.print", NULL);
}

static void
kr_training_compliance_view_init (KrTrainingComplianceView *self)
{
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->model = kr_training_compliance_model_new ();
  g_signal_connect_swapped (self->model, "notify::count", G_CALLBACK (on_model_notify_cb), self);
  g_signal_connect_swapped (self->model, "notify::complete", G_CALLBACK (on_model_notify_cb), self);
  g_signal_connect_swapped (self->model, "notify::loading", G_CALLBACK (on_model_notify_cb), self);
  build (self);
  update_state (self);
}
