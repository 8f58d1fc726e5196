/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-document-training"

#include "config.h"

#include <string.h>

#include "kr-document-training.h"
#include "kr-pdf.h"
#include "kr-test-pdf.h"
#include "kr-test-utils.h"

/* The compliance list and the participants list of competence development (synthetic people,
 * DOMAIN 1.1 NIPs), written to PDF and read back with pdftotext "-raw", which keeps the text
 * in drawing order. */

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->dir = kr_test_make_tmp_dir ("kr-document-training-XXXXXX");
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  kr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static KrComplianceRow *
make_row (const char *name,
          const char *nip,
          const char *unit,
          KrEmployeeKind kind,
          const char *golongan,
          double jp,
          double planned)
{
  KrComplianceRow *row = g_new0 (KrComplianceRow, 1);

  row->name = g_strdup (name);
  row->nip = g_strdup (nip);
  row->unit = g_strdup (unit);
  row->kind = kind;
  row->golongan = g_strdup (golongan);
  row->jp = jp;
  row->jp_planned = planned;
  row->duty = kr_jp_duty_for_kind (kind);
  row->gap = row->duty.minimum > jp ? row->duty.minimum - jp : 0;
  row->over_limit = row->duty.maximum > 0 && jp > row->duty.maximum ? jp - row->duty.maximum : 0;
  return row;
}

static GPtrArray *
new_rows (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) kr_compliance_row_free);
}

static void
test_format_jp (Fixture *fixture, gconstpointer data)
{
  static const struct
  {
    double jp;
    const char *text;
  } cases[] = {
    { 0, "0" },         { 20, "20" },     { 2.5, "2,5" },      { 120.0 / 45.0, "2,67" },
    { 2.999, "3" },     { 0.05, "0,05" }, { 40000, "40.000" }, { 1234567.5, "1.234.567,5" },
    { -2.25, "-2,25" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = kr_document_training_format_jp (cases[i].jp);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
  g_assert_cmpstr (kr_document_training_state_label (KR_ENROLMENT_STATE_COMPLETED), ==, "Selesai");
  g_assert_cmpstr (kr_document_training_state_label (KR_ENROLMENT_STATE_WITHDRAWN), ==,
                   "Mengundurkan diri");
}

static void
test_compliance (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) rows = new_rows ();
  g_autoptr (KrDocument) document = NULL;
  g_autofree char *text = NULL;
  KrDocumentTrainingScope scope = {
    .instansi = "Pemerintah Kabupaten Contoh",
    .unit_name = "Dinas Kesehatan",
    .year = 2027,
    .place = "Sukamaju",
  };
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 15, G_DATE_JANUARY, 2028);
  scope.date = &date;
  /* In the repository's order: largest gap first. */
  g_ptr_array_add (rows, make_row ("Agus Santoso, S.Kom.", "198501122010011001", "Dinas Kesehatan",
                                   KR_EMPLOYEE_KIND_PNS, "III/b", 7.5, 4));
  g_ptr_array_add (rows, make_row ("Citra Lestari", "199207082019032002", "Dinas Kesehatan",
                                   KR_EMPLOYEE_KIND_CPNS, "II/a", 120.0 / 45.0 * 3, 24));
  g_ptr_array_add (rows, make_row ("Eko Pratama", "198811232014021001", "Dinas Kesehatan",
                                   KR_EMPLOYEE_KIND_PNS, "III/a", 22, 0));
  g_ptr_array_add (rows, make_row ("Fitri Kusuma", "199404302020122002", "Dinas Kesehatan",
                                   KR_EMPLOYEE_KIND_PPPK, "IX", 30, 0));
  g_ptr_array_add (rows, make_row ("Gilang Ramadhan", "199001012022211003", "Dinas Kesehatan",
                                   KR_EMPLOYEE_KIND_PPPK, "VII", 20, 8));

  document = kr_document_training_compliance_new (&scope, rows);
  g_assert_cmpuint (
      kr_test_write_pdf (fixture->dir, document, KR_PAPER_A4, "training-compliance.pdf", &text), ==,
      1);
  kr_test_assert_has (text, "DAFTAR PEMENUHAN PENGEMBANGAN KOMPETENSI");
  kr_test_assert_has (text, "Jam Pelajaran (JP) Tahun 2027");
  kr_test_assert_has (text, "PEMERINTAH KABUPATEN CONTOH");
  kr_test_assert_has (text, "DINAS KESEHATAN");
  kr_test_assert_has (text, "Unit kerja tanpa unit di bawahnya · Semua pegawai aktif");
  kr_test_assert_has (text, "PNS dan CPNS paling sedikit 20 JP; PPPK paling banyak 24 JP");
  /* The headings, each over its column's number. */
  kr_test_assert_has (text, "NO 1 NAMA NIP 2 JENIS PEGAWAI 3 GOL. 4");
  kr_test_assert_has (text, "KEWAJIBAN (JP) 7 KEKURANGAN (JP) 8 KETERANGAN 9");
  /* The rows, in the order given, with the NIP grouped and a decimal comma. */
  kr_test_assert_has (text, "1 Agus Santoso, S.Kom. 19850112 201001 1 001 PNS III/b 7,5 4 "
                            "min. 20 12,5 Belum memenuhi kewajiban");
  kr_test_assert_has (text, "2 Citra Lestari 19920708 201903 2 002 CPNS II/a 8 24 min. 20 12 "
                            "Kekurangan tertutup oleh rencana");
  kr_test_assert_has (text, "3 Eko Pratama 19881123 201402 1 001 PNS III/a 22 0 min. 20 -");
  kr_test_assert_has (text, "4 Fitri Kusuma 19940430 202012 2 002 PPPK IX 30 0 maks. 24 - "
                            "Melebihi batas 24 JP (lebih 6 JP)");
  kr_test_assert_has (text, "Rencana melebihi batas 24 JP");
  g_assert_true (strstr (text, "Agus Santoso") < strstr (text, "Gilang Ramadhan"));
  /* One unit: no unit column. */
  g_assert_cmpuint (kr_test_count (text, "Dinas Kesehatan"), ==, 0);
  /* Totals: 7,5 + 8 + 22 + 30 + 20 achieved, 36 planned, 24,5 short. */
  kr_test_assert_has (text, "JUMLAH 87,5 36 24,5");
  kr_test_assert_has (text, "Jumlah pegawai: 5 · Memenuhi kewajiban: 2 · Belum memenuhi: 2 · "
                            "Melebihi batas (PPPK): 1");
  kr_test_assert_has (text, "Sukamaju, 15 Januari 2028 Kepala BKPSDM");
  kr_test_assert_has (text, "Halaman 1 dari 1");
}

/* A whole instansi: hundreds of rows over several pages, the header and the running header
 * on each, numbers going on, units beside the names, long names wrapped whole. */
static void
test_compliance_many (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) rows = new_rows ();
  g_autoptr (KrDocument) a4 = NULL;
  g_autoptr (KrDocument) f4 = NULL;
  g_autofree char *text = NULL;
  g_autofree char *f4_text = NULL;
  g_autofree char *last = NULL;
  g_autofree char *pdf = NULL;
  g_auto (GStrv) pages = NULL;
  const KrDocumentTrainingScope scope = {
    .instansi = "Pemerintah Kabupaten Contoh",
    .year = 2027,
    .only_short = TRUE,
  };
  guint n_a4, n_f4;

  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *name = g_strdup_printf ("Pegawai Nomor %03u", i + 1);
      g_autofree char *nip = g_strdup_printf ("1985011220100110%02u", i % 100);
      const char *unit = i % 2 == 0 ? "Bidang Pencegahan dan Pengendalian Penyakit Menular dan "
                                      "Tidak Menular Dinas Kesehatan"
                                    : "Sekretariat Daerah";

      g_ptr_array_add (
          rows, make_row (name, nip, unit, KR_EMPLOYEE_KIND_PNS, "III/c", (double) (i % 20), 0));
    }
  a4 = kr_document_training_compliance_new (&scope, rows);
  n_a4 = kr_test_write_pdf (fixture->dir, a4, KR_PAPER_A4, "training-compliance-many.pdf", &text);
  g_assert_cmpuint (n_a4, >, 3);
  f4 = kr_document_training_compliance_new (&scope, rows);
  n_f4 = kr_test_write_pdf (fixture->dir, f4, KR_PAPER_F4, "training-compliance-many-f4.pdf",
                            &f4_text);
  g_assert_cmpuint (n_f4, <=, n_a4);
  g_assert_cmpuint (n_f4, >, 2);

  kr_test_assert_has (text, "Seluruh unit kerja · Hanya pegawai yang belum memenuhi kewajiban");
  kr_test_assert_has (text, "Pegawai Nomor 001 19850112 201001 1 000 Bidang Pencegahan dan "
                            "Pengendalian Penyakit Menular dan Tidak Menular Dinas Kesehatan");
  kr_test_assert_has (text, "300 Pegawai Nomor 300");
  g_assert_cmpuint (kr_test_count (text, "Pegawai Nomor "), ==, 300);
  /* 15 per cycle of 20 rows short by 20 - (i % 20): 15 × (20 + 19 + … + 1) = 3.150 JP. */
  kr_test_assert_has (text, "JUMLAH 2.850 0 3.150");
  kr_test_assert_has (text, "Jumlah pegawai: 300 · Memenuhi kewajiban: 0 · Belum memenuhi: 300");

  pdf = g_build_filename (fixture->dir, "training-compliance-many.pdf", NULL);
  pages = kr_test_pdf_pages (pdf);
  g_assert_cmpuint (g_strv_length (pages), ==, n_a4);
  for (guint p = 0; p < n_a4; p++)
    {
      g_autofree char *footer = g_strdup_printf ("Halaman %u dari %u", p + 1, n_a4);

      kr_test_assert_has (pages[p], footer);
      kr_test_assert_has (pages[p], "NO 1 NAMA NIP 2 UNIT KERJA 3 JENIS PEGAWAI 4 GOL. 5");
      if (p > 0)
        {
          kr_test_assert_has (pages[p], "Daftar Pemenuhan Pengembangan Kompetensi — Pemerintah "
                                        "Kabupaten Contoh — Tahun 2027");
          kr_test_assert_lacks (pages[p], "DAFTAR PEMENUHAN");
        }
    }
  last = g_strdup (pages[n_a4 - 1]);
  kr_test_assert_has (last, "Kepala BKPSDM");
}

static void
test_compliance_empty (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) rows = new_rows ();
  KrDocumentTrainingScope scope = {
    .unit_name = "Dinas Pendidikan",
    .subtree = TRUE,
    .year = 2026,
    .only_short = TRUE,
  };
  g_autoptr (KrDocument) document = kr_document_training_compliance_new (&scope, rows);
  g_autofree char *text = NULL;
  g_autoptr (KrDocument) everyone = NULL;
  g_autofree char *everyone_text = NULL;

  kr_test_write_pdf (fixture->dir, document, KR_PAPER_A4, "training-compliance-empty.pdf", &text);
  kr_test_assert_has (text, "Semua pegawai telah memenuhi kewajiban pengembangan kompetensi.");
  kr_test_assert_has (text, "Unit kerja beserta unit di bawahnya");
  kr_test_assert_has (text, ".............................., .............................. "
                            "Kepala BKPSDM");
  kr_test_assert_lacks (text, "JUMLAH");
  kr_test_assert_lacks (text, "Jumlah pegawai");

  scope.only_short = FALSE;
  everyone = kr_document_training_compliance_new (&scope, rows);
  kr_test_write_pdf (fixture->dir, everyone, KR_PAPER_F4, "training-compliance-none.pdf",
                     &everyone_text);
  kr_test_assert_has (everyone_text, "Tidak ada pegawai aktif dalam lingkup ini.");
}

static KrEnrolment *
make_enrolment (const char *name,
                const char *nip,
                const char *unit,
                KrEnrolmentState state,
                guint jp,
                const char *certificate)
{
  KrEnrolment *enrolment = g_new0 (KrEnrolment, 1);

  enrolment->employee_name = g_strdup (name);
  enrolment->employee_nip = g_strdup (nip);
  enrolment->employee_unit = g_strdup (unit);
  enrolment->state = state;
  enrolment->jp = jp;
  enrolment->certificate_number = g_strdup (certificate);
  if (certificate != NULL)
    enrolment->certificate_date = g_strdup ("2027-05-20");
  enrolment->session_name = g_strdup ("Angkatan I");
  enrolment->course_title = g_strdup ("Pelatihan Pengelolaan Keuangan Daerah");
  enrolment->session_end_date = g_strdup ("2027-05-15");
  return enrolment;
}

static KrTrainingSession *
make_session (void)
{
  KrTrainingSession *session = g_new0 (KrTrainingSession, 1);

  session->course_title = g_strdup ("Pelatihan Pengelolaan Keuangan Daerah");
  session->course_jp = 32;
  session->name = g_strdup ("Angkatan I");
  session->start_date = g_strdup ("2027-05-12");
  session->end_date = g_strdup ("2027-05-15");
  session->place = g_strdup ("Aula BKPSDM Kabupaten Contoh");
  session->capacity = 30;
  session->status = KR_SESSION_STATUS_DONE;
  return session;
}

static void
test_participants (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) enrolments =
      g_ptr_array_new_with_free_func ((GDestroyNotify) kr_enrolment_free);
  g_autoptr (KrTrainingSession) session = make_session ();
  g_autoptr (KrDocument) document = NULL;
  g_autofree char *text = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 22, G_DATE_MAY, 2027);
  g_ptr_array_add (enrolments,
                   make_enrolment ("Agus Santoso, S.Kom.", "198501122010011001", "Dinas Kesehatan",
                                   KR_ENROLMENT_STATE_COMPLETED, 32, "KEU/2027/001"));
  g_ptr_array_add (enrolments, make_enrolment ("Citra Lestari", "199207082019032002",
                                               "Badan Keuangan dan Aset Daerah",
                                               KR_ENROLMENT_STATE_COMPLETED, 30, NULL));
  g_ptr_array_add (enrolments, make_enrolment ("Eko Pratama", "198811232014021001", NULL,
                                               KR_ENROLMENT_STATE_NO_SHOW, 0, NULL));
  g_ptr_array_add (enrolments,
                   make_enrolment ("Fitri Kusuma", "199404302020122002", "Dinas Kesehatan",
                                   KR_ENROLMENT_STATE_WITHDRAWN, 0, NULL));

  document = kr_document_training_participants_new ("Pemerintah Kabupaten Contoh", session,
                                                    "BPSDM Provinsi Contoh", enrolments, "Sukamaju",
                                                    &date);
  g_assert_cmpuint (
      kr_test_write_pdf (fixture->dir, document, KR_PAPER_A4, "training-participants.pdf", &text),
      ==, 1);
  kr_test_assert_has (text, "DAFTAR PESERTA PELATIHAN PEMERINTAH KABUPATEN CONTOH");
  kr_test_assert_has (text, "Nama pelatihan Pelatihan Pengelolaan Keuangan Daerah");
  kr_test_assert_has (text, "Angkatan/kelas Angkatan I");
  kr_test_assert_has (text, "Tanggal 12 Mei 2027 s.d. 15 Mei 2027");
  kr_test_assert_has (text, "Tempat Aula BKPSDM Kabupaten Contoh");
  kr_test_assert_has (text, "Jumlah JP 32 JP");
  kr_test_assert_has (text, "Penyelenggara BPSDM Provinsi Contoh");
  kr_test_assert_has (text, "Kapasitas 30 orang");
  kr_test_assert_has (text, "NO 1 NAMA NIP 2 UNIT KERJA 3 STATUS 4 JP 5 NO. SERTIFIKAT 6");
  kr_test_assert_has (text, "1 Agus Santoso, S.Kom. 19850112 201001 1 001 Dinas Kesehatan "
                            "Selesai 32 KEU/2027/001 tgl. 20 Mei 2027");
  kr_test_assert_has (text, "2 Citra Lestari 19920708 201903 2 002 Badan Keuangan dan Aset "
                            "Daerah Selesai 30 -");
  kr_test_assert_has (text, "3 Eko Pratama 19881123 201402 1 001 - Tidak hadir - -");
  kr_test_assert_has (text, "4 Fitri Kusuma 19940430 202012 2 002 Dinas Kesehatan Mengundurkan "
                            "diri - -");
  kr_test_assert_has (text, "Jumlah peserta: 4 · Selesai: 2 · Tidak hadir: 1 · Mengundurkan "
                            "diri: 1 · Jumlah JP diberikan: 62");
  kr_test_assert_has (text, "Sukamaju, 22 Mei 2027 Kepala BKPSDM");
}

static void
test_participants_many (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) enrolments =
      g_ptr_array_new_with_free_func ((GDestroyNotify) kr_enrolment_free);
  g_autoptr (KrTrainingSession) session = make_session ();
  g_autoptr (KrDocument) document = NULL;
  g_autoptr (KrDocument) empty = NULL;
  g_autoptr (GPtrArray) none = g_ptr_array_new ();
  g_autofree char *text = NULL;
  g_autofree char *empty_text = NULL;
  g_autofree char *pdf = NULL;
  g_auto (GStrv) pages = NULL;
  guint n;

  g_clear_pointer (&session->place, g_free);
  session->end_date = (g_free (session->end_date), g_strdup (session->start_date));
  for (guint i = 0; i < 120; i++)
    {
      g_autofree char *name = g_strdup_printf ("Peserta Nomor %03u", i + 1);

      g_ptr_array_add (enrolments, make_enrolment (name, "198501122010011001", "Dinas Kesehatan",
                                                   KR_ENROLMENT_STATE_APPROVED, 0, NULL));
    }
  document = kr_document_training_participants_new (NULL, session, NULL, enrolments, NULL, NULL);
  n = kr_test_write_pdf (fixture->dir, document, KR_PAPER_F4, "training-participants-many.pdf",
                         &text);
  g_assert_cmpuint (n, >, 1);
  kr_test_assert_has (text, "Tanggal 12 Mei 2027 Tempat -");
  kr_test_assert_has (text, "120 Peserta Nomor 120");
  kr_test_assert_has (text, "Jumlah peserta: 120 · Disetujui: 120 · Jumlah JP diberikan: 0");
  pdf = g_build_filename (fixture->dir, "training-participants-many.pdf", NULL);
  pages = kr_test_pdf_pages (pdf);
  for (guint p = 1; p < n; p++)
    {
      kr_test_assert_has (pages[p], "NO 1 NAMA NIP 2 UNIT KERJA 3 STATUS 4 JP 5 NO. SERTIFIKAT 6");
      kr_test_assert_has (pages[p], "Daftar Peserta Pelatihan — Pelatihan Pengelolaan Keuangan "
                                    "Daerah — Angkatan I");
    }

  empty = kr_document_training_participants_new (NULL, session, NULL, none, NULL, NULL);
  kr_test_write_pdf (fixture->dir, empty, KR_PAPER_A4, "training-participants-empty.pdf",
                     &empty_text);
  kr_test_assert_has (empty_text, "Belum ada peserta.");
  kr_test_assert_lacks (empty_text, "Jumlah peserta");
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
  add_test ("/render/training/format", test_format_jp);
  add_test ("/render/training/compliance", test_compliance);
  add_test ("/render/training/compliance-many", test_compliance_many);
  add_test ("/render/training/compliance-empty", test_compliance_empty);
  add_test ("/render/training/participants", test_participants);
  add_test ("/render/training/participants-many", test_participants_many);
  return g_test_run ();
}
