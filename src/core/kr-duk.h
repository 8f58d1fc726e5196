/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kr-database.h"
#include "kr-education.h"
#include "kr-employee.h"
#include "kr-position.h"
#include "kr-rank.h"

G_BEGIN_DECLS

/**
 * KrDukRow:
 * @number: the row's place in the list, from 1
 * @employee_id: the employee
 * @full_name: the name with gelar, as official documents print it
 * @nip: the NIP, 18 digits as stored
 * @birth_place: (nullable): the birth place
 * @birth_date: the birth date
 * @kind: %KR_EMPLOYEE_KIND_PNS or %KR_EMPLOYEE_KIND_CPNS
 * @status: the legal status, one that kr_duk_status_is_listed() accepts
 * @has_rank: whether the rank history has a row; when %FALSE, @rank and @rank_tmt mean nothing
 * @rank: the current golongan ruang
 * @rank_tmt: the TMT of the current golongan
 * @position_name: (nullable): the current jabatan, %NULL when the position history is empty
 * @position_kind: the jenis jabatan of @position_name
 * @position_tmt: the TMT of the current jabatan; cleared when there is none
 * @unit_id: the unit of the current jabatan, 0 when there is none
 * @unit_name: (nullable): its name
 * @branch_name: (nullable): the name of the unit directly below the listed unit (for the whole
 *   instansi, directly below the root: the perangkat daerah) whose subtree holds @unit_id;
 *   %NULL when the position belongs to the listed unit itself or there is none. It says where
 *   someone works without repeating the listed unit on every row.
 * @tmt_cpns: the TMT CPNS; cleared when not recorded
 * @service_years: the masa kerja from the TMT CPNS to the date of the list, completed years
 * @service_months: the completed months beyond @service_years
 * @has_education: whether the education history has a row; when %FALSE the education fields
 *   mean nothing
 * @education: the level of the latest education (by graduation year)
 * @institution: (nullable): the school or university of that education
 * @major: (nullable): its field of study
 * @graduation_year: its graduation year
 * @age: the age in completed years on the date of the list
 *
 * One row of the Daftar Urut Kepangkatan, valid only during the callback that receives it.
 */
typedef struct
{
  guint number;
  gint64 employee_id;
  const char *full_name;
  const char *nip;
  const char *birth_place;
  GDate birth_date;
  KrEmployeeKind kind;
  KrEmployeeStatus status;
  gboolean has_rank;
  KrRank rank;
  GDate rank_tmt;
  const char *position_name;
  KrPositionKind position_kind;
  GDate position_tmt;
  gint64 unit_id;
  const char *unit_name;
  const char *branch_name;
  GDate tmt_cpns;
  guint service_years;
  guint service_months;
  gboolean has_education;
  KrEducation education;
  const char *institution;
  const char *major;
  guint graduation_year;
  guint age;
} KrDukRow;

/**
 * KrDukFunc:
 * @row: (transfer none): the row; its strings live only until the function returns
 * @user_data: the data given to kr_duk_foreach()
 *
 * Receives one row of the list.
 *
 * Returns: %TRUE to go on, %FALSE to stop early (not an error)
 */
typedef gboolean (*KrDukFunc) (const KrDukRow *row, gpointer user_data);

/**
 * kr_duk_get_structural_level:
 * @kind: a position kind
 *
 * Returns the structural level by which the DUK orders holders of the same golongan and TMT
 * golongan, lower first: JPT Utama 1, JPT Madya 2, JPT Pratama 3, Administrator 4 (the former
 * eselon III), Pengawas 5 (eselon IV), and 6 for pelaksana and both functional groups. An
 * employee without a position comes after all of them. The equivalence of the new kinds with
 * the eselon, and that functional positions share the last level, are believed (B), not
 * confirmed; the mapping is the one table in core that says so.
 *
 * Returns: the level, 1 or more
 */
guint kr_duk_get_structural_level (KrPositionKind kind);

/**
 * kr_duk_status_is_listed:
 * @status: a legal status
 *
 * Returns whether an employee with @status still belongs in the DUK: everyone who is still a
 * civil servant (aktif, tugas belajar, CLTN, diberhentikan sementara, penerima uang tunggu,
 * masa persiapan pensiun), not those retired, deceased, discharged or resigned. Which statuses
 * a DUK lists is believed practice (B), kept in this one table.
 *
 * Returns: %TRUE when the status is listed
 */
gboolean kr_duk_status_is_listed (KrEmployeeStatus status);

/**
 * kr_duk_foreach:
 * @database: an open database
 * @unit_id: a unit whose subtree to list, or 0 for every unit of the instansi (and employees
 *   without a position)
 * @date: (nullable): the date the list describes ("keadaan per"), for the masa kerja and the
 *   ages; %NULL for today
 * @func: (scope call): called for each row in order
 * @user_data: data for @func
 * @error: return location for a #GError
 *
 * Runs the Daftar Urut Kepangkatan (DUK) of the employees whose current position lies in
 * @unit_id or below it, calling @func once per row, in the order of the list (DOMAIN 12.2,
 * after the Kota Bogor SIMPEG; that it is the official order of PP 15/1979 is believed): higher
 * golongan first; then the earlier TMT golongan; the higher structural level
 * (kr_duk_get_structural_level()); the earlier TMT jabatan; the longer masa kerja, i.e. the
 * earlier TMT CPNS; the higher education level; the earlier graduation year; the older
 * employee; and last the NIP, so that the order is total. A missing value sorts after every
 * present one.
 *
 * Only PNS and CPNS are listed: the DUK ranks civil servants by pangkat, and a PPPK has no
 * pangkat in that sense (a PPPK golongan I–XVII is not comparable with a golongan ruang), so
 * PPPK are never in it (B: no source says so outright; no DUK format has room for them).
 * Employees whose status kr_duk_status_is_listed() refuses are left out.
 *
 * Rows are streamed from the database one at a time, so a list of 10^5 employees never holds
 * more than one row in memory. Fails with %KR_ERROR_NOT_FOUND when @unit_id does not exist.
 *
 * Returns: %TRUE when every row was given (or @func stopped early), %FALSE with @error set
 */
gboolean kr_duk_foreach (KrDatabase *database,
                         gint64 unit_id,
                         const GDate *date,
                         KrDukFunc func,
                         gpointer user_data,
                         GError **error);

G_END_DECLS
