/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-page-recorder"

#include "config.h"

#include <string.h>

#include "kr-demo.h"
#include "kr-document-employee-list.h"
#include "kr-error.h"
#include "kr-page-recorder.h"
#include "kr-pdf.h"
#include "kr-test-utils.h"

/* The recorder that the print operation takes its pages from, without GTK: pages asked for in
 * the orders a printer asks for them (forward, reversed, copies, ranges, at random) are the
 * pages the document draws, the worker holds no more than its window, and stopping it while
 * it waits or works is prompt. Pages are compared through a checksum of their pixels. */

#define N_EMPLOYEES 1500
#define WAIT        (20 * G_TIME_SPAN_SECOND)

typedef struct
{
  char *dir;
  char *db_path;
  KrDatabase *db;
  GDate date;
  double width;
  double height;
  GPtrArray *reference; /* the checksum of each page, drawn on the main thread */
} Fixture;

/* The checksum of what @page shows, rasterised at a quarter of its size. */
static char *
page_checksum (cairo_surface_t *page, double width, double height)
{
  cairo_surface_t *image =
      cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) (width / 4), (int) (height / 4));
  cairo_t *cr = cairo_create (image);
  char *checksum;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, 0.25, 0.25);
  cairo_set_source_surface (cr, page, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_flush (image);
  checksum = g_compute_checksum_for_data (G_CHECKSUM_SHA1, cairo_image_surface_get_data (image),
                                          (gsize) cairo_image_surface_get_stride (image) *
                                              cairo_image_surface_get_height (image));
  cairo_surface_destroy (image);
  return checksum;
}

static KrDocument *
build_list_cb (KrDatabase *database, gpointer user_data, GError **error)
{
  const GDate *date = user_data;

  g_assert_false (g_str_equal (kr_database_get_path (database), ":memory:"));
  return kr_document_employee_list_new (database, NULL, date, error);
}

static gboolean
keep_checksum_cb (KrDocument *document,
                  guint page,
                  cairo_surface_t *surface,
                  gpointer user_data,
                  GError **error)
{
  Fixture *fixture = user_data;

  g_assert_cmpuint (page, ==, fixture->reference->len);
  g_ptr_array_add (fixture->reference, page_checksum (surface, fixture->width, fixture->height));
  return TRUE;
}

static void
shared_set_up (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDocument) document = NULL;
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  KrDemoOptions options = { .n_employees = N_EMPLOYEES,
                            .seed = 11,
                            .today = &fixture->date,
                            .appraisals = KR_DEMO_APPRAISALS_NONE };

  g_date_clear (&fixture->date, 1);
  g_date_set_dmy (&fixture->date, 22, G_DATE_NOVEMBER, 2025);
  fixture->dir = kr_test_make_tmp_dir ("kr-page-recorder-XXXXXX");
  fixture->db_path = g_build_filename (fixture->dir, "karier.db", NULL);
  fixture->db = kr_database_open (fixture->db_path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (kr_demo_generate (fixture->db, &options, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  /* The reference: every page, laid out and recorded here, in order. */
  document = kr_document_employee_list_new (fixture->db, NULL, &fixture->date, &error);
  g_assert_no_error (error);
  kr_pdf_get_page_size (document, KR_PAPER_A4, &fixture->width, &fixture->height);
  g_assert_true (kr_document_paginate (document, cr, fixture->width, fixture->height, &error));
  g_assert_no_error (error);
  fixture->reference = g_ptr_array_new_with_free_func (g_free);
  g_assert_true (kr_document_record_pages (document, 0, kr_document_get_n_pages (document) - 1,
                                           keep_checksum_cb, fixture, &error));
  g_assert_no_error (error);
  /* Enough pages that the last ones lie beyond what the worker may read ahead of the first
   * ones plus a window (see test_ranges), so that the window matters whatever the timing. */
  g_assert_cmpuint (fixture->reference->len, >, 2 * KR_PAGE_RECORDER_WINDOW + 12);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
shared_tear_down (Fixture *fixture)
{
  g_ptr_array_unref (fixture->reference);
  g_assert_finalize_object (fixture->db);
  kr_test_remove_tree (fixture->dir);
  g_free (fixture->db_path);
  g_free (fixture->dir);
}

static KrPageRecorder *
start_recorder (Fixture *fixture)
{
  KrPageRecorder *recorder = kr_page_recorder_new_for_database (
      fixture->db_path, build_list_cb, g_memdup2 (&fixture->date, sizeof fixture->date), g_free);

  kr_page_recorder_start (recorder, fixture->width, fixture->height);
  return recorder;
}

/* Takes the pages of @order from a new recorder and checks each against the reference. */
static void
take_in_order (Fixture *fixture, GArray *order, guint *n_recorded)
{
  g_autoptr (KrPageRecorder) recorder = start_recorder (fixture);
  g_autoptr (GError) error = NULL;
  guint n_pages = 0;

  g_assert_true (kr_page_recorder_wait_paginated (recorder, WAIT, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, ==, fixture->reference->len);
  for (guint i = 0; i < order->len; i++)
    {
      guint page = g_array_index (order, guint, i);
      cairo_surface_t *surface = kr_page_recorder_take_page (recorder, page, WAIT, &error);
      g_autofree char *checksum = NULL;

      g_assert_no_error (error);
      g_assert_nonnull (surface);
      checksum = page_checksum (surface, fixture->width, fixture->height);
      if (!g_str_equal (checksum, g_ptr_array_index (fixture->reference, page)))
        g_error ("Page %u, taken %u-th, differs from the page drawn in order", page, i + 1);
      cairo_surface_destroy (surface);
    }
  /* The window, the page taken last and the one being added. */
  g_assert_cmpuint (kr_page_recorder_get_max_held (recorder), <=, KR_PAGE_RECORDER_WINDOW + 2);
  *n_recorded = kr_page_recorder_get_n_recorded (recorder);
  kr_page_recorder_join (recorder);
}

static GArray *
new_order (void)
{
  return g_array_new (FALSE, FALSE, sizeof (guint));
}

static void
add_range (GArray *order, guint first, guint last)
{
  for (guint page = first; page <= last; page++)
    g_array_append_val (order, page);
}

static void
test_forward (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GArray) order = new_order ();
  guint n = fixture->reference->len, n_recorded;

  add_range (order, 0, n - 1);
  take_in_order (fixture, order, &n_recorded);
  /* Each page once. */
  g_assert_cmpuint (n_recorded, ==, n);
}

static void
test_reverse (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GArray) order = new_order ();
  guint n = fixture->reference->len, n_recorded;

  for (guint i = n; i > 0; i--)
    g_array_append_val (order, (guint){ i - 1 });
  take_in_order (fixture, order, &n_recorded);
  /* A window at a time backwards, not the whole run to each page. */
  g_assert_cmpuint (n_recorded, <=, 2 * n + 2 * KR_PAGE_RECORDER_WINDOW);
}

/* Collated copies (the document twice) and uncollated ones (each page twice). */
static void
test_copies (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GArray) collated = new_order ();
  g_autoptr (GArray) uncollated = new_order ();
  guint n = fixture->reference->len, n_recorded;

  add_range (collated, 0, n - 1);
  add_range (collated, 0, n - 1);
  take_in_order (fixture, collated, &n_recorded);
  g_assert_cmpuint (n_recorded, <=, 2 * n + KR_PAGE_RECORDER_WINDOW);

  for (guint page = 0; page < n; page++)
    {
      g_array_append_val (uncollated, page);
      g_array_append_val (uncollated, page);
    }
  take_in_order (fixture, uncollated, &n_recorded);
  g_assert_cmpuint (n_recorded, ==, n);
}

/* Page ranges: the first pages, then the last ones, far beyond the window. */
static void
test_ranges (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GArray) order = new_order ();
  guint n = fixture->reference->len, n_recorded;

  add_range (order, 0, 2);
  add_range (order, n - 4, n - 1);
  take_in_order (fixture, order, &n_recorded);
  /* The gap is not recorded: at most the first pages and a window read ahead of them (the
   * worker cannot be further when page n - 4 is asked for, and that page is more than a
   * window beyond), then the last four. */
  g_assert_cmpuint (n_recorded, <=, 3 + KR_PAGE_RECORDER_WINDOW + 4);
}

static void
test_random (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GArray) order = new_order ();
  g_autoptr (GRand) rand = g_rand_new_with_seed (20261122);
  guint n = fixture->reference->len, n_recorded;

  for (guint i = 0; i < 12; i++)
    g_array_append_val (order, (guint){ (guint) g_rand_int_range (rand, 0, (gint32) n) });
  take_in_order (fixture, order, &n_recorded);
}

/* Stopping a worker that waits for room, or one that is laying out, ends it promptly; waits
 * after that say it was cancelled. */
static void
test_stop (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrPageRecorder) waiting = start_recorder (fixture);
  g_autoptr (KrPageRecorder) working = start_recorder (fixture);
  g_autoptr (GError) error = NULL;
  cairo_surface_t *surface = kr_page_recorder_take_page (waiting, 0, WAIT, &error);
  guint n_pages;

  g_assert_no_error (error);
  g_assert_nonnull (surface);
  cairo_surface_destroy (surface);
  /* Give it time to fill its window. */
  while (kr_page_recorder_get_n_recorded (waiting) < KR_PAGE_RECORDER_WINDOW)
    g_usleep (1000);
  /* Joining cancels: were it to wait for the whole document, the test would time out. */
  kr_page_recorder_join (waiting);
  kr_page_recorder_join (working);
  g_assert_cmpuint (kr_page_recorder_get_max_held (waiting), <=, KR_PAGE_RECORDER_WINDOW + 1);

  g_assert_null (kr_page_recorder_take_page (waiting, 5, WAIT, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_false (kr_page_recorder_wait_paginated (working, WAIT, &n_pages, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static KrDocument *
fail_cb (KrDatabase *database, gpointer user_data, GError **error)
{
  g_set_error_literal (error, KR_ERROR, KR_ERROR_NOT_FOUND, "No such unit");
  return NULL;
}

/* The worker's errors reach the consumer: a failed build, a database that is not there. */
static void
test_errors (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrPageRecorder) failing =
      kr_page_recorder_new_for_database (fixture->db_path, fail_cb, NULL, NULL);
  g_autofree char *missing_path = g_build_filename (fixture->dir, "missing.db", NULL);
  g_autoptr (KrPageRecorder) missing =
      kr_page_recorder_new_for_database (missing_path, build_list_cb, &fixture->date, NULL);
  g_autoptr (GError) error = NULL;
  guint n_pages;

  kr_page_recorder_start (failing, fixture->width, fixture->height);
  g_assert_false (kr_page_recorder_wait_paginated (failing, WAIT, &n_pages, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (kr_page_recorder_take_page (failing, 0, WAIT, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND);
  g_clear_error (&error);

  kr_page_recorder_start (missing, fixture->width, fixture->height);
  g_assert_false (kr_page_recorder_wait_paginated (missing, WAIT, &n_pages, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (missing_path, G_FILE_TEST_EXISTS));
  kr_page_recorder_join (missing);
  kr_page_recorder_join (failing);
}

/* One database and its reference pages serve every test: making them is most of the work. */
static Fixture shared;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  *fixture = shared;
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
}

static void
add_test (const char *name, void (*func) (Fixture *, gconstpointer))
{
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int argc, char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  add_test ("/page-recorder/forward", test_forward);
  add_test ("/page-recorder/reverse", test_reverse);
  add_test ("/page-recorder/copies", test_copies);
  add_test ("/page-recorder/ranges", test_ranges);
  add_test ("/page-recorder/random", test_random);
  add_test ("/page-recorder/stop", test_stop);
  add_test ("/page-recorder/errors", test_errors);

  shared_set_up (&shared);
  status = g_test_run ();
  shared_tear_down (&shared);
  return status;
}
