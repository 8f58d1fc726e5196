/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-document-duk"

#include "config.h"

#include <cairo-pdf.h>
#include <string.h>

#include <glib/gstdio.h>

#include "kr-date.h"
#include "kr-document-duk.h"
#include "kr-document.h"
#include "kr-employee-repository.h"
#include "kr-error.h"
#include "kr-pdf.h"
#include "kr-test-utils.h"
#include "kr-unit-repository.h"

/* The rendered documents are checked through their text, as pdftotext (poppler-utils) reads
 * it back; the A4 and F4 lists are also kept in the build folder for a person to look at. */

/* Synthetic people (DOMAIN 1.1): names from these lists, NIPs from their birth date, TMT CPNS,
 * gender and a unique sequence number. */
static const char *const first_names[] = {
  "Agus",  "Budi", "Citra",   "Dewi",    "Eko",  "Fitri", "Gilang", "Hendra",
  "Indah", "Joko", "Kartika", "Lestari", "Made", "Nurul", "Oki",    "Putri",
};
static const char *const last_names[] = {
  "Santoso", "Wibowo",   "Lestari", "Saputra",   "Hidayat",     "Kusuma",
  "Siregar", "Nasution", "Pratama", "Wulandari", "Simanjuntak", "Rahmawati",
};
static const char *const places[] = { "Bandung", "Garut", "Cianjur", "Bogor", "Tasikmalaya" };
static const char *const institutions[] = {
  "Universitas Padjadjaran", "Institut Pemerintahan Dalam Negeri",
  "Universitas Terbuka",     "Politeknik Kesehatan Bandung",
  "SMA Negeri 1 Garut",
};

typedef struct
{
  const char *name;
  KrPositionKind kind;
  KrPositionLevel level;
  gboolean is_head;
  guint unit; /* index into Fixture.units_ids */
} PositionSpec;

enum
{
  UNIT_INSTANSI,
  UNIT_BKPSDM,
  UNIT_BIDANG,
  UNIT_DINKES,
  UNIT_EMPTY,
  N_UNITS,
};

static const PositionSpec position_specs[] = {
  { "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", KR_POSITION_KIND_JPT_PRATAMA,
    KR_POSITION_LEVEL_NONE, TRUE, UNIT_BKPSDM },
  { "Sekretaris Badan", KR_POSITION_KIND_ADMINISTRATOR, KR_POSITION_LEVEL_NONE, FALSE,
    UNIT_BKPSDM },
  { "Kepala Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian",
    KR_POSITION_KIND_ADMINISTRATOR, KR_POSITION_LEVEL_NONE, TRUE, UNIT_BIDANG },
  { "Kepala Subbidang Mutasi dan Promosi", KR_POSITION_KIND_PENGAWAS, KR_POSITION_LEVEL_NONE, FALSE,
    UNIT_BIDANG },
  { "Analis Sumber Daya Manusia Aparatur Ahli Muda", KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN,
    KR_POSITION_LEVEL_AHLI_MUDA, FALSE, UNIT_BIDANG },
  { "Analis Sumber Daya Manusia Aparatur Ahli Pertama", KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN,
    KR_POSITION_LEVEL_AHLI_PERTAMA, FALSE, UNIT_BIDANG },
  { "Pranata Komputer Terampil", KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN,
    KR_POSITION_LEVEL_TERAMPIL, FALSE, UNIT_BKPSDM },
  { "Pengadministrasi Perkantoran", KR_POSITION_KIND_PELAKSANA, KR_POSITION_LEVEL_NONE, FALSE,
    UNIT_BKPSDM },
  { "Administrator Kesehatan Ahli Muda", KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN,
    KR_POSITION_LEVEL_AHLI_MUDA, FALSE, UNIT_DINKES },
  { "Perawat Ahli Pertama", KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN, KR_POSITION_LEVEL_AHLI_PERTAMA,
    FALSE, UNIT_DINKES },
};

#define N_POSITIONS G_N_ELEMENTS (position_specs)

/* The very long name, whose last word must survive wrapping. */
#define LONG_NAME                                                                                  \
  "Raden Ajeng Kartika Sekar Ayu Wulandari Puspitaningrum Hadiningrat Kusumawardhani "             \
  "Tanjungsaripurnamasari"
#define LONG_NAME_LAST_WORD "Tanjungsaripurnamasari"

typedef struct
{
  char *dir;
  KrDatabase *db;
  KrUnitRepository *units;
  KrEmployeeRepository *employees;
  gint64 unit_ids[N_UNITS];
  gint64 position_ids[N_POSITIONS];
  GRand *rand;
  guint sequence; /* of the last NIP made */
  GDate date;     /* the DUK's "keadaan per" */
} Fixture;

/* Helpers */

static void
set_date (GDate *date, guint year, guint month, guint day)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

static void
add_units (Fixture *fixture)
{
  static const struct
  {
    guint parent;
    const char *code, *name;
    KrUnitKind kind;
  } units[N_UNITS] = {
    [UNIT_INSTANSI] = { N_UNITS, "PEMKAB", "Pemerintah Kabupaten Contoh", KR_UNIT_KIND_INSTANSI },
    [UNIT_BKPSDM] = { UNIT_INSTANSI, "BKPSDM",
                      "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
                      KR_UNIT_KIND_PERANGKAT_DAERAH },
    [UNIT_BIDANG] = { UNIT_BKPSDM, "BKPSDM-PPIK",
                      "Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian",
                      KR_UNIT_KIND_BIDANG },
    [UNIT_DINKES] = { UNIT_INSTANSI, "DINKES", "Dinas Kesehatan", KR_UNIT_KIND_PERANGKAT_DAERAH },
    [UNIT_EMPTY] = { UNIT_INSTANSI, "DISARPUS", "Dinas Kearsipan dan Perpustakaan",
                     KR_UNIT_KIND_PERANGKAT_DAERAH },
  };

  for (guint i = 0; i < N_UNITS; i++)
    {
      g_autoptr (GError) error = NULL;
      gint64 parent = units[i].parent < N_UNITS ? fixture->unit_ids[units[i].parent] : 0;

      fixture->unit_ids[i] = kr_unit_repository_add (fixture->units, parent, units[i].code,
                                                     units[i].name, units[i].kind, &error);
      g_assert_no_error (error);
    }
  for (guint i = 0; i < N_POSITIONS; i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (KrPositionRecord) position = kr_position_record_new ();

      position->unit_id = fixture->unit_ids[position_specs[i].unit];
      position->name = g_strdup (position_specs[i].name);
      position->kind = position_specs[i].kind;
      position->level = position_specs[i].level;
      position->is_head = position_specs[i].is_head;
      fixture->position_ids[i] = kr_unit_repository_add_position (fixture->units, position, &error);
      g_assert_no_error (error);
    }
}

typedef struct
{
  const char *title_front;
  const char *name;
  const char *title_back;
  const char *birth_place;
  GDate birth;
  GDate tmt_cpns;
  KrGender gender;
  guint golongan;
  GDate rank_tmt;
  guint position; /* index into position_specs */
  GDate position_tmt;
  KrEducation education;
  const char *institution;
  const char *major;
  guint graduation_year;
} Person;

static gint64
add_person (Fixture *fixture, const Person *person)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployee) employee = kr_employee_new ();
  g_autoptr (KrRankEntry) rank = kr_rank_entry_new ();
  g_autoptr (KrPositionEntry) position = kr_position_entry_new ();
  g_autoptr (KrEducationEntry) education = kr_education_entry_new ();
  g_autofree char *nip =
      g_strdup_printf ("%04u%02u%02u%04u%02u%u%03u", g_date_get_year (&person->birth),
                       g_date_get_month (&person->birth), g_date_get_day (&person->birth),
                       g_date_get_year (&person->tmt_cpns), g_date_get_month (&person->tmt_cpns),
                       person->gender, ++fixture->sequence);
  gint64 id;

  kr_employee_set_nip (employee, nip);
  kr_employee_set_title_front (employee, person->title_front);
  kr_employee_set_name (employee, person->name);
  kr_employee_set_title_back (employee, person->title_back);
  kr_employee_set_birth_place (employee, person->birth_place);
  kr_employee_set_birth_date (employee, &person->birth);
  kr_employee_set_gender (employee, person->gender);
  kr_employee_set_tmt_cpns (employee, &person->tmt_cpns);
  id = kr_employee_repository_insert (fixture->employees, employee, NULL, &error);
  g_assert_no_error (error);

  rank->employee_id = id;
  rank->golongan = person->golongan;
  rank->promotion_kind = KR_PROMOTION_KIND_REGULER;
  rank->tmt = person->rank_tmt;
  kr_employee_repository_add_rank (fixture->employees, rank, &error);
  g_assert_no_error (error);

  position->employee_id = id;
  position->position_id = fixture->position_ids[person->position];
  position->tmt = person->position_tmt;
  kr_employee_repository_add_position (fixture->employees, position, &error);
  g_assert_no_error (error);

  education->employee_id = id;
  education->level = person->education;
  education->institution = g_strdup (person->institution);
  education->major = g_strdup (person->major);
  education->graduation_year = person->graduation_year;
  kr_employee_repository_add_education (fixture->employees, education, &error);
  g_assert_no_error (error);
  return id;
}

/* Adds @n employees drawn from the fixture's seeded generator, in one bulk load. */
static void
add_random_people (Fixture *fixture, guint n)
{
  static const guint golongan[] = { 21, 22, 23, 24, 31, 32, 33, 34, 41, 42 };
  static const KrEducation educations[] = { KR_EDUCATION_SLTA, KR_EDUCATION_D3, KR_EDUCATION_S1,
                                            KR_EDUCATION_S1, KR_EDUCATION_S2 };
  g_autoptr (GError) error = NULL;

  g_assert_true (kr_employee_repository_begin_bulk (fixture->employees, &error));
  for (guint i = 0; i < n; i++)
    {
      GRand *r = fixture->rand;
      g_autofree char *name = g_strdup_printf (
          "%s %s", first_names[g_rand_int_range (r, 0, G_N_ELEMENTS (first_names))],
          last_names[g_rand_int_range (r, 0, G_N_ELEMENTS (last_names))]);
      guint birth_year = (guint) g_rand_int_range (r, 1966, 1996);
      guint cpns_year = birth_year + (guint) g_rand_int_range (r, 22, 28);
      Person person = {
        .name = name,
        .birth_place = places[g_rand_int_range (r, 0, G_N_ELEMENTS (places))],
        .gender = g_rand_boolean (r) ? KR_GENDER_MALE : KR_GENDER_FEMALE,
        .golongan = golongan[g_rand_int_range (r, 0, G_N_ELEMENTS (golongan))],
        .position = (guint) g_rand_int_range (r, 1, N_POSITIONS),
        .education = educations[g_rand_int_range (r, 0, G_N_ELEMENTS (educations))],
        .institution = institutions[g_rand_int_range (r, 0, G_N_ELEMENTS (institutions))],
        .graduation_year = cpns_year - (guint) g_rand_int_range (r, 1, 4),
      };

      set_date (&person.birth, birth_year, (guint) g_rand_int_range (r, 1, 13),
                (guint) g_rand_int_range (r, 1, 29));
      set_date (&person.tmt_cpns, MIN (cpns_year, 2020u), (guint) g_rand_int_range (r, 1, 13), 1);
      set_date (&person.rank_tmt, (guint) g_rand_int_range (r, 2021, 2026),
                g_rand_boolean (r) ? 4 : 10, 1);
      set_date (&person.position_tmt, (guint) g_rand_int_range (r, 2021, 2026),
                (guint) g_rand_int_range (r, 1, 13), 2);
      add_person (fixture, &person);
    }
  g_assert_true (kr_employee_repository_end_bulk (fixture->employees, TRUE, &error));
  g_assert_no_error (error);
}

/* Two people whose rows the tests read field by field. */
static void
add_known_people (Fixture *fixture)
{
  Person siti = {
    .title_front = "Dr.",
    .name = "Siti Aminah",
    .title_back = "S.E., M.Si.",
    .birth_place = "Makassar",
    .gender = KR_GENDER_FEMALE,
    .golongan = 44, /* IV/d: the first row */
    .position = 0,
    .education = KR_EDUCATION_S3,
    .institution = "Universitas Hasanuddin",
    .major = "Ilmu Ekonomi",
    .graduation_year = 2016,
  };
  Person long_name = {
    .name = LONG_NAME,
    .birth_place = "Surakarta",
    .gender = KR_GENDER_FEMALE,
    .golongan = 43, /* IV/c: the second row */
    .position = 1,
    .education = KR_EDUCATION_S2,
    .institution = "Universitas Gadjah Mada",
    .major = "Manajemen Kebijakan Publik",
    .graduation_year = 2010,
  };

  set_date (&siti.birth, 1970, 3, 15);
  set_date (&siti.tmt_cpns, 1995, 3, 1);
  set_date (&siti.rank_tmt, 2022, 4, 1);
  set_date (&siti.position_tmt, 2021, 1, 4);
  add_person (fixture, &siti);

  set_date (&long_name.birth, 1972, 8, 17);
  set_date (&long_name.tmt_cpns, 1998, 1, 1);
  set_date (&long_name.rank_tmt, 2020, 10, 1);
  set_date (&long_name.position_tmt, 2019, 6, 3);
  add_person (fixture, &long_name);
}

/* The toolkit tests need only the temporary folder. */
static void
folder_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->dir = kr_test_make_tmp_dir ("kr-document-XXXXXX");
}

static void
folder_tear_down (Fixture *fixture, gconstpointer data)
{
  kr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->dir = kr_test_make_tmp_dir ("kr-document-duk-XXXXXX");
  fixture->db = kr_database_open (":memory:", KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  fixture->units = kr_unit_repository_new (fixture->db);
  fixture->employees = kr_employee_repository_new (fixture->db);
  fixture->rand = g_rand_new_with_seed (20261122);
  set_date (&fixture->date, 2026, 11, 22);
  add_units (fixture);
  add_known_people (fixture);
  add_random_people (fixture, 118);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_rand_free (fixture->rand);
  g_assert_finalize_object (fixture->employees);
  g_assert_finalize_object (fixture->units);
  g_assert_finalize_object (fixture->db);
  kr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* Reading PDFs back */

static char *
find_poppler (const char *program)
{
  char *path = g_find_program_in_path (program);

  if (path == NULL)
    g_error ("%s not found: the render tests need poppler-utils (apt install poppler-utils)",
             program);
  return path;
}

/* Returns the text of @pdf, one string per page, laid out as on the page. */
static GStrv
pdf_pages (const char *pdf)
{
  g_autofree char *pdftotext = find_poppler ("pdftotext");
  const char *argv[] = { pdftotext, "-layout", "-enc", "UTF-8", pdf, "-", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr (GError) error = NULL;
  int wait_status;
  GStrv pages;
  guint n;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &wait_status,
                &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (wait_status, &error))
    g_error ("pdftotext failed on %s: %s", pdf, err);
  /* Pages end with a form feed; the text after the last one is empty. */
  pages = g_strsplit (out, "\f", -1);
  n = g_strv_length (pages);
  g_assert_cmpuint (n, >, 1);
  g_assert_cmpstr (pages[n - 1], ==, "");
  g_free (pages[n - 1]);
  pages[n - 1] = NULL;
  return pages;
}

/* Collapses runs of white space to one space, so that words can be found whatever the
 * column gaps. */
static char *
squeeze (const char *text)
{
  g_autoptr (GRegex) spaces = g_regex_new ("[ \t]+", 0, 0, NULL);

  return g_regex_replace_literal (spaces, text, -1, 0, " ", 0, NULL);
}

static void
assert_has (const char *text, const char *needle)
{
  g_autofree char *squeezed = squeeze (text);

  if (strstr (squeezed, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, text);
}

static void
assert_lacks (const char *text, const char *needle)
{
  g_autofree char *squeezed = squeeze (text);

  if (strstr (squeezed, needle) != NULL)
    g_error ("“%s” unexpectedly found in:\n%s", needle, text);
}

/* Returns the lines of @page from the one holding @anchor to the next row's number (a line
 * starting with a number in the NO. column), i.e. the text of @anchor's table row. */
static char *
row_text (const char *page, const char *anchor)
{
  g_auto (GStrv) lines = g_strsplit (page, "\n", -1);
  g_autoptr (GRegex) row_start = g_regex_new ("^\\s{0,6}\\d+\\s{2,}\\S", 0, 0, NULL);
  GString *row = g_string_new (NULL);
  guint i = 0;

  while (lines[i] != NULL && strstr (lines[i], anchor) == NULL)
    i++;
  if (lines[i] == NULL)
    g_error ("“%s” not found in:\n%s", anchor, page);
  do
    g_string_append_printf (row, "%s\n", lines[i++]);
  while (lines[i] != NULL && !g_regex_match (row_start, lines[i], 0, NULL) &&
         strstr (lines[i], "Halaman") == NULL);
  return g_string_free (row, FALSE);
}

static guint
write_duk (Fixture *fixture, gint64 unit_id, KrPaper paper, const char *name, GStrv *pages)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDocument) document = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

  document = kr_document_duk_new (fixture->db, unit_id, &fixture->date, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (kr_pdf_write (path, document, paper, &error));
  g_assert_no_error (error);
  *pages = pdf_pages (path);
  g_assert_cmpuint (g_strv_length (*pages), ==, kr_document_get_n_pages (document));

  /* Kept for people to look at (meson test artefacts). */
  if (g_str_has_prefix (name, "duk-"))
    {
      g_autofree char *copy = g_test_build_filename (G_TEST_BUILT, name, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_file_set_contents (copy, contents, (gssize) length, NULL);
    }
  return g_strv_length (*pages);
}

/* Tests of the DUK */

static void
test_duk_text (Fixture *fixture, gconstpointer data)
{
  g_auto (GStrv) pages = NULL;
  g_auto (GStrv) f4 = NULL;
  g_auto (GStrv) more = NULL;
  g_autofree char *last_f4 = NULL;
  g_autofree char *siti = NULL;
  g_autofree char *raden = NULL;
  g_autofree char *footer = NULL;
  guint n = write_duk (fixture, 0, KR_PAPER_A4, "duk-a4.pdf", &pages);
  guint n_f4, n_more;

  g_assert_cmpuint (n, >=, 4);
  assert_has (pages[0], "DAFTAR URUT KEPANGKATAN PEGAWAI NEGERI SIPIL");
  assert_has (pages[0], "PEMERINTAH KABUPATEN CONTOH");
  assert_has (pages[0], "Keadaan per 22 November 2026");
  footer = g_strdup_printf ("Halaman 1 dari %u", n);
  assert_has (pages[0], footer);
  assert_has (pages[0], "GOL. RUANG");

  /* The first row, field by field. */
  siti = row_text (pages[0], "Siti Aminah");
  g_test_message ("Row of Siti Aminah:\n%s", siti);
  assert_has (siti, "1 Dr. Siti Aminah, S.E.,");
  assert_has (siti, "M.Si.");
  assert_has (siti, "19700315 199503 2 001");
  assert_has (siti, "Makassar, 15-03-1970");
  assert_has (siti, "IV/d");
  assert_has (siti, "Pembina Utama");
  assert_has (siti, "Madya");
  assert_has (siti, "01-04-2022");
  assert_has (siti, "Kepala Badan");
  assert_has (siti, "Pengembangan");
  assert_has (siti, "04-01-2021");
  /* Masa kerja from 1 March 1995 to 22 November 2026: 31 years 8 months; age 56. */
  assert_has (siti, " 31 8 ");
  assert_has (siti, "S-3");
  assert_has (siti, "Hasanuddin");
  assert_has (siti, "2016");
  assert_has (siti, " 56");

  /* The second row: the long name wraps, and its last word is still there. */
  assert_has (pages[0], "2 Raden Ajeng");
  assert_has (pages[0], LONG_NAME_LAST_WORD);
  assert_has (pages[0], "IV/c");
  /* The secretary sits in BKPSDM; below the whole instansi, the unit is named. */
  raden = row_text (pages[0], "Raden Ajeng");
  assert_has (raden, "Sekretaris Badan");
  assert_has (raden, "Badan Kepegawaian");

  /* Every later page repeats the header and numbers itself; only the first has the title. */
  for (guint i = 1; i < n; i++)
    {
      g_autofree char *number = g_strdup_printf ("Halaman %u dari %u", i + 1, n);

      assert_has (pages[i], number);
      assert_has (pages[i], "NAMA JABATAN");
      assert_has (pages[i], "GOL. RUANG");
      assert_has (pages[i], "NAMA SEKOLAH");
      assert_has (pages[i], "TINGKAT");
      assert_has (pages[i], "Keadaan per 22 November 2026");
      assert_lacks (pages[i], "DAFTAR URUT KEPANGKATAN PEGAWAI NEGERI SIPIL");
    }

  /* The last row and the signature with its blank lines. */
  assert_has (pages[n - 1], "120 ");
  assert_lacks (pages[n - 1], "121 ");
  assert_has (pages[n - 1], ".............................., 22 November 2026");
  assert_has (pages[n - 1], "Kepala BKPSDM");
  assert_has (pages[n - 1], "NIP. ......");

  /* F4 is wider and a little taller: the same rows take fewer pages. */
  n_f4 = write_duk (fixture, 0, KR_PAPER_F4, "duk-f4.pdf", &f4);
  g_assert_cmpuint (n_f4, <, n);
  last_f4 = g_strdup_printf ("Halaman %u dari %u", n_f4, n_f4);
  assert_has (f4[n_f4 - 1], last_f4);
  assert_has (f4[n_f4 - 1], "Kepala BKPSDM");

  /* More rows, more pages. */
  add_random_people (fixture, 60);
  n_more = write_duk (fixture, 0, KR_PAPER_A4, "more.pdf", &more);
  g_assert_cmpuint (n_more, >, n);
  assert_has (more[n_more - 1], "180 ");
}

static void
test_duk_unit (Fixture *fixture, gconstpointer data)
{
  g_auto (GStrv) pages = NULL;
  guint n = write_duk (fixture, fixture->unit_ids[UNIT_DINKES], KR_PAPER_A4, "dinkes.pdf", &pages);
  g_autofree char *joined = g_strjoinv ("", pages);
  g_autofree char *last = g_strdup_printf ("Halaman %u dari %u", n, n);

  assert_has (pages[n - 1], last);
  assert_has (pages[0], "PEMERINTAH KABUPATEN CONTOH");
  assert_has (pages[0], "DINAS KESEHATAN");
  assert_has (joined, "Perawat Ahli Pertama");
  assert_lacks (joined, "Siti Aminah");
  assert_lacks (joined, "Analis Sumber Daya Manusia");
}

static void
test_duk_empty (Fixture *fixture, gconstpointer data)
{
  g_auto (GStrv) pages = NULL;
  guint n = write_duk (fixture, fixture->unit_ids[UNIT_EMPTY], KR_PAPER_A4, "empty.pdf", &pages);

  g_assert_cmpuint (n, ==, 1);
  assert_has (pages[0], "DINAS KEARSIPAN DAN PERPUSTAKAAN");
  assert_has (pages[0], "Tidak ada Pegawai Negeri Sipil pada unit ini.");
  assert_has (pages[0], "Halaman 1 dari 1");
  assert_has (pages[0], "Kepala BKPSDM");
}

static void
test_duk_unknown_unit (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDocument) document =
      kr_document_duk_new (fixture->db, 424242, &fixture->date, "Bandung", &error);

  g_assert_null (document);
  g_assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND);
}

static void
test_duk_place (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDocument) document = kr_document_duk_new (fixture->db, fixture->unit_ids[UNIT_EMPTY],
                                                         &fixture->date, "Soreang", &error);
  g_autofree char *path = g_build_filename (fixture->dir, "place.pdf", NULL);
  g_auto (GStrv) pages = NULL;

  g_assert_no_error (error);
  g_assert_true (kr_pdf_write (path, document, KR_PAPER_F4, &error));
  g_assert_no_error (error);
  pages = pdf_pages (path);
  assert_has (pages[0], "Soreang, 22 November 2026");
}

/* Tests of the toolkit and the PDF writer, with a table of made-up rows */

typedef struct
{
  guint n_rows;
  guint n_lines;  /* lines in the second column of each row */
  guint n_calls;  /* times the source ran */
  guint tall_row; /* a row with 200 lines, 0 for none */
  gboolean fail;  /* fail after the fifth row */
} Rows;

static gboolean
rows_cb (KrDocument *document, gpointer user_data, GError **error)
{
  Rows *rows = user_data;

  rows->n_calls++;
  for (guint i = 1; i <= rows->n_rows; i++)
    {
      g_autofree char *number = g_strdup_printf ("R%u", i);
      GString *text = g_string_new (NULL);
      guint n_lines = i == rows->tall_row ? 200 : rows->n_lines;
      const char *cells[3];
      gboolean more;

      if (rows->fail && i == 6)
        {
          g_string_free (text, TRUE);
          g_set_error (error, KR_ERROR, KR_ERROR_STORAGE, "The rows ran out");
          return FALSE;
        }
      for (guint line = 1; line <= n_lines; line++)
        g_string_append_printf (text, "%sR%u-L%u", line > 1 ? "\n" : "", i, line);
      cells[0] = number;
      cells[1] = text->str;
      cells[2] = NULL;
      more = kr_document_add_row (document, cells);
      g_string_free (text, TRUE);
      if (!more)
        break;
    }
  return TRUE;
}

static KrDocument *
make_table_document (Rows *rows)
{
  static const KrDocumentColumn table[] = {
    { "NO.", NULL, 1, PANGO_ALIGN_CENTER },
    { "ISI", "DATA", 6, PANGO_ALIGN_LEFT },
    { "KOSONG", "DATA", 2, PANGO_ALIGN_LEFT },
  };
  const KrDocumentTextStyle closing = { .keep_with_previous = TRUE, .space_before = 10 };
  KrDocument *document = kr_document_new ();

  kr_document_set_title (document, "Uji Tabel");
  kr_document_add_text (document, "JUDUL UJI", NULL);
  kr_document_add_table (document, table, G_N_ELEMENTS (table), TRUE, NULL, rows_cb, rows, NULL);
  kr_document_add_text (document, "PENUTUP\nBARIS DUA\nBARIS TIGA", &closing);
  return document;
}

static GStrv
write_table (Fixture *fixture, KrDocument *document, const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

  g_assert_true (kr_pdf_write (path, document, KR_PAPER_A4, &error));
  g_assert_no_error (error);
  return pdf_pages (path);
}

static void
test_rows_not_split (Fixture *fixture, gconstpointer data)
{
  Rows rows = { .n_rows = 90, .n_lines = 4 };
  g_autoptr (KrDocument) document = make_table_document (&rows);
  g_auto (GStrv) pages = write_table (fixture, document, "rows.pdf");
  guint n = g_strv_length (pages);

  /* Paginating and drawing each run the source once. */
  g_assert_cmpuint (rows.n_calls, ==, 2);
  g_assert_cmpuint (n, >, 2);
  for (guint i = 1; i <= rows.n_rows; i++)
    {
      g_autofree char *first = g_strdup_printf ("R%u-L1\n", i);
      g_autofree char *last = g_strdup_printf ("R%u-L4\n", i);
      guint first_page = n, last_page = n;

      for (guint page = 0; page < n; page++)
        {
          g_autofree char *text = g_strconcat (pages[page], "\n", NULL);
          g_autofree char *squeezed = squeeze (text);

          if (strstr (squeezed, first) != NULL)
            first_page = page;
          if (strstr (squeezed, last) != NULL)
            last_page = page;
        }
      g_assert_cmpuint (first_page, <, n);
      g_assert_cmpuint (first_page, ==, last_page);
    }
  for (guint page = 0; page < n; page++)
    {
      assert_has (pages[page], "ISI");
      assert_has (pages[page], "DATA");
    }
  /* The closing paragraph stays whole, with the last row before it. */
  assert_has (pages[n - 1], "R90-L4");
  assert_has (pages[n - 1], "PENUTUP");
  assert_has (pages[n - 1], "BARIS TIGA");
}

static void
test_tall_row (Fixture *fixture, gconstpointer data)
{
  Rows rows = { .n_rows = 5, .n_lines = 1, .tall_row = 3 };
  g_autoptr (KrDocument) document = make_table_document (&rows);
  g_auto (GStrv) pages = write_table (fixture, document, "tall.pdf");
  g_autofree char *joined = g_strjoinv ("\n", pages);
  g_autofree char *squeezed = squeeze (joined);
  guint n = g_strv_length (pages);

  /* 200 lines cannot fit a page: the row continues over pages, losing no line. */
  g_assert_cmpuint (n, >=, 3);
  for (guint line = 1; line <= 200; line++)
    {
      g_autofree char *needle = g_strdup_printf ("R3-L%u\n", line);
      char *found = strstr (squeezed, needle);

      g_assert_nonnull (found);
      g_assert_null (strstr (found + 1, needle));
    }
  for (guint page = 1; page < n; page++)
    assert_has (pages[page], "ISI");
  assert_has (pages[n - 1], "R5-L1");
}

static gboolean
next_page_cb (KrDocument *document, cairo_t *cr, guint page, gpointer user_data, GError **error)
{
  cairo_show_page (cr);
  return TRUE;
}

/* A print dialog draws one page at a time, in any order: each page drawn alone must be the
 * page drawn in sequence, and with kept rows the source runs only once. */
static void
test_single_pages (Fixture *fixture, gconstpointer data)
{
  Rows rows = { .n_rows = 90, .n_lines = 3 };
  g_autoptr (KrDocument) document = make_table_document (&rows);
  g_auto (GStrv) pages = write_table (fixture, document, "sequence.pdf");
  g_autofree char *path = g_build_filename (fixture->dir, "single.pdf", NULL);
  guint n = g_strv_length (pages);
  g_auto (GStrv) single = NULL;
  double width, height;

  kr_document_set_keep_rows (document, TRUE);
  rows.n_calls = 0;
  kr_pdf_get_page_size (document, KR_PAPER_A4, &width, &height);
  {
    g_autoptr (GError) error = NULL;
    cairo_surface_t *surface = cairo_pdf_surface_create (path, width, height);
    cairo_t *cr = cairo_create (surface);

    g_assert_true (kr_document_paginate (document, cr, width, height, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (kr_document_get_n_pages (document), ==, n);
    for (guint page = n; page > 0; page--)
      {
        g_assert_true (
            kr_document_draw_pages (document, cr, page - 1, page - 1, next_page_cb, NULL, &error));
        g_assert_no_error (error);
      }
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }
  g_assert_cmpuint (rows.n_calls, ==, 1);

  single = pdf_pages (path);
  g_assert_cmpuint (g_strv_length (single), ==, n);
  for (guint page = 0; page < n; page++)
    g_assert_cmpstr (single[n - 1 - page], ==, pages[page]);
}

static void
test_source_error (Fixture *fixture, gconstpointer data)
{
  Rows rows = { .n_rows = 20, .n_lines = 1, .fail = TRUE };
  g_autoptr (KrDocument) document = make_table_document (&rows);
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "failed.pdf", NULL);

  g_assert_false (kr_pdf_write (path, document, KR_PAPER_A4, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_STORAGE);
  g_assert_cmpstr (error->message, ==, "The rows ran out");
  /* Nothing is left behind, not even the temporary file. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  {
    g_autoptr (GDir) dir = g_dir_open (fixture->dir, 0, NULL);

    g_assert_null (g_dir_read_name (dir));
  }
}

static void
test_pdf_replace_and_fail (Fixture *fixture, gconstpointer data)
{
  Rows rows = { .n_rows = 3, .n_lines = 1 };
  g_autoptr (KrDocument) document = make_table_document (&rows);
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "out.pdf", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "no-such-folder", "out.pdf", NULL);
  g_auto (GStrv) pages = NULL;

  /* An existing file is replaced. */
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_true (kr_pdf_write (path, document, KR_PAPER_A4, &error));
  g_assert_no_error (error);
  pages = pdf_pages (path);
  assert_has (pages[0], "R3-L1");

  g_assert_false (kr_pdf_write (missing, document, KR_PAPER_A4, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "no-such-folder"));
}

static void
test_dates (void)
{
  GDate date;
  g_autofree char *long_form = NULL;
  g_autofree char *numeric = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *may = NULL;

  set_date (&date, 2026, 11, 22);
  long_form = kr_document_format_date (&date);
  numeric = kr_document_format_date_numeric (&date);
  missing = kr_document_format_date_numeric (NULL);
  g_assert_cmpstr (long_form, ==, "22 November 2026");
  g_assert_cmpstr (numeric, ==, "22-11-2026");
  g_assert_cmpstr (missing, ==, "-");
  set_date (&date, 2024, 5, 1);
  may = kr_document_format_date (&date);
  g_assert_cmpstr (may, ==, "1 Mei 2024");
}

static void
add_fixture_test (const char *name, void (*func) (Fixture *, gconstpointer))
{
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

static void
add_folder_test (const char *name, void (*func) (Fixture *, gconstpointer))
{
  g_test_add (name, Fixture, NULL, folder_set_up, func, folder_tear_down);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/render/document/dates", test_dates);
  add_folder_test ("/render/document/rows-not-split", test_rows_not_split);
  add_folder_test ("/render/document/tall-row", test_tall_row);
  add_folder_test ("/render/document/single-pages", test_single_pages);
  add_folder_test ("/render/document/source-error", test_source_error);
  add_folder_test ("/render/pdf/replace-and-fail", test_pdf_replace_and_fail);
  add_fixture_test ("/render/duk/text-paper-growth", test_duk_text);
  add_fixture_test ("/render/duk/unit", test_duk_unit);
  add_fixture_test ("/render/duk/empty", test_duk_empty);
  add_fixture_test ("/render/duk/unknown-unit", test_duk_unknown_unit);
  add_fixture_test ("/render/duk/place", test_duk_place);
  return g_test_run ();
}
