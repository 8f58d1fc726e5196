/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kr-employee.h"
#include "kr-position.h"
#include "kr-rank.h"

G_BEGIN_DECLS

/* The rules of competence development (DOMAIN 7) as pure functions over plain values: the
 * words of the catalogue, the JP duty per employee kind, and who may join a leadership
 * programme. Facts marked B in DOMAIN.md live in the tables of kr-training-rules.c alone.
 * Every enum has a storage code (migrations/0009) and a translated label. */

/**
 * KrTrainingKind:
 * @KR_TRAINING_KIND_CLASSICAL: pelatihan klasikal (code "classical")
 * @KR_TRAINING_KIND_NON_CLASSICAL: pelatihan nonklasikal (code "non_classical")
 */
typedef enum
{
  KR_TRAINING_KIND_CLASSICAL,
  KR_TRAINING_KIND_NON_CLASSICAL,
  KR_N_TRAINING_KINDS,
} KrTrainingKind;

const char *kr_training_kind_get_code (KrTrainingKind kind);
/* Translated: "Classical", "Non-classical" */
const char *kr_training_kind_get_label (KrTrainingKind kind);
gboolean kr_training_kind_from_code (const char *code, KrTrainingKind *kind);

/**
 * KrCompetenceType:
 * @KR_COMPETENCE_TYPE_TECHNICAL: teknis (code "technical")
 * @KR_COMPETENCE_TYPE_MANAGERIAL: manajerial (code "managerial")
 * @KR_COMPETENCE_TYPE_SOCIO_CULTURAL: sosial kultural (code "socio_cultural")
 * @KR_COMPETENCE_TYPE_FUNCTIONAL: fungsional (code "functional")
 * @KR_COMPETENCE_TYPE_LEADERSHIP: struktural kepemimpinan (code "leadership"); a course of this
 *   type names its #KrLeadershipProgramme
 */
typedef enum
{
  KR_COMPETENCE_TYPE_TECHNICAL,
  KR_COMPETENCE_TYPE_MANAGERIAL,
  KR_COMPETENCE_TYPE_SOCIO_CULTURAL,
  KR_COMPETENCE_TYPE_FUNCTIONAL,
  KR_COMPETENCE_TYPE_LEADERSHIP,
  KR_N_COMPETENCE_TYPES,
} KrCompetenceType;

const char *kr_competence_type_get_code (KrCompetenceType type);
/* Translated: "Technical", "Managerial", "Socio-cultural", "Functional", "Leadership" */
const char *kr_competence_type_get_label (KrCompetenceType type);
gboolean kr_competence_type_from_code (const char *code, KrCompetenceType *type);

/**
 * KrLeadershipProgramme:
 * @KR_LEADERSHIP_PROGRAMME_NONE: not a leadership programme (no code: NULL)
 * @KR_LEADERSHIP_PROGRAMME_LATSAR: Latsar CPNS (code "latsar")
 * @KR_LEADERSHIP_PROGRAMME_PKP: Pelatihan Kepemimpinan Pengawas (code "pkp")
 * @KR_LEADERSHIP_PROGRAMME_PKA: Pelatihan Kepemimpinan Administrator (code "pka")
 * @KR_LEADERSHIP_PROGRAMME_PKN_II: Pelatihan Kepemimpinan Nasional Tingkat II (code "pkn_ii")
 * @KR_LEADERSHIP_PROGRAMME_PKN_I: Pelatihan Kepemimpinan Nasional Tingkat I (code "pkn_i")
 */
typedef enum
{
  KR_LEADERSHIP_PROGRAMME_NONE,
  KR_LEADERSHIP_PROGRAMME_LATSAR,
  KR_LEADERSHIP_PROGRAMME_PKP,
  KR_LEADERSHIP_PROGRAMME_PKA,
  KR_LEADERSHIP_PROGRAMME_PKN_II,
  KR_LEADERSHIP_PROGRAMME_PKN_I,
  KR_N_LEADERSHIP_PROGRAMMES,
} KrLeadershipProgramme;

/* NULL for NONE */
const char *kr_leadership_programme_get_code (KrLeadershipProgramme programme);
/* Official names, not translated: "Latsar CPNS", "PKP", "PKA", "PKN Tingkat II", "PKN Tingkat I";
 * NONE: translated "None" */
const char *kr_leadership_programme_get_label (KrLeadershipProgramme programme);
/* NULL or "" gives NONE */
gboolean kr_leadership_programme_from_code (const char *code, KrLeadershipProgramme *programme);

/**
 * KrTrainingForm:
 *
 * The form of a development activity (DOMAIN 7, B lists of Perlan 10/2018). Classical forms
 * first, then non-classical ones; kr_training_form_get_kind () says which.
 */
typedef enum
{
  /* klasikal */
  KR_TRAINING_FORM_TRAINING,      /* "training": pelatihan */
  KR_TRAINING_FORM_SEMINAR,       /* "seminar": seminar/konferensi/sarasehan */
  KR_TRAINING_FORM_WORKSHOP,      /* "workshop": workshop/lokakarya */
  KR_TRAINING_FORM_COURSE,        /* "course": kursus */
  KR_TRAINING_FORM_UPGRADING,     /* "upgrading": penataran */
  KR_TRAINING_FORM_BIMTEK,        /* "bimtek": bimbingan teknis */
  KR_TRAINING_FORM_SOCIALISATION, /* "socialisation": sosialisasi */
  /* nonklasikal */
  KR_TRAINING_FORM_COACHING,     /* "coaching" */
  KR_TRAINING_FORM_MENTORING,    /* "mentoring" */
  KR_TRAINING_FORM_E_LEARNING,   /* "e_learning" */
  KR_TRAINING_FORM_DISTANCE,     /* "distance": pelatihan jarak jauh */
  KR_TRAINING_FORM_SECONDMENT,   /* "secondment": detasering */
  KR_TRAINING_FORM_OUTDOOR,      /* "outdoor": pembelajaran alam terbuka */
  KR_TRAINING_FORM_BENCHMARKING, /* "benchmarking": patok banding */
  KR_TRAINING_FORM_EXCHANGE,     /* "exchange": pertukaran PNS-swasta */
  KR_TRAINING_FORM_SELF_STUDY,   /* "self_study": belajar mandiri */
  KR_TRAINING_FORM_COMMUNITY,    /* "community": komunitas belajar */
  KR_TRAINING_FORM_INTERNSHIP,   /* "internship": magang/praktik kerja */
  KR_N_TRAINING_FORMS,
} KrTrainingForm;

const char *kr_training_form_get_code (KrTrainingForm form);
/* Translated, such as "Technical guidance (bimtek)", "Secondment" */
const char *kr_training_form_get_label (KrTrainingForm form);
gboolean kr_training_form_from_code (const char *code, KrTrainingForm *form);
KrTrainingKind kr_training_form_get_kind (KrTrainingForm form);

/**
 * KrDelivery:
 * @KR_DELIVERY_IN_PERSON: code "in_person"
 * @KR_DELIVERY_E_LEARNING: code "e_learning"
 * @KR_DELIVERY_BLENDED: code "blended"
 */
typedef enum
{
  KR_DELIVERY_IN_PERSON,
  KR_DELIVERY_E_LEARNING,
  KR_DELIVERY_BLENDED,
  KR_N_DELIVERIES,
} KrDelivery;

const char *kr_delivery_get_code (KrDelivery delivery);
/* Translated: "In person", "E-learning", "Blended" */
const char *kr_delivery_get_label (KrDelivery delivery);
gboolean kr_delivery_from_code (const char *code, KrDelivery *delivery);

/**
 * KrSessionStatus:
 * @KR_SESSION_STATUS_PLANNED: planned; nominations allowed (code "planned")
 * @KR_SESSION_STATUS_OPEN: open for registration (code "open")
 * @KR_SESSION_STATUS_RUNNING: under way (code "running")
 * @KR_SESSION_STATUS_DONE: finished (code "done")
 * @KR_SESSION_STATUS_CANCELLED: cancelled; its enrolments are withdrawn (code "cancelled")
 */
typedef enum
{
  KR_SESSION_STATUS_PLANNED,
  KR_SESSION_STATUS_OPEN,
  KR_SESSION_STATUS_RUNNING,
  KR_SESSION_STATUS_DONE,
  KR_SESSION_STATUS_CANCELLED,
  KR_N_SESSION_STATUSES,
} KrSessionStatus;

const char *kr_session_status_get_code (KrSessionStatus status);
/* Translated: "Planned", "Open", "Running", "Done", "Cancelled" */
const char *kr_session_status_get_label (KrSessionStatus status);
gboolean kr_session_status_from_code (const char *code, KrSessionStatus *status);
/* Whether employees may still be nominated: planned and open */
gboolean kr_session_status_accepts_nominations (KrSessionStatus status);

/**
 * KrEnrolmentState:
 * @KR_ENROLMENT_STATE_NOMINATED: proposed by HR or the unit head (code "nominated")
 * @KR_ENROLMENT_STATE_APPROVED: approved; its cost is committed (code "approved")
 * @KR_ENROLMENT_STATE_ATTENDED: attended, not yet completed (code "attended")
 * @KR_ENROLMENT_STATE_COMPLETED: completed with JP credited, certificate (code "completed")
 * @KR_ENROLMENT_STATE_NO_SHOW: approved but did not attend (code "no_show")
 * @KR_ENROLMENT_STATE_WITHDRAWN: withdrawn before attending (code "withdrawn")
 */
typedef enum
{
  KR_ENROLMENT_STATE_NOMINATED,
  KR_ENROLMENT_STATE_APPROVED,
  KR_ENROLMENT_STATE_ATTENDED,
  KR_ENROLMENT_STATE_COMPLETED,
  KR_ENROLMENT_STATE_NO_SHOW,
  KR_ENROLMENT_STATE_WITHDRAWN,
  KR_N_ENROLMENT_STATES,
} KrEnrolmentState;

const char *kr_enrolment_state_get_code (KrEnrolmentState state);
/* Translated: "Nominated", "Approved", "Attended", "Completed", "No-show", "Withdrawn" */
const char *kr_enrolment_state_get_label (KrEnrolmentState state);
gboolean kr_enrolment_state_from_code (const char *code, KrEnrolmentState *state);

/**
 * kr_enrolment_state_can_move:
 *
 * The enrolment workflow: nominated → approved | withdrawn; approved → attended | no_show |
 * withdrawn; attended → completed | no_show; completed, no_show, withdrawn are final, but an
 * HR operator may move completed back to attended (a correction) and no_show/withdrawn back to
 * nominated.
 */
gboolean kr_enrolment_state_can_move (KrEnrolmentState from, KrEnrolmentState to);

/* Whether the enrolment takes a seat of the session's capacity: nominated, approved, attended,
 * completed. */
gboolean kr_enrolment_state_takes_seat (KrEnrolmentState state);

/**
 * KrJpDuty:
 * @minimum: the JP an employee must earn in a year (PNS and CPNS: 20); 0 for none
 * @maximum: the JP an employee may be given in a year (PPPK: 24); 0 for no limit
 *
 * The yearly development duty and limit of an employee kind (DOMAIN 7).
 */
typedef struct
{
  guint minimum;
  guint maximum;
} KrJpDuty;

KrJpDuty kr_jp_duty_for_kind (KrEmployeeKind kind);

/* The default length of one JP in minutes (45, a B fact); the database setting overrides it. */
guint kr_jp_default_minutes (void);

/* JP for a duration: @minutes / @jp_minutes, e.g. 90 minutes at 45 = 2.0 */
double kr_jp_from_minutes (guint minutes, guint jp_minutes);

/**
 * KrTrainingCandidate:
 * @kind: employee kind
 * @position_kind: the current position's kind
 * @position_level: the current position's level (functional positions), else 0
 * @rank: the current golongan (PNS/CPNS); ignored for PPPK
 * @pppk_golongan: PPPK golongan 1..17, else 0
 * @months_in_rank: service in the current rank, whole months
 * @age_months: age in whole months at the session's start
 * @months_to_retirement: whole months from the session's start to the BUP date
 *
 * The facts about an employee that the prerequisites of a course read.
 */
typedef struct
{
  KrEmployeeKind kind;
  KrPositionKind position_kind;
  KrPositionLevel position_level;
  KrRank rank;
  guint pppk_golongan;
  guint months_in_rank;
  guint age_months;
  gint months_to_retirement;
} KrTrainingCandidate;

/**
 * kr_leadership_programme_check:
 * @programme: a programme (NONE always passes)
 * @candidate: the employee
 * @problems: (element-type utf8): translated reasons, one per unmet rule, appended
 *
 * The eligibility rules of a leadership programme (DOMAIN 7): Latsar for CPNS; PKP for
 * pengawas; PKA for administrator; PKN II for JPT Pratama (at most 1 y 6 m before BUP), JF
 * Ahli Utama, administrator with IV/a for at least 3 y 6 m, JF Ahli Madya with IV/a for at
 * least 2 y 6 m (JA/JF at most 55 years old); PKN I for JPT Madya.
 *
 * Returns: TRUE when eligible (nothing appended)
 */
gboolean kr_leadership_programme_check (KrLeadershipProgramme programme,
                                        const KrTrainingCandidate *candidate,
                                        GPtrArray *problems);

G_END_DECLS
