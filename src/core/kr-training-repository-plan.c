/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-repository"

#include "config.h"

#include "kr-training-repository-private.h"
#include "kr-training-repository-internal.h"

#include "kr-appraisal-rules.h"
#include "kr-database-private.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* The training repository's plan proposal and training needs (kr-training-repository-private.h):
 * a greedy plan that brings the employees of a unit who are below the JP duty up to it within
 * the unit's budget, and the employees whose final annual evaluation shows a gap, with courses
 * that address it. */

#define FULL_NAME(alias)                                                                           \
  "trim (coalesce (" alias ".title_front || ' ', '') || " alias                                    \
  ".name || coalesce (', ' || " alias ".title_back, ''))"

#define SUBTREE(param)                                                                             \
  "(WITH RECURSIVE t (id) AS (SELECT id FROM unit WHERE id = " param " UNION ALL "                 \
  "SELECT c.id FROM unit c JOIN t ON c.parent_id = t.id) SELECT id FROM t)"

/* A gap smaller than this is rounding of mentoring minutes. */
#define JP_EPSILON 0.000001

/* Sessions ending in ?1 that take nominations and have seats left, but those of leadership
 * programmes (Latsar, PKP, PKA, PKN), which follow a position, not a gap in JP; cheapest per JP
 * first and, at the same price per JP (free e-learning, coaching...), the shortest first, so
 * that a small gap is closed by small steps rather than by one long programme. */
static const char sql_candidate_sessions[] =
    "SELECT s.id, s.name, s.course_id, c.title, s.start_date, s.end_date, c.jp, s.cost, "
    "s.capacity - (SELECT count (*) FROM training_enrolment n WHERE n.session_id = s.id "
    "AND n.state IN ('nominated', 'approved', 'attended', 'completed')) AS seats, "
    "c.min_golongan IS NOT NULL OR c.max_age IS NOT NULL OR c.required_course_id IS NOT NULL "
    "FROM training_session s JOIN training_course c ON c.id = s.course_id "
    "WHERE s.status IN ('planned', 'open') AND c.retired = 0 AND c.programme IS NULL "
    "AND CAST (substr (s.end_date, 1, 4) AS INTEGER) = ?1 AND seats > 0 "
    "ORDER BY s.cost * 1.0 / c.jp, c.jp, s.start_date, s.id";
/* The courses an employee is or was enrolled in, in any state (a withdrawn enrolment still
 * holds its session: nominate () would skip it), so that a plan does not repeat one. */
static const char sql_taken_courses[] =
    "SELECT DISTINCT s.course_id FROM training_enrolment n JOIN training_session s "
    "ON s.id = n.session_id WHERE n.employee_id = ?1";
static const char sql_session_seats[] =
    "SELECT s.name, c.title, s.status, s.capacity - (SELECT count (*) FROM training_enrolment n "
    "WHERE n.session_id = s.id AND n.state IN ('nominated', 'approved', 'attended', 'completed')) "
    "FROM training_session s JOIN training_course c ON c.id = s.course_id WHERE s.id = ?1";
static const char sql_needs[] = "SELECT e.id, e.nip, " FULL_NAME (
    "e") ", u.name, a.year, v.predikat, v.results_rating, "
         "v.behaviour_rating FROM appraisal_evaluation v JOIN appraisal a ON a.id = v.appraisal_id "
         "JOIN employee e ON e.id = a.employee_id LEFT JOIN unit u ON u.id = e.unit_id "
         "WHERE a.year = ?1 AND v.period = 0 AND v.state IN ('final', 'objected') "
         "AND e.status = 'aktif' AND (v.predikat IN ('sangat_kurang', 'kurang', 'butuh_perbaikan') "
         "OR v.results_rating = 'below' OR v.behaviour_rating = 'below') "
         "AND (?2 = 0 OR (?3 = 0 AND e.unit_id = ?2) OR (?3 <> 0 AND e.unit_id IN " SUBTREE (
             "?2") "))"
                   " AND (?4 = 0 OR e.unit_id IN " SUBTREE (
                       "?4") ") "
                             "ORDER BY CASE v.predikat WHEN 'sangat_kurang' THEN 0 WHEN 'kurang' "
                             "THEN 1 "
                             "WHEN 'butuh_perbaikan' THEN 2 WHEN 'baik' THEN 3 ELSE 4 END, e.name, "
                             "e.nip, e.id";
/* ?1: courses for work results, ?2: courses for BerAKHLAK values. */
static const char sql_need_courses[] =
    "SELECT c.id, c.title FROM training_course c WHERE c.retired = 0 "
    "AND ((?1 AND c.addresses_results = 1) OR (?2 AND EXISTS (SELECT 1 FROM "
    "training_course_behaviour b WHERE b.course_id = c.id))) "
    "ORDER BY c.cost * 1.0 / c.jp, c.title, c.id LIMIT 5";

static gboolean
check_year (guint year, GError **error)
{
  if (year >= 2000 && year <= 2200)
    return TRUE;
  g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Year: enter a year from %u to %u"), 2000,
               2200);
  return FALSE;
}

/* The plan */

typedef struct
{
  gint64 id;
  char *name;
  gint64 course_id;
  char *course_title;
  char *start_date;
  char *end_date;
  guint jp;
  gint64 cost;
  gint64 seats;        /* left, less what the plan takes */
  gboolean gated;      /* the course has prerequisites: each employee is checked */
  GHashTable *checked; /* employees whose nomination was checked */
  GHashTable *barred;  /* of those, who may not join it (prerequisites, duplicates...) */
} Candidate;

static void
candidate_free (gpointer data)
{
  Candidate *candidate = data;

  g_free (candidate->name);
  g_free (candidate->course_title);
  g_free (candidate->start_date);
  g_free (candidate->end_date);
  g_clear_pointer (&candidate->checked, g_hash_table_unref);
  g_clear_pointer (&candidate->barred, g_hash_table_unref);
  g_free (candidate);
}

static GPtrArray *
read_candidates (KrTrainingRepository *self, guint year, GError **error)
{
  g_autoptr (GPtrArray) list = g_ptr_array_new_with_free_func (candidate_free);
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_candidate_sessions, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, (int) year);
  while ((rc = _kr_training_step (self, stmt, error)) == SQLITE_ROW)
    {
      Candidate *candidate = g_new0 (Candidate, 1);

      candidate->id = sqlite3_column_int64 (stmt, 0);
      candidate->name = _kr_column_dup_text (stmt, 1);
      candidate->course_id = sqlite3_column_int64 (stmt, 2);
      candidate->course_title = _kr_column_dup_text (stmt, 3);
      candidate->start_date = _kr_column_dup_text (stmt, 4);
      candidate->end_date = _kr_column_dup_text (stmt, 5);
      candidate->jp = (guint) sqlite3_column_int (stmt, 6);
      candidate->cost = sqlite3_column_int64 (stmt, 7);
      candidate->seats = sqlite3_column_int64 (stmt, 8);
      candidate->gated = sqlite3_column_int (stmt, 9) != 0;
      candidate->checked = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      candidate->barred = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      g_ptr_array_add (list, candidate);
    }
  return rc == SQLITE_DONE ? g_steal_pointer (&list) : NULL;
}

/* How many employees one nomination check takes: checking all the short employees of a large
 * unit against every session would cost far more than the few sessions each one reaches. */
#define CHECK_BATCH 32

/* Checks, for @candidate, the nominations of the short employees from @first on that it has
 * not seen yet, a batch at a time, and marks those who may not join it: every problem of the
 * check but the seats and the budget, which the plan counts itself. */
static gboolean
check_candidate (KrTrainingRepository *self,
                 Candidate *candidate,
                 GPtrArray *rows,
                 guint first,
                 GError **error)
{
  g_autoptr (GArray) batch = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GPtrArray) problems = NULL;

  for (guint i = first; i < rows->len && batch->len < CHECK_BATCH; i++)
    {
      const KrComplianceRow *row = g_ptr_array_index (rows, i);

      if (g_hash_table_contains (candidate->checked, &row->employee_id))
        continue;
      g_array_append_val (batch, row->employee_id);
      g_hash_table_add (candidate->checked, g_memdup2 (&row->employee_id, sizeof (gint64)));
    }
  problems = kr_training_repository_check_nominations (
      self, candidate->id, (const gint64 *) batch->data, batch->len, error);
  if (problems == NULL)
    return FALSE;
  for (guint j = 0; j < problems->len; j++)
    {
      KrEnrolmentProblem *problem = g_ptr_array_index (problems, j);

      if (problem->kind != KR_ENROLMENT_PROBLEM_CAPACITY &&
          problem->kind != KR_ENROLMENT_PROBLEM_BUDGET)
        g_hash_table_add (candidate->barred, g_memdup2 (&problem->employee_id, sizeof (gint64)));
    }
  return TRUE;
}

static GHashTable *
read_taken_courses (KrTrainingRepository *self, gint64 employee_id, GError **error)
{
  g_autoptr (GHashTable) taken = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_taken_courses, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, employee_id);
  while ((rc = _kr_training_step (self, stmt, error)) == SQLITE_ROW)
    {
      gint64 course_id = sqlite3_column_int64 (stmt, 0);

      g_hash_table_add (taken, g_memdup2 (&course_id, sizeof course_id));
    }
  return rc == SQLITE_DONE ? g_steal_pointer (&taken) : NULL;
}

static gboolean
overlaps (const Candidate *a, const Candidate *b)
{
  return g_strcmp0 (a->start_date, b->end_date) <= 0 && g_strcmp0 (b->start_date, a->end_date) <= 0;
}

/* Picks, cheapest per JP first, the sessions that close @need for row @index of @rows; sets
 * @closed when they do. */
static gboolean
pick_sessions (KrTrainingRepository *self,
               GPtrArray *candidates,
               GPtrArray *rows,
               guint index,
               double need,
               GHashTable *taken,
               GPtrArray *picked,
               gint64 *cost,
               gboolean *closed,
               GError **error)
{
  const KrComplianceRow *row = g_ptr_array_index (rows, index);
  double jp = 0;

  *cost = 0;
  for (guint i = 0; i < candidates->len && jp < need - JP_EPSILON; i++)
    {
      Candidate *candidate = g_ptr_array_index (candidates, i);
      gboolean clash = FALSE;

      if (candidate->seats <= 0 || g_hash_table_contains (taken, &candidate->course_id))
        continue;
      for (guint j = 0; j < picked->len && !clash; j++)
        clash = overlaps (candidate, g_ptr_array_index (picked, j));
      if (clash)
        continue;
      /* Without prerequisites nothing can bar an active PNS or CPNS (the only employees with
       * a gap) from a session that takes nominations, has seats and whose course they have not
       * taken; checking each of them would cost a province's plan minutes. */
      if (candidate->gated && !g_hash_table_contains (candidate->checked, &row->employee_id) &&
          !check_candidate (self, candidate, rows, index, error))
        return FALSE;
      if (g_hash_table_contains (candidate->barred, &row->employee_id))
        continue;
      g_ptr_array_add (picked, candidate);
      g_hash_table_add (taken, g_memdup2 (&candidate->course_id, sizeof (gint64)));
      jp += candidate->jp;
      *cost += candidate->cost;
    }
  *closed = jp >= need - JP_EPSILON;
  if (!*closed)
    return TRUE;

  /* Drop what the gap does not need, the last picked (dearer per JP, or longer) first: a step
   * taken early may have been made unnecessary by one picked after it. */
  for (guint i = picked->len; i > 0; i--)
    {
      Candidate *candidate = g_ptr_array_index (picked, i - 1);

      if (jp - candidate->jp < need - JP_EPSILON)
        continue;
      jp -= candidate->jp;
      *cost -= candidate->cost;
      g_hash_table_remove (taken, &candidate->course_id);
      g_ptr_array_remove_index (picked, i - 1);
    }
  return TRUE;
}

static KrPlanItem *
plan_item_new (const KrComplianceRow *row, double need, const Candidate *candidate)
{
  KrPlanItem *item = g_new0 (KrPlanItem, 1);

  item->employee_id = row->employee_id;
  item->nip = g_strdup (row->nip);
  item->name = g_strdup (row->name);
  item->gap_before = need;
  item->session_id = candidate->id;
  item->session_name = g_strdup (candidate->name);
  item->course_title = g_strdup (candidate->course_title);
  item->start_date = g_strdup (candidate->start_date);
  item->jp = candidate->jp;
  item->cost = candidate->cost;
  return item;
}

static double
need_of (const KrComplianceRow *row)
{
  return (double) row->duty.minimum - row->jp - row->jp_planned;
}

static int
compare_need (gconstpointer a, gconstpointer b)
{
  double need_a = need_of (*(KrComplianceRow *const *) a);
  double need_b = need_of (*(KrComplianceRow *const *) b);

  return need_a > need_b ? -1 : need_a < need_b ? 1 : 0;
}

/* The employees still below the duty after what is planned for them, furthest first. */
static GPtrArray *
read_short (KrTrainingRepository *self,
            gint64 unit_id,
            gboolean subtree,
            guint year,
            GError **error)
{
  KrComplianceQuery query = {
    .unit_id = unit_id, .subtree = subtree, .year = year, .only_short = TRUE
  };
  g_autoptr (GPtrArray) rows =
      kr_training_repository_list_compliance (self, &query, 0, G_MAXUINT, error);
  GPtrArray *short_rows;

  if (rows == NULL)
    return NULL;
  short_rows = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_compliance_row_free);
  for (guint i = 0; i < rows->len; i++)
    {
      KrComplianceRow *row = g_ptr_array_index (rows, i);

      if (row->duty.minimum > 0 && need_of (row) > JP_EPSILON)
        g_ptr_array_add (short_rows, g_ptr_array_steal_index (rows, i--));
    }
  /* g_ptr_array_sort is a stable merge sort: equal needs keep the list's name order. */
  g_ptr_array_sort (short_rows, compare_need);
  return short_rows;
}

static gboolean
plan_employees (KrTrainingRepository *self,
                KrTrainingPlan *plan,
                GPtrArray *rows,
                GPtrArray *candidates,
                GCancellable *cancellable,
                GError **error)
{
  for (guint i = 0; i < rows->len; i++)
    {
      const KrComplianceRow *row = g_ptr_array_index (rows, i);
      g_autoptr (GHashTable) taken = NULL;
      g_autoptr (GPtrArray) picked = g_ptr_array_new ();
      double need = need_of (row);
      gboolean closed = FALSE;
      gint64 cost = 0;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      taken = read_taken_courses (self, row->employee_id, error);
      if (taken == NULL)
        return FALSE;
      if (!pick_sessions (self, candidates, rows, i, need, taken, picked, &cost, &closed, error))
        return FALSE;
      if (!closed || (plan->budget_left != G_MAXINT64 && cost > 0 && cost > plan->budget_left))
        {
          plan->n_uncovered++;
          continue;
        }
      for (guint j = 0; j < picked->len; j++)
        {
          Candidate *candidate = g_ptr_array_index (picked, j);

          candidate->seats--;
          g_ptr_array_add (plan->items, plan_item_new (row, need, candidate));
        }
      if (plan->budget_left != G_MAXINT64)
        plan->budget_left -= cost;
      plan->total_cost += cost;
      plan->n_covered++;
    }
  return TRUE;
}

KrTrainingPlan *
kr_training_repository_propose_plan (KrTrainingRepository *self,
                                     gint64 unit_id,
                                     gboolean subtree,
                                     guint year,
                                     GCancellable *cancellable,
                                     GError **error)
{
  g_autoptr (KrTrainingPlan) plan = NULL;
  KrTrainingBudget *budget;
  gint64 budget_left;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GPtrArray) candidates = NULL;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_kr_training_check_read (self, error) || !check_year (year, error))
    return NULL;
  budget = _kr_training_load_budget (self, unit_id, year, error);
  if (budget == NULL)
    return NULL;
  budget_left = budget->id == 0
                    ? G_MAXINT64
                    : budget->allocated - budget->committed - budget->spent - budget->pending;
  kr_training_budget_free (budget);
  rows = read_short (self, unit_id, subtree, year, error);
  candidates = rows != NULL ? read_candidates (self, year, error) : NULL;
  if (candidates == NULL)
    return NULL;

  plan = g_new0 (KrTrainingPlan, 1);
  plan->items = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_plan_item_free);
  plan->n_short = rows->len;
  plan->budget_left = budget_left;
  if (!plan_employees (self, plan, rows, candidates, cancellable, error))
    return NULL;
  return g_steal_pointer (&plan);
}

/* Applying a plan */

/* Checks that each session of the plan still takes nominations and has the seats its items
 * need; else KR_ERROR_CONFLICT naming every one that does not. */
static gboolean
check_plan_sessions (KrTrainingRepository *self,
                     GArray *sessions,
                     GHashTable *counts,
                     GError **error)
{
  g_autoptr (GPtrArray) closed = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL;

  for (guint i = 0; i < sessions->len; i++)
    {
      gint64 id = g_array_index (sessions, gint64, i);
      guint wanted = GPOINTER_TO_UINT (g_hash_table_lookup (counts, &id));
      g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_session_seats, error);
      KrSessionStatus status;
      int rc;

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      rc = _kr_training_step (self, stmt, error);
      if (rc == 0)
        return FALSE;
      if (rc != SQLITE_ROW)
        {
          g_ptr_array_add (closed, g_strdup_printf (_ ("session %lld (deleted)"), (long long) id));
          continue;
        }
      if (!kr_session_status_from_code ((const char *) sqlite3_column_text (stmt, 2), &status) ||
          !kr_session_status_accepts_nominations (status) ||
          sqlite3_column_int64 (stmt, 3) < (gint64) wanted)
        g_ptr_array_add (closed, g_strdup_printf ("%s (%s)", sqlite3_column_text (stmt, 0),
                                                  sqlite3_column_text (stmt, 1)));
    }
  if (closed->len == 0)
    return TRUE;
  g_ptr_array_add (closed, NULL);
  list = g_strjoinv (", ", (char **) closed->pdata);
  g_set_error (
      error, KR_ERROR, KR_ERROR_CONFLICT,
      ngettext ("The plan was not applied: %s has filled or closed since it was proposed; "
                "propose the plan again",
                "The plan was not applied: %s have filled or closed since it was proposed; "
                "propose the plan again",
                closed->len - 1),
      list);
  return FALSE;
}

static gboolean
nominate_sessions (KrTrainingRepository *self,
                   const KrTrainingPlan *plan,
                   GArray *sessions,
                   guint *n_nominated,
                   GError **error)
{
  for (guint i = 0; i < sessions->len; i++)
    {
      gint64 id = g_array_index (sessions, gint64, i);
      g_autoptr (GArray) employees = g_array_new (FALSE, FALSE, sizeof (gint64));
      guint n = 0;

      for (guint j = 0; j < plan->items->len; j++)
        {
          const KrPlanItem *item = g_ptr_array_index (plan->items, j);

          if (item->session_id == id)
            g_array_append_val (employees, item->employee_id);
        }
      if (!kr_training_repository_nominate (self, id, (const gint64 *) employees->data,
                                            employees->len, NULL, &n, NULL, error))
        return FALSE;
      *n_nominated += n;
    }
  return TRUE;
}

gboolean
kr_training_repository_apply_plan (KrTrainingRepository *self,
                                   const KrTrainingPlan *plan,
                                   guint *n_nominated,
                                   GError **error)
{
  g_autoptr (GArray) sessions = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GHashTable) counts = g_hash_table_new (g_int64_hash, g_int64_equal);
  guint n = 0;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), FALSE);
  g_return_val_if_fail (plan != NULL && plan->items != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_nominated != NULL)
    *n_nominated = 0;
  if (!_kr_database_check (self->database, KR_PERMISSION_NOMINATE_TRAINING, error))
    return FALSE;
  /* Sessions in the plan's order; the table's keys point into the items. */
  for (guint i = 0; i < plan->items->len; i++)
    {
      KrPlanItem *item = g_ptr_array_index (plan->items, i);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, &item->session_id));

      if (count == 0)
        g_array_append_val (sessions, item->session_id);
      g_hash_table_insert (counts, &item->session_id, GUINT_TO_POINTER (count + 1));
    }
  if (!_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  ok = check_plan_sessions (self, sessions, counts, error) &&
       nominate_sessions (self, plan, sessions, &n, error);
  if (!_kr_statements_end (self->statements, own, ok, ok ? error : NULL) || !ok)
    {
      /* Nominations made before the failure announced themselves; they are gone again. */
      if (n > 0)
        _kr_training_repository_emit_changed (self, KR_TRAINING_CHANGE_ENROLMENTS);
      return FALSE;
    }
  if (n_nominated != NULL)
    *n_nominated = n;
  _kr_training_repository_emit_changed (self, KR_TRAINING_CHANGE_ENROLMENTS);
  return TRUE;
}

/* Training needs */

/* The suggested courses for each combination of gaps: [results below][behaviour below]. */
typedef struct
{
  GArray *ids[2][2];
  GPtrArray *titles[2][2];
} Suggestions;

static gboolean
read_suggestions (KrTrainingRepository *self,
                  Suggestions *suggestions,
                  gboolean results,
                  gboolean behaviour,
                  GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  int rc;

  if (suggestions->ids[results][behaviour] != NULL)
    return TRUE;
  stmt = _kr_statements_get (self->statements, sql_need_courses, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, results);
  sqlite3_bind_int (stmt, 2, behaviour);
  suggestions->ids[results][behaviour] = g_array_new (FALSE, FALSE, sizeof (gint64));
  suggestions->titles[results][behaviour] = g_ptr_array_new_with_free_func (g_free);
  while ((rc = _kr_training_step (self, stmt, error)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (suggestions->ids[results][behaviour], id);
      g_ptr_array_add (suggestions->titles[results][behaviour], _kr_column_dup_text (stmt, 1));
    }
  return rc == SQLITE_DONE;
}

static void
suggestions_clear (Suggestions *suggestions)
{
  for (guint i = 0; i < 2; i++)
    for (guint j = 0; j < 2; j++)
      {
        g_clear_pointer (&suggestions->ids[i][j], g_array_unref);
        g_clear_pointer (&suggestions->titles[i][j], g_ptr_array_unref);
      }
}

static KrTrainingNeed *
need_from_stmt (sqlite3_stmt *stmt)
{
  KrTrainingNeed *need = g_new0 (KrTrainingNeed, 1);
  KrPredikat predikat;

  need->employee_id = sqlite3_column_int64 (stmt, 0);
  need->nip = _kr_column_dup_text (stmt, 1);
  need->name = _kr_column_dup_text (stmt, 2);
  need->unit = _kr_column_dup_text (stmt, 3);
  need->year = (guint) sqlite3_column_int (stmt, 4);
  if (kr_predikat_from_code ((const char *) sqlite3_column_text (stmt, 5), &predikat))
    need->predikat_label = g_strdup (kr_predikat_get_label (predikat));
  need->results_below = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 6), "below") == 0;
  need->behaviour_below = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 7), "below") == 0;
  return need;
}

static GPtrArray *
read_needs (KrTrainingRepository *self,
            sqlite3_stmt *stmt,
            Suggestions *suggestions,
            GError **error)
{
  g_autoptr (GPtrArray) needs =
      g_ptr_array_new_with_free_func ((GDestroyNotify) kr_training_need_free);
  int rc;

  while ((rc = _kr_training_step (self, stmt, error)) == SQLITE_ROW)
    {
      KrTrainingNeed *need = need_from_stmt (stmt);
      /* A predikat below Baik without a rating below cannot be told apart: suggest both. */
      gboolean both = !need->results_below && !need->behaviour_below;
      gboolean results = need->results_below || both, behaviour = need->behaviour_below || both;
      GPtrArray *titles;

      g_ptr_array_add (needs, need);
      if (!read_suggestions (self, suggestions, results, behaviour, error))
        return NULL;
      titles = suggestions->titles[results][behaviour];
      need->course_ids = g_array_copy (suggestions->ids[results][behaviour]);
      need->course_titles = g_ptr_array_new_full (titles->len, g_free);
      for (guint i = 0; i < titles->len; i++)
        g_ptr_array_add (need->course_titles, g_strdup (g_ptr_array_index (titles, i)));
    }
  return rc == SQLITE_DONE ? g_steal_pointer (&needs) : NULL;
}

GPtrArray *
kr_training_repository_list_needs (KrTrainingRepository *self,
                                   gint64 unit_id,
                                   gboolean subtree,
                                   guint year,
                                   GError **error)
{
  Suggestions suggestions = { { { NULL } } };
  g_auto (KrStmt) stmt = NULL;
  GPtrArray *needs;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_kr_training_check_read (self, error) || !check_year (year, error))
    return NULL;
  stmt = _kr_statements_get (self->statements, sql_needs, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, (int) year);
  sqlite3_bind_int64 (stmt, 2, unit_id);
  sqlite3_bind_int (stmt, 3, subtree ? 1 : 0);
  sqlite3_bind_int64 (stmt, 4, _kr_training_get_scope_unit (self));
  needs = read_needs (self, stmt, &suggestions, error);
  suggestions_clear (&suggestions);
  return needs;
}
