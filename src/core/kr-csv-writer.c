/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-csv"

#include "config.h"

#include "kr-csv.h"

#include <string.h>

/* The CSV writer (the reader is kr-csv.c): quoting, the formula guard, buffered output. */

/* As the reader's buffers (kr-csv.c); the fuzz build makes them tiny. */
#ifndef KR_CSV_BUFFER_SIZE
#define KR_CSV_BUFFER_SIZE (64 * 1024)
#endif
#define WRITE_BUFFER_SIZE KR_CSV_BUFFER_SIZE

struct _KrCsvWriter
{
  GOutputStream *stream;
  GString *buffer;
  char delimiter;
  const char *line_end;
  gboolean guard;
  gboolean started; /* a record has been written */
};

KrCsvWriter *
kr_csv_writer_new (GOutputStream *stream, char delimiter, KrCsvWriterFlags flags)
{
  KrCsvWriter *self;

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), NULL);
  g_return_val_if_fail (delimiter != '\0' && delimiter != '"' && delimiter != '\r' &&
                            delimiter != '\n' && (guchar) delimiter < 0x80,
                        NULL);

  self = g_new0 (KrCsvWriter, 1);
  self->stream = g_object_ref (stream);
  self->buffer = g_string_sized_new (WRITE_BUFFER_SIZE + 1024);
  self->delimiter = delimiter;
  self->line_end = (flags & KR_CSV_WRITER_LF) != 0 ? "\n" : "\r\n";
  self->guard = (flags & KR_CSV_WRITER_GUARD_FORMULAS) != 0;
  if ((flags & KR_CSV_WRITER_BOM) != 0)
    g_string_append (self->buffer, "\xef\xbb\xbf");

  return self;
}

void
kr_csv_writer_free (KrCsvWriter *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->stream);
  g_string_free (self->buffer, TRUE);
  g_free (self);
}

static gboolean
needs_quotes (const char *field, gsize len, char delimiter)
{
  if (len == 0)
    return FALSE;
  if (field[0] == ' ' || field[0] == '\t' || field[len - 1] == ' ' || field[len - 1] == '\t')
    return TRUE;

  for (gsize i = 0; i < len; i++)
    {
      char c = field[i];

      if (c == delimiter || c == '"' || c == '\r' || c == '\n')
        return TRUE;
    }

  return FALSE;
}

static void
append_field (GString *out,
              const char *field,
              char delimiter,
              gboolean force_quotes,
              gboolean guard)
{
  gsize len = strlen (field);
  const char *quote;

  /* The guard is a quote at the very start of the cell: after the opening double quote. */
  guard = guard && kr_csv_field_is_formula (field);
  if (!force_quotes && !needs_quotes (field, len, delimiter))
    {
      if (guard)
        g_string_append_c (out, '\'');
      g_string_append_len (out, field, (gssize) len);
      return;
    }

  g_string_append_c (out, '"');
  if (guard)
    g_string_append_c (out, '\'');
  while ((quote = strchr (field, '"')) != NULL)
    {
      g_string_append_len (out, field, quote - field + 1);
      g_string_append_c (out, '"');
      field = quote + 1;
    }
  g_string_append (out, field);
  g_string_append_c (out, '"');
}

static gboolean
write_buffer (KrCsvWriter *self, GCancellable *cancellable, GError **error)
{
  gboolean ok = g_output_stream_write_all (self->stream, self->buffer->str, self->buffer->len, NULL,
                                           cancellable, error);

  g_string_truncate (self->buffer, 0);
  return ok;
}

gboolean
kr_csv_writer_write_record (KrCsvWriter *self,
                            const char *const *fields,
                            int n_fields,
                            GCancellable *cancellable,
                            GError **error)
{
  gboolean all_empty = TRUE;
  guint n;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);
  g_return_val_if_fail (n_fields == -1 || n_fields > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  n = n_fields < 0 ? g_strv_length ((char **) fields) : (guint) n_fields;
  g_return_val_if_fail (n > 0, FALSE);

  for (guint i = 0; i < n && all_empty; i++)
    all_empty = fields[i] == NULL || fields[i][0] == '\0';

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (self->buffer, self->delimiter);
      const char *field = fields[i] != NULL ? fields[i] : "";

      /* An empty record is one quoted empty field; a first field that starts with a byte
       * order mark is quoted, or a reader would take the mark for the file's. */
      append_field (self->buffer, field, self->delimiter,
                    i == 0 &&
                        (all_empty || (!self->started && g_str_has_prefix (field, "\xef\xbb\xbf"))),
                    self->guard);
    }
  self->started = TRUE;
  g_string_append (self->buffer, self->line_end);

  if (self->buffer->len >= WRITE_BUFFER_SIZE)
    return write_buffer (self, cancellable, error);

  return TRUE;
}

gboolean
kr_csv_writer_flush (KrCsvWriter *self, GCancellable *cancellable, GError **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->buffer->len > 0 && !write_buffer (self, cancellable, error))
    return FALSE;

  return g_output_stream_flush (self->stream, cancellable, error);
}
