/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-document-talent"

#include "config.h"

#include <string.h>

#include "kr-document-talent.h"
#include "kr-test-pdf.h"
#include "kr-test-utils.h"

/* The documents of the talent pool, written as PDFs and read back: the PETA TALENTA with the
 * grid's numbers, the table of boxes with their follow-up and the summary; the DAFTAR
 * KELOMPOK RENCANA SUKSESI with one row per employee; the RENCANA SUKSESI JABATAN with
 * holders, successors in order, readiness and gaps. Everything in official Indonesian: the
 * translated labels of the rules never appear. */

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->dir = kr_test_make_tmp_dir ("kr-document-talent-XXXXXX");
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  kr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* The migration's rows */
static GPtrArray *
make_boxes (void)
{
  static const struct
  {
    guint number;
    KrTalentPerformance performance;
    KrTalentPotential potential;
    gboolean in_pool;
    const char *follow_up;
  } rows[] = {
    { 1, KR_TALENT_PERFORMANCE_BELOW, KR_TALENT_POTENTIAL_LOW, FALSE,
      "Diproses sesuai ketentuan peraturan perundang-undangan" },
    { 2, KR_TALENT_PERFORMANCE_AS_EXPECTED, KR_TALENT_POTENTIAL_LOW, FALSE,
      "Bimbingan kinerja, pengembangan kompetensi, penempatan yang sesuai" },
    { 3, KR_TALENT_PERFORMANCE_BELOW, KR_TALENT_POTENTIAL_MEDIUM, FALSE,
      "Bimbingan kinerja, konseling kinerja, pengembangan kompetensi, penempatan yang sesuai" },
    { 4, KR_TALENT_PERFORMANCE_ABOVE, KR_TALENT_POTENTIAL_LOW, FALSE,
      "Rotasi, pengembangan kompetensi" },
    { 5, KR_TALENT_PERFORMANCE_AS_EXPECTED, KR_TALENT_POTENTIAL_MEDIUM, FALSE,
      "Penempatan yang sesuai, bimbingan kinerja, pengembangan kompetensi" },
    { 6, KR_TALENT_PERFORMANCE_BELOW, KR_TALENT_POTENTIAL_HIGH, FALSE,
      "Penempatan yang sesuai, bimbingan kinerja, konseling kinerja" },
    { 7, KR_TALENT_PERFORMANCE_ABOVE, KR_TALENT_POTENTIAL_MEDIUM, TRUE,
      "Dipertahankan, masuk kelompok rencana suksesi instansi, rotasi/pengayaan jabatan, "
      "pengembangan kompetensi, tugas belajar" },
    { 8, KR_TALENT_PERFORMANCE_AS_EXPECTED, KR_TALENT_POTENTIAL_HIGH, TRUE,
      "Dipertahankan, masuk kelompok rencana suksesi instansi, rotasi/perluasan jabatan, "
      "bimbingan kinerja" },
    { 9, KR_TALENT_PERFORMANCE_ABOVE, KR_TALENT_POTENTIAL_HIGH, TRUE,
      "Dipromosikan dan dipertahankan, masuk kelompok rencana suksesi instansi/nasional, "
      "penghargaan" },
  };
  GPtrArray *boxes = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_talent_box_free);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      KrTalentBox *box = g_new0 (KrTalentBox, 1);

      box->number = rows[i].number;
      box->performance = rows[i].performance;
      box->potential = rows[i].potential;
      box->in_pool = rows[i].in_pool;
      box->follow_up = g_strdup (rows[i].follow_up);
      g_ptr_array_add (boxes, box);
    }
  return boxes;
}

static void
test_grid (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) boxes = make_boxes ();
  g_autoptr (KrDocument) document = NULL;
  g_autofree char *text = NULL;
  KrTalentGridCounts counts = {
    .year = 2025,
    .boxes = { 0, 5, 10, 3, 2, 12, 0, 6, 8, 4 },
    .no_appraisal = 7,
    .no_assessment = 11,
    .excluded = 2,
    .total = 70,
  };
  GDate date;
  const KrDocumentTalentScope scope = {
    .instansi = "Pemerintah Kabupaten Contoh",
    .unit_name = "Dinas Pendidikan",
    .subtree = TRUE,
    .year = 2025,
    .place = "Manado",
    .date = &date,
  };

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 15, G_DATE_JANUARY, 2026);
  document = kr_document_talent_grid_new (&scope, &counts, boxes);
  g_assert_cmpuint (
      kr_test_write_pdf (fixture->dir, document, KR_PAPER_A4, "talent-grid.pdf", &text), ==, 1);

  kr_test_assert_has (text, "PETA TALENTA");
  kr_test_assert_has (text, "Tahun 2025");
  kr_test_assert_has (text, "PEMERINTAH KABUPATEN CONTOH");
  kr_test_assert_has (text, "DINAS PENDIDIKAN");
  kr_test_assert_has (text, "Unit kerja beserta unit di bawahnya");
  /* The grid: axes and the cells' numbers and shares of the 50 placed */
  kr_test_assert_has (text, "Kinerja");
  kr_test_assert_has (text, "Potensial");
  kr_test_assert_has (text, "12 · 24%");
  kr_test_assert_has (text, "6 · 12%");
  /* Beside it the boxes from 9 down, with their axes, count, share and follow-up */
  kr_test_assert_has (text, "Kotak 9* · Kinerja Di Atas Ekspektasi, Potensial Tinggi · 4 (8,0%) "
                            "Dipromosikan dan dipertahankan");
  kr_test_assert_has (text, "Kotak 5 · Kinerja Sesuai Ekspektasi, Potensial Menengah · 12 (24,0%) "
                            "Penempatan yang sesuai");
  kr_test_assert_has (text, "Kotak 1 · Kinerja Di Bawah Ekspektasi, Potensial Rendah · 5 (10,0%) "
                            "Diproses sesuai ketentuan");
  g_assert_true (strstr (text, "Kotak 9*") < strstr (text, "Kotak 8*"));
  g_assert_true (strstr (text, "Kotak 2 ") < strstr (text, "Kotak 1 "));
  /* The summary */
  kr_test_assert_has (text, "Jumlah pegawai dalam lingkup: 70 · Dipetakan: 50");
  kr_test_assert_has (text, "Kelompok rencana suksesi (kotak 7, 8 dan 9): 18");
  kr_test_assert_has (text, "Belum dapat dipetakan: 18 (tanpa penilaian kinerja tahunan: 7; "
                            "tanpa hasil asesmen: 11)");
  kr_test_assert_has (text, "hukuman disiplin sedang/berat: 2");
  kr_test_assert_has (text, "Manado, 15 Januari 2026");
  kr_test_assert_has (text, "Kepala BKPSDM");
  /* Nothing translated */
  kr_test_assert_lacks (text, "Above expectations");
  kr_test_assert_lacks (text, "expectations");
}

static void
test_grid_empty (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) boxes = make_boxes ();
  g_autoptr (KrDocument) document = NULL;
  g_autofree char *text = NULL;
  KrTalentGridCounts counts = { .year = 2025, .no_assessment = 4, .total = 4 };
  const KrDocumentTalentScope scope = { .year = 2025 };

  document = kr_document_talent_grid_new (&scope, &counts, boxes);
  kr_test_write_pdf (fixture->dir, document, KR_PAPER_F4, "talent-grid-empty.pdf", &text);
  kr_test_assert_has (text, "Seluruh unit kerja");
  kr_test_assert_has (text, "Dipetakan: 0");
  /* No share without anyone placed */
  kr_test_assert_has (text, "Kotak 9* · Kinerja Di Atas Ekspektasi, Potensial Tinggi · 0 (-)");
  kr_test_assert_lacks (text, "%");
  kr_test_assert_has (text, ".............................., ..............................");
}

static KrTalentEntry *
make_entry (const char *nip, const char *name, guint box, KrTalentPerformance performance)
{
  KrTalentEntry *entry = g_new0 (KrTalentEntry, 1);

  entry->nip = g_strdup (nip);
  entry->name = g_strdup (name);
  entry->unit_name = g_strdup ("Bidang Pembinaan SMP");
  entry->position_name = g_strdup ("Analis Kebijakan Ahli Muda");
  entry->has_rank = TRUE;
  entry->rank = KR_RANK_III_C;
  entry->status = KR_TALENT_STATUS_PLACED;
  entry->has_performance = TRUE;
  entry->performance = performance;
  entry->has_potential = TRUE;
  entry->potential = box == 7 ? KR_TALENT_POTENTIAL_MEDIUM : KR_TALENT_POTENTIAL_HIGH;
  entry->box = box;
  g_date_clear (&entry->assessment_date, 1);
  g_date_set_dmy (&entry->assessment_date, 3, G_DATE_MARCH, 2025);
  return entry;
}

static void
test_pool (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) boxes = make_boxes ();
  g_autoptr (GPtrArray) entries =
      g_ptr_array_new_with_free_func ((GDestroyNotify) kr_talent_entry_free);
  g_autoptr (KrDocument) document = NULL;
  g_autofree char *text = NULL;
  const KrDocumentTalentScope scope = { .instansi = "Pemerintah Kabupaten Contoh", .year = 2025 };

  g_ptr_array_add (entries, make_entry ("198503142010012003", "Dra. Sri Wahyuni, M.Pd.", 9,
                                        KR_TALENT_PERFORMANCE_ABOVE));
  g_ptr_array_add (entries, make_entry ("199001012015011001", "Budi Santoso, S.T.", 8,
                                        KR_TALENT_PERFORMANCE_AS_EXPECTED));
  g_ptr_array_add (entries, make_entry ("199205052019032004", "Rina Marlina, S.E.", 7,
                                        KR_TALENT_PERFORMANCE_ABOVE));
  document = kr_document_talent_pool_new (&scope, entries, boxes);
  kr_test_write_pdf (fixture->dir, document, KR_PAPER_A4, "talent-pool.pdf", &text);

  kr_test_assert_has (text, "DAFTAR KELOMPOK RENCANA SUKSESI");
  kr_test_assert_has (text, "Tahun 2025");
  kr_test_assert_has (text, "Dra. Sri Wahyuni, M.Pd.");
  kr_test_assert_has (text, "NIP. 19850314 201001 2 003");
  kr_test_assert_has (text, "Penata III/c");
  kr_test_assert_has (text, "Di Atas Ekspektasi Tinggi 9 03-03-2025 Dipromosikan");
  kr_test_assert_has (text, "Sesuai Ekspektasi Tinggi 8");
  kr_test_assert_has (text, "Di Atas Ekspektasi Menengah 7");
  kr_test_assert_has (text, "Jumlah pegawai: 3 · Kotak 9: 1 · Kotak 8: 1 · Kotak 7: 1");
  g_assert_true (strstr (text, "Sri Wahyuni") < strstr (text, "Budi Santoso"));
  g_assert_true (strstr (text, "Budi Santoso") < strstr (text, "Rina Marlina"));
  g_clear_pointer (&document, kr_document_free);
  g_clear_pointer (&text, g_free);

  g_ptr_array_set_size (entries, 0);
  document = kr_document_talent_pool_new (&scope, entries, boxes);
  kr_test_write_pdf (fixture->dir, document, KR_PAPER_A4, "talent-pool-empty.pdf", &text);
  kr_test_assert_has (text, "Tidak ada pegawai dalam kelompok rencana suksesi.");
}

static KrSuccessor *
make_successor (guint rank,
                const char *nip,
                const char *name,
                KrSuccessorReadiness readiness,
                const char *gaps)
{
  KrSuccessor *successor = g_new0 (KrSuccessor, 1);

  successor->rank = rank;
  successor->nip = g_strdup (nip);
  successor->name = g_strdup (name);
  successor->readiness = readiness;
  successor->gaps = g_strdup (gaps);
  successor->box = 9;
  return successor;
}

static void
test_succession (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) plans =
      g_ptr_array_new_with_free_func ((GDestroyNotify) kr_succession_plan_free);
  g_autoptr (KrDocument) document = NULL;
  g_autofree char *text = NULL;
  KrSuccessionPlan *plan;
  const KrDocumentTalentScope scope = { .instansi = "Pemerintah Kabupaten Contoh", .year = 2025 };

  plan = kr_succession_plan_new ();
  plan->position_name = g_strdup ("Kepala Dinas Pendidikan");
  plan->unit_name = g_strdup ("Dinas Pendidikan");
  plan->holder_id = 12;
  plan->holder_name = g_strdup ("Drs. Hendra Gunawan, M.Si.");
  plan->holder_nip = g_strdup ("196806121990031005");
  g_date_set_dmy (&plan->holder_retirement, 1, G_DATE_JULY, 2028);
  g_ptr_array_add (plan->successors,
                   make_successor (1, "198503142010012003", "Dra. Sri Wahyuni, M.Pd.",
                                   KR_SUCCESSOR_READINESS_NOW, NULL));
  g_ptr_array_add (plan->successors,
                   make_successor (2, "199001012015011001", "Budi Santoso, S.T.",
                                   KR_SUCCESSOR_READINESS_ONE_TO_TWO_YEARS, "Belum PKA"));
  plan->gap = KR_SUCCESSION_GAP_NONE;
  g_ptr_array_add (plans, plan);

  plan = kr_succession_plan_new ();
  plan->position_name = g_strdup ("Sekretaris Dinas Kesehatan");
  plan->unit_name = g_strdup ("Dinas Kesehatan");
  plan->note = g_strdup ("Perlu segera diisi");
  g_ptr_array_add (plans, plan);

  plan = kr_succession_plan_new ();
  plan->position_name = g_strdup ("Kepala Bidang Anggaran");
  plan->unit_name = g_strdup ("BPKAD");
  plan->holder_id = 13;
  plan->holder_name = g_strdup ("Yusuf Maulana, S.E.");
  plan->holder_nip = g_strdup ("197011111995031002");
  g_ptr_array_add (plan->successors, make_successor (1, "199205052019032004", "Rina Marlina, S.E.",
                                                     KR_SUCCESSOR_READINESS_THREE_YEARS, NULL));
  plan->gap = KR_SUCCESSION_GAP_NONE_READY;
  g_ptr_array_add (plans, plan);

  document = kr_document_talent_succession_new (&scope, plans);
  kr_test_write_pdf (fixture->dir, document, KR_PAPER_A4, "succession.pdf", &text);

  kr_test_assert_has (text, "RENCANA SUKSESI JABATAN");
  kr_test_assert_lacks (text, "Tahun 2025");
  kr_test_assert_has (text, "Kepala Dinas Pendidikan Dinas Pendidikan");
  kr_test_assert_has (text, "Drs. Hendra Gunawan, M.Si. NIP. 19680612 199003 1 005");
  kr_test_assert_has (text, "1 Juli 2028");
  kr_test_assert_has (text, "1. Dra. Sri Wahyuni, M.Pd. (NIP. 19850314 201001 2 003) · Kotak 9 · "
                            "Siap sekarang");
  kr_test_assert_has (text, "2. Budi Santoso, S.T.");
  kr_test_assert_has (text, "Siap 1-2 tahun");
  kr_test_assert_has (text, "Kekurangan: Belum PKA");
  g_assert_true (strstr (text, "1. Dra. Sri Wahyuni") < strstr (text, "2. Budi Santoso"));
  /* The vacant position without successors, and the one with nobody ready */
  kr_test_assert_has (text, "Lowong");
  kr_test_assert_has (text, "Belum ada calon suksesor Perlu segera diisi");
  kr_test_assert_has (text, "Siap 3 tahun atau lebih");
  kr_test_assert_has (text, "Belum ada calon yang siap sekarang");
  kr_test_assert_has (text, "Jumlah jabatan kunci: 3 · Memiliki calon yang siap sekarang: 1 · "
                            "Belum ada calon suksesor: 1 · Belum ada calon yang siap sekarang: 1");
  kr_test_assert_lacks (text, "Ready now");
}

static void
test_gap_text (void)
{
  g_assert_cmpstr (kr_document_talent_gap_text (KR_SUCCESSION_GAP_NONE), ==, "-");
  g_assert_cmpstr (kr_document_talent_gap_text (KR_SUCCESSION_GAP_NO_SUCCESSOR), ==,
                   "Belum ada calon suksesor");
  g_assert_cmpstr (kr_document_talent_gap_text (KR_SUCCESSION_GAP_NONE_READY), ==,
                   "Belum ada calon yang siap sekarang");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/render/document-talent/grid", Fixture, NULL, fixture_set_up, test_grid,
              fixture_tear_down);
  g_test_add ("/render/document-talent/grid-empty", Fixture, NULL, fixture_set_up, test_grid_empty,
              fixture_tear_down);
  g_test_add ("/render/document-talent/pool", Fixture, NULL, fixture_set_up, test_pool,
              fixture_tear_down);
  g_test_add ("/render/document-talent/succession", Fixture, NULL, fixture_set_up, test_succession,
              fixture_tear_down);
  g_test_add_func ("/render/document-talent/gap-text", test_gap_text);
  return g_test_run ();
}
