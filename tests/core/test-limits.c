/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "kr-error.h"
#include "kr-selection-rules.h"
#include "kr-test-utils.h"
#include "kr-training.h"

/* The numeric fields of the core's plain values at their limits, one row a value (min-1, min,
 * max, max+1, negative, huge): what the forms, the CLI and the imports all go through. A value
 * out of range is KR_ERROR_INVALID with a message that starts with the field's name. */

typedef enum
{
  COURSE_JP,
  COURSE_COST,
  COURSE_MAX_AGE,
  SESSION_CAPACITY,
  SESSION_COST,
  RECORD_JP,
  MENTORING_MINUTES,
} Field;

typedef struct
{
  Field field;
  gint64 value;
  const char *field_name; /* (nullable): NULL when @value is valid */
} Limit;

#define MAX_RUPIAH KR_TRAINING_MAX_RUPIAH

static const Limit limits[] = {
  { COURSE_JP, 0, "JP:" },
  { COURSE_JP, 1, NULL },
  { COURSE_JP, KR_TRAINING_MAX_JP, NULL },
  { COURSE_JP, KR_TRAINING_MAX_JP + 1, "JP:" },
  { COURSE_JP, 1000000000, "JP:" },
  { COURSE_JP, -1, "JP:" }, /* a guint: the largest one */
  { COURSE_COST, -1, "Cost:" },
  { COURSE_COST, 0, NULL },
  { COURSE_COST, MAX_RUPIAH, NULL },
  { COURSE_COST, MAX_RUPIAH + 1, "Cost:" },
  { COURSE_COST, G_MAXINT64, "Cost:" },
  { COURSE_COST, G_MININT64, "Cost:" },
  { COURSE_MAX_AGE, 0, NULL }, /* no limit */
  { COURSE_MAX_AGE, 17, "Maximum age:" },
  { COURSE_MAX_AGE, 18, NULL },
  { COURSE_MAX_AGE, 70, NULL },
  { COURSE_MAX_AGE, 71, "Maximum age:" },
  { COURSE_MAX_AGE, -1, "Maximum age:" },
  { SESSION_CAPACITY, 0, "Capacity:" },
  { SESSION_CAPACITY, 1, NULL },
  { SESSION_CAPACITY, 100000, NULL },
  { SESSION_CAPACITY, 100001, "Capacity:" },
  { SESSION_CAPACITY, -1, "Capacity:" },
  { SESSION_COST, -1, "Cost:" },
  { SESSION_COST, 0, NULL },
  { SESSION_COST, MAX_RUPIAH, NULL },
  { SESSION_COST, MAX_RUPIAH + 1, "Cost:" },
  { SESSION_COST, G_MAXINT64, "Cost:" },
  { RECORD_JP, 0, NULL }, /* SIASN history may hold 0 JP */
  { RECORD_JP, KR_TRAINING_MAX_JP, NULL },
  { RECORD_JP, KR_TRAINING_MAX_JP + 1, "JP:" },
  { RECORD_JP, -1, "JP:" },
  { MENTORING_MINUTES, 0, "Minutes:" },
  { MENTORING_MINUTES, 1, NULL },
  { MENTORING_MINUTES, 1440, NULL },
  { MENTORING_MINUTES, 1441, "Minutes:" },
  { MENTORING_MINUTES, -1, "Minutes:" },
};

static gboolean
validate_course (Field field, gint64 value, GError **error)
{
  g_autoptr (KrCourse) course = kr_course_new ();

  course->title = g_strdup ("Bimtek Pengelolaan Arsip");
  course->kind = KR_TRAINING_KIND_CLASSICAL;
  course->type = KR_COMPETENCE_TYPE_TECHNICAL;
  course->form = KR_TRAINING_FORM_BIMTEK;
  course->jp = 24;
  course->delivery = KR_DELIVERY_IN_PERSON;
  course->cost = 1500000;
  if (field == COURSE_JP)
    course->jp = (guint) value;
  else if (field == COURSE_COST)
    course->cost = value;
  else
    course->max_age = (guint) value;
  return kr_course_validate (course, error);
}

static gboolean
validate_session (Field field, gint64 value, GError **error)
{
  g_autoptr (KrTrainingSession) session = kr_training_session_new ();

  session->course_id = 1;
  session->name = g_strdup ("Angkatan I");
  session->start_date = g_strdup ("2025-03-10");
  session->end_date = g_strdup ("2025-03-12");
  if (field == SESSION_CAPACITY)
    session->capacity = (guint) value;
  else
    session->cost = value;
  return kr_training_session_validate (session, error);
}

static gboolean
validate_record (gint64 value, GError **error)
{
  g_autoptr (KrTrainingRecord) record = kr_training_record_new ();

  record->title = g_strdup ("Diklat Kearsipan");
  record->kind = KR_TRAINING_KIND_CLASSICAL;
  record->type = KR_COMPETENCE_TYPE_TECHNICAL;
  record->form = KR_TRAINING_FORM_TRAINING;
  record->end_date = g_strdup ("2024-05-02");
  record->jp = (guint) value;
  return kr_training_record_validate (record, error);
}

static gboolean
validate_mentoring_session (gint64 value, GError **error)
{
  g_autoptr (KrMentoringSession) session = kr_mentoring_session_new ();

  session->date = g_strdup ("2025-03-10");
  session->topic = g_strdup ("Menyusun SKP");
  session->minutes = (guint) value;
  return kr_mentoring_session_validate (session, error);
}

static void
test_limit (gconstpointer data)
{
  const Limit *limit = data;
  g_autoptr (GError) error = NULL;
  gboolean ok;

  switch (limit->field)
    {
    case COURSE_JP:
    case COURSE_COST:
    case COURSE_MAX_AGE:
      ok = validate_course (limit->field, limit->value, &error);
      break;
    case SESSION_CAPACITY:
    case SESSION_COST:
      ok = validate_session (limit->field, limit->value, &error);
      break;
    case RECORD_JP:
      ok = validate_record (limit->value, &error);
      break;
    case MENTORING_MINUTES:
    default:
      ok = validate_mentoring_session (limit->value, &error);
      break;
    }
  if (limit->field_name == NULL)
    {
      g_assert_no_error (error);
      g_assert_true (ok);
      return;
    }
  g_assert_false (ok);
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, limit->field_name));
}

/* The dates of a training session: real dates from 1900 to 2200, the end not before the start. */
static void
test_session_dates (void)
{
  const struct
  {
    const char *start;
    const char *end;
    const char *field_name; /* (nullable): NULL when valid */
  } dates[] = {
    { "1899-12-31", "1900-01-02", "Start date:" },
    { "1900-01-01", "1900-01-02", NULL },
    { "2200-12-30", "2200-12-31", NULL },
    { "2200-12-30", "2201-01-01", "End date:" },
    { "0001-01-01", "0001-01-01", "Start date:" },
    { "2025-03-10", "9999-12-31", "End date:" },
    { "2025-03-10", "2025-03-09", "End date:" },
    { "2025-03-10", "2025-03-10", NULL },
    { "2025-13-01", "2025-03-10", "Start date:" },
    { "2025-02-29", "2025-03-10", "Start date:" },
    { "20250-01-01", "2025-03-10", "Start date:" },
    { "", "2025-03-10", "Start date:" },
    { "2025-03-10", "", "End date:" },
    { "-2025-03-10", "2025-03-10", "Start date:" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autoptr (KrTrainingSession) session = kr_training_session_new ();
      g_autoptr (GError) error = NULL;
      gboolean ok;

      session->course_id = 1;
      session->name = g_strdup ("Angkatan I");
      session->start_date = g_strdup (dates[i].start);
      session->end_date = g_strdup (dates[i].end);
      ok = kr_training_session_validate (session, &error);
      g_test_message ("%s to %s", dates[i].start, dates[i].end);
      if (dates[i].field_name == NULL)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          continue;
        }
      g_assert_false (ok);
      g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, dates[i].field_name));
    }
}

/* Scores of selection stages: 0..100, never nan or infinite. */
static void
test_scores (void)
{
  const struct
  {
    double score;
    gboolean valid;
  } scores[] = {
    { -0.01, FALSE }, { 0, TRUE },    { 100, TRUE },       { 100.01, FALSE },    { -100, FALSE },
    { 1e308, FALSE }, { NAN, FALSE }, { INFINITY, FALSE }, { -INFINITY, FALSE }, { 72.5, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (scores); i++)
    {
      g_autoptr (GError) error = NULL;
      gboolean ok = kr_selection_check_score (scores[i].score, "Interview", &error);

      g_test_message ("score %g", scores[i].score);
      g_assert_cmpint (ok, ==, scores[i].valid);
      if (scores[i].valid)
        continue;
      g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, "Interview:"));
    }
}

int
main (int argc, char *argv[])
{
  static const char *const names[] = {
    "course-jp",    "course-cost", "course-max-age",    "session-capacity",
    "session-cost", "record-jp",   "mentoring-minutes",
  };

  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (limits); i++)
    {
      g_autofree char *path =
          g_strdup_printf ("/limits/%s/%lld", names[limits[i].field], (long long) limits[i].value);

      g_test_add_data_func (path, &limits[i], test_limit);
    }
  g_test_add_func ("/limits/session-dates", test_session_dates);
  g_test_add_func ("/limits/selection-score", test_scores);
  return g_test_run ();
}
