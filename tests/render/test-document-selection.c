/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-document-selection"

#include "config.h"

#include <string.h>

#include "kr-document-selection.h"
#include "kr-error.h"
#include "kr-pdf.h"
#include "kr-test-pdf.h"
#include "kr-test-utils.h"

/* The announcement of a stage of an open selection and the ranking for the PPK (synthetic
 * people, DOMAIN 1.1 NIPs), written to PDF and read back with pdftotext "-raw". The ranking is
 * set by hand, as kr_selection_rank () would leave it, so that only the layout is tested. */

typedef struct
{
  char *dir;
  KrSelectionRanking *ranking;
  GPtrArray *panel;
} Fixture;

static void
set_date (GDate *date, guint day, GDateMonth month, guint year)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
}

static void
add_stage (KrSelectionRanking *ranking,
           KrSelectionStageKind kind,
           const char *name,
           double weight,
           double pass_mark,
           guint published_day)
{
  KrSelectionStage *stage = kr_selection_stage_new ();

  stage->seq = ranking->stages->len + 1;
  stage->kind = kind;
  stage->name = g_strdup (name);
  stage->weight = weight;
  stage->has_pass_mark = pass_mark > 0;
  stage->pass_mark = pass_mark;
  g_date_clear (&stage->published_on, 1);
  if (published_day > 0)
    set_date (&stage->published_on, published_day, G_DATE_MARCH, 2026);
  g_ptr_array_add (ranking->stages, stage);
}

/* A candidate with four scores (negative: not scored). */
static void
add_row (KrSelectionRanking *ranking,
         const char *registration,
         const char *name,
         const char *nip,
         const char *origin,
         const double scores[4],
         double total,
         int eliminated_at,
         guint rank)
{
  KrSelectionRankingRow *row = g_new0 (KrSelectionRankingRow, 1);

  row->candidate_id = ranking->rows->len + 1;
  row->registration_number = g_strdup (registration);
  row->name = g_strdup (name);
  row->nip = g_strdup (nip);
  row->origin = g_strdup (origin);
  row->employee_id = nip != NULL ? 100 + ranking->rows->len : 0;
  row->withdrawn = rank == 0;
  row->n_stages = 4;
  row->scores = g_new0 (double, 4);
  row->scored = g_new0 (gboolean, 4);
  for (guint i = 0; i < 4; i++)
    {
      row->scored[i] = scores[i] >= 0;
      row->scores[i] = MAX (scores[i], 0);
    }
  row->total = total;
  row->eliminated_at = eliminated_at;
  row->rank = rank;
  g_ptr_array_add (ranking->rows, row);
}

static void
add_member (GPtrArray *panel, const char *name, KrPanelRole role, const char *institution)
{
  KrSelectionPanelMember *member = kr_selection_panel_member_new ();

  member->name = g_strdup (name);
  member->role = role;
  member->is_external = institution != NULL;
  member->institution = g_strdup (institution);
  if (!member->is_external)
    {
      member->employee_id = 7;
      member->nip = g_strdup ("196805051990031002");
      member->position_name = g_strdup ("Sekretaris Daerah");
    }
  g_ptr_array_add (panel, member);
}

/* A JPT Pratama selection, stages 1–3 published, the interview being scored: six candidates
 * (one outside applicant, one out at the administration, one at the assessment centre, one
 * withdrawn), best first. */
static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  KrSelectionRanking *ranking = g_new0 (KrSelectionRanking, 1);
  const double s6[] = { 90, 88, 86, -1 }, s1[] = { 85, 80, 82, -1 }, s2[] = { 80, 84, 79, -1 },
               s5[] = { 75, 70, 55, -1 }, s3[] = { 50, -1, -1, -1 }, s4[] = { 70, -1, -1, -1 };

  fixture->dir = kr_test_make_tmp_dir ("kr-document-selection-XXXXXX");
  ranking->selection = kr_selection_new ();
  ranking->selection->id = 1;
  ranking->selection->title =
      g_strdup ("Seleksi Terbuka JPT Pratama Kepala Dinas Pendidikan Tahun 2026");
  ranking->selection->position_name = g_strdup ("Kepala Dinas Pendidikan");
  ranking->selection->unit_name = g_strdup ("Dinas Pendidikan");
  ranking->selection->panel_decree = g_strdup ("800/112/BKPSDM/2026");
  ranking->selection->jpt = TRUE;
  ranking->stages = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_selection_stage_free);
  ranking->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_selection_ranking_row_free);
  add_stage (ranking, KR_SELECTION_STAGE_ADMINISTRATION, "Administrasi dan Rekam Jejak", 20, 60, 2);
  add_stage (ranking, KR_SELECTION_STAGE_PAPER, "Penulisan Makalah", 20, 0, 9);
  add_stage (ranking, KR_SELECTION_STAGE_ASSESSMENT, "Assessment Centre", 25, 60, 16);
  add_stage (ranking, KR_SELECTION_STAGE_INTERVIEW, "Wawancara Akhir", 35, 0, 0);
  add_row (ranking, "ST-2026-006", "Dr. Fajar Nugroho, M.Pd.", "197803152003121004", NULL, s6,
           53.10, -1, 1);
  add_row (ranking, "ST-2026-001", "Dr. Budi Hartono, M.Si.", "197501012000031001", NULL, s1, 49.50,
           -1, 2);
  add_row (ranking, "ST-2026-002", "Siti Aminah, S.H., M.H.", NULL, "Pemerintah Kabupaten Lain", s2,
           48.55, -1, 3);
  add_row (ranking, "ST-2026-005", "Eko Wibowo, S.Sos.", "198207072006041003", NULL, s5, 42.75, 2,
           4);
  add_row (ranking, "ST-2026-003", "Dewi Lestari, M.M.", "198001012005012001", NULL, s3, 10.00, 0,
           5);
  add_row (ranking, "ST-2026-004", "Gilang Ramadhan, S.T.", "198512122010011005", NULL, s4, 14.00,
           -1, 0);
  fixture->ranking = ranking;

  fixture->panel = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_selection_panel_member_free);
  add_member (fixture->panel, "Prof. Dr. Hendra Gunawan, M.A.", KR_PANEL_ROLE_CHAIR,
              "Universitas Negeri Contoh");
  add_member (fixture->panel, "Ir. Rahmat Hidayat, M.T.", KR_PANEL_ROLE_SECRETARY, NULL);
  add_member (fixture->panel, "Dr. Wulan Sari", KR_PANEL_ROLE_MEMBER, "Badan Kepegawaian Negara");
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  kr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  kr_selection_ranking_free (fixture->ranking);
  g_ptr_array_unref (fixture->panel);
}

/* What a public announcement must never hold: a NIP (grouped or not), a score, a total, a unit
 * or an origin of the candidates. */
static void
assert_public (const char *text)
{
  const char *const secrets[] = {
    "NIP",
    "19750101",
    "197501012000031001",
    "19780315",
    "196805051990031002",
    "90,00",
    "85,00",
    "53,10",
    "49,50",
    "48,55",
    "Pemerintah Kabupaten Lain",
    "Sekretaris Daerah",
    "NILAI",
    "Universitas Negeri Contoh",
  };

  for (guint i = 0; i < G_N_ELEMENTS (secrets); i++)
    kr_test_assert_lacks (text, secrets[i]);
}

static void
test_announcement (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrDocument) document = NULL;
  g_autoptr (KrDocument) assessment = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *assessment_text = NULL;
  KrDocumentSelectionScope scope = { .instansi = "Pemerintah Kabupaten Contoh",
                                     .number = "001/PANSEL-JPT/III/2026",
                                     .place = "Sukamaju" };

  document =
      kr_document_selection_announcement_new (&scope, fixture->ranking, fixture->panel, 0, &error);
  g_assert_no_error (error);
  g_assert_false (kr_document_get_landscape (document));
  g_assert_cmpuint (
      kr_test_write_pdf (fixture->dir, document, KR_PAPER_A4, "selection-stage-1.pdf", &text), ==,
      1);
  kr_test_assert_has (text, "PANITIA SELEKSI TERBUKA PEMERINTAH KABUPATEN CONTOH PENGUMUMAN HASIL "
                            "SELEKSI TAHAP ADMINISTRASI DAN REKAM JEJAK Nomor: "
                            "001/PANSEL-JPT/III/2026 SELEKSI TERBUKA JPT PRATAMA KEPALA DINAS "
                            "PENDIDIKAN TAHUN 2026");
  kr_test_assert_has (text, "Berdasarkan hasil seleksi tahap Administrasi dan Rekam Jejak");
  kr_test_assert_has (text, "jabatan Kepala Dinas Pendidikan pada Dinas Pendidikan");
  kr_test_assert_has (text, "berhak mengikuti tahap berikutnya, yaitu tahap Penulisan Makalah");
  /* Who goes on, by registration number; not the eliminated, not the withdrawn. */
  kr_test_assert_has (text, "NO NOMOR PENDAFTARAN NAMA 1 ST-2026-001 Dr. Budi Hartono, M.Si. 2 "
                            "ST-2026-002 Siti Aminah, S.H., M.H. 3 ST-2026-005 Eko Wibowo, S.Sos. "
                            "4 ST-2026-006 Dr. Fajar Nugroho, M.Pd.");
  kr_test_assert_lacks (text, "Dewi Lestari");
  kr_test_assert_lacks (text, "ST-2026-003");
  kr_test_assert_lacks (text, "Gilang Ramadhan");
  kr_test_assert_has (text, "Jumlah peserta yang dinyatakan lulus: 4 orang");
  /* The date is the stage's publication; the chair signs by name. */
  kr_test_assert_has (text, "Sukamaju, 2 Maret 2026 Ketua Panitia Seleksi, Prof. Dr. Hendra "
                            "Gunawan, M.A.");
  assert_public (text);

  assessment =
      kr_document_selection_announcement_new (&scope, fixture->ranking, fixture->panel, 2, &error);
  g_assert_no_error (error);
  kr_test_write_pdf (fixture->dir, assessment, KR_PAPER_F4, "selection-stage-3.pdf",
                     &assessment_text);
  kr_test_assert_has (assessment_text, "TAHAP ASSESSMENT CENTRE");
  kr_test_assert_has (assessment_text, "yaitu tahap Wawancara Akhir");
  kr_test_assert_has (assessment_text, "1 ST-2026-001 Dr. Budi Hartono, M.Si. 2 ST-2026-002 Siti "
                                       "Aminah, S.H., M.H. 3 ST-2026-006 Dr. Fajar Nugroho");
  kr_test_assert_lacks (assessment_text, "Eko Wibowo");
  kr_test_assert_has (assessment_text, "Sukamaju, 16 Maret 2026");
  assert_public (assessment_text);
}

static void
test_announcement_refused (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  KrDocumentSelectionScope scope = { 0 };
  KrDocument *document;

  /* The interview is not published: its results are not final. */
  document =
      kr_document_selection_announcement_new (&scope, fixture->ranking, fixture->panel, 3, &error);
  g_assert_null (document);
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Wawancara Akhir"));
  g_clear_error (&error);
  document =
      kr_document_selection_announcement_new (&scope, fixture->ranking, fixture->panel, 4, &error);
  g_assert_null (document);
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
}

/* Every stage published: the last announcement names the three best proposed, by rank. */
static void
test_announcement_final (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrDocument) document = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  KrSelectionRanking *ranking = fixture->ranking;
  KrSelectionStage *interview = ranking->stages->pdata[3];
  GDate signed_on;
  KrDocumentSelectionScope scope = { .date = &signed_on };
  const double scores[] = { 88, 92, 75 };

  set_date (&interview->published_on, 23, G_DATE_MARCH, 2026);
  set_date (&signed_on, 24, G_DATE_MARCH, 2026);
  ranking->final = TRUE;
  for (guint i = 0; i < 3; i++)
    {
      KrSelectionRankingRow *row = ranking->rows->pdata[i];

      row->scored[3] = TRUE;
      row->scores[3] = scores[i];
      row->proposed = TRUE;
    }
  document = kr_document_selection_announcement_new (&scope, ranking, fixture->panel, 3, &error);
  g_assert_no_error (error);
  kr_test_write_pdf (fixture->dir, document, KR_PAPER_A4, "selection-final.pdf", &text);
  kr_test_assert_has (text, "PENGUMUMAN HASIL SELEKSI TAHAP WAWANCARA AKHIR");
  kr_test_assert_has (text, "Nomor: ..............................");
  kr_test_assert_has (text, "tiga peserta terbaik yang diusulkan kepada Pejabat Pembina "
                            "Kepegawaian");
  kr_test_assert_has (text, "PERINGKAT NOMOR PENDAFTARAN NAMA 1 ST-2026-006 Dr. Fajar Nugroho, "
                            "M.Pd. 2 ST-2026-001 Dr. Budi Hartono, M.Si. 3 ST-2026-002 Siti "
                            "Aminah, S.H., M.H.");
  kr_test_assert_has (text, "Jumlah peserta yang diusulkan: 3 orang");
  kr_test_assert_has (text, ".............................., 24 Maret 2026 Ketua Panitia Seleksi");
  kr_test_assert_lacks (text, "Eko Wibowo");
  assert_public (text);
  kr_test_assert_lacks (text, "88,00");
}

/* A tie at the third place proposes every tied candidate: the text counts them. */
static void
test_announcement_tie (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrDocument) document = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  KrSelectionRanking *ranking = fixture->ranking;
  KrDocumentSelectionScope scope = { 0 };

  set_date (&((KrSelectionStage *) ranking->stages->pdata[3])->published_on, 23, G_DATE_MARCH,
            2026);
  ranking->final = TRUE;
  for (guint i = 0; i < 4; i++)
    {
      KrSelectionRankingRow *row = ranking->rows->pdata[i];

      row->scored[3] = TRUE;
      row->eliminated_at = -1;
      row->rank = MIN (i + 1, 3);
      row->tied = i >= 2;
      row->proposed = TRUE;
    }
  document = kr_document_selection_announcement_new (&scope, ranking, NULL, 3, &error);
  g_assert_no_error (error);
  kr_test_write_pdf (fixture->dir, document, KR_PAPER_A4, "selection-tie.pdf", &text);
  kr_test_assert_has (text, "mengumumkan 4 peserta terbaik");
  kr_test_assert_lacks (text, "tiga peserta");
  kr_test_assert_has (text, "3 ST-2026-002 Siti Aminah, S.H., M.H. 3 ST-2026-005 Eko Wibowo");
  kr_test_assert_has (text, "Jumlah peserta yang diusulkan: 4 orang");
  /* Without a panel, a dotted line for the chair's name. */
  kr_test_assert_has (text, "Ketua Panitia Seleksi, (......");
  assert_public (text);
}

static void
test_ranking (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrDocument) document = NULL;
  g_autofree char *text = NULL;
  GDate date;
  KrDocumentSelectionScope scope = { .instansi = "Pemerintah Kabupaten Contoh",
                                     .place = "Sukamaju",
                                     .date = &date };

  set_date (&date, 17, G_DATE_MARCH, 2026);
  document = kr_document_selection_ranking_new (&scope, fixture->ranking, fixture->panel);
  g_assert_true (kr_document_get_landscape (document));
  g_assert_cmpuint (
      kr_test_write_pdf (fixture->dir, document, KR_PAPER_A4, "selection-ranking.pdf", &text), >=,
      1);
  kr_test_assert_has (text, "DAFTAR PERINGKAT HASIL SELEKSI TERBUKA");
  kr_test_assert_has (text, "Jabatan yang diisi: Kepala Dinas Pendidikan, Dinas Pendidikan");
  kr_test_assert_has (text, "Keputusan pembentukan Panitia Seleksi: 800/112/BKPSDM/2026");
  /* The stages with weights, pass marks and publication. */
  kr_test_assert_has (text, "1 Administrasi dan Rekam Jejak 20 60,00 02-03-2026");
  kr_test_assert_has (text, "2 Penulisan Makalah 20 - 09-03-2026");
  kr_test_assert_has (text, "4 Wawancara Akhir 35 - Belum diumumkan");
  kr_test_assert_has (text, "NILAI TAHAP SELEKSI");
  kr_test_assert_has (text, "Administrasi dan Rekam Jejak (20%)");
  kr_test_assert_has (text, "Wawancara Akhir (35%)");
  /* Best first, with NIP or origin, the scores and the totals. */
  kr_test_assert_has (text, "1 ST-2026-006 Dr. Fajar Nugroho, M.Pd. NIP. 19780315 200312 1 004 "
                            "90,00 88,00 86,00 - 53,10 -");
  kr_test_assert_has (text, "3 ST-2026-002 Siti Aminah, S.H., M.H. Pemerintah Kabupaten Lain "
                            "80,00 84,00 79,00 - 48,55");
  kr_test_assert_has (text, "4 ST-2026-005 Eko Wibowo, S.Sos. NIP. 19820707 200604 1 003 75,00 "
                            "70,00 55,00 - 42,75 Tidak lulus tahap Assessment Centre");
  kr_test_assert_has (text, "5 ST-2026-003 Dewi Lestari, M.M.");
  kr_test_assert_has (text, "Tidak lulus tahap Administrasi dan Rekam Jejak");
  kr_test_assert_has (text, "- ST-2026-004 Gilang Ramadhan, S.T.");
  kr_test_assert_has (text, "Mengundurkan diri");
  kr_test_assert_has (text, "Jumlah peserta: 6 · Mengundurkan diri: 1 · Tidak lulus: 2 · "
                            "Diusulkan kepada PPK: 0");
  kr_test_assert_has (text, "Peringkat sementara");
  /* The panel, and the chair's signature. */
  kr_test_assert_has (text, "1 Prof. Dr. Hendra Gunawan, M.A. Ketua Eksternal Universitas Negeri "
                            "Contoh");
  kr_test_assert_has (text, "2 Ir. Rahmat Hidayat, M.T. Sekretaris Internal Sekretaris Daerah");
  kr_test_assert_has (text, "Sukamaju, 17 Maret 2026 Ketua Panitia Seleksi, Prof. Dr. Hendra");
}

static void
test_ranking_final (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrDocument) document = NULL;
  g_autoptr (KrDocument) empty = NULL;
  g_autoptr (KrSelectionRanking) none = g_new0 (KrSelectionRanking, 1);
  g_autofree char *text = NULL;
  g_autofree char *empty_text = NULL;
  KrDocumentSelectionScope scope = { 0 };

  fixture->ranking->final = TRUE;
  for (guint i = 0; i < 3; i++)
    ((KrSelectionRankingRow *) fixture->ranking->rows->pdata[i])->proposed = TRUE;
  ((KrSelectionRankingRow *) fixture->ranking->rows->pdata[2])->tied = TRUE;
  document = kr_document_selection_ranking_new (&scope, fixture->ranking, NULL);
  kr_test_write_pdf (fixture->dir, document, KR_PAPER_F4, "selection-ranking-final.pdf", &text);
  g_assert_cmpuint (kr_test_count (text, "Diusulkan kepada PPK"), ==, 4);
  kr_test_assert_has (text, "Diusulkan kepada PPK; peringkat sama");
  kr_test_assert_has (text, "Diusulkan kepada PPK: 3");
  kr_test_assert_lacks (text, "Peringkat sementara");
  kr_test_assert_has (text, "Panitia seleksi belum dibentuk.");

  none->selection = kr_selection_new ();
  none->selection->title = g_strdup ("Seleksi Terbuka Kepala Bagian Umum Tahun 2026");
  none->stages = g_ptr_array_new ();
  none->rows = g_ptr_array_new ();
  empty = kr_document_selection_ranking_new (&scope, none, NULL);
  kr_test_write_pdf (fixture->dir, empty, KR_PAPER_A4, "selection-ranking-empty.pdf", &empty_text);
  kr_test_assert_has (empty_text, "Belum ada tahapan seleksi.");
  kr_test_assert_has (empty_text, "Belum ada peserta.");
  kr_test_assert_has (empty_text, "Jumlah peserta: 0");
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
  add_test ("/render/selection/announcement", test_announcement);
  add_test ("/render/selection/announcement-refused", test_announcement_refused);
  add_test ("/render/selection/announcement-final", test_announcement_final);
  add_test ("/render/selection/announcement-tie", test_announcement_tie);
  add_test ("/render/selection/ranking", test_ranking);
  add_test ("/render/selection/ranking-final", test_ranking_final);
  return g_test_run ();
}
