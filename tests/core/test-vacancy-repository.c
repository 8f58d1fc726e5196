/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-error.h"
#include "kr-identity.h"
#include "kr-test-utils.h"
#include "kr-vacancy-repository.h"

/* Vacancies on a small organisation (today 2026-11-22, horizon 24 months): a head position
 * with no holder, one whose holder retires in time, one whose holder does not, functional
 * positions with and without a recorded need, the exact BUP of each kind, the unit filter and
 * a unit head's scope, the formasi CSV, permissions and audit. */

typedef struct
{
  KrDatabase *db;
  KrVacancyRepository *repo;
  guint changed;
  gint64 root, dinas, bidang, other;
  gint64 head_vacant, head_retiring, head_young, analis, pelaksana, ahli_utama, abolished;
} Fixture;

static void exec_sql (Fixture *fixture, const char *format, ...) G_GNUC_PRINTF (2, 3);

static void
exec_sql (Fixture *fixture, const char *format, ...)
{
  g_autofree char *sql = NULL;
  char *message = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  if (sqlite3_exec (_kr_database_get_handle (fixture->db), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static gint64
last_id (Fixture *fixture)
{
  return sqlite3_last_insert_rowid (_kr_database_get_handle (fixture->db));
}

static gint64
add_unit (Fixture *fixture, gint64 parent, const char *code, const char *kind)
{
  if (parent == 0)
    exec_sql (fixture, "INSERT INTO unit (code, name, kind) VALUES ('%s', 'Unit %s', '%s')", code,
              code, kind);
  else
    exec_sql (fixture,
              "INSERT INTO unit (parent_id, code, name, kind) VALUES (%lld, '%s', 'Unit %s', "
              "'%s')",
              (long long) parent, code, code, kind);
  return last_id (fixture);
}

static gint64
add_position (Fixture *fixture,
              gint64 unit,
              const char *name,
              const char *kind,
              const char *level,
              gboolean head)
{
  exec_sql (fixture,
            "INSERT INTO position (unit_id, name, kind, level, is_head) VALUES (%lld, '%s', '%s', "
            "%s%s%s, %d)",
            (long long) unit, name, kind, level != NULL ? "'" : "", level != NULL ? level : "NULL",
            level != NULL ? "'" : "", head ? 1 : 0);
  return last_id (fixture);
}

static void
add_holder (Fixture *fixture, gint64 position, guint number, const char *birth, const char *status)
{
  gint64 id;

  exec_sql (fixture,
            "INSERT INTO employee (nip, name, birth_date, gender, kind, status) VALUES "
            "('19700101200001%04u', 'Pegawai %u', '%s', 'M', 'pns', '%s')",
            number, number, birth, status);
  id = last_id (fixture);
  exec_sql (fixture,
            "INSERT INTO position_history (employee_id, position_id, tmt) VALUES (%lld, %lld, "
            "'2015-01-01')",
            (long long) id, (long long) position);
}

static void
on_changed (KrVacancyRepository *repo, Fixture *fixture)
{
  fixture->changed++;
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->db = kr_database_open (":memory:", KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  fixture->repo = kr_vacancy_repository_new (fixture->db);
  g_signal_connect (fixture->repo, "changed", G_CALLBACK (on_changed), fixture);
  fixture->root = add_unit (fixture, 0, "K", "instansi");
  fixture->dinas = add_unit (fixture, fixture->root, "K.01", "perangkat_daerah");
  fixture->bidang = add_unit (fixture, fixture->dinas, "K.01.01", "bidang");
  fixture->other = add_unit (fixture, fixture->root, "K.02", "perangkat_daerah");

  /* No holder: the head retired (status pensiun) */
  fixture->head_vacant =
      add_position (fixture, fixture->dinas, "Kepala Dinas", "jpt_pratama", NULL, TRUE);
  add_holder (fixture, fixture->head_vacant, 1, "1966-05-10", "pensiun");
  /* BUP 58: born 1969-03-15 → TMT pensiun 2027-04-01, within 24 months */
  fixture->head_retiring =
      add_position (fixture, fixture->bidang, "Kepala Bidang", "administrator", NULL, TRUE);
  add_holder (fixture, fixture->head_retiring, 2, "1969-03-15", "aktif");
  /* Young head: not listed */
  fixture->head_young =
      add_position (fixture, fixture->other, "Kepala Badan", "jpt_pratama", NULL, TRUE);
  add_holder (fixture, fixture->head_young, 3, "1980-01-01", "aktif");
  /* Analis: need 4 recorded, 3 holders, one retiring (born 1968-12-01, BUP 58 → 2027-01-01) */
  fixture->analis = add_position (fixture, fixture->bidang, "Analis Kebijakan Ahli Muda",
                                  "fungsional_keahlian", "ahli_muda", FALSE);
  add_holder (fixture, fixture->analis, 4, "1968-12-01", "aktif");
  add_holder (fixture, fixture->analis, 5, "1985-01-01", "aktif");
  add_holder (fixture, fixture->analis, 6, "1990-01-01", "aktif");
  /* Pelaksana with no holder and no recorded need: not known to be needed, not listed */
  fixture->pelaksana =
      add_position (fixture, fixture->bidang, "Pengadministrasi Umum", "pelaksana", NULL, FALSE);
  /* Ahli Utama: BUP 65, born 1968-06-01 (58 by the horizon, 65 only in 2033): not retiring */
  fixture->ahli_utama = add_position (fixture, fixture->dinas, "Widyaiswara Ahli Utama",
                                      "fungsional_keahlian", "ahli_utama", FALSE);
  add_holder (fixture, fixture->ahli_utama, 7, "1968-06-01", "aktif");
  /* A position recorded as no longer needed is never listed */
  fixture->abolished =
      add_position (fixture, fixture->bidang, "Juru Ketik", "pelaksana", NULL, FALSE);
  exec_sql (fixture, "INSERT INTO position_need (position_id, needed) VALUES (%lld, 0)",
            (long long) fixture->abolished);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_object (&fixture->repo);
  g_clear_object (&fixture->db);
}

static void
init_query (KrVacancyQuery *query)
{
  memset (query, 0, sizeof *query);
  g_date_clear (&query->today, 1);
  g_date_set_dmy (&query->today, 22, 11, 2026);
  query->horizon_months = 24;
}

static const KrVacancy *
find (GPtrArray *list, gint64 position_id)
{
  for (guint i = 0; i < list->len; i++)
    {
      const KrVacancy *v = list->pdata[i];

      if (v->position_id == position_id)
        return v;
    }
  return NULL;
}

static GPtrArray *
list (Fixture *fixture, const KrVacancyQuery *query, KrVacancySummary *summary)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *rows = kr_vacancy_repository_list (fixture->repo, query, summary, &error);

  g_assert_no_error (error);
  g_assert_nonnull (rows);
  return rows;
}

static void
test_reasons (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) rows = NULL;
  KrVacancySummary sum;
  KrVacancyQuery query;
  const KrVacancy *v;
  char iso[KR_DATE_ISO_LENGTH + 1];

  exec_sql (fixture,
            "INSERT INTO position_need (position_id, needed, basis) VALUES (%lld, 4, "
            "'ABK 2026')",
            (long long) fixture->analis);
  init_query (&query);
  rows = list (fixture, &query, &sum);
  g_assert_cmpuint (rows->len, ==, 3);

  v = find (rows, fixture->head_vacant);
  g_assert_nonnull (v);
  g_assert_cmpuint (v->reasons, ==, KR_VACANCY_VACANT | KR_VACANCY_SHORT);
  g_assert_cmpint (v->needed, ==, 1);
  g_assert_false (v->need_recorded);
  g_assert_cmpuint (v->holders, ==, 0);
  g_assert_cmpuint (v->shortfall, ==, 1);
  g_assert_true (v->is_head);
  g_assert_cmpint (v->kind, ==, KR_POSITION_KIND_JPT_PRATAMA);

  v = find (rows, fixture->head_retiring);
  g_assert_nonnull (v);
  g_assert_cmpuint (v->reasons, ==, KR_VACANCY_RETIRING | KR_VACANCY_SHORT);
  g_assert_cmpuint (v->holders, ==, 1);
  g_assert_cmpuint (v->retiring, ==, 1);
  kr_date_format_iso_buf (&v->first_retirement, iso);
  g_assert_cmpstr (iso, ==, "2027-04-01");

  v = find (rows, fixture->analis);
  g_assert_nonnull (v);
  g_assert_cmpuint (v->reasons, ==, KR_VACANCY_SHORT);
  g_assert_true (v->need_recorded);
  g_assert_cmpstr (v->need_basis, ==, "ABK 2026");
  g_assert_cmpuint (v->holders, ==, 3);
  g_assert_cmpuint (v->retiring, ==, 1);
  g_assert_cmpuint (v->shortfall, ==, 2);
  kr_date_format_iso_buf (&v->first_retirement, iso);
  g_assert_cmpstr (iso, ==, "2027-01-01");

  /* Not listed: a young head, the Ahli Utama (BUP 65), the abolished position, the pelaksana
   * position without a need */
  g_assert_null (find (rows, fixture->pelaksana));
  g_assert_null (find (rows, fixture->head_young));
  g_assert_null (find (rows, fixture->ahli_utama));
  g_assert_null (find (rows, fixture->abolished));

  g_assert_cmpuint (sum.positions, ==, 3);
  g_assert_cmpuint (sum.vacant, ==, 1);
  g_assert_cmpuint (sum.retiring, ==, 1);
  g_assert_cmpuint (sum.short_positions, ==, 3);
  g_assert_cmpuint (sum.holders, ==, 4);
  g_assert_cmpuint (sum.retiring_holders, ==, 2);
  g_assert_cmpuint (sum.shortfall, ==, 4);

  /* Sorted by unit code (tree order), heads first */
  g_assert_cmpint (((KrVacancy *) rows->pdata[0])->position_id, ==, fixture->head_vacant);
  g_assert_cmpint (((KrVacancy *) rows->pdata[1])->position_id, ==, fixture->head_retiring);
}

static void
test_horizon_and_filters (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) none = NULL;
  g_autoptr (GPtrArray) vacant = NULL;
  g_autoptr (GPtrArray) bidang = NULL;
  g_autoptr (GPtrArray) subtree = NULL;
  g_autoptr (GPtrArray) searched = NULL;
  KrVacancyQuery query;

  /* Horizon 3 months: nobody retires by 2027-02-22 except the analis (2027-01-01), who is
   * one of three holders, with no need recorded: the Kepala Bidang is no longer listed */
  init_query (&query);
  query.horizon_months = 3;
  none = list (fixture, &query, NULL);
  g_assert_null (find (none, fixture->head_retiring));
  g_assert_nonnull (find (none, fixture->head_vacant));

  init_query (&query);
  query.reasons = KR_VACANCY_VACANT;
  vacant = list (fixture, &query, NULL);
  g_assert_cmpuint (vacant->len, ==, 1);

  init_query (&query);
  query.unit_id = fixture->dinas;
  bidang = list (fixture, &query, NULL);
  g_assert_cmpuint (bidang->len, ==, 1);
  g_assert_nonnull (find (bidang, fixture->head_vacant));

  query.subtree = TRUE;
  subtree = list (fixture, &query, NULL);
  g_assert_cmpuint (subtree->len, ==, 2);

  init_query (&query);
  query.search = "  KEPALA bid ";
  searched = list (fixture, &query, NULL);
  g_assert_cmpuint (searched->len, ==, 1);
  g_assert_nonnull (find (searched, fixture->head_retiring));
}

static void
test_bad_query (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  KrVacancyQuery query;

  init_query (&query);
  query.horizon_months = 61;
  rows = kr_vacancy_repository_list (fixture->repo, &query, NULL, &error);
  g_assert_null (rows);
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Months"));
  g_clear_error (&error);

  init_query (&query);
  g_date_clear (&query.today, 1);
  rows = kr_vacancy_repository_list (fixture->repo, &query, NULL, &error);
  g_assert_null (rows);
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
}

static void
test_need (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) before = NULL;
  g_autoptr (GPtrArray) after = NULL;
  g_autoptr (GPtrArray) cleared = NULL;
  sqlite3 *handle = _kr_database_get_handle (fixture->db);
  KrVacancyQuery query;
  gint64 audit;

  init_query (&query);
  before = list (fixture, &query, NULL);
  g_assert_null (find (before, fixture->analis));

  audit = kr_test_query_int (handle, "SELECT count(*) FROM audit_log");
  g_assert_true (
      kr_vacancy_repository_set_need (fixture->repo, fixture->analis, 5, " ABK ", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->changed, ==, 1);
  g_assert_cmpint (kr_test_query_int (handle, "SELECT count(*) FROM audit_log WHERE entity = "
                                              "'position_need'"),
                   ==, 2); /* the fixture's and this one */
  g_assert_cmpint (kr_test_query_int (handle, "SELECT count(*) FROM audit_log"), ==, audit + 1);
  after = list (fixture, &query, NULL);
  g_assert_nonnull (find (after, fixture->analis));
  g_assert_cmpuint (find (after, fixture->analis)->shortfall, ==, 3);
  g_assert_cmpstr (find (after, fixture->analis)->need_basis, ==, "ABK");

  /* A position without holders becomes vacant once it needs someone */
  g_assert_true (
      kr_vacancy_repository_set_need (fixture->repo, fixture->pelaksana, 2, NULL, &error));
  g_clear_pointer (&after, g_ptr_array_unref);
  after = list (fixture, &query, NULL);
  g_assert_cmpuint (find (after, fixture->pelaksana)->reasons, ==,
                    KR_VACANCY_VACANT | KR_VACANCY_SHORT);
  g_assert_cmpuint (find (after, fixture->pelaksana)->shortfall, ==, 2);
  g_assert_true (kr_vacancy_repository_clear_need (fixture->repo, fixture->pelaksana, &error));

  /* Replacing keeps one row */
  g_assert_true (kr_vacancy_repository_set_need (fixture->repo, fixture->analis, 2, NULL, &error));
  g_assert_cmpint (kr_test_query_int (handle, "SELECT count(*) FROM position_need"), ==, 2);

  g_assert_false (
      kr_vacancy_repository_set_need (fixture->repo, fixture->analis, -1, NULL, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Need"));
  g_clear_error (&error);
  g_assert_false (kr_vacancy_repository_set_need (fixture->repo, 9999, 1, NULL, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (kr_vacancy_repository_clear_need (fixture->repo, fixture->analis, &error));
  g_assert_no_error (error);
  cleared = list (fixture, &query, NULL);
  g_assert_null (find (cleared, fixture->analis));
  /* Clearing again is no error */
  g_assert_true (kr_vacancy_repository_clear_need (fixture->repo, fixture->analis, &error));
  g_assert_no_error (error);
}

static void
test_permissions (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrIdentity) viewer = NULL;
  g_autoptr (KrIdentity) head = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  KrVacancyQuery query;

  viewer = kr_identity_new (1, "v", "Viewer", KR_ROLE_VIEWER, 0);
  kr_database_set_identity (fixture->db, viewer);
  g_assert_false (kr_vacancy_repository_set_need (fixture->repo, fixture->analis, 2, NULL, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_cmpuint (fixture->changed, ==, 0);

  /* A unit head of the other perangkat daerah sees only its positions */
  head = kr_identity_new (2, "h", "Head", KR_ROLE_UNIT_HEAD, fixture->other);
  kr_database_set_identity (fixture->db, head);
  init_query (&query);
  rows = list (fixture, &query, NULL);
  g_assert_cmpuint (rows->len, ==, 0);
}

static void
test_formasi (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;
  KrVacancyQuery query;

  init_query (&query);
  g_assert_true (kr_vacancy_repository_write_formasi (fixture->repo, &query, stream, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, NULL));
  text = g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)),
                    g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)));
  lines = g_strsplit (text + 3 /* BOM */, "\r\n", -1);
  g_assert_true (g_str_has_prefix (lines[0], "unit_kerja,jabatan,jenis_jabatan"));
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 2 + 1);
  g_assert_nonnull (strstr (lines[1], "Kepala Dinas"));
  g_assert_nonnull (strstr (lines[1], "jabatan kosong"));
  g_assert_nonnull (strstr (lines[2], "2027-04-01"));
  g_assert_nonnull (strstr (lines[2], "pemangku pensiun; kurang dari kebutuhan"));
  g_assert_cmpstr (lines[3], ==, "");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func)                                                                            \
  g_test_add ("/vacancy-repository/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("reasons", test_reasons);
  ADD ("horizon-and-filters", test_horizon_and_filters);
  ADD ("bad-query", test_bad_query);
  ADD ("need", test_need);
  ADD ("permissions", test_permissions);
  ADD ("formasi", test_formasi);
#undef ADD

  return g_test_run ();
}
