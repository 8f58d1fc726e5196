/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <string.h>

#include "kr-date.h"
#include "kr-selection-repository.h"

/* The fixture of test-selection-repository.c and test-selection-scoring.c: a small
 * organisation (an instansi, two perangkat daerah, a bidang), a vacant JPT Pratama and an
 * administrator position, heads and staff, and helpers that create, add and look up. */

typedef struct
{
  KrDatabase *db;
  KrSelectionRepository *repo;
  guint n_changed;
  guint last_mask;
  gint64 root, dinas, bidang, other_unit;
  gint64 jpt_position, admin_position;
  gint64 sekda, kadis, ani, budi, citra, dedi, eko, retired;
} Fixture;

#include "kr-database-private.h"
#include "kr-error.h"
#include "kr-identity.h"
#include "kr-test-utils.h"

G_GNUC_UNUSED static void exec_sql (Fixture *fixture, const char *format, ...) G_GNUC_PRINTF (2, 3);

G_GNUC_UNUSED static void
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

G_GNUC_UNUSED static gint64
query_int (Fixture *fixture, const char *format, ...) G_GNUC_PRINTF (2, 3);

G_GNUC_UNUSED static gint64
query_int (Fixture *fixture, const char *format, ...)
{
  g_autofree char *sql = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  return kr_test_query_int (_kr_database_get_handle (fixture->db), sql);
}

G_GNUC_UNUSED static gint64
last_id (Fixture *fixture)
{
  return sqlite3_last_insert_rowid (_kr_database_get_handle (fixture->db));
}

G_GNUC_UNUSED static gint64
add_unit (Fixture *fixture, gint64 parent, const char *code, const char *kind)
{
  if (parent == 0)
    exec_sql (fixture, "INSERT INTO unit (code, name, kind) VALUES ('%s', '%s', '%s')", code, code,
              kind);
  else
    exec_sql (fixture,
              "INSERT INTO unit (parent_id, code, name, kind) VALUES (%lld, '%s', '%s', '%s')",
              (long long) parent, code, code, kind);
  return last_id (fixture);
}

G_GNUC_UNUSED static gint64
add_position (Fixture *fixture, gint64 unit, const char *name, const char *kind, gboolean head)
{
  exec_sql (fixture,
            "INSERT INTO position (unit_id, name, kind, is_head) VALUES (%lld, '%s', '%s', %d)",
            (long long) unit, name, kind, head ? 1 : 0);
  return last_id (fixture);
}

G_GNUC_UNUSED static gint64
add_employee (Fixture *fixture, const char *name, guint number, gint64 position)
{
  gint64 id;

  exec_sql (fixture,
            "INSERT INTO employee (nip, name, title_back, birth_date, gender, kind, tmt_cpns) "
            "VALUES ('19800101201001%04u', '%s', 'S.E.', '1980-01-01', 'M', 'pns', "
            "'2005-01-01')",
            number, name);
  id = last_id (fixture);
  exec_sql (fixture,
            "INSERT INTO rank_history (employee_id, golongan, promotion_kind, tmt) "
            "VALUES (%lld, 41, 'reguler', '2015-04-01')",
            (long long) id);
  exec_sql (fixture,
            "INSERT INTO position_history (employee_id, position_id, tmt) VALUES (%lld, %lld, "
            "'2015-01-01')",
            (long long) id, (long long) position);
  return id;
}

G_GNUC_UNUSED static void
on_changed (KrSelectionRepository *repo, guint mask, Fixture *fixture)
{
  fixture->n_changed++;
  fixture->last_mask = mask;
}

G_GNUC_UNUSED static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 staff;

  fixture->db = kr_database_open (":memory:", KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  fixture->repo = kr_selection_repository_new (fixture->db);
  g_signal_connect (fixture->repo, "changed", G_CALLBACK (on_changed), fixture);
  fixture->root = add_unit (fixture, 0, "PEMKOT", "instansi");
  fixture->dinas = add_unit (fixture, fixture->root, "DISDIK", "perangkat_daerah");
  fixture->bidang = add_unit (fixture, fixture->dinas, "BIDANG-SD", "bidang");
  fixture->other_unit = add_unit (fixture, fixture->root, "DINKES", "perangkat_daerah");
  fixture->sekda =
      add_employee (fixture, "Sekda", 1,
                    add_position (fixture, fixture->root, "Sekretaris Daerah", "jpt_madya", TRUE));
  fixture->jpt_position =
      add_position (fixture, fixture->other_unit, "Kepala Dinas Kesehatan", "jpt_pratama", TRUE);
  fixture->kadis = add_employee (
      fixture, "Kadis", 2,
      add_position (fixture, fixture->dinas, "Kepala Dinas Pendidikan", "jpt_pratama", TRUE));
  fixture->admin_position =
      add_position (fixture, fixture->bidang, "Kepala Bidang SD", "administrator", TRUE);
  staff = add_position (fixture, fixture->bidang, "Analis", "pelaksana", FALSE);
  fixture->ani = add_employee (fixture, "Ani", 3, staff);
  fixture->budi = add_employee (fixture, "Budi", 4, staff);
  fixture->citra = add_employee (fixture, "Citra", 5, staff);
  fixture->dedi =
      add_employee (fixture, "Dedi", 6,
                    add_position (fixture, fixture->other_unit, "Analis", "pelaksana", FALSE));
  fixture->eko = add_employee (fixture, "Eko", 7, staff);
  fixture->retired = add_employee (fixture, "Pensiunan", 8, staff);
  exec_sql (fixture, "UPDATE employee SET status = 'pensiun' WHERE id = %lld",
            (long long) fixture->retired);
}

G_GNUC_UNUSED static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_assert_finalize_object (fixture->repo);
  g_assert_finalize_object (fixture->db);
}

G_GNUC_UNUSED static GDate
d (const char *iso)
{
  GDate date;

  g_assert_true (kr_date_parse_iso (iso, &date, NULL));
  return date;
}

G_GNUC_UNUSED static gint64
create (Fixture *fixture, gint64 position)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrSelection) s = kr_selection_new ();

  s->position_id = position;
  s->opens_on = d ("2025-01-10");
  s->closes_on = d ("2025-01-31");
  g_assert_true (kr_selection_repository_create (fixture->repo, s, &error));
  g_assert_no_error (error);
  return s->id;
}

G_GNUC_UNUSED static gint64
add_member (Fixture *fixture,
            gint64 selection,
            gint64 employee,
            const char *name,
            KrPanelRole role,
            GError **error)
{
  g_autoptr (KrSelectionPanelMember) m = kr_selection_panel_member_new ();

  m->selection_id = selection;
  m->employee_id = employee;
  m->is_external = employee == 0;
  m->name = g_strdup (name);
  m->institution = employee == 0 ? g_strdup ("Universitas Negeri") : NULL;
  m->role = role;
  if (!kr_selection_repository_save_panel_member (fixture->repo, m, error))
    return 0;
  return m->id;
}

G_GNUC_UNUSED static gint64
add_candidate (Fixture *fixture,
               gint64 selection,
               gint64 employee,
               const char *name,
               const char *origin,
               char **number,
               GError **error)
{
  g_autoptr (KrSelectionCandidate) c = kr_selection_candidate_new ();

  c->selection_id = selection;
  c->employee_id = employee;
  c->name = g_strdup (name);
  c->origin = g_strdup (origin);
  if (!kr_selection_repository_save_candidate (fixture->repo, c, error))
    return 0;
  if (number != NULL)
    *number = g_strdup (c->registration_number);
  return c->id;
}

G_GNUC_UNUSED static KrSelectionStage *
stage_at (Fixture *fixture, gint64 selection, guint index)
{
  g_autoptr (GPtrArray) stages =
      kr_selection_repository_list_stages (fixture->repo, selection, NULL);

  g_assert_nonnull (stages);
  g_assert_cmpuint (index, <, stages->len);
  return kr_selection_stage_copy (g_ptr_array_index (stages, index));
}

G_GNUC_UNUSED static gboolean
has_issue (GPtrArray *issues, KrSelectionIssueKind kind, gboolean *blocking)
{
  for (guint i = 0; i < issues->len; i++)
    {
      KrSelectionIssue *issue = g_ptr_array_index (issues, i);

      if (issue->kind == kind)
        {
          if (blocking != NULL)
            *blocking = issue->blocking;
          return TRUE;
        }
    }
  return FALSE;
}
