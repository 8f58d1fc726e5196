/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-promotion-retirement-view"

#include "config.h"

#include "kr-promotion-retirement-view.h"

#include <glib/gi18n.h>

#include "kr-date.h"
#include "kr-nip.h"
#include "kr-promotion-models.h"
#include "kr-promotions-common.h"
#include "kr-training-widgets.h"

typedef enum
{
  COLUMN_NAME,
  COLUMN_POSITION,
  COLUMN_BUP,
  COLUMN_TMT,
  COLUMN_DEADLINE,
  COLUMN_LEFT,
  N_COLUMNS
} Column;

struct _KrPromotionRetirementView
{
  AdwBin parent_instance;

  KrDatabase *database;
  KrPromotionRepository *promotions;
  KrUnitRepository *units;
  GListStore *store;
  GArray *unit_ids;
  GCancellable *cancellable;
  gboolean loading;
  gboolean filling;

  GtkToggleButton *months_12;
  GtkToggleButton *months_24;
  GtkDropDown *unit_dropdown;
  GtkLabel *count_label;
  GtkStack *stack;
  AdwStatusPage *empty_page;
};

G_DEFINE_FINAL_TYPE (KrPromotionRetirementView, kr_promotion_retirement_view, ADW_TYPE_BIN)

/* Reading, in a worker */

typedef struct
{
  guint months;
  gint64 unit_id;
} Request;

static gpointer
read_retirements (KrPromotionRepository *repository,
                  gpointer data,
                  GCancellable *cancellable,
                  GError **error)
{
  const Request *request = data;
  GDate today;

  kr_date_today (NULL, &today);
  return kr_promotion_repository_list_retirements (repository, &today, request->months,
                                                   request->unit_id, TRUE, error);
}

static void
show_status (KrPromotionRetirementView *self,
             const char *icon,
             const char *title,
             const char *description)
{
  g_autofree char *markup = g_markup_escape_text (description, -1);

  adw_status_page_set_icon_name (self->empty_page, icon);
  adw_status_page_set_title (self->empty_page, title);
  adw_status_page_set_description (self->empty_page, markup);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
read_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrPromotionRetirementView *self;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = kr_promotion_read_job_finish (result, &error);
  g_autofree char *text = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = KR_PROMOTION_RETIREMENT_VIEW (source);
  self->loading = FALSE;
  g_list_store_remove_all (self->store);
  if (rows == NULL)
    {
      gtk_label_set_label (self->count_label, "");
      show_status (self, "dialog-warning-symbolic", _ ("The Retirements Cannot Be Read"),
                   error->message);
      return;
    }
  {
    g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

    g_ptr_array_set_free_func (rows, NULL);
    for (guint i = 0; i < rows->len; i++)
      g_ptr_array_add (items, kr_promotion_item_new_retirement (g_ptr_array_index (rows, i)));
    g_list_store_splice (self->store, 0, 0, items->pdata, items->len);
  }
  text = g_strdup_printf (ngettext ("%u employee", "%u employees", rows->len), rows->len);
  gtk_label_set_label (self->count_label, text);
  if (rows->len == 0)
    show_status (self, "emblem-ok-symbolic", _ ("No Retirements"),
                 _ ("No employee of this unit reaches their retirement age in this time."));
  else
    gtk_stack_set_visible_child_name (self->stack, "list");
}

static guint
get_months (KrPromotionRetirementView *self)
{
  return gtk_toggle_button_get_active (self->months_24) ? 24 : 12;
}

static void
reload (KrPromotionRetirementView *self)
{
  Request *request;

  if (self->filling)
    return;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_list_store_remove_all (self->store);
  if (self->promotions == NULL)
    {
      self->loading = FALSE;
      gtk_label_set_label (self->count_label, "");
      return;
    }
  request = g_new0 (Request, 1);
  request->months = get_months (self);
  request->unit_id = kr_training_unit_dropdown_get_unit (self->unit_dropdown, self->unit_ids);
  self->loading = TRUE;
  self->cancellable = g_cancellable_new ();
  gtk_label_set_label (self->count_label, _ ("Reading…"));
  kr_promotion_read_job_run (self, self->promotions, read_retirements, request, g_free,
                             (GDestroyNotify) g_ptr_array_unref, self->cancellable, read_done_cb,
                             NULL);
}

static void
on_units_changed_cb (KrPromotionRetirementView *self)
{
  gint64 unit_id = kr_training_unit_dropdown_get_unit (self->unit_dropdown, self->unit_ids);

  self->filling = TRUE;
  kr_training_unit_dropdown_fill (self->unit_dropdown, self->unit_ids, self->database, self->units,
                                  TRUE);
  kr_training_unit_dropdown_set_unit (self->unit_dropdown, self->unit_ids, unit_id);
  self->filling = FALSE;
  reload (self);
}

static void
on_promotions_changed_cb (KrPromotionRepository *promotions,
                          guint mask,
                          KrPromotionRetirementView *self)
{
  if (mask & KR_PROMOTION_CHANGE_RANKS)
    reload (self);
}

/* Cells */

static void
setup_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer user_data)
{
  Column column = GPOINTER_TO_UINT (user_data);
  GtkWidget *child;

  if (column == COLUMN_NAME || column == COLUMN_POSITION)
    {
      GtkWidget *top = gtk_inscription_new (NULL);
      GtkWidget *bottom = gtk_inscription_new (NULL);

      child = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (top), 16);
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (top), 28);
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (bottom), 16);
      /* A unit's long name must not push the dates out of sight: it ends in "…" */
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (bottom), 28);
      gtk_widget_add_css_class (bottom, "dim-label");
      gtk_widget_add_css_class (bottom, "caption");
      gtk_box_append (GTK_BOX (child), top);
      gtk_box_append (GTK_BOX (child), bottom);
    }
  else
    {
      child = gtk_inscription_new (NULL);
      /* Room for "22 September 2027", "1 March 2027 (passed)" and "11 months" */
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (child), column == COLUMN_BUP    ? 3
                                                              : column == COLUMN_LEFT ? 10
                                                              : column == COLUMN_TMT  ? 17
                                                                                      : 24);
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (child), column == COLUMN_TMT        ? 18
                                                              : column == COLUMN_DEADLINE ? 26
                                                                                          : 0);
      if (column == COLUMN_BUP || column == COLUMN_LEFT)
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
  const KrRetirement *r = kr_promotion_item_get_retirement (gtk_list_item_get_item (list_item));
  GtkWidget *child = gtk_list_item_get_child (list_item);
  g_autofree char *text = NULL;

  switch ((Column) GPOINTER_TO_UINT (user_data))
    {
    case COLUMN_NAME:
      text = kr_nip_format_digits (r->nip);
      set_two_lines (child, r->name, text);
      break;
    case COLUMN_POSITION:
      set_two_lines (child, r->position_name != NULL ? r->position_name : "—",
                     r->unit_name != NULL ? r->unit_name : "—");
      break;
    case COLUMN_BUP:
      text = g_strdup_printf ("%u", r->bup_years);
      gtk_inscription_set_text (GTK_INSCRIPTION (child), text);
      break;
    case COLUMN_TMT:
      text = kr_promotions_format_date (&r->tmt_pensiun);
      gtk_inscription_set_text (GTK_INSCRIPTION (child), text);
      break;
    case COLUMN_DEADLINE:
      text = kr_promotions_format_date (&r->deadline);
      if (r->overdue)
        {
          g_autofree char *date = g_steal_pointer (&text);

          /* Translators: a proposal deadline that has passed */
          text = g_strdup_printf (_ ("%s (passed)"), date);
          gtk_widget_add_css_class (child, "error");
        }
      else
        gtk_widget_remove_css_class (child, "error");
      gtk_inscription_set_text (GTK_INSCRIPTION (child), text);
      break;
    case COLUMN_LEFT:
      text = g_strdup_printf (ngettext ("%u month", "%u months", r->months_left), r->months_left);
      gtk_inscription_set_text (GTK_INSCRIPTION (child), text);
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

/* Building */

static GtkWidget *
build_toolbar (KrPromotionRetirementView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *linked = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_add_css_class (linked, "linked");
  self->months_12 = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_mnemonic (_ ("_12 months")));
  self->months_24 = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_mnemonic (_ ("_24 months")));
  gtk_toggle_button_set_group (self->months_24, self->months_12);
  gtk_toggle_button_set_active (self->months_12, TRUE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->months_12), _ ("Retiring within 12 months"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->months_24), _ ("Retiring within 24 months"));
  gtk_box_append (GTK_BOX (linked), GTK_WIDGET (self->months_12));
  gtk_box_append (GTK_BOX (linked), GTK_WIDGET (self->months_24));
  self->unit_dropdown = kr_training_unit_dropdown_new (self->unit_ids);
  gtk_widget_set_hexpand (GTK_WIDGET (self->unit_dropdown), TRUE);
  gtk_box_append (GTK_BOX (box), linked);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->unit_dropdown));
  g_signal_connect_swapped (self->months_24, "toggled", G_CALLBACK (reload), self);
  g_signal_connect_swapped (self->unit_dropdown, "notify::selected", G_CALLBACK (reload), self);
  return box;
}

static void
build (KrPromotionRetirementView *self)
{
  GtkWidget *scroll = gtk_scrolled_window_new ();
  GtkNoSelection *selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->store)));
  GtkColumnView *view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (selection)));

  gtk_widget_add_css_class (GTK_WIDGET (view), "data-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Retirements"), -1);
  add_column (view, COLUMN_NAME, _ ("Name"), TRUE);
  add_column (view, COLUMN_POSITION, _ ("Position"), TRUE);
  add_column (view, COLUMN_BUP, _ ("BUP"), FALSE);
  add_column (view, COLUMN_TMT, _ ("Retires (TMT)"), FALSE);
  add_column (view, COLUMN_DEADLINE, _ ("Propose by"), FALSE);
  add_column (view, COLUMN_LEFT, _ ("Left"), FALSE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), GTK_WIDGET (view));
  gtk_widget_set_vexpand (scroll, TRUE);
  self->count_label = kr_training_count_label_new ();
  adw_bin_set_child (ADW_BIN (self), kr_training_list_page_new (
                                         build_toolbar (self), GTK_WIDGET (self->count_label),
                                         scroll, &self->stack, &self->empty_page));
}

/* API */

GtkWidget *
kr_promotion_retirement_view_new (void)
{
  return g_object_new (KR_TYPE_PROMOTION_RETIREMENT_VIEW, NULL);
}

void
kr_promotion_retirement_view_set_repositories (KrPromotionRetirementView *self,
                                               KrDatabase *database,
                                               KrPromotionRepository *promotions,
                                               KrUnitRepository *units)
{
  g_return_if_fail (KR_IS_PROMOTION_RETIREMENT_VIEW (self));

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
  kr_training_unit_dropdown_fill (self->unit_dropdown, self->unit_ids, database, units, TRUE);
  self->filling = FALSE;
  reload (self);
}

void
kr_promotion_retirement_view_set_filter (KrPromotionRetirementView *self,
                                         guint months,
                                         gint64 unit_id)
{
  g_return_if_fail (KR_IS_PROMOTION_RETIREMENT_VIEW (self));
  g_return_if_fail (months == 12 || months == 24);

  self->filling = TRUE;
  gtk_toggle_button_set_active (months == 24 ? self->months_24 : self->months_12, TRUE);
  kr_training_unit_dropdown_set_unit (self->unit_dropdown, self->unit_ids, unit_id);
  self->filling = FALSE;
  reload (self);
}

GListModel *
kr_promotion_retirement_view_get_model (KrPromotionRetirementView *self)
{
  g_return_val_if_fail (KR_IS_PROMOTION_RETIREMENT_VIEW (self), NULL);
  return G_LIST_MODEL (self->store);
}

gboolean
kr_promotion_retirement_view_get_loading (KrPromotionRetirementView *self)
{
  g_return_val_if_fail (KR_IS_PROMOTION_RETIREMENT_VIEW (self), FALSE);
  return self->loading;
}

const char *
kr_promotion_retirement_view_get_count_label (KrPromotionRetirementView *self)
{
  g_return_val_if_fail (KR_IS_PROMOTION_RETIREMENT_VIEW (self), NULL);
  return gtk_label_get_label (self->count_label);
}

static void
kr_promotion_retirement_view_dispose (GObject *object)
{
  KrPromotionRetirementView *self = KR_PROMOTION_RETIREMENT_VIEW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->promotions != NULL)
    g_signal_handlers_disconnect_by_func (self->promotions, on_promotions_changed_cb, self);
  if (self->units != NULL)
    g_signal_handlers_disconnect_by_func (self->units, on_units_changed_cb, self);
  g_clear_object (&self->promotions);
  g_clear_object (&self->units);
  g_clear_object (&self->database);
  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (kr_promotion_retirement_view_parent_class)->dispose (object);
}

static void
kr_promotion_retirement_view_finalize (GObject *object)
{
  g_array_unref (KR_PROMOTION_RETIREMENT_VIEW (object)->unit_ids);

  G_OBJECT_CLASS (kr_promotion_retirement_view_parent_class)->finalize (object);
}

static void
kr_promotion_retirement_view_class_init (KrPromotionRetirementViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kr_promotion_retirement_view_dispose;
  object_class->finalize = kr_promotion_retirement_view_finalize;
}

static void
kr_promotion_retirement_view_init (KrPromotionRetirementView *self)
{
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->store = g_list_store_new (KR_TYPE_PROMOTION_ITEM);
  build (self);
}
