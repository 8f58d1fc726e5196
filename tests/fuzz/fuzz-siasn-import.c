/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kr-error.h"
#include "kr-fuzz.h"
#include "kr-siasn-import.h"

/* The analysis (dry run) of the SIASN "data pegawai" import (kr-siasn-import.h) of any file,
 * against a database made once per process that already holds the employees and units of
 * tests/data/siasn/reimport-1.csv and tree.csv, so that rows can be new, updates or unchanged.
 * Beyond "no crash, leak or hang" it checks that the report is consistent:
 * - every row is counted once: new + updated + unchanged + rejected = rows;
 * - the issues are in the order of the file, on lines after the header, each with a valid
 *   UTF-8 message that kr_siasn_issue_to_string() can show; when none were dropped, the rows
 *   with a rejection are exactly n_rejected and the warnings exactly n_warnings;
 * - the analysis writes nothing: the tables an import fills keep their rows;
 * - a refused file gives a KR_ERROR (or a G_IO_ERROR from reading it) with a message. */

static KrDatabase *database;

static void
check_report (const KrSiasnReport *report)
{
  kr_fuzz_check (report->n_new + report->n_updated + report->n_unchanged + report->n_rejected ==
                     report->n_rows,
                 "every row counted once");
  kr_fuzz_check_issues (report->issues, report->n_rejected, report->n_warnings,
                        report->n_issues_dropped);
}

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  static const char *const seeds[] = { "reimport-1.csv", "tree.csv", NULL };

  kr_fuzz_init ();
  database = kr_fuzz_open_database (seeds);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GFile) file = kr_fuzz_write_file ("input.csv", data, size);
  g_autoptr (KrSiasnImporter) importer = kr_siasn_importer_new (database);
  g_autoptr (GError) error = NULL;
  gint64 before = kr_fuzz_count_rows (database);

  if (kr_siasn_importer_analyse (importer, file, NULL, NULL, NULL, &error))
    check_report (kr_siasn_importer_get_report (importer));
  else
    kr_fuzz_check ((error->domain == KR_ERROR || error->domain == G_IO_ERROR) &&
                       g_utf8_validate (error->message, -1, NULL),
                   "a refused file");
  kr_fuzz_check (kr_fuzz_count_rows (database) == before, "the analysis writes nothing");
  return 0;
}
