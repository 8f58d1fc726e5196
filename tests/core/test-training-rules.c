/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "kr-training-rules.h"

/* Every code reads back to its value, and an unknown code is refused. */
static void
test_codes (void)
{
  for (guint i = 0; i < KR_N_TRAINING_KINDS; i++)
    {
      KrTrainingKind kind;

      g_assert_true (kr_training_kind_from_code (kr_training_kind_get_code (i), &kind));
      g_assert_cmpuint (kind, ==, i);
      g_assert_nonnull (kr_training_kind_get_label (i));
    }
  for (guint i = 0; i < KR_N_COMPETENCE_TYPES; i++)
    {
      KrCompetenceType type;

      g_assert_true (kr_competence_type_from_code (kr_competence_type_get_code (i), &type));
      g_assert_cmpuint (type, ==, i);
    }
  for (guint i = 0; i < KR_N_LEADERSHIP_PROGRAMMES; i++)
    {
      KrLeadershipProgramme programme;

      g_assert_true (
          kr_leadership_programme_from_code (kr_leadership_programme_get_code (i), &programme));
      g_assert_cmpuint (programme, ==, i);
    }
  for (guint i = 0; i < KR_N_TRAINING_FORMS; i++)
    {
      KrTrainingForm form;

      g_assert_true (kr_training_form_from_code (kr_training_form_get_code (i), &form));
      g_assert_cmpuint (form, ==, i);
    }
  for (guint i = 0; i < KR_N_DELIVERIES; i++)
    {
      KrDelivery delivery;

      g_assert_true (kr_delivery_from_code (kr_delivery_get_code (i), &delivery));
      g_assert_cmpuint (delivery, ==, i);
    }
  for (guint i = 0; i < KR_N_SESSION_STATUSES; i++)
    {
      KrSessionStatus status;

      g_assert_true (kr_session_status_from_code (kr_session_status_get_code (i), &status));
      g_assert_cmpuint (status, ==, i);
    }
  for (guint i = 0; i < KR_N_ENROLMENT_STATES; i++)
    {
      KrEnrolmentState state;

      g_assert_true (kr_enrolment_state_from_code (kr_enrolment_state_get_code (i), &state));
      g_assert_cmpuint (state, ==, i);
    }

  {
    KrTrainingKind kind = KR_TRAINING_KIND_NON_CLASSICAL;
    KrLeadershipProgramme programme = KR_LEADERSHIP_PROGRAMME_PKA;

    g_assert_false (kr_training_kind_from_code ("klasikal", &kind));
    g_assert_false (kr_training_kind_from_code (NULL, &kind));
    g_assert_cmpuint (kind, ==, KR_TRAINING_KIND_NON_CLASSICAL);
    g_assert_false (kr_leadership_programme_from_code ("pim_ii", &programme));
    g_assert_true (kr_leadership_programme_from_code ("", &programme));
    g_assert_cmpuint (programme, ==, KR_LEADERSHIP_PROGRAMME_NONE);
  }

  /* The official names stay as they are */
  g_assert_cmpstr (kr_leadership_programme_get_label (KR_LEADERSHIP_PROGRAMME_PKN_II), ==,
                   "PKN Tingkat II");
  g_assert_cmpstr (kr_leadership_programme_get_label (KR_LEADERSHIP_PROGRAMME_LATSAR), ==,
                   "Latsar CPNS");
  g_assert_cmpstr (kr_training_form_get_code (KR_TRAINING_FORM_BIMTEK), ==, "bimtek");
  g_assert_cmpstr (kr_enrolment_state_get_code (KR_ENROLMENT_STATE_NO_SHOW), ==, "no_show");
}

/* The classical forms of DOMAIN 7 are classical, the non-classical ones not. */
static void
test_forms (void)
{
  const KrTrainingForm classical[] = {
    KR_TRAINING_FORM_TRAINING,      KR_TRAINING_FORM_SEMINAR,   KR_TRAINING_FORM_WORKSHOP,
    KR_TRAINING_FORM_COURSE,        KR_TRAINING_FORM_UPGRADING, KR_TRAINING_FORM_BIMTEK,
    KR_TRAINING_FORM_SOCIALISATION,
  };
  const KrTrainingForm non_classical[] = {
    KR_TRAINING_FORM_COACHING,     KR_TRAINING_FORM_MENTORING,  KR_TRAINING_FORM_E_LEARNING,
    KR_TRAINING_FORM_DISTANCE,     KR_TRAINING_FORM_SECONDMENT, KR_TRAINING_FORM_OUTDOOR,
    KR_TRAINING_FORM_BENCHMARKING, KR_TRAINING_FORM_EXCHANGE,   KR_TRAINING_FORM_SELF_STUDY,
    KR_TRAINING_FORM_COMMUNITY,    KR_TRAINING_FORM_INTERNSHIP,
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (classical) + G_N_ELEMENTS (non_classical) == KR_N_TRAINING_FORMS);
  for (guint i = 0; i < G_N_ELEMENTS (classical); i++)
    g_assert_cmpuint (kr_training_form_get_kind (classical[i]), ==, KR_TRAINING_KIND_CLASSICAL);
  for (guint i = 0; i < G_N_ELEMENTS (non_classical); i++)
    g_assert_cmpuint (kr_training_form_get_kind (non_classical[i]), ==,
                      KR_TRAINING_KIND_NON_CLASSICAL);
}

/* The workflow of kr-training-rules.h, written out again move by move. */
static void
test_enrolment_moves (void)
{
  static const char *const allowed[] = {
    "nominated>approved",
    "nominated>withdrawn",
    "approved>attended",
    "approved>no_show",
    "approved>withdrawn",
    "attended>completed",
    "attended>no_show",
    "completed>attended",
    "no_show>nominated",
    "withdrawn>nominated",
    NULL,
  };
  guint n_allowed = 0;

  for (guint from = 0; from < KR_N_ENROLMENT_STATES; from++)
    for (guint to = 0; to < KR_N_ENROLMENT_STATES; to++)
      {
        g_autofree char *move = g_strdup_printf ("%s>%s", kr_enrolment_state_get_code (from),
                                                 kr_enrolment_state_get_code (to));
        gboolean expected = g_strv_contains (allowed, move);

        g_test_message ("%s", move);
        g_assert_cmpint (kr_enrolment_state_can_move (from, to), ==, expected);
        n_allowed += expected;
      }
  g_assert_cmpuint (n_allowed, ==, g_strv_length ((char **) allowed));

  g_assert_true (kr_enrolment_state_takes_seat (KR_ENROLMENT_STATE_NOMINATED));
  g_assert_true (kr_enrolment_state_takes_seat (KR_ENROLMENT_STATE_COMPLETED));
  g_assert_false (kr_enrolment_state_takes_seat (KR_ENROLMENT_STATE_WITHDRAWN));
  g_assert_false (kr_enrolment_state_takes_seat (KR_ENROLMENT_STATE_NO_SHOW));

  g_assert_true (kr_session_status_accepts_nominations (KR_SESSION_STATUS_PLANNED));
  g_assert_true (kr_session_status_accepts_nominations (KR_SESSION_STATUS_OPEN));
  g_assert_false (kr_session_status_accepts_nominations (KR_SESSION_STATUS_RUNNING));
  g_assert_false (kr_session_status_accepts_nominations (KR_SESSION_STATUS_DONE));
  g_assert_false (kr_session_status_accepts_nominations (KR_SESSION_STATUS_CANCELLED));
}

/* DOMAIN 7: PNS at least 20 JP, PPPK at most 24; one JP 45 minutes (B). */
static void
test_duty (void)
{
  KrJpDuty pns = kr_jp_duty_for_kind (KR_EMPLOYEE_KIND_PNS);
  KrJpDuty cpns = kr_jp_duty_for_kind (KR_EMPLOYEE_KIND_CPNS);
  KrJpDuty pppk = kr_jp_duty_for_kind (KR_EMPLOYEE_KIND_PPPK);

  g_assert_cmpuint (pns.minimum, ==, 20);
  g_assert_cmpuint (pns.maximum, ==, 0);
  g_assert_cmpuint (cpns.minimum, ==, 20);
  g_assert_cmpuint (pppk.minimum, ==, 0);
  g_assert_cmpuint (pppk.maximum, ==, 24);

  g_assert_cmpuint (kr_jp_default_minutes (), ==, 45);
  g_assert_cmpfloat_with_epsilon (kr_jp_from_minutes (90, 45), 2.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (kr_jp_from_minutes (60, 45), 4.0 / 3.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (kr_jp_from_minutes (120, 60), 2.0, 1e-9);
}

static KrTrainingCandidate
candidate (KrEmployeeKind kind, KrPositionKind position, KrPositionLevel level, KrRank rank)
{
  KrTrainingCandidate c = {
    .kind = kind,
    .position_kind = position,
    .position_level = level,
    .rank = rank,
    .months_in_rank = 60,
    .age_months = 45 * 12,
    .months_to_retirement = 120,
  };

  return c;
}

/* Checks @c against @programme: eligible when @problem is NULL, else one problem containing
 * @problem. */
static void
assert_check (KrLeadershipProgramme programme, const KrTrainingCandidate *c, const char *problem)
{
  g_autoptr (GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  gboolean eligible = kr_leadership_programme_check (programme, c, problems);

  if (problem == NULL)
    {
      g_assert_true (eligible);
      g_assert_cmpuint (problems->len, ==, 0);
      return;
    }
  g_assert_false (eligible);
  g_assert_cmpuint (problems->len, ==, 1);
  g_test_message ("%s", (const char *) problems->pdata[0]);
  g_assert_nonnull (strstr (problems->pdata[0], problem));
}

static void
test_leadership (void)
{
  KrTrainingCandidate c;

  /* Latsar: CPNS only */
  c = candidate (KR_EMPLOYEE_KIND_CPNS, KR_POSITION_KIND_PELAKSANA, KR_POSITION_LEVEL_NONE,
                 KR_RANK_III_A);
  assert_check (KR_LEADERSHIP_PROGRAMME_LATSAR, &c, NULL);
  assert_check (KR_LEADERSHIP_PROGRAMME_NONE, &c, NULL);
  c.kind = KR_EMPLOYEE_KIND_PNS;
  assert_check (KR_LEADERSHIP_PROGRAMME_LATSAR, &c, "CPNS");

  /* PKP: pengawas; PKA: administrator; PKN I: JPT Madya */
  c = candidate (KR_EMPLOYEE_KIND_PNS, KR_POSITION_KIND_PENGAWAS, KR_POSITION_LEVEL_NONE,
                 KR_RANK_III_C);
  assert_check (KR_LEADERSHIP_PROGRAMME_PKP, &c, NULL);
  assert_check (KR_LEADERSHIP_PROGRAMME_PKA, &c, "Administrator");
  c.position_kind = KR_POSITION_KIND_ADMINISTRATOR;
  assert_check (KR_LEADERSHIP_PROGRAMME_PKA, &c, NULL);
  assert_check (KR_LEADERSHIP_PROGRAMME_PKP, &c, "Pengawas");
  assert_check (KR_LEADERSHIP_PROGRAMME_PKN_I, &c, "JPT Madya");
  c.position_kind = KR_POSITION_KIND_JPT_MADYA;
  assert_check (KR_LEADERSHIP_PROGRAMME_PKN_I, &c, NULL);

  /* PKN II: JPT Pratama at least 1 y 6 m before BUP */
  c = candidate (KR_EMPLOYEE_KIND_PNS, KR_POSITION_KIND_JPT_PRATAMA, KR_POSITION_LEVEL_NONE,
                 KR_RANK_IV_C);
  c.months_to_retirement = 18;
  c.age_months = 57 * 12;
  assert_check (KR_LEADERSHIP_PROGRAMME_PKN_II, &c, NULL);
  c.months_to_retirement = 17;
  assert_check (KR_LEADERSHIP_PROGRAMME_PKN_II, &c, "retirement");

  /* JF Ahli Utama */
  c = candidate (KR_EMPLOYEE_KIND_PNS, KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN,
                 KR_POSITION_LEVEL_AHLI_UTAMA, KR_RANK_IV_D);
  assert_check (KR_LEADERSHIP_PROGRAMME_PKN_II, &c, NULL);
  c.age_months = 55 * 12 + 1;
  assert_check (KR_LEADERSHIP_PROGRAMME_PKN_II, &c, "55");

  /* Administrator: IV/a for at least 3 y 6 m (or above IV/a) */
  c = candidate (KR_EMPLOYEE_KIND_PNS, KR_POSITION_KIND_ADMINISTRATOR, KR_POSITION_LEVEL_NONE,
                 KR_RANK_IV_A);
  c.months_in_rank = 42;
  assert_check (KR_LEADERSHIP_PROGRAMME_PKN_II, &c, NULL);
  c.months_in_rank = 41;
  assert_check (KR_LEADERSHIP_PROGRAMME_PKN_II, &c, "3 years 6 months");
  c.rank = KR_RANK_IV_B;
  c.months_in_rank = 2;
  assert_check (KR_LEADERSHIP_PROGRAMME_PKN_II, &c, NULL);
  c.rank = KR_RANK_III_D;
  c.months_in_rank = 100;
  assert_check (KR_LEADERSHIP_PROGRAMME_PKN_II, &c, "IV/a");
  c.rank = KR_RANK_IV_B;
  c.age_months = 55 * 12;
  assert_check (KR_LEADERSHIP_PROGRAMME_PKN_II, &c, NULL);
  c.age_months = 56 * 12;
  assert_check (KR_LEADERSHIP_PROGRAMME_PKN_II, &c, "55");

  /* JF Ahli Madya: IV/a for at least 2 y 6 m */
  c = candidate (KR_EMPLOYEE_KIND_PNS, KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN,
                 KR_POSITION_LEVEL_AHLI_MADYA, KR_RANK_IV_A);
  c.months_in_rank = 30;
  assert_check (KR_LEADERSHIP_PROGRAMME_PKN_II, &c, NULL);
  c.months_in_rank = 29;
  assert_check (KR_LEADERSHIP_PROGRAMME_PKN_II, &c, "2 years 6 months");
  c.kind = KR_EMPLOYEE_KIND_PPPK;
  c.months_in_rank = 100;
  assert_check (KR_LEADERSHIP_PROGRAMME_PKN_II, &c, "IV/a");

  /* Other positions are not for PKN II */
  c = candidate (KR_EMPLOYEE_KIND_PNS, KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN,
                 KR_POSITION_LEVEL_AHLI_MUDA, KR_RANK_IV_A);
  assert_check (KR_LEADERSHIP_PROGRAMME_PKN_II, &c, "only for");
  c.position_kind = KR_POSITION_KIND_PENGAWAS;
  c.position_level = KR_POSITION_LEVEL_NONE;
  assert_check (KR_LEADERSHIP_PROGRAMME_PKN_II, &c, "only for");
  c.position_kind = KR_POSITION_KIND_JPT_MADYA;
  assert_check (KR_LEADERSHIP_PROGRAMME_PKN_II, &c, "only for");

  /* Without a problems array the answer is the same */
  g_assert_false (kr_leadership_programme_check (KR_LEADERSHIP_PROGRAMME_PKN_II, &c, NULL));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/training-rules/codes", test_codes);
  g_test_add_func ("/training-rules/forms", test_forms);
  g_test_add_func ("/training-rules/enrolment-moves", test_enrolment_moves);
  g_test_add_func ("/training-rules/duty", test_duty);
  g_test_add_func ("/training-rules/leadership", test_leadership);

  return g_test_run ();
}
