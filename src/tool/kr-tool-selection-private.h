/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "kr-selection-repository.h"
#include "kr-tool-training-private.h"
#include "kr-tool.h"

G_BEGIN_DECLS

/* `karier-tool selection`, split by file:
 * - kr-tool-selection.c: the command, its helpers, list, show, create and move;
 * - kr-tool-selection-setup.c: stage and panel;
 * - kr-tool-selection-candidate.c: candidate;
 * - kr-tool-selection-scores.c: score, publish and ranking.
 * Everything goes through the selection repository, which checks what --as may do. The shared
 * helpers of `training` (opening, ids, codes, dates, tables, JSON, dispatch) serve here too.
 * JSON uses codes ("scoring", "chair") and ISO dates, so that scripts need no translations. */

/* Reads the selection @id, failing with KR_ERROR_NOT_FOUND. */
KrSelection *kr_tool_selection_get (KrSelectionRepository *selections, gint64 id, GError **error);

/* The stage numbered @seq (1 = first) of @stages, or NULL with KR_ERROR_NOT_FOUND naming
 * --stage and how many stages there are. */
const KrSelectionStage *kr_tool_selection_find_stage (GPtrArray *stages, guint seq, GError **error);

/* The candidate whose registration number is @number (any case), or NULL with
 * KR_ERROR_NOT_FOUND naming @option. */
const KrSelectionCandidate *kr_tool_selection_find_candidate (GPtrArray *candidates,
                                                              const char *option,
                                                              const char *number,
                                                              GError **error);

/* A usage message when more than one of the options @names (NULL-terminated, @n of them) is
 * @given; NULL otherwise. */
char *kr_tool_selection_check_one_action (const gboolean *given, const char *const *names, guint n);

/* A stage number for --stage: 1 or more; a usage message naming --stage otherwise. */
gboolean kr_tool_selection_parse_seq (const char *text, guint *seq, char **message);

/* A score or weight 0..100 with a decimal point or comma; a usage message naming @option. */
gboolean kr_tool_selection_parse_number (const char *option,
                                         const char *text,
                                         double *value,
                                         char **message);

/* "83.5", "80": a score for the terminal and JSON-like text (a decimal point). */
char *kr_tool_selection_format_number (double value);

/* Prints the issues (blocking first) as "✗ text" / "! text"; nothing when there are none. */
void kr_tool_selection_print_issues (GPtrArray *issues);

/* Reads a date option (--opens, --date) into @date; a usage message naming @option. */
gboolean
kr_tool_selection_parse_date (const char *option, const char *text, GDate *date, char **message);

/* "2026-03-02", or NULL for an invalid date. */
char *kr_tool_selection_iso (const GDate *date);

/* A date member as ISO text, or null. */
void kr_tool_selection_json_date (JsonBuilder *builder, const char *name, const GDate *date);

/* Subcommands; argv[0] is the subcommand's name (argv[1] of `selection …` onwards). */
int kr_tool_selection_list (int argc, char **argv);
int kr_tool_selection_show (int argc, char **argv);
int kr_tool_selection_create (int argc, char **argv);
int kr_tool_selection_move (int argc, char **argv);
int kr_tool_selection_stage (int argc, char **argv);
int kr_tool_selection_panel (int argc, char **argv);
int kr_tool_selection_candidate (int argc, char **argv);
int kr_tool_selection_score (int argc, char **argv);
int kr_tool_selection_publish (int argc, char **argv);
int kr_tool_selection_ranking (int argc, char **argv);

G_END_DECLS
