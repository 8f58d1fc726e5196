/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "kr-appraisal.h"

G_BEGIN_DECLS

/**
 * KrAppraisalChartMode:
 * @KR_APPRAISAL_CHART_MODE_TREND: an employee's predikat year by year
 * @KR_APPRAISAL_CHART_MODE_DISTRIBUTION: how many employees of a unit hold each predikat
 */
typedef enum
{
  KR_APPRAISAL_CHART_MODE_TREND,
  KR_APPRAISAL_CHART_MODE_DISTRIBUTION,
} KrAppraisalChartMode;

#define KR_TYPE_APPRAISAL_CHART (kr_appraisal_chart_get_type ())

G_DECLARE_FINAL_TYPE (KrAppraisalChart, kr_appraisal_chart, KR, APPRAISAL_CHART, GtkWidget)

/* A chart of performance appraisal drawn by the render layer (kr-chart-render.h) in the
 * widget's own colours, light or dark. It is an image to assistive technologies, labelled with
 * what it shows and described with its data ("2022 Baik, 2023 Sangat Baik"), which the
 * windows also list as rows beside it. */
GtkWidget *kr_appraisal_chart_new (KrAppraisalChartMode mode);

KrAppraisalChartMode kr_appraisal_chart_get_mode (KrAppraisalChart *self);

/* Shows @points (copied), in trend mode. */
void kr_appraisal_chart_set_trend (KrAppraisalChart *self,
                                   const KrAppraisalTrendPoint *points,
                                   guint n_points);

/* Shows @counts (copied), in distribution mode. */
void
kr_appraisal_chart_set_distribution (KrAppraisalChart *self, const guint counts[KR_N_PREDIKAT]);

/* The trend points shown, 0 in distribution mode. */
guint kr_appraisal_chart_get_n_points (KrAppraisalChart *self);

/* The text given to assistive technologies as the chart's label and description. */
const char *kr_appraisal_chart_get_label (KrAppraisalChart *self);
const char *kr_appraisal_chart_get_description (KrAppraisalChart *self);

G_END_DECLS
