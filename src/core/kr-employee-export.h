/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kr-employee-query.h"
#include "kr-employee-repository.h"
#include "kr-unit-repository.h"

G_BEGIN_DECLS

/**
 * KR_EMPLOYEE_EXPORT_XLSX_MAX_ROWS:
 *
 * The most employees one XLSX file holds: a worksheet has 1,048,576 rows, one of which is
 * the header.
 */
#define KR_EMPLOYEE_EXPORT_XLSX_MAX_ROWS 1048575

/**
 * KrEmployeeExportFlags:
 * @KR_EMPLOYEE_EXPORT_NONE: CSV for spreadsheet programs: a UTF-8 byte order mark (without
 *   which Excel reads the file in the local code page), CRLF line ends, `,` between fields
 * @KR_EMPLOYEE_EXPORT_PLAIN: CSV for other programs: no byte order mark, LF line ends
 * @KR_EMPLOYEE_EXPORT_SEMICOLON: `;` between fields, which spreadsheet programs set to a
 *   language with a decimal comma (such as Indonesian) expect
 *
 * How kr_employee_export_csv() writes.
 */
typedef enum
{
  KR_EMPLOYEE_EXPORT_NONE = 0,
  KR_EMPLOYEE_EXPORT_PLAIN = 1 << 0,
  KR_EMPLOYEE_EXPORT_SEMICOLON = 1 << 1,
} KrEmployeeExportFlags;

/**
 * KrEmployeeExportProgressFunc:
 * @done: the employees written so far
 * @total: the employees to write
 * @user_data: the data given with the callback
 *
 * Reports the progress of an export. It is called in the thread that runs the export, once
 * with @done 0, at most about a thousand times on the way and once with @done equal to
 * @total, and may cancel the #GCancellable of the export.
 */
typedef void (*KrEmployeeExportProgressFunc) (guint64 done, guint64 total, gpointer user_data);

/**
 * kr_employee_export_get_columns:
 *
 * Returns the header of an export: the column names of the SIASN "data pegawai" export
 * (DOMAIN 12.1) that kr_siasn_importer_analyse() reads, in the order written: `nip_baru`,
 * `nama`, `gelar_depan`, `gelar_belakang`, `tempat_lahir_nama`, `tanggal_lahir`,
 * `jenis_kelamin`, `agama`, `jenis_kawin`, `nik`, `nomor_hp`, `email`, `alamat`,
 * `jenis_pegawai`, `kedudukan_hukum`, `tmt_cpns`, `tmt_pns`, `gol_akhir_nama`,
 * `tmt_golongan`, `jenis_jabatan`, `jabatan_nama`, `tmt_jabatan`, `tingkat_pendidikan`,
 * `pendidikan`, `nama_sekolah`, `tahun_lulus`, `unor_id`, `unor_nama`, `instansi_induk_id`,
 * `instansi_induk_nama`, `satuan_kerja_kerja_id`, `satuan_kerja_kerja_nama`, `unor_induk_id`
 * and `unor_induk_nama`.
 *
 * Returns: (transfer none) (array zero-terminated=1): the column names
 */
const char *const *kr_employee_export_get_columns (void);

/**
 * kr_employee_export_csv:
 * @employees: the employees
 * @units: the organisation tree of the same database, for the unit codes and the instansi
 * @query: (nullable): the employees to write and their order, as the employee list shows
 *   them (kr_employee_list_new()); %NULL for everyone by name
 * @stream: where to write; it is flushed but not closed
 * @flags: the form of the CSV
 * @progress: (nullable) (scope call): called as rows are written
 * @user_data: data for @progress
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes the employees that @query selects, in its order, one row each under the header of
 * kr_employee_export_get_columns(), in the spellings kr_siasn_importer_analyse() reads back,
 * so that an export imports into another database as the same employees: dates as
 * YYYY-MM-DD, gender as M or F, the kinds, statuses, golongan ("III/a", "IX"), jenis jabatan
 * and education levels as Karier labels them, the unit by code and name with the code and
 * name of the instansi at the root of its tree, of the perangkat daerah (satuan kerja) it is
 * in, and of the unit above it when that is below the perangkat daerah, so that an import
 * builds the same tree. The education columns are those of the row
 * with the latest graduation year. A field with a delimiter, a quote or a line break is
 * quoted (RFC 4180).
 *
 * A field that a spreadsheet program would run as a formula, one that starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return (a name such as "=HYPERLINK(…)", a phone number such
 * as "+62 812…"), is written with a single quote before it (%KR_CSV_WRITER_GUARD_FORMULAS),
 * which spreadsheets show as text; kr_siasn_importer_analyse() takes the quote off again, so
 * the export still imports as the same employees.
 *
 * NIP and NIK are written as plain digits. A CSV file has no types: a spreadsheet program
 * that opens it takes them for numbers and keeps 15 digits, which the importer detects and
 * refuses; a leading apostrophe, which would keep them as text in some programs, shows as
 * part of the value in others and breaks other readers, so none is written. To edit an
 * export in a spreadsheet, use kr_employee_export_xlsx(), or import the CSV with the columns
 * set to text.
 *
 * Reads the employees a page at a time (kr_employee_list_new()), so memory does not grow
 * with their number. Fails with %G_IO_ERROR_CANCELLED when @cancellable is cancelled, with
 * the stream's errors and with the database's; on failure part of the file may have been
 * written: use kr_employee_export_csv_file() to write a file whole or not at all.
 *
 * Returns: %TRUE when every row was written
 */
gboolean kr_employee_export_csv (KrEmployeeRepository *employees,
                                 KrUnitRepository *units,
                                 const KrEmployeeQuery *query,
                                 GOutputStream *stream,
                                 KrEmployeeExportFlags flags,
                                 KrEmployeeExportProgressFunc progress,
                                 gpointer user_data,
                                 GCancellable *cancellable,
                                 GError **error);

/**
 * kr_employee_export_csv_file:
 * @employees: the employees
 * @units: the organisation tree of the same database
 * @query: (nullable): the employees to write and their order; %NULL for everyone by name
 * @path: the file to write, in the GLib file name encoding; an existing file is replaced
 * @flags: the form of the CSV
 * @progress: (nullable) (scope call): called as rows are written
 * @user_data: data for @progress
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes what kr_employee_export_csv() writes to a new file beside @path and renames it to
 * @path when it is complete, so that @path is never left half written: on failure or
 * cancellation the new file is deleted and an existing @path is left as it was.
 *
 * Returns: %TRUE when the file was written
 */
gboolean kr_employee_export_csv_file (KrEmployeeRepository *employees,
                                      KrUnitRepository *units,
                                      const KrEmployeeQuery *query,
                                      const char *path,
                                      KrEmployeeExportFlags flags,
                                      KrEmployeeExportProgressFunc progress,
                                      gpointer user_data,
                                      GCancellable *cancellable,
                                      GError **error);

/**
 * kr_employee_export_xlsx:
 * @employees: the employees
 * @units: the organisation tree of the same database
 * @query: (nullable): the employees to write and their order; %NULL for everyone by name
 * @path: the file to write, in the GLib file name encoding; an existing file is replaced
 * @progress: (nullable) (scope call): called as rows are written
 * @user_data: data for @progress
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes the columns and values of kr_employee_export_csv() as an Excel workbook of one
 * worksheet, "Pegawai": a bold header row that stays in view when scrolling, with a filter
 * button on each column, and columns wide enough for their values. NIP and NIK are text
 * cells, so that no digit is lost; dates are date cells shown as yyyy-mm-dd, which a
 * spreadsheet can sort and compute with; the graduation year is a number. Saved by a
 * spreadsheet program as CSV, the sheet imports as kr_employee_export_csv()'s output does.
 *
 * Rows are streamed to a temporary file in the directory of @path (libxlsxwriter's constant
 * memory mode), so memory does not grow with the number of employees. The workbook is
 * written beside @path and renamed to it when complete; on failure or cancellation nothing
 * is left behind and an existing @path is left as it was. Fails with %KR_ERROR_INVALID when
 * @query selects more than %KR_EMPLOYEE_EXPORT_XLSX_MAX_ROWS employees, with
 * %G_IO_ERROR_CANCELLED when @cancellable is cancelled, with %KR_ERROR_STORAGE when the file
 * cannot be written, and with the database's errors.
 *
 * Returns: %TRUE when the file was written
 */
gboolean kr_employee_export_xlsx (KrEmployeeRepository *employees,
                                  KrUnitRepository *units,
                                  const KrEmployeeQuery *query,
                                  const char *path,
                                  KrEmployeeExportProgressFunc progress,
                                  gpointer user_data,
                                  GCancellable *cancellable,
                                  GError **error);

G_END_DECLS
