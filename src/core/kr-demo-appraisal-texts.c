/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-demo"

#include "config.h"

#include "kr-demo-appraisals-private.h"

/* The texts of the demo's plans and evaluations. */

/* Official-language texts of the plans: Indonesian, as an SKP is written. */
const ResultSpec _kr_demo_result_specs[N_CATS][N_SPECS] = {
  [CAT_LEADER] = {
    { "Tersusunnya dokumen perencanaan kinerja unit yang selaras dengan Renstra",
      "Renja, Perjanjian Kinerja dan RKA unit ditetapkan; Perjanjian Kinerja ditandatangani pada "
      "bulan Januari",
      { { KR_ASPECT_KUANTITAS, "Jumlah dokumen perencanaan yang ditetapkan", "3 dokumen" },
        { KR_ASPECT_WAKTU, "Ketepatan waktu penetapan Perjanjian Kinerja", "Januari" } } },
    { "Meningkatnya capaian indikator kinerja utama unit",
      "IKU unit tercapai 92% menurut laporan kinerja tahunan",
      { { KR_ASPECT_KUALITAS, "Persentase IKU unit yang mencapai target", "90%" } } },
    { "Terlaksananya pembinaan dan evaluasi kinerja pegawai di lingkungan unit",
      "Seluruh pegawai dievaluasi setiap triwulan; hasil evaluasi ditetapkan tepat waktu",
      { { KR_ASPECT_KUANTITAS, "Persentase pegawai yang dievaluasi kinerjanya", "100%" },
        { KR_ASPECT_WAKTU, "Ketepatan penetapan evaluasi kinerja periodik", "Akhir triwulan" } } },
    { "Terkendalinya realisasi anggaran unit",
      "Realisasi anggaran 96,4% dari pagu tanpa temuan pemeriksaan",
      { { KR_ASPECT_BIAYA, "Persentase realisasi anggaran terhadap pagu", "95%" } } },
    { "Meningkatnya kualitas pelayanan publik unit",
      "Indeks Kepuasan Masyarakat unit 84,10 (mutu B)",
      { { KR_ASPECT_KUALITAS, "Indeks Kepuasan Masyarakat", "82,00" } } },
  },
  [CAT_TEACHER] = {
    { "Terlaksananya pembelajaran yang berkualitas sesuai kurikulum",
      "Pembelajaran 24 jam tatap muka per minggu terlaksana; 87% peserta didik mencapai KKTP",
      { { KR_ASPECT_KUANTITAS, "Jumlah jam tatap muka per minggu", "24 jam" },
        { KR_ASPECT_KUALITAS, "Persentase peserta didik yang mencapai KKTP", "85%" } } },
    { "Tersusunnya perangkat pembelajaran",
      "Modul ajar dua semester disusun dan disahkan kepala sekolah sebelum semester dimulai",
      { { KR_ASPECT_KUANTITAS, "Jumlah modul ajar yang disusun", "2 semester" },
        { KR_ASPECT_WAKTU, "Ketepatan penyusunan modul ajar", "Sebelum awal semester" } } },
    { "Terlaksananya penilaian hasil belajar peserta didik",
      "Rapor dua semester diterbitkan sesuai kalender pendidikan",
      { { KR_ASPECT_KUANTITAS, "Jumlah laporan hasil belajar yang diterbitkan", "2 rapor" } } },
    { "Terlaksananya pengembangan keprofesian berkelanjutan",
      "Mengikuti pelatihan Kurikulum Merdeka dan komunitas belajar MGMP",
      { { KR_ASPECT_KUANTITAS, "Jumlah pelatihan atau komunitas belajar yang diikuti",
          "2 kegiatan" } } },
    { "Terlaksananya bimbingan dan pendampingan peserta didik",
      "Bimbingan satu rombongan belajar terlaksana dengan catatan perkembangan peserta didik",
      { { KR_ASPECT_KUANTITAS, "Jumlah rombongan belajar yang dibimbing", "1 rombel" } } },
  },
  [CAT_HEALTH] = {
    { "Terlaksananya pelayanan kesehatan sesuai standar pelayanan",
      "1.254 pasien dilayani; seluruh pelayanan sesuai SOP",
      { { KR_ASPECT_KUANTITAS, "Jumlah pasien yang dilayani", "1.200 pasien" },
        { KR_ASPECT_KUALITAS, "Persentase pelayanan sesuai SOP", "100%" } } },
    { "Tersusunnya dokumentasi asuhan pelayanan kesehatan",
      "Kelengkapan dokumentasi asuhan 96% menurut audit rekam medis",
      { { KR_ASPECT_KUALITAS, "Kelengkapan dokumentasi asuhan", "95%" } } },
    { "Terlaksananya kegiatan promotif dan preventif di wilayah kerja",
      "13 kegiatan penyuluhan dan posyandu terlaksana",
      { { KR_ASPECT_KUANTITAS, "Jumlah kegiatan penyuluhan dan posyandu", "12 kegiatan" } } },
    { "Terlaksananya upaya keselamatan pasien",
      "Tidak ada insiden keselamatan pasien yang dilaporkan",
      { { KR_ASPECT_KUALITAS, "Jumlah insiden keselamatan pasien", "0 insiden" } } },
    { "Terlaksananya pelaporan program kesehatan",
      "Laporan bulanan disampaikan paling lambat tanggal 5 bulan berikutnya",
      { { KR_ASPECT_WAKTU, "Ketepatan waktu laporan bulanan", "Tanggal 5" } } },
  },
  [CAT_ANALYST] = {
    { "Tersusunnya kajian dan analisis sesuai bidang tugas",
      "4 dokumen kajian disusun; 3 rekomendasi ditindaklanjuti pimpinan",
      { { KR_ASPECT_KUANTITAS, "Jumlah dokumen kajian", "4 dokumen" },
        { KR_ASPECT_KUALITAS, "Persentase rekomendasi yang ditindaklanjuti pimpinan", "75%" } } },
    { "Tersusunnya bahan perencanaan dan evaluasi program",
      "6 dokumen bahan perencanaan dan evaluasi disampaikan tepat waktu",
      { { KR_ASPECT_KUANTITAS, "Jumlah bahan perencanaan dan evaluasi", "6 dokumen" },
        { KR_ASPECT_WAKTU, "Ketepatan waktu penyampaian", "Sesuai jadwal" } } },
    { "Terkelolanya data dan informasi sesuai bidang tugas",
      "Pemutakhiran data 97% selesai pada akhir tahun",
      { { KR_ASPECT_KUALITAS, "Persentase data yang mutakhir", "95%" } } },
    { "Terlaksananya pendampingan teknis kepada unit kerja",
      "Pendampingan teknis diberikan kepada 5 unit kerja",
      { { KR_ASPECT_KUANTITAS, "Jumlah unit kerja yang didampingi", "5 unit" } } },
    { "Tersusunnya laporan pelaksanaan tugas jabatan fungsional",
      "Laporan disampaikan setiap akhir triwulan",
      { { KR_ASPECT_WAKTU, "Ketepatan waktu laporan", "Setiap triwulan" } } },
  },
  [CAT_STAFF] = {
    { "Terkelolanya administrasi persuratan dan kearsipan unit",
      "1.086 surat diagendakan; disposisi disampaikan pada hari yang sama",
      { { KR_ASPECT_KUANTITAS, "Jumlah surat yang diagendakan", "1.000 surat" },
        { KR_ASPECT_WAKTU, "Ketepatan penyampaian disposisi", "1 hari kerja" } } },
    { "Tersusunnya laporan administrasi keuangan dan kepegawaian unit",
      "12 laporan bulanan disusun dan diverifikasi",
      { { KR_ASPECT_KUANTITAS, "Jumlah laporan yang disusun", "12 laporan" } } },
    { "Terlaksananya pelayanan administrasi kepada pengguna layanan",
      "640 layanan diselesaikan; 2 pengaduan ditindaklanjuti",
      { { KR_ASPECT_KUANTITAS, "Jumlah layanan yang diselesaikan", "600 layanan" },
        { KR_ASPECT_KUALITAS, "Persentase layanan tanpa pengaduan", "95%" } } },
    { "Termutakhirkannya data pada sistem informasi",
      "Data diinput dengan tingkat kesalahan di bawah 2%",
      { { KR_ASPECT_KUALITAS, "Persentase data yang diinput tanpa kesalahan", "98%" } } },
    { "Terkelolanya barang milik daerah di lingkungan unit",
      "Laporan inventaris barang disusun dan direkonsiliasi",
      { { KR_ASPECT_KUANTITAS, "Jumlah laporan inventaris", "1 laporan" } } },
  },
};

const ResultSpec _kr_demo_extra_specs[N_EXTRA_SPECS] = {
  { "Terlaksananya tugas sebagai anggota tim kerja",
    "Terlibat dalam 2 tim kerja yang ditetapkan dengan surat keputusan",
    { { KR_ASPECT_KUANTITAS, "Jumlah tim kerja yang diikuti", "2 kegiatan" } } },
  { "Terlaksananya tugas sebagai narasumber atau fasilitator",
    "Menjadi narasumber pada 1 kegiatan peningkatan kapasitas",
    { { KR_ASPECT_KUANTITAS, "Jumlah kegiatan sebagai narasumber", "1 kegiatan" } } },
  { "Terlaksananya inovasi proses kerja",
    "1 inovasi diterapkan dan didokumentasikan",
    { { KR_ASPECT_KUALITAS, "Jumlah inovasi yang diterapkan di unit", "1 inovasi" } } },
};

/* The leader's result a staff result serves (Rencana Hasil Kerja Pimpinan yang
 * Diintervensi); a JPT's plan comes from the Perjanjian Kinerja and has none. */
const char *const _kr_demo_leader_results[N_CATS] = {
  [CAT_LEADER] = "Meningkatnya capaian kinerja perangkat daerah",
  [CAT_TEACHER] = "Meningkatnya mutu pembelajaran di satuan pendidikan",
  [CAT_HEALTH] = "Meningkatnya cakupan dan mutu pelayanan kesehatan",
  [CAT_ANALYST] = "Meningkatnya kualitas perumusan kebijakan dan program",
  [CAT_STAFF] = "Meningkatnya kualitas tata kelola administrasi unit",
};

const char *const _kr_demo_feedback_good[N_FEEDBACK] = {
  "Capaian melampaui target dengan bukti dukung lengkap; bagikan praktik baik kepada rekan kerja",
  "Hasil kerja sangat baik dan tepat waktu; pertahankan",
  "Inisiatif yang ditunjukkan memberi nilai tambah bagi unit; lanjutkan",
};
const char *const _kr_demo_feedback_normal[N_FEEDBACK] = {
  "Target tercapai sesuai ekspektasi; tingkatkan ketepatan waktu penyampaian bukti dukung",
  "Hasil kerja sesuai ekspektasi; dokumentasikan bukti dukung secara rutin",
  "Sudah baik; perkuat koordinasi dengan rekan kerja",
};
const char *const _kr_demo_feedback_poor[N_FEEDBACK] = {
  "Capaian belum memenuhi target; susun rencana perbaikan bersama atasan langsung",
  "Bukti dukung belum lengkap; perlu pendampingan dalam penyusunan laporan",
  "Ketepatan waktu perlu diperbaiki; lakukan pemantauan mingguan",
};

const char *const _kr_demo_notes_by_predikat[KR_N_PREDIKAT] = {
  [KR_PREDIKAT_SANGAT_KURANG] =
      "Perlu pembinaan intensif; dievaluasi kembali pada periode berikutnya",
  [KR_PREDIKAT_KURANG] =
      "Perlu pembinaan perilaku kerja dan pemantauan berkala oleh atasan langsung",
  [KR_PREDIKAT_BUTUH_PERBAIKAN] =
      "Perlu coaching dan mentoring oleh atasan langsung serta pelatihan teknis",
  [KR_PREDIKAT_BAIK] = "Pertahankan kinerja; ikuti pengembangan kompetensi sesuai rencana",
  [KR_PREDIKAT_SANGAT_BAIK] =
      "Direkomendasikan untuk diusulkan dalam talent pool dan penghargaan pegawai berprestasi",
};

const char *const _kr_demo_objections[N_OBJECTIONS] = {
  "Saya keberatan karena realisasi telah sesuai target sebagaimana bukti dukung terlampir",
  "Penilaian perilaku kerja belum mempertimbangkan penugasan tambahan yang saya laksanakan",
};
