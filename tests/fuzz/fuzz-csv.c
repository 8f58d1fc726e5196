/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kr-csv.h"
#include "kr-error.h"
#include "kr-fuzz.h"

/* The CSV reader (kr-csv.h) on any bytes. Beyond "no crash, leak or hang" it checks:
 * - every record read has as many fields as kr_csv_reader_get_fields() says, each valid UTF-8,
 *   and a record (not a bad row) has as many as the header; line numbers never go back;
 * - a reader that failed stops there (the next call is never made, as the API asks);
 * - round-trip: the header and the good records, written again by KrCsvWriter with the
 *   delimiter found and the flags chosen by the first byte (LF, BOM, formula guards), read back
 *   by a reader given that delimiter as exactly the same fields.
 * The first byte also picks the delimiter given to the reader: none (found from the header),
 * ',', ';' or tab. */

static const char delimiters[] = { '\0', ',', ';', '\t' };

/* Reads @data; returns the header followed by the good records (each a GStrv), or NULL when
 * the header cannot be read. */
static GPtrArray *
read_all (const void *data, gsize size, char delimiter, gboolean unguard, char *found)
{
  g_autoptr (GInputStream) stream = g_memory_input_stream_new_from_data (data, size, NULL);
  g_autoptr (KrCsvReader) reader = kr_csv_reader_new (stream, delimiter);
  g_autoptr (GError) error = NULL;
  GPtrArray *records;
  const char *const *fields;
  guint n_header, n_fields, line;
  KrCsvResult result;

  kr_csv_reader_set_unguard_formulas (reader, unguard);
  if (!kr_csv_reader_read_header (reader, NULL, &error))
    {
      kr_fuzz_check (error != NULL && error->domain != G_IO_ERROR, "header error");
      return NULL;
    }
  fields = kr_csv_reader_get_header (reader, &n_header);
  kr_fuzz_check (n_header >= 1 && g_strv_length ((char **) fields) == n_header, "header");
  *found = kr_csv_reader_get_delimiter (reader);
  kr_fuzz_check (delimiter == '\0' || *found == delimiter, "delimiter");
  records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_ptr_array_add (records, g_strdupv ((char **) fields));
  line = kr_csv_reader_get_line (reader);

  while ((result = kr_csv_reader_next (reader, NULL, &error)) != KR_CSV_RESULT_END)
    {
      if (result == KR_CSV_RESULT_ERROR)
        {
          kr_fuzz_check (error != NULL, "error without a message");
          break;
        }
      kr_fuzz_check (kr_csv_reader_get_line (reader) > line, "line numbers");
      line = kr_csv_reader_get_line (reader);
      kr_fuzz_check (kr_csv_reader_get_position (reader) <= size, "position");
      fields = kr_csv_reader_get_fields (reader, &n_fields);
      kr_fuzz_check (g_strv_length ((char **) fields) == n_fields, "field count");
      for (guint i = 0; i < n_fields; i++)
        kr_fuzz_check (g_utf8_validate (fields[i], -1, NULL), "UTF-8 field");
      if (result == KR_CSV_RESULT_BAD_ROW)
        {
          kr_fuzz_check (error != NULL && error->code == KR_ERROR_INVALID, "bad row error");
          g_clear_error (&error);
          continue;
        }
      kr_fuzz_check (error == NULL && n_fields == n_header, "record");
      g_ptr_array_add (records, g_strdupv ((char **) fields));
    }
  return records;
}

static GBytes *
write_all (GPtrArray *records, char delimiter, KrCsvWriterFlags flags)
{
  g_autoptr (GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr (GError) error = NULL;

  /* The header is never guarded (the reader never unguards it): write it on its own. */
  for (guint pass = 0; pass < 2; pass++)
    {
      KrCsvWriterFlags pass_flags =
          pass == 0 ? flags & ~KR_CSV_WRITER_GUARD_FORMULAS : flags & ~KR_CSV_WRITER_BOM;
      g_autoptr (KrCsvWriter) writer = kr_csv_writer_new (stream, delimiter, pass_flags);

      for (guint i = pass == 0 ? 0 : 1; i < (pass == 0 ? 1 : records->len); i++)
        if (!kr_csv_writer_write_record (writer, g_ptr_array_index (records, i), -1, NULL, &error))
          g_error ("write: %s", error->message);
      if (!kr_csv_writer_flush (writer, NULL, &error))
        g_error ("flush: %s", error->message);
    }
  g_output_stream_close (stream, NULL, NULL);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
}

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  kr_fuzz_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GPtrArray) records = NULL;
  g_autoptr (GPtrArray) again = NULL;
  g_autoptr (GBytes) written = NULL;
  KrCsvWriterFlags flags;
  char delimiter, found = '\0', found_again = '\0';

  if (size < 1)
    return 0;
  delimiter = delimiters[data[0] & 3];
  flags = (data[0] >> 2) & (KR_CSV_WRITER_LF | KR_CSV_WRITER_BOM | KR_CSV_WRITER_GUARD_FORMULAS);
  records = read_all (data + 1, size - 1, delimiter, FALSE, &found);
  if (records == NULL)
    return 0;

  written = write_all (records, found, flags);
  again = read_all (g_bytes_get_data (written, NULL), g_bytes_get_size (written), found,
                    (flags & KR_CSV_WRITER_GUARD_FORMULAS) != 0, &found_again);
  kr_fuzz_check (again != NULL, "the written header reads back");
  kr_fuzz_check (again->len == records->len, "the written records read back");
  for (guint i = 0; i < records->len; i++)
    kr_fuzz_check (g_strv_equal (g_ptr_array_index (records, i), g_ptr_array_index (again, i)),
                   "a written record reads back the same");
  return 0;
}
