/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-promotion-candidates-view"

#include "config.h"

#include "kr-promotion-candidates-view-private.h"

#include <glib/gi18n.h>

#include "kr-promotion-candidate-parts.h"
#include "kr-promotion-models.h"
#include "kr-promotion-propose-job.h"
#include "kr-promotions-common.h"
#include "kr-training-widgets.h"

#define N_PERIODS 6

G_DEFINE_FINAL_TYPE (KrPromotionCandidatesView, kr_promotion_candidates_view, ADW_TYPE_BIN)

/* The query */

static void
read_query (KrPromotionCandidatesView *self, KrCandidateQuery *query)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint selected = gtk_drop_down_get_selected (self->period_dropdown);

  if (selected < self->periods->len)
    query->period = g_array_index (self->periods, GDate, selected);
  else
    g_date_clear (&query->period, 1);
  query->unit_id = kr_training_unit_dropdown_get_unit (self->unit_dropdown, self->unit_ids);
  query->subtree = gtk_check_button_get_active (self->subtree_check);
  query->search = search[0] != '\0' ? search : NULL;
}

static gboolean
query_equal (const KrCandidateQuery *a, const KrCandidateQuery *b)
{
  return g_date_valid (&a->period) == g_date_valid (&b->period) &&
         (!g_date_valid (&a->period) || g_date_compare (&a->period, &b->period) == 0) &&
         a->unit_id == b->unit_id && !a->subtree == !b->subtree &&
         g_strcmp0 (a->search, b->search) == 0;
}

static void
reload_full (KrPromotionCandidatesView *self, gboolean force)
{
  KrCandidateQuery query = { 0 };

  if (self->filling)
    return;
  read_query (self, &query);
  if (!force && query_equal (&query, kr_promotion_candidate_model_get_query (self->model)))
    return;
  kr_promotion_candidate_model_set_query (self->model, &query);
  _kr_promotion_candidates_count (self);
  _kr_promotion_candidates_update_state (self);
}

static void
reload (KrPromotionCandidatesView *self)
{
  reload_full (self, TRUE);
}

static void
on_query_changed_cb (KrPromotionCandidatesView *self)
{
  reload_full (self, FALSE);
}

static void
on_promotions_changed_cb (KrPromotionRepository *promotions,
                          guint mask,
                          KrPromotionCandidatesView *self)
{
  /* Ticking a document changes no verdict. */
  if (mask & ~KR_PROMOTION_CHANGE_DOCUMENTS)
    reload (self);
}

static void
on_units_changed_cb (KrPromotionCandidatesView *self)
{
  gint64 unit_id = kr_training_unit_dropdown_get_unit (self->unit_dropdown, self->unit_ids);

  self->filling = TRUE;
  kr_training_unit_dropdown_fill (self->unit_dropdown, self->unit_ids, self->database, self->units,
                                  TRUE);
  kr_training_unit_dropdown_set_unit (self->unit_dropdown, self->unit_ids, unit_id);
  self->filling = FALSE;
  reload (self);
}

void
_kr_promotion_candidates_update_state (KrPromotionCandidatesView *self)
{
  KrPagedModel *model = KR_PAGED_MODEL (self->model);
  guint n = kr_paged_model_get_count (model);
  const GError *error = kr_paged_model_get_error (model);
  g_autoptr (GArray) requests = _kr_promotion_candidates_selected_requests (self);
  gboolean any = self->database != NULL && kr_paged_model_get_counted (model) && n > 0;
  g_autofree char *text = NULL;
  g_autofree char *button = NULL;

  if (self->database == NULL)
    text = g_strdup ("");
  else if (!kr_paged_model_get_counted (model))
    text = g_strdup (_ ("Counting…"));
  else
    text = g_strdup_printf (ngettext ("%u employee", "%u employees", n), n);
  gtk_label_set_label (self->count_label, text);
  button =
      requests->len > 0
          ? g_strdup_printf (ngettext ("_Propose %u", "_Propose %u", requests->len), requests->len)
          : g_strdup (_ ("_Propose Selected"));
  gtk_button_set_label (self->propose_button, button);
  gtk_widget_set_sensitive (GTK_WIDGET (self->propose_button),
                            requests->len > 0 && !self->proposing &&
                                kr_promotions_can_write (self->database));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "candidates.export-csv", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "candidates.print", any);

  if (error != NULL)
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      adw_status_page_set_icon_name (self->empty_page, "dialog-warning-symbolic");
      adw_status_page_set_title (self->empty_page, _ ("The Candidates Cannot Be Read"));
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
  adw_status_page_set_title (self->empty_page, _ ("No Candidates"));
  adw_status_page_set_description (
      self->empty_page, _ ("No active PNS of this unit has been a year in their rank by the "
                           "period. Choose another period or unit."));
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
propose_clicked_cb (KrPromotionCandidatesView *self)
{
  kr_promotion_candidates_view_propose_selected (self);
}

GtkWidget *
kr_promotion_candidates_view_show_reasons (KrPromotionCandidatesView *self, guint position)
{
  g_autoptr (KrPromotionItem) item = NULL;
  GtkRoot *root;

  g_return_val_if_fail (KR_IS_PROMOTION_CANDIDATES_VIEW (self), NULL);

  item = g_list_model_get_item (G_LIST_MODEL (self->model), position);
  if (item == NULL)
    return NULL;
  root = gtk_widget_get_root (GTK_WIDGET (self));
  return kr_promotion_reasons_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                          kr_promotion_item_get_candidate (item));
}

static void
on_activate_cb (GtkColumnView *view, guint position, KrPromotionCandidatesView *self)
{
  kr_promotion_candidates_view_show_reasons (self, position);
}

/* Building */

static void
fill_periods (KrPromotionCandidatesView *self)
{
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);

  g_array_unref (self->periods);
  self->periods = kr_promotions_upcoming_periods (N_PERIODS);
  for (guint i = 0; i < self->periods->len; i++)
    {
      g_autofree char *text = kr_promotions_format_date (&g_array_index (self->periods, GDate, i));

      gtk_string_list_append (names, text);
    }
  gtk_drop_down_set_model (self->period_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->period_dropdown, 0);
}

static GtkWidget *
build_toolbar (KrPromotionCandidatesView *self)
{
  GtkWidget *box = gtk_flow_box_new ();
  GtkWidget *first = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *second = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *menu_button = gtk_menu_button_new ();
  g_autoptr (GMenu) menu = g_menu_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (box), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (box), 3);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (box), 12);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);

  self->period_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->period_dropdown), _ ("Period (TMT)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->period_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Period (TMT)"), -1);
  self->unit_dropdown = kr_training_unit_dropdown_new (self->unit_ids);
  gtk_widget_set_hexpand (GTK_WIDGET (self->unit_dropdown), TRUE);
  self->subtree_check = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_ ("_Units below")));
  gtk_check_button_set_active (self->subtree_check, TRUE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->subtree_check),
                               _ ("Include the employees of the units below"));
  gtk_box_append (GTK_BOX (first), GTK_WIDGET (self->unit_dropdown));
  gtk_box_append (GTK_BOX (first), GTK_WIDGET (self->subtree_check));

  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->search_entry), TRUE);
  g_object_set (self->search_entry, "placeholder-text", _ ("Search by name or NIP"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Search candidates"), -1);
  self->propose_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_ ("_Propose Selected")));
  gtk_widget_add_css_class (GTK_WIDGET (self->propose_button), "suggested-action");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->propose_button),
                               _ ("Propose the selected eligible candidates for the period"));
  g_signal_connect_swapped (self->propose_button, "clicked", G_CALLBACK (propose_clicked_cb), self);
  g_menu_append (menu, _ ("_Export as CSV…"), "candidates.export-csv");
  g_menu_append (menu, _ ("_Print…"), "candidates.print");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "document-save-symbolic");
  gtk_widget_set_tooltip_text (menu_button, _ ("Export or print the list"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Export or print the list"), -1);
  gtk_box_append (GTK_BOX (second), GTK_WIDGET (self->search_entry));
  gtk_box_append (GTK_BOX (second), GTK_WIDGET (self->propose_button));
  gtk_box_append (GTK_BOX (second), menu_button);
  /* Three pieces, so that a narrow window stacks them */
  gtk_flow_box_append (GTK_FLOW_BOX (box), GTK_WIDGET (self->period_dropdown));
  gtk_flow_box_append (GTK_FLOW_BOX (box), first);
  gtk_flow_box_append (GTK_FLOW_BOX (box), second);

  g_signal_connect_swapped (self->period_dropdown, "notify::selected",
                            G_CALLBACK (on_query_changed_cb), self);
  g_signal_connect_swapped (self->unit_dropdown, "notify::selected",
                            G_CALLBACK (on_query_changed_cb), self);
  g_signal_connect_swapped (self->subtree_check, "toggled", G_CALLBACK (on_query_changed_cb), self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (on_query_changed_cb),
                            self);
  return box;
}

static GtkWidget *
build_list (KrPromotionCandidatesView *self)
{
  GtkWidget *scroll = gtk_scrolled_window_new ();
  GtkColumnView *view;

  self->selection = gtk_multi_selection_new (G_LIST_MODEL (g_object_ref (self->model)));
  g_signal_connect_swapped (self->selection, "selection-changed",
                            G_CALLBACK (_kr_promotion_candidates_update_state), self);
  view =
      GTK_COLUMN_VIEW (gtk_column_view_new (g_object_ref (GTK_SELECTION_MODEL (self->selection))));
  gtk_widget_add_css_class (GTK_WIDGET (view), "data-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Promotion candidates"), -1);
  kr_promotion_candidate_columns_add (view);
  g_signal_connect (view, "activate", G_CALLBACK (on_activate_cb), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), GTK_WIDGET (view));
  gtk_widget_set_vexpand (scroll, TRUE);
  return scroll;
}

static void
build (KrPromotionCandidatesView *self)
{
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  self->count_label = kr_training_count_label_new ();
  self->verdicts_label = kr_training_count_label_new ();
  gtk_label_set_ellipsize (self->verdicts_label, PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (labels), GTK_WIDGET (self->count_label));
  gtk_box_append (GTK_BOX (labels), GTK_WIDGET (self->verdicts_label));
  adw_bin_set_child (ADW_BIN (self),
                     kr_training_list_page_new (build_toolbar (self), labels, build_list (self),
                                                &self->stack, &self->empty_page));
}

/* API */

GtkWidget *
kr_promotion_candidates_view_new (void)
{
  return g_object_new (KR_TYPE_PROMOTION_CANDIDATES_VIEW, NULL);
}

void
kr_promotion_candidates_view_set_repositories (KrPromotionCandidatesView *self,
                                               KrDatabase *database,
                                               KrPromotionRepository *promotions,
                                               KrUnitRepository *units)
{
  g_return_if_fail (KR_IS_PROMOTION_CANDIDATES_VIEW (self));

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

gboolean
kr_promotion_candidates_view_set_filter (KrPromotionCandidatesView *self,
                                         const GDate *period,
                                         gint64 unit_id,
                                         gboolean subtree,
                                         const char *search)
{
  guint found = G_MAXUINT;

  g_return_val_if_fail (KR_IS_PROMOTION_CANDIDATES_VIEW (self), FALSE);
  g_return_val_if_fail (period != NULL, FALSE);

  for (guint i = 0; i < self->periods->len; i++)
    if (g_date_compare (&g_array_index (self->periods, GDate, i), period) == 0)
      found = i;
  if (found == G_MAXUINT)
    return FALSE;
  self->filling = TRUE;
  gtk_drop_down_set_selected (self->period_dropdown, found);
  kr_training_unit_dropdown_set_unit (self->unit_dropdown, self->unit_ids, unit_id);
  gtk_check_button_set_active (self->subtree_check, subtree);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), search != NULL ? search : "");
  self->filling = FALSE;
  reload (self);
  return TRUE;
}

GListModel *
kr_promotion_candidates_view_get_model (KrPromotionCandidatesView *self)
{
  g_return_val_if_fail (KR_IS_PROMOTION_CANDIDATES_VIEW (self), NULL);
  return G_LIST_MODEL (self->model);
}

GtkSelectionModel *
kr_promotion_candidates_view_get_selection (KrPromotionCandidatesView *self)
{
  g_return_val_if_fail (KR_IS_PROMOTION_CANDIDATES_VIEW (self), NULL);
  return GTK_SELECTION_MODEL (self->selection);
}

const char *
kr_promotion_candidates_view_get_count_label (KrPromotionCandidatesView *self)
{
  g_return_val_if_fail (KR_IS_PROMOTION_CANDIDATES_VIEW (self), NULL);
  return gtk_label_get_label (self->count_label);
}

const char *
kr_promotion_candidates_view_get_verdicts_label (KrPromotionCandidatesView *self)
{
  g_return_val_if_fail (KR_IS_PROMOTION_CANDIDATES_VIEW (self), NULL);
  return gtk_label_get_label (self->verdicts_label);
}

gboolean
kr_promotion_candidates_view_get_busy (KrPromotionCandidatesView *self)
{
  KrPagedModel *model;

  g_return_val_if_fail (KR_IS_PROMOTION_CANDIDATES_VIEW (self), FALSE);
  model = KR_PAGED_MODEL (self->model);
  return self->counting != NULL || self->proposing ||
         (self->database != NULL &&
          (!kr_paged_model_get_counted (model) || kr_paged_model_get_loading (model)));
}

static void
kr_promotion_candidates_view_dispose (GObject *object)
{
  KrPromotionCandidatesView *self = KR_PROMOTION_CANDIDATES_VIEW (object);

  if (self->counting != NULL)
    g_cancellable_cancel (self->counting);
  g_clear_object (&self->counting);
  if (self->promotions != NULL)
    g_signal_handlers_disconnect_by_func (self->promotions, on_promotions_changed_cb, self);
  if (self->units != NULL)
    g_signal_handlers_disconnect_by_func (self->units, on_units_changed_cb, self);
  if (self->model != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->model, _kr_promotion_candidates_update_state,
                                            self);
      kr_paged_model_set_database (KR_PAGED_MODEL (self->model), NULL);
    }
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, _kr_promotion_candidates_update_state,
                                          self);
  g_clear_object (&self->promotions);
  g_clear_object (&self->units);
  g_clear_object (&self->database);
  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (kr_promotion_candidates_view_parent_class)->dispose (object);
}

static void
kr_promotion_candidates_view_finalize (GObject *object)
{
  KrPromotionCandidatesView *self = KR_PROMOTION_CANDIDATES_VIEW (object);

  g_array_unref (self->unit_ids);
  g_array_unref (self->periods);

  G_OBJECT_CLASS (kr_promotion_candidates_view_parent_class)->finalize (object);
}

static void
kr_promotion_candidates_view_class_init (KrPromotionCandidatesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_promotion_candidates_view_dispose;
  object_class->finalize = kr_promotion_candidates_view_finalize;
  gtk_widget_class_install_action (widget_class, "candidates.export-csv", NULL,
                                   _kr_promotion_candidates_export_cb);
  gtk_widget_class_install_action (widget_class, "candidates.print", NULL,
                                   _kr_promotion_candidates_print_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "candidates.print", NULL);
}

static void
kr_promotion_candidates_view_init (KrPromotionCandidatesView *self)
{
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->periods = g_array_new (FALSE, FALSE, sizeof (GDate));
  self->model = kr_promotion_candidate_model_new ();
  g_signal_connect_swapped (self->model, "notify::count",
                            G_CALLBACK (_kr_promotion_candidates_update_state), self);
  g_signal_connect_swapped (self->model, "notify::complete",
                            G_CALLBACK (_kr_promotion_candidates_update_state), self);
  g_signal_connect_swapped (self->model, "notify::loading",
                            G_CALLBACK (_kr_promotion_candidates_update_state), self);
  build (self);
  fill_periods (self);
  _kr_promotion_candidates_update_state (self);
}
