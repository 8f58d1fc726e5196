/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-demo"

#include "config.h"

#include "kr-demo-private.h"

#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-error.h"

/* Vacancies in the demo (kr-vacancy-repository.h): the heads of three sub-units moved two
 * months ago to a functional position of their unit (mutasi), leaving the head position with
 * no holder; and the recorded needs (ABK) of the functional and pelaksana positions: most equal
 * their holders, one in three asks for one or two more. Deterministic (position ids). */

/* The first three sub-unit head positions held by a PNS, by id */
static const char sql_heads[] =
    "SELECT p.id, p.unit_id, e.id FROM position p JOIN unit u ON u.id = p.unit_id "
    "JOIN employee e ON e.position_id = p.id AND e.status = 'aktif' AND e.kind = 'pns' "
    "WHERE p.is_head = 1 AND u.kind = 'sub_bidang' AND p.id % 5 = 2 ORDER BY p.id LIMIT 3";
static const char sql_new_position[] =
    "INSERT INTO position (unit_id, name, kind, level) VALUES (?1, 'Analis Kebijakan Ahli Muda', "
    "'fungsional_keahlian', 'ahli_muda') ON CONFLICT (unit_id, name) DO NOTHING";
static const char sql_position_id[] =
    "SELECT id FROM position WHERE unit_id = ?1 AND name = 'Analis Kebijakan Ahli Muda'";
static const char sql_move[] =
    "INSERT INTO position_history (employee_id, position_id, tmt, sk_number, sk_date) "
    "VALUES (?1, ?2, ?3, 'MUTASI/' || ?1 || '/' || substr (?3, 1, 4), ?3)";
static const char sql_needs[] =
    "INSERT INTO position_need (position_id, needed, basis) "
    "SELECT p.id, (SELECT count(*) FROM employee e WHERE e.position_id = p.id AND "
    "e.status = 'aktif') + CASE WHEN p.id % 3 = 0 THEN 1 + p.id % 2 ELSE 0 END, "
    "'Analisis Beban Kerja ' || ?1 FROM position p "
    "WHERE p.kind IN ('pelaksana', 'fungsional_keahlian', 'fungsional_keterampilan') "
    "AND p.is_head = 0 AND EXISTS (SELECT 1 FROM employee e WHERE e.position_id = p.id)";

static gboolean
fail (sqlite3 *db, GError **error)
{
  g_set_error (error, KR_ERROR, KR_ERROR_STORAGE, "%s", sqlite3_errmsg (db));
  return FALSE;
}

static gboolean
move_head (sqlite3 *db, gint64 unit_id, gint64 employee_id, const char *tmt, GError **error)
{
  sqlite3_stmt *insert = NULL, *find = NULL, *move = NULL;
  gboolean ok = FALSE;

  if (sqlite3_prepare_v2 (db, sql_new_position, -1, &insert, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db, sql_position_id, -1, &find, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db, sql_move, -1, &move, NULL) != SQLITE_OK)
    goto out;
  sqlite3_bind_int64 (insert, 1, unit_id);
  sqlite3_bind_int64 (find, 1, unit_id);
  if (sqlite3_step (insert) != SQLITE_DONE || sqlite3_step (find) != SQLITE_ROW)
    goto out;
  sqlite3_bind_int64 (move, 1, employee_id);
  sqlite3_bind_int64 (move, 2, sqlite3_column_int64 (find, 0));
  sqlite3_bind_text (move, 3, tmt, -1, SQLITE_STATIC);
  ok = sqlite3_step (move) == SQLITE_DONE;

out:
  if (!ok)
    fail (db, error);
  sqlite3_finalize (insert);
  sqlite3_finalize (find);
  sqlite3_finalize (move);
  return ok;
}

gboolean
_kr_demo_generate_vacancies (Demo *demo, KrDatabase *database, GError **error)
{
  sqlite3 *db = _kr_database_get_handle (database);
  g_autoptr (GArray) heads = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = NULL;
  char tmt[KR_DATE_ISO_LENGTH + 1];
  char year[8];
  GDate moved;
  int rc;

  moved = demo->today;
  g_date_subtract_months (&moved, 2);
  g_date_set_day (&moved, 1);
  kr_date_format_iso_buf (&moved, tmt);
  g_snprintf (year, sizeof year, "%d", g_date_get_year (&demo->today));

  if (sqlite3_prepare_v2 (db, sql_heads, -1, &stmt, NULL) != SQLITE_OK)
    return fail (db, error);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 pair[2] = { sqlite3_column_int64 (stmt, 1), sqlite3_column_int64 (stmt, 2) };

      g_array_append_vals (heads, pair, 2);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return fail (db, error);
  for (guint i = 0; i + 1 < heads->len; i += 2)
    if (!move_head (db, g_array_index (heads, gint64, i), g_array_index (heads, gint64, i + 1), tmt,
                    error))
      return FALSE;

  if (sqlite3_prepare_v2 (db, sql_needs, -1, &stmt, NULL) != SQLITE_OK)
    return fail (db, error);
  sqlite3_bind_text (stmt, 1, year, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE ? TRUE : fail (db, error);
}
