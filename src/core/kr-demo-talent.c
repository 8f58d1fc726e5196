/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-demo"

#include "config.h"

#include "kr-demo-private.h"

#include "kr-database-private.h"
#include "kr-error.h"
#include "kr-repository-private.h"
#include "kr-talent-repository.h"

/* The talent pool's demo data (DOMAIN 6): potential assessments of about 40 % of the active
 * PNS, dated within the last three years, their potential leaning on the latest final
 * predikat (so the 9-box has every box filled and a pool of a realistic size), and a
 * succession plan for every JPT and administrator head position with 0 to 3 successors from
 * the pool (classified once, then picked in each position's rank range with the readiness the
 * rules suggest), so that some plans have gaps. Deterministic: every choice hashes the seed with an
 * employee or position id. Runs after the promotion records, through the talent repository for
 * the plans and successors. */

static const char sql_people[] =
    "SELECT e.id, (SELECT ev.predikat FROM appraisal a JOIN appraisal_evaluation ev ON "
    "ev.appraisal_id = a.id AND ev.period = 0 AND ev.state IN ('final', 'objected') WHERE "
    "a.employee_id = e.id AND ev.predikat IS NOT NULL ORDER BY a.year DESC LIMIT 1) FROM employee "
    "e WHERE e.kind = 'pns' AND e.status = 'aktif' ORDER BY e.id";
static const char sql_insert_assessment[] =
    "INSERT INTO talent_assessment (employee_id, date, potential, score, assessor) VALUES (?1, ?2, "
    "?3, ?4, ?5)";
static const char sql_member_position[] =
    "SELECT e.position_id, p.kind FROM employee e LEFT JOIN position p ON p.id = e.position_id "
    "WHERE e.id = ?";
static const char sql_member_programmes[] =
    "SELECT DISTINCT programme FROM training_record WHERE employee_id = ? AND programme IS NOT "
    "NULL";
static const char sql_heads[] = "SELECT p.id, p.kind FROM position p WHERE p.is_head = 1 AND "
                                "p.kind IN ('jpt_utama', 'jpt_madya', "
                                "'jpt_pratama', 'administrator') ORDER BY p.id";

static const char *const assessors[] = {
  "UPT Penilaian Kompetensi BKPSDM",
  "Pusat Penilaian Kompetensi ASN BKN",
  "Kantor Regional BKN",
};

static guint64
hash (guint64 seed, gint64 id, guint64 salt)
{
  guint64 state = seed ^ ((guint64) id * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) ^ salt;

  return splitmix64 (&state);
}

static gboolean
fail (sqlite3 *db, GError **error)
{
  g_set_error (error, KR_ERROR, KR_ERROR_STORAGE, "%s", sqlite3_errmsg (db));
  return FALSE;
}

/* The potential, leaning on the predikat: sangat baik → mostly medium/high, below baik →
 * mostly low */
static KrTalentPotential
pick_potential (guint64 h, const char *predikat)
{
  guint r = (guint) (h % 100);

  if (g_strcmp0 (predikat, "sangat_baik") == 0)
    return r < 10   ? KR_TALENT_POTENTIAL_LOW
           : r < 50 ? KR_TALENT_POTENTIAL_MEDIUM
                    : KR_TALENT_POTENTIAL_HIGH;
  if (g_strcmp0 (predikat, "baik") == 0)
    return r < 25   ? KR_TALENT_POTENTIAL_LOW
           : r < 75 ? KR_TALENT_POTENTIAL_MEDIUM
                    : KR_TALENT_POTENTIAL_HIGH;
  return r < 60   ? KR_TALENT_POTENTIAL_LOW
         : r < 90 ? KR_TALENT_POTENTIAL_MEDIUM
                  : KR_TALENT_POTENTIAL_HIGH;
}

static gboolean
generate_assessments (Demo *demo,
                      sqlite3 *db,
                      guint64 seed,
                      GCancellable *cancellable,
                      GError **error)
{
  sqlite3_stmt *select = NULL, *insert = NULL;
  gboolean ok = FALSE;
  int rc;

  if (sqlite3_prepare_v2 (db, sql_people, -1, &select, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db, sql_insert_assessment, -1, &insert, NULL) != SQLITE_OK)
    {
      fail (db, error);
      goto out;
    }
  while ((rc = sqlite3_step (select)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (select, 0);
      guint64 h = hash (seed, id, 0x7A1E);
      KrTalentPotential potential;
      static const double base[KR_N_TALENT_POTENTIALS] = { 45, 62, 80 };
      GDate date = demo->today;
      char buf[KR_DATE_ISO_LENGTH + 1];

      if (h % 100 >= 40)
        continue;
      potential = pick_potential (h >> 8, (const char *) sqlite3_column_text (select, 1));
      /* within the last three years, not today */
      g_date_subtract_days (&date, 1 + (guint) ((h >> 16) % (3 * 365 - 30)));
      kr_date_format_iso_buf (&date, buf);
      sqlite3_bind_int64 (insert, 1, id);
      sqlite3_bind_text (insert, 2, buf, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (insert, 3, kr_talent_potential_get_code (potential), -1, SQLITE_STATIC);
      sqlite3_bind_double (insert, 4, base[potential] + (double) ((h >> 32) % 150) / 10.0);
      sqlite3_bind_text (insert, 5, assessors[(h >> 40) % G_N_ELEMENTS (assessors)], -1,
                         SQLITE_STATIC);
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
  ok = TRUE;
out:
  sqlite3_finalize (select);
  sqlite3_finalize (insert);
  return ok;
}

/* What the readiness rules read of a pool member: the current position and its kind, the
 * leadership programmes completed */
static gboolean
member_facts (sqlite3_stmt *position,
              sqlite3_stmt *programmes,
              gint64 employee_id,
              gint64 *position_id,
              KrSuccessorFacts *facts)
{
  int rc;

  sqlite3_bind_int64 (position, 1, employee_id);
  rc = sqlite3_step (position);
  if (rc == SQLITE_ROW)
    {
      *position_id = sqlite3_column_int64 (position, 0);
      facts->has_position = _kr_position_kind_from_code (
          (const char *) sqlite3_column_text (position, 1), &facts->position_kind);
    }
  sqlite3_reset (position);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return FALSE;
  facts->programmes = 0;
  sqlite3_bind_int64 (programmes, 1, employee_id);
  while ((rc = sqlite3_step (programmes)) == SQLITE_ROW)
    {
      KrLeadershipProgramme programme;

      if (kr_leadership_programme_from_code ((const char *) sqlite3_column_text (programmes, 0),
                                             &programme))
        facts->programmes |= 1u << programme;
    }
  sqlite3_reset (programmes);
  return rc == SQLITE_DONE;
}

/* One plan per head position; its successors picked from the pool (classified once) in the
 * position's rank range, from a hashed starting point, the readiness and gaps as the rules
 * suggest. */
static gboolean
generate_plans (KrTalentRepository *talent, sqlite3 *db, guint64 seed, GError **error)
{
  g_autoptr (GPtrArray) pool = NULL;
  sqlite3_stmt *heads = NULL, *position = NULL, *programmes = NULL;
  KrTalentQuery query;
  gboolean ok = FALSE;
  guint year;
  int rc;

  if (!kr_talent_repository_get_latest_year (talent, &year, error))
    return FALSE;
  kr_talent_query_init (&query, year);
  query.status = KR_TALENT_STATUS_PLACED;
  query.pool_only = TRUE;
  pool = kr_talent_repository_list_employees (talent, &query, 0, G_MAXINT, NULL, error);
  if (pool == NULL)
    return FALSE;
  if (sqlite3_prepare_v2 (db, sql_heads, -1, &heads, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db, sql_member_position, -1, &position, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db, sql_member_programmes, -1, &programmes, NULL) != SQLITE_OK)
    {
      fail (db, error);
      goto out;
    }
  while ((rc = sqlite3_step (heads)) == SQLITE_ROW)
    {
      gint64 position_id = sqlite3_column_int64 (heads, 0);
      guint64 h = hash (seed, position_id, 0x5CCE);
      /* 0 successors for one plan in five, else 1 to 3 */
      guint want = h % 5 == 0 ? 0 : 1 + (guint) ((h >> 8) % 3);
      KrSuccessorFacts facts = { 0 };
      KrRank lowest = KR_RANK_I_A, highest = KR_RANK_IV_E;
      gint64 plan_id = 0;
      guint gap = kr_talent_suggestion_rank_gap (), added = 0;
      g_autoptr (GHashTable) chosen = g_hash_table_new (g_int64_hash, g_int64_equal);

      _kr_position_kind_from_code ((const char *) sqlite3_column_text (heads, 1),
                                   &facts.target_kind);
      kr_position_get_rank_range (facts.target_kind, KR_POSITION_LEVEL_NONE, &lowest, &highest);
      lowest = lowest >= gap ? lowest - gap : KR_RANK_I_A;
      if (!kr_talent_repository_create_plan (talent, position_id, NULL, &plan_id, error))
        goto out;
      /* Two passes: first those within one step of the position (skipped for one plan in
       * three, so that some plans have nobody ready), then anyone in the rank range */
      for (guint pass = (h >> 24) % 3 == 0 ? 1 : 0; pass < 2; pass++)
        for (guint k = 0; k < pool->len && added < want; k++)
          {
            KrTalentEntry *e = g_ptr_array_index (pool, ((h >> 16) + k) % pool->len);
            g_autoptr (GPtrArray) gaps = g_ptr_array_new_with_free_func (g_free);
            KrSuccessorReadiness readiness;
            gint64 held = 0;

            if (!e->has_rank || e->rank < lowest || e->rank > highest)
              continue;
            facts.has_rank = TRUE;
            facts.rank = e->rank;
            facts.has_position = FALSE;
            if (!member_facts (position, programmes, e->employee_id, &held, &facts))
              {
                fail (db, error);
                goto out;
              }
            if (held == position_id || g_hash_table_contains (chosen, &e->employee_id) ||
                (pass == 0 &&
                 (!facts.has_position || kr_talent_position_step (facts.position_kind) + 1 <
                                             kr_talent_position_step (facts.target_kind))))
              continue;
            /* The rules' gap sentences are in the UI's language; the stored gaps print on the
             * Indonesian RENCANA SUKSESI, so the demo leaves them for the HR officer to write */
            readiness = kr_talent_successor_readiness (&facts, gaps);
            if (!kr_talent_repository_add_successor (talent, plan_id, e->employee_id, readiness, 0,
                                                     NULL, NULL, error))
              goto out;
            g_hash_table_add (chosen, &e->employee_id);
            added++;
          }
    }
  if (rc != SQLITE_DONE)
    {
      fail (db, error);
      goto out;
    }
  ok = TRUE;
out:
  sqlite3_finalize (heads);
  sqlite3_finalize (position);
  sqlite3_finalize (programmes);
  return ok;
}

gboolean
_kr_demo_generate_talent (Demo *demo,
                          KrDatabase *database,
                          guint64 seed,
                          GCancellable *cancellable,
                          GError **error)
{
  g_autoptr (KrTalentRepository) talent = NULL;
  sqlite3 *db = _kr_database_get_handle (database);

  if (!generate_assessments (demo, db, seed, cancellable, error))
    return FALSE;
  talent = kr_talent_repository_new (database);
  return generate_plans (talent, db, seed, error);
}
