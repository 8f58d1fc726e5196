/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kr-employee-repository.h"
#include "kr-test-training-org.h"
#include "kr-test-ui.h"
#include "kr-training-budget-view.h"
#include "kr-training-compliance-model.h"
#include "kr-training-compliance-view.h"
#include "kr-training-mentoring-dialogs.h"
#include "kr-training-mentoring-view.h"
#include "kr-training-needs-view.h"
#include "kr-training-plan-dialog.h"

/* The four views of the Training section that ui-B owns, over a database file. */

typedef struct
{
  gint64 ani, budi, cici, dedi;
} People;

/* This year: Ani (PNS, BKPSDM) 19 JP, Budi (CPNS, Bidang Mutasi) none, Cici (PPPK, BKPSDM) 30,
 * over her limit of 24, Dedi (PNS, Dinas Kesehatan) 25. */
static void
add_people (UiFixture *fixture, People *people)
{
  Fixture *core = &fixture->core;
  g_autofree char *march = this_year (fixture, 3, 1);

  people->ani = add_employee (core, "Ani Lestari", "pns", core->p_bkpsdm, 32);
  people->budi = add_employee (core, "Budi Santoso", "cpns", core->p_mutasi, 31);
  people->cici = add_employee (core, "Cici Paramida", "pppk", core->p_bkpsdm, 109);
  people->dedi = add_employee (core, "Dedi Kurnia", "pns", core->p_dinkes, 33);
  add_record (core, people->ani, "Seminar Kepegawaian", march, 19);
  add_record (core, people->cici, "E-learning ASN", march, 30);
  add_record (core, people->dedi, "Diklat Fungsional", march, 25);
}

/* Waiting */

static gboolean
model_settled (gpointer data)
{
  KrPagedModel *model = data;

  return kr_paged_model_get_counted (model) && !kr_paged_model_get_loading (model);
}

static void
wait_for_model (KrTrainingComplianceView *view)
{
  kr_test_spin ();
  kr_test_wait_until (model_settled, kr_training_compliance_view_get_model (view));
}

static gboolean
budget_view_done (gpointer data)
{
  return !kr_training_budget_view_get_loading (data);
}

static gboolean
needs_view_done (gpointer data)
{
  return !kr_training_needs_view_get_loading (data);
}

static gboolean
mentoring_view_done (gpointer data)
{
  return !kr_training_mentoring_view_get_loading (data);
}

static gboolean
plan_dialog_done (gpointer data)
{
  return !kr_training_plan_dialog_get_loading (data);
}

static const KrComplianceRow *
compliance_row (KrTrainingComplianceView *view, guint position)
{
  g_autoptr (KrTrainingComplianceItem) item =
      g_list_model_get_item (kr_training_compliance_view_get_model (view), position);

  g_assert_nonnull (item);
  /* The model keeps the item. */
  return kr_training_compliance_item_get_row (item);
}

/* The action row titled @title under @widget. */
static AdwActionRow *
find_action_row (GtkWidget *widget, const char *title)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      AdwActionRow *found;

      if (ADW_IS_ACTION_ROW (c) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (c)), title) == 0)
        return ADW_ACTION_ROW (c);
      if ((found = find_action_row (c, title)) != NULL)
        return found;
    }
  return NULL;
}

/* Compliance */

static void
test_compliance_view (UiFixture *fixture, gconstpointer data)
{
  GtkWidget *widget = kr_training_compliance_view_new ();
  KrTrainingComplianceView *view = KR_TRAINING_COMPLIANCE_VIEW (widget);
  g_autoptr (KrTrainingComplianceItem) first = NULL;
  GtkWidget *window;
  People people;

  add_people (fixture, &people);
  window = show_in_window (widget, 1100, 700);
  kr_training_compliance_view_set_repositories (view, fixture->core.db, fixture->core.repo,
                                                fixture->units);
  wait_for_model (view);

  /* Below the duty or over the limit, the largest gap first: Budi 20, Ani 1, Cici over. */
  g_assert_cmpstr (kr_training_compliance_view_get_count_label (view), ==, "3 employees");
  g_assert_cmpint (compliance_row (view, 0)->employee_id, ==, people.budi);
  g_assert_cmpint (compliance_row (view, 1)->employee_id, ==, people.ani);
  g_assert_cmpint (compliance_row (view, 2)->employee_id, ==, people.cici);
  first = g_list_model_get_item (kr_training_compliance_view_get_model (view), 0);
  g_assert_cmpstr (kr_training_compliance_item_get_gap_text (first), ==, "20 JP short");
  g_assert_cmpstr (kr_training_compliance_item_get_duty_text (first), ==, "min 20");
  kr_test_settle (window);
  kr_test_save_screenshot (window, "training-compliance");

  /* Everyone: Dedi meets the duty. */
  kr_training_compliance_view_set_filter (view, 0, TRUE, fixture->year, FALSE, NULL);
  wait_for_model (view);
  g_assert_cmpstr (kr_training_compliance_view_get_count_label (view), ==, "4 employees");
  g_assert_cmpint (compliance_row (view, 3)->employee_id, ==, people.dedi);

  /* BKPSDM without the units below: not Budi of Bidang Mutasi. */
  kr_training_compliance_view_set_filter (view, fixture->core.bkpsdm, FALSE, fixture->year, TRUE,
                                          NULL);
  wait_for_model (view);
  g_assert_cmpstr (kr_training_compliance_view_get_count_label (view), ==, "2 employees");
  g_assert_cmpint (compliance_row (view, 0)->employee_id, ==, people.ani);
  kr_training_compliance_view_set_filter (view, fixture->core.bkpsdm, TRUE, fixture->year, TRUE,
                                          NULL);
  wait_for_model (view);
  g_assert_cmpstr (kr_training_compliance_view_get_count_label (view), ==, "3 employees");

  /* A search; then a year without JP, where the PNS and CPNS lack all 20. */
  kr_training_compliance_view_set_filter (view, 0, TRUE, fixture->year, FALSE, "Dedi");
  wait_for_model (view);
  g_assert_cmpstr (kr_training_compliance_view_get_count_label (view), ==, "1 employee");
  kr_training_compliance_view_set_filter (view, 0, TRUE, fixture->year - 1, TRUE, NULL);
  wait_for_model (view);
  g_assert_cmpstr (kr_training_compliance_view_get_count_label (view), ==, "3 employees");

  /* A record written elsewhere is followed. */
  kr_training_compliance_view_set_filter (view, 0, TRUE, fixture->year, TRUE, NULL);
  wait_for_model (view);
  {
    g_autoptr (KrTrainingRecord) record = kr_training_record_new ();
    g_autoptr (GError) error = NULL;

    record->employee_id = people.ani;
    record->title = g_strdup ("Bimtek SIASN");
    record->form = KR_TRAINING_FORM_BIMTEK;
    record->end_date = this_year (fixture, 4, 1);
    record->jp = 2;
    g_assert_true (kr_training_repository_save_record (fixture->core.repo, record, &error));
    g_assert_no_error (error);
  }
  wait_for_model (view);
  g_assert_cmpstr (kr_training_compliance_view_get_count_label (view), ==, "2 employees");
}

/* Budgets and the plan */

static void
on_plan_applied_cb (GtkWidget *dialog, guint n_nominated, guint *n_applied)
{
  *n_applied = n_nominated;
}

static gboolean
plan_applied (gpointer data)
{
  return *(guint *) data != G_MAXUINT;
}

static void
test_budget_view_and_plan (UiFixture *fixture, gconstpointer data)
{
  guint n_applied = G_MAXUINT;
  Fixture *core = &fixture->core;
  GtkWidget *widget = kr_training_budget_view_new ();
  KrTrainingBudgetView *view = KR_TRAINING_BUDGET_VIEW (widget);
  g_autofree char *start = this_year (fixture, 9, 1);
  g_autofree char *end = this_year (fixture, 9, 3);
  g_autoptr (GError) error = NULL;
  const KrTrainingBudget *budget;
  const KrTrainingPlan *plan;
  const KrPlanItem *item;
  AdwActionRow *row;
  GtkWidget *window, *dialog;
  gint64 course, session;
  People people;

  add_people (fixture, &people);
  /* 24 JP at Rp 2.500.000 a seat, two seats; Ani already has one, approved. */
  course = add_course (core, "Pelatihan Analis Kepegawaian", 24, 2500000);
  session = add_session (core, course, "Angkatan I", start, end, 2, 2500000, "open");
  g_assert_true (kr_training_repository_set_budget (core->repo, core->bkpsdm, fixture->year,
                                                    10000000, &error));
  g_assert_no_error (error);
  add_enrolment (core, session, people.ani, "approved", 0, core->bkpsdm);

  window = show_in_window (widget, 900, 700);
  kr_training_budget_view_set_repositories (view, core->db, core->repo, fixture->units);
  kr_test_wait_until (budget_view_done, view);
  g_assert_cmpuint (kr_training_budget_view_get_budgets (view)->len, ==, 1);
  budget = g_ptr_array_index (kr_training_budget_view_get_budgets (view), 0);
  g_assert_cmpint (budget->unit_id, ==, core->bkpsdm);
  g_assert_cmpint (budget->allocated, ==, 10000000);
  g_assert_cmpint (budget->committed, ==, 2500000);
  g_assert_cmpint (budget->available, ==, 7500000);
  row = find_action_row (widget, "BKPSDM");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==,
                   "Allocated Rp 10.000.000 · committed Rp 2.500.000 · spent Rp 0 · pending Rp 0");
  kr_test_save_screenshot (window, "training-budgets");

  /* Another year has none. */
  kr_training_budget_view_set_year (view, fixture->year + 1);
  kr_test_wait_until (budget_view_done, view);
  g_assert_cmpuint (kr_training_budget_view_get_budgets (view)->len, ==, 0);
  kr_training_budget_view_set_year (view, fixture->year);
  kr_test_wait_until (budget_view_done, view);

  /* Budi (CPNS, 20 JP short) takes the last seat; Ani's approved seat already covers her. */
  dialog = kr_training_plan_dialog_new (GTK_WINDOW (window), core->repo, core->bkpsdm, "BKPSDM",
                                        fixture->year);
  gtk_window_present (GTK_WINDOW (dialog));
  kr_test_wait_until (plan_dialog_done, dialog);
  plan = kr_training_plan_dialog_get_plan (KR_TRAINING_PLAN_DIALOG (dialog));
  g_assert_nonnull (plan);
  g_assert_cmpuint (plan->n_short, ==, 1);
  g_assert_cmpuint (plan->n_covered, ==, 1);
  g_assert_cmpuint (plan->n_uncovered, ==, 0);
  g_assert_cmpuint (plan->items->len, ==, 1);
  item = g_ptr_array_index (plan->items, 0);
  g_assert_cmpint (item->employee_id, ==, people.budi);
  g_assert_cmpint (item->session_id, ==, session);
  g_assert_cmpint (plan->total_cost, ==, 2500000);
  g_assert_cmpint (plan->budget_left, ==, 5000000);
  g_assert_nonnull (find_action_row (dialog, "Budi Santoso · 20 JP short"));
  g_assert_true (kr_training_plan_dialog_can_apply (KR_TRAINING_PLAN_DIALOG (dialog)));
  kr_test_settle (dialog);
  kr_test_save_screenshot (dialog, "training-plan");

  g_signal_connect (dialog, "applied", G_CALLBACK (on_plan_applied_cb), &n_applied);
  g_assert_true (kr_training_plan_dialog_apply (KR_TRAINING_PLAN_DIALOG (dialog)));
  /* Written in a worker: wait for the dialog to say so. */
  kr_test_wait_until (plan_applied, &n_applied);
  g_assert_cmpuint (n_applied, ==, 1);
  g_assert_cmpint (query_int (core,
                              "SELECT count(*) FROM training_enrolment WHERE session_id = %lld "
                              "AND employee_id = %lld AND state = 'nominated'",
                              (long long) session, (long long) people.budi),
                   ==, 1);
  /* The view follows: the nomination is pending on the budget. */
  kr_test_wait_until (budget_view_done, view);
  budget = g_ptr_array_index (kr_training_budget_view_get_budgets (view), 0);
  g_assert_cmpint (budget->pending, ==, 2500000);
}

/* Needs */

static void
add_evaluation (UiFixture *fixture,
                gint64 employee,
                guint year,
                const char *results,
                const char *behaviour,
                const char *predikat)
{
  Fixture *core = &fixture->core;

  exec_sql (core,
            "INSERT INTO appraisal (employee_id, year, cycle, period_start, period_end) VALUES "
            "(%lld, %u, 'quarterly', '%u-01-01', '%u-12-31')",
            (long long) employee, year, year, year);
  exec_sql (core,
            "INSERT INTO appraisal_evaluation (appraisal_id, period, state, results_rating, "
            "behaviour_rating, predikat) VALUES (%lld, 0, 'final', '%s', '%s', '%s')",
            (long long) last_id (core), results, behaviour, predikat);
}

static void
test_needs_view (UiFixture *fixture, gconstpointer data)
{
  Fixture *core = &fixture->core;
  GtkWidget *widget = kr_training_needs_view_new ();
  KrTrainingNeedsView *view = KR_TRAINING_NEEDS_VIEW (widget);
  guint last_year = fixture->year - 1;
  const KrTrainingNeed *need;
  GtkWidget *window;
  People people;

  add_people (fixture, &people);
  exec_sql (core, "INSERT INTO training_course (title, kind, type, form, jp, delivery, cost, "
                  "addresses_results) VALUES ('Manajemen Kinerja', 'classical', 'managerial', "
                  "'training', 16, 'in_person', 800000, 1)");
  add_evaluation (fixture, people.budi, last_year, "below", "as_expected", "butuh_perbaikan");
  add_evaluation (fixture, people.ani, last_year, "as_expected", "as_expected", "baik");

  window = show_in_window (widget, 900, 700);
  kr_training_needs_view_set_repositories (view, core->db, core->repo, fixture->units);
  kr_test_wait_until (needs_view_done, view);
  g_assert_cmpuint (kr_training_needs_view_get_needs (view)->len, ==, 1);
  need = g_ptr_array_index (kr_training_needs_view_get_needs (view), 0);
  g_assert_cmpint (need->employee_id, ==, people.budi);
  g_assert_true (need->results_below);
  g_assert_cmpuint (need->course_titles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (need->course_titles, 0), ==, "Manajemen Kinerja");
  kr_test_save_screenshot (window, "training-needs");

  /* This year has no final evaluation. */
  kr_training_needs_view_set_year (view, fixture->year);
  kr_test_spin ();
  kr_test_wait_until (needs_view_done, view);
  g_assert_cmpuint (kr_training_needs_view_get_needs (view)->len, ==, 0);
}

/* Mentoring */

static void
type_into (GtkWidget *widget, const char *title, const char *text)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      if (ADW_IS_ENTRY_ROW (c) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (c)), title) == 0)
        {
          gtk_editable_set_text (GTK_EDITABLE (c), text);
          return;
        }
      type_into (c, title, text);
    }
}

static void
test_mentoring_view (UiFixture *fixture, gconstpointer data)
{
  Fixture *core = &fixture->core;
  GtkWidget *widget = kr_training_mentoring_view_new ();
  KrTrainingMentoringView *view = KR_TRAINING_MENTORING_VIEW (widget);
  g_autofree char *start = this_year (fixture, 1, 10);
  g_autofree char *day = g_strdup_printf ("%u/02/%u", 15, fixture->year);
  g_autoptr (KrEmployeeRepository) employees = kr_employee_repository_new (core->db);
  const KrMentoring *pair;
  const KrMentorLoad *load;
  KrMentoring *edited;
  GtkWidget *window, *dialog;
  gint64 mentor;
  People people;

  add_people (fixture, &people);
  mentor = add_employee (core, "Zainal Mentor", "pns", core->p_bkpsdm, 41);
  window = show_in_window (widget, 900, 800);
  kr_training_mentoring_view_set_repositories (view, core->db, core->repo, fixture->units);
  kr_test_wait_until (mentoring_view_done, view);
  g_assert_cmpuint (kr_training_mentoring_view_get_pairs (view)->len, ==, 0);

  /* The pair editor names what is missing and saves once valid. */
  dialog = kr_mentoring_dialog_new (GTK_WINDOW (window), core->repo, employees, NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_nonnull (kr_mentoring_dialog_get_message (dialog));
  edited = kr_mentoring_dialog_get_mentoring (dialog);
  edited->mentor_id = mentor;
  edited->mentee_id = people.budi;
  type_into (dialog, "Start", start);
  type_into (dialog, "Goals", "");
  g_assert_nonnull (kr_mentoring_dialog_get_message (dialog));
  g_assert_true (g_str_has_prefix (kr_mentoring_dialog_get_message (dialog), "Goals"));
  type_into (dialog, "Goals", "Analisis jabatan dan beban kerja");
  g_assert_null (kr_mentoring_dialog_get_message (dialog));
  kr_test_save_screenshot (dialog, "training-mentoring-pair");
  g_assert_true (kr_mentoring_dialog_save (dialog));
  kr_test_spin ();
  kr_test_wait_until (mentoring_view_done, view);
  g_assert_cmpuint (kr_training_mentoring_view_get_pairs (view)->len, ==, 1);
  pair = g_ptr_array_index (kr_training_mentoring_view_get_pairs (view), 0);
  g_assert_cmpint (pair->mentee_id, ==, people.budi);

  /* Two sessions logged: 90 minutes at 45 minutes a JP is 2 JP. */
  kr_training_mentoring_view_select (view, pair->id);
  kr_test_wait_until (mentoring_view_done, view);
  pair = g_ptr_array_index (kr_training_mentoring_view_get_pairs (view), 0);
  dialog = kr_mentoring_session_dialog_new (GTK_WINDOW (window), core->repo, pair->id, NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (g_str_has_prefix (kr_mentoring_dialog_get_message (dialog), "Topic"));
  type_into (dialog, "Topic", "Anjab");
  type_into (dialog, "Date", day);
  g_assert_null (kr_mentoring_dialog_get_message (dialog));
  g_assert_cmpuint (kr_mentoring_session_dialog_get_session (dialog)->minutes, ==, 90);
  g_assert_true (kr_mentoring_dialog_save (dialog));
  kr_test_spin ();
  kr_test_wait_until (mentoring_view_done, view);
  g_assert_cmpuint (kr_training_mentoring_view_get_sessions (view)->len, ==, 1);

  /* A date before the pair began is refused by the repository, named in the dialog. */
  pair = g_ptr_array_index (kr_training_mentoring_view_get_pairs (view), 0);
  dialog = kr_mentoring_session_dialog_new (GTK_WINDOW (window), core->repo, pair->id, NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  type_into (dialog, "Topic", "Too early");
  type_into (dialog, "Date", "01-01-2001");
  g_assert_false (kr_mentoring_dialog_save (dialog));
  g_assert_nonnull (kr_mentoring_dialog_get_message (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_cmpuint (kr_training_mentoring_view_get_loads (view)->len, ==, 1);
  load = g_ptr_array_index (kr_training_mentoring_view_get_loads (view), 0);
  g_assert_cmpint (load->mentor_id, ==, mentor);
  g_assert_cmpuint (load->minutes_year, ==, 90);
  g_assert_nonnull (find_action_row (widget, "Zainal Mentor → Budi Santoso"));
  kr_test_settle (window);
  kr_test_save_screenshot (window, "training-mentoring");
}

int
main (int argc, char *argv[])
{
  kr_test_ui_init (&argc, &argv);

  g_test_add ("/training-views/compliance", UiFixture, NULL, ui_fixture_set_up,
              test_compliance_view, ui_fixture_tear_down);
  g_test_add ("/training-views/budgets-and-plan", UiFixture, NULL, ui_fixture_set_up,
              test_budget_view_and_plan, ui_fixture_tear_down);
  g_test_add ("/training-views/needs", UiFixture, NULL, ui_fixture_set_up, test_needs_view,
              ui_fixture_tear_down);
  g_test_add ("/training-views/mentoring", UiFixture, NULL, ui_fixture_set_up, test_mentoring_view,
              ui_fixture_tear_down);
  return g_test_run ();
}
