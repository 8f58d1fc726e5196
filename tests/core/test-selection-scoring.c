/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kr-demo.h"
#include "test-selection-fixture.h"

/* Scoring an open selection: scoring rules, publication freezing a stage, elimination, the
 * ranking with ties and the three best, closing, permissions and the audit trail; and the demo
 * selections. */

static void
set_score (Fixture *fixture, gint64 candidate, gint64 stage, double score)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (
      kr_selection_repository_set_score (fixture->repo, candidate, stage, score, NULL, &error));
  g_assert_no_error (error);
}

static gint64
create_as_viewer (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrSelection) s = kr_selection_new ();

  s->position_id = fixture->jpt_position;
  g_assert_false (kr_selection_repository_create (fixture->repo, s, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED);
  return s->id;
}

static void
test_scoring (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrSelectionStage) s1 = kr_selection_stage_new ();
  g_autoptr (KrSelectionStage) s2 = kr_selection_stage_new ();
  g_autoptr (KrSelectionRanking) ranking = NULL;
  g_autoptr (KrSelection) closed = NULL;
  g_autoptr (KrIdentity) viewer = NULL;
  gint64 id = create (fixture, fixture->admin_position);
  gint64 c[5];
  GDate published = d ("2025-03-01"), future;
  const gint64 employees[5] = { fixture->ani, fixture->budi, fixture->citra, fixture->dedi,
                                fixture->eko };
  KrSelectionRankingRow *row;

  s1->selection_id = id;
  s1->kind = KR_SELECTION_STAGE_ADMINISTRATION;
  s1->weight = 40;
  s1->has_pass_mark = TRUE;
  s1->pass_mark = 60;
  g_assert_true (kr_selection_repository_save_stage (fixture->repo, s1, &error));
  s2->selection_id = id;
  s2->kind = KR_SELECTION_STAGE_INTERVIEW;
  s2->weight = 60;
  g_assert_true (kr_selection_repository_save_stage (fixture->repo, s2, &error));
  add_member (fixture, id, fixture->kadis, NULL, KR_PANEL_ROLE_CHAIR, &error);
  add_member (fixture, id, fixture->sekda, NULL, KR_PANEL_ROLE_MEMBER, &error);
  add_member (fixture, id, 0, "Luar", KR_PANEL_ROLE_MEMBER, &error);
  g_assert_no_error (error);
  g_assert_true (
      kr_selection_repository_move (fixture->repo, id, KR_SELECTION_STATUS_OPEN, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < 5; i++)
    c[i] = add_candidate (fixture, id, employees[i], NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  /* Not in scoring yet */
  g_assert_false (
      kr_selection_repository_set_score (fixture->repo, c[0], s1->id, 80, NULL, &error));
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "scoring", NULL);
  g_clear_error (&error);
  g_assert_true (
      kr_selection_repository_move (fixture->repo, id, KR_SELECTION_STATUS_SCORING, &error));
  /* Out of range; the second stage before the first is published */
  g_assert_false (
      kr_selection_repository_set_score (fixture->repo, c[0], s1->id, 120, NULL, &error));
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Score", "100", NULL);
  g_clear_error (&error);
  g_assert_false (
      kr_selection_repository_set_score (fixture->repo, c[0], s2->id, 80, NULL, &error));
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Administrasi dan Rekam Jejak", NULL);
  g_clear_error (&error);

  set_score (fixture, c[0], s1->id, 80);
  set_score (fixture, c[1], s1->id, 70);
  set_score (fixture, c[2], s1->id, 50); /* below the pass mark */
  set_score (fixture, c[0], s1->id, 85); /* changed: an update, audited */
  /* Two missing */
  g_assert_false (
      kr_selection_repository_publish_stage (fixture->repo, s1->id, &published, &error));
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "2 candidates", NULL);
  g_clear_error (&error);
  set_score (fixture, c[3], s1->id, 90);
  /* Eko withdraws: no score needed */
  g_assert_true (kr_selection_repository_set_candidate_status (
      fixture->repo, c[4], KR_CANDIDATE_STATUS_WITHDRAWN, &error));
  g_assert_false (
      kr_selection_repository_set_score (fixture->repo, c[4], s1->id, 80, NULL, &error));
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "withdrawn", NULL);
  g_clear_error (&error);
  g_date_clear (&future, 1);
  kr_date_today (NULL, &future);
  g_date_add_days (&future, 2);
  g_assert_false (kr_selection_repository_publish_stage (fixture->repo, s1->id, &future, &error));
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "future", NULL);
  g_clear_error (&error);
  g_assert_true (kr_selection_repository_publish_stage (fixture->repo, s1->id, &published, &error));
  g_assert_no_error (error);
  g_assert_true (fixture->last_mask & KR_SELECTION_CHANGE_STAGES);

  /* Frozen: no score, no clearing, no stage edit */
  g_assert_false (
      kr_selection_repository_set_score (fixture->repo, c[0], s1->id, 99, NULL, &error));
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "published", NULL);
  g_clear_error (&error);
  g_assert_false (kr_selection_repository_clear_score (fixture->repo, c[0], s1->id, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_clear_error (&error);
  s2->weight = 50;
  g_assert_false (kr_selection_repository_save_stage (fixture->repo, s2, &error));
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "published", NULL);
  g_clear_error (&error);
  g_assert_false (
      kr_selection_repository_publish_stage (fixture->repo, s1->id, &published, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_clear_error (&error);
  /* Citra did not pass the first stage */
  g_assert_false (
      kr_selection_repository_set_score (fixture->repo, c[2], s2->id, 99, NULL, &error));
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "earlier stage", NULL);
  g_clear_error (&error);

  /* Ani 85/70 = 34 + 42 = 76; Budi 70/80 = 28 + 48 = 76 (ties the total, wins on the interview);
   * Dedi 90/60 = 36 + 36 = 72 */
  set_score (fixture, c[0], s2->id, 70);
  set_score (fixture, c[1], s2->id, 80);
  set_score (fixture, c[3], s2->id, 60);
  g_assert_false (
      kr_selection_repository_move (fixture->repo, id, KR_SELECTION_STATUS_CLOSED, &error));
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "1 of 2", NULL);
  g_clear_error (&error);

  ranking = kr_selection_repository_get_ranking (fixture->repo, id, &error);
  g_assert_no_error (error);
  g_assert_false (ranking->final);
  g_assert_cmpuint (ranking->stages->len, ==, 2);
  g_assert_cmpuint (ranking->rows->len, ==, 5);
  row = g_ptr_array_index (ranking->rows, 0);
  g_assert_cmpint (row->candidate_id, ==, c[1]);
  g_assert_false (row->proposed); /* not final yet */
  g_clear_pointer (&ranking, kr_selection_ranking_free);

  g_assert_true (kr_selection_repository_publish_stage (fixture->repo, s2->id, &published, &error));
  g_assert_no_error (error);
  ranking = kr_selection_repository_get_ranking (fixture->repo, id, &error);
  g_assert_true (ranking->final);
  row = g_ptr_array_index (ranking->rows, 0);
  g_assert_cmpint (row->candidate_id, ==, c[1]);
  g_assert_cmpuint (row->rank, ==, 1);
  g_assert_cmpfloat_with_epsilon (row->total, 76, 1e-9);
  g_assert_true (row->proposed);
  g_assert_true (kr_selection_ranking_row_passed (row, 0));
  g_assert_true (kr_selection_ranking_row_passed (row, 1));
  row = g_ptr_array_index (ranking->rows, 1);
  g_assert_cmpint (row->candidate_id, ==, c[0]);
  g_assert_cmpuint (row->rank, ==, 2);
  g_assert_cmpfloat (row->scores[0], ==, 85);
  row = g_ptr_array_index (ranking->rows, 2);
  g_assert_cmpint (row->candidate_id, ==, c[3]);
  g_assert_cmpuint (row->rank, ==, 3);
  g_assert_true (row->proposed);
  row = g_ptr_array_index (ranking->rows, 3);
  g_assert_cmpint (row->candidate_id, ==, c[2]);
  g_assert_cmpint (row->eliminated_at, ==, 0);
  g_assert_false (row->proposed);
  g_assert_false (kr_selection_ranking_row_passed (row, 0));
  g_assert_false (row->scored[1]);
  row = g_ptr_array_index (ranking->rows, 4);
  g_assert_cmpint (row->candidate_id, ==, c[4]);
  g_assert_true (row->withdrawn);
  g_assert_cmpuint (row->rank, ==, 0);

  g_assert_true (
      kr_selection_repository_move (fixture->repo, id, KR_SELECTION_STATUS_CLOSED, &error));
  g_assert_no_error (error);
  closed = kr_selection_repository_get_selection (fixture->repo, id, &error);
  g_assert_cmpint (closed->status, ==, KR_SELECTION_STATUS_CLOSED);
  g_assert_cmpuint (closed->n_stages_published, ==, 2);
  /* Closed is final */
  g_assert_false (kr_selection_repository_set_candidate_status (
      fixture->repo, c[4], KR_CANDIDATE_STATUS_REGISTERED, &error));
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "closed", NULL);
  g_clear_error (&error);

  /* Audit: 8 inserts and 1 update of scores, the publications */
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log WHERE entity = "
                                       "'selection_score' AND action = 'insert'"),
                   ==, 7);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log WHERE entity = "
                                       "'selection_score' AND action = 'update'"),
                   ==, 1);
  g_assert_cmpint (query_int (fixture,
                              "SELECT count(*) FROM audit_log WHERE entity = 'selection_score' "
                              "AND employee_id = %lld",
                              (long long) fixture->ani),
                   ==, 3);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log WHERE entity = "
                                       "'selection_stage' AND action = 'update'"),
                   ==, 2);

  /* A viewer reads but does not write */
  viewer = kr_identity_new (1, "viewer", "Viewer", KR_ROLE_VIEWER, 0);
  kr_database_set_identity (fixture->db, viewer);
  g_clear_pointer (&ranking, kr_selection_ranking_free);
  ranking = kr_selection_repository_get_ranking (fixture->repo, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ranking);
  g_assert_cmpint (create_as_viewer (fixture), ==, 0);
  kr_database_set_identity (fixture->db, NULL);
}

/* The demo: a finished JPT Pratama selection and a running administrator one, made through
 * the repository (so every rule held while they were made). */
static void
test_demo (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) db = kr_database_open (":memory:", KR_DATABASE_FLAGS_NONE, &error);
  g_autoptr (KrSelectionRepository) repo = NULL;
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (GPtrArray) panel = NULL;
  g_autoptr (GPtrArray) candidates = NULL;
  g_autoptr (KrSelectionRanking) finished = NULL;
  g_autoptr (KrSelectionRanking) running = NULL;
  KrSelectionQuery query = { -1, 0, FALSE, NULL };
  GDate today;
  KrDemoOptions options = { .n_employees = 1500,
                            .seed = 7,
                            .today = &today,
                            .appraisals = KR_DEMO_APPRAISALS_NONE,
                            .training = KR_DEMO_TRAINING_NONE };
  guint n_internal = 0, n_outside = 0, n_proposed = 0;

  /* As test-demo: a fixed day in the past */
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, G_DATE_DECEMBER, 2025);
  g_assert_no_error (error);
  g_assert_true (kr_demo_generate (db, &options, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  repo = kr_selection_repository_new (db);
  list = kr_selection_repository_list_selections (repo, &query, 0, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);

  /* Listed running first */
  g_assert_cmpint (((KrSelection *) g_ptr_array_index (list, 0))->status, ==,
                   KR_SELECTION_STATUS_SCORING);
  g_assert_false (((KrSelection *) g_ptr_array_index (list, 0))->jpt);
  g_assert_cmpint (((KrSelection *) g_ptr_array_index (list, 1))->status, ==,
                   KR_SELECTION_STATUS_CLOSED);
  g_assert_cmpint (((KrSelection *) g_ptr_array_index (list, 1))->position_kind, ==,
                   KR_POSITION_KIND_JPT_PRATAMA);

  finished = kr_selection_repository_get_ranking (
      repo, ((KrSelection *) g_ptr_array_index (list, 1))->id, &error);
  g_assert_true (finished->final);
  g_assert_cmpuint (finished->rows->len, ==, 8);
  for (guint i = 0; i < finished->rows->len; i++)
    {
      KrSelectionRankingRow *row = g_ptr_array_index (finished->rows, i);

      if (row->employee_id == 0)
        n_outside++;
      if (row->proposed)
        n_proposed++;
    }
  g_assert_cmpuint (n_outside, ==, 2);
  g_assert_cmpuint (n_proposed, ==, 3);
  panel = kr_selection_repository_list_panel (repo, finished->selection->id, &error);
  g_assert_cmpuint (panel->len, ==, 7);
  for (guint i = 0; i < panel->len; i++)
    if (!((KrSelectionPanelMember *) g_ptr_array_index (panel, i))->is_external)
      n_internal++;
  g_assert_cmpuint (n_internal, ==, 3);

  running = kr_selection_repository_get_ranking (
      repo, ((KrSelection *) g_ptr_array_index (list, 0))->id, &error);
  g_assert_false (running->final);
  g_assert_cmpuint (running->stages->len, ==, 3);
  g_assert_cmpuint (running->selection->n_stages_published, ==, 2);
  candidates = kr_selection_repository_list_candidates (repo, running->selection->id, &error);
  g_assert_cmpuint (candidates->len, >=, 3);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/selection-scoring/scoring", Fixture, NULL, fixture_set_up, test_scoring,
              fixture_tear_down);
  g_test_add_func ("/selection-scoring/demo", test_demo);
  return g_test_run ();
}
