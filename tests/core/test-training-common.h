/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the training repository tests share, whatever organisation their fixture builds:
 * include it after defining Fixture with at least
 *   KrDatabase *db; KrTrainingRepository *repo; GArray *changed;  (guint `changed` masks) */

#include <stdarg.h>
#include <string.h>

#include "kr-database-private.h"
#include "kr-database.h"
#include "kr-error.h"
#include "kr-identity.h"
#include "kr-test-utils.h"
#include "kr-training-repository.h"

static inline sqlite3 *
fixture_db (Fixture *fixture)
{
  return _kr_database_get_handle (fixture->db);
}

static inline void exec_sql (Fixture *fixture, const char *format, ...) G_GNUC_PRINTF (2, 3);

static inline void
exec_sql (Fixture *fixture, const char *format, ...)
{
  g_autofree char *sql = NULL;
  char *message = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  if (sqlite3_exec (fixture_db (fixture), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static inline gint64 query_int (Fixture *fixture, const char *format, ...) G_GNUC_PRINTF (2, 3);

static inline gint64
query_int (Fixture *fixture, const char *format, ...)
{
  g_autofree char *sql = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  return kr_test_query_int (fixture_db (fixture), sql);
}

static inline char *query_text (Fixture *fixture, const char *format, ...) G_GNUC_PRINTF (2, 3);

static inline char *
query_text (Fixture *fixture, const char *format, ...)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  g_assert_cmpint (sqlite3_prepare_v2 (fixture_db (fixture), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

static inline gint64
last_id (Fixture *fixture)
{
  return sqlite3_last_insert_rowid (fixture_db (fixture));
}

static inline gint64
add_unit (Fixture *fixture, gint64 parent, const char *code, const char *name, const char *kind)
{
  if (parent == 0)
    exec_sql (fixture, "INSERT INTO unit (code, name, kind) VALUES ('%s', '%s', '%s')", code, name,
              kind);
  else
    exec_sql (fixture,
              "INSERT INTO unit (parent_id, code, name, kind) VALUES (%lld, '%s', '%s', '%s')",
              (long long) parent, code, name, kind);
  return sqlite3_last_insert_rowid (fixture_db (fixture));
}

static inline void
on_changed_cb (KrTrainingRepository *repo, guint mask, Fixture *fixture)
{
  g_array_append_val (fixture->changed, mask);
}

/* An empty database in memory with its repository, whose `changed` masks are collected. */
static inline void
training_fixture_open (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;

  fixture->db = kr_database_open (":memory:", KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  fixture->repo = kr_training_repository_new (fixture->db);
  fixture->changed = g_array_new (FALSE, FALSE, sizeof (guint));
  g_signal_connect (fixture->repo, "changed", G_CALLBACK (on_changed_cb), fixture);
}

static inline void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_array_unref (fixture->changed);
  g_assert_finalize_object (fixture->repo);
  g_assert_finalize_object (fixture->db);
}

/* Adds an account (which makes the database ask for sign-in) and signs it in. */
static inline void
sign_in (Fixture *fixture, const char *user_name, KrRole role, gint64 scope)
{
  static const char *const roles[] = { "administrator", "hr_operator", "unit_head", "viewer" };
  g_autoptr (KrIdentity) identity = NULL;
  gint64 id;

  id = query_int (fixture, "SELECT coalesce ((SELECT id FROM account WHERE user_name = '%s'), 0)",
                  user_name);
  if (id == 0)
    {
      g_autofree char *unit =
          scope != 0 ? g_strdup_printf ("%lld", (long long) scope) : g_strdup ("NULL");

      exec_sql (fixture,
                "INSERT INTO account (user_name, display_name, role, unit_id, password_hash, "
                "created_at) VALUES ('%s', '%s', '%s', %s, '$argon2id$v=19$test', '2025-01-01')",
                user_name, user_name, roles[role], unit);
      id = sqlite3_last_insert_rowid (fixture_db (fixture));
      *_kr_database_get_has_accounts_cache (fixture->db) = -1;
    }
  identity = kr_identity_new (id, user_name, user_name, role, scope);
  kr_database_set_identity (fixture->db, identity);
}

static inline void
sign_out (Fixture *fixture)
{
  kr_database_set_identity (fixture->db, NULL);
}

#define assert_error(error, domain, code, fragment)                                                \
  kr_test_assert_error ((error), (domain), (code), (fragment), NULL)

/* The last `changed` mask, and clears the list. */
static inline guint
take_changed (Fixture *fixture)
{
  guint mask = fixture->changed->len > 0
                   ? g_array_index (fixture->changed, guint, fixture->changed->len - 1)
                   : 0;

  g_array_set_size (fixture->changed, 0);
  return mask;
}
