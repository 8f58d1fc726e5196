/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-chart-data"

#include "config.h"

#include "kr-chart-private.h"

#include <math.h>

#include "kr-i18n.h"

KrChartData *
kr_chart_data_new (KrChartKind kind)
{
  KrChartData *data = g_atomic_rc_box_new0 (KrChartData);

  data->kind = kind;
  data->categories = g_ptr_array_new_with_free_func (g_free);
  data->series_names = g_ptr_array_new_with_free_func (g_free);
  data->values = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  data->reference = g_array_new (FALSE, TRUE, sizeof (double));
  return data;
}

static void
data_clear (KrChartData *data)
{
  g_free (data->title);
  g_free (data->category_title);
  g_free (data->value_title);
  g_free (data->unit);
  g_free (data->reference_name);
  g_ptr_array_unref (data->categories);
  g_ptr_array_unref (data->series_names);
  g_ptr_array_unref (data->values);
  g_array_unref (data->reference);
}

KrChartData *
kr_chart_data_ref (KrChartData *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  return g_atomic_rc_box_acquire (data);
}

void
kr_chart_data_unref (KrChartData *data)
{
  if (data != NULL)
    g_atomic_rc_box_release_full (data, (GDestroyNotify) data_clear);
}

KrChartKind
kr_chart_data_get_kind (const KrChartData *data)
{
  g_return_val_if_fail (data != NULL, KR_CHART_KIND_BAR);

  return data->kind;
}

static void
replace (char **field, const char *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

void
kr_chart_data_set_title (KrChartData *data, const char *title)
{
  g_return_if_fail (data != NULL);

  replace (&data->title, title);
}

const char *
kr_chart_data_get_title (const KrChartData *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  return data->title;
}

void
kr_chart_data_set_axis_titles (KrChartData *data,
                               const char *category_title,
                               const char *value_title)
{
  g_return_if_fail (data != NULL);

  replace (&data->category_title, category_title);
  replace (&data->value_title, value_title);
}

const char *
kr_chart_data_get_category_title (const KrChartData *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  return data->category_title;
}

const char *
kr_chart_data_get_value_title (const KrChartData *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  return data->value_title;
}

void
kr_chart_data_set_unit (KrChartData *data, const char *unit)
{
  g_return_if_fail (data != NULL);

  replace (&data->unit, unit);
}

void
kr_chart_data_set_decimals (KrChartData *data, guint decimals)
{
  g_return_if_fail (data != NULL);
  g_return_if_fail (decimals <= 3);

  data->decimals = decimals;
}

void
kr_chart_data_set_stacked (KrChartData *data, gboolean stacked)
{
  g_return_if_fail (data != NULL);

  data->stacked = stacked;
}

gboolean
kr_chart_data_get_stacked (const KrChartData *data)
{
  g_return_val_if_fail (data != NULL, FALSE);

  return data->stacked &&
         (data->kind == KR_CHART_KIND_BAR || data->kind == KR_CHART_KIND_BAR_HORIZONTAL);
}

guint
kr_chart_data_add_category (KrChartData *data, const char *label)
{
  double zero = 0;

  g_return_val_if_fail (data != NULL, 0);
  g_return_val_if_fail (label != NULL, 0);

  g_ptr_array_add (data->categories, g_strdup (label));
  for (guint s = 0; s < data->values->len; s++)
    g_array_append_val (g_ptr_array_index (data->values, s), zero);
  return data->categories->len - 1;
}

guint
kr_chart_data_add_series (KrChartData *data, const char *name)
{
  GArray *values;

  g_return_val_if_fail (data != NULL, 0);
  g_return_val_if_fail (name != NULL, 0);

  values = g_array_sized_new (FALSE, TRUE, sizeof (double), data->categories->len);
  g_array_set_size (values, data->categories->len);
  g_ptr_array_add (data->series_names, g_strdup (name));
  g_ptr_array_add (data->values, values);
  return data->series_names->len - 1;
}

void
kr_chart_data_set_value (KrChartData *data, guint series, guint category, double value)
{
  g_return_if_fail (data != NULL);
  g_return_if_fail (series < data->values->len);
  g_return_if_fail (category < data->categories->len);

  g_array_index ((GArray *) g_ptr_array_index (data->values, series), double, category) =
      isfinite (value) ? MAX (value, 0) : 0;
}

void
kr_chart_data_set_reference (KrChartData *data,
                             const char *name,
                             const double *values,
                             guint n_values)
{
  g_return_if_fail (data != NULL);
  g_return_if_fail (n_values == 0 || values != NULL);

  replace (&data->reference_name, name);
  g_array_set_size (data->reference, 0);
  if (name != NULL && values != NULL)
    g_array_append_vals (data->reference, values, n_values);
}

guint
kr_chart_data_get_n_categories (const KrChartData *data)
{
  g_return_val_if_fail (data != NULL, 0);

  return data->categories->len;
}

guint
kr_chart_data_get_n_series (const KrChartData *data)
{
  g_return_val_if_fail (data != NULL, 0);

  return data->series_names->len;
}

const char *
kr_chart_data_get_category (const KrChartData *data, guint category)
{
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (category < data->categories->len, NULL);

  return g_ptr_array_index (data->categories, category);
}

const char *
kr_chart_data_get_series_name (const KrChartData *data, guint series)
{
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (series < data->series_names->len, NULL);

  return g_ptr_array_index (data->series_names, series);
}

double
kr_chart_data_get_value (const KrChartData *data, guint series, guint category)
{
  g_return_val_if_fail (data != NULL, 0);
  g_return_val_if_fail (series < data->values->len, 0);
  g_return_val_if_fail (category < data->categories->len, 0);

  return g_array_index ((GArray *) g_ptr_array_index (data->values, series), double, category);
}

double
_kr_chart_data_series_total (const KrChartData *data, guint series)
{
  double total = 0;

  for (guint c = 0; c < data->categories->len; c++)
    total += kr_chart_data_get_value (data, series, c);
  return total;
}

double
_kr_chart_data_category_total (const KrChartData *data, guint category)
{
  double total = 0;

  for (guint s = 0; s < data->values->len; s++)
    total += kr_chart_data_get_value (data, s, category);
  return total;
}

double
kr_chart_data_get_share (const KrChartData *data, guint series, guint category)
{
  double total;

  g_return_val_if_fail (data != NULL, 0);

  total = _kr_chart_data_series_total (data, series);
  return total > 0 ? 100.0 * kr_chart_data_get_value (data, series, category) / total : 0;
}

gboolean
kr_chart_data_get_reference (const KrChartData *data, guint category, double *value)
{
  g_return_val_if_fail (data != NULL, FALSE);

  if (data->kind != KR_CHART_KIND_DISTRIBUTION || data->reference_name == NULL ||
      category >= data->reference->len || category >= data->categories->len)
    return FALSE;
  /* A negative value leaves its category without a marker */
  if (!(g_array_index (data->reference, double, category) >= 0))
    return FALSE;
  if (value != NULL)
    *value = g_array_index (data->reference, double, category);
  return TRUE;
}

gboolean
kr_chart_data_is_empty (const KrChartData *data)
{
  g_return_val_if_fail (data != NULL, TRUE);

  for (guint s = 0; s < data->values->len; s++)
    if (_kr_chart_data_series_total (data, s) > 0)
      return FALSE;
  return TRUE;
}

static char *
format_number (double value, guint decimals)
{
  return g_strdup_printf ("%.*f", (int) decimals, value);
}

char *
kr_chart_format_value (const KrChartData *data, double value)
{
  g_autofree char *number = NULL;

  g_return_val_if_fail (data != NULL, NULL);

  number = format_number (value, data->decimals);
  if (data->unit == NULL || *data->unit == '\0')
    return g_steal_pointer (&number);
  /* A per cent sign follows the number directly */
  if (g_str_equal (data->unit, "%"))
    return g_strdup_printf ("%s%%", number);
  return g_strdup_printf ("%s %s", number, data->unit);
}

char *
_kr_chart_format_share (double share)
{
  if (share > 0 && share < 0.5)
    return g_strdup ("<1%");
  return g_strdup_printf ("%.0f%%", share);
}

static void
describe_distribution (GString *text, const KrChartData *data, guint c)
{
  double reference;

  for (guint s = 0; s < data->values->len; s++)
    {
      g_autofree char *value = kr_chart_format_value (data, kr_chart_data_get_value (data, s, c));
      g_autofree char *share = _kr_chart_format_share (kr_chart_data_get_share (data, s, c));

      if (s > 0)
        g_string_append (text, ", ");
      if (data->values->len > 1)
        g_string_append_printf (text, "%s ", kr_chart_data_get_series_name (data, s));
      g_string_append_printf (text, "%s (%s)", value, share);
    }
  if (kr_chart_data_get_reference (data, c, &reference))
    {
      g_autofree char *share = _kr_chart_format_share (reference);

      g_string_append_printf (text, ", %s %s", data->reference_name, share);
    }
}

char *
kr_chart_describe (const KrChartData *data)
{
  GString *text;

  g_return_val_if_fail (data != NULL, NULL);

  text = g_string_new (data->title);
  if (kr_chart_data_is_empty (data))
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, _ ("No data"));
      return g_string_free (text, FALSE);
    }
  for (guint c = 0; c < data->categories->len; c++)
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "%s: ", kr_chart_data_get_category (data, c));
      if (data->kind == KR_CHART_KIND_DISTRIBUTION)
        {
          describe_distribution (text, data, c);
          continue;
        }
      for (guint s = 0; s < data->values->len; s++)
        {
          g_autofree char *value =
              kr_chart_format_value (data, kr_chart_data_get_value (data, s, c));

          if (s > 0)
            g_string_append (text, ", ");
          if (data->values->len > 1)
            g_string_append_printf (text, "%s ", kr_chart_data_get_series_name (data, s));
          g_string_append (text, value);
        }
      if (kr_chart_data_get_stacked (data) && data->values->len > 1)
        {
          g_autofree char *total =
              kr_chart_format_value (data, _kr_chart_data_category_total (data, c));

          /* TRANSLATORS: the sum of a stacked bar in a chart's description, e.g. "(total 15)" */
          g_string_append_printf (text, _ (" (total %s)"), total);
        }
    }
  return g_string_free (text, FALSE);
}

void
kr_chart_nice_ticks (double max, guint max_ticks, double *step, guint *n_ticks)
{
  double raw, magnitude, fraction, nice;

  g_return_if_fail (step != NULL && n_ticks != NULL);

  max_ticks = MAX (max_ticks, 2);
  if (!(max > 0) || !isfinite (max))
    max = 1;
  /* Intervals, not ticks: the ticks include 0 */
  raw = max / (max_ticks - 1);
  magnitude = pow (10, floor (log10 (raw)));
  fraction = raw / magnitude;
  if (fraction <= 1 + 1e-9)
    nice = 1;
  else if (fraction <= 2 + 1e-9)
    nice = 2;
  else if (fraction <= 5 + 1e-9)
    nice = 5;
  else
    nice = 10;
  *step = nice * magnitude;
  *n_ticks = (guint) ceil (max / *step - 1e-9) + 1;
}
