/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-csv"

#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "kr-csv.h"
#include "kr-error.h"
#include "kr-test-utils.h"

/* A stream that hands out at most @chunk bytes per read, so that records are cut at every
 * place, and can fail at a given offset. */

#define TEST_TYPE_CHUNKED_STREAM (test_chunked_stream_get_type ())
G_DECLARE_FINAL_TYPE (TestChunkedStream, test_chunked_stream, TEST, CHUNKED_STREAM, GInputStream)

struct _TestChunkedStream
{
  GInputStream parent_instance;

  GBytes *bytes;
  gsize offset;
  gsize chunk;
  gsize fail_at;
};

G_DEFINE_FINAL_TYPE (TestChunkedStream, test_chunked_stream, G_TYPE_INPUT_STREAM)

static gssize
test_chunked_stream_read (GInputStream *stream,
                          void *buffer,
                          gsize count,
                          GCancellable *cancellable,
                          GError **error)
{
  TestChunkedStream *self = TEST_CHUNKED_STREAM (stream);
  gsize size;
  const guchar *data = g_bytes_get_data (self->bytes, &size);
  gsize n = MIN (MIN (count, self->chunk), size - self->offset);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return -1;
  if (self->offset >= self->fail_at)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Simulated read failure");
      return -1;
    }

  n = MIN (n, self->fail_at - self->offset);
  memcpy (buffer, data + self->offset, n);
  self->offset += n;
  return (gssize) n;
}

static void
test_chunked_stream_finalize (GObject *object)
{
  TestChunkedStream *self = TEST_CHUNKED_STREAM (object);

  g_clear_pointer (&self->bytes, g_bytes_unref);
  G_OBJECT_CLASS (test_chunked_stream_parent_class)->finalize (object);
}

static void
test_chunked_stream_class_init (TestChunkedStreamClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_chunked_stream_finalize;
  G_INPUT_STREAM_CLASS (klass)->read_fn = test_chunked_stream_read;
}

static void
test_chunked_stream_init (TestChunkedStream *self)
{
  self->fail_at = G_MAXSIZE;
}

static GInputStream *
chunked_stream_new (GBytes *bytes, gsize chunk)
{
  TestChunkedStream *self = g_object_new (TEST_TYPE_CHUNKED_STREAM, NULL);

  self->bytes = g_bytes_ref (bytes);
  self->chunk = chunk;
  return G_INPUT_STREAM (self);
}

/* Helpers */

static void
append_fields (GString *out, const char *const *fields, guint n_fields)
{
  g_assert_nonnull (fields);
  g_assert_null (fields[n_fields]);
  for (guint i = 0; i < n_fields; i++)
    {
      g_assert_true (g_utf8_validate (fields[i], -1, NULL));
      g_string_append_c (out, '[');
      for (const char *p = fields[i]; *p != '\0'; p++)
        {
          if (*p == '\r')
            g_string_append (out, "\\r");
          else if (*p == '\n')
            g_string_append (out, "\\n");
          else if (*p == '\t')
            g_string_append (out, "\\t");
          else
            g_string_append_c (out, *p);
        }
      g_string_append_c (out, ']');
    }
}

/* Reads everything from @stream into a description, one line per record: "H<line> (<delimiter>):
 * [field]..." for the header, "<line>: [field]..." for records (with " BAD: <message>" for bad
 * rows), then "END" or "ERROR: <message>". Checks that the position at the end is @size. */
static char *
dump_stream (GInputStream *stream, char delimiter, gsize size)
{
  g_autoptr (KrCsvReader) reader = kr_csv_reader_new (stream, delimiter);
  g_autoptr (GError) error = NULL;
  GString *out = g_string_new (NULL);
  const char *const *fields;
  guint n_fields;
  char found;

  if (!kr_csv_reader_read_header (reader, NULL, &error))
    {
      g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
      g_string_append_printf (out, "ERROR: %s\n", error->message);
      return g_string_free (out, FALSE);
    }

  found = kr_csv_reader_get_delimiter (reader);
  g_string_append_printf (out, "H%u (%s): ", kr_csv_reader_get_line (reader),
                          found == '\t' ? "\\t" : (char[]){ found, '\0' });
  fields = kr_csv_reader_get_header (reader, &n_fields);
  append_fields (out, fields, n_fields);
  g_string_append_c (out, '\n');

  for (;;)
    {
      KrCsvResult result = kr_csv_reader_next (reader, NULL, &error);

      if (result == KR_CSV_RESULT_END)
        {
          g_assert_no_error (error);
          g_assert_cmpuint (kr_csv_reader_get_position (reader), ==, size);
          fields = kr_csv_reader_get_fields (reader, &n_fields);
          g_assert_cmpuint (n_fields, ==, 0);
          g_assert_null (fields[0]);
          g_string_append (out, "END\n");
          break;
        }
      if (result == KR_CSV_RESULT_ERROR)
        {
          g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
          g_string_append_printf (out, "ERROR: %s\n", error->message);
          break;
        }

      g_string_append_printf (out, "%u: ", kr_csv_reader_get_line (reader));
      fields = kr_csv_reader_get_fields (reader, &n_fields);
      append_fields (out, fields, n_fields);
      if (result == KR_CSV_RESULT_BAD_ROW)
        {
          g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
          g_string_append_printf (out, " BAD: %s", error->message);
          g_clear_error (&error);
        }
      else
        {
          g_assert_cmpint (result, ==, KR_CSV_RESULT_RECORD);
          g_assert_no_error (error);
        }
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

static GBytes *
load_data (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "csv", name, NULL);
  g_autoptr (GError) error = NULL;
  char *contents;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

/* Reads @data from a memory stream and then cut at every place, comparing each description
 * with @expected. */
static void
check_bytes (GBytes *data, char delimiter, const char *expected)
{
  gsize size = g_bytes_get_size (data);

  {
    g_autoptr (GInputStream) stream = g_memory_input_stream_new_from_bytes (data);
    g_autofree char *dump = dump_stream (stream, delimiter, size);

    g_assert_cmpstr (dump, ==, expected);
  }

  /* Each chunk size puts the first cut at a different byte. */
  for (gsize chunk = 1; chunk <= size; chunk++)
    {
      g_autoptr (GInputStream) stream = chunked_stream_new (data, chunk);
      g_autofree char *dump = dump_stream (stream, delimiter, size);

      if (g_strcmp0 (dump, expected) != 0)
        g_error ("chunks of %zu bytes: got\n%s\nexpected\n%s", chunk, dump, expected);
    }
}

/* Reads the data file @name through a file stream, then as check_bytes() does. */
static void
check_file (const char *name, char delimiter, const char *expected)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "csv", name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (GFileInputStream) stream = g_file_read (file, NULL, &error);
  g_autoptr (GBytes) data = load_data (name);
  g_autofree char *dump = NULL;

  g_assert_no_error (error);
  dump = dump_stream (G_INPUT_STREAM (stream), delimiter, g_bytes_get_size (data));
  g_assert_cmpstr (dump, ==, expected);

  check_bytes (data, delimiter, expected);
}

static void
check_text (const char *text, char delimiter, const char *expected)
{
  g_autoptr (GBytes) data = g_bytes_new_static (text, strlen (text));

  check_bytes (data, delimiter, expected);
}

/* Reader: the data files */

static void
test_csv_comma (void)
{
  check_file ("comma.csv", '\0',
              "H1 (,): [nip_baru][nama][tanggal_lahir][unor]\n"
              "2: [198609262015051001][Budi Santoso][26-09-1986][Dinas Pendidikan]\n"
              "3: [199001012023211001][Siti Aminah, S.Pd.][1990-01-01][Bagian Umum; Sekretariat]\n"
              "4: [197001312000122999][Dewi Lestari][31/01/1970][]\n"
              "END\n");
  check_file ("comma.csv", ',',
              "H1 (,): [nip_baru][nama][tanggal_lahir][unor]\n"
              "2: [198609262015051001][Budi Santoso][26-09-1986][Dinas Pendidikan]\n"
              "3: [199001012023211001][Siti Aminah, S.Pd.][1990-01-01][Bagian Umum; Sekretariat]\n"
              "4: [197001312000122999][Dewi Lestari][31/01/1970][]\n"
              "END\n");
}

static void
test_csv_semicolon (void)
{
  check_file ("semicolon.csv", '\0',
              "H1 (;): [NIP BARU][Nama][Gelar Belakang][Tanggal Lahir]\n"
              "2: [198609262015051001][Budi Santoso][S.Kom., M.T.][26-09-1986]\n"
              "3: [199512312020011002][Rina \"Nana\" Wati][][31-12-1995]\n"
              "END\n");

  /* A wrong fixed delimiter: one column, so the commas in the data make ragged rows. */
  check_file ("semicolon.csv", ',',
              "H1 (,): [NIP BARU;Nama;Gelar Belakang;Tanggal Lahir]\n"
              "2: [198609262015051001;Budi Santoso;S.Kom.][ M.T.;26-09-1986] BAD: Line 2 has 2 "
              "columns, but the header has 1; a value that contains the delimiter must be in "
              "quotes\n"
              "3: [199512312020011002;\"Rina \"\"Nana\"\" Wati\";;31-12-1995] BAD: Line 3, column "
              "20: a quote inside a field that does not start with one; put the whole field in "
              "quotes and double the quotes inside it\n"
              "END\n");
}

static void
test_csv_tab (void)
{
  check_file ("tab.tsv", '\0',
              "H1 (\\t): [nip_baru][nama][jabatan]\n"
              "2: [198609262015051001][Budi Santoso][Analis Kepegawaian; Ahli Pertama, Madya]\n"
              "3: [199001012023211001][Siti\\tAminah][]\n"
              "END\n");
}

static void
test_csv_bom (void)
{
  g_autoptr (GBytes) data = load_data ("bom.csv");
  g_autoptr (GInputStream) stream = g_memory_input_stream_new_from_bytes (data);
  g_autoptr (KrCsvReader) reader = kr_csv_reader_new (stream, '\0');
  g_autoptr (GError) error = NULL;

  check_file ("bom.csv", '\0',
              "H1 (;): [nip_baru][nama]\n"
              "2: [198609262015051001][Budi Santoso]\n"
              "3: [199512312020011002][Ñandú Pérez]\n"
              "END\n");

  /* The position counts the byte order mark and the line end of the header. */
  g_assert_true (kr_csv_reader_read_header (reader, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kr_csv_reader_get_position (reader), ==, 3 + strlen ("nip_baru;nama\r\n"));
}

static void
test_csv_crlf (void)
{
  check_file ("crlf.csv", '\0',
              "H1 (,): [nip_baru][nama][catatan]\n"
              "2: [198609262015051001][Budi][baris satu\\r\\nbaris dua]\n"
              "4: [199001012023211001][Siti][biasa]\n"
              "END\n");
}

static void
test_csv_quoted (void)
{
  check_file ("quoted.csv", '\0',
              "H1 (,): [id][teks][catatan]\n"
              "2: [1][Dia berkata \"halo\"][biasa]\n"
              "3: [2][a,b;c][baris\\nkedua\\nketiga]\n"
              "6: [3][\"][]\n"
              "7: [4][][x]\n"
              "8: [5][  spasi  ][]\n"
              "END\n");
}

static void
test_csv_blank_lines (void)
{
  check_file ("blank-lines.csv", '\0',
              "H3 (,): [id][nama]\n"
              "4: [1][Budi]\n"
              "8: [2][Siti]\n"
              "10: [3][Dewi]\n"
              "11: [][]\n"
              "END\n");
}

static void
test_csv_line_ends (void)
{
  check_file ("no-final-newline.csv", '\0',
              "H1 (,): [id][nama]\n"
              "2: [1][Budi]\n"
              "3: [2][Siti]\n"
              "END\n");
  check_file ("cr-only.csv", '\0',
              "H1 (,): [id][nama]\n"
              "2: [1][Budi]\n"
              "3: [2][Siti]\n"
              "END\n");
  check_text ("a,b\r\n1,2\r", '\0', "H1 (,): [a][b]\n2: [1][2]\nEND\n");
  check_text ("a,b\n1,", '\0', "H1 (,): [a][b]\n2: [1][]\nEND\n");
  check_text ("a,b\n1,\"\"", '\0', "H1 (,): [a][b]\n2: [1][]\nEND\n");
  check_text ("a,b\r\r\n\n1,2\n\r", '\0', "H1 (,): [a][b]\n4: [1][2]\nEND\n");
  check_text ("a,b\n\"x\ry\",\"p\r\n\nq\"\n1,2\n", '\0',
              "H1 (,): [a][b]\n2: [x\\ry][p\\r\\n\\nq]\n6: [1][2]\nEND\n");
  check_text ("a,b", '\0', "H1 (,): [a][b]\nEND\n");
}

static void
test_csv_unterminated (void)
{
  check_file ("unterminated.csv", '\0',
              "H1 (,): [id][nama][catatan]\n"
              "2: [1][Budi][ok]\n"
              "ERROR: Line 3, column 8: the quoted field that starts here has no closing quote\n");
  check_text ("a,b\n1,\"", '\0',
              "H1 (,): [a][b]\n"
              "ERROR: Line 2, column 3: the quoted field that starts here has no closing quote\n");
  /* The quote opens on a later line of a record than its first. */
  check_text ("a,b\n\"x\ny\",\"z\n", '\0',
              "H1 (,): [a][b]\n"
              "ERROR: Line 3, column 4: the quoted field that starts here has no closing quote\n");
  check_text ("\"a,b\n", '\0',
              "ERROR: Line 1: cannot tell the delimiter, as the header has no comma, semicolon or "
              "tab; choose the delimiter yourself\n");
  check_text ("\"a,b\n", ',',
              "ERROR: Line 1, column 1: the quoted field that starts here has no closing quote\n");
}

static void
test_csv_stray_quote (void)
{
  check_file ("stray-quote.csv", '\0',
              "H1 (,): [id][nama][catatan]\n"
              "2: [1][Budi 5\" monitor][ok] BAD: Line 2, column 9: a quote inside a field that "
              "does not start with one; put the whole field in quotes and double the quotes "
              "inside it\n"
              "3: [2][Siti Aminah][ok] BAD: Line 3, column 9: text after the closing quote of a "
              "field; put the whole field in quotes and double the quotes inside it\n"
              "4: [3][Dewi][ok]\n"
              "END\n");

  /* The column counts characters, after a line break inside the record. */
  check_text ("a,b\n\"é\nü\",ñ\"\n1,2\n", '\0',
              "H1 (,): [a][b]\n"
              "2: [é\\nü][ñ\"] BAD: Line 3, column 5: a quote inside a field that does not start "
              "with one; put the whole field in quotes and double the quotes inside it\n"
              "4: [1][2]\n"
              "END\n");

  /* Only the first stray quote of a row is reported; a wrong field count comes second. */
  check_text ("a,b\n\"x\"y\"z\n", '\0',
              "H1 (,): [a][b]\n"
              "2: [xy\"z] BAD: Line 2, column 4: text after the closing quote of a field; put the "
              "whole field in quotes and double the quotes inside it\n"
              "END\n");

  /* A header with a stray quote is refused. */
  check_text ("a,b\"\n1,2\n", '\0',
              "ERROR: Line 1, column 4: a quote inside a field that does not start with one; put "
              "the whole field in quotes and double the quotes inside it\n");
}

static void
test_csv_invalid_utf8 (void)
{
  check_file ("invalid-utf8.csv", '\0',
              "H1 (,): [id][nama]\n"
              "2: [1][Budi]\n"
              "ERROR: Line 3, column 12: the text is not valid UTF-8; save the file as UTF-8 "
              "(“CSV UTF-8” in spreadsheet programs)\n");

  /* A NUL byte, and an invalid byte on the second line of a record. */
  {
    static const char with_nul[] = "a,b\n1,x\0y\n";
    g_autoptr (GBytes) data = g_bytes_new_static (with_nul, sizeof with_nul - 1);

    check_bytes (data, '\0',
                 "H1 (,): [a][b]\n"
                 "ERROR: Line 2, column 4: the text is not valid UTF-8; save the file as UTF-8 "
                 "(“CSV UTF-8” in spreadsheet programs)\n");
  }
  check_text ("a,b\n1,\"x\r\nyz\xc3\"\n", '\0',
              "H1 (,): [a][b]\n"
              "ERROR: Line 3, column 3: the text is not valid UTF-8; save the file as UTF-8 "
              "(“CSV UTF-8” in spreadsheet programs)\n");
  check_text ("a,\xff\n", '\0',
              "ERROR: Line 1, column 3: the text is not valid UTF-8; save the file as UTF-8 "
              "(“CSV UTF-8” in spreadsheet programs)\n");
  check_file ("utf16.csv", '\0',
              "ERROR: The file is in UTF-16; save it as UTF-8 (“CSV UTF-8” in spreadsheet "
              "programs)\n");
}

static void
test_csv_ragged (void)
{
  check_file ("ragged.csv", '\0',
              "H1 (,): [id][nama][unit]\n"
              "2: [1][Budi][Dinas]\n"
              "3: [2][Siti] BAD: Line 3 has 2 columns, but the header has 3; a value that "
              "contains the delimiter must be in quotes\n"
              "4: [3][Dewi][Dinas][lebih] BAD: Line 4 has 4 columns, but the header has 3; a "
              "value that contains the delimiter must be in quotes\n"
              "5: [4][Rina, S.Pd][Dinas]\n"
              "6: [5][Joko][Dinas][] BAD: Line 6 has 4 columns, but the header has 3; a value that "
              "contains the delimiter must be in quotes\n"
              "END\n");
}

static void
test_csv_sniffing (void)
{
  check_file ("delimiter-tie.csv", '\0',
              "ERROR: Line 1: cannot tell the delimiter, as the header has the same number of two "
              "of them (commas: 1, semicolons: 1, tabs: 0); choose the delimiter yourself\n");
  check_file ("delimiter-tie.csv", ';',
              "H1 (;): [nip,nama][unit]\n"
              "2: [1,2][3]\n"
              "END\n");
  check_file ("one-column.csv", '\0',
              "ERROR: Line 1: cannot tell the delimiter, as the header has no comma, semicolon or "
              "tab; choose the delimiter yourself\n");
  check_file ("one-column.csv", ',', "H1 (,): [nip]\n2: [198609262015051001]\nEND\n");

  /* Delimiters inside quotes do not count, even across a line break in the header. */
  check_text ("\"a,b,c\";d;e\n1;2;3\n", '\0', "H1 (;): [a,b,c][d][e]\n2: [1][2][3]\nEND\n");
  check_text ("\"x\n,,,,\";y;z\n1;2;3\n", '\0', "H1 (;): [x\\n,,,,][y][z]\n3: [1][2][3]\nEND\n");
  check_text ("a\tb\tc;d\n1\t2\t3;4\n", '\0', "H1 (\\t): [a][b][c;d]\n2: [1][2][3;4]\nEND\n");
  /* The first line that is not empty decides; the data rows do not. */
  check_text ("\r\n\na;b,c;d\n1;2,3;4\n", '\0', "H3 (;): [a][b,c][d]\n4: [1][2,3][4]\nEND\n");
  check_text ("a,b,c;d;e\tf\n", '\0',
              "ERROR: Line 1: cannot tell the delimiter, as the header has the same number of two "
              "of them (commas: 2, semicolons: 2, tabs: 1); choose the delimiter yourself\n");
  check_text ("a|b\n1|2\n", '|', "H1 (|): [a][b]\n2: [1][2]\nEND\n");
}

static void
test_csv_empty (void)
{
  check_file ("empty.csv", '\0',
              "ERROR: The file is empty; it needs a header line naming the columns\n");
  check_file ("empty.csv", ',',
              "ERROR: The file is empty; it needs a header line naming the columns\n");
  check_text ("\n\r\n\r", ',',
              "ERROR: The file is empty; it needs a header line naming the columns\n");
  check_text (" , \n\t,\n", ',',
              "ERROR: The file is empty; it needs a header line naming the columns\n");
  check_text ("\xef\xbb\xbf", '\0',
              "ERROR: The file is empty; it needs a header line naming the columns\n");
  check_text ("a,b\n\n\n", '\0', "H1 (,): [a][b]\nEND\n");
}

/* Records longer than the read buffer make it grow; past the limit they are refused. */
static void
test_csv_long_records (void)
{
  gsize big = KR_CSV_MAX_RECORD_SIZE + 1024;
  GString *text = g_string_sized_new (big + 64);
  g_autoptr (GBytes) data = NULL;
  g_autofree char *long_field = g_strnfill (300000, 'x');
  g_autofree char *expected = NULL;

  g_string_append (text, "a,b\n1,\"");
  g_string_append (text, long_field);
  g_string_append (text, "\"\"\"\n2,");
  g_string_append (text, long_field);
  g_string_append (text, "\n");
  expected =
      g_strdup_printf ("H1 (,): [a][b]\n2: [1][%s\"]\n3: [2][%s]\nEND\n", long_field, long_field);
  {
    g_autoptr (GBytes) ok = g_bytes_new (text->str, text->len);
    g_autoptr (GInputStream) stream = g_memory_input_stream_new_from_bytes (ok);
    g_autoptr (GInputStream) dribble = chunked_stream_new (ok, 1);
    g_autofree char *dump = dump_stream (stream, '\0', text->len);
    g_autofree char *dribbled = dump_stream (dribble, '\0', text->len);

    g_assert_true (g_str_equal (dump, expected));
    g_assert_true (g_str_equal (dribbled, expected));
  }

  g_string_truncate (text, 0);
  g_string_append (text, "a\n\n\"");
  for (gsize i = 0; i < big; i += 300000)
    g_string_append (text, long_field);
  g_string_append (text, "\"\n");
  data = g_bytes_new (text->str, text->len);
  {
    g_autoptr (GInputStream) stream = g_memory_input_stream_new_from_bytes (data);
    g_autofree char *dump = dump_stream (stream, ',', text->len);

    g_assert_cmpstr (dump, ==,
                     "H1 (,): [a]\n"
                     "ERROR: Line 3, column 1: the quoted field that starts here has no closing "
                     "quote\n");
  }
  g_string_free (text, TRUE);
}

static void
test_csv_too_long_unquoted (void)
{
  g_autofree char *field = g_strnfill (KR_CSV_MAX_RECORD_SIZE + 10, 'y');
  g_autofree char *text = g_strconcat ("a;b\nx;y\n\n1;", field, "\n", NULL);
  g_autoptr (GBytes) data = g_bytes_new_take (g_steal_pointer (&text), strlen (field) + 12);
  g_autoptr (GInputStream) stream = g_memory_input_stream_new_from_bytes (data);
  g_autofree char *dump = dump_stream (stream, '\0', 0);

  g_assert_cmpstr (dump, ==,
                   "H1 (;): [a][b]\n"
                   "2: [x][y]\n"
                   "ERROR: Line 4: the record is longer than 16 MiB\n");
}

static void
test_csv_stream_errors (void)
{
  g_autoptr (GBytes) data = load_data ("comma.csv");
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;

  /* A failing stream: the error comes through as it is, and stops the reader. */
  {
    g_autoptr (GInputStream) stream = chunked_stream_new (data, 4096);
    g_autoptr (KrCsvReader) reader = kr_csv_reader_new (stream, '\0');

    TEST_CHUNKED_STREAM (stream)->fail_at = 100;
    g_assert_true (kr_csv_reader_read_header (reader, NULL, &error));
    g_assert_cmpint (kr_csv_reader_next (reader, NULL, &error), ==, KR_CSV_RESULT_RECORD);
    g_assert_cmpint (kr_csv_reader_next (reader, NULL, &error), ==, KR_CSV_RESULT_ERROR);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
    g_assert_null (kr_csv_reader_get_fields (reader, NULL)[0]);
    g_clear_error (&error);
  }

  {
    g_autoptr (GInputStream) stream = chunked_stream_new (data, 4096);
    g_autoptr (KrCsvReader) reader = kr_csv_reader_new (stream, '\0');

    TEST_CHUNKED_STREAM (stream)->fail_at = 0;
    g_assert_false (kr_csv_reader_read_header (reader, NULL, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
    g_clear_error (&error);
  }

  /* Cancelling. */
  {
    g_autoptr (GInputStream) stream = chunked_stream_new (data, 4096);
    g_autoptr (KrCsvReader) reader = kr_csv_reader_new (stream, '\0');

    g_cancellable_cancel (cancellable);
    g_assert_false (kr_csv_reader_read_header (reader, cancellable, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  }
}

/* An importer's loop: every bad row is reported, the good ones are kept. */
static void
test_csv_collect_bad_rows (void)
{
  g_autoptr (GBytes) data = load_data ("ragged.csv");
  g_autoptr (GInputStream) stream = g_memory_input_stream_new_from_bytes (data);
  g_autoptr (KrCsvReader) reader = kr_csv_reader_new (stream, '\0');
  g_autoptr (GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) error = NULL;
  KrCsvResult result;

  g_assert_true (kr_csv_reader_read_header (reader, NULL, &error));
  while ((result = kr_csv_reader_next (reader, NULL, &error)) != KR_CSV_RESULT_END)
    {
      g_assert_cmpint (result, !=, KR_CSV_RESULT_ERROR);
      if (result == KR_CSV_RESULT_BAD_ROW)
        {
          g_ptr_array_add (problems, g_strdup (error->message));
          g_clear_error (&error);
          continue;
        }
      g_ptr_array_add (names, g_strdup (kr_csv_reader_get_fields (reader, NULL)[1]));
    }

  g_assert_cmpuint (problems->len, ==, 3);
  g_assert_true (g_str_has_prefix (problems->pdata[0], "Line 3 has 2 columns"));
  g_assert_true (g_str_has_prefix (problems->pdata[1], "Line 4 has 4 columns"));
  g_assert_true (g_str_has_prefix (problems->pdata[2], "Line 6 has 4 columns"));
  g_assert_cmpuint (names->len, ==, 2);
  g_assert_cmpstr (names->pdata[0], ==, "Budi");
  g_assert_cmpstr (names->pdata[1], ==, "Rina, S.Pd");
}

/* Header matching */

static void
test_csv_normalize_name (void)
{
  static const char *const cases[][2] = {
    { "nip_baru", "nip_baru" },
    { "NIP BARU", "nip_baru" },
    { "Nip-Baru", "nip_baru" },
    { "  nip  baru \t", "nip_baru" },
    { "_nip__-baru_", "nip_baru" },
    { "NIP\u00a0Baru", "nip_baru" },
    { "TANGGAL LAHIR", "tanggal_lahir" },
    { "Gelar Depan/Belakang", "gelar_depan/belakang" },
    { "ÜNIT KERJA", "ünit_kerja" },
    { "", "" },
    { " - _ ", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *normal = kr_csv_normalize_name (cases[i][0]);

      g_assert_cmpstr (normal, ==, cases[i][1]);
    }
}

static void
test_csv_map_columns (void)
{
  static const char *const header[] = {
    "Nama", "extra", "NIP BARU", "Tanggal-Lahir", "lain lain", NULL,
  };
  static const KrCsvColumn columns[] = {
    { "nip_baru", TRUE },
    { "nama", TRUE },
    { "tanggal_lahir", FALSE },
    { "email", FALSE },
  };
  static const KrCsvColumn missing[] = {
    { "nip_baru", TRUE },
    { "jabatan_nama", TRUE },
    { "email", FALSE },
    { "unor_nama", TRUE },
  };
  static const KrCsvColumn one_missing[] = {
    { "nama", TRUE },
    { "jenis_kelamin", TRUE },
  };
  static const char *const twice[] = { "NIP Baru", "nama", "nip_baru ", NULL };
  g_autoptr (GError) error = NULL;
  int indexes[4];

  g_assert_true (kr_csv_map_columns (header, columns, G_N_ELEMENTS (columns), indexes, &error));
  g_assert_no_error (error);
  g_assert_cmpint (indexes[0], ==, 2);
  g_assert_cmpint (indexes[1], ==, 0);
  g_assert_cmpint (indexes[2], ==, 3);
  g_assert_cmpint (indexes[3], ==, -1);

  g_assert_false (kr_csv_map_columns (header, missing, G_N_ELEMENTS (missing), indexes, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "The header lacks the required columns jabatan_nama, unor_nama");
  g_clear_error (&error);

  g_assert_false (
      kr_csv_map_columns (header, one_missing, G_N_ELEMENTS (one_missing), indexes, &error));
  g_assert_cmpstr (error->message, ==, "The header lacks the required column jenis_kelamin");
  g_clear_error (&error);

  g_assert_false (kr_csv_map_columns (twice, columns, G_N_ELEMENTS (columns), indexes, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (kr_csv_map_columns (twice, missing, 1, indexes, &error));
  g_assert_cmpstr (error->message, ==,
                   "The header has the column “nip_baru” twice, as columns 1 "
                   "and 3");
  g_clear_error (&error);

  /* A column not looked for may appear twice. */
  g_assert_true (kr_csv_map_columns (twice, one_missing, 1, indexes, &error));
  g_assert_cmpint (indexes[0], ==, 1);
}

/* Writer */

/* Writes @records, each with @n_fields fields (-1: NULL-terminated), and returns the text. */
static char *
write_records (char delimiter,
               KrCsvWriterFlags flags,
               const char *const *const *records,
               int n_fields)
{
  g_autoptr (GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr (KrCsvWriter) writer = kr_csv_writer_new (stream, delimiter, flags);
  g_autoptr (GError) error = NULL;

  for (guint i = 0; records[i] != NULL; i++)
    {
      g_assert_true (kr_csv_writer_write_record (writer, records[i], n_fields, NULL, &error));
      g_assert_no_error (error);
    }
  g_assert_true (kr_csv_writer_flush (writer, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, &error));

  return g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)),
                    g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)));
}

static void
test_csv_writer_quoting (void)
{
  static const char *const awkward[] = {
    "plain", "with,comma", "with \"quote\"", "line\nbreak", "cr\rhere", " lead", "trail\t",
    "",      "a;b",        "mid space",      "tab\tin",     NULL,
  };
  static const char *const empty[] = { "", "", "", NULL };
  static const char *const single_empty[] = { "", NULL };
  static const char *const *const records[] = { awkward, empty, single_empty, NULL };
  g_autofree char *comma = write_records (',', KR_CSV_WRITER_NONE, records, -1);
  g_autofree char *semicolon = write_records (';', KR_CSV_WRITER_LF, records, -1);
  g_autofree char *tab = write_records ('\t', KR_CSV_WRITER_BOM, records, -1);

  g_assert_cmpstr (comma, ==,
                   "plain,\"with,comma\",\"with \"\"quote\"\"\",\"line\nbreak\",\"cr\rhere\","
                   "\" lead\",\"trail\t\",,a;b,mid space,tab\tin\r\n"
                   "\"\",,\r\n"
                   "\"\"\r\n");
  g_assert_cmpstr (semicolon, ==,
                   "plain;with,comma;\"with \"\"quote\"\"\";\"line\nbreak\";\"cr\rhere\";"
                   "\" lead\";\"trail\t\";;\"a;b\";mid space;tab\tin\n"
                   "\"\";;\n"
                   "\"\"\n");
  g_assert_cmpstr (tab, ==,
                   "\xef\xbb\xbfplain\twith,comma\t\"with \"\"quote\"\"\"\t\"line\nbreak\"\t"
                   "\"cr\rhere\"\t\" lead\"\t\"trail\t\"\t\ta;b\tmid space\t\"tab\tin\"\r\n"
                   "\"\"\t\t\r\n"
                   "\"\"\r\n");
}

/* Cells a spreadsheet would run as formulas get a quote before them, and only those. */
static void
test_csv_formula_guard (void)
{
  static const char *const cells[] = {
    "=HYPERLINK(\"http://x\",\"y\")",
    "+62 812 3456",
    "-5",
    "@SUM(A1)",
    "\tlead tab",
    "cr\rmid",
    "\rlead cr",
    "'=already",
    "''+two",
    "'plain",
    "'",
    "plain",
    "a=b",
    "",
    NULL,
  };
  static const char *const *const records[] = { cells, NULL };
  g_autofree char *guarded =
      write_records (',', KR_CSV_WRITER_LF | KR_CSV_WRITER_GUARD_FORMULAS, records, -1);
  g_autofree char *plain = write_records (',', KR_CSV_WRITER_LF, records, -1);

  g_assert_cmpstr (guarded, ==,
                   "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+62 812 3456,'-5,'@SUM(A1),"
                   "\"'\tlead tab\",\"cr\rmid\",\"'\rlead cr\",''=already,'''+two,'plain,',plain,"
                   "a=b,\n");
  g_assert_null (strstr (plain, "'+62"));

  g_assert_true (kr_csv_field_is_formula ("=1+1"));
  g_assert_true (kr_csv_field_is_formula ("''-1"));
  g_assert_false (kr_csv_field_is_formula ("'a"));
  g_assert_false (kr_csv_field_is_formula (" =1"));
  g_assert_false (kr_csv_field_is_formula (""));
}

/* Reads the first record of @text back, with the guards taken off or not. */
static GStrv
read_one_record (const char *text, gboolean unguard)
{
  g_autoptr (GInputStream) stream = g_memory_input_stream_new_from_data (text, -1, NULL);
  g_autoptr (KrCsvReader) reader = kr_csv_reader_new (stream, ',');
  g_autoptr (GError) error = NULL;

  kr_csv_reader_set_unguard_formulas (reader, unguard);
  g_assert_true (kr_csv_reader_read_header (reader, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kr_csv_reader_next (reader, NULL, &error), ==, KR_CSV_RESULT_RECORD);
  g_assert_no_error (error);
  return g_strdupv ((char **) kr_csv_reader_get_fields (reader, NULL));
}

/* Whatever the cells, writing with guards and reading with unguarding gives them back. */
static void
test_csv_formula_guard_round_trip (void)
{
  static const char *const header[] = {
    "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", NULL,
  };
  static const char *const cells[] = {
    "=HYPERLINK(\"http://x\",\"y\")",
    "+62 812 3456",
    "-5",
    "@SUM(A1)",
    "\tlead tab",
    "cr\rmid",
    "\rlead cr",
    "'=already",
    "''+two",
    "'plain",
    "'",
    "plain",
    "=",
    "'''",
    NULL,
  };
  static const char *const *const records[] = { header, cells, NULL };
  g_autofree char *text = write_records (',', KR_CSV_WRITER_GUARD_FORMULAS, records, -1);
  g_auto (GStrv) back = read_one_record (text, TRUE);
  g_auto (GStrv) raw = read_one_record (text, FALSE);

  g_assert_cmpstrv ((const char *const *) back, cells);
  /* Without unguarding, the quotes stay. */
  g_assert_cmpstr (raw[0], ==, "'=HYPERLINK(\"http://x\",\"y\")");
  g_assert_cmpstr (raw[1], ==, "'+62 812 3456");
  g_assert_cmpstr (raw[9], ==, "'plain");
}

static void
test_csv_writer_counted (void)
{
  static const char *const fields[] = { "a", NULL, "c" };
  g_autoptr (GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr (KrCsvWriter) writer = kr_csv_writer_new (stream, ',', KR_CSV_WRITER_LF);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (kr_csv_writer_write_record (writer, fields, 3, NULL, &error));
  g_assert_true (kr_csv_writer_write_record (writer, fields, 1, NULL, &error));
  g_assert_true (kr_csv_writer_write_record (writer, fields + 1, 1, NULL, &error));
  g_assert_true (kr_csv_writer_flush (writer, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, &error));
  text = g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)),
                    g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)));
  g_assert_cmpstr (text, ==, "a,,c\na\n\"\"\n");
}

static void
test_csv_writer_stream_error (void)
{
  g_autofree char *field = g_strnfill (100000, 'z');
  const char *const record[] = { field, NULL };
  char small[16];
  g_autoptr (GOutputStream) stream = g_memory_output_stream_new (small, sizeof small, NULL, NULL);
  g_autoptr (KrCsvWriter) writer = kr_csv_writer_new (stream, ',', KR_CSV_WRITER_NONE);
  g_autoptr (GError) error = NULL;

  /* The record outgrows the buffer, so it is written at once, to a stream that is too small. */
  g_assert_false (kr_csv_writer_write_record (writer, record, -1, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
}

/* Writes @records (three fields each, the first the header) and reads them back through
 * every delimiter and flag, with sniffing and without, in one piece and in small chunks. */
static void
test_csv_round_trip (void)
{
  static const char delimiters[] = { ',', ';', '\t' };
  static const KrCsvWriterFlags flag_sets[] = {
    KR_CSV_WRITER_NONE,
    KR_CSV_WRITER_LF,
    KR_CSV_WRITER_BOM,
    KR_CSV_WRITER_LF | KR_CSV_WRITER_BOM,
  };
  g_autofree char *long_field = g_strnfill (200000, 'w');
  const char *const table[][3] = {
    { "nip_baru", "nama", "catatan" },
    { "", "", "" },
    { " ", "\t", "  " },
    { "\"", "\"\"", "\"a\"" },
    { ",", ";", "\t" },
    { "\r", "\n", "\r\n" },
    { "a\rb", "a\n\nb", "\r\n\r\n" },
    { "ünïcödé ✓", "Ñandú", "中文" },
    { "=SUM(A1)", "'0123", "-1" },
    { long_field, "x", "" },
    { "\"\r\n,;\t \"", " \" ", "end" },
    { "last", "", "" },
  };
  const char *const *records[G_N_ELEMENTS (table) + 1];

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    records[i] = table[i];
  records[G_N_ELEMENTS (table)] = NULL;

  for (guint d = 0; d < G_N_ELEMENTS (delimiters); d++)
    for (guint f = 0; f < G_N_ELEMENTS (flag_sets); f++)
      for (guint way = 0; way < 4; way++)
        {
          g_autofree char *text =
              write_records (delimiters[d], flag_sets[f], (const char *const *const *) records, 3);
          g_autoptr (GBytes) data = g_bytes_new (text, strlen (text));
          g_autoptr (GInputStream) stream = way < 2 ? g_memory_input_stream_new_from_bytes (data)
                                                    : chunked_stream_new (data, way == 2 ? 1 : 7);
          g_autoptr (KrCsvReader) reader =
              kr_csv_reader_new (stream, way % 2 == 0 ? '\0' : delimiters[d]);
          g_autoptr (GError) error = NULL;
          const char *const *fields;
          guint n_fields;

          g_assert_true (kr_csv_reader_read_header (reader, NULL, &error));
          g_assert_no_error (error);
          g_assert_cmpint (kr_csv_reader_get_delimiter (reader), ==, delimiters[d]);
          fields = kr_csv_reader_get_header (reader, &n_fields);
          g_assert_cmpuint (n_fields, ==, 3);
          for (guint j = 0; j < 3; j++)
            g_assert_cmpstr (fields[j], ==, table[0][j]);
          for (guint i = 1; i < G_N_ELEMENTS (table); i++)
            {
              KrCsvResult result = kr_csv_reader_next (reader, NULL, &error);

              g_assert_no_error (error);
              g_assert_cmpint (result, ==, KR_CSV_RESULT_RECORD);
              fields = kr_csv_reader_get_fields (reader, &n_fields);
              g_assert_cmpuint (n_fields, ==, 3);
              for (guint j = 0; j < 3; j++)
                g_assert_true (g_str_equal (fields[j], table[i][j]));
            }
          g_assert_cmpint (kr_csv_reader_next (reader, NULL, &error), ==, KR_CSV_RESULT_END);
          g_assert_cmpuint (kr_csv_reader_get_position (reader), ==, strlen (text));
        }
}

/* A one-column file cannot be sniffed but round-trips with a fixed delimiter. */
static void
test_csv_round_trip_one_column (void)
{
  static const char *const header[] = { "nama", NULL };
  static const char *const values[] = { "", " ", "x", "a,b", "\"", NULL };
  const char *const rows[][2] = {
    { values[0], NULL }, { values[1], NULL }, { values[2], NULL },
    { values[3], NULL }, { values[4], NULL },
  };
  const char *const *records[] = { header, rows[0], rows[1], rows[2], rows[3], rows[4], NULL };
  g_autofree char *text = write_records (',', KR_CSV_WRITER_NONE, records, -1);
  g_autoptr (GBytes) data = g_bytes_new (text, strlen (text));

  check_bytes (data, ',', "H1 (,): [nama]\n2: []\n3: [ ]\n4: [x]\n5: [a,b]\n6: [\"]\nEND\n");
}

/* A first cell that starts with a byte order mark (U+FEFF) keeps it, with or without a BOM
 * written before it: found by the fuzzer (tests/fuzz/corpus/csv). */
static void
test_csv_round_trip_leading_bom (void)
{
  static const char *const header[] = { "\xef\xbb\xbfnama", "nip", NULL };
  static const char *const row[] = { "\xef\xbb\xbf"
                                     "Andi",
                                     "1", NULL };
  const char *const *records[] = { header, row, NULL };
  static const KrCsvWriterFlags flags[] = { KR_CSV_WRITER_NONE, KR_CSV_WRITER_BOM };

  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    {
      g_autofree char *text = write_records (',', flags[i], records, -1);
      g_autoptr (GBytes) data = g_bytes_new (text, strlen (text));

      check_bytes (data, ',',
                   "H1 (,): [\xef\xbb\xbfnama][nip]\n2: [\xef\xbb\xbf"
                   "Andi][1]\nEND\n");
    }
}

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->dir = kr_test_make_tmp_dir ("kr-csv-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "big.csv", NULL);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  kr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

#define BIG_ROWS 200000

/* Writes BIG_ROWS generated rows (some quoted, some spanning two lines) to a file and
 * streams them back. */
static void
test_csv_big_file (Fixture *fixture, gconstpointer data)
{
  static const char *const header[] = { "no", "nip_baru", "nama", "catatan", NULL };
  g_autoptr (GFile) file = g_file_new_for_path (fixture->path);
  g_autoptr (GError) error = NULL;
  guint expected_line = 2, rows = 0;
  KrCsvResult result;

  {
    g_autoptr (GFileOutputStream) out = g_file_create (file, G_FILE_CREATE_NONE, NULL, &error);
    g_autoptr (KrCsvWriter) writer = NULL;

    g_assert_no_error (error);
    writer = kr_csv_writer_new (G_OUTPUT_STREAM (out), ';', KR_CSV_WRITER_BOM);
    g_assert_true (kr_csv_writer_write_record (writer, header, -1, NULL, &error));
    for (guint i = 0; i < BIG_ROWS; i++)
      {
        char no[16], nip[32], name[32];
        const char *row[] = { no, nip, name,
                              i % 13 == 0  ? "dua\nbaris"
                              : i % 7 == 0 ? "a;\"b\""
                                           : "" };

        g_snprintf (no, sizeof no, "%u", i);
        g_snprintf (nip, sizeof nip, "1986092620150510%02u", i % 100);
        g_snprintf (name, sizeof name, "Pegawai %u", i);
        g_assert_true (kr_csv_writer_write_record (writer, row, G_N_ELEMENTS (row), NULL, &error));
      }
    g_assert_true (kr_csv_writer_flush (writer, NULL, &error));
    g_assert_true (g_output_stream_close (G_OUTPUT_STREAM (out), NULL, &error));
    g_assert_no_error (error);
  }

  {
    g_autoptr (GFileInputStream) in = g_file_read (file, NULL, &error);
    g_autoptr (KrCsvReader) reader = kr_csv_reader_new (G_INPUT_STREAM (in), '\0');
    g_autoptr (GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                    G_FILE_QUERY_INFO_NONE, NULL, &error);

    g_assert_true (kr_csv_reader_read_header (reader, NULL, &error));
    g_assert_no_error (error);
    while ((result = kr_csv_reader_next (reader, NULL, &error)) == KR_CSV_RESULT_RECORD)
      {
        const char *const *fields = kr_csv_reader_get_fields (reader, NULL);

        g_assert_cmpuint (kr_csv_reader_get_line (reader), ==, expected_line);
        g_assert_cmpuint (g_ascii_strtoull (fields[0], NULL, 10), ==, rows);
        g_assert_cmpuint (strlen (fields[1]), ==, 18);
        expected_line += rows % 13 == 0 ? 2 : 1;
        if (rows % 7 == 0 && rows % 13 != 0)
          g_assert_cmpstr (fields[3], ==, "a;\"b\"");
        rows++;
      }
    g_assert_no_error (error);
    g_assert_cmpint (result, ==, KR_CSV_RESULT_END);
    g_assert_cmpuint (rows, ==, BIG_ROWS);
    g_assert_cmpuint (kr_csv_reader_get_position (reader), ==,
                      (guint64) g_file_info_get_size (info));
  }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/csv/comma", test_csv_comma);
  g_test_add_func ("/core/csv/semicolon", test_csv_semicolon);
  g_test_add_func ("/core/csv/tab", test_csv_tab);
  g_test_add_func ("/core/csv/bom", test_csv_bom);
  g_test_add_func ("/core/csv/crlf", test_csv_crlf);
  g_test_add_func ("/core/csv/quoted", test_csv_quoted);
  g_test_add_func ("/core/csv/blank-lines", test_csv_blank_lines);
  g_test_add_func ("/core/csv/line-ends", test_csv_line_ends);
  g_test_add_func ("/core/csv/unterminated", test_csv_unterminated);
  g_test_add_func ("/core/csv/stray-quote", test_csv_stray_quote);
  g_test_add_func ("/core/csv/invalid-utf8", test_csv_invalid_utf8);
  g_test_add_func ("/core/csv/ragged", test_csv_ragged);
  g_test_add_func ("/core/csv/sniffing", test_csv_sniffing);
  g_test_add_func ("/core/csv/empty", test_csv_empty);
  g_test_add_func ("/core/csv/long-records", test_csv_long_records);
  g_test_add_func ("/core/csv/too-long-unquoted", test_csv_too_long_unquoted);
  g_test_add_func ("/core/csv/stream-errors", test_csv_stream_errors);
  g_test_add_func ("/core/csv/collect-bad-rows", test_csv_collect_bad_rows);
  g_test_add_func ("/core/csv/normalize-name", test_csv_normalize_name);
  g_test_add_func ("/core/csv/map-columns", test_csv_map_columns);
  g_test_add_func ("/core/csv/writer-quoting", test_csv_writer_quoting);
  g_test_add_func ("/core/csv/writer-counted", test_csv_writer_counted);
  g_test_add_func ("/core/csv/formula-guard", test_csv_formula_guard);
  g_test_add_func ("/core/csv/formula-guard-round-trip", test_csv_formula_guard_round_trip);
  g_test_add_func ("/core/csv/writer-stream-error", test_csv_writer_stream_error);
  g_test_add_func ("/core/csv/round-trip", test_csv_round_trip);
  g_test_add_func ("/core/csv/round-trip-one-column", test_csv_round_trip_one_column);
  g_test_add_func ("/core/csv/round-trip-leading-bom", test_csv_round_trip_leading_bom);
  g_test_add ("/core/csv/big-file", Fixture, NULL, fixture_set_up, test_csv_big_file,
              fixture_tear_down);

  return g_test_run ();
}
