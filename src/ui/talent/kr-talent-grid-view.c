/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-talent-grid-view"

#include "config.h"

#include "kr-talent-grid-view.h"

#include <adwaita.h>
#include <string.h>

#include <glib/gi18n.h>

#define MIN_SIZE       280
#define NATURAL_WIDTH  640
#define NATURAL_HEIGHT 440

struct _KrTalentGridView
{
  GtkWidget parent_instance;

  KrTalentGridCell cells[KR_TALENT_GRID_N_BOXES];
  char *follow_ups[KR_TALENT_GRID_N_BOXES];
  guint n_cells;
  guint focus_box;
  char *description;
  int natural_width;
  int natural_height;

  /* Made for the size and style they were made at; NULL when either changed */
  KrTalentGridLayout *layout;
  KrTalentGridPalette palette;
  gboolean palette_set;
};

G_DEFINE_FINAL_TYPE (KrTalentGridView, kr_talent_grid_view, GTK_TYPE_WIDGET)

enum
{
  SIGNAL_BOX_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Labels: the window shows the axes in the UI language (paper keeps the official terms) */

static const char *
performance_label (guint index)
{
  const char *labels[] = { N_ ("Below expectations"), N_ ("As expected"),
                           N_ ("Above expectations") };

  return index < G_N_ELEMENTS (labels) ? _ (labels[index]) : "";
}

static const char *
potential_label (guint index)
{
  const char *labels[] = { N_ ("Low"), N_ ("Medium"), N_ ("High") };

  return index < G_N_ELEMENTS (labels) ? _ (labels[index]) : "";
}

static const KrTalentGridCell *
find_cell (KrTalentGridView *self, guint box, guint *index)
{
  for (guint i = 0; i < self->n_cells; i++)
    if (self->cells[i].box == box)
      {
        if (index != NULL)
          *index = i;
        return &self->cells[i];
      }
  return NULL;
}

static char *
describe_cell (KrTalentGridView *self, const KrTalentGridCell *cell)
{
  g_autofree char *share =
      kr_talent_grid_format_cell (cell->count, kr_talent_grid_view_get_total (self));

  /* Translators: "Box 7 (Above expectations, Medium potential): 12 · 24%" */
  return g_strdup_printf (_ ("Box %u (%s performance, %s potential): %s"), cell->box,
                          performance_label (cell->performance), potential_label (cell->potential),
                          share);
}

static void
update_accessible (KrTalentGridView *self)
{
  GString *text = g_string_new (NULL);
  guint total = kr_talent_grid_view_get_total (self);

  g_string_append_printf (text, ngettext ("%u employee placed", "%u employees placed", total),
                          total);
  for (guint box = 1; box <= KR_TALENT_GRID_N_BOXES; box++)
    {
      const KrTalentGridCell *cell = find_cell (self, box, NULL);
      g_autofree char *line = NULL;

      if (cell == NULL)
        continue;
      line = describe_cell (self, cell);
      g_string_append (text, "; ");
      g_string_append (text, line);
      if (cell->in_pool)
        g_string_append_printf (text, " (%s)", _ ("talent pool"));
    }
  g_free (self->description);
  self->description = g_string_free (text, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("9-box talent grid"), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->description, -1);
}

/* The label follows the keyboard, so a screen reader says which box it is on */
static void
update_focus_label (KrTalentGridView *self)
{
  const KrTalentGridCell *cell = find_cell (self, self->focus_box, NULL);
  g_autofree char *box = cell != NULL ? describe_cell (self, cell) : NULL;
  g_autofree char *label = NULL;

  /* Translators: the accessible name of the 9-box while the keyboard is on one of its boxes */
  label = box != NULL ? g_strdup_printf (_ ("9-box talent grid, %s"), box) : NULL;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label != NULL ? label : _ ("9-box talent grid"), -1);
}

/* Style and layout */

static void
set_color (KrChartColor *color, const GdkRGBA *rgba)
{
  color->red = rgba->red;
  color->green = rgba->green;
  color->blue = rgba->blue;
  color->alpha = rgba->alpha;
}

static void
init_palette (KrTalentGridView *self)
{
  const PangoFontDescription *widget_font =
      pango_context_get_font_description (gtk_widget_get_pango_context (GTK_WIDGET (self)));
  g_autoptr (PangoFontDescription) font = pango_font_description_copy (widget_font);
  double size = pango_font_description_get_size (font) / (double) PANGO_SCALE;
  GdkRGBA foreground;

  if (self->palette_set)
    kr_talent_grid_palette_clear (&self->palette);
  kr_talent_grid_palette_init_screen (
      &self->palette, adw_style_manager_get_dark (adw_style_manager_get_default ()));
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &foreground);
  G_GNUC_END_IGNORE_DEPRECATIONS
  set_color (&self->palette.foreground, &foreground);
  if (!pango_font_description_get_size_is_absolute (font))
    size = size * 96.0 / 72.0;
  pango_font_description_set_absolute_size (font, (size > 0 ? size : 13) * PANGO_SCALE);
  kr_talent_grid_palette_set_font (&self->palette, font);
  self->palette.performance_title = _ ("Performance");
  self->palette.potential_title = _ ("Potential");
  for (guint i = 0; i < KR_TALENT_GRID_N_LEVELS; i++)
    {
      self->palette.performance_labels[i] = performance_label (i);
      self->palette.potential_labels[i] = potential_label (i);
    }
  self->palette_set = TRUE;
}

static void
invalidate (KrTalentGridView *self, gboolean style)
{
  g_clear_pointer (&self->layout, kr_talent_grid_layout_free);
  if (style && self->palette_set)
    {
      kr_talent_grid_palette_clear (&self->palette);
      self->palette_set = FALSE;
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static const KrTalentGridLayout *
ensure_layout (KrTalentGridView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  g_autoptr (GError) error = NULL;

  if (self->layout != NULL)
    return self->layout;
  if (width <= 0 || height <= 0)
    return NULL;
  if (!self->palette_set)
    init_palette (self);
  self->layout = kr_talent_grid_layout_new (self->cells, self->n_cells, 0, 0, width, height,
                                            &self->palette, &error);
  if (self->layout == NULL)
    g_warning ("The 9-box cannot be laid out: %s", error->message);
  return self->layout;
}

static void
kr_talent_grid_view_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  KrTalentGridView *self = KR_TALENT_GRID_VIEW (widget);
  const KrTalentGridLayout *layout = ensure_layout (self);
  cairo_t *cr;

  if (layout == NULL)
    return;
  cr =
      gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                                gtk_widget_get_height (widget)));
  kr_talent_grid_render (cr, layout, &self->palette,
                         gtk_widget_has_focus (widget) ? self->focus_box : 0);
  cairo_destroy (cr);
}

static void
kr_talent_grid_view_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  invalidate (KR_TALENT_GRID_VIEW (widget), FALSE);
}

static void
kr_talent_grid_view_measure (GtkWidget *widget,
                             GtkOrientation orientation,
                             int for_size,
                             int *minimum,
                             int *natural,
                             int *minimum_baseline,
                             int *natural_baseline)
{
  KrTalentGridView *self = KR_TALENT_GRID_VIEW (widget);

  *minimum = MIN_SIZE;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? self->natural_width : self->natural_height;
  *natural = MAX (*natural, MIN_SIZE);
}

static void
kr_talent_grid_view_css_changed (GtkWidget *widget, GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (kr_talent_grid_view_parent_class)->css_changed (widget, change);
  invalidate (KR_TALENT_GRID_VIEW (widget), TRUE);
}

/* Pointer, keyboard, tooltip */

static void
activate_box (KrTalentGridView *self, guint box)
{
  if (box == 0 || find_cell (self, box, NULL) == NULL)
    return;
  self->focus_box = box;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[SIGNAL_BOX_ACTIVATED], 0, box);
}

static void
on_released_cb (GtkGestureClick *gesture, int n_press, double x, double y, KrTalentGridView *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  _kr_talent_grid_view_click (self, x, y);
}

static void
move_focus (KrTalentGridView *self, int d_performance, int d_potential)
{
  const KrTalentGridCell *cell = find_cell (self, self->focus_box, NULL);
  const KrTalentGridLayout *layout = ensure_layout (self);
  int performance, potential;
  guint box;

  if (cell == NULL || layout == NULL)
    return;
  performance = (int) cell->performance + d_performance;
  potential = (int) cell->potential + d_potential;
  if (performance < 0 || potential < 0 || performance >= KR_TALENT_GRID_N_LEVELS ||
      potential >= KR_TALENT_GRID_N_LEVELS)
    return;
  box = kr_talent_grid_layout_get_box_at (layout, (guint) performance, (guint) potential);
  if (box == 0)
    return;
  self->focus_box = box;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  update_focus_label (self);
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint keyval,
                   guint keycode,
                   GdkModifierType state,
                   KrTalentGridView *self)
{
  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move_focus (self, 1, 0);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move_focus (self, -1, 0);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      move_focus (self, 0, -1);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      move_focus (self, 0, 1);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      activate_box (self, self->focus_box);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
on_focus_changed_cb (KrTalentGridView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
on_query_tooltip_cb (GtkWidget *widget,
                     int x,
                     int y,
                     gboolean keyboard,
                     GtkTooltip *tooltip,
                     gpointer user_data)
{
  KrTalentGridView *self = KR_TALENT_GRID_VIEW (widget);
  guint box = keyboard ? self->focus_box : kr_talent_grid_view_hit (self, x, y);
  guint index = 0;
  const KrTalentGridCell *cell = find_cell (self, box, &index);
  g_autofree char *text = NULL;
  g_autofree char *head = NULL;
  graphene_rect_t rect;

  if (cell == NULL)
    return FALSE;
  head = describe_cell (self, cell);
  if (self->follow_ups[index] != NULL)
    /* Translators: a box of the 9-box and, below, its follow-up (tindak lanjut) */
    text = g_strdup_printf (_ ("%s\nFollow-up: %s"), head, self->follow_ups[index]);
  gtk_tooltip_set_text (tooltip, text != NULL ? text : head);
  if (kr_talent_grid_view_get_box_rect (self, box, &rect))
    gtk_tooltip_set_tip_area (tooltip,
                              &(GdkRectangle){ (int) rect.origin.x, (int) rect.origin.y,
                                               (int) rect.size.width, (int) rect.size.height });
  return TRUE;
}

static void
on_dark_changed_cb (KrTalentGridView *self)
{
  invalidate (self, TRUE);
}

/* The object */

static void
kr_talent_grid_view_finalize (GObject *object)
{
  KrTalentGridView *self = KR_TALENT_GRID_VIEW (object);

  g_clear_pointer (&self->layout, kr_talent_grid_layout_free);
  if (self->palette_set)
    kr_talent_grid_palette_clear (&self->palette);
  for (guint i = 0; i < KR_TALENT_GRID_N_BOXES; i++)
    g_free (self->follow_ups[i]);
  g_free (self->description);

  G_OBJECT_CLASS (kr_talent_grid_view_parent_class)->finalize (object);
}

static void
kr_talent_grid_view_class_init (KrTalentGridViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = kr_talent_grid_view_finalize;
  widget_class->snapshot = kr_talent_grid_view_snapshot;
  widget_class->measure = kr_talent_grid_view_measure;
  widget_class->size_allocate = kr_talent_grid_view_size_allocate;
  widget_class->css_changed = kr_talent_grid_view_css_changed;

  signals[SIGNAL_BOX_ACTIVATED] =
      g_signal_new ("box-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                    NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_css_name (widget_class, "talentgrid");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
kr_talent_grid_view_init (KrTalentGridView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_has_tooltip (widget, TRUE);
  gtk_widget_set_cursor_from_name (widget, "pointer");
  g_signal_connect (click, "released", G_CALLBACK (on_released_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (widget, keys);
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (on_focus_changed_cb), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_focus_changed_cb), self);
  gtk_widget_add_controller (widget, focus);
  g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_dark_changed_cb), self, G_CONNECT_SWAPPED);
  self->natural_width = NATURAL_WIDTH;
  self->natural_height = NATURAL_HEIGHT;
  update_accessible (self);
}

/* API */

GtkWidget *
kr_talent_grid_view_new (void)
{
  return g_object_new (KR_TYPE_TALENT_GRID_VIEW, NULL);
}

void
kr_talent_grid_view_set_natural_size (KrTalentGridView *self, int width, int height)
{
  g_return_if_fail (KR_IS_TALENT_GRID_VIEW (self));

  self->natural_width = width;
  self->natural_height = height;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
kr_talent_grid_view_set_cells (KrTalentGridView *self,
                               const KrTalentGridCell *cells,
                               const char *const *follow_ups,
                               guint n_cells)
{
  g_return_if_fail (KR_IS_TALENT_GRID_VIEW (self));
  g_return_if_fail (n_cells <= KR_TALENT_GRID_N_BOXES);
  g_return_if_fail (cells != NULL || n_cells == 0);

  for (guint i = 0; i < KR_TALENT_GRID_N_BOXES; i++)
    g_clear_pointer (&self->follow_ups[i], g_free);
  self->n_cells = n_cells;
  if (n_cells > 0)
    memcpy (self->cells, cells, n_cells * sizeof (KrTalentGridCell));
  for (guint i = 0; i < n_cells && follow_ups != NULL; i++)
    self->follow_ups[i] = g_strdup (follow_ups[i]);
  if (find_cell (self, self->focus_box, NULL) == NULL)
    {
      /* The keyboard starts on the best pool box */
      self->focus_box = 0;
      for (guint i = 0; i < n_cells; i++)
        if (cells[i].in_pool && cells[i].box > self->focus_box)
          self->focus_box = cells[i].box;
      if (self->focus_box == 0 && n_cells > 0)
        self->focus_box = cells[0].box;
    }
  invalidate (self, FALSE);
  update_accessible (self);
}

guint
kr_talent_grid_view_get_count (KrTalentGridView *self, guint box)
{
  const KrTalentGridCell *cell;

  g_return_val_if_fail (KR_IS_TALENT_GRID_VIEW (self), 0);
  cell = find_cell (self, box, NULL);
  return cell != NULL ? cell->count : 0;
}

guint
kr_talent_grid_view_get_total (KrTalentGridView *self)
{
  guint total = 0;

  g_return_val_if_fail (KR_IS_TALENT_GRID_VIEW (self), 0);
  for (guint i = 0; i < self->n_cells; i++)
    total += self->cells[i].count;
  return total;
}

guint
kr_talent_grid_view_get_focus_box (KrTalentGridView *self)
{
  g_return_val_if_fail (KR_IS_TALENT_GRID_VIEW (self), 0);
  return self->focus_box;
}

const char *
kr_talent_grid_view_get_description (KrTalentGridView *self)
{
  g_return_val_if_fail (KR_IS_TALENT_GRID_VIEW (self), NULL);
  return self->description;
}

gboolean
kr_talent_grid_view_get_box_rect (KrTalentGridView *self, guint box, graphene_rect_t *rect)
{
  const KrTalentGridLayout *layout;
  double x, y, width, height;

  g_return_val_if_fail (KR_IS_TALENT_GRID_VIEW (self), FALSE);
  g_return_val_if_fail (rect != NULL, FALSE);
  layout = ensure_layout (self);
  if (layout == NULL || !kr_talent_grid_layout_get_box_rect (layout, box, &x, &y, &width, &height))
    return FALSE;
  graphene_rect_init (rect, x, y, width, height);
  return TRUE;
}

guint
kr_talent_grid_view_hit (KrTalentGridView *self, double x, double y)
{
  const KrTalentGridLayout *layout;

  g_return_val_if_fail (KR_IS_TALENT_GRID_VIEW (self), 0);
  layout = ensure_layout (self);
  return layout != NULL ? kr_talent_grid_hit (layout, x, y) : 0;
}

void
_kr_talent_grid_view_click (KrTalentGridView *self, double x, double y)
{
  g_return_if_fail (KR_IS_TALENT_GRID_VIEW (self));
  activate_box (self, kr_talent_grid_view_hit (self, x, y));
}
