/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-demo"

#include "config.h"

#include "kr-demo-private.h"

#include "kr-appraisal-rules.h"
#include "kr-error.h"
#include "kr-database-private.h"
#include "kr-promotion-rules.h"
#include "kr-repository-private.h"

/* The records the promotion rules read that the histories do not hold (DOMAIN 4): the angka
 * kredit of functional positions, converted from the demo's final annual predikat with the
 * rules' own table (kr_angka_kredit_convert ()), and the ujian dinas of some of those waiting
 * at II/d and III/d, so that the candidates of a period are eligible, not yet or blocked for
 * every reason there is. Deterministic: the appraisals are, and the ujian dinas follow the
 * employee ids. Then the vacancies (kr-demo-vacancies.c) and the proposals of the next period
 * (kr-demo-proposals.c), which read these records. */

/* The final annual evaluations of employees in functional positions. */
static const char sql_evaluations[] =
    "SELECT a.employee_id, a.year, p.level, v.predikat FROM appraisal a "
    "JOIN appraisal_evaluation v ON v.appraisal_id = a.id AND v.period = 0 "
    "JOIN employee e ON e.id = a.employee_id JOIN position p ON p.id = e.position_id "
    "WHERE v.state IN ('final', 'objected') AND v.predikat IS NOT NULL "
    "AND p.kind IN ('fungsional_keahlian', 'fungsional_keterampilan') ORDER BY a.id";
static const char sql_insert_ak[] =
    "INSERT INTO angka_kredit (employee_id, year, value, source) VALUES (?1, ?2, ?3, 'konversi')";
/* Three in five of the PNS at II/d and III/d passed the ujian dinas of the next golongan, a
 * year after reaching their rank (if that is before today, ?1). */
static const char sql_ujian_dinas[] =
    "INSERT INTO ujian_dinas (employee_id, level, date, certificate) "
    "SELECT e.id, CASE e.golongan WHEN 24 THEN 'ii_iii' ELSE 'iii_iv' END, "
    "date (e.rank_tmt, '+1 year'), 'UD/' || e.id || '/' || substr (e.rank_tmt, 1, 4) "
    "FROM employee e WHERE e.kind = 'pns' AND e.status = 'aktif' AND e.golongan IN (24, 34) "
    "AND e.rank_tmt IS NOT NULL AND date (e.rank_tmt, '+1 year') <= ?1 AND e.id % 5 < 3";

static gboolean
fail (sqlite3 *db, GError **error)
{
  g_set_error (error, KR_ERROR, KR_ERROR_STORAGE, "%s", sqlite3_errmsg (db));
  return FALSE;
}

gboolean
_kr_demo_generate_promotion_records (Demo *demo,
                                     KrDatabase *database,
                                     GCancellable *cancellable,
                                     GError **error)
{
  sqlite3 *db = _kr_database_get_handle (database);
  sqlite3_stmt *select = NULL, *insert = NULL, *ujian = NULL;
  char today[KR_DATE_ISO_LENGTH + 1];
  gboolean ok = FALSE;
  int rc;

  kr_date_format_iso_buf (&demo->today, today);
  if (sqlite3_prepare_v2 (db, sql_evaluations, -1, &select, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db, sql_insert_ak, -1, &insert, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db, sql_ujian_dinas, -1, &ujian, NULL) != SQLITE_OK)
    {
      fail (db, error);
      goto out;
    }
  while ((rc = sqlite3_step (select)) == SQLITE_ROW)
    {
      KrPositionLevel level =
          _kr_position_level_from_code ((const char *) sqlite3_column_text (select, 2));
      KrPredikat predikat;

      if (!kr_predikat_from_code ((const char *) sqlite3_column_text (select, 3), &predikat))
        continue;
      sqlite3_bind_int64 (insert, 1, sqlite3_column_int64 (select, 0));
      sqlite3_bind_int (insert, 2, sqlite3_column_int (select, 1));
      sqlite3_bind_double (insert, 3, kr_angka_kredit_convert (level, predikat, 12));
      if (sqlite3_step (insert) != SQLITE_DONE)
        {
          fail (db, error);
          goto out;
        }
      sqlite3_reset (insert);
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto out;
    }
  if (rc != SQLITE_DONE)
    {
      fail (db, error);
      goto out;
    }
  sqlite3_bind_text (ujian, 1, today, -1, SQLITE_STATIC);
  if (sqlite3_step (ujian) != SQLITE_DONE)
    {
      fail (db, error);
      goto out;
    }
  ok = _kr_demo_generate_vacancies (demo, database, error) &&
       _kr_demo_generate_proposals (demo, database, cancellable, error);

out:
  sqlite3_finalize (select);
  sqlite3_finalize (insert);
  sqlite3_finalize (ujian);
  return ok;
}
