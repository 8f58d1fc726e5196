/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-demo"

#include "config.h"

#include "kr-demo-private.h"

#include <string.h>

/* People: their dates, ranks, positions, education, names and own fields. */

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
  return (KrEducation) rng_weighted (&demo->rng, _kr_demo_edu_profiles[profile], KR_N_EDUCATIONS);
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
  for (guint i = 0; i < _kr_demo_n_majors; i++)
    n += _kr_demo_majors[i].field == field && (!d3 || _kr_demo_majors[i].d3 != NULL);
  if (n == 0)
    return pick_major (demo, FIELD_ADMIN, education);
  pick = rng_below (&demo->rng, n);
  for (guint i = 0; i < _kr_demo_n_majors; i++)
    {
      if (_kr_demo_majors[i].field == field && (!d3 || _kr_demo_majors[i].d3 != NULL) &&
          pick-- == 0)
        return &_kr_demo_majors[i];
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
          guint other = _kr_demo_pick_slot (demo);
          const Family *family =
              &_kr_demo_families[g_array_index (demo->slots, Slot, other).family];

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
void
_kr_demo_make_staff (Demo *demo, Person *person, guint slot)
{
  const Family *family = &_kr_demo_families[g_array_index (demo->slots, Slot, slot).family];
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
void
_kr_demo_make_head (Demo *demo, Person *person, const Head *head)
{
  const Family *background =
      &_kr_demo_families[g_array_index (demo->slots, Slot, head->background_slot).family];
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
  const Region *region = &_kr_demo_regions[rng_below (&demo->rng, demo->n_regions)];
  guint number = rng_between (&demo->rng, 1, 12);

  row->level = level;
  row->year = year;
  row->major = major != NULL ? major->name : NULL;
  if (level == KR_EDUCATION_SLTA)
    {
      guint pick = rng_below (&demo->rng, _kr_demo_n_slta_majors);

      row->major = _kr_demo_slta_majors[pick];
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

void
_kr_demo_build_educations (Demo *demo, Person *person)
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
KrEmployee *
_kr_demo_new_employee (Demo *demo, Person *person)
{
  KrEmployee *employee = kr_employee_new ();
  Culture culture = rng_weighted (&demo->rng, culture_weights, N_CULTURES);
  const Region *region = &_kr_demo_regions[person->region];
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
  kr_employee_set_birth_place (employee,
                               _kr_demo_regions[rng_below (&demo->rng, demo->n_regions)].name);
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
