/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the crash harness (kr-crash-harness.c) reads from a database file, with a plain SQLite
 * connection that runs no Karier code: the schema version and a digest of every table. */
typedef struct
{
  int version;
  /* One line a table, sorted by name: "NAME ROWS SUM", where SUM is the sum (mod 2^64) of a
   * hash of each row, so that the order of the rows does not matter. */
  char *digest;
} KrCrashState;

void kr_crash_state_clear (KrCrashState *state);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (KrCrashState, kr_crash_state_clear)

/* Reads @path's schema version and digest. Columns that hold the time of a change (at,
 * *_at), the hashes of the audit chain (which cover those times) and the audit records'
 * changes (which may quote them) are left out, so that two runs of the same work at different
 * times give the same digest. */
gboolean kr_crash_read_state (const char *path, KrCrashState *state, GError **error);

/* The first line where @a and @b differ, for a failure message. */
char *kr_crash_describe_difference (const char *a, const char *b);

/* Opens @path with Karier's own code (kr_database_open(), which finishes an interrupted
 * upgrade), then checks `PRAGMA integrity_check` and the audit chain. */
gboolean kr_crash_check_database (const char *path, GError **error);

/* Makes @path a Karier database at schema version @version holding the rows of @source (a
 * database at the latest version) that fit that version's tables and columns. */
gboolean
kr_crash_make_old_database (const char *source, const char *path, int version, GError **error);

G_END_DECLS
