/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <sodium.h>

#include "kr-account-repository-private.h"
#include "kr-appraisal-editor-private.h"
#include "kr-appraisal-start-dialog.h"
#include "kr-appraisals-page.h"
#include "kr-date.h"
#include "kr-demo.h"
#include "kr-test-session.h"
#include "kr-test-ui.h"
#include "kr-test-utils.h"

#define N_EMPLOYEES 40

typedef struct
{
  char *dir;
  KrDatabase *db;
  KrAppraisalRepository *appraisals;
  KrEmployeeRepository *employees;
  KrUnitRepository *units;
  GtkWindow *window;
  KrAppraisalsPage *page;
  guint year;
  gint64 root_id;
} Fixture;

static gpointer
child (Fixture *fixture, const char *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (fixture->page), KR_TYPE_APPRAISALS_PAGE, name);
}

static gboolean
is_read (gpointer data)
{
  KrAppraisalModel *model = kr_appraisals_page_get_model (data);

  return model != NULL && kr_appraisal_model_get_counted (model) &&
         !kr_appraisal_model_get_loading (model);
}

static void
wait_for_list (Fixture *fixture)
{
  kr_test_wait_until (is_read, fixture->page);
}

static void
show_page (Fixture *fixture)
{
  fixture->page = KR_APPRAISALS_PAGE (kr_appraisals_page_new ());
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1300, 800);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  kr_appraisals_page_set_repositories (fixture->page, fixture->db, fixture->appraisals,
                                       fixture->employees, fixture->units);
  gtk_window_present (fixture->window);
  wait_for_list (fixture);
}

/* A small organisation without appraisals; @data TRUE starts this year's for everyone. */
static void
fixture_setup (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) roots = NULL;
  KrDemoOptions options = { 0 };
  GDate today;

  fixture->dir = kr_test_make_tmp_dir ("karier-appraisals-XXXXXX");
  path = g_build_filename (fixture->dir, "karier.db", NULL);
  fixture->db = kr_database_open (path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  options.n_employees = N_EMPLOYEES;
  options.seed = 5;
  options.appraisals = KR_DEMO_APPRAISALS_NONE;
  g_assert_true (kr_demo_generate (fixture->db, &options, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  fixture->appraisals = kr_appraisal_repository_new (fixture->db);
  fixture->employees = kr_employee_repository_new (fixture->db);
  fixture->units = kr_unit_repository_new (fixture->db);
  kr_date_today (NULL, &today);
  fixture->year = g_date_get_year (&today);
  roots = kr_unit_repository_list_children (fixture->units, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (roots->len, >, 0);
  fixture->root_id = ((KrUnit *) g_ptr_array_index (roots, 0))->id;

  if (GPOINTER_TO_INT (data))
    {
      guint started = 0;

      g_assert_true (kr_appraisal_repository_start_unit (fixture->appraisals, fixture->root_id,
                                                         TRUE, fixture->year, &started, NULL, NULL,
                                                         &error));
      g_assert_no_error (error);
      g_assert_cmpuint (started, >, 0);
    }
  show_page (fixture);
}

static void
fixture_teardown (Fixture *fixture, gconstpointer data)
{
  gtk_window_destroy (fixture->window);
  kr_test_spin ();
  kr_test_finalize_object (fixture->appraisals);
  kr_test_finalize_object (fixture->employees);
  kr_test_finalize_object (fixture->units);
  kr_test_finalize_object (fixture->db);
  kr_test_ui_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static guint
count (Fixture *fixture, const KrAppraisalQuery *query)
{
  g_autoptr (GError) error = NULL;
  guint n = 0;

  g_assert_true (kr_appraisal_repository_count (fixture->appraisals, query, &n, &error));
  g_assert_no_error (error);
  return n;
}

static guint
n_shown (Fixture *fixture)
{
  return kr_appraisal_model_get_count (kr_appraisals_page_get_model (fixture->page));
}

static void
test_page_lists (Fixture *fixture, gconstpointer data)
{
  KrAppraisalQuery all = { .year = fixture->year, .period = -1 };
  guint n = count (fixture, &all);
  g_autofree char *label = g_strdup_printf ("%u evaluations", n);

  g_assert_cmpuint (n, >, N_EMPLOYEES);
  g_assert_cmpuint (n_shown (fixture), ==, n);
  g_assert_cmpstr (kr_appraisals_page_get_state (fixture->page), ==, "list");
  g_assert_cmpstr (kr_appraisals_page_get_count_label (fixture->page), ==, label);
  /* The first page holds every row of so small a list. */
  g_assert_cmpuint (
      g_list_model_get_n_items (G_LIST_MODEL (kr_appraisals_page_get_model (fixture->page))), ==,
      n);
  kr_test_settle (GTK_WIDGET (fixture->window));
  kr_test_save_screenshot (GTK_WIDGET (fixture->window), "appraisals-list");
}

static void
test_page_filters (Fixture *fixture, gconstpointer data)
{
  KrAppraisalQuery annual = { .year = fixture->year, .period = 0 };
  KrAppraisalQuery all = { .year = fixture->year, .period = -1 };
  g_autoptr (KrAppraisalItem) first = NULL;
  g_autofree char *prefix = NULL;
  guint n_all = count (fixture, &all);

  /* Period: item 1 is the annual evaluation. */
  gtk_drop_down_set_selected (child (fixture, "period_dropdown"), 1);
  wait_for_list (fixture);
  g_assert_cmpuint (n_shown (fixture), ==, count (fixture, &annual));
  g_assert_cmpuint (n_shown (fixture), <, n_all);

  /* State: nothing is final yet. */
  gtk_drop_down_set_selected (child (fixture, "state_dropdown"), 1 + KR_APPRAISAL_STATE_FINAL);
  wait_for_list (fixture);
  g_assert_cmpuint (n_shown (fixture), ==, 0);
  g_assert_cmpstr (kr_appraisals_page_get_state (fixture->page), ==, "no-results");
  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (fixture->page), "appraisals.clear-filters", NULL));
  wait_for_list (fixture);
  g_assert_cmpuint (n_shown (fixture), ==, n_all);

  /* Search by the start of someone's NIP. */
  first = g_list_model_get_item (G_LIST_MODEL (kr_appraisals_page_get_model (fixture->page)), 0);
  prefix = g_strndup (kr_appraisal_item_get_row (first)->nip, 14);
  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (fixture->page), "appraisals.search", NULL));
  gtk_editable_set_text (child (fixture, "search_entry"), prefix);
  g_signal_emit_by_name (child (fixture, "search_entry"), "search-changed");
  wait_for_list (fixture);
  g_assert_cmpuint (n_shown (fixture), >=, 1);
  g_assert_cmpuint (n_shown (fixture), <, n_all);

  /* Another year has none: the page offers to start them. */
  gtk_editable_set_text (child (fixture, "search_entry"), "");
  g_signal_emit_by_name (child (fixture, "search_entry"), "search-changed");
  gtk_spin_button_set_value (child (fixture, "year_spin"), fixture->year + 1);
  wait_for_list (fixture);
  g_assert_cmpuint (n_shown (fixture), ==, 0);
  g_assert_cmpstr (kr_appraisals_page_get_state (fixture->page), ==, "empty");
  g_assert_true (gtk_widget_get_visible (child (fixture, "empty_start_button")));
  kr_test_save_screenshot (GTK_WIDGET (fixture->window), "appraisals-empty-year");
}

/* The position of the first evaluation of @period in the list. */
static guint
find_period (Fixture *fixture, guint period)
{
  GListModel *model = G_LIST_MODEL (kr_appraisals_page_get_model (fixture->page));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (KrAppraisalItem) item = g_list_model_get_item (model, i);

      if (kr_appraisal_item_get_row (item)->period == period)
        return i;
    }
  g_assert_not_reached ();
}

static KrAppraisalEditor *
open_at (Fixture *fixture, guint position)
{
  g_assert_true (kr_appraisals_page_open (fixture->page, position));
  g_assert_true (kr_appraisals_page_is_editing (fixture->page));
  return KR_APPRAISAL_EDITOR (kr_appraisals_page_get_editor (fixture->page));
}

/* Clicks the workflow button labelled @label. */
static void
click_step (KrAppraisalEditor *editor, KrAppraisalAction action)
{
  const char *label = kr_appraisal_action_get_label (action);
  GtkWidget *found = NULL;

  for (GtkWidget *w = GTK_WIDGET (editor->workflow_box); w != NULL && found == NULL;)
    {
      if (GTK_IS_BUTTON (w) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (w)), label) == 0)
        found = w;
      else if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && gtk_widget_get_next_sibling (w) == NULL &&
                 w != GTK_WIDGET (editor->workflow_box))
            w = gtk_widget_get_parent (w);
          w = w == NULL || w == GTK_WIDGET (editor->workflow_box) ? NULL
                                                                  : gtk_widget_get_next_sibling (w);
        }
    }
  g_assert_nonnull (found);
  g_signal_emit_by_name (found, "clicked");
}

static void
test_editor_workflow (Fixture *fixture, gconstpointer data)
{
  KrAppraisalEditor *editor = open_at (fixture, find_period (fixture, 1));
  gint64 evaluation_id = kr_appraisal_editor_get_evaluation (editor)->id;
  g_autoptr (KrAppraisalEvaluation) stored = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (kr_appraisal_editor_get_evaluation (editor)->state, ==,
                   KR_APPRAISAL_STATE_DRAFT);
  g_assert_false (kr_appraisal_editor_get_read_only (editor));
  g_assert_cmpstr (gtk_label_get_text (editor->live_predikat_label), ==, "No predikat yet");

  /* Ratings make the predikat as they are picked. */
  adw_combo_row_set_selected (editor->results_rating_row, 1 + KR_RATING_ABOVE);
  g_assert_cmpstr (gtk_label_get_text (editor->live_predikat_label), ==, "No predikat yet");
  adw_combo_row_set_selected (editor->behaviour_rating_row, 1 + KR_RATING_AS_EXPECTED);
  g_assert_cmpstr (
      gtk_label_get_text (editor->live_predikat_label), ==,
      kr_predikat_get_label (kr_predikat_from_ratings (KR_RATING_ABOVE, KR_RATING_AS_EXPECTED)));
  g_assert_cmpstr (gtk_label_get_text (editor->predikat_label), ==,
                   gtk_label_get_text (editor->live_predikat_label));
  adw_combo_row_set_selected (editor->behaviour_rating_row, 1 + KR_RATING_ABOVE);
  g_assert_cmpstr (gtk_label_get_text (editor->live_predikat_label), ==, "Sangat Baik");
  kr_test_save_screenshot (GTK_WIDGET (fixture->window), "appraisals-editor-ratings");

  /* Ctrl+S's action saves. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  stored = kr_appraisal_repository_get_evaluation (fixture->appraisals, evaluation_id, &error);
  g_assert_no_error (error);
  g_assert_true (stored->has_predikat);
  g_assert_cmpint (stored->predikat, ==, KR_PREDIKAT_SANGAT_BAIK);

  /* Submit, Mark Reviewed, Finalise through the workflow tab's buttons. */
  click_step (editor, KR_APPRAISAL_ACTION_SUBMIT);
  g_assert_cmpint (kr_appraisal_editor_get_evaluation (editor)->state, ==,
                   KR_APPRAISAL_STATE_SUBMITTED);
  click_step (editor, KR_APPRAISAL_ACTION_REVIEW);
  g_assert_cmpint (kr_appraisal_editor_get_evaluation (editor)->state, ==,
                   KR_APPRAISAL_STATE_REVIEWED);
  click_step (editor, KR_APPRAISAL_ACTION_FINALISE);
  g_assert_cmpint (kr_appraisal_editor_get_evaluation (editor)->state, ==,
                   KR_APPRAISAL_STATE_FINAL);

  /* Final: read-only, with the banner; the ratings cannot change. */
  g_assert_true (kr_appraisal_editor_get_read_only (editor));
  g_assert_true (gtk_revealer_get_reveal_child (editor->final_banner));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (editor->results_rating_row)));
  g_assert_false (gtk_widget_get_visible (editor->save_button));
  kr_test_settle (GTK_WIDGET (fixture->window));
  kr_test_save_screenshot (GTK_WIDGET (fixture->window), "appraisals-editor-final");
  g_clear_pointer (&stored, kr_appraisal_evaluation_free);
  stored = kr_appraisal_repository_get_evaluation (fixture->appraisals, evaluation_id, &error);
  g_assert_cmpint (stored->state, ==, KR_APPRAISAL_STATE_FINAL);
}

static GtkWidget *
plan_row (KrAppraisalEditor *editor, const char *key)
{
  GHashTable *rows = g_object_get_data (G_OBJECT (editor->plan_box), "kr-plan-rows");
  GtkWidget *row = g_hash_table_lookup (rows, key);

  g_assert_nonnull (row);
  return row;
}

static void
test_editor_plan_validation (Fixture *fixture, gconstpointer data)
{
  KrAppraisalEditor *editor = open_at (fixture, find_period (fixture, 0));
  guint n = kr_appraisal_editor_get_plan (editor)->results->len;
  g_autofree char *result_key = g_strdup_printf ("r%u", n);
  g_autofree char *indicator_key = g_strdup_printf ("r%u-i0", n);
  g_autofree char *target_key = g_strdup_printf ("r%u-t0", n);
  g_autofree char *outside = g_strdup_printf ("01-04-%u", fixture->year - 1);
  g_autofree char *april = g_strdup_printf ("01-04-%u", fixture->year);
  g_autoptr (KrAppraisal) stored = NULL;
  g_autoptr (GError) error = NULL;
  KrAppraisalResult *added;

  g_assert_false (gtk_widget_is_sensitive (editor->save_button));
  /* A new result starts empty: Save stays off and the result's row says why. */
  g_signal_emit_by_name (plan_row (editor, "add-utama"), "activated");
  g_assert_cmpuint (kr_appraisal_editor_get_plan (editor)->results->len, ==, n + 1);
  g_assert_false (gtk_widget_is_sensitive (editor->save_button));
  g_assert_true (editor->plan_error_row == plan_row (editor, result_key));
  g_assert_true (gtk_widget_has_css_class (editor->plan_error_row, "error"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor->plan_error_label)));

  gtk_editable_set_text (GTK_EDITABLE (plan_row (editor, result_key)), "Tersusunnya laporan uji");
  g_assert_true (editor->plan_error_row == plan_row (editor, indicator_key));
  gtk_editable_set_text (GTK_EDITABLE (plan_row (editor, indicator_key)), "Jumlah laporan");
  g_assert_true (editor->plan_error_row == plan_row (editor, target_key));
  gtk_editable_set_text (GTK_EDITABLE (plan_row (editor, target_key)), "12 laporan");
  g_assert_null (editor->plan_error_row);
  g_assert_true (gtk_widget_is_sensitive (editor->save_button));
  kr_test_settle (GTK_WIDGET (fixture->window));
  kr_test_save_screenshot (GTK_WIDGET (fixture->window), "appraisals-editor-plan");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  stored = kr_appraisal_repository_get (fixture->appraisals,
                                        kr_appraisal_editor_get_plan (editor)->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->results->len, ==, n + 1);
  added = g_ptr_array_index (stored->results, n);
  g_assert_cmpstr (added->result, ==, "Tersusunnya laporan uji");
  g_assert_cmpstr (((KrAppraisalIndicator *) g_ptr_array_index (added->indicators, 0))->target, ==,
                   "12 laporan");

  /* Someone who joined in April is appraised from then: a date that is not one, or outside
   * the year, keeps Save off. */
  gtk_editable_set_text (GTK_EDITABLE (plan_row (editor, "period-start")), "1 Aprol");
  g_assert_false (gtk_widget_is_sensitive (editor->save_button));
  gtk_editable_set_text (GTK_EDITABLE (plan_row (editor, "period-start")), outside);
  g_assert_false (gtk_widget_is_sensitive (editor->save_button));
  gtk_editable_set_text (GTK_EDITABLE (plan_row (editor, "period-start")), april);
  g_assert_true (gtk_widget_is_sensitive (editor->save_button));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_clear_pointer (&stored, kr_appraisal_free);
  stored = kr_appraisal_repository_get (fixture->appraisals,
                                        kr_appraisal_editor_get_plan (editor)->id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_date_get_month (&stored->start), ==, G_DATE_APRIL);
  g_assert_cmpint (g_date_get_day (&stored->start), ==, 1);
}

/* A unit head who is the appraiser of a submitted evaluation finds it in their queue. */
static void
test_review_queue (Fixture *fixture, gconstpointer data)
{
  KrAppraisalQuery query = { .year = fixture->year, .period = 1 };
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (KrAppraisal) plan = NULL;
  g_autoptr (KrEmployee) appraiser = NULL;
  g_autoptr (KrAccount) account = kr_account_new ();
  g_autoptr (KrAccountRepository) accounts = kr_account_repository_new (fixture->db);
  g_autoptr (KrIdentity) head = NULL;
  g_autoptr (GError) error = NULL;
  KrAppraisalRow *row = NULL;
  KrAppraisalEditor *editor;

  rows = kr_appraisal_repository_list (fixture->appraisals, &query, 0, 200, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < rows->len && row == NULL; i++)
    {
      KrAppraisalRow *each = g_ptr_array_index (rows, i);
      g_autoptr (KrAppraisal) each_plan =
          kr_appraisal_repository_get (fixture->appraisals, each->appraisal_id, &error);

      if (each_plan->appraiser_id != 0)
        {
          row = each;
          plan = g_steal_pointer (&each_plan);
        }
    }
  g_assert_nonnull (row);
  g_assert_true (kr_appraisal_repository_apply (fixture->appraisals, row->evaluation_id,
                                                KR_APPRAISAL_ACTION_SUBMIT, NULL, &error));
  g_assert_no_error (error);

  /* The appraiser signs in as a unit head (of their own unit). */
  appraiser = kr_employee_repository_get (fixture->employees, plan->appraiser_id, &error);
  g_assert_no_error (error);
  _kr_account_repository_set_hash_cost (accounts, crypto_pwhash_OPSLIMIT_MIN,
                                        crypto_pwhash_MEMLIMIT_MIN);
  kr_test_add_account (fixture->db, "admin", "Admin", KR_ROLE_ADMINISTRATOR, 0);
  {
    g_autoptr (KrIdentity) admin = NULL;

    g_assert_true (kr_account_repository_authenticate (accounts, "admin", KR_TEST_PASSWORD, &admin,
                                                       NULL, &error));
    kr_database_set_identity (fixture->db, admin);
  }
  account->user_name = g_strdup ("kepala");
  account->display_name = g_strdup ("Kepala");
  account->role = KR_ROLE_UNIT_HEAD;
  account->unit_id = kr_employee_get_unit_id (appraiser);
  account->employee_id = plan->appraiser_id;
  g_assert_cmpint (kr_account_repository_add (accounts, account, KR_TEST_PASSWORD, &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (kr_account_repository_authenticate (accounts, "kepala", KR_TEST_PASSWORD, &head,
                                                     NULL, &error));
  kr_database_set_identity (fixture->db, head);

  kr_appraisals_page_set_repositories (fixture->page, fixture->db, fixture->appraisals,
                                       fixture->employees, fixture->units);
  wait_for_list (fixture);
  g_assert_true (gtk_toggle_button_get_active (child (fixture, "review_button")));
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  kr_test_wait_until ((gboolean (*) (gpointer)) gtk_widget_get_visible,
                      child (fixture, "review_badge"));
  g_assert_cmpstr (gtk_label_get_text (child (fixture, "review_badge")), ==, "1");
  kr_test_save_screenshot (GTK_WIDGET (fixture->window), "appraisals-review-queue");

  /* Ctrl+Return: rated, marked reviewed, and the queue is empty. */
  editor = open_at (fixture, 0);
  adw_combo_row_set_selected (editor->results_rating_row, 1 + KR_RATING_AS_EXPECTED);
  adw_combo_row_set_selected (editor->behaviour_rating_row, 1 + KR_RATING_AS_EXPECTED);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.review-next", NULL));
  g_assert_cmpint (kr_appraisal_editor_get_evaluation (editor)->state, ==,
                   KR_APPRAISAL_STATE_REVIEWED);
  wait_for_list (fixture);
  kr_test_spin ();
  g_assert_cmpuint (n_shown (fixture), ==, 0);
  g_assert_false (kr_appraisals_page_is_editing (fixture->page));
  g_assert_cmpstr (kr_appraisals_page_get_state (fixture->page), ==, "review-empty");
  kr_database_set_identity (fixture->db, NULL);
}

static gboolean
is_done (gpointer data)
{
  return !kr_appraisal_start_dialog_get_busy (data);
}

static void
on_started_cb (KrAppraisalStartDialog *dialog, guint started, guint skipped, guint *out)
{
  out[0] = started;
  out[1] = skipped;
}

static void
test_bulk_start (Fixture *fixture, gconstpointer data)
{
  KrAppraisalQuery annual = { .year = fixture->year, .period = 0 };
  g_autoptr (KrAppraisalStartDialog) dialog = NULL;
  guint result[2] = { G_MAXUINT, G_MAXUINT };

  g_assert_cmpstr (kr_appraisals_page_get_state (fixture->page), ==, "empty");
  dialog = g_object_ref_sink (
      kr_appraisal_start_dialog_new (fixture->db, fixture->units, fixture->root_id, fixture->year));
  g_signal_connect (dialog, "started", G_CALLBACK (on_started_cb), result);
  kr_appraisal_start_dialog_set_subtree (dialog, TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
  kr_test_save_screenshot (GTK_WIDGET (dialog), "appraisals-start-dialog");
  kr_appraisal_start_dialog_start (dialog);
  g_assert_true (kr_appraisal_start_dialog_get_busy (dialog));
  kr_test_wait_until (is_done, dialog);
  g_assert_cmpuint (result[0], ==, count (fixture, &annual));
  g_assert_cmpuint (result[0], >, 0);
  g_assert_cmpuint (result[1], ==, 0);

  /* The page reads the list again once the dialog reports. */
  kr_appraisals_page_set_repositories (fixture->page, fixture->db, fixture->appraisals,
                                       fixture->employees, fixture->units);
  wait_for_list (fixture);
  g_assert_cmpstr (kr_appraisals_page_get_state (fixture->page), ==, "list");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int argc, char **argv)
{
  kr_test_ui_init (&argc, &argv);

  g_test_add ("/appraisals/page/lists", Fixture, GINT_TO_POINTER (TRUE), fixture_setup,
              test_page_lists, fixture_teardown);
  g_test_add ("/appraisals/page/filters", Fixture, GINT_TO_POINTER (TRUE), fixture_setup,
              test_page_filters, fixture_teardown);
  g_test_add ("/appraisals/editor/workflow", Fixture, GINT_TO_POINTER (TRUE), fixture_setup,
              test_editor_workflow, fixture_teardown);
  g_test_add ("/appraisals/editor/plan-validation", Fixture, GINT_TO_POINTER (TRUE), fixture_setup,
              test_editor_plan_validation, fixture_teardown);
  g_test_add ("/appraisals/review-queue", Fixture, GINT_TO_POINTER (TRUE), fixture_setup,
              test_review_queue, fixture_teardown);
  g_test_add ("/appraisals/bulk-start", Fixture, GINT_TO_POINTER (FALSE), fixture_setup,
              test_bulk_start, fixture_teardown);

  return g_test_run ();
}
