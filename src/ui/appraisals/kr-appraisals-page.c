/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-appraisals-page"

#include "config.h"

#include "kr-appraisals-page-private.h"

#include <glib/gi18n.h>

#include "kr-appraisal-format.h"
#include "kr-date.h"
#include "kr-nip.h"

typedef enum
{
  COLUMN_NIP,
  COLUMN_NAME,
  COLUMN_POSITION,
  COLUMN_UNIT,
  COLUMN_PERIOD,
  COLUMN_STATE,
  COLUMN_PREDIKAT,
  COLUMN_APPRAISER,
  N_COLUMNS
} Column;

G_DEFINE_FINAL_TYPE (KrAppraisalsPage, kr_appraisals_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_FOLDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void open_pending (KrAppraisalsPage *self);

/* Cells */

static void
setup_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  GtkWidget *child;

  if (column == COLUMN_STATE || column == COLUMN_PREDIKAT)
    {
      child = gtk_label_new (NULL);
      gtk_widget_set_halign (child, GTK_ALIGN_START);
    }
  else
    {
      child = gtk_inscription_new (NULL);
      gtk_inscription_set_text_overflow (GTK_INSCRIPTION (child),
                                         GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
      if (column == COLUMN_NIP)
        gtk_widget_add_css_class (child, "numeric");
    }
  gtk_list_item_set_child (item, child);
}

static char *
cell_text (const KrAppraisalRow *row, Column column)
{
  switch (column)
    {
    case COLUMN_NIP:
      return kr_nip_format_digits (row->nip);
    case COLUMN_NAME:
      return g_strdup (row->name);
    case COLUMN_POSITION:
      return g_strdup (row->position_name);
    case COLUMN_UNIT:
      return g_strdup (row->unit_name);
    case COLUMN_PERIOD:
      return kr_appraisal_period_dup_label (row->cycle, row->period);
    case COLUMN_APPRAISER:
      return g_strdup (row->appraiser_name);
    case COLUMN_STATE:
    case COLUMN_PREDIKAT:
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  KrAppraisalItem *appraisal = gtk_list_item_get_item (item);
  GtkWidget *child = gtk_list_item_get_child (item);
  const KrAppraisalRow *row;
  g_autofree char *text = NULL;

  if (appraisal == NULL)
    return;
  row = kr_appraisal_item_get_row (appraisal);
  if (column == COLUMN_STATE)
    kr_appraisal_format_state_pill (GTK_LABEL (child), row->state);
  else if (column == COLUMN_PREDIKAT)
    {
      kr_appraisal_format_predikat_badge (GTK_LABEL (child), row->has_predikat, row->predikat);
      if (!row->has_predikat)
        gtk_label_set_text (GTK_LABEL (child), "—");
    }
  else
    {
      text = cell_text (row, column);
      gtk_inscription_set_text (GTK_INSCRIPTION (child), text);
    }
}

static void
add_column (KrAppraisalsPage *self, Column column, const char *title, guint chars, gboolean expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GINT_TO_POINTER (column));
  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, expand);
  /* Every column starts wide enough for its usual text; those that expand share what is left,
   * and a narrow window scrolls sideways rather than cutting names to three letters. */
  gtk_column_view_column_set_fixed_width (view_column, (int) chars * 8);
  gtk_column_view_append_column (self->column_view, view_column);
  g_object_unref (view_column);
}

static void
build_columns (KrAppraisalsPage *self)
{
  /* Who, which period and where it stands first; where they work after, for wide windows */
  add_column (self, COLUMN_NIP, _ ("NIP"), 23, FALSE);
  add_column (self, COLUMN_NAME, _ ("Name"), 20, TRUE);
  add_column (self, COLUMN_PERIOD, _ ("Period"), 13, FALSE);
  add_column (self, COLUMN_STATE, _ ("State"), 11, FALSE);
  add_column (self, COLUMN_PREDIKAT, _ ("Predikat"), 16, FALSE);
  add_column (self, COLUMN_POSITION, _ ("Position"), 14, TRUE);
  add_column (self, COLUMN_UNIT, _ ("Unit"), 12, TRUE);
  add_column (self, COLUMN_APPRAISER, _ ("Appraiser"), 14, TRUE);
}

/* The query */

guint
_kr_appraisals_page_get_year (KrAppraisalsPage *self)
{
  return (guint) gtk_spin_button_get_value_as_int (self->year_spin);
}

gint64
_kr_appraisals_page_get_unit (KrAppraisalsPage *self)
{
  guint index = gtk_drop_down_get_selected (self->unit_dropdown);

  if (index == GTK_INVALID_LIST_POSITION || index >= self->unit_ids->len)
    return 0;
  return g_array_index (self->unit_ids, gint64, index);
}

static void
read_query (KrAppraisalsPage *self, KrAppraisalQuery *query)
{
  guint period = gtk_drop_down_get_selected (self->period_dropdown);
  guint state = gtk_drop_down_get_selected (self->state_dropdown);
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  *query = (KrAppraisalQuery){ 0 };
  query->year = _kr_appraisals_page_get_year (self);
  /* Item 0 is every period, item 1 the annual evaluation (period 0), then the periods. */
  query->period = period == 0 || period == GTK_INVALID_LIST_POSITION ? -1 : (int) period - 1;
  query->unit_id = _kr_appraisals_page_get_unit (self);
  query->states = state == 0 || state == GTK_INVALID_LIST_POSITION ? 0 : 1u << (state - 1);
  query->search = search[0] != '\0' ? search : NULL;
  query->to_review = gtk_toggle_button_get_active (self->review_button);
}

/* Whether anything beyond the year (and the period) narrows the list; the first unit (every
 * unit, or the one a unit head leads) narrows nothing. */
static gboolean
has_filter (KrAppraisalsPage *self, const KrAppraisalQuery *query)
{
  gint64 first = self->unit_ids->len > 0 ? g_array_index (self->unit_ids, gint64, 0) : 0;

  return query->unit_id != first || query->states != 0 || query->search != NULL;
}

static void
update_state (KrAppraisalsPage *self)
{
  const KrAppraisalQuery *query;
  g_autofree char *number = NULL;
  g_autofree char *count = NULL;
  const GError *error;
  guint n;

  if (self->model == NULL)
    {
      adw_window_title_set_subtitle (self->list_title, NULL);
      return;
    }

  query = kr_appraisal_model_get_query (self->model);
  if (!kr_appraisal_model_get_counted (self->model))
    {
      adw_window_title_set_subtitle (self->list_title, _ ("Counting…"));
      return;
    }

  n = kr_appraisal_model_get_count (self->model);
  number = g_strdup_printf ("%'u", n);
  count = g_strdup_printf (ngettext ("%s evaluation", "%s evaluations", n), number);
  adw_window_title_set_subtitle (self->list_title, count);

  error = kr_appraisal_model_get_error (self->model);
  if (error != NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->list_stack, "error");
    }
  else if (n > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else if (query->to_review && !has_filter (self, query))
    gtk_stack_set_visible_child_name (self->list_stack, "review-empty");
  else if (!has_filter (self, query) && !query->to_review)
    {
      g_autofree char *title = g_strdup_printf (_ ("No Appraisals Started for %u"), query->year);

      adw_status_page_set_title (self->empty_page, title);
      gtk_stack_set_visible_child_name (self->list_stack, "empty");
    }
  else
    gtk_stack_set_visible_child_name (self->list_stack, "no-results");
}

static void
on_model_notify_cb (KrAppraisalsPage *self)
{
  update_state (self);
  if (self->model != NULL && !kr_appraisal_model_get_loading (self->model))
    open_pending (self);
}

static void
apply_query (KrAppraisalsPage *self)
{
  KrAppraisalQuery query;

  if (self->model == NULL || self->filling)
    return;
  read_query (self, &query);
  kr_appraisal_model_set_query (self->model, &query);
  update_state (self);
}

/* The review badge: how many evaluations wait for the signed-in account this year. */

static void
badge_counted_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;
  KrAppraisalsPage *self;
  g_autofree char *text = NULL;
  guint count = 0;

  if (!kr_appraisal_count_finish (result, &count, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = KR_APPRAISALS_PAGE (user_data);
  g_clear_object (&self->badge_cancellable);
  text = g_strdup_printf ("%u", count);
  gtk_label_set_text (self->review_badge, text);
  gtk_widget_set_visible (GTK_WIDGET (self->review_badge), error == NULL && count > 0);
}

static void
update_badge (KrAppraisalsPage *self)
{
  KrAppraisalQuery query = { 0 };

  if (self->badge_cancellable != NULL)
    g_cancellable_cancel (self->badge_cancellable);
  g_clear_object (&self->badge_cancellable);
  if (self->database == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->review_badge), FALSE);
      return;
    }
  query.year = _kr_appraisals_page_get_year (self);
  query.period = -1;
  query.to_review = TRUE;
  self->badge_cancellable = g_cancellable_new ();
  /* The page outlives the count: the cancellable is cancelled in dispose. */
  kr_appraisal_count_async (self->database, &query, self->badge_cancellable, badge_counted_cb,
                            self);
}

void
_kr_appraisals_page_reload (KrAppraisalsPage *self)
{
  if (self->model != NULL)
    kr_appraisal_model_reload (self->model);
  update_badge (self);
  update_state (self);
}

/* Filters */

static void
fill_periods (KrAppraisalsPage *self)
{
  g_autoptr (GtkStringList) periods = gtk_string_list_new (NULL);
  guint selected = gtk_drop_down_get_selected (self->period_dropdown);
  guint n = kr_appraisal_cycle_get_n_periods (self->cycle);
  g_autofree char *annual_label = kr_appraisal_period_dup_label (self->cycle, 0);
  /* Translators: the annual evaluation in the period filter; %s is its official name, AKHIR */
  g_autofree char *annual = g_strdup_printf (_ ("Annual (%s)"), annual_label);

  gtk_string_list_append (periods, _ ("All periods"));
  gtk_string_list_append (periods, annual);
  for (guint i = 1; i <= n; i++)
    {
      g_autofree char *label = kr_appraisal_period_dup_label (self->cycle, i);

      gtk_string_list_append (periods, label);
    }
  self->filling = TRUE;
  gtk_drop_down_set_model (self->period_dropdown, G_LIST_MODEL (periods));
  gtk_drop_down_set_selected (self->period_dropdown,
                              selected != GTK_INVALID_LIST_POSITION && selected < n + 2 ? selected
                                                                                        : 0);
  self->filling = FALSE;
}

static void
read_cycle (KrAppraisalsPage *self)
{
  KrIdentity *identity = self->database != NULL ? kr_database_get_identity (self->database) : NULL;
  KrAppraisalCycle cycle = KR_APPRAISAL_CYCLE_DEFAULT;
  gint64 unit;

  if (self->repository != NULL)
    {
      unit = kr_appraisal_format_cycle_unit (self->units, identity,
                                             _kr_appraisals_page_get_unit (self));
      if (unit != 0 && !kr_appraisal_repository_get_cycle (self->repository, unit, &cycle, NULL))
        cycle = KR_APPRAISAL_CYCLE_DEFAULT;
    }
  if (cycle != self->cycle || gtk_drop_down_get_model (self->period_dropdown) == NULL)
    {
      self->cycle = cycle;
      fill_periods (self);
    }
}

static void
fill_units (KrAppraisalsPage *self)
{
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr (GError) error = NULL;
  KrIdentity *identity = self->database != NULL ? kr_database_get_identity (self->database) : NULL;
  gint64 all = 0;

  g_array_set_size (self->unit_ids, 0);
  if (self->units == NULL ||
      !kr_appraisal_format_list_units (self->units, identity, _ ("All units"), names,
                                       self->unit_ids, &error))
    {
      if (error != NULL)
        g_warning ("Could not list units: %s", error->message);
      g_array_set_size (self->unit_ids, 0);
      names = gtk_string_list_new (NULL);
      gtk_string_list_append (names, _ ("All units"));
      g_array_append_val (self->unit_ids, all);
    }
  self->filling = TRUE;
  gtk_drop_down_set_model (self->unit_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->unit_dropdown, 0);
  self->filling = FALSE;
}

static void
fill_states (KrAppraisalsPage *self)
{
  g_autoptr (GtkStringList) states = gtk_string_list_new (NULL);

  gtk_string_list_append (states, _ ("Any state"));
  for (guint i = 0; i < KR_N_APPRAISAL_STATES; i++)
    gtk_string_list_append (states, kr_appraisal_state_get_label ((KrAppraisalState) i));
  gtk_drop_down_set_model (self->state_dropdown, G_LIST_MODEL (states));
}

static void
on_filter_changed_cb (KrAppraisalsPage *self)
{
  apply_query (self);
}

static void
on_unit_changed_cb (KrAppraisalsPage *self)
{
  if (self->filling)
    return;
  read_cycle (self);
  apply_query (self);
}

static void
on_year_changed_cb (KrAppraisalsPage *self)
{
  if (self->filling)
    return;
  apply_query (self);
  update_badge (self);
}

static void
on_search_activate_cb (KrAppraisalsPage *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
set_current_year (KrAppraisalsPage *self)
{
  GDate today;

  kr_date_today (NULL, &today);
  self->filling = TRUE;
  gtk_spin_button_set_value (self->year_spin, g_date_get_year (&today));
  self->filling = FALSE;
}

static void
clear_filters_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrAppraisalsPage *self = KR_APPRAISALS_PAGE (widget);

  self->filling = TRUE;
  gtk_drop_down_set_selected (self->unit_dropdown, 0);
  gtk_drop_down_set_selected (self->state_dropdown, 0);
  gtk_drop_down_set_selected (self->period_dropdown, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  self->filling = FALSE;
  read_cycle (self);
  apply_query (self);
}

static void
show_all_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  gtk_toggle_button_set_active (KR_APPRAISALS_PAGE (widget)->review_button, FALSE);
}

static void
toggle_review_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrAppraisalsPage *self = KR_APPRAISALS_PAGE (widget);

  gtk_toggle_button_set_active (self->review_button,
                                !gtk_toggle_button_get_active (self->review_button));
}

static void
search_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrAppraisalsPage *self = KR_APPRAISALS_PAGE (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->list_page);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Opening an evaluation, and moving through the list (the review queue) from the editor. */

gboolean
kr_appraisals_page_open (KrAppraisalsPage *self, guint position)
{
  g_autoptr (KrAppraisalItem) item = NULL;
  g_autoptr (GError) error = NULL;
  const KrAppraisalRow *row;

  g_return_val_if_fail (KR_IS_APPRAISALS_PAGE (self), FALSE);

  if (self->model == NULL)
    return FALSE;
  item = g_list_model_get_item (G_LIST_MODEL (self->model), position);
  if (item == NULL)
    return FALSE;
  row = kr_appraisal_item_get_row (item);
  if (!kr_appraisal_editor_load (self->editor, row->appraisal_id, row->evaluation_id, &error))
    {
      g_autofree char *message = g_markup_escape_text (error->message, -1);

      gtk_widget_activate_action (GTK_WIDGET (self), "win.show-toast", "s", message);
      return FALSE;
    }
  self->open_position = position;
  gtk_single_selection_set_selected (self->selection, position);
  kr_appraisal_editor_set_queue (self->editor, position,
                                 kr_appraisal_model_get_count (self->model));
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->editor));
  return TRUE;
}

static void
on_row_activated_cb (KrAppraisalsPage *self, guint position)
{
  kr_appraisals_page_open (self, position);
}

/* Opens what the editor asked for once the list has been read again: after Mark Reviewed
 * the evaluation leaves the review queue, and the next one takes its place. */
static void
open_pending (KrAppraisalsPage *self)
{
  int position = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (self), "pending-open")) - 1;
  guint n;

  if (position < 0)
    return;
  g_object_set_data (G_OBJECT (self), "pending-open", NULL);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  if ((guint) position < n)
    kr_appraisals_page_open (self, (guint) position);
  else
    {
      adw_leaflet_set_visible_child (self->leaflet, self->list_page);
      gtk_widget_activate_action (GTK_WIDGET (self), "win.show-toast", "s",
                                  _ ("That was the last one in the list"));
    }
}

static void
move_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrAppraisalsPage *self = KR_APPRAISALS_PAGE (widget);
  int step = g_variant_get_int32 (parameter);
  guint n;

  if (self->model == NULL || adw_leaflet_get_visible_child (self->leaflet) == self->list_page)
    return;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  if (step < 0 && self->open_position == 0)
    return;
  if (step > 0 && self->open_position + 1 >= n)
    {
      gtk_widget_activate_action (widget, "win.show-toast", "s",
                                  _ ("That was the last one in the list"));
      return;
    }
  kr_appraisals_page_open (self, self->open_position + step);
}

/* The editor took a step that may take the evaluation out of the list: read it again, then
 * open the one after it (in the review queue, the one now at its place). */
static void
next_after_change_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrAppraisalsPage *self = KR_APPRAISALS_PAGE (widget);
  guint next;

  if (self->model == NULL)
    return;
  next = kr_appraisal_model_get_query (self->model)->to_review ? self->open_position
                                                               : self->open_position + 1;
  g_object_set_data (G_OBJECT (self), "pending-open", GINT_TO_POINTER ((int) next + 1));
  _kr_appraisals_page_reload (self);
}

static void
show_list_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrAppraisalsPage *self = KR_APPRAISALS_PAGE (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->list_page);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/* The repositories */

static void
on_repository_changed_cb (KrAppraisalRepository *repository,
                          gint64 appraisal_id,
                          KrAppraisalsPage *self)
{
  _kr_appraisals_page_reload (self);
}

void
kr_appraisals_page_set_repositories (KrAppraisalsPage *self,
                                     KrDatabase *database,
                                     KrAppraisalRepository *appraisals,
                                     KrEmployeeRepository *employees,
                                     KrUnitRepository *units)
{
  KrIdentity *identity;

  g_return_if_fail (KR_IS_APPRAISALS_PAGE (self));
  g_return_if_fail (appraisals == NULL || KR_IS_APPRAISAL_REPOSITORY (appraisals));

  if (self->repository != NULL)
    g_signal_handlers_disconnect_by_func (self->repository, on_repository_changed_cb, self);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_model_notify_cb, self);
  gtk_single_selection_set_model (self->selection, NULL);
  g_clear_object (&self->model);
  g_set_object (&self->database, database);
  g_set_object (&self->repository, appraisals);
  g_set_object (&self->employees, employees);
  g_set_object (&self->units, units);
  kr_appraisal_editor_set_repositories (self->editor, database, appraisals, employees);
  adw_leaflet_set_visible_child (self->leaflet, self->list_page);

  identity = database != NULL ? kr_database_get_identity (database) : NULL;
  self->filling = TRUE;
  /* A unit head starts on the evaluations waiting for them. */
  gtk_toggle_button_set_active (self->review_button,
                                identity != NULL &&
                                    kr_identity_get_role (identity) == KR_ROLE_UNIT_HEAD);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->state_dropdown, 0);
  self->filling = FALSE;
  set_current_year (self);
  fill_units (self);
  read_cycle (self);

  if (appraisals != NULL && !gtk_widget_in_destruction (GTK_WIDGET (self)))
    {
      self->model = kr_appraisal_model_new ();
      g_signal_connect_swapped (self->model, "notify", G_CALLBACK (on_model_notify_cb), self);
      g_signal_connect (appraisals, "changed", G_CALLBACK (on_repository_changed_cb), self);
      gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->model));
      kr_appraisal_model_set_database (self->model, database);
      apply_query (self);
    }
  update_badge (self);
  _kr_appraisals_page_update_actions (self);
  update_state (self);
}

KrAppraisalModel *
kr_appraisals_page_get_model (KrAppraisalsPage *self)
{
  g_return_val_if_fail (KR_IS_APPRAISALS_PAGE (self), NULL);

  return self->model;
}

const char *
kr_appraisals_page_get_state (KrAppraisalsPage *self)
{
  g_return_val_if_fail (KR_IS_APPRAISALS_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->list_stack);
}

const char *
kr_appraisals_page_get_count_label (KrAppraisalsPage *self)
{
  g_return_val_if_fail (KR_IS_APPRAISALS_PAGE (self), NULL);

  return adw_window_title_get_subtitle (self->list_title);
}

GtkWidget *
kr_appraisals_page_get_editor (KrAppraisalsPage *self)
{
  g_return_val_if_fail (KR_IS_APPRAISALS_PAGE (self), NULL);

  return GTK_WIDGET (self->editor);
}

gboolean
kr_appraisals_page_is_editing (KrAppraisalsPage *self)
{
  g_return_val_if_fail (KR_IS_APPRAISALS_PAGE (self), FALSE);

  return adw_leaflet_get_visible_child (self->leaflet) == GTK_WIDGET (self->editor);
}

static void
kr_appraisals_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KrAppraisalsPage *self = KR_APPRAISALS_PAGE (object);

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
kr_appraisals_page_set_property (GObject *object,
                                 guint prop_id,
                                 const GValue *value,
                                 GParamSpec *pspec)
{
  KrAppraisalsPage *self = KR_APPRAISALS_PAGE (object);
  gboolean folded;

  switch (prop_id)
    {
    case PROP_FOLDED:
      folded = g_value_get_boolean (value);
      if (gtk_widget_get_visible (self->back_button) == folded)
        return;
      gtk_widget_set_visible (self->back_button, folded);
      adw_header_bar_set_show_start_title_buttons (self->list_header, folded);
      kr_appraisal_editor_set_folded (self->editor, folded);
      g_object_notify_by_pspec (object, pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_appraisals_page_dispose (GObject *object)
{
  KrAppraisalsPage *self = KR_APPRAISALS_PAGE (object);

  if (self->badge_cancellable != NULL)
    g_cancellable_cancel (self->badge_cancellable);
  g_clear_object (&self->badge_cancellable);
  if (self->editor_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->editor_chooser));
  g_clear_object (&self->editor_chooser);
  if (self->editor != NULL)
    kr_appraisals_page_set_repositories (self, NULL, NULL, NULL, NULL);

  G_OBJECT_CLASS (kr_appraisals_page_parent_class)->dispose (object);
}

static void
kr_appraisals_page_finalize (GObject *object)
{
  KrAppraisalsPage *self = KR_APPRAISALS_PAGE (object);

  g_clear_pointer (&self->unit_ids, g_array_unref);
  g_clear_object (&self->selection);

  G_OBJECT_CLASS (kr_appraisals_page_parent_class)->finalize (object);
}

static void
kr_appraisals_page_class_init (KrAppraisalsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_appraisals_page_dispose;
  object_class->finalize = kr_appraisals_page_finalize;
  object_class->get_property = kr_appraisals_page_get_property;
  object_class->set_property = kr_appraisals_page_set_property;

  properties[PROP_FOLDED] =
      g_param_spec_boolean ("folded", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KR_TYPE_APPRAISAL_EDITOR);
  gtk_widget_class_set_template_from_resource (
      widget_class, "/io/github/karier/Karier/appraisals/kr-appraisals-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalsPage, list_page);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalsPage, list_header);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalsPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalsPage, review_button);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalsPage, review_badge);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalsPage, list_title);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalsPage, menu_button);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalsPage, search_button);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalsPage, year_spin);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalsPage, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalsPage, unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalsPage, state_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalsPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalsPage, empty_start_button);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalsPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, KrAppraisalsPage, editor);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_year_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "appraisals.search", NULL, search_action_cb);
  gtk_widget_class_install_action (widget_class, "appraisals.clear-filters", NULL,
                                   clear_filters_action_cb);
  gtk_widget_class_install_action (widget_class, "appraisals.show-all", NULL, show_all_action_cb);
  gtk_widget_class_install_action (widget_class, "appraisals.toggle-review", NULL,
                                   toggle_review_action_cb);
  gtk_widget_class_install_action (widget_class, "appraisals.show-list", NULL, show_list_action_cb);
  gtk_widget_class_install_action (widget_class, "appraisals.move", "i", move_action_cb);
  gtk_widget_class_install_action (widget_class, "appraisals.next-after-change", NULL,
                                   next_after_change_action_cb);
  _kr_appraisals_page_class_add_actions (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "appraisals.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_ALT_MASK,
                                       "appraisals.toggle-review", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "appraisals.move",
                                       "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "appraisals.move",
                                       "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK,
                                       "appraisals.move", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK,
                                       "appraisals.move", "i", -1);
}

static void
kr_appraisals_page_init (KrAppraisalsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cycle = KR_APPRAISAL_CYCLE_DEFAULT;
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  build_columns (self);
  kr_appraisal_format_ellipsize_drop_down (self->unit_dropdown, 24);
  fill_states (self);
  fill_periods (self);
  fill_units (self);
  set_current_year (self);
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self->list_page));
  gtk_widget_set_visible (self->back_button, FALSE);
  adw_header_bar_set_show_start_title_buttons (self->list_header, FALSE);
  _kr_appraisals_page_update_actions (self);
}

GtkWidget *
kr_appraisals_page_new (void)
{
  return g_object_new (KR_TYPE_APPRAISALS_PAGE, NULL);
}
