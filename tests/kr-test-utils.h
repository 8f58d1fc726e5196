/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* Makes a fresh folder in the temporary directory from @tmpl ("kr-thing-XXXXXX"). */
char *kr_test_make_tmp_dir (const char *tmpl);

/* Removes @path and everything below it, failing the test when anything cannot be
 * removed (a file left behind means something still holds it). */
void kr_test_remove_tree (const char *path);

/* Runs @argv (NULL-terminated, the program first) in @dir and returns its exit status. The
 * previous contents of @out and @err are freed and replaced by what the program printed;
 * a crash or a signal fails the test. */
int kr_test_spawn (const char *dir, char **argv, char **out, char **err);

/* Fails the test unless @error is @code of @domain and its message holds each of the fragments
 * that follow, up to NULL. */
void
kr_test_assert_error (const GError *error, GQuark domain, int code, ...) G_GNUC_NULL_TERMINATED;

/* The integer in the first column of the first row of @sql on @handle; fails the test when
 * there is no row. */
gint64 kr_test_query_int (sqlite3 *handle, const char *sql);

/* kr_test_query_int () of the SQL that @format makes */
gint64 kr_test_query_intf (sqlite3 *handle, const char *format, ...) G_GNUC_PRINTF (2, 3);

/* Runs the SQL that @format makes on @handle (every statement); fails the test with SQLite's
 * message when it fails. */
void kr_test_execf (sqlite3 *handle, const char *format, ...) G_GNUC_PRINTF (2, 3);

G_END_DECLS
