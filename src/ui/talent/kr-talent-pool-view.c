/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-talent-pool-view"

#include "config.h"

#include "kr-talent-pool-view-private.h"

#include <glib/gi18n.h>

#include "kr-talent-models.h"
#include "kr-training-widgets.h"

G_DEFINE_FINAL_TYPE (KrTalentPoolView, kr_talent_pool_view, ADW_TYPE_BIN)

/* Reading, in a worker */

typedef struct
{
  guint year;
  gint64 unit_id;
} Request;

typedef struct
{
  KrTalentGridCounts counts;
  GPtrArray *boxes;
} Result;

static void
result_free (Result *result)
{
  g_clear_pointer (&result->boxes, g_ptr_array_unref);
  g_free (result);
}

static gpointer
read_grid (KrTalentRepository *repository, gpointer data, GCancellable *cancellable, GError **error)
{
  const Request *request = data;
  g_autoptr (GPtrArray) boxes = kr_talent_repository_list_boxes (repository, error);
  KrTalentQuery query;
  Result *result;
  guint year = request->year;

  if (boxes == NULL)
    return NULL;
  if (year == 0 && !kr_talent_repository_get_latest_year (repository, &year, error))
    return NULL;
  kr_talent_query_init (&query, year);
  query.unit_id = request->unit_id;
  query.subtree = TRUE;
  result = g_new0 (Result, 1);
  if (!kr_talent_repository_count_grid (repository, &query, &result->counts, cancellable, error))
    {
      result_free (result);
      return NULL;
    }
  result->boxes = g_steal_pointer (&boxes);
  return result;
}

/* Showing */

char *
_kr_talent_box_title (const KrTalentBox *box)
{
  /* Translators: a box of the 9-box: "Box 7: Above expectations, Medium potential" */
  return g_strdup_printf (_ ("Box %u: %s, %s potential"), box->number,
                          kr_talent_performance_get_label (box->performance),
                          kr_talent_potential_get_label (box->potential));
}

static void
fill_grid (KrTalentPoolView *self)
{
  KrTalentGridCell cells[KR_TALENT_GRID_N_BOXES];
  const char *follow_ups[KR_TALENT_GRID_N_BOXES];
  guint n = 0;

  for (guint i = 0; i < self->boxes->len && n < KR_TALENT_GRID_N_BOXES; i++)
    {
      const KrTalentBox *box = g_ptr_array_index (self->boxes, i);

      if (box->number < 1 || box->number > KR_TALENT_GRID_N_BOXES)
        continue;
      cells[n] = (KrTalentGridCell){ box->number, (guint) box->performance, (guint) box->potential,
                                     box->in_pool, self->counts.boxes[box->number] };
      follow_ups[n++] = box->follow_up;
    }
  kr_talent_grid_view_set_cells (self->grid, cells, follow_ups, n);
}

static GtkWidget *
count_row (const char *title, const char *subtitle, guint count, const char *action, guint target)
{
  GtkWidget *row = kr_training_row_new (title, subtitle);
  g_autofree char *text = g_strdup_printf ("%u", count);

  g_object_set_data (G_OBJECT (row), "kr-value", kr_training_row_add_value (row, text));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "u", target);
  return row;
}

static void
fill_table (KrTalentPoolView *self)
{
  kr_training_clear_list (self->table);
  for (guint number = KR_TALENT_GRID_N_BOXES; number >= 1; number--)
    {
      const KrTalentBox *box = kr_talent_box_find (self->boxes, number);
      g_autofree char *title = NULL;
      GtkWidget *row;

      if (box == NULL)
        continue;
      title = _kr_talent_box_title (box);
      row = count_row (title, box->follow_up, self->counts.boxes[number], "pool.show-box", number);
      if (box->in_pool)
        gtk_widget_add_css_class (row, "accent");
      gtk_list_box_append (self->table, row);
    }
}

static void
set_status_row (GtkWidget *row, guint count)
{
  g_autofree char *text = g_strdup_printf ("%u", count);
  GtkWidget *value = g_object_get_data (G_OBJECT (row), "kr-value");

  gtk_label_set_label (GTK_LABEL (value), text);
}

static void
show_counts (KrTalentPoolView *self)
{
  const KrTalentGridCounts *c = &self->counts;
  guint placed = kr_talent_grid_counts_placed (c);
  guint pool = kr_talent_grid_counts_in_pool (c, self->boxes);
  g_autofree char *text = NULL;

  fill_grid (self);
  fill_table (self);
  set_status_row (self->no_appraisal_row, c->no_appraisal);
  set_status_row (self->no_assessment_row, c->no_assessment);
  set_status_row (self->excluded_row, c->excluded);
  /* Translators: "120 of 400 employees placed · 45 in the talent pool" */
  text = g_strdup_printf (ngettext ("%u of %u employee placed · %u in the talent pool",
                                    "%u of %u employees placed · %u in the talent pool", c->total),
                          placed, c->total, pool);
  gtk_label_set_label (self->count_label, text);
  if (c->total == 0)
    {
      adw_status_page_set_icon_name (self->empty_page, "system-users-symbolic");
      adw_status_page_set_title (self->empty_page, _ ("No Employees"));
      adw_status_page_set_description (self->empty_page,
                                       _ ("No active civil servant works in this unit."));
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  else
    gtk_stack_set_visible_child_name (self->stack, "list");
}

static void
update_actions (KrTalentPoolView *self)
{
  gboolean open = self->talent != NULL;

  gtk_widget_set_sensitive (self->assess_button,
                            open && kr_training_can (self->database, KR_PERMISSION_WRITE_TALENT));
  gtk_widget_set_sensitive (self->print_button, open && self->has_counts);
}

static void
read_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrTalentPoolView *self;
  g_autoptr (GError) error = NULL;
  Result *read = kr_talent_read_job_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = KR_TALENT_POOL_VIEW (source);
  self->loading = FALSE;
  if (read == NULL)
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      self->has_counts = FALSE;
      gtk_label_set_label (self->count_label, "");
      adw_status_page_set_icon_name (self->empty_page, "dialog-warning-symbolic");
      adw_status_page_set_title (self->empty_page, _ ("The 9-Box Cannot Be Read"));
      adw_status_page_set_description (self->empty_page, markup);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  g_clear_pointer (&self->boxes, g_ptr_array_unref);
  self->boxes = g_steal_pointer (&read->boxes);
  self->counts = read->counts;
  self->has_counts = TRUE;
  result_free (read);
  update_actions (self);
  if ((guint) gtk_spin_button_get_value_as_int (self->year_spin) != self->counts.year)
    {
      self->filling = TRUE;
      gtk_spin_button_set_value (self->year_spin, self->counts.year);
      self->filling = FALSE;
    }
  show_counts (self);
}

static void
reload_year (KrTalentPoolView *self, guint year)
{
  Request *request;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->talent == NULL)
    {
      self->loading = FALSE;
      self->has_counts = FALSE;
      gtk_label_set_label (self->count_label, "");
      update_actions (self);
      return;
    }
  request = g_new0 (Request, 1);
  request->year = year;
  request->unit_id = kr_training_unit_dropdown_get_unit (self->unit_dropdown, self->unit_ids);
  self->loading = TRUE;
  self->cancellable = g_cancellable_new ();
  gtk_label_set_label (self->count_label, _ ("Reading…"));
  kr_talent_read_job_run (self, self->talent, read_grid, request, g_free,
                          (GDestroyNotify) result_free, self->cancellable, read_done_cb, NULL);
  update_actions (self);
}

static void
reload (KrTalentPoolView *self)
{
  if (!self->filling)
    reload_year (self, (guint) gtk_spin_button_get_value_as_int (self->year_spin));
}

static void
on_talent_changed_cb (KrTalentRepository *talent, guint mask, KrTalentPoolView *self)
{
  if (mask & (KR_TALENT_CHANGE_ASSESSMENTS | KR_TALENT_CHANGE_SETTINGS))
    reload (self);
}

static void
on_units_changed_cb (KrTalentPoolView *self)
{
  gint64 unit_id = kr_training_unit_dropdown_get_unit (self->unit_dropdown, self->unit_ids);

  self->filling = TRUE;
  kr_training_unit_dropdown_fill (self->unit_dropdown, self->unit_ids, self->database, self->units,
                                  TRUE);
  kr_training_unit_dropdown_set_unit (self->unit_dropdown, self->unit_ids, unit_id);
  self->filling = FALSE;
  reload (self);
}

/* Building */

static void
on_box_activated_cb (KrTalentGridView *grid, guint box, KrTalentPoolView *self)
{
  kr_talent_pool_view_show_box (self, box);
}

static GtkWidget *
build_toolbar (KrTalentPoolView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  self->unit_dropdown = kr_training_unit_dropdown_new (self->unit_ids);
  gtk_widget_set_hexpand (GTK_WIDGET (self->unit_dropdown), TRUE);
  self->year_spin = kr_training_year_spin_new (_ ("Year"));
  self->table_toggle = GTK_TOGGLE_BUTTON (gtk_toggle_button_new ());
  gtk_button_set_icon_name (GTK_BUTTON (self->table_toggle), "view-list-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->table_toggle), _ ("Show as Table"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->table_toggle),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Show as Table"), -1);
  /* Icons keep the toolbar within 360 px */
  self->assess_button = gtk_button_new_from_icon_name ("document-edit-symbolic");
  gtk_widget_set_tooltip_text (self->assess_button, _ ("Record Potential Assessment…"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->assess_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Record Potential Assessment…"),
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->assess_button), "pool.assess");
  self->print_button = gtk_button_new_from_icon_name ("printer-symbolic");
  gtk_widget_set_tooltip_text (self->print_button, _ ("Print the 9-Box"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->print_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Print the 9-Box"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->print_button), "pool.print");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->unit_dropdown));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->year_spin));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->table_toggle));
  gtk_box_append (GTK_BOX (box), self->assess_button);
  gtk_box_append (GTK_BOX (box), self->print_button);
  g_signal_connect_swapped (self->unit_dropdown, "notify::selected", G_CALLBACK (reload), self);
  g_signal_connect_swapped (self->year_spin, "value-changed", G_CALLBACK (reload), self);
  return box;
}

static void
on_table_toggled_cb (KrTalentPoolView *self)
{
  gtk_stack_set_visible_child_name (
      self->shape_stack, gtk_toggle_button_get_active (self->table_toggle) ? "table" : "grid");
}

static GtkWidget *
status_row (const char *title, const char *subtitle, KrTalentStatus status)
{
  return count_row (title, subtitle, 0, "pool.show-status", status);
}

static GtkWidget *
build_content (KrTalentPoolView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *scroll = gtk_scrolled_window_new ();
  GtkWidget *others = gtk_list_box_new ();

  self->shape_stack = GTK_STACK (gtk_stack_new ());
  self->grid = KR_TALENT_GRID_VIEW (kr_talent_grid_view_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->grid), TRUE);
  g_signal_connect (self->grid, "box-activated", G_CALLBACK (on_box_activated_cb), self);
  self->table = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->table), "boxed-list");
  gtk_list_box_set_selection_mode (self->table, GTK_SELECTION_NONE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->table), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("9-box as a table"), -1);
  gtk_stack_add_named (self->shape_stack, GTK_WIDGET (self->grid), "grid");
  gtk_stack_add_named (self->shape_stack, GTK_WIDGET (self->table), "table");
  g_signal_connect_swapped (self->table_toggle, "toggled", G_CALLBACK (on_table_toggled_cb), self);

  gtk_widget_add_css_class (others, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (others), GTK_SELECTION_NONE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (others), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Not in the 9-box"), -1);
  self->no_appraisal_row = status_row (_ ("Not placed: no appraisal"),
                                       _ ("A final annual predikat is missing for a year read"),
                                       KR_TALENT_STATUS_NO_APPRAISAL);
  self->no_assessment_row =
      status_row (_ ("Not placed: no assessment"), _ ("No potential assessment recent enough"),
                  KR_TALENT_STATUS_NO_ASSESSMENT);
  self->excluded_row =
      status_row (_ ("Excluded"), _ ("A moderate or severe discipline sanction in the window"),
                  KR_TALENT_STATUS_EXCLUDED);
  gtk_list_box_append (GTK_LIST_BOX (others), self->no_appraisal_row);
  gtk_list_box_append (GTK_LIST_BOX (others), self->no_assessment_row);
  gtk_list_box_append (GTK_LIST_BOX (others), self->excluded_row);

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->shape_stack));
  gtk_box_append (GTK_BOX (box), others);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 900);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroll), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroll, TRUE);
  return scroll;
}

static void
build (KrTalentPoolView *self)
{
  GtkWidget *toolbar = build_toolbar (self);

  self->count_label = kr_training_count_label_new ();
  adw_bin_set_child (ADW_BIN (self), kr_training_list_page_new (
                                         toolbar, GTK_WIDGET (self->count_label),
                                         build_content (self), &self->stack, &self->empty_page));
}

/* API */

GtkWidget *
kr_talent_pool_view_new (void)
{
  return g_object_new (KR_TYPE_TALENT_POOL_VIEW, NULL);
}

void
kr_talent_pool_view_set_repositories (KrTalentPoolView *self,
                                      KrDatabase *database,
                                      KrTalentRepository *talent,
                                      KrUnitRepository *units)
{
  g_return_if_fail (KR_IS_TALENT_POOL_VIEW (self));

  if (self->talent != NULL)
    g_signal_handlers_disconnect_by_func (self->talent, on_talent_changed_cb, self);
  if (self->units != NULL)
    g_signal_handlers_disconnect_by_func (self->units, on_units_changed_cb, self);
  if (self->box_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->box_dialog));
  g_set_object (&self->database, database);
  g_set_object (&self->talent, talent);
  g_set_object (&self->units, units);
  self->has_counts = FALSE;
  if (talent != NULL)
    g_signal_connect_object (talent, "changed", G_CALLBACK (on_talent_changed_cb), self, 0);
  if (units != NULL)
    g_signal_connect_object (units, "changed", G_CALLBACK (on_units_changed_cb), self,
                             G_CONNECT_SWAPPED);
  self->filling = TRUE;
  kr_training_unit_dropdown_fill (self->unit_dropdown, self->unit_ids, database, units, TRUE);
  self->filling = FALSE;
  /* A newly opened database starts on its latest appraised year */
  reload_year (self, 0);
}

void
kr_talent_pool_view_set_filter (KrTalentPoolView *self, gint64 unit_id, guint year)
{
  g_return_if_fail (KR_IS_TALENT_POOL_VIEW (self));

  self->filling = TRUE;
  kr_training_unit_dropdown_set_unit (self->unit_dropdown, self->unit_ids, unit_id);
  if (year != 0)
    gtk_spin_button_set_value (self->year_spin, year);
  self->filling = FALSE;
  reload_year (self, year);
}

guint
kr_talent_pool_view_get_year (KrTalentPoolView *self)
{
  g_return_val_if_fail (KR_IS_TALENT_POOL_VIEW (self), 0);
  return self->has_counts ? self->counts.year : 0;
}

KrTalentGridView *
kr_talent_pool_view_get_grid (KrTalentPoolView *self)
{
  g_return_val_if_fail (KR_IS_TALENT_POOL_VIEW (self), NULL);
  return self->grid;
}

gboolean
kr_talent_pool_view_get_loading (KrTalentPoolView *self)
{
  g_return_val_if_fail (KR_IS_TALENT_POOL_VIEW (self), FALSE);
  return self->loading;
}

const KrTalentGridCounts *
kr_talent_pool_view_get_counts (KrTalentPoolView *self)
{
  g_return_val_if_fail (KR_IS_TALENT_POOL_VIEW (self), NULL);
  return self->has_counts ? &self->counts : NULL;
}

const char *
kr_talent_pool_view_get_summary (KrTalentPoolView *self)
{
  g_return_val_if_fail (KR_IS_TALENT_POOL_VIEW (self), NULL);
  return gtk_label_get_label (self->count_label);
}

GtkWindow *
kr_talent_pool_view_get_box_dialog (KrTalentPoolView *self)
{
  g_return_val_if_fail (KR_IS_TALENT_POOL_VIEW (self), NULL);
  return self->box_dialog != NULL ? GTK_WINDOW (self->box_dialog) : NULL;
}

static void
kr_talent_pool_view_dispose (GObject *object)
{
  KrTalentPoolView *self = KR_TALENT_POOL_VIEW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->box_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->box_dialog));
  if (self->talent != NULL)
    g_signal_handlers_disconnect_by_func (self->talent, on_talent_changed_cb, self);
  if (self->units != NULL)
    g_signal_handlers_disconnect_by_func (self->units, on_units_changed_cb, self);
  g_clear_object (&self->talent);
  g_clear_object (&self->units);
  g_clear_object (&self->database);
  g_clear_pointer (&self->boxes, g_ptr_array_unref);
  adw_bin_set_child (ADW_BIN (self), NULL);

  G_OBJECT_CLASS (kr_talent_pool_view_parent_class)->dispose (object);
}

static void
kr_talent_pool_view_finalize (GObject *object)
{
  g_array_unref (KR_TALENT_POOL_VIEW (object)->unit_ids);

  G_OBJECT_CLASS (kr_talent_pool_view_parent_class)->finalize (object);
}

static void
kr_talent_pool_view_class_init (KrTalentPoolViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_talent_pool_view_dispose;
  object_class->finalize = kr_talent_pool_view_finalize;
  _kr_talent_pool_view_class_add_actions (widget_class);
}

static void
kr_talent_pool_view_init (KrTalentPoolView *self)
{
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  build (self);
  update_actions (self);
}
