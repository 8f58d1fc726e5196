/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kr-appraisal-print.h"
#include "kr-appraisal-repository.h"
#include "kr-date.h"
#include "kr-demo.h"
#include "kr-employee-repository.h"
#include "kr-pdf.h"
#include "kr-pp46-import-dialog.h"
#include "kr-test-appraisal-org.h"
#include "kr-test-ui.h"
#include "kr-test-utils.h"
#include "kr-unit-repository.h"

/* Importing historic PP 46/2011 appraisals from a CSV file through the appraisals page's
 * dialog, and the trend annex of printed evaluations. */

typedef struct
{
  KrTestAppraisalOrg org;
} Fixture;

static void
fixture_setup (Fixture *fixture, gconstpointer data)
{
  kr_test_appraisal_org_set_up (&fixture->org, "karier-appraisal-import-XXXXXX");
}

static void
fixture_teardown (Fixture *fixture, gconstpointer data)
{
  kr_test_appraisal_org_tear_down (&fixture->org);
}

/* Importing historic appraisals */

static gboolean
is_checked (gpointer data)
{
  return g_strcmp0 (kr_pp46_import_dialog_get_state (data), "checking") != 0;
}

static void
on_imported_cb (KrPp46ImportDialog *dialog, guint n, guint *out)
{
  *out = n;
}

static gboolean
is_imported (gpointer data)
{
  return *(guint *) data != G_MAXUINT;
}

static char *
write_csv (Fixture *fixture, const char *name, const char *score)
{
  g_autoptr (KrEmployee) a =
      kr_employee_repository_get (fixture->org.employees, fixture->org.employee_id, NULL);
  g_autoptr (KrEmployee) b =
      kr_employee_repository_get (fixture->org.employees, fixture->org.colleague_id, NULL);
  g_autofree char *csv = g_strdup_printf (
      "nip;tahun;nilai_skp;nilai_perilaku\n%s;2019;85.5;80\n%s;2019;%s;80\n"
      "%s;2020;78;81.25\n",
      kr_employee_get_nip (a), kr_employee_get_nip (b), score, kr_employee_get_nip (a));
  char *path = g_build_filename (fixture->org.dir, name, NULL);

  g_assert_true (g_file_set_contents (path, csv, -1, NULL));
  return path;
}

static KrPp46ImportDialog *
check_file (Fixture *fixture, const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  KrPp46ImportDialog *dialog = kr_pp46_import_dialog_new (fixture->org.path, NULL, file);

  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_cmpstr (kr_pp46_import_dialog_get_state (dialog), ==, "checking");
  kr_test_wait_until (is_checked, dialog);
  return dialog;
}

static guint
n_pp46 (Fixture *fixture, gint64 employee_id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) list =
      kr_appraisal_repository_list_pp46 (fixture->org.appraisals, employee_id, &error);

  g_assert_no_error (error);
  return list->len;
}

static void
test_import_pp46 (Fixture *fixture, gconstpointer data)
{
  g_autofree char *bad = write_csv (fixture, "bad.csv", "120");
  g_autofree char *good = write_csv (fixture, "good.csv", "90");
  KrPp46ImportDialog *dialog;
  const char *const *rejected;
  guint imported = G_MAXUINT;

  /* One line out of range: reported, and nothing can be imported. */
  dialog = check_file (fixture, bad);
  g_assert_cmpstr (kr_pp46_import_dialog_get_state (dialog), ==, "report");
  rejected = kr_pp46_import_dialog_get_rejected (dialog);
  g_assert_nonnull (rejected);
  g_assert_cmpuint (g_strv_length ((char **) rejected), ==, 1);
  g_assert_true (g_str_has_prefix (rejected[0], "Line 3"));
  g_assert_nonnull (strstr (rejected[0], "nilai_skp"));
  g_assert_cmpstr (kr_pp46_import_dialog_get_summary (dialog), ==, "1 line was rejected");
  kr_test_settle (GTK_WIDGET (dialog));
  kr_test_save_screenshot (GTK_WIDGET (dialog), "appraisal-pp46-import-rejected");
  kr_pp46_import_dialog_import (dialog);
  g_assert_cmpstr (kr_pp46_import_dialog_get_state (dialog), ==, "report");
  g_assert_cmpuint (n_pp46 (fixture, fixture->org.employee_id), ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* The corrected file: three rows, imported in a worker. */
  dialog = check_file (fixture, good);
  g_assert_cmpstr (kr_pp46_import_dialog_get_state (dialog), ==, "report");
  g_assert_cmpuint (g_strv_length ((char **) kr_pp46_import_dialog_get_rejected (dialog)), ==, 0);
  g_assert_cmpuint (kr_pp46_import_dialog_get_n_rows (dialog), ==, 3);
  g_assert_cmpstr (kr_pp46_import_dialog_get_summary (dialog), ==, "3 rows can be imported");
  /* Nothing is written by the check. */
  g_assert_cmpuint (n_pp46 (fixture, fixture->org.employee_id), ==, 0);
  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported_cb), &imported);
  kr_pp46_import_dialog_import (dialog);
  g_assert_cmpstr (kr_pp46_import_dialog_get_state (dialog), ==, "importing");
  kr_test_wait_until (is_imported, &imported);
  g_assert_cmpuint (imported, ==, 3);
  g_assert_cmpuint (n_pp46 (fixture, fixture->org.employee_id), ==, 2);
  g_assert_cmpuint (n_pp46 (fixture, fixture->org.colleague_id), ==, 1);
}

/* The trend annex */

static guint
n_pages (Fixture *fixture, KrAppraisalDocument which, gboolean with_trend)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDocument) document = NULL;
  g_autofree char *path = g_build_filename (fixture->org.dir, "annex.pdf", NULL);

  document = kr_appraisal_print_build_document (fixture->org.db, fixture->org.appraisal_id, 1,
                                                which, with_trend, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_true (kr_pdf_write (path, document, KR_PAPER_A4, &error));
  g_assert_no_error (error);
  return kr_document_get_n_pages (document);
}

static void
test_print_trend (Fixture *fixture, gconstpointer data)
{
  KrPp46Appraisal record = { .employee_id = fixture->org.employee_id,
                             .year = 2019,
                             .skp_score = 85,
                             .behaviour = { -1, -1, -1, -1, -1, -1 },
                             .behaviour_score = 80 };
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (kr_appraisal_repository_save_pp46 (fixture->org.appraisals, &record, &error), >,
                   0);
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages (fixture, KR_APPRAISAL_DOCUMENT_EVALUATION, TRUE), ==,
                    n_pages (fixture, KR_APPRAISAL_DOCUMENT_EVALUATION, FALSE) + 1);
  g_assert_cmpuint (n_pages (fixture, KR_APPRAISAL_DOCUMENT_COVER, TRUE), ==,
                    n_pages (fixture, KR_APPRAISAL_DOCUMENT_COVER, FALSE) + 1);
  /* The plan alone has no annex. */
  g_assert_cmpuint (n_pages (fixture, KR_APPRAISAL_DOCUMENT_SKP, TRUE), ==,
                    n_pages (fixture, KR_APPRAISAL_DOCUMENT_SKP, FALSE));
}

int
main (int argc, char **argv)
{
  kr_test_ui_init (&argc, &argv);

  g_test_add ("/appraisal-import/pp46", Fixture, NULL, fixture_setup, test_import_pp46,
              fixture_teardown);
  g_test_add ("/appraisal-import/print-trend", Fixture, NULL, fixture_setup, test_print_trend,
              fixture_teardown);

  return g_test_run ();
}
