/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-document-appraisal"

#include "config.h"

#include <string.h>

#include "kr-document-appraisal.h"
#include "kr-error.h"
#include "kr-nip.h"
#include "kr-pdf.h"
#include "kr-test-pdf.h"
#include "kr-test-utils.h"

/* The appraisal documents are built from hand-made sheets of synthetic people (DOMAIN 1.1:
 * NIPs from a birth date, a TMT CPNS after it, the gender digit and a sequence number) and
 * read back with pdftotext. "-raw" keeps the text in the order it was drawn, so a wrapped cell
 * reads as one phrase once white space is squeezed; "-layout" keeps pages for counting. */

#define EMPLOYEE_NIP  "199003152015032001" /* 15 Mar 1990, TMT 2015-03, woman, 001 */
#define APPRAISER_NIP "197808122003121002" /* 12 Aug 1978, TMT 2003-12, man, 002 */
#define SENIOR_NIP    "196905201994031003" /* 20 May 1969, TMT 1994-03, man, 003 */

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->dir = kr_test_make_tmp_dir ("kr-document-appraisal-XXXXXX");
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  kr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* Sheets */

static void
set_person (KrAppraisalPerson *person,
            gint64 id,
            const char *name,
            const char *nip,
            const char *golongan,
            const char *position,
            const char *unit)
{
  person->employee_id = id;
  person->name = g_strdup (name);
  person->nip = g_strdup (nip);
  person->golongan_label = g_strdup (golongan);
  person->position_name = g_strdup (position);
  person->unit_name = g_strdup (unit);
}

static KrAppraisalResult *
make_result (KrResultKind kind, guint n, guint n_indicators, gboolean long_text)
{
  g_autofree char *text = g_strdup_printf (
      "Tersusunnya dokumen hasil kerja RHK%02u%s", n,
      long_text ? " yang disusun bersama tim teknis lintas bidang dengan memperhatikan masukan "
                  "para pemangku kepentingan dan ketentuan peraturan perundang-undangan"
                : "");
  KrAppraisalResult *result = kr_appraisal_result_new (kind, text);

  result->leader_result = g_strdup_printf ("Meningkatnya kualitas layanan kepegawaian PIM%02u", n);
  for (guint i = 0; i < n_indicators; i++)
    {
      g_autofree char *indicator = g_strdup_printf (
          "Persentase dokumen IKI%02u%c yang selesai tepat waktu%s", n, 'a' + i,
          long_text ? " sesuai standar pelayanan dan diverifikasi oleh atasan langsung" : "");
      g_autofree char *target = g_strdup_printf ("TGT%02u%c 100%%", n, 'a' + i);

      g_ptr_array_add (result->indicators,
                       kr_appraisal_indicator_new (i % KR_N_ASPECTS, indicator, target));
    }
  result->realisation = g_strdup_printf ("Realisasi REAL%02u tercapai sesuai target", n);
  result->feedback = g_strdup_printf ("Umpan balik UMB%02u: pertahankan kinerja", n);
  return result;
}

static KrAppraisalEvaluation *
make_evaluation (const KrAppraisal *plan)
{
  KrAppraisalEvaluation *evaluation = g_new0 (KrAppraisalEvaluation, 1);

  evaluation->period = 2;
  evaluation->state = KR_APPRAISAL_STATE_FINAL;
  evaluation->has_results_rating = TRUE;
  evaluation->results_rating = KR_RATING_ABOVE;
  evaluation->has_behaviour_rating = TRUE;
  evaluation->behaviour_rating = KR_RATING_AS_EXPECTED;
  evaluation->has_predikat = TRUE;
  evaluation->predikat = kr_predikat_from_ratings (KR_RATING_ABOVE, KR_RATING_AS_EXPECTED);
  evaluation->results = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_appraisal_result_free);
  for (guint i = 0; i < plan->results->len; i++)
    g_ptr_array_add (evaluation->results,
                     kr_appraisal_result_copy (g_ptr_array_index (plan->results, i)));
  for (guint b = 0; b < KR_N_BEHAVIOURS; b++)
    evaluation->behaviour_feedback[b] = g_strdup_printf ("Umpan balik perilaku UBP%u", b + 1);
  evaluation->notes = g_strdup ("Catatan CATREK: ikutkan pelatihan analisis jabatan");
  evaluation->objection = g_strdup ("Keberatan KBRT: realisasi triwulan belum dihitung");
  evaluation->objection_response = g_strdup ("Penjelasan PJLS: bukti dukung sudah diperiksa");
  evaluation->decision = g_strdup ("Keputusan KPTS: predikat tetap Baik");
  return evaluation;
}

static KrAppraisalSheet *
make_sheet (guint n_utama, guint n_indicators, gboolean long_text, gboolean with_evaluation)
{
  KrAppraisalSheet *sheet = g_new0 (KrAppraisalSheet, 1);

  sheet->instansi = g_strdup ("Pemerintah Kabupaten Contoh");
  sheet->year = 2026;
  sheet->cycle = KR_APPRAISAL_CYCLE_QUARTERLY;
  sheet->period = 2;
  sheet->period_label = kr_appraisal_period_dup_label (KR_APPRAISAL_CYCLE_QUARTERLY, 2);
  g_date_clear (&sheet->start, 1);
  g_date_clear (&sheet->end, 1);
  g_date_clear (&sheet->signed_on, 1);
  g_date_set_dmy (&sheet->start, 1, G_DATE_APRIL, 2026);
  g_date_set_dmy (&sheet->end, 30, G_DATE_JUNE, 2026);
  g_date_set_dmy (&sheet->signed_on, 3, G_DATE_JULY, 2026);
  set_person (&sheet->employee, 11, "Dewi Kartika Sari, S.Kom.", EMPLOYEE_NIP,
              "Penata Muda Tingkat I (III/b)", "Pranata Komputer Ahli Pertama",
              "Bidang Informasi Kepegawaian");
  set_person (&sheet->appraiser, 12, "Drs. Bambang Hidayat Saputra, M.Si.", APPRAISER_NIP,
              "Pembina (IV/a)", "Kepala Bidang Informasi Kepegawaian",
              "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia");
  set_person (&sheet->senior_appraiser, 13, "Ir. Hendra Wibowo Nasution, M.M.", SENIOR_NIP,
              "Pembina Utama Muda (IV/c)", "Kepala Badan Kepegawaian", "Sekretariat Daerah");
  sheet->plan = kr_appraisal_new (11, 2026);
  for (guint i = 0; i < n_utama; i++)
    g_ptr_array_add (sheet->plan->results,
                     make_result (KR_RESULT_KIND_UTAMA, i + 1, n_indicators, long_text));
  g_ptr_array_add (sheet->plan->results, make_result (KR_RESULT_KIND_TAMBAHAN, 99, 1, FALSE));
  for (guint b = 0; b < KR_N_BEHAVIOURS; b++)
    sheet->plan->expectations[b] = g_strdup_printf ("Ekspektasi EKSP%u dari pimpinan", b + 1);
  if (with_evaluation)
    sheet->evaluation = make_evaluation (sheet->plan);
  sheet->has_organisation_result = TRUE;
  sheet->organisation_result = KR_ORGANISATION_RESULT_BAIK;
  sheet->distribution[KR_PREDIKAT_SANGAT_BAIK] = 6;
  sheet->distribution[KR_PREDIKAT_BAIK] = 18;
  sheet->distribution[KR_PREDIKAT_BUTUH_PERBAIKAN] = 4;
  sheet->distribution[KR_PREDIKAT_KURANG] = 2;
  sheet->has_ikm = TRUE;
  sheet->ikm = 82.75;
  sheet->place = g_strdup ("Sukamaju");
  return sheet;
}

static void
assert_people (const char *text, const KrAppraisalSheet *sheet, gboolean senior)
{
  const KrAppraisalPerson *people[] = { &sheet->employee, &sheet->appraiser,
                                        &sheet->senior_appraiser };

  for (guint i = 0; i < (senior ? 3u : 2u); i++)
    {
      g_autofree char *nip = kr_nip_format_digits (people[i]->nip);

      kr_test_assert_has (text, people[i]->name);
      kr_test_assert_has (text, nip);
      kr_test_assert_has (text, people[i]->golongan_label);
      kr_test_assert_has (text, people[i]->position_name);
      kr_test_assert_has (text, people[i]->unit_name);
    }
  kr_test_assert_has (text, "PANGKAT/GOL RUANG");
  kr_test_assert_has (text, "UNIT KERJA");
}

static void
assert_results (const char *text, const KrAppraisalSheet *sheet, gboolean evaluation)
{
  for (guint i = 0; i < sheet->plan->results->len; i++)
    {
      const KrAppraisalResult *result = g_ptr_array_index (sheet->plan->results, i);

      kr_test_assert_has (text, result->result);
      kr_test_assert_has (text, result->leader_result);
      for (guint j = 0; j < result->indicators->len; j++)
        {
          const KrAppraisalIndicator *indicator = g_ptr_array_index (result->indicators, j);

          kr_test_assert_has (text, indicator->indicator);
          kr_test_assert_has (text, indicator->target);
          kr_test_assert_has (text, kr_aspect_get_label (indicator->aspect));
        }
      if (evaluation)
        {
          kr_test_assert_has (text, result->realisation);
          kr_test_assert_has (text, result->feedback);
        }
      else
        kr_test_assert_lacks (text, result->realisation);
    }
  kr_test_assert_has (text, "A. KINERJA UTAMA");
  kr_test_assert_has (text, "B. KINERJA TAMBAHAN");
}

static void
assert_behaviour (const char *text, const KrAppraisalSheet *sheet, gboolean evaluation)
{
  for (guint b = 0; b < KR_N_BEHAVIOURS; b++)
    {
      const char *const *guidance = kr_behaviour_get_guidance (b);

      kr_test_assert_has (text, kr_behaviour_get_label (b));
      for (guint i = 0; guidance[i] != NULL; i++)
        kr_test_assert_has (text, guidance[i]);
      kr_test_assert_has (text, sheet->plan->expectations[b]);
      if (evaluation)
        kr_test_assert_has (text, sheet->evaluation->behaviour_feedback[b]);
    }
  kr_test_assert_has (text, "EKSPEKTASI KHUSUS PIMPINAN");
}

/* Tests */

static void
test_skp (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrAppraisalSheet) sheet = make_sheet (3, 2, FALSE, FALSE);
  g_autoptr (KrDocument) document = kr_document_skp_new (sheet);
  g_autofree char *a4 = NULL;
  g_autofree char *f4 = NULL;

  kr_test_write_pdf (fixture->dir, document, KR_PAPER_A4, "skp-a4.pdf", &a4);
  kr_test_write_pdf (fixture->dir, document, KR_PAPER_F4, "skp-f4.pdf", &f4);
  g_assert_false (kr_document_get_landscape (document));
  for (const char *text = a4; text != NULL; text = text == a4 ? f4 : NULL)
    {
      kr_test_assert_has (text, "SASARAN KINERJA PEGAWAI");
      kr_test_assert_has (text, "PEMERINTAH KABUPATEN CONTOH");
      kr_test_assert_has (text, "Periode Penilaian: 1 April 2026 s.d. 30 Juni 2026");
      kr_test_assert_has (text, "PEGAWAI YANG DINILAI");
      kr_test_assert_has (text, "PEJABAT PENILAI KINERJA");
      assert_people (text, sheet, FALSE);
      kr_test_assert_has (text, "HASIL KERJA");
      kr_test_assert_has (text, "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI");
      kr_test_assert_has (text, "INDIKATOR KINERJA INDIVIDU");
      assert_results (text, sheet, FALSE);
      kr_test_assert_has (text, "PERILAKU KERJA");
      assert_behaviour (text, sheet, FALSE);
      kr_test_assert_has (text, "Sukamaju, 3 Juli 2026");
      kr_test_assert_has (text, "Pegawai yang Dinilai");
      kr_test_assert_has (text, "Pejabat Penilai Kinerja");
      kr_test_assert_has (text, "Halaman 1 dari");
      kr_test_assert_lacks (text, "Atasan Pejabat Penilai Kinerja");
    }
}

static void
test_skp_long (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrAppraisalSheet) short_sheet = make_sheet (3, 2, FALSE, FALSE);
  g_autoptr (KrAppraisalSheet) sheet = make_sheet (40, 3, TRUE, FALSE);
  g_autoptr (KrDocument) short_document = kr_document_skp_new (short_sheet);
  g_autoptr (KrDocument) document = kr_document_skp_new (sheet);
  g_autofree char *text = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "skp-long-a4.pdf", NULL);
  g_auto (GStrv) pages = NULL;
  guint n_short =
      kr_test_write_pdf (fixture->dir, short_document, KR_PAPER_A4, "skp-short-a4.pdf", NULL);
  guint n_a4 = kr_test_write_pdf (fixture->dir, document, KR_PAPER_A4, "skp-long-a4.pdf", &text);
  guint n_f4 = kr_test_write_pdf (fixture->dir, document, KR_PAPER_F4, "skp-long-f4.pdf", NULL);
  guint with_rows = 0;

  g_assert_cmpuint (n_short, <=, 2);
  g_assert_cmpuint (n_a4, >, n_short + 3);
  g_assert_cmpuint (n_f4, <=, n_a4);
  assert_results (text, sheet, FALSE);
  assert_behaviour (text, sheet, FALSE);
  /* Each result once, though its cells span its indicators */
  g_assert_cmpuint (kr_test_count (text, "RHK07 yang"), ==, 1);
  g_assert_cmpuint (kr_test_count (text, "PIM07"), ==, 1);

  /* The header of the hasil kerja table on every page that has its rows */
  pages = kr_test_pdf_pages (path);
  for (guint i = 0; pages[i] != NULL; i++)
    {
      if (strstr (pages[i], "IKI") == NULL)
        continue;
      with_rows++;
      g_assert_cmpuint (kr_test_count (pages[i], "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI"),
                        ==, 1);
      if (i > 0)
        kr_test_assert_has (pages[i], "Sasaran Kinerja Pegawai — Dewi Kartika Sari");
    }
  g_assert_cmpuint (with_rows, >=, n_a4 - 1);
  g_assert_cmpuint (kr_test_count (text, "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI"), ==,
                    with_rows);
  /* The signatures on the last page, with rows before them */
  kr_test_assert_has (pages[n_a4 - 1], "Pejabat Penilai Kinerja");
}

static void
test_evaluation (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrAppraisalSheet) sheet = make_sheet (4, 2, FALSE, TRUE);
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDocument) document = kr_document_evaluation_new (sheet, &error);
  g_autofree char *a4 = NULL;
  g_autofree char *f4 = NULL;

  g_assert_no_error (error);
  g_assert_true (kr_document_get_landscape (document));
  kr_test_write_pdf (fixture->dir, document, KR_PAPER_A4, "evaluation-a4.pdf", &a4);
  kr_test_write_pdf (fixture->dir, document, KR_PAPER_F4, "evaluation-f4.pdf", &f4);
  for (const char *text = a4; text != NULL; text = text == a4 ? f4 : NULL)
    {
      kr_test_assert_has (text, "EVALUASI KINERJA PEGAWAI");
      kr_test_assert_has (text, "PERIODE: TRIWULAN II");
      kr_test_assert_has (text, "PEMERINTAH KABUPATEN CONTOH");
      kr_test_assert_has (text, "Periode Penilaian: 1 April 2026 s.d. 30 Juni 2026");
      assert_people (text, sheet, FALSE);
      kr_test_assert_has (text, "CAPAIAN KINERJA ORGANISASI Baik");
      kr_test_assert_has (text, "INDEKS KEPUASAN MASYARAKAT (IKM) 82,75");
      kr_test_assert_has (text, "POLA DISTRIBUSI");
      kr_test_assert_has (text, "18 (60%)");
      kr_test_assert_has (text, "6 (20%)");
      kr_test_assert_has (text, "0 (0%)");
      kr_test_assert_has (text, "Kurang/Misconduct");
      kr_test_assert_has (text, "REALISASI BERDASARKAN BUKTI DUKUNG");
      kr_test_assert_has (text, "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG");
      assert_results (text, sheet, TRUE);
      assert_behaviour (text, sheet, TRUE);
      kr_test_assert_has (text, "RATING HASIL KERJA Di Atas Ekspektasi");
      kr_test_assert_has (text, "RATING PERILAKU KERJA Sesuai Ekspektasi");
      kr_test_assert_has (text, "PREDIKAT KINERJA PEGAWAI: Baik");
      kr_test_assert_has (text, "Sukamaju, 3 Juli 2026");
    }
}

static void
test_evaluation_missing (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrAppraisalSheet) sheet = make_sheet (2, 1, FALSE, FALSE);
  g_autoptr (GError) error = NULL;
  KrDocument *document = kr_document_evaluation_new (sheet, &error);

  g_assert_null (document);
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
}

static void
test_cover (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrAppraisalSheet) sheet = make_sheet (2, 1, FALSE, TRUE);
  g_autoptr (KrDocument) document = kr_document_evaluation_cover_new (sheet);
  g_autofree char *a4 = NULL;
  g_autofree char *f4 = NULL;
  g_autofree char *undecided = NULL;

  g_free (sheet->period_label);
  sheet->period_label = kr_appraisal_period_dup_label (KR_APPRAISAL_CYCLE_QUARTERLY, 0);
  g_clear_pointer (&document, kr_document_free);
  document = kr_document_evaluation_cover_new (sheet);
  g_assert_cmpuint (kr_test_write_pdf (fixture->dir, document, KR_PAPER_A4, "cover-a4.pdf", &a4),
                    ==, 1);
  kr_test_write_pdf (fixture->dir, document, KR_PAPER_F4, "cover-f4.pdf", &f4);
  for (const char *text = a4; text != NULL; text = text == a4 ? f4 : NULL)
    {
      kr_test_assert_has (text, "DOKUMEN EVALUASI KINERJA PEGAWAI");
      kr_test_assert_has (text, "PERIODE: AKHIR");
      kr_test_assert_has (text, "NAMA INSTANSI Pemerintah Kabupaten Contoh");
      kr_test_assert_has (text, "PERIODE PENILAIAN 1 April 2026 s.d. 30 Juni 2026");
      kr_test_assert_has (text, "1 PEGAWAI YANG DINILAI");
      kr_test_assert_has (text, "2 PEJABAT PENILAI KINERJA");
      kr_test_assert_has (text, "3 ATASAN PEJABAT PENILAI KINERJA");
      assert_people (text, sheet, TRUE);
      kr_test_assert_has (text, "4 EVALUASI KINERJA");
      kr_test_assert_has (text, "CAPAIAN KINERJA ORGANISASI Baik");
      kr_test_assert_has (text, "PREDIKAT KINERJA PEGAWAI Baik");
      kr_test_assert_has (text, "5 CATATAN/REKOMENDASI");
      kr_test_assert_has (text, sheet->evaluation->notes);
      kr_test_assert_has (text, "6 KEBERATAN");
      kr_test_assert_has (text, sheet->evaluation->objection);
      kr_test_assert_has (text, "7 PENJELASAN PEJABAT PENILAI ATAS KEBERATAN");
      kr_test_assert_has (text, sheet->evaluation->objection_response);
      kr_test_assert_has (text, "8 KEPUTUSAN ATASAN PEJABAT PENILAI KINERJA");
      kr_test_assert_has (text, sheet->evaluation->decision);
      kr_test_assert_has (text, "Sukamaju, 3 Juli 2026");
      kr_test_assert_has (text, "Pegawai yang Dinilai");
      kr_test_assert_has (text, "Pejabat Penilai Kinerja");
      /* The atasan signs: the objection was decided */
      kr_test_assert_has (text, "Atasan Pejabat Penilai Kinerja");
      g_assert_cmpuint (kr_test_count (text, sheet->senior_appraiser.name), ==, 2);
    }

  /* No decision: no third signature */
  g_clear_pointer (&sheet->evaluation->decision, g_free);
  g_clear_pointer (&document, kr_document_free);
  document = kr_document_evaluation_cover_new (sheet);
  kr_test_write_pdf (fixture->dir, document, KR_PAPER_A4, "cover-undecided.pdf", &undecided);
  kr_test_assert_lacks (undecided, "Atasan Pejabat Penilai Kinerja");
  g_assert_cmpuint (kr_test_count (undecided, sheet->senior_appraiser.name), ==, 1);
  kr_test_assert_has (undecided, "8 KEPUTUSAN ATASAN PEJABAT PENILAI KINERJA -");
}

/* Officials not set print dots; values not set print "-". */
static void
test_missing_values (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrAppraisalSheet) sheet = make_sheet (1, 1, FALSE, TRUE);
  g_autoptr (KrDocument) cover = NULL;
  g_autoptr (KrDocument) evaluation = NULL;
  g_autofree char *text = NULL;
  g_autofree char *evaluation_text = NULL;
  KrAppraisalResult *result = g_ptr_array_index (sheet->evaluation->results, 0);

  kr_appraisal_person_clear (&sheet->appraiser);
  sheet->appraiser.employee_id = 0;
  kr_appraisal_person_clear (&sheet->senior_appraiser);
  sheet->senior_appraiser.employee_id = 0;
  g_clear_pointer (&sheet->employee.position_name, g_free);
  g_clear_pointer (&sheet->place, g_free);
  g_clear_pointer (&sheet->evaluation->notes, g_free);
  g_clear_pointer (&result->realisation, g_free);
  sheet->has_organisation_result = FALSE;
  sheet->evaluation->has_predikat = FALSE;
  sheet->evaluation->has_results_rating = FALSE;
  memset (sheet->distribution, 0, sizeof sheet->distribution);

  cover = kr_document_evaluation_cover_new (sheet);
  kr_test_write_pdf (fixture->dir, cover, KR_PAPER_A4, "cover-missing.pdf", &text);
  kr_test_assert_has (text, "2 PEJABAT PENILAI KINERJA NAMA ....");
  kr_test_assert_has (text, "JABATAN -");
  kr_test_assert_has (text, "CAPAIAN KINERJA ORGANISASI -");
  kr_test_assert_has (text, "PREDIKAT KINERJA PEGAWAI -");
  kr_test_assert_has (text, "5 CATATAN/REKOMENDASI -");
  kr_test_assert_has (text, "(....");
  kr_test_assert_has (text, "NIP. ....");
  kr_test_assert_has (text, "...., 3 Juli 2026");

  evaluation = kr_document_evaluation_new (sheet, NULL);
  kr_test_write_pdf (fixture->dir, evaluation, KR_PAPER_A4, "evaluation-missing.pdf",
                     &evaluation_text);
  kr_test_assert_has (evaluation_text, "RATING HASIL KERJA -");
  kr_test_assert_has (evaluation_text, "PREDIKAT KINERJA PEGAWAI: -");
  kr_test_assert_has (evaluation_text, "Belum ada pegawai yang dinilai");
}

static void
test_trend_annex (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrAppraisalSheet) sheet = make_sheet (2, 1, FALSE, FALSE);
  g_autoptr (KrDocument) document = kr_document_skp_new (sheet);
  g_autofree char *text = NULL;
  char pp46_label[] = "Baik";
  const KrAppraisalTrendPoint points[] = {
    { 2019, KR_APPRAISAL_REGIME_PP46, 3, pp46_label, 82.5 },
    { 2020, KR_APPRAISAL_REGIME_PP46, 2, "Cukup", 70 },
    { 2022, KR_APPRAISAL_REGIME_SKP, 3, "Baik", 0 },
    { 2023, KR_APPRAISAL_REGIME_SKP, 4, "Sangat Baik", 0 },
  };

  kr_document_appraisal_add_trend (document, points, G_N_ELEMENTS (points));
  /* The document holds its own copy of the labels. */
  strcpy (pp46_label, "XXXX");
  kr_test_write_pdf (fixture->dir, document, KR_PAPER_A4, "skp-trend-a4.pdf", &text);
  kr_test_assert_has (text, "LAMPIRAN PERKEMBANGAN PREDIKAT KINERJA PEGAWAI");
  kr_test_assert_has (text, "82,50 Baik");
  kr_test_assert_has (text, "70,00 Cukup");
  kr_test_assert_has (text, "2019");
  kr_test_assert_has (text, "2023");
  kr_test_assert_has (text, "Sangat Kurang");
  kr_test_assert_lacks (text, "XXXX");
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
  add_test ("/render/appraisal/skp", test_skp);
  add_test ("/render/appraisal/skp-long", test_skp_long);
  add_test ("/render/appraisal/evaluation", test_evaluation);
  add_test ("/render/appraisal/evaluation-missing", test_evaluation_missing);
  add_test ("/render/appraisal/cover", test_cover);
  add_test ("/render/appraisal/missing-values", test_missing_values);
  add_test ("/render/appraisal/trend-annex", test_trend_annex);
  return g_test_run ();
}
