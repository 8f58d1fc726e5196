/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-demo.h"
#include "kr-error.h"
#include "kr-succession-dialogs.h"
#include "kr-succession-edit.h"
#include "kr-talent-assessment-dialog.h"
#include "kr-talent-box-dialog.h"
#include "kr-talent-page.h"
#include "kr-talent-print.h"
#include "kr-test-ui.h"
#include "kr-test-utils.h"

/* The Selection & Talent section's talent pool and succession views over a demo organisation
 * in a database file (the views read in workers with connections of their own). */

#define N_EMPLOYEES 300

typedef struct
{
  char *dir;
  KrDatabase *db;
  KrVacancyRepository *vacancies;
  KrSelectionRepository *selections;
  KrTalentRepository *talent;
  KrUnitRepository *units;
  GtkWindow *window;
  KrTalentPage *page;
  guint year;
} Fixture;

/* Every active employee gets a potential assessment (low, medium, high in turn), so that the
 * 9-box has employees in many boxes and the pool has successors to suggest. */
static void
assess_everyone (Fixture *fixture)
{
  sqlite3_stmt *stmt = NULL;
  GDate today;
  guint i = 0;

  kr_date_today (NULL, &today);
  g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (fixture->db),
                                       "SELECT id FROM employee ORDER BY id", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr (KrTalentAssessment) assessment = kr_talent_assessment_new ();
      g_autoptr (GError) error = NULL;

      assessment->employee_id = sqlite3_column_int64 (stmt, 0);
      assessment->date = today;
      g_date_subtract_days (&assessment->date, 30);
      assessment->potential = (KrTalentPotential) (i++ % KR_N_TALENT_POTENTIALS);
      if (!kr_talent_repository_save_assessment (fixture->talent, assessment, &error) &&
          !g_error_matches (error, KR_ERROR, KR_ERROR_CONFLICT))
        g_assert_no_error (error);
    }
  sqlite3_finalize (stmt);
}

static void
fixture_setup (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;
  KrDemoOptions options = { 0 };

  fixture->dir = kr_test_make_tmp_dir ("karier-talent-XXXXXX");
  path = g_build_filename (fixture->dir, "karier.db", NULL);
  fixture->db = kr_database_open (path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  options.n_employees = N_EMPLOYEES;
  options.seed = 7;
  options.appraisals = KR_DEMO_APPRAISALS_ALL;
  g_assert_true (kr_demo_generate (fixture->db, &options, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  fixture->vacancies = kr_vacancy_repository_new (fixture->db);
  fixture->selections = kr_selection_repository_new (fixture->db);
  fixture->talent = kr_talent_repository_new (fixture->db);
  fixture->units = kr_unit_repository_new (fixture->db);
  assess_everyone (fixture);
  g_assert_true (kr_talent_repository_get_latest_year (fixture->talent, &fixture->year, &error));
  g_assert_no_error (error);

  fixture->page = KR_TALENT_PAGE (kr_talent_page_new ());
  fixture->window = GTK_WINDOW (adw_window_new ());
  {
    GtkWidget *overlay = adw_toast_overlay_new ();

    adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (fixture->page));
    adw_window_set_content (ADW_WINDOW (fixture->window), overlay);
  }
  gtk_window_set_default_size (fixture->window, data != NULL ? GPOINTER_TO_INT (data) : 1300, 860);
  kr_talent_page_set_repositories (fixture->page, fixture->db, fixture->vacancies,
                                   fixture->selections, fixture->talent, fixture->units);
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
  kr_test_finalize_object (fixture->vacancies);
  kr_test_finalize_object (fixture->selections);
  kr_test_finalize_object (fixture->talent);
  kr_test_finalize_object (fixture->units);
  kr_test_finalize_object (fixture->db);
  kr_test_ui_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* Waiting */

static gboolean
pool_done (gpointer data)
{
  return !kr_talent_pool_view_get_loading (data) && kr_talent_pool_view_get_counts (data) != NULL;
}

static gboolean
succession_done (gpointer data)
{
  return !kr_succession_view_get_loading (data);
}

static gboolean
dialog_done (gpointer data)
{
  return !kr_succession_dialog_get_loading (data);
}

static gboolean
model_settled (gpointer data)
{
  KrPagedModel *model = data;

  return kr_paged_model_get_counted (model) && !kr_paged_model_get_loading (model);
}

static KrTalentPoolView *
open_pool (Fixture *fixture)
{
  KrTalentPoolView *view = kr_talent_page_get_pool (fixture->page);

  kr_talent_page_set_view (fixture->page, "pool");
  kr_test_spin ();
  kr_test_wait_until (pool_done, view);
  kr_test_settle (GTK_WIDGET (fixture->window));
  return view;
}

/* The grid shows the repository's counts */

static void
test_grid_values (Fixture *fixture, gconstpointer data)
{
  KrTalentPoolView *view = open_pool (fixture);
  KrTalentGridView *grid = kr_talent_pool_view_get_grid (view);
  const KrTalentGridCounts *shown = kr_talent_pool_view_get_counts (view);
  KrTalentGridCounts counts;
  KrTalentQuery query;
  g_autoptr (GError) error = NULL;
  g_autofree char *summary = NULL;
  guint placed = 0, nonzero = 0;

  kr_talent_query_init (&query, fixture->year);
  g_assert_true (kr_talent_repository_count_grid (fixture->talent, &query, &counts, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (shown->year, ==, fixture->year);
  g_assert_cmpuint (kr_talent_pool_view_get_year (view), ==, fixture->year);
  for (guint box = 1; box <= 9; box++)
    {
      g_assert_cmpuint (shown->boxes[box], ==, counts.boxes[box]);
      g_assert_cmpuint (kr_talent_grid_view_get_count (grid, box), ==, counts.boxes[box]);
      placed += counts.boxes[box];
      nonzero += counts.boxes[box] > 0;
    }
  g_assert_cmpuint (placed, >, 0);
  g_assert_cmpuint (nonzero, >=, 3);
  g_assert_cmpuint (kr_talent_grid_view_get_total (grid), ==, placed);
  g_assert_cmpuint (shown->excluded, ==, counts.excluded);
  g_assert_cmpuint (shown->no_appraisal, ==, counts.no_appraisal);
  g_assert_cmpuint (shown->total, ==, counts.total);
  summary = g_strdup_printf ("%u of %u employees placed · ", placed, counts.total);
  g_assert_true (g_str_has_prefix (kr_talent_pool_view_get_summary (view), summary));
  kr_test_save_screenshot (GTK_WIDGET (fixture->window), "talent-pool");

  /* What Print lays out: the PETA TALENTA and the succession plans */
  {
    g_autoptr (KrDocument) grid_document = kr_talent_print_build_grid (fixture->db, &query, &error);
    g_autoptr (KrDocument) plans_document =
        kr_talent_print_build_succession (fixture->db, &query, &error);

    g_assert_no_error (error);
    g_assert_nonnull (grid_document);
    g_assert_nonnull (plans_document);
  }
}

/* Clicking a box opens the lazy list of its employees, who are the box's */

static void
test_click_opens_list (Fixture *fixture, gconstpointer data)
{
  KrTalentPoolView *view = open_pool (fixture);
  KrTalentGridView *grid = kr_talent_pool_view_get_grid (view);
  const KrTalentGridCounts *counts = kr_talent_pool_view_get_counts (view);
  graphene_rect_t rect;
  KrTalentBoxDialog *dialog;
  KrTalentEntryModel *model;
  g_autoptr (KrTalentItem) first = NULL;
  guint box = 0;

  for (guint b = 9; b >= 1 && box == 0; b--)
    if (counts->boxes[b] > 0)
      box = b;
  g_assert_cmpuint (box, >, 0);

  /* Outside the boxes nothing opens */
  _kr_talent_grid_view_click (grid, 1, 1);
  g_assert_null (kr_talent_pool_view_get_box_dialog (view));

  g_assert_true (kr_talent_grid_view_get_box_rect (grid, box, &rect));
  g_assert_cmpuint (kr_talent_grid_view_hit (grid, rect.origin.x + rect.size.width / 2,
                                             rect.origin.y + rect.size.height / 2),
                    ==, box);
  _kr_talent_grid_view_click (grid, rect.origin.x + rect.size.width / 2,
                              rect.origin.y + rect.size.height / 2);
  dialog = KR_TALENT_BOX_DIALOG (kr_talent_pool_view_get_box_dialog (view));
  g_assert_nonnull (dialog);
  model = kr_talent_box_dialog_get_model (dialog);
  kr_test_wait_until (model_settled, model);
  g_assert_cmpuint (kr_paged_model_get_count (KR_PAGED_MODEL (model)), ==, counts->boxes[box]);
  g_assert_cmpuint (kr_talent_entry_model_get_query (model)->box, ==, box);
  first = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_assert_nonnull (first);
  g_assert_cmpuint (kr_talent_item_get_entry (first)->box, ==, box);

  /* The placement of one of them says why they are there */
  g_assert_cmpstr (kr_talent_box_dialog_get_reasons (dialog), ==, "");
  kr_talent_box_dialog_show_placement (dialog, kr_talent_item_get_entry (first)->employee_id);
  g_assert_cmpstr (kr_talent_box_dialog_get_reasons (dialog), !=, "");
  kr_test_settle (GTK_WIDGET (dialog));
  kr_test_save_screenshot (GTK_WIDGET (dialog), "talent-box-placement");

  /* The table shows the same boxes and opens them too */
  gtk_widget_activate_action (GTK_WIDGET (view), "pool.show-status", "u",
                              (guint) KR_TALENT_STATUS_NO_ASSESSMENT);
  dialog = KR_TALENT_BOX_DIALOG (kr_talent_pool_view_get_box_dialog (view));
  g_assert_nonnull (dialog);
  model = kr_talent_box_dialog_get_model (dialog);
  kr_test_wait_until (model_settled, model);
  g_assert_cmpuint (kr_paged_model_get_count (KR_PAGED_MODEL (model)), ==, counts->no_assessment);
}

/* A screen reader gets an image with a label and every count */

static void
test_accessible (Fixture *fixture, gconstpointer data)
{
  KrTalentPoolView *view = open_pool (fixture);
  KrTalentGridView *grid = kr_talent_pool_view_get_grid (view);
  const KrTalentGridCounts *counts = kr_talent_pool_view_get_counts (view);
  const char *description = kr_talent_grid_view_get_description (grid);

  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (grid)), ==,
                   GTK_ACCESSIBLE_ROLE_IMG);
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (grid)));
  for (guint box = 1; box <= 9; box++)
    {
      g_autofree char *share =
          kr_talent_grid_format_cell (counts->boxes[box], kr_talent_grid_view_get_total (grid));
      g_autofree char *needle = g_strdup_printf ("Box %u (", box);
      const char *at = strstr (description, needle);

      g_assert_nonnull (at);
      g_assert_nonnull (strstr (at, share));
    }
  /* The keyboard starts on the best pool box */
  g_assert_cmpuint (kr_talent_grid_view_get_focus_box (grid), ==, 9);
}

/* Recording an assessment: bad input is refused with the field named; a good one is saved */

static void
test_record_assessment (Fixture *fixture, gconstpointer data)
{
  KrTalentPoolView *view = open_pool (fixture);
  KrTalentAssessmentDialog *dialog;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) before = NULL;
  g_autoptr (GPtrArray) after = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 employee_id;

  g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (fixture->db),
                                       "SELECT id FROM employee ORDER BY id LIMIT 1", -1, &stmt,
                                       NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  employee_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  before = kr_talent_repository_list_assessments (fixture->talent, employee_id, &error);
  g_assert_no_error (error);

  dialog = kr_talent_assessment_dialog_new (fixture->window, fixture->db, fixture->talent, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_false (_kr_talent_assessment_dialog_save (dialog, 0, "2024-01-10",
                                                     KR_TALENT_POTENTIAL_HIGH, 80, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (_kr_talent_assessment_dialog_save (dialog, employee_id, "2024-01-10",
                                                     KR_TALENT_POTENTIAL_HIGH, 180, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "score"));
  g_clear_error (&error);
  g_assert_true (_kr_talent_assessment_dialog_save (dialog, employee_id, "2024-01-10",
                                                    KR_TALENT_POTENTIAL_HIGH, 82.5, &error));
  g_assert_no_error (error);
  after = kr_talent_repository_list_assessments (fixture->talent, employee_id, &error);
  g_assert_cmpuint (after->len, ==, before->len + 1);
  /* The pool view read again */
  g_assert_true (kr_talent_pool_view_get_loading (view));
  kr_test_wait_until (pool_done, view);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Succession: add a plan and a successor from the suggestions, remove and undo */

static const KrSuccessionPlan *
find_plan (KrSuccessionView *view, gint64 id)
{
  GPtrArray *plans = kr_succession_view_get_plans (view);

  for (guint i = 0; plans != NULL && i < plans->len; i++)
    if (((KrSuccessionPlan *) g_ptr_array_index (plans, i))->id == id)
      return g_ptr_array_index (plans, i);
  return NULL;
}

static void
test_succession (Fixture *fixture, gconstpointer data)
{
  KrSuccessionView *view = kr_talent_page_get_succession (fixture->page);
  KrSuccessionDialog *dialog;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) plans = NULL;
  const KrSuccessionPlan *plan;
  const KrSuccessor *successor;
  gint64 plan_id = 0, employee_id;
  guint n_plans, n_successors;

  kr_talent_page_set_view (fixture->page, "succession");
  kr_test_spin ();
  kr_test_wait_until (succession_done, view);
  n_plans = kr_succession_view_get_plans (view)->len;

  /* A plan for the first key position without one */
  dialog = kr_succession_dialog_new_plan (fixture->window, fixture->talent, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  kr_test_wait_until (dialog_done, dialog);
  g_assert_cmpuint (kr_succession_dialog_get_n_choices (dialog), >, 0);
  g_assert_true (_kr_succession_dialog_choose (dialog, 0, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (dialog));
  kr_test_spin ();
  kr_test_wait_until (succession_done, view);
  g_assert_cmpuint (kr_succession_view_get_plans (view)->len, ==, n_plans + 1);
  plans = kr_talent_repository_list_plans (fixture->talent, 0, TRUE, FALSE, &error);
  for (guint i = 0; i < plans->len; i++)
    if (((KrSuccessionPlan *) g_ptr_array_index (plans, i))->successors->len == 0 &&
        find_plan (view, ((KrSuccessionPlan *) g_ptr_array_index (plans, i))->id) != NULL)
      plan_id = ((KrSuccessionPlan *) g_ptr_array_index (plans, i))->id;
  g_assert_cmpint (plan_id, >, 0);
  plan = find_plan (view, plan_id);
  g_assert_cmpint (plan->gap, ==, KR_SUCCESSION_GAP_NO_SUCCESSOR);
  g_assert_nonnull (kr_succession_view_get_plan_row (view, plan_id));

  /* A successor from the talent pool's suggestions */
  dialog = kr_succession_dialog_new_successor (fixture->window, fixture->talent, plan_id,
                                               plan->position_name);
  gtk_window_present (GTK_WINDOW (dialog));
  kr_test_wait_until (dialog_done, dialog);
  g_assert_cmpuint (kr_succession_dialog_get_n_choices (dialog), >, 0);
  kr_test_settle (GTK_WIDGET (dialog));
  kr_test_save_screenshot (GTK_WIDGET (dialog), "talent-successor-suggestions");
  g_assert_true (_kr_succession_dialog_choose (dialog, 0, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (dialog));
  kr_test_spin ();
  kr_test_wait_until (succession_done, view);
  plan = find_plan (view, plan_id);
  g_assert_cmpuint (plan->successors->len, ==, 1);
  g_assert_cmpint (plan->gap, !=, KR_SUCCESSION_GAP_NO_SUCCESSOR);
  successor = g_ptr_array_index (plan->successors, 0);
  employee_id = successor->employee_id;
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (kr_succession_view_get_plan_row (view, plan_id)),
                                 TRUE);
  kr_test_settle (GTK_WIDGET (fixture->window));
  kr_test_save_screenshot (GTK_WIDGET (fixture->window), "talent-succession");

  /* A second one, then the first moves down */
  dialog = kr_succession_dialog_new_successor (fixture->window, fixture->talent, plan_id,
                                               plan->position_name);
  kr_test_wait_until (dialog_done, dialog);
  g_assert_cmpuint (kr_succession_dialog_get_n_choices (dialog), >, 0);
  {
    gint64 first_id = successor->id;

    g_assert_true (_kr_succession_dialog_choose (dialog, 0, &error));
    g_assert_no_error (error);
    kr_test_spin ();
    kr_test_wait_until (succession_done, view);
    g_assert_cmpuint (find_plan (view, plan_id)->successors->len, ==, 2);
    g_assert_true (
        gtk_widget_activate_action (GTK_WIDGET (view), "succession.move-down", "x", first_id));
    kr_test_spin ();
    kr_test_wait_until (succession_done, view);
    plan = find_plan (view, plan_id);
    g_assert_cmpint (((KrSuccessor *) g_ptr_array_index (plan->successors, 1))->id, ==, first_id);
    g_assert_cmpuint (((KrSuccessor *) g_ptr_array_index (plan->successors, 1))->rank, ==, 2);
    gtk_widget_activate_action (GTK_WIDGET (view), "succession.move-up", "x", first_id);
    kr_test_spin ();
    kr_test_wait_until (succession_done, view);
    plan = find_plan (view, plan_id);
    g_assert_cmpint (((KrSuccessor *) g_ptr_array_index (plan->successors, 0))->id, ==, first_id);
    successor = g_ptr_array_index (plan->successors, 0);
  }
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Removed, then back with Undo */
  _kr_succession_view_remove (view, successor->id);
  kr_test_spin ();
  kr_test_wait_until (succession_done, view);
  n_successors = find_plan (view, plan_id)->successors->len;
  g_assert_true (_kr_succession_view_undo (view));
  kr_test_spin ();
  kr_test_wait_until (succession_done, view);
  plan = find_plan (view, plan_id);
  g_assert_cmpuint (plan->successors->len, ==, n_successors + 1);
  g_assert_cmpint (((KrSuccessor *) g_ptr_array_index (plan->successors, 0))->employee_id, ==,
                   employee_id);
  /* The row stayed open through the reads */
  g_assert_true (adw_expander_row_get_expanded (
      ADW_EXPANDER_ROW (kr_succession_view_get_plan_row (view, plan_id))));
  g_assert_false (_kr_succession_view_undo (view));
}

/* A successor's readiness and gaps and a plan's note are edited from the view */

static KrSuccessionEditDialog *
find_edit_dialog (void)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (KR_IS_SUCCESSION_EDIT_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static void
test_succession_edit (Fixture *fixture, gconstpointer data)
{
  KrSuccessionView *view = kr_talent_page_get_succession (fixture->page);
  KrSuccessionEditDialog *dialog;
  g_autoptr (GPtrArray) positions = NULL;
  g_autoptr (GPtrArray) suggestions = NULL;
  g_autoptr (GError) error = NULL;
  const KrSuccessionPlan *plan;
  const KrSuccessor *successor;
  KrSuccessorReadiness other;
  gint64 plan_id = 0, successor_id = 0;

  /* A plan with one suggested successor, made through the repository */
  positions = kr_talent_repository_list_key_positions (fixture->talent, 0, TRUE, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (positions->len, >, 0);
  g_assert_true (kr_talent_repository_create_plan (
      fixture->talent, ((KrKeyPosition *) g_ptr_array_index (positions, 0))->position_id, NULL,
      &plan_id, &error));
  g_assert_no_error (error);
  suggestions =
      kr_talent_repository_suggest_successors (fixture->talent, plan_id, fixture->year, 5, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (suggestions->len, >, 0);
  successor = g_ptr_array_index (suggestions, 0);
  g_assert_true (kr_talent_repository_add_successor (fixture->talent, plan_id,
                                                     successor->employee_id, successor->suggested,
                                                     0, NULL, &successor_id, &error));
  g_assert_no_error (error);

  kr_talent_page_set_view (fixture->page, "succession");
  kr_test_spin ();
  kr_test_wait_until (succession_done, view);
  plan = find_plan (view, plan_id);
  g_assert_nonnull (plan);
  g_assert_null (plan->note);
  successor = g_ptr_array_index (plan->successors, 0);
  g_assert_cmpint (successor->id, ==, successor_id);
  other = successor->readiness == KR_SUCCESSOR_READINESS_NOW ? KR_SUCCESSOR_READINESS_THREE_YEARS
                                                             : KR_SUCCESSOR_READINESS_NOW;

  /* The row's Edit button opens the form on that successor */
  g_assert_null (find_edit_dialog ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "succession.edit-successor", "x",
                                             successor_id));
  dialog = find_edit_dialog ();
  g_assert_nonnull (dialog);
  kr_test_settle (GTK_WIDGET (dialog));
  kr_test_save_screenshot (GTK_WIDGET (dialog), "talent-successor-edit");
  g_assert_true (_kr_succession_edit_dialog_save (dialog, (int) other,
                                                  "  Needs PKA; one more rank  ", &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (dialog));
  kr_test_spin ();
  kr_test_wait_until (succession_done, view);
  successor = g_ptr_array_index (find_plan (view, plan_id)->successors, 0);
  g_assert_cmpint (successor->readiness, ==, other);
  g_assert_cmpstr (successor->gaps, ==, "Needs PKA; one more rank");

  /* Emptied gaps are none */
  dialog = kr_succession_edit_dialog_new_successor (fixture->window, fixture->talent, successor);
  g_assert_true (_kr_succession_edit_dialog_save (dialog, -1, "   ", &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (dialog));
  kr_test_spin ();
  kr_test_wait_until (succession_done, view);
  successor = g_ptr_array_index (find_plan (view, plan_id)->successors, 0);
  g_assert_cmpint (successor->readiness, ==, other);
  g_assert_null (successor->gaps);

  /* The plan's note */
  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (view), "succession.edit-note", "x", plan_id));
  dialog = find_edit_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (_kr_succession_edit_dialog_save (dialog, -1,
                                                  "Holder retires in May; train the "
                                                  "first successor in PKA",
                                                  &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (dialog));
  kr_test_spin ();
  kr_test_wait_until (succession_done, view);
  plan = find_plan (view, plan_id);
  g_assert_cmpstr (plan->note, ==, "Holder retires in May; train the first successor in PKA");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (kr_succession_view_get_plan_row (view, plan_id)),
                                 TRUE);
  kr_test_settle (GTK_WIDGET (fixture->window));
  kr_test_save_screenshot (GTK_WIDGET (fixture->window), "talent-succession-note");

  /* A plan deleted meanwhile: the form says so and nothing changes */
  dialog = kr_succession_edit_dialog_new_note (fixture->window, fixture->talent, plan);
  g_assert_true (kr_talent_repository_delete_plan (fixture->talent, plan_id, &error));
  g_assert_no_error (error);
  g_assert_false (_kr_succession_edit_dialog_save (dialog, -1, "late", &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static guint
count_buttons (GtkWidget *widget)
{
  guint n = GTK_IS_BUTTON (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_buttons (child);
  return n;
}

/* The box's list searches by name or NIP; the placement lists the employee's assessments,
 * which are edited and deleted (with Undo) from there */

static void
test_box_search_and_assessments (Fixture *fixture, gconstpointer data)
{
  KrTalentPoolView *view = open_pool (fixture);
  const KrTalentGridCounts *counts = kr_talent_pool_view_get_counts (view);
  KrTalentBoxDialog *dialog;
  KrTalentEntryModel *model;
  KrTalentAssessmentList *list;
  KrTalentAssessmentDialog *edit;
  g_autoptr (KrTalentItem) first = NULL;
  g_autoptr (GPtrArray) stored = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *nip = NULL;
  g_autofree char *prefix = NULL;
  const KrTalentAssessment *shown;
  KrTalentPotential potential;
  gint64 employee_id;
  guint box = 0, n;

  for (guint b = 1; b <= 9 && box == 0; b++)
    if (counts->boxes[b] > 1)
      box = b;
  g_assert_cmpuint (box, >, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "pool.show-box", "u", box));
  dialog = KR_TALENT_BOX_DIALOG (kr_talent_pool_view_get_box_dialog (view));
  g_assert_nonnull (dialog);
  model = kr_talent_box_dialog_get_model (dialog);
  kr_test_wait_until (model_settled, model);
  g_assert_cmpuint (kr_paged_model_get_count (KR_PAGED_MODEL (model)), ==, counts->boxes[box]);
  first = g_list_model_get_item (G_LIST_MODEL (model), 0);
  employee_id = kr_talent_item_get_entry (first)->employee_id;
  nip = g_strdup (kr_talent_item_get_entry (first)->nip);
  prefix = g_utf8_substring (kr_talent_item_get_entry (first)->name, 0, 3);

  /* By NIP: just them; by the start of the name: them among a few; nothing matches: empty */
  kr_talent_box_dialog_set_search (dialog, nip);
  kr_test_wait_until (model_settled, model);
  g_assert_cmpuint (kr_paged_model_get_count (KR_PAGED_MODEL (model)), ==, 1);
  {
    g_autoptr (KrTalentItem) only = g_list_model_get_item (G_LIST_MODEL (model), 0);

    g_assert_cmpint (kr_talent_item_get_entry (only)->employee_id, ==, employee_id);
  }
  kr_talent_box_dialog_set_search (dialog, prefix);
  kr_test_wait_until (model_settled, model);
  n = kr_paged_model_get_count (KR_PAGED_MODEL (model));
  g_assert_cmpuint (n, >=, 1);
  g_assert_cmpuint (n, <=, counts->boxes[box]);
  for (guint i = 0; i < n && i < 20; i++)
    {
      g_autoptr (KrTalentItem) item = g_list_model_get_item (G_LIST_MODEL (model), i);

      g_assert_true (g_str_has_prefix (kr_talent_item_get_entry (item)->name, prefix));
    }
  kr_talent_box_dialog_set_search (dialog, "Zzqx");
  kr_test_wait_until (model_settled, model);
  g_assert_cmpuint (kr_paged_model_get_count (KR_PAGED_MODEL (model)), ==, 0);
  kr_test_settle (GTK_WIDGET (dialog));
  kr_test_save_screenshot (GTK_WIDGET (dialog), "talent-box-search-empty");
  kr_talent_box_dialog_set_search (dialog, "");
  kr_test_wait_until (model_settled, model);
  g_assert_cmpuint (kr_paged_model_get_count (KR_PAGED_MODEL (model)), ==, counts->boxes[box]);

  /* The placement lists what the repository has */
  kr_talent_box_dialog_show_placement (dialog, employee_id);
  list = kr_talent_box_dialog_get_assessments (dialog);
  stored = kr_talent_repository_list_assessments (fixture->talent, employee_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, >=, 1);
  g_assert_cmpuint (kr_talent_assessment_list_get_assessments (list)->len, ==, stored->len);
  n = stored->len;
  kr_test_settle (GTK_WIDGET (dialog));
  kr_test_save_screenshot (GTK_WIDGET (dialog), "talent-box-assessments");

  /* Edited: the same assessment (no new one), shown again with its new potential */
  shown = g_ptr_array_index (kr_talent_assessment_list_get_assessments (list), 0);
  potential = shown->potential == KR_TALENT_POTENTIAL_HIGH ? KR_TALENT_POTENTIAL_LOW
                                                           : KR_TALENT_POTENTIAL_HIGH;
  edit = kr_talent_assessment_dialog_new_edit (GTK_WINDOW (dialog), fixture->db, fixture->talent,
                                               shown);
  g_assert_false (
      _kr_talent_assessment_dialog_save (edit, employee_id, "2024-02-30", potential, 70, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (
      _kr_talent_assessment_dialog_save (edit, employee_id, "2024-03-05", potential, 71.5, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (edit));
  g_assert_cmpuint (kr_talent_assessment_list_get_assessments (list)->len, ==, n);
  g_clear_pointer (&stored, g_ptr_array_unref);
  stored = kr_talent_repository_list_assessments (fixture->talent, employee_id, &error);
  g_assert_cmpuint (stored->len, ==, n);
  {
    const KrTalentAssessment *saved = NULL;

    for (guint i = 0; i < stored->len; i++)
      if (g_date_get_year (&((KrTalentAssessment *) g_ptr_array_index (stored, i))->date) == 2024)
        saved = g_ptr_array_index (stored, i);
    g_assert_nonnull (saved);
    g_assert_cmpint (saved->potential, ==, potential);
    g_assert_true (saved->has_score);
    g_assert_cmpfloat_with_epsilon (saved->score, 71.5, 0.001);
  }

  /* Deleted with Undo */
  shown = g_ptr_array_index (kr_talent_assessment_list_get_assessments (list), 0);
  g_assert_true (_kr_talent_assessment_list_delete (list, shown->id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kr_talent_assessment_list_get_assessments (list)->len, ==, n - 1);
  g_clear_pointer (&stored, g_ptr_array_unref);
  stored = kr_talent_repository_list_assessments (fixture->talent, employee_id, &error);
  g_assert_cmpuint (stored->len, ==, n - 1);
  g_assert_true (_kr_talent_assessment_list_undo (list, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kr_talent_assessment_list_get_assessments (list)->len, ==, n);
  g_assert_false (_kr_talent_assessment_list_undo (list, &error));
  g_assert_no_error (error);
  /* Edit and Delete on each row */
  g_assert_cmpuint (count_buttons (GTK_WIDGET (list)), ==, 2 * n);

  /* A viewer sees the assessments without Edit or Delete, and cannot delete */
  {
    g_autoptr (KrIdentity) viewer = kr_identity_new (99, "peninjau", "Peninjau", KR_ROLE_VIEWER, 0);

    kr_database_set_identity (fixture->db, viewer);
    kr_talent_box_dialog_show_placement (dialog, employee_id);
    g_assert_cmpuint (kr_talent_assessment_list_get_assessments (list)->len, ==, n);
    g_assert_cmpuint (count_buttons (GTK_WIDGET (list)), ==, 0);
    shown = g_ptr_array_index (kr_talent_assessment_list_get_assessments (list), 0);
    g_assert_false (_kr_talent_assessment_list_delete (list, shown->id, &error));
    g_assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED);
    g_clear_error (&error);
    g_assert_cmpuint (kr_talent_assessment_list_get_assessments (list)->len, ==, n);
    kr_database_set_identity (fixture->db, NULL);
  }
}

/* The section works from 360 px wide (UI.md) */
static void
test_narrow (Fixture *fixture, gconstpointer data)
{
  const char *views[] = { "pool", "succession" };
  int minimum = 0;

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      kr_talent_page_set_view (fixture->page, views[i]);
      kr_test_spin ();
      kr_test_wait_until (pool_done, kr_talent_page_get_pool (fixture->page));
      kr_test_wait_until (succession_done, kr_talent_page_get_succession (fixture->page));
      kr_test_settle (GTK_WIDGET (fixture->window));
      {
        g_autofree char *name = g_strdup_printf ("talent-narrow-%s", views[i]);

        kr_test_save_screenshot (GTK_WIDGET (fixture->window), name);
      }
      gtk_widget_measure (GTK_WIDGET (kr_talent_page_get_pool (fixture->page)),
                          GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      g_assert_cmpint (minimum, <=, 360);
      gtk_widget_measure (GTK_WIDGET (kr_talent_page_get_succession (fixture->page)),
                          GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      g_assert_cmpint (minimum, <=, 360);
    }
}

int
main (int argc, char *argv[])
{
  kr_test_ui_init (&argc, &argv);

  if (g_getenv ("KR_TEST_DARK") != NULL)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                        ADW_COLOR_SCHEME_FORCE_DARK);
  g_test_add ("/talent/grid-values", Fixture, NULL, fixture_setup, test_grid_values,
              fixture_teardown);
  g_test_add ("/talent/click-opens-list", Fixture, NULL, fixture_setup, test_click_opens_list,
              fixture_teardown);
  g_test_add ("/talent/accessible", Fixture, NULL, fixture_setup, test_accessible,
              fixture_teardown);
  g_test_add ("/talent/record-assessment", Fixture, NULL, fixture_setup, test_record_assessment,
              fixture_teardown);
  g_test_add ("/talent/succession", Fixture, NULL, fixture_setup, test_succession,
              fixture_teardown);
  g_test_add ("/talent/succession-edit", Fixture, NULL, fixture_setup, test_succession_edit,
              fixture_teardown);
  g_test_add ("/talent/box-search-and-assessments", Fixture, NULL, fixture_setup,
              test_box_search_and_assessments, fixture_teardown);
  g_test_add ("/talent/narrow", Fixture, GINT_TO_POINTER (360), fixture_setup, test_narrow,
              fixture_teardown);

  return g_test_run ();
}
