/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stdarg.h>

#include <glib.h>

G_BEGIN_DECLS

/* What the karier-tool tests share: a folder of their own with karier.db in it, and the exit
 * status and output of the last run of the tool there. */
typedef struct
{
  char *dir;
  char *path;
  int status;
  char *out;
  char *err;
} KrToolFixture;

/* g_test_init(), then the path of karier-tool: the first argument after the test options. */
void kr_test_tool_init (int *argc, char ***argv);
const char *kr_test_tool_get_path (void);

/* Runs karier-tool in @dir with @input (NULL: nothing) on its standard input, which is then
 * not a terminal, and @args up to NULL. The previous contents of @out and @err are freed and
 * replaced by what the tool printed; returns its exit status. A crash fails the test. */
int kr_test_tool_runv (const char *dir, const char *input, char **out, char **err, va_list args);

/* Makes a demo database, `karier-tool demo` with the arguments up to NULL and the database's
 * path last, in a new folder from @tmpl; returns the folder, which holds it as karier.db. */
char *kr_test_tool_make_demo (const char *tmpl, ...) G_GNUC_NULL_TERMINATED;

/* Fails the test unless @text holds @fragment. */
void kr_test_assert_contains (const char *text, const char *fragment);

/* Makes the fixture's folder from @tmpl, with a copy of @template_dir's karier.db in it
 * unless @template_dir is NULL. */
void kr_tool_fixture_set_up (KrToolFixture *fixture, const char *tmpl, const char *template_dir);
void kr_tool_fixture_tear_down (KrToolFixture *fixture);

/* Runs karier-tool in the fixture's folder (see kr_test_tool_runv()), keeping the exit status
 * and the output in the fixture. */
void kr_tool_fixture_run (KrToolFixture *fixture, const char *input, ...) G_GNUC_NULL_TERMINATED;
void kr_tool_fixture_assert_status (KrToolFixture *fixture, int status);

G_END_DECLS
