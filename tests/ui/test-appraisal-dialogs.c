/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kr-appraisal-repository.h"
#include "kr-appraisal-chart.h"
#include "kr-database-private.h"
#include "kr-database.h"
#include "kr-employee-profile.h"
#include "kr-employee-repository.h"
#include "kr-follow-up-dialog.h"
#include "kr-pp46-dialog.h"
#include "kr-skm-dialog.h"
#include "kr-test-ui.h"
#include "kr-test-utils.h"
#include "kr-unit-repository.h"
#include "kr-unit-results-dialog.h"

/* A unit (Bidang Mutasi, under BKPSDM, under the instansi) with five employees whose 2023
 * annual evaluations are written with SQL, as a loaded database holds them. */
typedef struct
{
  char *dir;
  KrDatabase *db;
  KrAppraisalRepository *repo;
  KrEmployeeRepository *employees;
  KrUnitRepository *units;
  gint64 root, bkpsdm, mutasi;
  gint64 staff[5];
} Fixture;

static void exec_sql (Fixture *fixture, const char *format, ...) G_GNUC_PRINTF (2, 3);

static void
exec_sql (Fixture *fixture, const char *format, ...)
{
  g_autofree char *sql = NULL;
  char *message = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  if (sqlite3_exec (_kr_database_get_handle (fixture->db), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static gint64
last_id (Fixture *fixture)
{
  return sqlite3_last_insert_rowid (_kr_database_get_handle (fixture->db));
}

static gint64
add_unit (Fixture *fixture, gint64 parent, const char *code, const char *name, const char *kind)
{
  if (parent == 0)
    exec_sql (fixture, "INSERT INTO unit (code, name, kind) VALUES ('%s', '%s', '%s')", code, name,
              kind);
  else
    exec_sql (fixture,
              "INSERT INTO unit (parent_id, code, name, kind) VALUES (%lld, '%s', '%s', '%s')",
              (long long) parent, code, name, kind);
  return last_id (fixture);
}

static gint64
add_employee (Fixture *fixture, const char *name, guint number, gboolean head)
{
  gint64 position, id;

  exec_sql (fixture,
            "INSERT INTO position (unit_id, name, kind, is_head) VALUES (%lld, 'Jabatan %u', "
            "'%s', %d)",
            (long long) fixture->mutasi, number, head ? "administrator" : "pelaksana", head);
  position = last_id (fixture);
  exec_sql (fixture,
            "INSERT INTO employee (nip, name, birth_date, gender, kind, tmt_cpns) VALUES "
            "('19800101201001%04u', '%s', '1980-01-01', 'F', 'pns', '2010-01-01')",
            number, name);
  id = last_id (fixture);
  exec_sql (fixture,
            "INSERT INTO rank_history (employee_id, golongan, promotion_kind, tmt) VALUES "
            "(%lld, 31, 'reguler', '2015-04-01')",
            (long long) id);
  exec_sql (fixture,
            "INSERT INTO position_history (employee_id, position_id, tmt) VALUES (%lld, %lld, "
            "'2015-01-01')",
            (long long) id, (long long) position);
  return id;
}

/* The annual evaluation of @year in @state with the ratings that give @predikat. */
static void
add_evaluation (Fixture *fixture,
                gint64 employee,
                guint year,
                const char *state,
                const char *results,
                const char *behaviour,
                KrPredikat predikat)
{
  exec_sql (fixture,
            "INSERT INTO appraisal (employee_id, year, cycle, period_start, period_end) VALUES "
            "(%lld, %u, 'quarterly', '%u-01-01', '%u-12-31')",
            (long long) employee, year, year, year);
  exec_sql (fixture,
            "INSERT INTO appraisal_evaluation (appraisal_id, period, state, results_rating, "
            "behaviour_rating, predikat) VALUES (%lld, 0, '%s', '%s', '%s', '%s')",
            (long long) last_id (fixture), state, results, behaviour,
            kr_predikat_get_code (predikat));
}

static void
fixture_setup (Fixture *fixture, gconstpointer data)
{
  const char *names[] = { "Kabid", "Siti Aminah", "Budi Santoso", "Dewi Lestari", "Eko Prasetyo" };
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;

  fixture->dir = kr_test_make_tmp_dir ("karier-appraisal-dialogs-XXXXXX");
  path = g_build_filename (fixture->dir, "karier.db", NULL);
  fixture->db = kr_database_open (path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  fixture->repo = kr_appraisal_repository_new (fixture->db);
  fixture->employees = kr_employee_repository_new (fixture->db);
  fixture->units = kr_unit_repository_new (fixture->db);

  fixture->root = add_unit (fixture, 0, "KOTA", "Pemerintah Kota Contoh", "instansi");
  fixture->bkpsdm = add_unit (fixture, fixture->root, "BKPSDM", "BKPSDM", "perangkat_daerah");
  fixture->mutasi = add_unit (fixture, fixture->bkpsdm, "MUT", "Bidang Mutasi", "bidang");
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    fixture->staff[i] = add_employee (fixture, names[i], i + 1, i == 0);
}

static void
fixture_teardown (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  kr_test_spin ();

  kr_test_finalize_object (fixture->repo);
  kr_test_finalize_object (fixture->employees);
  kr_test_finalize_object (fixture->units);
  kr_test_finalize_object (fixture->db);
  kr_test_ui_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* Looking into widgets */

static gpointer
child (gpointer widget, GType type, const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (object);
  return object;
}

/* The entry row of the form whose title is @title. */
static GtkWidget *
find_row (GtkWidget *widget, const char *title)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (ADW_IS_PREFERENCES_ROW (c) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (c)), title) == 0)
        return c;
      if ((found = find_row (c, title)) != NULL)
        return found;
    }
  return NULL;
}

static void
type_into (gpointer window, const char *title, const char *text)
{
  GtkWidget *row = find_row (GTK_WIDGET (window), title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

static const char *
row_title (GtkListBox *list, int index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, index);

  g_assert_nonnull (row);
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

static const char *
label_text (gpointer widget, GType type, const char *name)
{
  return gtk_label_get_label (child (widget, type, name));
}

static void
present (gpointer window)
{
  gtk_window_present (GTK_WINDOW (window));
  kr_test_settle (GTK_WIDGET (window));
}

/* Tests */

#define SAVE_ENABLED(dialog, type) gtk_widget_get_sensitive (child (dialog, type, "save_button"))

static void
test_pp46_dialog (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrEmployee) siti =
      kr_employee_repository_get (fixture->employees, fixture->staff[1], NULL);
  GtkWidget *dialog = kr_pp46_dialog_new (NULL, fixture->repo, siti, NULL);
  GtkWidget *behaviour_row = find_row (dialog, "Work Behaviour Score");
  const char *elements[] = { "Orientasi Pelayanan", "Integritas", "Komitmen", "Disiplin",
                             "Kerja Sama" };
  g_autoptr (GPtrArray) saved = NULL;
  const KrPp46Appraisal *record;
  GtkLabel *error_label;

  present (dialog);
  error_label = child (dialog, KR_TYPE_PP46_DIALOG, "error_label");
  /* Empty, the form names the first field it needs. */
  g_assert_false (SAVE_ENABLED (dialog, KR_TYPE_PP46_DIALOG));
  g_assert_cmpstr (gtk_label_get_label (error_label), ==, "SKP Score is required");

  type_into (dialog, "SKP Score", "8x");
  g_assert_false (SAVE_ENABLED (dialog, KR_TYPE_PP46_DIALOG));
  g_assert_cmpstr (gtk_label_get_label (error_label), ==, "SKP Score: “8x” is not a number");
  type_into (dialog, "SKP Score", "101");
  g_assert_cmpstr (gtk_label_get_label (error_label), ==, "SKP Score must be from 0.00 to 100.00");

  /* A typed behaviour score: 85 × 60% + 92 × 40% = 87.80, Baik. */
  type_into (dialog, "SKP Score", "85");
  g_assert_cmpstr (gtk_label_get_label (error_label), ==, "Work Behaviour Score is required");
  type_into (dialog, "Work Behaviour Score", "92");
  g_assert_true (SAVE_ENABLED (dialog, KR_TYPE_PP46_DIALOG));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_cmpstr (label_text (dialog, KR_TYPE_PP46_DIALOG, "score_label"), ==, "87.80 · Baik");

  /* The elements replace it with their average: (90 + 95 + 96 + 94 + 95) / 5 = 94; with a
   * decimal comma as written in Indonesian. 85 × 60% + 94 × 40% = 88.60. */
  type_into (dialog, elements[0], "90");
  type_into (dialog, elements[1], "95");
  type_into (dialog, elements[2], "96");
  type_into (dialog, elements[3], "94");
  type_into (dialog, elements[4], "95,0");
  g_assert_false (gtk_widget_get_sensitive (behaviour_row));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (behaviour_row)), ==, "94.00");
  g_assert_cmpstr (label_text (dialog, KR_TYPE_PP46_DIALOG, "score_label"), ==, "88.60 · Baik");
  type_into (dialog, "SKP Score", "95");
  g_assert_cmpstr (label_text (dialog, KR_TYPE_PP46_DIALOG, "score_label"), ==,
                   "94.60 · Sangat Baik");

  /* A bad element is named. */
  type_into (dialog, elements[1], "120");
  g_assert_false (SAVE_ENABLED (dialog, KR_TYPE_PP46_DIALOG));
  g_assert_cmpstr (gtk_label_get_label (error_label), ==, "Integritas must be from 0.00 to 100.00");
  g_assert_cmpstr (label_text (dialog, KR_TYPE_PP46_DIALOG, "score_label"), ==, "—");
  g_assert_true (gtk_widget_has_css_class (find_row (dialog, "Integritas"), "error"));
  type_into (dialog, elements[1], "95");
  g_assert_false (gtk_widget_has_css_class (find_row (dialog, "Integritas"), "error"));
  /* Kepemimpinan only for a structural position (Siti is pelaksana). */
  g_assert_false (gtk_widget_get_visible (find_row (dialog, "Kepemimpinan")));
  type_into (dialog, "Appraiser", "Drs. Kabid");
  kr_test_save_screenshot (dialog, "pp46-dialog");

  g_assert_true (gtk_widget_activate_action (dialog, "pp46.save", NULL));
  kr_test_spin ();
  saved = kr_appraisal_repository_list_pp46 (fixture->repo, fixture->staff[1], NULL);
  g_assert_nonnull (saved);
  g_assert_cmpuint (saved->len, ==, 1);
  record = g_ptr_array_index (saved, 0);
  g_assert_cmpuint (record->year, ==, 2021);
  g_assert_cmpfloat_with_epsilon (record->skp_score, 95, 1e-9);
  g_assert_cmpfloat_with_epsilon (record->behaviour[1], 95, 1e-9);
  g_assert_cmpfloat (record->behaviour[5], <, 0);
  g_assert_cmpfloat_with_epsilon (record->behaviour_score, 94, 1e-9);
  g_assert_cmpstr (record->appraiser_name, ==, "Drs. Kabid");
}

static void
test_skm_dialog (Fixture *fixture, gconstpointer data)
{
  GtkWidget *dialog = kr_skm_dialog_new (NULL, fixture->repo, fixture->mutasi, 2023, 0);
  g_autoptr (KrSkmSurvey) survey = NULL;
  GtkLabel *error_label;

  present (dialog);
  error_label = child (dialog, KR_TYPE_SKM_DIALOG, "error_label");
  g_assert_null (kr_skm_dialog_get_survey (KR_SKM_DIALOG (dialog)));
  g_assert_false (SAVE_ENABLED (dialog, KR_TYPE_SKM_DIALOG));
  g_assert_cmpstr (gtk_label_get_label (error_label), ==, "Respondents is required");
  type_into (dialog, "Respondents", "0");
  g_assert_cmpstr (gtk_label_get_label (error_label), ==, "Respondents must be at least 1");
  type_into (dialog, "Respondents", "120");

  /* Every element 3.5: IKM 87.50, B. */
  for (guint i = 0; i < KR_SKM_N_ELEMENTS; i++)
    type_into (dialog, kr_skm_element_get_label (i), "3.5");
  g_assert_true (SAVE_ENABLED (dialog, KR_TYPE_SKM_DIALOG));
  g_assert_cmpstr (label_text (dialog, KR_TYPE_SKM_DIALOG, "ikm_label"), ==, "87.50");
  g_assert_cmpstr (label_text (dialog, KR_TYPE_SKM_DIALOG, "category_label"), ==, "B (Baik)");

  /* One element at 4: (8 × 3.5 + 4) / 9 × 25 = 88.89, A. */
  type_into (dialog, kr_skm_element_get_label (8), "4");
  g_assert_cmpstr (label_text (dialog, KR_TYPE_SKM_DIALOG, "ikm_label"), ==, "88.89");
  g_assert_cmpstr (label_text (dialog, KR_TYPE_SKM_DIALOG, "category_label"), ==,
                   "A (Sangat Baik)");

  /* Out of 1 to 4, the element is named and nothing is computed. */
  type_into (dialog, kr_skm_element_get_label (0), "4.5");
  g_assert_false (SAVE_ENABLED (dialog, KR_TYPE_SKM_DIALOG));
  g_assert_cmpstr (label_text (dialog, KR_TYPE_SKM_DIALOG, "ikm_label"), ==, "—");
  g_assert_true (
      g_str_has_prefix (gtk_label_get_label (error_label), kr_skm_element_get_label (0)));
  type_into (dialog, kr_skm_element_get_label (0), "3.5");
  kr_test_save_screenshot (dialog, "skm-dialog");

  g_assert_true (gtk_widget_activate_action (dialog, "skm.save", NULL));
  survey = kr_appraisal_repository_find_skm (fixture->repo, fixture->mutasi, 2023, NULL);
  g_assert_nonnull (survey);
  g_assert_cmpuint (survey->respondents, ==, 120);
  g_assert_cmpfloat_with_epsilon (survey->nrr[8], 4, 1e-9);
}

static gboolean
unit_results_loaded (gpointer data)
{
  return !kr_unit_results_dialog_get_loading (data);
}

static void
test_unit_results_dialog (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) problems = NULL;
  GtkWidget *dialog;
  GtkListBox *list;
  KrAppraisalChart *chart;

  /* Four of five Sangat Baik in a unit whose result is Butuh Perbaikan. */
  for (guint i = 0; i < 4; i++)
    add_evaluation (fixture, fixture->staff[i], 2023, "final", "above", "above",
                    KR_PREDIKAT_SANGAT_BAIK);
  add_evaluation (fixture, fixture->staff[4], 2023, "reviewed", "as_expected", "as_expected",
                  KR_PREDIKAT_BAIK);
  g_assert_true (kr_appraisal_repository_set_organisation_result (
      fixture->repo, fixture->mutasi, 2023, 0, KR_ORGANISATION_RESULT_BUTUH_PERBAIKAN, NULL));
  problems =
      kr_appraisal_repository_check_distribution (fixture->repo, fixture->mutasi, 2023, 0, NULL);
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, >, 0);

  dialog = kr_unit_results_dialog_new (NULL, fixture->repo, fixture->mutasi, 2023, 0);
  present (dialog);
  kr_test_wait_until (unit_results_loaded, dialog);

  chart = child (dialog, KR_TYPE_UNIT_RESULTS_DIALOG, "chart");
  g_assert_cmpint (kr_appraisal_chart_get_mode (chart), ==, KR_APPRAISAL_CHART_MODE_DISTRIBUTION);
  g_assert_cmpstr (kr_appraisal_chart_get_description (chart), ==,
                   "Sangat Kurang 0, Kurang/Misconduct 0, Butuh Perbaikan 0, Baik 1, "
                   "Sangat Baik 4");
  g_assert_cmpuint (
      adw_combo_row_get_selected (child (dialog, KR_TYPE_UNIT_RESULTS_DIALOG, "result_row")), ==,
      3);
  list = child (dialog, KR_TYPE_UNIT_RESULTS_DIALOG, "problems_list");
  g_assert_cmpuint (count_rows (list), ==, problems->len);
  for (guint i = 0; i < problems->len; i++)
    {
      const KrDistributionProblem *problem = g_ptr_array_index (problems, i);
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, i);

      g_assert_cmpstr (row_title (list, i), ==, problem->rule);
      g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, problem->detail);
    }
  g_assert_cmpstr (label_text (dialog, KR_TYPE_UNIT_RESULTS_DIALOG, "ikm_label"), ==, "—");
  kr_test_save_screenshot (dialog, "unit-results-dialog");

  /* Choosing Istimewa saves it, and the dialog reads again. */
  adw_combo_row_set_selected (child (dialog, KR_TYPE_UNIT_RESULTS_DIALOG, "result_row"), 1);
  kr_test_wait_until (unit_results_loaded, dialog);
  {
    gboolean has = FALSE;
    KrOrganisationResult result = 0;
    g_autoptr (GPtrArray) now = NULL;

    g_assert_true (kr_appraisal_repository_get_organisation_result (fixture->repo, fixture->mutasi,
                                                                    2023, 0, &has, &result, NULL));
    g_assert_true (has);
    g_assert_cmpint (result, ==, KR_ORGANISATION_RESULT_ISTIMEWA);
    now =
        kr_appraisal_repository_check_distribution (fixture->repo, fixture->mutasi, 2023, 0, NULL);
    if (now->len == 0)
      g_assert_cmpstr (row_title (list, 0), ==, "The distribution keeps the rules");
    else
      g_assert_cmpstr (row_title (list, 0), ==,
                       ((KrDistributionProblem *) g_ptr_array_index (now, 0))->rule);
  }
}

static gboolean
follow_up_loaded (gpointer data)
{
  return !kr_follow_up_dialog_get_loading (data);
}

static void
test_follow_up_dialog (Fixture *fixture, gconstpointer data)
{
  GtkWidget *dialog;

  add_evaluation (fixture, fixture->staff[0], 2023, "final", "above", "above",
                  KR_PREDIKAT_SANGAT_BAIK);
  add_evaluation (fixture, fixture->staff[1], 2023, "final", "above", "above",
                  KR_PREDIKAT_SANGAT_BAIK);
  add_evaluation (fixture, fixture->staff[2], 2023, "final", "below", "as_expected",
                  KR_PREDIKAT_BUTUH_PERBAIKAN);
  add_evaluation (fixture, fixture->staff[3], 2023, "final", "below", "below",
                  KR_PREDIKAT_SANGAT_KURANG);
  /* Not final: on no list. */
  add_evaluation (fixture, fixture->staff[4], 2023, "reviewed", "above", "above",
                  KR_PREDIKAT_SANGAT_BAIK);

  dialog = kr_follow_up_dialog_new (NULL, fixture->repo, fixture->mutasi, 2023, 0);
  present (dialog);
  kr_test_wait_until (follow_up_loaded, dialog);
  g_assert_cmpuint (
      kr_follow_up_dialog_get_count (KR_FOLLOW_UP_DIALOG (dialog), KR_FOLLOW_UP_RECOGNITION), ==,
      2);
  g_assert_cmpuint (
      kr_follow_up_dialog_get_count (KR_FOLLOW_UP_DIALOG (dialog), KR_FOLLOW_UP_DEVELOPMENT), ==,
      2);
  kr_test_save_screenshot (dialog, "follow-up-dialog");
}

static gboolean
profile_loaded (gpointer data)
{
  return !kr_employee_profile_get_performance_loading (data);
}

static void
test_profile_performance (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrPp46Appraisal) record = g_new0 (KrPp46Appraisal, 1);
  GtkWidget *window = adw_window_new ();
  GtkWidget *profile = kr_employee_profile_new (fixture->employees, fixture->units);
  AdwViewStack *stack;
  GtkListBox *list;
  KrAppraisalChart *chart;

  add_evaluation (fixture, fixture->staff[1], 2022, "final", "as_expected", "as_expected",
                  KR_PREDIKAT_BAIK);
  add_evaluation (fixture, fixture->staff[1], 2023, "final", "above", "above",
                  KR_PREDIKAT_SANGAT_BAIK);
  add_evaluation (fixture, fixture->staff[1], 2024, "submitted", "above", "above",
                  KR_PREDIKAT_SANGAT_BAIK);
  record->employee_id = fixture->staff[1];
  record->year = 2019;
  record->skp_score = 85;
  for (guint i = 0; i < KR_PP46_N_BEHAVIOURS; i++)
    record->behaviour[i] = -1;
  record->behaviour_score = 80;
  record->id = kr_appraisal_repository_save_pp46 (fixture->repo, record, NULL);
  g_assert_cmpint (record->id, >, 0);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 860);
  adw_window_set_content (ADW_WINDOW (window), profile);
  kr_employee_profile_set_appraisal_repository (KR_EMPLOYEE_PROFILE (profile), fixture->repo);
  kr_employee_profile_set_employee_id (KR_EMPLOYEE_PROFILE (profile), fixture->staff[1]);
  stack = child (profile, KR_TYPE_EMPLOYEE_PROFILE, "view_stack");
  adw_view_stack_set_visible_child_name (stack, "performance");
  present (window);
  kr_test_wait_until (profile_loaded, profile);

  chart = child (profile, KR_TYPE_EMPLOYEE_PROFILE, "trend_chart");
  g_assert_cmpuint (kr_appraisal_chart_get_n_points (chart), ==, 3);
  g_assert_cmpstr (kr_appraisal_chart_get_description (chart), ==,
                   "2019 Baik (83.00), 2022 Baik, 2023 Sangat Baik");
  list = child (profile, KR_TYPE_EMPLOYEE_PROFILE, "appraisal_list");
  /* 2024 (not final yet), 2023, 2022, then the PP 46/2011 year. */
  g_assert_cmpuint (count_rows (list), ==, 4);
  g_assert_cmpstr (row_title (list, 0), ==, "2024 · SKP");
  g_assert_cmpstr (row_title (list, 3), ==, "2019 · PP 46/2011");
  g_assert_true (
      gtk_widget_get_visible (child (profile, KR_TYPE_EMPLOYEE_PROFILE, "add_pp46_button")));
  kr_test_save_screenshot (window, "profile-performance");

  /* Deleting the PP 46/2011 year takes its point off the chart; Undo puts it back. */
  g_assert_true (gtk_widget_activate_action (profile, "profile.delete-pp46", "x", record->id));
  kr_test_wait_until (profile_loaded, profile);
  g_assert_cmpuint (kr_appraisal_chart_get_n_points (chart), ==, 2);
  g_assert_cmpuint (count_rows (list), ==, 3);
  g_assert_true (gtk_widget_activate_action (profile, "profile.undo-delete-pp46", NULL));
  kr_test_wait_until (profile_loaded, profile);
  g_assert_cmpuint (kr_appraisal_chart_get_n_points (chart), ==, 3);
}

int
main (int argc, char *argv[])
{
  kr_test_ui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/appraisal-dialogs/pp46", test_pp46_dialog);
  ADD ("/appraisal-dialogs/skm", test_skm_dialog);
  ADD ("/appraisal-dialogs/unit-results", test_unit_results_dialog);
  ADD ("/appraisal-dialogs/follow-up", test_follow_up_dialog);
  ADD ("/appraisal-dialogs/profile-performance", test_profile_performance);
#undef ADD

  return g_test_run ();
}
