/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-csv"

#include "config.h"

#include "kr-csv.h"

#include <string.h>

#include "kr-error.h"
#include "kr-i18n.h"

/* The fuzz build (-Dfuzzing=true, tests/fuzz) makes the buffers tiny, so that short inputs
 * reach the refills, moves and growth of the buffer that large files do. */
#ifndef KR_CSV_BUFFER_SIZE
#define KR_CSV_BUFFER_SIZE (64 * 1024)
#endif
#define READ_BUFFER_SIZE KR_CSV_BUFFER_SIZE
#define BYTES_PER_MIB    (1024 * 1024)

typedef enum
{
  STRAY_NONE,
  STRAY_IN_UNQUOTED,
  STRAY_AFTER_CLOSING,
} StrayKind;

typedef enum
{
  PARSE_DONE,
  PARSE_NEED_MORE,
  PARSE_UNTERMINATED,
} ParseStatus;

typedef enum
{
  READ_END,
  READ_RECORD,
  READ_ERROR,
} ReadStatus;

struct _KrCsvReader
{
  GInputStream *stream;
  char delimiter;
  gboolean failed;

  /* The raw bytes. The current record starts at @pos and stays in the buffer until it is
   * complete: a record cut off by the end of the buffer is parsed again from its start once
   * more bytes are in, which keeps the parser free of resumable state. */
  guchar *buf;
  gsize cap;
  gsize pos;
  gsize len;
  guint64 base; /* the stream offset of buf[0] */
  gboolean eof;
  guint line; /* the line at @pos */

  /* The record last parsed. @fields holds offsets into @text while parsing and pointers once
   * the record is complete; @text holds the fields one after another, each NUL-terminated. */
  char *text;
  gsize text_len;
  gsize text_cap;
  GPtrArray *fields;
  guint n_fields;
  guint record_line;
  gsize record_end;
  guint next_line;
  gboolean any_quoted;
  gboolean open_quote;
  gsize quote_at;
  StrayKind stray;
  gsize stray_at;
  guint stray_line;
  guint stray_column;

  char **header;
  guint n_header;
  gboolean unguard;
};

KrCsvReader *
kr_csv_reader_new (GInputStream *stream, char delimiter)
{
  KrCsvReader *self;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (delimiter != '"' && delimiter != '\r' && delimiter != '\n', NULL);
  g_return_val_if_fail ((guchar) delimiter < 0x80, NULL);

  self = g_new0 (KrCsvReader, 1);
  self->stream = g_object_ref (stream);
  self->delimiter = delimiter;
  self->cap = READ_BUFFER_SIZE;
  self->buf = g_malloc (self->cap);
  self->line = 1;
  self->text_cap = 1024;
  self->text = g_malloc (self->text_cap);
  self->fields = g_ptr_array_sized_new (64);
  g_ptr_array_add (self->fields, NULL);

  return self;
}

void
kr_csv_reader_set_unguard_formulas (KrCsvReader *self, gboolean unguard)
{
  g_return_if_fail (self != NULL);

  self->unguard = !!unguard;
}

void
kr_csv_reader_free (KrCsvReader *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->stream);
  g_clear_pointer (&self->buf, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->fields, g_ptr_array_unref);
  g_clear_pointer (&self->header, g_strfreev);
  g_free (self);
}

/* Moves the unparsed bytes to the front, grows the buffer when they fill it, and reads more.
 * Sets @too_long instead of reading when the record would outgrow KR_CSV_MAX_RECORD_SIZE.
 * Streams may return little per read (pipes, converters): reading until the unparsed bytes
 * have at least doubled keeps the parsing of a long record again and again linear overall. */
static gboolean
fill (KrCsvReader *self, gboolean *too_long, GCancellable *cancellable, GError **error)
{
  gsize keep = self->len - self->pos, target;

  *too_long = FALSE;
  if (self->pos > 0)
    {
      memmove (self->buf, self->buf + self->pos, keep);
      self->base += self->pos;
      self->pos = 0;
      self->len = keep;
    }

  if (self->len == self->cap)
    {
      /* Only a record that fills the buffer from its start gets here, so the positions the
       * last parse found (for the error message) are still right. */
      if (self->cap >= KR_CSV_MAX_RECORD_SIZE)
        {
          *too_long = TRUE;
          return FALSE;
        }
      self->cap = MIN (self->cap * 2, KR_CSV_MAX_RECORD_SIZE);
      self->buf = g_realloc (self->buf, self->cap);
    }

  target = keep == 0 ? 1 : MIN (self->cap, 2 * keep);
  while (self->len < target)
    {
      gssize n = g_input_stream_read (self->stream, self->buf + self->len, self->cap - self->len,
                                      cancellable, error);

      if (n < 0)
        return FALSE;
      if (n == 0)
        {
          self->eof = TRUE;
          break;
        }
      self->len += (gsize) n;
    }

  return TRUE;
}

static inline void
append_text (KrCsvReader *self, const guchar *bytes, gsize n)
{
  /* One spare byte for the NUL that ends the field. */
  if (G_UNLIKELY (self->text_len + n + 1 > self->text_cap))
    {
      self->text_cap = MAX (self->text_cap * 2, self->text_len + n + 1);
      self->text = g_realloc (self->text, self->text_cap);
    }
  memcpy (self->text + self->text_len, bytes, n);
  self->text_len += n;
}

static void
note_stray (KrCsvReader *self, StrayKind kind, gsize at)
{
  if (self->stray != STRAY_NONE)
    return;

  self->stray = kind;
  self->stray_at = at;
}

/* Copies the quoted field whose opening quote is at *@p_inout into the text. When the field
 * is complete, returns PARSE_DONE with *@p_inout after its closing quote. */
static ParseStatus
parse_quoted (KrCsvReader *self, gsize *p_inout, guint *line)
{
  const guchar *buf = self->buf;
  const gsize end = self->len;
  gsize p = *p_inout;

  self->any_quoted = TRUE;
  self->open_quote = TRUE;
  self->quote_at = p;
  p++;

  for (;;)
    {
      gsize run = p;

      while (p < end && buf[p] != '"' && buf[p] != '\r' && buf[p] != '\n')
        p++;
      append_text (self, buf + run, p - run);
      if (p == end)
        return self->eof ? PARSE_UNTERMINATED : PARSE_NEED_MORE;

      if (buf[p] != '"')
        {
          /* A line break inside the field; CRLF counts once. The opening quote precedes it. */
          if (buf[p] == '\r' || buf[p - 1] != '\r')
            (*line)++;
          append_text (self, buf + p, 1);
          p++;
          continue;
        }

      if (p + 1 < end && buf[p + 1] == '"')
        {
          append_text (self, buf + p, 1);
          p += 2;
          continue;
        }

      self->open_quote = FALSE;
      *p_inout = p + 1;
      return PARSE_DONE;
    }
}

/* Parses the record at self->pos into self->text and self->fields. */
static ParseStatus
parse_record (KrCsvReader *self)
{
  const guchar *buf = self->buf;
  const gsize end = self->len;
  const guchar delimiter = (guchar) self->delimiter;
  gsize p = self->pos;
  guint line = self->line;

  self->text_len = 0;
  g_ptr_array_set_size (self->fields, 0);
  self->any_quoted = FALSE;
  self->open_quote = FALSE;
  self->stray = STRAY_NONE;

  for (;;)
    {
      gsize run;

      g_ptr_array_add (self->fields, GSIZE_TO_POINTER (self->text_len));
      if (p < end && buf[p] == '"')
        {
          ParseStatus status = parse_quoted (self, &p, &line);

          if (status != PARSE_DONE)
            return status;
          if (p < end && buf[p] != delimiter && buf[p] != '\r' && buf[p] != '\n')
            note_stray (self, STRAY_AFTER_CLOSING, p);
        }

      /* An unquoted field, or what follows a closing quote by mistake: taken as it is. */
      run = p;
      while (p < end && buf[p] != delimiter && buf[p] != '\r' && buf[p] != '\n')
        {
          if (G_UNLIKELY (buf[p] == '"'))
            note_stray (self, STRAY_IN_UNQUOTED, p);
          p++;
        }
      append_text (self, buf + run, p - run);
      self->text[self->text_len++] = '\0';

      if (p == end)
        {
          if (!self->eof)
            return PARSE_NEED_MORE;
          break;
        }
      if (buf[p] == delimiter)
        {
          p++;
          continue;
        }
      if (buf[p] == '\r')
        {
          if (p + 1 == end && !self->eof)
            return PARSE_NEED_MORE;
          if (p + 1 < end && buf[p + 1] == '\n')
            p++;
        }
      p++;
      line++;
      break;
    }

  self->record_end = p;
  self->next_line = line;
  return PARSE_DONE;
}

/* The line and 1-based character column of buffer position @at, which lies in the record
 * that starts at self->pos. */
static void
locate (const KrCsvReader *self, gsize at, guint *line, guint *column)
{
  *line = self->record_line;
  *column = 1;
  for (gsize i = self->pos; i < at; i++)
    {
      guchar b = self->buf[i];

      if (b == '\r' || (b == '\n' && (i == self->pos || self->buf[i - 1] != '\r')))
        {
          (*line)++;
          *column = 1;
        }
      else if (b != '\n' && (b & 0xc0) != 0x80)
        {
          (*column)++;
        }
    }
}

/* Checks the raw record, locates a stray quote, turns the field offsets into pointers and
 * moves past the record. */
static gboolean
finish_record (KrCsvReader *self, GError **error)
{
  const char *raw = (const char *) self->buf + self->pos;
  const char *bad;

  if (!g_utf8_validate (raw, (gssize) (self->record_end - self->pos), &bad))
    {
      guint line, column;

      locate (self, self->pos + (gsize) (bad - raw), &line, &column);
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Line %u, column %u: the text is not valid UTF-8; save the file as UTF-8 "
                      "(“CSV UTF-8” in spreadsheet programs)"),
                   line, column);
      return FALSE;
    }

  if (self->stray != STRAY_NONE)
    locate (self, self->stray_at, &self->stray_line, &self->stray_column);

  self->n_fields = self->fields->len;
  for (guint i = 0; i < self->n_fields; i++)
    self->fields->pdata[i] = self->text + GPOINTER_TO_SIZE (self->fields->pdata[i]);
  g_ptr_array_add (self->fields, NULL);

  self->pos = self->record_end;
  self->line = self->next_line;
  return TRUE;
}

static void
set_unfinished_error (KrCsvReader *self, GError **error)
{
  guint line, column;

  if (self->open_quote)
    {
      locate (self, self->quote_at, &line, &column);
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Line %u, column %u: the quoted field that starts here has no closing "
                      "quote"),
                   line, column);
      return;
    }

  g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Line %u: the record is longer than %u MiB"),
               self->record_line, (guint) (KR_CSV_MAX_RECORD_SIZE / BYTES_PER_MIB));
}

/* Reads the next record, blank or not, refilling the buffer as needed. */
static ReadStatus
read_record (KrCsvReader *self, GCancellable *cancellable, GError **error)
{
  for (;;)
    {
      ParseStatus status = PARSE_NEED_MORE;
      gboolean too_long = FALSE;

      self->record_line = self->line;
      if (self->pos == self->len && self->eof)
        return READ_END;
      if (self->pos < self->len)
        status = parse_record (self);

      if (status == PARSE_DONE)
        return finish_record (self, error) ? READ_RECORD : READ_ERROR;
      if (status == PARSE_UNTERMINATED || !fill (self, &too_long, cancellable, error))
        {
          if (status == PARSE_UNTERMINATED || too_long)
            set_unfinished_error (self, error);
          return READ_ERROR;
        }
    }
}

/* Blank: no quoted field, and nothing but spaces and tabs in the fields. */
static gboolean
is_blank (const KrCsvReader *self)
{
  if (self->any_quoted)
    return FALSE;

  for (gsize i = 0; i < self->text_len; i++)
    {
      char c = self->text[i];

      if (c != ' ' && c != '\t' && c != '\0')
        return FALSE;
    }

  return TRUE;
}

static void
clear_fields (KrCsvReader *self)
{
  g_ptr_array_set_size (self->fields, 0);
  g_ptr_array_add (self->fields, NULL);
  self->n_fields = 0;
}

/* Reads the first few bytes to skip a UTF-8 byte order mark and refuse UTF-16. */
static gboolean
skip_bom (KrCsvReader *self, GCancellable *cancellable, GError **error)
{
  const guchar *b;
  gboolean too_long;

  while (self->len - self->pos < 3 && !self->eof)
    if (!fill (self, &too_long, cancellable, error))
      return FALSE;

  b = self->buf + self->pos;
  if (self->len - self->pos >= 2 &&
      ((b[0] == 0xff && b[1] == 0xfe) || (b[0] == 0xfe && b[1] == 0xff)))
    {
      g_set_error_literal (error, KR_ERROR, KR_ERROR_INVALID,
                           _ ("The file is in UTF-16; save it as UTF-8 (“CSV UTF-8” in "
                              "spreadsheet programs)"));
      return FALSE;
    }
  if (self->len - self->pos >= 3 && b[0] == 0xef && b[1] == 0xbb && b[2] == 0xbf)
    self->pos += 3;

  return TRUE;
}

/* Counts commas, semicolons and tabs outside quotes in the first line that is not empty, if
 * any (@empty). Returns FALSE when the line does not end within the buffer yet. */
static gboolean
count_delimiters (const KrCsvReader *self, guint counts[3], guint *line, gboolean *empty)
{
  const guchar *buf = self->buf;
  gsize p = self->pos;
  gboolean quoted = FALSE;

  *line = self->line;
  for (; p < self->len && (buf[p] == '\r' || buf[p] == '\n'); p++)
    if (buf[p] == '\r' || p == self->pos || buf[p - 1] != '\r')
      (*line)++;

  *empty = p == self->len && self->eof;
  counts[0] = counts[1] = counts[2] = 0;
  for (; p < self->len; p++)
    {
      if (buf[p] == '"')
        quoted = !quoted;
      else if (!quoted && (buf[p] == '\r' || buf[p] == '\n'))
        return TRUE;
      else if (!quoted)
        {
          counts[0] += buf[p] == ',';
          counts[1] += buf[p] == ';';
          counts[2] += buf[p] == '\t';
        }
    }

  return self->eof;
}

static gboolean
sniff_delimiter (KrCsvReader *self, GCancellable *cancellable, GError **error)
{
  static const char candidates[3] = { ',', ';', '\t' };
  guint counts[3], line, best = 0;
  gboolean too_long, empty;

  self->record_line = self->line;
  while (!count_delimiters (self, counts, &line, &empty))
    {
      if (!fill (self, &too_long, cancellable, error))
        {
          if (too_long)
            set_unfinished_error (self, error);
          return FALSE;
        }
    }

  /* Nothing to sniff: reading the header will report the empty file. */
  if (empty)
    return TRUE;

  for (guint i = 1; i < G_N_ELEMENTS (candidates); i++)
    if (counts[i] > counts[best])
      best = i;

  if (counts[best] == 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Line %u: cannot tell the delimiter, as the header has no comma, semicolon "
                      "or tab; choose the delimiter yourself"),
                   line);
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    if (i != best && counts[i] == counts[best])
      {
        g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                     _ ("Line %u: cannot tell the delimiter, as the header has the same number "
                        "of two of them (commas: %u, semicolons: %u, tabs: %u); choose the "
                        "delimiter yourself"),
                     line, counts[0], counts[1], counts[2]);
        return FALSE;
      }

  self->delimiter = candidates[best];
  return TRUE;
}

static void
set_stray_error (const KrCsvReader *self, GError **error)
{
  if (self->stray == STRAY_IN_UNQUOTED)
    g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                 _ ("Line %u, column %u: a quote inside a field that does not start with one; "
                    "put the whole field in quotes and double the quotes inside it"),
                 self->stray_line, self->stray_column);
  else
    g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                 _ ("Line %u, column %u: text after the closing quote of a field; put the whole "
                    "field in quotes and double the quotes inside it"),
                 self->stray_line, self->stray_column);
}

/* Reads records up to the first that is not blank. */
static ReadStatus
read_nonblank (KrCsvReader *self, GCancellable *cancellable, GError **error)
{
  ReadStatus status;

  do
    status = read_record (self, cancellable, error);
  while (status == READ_RECORD && is_blank (self));

  if (status == READ_ERROR)
    self->failed = TRUE;
  if (status != READ_RECORD)
    clear_fields (self);

  return status;
}

gboolean
kr_csv_reader_read_header (KrCsvReader *self, GCancellable *cancellable, GError **error)
{
  ReadStatus status;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->header == NULL && !self->failed, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!skip_bom (self, cancellable, error) ||
      (self->delimiter == '\0' && !sniff_delimiter (self, cancellable, error)))
    {
      self->failed = TRUE;
      return FALSE;
    }

  status = read_nonblank (self, cancellable, error);
  if (status == READ_ERROR)
    return FALSE;
  if (status == READ_END)
    {
      g_set_error_literal (error, KR_ERROR, KR_ERROR_INVALID,
                           _ ("The file is empty; it needs a header line naming the columns"));
      self->failed = TRUE;
      return FALSE;
    }
  if (self->stray != STRAY_NONE)
    {
      set_stray_error (self, error);
      self->failed = TRUE;
      return FALSE;
    }

  self->header = g_strdupv ((char **) self->fields->pdata);
  self->n_header = self->n_fields;
  return TRUE;
}

const char *const *
kr_csv_reader_get_header (KrCsvReader *self, guint *n_fields)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (self->header != NULL, NULL);

  if (n_fields != NULL)
    *n_fields = self->n_header;
  return (const char *const *) self->header;
}

char
kr_csv_reader_get_delimiter (KrCsvReader *self)
{
  g_return_val_if_fail (self != NULL, '\0');

  return self->delimiter;
}

/* Formula guards (CSV injection) */

gboolean
kr_csv_field_is_formula (const char *field)
{
  g_return_val_if_fail (field != NULL, FALSE);

  /* Quotes first, so that a field written with a guard and one that starts with a quote of
   * its own read back apart. */
  while (*field == '\'')
    field++;
  return *field == '=' || *field == '+' || *field == '-' || *field == '@' || *field == '\t' ||
         *field == '\r';
}

/* Takes off the quote that KR_CSV_WRITER_GUARD_FORMULAS put before a field. */
static void
unguard_fields (KrCsvReader *self)
{
  for (guint i = 0; i < self->n_fields; i++)
    {
      const char *field = self->fields->pdata[i];

      if (field[0] == '\'' && kr_csv_field_is_formula (field + 1))
        self->fields->pdata[i] = (gpointer) (field + 1);
    }
}

KrCsvResult
kr_csv_reader_next (KrCsvReader *self, GCancellable *cancellable, GError **error)
{
  g_return_val_if_fail (self != NULL, KR_CSV_RESULT_ERROR);
  g_return_val_if_fail (self->header != NULL && !self->failed, KR_CSV_RESULT_ERROR);
  g_return_val_if_fail (error == NULL || *error == NULL, KR_CSV_RESULT_ERROR);

  switch (read_nonblank (self, cancellable, error))
    {
    case READ_END:
      return KR_CSV_RESULT_END;
    case READ_ERROR:
      return KR_CSV_RESULT_ERROR;
    case READ_RECORD:
    default:
      break;
    }

  if (self->unguard)
    unguard_fields (self);
  if (self->stray != STRAY_NONE)
    {
      set_stray_error (self, error);
      return KR_CSV_RESULT_BAD_ROW;
    }
  if (self->n_fields != self->n_header)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   ngettext ("Line %u has %u column, but the header has %u; a value that contains "
                             "the delimiter must be in quotes",
                             "Line %u has %u columns, but the header has %u; a value that "
                             "contains the delimiter must be in quotes",
                             self->n_fields),
                   self->record_line, self->n_fields, self->n_header);
      return KR_CSV_RESULT_BAD_ROW;
    }

  return KR_CSV_RESULT_RECORD;
}

const char *const *
kr_csv_reader_get_fields (KrCsvReader *self, guint *n_fields)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (n_fields != NULL)
    *n_fields = self->n_fields;
  return (const char *const *) self->fields->pdata;
}

guint
kr_csv_reader_get_line (KrCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->record_line;
}

guint64
kr_csv_reader_get_position (KrCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->base + self->pos;
}

char *
kr_csv_normalize_name (const char *name)
{
  GString *out;
  gboolean separator = FALSE;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (name, -1, NULL), NULL);

  out = g_string_sized_new (strlen (name));
  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '_' || c == '-' || g_unichar_isspace (c))
        {
          separator = out->len > 0;
          continue;
        }
      if (separator)
        g_string_append_c (out, '_');
      separator = FALSE;
      g_string_append_unichar (out, g_unichar_tolower (c));
    }

  return g_string_free (out, FALSE);
}

/* Finds @wanted among the normalised header @names; -1 when absent, -2 (with @error set)
 * when it is there twice. */
static int
find_column (GPtrArray *names, const char *wanted, const char *shown, GError **error)
{
  int found = -1;

  for (guint j = 0; j < names->len; j++)
    {
      if (strcmp (names->pdata[j], wanted) != 0)
        continue;
      if (found >= 0)
        {
          g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                       _ ("The header has the column “%s” twice, as columns %u and %u"), shown,
                       (guint) found + 1, j + 1);
          return -2;
        }
      found = (int) j;
    }

  return found;
}

gboolean
kr_csv_map_columns (const char *const *header,
                    const KrCsvColumn *columns,
                    guint n_columns,
                    int *indexes,
                    GError **error)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) missing = g_ptr_array_new ();
  g_autofree char *list = NULL;

  g_return_val_if_fail (header != NULL, FALSE);
  g_return_val_if_fail (columns != NULL || n_columns == 0, FALSE);
  g_return_val_if_fail (indexes != NULL || n_columns == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint j = 0; header[j] != NULL; j++)
    g_ptr_array_add (names, kr_csv_normalize_name (header[j]));

  for (guint i = 0; i < n_columns; i++)
    {
      g_autofree char *wanted = kr_csv_normalize_name (columns[i].name);

      indexes[i] = find_column (names, wanted, columns[i].name, error);
      if (indexes[i] == -2)
        return FALSE;
      if (indexes[i] < 0 && columns[i].required)
        g_ptr_array_add (missing, (gpointer) columns[i].name);
    }

  if (missing->len == 0)
    return TRUE;

  g_ptr_array_add (missing, NULL);
  list = g_strjoinv (", ", (char **) missing->pdata);
  g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
               ngettext ("The header lacks the required column %s",
                         "The header lacks the required columns %s", missing->len - 1),
               list);
  return FALSE;
}
