/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-rules"

#include "config.h"

#include "kr-training-rules.h"

#include "kr-i18n.h"

typedef struct
{
  const char *code;
  const char *label;
} CodeLabel;

/* Looks @code up in @table of @n entries. */
static gboolean
find_code (const CodeLabel *table, guint n, const char *code, guint *index)
{
  if (code == NULL)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (table[i].code, code) == 0)
      {
        *index = i;
        return TRUE;
      }
  return FALSE;
}

#define DEFINE_CODES(Type, prefix, table, N)                                                       \
  const char *prefix##_get_code (Type value)                                                       \
  {                                                                                                \
    g_return_val_if_fail ((guint) value < N, NULL);                                                \
    return table[value].code;                                                                      \
  }                                                                                                \
  const char *prefix##_get_label (Type value)                                                      \
  {                                                                                                \
    g_return_val_if_fail ((guint) value < N, NULL);                                                \
    return _ (table[value].label);                                                                 \
  }                                                                                                \
  gboolean prefix##_from_code (const char *code, Type *value)                                      \
  {                                                                                                \
    guint index;                                                                                   \
                                                                                                   \
    g_return_val_if_fail (value != NULL, FALSE);                                                   \
    if (!find_code (table, N, code, &index))                                                       \
      return FALSE;                                                                                \
    *value = (Type) index;                                                                         \
    return TRUE;                                                                                   \
  }

static const CodeLabel training_kinds[KR_N_TRAINING_KINDS] = {
  [KR_TRAINING_KIND_CLASSICAL] = { "classical", N_ ("Classical") },
  [KR_TRAINING_KIND_NON_CLASSICAL] = { "non_classical", N_ ("Non-classical") },
};

DEFINE_CODES (KrTrainingKind, kr_training_kind, training_kinds, KR_N_TRAINING_KINDS)

static const CodeLabel competence_types[KR_N_COMPETENCE_TYPES] = {
  [KR_COMPETENCE_TYPE_TECHNICAL] = { "technical", N_ ("Technical") },
  [KR_COMPETENCE_TYPE_MANAGERIAL] = { "managerial", N_ ("Managerial") },
  [KR_COMPETENCE_TYPE_SOCIO_CULTURAL] = { "socio_cultural", N_ ("Socio-cultural") },
  [KR_COMPETENCE_TYPE_FUNCTIONAL] = { "functional", N_ ("Functional") },
  [KR_COMPETENCE_TYPE_LEADERSHIP] = { "leadership", N_ ("Leadership") },
};

DEFINE_CODES (KrCompetenceType, kr_competence_type, competence_types, KR_N_COMPETENCE_TYPES)

/* DOMAIN 7: the official names of the programmes, not translated */
static const CodeLabel programmes[KR_N_LEADERSHIP_PROGRAMMES] = {
  [KR_LEADERSHIP_PROGRAMME_NONE] = { NULL, N_ ("None") },
  [KR_LEADERSHIP_PROGRAMME_LATSAR] = { "latsar", "Latsar CPNS" },
  [KR_LEADERSHIP_PROGRAMME_PKP] = { "pkp", "PKP" },
  [KR_LEADERSHIP_PROGRAMME_PKA] = { "pka", "PKA" },
  [KR_LEADERSHIP_PROGRAMME_PKN_II] = { "pkn_ii", "PKN Tingkat II" },
  [KR_LEADERSHIP_PROGRAMME_PKN_I] = { "pkn_i", "PKN Tingkat I" },
};

const char *
kr_leadership_programme_get_code (KrLeadershipProgramme programme)
{
  g_return_val_if_fail ((guint) programme < KR_N_LEADERSHIP_PROGRAMMES, NULL);
  return programmes[programme].code;
}

const char *
kr_leadership_programme_get_label (KrLeadershipProgramme programme)
{
  g_return_val_if_fail ((guint) programme < KR_N_LEADERSHIP_PROGRAMMES, NULL);
  if (programme == KR_LEADERSHIP_PROGRAMME_NONE)
    return _ (programmes[programme].label);
  return programmes[programme].label;
}

gboolean
kr_leadership_programme_from_code (const char *code, KrLeadershipProgramme *programme)
{
  guint index;

  g_return_val_if_fail (programme != NULL, FALSE);
  if (code == NULL || *code == '\0')
    {
      *programme = KR_LEADERSHIP_PROGRAMME_NONE;
      return TRUE;
    }
  if (!find_code (programmes, KR_N_LEADERSHIP_PROGRAMMES, code, &index))
    return FALSE;
  *programme = (KrLeadershipProgramme) index;
  return TRUE;
}

/* DOMAIN 7 (B): the forms of Perlan 10/2018, classical first. */
static const CodeLabel forms[KR_N_TRAINING_FORMS] = {
  [KR_TRAINING_FORM_TRAINING] = { "training", N_ ("Training course") },
  [KR_TRAINING_FORM_SEMINAR] = { "seminar", N_ ("Seminar or conference") },
  [KR_TRAINING_FORM_WORKSHOP] = { "workshop", N_ ("Workshop") },
  [KR_TRAINING_FORM_COURSE] = { "course", N_ ("Short course") },
  [KR_TRAINING_FORM_UPGRADING] = { "upgrading", N_ ("Upgrading (penataran)") },
  [KR_TRAINING_FORM_BIMTEK] = { "bimtek", N_ ("Technical guidance (bimtek)") },
  [KR_TRAINING_FORM_SOCIALISATION] = { "socialisation", N_ ("Socialisation") },
  [KR_TRAINING_FORM_COACHING] = { "coaching", N_ ("Coaching") },
  [KR_TRAINING_FORM_MENTORING] = { "mentoring", N_ ("Mentoring") },
  [KR_TRAINING_FORM_E_LEARNING] = { "e_learning", N_ ("E-learning") },
  [KR_TRAINING_FORM_DISTANCE] = { "distance", N_ ("Distance learning") },
  [KR_TRAINING_FORM_SECONDMENT] = { "secondment", N_ ("Secondment (detasering)") },
  [KR_TRAINING_FORM_OUTDOOR] = { "outdoor", N_ ("Outdoor learning") },
  [KR_TRAINING_FORM_BENCHMARKING] = { "benchmarking", N_ ("Benchmarking") },
  [KR_TRAINING_FORM_EXCHANGE] = { "exchange", N_ ("Public–private exchange") },
  [KR_TRAINING_FORM_SELF_STUDY] = { "self_study", N_ ("Self-study") },
  [KR_TRAINING_FORM_COMMUNITY] = { "community", N_ ("Community of practice") },
  [KR_TRAINING_FORM_INTERNSHIP] = { "internship", N_ ("Internship") },
};

DEFINE_CODES (KrTrainingForm, kr_training_form, forms, KR_N_TRAINING_FORMS)

KrTrainingKind
kr_training_form_get_kind (KrTrainingForm form)
{
  g_return_val_if_fail ((guint) form < KR_N_TRAINING_FORMS, KR_TRAINING_KIND_CLASSICAL);
  return form < KR_TRAINING_FORM_COACHING ? KR_TRAINING_KIND_CLASSICAL
                                          : KR_TRAINING_KIND_NON_CLASSICAL;
}

static const CodeLabel deliveries[KR_N_DELIVERIES] = {
  [KR_DELIVERY_IN_PERSON] = { "in_person", N_ ("In person") },
  [KR_DELIVERY_E_LEARNING] = { "e_learning", N_ ("E-learning") },
  [KR_DELIVERY_BLENDED] = { "blended", N_ ("Blended") },
};

DEFINE_CODES (KrDelivery, kr_delivery, deliveries, KR_N_DELIVERIES)

static const CodeLabel session_statuses[KR_N_SESSION_STATUSES] = {
  [KR_SESSION_STATUS_PLANNED] = { "planned", N_ ("Planned") },
  [KR_SESSION_STATUS_OPEN] = { "open", N_ ("Open") },
  [KR_SESSION_STATUS_RUNNING] = { "running", N_ ("Running") },
  [KR_SESSION_STATUS_DONE] = { "done", N_ ("Done") },
  [KR_SESSION_STATUS_CANCELLED] = { "cancelled", N_ ("Cancelled") },
};

DEFINE_CODES (KrSessionStatus, kr_session_status, session_statuses, KR_N_SESSION_STATUSES)

gboolean
kr_session_status_accepts_nominations (KrSessionStatus status)
{
  return status == KR_SESSION_STATUS_PLANNED || status == KR_SESSION_STATUS_OPEN;
}

static const CodeLabel enrolment_states[KR_N_ENROLMENT_STATES] = {
  [KR_ENROLMENT_STATE_NOMINATED] = { "nominated", N_ ("Nominated") },
  [KR_ENROLMENT_STATE_APPROVED] = { "approved", N_ ("Approved") },
  [KR_ENROLMENT_STATE_ATTENDED] = { "attended", N_ ("Attended") },
  [KR_ENROLMENT_STATE_COMPLETED] = { "completed", N_ ("Completed") },
  [KR_ENROLMENT_STATE_NO_SHOW] = { "no_show", N_ ("No-show") },
  [KR_ENROLMENT_STATE_WITHDRAWN] = { "withdrawn", N_ ("Withdrawn") },
};

DEFINE_CODES (KrEnrolmentState, kr_enrolment_state, enrolment_states, KR_N_ENROLMENT_STATES)

/* The workflow, from -> to (kr-training-rules.h). */
static const gboolean moves[KR_N_ENROLMENT_STATES][KR_N_ENROLMENT_STATES] = {
  [KR_ENROLMENT_STATE_NOMINATED] = { [KR_ENROLMENT_STATE_APPROVED] = TRUE,
                                     [KR_ENROLMENT_STATE_WITHDRAWN] = TRUE },
  [KR_ENROLMENT_STATE_APPROVED] = { [KR_ENROLMENT_STATE_ATTENDED] = TRUE,
                                    [KR_ENROLMENT_STATE_NO_SHOW] = TRUE,
                                    [KR_ENROLMENT_STATE_WITHDRAWN] = TRUE },
  [KR_ENROLMENT_STATE_ATTENDED] = { [KR_ENROLMENT_STATE_COMPLETED] = TRUE,
                                    [KR_ENROLMENT_STATE_NO_SHOW] = TRUE },
  [KR_ENROLMENT_STATE_COMPLETED] = { [KR_ENROLMENT_STATE_ATTENDED] = TRUE },
  [KR_ENROLMENT_STATE_NO_SHOW] = { [KR_ENROLMENT_STATE_NOMINATED] = TRUE },
  [KR_ENROLMENT_STATE_WITHDRAWN] = { [KR_ENROLMENT_STATE_NOMINATED] = TRUE },
};

gboolean
kr_enrolment_state_can_move (KrEnrolmentState from, KrEnrolmentState to)
{
  if ((guint) from >= KR_N_ENROLMENT_STATES || (guint) to >= KR_N_ENROLMENT_STATES)
    return FALSE;
  return moves[from][to];
}

gboolean
kr_enrolment_state_takes_seat (KrEnrolmentState state)
{
  return state == KR_ENROLMENT_STATE_NOMINATED || state == KR_ENROLMENT_STATE_APPROVED ||
         state == KR_ENROLMENT_STATE_ATTENDED || state == KR_ENROLMENT_STATE_COMPLETED;
}

/* DOMAIN 7: PNS at least 20 JP a year (C); PPPK at most 24 JP a year of contract (C), counted
 * here by calendar year; CPNS as PNS (they are appointed towards it). */
static const KrJpDuty duties[KR_N_EMPLOYEE_KINDS] = {
  [KR_EMPLOYEE_KIND_PNS] = { .minimum = 20, .maximum = 0 },
  [KR_EMPLOYEE_KIND_CPNS] = { .minimum = 20, .maximum = 0 },
  [KR_EMPLOYEE_KIND_PPPK] = { .minimum = 0, .maximum = 24 },
};

KrJpDuty
kr_jp_duty_for_kind (KrEmployeeKind kind)
{
  KrJpDuty none = { 0, 0 };

  g_return_val_if_fail ((guint) kind < KR_N_EMPLOYEE_KINDS, none);
  return duties[kind];
}

/* DOMAIN 7 (B): no rule text found; training apps assume 45 minutes. */
#define DEFAULT_JP_MINUTES 45

guint
kr_jp_default_minutes (void)
{
  return DEFAULT_JP_MINUTES;
}

double
kr_jp_from_minutes (guint minutes, guint jp_minutes)
{
  g_return_val_if_fail (jp_minutes > 0, 0.0);
  return (double) minutes / (double) jp_minutes;
}

/* Leadership programmes (DOMAIN 7, C: sippn.menpan.go.id for PKN II). Months of the limits. */
#define PKN_II_ADMINISTRATOR_MONTHS_IN_IV_A (3 * 12 + 6)
#define PKN_II_AHLI_MADYA_MONTHS_IN_IV_A    (2 * 12 + 6)
#define PKN_II_JPT_MIN_MONTHS_TO_BUP        (1 * 12 + 6)
#define PKN_II_MAX_AGE_MONTHS               (55 * 12)

static void
add_problem (GPtrArray *problems, char *message)
{
  if (problems != NULL)
    g_ptr_array_add (problems, message);
  else
    g_free (message);
}

static gboolean
is_rank_at_least (const KrTrainingCandidate *candidate, KrRank rank)
{
  return candidate->kind != KR_EMPLOYEE_KIND_PPPK && candidate->rank >= rank;
}

static gboolean
check_pkn_ii (const KrTrainingCandidate *candidate, GPtrArray *problems)
{
  const char *name = programmes[KR_LEADERSHIP_PROGRAMME_PKN_II].label;

  switch (candidate->position_kind)
    {
    case KR_POSITION_KIND_JPT_PRATAMA:
      if (candidate->months_to_retirement < PKN_II_JPT_MIN_MONTHS_TO_BUP)
        {
          /* Translators: %s is the programme, "PKN Tingkat II" */
          add_problem (problems, g_strdup_printf (_ ("%s: a JPT Pratama must be at least 1 year "
                                                     "6 months from the retirement age"),
                                                  name));
          return FALSE;
        }
      return TRUE;
    case KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN:
      if (candidate->position_level == KR_POSITION_LEVEL_AHLI_UTAMA)
        break;
      if (candidate->position_level == KR_POSITION_LEVEL_AHLI_MADYA)
        {
          if (!is_rank_at_least (candidate, KR_RANK_IV_A) ||
              (candidate->rank == KR_RANK_IV_A &&
               candidate->months_in_rank < PKN_II_AHLI_MADYA_MONTHS_IN_IV_A))
            {
              add_problem (problems,
                           g_strdup_printf (_ ("%s: an Ahli Madya needs golongan IV/a for at "
                                               "least 2 years 6 months"),
                                            name));
              return FALSE;
            }
          break;
        }
      add_problem (problems, g_strdup_printf (_ ("%s: only for JPT Pratama, Ahli Utama, Ahli "
                                                 "Madya and Administrator positions"),
                                              name));
      return FALSE;
    case KR_POSITION_KIND_ADMINISTRATOR:
      if (!is_rank_at_least (candidate, KR_RANK_IV_A) ||
          (candidate->rank == KR_RANK_IV_A &&
           candidate->months_in_rank < PKN_II_ADMINISTRATOR_MONTHS_IN_IV_A))
        {
          add_problem (problems, g_strdup_printf (_ ("%s: an Administrator needs golongan IV/a "
                                                     "for at least 3 years 6 months"),
                                                  name));
          return FALSE;
        }
      break;
    case KR_POSITION_KIND_JPT_UTAMA:
    case KR_POSITION_KIND_JPT_MADYA:
    case KR_POSITION_KIND_PENGAWAS:
    case KR_POSITION_KIND_PELAKSANA:
    case KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN:
    default:
      add_problem (problems, g_strdup_printf (_ ("%s: only for JPT Pratama, Ahli Utama, Ahli "
                                                 "Madya and Administrator positions"),
                                              name));
      return FALSE;
    }

  /* Administrators and functional positions: at most 55 years old */
  if (candidate->age_months > PKN_II_MAX_AGE_MONTHS)
    {
      add_problem (problems, g_strdup_printf (_ ("%s: at most 55 years old for Administrator and "
                                                 "functional positions"),
                                              name));
      return FALSE;
    }
  return TRUE;
}

/* The position kind a programme is for (DOMAIN 7). */
static gboolean
check_position (KrLeadershipProgramme programme,
                const KrTrainingCandidate *candidate,
                KrPositionKind wanted,
                const char *wanted_label,
                GPtrArray *problems)
{
  if (candidate->position_kind == wanted)
    return TRUE;
  /* Translators: "PKP: only for Pengawas positions" */
  add_problem (problems, g_strdup_printf (_ ("%s: only for %s positions"),
                                          programmes[programme].label, wanted_label));
  return FALSE;
}

gboolean
kr_leadership_programme_check (KrLeadershipProgramme programme,
                               const KrTrainingCandidate *candidate,
                               GPtrArray *problems)
{
  g_return_val_if_fail (candidate != NULL, FALSE);

  switch (programme)
    {
    case KR_LEADERSHIP_PROGRAMME_NONE:
      return TRUE;
    case KR_LEADERSHIP_PROGRAMME_LATSAR:
      if (candidate->kind == KR_EMPLOYEE_KIND_CPNS)
        return TRUE;
      add_problem (problems, g_strdup (_ ("Latsar CPNS: only for candidate civil servants "
                                          "(CPNS)")));
      return FALSE;
    case KR_LEADERSHIP_PROGRAMME_PKP:
      return check_position (programme, candidate, KR_POSITION_KIND_PENGAWAS, "Pengawas", problems);
    case KR_LEADERSHIP_PROGRAMME_PKA:
      return check_position (programme, candidate, KR_POSITION_KIND_ADMINISTRATOR, "Administrator",
                             problems);
    case KR_LEADERSHIP_PROGRAMME_PKN_II:
      return check_pkn_ii (candidate, problems);
    case KR_LEADERSHIP_PROGRAMME_PKN_I:
      return check_position (programme, candidate, KR_POSITION_KIND_JPT_MADYA, "JPT Madya",
                             problems);
    case KR_N_LEADERSHIP_PROGRAMMES:
    default:
      g_return_val_if_reached (FALSE);
    }
}
