/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-demo"

#include "config.h"

#include "kr-demo-appraisals-private.h"

/* Each employee's appraisal of one year in the demo: the plan, the evaluations with their
 * ratings and texts, and where today's year stands in the workflow. */

/* The perangkat daerah of a unit, NULL above them. */
static Unit *
find_opd (Gen *gen, gint64 unit_id)
{
  Unit *unit = _kr_demo_appraisal_get_unit (gen, unit_id);

  while (unit != NULL && !unit->is_opd)
    unit = _kr_demo_appraisal_get_unit (gen, unit->parent_id);
  return unit;
}
/* Ratings */

/* A predikat for someone of @tendency, in per mille: most Baik, about 15% Sangat Baik, 10%
 * Butuh Perbaikan, a few Kurang/Misconduct and Sangat Kurang. */
static KrPredikat
pick_predikat (Gen *gen, guint tendency)
{
  static const guint16 weights[3][KR_N_PREDIKAT] = {
    /* Sangat Kurang, Kurang, Butuh Perbaikan, Baik, Sangat Baik */
    { 4, 14, 72, 840, 70 },
    { 0, 0, 20, 280, 700 },
    { 50, 100, 450, 400, 0 },
  };
  guint pick = rng_below (&gen->rng, 1000);

  for (guint i = 0; i < KR_N_PREDIKAT; i++)
    {
      if (pick < weights[tendency][i])
        return i;
      pick -= weights[tendency][i];
    }
  return KR_PREDIKAT_BAIK;
}

/* Ratings that give @predikat under the matrix of DOMAIN 5.3; the predikat stored is always
 * kr_predikat_from_ratings () of them. */
static void
pick_ratings (Gen *gen, KrPredikat predikat, KrRating *results, KrRating *behaviour)
{
  guint draw = rng_below (&gen->rng, 100);

  switch (predikat)
    {
    case KR_PREDIKAT_SANGAT_BAIK:
      *results = KR_RATING_ABOVE, *behaviour = KR_RATING_ABOVE;
      break;
    case KR_PREDIKAT_BUTUH_PERBAIKAN:
      *results = KR_RATING_BELOW;
      *behaviour = draw < 80 ? KR_RATING_AS_EXPECTED : KR_RATING_ABOVE;
      break;
    case KR_PREDIKAT_KURANG:
      *results = draw < 80 ? KR_RATING_AS_EXPECTED : KR_RATING_ABOVE;
      *behaviour = KR_RATING_BELOW;
      break;
    case KR_PREDIKAT_SANGAT_KURANG:
      *results = KR_RATING_BELOW, *behaviour = KR_RATING_BELOW;
      break;
    case KR_PREDIKAT_BAIK:
    default:
      *results = draw < 15 ? KR_RATING_ABOVE : KR_RATING_AS_EXPECTED;
      *behaviour = draw >= 15 && draw < 30 ? KR_RATING_ABOVE : KR_RATING_AS_EXPECTED;
      break;
    }
}

/* Evaluations */

typedef struct
{
  const Staff *staff;
  gint64 appraisal_id;
  gint64 result_ids[4];
  guint year;
  guint period;
  KrAppraisalState state;
  gboolean texts; /* realisation and feedback per result */
  gboolean rated;
  KrRating results_rating;
  KrRating behaviour_rating;
  KrPredikat predikat;
  const char *objection;
  gboolean transitions;
} Evaluation;

static const ResultSpec *
get_spec (const Staff *staff, guint i)
{
  if (staff->specs[i] == 0xff)
    return &_kr_demo_extra_specs[staff->extra];
  return &_kr_demo_result_specs[staff->category][staff->specs[i]];
}

/* The day an evaluation of @period became final: in the weeks after it ended. */
static void
final_date (Gen *gen, guint year, guint period, char out[KR_DATE_ISO_LENGTH + 1])
{
  guint month = period == 0 ? 13 + rng_below (&gen->rng, 2) : 3 * period + 1;

  _kr_demo_appraisal_format_date (gen, year + (month > 12 ? 1 : 0), (month - 1) % 12 + 1,
                                  rng_between (&gen->rng, 3, 25), out);
}

static gboolean
write_transitions (Gen *gen, const Evaluation *ev, gint64 id, GError **error)
{
  static const KrAppraisalState steps[] = {
    KR_APPRAISAL_STATE_DRAFT,
    KR_APPRAISAL_STATE_SUBMITTED,
    KR_APPRAISAL_STATE_REVIEWED,
    KR_APPRAISAL_STATE_FINAL,
  };
  guint month = 3 * ev->period + 1;
  guint day = rng_between (&gen->rng, 1, 5);

  for (guint i = 1; i < G_N_ELEMENTS (steps) && steps[i - 1] != ev->state; i++)
    {
      char date[KR_DATE_ISO_LENGTH + 1], at[32];

      _kr_demo_appraisal_format_date (gen, ev->year + (month > 12 ? 1 : 0), (month - 1) % 12 + 1,
                                      day + 4 * i, date);
      g_snprintf (at, sizeof at, "%sT0%u:%02u:00.000Z", date, 1 + i, rng_below (&gen->rng, 60));
      bind_int (gen, ST_TRANSITION, 1, id);
      bind_text (gen, ST_TRANSITION, 2, kr_appraisal_state_get_code (steps[i - 1]));
      bind_text (gen, ST_TRANSITION, 3, kr_appraisal_state_get_code (steps[i]));
      bind_copy (gen, ST_TRANSITION, 4, at);
      if (!_kr_demo_appraisal_run (gen, ST_TRANSITION, error))
        return FALSE;
    }
  return TRUE;
}

static const char *
pick_feedback (Gen *gen, KrPredikat predikat)
{
  if (predikat == KR_PREDIKAT_SANGAT_BAIK)
    return PICK (&gen->rng, _kr_demo_feedback_good);
  if (predikat == KR_PREDIKAT_BAIK)
    return PICK (&gen->rng, _kr_demo_feedback_normal);
  return PICK (&gen->rng, _kr_demo_feedback_poor);
}

static gboolean
write_result_texts (Gen *gen, const Evaluation *ev, gint64 id, GError **error)
{
  for (guint i = 0; i < ev->staff->n_results; i++)
    {
      const ResultSpec *spec = get_spec (ev->staff, i);
      gboolean poor =
          ev->rated && ev->predikat < KR_PREDIKAT_BAIK && ev->results_rating == KR_RATING_BELOW;
      char low[160];

      bind_int (gen, ST_RESULT_EVALUATION, 1, id);
      bind_int (gen, ST_RESULT_EVALUATION, 2, ev->result_ids[i]);
      if (poor)
        {
          g_snprintf (low, sizeof low,
                      "Tercapai sekitar %u%% dari target; bukti dukung belum "
                      "lengkap",
                      rng_between (&gen->rng, 55, 80));
          bind_copy (gen, ST_RESULT_EVALUATION, 3, low);
        }
      else
        bind_text (gen, ST_RESULT_EVALUATION, 3, spec->realisation);
      if (ev->rated)
        bind_text (gen, ST_RESULT_EVALUATION, 4, pick_feedback (gen, ev->predikat));
      if (!_kr_demo_appraisal_run (gen, ST_RESULT_EVALUATION, error))
        return FALSE;
    }
  return TRUE;
}

/* Writes one evaluation. The guards of migration 8 refuse texts on a final evaluation, so one
 * with texts is written reviewed and then made final. */
static gboolean
write_evaluation (Gen *gen, const Evaluation *ev, GError **error)
{
  gboolean locked =
      ev->state == KR_APPRAISAL_STATE_FINAL || ev->state == KR_APPRAISAL_STATE_OBJECTED;
  KrAppraisalState first = locked && ev->texts ? KR_APPRAISAL_STATE_REVIEWED : ev->state;
  char date[KR_DATE_ISO_LENGTH + 1];
  gint64 id;

  bind_int (gen, ST_EVALUATION, 1, ev->appraisal_id);
  bind_int (gen, ST_EVALUATION, 2, ev->period);
  bind_text (gen, ST_EVALUATION, 3, kr_appraisal_state_get_code (first));
  if (ev->rated)
    {
      bind_text (gen, ST_EVALUATION, 4, kr_rating_get_code (ev->results_rating));
      bind_text (gen, ST_EVALUATION, 5, kr_rating_get_code (ev->behaviour_rating));
      bind_text (gen, ST_EVALUATION, 6, kr_predikat_get_code (ev->predikat));
      if (ev->period == 0)
        bind_text (gen, ST_EVALUATION, 7, _kr_demo_notes_by_predikat[ev->predikat]);
    }
  bind_text (gen, ST_EVALUATION, 8, ev->objection);
  if (locked)
    {
      final_date (gen, ev->year, ev->period, date);
      bind_copy (gen, ST_EVALUATION, 9, date);
    }
  if (!_kr_demo_appraisal_run (gen, ST_EVALUATION, error))
    return FALSE;
  id = last_id (gen);
  if (ev->texts && !write_result_texts (gen, ev, id, error))
    return FALSE;
  if (first != ev->state)
    {
      bind_text (gen, ST_SET_STATE, 1, kr_appraisal_state_get_code (ev->state));
      bind_int (gen, ST_SET_STATE, 2, id);
      if (!_kr_demo_appraisal_run (gen, ST_SET_STATE, error))
        return FALSE;
    }
  return !ev->transitions || write_transitions (gen, ev, id, error);
}

/* Rates @ev: a draw for the person, or, for the head of a perangkat daerah whose result is
 * set, that result as the rating of work results (DOMAIN 5.3). */
static void
rate (Gen *gen, Evaluation *ev, KrPredikat predikat, const KrOrganisationResult *unit_result)
{
  ev->rated = TRUE;
  pick_ratings (gen, predikat, &ev->results_rating, &ev->behaviour_rating);
  if (unit_result != NULL)
    ev->results_rating = kr_organisation_result_to_rating (*unit_result);
  ev->predikat = kr_predikat_from_ratings (ev->results_rating, ev->behaviour_rating);
}

/* The state of an evaluation of today's year. */
static KrAppraisalState
current_state (Gen *gen, const Staff *staff, guint period, gboolean *transitions)
{
  guint draw = rng_below (&gen->rng, 1000);

  *transitions = period == gen->mix_period;
  if (period == 0 || period > gen->mix_period)
    return KR_APPRAISAL_STATE_DRAFT;
  if (period < gen->mix_period)
    return draw < 5 ? KR_APPRAISAL_STATE_OBJECTED : KR_APPRAISAL_STATE_FINAL;
  /* The demo unit head's review queue is never empty. */
  if (staff->appraiser != 0 && staff->appraiser == gen->led_head)
    {
      gen->n_led_submitted++;
      return gen->n_led_submitted == 1 || draw < 750 ? KR_APPRAISAL_STATE_SUBMITTED
                                                     : KR_APPRAISAL_STATE_REVIEWED;
    }
  return draw < 400   ? KR_APPRAISAL_STATE_SUBMITTED
         : draw < 650 ? KR_APPRAISAL_STATE_REVIEWED
                      : KR_APPRAISAL_STATE_FINAL;
}

static gboolean
write_evaluations (Gen *gen, Evaluation *base, const Unit *opd, GError **error)
{
  gboolean past = base->year < gen->year;
  KrPredikat annual = pick_predikat (gen, base->staff->tendency);
  const KrOrganisationResult *unit_result = NULL;

  if (opd != NULL && base->staff->is_head && opd->head == base->staff->id)
    unit_result = &opd->results[base->year - gen->first_year];
  /* The periods in order, the annual evaluation last. Of the years before, only the annual
   * evaluation: every row is audited, and the demo must stay quick to make. */
  for (guint step = past ? 5 : 1; step <= 5; step++)
    {
      Evaluation ev = *base;
      KrPredikat predikat =
          rng_percent (&gen->rng, 75) ? annual : pick_predikat (gen, base->staff->tendency);

      ev.period = step % 5;
      if (past)
        {
          ev.state = KR_APPRAISAL_STATE_FINAL;
          ev.texts = ev.period == 0;
          rate (gen, &ev, ev.period == 0 ? annual : predikat, unit_result);
        }
      else
        {
          ev.state = current_state (gen, base->staff, ev.period, &ev.transitions);
          ev.texts = ev.state != KR_APPRAISAL_STATE_DRAFT;
          if (ev.state >= KR_APPRAISAL_STATE_REVIEWED)
            rate (gen, &ev, predikat,
                  ev.period < gen->mix_period && unit_result != NULL ? unit_result : NULL);
          if (ev.state == KR_APPRAISAL_STATE_OBJECTED)
            ev.objection = PICK (&gen->rng, _kr_demo_objections);
        }
      if (!write_evaluation (gen, &ev, error))
        return FALSE;
    }
  return TRUE;
}

/* Appraisals */

static gboolean
write_plan (Gen *gen, Evaluation *base, const Unit *opd, GError **error)
{
  const Staff *staff = base->staff;
  gboolean is_jpt = opd != NULL && staff->is_head && opd->head == staff->id;

  for (guint i = 0; i < staff->n_results; i++)
    {
      const ResultSpec *spec = get_spec (staff, i);
      gboolean utama = staff->specs[i] != 0xff;

      bind_int (gen, ST_RESULT, 1, base->appraisal_id);
      bind_text (gen, ST_RESULT, 2, utama ? "utama" : "tambahan");
      bind_int (gen, ST_RESULT, 3, i);
      if (utama && !is_jpt)
        bind_text (gen, ST_RESULT, 4, _kr_demo_leader_results[staff->category]);
      bind_text (gen, ST_RESULT, 5, spec->result);
      if (!_kr_demo_appraisal_run (gen, ST_RESULT, error))
        return FALSE;
      base->result_ids[i] = last_id (gen);
      /* Every result has its first indicator, the first result its second too: every row is
       * audited, and the demo must stay quick to make. */
      for (guint j = 0; j < (i == 0 ? 2u : 1u) && spec->indicators[j].indicator != NULL; j++)
        {
          bind_int (gen, ST_INDICATOR, 1, base->result_ids[i]);
          bind_int (gen, ST_INDICATOR, 2, j);
          bind_text (gen, ST_INDICATOR, 3, kr_aspect_get_code (spec->indicators[j].aspect));
          bind_text (gen, ST_INDICATOR, 4, spec->indicators[j].indicator);
          bind_text (gen, ST_INDICATOR, 5, spec->indicators[j].target);
          if (!_kr_demo_appraisal_run (gen, ST_INDICATOR, error))
            return FALSE;
        }
    }
  return TRUE;
}

gboolean
_kr_demo_appraisal_write (Gen *gen, const Staff *staff, guint year, GError **error)
{
  Evaluation base = { .staff = staff, .year = year };
  Unit *opd = find_opd (gen, staff->unit_id);
  char start[KR_DATE_ISO_LENGTH + 1], end[KR_DATE_ISO_LENGTH + 1];

  if (staff->tmt_year > year)
    return TRUE;
  _kr_demo_appraisal_format_date (gen, year, staff->tmt_year == year ? staff->tmt_month : 1, 1,
                                  start);
  g_snprintf (end, sizeof end, "%04u-12-31", year);
  bind_int (gen, ST_APPRAISAL, 1, staff->id);
  bind_int (gen, ST_APPRAISAL, 2, year);
  bind_copy (gen, ST_APPRAISAL, 3, start);
  bind_copy (gen, ST_APPRAISAL, 4, end);
  bind_id (gen, ST_APPRAISAL, 5, staff->appraiser);
  bind_id (gen, ST_APPRAISAL, 6, staff->senior);
  if (!_kr_demo_appraisal_run (gen, ST_APPRAISAL, error))
    return FALSE;
  base.appraisal_id = last_id (gen);
  gen->n_appraisals++;
  return write_plan (gen, &base, opd, error) && write_evaluations (gen, &base, opd, error);
}
