/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kr-database.h"

G_BEGIN_DECLS

/** KR_SIASN_REPORT_MAX_ISSUES: the most issues of each kind a report keeps; the rest are only
 * counted. Each kind has its own limit, so that warnings never crowd out a rejected row. */
#define KR_SIASN_REPORT_MAX_ISSUES 10000

/**
 * KrSiasnIssueKind:
 * @KR_SIASN_ISSUE_REJECTED: the row breaks a rule and will not be imported
 * @KR_SIASN_ISSUE_WARNING: the row will be imported, but something in it deserves a look
 *   (a NIP that disagrees with the birth date, a unit or position that will be created)
 *
 * How serious an issue of an import report is.
 */
typedef enum
{
  KR_SIASN_ISSUE_REJECTED,
  KR_SIASN_ISSUE_WARNING,
} KrSiasnIssueKind;

/**
 * KrSiasnIssue:
 * @kind: whether the row is rejected or only warned about
 * @line: the line of the file on which the row starts, as a text editor counts lines
 * @column: (nullable): the column at fault as the file's header writes it ("NIP BARU"), or
 *   %NULL when the issue concerns the whole row
 * @value: (nullable): the value at fault as the file writes it, %NULL when there is none
 * @message: the translated reason, which says what to do about it
 *
 * One entry of an import report.
 */
typedef struct
{
  KrSiasnIssueKind kind;
  guint line;
  char *column;
  char *value;
  char *message;
} KrSiasnIssue;

/**
 * kr_siasn_issue_to_string:
 * @issue: an issue
 *
 * Formats @issue for a person: "Line 7, column NIP BARU (“19860926”): NIP must have 18
 * digits; 8 were given". An issue without a column is a malformed record, whose message
 * already names the line, and is returned as it is. Free with g_free().
 *
 * Returns: (transfer full): the text
 */
char *kr_siasn_issue_to_string (const KrSiasnIssue *issue);

/**
 * KrSiasnReport:
 * @n_rows: the data rows of the file (the header and blank lines not counted)
 * @n_new: rows of employees not yet in the database, which will be added
 * @n_updated: rows of employees in the database whose fields or histories will change
 * @n_unchanged: rows of employees in the database that hold nothing new; nothing is written
 * @n_rejected: rows that break a rule; each has an issue of kind %KR_SIASN_ISSUE_REJECTED
 * @n_warnings: the warnings about accepted rows
 * @n_rank_changes: rank history rows that will be added (new golongan)
 * @n_position_changes: position history rows that will be added (new jabatan)
 * @n_units_created: units (instansi and unor) that will be created
 * @n_positions_created: positions that will be created in their units
 * @issues: (element-type KrSiasnIssue): rejections and warnings in the order of the file, at
 *   most %KR_SIASN_REPORT_MAX_ISSUES of each kind
 * @n_issues_dropped: the issues left out of @issues because there were too many
 * @n_listed: the issues of each #KrSiasnIssueKind in @issues
 * @n_dropped: the issues of each #KrSiasnIssueKind left out of @issues (together
 *   @n_issues_dropped)
 *
 * What an analysis found, and therefore what a commit will do. Rejected rows are never
 * imported; the accepted ones (new, updated and unchanged) are imported together or not at all.
 */
typedef struct
{
  guint n_rows;
  guint n_new;
  guint n_updated;
  guint n_unchanged;
  guint n_rejected;
  guint n_warnings;
  guint n_rank_changes;
  guint n_position_changes;
  guint n_units_created;
  guint n_positions_created;
  GPtrArray *issues;
  guint n_issues_dropped;
  guint n_listed[2];
  guint n_dropped[2];
} KrSiasnReport;

/**
 * KrSiasnProgressFunc:
 * @done: the bytes of the file read so far
 * @total: the size of the file in bytes
 * @user_data: the data given with the callback
 *
 * Reports the progress of an analysis or a commit. It is called in the thread that runs the
 * import, at most about a thousand times per pass, and may cancel the #GCancellable of the
 * import.
 */
typedef void (*KrSiasnProgressFunc) (guint64 done, guint64 total, gpointer user_data);

#define KR_TYPE_SIASN_IMPORTER (kr_siasn_importer_get_type ())

G_DECLARE_FINAL_TYPE (KrSiasnImporter, kr_siasn_importer, KR, SIASN_IMPORTER, GObject)

/**
 * kr_siasn_importer_new:
 * @database: the database to import into
 *
 * Creates an importer of the SIASN "data pegawai" export (DOMAIN 12.1) into @database. The
 * importer keeps no global state and uses only @database, so a long import can run in a
 * #GTask thread on a connection of its own; use one importer from one thread at a time.
 *
 * Returns: (transfer full): the importer
 */
KrSiasnImporter *kr_siasn_importer_new (KrDatabase *database);

/**
 * kr_siasn_importer_analyse:
 * @self: a #KrSiasnImporter
 * @file: the CSV file: UTF-8 with or without a byte order mark, `,` `;` or tab delimited,
 *   any line ends, quoted fields
 * @progress: (nullable) (scope call): called as the file is read
 * @user_data: data for @progress
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads the whole file, one row at a time, and checks every row against the rules the forms
 * apply, without writing anything. Header names are matched ignoring case, spaces,
 * underscores and hyphens, in any order; columns the importer does not know are ignored.
 * Required: `nip_baru`, `nama`, `tanggal_lahir`, `jenis_kelamin` and `jenis_pegawai` (or
 * `jenis_pegawai_nama`). Optional: `gelar_depan`, `gelar_belakang`, `tempat_lahir_nama`,
 * `agama`, `jenis_kawin`, `nik`, `nomor_hp`, `email`, `alamat`, `kedudukan_hukum`,
 * `tmt_cpns`, `tmt_pns`, `gol_akhir_nama` or `gol_akhir_id`, `tmt_golongan`,
 * `jenis_jabatan`, `jabatan_nama`, `eselon`, `tmt_jabatan`, `tingkat_pendidikan` or
 * `pendidikan`, `nama_sekolah`, `tahun_lulus`, `unor_nama`, `unor_id`, `unor_induk_nama`,
 * `unor_induk_id`, `satuan_kerja_kerja_nama`, `satuan_kerja_kerja_id`,
 * `satuan_kerja_induk_nama`, `satuan_kerja_induk_id`, `instansi_kerja_nama`,
 * `instansi_kerja_id`, `instansi_induk_nama` and `instansi_induk_id`; the SIASN `_nama`
 * forms of the coded ones are accepted too.
 *
 * A row whose NIP is already in the database updates that employee: the fields the file
 * fills replace the stored ones (an empty cell keeps the stored value), a different golongan
 * adds a rank history row from `tmt_golongan`, a different jabatan a position history row
 * from `tmt_jabatan`, and an education level and year not yet recorded an education row; a
 * TMT older than the stored current one leaves that history alone, with a warning.
 *
 * The unit (the unor, else the satuan kerja) is where the row's jabatan is looked for. A row
 * names a branch of the tree from the top: the instansi (`instansi_kerja`, else
 * `instansi_induk`; when the row names none, the database's only instansi), the satuan kerja
 * (`satuan_kerja_kerja`, else `satuan_kerja_induk`), the `unor_induk` and the `unor`, each by
 * code (`_id`) and name. A level that repeats one above it, by code or by name, is that unit
 * (an employee of the satuan kerja itself). A code finds the unit that has it; a name without
 * a code is looked for below the levels above it that the row names (anywhere when it names
 * none). A unit missing from the database is created under the unit above it, with the code
 * of the file (else its name), and the kind its place gives it: a perangkat daerah under the
 * instansi, a bidang or, by its name ("UPT …", "SMA Negeri …", "Puskesmas …"), a UPT under a
 * perangkat daerah, a sub-bidang under those; a unit created for one row is found by the next,
 * so no unit is created twice. A file with only the unor columns puts new units under the
 * instansi, as perangkat daerah.
 *
 * A position missing in its unit is created in it, its kind read from `jenis_jabatan` (with
 * `eselon` for a structural one and the jenjang at the end of a functional one's name). When a
 * functional position's name states no jenjang ("Kepala Sekolah"), a position of that name in
 * the unit is used; else the jenjang is the one whose golongan range holds the row's golongan
 * (the stored one when the file gives none), with the education telling keahlian from
 * keterampilan when `jenis_jabatan` says only "Fungsional" and both fit, and a warning says
 * so; the row is rejected when neither tells it (no golongan, a PPPK golongan, a golongan
 * outside the ranges).
 *
 * Fails, with nothing in the report, when the file cannot be read as CSV or its header lacks
 * required columns (the message lists them all), and with %G_IO_ERROR_CANCELLED when
 * @cancellable is cancelled. On success the report is available from
 * kr_siasn_importer_get_report() and the analysis may be committed.
 *
 * Returns: %TRUE when the whole file was analysed
 */
gboolean kr_siasn_importer_analyse (KrSiasnImporter *self,
                                    GFile *file,
                                    KrSiasnProgressFunc progress,
                                    gpointer user_data,
                                    GCancellable *cancellable,
                                    GError **error);

/**
 * kr_siasn_importer_get_report:
 * @self: a #KrSiasnImporter
 *
 * Returns the report of the last successful analysis. It stays valid, and unchanged by a
 * commit, until the next analysis or until @self is finalised.
 *
 * Returns: (transfer none) (nullable): the report, or %NULL before a successful analysis
 */
const KrSiasnReport *kr_siasn_importer_get_report (KrSiasnImporter *self);

/**
 * kr_siasn_importer_commit:
 * @self: a #KrSiasnImporter whose analysis succeeded
 * @progress: (nullable) (scope call): called as the file is read again
 * @user_data: data for @progress
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Imports exactly the rows the analysis accepted, in one transaction: the rejected rows of
 * the report are left out, everything else lands together or not at all. The file is read
 * again and every row checked again; when the file's bytes or any row's outcome differ from
 * the analysis (the file was edited, or the database changed in between), the commit fails
 * with %KR_ERROR_CONFLICT and asks for a new analysis. Any failure, and cancelling through
 * @cancellable (%G_IO_ERROR_CANCELLED), leaves the database exactly as it was; the analysis
 * may then be committed again. After a successful commit the analysis is used up. When the
 * analysis found nothing to write, returns %TRUE without touching the database.
 *
 * Returns: %TRUE when the accepted rows were imported
 */
gboolean kr_siasn_importer_commit (KrSiasnImporter *self,
                                   KrSiasnProgressFunc progress,
                                   gpointer user_data,
                                   GCancellable *cancellable,
                                   GError **error);

G_END_DECLS
