/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "kr-error.h"
#include "kr-selection-rules.h"

/* The rules of an open selection as pure functions: codes, moves, JPT stages and weight ranges,
 * the panel composition, totals, elimination, the ranking with its tie-breaks, the three best
 * and conflicts of interest. */

static void
test_codes (void)
{
  KrSelectionStatus status;
  KrSelectionStageKind kind;
  KrPanelRole role;
  KrCandidateStatus candidate;

  for (guint i = 0; i < KR_N_SELECTION_STATUSES; i++)
    {
      g_assert_true (kr_selection_status_from_code (kr_selection_status_get_code (i), &status));
      g_assert_cmpint (status, ==, i);
      g_assert_nonnull (kr_selection_status_get_label (i));
    }
  for (guint i = 0; i < KR_N_SELECTION_STAGE_KINDS; i++)
    {
      g_assert_true (
          kr_selection_stage_kind_from_code (kr_selection_stage_kind_get_code (i), &kind));
      g_assert_cmpint (kind, ==, i);
    }
  for (guint i = 0; i < KR_N_PANEL_ROLES; i++)
    {
      g_assert_true (kr_panel_role_from_code (kr_panel_role_get_code (i), &role));
      g_assert_cmpint (role, ==, i);
    }
  for (guint i = 0; i < KR_N_CANDIDATE_STATUSES; i++)
    {
      g_assert_true (kr_candidate_status_from_code (kr_candidate_status_get_code (i), &candidate));
      g_assert_cmpint (candidate, ==, i);
    }
  g_assert_false (kr_selection_status_from_code ("bogus", &status));
  g_assert_false (kr_selection_stage_kind_from_code (NULL, &kind));
  g_assert_cmpstr (kr_panel_role_get_official_name (KR_PANEL_ROLE_CHAIR), ==, "Ketua");
  g_assert_cmpstr (kr_selection_stage_kind_get_official_name (KR_SELECTION_STAGE_INTERVIEW), ==,
                   "Wawancara Akhir");
  g_assert_null (kr_selection_stage_kind_get_official_name (KR_SELECTION_STAGE_OTHER));
}

static void
test_moves (void)
{
  g_assert_true (
      kr_selection_status_can_move (KR_SELECTION_STATUS_DRAFT, KR_SELECTION_STATUS_OPEN));
  g_assert_true (
      kr_selection_status_can_move (KR_SELECTION_STATUS_OPEN, KR_SELECTION_STATUS_SCORING));
  g_assert_true (
      kr_selection_status_can_move (KR_SELECTION_STATUS_SCORING, KR_SELECTION_STATUS_CLOSED));
  g_assert_true (
      kr_selection_status_can_move (KR_SELECTION_STATUS_SCORING, KR_SELECTION_STATUS_CANCELLED));
  g_assert_true (
      kr_selection_status_can_move (KR_SELECTION_STATUS_DRAFT, KR_SELECTION_STATUS_CANCELLED));
  /* No skipping, no going back, final is final */
  g_assert_false (
      kr_selection_status_can_move (KR_SELECTION_STATUS_DRAFT, KR_SELECTION_STATUS_SCORING));
  g_assert_false (
      kr_selection_status_can_move (KR_SELECTION_STATUS_OPEN, KR_SELECTION_STATUS_DRAFT));
  g_assert_false (
      kr_selection_status_can_move (KR_SELECTION_STATUS_CLOSED, KR_SELECTION_STATUS_CANCELLED));
  g_assert_false (
      kr_selection_status_can_move (KR_SELECTION_STATUS_CANCELLED, KR_SELECTION_STATUS_DRAFT));
  g_assert_false (
      kr_selection_status_can_move (KR_SELECTION_STATUS_OPEN, KR_SELECTION_STATUS_OPEN));
  g_assert_true (kr_selection_status_is_final (KR_SELECTION_STATUS_CLOSED));
  g_assert_false (kr_selection_status_is_final (KR_SELECTION_STATUS_SCORING));
}

static void
test_jpt_stages (void)
{
  guint n;
  const KrSelectionStageTemplate *t = kr_selection_jpt_stages (&n);
  double sum = 0;

  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpint (t[0].kind, ==, KR_SELECTION_STAGE_ADMINISTRATION);
  g_assert_cmpint (t[3].kind, ==, KR_SELECTION_STAGE_INTERVIEW);
  g_assert_cmpfloat (t[0].min_weight, ==, 15);
  g_assert_cmpfloat (t[0].max_weight, ==, 20);
  g_assert_cmpfloat (t[1].min_weight, ==, 15);
  g_assert_cmpfloat (t[1].max_weight, ==, 20);
  g_assert_cmpfloat (t[2].min_weight, ==, 20);
  g_assert_cmpfloat (t[2].max_weight, ==, 25);
  g_assert_cmpfloat (t[3].min_weight, ==, 30);
  g_assert_cmpfloat (t[3].max_weight, ==, 35);
  for (guint i = 0; i < n; i++)
    {
      sum += t[i].default_weight;
      g_assert_cmpfloat (t[i].default_weight, >=, t[i].min_weight);
      g_assert_cmpfloat (t[i].default_weight, <=, t[i].max_weight);
    }
  g_assert_cmpfloat (sum, ==, 100);
  g_assert_true (kr_selection_kind_is_jpt (KR_POSITION_KIND_JPT_PRATAMA));
  g_assert_true (kr_selection_kind_is_jpt (KR_POSITION_KIND_JPT_UTAMA));
  g_assert_false (kr_selection_kind_is_jpt (KR_POSITION_KIND_ADMINISTRATOR));
}

static void
test_weights (void)
{
  g_autoptr (GError) error = NULL;

  /* Each JPT range, both edges in, just outside refused */
  g_assert_true (
      kr_selection_check_stage_weight (TRUE, KR_SELECTION_STAGE_ADMINISTRATION, 15, NULL));
  g_assert_true (kr_selection_check_stage_weight (TRUE, KR_SELECTION_STAGE_PAPER, 20, NULL));
  g_assert_false (kr_selection_check_stage_weight (TRUE, KR_SELECTION_STAGE_PAPER, 21, NULL));
  g_assert_false (
      kr_selection_check_stage_weight (TRUE, KR_SELECTION_STAGE_ASSESSMENT, 19.5, NULL));
  g_assert_true (kr_selection_check_stage_weight (TRUE, KR_SELECTION_STAGE_ASSESSMENT, 25, NULL));
  g_assert_true (kr_selection_check_stage_weight (TRUE, KR_SELECTION_STAGE_INTERVIEW, 30, NULL));
  g_assert_false (kr_selection_check_stage_weight (TRUE, KR_SELECTION_STAGE_INTERVIEW, 36, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Wawancara Akhir"));
  g_assert_nonnull (strstr (error->message, "30"));
  g_clear_error (&error);
  g_assert_false (kr_selection_check_stage_weight (TRUE, KR_SELECTION_STAGE_OTHER, 10, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_clear_error (&error);
  /* Other positions: any 0..100 */
  g_assert_true (kr_selection_check_stage_weight (FALSE, KR_SELECTION_STAGE_OTHER, 60, NULL));
  g_assert_false (kr_selection_check_stage_weight (FALSE, KR_SELECTION_STAGE_OTHER, 101, NULL));
  g_assert_false (kr_selection_check_stage_weight (FALSE, KR_SELECTION_STAGE_OTHER, -1, NULL));
  g_assert_true (kr_selection_check_score (0, NULL, NULL));
  g_assert_true (kr_selection_check_score (100, NULL, NULL));
  g_assert_false (kr_selection_check_score (100.5, "Pass mark", &error));
  g_assert_nonnull (strstr (error->message, "Pass mark"));
}

static GPtrArray *
check (gboolean jpt, guint n_internal, guint n_external, guint n_chairs)
{
  KrSelectionPanelFacts panel[16] = { 0 };
  guint n = n_internal + n_external;
  KrSelectionStageFacts stages[4] = {
    { KR_SELECTION_STAGE_ADMINISTRATION, 20, FALSE, 0, FALSE },
    { KR_SELECTION_STAGE_PAPER, 20, FALSE, 0, FALSE },
    { KR_SELECTION_STAGE_ASSESSMENT, 25, FALSE, 0, FALSE },
    { KR_SELECTION_STAGE_INTERVIEW, 35, FALSE, 0, FALSE },
  };

  for (guint i = 0; i < n; i++)
    {
      panel[i].is_external = i >= n_internal;
      panel[i].role = i < n_chairs ? KR_PANEL_ROLE_CHAIR : KR_PANEL_ROLE_MEMBER;
    }
  return kr_selection_check_setup (jpt, panel, n, stages, 4);
}

static gboolean
has_issue (GPtrArray *issues, KrSelectionIssueKind kind)
{
  for (guint i = 0; i < issues->len; i++)
    if (((KrSelectionIssue *) g_ptr_array_index (issues, i))->kind == kind)
      return TRUE;
  return FALSE;
}

static void
test_panel (void)
{
  g_autoptr (GPtrArray) ok5 = check (TRUE, 2, 3, 1);
  g_autoptr (GPtrArray) ok9 = check (TRUE, 4, 5, 1);
  g_autoptr (GPtrArray) small = check (TRUE, 1, 2, 1);
  g_autoptr (GPtrArray) large = check (TRUE, 4, 7, 1);
  g_autoptr (GPtrArray) even = check (TRUE, 2, 4, 1);
  g_autoptr (GPtrArray) internal = check (TRUE, 3, 2, 1);
  g_autoptr (GPtrArray) no_chair = check (TRUE, 2, 3, 0);
  g_autoptr (GPtrArray) two_chairs = check (TRUE, 2, 3, 2);
  g_autoptr (GPtrArray) other3 = check (FALSE, 3, 0, 1);
  g_autoptr (GPtrArray) other4 = check (FALSE, 4, 0, 1);
  g_autoptr (GPtrArray) other1 = check (FALSE, 1, 0, 1);

  g_assert_cmpuint (ok5->len, ==, 0);
  /* 4 of 9 internal = 44 %: allowed */
  g_assert_cmpuint (ok9->len, ==, 0);
  g_assert_true (has_issue (small, KR_SELECTION_ISSUE_PANEL_TOO_SMALL));
  g_assert_true (((KrSelectionIssue *) g_ptr_array_index (small, 0))->blocking);
  g_assert_nonnull (strstr (((KrSelectionIssue *) g_ptr_array_index (small, 0))->text, "3"));
  g_assert_true (has_issue (large, KR_SELECTION_ISSUE_PANEL_TOO_LARGE));
  g_assert_false (has_issue (large, KR_SELECTION_ISSUE_PANEL_EVEN));
  g_assert_true (has_issue (even, KR_SELECTION_ISSUE_PANEL_EVEN));
  /* 3 of 5 internal = 60 % */
  g_assert_true (has_issue (internal, KR_SELECTION_ISSUE_PANEL_INTERNAL));
  g_assert_true (has_issue (no_chair, KR_SELECTION_ISSUE_PANEL_NO_CHAIR));
  g_assert_true (has_issue (two_chairs, KR_SELECTION_ISSUE_PANEL_NO_CHAIR));
  /* Other positions: at least 3, odd, any share (the stages here are the JPT four, fine) */
  g_assert_cmpuint (other3->len, ==, 0);
  g_assert_true (has_issue (other4, KR_SELECTION_ISSUE_PANEL_EVEN));
  g_assert_false (has_issue (other4, KR_SELECTION_ISSUE_PANEL_INTERNAL));
  g_assert_true (has_issue (other1, KR_SELECTION_ISSUE_PANEL_TOO_SMALL));
  g_assert_cmpuint (kr_selection_panel_rules (TRUE)->min_members, ==, 5);
  g_assert_cmpuint (kr_selection_panel_rules (TRUE)->max_members, ==, 9);
  g_assert_cmpfloat (kr_selection_panel_rules (TRUE)->max_internal_share, ==, 0.45);
}

static void
test_stage_setup (void)
{
  KrSelectionPanelFacts panel[3] = { { FALSE, KR_PANEL_ROLE_CHAIR },
                                     { FALSE, KR_PANEL_ROLE_MEMBER },
                                     { TRUE, KR_PANEL_ROLE_MEMBER } };
  KrSelectionStageFacts jpt_bad[4] = {
    { KR_SELECTION_STAGE_ADMINISTRATION, 20, FALSE, 0, FALSE },
    { KR_SELECTION_STAGE_ADMINISTRATION, 20, FALSE, 0, FALSE },
    { KR_SELECTION_STAGE_ASSESSMENT, 30, FALSE, 0, FALSE },
    { KR_SELECTION_STAGE_OTHER, 30, FALSE, 0, FALSE },
  };
  KrSelectionStageFacts own[2] = {
    { KR_SELECTION_STAGE_OTHER, 40, TRUE, 60, FALSE },
    { KR_SELECTION_STAGE_INTERVIEW, 60, FALSE, 0, FALSE },
  };
  g_autoptr (GPtrArray) bad = kr_selection_check_setup (TRUE, panel, 3, jpt_bad, 4);
  g_autoptr (GPtrArray) ok = kr_selection_check_setup (FALSE, panel, 3, own, 2);
  g_autoptr (GPtrArray) uneven = NULL;
  g_autoptr (GPtrArray) none = kr_selection_check_setup (FALSE, panel, 3, NULL, 0);

  g_assert_true (has_issue (bad, KR_SELECTION_ISSUE_STAGE_DUPLICATE));
  g_assert_true (has_issue (bad, KR_SELECTION_ISSUE_STAGE_MISSING));
  g_assert_true (has_issue (bad, KR_SELECTION_ISSUE_STAGE_KIND));
  g_assert_true (has_issue (bad, KR_SELECTION_ISSUE_STAGE_WEIGHT));
  g_assert_false (has_issue (bad, KR_SELECTION_ISSUE_WEIGHT_SUM));
  g_assert_cmpuint (ok->len, ==, 0);
  g_assert_true (kr_selection_weights_complete (own, 2));
  own[1].weight = 55;
  g_assert_false (kr_selection_weights_complete (own, 2));
  uneven = kr_selection_check_setup (FALSE, panel, 3, own, 2);
  g_assert_true (has_issue (uneven, KR_SELECTION_ISSUE_WEIGHT_SUM));
  g_assert_nonnull (strstr (((KrSelectionIssue *) g_ptr_array_index (uneven, 0))->text, "95"));
  g_assert_true (has_issue (none, KR_SELECTION_ISSUE_NO_STAGES));
}

static void
test_total_elimination (void)
{
  KrSelectionStageFacts stages[4] = {
    { KR_SELECTION_STAGE_ADMINISTRATION, 20, TRUE, 60, TRUE },
    { KR_SELECTION_STAGE_PAPER, 20, TRUE, 65, TRUE },
    { KR_SELECTION_STAGE_ASSESSMENT, 25, FALSE, 0, FALSE },
    { KR_SELECTION_STAGE_INTERVIEW, 35, FALSE, 0, FALSE },
  };
  double scores[4] = { 80, 70, 90, 60 };
  gboolean all[4] = { TRUE, TRUE, TRUE, TRUE };
  gboolean two[4] = { TRUE, TRUE, FALSE, FALSE };
  gboolean one[4] = { TRUE, FALSE, FALSE, FALSE };

  /* 16 + 14 + 22.5 + 21 */
  g_assert_cmpfloat_with_epsilon (kr_selection_weighted_total (stages, 4, scores, all), 73.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (kr_selection_weighted_total (stages, 4, scores, two), 30, 1e-9);
  g_assert_cmpint (kr_selection_eliminated_at (stages, 4, scores, all), ==, -1);
  /* Exactly the pass mark goes on; below does not */
  scores[1] = 65;
  g_assert_cmpint (kr_selection_eliminated_at (stages, 4, scores, all), ==, -1);
  scores[1] = 64.99;
  g_assert_cmpint (kr_selection_eliminated_at (stages, 4, scores, all), ==, 1);
  scores[0] = 59;
  g_assert_cmpint (kr_selection_eliminated_at (stages, 4, scores, all), ==, 0);
  /* Absent at a published stage: out there; unscored at an unpublished one: still in */
  scores[0] = 80;
  g_assert_cmpint (kr_selection_eliminated_at (stages, 4, scores, one), ==, 1);
  scores[1] = 70;
  g_assert_cmpint (kr_selection_eliminated_at (stages, 4, scores, two), ==, -1);
}

typedef struct
{
  const char *number;
  double s[2];
  gboolean withdrawn;
} Row;

static void
rank_rows (const Row *rows, guint n, KrSelectionRankEntry *entries, gboolean final)
{
  static const gboolean scored[2] = { TRUE, TRUE };
  static const KrSelectionStageFacts stages[2] = {
    { KR_SELECTION_STAGE_OTHER, 40, TRUE, 50, TRUE },
    { KR_SELECTION_STAGE_INTERVIEW, 60, FALSE, 0, TRUE },
  };

  for (guint i = 0; i < n; i++)
    {
      entries[i] = (KrSelectionRankEntry){ 0 };
      entries[i].id = i;
      entries[i].registration_number = rows[i].number;
      entries[i].withdrawn = rows[i].withdrawn;
      entries[i].scores = rows[i].s;
      entries[i].scored = scored;
    }
  kr_selection_rank (stages, 2, entries, n, final);
}

static void
test_ranking (void)
{
  static const Row rows[] = {
    { "ST-2026-001", { 80, 70 }, FALSE },  /* 74 */
    { "ST-2026-002", { 70, 80 }, FALSE },  /* 76, best */
    { "ST-2026-003", { 40, 100 }, FALSE }, /* 76 but eliminated at stage 1 */
    { "ST-2026-004", { 95, 60 }, FALSE },  /* 74: ties 001 on total, loses on the interview */
    { "ST-2026-005", { 90, 90 }, TRUE },   /* withdrawn: no rank */
    { "ST-2026-006", { 55, 75 }, FALSE },  /* 67 */
  };
  KrSelectionRankEntry e[G_N_ELEMENTS (rows)];

  rank_rows (rows, G_N_ELEMENTS (rows), e, TRUE);
  g_assert_cmpstr (e[0].registration_number, ==, "ST-2026-002");
  g_assert_cmpuint (e[0].rank, ==, 1);
  g_assert_cmpfloat_with_epsilon (e[0].total, 76, 1e-9);
  g_assert_cmpstr (e[1].registration_number, ==, "ST-2026-001");
  g_assert_cmpuint (e[1].rank, ==, 2);
  g_assert_cmpstr (e[2].registration_number, ==, "ST-2026-004");
  g_assert_cmpuint (e[2].rank, ==, 3);
  g_assert_false (e[2].tied);
  g_assert_cmpstr (e[3].registration_number, ==, "ST-2026-006");
  g_assert_cmpuint (e[3].rank, ==, 4);
  /* Eliminated after everyone still in, whatever the total */
  g_assert_cmpstr (e[4].registration_number, ==, "ST-2026-003");
  g_assert_cmpint (e[4].eliminated_at, ==, 0);
  g_assert_false (e[4].proposed);
  g_assert_cmpstr (e[5].registration_number, ==, "ST-2026-005");
  g_assert_cmpuint (e[5].rank, ==, 0);
  g_assert_false (e[5].proposed);
  /* The three best */
  g_assert_true (e[0].proposed && e[1].proposed && e[2].proposed);
  g_assert_false (e[3].proposed);
  g_assert_cmpuint (kr_selection_proposed_count (), ==, 3);

  /* Not final: nobody proposed yet, ranks the same */
  rank_rows (rows, G_N_ELEMENTS (rows), e, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    g_assert_false (e[i].proposed);
  g_assert_cmpuint (e[0].rank, ==, 1);
}

static void
test_ties (void)
{
  static const Row rows[] = {
    { "ST-2026-003", { 60, 60 }, FALSE }, { "ST-2026-001", { 90, 90 }, FALSE },
    { "ST-2026-004", { 80, 80 }, FALSE }, { "ST-2026-002", { 80, 80 }, FALSE },
    { "ST-2026-005", { 70, 70 }, FALSE },
  };
  static const Row third[] = {
    { "ST-2026-001", { 90, 90 }, FALSE },
    { "ST-2026-002", { 85, 85 }, FALSE },
    { "ST-2026-004", { 80, 80 }, FALSE },
    { "ST-2026-003", { 80, 80 }, FALSE },
  };
  KrSelectionRankEntry e[5];

  rank_rows (rows, 5, e, TRUE);
  g_assert_cmpuint (e[0].rank, ==, 1);
  /* Fully equal: the same rank, listed by registration number, the next rank skipped */
  g_assert_cmpstr (e[1].registration_number, ==, "ST-2026-002");
  g_assert_cmpstr (e[2].registration_number, ==, "ST-2026-004");
  g_assert_cmpuint (e[1].rank, ==, 2);
  g_assert_cmpuint (e[2].rank, ==, 2);
  g_assert_true (e[1].tied && e[2].tied);
  g_assert_false (e[0].tied);
  g_assert_cmpuint (e[3].rank, ==, 4);
  g_assert_cmpuint (e[4].rank, ==, 5);
  g_assert_false (e[3].proposed);

  /* A tie at the third place proposes both */
  rank_rows (third, 4, e, TRUE);
  g_assert_cmpuint (e[2].rank, ==, 3);
  g_assert_cmpuint (e[3].rank, ==, 3);
  g_assert_true (e[2].proposed && e[3].proposed);
}

static void
test_superior (void)
{
  /* Candidate in unit 7 under 3 under 1 */
  gint64 chain[] = { 7, 3, 1 };
  gint64 head_of_3 = 3, head_of_7 = 7, head_of_9 = 9;

  g_assert_true (kr_selection_is_superior (&head_of_3, 1, chain, 3));
  g_assert_true (kr_selection_is_superior (&head_of_7, 1, chain, 3));
  g_assert_false (kr_selection_is_superior (&head_of_9, 1, chain, 3));
  g_assert_false (kr_selection_is_superior (NULL, 0, chain, 3));

  /* Panel members at least as senior as the position filled */
  g_assert_true (
      kr_selection_member_senior_enough (KR_POSITION_KIND_JPT_MADYA, KR_POSITION_KIND_JPT_PRATAMA));
  g_assert_true (kr_selection_member_senior_enough (KR_POSITION_KIND_JPT_PRATAMA,
                                                    KR_POSITION_KIND_JPT_PRATAMA));
  g_assert_false (kr_selection_member_senior_enough (KR_POSITION_KIND_ADMINISTRATOR,
                                                     KR_POSITION_KIND_JPT_PRATAMA));
  g_assert_false (kr_selection_member_senior_enough (KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN,
                                                     KR_POSITION_KIND_PENGAWAS));
  g_assert_true (kr_selection_member_senior_enough (KR_POSITION_KIND_PENGAWAS,
                                                    KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN));
}

static void
test_registration_number (void)
{
  g_autofree char *a = kr_selection_registration_number (2026, 1);
  g_autofree char *b = kr_selection_registration_number (2026, 1234);

  g_assert_cmpstr (a, ==, "ST-2026-001");
  g_assert_cmpstr (b, ==, "ST-2026-1234");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/selection-rules/codes", test_codes);
  g_test_add_func ("/selection-rules/moves", test_moves);
  g_test_add_func ("/selection-rules/jpt-stages", test_jpt_stages);
  g_test_add_func ("/selection-rules/weights", test_weights);
  g_test_add_func ("/selection-rules/panel", test_panel);
  g_test_add_func ("/selection-rules/stage-setup", test_stage_setup);
  g_test_add_func ("/selection-rules/total-elimination", test_total_elimination);
  g_test_add_func ("/selection-rules/ranking", test_ranking);
  g_test_add_func ("/selection-rules/ties", test_ties);
  g_test_add_func ("/selection-rules/superior", test_superior);
  g_test_add_func ("/selection-rules/registration-number", test_registration_number);
  return g_test_run ();
}
