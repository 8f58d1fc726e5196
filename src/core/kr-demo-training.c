/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-demo"

#include "config.h"

#include "kr-demo-training-private.h"

#include <string.h>

#include "kr-database-private.h"
#include "kr-i18n.h"
#include "kr-repository-private.h"
#include "kr-training-rules.h"

/* The demo's competence development (DOMAIN 7): a catalogue of about 30 courses of every type
 * and form; their sessions of last, this and next year in every status, with enrolments in
 * every state; SIASN-like records of the four years before; the budgets of the perangkat
 * daerah; mentoring pairs with their sessions. Written with prepared statements inside the
 * demo's bulk load, after the employees, whose current unit and rank are read from their
 * histories (the bulk load settles them into the employee table only when it commits). A
 * random generator of its own keeps the rest of the demo the same with or without it. The
 * texts are Indonesian, as the offices write them. */

static const char *const statement_sql[N_STATEMENTS] = {
  [ST_COURSE] = "INSERT INTO training_course (title, kind, type, programme, form, jp, provider, "
                "delivery, cost, min_golongan, required_course_id, addresses_results, retired) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  [ST_BEHAVIOUR] = "INSERT INTO training_course_behaviour (course_id, behaviour) VALUES (?, ?)",
  [ST_SESSION] = "INSERT INTO training_session (course_id, name, start_date, end_date, place, "
                 "capacity, cost, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  [ST_ENROLMENT] = "INSERT INTO training_enrolment (session_id, employee_id, state, cost, "
                   "budget_unit_id, jp, certificate_number, certificate_date, reason) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
  [ST_RECORD] = "INSERT INTO training_record (employee_id, title, kind, type, programme, form, "
                "provider, start_date, end_date, jp, certificate_number, source) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  [ST_BUDGET] = "INSERT INTO training_budget (unit_id, year, allocated) VALUES (?, ?, ?)",
  [ST_MENTORING] = "INSERT INTO mentoring (mentor_id, mentee_id, form, goals, start_date, "
                   "end_date) VALUES (?, ?, ?, ?, ?, ?)",
  [ST_MENTORING_SESSION] = "INSERT INTO mentoring_session (mentoring_id, date, topic, minutes) "
                           "VALUES (?, ?, ?, ?)",
};

/* Each employee's current unit, rank and position, from the newest history rows. */
static const char sql_people[] =
    "SELECT e.id, e.kind, e.status, p.unit_id, p.is_head, p.kind, (SELECT r.golongan FROM "
    "rank_history r WHERE r.employee_id = e.id ORDER BY r.tmt DESC, r.id DESC LIMIT 1) "
    "FROM employee e JOIN position_history h ON h.id = (SELECT h2.id FROM position_history h2 "
    "WHERE h2.employee_id = e.id ORDER BY h2.tmt DESC, h2.id DESC LIMIT 1) "
    "JOIN position p ON p.id = h.position_id ORDER BY e.id";
static const char sql_units[] = "SELECT id, parent_id, kind FROM unit ORDER BY id";

/* The catalogue (kr-demo-training-data.c) */

#define N_COURSES (KR_DEMO_N_COURSES + 1)

static const CourseSpec *
course_spec (guint index)
{
  return index < KR_DEMO_N_COURSES ? &_kr_demo_courses[index] : &_kr_demo_advanced_course;
}

static const char *const roman[] = { "I", "II", "III", "IV", "V", "VI" };

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
_kr_demo_training_run (Gen *gen, guint which, GError **error)
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

/* Reading the organisation and the staff */

static gboolean
read_units (Gen *gen, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (gen->db, sql_units, -1, &stmt, NULL);

  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      UnitRow unit = { .id = sqlite3_column_int64 (stmt, 0) };

      unit.parent_id = sqlite3_column_int64 (stmt, 1);
      unit.is_opd =
          g_strcmp0 ((const char *) sqlite3_column_text (stmt, 2), "perangkat_daerah") == 0;
      if ((guint64) unit.id >= gen->units->len)
        g_array_set_size (gen->units, unit.id + 1);
      g_array_index (gen->units, UnitRow, unit.id) = unit;
      if (unit.is_opd)
        g_array_append_val (gen->opds, unit.id);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  _kr_database_set_error (gen->database, error, rc, _ ("Could not read"));
  return FALSE;
}

/* The perangkat daerah at or above @unit_id, 0 for none. */
static gint64
find_opd (Gen *gen, gint64 unit_id)
{
  for (guint depth = 0; unit_id > 0 && (guint64) unit_id < gen->units->len && depth < 16; depth++)
    {
      const UnitRow *unit = &g_array_index (gen->units, UnitRow, unit_id);

      if (unit->is_opd)
        return unit->id;
      unit_id = unit->parent_id;
    }
  return 0;
}

static void
add_to_pools (Gen *gen, Trainee *person)
{
  GPtrArray *colleagues;

  if (!person->active)
    return;
  g_ptr_array_add (gen->pools[POOL_ALL], person);
  if (person->kind == KR_EMPLOYEE_KIND_CPNS)
    g_ptr_array_add (gen->pools[POOL_CPNS], person);
  if (person->position_kind == KR_POSITION_KIND_PENGAWAS)
    g_ptr_array_add (gen->pools[POOL_PENGAWAS], person);
  else if (person->position_kind == KR_POSITION_KIND_ADMINISTRATOR)
    g_ptr_array_add (gen->pools[POOL_ADMINISTRATOR], person);
  else if (person->position_kind == KR_POSITION_KIND_JPT_PRATAMA)
    g_ptr_array_add (gen->pools[POOL_JPT_PRATAMA], person);
  else if (person->position_kind == KR_POSITION_KIND_JPT_MADYA)
    g_ptr_array_add (gen->pools[POOL_JPT_MADYA], person);
  if (person->opd_id == 0)
    return;
  colleagues = g_hash_table_lookup (gen->by_opd, &person->opd_id);
  if (colleagues == NULL)
    {
      colleagues = g_ptr_array_new ();
      g_hash_table_insert (gen->by_opd, &person->opd_id, colleagues);
    }
  g_ptr_array_add (colleagues, person);
}

static gboolean
read_people (Gen *gen, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (gen->db, sql_people, -1, &stmt, NULL);

  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Trainee person = { .id = sqlite3_column_int64 (stmt, 0) };
      KrPositionKind position_kind = KR_POSITION_KIND_PELAKSANA;

      person.kind =
          _kr_enum_from_code (KR_TYPE_EMPLOYEE_KIND, (const char *) sqlite3_column_text (stmt, 1),
                              KR_EMPLOYEE_KIND_PNS);
      person.active = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 2), "aktif") == 0;
      person.unit_id = sqlite3_column_int64 (stmt, 3);
      person.is_head = sqlite3_column_int (stmt, 4) != 0;
      _kr_position_kind_from_code ((const char *) sqlite3_column_text (stmt, 5), &position_kind);
      person.position_kind = position_kind;
      person.golongan = (guint) sqlite3_column_int (stmt, 6);
      person.opd_id = find_opd (gen, person.unit_id);
      g_array_append_val (gen->people, person);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      _kr_database_set_error (gen->database, error, rc, _ ("Could not read"));
      return FALSE;
    }
  /* The array no longer grows: pointers into it stay valid. */
  for (guint i = 0; i < gen->people->len; i++)
    add_to_pools (gen, &g_array_index (gen->people, Trainee, i));
  return TRUE;
}

/* The catalogue */

static gboolean
write_course (Gen *gen, const CourseSpec *spec, gint64 required, GError **error)
{
  KrTrainingKind kind = kr_training_form_get_kind (spec->form);

  bind_text (gen, ST_COURSE, 1, spec->title);
  bind_text (gen, ST_COURSE, 2, kr_training_kind_get_code (kind));
  bind_text (gen, ST_COURSE, 3, kr_competence_type_get_code (spec->type));
  bind_text (gen, ST_COURSE, 4, kr_leadership_programme_get_code (spec->programme));
  bind_text (gen, ST_COURSE, 5, kr_training_form_get_code (spec->form));
  bind_int (gen, ST_COURSE, 6, spec->jp);
  bind_text (gen, ST_COURSE, 7, spec->provider);
  bind_text (gen, ST_COURSE, 8, kr_delivery_get_code (spec->delivery));
  bind_int (gen, ST_COURSE, 9, spec->cost);
  if (required != 0)
    {
      bind_int (gen, ST_COURSE, 10, 31);
      bind_int (gen, ST_COURSE, 11, required);
    }
  bind_int (gen, ST_COURSE, 12, spec->results);
  bind_int (gen, ST_COURSE, 13, spec->retired);
  return _kr_demo_training_run (gen, ST_COURSE, error);
}

static gboolean
write_catalogue (Gen *gen, GError **error)
{
  for (guint i = 0; i < N_COURSES; i++)
    {
      const CourseSpec *spec = course_spec (i);

      if (!write_course (gen, spec,
                         spec == &_kr_demo_advanced_course ? gen->course_ids[BASIC_COURSE] : 0,
                         error))
        return FALSE;
      gen->course_ids[i] = sqlite3_last_insert_rowid (gen->db);
      for (guint value = 1; value <= 7; value++)
        {
          if ((spec->behaviours & (1u << (value - 1))) == 0)
            continue;
          bind_int (gen, ST_BEHAVIOUR, 1, gen->course_ids[i]);
          bind_int (gen, ST_BEHAVIOUR, 2, value);
          if (!_kr_demo_training_run (gen, ST_BEHAVIOUR, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* Sessions and enrolments */

static const char *
session_status (Gen *gen, guint32 start, guint32 end)
{
  guint32 today = g_date_get_julian (&gen->today);

  if (rng_percent (&gen->rng, 6))
    return "cancelled";
  if (end < today)
    return "done";
  if (start <= today)
    return "running";
  return start - today < 75 || rng_percent (&gen->rng, 30) ? "open" : "planned";
}

/* The state of an enrolment in a session of @status, and its reason when it needs one. */
static const char *
enrolment_state (Gen *gen, const char *status, const char **reason)
{
  guint draw = rng_below (&gen->rng, 100);

  *reason = NULL;
  if (g_str_equal (status, "cancelled"))
    {
      *reason = "Angkatan dibatalkan oleh penyelenggara";
      return "withdrawn";
    }
  if (g_str_equal (status, "done"))
    {
      if (draw < 86)
        return "completed";
      *reason = draw < 93 ? "Tidak hadir tanpa keterangan" : "Tugas kedinasan yang mendesak";
      return draw < 93 ? "no_show" : "withdrawn";
    }
  if (g_str_equal (status, "running"))
    return draw < 80 ? "attended" : "approved";
  if (g_str_equal (status, "open"))
    {
      if (draw < 5)
        {
          *reason = "Mengikuti tugas belajar";
          return "withdrawn";
        }
      return draw < 50 ? "nominated" : "approved";
    }
  return "nominated";
}

static void
charge (Gen *gen, gint64 opd, guint year, gint64 cost)
{
  gint64 key = opd * 10000 + year;
  gint64 *sum = g_hash_table_lookup (gen->charges, &key);

  if (sum == NULL)
    {
      sum = g_new0 (gint64, 2);
      sum[0] = key;
      g_hash_table_insert (gen->charges, &sum[0], sum);
    }
  sum[1] += cost;
}

static gboolean
write_enrolment (Gen *gen,
                 gint64 session_id,
                 const Trainee *person,
                 const CourseSpec *spec,
                 gint64 cost,
                 const char *status,
                 const char *end_date,
                 GError **error)
{
  const char *reason;
  const char *state = enrolment_state (gen, status, &reason);

  bind_int (gen, ST_ENROLMENT, 1, session_id);
  bind_int (gen, ST_ENROLMENT, 2, person->id);
  bind_text (gen, ST_ENROLMENT, 3, state);
  bind_int (gen, ST_ENROLMENT, 4, cost);
  if (person->opd_id != 0)
    bind_int (gen, ST_ENROLMENT, 5, person->opd_id);
  if (g_str_equal (state, "completed"))
    {
      g_autofree char *number =
          g_strdup_printf ("%05u/SERT/BPSDM-NS/%.4s", ++gen->n_certificates, end_date);

      bind_int (gen, ST_ENROLMENT, 6, spec->jp);
      bind_text (gen, ST_ENROLMENT, 7, number);
      bind_text (gen, ST_ENROLMENT, 8, end_date);
    }
  bind_text (gen, ST_ENROLMENT, 9, reason);
  if (person->opd_id != 0 && reason == NULL)
    charge (gen, person->opd_id, (guint) g_ascii_strtoull (end_date, NULL, 10), cost);
  gen->n_enrolments++;
  return _kr_demo_training_run (gen, ST_ENROLMENT, error);
}

/* Fills a session from its pool: PPPK take only short courses, within their limit. */
static gboolean
enrol (Gen *gen,
       guint course,
       gint64 session_id,
       const CourseSpec *spec,
       guint capacity,
       gint64 cost,
       const char *status,
       const char *end_date,
       GError **error)
{
  GPtrArray *pool = gen->pools[spec->pool];
  g_autoptr (GHashTable) taken = g_hash_table_new (NULL, NULL);
  guint share = g_str_equal (status, "planned") ? 25 : g_str_equal (status, "open") ? 60 : 90;
  guint wanted =
      MIN (capacity * rng_between (&gen->rng, (int) share / 2, (int) share) / 100, pool->len);

  /* Nobody takes a course twice: a leadership programme's few eligible people are spread over
   * its sessions of three years instead of filling the first. */
  if (spec->programme != KR_LEADERSHIP_PROGRAMME_NONE)
    wanted = MIN (wanted, MAX (pool->len / 6, 1));

  for (guint tries = 0; g_hash_table_size (taken) < wanted && tries < wanted * 4; tries++)
    {
      Trainee *person = g_ptr_array_index (pool, rng_below (&gen->rng, pool->len));

      if (g_hash_table_contains (taken, person) ||
          g_hash_table_contains (gen->course_taken[course], person) ||
          (person->kind == KR_EMPLOYEE_KIND_PPPK && spec->jp > 16))
        continue;
      g_hash_table_add (taken, person);
      g_hash_table_add (gen->course_taken[course], person);
      if (!write_enrolment (gen, session_id, person, spec, cost, status, end_date, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_session (Gen *gen, guint course, guint year, guint number, GError **error)
{
  const CourseSpec *spec = course_spec (course);
  guint days = CLAMP (spec->jp / 8, 1, 120);
  guint32 start = julian_of (year, 1, 6) + rng_below (&gen->rng, 330 - MIN (days, 200));
  guint32 end = start + days - 1;
  g_autofree char *name = g_strdup_printf ("Angkatan %s Tahun %u", roman[number], year);
  const char *status = session_status (gen, start, end);
  guint capacity = spec->programme != KR_LEADERSHIP_PROGRAMME_NONE
                       ? (guint) rng_between (&gen->rng, 25, 40)
                       : (guint) rng_between (&gen->rng, 20, 60);
  char start_text[KR_DATE_ISO_LENGTH + 1], end_text[KR_DATE_ISO_LENGTH + 1];
  gint64 session_id;

  format_julian (start, start_text);
  format_julian (end, end_text);
  bind_int (gen, ST_SESSION, 1, gen->course_ids[course]);
  bind_text (gen, ST_SESSION, 2, name);
  bind_text (gen, ST_SESSION, 3, start_text);
  bind_text (gen, ST_SESSION, 4, end_text);
  bind_text (gen, ST_SESSION, 5,
             spec->delivery == KR_DELIVERY_E_LEARNING ? NULL : PICK (&gen->rng, _kr_demo_places));
  bind_int (gen, ST_SESSION, 6, capacity);
  bind_int (gen, ST_SESSION, 7, spec->cost);
  bind_text (gen, ST_SESSION, 8, status);
  if (!_kr_demo_training_run (gen, ST_SESSION, error))
    return FALSE;
  session_id = sqlite3_last_insert_rowid (gen->db);
  return enrol (gen, course, session_id, spec, capacity, spec->cost, status, end_text, error);
}

static gboolean
write_sessions (Gen *gen, GCancellable *cancellable, GError **error)
{
  for (guint course = 0; course < N_COURSES; course++)
    {
      gboolean retired = course_spec (course)->retired;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      for (guint year = gen->year - 1; year <= gen->year + 1; year++)
        {
          guint n = retired ? (year < gen->year) : (guint) rng_between (&gen->rng, 1, 2);

          for (guint i = 0; i < n; i++)
            if (!write_session (gen, course, year, i, error))
              return FALSE;
        }
    }
  return TRUE;
}

static gboolean
generate (Gen *gen, GCancellable *cancellable, GError **error)
{
  if (!prepare (gen, error) || !read_units (gen, error) || !read_people (gen, error) ||
      !write_catalogue (gen, error) || !write_sessions (gen, cancellable, error) ||
      !_kr_demo_training_write_budgets (gen, error))
    return FALSE;
  for (guint i = 0; i < gen->people->len; i++)
    {
      const Trainee *person = &g_array_index (gen->people, Trainee, i);

      if (i % 256 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (person->active && !_kr_demo_training_write_history (gen, person, error))
        return FALSE;
    }
  return _kr_demo_training_write_mentoring (gen, error);
}

gboolean
_kr_demo_generate_training (Demo *demo,
                            KrDatabase *database,
                            guint64 seed,
                            GCancellable *cancellable,
                            GError **error)
{
  Gen gen = { .database = database, .db = _kr_database_get_handle (database) };
  gboolean ok;

  gen.today = demo->today;
  gen.year = g_date_get_year (&demo->today);
  rng_init (&gen.rng, seed ^ G_GUINT64_CONSTANT (0x4A50204B4F4D5045));
  gen.people = g_array_new (FALSE, TRUE, sizeof (Trainee));
  gen.units = g_array_new (FALSE, TRUE, sizeof (UnitRow));
  gen.opds = g_array_new (FALSE, FALSE, sizeof (gint64));
  gen.by_opd =
      g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < G_N_ELEMENTS (gen.pools); i++)
    gen.pools[i] = g_ptr_array_new ();
  gen.charges = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  for (guint i = 0; i < G_N_ELEMENTS (gen.course_taken); i++)
    gen.course_taken[i] = g_hash_table_new (NULL, NULL);

  ok = generate (&gen, cancellable, error);
  demo->summary.n_enrolments = gen.n_enrolments;
  demo->summary.n_training_records = gen.n_records;

  for (guint i = 0; i < N_STATEMENTS; i++)
    sqlite3_finalize (gen.stmts[i]);
  for (guint i = 0; i < G_N_ELEMENTS (gen.pools); i++)
    g_ptr_array_unref (gen.pools[i]);
  g_hash_table_unref (gen.charges);
  for (guint i = 0; i < G_N_ELEMENTS (gen.course_taken); i++)
    g_hash_table_unref (gen.course_taken[i]);
  g_hash_table_unref (gen.by_opd);
  g_array_unref (gen.opds);
  g_array_unref (gen.units);
  g_array_unref (gen.people);
  return ok;
}
