/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-info"

#include "config.h"

#include "kr-tool.h"

#include "kr-database.h"

static const char *
yes_no (gboolean value)
{
  return value ? "yes" : "no";
}

int
kr_tool_info (const KrToolCommand *command, int argc, char **argv)
{
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *display_path = NULL;
  KrDatabaseInfo info;
  int status;

  if (!kr_tool_parse_options (command, NULL, 1, &argc, &argv, &status))
    return status;

  /* Read-only: info never creates, upgrades or otherwise changes the file. */
  db = kr_database_open (argv[1], KR_DATABASE_FLAGS_READ_ONLY, &error);
  if (db == NULL || !kr_database_get_info (db, &info, &error))
    return kr_tool_fail (error);

  path = g_canonicalize_filename (argv[1], NULL);
  display_path = g_filename_display_name (path);
  /* Not translated: scripts read these keys and values. */
  g_print ("path: %s\n", display_path);
  g_print ("schema-version: %d\n", info.schema_version);
  g_print ("latest-schema-version: %d\n", info.latest_schema_version);
  g_print ("needs-upgrade: %s\n", yes_no (info.needs_upgrade));
  g_print ("file-size: %" G_GINT64_FORMAT "\n", info.file_size);
  g_print ("units: %" G_GINT64_FORMAT "\n", info.n_units);
  return KR_TOOL_EXIT_OK;
}
