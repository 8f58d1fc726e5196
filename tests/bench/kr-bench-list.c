/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-bench-list"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "kr-bench.h"
#include "kr-database-private.h"
#include "kr-database.h"
#include "kr-date.h"
#include "kr-employee-list.h"
#include "kr-employee-private.h"
#include "kr-employee-repository.h"
#include "kr-employee-search.h"
#include "kr-error.h"
#include "kr-unit-repository.h"

/* `karier-tool bench list`: measures the employee list (kr-employee-list.c) on a database
 * made by `karier-tool demo`
 * or, with --generate, by a simple generator of its own: the count, the first page, pages at
 * random places (against LIMIT/OFFSET on the same order as the baseline), search as the user
 * types, and a few filters. It prints figures and never fails on time. */

#define N_SAMPLES 1000
#define PAGE_SIZE 256

/* Generating a database */

static const char *const first_names[] = {
  "Ahmad",    "Budi",    "Siti",     "Dewi",     "Agus",  "Sri",    "Rina",  "Andi",
  "Muhammad", "Nur",     "Eko",      "Wahyu",    "Fitri", "Indah",  "Yusuf", "Ratna",
  "Hendra",   "Lestari", "Bambang",  "Putri",    "Rudi",  "Yanti",  "Dodi",  "Maya",
  "Irfan",    "Nurul",   "Teguh",    "Wulan",    "Fajar", "Ayu",    "Rizky", "Dian",
  "Hasan",    "Kartini", "Joko",     "Mega",     "Arif",  "Novi",   "Dedi",  "Sari",
  "Imam",     "Lina",    "Slamet",   "Tuti",     "Gede",  "Made",   "Ketut", "Nyoman",
  "Yohanes",  "Maria",   "Stefanus", "Theresia", "Abdul", "Zainal", "Umar",  "Halimah",
};

static const char *const last_names[] = {
  "Santoso",   "Wijaya",      "Saputra",   "Lestari",   "Hidayat",     "Kurniawan", "Pratama",
  "Setiawan",  "Susanto",     "Rahayu",    "Nugroho",   "Hakim",       "Siregar",   "Nasution",
  "Harahap",   "Simanjuntak", "Lubis",     "Sinaga",    "Pangaribuan", "Tanjung",   "Aminah",
  "Fauzi",     "Ramadhan",    "Permana",   "Gunawan",   "Purnomo",     "Suryadi",   "Wibowo",
  "Halim",     "Syahputra",   "Utami",     "Anggraini", "Puspita",     "Maharani",  "Fitriani",
  "Mahendra",  "Sitompul",    "Manurung",  "Tambunan",  "Pohan",       "Daulay",    "Ginting",
  "Sembiring", "Tarigan",     "Sihombing", "Panjaitan", "Pardede",     "Rangkuti",  "Batubara",
};

typedef struct
{
  gint64 unit_id;
  gint64 head;
  GArray *staff; /* gint64 position ids */
} DemoUnit;

static const struct
{
  const char *name;
  KrPositionKind kind;
  KrPositionLevel level;
} staff_positions[] = {
  { "Analis Kebijakan Ahli Pertama", KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN,
    KR_POSITION_LEVEL_AHLI_PERTAMA },
  { "Analis Kebijakan Ahli Muda", KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN,
    KR_POSITION_LEVEL_AHLI_MUDA },
  { "Analis Kebijakan Ahli Madya", KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN,
    KR_POSITION_LEVEL_AHLI_MADYA },
  { "Pranata Komputer Terampil", KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN,
    KR_POSITION_LEVEL_TERAMPIL },
  { "Arsiparis Penyelia", KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN, KR_POSITION_LEVEL_PENYELIA },
  { "Pengadministrasi Umum", KR_POSITION_KIND_PELAKSANA, KR_POSITION_LEVEL_NONE },
  { "Pengelola Keuangan", KR_POSITION_KIND_PELAKSANA, KR_POSITION_LEVEL_NONE },
  { "Pengolah Data", KR_POSITION_KIND_PELAKSANA, KR_POSITION_LEVEL_NONE },
};

static gint64
add_position (KrUnitRepository *units,
              gint64 unit_id,
              const char *name,
              KrPositionKind kind,
              KrPositionLevel level,
              gboolean is_head,
              GError **error)
{
  g_autoptr (KrPositionRecord) position = kr_position_record_new ();

  position->unit_id = unit_id;
  position->name = g_strdup (name);
  position->kind = kind;
  position->level = level;
  position->is_head = is_head;
  return kr_unit_repository_add_position (units, position, error);
}

static gboolean
add_unit (KrUnitRepository *units,
          GPtrArray *all,
          gint64 parent,
          KrUnitKind kind,
          const char *name,
          KrPositionKind head_kind,
          GError **error)
{
  g_autofree char *code = g_strdup_printf ("U%05u", all->len + 1);
  g_autofree char *head_name = g_strdup_printf ("Kepala %s", name);
  DemoUnit *unit = g_new0 (DemoUnit, 1);

  g_ptr_array_add (all, unit);
  unit->staff = g_array_new (FALSE, FALSE, sizeof (gint64));
  unit->unit_id = kr_unit_repository_add (units, parent, code, name, kind, error);
  if (unit->unit_id == 0)
    return FALSE;
  unit->head = add_position (units, unit->unit_id, head_name, head_kind, KR_POSITION_LEVEL_NONE,
                             TRUE, error);
  if (unit->head == 0)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (staff_positions); i++)
    {
      gint64 id = add_position (units, unit->unit_id, staff_positions[i].name,
                                staff_positions[i].kind, staff_positions[i].level, FALSE, error);

      if (id == 0)
        return FALSE;
      g_array_append_val (unit->staff, id);
    }
  return TRUE;
}

static void
demo_unit_free (gpointer data)
{
  DemoUnit *unit = data;

  g_array_unref (unit->staff);
  g_free (unit);
}

/* An organisation of about one unit for each 100 employees. */
static GPtrArray *
make_units (KrUnitRepository *units, guint n_employees, GError **error)
{
  g_autoptr (GPtrArray) all = g_ptr_array_new_with_free_func (demo_unit_free);
  guint n_agencies = CLAMP (n_employees / 2000, 4, 60);
  guint n_units = MAX (n_employees / 100, 1 + n_agencies * 5);
  gint64 root;

  if (!add_unit (units, all, 0, KR_UNIT_KIND_INSTANSI, "Pemerintah Provinsi Contoh",
                 KR_POSITION_KIND_JPT_MADYA, error))
    return NULL;
  root = ((DemoUnit *) all->pdata[0])->unit_id;
  for (guint a = 0; a < n_agencies; a++)
    {
      g_autofree char *agency = g_strdup_printf ("Dinas Urusan %u", a + 1);
      gint64 agency_id;

      if (!add_unit (units, all, root, KR_UNIT_KIND_PERANGKAT_DAERAH, agency,
                     KR_POSITION_KIND_JPT_PRATAMA, error))
        return NULL;
      agency_id = ((DemoUnit *) all->pdata[all->len - 1])->unit_id;
      for (guint b = 0; b < 4; b++)
        {
          g_autofree char *division = g_strdup_printf ("Bidang %u Dinas %u", b + 1, a + 1);

          if (!add_unit (units, all, agency_id, KR_UNIT_KIND_BIDANG, division,
                         KR_POSITION_KIND_ADMINISTRATOR, error))
            return NULL;
        }
    }
  for (guint u = 0; all->len < n_units; u++)
    {
      g_autofree char *name = g_strdup_printf ("UPT Layanan %u", u + 1);
      gint64 agency_id = ((DemoUnit *) all->pdata[1 + (u % n_agencies) * 5])->unit_id;

      if (!add_unit (units, all, agency_id, KR_UNIT_KIND_UPT, name, KR_POSITION_KIND_PENGAWAS,
                     error))
        return NULL;
    }
  return g_steal_pointer (&all);
}

static void
random_date (GRand *rand, guint first_year, guint last_year, GDate *date)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, 1, G_DATE_JANUARY, (GDateYear) first_year);
  g_date_add_days (date,
                   (guint) g_rand_int_range (rand, 0, (gint32) (last_year - first_year) * 365));
}

/* Inserts one employee with a rank and a position; retries NIP sequence numbers taken. */
static gboolean
add_employee (KrEmployeeRepository *employees,
              GRand *rand,
              const GDate *today,
              const DemoUnit *unit,
              gboolean head,
              GError **error)
{
  g_autoptr (KrEmployee) employee = kr_employee_new ();
  g_autoptr (KrRankEntry) rank = kr_rank_entry_new ();
  g_autoptr (KrPositionEntry) position = kr_position_entry_new ();
  g_autofree char *name = NULL;
  guint r = (guint) g_rand_int_range (rand, 0, 100);
  KrEmployeeKind kind = r < 20   ? KR_EMPLOYEE_KIND_PPPK
                        : r < 23 ? KR_EMPLOYEE_KIND_CPNS
                                 : KR_EMPLOYEE_KIND_PNS;
  KrGender gender = g_rand_boolean (rand) ? KR_GENDER_MALE : KR_GENDER_FEMALE;
  GDate birth, tmt;
  guint years, sequence = (guint) g_rand_int_range (rand, 1, 900);

  random_date (rand, kind == KR_EMPLOYEE_KIND_CPNS ? 1995 : 1962, 2000, &birth);
  tmt = birth;
  g_date_add_years (&tmt, (guint) g_rand_int_range (rand, 22, 30));
  g_date_set_day (&tmt, 1);
  if (kind == KR_EMPLOYEE_KIND_PPPK)
    g_date_set_dmy (&tmt, 1, G_DATE_MARCH, (GDateYear) g_rand_int_range (rand, 2019, 2025));
  if (kind == KR_EMPLOYEE_KIND_CPNS || g_date_compare (&tmt, today) > 0)
    g_date_set_dmy (&tmt, 1, G_DATE_MARCH, 2024);

  name =
      g_strdup_printf ("%s %s", first_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (first_names))],
                       last_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (last_names))]);
  kr_employee_set_name (employee, name);
  kr_employee_set_kind (employee, kind);
  kr_employee_set_gender (employee, gender);
  kr_employee_set_birth_date (employee, &birth);
  kr_employee_set_tmt_cpns (employee, &tmt);
  if (g_rand_int_range (rand, 0, 100) < 7)
    kr_employee_set_status (employee, (KrEmployeeStatus) g_rand_int_range (rand, 1, 7));

  for (;; sequence++)
    {
      g_autofree char *nip = NULL;
      g_autoptr (GError) local = NULL;

      if (kind == KR_EMPLOYEE_KIND_PPPK)
        nip = g_strdup_printf ("%04u%02u%02u%04u21%u%03u", g_date_get_year (&birth),
                               g_date_get_month (&birth), g_date_get_day (&birth),
                               g_date_get_year (&tmt), gender, sequence);
      else
        nip = g_strdup_printf ("%04u%02u%02u%04u%02u%u%03u", g_date_get_year (&birth),
                               g_date_get_month (&birth), g_date_get_day (&birth),
                               g_date_get_year (&tmt), g_date_get_month (&tmt), gender, sequence);
      kr_employee_set_nip (employee, nip);
      if (kr_employee_repository_insert (employees, employee, NULL, &local) != 0)
        break;
      if (!g_error_matches (local, KR_ERROR, KR_ERROR_CONFLICT) || sequence >= 999)
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
    }

  kr_date_span (&tmt, today, &years, NULL);
  rank->employee_id = kr_employee_get_id (employee);
  rank->tmt = tmt;
  rank->promotion_kind = KR_PROMOTION_KIND_PENGANGKATAN;
  if (kind == KR_EMPLOYEE_KIND_PPPK)
    rank->golongan = 100 + (guint) g_rand_int_range (rand, 5, 12);
  else
    {
      guint step = kind == KR_EMPLOYEE_KIND_PNS ? MIN (years / 4, 7) : 0;
      guint start = g_rand_boolean (rand) ? 31 : 21;
      guint index = (start / 10 - 1) * 4 + start % 10 - 1 + step; /* rank index, 0 = I/a */

      index = MIN (index, 16);
      rank->golongan = (index / 4 + 1) * 10 + index % 4 + 1;
      if (index == 16)
        rank->golongan = 45;
      if (step > 0)
        {
          rank->promotion_kind = KR_PROMOTION_KIND_REGULER;
          g_date_add_years (&rank->tmt, step * 4);
        }
    }
  if (kr_employee_repository_add_rank (employees, rank, error) == 0)
    return FALSE;

  position->employee_id = rank->employee_id;
  position->position_id =
      head ? unit->head
           : g_array_index (unit->staff, gint64, g_rand_int_range (rand, 0, unit->staff->len));
  position->tmt = tmt;
  return kr_employee_repository_add_position (employees, position, error) != 0;
}

static gboolean
generate (const char *path, guint n_employees, GError **error)
{
  g_autoptr (KrDatabase) database = kr_database_open (path, KR_DATABASE_FLAGS_NONE, error);
  g_autoptr (KrUnitRepository) units = NULL;
  g_autoptr (KrEmployeeRepository) employees = NULL;
  g_autoptr (GPtrArray) demo_units = NULL;
  g_autoptr (GRand) rand = g_rand_new_with_seed (20261122);
  double start = kr_bench_now_ms ();
  GDate today;

  if (database == NULL)
    return FALSE;
  units = kr_unit_repository_new (database);
  employees = kr_employee_repository_new (database);
  kr_date_today (NULL, &today);

  if (!kr_database_begin (database, error))
    return FALSE;
  demo_units = make_units (units, n_employees, error);
  if (demo_units == NULL || !kr_database_commit (database, error))
    return FALSE;

  if (!kr_employee_repository_begin_bulk (employees, error))
    return FALSE;
  for (guint i = 0; i < n_employees; i++)
    {
      gboolean head = i < demo_units->len;
      const DemoUnit *unit =
          demo_units->pdata[head ? i : (guint) g_rand_int_range (rand, 0, demo_units->len)];

      if (!add_employee (employees, rand, &today, unit, head, error))
        {
          kr_employee_repository_end_bulk (employees, FALSE, NULL);
          return FALSE;
        }
    }
  if (!kr_employee_repository_end_bulk (employees, TRUE, error))
    return FALSE;
  g_print ("Generated %u employees in %u units in %.1f s\n", n_employees, demo_units->len,
           (kr_bench_now_ms () - start) / 1000.0);
  return TRUE;
}

/* Measuring */

typedef struct
{
  KrDatabase *database;
  KrEmployeeRepository *employees;
  GRand *rand;
} Bench;

static const char *const sort_names[KR_N_EMPLOYEE_SORTS] = {
  "name", "NIP", "golongan", "position", "unit", "service",
};

/* Times kr_employee_list_set_query (one COUNT) and the first page. */
static void
time_query (KrEmployeeList *list, const KrEmployeeQuery *query, double *count_ms, double *first_ms)
{
  g_autoptr (KrEmployee) first = NULL;
  double start = kr_bench_now_ms ();

  kr_employee_list_set_query (list, query);
  *count_ms = kr_bench_now_ms () - start;
  start = kr_bench_now_ms ();
  if (g_list_model_get_n_items (G_LIST_MODEL (list)) > 0)
    first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  *first_ms = kr_bench_now_ms () - start;
}

/* Pages at random places of a fresh list with @query: the first one, which learns the page
 * boundaries up to it, and then N_SAMPLES more. */
static void
bench_random_pages (Bench *bench, const KrEmployeeQuery *query, const char *label)
{
  g_autoptr (KrEmployeeList) list = NULL;
  g_autoptr (GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  double start, count_ms, first_ms, deep_ms;
  guint n;

  start = kr_bench_now_ms ();
  list = kr_employee_list_new (bench->employees, query);
  count_ms = kr_bench_now_ms () - start;
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  if (n == 0)
    {
      g_print ("%s: no rows\n", label);
      return;
    }
  start = kr_bench_now_ms ();
  g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), 0));
  first_ms = kr_bench_now_ms () - start;
  start = kr_bench_now_ms ();
  g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), n - n / 10));
  deep_ms = kr_bench_now_ms () - start;

  for (guint i = 0; i < N_SAMPLES; i++)
    {
      guint position = (guint) g_rand_int_range (bench->rand, 0, (gint32) n);
      g_autoptr (KrEmployee) employee = NULL;

      start = kr_bench_now_ms ();
      employee = g_list_model_get_item (G_LIST_MODEL (list), position);
      g_array_append_val (times, (double){ kr_bench_now_ms () - start });
      g_assert (employee != NULL);
    }
  g_print ("%s: %u rows; count %.2f ms, first page %.2f ms, first jump to 90%% %.2f ms\n", label, n,
           count_ms, first_ms, deep_ms);
  kr_bench_print_times ("random item (a page read unless cached)", times);
}

/* The same pages read with LIMIT/OFFSET on the name order, the baseline. */
static void
bench_offset (Bench *bench, guint n)
{
  g_autoptr (GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  sqlite3 *db = _kr_database_get_handle (bench->database);
  sqlite3_stmt *stmt = NULL;

  g_assert (sqlite3_prepare_v2 (db,
                                "SELECT " KR_EMPLOYEE_COLUMNS " FROM " KR_EMPLOYEE_FROM
                                " ORDER BY e.name, e.id LIMIT 256 OFFSET ?",
                                -1, &stmt, NULL) == SQLITE_OK);
  /* Fewer: each costs up to a walk along the whole index. */
  for (guint i = 0; i < N_SAMPLES / 50; i++)
    {
      guint page = (guint) g_rand_int_range (bench->rand, 0, (gint32) (n / PAGE_SIZE));
      double start = kr_bench_now_ms ();

      sqlite3_bind_int64 (stmt, 1, (gint64) page * PAGE_SIZE);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_object_unref (_kr_employee_new_from_row (stmt));
      sqlite3_reset (stmt);
      g_array_append_val (times, (double){ kr_bench_now_ms () - start });
    }
  sqlite3_finalize (stmt);
  kr_bench_print_times ("baseline: page by LIMIT/OFFSET, name", times);
}

/* Search text as typed: 1 to 4 letters of a word of a name, or 4 to 8 digits of a NIP. */
static GPtrArray *
make_prefixes (Bench *bench, gint64 max_id, gboolean digits)
{
  GPtrArray *prefixes = g_ptr_array_new_with_free_func (g_free);

  while (prefixes->len < N_SAMPLES / 2)
    {
      g_autoptr (KrEmployee) employee = kr_employee_repository_get (
          bench->employees, g_rand_int_range (bench->rand, 1, (gint32) max_id + 1), NULL);
      g_auto (GStrv) words = NULL;
      const char *word;

      if (employee == NULL)
        continue;
      if (digits)
        {
          g_ptr_array_add (prefixes, g_strndup (kr_employee_get_nip (employee),
                                                (gsize) g_rand_int_range (bench->rand, 4, 9)));
          continue;
        }
      words = g_strsplit (kr_employee_get_name (employee), " ", -1);
      word = words[g_rand_int_range (bench->rand, 0, (gint32) g_strv_length (words))];
      g_ptr_array_add (prefixes, g_strndup (word, (gsize) g_rand_int_range (bench->rand, 1, 5)));
    }
  return prefixes;
}

/* CPU time of this thread: the figure to trust on a shared machine. */
static double
thread_cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return (double) now.tv_sec * 1000.0 + (double) now.tv_nsec / 1e6;
}

static double
process_cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return (double) now.tv_sec * 1000.0 + (double) now.tv_nsec / 1e6;
}

/* Search as the user types, through the lists of @repository, with the same prefixes for
 * every call. */
static void
bench_search (Bench *bench,
              KrEmployeeRepository *repository,
              KrEmployeeSort sort,
              gboolean descending,
              gint64 max_id,
              const char *how)
{
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
  g_autoptr (KrEmployeeList) list = kr_employee_list_new (repository, NULL);
  GRand *saved = bench->rand;

  bench->rand = g_rand_new_with_seed (7);
  kr_employee_query_set_sort (query, sort, descending);
  g_print ("\nSearch as you type, sorted by %s%s, %s:\n", sort_names[sort],
           descending ? " descending" : "", how);
  for (int digits = 0; digits <= 1; digits++)
    {
      g_autoptr (GPtrArray) prefixes = make_prefixes (bench, max_id, digits);
      g_autoptr (GArray) totals = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr (GArray) cpu = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr (GArray) counts = g_array_new (FALSE, FALSE, sizeof (double));
      GArray *by_length[5];
      guint64 n_found = 0;

      for (guint i = 0; i < G_N_ELEMENTS (by_length); i++)
        by_length[i] = g_array_new (FALSE, FALSE, sizeof (double));
      for (guint i = 0; i < prefixes->len; i++)
        {
          const char *prefix = prefixes->pdata[i];
          double count_ms, first_ms, total, cpu_start = thread_cpu_ms ();

          kr_employee_query_set_search (query, prefix);
          time_query (list, query, &count_ms, &first_ms);
          g_array_append_val (cpu, (double){ thread_cpu_ms () - cpu_start });
          total = count_ms + first_ms;
          n_found += g_list_model_get_n_items (G_LIST_MODEL (list));
          g_array_append_val (totals, total);
          g_array_append_val (counts, count_ms);
          if (!digits)
            g_array_append_val (by_length[strlen (prefix)], total);
        }
      g_print (" %s: %" G_GUINT64_FORMAT " rows found on average\n",
               digits ? "4-8 digit NIP prefixes" : "1-4 letter name prefixes",
               n_found / prefixes->len);
      kr_bench_print_times ("count + first page (wall)", totals);
      kr_bench_print_times ("count + first page (CPU of the thread)", cpu);
      kr_bench_print_times ("of which the count (wall)", counts);
      for (guint length = 1; !digits && length < G_N_ELEMENTS (by_length); length++)
        {
          g_autofree char *what =
              g_strdup_printf ("count + first page, %u letter%s", length, length > 1 ? "s" : "");

          if (by_length[length]->len > 0)
            kr_bench_print_times (what, by_length[length]);
        }
      for (guint i = 0; i < G_N_ELEMENTS (by_length); i++)
        g_array_unref (by_length[i]);
    }
  g_rand_free (bench->rand);
  bench->rand = saved;
}

/* The resident size of this process now, in KiB. */
static long
current_memory_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmRSS:")) == NULL)
    return 0;
  return strtol (line + strlen ("VmRSS:"), NULL, 10);
}

/* Asks for the search index of @sort and waits until the worker has read it. */
static void
wait_for_index (Bench *bench, KrEmployeeSort sort, gboolean descending)
{
  KrEmployeeSearch *search = _kr_employee_repository_get_search (bench->employees);
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
  double start = kr_bench_now_ms (), cpu_start = process_cpu_ms (), seconds = 0;
  gsize bytes = 0;
  long before_kib = current_memory_kib ();

  kr_employee_query_set_sort (query, sort, descending);
  for (guint i = 0; !kr_employee_search_is_ready (search, sort); i++)
    {
      g_autoptr (KrEmployeeList) list = NULL;

      if (i > 4)
        {
          g_print ("The search index could not be read\n");
          return;
        }
      kr_employee_query_set_search (query, i % 2 ? "a" : "b");
      list = kr_employee_list_new (bench->employees, query);
      while (kr_employee_search_is_busy (search))
        g_main_context_iteration (NULL, TRUE);
    }
  kr_employee_search_get_stats (search, &bytes, &seconds);
  g_print ("\nSearch index for the %s order ready after %.2f s (CPU of the process %.2f s; the "
           "last read %.2f s in the worker); index and order: %.1f MiB; resident before %.1f "
           "MiB, after %.1f MiB, peak so far %.1f MiB\n",
           sort_names[sort], (kr_bench_now_ms () - start) / 1000.0,
           (process_cpu_ms () - cpu_start) / 1000.0, seconds, (double) bytes / (1024.0 * 1024.0),
           before_kib / 1024.0, current_memory_kib () / 1024.0,
           kr_bench_peak_memory_kib () / 1024.0);
}

/* The lists with SQL alone (as before the search index), then with the index. */
static void
bench_searches (Bench *bench, gint64 max_id, gboolean with_sql)
{
  g_autoptr (KrEmployeeRepository) sql = kr_employee_repository_new (bench->database);

  kr_employee_search_set_min_employees (_kr_employee_repository_get_search (sql), G_MAXUINT);
  if (with_sql)
    bench_search (bench, sql, KR_EMPLOYEE_SORT_NAME, FALSE, max_id, "SQL (FTS5) only");
  wait_for_index (bench, KR_EMPLOYEE_SORT_NAME, FALSE);
  bench_search (bench, bench->employees, KR_EMPLOYEE_SORT_NAME, FALSE, max_id,
                "with the search index");
  wait_for_index (bench, KR_EMPLOYEE_SORT_GOLONGAN, TRUE);
  bench_search (bench, bench->employees, KR_EMPLOYEE_SORT_GOLONGAN, TRUE, max_id,
                "with the search index");
}

static gint64
query_int (Bench *bench, const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = 0;

  g_assert (sqlite3_prepare_v2 (_kr_database_get_handle (bench->database), sql, -1, &stmt, NULL) ==
            SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static void
bench_filters (Bench *bench)
{
  g_autoptr (KrEmployeeQuery) query = NULL;
  GDate today;
  gint64 agency = query_int (bench, "SELECT id FROM unit WHERE kind = 'perangkat_daerah' "
                                    "ORDER BY id LIMIT 1");
  gint64 small_unit = query_int (bench, "SELECT unit_id FROM employee WHERE unit_id IS NOT NULL "
                                        "GROUP BY unit_id ORDER BY count(*) LIMIT 1");

  g_print ("\n");
  kr_date_today (NULL, &today);
  query = kr_employee_query_new ();
  kr_employee_query_set_status (query, 0);
  bench_random_pages (bench, query, "Filter status aktif, by name");
  kr_employee_query_set_sort (query, KR_EMPLOYEE_SORT_GOLONGAN, TRUE);
  bench_random_pages (bench, query, "Filter status aktif, by golongan (DUK)");

  kr_employee_query_free (query);
  query = kr_employee_query_new ();
  kr_employee_query_set_unit (query, agency);
  bench_random_pages (bench, query, "Filter one perangkat daerah's subtree, by name");
  kr_employee_query_set_unit (query, small_unit);
  bench_random_pages (bench, query, "Filter the smallest unit, by name");

  kr_employee_query_free (query);
  query = kr_employee_query_new ();
  kr_employee_query_set_golongan_range (query, 31, 34);
  kr_employee_query_set_sort (query, KR_EMPLOYEE_SORT_SERVICE, TRUE);
  bench_random_pages (bench, query, "Filter golongan III, by service");

  kr_employee_query_free (query);
  query = kr_employee_query_new ();
  kr_employee_query_set_position_kind (query, 6);
  kr_employee_query_set_employee_kind (query, 0);
  bench_random_pages (bench, query, "Filter fungsional keahlian PNS, by unit");

  kr_employee_query_free (query);
  query = kr_employee_query_new ();
  kr_employee_query_set_retiring_within (query, 12, &today);
  bench_random_pages (bench, query, "Filter retiring within 12 months, by name");
  kr_employee_query_set_status (query, 0);
  kr_employee_query_set_sort (query, KR_EMPLOYEE_SORT_GOLONGAN, TRUE);
  bench_random_pages (bench, query, "Filter retiring within 12 months and aktif, by golongan");
}

static gboolean
wanted (const char *only, const char *section)
{
  return only == NULL || g_str_equal (only, section);
}

int
kr_bench_list (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (KrDatabase) database = NULL;
  g_autoptr (KrEmployeeRepository) employees = NULL;
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
  g_autoptr (GRand) rand = g_rand_new_with_seed (42);
  g_autofree char *only = NULL;
  gint64 n_employees, max_id;
  int generate_count = 0;
  Bench bench;
  GOptionEntry entries[] = {
    { "generate", 0, 0, G_OPTION_ARG_INT, &generate_count,
      "Generate a database of N employees first", "N" },
    { "only", 0, 0, G_OPTION_ARG_STRING, &only,
      "Measure only one part: sorts, offset, search (SQL, then the search index), search-index "
      "(only the index) or filters",
      "PART" },
    { NULL },
  };

  context = g_option_context_new ("DATABASE");
  g_option_context_set_summary (context, "Measures the employee list: counts, pages, sorts, "
                                         "search as the user types and filters.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "Give one database");
      return EXIT_FAILURE;
    }
  if (generate_count > 0 && !generate (argv[1], (guint) generate_count, &error))
    {
      g_printerr ("Could not generate %s: %s\n", argv[1], error->message);
      return EXIT_FAILURE;
    }

  database = kr_database_open (argv[1], KR_DATABASE_FLAGS_NO_CREATE, &error);
  if (database == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  employees = kr_employee_repository_new (database);
  bench = (Bench){ database, employees, rand };
  n_employees = query_int (&bench, "SELECT count(*) FROM employee");
  max_id = query_int (&bench, "SELECT max(id) FROM employee");
  g_print ("Employee list on %s: %" G_GINT64_FORMAT " employees, SQLite %s, page %d rows\n\n",
           argv[1], n_employees, sqlite3_libversion (), PAGE_SIZE);
  if (n_employees < PAGE_SIZE)
    {
      g_printerr ("Too few employees to measure\n");
      return EXIT_FAILURE;
    }

  for (int sort = 0; sort < KR_N_EMPLOYEE_SORTS && wanted (only, "sorts"); sort++)
    for (int descending = 0; descending <= 1; descending++)
      {
        g_autofree char *label = g_strdup_printf ("Everyone by %s, %s", sort_names[sort],
                                                  descending ? "descending" : "ascending");

        kr_employee_query_set_sort (query, sort, descending);
        bench_random_pages (&bench, query, label);
      }
  if (wanted (only, "offset"))
    bench_offset (&bench, (guint) n_employees);
  if (wanted (only, "search") || g_strcmp0 (only, "search-index") == 0)
    bench_searches (&bench, max_id, wanted (only, "search"));
  if (wanted (only, "filters"))
    bench_filters (&bench);
  g_print ("\nPeak memory: %.1f MiB\n", kr_bench_peak_memory_kib () / 1024.0);
  return EXIT_SUCCESS;
}
