/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>
#include <sys/types.h>

#include "kr-database.h"
#include "kr-identity.h"

G_BEGIN_DECLS

/* Shared by kr-database.c (opening, getters) and kr-database-migrations.c (the migrations and
 * the backup before an upgrade); nothing else includes it. */

struct _KrDatabase
{
  GObject parent_instance;

  sqlite3 *db;
  char *path;
  char *upgrade_backup_path;
  int schema_version;
  int latest_version;
  gboolean read_only;
  /* Who is signed in (kr-database-identity.c), and whether the file has accounts: -1 until
   * asked, then cached until the accounts change. */
  KrIdentity *identity;
  int has_accounts;
  /* The device and inode of the file when it was opened: a write to a file deleted, moved or
   * replaced since would go to an inode nobody sees any more (check_same_file()). */
  gboolean has_file_id;
  dev_t file_dev;
  ino_t file_ino;
};

/* Runs @sql; on failure sets @error with @doing and the file's name */
gboolean _kr_database_exec (KrDatabase *self, const char *sql, const char *doing, GError **error);

/* Reads the first column of the first row of @sql as an integer */
gboolean
_kr_database_query_int (KrDatabase *self, const char *sql, gint64 *out_value, GError **error);

/* The compiled-in migrations, version 1 first */
GStrv _kr_database_dup_builtin_migrations (void);

/* Brings the file from its schema version to the latest, each version in its own transaction */
gboolean _kr_database_migrate (KrDatabase *self, const char *const *migrations, GError **error);

/* Copies the file into its backup folder (kr_backups_get_folder() of @folder) as an "upgrade"
 * backup named by @now (%NULL for now) before an upgrade; sets upgrade_backup_path */
gboolean _kr_database_back_up_before_upgrade (KrDatabase *self,
                                              const char *folder,
                                              GDateTime *now,
                                              GError **error);

G_END_DECLS
