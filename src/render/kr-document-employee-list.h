/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kr-database.h"
#include "kr-document.h"
#include "kr-employee-query.h"

G_BEGIN_DECLS

/**
 * kr_document_employee_list_new:
 * @database: an open database
 * @query: (nullable): the employees to list and their order, as the employee list shows them
 *   (kr_employee_list_new()); %NULL for everyone by name
 * @date: (nullable): the day the list is printed, for its heading and the masa kerja; %NULL
 *   for today
 * @error: return location for a #GError
 *
 * Builds the Daftar Pegawai of @query as a landscape document in Indonesian: its title, the
 * instansi, a line that says which unit, filters, search and order the list shows, the date
 * it was printed and how many employees it has, and a table of one row per employee (number;
 * NIP grouped 8-6-1-3; name with gelar; golongan and pangkat; jabatan; unit kerja; masa kerja
 * in years and months) whose header repeats on every page. Every page is numbered "Halaman 1
 * dari 3".
 *
 * The employees are counted here and read again, a page of the list at a time, each time the
 * document is laid out or drawn, through the same query and order as the list on screen, so
 * a list of millions costs the memory of a page. The document keeps a reference to @database,
 * so use it from the thread that opened @database. A pass fails with %KR_ERROR_CONFLICT when
 * the number of employees changed since the count. Fails with %KR_ERROR_NOT_FOUND when the
 * unit of @query does not exist.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 */
KrDocument *kr_document_employee_list_new (KrDatabase *database,
                                           const KrEmployeeQuery *query,
                                           const GDate *date,
                                           GError **error);

/**
 * kr_document_employee_list_describe_query:
 * @query: (nullable): a query
 * @unit_name: (nullable): the name of the query's unit, %NULL when it lists every unit
 * @date: the day the list is printed, for the retirement filter
 *
 * Describes in Indonesian, as the subtitle of the Daftar Pegawai, what @query shows: "Unit
 * kerja: Dinas Kesehatan · Golongan III/a s.d. IV/e · Jenis pegawai: PNS · Urutan: nama,
 * menaik".
 *
 * Returns: (transfer full): the description
 */
char *kr_document_employee_list_describe_query (const KrEmployeeQuery *query,
                                                const char *unit_name,
                                                const GDate *date);

G_END_DECLS
