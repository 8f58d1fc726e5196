/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-demo"

#include "config.h"

#include "kr-demo-private.h"

#include <string.h>

#include "kr-error.h"
#include "kr-i18n.h"

/* Storing one generated employee with its histories. */

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
                              : _kr_demo_slot_position (demo, step->slot, step->level_index, error);
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
gboolean
_kr_demo_generate_employee (Demo *demo, guint remaining, GError **error)
{
  Person person = { 0 };
  g_autoptr (KrEmployee) employee = NULL;
  guint heads_left = demo->heads->len - demo->next_head;
  guint sedang_year;
  gint64 id;

  /* Selection sampling spreads the heads evenly among the employees. */
  if (heads_left > 0 && rng_below (&demo->rng, remaining) < heads_left)
    _kr_demo_make_head (demo, &person, &g_array_index (demo->heads, Head, demo->next_head++));
  else
    _kr_demo_make_staff (demo, &person, _kr_demo_pick_slot (demo));
  person.region = rng_below (&demo->rng, demo->n_regions);
  _kr_demo_build_educations (demo, &person);
  employee = _kr_demo_new_employee (demo, &person);

  id = insert_employee (demo, &person, employee, error);
  if (id == 0 || !store_ranks (demo, &person, id, error) ||
      !store_positions (demo, &person, id, error) || !store_educations (demo, &person, id, error) ||
      !store_discipline (demo, &person, id, &sedang_year, error) ||
      !store_awards (demo, &person, id, sedang_year, error))
    return FALSE;
  demo->summary.n_employees++;
  return TRUE;
}
