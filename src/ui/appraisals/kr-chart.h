/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "kr-appraisal.h"

G_BEGIN_DECLS

/**
 * KrChartMode:
 * @KR_CHART_MODE_TREND: an employee's predikat year by year
 * @KR_CHART_MODE_DISTRIBUTION: how many employees of a unit hold each predikat
 */
typedef enum
{
  KR_CHART_MODE_TREND,
  KR_CHART_MODE_DISTRIBUTION,
} KrChartMode;

#define KR_TYPE_CHART (kr_chart_get_type ())

G_DECLARE_FINAL_TYPE (KrChart, kr_chart, KR, CHART, GtkWidget)

/* A chart of performance appraisal drawn by the render layer (kr-chart-render.h) in the
 * widget's own colours, light or dark. It is an image to assistive technologies, labelled with
 * what it shows and described with its data ("2022 Baik, 2023 Sangat Baik"), which the
 * windows also list as rows beside it. */
GtkWidget *kr_chart_new (KrChartMode mode);

KrChartMode kr_chart_get_mode (KrChart *self);

/* Shows @points (copied), in trend mode. */
void kr_chart_set_trend (KrChart *self, const KrAppraisalTrendPoint *points, guint n_points);

/* Shows @counts (copied), in distribution mode. */
void kr_chart_set_distribution (KrChart *self, const guint counts[KR_N_PREDIKAT]);

/* The trend points shown, 0 in distribution mode. */
guint kr_chart_get_n_points (KrChart *self);

/* The text given to assistive technologies as the chart's label and description. */
const char *kr_chart_get_label (KrChart *self);
const char *kr_chart_get_description (KrChart *self);

G_END_DECLS
