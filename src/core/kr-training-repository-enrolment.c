/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-repository"

#include "config.h"

#include "kr-training-repository-enrolment-internal.h"

#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-position.h"
#include "kr-text.h"

/* Checking nominations against the rules of the session and course (capacity, prerequisites,
 * the PPPK JP limit, budgets) and nominating. */

static const char sql_facts[] =
    "SELECT e.nip, trim (coalesce (e.title_front || ' ', '') || e.name || coalesce (', ' || "
    "e.title_back, '')), e.status, e.kind, e.golongan, e.rank_tmt, e.birth_date, p.kind, p.level "
    "FROM employee e LEFT JOIN position p ON p.id = e.position_id WHERE e.id = ?";
static const char sql_enrolled[] =
    "SELECT state FROM training_enrolment WHERE session_id = ?1 AND employee_id = ?2";
/* A completed enrolment in a session of the course, or a record with the course's title. */
static const char sql_completed_course[] =
    "SELECT EXISTS (SELECT 1 FROM training_enrolment e JOIN training_session s ON s.id = "
    "e.session_id WHERE e.employee_id = ?1 AND s.course_id = ?2 AND e.state = 'completed') OR "
    "EXISTS (SELECT 1 FROM training_record r WHERE r.employee_id = ?1 AND lower (r.title) = "
    "lower (?3))";
/* JP of the courses of enrolments still planned in sessions ending in a year, but one. */
static const char sql_planned_jp[] =
    "SELECT coalesce (sum (c.jp), 0) FROM training_enrolment e JOIN training_session s ON s.id = "
    "e.session_id JOIN training_course c ON c.id = s.course_id WHERE e.employee_id = ?1 AND "
    "e.state IN ('nominated', 'approved', 'attended') AND substr (s.end_date, 1, 4) = printf "
    "('%04d', ?2) AND s.id <> ?3";
static const char sql_budget[] =
    "SELECT b.allocated, u.name, (SELECT coalesce (sum (e.cost), 0) FROM training_enrolment e "
    "JOIN training_session s ON s.id = e.session_id WHERE e.budget_unit_id = ?1 AND e.state IN "
    "('nominated', 'approved', 'attended', 'completed') AND substr (s.end_date, 1, 4) = printf "
    "('%04d', ?2)), (SELECT coalesce (sum (e.cost), 0) FROM training_enrolment e JOIN "
    "training_session s ON s.id = e.session_id WHERE e.budget_unit_id = ?1 AND e.state IN "
    "('approved', 'attended', 'completed') AND substr (s.end_date, 1, 4) = printf ('%04d', ?2)) "
    "FROM unit u LEFT JOIN training_budget b ON b.unit_id = u.id AND b.year = ?2 WHERE u.id = ?1";
static const char sql_insert[] =
    "INSERT INTO training_enrolment (session_id, employee_id, state, cost, budget_unit_id, "
    "override_reason) VALUES (?1, ?2, 'nominated', ?3, ?4, ?5)";

/* Helpers shared with -moves.c */

char *
_kr_training_format_rupiah (gint64 amount)
{
  g_autofree char *digits =
      g_strdup_printf ("%" G_GUINT64_FORMAT, amount < 0 ? (guint64) -amount : (guint64) amount);
  GString *text = g_string_new (amount < 0 ? "-Rp " : "Rp ");
  gsize n = strlen (digits);

  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (text, '.');
      g_string_append_c (text, digits[i]);
    }
  return g_string_free (text, FALSE);
}

guint
_kr_training_year_of (const char *iso_date)
{
  if (iso_date == NULL || strlen (iso_date) < 4)
    return 0;
  return (guint) g_ascii_strtoull (iso_date, NULL, 10);
}

gboolean
_kr_training_read_budget (KrTrainingRepository *self,
                          gint64 unit_id,
                          guint year,
                          gboolean *found,
                          gint64 *allocated,
                          gint64 *reserved,
                          gint64 *committed,
                          char **unit_name,
                          GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_budget, error);
  int rc;

  *found = FALSE;
  *allocated = *reserved = *committed = 0;
  *unit_name = NULL;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  sqlite3_bind_int (stmt, 2, (int) year);
  rc = _kr_training_step (self, stmt, error);
  if (rc == SQLITE_ROW)
    {
      *found = sqlite3_column_type (stmt, 0) != SQLITE_NULL;
      *allocated = sqlite3_column_int64 (stmt, 0);
      *unit_name = _kr_column_dup_text (stmt, 1);
      *reserved = sqlite3_column_int64 (stmt, 2);
      *committed = sqlite3_column_int64 (stmt, 3);
    }
  return rc != 0;
}

/* Checking */

typedef struct
{
  gint64 id;
  gboolean skip;        /* already enrolled, inactive, or the session closed */
  gboolean overridable; /* had a problem that an override reason accepts */
  gint64 budget_unit_id;
} Nominee;

typedef struct
{
  KrTrainingRepository *self;
  KrTrainingSession *session;
  KrCourse *course;
  char *required_title; /* the title of the course's required course */
  guint year;
  GDate start;
  guint n_seated;      /* seats taken, those of this check included */
  GArray *nominees;    /* Nominee */
  GPtrArray *problems; /* KrEnrolmentProblem */
  GHashTable *seen;    /* employee ids checked */
  GHashTable *charged; /* budget unit -> Charge */
} Check;

/* A budget unit's budget as read once for a check, and the cost of this check's nominees
 * charged to it so far. */
typedef struct
{
  gint64 unit_id;
  gint64 allocated;
  gint64 reserved;
  gint64 charged;
  char *unit_name;
} Charge;

static void
charge_free (gpointer data)
{
  Charge *charge = data;

  g_free (charge->unit_name);
  g_free (charge);
}

static void
check_clear (Check *check)
{
  g_clear_pointer (&check->session, kr_training_session_free);
  g_clear_pointer (&check->course, kr_course_free);
  g_clear_pointer (&check->required_title, g_free);
  g_clear_pointer (&check->nominees, g_array_unref);
  g_clear_pointer (&check->problems, g_ptr_array_unref);
  g_clear_pointer (&check->seen, g_hash_table_unref);
  g_clear_pointer (&check->charged, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Check, check_clear)

static void add_problem (Check *check,
                         Nominee *nominee,
                         const char *label,
                         KrEnrolmentProblemKind kind,
                         const char *format,
                         ...) G_GNUC_PRINTF (5, 6);

static void
add_problem (Check *check,
             Nominee *nominee,
             const char *label,
             KrEnrolmentProblemKind kind,
             const char *format,
             ...)
{
  KrEnrolmentProblem *problem = g_new0 (KrEnrolmentProblem, 1);
  g_autofree char *rule = NULL;
  va_list args;

  va_start (args, format);
  rule = g_strdup_vprintf (format, args);
  va_end (args);
  problem->employee_id = nominee->id;
  problem->kind = kind;
  /* Translators: an employee (“Siti Aminah, S.Kom. (198501012010012001)”), then the rule
   * their nomination breaks */
  problem->message = g_strdup_printf (_ ("%s: %s"), label, rule);
  g_ptr_array_add (check->problems, problem);
  if (kr_enrolment_problem_can_override (kind))
    nominee->overridable = TRUE;
}

static char *
format_jp (double jp)
{
  if (jp == (double) (gint64) jp)
    return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) jp);
  return g_strdup_printf ("%.1f", jp);
}

static int
months_between (const GDate *from, const GDate *to)
{
  guint years = 0, months = 0;

  if (g_date_compare (from, to) <= 0)
    {
      kr_date_span (from, to, &years, &months);
      return (int) (years * 12 + months);
    }
  kr_date_span (to, from, &years, &months);
  return -(int) (years * 12 + months);
}

static gboolean
check_prerequisites (Check *check,
                     Nominee *nominee,
                     const char *label,
                     sqlite3_stmt *facts,
                     KrTrainingCandidate *candidate,
                     GError **error)
{
  const KrCourse *course = check->course;
  guint golongan = sqlite3_column_int (facts, 4);
  GDate birth, rank_tmt, retirement;
  g_autoptr (GPtrArray) reasons = g_ptr_array_new_with_free_func (g_free);
  g_auto (KrStmt) stmt = NULL;
  guint bup;
  int rc;

  _kr_column_date (facts, 5, &rank_tmt);
  _kr_column_date (facts, 6, &birth);
  candidate->position_kind = KR_POSITION_KIND_PELAKSANA;
  _kr_position_kind_from_code ((const char *) sqlite3_column_text (facts, 7),
                               &candidate->position_kind);
  candidate->position_level =
      _kr_position_level_from_code ((const char *) sqlite3_column_text (facts, 8));
  if (golongan > 100)
    candidate->pppk_golongan = golongan - 100;
  else if (golongan != 0)
    kr_rank_from_code (golongan, &candidate->rank);
  if (g_date_valid (&rank_tmt))
    candidate->months_in_rank = MAX (months_between (&rank_tmt, &check->start), 0);
  if (g_date_valid (&birth))
    {
      candidate->age_months = MAX (months_between (&birth, &check->start), 0);
      bup = kr_position_get_bup (candidate->position_kind, candidate->position_level, &birth);
      kr_position_retirement_date (&birth, bup != 0 ? bup : 58, &retirement);
      candidate->months_to_retirement = months_between (&check->start, &retirement);
    }

  kr_leadership_programme_check (course->programme, candidate, reasons);
  for (guint i = 0; i < reasons->len; i++)
    add_problem (check, nominee, label, KR_ENROLMENT_PROBLEM_PREREQUISITE, "%s",
                 (const char *) reasons->pdata[i]);

  if (course->min_golongan != 0)
    {
      KrRank minimum = KR_RANK_I_A;

      kr_rank_from_code (course->min_golongan, &minimum);
      if (candidate->kind == KR_EMPLOYEE_KIND_PPPK)
        add_problem (check, nominee, label, KR_ENROLMENT_PROBLEM_PREREQUISITE,
                     _ ("the course requires golongan %s or higher, which a PPPK does not have"),
                     kr_rank_get_golongan (minimum));
      else if (golongan == 0)
        add_problem (check, nominee, label, KR_ENROLMENT_PROBLEM_PREREQUISITE,
                     _ ("the course requires golongan %s or higher; no golongan is recorded"),
                     kr_rank_get_golongan (minimum));
      else if (golongan < course->min_golongan)
        add_problem (check, nominee, label, KR_ENROLMENT_PROBLEM_PREREQUISITE,
                     _ ("golongan %s is below the course's minimum, %s"),
                     kr_rank_get_golongan (candidate->rank), kr_rank_get_golongan (minimum));
    }
  if (course->max_age != 0 && g_date_valid (&birth) &&
      kr_date_age (&birth, &check->start) > (int) course->max_age)
    add_problem (check, nominee, label, KR_ENROLMENT_PROBLEM_PREREQUISITE,
                 _ ("aged %d when the session starts, over the course's maximum age of %u"),
                 kr_date_age (&birth, &check->start), course->max_age);
  if (course->required_course_id == 0)
    return TRUE;
  stmt = _kr_statements_get (check->self->statements, sql_completed_course, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, nominee->id);
  sqlite3_bind_int64 (stmt, 2, course->required_course_id);
  _kr_bind_text (stmt, 3, check->required_title);
  rc = _kr_training_step (check->self, stmt, error);
  if (rc == 0)
    return FALSE;
  if (sqlite3_column_int (stmt, 0) == 0)
    add_problem (check, nominee, label, KR_ENROLMENT_PROBLEM_PREREQUISITE,
                 _ ("has not completed “%s”, which the course requires"), check->required_title);
  return TRUE;
}

static gboolean
check_jp_limit (Check *check,
                Nominee *nominee,
                const char *label,
                KrEmployeeKind kind,
                GError **error)
{
  KrJpDuty duty = kr_jp_duty_for_kind (kind);
  g_auto (KrStmt) stmt = NULL;
  g_autofree char *text = NULL;
  double jp = 0;
  int rc;

  if (duty.maximum == 0)
    return TRUE;
  if (!_kr_training_get_jp (check->self, nominee->id, check->year, &jp, error))
    return FALSE;
  stmt = _kr_statements_get (check->self->statements, sql_planned_jp, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, nominee->id);
  sqlite3_bind_int (stmt, 2, (int) check->year);
  sqlite3_bind_int64 (stmt, 3, check->session->id);
  rc = _kr_training_step (check->self, stmt, error);
  if (rc == 0)
    return FALSE;
  jp += sqlite3_column_double (stmt, 0);
  if (jp + check->course->jp <= duty.maximum)
    return TRUE;
  text = format_jp (jp);
  add_problem (check, nominee, label, KR_ENROLMENT_PROBLEM_JP_LIMIT,
               _ ("%s JP earned or planned in %u and %u more would exceed the limit of %u JP "
                  "a year for %s"),
               text, check->year, check->course->jp, duty.maximum,
               kr_employee_kind_get_label (kind));
  return TRUE;
}

static gboolean
check_budget (Check *check, Nominee *nominee, const char *label, GError **error)
{
  g_autofree char *left_text = NULL;
  g_autofree char *cost_text = NULL;
  gint64 left;
  Charge *charge;
  g_autoptr (GError) local_error = NULL;

  nominee->budget_unit_id =
      _kr_training_find_budget_unit (check->self, nominee->id, check->year, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (nominee->budget_unit_id == 0 || check->session->cost == 0)
    return TRUE;
  /* Each budget is summed once a check: a unit's budget is the same for all its nominees. */
  charge = g_hash_table_lookup (check->charged, &nominee->budget_unit_id);
  if (charge == NULL)
    {
      gint64 committed;
      gboolean found;

      charge = g_new0 (Charge, 1);
      charge->unit_id = nominee->budget_unit_id;
      if (!_kr_training_read_budget (check->self, charge->unit_id, check->year, &found,
                                     &charge->allocated, &charge->reserved, &committed,
                                     &charge->unit_name, error))
        {
          charge_free (charge);
          return FALSE;
        }
      g_hash_table_insert (check->charged, &charge->unit_id, charge);
    }
  left = charge->allocated - charge->reserved - charge->charged;
  charge->charged += check->session->cost;
  if (check->session->cost <= left)
    return TRUE;
  left_text = _kr_training_format_rupiah (left);
  cost_text = _kr_training_format_rupiah (check->session->cost);
  add_problem (check, nominee, label, KR_ENROLMENT_PROBLEM_BUDGET,
               /* Translators: a unit, a year, then amounts such as “Rp 4.500.000” */
               _ ("budget of %s %u: %s left, %s needed"), charge->unit_name, check->year, left_text,
               cost_text);
  return TRUE;
}

static gboolean
check_one (Check *check, Nominee *nominee, GError **error)
{
  KrTrainingRepository *self = check->self;
  KrTrainingCandidate candidate = { 0 };
  g_auto (KrStmt) facts = NULL;
  g_auto (KrStmt) enrolled = NULL;
  g_autofree char *label = NULL;
  KrEnrolmentState state;
  int rc;

  if (!_kr_training_check_nominate (self, nominee->id, error))
    return FALSE;
  facts = _kr_statements_get (self->statements, sql_facts, error);
  if (facts == NULL)
    return FALSE;
  sqlite3_bind_int64 (facts, 1, nominee->id);
  rc = _kr_training_step (self, facts, error);
  if (rc == 0)
    return FALSE;
  if (rc != SQLITE_ROW)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
                   _ ("The employee %lld does not exist; they may have been deleted"),
                   (long long) nominee->id);
      return FALSE;
    }
  label = g_strdup_printf ("%s (%s)", (const char *) sqlite3_column_text (facts, 1),
                           (const char *) sqlite3_column_text (facts, 0));
  candidate.kind = _kr_enum_from_code (
      KR_TYPE_EMPLOYEE_KIND, (const char *) sqlite3_column_text (facts, 3), KR_EMPLOYEE_KIND_PNS);

  nominee->skip = TRUE;
  if (!kr_session_status_accepts_nominations (check->session->status))
    {
      add_problem (check, nominee, label, KR_ENROLMENT_PROBLEM_STATUS,
                   _ ("the session is %s and takes no nominations"),
                   kr_session_status_get_label (check->session->status));
      return TRUE;
    }
  if (g_strcmp0 ((const char *) sqlite3_column_text (facts, 2), "aktif") != 0)
    {
      add_problem (check, nominee, label, KR_ENROLMENT_PROBLEM_INACTIVE, "%s",
                   _ ("not active (aktif)"));
      return TRUE;
    }
  if (g_hash_table_contains (check->seen, &nominee->id))
    {
      add_problem (check, nominee, label, KR_ENROLMENT_PROBLEM_DUPLICATE, "%s",
                   _ ("named twice in the nomination"));
      return TRUE;
    }
  g_hash_table_add (check->seen, g_memdup2 (&nominee->id, sizeof nominee->id));
  enrolled = _kr_statements_get (self->statements, sql_enrolled, error);
  if (enrolled == NULL)
    return FALSE;
  sqlite3_bind_int64 (enrolled, 1, check->session->id);
  sqlite3_bind_int64 (enrolled, 2, nominee->id);
  rc = _kr_training_step (self, enrolled, error);
  if (rc == 0)
    return FALSE;
  if (rc == SQLITE_ROW)
    {
      if (!kr_enrolment_state_from_code ((const char *) sqlite3_column_text (enrolled, 0), &state))
        state = KR_ENROLMENT_STATE_NOMINATED;
      add_problem (check, nominee, label, KR_ENROLMENT_PROBLEM_DUPLICATE,
                   _ ("already enrolled in the session (%s)"),
                   kr_enrolment_state_get_label (state));
      return TRUE;
    }
  nominee->skip = FALSE;

  if (check->n_seated >= check->session->capacity)
    add_problem (check, nominee, label, KR_ENROLMENT_PROBLEM_CAPACITY,
                 _ ("the session is full: %u of %u seats taken"), check->n_seated,
                 check->session->capacity);
  check->n_seated++;
  return check_prerequisites (check, nominee, label, facts, &candidate, error) &&
         check_jp_limit (check, nominee, label, candidate.kind, error) &&
         check_budget (check, nominee, label, error);
}

static gboolean
run_check (KrTrainingRepository *self,
           gint64 session_id,
           const gint64 *employee_ids,
           guint n_employees,
           Check *check,
           GError **error)
{
  check->self = self;
  check->nominees = g_array_new (FALSE, TRUE, sizeof (Nominee));
  check->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_enrolment_problem_free);
  check->seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  check->charged = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, charge_free);
  if (!_kr_database_check (self->database, KR_PERMISSION_NOMINATE_TRAINING, error))
    return FALSE;
  check->session = kr_training_repository_get_session (self, session_id, error);
  if (check->session == NULL)
    return FALSE;
  check->course = kr_training_repository_get_course (self, check->session->course_id, error);
  if (check->course == NULL)
    return FALSE;
  if (check->course->required_course_id != 0)
    {
      g_autoptr (KrCourse) required =
          kr_training_repository_get_course (self, check->course->required_course_id, error);

      if (required == NULL)
        return FALSE;
      check->required_title = g_steal_pointer (&required->title);
    }
  check->year = _kr_training_year_of (check->session->end_date);
  if (!kr_date_parse_iso (check->session->start_date, &check->start, error))
    return FALSE;
  check->n_seated = check->session->n_enrolled;
  g_array_set_size (check->nominees, n_employees);
  for (guint i = 0; i < n_employees; i++)
    {
      Nominee *nominee = &g_array_index (check->nominees, Nominee, i);

      nominee->id = employee_ids[i];
      if (!check_one (check, nominee, error))
        return FALSE;
    }
  return TRUE;
}

GPtrArray *
kr_training_repository_check_nominations (KrTrainingRepository *self,
                                          gint64 session_id,
                                          const gint64 *employee_ids,
                                          guint n_employees,
                                          GError **error)
{
  g_auto (Check) check = { 0 };

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), NULL);
  g_return_val_if_fail (employee_ids != NULL || n_employees == 0, NULL);

  if (!run_check (self, session_id, employee_ids, n_employees, &check, error))
    return NULL;
  return g_steal_pointer (&check.problems);
}

/* Nominating */

static gboolean
insert_nominees (KrTrainingRepository *self,
                 Check *check,
                 const char *reason,
                 guint *n_nominated,
                 guint *n_skipped,
                 GError **error)
{
  for (guint i = 0; i < check->nominees->len; i++)
    {
      const Nominee *nominee = &g_array_index (check->nominees, Nominee, i);
      g_auto (KrStmt) stmt = NULL;

      if (nominee->skip)
        {
          (*n_skipped)++;
          continue;
        }
      stmt = _kr_statements_get (self->statements, sql_insert, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, check->session->id);
      sqlite3_bind_int64 (stmt, 2, nominee->id);
      sqlite3_bind_int64 (stmt, 3, check->session->cost);
      _kr_bind_id (stmt, 4, nominee->budget_unit_id);
      _kr_bind_text (stmt, 5, nominee->overridable ? reason : NULL);
      if (!_kr_training_run (self, stmt, error))
        return FALSE;
      (*n_nominated)++;
    }
  return TRUE;
}

gboolean
kr_training_repository_nominate (KrTrainingRepository *self,
                                 gint64 session_id,
                                 const gint64 *employee_ids,
                                 guint n_employees,
                                 const char *override_reason,
                                 guint *n_nominated,
                                 guint *n_skipped,
                                 GError **error)
{
  g_auto (Check) check = { 0 };
  g_autofree char *reason = _kr_strip_dup (override_reason);
  guint nominated = 0, skipped = 0;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), FALSE);
  g_return_val_if_fail (employee_ids != NULL || n_employees == 0, FALSE);

  if (n_nominated != NULL)
    *n_nominated = 0;
  if (n_skipped != NULL)
    *n_skipped = 0;
  if (!_kr_database_check (self->database, KR_PERMISSION_NOMINATE_TRAINING, error) ||
      !kr_text_check_length (reason, KR_TEXT_MAX_NOTE, _ ("Override Reason"), error) ||
      !_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  ok = run_check (self, session_id, employee_ids, n_employees, &check, error);
  for (guint i = 0; ok && i < check.problems->len; i++)
    {
      const KrEnrolmentProblem *problem = check.problems->pdata[i];

      if (problem->kind == KR_ENROLMENT_PROBLEM_STATUS ||
          (reason == NULL && kr_enrolment_problem_can_override (problem->kind)))
        {
          g_set_error_literal (error, KR_ERROR, KR_ERROR_INVALID, problem->message);
          ok = FALSE;
        }
    }
  ok = ok && insert_nominees (self, &check, reason, &nominated, &skipped, error);
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  if (n_nominated != NULL)
    *n_nominated = nominated;
  if (n_skipped != NULL)
    *n_skipped = skipped;
  if (nominated > 0)
    _kr_training_repository_emit_changed (self, KR_TRAINING_CHANGE_ENROLMENTS |
                                                    KR_TRAINING_CHANGE_SESSIONS |
                                                    KR_TRAINING_CHANGE_BUDGETS);
  return TRUE;
}
