/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-promotion-repository"

#include "config.h"

#include "kr-promotion-repository-private.h"

#include "kr-appraisal-rules.h"
#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* The facts of an employee (indexed lookups per employee), their evaluation, and the
 * candidates of a period: SQL narrows, the rules of kr-promotion-rules.h decide. */

static const char sql_facts[] =
    "SELECT e.kind, e.status, e.golongan, e.rank_tmt, e.education, e.birth_date, p.kind, p.level, "
    "e.position_tmt, e.position_id FROM employee e LEFT JOIN position p ON p.id = e.position_id "
    "WHERE e.id = ?";
static const char sql_predikat[] =
    "SELECT ev.predikat FROM appraisal a JOIN appraisal_evaluation ev ON ev.appraisal_id = a.id "
    "AND ev.period = 0 AND ev.state IN ('final', 'objected') WHERE a.employee_id = ?1 AND "
    "a.year = ?2 AND ev.predikat IS NOT NULL";
static const char sql_pp46[] =
    "SELECT skp_score, behaviour_score FROM appraisal_pp46 WHERE employee_id = ?1 AND year = ?2";
static const char sql_ujian[] =
    "SELECT level FROM ujian_dinas WHERE employee_id = ?1 AND date <= ?2";
/* AK counted for KP: those earned since the year of the current rank (integrasi and PAK rows
 * are the starting balance of that year) */
static const char sql_ak[] =
    "SELECT coalesce (sum (value), 0) FROM angka_kredit WHERE employee_id = ?1 AND year >= ?2";
static const char sql_sanctions[] =
    "SELECT level, regulation, sanction, tmt, end_date FROM discipline_history WHERE "
    "employee_id = ?1 AND level IN ('sedang', 'berat') ORDER BY tmt";

#define CANDIDATE_WHERE                                                                            \
  "FROM employee e LEFT JOIN unit u ON u.id = e.unit_id LEFT JOIN position p ON "                  \
  "p.id = e.position_id WHERE e.kind = 'pns' AND e.status = 'aktif' AND e.golongan BETWEEN 11 "    \
  "AND "                                                                                           \
  "44 AND e.rank_tmt <= ?1 AND e.birth_date > ?2 AND " KR_PROMOTION_UNIT_FILTER (                  \
      "?3", "?4",                                                                                  \
      "?5") " AND (?6 IS NULL OR e.name LIKE ?6 || '%' ESCAPE '\\' OR e.nip LIKE ?6 || '%' "       \
            "ESCAPE '\\')"

static const char sql_count_candidates[] = "SELECT count(*) " CANDIDATE_WHERE;
static const char sql_list_candidates[] =
    "SELECT e.id, e.nip, e.name, e.title_front, e.title_back, e.unit_id, u.name, p.name, "
    "e.golongan, e.rank_tmt, e.tmt_cpns, (SELECT pr.id FROM promotion pr WHERE pr.employee_id = "
    "e.id AND pr.period = ?7 AND pr.stage <> 'cancelled'), (SELECT pr.stage FROM promotion pr "
    "WHERE pr.employee_id = e.id AND pr.period = ?7 AND pr.stage <> 'cancelled') " CANDIDATE_WHERE
    " ORDER BY u.name, e.golongan DESC, e.rank_tmt, e.name, e.id LIMIT ?8 OFFSET ?9";

static gboolean
load_performance (KrPromotionRepository *self,
                  gint64 employee_id,
                  KrPromotionPerformance *p,
                  GError **error)
{
  int rc;

  p->source = KR_PERFORMANCE_NONE;
  {
    g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_predikat, error);

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, employee_id);
    sqlite3_bind_int (stmt, 2, (int) p->year);
    rc = _kr_promotion_step (self, stmt, error);
    if (rc == 0)
      return FALSE;
    if (rc == SQLITE_ROW &&
        kr_predikat_from_code ((const char *) sqlite3_column_text (stmt, 0), &p->predikat))
      {
        p->source = KR_PERFORMANCE_PREDIKAT;
        return TRUE;
      }
  }
  if (p->year < KR_PP46_FIRST_YEAR || p->year > KR_PP46_LAST_YEAR)
    return TRUE;
  {
    g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_pp46, error);

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, employee_id);
    sqlite3_bind_int (stmt, 2, (int) p->year);
    rc = _kr_promotion_step (self, stmt, error);
    if (rc == 0)
      return FALSE;
    if (rc == SQLITE_ROW)
      {
        p->source = KR_PERFORMANCE_PP46;
        p->sebutan = kr_pp46_sebutan_from_score (
            kr_pp46_score (sqlite3_column_double (stmt, 0), sqlite3_column_double (stmt, 1)));
      }
  }
  return TRUE;
}

gboolean
_kr_promotion_load_facts (KrPromotionRepository *self,
                          gint64 employee_id,
                          const GDate *period,
                          KrPromotionFacts *facts,
                          GArray *sanctions,
                          GError **error)
{
  KrPromotionFacts *f = facts;
  int rc;

  memset (f, 0, sizeof *f);
  g_date_clear (&f->rank_tmt, 1);
  g_date_clear (&f->position_tmt, 1);
  g_date_clear (&f->birth_date, 1);
  {
    g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_facts, error);

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, employee_id);
    rc = _kr_promotion_step (self, stmt, error);
    if (rc == 0)
      return FALSE;
    if (rc != SQLITE_ROW)
      {
        g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, _ ("Employee: no employee with id %lld"),
                     (long long) employee_id);
        return FALSE;
      }
    f->employee_kind =
        _kr_enum_from_code (KR_TYPE_EMPLOYEE_KIND, (const char *) sqlite3_column_text (stmt, 0), 0);
    f->status = _kr_enum_from_code (KR_TYPE_EMPLOYEE_STATUS,
                                    (const char *) sqlite3_column_text (stmt, 1), 0);
    if (!kr_rank_from_code ((guint) sqlite3_column_int (stmt, 2), &f->rank))
      f->rank = KR_RANK_I_A;
    _kr_column_date (stmt, 3, &f->rank_tmt);
    if (!_kr_education_from_code ((const char *) sqlite3_column_text (stmt, 4), &f->education))
      f->education = 0;
    _kr_column_date (stmt, 5, &f->birth_date);
    if (sqlite3_column_type (stmt, 9) != SQLITE_NULL &&
        _kr_position_kind_from_code ((const char *) sqlite3_column_text (stmt, 6),
                                     &f->position_kind))
      {
        f->position_level =
            _kr_position_level_from_code ((const char *) sqlite3_column_text (stmt, 7));
        f->has_position = kr_position_get_rank_range (f->position_kind, f->position_level,
                                                      &f->position_min_rank, &f->position_max_rank);
        _kr_column_date (stmt, 8, &f->position_tmt);
      }
  }
  f->bup_years = f->has_position
                     ? kr_position_get_bup (f->position_kind, f->position_level, &f->birth_date)
                     : 58;
  if (f->bup_years == 0)
    f->bup_years = 58;
  f->died_on_duty = f->status == KR_EMPLOYEE_STATUS_MENINGGAL;

  kr_promotion_performance_years (period, &f->performance[0].year, &f->performance[1].year);
  for (guint i = 0; i < 2; i++)
    if (!load_performance (self, employee_id, &f->performance[i], error))
      return FALSE;

  {
    g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_ujian, error);
    KrUjianDinasLevel level;

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, employee_id);
    _kr_bind_date (stmt, 2, period);
    while ((rc = _kr_promotion_step (self, stmt, error)) == SQLITE_ROW)
      if (kr_ujian_dinas_level_from_code ((const char *) sqlite3_column_text (stmt, 0), &level))
        f->ujian_dinas[level] = TRUE;
    if (rc != SQLITE_DONE)
      return FALSE;
  }
  {
    g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_ak, error);

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, employee_id);
    sqlite3_bind_int (stmt, 2, g_date_valid (&f->rank_tmt) ? g_date_get_year (&f->rank_tmt) : 0);
    if (_kr_promotion_step (self, stmt, error) != SQLITE_ROW)
      return FALSE;
    f->angka_kredit = sqlite3_column_double (stmt, 0);
  }
  {
    g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_sanctions, error);

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, employee_id);
    g_array_set_size (sanctions, 0);
    while ((rc = _kr_promotion_step (self, stmt, error)) == SQLITE_ROW)
      {
        KrPromotionSanction s = { 0 };
        const char *text = (const char *) sqlite3_column_text (stmt, 2);
        g_autofree char *lower = g_utf8_strdown (text != NULL ? text : "", -1);

        s.level = _kr_enum_from_code (KR_TYPE_DISCIPLINE_LEVEL,
                                      (const char *) sqlite3_column_text (stmt, 0),
                                      KR_DISCIPLINE_LEVEL_SEDANG);
        s.regulation = _kr_enum_from_code (KR_TYPE_DISCIPLINE_REGULATION,
                                           (const char *) sqlite3_column_text (stmt, 1),
                                           KR_DISCIPLINE_REGULATION_PP_94_2021);
        /* PP 53/2010 Pasal 7 (3) b: "penundaan kenaikan pangkat selama 1 (satu) tahun" */
        s.delays_kp = s.regulation == KR_DISCIPLINE_REGULATION_PP_53_2010 &&
                      s.level == KR_DISCIPLINE_LEVEL_SEDANG && strstr (lower, "penundaan") &&
                      strstr (lower, "pangkat");
        _kr_column_date (stmt, 3, &s.tmt);
        _kr_column_date (stmt, 4, &s.end_date);
        g_array_append_val (sanctions, s);
      }
    if (rc != SQLITE_DONE)
      return FALSE;
    f->sanctions = (const KrPromotionSanction *) sanctions->data;
    f->n_sanctions = sanctions->len;
  }
  return TRUE;
}

gboolean
kr_promotion_repository_get_facts (KrPromotionRepository *self,
                                   gint64 employee_id,
                                   KrKpKind kind,
                                   const GDate *period,
                                   KrPromotionFacts *facts,
                                   GPtrArray **sanctions,
                                   GError **error)
{
  g_autoptr (GArray) array = g_array_new (FALSE, TRUE, sizeof (KrPromotionSanction));
  g_autoptr (GPtrArray) list = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (KR_IS_PROMOTION_REPOSITORY (self), FALSE);
  g_return_val_if_fail (period != NULL && g_date_valid (period), FALSE);
  g_return_val_if_fail (facts != NULL && sanctions != NULL, FALSE);

  if (!_kr_promotion_check_read_employee (self, employee_id, error) ||
      !_kr_promotion_load_facts (self, employee_id, period, facts, array, error))
    return FALSE;
  facts->kind = kind;
  /* Hand the caller its own copies so that @facts stays valid with @sanctions */
  for (guint i = 0; i < array->len; i++)
    g_ptr_array_add (list, g_memdup2 (&g_array_index (array, KrPromotionSanction, i),
                                      sizeof (KrPromotionSanction)));
  facts->sanctions = NULL;
  facts->n_sanctions = 0;
  *sanctions = g_steal_pointer (&list);
  return TRUE;
}

static KrPromotionVerdict *
evaluate (KrPromotionRepository *self,
          gint64 employee_id,
          gint kind,
          const GDate *period,
          GArray *sanctions,
          GError **error)
{
  KrPromotionFacts facts;

  if (!_kr_promotion_load_facts (self, employee_id, period, &facts, sanctions, error))
    return NULL;
  if (kind < 0)
    return kr_promotion_evaluate_best (&facts, period);
  facts.kind = (KrKpKind) kind;
  return kr_promotion_evaluate (&facts, period);
}

KrPromotionVerdict *
kr_promotion_repository_evaluate (KrPromotionRepository *self,
                                  gint64 employee_id,
                                  KrKpKind kind,
                                  const GDate *period,
                                  GError **error)
{
  g_autoptr (GArray) sanctions = g_array_new (FALSE, TRUE, sizeof (KrPromotionSanction));

  g_return_val_if_fail (KR_IS_PROMOTION_REPOSITORY (self), NULL);
  g_return_val_if_fail ((guint) kind < KR_N_KP_KINDS, NULL);

  if (period == NULL || !g_date_valid (period))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Period: enter a valid date"));
      return NULL;
    }
  if (!_kr_promotion_check_read_employee (self, employee_id, error))
    return NULL;
  return evaluate (self, employee_id, kind, period, sanctions, error);
}

/* Candidates */

static gboolean
check_query (KrPromotionRepository *self, const KrCandidateQuery *query, GError **error)
{
  if (!_kr_promotion_check_read (self, error))
    return FALSE;
  if (!g_date_valid (&query->period) || !kr_kp_period_is_valid (&query->period))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Period: choose a KP period date (the 1st of a period month)"));
      return FALSE;
    }
  return TRUE;
}

static void
bind_query (KrPromotionRepository *self, sqlite3_stmt *stmt, const KrCandidateQuery *query)
{
  GDate in_rank = query->period, born = query->period;
  g_autofree char *search = NULL;

  /* At least 1 year in rank (the shortest of the kinds listed) and not yet 65 (the highest BUP) */
  g_date_subtract_years (&in_rank, 1);
  g_date_subtract_years (&born, 65);
  _kr_bind_date (stmt, 1, &in_rank);
  _kr_bind_date (stmt, 2, &born);
  sqlite3_bind_int64 (stmt, 3, _kr_database_get_scope_unit (self->database));
  sqlite3_bind_int64 (stmt, 4, query->unit_id);
  sqlite3_bind_int (stmt, 5, query->subtree ? 1 : 0);
  search = _kr_like_escape (query->search);
  _kr_bind_text (stmt, 6, search);
}

gboolean
kr_promotion_repository_count_candidates (KrPromotionRepository *self,
                                          const KrCandidateQuery *query,
                                          guint *n_rows,
                                          GError **error)
{
  g_auto (KrStmt) stmt = NULL;

  g_return_val_if_fail (KR_IS_PROMOTION_REPOSITORY (self), FALSE);
  g_return_val_if_fail (query != NULL && n_rows != NULL, FALSE);

  *n_rows = 0;
  if (!check_query (self, query, error))
    return FALSE;
  stmt = _kr_statements_get (self->statements, sql_count_candidates, error);
  if (stmt == NULL)
    return FALSE;
  bind_query (self, stmt, query);
  if (_kr_promotion_step (self, stmt, error) != SQLITE_ROW)
    return FALSE;
  *n_rows = (guint) sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

static char *
full_name (const char *front, const char *name, const char *back)
{
  GString *s = g_string_new (NULL);

  if (front != NULL && *front != '\0')
    g_string_append_printf (s, "%s ", front);
  g_string_append (s, name != NULL ? name : "");
  if (back != NULL && *back != '\0')
    g_string_append_printf (s, ", %s", back);
  return g_string_free (s, FALSE);
}

GPtrArray *
kr_promotion_repository_list_candidates (KrPromotionRepository *self,
                                         const KrCandidateQuery *query,
                                         guint offset,
                                         guint limit,
                                         GCancellable *cancellable,
                                         GError **error)
{
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (GArray) sanctions = g_array_new (FALSE, TRUE, sizeof (KrPromotionSanction));
  int rc;

  g_return_val_if_fail (KR_IS_PROMOTION_REPOSITORY (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  if (!check_query (self, query, error))
    return NULL;
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_promotion_candidate_free);
  {
    g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_list_candidates, error);

    if (stmt == NULL)
      return NULL;
    bind_query (self, stmt, query);
    _kr_bind_date (stmt, 7, &query->period);
    sqlite3_bind_int64 (stmt, 8, limit);
    sqlite3_bind_int64 (stmt, 9, offset);
    while ((rc = _kr_promotion_step (self, stmt, error)) == SQLITE_ROW)
      {
        KrPromotionCandidate *c = g_new0 (KrPromotionCandidate, 1);
        GDate cpns;

        c->employee_id = sqlite3_column_int64 (stmt, 0);
        c->nip = _kr_column_dup_text (stmt, 1);
        c->name = full_name ((const char *) sqlite3_column_text (stmt, 3),
                             (const char *) sqlite3_column_text (stmt, 2),
                             (const char *) sqlite3_column_text (stmt, 4));
        c->unit_id = sqlite3_column_int64 (stmt, 5);
        c->unit_name = _kr_column_dup_text (stmt, 6);
        c->position_name = _kr_column_dup_text (stmt, 7);
        kr_rank_from_code ((guint) sqlite3_column_int (stmt, 8), &c->rank);
        _kr_column_date (stmt, 9, &c->rank_tmt);
        _kr_column_date (stmt, 10, &cpns);
        kr_promotion_service_between (&cpns, &query->period, &c->service_years, &c->service_months);
        c->promotion_id = sqlite3_column_int64 (stmt, 11);
        kr_promotion_stage_from_code ((const char *) sqlite3_column_text (stmt, 12),
                                      &c->promotion_stage);
        g_ptr_array_add (list, c);
      }
    if (rc != SQLITE_DONE)
      return NULL;
  }
  /* The statement is reset: the facts' queries may run */
  for (guint i = 0; i < list->len; i++)
    {
      KrPromotionCandidate *c = g_ptr_array_index (list, i);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      c->verdict = evaluate (self, c->employee_id, -1, &query->period, sanctions, error);
      if (c->verdict == NULL)
        return NULL;
    }
  return g_steal_pointer (&list);
}

gboolean
kr_promotion_repository_count_verdicts (KrPromotionRepository *self,
                                        const KrCandidateQuery *query,
                                        guint counts[KR_N_PROMOTION_VERDICT_KINDS],
                                        GCancellable *cancellable,
                                        GError **error)
{
  const guint page = 500;

  g_return_val_if_fail (KR_IS_PROMOTION_REPOSITORY (self), FALSE);

  memset (counts, 0, sizeof (guint) * KR_N_PROMOTION_VERDICT_KINDS);
  for (guint offset = 0;; offset += page)
    {
      g_autoptr (GPtrArray) rows =
          kr_promotion_repository_list_candidates (self, query, offset, page, cancellable, error);

      if (rows == NULL)
        return FALSE;
      for (guint i = 0; i < rows->len; i++)
        {
          KrPromotionCandidate *c = g_ptr_array_index (rows, i);

          counts[c->verdict->verdict]++;
        }
      if (rows->len < page)
        return TRUE;
    }
}
