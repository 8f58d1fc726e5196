/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-unit-repository"

#include "config.h"

#include <stdarg.h>
#include <string.h>

#include "kr-database-private.h"
#include "kr-database.h"
#include "kr-employee-repository.h"
#include "kr-error.h"
#include "kr-test-utils.h"
#include "kr-unit-repository.h"

typedef struct
{
  KrDatabase *db;
  KrUnitRepository *units;
  guint n_changed;
  /* A small tree: PEMDA (instansi) > BKPSDM (perangkat daerah) > MUTASI (bidang) */
  gint64 pemda, bkpsdm, mutasi;
} Fixture;

static void
on_changed_cb (KrUnitRepository *units, Fixture *fixture)
{
  fixture->n_changed++;
}

static gint64
add_ok (Fixture *fixture, gint64 parent, const char *code, const char *name, KrUnitKind kind)
{
  g_autoptr (GError) error = NULL;
  gint64 id = kr_unit_repository_add (fixture->units, parent, code, name, kind, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->db = kr_database_open (":memory:", KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  fixture->units = kr_unit_repository_new (fixture->db);
  g_signal_connect (fixture->units, "changed", G_CALLBACK (on_changed_cb), fixture);
  fixture->pemda =
      add_ok (fixture, 0, "PEMDA", "Pemerintah Kabupaten Contoh", KR_UNIT_KIND_INSTANSI);
  fixture->bkpsdm =
      add_ok (fixture, fixture->pemda, "BKPSDM", "Badan Kepegawaian dan Pengembangan SDM",
              KR_UNIT_KIND_PERANGKAT_DAERAH);
  fixture->mutasi = add_ok (fixture, fixture->bkpsdm, "BKPSDM-MUT", "Bidang Mutasi dan Promosi",
                            KR_UNIT_KIND_BIDANG);
  fixture->n_changed = 0;
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_assert_finalize_object (fixture->units);
  g_assert_finalize_object (fixture->db);
}

/* Helpers */

/* Checks that @error is @code and that its message contains each NULL-terminated fragment. */
static void
assert_error (const GError *error, int code, ...)
{
  const char *fragment;
  va_list args;

  g_assert_error (error, KR_ERROR, code);
  va_start (args, code);
  while ((fragment = va_arg (args, const char *)) != NULL)
    {
      if (strstr (error->message, fragment) == NULL)
        g_error ("“%s” not in: %s", fragment, error->message);
    }
  va_end (args);
}

static gint64
count_rows (KrDatabase *db, const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* The codes of @units joined with spaces. */
static char *
join_codes (GPtrArray *units)
{
  GString *codes = g_string_new (NULL);

  for (guint i = 0; i < units->len; i++)
    {
      const KrUnit *unit = g_ptr_array_index (units, i);

      g_string_append_printf (codes, "%s%s", i > 0 ? " " : "", unit->code);
    }
  return g_string_free (codes, FALSE);
}

static char *
list_codes (Fixture *fixture, gint64 parent)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) units = kr_unit_repository_list_children (fixture->units, parent, &error);

  g_assert_no_error (error);
  return join_codes (units);
}

static gint64
add_position (Fixture *fixture,
              gint64 unit,
              const char *name,
              KrPositionKind kind,
              KrPositionLevel level,
              gboolean is_head,
              GError **error)
{
  g_autoptr (KrPositionRecord) position = kr_position_record_new ();

  position->unit_id = unit;
  position->name = g_strdup (name);
  position->kind = kind;
  position->level = level;
  position->is_head = is_head;
  position->kelas_jabatan = is_head ? 14 : 0;
  return kr_unit_repository_add_position (fixture->units, position, error);
}

/* Tests */

static void
test_add_get (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrUnit) unit = NULL;
  g_autoptr (KrUnit) copy = NULL;
  gint64 id;

  id = kr_unit_repository_add (fixture->units, fixture->bkpsdm, "  BKPSDM-UPT ",
                               " UPT Penilaian Kompetensi  ", KR_UNIT_KIND_UPT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fixture->n_changed, ==, 1);

  unit = kr_unit_repository_get (fixture->units, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (unit->id, ==, id);
  g_assert_cmpint (unit->parent_id, ==, fixture->bkpsdm);
  g_assert_cmpstr (unit->code, ==, "BKPSDM-UPT");
  g_assert_cmpstr (unit->name, ==, "UPT Penilaian Kompetensi");
  g_assert_cmpint (unit->kind, ==, KR_UNIT_KIND_UPT);
  g_assert_cmpint (unit->head_position_id, ==, 0);

  copy = kr_unit_copy (unit);
  g_assert_cmpstr (copy->name, ==, unit->name);
  g_assert_true (copy->name != unit->name);

  g_clear_pointer (&unit, kr_unit_free);
  unit = kr_unit_repository_get (fixture->units, fixture->pemda, &error);
  g_assert_no_error (error);
  g_assert_cmpint (unit->parent_id, ==, 0);
  g_assert_cmpint (unit->kind, ==, KR_UNIT_KIND_INSTANSI);

  g_assert_null (kr_unit_repository_get (fixture->units, 999, &error));
  assert_error (error, KR_ERROR_NOT_FOUND, "999", NULL);

  g_assert_cmpstr (kr_unit_kind_get_label (KR_UNIT_KIND_SUB_BIDANG), ==, "Sub-bidang/Seksi");
}

static void
test_add_invalid (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 n_units = count_rows (fixture->db, "SELECT count(*) FROM unit");

  g_assert_cmpint (kr_unit_repository_add (fixture->units, fixture->bkpsdm, "  ", "Bidang X",
                                           KR_UNIT_KIND_BIDANG, &error),
                   ==, 0);
  assert_error (error, KR_ERROR_INVALID, "code", NULL);
  g_clear_error (&error);

  g_assert_cmpint (kr_unit_repository_add (fixture->units, fixture->bkpsdm, "X", NULL,
                                           KR_UNIT_KIND_BIDANG, &error),
                   ==, 0);
  assert_error (error, KR_ERROR_INVALID, "name", NULL);
  g_clear_error (&error);

  g_assert_cmpint (
      kr_unit_repository_add (fixture->units, 4242, "X", "Bidang X", KR_UNIT_KIND_BIDANG, &error),
      ==, 0);
  assert_error (error, KR_ERROR_NOT_FOUND, "4242", NULL);
  g_clear_error (&error);

  /* A bidang under a bidang, a perangkat daerah under a bidang, an instansi under anything. */
  g_assert_cmpint (kr_unit_repository_add (fixture->units, fixture->mutasi, "X", "Bidang X",
                                           KR_UNIT_KIND_BIDANG, &error),
                   ==, 0);
  assert_error (error, KR_ERROR_INVALID, "Bidang/Bagian", "Bidang Mutasi dan Promosi", NULL);
  g_clear_error (&error);
  g_assert_cmpint (kr_unit_repository_add (fixture->units, fixture->pemda, "X", "Pemda X",
                                           KR_UNIT_KIND_INSTANSI, &error),
                   ==, 0);
  assert_error (error, KR_ERROR_INVALID, "Instansi", NULL);
  g_clear_error (&error);

  g_assert_cmpint (kr_unit_repository_add (fixture->units, fixture->bkpsdm, "BKPSDM-MUT",
                                           "Bidang Lain", KR_UNIT_KIND_BIDANG, &error),
                   ==, 0);
  assert_error (error, KR_ERROR_CONFLICT, "BKPSDM-MUT", "Bidang Mutasi dan Promosi", NULL);
  g_clear_error (&error);

  g_assert_cmpint (count_rows (fixture->db, "SELECT count(*) FROM unit"), ==, n_units);
  g_assert_cmpint (fixture->n_changed, ==, 0);
}

static void
test_rename (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrUnit) unit = NULL;

  g_assert_true (
      kr_unit_repository_rename (fixture->units, fixture->mutasi, " Bidang Mutasi ", &error));
  g_assert_no_error (error);
  g_assert_cmpint (fixture->n_changed, ==, 1);
  unit = kr_unit_repository_get (fixture->units, fixture->mutasi, &error);
  g_assert_cmpstr (unit->name, ==, "Bidang Mutasi");
  g_assert_cmpstr (unit->code, ==, "BKPSDM-MUT");

  g_assert_false (kr_unit_repository_rename (fixture->units, fixture->mutasi, "", &error));
  assert_error (error, KR_ERROR_INVALID, "name", NULL);
  g_clear_error (&error);
  g_assert_false (kr_unit_repository_rename (fixture->units, 777, "Bidang Baru", &error));
  assert_error (error, KR_ERROR_NOT_FOUND, "777", NULL);
  g_assert_cmpint (fixture->n_changed, ==, 1);
}

static void
test_move (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *codes = NULL;
  gint64 dinkes, seksi;

  dinkes =
      add_ok (fixture, fixture->pemda, "DINKES", "Dinas Kesehatan", KR_UNIT_KIND_PERANGKAT_DAERAH);
  seksi = add_ok (fixture, fixture->mutasi, "BKPSDM-MUT-1", "Sub-bidang Mutasi",
                  KR_UNIT_KIND_SUB_BIDANG);
  fixture->n_changed = 0;

  g_assert_true (kr_unit_repository_move (fixture->units, fixture->mutasi, dinkes, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fixture->n_changed, ==, 1);
  codes = list_codes (fixture, dinkes);
  g_assert_cmpstr (codes, ==, "BKPSDM-MUT");
  g_clear_pointer (&codes, g_free);
  codes = list_codes (fixture, fixture->bkpsdm);
  g_assert_cmpstr (codes, ==, "");
  g_clear_pointer (&codes, g_free);
  /* The sub-unit came along. */
  codes = list_codes (fixture, fixture->mutasi);
  g_assert_cmpstr (codes, ==, "BKPSDM-MUT-1");
  g_clear_pointer (&codes, g_free);

  /* Cycles */
  g_assert_false (kr_unit_repository_move (fixture->units, fixture->pemda, fixture->pemda, &error));
  assert_error (error, KR_ERROR_INVALID, "Pemerintah Kabupaten Contoh", "itself", NULL);
  g_clear_error (&error);
  g_assert_false (kr_unit_repository_move (fixture->units, dinkes, seksi, &error));
  assert_error (error, KR_ERROR_INVALID, "Dinas Kesehatan", "Sub-bidang Mutasi", "inside", NULL);
  g_clear_error (&error);

  /* Kinds and missing units */
  g_assert_false (kr_unit_repository_move (fixture->units, dinkes, fixture->bkpsdm, &error));
  assert_error (error, KR_ERROR_INVALID, "Perangkat Daerah", NULL);
  g_clear_error (&error);
  g_assert_false (kr_unit_repository_move (fixture->units, 555, fixture->pemda, &error));
  assert_error (error, KR_ERROR_NOT_FOUND, "555", NULL);
  g_clear_error (&error);
  g_assert_false (kr_unit_repository_move (fixture->units, dinkes, 556, &error));
  assert_error (error, KR_ERROR_NOT_FOUND, "556", NULL);
  g_clear_error (&error);

  /* Nothing of the refused moves happened. */
  codes = list_codes (fixture, fixture->pemda);
  g_assert_cmpstr (codes, ==, "BKPSDM DINKES");
  g_clear_pointer (&codes, g_free);

  /* To the top */
  g_assert_true (kr_unit_repository_move (fixture->units, dinkes, 0, &error));
  g_assert_no_error (error);
  codes = list_codes (fixture, 0);
  g_assert_cmpstr (codes, ==, "DINKES PEMDA");
}

static void
test_list_children (Fixture *fixture, gconstpointer data)
{
  g_autofree char *roots = NULL;
  g_autofree char *children = NULL;
  g_autofree char *none = NULL;

  add_ok (fixture, fixture->pemda, "SETDA", "Sekretariat Daerah", KR_UNIT_KIND_PERANGKAT_DAERAH);
  add_ok (fixture, fixture->pemda, "BAPPEDA", "Badan Perencanaan Pembangunan Daerah",
          KR_UNIT_KIND_PERANGKAT_DAERAH);
  add_ok (fixture, 0, "PEMPROV", "Pemerintah Provinsi Contoh", KR_UNIT_KIND_INSTANSI);

  roots = list_codes (fixture, 0);
  g_assert_cmpstr (roots, ==, "PEMDA PEMPROV");
  /* By name: Badan Kepegawaian..., Badan Perencanaan..., Sekretariat... */
  children = list_codes (fixture, fixture->pemda);
  g_assert_cmpstr (children, ==, "BKPSDM BAPPEDA SETDA");
  none = list_codes (fixture, 12345);
  g_assert_cmpstr (none, ==, "");
}

static void
test_subtree_ids (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) ids = NULL;
  gint64 seksi, dinkes;

  seksi = add_ok (fixture, fixture->mutasi, "BKPSDM-MUT-1", "Sub-bidang Mutasi",
                  KR_UNIT_KIND_SUB_BIDANG);
  dinkes =
      add_ok (fixture, fixture->pemda, "DINKES", "Dinas Kesehatan", KR_UNIT_KIND_PERANGKAT_DAERAH);

  ids = kr_unit_repository_list_subtree_ids (fixture->units, fixture->bkpsdm, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 3);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, fixture->bkpsdm);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, fixture->mutasi);
  g_assert_cmpint (g_array_index (ids, gint64, 2), ==, seksi);
  g_clear_pointer (&ids, g_array_unref);

  ids = kr_unit_repository_list_subtree_ids (fixture->units, fixture->pemda, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 5);
  g_clear_pointer (&ids, g_array_unref);

  ids = kr_unit_repository_list_subtree_ids (fixture->units, dinkes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_clear_pointer (&ids, g_array_unref);

  g_assert_null (kr_unit_repository_list_subtree_ids (fixture->units, 999, &error));
  assert_error (error, KR_ERROR_NOT_FOUND, "999", NULL);
}

static void
test_delete (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployeeRepository) employees = kr_employee_repository_new (fixture->db);
  g_autoptr (KrEmployee) employee = kr_employee_new ();
  g_autoptr (KrPositionEntry) entry = kr_position_entry_new ();
  g_autoptr (GDate) birth = g_date_new_dmy (15, G_DATE_MARCH, 1990);
  gint64 position, upt;

  /* Sub-units */
  g_assert_false (kr_unit_repository_delete (fixture->units, fixture->bkpsdm, &error));
  assert_error (error, KR_ERROR_CONFLICT, "Badan Kepegawaian dan Pengembangan SDM", "1 sub-unit",
                NULL);
  g_clear_error (&error);

  /* Positions */
  position = add_position (fixture, fixture->mutasi, "Analis SDM Aparatur Ahli Muda",
                           KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN, KR_POSITION_LEVEL_AHLI_MUDA, FALSE,
                           &error);
  g_assert_no_error (error);
  g_assert_false (kr_unit_repository_delete (fixture->units, fixture->mutasi, &error));
  assert_error (error, KR_ERROR_CONFLICT, "Bidang Mutasi dan Promosi", "1 position", NULL);
  g_clear_error (&error);

  /* Employees */
  kr_employee_set_nip (employee, "19900315 201403 2 002");
  kr_employee_set_name (employee, "Siti Aminah");
  kr_employee_set_birth_date (employee, birth);
  kr_employee_set_gender (employee, KR_GENDER_FEMALE);
  kr_employee_repository_insert (employees, employee, NULL, &error);
  g_assert_no_error (error);
  entry->employee_id = kr_employee_get_id (employee);
  entry->position_id = position;
  g_date_set_dmy (&entry->tmt, 1, G_DATE_JANUARY, 2020);
  kr_employee_repository_add_position (employees, entry, &error);
  g_assert_no_error (error);
  fixture->n_changed = 0;

  g_assert_false (kr_unit_repository_delete (fixture->units, fixture->mutasi, &error));
  assert_error (error, KR_ERROR_CONFLICT, "Bidang Mutasi dan Promosi", "1 employee", NULL);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (fixture->db, "SELECT count(*) FROM unit"), ==, 3);

  /* Empty units go. */
  upt = add_ok (fixture, fixture->bkpsdm, "UPT", "UPT Asesmen", KR_UNIT_KIND_UPT);
  g_assert_true (kr_unit_repository_delete (fixture->units, upt, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fixture->n_changed, ==, 2);
  g_assert_null (kr_unit_repository_get (fixture->units, upt, &error));
  assert_error (error, KR_ERROR_NOT_FOUND, NULL);
  g_clear_error (&error);
  g_assert_false (kr_unit_repository_delete (fixture->units, upt, &error));
  assert_error (error, KR_ERROR_NOT_FOUND, NULL);
  g_clear_error (&error);

  /* Once the employee and the position are gone, the unit may go. */
  g_assert_true (kr_employee_repository_delete (employees, kr_employee_get_id (employee), &error));
  g_assert_true (kr_unit_repository_delete_position (fixture->units, position, &error));
  g_assert_true (kr_unit_repository_delete (fixture->units, fixture->mutasi, &error));
  g_assert_no_error (error);
}

static void
test_positions (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrPositionRecord) position = NULL;
  g_autoptr (KrPositionRecord) copy = NULL;
  g_autoptr (GPtrArray) positions = NULL;
  g_autoptr (KrUnit) unit = NULL;
  gint64 head, analyst, clerk;

  clerk = add_position (fixture, fixture->bkpsdm, "Pengadministrasi Umum",
                        KR_POSITION_KIND_PELAKSANA, KR_POSITION_LEVEL_NONE, FALSE, &error);
  g_assert_no_error (error);
  head = add_position (fixture, fixture->bkpsdm, "Kepala Badan", KR_POSITION_KIND_JPT_PRATAMA,
                       KR_POSITION_LEVEL_NONE, TRUE, &error);
  g_assert_no_error (error);
  analyst = add_position (fixture, fixture->bkpsdm, "Analis SDM Aparatur Ahli Pertama",
                          KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN, KR_POSITION_LEVEL_AHLI_PERTAMA,
                          FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fixture->n_changed, ==, 3);

  position = kr_unit_repository_get_position (fixture->units, analyst, &error);
  g_assert_no_error (error);
  g_assert_cmpint (position->unit_id, ==, fixture->bkpsdm);
  g_assert_cmpstr (position->name, ==, "Analis SDM Aparatur Ahli Pertama");
  g_assert_cmpint (position->kind, ==, KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN);
  g_assert_cmpint (position->level, ==, KR_POSITION_LEVEL_AHLI_PERTAMA);
  g_assert_cmpuint (position->kelas_jabatan, ==, 0);
  g_assert_false (position->is_head);

  /* The head first, then by name. */
  positions = kr_unit_repository_list_positions (fixture->units, fixture->bkpsdm, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (positions->len, ==, 3);
  g_assert_cmpint (((KrPositionRecord *) positions->pdata[0])->id, ==, head);
  g_assert_cmpuint (((KrPositionRecord *) positions->pdata[0])->kelas_jabatan, ==, 14);
  g_assert_true (((KrPositionRecord *) positions->pdata[0])->is_head);
  g_assert_cmpint (((KrPositionRecord *) positions->pdata[1])->id, ==, analyst);
  g_assert_cmpint (((KrPositionRecord *) positions->pdata[2])->id, ==, clerk);

  unit = kr_unit_repository_get (fixture->units, fixture->bkpsdm, &error);
  g_assert_cmpint (unit->head_position_id, ==, head);

  /* Update: promote the jenjang, set the kelas jabatan. */
  g_free (position->name);
  position->name = g_strdup ("Analis SDM Aparatur Ahli Muda");
  position->level = KR_POSITION_LEVEL_AHLI_MUDA;
  position->kelas_jabatan = 9;
  g_assert_true (kr_unit_repository_update_position (fixture->units, position, &error));
  g_assert_no_error (error);
  copy = kr_unit_repository_get_position (fixture->units, analyst, &error);
  g_assert_cmpstr (copy->name, ==, "Analis SDM Aparatur Ahli Muda");
  g_assert_cmpint (copy->level, ==, KR_POSITION_LEVEL_AHLI_MUDA);
  g_assert_cmpuint (copy->kelas_jabatan, ==, 9);
  g_clear_pointer (&copy, kr_position_record_free);
  copy = kr_position_record_copy (position);
  g_assert_cmpstr (copy->name, ==, position->name);
  g_assert_true (copy->name != position->name);

  g_assert_true (kr_unit_repository_delete_position (fixture->units, clerk, &error));
  g_assert_no_error (error);
  g_assert_null (kr_unit_repository_get_position (fixture->units, clerk, &error));
  assert_error (error, KR_ERROR_NOT_FOUND, NULL);
}

static void
test_positions_invalid (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrPositionRecord) position = kr_position_record_new ();
  gint64 n_positions;

  add_position (fixture, fixture->bkpsdm, "Kepala Badan", KR_POSITION_KIND_JPT_PRATAMA,
                KR_POSITION_LEVEL_NONE, TRUE, &error);
  g_assert_no_error (error);
  n_positions = count_rows (fixture->db, "SELECT count(*) FROM position");
  fixture->n_changed = 0;

  add_position (fixture, fixture->bkpsdm, " ", KR_POSITION_KIND_PELAKSANA, KR_POSITION_LEVEL_NONE,
                FALSE, &error);
  assert_error (error, KR_ERROR_INVALID, "name", NULL);
  g_clear_error (&error);
  add_position (fixture, fixture->bkpsdm, "Pranata Komputer", KR_POSITION_KIND_PELAKSANA,
                KR_POSITION_LEVEL_MAHIR, FALSE, &error);
  assert_error (error, KR_ERROR_INVALID, "Mahir", NULL);
  g_clear_error (&error);
  add_position (fixture, fixture->bkpsdm, "Analis", KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN,
                KR_POSITION_LEVEL_NONE, FALSE, &error);
  assert_error (error, KR_ERROR_INVALID, "Fungsional Keahlian", NULL);
  g_clear_error (&error);
  add_position (fixture, 999, "Analis", KR_POSITION_KIND_PELAKSANA, KR_POSITION_LEVEL_NONE, FALSE,
                &error);
  assert_error (error, KR_ERROR_NOT_FOUND, "999", NULL);
  g_clear_error (&error);

  position->unit_id = fixture->bkpsdm;
  position->name = g_strdup ("Pengolah Data");
  position->kelas_jabatan = 18;
  kr_unit_repository_add_position (fixture->units, position, &error);
  assert_error (error, KR_ERROR_INVALID, "kelas jabatan", "18", NULL);
  g_clear_error (&error);

  /* Conflicts: the name within the unit, and a second head. */
  add_position (fixture, fixture->bkpsdm, "Kepala Badan", KR_POSITION_KIND_PELAKSANA,
                KR_POSITION_LEVEL_NONE, FALSE, &error);
  assert_error (error, KR_ERROR_CONFLICT, "Kepala Badan", "Badan Kepegawaian", NULL);
  g_clear_error (&error);
  add_position (fixture, fixture->bkpsdm, "Sekretaris", KR_POSITION_KIND_ADMINISTRATOR,
                KR_POSITION_LEVEL_NONE, TRUE, &error);
  assert_error (error, KR_ERROR_CONFLICT, "head", "Kepala Badan", NULL);
  g_clear_error (&error);
  /* The same name in another unit is fine. */
  add_position (fixture, fixture->mutasi, "Kepala Badan", KR_POSITION_KIND_PELAKSANA,
                KR_POSITION_LEVEL_NONE, FALSE, &error);
  g_assert_no_error (error);
  n_positions++;

  position->kelas_jabatan = 7;
  position->id = 4321;
  g_assert_false (kr_unit_repository_update_position (fixture->units, position, &error));
  assert_error (error, KR_ERROR_NOT_FOUND, "4321", NULL);
  g_clear_error (&error);
  g_assert_false (kr_unit_repository_delete_position (fixture->units, 4321, &error));
  assert_error (error, KR_ERROR_NOT_FOUND, "4321", NULL);

  g_assert_cmpint (count_rows (fixture->db, "SELECT count(*) FROM position"), ==, n_positions);
  g_assert_cmpint (fixture->n_changed, ==, 1);
}

static void
test_delete_position_in_history (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployeeRepository) employees = kr_employee_repository_new (fixture->db);
  g_autoptr (KrEmployee) employee = kr_employee_new ();
  g_autoptr (KrPositionEntry) entry = kr_position_entry_new ();
  g_autoptr (GDate) birth = g_date_new_dmy (1, G_DATE_JANUARY, 1985);
  gint64 position;

  position = add_position (fixture, fixture->mutasi, "Pengolah Data", KR_POSITION_KIND_PELAKSANA,
                           KR_POSITION_LEVEL_NONE, FALSE, &error);
  kr_employee_set_nip (employee, "198501012010011003");
  kr_employee_set_name (employee, "Budi Santoso");
  kr_employee_set_birth_date (employee, birth);
  kr_employee_set_gender (employee, KR_GENDER_MALE);
  kr_employee_repository_insert (employees, employee, NULL, &error);
  entry->employee_id = kr_employee_get_id (employee);
  entry->position_id = position;
  g_date_set_dmy (&entry->tmt, 1, G_DATE_JANUARY, 2010);
  kr_employee_repository_add_position (employees, entry, &error);
  g_assert_no_error (error);

  g_assert_false (kr_unit_repository_delete_position (fixture->units, position, &error));
  assert_error (error, KR_ERROR_CONFLICT, "Pengolah Data", "1 employee", NULL);
  g_assert_cmpint (count_rows (fixture->db, "SELECT count(*) FROM position"), ==, 1);
}

/* Every unit kind and every valid position kind and level survive the trip through the
 * schema's codes and checks. */
static void
test_codes_round_trip (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  guint n = 0;

  for (guint kind = 0; kind < KR_N_UNIT_KINDS; kind++)
    {
      g_autofree char *code = g_strdup_printf ("KIND-%u", kind);
      g_autoptr (KrUnit) unit = NULL;
      gint64 id = add_ok (fixture, 0, code, code, kind);

      unit = kr_unit_repository_get (fixture->units, id, &error);
      g_assert_cmpint (unit->kind, ==, kind);
      g_assert_nonnull (kr_unit_kind_get_label (kind));
    }

  for (guint kind = 0; kind < KR_N_POSITION_KINDS; kind++)
    {
      for (guint level = 0; level < KR_N_POSITION_LEVELS; level++)
        {
          g_autofree char *name = g_strdup_printf ("Jabatan %u %u", kind, level);
          g_autoptr (KrPositionRecord) read = NULL;
          gint64 id;

          if (!kr_position_check_level (kind, level, NULL))
            continue;
          id = add_position (fixture, fixture->mutasi, name, kind, level, FALSE, &error);
          g_assert_no_error (error);
          read = kr_unit_repository_get_position (fixture->units, id, &error);
          g_assert_cmpint (read->kind, ==, kind);
          g_assert_cmpint (read->level, ==, level);
          n++;
        }
    }
  /* Six kinds without a jenjang, four keahlian and four keterampilan levels. */
  g_assert_cmpuint (n, ==, 14);
}

static void
test_caller_transaction (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 n_units = count_rows (fixture->db, "SELECT count(*) FROM unit");
  gint64 id;

  /* The repository joins a transaction the caller opened; the caller's rollback undoes it. */
  g_assert_true (kr_database_begin (fixture->db, &error));
  id = add_ok (fixture, fixture->pemda, "DINKES", "Dinas Kesehatan", KR_UNIT_KIND_PERANGKAT_DAERAH);
  /* A refused change inside the transaction leaves the rest of it alone. */
  g_assert_cmpint (kr_unit_repository_add (fixture->units, id, "DINKES", "Dinas Kesehatan",
                                           KR_UNIT_KIND_BIDANG, &error),
                   ==, 0);
  assert_error (error, KR_ERROR_CONFLICT, NULL);
  g_clear_error (&error);
  g_assert_true (kr_unit_repository_rename (fixture->units, id, "Dinas Kesehatan Daerah", &error));
  g_assert_cmpint (count_rows (fixture->db, "SELECT count(*) FROM unit"), ==, n_units + 1);
  g_assert_true (kr_database_rollback (fixture->db, &error));
  g_assert_no_error (error);

  g_assert_cmpint (count_rows (fixture->db, "SELECT count(*) FROM unit"), ==, n_units);
  g_assert_null (kr_unit_repository_get (fixture->units, id, &error));
  assert_error (error, KR_ERROR_NOT_FOUND, NULL);
}

static void
test_read_only (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = kr_test_make_tmp_dir ("kr-unit-repository-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "karier.db", NULL);
  KrUnitRepository *units;
  KrDatabase *db;

  db = kr_database_open (path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (db);

  db = kr_database_open (path, KR_DATABASE_FLAGS_READ_ONLY, &error);
  g_assert_no_error (error);
  units = kr_unit_repository_new (db);
  g_assert_cmpint (
      kr_unit_repository_add (units, 0, "PEMDA", "Pemerintah", KR_UNIT_KIND_INSTANSI, &error), ==,
      0);
  assert_error (error, KR_ERROR_READ_ONLY, NULL);
  g_assert_finalize_object (units);
  g_assert_finalize_object (db);
  kr_test_remove_tree (dir);
}

static void
test_get_by_code (Fixture *fixture, gconstpointer data)
{
  gint64 dinkes =
      add_ok (fixture, fixture->pemda, "DINKES", "Dinas Kesehatan", KR_UNIT_KIND_PERANGKAT_DAERAH);
  gint64 sekretariat = add_ok (fixture, dinkes, "DINKES-SEK", "Sekretariat", KR_UNIT_KIND_BIDANG);
  g_autoptr (KrUnit) unit = NULL;
  g_autoptr (KrUnit) missing = NULL;
  g_autoptr (GError) error = NULL;

  unit = kr_unit_repository_get_by_code (fixture->units, "DINKES-SEK", &error);
  g_assert_no_error (error);
  g_assert_nonnull (unit);
  g_assert_cmpint (unit->id, ==, sekretariat);
  g_assert_cmpint (unit->parent_id, ==, dinkes);
  g_assert_cmpstr (unit->name, ==, "Sekretariat");

  /* Codes match exactly: no case folding, no name fallback. */
  missing = kr_unit_repository_get_by_code (fixture->units, "Sekretariat", &error);
  g_assert_null (missing);
  g_assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "Sekretariat"));
}

static void
add_test (const char *name, void (*func) (Fixture *, gconstpointer))
{
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  add_test ("/unit-repository/add", test_add_get);
  add_test ("/unit-repository/add/invalid", test_add_invalid);
  add_test ("/unit-repository/get-by-code", test_get_by_code);
  add_test ("/unit-repository/rename", test_rename);
  add_test ("/unit-repository/move", test_move);
  add_test ("/unit-repository/list-children", test_list_children);
  add_test ("/unit-repository/subtree-ids", test_subtree_ids);
  add_test ("/unit-repository/delete", test_delete);
  add_test ("/unit-repository/positions", test_positions);
  add_test ("/unit-repository/positions/invalid", test_positions_invalid);
  add_test ("/unit-repository/positions/delete-in-history", test_delete_position_in_history);
  add_test ("/unit-repository/codes", test_codes_round_trip);
  add_test ("/unit-repository/caller-transaction", test_caller_transaction);
  g_test_add_func ("/unit-repository/read-only", test_read_only);

  return g_test_run ();
}
