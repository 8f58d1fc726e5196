/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kr-error.h"
#include "kr-fuzz.h"
#include "kr-training-import.h"

/* The analysis (dry run) of the SIASN riwayat diklat / kursus import (kr-training-import.h) of
 * any file, against a database made once per process that holds the employees of
 * tests/data/siasn/reimport-1.csv (the seed corpus names them). Beyond "no crash, leak or
 * hang" it checks that the report is consistent: new + updated + unchanged + rejected = rows,
 * the issues in file order with valid UTF-8 texts, one rejection per rejected row and the
 * warnings counted (kr_fuzz_check_issues()); that the analysis writes nothing; and that a
 * refused file gives a KR_ERROR (or a G_IO_ERROR from reading it) with a message. */

static KrDatabase *database;

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  static const char *const seeds[] = { "reimport-1.csv", NULL };

  kr_fuzz_init ();
  database = kr_fuzz_open_database (seeds);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GFile) file = kr_fuzz_write_file ("input.csv", data, size);
  g_autoptr (KrTrainingImporter) importer = kr_training_importer_new (database);
  g_autoptr (GError) error = NULL;
  gint64 before = kr_fuzz_count_rows (database);
  const KrTrainingImportReport *report;

  if (kr_training_importer_analyse (importer, file, NULL, NULL, NULL, &error))
    {
      report = kr_training_importer_get_report (importer);
      kr_fuzz_check (report != NULL, "a report after an analysis");
      kr_fuzz_check (report->n_new + report->n_updated + report->n_unchanged + report->n_rejected ==
                         report->n_rows,
                     "every row counted once");
      kr_fuzz_check_issues (report->issues, report->n_rejected, report->n_warnings,
                            report->n_issues_dropped);
    }
  else
    {
      kr_fuzz_check ((error->domain == KR_ERROR || error->domain == G_IO_ERROR) &&
                         g_utf8_validate (error->message, -1, NULL),
                     "a refused file");
    }
  kr_fuzz_check (kr_fuzz_count_rows (database) == before, "the analysis writes nothing");
  return 0;
}
