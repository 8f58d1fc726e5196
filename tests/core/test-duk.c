/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-duk"

#include "config.h"

#include <string.h>

#include "kr-date.h"
#include "kr-duk.h"
#include "kr-employee-repository.h"
#include "kr-error.h"
#include "kr-unit-repository.h"

/* Every employee of the tie-break chain has the values of BASE except the one that makes
 * them come before the next; dropping any key from the order flips a pair. NIPs are synthetic
 * (DOMAIN 1.1), built from the birth date, TMT CPNS, gender and a sequence number. */

typedef enum
{
  POS_NONE,
  POS_SECRETARY,     /* administrator, BKPSDM */
  POS_HEAD_MUTATION, /* administrator, Bidang Mutasi */
  POS_SUB_HEAD,      /* pengawas, Bidang Mutasi */
  POS_ANALYST,       /* fungsional keahlian, Bidang Mutasi */
  POS_NURSE,         /* fungsional keahlian, Dinas Kesehatan */
  N_POS,
} Pos;

typedef struct
{
  const char *name;
  KrEmployeeKind kind;
  KrEmployeeStatus status;
  guint golongan; /* 0: no rank history */
  const char *rank_tmt;
  Pos position;
  const char *position_tmt;
  const char *tmt_cpns;
  KrEducation education;
  guint graduation_year; /* 0: no education history */
  const char *birth_date;
  guint sequence;
  const char *nip_birth_date; /* NULL: the birth date; else a NIP that disagrees with it */
} Spec;

#define BASE_GOL      33
#define BASE_RANK_TMT "2020-04-01"
#define BASE_POS_TMT  "2021-01-04"
#define BASE_CPNS     "2010-03-01"
#define BASE_BIRTH    "1985-01-01"

#define PNS KR_EMPLOYEE_KIND_PNS, KR_EMPLOYEE_STATUS_AKTIF

static const Spec specs[] = {
  /* 1. golongan DESC */
  { "Golongan", PNS, 34, BASE_RANK_TMT, POS_SECRETARY, BASE_POS_TMT, BASE_CPNS, KR_EDUCATION_S1,
    2008, BASE_BIRTH, 1 },
  /* 2. TMT golongan ASC */
  { "Tmt Golongan", PNS, BASE_GOL, "2019-10-01", POS_SUB_HEAD, BASE_POS_TMT, BASE_CPNS,
    KR_EDUCATION_S1, 2008, BASE_BIRTH, 2 },
  /* 3. structural level ASC: administrator before pengawas */
  { "Eselon", PNS, BASE_GOL, BASE_RANK_TMT, POS_HEAD_MUTATION, BASE_POS_TMT, BASE_CPNS,
    KR_EDUCATION_S1, 2008, BASE_BIRTH, 3 },
  /* 4. TMT jabatan ASC */
  { "Tmt Jabatan", PNS, BASE_GOL, BASE_RANK_TMT, POS_SUB_HEAD, "2020-01-02", BASE_CPNS,
    KR_EDUCATION_S1, 2008, BASE_BIRTH, 4 },
  /* 5. masa kerja DESC: earlier TMT CPNS */
  { "Masa Kerja", PNS, BASE_GOL, BASE_RANK_TMT, POS_SUB_HEAD, BASE_POS_TMT, "2009-03-01",
    KR_EDUCATION_S1, 2008, BASE_BIRTH, 5 },
  /* 6. education level DESC */
  { "Pendidikan", PNS, BASE_GOL, BASE_RANK_TMT, POS_SUB_HEAD, BASE_POS_TMT, BASE_CPNS,
    KR_EDUCATION_S2, 2008, BASE_BIRTH, 6 },
  /* 7. graduation year ASC */
  { "Tahun Lulus", PNS, BASE_GOL, BASE_RANK_TMT, POS_SUB_HEAD, BASE_POS_TMT, BASE_CPNS,
    KR_EDUCATION_S1, 2007, BASE_BIRTH, 7 },
  /* 8. age DESC: earlier birth date. The NIP encodes a later one (real data has corrected
   * birth dates), so that the NIP order alone would put this employee last. */
  { "Usia", PNS, BASE_GOL, BASE_RANK_TMT, POS_SUB_HEAD, BASE_POS_TMT, BASE_CPNS, KR_EDUCATION_S1,
    2008, "1984-01-01", 8, "1986-01-01" },
  /* 9. NIP ASC: the two differ only in the sequence number */
  { "Nip Kecil", PNS, BASE_GOL, BASE_RANK_TMT, POS_SUB_HEAD, BASE_POS_TMT, BASE_CPNS,
    KR_EDUCATION_S1, 2008, BASE_BIRTH, 9 },
  { "Nip Besar", PNS, BASE_GOL, BASE_RANK_TMT, POS_SUB_HEAD, BASE_POS_TMT, BASE_CPNS,
    KR_EDUCATION_S1, 2008, BASE_BIRTH, 10 },
  /* Missing values sort last at their level. */
  { "Tanpa Jabatan", PNS, BASE_GOL, BASE_RANK_TMT, POS_NONE, NULL, BASE_CPNS, KR_EDUCATION_S1, 2008,
    BASE_BIRTH, 11 },
  { "Tanpa Pendidikan", PNS, BASE_GOL, BASE_RANK_TMT, POS_SUB_HEAD, BASE_POS_TMT, BASE_CPNS,
    KR_EDUCATION_S1, 0, BASE_BIRTH, 12 },
  { "Perawat Dinkes", PNS, 32, "2018-04-01", POS_NURSE, "2018-04-01", BASE_CPNS, KR_EDUCATION_D3,
    2006, BASE_BIRTH, 13 },
  { "Calon Pegawai", KR_EMPLOYEE_KIND_CPNS, KR_EMPLOYEE_STATUS_AKTIF, 31, "2025-03-01", POS_ANALYST,
    "2025-03-01", "2025-03-01", KR_EDUCATION_S1, 2020, "1998-05-17", 14 },
  { "Tanpa Pangkat", PNS, 0, NULL, POS_ANALYST, "2022-01-03", BASE_CPNS, KR_EDUCATION_S1, 2008,
    BASE_BIRTH, 15 },
  /* Never listed: a PPPK, and people who are no longer civil servants. */
  { "Pegawai Kontrak", KR_EMPLOYEE_KIND_PPPK, KR_EMPLOYEE_STATUS_AKTIF, 109, "2023-03-01",
    POS_ANALYST, "2023-03-01", "2023-03-01", KR_EDUCATION_S1, 2012, "1990-07-04", 16 },
  { "Sudah Pensiun", KR_EMPLOYEE_KIND_PNS, KR_EMPLOYEE_STATUS_PENSIUN, 41, "2010-04-01",
    POS_SUB_HEAD, "2012-01-02", "1990-03-01", KR_EDUCATION_S1, 1988, "1965-02-02", 17 },
  { "Sudah Wafat", KR_EMPLOYEE_KIND_PNS, KR_EMPLOYEE_STATUS_MENINGGAL, 41, "2010-04-01",
    POS_SUB_HEAD, "2012-01-02", "1990-03-01", KR_EDUCATION_S1, 1988, "1966-02-02", 18 },
};

typedef struct
{
  KrDatabase *db;
  KrUnitRepository *units;
  KrEmployeeRepository *employees;
  gint64 instansi, bkpsdm, mutasi, dinkes;
  gint64 positions[N_POS];
} Fixture;

static void
parse_date (const char *text, GDate *date)
{
  g_autoptr (GError) error = NULL;

  g_date_clear (date, 1);
  if (text == NULL)
    return;
  kr_date_parse_iso (text, date, &error);
  g_assert_no_error (error);
}

static gint64
add_unit (Fixture *fixture, gint64 parent, const char *code, const char *name, KrUnitKind kind)
{
  g_autoptr (GError) error = NULL;
  gint64 id = kr_unit_repository_add (fixture->units, parent, code, name, kind, &error);

  g_assert_no_error (error);
  return id;
}

static gint64
add_position (Fixture *fixture,
              gint64 unit,
              const char *name,
              KrPositionKind kind,
              KrPositionLevel level)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrPositionRecord) position = kr_position_record_new ();

  position->unit_id = unit;
  position->name = g_strdup (name);
  position->kind = kind;
  position->level = level;
  kr_unit_repository_add_position (fixture->units, position, &error);
  g_assert_no_error (error);
  return position->id;
}

static void
add_histories (Fixture *fixture, gint64 id, const Spec *spec)
{
  g_autoptr (GError) error = NULL;

  if (spec->golongan != 0)
    {
      g_autoptr (KrRankEntry) rank = kr_rank_entry_new ();

      rank->employee_id = id;
      rank->golongan = spec->golongan;
      rank->promotion_kind = spec->golongan == 31 || spec->golongan > 100
                                 ? KR_PROMOTION_KIND_PENGANGKATAN
                                 : KR_PROMOTION_KIND_REGULER;
      parse_date (spec->rank_tmt, &rank->tmt);
      kr_employee_repository_add_rank (fixture->employees, rank, &error);
      g_assert_no_error (error);
    }
  if (spec->position != POS_NONE)
    {
      g_autoptr (KrPositionEntry) position = kr_position_entry_new ();

      position->employee_id = id;
      position->position_id = fixture->positions[spec->position];
      parse_date (spec->position_tmt, &position->tmt);
      kr_employee_repository_add_position (fixture->employees, position, &error);
      g_assert_no_error (error);
    }
  if (spec->graduation_year != 0)
    {
      g_autoptr (KrEducationEntry) education = kr_education_entry_new ();

      education->employee_id = id;
      education->level = spec->education;
      education->institution = g_strdup ("Universitas Padjadjaran");
      education->major = g_strdup ("Ilmu Administrasi Negara");
      education->graduation_year = spec->graduation_year;
      kr_employee_repository_add_education (fixture->employees, education, &error);
      g_assert_no_error (error);
    }
}

static void
add_employee (Fixture *fixture, const Spec *spec)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployee) employee = kr_employee_new ();
  g_autofree char *nip = NULL;
  GDate birth, nip_birth, cpns;
  gint64 id;

  parse_date (spec->birth_date, &birth);
  parse_date (spec->nip_birth_date != NULL ? spec->nip_birth_date : spec->birth_date, &nip_birth);
  parse_date (spec->tmt_cpns, &cpns);
  if (spec->kind == KR_EMPLOYEE_KIND_PPPK)
    nip = g_strdup_printf ("%04u%02u%02u%04u21%u%03u", g_date_get_year (&nip_birth),
                           g_date_get_month (&nip_birth), g_date_get_day (&nip_birth),
                           g_date_get_year (&cpns), 1, spec->sequence);
  else
    nip = g_strdup_printf ("%04u%02u%02u%04u%02u%u%03u", g_date_get_year (&nip_birth),
                           g_date_get_month (&nip_birth), g_date_get_day (&nip_birth),
                           g_date_get_year (&cpns), g_date_get_month (&cpns), 1, spec->sequence);
  kr_employee_set_nip (employee, nip);
  kr_employee_set_name (employee, spec->name);
  kr_employee_set_kind (employee, spec->kind);
  kr_employee_set_status (employee, spec->status);
  kr_employee_set_gender (employee, KR_GENDER_MALE);
  kr_employee_set_birth_date (employee, &birth);
  kr_employee_set_birth_place (employee, "Bandung");
  kr_employee_set_tmt_cpns (employee, &cpns);
  id = kr_employee_repository_insert (fixture->employees, employee, NULL, &error);
  g_assert_no_error (error);
  add_histories (fixture, id, spec);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->db = kr_database_open (":memory:", KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  fixture->units = kr_unit_repository_new (fixture->db);
  fixture->employees = kr_employee_repository_new (fixture->db);

  fixture->instansi =
      add_unit (fixture, 0, "PEMKAB", "Pemerintah Kabupaten Contoh", KR_UNIT_KIND_INSTANSI);
  fixture->bkpsdm = add_unit (fixture, fixture->instansi, "BKPSDM",
                              "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
                              KR_UNIT_KIND_PERANGKAT_DAERAH);
  fixture->mutasi =
      add_unit (fixture, fixture->bkpsdm, "BKPSDM-MUT", "Bidang Mutasi", KR_UNIT_KIND_BIDANG);
  fixture->dinkes = add_unit (fixture, fixture->instansi, "DINKES", "Dinas Kesehatan",
                              KR_UNIT_KIND_PERANGKAT_DAERAH);
  fixture->positions[POS_SECRETARY] =
      add_position (fixture, fixture->bkpsdm, "Sekretaris Badan", KR_POSITION_KIND_ADMINISTRATOR,
                    KR_POSITION_LEVEL_NONE);
  fixture->positions[POS_HEAD_MUTATION] =
      add_position (fixture, fixture->mutasi, "Kepala Bidang Mutasi",
                    KR_POSITION_KIND_ADMINISTRATOR, KR_POSITION_LEVEL_NONE);
  fixture->positions[POS_SUB_HEAD] =
      add_position (fixture, fixture->mutasi, "Kepala Subbidang Mutasi", KR_POSITION_KIND_PENGAWAS,
                    KR_POSITION_LEVEL_NONE);
  fixture->positions[POS_ANALYST] =
      add_position (fixture, fixture->mutasi, "Analis SDM Aparatur Ahli Pertama",
                    KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN, KR_POSITION_LEVEL_AHLI_PERTAMA);
  fixture->positions[POS_NURSE] =
      add_position (fixture, fixture->dinkes, "Perawat Ahli Pertama",
                    KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN, KR_POSITION_LEVEL_AHLI_PERTAMA);

  /* Inserted in reverse, so that insertion order cannot pass for the DUK order. */
  for (guint i = G_N_ELEMENTS (specs); i > 0; i--)
    add_employee (fixture, &specs[i - 1]);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_assert_finalize_object (fixture->employees);
  g_assert_finalize_object (fixture->units);
  g_assert_finalize_object (fixture->db);
}

/* Collecting rows */

typedef struct
{
  GString *names;
  KrDukRow first; /* with copies of its strings below */
  char *first_name, *first_nip, *first_place, *first_position, *first_unit, *first_institution;
  guint n_rows;
  guint stop_after; /* 0: never stop */
} Collected;

static gboolean
collect_cb (const KrDukRow *row, gpointer user_data)
{
  Collected *collected = user_data;

  g_assert_cmpuint (row->number, ==, collected->n_rows + 1);
  collected->n_rows++;
  g_string_append_printf (collected->names, "%s%s", collected->names->len > 0 ? ", " : "",
                          row->full_name);
  if (row->number == 1)
    {
      collected->first = *row;
      collected->first_name = g_strdup (row->full_name);
      collected->first_nip = g_strdup (row->nip);
      collected->first_place = g_strdup (row->birth_place);
      collected->first_position = g_strdup (row->position_name);
      collected->first_unit = g_strdup (row->unit_name);
      collected->first_institution = g_strdup (row->institution);
    }
  return collected->stop_after == 0 || collected->n_rows < collected->stop_after;
}

static void
collected_clear (Collected *collected)
{
  g_string_free (collected->names, TRUE);
  g_free (collected->first_name);
  g_free (collected->first_nip);
  g_free (collected->first_place);
  g_free (collected->first_position);
  g_free (collected->first_unit);
  g_free (collected->first_institution);
}

/* Runs the DUK of @unit_id on 22 November 2026 and returns the names in order. */
static char *
run_duk (Fixture *fixture, gint64 unit_id)
{
  g_autoptr (GError) error = NULL;
  Collected collected = { .names = g_string_new (NULL) };
  GDate date;
  char *names;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 22, G_DATE_NOVEMBER, 2026);
  g_assert_true (kr_duk_foreach (fixture->db, unit_id, &date, collect_cb, &collected, &error));
  g_assert_no_error (error);
  names = g_strdup (collected.names->str);
  collected_clear (&collected);
  return names;
}

static void
test_order (Fixture *fixture, gconstpointer data)
{
  g_autofree char *all = run_duk (fixture, 0);

  g_assert_cmpstr (all, ==,
                   "Golongan, Tmt Golongan, Eselon, Tmt Jabatan, Masa Kerja, Pendidikan, "
                   "Tahun Lulus, Usia, Nip Kecil, Nip Besar, Tanpa Pendidikan, Tanpa Jabatan, "
                   "Perawat Dinkes, Calon Pegawai, Tanpa Pangkat");
}

static void
test_subtree (Fixture *fixture, gconstpointer data)
{
  g_autofree char *bkpsdm = run_duk (fixture, fixture->bkpsdm);
  g_autofree char *mutasi = run_duk (fixture, fixture->mutasi);
  g_autofree char *dinkes = run_duk (fixture, fixture->dinkes);

  /* No position means no unit: only the whole instansi lists "Tanpa Jabatan". */
  g_assert_cmpstr (bkpsdm, ==,
                   "Golongan, Tmt Golongan, Eselon, Tmt Jabatan, Masa Kerja, Pendidikan, "
                   "Tahun Lulus, Usia, Nip Kecil, Nip Besar, Tanpa Pendidikan, Calon Pegawai, "
                   "Tanpa Pangkat");
  /* The secretary sits in BKPSDM itself, above Bidang Mutasi. */
  g_assert_cmpstr (mutasi, ==,
                   "Tmt Golongan, Eselon, Tmt Jabatan, Masa Kerja, Pendidikan, Tahun Lulus, Usia, "
                   "Nip Kecil, Nip Besar, Tanpa Pendidikan, Calon Pegawai, Tanpa Pangkat");
  g_assert_cmpstr (dinkes, ==, "Perawat Dinkes");
}

static void
test_row_fields (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployee) first = NULL;
  Collected collected = { .names = g_string_new (NULL), .stop_after = 1 };
  GDate date;

  /* Give the first employee gelar, to see them in the row. */
  first = kr_employee_repository_get_by_nip (fixture->employees, "198501012010031001", &error);
  g_assert_no_error (error);
  kr_employee_set_title_front (first, "Dr.");
  kr_employee_set_title_back (first, "S.Kom., M.T.");
  kr_employee_repository_update (fixture->employees, first, NULL, &error);
  g_assert_no_error (error);

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 22, G_DATE_NOVEMBER, 2026);
  g_assert_true (kr_duk_foreach (fixture->db, 0, &date, collect_cb, &collected, &error));
  g_assert_no_error (error);

  /* Stopping early is not an error. */
  g_assert_cmpuint (collected.n_rows, ==, 1);
  g_assert_cmpstr (collected.first_name, ==, "Dr. Golongan, S.Kom., M.T.");
  g_assert_cmpstr (collected.first_nip, ==, "198501012010031001");
  g_assert_cmpstr (collected.first_place, ==, "Bandung");
  g_assert_cmpuint (g_date_get_year (&collected.first.birth_date), ==, 1985);
  g_assert_cmpint (collected.first.kind, ==, KR_EMPLOYEE_KIND_PNS);
  g_assert_true (collected.first.has_rank);
  g_assert_cmpint (collected.first.rank, ==, KR_RANK_III_D);
  g_assert_cmpuint (g_date_get_month (&collected.first.rank_tmt), ==, 4);
  g_assert_cmpstr (collected.first_position, ==, "Sekretaris Badan");
  g_assert_cmpint (collected.first.position_kind, ==, KR_POSITION_KIND_ADMINISTRATOR);
  g_assert_cmpuint (g_date_get_year (&collected.first.position_tmt), ==, 2021);
  g_assert_cmpstr (collected.first_unit, ==,
                   "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia");
  g_assert_cmpuint (g_date_get_year (&collected.first.tmt_cpns), ==, 2010);
  /* 1 March 2010 to 22 November 2026 */
  g_assert_cmpuint (collected.first.service_years, ==, 16);
  g_assert_cmpuint (collected.first.service_months, ==, 8);
  g_assert_true (collected.first.has_education);
  g_assert_cmpint (collected.first.education, ==, KR_EDUCATION_S1);
  g_assert_cmpstr (collected.first_institution, ==, "Universitas Padjadjaran");
  g_assert_cmpuint (collected.first.graduation_year, ==, 2008);
  g_assert_cmpuint (collected.first.age, ==, 41);
  collected_clear (&collected);
}

static gboolean
check_missing_cb (const KrDukRow *row, gpointer user_data)
{
  if (strcmp (row->full_name, "Tanpa Pangkat") == 0)
    {
      g_assert_false (row->has_rank);
      g_assert_nonnull (row->position_name);
    }
  else if (strcmp (row->full_name, "Tanpa Jabatan") == 0)
    {
      g_assert_null (row->position_name);
      g_assert_null (row->unit_name);
      g_assert_false (g_date_valid (&row->position_tmt));
    }
  else if (strcmp (row->full_name, "Tanpa Pendidikan") == 0)
    g_assert_false (row->has_education);
  else if (strcmp (row->full_name, "Calon Pegawai") == 0)
    g_assert_cmpint (row->kind, ==, KR_EMPLOYEE_KIND_CPNS);
  else
    {
      g_assert_true (row->has_rank);
      g_assert_true (row->has_education);
    }
  (*(guint *) user_data)++;
  return TRUE;
}

static void
test_missing_values (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  guint n_rows = 0;

  g_assert_true (kr_duk_foreach (fixture->db, 0, NULL, check_missing_cb, &n_rows, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, 15);
}

static gboolean
collect_branch_cb (const KrDukRow *row, gpointer user_data)
{
  GString *branches = user_data;

  if (strcmp (row->full_name, "Golongan") == 0 || strcmp (row->full_name, "Eselon") == 0 ||
      strcmp (row->full_name, "Tanpa Jabatan") == 0 ||
      strcmp (row->full_name, "Perawat Dinkes") == 0)
    g_string_append_printf (branches, "%s: %s; ", row->full_name,
                            row->branch_name != NULL ? row->branch_name : "-");
  return TRUE;
}

static char *
run_branches (Fixture *fixture, gint64 unit_id)
{
  g_autoptr (GError) error = NULL;
  GString *branches = g_string_new (NULL);

  g_assert_true (kr_duk_foreach (fixture->db, unit_id, NULL, collect_branch_cb, branches, &error));
  g_assert_no_error (error);
  return g_string_free (branches, FALSE);
}

static void
test_branch (Fixture *fixture, gconstpointer data)
{
  g_autofree char *all = run_branches (fixture, 0);
  g_autofree char *bkpsdm = run_branches (fixture, fixture->bkpsdm);
  g_autofree char *mutasi = run_branches (fixture, fixture->mutasi);

  /* The whole instansi: the perangkat daerah under the root. */
  g_assert_cmpstr (all, ==,
                   "Golongan: Badan Kepegawaian dan Pengembangan Sumber Daya Manusia; "
                   "Eselon: Badan Kepegawaian dan Pengembangan Sumber Daya Manusia; "
                   "Tanpa Jabatan: -; Perawat Dinkes: Dinas Kesehatan; ");
  /* A perangkat daerah: its bidang, and nothing for its own positions. */
  g_assert_cmpstr (bkpsdm, ==, "Golongan: -; Eselon: Bidang Mutasi; ");
  g_assert_cmpstr (mutasi, ==, "Eselon: -; ");
}

static void
test_unknown_unit (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  Collected collected = { .names = g_string_new (NULL) };

  g_assert_false (kr_duk_foreach (fixture->db, 9999, NULL, collect_cb, &collected, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "9999"));
  g_assert_cmpuint (collected.n_rows, ==, 0);
  collected_clear (&collected);
}

static void
test_levels (void)
{
  /* JPT Utama < Madya < Pratama < Administrator < Pengawas < the rest, which tie. */
  for (KrPositionKind kind = KR_POSITION_KIND_JPT_UTAMA; kind < KR_POSITION_KIND_PELAKSANA; kind++)
    g_assert_cmpuint (kr_duk_get_structural_level (kind), <,
                      kr_duk_get_structural_level (kind + 1));
  g_assert_cmpuint (kr_duk_get_structural_level (KR_POSITION_KIND_PELAKSANA), ==,
                    kr_duk_get_structural_level (KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN));
  g_assert_cmpuint (kr_duk_get_structural_level (KR_POSITION_KIND_PELAKSANA), ==,
                    kr_duk_get_structural_level (KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN));

  g_assert_true (kr_duk_status_is_listed (KR_EMPLOYEE_STATUS_AKTIF));
  g_assert_true (kr_duk_status_is_listed (KR_EMPLOYEE_STATUS_TUGAS_BELAJAR));
  g_assert_true (kr_duk_status_is_listed (KR_EMPLOYEE_STATUS_MASA_PERSIAPAN_PENSIUN));
  g_assert_false (kr_duk_status_is_listed (KR_EMPLOYEE_STATUS_PENSIUN));
  g_assert_false (kr_duk_status_is_listed (KR_EMPLOYEE_STATUS_MENINGGAL));
  g_assert_false (kr_duk_status_is_listed (KR_EMPLOYEE_STATUS_BERHENTI));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/duk/levels", test_levels);
  g_test_add ("/duk/order", Fixture, NULL, fixture_set_up, test_order, fixture_tear_down);
  g_test_add ("/duk/subtree", Fixture, NULL, fixture_set_up, test_subtree, fixture_tear_down);
  g_test_add ("/duk/row-fields", Fixture, NULL, fixture_set_up, test_row_fields, fixture_tear_down);
  g_test_add ("/duk/missing-values", Fixture, NULL, fixture_set_up, test_missing_values,
              fixture_tear_down);
  g_test_add ("/duk/branch", Fixture, NULL, fixture_set_up, test_branch, fixture_tear_down);
  g_test_add ("/duk/unknown-unit", Fixture, NULL, fixture_set_up, test_unknown_unit,
              fixture_tear_down);
  return g_test_run ();
}
