/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-demo"

#include "config.h"

#include "kr-demo-training-private.h"

/* The demo's training records, budgets and mentoring (kr-demo-training-private.h), written
 * after the sessions, whose charges the budgets cover. */

/* Records: the SIASN history of the four years before, and a leadership programme for heads */

static gboolean
write_record (Gen *gen,
              const Trainee *person,
              const char *title,
              KrLeadershipProgramme programme,
              const char *end,
              guint jp,
              const char *source,
              GError **error)
{
  g_autofree char *number = g_strdup_printf ("%u/DIKLAT/%.4s", ++gen->n_certificates, end);

  bind_int (gen, ST_RECORD, 1, person->id);
  bind_text (gen, ST_RECORD, 2, title);
  bind_text (gen, ST_RECORD, 3, "classical");
  bind_text (gen, ST_RECORD, 4,
             programme != KR_LEADERSHIP_PROGRAMME_NONE ? "leadership" : "technical");
  bind_text (gen, ST_RECORD, 5, kr_leadership_programme_get_code (programme));
  bind_text (gen, ST_RECORD, 6, g_str_has_prefix (title, "Kursus") ? "course" : "training");
  bind_text (gen, ST_RECORD, 7, PROVINCE_BPSDM);
  bind_text (gen, ST_RECORD, 9, end);
  bind_int (gen, ST_RECORD, 10, jp);
  bind_text (gen, ST_RECORD, 11, number);
  bind_text (gen, ST_RECORD, 12, source);
  gen->n_records++;
  return _kr_demo_training_run (gen, ST_RECORD, error);
}

gboolean
_kr_demo_training_write_history (Gen *gen, const Trainee *person, GError **error)
{
  char end[KR_DATE_ISO_LENGTH + 1];

  for (guint year = gen->year - 4; year < gen->year; year++)
    {
      guint n = rng_percent (&gen->rng, 60) ? (guint) rng_between (&gen->rng, 1, 2) : 0;
      guint first = rng_below (&gen->rng, KR_DEMO_N_SIASN_TITLES);

      for (guint i = 0; i < n; i++)
        {
          format_julian (julian_of (year, 2, 1) + rng_below (&gen->rng, 300), end);
          if (!write_record (
                  gen, person, _kr_demo_siasn_titles[(first + i * 5) % KR_DEMO_N_SIASN_TITLES],
                  KR_LEADERSHIP_PROGRAMME_NONE, end,
                  person->kind == KR_EMPLOYEE_KIND_PPPK ? (guint) rng_between (&gen->rng, 4, 12)
                                                        : (guint) rng_between (&gen->rng, 8, 32),
                  "siasn", error))
            return FALSE;
        }
    }
  if (person->position_kind == KR_POSITION_KIND_PENGAWAS ||
      person->position_kind == KR_POSITION_KIND_ADMINISTRATOR)
    {
      gboolean pengawas = person->position_kind == KR_POSITION_KIND_PENGAWAS;

      format_julian (julian_of ((guint) rng_between (&gen->rng, 2012, (int) gen->year - 5), 5, 1) +
                         rng_below (&gen->rng, 150),
                     end);
      if (!write_record (gen, person, pengawas ? "Diklatpim Tingkat IV" : "Diklatpim Tingkat III",
                         pengawas ? KR_LEADERSHIP_PROGRAMME_PKP : KR_LEADERSHIP_PROGRAMME_PKA, end,
                         pengawas ? 285 : 360, "siasn", error))
        return FALSE;
    }
  /* This year: some have recorded development outside the catalogue already. */
  if (rng_percent (&gen->rng, 20) && g_date_get_julian (&gen->today) > julian_of (gen->year, 1, 15))
    {
      format_julian (
          julian_of (gen->year, 1, 10) +
              rng_below (&gen->rng, g_date_get_julian (&gen->today) - julian_of (gen->year, 1, 10)),
          end);
      if (!write_record (gen, person, "Kursus Bahasa Inggris", KR_LEADERSHIP_PROGRAMME_NONE, end,
                         (guint) rng_between (&gen->rng, 4, 16), "manual", error))
        return FALSE;
    }
  return TRUE;
}

/* Budgets of the perangkat daerah: what their enrolments cost, with room for more: little in
 * last year's, some in this year's, most in next year's, still to be planned. */
gboolean
_kr_demo_training_write_budgets (Gen *gen, GError **error)
{
  static const int room[3][2] = { { 0, 2 }, { 3, 10 }, { 10, 25 } };

  for (guint i = 0; i < gen->opds->len; i++)
    {
      gint64 opd = g_array_index (gen->opds, gint64, i);
      GPtrArray *staff = g_hash_table_lookup (gen->by_opd, &opd);
      gint64 n = staff != NULL ? MAX (staff->len, 5) : 5;

      for (guint year = gen->year - 1; year <= gen->year + 1; year++)
        {
          gint64 key = opd * 10000 + year;
          gint64 *sum = g_hash_table_lookup (gen->charges, &key);
          const int *range = room[year - (gen->year - 1)];
          gint64 allocated = (sum != NULL ? sum[1] * rng_between (&gen->rng, 105, 125) / 100 : 0) +
                             n * rng_between (&gen->rng, range[0], range[1]) * 100000;

          bind_int (gen, ST_BUDGET, 1, opd);
          bind_int (gen, ST_BUDGET, 2, year);
          bind_int (gen, ST_BUDGET, 3, (allocated + 499999) / 500000 * 500000);
          if (!_kr_demo_training_run (gen, ST_BUDGET, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* Mentoring: a head of a perangkat daerah's staff mentors a junior colleague of it. */

static const Trainee *
find_mentee (Gen *gen, const Trainee *mentor, GPtrArray *colleagues)
{
  for (guint tries = 0; tries < 12; tries++)
    {
      const Trainee *mentee =
          g_ptr_array_index (colleagues, rng_below (&gen->rng, colleagues->len));

      if (mentee != mentor && mentee->golongan != 0 &&
          (mentee->golongan > 100) == (mentor->golongan > 100) &&
          mentee->golongan < mentor->golongan)
        return mentee;
    }
  return NULL;
}

static gboolean
write_pair (Gen *gen, const Trainee *mentor, const Trainee *mentee, GError **error)
{
  guint32 today = g_date_get_julian (&gen->today);
  guint32 first = julian_of (gen->year - 1, 1, 10);
  guint32 start = first + rng_below (&gen->rng, today - 30 - first);
  guint32 end =
      rng_percent (&gen->rng, 50) ? 0 : start + (guint32) rng_between (&gen->rng, 90, 270);
  guint32 last = end != 0 ? MIN (end, today) : today;
  char start_text[KR_DATE_ISO_LENGTH + 1], end_text[KR_DATE_ISO_LENGTH + 1];
  gint64 pair;

  format_julian (start, start_text);
  bind_int (gen, ST_MENTORING, 1, mentor->id);
  bind_int (gen, ST_MENTORING, 2, mentee->id);
  bind_text (gen, ST_MENTORING, 3, rng_percent (&gen->rng, 80) ? "mentoring" : "coaching");
  bind_text (gen, ST_MENTORING, 4, PICK (&gen->rng, _kr_demo_mentoring_goals));
  bind_text (gen, ST_MENTORING, 5, start_text);
  if (end != 0)
    {
      format_julian (end, end_text);
      bind_text (gen, ST_MENTORING, 6, end_text);
    }
  if (!_kr_demo_training_run (gen, ST_MENTORING, error))
    return FALSE;
  pair = sqlite3_last_insert_rowid (gen->db);
  for (guint32 day = start + 7; day <= last; day += (guint32) rng_between (&gen->rng, 14, 35))
    {
      char date[KR_DATE_ISO_LENGTH + 1];

      format_julian (day, date);
      bind_int (gen, ST_MENTORING_SESSION, 1, pair);
      bind_text (gen, ST_MENTORING_SESSION, 2, date);
      bind_text (gen, ST_MENTORING_SESSION, 3, PICK (&gen->rng, _kr_demo_mentoring_topics));
      bind_int (gen, ST_MENTORING_SESSION, 4, 15 * rng_between (&gen->rng, 3, 8));
      if (!_kr_demo_training_run (gen, ST_MENTORING_SESSION, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
_kr_demo_training_write_mentoring (Gen *gen, GError **error)
{
  GPtrArray *pool = gen->pools[POOL_ALL];
  guint wanted = MAX (gen->people->len / 40, 3), made = 0;

  for (guint tries = 0; made < wanted && tries < wanted * 20 && pool->len > 0; tries++)
    {
      const Trainee *mentor = g_ptr_array_index (pool, rng_below (&gen->rng, pool->len));
      GPtrArray *colleagues;
      const Trainee *mentee;

      if (!mentor->is_head || mentor->golongan == 0 || mentor->opd_id == 0)
        continue;
      colleagues = g_hash_table_lookup (gen->by_opd, &mentor->opd_id);
      mentee = colleagues != NULL ? find_mentee (gen, mentor, colleagues) : NULL;
      if (mentee == NULL)
        continue;
      if (!write_pair (gen, mentor, mentee, error))
        return FALSE;
      made++;
    }
  return TRUE;
}
