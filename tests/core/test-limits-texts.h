/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The runner of test-limits-texts.c and test-limits-texts-records.c: every free text a form,
 * the CLI or an import stores, at its limit from kr-text.h and one character over. One case a
 * text: what it needs is made first, then the text one character too long is refused with
 * KR_ERROR_INVALID, a message that starts with the form's label, the table's row count
 * unchanged and no row of any table changed; then the text at its limit (multi-byte letters,
 * surrounding spaces not counted) is stored.
 *
 *   Pemerintah Kota Contoh (instansi)   Sekda (JPT madya, IV/d)
 *   └─ Dinas Pendidikan                 Kadis (JPT pratama, IV/d)
 *      └─ Bidang SD                     Kepala Bidang (administrator, vacant); Ani (III/b since
 *                                       2017-04, S-1, PP 46 Baik in 2019 and 2020), Budi (III/a) */

#include <string.h>

#include "kr-database-private.h"
#include "kr-database.h"
#include "kr-error.h"
#include "kr-test-utils.h"
#include "kr-text.h"

typedef struct
{
  KrDatabase *db;
  gint64 root, dinas, bidang;
  gint64 p_kabid, p_staff;
  gint64 sekda, kadis, ani, budi;
  gint64 made[3]; /* what a case's @prepare made */
} Fixture;

typedef struct
{
  const char *path;
  const char *table; /* whose rows are counted */
  guint max_chars;
  const char *label;
  void (*prepare) (Fixture *fixture);
  gboolean (*save) (Fixture *fixture, const char *text, GError **error);
} TextCase;

static inline sqlite3 *
handle (Fixture *fixture)
{
  return _kr_database_get_handle (fixture->db);
}

static inline gint64
last_id (Fixture *fixture)
{
  return sqlite3_last_insert_rowid (handle (fixture));
}

static inline gint64
add_position (Fixture *fixture, gint64 unit, const char *name, const char *kind, gboolean head)
{
  kr_test_execf (handle (fixture),
                 "INSERT INTO position (unit_id, name, kind, is_head) VALUES (%lld, '%s', '%s', "
                 "%d)",
                 (long long) unit, name, kind, head);
  return last_id (fixture);
}

static inline gint64
add_employee (Fixture *fixture, const char *name, guint number, gint64 position, guint golongan)
{
  gint64 id;

  kr_test_execf (handle (fixture),
                 "INSERT INTO employee (nip, name, birth_date, gender, kind, tmt_cpns) VALUES "
                 "('19800101201001%04u', '%s', '1985-03-03', 'M', 'pns', '2005-01-01')",
                 number, name);
  id = last_id (fixture);
  kr_test_execf (handle (fixture),
                 "INSERT INTO rank_history (employee_id, golongan, promotion_kind, tmt) VALUES "
                 "(%lld, %u, 'reguler', '2017-04-01');"
                 "INSERT INTO position_history (employee_id, position_id, tmt) VALUES (%lld, "
                 "%lld, '2015-01-01');"
                 "INSERT INTO education_history (employee_id, level, graduation_year) VALUES "
                 "(%lld, 's1', 2004)",
                 (long long) id, golongan, (long long) id, (long long) position, (long long) id);
  return id;
}

static inline void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->db = kr_database_open (":memory:", KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  kr_test_execf (handle (fixture), "INSERT INTO unit (code, name, kind) VALUES ('KOTA', "
                                   "'Pemerintah Kota Contoh', 'instansi')");
  fixture->root = last_id (fixture);
  kr_test_execf (handle (fixture),
                 "INSERT INTO unit (parent_id, code, name, kind) VALUES (%lld, 'DISDIK', "
                 "'Dinas Pendidikan', 'perangkat_daerah')",
                 (long long) fixture->root);
  fixture->dinas = last_id (fixture);
  kr_test_execf (handle (fixture),
                 "INSERT INTO unit (parent_id, code, name, kind) VALUES (%lld, 'SD', "
                 "'Bidang SD', 'bidang')",
                 (long long) fixture->dinas);
  fixture->bidang = last_id (fixture);
  fixture->sekda = add_employee (
      fixture, "Sekda", 1,
      add_position (fixture, fixture->root, "Sekretaris Daerah", "jpt_madya", TRUE), 41);
  fixture->kadis = add_employee (
      fixture, "Kadis", 2,
      add_position (fixture, fixture->dinas, "Kepala Dinas Pendidikan", "jpt_pratama", TRUE), 41);
  fixture->p_kabid =
      add_position (fixture, fixture->bidang, "Kepala Bidang SD", "administrator", TRUE);
  fixture->p_staff = add_position (fixture, fixture->bidang, "Analis", "pelaksana", FALSE);
  fixture->ani = add_employee (fixture, "Ani", 3, fixture->p_staff, 32);
  fixture->budi = add_employee (fixture, "Budi", 4, fixture->p_staff, 31);
  /* Baik (90) under PP 46/2011 in 2019 and 2020: Ani may be proposed for KP reguler */
  kr_test_execf (handle (fixture),
                 "INSERT INTO appraisal_pp46 (employee_id, year, skp_score, behaviour_score) "
                 "VALUES (%lld, 2019, 90, 90), (%lld, 2020, 90, 90)",
                 (long long) fixture->ani, (long long) fixture->ani);
}

static inline void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_assert_finalize_object (fixture->db);
}

/* @n copies of “ü” (two bytes each) between two spaces, which are not counted. */
static inline char *
letters (guint n)
{
  GString *text = g_string_new (" ");

  for (guint i = 0; i < n; i++)
    g_string_append (text, "ü");
  g_string_append_c (text, ' ');
  return g_string_free (text, FALSE);
}

static inline void
test_text (Fixture *fixture, gconstpointer data)
{
  const TextCase *c = data;
  g_autofree char *count_sql = g_strdup_printf ("SELECT count(*) FROM %s", c->table);

  if (c->prepare != NULL)
    c->prepare (fixture);
  for (int extra = 1; extra >= 0; extra--)
    {
      g_autofree char *text = letters (c->max_chars + (guint) extra);
      g_autoptr (GError) error = NULL;
      gint64 rows = kr_test_query_int (handle (fixture), count_sql);
      gint64 changes = sqlite3_total_changes64 (handle (fixture));
      gboolean ok = c->save (fixture, text, &error);

      if (extra == 0)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          continue;
        }
      g_test_message ("%s", error != NULL ? error->message : "(no error)");
      g_assert_false (ok);
      g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, c->label));
      g_assert_nonnull (strstr (error->message, "use at most"));
      g_assert_cmpint (kr_test_query_int (handle (fixture), count_sql), ==, rows);
      g_assert_cmpint (sqlite3_total_changes64 (handle (fixture)), ==, changes);
    }
}

static inline void
add_text_cases (const TextCase *cases, guint n_cases)
{
  for (guint i = 0; i < n_cases; i++)
    {
      g_autofree char *path = g_strdup_printf ("/limits/texts/%s", cases[i].path);

      g_test_add (path, Fixture, &cases[i], fixture_set_up, test_text, fixture_tear_down);
    }
}
