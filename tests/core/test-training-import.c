/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-training-import"

#include "config.h"

#include "kr-training-import.h"
#include "test-training-units-fixture.h"

/* The SIASN riwayat diklat / kursus import (kr-training-import.c), with the files
 * tests/data/siasn/rw-diklat-*.csv. Employees 1 (PNS) and 2 (CPNS) have the NIPs
 * 198001012010010001 and …0002. */

static GFile *
data_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "siasn", name, NULL);

  return g_file_new_for_path (path);
}

static void
add_two (Fixture *fixture)
{
  add_employee (fixture, "Ani", "pns", fixture->p_bkpsdm, 34);
  add_employee (fixture, "Budi", "cpns", fixture->p_mutasi, 31);
}

static KrTrainingImporter *
analyse (Fixture *fixture, const char *name)
{
  KrTrainingImporter *importer = kr_training_importer_new (fixture->db);
  g_autoptr (GFile) file = data_file (name);
  g_autoptr (GError) error = NULL;

  g_assert_true (kr_training_importer_analyse (importer, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return importer;
}

static void
commit_ok (KrTrainingImporter *importer)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (kr_training_importer_commit (importer, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
assert_issue (const KrTrainingImportReport *report,
              guint i,
              KrSiasnIssueKind kind,
              guint line,
              const char *column,
              const char *fragment)
{
  const KrSiasnIssue *issue = g_ptr_array_index (report->issues, i);

  g_assert_cmpint (issue->kind, ==, kind);
  g_assert_cmpuint (issue->line, ==, line);
  g_assert_cmpstr (issue->column, ==, column);
  g_assert_nonnull (strstr (issue->message, fragment));
}

static void
test_camel_case (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrTrainingImporter) importer = NULL;
  const KrTrainingImportReport *report;

  add_two (fixture);
  importer = analyse (fixture, "rw-diklat-camel.csv");
  report = kr_training_importer_get_report (importer);
  g_assert_cmpuint (report->n_rows, ==, 3);
  g_assert_cmpuint (report->n_new, ==, 3);
  g_assert_cmpuint (report->n_rejected, ==, 0);
  /* The analysis writes nothing. */
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM training_record"), ==, 0);
  commit_ok (importer);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM training_record WHERE source = "
                                       "'siasn'"),
                   ==, 3);
  /* Diklatpim IV is PKP, Latsar is Latsar; DD-MM-YYYY and YYYY/MM/DD dates. */
  g_assert_cmpint (query_int (fixture,
                              "SELECT count (*) FROM training_record WHERE programme = 'pkp' AND "
                              "type = 'leadership' AND start_date = '2015-03-01' AND end_date = "
                              "'2015-05-30' AND jp = 285 AND certificate_number = 'PIM/IV/1' AND "
                              "provider = 'BPSDM Provinsi'"),
                   ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM training_record WHERE programme = "
                                       "'latsar' AND end_date = '2019-09-30' AND employee_id = 2"),
                   ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM training_record WHERE programme IS "
                                       "NULL AND type = 'technical' AND form = 'training'"),
                   ==, 1);
  /* Audited as every write. */
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM audit_log WHERE entity = "
                                       "'training_record'"),
                   ==, 3);
  /* A commit uses the analysis up. */
  {
    g_autoptr (GError) error = NULL;

    g_assert_false (kr_training_importer_commit (importer, NULL, NULL, NULL, &error));
    g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  }
}

static void
test_reimport (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrTrainingImporter) importer = NULL;
  const KrTrainingImportReport *report;

  add_two (fixture);
  importer = analyse (fixture, "rw-diklat-camel.csv");
  commit_ok (importer);
  g_clear_object (&importer);

  importer = analyse (fixture, "rw-diklat-camel.csv");
  report = kr_training_importer_get_report (importer);
  g_assert_cmpuint (report->n_unchanged, ==, 3);
  g_assert_cmpuint (report->n_new + report->n_updated, ==, 0);
  commit_ok (importer);
  g_clear_object (&importer);

  /* The same rows with other JP update instead of doubling. */
  importer = analyse (fixture, "rw-diklat-camel-2.csv");
  report = kr_training_importer_get_report (importer);
  g_assert_cmpuint (report->n_updated, ==, 1);
  g_assert_cmpuint (report->n_unchanged, ==, 2);
  commit_ok (importer);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM training_record"), ==, 3);
  g_assert_cmpint (query_int (fixture, "SELECT jp FROM training_record WHERE title = "
                                       "'Pelatihan Teknis Arsip'"),
                   ==, 40);
}

static void
test_semicolon_rejections (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrTrainingImporter) importer = NULL;
  const KrTrainingImportReport *report;

  add_two (fixture);
  importer = analyse (fixture, "rw-diklat-semicolon.csv");
  report = kr_training_importer_get_report (importer);
  g_assert_cmpuint (report->n_rows, ==, 6);
  g_assert_cmpuint (report->n_new, ==, 3);
  g_assert_cmpuint (report->n_rejected, ==, 3);
  g_assert_cmpuint (report->n_warnings, ==, 1);
  g_assert_cmpuint (report->issues->len, ==, 4);
  assert_issue (report, 0, KR_SIASN_ISSUE_REJECTED, 4, "NIP BARU", "no employee");
  assert_issue (report, 1, KR_SIASN_ISSUE_REJECTED, 5, "Jumlah Jam", "whole number");
  assert_issue (report, 2, KR_SIASN_ISSUE_REJECTED, 6, "Tahun Kursus", "four digits");
  assert_issue (report, 3, KR_SIASN_ISSUE_WARNING, 7, "Jenis Kursus Nama", "technical");
  commit_ok (importer);
  /* Kursus rows: form course; tahunKursus gives 31 December; jenisKursusNama Seminar. */
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM training_record WHERE form = "
                                       "'course' AND end_date = '2024-12-31'"),
                   ==, 2);
  g_assert_cmpint (query_int (fixture, "SELECT employee_id FROM training_record WHERE "
                                       "certificate_number = 'K/1'"),
                   ==, 2);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM training_record WHERE form = "
                                       "'seminar' AND end_date = '2023-12-31'"),
                   ==, 1);
}

static void
test_tab_dates (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrTrainingImporter) importer = NULL;
  const KrTrainingImportReport *report;

  add_two (fixture);
  importer = analyse (fixture, "rw-diklat-tab.csv");
  report = kr_training_importer_get_report (importer);
  g_assert_cmpuint (report->n_rows, ==, 4);
  g_assert_cmpuint (report->n_new, ==, 1);
  g_assert_cmpuint (report->n_rejected, ==, 3);
  assert_issue (report, 0, KR_SIASN_ISSUE_REJECTED, 3, "tanggal_selesai", "31/02/2024");
  assert_issue (report, 1, KR_SIASN_ISSUE_REJECTED, 4, "tanggal_mulai", "starts after");
  /* A row with too few fields is named by the reader. */
  g_assert_null (((KrSiasnIssue *) g_ptr_array_index (report->issues, 2))->column);
  g_assert_cmpuint (((KrSiasnIssue *) g_ptr_array_index (report->issues, 2))->line, ==, 5);
  commit_ok (importer);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM training_record WHERE programme = "
                                       "'pka'"),
                   ==, 1);
}

static void
test_refusals (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrTrainingImporter) importer = kr_training_importer_new (fixture->db);
  g_autoptr (GFile) missing = data_file ("rw-diklat-missing.csv");
  g_autoptr (GFile) camel = data_file ("rw-diklat-camel.csv");
  g_autoptr (GError) error = NULL;

  /* No analysis yet */
  g_assert_false (kr_training_importer_commit (importer, NULL, NULL, NULL, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_clear_error (&error);
  /* Missing columns are all named. */
  g_assert_false (kr_training_importer_analyse (importer, missing, NULL, NULL, NULL, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "jumlahJam");
  g_assert_null (kr_training_importer_get_report (importer));
  g_clear_error (&error);
  /* Every row rejected (no employees): nothing to commit. */
  g_assert_true (kr_training_importer_analyse (importer, camel, NULL, NULL, NULL, &error));
  g_assert_cmpuint (kr_training_importer_get_report (importer)->n_rejected, ==, 3);
  g_assert_false (kr_training_importer_commit (importer, NULL, NULL, NULL, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "rejected");
  g_clear_error (&error);
  /* A viewer may not even analyse. */
  sign_in (fixture, "viewer", KR_ROLE_VIEWER, 0);
  g_assert_false (kr_training_importer_analyse (importer, camel, NULL, NULL, NULL, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED);
}

static void
test_all_or_nothing (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrTrainingImporter) importer = NULL;
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;

  add_two (fixture);
  importer = analyse (fixture, "rw-diklat-camel.csv");
  /* Cancelled: nothing written; the analysis may be committed again. */
  g_cancellable_cancel (cancellable);
  g_assert_false (kr_training_importer_commit (importer, NULL, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM training_record"), ==, 0);

  /* The CPNS was deleted since the analysis: her row fails, and Ani's rows with it. */
  exec_sql (fixture, "DELETE FROM employee WHERE id = 2");
  g_assert_false (kr_training_importer_commit (importer, NULL, NULL, NULL, &error));
  assert_error (error, KR_ERROR, KR_ERROR_CONFLICT, "Line 4");
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM training_record"), ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/training/import/camel-case", test_camel_case);
  ADD ("/training/import/reimport", test_reimport);
  ADD ("/training/import/semicolon-rejections", test_semicolon_rejections);
  ADD ("/training/import/tab-dates", test_tab_dates);
  ADD ("/training/import/refusals", test_refusals);
  ADD ("/training/import/all-or-nothing", test_all_or_nothing);
#undef ADD

  return g_test_run ();
}
