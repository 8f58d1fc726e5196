/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-chart"

#include "config.h"

#include "kr-chart.h"

#include <adwaita.h>

#include <glib/gi18n.h>

#define MIN_WIDTH      240
#define NATURAL_WIDTH  400
#define MIN_HEIGHT     220
#define NATURAL_HEIGHT 300
/* The room of one bar of a horizontal chart or of one band of a pyramid */
#define ROW_HEIGHT 22

struct _KrChart
{
  GtkWidget parent_instance;

  GtkStack *stack;
  GtkWidget *canvas;
  GtkGrid *table;
  guint n_table_rows;

  KrChartData *data;
  KrChartLayout *layout;
  KrChartStyle style;
  gboolean style_set;
  gboolean activatable;
  guint focus_series;
  guint focus_category;
  char *title;
  char *label;
  char *description;
};

G_DEFINE_FINAL_TYPE (KrChart, kr_chart, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_ACTIVATABLE,
  PROP_SHOW_TABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  SIGNAL_ITEM_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The canvas: the picture, a widget of its own inside the stack */

#define KR_TYPE_CHART_CANVAS (kr_chart_canvas_get_type ())
G_DECLARE_FINAL_TYPE (KrChartCanvas, kr_chart_canvas, KR, CHART_CANVAS, GtkWidget)

struct _KrChartCanvas
{
  GtkWidget parent_instance;
  KrChart *chart; /* unowned: the chart owns the canvas */
};

G_DEFINE_FINAL_TYPE (KrChartCanvas, kr_chart_canvas, GTK_TYPE_WIDGET)

static gboolean
is_empty (KrChart *self)
{
  return self->data == NULL || kr_chart_data_is_empty (self->data);
}

static void
set_color (KrChartColor *color, const GdkRGBA *rgba)
{
  color->red = rgba->red;
  color->green = rgba->green;
  color->blue = rgba->blue;
  color->alpha = rgba->alpha;
}

/* The screen style of the present appearance, in the canvas's colour and font */
static void
ensure_style (KrChart *self)
{
  const PangoFontDescription *widget_font;
  g_autoptr (PangoFontDescription) font = NULL;
  GdkRGBA foreground;
  double size;

  if (self->style_set)
    return;
  widget_font = pango_context_get_font_description (gtk_widget_get_pango_context (self->canvas));
  font = pango_font_description_copy (widget_font);
  size = pango_font_description_get_size (font) / (double) PANGO_SCALE;
  kr_chart_style_init_screen (&self->style,
                              adw_style_manager_get_dark (adw_style_manager_get_default ()));
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (self->canvas), &foreground);
  G_GNUC_END_IGNORE_DEPRECATIONS
  set_color (&self->style.foreground, &foreground);
  /* The renderer measures in the context's units, pixels here; labels a little smaller than
   * the body text, as in GNOME's own charts. */
  if (!pango_font_description_get_size_is_absolute (font))
    size = size * 96.0 / 72.0;
  pango_font_description_set_absolute_size (font, (size > 0 ? size : 13) * 0.9 * PANGO_SCALE);
  kr_chart_style_set_font (&self->style, font);
  self->style.empty_text = _ ("No data");
  self->style_set = TRUE;
}

static void
invalidate (KrChart *self, gboolean style)
{
  g_clear_pointer (&self->layout, kr_chart_layout_free);
  if (style && self->style_set)
    {
      kr_chart_style_clear (&self->style);
      self->style_set = FALSE;
    }
  gtk_widget_queue_draw (self->canvas);
}

static const KrChartLayout *
ensure_layout (KrChart *self)
{
  int width = gtk_widget_get_width (self->canvas);
  int height = gtk_widget_get_height (self->canvas);

  if (self->layout != NULL)
    return self->layout;
  if (self->data == NULL || width <= 0 || height <= 0)
    return NULL;
  ensure_style (self);
  self->layout = kr_chart_layout_new (self->data, 0, 0, width, height, &self->style);
  return self->layout;
}

static void
kr_chart_canvas_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  KrChart *self = KR_CHART_CANVAS (widget)->chart;
  const KrChartLayout *layout = ensure_layout (self);
  double x, y, width, height;
  cairo_t *cr;

  if (layout == NULL)
    return;
  cr =
      gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                                gtk_widget_get_height (widget)));
  kr_chart_render (cr, layout, &self->style);
  /* The bar the keyboard is on */
  if (gtk_widget_has_focus (widget) &&
      kr_chart_layout_get_item (layout, self->focus_series, self->focus_category, &x, &y, &width,
                                &height))
    {
      const KrChartColor *accent = &self->style.accent;

      cairo_set_source_rgba (cr, accent->red, accent->green, accent->blue, 1);
      cairo_set_line_width (cr, 2);
      cairo_rectangle (cr, x - 3, y - 3, MAX (width, 0) + 6, MAX (height, 0) + 6);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);
}

/* The room a chart needs: more for the bars of a horizontal chart or the bands of a pyramid */
static int
natural_height (KrChart *self)
{
  KrChartKind kind;
  guint rows;

  if (is_empty (self))
    return NATURAL_HEIGHT;
  kind = kr_chart_data_get_kind (self->data);
  if (kind != KR_CHART_KIND_BAR_HORIZONTAL && kind != KR_CHART_KIND_PYRAMID)
    return NATURAL_HEIGHT;
  rows = kr_chart_data_get_n_categories (self->data);
  if (kind == KR_CHART_KIND_BAR_HORIZONTAL && !kr_chart_data_get_stacked (self->data))
    rows *= MAX (kr_chart_data_get_n_series (self->data), 1);
  return MAX (NATURAL_HEIGHT, 90 + (int) rows * ROW_HEIGHT);
}

static void
kr_chart_canvas_measure (GtkWidget *widget,
                         GtkOrientation orientation,
                         int for_size,
                         int *minimum,
                         int *natural,
                         int *minimum_baseline,
                         int *natural_baseline)
{
  KrChart *self = KR_CHART_CANVAS (widget)->chart;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NATURAL_WIDTH;
    }
  else
    {
      *natural = natural_height (self);
      *minimum = MAX (MIN_HEIGHT, *natural * 2 / 3);
    }
}

static void
kr_chart_canvas_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  invalidate (KR_CHART_CANVAS (widget)->chart, FALSE);
}

static void
kr_chart_canvas_css_changed (GtkWidget *widget, GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (kr_chart_canvas_parent_class)->css_changed (widget, change);
  if (KR_CHART_CANVAS (widget)->chart != NULL)
    invalidate (KR_CHART_CANVAS (widget)->chart, TRUE);
}

static void
kr_chart_canvas_class_init (KrChartCanvasClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = kr_chart_canvas_snapshot;
  widget_class->measure = kr_chart_canvas_measure;
  widget_class->size_allocate = kr_chart_canvas_size_allocate;
  widget_class->css_changed = kr_chart_canvas_css_changed;
  gtk_widget_class_set_css_name (widget_class, "chartcanvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
kr_chart_canvas_init (KrChartCanvas *self)
{
}

/* Text */

char *
kr_chart_get_item_text (KrChart *self, guint series, guint category)
{
  g_autofree char *value = NULL;
  const char *category_label;
  double reference;
  GString *text;

  g_return_val_if_fail (KR_IS_CHART (self), NULL);

  if (self->data == NULL || series >= kr_chart_data_get_n_series (self->data) ||
      category >= kr_chart_data_get_n_categories (self->data))
    return NULL;
  category_label = kr_chart_data_get_category (self->data, category);
  value =
      kr_chart_format_value (self->data, kr_chart_data_get_value (self->data, series, category));
  text = g_string_new (NULL);
  if (kr_chart_data_get_n_series (self->data) > 1)
    /* Translators: a bar of a chart: its category, a dash, its series, and its value */
    g_string_append_printf (text, _ ("%s — %s: %s"), category_label,
                            kr_chart_data_get_series_name (self->data, series), value);
  else
    /* Translators: a bar of a chart: its category and its value */
    g_string_append_printf (text, _ ("%s: %s"), category_label, value);
  if (kr_chart_data_get_kind (self->data) == KR_CHART_KIND_DISTRIBUTION)
    {
      g_string_append_printf (text, " (%.0f%%)",
                              kr_chart_data_get_share (self->data, series, category));
      if (kr_chart_data_get_reference (self->data, category, &reference))
        /* Translators: the expected share of a distribution's category, e.g. "Expected: 20%" */
        g_string_append_printf (text, _ ("\nExpected: %.0f%%"), reference);
    }
  if (self->activatable && kr_chart_data_get_value (self->data, series, category) > 0)
    g_string_append_printf (text, "\n%s", _ ("Click to list the employees"));
  return g_string_free (text, FALSE);
}

/* The table */

static GtkWidget *
table_cell (const char *text, gboolean header, gboolean numeric)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1 : 0);
  gtk_label_set_selectable (GTK_LABEL (label), !header);
  gtk_label_set_wrap (GTK_LABEL (label), !numeric);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  if (header)
    gtk_widget_add_css_class (label, "heading");
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  return label;
}

static char *
table_value (KrChart *self, guint series, guint category)
{
  g_autofree char *value =
      kr_chart_format_value (self->data, kr_chart_data_get_value (self->data, series, category));

  if (kr_chart_data_get_kind (self->data) != KR_CHART_KIND_DISTRIBUTION)
    return g_steal_pointer (&value);
  return g_strdup_printf ("%s (%.0f%%)", value,
                          kr_chart_data_get_share (self->data, series, category));
}

static void
rebuild_table (KrChart *self)
{
  GtkWidget *child;
  guint n_series, n_categories, column;
  gboolean has_reference = FALSE, stacked;
  double reference;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->table))) != NULL)
    gtk_grid_remove (self->table, child);
  self->n_table_rows = 0;
  if (is_empty (self))
    {
      gtk_grid_attach (self->table, table_cell (_ ("No data"), FALSE, FALSE), 0, 0, 1, 1);
      return;
    }
  n_series = kr_chart_data_get_n_series (self->data);
  n_categories = kr_chart_data_get_n_categories (self->data);
  stacked = kr_chart_data_get_stacked (self->data) && n_series > 1;
  for (guint c = 0; c < n_categories; c++)
    has_reference |= kr_chart_data_get_reference (self->data, c, NULL);

  gtk_grid_attach (self->table,
                   table_cell (kr_chart_data_get_category_title (self->data) != NULL
                                   ? kr_chart_data_get_category_title (self->data)
                                   : _ ("Category"),
                               TRUE, FALSE),
                   0, 0, 1, 1);
  for (guint s = 0; s < n_series; s++)
    gtk_grid_attach (self->table,
                     table_cell (kr_chart_data_get_series_name (self->data, s), TRUE, TRUE),
                     (int) s + 1, 0, 1, 1);
  column = n_series + 1;
  if (stacked)
    gtk_grid_attach (self->table, table_cell (_ ("Total"), TRUE, TRUE), (int) column, 0, 1, 1);
  if (has_reference)
    gtk_grid_attach (self->table, table_cell (_ ("Expected"), TRUE, TRUE),
                     (int) column + (stacked ? 1 : 0), 0, 1, 1);

  for (guint c = 0; c < n_categories; c++)
    {
      double total = 0;

      gtk_grid_attach (self->table,
                       table_cell (kr_chart_data_get_category (self->data, c), FALSE, FALSE), 0,
                       (int) c + 1, 1, 1);
      for (guint s = 0; s < n_series; s++)
        {
          g_autofree char *value = table_value (self, s, c);

          total += kr_chart_data_get_value (self->data, s, c);
          gtk_grid_attach (self->table, table_cell (value, FALSE, TRUE), (int) s + 1, (int) c + 1,
                           1, 1);
        }
      if (stacked)
        {
          g_autofree char *value = kr_chart_format_value (self->data, total);

          gtk_grid_attach (self->table, table_cell (value, FALSE, TRUE), (int) column, (int) c + 1,
                           1, 1);
        }
      if (has_reference)
        {
          g_autofree char *value = kr_chart_data_get_reference (self->data, c, &reference)
                                       ? g_strdup_printf ("%.0f%%", reference)
                                       : g_strdup ("—");

          gtk_grid_attach (self->table, table_cell (value, FALSE, TRUE),
                           (int) column + (stacked ? 1 : 0), (int) c + 1, 1, 1);
        }
      self->n_table_rows++;
    }
}

/* Accessibility */

static void
update_accessible (KrChart *self)
{
  const char *title = self->data != NULL ? kr_chart_data_get_title (self->data) : NULL;

  g_free (self->label);
  g_free (self->description);
  if (title == NULL)
    title = self->title;
  self->label = g_strdup (title != NULL ? title : _ ("Chart"));
  if (self->data != NULL)
    self->description = kr_chart_describe (self->data);
  else
    self->description = g_strdup (_ ("No data"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->canvas), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->label, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->description, -1);
}

/* Pointer and keyboard */

static void
activate_item (KrChart *self, guint series, guint category)
{
  if (!self->activatable || self->data == NULL ||
      kr_chart_data_get_value (self->data, series, category) <= 0)
    return;
  self->focus_series = series;
  self->focus_category = category;
  gtk_widget_queue_draw (self->canvas);
  g_signal_emit (self, signals[SIGNAL_ITEM_ACTIVATED], 0, series, category);
}

void
_kr_chart_click (KrChart *self, double x, double y)
{
  guint series, category;

  g_return_if_fail (KR_IS_CHART (self));

  if (kr_chart_pick (self, x, y, &series, &category))
    activate_item (self, series, category);
}

static void
on_released_cb (GtkGestureClick *gesture, int n_press, double x, double y, KrChart *self)
{
  if (self->activatable)
    gtk_widget_grab_focus (self->canvas);
  _kr_chart_click (self, x, y);
}

static void
on_motion_cb (GtkEventControllerMotion *motion, double x, double y, KrChart *self)
{
  guint series, category;
  gboolean over = self->activatable && kr_chart_pick (self, x, y, &series, &category) &&
                  kr_chart_data_get_value (self->data, series, category) > 0;

  gtk_widget_set_cursor_from_name (self->canvas, over ? "pointer" : NULL);
}

static void
move_focus (KrChart *self, int d_series, int d_category)
{
  int series = (int) self->focus_series + d_series;
  int category = (int) self->focus_category + d_category;

  if (is_empty (self) || series < 0 || category < 0 ||
      series >= (int) kr_chart_data_get_n_series (self->data) ||
      category >= (int) kr_chart_data_get_n_categories (self->data))
    return;
  self->focus_series = (guint) series;
  self->focus_category = (guint) category;
  gtk_widget_queue_draw (self->canvas);
  gtk_widget_trigger_tooltip_query (self->canvas);
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint keyval,
                   guint keycode,
                   GdkModifierType state,
                   KrChart *self)
{
  gboolean horizontal =
      self->data != NULL && kr_chart_data_get_kind (self->data) == KR_CHART_KIND_BAR_HORIZONTAL;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      move_focus (self, horizontal ? -1 : 0, horizontal ? 0 : -1);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      move_focus (self, horizontal ? 1 : 0, horizontal ? 0 : 1);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move_focus (self, horizontal ? 0 : 1, horizontal ? -1 : 0);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move_focus (self, horizontal ? 0 : -1, horizontal ? 1 : 0);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      activate_item (self, self->focus_series, self->focus_category);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
on_focus_changed_cb (KrChart *self)
{
  gtk_widget_queue_draw (self->canvas);
}

static gboolean
on_query_tooltip_cb (GtkWidget *canvas,
                     int x,
                     int y,
                     gboolean keyboard,
                     GtkTooltip *tooltip,
                     KrChart *self)
{
  guint series = self->focus_series, category = self->focus_category;
  g_autofree char *text = NULL;
  graphene_rect_t rect;

  if (!keyboard && !kr_chart_pick (self, x, y, &series, &category))
    return FALSE;
  text = kr_chart_get_item_text (self, series, category);
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  if (kr_chart_get_item_rect (self, series, category, &rect))
    gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle){ (int) rect.origin.x, (int) rect.origin.y,
                                                        MAX ((int) rect.size.width, 1),
                                                        MAX ((int) rect.size.height, 1) });
  return TRUE;
}

static void
on_dark_changed_cb (KrChart *self)
{
  invalidate (self, TRUE);
}

/* The object */

static void
kr_chart_dispose (GObject *object)
{
  KrChart *self = KR_CHART (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (kr_chart_parent_class)->dispose (object);
}

static void
kr_chart_finalize (GObject *object)
{
  KrChart *self = KR_CHART (object);

  g_clear_pointer (&self->layout, kr_chart_layout_free);
  g_clear_pointer (&self->data, kr_chart_data_unref);
  if (self->style_set)
    kr_chart_style_clear (&self->style);
  g_free (self->title);
  g_free (self->label);
  g_free (self->description);

  G_OBJECT_CLASS (kr_chart_parent_class)->finalize (object);
}

static void
kr_chart_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KrChart *self = KR_CHART (object);

  switch (prop_id)
    {
    case PROP_ACTIVATABLE:
      g_value_set_boolean (value, self->activatable);
      break;
    case PROP_SHOW_TABLE:
      g_value_set_boolean (value, kr_chart_get_show_table (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_chart_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  KrChart *self = KR_CHART (object);

  switch (prop_id)
    {
    case PROP_ACTIVATABLE:
      kr_chart_set_activatable (self, g_value_get_boolean (value));
      break;
    case PROP_SHOW_TABLE:
      kr_chart_set_show_table (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_chart_class_init (KrChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_chart_dispose;
  object_class->finalize = kr_chart_finalize;
  object_class->get_property = kr_chart_get_property;
  object_class->set_property = kr_chart_set_property;

  properties[PROP_ACTIVATABLE] =
      g_param_spec_boolean ("activatable", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_TABLE] =
      g_param_spec_boolean ("show-table", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_ITEM_ACTIVATED] =
      g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                    NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "chart");
}

static void
kr_chart_init (KrChart *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->stack), GTK_WIDGET (self));

  self->canvas = g_object_new (KR_TYPE_CHART_CANVAS, NULL);
  KR_CHART_CANVAS (self->canvas)->chart = self;
  gtk_widget_set_focusable (self->canvas, TRUE);
  gtk_widget_set_has_tooltip (self->canvas, TRUE);
  g_signal_connect (click, "released", G_CALLBACK (on_released_cb), self);
  gtk_widget_add_controller (self->canvas, GTK_EVENT_CONTROLLER (click));
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion_cb), self);
  gtk_widget_add_controller (self->canvas, motion);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (self->canvas, keys);
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (on_focus_changed_cb), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_focus_changed_cb), self);
  gtk_widget_add_controller (self->canvas, focus);
  g_signal_connect (self->canvas, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), self);
  gtk_stack_add_named (self->stack, self->canvas, "chart");

  self->table = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_column_spacing (self->table, 18);
  gtk_grid_set_row_spacing (self->table, 4);
  gtk_widget_set_margin_start (GTK_WIDGET (self->table), 6);
  gtk_widget_set_margin_end (GTK_WIDGET (self->table), 6);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->table));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_AUTOMATIC,
                                  GTK_POLICY_AUTOMATIC);
  gtk_stack_add_named (self->stack, scrolled, "table");
  gtk_stack_set_visible_child_name (self->stack, "chart");

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_dark_changed_cb), self, G_CONNECT_SWAPPED);
  update_accessible (self);
  rebuild_table (self);
}

/* API */

GtkWidget *
kr_chart_new (void)
{
  return g_object_new (KR_TYPE_CHART, NULL);
}

void
kr_chart_set_data (KrChart *self, KrChartData *data)
{
  g_return_if_fail (KR_IS_CHART (self));

  if (data != NULL)
    kr_chart_data_ref (data);
  g_clear_pointer (&self->data, kr_chart_data_unref);
  self->data = data;
  self->focus_series = 0;
  self->focus_category = 0;
  invalidate (self, FALSE);
  gtk_widget_queue_resize (self->canvas);
  update_accessible (self);
  rebuild_table (self);
}

void
kr_chart_set_title (KrChart *self, const char *title)
{
  g_return_if_fail (KR_IS_CHART (self));

  g_free (self->title);
  self->title = g_strdup (title);
  update_accessible (self);
}

KrChartData *
kr_chart_get_data (KrChart *self)
{
  g_return_val_if_fail (KR_IS_CHART (self), NULL);

  return self->data;
}

void
kr_chart_set_activatable (KrChart *self, gboolean activatable)
{
  g_return_if_fail (KR_IS_CHART (self));

  activatable = !!activatable;
  if (self->activatable == activatable)
    return;
  self->activatable = activatable;
  if (!activatable)
    gtk_widget_set_cursor_from_name (self->canvas, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVATABLE]);
}

gboolean
kr_chart_get_activatable (KrChart *self)
{
  g_return_val_if_fail (KR_IS_CHART (self), FALSE);

  return self->activatable;
}

void
kr_chart_set_show_table (KrChart *self, gboolean show_table)
{
  g_return_if_fail (KR_IS_CHART (self));

  if (kr_chart_get_show_table (self) == !!show_table)
    return;
  gtk_stack_set_visible_child_name (self->stack, show_table ? "table" : "chart");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_TABLE]);
}

gboolean
kr_chart_get_show_table (KrChart *self)
{
  g_return_val_if_fail (KR_IS_CHART (self), FALSE);

  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "table") == 0;
}

const char *
kr_chart_get_label (KrChart *self)
{
  g_return_val_if_fail (KR_IS_CHART (self), NULL);

  return self->label;
}

const char *
kr_chart_get_description (KrChart *self)
{
  g_return_val_if_fail (KR_IS_CHART (self), NULL);

  return self->description;
}

gboolean
kr_chart_pick (KrChart *self, double x, double y, guint *series, guint *category)
{
  const KrChartLayout *layout;
  graphene_point_t point;

  g_return_val_if_fail (KR_IS_CHART (self), FALSE);

  layout = ensure_layout (self);
  if (layout == NULL || !gtk_widget_compute_point (GTK_WIDGET (self), self->canvas,
                                                   &GRAPHENE_POINT_INIT (x, y), &point))
    return FALSE;
  return kr_chart_hit (layout, point.x, point.y, series, category);
}

gboolean
kr_chart_get_item_rect (KrChart *self, guint series, guint category, graphene_rect_t *rect)
{
  const KrChartLayout *layout;
  double x, y, width, height;
  graphene_point_t origin;

  g_return_val_if_fail (KR_IS_CHART (self), FALSE);
  g_return_val_if_fail (rect != NULL, FALSE);

  layout = ensure_layout (self);
  if (layout == NULL ||
      !kr_chart_layout_get_item (layout, series, category, &x, &y, &width, &height) ||
      !gtk_widget_compute_point (self->canvas, GTK_WIDGET (self), &GRAPHENE_POINT_INIT (x, y),
                                 &origin))
    return FALSE;
  graphene_rect_init (rect, origin.x, origin.y, width, height);
  return TRUE;
}

void
kr_chart_get_focus_item (KrChart *self, guint *series, guint *category)
{
  g_return_if_fail (KR_IS_CHART (self));

  if (series != NULL)
    *series = self->focus_series;
  if (category != NULL)
    *category = self->focus_category;
}

guint
kr_chart_get_n_table_rows (KrChart *self)
{
  g_return_val_if_fail (KR_IS_CHART (self), 0);

  return self->n_table_rows;
}
