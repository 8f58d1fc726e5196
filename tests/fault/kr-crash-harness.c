/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The crash harness: runs karier-tool on a copy of a prepared database and kills it with
 * SIGKILL after a random delay, for each kind of work (an import, bulk edits, a migration).
 * After each kill the database must open with Karier's code, pass `PRAGMA integrity_check`
 * and the audit verification, and hold all or none of the work. See README.md here. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "kr-crash.h"
#include "kr-database.h"

extern char **environ;

typedef enum
{
  KIND_IMPORT = 1 << 0,
  KIND_BULK = 1 << 1,
  KIND_MIGRATE = 1 << 2,
} Kind;

/* One piece of work: the file it starts from, the tool's arguments ("@" stands for the copy of
 * that file), and the states before it and after an uninterrupted run. */
typedef struct
{
  const char *name;
  Kind kind;
  char *start_path;
  GStrv args;
  KrCrashState before;
  KrCrashState after;
  double duration;
  /* Outcomes of the kills */
  guint n_runs, n_none, n_all, n_between, n_finished, n_failed;
} Work;

static const char *tool_path;
static gboolean verbose;
static char *work_dir;

static void
work_free (Work *work)
{
  g_free (work->start_path);
  g_strfreev (work->args);
  kr_crash_state_clear (&work->before);
  kr_crash_state_clear (&work->after);
  g_free (work);
}

static double
now_seconds (void)
{
  return (double) g_get_monotonic_time () / G_USEC_PER_SEC;
}

/* Starts karier-tool with @args, where "@SUFFIX" stands for @db followed by SUFFIX, its output going to @log. */
static pid_t
spawn_tool (const char *const *args, const char *db, const char *log)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  posix_spawn_file_actions_t actions;
  posix_spawnattr_t attributes;
  sigset_t no_signals;
  pid_t pid;
  int rc;

  g_ptr_array_add (argv, g_strdup (tool_path));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv,
                     args[i][0] == '@' ? g_strconcat (db, args[i] + 1, NULL) : g_strdup (args[i]));
  g_ptr_array_add (argv, NULL);

  /* The tool starts with no signal blocked, unlike the harness. */
  posix_spawnattr_init (&attributes);
  sigemptyset (&no_signals);
  posix_spawnattr_setsigmask (&attributes, &no_signals);
  posix_spawnattr_setflags (&attributes, POSIX_SPAWN_SETSIGMASK);
  posix_spawn_file_actions_init (&actions);
  posix_spawn_file_actions_addopen (&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen (&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_adddup2 (&actions, 1, 2);
  rc = posix_spawn (&pid, tool_path, &actions, &attributes, (char **) argv->pdata, environ);
  posix_spawn_file_actions_destroy (&actions);
  posix_spawnattr_destroy (&attributes);
  if (rc != 0)
    g_error ("Could not run %s: %s", tool_path, g_strerror (rc));
  return pid;
}

/* Waits for @pid for at most @delay seconds (forever when negative), then kills it with
 * SIGKILL. Returns whether it was killed; @status gets its exit status otherwise. The wait
 * sleeps until SIGCHLD (blocked in this process, see main()) or the deadline, so that the
 * harness takes no processor time from the tool while it runs. */
static gboolean
wait_or_kill (pid_t pid, double delay, int *status)
{
  double deadline = now_seconds () + delay;
  sigset_t children;

  sigemptyset (&children);
  sigaddset (&children, SIGCHLD);
  for (;;)
    {
      pid_t done = waitpid (pid, status, delay < 0 ? 0 : WNOHANG);
      double remaining = deadline - now_seconds ();
      struct timespec timeout;

      if (done == pid)
        return FALSE;
      if (done < 0 && errno != EINTR)
        g_error ("waitpid: %s", g_strerror (errno));
      if (delay >= 0 && remaining <= 0)
        break;
      if (delay >= 0)
        {
          timeout.tv_sec = (time_t) remaining;
          timeout.tv_nsec = (long) ((remaining - (double) timeout.tv_sec) * 1e9);
          sigtimedwait (&children, NULL, &timeout);
        }
    }
  kill (pid, SIGKILL);
  while (waitpid (pid, status, 0) < 0 && errno == EINTR)
    ;
  return TRUE;
}

static char *
read_log (const char *log)
{
  char *text = NULL;

  if (!g_file_get_contents (log, &text, NULL, NULL))
    return g_strdup ("");
  return text;
}

/* Runs @args to the end on @db, failing the harness when the tool fails. */
static void
run_tool (const char *const *args, const char *db)
{
  g_autofree char *log = g_build_filename (work_dir, "prepare.log", NULL);
  int status = 0;

  wait_or_kill (spawn_tool (args, db, log), -1, &status);
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      g_autofree char *text = read_log (log);
      g_autofree char *line = g_strjoinv (" ", (char **) args);

      g_error ("karier-tool %s failed on %s:\n%s", line, db, text);
    }
}

static void
copy_file (const char *from, const char *to)
{
  g_autofree char *contents = NULL;
  gsize size = 0;
  g_autoptr (GError) error = NULL;

  if (!g_file_get_contents (from, &contents, &size, &error) ||
      !g_file_set_contents_full (to, contents, (gssize) size, G_FILE_SET_CONTENTS_NONE, 0600,
                                 &error))
    g_error ("Could not copy %s: %s", from, error->message);
}

static void
remove_tree (const char *dir)
{
  g_autoptr (GDir) entries = g_dir_open (dir, 0, NULL);
  const char *name;

  while (entries != NULL && (name = g_dir_read_name (entries)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      /* Such as the automatic backups' folder beside the database. */
      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        remove_tree (path);
      else if (g_remove (path) != 0)
        g_error ("Could not remove %s: %s", path, g_strerror (errno));
    }
  if (g_rmdir (dir) != 0)
    g_error ("Could not remove %s: %s", dir, g_strerror (errno));
}

static void
read_state (const char *path, KrCrashState *state)
{
  g_autoptr (GError) error = NULL;

  if (!kr_crash_read_state (path, state, &error))
    g_error ("%s", error->message);
}

/* Runs @work uninterrupted twice: the duration is their mean, and both must end in the same
 * state, or the digest would call a complete run partial. */
static void
measure (Work *work)
{
  double total = 0;

  read_state (work->start_path, &work->before);
  for (int i = 0; i < 2; i++)
    {
      g_autofree char *dir = g_build_filename (work_dir, "measure", NULL);
      g_autofree char *db = g_build_filename (dir, "karier.db", NULL);
      g_auto (KrCrashState) state = { 0 };
      double start;

      g_mkdir (dir, 0700);
      copy_file (work->start_path, db);
      start = now_seconds ();
      run_tool ((const char *const *) work->args, db);
      total += now_seconds () - start;
      read_state (db, i == 0 ? &work->after : &state);
      if (i == 1 && strcmp (state.digest, work->after.digest) != 0)
        {
          g_autofree char *diff = kr_crash_describe_difference (state.digest, work->after.digest);

          g_error ("%s: two uninterrupted runs differ: %s", work->name, diff);
        }
      if (i == 0 && strcmp (work->before.digest, work->after.digest) == 0)
        g_error ("%s: an uninterrupted run changes nothing", work->name);
      remove_tree (dir);
    }
  work->duration = total / 2;
}

/* One kill at a random delay; returns FALSE (and says why) when the database is damaged or
 * holds part of the work. */
static gboolean
run_once (Work *work, GRand *rand, guint run)
{
  g_autofree char *dir_name = g_strdup_printf ("%s-%u", work->name, run);
  g_autofree char *dir = g_build_filename (work_dir, dir_name, NULL);
  g_autofree char *db = g_build_filename (dir, "karier.db", NULL);
  g_autofree char *log = g_build_filename (dir, "tool.log", NULL);
  g_auto (KrCrashState) state = { 0 };
  g_autoptr (GError) error = NULL;
  g_autofree char *problem = NULL;
  double delay = g_rand_double_range (rand, 0, work->duration);
  guint finished_before = work->n_finished;
  int status = 0;

  g_mkdir (dir, 0700);
  copy_file (work->start_path, db);
  work->n_runs++;
  if (!wait_or_kill (spawn_tool ((const char *const *) work->args, db, log), delay, &status))
    {
      work->n_finished++;
      if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
        {
          g_autofree char *text = read_log (log);

          problem = g_strdup_printf ("the tool failed without being killed:\n%s", text);
        }
    }

  if (verbose)
    g_print ("%s run %u: %s after %.3f s\n", work->name, run,
             work->n_finished > finished_before ? "finished" : "killed", delay);
  if (problem == NULL && !kr_crash_read_state (db, &state, &error))
    problem = g_strdup (error->message);
  else if (problem == NULL)
    {
      gboolean none = strcmp (state.digest, work->before.digest) == 0;
      gboolean all = strcmp (state.digest, work->after.digest) == 0;

      if (none && state.version == work->before.version)
        work->n_none++;
      else if (all && state.version == work->after.version)
        work->n_all++;
      else if (work->kind == KIND_MIGRATE && state.version > work->before.version &&
               state.version < work->after.version)
        /* Each migration is its own transaction: a kill between two leaves a whole file at an
         * intermediate version, which the next open upgrades the rest of the way (checked
         * below against the state after an uninterrupted run). */
        work->n_between++;
      else
        {
          g_autofree char *diff = kr_crash_describe_difference (state.digest, work->before.digest);

          problem =
              g_strdup_printf ("holds part of the work (version %d): %s", state.version, diff);
        }
    }
  if (problem == NULL && !kr_crash_check_database (db, &error))
    problem = g_strdup (error->message);
  if (problem == NULL && work->kind == KIND_MIGRATE)
    {
      g_auto (KrCrashState) reopened = { 0 };

      read_state (db, &reopened);
      if (strcmp (reopened.digest, work->after.digest) != 0)
        {
          g_autofree char *diff =
              kr_crash_describe_difference (reopened.digest, work->after.digest);

          problem = g_strdup_printf ("the upgrade lost or changed rows: %s", diff);
        }
    }

  if (problem != NULL)
    {
      work->n_failed++;
      g_printerr ("FAIL %s run %u (killed after %.3f s): %s\n  kept in %s\n", work->name, run,
                  delay, problem, dir);
      return FALSE;
    }
  remove_tree (dir);
  return TRUE;
}

/* The first column of the first row of @sql on the database @path, as text. */
static char *
query_text (const char *path, const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  if (text == NULL)
    g_error ("%s: no result for %s: %s", path, sql, sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return text;
}

static Work *
work_new (const char *name, Kind kind, const char *start_path, ...)
{
  Work *work = g_new0 (Work, 1);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  const char *arg;
  va_list args;

  work->name = name;
  work->kind = kind;
  work->start_path = g_strdup (start_path);
  va_start (args, start_path);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_strv_builder_add (builder, arg);
  va_end (args);
  work->args = g_strv_builder_end (builder);
  return work;
}

/* A demo database of @n_employees, the CSV export of it, and the pieces of work of @kinds. */
static GPtrArray *
prepare (Kind kinds, int n_employees, int from_version)
{
  g_autoptr (GPtrArray) works = g_ptr_array_new_with_free_func ((GDestroyNotify) work_free);
  g_autofree char *demo = g_build_filename (work_dir, "demo.db", NULL);
  g_autofree char *csv = g_build_filename (work_dir, "pegawai.csv", NULL);
  g_autofree char *empty = g_build_filename (work_dir, "empty.db", NULL);
  g_autofree char *old = g_build_filename (work_dir, "old.db", NULL);
  g_autofree char *count = g_strdup_printf ("%d", n_employees);
  g_autofree char *root = NULL, *year = NULL, *session = NULL;
  g_autoptr (GError) error = NULL;

  run_tool ((const char *const[]){ "demo", "--employees", count, "@", NULL }, demo);
  if (kinds & KIND_IMPORT)
    {
      g_autoptr (KrDatabase) db = NULL;

      run_tool ((const char *const[]){ "export", "@", csv, NULL }, demo);
      db = kr_database_open (empty, KR_DATABASE_FLAGS_NONE, &error);
      if (db == NULL)
        g_error ("%s", error->message);
      g_ptr_array_add (works, work_new ("import", KIND_IMPORT, empty, "import", "@", csv, NULL));
    }
  if (kinds & KIND_BULK)
    {
      /* The root unit, a year after the last appraised one, a session open for nominations. */
      root = query_text (demo, "SELECT code FROM unit WHERE parent_id IS NULL ORDER BY id");
      year = query_text (demo, "SELECT max(year) + 1 FROM appraisal");
      session = query_text (demo, "SELECT id FROM training_session WHERE status = 'open' "
                                  "ORDER BY start_date DESC, id");
      g_ptr_array_add (works, work_new ("appraisal-start", KIND_BULK, demo, "appraisal", "start",
                                        "@", "--year", year, "--unit", root, "--subtree", NULL));
      g_ptr_array_add (works, work_new ("training-nominate", KIND_BULK, demo, "training",
                                        "nominate", "@", session, "--unit", root, "--subtree",
                                        "--override", "crash harness", NULL));
    }
  if (kinds & KIND_MIGRATE)
    {
      if (!kr_crash_make_old_database (demo, old, from_version, &error))
        g_error ("Could not make a database at schema version %d: %s", from_version,
                 error->message);
      g_ptr_array_add (works,
                       work_new ("migrate", KIND_MIGRATE, old, "backup", "@", "@.copy", NULL));
    }
  return g_steal_pointer (&works);
}

static gboolean
parse_kind (const char *text, Kind *kinds)
{
  if (g_strcmp0 (text, "all") == 0)
    *kinds = KIND_IMPORT | KIND_BULK | KIND_MIGRATE;
  else if (g_strcmp0 (text, "import") == 0)
    *kinds = KIND_IMPORT;
  else if (g_strcmp0 (text, "bulk") == 0)
    *kinds = KIND_BULK;
  else if (g_strcmp0 (text, "migrate") == 0)
    *kinds = KIND_MIGRATE;
  else
    return FALSE;
  return TRUE;
}

int
main (int argc, char **argv)
{
  g_autofree char *kind_text = NULL;
  g_autofree char *tool = NULL;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) works = NULL;
  g_autoptr (GRand) rand = NULL;
  gint64 seed = -1;
  int runs = 300, n_employees = 300, from_version = 0;
  guint n_failed = 0;
  double start = now_seconds ();
  sigset_t children;
  Kind kinds;
  GOptionEntry entries[] = {
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, "Kills per piece of work (default 300)", "N" },
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind_text, "import, bulk, migrate or all (default all)",
      "KIND" },
    { "seed", 's', 0, G_OPTION_ARG_INT64, &seed, "Replay the delays of this seed", "S" },
    { "employees", 'e', 0, G_OPTION_ARG_INT, &n_employees,
      "Employees of the demo database (default 300)", "N" },
    { "from-version", 0, 0, G_OPTION_ARG_INT, &from_version,
      "Schema version the migration starts from (default the latest minus 4)", "V" },
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose, "Print the delay of each run", NULL },
    { "tool", 't', 0, G_OPTION_ARG_FILENAME, &tool,
      "karier-tool (default $KR_BUILD_ROOT/src/tool/karier-tool)", "PATH" },
    { NULL }
  };

  sigemptyset (&children);
  sigaddset (&children, SIGCHLD);
  sigprocmask (SIG_BLOCK, &children, NULL);
  context = g_option_context_new ("— kill karier-tool at random points and check the database");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (!parse_kind (kind_text != NULL ? kind_text : "all", &kinds) || runs < 1 || n_employees < 10)
    {
      g_printerr ("--kind must be import, bulk, migrate or all; --runs at least 1; --employees "
                  "at least 10\n");
      return 2;
    }
  if (tool == NULL && g_getenv ("KR_BUILD_ROOT") != NULL)
    tool = g_build_filename (g_getenv ("KR_BUILD_ROOT"), "src", "tool", "karier-tool", NULL);
  if (tool == NULL || !g_file_test (tool, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_printerr ("karier-tool not found: give --tool PATH or set KR_BUILD_ROOT\n");
      return 2;
    }
  tool_path = tool;
  if (from_version == 0)
    from_version = kr_database_get_latest_schema_version () - 4;
  from_version = CLAMP (from_version, 1, kr_database_get_latest_schema_version () - 1);
  if (seed < 0)
    seed = g_get_real_time () % 1000000000;
  /* Printed first, so that a failing run can be replayed with --seed. */
  g_print ("seed %lld\n", (long long) seed);
  rand = g_rand_new_with_seed ((guint32) seed);

  work_dir = g_dir_make_tmp ("kr-crash-XXXXXX", &error);
  if (work_dir == NULL)
    g_error ("%s", error->message);
  works = prepare (kinds, n_employees, from_version);
  for (guint i = 0; i < works->len; i++)
    {
      Work *work = g_ptr_array_index (works, i);

      measure (work);
      g_print ("%s: an uninterrupted run takes %.3f s (schema %d to %d)\n", work->name,
               work->duration, work->before.version, work->after.version);
    }
  for (int run = 0; run < runs; run++)
    for (guint i = 0; i < works->len; i++)
      run_once (g_ptr_array_index (works, i), rand, (guint) run);

  g_print ("%-18s %6s %10s %10s %12s %10s %8s\n", "work", "runs", "none", "all", "between",
           "finished", "failed");
  for (guint i = 0; i < works->len; i++)
    {
      Work *work = g_ptr_array_index (works, i);

      g_print ("%-18s %6u %10u %10u %12u %10u %8u\n", work->name, work->n_runs, work->n_none,
               work->n_all, work->n_between, work->n_finished, work->n_failed);
      n_failed += work->n_failed;
    }
  g_print ("seed %lld, %u failed, %.1f s\n", (long long) seed, n_failed, now_seconds () - start);
  if (n_failed == 0)
    remove_tree (work_dir);
  g_free (work_dir);
  return n_failed == 0 ? 0 : 1;
}
