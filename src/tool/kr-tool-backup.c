/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-backup"

#include "config.h"

#include "kr-tool.h"

#include "kr-backups.h"
#include "kr-database.h"
#include "kr-i18n.h"

/* `karier-tool backup DATABASE DEST` (a copy to a file of the user's choice) and `backup
 * list|create|restore|rotate DATABASE …`, the backup folder of kr-backups.h. */

#define DEFAULT_KEEP KR_TOOL_DEFAULT_KEEP
#define MAX_KEEP     1000

static const KrToolCommand list_command = {
  "backup list", N_ ("DATABASE"),
  N_ ("List the backups of a database, newest first, with kind, time, size and schema version"),
  NULL
};

static const KrToolCommand create_command = {
  "backup create", N_ ("DATABASE"),
  N_ ("Back a database up into its backup folder (--kind manual, daily, import…), then rotate "
      "the folder"),
  NULL
};

static const KrToolCommand restore_command = {
  "backup restore", N_ ("DATABASE BACKUP"),
  N_ ("Replace a database with a backup, after checking the backup and backing the database "
      "up as it was (kind before-restore)"),
  NULL
};

static const KrToolCommand rotate_command = {
  "backup rotate", N_ ("DATABASE"),
  N_ ("Remove all but the newest --keep backups of each automatic kind; manual backups are kept"),
  NULL
};

typedef struct
{
  char *backup_dir;
  char *kind;
  int keep;
} Options;

static void
options_clear (Options *o)
{
  g_free (o->backup_dir);
  g_free (o->kind);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

#define FOLDER_OPTIONS(o) KR_TOOL_BACKUP_OPTIONS ((o).backup_dir, (o).keep)

gboolean
kr_tool_check_keep (const KrToolCommand *command, int keep, int *status)
{
  g_autofree char *message = NULL;

  if (keep >= 1 && keep <= MAX_KEEP)
    return TRUE;
  message = g_strdup_printf (_ ("--keep must be a number from 1 to %d, not %d"), MAX_KEEP, keep);
  *status = kr_tool_usage_error (command, message);
  return FALSE;
}

gboolean
kr_tool_back_up_before_import (KrDatabase *db,
                               const char *database_path,
                               const char *backup_dir,
                               int keep,
                               GError **error)
{
  g_autofree char *folder = kr_backups_get_folder (database_path, backup_dir);
  g_autoptr (KrBackup) backup = kr_backups_create (db, folder, KR_BACKUP_KIND_IMPORT, NULL, error);
  g_autofree char *name = NULL;

  if (backup == NULL || !kr_backups_rotate (folder, (guint) keep, NULL, error))
    return FALSE;
  name = g_filename_display_name (backup->path);
  g_print (_ ("Backed up the database before the import to “%s”.\n"), name);
  return TRUE;
}

static char *
get_folder (const Options *o, const char *database_path)
{
  return kr_backups_get_folder (database_path, o->backup_dir);
}

static int
run_list (int argc, char **argv)
{
  g_auto (Options) o = { NULL, NULL, DEFAULT_KEEP };
  const GOptionEntry entries[] = { FOLDER_OPTIONS (o), { NULL } };
  g_autoptr (GPtrArray) backups = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *folder_name = NULL;
  int status;

  if (!kr_tool_parse_options (&list_command, entries, 1, &argc, &argv, &status))
    return status;
  folder = get_folder (&o, argv[1]);
  backups = kr_backups_list (folder, &error);
  if (backups == NULL)
    return kr_tool_fail (error);
  folder_name = g_filename_display_name (folder);
  if (backups->len == 0)
    {
      g_print (_ ("No backups in “%s”.\n"), folder_name);
      return KR_TOOL_EXIT_OK;
    }
  g_print (_ ("Backups in “%s”, newest first:\n"), folder_name);
  for (guint i = 0; i < backups->len; i++)
    {
      const KrBackup *backup = g_ptr_array_index (backups, i);
      g_autofree char *name = g_path_get_basename (backup->path);
      g_autofree char *when = g_date_time_format (backup->time, "%Y-%m-%d %H:%M:%S UTC");
      g_autofree char *size = g_format_size ((guint64) backup->size);

      /* Translators: file name, kind, time, size, schema version */
      g_print (_ ("%s  %s  %s  %s  schema %d\n"), name, kr_backup_kind_to_string (backup->kind),
               when, size, backup->schema_version);
    }
  return KR_TOOL_EXIT_OK;
}

static void
print_upgrade (KrDatabase *db, const char *path)
{
  const char *upgrade_backup = kr_database_get_upgrade_backup_path (db);

  if (upgrade_backup != NULL)
    {
      g_autofree char *source = g_filename_display_name (path);
      g_autofree char *previous = g_filename_display_name (upgrade_backup);

      g_print (_ ("Upgraded “%s” to schema version %d; the previous version was kept in “%s”.\n"),
               source, kr_database_get_schema_version (db), previous);
    }
}

static int
run_create (int argc, char **argv)
{
  g_auto (Options) o = { NULL, NULL, DEFAULT_KEEP };
  const GOptionEntry entries[] = {
    FOLDER_OPTIONS (o),
    { "kind", 0, 0, G_OPTION_ARG_STRING, &o.kind,
      N_ ("Why the backup is made: manual (the default, never rotated), daily, import, upgrade "
          "or before-restore"),
      N_ ("KIND") },
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrBackup) backup = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *name = NULL;
  KrBackupKind kind = KR_BACKUP_KIND_MANUAL;
  guint removed = 0;
  int status;

  if (!kr_tool_parse_options (&create_command, entries, 1, &argc, &argv, &status) ||
      !kr_tool_check_keep (&create_command, o.keep, &status))
    return status;
  if (o.kind != NULL && !kr_backup_kind_from_string (o.kind, &kind))
    {
      g_autofree char *message = g_strdup_printf (
          _ ("--kind must be manual, daily, import, upgrade or before-restore, not “%s”"), o.kind);

      return kr_tool_usage_error (&create_command, message);
    }

  /* An older file is upgraded first, its "upgrade" backup going into the same folder. */
  folder = get_folder (&o, argv[1]);
  db = kr_database_open_with_backup_folder (argv[1], KR_DATABASE_FLAGS_NO_CREATE, folder, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  print_upgrade (db, argv[1]);
  backup = kr_backups_create (db, folder, kind, NULL, &error);
  if (backup == NULL || !kr_backups_rotate (folder, (guint) o.keep, &removed, &error))
    return kr_tool_fail (error);
  name = g_filename_display_name (backup->path);
  g_print (_ ("Backed up to “%s”.\n"), name);
  if (removed > 0)
    g_print (ngettext ("Removed %u old backup.\n", "Removed %u old backups.\n", removed), removed);
  return KR_TOOL_EXIT_OK;
}

static int
run_restore (int argc, char **argv)
{
  g_auto (Options) o = { NULL, NULL, DEFAULT_KEEP };
  const GOptionEntry entries[] = { FOLDER_OPTIONS (o), { NULL } };
  g_autoptr (KrBackup) before = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *database = NULL;
  g_autofree char *restored = NULL;
  int status, version = 0;

  if (!kr_tool_parse_options (&restore_command, entries, 2, &argc, &argv, &status))
    return status;
  folder = get_folder (&o, argv[1]);
  if (!kr_backups_check (argv[2], &version, &error) ||
      !kr_backups_restore (argv[1], argv[2], folder, NULL, &before, &error))
    return kr_tool_fail (error);

  database = g_filename_display_name (argv[1]);
  restored = g_filename_display_name (argv[2]);
  g_print (_ ("Restored “%s” from “%s” (schema version %d).\n"), database, restored, version);
  if (before != NULL)
    {
      g_autofree char *kept = g_filename_display_name (before->path);

      g_print (_ ("The database as it was before is kept in “%s”.\n"), kept);
    }
  if (version < kr_database_get_latest_schema_version ())
    g_print (_ ("The backup has an older schema; it is upgraded when the database is next "
                "opened.\n"));
  return KR_TOOL_EXIT_OK;
}

static int
run_rotate (int argc, char **argv)
{
  g_auto (Options) o = { NULL, NULL, DEFAULT_KEEP };
  const GOptionEntry entries[] = { FOLDER_OPTIONS (o), { NULL } };
  g_autoptr (GError) error = NULL;
  g_autofree char *folder = NULL;
  guint removed = 0;
  int status;

  if (!kr_tool_parse_options (&rotate_command, entries, 1, &argc, &argv, &status) ||
      !kr_tool_check_keep (&rotate_command, o.keep, &status))
    return status;
  folder = get_folder (&o, argv[1]);
  if (!kr_backups_rotate (folder, (guint) o.keep, &removed, &error))
    return kr_tool_fail (error);
  g_print (ngettext ("Removed %u old backup.\n", "Removed %u old backups.\n", removed), removed);
  return KR_TOOL_EXIT_OK;
}

/* `backup DATABASE DEST`: a copy to a file of the user's choice. */
static int
run_copy (const KrToolCommand *command, int argc, char **argv)
{
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *source = NULL;
  g_autofree char *dest_path = NULL;
  g_autofree char *dest = NULL;
  int status;

  if (!kr_tool_parse_options (command, NULL, 2, &argc, &argv, &status))
    return status;

  /* Opened like the application opens it, so an older file is upgraded (and that upgrade
   * makes its own copy first, in the default backup folder); a mistyped name is not created. */
  db = kr_database_open (argv[1], KR_DATABASE_FLAGS_NO_CREATE, &error);
  if (db == NULL)
    return kr_tool_fail (error);

  source = g_filename_display_name (argv[1]);
  print_upgrade (db, argv[1]);

  if (!kr_database_backup (db, argv[2], &error))
    return kr_tool_fail (error);

  dest_path = g_canonicalize_filename (argv[2], NULL);
  dest = g_filename_display_name (dest_path);
  g_print (_ ("Backed up “%s” to “%s”.\n"), source, dest);
  return KR_TOOL_EXIT_OK;
}

int
kr_tool_backup (const KrToolCommand *command, int argc, char **argv)
{
  static const struct
  {
    const char *name;
    int (*run) (int argc, char **argv);
  } subcommands[] = {
    { "list", run_list },
    { "create", run_create },
    { "restore", run_restore },
    { "rotate", run_rotate },
  };

  /* A database file named like a subcommand can still be copied as ./list. */
  for (guint i = 0; argc >= 2 && i < G_N_ELEMENTS (subcommands); i++)
    if (g_str_equal (argv[1], subcommands[i].name))
      return subcommands[i].run (argc - 1, argv + 1);
  return run_copy (command, argc, argv);
}
