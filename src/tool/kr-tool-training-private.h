/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "kr-tool.h"
#include "kr-training-repository.h"

G_BEGIN_DECLS

/* `karier-tool training`, split by file:
 * - kr-tool-training.c: the command and its helpers;
 * - kr-tool-training-course.c: courses;
 * - kr-tool-training-session.c: sessions;
 * - kr-tool-training-enrolment.c: nominate and enrolment list|move;
 * - kr-tool-training-compliance.c: compliance, budget, plan and needs;
 * - kr-tool-training-mentoring.c: mentoring and the SIASN import.
 * Everything goes through the training repository, which checks what --as may do. JSON uses
 * codes ("completed", "pppk") and numbers, so that scripts need no translations. */

/* Opens @path (never creating it), read-only when @read_only, and signs in as @as_user. */
KrDatabase *
kr_tool_training_open (const char *path, gboolean read_only, const char *as_user, GError **error);

/* A positive id from the text of a positional argument named @name (SESSION, ID); a usage
 * message naming it otherwise. */
gboolean kr_tool_training_parse_id (const char *text, const char *name, gint64 *id, char **message);

/* Reads --year (@text, NULL when not given) into @year; a usage message when it is missing or
 * not a year from 2000 to 9999, or NULL. */
char *kr_tool_training_check_year (const char *text, int *year);

/* The storage code of a value of an enum of kr-training-rules.h; NULL for none. */
typedef const char *(*KrToolCodeFunc) (guint value);

/* Finds @text among the codes of values @first..@n-1 of an enum (in any case); otherwise a
 * usage message naming @option and listing the codes. */
gboolean kr_tool_training_parse_code (const char *option,
                                      const char *text,
                                      KrToolCodeFunc get_code,
                                      guint first,
                                      guint n,
                                      guint *value,
                                      char **message);

/* A date as people write it (kr_date_parse ()) in its storage form; a usage message naming
 * @option otherwise. */
gboolean
kr_tool_training_parse_date (const char *option, const char *text, char **iso, char **message);

/* "Rp 1.250.000" */
char *kr_tool_training_format_money (gint64 amount);

/* "20", "2.67": JP for the terminal and CSV (a decimal point). */
char *kr_tool_training_format_jp (double jp);

/* Prints @rows (element-type GStrv, n_columns each) under @headings, aligned. */
void kr_tool_training_print_table (const char *const *headings, guint n_columns, GPtrArray *rows);

/* JSON helpers */
void kr_tool_training_json_string (JsonBuilder *builder, const char *name, const char *value);
void kr_tool_training_json_int (JsonBuilder *builder, const char *name, gint64 value);
void kr_tool_training_json_double (JsonBuilder *builder, const char *name, double value);
void kr_tool_training_json_bool (JsonBuilder *builder, const char *name, gboolean value);
void kr_tool_training_json_print (JsonBuilder *builder);

typedef struct
{
  const char *name;
  int (*run) (int argc, char **argv);
} KrToolSubcommand;

/* Runs the subcommand named by argv[1] from @table with argv[1] as its argv[0]; a usage error
 * of @command naming the subcommands when it is missing or unknown. */
int kr_tool_training_dispatch (const KrToolCommand *command,
                               const KrToolSubcommand *table,
                               guint n,
                               int argc,
                               char **argv);

/* Subcommands; argv[0] is the subcommand's name (argv[1] of `training …` onwards). */
int kr_tool_training_course (int argc, char **argv);
int kr_tool_training_session (int argc, char **argv);
int kr_tool_training_nominate (int argc, char **argv);
int kr_tool_training_enrolment (int argc, char **argv);
int kr_tool_training_compliance (int argc, char **argv);
int kr_tool_training_budget (int argc, char **argv);
int kr_tool_training_plan (int argc, char **argv);
int kr_tool_training_needs (int argc, char **argv);
int kr_tool_training_mentoring (int argc, char **argv);
int kr_tool_training_import (int argc, char **argv);

G_END_DECLS
