/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-tool-arguments"

#include "config.h"

#include <string.h>

#include "kr-test-tool.h"
#include "kr-test-utils.h"

/* Out-of-range and malformed values of the options and arguments of karier-tool, one row a
 * value: each is refused with the usage status (2) and a message that names the option and
 * the value given, and nothing is written. */

typedef struct
{
  const char *args[16];
  const char *option; /* what the message must name */
  const char *value;  /* (nullable): the bad value, when the message must repeat it */
} Case;

#define DB "karier.db"

static const Case cases[] = {
  { { "demo", "--employees", "-5", "new.db" }, "--employees", "-5" },
  { { "demo", "--employees", "99999999999", "new.db" }, "--employees", "99999999999" },
  { { "demo", "--employees", "abc", "new.db" }, "--employees", "abc" },
  { { "demo", "--seed", "abc", "new.db" }, "--seed", "abc" },
  { { "demo", "--appraisals", "some", "new.db" }, "--appraisals", "some" },
  { { "demo", "--training", "yes", "new.db" }, "--training", "yes" },
  { { "employee", "list", DB, "--limit", "-1" }, "--limit", "-1" },
  { { "employee", "list", DB, "--limit", "99999999999999999999" },
    "--limit",
    "99999999999999999999" },
  { { "promotion", "retirement", DB, "--months", "-1" }, "--months", "-1" },
  { { "promotion", "retirement", DB, "--months", "99999" }, "--months", "99999" },
  { { "talent", "grid", DB, "--year", "20x5" }, "--year", "20x5" },
  { { "talent", "grid", DB, "--year", "20250" }, "--year", "20250" },
  { { "talent", "box", DB, "5", "--year", "2025", "--offset", "-3" }, "--offset", NULL },
  { { "talent", "box", DB, "5", "--year", "2025", "--limit", "-3" }, "--limit", NULL },
  { { "talent", "box", DB, "10", "--year", "2025" }, "BOX", "10" },
  { { "training", "compliance", DB, "--year", "1999" }, "--year", "1999" },
  { { "training", "compliance", DB, "--year", "2o25" }, "--year", "2o25" },
  { { "appraisal", "list", DB, "--year", "20250" }, "--year", "20250" },
  { { "appraisal", "list", DB, "--year", "2020" }, "--year", "2020" },
  { { "appraisal", "list", DB, "--year", "2025", "--period", "13" }, "--period", "13" },
  { { "report", "skp", DB, "--year", "2025", "--jobs", "0", "--output", "x.pdf" }, "--jobs", "0" },
  { { "report", "skp", DB, "--year", "2025", "--jobs", "-1", "--output", "x.pdf" },
    "--jobs",
    "-1" },
  { { "report", "dashboard", DB, "--year", "3000", "--output", "x.pdf" }, "--year", "3000" },
  { { "audit", "list", DB, "--limit", "-4" }, "--limit", "-4" },
  { { "audit", "list", DB, "--since", "2025-13-01" }, "--since", "2025-13-01" },
  { { "audit", "list", DB, "--until", "yesterday" }, "--until", "yesterday" },
  { { "vacancy", "list", DB, "--months", "-1" }, "--months", "-1" },
  { { "vacancy", "list", DB, "--months", "61" }, "--months", "61" },
  /* 0 and -1 are refused as values, never taken for "not given". */
  { { "talent", "grid", DB, "--year", "0" }, "--year", "0" },
  { { "talent", "box", DB, "5", "--year", "-1" }, "--year", "-1" },
  { { "report", "dashboard", DB, "--year", "0", "--output", "x.pdf" }, "--year", "0" },
  { { "report", "talent-grid", DB, "--year", "0", "--output", "x.pdf" }, "--year", "0" },
  { { "report", "training-compliance", DB, "--year", "0", "--output", "x.pdf" }, "--year", "0" },
  { { "report", "skp", DB, "--year", "0", "--output", "x.pdf" }, "--year", "0" },
  { { "appraisal", "list", DB, "--year", "0" }, "--year", "0" },
  { { "training", "compliance", DB, "--year", "0" }, "--year", "0" },
  { { "training", "session", "list", DB, "--year", "0" }, "--year", "0" },
  { { "training", "session", "list", DB, "--course", "-1" }, "--course", "-1" },
  { { "training", "session", "add", DB, "--course", "-1", "--name", "A", "--start", "2025-03-01",
      "--capacity", "5" },
    "--course",
    "-1" },
  { { "training", "session", "add", DB, "--course", "1", "--name", "A", "--start", "2025-03-01",
      "--capacity", "0" },
    "--capacity",
    "0" },
  { { "training", "session", "add", DB, "--course", "1", "--name", "A", "--start", "2025-03-01",
      "--capacity", "-3" },
    "--capacity",
    "-3" },
  { { "training", "session", "add", DB, "--course", "1", "--name", "A", "--start", "2025-03-01",
      "--capacity", "5", "--cost", "-1" },
    "--cost",
    "-1" },
  { { "report", "training-participants", DB, "--session", "-1", "--output", "x.pdf" },
    "--session",
    "-1" },
  { { "report", "training-participants", DB, "--session", "x", "--output", "x.pdf" },
    "--session",
    "x" },
  /* The value and the option it was given to. */
  { { "report", "duk", DB, "--date", "2025-02-30", "--output", "x.pdf" }, "--date", "2025-02-30" },
  { { "report", "duk", DB, "--paper", "a3", "--output", "x.pdf" }, "--paper", "a3" },
  { { "report", "skp", DB, "--year", "2025", "--paper", "b5", "--output", "x.pdf" },
    "--paper",
    "b5" },
  { { "export", DB, "x.csv", "--format", "pdf" }, "--format", "pdf" },
  { { "export", DB, "x.csv", "--kind", "xyz" }, "--kind", "xyz" },
  { { "report", "list", DB, "--kind", "honorer", "--output", "x.pdf" }, "--kind", "honorer" },
  /* Training course, budget, mentoring. */
  { { "training", "course", "add", DB, "--title", "T", "--jp", "0" }, "--jp", "0" },
  { { "training", "course", "add", DB, "--title", "T", "--jp", "1000000000" },
    "--jp",
    "1000000000" },
  { { "training", "course", "add", DB, "--title", "T", "--jp", "2001" }, "--jp", "2001" },
  { { "training", "course", "add", DB, "--title", "T", "--jp", "1e3" }, "--jp", "1e3" },
  { { "training", "course", "add", DB, "--title", "T", "--jp", "8", "--cost", "-1" },
    "--cost",
    "-1" },
  { { "training", "course", "add", DB, "--title", "T", "--jp", "8", "--cost", "10000000000001" },
    "--cost",
    "10000000000001" },
  { { "training", "course", "add", DB, "--title", "T", "--jp", "8", "--max-age", "17" },
    "--max-age",
    "17" },
  { { "training", "course", "add", DB, "--title", "T", "--jp", "8", "--max-age", "71" },
    "--max-age",
    "71" },
  { { "training", "course", "add", DB, "--title", "T", "--jp", "8", "--max-age", "-1" },
    "--max-age",
    "-1" },
  { { "training", "course", "add", DB, "--title", "T", "--jp", "8", "--requires", "0" },
    "--requires",
    "0" },
  { { "training", "budget", "set", DB, "--unit", "X", "--year", "2025", "--amount", "-1" },
    "--amount",
    "-1" },
  { { "training", "budget", "set", DB, "--unit", "X", "--year", "2025", "--amount",
      "99999999999999999" },
    "--amount",
    "99999999999999999" },
  { { "training", "budget", "set", DB, "--unit", "X", "--year", "0", "--amount", "5" },
    "--year",
    "0" },
  { { "training", "mentoring", "log", DB, "1", "--date", "2025-03-01", "--minutes", "-5" },
    "--minutes",
    "-5" },
  { { "training", "mentoring", "log", DB, "1", "--date", "2025-03-01", "--minutes", "1441" },
    "--minutes",
    "1441" },
  { { "training", "mentoring", "log", DB, "1", "--date", "2025-03-01", "--minutes", "0" },
    "--minutes",
    "0" },
  /* Selection stages: numbers start at 1. */
  { { "selection", "stage", DB, "1", "--remove", "0" }, "--remove", "0" },
  { { "selection", "stage", DB, "1", "--set", "-1", "--name", "X" }, "--set", "-1" },
  /* Vacancy need, talent assessment and succession. */
  { { "vacancy", "need", DB, "1", "--set", "-1" }, "--set", "-1" },
  { { "vacancy", "need", DB, "1", "--set", "100001" }, "--set", "100001" },
  { { "talent", "assess", DB, "199001012020011001", "--date", "2025-01-01", "--potential", "high",
      "--score", "101" },
    "--score",
    "101" },
  { { "talent", "assess", DB, "199001012020011001", "--date", "2025-01-01", "--potential", "high",
      "--score", "nan" },
    "--score",
    "nan" },
  { { "talent", "assess", DB, "199001012020011001", "--date", "2025-01-01", "--potential", "high",
      "--score", "-0.5" },
    "--score",
    "-0.5" },
  { { "talent", "assess", DB, "199001012020011001", "--delete", "0" }, "--delete", "0" },
  { { "talent", "succession", "add", DB, "1", "199001012020011001", "--rank", "0" },
    "--rank",
    "0" },
  { { "talent", "succession", "suggest", DB, "1", "--limit", "0" }, "--limit", NULL },
  { { "training", "enrolment", "move", DB, "1", "completed", "--jp", "2001" }, "--jp", "2001" },
  /* Dashboard chart size: nan, inf, negative, huge. */
  { { "report", "dashboard-chart", DB, "--chart", "golongan", "--output", "x.png", "--width",
      "nan" },
    "--width",
    "nan" },
  { { "report", "dashboard-chart", DB, "--chart", "golongan", "--output", "x.png", "--height",
      "inf" },
    "--height",
    "inf" },
  { { "report", "dashboard-chart", DB, "--chart", "golongan", "--output", "x.png", "--width",
      "-480" },
    "--width",
    "-480" },
  { { "report", "dashboard-chart", DB, "--chart", "golongan", "--output", "x.png", "--height",
      "1e300" },
    "--height",
    "1e300" },
};

static char *template_dir;

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *dir = kr_test_make_tmp_dir ("kr-tool-arguments-XXXXXX");
  g_autofree char *source = g_build_filename (template_dir, DB, NULL);
  g_autofree char *copy = g_build_filename (dir, DB, NULL);
  g_autofree char *contents = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GDir) listing = NULL;
  gsize length;
  guint n_files = 0;
  int status;

  g_file_get_contents (source, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (copy, contents, length, &error);
  g_assert_no_error (error);
  g_ptr_array_add (argv, (gpointer) kr_test_tool_get_path ());
  for (guint i = 0; i < G_N_ELEMENTS (c->args) && c->args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) c->args[i]);
  g_ptr_array_add (argv, NULL);

  status = kr_test_spawn (dir, (char **) argv->pdata, &out, &err);
  g_test_message ("%s", err);
  g_assert_cmpint (status, ==, 2);
  kr_test_assert_contains (err, c->option);
  if (c->value != NULL)
    kr_test_assert_contains (err, c->value);
  kr_test_assert_contains (err, "--help");
  /* An id is "a positive id", not a number up to 9223372036854775807. */
  g_assert_null (strstr (err, "9223372036854775807"));
  /* Nothing was written beside the database. */
  listing = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);
  kr_test_remove_tree (dir);
}

int
main (int argc, char *argv[])
{
  int result;

  kr_test_tool_init (&argc, &argv);
  template_dir =
      kr_test_tool_make_demo ("kr-tool-arguments-template-XXXXXX", "--employees", "100", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path =
          g_strdup_printf ("/tool/arguments/%s-%s-%u", cases[i].args[0], cases[i].args[1], i);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  result = g_test_run ();
  kr_test_remove_tree (template_dir);
  g_free (template_dir);
  return result;
}
