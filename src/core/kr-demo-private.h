/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-demo.h"

#include "kr-date.h"
#include "kr-employee-repository.h"
#include "kr-position.h"
#include "kr-rank.h"
#include "kr-unit-repository.h"

G_BEGIN_DECLS

/* Shared by the demo generator's files: kr-demo.c (the entry point), kr-demo-data.c (the
 * tables), kr-demo-organisation.c (units and positions), kr-demo-people.c (people and their
 * histories), kr-demo-store.c (storing each employee), kr-demo-appraisals.c (the appraisal
 * history) and kr-demo-training.c (competence development). */

/* Random numbers: xoshiro256** seeded through splitmix64 (Blackman and Vigna), so the data
 * depends only on the seed, never on the C library's rand(). */

typedef struct
{
  guint64 s[4];
} Rng;

static inline guint64
splitmix64 (guint64 *state)
{
  guint64 z = (*state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

static inline void
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

static inline guint64
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
static inline guint
rng_below (Rng *rng, guint n)
{
  return (guint) (((rng_next (rng) >> 32) * (guint64) n) >> 32);
}

/* A number from @lo to @hi, both included. */
static inline int
rng_between (Rng *rng, int lo, int hi)
{
  g_assert (lo <= hi);
  return lo + (int) rng_below (rng, (guint) (hi - lo) + 1);
}

static inline double
rng_double (Rng *rng)
{
  return (double) (rng_next (rng) >> 11) * (1.0 / 9007199254740992.0);
}

static inline gboolean
rng_percent (Rng *rng, guint percent)
{
  return rng_below (rng, 100) < percent;
}

/* An index into @weights, each chosen in proportion to its weight. */
static inline guint
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

static inline int
month_index (guint year, guint month)
{
  return (int) year * 12 + (int) month - 1;
}

static inline int
date_month_index (const GDate *date)
{
  return month_index (g_date_get_year (date), g_date_get_month (date));
}

static inline void
set_month_start (GDate *date, int index)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, 1, (GDateMonth) (index % 12 + 1), (GDateYear) (index / 12));
}

static inline guint32
month_start_julian (int index)
{
  GDate date;

  set_month_start (&date, index);
  return g_date_get_julian (&date);
}

static inline guint32
julian_of (guint year, guint month, guint day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return g_date_get_julian (&date);
}

static inline void
set_julian (GDate *date, guint32 julian)
{
  g_date_clear (date, 1);
  g_date_set_julian (date, julian);
}

/* DOMAIN 4.3 (C): the dates on which a kenaikan pangkat may take effect, by era: 1 April and
 * 1 October under PP 12/2002 until 2023 (and, believed, before PP 99/2000 too); four periods
 * under the original PP 99/2000 (taken as 2000 and 2001); six from 2024 (Peraturan BKN 4/2023);
 * every month from October 2025 (Peraturan BKN 4/2025). */
static inline gboolean
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
static inline int
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

/* Kabupaten and kota of the province: invented names. */
typedef struct
{
  const char *prefix;
  const char *name;
} Region;

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

static inline gboolean
is_keahlian (KrPositionLevel level)
{
  return level >= KR_POSITION_LEVEL_AHLI_PERTAMA && level <= KR_POSITION_LEVEL_AHLI_UTAMA;
}

static inline KrPositionKind
level_kind (KrPositionLevel level)
{
  if (level == KR_POSITION_LEVEL_NONE)
    return KR_POSITION_KIND_PELAKSANA;
  return is_keahlian (level) ? KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN
                             : KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN;
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

/* kr-demo-data.c */

extern const Major _kr_demo_majors[];
extern const guint _kr_demo_n_majors;
extern const char *const _kr_demo_slta_majors[];
extern const guint _kr_demo_n_slta_majors;
extern const guint8 _kr_demo_edu_profiles[N_EDU_PROFILES][KR_N_EDUCATIONS];
extern const Family _kr_demo_families[N_FAMILIES];
extern const guint8 _kr_demo_level_kelas[KR_N_POSITION_LEVELS];
extern const DomainInfo _kr_demo_domains[N_DOMAINS];
extern const Profile _kr_demo_profiles[N_PROFILES];
extern const double _kr_demo_sector_shares[N_SECTORS];
extern const UptInfo _kr_demo_upt_infos[N_UPT_KINDS];
extern const OpdTemplate _kr_demo_opd_templates[];
extern const guint _kr_demo_n_opd_templates;
extern const Region _kr_demo_regions[];
extern const guint _kr_demo_n_regions;

/* kr-demo-organisation.c */

gboolean _kr_demo_build_organisation (Demo *demo, GError **error);
guint _kr_demo_pick_slot (Demo *demo);
gint64 _kr_demo_slot_position (Demo *demo, guint slot_index, guint level_index, GError **error);

/* kr-demo-people.c */

void _kr_demo_make_staff (Demo *demo, Person *person, guint slot);
void _kr_demo_make_head (Demo *demo, Person *person, const Head *head);
void _kr_demo_build_educations (Demo *demo, Person *person);
KrEmployee *_kr_demo_new_employee (Demo *demo, Person *person);

/* kr-demo-store.c */

gboolean _kr_demo_generate_employee (Demo *demo, guint remaining, GError **error);

/* kr-demo-appraisals.c: within the bulk load, after the employees. */

gboolean _kr_demo_generate_appraisals (Demo *demo,
                                       KrDatabase *database,
                                       guint64 seed,
                                       GCancellable *cancellable,
                                       GError **error);

/* kr-demo-training.c: within the bulk load, after the employees (and appraisals). */

gboolean _kr_demo_generate_training (Demo *demo,
                                     KrDatabase *database,
                                     guint64 seed,
                                     GCancellable *cancellable,
                                     GError **error);

/* kr-demo-promotions.c: after the appraisals, the angka kredit converted from their predikat
 * and some ujian dinas (the records the promotion rules read). */
gboolean _kr_demo_generate_promotion_records (Demo *demo,
                                              KrDatabase *database,
                                              GCancellable *cancellable,
                                              GError **error);

/* kr-demo-vacancies.c: three sub-unit heads moved away (their positions vacant) and the
 * recorded needs (ABK) of functional and pelaksana positions. */
gboolean _kr_demo_generate_vacancies (Demo *demo, KrDatabase *database, GError **error);

/* kr-demo-proposals.c: KP proposals of the next period in every stage, through the promotion
 * repository. */
gboolean _kr_demo_generate_proposals (Demo *demo,
                                      KrDatabase *database,
                                      GCancellable *cancellable,
                                      GError **error);

/* kr-demo-selection.c: a finished JPT Pratama open selection and a running one for an
 * administrator post, through the selection repository. */
gboolean _kr_demo_generate_selections (Demo *demo, KrDatabase *database, GError **error);

/* kr-demo-talent.c: after the appraisals, potential assessments of about 40 % of the active
 * PNS and a succession plan for every JPT and administrator head position (0-3 successors). */
gboolean _kr_demo_generate_talent (Demo *demo,
                                   KrDatabase *database,
                                   guint64 seed,
                                   GCancellable *cancellable,
                                   GError **error);

G_END_DECLS
