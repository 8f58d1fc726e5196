/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-document-follow-up"

#include "config.h"

#include <string.h>

#include "kr-document-follow-up.h"
#include "kr-document-rows.h"
#include "kr-pdf.h"
#include "kr-test-pdf.h"
#include "kr-test-utils.h"

/* The follow-up lists of a final period (synthetic people, DOMAIN 1.1 NIPs), and the toolkit
 * pieces the appraisal documents rest on: rows spanning columns and lines, texts side by side,
 * drawings. Read back with pdftotext "-raw", which keeps the text in drawing order. */

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->dir = kr_test_make_tmp_dir ("kr-document-follow-up-XXXXXX");
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  kr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static KrAppraisalRow *
make_row (const char *name, const char *nip, KrPredikat predikat, gboolean has_predikat)
{
  KrAppraisalRow *row = g_new0 (KrAppraisalRow, 1);

  row->name = g_strdup (name);
  row->nip = g_strdup (nip);
  row->position_name = g_strdup_printf ("Jabatan %s", name);
  row->unit_name = g_strdup ("Dinas Kesehatan");
  row->has_predikat = has_predikat;
  row->predikat = predikat;
  return row;
}

static void
test_follow_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) rows =
      g_ptr_array_new_with_free_func ((GDestroyNotify) kr_appraisal_row_free);
  g_autoptr (KrDocument) recognition = NULL;
  g_autoptr (KrDocument) development = NULL;
  g_autofree char *text = NULL;
  g_autofree char *dev_text = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 15, G_DATE_JANUARY, 2027);
  g_ptr_array_add (rows,
                   make_row ("Agus Santoso", "198501122010011001", KR_PREDIKAT_SANGAT_BAIK, TRUE));
  g_ptr_array_add (rows, make_row ("Citra Lestari", "199207082019032002", KR_PREDIKAT_BAIK, TRUE));
  g_ptr_array_add (
      rows, make_row ("Eko Pratama", "198811232014021001", KR_PREDIKAT_BUTUH_PERBAIKAN, TRUE));
  g_ptr_array_add (
      rows, make_row ("Fitri Kusuma", "199404302020122002", KR_PREDIKAT_SANGAT_KURANG, TRUE));
  g_ptr_array_add (rows, make_row ("Joko Siregar", "198003172006041003", 0, FALSE));

  recognition =
      kr_document_follow_up_new (KR_FOLLOW_UP_RECOGNITION, "Pemerintah Kabupaten Contoh",
                                 "Dinas Kesehatan", 2026, "AKHIR", rows, "Sukamaju", &date);
  kr_test_write_pdf (fixture->dir, recognition, KR_PAPER_A4, "follow-up-recognition.pdf", &text);
  kr_test_assert_has (text, "DAFTAR PEGAWAI DENGAN PREDIKAT KINERJA SANGAT BAIK");
  kr_test_assert_has (text, "PEMERINTAH KABUPATEN CONTOH");
  kr_test_assert_has (text, "DINAS KESEHATAN");
  kr_test_assert_has (text, "Tahun Penilaian 2026 — Periode: AKHIR");
  kr_test_assert_has (text, "Agus Santoso 19850112 201001 1 001");
  kr_test_assert_has (text, "Jabatan Agus Santoso");
  kr_test_assert_has (text, "Usulan penghargaan / kelompok rencana suksesi");
  kr_test_assert_has (text, "Sukamaju, 15 Januari 2027 Kepala BKPSDM");
  kr_test_assert_lacks (text, "Citra");
  kr_test_assert_lacks (text, "Eko");
  kr_test_assert_lacks (text, "Joko");

  development = kr_document_follow_up_new (KR_FOLLOW_UP_DEVELOPMENT, "Pemerintah Kabupaten Contoh",
                                           NULL, 2026, "AKHIR", rows, NULL, NULL);
  kr_test_write_pdf (fixture->dir, development, KR_PAPER_F4, "follow-up-development.pdf",
                     &dev_text);
  kr_test_assert_has (dev_text, "BUTUH PERBAIKAN, KURANG/MISCONDUCT DAN SANGAT KURANG");
  kr_test_assert_has (dev_text, "1 Eko Pratama");
  kr_test_assert_has (dev_text, "2 Fitri Kusuma");
  kr_test_assert_has (dev_text, "Butuh Perbaikan");
  kr_test_assert_has (dev_text, "Sangat Kurang");
  kr_test_assert_has (dev_text, "Coaching / mentoring / pelatihan");
  kr_test_assert_lacks (dev_text, "Agus");
  kr_test_assert_lacks (dev_text, "Citra");
}

static void
test_follow_up_empty (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();
  g_autoptr (KrDocument) document = kr_document_follow_up_new (KR_FOLLOW_UP_RECOGNITION, NULL, NULL,
                                                               2026, "AKHIR", rows, NULL, NULL);
  g_autofree char *text = NULL;

  kr_test_write_pdf (fixture->dir, document, KR_PAPER_A4, "follow-up-empty.pdf", &text);
  kr_test_assert_has (text, "Tidak ada pegawai dengan predikat kinerja Sangat Baik.");
}

/* The toolkit: rows with spans and lines read the same when kept between passes, side by
 * side texts, drawings. */

static gboolean
styled_rows_cb (KrDocument *document, gpointer user_data, GError **error)
{
  static const guint spans[3] = { 3, 0, 0 };
  const KrDocumentRowStyle group = { .spans = spans, .bold = TRUE, .shaded = TRUE };
  const KrDocumentRowStyle lines = { .n_lines = 2, .merged = 1 };

  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *heading = g_strdup_printf ("KELOMPOK %u", i);
      g_autofree char *merged = g_strdup_printf ("GABUNG%u", i);
      const char *group_cells[3] = { heading, NULL, NULL };
      const char *cells[6] = { merged, "baris satu", "kiri", NULL, "baris dua", "kanan" };

      if (!kr_document_add_row_full (document, group_cells, &group) ||
          !kr_document_add_row_full (document, cells, &lines))
        break;
    }
  return TRUE;
}

static guint drawn;

static void
draw_cb (cairo_t *cr, double x, double y, double width, double height, gpointer data)
{
  drawn++;
  cairo_rectangle (cr, x, y, width, height);
  cairo_stroke (cr);
}

static void
test_toolkit (Fixture *fixture, gconstpointer data)
{
  static const KrDocumentColumn columns[3] = {
    { "A", NULL, 1, PANGO_ALIGN_LEFT },
    { "B", NULL, 2, PANGO_ALIGN_LEFT },
    { "C", NULL, 1, PANGO_ALIGN_LEFT },
  };
  const char *texts[2] = { "KIRI\nsatu", "KANAN\ndua" };
  const KrDocumentTextStyle style = { .keep_with_previous = TRUE };
  g_autofree char *plain = NULL;
  g_autofree char *kept = NULL;

  for (guint keep = 0; keep < 2; keep++)
    {
      g_autoptr (KrDocument) document = kr_document_new ();

      kr_document_set_keep_rows (document, keep);
      kr_document_add_text (document, "Judul", NULL);
      kr_document_add_table (document, columns, 3, FALSE, NULL, styled_rows_cb, NULL, NULL);
      kr_document_add_columns (document, texts, 2, &style);
      kr_document_add_drawing (document, 100, draw_cb, NULL, NULL);
      drawn = 0;
      kr_test_write_pdf (fixture->dir, document, KR_PAPER_A4,
                         keep ? "toolkit-kept.pdf" : "toolkit.pdf", keep ? &kept : &plain);
      g_assert_cmpuint (drawn, ==, 1);
    }
  g_assert_cmpstr (plain, ==, kept);
  g_assert_cmpuint (kr_test_count (plain, "GABUNG7 "), ==, 1);
  g_assert_cmpuint (kr_test_count (plain, "baris dua"), ==, 60);
  kr_test_assert_has (plain, "KELOMPOK 59");
  kr_test_assert_has (plain, "KIRI satu");
  kr_test_assert_has (plain, "KANAN dua");
}

static void
add_test (const char *path, void (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  add_test ("/render/follow-up/lists", test_follow_up);
  add_test ("/render/follow-up/empty", test_follow_up_empty);
  add_test ("/render/document/spans-columns-drawing", test_toolkit);
  return g_test_run ();
}
