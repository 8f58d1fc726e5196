/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-talent-rules"

#include "config.h"

#include <string.h>

#include "kr-talent-rules.h"

#include "kr-date.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* The words, the B tables and the placement of the talent pool (DOMAIN 6) and succession. */

typedef struct
{
  const char *code;
  const char *label;
  const char *official;
} CodeLabel;

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
  const char *prefix##_get_official_name (Type value)                                              \
  {                                                                                                \
    g_return_val_if_fail ((guint) value < N, NULL);                                                \
    return table[value].official;                                                                  \
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

static const CodeLabel performances[KR_N_TALENT_PERFORMANCES] = {
  [KR_TALENT_PERFORMANCE_BELOW] = { "below", N_ ("Below expectations"), "Di Bawah Ekspektasi" },
  [KR_TALENT_PERFORMANCE_AS_EXPECTED] = { "as_expected", N_ ("As expected"), "Sesuai Ekspektasi" },
  [KR_TALENT_PERFORMANCE_ABOVE] = { "above", N_ ("Above expectations"), "Di Atas Ekspektasi" },
};

DEFINE_CODES (KrTalentPerformance, kr_talent_performance, performances, KR_N_TALENT_PERFORMANCES)

static const CodeLabel potentials[KR_N_TALENT_POTENTIALS] = {
  [KR_TALENT_POTENTIAL_LOW] = { "low", N_ ("Low"), "Rendah" },
  [KR_TALENT_POTENTIAL_MEDIUM] = { "medium", N_ ("Medium"), "Menengah" },
  [KR_TALENT_POTENTIAL_HIGH] = { "high", N_ ("High"), "Tinggi" },
};

DEFINE_CODES (KrTalentPotential, kr_talent_potential, potentials, KR_N_TALENT_POTENTIALS)

static const CodeLabel readiness_codes[KR_N_SUCCESSOR_READINESS] = {
  [KR_SUCCESSOR_READINESS_NOW] = { "now", N_ ("Ready now"), "Siap sekarang" },
  [KR_SUCCESSOR_READINESS_ONE_TO_TWO_YEARS] = { "one_to_two_years", N_ ("Ready in 1–2 years"),
                                                "Siap 1-2 tahun" },
  [KR_SUCCESSOR_READINESS_THREE_YEARS] = { "three_years", N_ ("Ready in 3 years or more"),
                                           "Siap 3 tahun atau lebih" },
};

DEFINE_CODES (KrSuccessorReadiness,
              kr_successor_readiness,
              readiness_codes,
              KR_N_SUCCESSOR_READINESS)

static const char *const status_labels[KR_N_TALENT_STATUSES] = {
  [KR_TALENT_STATUS_PLACED] = N_ ("Placed"),
  [KR_TALENT_STATUS_NO_APPRAISAL] = N_ ("No appraisal"),
  [KR_TALENT_STATUS_NO_ASSESSMENT] = N_ ("No assessment"),
  [KR_TALENT_STATUS_EXCLUDED] = N_ ("Excluded"),
};

const char *
kr_talent_status_get_label (KrTalentStatus status)
{
  g_return_val_if_fail ((guint) status < KR_N_TALENT_STATUSES, NULL);
  return _ (status_labels[status]);
}

static const char *const gap_labels[KR_N_SUCCESSION_GAPS] = {
  [KR_SUCCESSION_GAP_NONE] = N_ ("No gap"),
  [KR_SUCCESSION_GAP_NO_SUCCESSOR] = N_ ("No successor"),
  [KR_SUCCESSION_GAP_NONE_READY] = N_ ("No successor ready"),
};

const char *
kr_succession_gap_get_label (KrSuccessionGap gap)
{
  g_return_val_if_fail ((guint) gap < KR_N_SUCCESSION_GAPS, NULL);
  return _ (gap_labels[gap]);
}

KrSuccessionGap
kr_succession_gap_for (guint n_successors, guint n_ready_now)
{
  if (n_successors == 0)
    return KR_SUCCESSION_GAP_NO_SUCCESSOR;
  return n_ready_now == 0 ? KR_SUCCESSION_GAP_NONE_READY : KR_SUCCESSION_GAP_NONE;
}

/* The performance axis (B): one year's predikat, then the years combined. */

static const KrTalentPerformance predikat_performance[KR_N_PREDIKAT] = {
  [KR_PREDIKAT_SANGAT_KURANG] = KR_TALENT_PERFORMANCE_BELOW,
  [KR_PREDIKAT_KURANG] = KR_TALENT_PERFORMANCE_BELOW,
  [KR_PREDIKAT_BUTUH_PERBAIKAN] = KR_TALENT_PERFORMANCE_BELOW,
  [KR_PREDIKAT_BAIK] = KR_TALENT_PERFORMANCE_AS_EXPECTED,
  [KR_PREDIKAT_SANGAT_BAIK] = KR_TALENT_PERFORMANCE_ABOVE,
};

KrTalentPerformance
kr_talent_performance_from_predikat (KrPredikat predikat)
{
  g_return_val_if_fail ((guint) predikat < KR_N_PREDIKAT, KR_TALENT_PERFORMANCE_BELOW);
  return predikat_performance[predikat];
}

static const KrTalentCombineRule combine_rules[] = {
  { KR_TALENT_COMBINE_ANY, KR_TALENT_PERFORMANCE_BELOW, KR_TALENT_PERFORMANCE_BELOW },
  { KR_TALENT_COMBINE_ALL, KR_TALENT_PERFORMANCE_ABOVE, KR_TALENT_PERFORMANCE_ABOVE },
};

const KrTalentCombineRule *
kr_talent_combine_rules (guint *n_rules)
{
  g_return_val_if_fail (n_rules != NULL, NULL);
  *n_rules = G_N_ELEMENTS (combine_rules);
  return combine_rules;
}

KrTalentPerformance
kr_talent_combine_fallback (void)
{
  return KR_TALENT_PERFORMANCE_AS_EXPECTED;
}

KrTalentPerformance
kr_talent_performance_combine (const KrTalentPerformance *years, guint n_years)
{
  g_return_val_if_fail (years != NULL && n_years > 0, kr_talent_combine_fallback ());

  for (guint r = 0; r < G_N_ELEMENTS (combine_rules); r++)
    {
      const KrTalentCombineRule *rule = &combine_rules[r];
      guint n = 0;

      for (guint i = 0; i < n_years; i++)
        if (years[i] == rule->year_category)
          n++;
      if ((rule->match == KR_TALENT_COMBINE_ANY && n > 0) ||
          (rule->match == KR_TALENT_COMBINE_ALL && n == n_years))
        return rule->result;
    }
  return kr_talent_combine_fallback ();
}

/* Discipline (B): the levels that exclude. */

static const gboolean discipline_excludes[KR_N_DISCIPLINE_LEVELS] = {
  [KR_DISCIPLINE_LEVEL_RINGAN] = FALSE,
  [KR_DISCIPLINE_LEVEL_SEDANG] = TRUE,
  [KR_DISCIPLINE_LEVEL_BERAT] = TRUE,
};

gboolean
kr_talent_discipline_excludes (KrDisciplineLevel level)
{
  g_return_val_if_fail ((guint) level < KR_N_DISCIPLINE_LEVELS, FALSE);
  return discipline_excludes[level];
}

void
kr_talent_window_start (const GDate *reference, guint years, GDate *out)
{
  g_return_if_fail (reference != NULL && g_date_valid (reference) && out != NULL);

  *out = *reference;
  g_date_subtract_years (out, years);
  g_date_add_days (out, 1);
}

gboolean
kr_talent_sanction_in_window (const GDate *tmt,
                              const GDate *end_date,
                              const GDate *reference,
                              guint discipline_years)
{
  GDate start;
  const GDate *last;

  g_return_val_if_fail (tmt != NULL && g_date_valid (tmt), FALSE);
  g_return_val_if_fail (reference != NULL && g_date_valid (reference), FALSE);

  if (discipline_years == 0 || g_date_compare (tmt, reference) > 0)
    return FALSE;
  kr_talent_window_start (reference, discipline_years, &start);
  last = end_date != NULL && g_date_valid (end_date) && g_date_compare (end_date, tmt) > 0
             ? end_date
             : tmt;
  return g_date_compare (last, &start) >= 0;
}

/* The 9-box rows */

void
kr_talent_box_free (KrTalentBox *box)
{
  if (box == NULL)
    return;
  g_free (box->follow_up);
  g_free (box);
}

const KrTalentBox *
kr_talent_box_lookup (GPtrArray *boxes,
                      KrTalentPerformance performance,
                      KrTalentPotential potential)
{
  g_return_val_if_fail (boxes != NULL, NULL);

  for (guint i = 0; i < boxes->len; i++)
    {
      const KrTalentBox *box = g_ptr_array_index (boxes, i);

      if (box->performance == performance && box->potential == potential)
        return box;
    }
  return NULL;
}

const KrTalentBox *
kr_talent_box_find (GPtrArray *boxes, guint number)
{
  g_return_val_if_fail (boxes != NULL, NULL);

  for (guint i = 0; i < boxes->len; i++)
    {
      const KrTalentBox *box = g_ptr_array_index (boxes, i);

      if (box->number == number)
        return box;
    }
  return NULL;
}

gboolean
kr_talent_boxes_check (GPtrArray *boxes, GError **error)
{
  gboolean numbers[10] = { FALSE };
  gboolean cells[KR_N_TALENT_PERFORMANCES][KR_N_TALENT_POTENTIALS] = { { FALSE } };

  g_return_val_if_fail (boxes != NULL, FALSE);

  if (boxes->len != 9)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("9-box: there are %u boxes instead of nine"), boxes->len);
      return FALSE;
    }
  for (guint i = 0; i < boxes->len; i++)
    {
      const KrTalentBox *box = g_ptr_array_index (boxes, i);

      if (box->number < 1 || box->number > 9 || numbers[box->number])
        {
          g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                       _ ("9-box: box number %u is out of range or used twice"), box->number);
          return FALSE;
        }
      if ((guint) box->performance >= KR_N_TALENT_PERFORMANCES ||
          (guint) box->potential >= KR_N_TALENT_POTENTIALS ||
          cells[box->performance][box->potential])
        {
          g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                       _ ("9-box: box %u repeats a cell of another box"), box->number);
          return FALSE;
        }
      numbers[box->number] = TRUE;
      cells[box->performance][box->potential] = TRUE;
    }
  return TRUE;
}

/* Settings */

void
kr_talent_settings_init_default (KrTalentSettings *settings)
{
  g_return_if_fail (settings != NULL);
  settings->performance_years = 2;
  settings->discipline_years = 2;
  settings->assessment_years = 3;
}

gboolean
kr_talent_settings_check (const KrTalentSettings *settings, GError **error)
{
  g_return_val_if_fail (settings != NULL, FALSE);

  if (settings->performance_years < 1 || settings->performance_years > KR_TALENT_MAX_YEARS)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Performance years: choose from 1 to %d"),
                   KR_TALENT_MAX_YEARS);
      return FALSE;
    }
  if (settings->discipline_years > 10)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Discipline years: choose from 0 to 10"));
      return FALSE;
    }
  if (settings->assessment_years < 1 || settings->assessment_years > 10)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Assessment years: choose from 1 to 10"));
      return FALSE;
    }
  return TRUE;
}

void
kr_talent_facts_init (KrTalentFacts *facts, guint year)
{
  g_return_if_fail (facts != NULL);

  memset (facts, 0, sizeof *facts);
  facts->year = year;
  g_date_clear (&facts->reference, 1);
  if (year >= 1 && year <= 9999)
    g_date_set_dmy (&facts->reference, 31, G_DATE_DECEMBER, (GDateYear) year);
  kr_talent_settings_init_default (&facts->settings);
  g_date_clear (&facts->assessment_date, 1);
  g_date_clear (&facts->sanction_tmt, 1);
  g_date_clear (&facts->sanction_end, 1);
}

void
kr_talent_placement_free (KrTalentPlacement *placement)
{
  if (placement == NULL)
    return;
  g_free (placement->follow_up);
  g_clear_pointer (&placement->reasons, g_ptr_array_unref);
  g_free (placement);
}

static void
add_reason (KrTalentPlacement *p, char *text)
{
  g_ptr_array_add (p->reasons, text);
}

static void
place_performance (const KrTalentFacts *facts, KrTalentPlacement *p, gboolean *missing)
{
  KrTalentPerformance years[KR_TALENT_MAX_YEARS];
  guint n = MIN (facts->settings.performance_years, KR_TALENT_MAX_YEARS);

  *missing = FALSE;
  for (guint i = 0; i < n; i++)
    {
      guint year = facts->year - i;

      if (!facts->has_predikat[i])
        {
          add_reason (p, g_strdup_printf (_ ("%u: no final annual predikat"), year));
          *missing = TRUE;
          continue;
        }
      years[i] = kr_talent_performance_from_predikat (facts->predikat[i]);
      add_reason (p, g_strdup_printf (_ ("%u: predikat %s (%s)"), year,
                                      kr_predikat_get_label (facts->predikat[i]),
                                      kr_talent_performance_get_label (years[i])));
    }
  if (*missing)
    return;
  p->has_performance = TRUE;
  p->performance = kr_talent_performance_combine (years, n);
  add_reason (
      p, g_strdup_printf (_ ("Performance: %s"), kr_talent_performance_get_label (p->performance)));
}

static void
place_potential (const KrTalentFacts *facts, KrTalentPlacement *p)
{
  GDate start;
  char buf[KR_DATE_ISO_LENGTH + 1];

  if (!facts->has_assessment || !g_date_valid (&facts->assessment_date))
    {
      add_reason (p, g_strdup (_ ("Potential: no assessment")));
      return;
    }
  kr_talent_window_start (&facts->reference, facts->settings.assessment_years, &start);
  kr_date_format_iso_buf (&facts->assessment_date, buf);
  if (g_date_compare (&facts->assessment_date, &start) < 0)
    {
      add_reason (p, g_strdup_printf (ngettext ("Potential: the assessment of %s is older than %u "
                                                "year",
                                                "Potential: the assessment of %s is older than %u "
                                                "years",
                                                facts->settings.assessment_years),
                                      buf, facts->settings.assessment_years));
      return;
    }
  p->has_potential = TRUE;
  p->potential = facts->potential;
  add_reason (p, g_strdup_printf (_ ("Potential: %s (assessment of %s)"),
                                  kr_talent_potential_get_label (p->potential), buf));
}

static gboolean
place_discipline (const KrTalentFacts *facts, KrTalentPlacement *p)
{
  char buf[KR_DATE_ISO_LENGTH + 1];
  guint years = facts->settings.discipline_years;

  if (facts->has_sanction && kr_talent_discipline_excludes (facts->sanction_level) &&
      kr_talent_sanction_in_window (&facts->sanction_tmt, &facts->sanction_end, &facts->reference,
                                    years))
    {
      kr_date_format_iso_buf (&facts->sanction_tmt, buf);
      add_reason (p, g_strdup_printf (ngettext ("Excluded: a %s discipline sanction from %s, "
                                                "within %u year",
                                                "Excluded: a %s discipline sanction from %s, "
                                                "within %u years",
                                                years),
                                      kr_discipline_level_get_label (facts->sanction_level), buf,
                                      years));
      return TRUE;
    }
  if (years > 0)
    add_reason (p, g_strdup_printf (ngettext ("No sedang or berat discipline sanction within %u "
                                              "year",
                                              "No sedang or berat discipline sanction within %u "
                                              "years",
                                              years),
                                    years));
  return FALSE;
}

KrTalentPlacement *
kr_talent_place (const KrTalentFacts *facts, GPtrArray *boxes)
{
  KrTalentPlacement *p;
  gboolean missing, excluded;
  const KrTalentBox *box;

  g_return_val_if_fail (facts != NULL && boxes != NULL, NULL);
  g_return_val_if_fail (g_date_valid (&facts->reference), NULL);

  p = g_new0 (KrTalentPlacement, 1);
  p->year = facts->year;
  p->reasons = g_ptr_array_new_with_free_func (g_free);
  place_performance (facts, p, &missing);
  place_potential (facts, p);
  excluded = place_discipline (facts, p);
  if (excluded)
    p->status = KR_TALENT_STATUS_EXCLUDED;
  else if (missing)
    p->status = KR_TALENT_STATUS_NO_APPRAISAL;
  else if (!p->has_potential)
    p->status = KR_TALENT_STATUS_NO_ASSESSMENT;
  else
    {
      box = kr_talent_box_lookup (boxes, p->performance, p->potential);
      if (box == NULL)
        {
          /* The rows are checked when read; a missing cell leaves the employee unplaced */
          p->status = KR_TALENT_STATUS_NO_ASSESSMENT;
          add_reason (p, g_strdup (_ ("No box of the 9-box has this cell")));
          return p;
        }
      p->status = KR_TALENT_STATUS_PLACED;
      p->box = box->number;
      p->in_pool = box->in_pool;
      p->follow_up = g_strdup (box->follow_up);
      add_reason (p, g_strdup_printf (box->in_pool ? _ ("Box %u, in the talent pool: %s")
                                                   : _ ("Box %u: %s"),
                                      box->number, box->follow_up));
    }
  return p;
}

/* Succession (B): the programme of a position kind, the structural ladder, the readiness. */

static const KrLeadershipProgramme required_programmes[KR_N_POSITION_KINDS] = {
  [KR_POSITION_KIND_JPT_UTAMA] = KR_LEADERSHIP_PROGRAMME_PKN_I,
  [KR_POSITION_KIND_JPT_MADYA] = KR_LEADERSHIP_PROGRAMME_PKN_I,
  [KR_POSITION_KIND_JPT_PRATAMA] = KR_LEADERSHIP_PROGRAMME_PKN_II,
  [KR_POSITION_KIND_ADMINISTRATOR] = KR_LEADERSHIP_PROGRAMME_PKA,
  [KR_POSITION_KIND_PENGAWAS] = KR_LEADERSHIP_PROGRAMME_PKP,
  [KR_POSITION_KIND_PELAKSANA] = KR_LEADERSHIP_PROGRAMME_NONE,
  [KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN] = KR_LEADERSHIP_PROGRAMME_NONE,
  [KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN] = KR_LEADERSHIP_PROGRAMME_NONE,
};

KrLeadershipProgramme
kr_talent_required_programme (KrPositionKind kind)
{
  g_return_val_if_fail ((guint) kind < KR_N_POSITION_KINDS, KR_LEADERSHIP_PROGRAMME_NONE);
  return required_programmes[kind];
}

static const guint position_steps[KR_N_POSITION_KINDS] = {
  [KR_POSITION_KIND_JPT_UTAMA] = 5,
  [KR_POSITION_KIND_JPT_MADYA] = 4,
  [KR_POSITION_KIND_JPT_PRATAMA] = 3,
  [KR_POSITION_KIND_ADMINISTRATOR] = 2,
  [KR_POSITION_KIND_PENGAWAS] = 1,
  [KR_POSITION_KIND_PELAKSANA] = 0,
  [KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN] = 0,
  [KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN] = 0,
};

guint
kr_talent_position_step (KrPositionKind kind)
{
  g_return_val_if_fail ((guint) kind < KR_N_POSITION_KINDS, 0);
  return position_steps[kind];
}

static const KrReadinessRule readiness_rules[] = {
  { KR_SUCCESSOR_READINESS_NOW, 0, 1, TRUE },
  { KR_SUCCESSOR_READINESS_ONE_TO_TWO_YEARS, 1, 1, FALSE },
};

const KrReadinessRule *
kr_talent_readiness_rules (guint *n_rules)
{
  g_return_val_if_fail (n_rules != NULL, NULL);
  *n_rules = G_N_ELEMENTS (readiness_rules);
  return readiness_rules;
}

guint
kr_talent_suggestion_rank_gap (void)
{
  return 2;
}

/* A programme counts as done when it, or a higher one, was completed (the enum is ordered). */
static gboolean
programme_done (guint programmes, KrLeadershipProgramme required)
{
  if (required == KR_LEADERSHIP_PROGRAMME_NONE)
    return TRUE;
  for (guint p = required; p < KR_N_LEADERSHIP_PROGRAMMES; p++)
    if (programmes & (1u << p))
      return TRUE;
  return FALSE;
}

KrSuccessorReadiness
kr_talent_successor_readiness (const KrSuccessorFacts *facts, GPtrArray *gaps)
{
  KrRank lowest = KR_RANK_I_A, highest = KR_RANK_IV_E;
  guint rank_gap, step_gap, target_step, current_step;
  KrLeadershipProgramme required;
  gboolean done;

  g_return_val_if_fail (facts != NULL, KR_SUCCESSOR_READINESS_THREE_YEARS);

  kr_position_get_rank_range (facts->target_kind, facts->target_level, &lowest, &highest);
  rank_gap = !facts->has_rank ? KR_N_RANKS : facts->rank < lowest ? lowest - facts->rank : 0;
  target_step = kr_talent_position_step (facts->target_kind);
  current_step = facts->has_position ? kr_talent_position_step (facts->position_kind) : 0;
  step_gap = target_step > current_step ? target_step - current_step : 0;
  required = kr_talent_required_programme (facts->target_kind);
  done = programme_done (facts->programmes, required);

  if (gaps != NULL)
    {
      if (!facts->has_rank)
        g_ptr_array_add (gaps, g_strdup (_ ("Rank: not recorded")));
      else if (rank_gap > 0)
        g_ptr_array_add (gaps, g_strdup_printf (_ ("Rank: %s, the position needs at least %s"),
                                                kr_rank_get_golongan (facts->rank),
                                                kr_rank_get_golongan (lowest)));
      if (step_gap > 1)
        g_ptr_array_add (gaps, g_strdup_printf (_ ("Position: %s is more than one step below %s"),
                                                facts->has_position ? kr_position_kind_get_label (
                                                                          facts->position_kind)
                                                                    : _ ("no position"),
                                                kr_position_kind_get_label (facts->target_kind)));
      if (!done)
        g_ptr_array_add (gaps, g_strdup_printf (_ ("Training: %s not completed"),
                                                kr_leadership_programme_get_label (required)));
    }
  for (guint r = 0; r < G_N_ELEMENTS (readiness_rules); r++)
    {
      const KrReadinessRule *rule = &readiness_rules[r];

      if (rank_gap <= rule->max_rank_gap && step_gap <= rule->max_step_gap &&
          (!rule->needs_programme || done))
        return rule->readiness;
    }
  return KR_SUCCESSOR_READINESS_THREE_YEARS;
}
