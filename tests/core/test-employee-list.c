/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-employee-list"

#include "config.h"

#include <string.h>

#include "kr-database-private.h"
#include "kr-database.h"
#include "kr-date.h"
#include "kr-employee-list-private.h"
#include "kr-employee-list.h"
#include "kr-employee-query.h"
#include "kr-employee-repository.h"
#include "kr-error.h"
#include "kr-position.h"
#include "kr-test-utils.h"
#include "kr-unit-repository.h"

/* The list is checked against expectations computed here without SQL: the fixture keeps
 * every employee as the repository reads them back, and each test filters and sorts that
 * array by the rules that kr-employee-query.h documents. All NIPs and names are synthetic. */

/* A little more than two pages of 256, so that reads cross page boundaries. */
#define N_RANDOM 690

typedef struct
{
  char *dir; /* of the database file, NULL for a database in memory */
  KrDatabase *db;
  KrUnitRepository *units;
  KrEmployeeRepository *employees;
  GHashTable *parents;  /* unit id -> parent id (gint64 in pointers) */
  GPtrArray *positions; /* KrPositionRecord */
  GPtrArray *all;       /* KrEmployee, as read back */
  gint64 root, education, curriculum, section, staffing, transfers, health;
  guint n_inserted;
} Fixture;

static void
set_date (GDate *date, guint year, guint month, guint day)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

static gint64
add_unit (Fixture *fixture, gint64 parent, const char *code, const char *name, KrUnitKind kind)
{
  g_autoptr (GError) error = NULL;
  gint64 id = kr_unit_repository_add (fixture->units, parent, code, name, kind, &error);

  g_assert_no_error (error);
  g_hash_table_insert (fixture->parents, GINT_TO_POINTER (id), GINT_TO_POINTER (parent));
  return id;
}

static void
add_position (Fixture *fixture,
              gint64 unit,
              const char *name,
              KrPositionKind kind,
              KrPositionLevel level,
              gboolean is_head)
{
  g_autoptr (GError) error = NULL;
  KrPositionRecord *position = kr_position_record_new ();

  position->unit_id = unit;
  position->name = g_strdup (name);
  position->kind = kind;
  position->level = level;
  position->is_head = is_head;
  kr_unit_repository_add_position (fixture->units, position, &error);
  g_assert_no_error (error);
  g_ptr_array_add (fixture->positions, position);
}

/* The position of @kind and @level in @unit. */
static gint64
find_position (Fixture *fixture, gint64 unit, KrPositionKind kind, KrPositionLevel level)
{
  for (guint i = 0; i < fixture->positions->len; i++)
    {
      const KrPositionRecord *position = fixture->positions->pdata[i];

      if (position->unit_id == unit && position->kind == kind && position->level == level)
        return position->id;
    }
  g_assert_not_reached ();
}

static void
add_organisation (Fixture *fixture)
{
  static const struct
  {
    const char *name;
    KrPositionKind kind;
    KrPositionLevel level;
  } staff[] = {
    { "Analis Kebijakan Ahli Pertama", KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN,
      KR_POSITION_LEVEL_AHLI_PERTAMA },
    { "Analis Kebijakan Ahli Muda", KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN,
      KR_POSITION_LEVEL_AHLI_MUDA },
    { "Analis Kebijakan Ahli Madya", KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN,
      KR_POSITION_LEVEL_AHLI_MADYA },
    { "Widyaiswara Ahli Utama", KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN,
      KR_POSITION_LEVEL_AHLI_UTAMA },
    { "Arsiparis Penyelia", KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN, KR_POSITION_LEVEL_PENYELIA },
    { "Pranata Komputer Mahir", KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN, KR_POSITION_LEVEL_MAHIR },
    { "Pengadministrasi Umum", KR_POSITION_KIND_PELAKSANA, KR_POSITION_LEVEL_NONE },
  };
  struct
  {
    gint64 id;
    KrPositionKind head;
  } units[7];

  fixture->root =
      add_unit (fixture, 0, "PEMDA", "Pemerintah Kabupaten Contoh", KR_UNIT_KIND_INSTANSI);
  fixture->education = add_unit (fixture, fixture->root, "DIKBUD", "Dinas Pendidikan",
                                 KR_UNIT_KIND_PERANGKAT_DAERAH);
  fixture->curriculum =
      add_unit (fixture, fixture->education, "DIKBUD-KUR", "Bidang Kurikulum", KR_UNIT_KIND_BIDANG);
  fixture->section = add_unit (fixture, fixture->curriculum, "DIKBUD-KUR-1", "Seksi Sekolah Dasar",
                               KR_UNIT_KIND_SUB_BIDANG);
  fixture->staffing = add_unit (fixture, fixture->root, "BKPSDM", "Badan Kepegawaian Daerah",
                                KR_UNIT_KIND_PERANGKAT_DAERAH);
  fixture->transfers =
      add_unit (fixture, fixture->staffing, "BKPSDM-MUT", "Bidang Mutasi", KR_UNIT_KIND_BIDANG);
  fixture->health =
      add_unit (fixture, fixture->root, "DINKES", "Dinas Kesehatan", KR_UNIT_KIND_PERANGKAT_DAERAH);

  units[0].id = fixture->root, units[0].head = KR_POSITION_KIND_JPT_MADYA;
  units[1].id = fixture->education, units[1].head = KR_POSITION_KIND_JPT_PRATAMA;
  units[2].id = fixture->curriculum, units[2].head = KR_POSITION_KIND_ADMINISTRATOR;
  units[3].id = fixture->section, units[3].head = KR_POSITION_KIND_PENGAWAS;
  units[4].id = fixture->staffing, units[4].head = KR_POSITION_KIND_JPT_PRATAMA;
  units[5].id = fixture->transfers, units[5].head = KR_POSITION_KIND_ADMINISTRATOR;
  units[6].id = fixture->health, units[6].head = KR_POSITION_KIND_JPT_PRATAMA;
  for (guint u = 0; u < G_N_ELEMENTS (units); u++)
    {
      add_position (fixture, units[u].id, "Kepala", units[u].head, KR_POSITION_LEVEL_NONE, TRUE);
      for (guint s = 0; s < G_N_ELEMENTS (staff); s++)
        add_position (fixture, units[u].id, staff[s].name, staff[s].kind, staff[s].level, FALSE);
    }
}

/* What one employee of the fixture is made of. */
typedef struct
{
  const char *name;
  KrEmployeeKind kind;
  KrEmployeeStatus status;
  GDate birth;
  gboolean tmt_known;
  guint golongan;     /* 0: no rank history */
  guint rank_years;   /* the rank's TMT, this many years after the TMT CPNS */
  gint64 position_id; /* 0: no position */
  const char *title_front;
  const char *title_back;
  guint sequence; /* of the NIP; 0 for one of its own */
} Spec;

static gint64
insert_employee (Fixture *fixture, const Spec *spec)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployee) employee = kr_employee_new ();
  g_autofree char *nip = NULL;
  KrGender gender = fixture->n_inserted++ % 2 ? KR_GENDER_FEMALE : KR_GENDER_MALE;
  guint sequence = spec->sequence != 0 ? spec->sequence : 1 + fixture->n_inserted;
  GDate tmt = spec->birth;
  gint64 id;

  /* Appointed at 25, on the 1st of the month; PPPK in 2023, CPNS in 2024. */
  g_date_add_years (&tmt, 25);
  g_date_set_day (&tmt, 1);
  if (spec->kind == KR_EMPLOYEE_KIND_PPPK)
    set_date (&tmt, 2023, 3, 1);
  else if (spec->kind == KR_EMPLOYEE_KIND_CPNS)
    set_date (&tmt, 2024, 3, 1);

  if (spec->kind == KR_EMPLOYEE_KIND_PPPK)
    nip = g_strdup_printf ("%04u%02u%02u%04u21%u%03u", g_date_get_year (&spec->birth),
                           g_date_get_month (&spec->birth), g_date_get_day (&spec->birth),
                           g_date_get_year (&tmt), gender, sequence);
  else
    nip = g_strdup_printf ("%04u%02u%02u%04u%02u%u%03u", g_date_get_year (&spec->birth),
                           g_date_get_month (&spec->birth), g_date_get_day (&spec->birth),
                           g_date_get_year (&tmt), g_date_get_month (&tmt), gender, sequence);
  kr_employee_set_nip (employee, nip);
  kr_employee_set_name (employee, spec->name);
  kr_employee_set_title_front (employee, spec->title_front);
  kr_employee_set_title_back (employee, spec->title_back);
  kr_employee_set_kind (employee, spec->kind);
  kr_employee_set_status (employee, spec->status);
  kr_employee_set_gender (employee, gender);
  kr_employee_set_birth_date (employee, &spec->birth);
  if (spec->tmt_known)
    kr_employee_set_tmt_cpns (employee, &tmt);
  id = kr_employee_repository_insert (fixture->employees, employee, NULL, &error);
  g_assert_no_error (error);

  if (spec->golongan != 0)
    {
      g_autoptr (KrRankEntry) rank = kr_rank_entry_new ();

      rank->employee_id = id;
      rank->golongan = spec->golongan;
      rank->promotion_kind = spec->kind == KR_EMPLOYEE_KIND_PNS && spec->rank_years > 0
                                 ? KR_PROMOTION_KIND_REGULER
                                 : KR_PROMOTION_KIND_PENGANGKATAN;
      rank->tmt = tmt;
      g_date_add_years (&rank->tmt, spec->rank_years);
      kr_employee_repository_add_rank (fixture->employees, rank, &error);
      g_assert_no_error (error);
    }
  if (spec->position_id != 0)
    {
      g_autoptr (KrPositionEntry) position = kr_position_entry_new ();

      position->employee_id = id;
      position->position_id = spec->position_id;
      position->tmt = tmt;
      kr_employee_repository_add_position (fixture->employees, position, &error);
      g_assert_no_error (error);
    }
  return id;
}

static const char *const first_names[] = {
  "Siti", "Budi", "Ahmad", "Dewi", "Agus", "Rina", "Andi", "Sri", "Eko", "Wahyu", "Yusuf",
};
static const char *const last_names[] = {
  "Aminah", "Santoso", "Wijaya", "Lestari", "Hidayat", "Saputra", "Nasution", "Siregar", "Amir",
};
static const guint pns_golongan[] = { 11, 14, 21, 22, 24, 31, 32, 33, 34, 41, 42, 44, 45 };

/* N_RANDOM employees with many equal names and ranks, some without rank, position or TMT
 * CPNS; then a few born on the edges of the retirement windows that the tests use. */
static void
add_employees (Fixture *fixture)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (7);
  g_autoptr (GError) error = NULL;
  static const struct
  {
    guint year, month, day;
    KrPositionKind kind;
    KrPositionLevel level;
  } edges[] = {
    /* Pelaksana, BUP 58: TMT pensiun 2025-06-01, 2026-06-01, 2026-07-01, 2025-05-01 */
    { 1967, 5, 10, KR_POSITION_KIND_PELAKSANA, KR_POSITION_LEVEL_NONE },
    { 1968, 5, 31, KR_POSITION_KIND_PELAKSANA, KR_POSITION_LEVEL_NONE },
    { 1968, 6, 1, KR_POSITION_KIND_PELAKSANA, KR_POSITION_LEVEL_NONE },
    { 1967, 4, 30, KR_POSITION_KIND_PELAKSANA, KR_POSITION_LEVEL_NONE },
    /* Ahli Madya aged 60 on 7 April 2017 keeps 65: TMT pensiun 2022-04-01 */
    { 1957, 3, 20, KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN, KR_POSITION_LEVEL_AHLI_MADYA },
    /* ... but not one born after that day: 60, so 2017-05-01 */
    { 1957, 4, 20, KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN, KR_POSITION_LEVEL_AHLI_MADYA },
    /* Ahli Madya, 60: 2022-04-01; Ahli Utama, 65: 2022-02-01 */
    { 1962, 3, 20, KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN, KR_POSITION_LEVEL_AHLI_MADYA },
    { 1957, 1, 15, KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN, KR_POSITION_LEVEL_AHLI_UTAMA },
    /* Ahli Muda aged 58 on 7 April 2017 keeps 60: 2019-04-01 */
    { 1959, 3, 3, KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN, KR_POSITION_LEVEL_AHLI_MUDA },
  };

  g_assert_true (kr_employee_repository_begin_bulk (fixture->employees, &error));
  for (guint i = 0; i < N_RANDOM; i++)
    {
      g_autofree char *name = g_strdup_printf (
          "%s %s", first_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (first_names))],
          last_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (last_names))]);
      Spec spec = { name, KR_EMPLOYEE_KIND_PNS, KR_EMPLOYEE_STATUS_AKTIF };
      guint r = (guint) g_rand_int_range (rand, 0, 100);

      set_date (&spec.birth, 1955, 1, 1);
      g_date_add_days (&spec.birth, (guint) g_rand_int_range (rand, 0, 46 * 365));
      spec.kind = r < 15   ? KR_EMPLOYEE_KIND_PPPK
                  : r < 20 ? KR_EMPLOYEE_KIND_CPNS
                           : KR_EMPLOYEE_KIND_PNS;
      if (g_date_get_year (&spec.birth) > 1999 && spec.kind == KR_EMPLOYEE_KIND_PNS)
        spec.kind = KR_EMPLOYEE_KIND_CPNS;
      spec.status = i % 11 == 0   ? KR_EMPLOYEE_STATUS_PENSIUN
                    : i % 13 == 0 ? KR_EMPLOYEE_STATUS_TUGAS_BELAJAR
                                  : KR_EMPLOYEE_STATUS_AKTIF;
      spec.tmt_known = i % 37 != 5;
      if (i % 23 != 4)
        spec.golongan = spec.kind == KR_EMPLOYEE_KIND_PPPK
                            ? 101 + (guint) g_rand_int_range (rand, 0, 17)
                        : spec.kind == KR_EMPLOYEE_KIND_CPNS
                            ? (r % 2 ? 21 : 31)
                            : pns_golongan[g_rand_int_range (rand, 0, G_N_ELEMENTS (pns_golongan))];
      /* Few different TMTs, so that equal golongan and TMT are common. */
      spec.rank_years =
          spec.kind == KR_EMPLOYEE_KIND_PNS ? (guint) g_rand_int_range (rand, 0, 2) : 0;
      if (i % 29 != 3)
        spec.position_id =
            ((KrPositionRecord *)
                 fixture->positions->pdata[g_rand_int_range (rand, 0, fixture->positions->len)])
                ->id;
      spec.title_front = i % 17 == 0 ? "Dr." : NULL;
      spec.title_back = i % 5 == 0 ? "S.Kom." : NULL;
      insert_employee (fixture, &spec);
    }
  for (guint i = 0; i < G_N_ELEMENTS (edges); i++)
    {
      Spec spec = { "Yusuf Pensiun", KR_EMPLOYEE_KIND_PNS, KR_EMPLOYEE_STATUS_AKTIF };

      set_date (&spec.birth, edges[i].year, edges[i].month, edges[i].day);
      spec.tmt_known = TRUE;
      spec.golongan = 34;
      spec.position_id = find_position (fixture, fixture->health, edges[i].kind, edges[i].level);
      insert_employee (fixture, &spec);
    }
  g_assert_true (kr_employee_repository_end_bulk (fixture->employees, TRUE, &error));
  g_assert_no_error (error);
}

/* Reads every employee back, as the list would show them. */
static void
reload (Fixture *fixture)
{
  sqlite3 *db = _kr_database_get_handle (fixture->db);
  sqlite3_stmt *stmt = NULL;

  g_ptr_array_set_size (fixture->all, 0);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT id FROM employee", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr (GError) error = NULL;
      KrEmployee *employee =
          kr_employee_repository_get (fixture->employees, sqlite3_column_int64 (stmt, 0), &error);

      g_assert_no_error (error);
      g_ptr_array_add (fixture->all, employee);
    }
  sqlite3_finalize (stmt);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  g_autofree char *path = NULL;

  /* @data: whether the database is a file, which other connections can read. */
  if (data != NULL)
    {
      fixture->dir = kr_test_make_tmp_dir ("kr-list-XXXXXX");
      path = g_build_filename (fixture->dir, "karier.db", NULL);
    }
  fixture->db = kr_database_open (path != NULL ? path : ":memory:", KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  fixture->units = kr_unit_repository_new (fixture->db);
  fixture->employees = kr_employee_repository_new (fixture->db);
  fixture->parents = g_hash_table_new (NULL, NULL);
  fixture->positions = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_position_record_free);
  fixture->all = g_ptr_array_new_with_free_func (g_object_unref);
  add_organisation (fixture);
  add_employees (fixture);
  reload (fixture);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_ptr_array_unref (fixture->all);
  g_ptr_array_unref (fixture->positions);
  g_hash_table_unref (fixture->parents);
  g_assert_finalize_object (fixture->employees);
  g_assert_finalize_object (fixture->units);
  g_assert_finalize_object (fixture->db);
  if (fixture->dir != NULL)
    kr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* Expectations */

static char *
date_text (const GDate *date, const char *unknown)
{
  return date != NULL && g_date_valid (date) ? kr_date_format_iso (date) : g_strdup (unknown);
}

/* The ascending orders of kr-employee-query.h, ties broken by id. */
static int
compare_ascending (KrEmployee *a, KrEmployee *b, KrEmployeeSort sort)
{
  gint64 id_a = kr_employee_get_id (a), id_b = kr_employee_get_id (b);
  int by_id = (id_a > id_b) - (id_a < id_b);
  int result = 0;

  switch (sort)
    {
    case KR_EMPLOYEE_SORT_NAME:
      return strcmp (kr_employee_get_name (a), kr_employee_get_name (b)) ?: by_id;
    case KR_EMPLOYEE_SORT_NIP:
      return strcmp (kr_employee_get_nip (a), kr_employee_get_nip (b)) ?: by_id;
    case KR_EMPLOYEE_SORT_GOLONGAN:
      {
        /* The reverse of the DUK: lowest golongan first, the latest TMT in it first. */
        g_autofree char *tmt_a = date_text (kr_employee_get_rank_tmt (a), "");
        g_autofree char *tmt_b = date_text (kr_employee_get_rank_tmt (b), "");
        guint g_a = kr_employee_get_golongan (a), g_b = kr_employee_get_golongan (b);

        result = (g_a > g_b) - (g_a < g_b);
        return result ?: -strcmp (tmt_a, tmt_b) ?: -by_id;
      }
    case KR_EMPLOYEE_SORT_POSITION:
    case KR_EMPLOYEE_SORT_UNIT:
      {
        gint64 group_a = sort == KR_EMPLOYEE_SORT_UNIT ? kr_employee_get_unit_id (a)
                                                       : kr_employee_get_position_id (a);
        gint64 group_b = sort == KR_EMPLOYEE_SORT_UNIT ? kr_employee_get_unit_id (b)
                                                       : kr_employee_get_position_id (b);

        result = (group_a > group_b) - (group_a < group_b);
        return result ?: strcmp (kr_employee_get_name (a), kr_employee_get_name (b)) ?: by_id;
      }
    case KR_EMPLOYEE_SORT_SERVICE:
      {
        /* Shortest service first: the latest TMT CPNS, an unknown one before all. */
        g_autofree char *tmt_a = date_text (kr_employee_get_tmt_cpns (a), "9999-12-31");
        g_autofree char *tmt_b = date_text (kr_employee_get_tmt_cpns (b), "9999-12-31");

        return -strcmp (tmt_a, tmt_b) ?: -by_id;
      }
    default:
      g_assert_not_reached ();
    }
}

static int
compare_cb (gconstpointer a, gconstpointer b, gpointer user_data)
{
  const KrEmployeeQuery *query = user_data;
  int result = compare_ascending (*(KrEmployee **) a, *(KrEmployee **) b,
                                  kr_employee_query_get_sort (query));

  return kr_employee_query_get_sort_descending (query) ? -result : result;
}

static gboolean
in_subtree (Fixture *fixture, gint64 unit, gint64 top)
{
  for (; unit != 0;
       unit = GPOINTER_TO_INT (g_hash_table_lookup (fixture->parents, GINT_TO_POINTER (unit))))
    {
      if (unit == top)
        return TRUE;
    }
  return FALSE;
}

/* Whether a word of @text (ASCII letters and digits, without case) starts with @prefix. */
static gboolean
has_word_prefix (const char *text, const char *prefix)
{
  g_autofree char *lower = g_ascii_strdown (text != NULL ? text : "", -1);

  for (char *word = lower; *word != '\0'; word++)
    {
      if (!g_ascii_isalnum (*word) || (word > lower && g_ascii_isalnum (word[-1])))
        continue;
      if (g_str_has_prefix (word, prefix))
        return TRUE;
    }
  return FALSE;
}

/* The search of kr_employee_repository_make_match(): every word a prefix of a word of the
 * name with gelar, NIP, position or unit; digits and spaces alone are one NIP prefix. */
static gboolean
matches_search (KrEmployee *employee, const char *text)
{
  g_autofree char *full_name = kr_employee_dup_full_name (employee);
  g_auto (GStrv) words = NULL;
  gboolean digits = TRUE;

  for (const char *p = text; *p != '\0'; p++)
    digits = digits && (g_ascii_isdigit (*p) || *p == ' ');
  if (digits)
    {
      g_autoptr (GString) nip = g_string_new (NULL);

      for (const char *p = text; *p != '\0'; p++)
        if (*p != ' ')
          g_string_append_c (nip, *p);
      return nip->len > 0 && g_str_has_prefix (kr_employee_get_nip (employee), nip->str);
    }

  words = g_strsplit (text, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *word = g_ascii_strdown (words[i], -1);

      if (*word == '\0')
        continue;
      if (!has_word_prefix (full_name, word) &&
          !has_word_prefix (kr_employee_get_nip (employee), word) &&
          !has_word_prefix (kr_employee_get_position_name (employee), word) &&
          !has_word_prefix (kr_employee_get_unit_name (employee), word))
        return FALSE;
    }
  return TRUE;
}

static gboolean
matches_retiring (KrEmployee *employee, guint months, const GDate *today)
{
  KrPositionKind kind;
  KrPositionLevel level;
  GDate retirement, last = *today;

  if (!kr_employee_get_position_kind (employee, &kind, &level))
    return FALSE;
  kr_position_retirement_date (
      kr_employee_get_birth_date (employee),
      kr_position_get_bup (kind, level, kr_employee_get_birth_date (employee)), &retirement);
  g_date_add_months (&last, months);
  return g_date_compare (&retirement, today) >= 0 && g_date_compare (&retirement, &last) <= 0;
}

static gboolean
matches (Fixture *fixture, KrEmployee *employee, const KrEmployeeQuery *query)
{
  const char *search = kr_employee_query_get_search (query);
  guint min, max, golongan = kr_employee_get_golongan (employee);
  gint64 unit = kr_employee_query_get_unit (query);
  int position_kind = kr_employee_query_get_position_kind (query);
  KrPositionKind kind;
  guint months;
  GDate today;

  kr_employee_query_get_golongan_range (query, &min, &max);
  months = kr_employee_query_get_retiring_within (query, &today);
  if (search != NULL && !matches_search (employee, search))
    return FALSE;
  if (unit != 0 && !in_subtree (fixture, kr_employee_get_unit_id (employee), unit))
    return FALSE;
  if ((min != 0 || max != 0) &&
      (golongan == 0 || (min != 0 && golongan < min) || (max != 0 && golongan > max)))
    return FALSE;
  if (position_kind >= 0 &&
      (!kr_employee_get_position_kind (employee, &kind, NULL) || (int) kind != position_kind))
    return FALSE;
  if (kr_employee_query_get_employee_kind (query) >= 0 &&
      (int) kr_employee_get_kind (employee) != kr_employee_query_get_employee_kind (query))
    return FALSE;
  if (kr_employee_query_get_status (query) >= 0 &&
      (int) kr_employee_get_status (employee) != kr_employee_query_get_status (query))
    return FALSE;
  return months == 0 || matches_retiring (employee, months, &today);
}

/* The ids that @query should list, in order. */
static GArray *
expect (Fixture *fixture, const KrEmployeeQuery *query)
{
  g_autoptr (GPtrArray) chosen = g_ptr_array_new ();
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < fixture->all->len; i++)
    {
      if (matches (fixture, fixture->all->pdata[i], query))
        g_ptr_array_add (chosen, fixture->all->pdata[i]);
    }
  g_ptr_array_sort_with_data (chosen, compare_cb, (gpointer) query);
  for (guint i = 0; i < chosen->len; i++)
    {
      gint64 id = kr_employee_get_id (chosen->pdata[i]);

      g_array_append_val (ids, id);
    }
  return ids;
}

typedef enum
{
  ORDER_FORWARD,
  ORDER_BACKWARD,
  ORDER_RANDOM,
} Order;

/* Reads every item of @list in @order and compares it with the expectation. */
static void
assert_items (KrEmployeeList *list, GArray *expected, Order order, const char *what)
{
  guint n = expected->len;
  g_autofree guint *positions = g_new (guint, MAX (n, 1));
  g_autoptr (GRand) rand = g_rand_new_with_seed (n);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n);
  for (guint i = 0; i < n; i++)
    positions[i] = order == ORDER_BACKWARD ? n - 1 - i : i;
  for (guint i = 0; order == ORDER_RANDOM && i + 1 < n; i++)
    {
      guint j = (guint) g_rand_int_range (rand, (gint32) i, (gint32) n);
      guint swap = positions[i];

      positions[i] = positions[j];
      positions[j] = swap;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KrEmployee) employee = g_list_model_get_item (G_LIST_MODEL (list), positions[i]);
      gint64 want = g_array_index (expected, gint64, positions[i]);

      if (employee == NULL || kr_employee_get_id (employee) != want)
        g_error ("%s: item %u of %u is %" G_GINT64_FORMAT ", expected %" G_GINT64_FORMAT, what,
                 positions[i], n, employee != NULL ? kr_employee_get_id (employee) : 0, want);
    }
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), n));
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), n + 1000));
  g_assert_false (kr_employee_list_get_error (list, NULL));
}

/* Checks @query on a new list, and on a list that had another query before. */
static void
check_query (Fixture *fixture, const KrEmployeeQuery *query, const char *what, guint *n_found)
{
  g_autoptr (GArray) expected = expect (fixture, query);
  g_autoptr (KrEmployeeList) list = kr_employee_list_new (fixture->employees, query);
  g_autoptr (KrEmployeeList) reused = kr_employee_list_new (fixture->employees, NULL);

  assert_items (list, expected, ORDER_RANDOM, what);
  kr_employee_list_set_query (reused, query);
  assert_items (reused, expected, ORDER_FORWARD, what);
  g_assert_true (kr_employee_query_equal (kr_employee_list_get_query (reused), query));
  if (n_found != NULL)
    *n_found = expected->len;
}

static const char *const sort_names[] = {
  "name", "nip", "golongan", "position", "unit", "service"
};

/* Tests */

static void
test_sorts (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();

  g_assert_cmpuint (fixture->all->len, ==, N_RANDOM + 9);
  for (int sort = 0; sort < KR_N_EMPLOYEE_SORTS; sort++)
    for (int descending = 0; descending <= 1; descending++)
      {
        g_autofree char *what =
            g_strdup_printf ("by %s%s", sort_names[sort], descending ? ", descending" : "");
        g_autoptr (GArray) expected = NULL;
        g_autoptr (KrEmployeeList) forward = NULL;
        g_autoptr (KrEmployeeList) backward = NULL;
        g_autoptr (KrEmployeeList) random = NULL;

        kr_employee_query_set_sort (query, sort, descending);
        expected = expect (fixture, query);
        forward = kr_employee_list_new (fixture->employees, query);
        backward = kr_employee_list_new (fixture->employees, query);
        random = kr_employee_list_new (fixture->employees, query);
        assert_items (forward, expected, ORDER_FORWARD, what);
        assert_items (backward, expected, ORDER_BACKWARD, what);
        assert_items (random, expected, ORDER_RANDOM, what);
      }
}

/* The first item of the default list is the first name, and NULL means the default. */
static void
test_default (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrEmployeeQuery) everyone = kr_employee_query_new ();
  g_autoptr (GArray) expected = expect (fixture, everyone);
  g_autoptr (KrEmployeeList) list = kr_employee_list_new (fixture->employees, NULL);
  g_autoptr (KrEmployeeQuery) property = NULL;
  guint n_items = 0;

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == KR_TYPE_EMPLOYEE);
  g_assert_true (kr_employee_query_equal (kr_employee_list_get_query (list), everyone));
  g_object_get (list, "n-items", &n_items, "query", &property, NULL);
  g_assert_cmpuint (n_items, ==, fixture->all->len);
  g_assert_true (kr_employee_query_equal (property, everyone));
  assert_items (list, expected, ORDER_FORWARD, "everyone");
}

typedef struct
{
  const char *what;
  const char *search;
  int unit; /* 0: none, 1 to 7: the fixture's units in order, 8: a unit that does not exist */
  guint golongan_min, golongan_max;
  int position_kind, employee_kind, status;
  guint retiring_months;
  guint retiring_year, retiring_month, retiring_day;
} Filter;

static gint64
unit_of (Fixture *fixture, int index)
{
  gint64 units[] = { 0,
                     fixture->root,
                     fixture->education,
                     fixture->curriculum,
                     fixture->section,
                     fixture->staffing,
                     fixture->transfers,
                     fixture->health,
                     999 };

  return units[index];
}

static void
apply_filter (Fixture *fixture, KrEmployeeQuery *query, const Filter *filter)
{
  GDate today;

  kr_employee_query_set_search (query, filter->search);
  kr_employee_query_set_unit (query, unit_of (fixture, filter->unit));
  kr_employee_query_set_golongan_range (query, filter->golongan_min, filter->golongan_max);
  kr_employee_query_set_position_kind (query, filter->position_kind);
  kr_employee_query_set_employee_kind (query, filter->employee_kind);
  kr_employee_query_set_status (query, filter->status);
  if (filter->retiring_months > 0)
    set_date (&today, filter->retiring_year, filter->retiring_month, filter->retiring_day);
  kr_employee_query_set_retiring_within (query, filter->retiring_months,
                                         filter->retiring_months > 0 ? &today : NULL);
}

/* Each filter keeps some but not all of the employees. */
static void
check_filters (Fixture *fixture, const Filter *filters, guint n_filters)
{
  for (guint f = 0; f < n_filters; f++)
    for (int sort = 0; sort < KR_N_EMPLOYEE_SORTS; sort++)
      {
        g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
        g_autofree char *what = NULL;
        guint n_found = 0;
        gboolean descending = (f + (guint) sort) % 2;

        apply_filter (fixture, query, &filters[f]);
        kr_employee_query_set_sort (query, sort, descending);
        what = g_strdup_printf ("%s, by %s%s", filters[f].what, sort_names[sort],
                                descending ? ", descending" : "");
        check_query (fixture, query, what, &n_found);
        if (sort == 0)
          g_test_message ("%s: %u employees", filters[f].what, n_found);
        if (filters[f].unit != 8 && n_found == 0)
          g_error ("%s: the fixture has nobody for this filter", what);
        g_assert_cmpuint (n_found, <, fixture->all->len);
      }
}

static void
test_filters (Fixture *fixture, gconstpointer data)
{
  static const Filter filters[] = {
    { "aktif", NULL, 0, 0, 0, -1, -1, KR_EMPLOYEE_STATUS_AKTIF },
    { "pensiun", NULL, 0, 0, 0, -1, -1, KR_EMPLOYEE_STATUS_PENSIUN },
    { "PPPK", NULL, 0, 0, 0, -1, KR_EMPLOYEE_KIND_PPPK, -1 },
    { "CPNS", NULL, 0, 0, 0, -1, KR_EMPLOYEE_KIND_CPNS, -1 },
    { "keahlian", NULL, 0, 0, 0, KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN, -1, -1 },
    { "JPT pratama", NULL, 0, 0, 0, KR_POSITION_KIND_JPT_PRATAMA, -1, -1 },
    { "golongan III", NULL, 0, 31, 34, -1, -1, -1 },
    { "golongan IV/a and up", NULL, 0, 41, 0, -1, -1, -1 },
    { "golongan up to II/d", NULL, 0, 0, 24, -1, -1, -1 },
    { "PPPK golongan", NULL, 0, 101, 117, -1, -1, -1 },
    { "the root's subtree", NULL, 1, 0, 0, -1, -1, -1 },
    { "Dinas Pendidikan's subtree", NULL, 2, 0, 0, -1, -1, -1 },
    { "a section", NULL, 4, 0, 0, -1, -1, -1 },
    { "Bidang Mutasi", NULL, 6, 0, 0, -1, -1, -1 },
    { "aktif PNS in Dinas Pendidikan, golongan III", NULL, 2, 31, 34, -1, KR_EMPLOYEE_KIND_PNS,
      KR_EMPLOYEE_STATUS_AKTIF },
    { "tugas belajar pelaksana", NULL, 0, 0, 0, KR_POSITION_KIND_PELAKSANA, -1,
      KR_EMPLOYEE_STATUS_TUGAS_BELAJAR },
  };
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
  g_autoptr (KrEmployeeList) list = NULL;
  Filter nowhere = { "a unit that does not exist", NULL, 8, 0, 0, -1, -1, -1 };

  check_filters (fixture, filters, G_N_ELEMENTS (filters));

  apply_filter (fixture, query, &nowhere);
  list = kr_employee_list_new (fixture->employees, query);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 0));
  g_assert_false (kr_employee_list_get_error (list, NULL));

  /* A range upside down finds nobody. */
  kr_employee_query_set_unit (query, 0);
  kr_employee_query_set_golongan_range (query, 34, 31);
  kr_employee_list_set_query (list, query);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
}

static void
test_search (Fixture *fixture, gconstpointer data)
{
  KrEmployee *someone = fixture->all->pdata[100];
  g_autofree char *nip_prefix = g_strndup (kr_employee_get_nip (someone), 10);
  g_autofree char *grouped = g_strdup_printf ("%.8s %.4s", kr_employee_get_nip (someone),
                                              kr_employee_get_nip (someone) + 8);
  const Filter filters[] = {
    { "name prefix", "sit", 0, 0, 0, -1, -1, -1 },
    { "two name prefixes", "Siti am", 0, 0, 0, -1, -1, -1 },
    { "a name prefix in capitals", "SANTO", 0, 0, 0, -1, -1, -1 },
    { "gelar", "dr", 0, 0, 0, -1, -1, -1 },
    { "NIP prefix", nip_prefix, 0, 0, 0, -1, -1, -1 },
    { "NIP in groups", grouped, 0, 0, 0, -1, -1, -1 },
    { "a year of birth", "1960", 0, 0, 0, -1, -1, -1 },
    { "unit name", "kepegawaian", 0, 0, 0, -1, -1, -1 },
    { "position name", "analis mud", 0, 0, 0, -1, -1, -1 },
    { "name and unit", "budi mutasi", 0, 0, 0, -1, -1, -1 },
    { "search and filters", "a", 2, 0, 0, -1, KR_EMPLOYEE_KIND_PNS, KR_EMPLOYEE_STATUS_AKTIF },
  };
  const char *const nobody[] = { "zzzz", "!!", "siti zzz", "0000" };

  check_filters (fixture, filters, G_N_ELEMENTS (filters));

  for (guint i = 0; i < G_N_ELEMENTS (nobody); i++)
    {
      g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
      g_autoptr (KrEmployeeList) list = NULL;

      kr_employee_query_set_search (query, nobody[i]);
      list = kr_employee_list_new (fixture->employees, query);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
      g_assert_false (kr_employee_list_get_error (list, NULL));
    }
}

/* Whether one of the employees @ids was born on the day. */
static gboolean
has_birth_date (Fixture *fixture, GArray *ids, guint year, guint month, guint day)
{
  GDate date;

  set_date (&date, year, month, day);
  for (guint i = 0; i < fixture->all->len; i++)
    {
      KrEmployee *employee = fixture->all->pdata[i];

      if (g_date_compare (kr_employee_get_birth_date (employee), &date) != 0)
        continue;
      for (guint j = 0; j < ids->len; j++)
        if (g_array_index (ids, gint64, j) == kr_employee_get_id (employee))
          return TRUE;
    }
  return FALSE;
}

static void
test_retiring (Fixture *fixture, gconstpointer data)
{
  static const Filter filters[] = {
    /* 2025-06-01 to 2026-06-01, both ends taken: the pelaksana born on the edges */
    { "retiring in 12 months from the 1st", NULL, 0, 0, 0, -1, -1, -1, 12, 2025, 6, 1 },
    { "retiring in 12 months from mid-month", NULL, 0, 0, 0, -1, -1, -1, 12, 2025, 5, 15 },
    { "retiring in 1 month", NULL, 0, 0, 0, -1, -1, -1, 1, 2026, 5, 20 },
    { "retiring in 5 years", NULL, 0, 0, 0, -1, -1, -1, 60, 2024, 1, 1 },
    /* The protections of 7 April 2017 */
    { "retiring in 2022", NULL, 0, 0, 0, -1, -1, -1, 11, 2022, 1, 10 },
    { "retiring in 2019", NULL, 0, 0, 0, -1, -1, -1, 6, 2019, 1, 1 },
    { "aktif retiring in 10 years, keahlian", NULL, 0, 0, 0, KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN,
      -1, KR_EMPLOYEE_STATUS_AKTIF, 120, 2025, 3, 31 },
  };
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
  g_autoptr (GArray) expected = NULL;
  GDate today;
  guint n_found = 0;

  check_filters (fixture, filters, G_N_ELEMENTS (filters));

  /* The edges themselves: four pelaksana born for the window from 2025-06-01. */
  set_date (&today, 2025, 6, 1);
  kr_employee_query_set_retiring_within (query, 12, &today);
  kr_employee_query_set_search (query, "pensiun");
  check_query (fixture, query, "the edges of a window", &n_found);
  g_assert_cmpuint (n_found, ==, 2);
  set_date (&today, 2022, 1, 10);
  kr_employee_query_set_retiring_within (query, 11, &today);
  check_query (fixture, query, "the protected Ahli Madya", &n_found);
  g_assert_cmpuint (n_found, ==, 3);
  expected = expect (fixture, query);
  g_assert_true (has_birth_date (fixture, expected, 1957, 3, 20));
  g_assert_false (has_birth_date (fixture, expected, 1957, 4, 20));
  g_assert_true (has_birth_date (fixture, expected, 1962, 3, 20));

  /* Off again: everyone called "pensiun". */
  kr_employee_query_set_retiring_within (query, 0, &today);
  check_query (fixture, query, "no window", &n_found);
  g_assert_cmpuint (n_found, ==, 9);
}

/* Thousands more employees, in large groups of equal names and ranks, for pages far from
 * each other. */
static void
add_crowd (Fixture *fixture, guint n)
{
  static const char *const names[] = { "Ahmad Ramai", "Budi Ramai", "Citra Ramai", "Dedi Ramai" };
  static const guint golongan[] = { 31, 32, 41 };
  g_autoptr (GError) error = NULL;

  g_assert_true (kr_employee_repository_begin_bulk (fixture->employees, &error));
  for (guint i = 0; i < n; i++)
    {
      Spec spec = { names[i % G_N_ELEMENTS (names)], KR_EMPLOYEE_KIND_PNS,
                    KR_EMPLOYEE_STATUS_AKTIF };

      /* Each born on a day of their own, so that the NIPs differ. */
      set_date (&spec.birth, 1930, 1, 1);
      g_date_add_days (&spec.birth, i);
      spec.tmt_known = i % 5 != 0;
      spec.golongan = golongan[(i / 7) % G_N_ELEMENTS (golongan)];
      spec.rank_years = 4 * ((i / 3) % 2);
      spec.position_id = ((KrPositionRecord *) fixture->positions->pdata[i % 3])->id;
      spec.sequence = 1 + i % 999;
      insert_employee (fixture, &spec);
    }
  g_assert_true (kr_employee_repository_end_bulk (fixture->employees, TRUE, &error));
  g_assert_no_error (error);
  reload (fixture);
}

/* Jumps far into lists of 27 pages, as a scrollbar dragged does, in each order. */
static void
test_deep (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (11);

  add_crowd (fixture, 6200);
  for (int sort = 0; sort < KR_N_EMPLOYEE_SORTS; sort++)
    for (int descending = 0; descending <= 1; descending++)
      {
        g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
        g_autoptr (KrEmployeeList) list = NULL;
        g_autoptr (GArray) expected = NULL;
        guint n;
        /* Page 1, which makes page 2's boundary known; far from there, past large groups of
         * equal keys; the end; back; then anywhere. */
        guint jumps[60] = { 300, 25 * 256 + 3, G_MAXUINT, 24 * 256, 7 * 256 + 255, 3, 20 * 256 };

        kr_employee_query_set_sort (query, sort, descending);
        if (sort == KR_EMPLOYEE_SORT_UNIT)
          kr_employee_query_set_status (query, KR_EMPLOYEE_STATUS_AKTIF);
        expected = expect (fixture, query);
        list = kr_employee_list_new (fixture->employees, query);
        n = expected->len;
        g_assert_cmpuint (n, >, 26 * 256);
        g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n);
        for (guint i = 7; i < G_N_ELEMENTS (jumps); i++)
          jumps[i] = (guint) g_rand_int_range (rand, 0, (gint32) n);
        for (guint i = 0; i < G_N_ELEMENTS (jumps); i++)
          {
            guint position = MIN (jumps[i], n - 1);
            g_autoptr (KrEmployee) employee = g_list_model_get_item (G_LIST_MODEL (list), position);

            if (employee == NULL ||
                kr_employee_get_id (employee) != g_array_index (expected, gint64, position))
              g_error ("by %s%s: item %u is %" G_GINT64_FORMAT ", expected %" G_GINT64_FORMAT,
                       sort_names[sort], descending ? ", descending" : "", position,
                       employee != NULL ? kr_employee_get_id (employee) : 0,
                       g_array_index (expected, gint64, position));
          }
        g_assert_false (kr_employee_list_get_error (list, NULL));
      }
}

static void
wait_for_survey (KrEmployeeList *list)
{
  while (_kr_employee_list_is_surveying (list))
    g_main_context_iteration (NULL, TRUE);
}

/* Checks @n_jumps rows of @list at random places against @expected. */
static void
assert_jumps (KrEmployeeList *list, GArray *expected, GRand *rand, guint n_jumps)
{
  for (guint i = 0; i < n_jumps; i++)
    {
      guint position = (guint) g_rand_int_range (rand, 0, (gint32) expected->len);
      g_autoptr (KrEmployee) employee = g_list_model_get_item (G_LIST_MODEL (list), position);

      g_assert_nonnull (employee);
      g_assert_cmpint (kr_employee_get_id (employee), ==,
                       g_array_index (expected, gint64, position));
    }
  g_assert_false (kr_employee_list_get_error (list, NULL));
}

/* A long list in a file learns every page boundary in the background (kr-employee-list-
 * survey.c); the rows read through them are the right ones, in every order and with a
 * filter; a survey is thrown away when the database changed meanwhile, and cancelled by a
 * new query. */
static void
test_survey (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (12);
  g_autoptr (KrEmployeeQuery) everyone = kr_employee_query_new ();
  g_autoptr (KrEmployeeQuery) by_nip = kr_employee_query_new ();
  g_autoptr (KrEmployeeList) list = NULL;
  g_autoptr (KrDatabase) other = NULL;
  g_autoptr (GError) error = NULL;
  guint n_pages;

  add_crowd (fixture, 6200);
  _kr_employee_list_set_survey_min_rows (0);
  for (int sort = 0; sort < KR_N_EMPLOYEE_SORTS; sort++)
    for (int variant = 0; variant < 3; variant++)
      {
        g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
        g_autoptr (KrEmployeeList) sorted = NULL;
        g_autoptr (GArray) expected = NULL;

        /* Ascending, descending, and ascending with a filter that keeps most rows. */
        kr_employee_query_set_sort (query, sort, variant == 1);
        if (variant == 2)
          kr_employee_query_set_employee_kind (query, KR_EMPLOYEE_KIND_PNS);
        expected = expect (fixture, query);
        sorted = kr_employee_list_new (fixture->employees, query);
        n_pages = (expected->len + 255) / 256;
        g_assert_cmpuint (n_pages, >, 20);
        g_assert_true (_kr_employee_list_is_surveying (sorted));
        wait_for_survey (sorted);
        g_assert_cmpuint (_kr_employee_list_count_boundaries (sorted), ==, n_pages - 1);
        assert_jumps (sorted, expected, rand, 40);
      }

  /* Another connection writes while the survey runs: what it read is not used. */
  list = kr_employee_list_new (fixture->employees, everyone);
  g_assert_true (_kr_employee_list_is_surveying (list));
  other = kr_database_open (kr_database_get_path (fixture->db), KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (_kr_database_get_handle (other),
                                 "UPDATE employee SET name = 'Zaenal Ramai' WHERE id ="
                                 " (SELECT min (id) FROM employee)",
                                 NULL, NULL, NULL),
                   ==, SQLITE_OK);
  wait_for_survey (list);
  g_assert_cmpuint (_kr_employee_list_count_boundaries (list), ==, 0);

  /* A new query cancels the survey under way and starts its own. */
  kr_employee_query_set_sort (by_nip, KR_EMPLOYEE_SORT_NIP, FALSE);
  kr_employee_list_refresh (list);
  g_assert_true (_kr_employee_list_is_surveying (list));
  kr_employee_list_set_query (list, by_nip);
  g_assert_true (_kr_employee_list_is_surveying (list));
  wait_for_survey (list);
  reload (fixture);
  n_pages = (g_list_model_get_n_items (G_LIST_MODEL (list)) + 255) / 256;
  g_assert_cmpuint (_kr_employee_list_count_boundaries (list), ==, n_pages - 1);
  {
    g_autoptr (GArray) expected = expect (fixture, by_nip);

    assert_jumps (list, expected, rand, 40);
  }

  /* Nor does a search, even one that finds nearly everyone. */
  {
    g_autoptr (KrEmployeeQuery) search = kr_employee_query_new ();

    kr_employee_query_set_search (search, "Ramai");
    kr_employee_list_set_query (list, search);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), >, 6000);
    g_assert_false (_kr_employee_list_is_surveying (list));
  }

  /* Too short a list does not survey. */
  _kr_employee_list_set_survey_min_rows (G_MAXUINT);
  kr_employee_list_set_query (list, everyone);
  g_assert_false (_kr_employee_list_is_surveying (list));
}

/* Coming back to a list shown before (a search or a filter cleared) takes back the
 * boundaries it had learnt, without a new survey, while the database has not changed; they
 * lead to the right rows; after a change the list surveys again. */
static void
test_survey_kept (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (7);
  g_autoptr (KrEmployeeQuery) everyone = kr_employee_query_new ();
  g_autoptr (KrEmployeeQuery) search = kr_employee_query_new ();
  g_autoptr (KrEmployeeQuery) pns = kr_employee_query_new ();
  g_autoptr (KrEmployeeList) list = NULL;
  g_autoptr (KrDatabase) other = NULL;
  g_autoptr (GArray) expected = NULL;
  g_autoptr (GError) error = NULL;
  guint n_pages;

  add_crowd (fixture, 6200);
  _kr_employee_list_set_survey_min_rows (0);
  kr_employee_query_set_search (search, "Ramai");
  kr_employee_query_set_employee_kind (pns, KR_EMPLOYEE_KIND_PNS);
  expected = expect (fixture, everyone);
  n_pages = (expected->len + 255) / 256;

  list = kr_employee_list_new (fixture->employees, everyone);
  wait_for_survey (list);
  g_assert_cmpuint (_kr_employee_list_count_boundaries (list), ==, n_pages - 1);

  /* A search, then a filter (surveyed in turn), then everyone again: no survey is needed. */
  kr_employee_list_set_query (list, search);
  g_assert_cmpuint (_kr_employee_list_count_boundaries (list), <, n_pages - 1);
  kr_employee_list_set_query (list, pns);
  wait_for_survey (list);
  kr_employee_list_set_query (list, everyone);
  g_assert_false (_kr_employee_list_is_surveying (list));
  g_assert_cmpuint (_kr_employee_list_count_boundaries (list), ==, n_pages - 1);
  assert_jumps (list, expected, rand, 40);

  /* The filter's were kept too: back to it, and to everyone again. */
  kr_employee_list_set_query (list, pns);
  g_assert_false (_kr_employee_list_is_surveying (list));
  {
    g_autoptr (GArray) expected_pns = expect (fixture, pns);

    assert_jumps (list, expected_pns, rand, 40);
  }
  kr_employee_list_set_query (list, everyone);
  g_assert_false (_kr_employee_list_is_surveying (list));
  g_assert_cmpuint (_kr_employee_list_count_boundaries (list), ==, n_pages - 1);

  /* Another connection writes while a search is shown: the list learns again. */
  kr_employee_list_set_query (list, search);
  other = kr_database_open (kr_database_get_path (fixture->db), KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  kr_test_execf (_kr_database_get_handle (other),
                 "UPDATE employee SET name = 'Aaron Ramai' WHERE id = %" G_GINT64_FORMAT,
                 g_array_index (expected, gint64, expected->len - 1));
  kr_employee_list_set_query (list, everyone);
  g_assert_true (_kr_employee_list_is_surveying (list));
  g_assert_cmpuint (_kr_employee_list_count_boundaries (list), <, n_pages - 1);
  wait_for_survey (list);
  g_assert_cmpuint (_kr_employee_list_count_boundaries (list), ==, n_pages - 1);
  reload (fixture);
  g_clear_pointer (&expected, g_array_unref);
  expected = expect (fixture, everyone);
  assert_jumps (list, expected, rand, 40);
  g_clear_object (&other);
  _kr_employee_list_set_survey_min_rows (G_MAXUINT);
}

typedef struct
{
  guint position, removed, added;
} Change;

static void
on_items_changed_cb (GListModel *model, guint position, guint removed, guint added, GArray *changes)
{
  Change change = { position, removed, added };

  g_array_append_val (changes, change);
}

static void
on_notify_cb (GObject *object, GParamSpec *pspec, guint *count)
{
  (*count)++;
}

static void
assert_change (GArray *changes, guint position, guint removed, guint added)
{
  const Change *change;

  g_assert_cmpuint (changes->len, ==, 1);
  change = &g_array_index (changes, Change, 0);
  g_assert_cmpuint (change->position, ==, position);
  g_assert_cmpuint (change->removed, ==, removed);
  g_assert_cmpuint (change->added, ==, added);
  g_array_set_size (changes, 0);
}

static void
test_live_update (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
  g_autoptr (KrEmployeeList) list = kr_employee_list_new (fixture->employees, NULL);
  g_autoptr (GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autoptr (GArray) expected = NULL;
  g_autoptr (KrEmployee) renamed = NULL;
  g_autoptr (GError) error = NULL;
  guint n = fixture->all->len, n_notified = 0;
  Spec spec = { "Aaron Baru", KR_EMPLOYEE_KIND_PNS, KR_EMPLOYEE_STATUS_AKTIF };
  gint64 id;

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), changes);
  g_signal_connect (list, "notify::n-items", G_CALLBACK (on_notify_cb), &n_notified);

  /* An insert: the whole list changes, one more row. */
  g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), 300));
  set_date (&spec.birth, 1990, 1, 2);
  spec.tmt_known = TRUE;
  id = insert_employee (fixture, &spec);
  assert_change (changes, 0, n, n + 1);
  g_assert_cmpuint (n_notified, ==, 1);
  reload (fixture);
  expected = expect (fixture, query);
  g_assert_cmpint (g_array_index (expected, gint64, 0), ==, id);
  assert_items (list, expected, ORDER_RANDOM, "after an insert");

  /* A new name moves the row to the end; only the rows read before change, here page 1. */
  g_clear_object (&list);
  list = kr_employee_list_new (fixture->employees, NULL);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), changes);
  g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), 300));
  renamed = kr_employee_repository_get (fixture->employees, id, &error);
  g_assert_no_error (error);
  kr_employee_set_name (renamed, "Zulkifli Baru");
  g_assert_true (kr_employee_repository_update (fixture->employees, renamed, NULL, &error));
  g_assert_no_error (error);
  assert_change (changes, 256, 256, 256);
  reload (fixture);
  g_clear_pointer (&expected, g_array_unref);
  expected = expect (fixture, query);
  g_assert_cmpint (g_array_index (expected, gint64, n), ==, id);
  assert_items (list, expected, ORDER_FORWARD, "after a new name");

  /* Every page was read: a change to a history changes them all. */
  g_array_set_size (changes, 0);
  {
    g_autoptr (KrRankEntry) rank = kr_rank_entry_new ();

    rank->employee_id = id;
    rank->golongan = 31;
    rank->promotion_kind = KR_PROMOTION_KIND_PENGANGKATAN;
    set_date (&rank->tmt, 2015, 1, 1);
    kr_employee_repository_add_rank (fixture->employees, rank, &error);
    g_assert_no_error (error);
  }
  assert_change (changes, 0, n + 1, n + 1);

  /* A delete: the whole list changes, one row less. */
  g_assert_true (kr_employee_repository_delete (fixture->employees, id, &error));
  g_assert_no_error (error);
  assert_change (changes, 0, n + 1, n);
  reload (fixture);
  g_clear_pointer (&expected, g_array_unref);
  expected = expect (fixture, query);
  assert_items (list, expected, ORDER_BACKWARD, "after a delete");

  /* Nothing read, the same count: nothing to announce. */
  g_clear_object (&list);
  list = kr_employee_list_new (fixture->employees, NULL);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), changes);
  kr_employee_list_refresh (list);
  g_assert_cmpuint (changes->len, ==, 0);

  /* A filtered list follows too. */
  kr_employee_query_set_search (query, "zulkifli");
  kr_employee_list_set_query (list, query);
  g_array_set_size (changes, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  spec.name = "Zulkifli Lagi";
  id = insert_employee (fixture, &spec);
  assert_change (changes, 0, 0, 1);
  g_clear_object (&renamed);
  renamed = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpint (kr_employee_get_id (renamed), ==, id);
}

static void
test_set_query (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
  g_autoptr (KrEmployeeQuery) copy = NULL;
  g_autoptr (KrEmployeeList) list = kr_employee_list_new (fixture->employees, query);
  g_autoptr (GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autoptr (GArray) expected = NULL;
  guint n = fixture->all->len, n_notified = 0, n_query = 0;

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), changes);
  g_signal_connect (list, "notify::n-items", G_CALLBACK (on_notify_cb), &n_notified);
  g_signal_connect (list, "notify::query", G_CALLBACK (on_notify_cb), &n_query);

  /* Equal queries change nothing, NULL included. */
  copy = kr_employee_query_copy (query);
  kr_employee_list_set_query (list, copy);
  kr_employee_list_set_query (list, NULL);
  kr_employee_query_set_search (copy, "  ");
  kr_employee_list_set_query (list, copy);
  g_assert_cmpuint (changes->len, ==, 0);
  g_assert_cmpuint (n_notified + n_query, ==, 0);

  /* Another order: the same count, every row replaced. */
  kr_employee_query_set_sort (copy, KR_EMPLOYEE_SORT_NIP, TRUE);
  kr_employee_list_set_query (list, copy);
  assert_change (changes, 0, n, n);
  g_assert_cmpuint (n_notified, ==, 0);
  g_assert_cmpuint (n_query, ==, 1);
  expected = expect (fixture, copy);
  assert_items (list, expected, ORDER_FORWARD, "by NIP, descending");

  /* A filter: a new count. */
  kr_employee_query_set_employee_kind (copy, KR_EMPLOYEE_KIND_PPPK);
  kr_employee_list_set_query (list, copy);
  g_clear_pointer (&expected, g_array_unref);
  expected = expect (fixture, copy);
  assert_change (changes, 0, n, expected->len);
  g_assert_cmpuint (n_notified, ==, 1);
  assert_items (list, expected, ORDER_RANDOM, "PPPK by NIP, descending");

  /* The list keeps a copy. */
  kr_employee_query_set_employee_kind (copy, -1);
  g_assert_false (kr_employee_query_equal (kr_employee_list_get_query (list), copy));

  /* Through the property. */
  g_object_set (list, "query", copy, NULL);
  assert_change (changes, 0, expected->len, n);
  g_assert_cmpuint (n_query, ==, 3);
}

/* Clearing a filter shows the count of every employee kept from before only while the
 * database has not changed: a write of this connection that the list was not told of, then one
 * of another connection, each shows on the next query. */
static void
test_total_kept (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrEmployeeQuery) everyone = kr_employee_query_new ();
  g_autoptr (KrEmployeeQuery) pppk = kr_employee_query_new ();
  g_autoptr (KrEmployeeList) list = kr_employee_list_new (fixture->employees, everyone);
  g_autoptr (KrDatabase) other = NULL;
  g_autoptr (GError) error = NULL;
  guint n = fixture->all->len;

  kr_employee_query_set_employee_kind (pppk, KR_EMPLOYEE_KIND_PPPK);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n);

  kr_employee_list_set_query (list, pppk);
  kr_employee_list_set_query (list, everyone);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n);

  kr_test_execf (_kr_database_get_handle (fixture->db),
                 "DELETE FROM employee WHERE id = (SELECT max (id) FROM employee)");
  kr_employee_list_set_query (list, pppk);
  kr_employee_list_set_query (list, everyone);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n - 1);

  other = kr_database_open (kr_database_get_path (fixture->db), KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  kr_test_execf (_kr_database_get_handle (other),
                 "DELETE FROM employee WHERE id = (SELECT min (id) FROM employee)");
  kr_employee_list_set_query (list, pppk);
  kr_employee_list_set_query (list, everyone);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n - 2);
  g_clear_object (&other);
}

static void
test_error (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
  g_autoptr (KrEmployeeList) list = kr_employee_list_new (fixture->employees, NULL);
  g_autoptr (GError) error = NULL;
  sqlite3 *db = _kr_database_get_handle (fixture->db);

  g_assert_false (kr_employee_list_get_error (list, &error));
  g_assert_no_error (error);

  /* A search without its index fails, and says so. */
  g_assert_cmpint (sqlite3_exec (db, "DROP TABLE employee_fts", NULL, NULL, NULL), ==, SQLITE_OK);
  kr_employee_query_set_search (query, "siti");
  kr_employee_list_set_query (list, query);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_assert_true (kr_employee_list_get_error (list, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_STORAGE);
  g_assert_nonnull (strstr (error->message, "list of employees"));
  g_assert_true (kr_employee_list_get_error (list, NULL));
  g_clear_error (&error);

  /* Another query that works clears it. */
  kr_employee_query_set_search (query, NULL);
  kr_employee_list_set_query (list, query);
  g_assert_false (kr_employee_list_get_error (list, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, fixture->all->len);

  /* A page that cannot be read is NULL, with the error; the count still works. */
  g_assert_cmpint (
      sqlite3_exec (db, "PRAGMA foreign_keys = OFF; DROP TABLE unit", NULL, NULL, NULL), ==,
      SQLITE_OK);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 0));
  g_assert_true (kr_employee_list_get_error (list, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_STORAGE);
}

/* The list lets go of the repository and stops listening to it. */
static void
test_lifetime (Fixture *fixture, gconstpointer data)
{
  KrEmployeeList *list = kr_employee_list_new (fixture->employees, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployee) employee = g_list_model_get_item (G_LIST_MODEL (list), 0);

  g_assert_nonnull (employee);
  g_assert_finalize_object (list);
  g_assert_true (
      kr_employee_repository_delete (fixture->employees, kr_employee_get_id (employee), &error));
  g_assert_no_error (error);
}

static void
test_query (void)
{
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
  g_autoptr (KrEmployeeQuery) copy = NULL;
  g_autoptr (GEnumClass) sorts = g_type_class_ref (KR_TYPE_EMPLOYEE_SORT);
  GValue value = G_VALUE_INIT;
  guint min = 1, max = 1;
  GDate today, real_today, when;

  /* Everyone, by name */
  g_assert_null (kr_employee_query_get_search (query));
  g_assert_cmpint (kr_employee_query_get_unit (query), ==, 0);
  kr_employee_query_get_golongan_range (query, &min, &max);
  g_assert_cmpuint (min + max, ==, 0);
  g_assert_cmpint (kr_employee_query_get_position_kind (query), ==, -1);
  g_assert_cmpint (kr_employee_query_get_employee_kind (query), ==, -1);
  g_assert_cmpint (kr_employee_query_get_status (query), ==, -1);
  g_assert_cmpuint (kr_employee_query_get_retiring_within (query, &today), ==, 0);
  g_assert_false (g_date_valid (&today));
  g_assert_cmpint (kr_employee_query_get_sort (query), ==, KR_EMPLOYEE_SORT_NAME);
  g_assert_false (kr_employee_query_get_sort_descending (query));
  g_assert_false (kr_employee_query_has_filter (query));
  g_assert_cmpuint (sorts->n_values, ==, KR_N_EMPLOYEE_SORTS);
  g_assert_cmpstr (g_enum_get_value (sorts, KR_EMPLOYEE_SORT_GOLONGAN)->value_nick, ==, "golongan");

  /* Search text is stripped; blank is none. */
  kr_employee_query_set_search (query, "  siti \n");
  g_assert_cmpstr (kr_employee_query_get_search (query), ==, "siti");
  g_assert_true (kr_employee_query_has_filter (query));
  kr_employee_query_set_search (query, " \t");
  g_assert_null (kr_employee_query_get_search (query));
  g_assert_false (kr_employee_query_has_filter (query));

  /* Each field counts for equality. */
  copy = kr_employee_query_copy (query);
  g_assert_true (kr_employee_query_equal (query, copy));
#define CHANGED(statement)                                                                         \
  G_STMT_START                                                                                     \
  {                                                                                                \
    g_autoptr (KrEmployeeQuery) other = kr_employee_query_copy (query);                            \
    statement;                                                                                     \
    g_assert_false (kr_employee_query_equal (query, other));                                       \
    g_assert_true (kr_employee_query_has_filter (other) ||                                         \
                   kr_employee_query_get_sort (other) != KR_EMPLOYEE_SORT_NAME ||                  \
                   kr_employee_query_get_sort_descending (other));                                 \
  }                                                                                                \
  G_STMT_END
  CHANGED (kr_employee_query_set_search (other, "siti"));
  CHANGED (kr_employee_query_set_unit (other, 4));
  CHANGED (kr_employee_query_set_golongan_range (other, 31, 0));
  CHANGED (kr_employee_query_set_golongan_range (other, 0, 34));
  CHANGED (kr_employee_query_set_position_kind (other, KR_POSITION_KIND_PELAKSANA));
  CHANGED (kr_employee_query_set_employee_kind (other, KR_EMPLOYEE_KIND_CPNS));
  CHANGED (kr_employee_query_set_status (other, KR_EMPLOYEE_STATUS_CLTN));
  CHANGED (kr_employee_query_set_retiring_within (other, 12, NULL));
  CHANGED (kr_employee_query_set_sort (other, KR_EMPLOYEE_SORT_UNIT, FALSE));
  CHANGED (kr_employee_query_set_sort (other, KR_EMPLOYEE_SORT_NAME, TRUE));
#undef CHANGED

  /* The retirement window starts today unless told otherwise; its date only counts when on. */
  kr_employee_query_set_retiring_within (copy, 6, NULL);
  g_assert_cmpuint (kr_employee_query_get_retiring_within (copy, &today), ==, 6);
  kr_date_today (NULL, &real_today);
  g_assert_cmpint (g_date_compare (&today, &real_today), ==, 0);
  set_date (&when, 2030, 1, 1);
  kr_employee_query_set_retiring_within (query, 6, &when);
  g_assert_false (kr_employee_query_equal (query, copy));
  kr_employee_query_set_retiring_within (query, 0, &when);
  kr_employee_query_set_retiring_within (copy, 0, NULL);
  g_assert_true (kr_employee_query_equal (query, copy));

  /* A boxed type */
  g_value_init (&value, KR_TYPE_EMPLOYEE_QUERY);
  g_value_set_boxed (&value, query);
  g_assert_true (kr_employee_query_equal (g_value_get_boxed (&value), query));
  g_assert_true (g_value_get_boxed (&value) != query);
  g_value_unset (&value);
  kr_employee_query_free (NULL);
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

  g_test_add_func ("/employee-list/query", test_query);
  add_test ("/employee-list/default", test_default);
  add_test ("/employee-list/sorts", test_sorts);
  add_test ("/employee-list/filters", test_filters);
  add_test ("/employee-list/search", test_search);
  add_test ("/employee-list/retiring", test_retiring);
  add_test ("/employee-list/deep", test_deep);
  add_test ("/employee-list/live-update", test_live_update);
  add_test ("/employee-list/set-query", test_set_query);
  add_test ("/employee-list/error", test_error);
  add_test ("/employee-list/lifetime", test_lifetime);
  g_test_add ("/employee-list/survey", Fixture, "file", fixture_set_up, test_survey,
              fixture_tear_down);
  g_test_add ("/employee-list/survey-kept", Fixture, "file", fixture_set_up, test_survey_kept,
              fixture_tear_down);
  g_test_add ("/employee-list/total-kept", Fixture, "file", fixture_set_up, test_total_kept,
              fixture_tear_down);
  return g_test_run ();
}
