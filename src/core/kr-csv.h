/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/** KR_CSV_MAX_RECORD_SIZE: the most bytes one record may take in the file. */
#define KR_CSV_MAX_RECORD_SIZE (16 * 1024 * 1024)

/**
 * KrCsvResult:
 * @KR_CSV_RESULT_END: there are no more records
 * @KR_CSV_RESULT_RECORD: a record was read; its fields are available
 * @KR_CSV_RESULT_BAD_ROW: a record was read but is malformed (a number of fields other than
 *   the header's, or a stray quote); the error says why and where, the fields are available
 *   as far as they could be read, and reading can go on with the next record
 * @KR_CSV_RESULT_ERROR: reading failed and cannot go on; the error says why
 *
 * What kr_csv_reader_next() found.
 */
typedef enum
{
  KR_CSV_RESULT_END,
  KR_CSV_RESULT_RECORD,
  KR_CSV_RESULT_BAD_ROW,
  KR_CSV_RESULT_ERROR,
} KrCsvResult;

/**
 * KrCsvReader:
 *
 * Reads CSV records (RFC 4180) one at a time from a stream, holding only the current record
 * in memory, so files of millions of rows cost what one row costs.
 */
typedef struct _KrCsvReader KrCsvReader;

/**
 * kr_csv_reader_new:
 * @stream: the stream to read; the reader keeps a reference and reads it in large blocks
 * @delimiter: the field delimiter, or `'\0'` to tell `,` `;` and tab apart from the header
 *
 * Makes a reader. Text must be UTF-8, with or without a byte order mark; lines may end in
 * CRLF, LF or CR, and the last one needs no line end. Fields may be quoted with `"`, with `""`
 * standing for a quote inside; a quoted field may contain delimiters and line breaks, which
 * are kept as they are. Blank records are skipped: empty lines, and lines of unquoted fields
 * that are all empty or only spaces and tabs (as spreadsheets write for empty rows). Call
 * kr_csv_reader_read_header() first, then kr_csv_reader_next() until it returns
 * %KR_CSV_RESULT_END or %KR_CSV_RESULT_ERROR. Free with kr_csv_reader_free().
 */
KrCsvReader *kr_csv_reader_new (GInputStream *stream, char delimiter);

/**
 * kr_csv_reader_set_unguard_formulas:
 * @self: a reader
 * @unguard: whether to take off formula guards
 *
 * Makes kr_csv_reader_next() give fields written with %KR_CSV_WRITER_GUARD_FORMULAS as they
 * were before: a field that starts with a single quote followed by what
 * kr_csv_field_is_formula() accepts loses that first quote ("'=SUM(A1)" reads "=SUM(A1)",
 * "'+62 812" reads "+62 812"). Other fields, "'abc" among them, are left as they are. The
 * header is never changed.
 */
void kr_csv_reader_set_unguard_formulas (KrCsvReader *self, gboolean unguard);

/**
 * kr_csv_reader_free:
 * @self: (nullable): a reader
 *
 * Frees the reader and drops its reference to the stream, without closing the stream.
 */
void kr_csv_reader_free (KrCsvReader *self);

/**
 * kr_csv_reader_read_header:
 * @self: a reader that has not read anything yet
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Reads the header, the first record that is not blank, skipping a UTF-8 byte order mark.
 * When the reader was made without a delimiter, picks the one of `,` `;` and tab that occurs
 * most often outside quotes in the header line; fails when none occurs or two occur equally
 * often. Also fails on an empty file, a file in UTF-16, invalid UTF-8 or a stray quote in the
 * header. Errors from the stream (such as %G_IO_ERROR_CANCELLED) are passed on; all others are
 * %KR_ERROR_INVALID and name the line.
 */
gboolean kr_csv_reader_read_header (KrCsvReader *self, GCancellable *cancellable, GError **error);

/**
 * kr_csv_reader_get_header:
 * @self: a reader whose header was read
 * @n_fields: (out) (optional): the number of header fields
 *
 * Returns the header fields as a %NULL-terminated array owned by the reader, valid until it
 * is freed.
 */
const char *const *kr_csv_reader_get_header (KrCsvReader *self, guint *n_fields);

/**
 * kr_csv_reader_get_delimiter:
 * @self: a reader whose header was read
 *
 * Returns the delimiter in use: the one given to kr_csv_reader_new() or the one found in the
 * header.
 */
char kr_csv_reader_get_delimiter (KrCsvReader *self);

/**
 * kr_csv_reader_next:
 * @self: a reader whose header was read
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error, set for %KR_CSV_RESULT_BAD_ROW and
 *   %KR_CSV_RESULT_ERROR
 *
 * Reads the next record after skipping blank ones. A record whose number of fields differs
 * from the header's, or with a quote inside an unquoted field or text after a closing quote,
 * gives %KR_CSV_RESULT_BAD_ROW with a %KR_ERROR_INVALID error naming the line (and column);
 * an importer collects these and calls again to carry on. A quoted field left open at the end
 * of the file (or longer than %KR_CSV_MAX_RECORD_SIZE), invalid UTF-8 (most likely the whole
 * file is in another encoding) and stream errors give %KR_CSV_RESULT_ERROR, after which the
 * reader must not be used further.
 */
KrCsvResult kr_csv_reader_next (KrCsvReader *self, GCancellable *cancellable, GError **error);

/**
 * kr_csv_reader_get_fields:
 * @self: a reader
 * @n_fields: (out) (optional): the number of fields
 *
 * Returns the fields of the record last read, as a %NULL-terminated array of UTF-8 strings
 * owned by the reader and valid until the next call of kr_csv_reader_next(). The reader
 * reuses its buffers from record to record; copy what must be kept (g_strdupv() copies the
 * whole array).
 */
const char *const *kr_csv_reader_get_fields (KrCsvReader *self, guint *n_fields);

/**
 * kr_csv_reader_get_line:
 * @self: a reader
 *
 * Returns the 1-based line of the file on which the record last read (or the header) starts.
 * Every line counts, blank ones and those inside quoted fields included, so the number is
 * what a text editor shows.
 */
guint kr_csv_reader_get_line (KrCsvReader *self);

/**
 * kr_csv_reader_get_position:
 * @self: a reader
 *
 * Returns how many bytes of the stream the records read so far take, byte order mark
 * included: compared with the file size, the progress of an import.
 */
guint64 kr_csv_reader_get_position (KrCsvReader *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrCsvReader, kr_csv_reader_free)

/**
 * kr_csv_normalize_name:
 * @name: a column name as written in a header, UTF-8
 *
 * Returns @name in the form used to match columns: lower case, with runs of spaces,
 * underscores and hyphens made one underscore and none at either end, so that `nip_baru`,
 * ` NIP BARU ` and `Nip-Baru` all become `nip_baru`. Free with g_free().
 */
char *kr_csv_normalize_name (const char *name);

/**
 * KrCsvColumn:
 * @name: the column's name, compared after kr_csv_normalize_name()
 * @required: whether a header without the column is an error
 *
 * A column an importer looks for in a header.
 */
typedef struct
{
  const char *name;
  gboolean required;
} KrCsvColumn;

/**
 * kr_csv_map_columns:
 * @header: the %NULL-terminated header fields
 * @columns: (array length=n_columns): the columns looked for
 * @n_columns: the number of @columns
 * @indexes: (out caller-allocates) (array length=n_columns): for each column, the 0-based
 *   index of the header field with its name, or -1 for a missing optional column
 * @error: return location for a #KR_ERROR_INVALID error
 *
 * Finds the columns in the header by their normalised names, in any order, ignoring header
 * fields not looked for. Fails with one message listing every missing required column, or
 * when a column looked for appears twice in the header.
 */
gboolean kr_csv_map_columns (const char *const *header,
                             const KrCsvColumn *columns,
                             guint n_columns,
                             int *indexes,
                             GError **error);

/**
 * KrCsvWriterFlags:
 * @KR_CSV_WRITER_NONE: CRLF line ends, no byte order mark
 * @KR_CSV_WRITER_LF: end lines with LF instead of CRLF
 * @KR_CSV_WRITER_BOM: start the file with a UTF-8 byte order mark, which Excel needs to
 *   read the file as UTF-8
 * @KR_CSV_WRITER_GUARD_FORMULAS: write a single quote before every field that a spreadsheet
 *   program would take for a formula (kr_csv_field_is_formula()), so that opening the file
 *   never runs one ("CSV injection"); kr_csv_reader_set_unguard_formulas() takes it off again
 *
 * How a #KrCsvWriter writes.
 */
typedef enum
{
  KR_CSV_WRITER_NONE = 0,
  KR_CSV_WRITER_LF = 1 << 0,
  KR_CSV_WRITER_BOM = 1 << 1,
  KR_CSV_WRITER_GUARD_FORMULAS = 1 << 2,
} KrCsvWriterFlags;

/**
 * kr_csv_field_is_formula:
 * @field: a field's text
 *
 * Returns whether a field written as @field would need a guard (%KR_CSV_WRITER_GUARD_FORMULAS):
 * it starts with `=`, `+`, `-`, `@`, a tab or a carriage return, which Excel and LibreOffice
 * read as the start of a formula, or with single quotes followed by one of those, so that a
 * value that really starts with a quote reads back unchanged too.
 *
 * Returns: %TRUE when the field is guarded on writing
 */
gboolean kr_csv_field_is_formula (const char *field);

/**
 * KrCsvWriter:
 *
 * Writes CSV records to a stream through a buffer.
 */
typedef struct _KrCsvWriter KrCsvWriter;

/**
 * kr_csv_writer_new:
 * @stream: the stream to write; the writer keeps a reference
 * @delimiter: the field delimiter, such as `,` `;` or tab
 * @flags: line ends and byte order mark
 *
 * Makes a writer. Fields are quoted only when they must be: when they contain the delimiter,
 * a quote or a line break, or start or end with a space or tab. Records are collected in a
 * buffer; call kr_csv_writer_flush() at the end. Free with kr_csv_writer_free().
 */
KrCsvWriter *kr_csv_writer_new (GOutputStream *stream, char delimiter, KrCsvWriterFlags flags);

/**
 * kr_csv_writer_free:
 * @self: (nullable): a writer
 *
 * Frees the writer, dropping anything not yet flushed, and its reference to the stream,
 * without closing the stream.
 */
void kr_csv_writer_free (KrCsvWriter *self);

/**
 * kr_csv_writer_write_record:
 * @self: a writer
 * @fields: (array length=n_fields): UTF-8 fields; with an explicit @n_fields a %NULL field is
 *   written empty
 * @n_fields: the number of fields (at least 1), or -1 when @fields is %NULL-terminated
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a stream error
 *
 * Writes one record. A record whose fields are all empty is written with its first field as
 * `""`, so that a reader does not take it for a blank line and skip it.
 */
gboolean kr_csv_writer_write_record (KrCsvWriter *self,
                                     const char *const *fields,
                                     int n_fields,
                                     GCancellable *cancellable,
                                     GError **error);

/**
 * kr_csv_writer_flush:
 * @self: a writer
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a stream error
 *
 * Writes out the buffered records and flushes the stream, without closing it.
 */
gboolean kr_csv_writer_flush (KrCsvWriter *self, GCancellable *cancellable, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrCsvWriter, kr_csv_writer_free)

G_END_DECLS
