/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-document-promotion"

#include "config.h"

#include <string.h>

#include "kr-document-promotion.h"
#include "kr-pdf.h"
#include "kr-test-pdf.h"
#include "kr-test-utils.h"

/* The nominative list of KP proposals and the candidate list of a period (synthetic people,
 * DOMAIN 1.1 NIPs), written to PDF and read back with pdftotext "-raw", which keeps the text in
 * drawing order. */

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->dir = kr_test_make_tmp_dir ("kr-document-promotion-XXXXXX");
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  kr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
set_date (GDate *date, guint day, GDateMonth month, guint year)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
}

/* A proposal for 1 April 2026 from @from, TMT 1 April @from_year, to the next rank. */
static KrPromotion *
make_promotion (const char *name,
                const char *nip,
                KrKpKind kind,
                KrRank from,
                guint from_year,
                KrPromotionStage stage)
{
  KrPromotion *promotion = g_new0 (KrPromotion, 1);

  promotion->name = g_strdup (name);
  promotion->nip = g_strdup (nip);
  promotion->kind = kind;
  promotion->from_rank = from;
  g_assert_true (kr_rank_next (from, &promotion->to_rank));
  set_date (&promotion->from_tmt, 1, G_DATE_APRIL, from_year);
  set_date (&promotion->period, 1, G_DATE_APRIL, 2026);
  g_date_clear (&promotion->pertek_date, 1);
  g_date_clear (&promotion->sk_date, 1);
  g_date_clear (&promotion->tmt, 1);
  promotion->stage = stage;
  promotion->unit_name = g_strdup ("Dinas Kesehatan");
  promotion->position_name = g_strdup ("Analis Kebijakan Ahli Muda");
  promotion->service_years = 2026 - from_year + 8;
  promotion->service_months = 3;
  return promotion;
}

static GPtrArray *
new_promotions (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) kr_promotion_free);
}

static void
test_labels (Fixture *fixture, gconstpointer data)
{
  g_assert_cmpstr (kr_document_promotion_rule_text (KR_PROMOTION_RULE_UJIAN_DINAS), ==,
                   "Belum lulus ujian dinas");
  g_assert_cmpstr (kr_document_promotion_verdict_label (KR_PROMOTION_NOT_YET), ==,
                   "Belum memenuhi syarat");
  g_assert_cmpstr (kr_document_promotion_stage_label (KR_PROMOTION_STAGE_PERTEK), ==, "Pertek BKN");
  /* Every rule, verdict and stage has its own words. */
  for (guint i = 0; i < KR_N_PROMOTION_RULES; i++)
    {
      g_assert_cmpstr (kr_document_promotion_rule_text (i), !=, "-");
      for (guint j = 0; j < i; j++)
        g_assert_cmpstr (kr_document_promotion_rule_text (i), !=,
                         kr_document_promotion_rule_text (j));
    }
  for (guint i = 0; i < KR_N_PROMOTION_VERDICT_KINDS; i++)
    g_assert_cmpstr (kr_document_promotion_verdict_label (i), !=, "-");
  for (guint i = 0; i < KR_N_PROMOTION_STAGES; i++)
    g_assert_cmpstr (kr_document_promotion_stage_label (i), !=, "-");
}

static void
test_nominative (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) promotions = new_promotions ();
  g_autoptr (KrDocument) document = NULL;
  g_autofree char *text = NULL;
  KrPromotion *decreed;
  GDate period, date;
  KrDocumentPromotionScope scope = {
    .instansi = "Pemerintah Kabupaten Contoh",
    .unit_name = "Dinas Kesehatan",
    .subtree = TRUE,
    .period = &period,
    .place = "Sukamaju",
    .date = &date,
  };

  set_date (&period, 1, G_DATE_APRIL, 2026);
  set_date (&date, 20, G_DATE_JANUARY, 2026);
  g_ptr_array_add (promotions, make_promotion ("dr. Agus Santoso, M.Kes.", "198501122010011001",
                                               KR_KP_KIND_PILIHAN_FUNGSIONAL, KR_RANK_III_D, 2024,
                                               KR_PROMOTION_STAGE_PROPOSED));
  decreed = make_promotion ("Citra Lestari, S.E.", "199207082019032002", KR_KP_KIND_REGULER,
                            KR_RANK_III_A, 2022, KR_PROMOTION_STAGE_DECREE);
  decreed->pertek_number = g_strdup ("PT-1234/KR.X/2026");
  set_date (&decreed->pertek_date, 2, G_DATE_MARCH, 2026);
  decreed->sk_number = g_strdup ("823.3/045/BKPSDM/2026");
  set_date (&decreed->sk_date, 16, G_DATE_MARCH, 2026);
  set_date (&decreed->tmt, 1, G_DATE_APRIL, 2026);
  g_clear_pointer (&decreed->position_name, g_free);
  g_ptr_array_add (promotions, decreed);
  g_ptr_array_add (promotions,
                   make_promotion ("Eko Pratama", "198811232014021001", KR_KP_KIND_REGULER,
                                   KR_RANK_II_C, 2022, KR_PROMOTION_STAGE_CANDIDATE));

  document = kr_document_promotion_nominative_new (&scope, promotions);
  g_assert_true (kr_document_get_landscape (document));
  g_assert_cmpuint (
      kr_test_write_pdf (fixture->dir, document, KR_PAPER_A4, "promotion-nominative.pdf", &text),
      ==, 1);
  kr_test_assert_has (text, "DAFTAR NOMINATIF USUL KENAIKAN PANGKAT Pegawai Negeri Sipil "
                            "Periode TMT 1 April 2026");
  kr_test_assert_has (text, "PEMERINTAH KABUPATEN CONTOH DINAS KESEHATAN Unit kerja beserta "
                            "unit di bawahnya");
  /* The groups over their columns, then the columns' numbers. */
  kr_test_assert_has (text, "PANGKAT LAMA");
  kr_test_assert_has (text, "PANGKAT BARU");
  kr_test_assert_has (text, "MASA KERJA");
  kr_test_assert_has (text, "JENIS KENAIKAN PANGKAT");
  kr_test_assert_has (text, "NO 1 NAMA NIP 2 PANGKAT GOL./RUANG PANGKAT LAMA 3 TMT 4");
  kr_test_assert_has (text, "THN MASA KERJA 8 BLN 9 JABATAN UNIT KERJA 10 KETERANGAN 11");
  /* The rows in the order given: old rank and TMT, new rank and TMT, kind, masa kerja. */
  kr_test_assert_has (text, "1 dr. Agus Santoso, M.Kes. 19850112 201001 1 001 Penata Tingkat I "
                            "III/d 01-04-2024 Pembina IV/a 01-04-2026 KP Pilihan (Jabatan "
                            "Fungsional) 10 3 Analis Kebijakan Ahli Muda Dinas Kesehatan "
                            "Diusulkan");
  kr_test_assert_has (text, "2 Citra Lestari, S.E. 19920708 201903 2 002 Penata Muda III/a "
                            "01-04-2022 Penata Muda Tingkat I III/b 01-04-2026 KP Reguler 12 3 "
                            "Dinas Kesehatan SK ditetapkan Pertek: PT-1234/KR.X/2026 tgl. "
                            "02-03-2026 SK: 823.3/045/BKPSDM/2026 tgl. 16-03-2026");
  kr_test_assert_has (text, "3 Eko Pratama 19881123 201402 1 001 Pengatur II/c 01-04-2022 "
                            "Pengatur Tingkat I II/d 01-04-2026 KP Reguler 12 3");
  kr_test_assert_has (text, "Berkas belum lengkap");
  kr_test_assert_has (text, "Jumlah usul: 3 · KP Reguler: 2 · KP Pilihan (Jabatan "
                            "Fungsional): 1");
  kr_test_assert_lacks (text, "Anumerta");
  kr_test_assert_has (text, "Sukamaju, 20 Januari 2026 Kepala BKPSDM");
  kr_test_assert_has (text, "Halaman 1 dari 1");
}

/* A whole instansi: many rows over several pages, the header and the running header on each. */
static void
test_nominative_many (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) promotions = new_promotions ();
  g_autoptr (GPtrArray) none = new_promotions ();
  g_autoptr (KrDocument) document = NULL;
  g_autoptr (KrDocument) empty = NULL;
  g_autofree char *text = NULL;
  g_autofree char *empty_text = NULL;
  g_autofree char *pdf = NULL;
  g_auto (GStrv) pages = NULL;
  GDate period;
  KrDocumentPromotionScope scope = { .instansi = "Pemerintah Kabupaten Contoh", .period = &period };
  guint n;

  set_date (&period, 1, G_DATE_OCTOBER, 2025);
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *name = g_strdup_printf ("Pegawai Nomor %03u", i + 1);

      g_ptr_array_add (promotions,
                       make_promotion (name, "198501122010011001", KR_KP_KIND_REGULER,
                                       KR_RANK_II_A + i % 8, 2020, KR_PROMOTION_STAGE_PROPOSED));
    }
  document = kr_document_promotion_nominative_new (&scope, promotions);
  n = kr_test_write_pdf (fixture->dir, document, KR_PAPER_F4, "promotion-nominative-many.pdf",
                         &text);
  g_assert_cmpuint (n, >, 3);
  kr_test_assert_has (text, "Periode TMT 1 Oktober 2025");
  kr_test_assert_has (text, "Seluruh unit kerja");
  kr_test_assert_has (text, "200 Pegawai Nomor 200");
  g_assert_cmpuint (kr_test_count (text, "Pegawai Nomor "), ==, 200);
  kr_test_assert_has (text, "Jumlah usul: 200 · KP Reguler: 200");
  pdf = g_build_filename (fixture->dir, "promotion-nominative-many.pdf", NULL);
  pages = kr_test_pdf_pages (pdf);
  g_assert_cmpuint (g_strv_length (pages), ==, n);
  for (guint p = 1; p < n; p++)
    {
      kr_test_assert_has (pages[p], "PANGKAT LAMA");
      kr_test_assert_has (pages[p], "Daftar Nominatif Usul Kenaikan Pangkat — Pemerintah "
                                    "Kabupaten Contoh — Periode 1 Oktober 2025");
      kr_test_assert_lacks (pages[p], "DAFTAR NOMINATIF");
    }
  kr_test_assert_has (pages[n - 1], "Kepala BKPSDM");

  empty = kr_document_promotion_nominative_new (&scope, none);
  kr_test_write_pdf (fixture->dir, empty, KR_PAPER_A4, "promotion-nominative-empty.pdf",
                     &empty_text);
  kr_test_assert_has (empty_text, "Tidak ada usul kenaikan pangkat pada periode ini.");
  kr_test_assert_lacks (empty_text, "Jumlah usul");
  kr_test_assert_has (empty_text, ".............................., .............................. "
                                  "Kepala BKPSDM");
}

static void
reason_free (gpointer data)
{
  KrPromotionReason *reason = data;

  g_free (reason->text);
  g_free (reason);
}

static void
add_reason (KrPromotionVerdict *verdict, KrPromotionRule rule, gboolean met)
{
  KrPromotionReason *reason = g_new0 (KrPromotionReason, 1);

  reason->rule = rule;
  reason->met = met;
  /* What the rules write is translated: the document must not print it. */
  reason->text = g_strdup_printf ("English reason %u", rule);
  g_ptr_array_add (verdict->reasons, reason);
}

static KrPromotionCandidate *
make_candidate (const char *name,
                const char *nip,
                KrRank rank,
                guint rank_year,
                KrKpKind kind,
                KrPromotionVerdictKind verdict_kind)
{
  KrPromotionCandidate *candidate = g_new0 (KrPromotionCandidate, 1);
  KrPromotionVerdict *verdict = g_new0 (KrPromotionVerdict, 1);

  candidate->name = g_strdup (name);
  candidate->nip = g_strdup (nip);
  candidate->rank = rank;
  set_date (&candidate->rank_tmt, 1, G_DATE_OCTOBER, rank_year);
  candidate->unit_name = g_strdup ("Sekretariat Daerah");
  candidate->position_name = g_strdup ("Kepala Subbagian Umum");
  candidate->service_years = 2026 - rank_year + 6;
  candidate->service_months = 6;
  verdict->kind = kind;
  verdict->verdict = verdict_kind;
  set_date (&verdict->date, 1, G_DATE_APRIL, 2026);
  g_date_clear (&verdict->eligible_on, 1);
  verdict->to_rank = rank;
  if (verdict_kind != KR_PROMOTION_BLOCKED)
    g_assert_true (kr_rank_next (rank, &verdict->to_rank));
  verdict->reasons = g_ptr_array_new_with_free_func (reason_free);
  candidate->verdict = verdict;
  return candidate;
}

static void
test_candidates (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) candidates =
      g_ptr_array_new_with_free_func ((GDestroyNotify) kr_promotion_candidate_free);
  g_autoptr (KrDocument) document = NULL;
  g_autofree char *text = NULL;
  KrPromotionCandidate *candidate;
  GDate period;
  KrDocumentPromotionScope scope = {
    .instansi = "Pemerintah Kabupaten Contoh",
    .unit_name = "Sekretariat Daerah",
    .period = &period,
  };

  set_date (&period, 1, G_DATE_APRIL, 2026);
  candidate = make_candidate ("Agus Santoso, S.Kom.", "198501122010011001", KR_RANK_III_B, 2021,
                              KR_KP_KIND_REGULER, KR_PROMOTION_ELIGIBLE);
  add_reason (candidate->verdict, KR_PROMOTION_RULE_TIME_IN_RANK, TRUE);
  add_reason (candidate->verdict, KR_PROMOTION_RULE_PERFORMANCE, TRUE);
  candidate->promotion_id = 7;
  candidate->promotion_stage = KR_PROMOTION_STAGE_DOCUMENTS_COMPLETE;
  g_ptr_array_add (candidates, candidate);

  candidate = make_candidate ("Citra Lestari", "199207082019032002", KR_RANK_III_C, 2024,
                              KR_KP_KIND_PILIHAN_STRUKTURAL, KR_PROMOTION_NOT_YET);
  add_reason (candidate->verdict, KR_PROMOTION_RULE_TIME_IN_POSITION, FALSE);
  add_reason (candidate->verdict, KR_PROMOTION_RULE_TIME_IN_RANK, TRUE);
  set_date (&candidate->verdict->eligible_on, 1, G_DATE_JUNE, 2026);
  g_ptr_array_add (candidates, candidate);

  candidate = make_candidate ("Eko Pratama", "198811232014021001", KR_RANK_II_D, 2020,
                              KR_KP_KIND_REGULER, KR_PROMOTION_BLOCKED);
  add_reason (candidate->verdict, KR_PROMOTION_RULE_UJIAN_DINAS, FALSE);
  add_reason (candidate->verdict, KR_PROMOTION_RULE_PERFORMANCE, FALSE);
  add_reason (candidate->verdict, KR_PROMOTION_RULE_TIME_IN_RANK, TRUE);
  g_clear_pointer (&candidate->position_name, g_free);
  g_ptr_array_add (candidates, candidate);

  document = kr_document_promotion_candidates_new (&scope, candidates);
  g_assert_cmpuint (
      kr_test_write_pdf (fixture->dir, document, KR_PAPER_A4, "promotion-candidates.pdf", &text),
      ==, 1);
  kr_test_assert_has (text, "DAFTAR CALON KENAIKAN PANGKAT Pegawai Negeri Sipil yang memenuhi "
                            "masa kerja paling singkat 1 tahun dalam pangkat Periode TMT 1 April "
                            "2026");
  kr_test_assert_has (text, "SEKRETARIAT DAERAH Unit kerja tanpa unit di bawahnya");
  kr_test_assert_has (text, "PANGKAT TERAKHIR");
  kr_test_assert_has (text, "USUL");
  kr_test_assert_has (text, "1 Agus Santoso, S.Kom. 19850112 201001 1 001 Penata Muda Tingkat I "
                            "III/b 01-10-2021 11 6 Kepala Subbagian Umum Sekretariat Daerah KP "
                            "Reguler III/c Memenuhi syarat Telah diusulkan (Berkas lengkap)");
  kr_test_assert_has (text, "2 Citra Lestari 19920708 201903 2 002 Penata III/c 01-10-2024 8 6 "
                            "Kepala Subbagian Umum Sekretariat Daerah KP Pilihan (Jabatan "
                            "Struktural) III/d Belum memenuhi syarat Masa dalam jabatan belum 1 "
                            "tahun; Memenuhi syarat TMT 1 Juni 2026");
  /* A blocked candidate proposes nothing; every unmet rule is named. */
  kr_test_assert_has (text, "3 Eko Pratama 19881123 201402 1 001 Pengatur Tingkat I II/d "
                            "01-10-2020 12 6 Sekretariat Daerah - - Tidak memenuhi syarat Belum "
                            "lulus ujian dinas; Predikat kinerja 2 tahun terakhir belum paling "
                            "rendah Baik");
  kr_test_assert_lacks (text, "English reason");
  kr_test_assert_lacks (text, "Masa kerja dalam pangkat belum");
  kr_test_assert_has (text, "Jumlah pegawai: 3 · Memenuhi syarat: 1 · Belum memenuhi syarat: 1 · "
                            "Tidak memenuhi syarat: 1");
  kr_test_assert_has (text, "Kepala BKPSDM");
}

static void
test_candidates_empty (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) none = g_ptr_array_new ();
  g_autoptr (KrDocument) document = NULL;
  g_autofree char *text = NULL;
  GDate period;
  const KrDocumentPromotionScope scope = { .period = &period };

  set_date (&period, 1, G_DATE_DECEMBER, 2024);
  document = kr_document_promotion_candidates_new (&scope, none);
  kr_test_write_pdf (fixture->dir, document, KR_PAPER_A4, "promotion-candidates-empty.pdf", &text);
  kr_test_assert_has (text, "Periode TMT 1 Desember 2024");
  kr_test_assert_has (text, "Seluruh unit kerja");
  kr_test_assert_has (text, "Tidak ada calon kenaikan pangkat pada periode ini.");
  kr_test_assert_lacks (text, "Jumlah pegawai");
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
  add_test ("/render/promotion/labels", test_labels);
  add_test ("/render/promotion/nominative", test_nominative);
  add_test ("/render/promotion/nominative-many", test_nominative_many);
  add_test ("/render/promotion/candidates", test_candidates);
  add_test ("/render/promotion/candidates-empty", test_candidates_empty);
  return g_test_run ();
}
