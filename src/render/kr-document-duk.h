/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kr-database.h"
#include "kr-document.h"

G_BEGIN_DECLS

/**
 * kr_document_duk_new:
 * @database: an open database
 * @unit_id: the unit whose subtree to list, or 0 for the whole instansi
 * @date: (nullable): the date the list describes ("Keadaan per"), for the masa kerja and the
 *   ages; %NULL for today
 * @place: (nullable): the place written before the date of the signature; %NULL leaves a
 *   dotted line for the office to fill in by hand
 * @error: return location for a #GError
 *
 * Builds the Daftar Urut Kepangkatan Pegawai Negeri Sipil (kr_duk_foreach()) as a landscape
 * document: its title, the instansi and unit, "Keadaan per 22 November 2026", a table of one
 * row per PNS and CPNS (number; name with gelar and NIP; place and date of birth; golongan,
 * pangkat and TMT; jabatan, its unit when it is below the listed unit, and TMT; masa kerja
 * in years and months; education level, institution and graduation year; age; remarks such
 * as CPNS), and a signature block for the Kepala BKPSDM with blank lines for the name and NIP.
 * The rows are read from @database each time the document is laid out or drawn; the
 * document keeps a reference to @database. Fails with %KR_ERROR_NOT_FOUND when @unit_id does
 * not exist.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 */
KrDocument *kr_document_duk_new (KrDatabase *database,
                                 gint64 unit_id,
                                 const GDate *date,
                                 const char *place,
                                 GError **error);

G_END_DECLS
