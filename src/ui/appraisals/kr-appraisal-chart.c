/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-appraisal-chart"

#include "config.h"

#include "kr-appraisal-chart.h"

#include <adwaita.h>
#include <string.h>

#include <glib/gi18n.h>

#include "kr-chart-render.h"

/* The chart's labels are a little smaller than the body text, as in GNOME's own charts. */
#define LABEL_SCALE    0.9
#define MIN_WIDTH      240
#define MIN_HEIGHT     180
#define NATURAL_WIDTH  560
#define NATURAL_HEIGHT 240

struct _KrAppraisalChart
{
  GtkWidget parent_instance;

  KrAppraisalChartMode mode;
  GArray *points; /* KrAppraisalTrendPoint */
  guint counts[KR_N_PREDIKAT];
  char *label;
  char *description;
};

G_DEFINE_FINAL_TYPE (KrAppraisalChart, kr_appraisal_chart, GTK_TYPE_WIDGET)

/* What a screen reader says */

static char *
describe_trend (KrAppraisalChart *self)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < self->points->len; i++)
    {
      const KrAppraisalTrendPoint *point = &g_array_index (self->points, KrAppraisalTrendPoint, i);

      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append_printf (text, "%u %s", point->year, point->label);
      if (point->regime == KR_APPRAISAL_REGIME_PP46)
        g_string_append_printf (text, " (%.2f)", point->score);
    }
  if (text->len == 0)
    g_string_append (text, _ ("No appraisal results yet"));
  return g_string_free (text, FALSE);
}

static char *
describe_distribution (KrAppraisalChart *self)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < KR_N_PREDIKAT; i++)
    g_string_append_printf (text, "%s%s %u", i > 0 ? ", " : "",
                            kr_predikat_get_label ((KrPredikat) i), self->counts[i]);
  return g_string_free (text, FALSE);
}

static void
update_accessible (KrAppraisalChart *self)
{
  g_free (self->label);
  g_free (self->description);
  if (self->mode == KR_APPRAISAL_CHART_MODE_TREND)
    {
      self->label = g_strdup (_ ("Predikat by year"));
      self->description = describe_trend (self);
    }
  else
    {
      self->label = g_strdup (_ ("Predikat distribution"));
      self->description = describe_distribution (self);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, self->label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description, -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), self->description);
}

/* Drawing */

static void
set_color (KrChartColor *color, const GdkRGBA *rgba)
{
  color->red = rgba->red;
  color->green = rgba->green;
  color->blue = rgba->blue;
  color->alpha = rgba->alpha;
}

/* The widget's text colour and font, and the accent colour of the light or dark style. */
static void
init_style (KrAppraisalChart *self, KrChartStyle *style)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  G_GNUC_END_IGNORE_DEPRECATIONS
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  const PangoFontDescription *widget_font =
      pango_context_get_font_description (gtk_widget_get_pango_context (GTK_WIDGET (self)));
  g_autoptr (PangoFontDescription) font = pango_font_description_copy (widget_font);
  GdkRGBA foreground, accent;
  double size = pango_font_description_get_size (font) / (double) PANGO_SCALE;

  kr_chart_style_init_paper (style);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (context, &foreground);
  G_GNUC_END_IGNORE_DEPRECATIONS
  /* libadwaita 1.2's @accent_color. */
  gdk_rgba_parse (&accent, dark ? "#78aeed" : "#1c71d8");
  set_color (&style->foreground, &foreground);
  style->background.alpha = 0;
  set_color (&style->accent, &accent);

  /* The renderer wants the size in the context's units, which are pixels here. */
  if (!pango_font_description_get_size_is_absolute (font))
    size = size * 96.0 / 72.0;
  if (size <= 0)
    size = 13;
  pango_font_description_set_absolute_size (font, size * LABEL_SCALE * PANGO_SCALE);
  kr_chart_style_set_font (style, font);
  style->empty_text = self->mode == KR_APPRAISAL_CHART_MODE_TREND
                          ? _ ("No appraisal results yet")
                          : _ ("No appraised employees yet");
}

static void
kr_appraisal_chart_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  KrAppraisalChart *self = KR_APPRAISAL_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  KrChartStyle style;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  init_style (self, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (self->mode == KR_APPRAISAL_CHART_MODE_TREND)
    kr_chart_render_trend (cr, 0, 0, width, height,
                           (const KrAppraisalTrendPoint *) self->points->data, self->points->len,
                           &style);
  else
    kr_chart_render_distribution (cr, 0, 0, width, height, self->counts, &style);
  cairo_destroy (cr);
  kr_chart_style_clear (&style);
}

static void
kr_appraisal_chart_measure (GtkWidget *widget,
                            GtkOrientation orientation,
                            int for_size,
                            int *minimum,
                            int *natural,
                            int *minimum_baseline,
                            int *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NATURAL_WIDTH;
    }
  else
    {
      *minimum = MIN_HEIGHT;
      *natural = NATURAL_HEIGHT;
    }
}

static void
on_dark_changed_cb (KrAppraisalChart *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The object */

static void
kr_appraisal_chart_finalize (GObject *object)
{
  KrAppraisalChart *self = KR_APPRAISAL_CHART (object);

  g_clear_pointer (&self->points, g_array_unref);
  g_free (self->label);
  g_free (self->description);

  G_OBJECT_CLASS (kr_appraisal_chart_parent_class)->finalize (object);
}

static void
kr_appraisal_chart_class_init (KrAppraisalChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = kr_appraisal_chart_finalize;
  widget_class->snapshot = kr_appraisal_chart_snapshot;
  widget_class->measure = kr_appraisal_chart_measure;

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
kr_appraisal_chart_init (KrAppraisalChart *self)
{
  self->points = g_array_new (FALSE, FALSE, sizeof (KrAppraisalTrendPoint));
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_dark_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
}

GtkWidget *
kr_appraisal_chart_new (KrAppraisalChartMode mode)
{
  KrAppraisalChart *self = g_object_new (KR_TYPE_APPRAISAL_CHART, NULL);

  self->mode = mode;
  update_accessible (self);
  return GTK_WIDGET (self);
}

KrAppraisalChartMode
kr_appraisal_chart_get_mode (KrAppraisalChart *self)
{
  g_return_val_if_fail (KR_IS_APPRAISAL_CHART (self), KR_APPRAISAL_CHART_MODE_TREND);

  return self->mode;
}

void
kr_appraisal_chart_set_trend (KrAppraisalChart *self,
                              const KrAppraisalTrendPoint *points,
                              guint n_points)
{
  g_return_if_fail (KR_IS_APPRAISAL_CHART (self));
  g_return_if_fail (points != NULL || n_points == 0);

  self->mode = KR_APPRAISAL_CHART_MODE_TREND;
  g_array_set_size (self->points, 0);
  if (n_points > 0)
    g_array_append_vals (self->points, points, n_points);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
kr_appraisal_chart_set_distribution (KrAppraisalChart *self, const guint counts[KR_N_PREDIKAT])
{
  g_return_if_fail (KR_IS_APPRAISAL_CHART (self));
  g_return_if_fail (counts != NULL);

  self->mode = KR_APPRAISAL_CHART_MODE_DISTRIBUTION;
  g_array_set_size (self->points, 0);
  memcpy (self->counts, counts, sizeof self->counts);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
kr_appraisal_chart_get_n_points (KrAppraisalChart *self)
{
  g_return_val_if_fail (KR_IS_APPRAISAL_CHART (self), 0);

  return self->points->len;
}

const char *
kr_appraisal_chart_get_label (KrAppraisalChart *self)
{
  g_return_val_if_fail (KR_IS_APPRAISAL_CHART (self), NULL);

  return self->label;
}

const char *
kr_appraisal_chart_get_description (KrAppraisalChart *self)
{
  g_return_val_if_fail (KR_IS_APPRAISAL_CHART (self), NULL);

  return self->description;
}
