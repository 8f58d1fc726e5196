/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-backup"

#include "config.h"

#include "kr-tool.h"

#include "kr-database.h"
#include "kr-i18n.h"

int
kr_tool_backup (const KrToolCommand *command, int argc, char **argv)
{
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *source = NULL;
  g_autofree char *dest_path = NULL;
  g_autofree char *dest = NULL;
  const char *upgrade_backup;
  int status;

  if (!kr_tool_parse_options (command, NULL, 2, &argc, &argv, &status))
    return status;

  /* Opened like the application opens it, so an older file is upgraded (and that upgrade
   * makes its own copy first); a mistyped name is not created. */
  db = kr_database_open (argv[1], KR_DATABASE_FLAGS_NO_CREATE, &error);
  if (db == NULL)
    return kr_tool_fail (error);

  source = g_filename_display_name (argv[1]);
  upgrade_backup = kr_database_get_upgrade_backup_path (db);
  if (upgrade_backup != NULL)
    {
      g_autofree char *previous = g_filename_display_name (upgrade_backup);

      g_print (_ ("Upgraded “%s” to schema version %d; the previous version was kept in “%s”.\n"),
               source, kr_database_get_schema_version (db), previous);
    }

  if (!kr_database_backup (db, argv[2], &error))
    return kr_tool_fail (error);

  dest_path = g_canonicalize_filename (argv[2], NULL);
  dest = g_filename_display_name (dest_path);
  g_print (_ ("Backed up “%s” to “%s”.\n"), source, dest);
  return KR_TOOL_EXIT_OK;
}
