/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-backups.h"

G_BEGIN_DECLS

/* kr_backups_parse_file_name() that also gives the "-N" counter (1 when there is none). */
gboolean _kr_backups_parse_file_name_full (const char *name,
                                           KrBackupKind *kind,
                                           GDateTime **time,
                                           guint *counter);

/* The schema version of the Karier database @path, 0 when it cannot be read as one. */
int _kr_backups_read_schema_version (const char *path);

/* Creates @folder (private to the user) when missing. */
gboolean _kr_backups_ensure_folder (const char *folder, GError **error);

/* A file name in @folder, not yet used, for a backup of @kind made at @now. */
char *_kr_backups_new_path (const char *folder, KrBackupKind kind, GDateTime *now);

/* A #KrBackup for the file @path just written. */
KrBackup *_kr_backups_describe (const char *path, KrBackupKind kind, GDateTime *time);

G_END_DECLS
