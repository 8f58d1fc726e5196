/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-test-utils"

#include "config.h"

#include "kr-test-utils.h"

#include <stdarg.h>
#include <string.h>

#include <glib/gstdio.h>

char *
kr_test_make_tmp_dir (const char *tmpl)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp (tmpl, &error);

  g_assert_no_error (error);
  return dir;
}

void
kr_test_remove_tree (const char *path)
{
  g_autoptr (GDir) dir = NULL;
  const char *name;

  /* Tests may have made the folder read-only on purpose. */
  g_chmod (path, 0700);
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        kr_test_remove_tree (child);
      else
        g_assert_cmpint (g_unlink (child), ==, 0);
    }
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

int
kr_test_spawn (const char *dir, char **argv, char **out, char **err)
{
  g_autoptr (GError) error = NULL;
  int wait_status = 0;

  g_clear_pointer (out, g_free);
  g_clear_pointer (err, g_free);
  g_spawn_sync (dir, argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err, &wait_status, &error);
  g_assert_no_error (error);
  g_test_message ("stdout: %s\nstderr: %s", *out, *err);

  if (g_spawn_check_wait_status (wait_status, &error))
    return 0;

  /* A crash or a signal is never an acceptable outcome. */
  g_assert_true (error->domain == G_SPAWN_EXIT_ERROR);
  return error->code;
}

void
kr_test_assert_error (const GError *error, GQuark domain, int code, ...)
{
  const char *fragment;
  va_list args;

  g_assert_error (error, domain, code);
  va_start (args, code);
  while ((fragment = va_arg (args, const char *)) != NULL)
    {
      if (strstr (error->message, fragment) == NULL)
        g_error ("“%s” not in: %s", fragment, error->message);
    }
  va_end (args);
}

gint64
kr_test_query_int (sqlite3 *handle, const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

gint64
kr_test_query_intf (sqlite3 *handle, const char *format, ...)
{
  g_autofree char *sql = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  return kr_test_query_int (handle, sql);
}

void
kr_test_execf (sqlite3 *handle, const char *format, ...)
{
  g_autofree char *sql = NULL;
  char *message = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  if (sqlite3_exec (handle, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}
