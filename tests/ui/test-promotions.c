/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kr-date.h"
#include "kr-error.h"
#include "kr-demo.h"
#include "kr-promotion-candidate-parts.h"
#include "kr-promotion-dialog.h"
#include "kr-promotion-export.h"
#include "kr-promotion-models.h"
#include "kr-promotion-print.h"
#include "kr-promotions-common.h"
#include "kr-promotions-page.h"
#include "kr-test-ui.h"
#include "kr-test-utils.h"

/* The Promotions section over a demo organisation in a database file (the views read in
 * workers with connections of their own). */

#define N_EMPLOYEES 300

typedef struct
{
  char *dir;
  KrDatabase *db;
  KrPromotionRepository *promotions;
  KrUnitRepository *units;
  GtkWindow *window;
  KrPromotionsPage *page;
} Fixture;

static void
fixture_setup (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;
  KrDemoOptions options = { 0 };

  fixture->dir = kr_test_make_tmp_dir ("karier-promotions-XXXXXX");
  path = g_build_filename (fixture->dir, "karier.db", NULL);
  fixture->db = kr_database_open (path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  options.n_employees = N_EMPLOYEES;
  options.seed = 7;
  options.appraisals = KR_DEMO_APPRAISALS_ALL;
  g_assert_true (kr_demo_generate (fixture->db, &options, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  fixture->promotions = kr_promotion_repository_new (fixture->db);
  fixture->units = kr_unit_repository_new (fixture->db);

  fixture->page = KR_PROMOTIONS_PAGE (kr_promotions_page_new ());
  fixture->window = GTK_WINDOW (adw_window_new ());
  {
    GtkWidget *overlay = adw_toast_overlay_new ();

    adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (fixture->page));
    adw_window_set_content (ADW_WINDOW (fixture->window), overlay);
  }
  /* @data: the window's width (1300 unless given) */
  gtk_window_set_default_size (fixture->window, data != NULL ? GPOINTER_TO_INT (data) : 1300, 800);
  kr_promotions_page_set_repositories (fixture->page, fixture->db, fixture->promotions,
                                       fixture->units);
  gtk_window_present (fixture->window);
  kr_test_spin ();
}

static void
fixture_teardown (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  kr_test_spin ();
  {
    gint64 until = g_get_monotonic_time () + 300 * G_TIME_SPAN_MILLISECOND;

    while (g_get_monotonic_time () < until)
      g_main_context_iteration (NULL, FALSE);
  }
  kr_test_finalize_object (fixture->promotions);
  kr_test_finalize_object (fixture->units);
  kr_test_finalize_object (fixture->db);
  kr_test_ui_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* Waiting */

static gboolean
candidates_done (gpointer data)
{
  return !kr_promotion_candidates_view_get_busy (data);
}

static gboolean
model_settled (gpointer data)
{
  KrPagedModel *model = data;

  return kr_paged_model_get_counted (model) && !kr_paged_model_get_loading (model);
}

static gboolean
retirement_done (gpointer data)
{
  return !kr_promotion_retirement_view_get_loading (data);
}

static void
wait_for_candidates (KrPromotionCandidatesView *view)
{
  kr_test_spin ();
  kr_test_wait_until (candidates_done, view);
}

/* Reads every item of a lazy model (it reads a page more when its last item is asked for). */
static guint
read_all (GListModel *model)
{
  for (;;)
    {
      guint n = g_list_model_get_n_items (model);
      g_autoptr (GObject) last = n > 0 ? g_list_model_get_item (model, n - 1) : NULL;

      kr_test_spin ();
      kr_test_wait_until (model_settled, model);
      if (g_list_model_get_n_items (model) == n)
        return n;
    }
}

static void
exported_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (g_task_propagate_boolean (G_TASK (result), &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static gboolean
flag_set (gpointer data)
{
  return *(gboolean *) data;
}

/* Candidates */

static void
test_candidates (Fixture *fixture, gconstpointer data)
{
  KrPromotionCandidatesView *view = kr_promotions_page_get_candidates (fixture->page);
  GListModel *model = kr_promotion_candidates_view_get_model (view);
  g_autoptr (GArray) periods = kr_promotions_upcoming_periods (2);
  KrCandidateQuery query = { 0 };
  guint counts[KR_N_PROMOTION_VERDICT_KINDS] = { 0 };
  g_autofree char *count_text = NULL;
  g_autofree char *verdicts_text = NULL;
  g_autoptr (GError) error = NULL;
  KrPromotionQuery open = { .stage = KR_PROMOTION_STAGE_CANDIDATE };
  guint n = 0, n_rows, n_eligible = 0, n_before = 0, n_after = 0;
  GtkWidget *reasons;

  g_assert_cmpstr (kr_promotions_page_get_view (fixture->page), ==, "candidates");
  wait_for_candidates (view);

  /* The next period, every unit: the list and the counts are the repository's. */
  query.period = g_array_index (periods, GDate, 0);
  query.subtree = TRUE;
  g_assert_true (
      kr_promotion_repository_count_candidates (fixture->promotions, &query, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, >, 0);
  g_assert_true (
      kr_promotion_repository_count_verdicts (fixture->promotions, &query, counts, NULL, &error));
  count_text = g_strdup_printf ("%u employees", n);
  verdicts_text =
      g_strdup_printf ("%u eligible · %u not yet · %u blocked", counts[KR_PROMOTION_ELIGIBLE],
                       counts[KR_PROMOTION_NOT_YET], counts[KR_PROMOTION_BLOCKED]);
  g_assert_cmpstr (kr_promotion_candidates_view_get_count_label (view), ==, count_text);
  g_assert_cmpstr (kr_promotion_candidates_view_get_verdicts_label (view), ==, verdicts_text);
  n_rows = read_all (model);
  g_assert_cmpuint (n_rows, ==, n);
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr (KrPromotionItem) item = g_list_model_get_item (model, i);
      const KrPromotionCandidate *candidate = kr_promotion_item_get_candidate (item);

      g_assert_nonnull (candidate->verdict);
      /* A verdict that is not eligible says why. */
      if (candidate->verdict->verdict != KR_PROMOTION_ELIGIBLE)
        g_assert_nonnull (kr_promotion_verdict_get_summary (candidate->verdict));
      if (candidate->verdict->verdict == KR_PROMOTION_ELIGIBLE && candidate->promotion_id == 0)
        n_eligible++;
    }
  kr_test_settle (GTK_WIDGET (fixture->window));
  kr_test_save_screenshot (GTK_WIDGET (fixture->window), "promotions-candidates");

  /* Every rule of the first candidate, met or not. */
  reasons = kr_promotion_candidates_view_show_reasons (view, 0);
  g_assert_nonnull (reasons);
  kr_test_settle (reasons);
  kr_test_save_screenshot (reasons, "promotions-reasons");
  gtk_window_destroy (GTK_WINDOW (reasons));

  /* The CSV has a line per candidate, and the printed list builds. */
  {
    g_autofree char *csv = g_build_filename (fixture->dir, "calon.csv", NULL);
    g_autofree char *contents = NULL;
    g_auto (GStrv) lines = NULL;
    g_autoptr (KrDocument) document = NULL;
    gboolean done = FALSE;

    kr_promotion_export_candidates_to (GTK_WIDGET (view), fixture->db, &query, csv, exported_cb,
                                       &done);
    kr_test_wait_until (flag_set, &done);
    g_assert_true (g_file_get_contents (csv, &contents, NULL, &error));
    lines = g_strsplit (g_strchomp (contents), "\n", -1);
    g_assert_cmpuint (g_strv_length (lines), ==, n + 1);
    g_assert_true (g_str_has_prefix (lines[0], "NIP,Nama,"));
    document = kr_promotion_print_build_candidates (fixture->db, &query, &error);
    g_assert_no_error (error);
    g_assert_nonnull (document);
  }

  /* A search narrows in SQL. */
  {
    g_autoptr (KrPromotionItem) first = g_list_model_get_item (model, 0);
    const KrPromotionCandidate *candidate = kr_promotion_item_get_candidate (first);
    g_autofree char *nip = g_strdup (candidate->nip);

    g_assert_true (kr_promotion_candidates_view_set_filter (view, &query.period, 0, TRUE, nip));
    wait_for_candidates (view);
    g_assert_cmpstr (kr_promotion_candidates_view_get_count_label (view), ==, "1 employee");
    g_assert_true (kr_promotion_candidates_view_set_filter (view, &query.period, 0, TRUE, NULL));
    wait_for_candidates (view);
    read_all (model);
  }

  /* Propose every eligible one: selecting all proposes only those. */
  open.period = &query.period;
  open.subtree = TRUE;
  g_assert_true (
      kr_promotion_repository_count_promotions (fixture->promotions, &open, &n_before, &error));
  gtk_selection_model_select_all (kr_promotion_candidates_view_get_selection (view));
  if (n_eligible == 0)
    {
      g_assert_false (kr_promotion_candidates_view_propose_selected (view));
      g_test_message ("no eligible candidate in the next period of the demo");
      return;
    }
  g_assert_true (kr_promotion_candidates_view_propose_selected (view));
  wait_for_candidates (view);
  g_assert_true (
      kr_promotion_repository_count_promotions (fixture->promotions, &open, &n_after, &error));
  g_assert_cmpuint (n_after, ==, n_before + n_eligible);
  /* The list follows: no eligible row is left without its proposal. */
  read_all (model);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (KrPromotionItem) item = g_list_model_get_item (model, i);
      const KrPromotionCandidate *candidate = kr_promotion_item_get_candidate (item);

      if (candidate->verdict->verdict == KR_PROMOTION_ELIGIBLE)
        g_assert_cmpint (candidate->promotion_id, !=, 0);
    }
  /* Nothing is left to propose. */
  gtk_selection_model_select_all (kr_promotion_candidates_view_get_selection (view));
  g_assert_false (kr_promotion_candidates_view_propose_selected (view));
}

/* The pipeline: a proposal of a past period from candidate to effective */

static gint64
propose_in_past_period (Fixture *fixture, GDate *period, KrRank *to_rank, gint64 *employee_id)
{
  g_autoptr (GError) error = NULL;
  KrCandidateQuery query = { 0 };
  GDate today;
  gint64 id = 0;

  kr_date_today (NULL, &today);
  g_assert_true (kr_kp_period_previous (&today, period));
  query.period = *period;
  query.subtree = TRUE;
  for (guint offset = 0;; offset += 200)
    {
      g_autoptr (GPtrArray) rows = kr_promotion_repository_list_candidates (
          fixture->promotions, &query, offset, 200, NULL, &error);

      g_assert_no_error (error);
      for (guint i = 0; i < rows->len; i++)
        {
          const KrPromotionCandidate *c = g_ptr_array_index (rows, i);

          if (c->verdict->verdict != KR_PROMOTION_ELIGIBLE || c->promotion_id != 0)
            continue;
          /* The demo has proposals of the next period: one KP at a time skips their employees */
          if (!kr_promotion_repository_propose (fixture->promotions, c->employee_id,
                                                c->verdict->kind, period, NULL, &id, &error) &&
              g_error_matches (error, KR_ERROR, KR_ERROR_CONFLICT))
            {
              g_clear_error (&error);
              continue;
            }
          g_assert_no_error (error);
          *to_rank = c->verdict->to_rank;
          *employee_id = c->employee_id;
          return id;
        }
      if (rows->len < 200)
        return 0;
    }
}

static guint
find_position (GListModel *model, gint64 id)
{
  guint n = read_all (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KrPromotionItem) item = g_list_model_get_item (model, i);

      if (kr_promotion_item_get_promotion (item)->id == id)
        return i;
    }
  return G_MAXUINT;
}

static void
test_pipeline (Fixture *fixture, gconstpointer data)
{
  KrPromotionPipelineView *view = kr_promotions_page_get_pipeline (fixture->page);
  GListModel *model = kr_promotion_pipeline_view_get_model (view);
  g_autoptr (GError) error = NULL;
  g_autofree char *period_text = NULL;
  g_autofree char *sk_date = NULL;
  KrPromotionDialog *dialog;
  KrRank to_rank;
  gint64 employee_id = 0;
  GDate period, today, pertek_date;
  guint position;
  gint64 id;

  id = propose_in_past_period (fixture, &period, &to_rank, &employee_id);
  if (id == 0)
    {
      g_test_skip ("no eligible candidate in the last period of the demo");
      return;
    }
  kr_promotions_page_set_view (fixture->page, "pipeline");
  kr_promotion_pipeline_view_set_filter (view, KR_PROMOTION_STAGE_CANDIDATE, &period, 0, NULL);
  position = find_position (model, id);
  g_assert_cmpuint (position, !=, G_MAXUINT);
  kr_test_settle (GTK_WIDGET (fixture->window));
  kr_test_save_screenshot (GTK_WIDGET (fixture->window), "promotions-pipeline");

  dialog = KR_PROMOTION_DIALOG (kr_promotion_pipeline_view_open (view, position));
  g_assert_nonnull (dialog);
  g_assert_cmpint (kr_promotion_dialog_get_promotion (dialog)->stage, ==,
                   KR_PROMOTION_STAGE_CANDIDATE);
  /* Not complete while a document is missing. */
  g_assert_false (kr_promotion_dialog_step (dialog, "documents", NULL, NULL, NULL, NULL));
  g_assert_nonnull (kr_promotion_dialog_get_error (dialog));
  {
    guint n_items = 0;
    const KrPromotionDocumentItem *items = kr_promotion_documents_for_kind (
        kr_promotion_dialog_get_promotion (dialog)->kind, &n_items);

    g_assert_cmpuint (n_items, >, 0);
    for (guint i = 0; i < n_items; i++)
      g_assert_true (kr_promotion_dialog_set_document (dialog, items[i].code, TRUE));
  }
  kr_test_settle (GTK_WIDGET (dialog));
  kr_test_save_screenshot (GTK_WIDGET (dialog), "promotions-proposal");
  g_assert_true (kr_promotion_dialog_step (dialog, "documents", NULL, NULL, NULL, NULL));
  g_assert_true (kr_promotion_dialog_step (dialog, "propose", NULL, NULL, NULL, NULL));
  g_assert_cmpint (kr_promotion_dialog_get_promotion (dialog)->stage, ==,
                   KR_PROMOTION_STAGE_PROPOSED);
  /* The pertek needs its date: the error names the field. */
  g_assert_false (kr_promotion_dialog_step (dialog, "pertek", "PT-01/2025", "", NULL, NULL));
  g_assert_nonnull (strstr (kr_promotion_dialog_get_error (dialog), "Technical approval date"));
  /* A step back needs a reason. */
  g_assert_false (kr_promotion_dialog_step (dialog, "back", NULL, NULL, NULL, "  "));
  g_assert_nonnull (strstr (kr_promotion_dialog_get_error (dialog), "Reason"));
  kr_date_today (NULL, &today);
  pertek_date = today;
  period_text = kr_date_format_iso (&period);
  sk_date = kr_date_format_iso (&pertek_date);
  g_assert_true (kr_promotion_dialog_step (dialog, "pertek", "PT-01/2025", sk_date, NULL, NULL));
  g_assert_cmpint (kr_promotion_dialog_get_promotion (dialog)->stage, ==,
                   KR_PROMOTION_STAGE_PERTEK);
  /* The decree with a TMT already reached makes it effective: the rank history has the new
   * rank, and so the employee's profile. */
  g_assert_true (
      kr_promotion_dialog_step (dialog, "decree", "823.3/12/2025", sk_date, period_text, NULL));
  g_assert_cmpint (kr_promotion_dialog_get_promotion (dialog)->stage, ==,
                   KR_PROMOTION_STAGE_EFFECTIVE);
  g_assert_cmpint (kr_promotion_dialog_get_promotion (dialog)->rank_history_id, !=, 0);
  {
    KrPromotionFacts facts = { 0 };
    g_autoptr (GPtrArray) sanctions = NULL;
    GDate later;

    g_assert_true (kr_kp_period_next (&today, &later));
    g_assert_true (kr_promotion_repository_get_facts (
        fixture->promotions, employee_id, KR_KP_KIND_REGULER, &later, &facts, &sanctions, &error));
    g_assert_no_error (error);
    g_assert_cmpint (facts.rank, ==, to_rank);
  }
  kr_test_settle (GTK_WIDGET (dialog));
  kr_test_save_screenshot (GTK_WIDGET (dialog), "promotions-proposal-effective");
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* The list followed the writes: no longer a candidate. */
  g_assert_cmpuint (find_position (model, id), ==, G_MAXUINT);
  kr_promotion_pipeline_view_set_filter (view, KR_PROMOTION_STAGE_EFFECTIVE, &period, 0, NULL);
  g_assert_cmpuint (find_position (model, id), !=, G_MAXUINT);

  /* The nominative list of the period prints. */
  {
    KrPromotionQuery query = { .stage = -1, .period = &period, .subtree = TRUE };
    g_autoptr (KrDocument) document =
        kr_promotion_print_build_nominative (fixture->db, &query, &error);

    g_assert_no_error (error);
    g_assert_nonnull (document);
  }
}

/* Retirement */

static void
test_retirement (Fixture *fixture, gconstpointer data)
{
  KrPromotionRetirementView *view = kr_promotions_page_get_retirement (fixture->page);
  GListModel *model = kr_promotion_retirement_view_get_model (view);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) expected = NULL;
  g_autofree char *label = NULL;
  GDate today;
  guint n_12;

  kr_promotions_page_set_view (fixture->page, "retirement");
  kr_test_spin ();
  kr_test_wait_until (retirement_done, view);
  kr_date_today (NULL, &today);
  expected =
      kr_promotion_repository_list_retirements (fixture->promotions, &today, 12, 0, TRUE, &error);
  g_assert_no_error (error);
  n_12 = g_list_model_get_n_items (model);
  g_assert_cmpuint (n_12, ==, expected->len);
  label = g_strdup_printf (expected->len == 1 ? "%u employee" : "%u employees", expected->len);
  g_assert_cmpstr (kr_promotion_retirement_view_get_count_label (view), ==, label);
  for (guint i = 0; i < n_12; i++)
    {
      g_autoptr (KrPromotionItem) item = g_list_model_get_item (model, i);
      const KrRetirement *r = kr_promotion_item_get_retirement (item);

      g_assert_cmpint (r->employee_id, ==,
                       ((KrRetirement *) g_ptr_array_index (expected, i))->employee_id);
      g_assert_cmpuint (r->months_left, <=, 12);
    }
  kr_test_settle (GTK_WIDGET (fixture->window));
  kr_test_save_screenshot (GTK_WIDGET (fixture->window), "promotions-retirement");

  kr_promotion_retirement_view_set_filter (view, 24, 0);
  kr_test_wait_until (retirement_done, view);
  g_assert_cmpuint (g_list_model_get_n_items (model), >=, n_12);
}

/* The section works from 360 px wide (UI.md): nothing asks for more. */
static void
test_narrow (Fixture *fixture, gconstpointer data)
{
  const char *views[] = { "candidates", "pipeline", "retirement" };
  int minimum = 0;

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *name = g_strdup_printf ("promotions-narrow-%s", views[i]);

      kr_promotions_page_set_view (fixture->page, views[i]);
      kr_test_spin ();
      kr_test_wait_until (candidates_done, kr_promotions_page_get_candidates (fixture->page));
      kr_test_wait_until (retirement_done, kr_promotions_page_get_retirement (fixture->page));
      kr_test_settle (GTK_WIDGET (fixture->window));
      gtk_widget_measure (GTK_WIDGET (fixture->page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum,
                          NULL, NULL, NULL);
      g_test_message ("%s: %d px", views[i], minimum);
      g_assert_cmpint (minimum, <=, 360);
      kr_test_save_screenshot (GTK_WIDGET (fixture->window), name);
    }
}

int
main (int argc, char *argv[])
{
  kr_test_ui_init (&argc, &argv);

  if (g_getenv ("KR_TEST_DARK") != NULL)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                        ADW_COLOR_SCHEME_FORCE_DARK);
  g_test_add ("/promotions/candidates", Fixture, NULL, fixture_setup, test_candidates,
              fixture_teardown);
  g_test_add ("/promotions/pipeline", Fixture, NULL, fixture_setup, test_pipeline,
              fixture_teardown);
  g_test_add ("/promotions/retirement", Fixture, NULL, fixture_setup, test_retirement,
              fixture_teardown);
  g_test_add ("/promotions/narrow", Fixture, GINT_TO_POINTER (360), fixture_setup, test_narrow,
              fixture_teardown);

  return g_test_run ();
}
