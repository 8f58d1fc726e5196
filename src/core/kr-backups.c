/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-backups"

#include "config.h"

#include "kr-backups.h"

#include <errno.h>
#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "kr-backups-private.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* The backup folder of a database: files named by kind and UTC time, listed newest first,
 * rotated per kind, and a daily backup when the last one is a day old. Restoring is in
 * kr-backups-restore.c. */

#define FILE_PREFIX "karier-"
#define FILE_SUFFIX ".db"
#define STAMP_LEN   16 /* YYYYmmddTHHMMSSZ */

static const char *const kind_names[] = {
  [KR_BACKUP_KIND_MANUAL] = "manual",
  [KR_BACKUP_KIND_DAILY] = "daily",
  [KR_BACKUP_KIND_IMPORT] = "import",
  [KR_BACKUP_KIND_UPGRADE] = "upgrade",
  [KR_BACKUP_KIND_BEFORE_RESTORE] = "before-restore",
};

void
kr_backup_free (KrBackup *backup)
{
  if (backup == NULL)
    return;
  g_free (backup->path);
  g_clear_pointer (&backup->time, g_date_time_unref);
  g_free (backup);
}

const char *
kr_backup_kind_to_string (KrBackupKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_names), NULL);
  return kind_names[kind];
}

gboolean
kr_backup_kind_from_string (const char *name, KrBackupKind *kind)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (kind_names); i++)
    if (g_ascii_strcasecmp (name, kind_names[i]) == 0)
      {
        if (kind != NULL)
          *kind = (KrBackupKind) i;
        return TRUE;
      }
  return FALSE;
}

char *
kr_backups_get_folder (const char *database_path, const char *configured)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (database_path != NULL, NULL);

  if (configured != NULL && *configured != '\0')
    return g_strdup (configured);
  dir = g_path_get_dirname (database_path);
  base = g_path_get_basename (database_path);
  if (g_str_has_suffix (base, FILE_SUFFIX) && strlen (base) > strlen (FILE_SUFFIX))
    base[strlen (base) - strlen (FILE_SUFFIX)] = '\0';
  name = g_strconcat (base, ".backups", NULL);
  return g_build_filename (dir, name, NULL);
}

char *
kr_backups_build_file_name (KrBackupKind kind, GDateTime *time)
{
  g_autoptr (GDateTime) utc = NULL;
  g_autofree char *stamp = NULL;

  g_return_val_if_fail (time != NULL, NULL);

  utc = g_date_time_to_utc (time);
  stamp = g_date_time_format (utc, "%Y%m%dT%H%M%SZ");
  return g_strconcat (FILE_PREFIX, stamp, "-", kr_backup_kind_to_string (kind), FILE_SUFFIX, NULL);
}

static GDateTime *
parse_stamp (const char *stamp)
{
  int field[6];
  static const int widths[6] = { 4, 2, 2, 2, 2, 2 };
  const char *p = stamp;

  for (guint i = 0; i < 6; i++)
    {
      field[i] = 0;
      if (i == 3 && *p++ != 'T')
        return NULL;
      for (int j = 0; j < widths[i]; j++, p++)
        {
          if (!g_ascii_isdigit (*p))
            return NULL;
          field[i] = field[i] * 10 + (*p - '0');
        }
    }
  if (*p != 'Z')
    return NULL;
  return g_date_time_new_utc (field[0], field[1], field[2], field[3], field[4], field[5]);
}

/* The counter of a name with "-N" before ".db", 1 for none; 0 when malformed. */
static guint
parse_kind_and_counter (const char *rest, KrBackupKind *kind)
{
  g_autofree char *text = g_strndup (rest, strlen (rest) - strlen (FILE_SUFFIX));
  const char *dash = strrchr (text, '-');
  guint64 counter = 0;

  if (kr_backup_kind_from_string (text, kind))
    return 1;
  if (dash == NULL || dash[1] == '\0' || !g_ascii_isdigit (dash[1]) ||
      !g_ascii_string_to_unsigned (dash + 1, 10, 2, G_MAXUINT, &counter, NULL))
    return 0;
  text[dash - text] = '\0';
  return kr_backup_kind_from_string (text, kind) ? (guint) counter : 0;
}

gboolean
_kr_backups_parse_file_name_full (const char *name,
                                  KrBackupKind *kind,
                                  GDateTime **time,
                                  guint *counter)
{
  g_autoptr (GDateTime) parsed = NULL;
  KrBackupKind parsed_kind;
  guint parsed_counter;

  if (name == NULL || !g_str_has_prefix (name, FILE_PREFIX) ||
      !g_str_has_suffix (name, FILE_SUFFIX))
    return FALSE;
  name += strlen (FILE_PREFIX);
  if (strlen (name) < STAMP_LEN + 1 + strlen (FILE_SUFFIX) || name[STAMP_LEN] != '-')
    return FALSE;
  parsed = parse_stamp (name);
  if (parsed == NULL)
    return FALSE;
  parsed_counter = parse_kind_and_counter (name + STAMP_LEN + 1, &parsed_kind);
  if (parsed_counter == 0)
    return FALSE;
  if (kind != NULL)
    *kind = parsed_kind;
  if (time != NULL)
    *time = g_steal_pointer (&parsed);
  if (counter != NULL)
    *counter = parsed_counter;
  return TRUE;
}

gboolean
kr_backups_parse_file_name (const char *name, KrBackupKind *kind, GDateTime **time)
{
  return _kr_backups_parse_file_name_full (name, kind, time, NULL);
}

int
_kr_backups_read_schema_version (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int version = 0;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (db,
                          "SELECT application_id, user_version FROM pragma_application_id, "
                          "pragma_user_version",
                          -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW &&
      sqlite3_column_int64 (stmt, 0) == KR_DATABASE_APPLICATION_ID)
    version = sqlite3_column_int (stmt, 1);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return version;
}

static int
compare_newest_first (gconstpointer a, gconstpointer b)
{
  const KrBackup *x = *(KrBackup *const *) a;
  const KrBackup *y = *(KrBackup *const *) b;
  int by_time = g_date_time_compare (y->time, x->time);
  g_autofree char *x_name = NULL;
  g_autofree char *y_name = NULL;
  guint x_counter = 0, y_counter = 0;

  if (by_time != 0)
    return by_time;
  /* Same second: the higher counter was made later. */
  x_name = g_path_get_basename (x->path);
  y_name = g_path_get_basename (y->path);
  _kr_backups_parse_file_name_full (x_name, NULL, NULL, &x_counter);
  _kr_backups_parse_file_name_full (y_name, NULL, NULL, &y_counter);
  return y_counter != x_counter ? (y_counter > x_counter ? 1 : -1) : g_strcmp0 (x->path, y->path);
}

static GPtrArray *
list_files (const char *folder, gboolean read_versions, GError **error)
{
  g_autoptr (GPtrArray) backups = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_backup_free);
  g_autoptr (GDir) dir = NULL;
  g_autoptr (GError) local_error = NULL;
  const char *name;

  if (!g_file_test (folder, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&backups);
  dir = g_dir_open (folder, 0, &local_error);
  if (dir == NULL)
    {
      g_autofree char *display = g_filename_display_name (folder);

      g_set_error (error, KR_ERROR, KR_ERROR_STORAGE, _ ("Cannot read the backup folder “%s”: %s"),
                   display, local_error->message);
      return NULL;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr (KrBackup) backup = g_new0 (KrBackup, 1);
      GStatBuf st;

      if (!_kr_backups_parse_file_name_full (name, &backup->kind, &backup->time, NULL))
        continue;
      backup->path = g_build_filename (folder, name, NULL);
      if (g_stat (backup->path, &st) != 0 || !S_ISREG (st.st_mode))
        continue;
      backup->size = st.st_size;
      backup->schema_version = read_versions ? _kr_backups_read_schema_version (backup->path) : 0;
      g_ptr_array_add (backups, g_steal_pointer (&backup));
    }
  g_ptr_array_sort (backups, compare_newest_first);
  return g_steal_pointer (&backups);
}

GPtrArray *
kr_backups_list (const char *folder, GError **error)
{
  g_return_val_if_fail (folder != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return list_files (folder, TRUE, error);
}

gboolean
_kr_backups_ensure_folder (const char *folder, GError **error)
{
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (folder);

      g_set_error (error, KR_ERROR, KR_ERROR_STORAGE,
                   _ ("Cannot create the backup folder “%s”: %s; check that you may write there"),
                   display, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

/* A free file name in @folder for a backup of @kind made at @now. */
char *
_kr_backups_new_path (const char *folder, KrBackupKind kind, GDateTime *now)
{
  g_autofree char *name = kr_backups_build_file_name (kind, now);
  char *path = g_build_filename (folder, name, NULL);

  for (guint n = 2; g_file_test (path, G_FILE_TEST_EXISTS); n++)
    {
      g_autofree char *stem = g_strndup (name, strlen (name) - strlen (FILE_SUFFIX));
      g_autofree char *numbered = g_strdup_printf ("%s-%u%s", stem, n, FILE_SUFFIX);

      g_free (path);
      path = g_build_filename (folder, numbered, NULL);
    }
  return path;
}

KrBackup *
_kr_backups_describe (const char *path, KrBackupKind kind, GDateTime *time)
{
  KrBackup *backup = g_new0 (KrBackup, 1);
  GStatBuf st;

  backup->path = g_strdup (path);
  backup->kind = kind;
  backup->time = g_date_time_to_utc (time);
  backup->size = g_stat (path, &st) == 0 ? st.st_size : 0;
  backup->schema_version = _kr_backups_read_schema_version (path);
  return backup;
}

KrBackup *
kr_backups_create (KrDatabase *db,
                   const char *folder,
                   KrBackupKind kind,
                   GDateTime *now,
                   GError **error)
{
  g_autoptr (GDateTime) time = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (KR_IS_DATABASE (db), NULL);
  g_return_val_if_fail (folder != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  time = now != NULL ? g_date_time_to_utc (now) : g_date_time_new_now_utc ();
  if (!_kr_backups_ensure_folder (folder, error))
    return NULL;
  path = _kr_backups_new_path (folder, kind, time);
  if (!kr_database_backup (db, path, error))
    return NULL;
  return _kr_backups_describe (path, kind, time);
}

gboolean
kr_backups_rotate (const char *folder, guint keep, guint *n_removed, GError **error)
{
  g_autoptr (GPtrArray) backups = NULL;
  guint seen[G_N_ELEMENTS (kind_names)] = { 0 };
  guint removed = 0;

  g_return_val_if_fail (folder != NULL, FALSE);
  g_return_val_if_fail (keep >= 1, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  backups = list_files (folder, FALSE, error);
  if (backups == NULL)
    return FALSE;
  for (guint i = 0; i < backups->len; i++)
    {
      const KrBackup *backup = g_ptr_array_index (backups, i);

      if (backup->kind == KR_BACKUP_KIND_MANUAL || ++seen[backup->kind] <= keep)
        continue;
      if (g_unlink (backup->path) != 0 && errno != ENOENT)
        {
          int saved_errno = errno;
          g_autofree char *display = g_filename_display_name (backup->path);

          g_set_error (error, KR_ERROR, KR_ERROR_STORAGE,
                       _ ("Cannot remove the old backup “%s”: %s"), display,
                       g_strerror (saved_errno));
          return FALSE;
        }
      removed++;
    }
  if (n_removed != NULL)
    *n_removed = removed;
  return TRUE;
}

gboolean
kr_backups_create_daily_if_due (KrDatabase *db,
                                const char *folder,
                                guint keep,
                                GDateTime *now,
                                KrBackup **created,
                                GError **error)
{
  g_autoptr (GDateTime) time = NULL;
  g_autoptr (GPtrArray) backups = NULL;
  g_autoptr (KrBackup) backup = NULL;

  g_return_val_if_fail (KR_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (folder != NULL, FALSE);
  g_return_val_if_fail (keep >= 1, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (created != NULL)
    *created = NULL;
  time = now != NULL ? g_date_time_to_utc (now) : g_date_time_new_now_utc ();
  backups = list_files (folder, FALSE, error);
  if (backups == NULL)
    return FALSE;
  for (guint i = 0; i < backups->len; i++)
    {
      const KrBackup *newest = g_ptr_array_index (backups, i);

      if (newest->kind != KR_BACKUP_KIND_DAILY)
        continue;
      /* A backup from the future (a clock set back) does not stop the daily ones. */
      if (g_date_time_compare (newest->time, time) <= 0 &&
          g_date_time_difference (time, newest->time) < G_TIME_SPAN_DAY)
        return TRUE;
      break;
    }
  backup = kr_backups_create (db, folder, KR_BACKUP_KIND_DAILY, time, error);
  if (backup == NULL || !kr_backups_rotate (folder, keep, NULL, error))
    return FALSE;
  if (created != NULL)
    *created = g_steal_pointer (&backup);
  return TRUE;
}
