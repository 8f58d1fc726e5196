/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-dashboard-page"

#include "config.h"

#include "kr-dashboard-page-private.h"

#include <glib/gi18n.h>

#include "kr-dashboard-models.h"
#include "kr-training-widgets.h"

G_DEFINE_FINAL_TYPE (KrDashboardPage, kr_dashboard_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_FOLDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Reading, in workers: the 9-box (the talent classification, the slowest part) in its own so
 * that the other cards fill first. */

#define FAST_PARTS (KR_DASHBOARD_PART_ALL & ~KR_DASHBOARD_PART_TALENT)

typedef struct
{
  KrDashboardScope scope;
  KrDashboardParts parts;
} Request;

static gpointer
read_parts (KrDashboardRepository *repository,
            gpointer data,
            GCancellable *cancellable,
            GError **error)
{
  const Request *request = data;
  KrDashboardScope scope = request->scope;
  g_autoptr (KrDashboardSnapshot) snapshot = NULL;

  /* Year 0: the latest appraised year, whose predikat and 9-box are complete (as the talent
   * pool opens on) */
  if (scope.year == 0)
    {
      g_autoptr (KrTalentRepository) talent =
          kr_talent_repository_new (kr_dashboard_repository_get_database (repository));

      if (!kr_talent_repository_get_latest_year (talent, &scope.year, error))
        return NULL;
    }
  snapshot = kr_dashboard_snapshot_new (&scope);

  if (!kr_dashboard_repository_load (repository, snapshot, request->parts, cancellable, error))
    return NULL;
  return g_steal_pointer (&snapshot);
}

static void on_filter_changed_cb (KrDashboardPage *self);

typedef struct
{
  KrDashboardPage *self;
  KrDashboardParts parts;
  GCancellable *cancellable;
} Job;

static void
on_read_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  Job *job = user_data;
  KrDashboardPage *self = job->self;
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDashboardSnapshot) snapshot = kr_dashboard_read_job_finish (result, &error);
  gboolean current = !g_cancellable_is_cancelled (job->cancellable);

  if (current)
    {
      self->pending--;
      if (snapshot == NULL)
        _kr_dashboard_cards_error (self, job->parts, error->message);
      else
        {
          kr_dashboard_snapshot_merge (self->snapshot, snapshot);
          if (self->latest_year)
            {
              self->latest_year = FALSE;
              g_signal_handlers_block_by_func (self->year_spin, on_filter_changed_cb, self);
              gtk_spin_button_set_value (self->year_spin, self->snapshot->scope.year);
              g_signal_handlers_unblock_by_func (self->year_spin, on_filter_changed_cb, self);
            }
          _kr_dashboard_cards_fill (self, job->parts);
        }
      if (self->pending == 0)
        gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.print", TRUE);
    }
  g_object_unref (job->cancellable);
  g_object_unref (self);
  g_free (job);
}

static void
start_job (KrDashboardPage *self, KrDashboardParts parts)
{
  Request *request = g_new0 (Request, 1);
  Job *job = g_new0 (Job, 1);

  request->scope = self->snapshot->scope;
  request->parts = parts;
  job->self = g_object_ref (self);
  job->parts = parts;
  job->cancellable = g_object_ref (self->cancellable);
  self->pending++;
  kr_dashboard_read_job_run (self, self->dashboard, read_parts, request, g_free,
                             (GDestroyNotify) kr_dashboard_snapshot_free, self->cancellable,
                             on_read_cb, job);
}

/* Forgets what is being read, and what was read unless @keep */
static void
stop_reading (KrDashboardPage *self, gboolean keep)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (!keep)
    g_clear_pointer (&self->snapshot, kr_dashboard_snapshot_free);
  self->pending = 0;
}

static void
stop (KrDashboardPage *self)
{
  stop_reading (self, FALSE);
}

/* Reads the filters' scope in workers. With @keep (the same scope shown again), the cards keep
 * what they show until the new parts arrive, which replace the old ones; otherwise each card
 * shows a spinner until its part arrives. */
static void
read_again (KrDashboardPage *self, gboolean keep)
{
  KrDashboardScope scope;

  stop_reading (self, keep);
  if (self->dashboard == NULL)
    return;
  if (self->snapshot == NULL)
    {
      kr_dashboard_scope_init (
          &scope, kr_training_unit_dropdown_get_unit (self->unit_dropdown, self->unit_ids),
          self->latest_year ? 0 : (guint) gtk_spin_button_get_value_as_int (self->year_spin));
      self->snapshot = kr_dashboard_snapshot_new (&scope);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.print", FALSE);
      _kr_dashboard_cards_loading (self, KR_DASHBOARD_PART_ALL);
    }
  self->cancellable = g_cancellable_new ();
  start_job (self, FAST_PARTS);
  start_job (self, KR_DASHBOARD_PART_TALENT);
}

void
kr_dashboard_page_reload (KrDashboardPage *self)
{
  g_return_if_fail (KR_IS_DASHBOARD_PAGE (self));

  read_again (self, FALSE);
}

static void
on_filter_changed_cb (KrDashboardPage *self)
{
  self->latest_year = FALSE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    kr_dashboard_page_reload (self);
  else
    stop (self);
}

/* Shown again: read again, as anything may have changed in the other sections, showing what
 * was read before until then */
static void
on_map_cb (KrDashboardPage *self)
{
  read_again (self, self->snapshot != NULL);
}

static void
on_units_changed_cb (KrDashboardPage *self)
{
  gint64 unit_id = kr_training_unit_dropdown_get_unit (self->unit_dropdown, self->unit_ids);

  g_signal_handlers_block_by_func (self->unit_dropdown, on_filter_changed_cb, self);
  kr_training_unit_dropdown_fill (self->unit_dropdown, self->unit_ids, self->database, self->units,
                                  TRUE);
  kr_training_unit_dropdown_set_unit (self->unit_dropdown, self->unit_ids, unit_id);
  g_signal_handlers_unblock_by_func (self->unit_dropdown, on_filter_changed_cb, self);
}

/* Building */

static void
go_back_cb (KrDashboardPage *self)
{
  GtkWidget *leaflet = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_LEAFLET);

  if (leaflet != NULL)
    adw_leaflet_navigate (ADW_LEAFLET (leaflet), ADW_NAVIGATION_DIRECTION_BACK);
}

static GtkWidget *
build_header (KrDashboardPage *self)
{
  GtkWidget *header = adw_header_bar_new ();

  self->back_button = gtk_button_new_from_icon_name ("go-previous-symbolic");
  gtk_widget_set_tooltip_text (self->back_button, _ ("Back"));
  gtk_widget_set_visible (self->back_button, FALSE);
  g_signal_connect_swapped (self->back_button, "clicked", G_CALLBACK (go_back_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), self->back_button);
  self->window_title = ADW_WINDOW_TITLE (adw_window_title_new (_ ("Dashboard"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->window_title));
  self->print_button = gtk_button_new_from_icon_name ("printer-symbolic");
  gtk_widget_set_tooltip_text (self->print_button, _ ("Print the Dashboard"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->print_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Print the Dashboard"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->print_button), "dashboard.print");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->print_button);
  return header;
}

static GtkWidget *
build_toolbar (KrDashboardPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  self->unit_dropdown = kr_training_unit_dropdown_new (self->unit_ids);
  gtk_widget_set_hexpand (GTK_WIDGET (self->unit_dropdown), TRUE);
  self->year_spin = kr_training_year_spin_new (_ ("Year"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->unit_dropdown));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->year_spin));
  g_signal_connect_swapped (self->unit_dropdown, "notify::selected",
                            G_CALLBACK (on_filter_changed_cb), self);
  g_signal_connect_swapped (self->year_spin, "value-changed", G_CALLBACK (on_filter_changed_cb),
                            self);
  return box;
}

static GtkWidget *
build_content (KrDashboardPage *self)
{
  GtkWidget *scroll = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  self->flow = GTK_FLOW_BOX (gtk_flow_box_new ());
  gtk_flow_box_set_selection_mode (self->flow, GTK_SELECTION_NONE);
  gtk_flow_box_set_min_children_per_line (self->flow, 1);
  gtk_flow_box_set_max_children_per_line (self->flow, 2);
  gtk_flow_box_set_homogeneous (self->flow, FALSE);
  gtk_flow_box_set_column_spacing (self->flow, 12);
  gtk_flow_box_set_row_spacing (self->flow, 12);
  gtk_widget_set_valign (GTK_WIDGET (self->flow), GTK_ALIGN_START);
  gtk_widget_set_margin_start (GTK_WIDGET (self->flow), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->flow), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->flow), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->flow), 24);
  _kr_dashboard_cards_build (self);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1600);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 1200);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->flow));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroll), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroll, TRUE);
  return scroll;
}

/* API */

GtkWidget *
kr_dashboard_page_new (void)
{
  return g_object_new (KR_TYPE_DASHBOARD_PAGE, NULL);
}

void
kr_dashboard_page_set_repositories (KrDashboardPage *self,
                                    KrDatabase *database,
                                    KrDashboardRepository *dashboard,
                                    KrTalentRepository *talent,
                                    KrUnitRepository *units)
{
  g_autoptr (GError) error = NULL;

  g_return_if_fail (KR_IS_DASHBOARD_PAGE (self));

  if (self->units != NULL)
    g_signal_handlers_disconnect_by_func (self->units, on_units_changed_cb, self);
  g_set_object (&self->database, database);
  g_set_object (&self->dashboard, dashboard);
  g_set_object (&self->talent, talent);
  g_set_object (&self->units, units);
  g_clear_pointer (&self->boxes, g_ptr_array_unref);
  if (units != NULL)
    g_signal_connect_object (units, "changed", G_CALLBACK (on_units_changed_cb), self,
                             G_CONNECT_SWAPPED);
  /* The 9-box's nine rows: a short read on the main connection */
  if (talent != NULL)
    {
      self->boxes = kr_talent_repository_list_boxes (talent, &error);
      if (self->boxes == NULL)
        g_warning ("The boxes of the 9-box cannot be read: %s", error->message);
    }
  g_signal_handlers_block_by_func (self->unit_dropdown, on_filter_changed_cb, self);
  kr_training_unit_dropdown_fill (self->unit_dropdown, self->unit_ids, database, units, TRUE);
  g_signal_handlers_unblock_by_func (self->unit_dropdown, on_filter_changed_cb, self);
  /* A database opens on its latest appraised year (found by the first read) */
  self->latest_year = TRUE;
  if (dashboard != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    kr_dashboard_page_reload (self);
  else
    stop (self);
}

void
kr_dashboard_page_set_filter (KrDashboardPage *self, gint64 unit_id, guint year)
{
  g_return_if_fail (KR_IS_DASHBOARD_PAGE (self));

  g_signal_handlers_block_by_func (self->unit_dropdown, on_filter_changed_cb, self);
  g_signal_handlers_block_by_func (self->year_spin, on_filter_changed_cb, self);
  kr_training_unit_dropdown_set_unit (self->unit_dropdown, self->unit_ids, unit_id);
  if (year != 0)
    gtk_spin_button_set_value (self->year_spin, year);
  self->latest_year = year == 0;
  g_signal_handlers_unblock_by_func (self->unit_dropdown, on_filter_changed_cb, self);
  g_signal_handlers_unblock_by_func (self->year_spin, on_filter_changed_cb, self);
  kr_dashboard_page_reload (self);
}

gboolean
kr_dashboard_page_is_loading (KrDashboardPage *self)
{
  g_return_val_if_fail (KR_IS_DASHBOARD_PAGE (self), FALSE);

  return self->pending > 0;
}

const KrDashboardSnapshot *
kr_dashboard_page_get_snapshot (KrDashboardPage *self)
{
  g_return_val_if_fail (KR_IS_DASHBOARD_PAGE (self), NULL);

  return self->snapshot;
}

GtkWidget *
kr_dashboard_page_get_print_button (KrDashboardPage *self)
{
  g_return_val_if_fail (KR_IS_DASHBOARD_PAGE (self), NULL);

  return self->print_button;
}

KrChart *
kr_dashboard_page_get_chart (KrDashboardPage *self, KrDashboardChart chart)
{
  g_return_val_if_fail (KR_IS_DASHBOARD_PAGE (self), NULL);
  g_return_val_if_fail (chart < KR_DASHBOARD_N_CHARTS, NULL);

  return KR_CHART (self->cards[chart].content);
}

KrTalentGridView *
kr_dashboard_page_get_talent_grid (KrDashboardPage *self)
{
  g_return_val_if_fail (KR_IS_DASHBOARD_PAGE (self), NULL);

  return KR_TALENT_GRID_VIEW (self->cards[KR_DASHBOARD_TALENT_CARD].content);
}

/* The object */

static void
kr_dashboard_page_dispose (GObject *object)
{
  KrDashboardPage *self = KR_DASHBOARD_PAGE (object);

  stop (self);
  if (self->units != NULL)
    g_signal_handlers_disconnect_by_func (self->units, on_units_changed_cb, self);
  g_clear_object (&self->database);
  g_clear_object (&self->dashboard);
  g_clear_object (&self->talent);
  g_clear_object (&self->units);
  g_clear_pointer (&self->boxes, g_ptr_array_unref);

  G_OBJECT_CLASS (kr_dashboard_page_parent_class)->dispose (object);
}

static void
kr_dashboard_page_finalize (GObject *object)
{
  g_array_unref (KR_DASHBOARD_PAGE (object)->unit_ids);

  G_OBJECT_CLASS (kr_dashboard_page_parent_class)->finalize (object);
}

static void
kr_dashboard_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KrDashboardPage *self = KR_DASHBOARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_FOLDED:
      g_value_set_boolean (value, self->folded);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_dashboard_page_set_property (GObject *object,
                                guint prop_id,
                                const GValue *value,
                                GParamSpec *pspec)
{
  KrDashboardPage *self = KR_DASHBOARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_FOLDED:
      if (self->folded == g_value_get_boolean (value))
        return;
      self->folded = g_value_get_boolean (value);
      gtk_widget_set_visible (self->back_button, self->folded);
      g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_dashboard_page_class_init (KrDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kr_dashboard_page_dispose;
  object_class->finalize = kr_dashboard_page_finalize;
  object_class->get_property = kr_dashboard_page_get_property;
  object_class->set_property = kr_dashboard_page_set_property;

  properties[PROP_FOLDED] =
      g_param_spec_boolean ("folded", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  _kr_dashboard_cards_install_actions (GTK_WIDGET_CLASS (klass));
}

static void
kr_dashboard_page_init (KrDashboardPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_box_append (GTK_BOX (box), build_header (self));
  gtk_box_append (GTK_BOX (box), build_toolbar (self));
  gtk_box_append (GTK_BOX (box), build_content (self));
  adw_bin_set_child (ADW_BIN (self), box);
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
}
