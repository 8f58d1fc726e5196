/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-demo"

#include "config.h"

#include "kr-demo.h"

#include <string.h>

#include "kr-date.h"
#include "kr-employee-list.h"
#include "kr-employee-repository.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-position.h"
#include "kr-rank.h"
#include "kr-unit-repository.h"

/* The demo province is invented: its name, regions, places, people and numbers. Every
 * Indonesian name below (units, positions, degrees, places) is data in the official language
 * and is not translated. */

/* Random numbers: xoshiro256** seeded through splitmix64 (Blackman and Vigna), so the data
 * depends only on the seed, never on the C library's rand(). */

typedef struct
{
  guint64 s[4];
} Rng;

static guint64
splitmix64 (guint64 *state)
{
  guint64 z = (*state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

static void
rng_init (Rng *rng, guint64 seed)
{
  for (guint i = 0; i < G_N_ELEMENTS (rng->s); i++)
    rng->s[i] = splitmix64 (&seed);
}

static inline guint64
rotl (guint64 x, int k)
{
  return (x << k) | (x >> (64 - k));
}

static guint64
rng_next (Rng *rng)
{
  guint64 *s = rng->s;
  guint64 result = rotl (s[1] * 5, 7) * 9;
  guint64 t = s[1] << 17;

  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl (s[3], 45);
  return result;
}

/* A number from 0 to @n - 1 (Lemire's multiply-shift, without division). */
static guint
rng_below (Rng *rng, guint n)
{
  return (guint) (((rng_next (rng) >> 32) * (guint64) n) >> 32);
}

/* A number from @lo to @hi, both included. */
static int
rng_between (Rng *rng, int lo, int hi)
{
  g_assert (lo <= hi);
  return lo + (int) rng_below (rng, (guint) (hi - lo) + 1);
}

static double
rng_double (Rng *rng)
{
  return (double) (rng_next (rng) >> 11) * (1.0 / 9007199254740992.0);
}

static gboolean
rng_percent (Rng *rng, guint percent)
{
  return rng_below (rng, 100) < percent;
}

/* An index into @weights, each chosen in proportion to its weight. */
static guint
rng_weighted (Rng *rng, const guint8 *weights, guint n)
{
  guint total = 0, pick;

  for (guint i = 0; i < n; i++)
    total += weights[i];
  g_assert (total > 0);
  pick = rng_below (rng, total);
  for (guint i = 0; i < n; i++)
    {
      if (pick < weights[i])
        return i;
      pick -= weights[i];
    }
  g_assert_not_reached ();
}

#define PICK(rng, array) ((array)[rng_below ((rng), G_N_ELEMENTS (array))])

/* Dates. TMTs fall on the 1st of a month, so they are handled as month indexes:
 * year × 12 + month − 1. */

static int
month_index (guint year, guint month)
{
  return (int) year * 12 + (int) month - 1;
}

static int
date_month_index (const GDate *date)
{
  return month_index (g_date_get_year (date), g_date_get_month (date));
}

static void
set_month_start (GDate *date, int index)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, 1, (GDateMonth) (index % 12 + 1), (GDateYear) (index / 12));
}

static guint32
month_start_julian (int index)
{
  GDate date;

  set_month_start (&date, index);
  return g_date_get_julian (&date);
}

static guint32
julian_of (guint year, guint month, guint day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return g_date_get_julian (&date);
}

static void
set_julian (GDate *date, guint32 julian)
{
  g_date_clear (date, 1);
  g_date_set_julian (date, julian);
}

/* DOMAIN 4.3 (C): the dates on which a kenaikan pangkat may take effect, by era: 1 April and
 * 1 October under PP 12/2002 until 2023 (and, believed, before PP 99/2000 too); four periods
 * under the original PP 99/2000 (taken as 2000 and 2001); six from 2024 (Peraturan BKN 4/2023);
 * every month from October 2025 (Peraturan BKN 4/2025). */
static gboolean
is_promotion_period (int index)
{
  guint year = (guint) index / 12, month = (guint) index % 12 + 1;

  if (index >= month_index (2025, 10))
    return TRUE;
  if (year >= 2024)
    return month % 2 == 0;
  if (year == 2000 || year == 2001)
    return month % 3 == 1;
  return month == 4 || month == 10;
}

/* The first promotion period on or after month @index. */
static int
next_promotion_period (int index)
{
  while (!is_promotion_period (index))
    index++;
  return index;
}

/* Fields of study. A family of positions recruits from one; a person's degrees and gelar come
 * from a major of it. */
typedef enum
{
  FIELD_EDUCATION,
  FIELD_NURSING,
  FIELD_MIDWIFERY,
  FIELD_MEDICINE,
  FIELD_DENTISTRY,
  FIELD_PHARMACY,
  FIELD_LAB,
  FIELD_NUTRITION,
  FIELD_SANITATION,
  FIELD_RECORDS,
  FIELD_PUBLIC_HEALTH,
  FIELD_ADMIN,
  FIELD_LAW,
  FIELD_FINANCE,
  FIELD_IT,
  FIELD_CIVIL,
  FIELD_AGRI,
  FIELD_FISH,
  FIELD_SOCIAL,
  FIELD_LIBRARY,
  FIELD_COMMS,
  FIELD_ENV,
  FIELD_STATS,
  FIELD_TRANSPORT,
  FIELD_SCIENCE,
  N_FIELDS,
} Field;

/* The gelar that older graduates of some fields carry in front of the name instead of the
 * newer one behind it (Drs./Dra. or Ir.). */
typedef enum
{
  OLD_NONE,
  OLD_DRS,
  OLD_IR,
} OldTitle;

/* Degrees that graduated before this year carry the old gelar. */
#define OLD_TITLE_BEFORE 1995

typedef struct
{
  Field field;
  const char *name;
  const char *d3; /* the D-III gelar, NULL when the field has no D-III of that name */
  const char *s1;
  const char *s2;
  OldTitle old;
} Major;

static const Major majors[] = {
  { FIELD_EDUCATION, "Pendidikan Matematika", NULL, "S.Pd.", "M.Pd.", OLD_DRS },
  { FIELD_EDUCATION, "Pendidikan Bahasa Indonesia", NULL, "S.Pd.", "M.Pd.", OLD_DRS },
  { FIELD_EDUCATION, "Pendidikan Bahasa Inggris", NULL, "S.Pd.", "M.Pd.", OLD_DRS },
  { FIELD_EDUCATION, "Pendidikan Biologi", NULL, "S.Pd.", "M.Pd.", OLD_DRS },
  { FIELD_EDUCATION, "Pendidikan Fisika", NULL, "S.Pd.", "M.Pd.", OLD_DRS },
  { FIELD_EDUCATION, "Pendidikan Kimia", NULL, "S.Pd.", "M.Pd.", OLD_DRS },
  { FIELD_EDUCATION, "Pendidikan Sejarah", NULL, "S.Pd.", "M.Pd.", OLD_DRS },
  { FIELD_EDUCATION, "Pendidikan Ekonomi", NULL, "S.Pd.", "M.Pd.", OLD_DRS },
  { FIELD_EDUCATION, "Pendidikan Geografi", NULL, "S.Pd.", "M.Pd.", OLD_DRS },
  { FIELD_EDUCATION, "Pendidikan Pancasila dan Kewarganegaraan", NULL, "S.Pd.", "M.Pd.", OLD_DRS },
  { FIELD_EDUCATION, "Pendidikan Jasmani, Kesehatan dan Rekreasi", NULL, "S.Pd.", "M.Or.",
    OLD_DRS },
  { FIELD_EDUCATION, "Bimbingan dan Konseling", NULL, "S.Pd.", "M.Pd.", OLD_DRS },
  { FIELD_EDUCATION, "Pendidikan Agama Islam", NULL, "S.Pd.I.", "M.Pd.I.", OLD_DRS },
  { FIELD_EDUCATION, "Pendidikan Luar Biasa", NULL, "S.Pd.", "M.Pd.", OLD_DRS },
  { FIELD_EDUCATION, "Pendidikan Teknik Mesin", NULL, "S.Pd.", "M.Pd.", OLD_DRS },
  { FIELD_EDUCATION, "Pendidikan Teknik Elektro", NULL, "S.Pd.", "M.Pd.", OLD_DRS },
  { FIELD_NURSING, "Keperawatan", "A.Md.Kep.", "S.Kep., Ners", "M.Kep.", OLD_NONE },
  { FIELD_MIDWIFERY, "Kebidanan", "A.Md.Keb.", "S.Tr.Keb.", "M.Keb.", OLD_NONE },
  { FIELD_MEDICINE, "Pendidikan Dokter", NULL, "S.Ked.", "M.Kes.", OLD_NONE },
  { FIELD_DENTISTRY, "Pendidikan Dokter Gigi", NULL, "S.K.G.", "M.Kes.", OLD_NONE },
  { FIELD_PHARMACY, "Farmasi", "A.Md.Farm.", "S.Farm.", "M.Farm.", OLD_NONE },
  { FIELD_LAB, "Teknologi Laboratorium Medis", "A.Md.Kes.", "S.Tr.Kes.", "M.Biomed.", OLD_NONE },
  { FIELD_NUTRITION, "Gizi", "A.Md.Gz.", "S.Gz.", "M.Gz.", OLD_NONE },
  { FIELD_SANITATION, "Kesehatan Lingkungan", "A.Md.KL.", "S.KM.", "M.Kes.", OLD_NONE },
  { FIELD_RECORDS, "Rekam Medis dan Informasi Kesehatan", "A.Md.RMIK.", "S.Tr.RMIK.", "M.Kes.",
    OLD_NONE },
  { FIELD_PUBLIC_HEALTH, "Kesehatan Masyarakat", NULL, "S.KM.", "M.Kes.", OLD_NONE },
  { FIELD_ADMIN, "Ilmu Administrasi Negara", "A.Md.", "S.Sos.", "M.Si.", OLD_DRS },
  { FIELD_ADMIN, "Ilmu Pemerintahan", NULL, "S.IP.", "M.Si.", OLD_DRS },
  { FIELD_ADMIN, "Administrasi Publik", NULL, "S.A.P.", "M.A.P.", OLD_NONE },
  { FIELD_ADMIN, "Manajemen", "A.Md.", "S.E.", "M.M.", OLD_DRS },
  { FIELD_ADMIN, "Psikologi", NULL, "S.Psi.", "M.Psi.", OLD_DRS },
  { FIELD_LAW, "Ilmu Hukum", NULL, "S.H.", "M.H.", OLD_NONE },
  { FIELD_FINANCE, "Akuntansi", "A.Md.Ak.", "S.Ak.", "M.Ak.", OLD_DRS },
  { FIELD_FINANCE, "Ekonomi Pembangunan", NULL, "S.E.", "M.Si.", OLD_DRS },
  { FIELD_FINANCE, "Manajemen Keuangan", "A.Md.", "S.E.", "M.M.", OLD_DRS },
  { FIELD_IT, "Teknik Informatika", "A.Md.Kom.", "S.Kom.", "M.Kom.", OLD_NONE },
  { FIELD_IT, "Sistem Informasi", "A.Md.Kom.", "S.Kom.", "M.Kom.", OLD_NONE },
  { FIELD_IT, "Teknik Elektro", "A.Md.T.", "S.T.", "M.T.", OLD_IR },
  { FIELD_CIVIL, "Teknik Sipil", "A.Md.T.", "S.T.", "M.T.", OLD_IR },
  { FIELD_CIVIL, "Teknik Pengairan", NULL, "S.T.", "M.T.", OLD_IR },
  { FIELD_CIVIL, "Perencanaan Wilayah dan Kota", NULL, "S.T.", "M.T.", OLD_IR },
  { FIELD_AGRI, "Agroteknologi", "A.Md.P.", "S.P.", "M.P.", OLD_IR },
  { FIELD_AGRI, "Agribisnis", NULL, "S.P.", "M.Si.", OLD_IR },
  { FIELD_AGRI, "Peternakan", "A.Md.Pt.", "S.Pt.", "M.Pt.", OLD_IR },
  { FIELD_FISH, "Ilmu Kelautan", NULL, "S.Kel.", "M.Si.", OLD_IR },
  { FIELD_FISH, "Budidaya Perairan", "A.Md.Pi.", "S.Pi.", "M.Si.", OLD_IR },
  { FIELD_SOCIAL, "Kesejahteraan Sosial", "A.Md.", "S.Sos.", "M.Si.", OLD_DRS },
  { FIELD_SOCIAL, "Sosiologi", NULL, "S.Sos.", "M.Si.", OLD_DRS },
  { FIELD_LIBRARY, "Ilmu Perpustakaan", "A.Md.", "S.I.P.", "M.I.P.", OLD_DRS },
  { FIELD_LIBRARY, "Kearsipan", "A.Md.Ars.", "S.Tr.Ars.", "M.Si.", OLD_NONE },
  { FIELD_COMMS, "Ilmu Komunikasi", "A.Md.", "S.I.Kom.", "M.I.Kom.", OLD_DRS },
  { FIELD_ENV, "Teknik Lingkungan", NULL, "S.T.", "M.T.", OLD_IR },
  { FIELD_ENV, "Kehutanan", "A.Md.Hut.", "S.Hut.", "M.Hut.", OLD_IR },
  { FIELD_STATS, "Statistika", "A.Md.Stat.", "S.Stat.", "M.Stat.", OLD_DRS },
  { FIELD_TRANSPORT, "Manajemen Transportasi Darat", "A.Md.Tra.", "S.Tr.Tra.", "M.T.", OLD_NONE },
  { FIELD_SCIENCE, "Kimia", "A.Md.Si.", "S.Si.", "M.Si.", OLD_DRS },
  { FIELD_SCIENCE, "Biologi", NULL, "S.Si.", "M.Si.", OLD_DRS },
};

static const char *const slta_majors[] = {
  "IPA",
  "IPS",
  "Akuntansi",
  "Otomatisasi dan Tata Kelola Perkantoran",
  "Teknik Komputer dan Jaringan",
  "Teknik Kendaraan Ringan",
};

/* Education profiles: the share (percent) of each KrEducation among the people a position
 * recruits, in the enum's order (SD, SLTP, SLTP kejuruan, SLTA, D-II, SGPLB, D-III, S-1, S-2,
 * S-3). Together they give roughly the national mix of DOMAIN 12.3. */
typedef enum
{
  EDU_GURU,
  EDU_NAKES,
  EDU_DOKTER,
  EDU_AHLI,
  EDU_TERAMPIL,
  EDU_TERAMPIL_AHLI,
  EDU_ORDER,
  EDU_LOW,
  EDU_MID,
  EDU_HIGH,
  EDU_JPT,
  EDU_ADMINISTRATOR,
  EDU_PENGAWAS,
  EDU_KEPALA_SEKOLAH,
  N_EDU_PROFILES,
} EduProfile;

static const guint8 edu_profiles[N_EDU_PROFILES][KR_N_EDUCATIONS] = {
  [EDU_GURU] = { 0, 0, 0, 0, 0, 0, 0, 86, 13, 1 },
  [EDU_NAKES] = { 0, 0, 0, 0, 0, 0, 72, 28, 0, 0 },
  [EDU_DOKTER] = { 0, 0, 0, 0, 0, 0, 0, 0, 100, 0 },
  [EDU_AHLI] = { 0, 0, 0, 0, 0, 0, 0, 78, 21, 1 },
  [EDU_TERAMPIL] = { 0, 0, 0, 30, 0, 0, 70, 0, 0, 0 },
  [EDU_TERAMPIL_AHLI] = { 0, 0, 0, 5, 0, 0, 40, 50, 5, 0 },
  [EDU_ORDER] = { 0, 0, 0, 60, 0, 0, 15, 25, 0, 0 },
  [EDU_LOW] = { 5, 8, 2, 75, 0, 0, 10, 0, 0, 0 },
  [EDU_MID] = { 0, 0, 0, 55, 2, 0, 23, 20, 0, 0 },
  [EDU_HIGH] = { 0, 0, 0, 10, 0, 0, 20, 65, 5, 0 },
  [EDU_JPT] = { 0, 0, 0, 0, 0, 0, 0, 15, 75, 10 },
  [EDU_ADMINISTRATOR] = { 0, 0, 0, 0, 0, 0, 0, 55, 44, 1 },
  [EDU_PENGAWAS] = { 0, 0, 0, 0, 0, 0, 12, 73, 15, 0 },
  [EDU_KEPALA_SEKOLAH] = { 0, 0, 0, 0, 0, 0, 0, 60, 40, 0 },
};

/* Families of positions: a functional position in its jenjang (the levels that the family
 * has in a unit), or one pelaksana position. */
typedef enum
{
  F_GURU,
  F_PUSTAKAWAN,
  F_LABORAN,
  F_PERAWAT,
  F_BIDAN,
  F_DOKTER,
  F_DOKTER_GIGI,
  F_APOTEKER,
  F_LAB_KES,
  F_NUTRISIONIS,
  F_SANITARIAN,
  F_PEREKAM_MEDIS,
  F_EPIDEMIOLOG,
  F_ANALIS_KEBIJAKAN,
  F_PERENCANA,
  F_ANALIS_SDMA,
  F_AUDITOR,
  F_P2UPD,
  F_AKPD,
  F_PRANATA_KOMPUTER,
  F_ARSIPARIS,
  F_TEKNIK_JALAN,
  F_TEKNIK_PENGAIRAN,
  F_PEKERJA_SOSIAL,
  F_POL_PP,
  F_PENYULUH_PERTANIAN,
  F_PENGAWAS_PERIKANAN,
  F_PRANATA_HUMAS,
  F_PENGUJI_KENDARAAN,
  F_PENGENDALI_DAMPAK,
  F_WIDYAISWARA,
  F_STATISTISI,
  F_INSTRUKTUR,
  F_ANALIS_HUKUM,
  F_PERANCANG,
  F_PENGAWAS_SEKOLAH,
  F_PENGEMBANG_TP,
  P_ADMIN,
  P_KEUANGAN,
  P_OPERATOR,
  P_PENGOLAH_DATA,
  P_PENATA_LAYANAN,
  P_PENELAAH,
  P_PENGELOLA_LAYANAN,
  N_FAMILIES,
} FamilyId;

#define MAX_FAMILY_LEVELS 5

typedef struct
{
  const char *name;
  guint8 n_levels;
  guint8 levels[MAX_FAMILY_LEVELS]; /* KrPositionLevel, lowest first; NONE for pelaksana */
  guint8 kelas;                     /* pelaksana: the kelas jabatan */
  guint8 edu;                       /* EduProfile */
  guint8 field;                     /* Field */
  guint8 female_percent;
  guint8 pppk_percent;
} Family;

#define TR  KR_POSITION_LEVEL_TERAMPIL
#define MH  KR_POSITION_LEVEL_MAHIR
#define PY  KR_POSITION_LEVEL_PENYELIA
#define AP  KR_POSITION_LEVEL_AHLI_PERTAMA
#define AM  KR_POSITION_LEVEL_AHLI_MUDA
#define AMD KR_POSITION_LEVEL_AHLI_MADYA

/* Functional position names follow the PermenPANRB that set them up; pelaksana names follow
 * the 2022 nomenclature. The PPPK shares make about a fifth of all employees PPPK. */
static const Family families[N_FAMILIES] = {
  [F_GURU] = { "Guru", 3, { AP, AM, AMD }, 0, EDU_GURU, FIELD_EDUCATION, 62, 28 },
  [F_PUSTAKAWAN] = { "Pustakawan", 3, { TR, MH, AP }, 0, EDU_TERAMPIL, FIELD_LIBRARY, 70, 20 },
  [F_LABORAN] = { "Pranata Laboratorium Pendidikan",
                  2,
                  { TR, MH },
                  0,
                  EDU_TERAMPIL,
                  FIELD_SCIENCE,
                  60,
                  20 },
  [F_PERAWAT] = { "Perawat", 5, { TR, MH, PY, AP, AM }, 0, EDU_NAKES, FIELD_NURSING, 75, 20 },
  [F_BIDAN] = { "Bidan", 4, { TR, MH, PY, AP }, 0, EDU_NAKES, FIELD_MIDWIFERY, 100, 25 },
  [F_DOKTER] = { "Dokter", 3, { AP, AM, AMD }, 0, EDU_DOKTER, FIELD_MEDICINE, 55, 15 },
  [F_DOKTER_GIGI] = { "Dokter Gigi", 3, { AP, AM, AMD }, 0, EDU_DOKTER, FIELD_DENTISTRY, 70, 15 },
  [F_APOTEKER] = { "Apoteker", 2, { AP, AM }, 0, EDU_DOKTER, FIELD_PHARMACY, 70, 20 },
  [F_LAB_KES] = { "Pranata Laboratorium Kesehatan",
                  3,
                  { TR, MH, AP },
                  0,
                  EDU_NAKES,
                  FIELD_LAB,
                  65,
                  25 },
  [F_NUTRISIONIS] = { "Nutrisionis", 3, { TR, MH, AP }, 0, EDU_NAKES, FIELD_NUTRITION, 80, 25 },
  [F_SANITARIAN] = { "Sanitarian", 3, { TR, MH, AP }, 0, EDU_NAKES, FIELD_SANITATION, 55, 25 },
  [F_PEREKAM_MEDIS] = { "Perekam Medis", 2, { TR, MH }, 0, EDU_NAKES, FIELD_RECORDS, 65, 25 },
  [F_EPIDEMIOLOG] = { "Epidemiolog Kesehatan",
                      2,
                      { AP, AM },
                      0,
                      EDU_AHLI,
                      FIELD_PUBLIC_HEALTH,
                      60,
                      10 },
  [F_ANALIS_KEBIJAKAN] = { "Analis Kebijakan",
                           3,
                           { AP, AM, AMD },
                           0,
                           EDU_AHLI,
                           FIELD_ADMIN,
                           50,
                           5 },
  [F_PERENCANA] = { "Perencana", 3, { AP, AM, AMD }, 0, EDU_AHLI, FIELD_FINANCE, 50, 5 },
  [F_ANALIS_SDMA] = { "Analis Sumber Daya Manusia Aparatur",
                      3,
                      { AP, AM, AMD },
                      0,
                      EDU_AHLI,
                      FIELD_ADMIN,
                      55,
                      5 },
  [F_AUDITOR] = { "Auditor", 3, { AP, AM, AMD }, 0, EDU_AHLI, FIELD_FINANCE, 45, 0 },
  [F_P2UPD] = { "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah",
                3,
                { AP, AM, AMD },
                0,
                EDU_AHLI,
                FIELD_ADMIN,
                45,
                0 },
  [F_AKPD] = { "Analis Keuangan Pusat dan Daerah",
               2,
               { AP, AM },
               0,
               EDU_AHLI,
               FIELD_FINANCE,
               55,
               5 },
  [F_PRANATA_KOMPUTER] = { "Pranata Komputer",
                           4,
                           { TR, MH, AP, AM },
                           0,
                           EDU_TERAMPIL_AHLI,
                           FIELD_IT,
                           35,
                           15 },
  [F_ARSIPARIS] = { "Arsiparis", 3, { TR, MH, AP }, 0, EDU_TERAMPIL, FIELD_LIBRARY, 60, 15 },
  [F_TEKNIK_JALAN] = { "Teknik Jalan dan Jembatan",
                       4,
                       { TR, MH, AP, AM },
                       0,
                       EDU_TERAMPIL_AHLI,
                       FIELD_CIVIL,
                       20,
                       10 },
  [F_TEKNIK_PENGAIRAN] = { "Teknik Pengairan",
                           4,
                           { TR, MH, AP, AM },
                           0,
                           EDU_TERAMPIL_AHLI,
                           FIELD_CIVIL,
                           20,
                           10 },
  [F_PEKERJA_SOSIAL] = { "Pekerja Sosial",
                         4,
                         { TR, MH, AP, AM },
                         0,
                         EDU_TERAMPIL_AHLI,
                         FIELD_SOCIAL,
                         60,
                         15 },
  [F_POL_PP] = { "Polisi Pamong Praja", 4, { TR, MH, PY, AP }, 0, EDU_ORDER, FIELD_LAW, 15, 20 },
  [F_PENYULUH_PERTANIAN] = { "Penyuluh Pertanian",
                             4,
                             { TR, MH, AP, AM },
                             0,
                             EDU_TERAMPIL_AHLI,
                             FIELD_AGRI,
                             35,
                             25 },
  [F_PENGAWAS_PERIKANAN] = { "Pengawas Perikanan",
                             3,
                             { TR, AP, AM },
                             0,
                             EDU_TERAMPIL_AHLI,
                             FIELD_FISH,
                             25,
                             10 },
  [F_PRANATA_HUMAS] = { "Pranata Hubungan Masyarakat",
                        3,
                        { TR, MH, AP },
                        0,
                        EDU_TERAMPIL_AHLI,
                        FIELD_COMMS,
                        55,
                        10 },
  [F_PENGUJI_KENDARAAN] = { "Penguji Kendaraan Bermotor",
                            3,
                            { TR, MH, PY },
                            0,
                            EDU_TERAMPIL,
                            FIELD_TRANSPORT,
                            10,
                            10 },
  [F_PENGENDALI_DAMPAK] = { "Pengendali Dampak Lingkungan",
                            3,
                            { AP, AM, AMD },
                            0,
                            EDU_AHLI,
                            FIELD_ENV,
                            45,
                            5 },
  [F_WIDYAISWARA] = { "Widyaiswara", 3, { AP, AM, AMD }, 0, EDU_AHLI, FIELD_ADMIN, 45, 0 },
  [F_STATISTISI] = { "Statistisi", 3, { TR, AP, AM }, 0, EDU_TERAMPIL_AHLI, FIELD_STATS, 50, 5 },
  [F_INSTRUKTUR] = { "Instruktur", 3, { TR, MH, AP }, 0, EDU_TERAMPIL_AHLI, FIELD_IT, 30, 15 },
  [F_ANALIS_HUKUM] = { "Analis Hukum", 2, { AP, AM }, 0, EDU_AHLI, FIELD_LAW, 55, 0 },
  [F_PERANCANG] = { "Perancang Peraturan Perundang-undangan",
                    3,
                    { AP, AM, AMD },
                    0,
                    EDU_AHLI,
                    FIELD_LAW,
                    50,
                    0 },
  [F_PENGAWAS_SEKOLAH] = { "Pengawas Sekolah",
                           2,
                           { AM, AMD },
                           0,
                           EDU_KEPALA_SEKOLAH,
                           FIELD_EDUCATION,
                           45,
                           0 },
  [F_PENGEMBANG_TP] = { "Pengembang Teknologi Pembelajaran",
                        2,
                        { AP, AM },
                        0,
                        EDU_AHLI,
                        FIELD_EDUCATION,
                        50,
                        5 },
  [P_ADMIN] = { "Pengadministrasi Perkantoran", 1, { 0 }, 5, EDU_LOW, FIELD_ADMIN, 55, 20 },
  [P_KEUANGAN] = { "Pengelola Keuangan", 1, { 0 }, 7, EDU_HIGH, FIELD_FINANCE, 60, 10 },
  [P_OPERATOR] = { "Operator Layanan Operasional", 1, { 0 }, 5, EDU_LOW, FIELD_ADMIN, 35, 25 },
  [P_PENGOLAH_DATA] = { "Pengolah Data dan Informasi", 1, { 0 }, 6, EDU_MID, FIELD_IT, 50, 20 },
  [P_PENATA_LAYANAN] = { "Penata Layanan Operasional", 1, { 0 }, 7, EDU_HIGH, FIELD_ADMIN, 50, 15 },
  [P_PENELAAH] = { "Penelaah Teknis Kebijakan", 1, { 0 }, 7, EDU_HIGH, FIELD_ADMIN, 50, 10 },
  [P_PENGELOLA_LAYANAN] = { "Pengelola Layanan Operasional",
                            1,
                            { 0 },
                            6,
                            EDU_MID,
                            FIELD_ADMIN,
                            45,
                            20 },
};

#undef TR
#undef MH
#undef PY
#undef AP
#undef AM
#undef AMD

/* The kelas jabatan of each jenjang (DOMAIN 3.2 gives an example; each instansi sets its own). */
static const guint8 level_kelas[KR_N_POSITION_LEVELS] = {
  [KR_POSITION_LEVEL_AHLI_PERTAMA] = 8, [KR_POSITION_LEVEL_AHLI_MUDA] = 9,
  [KR_POSITION_LEVEL_AHLI_MADYA] = 11,  [KR_POSITION_LEVEL_AHLI_UTAMA] = 13,
  [KR_POSITION_LEVEL_PEMULA] = 5,       [KR_POSITION_LEVEL_TERAMPIL] = 6,
  [KR_POSITION_LEVEL_MAHIR] = 7,        [KR_POSITION_LEVEL_PENYELIA] = 8,
};

/* Domains of the perangkat daerah: the field their heads come from and the functional
 * families their offices employ besides the general ones. */
typedef enum
{
  D_GENERAL,
  D_SETDA,
  D_EDUCATION,
  D_HEALTH,
  D_HOSPITAL,
  D_HR,
  D_PLANNING,
  D_FINANCE,
  D_REVENUE,
  D_AUDIT,
  D_PUBLIC_WORKS,
  D_SOCIAL,
  D_ORDER,
  D_TRANSPORT,
  D_IT,
  D_AGRI,
  D_FISH,
  D_ENV,
  D_TRAINING,
  D_LIBRARY,
  D_LABOUR,
  D_DPRD,
  N_DOMAINS,
} Domain;

typedef struct
{
  Field field;
  guint8 n_families;
  guint8 families[3];
} DomainInfo;

static const DomainInfo domains[N_DOMAINS] = {
  [D_GENERAL] = { FIELD_ADMIN, 1, { F_ANALIS_KEBIJAKAN } },
  [D_SETDA] = { FIELD_ADMIN, 2, { F_ANALIS_HUKUM, F_PERANCANG } },
  [D_EDUCATION] = { FIELD_EDUCATION, 2, { F_PENGAWAS_SEKOLAH, F_PENGEMBANG_TP } },
  [D_HEALTH] = { FIELD_PUBLIC_HEALTH, 3, { F_EPIDEMIOLOG, F_SANITARIAN, F_NUTRISIONIS } },
  [D_HOSPITAL] = { FIELD_MEDICINE, 2, { F_PERAWAT, F_DOKTER } },
  [D_HR] = { FIELD_ADMIN, 2, { F_ANALIS_SDMA, F_PRANATA_KOMPUTER } },
  [D_PLANNING] = { FIELD_FINANCE, 2, { F_PERENCANA, F_STATISTISI } },
  [D_FINANCE] = { FIELD_FINANCE, 2, { F_AKPD, P_KEUANGAN } },
  [D_REVENUE] = { FIELD_FINANCE, 2, { F_AKPD, F_PRANATA_KOMPUTER } },
  [D_AUDIT] = { FIELD_FINANCE, 2, { F_AUDITOR, F_P2UPD } },
  [D_PUBLIC_WORKS] = { FIELD_CIVIL, 2, { F_TEKNIK_JALAN, F_TEKNIK_PENGAIRAN } },
  [D_SOCIAL] = { FIELD_SOCIAL, 1, { F_PEKERJA_SOSIAL } },
  [D_ORDER] = { FIELD_LAW, 1, { F_POL_PP } },
  [D_TRANSPORT] = { FIELD_TRANSPORT, 1, { F_PENGUJI_KENDARAAN } },
  [D_IT] = { FIELD_IT, 3, { F_PRANATA_KOMPUTER, F_PRANATA_HUMAS, F_STATISTISI } },
  [D_AGRI] = { FIELD_AGRI, 1, { F_PENYULUH_PERTANIAN } },
  [D_FISH] = { FIELD_FISH, 1, { F_PENGAWAS_PERIKANAN } },
  [D_ENV] = { FIELD_ENV, 1, { F_PENGENDALI_DAMPAK } },
  [D_TRAINING] = { FIELD_ADMIN, 1, { F_WIDYAISWARA } },
  [D_LIBRARY] = { FIELD_LIBRARY, 2, { F_PUSTAKAWAN, F_ARSIPARIS } },
  [D_LABOUR] = { FIELD_ADMIN, 1, { F_INSTRUKTUR } },
  [D_DPRD] = { FIELD_ADMIN, 2, { F_ANALIS_KEBIJAKAN, F_PRANATA_HUMAS } },
};

/* Staffing profiles: which families a unit employs, in what proportion, and how much of its
 * staff comes from its domain's families. */
typedef struct
{
  guint8 family;
  guint8 weight;
} FamilyShare;

typedef enum
{
  PROFILE_SCHOOL,
  PROFILE_PUSKESMAS,
  PROFILE_HOSPITAL,
  PROFILE_LAB,
  PROFILE_SECRETARIAT,
  PROFILE_OFFICE,
  PROFILE_UPT,
  PROFILE_KJF,
  N_PROFILES,
} ProfileId;

typedef struct
{
  const FamilyShare *shares;
  guint8 domain_weight;
} Profile;

#define SHARES(...) ((const FamilyShare[]){ __VA_ARGS__, { 0, 0 } })

static const Profile profiles[N_PROFILES] = {
  [PROFILE_SCHOOL] = { SHARES ({ F_GURU, 84 },
                               { F_PUSTAKAWAN, 2 },
                               { F_LABORAN, 3 },
                               { P_ADMIN, 5 },
                               { P_OPERATOR, 4 },
                               { P_KEUANGAN, 2 }),
                       0 },
  [PROFILE_PUSKESMAS] = { SHARES ({ F_PERAWAT, 30 },
                                  { F_BIDAN, 22 },
                                  { F_DOKTER, 8 },
                                  { F_DOKTER_GIGI, 3 },
                                  { F_APOTEKER, 3 },
                                  { F_LAB_KES, 6 },
                                  { F_NUTRISIONIS, 4 },
                                  { F_SANITARIAN, 4 },
                                  { F_PEREKAM_MEDIS, 4 },
                                  { P_ADMIN, 8 },
                                  { P_KEUANGAN, 3 },
                                  { P_OPERATOR, 5 }),
                          0 },
  [PROFILE_HOSPITAL] = { SHARES ({ F_PERAWAT, 40 },
                                 { F_BIDAN, 8 },
                                 { F_DOKTER, 14 },
                                 { F_DOKTER_GIGI, 2 },
                                 { F_APOTEKER, 4 },
                                 { F_LAB_KES, 6 },
                                 { F_NUTRISIONIS, 3 },
                                 { F_PEREKAM_MEDIS, 5 },
                                 { P_ADMIN, 7 },
                                 { P_KEUANGAN, 4 },
                                 { P_PENGOLAH_DATA, 3 },
                                 { P_OPERATOR, 4 }),
                         0 },
  [PROFILE_LAB] = { SHARES ({ F_LAB_KES, 60 }, { P_ADMIN, 20 }, { P_PENGOLAH_DATA, 20 }), 0 },
  [PROFILE_SECRETARIAT] = { SHARES ({ P_ADMIN, 25 },
                                    { P_KEUANGAN, 15 },
                                    { P_PENGOLAH_DATA, 10 },
                                    { P_PENELAAH, 10 },
                                    { F_ANALIS_SDMA, 8 },
                                    { F_PERENCANA, 8 },
                                    { F_ARSIPARIS, 8 },
                                    { F_PRANATA_KOMPUTER, 6 },
                                    { P_OPERATOR, 10 }),
                            0 },
  [PROFILE_OFFICE] = { SHARES ({ P_ADMIN, 20 },
                               { P_PENELAAH, 15 },
                               { P_PENGOLAH_DATA, 12 },
                               { P_PENATA_LAYANAN, 10 },
                               { F_ANALIS_KEBIJAKAN, 10 },
                               { P_OPERATOR, 8 }),
                       35 },
  [PROFILE_UPT] = { SHARES ({ P_ADMIN, 20 },
                            { P_PENGELOLA_LAYANAN, 20 },
                            { P_OPERATOR, 20 },
                            { P_KEUANGAN, 10 }),
                    30 },
  [PROFILE_KJF] = { SHARES ({ F_ANALIS_KEBIJAKAN, 40 }, { F_PERENCANA, 20 }), 40 },
};

/* Where the employees work, and what share of them each sector takes (B: the national figures
 * of DOMAIN 12.3 make guru 43% of ASN; a province runs the SMA, SMK and SLB). */
typedef enum
{
  SECTOR_ADMIN,
  SECTOR_SCHOOL,
  SECTOR_HEALTH,
  SECTOR_HOSPITAL,
  N_SECTORS,
} Sector;

static const double sector_shares[N_SECTORS] = { 0.33, 0.45, 0.12, 0.10 };

/* The weight of one unit within its sector, by kind. */
#define WEIGHT_OPD    1.5
#define WEIGHT_BIDANG 1.0
#define WEIGHT_SEKSI  0.6
#define WEIGHT_UPT    2.0
#define WEIGHT_SCHOOL 1.0
#define WEIGHT_CLINIC 1.0
#define WEIGHT_LAB    0.7
#define WEIGHT_WARD   1.0

/* The organisation. A perangkat daerah has bidang (with a head, an administrator unless the
 * template says otherwise), each with seksi or subbidang (pengawas), and may run UPT. */

typedef enum
{
  UPT_NONE,
  UPT_SCHOOL,
  UPT_PUSKESMAS,
  UPT_LAB,
  UPT_SAMSAT,
  UPT_ROAD,
  UPT_SOCIAL,
  UPT_BLK,
  N_UPT_KINDS,
} UptKind;

typedef struct
{
  double per_employee; /* how many such UPT per employee; at least one */
  Sector sector;
  ProfileId profile;
  double weight;
  KrPositionKind head_kind;
} UptInfo;

static const UptInfo upt_infos[N_UPT_KINDS] = {
  [UPT_SCHOOL] = { 0.45 / 40, SECTOR_SCHOOL, PROFILE_SCHOOL, WEIGHT_SCHOOL,
                   KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN },
  [UPT_PUSKESMAS] = { 0.10 / 30, SECTOR_HEALTH, PROFILE_PUSKESMAS, WEIGHT_CLINIC,
                      KR_POSITION_KIND_PENGAWAS },
  [UPT_LAB] = { 1.0 / 200000, SECTOR_HEALTH, PROFILE_LAB, WEIGHT_LAB, KR_POSITION_KIND_PENGAWAS },
  [UPT_SAMSAT] = { 1.0 / 3000, SECTOR_ADMIN, PROFILE_UPT, WEIGHT_UPT,
                   KR_POSITION_KIND_ADMINISTRATOR },
  [UPT_ROAD] = { 1.0 / 20000, SECTOR_ADMIN, PROFILE_UPT, WEIGHT_UPT,
                 KR_POSITION_KIND_ADMINISTRATOR },
  [UPT_SOCIAL] = { 1.0 / 25000, SECTOR_ADMIN, PROFILE_UPT, WEIGHT_UPT, KR_POSITION_KIND_PENGAWAS },
  [UPT_BLK] = { 1.0 / 30000, SECTOR_ADMIN, PROFILE_UPT, WEIGHT_UPT, KR_POSITION_KIND_PENGAWAS },
};

typedef struct
{
  const char *name;
  const char *head;          /* NULL: "Kepala " + name */
  KrPositionKind head_kind;  /* of the bidang; 0 (JPT Utama, never used): administrator */
  KrPositionKind child_kind; /* of its seksi; 0: pengawas */
  const char *const *seksi;  /* NULL-terminated, may be NULL */
} BidangTemplate;

typedef struct
{
  const char *name;
  const char *head; /* NULL: "Kepala " + name */
  KrPositionKind head_kind;
  Domain domain;
  UptKind upt[2];
  const BidangTemplate *bidang; /* ended by a NULL name */
} OpdTemplate;

#define SEKSI(...)  ((const char *const[]){ __VA_ARGS__, NULL })
#define BIDANG(...) ((const BidangTemplate[]){ __VA_ARGS__, { NULL } })
#define JPT_MADYA   KR_POSITION_KIND_JPT_MADYA
#define JPT_PRATAMA KR_POSITION_KIND_JPT_PRATAMA
#define ADMIN       KR_POSITION_KIND_ADMINISTRATOR

#define SEKRETARIAT                                                                                \
  {                                                                                                \
    "Sekretariat", "Sekretaris", 0, 0,                                                             \
        SEKSI ("Subbagian Umum dan Kepegawaian", "Subbagian Keuangan dan Aset",                    \
               "Subbagian Perencanaan, Evaluasi dan Pelaporan")                                    \
  }

/* The perangkat daerah, the most common first: a small demo takes the first few. */
static const OpdTemplate opd_templates[] = {
  { "Sekretariat Daerah",
    "Sekretaris Daerah",
    JPT_MADYA,
    D_SETDA,
    { UPT_NONE },
    BIDANG ({ "Biro Pemerintahan dan Otonomi Daerah", NULL, JPT_PRATAMA, ADMIN,
              SEKSI ("Bagian Pemerintahan Umum", "Bagian Otonomi Daerah", "Bagian Kerja Sama") },
            { "Biro Hukum", NULL, JPT_PRATAMA, ADMIN,
              SEKSI ("Bagian Perundang-undangan",
                     "Bagian Bantuan Hukum",
                     "Bagian Dokumentasi dan Informasi Hukum") },
            { "Biro Perekonomian", NULL, JPT_PRATAMA, ADMIN,
              SEKSI ("Bagian Kebijakan Perekonomian",
                     "Bagian Pembinaan Badan Usaha Milik Daerah",
                     "Bagian Sumber Daya Alam") },
            { "Biro Organisasi", NULL, JPT_PRATAMA, ADMIN,
              SEKSI ("Bagian Kelembagaan dan Analisis Jabatan",
                     "Bagian Reformasi Birokrasi",
                     "Bagian Tata Laksana") },
            { "Biro Pengadaan Barang dan Jasa", NULL, JPT_PRATAMA, ADMIN,
              SEKSI ("Bagian Pengelolaan Pengadaan Barang dan Jasa",
                     "Bagian Layanan Pengadaan Secara Elektronik") },
            { "Biro Umum", NULL, JPT_PRATAMA, ADMIN,
              SEKSI ("Bagian Tata Usaha", "Bagian Rumah Tangga", "Bagian Keuangan") },
            { "Biro Kesejahteraan Rakyat", NULL, JPT_PRATAMA, ADMIN,
              SEKSI ("Bagian Bina Mental Spiritual", "Bagian Kesejahteraan Sosial") },
            { "Biro Administrasi Pimpinan", NULL, JPT_PRATAMA, ADMIN,
              SEKSI ("Bagian Protokol", "Bagian Materi dan Komunikasi Pimpinan") }) },
  { "Dinas Pendidikan",
    NULL,
    JPT_PRATAMA,
    D_EDUCATION,
    { UPT_SCHOOL },
    BIDANG (SEKRETARIAT,
            { "Bidang Pembinaan Sekolah Menengah Atas", NULL, 0, 0,
              SEKSI ("Seksi Kurikulum dan Penilaian SMA",
                     "Seksi Peserta Didik dan Pembangunan Karakter SMA",
                     "Seksi Sarana dan Prasarana SMA") },
            { "Bidang Pembinaan Sekolah Menengah Kejuruan", NULL, 0, 0,
              SEKSI ("Seksi Kurikulum dan Penilaian SMK",
                     "Seksi Peserta Didik dan Pembangunan Karakter SMK",
                     "Seksi Sarana dan Prasarana SMK") },
            { "Bidang Pembinaan Pendidikan Khusus", NULL, 0, 0,
              SEKSI ("Seksi Kurikulum dan Penilaian Pendidikan Khusus",
                     "Seksi Peserta Didik Pendidikan Khusus") },
            { "Bidang Guru dan Tenaga Kependidikan", NULL, 0, 0,
              SEKSI ("Seksi Guru dan Tenaga Kependidikan SMA",
                     "Seksi Guru dan Tenaga Kependidikan SMK") }) },
  { "Dinas Kesehatan",
    NULL,
    JPT_PRATAMA,
    D_HEALTH,
    { UPT_PUSKESMAS, UPT_LAB },
    BIDANG (SEKRETARIAT,
            { "Bidang Kesehatan Masyarakat", NULL, 0, 0,
              SEKSI ("Seksi Kesehatan Keluarga dan Gizi",
                     "Seksi Promosi dan Pemberdayaan Masyarakat",
                     "Seksi Kesehatan Lingkungan, Kesehatan Kerja dan Olahraga") },
            { "Bidang Pencegahan dan Pengendalian Penyakit", NULL, 0, 0,
              SEKSI ("Seksi Surveilans dan Imunisasi",
                     "Seksi Pencegahan dan Pengendalian Penyakit Menular",
                     "Seksi Pencegahan dan Pengendalian Penyakit Tidak Menular") },
            { "Bidang Pelayanan Kesehatan", NULL, 0, 0,
              SEKSI ("Seksi Pelayanan Kesehatan Primer",
                     "Seksi Pelayanan Kesehatan Rujukan",
                     "Seksi Mutu Pelayanan Kesehatan") },
            { "Bidang Sumber Daya Kesehatan", NULL, 0, 0,
              SEKSI ("Seksi Kefarmasian dan Alat Kesehatan",
                     "Seksi Sumber Daya Manusia Kesehatan") }) },
  { "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    NULL,
    JPT_PRATAMA,
    D_HR,
    { UPT_NONE },
    BIDANG (
        SEKRETARIAT,
        { "Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian", NULL, 0, 0,
          SEKSI ("Subbidang Pengadaan dan Pemberhentian",
                 "Subbidang Data dan Informasi Kepegawaian") },
        { "Bidang Mutasi dan Promosi", NULL, 0, 0,
          SEKSI ("Subbidang Mutasi", "Subbidang Promosi dan Kepangkatan") },
        { "Bidang Pengembangan Kompetensi Aparatur", NULL, 0, 0,
          SEKSI ("Subbidang Pelatihan Struktural dan Fungsional", "Subbidang Pelatihan Teknis") },
        { "Bidang Penilaian Kinerja Aparatur dan Penghargaan", NULL, 0, 0,
          SEKSI ("Subbidang Penilaian Kinerja", "Subbidang Disiplin dan Penghargaan") }) },
  { "Rumah Sakit Umum Daerah Nusa Sejahtera",
    "Direktur",
    JPT_PRATAMA,
    D_HOSPITAL,
    { UPT_NONE },
    BIDANG ({ "Bidang Pelayanan Medik", NULL, 0, 0,
              SEKSI ("Seksi Pelayanan Medik Rawat Jalan", "Seksi Pelayanan Medik Rawat Inap") },
            { "Bidang Keperawatan", NULL, 0, 0,
              SEKSI ("Seksi Asuhan Keperawatan", "Seksi Etika dan Mutu Keperawatan") },
            { "Bidang Penunjang Medik", NULL, 0, 0,
              SEKSI ("Seksi Penunjang Diagnostik", "Seksi Penunjang Nonmedik") },
            { "Bagian Umum dan Kepegawaian", NULL, 0, 0,
              SEKSI ("Subbagian Tata Usaha", "Subbagian Kepegawaian") },
            { "Bagian Keuangan", NULL, 0, 0,
              SEKSI ("Subbagian Perbendaharaan", "Subbagian Akuntansi") }) },
  { "Badan Perencanaan Pembangunan Daerah",
    NULL,
    JPT_PRATAMA,
    D_PLANNING,
    { UPT_NONE },
    BIDANG (SEKRETARIAT,
            { "Bidang Perencanaan Ekonomi dan Sumber Daya Alam", NULL, 0, 0,
              SEKSI ("Subbidang Ekonomi", "Subbidang Sumber Daya Alam") },
            { "Bidang Perencanaan Pemerintahan dan Pembangunan Manusia", NULL, 0, 0,
              SEKSI ("Subbidang Pemerintahan", "Subbidang Pembangunan Manusia") },
            { "Bidang Perencanaan Infrastruktur dan Kewilayahan", NULL, 0, 0,
              SEKSI ("Subbidang Infrastruktur", "Subbidang Kewilayahan") },
            { "Bidang Pengendalian, Evaluasi dan Informasi Pembangunan", NULL, 0, 0,
              SEKSI ("Subbidang Pengendalian dan Evaluasi", "Subbidang Data dan Informasi") }) },
  { "Badan Pengelolaan Keuangan dan Aset Daerah",
    NULL,
    JPT_PRATAMA,
    D_FINANCE,
    { UPT_NONE },
    BIDANG (SEKRETARIAT,
            { "Bidang Anggaran", NULL, 0, 0,
              SEKSI ("Subbidang Perencanaan Anggaran", "Subbidang Pelaksanaan Anggaran") },
            { "Bidang Perbendaharaan", NULL, 0, 0,
              SEKSI ("Subbidang Kas Daerah", "Subbidang Belanja") },
            { "Bidang Akuntansi dan Pelaporan", NULL, 0, 0,
              SEKSI ("Subbidang Akuntansi", "Subbidang Pelaporan") },
            { "Bidang Pengelolaan Barang Milik Daerah", NULL, 0, 0,
              SEKSI ("Subbidang Penatausahaan Aset", "Subbidang Pemanfaatan Aset") }) },
  { "Inspektorat Daerah",
    "Inspektur",
    JPT_PRATAMA,
    D_AUDIT,
    { UPT_NONE },
    BIDANG (SEKRETARIAT,
            { "Inspektorat Pembantu Wilayah I", "Inspektur Pembantu Wilayah I", 0, 0, NULL },
            { "Inspektorat Pembantu Wilayah II", "Inspektur Pembantu Wilayah II", 0, 0, NULL },
            { "Inspektorat Pembantu Wilayah III", "Inspektur Pembantu Wilayah III", 0, 0, NULL },
            { "Inspektorat Pembantu Wilayah IV", "Inspektur Pembantu Wilayah IV", 0, 0, NULL }) },
  { "Dinas Pekerjaan Umum dan Penataan Ruang",
    NULL,
    JPT_PRATAMA,
    D_PUBLIC_WORKS,
    { UPT_ROAD },
    BIDANG (
        SEKRETARIAT,
        { "Bidang Bina Marga", NULL, 0, 0,
          SEKSI ("Seksi Pembangunan Jalan dan Jembatan", "Seksi Preservasi Jalan dan Jembatan") },
        { "Bidang Sumber Daya Air", NULL, 0, 0,
          SEKSI ("Seksi Irigasi dan Rawa", "Seksi Sungai, Danau dan Pantai") },
        { "Bidang Cipta Karya", NULL, 0, 0,
          SEKSI ("Seksi Air Minum dan Sanitasi", "Seksi Penataan Bangunan dan Lingkungan") },
        { "Bidang Penataan Ruang", NULL, 0, 0,
          SEKSI ("Seksi Perencanaan Tata Ruang", "Seksi Pengendalian Pemanfaatan Ruang") },
        { "Bidang Bina Konstruksi", NULL, 0, 0,
          SEKSI ("Seksi Pembinaan Jasa Konstruksi", "Seksi Pengawasan Jasa Konstruksi") }) },
  { "Dinas Sosial",
    NULL,
    JPT_PRATAMA,
    D_SOCIAL,
    { UPT_SOCIAL },
    BIDANG (SEKRETARIAT,
            { "Bidang Perlindungan dan Jaminan Sosial", NULL, 0, 0,
              SEKSI ("Seksi Perlindungan Sosial Korban Bencana", "Seksi Jaminan Sosial Keluarga") },
            { "Bidang Rehabilitasi Sosial", NULL, 0, 0,
              SEKSI ("Seksi Rehabilitasi Sosial Anak dan Lanjut Usia",
                     "Seksi Rehabilitasi Sosial Penyandang Disabilitas") },
            { "Bidang Pemberdayaan Sosial dan Penanganan Fakir Miskin", NULL, 0, 0,
              SEKSI ("Seksi Pemberdayaan Sosial", "Seksi Penanganan Fakir Miskin") }) },
  { "Satuan Polisi Pamong Praja",
    "Kepala Satuan Polisi Pamong Praja",
    JPT_PRATAMA,
    D_ORDER,
    { UPT_NONE },
    BIDANG (SEKRETARIAT,
            { "Bidang Penegakan Peraturan Daerah", NULL, 0, 0,
              SEKSI ("Seksi Pembinaan dan Pengawasan", "Seksi Penyelidikan dan Penyidikan") },
            { "Bidang Ketertiban Umum dan Ketenteraman Masyarakat", NULL, 0, 0,
              SEKSI ("Seksi Operasi dan Pengendalian", "Seksi Kerja Sama") },
            { "Bidang Perlindungan Masyarakat", NULL, 0, 0,
              SEKSI ("Seksi Satuan Perlindungan Masyarakat", "Seksi Bina Potensi Masyarakat") }) },
  { "Badan Pendapatan Daerah",
    NULL,
    JPT_PRATAMA,
    D_REVENUE,
    { UPT_SAMSAT },
    BIDANG (SEKRETARIAT,
            { "Bidang Pajak Daerah", NULL, 0, 0,
              SEKSI ("Subbidang Pajak Kendaraan Bermotor", "Subbidang Pajak Lainnya") },
            { "Bidang Retribusi dan Pendapatan Lain-lain", NULL, 0, 0,
              SEKSI ("Subbidang Retribusi Daerah", "Subbidang Pendapatan Lain-lain") },
            { "Bidang Pengendalian dan Evaluasi Pendapatan", NULL, 0, 0,
              SEKSI ("Subbidang Pengendalian", "Subbidang Evaluasi dan Pelaporan") }) },
  { "Dinas Perhubungan",
    NULL,
    JPT_PRATAMA,
    D_TRANSPORT,
    { UPT_NONE },
    BIDANG (SEKRETARIAT,
            { "Bidang Lalu Lintas dan Angkutan Jalan", NULL, 0, 0,
              SEKSI ("Seksi Manajemen dan Rekayasa Lalu Lintas", "Seksi Angkutan Jalan") },
            { "Bidang Pelayaran", NULL, 0, 0,
              SEKSI ("Seksi Lalu Lintas dan Angkutan Laut", "Seksi Kepelabuhanan") },
            { "Bidang Sarana dan Prasarana", NULL, 0, 0,
              SEKSI ("Seksi Prasarana", "Seksi Pengujian Sarana") }) },
  { "Dinas Komunikasi, Informatika dan Statistik",
    NULL,
    JPT_PRATAMA,
    D_IT,
    { UPT_NONE },
    BIDANG (SEKRETARIAT,
            { "Bidang Informasi dan Komunikasi Publik", NULL, 0, 0,
              SEKSI ("Seksi Pengelolaan Informasi Publik", "Seksi Kemitraan Komunikasi Publik") },
            { "Bidang Aplikasi Informatika", NULL, 0, 0,
              SEKSI ("Seksi Layanan Pemerintahan Berbasis Elektronik",
                     "Seksi Tata Kelola Pemerintahan Berbasis Elektronik") },
            { "Bidang Statistik dan Persandian", NULL, 0, 0,
              SEKSI ("Seksi Statistik Sektoral", "Seksi Persandian dan Keamanan Informasi") }) },
  { "Dinas Tanaman Pangan dan Hortikultura",
    NULL,
    JPT_PRATAMA,
    D_AGRI,
    { UPT_NONE },
    BIDANG (SEKRETARIAT,
            { "Bidang Tanaman Pangan", NULL, 0, 0,
              SEKSI ("Seksi Produksi Tanaman Pangan", "Seksi Perlindungan Tanaman Pangan") },
            { "Bidang Hortikultura", NULL, 0, 0,
              SEKSI ("Seksi Produksi Hortikultura", "Seksi Pascapanen dan Pemasaran") },
            { "Bidang Penyuluhan", NULL, 0, 0,
              SEKSI ("Seksi Kelembagaan Penyuluhan", "Seksi Metode dan Informasi Penyuluhan") }) },
  { "Dinas Kelautan dan Perikanan",
    NULL,
    JPT_PRATAMA,
    D_FISH,
    { UPT_NONE },
    BIDANG (SEKRETARIAT,
            { "Bidang Perikanan Tangkap", NULL, 0, 0,
              SEKSI ("Seksi Kapal dan Alat Penangkapan Ikan", "Seksi Pelabuhan Perikanan") },
            { "Bidang Perikanan Budidaya", NULL, 0, 0,
              SEKSI ("Seksi Produksi Budidaya", "Seksi Kesehatan Ikan dan Lingkungan") },
            { "Bidang Pengelolaan Ruang Laut", NULL, 0, 0,
              SEKSI ("Seksi Konservasi", "Seksi Pesisir dan Pulau-pulau Kecil") }) },
  { "Dinas Lingkungan Hidup dan Kehutanan",
    NULL,
    JPT_PRATAMA,
    D_ENV,
    { UPT_NONE },
    BIDANG (SEKRETARIAT,
            { "Bidang Tata Lingkungan", NULL, 0, 0,
              SEKSI ("Seksi Kajian Dampak Lingkungan", "Seksi Perencanaan Lingkungan") },
            { "Bidang Pengendalian Pencemaran dan Kerusakan Lingkungan", NULL, 0, 0,
              SEKSI ("Seksi Pengendalian Pencemaran", "Seksi Pemulihan Kerusakan Lingkungan") },
            { "Bidang Kehutanan", NULL, 0, 0,
              SEKSI ("Seksi Perlindungan Hutan", "Seksi Rehabilitasi Hutan dan Lahan") }) },
  { "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    NULL,
    JPT_PRATAMA,
    D_GENERAL,
    { UPT_NONE },
    BIDANG (SEKRETARIAT,
            { "Bidang Promosi Penanaman Modal", NULL, 0, 0,
              SEKSI ("Seksi Promosi", "Seksi Kerja Sama Penanaman Modal") },
            { "Bidang Pelayanan Perizinan", NULL, 0, 0,
              SEKSI ("Seksi Perizinan Usaha", "Seksi Perizinan Nonusaha") },
            { "Bidang Pengendalian Penanaman Modal", NULL, 0, 0,
              SEKSI ("Seksi Pemantauan", "Seksi Pengaduan") }) },
  { "Dinas Tenaga Kerja dan Transmigrasi",
    NULL,
    JPT_PRATAMA,
    D_LABOUR,
    { UPT_BLK },
    BIDANG (SEKRETARIAT,
            { "Bidang Pelatihan dan Penempatan Tenaga Kerja", NULL, 0, 0,
              SEKSI ("Seksi Pelatihan Kerja", "Seksi Penempatan Tenaga Kerja") },
            { "Bidang Hubungan Industrial", NULL, 0, 0,
              SEKSI ("Seksi Persyaratan Kerja", "Seksi Penyelesaian Perselisihan") },
            { "Bidang Transmigrasi", NULL, 0, 0,
              SEKSI ("Seksi Penyiapan Permukiman", "Seksi Pembinaan Kawasan Transmigrasi") }) },
  { "Dinas Koperasi dan Usaha Kecil Menengah",
    NULL,
    JPT_PRATAMA,
    D_GENERAL,
    { UPT_NONE },
    BIDANG (SEKRETARIAT,
            { "Bidang Kelembagaan dan Pengawasan Koperasi", NULL, 0, 0,
              SEKSI ("Seksi Kelembagaan Koperasi", "Seksi Pengawasan Koperasi") },
            { "Bidang Pemberdayaan Usaha Kecil Menengah", NULL, 0, 0,
              SEKSI ("Seksi Pengembangan Usaha", "Seksi Pembiayaan Usaha") }) },
  { "Dinas Perindustrian dan Perdagangan",
    NULL,
    JPT_PRATAMA,
    D_GENERAL,
    { UPT_NONE },
    BIDANG (SEKRETARIAT,
            { "Bidang Perindustrian", NULL, 0, 0,
              SEKSI ("Seksi Industri Agro", "Seksi Industri Logam dan Kimia") },
            { "Bidang Perdagangan Dalam Negeri", NULL, 0, 0,
              SEKSI ("Seksi Distribusi", "Seksi Stabilisasi Harga") },
            { "Bidang Perlindungan Konsumen dan Metrologi", NULL, 0, 0,
              SEKSI ("Seksi Perlindungan Konsumen", "Seksi Metrologi Legal") }) },
  { "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
    NULL,
    JPT_PRATAMA,
    D_SOCIAL,
    { UPT_NONE },
    BIDANG (SEKRETARIAT,
            { "Bidang Pemberdayaan Perempuan", NULL, 0, 0,
              SEKSI ("Seksi Kualitas Hidup Perempuan", "Seksi Pengarusutamaan Gender") },
            { "Bidang Perlindungan Anak", NULL, 0, 0,
              SEKSI ("Seksi Pemenuhan Hak Anak", "Seksi Perlindungan Khusus Anak") }) },
  { "Dinas Pemuda dan Olahraga",
    NULL,
    JPT_PRATAMA,
    D_GENERAL,
    { UPT_NONE },
    BIDANG (SEKRETARIAT,
            { "Bidang Kepemudaan", NULL, 0, 0,
              SEKSI ("Seksi Pemberdayaan Pemuda", "Seksi Kepemimpinan Pemuda") },
            { "Bidang Olahraga", NULL, 0, 0,
              SEKSI ("Seksi Olahraga Prestasi", "Seksi Olahraga Rekreasi dan Masyarakat") }) },
  { "Dinas Perpustakaan dan Kearsipan",
    NULL,
    JPT_PRATAMA,
    D_LIBRARY,
    { UPT_NONE },
    BIDANG (SEKRETARIAT,
            { "Bidang Layanan Perpustakaan", NULL, 0, 0,
              SEKSI ("Seksi Layanan dan Otomasi", "Seksi Pengembangan Koleksi") },
            { "Bidang Kearsipan", NULL, 0, 0,
              SEKSI ("Seksi Pengelolaan Arsip", "Seksi Pembinaan Kearsipan") }) },
  { "Dinas Pariwisata",
    NULL,
    JPT_PRATAMA,
    D_GENERAL,
    { UPT_NONE },
    BIDANG (SEKRETARIAT,
            { "Bidang Destinasi Pariwisata", NULL, 0, 0,
              SEKSI ("Seksi Pengembangan Destinasi", "Seksi Tata Kelola Destinasi") },
            { "Bidang Pemasaran Pariwisata", NULL, 0, 0,
              SEKSI ("Seksi Promosi Pariwisata", "Seksi Analisis Pasar") },
            { "Bidang Ekonomi Kreatif", NULL, 0, 0,
              SEKSI ("Seksi Pengembangan Ekonomi Kreatif", "Seksi Fasilitasi Usaha Kreatif") }) },
  { "Dinas Energi dan Sumber Daya Mineral",
    NULL,
    JPT_PRATAMA,
    D_ENV,
    { UPT_NONE },
    BIDANG (SEKRETARIAT,
            { "Bidang Mineral dan Batubara", NULL, 0, 0,
              SEKSI ("Seksi Pengusahaan Mineral", "Seksi Teknik dan Lingkungan Pertambangan") },
            { "Bidang Energi dan Ketenagalistrikan", NULL, 0, 0,
              SEKSI ("Seksi Ketenagalistrikan", "Seksi Energi Baru Terbarukan") },
            { "Bidang Geologi dan Air Tanah", NULL, 0, 0,
              SEKSI ("Seksi Geologi", "Seksi Air Tanah") }) },
  { "Badan Kesatuan Bangsa dan Politik",
    NULL,
    JPT_PRATAMA,
    D_GENERAL,
    { UPT_NONE },
    BIDANG (SEKRETARIAT,
            { "Bidang Ideologi dan Wawasan Kebangsaan", NULL, 0, 0,
              SEKSI ("Subbidang Ideologi", "Subbidang Wawasan Kebangsaan") },
            { "Bidang Politik Dalam Negeri", NULL, 0, 0,
              SEKSI ("Subbidang Pendidikan Politik", "Subbidang Fasilitasi Kelembagaan Politik") },
            { "Bidang Ketahanan Ekonomi, Sosial dan Budaya", NULL, 0, 0,
              SEKSI ("Subbidang Ketahanan Ekonomi", "Subbidang Ketahanan Sosial dan Budaya") }) },
  { "Badan Penanggulangan Bencana Daerah",
    "Kepala Pelaksana Badan Penanggulangan Bencana Daerah",
    JPT_PRATAMA,
    D_GENERAL,
    { UPT_NONE },
    BIDANG (SEKRETARIAT,
            { "Bidang Pencegahan dan Kesiapsiagaan", NULL, 0, 0,
              SEKSI ("Seksi Pencegahan", "Seksi Kesiapsiagaan") },
            { "Bidang Kedaruratan dan Logistik", NULL, 0, 0,
              SEKSI ("Seksi Kedaruratan", "Seksi Logistik") },
            { "Bidang Rehabilitasi dan Rekonstruksi", NULL, 0, 0,
              SEKSI ("Seksi Rehabilitasi", "Seksi Rekonstruksi") }) },
  { "Sekretariat Dewan Perwakilan Rakyat Daerah",
    "Sekretaris Dewan Perwakilan Rakyat Daerah",
    JPT_PRATAMA,
    D_DPRD,
    { UPT_NONE },
    BIDANG ({ "Bagian Umum dan Keuangan", NULL, 0, 0,
              SEKSI ("Subbagian Tata Usaha dan Kepegawaian", "Subbagian Keuangan") },
            { "Bagian Persidangan dan Perundang-undangan", NULL, 0, 0,
              SEKSI ("Subbagian Persidangan", "Subbagian Perundang-undangan") },
            { "Bagian Fasilitasi Penganggaran dan Pengawasan", NULL, 0, 0,
              SEKSI ("Subbagian Penganggaran", "Subbagian Pengawasan") },
            { "Bagian Hubungan Masyarakat dan Protokol", NULL, 0, 0,
              SEKSI ("Subbagian Hubungan Masyarakat", "Subbagian Protokol") }) },
  { "Badan Pengembangan Sumber Daya Manusia",
    NULL,
    JPT_PRATAMA,
    D_TRAINING,
    { UPT_NONE },
    BIDANG (SEKRETARIAT,
            { "Bidang Pengembangan Kompetensi Manajerial", NULL, 0, 0,
              SEKSI ("Subbidang Pelatihan Kepemimpinan", "Subbidang Pelatihan Dasar") },
            { "Bidang Pengembangan Kompetensi Teknis", NULL, 0, 0,
              SEKSI ("Subbidang Teknis Umum", "Subbidang Teknis Substantif") },
            { "Bidang Sertifikasi Kompetensi dan Pengelolaan Pelatihan", NULL, 0, 0,
              SEKSI ("Subbidang Sertifikasi", "Subbidang Penjaminan Mutu") }) },
  { "Dinas Perumahan dan Kawasan Permukiman",
    NULL,
    JPT_PRATAMA,
    D_PUBLIC_WORKS,
    { UPT_NONE },
    BIDANG (SEKRETARIAT,
            { "Bidang Perumahan", NULL, 0, 0,
              SEKSI ("Seksi Penyediaan Perumahan", "Seksi Pembiayaan Perumahan") },
            { "Bidang Kawasan Permukiman", NULL, 0, 0,
              SEKSI ("Seksi Peningkatan Kualitas Permukiman",
                     "Seksi Prasarana, Sarana dan Utilitas") }) },
  { "Dinas Peternakan dan Kesehatan Hewan",
    NULL,
    JPT_PRATAMA,
    D_AGRI,
    { UPT_NONE },
    BIDANG (SEKRETARIAT,
            { "Bidang Produksi Peternakan", NULL, 0, 0,
              SEKSI ("Seksi Bibit dan Pakan", "Seksi Budidaya Ternak") },
            { "Bidang Kesehatan Hewan dan Kesehatan Masyarakat Veteriner", NULL, 0, 0,
              SEKSI ("Seksi Kesehatan Hewan", "Seksi Kesehatan Masyarakat Veteriner") }) },
  { "Dinas Pemberdayaan Masyarakat dan Desa",
    NULL,
    JPT_PRATAMA,
    D_GENERAL,
    { UPT_NONE },
    BIDANG (SEKRETARIAT,
            { "Bidang Pemerintahan Desa", NULL, 0, 0,
              SEKSI ("Seksi Administrasi Pemerintahan Desa", "Seksi Aparatur Desa") },
            { "Bidang Pemberdayaan Masyarakat", NULL, 0, 0,
              SEKSI ("Seksi Kelembagaan Masyarakat", "Seksi Ekonomi Masyarakat Desa") }) },
};

#undef SEKSI
#undef BIDANG
#undef SEKRETARIAT
#undef JPT_MADYA
#undef JPT_PRATAMA
#undef ADMIN

/* Kabupaten and kota of the province: invented names. */
typedef struct
{
  const char *prefix;
  const char *name;
} Region;

static const Region regions[] = {
  { "Kota", "Sejahtera" },           { "Kota", "Bandar Samudra" },
  { "Kabupaten", "Lembah Hijau" },   { "Kabupaten", "Pesisir Timur" },
  { "Kabupaten", "Bukit Permai" },   { "Kabupaten", "Teluk Damai" },
  { "Kabupaten", "Muara Jaya" },     { "Kabupaten", "Sungai Lestari" },
  { "Kota", "Tanjung Harapan" },     { "Kabupaten", "Danau Biru" },
  { "Kabupaten", "Pulau Indah" },    { "Kabupaten", "Gunung Makmur" },
  { "Kabupaten", "Padang Sentosa" }, { "Kabupaten", "Rimba Raya" },
  { "Kabupaten", "Air Manis" },      { "Kabupaten", "Kuala Baru" },
  { "Kabupaten", "Ujung Karang" },   { "Kabupaten", "Selat Permata" },
  { "Kabupaten", "Lembah Sari" },    { "Kabupaten", "Rawa Indah" },
  { "Kabupaten", "Hulu Damai" },     { "Kabupaten", "Tanah Subur" },
  { "Kabupaten", "Batu Karang" },    { "Kabupaten", "Pantai Permai" },
};

static const char *const places[] = {
  "Sukamaju",     "Mekar Jaya",  "Sumber Rejeki", "Karang Sari", "Suka Damai",
  "Tanjung Sari", "Muara Baru",  "Bukit Indah",   "Lubuk Sari",  "Talang Jaya",
  "Kampung Baru", "Pasar Lama",  "Sungai Raya",   "Teluk Sari",  "Padang Jaya",
  "Air Putih",    "Sido Makmur", "Harapan Jaya",  "Sinar Baru",  "Rawa Sari",
};

static const char *const social_upt_names[] = {
  "UPT Pelayanan Sosial Lanjut Usia",
  "UPT Rehabilitasi Sosial Anak",
  "UPT Rehabilitasi Sosial Penyandang Disabilitas",
};

static const char *const universities[] = {
  "Universitas Nusa Sejahtera", "Universitas Negeri Sejahtera", "Universitas Bandar Samudra",
  "Institut Teknologi Samudra", "Universitas Tanjung Harapan",
};

static const char *const streets[] = {
  "Jl. Merdeka",   "Jl. Pahlawan",    "Jl. Diponegoro", "Jl. Sudirman",    "Jl. Ahmad Yani",
  "Jl. Veteran",   "Jl. Melati",      "Jl. Mawar",      "Jl. Kenanga",     "Jl. Cempaka",
  "Jl. Flamboyan", "Jl. Imam Bonjol", "Jl. Kartini",    "Jl. Cendrawasih", "Jl. Rajawali",
  "Jl. Pemuda",    "Jl. Pendidikan",  "Jl. Kesehatan",  "Jl. Perintis",    "Jl. Bougenville",
};

static const char *const phone_prefixes[] = {
  "0811", "0812", "0813", "0821", "0822", "0852", "0853",
  "0857", "0858", "0877", "0878", "0895", "0896",
};

/* People's names, by gender and naming tradition. */

static const char *const male_given[] = {
  "Agus",  "Ahmad",  "Andi",     "Arif",   "Bambang", "Bayu",   "Budi",  "Dani",     "Dedi",
  "Dimas", "Eko",    "Fajar",    "Fikri",  "Hadi",    "Hendra", "Heru",  "Ilham",    "Imam",
  "Irfan", "Joko",   "Muhammad", "Rahmat", "Reza",    "Ridwan", "Rizki", "Rudi",     "Taufik",
  "Teguh", "Wahyu",  "Yoga",     "Yusuf",  "Hasan",   "Anton",  "Doni",  "Galih",    "Gilang",
  "Hafiz", "Iqbal",  "Lukman",   "Nanda",  "Rangga",  "Satria", "Wawan", "Zulkifli", "Aditya",
  "Ardi",  "Firman", "Hari",     "Indra",  "Kurnia",
};

static const char *const female_given[] = {
  "Siti",      "Sri",   "Dewi",  "Ratna", "Rina",  "Yuni",  "Nur",   "Indah", "Fitri",   "Putri",
  "Ayu",       "Wulan", "Dian",  "Nia",   "Maya",  "Rini",  "Eka",   "Novi",  "Ani",     "Endang",
  "Tuti",      "Yanti", "Lina",  "Intan", "Citra", "Anisa", "Nurul", "Rahma", "Kartika", "Mega",
  "Ika",       "Dwi",   "Tri",   "Reni",  "Evi",   "Lia",   "Desi",  "Rosa",  "Aulia",   "Nabila",
  "Salsabila", "Zahra", "Winda", "Vina",  "Heni",  "Susi",  "Ira",   "Mira",  "Yulia",   "Sinta",
};

static const char *const male_surname[] = {
  "Santoso",    "Wibowo",   "Setiawan",  "Kurniawan", "Saputra",   "Pratama",
  "Hidayat",    "Nugroho",  "Susanto",   "Purnomo",   "Wijaya",    "Gunawan",
  "Firmansyah", "Ramadhan", "Hakim",     "Rahman",    "Syahputra", "Prasetyo",
  "Permana",    "Hermawan", "Suryadi",   "Maulana",   "Kusuma",    "Hartono",
  "Budiman",    "Sulistyo", "Wicaksono", "Anggara",   "Fauzi",     "Nasrullah",
};

static const char *const female_surname[] = {
  "Lestari",   "Rahmawati", "Handayani", "Wulandari",   "Kusumawati", "Puspitasari",
  "Anggraini", "Susanti",   "Fitriani",  "Yuliani",     "Maharani",   "Safitri",
  "Ningsih",   "Pertiwi",   "Oktaviani", "Permatasari", "Sari",       "Utami",
  "Rahayu",    "Astuti",    "Purwanti",  "Hidayati",    "Agustina",   "Novitasari",
  "Wahyuni",   "Indriani",  "Marlina",   "Nurhayati",   "Kurniasih",  "Setyaningsih",
};

/* Single names, more common among people born before the 1970s. */
static const char *const male_single[] = {
  "Sutrisno", "Suparman", "Sugiyono", "Mulyono",   "Sukirman",
  "Sarjono",  "Slamet",   "Suwarno",  "Supriyadi", "Darmadi",
};

static const char *const female_single[] = {
  "Sumarni", "Suwarni", "Sulastri", "Sukini",  "Sumiati",
  "Suryani", "Partini", "Warsini",  "Sutarti", "Mulyani",
};

static const char *const christian_male[] = {
  "Yohanes",    "Markus",   "Petrus",   "Stefanus", "Daniel",  "Samuel",   "Paulus", "Yosef",
  "Fransiskus", "Antonius", "Kristian", "Robert",   "Hendrik", "Jonathan", "Frans",  "Benediktus",
};

static const char *const christian_female[] = {
  "Maria",  "Theresia", "Margaretha", "Yohana",   "Elisabeth", "Agnes", "Veronika", "Grace",
  "Debora", "Ester",    "Rut",        "Kristina", "Monika",    "Lusia", "Natalia",  "Yuliana",
};

static const char *const family_names[] = {
  "Siregar",  "Nasution",     "Harahap",   "Lubis",    "Simanjuntak", "Sitompul",
  "Hutapea",  "Pardede",      "Sinaga",    "Tambunan", "Manurung",    "Panjaitan",
  "Ginting",  "Sembiring",    "Tarigan",   "Pohan",    "Daulay",      "Rangkuti",
  "Wenas",    "Lumentut",     "Rondonuwu", "Sumual",   "Pangemanan",  "Mamahit",
  "Tuhumury", "Leiwakabessy", "Sahetapy",  "Da Costa", "Parera",      "Fernandez",
};

static const char *const balinese_male_prefix[] = {
  "I Gede", "I Made", "I Komang", "I Ketut", "I Wayan", "I Nyoman", "I Putu",
};

static const char *const balinese_female_prefix[] = {
  "Ni Luh", "Ni Made", "Ni Komang", "Ni Ketut", "Ni Wayan", "Ni Nyoman", "Ni Putu",
};

static const char *const balinese_male[] = {
  "Suardana", "Wirawan",  "Arsana",  "Sudarma",  "Artawan",
  "Sukadana", "Mahendra", "Widiana", "Darmawan", "Astawa",
};

static const char *const balinese_female[] = {
  "Suartini",   "Ayu Lestari", "Sri Wahyuni", "Ariani",      "Sukerti",
  "Widiastuti", "Darmayanti",  "Astiti",      "Purnamasari", "Yuliantari",
};

static const char *const chinese_male[] = {
  "Hendra", "Steven", "Kevin", "Andreas", "Budi", "Felix", "Rudy", "Wilson", "Johan", "Sugianto",
};

static const char *const chinese_female[] = {
  "Lily",      "Melinda", "Susan", "Jessica", "Linda",
  "Fransiska", "Vivian",  "Cindy", "Meilani", "Yenny",
};

static const char *const chinese_family[] = {
  "Halim",  "Salim",    "Wijaya",  "Gunawan", "Setiadi",
  "Kusuma", "Hartanto", "Tjandra", "Lim",     "Tanjaya",
};

typedef enum
{
  CULTURE_GENERAL,
  CULTURE_CHRISTIAN,
  CULTURE_BALINESE,
  CULTURE_CHINESE,
  N_CULTURES,
} Culture;

static const guint8 culture_weights[N_CULTURES] = { 82, 10, 5, 3 };

/* The religions of each tradition, by weight, in the order of KrReligion. */
static const guint8 culture_religions[N_CULTURES][KR_N_RELIGIONS] = {
  [CULTURE_GENERAL] = { 0, 97, 2, 1, 0, 0, 0, 0 },
  [CULTURE_CHRISTIAN] = { 0, 0, 60, 40, 0, 0, 0, 0 },
  [CULTURE_BALINESE] = { 0, 0, 0, 0, 100, 0, 0, 0 },
  [CULTURE_CHINESE] = { 0, 0, 30, 20, 0, 40, 10, 0 },
};

/* The generator's state. Memory grows with the number of units and positions, never with the
 * number of employees. */

/* A family of positions in one unit, from which staff are drawn. */
typedef struct
{
  gint64 unit_id;
  double weight; /* within its unit, then, once all units exist, the cumulative draw weight */
  guint8 family;
  guint8 sector;
  gint64 position_ids[MAX_FAMILY_LEVELS]; /* made on first use, 0 until then */
} Slot;

/* A head position, with what its holder needs. */
typedef struct
{
  gint64 position_id;
  guint background_slot; /* where the holder worked before, in the same unit */
  guint8 kind;           /* KrPositionKind */
  guint8 level;          /* KrPositionLevel */
  guint8 field;
  guint8 edu;
} Head;

typedef struct
{
  KrUnitRepository *units;
  KrEmployeeRepository *employees;
  Rng rng;
  GDate today;
  int today_month;
  guint n_employees;
  guint n_regions;
  GArray *slots; /* of Slot */
  GArray *heads; /* of Head */
  double sector_weights[N_SECTORS];
  double total_weight;
  guint next_head;
  /* Per region: the last number given to an SMA, SMK and SLB */
  guint (*school_numbers)[3];
  KrDemoSummary summary;
} Demo;

static gboolean
is_keahlian (KrPositionLevel level)
{
  return level >= KR_POSITION_LEVEL_AHLI_PERTAMA && level <= KR_POSITION_LEVEL_AHLI_UTAMA;
}

static KrPositionKind
level_kind (KrPositionLevel level)
{
  if (level == KR_POSITION_LEVEL_NONE)
    return KR_POSITION_KIND_PELAKSANA;
  return is_keahlian (level) ? KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN
                             : KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN;
}

static gint64
add_unit (Demo *demo,
          gint64 parent_id,
          const char *code,
          const char *name,
          KrUnitKind kind,
          GError **error)
{
  gint64 id = kr_unit_repository_add (demo->units, parent_id, code, name, kind, error);

  if (id != 0)
    demo->summary.n_units++;
  return id;
}

static gint64
add_position (Demo *demo,
              gint64 unit_id,
              const char *name,
              KrPositionKind kind,
              KrPositionLevel level,
              guint kelas,
              gboolean is_head,
              GError **error)
{
  KrPositionRecord position = {
    .unit_id = unit_id,
    .name = (char *) name,
    .kind = kind,
    .level = level,
    .kelas_jabatan = kelas,
    .is_head = is_head,
  };
  gint64 id = kr_unit_repository_add_position (demo->units, &position, error);

  if (id != 0)
    demo->summary.n_positions++;
  return id;
}

/* Adds one slot for @family to the unit whose slots start at @first, or adds @weight to the
 * unit's slot of that family. */
static void
add_slot (Demo *demo, guint first, gint64 unit_id, guint family, Sector sector, double weight)
{
  Slot slot = { .unit_id = unit_id, .weight = weight, .family = family, .sector = sector };

  for (guint i = first; i < demo->slots->len; i++)
    {
      Slot *existing = &g_array_index (demo->slots, Slot, i);

      if (existing->family == family)
        {
          existing->weight += weight;
          return;
        }
    }
  g_array_append_val (demo->slots, slot);
}

/* Gives a unit its staff: the families of @profile_id, plus those of @domain when the profile
 * takes some, sharing @unit_weight of @sector. Returns the index of the unit's first slot. */
static guint
add_slots (Demo *demo,
           gint64 unit_id,
           ProfileId profile_id,
           Domain domain,
           Sector sector,
           double unit_weight)
{
  const Profile *profile = &profiles[profile_id];
  const DomainInfo *info = &domains[domain];
  guint first = demo->slots->len;
  double total = profile->domain_weight;

  for (const FamilyShare *share = profile->shares; share->weight != 0; share++)
    total += share->weight;
  for (const FamilyShare *share = profile->shares; share->weight != 0; share++)
    add_slot (demo, first, unit_id, share->family, sector, unit_weight * share->weight / total);
  for (guint i = 0; profile->domain_weight != 0 && i < info->n_families; i++)
    add_slot (demo, first, unit_id, info->families[i], sector,
              unit_weight * profile->domain_weight / info->n_families / total);
  demo->sector_weights[sector] += unit_weight;
  return first;
}

/* The field a head of the unit @name in @domain comes from: secretariats and finance units
 * take administrators and accountants whatever the domain. */
static Field
head_field (const char *name, Domain domain)
{
  if (strstr (name, "Keuangan") != NULL)
    return FIELD_FINANCE;
  if (g_str_has_prefix (name, "Sekretariat") || g_str_has_prefix (name, "Bagian") ||
      g_str_has_prefix (name, "Subbagian") || g_str_has_prefix (name, "Biro"))
    return FIELD_ADMIN;
  return domains[domain].field;
}

static EduProfile
head_edu (KrPositionKind kind)
{
  switch (kind)
    {
    case KR_POSITION_KIND_JPT_UTAMA:
    case KR_POSITION_KIND_JPT_MADYA:
    case KR_POSITION_KIND_JPT_PRATAMA:
      return EDU_JPT;
    case KR_POSITION_KIND_ADMINISTRATOR:
      return EDU_ADMINISTRATOR;
    case KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN:
      return EDU_KEPALA_SEKOLAH;
    default:
      return EDU_PENGAWAS;
    }
}

static guint
head_kelas (KrPositionKind kind)
{
  switch (kind)
    {
    case KR_POSITION_KIND_JPT_UTAMA:
      return 17;
    case KR_POSITION_KIND_JPT_MADYA:
      return 15;
    case KR_POSITION_KIND_JPT_PRATAMA:
      return 14;
    case KR_POSITION_KIND_ADMINISTRATOR:
      return 12;
    case KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN:
      return level_kelas[KR_POSITION_LEVEL_AHLI_MADYA];
    default:
      return 9;
    }
}

/* Adds the head position of a unit whose first slot is @background. A school is led by a
 * Guru Ahli Madya given the extra task; other units by a structural official. */
static gboolean
add_head (Demo *demo,
          gint64 unit_id,
          const char *title,
          KrPositionKind kind,
          Field field,
          guint background,
          GError **error)
{
  KrPositionLevel level = kind == KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN
                              ? KR_POSITION_LEVEL_AHLI_MADYA
                              : KR_POSITION_LEVEL_NONE;
  Head head = { .background_slot = background, .kind = kind, .level = level, .field = field };

  head.edu = head_edu (kind);
  head.position_id =
      add_position (demo, unit_id, title, kind, level, head_kelas (kind), TRUE, error);
  if (head.position_id == 0)
    return FALSE;
  g_array_append_val (demo->heads, head);
  return TRUE;
}

/* Adds a unit with its head and staff. */
static gint64
add_staffed_unit (Demo *demo,
                  gint64 parent_id,
                  const char *code,
                  const char *name,
                  KrUnitKind kind,
                  const char *head_title,
                  KrPositionKind head_kind,
                  ProfileId profile,
                  Domain domain,
                  Sector sector,
                  double weight,
                  GError **error)
{
  g_autofree char *title = NULL;
  gint64 id = add_unit (demo, parent_id, code, name, kind, error);
  guint background;

  if (id == 0)
    return 0;
  if (head_title == NULL)
    head_title = title = g_strdup_printf ("Kepala %s", name);
  background = add_slots (demo, id, profile, domain, sector, weight);
  if (!add_head (demo, id, head_title, head_kind, head_field (name, domain), background, error))
    return 0;
  return id;
}

/* A bidang or seksi takes the secretariat profile when its name says it runs the office. */
static ProfileId
office_profile (const char *name, Domain domain)
{
  if (g_str_has_prefix (name, "Sekretariat") || g_str_has_prefix (name, "Bagian") ||
      g_str_has_prefix (name, "Subbagian") || g_str_has_prefix (name, "Biro"))
    return PROFILE_SECRETARIAT;
  return domain == D_HOSPITAL ? PROFILE_HOSPITAL : PROFILE_OFFICE;
}

static char *
dup_upt_name (Demo *demo, UptKind kind, guint index, guint count)
{
  const Region *region = &regions[index % demo->n_regions];
  guint round = index / demo->n_regions + 1;
  const char *school_kinds[] = { "SMA Negeri", "SMK Negeri", "SLB Negeri" };
  guint school;

  switch (kind)
    {
    case UPT_SCHOOL:
      /* Half SMA, four in ten SMK, one in ten SLB, numbered per kabupaten/kota. */
      school = index % 10 < 5 ? 0 : index % 10 < 9 ? 1 : 2;
      return g_strdup_printf ("%s %u %s %s", school_kinds[school],
                              ++demo->school_numbers[index % demo->n_regions][school],
                              region->prefix, region->name);
    case UPT_PUSKESMAS:
      if (index < G_N_ELEMENTS (places))
        return g_strdup_printf ("UPT Puskesmas %s", places[index]);
      return g_strdup_printf ("UPT Puskesmas %s %u", places[index % G_N_ELEMENTS (places)],
                              index / (guint) G_N_ELEMENTS (places) + 1);
    case UPT_LAB:
      if (count == 1)
        return g_strdup ("UPT Laboratorium Kesehatan Daerah");
      return g_strdup_printf ("UPT Laboratorium Kesehatan Daerah Wilayah %u", index + 1);
    case UPT_SAMSAT:
      if (round == 1)
        return g_strdup_printf ("UPT Samsat %s %s", region->prefix, region->name);
      return g_strdup_printf ("UPT Samsat %s %s %u", region->prefix, region->name, round);
    case UPT_ROAD:
      return g_strdup_printf ("UPT Pengelolaan Jalan dan Jembatan Wilayah %u", index + 1);
    case UPT_SOCIAL:
      return g_strdup_printf ("%s %u", social_upt_names[index % G_N_ELEMENTS (social_upt_names)],
                              index / (guint) G_N_ELEMENTS (social_upt_names) + 1);
    case UPT_BLK:
      if (round == 1)
        return g_strdup_printf ("UPT Balai Latihan Kerja %s %s", region->prefix, region->name);
      return g_strdup_printf ("UPT Balai Latihan Kerja %s %s %u", region->prefix, region->name,
                              round);
    case UPT_NONE:
    case N_UPT_KINDS:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
add_upts (Demo *demo,
          gint64 opd_id,
          const char *opd_code,
          const OpdTemplate *opd,
          UptKind kind,
          GError **error)
{
  const UptInfo *info = &upt_infos[kind];
  guint count = MAX (1, (guint) (demo->n_employees * info->per_employee + 0.5));

  for (guint i = 0; i < count; i++)
    {
      g_autofree char *name = dup_upt_name (demo, kind, i, count);
      g_autofree char *code = g_strdup_printf ("%s.U%u.%05u", opd_code, (guint) kind, i + 1);
      const char *title = kind == UPT_SCHOOL ? "Kepala Sekolah" : NULL;

      if (add_staffed_unit (demo, opd_id, code, name, KR_UNIT_KIND_UPT, title, info->head_kind,
                            info->profile, opd->domain, info->sector, info->weight, error) == 0)
        return FALSE;
    }
  return TRUE;
}

/* How many bidang per perangkat daerah and seksi per bidang a demo of this size gets. */
static void
count_subunits (Demo *demo, guint n_opd, guint *n_bidang, guint *n_seksi)
{
  double n = demo->n_employees;

  *n_bidang = (guint) CLAMP (n / (n_opd * 120.0) + 0.5, 1, 100);
  *n_seksi = (guint) CLAMP (n / (n_opd * *n_bidang * 50.0) + 0.5, 0, 100);
}

static gboolean
add_bidang (Demo *demo,
            gint64 opd_id,
            const char *opd_code,
            const OpdTemplate *opd,
            guint index,
            guint n_seksi,
            GError **error)
{
  const BidangTemplate *bidang = &opd->bidang[index];
  KrPositionKind head_kind =
      bidang->head_kind != 0 ? bidang->head_kind : KR_POSITION_KIND_ADMINISTRATOR;
  KrPositionKind child_kind =
      bidang->child_kind != 0 ? bidang->child_kind : KR_POSITION_KIND_PENGAWAS;
  Sector sector = opd->domain == D_HOSPITAL ? SECTOR_HOSPITAL : SECTOR_ADMIN;
  g_autofree char *code = g_strdup_printf ("%s.%02u", opd_code, index + 1);
  gint64 id;

  id = add_staffed_unit (demo, opd_id, code, bidang->name, KR_UNIT_KIND_BIDANG, bidang->head,
                         head_kind, office_profile (bidang->name, opd->domain), opd->domain, sector,
                         sector == SECTOR_HOSPITAL ? WEIGHT_WARD : WEIGHT_BIDANG, error);
  if (id == 0)
    return FALSE;
  for (guint i = 0; bidang->seksi != NULL && bidang->seksi[i] != NULL && i < n_seksi; i++)
    {
      const char *name = bidang->seksi[i];
      g_autofree char *child_code = g_strdup_printf ("%s.%02u", code, i + 1);

      if (add_staffed_unit (demo, id, child_code, name, KR_UNIT_KIND_SUB_BIDANG, NULL, child_kind,
                            office_profile (name, opd->domain), opd->domain, sector,
                            sector == SECTOR_HOSPITAL ? WEIGHT_WARD : WEIGHT_SEKSI, error) == 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_opd (Demo *demo, gint64 root_id, guint index, guint n_bidang, guint n_seksi, GError **error)
{
  const OpdTemplate *opd = &opd_templates[index];
  g_autofree char *code = g_strdup_printf ("NS.%02u", index + 1);
  Sector sector = opd->domain == D_HOSPITAL ? SECTOR_HOSPITAL : SECTOR_ADMIN;
  gint64 id;

  /* The perangkat daerah's own staff: its kelompok jabatan fungsional. */
  id = add_staffed_unit (demo, root_id, code, opd->name, KR_UNIT_KIND_PERANGKAT_DAERAH, opd->head,
                         opd->head_kind, opd->domain == D_HOSPITAL ? PROFILE_HOSPITAL : PROFILE_KJF,
                         opd->domain, sector, WEIGHT_OPD, error);
  if (id == 0)
    return FALSE;
  for (guint i = 0; opd->bidang[i].name != NULL && i < n_bidang; i++)
    {
      if (!add_bidang (demo, id, code, opd, i, n_seksi, error))
        return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (opd->upt); i++)
    {
      if (opd->upt[i] != UPT_NONE && !add_upts (demo, id, code, opd, opd->upt[i], error))
        return FALSE;
    }
  return TRUE;
}

/* Turns the slots' weights into cumulative draw weights: each sector gets its share of the
 * staff (the shares of the sectors present), split among its units by their weights. */
static void
finish_weights (Demo *demo)
{
  double present = 0, cumulative = 0;

  for (guint s = 0; s < N_SECTORS; s++)
    present += demo->sector_weights[s] > 0 ? sector_shares[s] : 0;
  for (guint i = 0; i < demo->slots->len; i++)
    {
      Slot *slot = &g_array_index (demo->slots, Slot, i);

      cumulative +=
          slot->weight * sector_shares[slot->sector] / present / demo->sector_weights[slot->sector];
      slot->weight = cumulative;
    }
  demo->total_weight = cumulative;
}

/* Builds the province: the number of perangkat daerah, bidang and seksi grows with the number
 * of employees until every template is used, and UPT grow in proportion to it. */
static gboolean
build_organisation (Demo *demo, GError **error)
{
  guint n_opd = CLAMP (4 + demo->n_employees / 600, 4, G_N_ELEMENTS (opd_templates));
  guint n_bidang, n_seksi;
  gint64 root_id;

  demo->n_regions = CLAMP (6 + demo->n_employees / 20000, 6, G_N_ELEMENTS (regions));
  demo->school_numbers = g_malloc0_n (demo->n_regions, sizeof *demo->school_numbers);
  root_id =
      add_unit (demo, 0, "NS", "Pemerintah Provinsi Nusa Sejahtera", KR_UNIT_KIND_INSTANSI, error);
  if (root_id == 0)
    return FALSE;
  count_subunits (demo, n_opd, &n_bidang, &n_seksi);
  for (guint i = 0; i < n_opd; i++)
    {
      if (!add_opd (demo, root_id, i, n_bidang, n_seksi, error))
        return FALSE;
    }
  finish_weights (demo);
  return TRUE;
}

/* Draws a staff slot in proportion to the weights. */
static guint
pick_slot (Demo *demo)
{
  double target = rng_double (&demo->rng) * demo->total_weight;
  guint lo = 0, hi = demo->slots->len - 1;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (demo->slots, Slot, mid).weight > target)
        hi = mid;
      else
        lo = mid + 1;
    }
  return lo;
}

/* The position of @slot at its @level_index'th level, made on first use. */
static gint64
slot_position (Demo *demo, guint slot_index, guint level_index, GError **error)
{
  Slot *slot = &g_array_index (demo->slots, Slot, slot_index);
  const Family *family = &families[slot->family];
  KrPositionLevel level = family->levels[level_index];
  g_autofree char *name = NULL;
  guint kelas;

  if (slot->position_ids[level_index] != 0)
    return slot->position_ids[level_index];
  if (level == KR_POSITION_LEVEL_NONE)
    {
      name = g_strdup (family->name);
      kelas = family->kelas;
    }
  else
    {
      name = g_strdup_printf ("%s %s", family->name, kr_position_level_get_label (level));
      kelas = level_kelas[level];
    }
  slot->position_ids[level_index] =
      add_position (demo, slot->unit_id, name, level_kind (level), level, kelas, FALSE, error);
  return slot->position_ids[level_index];
}

/* People */

/* Appointment age limits (B): CPNS are appointed at 21 to 35 (40 with a doctorate), not before
 * their degree. */
#define MIN_APPOINTMENT_AGE 21
#define MAX_APPOINTMENT_AGE 35
#define MAX_PPPK_AGE        56
#define FIRST_PPPK_YEAR     2021
#define FIRST_BIRTH_YEAR    1966
#define LAST_BIRTH_YEAR     2003
/* Years between promotions: the minimum of DOMAIN 4.2. */
#define YEARS_PER_PROMOTION 4
#define MAX_RANK_STEPS      20
#define MAX_POSITION_STEPS  3
#define MAX_EDUCATION_ROWS  2

typedef struct
{
  guint golongan; /* as stored: a SIMPEG code, or 100 + a PPPK golongan */
  KrRank rank;    /* PPPK: the PNS rank their education would start at, to match jenjang */
  KrPromotionKind kind;
  int month;
} RankStep;

typedef struct
{
  gint64 position_id; /* a head position; 0: the slot's position at @level_index */
  guint slot;
  guint level_index;
  int month;
} PositionStep;

typedef struct
{
  KrEducation level;
  const char *major;
  char institution[96];
  guint year;
} EducationRow;

typedef struct
{
  KrEmployeeKind kind;
  KrGender gender;
  KrEducation entry_education; /* on the appointment decree */
  KrEducation education;       /* the highest */
  Field field;
  const Major *major; /* of the degrees; NULL up to SLTA */
  guint s1_year;      /* when the first degree was earned, for the old gelar */
  GDate birth;
  int tmt;     /* TMT CPNS, or of the first PPPK contract */
  int tmt_pns; /* 0 when none */
  RankStep ranks[MAX_RANK_STEPS];
  guint n_ranks;
  PositionStep positions[MAX_POSITION_STEPS];
  guint n_positions;
  EducationRow educations[MAX_EDUCATION_ROWS];
  guint n_educations;
  guint region;
} Person;

static guint
min_appointment_age (KrEducation education)
{
  switch (education)
    {
    case KR_EDUCATION_D3:
      return 22;
    case KR_EDUCATION_S1:
      return 23;
    case KR_EDUCATION_S2:
      return 26;
    case KR_EDUCATION_S3:
      return 30;
    default:
      return MIN_APPOINTMENT_AGE;
    }
}

/* The age at which the level is usually finished. */
static guint
graduation_age (KrEducation education)
{
  switch (education)
    {
    case KR_EDUCATION_SD:
      return 12;
    case KR_EDUCATION_SLTP:
    case KR_EDUCATION_SLTP_KEJURUAN:
      return 15;
    case KR_EDUCATION_SLTA:
      return 18;
    case KR_EDUCATION_D2:
      return 20;
    case KR_EDUCATION_D3:
    case KR_EDUCATION_SGPLB:
      return 21;
    case KR_EDUCATION_S1:
      return 22;
    case KR_EDUCATION_S2:
      return 25;
    case KR_EDUCATION_S3:
    default:
      return 29;
    }
}

static KrEducation
pick_education (Demo *demo, EduProfile profile)
{
  return (KrEducation) rng_weighted (&demo->rng, edu_profiles[profile], KR_N_EDUCATIONS);
}

/* A major of @field that teaches @education, falling back to administration for a D-III that
 * the field does not offer. */
static const Major *
pick_major (Demo *demo, Field field, KrEducation education)
{
  gboolean d3 = education < KR_EDUCATION_S1;
  guint n = 0, pick;

  if (education <= KR_EDUCATION_SLTA)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (majors); i++)
    n += majors[i].field == field && (!d3 || majors[i].d3 != NULL);
  if (n == 0)
    return pick_major (demo, FIELD_ADMIN, education);
  pick = rng_below (&demo->rng, n);
  for (guint i = 0; i < G_N_ELEMENTS (majors); i++)
    {
      if (majors[i].field == field && (!d3 || majors[i].d3 != NULL) && pick-- == 0)
        return &majors[i];
    }
  g_assert_not_reached ();
}

/* The earliest birth date of someone who has not reached @bup years by the end of this month
 * (DOMAIN 9: the pension starts the month after the BUP is reached). */
static guint32
earliest_birth (Demo *demo, guint bup)
{
  return MAX (julian_of (FIRST_BIRTH_YEAR, 1, 1),
              month_start_julian (demo->today_month - 12 * (int) bup));
}

static void
set_birth_between (Demo *demo, Person *person, guint32 lo, guint32 hi)
{
  g_assert (lo <= hi);
  set_julian (&person->birth, lo + (guint32) rng_below (&demo->rng, hi - lo + 1));
}

/* Chooses the birth date and the TMT: a CPNS appointed within the last year, a PPPK from the
 * first PPPK contracts on, a PNS at least a year before today (and @service years before, for
 * heads). Nobody is past the BUP of @bup years. Returns %FALSE when @service cannot fit. */
static gboolean
choose_dates (Demo *demo, Person *person, guint service, guint bup)
{
  guint min_age = min_appointment_age (person->entry_education);
  guint max_age = person->entry_education == KR_EDUCATION_S3 ? 40 : MAX_APPOINTMENT_AGE;
  guint32 first = earliest_birth (demo, bup), last = julian_of (LAST_BIRTH_YEAR, 12, 31);
  guint32 lo, hi;
  int latest, birth_month;

  if (person->kind == KR_EMPLOYEE_KIND_CPNS || person->kind == KR_EMPLOYEE_KIND_PPPK)
    {
      if (person->kind == KR_EMPLOYEE_KIND_CPNS)
        person->tmt = demo->today_month - (int) rng_below (&demo->rng, 12);
      else
        person->tmt = rng_between (&demo->rng, month_index (FIRST_PPPK_YEAR, 1), demo->today_month);
      if (person->kind == KR_EMPLOYEE_KIND_PPPK)
        max_age = MAX_PPPK_AGE;
      lo = MAX (first, month_start_julian (person->tmt - 12 * (int) max_age));
      hi = MIN (last, month_start_julian (person->tmt - 12 * (int) min_age) - 1);
      if (lo > hi)
        return FALSE;
      set_birth_between (demo, person, lo, hi);
      return TRUE;
    }

  /* A PNS served a year as CPNS first. */
  latest = demo->today_month - 13 - 12 * (int) service;
  hi = MIN (last, month_start_julian (latest - 12 * (int) min_age) - 1);
  if (first > hi)
    return FALSE;
  set_birth_between (demo, person, first, hi);
  birth_month = date_month_index (&person->birth);
  person->tmt = rng_between (&demo->rng, birth_month + 12 * (int) min_age + 1,
                             MIN (latest, birth_month + 12 * (int) max_age + 12));
  /* The random part is drawn once: MIN () evaluates its arguments twice. */
  person->tmt_pns = person->tmt + 12 + (int) rng_below (&demo->rng, 13);
  person->tmt_pns = MIN (person->tmt_pns, demo->today_month);
  return TRUE;
}

static void
add_rank_step (Person *person, KrRank rank, guint golongan, KrPromotionKind kind, int month)
{
  RankStep *step = &person->ranks[person->n_ranks++];

  step->rank = rank;
  step->golongan = golongan;
  step->kind = kind;
  step->month = month;
}

/* The rank history: the starting golongan of the education at the TMT CPNS, then one rank
 * every four years on the promotion periods of each era, as KP reguler up to the education's
 * ceiling and as KP pilihan (structural or functional officials) up to @cap. Unless @steady,
 * some promotions come late. A PPPK has one golongan, from the appointment. */
static void
build_ranks (Demo *demo, Person *person, KrRank cap, gboolean steady)
{
  KrRank rank = kr_rank_get_starting (person->entry_education);
  KrRank ceiling = kr_rank_get_regular_ceiling (person->entry_education);
  int month = person->tmt;

  person->n_ranks = 0;
  if (person->kind == KR_EMPLOYEE_KIND_PPPK)
    {
      guint golongan = kr_pppk_golongan_get_lowest (person->entry_education);

      if (golongan < KR_PPPK_GOLONGAN_MAX && rng_percent (&demo->rng, 20))
        golongan++;
      add_rank_step (person, rank, 100 + golongan, KR_PROMOTION_KIND_PENGANGKATAN, month);
      return;
    }
  add_rank_step (person, rank, kr_rank_get_code (rank), KR_PROMOTION_KIND_PENGANGKATAN, month);
  if (person->kind != KR_EMPLOYEE_KIND_PNS)
    return;

  while (rank < cap && person->n_ranks < MAX_RANK_STEPS)
    {
      int next = month + 12 * YEARS_PER_PROMOTION;
      guint delay = steady ? 100 : rng_below (&demo->rng, 100);

      if (delay < 20)
        next += 6;
      else if (delay < 30)
        next += 12 + (int) rng_below (&demo->rng, 13);
      next = next_promotion_period (next);
      if (next > demo->today_month)
        break;
      rank++;
      month = next;
      add_rank_step (person, rank, kr_rank_get_code (rank),
                     rank <= ceiling ? KR_PROMOTION_KIND_REGULER : KR_PROMOTION_KIND_PILIHAN,
                     month);
    }
}

/* The level of @family that fits @rank best, preferring the keahlian or keterampilan jenjang
 * as the education suggests. */
static guint
choose_level (const Family *family, KrRank rank, gboolean keahlian)
{
  guint best = 0, best_score = G_MAXUINT;

  for (guint i = 0; i < family->n_levels; i++)
    {
      KrPositionLevel level = family->levels[i];
      KrRank lo, hi;
      guint distance, score;

      if (level == KR_POSITION_LEVEL_NONE)
        return 0;
      kr_position_get_rank_range (level_kind (level), level, &lo, &hi);
      distance = rank < lo ? lo - rank : rank > hi ? rank - hi : 0;
      score = distance * 4 + (is_keahlian (level) != keahlian ? 2 : 0);
      if (score < best_score)
        {
          best = i;
          best_score = score;
        }
    }
  return best;
}

/* The highest rank that the family's jenjang of the person's track reach; the education's
 * ceiling for pelaksana. */
static KrRank
family_cap (const Family *family, gboolean keahlian, KrEducation education)
{
  KrRank cap = kr_rank_get_starting (education), track_cap = cap;
  gboolean found = FALSE;

  if (family->levels[0] == KR_POSITION_LEVEL_NONE)
    return kr_rank_get_regular_ceiling (education);
  for (guint i = 0; i < family->n_levels; i++)
    {
      KrPositionLevel level = family->levels[i];
      KrRank lo, hi;

      kr_position_get_rank_range (level_kind (level), level, &lo, &hi);
      cap = MAX (cap, hi);
      if (is_keahlian (level) == keahlian)
        {
          track_cap = MAX (track_cap, hi);
          found = TRUE;
        }
    }
  return found ? track_cap : cap;
}

static void
add_position_step (Person *person, gint64 position_id, guint slot, guint level_index, int month)
{
  PositionStep *step;

  /* Keep the first position and the newest ones: drop the second when full. */
  if (person->n_positions == MAX_POSITION_STEPS)
    {
      memmove (&person->positions[1], &person->positions[2],
               sizeof person->positions[0] * (MAX_POSITION_STEPS - 2));
      person->n_positions--;
    }
  step = &person->positions[person->n_positions++];
  step->position_id = position_id;
  step->slot = slot;
  step->level_index = level_index;
  step->month = month;
}

/* A functional official moves up a jenjang of the family as the rank enters its range. */
static void
functional_positions (Person *person, guint slot, const Family *family, int before)
{
  gboolean keahlian = person->entry_education >= KR_EDUCATION_S1;
  guint previous = G_MAXUINT;

  for (guint i = 0; i < person->n_ranks && person->ranks[i].month < before; i++)
    {
      guint level = choose_level (family, person->ranks[i].rank, keahlian);

      if (level != previous)
        add_position_step (person, 0, slot, level, person->ranks[i].month);
      previous = level;
    }
}

/* A pelaksana usually stays in one position; some moved from another unit. */
static void
pelaksana_positions (Demo *demo, Person *person, guint slot)
{
  if (person->kind == KR_EMPLOYEE_KIND_PNS && person->tmt + 36 < demo->today_month &&
      rng_percent (&demo->rng, 25))
    {
      for (guint attempt = 0; attempt < 8; attempt++)
        {
          guint other = pick_slot (demo);
          const Family *family = &families[g_array_index (demo->slots, Slot, other).family];

          if (other != slot && family->levels[0] == KR_POSITION_LEVEL_NONE)
            {
              add_position_step (person, 0, other, 0, person->tmt);
              add_position_step (person, 0, slot, 0,
                                 rng_between (&demo->rng, person->tmt + 24, demo->today_month));
              return;
            }
        }
    }
  add_position_step (person, 0, slot, 0, person->tmt);
}

/* A person drawn for a staff position of @slot. */
static void
make_staff (Demo *demo, Person *person, guint slot)
{
  const Family *family = &families[g_array_index (demo->slots, Slot, slot).family];
  gboolean keahlian;

  if (rng_percent (&demo->rng, family->pppk_percent))
    person->kind = KR_EMPLOYEE_KIND_PPPK;
  else
    person->kind = rng_percent (&demo->rng, 4) ? KR_EMPLOYEE_KIND_CPNS : KR_EMPLOYEE_KIND_PNS;
  person->gender =
      rng_percent (&demo->rng, family->female_percent) ? KR_GENDER_FEMALE : KR_GENDER_MALE;
  person->entry_education = pick_education (demo, family->edu);
  person->field = family->field;
  keahlian = person->entry_education >= KR_EDUCATION_S1;
  /* Always possible: from 2024 on there is room for every kind (checked on entry). */
  if (!choose_dates (demo, person, 0, 58))
    g_assert_not_reached ();
  build_ranks (demo, person, family_cap (family, keahlian, person->entry_education), FALSE);
  if (family->levels[0] == KR_POSITION_LEVEL_NONE)
    pelaksana_positions (demo, person, slot);
  else
    functional_positions (person, slot, family, G_MAXINT);
}

/* A person for a head position: educated for it and in service long enough that regular
 * promotions (then KP pilihan) reach the position's lowest rank. */
static void
make_head (Demo *demo, Person *person, const Head *head)
{
  const Family *background =
      &families[g_array_index (demo->slots, Slot, head->background_slot).family];
  KrRank start, lo, hi;
  int service, month = -1;
  guint bup = kr_position_get_bup (head->kind, head->level, NULL);

  person->kind = KR_EMPLOYEE_KIND_PNS;
  person->gender = rng_percent (&demo->rng, 45) ? KR_GENDER_FEMALE : KR_GENDER_MALE;
  person->field = head->field;
  if (head->field == FIELD_MEDICINE)
    person->entry_education = KR_EDUCATION_S2;
  else
    person->entry_education = pick_education (demo, head->edu);
  start = kr_rank_get_starting (person->entry_education);
  kr_position_get_rank_range (head->kind, head->level, &lo, &hi);
  for (service =
           YEARS_PER_PROMOTION * (lo > start ? lo - start : 0) + rng_between (&demo->rng, 1, 6);
       !choose_dates (demo, person, (guint) service, bup); service--)
    g_assert (service > 0);
  build_ranks (demo, person, MAX (hi, start), TRUE);

  /* The head position from when the rank reached its range, or a few years later. */
  for (guint i = 0; i < person->n_ranks && month < 0; i++)
    {
      if (person->ranks[i].rank >= lo)
        month = person->ranks[i].month;
    }
  if (month < 0)
    month = demo->today_month;
  month = MAX (month, person->tmt + 12);
  if (month < demo->today_month)
    month += (int) rng_below (&demo->rng, (guint) MIN (48, demo->today_month - month) + 1);
  month = MIN (month, demo->today_month);

  if (background->levels[0] == KR_POSITION_LEVEL_NONE)
    add_position_step (person, 0, head->background_slot, 0, person->tmt);
  else
    functional_positions (person, head->background_slot, background, month);
  if (person->n_positions > 0 && person->positions[person->n_positions - 1].month >= month)
    person->n_positions--;
  add_position_step (person, head->position_id, 0, 0, month);
}

/* Education: the degree of the appointment, sometimes the school before it, and for some PNS
 * a master's degree earned in service. */
static void
add_education_row (Demo *demo, Person *person, KrEducation level, const Major *major, guint year)
{
  EducationRow *row = &person->educations[person->n_educations++];
  const Region *region = &regions[rng_below (&demo->rng, demo->n_regions)];
  guint number = rng_between (&demo->rng, 1, 12);

  row->level = level;
  row->year = year;
  row->major = major != NULL ? major->name : NULL;
  if (level == KR_EDUCATION_SLTA)
    {
      guint pick = rng_below (&demo->rng, G_N_ELEMENTS (slta_majors));

      row->major = slta_majors[pick];
      g_snprintf (row->institution, sizeof row->institution, "%s %u %s %s",
                  pick < 2 ? "SMA Negeri" : "SMK Negeri", number, region->prefix, region->name);
    }
  else if (level == KR_EDUCATION_SD)
    g_snprintf (row->institution, sizeof row->institution, "SD Negeri %u %s %s", number,
                region->prefix, region->name);
  else if (level < KR_EDUCATION_SLTA)
    g_snprintf (row->institution, sizeof row->institution, "SMP Negeri %u %s %s", number,
                region->prefix, region->name);
  else if (level < KR_EDUCATION_S1)
    g_strlcpy (row->institution,
               major != NULL && major->field >= FIELD_NURSING && major->field <= FIELD_PUBLIC_HEALTH
                   ? "Politeknik Kesehatan Nusa Sejahtera"
                   : "Politeknik Negeri Nusa Sejahtera",
               sizeof row->institution);
  else
    g_strlcpy (row->institution, PICK (&demo->rng, universities), sizeof row->institution);
}

/* The degree before @level, if it is recorded. */
static KrEducation
previous_level (KrEducation level)
{
  switch (level)
    {
    case KR_EDUCATION_D3:
    case KR_EDUCATION_S1:
      return KR_EDUCATION_SLTA;
    case KR_EDUCATION_S2:
      return KR_EDUCATION_S1;
    case KR_EDUCATION_S3:
      return KR_EDUCATION_S2;
    default:
      return level;
    }
}

static void
build_educations (Demo *demo, Person *person)
{
  KrEducation entry = person->entry_education, previous = previous_level (entry);
  guint birth_year = g_date_get_year (&person->birth);
  guint tmt_year = (guint) person->tmt / 12, tmt_month = (guint) person->tmt % 12 + 1;
  guint today_year = g_date_get_year (&demo->today);
  /* The degree was earned before the appointment. */
  guint latest = tmt_month < 7 ? tmt_year - 1 : tmt_year;
  guint year = birth_year + graduation_age (entry) + rng_below (&demo->rng, 3);
  gboolean later_master = person->kind == KR_EMPLOYEE_KIND_PNS && entry == KR_EDUCATION_S1 &&
                          person->tmt + 12 * 6 < demo->today_month && rng_percent (&demo->rng, 8);

  year = MIN (year, latest);
  person->n_educations = 0;
  person->education = entry;
  person->major = pick_major (demo, person->field, entry);
  person->s1_year = entry == KR_EDUCATION_S1 ? year : year - 3;
  if (later_master)
    {
      /* A master's degree earned in service, years after the appointment. */
      guint master = tmt_year + 3 + rng_below (&demo->rng, today_year - tmt_year - 3 + 1);

      add_education_row (demo, person, entry, person->major, year);
      add_education_row (demo, person, KR_EDUCATION_S2, person->major, MIN (master, today_year));
      person->education = KR_EDUCATION_S2;
      return;
    }
  if (previous != entry && rng_percent (&demo->rng, 60))
    {
      guint before = year - (entry == KR_EDUCATION_S1 || entry == KR_EDUCATION_D3 ? 4 : 2) -
                     rng_below (&demo->rng, 2);

      before = MAX (before, birth_year + graduation_age (previous));
      before = MIN (before, year - 1);
      add_education_row (demo, person, previous, previous >= KR_EDUCATION_S1 ? person->major : NULL,
                         before);
      if (previous == KR_EDUCATION_S1)
        person->s1_year = before;
    }
  add_education_row (demo, person, entry, person->major, year);
}

/* Names, following the person's naming tradition. */
static void
make_name (Demo *demo, Person *person, char *name, gsize size, Culture culture)
{
  gboolean female = person->gender == KR_GENDER_FEMALE;
  Rng *rng = &demo->rng;
  const char *given = female ? PICK (rng, female_given) : PICK (rng, male_given);
  const char *given2 = female ? PICK (rng, female_given) : PICK (rng, male_given);
  const char *surname = female ? PICK (rng, female_surname) : PICK (rng, male_surname);
  guint style = rng_below (rng, 100);

  switch (culture)
    {
    case CULTURE_CHRISTIAN:
      given = female ? PICK (rng, christian_female) : PICK (rng, christian_male);
      if (style < 70)
        g_snprintf (name, size, "%s %s", given, PICK (rng, family_names));
      else
        g_snprintf (name, size, "%s %s %s", given, given2, PICK (rng, family_names));
      return;
    case CULTURE_BALINESE:
      if (female)
        g_snprintf (name, size, "%s %s", PICK (rng, balinese_female_prefix),
                    PICK (rng, balinese_female));
      else
        g_snprintf (name, size, "%s %s", PICK (rng, balinese_male_prefix),
                    PICK (rng, balinese_male));
      return;
    case CULTURE_CHINESE:
      g_snprintf (name, size, "%s %s",
                  female ? PICK (rng, chinese_female) : PICK (rng, chinese_male),
                  PICK (rng, chinese_family));
      return;
    case CULTURE_GENERAL:
    case N_CULTURES:
    default:
      break;
    }
  if (style < 12 && g_date_get_year (&person->birth) < 1975)
    g_strlcpy (name, female ? PICK (rng, female_single) : PICK (rng, male_single), size);
  else if (style < 55)
    g_snprintf (name, size, "%s %s", given, surname);
  else if (style < 80 && strcmp (given, given2) != 0)
    g_snprintf (name, size, "%s %s %s", given, given2, surname);
  else if (strcmp (given, given2) != 0)
    g_snprintf (name, size, "%s %s", given, given2);
  else
    g_snprintf (name, size, "%s %s", given, surname);
}

static void
append_title (char *buf, gsize size, const char *title)
{
  if (title == NULL)
    return;
  if (buf[0] != '\0')
    g_strlcat (buf, ", ", size);
  g_strlcat (buf, title, size);
}

/* The gelar of the highest degree: a D-III's behind the name; a first degree's behind it, or
 * Drs./Dra./Ir. in front for older graduates of some fields; a master's after the first
 * degree's; a doctorate's "Dr." in front; a medical, dental or pharmacist's profession in
 * front ("dr.", "drg.", "apt."). */
static void
make_titles (Person *person, char *front, gsize front_size, char *back, gsize back_size)
{
  const Major *major = person->major;
  gboolean old = major != NULL && major->old != OLD_NONE && person->s1_year < OLD_TITLE_BEFORE;

  front[0] = back[0] = '\0';
  if (major == NULL || person->education < KR_EDUCATION_D3)
    return;
  if (person->education == KR_EDUCATION_D3)
    {
      append_title (back, back_size, major->d3 != NULL ? major->d3 : "A.Md.");
      return;
    }
  if (person->education == KR_EDUCATION_S2 && person->entry_education == KR_EDUCATION_S2)
    {
      if (major->field == FIELD_MEDICINE || major->field == FIELD_DENTISTRY)
        {
          g_strlcpy (front, major->field == FIELD_MEDICINE ? "dr." : "drg.", front_size);
          return;
        }
      if (major->field == FIELD_PHARMACY)
        {
          g_strlcpy (front, "apt.", front_size);
          append_title (back, back_size, major->s1);
          return;
        }
    }
  if (person->education == KR_EDUCATION_S3)
    g_strlcpy (front, "Dr.", front_size);
  if (old)
    {
      const char *title = major->old == OLD_IR                 ? "Ir."
                          : person->gender == KR_GENDER_FEMALE ? "Dra."
                                                               : "Drs.";

      if (front[0] != '\0')
        g_strlcat (front, " ", front_size);
      g_strlcat (front, title, front_size);
    }
  else
    append_title (back, back_size, major->s1);
  if (person->education >= KR_EDUCATION_S2)
    append_title (back, back_size, major->s2);
}

static KrMaritalStatus
pick_marital_status (Demo *demo, Person *person)
{
  int age = kr_date_age (&person->birth, &demo->today);
  guint roll = rng_below (&demo->rng, 100);

  if (age < 25)
    return roll < 70 ? KR_MARITAL_STATUS_BELUM_KAWIN : KR_MARITAL_STATUS_KAWIN;
  if (age < 35)
    return roll < 22   ? KR_MARITAL_STATUS_BELUM_KAWIN
           : roll < 97 ? KR_MARITAL_STATUS_KAWIN
                       : KR_MARITAL_STATUS_CERAI_HIDUP;
  return roll < 5    ? KR_MARITAL_STATUS_BELUM_KAWIN
         : roll < 90 ? KR_MARITAL_STATUS_KAWIN
         : roll < 96 ? KR_MARITAL_STATUS_CERAI_HIDUP
                     : KR_MARITAL_STATUS_CERAI_MATI;
}

/* Lower-case ASCII letters of @text, for an email address. */
static void
append_letters (GString *out, const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isalpha (*p))
        g_string_append_c (out, g_ascii_tolower (*p));
    }
}

/* Fills the employee's own fields, except the NIP. */
static KrEmployee *
new_employee (Demo *demo, Person *person)
{
  KrEmployee *employee = kr_employee_new ();
  Culture culture = rng_weighted (&demo->rng, culture_weights, N_CULTURES);
  const Region *region = &regions[person->region];
  char name[96], front[32], back[64], text[160];
  guint day = g_date_get_day (&person->birth);
  GString *email;
  GDate date;
  g_auto (GStrv) words = NULL;

  make_name (demo, person, name, sizeof name, culture);
  make_titles (person, front, sizeof front, back, sizeof back);
  kr_employee_set_name (employee, name);
  kr_employee_set_title_front (employee, front[0] != '\0' ? front : NULL);
  kr_employee_set_title_back (employee, back[0] != '\0' ? back : NULL);
  kr_employee_set_birth_place (employee, regions[rng_below (&demo->rng, demo->n_regions)].name);
  kr_employee_set_birth_date (employee, &person->birth);
  kr_employee_set_gender (employee, person->gender);
  kr_employee_set_religion (
      employee, (KrReligion) rng_weighted (&demo->rng, culture_religions[culture], KR_N_RELIGIONS));
  kr_employee_set_marital_status (employee, pick_marital_status (demo, person));

  /* NIK: region code 99 (no real province has it), kabupaten, kecamatan, birth date with 40
   * added to a woman's day, and a serial number. */
  g_snprintf (text, sizeof text, "99%02u%02u%02u%02u%02u%04u", person->region + 1,
              rng_between (&demo->rng, 1, 20), person->gender == KR_GENDER_FEMALE ? day + 40 : day,
              (guint) g_date_get_month (&person->birth), g_date_get_year (&person->birth) % 100,
              rng_between (&demo->rng, 1, 9999));
  kr_employee_set_nik (employee, text);
  if (rng_percent (&demo->rng, 85))
    {
      g_snprintf (text, sizeof text, "%s%08u", PICK (&demo->rng, phone_prefixes),
                  rng_below (&demo->rng, 100000000));
      kr_employee_set_phone (employee, text);
    }
  if (rng_percent (&demo->rng, 75))
    {
      words = g_strsplit (name, " ", -1);
      email = g_string_new (NULL);
      append_letters (email, words[0]);
      g_string_append_c (email, '.');
      append_letters (email, words[g_strv_length (words) - 1]);
      g_string_append_printf (email, "%02u@nusasejahteraprov.go.id",
                              g_date_get_year (&person->birth) % 100);
      kr_employee_set_email (employee, email->str);
      g_string_free (email, TRUE);
    }
  g_snprintf (text, sizeof text, "%s No. %u RT %03u/RW %03u, %s %s", PICK (&demo->rng, streets),
              rng_between (&demo->rng, 1, 250), rng_between (&demo->rng, 1, 15),
              rng_between (&demo->rng, 1, 9), region->prefix, region->name);
  kr_employee_set_address (employee, text);

  kr_employee_set_kind (employee, person->kind);
  set_month_start (&date, person->tmt);
  kr_employee_set_tmt_cpns (employee, &date);
  if (person->kind == KR_EMPLOYEE_KIND_PNS)
    {
      set_month_start (&date, person->tmt_pns);
      kr_employee_set_tmt_pns (employee, &date);
      /* A few are studying or on unpaid leave. */
      if (kr_date_age (&person->birth, &demo->today) < 45 && rng_below (&demo->rng, 1000) < 6)
        kr_employee_set_status (employee, KR_EMPLOYEE_STATUS_TUGAS_BELAJAR);
      else if (rng_below (&demo->rng, 1000) < 2)
        kr_employee_set_status (employee, KR_EMPLOYEE_STATUS_CLTN);
    }
  return employee;
}

/* Inserts @employee with the NIP or NI PPPK that DOMAIN 1.1 and 1.2 build from the record,
 * raising the sequence number while the database says that it is taken. */
static gint64
insert_employee (Demo *demo, Person *person, KrEmployee *employee, GError **error)
{
  char nip[KR_NIP_LENGTH + 1];
  guint year = g_date_get_year (&person->birth), month = g_date_get_month (&person->birth);
  guint day = g_date_get_day (&person->birth);

  for (guint sequence = 1; sequence <= 999; sequence++)
    {
      g_autoptr (GError) local_error = NULL;
      gint64 id;

      if (person->kind == KR_EMPLOYEE_KIND_PPPK)
        g_snprintf (nip, sizeof nip, "%04u%02u%02u%04u21%u%03u", year, month, day,
                    (guint) person->tmt / 12, (guint) person->gender, sequence);
      else
        g_snprintf (nip, sizeof nip, "%04u%02u%02u%04u%02u%u%03u", year, month, day,
                    (guint) person->tmt / 12, (guint) person->tmt % 12 + 1, (guint) person->gender,
                    sequence);
      kr_employee_set_nip (employee, nip);
      id = kr_employee_repository_insert (demo->employees, employee, NULL, &local_error);
      if (id != 0)
        return id;
      if (!g_error_matches (local_error, KR_ERROR, KR_ERROR_CONFLICT))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return 0;
        }
      demo->summary.n_nip_retries++;
    }
  g_set_error (error, KR_ERROR, KR_ERROR_CONFLICT,
               _ ("Every sequence number of the NIP %.15s is taken"), nip);
  return 0;
}

/* A decree dated a few days to weeks before @month's TMT, numbered in the style of a
 * regional BKPSDM with the classification code @code. */
static void
make_decree (Demo *demo, const char *code, int month, char *number, gsize size, GDate *date)
{
  set_month_start (date, month);
  g_date_subtract_days (date, rng_between (&demo->rng, 7, 45));
  g_snprintf (number, size, "%s/%u/BKPSDM/%u", code, rng_between (&demo->rng, 1, 4999),
              g_date_get_year (date));
}

static gboolean
store_ranks (Demo *demo, Person *person, gint64 id, GError **error)
{
  for (guint i = 0; i < person->n_ranks; i++)
    {
      const RankStep *step = &person->ranks[i];
      char number[64];
      KrRankEntry entry = {
        .employee_id = id,
        .golongan = step->golongan,
        .promotion_kind = step->kind,
        .sk_number = number,
      };

      set_month_start (&entry.tmt, step->month);
      make_decree (demo, step->kind == KR_PROMOTION_KIND_PENGANGKATAN ? "813.3" : "823.3",
                   step->month, number, sizeof number, &entry.sk_date);
      if (kr_employee_repository_add_rank (demo->employees, &entry, error) == 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
store_positions (Demo *demo, Person *person, gint64 id, GError **error)
{
  for (guint i = 0; i < person->n_positions; i++)
    {
      const PositionStep *step = &person->positions[i];
      char number[64];
      KrPositionEntry entry = { .employee_id = id, .sk_number = number };

      entry.position_id = step->position_id != 0
                              ? step->position_id
                              : slot_position (demo, step->slot, step->level_index, error);
      if (entry.position_id == 0)
        return FALSE;
      set_month_start (&entry.tmt, step->month);
      make_decree (demo, "821.2", step->month, number, sizeof number, &entry.sk_date);
      if (kr_employee_repository_add_position (demo->employees, &entry, error) == 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
store_educations (Demo *demo, Person *person, gint64 id, GError **error)
{
  for (guint i = 0; i < person->n_educations; i++)
    {
      EducationRow *row = &person->educations[i];
      KrEducationEntry entry = {
        .employee_id = id,
        .level = row->level,
        .institution = row->institution,
        .major = (char *) row->major,
        .graduation_year = row->year,
      };

      /* The certificate is dated at the end of the school or academic year. */
      g_date_clear (&entry.sk_date, 1);
      g_date_set_dmy (
          &entry.sk_date, rng_between (&demo->rng, 1, 28),
          (GDateMonth) (row->level <= KR_EDUCATION_SLTA ? 6 : rng_between (&demo->rng, 7, 10)),
          (GDateYear) row->year);
      if (g_date_compare (&entry.sk_date, &demo->today) > 0)
        g_date_clear (&entry.sk_date, 1);
      if (kr_employee_repository_add_education (demo->employees, &entry, error) == 0)
        return FALSE;
    }
  return TRUE;
}

/* Sanctions that change neither rank nor position, so that the histories stay consistent
 * (DOMAIN 11.2). */
static const char *const ringan_sanctions[] = {
  "Teguran lisan",
  "Teguran tertulis",
  "Pernyataan tidak puas secara tertulis",
};

/* Some 2% of employees have one sanction: ringan, or sedang (a tunjangan kinerja cut under
 * PP 94/2021, a delayed salary step under PP 53/2010). Sets @sedang_year to the year of a
 * sedang sanction, 0 when there is none. */
static gboolean
store_discipline (Demo *demo, Person *person, gint64 id, guint *sedang_year, GError **error)
{
  char sanction[96], number[64];
  KrDisciplineEntry entry = { .employee_id = id, .sanction = sanction, .sk_number = number };
  GDate pp_94_2021;
  int month;

  *sedang_year = 0;
  if (person->tmt + 18 > demo->today_month || rng_below (&demo->rng, 100) >= 2)
    return TRUE;
  month = rng_between (&demo->rng, person->tmt + 6, demo->today_month - 1);
  set_month_start (&entry.tmt, month);
  g_date_add_days (&entry.tmt, rng_below (&demo->rng, 27));
  g_date_clear (&pp_94_2021, 1);
  g_date_set_dmy (&pp_94_2021, 31, G_DATE_AUGUST, 2021);
  entry.regulation = g_date_compare (&entry.tmt, &pp_94_2021) >= 0
                         ? KR_DISCIPLINE_REGULATION_PP_94_2021
                         : KR_DISCIPLINE_REGULATION_PP_53_2010;
  entry.level =
      rng_percent (&demo->rng, 65) ? KR_DISCIPLINE_LEVEL_RINGAN : KR_DISCIPLINE_LEVEL_SEDANG;
  g_date_clear (&entry.end_date, 1);
  if (entry.level == KR_DISCIPLINE_LEVEL_RINGAN)
    g_strlcpy (sanction, PICK (&demo->rng, ringan_sanctions), sizeof sanction);
  else
    {
      guint months = entry.regulation == KR_DISCIPLINE_REGULATION_PP_94_2021
                         ? 6 + 3 * rng_below (&demo->rng, 3)
                         : 12;

      if (entry.regulation == KR_DISCIPLINE_REGULATION_PP_94_2021)
        g_snprintf (sanction, sizeof sanction,
                    "Pemotongan tunjangan kinerja sebesar 25%% selama %u bulan", months);
      else
        g_strlcpy (sanction, "Penundaan kenaikan gaji berkala selama 1 tahun", sizeof sanction);
      entry.end_date = entry.tmt;
      g_date_add_months (&entry.end_date, months);
      g_date_subtract_days (&entry.end_date, 1);
      *sedang_year = g_date_get_year (&entry.tmt);
    }
  entry.sk_date = entry.tmt;
  g_date_subtract_days (&entry.sk_date, rng_between (&demo->rng, 1, 14));
  g_snprintf (number, sizeof number, "862/%u/BKPSDM/%u", rng_between (&demo->rng, 1, 999),
              g_date_get_year (&entry.sk_date));
  return kr_employee_repository_add_discipline (demo->employees, &entry, error) != 0;
}

/* Satyalancana Karya Satya for each full 10, 20 and 30 years since the TMT CPNS, given by a
 * Keppres in August, not after a sedang sanction (DOMAIN 11.1). */
static gboolean
store_awards (Demo *demo, Person *person, gint64 id, guint sedang_year, GError **error)
{
  static const KrAwardKind kinds[] = {
    KR_AWARD_KIND_SATYALANCANA_X,
    KR_AWARD_KIND_SATYALANCANA_XX,
    KR_AWARD_KIND_SATYALANCANA_XXX,
  };
  int delay = (int) rng_below (&demo->rng, 3);

  if (person->kind != KR_EMPLOYEE_KIND_PNS)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      char number[64];
      KrAwardEntry entry = { .employee_id = id, .kind = kinds[i], .sk_number = number };
      /* The first August at least 10, 20, 30 years after the TMT (August is month index 7). */
      int month = person->tmt + 12 * 10 * (int) (i + 1);
      guint year = (guint) (month / 12) + (month % 12 > 7 ? 1 : 0) + (guint) delay;

      g_date_clear (&entry.sk_date, 1);
      g_date_set_dmy (&entry.sk_date, rng_between (&demo->rng, 10, 17), G_DATE_AUGUST, year);
      if (g_date_compare (&entry.sk_date, &demo->today) > 0 ||
          (sedang_year != 0 && sedang_year <= year))
        break;
      entry.year = year;
      g_snprintf (number, sizeof number, "%u/TK/%u", rng_between (&demo->rng, 40, 99), year);
      if (kr_employee_repository_add_award (demo->employees, &entry, error) == 0)
        return FALSE;
    }
  return TRUE;
}

/* Generates, stores and forgets one employee. */
static gboolean
generate_employee (Demo *demo, guint remaining, GError **error)
{
  Person person = { 0 };
  g_autoptr (KrEmployee) employee = NULL;
  guint heads_left = demo->heads->len - demo->next_head;
  guint sedang_year;
  gint64 id;

  /* Selection sampling spreads the heads evenly among the employees. */
  if (heads_left > 0 && rng_below (&demo->rng, remaining) < heads_left)
    make_head (demo, &person, &g_array_index (demo->heads, Head, demo->next_head++));
  else
    make_staff (demo, &person, pick_slot (demo));
  person.region = rng_below (&demo->rng, demo->n_regions);
  build_educations (demo, &person);
  employee = new_employee (demo, &person);

  id = insert_employee (demo, &person, employee, error);
  if (id == 0 || !store_ranks (demo, &person, id, error) ||
      !store_positions (demo, &person, id, error) || !store_educations (demo, &person, id, error) ||
      !store_discipline (demo, &person, id, &sedang_year, error) ||
      !store_awards (demo, &person, id, sedang_year, error))
    return FALSE;
  demo->summary.n_employees++;
  return TRUE;
}

/* Fails with %KR_ERROR_CONFLICT unless the database holds no units and no employees. */
static gboolean
check_empty (Demo *demo, GError **error)
{
  g_autoptr (GPtrArray) roots = kr_unit_repository_list_children (demo->units, 0, error);
  g_autoptr (KrEmployeeList) list = NULL;
  guint n_employees;

  if (roots == NULL)
    return FALSE;
  list = kr_employee_list_new (demo->employees, NULL);
  n_employees = g_list_model_get_n_items (G_LIST_MODEL (list));
  if (kr_employee_list_get_error (list, error))
    return FALSE;
  if (roots->len == 0 && n_employees == 0)
    return TRUE;
  g_set_error (error, KR_ERROR, KR_ERROR_CONFLICT,
               n_employees > 0
                   ? _ ("The database already holds employees; demo data can only go into a new, "
                        "empty database")
                   : _ ("The database already holds an organisation; demo data can only go into "
                        "a new, empty database"));
  return FALSE;
}

/* Checks the options' date: the generator needs room for PPPK appointments and must not date
 * anything after the real today. */
static gboolean
resolve_today (const KrDemoOptions *options, GDate *today, GError **error)
{
  char text[KR_DATE_ISO_LENGTH + 1];
  GDate real;

  kr_date_today (NULL, &real);
  kr_date_today (options->today, today);
  kr_date_format_iso_buf (today, text);
  if (g_date_compare (today, &real) > 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Demo data cannot be dated %s, which is in the future"), text);
      return FALSE;
    }
  if (g_date_get_year (today) < 2024)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Demo data cannot be dated %s; choose a date from 2024 on"), text);
      return FALSE;
    }
  return TRUE;
}

/* Shuffles the heads, so that heads of every kind are spread over the run. */
static void
shuffle_heads (Demo *demo)
{
  for (guint i = demo->heads->len; i > 1; i--)
    {
      guint j = rng_below (&demo->rng, i);
      Head swap = g_array_index (demo->heads, Head, i - 1);

      g_array_index (demo->heads, Head, i - 1) = g_array_index (demo->heads, Head, j);
      g_array_index (demo->heads, Head, j) = swap;
    }
}

/* How often to report progress and look at the cancellable. */
#define PROGRESS_INTERVAL 1000
#define CANCEL_INTERVAL   64

static gboolean
generate (Demo *demo,
          KrDemoProgressFunc progress,
          gpointer user_data,
          GCancellable *cancellable,
          GError **error)
{
  if (!check_empty (demo, error) || !build_organisation (demo, error))
    return FALSE;
  shuffle_heads (demo);
  if (progress != NULL)
    progress (0, demo->n_employees, user_data);
  for (guint i = 0; i < demo->n_employees; i++)
    {
      if (i % CANCEL_INTERVAL == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (!generate_employee (demo, demo->n_employees - i, error))
        return FALSE;
      if (progress != NULL && (i + 1) % PROGRESS_INTERVAL == 0 && i + 1 < demo->n_employees)
        progress (i + 1, demo->n_employees, user_data);
    }
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

gboolean
kr_demo_generate (KrDatabase *database,
                  const KrDemoOptions *options,
                  KrDemoProgressFunc progress,
                  gpointer user_data,
                  GCancellable *cancellable,
                  KrDemoSummary *summary,
                  GError **error)
{
  Demo demo = { 0 };
  gboolean ok;

  g_return_val_if_fail (KR_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!resolve_today (options, &demo.today, error))
    return FALSE;
  demo.today_month = date_month_index (&demo.today);
  demo.n_employees = options->n_employees;
  rng_init (&demo.rng, options->seed);
  demo.units = kr_unit_repository_new (database);
  demo.employees = kr_employee_repository_new (database);
  demo.slots = g_array_new (FALSE, FALSE, sizeof (Slot));
  demo.heads = g_array_new (FALSE, FALSE, sizeof (Head));

  /* One bulk load: the units join its transaction, so a failure or a cancellation leaves the
   * database as it was. */
  ok = kr_employee_repository_begin_bulk (demo.employees, error);
  if (ok)
    {
      ok = generate (&demo, progress, user_data, cancellable, error);
      if (ok)
        ok = kr_employee_repository_end_bulk (demo.employees, TRUE, error);
      else
        kr_employee_repository_end_bulk (demo.employees, FALSE, NULL);
    }
  if (ok && progress != NULL)
    progress (demo.n_employees, demo.n_employees, user_data);
  if (ok && summary != NULL)
    *summary = demo.summary;

  g_free (demo.school_numbers);
  g_array_unref (demo.heads);
  g_array_unref (demo.slots);
  g_object_unref (demo.employees);
  g_object_unref (demo.units);
  return ok;
}
