/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-promotion-pipeline-view"

#include "config.h"

#include "kr-promotion-pipeline-view.h"

#include <glib/gi18n.h>

#include "kr-date.h"
#include "kr-nip.h"
#include "kr-promotion-dialog.h"
#include "kr-promotion-export.h"
#include "kr-promotion-models.h"
#include "kr-promotion-print.h"
#include "kr-promotions-common.h"
#include "kr-training-widgets.h"

/* Periods offered: the ones of the last two years and the next six. */
#define N_PAST_PERIODS 24
#define N_NEXT_PERIODS 6

typedef enum
{
  COLUMN_NAME,
  COLUMN_RANK,
  COLUMN_PERIOD,
  COLUMN_STAGE,
  COLUMN_DOCUMENTS,
  COLUMN_UNIT,
  N_COLUMNS
} Column;

struct _KrPromotionPipelineView
{
  AdwBin parent_instance;

  KrDatabase *database;
  KrPromotionRepository *promotions;
  KrUnitRepository *units;
  KrPromotionPipelineModel *model;
  GArray *unit_ids;
  GArray *periods; /* GDate; the dropdown's item i + 1 */
  gboolean filling;

  GtkDropDown *stage_dropdown;
  GtkDropDown *period_dropdown;
  GtkDropDown *unit_dropdown;
  GtkSearchEntry *search_entry;
  GtkLabel *count_label;
  GtkStack *stack;
  AdwStatusPage *empty_page;
};

G_DEFINE_FINAL_TYPE (KrPromotionPipelineView, kr_promotion_pipeline_view, ADW_TYPE_BIN)

/* The query */

static void
read_query (KrPromotionPipelineView *self, KrPromotionQuery *query)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint stage = gtk_drop_down_get_selected (self->stage_dropdown);
  guint period = gtk_drop_down_get_selected (self->period_dropdown);

  query->stage = stage >= 1 && stage <= KR_N_PROMOTION_STAGES ? (gint) stage - 1 : -1;
  query->period = period >= 1 && period <= self->periods->len
                      ? &g_array_index (self->periods, GDate, period - 1)
                      : NULL;
  query->unit_id = kr_training_unit_dropdown_get_unit (self->unit_dropdown, self->unit_ids);
  query->subtree = TRUE;
  query->search = search[0] != '\0' ? search : NULL;
}

static void
update_state (KrPromotionPipelineView *self)
{
  KrPagedModel *model = KR_PAGED_MODEL (self->model);
  guint n = kr_paged_model_get_count (model);
  const GError *error = kr_paged_model_get_error (model);
  gboolean any = self->database != NULL && kr_paged_model_get_counted (model) && n > 0;
  g_autofree char *text = NULL;

  if (self->database == NULL)
    text = g_strdup ("");
  else if (!kr_paged_model_get_counted (model))
    text = g_strdup (_ ("Counting…"));
  else
    text = g_strdup_printf (ngettext ("%u proposal", "%u proposals", n), n);
  gtk_label_set_label (self->count_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pipeline.export-csv", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pipeline.print", any);
  if (error != NULL)
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      adw_status_page_set_icon_name (self->empty_page, "dialog-warning-symbolic");
      adw_status_page_set_title (self->empty_page, _ ("The Proposals Cannot Be Read"));
      adw_status_page_set_description (self->empty_page, markup);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  if (self->database == NULL || !kr_paged_model_get_counted (model) || n > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "list");
      return;
    }
  adw_status_page_set_icon_name (self->empty_page, "go-up-symbolic");
  adw_status_page_set_title (self->empty_page, _ ("No Proposals"));
  adw_status_page_set_description (
      self->empty_page, _ ("Propose eligible employees from the Candidates view; their proposals "
                           "go through the stages here."));
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
reload (KrPromotionPipelineView *self)
{
  KrPromotionQuery query = { 0 };

  if (self->filling)
    return;
  read_query (self, &query);
  kr_promotion_pipeline_model_set_query (self->model, &query);
  update_state (self);
}

static void
on_promotions_changed_cb (KrPromotionRepository *promotions,
                          guint mask,
                          KrPromotionPipelineView *self)
{
  if (mask & (KR_PROMOTION_CHANGE_PROMOTIONS | KR_PROMOTION_CHANGE_DOCUMENTS))
    reload (self);
}

static void
on_units_changed_cb (KrPromotionPipelineView *self)
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

static void
setup_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer user_data)
{
  Column column = GPOINTER_TO_UINT (user_data);
  GtkWidget *child;

  if (column == COLUMN_STAGE)
    {
      child = gtk_label_new (NULL);
      gtk_widget_set_halign (child, GTK_ALIGN_START);
    }
  else if (column == COLUMN_NAME || column == COLUMN_RANK)
    {
      GtkWidget *top = gtk_inscription_new (NULL);
      GtkWidget *bottom = gtk_inscription_new (NULL);

      child = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (top), column == COLUMN_NAME ? 16 : 10);
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (top), column == COLUMN_NAME ? 28 : 18);
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (bottom), column == COLUMN_NAME ? 16 : 10);
      gtk_widget_add_css_class (bottom, "dim-label");
      gtk_widget_add_css_class (bottom, "caption");
      gtk_box_append (GTK_BOX (child), top);
      gtk_box_append (GTK_BOX (child), bottom);
    }
  else
    {
      child = gtk_inscription_new (NULL);
      /* "22 September 2027" */
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (child), column == COLUMN_DOCUMENTS ? 5
                                                              : column == COLUMN_PERIOD  ? 17
                                                                                         : 10);
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (child), column == COLUMN_UNIT ? 24 : 0);
      if (column == COLUMN_DOCUMENTS)
        {
          gtk_inscription_set_xalign (GTK_INSCRIPTION (child), 1);
          gtk_widget_add_css_class (child, "numeric");
        }
    }
  gtk_list_item_set_child (list_item, child);
}

static void
set_two_lines (GtkWidget *box, const char *top, const char *bottom)
{
  GtkWidget *first = gtk_widget_get_first_child (box);

  gtk_inscription_set_text (GTK_INSCRIPTION (first), top);
  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_widget_get_next_sibling (first)), bottom);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer user_data)
{
  const KrPromotion *p = kr_promotion_item_get_promotion (gtk_list_item_get_item (list_item));
  GtkWidget *child = gtk_list_item_get_child (list_item);
  g_autofree char *text = NULL;

  switch ((Column) GPOINTER_TO_UINT (user_data))
    {
    case COLUMN_NAME:
      text = kr_nip_format_digits (p->nip);
      set_two_lines (child, p->name, text);
      break;
    case COLUMN_RANK:
      text = kr_promotions_format_ranks (p->from_rank, p->to_rank);
      set_two_lines (child, text, kr_kp_kind_get_label (p->kind));
      break;
    case COLUMN_PERIOD:
      text = kr_promotions_format_date (&p->period);
      gtk_inscription_set_text (GTK_INSCRIPTION (child), text);
      break;
    case COLUMN_STAGE:
      kr_promotions_stage_pill (GTK_LABEL (child), p->stage);
      break;
    case COLUMN_DOCUMENTS:
      text = g_strdup_printf ("%u/%u", p->n_documents_done, p->n_documents);
      gtk_inscription_set_text (GTK_INSCRIPTION (child), text);
      break;
    case COLUMN_UNIT:
      gtk_inscription_set_text (GTK_INSCRIPTION (child), p->unit_name != NULL ? p->unit_name : "—");
      break;
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static void
add_column (GtkColumnView *view, Column column, const char *title, gboolean expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GUINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GUINT_TO_POINTER (column));
  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (view, view_column);
  g_object_unref (view_column);
}

/* Opening, export */

GtkWidget *
kr_promotion_pipeline_view_open (KrPromotionPipelineView *self, guint position)
{
  g_autoptr (KrPromotionItem) item = NULL;
  GtkRoot *root;
  GtkWidget *dialog;

  g_return_val_if_fail (KR_IS_PROMOTION_PIPELINE_VIEW (self), NULL);

  item = g_list_model_get_item (G_LIST_MODEL (self->model), position);
  if (item == NULL || self->promotions == NULL)
    return NULL;
  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = kr_promotion_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                    self->promotions, kr_promotion_item_get_promotion (item)->id);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
on_activate_cb (GtkColumnView *view, guint position, KrPromotionPipelineView *self)
{
  kr_promotion_pipeline_view_open (self, position);
}

static void
export_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrPromotionPipelineView *self = KR_PROMOTION_PIPELINE_VIEW (widget);

  kr_promotion_export_nominative (widget, self->database,
                                  kr_promotion_pipeline_model_get_query (self->model));
}

static void
print_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrPromotionPipelineView *self = KR_PROMOTION_PIPELINE_VIEW (widget);

  kr_promotion_print_nominative (widget, self->database,
                                 kr_promotion_pipeline_model_get_query (self->model));
}

/* Building */

static void
fill_periods (KrPromotionPipelineView *self)
{
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  GDate today, date;

  g_array_set_size (self->periods, 0);
  kr_date_today (NULL, &today);
  /* The next periods, then back from today: newest first */
  {
    g_autoptr (GArray) next = kr_promotions_upcoming_periods (N_NEXT_PERIODS);

    for (guint i = next->len; i > 0; i--)
      g_array_append_val (self->periods, g_array_index (next, GDate, i - 1));
  }
  date = today;
  for (guint i = 0; i < N_PAST_PERIODS && kr_kp_period_previous (&date, &date); i++)
    g_array_append_val (self->periods, date);
  gtk_string_list_append (names, _ ("All periods"));
  for (guint i = 0; i < self->periods->len; i++)
    {
      g_autofree char *text = kr_promotions_format_date (&g_array_index (self->periods, GDate, i));

      gtk_string_list_append (names, text);
    }
  gtk_drop_down_set_model (self->period_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->period_dropdown, 0);
}

static GtkDropDown *
labelled_dropdown (GListModel *model, const char *label)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (gtk_drop_down_new (model, NULL));

  gtk_widget_set_tooltip_text (GTK_WIDGET (dropdown), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  return dropdown;
}

static GtkWidget *
build_toolbar (KrPromotionPipelineView *self)
{
  GtkWidget *box = gtk_flow_box_new ();
  GtkWidget *first = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *second = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *menu_button = gtk_menu_button_new ();
  g_autoptr (GMenu) menu = g_menu_new ();
  GtkStringList *stages = gtk_string_list_new (NULL);

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (box), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (box), 3);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (box), 12);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);

  gtk_string_list_append (stages, _ ("All stages"));
  for (guint i = 0; i < KR_N_PROMOTION_STAGES; i++)
    gtk_string_list_append (stages, kr_promotion_stage_get_label (i));
  self->stage_dropdown = labelled_dropdown (G_LIST_MODEL (stages), _ ("Stage"));
  self->period_dropdown = labelled_dropdown (NULL, _ ("Period (TMT)"));
  self->unit_dropdown = kr_training_unit_dropdown_new (self->unit_ids);
  gtk_widget_set_hexpand (GTK_WIDGET (self->unit_dropdown), TRUE);
  gtk_box_append (GTK_BOX (first), GTK_WIDGET (self->stage_dropdown));
  gtk_box_append (GTK_BOX (first), GTK_WIDGET (self->period_dropdown));

  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->search_entry), TRUE);
  g_object_set (self->search_entry, "placeholder-text", _ ("Search by name or NIP"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Search proposals"), -1);
  g_menu_append (menu, _ ("_Export Nominative List as CSV…"), "pipeline.export-csv");
  g_menu_append (menu, _ ("_Print Nominative List…"), "pipeline.print");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "document-save-symbolic");
  gtk_widget_set_tooltip_text (menu_button, _ ("Export or print the list"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Export or print the list"), -1);
  gtk_box_append (GTK_BOX (second), GTK_WIDGET (self->search_entry));
  gtk_box_append (GTK_BOX (second), menu_button);
  /* Three pieces, so that a narrow window stacks them */
  gtk_flow_box_append (GTK_FLOW_BOX (box), first);
  gtk_flow_box_append (GTK_FLOW_BOX (box), GTK_WIDGET (self->unit_dropdown));
  gtk_flow_box_append (GTK_FLOW_BOX (box), second);

  g_signal_connect_swapped (self->stage_dropdown, "notify::selected", G_CALLBACK (reload), self);
  g_signal_connect_swapped (self->period_dropdown, "notify::selected", G_CALLBACK (reload), self);
  g_signal_connect_swapped (self->unit_dropdown, "notify::selected", G_CALLBACK (reload), self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (reload), self);
  return box;
}

static GtkWidget *
build_list (KrPromotionPipelineView *self)
{
  GtkWidget *scroll = gtk_scrolled_window_new ();
  GtkSingleSelection *selection =
      gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->model)));
  GtkColumnView *view;

  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (selection)));
  gtk_widget_add_css_class (GTK_WIDGET (view), "data-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Promotion proposals"), -1);
  add_column (view, COLUMN_NAME, _ ("Name"), TRUE);
  add_column (view, COLUMN_RANK, _ ("Rank"), FALSE);
  add_column (view, COLUMN_PERIOD, _ ("Period"), FALSE);
  add_column (view, COLUMN_STAGE, _ ("Stage"), FALSE);
  add_column (view, COLUMN_DOCUMENTS, _ ("Documents"), FALSE);
  add_column (view, COLUMN_UNIT, _ ("Unit"), TRUE);
  g_signal_connect (view, "activate", G_CALLBACK (on_activate_cb), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), GTK_WIDGET (view));
  gtk_widget_set_vexpand (scroll, TRUE);
  return scroll;
}

static void
build (KrPromotionPipelineView *self)
{
  self->count_label = kr_training_count_label_new ();
  adw_bin_set_child (ADW_BIN (self), kr_training_list_page_new (
                                         build_toolbar (self), GTK_WIDGET (self->count_label),
                                         build_list (self), &self->stack, &self->empty_page));
}

/* API */

GtkWidget *
kr_promotion_pipeline_view_new (void)
{
  return g_object_new (KR_TYPE_PROMOTION_PIPELINE_VIEW, NULL);
}

void
kr_promotion_pipeline_view_set_repositories (KrPromotionPipelineView *self,
                                             KrDatabase *database,
                                             KrPromotionRepository *promotions,
                                             KrUnitRepository *units)
{
  g_return_if_fail (KR_IS_PROMOTION_PIPELINE_VIEW (self));

  if (self->promotions != NULL)
    g_signal_handlers_disconnect_by_func (self->promotions, on_promotions_changed_cb, self);
  if (self->units != NULL)
    g_signal_handlers_disconnect_by_func (self->units, on_units_changed_cb, self);
  g_set_object (&self->database, database);
  g_set_object (&self->promotions, promotions);
  g_set_object (&self->units, units);
  if (promotions != NULL)
    g_signal_connect_object (promotions, "changed", G_CALLBACK (on_promotions_changed_cb), self, 0);
  if (units != NULL)
    g_signal_connect_object (units, "changed", G_CALLBACK (on_units_changed_cb), self,
                             G_CONNECT_SWAPPED);
  self->filling = TRUE;
  fill_periods (self);
  kr_training_unit_dropdown_fill (self->unit_dropdown, self->unit_ids, database, units, TRUE);
  self->filling = FALSE;
  kr_paged_model_set_database (KR_PAGED_MODEL (self->model), database);
  reload (self);
}

void
kr_promotion_pipeline_view_set_filter (KrPromotionPipelineView *self,
                                       gint stage,
                                       const GDate *period,
                                       gint64 unit_id,
                                       const char *search)
{
  guint period_index = 0;

  g_return_if_fail (KR_IS_PROMOTION_PIPELINE_VIEW (self));
  g_return_if_fail (stage >= -1 && stage < KR_N_PROMOTION_STAGES);

  for (guint i = 0; period != NULL && i < self->periods->len; i++)
    if (g_date_compare (&g_array_index (self->periods, GDate, i), period) == 0)
      period_index = i + 1;
  self->filling = TRUE;
  gtk_drop_down_set_selected (self->stage_dropdown, (guint) (stage + 1));
  gtk_drop_down_set_selected (self->period_dropdown, period_index);
  kr_training_unit_dropdown_set_unit (self->unit_dropdown, self->unit_ids, unit_id);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), search != NULL ? search : "");
  self->filling = FALSE;
  reload (self);
}

GListModel *
kr_promotion_pipeline_view_get_model (KrPromotionPipelineView *self)
{
  g_return_val_if_fail (KR_IS_PROMOTION_PIPELINE_VIEW (self), NULL);
  return G_LIST_MODEL (self->model);
}

const char *
kr_promotion_pipeline_view_get_count_label (KrPromotionPipelineView *self)
{
  g_return_val_if_fail (KR_IS_PROMOTION_PIPELINE_VIEW (self), NULL);
  return gtk_label_get_label (self->count_label);
}

static void
kr_promotion_pipeline_view_dispose (GObject *object)
{
  KrPromotionPipelineView *self = KR_PROMOTION_PIPELINE_VIEW (object);

  if (self->promotions != NULL)
    g_signal_handlers_disconnect_by_func (self->promotions, on_promotions_changed_cb, self);
  if (self->units != NULL)
    g_signal_handlers_disconnect_by_func (self->units, on_units_changed_cb, self);
  if (self->model != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->model, update_state, self);
      kr_paged_model_set_database (KR_PAGED_MODEL (self->model), NULL);
    }
  g_clear_object (&self->promotions);
  g_clear_object (&self->units);
  g_clear_object (&self->database);
  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (kr_promotion_pipeline_view_parent_class)->dispose (object);
}

static void
kr_promotion_pipeline_view_finalize (GObject *object)
{
  KrPromotionPipelineView *self = KR_PROMOTION_PIPELINE_VIEW (object);

  g_array_unref (self->unit_ids);
  g_array_unref (self->periods);

  G_OBJECT_CLASS (kr_promotion_pipeline_view_parent_class)->finalize (object);
}

static void
kr_promotion_pipeline_view_class_init (KrPromotionPipelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kr_promotion_pipeline_view_dispose;
  object_class->finalize = kr_promotion_pipeline_view_finalize;
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "pipeline.export-csv", NULL,
                                   export_action_cb);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "pipeline.print", NULL,
                                   print_action_cb);
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_p, GDK_CONTROL_MASK,
                                       "pipeline.print", NULL);
}

static void
kr_promotion_pipeline_view_init (KrPromotionPipelineView *self)
{
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->periods = g_array_new (FALSE, FALSE, sizeof (GDate));
  self->model = kr_promotion_pipeline_model_new ();
  g_signal_connect_swapped (self->model, "notify::count", G_CALLBACK (update_state), self);
  g_signal_connect_swapped (self->model, "notify::complete", G_CALLBACK (update_state), self);
  g_signal_connect_swapped (self->model, "notify::loading", G_CALLBACK (update_state), self);
  build (self);
  fill_periods (self);
  update_state (self);
}
