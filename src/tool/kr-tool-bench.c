/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-bench"

#include "config.h"

#include <string.h>

#include "kr-bench.h"
#include "kr-i18n.h"
#include "kr-tool.h"

/* The window benchmark needs GTK, which karier-tool never links: it is a program of its own,
 * built beside the tool in the build tree and not installed. */
#define WINDOW_BENCH_FROM_TOOL "../../tests/bench/bench-window"

typedef struct
{
  const char *name;
  const char *summary;
  int (*run) (int argc, char **argv);
} Bench;

static int run_window (int argc, char **argv);

static const Bench benches[] = {
  { "list", N_ ("The employee list: counts, pages, sorts, search as you type, filters"),
    kr_bench_list },
  { "import", N_ ("The SIASN CSV import, against the sqlite3 shell’s .import of the same file"),
    kr_bench_import },
  { "report",
    N_ ("The appraisal documents: one at a time, and a unit’s 1,000 with karier-tool report"),
    kr_bench_report },
  { "training",
    N_ ("The training section: compliance lists, Training tabs, nomination checks, plan "
        "proposals"),
    kr_bench_training },
  { "dashboard", N_ ("The dashboard: every aggregate of a scope and the whole dashboard"),
    kr_bench_dashboard },
  { "window", N_ ("The window on a database: time to a populated list, scrolling, peak memory"),
    run_window },
};

static char *
find_window_bench (void)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  if (self == NULL)
    return NULL;
  dir = g_path_get_dirname (self);
  path = g_build_filename (dir, WINDOW_BENCH_FROM_TOOL, NULL);
  if (!g_file_test (path, G_FILE_TEST_IS_EXECUTABLE))
    return NULL;
  return g_canonicalize_filename (path, NULL);
}

static int
run_window (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = find_window_bench ();
  g_autoptr (GPtrArray) child_argv = g_ptr_array_new ();
  int status = 0;

  if (path == NULL)
    {
      g_printerr ("%s\n", _ ("The window benchmark is only in a build tree: run the "
                             "karier-tool of the build folder"));
      return KR_TOOL_EXIT_FAILURE;
    }
  g_ptr_array_add (child_argv, path);
  for (int i = 1; i < argc; i++)
    g_ptr_array_add (child_argv, argv[i]);
  g_ptr_array_add (child_argv, NULL);
  if (!g_spawn_sync (NULL, (char **) child_argv->pdata, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL,
                     NULL, NULL, NULL, &status, &error))
    return kr_tool_fail (error);
  return g_spawn_check_wait_status (status, NULL) ? KR_TOOL_EXIT_OK : KR_TOOL_EXIT_FAILURE;
}

static void
print_benches (void)
{
  g_print (_ ("Usage: karier-tool bench BENCHMARK [OPTION…] [ARGUMENT…]\n"));
  g_print ("\n%s\n\n", _ ("Measure speed and memory. Benchmarks print figures and never fail "
                          "on time; record them in tests/bench/RESULTS.md."));
  g_print ("%s\n", _ ("Benchmarks:"));
  for (guint i = 0; i < G_N_ELEMENTS (benches); i++)
    g_print ("  %-8s %s\n", benches[i].name, _ (benches[i].summary));
  g_print ("\n%s\n", _ ("Run “karier-tool bench BENCHMARK --help” to see its options."));
}

int
kr_tool_bench (const KrToolCommand *command, int argc, char **argv)
{
  if (argc < 2 || strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0)
    {
      print_benches ();
      return argc < 2 ? KR_TOOL_EXIT_USAGE : KR_TOOL_EXIT_OK;
    }
  for (guint i = 0; i < G_N_ELEMENTS (benches); i++)
    {
      if (strcmp (argv[1], benches[i].name) == 0)
        return benches[i].run (argc - 1, argv + 1) == 0 ? KR_TOOL_EXIT_OK : KR_TOOL_EXIT_FAILURE;
    }
  {
    g_autofree char *message = g_strdup_printf (_ ("unknown benchmark “%s”"), argv[1]);

    return kr_tool_usage_error (command, message);
  }
}
