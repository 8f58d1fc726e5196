/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kr-appraisal-repository.h"
#include "kr-error.h"
#include "kr-fuzz.h"

/* The dry run of the PP 46/2011 appraisal import (kr_appraisal_repository_import_pp46()) of
 * any file, against a database made once per process that holds the employees of
 * tests/data/siasn/reimport-1.csv (the seed corpus names them). Beyond "no crash, leak or
 * hang" it checks that it writes nothing; that an accepted file has an empty report; and that
 * a refused one gives a KR_ERROR (or a G_IO_ERROR from reading it) with a valid UTF-8 message,
 * and, when rows were rejected, a report of valid UTF-8 lines, one per rejected row, each
 * naming its line. */

static KrDatabase *database;
static KrAppraisalRepository *appraisals;

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  static const char *const seeds[] = { "reimport-1.csv", NULL };

  kr_fuzz_init ();
  database = kr_fuzz_open_database (seeds);
  appraisals = kr_appraisal_repository_new (database);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GFile) file = kr_fuzz_write_file ("pp46.csv", data, size);
  g_autofree char *path = g_file_get_path (file);
  g_auto (GStrv) report = NULL;
  g_autoptr (GError) error = NULL;
  gint64 before = kr_fuzz_count_rows (database);
  guint n_rows = 0;

  if (kr_appraisal_repository_import_pp46 (appraisals, path, TRUE, &report, &n_rows, &error))
    {
      kr_fuzz_check (report != NULL && report[0] == NULL, "an accepted file has no rejections");
    }
  else
    {
      kr_fuzz_check ((error->domain == KR_ERROR || error->domain == G_IO_ERROR) &&
                         g_utf8_validate (error->message, -1, NULL),
                     "a refused file");
      for (guint i = 0; report != NULL && report[i] != NULL; i++)
        kr_fuzz_check (g_utf8_validate (report[i], -1, NULL) &&
                           g_str_has_prefix (report[i], "Line "),
                       "a report line names its line");
    }
  kr_fuzz_check (kr_fuzz_count_rows (database) == before, "a dry run writes nothing");
  return 0;
}
