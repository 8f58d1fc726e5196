/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-import"

#include "config.h"

#include "kr-tool.h"

#include "kr-backups.h"
#include "kr-database.h"
#include "kr-i18n.h"
#include "kr-siasn-import.h"

static void
print_issues (const KrSiasnReport *report)
{
  for (guint i = 0; i < report->issues->len; i++)
    {
      const KrSiasnIssue *issue = g_ptr_array_index (report->issues, i);
      g_autofree char *text = kr_siasn_issue_to_string (issue);

      g_print ("%s: %s\n", issue->kind == KR_SIASN_ISSUE_REJECTED ? _ ("rejected") : _ ("warning"),
               text);
    }
  if (report->n_issues_dropped > 0)
    g_print (ngettext ("… and %u more issue, not listed\n", "… and %u more issues, not listed\n",
                       report->n_issues_dropped),
             report->n_issues_dropped);
}

/* The counts, one "label: number" a line, which reads well in any language and in scripts. */
static void
print_counts (const KrSiasnReport *report)
{
  g_print ("%s: %u\n", _ ("Rows"), report->n_rows);
  g_print ("%s: %u\n", _ ("New"), report->n_new);
  g_print ("%s: %u\n", _ ("Updated"), report->n_updated);
  g_print ("%s: %u\n", _ ("Unchanged"), report->n_unchanged);
  g_print ("%s: %u\n", _ ("Rejected"), report->n_rejected);
  g_print ("%s: %u\n", _ ("Warnings"), report->n_warnings);
  g_print ("%s: %u\n", _ ("New golongan"), report->n_rank_changes);
  g_print ("%s: %u\n", _ ("New jabatan"), report->n_position_changes);
  g_print ("%s: %u\n", _ ("Units to create"), report->n_units_created);
  g_print ("%s: %u\n", _ ("Positions to create"), report->n_positions_created);
}

/* A dry run never writes: it reads the database without upgrading it, and analyses against
 * an empty database when the file does not exist yet. Otherwise an older file is upgraded,
 * backed up first into @backup_dir (or the default folder) like the import. */
static KrDatabase *
open_database (const char *path, gboolean dry_run, const char *backup_dir, GError **error)
{
  if (!dry_run)
    {
      g_autofree char *folder = kr_backups_get_folder (path, backup_dir);

      return kr_database_open_with_backup_folder (path, KR_DATABASE_FLAGS_NONE, folder, error);
    }
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return kr_database_open (path, KR_DATABASE_FLAGS_READ_ONLY, error);
  g_print (_ ("The database does not exist yet: the report is for an empty database.\n"));
  return kr_database_open (":memory:", KR_DATABASE_FLAGS_NONE, error);
}

int
kr_tool_import (const KrToolCommand *command, int argc, char **argv)
{
  gboolean dry_run = FALSE;
  g_autofree char *as_user = NULL;
  g_autofree char *backup_dir = NULL;
  int keep = KR_TOOL_DEFAULT_KEEP;
  const GOptionEntry entries[] = {
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run,
      N_ ("Only check the file and print the report; change nothing"), NULL },
    KR_TOOL_AS_OPTION (as_user),
    KR_TOOL_BACKUP_OPTIONS (backup_dir, keep),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrSiasnImporter) importer = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *database = NULL;
  const KrSiasnReport *report;
  int status;

  if (!kr_tool_parse_options (command, entries, 2, &argc, &argv, &status) ||
      !kr_tool_check_keep (command, keep, &status))
    return status;

  db = open_database (argv[1], dry_run, backup_dir, &error);
  if (db == NULL || !kr_tool_sign_in (db, as_user, &error))
    return kr_tool_fail (error);
  importer = kr_siasn_importer_new (db);
  file = g_file_new_for_commandline_arg (argv[2]);
  if (!kr_siasn_importer_analyse (importer, file, NULL, NULL, NULL, &error))
    return kr_tool_fail (error);

  report = kr_siasn_importer_get_report (importer);
  print_issues (report);
  print_counts (report);
  database = g_filename_display_name (argv[1]);
  if (report->n_new + report->n_updated + report->n_unchanged == 0)
    {
      g_print (_ ("Nothing could be imported.\n"));
      return KR_TOOL_EXIT_FAILURE;
    }
  if (dry_run)
    {
      g_print (_ ("Dry run: nothing was written to “%s”.\n"), database);
      return KR_TOOL_EXIT_OK;
    }
  /* After the dry run, before the commit: the file as it was is kept. */
  if (!kr_tool_back_up_before_import (db, argv[1], backup_dir, keep, &error) ||
      !kr_siasn_importer_commit (importer, NULL, NULL, NULL, &error))
    return kr_tool_fail (error);
  g_print (_ ("Imported into “%s”; the rejected rows were left out.\n"), database);
  return KR_TOOL_EXIT_OK;
}
