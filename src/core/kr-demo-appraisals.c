/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-demo"

#include "config.h"

#include "kr-demo-appraisals-private.h"

#include <math.h>
#include <string.h>

#include "kr-error.h"
#include "kr-i18n.h"

/* The demo's appraisal history (DOMAIN 5, 10): templates for a few positions; for the four
 * years before today's a final plan and evaluations for every active employee; the
 * organisation results of each perangkat daerah; SKM surveys of service units; PP 46/2011
 * records of the years before 2021; and today's year under way. Written with prepared
 * statements inside the demo's bulk load, after the employees: the current position of each
 * is read from the position histories, which the bulk load settles into the employee table
 * only when it commits. A random generator of its own keeps the employees the same whether
 * appraisals are made or not. */

static const char *const statement_sql[N_STATEMENTS] = {
  [ST_APPRAISAL] = "INSERT INTO appraisal (employee_id, year, cycle, period_start, period_end, "
                   "appraiser_id, senior_appraiser_id) VALUES (?, ?, 'quarterly', ?, ?, ?, ?)",
  [ST_RESULT] = "INSERT INTO appraisal_result (appraisal_id, kind, ordinal, leader_result, result) "
                "VALUES (?, ?, ?, ?, ?)",
  [ST_INDICATOR] =
      "INSERT INTO appraisal_indicator (result_id, ordinal, aspect, indicator, target) "
      "VALUES (?, ?, ?, ?, ?)",
  [ST_EVALUATION] =
      "INSERT INTO appraisal_evaluation (appraisal_id, period, state, results_rating, "
      "behaviour_rating, predikat, notes, objection, final_on) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
  [ST_RESULT_EVALUATION] = "INSERT INTO appraisal_result_evaluation (evaluation_id, result_id, "
                           "realisation, feedback) VALUES (?, ?, ?, ?)",
  [ST_SET_STATE] = "UPDATE appraisal_evaluation SET state = ? WHERE id = ?",
  [ST_TRANSITION] = "INSERT INTO appraisal_transition (evaluation_id, from_state, to_state, at) "
                    "VALUES (?, ?, ?, ?)",
  [ST_UNIT_RESULT] = "INSERT INTO unit_performance (unit_id, year, period, result) "
                     "VALUES (?, ?, ?, ?)",
  [ST_SKM] = "INSERT INTO skm_survey (unit_id, year, period, respondents, nrr1, nrr2, nrr3, nrr4, "
             "nrr5, nrr6, nrr7, nrr8, nrr9) VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  [ST_PP46] = "INSERT INTO appraisal_pp46 (employee_id, year, skp_score, orientasi_pelayanan, "
              "integritas, komitmen, disiplin, kerja_sama, kepemimpinan, behaviour_score, "
              "appraiser_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  [ST_TEMPLATE] = "INSERT INTO position_result_template (position_id, kind, result_ordinal, "
                  "leader_result, result, ordinal, aspect, indicator, target) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
};

/* The current position of each employee: the newest row of the history. */
static const char sql_staff[] =
    "SELECT e.id, e.kind, e.status, e.tmt_cpns, e.name, p.id, p.unit_id, p.is_head, p.kind, "
    "p.name FROM employee e JOIN position_history h ON h.id = (SELECT h2.id FROM position_history "
    "h2 WHERE h2.employee_id = e.id ORDER BY h2.tmt DESC, h2.id DESC LIMIT 1) "
    "JOIN position p ON p.id = h.position_id ORDER BY e.id";
static const char sql_units[] = "SELECT id, parent_id, kind FROM unit ORDER BY id";
/* The unit the demo's unit-head account leads (kr-tool-demo.c): the first perangkat daerah
 * of the first instansi, by name. */
static const char sql_led_unit[] =
    "SELECT id FROM unit WHERE parent_id = (SELECT id FROM unit WHERE parent_id IS NULL "
    "ORDER BY name, id LIMIT 1) ORDER BY name, id LIMIT 1";

/* Statements */

static gboolean
prepare (Gen *gen, GError **error)
{
  for (guint i = 0; i < N_STATEMENTS; i++)
    {
      int rc = sqlite3_prepare_v3 (gen->db, statement_sql[i], -1, SQLITE_PREPARE_PERSISTENT,
                                   &gen->stmts[i], NULL);

      if (rc != SQLITE_OK)
        {
          _kr_database_set_error (gen->database, error, rc, _ ("Could not save the demo data"));
          return FALSE;
        }
    }
  return TRUE;
}

/* Runs statement @which, whose parameters are bound, and clears it. */
gboolean
_kr_demo_appraisal_run (Gen *gen, guint which, GError **error)
{
  sqlite3_stmt *stmt = gen->stmts[which];
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  _kr_database_set_error (gen->database, error, rc, _ ("Could not save the demo data"));
  return FALSE;
}

/* Dates as stored, never after today. */
void
_kr_demo_appraisal_format_date (Gen *gen,
                                guint year,
                                guint month,
                                guint day,
                                char out[KR_DATE_ISO_LENGTH + 1])
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  if (g_date_compare (&date, &gen->today) > 0)
    date = gen->today;
  kr_date_format_iso_buf (&date, out);
}
/* Reading the organisation and the staff */

static Category
categorise (const char *kind, const char *name, gboolean is_head)
{
  static const char *const health[] = {
    "Perawat",          "Bidan",       "Dokter",
    "Apoteker",         "Nutrisionis", "Sanitarian",
    "Perekam Medis",    "Epidemiolog", "Pranata Laboratorium Kesehatan",
    "Asisten Apoteker",
  };

  if (is_head || g_str_has_prefix (kind, "jpt") || g_str_equal (kind, "administrator") ||
      g_str_equal (kind, "pengawas"))
    return CAT_LEADER;
  if (g_str_has_prefix (name, "Guru"))
    return CAT_TEACHER;
  for (guint i = 0; i < G_N_ELEMENTS (health); i++)
    if (g_str_has_prefix (name, health[i]))
      return CAT_HEALTH;
  return g_str_has_prefix (kind, "fungsional") ? CAT_ANALYST : CAT_STAFF;
}

static gboolean
read_units (Gen *gen, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (gen->db, sql_units, -1, &stmt, NULL);

  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Unit unit = { .id = sqlite3_column_int64 (stmt, 0) };
      const char *kind = (const char *) sqlite3_column_text (stmt, 2);

      unit.parent_id = sqlite3_column_int64 (stmt, 1);
      unit.is_opd = g_strcmp0 (kind, "perangkat_daerah") == 0;
      unit.is_upt = g_strcmp0 (kind, "upt") == 0;
      if ((guint64) unit.id >= gen->units->len)
        g_array_set_size (gen->units, unit.id + 1);
      g_array_index (gen->units, Unit, unit.id) = unit;
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  _kr_database_set_error (gen->database, error, rc, _ ("Could not read"));
  return FALSE;
}

/* Picks the plan: 2 to 4 results, the last one at times Kinerja Tambahan. */
static void
pick_plan (Gen *gen, Staff *staff)
{
  guint order[N_SPECS] = { 0, 1, 2, 3, 4 };
  guint n_utama;

  for (guint i = N_SPECS; i > 1; i--)
    {
      guint j = rng_below (&gen->rng, i), swap = order[i - 1];

      order[i - 1] = order[j];
      order[j] = swap;
    }
  static const guint8 weights[] = { 45, 40, 15 };

  staff->n_results = (guint8) (2 + rng_weighted (&gen->rng, weights, G_N_ELEMENTS (weights)));
  n_utama = staff->n_results > 2 && rng_percent (&gen->rng, 40) ? staff->n_results - 1u
                                                                : staff->n_results;
  for (guint i = 0; i < staff->n_results; i++)
    staff->specs[i] = i < n_utama ? (guint8) order[i] : 0xff;
  staff->extra = (guint8) rng_below (&gen->rng, G_N_ELEMENTS (_kr_demo_extra_specs));
}

static gboolean
read_staff (Gen *gen, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (gen->db, sql_staff, -1, &stmt, NULL);

  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Staff staff = { .id = sqlite3_column_int64 (stmt, 0) };
      const char *tmt = (const char *) sqlite3_column_text (stmt, 3);
      const char *kind = (const char *) sqlite3_column_text (stmt, 8);
      const char *position = (const char *) sqlite3_column_text (stmt, 9);
      guint draw = rng_below (&gen->rng, 100);
      Unit *unit;

      staff.is_pppk = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 1), "pppk") == 0;
      staff.is_active = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 2), "aktif") == 0;
      staff.tmt_year = tmt != NULL ? (guint) g_ascii_strtoull (tmt, NULL, 10) : 2000;
      staff.tmt_month =
          tmt != NULL && strlen (tmt) >= 7 ? (guint) g_ascii_strtoull (tmt + 5, NULL, 10) : 1;
      staff.name = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      staff.position_id = sqlite3_column_int64 (stmt, 5);
      staff.unit_id = sqlite3_column_int64 (stmt, 6);
      staff.is_head = sqlite3_column_int (stmt, 7) != 0;
      staff.category =
          categorise (kind != NULL ? kind : "", position != NULL ? position : "", staff.is_head);
      staff.tendency = draw < 15 ? 1 : draw < 25 ? 2 : 0;
      pick_plan (gen, &staff);
      unit = _kr_demo_appraisal_get_unit (gen, staff.unit_id);
      if (staff.is_head && unit != NULL)
        unit->head = staff.id;
      if (staff.id > gen->max_employee)
        gen->max_employee = staff.id;
      g_array_append_val (gen->staff, staff);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      _kr_database_set_error (gen->database, error, rc, _ ("Could not read"));
      return FALSE;
    }
  gen->staff_by_id = g_new0 (gint64, gen->max_employee + 1);
  for (guint i = 0; i < gen->staff->len; i++)
    gen->staff_by_id[g_array_index (gen->staff, Staff, i).id] = i + 1;
  return TRUE;
}

/* The pejabat penilai: the head of the unit, or of the unit above for the head themself and
 * where the head position is vacant. */
static gint64
find_appraiser (Gen *gen, const Staff *staff)
{
  Unit *unit = _kr_demo_appraisal_get_unit (gen, staff->unit_id);

  while (unit != NULL && (unit->head == 0 || unit->head == staff->id))
    unit = _kr_demo_appraisal_get_unit (gen, unit->parent_id);
  return unit != NULL ? unit->head : 0;
}

Staff *
_kr_demo_appraisal_find_staff (Gen *gen, gint64 id)
{
  if (id <= 0 || id > gen->max_employee || gen->staff_by_id[id] == 0)
    return NULL;
  return &g_array_index (gen->staff, Staff, gen->staff_by_id[id] - 1);
}

static void
set_appraisers (Gen *gen)
{
  for (guint i = 0; i < gen->staff->len; i++)
    {
      Staff *staff = &g_array_index (gen->staff, Staff, i);

      staff->appraiser = find_appraiser (gen, staff);
    }
  for (guint i = 0; i < gen->staff->len; i++)
    {
      Staff *staff = &g_array_index (gen->staff, Staff, i);
      Staff *appraiser = _kr_demo_appraisal_find_staff (gen, staff->appraiser);

      staff->senior = appraiser != NULL ? appraiser->appraiser : 0;
      if (staff->senior == staff->id)
        staff->senior = 0;
    }
}

/* PP 46/2011: the years 2014 to 2020 in which the employee served the whole year. */
static gboolean
write_pp46 (Gen *gen, const Staff *staff, GError **error)
{
  static const int base_scores[3] = { 82, 88, 72 };
  const Staff *appraiser = _kr_demo_appraisal_find_staff (gen, staff->appraiser);

  if (staff->is_pppk)
    return TRUE;
  for (guint year = KR_PP46_FIRST_YEAR; year < KR_SKP_FIRST_YEAR; year++)
    {
      int base = base_scores[staff->tendency];
      double sum = 0;
      guint n = staff->is_head ? 6 : 5;

      if (staff->tmt_year >= year)
        continue;
      bind_int (gen, ST_PP46, 1, staff->id);
      bind_int (gen, ST_PP46, 2, year);
      bind_double (gen, ST_PP46, 3, rng_between (&gen->rng, base - 6, MIN (base + 8, 100)));
      for (guint i = 0; i < n; i++)
        {
          double value = rng_between (&gen->rng, base - 6, MIN (base + 8, 100));

          sum += value;
          bind_double (gen, ST_PP46, 4 + (int) i, value);
        }
      bind_double (gen, ST_PP46, 10, round (sum / n * 100) / 100);
      if (appraiser != NULL)
        bind_text (gen, ST_PP46, 11, appraiser->name);
      if (!_kr_demo_appraisal_run (gen, ST_PP46, error))
        return FALSE;
    }
  return TRUE;
}

/* Units: organisation results and SKM surveys */

static gboolean
write_units (Gen *gen, GError **error)
{
  for (guint i = 1; i < gen->units->len; i++)
    {
      Unit *unit = &g_array_index (gen->units, Unit, i);

      if (unit->id == 0)
        continue;
      for (guint year = gen->first_year; unit->is_opd && year <= gen->year; year++)
        {
          guint draw = rng_below (&gen->rng, 100);
          KrOrganisationResult result = draw < 20   ? KR_ORGANISATION_RESULT_ISTIMEWA
                                        : draw < 93 ? KR_ORGANISATION_RESULT_BAIK
                                                    : KR_ORGANISATION_RESULT_BUTUH_PERBAIKAN;

          unit->results[year - gen->first_year] = result;
          /* The year's result once it is over; today's year by its closed quarters. */
          for (guint period = year < gen->year ? 0 : 1;
               year < gen->year ? period == 0 : period < gen->mix_period; period++)
            {
              bind_int (gen, ST_UNIT_RESULT, 1, unit->id);
              bind_int (gen, ST_UNIT_RESULT, 2, year);
              bind_int (gen, ST_UNIT_RESULT, 3, period);
              bind_text (gen, ST_UNIT_RESULT, 4, kr_organisation_result_get_code (result));
              if (!_kr_demo_appraisal_run (gen, ST_UNIT_RESULT, error))
                return FALSE;
            }
        }
      if (!unit->is_upt || !rng_percent (&gen->rng, 60))
        continue;
      for (guint year = gen->first_year; year < gen->year; year++)
        {
          double level = 2.9 + rng_double (&gen->rng) * 0.7;

          bind_int (gen, ST_SKM, 1, unit->id);
          bind_int (gen, ST_SKM, 2, year);
          bind_int (gen, ST_SKM, 3, rng_between (&gen->rng, 80, 400));
          for (guint e = 0; e < KR_SKM_N_ELEMENTS; e++)
            {
              double nrr = level + (rng_double (&gen->rng) - 0.5) * 0.4;

              bind_double (gen, ST_SKM, 4 + (int) e, round (CLAMP (nrr, 1, 4) * 100) / 100);
            }
          if (!_kr_demo_appraisal_run (gen, ST_SKM, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* Templates for the first position of each kind of staff. */
static gboolean
write_templates (Gen *gen, GError **error)
{
  gboolean done[N_CATS] = { FALSE };

  for (guint i = 0; i < gen->staff->len; i++)
    {
      const Staff *staff = &g_array_index (gen->staff, Staff, i);

      if (done[staff->category] || staff->is_head)
        continue;
      done[staff->category] = TRUE;
      for (guint r = 0; r < 3; r++)
        {
          const ResultSpec *spec = &_kr_demo_result_specs[staff->category][r];

          for (guint j = 0; j < G_N_ELEMENTS (spec->indicators) && spec->indicators[j].indicator;
               j++)
            {
              bind_int (gen, ST_TEMPLATE, 1, staff->position_id);
              bind_text (gen, ST_TEMPLATE, 2, "utama");
              bind_int (gen, ST_TEMPLATE, 3, r);
              bind_text (gen, ST_TEMPLATE, 4, _kr_demo_leader_results[staff->category]);
              bind_text (gen, ST_TEMPLATE, 5, spec->result);
              bind_int (gen, ST_TEMPLATE, 6, j);
              bind_text (gen, ST_TEMPLATE, 7, kr_aspect_get_code (spec->indicators[j].aspect));
              bind_text (gen, ST_TEMPLATE, 8, spec->indicators[j].indicator);
              bind_text (gen, ST_TEMPLATE, 9, spec->indicators[j].target);
              if (!_kr_demo_appraisal_run (gen, ST_TEMPLATE, error))
                return FALSE;
            }
        }
    }
  return TRUE;
}

static gboolean
read_led_head (Gen *gen, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (gen->db, sql_led_unit, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      Unit *unit = _kr_demo_appraisal_get_unit (gen, sqlite3_column_int64 (stmt, 0));

      gen->led_head = unit != NULL ? unit->head : 0;
      rc = SQLITE_DONE;
    }
  sqlite3_finalize (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  _kr_database_set_error (gen->database, error, rc, _ ("Could not read"));
  return FALSE;
}

static gboolean
generate (Gen *gen, GCancellable *cancellable, GError **error)
{
  if (!prepare (gen, error) || !read_units (gen, error) || !read_staff (gen, error) ||
      !read_led_head (gen, error))
    return FALSE;
  set_appraisers (gen);
  if (!write_units (gen, error) || !write_templates (gen, error))
    return FALSE;
  for (guint i = 0; i < gen->staff->len; i++)
    {
      const Staff *staff = &g_array_index (gen->staff, Staff, i);

      if (i % 256 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (!staff->is_active)
        continue;
      for (guint year = gen->first_year; year <= gen->year; year++)
        if (!_kr_demo_appraisal_write (gen, staff, year, error))
          return FALSE;
      if (!write_pp46 (gen, staff, error))
        return FALSE;
    }
  return TRUE;
}

static void
clear_staff (gpointer data)
{
  g_free (((Staff *) data)->name);
}

gboolean
_kr_demo_generate_appraisals (Demo *demo,
                              KrDatabase *database,
                              guint64 seed,
                              GCancellable *cancellable,
                              GError **error)
{
  Gen gen = { .database = database, .db = _kr_database_get_handle (database) };
  guint quarter;
  gboolean ok;

  gen.today = demo->today;
  gen.year = g_date_get_year (&demo->today);
  gen.first_year = gen.year - N_PAST_YEARS;
  quarter = (g_date_get_month (&demo->today) - 1) / 3 + 1;
  /* The quarter that ended last is being reviewed; in the first quarter, the first. */
  gen.mix_period = MAX (quarter - 1, 1);
  rng_init (&gen.rng, seed ^ G_GUINT64_CONSTANT (0x534B5020414B484C));
  gen.staff = g_array_new (FALSE, TRUE, sizeof (Staff));
  g_array_set_clear_func (gen.staff, clear_staff);
  gen.units = g_array_new (FALSE, TRUE, sizeof (Unit));

  ok = generate (&gen, cancellable, error);
  demo->summary.n_appraisals = gen.n_appraisals;

  for (guint i = 0; i < N_STATEMENTS; i++)
    sqlite3_finalize (gen.stmts[i]);
  g_free (gen.staff_by_id);
  g_array_unref (gen.units);
  g_array_unref (gen.staff);
  return ok;
}
