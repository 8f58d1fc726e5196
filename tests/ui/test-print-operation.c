/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-print-operation"

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "kr-demo.h"
#include "kr-document.h"
#include "kr-employee-repository.h"
#include "kr-error.h"
#include "kr-paper.h"
#include "kr-pdf.h"
#include "kr-print-operation.h"
#include "kr-test-ui.h"
#include "kr-test-utils.h"
#include "kr-unit-repository.h"

/* The print operation driven without a dialog, through its export path, and through the print
 * dialog to "Print to File", as the app prints: a worker thread lays the pages out and
 * draw-page replays them on GTK's print context, as on paper. The PDFs are read back with
 * poppler-utils. */

typedef struct
{
  char *dir;    /* the PDFs */
  char *db_dir; /* the database: the worker thread opens the file again */
  KrDatabase *db;
} Fixture;

static void
set_date (GDate *date, guint year, guint month, guint day)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrUnitRepository) units = NULL;
  g_autoptr (KrEmployeeRepository) employees = NULL;
  g_autoptr (KrPositionRecord) position = kr_position_record_new ();
  g_autoptr (KrEmployee) employee = kr_employee_new ();
  g_autoptr (KrRankEntry) rank = kr_rank_entry_new ();
  g_autoptr (KrPositionEntry) held = kr_position_entry_new ();
  g_autofree char *db_path = NULL;
  GDate date;
  gint64 root, id;

  fixture->dir = kr_test_make_tmp_dir ("kr-print-operation-XXXXXX");
  fixture->db_dir = kr_test_make_tmp_dir ("kr-print-operation-db-XXXXXX");
  db_path = g_build_filename (fixture->db_dir, "karier.db", NULL);
  fixture->db = kr_database_open (db_path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  units = kr_unit_repository_new (fixture->db);
  employees = kr_employee_repository_new (fixture->db);

  root = kr_unit_repository_add (units, 0, "PEMKOT", "Pemerintah Kota Contoh",
                                 KR_UNIT_KIND_INSTANSI, &error);
  g_assert_no_error (error);
  position->unit_id = kr_unit_repository_add (units, root, "BKPSDM", "Badan Kepegawaian Daerah",
                                              KR_UNIT_KIND_PERANGKAT_DAERAH, &error);
  g_assert_no_error (error);
  position->name = g_strdup ("Analis Sumber Daya Manusia Aparatur Ahli Muda");
  position->kind = KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN;
  position->level = KR_POSITION_LEVEL_AHLI_MUDA;
  kr_unit_repository_add_position (units, position, &error);
  g_assert_no_error (error);

  /* A synthetic NIP (DOMAIN 1.1). */
  kr_employee_set_nip (employee, "198809142012122001");
  kr_employee_set_name (employee, "Ratna Sari Dewi");
  kr_employee_set_gender (employee, KR_GENDER_FEMALE);
  set_date (&date, 1988, 9, 14);
  kr_employee_set_birth_date (employee, &date);
  set_date (&date, 2012, 12, 1);
  kr_employee_set_tmt_cpns (employee, &date);
  id = kr_employee_repository_insert (employees, employee, NULL, &error);
  g_assert_no_error (error);
  rank->employee_id = id;
  rank->golongan = 33;
  rank->promotion_kind = KR_PROMOTION_KIND_REGULER;
  set_date (&rank->tmt, 2021, 4, 1);
  kr_employee_repository_add_rank (employees, rank, &error);
  g_assert_no_error (error);
  held->employee_id = id;
  held->position_id = position->id;
  set_date (&held->tmt, 2022, 1, 3);
  kr_employee_repository_add_position (employees, held, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  kr_test_finalize_object (fixture->db);
  kr_test_ui_remove_tree (fixture->dir);
  kr_test_ui_remove_tree (fixture->db_dir);
  g_free (fixture->dir);
  g_free (fixture->db_dir);
}

/* Runs pdftotext or pdfinfo on @pdf and returns what it printed. */
static char *
poppler (const char *program, const char *pdf)
{
  g_autofree char *path = g_find_program_in_path (program);
  const char *argv[] = { path, "-layout", pdf, "-", NULL };
  g_autofree char *err = NULL;
  g_autoptr (GError) error = NULL;
  char *out = NULL;
  int wait_status;

  if (path == NULL)
    g_error ("%s not found: the print tests need poppler-utils (apt install poppler-utils)",
             program);
  if (g_str_equal (program, "pdfinfo"))
    {
      argv[1] = pdf;
      argv[2] = NULL;
    }
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &wait_status,
                &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (wait_status, &error))
    g_error ("%s failed: %s", program, err);
  return out;
}

static void
assert_contains (const char *haystack, const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack);
}

static void
test_page_setup (void)
{
  g_autoptr (GtkPageSetup) f4 = kr_print_page_setup_new (KR_PAPER_F4, TRUE);
  g_autoptr (GtkPageSetup) a4 = kr_print_page_setup_new (KR_PAPER_A4, FALSE);

  g_assert_cmpint (gtk_page_setup_get_orientation (f4), ==, GTK_PAGE_ORIENTATION_LANDSCAPE);
  /* Turned sideways: 330 mm wide, 215 mm high. */
  g_assert_cmpfloat_with_epsilon (gtk_page_setup_get_paper_width (f4, GTK_UNIT_MM), 330, 0.01);
  g_assert_cmpfloat_with_epsilon (gtk_page_setup_get_paper_height (f4, GTK_UNIT_MM), 215, 0.01);
  g_assert_cmpint (gtk_page_setup_get_orientation (a4), ==, GTK_PAGE_ORIENTATION_PORTRAIT);
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (a4)), ==,
                   GTK_PAPER_NAME_A4);
  g_assert_cmpfloat_with_epsilon (gtk_page_setup_get_paper_width (a4, GTK_UNIT_MM), 210, 0.01);
}

static void
test_export_duk (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GSettings) settings = g_settings_new ("io.github.karier.Karier");
  g_autoptr (KrPrintOperation) operation = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "duk.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;

  /* The default paper comes from the settings. */
  g_settings_set_string (settings, "default-paper", "f4");
  operation = kr_print_operation_new_duk (NULL, fixture->db, 0, settings, &error);
  g_assert_no_error (error);
  g_assert_true (kr_print_operation_export_pdf (operation, path, &error));
  g_assert_no_error (error);

  text = poppler ("pdftotext", path);
  assert_contains (text, "DAFTAR URUT KEPANGKATAN PEGAWAI NEGERI SIPIL");
  assert_contains (text, "PEMERINTAH KOTA CONTOH");
  assert_contains (text, "Keadaan per ");
  assert_contains (text, "Ratna Sari Dewi");
  assert_contains (text, "19880914 201212 2 001");
  assert_contains (text, "Halaman 1 dari 1");
  info = poppler ("pdfinfo", path);
  assert_contains (info, "935.433 x 609.449 pts");
  g_settings_reset (settings, "default-paper");
}

static void
test_unknown_unit (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrPrintOperation) operation =
      kr_print_operation_new_duk (NULL, fixture->db, 999, NULL, &error);

  g_assert_null (operation);
  g_assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND);
}

/* A plain table of @n_rows rows, failing after @fail_after rows unless it is 0. */
typedef struct
{
  guint n_rows;
  guint fail_after;
  guint n_calls;
} Rows;

static gboolean
rows_cb (KrDocument *document, gpointer user_data, GError **error)
{
  Rows *rows = user_data;

  rows->n_calls++;
  for (guint i = 1; i <= rows->n_rows; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i);
      g_autofree char *text = g_strdup_printf ("Baris nomor %u\ndengan dua baris", i);
      const char *cells[] = { number, text };

      if (i == rows->fail_after)
        {
          g_set_error (error, KR_ERROR, KR_ERROR_STORAGE, "Database went away");
          return FALSE;
        }
      if (!kr_document_add_row (document, cells))
        break;
    }
  return TRUE;
}

static KrDocument *
make_document (Rows *rows)
{
  static const KrDocumentColumn columns[] = {
    { "NO.", NULL, 1, PANGO_ALIGN_CENTER },
    { "URAIAN", NULL, 8, PANGO_ALIGN_LEFT },
  };
  KrDocument *document = kr_document_new ();

  kr_document_set_title (document, "Uji Cetak");
  kr_document_add_text (document, "UJI CETAK", NULL);
  kr_document_add_table (document, columns, G_N_ELEMENTS (columns), FALSE, NULL, rows_cb, rows,
                         NULL);
  return document;
}

/* Printing and kr_pdf_write() give the same pages; the rows are read once while printing. */
static void
test_export_matches_pdf (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  Rows printed_rows = { .n_rows = 150 };
  Rows written_rows = { .n_rows = 150 };
  g_autoptr (KrPrintOperation) operation =
      kr_print_operation_new (make_document (&printed_rows), KR_PAPER_A4);
  g_autoptr (KrDocument) written = make_document (&written_rows);
  g_autofree char *printed_path = g_build_filename (fixture->dir, "printed.pdf", NULL);
  g_autofree char *written_path = g_build_filename (fixture->dir, "written.pdf", NULL);
  g_autofree char *printed_text = NULL;
  g_autofree char *written_text = NULL;
  g_autofree char *last_page = NULL;
  guint n_pages;

  g_assert_true (kr_print_operation_export_pdf (operation, printed_path, &error));
  g_assert_no_error (error);
  g_assert_true (kr_pdf_write (written_path, written, KR_PAPER_A4, &error));
  g_assert_no_error (error);

  n_pages = kr_document_get_n_pages (kr_print_operation_get_document (operation));
  g_assert_cmpuint (n_pages, >, 2);
  g_assert_cmpuint (n_pages, ==, kr_document_get_n_pages (written));
  g_assert_cmpuint (printed_rows.n_calls, ==, 1);

  printed_text = poppler ("pdftotext", printed_path);
  written_text = poppler ("pdftotext", written_path);
  g_assert_cmpstr (printed_text, ==, written_text);
  last_page = g_strdup_printf ("Halaman %u dari %u", n_pages, n_pages);
  assert_contains (printed_text, last_page);
  assert_contains (printed_text, "Baris nomor 150");
}

static void
test_export_errors (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  Rows failing = { .n_rows = 50, .fail_after = 20 };
  Rows fine = { .n_rows = 5 };
  g_autoptr (KrPrintOperation) failed =
      kr_print_operation_new (make_document (&failing), KR_PAPER_A4);
  g_autoptr (KrPrintOperation) nowhere =
      kr_print_operation_new (make_document (&fine), KR_PAPER_F4);
  g_autofree char *path = g_build_filename (fixture->dir, "failed.pdf", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing", "out.pdf", NULL);
  g_autoptr (GDir) dir = NULL;

  /* The document's error, not a bare cancellation; nothing is left behind. */
  g_assert_false (kr_print_operation_export_pdf (failed, path, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_STORAGE);
  g_assert_cmpstr (error->message, ==, "Database went away");
  g_clear_error (&error);
  dir = g_dir_open (fixture->dir, 0, NULL);
  g_assert_null (g_dir_read_name (dir));

  g_assert_false (kr_print_operation_export_pdf (nowhere, missing, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "missing"));
}

/* A province of @data employees, for the tests that print long documents. */
static void
demo_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *db_path = NULL;
  KrDemoOptions options = { .n_employees = GPOINTER_TO_UINT (data),
                            .seed = 3,
                            .appraisals = KR_DEMO_APPRAISALS_NONE };

  fixture->dir = kr_test_make_tmp_dir ("kr-print-operation-XXXXXX");
  fixture->db_dir = kr_test_make_tmp_dir ("kr-print-operation-db-XXXXXX");
  db_path = g_build_filename (fixture->db_dir, "karier.db", NULL);
  fixture->db = kr_database_open (db_path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (kr_demo_generate (fixture->db, &options, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
test_export_employee_list (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
  g_autoptr (KrPrintOperation) operation = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "list.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;

  kr_employee_query_set_search (query, "ratna");
  operation = kr_print_operation_new_employee_list (NULL, fixture->db, query, NULL, &error);
  g_assert_no_error (error);
  /* The query is copied: changing it afterwards changes nothing. */
  kr_employee_query_set_search (query, "nobody");
  g_assert_true (kr_print_operation_export_pdf (operation, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kr_print_operation_get_n_pages (operation), ==, 1);
  g_assert_null (kr_print_operation_get_document (operation));

  text = poppler ("pdftotext", path);
  assert_contains (text, "DAFTAR PEGAWAI");
  assert_contains (text, "PEMERINTAH KOTA CONTOH");
  assert_contains (text, "Pencarian: “ratna”");
  assert_contains (text, "Jumlah: 1 pegawai");
  assert_contains (text, "19880914 201212 2 001");
  assert_contains (text, "Ratna Sari Dewi");
  assert_contains (text, "Analis Sumber Daya Manusia Aparatur");
  assert_contains (text, "13 thn 11 bln");
  assert_contains (text, "Halaman 1 dari 1");
  info = poppler ("pdfinfo", path);
  assert_contains (info, "841.89 x 595.276 pts");
}

static void
test_in_memory (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) db = kr_database_open (":memory:", KR_DATABASE_FLAGS_NONE, &error);
  g_autoptr (KrPrintOperation) operation = NULL;

  g_assert_no_error (error);
  operation = kr_print_operation_new_employee_list (NULL, db, NULL, NULL, &error);
  g_assert_null (operation);
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
}

/* The dialog path, as the Print menu item takes it: the print dialog, "Print to File", then
 * the pages in the background with a progress dialog, while the main loop keeps running. */
typedef struct
{
  KrPrintOperation *operation;
  GtkWindow *window;
  gint64 last_tick;
  gint64 longest_gap;
  guint n_ticks;
  gboolean done;
  GtkPrintOperationResult result;
  gboolean saw_layout;
  gboolean saw_printing;
  gboolean cancel;
  char *screenshot;
} Run;

static gboolean
tick_cb (gpointer user_data)
{
  Run *run = user_data;
  gint64 now = g_get_monotonic_time ();

  /* From begin-print on: what comes before is GTK's print dialog going away. */
  if (kr_print_operation_get_progress_text (run->operation) == NULL)
    return G_SOURCE_CONTINUE;
  if (run->last_tick != 0)
    run->longest_gap = MAX (run->longest_gap, now - run->last_tick);
  run->last_tick = now;
  run->n_ticks++;
  return G_SOURCE_CONTINUE;
}

static void
progress_text_cb (KrPrintOperation *operation, GParamSpec *pspec, Run *run)
{
  const char *text = kr_print_operation_get_progress_text (operation);

  if (text == NULL)
    return;
  run->saw_layout = run->saw_layout || g_str_has_prefix (text, "Laying out page");
  run->saw_printing = run->saw_printing || g_str_has_prefix (text, "Printing page");
}

static void
done_cb (GtkPrintOperation *operation, GtkPrintOperationResult result, Run *run)
{
  run->done = TRUE;
  run->result = result;
}

static GtkWindow *
find_window (const char *type_name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (g_str_equal (G_OBJECT_TYPE_NAME (window), type_name) &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

/* The print dialog is up and has found "Print to File". */
static gboolean
can_print (gpointer data)
{
  GtkWindow *dialog = find_window ("GtkPrintUnixDialog");
  GtkWidget *print;

  if (dialog == NULL)
    return FALSE;
  print = gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), GTK_RESPONSE_OK);
  return print != NULL && gtk_widget_get_sensitive (print);
}

static gboolean
progress_shown (gpointer data)
{
  Run *run = data;
  GtkWindow *dialog = kr_print_operation_get_progress_dialog (run->operation);

  return run->done || (dialog != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog)) &&
                       kr_print_operation_get_progress (run->operation) > 0.05);
}

/* Whether the file at @data is a whole PDF. */
static gboolean
pdf_complete (gpointer data)
{
  g_autofree char *contents = NULL;
  gsize length;

  /* A PDF holds binary data: not a string. */
  return g_file_get_contents (data, &contents, &length, NULL) && length > 6 &&
         memcmp (contents + length - 6, "%%EOF\n", 6) == 0;
}

static void
print_through_dialog (Fixture *fixture, KrPrintOperation *operation, const char *path, Run *run)
{
  g_autoptr (GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  guint tick;

  run->operation = operation;
  run->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (run->window, 800, 600);
  gtk_window_present (run->window);
  gtk_print_settings_set_printer (settings, "Print to File");
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, uri);
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf");
  gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (operation), settings);
  g_signal_connect (operation, "notify::progress-text", G_CALLBACK (progress_text_cb), run);
  g_signal_connect (operation, "done", G_CALLBACK (done_cb), run);

  kr_print_operation_run_dialog (operation, run->window);
  kr_test_wait_until (can_print, NULL);
  gtk_dialog_response (GTK_DIALOG (find_window ("GtkPrintUnixDialog")), GTK_RESPONSE_OK);

  /* From here on the pages are laid out and printed; the main loop must keep ticking. */
  tick = g_timeout_add (2, tick_cb, run);
  kr_test_wait_until (progress_shown, run);
  if (!run->done && run->screenshot != NULL)
    {
      /* Taking the screenshot is not the print's doing. */
      kr_test_save_screenshot (GTK_WIDGET (kr_print_operation_get_progress_dialog (operation)),
                               run->screenshot);
      run->last_tick = 0;
    }
  /* As Escape does: the close response is Cancel. */
  if (run->cancel)
    gtk_window_close (kr_print_operation_get_progress_dialog (operation));
  while (!run->done)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
  kr_test_spin ();
  g_test_message ("Main loop: %u ticks, longest gap %.1f ms", run->n_ticks,
                  run->longest_gap / 1000.0);
}

static void
run_clear (Run *run)
{
  gtk_window_destroy (run->window);
  kr_test_spin ();
}

static void
test_print_dialog (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrPrintOperation) operation =
      kr_print_operation_new_duk (NULL, fixture->db, 0, NULL, &error);
  g_autofree char *path = g_build_filename (fixture->dir, "duk.pdf", NULL);
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *last = NULL;
  Run run = { .screenshot = (char *) "print-progress" };
  guint n_pages;

  g_assert_no_error (error);
  print_through_dialog (fixture, operation, path, &run);
  g_assert_cmpint (run.result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_true (run.saw_layout);
  g_assert_true (run.saw_printing);
  g_assert_cmpfloat (kr_print_operation_get_progress (operation), ==, 1.0);
  g_assert_null (kr_print_operation_get_progress_dialog (operation));
  /* The main loop ran while the pages were laid out (on it, that took seconds at a time).
   * How long its longest pause was is a figure for the benchmarks, not a test: printed. */
  g_assert_cmpuint (run.n_ticks, >, 0);
  /* GTK hands the spooled file to the "Print to File" printer after ::done. */
  kr_test_wait_until (pdf_complete, path);

  n_pages = kr_print_operation_get_n_pages (operation);
  g_assert_cmpuint (n_pages, >, KR_PAGE_RECORDER_WINDOW);
  info = poppler ("pdfinfo", path);
  last = g_strdup_printf ("Pages:           %u", n_pages);
  assert_contains (info, last);
  g_clear_pointer (&last, g_free);
  text = poppler ("pdftotext", path);
  last = g_strdup_printf ("Halaman %u dari %u", n_pages, n_pages);
  assert_contains (text, "DAFTAR URUT KEPANGKATAN PEGAWAI NEGERI SIPIL");
  assert_contains (text, last);
  run_clear (&run);
}

/* Cancel in the progress dialog: the worker stops, nothing is printed and no error shown. */
static void
test_print_cancel (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrPrintOperation) operation =
      kr_print_operation_new_employee_list (NULL, fixture->db, NULL, NULL, &error);
  g_autofree char *path = g_build_filename (fixture->dir, "cancelled.pdf", NULL);
  Run run = { .cancel = TRUE };

  g_assert_no_error (error);
  print_through_dialog (fixture, operation, path, &run);
  g_assert_cmpint (run.result, ==, GTK_PRINT_OPERATION_RESULT_CANCEL);
  g_assert_null (kr_print_operation_get_progress_dialog (operation));
  if (find_window ("AdwMessageDialog") != NULL)
    g_error ("A dialog is left: “%s”: %s",
             adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (find_window ("AdwMessageDialog"))),
             adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (find_window ("AdwMessageDialog"))));
  run_clear (&run);
}

static void
add_test (const char *name, void (*func) (Fixture *, gconstpointer))
{
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int argc, char *argv[])
{
  kr_test_ui_init (&argc, &argv);

  g_test_add_func ("/print/page-setup", test_page_setup);
  add_test ("/print/export-duk", test_export_duk);
  add_test ("/print/unknown-unit", test_unknown_unit);
  add_test ("/print/export-matches-pdf", test_export_matches_pdf);
  add_test ("/print/export-errors", test_export_errors);
  add_test ("/print/export-employee-list", test_export_employee_list);
  g_test_add_func ("/print/in-memory", test_in_memory);
  g_test_add ("/print/dialog", Fixture, GUINT_TO_POINTER (2500), demo_set_up, test_print_dialog,
              fixture_tear_down);
  g_test_add ("/print/cancel", Fixture, GUINT_TO_POINTER (2500), demo_set_up, test_print_cancel,
              fixture_tear_down);
  return g_test_run ();
}
