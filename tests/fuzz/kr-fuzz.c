/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kr-fuzz.h"

#include <locale.h>
#include <stdlib.h>

#include <glib/gstdio.h>

#include "kr-database-private.h"
#include "kr-siasn-import.h"

static char *fuzz_dir;

/* GLib stops on a fatal message with SIGTRAP, which AddressSanitizer passes on to libFuzzer
 * only when told to: then the input is kept like that of any other crash. */
const char *__asan_default_options (void);

const char *
__asan_default_options (void)
{
  return "handle_sigtrap=1";
}

void
kr_fuzz_fail (const char *file, int line, const char *condition, const char *what)
{
  g_printerr ("%s:%d: check failed: %s: %s\n", file, line, what, condition);
  abort ();
}

static void
remove_dir (void)
{
  g_autoptr (GDir) dir = NULL;
  const char *name;

  if (fuzz_dir == NULL)
    return;
  dir = g_dir_open (fuzz_dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fuzz_dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (fuzz_dir);
  g_clear_pointer (&fuzz_dir, g_free);
}

void
kr_fuzz_init (void)
{
  g_setenv ("TZ", "UTC", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  setlocale (LC_ALL, "");
  g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
}

const char *
kr_fuzz_get_dir (void)
{
  g_autoptr (GError) error = NULL;

  if (fuzz_dir == NULL)
    {
      fuzz_dir = g_dir_make_tmp ("kr-fuzz-XXXXXX", &error);
      if (fuzz_dir == NULL)
        g_error ("Cannot make a temporary folder: %s", error->message);
      atexit (remove_dir);
    }
  return fuzz_dir;
}

GFile *
kr_fuzz_write_file (const char *name, const uint8_t *data, size_t size)
{
  g_autofree char *path = g_build_filename (kr_fuzz_get_dir (), name, NULL);
  g_autoptr (GError) error = NULL;

  if (!g_file_set_contents_full (path, (const char *) data, (gssize) size, G_FILE_SET_CONTENTS_NONE,
                                 0600, &error))
    g_error ("Cannot write %s: %s", path, error->message);
  return g_file_new_for_path (path);
}

KrDatabase *
kr_fuzz_open_database (const char *const *seed_files)
{
  g_autofree char *path = g_build_filename (kr_fuzz_get_dir (), "karier.db", NULL);
  g_autoptr (GError) error = NULL;
  KrDatabase *database = kr_database_open (path, KR_DATABASE_FLAGS_NONE, &error);

  if (database == NULL)
    g_error ("Cannot open %s: %s", path, error->message);
  for (guint i = 0; seed_files != NULL && seed_files[i] != NULL; i++)
    {
      g_autofree char *seed = g_build_filename (KR_FUZZ_DATA_DIR, seed_files[i], NULL);
      g_autoptr (GFile) file = g_file_new_for_path (seed);
      g_autoptr (KrSiasnImporter) importer = kr_siasn_importer_new (database);

      if (!kr_siasn_importer_analyse (importer, file, NULL, NULL, NULL, &error) ||
          !kr_siasn_importer_commit (importer, NULL, NULL, NULL, &error))
        g_error ("Cannot import %s: %s", seed, error->message);
    }
  return database;
}

gint64
kr_fuzz_count_rows (KrDatabase *database)
{
  static const char sql[] =
      "SELECT (SELECT count(*) FROM employee) + (SELECT count(*) FROM unit)"
      " + (SELECT count(*) FROM position) + (SELECT count(*) FROM rank_history)"
      " + (SELECT count(*) FROM position_history) + (SELECT count(*) FROM education_history)"
      " + (SELECT count(*) FROM training_record) + (SELECT count(*) FROM appraisal_pp46)"
      " + (SELECT count(*) FROM audit_log)";
  sqlite3 *handle = _kr_database_get_handle (database);
  sqlite3_stmt *statement = NULL;
  gint64 n = -1;

  if (sqlite3_prepare_v2 (handle, sql, -1, &statement, NULL) == SQLITE_OK &&
      sqlite3_step (statement) == SQLITE_ROW)
    n = sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);
  if (n < 0)
    g_error ("Cannot count rows: %s", sqlite3_errmsg (handle));
  return n;
}

void
kr_fuzz_check_issues (GPtrArray *issues, guint n_rejected, guint n_warnings, guint n_dropped)
{
  guint n_rejected_rows = 0, n_warning_issues = 0, last_line = 0, last_rejected_line = 0;

  kr_fuzz_check (issues->len <= KR_SIASN_REPORT_MAX_ISSUES, "issues kept");
  for (guint i = 0; i < issues->len; i++)
    {
      const KrSiasnIssue *issue = g_ptr_array_index (issues, i);
      g_autofree char *text = kr_siasn_issue_to_string (issue);

      kr_fuzz_check (issue->line >= 2 && issue->line >= last_line, "issues in file order");
      kr_fuzz_check (issue->message != NULL && g_utf8_validate (issue->message, -1, NULL) &&
                         g_utf8_validate (text, -1, NULL),
                     "issue message");
      kr_fuzz_check (issue->column == NULL || g_utf8_validate (issue->column, -1, NULL),
                     "issue column");
      kr_fuzz_check (issue->value == NULL || g_utf8_validate (issue->value, -1, NULL),
                     "issue value");
      last_line = issue->line;
      if (issue->kind == KR_SIASN_ISSUE_WARNING)
        n_warning_issues++;
      else if (issue->line != last_rejected_line)
        n_rejected_rows++, last_rejected_line = issue->line;
    }
  if (n_dropped == 0)
    {
      kr_fuzz_check (n_rejected_rows == n_rejected, "a rejection for each rejected row");
      kr_fuzz_check (n_warning_issues == n_warnings, "warnings counted");
    }
  else
    {
      kr_fuzz_check (issues->len == KR_SIASN_REPORT_MAX_ISSUES, "issues dropped");
    }
}
