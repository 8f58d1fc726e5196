/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-selection-rules"

#include "config.h"

#include "kr-selection-rules.h"

#include <math.h>
#include <stdlib.h>

#include "kr-error.h"
#include "kr-i18n.h"

/* The words and the data of an open selection (DOMAIN 8): codes and labels, the JPT stages and
 * weight ranges, the panel composition, the checks, totals, elimination and the ranking. */

typedef struct
{
  const char *code;
  const char *label;
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

static const CodeLabel statuses[KR_N_SELECTION_STATUSES] = {
  [KR_SELECTION_STATUS_DRAFT] = { "draft", N_ ("Draft") },
  [KR_SELECTION_STATUS_OPEN] = { "open", N_ ("Open") },
  [KR_SELECTION_STATUS_SCORING] = { "scoring", N_ ("Scoring") },
  [KR_SELECTION_STATUS_CLOSED] = { "closed", N_ ("Closed") },
  [KR_SELECTION_STATUS_CANCELLED] = { "cancelled", N_ ("Cancelled") },
};

DEFINE_CODES (KrSelectionStatus, kr_selection_status, statuses, KR_N_SELECTION_STATUSES)

gboolean
kr_selection_status_is_final (KrSelectionStatus status)
{
  return status == KR_SELECTION_STATUS_CLOSED || status == KR_SELECTION_STATUS_CANCELLED;
}

gboolean
kr_selection_status_can_move (KrSelectionStatus from, KrSelectionStatus to)
{
  if ((guint) from >= KR_N_SELECTION_STATUSES || (guint) to >= KR_N_SELECTION_STATUSES)
    return FALSE;
  if (kr_selection_status_is_final (from))
    return FALSE;
  if (to == KR_SELECTION_STATUS_CANCELLED)
    return TRUE;
  return to == from + 1;
}

static const CodeLabel stage_kinds[KR_N_SELECTION_STAGE_KINDS] = {
  [KR_SELECTION_STAGE_ADMINISTRATION] = { "administration",
                                          N_ ("Administration and track record") },
  [KR_SELECTION_STAGE_PAPER] = { "paper", N_ ("Paper") },
  [KR_SELECTION_STAGE_ASSESSMENT] = { "assessment", N_ ("Assessment centre") },
  [KR_SELECTION_STAGE_INTERVIEW] = { "interview", N_ ("Final interview") },
  [KR_SELECTION_STAGE_OTHER] = { "other", N_ ("Other") },
};

DEFINE_CODES (KrSelectionStageKind,
              kr_selection_stage_kind,
              stage_kinds,
              KR_N_SELECTION_STAGE_KINDS)

static const CodeLabel panel_roles[KR_N_PANEL_ROLES] = {
  [KR_PANEL_ROLE_CHAIR] = { "chair", N_ ("Chair") },
  [KR_PANEL_ROLE_SECRETARY] = { "secretary", N_ ("Secretary") },
  [KR_PANEL_ROLE_MEMBER] = { "member", N_ ("Member") },
};

DEFINE_CODES (KrPanelRole, kr_panel_role, panel_roles, KR_N_PANEL_ROLES)

const char *
kr_panel_role_get_official_name (KrPanelRole role)
{
  static const char *const names[KR_N_PANEL_ROLES] = {
    [KR_PANEL_ROLE_CHAIR] = "Ketua",
    [KR_PANEL_ROLE_SECRETARY] = "Sekretaris",
    [KR_PANEL_ROLE_MEMBER] = "Anggota",
  };

  g_return_val_if_fail ((guint) role < KR_N_PANEL_ROLES, NULL);
  return names[role];
}

static const CodeLabel candidate_statuses[KR_N_CANDIDATE_STATUSES] = {
  [KR_CANDIDATE_STATUS_REGISTERED] = { "registered", N_ ("Registered") },
  [KR_CANDIDATE_STATUS_WITHDRAWN] = { "withdrawn", N_ ("Withdrawn") },
};

DEFINE_CODES (KrCandidateStatus, kr_candidate_status, candidate_statuses, KR_N_CANDIDATE_STATUSES)

gboolean
kr_selection_kind_is_jpt (KrPositionKind kind)
{
  return kind == KR_POSITION_KIND_JPT_UTAMA || kind == KR_POSITION_KIND_JPT_MADYA ||
         kind == KR_POSITION_KIND_JPT_PRATAMA;
}

/* DOMAIN 8 (C): PermenPANRB 15/2019, the four stages and their weight ranges; the default
 * weights are the middle of the usual practice (20/20/25/35, summing to 100). */
static const KrSelectionStageTemplate jpt_stages[] = {
  { KR_SELECTION_STAGE_ADMINISTRATION, "Administrasi dan Rekam Jejak", 15, 20, 20 },
  { KR_SELECTION_STAGE_PAPER, "Penulisan Makalah", 15, 20, 20 },
  { KR_SELECTION_STAGE_ASSESSMENT, "Assessment Centre", 20, 25, 25 },
  { KR_SELECTION_STAGE_INTERVIEW, "Wawancara Akhir", 30, 35, 35 },
};

const KrSelectionStageTemplate *
kr_selection_jpt_stages (guint *n_stages)
{
  g_return_val_if_fail (n_stages != NULL, NULL);
  *n_stages = G_N_ELEMENTS (jpt_stages);
  return jpt_stages;
}

const KrSelectionStageTemplate *
kr_selection_jpt_stage_for_kind (KrSelectionStageKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (jpt_stages); i++)
    if (jpt_stages[i].kind == kind)
      return &jpt_stages[i];
  return NULL;
}

const char *
kr_selection_stage_kind_get_official_name (KrSelectionStageKind kind)
{
  const KrSelectionStageTemplate *t = kr_selection_jpt_stage_for_kind (kind);

  return t != NULL ? t->name : NULL;
}

/* DOMAIN 8 (C) for JPT; the office's own rule (B) for other positions. */
static const KrSelectionPanelRules panel_rules[2] = {
  { 3, 0, TRUE, 1.0 },
  { 5, 9, TRUE, 0.45 },
};

const KrSelectionPanelRules *
kr_selection_panel_rules (gboolean jpt)
{
  return &panel_rules[jpt ? 1 : 0];
}

/* The proposal to the PPK: the three best, ranked (DOMAIN 8, C). */
static const guint proposed_count = 3;

guint
kr_selection_proposed_count (void)
{
  return proposed_count;
}

/* Totals are shown with two decimals; closer than this they are equal. */
static const double total_epsilon = 0.005;
static const double weight_epsilon = 0.001;

void
kr_selection_issue_free (KrSelectionIssue *issue)
{
  if (issue == NULL)
    return;
  g_free (issue->text);
  g_free (issue);
}

static void
add_issue (GPtrArray *issues, KrSelectionIssueKind kind, gboolean blocking, char *text)
{
  KrSelectionIssue *issue = g_new0 (KrSelectionIssue, 1);

  issue->kind = kind;
  issue->blocking = blocking;
  issue->text = text;
  g_ptr_array_add (issues, issue);
}

gboolean
kr_selection_check_score (double score, const char *what, GError **error)
{
  if (!isfinite (score) || score < 0 || score > 100)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("%s: enter a value from 0 to 100"),
                   what != NULL ? what : _ ("Score"));
      return FALSE;
    }
  return TRUE;
}

gboolean
kr_selection_check_stage_weight (gboolean jpt,
                                 KrSelectionStageKind kind,
                                 double weight,
                                 GError **error)
{
  const KrSelectionStageTemplate *t;

  if (!isfinite (weight) || weight < 0 || weight > 100)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Weight: enter a percentage from 0 to 100"));
      return FALSE;
    }
  if (!jpt)
    return TRUE;
  t = kr_selection_jpt_stage_for_kind (kind);
  if (t == NULL)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Kind: a JPT selection has only the four stages of PermenPANRB 15/2019"));
      return FALSE;
    }
  if (weight < t->min_weight - weight_epsilon || weight > t->max_weight + weight_epsilon)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Weight: the stage “%s” of a JPT selection weighs %g to %g %%"), t->name,
                   t->min_weight, t->max_weight);
      return FALSE;
    }
  return TRUE;
}

gboolean
kr_selection_weights_complete (const KrSelectionStageFacts *stages, guint n_stages)
{
  double sum = 0;

  for (guint i = 0; i < n_stages; i++)
    sum += stages[i].weight;
  return n_stages > 0 && fabs (sum - 100) < weight_epsilon;
}

static void
check_panel (GPtrArray *issues, gboolean jpt, const KrSelectionPanelFacts *panel, guint n_panel)
{
  const KrSelectionPanelRules *rules = kr_selection_panel_rules (jpt);
  guint n_internal = 0, n_chairs = 0;

  for (guint i = 0; i < n_panel; i++)
    {
      if (!panel[i].is_external)
        n_internal++;
      if (panel[i].role == KR_PANEL_ROLE_CHAIR)
        n_chairs++;
    }
  if (n_panel < rules->min_members)
    add_issue (issues, KR_SELECTION_ISSUE_PANEL_TOO_SMALL, TRUE,
               rules->max_members > 0
                   ? g_strdup_printf (ngettext ("The selection panel has %u member; it needs %u "
                                                "to %u",
                                                "The selection panel has %u members; it needs %u "
                                                "to %u",
                                                n_panel),
                                      n_panel, rules->min_members, rules->max_members)
                   : g_strdup_printf (ngettext ("The selection panel has %u member; it needs at "
                                                "least %u",
                                                "The selection panel has %u members; it needs at "
                                                "least %u",
                                                n_panel),
                                      n_panel, rules->min_members));
  if (rules->max_members > 0 && n_panel > rules->max_members)
    add_issue (issues, KR_SELECTION_ISSUE_PANEL_TOO_LARGE, TRUE,
               g_strdup_printf (_ ("The selection panel has %u members; it may have at most %u"),
                                n_panel, rules->max_members));
  if (rules->odd && n_panel > 0 && n_panel % 2 == 0)
    add_issue (issues, KR_SELECTION_ISSUE_PANEL_EVEN, TRUE,
               g_strdup_printf (_ ("The selection panel has %u members; the number must be odd"),
                                n_panel));
  if (n_panel > 0 && rules->max_internal_share < 1.0 &&
      (double) n_internal > rules->max_internal_share * n_panel + 1e-9)
    add_issue (issues, KR_SELECTION_ISSUE_PANEL_INTERNAL, TRUE,
               g_strdup_printf (_ ("%u of %u panel members are internal (%.0f %%); at most "
                                   "%.0f %% may be, at least %.0f %% must be external"),
                                n_internal, n_panel, 100.0 * n_internal / n_panel,
                                100 * rules->max_internal_share,
                                100 * (1 - rules->max_internal_share)));
  if (n_panel > 0 && n_chairs != 1)
    add_issue (issues, KR_SELECTION_ISSUE_PANEL_NO_CHAIR, TRUE,
               n_chairs == 0 ? g_strdup (_ ("The selection panel has no chair"))
                             : g_strdup_printf (_ ("The selection panel has %u chairs; it needs "
                                                   "one"),
                                                n_chairs));
}

static void
check_stages (GPtrArray *issues, gboolean jpt, const KrSelectionStageFacts *stages, guint n_stages)
{
  double sum = 0;

  if (n_stages == 0)
    {
      add_issue (issues, KR_SELECTION_ISSUE_NO_STAGES, TRUE,
                 g_strdup (_ ("The selection has no stages")));
      return;
    }
  for (guint i = 0; i < n_stages; i++)
    sum += stages[i].weight;
  if (jpt)
    {
      guint n_templates;
      const KrSelectionStageTemplate *templates = kr_selection_jpt_stages (&n_templates);

      for (guint t = 0; t < n_templates; t++)
        {
          guint n = 0;

          for (guint i = 0; i < n_stages; i++)
            if (stages[i].kind == templates[t].kind)
              n++;
          if (n == 0)
            add_issue (issues, KR_SELECTION_ISSUE_STAGE_MISSING, TRUE,
                       g_strdup_printf (_ ("The stage “%s” is missing"), templates[t].name));
          else if (n > 1)
            add_issue (
                issues, KR_SELECTION_ISSUE_STAGE_DUPLICATE, TRUE,
                g_strdup_printf (_ ("The stage “%s” appears %u times"), templates[t].name, n));
        }
      for (guint i = 0; i < n_stages; i++)
        {
          g_autoptr (GError) error = NULL;

          if (stages[i].kind == KR_SELECTION_STAGE_OTHER)
            add_issue (issues, KR_SELECTION_ISSUE_STAGE_KIND, TRUE,
                       g_strdup_printf (_ ("Stage %u: a JPT selection has only the four stages "
                                           "of PermenPANRB 15/2019"),
                                        i + 1));
          else if (!kr_selection_check_stage_weight (TRUE, stages[i].kind, stages[i].weight,
                                                     &error))
            add_issue (issues, KR_SELECTION_ISSUE_STAGE_WEIGHT, TRUE,
                       g_strdup_printf (_ ("Stage %u: %s"), i + 1, error->message));
        }
    }
  if (fabs (sum - 100) >= weight_epsilon)
    add_issue (issues, KR_SELECTION_ISSUE_WEIGHT_SUM, TRUE,
               g_strdup_printf (_ ("The stage weights add up to %g %%, not 100 %%"), sum));
}

static int
compare_issues (gconstpointer a, gconstpointer b)
{
  const KrSelectionIssue *ia = *(KrSelectionIssue *const *) a;
  const KrSelectionIssue *ib = *(KrSelectionIssue *const *) b;

  if (ia->blocking != ib->blocking)
    return ia->blocking ? -1 : 1;
  return (int) ia->kind - (int) ib->kind;
}

GPtrArray *
kr_selection_check_setup (gboolean jpt,
                          const KrSelectionPanelFacts *panel,
                          guint n_panel,
                          const KrSelectionStageFacts *stages,
                          guint n_stages)
{
  GPtrArray *issues = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_selection_issue_free);

  check_panel (issues, jpt, panel, n_panel);
  check_stages (issues, jpt, stages, n_stages);
  g_ptr_array_sort (issues, compare_issues);
  return issues;
}

double
kr_selection_weighted_total (const KrSelectionStageFacts *stages,
                             guint n_stages,
                             const double *scores,
                             const gboolean *scored)
{
  double total = 0;

  for (guint i = 0; i < n_stages; i++)
    if (scored[i])
      total += scores[i] * stages[i].weight / 100.0;
  return total;
}

int
kr_selection_eliminated_at (const KrSelectionStageFacts *stages,
                            guint n_stages,
                            const double *scores,
                            const gboolean *scored)
{
  for (guint i = 0; i < n_stages; i++)
    {
      if (!scored[i])
        {
          if (stages[i].published)
            return (int) i;
          continue;
        }
      if (stages[i].has_pass_mark && scores[i] < stages[i].pass_mark)
        return (int) i;
    }
  return -1;
}

/* The order of the stages for the tie-break: highest weight first, a later stage first among
 * equal weights. */
typedef struct
{
  const KrSelectionStageFacts *stages;
  guint n_stages;
  const guint *tie_order;
} RankContext;

static int
compare_entries (const void *a, const void *b, void *data)
{
  const KrSelectionRankEntry *ea = a, *eb = b;
  const RankContext *ctx = data;
  gboolean in_a, in_b;

  if (ea->withdrawn != eb->withdrawn)
    return ea->withdrawn ? 1 : -1;
  if (!ea->withdrawn)
    {
      in_a = ea->eliminated_at < 0;
      in_b = eb->eliminated_at < 0;
      if (in_a != in_b)
        return in_a ? -1 : 1;
      if (!in_a && ea->eliminated_at != eb->eliminated_at)
        return ea->eliminated_at > eb->eliminated_at ? -1 : 1;
      if (fabs (ea->total - eb->total) >= total_epsilon)
        return ea->total > eb->total ? -1 : 1;
      for (guint k = 0; k < ctx->n_stages; k++)
        {
          guint s = ctx->tie_order[k];
          double sa = ea->scored[s] ? ea->scores[s] : -1;
          double sb = eb->scored[s] ? eb->scores[s] : -1;

          if (fabs (sa - sb) >= total_epsilon)
            return sa > sb ? -1 : 1;
        }
    }
  return g_strcmp0 (ea->registration_number, eb->registration_number);
}

static gboolean
entries_equal (const KrSelectionRankEntry *a, const KrSelectionRankEntry *b, const RankContext *ctx)
{
  KrSelectionRankEntry ca = *a, cb = *b;

  /* Equal but for the registration number */
  ca.registration_number = cb.registration_number = NULL;
  return compare_entries (&ca, &cb, (void *) ctx) == 0;
}

static int
compare_tie_order (const void *a, const void *b, void *data)
{
  const KrSelectionStageFacts *stages = data;
  guint ia = *(const guint *) a, ib = *(const guint *) b;

  if (stages[ia].weight != stages[ib].weight)
    return stages[ia].weight > stages[ib].weight ? -1 : 1;
  return ia > ib ? -1 : (ia < ib ? 1 : 0);
}

void
kr_selection_rank (const KrSelectionStageFacts *stages,
                   guint n_stages,
                   KrSelectionRankEntry *entries,
                   guint n_entries,
                   gboolean final)
{
  g_autofree guint *tie_order = g_new (guint, MAX (n_stages, 1));
  RankContext ctx = { stages, n_stages, tie_order };

  for (guint i = 0; i < n_stages; i++)
    tie_order[i] = i;
  g_qsort_with_data (tie_order, (gint) n_stages, sizeof (guint), compare_tie_order,
                     (gpointer) stages);

  for (guint i = 0; i < n_entries; i++)
    {
      KrSelectionRankEntry *e = &entries[i];

      e->total = kr_selection_weighted_total (stages, n_stages, e->scores, e->scored);
      e->eliminated_at = kr_selection_eliminated_at (stages, n_stages, e->scores, e->scored);
      e->rank = 0;
      e->tied = FALSE;
      e->proposed = FALSE;
    }
  g_qsort_with_data (entries, (gint) n_entries, sizeof (KrSelectionRankEntry), compare_entries,
                     &ctx);

  for (guint i = 0; i < n_entries; i++)
    {
      KrSelectionRankEntry *e = &entries[i];

      if (e->withdrawn)
        continue;
      if (i > 0 && !entries[i - 1].withdrawn && entries_equal (&entries[i - 1], e, &ctx))
        {
          e->rank = entries[i - 1].rank;
          e->tied = entries[i - 1].tied = TRUE;
        }
      else
        e->rank = i + 1;
    }
  for (guint i = 0; i < n_entries; i++)
    {
      KrSelectionRankEntry *e = &entries[i];

      e->proposed = final && !e->withdrawn && e->eliminated_at < 0 && e->rank >= 1 &&
                    e->rank <= proposed_count;
    }
}

gboolean
kr_selection_is_superior (const gint64 *head_unit_ids,
                          guint n_head_units,
                          const gint64 *candidate_unit_chain,
                          guint n_chain)
{
  for (guint i = 0; i < n_head_units; i++)
    for (guint j = 0; j < n_chain; j++)
      if (head_unit_ids[i] != 0 && head_unit_ids[i] == candidate_unit_chain[j])
        return TRUE;
  return FALSE;
}

/* The structural order of DOMAIN 3.2, highest first; 5 for the others */
static guint
structural_level (KrPositionKind kind)
{
  switch (kind)
    {
    case KR_POSITION_KIND_JPT_UTAMA:
      return 0;
    case KR_POSITION_KIND_JPT_MADYA:
      return 1;
    case KR_POSITION_KIND_JPT_PRATAMA:
      return 2;
    case KR_POSITION_KIND_ADMINISTRATOR:
      return 3;
    case KR_POSITION_KIND_PENGAWAS:
      return 4;
    case KR_POSITION_KIND_PELAKSANA:
    case KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN:
    case KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN:
    case KR_N_POSITION_KINDS:
    default:
      return 5;
    }
}

gboolean
kr_selection_member_senior_enough (KrPositionKind member_kind, KrPositionKind filled_kind)
{
  return structural_level (member_kind) <= structural_level (filled_kind);
}

char *
kr_selection_registration_number (guint year, guint sequence)
{
  return g_strdup_printf ("ST-%04u-%03u", year, sequence);
}
