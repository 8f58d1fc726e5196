/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-dashboard-charts"

#include "config.h"

#include "kr-dashboard-charts.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <math.h>
#include <string.h>

#include "kr-i18n.h"

/* kr_chart_export (): a chart of the dashboard as a picture, drawn with the paper style. */

gboolean
kr_chart_format_from_filename (const char *filename, KrChartFormat *format)
{
  static const struct
  {
    const char *extension;
    KrChartFormat format;
  } formats[] = {
    { ".png", KR_CHART_FORMAT_PNG },
    { ".pdf", KR_CHART_FORMAT_PDF },
    { ".svg", KR_CHART_FORMAT_SVG },
  };
  const char *dot;

  g_return_val_if_fail (filename != NULL, FALSE);

  dot = strrchr (filename, '.');
  for (guint i = 0; dot != NULL && i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (dot, formats[i].extension) == 0)
      {
        if (format != NULL)
          *format = formats[i].format;
        return TRUE;
      }
  return FALSE;
}

typedef struct
{
  GOutputStream *stream;
  GError *error;
} Writer;

static cairo_status_t
write_cb (void *closure, const unsigned char *data, unsigned int length)
{
  Writer *writer = closure;

  if (writer->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (writer->stream, data, length, NULL, NULL, &writer->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

static void
draw_chart (cairo_t *cr, KrChartData *data, double width, double height)
{
  KrChartStyle style;
  g_autoptr (KrChartLayout) layout = NULL;

  kr_chart_style_init_paper (&style);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  layout = kr_chart_layout_new (data, 0, 0, width, height, &style);
  kr_chart_render (cr, layout, &style);
  kr_chart_style_clear (&style);
}

/* Draws @data on a surface of @format written to @writer; the cairo status. */
static cairo_status_t
render_to (Writer *writer, KrChartData *data, KrChartFormat format, double width, double height)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  switch (format)
    {
    case KR_CHART_FORMAT_PDF:
      surface = cairo_pdf_surface_create_for_stream (write_cb, writer, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                      "Karier " PACKAGE_VERSION);
      if (kr_chart_data_get_title (data) != NULL)
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                        kr_chart_data_get_title (data));
      break;
    case KR_CHART_FORMAT_SVG:
      surface = cairo_svg_surface_create_for_stream (write_cb, writer, width, height);
      break;
    case KR_CHART_FORMAT_PNG:
    default:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width * 2),
                                            (int) ceil (height * 2));
      break;
    }
  cr = cairo_create (surface);
  if (format == KR_CHART_FORMAT_PNG)
    cairo_scale (cr, 2, 2);
  draw_chart (cr, data, width, height);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (format == KR_CHART_FORMAT_PNG && status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, write_cb, writer);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return status;
}

gboolean
kr_chart_export (KrChartData *data,
                 KrChartFormat format,
                 double width,
                 double height,
                 GFile *file,
                 GError **error)
{
  g_autoptr (GFileOutputStream) stream = NULL;
  g_autoptr (GCancellable) abandon = NULL;
  g_autofree char *name = NULL;
  Writer writer = { NULL, NULL };
  cairo_status_t status;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (format <= KR_CHART_FORMAT_SVG, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = g_file_get_parse_name (file);
  if (!(width >= 16 && height >= 16 && width <= 10000 && height <= 10000))
    {
      /* Translators: %s is a file name */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _ ("Cannot write “%s”: the picture must be 16 to 10000 points wide and high"),
                   name);
      return FALSE;
    }
  /* g_file_replace () writes beside the file and renames on close, so a reader never sees
   * half a picture */
  stream =
      g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, &writer.error);
  if (stream != NULL)
    {
      writer.stream = G_OUTPUT_STREAM (stream);
      status = render_to (&writer, data, format, width, height);
      if (writer.error == NULL && status != CAIRO_STATUS_SUCCESS)
        g_set_error_literal (&writer.error, G_IO_ERROR, G_IO_ERROR_FAILED,
                             cairo_status_to_string (status));
      if (writer.error == NULL)
        g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &writer.error);
      else
        {
          /* Closing cancelled drops the temporary file and keeps the old one */
          abandon = g_cancellable_new ();
          g_cancellable_cancel (abandon);
          g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
        }
    }
  if (writer.error != NULL)
    {
      /* Translators: the first %s is a file name, the second why it failed */
      g_set_error (error, G_IO_ERROR,
                   writer.error->domain == G_IO_ERROR ? writer.error->code : G_IO_ERROR_FAILED,
                   _ ("Cannot write “%s”: %s"), name, writer.error->message);
      g_error_free (writer.error);
      return FALSE;
    }
  return TRUE;
}
