/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "test-selection-fixture.h"

/* The selection repository on a small organisation: creating (the JPT stages), listing, stage
 * weights, the panel composition blocking the opening, registration numbers, conflicts of
 * interest, permissions and the audit trail. Scoring: test-selection-scoring.c. */

static void
test_create (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrSelection) s = NULL;
  g_autoptr (KrSelection) again = kr_selection_new ();
  g_autoptr (GPtrArray) stages = NULL;
  g_autoptr (GPtrArray) list = NULL;
  KrSelectionQuery query = { -1, 0, FALSE, NULL };
  guint n = 0;
  gint64 id, admin;

  id = create (fixture, fixture->jpt_position);
  g_assert_cmpuint (fixture->n_changed, ==, 1);
  g_assert_true (fixture->last_mask & KR_SELECTION_CHANGE_SELECTIONS);
  s = kr_selection_repository_get_selection (fixture->repo, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (s->title, ==, "Seleksi Terbuka JPT Pratama Kepala Dinas Kesehatan Tahun 2025");
  g_assert_cmpint (s->status, ==, KR_SELECTION_STATUS_DRAFT);
  g_assert_true (s->jpt);
  g_assert_cmpuint (s->n_stages, ==, 4);
  g_assert_cmpstr (s->unit_name, ==, "DINKES");
  stages = kr_selection_repository_list_stages (fixture->repo, id, &error);
  g_assert_cmpuint (stages->len, ==, 4);
  g_assert_cmpstr (((KrSelectionStage *) g_ptr_array_index (stages, 0))->name, ==,
                   "Administrasi dan Rekam Jejak");
  g_assert_cmpfloat (((KrSelectionStage *) g_ptr_array_index (stages, 3))->weight, ==, 35);
  g_assert_cmpuint (((KrSelectionStage *) g_ptr_array_index (stages, 3))->seq, ==, 4);

  /* One running selection per position */
  again->position_id = fixture->jpt_position;
  g_assert_false (kr_selection_repository_create (fixture->repo, again, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_CONFLICT);
  g_clear_error (&error);
  /* Dates in order; a position */
  again->position_id = fixture->admin_position;
  again->opens_on = d ("2025-02-01");
  again->closes_on = d ("2025-01-01");
  g_assert_false (kr_selection_repository_create (fixture->repo, again, &error));
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Registration closes", NULL);
  g_clear_error (&error);
  again->position_id = 99999;
  g_assert_false (kr_selection_repository_create (fixture->repo, again, &error));
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Position", NULL);
  g_clear_error (&error);

  /* A non-JPT selection starts without stages */
  admin = create (fixture, fixture->admin_position);
  g_clear_pointer (&s, kr_selection_free);
  s = kr_selection_repository_get_selection (fixture->repo, admin, &error);
  g_assert_false (s->jpt);
  g_assert_cmpuint (s->n_stages, ==, 0);
  g_assert_cmpstr (s->title, ==, "Seleksi Terbuka Kepala Bidang SD Tahun 2025");

  /* Listing: filters by status and unit (subtree) */
  g_assert_true (kr_selection_repository_count_selections (fixture->repo, &query, &n, &error));
  g_assert_cmpuint (n, ==, 2);
  query.unit_id = fixture->dinas;
  query.subtree = TRUE;
  list = kr_selection_repository_list_selections (fixture->repo, &query, 0, 10, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (((KrSelection *) g_ptr_array_index (list, 0))->id, ==, admin);
  query.subtree = FALSE;
  g_assert_true (kr_selection_repository_count_selections (fixture->repo, &query, &n, &error));
  g_assert_cmpuint (n, ==, 0);
  query.unit_id = 0;
  query.status = KR_SELECTION_STATUS_CANCELLED;
  g_assert_true (kr_selection_repository_count_selections (fixture->repo, &query, &n, &error));
  g_assert_cmpuint (n, ==, 0);
  query.status = -1;
  query.search = "kesehatan";
  g_assert_true (kr_selection_repository_count_selections (fixture->repo, &query, &n, &error));
  g_assert_cmpuint (n, ==, 1);

  /* Audit: the selection and its four stages */
  g_assert_cmpint (query_int (fixture,
                              "SELECT count(*) FROM audit_log WHERE entity = 'selection' AND "
                              "entity_id = %lld AND action = 'insert'",
                              (long long) id),
                   ==, 1);
  g_assert_cmpint (
      query_int (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'selection_stage'"), ==,
      4);

  /* A draft can be deleted, a cancelled one not moved again */
  g_assert_true (kr_selection_repository_delete (fixture->repo, admin, &error));
  g_assert_no_error (error);
  g_assert_true (
      kr_selection_repository_move (fixture->repo, id, KR_SELECTION_STATUS_CANCELLED, &error));
  g_assert_false (
      kr_selection_repository_move (fixture->repo, id, KR_SELECTION_STATUS_OPEN, &error));
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Status", NULL);
  g_clear_error (&error);
  g_assert_false (kr_selection_repository_delete (fixture->repo, id, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
}

static void
test_stages (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrSelectionStage) interview = NULL;
  g_autoptr (KrSelectionStage) extra = kr_selection_stage_new ();
  g_autoptr (KrSelectionStage) first = kr_selection_stage_new ();
  g_autoptr (KrSelectionStage) second = kr_selection_stage_new ();
  g_autoptr (KrSelectionStage) third = kr_selection_stage_new ();
  g_autoptr (GPtrArray) issues = NULL;
  g_autoptr (GPtrArray) stages = NULL;
  gint64 jpt = create (fixture, fixture->jpt_position);
  gint64 admin = create (fixture, fixture->admin_position);

  /* JPT: the interview weighs 30-35 % */
  interview = stage_at (fixture, jpt, 3);
  interview->weight = 40;
  g_assert_false (kr_selection_repository_save_stage (fixture->repo, interview, &error));
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Weight", "30", "35", NULL);
  g_clear_error (&error);
  interview->weight = 30;
  interview->has_pass_mark = TRUE;
  interview->pass_mark = 101;
  g_assert_false (kr_selection_repository_save_stage (fixture->repo, interview, &error));
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Pass mark", NULL);
  g_clear_error (&error);
  interview->pass_mark = 60;
  g_assert_true (kr_selection_repository_save_stage (fixture->repo, interview, &error));
  g_assert_no_error (error);
  /* Now the weights add up to 95: a blocking issue */
  issues = kr_selection_repository_check (fixture->repo, jpt, &error);
  g_assert_true (has_issue (issues, KR_SELECTION_ISSUE_WEIGHT_SUM, NULL));
  /* No fifth stage, no second interview */
  extra->selection_id = jpt;
  extra->kind = KR_SELECTION_STAGE_OTHER;
  extra->name = g_strdup ("Psikotes");
  extra->weight = 5;
  g_assert_false (kr_selection_repository_save_stage (fixture->repo, extra, &error));
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Kind", NULL);
  g_clear_error (&error);
  extra->kind = KR_SELECTION_STAGE_INTERVIEW;
  extra->weight = 30;
  g_assert_false (kr_selection_repository_save_stage (fixture->repo, extra, &error));
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Wawancara Akhir", NULL);
  g_clear_error (&error);

  /* Another position: the office's own stages */
  first->selection_id = admin;
  first->kind = KR_SELECTION_STAGE_OTHER;
  first->weight = 30;
  g_assert_false (kr_selection_repository_save_stage (fixture->repo, first, &error));
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Name", NULL);
  g_clear_error (&error);
  first->name = g_strdup ("Seleksi Administrasi");
  g_assert_true (kr_selection_repository_save_stage (fixture->repo, first, &error));
  second->selection_id = admin;
  second->kind = KR_SELECTION_STAGE_ASSESSMENT;
  second->weight = 30;
  g_assert_true (kr_selection_repository_save_stage (fixture->repo, second, &error));
  g_assert_cmpstr (second->name, ==, "Assessment Centre");
  third->selection_id = admin;
  third->kind = KR_SELECTION_STAGE_INTERVIEW;
  third->weight = 40;
  g_assert_true (kr_selection_repository_save_stage (fixture->repo, third, &error));
  g_assert_no_error (error);
  /* Removing the middle one renumbers */
  g_assert_true (kr_selection_repository_delete_stage (fixture->repo, second->id, &error));
  g_assert_no_error (error);
  stages = kr_selection_repository_list_stages (fixture->repo, admin, &error);
  g_assert_cmpuint (stages->len, ==, 2);
  g_assert_cmpuint (((KrSelectionStage *) g_ptr_array_index (stages, 1))->seq, ==, 2);
  g_assert_cmpint (((KrSelectionStage *) g_ptr_array_index (stages, 1))->id, ==, third->id);
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = kr_selection_repository_check (fixture->repo, admin, &error);
  g_assert_true (has_issue (issues, KR_SELECTION_ISSUE_WEIGHT_SUM, NULL));
  g_assert_true (has_issue (issues, KR_SELECTION_ISSUE_PANEL_TOO_SMALL, NULL));
  /* Opening is refused with the first blocking issue */
  g_assert_false (
      kr_selection_repository_move (fixture->repo, admin, KR_SELECTION_STATUS_OPEN, &error));
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "panel", NULL);
}

/* A JPT selection with a valid panel of five: 2 internal (Sekda chair, Kadis), 3 external */
static gint64
jpt_with_panel (Fixture *fixture, gint64 *sekda_member)
{
  g_autoptr (GError) error = NULL;
  gint64 id = create (fixture, fixture->jpt_position);

  *sekda_member = add_member (fixture, id, fixture->sekda, NULL, KR_PANEL_ROLE_CHAIR, &error);
  g_assert_no_error (error);
  add_member (fixture, id, fixture->kadis, NULL, KR_PANEL_ROLE_MEMBER, &error);
  add_member (fixture, id, 0, "Prof. Dr. Luar Satu", KR_PANEL_ROLE_MEMBER, &error);
  add_member (fixture, id, 0, "Dr. Luar Dua", KR_PANEL_ROLE_SECRETARY, &error);
  add_member (fixture, id, 0, "Ir. Luar Tiga", KR_PANEL_ROLE_MEMBER, &error);
  g_assert_no_error (error);
  return id;
}

static void
test_panel (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) panel = NULL;
  g_autoptr (GPtrArray) issues = NULL;
  gint64 id = create (fixture, fixture->jpt_position);
  gint64 sekda, ani, luar1, luar2, luar3;
  gboolean blocking = FALSE;

  sekda = add_member (fixture, id, fixture->sekda, NULL, KR_PANEL_ROLE_CHAIR, &error);
  g_assert_no_error (error);
  /* The name copied with titles */
  panel = kr_selection_repository_list_panel (fixture->repo, id, &error);
  g_assert_cmpstr (((KrSelectionPanelMember *) g_ptr_array_index (panel, 0))->name, ==,
                   "Sekda, S.E.");
  g_assert_cmpstr (((KrSelectionPanelMember *) g_ptr_array_index (panel, 0))->position_name, ==,
                   "Sekretaris Daerah");
  /* Twice, a second chair, an external without a name, an internal without an employee */
  g_assert_cmpint (add_member (fixture, id, fixture->sekda, NULL, KR_PANEL_ROLE_MEMBER, &error), ==,
                   0);
  g_assert_error (error, KR_ERROR, KR_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (add_member (fixture, id, fixture->kadis, NULL, KR_PANEL_ROLE_CHAIR, &error), ==,
                   0);
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Role", "chair", NULL);
  g_clear_error (&error);
  g_assert_cmpint (add_member (fixture, id, 0, "  ", KR_PANEL_ROLE_MEMBER, &error), ==, 0);
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Name", NULL);
  g_clear_error (&error);

  add_member (fixture, id, fixture->kadis, NULL, KR_PANEL_ROLE_MEMBER, &error);
  ani = add_member (fixture, id, fixture->ani, NULL, KR_PANEL_ROLE_MEMBER, &error);
  luar1 = add_member (fixture, id, 0, "Luar Satu", KR_PANEL_ROLE_SECRETARY, &error);
  luar2 = add_member (fixture, id, 0, "Luar Dua", KR_PANEL_ROLE_MEMBER, &error);
  g_assert_no_error (error);
  /* 3 of 5 internal: 60 % > 45 % */
  issues = kr_selection_repository_check (fixture->repo, id, &error);
  g_assert_true (has_issue (issues, KR_SELECTION_ISSUE_PANEL_INTERNAL, &blocking));
  g_assert_true (blocking);
  /* Ani (pelaksana) is junior to the JPT Pratama filled: a warning */
  g_assert_true (has_issue (issues, KR_SELECTION_ISSUE_PANEL_JUNIOR, &blocking));
  g_assert_false (blocking);
  g_assert_false (
      kr_selection_repository_move (fixture->repo, id, KR_SELECTION_STATUS_OPEN, &error));
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "internal", "45", NULL);
  g_clear_error (&error);
  /* 2 internal, 4 external: even */
  g_assert_true (kr_selection_repository_delete_panel_member (fixture->repo, ani, &error));
  luar3 = add_member (fixture, id, 0, "Luar Tiga", KR_PANEL_ROLE_MEMBER, &error);
  add_member (fixture, id, 0, "Luar Empat", KR_PANEL_ROLE_MEMBER, &error);
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = kr_selection_repository_check (fixture->repo, id, &error);
  g_assert_true (has_issue (issues, KR_SELECTION_ISSUE_PANEL_EVEN, NULL));
  g_assert_false (has_issue (issues, KR_SELECTION_ISSUE_PANEL_INTERNAL, NULL));
  g_assert_true (kr_selection_repository_delete_panel_member (fixture->repo, luar3, &error));
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = kr_selection_repository_check (fixture->repo, id, &error);
  g_assert_cmpuint (issues->len, ==, 0); /* Sekda (JPT Madya) and Kadis (JPT Pratama) */
  g_assert_true (
      kr_selection_repository_move (fixture->repo, id, KR_SELECTION_STATUS_OPEN, &error));
  g_assert_no_error (error);
  /* Once open, the panel cannot become invalid */
  g_assert_false (kr_selection_repository_delete_panel_member (fixture->repo, luar2, &error));
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Selection panel", NULL);
  g_clear_error (&error);
  g_assert_cmpint (
      query_int (fixture, "SELECT count(*) FROM selection_panel_member WHERE selection_id = %lld",
                 (long long) id),
      ==, 5);
  /* …nor the weights that were announced */
  {
    g_autoptr (KrSelectionStage) paper = stage_at (fixture, id, 1);

    paper->weight = 15;
    g_assert_false (kr_selection_repository_save_stage (fixture->repo, paper, &error));
    kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "100", NULL);
    g_clear_error (&error);
  }
  (void) sekda;
  (void) luar1;
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log WHERE entity = "
                                       "'selection_panel_member' AND action = 'delete'"),
                   ==, 2);
}

static void
test_candidates_conflicts (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (GPtrArray) conflicts = NULL;
  g_autoptr (GPtrArray) issues = NULL;
  g_autofree char *n1 = NULL, *n2 = NULL, *n3 = NULL;
  gint64 sekda_member;
  gint64 id = jpt_with_panel (fixture, &sekda_member);
  gint64 ani, luar, dedi;
  gboolean blocking = TRUE;

  ani = add_candidate (fixture, id, fixture->ani, NULL, NULL, &n1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (n1, ==, "ST-2025-001");
  luar = add_candidate (fixture, id, 0, "Dr. Pelamar Luar, M.Si.", "Pemerintah Kota Lain", &n2,
                        &error);
  g_assert_no_error (error);
  g_assert_cmpstr (n2, ==, "ST-2025-002");
  dedi = add_candidate (fixture, id, fixture->dedi, NULL, NULL, &n3, &error);
  g_assert_cmpstr (n3, ==, "ST-2025-003");
  /* Twice; an outsider without origin; a retired employee; a panel member */
  g_assert_cmpint (add_candidate (fixture, id, fixture->ani, NULL, NULL, NULL, &error), ==, 0);
  g_assert_error (error, KR_ERROR, KR_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (add_candidate (fixture, id, 0, "Tanpa Asal", NULL, NULL, &error), ==, 0);
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Origin", NULL);
  g_clear_error (&error);
  g_assert_cmpint (add_candidate (fixture, id, fixture->retired, NULL, NULL, NULL, &error), ==, 0);
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "active", NULL);
  g_clear_error (&error);
  g_assert_cmpint (add_candidate (fixture, id, fixture->kadis, NULL, NULL, NULL, &error), ==, 0);
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "panel", NULL);
  g_clear_error (&error);

  list = kr_selection_repository_list_candidates (fixture->repo, id, &error);
  g_assert_cmpuint (list->len, ==, 3);
  g_assert_cmpstr (((KrSelectionCandidate *) g_ptr_array_index (list, 0))->name, ==, "Ani, S.E.");
  g_assert_cmpstr (((KrSelectionCandidate *) g_ptr_array_index (list, 0))->nip, ==,
                   "198001012010010003");
  g_assert_cmpstr (((KrSelectionCandidate *) g_ptr_array_index (list, 1))->origin, ==,
                   "Pemerintah Kota Lain");

  /* Sekda leads the root: superior of Ani (BIDANG-SD) and Dedi (DINKES); Kadis leads DISDIK:
   * superior of Ani only. The outsider has no superior here. */
  conflicts = kr_selection_repository_list_conflicts (fixture->repo, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 3);
  for (guint i = 0; i < conflicts->len; i++)
    {
      KrSelectionConflict *c = g_ptr_array_index (conflicts, i);

      g_assert_cmpint (c->candidate_id, !=, luar);
      if (c->panel_member_id != sekda_member)
        {
          g_assert_cmpint (c->candidate_id, ==, ani);
          g_assert_cmpstr (c->head_unit_name, ==, "DISDIK");
        }
    }
  (void) dedi;
  /* Conflicts are warnings: the selection still opens */
  issues = kr_selection_repository_check (fixture->repo, id, &error);
  g_assert_true (has_issue (issues, KR_SELECTION_ISSUE_CONFLICT, &blocking));
  g_assert_false (blocking);
  g_assert_true (
      kr_selection_repository_move (fixture->repo, id, KR_SELECTION_STATUS_OPEN, &error));
  g_assert_no_error (error);

  /* Withdraw and reinstate; delete one without scores */
  g_assert_true (kr_selection_repository_set_candidate_status (
      fixture->repo, luar, KR_CANDIDATE_STATUS_WITHDRAWN, &error));
  g_assert_true (kr_selection_repository_delete_candidate (fixture->repo, dedi, &error));
  g_assert_no_error (error);
  /* The next number follows the highest one */
  g_clear_pointer (&n3, g_free);
  add_candidate (fixture, id, fixture->budi, NULL, NULL, &n3, &error);
  g_assert_cmpstr (n3, ==, "ST-2025-003");
  g_assert_cmpint (query_int (fixture,
                              "SELECT count(*) FROM audit_log WHERE entity = "
                              "'selection_candidate' AND employee_id = %lld",
                              (long long) fixture->ani),
                   ==, 1);
  /* Registration closes with scoring */
  g_assert_true (
      kr_selection_repository_move (fixture->repo, id, KR_SELECTION_STATUS_SCORING, &error));
  g_assert_cmpint (add_candidate (fixture, id, fixture->citra, NULL, NULL, NULL, &error), ==, 0);
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID, "registration is closed", NULL);
}

/* Asserts that every read of selection @id is refused (or, when @readable, allowed). */
static void
assert_reads (Fixture *fixture, gint64 id, gboolean readable)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *(*lists[]) (KrSelectionRepository *, gint64, GError **) = {
    kr_selection_repository_list_stages,    kr_selection_repository_list_panel,
    kr_selection_repository_list_conflicts, kr_selection_repository_list_candidates,
    kr_selection_repository_list_scores,    kr_selection_repository_check,
  };
  KrSelection *s = kr_selection_repository_get_selection (fixture->repo, id, &error);
  KrSelectionRanking *ranking = NULL;

  g_assert_true ((s != NULL) == readable);
  if (!readable)
    g_assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_clear_pointer (&s, kr_selection_free);
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      GPtrArray *list = lists[i](fixture->repo, id, &error);

      g_assert_true ((list != NULL) == readable);
      if (!readable)
        g_assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED);
      g_clear_error (&error);
      g_clear_pointer (&list, g_ptr_array_unref);
    }
  ranking = kr_selection_repository_get_ranking (fixture->repo, id, &error);
  g_assert_true ((ranking != NULL) == readable);
  if (!readable)
    g_assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED);
  g_clear_pointer (&ranking, kr_selection_ranking_free);
}

/* A unit head reads only the selections of positions inside the subtree they lead. */
static void
test_unit_head_scope (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrIdentity) head = NULL;
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (GPtrArray) of_position = NULL;
  KrSelectionQuery query = { -1, 0, FALSE, NULL };
  gint64 chair = 0;
  gint64 jpt = jpt_with_panel (fixture, &chair);
  gint64 admin = create (fixture, fixture->admin_position);
  guint n = 0;

  add_candidate (fixture, jpt, fixture->ani, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  add_candidate (fixture, admin, fixture->budi, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  assert_reads (fixture, jpt, TRUE);

  /* The head of DISDIK: the administrator post (BIDANG-SD below DISDIK), not DINKES */
  head = kr_identity_new (2, "kadis", "Kadis", KR_ROLE_UNIT_HEAD, fixture->dinas);
  kr_database_set_identity (fixture->db, head);
  g_assert_true (kr_selection_repository_count_selections (fixture->repo, &query, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  list = kr_selection_repository_list_selections (fixture->repo, &query, 0, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (((KrSelection *) g_ptr_array_index (list, 0))->id, ==, admin);
  /* Filtering by a unit outside the subtree finds nothing */
  query.unit_id = fixture->other_unit;
  g_assert_true (kr_selection_repository_count_selections (fixture->repo, &query, &n, &error));
  g_assert_cmpuint (n, ==, 0);
  of_position = kr_selection_repository_list_position_selections (fixture->repo,
                                                                  fixture->jpt_position, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (of_position->len, ==, 0);
  g_clear_pointer (&of_position, g_ptr_array_unref);
  of_position = kr_selection_repository_list_position_selections (fixture->repo,
                                                                  fixture->admin_position, &error);
  g_assert_cmpuint (of_position->len, ==, 1);
  assert_reads (fixture, jpt, FALSE);
  assert_reads (fixture, admin, TRUE);

  /* The head of the root reads both */
  g_clear_pointer (&head, kr_identity_unref);
  head = kr_identity_new (3, "sekda", "Sekda", KR_ROLE_UNIT_HEAD, fixture->root);
  kr_database_set_identity (fixture->db, head);
  query.unit_id = 0;
  g_assert_true (kr_selection_repository_count_selections (fixture->repo, &query, &n, &error));
  g_assert_cmpuint (n, ==, 2);
  assert_reads (fixture, jpt, TRUE);
  kr_database_set_identity (fixture->db, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func)                                                                            \
  g_test_add ("/selection-repository/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("create", test_create);
  ADD ("stages", test_stages);
  ADD ("panel", test_panel);
  ADD ("candidates-conflicts", test_candidates_conflicts);
  ADD ("unit-head-scope", test_unit_head_scope);
#undef ADD
  return g_test_run ();
}
