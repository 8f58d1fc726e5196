/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-database"

#include "config.h"

#include <glib/gstdio.h>

#include "kr-database-private.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* Storage faults: SQLite's result codes as KR_ERROR codes with messages that name the file and
 * say what to do, and the check that the file written is still the one opened. */

void
_kr_sqlite_set_error (GError **error, sqlite3 *db, int rc, const char *doing, const char *path)
{
  g_autofree char *name = g_filename_display_name (path);
  KrError code = KR_ERROR_STORAGE;
  const char *detail;

  if (rc == SQLITE_READONLY_DBMOVED)
    {
      /* Translators: "Could not save changes to" “karier.db”: the file was deleted… */
      g_set_error (error, KR_ERROR, KR_ERROR_STORAGE, _ ("%s “%s”: %s"), doing, name,
                   _ ("the file was deleted or moved while it was open; open the database "
                      "again from where it is now"));
      return;
    }
  switch (rc & 0xff)
    {
    case SQLITE_READONLY:
      code = KR_ERROR_READ_ONLY;
      detail = _ ("the database can only be read; open it for writing to make changes");
      break;
    case SQLITE_CONSTRAINT:
      code = KR_ERROR_CONFLICT;
      detail = sqlite3_errmsg (db);
      break;
    case SQLITE_NOTADB:
      code = KR_ERROR_NOT_A_DATABASE;
      detail = _ ("the file is not a Karier database");
      break;
    case SQLITE_CORRUPT:
      detail = _ ("the file is damaged; restore it from a backup");
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      detail = _ ("another program is changing the database and did not finish in time; wait "
                  "until it has finished, then try again");
      break;
    case SQLITE_FULL:
      detail = _ ("the disk is full; free some space and try again");
      break;
    case SQLITE_IOERR:
      detail = _ ("the file could not be read or written; the disk may be full, removed or "
                  "failing: check it, free some space and try again");
      break;
    case SQLITE_CANTOPEN:
      detail = _ ("the file or its folder cannot be opened; check that they exist and that you "
                  "may read and write them");
      break;
    default:
      detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);
    }
  /* Translators: "Could not open" “karier.db”: the disk is full */
  g_set_error (error, KR_ERROR, code, _ ("%s “%s”: %s"), doing, name, detail);
}

gboolean
_kr_file_get_id (const char *path, dev_t *dev, ino_t *ino)
{
  GStatBuf buf;

  if (g_stat (path, &buf) != 0)
    return FALSE;
  *dev = buf.st_dev;
  *ino = buf.st_ino;
  return TRUE;
}

gboolean
_kr_file_check_id (const char *path, dev_t dev, ino_t ino, GError **error)
{
  g_autofree char *name = NULL;
  GStatBuf buf;
  gboolean missing = g_stat (path, &buf) != 0;

  if (!missing && buf.st_dev == dev && buf.st_ino == ino)
    return TRUE;

  name = g_filename_display_name (path);
  if (missing)
    g_set_error (error, KR_ERROR, KR_ERROR_STORAGE,
                 _ ("“%s” was deleted or moved while it was open, so the changes were not "
                    "saved; open the database again from where it is now"),
                 name);
  else
    g_set_error (error, KR_ERROR, KR_ERROR_STORAGE,
                 _ ("“%s” was replaced by another file while it was open, so the changes were "
                    "not saved; open the database again to work with the file now there"),
                 name);
  return FALSE;
}
