/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kr-date.h"
#include "kr-demo.h"
#include "kr-error.h"
#include "kr-test-ui.h"
#include "kr-test-utils.h"
#include "kr-training-catalogue-private.h"
#include "kr-training-course-editor-private.h"
#include "kr-training-item.h"
#include "kr-training-nominate-dialog.h"
#include "kr-print-operation.h"
#include "kr-training-page.h"
#include "kr-training-print.h"
#include "kr-training-session-editor-private.h"
#include "kr-training-session-view-private.h"

#define N_EMPLOYEES 40

typedef struct
{
  char *dir;
  KrDatabase *db;
  KrTrainingRepository *training;
  KrEmployeeRepository *employees;
  KrUnitRepository *units;
  GtkWindow *window;
  KrTrainingPage *page;
  KrTrainingCatalogue *catalogue;
  guint year;
} Fixture;

static void
fixture_setup (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;
  KrDemoOptions options = { 0 };
  GDate today;

  fixture->dir = kr_test_make_tmp_dir ("karier-training-XXXXXX");
  path = g_build_filename (fixture->dir, "karier.db", NULL);
  fixture->db = kr_database_open (path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  options.n_employees = N_EMPLOYEES;
  options.seed = 5;
  options.appraisals = KR_DEMO_APPRAISALS_NONE;
  g_assert_true (kr_demo_generate (fixture->db, &options, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  fixture->training = kr_training_repository_new (fixture->db);
  fixture->employees = kr_employee_repository_new (fixture->db);
  fixture->units = kr_unit_repository_new (fixture->db);
  kr_date_today (NULL, &today);
  fixture->year = g_date_get_year (&today);

  fixture->page = KR_TRAINING_PAGE (kr_training_page_new ());
  fixture->catalogue = kr_training_page_get_catalogue (fixture->page);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  /* @data: the window's width (1300 unless given) */
  gtk_window_set_default_size (fixture->window, data != NULL ? GPOINTER_TO_INT (data) : 1300, 800);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  kr_training_page_set_repositories (fixture->page, fixture->db, fixture->training,
                                     fixture->employees, fixture->units);
  gtk_window_present (fixture->window);
  kr_test_spin ();
}

static void
fixture_teardown (Fixture *fixture, gconstpointer data)
{
  gtk_window_destroy (fixture->window);
  kr_test_spin ();
  kr_test_finalize_object (fixture->training);
  kr_test_finalize_object (fixture->employees);
  kr_test_finalize_object (fixture->units);
  kr_test_finalize_object (fixture->db);
  kr_test_ui_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* A course straight through the repository, for the tests that start from one. */
static gint64
add_course (Fixture *fixture, const char *title, gint64 cost)
{
  g_autoptr (KrCourse) course = kr_course_new ();
  g_autoptr (GError) error = NULL;

  course->title = g_strdup (title);
  course->form = KR_TRAINING_FORM_BIMTEK;
  course->kind = kr_training_form_get_kind (course->form);
  course->type = KR_COMPETENCE_TYPE_TECHNICAL;
  course->jp = 24;
  course->cost = cost;
  g_assert_true (kr_training_repository_save_course (fixture->training, course, &error));
  g_assert_no_error (error);
  g_assert_cmpint (course->id, >, 0);
  kr_training_catalogue_reload (fixture->catalogue);
  return course->id;
}

static void
type (gpointer editable, const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
}

static KrCourse *
find_course (Fixture *fixture, const char *search)
{
  g_autoptr (GPtrArray) courses = NULL;
  g_autoptr (GError) error = NULL;

  courses = kr_training_repository_list_courses (fixture->training, search, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (courses->len, ==, 1);
  return kr_course_copy (g_ptr_array_index (courses, 0));
}

static void
test_create_course (Fixture *fixture, gconstpointer data)
{
  KrTrainingCourseEditor *editor = kr_training_catalogue_new_course (fixture->catalogue);
  g_autoptr (KrCourse) course = NULL;
  g_autoptr (GError) error = NULL;
  KrTrainingCourseEditor *again;
  guint n_before =
      g_list_model_get_n_items (kr_training_catalogue_get_courses (fixture->catalogue));

  g_assert_nonnull (editor);
  g_assert_true (g_str_equal (kr_training_page_get_view (fixture->page), "catalogue"));
  /* An empty form: the title is missing and Save stays disabled. */
  g_assert_false (kr_training_course_editor_is_valid (editor));
  g_assert_false (gtk_widget_get_sensitive (editor->save_button));
  g_assert_nonnull (strstr (kr_training_course_editor_get_problem (editor), "Title"));

  type (editor->title_row, "Bimtek Uji Coba Katalog Karier");
  adw_combo_row_set_selected (editor->form_row, KR_TRAINING_FORM_BIMTEK);
  gtk_spin_button_set_value (editor->jp_spin, 24);
  type (editor->provider_row, "ANRI");
  /* Money typed badly names the field and marks the row. */
  type (editor->cost_row, "satu juta");
  g_assert_false (kr_training_course_editor_is_valid (editor));
  g_assert_nonnull (strstr (kr_training_course_editor_get_problem (editor), "Cost"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (editor->cost_row), "error"));
  /* So does an amount past KR_TRAINING_MAX_RUPIAH (the core's limit), and JP 0. */
  type (editor->cost_row, "Rp 99.999.999.999.999");
  g_assert_false (kr_training_course_editor_is_valid (editor));
  g_assert_false (gtk_widget_get_sensitive (editor->save_button));
  g_assert_true (g_str_has_prefix (kr_training_course_editor_get_problem (editor), "Cost:"));
  type (editor->cost_row, "Rp 1.250.000");
  gtk_spin_button_set_value (editor->jp_spin, 0);
  g_assert_false (kr_training_course_editor_is_valid (editor));
  g_assert_true (g_str_has_prefix (kr_training_course_editor_get_problem (editor), "JP:"));
  gtk_spin_button_set_value (editor->jp_spin, 24);
  g_assert_true (kr_training_course_editor_is_valid (editor));
  g_assert_true (gtk_widget_get_sensitive (editor->save_button));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (editor->cost_row), "error"));
  /* A leadership course names its programme. */
  adw_combo_row_set_selected (editor->type_row, KR_COMPETENCE_TYPE_LEADERSHIP);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor->programme_row)));
  adw_combo_row_set_selected (editor->type_row, KR_COMPETENCE_TYPE_TECHNICAL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor->programme_row)));
  gtk_check_button_set_active (editor->behaviour_checks[1], TRUE);
  kr_test_settle (GTK_WIDGET (editor));
  kr_test_save_screenshot (GTK_WIDGET (editor), "training-course-editor");

  g_assert_true (kr_training_course_editor_save (editor, &error));
  g_assert_no_error (error);
  kr_test_spin ();

  course = find_course (fixture, "Uji Coba Katalog");
  g_assert_cmpstr (course->title, ==, "Bimtek Uji Coba Katalog Karier");
  g_assert_cmpint (course->form, ==, KR_TRAINING_FORM_BIMTEK);
  g_assert_cmpint (course->kind, ==, KR_TRAINING_KIND_CLASSICAL);
  g_assert_cmpuint (course->jp, ==, 24);
  g_assert_cmpint (course->cost, ==, 1250000);
  g_assert_cmpstr (course->provider, ==, "ANRI");
  g_assert_cmpuint (course->behaviours, ==, 1u << 2);
  /* The list shows it, chosen. */
  g_assert_cmpuint (
      g_list_model_get_n_items (kr_training_catalogue_get_courses (fixture->catalogue)), ==,
      n_before + 1);
  g_assert_cmpint (kr_training_catalogue_get_course_id (fixture->catalogue), ==, course->id);

  /* The same title again is refused, and the editor stays open saying why. */
  again = kr_training_catalogue_new_course (fixture->catalogue);
  type (again->title_row, "Bimtek Uji Coba Katalog Karier");
  g_assert_true (kr_training_course_editor_is_valid (again));
  g_assert_false (kr_training_course_editor_save (again, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_CONFLICT);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (again)));
  g_assert_nonnull (kr_training_course_editor_get_problem (again));
  gtk_window_destroy (GTK_WINDOW (again));

  /* The search narrows the list. */
  type (fixture->catalogue->search_entry, "Uji Coba Katalog");
  g_signal_emit_by_name (fixture->catalogue->search_entry, "search-changed");
  g_assert_cmpuint (
      g_list_model_get_n_items (kr_training_catalogue_get_courses (fixture->catalogue)), ==, 1);
  type (fixture->catalogue->search_entry, "no course is called this");
  g_signal_emit_by_name (fixture->catalogue->search_entry, "search-changed");
  g_assert_cmpstr (kr_training_catalogue_get_state (fixture->catalogue), ==, "no-results");
}

static gint64
course_cost (Fixture *fixture, gint64 course_id)
{
  g_autoptr (KrCourse) course =
      kr_training_repository_get_course (fixture->training, course_id, NULL);

  g_assert_nonnull (course);
  return course->cost;
}

static gint64
add_session (Fixture *fixture, gint64 course_id)
{
  KrTrainingSessionEditor *editor;
  g_autoptr (GError) error = NULL;
  g_autofree char *start = g_strdup_printf ("%u-11-02", fixture->year);
  g_autofree char *end = g_strdup_printf ("%u-11-04", fixture->year);
  g_autofree char *cost = NULL;
  GPtrArray *sessions;
  KrTrainingSession *session;

  g_assert_true (kr_training_catalogue_select_course (fixture->catalogue, course_id));
  editor = kr_training_catalogue_new_session (fixture->catalogue);
  g_assert_nonnull (editor);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor->name_row)), ==, "Angkatan 1");
  /* No dates yet. */
  g_assert_false (kr_training_session_editor_is_valid (editor));
  type (editor->start_row, start);
  type (editor->end_row, "kemarin");
  g_assert_false (kr_training_session_editor_is_valid (editor));
  g_assert_nonnull (strstr (kr_training_session_editor_get_problem (editor), "End date"));
  type (editor->end_row, end);
  type (editor->place_row, "Aula BKPSDM");
  /* No seats, or a cost past the core's limit: refused, naming the field. */
  cost = g_strdup (gtk_editable_get_text (GTK_EDITABLE (editor->cost_row)));
  gtk_spin_button_set_value (editor->capacity_spin, 0);
  g_assert_false (kr_training_session_editor_is_valid (editor));
  g_assert_true (g_str_has_prefix (kr_training_session_editor_get_problem (editor), "Capacity:"));
  gtk_spin_button_set_value (editor->capacity_spin, 1);
  type (editor->cost_row, "Rp 99.999.999.999.999");
  g_assert_false (kr_training_session_editor_is_valid (editor));
  g_assert_true (g_str_has_prefix (kr_training_session_editor_get_problem (editor), "Cost:"));
  type (editor->cost_row, cost);
  g_assert_true (kr_training_session_editor_is_valid (editor));
  g_assert_true (kr_training_session_editor_save (editor, &error));
  g_assert_no_error (error);
  kr_test_spin ();

  sessions = kr_training_catalogue_get_sessions (fixture->catalogue);
  g_assert_nonnull (sessions);
  g_assert_cmpuint (sessions->len, ==, 1);
  session = g_ptr_array_index (sessions, 0);
  g_assert_cmpstr (session->name, ==, "Angkatan 1");
  g_assert_cmpstr (session->start_date, ==, start);
  g_assert_cmpstr (session->end_date, ==, end);
  g_assert_cmpstr (session->place, ==, "Aula BKPSDM");
  g_assert_cmpuint (session->capacity, ==, 1);
  /* The course's cost to start with */
  g_assert_cmpint (session->cost, ==, course_cost (fixture, course_id));
  return session->id;
}

static void
on_nominated_cb (KrTrainingNominateDialog *dialog, guint n, guint skipped, guint *result)
{
  result[0] = n;
  result[1] = skipped;
  result[2] = TRUE;
}

static gboolean
is_idle (gpointer dialog)
{
  return !kr_training_nominate_dialog_get_busy (dialog);
}

static gboolean
is_done (gpointer result)
{
  return ((guint *) result)[2];
}

static GArray *
active_employees (Fixture *fixture)
{
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
  g_autoptr (GError) error = NULL;
  GArray *ids = kr_training_repository_list_query_employees (fixture->training, query, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, >=, 2);
  return ids;
}

static GPtrArray *
list_enrolments (Fixture *fixture, gint64 session_id)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *enrolments =
      kr_training_repository_list_enrolments (fixture->training, session_id, &error);

  g_assert_no_error (error);
  return enrolments;
}

/* The dialog of @type that an action opened over the window. */
static gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  g_assert_not_reached ();
}

static AdwMessageDialog *
find_message_dialog (Fixture *fixture)
{
  return ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

/* Answers @dialog as its button would, and checks that no error followed. */
static void
respond (AdwMessageDialog *dialog, const char *response)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  kr_test_spin ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window))
        g_error ("%s: %s", adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)),
                 adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (window)));
    }
}

static void
nominate_two (Fixture *fixture, gint64 session_id, GArray *ids)
{
  g_autoptr (GError) error = NULL;
  guint result[3] = { 0 };
  KrTrainingNominateDialog *dialog;
  GPtrArray *problems;
  gboolean capacity = FALSE;

  /* The session view's Nominate button opens the dialog. */
  g_assert_true (gtk_widget_activate_action (
      GTK_WIDGET (kr_training_catalogue_get_session_view (fixture->catalogue)), "session.nominate",
      NULL));
  dialog = KR_TRAINING_NOMINATE_DIALOG (find_toplevel (KR_TYPE_TRAINING_NOMINATE_DIALOG));
  g_signal_connect (dialog, "nominated", G_CALLBACK (on_nominated_cb), result);
  kr_training_nominate_dialog_add_employee (dialog, g_array_index (ids, gint64, 0));
  kr_training_nominate_dialog_add_employee (dialog, g_array_index (ids, gint64, 1));
  kr_test_wait_until (is_idle, dialog);

  /* Two for one seat: the capacity problem, which a reason may override. */
  g_assert_cmpuint (kr_training_nominate_dialog_get_employee_ids (dialog)->len, ==, 2);
  problems = kr_training_nominate_dialog_get_problems (dialog);
  for (guint i = 0; i < problems->len; i++)
    if (((KrEnrolmentProblem *) g_ptr_array_index (problems, i))->kind ==
        KR_ENROLMENT_PROBLEM_CAPACITY)
      capacity = TRUE;
  g_assert_true (capacity);
  g_assert_false (kr_training_nominate_dialog_can_nominate (dialog));
  kr_test_settle (GTK_WIDGET (dialog));
  kr_test_save_screenshot (GTK_WIDGET (dialog), "training-nominate");
  kr_training_nominate_dialog_set_override_reason (dialog, "Diminta kepala dinas");
  g_assert_true (kr_training_nominate_dialog_can_nominate (dialog));
  kr_training_nominate_dialog_nominate (dialog);
  kr_test_wait_until (is_done, result);
  g_assert_cmpuint (result[0], ==, 2);
  g_assert_cmpuint (result[1], ==, 0);
}

static void
select_all (Fixture *fixture)
{
  KrTrainingSessionView *view = kr_training_catalogue_get_session_view (fixture->catalogue);

  gtk_selection_model_select_all (
      GTK_SELECTION_MODEL (kr_training_session_view_get_selection (view)));
}

static void
select_employee (Fixture *fixture, gint64 employee_id)
{
  KrTrainingSessionView *view = kr_training_catalogue_get_session_view (fixture->catalogue);
  GListModel *model = G_LIST_MODEL (kr_training_session_view_get_selection (view));

  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (model));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (KrTrainingItem) item = g_list_model_get_item (model, i);

      if (((KrEnrolment *) kr_training_item_get_value (item))->employee_id == employee_id)
        gtk_selection_model_select_item (GTK_SELECTION_MODEL (model), i, TRUE);
    }
}

static KrEnrolment *
enrolment_of (GPtrArray *enrolments, gint64 employee_id)
{
  for (guint i = 0; i < enrolments->len; i++)
    if (((KrEnrolment *) g_ptr_array_index (enrolments, i))->employee_id == employee_id)
      return g_ptr_array_index (enrolments, i);
  g_assert_not_reached ();
}

static void
print_participants (Fixture *fixture, gint64 session_id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrPrintOperation) operation = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "peserta.pdf", NULL);
  g_autofree char *contents = NULL;
  KrDocument *document;
  gsize length = 0;

  document = kr_training_print_new_participants (fixture->training, session_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  operation = kr_print_operation_new_for_document (NULL, document, NULL);
  g_assert_true (kr_print_operation_export_pdf (operation, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kr_print_operation_get_n_pages (operation), >=, 1);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
}

static void
test_session_workflow (Fixture *fixture, gconstpointer data)
{
  gint64 course_id = add_course (fixture, "Pelatihan Uji Alur Sesi", 750000);
  gint64 session_id = add_session (fixture, course_id);
  g_autoptr (GArray) ids = active_employees (fixture);
  gint64 first = g_array_index (ids, gint64, 0);
  gint64 second = g_array_index (ids, gint64, 1);
  KrTrainingSessionView *view = kr_training_catalogue_get_session_view (fixture->catalogue);
  g_autoptr (GPtrArray) enrolments = NULL;
  g_autoptr (GArray) years = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *certificate_date = g_strdup_printf ("%u-11-05", fixture->year);
  AdwMessageDialog *dialog;
  KrEnrolment *done;

  g_assert_true (kr_training_catalogue_open_session (fixture->catalogue, session_id));
  g_assert_cmpint (kr_training_session_view_get_session_id (view), ==, session_id);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (view->enrolments_stack), ==, "empty");

  nominate_two (fixture, session_id, ids);
  kr_test_spin ();
  enrolments = list_enrolments (fixture, session_id);
  g_assert_cmpuint (enrolments->len, ==, 2);
  for (guint i = 0; i < enrolments->len; i++)
    {
      KrEnrolment *enrolment = g_ptr_array_index (enrolments, i);

      g_assert_cmpint (enrolment->state, ==, KR_ENROLMENT_STATE_NOMINATED);
      g_assert_cmpint (enrolment->cost, ==, 750000);
    }
  /* The view read them again after the dialog's own connection wrote them. */
  g_assert_cmpuint (
      g_list_model_get_n_items (G_LIST_MODEL (kr_training_session_view_get_selection (view))), ==,
      2);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (view->enrolments_stack), ==, "list");

  /* Approve both, then both attended */
  select_all (fixture);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "session.approve", NULL));
  g_clear_pointer (&enrolments, g_ptr_array_unref);
  enrolments = list_enrolments (fixture, session_id);
  for (guint i = 0; i < enrolments->len; i++)
    g_assert_cmpint (((KrEnrolment *) g_ptr_array_index (enrolments, i))->state, ==,
                     KR_ENROLMENT_STATE_APPROVED);
  select_all (fixture);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "session.attend", NULL));
  kr_test_settle (GTK_WIDGET (fixture->window));
  kr_test_save_screenshot (GTK_WIDGET (fixture->window), "training-session");

  /* The first completed with a certificate, through the dialog */
  select_employee (fixture, first);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "session.complete", NULL));
  dialog = find_message_dialog (fixture);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (g_object_get_data (G_OBJECT (dialog), "jp")),
                   ==, 24);
  type (g_object_get_data (G_OBJECT (dialog), "number"), "800/123/BKPSDM/2026");
  type (g_object_get_data (G_OBJECT (dialog), "date"), certificate_date);
  respond (dialog, "complete");

  /* The second did not turn up: a reason is needed */
  select_employee (fixture, second);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "session.no-show", NULL));
  dialog = find_message_dialog (fixture);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "move"));
  type (g_object_get_data (G_OBJECT (dialog), "reason-row"), "Sakit");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "move"));
  respond (dialog, "move");

  g_clear_pointer (&enrolments, g_ptr_array_unref);
  enrolments = list_enrolments (fixture, session_id);
  done = enrolment_of (enrolments, first);
  g_assert_cmpint (done->state, ==, KR_ENROLMENT_STATE_COMPLETED);
  g_assert_cmpuint (done->jp, ==, 24);
  g_assert_cmpstr (done->certificate_number, ==, "800/123/BKPSDM/2026");
  g_assert_cmpstr (done->certificate_date, ==, certificate_date);
  /* The reason is kept on the enrolment that took a seat too many. */
  g_assert_true (
      g_strcmp0 (done->override_reason, "Diminta kepala dinas") == 0 ||
      g_strcmp0 (enrolment_of (enrolments, second)->override_reason, "Diminta kepala dinas") == 0);
  g_assert_cmpint (enrolment_of (enrolments, second)->state, ==, KR_ENROLMENT_STATE_NO_SHOW);
  g_assert_cmpstr (enrolment_of (enrolments, second)->reason, ==, "Sakit");

  /* The JP count: 24 for the year the session ended in */
  years = kr_training_repository_list_jp_years (fixture->training, first, fixture->year,
                                                fixture->year, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (years->len, ==, 1);
  g_assert_cmpfloat (g_array_index (years, KrJpYear, 0).jp, >=, 24.0);

  /* A completed participant cannot be removed: Delete does nothing to them. */
  select_employee (fixture, first);
  gtk_widget_activate_action (GTK_WIDGET (view), "session.remove", NULL);
  kr_test_spin ();
  g_clear_pointer (&enrolments, g_ptr_array_unref);
  enrolments = list_enrolments (fixture, session_id);
  g_assert_cmpuint (enrolments->len, ==, 2);
  kr_test_settle (GTK_WIDGET (fixture->window));
  kr_test_save_screenshot (GTK_WIDGET (fixture->window), "training-session-done");

  /* The participants list prints: two participants' pages as a PDF */
  print_participants (fixture, session_id);
}

/* A whole unit, and the Employees page's list, as what is nominated */
static void
test_nominate_sources (Fixture *fixture, gconstpointer data)
{
  gint64 course_id = add_course (fixture, "Pelatihan Uji Sumber Nominasi", 0);
  gint64 session_id = add_session (fixture, course_id);
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
  g_autoptr (GPtrArray) roots = NULL;
  g_autoptr (GPtrArray) children = NULL;
  g_autoptr (GArray) expected = NULL;
  g_autoptr (GPtrArray) enrolments = NULL;
  g_autoptr (GError) error = NULL;
  KrTrainingNominateDialog *dialog;
  gint64 unit_id;

  roots = kr_unit_repository_list_children (fixture->units, 0, &error);
  g_assert_no_error (error);
  children = kr_unit_repository_list_children (
      fixture->units, ((KrUnit *) g_ptr_array_index (roots, 0))->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (children->len, >, 0);
  unit_id = ((KrUnit *) g_ptr_array_index (children, 0))->id;

  /* The Employees page shows the active employees whose name has an "a" */
  kr_employee_query_set_search (query, "a");
  dialog = kr_training_nominate_dialog_new (fixture->training, fixture->employees, fixture->units,
                                            session_id, query, &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (dialog));

  kr_training_nominate_dialog_set_unit (dialog, unit_id);
  kr_test_wait_until (is_idle, dialog);
  kr_employee_query_set_search (query, NULL);
  kr_employee_query_set_unit (query, unit_id);
  expected = kr_training_repository_list_query_employees (fixture->training, query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (expected->len, >, 0);
  g_assert_cmpuint (kr_training_nominate_dialog_get_employee_ids (dialog)->len, ==, expected->len);
  /* Capacity 1: the unit does not fit without a reason. */
  g_assert_cmpuint (expected->len == 1 || !kr_training_nominate_dialog_can_nominate (dialog), ==,
                    TRUE);

  kr_training_nominate_dialog_set_source (dialog, KR_NOMINATE_EMPLOYEES_LIST);
  kr_test_wait_until (is_idle, dialog);
  g_clear_pointer (&expected, g_array_unref);
  kr_employee_query_set_unit (query, 0);
  kr_employee_query_set_search (query, "a");
  expected = kr_training_repository_list_query_employees (fixture->training, query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kr_training_nominate_dialog_get_employee_ids (dialog)->len, ==, expected->len);
  gtk_window_destroy (GTK_WINDOW (dialog));
  /* Nothing was written. */
  enrolments = list_enrolments (fixture, session_id);
  g_assert_cmpuint (enrolments->len, ==, 0);
}

static void
test_page_views (Fixture *fixture, gconstpointer data)
{
  const char *views[] = { "compliance", "budgets", "needs", "mentoring", "catalogue" };

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      kr_training_page_set_view (fixture->page, views[i]);
      kr_test_spin ();
      g_assert_cmpstr (kr_training_page_get_view (fixture->page), ==, views[i]);
    }
  /* Ctrl+F from the page goes to the catalogue's search. */
  kr_training_page_set_view (fixture->page, "needs");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "training.search", NULL));
  g_assert_cmpstr (kr_training_page_get_view (fixture->page), ==, "catalogue");
  kr_test_settle (GTK_WIDGET (fixture->window));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (fixture->catalogue->search_entry)) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         GTK_WIDGET (fixture->catalogue->search_entry)));
  kr_test_save_screenshot (GTK_WIDGET (fixture->window), "training-catalogue");
}

/* The section works from 360 px wide (UI.md): nothing asks for more. */
static void
test_page_narrow (Fixture *fixture, gconstpointer data)
{
  const char *views[] = { "catalogue", "compliance", "budgets", "needs", "mentoring" };
  KrTrainingSessionView *view = kr_training_catalogue_get_session_view (fixture->catalogue);
  g_autoptr (GPtrArray) sessions = NULL;
  int minimum = 0;

  sessions = kr_training_repository_list_sessions (fixture->training, 0, 0, NULL);
  g_assert_nonnull (sessions);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      kr_training_page_set_view (fixture->page, views[i]);
      kr_test_settle (GTK_WIDGET (fixture->window));
      gtk_widget_measure (GTK_WIDGET (fixture->page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum,
                          NULL, NULL, NULL);
      g_test_message ("%s: %d px", views[i], minimum);
      g_assert_cmpint (minimum, <=, 360);
    }
  kr_training_page_set_view (fixture->page, "catalogue");
  kr_test_settle (GTK_WIDGET (fixture->window));
  kr_test_save_screenshot (GTK_WIDGET (fixture->window), "training-narrow");
  if (sessions->len > 0)
    {
      g_assert_true (kr_training_catalogue_open_session (
          fixture->catalogue, ((KrTrainingSession *) g_ptr_array_index (sessions, 0))->id));
      kr_test_settle (GTK_WIDGET (fixture->window));
      gtk_widget_measure (GTK_WIDGET (fixture->page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum,
                          NULL, NULL, NULL);
      g_assert_cmpint (minimum, <=, 360);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));
      kr_test_save_screenshot (GTK_WIDGET (fixture->window), "training-narrow-session");
    }
}

int
main (int argc, char *argv[])
{
  kr_test_ui_init (&argc, &argv);

  g_test_add ("/training-catalogue/create-course", Fixture, NULL, fixture_setup, test_create_course,
              fixture_teardown);
  g_test_add ("/training-catalogue/session-workflow", Fixture, NULL, fixture_setup,
              test_session_workflow, fixture_teardown);
  g_test_add ("/training-catalogue/nominate-sources", Fixture, NULL, fixture_setup,
              test_nominate_sources, fixture_teardown);
  g_test_add ("/training-catalogue/page-views", Fixture, NULL, fixture_setup, test_page_views,
              fixture_teardown);

  g_test_add ("/training-catalogue/page-narrow", Fixture, GINT_TO_POINTER (360), fixture_setup,
              test_page_narrow, fixture_teardown);

  return g_test_run ();
}
