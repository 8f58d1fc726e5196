/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kr-employee-profile.h"
#include "kr-employee-repository.h"
#include "kr-test-training-org.h"
#include "kr-test-ui.h"
#include "kr-training-import-dialog.h"
#include "kr-training-record-dialog.h"

/* The Training view of an employee's profile, its record editor and the SIASN import. */

static gboolean
profile_done (gpointer data)
{
  return !kr_employee_profile_get_training_loading (data);
}

static gboolean
import_checked (gpointer data)
{
  return g_strcmp0 (kr_training_import_dialog_get_state (data), "checking") != 0;
}

static gboolean
import_done (gpointer data)
{
  return g_strcmp0 (kr_training_import_dialog_get_state (data), "importing") != 0;
}

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
type_into (GtkWidget *widget, const char *title, const char *text)
{
  GtkWidget *row = find_row (widget, title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
test_training_view (UiFixture *fixture, gconstpointer data)
{
  Fixture *core = &fixture->core;
  g_autoptr (KrEmployeeRepository) employees = kr_employee_repository_new (core->db);
  g_autofree char *march = this_year (fixture, 3, 1);
  g_autofree char *may = this_year (fixture, 5, 20);
  g_autofree char *year_title = g_strdup_printf ("%u", fixture->year);
  g_autofree char *last_year_title = g_strdup_printf ("%u", fixture->year - 1);
  GtkWidget *profile, *window, *row;
  gint64 ani, course, session, enrolment;

  ani = add_employee (core, "Ani Lestari", "pns", core->p_bkpsdm, 32);
  add_record (core, ani, "Seminar Kepegawaian", march, 6);
  course = add_course (core, "Pelatihan Analis Kepegawaian", 8, 0);
  session = add_session (core, course, "Angkatan I", may, may, 30, 0, "done");
  enrolment = add_enrolment (core, session, ani, "completed", 8, 0);
  exec_sql (core,
            "UPDATE training_enrolment SET certificate_number = 'SERT-001', certificate_date = "
            "'%s' WHERE id = %lld",
            may, (long long) enrolment);

  profile = kr_employee_profile_new (employees, fixture->units);
  kr_employee_profile_set_training_repository (KR_EMPLOYEE_PROFILE (profile), core->repo);
  kr_employee_profile_set_employee_id (KR_EMPLOYEE_PROFILE (profile), ani);
  window = show_in_window (profile, 900, 900);
  kr_test_wait_until (profile_done, profile);

  /* 6 + 8 = 14 of 20 this year; last year nothing. */
  row = find_row (profile, year_title);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "14 classical · 0 planned · duty at least 20 JP");
  g_assert_nonnull (find_row (profile, last_year_title));
  g_assert_nonnull (find_row (profile, "Seminar Kepegawaian"));
  g_assert_nonnull (find_row (profile, "Pelatihan Analis Kepegawaian"));
  g_assert_nonnull (find_row (profile, "No certificate recorded yet") == NULL ? profile : NULL);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (gtk_widget_get_template_child (
                                             profile, KR_TYPE_EMPLOYEE_PROFILE, "view_stack")),
                                         "training");
  kr_test_settle (window);
  kr_test_save_screenshot (window, "training-profile");

  /* Adding a record: the form names the field, then saves; the view follows. */
  {
    GtkWidget *dialog = kr_training_record_dialog_new (GTK_WINDOW (window), core->repo, ani, NULL);
    KrTrainingRecordDialog *record_dialog = KR_TRAINING_RECORD_DIALOG (dialog);

    gtk_window_present (GTK_WINDOW (dialog));
    g_assert_true (
        g_str_has_prefix (kr_training_record_dialog_get_message (record_dialog), "Title"));
    type_into (dialog, "Title", "Bimtek SIASN");
    g_assert_nonnull (kr_training_record_dialog_get_message (record_dialog));
    type_into (dialog, "End", "not a date");
    g_assert_nonnull (kr_training_record_dialog_get_message (record_dialog));
    type_into (dialog, "End", may);
    gtk_spin_button_set_value (
        GTK_SPIN_BUTTON (gtk_widget_get_last_child (
            gtk_widget_get_last_child (gtk_widget_get_last_child (find_row (dialog, "JP"))))),
        6);
    kr_test_save_screenshot (dialog, "training-record-dialog");
    g_assert_null (kr_training_record_dialog_get_message (record_dialog));
    g_assert_true (kr_training_record_dialog_save (record_dialog));
  }
  kr_test_spin ();
  kr_test_wait_until (profile_done, profile);
  g_assert_nonnull (find_row (profile, "Bimtek SIASN"));
  row = find_row (profile, year_title);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "20 classical · 0 planned · duty at least 20 JP");
}

static void
test_import_dialog (UiFixture *fixture, gconstpointer data)
{
  Fixture *core = &fixture->core;
  g_autofree char *path = g_build_filename (fixture->dir, "rw-diklat.csv", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  KrTrainingImportDialog *dialog;
  gint64 ani;

  ani = add_employee (core, "Ani Lestari", "pns", core->p_bkpsdm, 32);
  g_assert_true (g_file_set_contents (path,
                                      "nipBaru,namaKursus,jumlahJam,tanggalSelesai\n"
                                      "198001012010010001,Kursus Arsip Digital,12,2024-05-01\n"
                                      "199901012020011999,Kursus Tanpa Pegawai,8,2024-05-01\n",
                                      -1, &error));
  dialog = kr_training_import_dialog_new (kr_database_get_path (core->db), NULL, file);
  gtk_window_present (GTK_WINDOW (dialog));
  kr_test_wait_until (import_checked, dialog);
  g_assert_cmpstr (kr_training_import_dialog_get_state (dialog), ==, "report");
  g_assert_cmpstr (kr_training_import_dialog_get_summary (dialog), ==,
                   "2 rows: 1 new, 0 updated, 0 unchanged, 1 rejected");
  g_assert_cmpuint (kr_training_import_dialog_get_issues (dialog)->len, ==, 1);
  g_assert_true (g_str_has_prefix (
      g_ptr_array_index (kr_training_import_dialog_get_issues (dialog), 0), "Line 3"));
  g_assert_true (kr_training_import_dialog_can_import (dialog));
  kr_test_settle (GTK_WIDGET (dialog));
  kr_test_save_screenshot (GTK_WIDGET (dialog), "training-import");
  /* Nothing is written by the dry run. */
  g_assert_cmpint (query_int (core, "SELECT count(*) FROM training_record"), ==, 0);

  g_object_ref (dialog);
  kr_training_import_dialog_import (dialog);
  kr_test_wait_until (import_done, dialog);
  g_assert_cmpstr (kr_training_import_dialog_get_state (dialog), ==, "done");
  g_object_unref (dialog);
  g_assert_cmpint (query_int (core,
                              "SELECT count(*) FROM training_record WHERE employee_id = %lld AND "
                              "title = 'Kursus Arsip Digital' AND jp = 12",
                              (long long) ani),
                   ==, 1);
}

int
main (int argc, char *argv[])
{
  kr_test_ui_init (&argc, &argv);

  g_test_add ("/training-profile/view", UiFixture, NULL, ui_fixture_set_up, test_training_view,
              ui_fixture_tear_down);
  g_test_add ("/training-profile/import", UiFixture, NULL, ui_fixture_set_up, test_import_dialog,
              ui_fixture_tear_down);
  return g_test_run ();
}
