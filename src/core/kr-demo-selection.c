/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-demo"

#include "config.h"

#include "kr-demo-private.h"

#include "kr-database-private.h"
#include "kr-error.h"
#include "kr-selection-repository.h"

/* Open selections in the demo (kr-selection-repository.h), made through the repository so that
 * every rule holds: one finished JPT Pratama selection (panel of 7, 3 internal and 4 external;
 * 8 candidates, 2 of them outside applicants; the four stages scored and published, the three
 * best proposed, closed) and one running selection for an administrator post (the office's
 * own three stages, a panel of 5, 7 candidates, two stages published, the third being scored).
 * Deterministic: the scores come from the demo's generator. */

/* A JPT Pratama head position, and the instansi head (the panel chair) */
static const char sql_jpt_position[] =
    "SELECT p.id FROM position p WHERE p.kind = 'jpt_pratama' AND p.is_head = 1 ORDER BY p.id "
    "LIMIT 1";
/* Internal members: the instansi head first, then other JPT heads, never the one filled */
static const char sql_jpt_members[] =
    "SELECT e.id FROM employee e JOIN position p ON p.id = e.position_id WHERE p.is_head = 1 AND "
    "p.kind IN ('jpt_madya', 'jpt_pratama') AND p.id <> ?1 AND e.status = 'aktif' ORDER BY "
    "CASE p.kind WHEN 'jpt_madya' THEN 0 ELSE 1 END, p.id LIMIT ?2";
/* Candidates for JPT: active PNS administrators (heads of bidang) */
static const char sql_jpt_candidates[] =
    "SELECT e.id FROM employee e JOIN position p ON p.id = e.position_id WHERE p.kind = "
    "'administrator' AND e.status = 'aktif' AND e.kind = 'pns' ORDER BY e.id % 7, e.id LIMIT ?1";
/* An administrator head position: a vacant one first, else the one whose holder is oldest */
static const char sql_admin_position[] =
    "SELECT p.id, p.unit_id FROM position p WHERE p.kind = 'administrator' AND p.is_head = 1 "
    "ORDER BY EXISTS (SELECT 1 FROM employee e WHERE e.position_id = p.id AND e.status = "
    "'aktif'), (SELECT min (e.birth_date) FROM employee e WHERE e.position_id = p.id), p.id "
    "LIMIT 1";
/* Internal members of an administrator selection: heads at JPT or administrator level, the
 * head of the unit above first */
static const char sql_admin_members[] =
    "SELECT e.id FROM employee e JOIN position p ON p.id = e.position_id WHERE p.is_head = 1 AND "
    "p.kind IN ('jpt_madya', 'jpt_pratama', 'administrator') AND p.id <> ?1 AND e.status = "
    "'aktif' ORDER BY p.unit_id <> (SELECT parent_id FROM unit WHERE id = ?2), p.kind, p.id "
    "LIMIT ?3";
/* Candidates for the administrator post: pengawas of the same perangkat daerah first */
static const char sql_admin_candidates[] =
    "SELECT e.id FROM employee e JOIN position p ON p.id = e.position_id WHERE p.kind = "
    "'pengawas' AND e.status = 'aktif' AND e.kind = 'pns' ORDER BY e.unit_id NOT IN (WITH "
    "RECURSIVE t (id) AS (SELECT parent_id FROM unit WHERE id = ?1 UNION ALL SELECT c.id FROM "
    "unit c JOIN t ON c.parent_id = t.id) SELECT id FROM t), e.id LIMIT ?2";

static const struct
{
  const char *name;
  const char *institution;
} externals[] = {
  { "Prof. Dr. Bambang Sutrisno, M.Si.", "Universitas Diponegoro" },
  { "Dr. Ratna Wulandari, M.A.P.", "Universitas Gadjah Mada" },
  { "Dr. Ir. Hendra Gunawan, M.T.", "Badan Kepegawaian Negara, Kantor Regional I" },
  { "Drs. Agus Salim, M.M.", "Praktisi manajemen SDM" },
};

static const struct
{
  const char *name;
  const char *nip;
  const char *origin;
} applicants[] = {
  { "Dr. Siti Rahmawati, S.Pd., M.Pd.", "197805122003122004", "Pemerintah Kabupaten Semarang" },
  { "Yusuf Hidayat, S.T., M.Eng.", "198003042005011003", "Pemerintah Provinsi Jawa Tengah" },
};

static gboolean
fail (sqlite3 *db, GError **error)
{
  g_set_error (error, KR_ERROR, KR_ERROR_STORAGE, "%s", sqlite3_errmsg (db));
  return FALSE;
}

/* The ids @sql gives with its parameters (?1 .. ?n as gint64, in order) */
static GArray *
ids (sqlite3 *db, const char *sql, const gint64 *params, guint n_params, GError **error)
{
  g_autoptr (GArray) list = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      fail (db, error);
      return NULL;
    }
  for (guint i = 0; i < n_params; i++)
    sqlite3_bind_int64 (stmt, (int) i + 1, params[i]);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (list, id);
    }
  if (rc != SQLITE_DONE)
    {
      fail (db, error);
      sqlite3_finalize (stmt);
      return NULL;
    }
  sqlite3_finalize (stmt);
  return g_steal_pointer (&list);
}

static gboolean
add_member (KrSelectionRepository *repo,
            gint64 selection,
            gint64 employee,
            guint external,
            KrPanelRole role,
            GError **error)
{
  g_autoptr (KrSelectionPanelMember) m = kr_selection_panel_member_new ();

  m->selection_id = selection;
  m->employee_id = employee;
  m->is_external = employee == 0;
  if (employee == 0)
    {
      m->name = g_strdup (externals[external].name);
      m->institution = g_strdup (externals[external].institution);
    }
  m->role = role;
  return kr_selection_repository_save_panel_member (repo, m, error);
}

static gboolean
add_candidate (KrSelectionRepository *repo,
               gint64 selection,
               gint64 employee,
               guint applicant,
               GArray *candidates,
               GError **error)
{
  g_autoptr (KrSelectionCandidate) c = kr_selection_candidate_new ();

  c->selection_id = selection;
  c->employee_id = employee;
  if (employee == 0)
    {
      c->name = g_strdup (applicants[applicant].name);
      c->nip = g_strdup (applicants[applicant].nip);
      c->origin = g_strdup (applicants[applicant].origin);
    }
  if (!kr_selection_repository_save_candidate (repo, c, error))
    return FALSE;
  g_array_append_val (candidates, c->id);
  return TRUE;
}

/* Scores every candidate still in at @stage (index) with the generator, then publishes it on
 * @published (NULL: scored, not published). */
static gboolean
score_stage (Demo *demo,
             KrSelectionRepository *repo,
             gint64 selection,
             guint stage,
             const GDate *published,
             GError **error)
{
  g_autoptr (KrSelectionRanking) ranking =
      kr_selection_repository_get_ranking (repo, selection, error);
  const KrSelectionStage *g;

  if (ranking == NULL)
    return FALSE;
  g = g_ptr_array_index (ranking->stages, stage);
  for (guint i = 0; i < ranking->rows->len; i++)
    {
      const KrSelectionRankingRow *row = g_ptr_array_index (ranking->rows, i);
      double score;

      if (row->withdrawn || (row->eliminated_at >= 0 && (guint) row->eliminated_at < stage))
        continue;
      /* Mostly between 58 and 92, in halves */
      score = rng_between (&demo->rng, 116, 184) / 2.0;
      if (!kr_selection_repository_set_score (repo, row->candidate_id, g->id, score, NULL, error))
        return FALSE;
    }
  return published == NULL || kr_selection_repository_publish_stage (repo, g->id, published, error);
}

static gboolean
move_to (KrSelectionRepository *repo, gint64 id, KrSelectionStatus status, GError **error)
{
  return kr_selection_repository_move (repo, id, status, error);
}

static gboolean
finished_jpt (Demo *demo, sqlite3 *db, KrSelectionRepository *repo, GError **error)
{
  g_autoptr (GArray) position = ids (db, sql_jpt_position, NULL, 0, error);
  g_autoptr (GArray) members = NULL;
  g_autoptr (GArray) people = NULL;
  g_autoptr (GArray) candidates = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (KrSelection) s = kr_selection_new ();
  g_autoptr (GPtrArray) stages = NULL;
  g_autofree char *decree = NULL;
  gint64 params[2];
  GDate day;
  guint n_stages;

  if (position == NULL)
    return FALSE;
  if (position->len == 0)
    return TRUE;
  params[0] = g_array_index (position, gint64, 0);
  params[1] = 3;
  members = ids (db, sql_jpt_members, params, 2, error);
  params[0] = 6;
  people = ids (db, sql_jpt_candidates, params, 1, error);
  if (members == NULL || people == NULL)
    return FALSE;
  if (members->len < 3 || people->len < 3)
    return TRUE;

  /* Registration ten months ago for three weeks */
  s->position_id = g_array_index (position, gint64, 0);
  s->opens_on = demo->today;
  g_date_subtract_months (&s->opens_on, 10);
  s->closes_on = s->opens_on;
  g_date_add_days (&s->closes_on, 21);
  decree = g_strdup_printf ("800.1.2/%u/BKPSDM/%u", 140 + rng_below (&demo->rng, 60),
                            g_date_get_year (&s->opens_on));
  s->panel_decree = g_strdup (decree);
  if (!kr_selection_repository_create (repo, s, error))
    return FALSE;
  /* 3 internal (43 %) and 4 external: the chair is the most senior internal member */
  if (!add_member (repo, s->id, g_array_index (members, gint64, 0), 0, KR_PANEL_ROLE_CHAIR,
                   error) ||
      !add_member (repo, s->id, 0, 0, KR_PANEL_ROLE_MEMBER, error) ||
      !add_member (repo, s->id, 0, 1, KR_PANEL_ROLE_MEMBER, error) ||
      !add_member (repo, s->id, 0, 2, KR_PANEL_ROLE_MEMBER, error) ||
      !add_member (repo, s->id, 0, 3, KR_PANEL_ROLE_MEMBER, error) ||
      !add_member (repo, s->id, g_array_index (members, gint64, 1), 0, KR_PANEL_ROLE_SECRETARY,
                   error) ||
      !add_member (repo, s->id, g_array_index (members, gint64, 2), 0, KR_PANEL_ROLE_MEMBER, error))
    return FALSE;
  /* Pass marks: administration 60, assessment 70 */
  stages = kr_selection_repository_list_stages (repo, s->id, error);
  if (stages == NULL)
    return FALSE;
  for (guint i = 0; i < stages->len; i++)
    {
      KrSelectionStage *g = g_ptr_array_index (stages, i);

      if (g->kind != KR_SELECTION_STAGE_ADMINISTRATION && g->kind != KR_SELECTION_STAGE_ASSESSMENT)
        continue;
      g->has_pass_mark = TRUE;
      g->pass_mark = g->kind == KR_SELECTION_STAGE_ADMINISTRATION ? 60 : 70;
      if (!kr_selection_repository_save_stage (repo, g, error))
        return FALSE;
    }
  if (!move_to (repo, s->id, KR_SELECTION_STATUS_OPEN, error))
    return FALSE;
  for (guint i = 0; i < people->len; i++)
    if (!add_candidate (repo, s->id, g_array_index (people, gint64, i), 0, candidates, error))
      return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (applicants); i++)
    if (!add_candidate (repo, s->id, 0, i, candidates, error))
      return FALSE;
  if (!move_to (repo, s->id, KR_SELECTION_STATUS_SCORING, error))
    return FALSE;
  /* One stage every three weeks after registration */
  day = s->closes_on;
  n_stages = stages->len;
  for (guint i = 0; i < n_stages; i++)
    {
      g_date_add_days (&day, 21);
      if (!score_stage (demo, repo, s->id, i, &day, error))
        return FALSE;
    }
  return move_to (repo, s->id, KR_SELECTION_STATUS_CLOSED, error);
}

static gboolean
add_admin_stage (KrSelectionRepository *repo,
                 gint64 selection,
                 KrSelectionStageKind kind,
                 const char *name,
                 double weight,
                 double pass_mark,
                 GError **error)
{
  g_autoptr (KrSelectionStage) g = kr_selection_stage_new ();

  g->selection_id = selection;
  g->kind = kind;
  g->name = g_strdup (name);
  g->weight = weight;
  g->has_pass_mark = pass_mark > 0;
  g->pass_mark = pass_mark;
  return kr_selection_repository_save_stage (repo, g, error);
}

static gboolean
running_admin (Demo *demo, sqlite3 *db, KrSelectionRepository *repo, GError **error)
{
  g_autoptr (GArray) members = NULL;
  g_autoptr (GArray) people = NULL;
  g_autoptr (GArray) candidates = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (KrSelection) s = kr_selection_new ();
  g_autoptr (GPtrArray) stages = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 position = 0, unit = 0, params[3];
  GDate day;

  if (sqlite3_prepare_v2 (db, sql_admin_position, -1, &stmt, NULL) != SQLITE_OK)
    return fail (db, error);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      position = sqlite3_column_int64 (stmt, 0);
      unit = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_finalize (stmt);
  if (position == 0)
    return TRUE;
  params[0] = position;
  params[1] = unit;
  params[2] = 3;
  members = ids (db, sql_admin_members, params, 3, error);
  params[0] = unit;
  params[1] = 7;
  people = ids (db, sql_admin_candidates, params, 2, error);
  if (members == NULL || people == NULL)
    return FALSE;
  if (members->len < 3 || people->len < 3)
    return TRUE;

  /* Registration two months ago for two weeks */
  s->position_id = position;
  s->opens_on = demo->today;
  g_date_subtract_months (&s->opens_on, 2);
  s->closes_on = s->opens_on;
  g_date_add_days (&s->closes_on, 14);
  s->notes = g_strdup ("Seleksi terbuka jabatan administrator di lingkungan instansi");
  s->panel_decree = g_strdup_printf ("800.1.2/%u/BKPSDM/%u", 200 + rng_below (&demo->rng, 60),
                                     g_date_get_year (&s->opens_on));
  if (!kr_selection_repository_create (repo, s, error) ||
      !add_admin_stage (repo, s->id, KR_SELECTION_STAGE_ADMINISTRATION,
                        "Seleksi Administrasi dan Rekam Jejak", 20, 60, error) ||
      !add_admin_stage (repo, s->id, KR_SELECTION_STAGE_ASSESSMENT, "Uji Kompetensi", 40, 65,
                        error) ||
      !add_admin_stage (repo, s->id, KR_SELECTION_STAGE_INTERVIEW, "Wawancara", 40, 0, error))
    return FALSE;
  if (!add_member (repo, s->id, g_array_index (members, gint64, 0), 0, KR_PANEL_ROLE_CHAIR,
                   error) ||
      !add_member (repo, s->id, g_array_index (members, gint64, 1), 0, KR_PANEL_ROLE_SECRETARY,
                   error) ||
      !add_member (repo, s->id, g_array_index (members, gint64, 2), 0, KR_PANEL_ROLE_MEMBER,
                   error) ||
      !add_member (repo, s->id, 0, 0, KR_PANEL_ROLE_MEMBER, error) ||
      !add_member (repo, s->id, 0, 3, KR_PANEL_ROLE_MEMBER, error) ||
      !move_to (repo, s->id, KR_SELECTION_STATUS_OPEN, error))
    return FALSE;
  for (guint i = 0; i < people->len; i++)
    if (!add_candidate (repo, s->id, g_array_index (people, gint64, i), 0, candidates, error))
      return FALSE;
  if (!move_to (repo, s->id, KR_SELECTION_STATUS_SCORING, error))
    return FALSE;
  /* Two stages published ten days apart; the interview under way */
  day = s->closes_on;
  g_date_add_days (&day, 10);
  if (!score_stage (demo, repo, s->id, 0, &day, error))
    return FALSE;
  g_date_add_days (&day, 10);
  if (g_date_compare (&day, &demo->today) > 0)
    day = demo->today;
  return score_stage (demo, repo, s->id, 1, &day, error);
}

gboolean
_kr_demo_generate_selections (Demo *demo, KrDatabase *database, GError **error)
{
  g_autoptr (KrSelectionRepository) repo = kr_selection_repository_new (database);
  sqlite3 *db = _kr_database_get_handle (database);

  return finished_jpt (demo, db, repo, error) && running_admin (demo, db, repo, error);
}
