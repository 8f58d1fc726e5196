/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training"

#include "config.h"

#include "kr-training.h"

#include "kr-date.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-repository-private.h"
#include "kr-rank.h"
#include "kr-text.h"

/* The plain values of competence development: new, copy, free and validate (the rows of its
 * lists: kr-training-lists.c). */

#define MAX_JP   KR_TRAINING_MAX_JP
#define MIN_YEAR 1900u
#define MAX_YEAR 2200u

static gboolean
check_cost (gint64 cost, GError **error)
{
  if (cost < 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Cost: it cannot be negative"));
      return FALSE;
    }
  if (cost > KR_TRAINING_MAX_RUPIAH)
    {
      /* Translators: %lld is the highest cost, 10000000000000 */
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Cost: enter at most %lld rupiah"),
                   (long long) KR_TRAINING_MAX_RUPIAH);
      return FALSE;
    }
  return TRUE;
}

/* Checks an optional (or, with @required, mandatory) ISO date of the field @field. */
static gboolean
check_date (const char *text, const char *field, gboolean required, GDate *out, GError **error)
{
  g_date_clear (out, 1);
  if (_kr_is_blank (text))
    {
      if (!required)
        return TRUE;
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   /* Translators: %s is a field such as “End date” */
                   _ ("%s: enter the date"), field);
      return FALSE;
    }
  if (!kr_date_parse_iso (text, out, NULL))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   /* Translators: %s is a field such as “End date”, then the text entered */
                   _ ("%s: “%s” is not a date (YYYY-MM-DD)"), field, text);
      return FALSE;
    }
  /* kr_date_parse_iso() takes years 1 to 9999; no training happened or is planned so far off. */
  if (g_date_get_year (out) < MIN_YEAR || g_date_get_year (out) > MAX_YEAR)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   /* Translators: %s is a field such as “End date”, then the text entered, then
                    * the first and last years allowed */
                   _ ("%s: %s is outside the years %u to %u"), field, text, MIN_YEAR, MAX_YEAR);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_dates (const char *start, const char *end, gboolean start_required, GError **error)
{
  GDate from, to;

  if (!check_date (start, _ ("Start date"), start_required, &from, error) ||
      !check_date (end, _ ("End date"), TRUE, &to, error))
    return FALSE;
  if (g_date_valid (&from) && g_date_compare (&from, &to) > 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("End date: the end comes before the start (%s)"), start);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_kinds (KrTrainingKind kind,
             KrCompetenceType type,
             KrLeadershipProgramme programme,
             KrTrainingForm form,
             GError **error)
{
  if ((guint) kind >= KR_N_TRAINING_KINDS)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Kind: choose classical or non-classical"));
      return FALSE;
    }
  if ((guint) type >= KR_N_COMPETENCE_TYPES)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Competence: choose a competence type"));
      return FALSE;
    }
  if ((guint) form >= KR_N_TRAINING_FORMS)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Form: choose a form"));
      return FALSE;
    }
  if (kr_training_form_get_kind (form) != kind)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   /* Translators: a form such as “Secondment”, then a kind such as “Classical” */
                   _ ("Form: %s is not a form of %s training"), kr_training_form_get_label (form),
                   kr_training_kind_get_label (kind));
      return FALSE;
    }
  if ((guint) programme >= KR_N_LEADERSHIP_PROGRAMMES)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Programme: choose a programme"));
      return FALSE;
    }
  if (type == KR_COMPETENCE_TYPE_LEADERSHIP && programme == KR_LEADERSHIP_PROGRAMME_NONE)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Programme: choose the leadership programme"));
      return FALSE;
    }
  if (type != KR_COMPETENCE_TYPE_LEADERSHIP && programme != KR_LEADERSHIP_PROGRAMME_NONE)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Programme: only leadership training belongs to a programme"));
      return FALSE;
    }
  return TRUE;
}

/* KrCourse */

KrCourse *
kr_course_new (void)
{
  return g_new0 (KrCourse, 1);
}

KrCourse *
kr_course_copy (const KrCourse *course)
{
  KrCourse *copy;

  g_return_val_if_fail (course != NULL, NULL);

  copy = g_memdup2 (course, sizeof *course);
  copy->title = g_strdup (course->title);
  copy->provider = g_strdup (course->provider);
  copy->description = g_strdup (course->description);
  return copy;
}

void
kr_course_free (KrCourse *course)
{
  if (course == NULL)
    return;
  g_free (course->title);
  g_free (course->provider);
  g_free (course->description);
  g_free (course);
}

gboolean
kr_course_validate (const KrCourse *course, GError **error)
{
  KrRank rank;

  g_return_val_if_fail (course != NULL, FALSE);

  if (_kr_is_blank (course->title))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Title: enter the course's title"));
      return FALSE;
    }
  if (!kr_text_check_length (course->title, KR_TEXT_MAX_LINE, _ ("Title"), error) ||
      !kr_text_check_length (course->provider, KR_TEXT_MAX_LINE, _ ("Provider"), error) ||
      !kr_text_check_length (course->description, KR_TEXT_MAX_NOTE, _ ("Description"), error))
    return FALSE;
  if (!check_kinds (course->kind, course->type, course->programme, course->form, error))
    return FALSE;
  if (course->jp < 1 || course->jp > MAX_JP)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("JP: enter a number from 1 to %d"),
                   MAX_JP);
      return FALSE;
    }
  if ((guint) course->delivery >= KR_N_DELIVERIES)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Delivery: choose how it is delivered"));
      return FALSE;
    }
  if (!check_cost (course->cost, error))
    return FALSE;
  if (course->max_age != 0 && (course->max_age < 18 || course->max_age > 70))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Maximum age: enter a number from 18 to 70, or none"));
      return FALSE;
    }
  if (course->min_golongan != 0 && !kr_rank_from_code (course->min_golongan, &rank))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Minimum golongan: %u is not a golongan"),
                   course->min_golongan);
      return FALSE;
    }
  if (course->id != 0 && course->required_course_id == course->id)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Required course: a course cannot require itself"));
      return FALSE;
    }
  if ((course->behaviours & ~(guint) 0xfe) != 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("BerAKHLAK values: only values 1 to 7 exist"));
      return FALSE;
    }
  return TRUE;
}

/* KrTrainingSession */

KrTrainingSession *
kr_training_session_new (void)
{
  KrTrainingSession *session = g_new0 (KrTrainingSession, 1);

  session->capacity = 30;
  return session;
}

KrTrainingSession *
kr_training_session_copy (const KrTrainingSession *session)
{
  KrTrainingSession *copy;

  g_return_val_if_fail (session != NULL, NULL);

  copy = g_memdup2 (session, sizeof *session);
  copy->course_title = g_strdup (session->course_title);
  copy->name = g_strdup (session->name);
  copy->start_date = g_strdup (session->start_date);
  copy->end_date = g_strdup (session->end_date);
  copy->place = g_strdup (session->place);
  return copy;
}

void
kr_training_session_free (KrTrainingSession *session)
{
  if (session == NULL)
    return;
  g_free (session->course_title);
  g_free (session->name);
  g_free (session->start_date);
  g_free (session->end_date);
  g_free (session->place);
  g_free (session);
}

gboolean
kr_training_session_validate (const KrTrainingSession *session, GError **error)
{
  g_return_val_if_fail (session != NULL, FALSE);

  if (session->course_id == 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Course: choose the session's course"));
      return FALSE;
    }
  if (_kr_is_blank (session->name))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Name: enter the session's name, such as “Angkatan I”"));
      return FALSE;
    }
  if (!kr_text_check_length (session->name, KR_TEXT_MAX_NAME, _ ("Name"), error) ||
      !kr_text_check_length (session->place, KR_TEXT_MAX_NAME, _ ("Place"), error))
    return FALSE;
  if (!check_dates (session->start_date, session->end_date, TRUE, error))
    return FALSE;
  if (session->capacity < 1 || session->capacity > 100000)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Capacity: enter a number from 1 to 100000"));
      return FALSE;
    }
  if (!check_cost (session->cost, error))
    return FALSE;
  if ((guint) session->status >= KR_N_SESSION_STATUSES)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Status: choose a status"));
      return FALSE;
    }
  return TRUE;
}

/* KrEnrolment, problems */

void
kr_enrolment_free (KrEnrolment *enrolment)
{
  if (enrolment == NULL)
    return;
  g_free (enrolment->certificate_number);
  g_free (enrolment->certificate_date);
  g_free (enrolment->override_reason);
  g_free (enrolment->reason);
  g_free (enrolment->employee_nip);
  g_free (enrolment->employee_name);
  g_free (enrolment->employee_unit);
  g_free (enrolment->session_name);
  g_free (enrolment->course_title);
  g_free (enrolment->session_end_date);
  g_free (enrolment);
}

gboolean
kr_enrolment_problem_can_override (KrEnrolmentProblemKind kind)
{
  switch (kind)
    {
    case KR_ENROLMENT_PROBLEM_CAPACITY:
    case KR_ENROLMENT_PROBLEM_PREREQUISITE:
    case KR_ENROLMENT_PROBLEM_BUDGET:
    case KR_ENROLMENT_PROBLEM_JP_LIMIT:
      return TRUE;
    case KR_ENROLMENT_PROBLEM_STATUS:
    case KR_ENROLMENT_PROBLEM_DUPLICATE:
    case KR_ENROLMENT_PROBLEM_INACTIVE:
    default:
      return FALSE;
    }
}

void
kr_enrolment_problem_free (KrEnrolmentProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->message);
  g_free (problem);
}

/* KrTrainingRecord */

KrTrainingRecord *
kr_training_record_new (void)
{
  return g_new0 (KrTrainingRecord, 1);
}

KrTrainingRecord *
kr_training_record_copy (const KrTrainingRecord *record)
{
  KrTrainingRecord *copy;

  g_return_val_if_fail (record != NULL, NULL);

  copy = g_memdup2 (record, sizeof *record);
  copy->title = g_strdup (record->title);
  copy->provider = g_strdup (record->provider);
  copy->start_date = g_strdup (record->start_date);
  copy->end_date = g_strdup (record->end_date);
  copy->certificate_number = g_strdup (record->certificate_number);
  copy->certificate_date = g_strdup (record->certificate_date);
  return copy;
}

void
kr_training_record_free (KrTrainingRecord *record)
{
  if (record == NULL)
    return;
  g_free (record->title);
  g_free (record->provider);
  g_free (record->start_date);
  g_free (record->end_date);
  g_free (record->certificate_number);
  g_free (record->certificate_date);
  g_free (record);
}

gboolean
kr_training_record_validate (const KrTrainingRecord *record, GError **error)
{
  GDate date;

  g_return_val_if_fail (record != NULL, FALSE);

  if (_kr_is_blank (record->title))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Title: enter what was attended"));
      return FALSE;
    }
  if (!kr_text_check_length (record->title, KR_TEXT_MAX_LINE, _ ("Title"), error) ||
      !kr_text_check_length (record->provider, KR_TEXT_MAX_LINE, _ ("Provider"), error) ||
      !kr_text_check_length (record->certificate_number, KR_TEXT_MAX_CODE, _ ("Certificate Number"),
                             error))
    return FALSE;
  if (!check_kinds (record->kind, record->type, record->programme, record->form, error) ||
      !check_dates (record->start_date, record->end_date, FALSE, error))
    return FALSE;
  if (record->jp > MAX_JP)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("JP: enter a number from 0 to %d"),
                   MAX_JP);
      return FALSE;
    }
  return check_date (record->certificate_date, _ ("Certificate date"), FALSE, &date, error);
}

/* Mentoring */

KrMentoring *
kr_mentoring_new (void)
{
  KrMentoring *mentoring = g_new0 (KrMentoring, 1);

  mentoring->form = KR_TRAINING_FORM_MENTORING;
  return mentoring;
}

KrMentoring *
kr_mentoring_copy (const KrMentoring *mentoring)
{
  KrMentoring *copy;

  g_return_val_if_fail (mentoring != NULL, NULL);

  copy = g_memdup2 (mentoring, sizeof *mentoring);
  copy->goals = g_strdup (mentoring->goals);
  copy->start_date = g_strdup (mentoring->start_date);
  copy->end_date = g_strdup (mentoring->end_date);
  copy->mentor_name = g_strdup (mentoring->mentor_name);
  copy->mentee_name = g_strdup (mentoring->mentee_name);
  return copy;
}

void
kr_mentoring_free (KrMentoring *mentoring)
{
  if (mentoring == NULL)
    return;
  g_free (mentoring->goals);
  g_free (mentoring->start_date);
  g_free (mentoring->end_date);
  g_free (mentoring->mentor_name);
  g_free (mentoring->mentee_name);
  g_free (mentoring);
}

gboolean
kr_mentoring_validate (const KrMentoring *mentoring, GError **error)
{
  g_return_val_if_fail (mentoring != NULL, FALSE);

  if (mentoring->mentor_id == 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Mentor: choose the mentor"));
      return FALSE;
    }
  if (mentoring->mentee_id == 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Mentee: choose the mentee"));
      return FALSE;
    }
  if (mentoring->mentor_id == mentoring->mentee_id)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Mentee: choose someone other than the mentor"));
      return FALSE;
    }
  if (mentoring->form != KR_TRAINING_FORM_MENTORING && mentoring->form != KR_TRAINING_FORM_COACHING)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Form: choose mentoring or coaching"));
      return FALSE;
    }
  if (_kr_is_blank (mentoring->goals))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Goals: enter what the pair works on"));
      return FALSE;
    }
  if (!kr_text_check_length (mentoring->goals, KR_TEXT_MAX_NOTE, _ ("Goals"), error))
    return FALSE;
  if (_kr_is_blank (mentoring->end_date))
    {
      GDate start;

      return check_date (mentoring->start_date, _ ("Start date"), TRUE, &start, error);
    }
  return check_dates (mentoring->start_date, mentoring->end_date, TRUE, error);
}

KrMentoringSession *
kr_mentoring_session_new (void)
{
  return g_new0 (KrMentoringSession, 1);
}

void
kr_mentoring_session_free (KrMentoringSession *session)
{
  if (session == NULL)
    return;
  g_free (session->date);
  g_free (session->topic);
  g_free (session->notes);
  g_free (session);
}

gboolean
kr_mentoring_session_validate (const KrMentoringSession *session, GError **error)
{
  GDate date;

  g_return_val_if_fail (session != NULL, FALSE);

  if (!check_date (session->date, _ ("Date"), TRUE, &date, error))
    return FALSE;
  if (_kr_is_blank (session->topic))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Topic: enter what was discussed"));
      return FALSE;
    }
  if (!kr_text_check_length (session->topic, KR_TEXT_MAX_LINE, _ ("Topic"), error) ||
      !kr_text_check_length (session->notes, KR_TEXT_MAX_NOTE, _ ("Notes"), error))
    return FALSE;
  if (session->minutes < 1 || session->minutes > 1440)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Minutes: enter a number from 1 to 1440"));
      return FALSE;
    }
  return TRUE;
}

void
kr_mentor_load_free (KrMentorLoad *load)
{
  if (load == NULL)
    return;
  g_free (load->name);
  g_free (load);
}
