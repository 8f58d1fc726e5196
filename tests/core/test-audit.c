/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-audit"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <sodium.h>

#include "kr-account-repository-private.h"
#include "kr-audit.h"
#include "kr-database-private.h"
#include "kr-employee-repository.h"
#include "kr-error.h"
#include "kr-test-utils.h"

/* The audit trail (kr-audit.h, migrations/0007-audit.sql): the record of each kind of write
 * on each entity table, its author, what it leaves out, the append-only guards, tamper
 * detection through a plain SQLite connection, bulk loads, reading, permissions, export. */

typedef struct
{
  char *dir;
  char *path;
  KrDatabase *db;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->dir = kr_test_make_tmp_dir ("karier-audit-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "karier.db", NULL);
  fixture->db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  if (fixture->db != NULL)
    g_assert_finalize_object (fixture->db);
  kr_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* Closes the fixture's database, so that another connection can have the file to itself. */
static void
close_db (Fixture *fixture)
{
  g_assert_finalize_object (fixture->db);
  fixture->db = NULL;
}

static void
reopen_db (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;

  g_assert_null (fixture->db);
  fixture->db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
}

static int
exec_rc (KrDatabase *db, const char *sql)
{
  return sqlite3_exec (_kr_database_get_handle (db), sql, NULL, NULL, NULL);
}

static void
exec (KrDatabase *db, const char *sql)
{
  int rc = exec_rc (db, sql);

  if (rc != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (_kr_database_get_handle (db)));
}

static gint64
query_int (KrDatabase *db, const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static gint64
count_records (KrDatabase *db)
{
  return query_int (db, "SELECT count(*) FROM audit_log");
}

/* The newest record, read with SQL so that no permission is involved. */
typedef struct
{
  gint64 id;
  char *action;
  char *entity;
  gint64 entity_id;
  gint64 employee_id; /* -1 for NULL */
  char *changes;
  gint64 account_id; /* -1 for NULL */
  char *user_name;
} Record;

static void
record_clear (Record *record)
{
  g_free (record->action);
  g_free (record->entity);
  g_free (record->changes);
  g_free (record->user_name);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Record, record_clear)

static gint64
column_int_or_null (sqlite3_stmt *stmt, int column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? -1
                                                           : sqlite3_column_int64 (stmt, column);
}

static void
read_record (KrDatabase *db, gint64 id, Record *record)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (db),
                                       "SELECT id, action, entity, entity_id, employee_id, "
                                       "changes, account_id, user_name FROM audit_log "
                                       "WHERE id = ?1 OR (?1 = 0 AND id = (SELECT max(id) FROM "
                                       "audit_log))",
                                       -1, &stmt, NULL),
                   ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  record->id = sqlite3_column_int64 (stmt, 0);
  record->action = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  record->entity = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  record->entity_id = sqlite3_column_int64 (stmt, 3);
  record->employee_id = column_int_or_null (stmt, 4);
  record->changes = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
  record->account_id = column_int_or_null (stmt, 6);
  record->user_name = g_strdup ((const char *) sqlite3_column_text (stmt, 7));
  sqlite3_finalize (stmt);
}

/* Runs @sql, which must add exactly one record, and checks that record. */
static void
assert_write (KrDatabase *db,
              const char *sql,
              const char *action,
              const char *entity,
              gint64 entity_id,
              gint64 employee_id,
              const char *changes)
{
  g_auto (Record) record = { 0 };
  gint64 before = count_records (db);

  exec (db, sql);
  g_assert_cmpint (count_records (db), ==, before + 1);
  read_record (db, 0, &record);
  g_assert_cmpstr (record.action, ==, action);
  g_assert_cmpstr (record.entity, ==, entity);
  g_assert_cmpint (record.entity_id, ==, entity_id);
  g_assert_cmpint (record.employee_id, ==, employee_id);
  g_assert_cmpstr (record.changes, ==, changes);
}

/* Runs @sql, which must add no record. */
static void
assert_no_record (KrDatabase *db, const char *sql)
{
  gint64 before = count_records (db);

  exec (db, sql);
  g_assert_cmpint (count_records (db), ==, before);
}

static void
assert_whole (KrDatabase *db, guint64 n_records)
{
  g_autoptr (GError) error = NULL;
  gint64 broken = -1;
  guint64 n_checked = 0;

  g_assert_true (kr_audit_verify (db, &broken, &n_checked, &error));
  g_assert_no_error (error);
  g_assert_cmpint (broken, ==, 0);
  g_assert_cmpuint (n_checked, ==, n_records);
}

static void
assert_broken_at (KrDatabase *db, gint64 id)
{
  g_autoptr (GError) error = NULL;
  gint64 broken = -1;

  g_assert_true (kr_audit_verify (db, &broken, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (broken, ==, id);
}

static void
sign_in (KrDatabase *db, gint64 account_id, const char *user_name, KrRole role, gint64 scope)
{
  g_autoptr (KrIdentity) identity = kr_identity_new (account_id, user_name, NULL, role, scope);

  kr_database_set_identity (db, identity);
}

/* Two units, a position in the second, and employee 5. */
static void
add_organisation (KrDatabase *db)
{
  exec (db, "INSERT INTO unit (id, code, name, kind) VALUES (1, 'NS', 'Provinsi', 'instansi');"
            "INSERT INTO unit (id, parent_id, code, name, kind) "
            "VALUES (2, 1, 'NS.01', 'Dinas', 'perangkat_daerah');"
            "INSERT INTO position (id, unit_id, name, kind) VALUES (1, 2, 'Pengadministrasi', "
            "'pelaksana');"
            "INSERT INTO employee (id, nip, name, birth_date, gender, kind) "
            "VALUES (5, '198001012005011001', 'Budi', '1980-01-01', 'M', 'pns')");
}

/* The record of each write */

static void
test_unit (Fixture *fixture, gconstpointer data)
{
  KrDatabase *db = fixture->db;

  assert_write (
      db,
      "INSERT INTO unit (id, code, name, kind) VALUES (1, 'NS', 'Provinsi', "
      "'instansi')",
      "insert", "unit", 1, -1,
      "{\"code\":[null,\"NS\"],\"name\":[null,\"Provinsi\"],\"kind\":[null,\"instansi\"]}");
  assert_write (db,
                "INSERT INTO unit (id, parent_id, code, name, kind) VALUES (2, 1, 'NS.01', "
                "'Dinas', 'perangkat_daerah')",
                "insert", "unit", 2, -1,
                "{\"parent_id\":[null,1],\"code\":[null,\"NS.01\"],\"name\":[null,\"Dinas\"],"
                "\"kind\":[null,\"perangkat_daerah\"]}");
  assert_write (db, "UPDATE unit SET name = 'Dinas Kesehatan' WHERE id = 2", "update", "unit", 2,
                -1, "{\"name\":[\"Dinas\",\"Dinas Kesehatan\"]}");
  /* Writing the same values changes nothing, and is not a change. */
  assert_no_record (db, "UPDATE unit SET name = 'Dinas Kesehatan' WHERE id = 2");
  assert_no_record (db, "UPDATE unit SET name = name");
  assert_write (db, "UPDATE unit SET parent_id = NULL, kind = 'instansi' WHERE id = 2", "update",
                "unit", 2, -1,
                "{\"parent_id\":[1,null],\"kind\":[\"perangkat_daerah\",\"instansi\"]}");
  assert_write (db, "DELETE FROM unit WHERE id = 2", "delete", "unit", 2, -1,
                "{\"code\":[\"NS.01\",null],\"name\":[\"Dinas Kesehatan\",null],"
                "\"kind\":[\"instansi\",null]}");
  assert_whole (db, 5);
}

static void
test_position (Fixture *fixture, gconstpointer data)
{
  KrDatabase *db = fixture->db;

  exec (db, "INSERT INTO unit (id, code, name, kind) VALUES (1, 'NS', 'Provinsi', 'instansi')");
  assert_write (db,
                "INSERT INTO position (id, unit_id, name, kind, level, kelas_jabatan, is_head) "
                "VALUES (1, 1, 'Analis SDM', 'fungsional_keahlian', 'ahli_muda', 9, 0)",
                "insert", "position", 1, -1,
                "{\"unit_id\":[null,1],\"name\":[null,\"Analis SDM\"],"
                "\"kind\":[null,\"fungsional_keahlian\"],\"level\":[null,\"ahli_muda\"],"
                "\"kelas_jabatan\":[null,9],\"is_head\":[null,0]}");
  assert_write (db, "UPDATE position SET kelas_jabatan = 10 WHERE id = 1", "update", "position", 1,
                -1, "{\"kelas_jabatan\":[9,10]}");
  assert_write (db, "DELETE FROM position WHERE id = 1", "delete", "position", 1, -1,
                "{\"unit_id\":[1,null],\"name\":[\"Analis SDM\",null],"
                "\"kind\":[\"fungsional_keahlian\",null],\"level\":[\"ahli_muda\",null],"
                "\"kelas_jabatan\":[10,null],\"is_head\":[0,null]}");
  assert_whole (db, 4);
}

/* The current education, rank, position and unit are copies that triggers keep: writing them
 * is not logged on the employee, only the history rows that cause them. */
static void
test_employee (Fixture *fixture, gconstpointer data)
{
  KrDatabase *db = fixture->db;
  g_auto (Record) deleted = { 0 };
  gint64 before;

  exec (db, "INSERT INTO unit (id, code, name, kind) VALUES (1, 'NS', 'Provinsi', 'instansi');"
            "INSERT INTO unit (id, parent_id, code, name, kind) "
            "VALUES (2, 1, 'NS.01', 'Dinas', 'perangkat_daerah');"
            "INSERT INTO position (id, unit_id, name, kind) VALUES (1, 2, 'Pengadministrasi', "
            "'pelaksana')");
  assert_write (db,
                "INSERT INTO employee (id, nip, name, birth_date, gender, kind) "
                "VALUES (5, '198001012005011001', 'Budi', '1980-01-01', 'M', 'pns')",
                "insert", "employee", 5, 5,
                "{\"nip\":[null,\"198001012005011001\"],\"name\":[null,\"Budi\"],"
                "\"birth_date\":[null,\"1980-01-01\"],\"gender\":[null,\"M\"],"
                "\"kind\":[null,\"pns\"],\"status\":[null,\"aktif\"]}");
  assert_write (db, "UPDATE employee SET name = 'Budi Santoso', phone = '0812' WHERE id = 5",
                "update", "employee", 5, 5,
                "{\"name\":[\"Budi\",\"Budi Santoso\"],\"phone\":[null,\"0812\"]}");

  assert_write (db,
                "INSERT INTO rank_history (id, employee_id, golongan, promotion_kind, tmt) "
                "VALUES (1, 5, 31, 'pengangkatan', '2005-01-01')",
                "insert", "rank_history", 1, 5,
                "{\"employee_id\":[null,5],\"golongan\":[null,31],"
                "\"promotion_kind\":[null,\"pengangkatan\"],\"tmt\":[null,\"2005-01-01\"]}");
  assert_write (
      db,
      "INSERT INTO position_history (id, employee_id, position_id, tmt) "
      "VALUES (1, 5, 1, '2005-01-01')",
      "insert", "position_history", 1, 5,
      "{\"employee_id\":[null,5],\"position_id\":[null,1],\"tmt\":[null,\"2005-01-01\"]}");
  assert_write (
      db,
      "INSERT INTO education_history (id, employee_id, level, graduation_year) "
      "VALUES (1, 5, 's1', 2003)",
      "insert", "education_history", 1, 5,
      "{\"employee_id\":[null,5],\"level\":[null,\"s1\"],\"graduation_year\":[null,2003]}");
  /* The triggers did copy them. */
  g_assert_cmpint (query_int (db, "SELECT golongan FROM employee WHERE id = 5"), ==, 31);
  g_assert_cmpint (query_int (db, "SELECT unit_id FROM employee WHERE id = 5"), ==, 2);
  g_assert_cmpint (query_int (db, "SELECT education = 's1' FROM employee WHERE id = 5"), ==, 1);
  /* A position moved to another unit takes its holder along, unlogged on the employee. */
  assert_write (db, "UPDATE position SET unit_id = 1 WHERE id = 1", "update", "position", 1, -1,
                "{\"unit_id\":[2,1]}");
  g_assert_cmpint (query_int (db, "SELECT unit_id FROM employee WHERE id = 5"), ==, 1);
  /* The statement that settles a bulk load writes only the copies. */
  assert_no_record (db, "UPDATE employee SET (golongan, rank_tmt) = (SELECT h.golongan, h.tmt "
                        "FROM rank_history h WHERE h.employee_id = employee.id)");
  assert_no_record (db, "UPDATE employee SET name = name, golongan = golongan");

  /* Deleting the employee deletes its histories, each with its own record. */
  before = count_records (db);
  exec (db, "DELETE FROM employee WHERE id = 5");
  g_assert_cmpint (count_records (db), ==, before + 4);
  read_record (db,
               query_int (db, "SELECT id FROM audit_log WHERE action = 'delete' AND "
                              "entity = 'employee'"),
               &deleted);
  g_assert_cmpint (deleted.entity_id, ==, 5);
  g_assert_cmpint (deleted.employee_id, ==, 5);
  g_assert_cmpstr (
      deleted.changes, ==,
      "{\"nip\":[\"198001012005011001\",null],\"name\":[\"Budi Santoso\",null],"
      "\"birth_date\":[\"1980-01-01\",null],\"gender\":[\"M\",null],"
      "\"phone\":[\"0812\",null],\"kind\":[\"pns\",null],\"status\":[\"aktif\",null]}");
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM audit_log WHERE action = 'delete' AND "
                                  "employee_id = 5 AND entity LIKE '%_history'"),
                   ==, 3);
  assert_whole (db, count_records (db));
}

typedef struct
{
  const char *table;
  const char *insert;
  const char *inserted;
  const char *update;
  const char *updated;
  const char *deleted;
} HistoryCase;

static const HistoryCase history_cases[] = {
  { "rank_history",
    "INSERT INTO rank_history (id, employee_id, golongan, promotion_kind, tmt, sk_number, "
    "sk_date) VALUES (10, 5, 31, 'pengangkatan', '2005-01-01', '813/1/2005', '2004-12-01')",
    "{\"employee_id\":[null,5],\"golongan\":[null,31],\"promotion_kind\":[null,\"pengangkatan\"],"
    "\"tmt\":[null,\"2005-01-01\"],\"sk_number\":[null,\"813/1/2005\"],"
    "\"sk_date\":[null,\"2004-12-01\"]}",
    "UPDATE rank_history SET golongan = 32, sk_number = NULL WHERE id = 10",
    "{\"golongan\":[31,32],\"sk_number\":[\"813/1/2005\",null]}",
    "{\"employee_id\":[5,null],\"golongan\":[32,null],\"promotion_kind\":[\"pengangkatan\",null],"
    "\"tmt\":[\"2005-01-01\",null],\"sk_date\":[\"2004-12-01\",null]}" },
  { "position_history",
    "INSERT INTO position_history (id, employee_id, position_id, tmt) "
    "VALUES (10, 5, 1, '2010-01-01')",
    "{\"employee_id\":[null,5],\"position_id\":[null,1],\"tmt\":[null,\"2010-01-01\"]}",
    "UPDATE position_history SET tmt = '2011-01-01', sk_number = '821/1' WHERE id = 10",
    "{\"tmt\":[\"2010-01-01\",\"2011-01-01\"],\"sk_number\":[null,\"821/1\"]}",
    "{\"employee_id\":[5,null],\"position_id\":[1,null],\"tmt\":[\"2011-01-01\",null],"
    "\"sk_number\":[\"821/1\",null]}" },
  { "education_history",
    "INSERT INTO education_history (id, employee_id, level, institution, graduation_year) "
    "VALUES (10, 5, 's1', 'Universitas Nusa', 2003)",
    "{\"employee_id\":[null,5],\"level\":[null,\"s1\"],\"institution\":[null,\"Universitas Nusa\"],"
    "\"graduation_year\":[null,2003]}",
    "UPDATE education_history SET major = 'Hukum' WHERE id = 10", "{\"major\":[null,\"Hukum\"]}",
    "{\"employee_id\":[5,null],\"level\":[\"s1\",null],\"institution\":[\"Universitas Nusa\",null],"
    "\"major\":[\"Hukum\",null],\"graduation_year\":[2003,null]}" },
  { "discipline_history",
    "INSERT INTO discipline_history (id, employee_id, level, sanction, regulation, tmt) "
    "VALUES (10, 5, 'ringan', 'Teguran lisan', 'PP 94/2021', '2020-02-01')",
    "{\"employee_id\":[null,5],\"level\":[null,\"ringan\"],\"sanction\":[null,\"Teguran lisan\"],"
    "\"regulation\":[null,\"PP 94/2021\"],\"tmt\":[null,\"2020-02-01\"]}",
    "UPDATE discipline_history SET end_date = '2020-08-01' WHERE id = 10",
    "{\"end_date\":[null,\"2020-08-01\"]}",
    "{\"employee_id\":[5,null],\"level\":[\"ringan\",null],\"sanction\":[\"Teguran lisan\",null],"
    "\"regulation\":[\"PP 94/2021\",null],\"tmt\":[\"2020-02-01\",null],"
    "\"end_date\":[\"2020-08-01\",null]}" },
  { "award_history",
    "INSERT INTO award_history (id, employee_id, kind, year) VALUES (10, 5, 'satyalancana_x', "
    "2015)",
    "{\"employee_id\":[null,5],\"kind\":[null,\"satyalancana_x\"],\"year\":[null,2015]}",
    "UPDATE award_history SET kind = 'other', name = 'Pegawai Teladan' WHERE id = 10",
    "{\"kind\":[\"satyalancana_x\",\"other\"],\"name\":[null,\"Pegawai Teladan\"]}",
    "{\"employee_id\":[5,null],\"kind\":[\"other\",null],\"name\":[\"Pegawai Teladan\",null],"
    "\"year\":[2015,null]}" },
};

static void
test_histories (Fixture *fixture, gconstpointer data)
{
  KrDatabase *db = fixture->db;

  add_organisation (db);
  for (guint i = 0; i < G_N_ELEMENTS (history_cases); i++)
    {
      const HistoryCase *c = &history_cases[i];
      g_autofree char *delete = g_strdup_printf ("DELETE FROM %s WHERE id = 10", c->table);

      assert_write (db, c->insert, "insert", c->table, 10, 5, c->inserted);
      assert_write (db, c->update, "update", c->table, 10, 5, c->updated);
      assert_write (db, delete, "delete", c->table, 10, 5, c->deleted);
    }
  assert_whole (db, count_records (db));
}

/* Password hashes never reach the log; that they changed does. */
static void
test_account (Fixture *fixture, gconstpointer data)
{
  KrDatabase *db = fixture->db;
  g_autoptr (KrAccountRepository) accounts = NULL;
  g_autoptr (KrAccount) account = kr_account_new ();
  g_autoptr (GError) error = NULL;

  assert_write (db,
                "INSERT INTO account (id, user_name, display_name, role, password_hash, "
                "created_at) VALUES (3, 'admin', 'Admin', 'administrator', "
                "'$argon2id$v=19$secret1', '2026-01-01T00:00:00Z')",
                "insert", "account", 3, -1,
                "{\"user_name\":[null,\"admin\"],\"display_name\":[null,\"Admin\"],"
                "\"role\":[null,\"administrator\"],\"password_hash\":[null,\"[redacted]\"],"
                "\"disabled\":[null,0],\"failed_sign_ins\":[null,0],"
                "\"created_at\":[null,\"2026-01-01T00:00:00Z\"]}");
  assert_write (db, "UPDATE account SET password_hash = '$argon2id$v=19$secret2'", "update",
                "account", 3, -1, "{\"password_hash\":[\"[redacted]\",\"[redacted]\"]}");
  assert_write (db, "UPDATE account SET display_name = 'Administrator'", "update", "account", 3, -1,
                "{\"display_name\":[\"Admin\",\"Administrator\"]}");
  assert_write (db,
                "UPDATE account SET failed_sign_ins = 1, last_failed_at = '2026-01-02T00:00:00Z'",
                "update", "account", 3, -1,
                "{\"failed_sign_ins\":[0,1],\"last_failed_at\":[null,\"2026-01-02T00:00:00Z\"]}");
  assert_write (db, "DELETE FROM account WHERE id = 3", "delete", "account", 3, -1,
                "{\"user_name\":[\"admin\",null],\"display_name\":[\"Administrator\",null],"
                "\"role\":[\"administrator\",null],\"password_hash\":[\"[redacted]\",null],"
                "\"disabled\":[0,null],\"failed_sign_ins\":[1,null],"
                "\"last_failed_at\":[\"2026-01-02T00:00:00Z\",null],"
                "\"created_at\":[\"2026-01-01T00:00:00Z\",null]}");
  *_kr_database_get_has_accounts_cache (db) = -1;

  /* A real hash, through the repository. */
  accounts = kr_account_repository_new (db);
  _kr_account_repository_set_hash_cost (accounts, crypto_pwhash_OPSLIMIT_MIN,
                                        crypto_pwhash_MEMLIMIT_MIN);
  account->user_name = g_strdup ("siti");
  account->display_name = g_strdup ("Siti");
  account->role = KR_ROLE_ADMINISTRATOR;
  g_assert_cmpint (kr_account_repository_add (accounts, account, "rahasia-sekali-123", &error), >,
                   0);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM audit_log WHERE entity = 'account'"), ==,
                   6);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM account WHERE password_hash LIKE "
                                  "'$argon2id$%'"),
                   ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM audit_log WHERE changes LIKE "
                                  "'%argon2id%' OR changes LIKE '%secret%' OR changes LIKE "
                                  "'%rahasia%' OR changes LIKE '%' || (SELECT password_hash FROM "
                                  "account) || '%'"),
                   ==, 0);
  assert_whole (db, 6);
}

/* The author is whoever is signed in on the connection, by id and user name as they were. */
static void
test_author (Fixture *fixture, gconstpointer data)
{
  KrDatabase *db = fixture->db;
  g_auto (Record) first = { 0 };
  g_auto (Record) second = { 0 };
  g_auto (Record) third = { 0 };

  exec (db, "INSERT INTO unit (id, code, name, kind) VALUES (1, 'NS', 'Provinsi', 'instansi')");
  sign_in (db, 7, "budi", KR_ROLE_HR_OPERATOR, 0);
  exec (db, "UPDATE unit SET name = 'Provinsi Nusa' WHERE id = 1");
  kr_database_set_identity (db, NULL);
  exec (db, "UPDATE unit SET name = 'Provinsi Nusa Sejahtera' WHERE id = 1");

  read_record (db, 1, &first);
  read_record (db, 2, &second);
  read_record (db, 3, &third);
  g_assert_cmpint (first.account_id, ==, -1);
  g_assert_null (first.user_name);
  g_assert_cmpint (second.account_id, ==, 7);
  g_assert_cmpstr (second.user_name, ==, "budi");
  g_assert_cmpint (third.account_id, ==, -1);
  g_assert_null (third.user_name);
  assert_whole (db, 3);
}

/* The time is UTC with milliseconds, and the same in the row as in its hash. */
static void
test_time (Fixture *fixture, gconstpointer data)
{
  KrDatabase *db = fixture->db;
  g_autoptr (GDateTime) before = g_date_time_new_now_utc ();
  g_autoptr (GDateTime) after = NULL;
  g_autoptr (GPtrArray) entries = NULL;
  g_autoptr (GError) error = NULL;
  KrAuditFilter filter = { .limit = 1 };
  GDateTime *at;

  exec (db, "INSERT INTO unit (id, code, name, kind) VALUES (1, 'NS', 'Provinsi', 'instansi')");
  after = g_date_time_new_now_utc ();
  entries = kr_audit_list (db, &filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_true (g_regex_match_simple ("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$",
                                       kr_audit_entry_get_at (entries->pdata[0]), 0, 0));
  at = kr_audit_entry_get_time (entries->pdata[0]);
  g_assert_nonnull (at);
  /* Milliseconds: the stored time may be up to 1 ms before the clock read before it. */
  g_assert_cmpint (g_date_time_difference (at, before), >=, -1000);
  g_assert_cmpint (g_date_time_difference (after, at), >=, 0);
  assert_whole (db, 1);
}

/* Guards */

static void
assert_refused (KrDatabase *db, const char *sql, const char *message)
{
  int rc = exec_rc (db, sql);

  g_assert_cmpint (rc & 0xff, ==, SQLITE_CONSTRAINT);
  g_assert_nonnull (strstr (sqlite3_errmsg (_kr_database_get_handle (db)), message));
}

static void
test_append_only (Fixture *fixture, gconstpointer data)
{
  KrDatabase *db = fixture->db;

  add_organisation (db);
  assert_refused (db, "UPDATE audit_log SET changes = '{}' WHERE id = 2", "append-only");
  assert_refused (db, "UPDATE audit_log SET user_name = 'someone'", "append-only");
  assert_refused (db, "DELETE FROM audit_log WHERE id = 2", "append-only");
  assert_refused (db, "DELETE FROM audit_log", "append-only");
  assert_refused (db, "DELETE FROM audit_state", "audit_state");
  g_assert_cmpint (exec_rc (db, "INSERT INTO audit_state VALUES (2, 0, '')") & 0xff, ==,
                   SQLITE_CONSTRAINT);
  g_assert_cmpint (count_records (db), ==, 4);
  assert_whole (db, 4);
}

/* A write undone takes its record with it, and the chain goes on from the record before. */
static void
test_rollback (Fixture *fixture, gconstpointer data)
{
  KrDatabase *db = fixture->db;
  g_autoptr (GError) error = NULL;

  exec (db, "INSERT INTO unit (id, code, name, kind) VALUES (1, 'NS', 'Provinsi', 'instansi')");
  g_assert_true (kr_database_begin (db, &error));
  exec (db, "UPDATE unit SET name = 'Provinsi Nusa' WHERE id = 1");
  g_assert_cmpint (count_records (db), ==, 2);
  g_assert_true (kr_database_rollback (db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_records (db), ==, 1);
  assert_whole (db, 1);
  exec (db, "UPDATE unit SET name = 'Provinsi Nusa Sejahtera' WHERE id = 1");
  assert_whole (db, 2);
  /* A statement that fails leaves nothing behind either. */
  g_assert_cmpint (exec_rc (db, "INSERT INTO unit (id, code, name, kind) VALUES (2, 'NS', "
                                "'Duplicate', 'instansi')") &
                       0xff,
                   ==, SQLITE_CONSTRAINT);
  assert_whole (db, 2);
}

/* Tampering through a plain connection */

static sqlite3 *
open_plain (const char *path)
{
  sqlite3 *plain = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &plain, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  return plain;
}

static void
exec_plain (const char *path, const char *sql)
{
  sqlite3 *plain = open_plain (path);
  char *message = NULL;

  if (sqlite3_exec (plain, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  g_assert_cmpint (sqlite3_close (plain), ==, SQLITE_OK);
}

/* Ten records: a unit added (1) and renamed nine times (2 to 10). */
static void
make_ten_records (Fixture *fixture)
{
  sign_in (fixture->db, 1, "admin", KR_ROLE_ADMINISTRATOR, 0);
  exec (fixture->db,
        "INSERT INTO unit (id, code, name, kind) VALUES (1, 'NS', 'Provinsi', 'instansi')");
  for (guint i = 2; i <= 10; i++)
    {
      g_autofree char *sql = g_strdup_printf ("UPDATE unit SET name = 'Provinsi %u'", i);

      exec (fixture->db, sql);
    }
  assert_whole (fixture->db, 10);
  close_db (fixture);
}

/* A connection without Karier's functions cannot write an audited table at all. */
static void
test_plain_connection (Fixture *fixture, gconstpointer data)
{
  sqlite3 *plain;

  make_ten_records (fixture);
  plain = open_plain (fixture->path);
  g_assert_cmpint (sqlite3_exec (plain, "UPDATE unit SET name = 'Diam-diam'", NULL, NULL, NULL), ==,
                   SQLITE_ERROR);
  g_assert_nonnull (strstr (sqlite3_errmsg (plain), "kr_audit_"));
  g_assert_cmpint (sqlite3_exec (plain, "UPDATE audit_log SET changes = '{}'", NULL, NULL, NULL) &
                       0xff,
                   ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_close (plain), ==, SQLITE_OK);
  reopen_db (fixture);
  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM unit WHERE name = 'Provinsi 10'"),
                   ==, 1);
  assert_whole (fixture->db, 10);
}

typedef struct
{
  const char *name;
  const char *sql;
  gint64 broken;
} TamperCase;

static const TamperCase tamper_cases[] = {
  { "changes", "UPDATE audit_log SET changes = '{\"name\":[\"Provinsi 4\",\"Lain\"]}' WHERE id = 5",
    5 },
  { "at", "UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE id = 5", 5 },
  { "user", "UPDATE audit_log SET user_name = 'someone' WHERE id = 5", 5 },
  { "author-removed", "UPDATE audit_log SET account_id = NULL, user_name = NULL WHERE id = 5", 5 },
  { "type", "UPDATE audit_log SET changes = CAST (changes AS BLOB) WHERE id = 5", 5 },
  { "first", "UPDATE audit_log SET changes = '{}' WHERE id = 1", 1 },
  { "newest", "UPDATE audit_log SET changes = '{}' WHERE id = 10", 10 },
  { "deleted-middle", "DELETE FROM audit_log WHERE id = 5", 6 },
  { "deleted-first", "DELETE FROM audit_log WHERE id = 1", 2 },
  { "deleted-newest", "DELETE FROM audit_log WHERE id >= 9", 9 },
  { "reordered",
    "UPDATE audit_log SET id = -3 WHERE id = 3; UPDATE audit_log SET id = 3 WHERE id = 4; "
    "UPDATE audit_log SET id = 4 WHERE id = -3",
    3 },
  { "forged-newest",
    "INSERT INTO audit_log (at, action, entity, entity_id, changes, prev_hash, hash) "
    "SELECT at, action, entity, entity_id, changes, hash, hash FROM audit_log WHERE id = 10",
    11 },
  { "state", "UPDATE audit_state SET last_hash = 'x'", 10 },
};

/* Someone with the sqlite3 shell drops the guard triggers and edits the log: verification
 * names the record. */
static void
test_tamper (Fixture *fixture, gconstpointer data)
{
  const TamperCase *c = data;
  g_autofree char *sql = g_strconcat ("DROP TRIGGER audit_log_no_update; "
                                      "DROP TRIGGER audit_log_no_delete; ",
                                      c->sql, NULL);

  make_ten_records (fixture);
  exec_plain (fixture->path, sql);
  reopen_db (fixture);
  assert_broken_at (fixture->db, c->broken);
}

/* The hash kr-audit.h describes, computed here independently of kr-audit.c. */
static void
hash_column (GChecksum *checksum, sqlite3_stmt *stmt, int column)
{
  g_autofree char *head = NULL;
  g_autofree char *text = NULL;

  switch (sqlite3_column_type (stmt, column))
    {
    case SQLITE_NULL:
      head = g_strdup ("n0:");
      break;
    case SQLITE_INTEGER:
      text = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, column));
      head = g_strdup_printf ("i%zu:%s", strlen (text), text);
      break;
    case SQLITE_TEXT:
      text = g_strdup ((const char *) sqlite3_column_text (stmt, column));
      head = g_strdup_printf ("t%zu:%s", strlen (text), text);
      break;
    default:
      g_assert_not_reached ();
    }
  g_checksum_update (checksum, (const guchar *) head, -1);
}

static char *
compute_hash (sqlite3_stmt *stmt)
{
  GChecksum *checksum = g_checksum_new (G_CHECKSUM_SHA256);
  char *hash;

  /* prev_hash, at, account_id, user_name, action, entity, entity_id, employee_id, changes */
  for (int column = 0; column < 9; column++)
    hash_column (checksum, stmt, column);
  hash = g_strdup (g_checksum_get_string (checksum));
  g_checksum_free (checksum);
  return hash;
}

static const char sql_hashed[] =
    "SELECT prev_hash, at, account_id, user_name, action, entity, entity_id, employee_id, "
    "changes, hash, id FROM audit_log ORDER BY id";

static void
test_hash_format (Fixture *fixture, gconstpointer data)
{
  sqlite3_stmt *stmt = NULL;
  g_autofree char *previous = g_strdup ("");
  guint n = 0;

  add_organisation (fixture->db);
  sign_in (fixture->db, 2, "ani", KR_ROLE_ADMINISTRATOR, 0);
  exec (fixture->db, "UPDATE employee SET name = 'Budi Ü ñ' WHERE id = 5");
  g_assert_cmpint (
      sqlite3_prepare_v2 (_kr_database_get_handle (fixture->db), sql_hashed, -1, &stmt, NULL), ==,
      SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *hash = compute_hash (stmt);

      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, previous);
      g_assert_cmpstr (hash, ==, (const char *) sqlite3_column_text (stmt, 9));
      g_free (previous);
      previous = g_steal_pointer (&hash);
      n++;
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (n, ==, 5);
}

/* Whoever edits a record and recomputes its hash (the algorithm is public) moves the break to
 * the record after it. */
static void
test_tamper_rehashed (Fixture *fixture, gconstpointer data)
{
  sqlite3 *plain;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *update = NULL;

  make_ten_records (fixture);
  plain = open_plain (fixture->path);
  g_assert_cmpint (sqlite3_exec (plain,
                                 "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET "
                                 "user_name = 'someone' WHERE id = 5",
                                 NULL, NULL, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (plain,
                                       "SELECT prev_hash, at, account_id, user_name, "
                                       "action, entity, entity_id, employee_id, changes "
                                       "FROM audit_log WHERE id = 5",
                                       -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  hash = compute_hash (stmt);
  sqlite3_finalize (stmt);
  update = g_strdup_printf ("UPDATE audit_log SET hash = '%s' WHERE id = 5", hash);
  g_assert_cmpint (sqlite3_exec (plain, update, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (plain), ==, SQLITE_OK);
  reopen_db (fixture);
  assert_broken_at (fixture->db, 6);
}

/* What kr_audit_verify() says it cannot see: the newest records removed together with the
 * state that would tell. */
static void
test_tamper_undetectable (Fixture *fixture, gconstpointer data)
{
  make_ten_records (fixture);
  exec_plain (fixture->path,
              "DROP TRIGGER audit_log_no_delete; "
              "DELETE FROM audit_log WHERE id >= 9; UPDATE audit_state SET last_id = 8, "
              "last_hash = (SELECT hash FROM audit_log WHERE id = 8)");
  reopen_db (fixture);
  assert_whole (fixture->db, 8);
}

/* Bulk loads */

static gint64
bulk_employee (KrEmployeeRepository *employees, guint i, GError **error)
{
  g_autoptr (KrEmployee) employee = kr_employee_new ();
  g_autoptr (KrRankEntry) rank = kr_rank_entry_new ();
  g_autoptr (KrPositionEntry) position = kr_position_entry_new ();
  g_autofree char *nip = g_strdup_printf ("198001012005011%03u", i + 1);
  g_autofree char *name = g_strdup_printf ("Pegawai %u", i);
  GDate date;

  kr_employee_set_nip (employee, nip);
  kr_employee_set_name (employee, name);
  kr_employee_set_kind (employee, KR_EMPLOYEE_KIND_PNS);
  kr_employee_set_gender (employee, KR_GENDER_MALE);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, 1980);
  kr_employee_set_birth_date (employee, &date);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, 2005);
  kr_employee_set_tmt_cpns (employee, &date);
  if (kr_employee_repository_insert (employees, employee, NULL, error) == 0)
    return 0;
  rank->employee_id = kr_employee_get_id (employee);
  rank->golongan = 31;
  rank->promotion_kind = KR_PROMOTION_KIND_PENGANGKATAN;
  rank->tmt = date;
  if (kr_employee_repository_add_rank (employees, rank, error) == 0)
    return 0;
  position->employee_id = rank->employee_id;
  position->position_id = 1;
  position->tmt = date;
  if (kr_employee_repository_add_position (employees, position, error) == 0)
    return 0;
  return rank->employee_id;
}

static void
test_bulk (Fixture *fixture, gconstpointer data)
{
  KrDatabase *db = fixture->db;
  g_autoptr (KrEmployeeRepository) employees = kr_employee_repository_new (db);
  g_autoptr (GError) error = NULL;

  exec (db, "INSERT INTO unit (id, code, name, kind) VALUES (1, 'NS', 'Provinsi', 'instansi');"
            "INSERT INTO position (id, unit_id, name, kind) VALUES (1, 1, 'Pengadministrasi', "
            "'pelaksana')");
  g_assert_true (kr_employee_repository_begin_bulk (employees, &error));
  for (guint i = 0; i < 50; i++)
    {
      g_assert_cmpint (bulk_employee (employees, i, &error), >, 0);
      g_assert_no_error (error);
    }
  /* A row that fails leaves no record, and the load goes on. */
  g_assert_cmpint (bulk_employee (employees, 7, &error), ==, 0);
  g_assert_error (error, KR_ERROR, KR_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_true (kr_employee_repository_end_bulk (employees, TRUE, &error));
  g_assert_no_error (error);

  g_assert_cmpint (query_int (db, "SELECT count(*) FROM employee WHERE golongan = 31 AND "
                                  "unit_id = 1"),
                   ==, 50);
  g_assert_cmpint (count_records (db), ==, 2 + 50 * 3);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM audit_log WHERE action <> 'insert'"), ==,
                   0);
  assert_whole (db, 2 + 50 * 3);

  /* A load given up leaves nothing either. */
  g_assert_true (kr_employee_repository_begin_bulk (employees, &error));
  g_assert_cmpint (bulk_employee (employees, 60, &error), >, 0);
  g_assert_true (kr_employee_repository_end_bulk (employees, FALSE, &error));
  g_assert_no_error (error);
  assert_whole (db, 2 + 50 * 3);
}

/* Reading */

/* Units by ani (account 1), an employee and its histories by budi (account 2). */
static void
add_authored (KrDatabase *db)
{
  sign_in (db, 1, "ani", KR_ROLE_ADMINISTRATOR, 0);
  exec (db, "INSERT INTO unit (id, code, name, kind) VALUES (1, 'NS', 'Provinsi', 'instansi');"
            "INSERT INTO unit (id, parent_id, code, name, kind) "
            "VALUES (2, 1, 'NS.01', 'Dinas', 'perangkat_daerah');"
            "INSERT INTO unit (id, parent_id, code, name, kind) "
            "VALUES (3, 1, 'NS.02', 'Badan', 'perangkat_daerah');"
            "INSERT INTO position (id, unit_id, name, kind) VALUES (1, 2, 'Pengadministrasi', "
            "'pelaksana')");
  sign_in (db, 2, "budi", KR_ROLE_HR_OPERATOR, 0);
  exec (db, "INSERT INTO employee (id, nip, name, birth_date, gender, kind) "
            "VALUES (5, '198001012005011001', 'Budi', '1980-01-01', 'M', 'pns');"
            "INSERT INTO position_history (id, employee_id, position_id, tmt) "
            "VALUES (1, 5, 1, '2005-01-01');"
            "INSERT INTO employee (id, nip, name, birth_date, gender, kind) "
            "VALUES (6, '198001012005011002', 'Ani', '1980-01-01', 'F', 'pns');"
            "UPDATE employee SET phone = '0812' WHERE id = 5;"
            "UPDATE unit SET name = 'Dinas Kesehatan' WHERE id = 2");
  kr_database_set_identity (db, NULL);
}

static GPtrArray *
list (KrDatabase *db, const KrAuditFilter *filter)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *entries = kr_audit_list (db, filter, &error);

  g_assert_no_error (error);
  g_assert_nonnull (entries);
  return entries;
}

/* The ids of @filter's records, "9 8 7". */
static char *
list_ids (KrDatabase *db, const KrAuditFilter *filter)
{
  g_autoptr (GPtrArray) entries = list (db, filter);
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < entries->len; i++)
    g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, i > 0 ? " " : "",
                            kr_audit_entry_get_id (entries->pdata[i]));
  return g_string_free (ids, FALSE);
}

#define assert_ids(db, expected, ...)                                                              \
  G_STMT_START                                                                                     \
  {                                                                                                \
    KrAuditFilter f_ = { __VA_ARGS__ };                                                            \
    g_autofree char *ids_ = list_ids ((db), &f_);                                                  \
    g_assert_cmpstr (ids_, ==, (expected));                                                        \
  }                                                                                                \
  G_STMT_END

static gboolean
stop_after_two_cb (KrAuditEntry *entry, gpointer user_data)
{
  guint *n = user_data;

  return ++*n < 2;
}

static void
test_query (Fixture *fixture, gconstpointer data)
{
  KrDatabase *db = fixture->db;
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr (GDateTime) hour_ago = g_date_time_add_hours (now, -1);
  g_autoptr (GDateTime) in_an_hour = g_date_time_add_hours (now, 1);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GPtrArray) entries = NULL;
  g_autoptr (GError) error = NULL;
  KrAuditEntry *entry;
  guint n = 0;

  add_authored (db);
  /* 1-4 ani: units and a position; 5-9 budi: employee 5, its position, employee 6, employee
   * 5's phone, unit 2's name. */
  assert_ids (db, "9 8 7 6 5 4 3 2 1", 0);
  assert_ids (db, "9 8 7 6 5", .user_name = "BUDI");
  assert_ids (db, "4 3 2 1", .account_id = 1);
  assert_ids (db, "8 7 5", .entity = "employee");
  assert_ids (db, "9 2", .entity = "unit", .entity_id = 2);
  assert_ids (db, "8 6 5", .employee_id = 5);
  assert_ids (db, "9 8", .action = KR_AUDIT_ACTION_UPDATE);
  assert_ids (db, "8", .employee_id = 5, .action = KR_AUDIT_ACTION_UPDATE);
  assert_ids (db, "9 8 7 6 5 4 3 2 1", .since = hour_ago, .until = in_an_hour);
  assert_ids (db, "", .since = in_an_hour);
  assert_ids (db, "", .until = hour_ago);
  assert_ids (db, "", .user_name = "nobody");
  /* Pages: the first, then the one before the last id of it. */
  assert_ids (db, "9 8 7", .limit = 3);
  assert_ids (db, "6 5 4", .limit = 3, .before_id = 7);
  assert_ids (db, "3 2 1", .limit = 3, .before_id = 4);
  assert_ids (db, "", .limit = 3, .before_id = 1);

  {
    KrAuditFilter filter = { .entity = "employee", .limit = 1 };

    entries = list (db, &filter);
  }
  entry = entries->pdata[0];
  g_assert_cmpint (kr_audit_entry_get_id (entry), ==, 8);
  g_assert_cmpint (kr_audit_entry_get_action (entry), ==, KR_AUDIT_ACTION_UPDATE);
  g_assert_cmpstr (kr_audit_entry_get_entity (entry), ==, "employee");
  g_assert_cmpint (kr_audit_entry_get_entity_id (entry), ==, 5);
  g_assert_cmpint (kr_audit_entry_get_employee_id (entry), ==, 5);
  g_assert_cmpint (kr_audit_entry_get_account_id (entry), ==, 2);
  g_assert_cmpstr (kr_audit_entry_get_user_name (entry), ==, "budi");
  g_assert_cmpstr (kr_audit_entry_get_changes (entry), ==, "{\"phone\":[null,\"0812\"]}");
  g_assert_cmpuint (strlen (kr_audit_entry_get_hash (entry)), ==, 64);
  g_assert_cmpuint (strlen (kr_audit_entry_get_prev_hash (entry)), ==, 64);

  /* The callback may stop; a cancelled read fails. */
  g_assert_true (kr_audit_query (db, NULL, stop_after_two_cb, &n, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  g_cancellable_cancel (cancellable);
  g_assert_false (kr_audit_query (db, NULL, stop_after_two_cb, &n, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  entry = kr_audit_get_entry (db, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kr_audit_entry_get_entity (entry), ==, "unit");
  g_assert_finalize_object (entry);
  g_assert_null (kr_audit_get_entry (db, 99, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND);
}

static void
assert_change (GPtrArray *changes, guint i, const char *field, const char *old, const char *new)
{
  const KrAuditChange *change = changes->pdata[i];

  g_assert_cmpstr (change->field, ==, field);
  g_assert_cmpstr (change->old_value, ==, old);
  g_assert_cmpstr (change->new_value, ==, new);
}

static void
test_changes (Fixture *fixture, gconstpointer data)
{
  KrDatabase *db = fixture->db;
  g_autoptr (GPtrArray) entries = NULL;
  g_autoptr (GPtrArray) changes = NULL;
  g_autoptr (GError) error = NULL;
  KrAuditFilter filter = { 0 };

  exec (db, "INSERT INTO unit (id, code, name, kind) VALUES (1, 'NS', 'Provinsi', 'instansi');"
            "INSERT INTO position (id, unit_id, name, kind, kelas_jabatan) "
            "VALUES (1, 1, 'Analis \"SDM\"', 'pelaksana', 7);"
            "UPDATE position SET kelas_jabatan = NULL, name = 'Analis' WHERE id = 1");
  entries = list (db, &filter);
  g_assert_cmpuint (entries->len, ==, 3);

  changes = kr_audit_entry_dup_changes (entries->pdata[0], &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 2);
  assert_change (changes, 0, "name", "Analis \"SDM\"", "Analis");
  assert_change (changes, 1, "kelas_jabatan", "7", NULL);
  g_clear_pointer (&changes, g_ptr_array_unref);

  changes = kr_audit_entry_dup_changes (entries->pdata[1], &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 5);
  assert_change (changes, 0, "unit_id", NULL, "1");
  assert_change (changes, 4, "is_head", NULL, "0");
  g_clear_pointer (&changes, g_ptr_array_unref);
  g_clear_pointer (&entries, g_ptr_array_unref);

  /* A record edited into something else cannot be split, and says so. */
  exec (db, "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET changes = 'not json' "
            "WHERE id = 1");
  filter.limit = 1;
  filter.before_id = 2;
  entries = list (db, &filter);
  g_assert_null (kr_audit_entry_dup_changes (entries->pdata[0], &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  assert_broken_at (db, 1);
}

/* Permissions */

static void
add_account (KrDatabase *db)
{
  exec (db, "INSERT INTO account (id, user_name, display_name, role, password_hash, created_at) "
            "VALUES (1, 'ani', 'Ani', 'administrator', '$argon2id$v=19$test', '2026-01-01')");
  *_kr_database_get_has_accounts_cache (db) = -1;
}

static void
assert_denied (KrDatabase *db, const KrAuditFilter *filter)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) entries = kr_audit_list (db, filter, &error);

  g_assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED);
  g_assert_null (entries);
}

static void
assert_allowed (KrDatabase *db, const KrAuditFilter *filter, guint n)
{
  g_autoptr (GPtrArray) entries = list (db, filter);

  g_assert_cmpuint (entries->len, ==, n);
}

static void
test_permissions (Fixture *fixture, gconstpointer data)
{
  KrDatabase *db = fixture->db;
  g_autoptr (GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr (KrAuditEntry) entry = NULL;
  g_autoptr (GError) error = NULL;
  KrAuditFilter everything = { 0 };
  KrAuditFilter budi = { .employee_id = 5 };
  KrAuditFilter gone = { .employee_id = 77 };

  add_authored (db);
  add_account (db);
  /* Nobody signed in: nothing but verification. */
  assert_denied (db, &everything);
  assert_denied (db, &budi);
  assert_whole (db, 10);

  /* Administrators read it all. */
  sign_in (db, 1, "ani", KR_ROLE_ADMINISTRATOR, 0);
  assert_allowed (db, &everything, 10);
  assert_allowed (db, &gone, 0);

  /* Others read one employee's history, as far as they may read the employee. */
  for (KrRole role = KR_ROLE_HR_OPERATOR; role < KR_N_ROLES; role++)
    {
      sign_in (db, 2, "budi", role, role == KR_ROLE_UNIT_HEAD ? 2 : 0);
      assert_denied (db, &everything);
      assert_allowed (db, &budi, 3);
      entry = kr_audit_get_entry (db, 1, &error);
      g_assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED);
      g_assert_null (entry);
      g_clear_error (&error);
      g_assert_false (kr_audit_export_csv (db, NULL, stream, NULL, NULL, &error));
      g_assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED);
      g_clear_error (&error);
      g_assert_cmpuint (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)), ==,
                        0);
      assert_whole (db, 10);
    }
  /* A unit head leads unit 3, without employee 5; and a deleted employee has no unit. */
  sign_in (db, 3, "kepala", KR_ROLE_UNIT_HEAD, 3);
  assert_denied (db, &budi);
  assert_denied (db, &gone);
}

/* Export */

static void
test_export (Fixture *fixture, gconstpointer data)
{
  KrDatabase *db = fixture->db;
  g_autoptr (GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "audit.csv", NULL);
  g_autofree char *contents = NULL;
  g_auto (GStrv) lines = NULL;
  g_auto (GStrv) file_lines = NULL;
  g_autofree char *missing = g_build_filename (fixture->dir, "missing", "audit.csv", NULL);
  g_autoptr (GDir) dir = NULL;
  const char *name;
  GStatBuf info;
  KrAuditFilter filter = { .employee_id = 5 };
  KrAuditFilter none = { .user_name = "nobody" };
  guint64 n = 0;

  add_authored (db);
  /* A user name a spreadsheet would run as a formula is guarded. */
  sign_in (db, 9, "=cmd", KR_ROLE_ADMINISTRATOR, 0);
  exec (db, "UPDATE unit SET name = 'Badan Kepegawaian' WHERE id = 3");
  g_assert_true (kr_audit_export_csv (db, &filter, stream, &n, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, &error));
  g_assert_cmpuint (n, ==, 3);
  text = g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)),
                    g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)));
  lines = g_strsplit (text, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 5);
  g_assert_cmpstr (lines[0], ==,
                   "\xEF\xBB\xBF"
                   "id,at,account_id,user_name,action,entity,entity_id,employee_id,changes,"
                   "prev_hash,hash");
  g_assert_true (g_str_has_prefix (lines[1], "8,"));
  g_assert_nonnull (strstr (lines[1], ",2,budi,update,employee,5,5,\"{\"\"phone\"\":[null,"
                                      "\"\"0812\"\"]}\","));
  g_assert_true (g_str_has_prefix (lines[3], "5,"));
  g_assert_cmpstr (lines[4], ==, "");

  /* Into a file, everything; nothing matched is a header alone. */
  g_assert_true (kr_audit_export_csv_file (db, NULL, path, &n, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 10);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  file_lines = g_strsplit (contents, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (file_lines), ==, 12);
  g_assert_true (g_str_has_prefix (file_lines[1], "10,"));
  g_assert_nonnull (strstr (file_lines[1], ",9,'=cmd,update,unit,3,,"));
  g_clear_pointer (&contents, g_free);
  g_assert_true (kr_audit_export_csv_file (db, &none, path, &n, NULL, &error));
  g_assert_cmpuint (n, ==, 0);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_cmpstr (contents, ==,
                   "\xEF\xBB\xBF"
                   "id,at,account_id,user_name,action,entity,entity_id,employee_id,changes,"
                   "prev_hash,hash\r\n");

  /* Only its owner may read the file; a refused export leaves what the file held, and no
   * temporary beside it. */
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_set_contents (path, "old", -1, &error));
  sign_in (db, 3, "kepala", KR_ROLE_UNIT_HEAD, 3);
  g_assert_false (kr_audit_export_csv_file (db, NULL, path, &n, NULL, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_cmpstr (contents, ==, "old");
  dir = g_dir_open (fixture->dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_prefix (name, ".audit.csv-"));
  /* A folder that does not exist is named. */
  g_assert_false (kr_audit_export_csv_file (db, NULL, missing, &n, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "missing"));
}

/* Schema */

/* Every table that holds records people change has the three triggers, and kr-audit.c knows
 * it: a new table without them fails here. */
static void
test_coverage (Fixture *fixture, gconstpointer data)
{
  /* dashboard_predikat: counts that triggers keep from audited tables (migration 12) */
  static const char *const internal[] = {
    "karier_meta", "employee_bulk_state", "audit_log", "audit_state", "dashboard_predikat", NULL,
  };
  /* What migration 13 derives from audited tables the same way: the dashboard's counts per unit
   * and every unit above it, the JP per employee and year, the 9-box stored per year and the
   * marks and queues that keep them */
  static const char *const derived[] = {
    "unit_closure",     "dashboard_count",        "training_jp_year", "training_jp_pending",
    "talent_placement", "talent_placement_state", "talent_dirty",     NULL,
  };
  const char *const *entities = kr_audit_get_entities ();
  sqlite3_stmt *stmt = NULL;
  guint n_tables = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (fixture->db),
                                       "SELECT t.name, (SELECT count(*) FROM sqlite_schema g "
                                       "WHERE g.type = 'trigger' AND g.tbl_name = t.name AND "
                                       "g.name IN (t.name || '_audit_insert', t.name || "
                                       "'_audit_update', t.name || '_audit_delete')) "
                                       "FROM sqlite_schema t WHERE t.type = 'table' AND t.name "
                                       "NOT LIKE 'sqlite_%' AND t.name NOT LIKE 'employee_fts%' "
                                       "ORDER BY t.name",
                                       -1, &stmt, NULL),
                   ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strv_contains (internal, table) || g_strv_contains (derived, table))
        continue;
      g_test_message ("%s", table);
      g_assert_cmpint (sqlite3_column_int (stmt, 1), ==, 3);
      g_assert_true (g_strv_contains (entities, table));
      g_assert_nonnull (kr_audit_entity_get_label (table));
      n_tables++;
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (n_tables, ==, g_strv_length ((char **) entities));

  /* Every column is in the records, but the ids and the employee's current values. */
  g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (fixture->db),
                                       "SELECT t.name, c.name FROM sqlite_schema t, "
                                       "pragma_table_info (t.name) c WHERE t.type = 'table' AND "
                                       "t.name IN (SELECT tbl_name FROM sqlite_schema WHERE name "
                                       "LIKE '%_audit_insert') AND c.pk = 0 AND NOT (t.name = "
                                       "'employee' AND c.name IN ('education', 'golongan', "
                                       "'rank_tmt', 'position_id', 'position_tmt', 'unit_id')) "
                                       "AND (SELECT count(*) FROM sqlite_schema g WHERE g.tbl_name "
                                       "= t.name AND g.name LIKE '%_audit_%' AND instr (g.sql, "
                                       "char (39) || c.name || char (39)) > 0) <> 3",
                                       -1, &stmt, NULL),
                   ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_error ("%s.%s is missing from an audit trigger", sqlite3_column_text (stmt, 0),
             sqlite3_column_text (stmt, 1));
  sqlite3_finalize (stmt);
}

/* A file from before the audit trail: refused for reading until upgraded, then empty and
 * whole, and logging from then on. */
static void
test_upgrade (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "old.db", NULL);
  g_autoptr (GPtrArray) migrations = g_ptr_array_new_with_free_func (g_free);
  KrDatabaseOpenOptions options = { 0 };
  g_autoptr (GError) error = NULL;
  KrDatabase *db;
  gint64 broken = -1;

  for (int version = 1; version <= 6; version++)
    g_ptr_array_add (migrations, _kr_database_dup_migration_sql (version));
  options.migrations = (const char *const *) migrations->pdata;
  options.n_migrations = 6;
  options.backup_folder = fixture->dir;
  db = _kr_database_open_full (path, KR_DATABASE_FLAGS_NONE, &options, &error);
  g_assert_no_error (error);
  exec (db, "INSERT INTO unit (id, code, name, kind) VALUES (1, 'NS', 'Provinsi', 'instansi')");
  g_assert_finalize_object (db);

  db = kr_database_open (path, KR_DATABASE_FLAGS_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_false (kr_audit_verify (db, &broken, NULL, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (kr_audit_list (db, NULL, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_finalize_object (db);

  db = kr_database_open (path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  assert_whole (db, 0);
  exec (db, "UPDATE unit SET name = 'Provinsi Nusa'");
  assert_whole (db, 1);
  g_assert_finalize_object (db);
}

/* A read-only database verifies, and its head is what was written last. */
static void
test_read_only (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *head = NULL;
  gint64 last_id = 0;

  make_ten_records (fixture);
  fixture->db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_READ_ONLY, &error);
  g_assert_no_error (error);
  assert_whole (fixture->db, 10);
  head = kr_audit_dup_head (fixture->db, &last_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (last_id, ==, 10);
  g_assert_cmpuint (strlen (head), ==, 64);
  g_assert_cmpint (query_int (fixture->db, "SELECT hash = (SELECT last_hash FROM audit_state) "
                                           "FROM audit_log WHERE id = 10"),
                   ==, 1);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/audit/unit", test_unit);
  ADD ("/audit/position", test_position);
  ADD ("/audit/employee", test_employee);
  ADD ("/audit/histories", test_histories);
  ADD ("/audit/account", test_account);
  ADD ("/audit/author", test_author);
  ADD ("/audit/time", test_time);
  ADD ("/audit/append-only", test_append_only);
  ADD ("/audit/rollback", test_rollback);
  ADD ("/audit/plain-connection", test_plain_connection);
  ADD ("/audit/hash-format", test_hash_format);
  ADD ("/audit/tamper/rehashed", test_tamper_rehashed);
  ADD ("/audit/tamper/undetectable", test_tamper_undetectable);
  ADD ("/audit/bulk", test_bulk);
  ADD ("/audit/query", test_query);
  ADD ("/audit/changes", test_changes);
  ADD ("/audit/permissions", test_permissions);
  ADD ("/audit/export", test_export);
  ADD ("/audit/coverage", test_coverage);
  ADD ("/audit/upgrade", test_upgrade);
  ADD ("/audit/read-only", test_read_only);
#undef ADD
  for (guint i = 0; i < G_N_ELEMENTS (tamper_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/audit/tamper/%s", tamper_cases[i].name);

      g_test_add (path, Fixture, &tamper_cases[i], fixture_set_up, test_tamper, fixture_tear_down);
    }
  return g_test_run ();
}
