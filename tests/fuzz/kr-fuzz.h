/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <stddef.h>
#include <stdint.h>

#include "kr-database.h"

G_BEGIN_DECLS

/* Shared by the libFuzzer targets of this folder (README.md). */

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Makes criticals and warnings abort, so that a g_return_if_fail() reached by an input is a
 * crash the fuzzer reports, and sets the locale and environment the tests use. Call once, from
 * LLVMFuzzerInitialize(). */
void kr_fuzz_init (void);

/* A folder of this process in the temporary directory, made on the first call and removed at
 * exit. */
const char *kr_fuzz_get_dir (void);

/* Writes @data to the file @name of kr_fuzz_get_dir(), replacing what it held, and returns it. */
GFile *kr_fuzz_write_file (const char *name, const uint8_t *data, size_t size);

/* Opens a new database in kr_fuzz_get_dir() and imports into it, with the SIASN importer, each
 * of the files of tests/data/siasn named in @seed_files (NULL-terminated), so that an importer
 * fuzzed against it finds employees, units and positions to update. Aborts on failure. */
KrDatabase *kr_fuzz_open_database (const char *const *seed_files);

/* The rows of the tables an import writes (employees, units, positions, their histories,
 * training records, PP 46 scores and the audit log), to check that a dry run wrote nothing. */
gint64 kr_fuzz_count_rows (KrDatabase *database);

/* Checks the issues of an import report (KrSiasnIssue): in the order of the file, on lines
 * after the header, with valid UTF-8 texts that kr_siasn_issue_to_string() shows; when none
 * were dropped (@n_dropped), a rejection on exactly @n_rejected lines and @n_warnings warnings;
 * else exactly KR_SIASN_REPORT_MAX_ISSUES of them kept. */
void kr_fuzz_check_issues (GPtrArray *issues, guint n_rejected, guint n_warnings, guint n_dropped);

/* Aborts (SIGABRT, so that libFuzzer keeps the input) with @what in the message unless
 * @condition holds: the check of a target. */
#define kr_fuzz_check(condition, what)                                                             \
  G_STMT_START                                                                                     \
  {                                                                                                \
    if (!(condition))                                                                              \
      kr_fuzz_fail (__FILE__, __LINE__, #condition, what);                                         \
  }                                                                                                \
  G_STMT_END

G_NORETURN void kr_fuzz_fail (const char *file, int line, const char *condition, const char *what);

G_END_DECLS
