/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-document-employee-list"

#include "config.h"

#include <cairo-pdf.h>
#include <string.h>

#include "kr-document-employee-list.h"
#include "kr-document.h"
#include "kr-employee-list.h"
#include "kr-employee-repository.h"
#include "kr-error.h"
#include "kr-nip.h"
#include "kr-pdf.h"
#include "kr-test-utils.h"
#include "kr-unit-repository.h"

/* The Daftar Pegawai, checked through its text as pdftotext (poppler-utils) reads it back,
 * against the employee list it prints; and the toolkit's recording of pages, which the print
 * operation replays. The A4 list is kept in the build folder for a person to look at. */

#define N_PEOPLE 130

static const char *const first_names[] = {
  "Agus", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gilang", "Hendra", "Indah", "Joko",
};
static const char *const last_names[] = {
  "Santoso", "Wibowo", "Lestari", "Saputra", "Hidayat", "Kusuma", "Siregar", "Nasution",
};

enum
{
  UNIT_INSTANSI,
  UNIT_BKPSDM,
  UNIT_DINKES,
  N_UNITS,
};

typedef struct
{
  char *dir;
  KrDatabase *db;
  KrUnitRepository *units;
  KrEmployeeRepository *employees;
  gint64 unit_ids[N_UNITS];
  gint64 position_ids[N_UNITS];
  GDate date;
} Fixture;

static void
set_date (GDate *date, guint year, guint month, guint day)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

static void
add_units (Fixture *fixture)
{
  static const struct
  {
    const char *code, *name, *position;
    KrUnitKind kind;
    KrPositionKind position_kind;
  } units[N_UNITS] = {
    [UNIT_INSTANSI] = { "PEMKAB", "Pemerintah Kabupaten Contoh", "Sekretaris Daerah",
                        KR_UNIT_KIND_INSTANSI, KR_POSITION_KIND_JPT_MADYA },
    [UNIT_BKPSDM] = { "BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
                      "Pengadministrasi Perkantoran", KR_UNIT_KIND_PERANGKAT_DAERAH,
                      KR_POSITION_KIND_PELAKSANA },
    [UNIT_DINKES] = { "DINKES", "Dinas Kesehatan", "Pengelola Layanan Kesehatan",
                      KR_UNIT_KIND_PERANGKAT_DAERAH, KR_POSITION_KIND_PELAKSANA },
  };

  for (guint i = 0; i < N_UNITS; i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (KrPositionRecord) position = kr_position_record_new ();
      gint64 parent = i == UNIT_INSTANSI ? 0 : fixture->unit_ids[UNIT_INSTANSI];

      fixture->unit_ids[i] = kr_unit_repository_add (fixture->units, parent, units[i].code,
                                                     units[i].name, units[i].kind, &error);
      g_assert_no_error (error);
      position->unit_id = fixture->unit_ids[i];
      position->name = g_strdup (units[i].position);
      position->kind = units[i].position_kind;
      fixture->position_ids[i] = kr_unit_repository_add_position (fixture->units, position, &error);
      g_assert_no_error (error);
    }
}

/* Employee @i: a synthetic NIP (DOMAIN 1.1) from its birth date, TMT CPNS, gender and @i. */
static void
add_person (Fixture *fixture, guint i, const char *title_front, const char *name, guint unit)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployee) employee = kr_employee_new ();
  g_autoptr (KrRankEntry) rank = kr_rank_entry_new ();
  g_autoptr (KrPositionEntry) position = kr_position_entry_new ();
  guint birth_year = 1965 + i % 30, cpns_year = birth_year + 24;
  KrGender gender = i % 2 == 0 ? KR_GENDER_MALE : KR_GENDER_FEMALE;
  g_autofree char *nip = g_strdup_printf ("%04u%02u%02u%04u%02u%u%03u", birth_year, 1 + i % 12,
                                          1 + i % 28, cpns_year, 3, gender, i + 1);
  GDate date;
  gint64 id;

  kr_employee_set_nip (employee, nip);
  kr_employee_set_title_front (employee, title_front);
  kr_employee_set_name (employee, name);
  kr_employee_set_title_back (employee, i % 3 == 0 ? "S.E." : NULL);
  kr_employee_set_gender (employee, gender);
  set_date (&date, birth_year, 1 + i % 12, 1 + i % 28);
  kr_employee_set_birth_date (employee, &date);
  set_date (&date, cpns_year, 3, 1);
  kr_employee_set_tmt_cpns (employee, &date);
  id = kr_employee_repository_insert (fixture->employees, employee, NULL, &error);
  g_assert_no_error (error);

  rank->employee_id = id;
  rank->golongan = (guint[]){ 21, 24, 31, 32, 33, 34, 41, 42 }[i % 8];
  rank->promotion_kind = KR_PROMOTION_KIND_REGULER;
  set_date (&rank->tmt, 2022, 4, 1);
  kr_employee_repository_add_rank (fixture->employees, rank, &error);
  g_assert_no_error (error);
  position->employee_id = id;
  position->position_id = fixture->position_ids[unit];
  set_date (&position->tmt, 2023, 1, 2);
  kr_employee_repository_add_position (fixture->employees, position, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->dir = kr_test_make_tmp_dir ("kr-document-employee-list-XXXXXX");
  fixture->db = kr_database_open (":memory:", KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  fixture->units = kr_unit_repository_new (fixture->db);
  fixture->employees = kr_employee_repository_new (fixture->db);
  set_date (&fixture->date, 2026, 11, 22);
  add_units (fixture);
  /* The first by name, with its row checked field by field. */
  add_person (fixture, 0, "Dr.", "Aan Anwar", UNIT_BKPSDM);
  for (guint i = 1; i < N_PEOPLE; i++)
    {
      g_autofree char *name =
          g_strdup_printf ("%s %s %03u", first_names[i % G_N_ELEMENTS (first_names)],
                           last_names[(i / 3) % G_N_ELEMENTS (last_names)], i);

      add_person (fixture, i, NULL, name, i % 4 == 0 ? UNIT_DINKES : UNIT_BKPSDM);
    }
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_assert_finalize_object (fixture->employees);
  g_assert_finalize_object (fixture->units);
  g_assert_finalize_object (fixture->db);
  kr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* Reading PDFs back */

static char *
run_poppler (const char *program, const char *pdf)
{
  g_autofree char *path = g_find_program_in_path (program);
  const char *text_argv[] = { path, "-layout", "-enc", "UTF-8", pdf, "-", NULL };
  const char *info_argv[] = { path, pdf, NULL };
  g_autofree char *err = NULL;
  g_autoptr (GError) error = NULL;
  char *out = NULL;
  int wait_status;

  if (path == NULL)
    g_error ("%s not found: the render tests need poppler-utils (apt install poppler-utils)",
             program);
  g_spawn_sync (NULL, (char **) (g_str_equal (program, "pdfinfo") ? info_argv : text_argv), NULL,
                G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &wait_status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (wait_status, &error))
    g_error ("%s failed on %s: %s", program, pdf, err);
  return out;
}

/* The text of @pdf, one string per page. */
static GStrv
pdf_pages (const char *pdf)
{
  g_autofree char *out = run_poppler ("pdftotext", pdf);
  GStrv pages = g_strsplit (out, "\f", -1);
  guint n = g_strv_length (pages);

  /* Pages end with a form feed; the text after the last one is empty. */
  g_assert_cmpuint (n, >, 1);
  g_assert_cmpstr (pages[n - 1], ==, "");
  g_free (pages[n - 1]);
  pages[n - 1] = NULL;
  return pages;
}

static char *
squeeze (const char *text)
{
  g_autoptr (GRegex) spaces = g_regex_new ("[ \t]+", 0, 0, NULL);

  return g_regex_replace_literal (spaces, text, -1, 0, " ", 0, NULL);
}

static void
assert_has (const char *text, const char *needle)
{
  g_autofree char *squeezed = squeeze (text);

  if (strstr (squeezed, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, text);
}

static void
assert_lacks (const char *text, const char *needle)
{
  g_autofree char *squeezed = squeeze (text);

  if (strstr (squeezed, needle) != NULL)
    g_error ("“%s” unexpectedly found in:\n%s", needle, text);
}

/* The grouped NIPs in @pages, in the order they are printed. */
static GPtrArray *
printed_nips (GStrv pages)
{
  g_autoptr (GRegex) nip = g_regex_new ("\\b\\d{8} \\d{6} \\d \\d{3}\\b", 0, 0, NULL);
  GPtrArray *nips = g_ptr_array_new_with_free_func (g_free);

  for (guint p = 0; pages[p] != NULL; p++)
    {
      g_autoptr (GMatchInfo) match = NULL;

      g_regex_match (nip, pages[p], 0, &match);
      while (g_match_info_matches (match))
        {
          g_ptr_array_add (nips, g_match_info_fetch (match, 0));
          g_match_info_next (match, NULL);
        }
    }
  return nips;
}

/* The NIPs of the list @query shows, grouped as printed. */
static GPtrArray *
listed_nips (Fixture *fixture, const KrEmployeeQuery *query)
{
  g_autoptr (KrEmployeeList) list = kr_employee_list_new (fixture->employees, query);
  GPtrArray *nips = g_ptr_array_new_with_free_func (g_free);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KrEmployee) employee = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_ptr_array_add (nips, kr_nip_format_digits (kr_employee_get_nip (employee)));
    }
  return nips;
}

static void
assert_same_nips (GPtrArray *printed, GPtrArray *listed)
{
  g_assert_cmpuint (printed->len, ==, listed->len);
  for (guint i = 0; i < listed->len; i++)
    g_assert_cmpstr (g_ptr_array_index (printed, i), ==, g_ptr_array_index (listed, i));
}

/* Writes the list of @query to @name and returns its pages. */
static GStrv
write_list (Fixture *fixture, const KrEmployeeQuery *query, KrPaper paper, const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDocument) document = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autofree char *info = NULL;
  g_autofree char *pages_line = NULL;
  GStrv pages;

  document = kr_document_employee_list_new (fixture->db, query, &fixture->date, &error);
  g_assert_no_error (error);
  g_assert_true (kr_document_get_landscape (document));
  g_assert_true (kr_pdf_write (path, document, paper, &error));
  g_assert_no_error (error);
  pages = pdf_pages (path);
  g_assert_cmpuint (g_strv_length (pages), ==, kr_document_get_n_pages (document));
  info = run_poppler ("pdfinfo", path);
  pages_line = g_strdup_printf ("Pages: %u\n", kr_document_get_n_pages (document));
  assert_has (info, "Title: Daftar Pegawai");
  assert_has (info, pages_line);

  /* Kept for people to look at (meson test artefacts). */
  if (g_str_has_prefix (name, "employee-list-"))
    {
      g_autofree char *copy = g_test_build_filename (G_TEST_BUILT, name, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_file_set_contents (copy, contents, (gssize) length, NULL);
    }
  return pages;
}

/* Tests of the list */

static void
test_list_everyone (Fixture *fixture, gconstpointer data)
{
  g_auto (GStrv) pages = write_list (fixture, NULL, KR_PAPER_A4, "employee-list-a4.pdf");
  g_auto (GStrv) f4 = NULL;
  g_autoptr (GPtrArray) printed = printed_nips (pages);
  g_autoptr (GPtrArray) listed = listed_nips (fixture, NULL);
  g_autofree char *last = NULL;
  g_autofree char *last_row = NULL;
  guint n = g_strv_length (pages);

  /* 130 rows of one or two lines: several pages, every employee once, in the list's order. */
  g_assert_cmpuint (n, >=, 3);
  assert_same_nips (printed, listed);

  assert_has (pages[0], "DAFTAR PEGAWAI");
  assert_has (pages[0], "PEMERINTAH KABUPATEN CONTOH");
  assert_has (pages[0], "Semua unit kerja · Urutan: nama, menaik");
  assert_has (pages[0], "Dicetak tanggal 22 November 2026");
  assert_has (pages[0], "Jumlah: 130 pegawai");
  /* The first row: number, NIP grouped 8-6-1-3, name with gelar, golongan and pangkat,
   * jabatan, unit and masa kerja (1 March 1989 to 22 November 2026). */
  assert_has (pages[0], "1 19650101 198903 1 001 Dr. Aan Anwar, S.E. II/a Pengadministrasi");
  assert_has (pages[0], "Pengatur Muda");
  assert_has (pages[0], "37 thn 8 bln");
  assert_has (pages[0], "Badan Kepegawaian");

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *number = g_strdup_printf ("Halaman %u dari %u", i + 1, n);

      assert_has (pages[i], number);
      /* The table header on every page; the title on the first only. */
      assert_has (pages[i], "NO. NIP NAMA GOL./PANGKAT JABATAN UNIT KERJA MASA KERJA");
      if (i > 0)
        {
          assert_lacks (pages[i], "DAFTAR PEGAWAI");
          assert_has (pages[i], "Daftar Pegawai — Semua unit kerja");
        }
    }
  last_row = g_strdup_printf ("%u %s", N_PEOPLE, (char *) g_ptr_array_index (listed, N_PEOPLE - 1));
  assert_has (pages[n - 1], last_row);

  /* F4 is wider and a little taller: no more pages, the same rows. */
  f4 = write_list (fixture, NULL, KR_PAPER_F4, "employee-list-f4.pdf");
  g_assert_cmpuint (g_strv_length (f4), <=, n);
  last = g_strdup_printf ("Halaman %u dari %u", g_strv_length (f4), g_strv_length (f4));
  assert_has (f4[g_strv_length (f4) - 1], last);
  {
    g_autoptr (GPtrArray) f4_nips = printed_nips (f4);

    assert_same_nips (f4_nips, listed);
  }
}

/* Filters, search and order: the rows and the subtitle follow the query. */
static void
test_list_filtered (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
  g_auto (GStrv) pages = NULL;
  g_autoptr (GPtrArray) printed = NULL;
  g_autoptr (GPtrArray) listed = NULL;
  g_autofree char *joined = NULL;

  kr_employee_query_set_unit (query, fixture->unit_ids[UNIT_DINKES]);
  kr_employee_query_set_golongan_range (query, 31, 42);
  kr_employee_query_set_employee_kind (query, KR_EMPLOYEE_KIND_PNS);
  kr_employee_query_set_search (query, "agus");
  kr_employee_query_set_sort (query, KR_EMPLOYEE_SORT_NIP, TRUE);
  pages = write_list (fixture, query, KR_PAPER_A4, "filtered.pdf");
  printed = printed_nips (pages);
  listed = listed_nips (fixture, query);
  joined = g_strjoinv ("", pages);

  /* Agus 020, 060 and 100, in III/c; Agus 040, 080 and 120 are in II/a. */
  g_assert_cmpuint (listed->len, ==, 3);
  assert_same_nips (printed, listed);
  assert_has (pages[0], "Unit kerja: Dinas Kesehatan · Golongan III/a s.d. IV/b · Jenis pegawai: "
                        "PNS · Pencarian: “agus” · Urutan: NIP, menurun");
  assert_has (pages[0], "PEMERINTAH KABUPATEN CONTOH");
  assert_lacks (joined, "Budi");
  assert_lacks (joined, "Pengatur Muda");
  assert_lacks (joined, "Pengadministrasi Perkantoran");
  assert_has (joined, "Pengelola Layanan Kesehatan");
  assert_has (joined, "Halaman 1 dari 1");
}

static void
test_list_empty (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
  g_auto (GStrv) pages = NULL;

  kr_employee_query_set_search (query, "tidakadayangbernamaini");
  pages = write_list (fixture, query, KR_PAPER_A4, "empty.pdf");
  g_assert_cmpuint (g_strv_length (pages), ==, 1);
  assert_has (pages[0], "Jumlah: 0 pegawai");
  assert_has (pages[0], "Tidak ada pegawai yang sesuai dengan pilihan ini.");
  assert_has (pages[0], "Halaman 1 dari 1");
}

static void
test_list_unknown_unit (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDocument) document = NULL;

  kr_employee_query_set_unit (query, 424242);
  document = kr_document_employee_list_new (fixture->db, query, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND);
}

/* Pages laid out for one count of employees cannot be drawn for another. */
static void
test_list_changed (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDocument) document =
      kr_document_employee_list_new (fixture->db, NULL, &fixture->date, &error);
  g_autofree char *path = g_build_filename (fixture->dir, "changed.pdf", NULL);

  g_assert_no_error (error);
  add_person (fixture, N_PEOPLE, NULL, "Zaenal Baru", UNIT_DINKES);
  g_assert_false (kr_pdf_write (path, document, KR_PAPER_A4, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_CONFLICT);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_describe_query (void)
{
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
  g_autofree char *everyone = NULL;
  g_autofree char *some = NULL;
  GDate today, since;

  set_date (&today, 2026, 11, 22);
  set_date (&since, 2026, 12, 1);
  everyone = kr_document_employee_list_describe_query (NULL, NULL, &today);
  g_assert_cmpstr (everyone, ==, "Semua unit kerja · Urutan: nama, menaik");

  kr_employee_query_set_golongan_range (query, 0, 34);
  kr_employee_query_set_position_kind (query, KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN);
  kr_employee_query_set_status (query, KR_EMPLOYEE_STATUS_AKTIF);
  kr_employee_query_set_retiring_within (query, 12, &since);
  kr_employee_query_set_sort (query, KR_EMPLOYEE_SORT_GOLONGAN, TRUE);
  some = kr_document_employee_list_describe_query (query, "Dinas Kesehatan", &today);
  g_assert_cmpstr (some, ==,
                   "Unit kerja: Dinas Kesehatan · Golongan III/d ke bawah · Jenis jabatan: "
                   "Fungsional Keahlian · Kedudukan hukum: Aktif · Pensiun dalam 12 bulan sejak "
                   "1 Desember 2026 · Urutan: golongan, menurun");
}

/* Tests of the toolkit: recording pages, cancelling, progress */

typedef struct
{
  cairo_t *cr; /* a PDF surface */
  guint n_pages;
  guint next; /* the page expected next */
} Replay;

static gboolean
replay_page_cb (KrDocument *document,
                guint page,
                cairo_surface_t *surface,
                gpointer user_data,
                GError **error)
{
  Replay *replay = user_data;
  double x0, y0, width, height;

  /* Each page on a surface of its own, of the page's size. */
  cairo_recording_surface_ink_extents (surface, &x0, &y0, &width, &height);
  g_assert_cmpfloat (x0 + width, <=, 842.0 + 0.5);
  g_assert_cmpfloat (y0 + height, <=, 595.3 + 0.5);
  g_assert_cmpuint (page, ==, replay->next);
  replay->next++;
  replay->n_pages++;
  cairo_set_source_surface (replay->cr, surface, 0, 0);
  cairo_paint (replay->cr);
  cairo_show_page (replay->cr);
  return TRUE;
}

/* Recorded pages replayed on a PDF read as the pages kr_pdf_write() draws. */
static void
test_record_pages (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDocument) drawn = kr_document_employee_list_new (fixture->db, NULL, NULL, &error);
  g_autoptr (KrDocument) recorded = kr_document_employee_list_new (fixture->db, NULL, NULL, &error);
  g_autofree char *drawn_path = g_build_filename (fixture->dir, "drawn.pdf", NULL);
  g_autofree char *recorded_path = g_build_filename (fixture->dir, "recorded.pdf", NULL);
  g_autofree char *drawn_text = NULL;
  g_autofree char *recorded_text = NULL;
  cairo_surface_t *measure = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *measure_cr = cairo_create (measure);
  cairo_surface_t *pdf;
  Replay replay = { 0 };
  double width, height;
  guint n;

  g_assert_no_error (error);
  g_assert_true (kr_pdf_write (drawn_path, drawn, KR_PAPER_A4, &error));
  g_assert_no_error (error);

  kr_pdf_get_page_size (recorded, KR_PAPER_A4, &width, &height);
  g_assert_true (kr_document_paginate (recorded, measure_cr, width, height, &error));
  g_assert_no_error (error);
  n = kr_document_get_n_pages (recorded);
  g_assert_cmpuint (n, ==, kr_document_get_n_pages (drawn));
  pdf = cairo_pdf_surface_create (recorded_path, width, height);
  replay.cr = cairo_create (pdf);
  /* From the second page: the rows before it are skipped, not drawn. */
  replay.next = 1;
  g_assert_true (kr_document_record_pages (recorded, 1, n - 1, replay_page_cb, &replay, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (replay.n_pages, ==, n - 1);
  replay.next = 0;
  g_assert_true (kr_document_record_pages (recorded, 0, 0, replay_page_cb, &replay, &error));
  g_assert_cmpuint (replay.n_pages, ==, n);
  cairo_destroy (replay.cr);
  cairo_surface_finish (pdf);
  g_assert_cmpint (cairo_surface_status (pdf), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (pdf);
  cairo_destroy (measure_cr);
  cairo_surface_destroy (measure);

  drawn_text = run_poppler ("pdftotext", drawn_path);
  recorded_text = run_poppler ("pdftotext", recorded_path);
  /* The first page was replayed last. */
  {
    g_auto (GStrv) drawn_pages = g_strsplit (drawn_text, "\f", -1);
    g_auto (GStrv) recorded_pages = g_strsplit (recorded_text, "\f", -1);

    g_assert_cmpstr (recorded_pages[n - 1], ==, drawn_pages[0]);
    for (guint i = 1; i < n; i++)
      g_assert_cmpstr (recorded_pages[i - 1], ==, drawn_pages[i]);
  }
}

static gboolean
stop_cb (KrDocument *document,
         guint page,
         cairo_surface_t *surface,
         gpointer user_data,
         GError **error)
{
  g_set_error_literal (error, KR_ERROR, KR_ERROR_STORAGE, "Printer out of paper");
  return FALSE;
}

static void
progress_cb (KrDocument *document, guint rows, guint page, gpointer user_data)
{
  GCancellable *cancellable = user_data;

  g_assert_cmpuint (rows, >, 0);
  g_object_set_data (G_OBJECT (cancellable), "rows", GUINT_TO_POINTER (rows));
  if (rows >= 64)
    g_cancellable_cancel (cancellable);
}

/* A cancelled pass stops at the next row; progress is reported as rows are placed. */
static void
test_cancel_and_progress (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (KrDocument) document = kr_document_employee_list_new (fixture->db, NULL, NULL, &error);
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);

  g_assert_no_error (error);
  g_assert_cmpuint (kr_document_get_expected_rows (document), ==, N_PEOPLE);
  kr_document_set_keep_rows (document, TRUE);
  kr_document_set_cancellable (document, cancellable);
  kr_document_set_progress_func (document, progress_cb, cancellable);
  g_assert_false (kr_document_paginate (document, cr, 842, 595, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cancellable), "rows")), ==, 64);
  g_assert_cmpuint (kr_document_get_n_pages (document), ==, 0);
  g_clear_error (&error);

  /* Without the cancellable, the whole document; a page consumer that fails stops it. */
  kr_document_set_cancellable (document, NULL);
  kr_document_set_progress_func (document, NULL, NULL);
  g_assert_true (kr_document_paginate (document, cr, 842, 595, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kr_document_get_n_pages (document), >, 1);
  g_assert_false (kr_document_record_pages (document, 0, 1, stop_cb, NULL, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_STORAGE);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
add_test (const char *name, void (*func) (Fixture *, gconstpointer))
{
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  add_test ("/employee-list/everyone", test_list_everyone);
  add_test ("/employee-list/filtered", test_list_filtered);
  add_test ("/employee-list/empty", test_list_empty);
  add_test ("/employee-list/unknown-unit", test_list_unknown_unit);
  add_test ("/employee-list/changed", test_list_changed);
  g_test_add_func ("/employee-list/describe-query", test_describe_query);
  add_test ("/document/record-pages", test_record_pages);
  add_test ("/document/cancel-and-progress", test_cancel_and_progress);
  return g_test_run ();
}
