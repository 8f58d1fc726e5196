/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-employee-export"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "kr-csv.h"
#include "kr-database.h"
#include "kr-date.h"
#include "kr-demo.h"
#include "kr-employee-export.h"
#include "kr-employee-list.h"
#include "kr-employee-repository.h"
#include "kr-error.h"
#include "kr-siasn-import.h"
#include "kr-test-utils.h"
#include "kr-unit-repository.h"

#define N_DEMO 200

/* A database with its repositories. */
typedef struct
{
  KrDatabase *db;
  KrUnitRepository *units;
  KrEmployeeRepository *employees;
} Store;

typedef struct
{
  char *dir;
  Store source;
} Fixture;

static void
store_open (Store *store, const char *dir, const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);

  store->db = kr_database_open (path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  store->units = kr_unit_repository_new (store->db);
  store->employees = kr_employee_repository_new (store->db);
}

static void
store_close (Store *store)
{
  g_assert_finalize_object (store->employees);
  g_assert_finalize_object (store->units);
  g_assert_finalize_object (store->db);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->dir = kr_test_make_tmp_dir ("kr-employee-export-XXXXXX");
  store_open (&fixture->source, fixture->dir, "source.db");
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  store_close (&fixture->source);
  kr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static char *
fixture_path (Fixture *fixture, const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

/* Test data */

static void
generate_demo (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  GDate today;
  KrDemoOptions options = {
    .n_employees = N_DEMO, .seed = 7, .today = &today, .appraisals = KR_DEMO_APPRAISALS_NONE
  };

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, G_DATE_DECEMBER, 2025);
  g_assert_true (kr_demo_generate (fixture->source.db, &options, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static GDate
date_of (guint year, guint month, guint day)
{
  GDate date;

  g_date_clear (&date, 1);
  if (year != 0)
    g_date_set_dmy (&date, day, month, year);
  return date;
}

static gint64
add_unit (Store *store, gint64 parent, const char *code, const char *name, KrUnitKind kind)
{
  g_autoptr (GError) error = NULL;
  gint64 id = kr_unit_repository_add (store->units, parent, code, name, kind, &error);

  g_assert_no_error (error);
  return id;
}

static gint64
add_position (Store *store,
              gint64 unit,
              const char *name,
              KrPositionKind kind,
              KrPositionLevel level,
              gboolean is_head)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrPositionRecord) position = kr_position_record_new ();

  position->unit_id = unit;
  position->name = g_strdup (name);
  position->kind = kind;
  position->level = level;
  position->is_head = is_head;
  kr_unit_repository_add_position (store->units, position, &error);
  g_assert_no_error (error);
  return position->id;
}

typedef struct
{
  KrEducation level;
  guint year;
  const char *major;
  const char *institution;
} EducationSpec;

/* An employee with the awkward values an export must carry. */
typedef struct
{
  const char *nip;
  const char *name;
  const char *title_front;
  const char *title_back;
  const char *birth_place;
  GDate birth;
  KrGender gender;
  KrReligion religion;
  KrMaritalStatus marital_status;
  const char *nik;
  const char *phone;
  const char *email;
  const char *address;
  KrEmployeeKind kind;
  KrEmployeeStatus status;
  GDate tmt_cpns;
  GDate tmt_pns;
  guint golongan;
  GDate rank_tmt;
  gint64 position_id;
  GDate position_tmt;
  EducationSpec educations[2];
} EmployeeSpec;

static void
add_history (Store *store, gint64 id, const EmployeeSpec *spec)
{
  g_autoptr (GError) error = NULL;

  if (spec->golongan != 0)
    {
      g_autoptr (KrRankEntry) rank = kr_rank_entry_new ();

      rank->employee_id = id;
      rank->golongan = spec->golongan;
      /* A PPPK golongan comes with the contract. */
      rank->promotion_kind = spec->kind == KR_EMPLOYEE_KIND_PPPK ? KR_PROMOTION_KIND_PENGANGKATAN
                                                                 : KR_PROMOTION_KIND_REGULER;
      rank->tmt = spec->rank_tmt;
      kr_employee_repository_add_rank (store->employees, rank, &error);
      g_assert_no_error (error);
    }
  if (spec->position_id != 0)
    {
      g_autoptr (KrPositionEntry) position = kr_position_entry_new ();

      position->employee_id = id;
      position->position_id = spec->position_id;
      position->tmt = spec->position_tmt;
      kr_employee_repository_add_position (store->employees, position, &error);
      g_assert_no_error (error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (spec->educations) && spec->educations[i].year != 0; i++)
    {
      g_autoptr (KrEducationEntry) education = kr_education_entry_new ();

      education->employee_id = id;
      education->level = spec->educations[i].level;
      education->graduation_year = spec->educations[i].year;
      education->major = g_strdup (spec->educations[i].major);
      education->institution = g_strdup (spec->educations[i].institution);
      kr_employee_repository_add_education (store->employees, education, &error);
      g_assert_no_error (error);
    }
}

static void
add_employee (Store *store, const EmployeeSpec *spec)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployee) employee = kr_employee_new ();
  gint64 id;

  kr_employee_set_nip (employee, spec->nip);
  kr_employee_set_name (employee, spec->name);
  kr_employee_set_title_front (employee, spec->title_front);
  kr_employee_set_title_back (employee, spec->title_back);
  kr_employee_set_birth_place (employee, spec->birth_place);
  kr_employee_set_birth_date (employee, &spec->birth);
  kr_employee_set_gender (employee, spec->gender);
  kr_employee_set_religion (employee, spec->religion);
  kr_employee_set_marital_status (employee, spec->marital_status);
  kr_employee_set_nik (employee, spec->nik);
  kr_employee_set_phone (employee, spec->phone);
  kr_employee_set_email (employee, spec->email);
  kr_employee_set_address (employee, spec->address);
  kr_employee_set_kind (employee, spec->kind);
  kr_employee_set_status (employee, spec->status);
  if (g_date_valid (&spec->tmt_cpns))
    kr_employee_set_tmt_cpns (employee, &spec->tmt_cpns);
  if (g_date_valid (&spec->tmt_pns))
    kr_employee_set_tmt_pns (employee, &spec->tmt_pns);
  id = kr_employee_repository_insert (store->employees, employee, NULL, &error);
  g_assert_no_error (error);
  add_history (store, id, spec);
}

#define NIP_SITI  "198504122010032001"
#define NIP_NOMAN "199002272021211001"
#define NIP_WULAN "199811302024032001"
#define NIP_BUDI  "197001151995031001"

/* A small organisation without two units of one name, and four employees whose values need
 * quoting, are not ASCII, or are missing. */
static void
add_awkward (Store *store)
{
  gint64 instansi = add_unit (store, 0, "KC", "Pemerintah Kabupaten Contoh", KR_UNIT_KIND_INSTANSI);
  gint64 health = add_unit (store, instansi, "KC.01", "Dinas Kesehatan, Pengendalian Penduduk",
                            KR_UNIT_KIND_PERANGKAT_DAERAH);
  gint64 staff = add_unit (store, instansi, "KC.02", "Badan Kepegawaian Daerah",
                           KR_UNIT_KIND_PERANGKAT_DAERAH);
  gint64 analyst =
      add_position (store, health, "Analis Kepegawaian Ahli Muda",
                    KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN, KR_POSITION_LEVEL_AHLI_MUDA, FALSE);
  gint64 computer =
      add_position (store, staff, "Pranata Komputer Terampil",
                    KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN, KR_POSITION_LEVEL_TERAMPIL, FALSE);
  gint64 secretary = add_position (store, instansi, "Sekretaris Daerah", KR_POSITION_KIND_JPT_MADYA,
                                   KR_POSITION_LEVEL_NONE, TRUE);
  const EmployeeSpec specs[] = {
    { NIP_SITI,
      "Siti \"Ayu\" Aminah, Putri",
      "Dr.",
      "S.E., M.Si.",
      "Denpasar",
      date_of (1985, 4, 12),
      KR_GENDER_FEMALE,
      KR_RELIGION_HINDU,
      KR_MARITAL_STATUS_KAWIN,
      "5171045204850001",
      "081234567890",
      "siti.aminah@example.go.id",
      "Jl. \"Melati\" No. 5, RT 001/RW 002\nKelurahan Sukamaju; Kecamatan Kota",
      KR_EMPLOYEE_KIND_PNS,
      KR_EMPLOYEE_STATUS_AKTIF,
      date_of (2010, 3, 1),
      date_of (2011, 6, 1),
      33,
      date_of (2018, 4, 1),
      analyst,
      date_of (2019, 1, 1),
      { { KR_EDUCATION_SLTA, 2003, "IPA", "SMA Negeri 1 Contoh" },
        { KR_EDUCATION_S1, 2008, "Manajemen Sumber Daya Manusia",
          "Universitas \"Contoh\", Kampus 2" } } },
    { NIP_NOMAN,
      "I Gusti Ngurah Ñoman Agung",
      NULL,
      "A.Md.",
      "Gianyar",
      date_of (1990, 2, 27),
      KR_GENDER_MALE,
      KR_RELIGION_KATOLIK,
      KR_MARITAL_STATUS_BELUM_KAWIN,
      "5104012702900003",
      "+6281300001111",
      NULL,
      NULL,
      KR_EMPLOYEE_KIND_PPPK,
      KR_EMPLOYEE_STATUS_CLTN,
      date_of (2021, 8, 1),
      date_of (0, 0, 0),
      109,
      date_of (2021, 8, 1),
      computer,
      date_of (2021, 8, 1),
      { { KR_EDUCATION_D3, 2011, "Teknik Informatika", "Politeknik Negeri Contoh" } } },
    { NIP_WULAN,
      "Ketut Wulan–Sari",
      NULL,
      NULL,
      NULL,
      date_of (1998, 11, 30),
      KR_GENDER_FEMALE,
      KR_RELIGION_KEPERCAYAAN,
      KR_MARITAL_STATUS_CERAI_MATI,
      NULL,
      NULL,
      NULL,
      "  ",
      KR_EMPLOYEE_KIND_CPNS,
      KR_EMPLOYEE_STATUS_AKTIF,
      date_of (2024, 3, 1),
      date_of (0, 0, 0),
      0,
      date_of (0, 0, 0),
      0,
      date_of (0, 0, 0) },
    { NIP_BUDI,
      "Budi Santoso",
      "Drs.",
      "M.A.P.",
      "Kota Contoh",
      date_of (1970, 1, 15),
      KR_GENDER_MALE,
      KR_RELIGION_ISLAM,
      KR_MARITAL_STATUS_CERAI_HIDUP,
      "5171011501700002",
      "0361-222333",
      "budi@example.go.id",
      "Jl. Kenanga 1",
      KR_EMPLOYEE_KIND_PNS,
      KR_EMPLOYEE_STATUS_MASA_PERSIAPAN_PENSIUN,
      date_of (1995, 3, 1),
      date_of (1996, 3, 1),
      44,
      date_of (2020, 4, 1),
      secretary,
      date_of (2021, 1, 4),
      { { KR_EDUCATION_S2, 2005, "Magister Administrasi Publik", "Universitas Contoh" } } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    add_employee (store, &specs[i]);
}

/* Copies the units and positions of @from into the empty @to, with the same codes and names. */
static void
copy_organisation (Store *from, Store *to, gint64 from_parent, gint64 to_parent)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) children =
      kr_unit_repository_list_children (from->units, from_parent, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < children->len; i++)
    {
      const KrUnit *unit = g_ptr_array_index (children, i);
      gint64 id = add_unit (to, to_parent, unit->code, unit->name, unit->kind);
      g_autoptr (GPtrArray) positions = NULL;

      positions = kr_unit_repository_list_positions (from->units, unit->id, &error);
      g_assert_no_error (error);
      for (guint j = 0; j < positions->len; j++)
        {
          g_autoptr (KrPositionRecord) copy =
              kr_position_record_copy (g_ptr_array_index (positions, j));

          copy->id = 0;
          copy->unit_id = id;
          kr_unit_repository_add_position (to->units, copy, &error);
          g_assert_no_error (error);
        }
      copy_organisation (from, to, unit->id, id);
    }
}

/* Exporting and importing */

static char *
export_csv_file (Fixture *fixture,
                 const KrEmployeeQuery *query,
                 const char *name,
                 KrEmployeeExportFlags flags)
{
  g_autoptr (GError) error = NULL;
  char *path = fixture_path (fixture, name);

  g_assert_true (kr_employee_export_csv_file (fixture->source.employees, fixture->source.units,
                                              query, path, flags, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return path;
}

/* Exports to memory; returns the bytes with a NUL after them. */
static GBytes *
export_csv_bytes (Fixture *fixture, const KrEmployeeQuery *query, KrEmployeeExportFlags flags)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GOutputStream) stream = g_memory_output_stream_new_resizable ();

  g_assert_true (kr_employee_export_csv (fixture->source.employees, fixture->source.units, query,
                                         stream, flags, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_output_stream_write_all (stream, "", 1, NULL, NULL, &error);
  g_output_stream_close (stream, NULL, &error);
  g_assert_no_error (error);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
}

/* Imports @path into @store, which must accept every row. */
static void
import_csv (Store *store, const char *path, guint n_rows)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrSiasnImporter) importer = kr_siasn_importer_new (store->db);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  const KrSiasnReport *report;

  g_assert_true (kr_siasn_importer_analyse (importer, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  report = kr_siasn_importer_get_report (importer);
  for (guint i = 0; i < report->issues->len; i++)
    {
      const KrSiasnIssue *issue = g_ptr_array_index (report->issues, i);
      g_autofree char *text = kr_siasn_issue_to_string (issue);

      g_test_message ("%s", text);
    }
  g_assert_cmpuint (report->n_rows, ==, n_rows);
  g_assert_cmpuint (report->n_rejected, ==, 0);
  g_assert_cmpuint (report->n_new, ==, n_rows);
  g_assert_true (kr_siasn_importer_commit (importer, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

/* The NIPs of the employees @query selects, in its order. */
static GPtrArray *
list_nips (Store *store, const KrEmployeeQuery *query)
{
  g_autoptr (KrEmployeeList) list = kr_employee_list_new (store->employees, query);
  GPtrArray *nips = g_ptr_array_new_with_free_func (g_free);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KrEmployee) employee = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_ptr_array_add (nips, g_strdup (kr_employee_get_nip (employee)));
    }
  g_assert_false (kr_employee_list_get_error (list, NULL));
  return nips;
}

/* Reads a CSV export back: the header, then each record, as arrays of strings. */
static GPtrArray *
read_csv (GBytes *bytes)
{
  g_autoptr (GError) error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  g_autoptr (GInputStream) stream = g_memory_input_stream_new_from_data (data, size - 1, NULL);
  g_autoptr (KrCsvReader) reader = kr_csv_reader_new (stream, '\0');
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  KrCsvResult result;

  g_assert_true (kr_csv_reader_read_header (reader, NULL, &error));
  g_assert_no_error (error);
  g_ptr_array_add (records, g_strdupv ((char **) kr_csv_reader_get_header (reader, NULL)));
  while ((result = kr_csv_reader_next (reader, NULL, &error)) == KR_CSV_RESULT_RECORD)
    g_ptr_array_add (records, g_strdupv ((char **) kr_csv_reader_get_fields (reader, NULL)));
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, KR_CSV_RESULT_END);
  return records;
}

/* Comparing */

static void
assert_same_date (const GDate *a, const GDate *b)
{
  g_autofree char *text_a = a != NULL && g_date_valid (a) ? kr_date_format_iso (a) : NULL;
  g_autofree char *text_b = b != NULL && g_date_valid (b) ? kr_date_format_iso (b) : NULL;

  g_assert_cmpstr (text_a, ==, text_b);
}

static void
assert_same_own_fields (KrEmployee *a, KrEmployee *b)
{
  g_assert_cmpstr (kr_employee_get_nip (a), ==, kr_employee_get_nip (b));
  g_assert_cmpstr (kr_employee_get_name (a), ==, kr_employee_get_name (b));
  g_assert_cmpstr (kr_employee_get_title_front (a), ==, kr_employee_get_title_front (b));
  g_assert_cmpstr (kr_employee_get_title_back (a), ==, kr_employee_get_title_back (b));
  g_assert_cmpstr (kr_employee_get_birth_place (a), ==, kr_employee_get_birth_place (b));
  assert_same_date (kr_employee_get_birth_date (a), kr_employee_get_birth_date (b));
  g_assert_cmpint (kr_employee_get_gender (a), ==, kr_employee_get_gender (b));
  g_assert_cmpint (kr_employee_get_religion (a), ==, kr_employee_get_religion (b));
  g_assert_cmpint (kr_employee_get_marital_status (a), ==, kr_employee_get_marital_status (b));
  g_assert_cmpstr (kr_employee_get_nik (a), ==, kr_employee_get_nik (b));
  g_assert_cmpstr (kr_employee_get_phone (a), ==, kr_employee_get_phone (b));
  g_assert_cmpstr (kr_employee_get_email (a), ==, kr_employee_get_email (b));
  g_assert_cmpstr (kr_employee_get_address (a), ==, kr_employee_get_address (b));
  g_assert_cmpint (kr_employee_get_kind (a), ==, kr_employee_get_kind (b));
  g_assert_cmpint (kr_employee_get_status (a), ==, kr_employee_get_status (b));
  assert_same_date (kr_employee_get_tmt_cpns (a), kr_employee_get_tmt_cpns (b));
  assert_same_date (kr_employee_get_tmt_pns (a), kr_employee_get_tmt_pns (b));
}

static void
assert_same_unit (Store *a_store, KrEmployee *a, Store *b_store, KrEmployee *b)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrUnit) a_unit = NULL;
  g_autoptr (KrUnit) b_unit = NULL;

  g_assert_cmpint (kr_employee_get_unit_id (a) != 0, ==, kr_employee_get_unit_id (b) != 0);
  if (kr_employee_get_unit_id (a) == 0)
    return;
  a_unit = kr_unit_repository_get (a_store->units, kr_employee_get_unit_id (a), &error);
  g_assert_no_error (error);
  b_unit = kr_unit_repository_get (b_store->units, kr_employee_get_unit_id (b), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (a_unit->code, ==, b_unit->code);
  g_assert_cmpstr (a_unit->name, ==, b_unit->name);
}

/* The education rows with the latest graduation year, the one an export carries. */
static void
assert_same_education (Store *a_store, KrEmployee *a, Store *b_store, KrEmployee *b)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) a_rows = NULL;
  g_autoptr (GPtrArray) b_rows = NULL;
  const KrEducationEntry *a_last, *b_last;

  a_rows =
      kr_employee_repository_list_educations (a_store->employees, kr_employee_get_id (a), &error);
  g_assert_no_error (error);
  b_rows =
      kr_employee_repository_list_educations (b_store->employees, kr_employee_get_id (b), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (a_rows->len > 0, ==, b_rows->len > 0);
  if (a_rows->len == 0)
    return;
  a_last = g_ptr_array_index (a_rows, a_rows->len - 1);
  b_last = g_ptr_array_index (b_rows, b_rows->len - 1);
  g_assert_cmpint (a_last->level, ==, b_last->level);
  g_assert_cmpuint (a_last->graduation_year, ==, b_last->graduation_year);
  g_assert_cmpstr (a_last->major, ==, b_last->major);
  g_assert_cmpstr (a_last->institution, ==, b_last->institution);
}

/* Compares every employee of @a with the one of @b with the same NIP; returns how many. */
static guint
assert_same_employees (Store *a, Store *b)
{
  g_autoptr (KrEmployeeList) a_list = kr_employee_list_new (a->employees, NULL);
  g_autoptr (KrEmployeeList) b_list = kr_employee_list_new (b->employees, NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (a_list));

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (b_list)), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (KrEmployee) a_employee = g_list_model_get_item (G_LIST_MODEL (a_list), i);
      g_autoptr (KrEmployee) b_employee = NULL;

      b_employee = kr_employee_repository_get_by_nip (b->employees,
                                                      kr_employee_get_nip (a_employee), &error);
      g_assert_no_error (error);
      assert_same_own_fields (a_employee, b_employee);
      g_assert_cmpuint (kr_employee_get_golongan (a_employee), ==,
                        kr_employee_get_golongan (b_employee));
      assert_same_date (kr_employee_get_rank_tmt (a_employee),
                        kr_employee_get_rank_tmt (b_employee));
      g_assert_cmpstr (kr_employee_get_position_name (a_employee), ==,
                       kr_employee_get_position_name (b_employee));
      assert_same_date (kr_employee_get_position_tmt (a_employee),
                        kr_employee_get_position_tmt (b_employee));
      assert_same_unit (a, a_employee, b, b_employee);
      assert_same_education (a, a_employee, b, b_employee);
    }
  return n;
}

/* Tests */

static void
test_columns (void)
{
  const char *const *columns = kr_employee_export_get_columns ();

  g_assert_cmpuint (g_strv_length ((char **) columns), ==, 34);
  g_assert_cmpstr (columns[0], ==, "nip_baru");
  g_assert_true (g_strv_contains (columns, "gol_akhir_nama"));
  g_assert_true (g_strv_contains (columns, "unor_id"));
  g_assert_cmpstr (columns[29], ==, "instansi_induk_nama");
  /* The levels between the instansi and the unit, for the tree to round-trip. */
  g_assert_cmpstr (columns[30], ==, "satuan_kerja_kerja_id");
  g_assert_cmpstr (columns[33], ==, "unor_induk_nama");
}

/* The demo organisation names several units alike ("Sekretariat" of each dinas), so the
 * employees go into a database that already holds the organisation, as when one office's
 * database is moved into another's of the same instansi. */
static void
test_round_trip_demo (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  Store target;
  gsize length;

  generate_demo (fixture);
  path = export_csv_file (fixture, NULL, "export.csv", KR_EMPLOYEE_EXPORT_NONE);
  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBFnip_baru,nama,gelar_depan,"));
  g_assert_nonnull (strstr (text, ",unor_induk_nama\r\n"));

  store_open (&target, fixture->dir, "target.db");
  copy_organisation (&fixture->source, &target, 0, 0);
  import_csv (&target, path, N_DEMO);
  g_assert_cmpuint (assert_same_employees (&fixture->source, &target), ==, N_DEMO);
  store_close (&target);
}

/* Quotes, commas, line breaks, semicolons, non-ASCII letters and empty fields, into a database
 * that holds nothing: the importer creates the instansi, units and positions. */
static void
test_round_trip_awkward (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  Store target;

  add_awkward (&fixture->source);
  path = export_csv_file (fixture, NULL, "awkward.csv", KR_EMPLOYEE_EXPORT_PLAIN);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "nip_baru,nama,"));
  g_assert_null (strstr (text, "\r\n"));
  g_assert_nonnull (strstr (text, "\"Siti \"\"Ayu\"\" Aminah, Putri\""));
  g_assert_nonnull (strstr (text, ",\"Jl. \"\"Melati\"\" No. 5, RT 001/RW 002\nKelurahan"));
  /* NIP and NIK as plain digits, dates as ISO, M/F, labels as Karier writes them. */
  g_assert_nonnull (strstr (text, "\n" NIP_SITI ","));
  g_assert_nonnull (strstr (text, ",1985-04-12,F,Hindu,Kawin,5171045204850001,"));
  g_assert_nonnull (strstr (text, ",PPPK,Cuti di Luar Tanggungan Negara,2021-08-01,,IX,"));
  g_assert_nonnull (strstr (text, ",S-1/D-IV,Manajemen Sumber Daya Manusia,"));
  g_assert_nonnull (strstr (text,
                            ",KC.02,Badan Kepegawaian Daerah,KC,Pemerintah Kabupaten Contoh,KC.02,"
                            "Badan Kepegawaian Daerah,,\n"));

  store_open (&target, fixture->dir, "target.db");
  import_csv (&target, path, 4);
  g_assert_cmpuint (assert_same_employees (&fixture->source, &target), ==, 4);
  store_close (&target);
}

/* Cells that a spreadsheet would run as formulas (CSV injection) are written with a quote
 * before them, and the importer takes it off: the employee comes back as it was. */
static void
test_round_trip_formulas (Fixture *fixture, gconstpointer data)
{
  Store *store = &fixture->source;
  gint64 instansi = add_unit (store, 0, "KC", "Pemerintah Kabupaten Contoh", KR_UNIT_KIND_INSTANSI);
  gint64 unit =
      add_unit (store, instansi, "KC.09", "=Dinas Formula+1", KR_UNIT_KIND_PERANGKAT_DAERAH);
  gint64 position = add_position (store, unit, "@Pengadministrasi Perkantoran",
                                  KR_POSITION_KIND_PELAKSANA, KR_POSITION_LEVEL_NONE, FALSE);
  const EmployeeSpec spec = {
    .nip = "198703152012121002",
    .name = "=HYPERLINK(\"http://contoh.example/\",\"Budi\")",
    .title_back = "-S.Kom.",
    .birth_place = "@Denpasar",
    .birth = date_of (1987, 3, 15),
    .gender = KR_GENDER_MALE,
    .religion = KR_RELIGION_ISLAM,
    .marital_status = KR_MARITAL_STATUS_KAWIN,
    .phone = "+62 812-3456-7890",
    .address = "=1+2\t-3 'Jl. Mawar'",
    .kind = KR_EMPLOYEE_KIND_PNS,
    .status = KR_EMPLOYEE_STATUS_AKTIF,
    .tmt_cpns = date_of (2012, 12, 1),
    .tmt_pns = date_of (2013, 12, 1),
    .golongan = 32,
    .rank_tmt = date_of (2017, 4, 1),
    .position_id = position,
    .position_tmt = date_of (2018, 1, 2),
    .educations = { { KR_EDUCATION_S1, 2010, "+Informatika", "'Universitas' Contoh" } },
  };
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autoptr (GRegex) formula = g_regex_new ("(^|[,\\n\"])[=+@-]", G_REGEX_MULTILINE, 0, NULL);
  Store target;

  add_employee (store, &spec);
  path = export_csv_file (fixture, NULL, "formulas.csv", KR_EMPLOYEE_EXPORT_NONE);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_test_message ("%s", text);
  g_assert_nonnull (
      strstr (text, ",\"'=HYPERLINK(\"\"http://contoh.example/\"\",\"\"Budi\"\")\","));
  g_assert_nonnull (strstr (text, ",'-S.Kom.,'@Denpasar,"));
  g_assert_nonnull (strstr (text, ",'+62 812-3456-7890,"));
  g_assert_nonnull (strstr (text, ",'=1+2\t-3 'Jl. Mawar',PNS,"));
  g_assert_nonnull (strstr (text, ",'@Pengadministrasi Perkantoran,"));
  g_assert_nonnull (strstr (text, ",'+Informatika,'Universitas' Contoh,"));
  g_assert_nonnull (strstr (text, ",KC.09,'=Dinas Formula+1,KC,"));
  /* No cell starts with a formula character. */
  g_assert_false (g_regex_match (formula, text, 0, NULL));

  store_open (&target, fixture->dir, "target.db");
  import_csv (&target, path, 1);
  g_assert_cmpuint (assert_same_employees (&fixture->source, &target), ==, 1);
  store_close (&target);
}

/* An export with a semicolon, as a spreadsheet in Indonesian writes one, reads back too. */
static void
test_semicolon (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GPtrArray) records = NULL;
  const char *text;

  add_awkward (&fixture->source);
  bytes = export_csv_bytes (fixture, NULL, KR_EMPLOYEE_EXPORT_SEMICOLON);
  text = g_bytes_get_data (bytes, NULL);
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBFnip_baru;nama;gelar_depan;"));
  g_assert_nonnull (strstr (text, ";\"Jl. \"\"Melati\"\" No. 5, RT 001/RW 002\nKelurahan "
                                  "Sukamaju; Kecamatan Kota\";"));
  records = read_csv (bytes);
  g_assert_cmpuint (records->len, ==, 5);
  g_assert_cmpstrv (g_ptr_array_index (records, 0), kr_employee_export_get_columns ());
  g_assert_cmpstr (((char **) g_ptr_array_index (records, 1))[0], ==, NIP_BUDI);
  g_assert_cmpstr (((char **) g_ptr_array_index (records, 1))[12], ==, "Jl. Kenanga 1");
  /* A blank address is stored as none, and written empty. */
  g_assert_cmpstr (((char **) g_ptr_array_index (records, 3))[12], ==, "");
}

/* A filtered export holds exactly the rows the list shows, in its order. */
static void
assert_export_matches (Fixture *fixture, const KrEmployeeQuery *query)
{
  g_autoptr (GBytes) bytes = export_csv_bytes (fixture, query, KR_EMPLOYEE_EXPORT_NONE);
  g_autoptr (GPtrArray) records = read_csv (bytes);
  g_autoptr (GPtrArray) nips = list_nips (&fixture->source, query);

  g_assert_cmpuint (nips->len, >, 0);
  g_assert_cmpuint (nips->len, <, N_DEMO);
  g_assert_cmpuint (records->len, ==, nips->len + 1);
  for (guint i = 0; i < nips->len; i++)
    g_assert_cmpstr (((char **) g_ptr_array_index (records, i + 1))[0], ==,
                     g_ptr_array_index (nips, i));
}

static void
test_filtered (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
  g_autoptr (GPtrArray) everyone = NULL;
  g_autoptr (KrEmployee) first = NULL;
  g_autoptr (GPtrArray) roots = NULL;
  g_autoptr (GPtrArray) children = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) words = NULL;

  generate_demo (fixture);
  everyone = list_nips (&fixture->source, NULL);
  first = kr_employee_repository_get_by_nip (fixture->source.employees,
                                             g_ptr_array_index (everyone, 0), &error);
  g_assert_no_error (error);

  words = g_strsplit (kr_employee_get_name (first), " ", -1);
  kr_employee_query_set_search (query, words[0]);
  assert_export_matches (fixture, query);

  kr_employee_query_set_search (query, NULL);
  kr_employee_query_set_employee_kind (query, KR_EMPLOYEE_KIND_PPPK);
  kr_employee_query_set_sort (query, KR_EMPLOYEE_SORT_GOLONGAN, TRUE);
  assert_export_matches (fixture, query);

  /* The first perangkat daerah and the units below it. */
  roots = kr_unit_repository_list_children (fixture->source.units, 0, &error);
  g_assert_no_error (error);
  children = kr_unit_repository_list_children (
      fixture->source.units, ((KrUnit *) g_ptr_array_index (roots, 0))->id, &error);
  g_assert_no_error (error);
  kr_employee_query_set_employee_kind (query, -1);
  kr_employee_query_set_unit (query, ((KrUnit *) g_ptr_array_index (children, 0))->id);
  assert_export_matches (fixture, query);
}

/* Runs `unzip -p` for one member of a zip file, or returns NULL when unzip is missing. */
static char *
unzip_member (const char *path, const char *member)
{
  g_autofree char *unzip = g_find_program_in_path ("unzip");
  g_autoptr (GError) error = NULL;
  const char *argv[] = { unzip, "-p", path, member, NULL };
  char *out = NULL;
  int status = 0;

  if (unzip == NULL)
    return NULL;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  return out;
}

/* Whether @needle occurs in the binary @data. */
static gboolean
contains_bytes (const char *data, gsize length, const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    {
      if (memcmp (data + i, needle, n) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
assert_xlsx_container (const char *path)
{
  g_autofree char *data = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_cmpuint (length, >, 2000);
  g_assert_cmpmem (data, 4, "PK\x03\x04", 4);
  /* A zip names its members in plain text. */
  g_assert_true (contains_bytes (data, length, "xl/worksheets/sheet1.xml"));
}

static void
test_xlsx (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = fixture_path (fixture, "export.xlsx");
  g_autofree char *sheet = NULL;
  g_autofree char *styles = NULL;

  add_awkward (&fixture->source);
  g_assert_true (kr_employee_export_xlsx (fixture->source.employees, fixture->source.units, NULL,
                                          path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_xlsx_container (path);

  sheet = unzip_member (path, "xl/worksheets/sheet1.xml");
  if (sheet == NULL)
    {
      g_test_message ("unzip is not installed: the worksheet was not read");
      return;
    }
  /* The bold header, frozen, with a filter over every row. */
  g_assert_nonnull (strstr (sheet, "<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>nip_baru</t>"));
  g_assert_nonnull (strstr (sheet, "<t>instansi_induk_nama</t>"));
  g_assert_nonnull (strstr (sheet, "state=\"frozen\""));
  g_assert_nonnull (strstr (sheet, "<autoFilter ref=\"A1:AH5\"/>"));
  /* NIP and NIK are text, never numbers; so is a phone number. */
  g_assert_nonnull (strstr (sheet, "<is><t>" NIP_SITI "</t></is>"));
  g_assert_nonnull (strstr (sheet, "<is><t>5171045204850001</t></is>"));
  g_assert_nonnull (strstr (sheet, "<is><t>081234567890</t></is>"));
  g_assert_null (strstr (sheet, "<v>" NIP_SITI "</v>"));
  /* Dates are numbers of days in a date format; 12 April 1985 is day 31149. The graduation
   * year is a number. */
  g_assert_nonnull (strstr (sheet, "<v>31149</v>"));
  g_assert_null (strstr (sheet, "1985-04-12"));
  g_assert_nonnull (strstr (sheet, "<v>2008</v>"));
  g_assert_nonnull (strstr (sheet,
                            "<is><t>Jl. \"Melati\" No. 5, RT 001/RW 002\nKelurahan Sukamaju; "
                            "Kecamatan Kota</t></is>"));
  g_assert_nonnull (strstr (sheet, "<cols><col min=\"1\" max=\"1\" width="));

  styles = unzip_member (path, "xl/styles.xml");
  g_assert_nonnull (strstr (styles, "formatCode=\"yyyy-mm-dd\""));
  g_assert_nonnull (strstr (styles, "<b/>"));
}

static void
test_empty (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GPtrArray) records = NULL;
  g_autofree char *path = fixture_path (fixture, "empty.xlsx");

  bytes = export_csv_bytes (fixture, NULL, KR_EMPLOYEE_EXPORT_NONE);
  records = read_csv (bytes);
  g_assert_cmpuint (records->len, ==, 1);

  g_assert_true (kr_employee_export_xlsx (fixture->source.employees, fixture->source.units, NULL,
                                          path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_xlsx_container (path);
}

typedef struct
{
  GCancellable *cancellable;
  guint64 cancel_at;
  guint n_calls;
  guint64 last_done;
  guint64 total;
} Progress;

static void
progress_cb (guint64 done, guint64 total, gpointer user_data)
{
  Progress *progress = user_data;

  if (progress->n_calls++ == 0)
    g_assert_cmpuint (done, ==, 0);
  else
    g_assert_cmpuint (done, >, progress->last_done);
  g_assert_cmpuint (done, <=, total);
  progress->last_done = done;
  progress->total = total;
  if (progress->cancellable != NULL && done >= progress->cancel_at)
    g_cancellable_cancel (progress->cancellable);
}

static void
test_progress (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GOutputStream) stream = g_memory_output_stream_new_resizable ();
  Progress progress = { 0 };

  generate_demo (fixture);
  g_assert_true (kr_employee_export_csv (fixture->source.employees, fixture->source.units, NULL,
                                         stream, KR_EMPLOYEE_EXPORT_NONE, progress_cb, &progress,
                                         NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (progress.total, ==, N_DEMO);
  g_assert_cmpuint (progress.last_done, ==, N_DEMO);
  g_assert_cmpuint (progress.n_calls, >=, 2);
  g_assert_cmpuint (progress.n_calls, <=, N_DEMO + 1);
}

/* The names in the fixture's folder other than the databases. */
static char *
list_outputs (Fixture *fixture)
{
  g_autoptr (GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (!g_str_has_prefix (name, "source.db"))
        g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static gboolean
export_cancelled (Fixture *fixture, gboolean xlsx, const char *path, GError **error)
{
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  Progress progress = { .cancellable = cancellable, .cancel_at = N_DEMO / 2 };

  if (xlsx)
    return kr_employee_export_xlsx (fixture->source.employees, fixture->source.units, NULL, path,
                                    progress_cb, &progress, cancellable, error);
  return kr_employee_export_csv_file (fixture->source.employees, fixture->source.units, NULL, path,
                                      KR_EMPLOYEE_EXPORT_NONE, progress_cb, &progress, cancellable,
                                      error);
}

/* Cancelling half-way leaves no file behind, and an existing file as it was. */
static void
test_cancel (Fixture *fixture, gconstpointer data)
{
  gboolean xlsx = GPOINTER_TO_INT (data);
  g_autofree char *path = fixture_path (fixture, xlsx ? "export.xlsx" : "export.csv");
  g_autofree char *outputs = NULL;
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;

  generate_demo (fixture);
  g_assert_false (export_cancelled (fixture, xlsx, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  outputs = list_outputs (fixture);
  g_assert_cmpstr (outputs, ==, "");

  g_clear_error (&error);
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_false (export_cancelled (fixture, xlsx, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  g_free (outputs);
  outputs = list_outputs (fixture);
  g_assert_cmpstr (outputs, ==, xlsx ? "export.xlsx" : "export.csv");
}

static void
test_unwritable (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "missing", "export.xlsx", NULL);

  add_awkward (&fixture->source);
  g_assert_false (kr_employee_export_xlsx (fixture->source.employees, fixture->source.units, NULL,
                                           path, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (kr_employee_export_csv_file (fixture->source.employees, fixture->source.units,
                                               NULL, path, KR_EMPLOYEE_EXPORT_NONE, NULL, NULL,
                                               NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

#define ADD(path, func, data)                                                                      \
  g_test_add (path, Fixture, data, fixture_set_up, func, fixture_tear_down)

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/employee-export/columns", test_columns);
  ADD ("/employee-export/round-trip/demo", test_round_trip_demo, NULL);
  ADD ("/employee-export/round-trip/awkward", test_round_trip_awkward, NULL);
  ADD ("/employee-export/round-trip/formulas", test_round_trip_formulas, NULL);
  ADD ("/employee-export/semicolon", test_semicolon, NULL);
  ADD ("/employee-export/filtered", test_filtered, NULL);
  ADD ("/employee-export/xlsx", test_xlsx, NULL);
  ADD ("/employee-export/empty", test_empty, NULL);
  ADD ("/employee-export/progress", test_progress, NULL);
  ADD ("/employee-export/cancel/csv", test_cancel, GINT_TO_POINTER (FALSE));
  ADD ("/employee-export/cancel/xlsx", test_cancel, GINT_TO_POINTER (TRUE));
  ADD ("/employee-export/unwritable", test_unwritable, NULL);

  return g_test_run ();
}
