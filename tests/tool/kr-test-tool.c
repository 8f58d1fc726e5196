/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kr-test-tool.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <unistd.h>
#include <string.h>

#include <gio/gio.h>

#include "kr-test-utils.h"

static const char *tool_path;

void
kr_test_tool_init (int *argc, char ***argv)
{
  g_test_init (argc, argv, NULL);
  /* A password written to a tool that exits before reading it (a usage error, a database
   * without accounts) must fail that one write, not kill the test with SIGPIPE. */
  signal (SIGPIPE, SIG_IGN);
  if (*argc < 2 || !g_file_test ((*argv)[1], G_FILE_TEST_IS_EXECUTABLE))
    g_error ("Usage: %s [GTEST-OPTION…] PATH-TO-KARIER-TOOL", (*argv)[0]);
  tool_path = (*argv)[1];
}

const char *
kr_test_tool_get_path (void)
{
  return tool_path;
}

int
kr_test_tool_runv (const char *dir, const char *input, char **out, char **err, va_list args)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GSubprocessLauncher) launcher = NULL;
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *input_path = NULL;
  const char *arg;
  int fd;

  g_assert (tool_path != NULL);
  g_ptr_array_add (argv, (char *) tool_path);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  g_ptr_array_add (argv, NULL);

  g_clear_pointer (out, g_free);
  g_clear_pointer (err, g_free);
  /* The input comes from a file, not a pipe: a tool that exits before reading it (a usage
   * error) must not make the write fail with a broken pipe */
  fd = g_file_open_tmp ("kr-tool-input-XXXXXX", &input_path, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (input_path, input != NULL ? input : "", -1, &error));
  close (fd);
  launcher =
      g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_cwd (launcher, dir);
  g_subprocess_launcher_set_stdin_file_path (launcher, input_path);
  process = g_subprocess_launcher_spawnv (launcher, (const char *const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, out, err, &error);
  g_unlink (input_path);
  g_assert_no_error (error);
  g_test_message ("stdout: %s\nstderr: %s", *out, *err);
  /* A crash or a signal is never an acceptable outcome. */
  g_assert_true (g_subprocess_get_if_exited (process));
  return g_subprocess_get_exit_status (process);
}

char *
kr_test_tool_make_demo (const char *tmpl, ...)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  char *dir = kr_test_make_tmp_dir (tmpl);
  g_autofree char *path = g_build_filename (dir, "karier.db", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (char *) tool_path);
  g_ptr_array_add (argv, (char *) "demo");
  va_start (args, tmpl);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, path);
  g_ptr_array_add (argv, NULL);
  if (kr_test_spawn (dir, (char **) argv->pdata, &out, &err) != 0)
    g_error ("demo failed: %s", err);
  return dir;
}

void
kr_test_assert_contains (const char *text, const char *fragment)
{
  if (text == NULL || strstr (text, fragment) == NULL)
    g_error ("“%s” not in: %s", fragment, text);
}

void
kr_tool_fixture_set_up (KrToolFixture *fixture, const char *tmpl, const char *template_dir)
{
  g_autofree char *template = NULL;
  g_autoptr (GFile) source = NULL;
  g_autoptr (GFile) dest = NULL;
  g_autoptr (GError) error = NULL;

  fixture->dir = kr_test_make_tmp_dir (tmpl);
  fixture->path = g_build_filename (fixture->dir, "karier.db", NULL);
  if (template_dir == NULL)
    return;
  template = g_build_filename (template_dir, "karier.db", NULL);
  source = g_file_new_for_path (template);
  dest = g_file_new_for_path (fixture->path);
  g_file_copy (source, dest, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

void
kr_tool_fixture_tear_down (KrToolFixture *fixture)
{
  kr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->out);
  g_free (fixture->err);
}

void
kr_tool_fixture_run (KrToolFixture *fixture, const char *input, ...)
{
  va_list args;

  va_start (args, input);
  fixture->status = kr_test_tool_runv (fixture->dir, input, &fixture->out, &fixture->err, args);
  va_end (args);
}

void
kr_tool_fixture_assert_status (KrToolFixture *fixture, int status)
{
  g_assert_cmpint (fixture->status, ==, status);
}
