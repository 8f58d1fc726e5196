/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-appraisal"

#include "config.h"

#include "kr-appraisal.h"

#include <string.h>

#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-repository-private.h"
#include "kr-text.h"

/* States and actions */

static const char *const state_codes[KR_N_APPRAISAL_STATES] = {
  [KR_APPRAISAL_STATE_DRAFT] = "draft",       [KR_APPRAISAL_STATE_SUBMITTED] = "submitted",
  [KR_APPRAISAL_STATE_REVIEWED] = "reviewed", [KR_APPRAISAL_STATE_FINAL] = "final",
  [KR_APPRAISAL_STATE_OBJECTED] = "objected",
};

static const char *const state_labels[KR_N_APPRAISAL_STATES] = {
  [KR_APPRAISAL_STATE_DRAFT] = N_ ("Draft"),
  [KR_APPRAISAL_STATE_SUBMITTED] = N_ ("Submitted"),
  [KR_APPRAISAL_STATE_REVIEWED] = N_ ("Reviewed"),
  [KR_APPRAISAL_STATE_FINAL] = N_ ("Final"),
  [KR_APPRAISAL_STATE_OBJECTED] = N_ ("Objection"),
};

typedef struct
{
  const char *label;
  KrAppraisalState source;
  KrAppraisalState target;
  gboolean needs_reason;
} ActionInfo;

static const ActionInfo actions[KR_N_APPRAISAL_ACTIONS] = {
  [KR_APPRAISAL_ACTION_SUBMIT] = { N_ ("Submit"), KR_APPRAISAL_STATE_DRAFT,
                                   KR_APPRAISAL_STATE_SUBMITTED, FALSE },
  [KR_APPRAISAL_ACTION_RETURN] = { N_ ("Return"), KR_APPRAISAL_STATE_SUBMITTED,
                                   KR_APPRAISAL_STATE_DRAFT, TRUE },
  [KR_APPRAISAL_ACTION_REVIEW] = { N_ ("Mark Reviewed"), KR_APPRAISAL_STATE_SUBMITTED,
                                   KR_APPRAISAL_STATE_REVIEWED, FALSE },
  [KR_APPRAISAL_ACTION_FINALISE] = { N_ ("Finalise"), KR_APPRAISAL_STATE_REVIEWED,
                                     KR_APPRAISAL_STATE_FINAL, FALSE },
  [KR_APPRAISAL_ACTION_OBJECT] = { N_ ("Record Objection"), KR_APPRAISAL_STATE_FINAL,
                                   KR_APPRAISAL_STATE_OBJECTED, TRUE },
  [KR_APPRAISAL_ACTION_DECIDE] = { N_ ("Decide Objection"), KR_APPRAISAL_STATE_OBJECTED,
                                   KR_APPRAISAL_STATE_FINAL, TRUE },
  [KR_APPRAISAL_ACTION_REOPEN] = { N_ ("Reopen"), KR_APPRAISAL_STATE_FINAL,
                                   KR_APPRAISAL_STATE_DRAFT, TRUE },
};

const char *
kr_appraisal_state_get_label (KrAppraisalState state)
{
  g_return_val_if_fail (state < KR_N_APPRAISAL_STATES, NULL);

  return _ (state_labels[state]);
}

const char *
kr_appraisal_state_get_code (KrAppraisalState state)
{
  g_return_val_if_fail (state < KR_N_APPRAISAL_STATES, NULL);

  return state_codes[state];
}

gboolean
kr_appraisal_state_from_code (const char *code, KrAppraisalState *state)
{
  if (code == NULL)
    return FALSE;
  for (guint i = 0; i < KR_N_APPRAISAL_STATES; i++)
    {
      if (strcmp (code, state_codes[i]) == 0)
        {
          if (state != NULL)
            *state = (KrAppraisalState) i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
kr_appraisal_action_get_label (KrAppraisalAction action)
{
  g_return_val_if_fail (action < KR_N_APPRAISAL_ACTIONS, NULL);

  return _ (actions[action].label);
}

KrAppraisalState
kr_appraisal_action_get_source (KrAppraisalAction action)
{
  g_return_val_if_fail (action < KR_N_APPRAISAL_ACTIONS, KR_APPRAISAL_STATE_DRAFT);

  return actions[action].source;
}

KrAppraisalState
kr_appraisal_action_get_target (KrAppraisalAction action)
{
  g_return_val_if_fail (action < KR_N_APPRAISAL_ACTIONS, KR_APPRAISAL_STATE_DRAFT);

  return actions[action].target;
}

gboolean
kr_appraisal_action_needs_reason (KrAppraisalAction action)
{
  g_return_val_if_fail (action < KR_N_APPRAISAL_ACTIONS, FALSE);

  return actions[action].needs_reason;
}

/* People */

void
kr_appraisal_person_clear (KrAppraisalPerson *person)
{
  if (person == NULL)
    return;

  g_clear_pointer (&person->name, g_free);
  g_clear_pointer (&person->nip, g_free);
  g_clear_pointer (&person->golongan_label, g_free);
  g_clear_pointer (&person->position_name, g_free);
  g_clear_pointer (&person->unit_name, g_free);
  memset (person, 0, sizeof *person);
}

/* Indicators and results */

KrAppraisalIndicator *
kr_appraisal_indicator_new (KrAspect aspect, const char *indicator, const char *target)
{
  KrAppraisalIndicator *self = g_new0 (KrAppraisalIndicator, 1);

  self->aspect = aspect;
  self->indicator = g_strdup (indicator);
  self->target = g_strdup (target);
  return self;
}

KrAppraisalIndicator *
kr_appraisal_indicator_copy (const KrAppraisalIndicator *indicator)
{
  KrAppraisalIndicator *copy;

  g_return_val_if_fail (indicator != NULL, NULL);

  copy = kr_appraisal_indicator_new (indicator->aspect, indicator->indicator, indicator->target);
  copy->id = indicator->id;
  return copy;
}

void
kr_appraisal_indicator_free (KrAppraisalIndicator *indicator)
{
  if (indicator == NULL)
    return;

  g_free (indicator->indicator);
  g_free (indicator->target);
  g_free (indicator);
}

KrAppraisalResult *
kr_appraisal_result_new (KrResultKind kind, const char *result)
{
  KrAppraisalResult *self = g_new0 (KrAppraisalResult, 1);

  self->kind = kind;
  self->result = g_strdup (result);
  self->indicators = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_appraisal_indicator_free);
  return self;
}

KrAppraisalResult *
kr_appraisal_result_copy (const KrAppraisalResult *result)
{
  KrAppraisalResult *copy;

  g_return_val_if_fail (result != NULL, NULL);

  copy = kr_appraisal_result_new (result->kind, result->result);
  copy->id = result->id;
  copy->leader_result = g_strdup (result->leader_result);
  copy->realisation = g_strdup (result->realisation);
  copy->feedback = g_strdup (result->feedback);
  for (guint i = 0; result->indicators != NULL && i < result->indicators->len; i++)
    g_ptr_array_add (copy->indicators,
                     kr_appraisal_indicator_copy (g_ptr_array_index (result->indicators, i)));
  return copy;
}

void
kr_appraisal_result_free (KrAppraisalResult *result)
{
  if (result == NULL)
    return;

  g_free (result->leader_result);
  g_free (result->result);
  g_clear_pointer (&result->indicators, g_ptr_array_unref);
  g_free (result->realisation);
  g_free (result->feedback);
  g_free (result);
}

static GPtrArray *
copy_results (const GPtrArray *results)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_appraisal_result_free);

  for (guint i = 0; results != NULL && i < results->len; i++)
    g_ptr_array_add (copy, kr_appraisal_result_copy (g_ptr_array_index (results, i)));
  return copy;
}

/* Plans */

KrAppraisal *
kr_appraisal_new (gint64 employee_id, guint year)
{
  KrAppraisal *self = g_new0 (KrAppraisal, 1);

  self->employee_id = employee_id;
  self->year = year;
  self->cycle = KR_APPRAISAL_CYCLE_DEFAULT;
  g_date_clear (&self->start, 1);
  g_date_clear (&self->end, 1);
  if (g_date_valid_year (year))
    {
      g_date_set_dmy (&self->start, 1, G_DATE_JANUARY, year);
      g_date_set_dmy (&self->end, 31, G_DATE_DECEMBER, year);
    }
  self->results = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_appraisal_result_free);
  return self;
}

KrAppraisal *
kr_appraisal_copy (const KrAppraisal *appraisal)
{
  KrAppraisal *copy;

  g_return_val_if_fail (appraisal != NULL, NULL);

  copy = g_memdup2 (appraisal, sizeof *appraisal);
  copy->results = copy_results (appraisal->results);
  for (guint i = 0; i < KR_N_BEHAVIOURS; i++)
    copy->expectations[i] = g_strdup (appraisal->expectations[i]);
  return copy;
}

void
kr_appraisal_free (KrAppraisal *appraisal)
{
  if (appraisal == NULL)
    return;

  g_clear_pointer (&appraisal->results, g_ptr_array_unref);
  for (guint i = 0; i < KR_N_BEHAVIOURS; i++)
    g_free (appraisal->expectations[i]);
  g_free (appraisal);
}

gboolean
kr_appraisal_result_check_texts (const KrAppraisalResult *result, guint number, GError **error)
{
  g_autofree char *label = NULL;

  g_return_val_if_fail (result != NULL, FALSE);

  /* Translators: %u is the number of a work result in the plan */
  label = g_strdup_printf (_ ("Result %u"), number);
  if (!kr_text_check_length (result->result, KR_TEXT_MAX_NOTE, label, error) ||
      !kr_text_check_length (result->leader_result, KR_TEXT_MAX_NOTE,
                             _ ("Leader’s result it supports"), error))
    return FALSE;
  for (guint i = 0; result->indicators != NULL && i < result->indicators->len; i++)
    {
      const KrAppraisalIndicator *indicator = g_ptr_array_index (result->indicators, i);
      g_autofree char *name = g_strdup_printf (_ ("Indicator %u"), i + 1);
      g_autofree char *target = g_strdup_printf (_ ("Target of indicator %u"), i + 1);
      g_autofree char *name_label = g_strdup_printf (_ ("%s · %s"), label, name);
      g_autofree char *target_label = g_strdup_printf (_ ("%s · %s"), label, target);

      if (!kr_text_check_length (indicator->indicator, KR_TEXT_MAX_NOTE, name_label, error) ||
          !kr_text_check_length (indicator->target, KR_TEXT_MAX_LINE, target_label, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
validate_result (const KrAppraisalResult *result, guint number, GError **error)
{
  if (result->kind >= KR_N_RESULT_KINDS)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   /* Translators: %u is the number of a work result in the plan */
                   _ ("Result %u: the kind is unknown"), number);
      return FALSE;
    }
  if (_kr_is_blank (result->result))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   /* Translators: %u is the number of a work result in the plan */
                   _ ("Result %u: the result is empty"), number);
      return FALSE;
    }
  if (result->indicators == NULL || result->indicators->len == 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   /* Translators: %u is the number of a work result in the plan */
                   _ ("Result %u: add at least one indicator"), number);
      return FALSE;
    }
  for (guint i = 0; i < result->indicators->len; i++)
    {
      const KrAppraisalIndicator *indicator = g_ptr_array_index (result->indicators, i);

      if (indicator->aspect >= KR_N_ASPECTS)
        {
          g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                       /* Translators: the numbers of a work result and of its indicator */
                       _ ("Result %u: the aspect of indicator %u is unknown"), number, i + 1);
          return FALSE;
        }
      if (_kr_is_blank (indicator->indicator))
        {
          g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                       /* Translators: the numbers of a work result and of its indicator */
                       _ ("Result %u: the text of indicator %u is empty"), number, i + 1);
          return FALSE;
        }
      if (_kr_is_blank (indicator->target))
        {
          g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                       /* Translators: the numbers of a work result and of its indicator */
                       _ ("Result %u: the target of indicator %u is empty"), number, i + 1);
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
kr_appraisal_validate (const KrAppraisal *appraisal, GError **error)
{
  gboolean has_utama = FALSE;

  g_return_val_if_fail (appraisal != NULL, FALSE);

  if (appraisal->cycle >= KR_N_APPRAISAL_CYCLES)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("The appraisal cycle is unknown"));
      return FALSE;
    }
  if (!g_date_valid (&appraisal->start) || !g_date_valid (&appraisal->end))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The appraisal period needs a first and a last day"));
      return FALSE;
    }
  if (g_date_get_year (&appraisal->start) != appraisal->year ||
      g_date_get_year (&appraisal->end) != appraisal->year)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   /* Translators: %u is the appraisal year */
                   _ ("The appraisal period must lie within %u"), appraisal->year);
      return FALSE;
    }
  if (g_date_compare (&appraisal->start, &appraisal->end) > 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The appraisal period must start before it ends"));
      return FALSE;
    }
  if (appraisal->appraiser_id != 0 && appraisal->appraiser_id == appraisal->employee_id)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The appraiser cannot be the appraised employee"));
      return FALSE;
    }
  for (guint i = 0; appraisal->results != NULL && i < appraisal->results->len; i++)
    {
      const KrAppraisalResult *result = g_ptr_array_index (appraisal->results, i);

      if (!validate_result (result, i + 1, error) ||
          !kr_appraisal_result_check_texts (result, i + 1, error))
        return FALSE;
      has_utama = has_utama || result->kind == KR_RESULT_KIND_UTAMA;
    }
  if (!has_utama)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The plan needs at least one Kinerja Utama result"));
      return FALSE;
    }
  for (guint i = 0; i < KR_N_BEHAVIOURS; i++)
    if (!kr_text_check_length (appraisal->expectations[i], KR_TEXT_MAX_NOTE,
                               kr_behaviour_get_label ((KrBehaviour) i), error))
      return FALSE;
  return TRUE;
}

/* Evaluations */

KrAppraisalEvaluation *
kr_appraisal_evaluation_copy (const KrAppraisalEvaluation *evaluation)
{
  KrAppraisalEvaluation *copy;

  g_return_val_if_fail (evaluation != NULL, NULL);

  copy = g_memdup2 (evaluation, sizeof *evaluation);
  copy->results = copy_results (evaluation->results);
  for (guint i = 0; i < KR_N_BEHAVIOURS; i++)
    copy->behaviour_feedback[i] = g_strdup (evaluation->behaviour_feedback[i]);
  copy->notes = g_strdup (evaluation->notes);
  copy->objection = g_strdup (evaluation->objection);
  copy->objection_response = g_strdup (evaluation->objection_response);
  copy->decision = g_strdup (evaluation->decision);
  return copy;
}

void
kr_appraisal_evaluation_free (KrAppraisalEvaluation *evaluation)
{
  if (evaluation == NULL)
    return;

  g_clear_pointer (&evaluation->results, g_ptr_array_unref);
  for (guint i = 0; i < KR_N_BEHAVIOURS; i++)
    g_free (evaluation->behaviour_feedback[i]);
  g_free (evaluation->notes);
  g_free (evaluation->objection);
  g_free (evaluation->objection_response);
  g_free (evaluation->decision);
  g_free (evaluation);
}

void
kr_appraisal_transition_free (KrAppraisalTransition *transition)
{
  if (transition == NULL)
    return;

  g_free (transition->at);
  g_free (transition->user_name);
  g_free (transition->reason);
  g_free (transition);
}

void
kr_appraisal_row_free (KrAppraisalRow *row)
{
  if (row == NULL)
    return;

  g_free (row->nip);
  g_free (row->name);
  g_free (row->position_name);
  g_free (row->unit_name);
  g_free (row->appraiser_name);
  g_free (row);
}

void
kr_appraisal_sheet_free (KrAppraisalSheet *sheet)
{
  if (sheet == NULL)
    return;

  g_free (sheet->instansi);
  g_free (sheet->period_label);
  kr_appraisal_person_clear (&sheet->employee);
  kr_appraisal_person_clear (&sheet->appraiser);
  kr_appraisal_person_clear (&sheet->senior_appraiser);
  kr_appraisal_free (sheet->plan);
  kr_appraisal_evaluation_free (sheet->evaluation);
  g_free (sheet->place);
  g_free (sheet);
}

/* PP 46/2011, 360 feedback, SKM */

/* Official terms: not translated. */
static const char *const pp46_behaviour_labels[KR_PP46_N_BEHAVIOURS] = {
  "Orientasi Pelayanan", "Integritas", "Komitmen", "Disiplin", "Kerja Sama", "Kepemimpinan",
};

const char *
kr_pp46_behaviour_get_label (guint element)
{
  g_return_val_if_fail (element < KR_PP46_N_BEHAVIOURS, NULL);

  return pp46_behaviour_labels[element];
}

void
kr_pp46_appraisal_free (KrPp46Appraisal *appraisal)
{
  if (appraisal == NULL)
    return;

  g_free (appraisal->appraiser_name);
  g_free (appraisal);
}

static const char *const peer_relation_labels[KR_N_PEER_RELATIONS] = {
  [KR_PEER_RELATION_SUPERIOR] = N_ ("Superior"),
  [KR_PEER_RELATION_PEER] = N_ ("Peer"),
  [KR_PEER_RELATION_SUBORDINATE] = N_ ("Subordinate"),
  [KR_PEER_RELATION_OTHER] = N_ ("Other"),
};

const char *
kr_peer_relation_get_label (KrPeerRelation relation)
{
  g_return_val_if_fail (relation < KR_N_PEER_RELATIONS, NULL);

  return _ (peer_relation_labels[relation]);
}

void
kr_peer_feedback_free (KrPeerFeedback *feedback)
{
  if (feedback == NULL)
    return;

  g_free (feedback->from_name);
  g_free (feedback->feedback);
  g_free (feedback);
}

void
kr_skm_survey_free (KrSkmSurvey *survey)
{
  g_free (survey);
}
