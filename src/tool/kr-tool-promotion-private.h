/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "kr-promotion-repository.h"
#include "kr-tool-training-private.h"
#include "kr-tool.h"

G_BEGIN_DECLS

/* `karier-tool promotion`, split by file:
 * - kr-tool-promotion.c: the command, its helpers, candidates and list;
 * - kr-tool-promotion-pipeline.c: propose, documents, move and decree;
 * - kr-tool-promotion-retirement.c: retirement.
 * Everything goes through the promotion repository, which checks what --as may do. The shared
 * helpers of `training` (kr-tool-training-private.h: opening, ids, codes, dates, tables, JSON,
 * dispatch) serve here too. JSON uses codes ("reguler", "eligible", "ii_iii") and ISO dates, so
 * that scripts need no translations. */

/* Reads --period: a date (kr_date_parse ()) that is a KP period date of its era; %NULL @text
 * gives the first period on or after today. A usage message naming --period otherwise (with
 * the nearest period dates). */
gboolean kr_tool_promotion_parse_period (const char *text, GDate *period, char **message);

/* Reads a date option (--date, --tmt) into @date; a usage message naming @option otherwise. */
gboolean
kr_tool_promotion_parse_date (const char *option, const char *text, GDate *date, char **message);

/* "2026-04-01", or NULL for an invalid date (JSON null; the tables print "-"). */
char *kr_tool_promotion_iso (const GDate *date);

/* "-" for NULL. */
const char *kr_tool_promotion_or_dash (const char *text);

/* "III/a", or NULL for a value out of range. */
const char *kr_tool_promotion_golongan (KrRank rank);

/* A date member as ISO text, or null. */
void kr_tool_promotion_json_date (JsonBuilder *builder, const char *name, const GDate *date);

/* Checks --unit and --subtree; a usage message or NULL. */
char *kr_tool_promotion_check_unit (const char *unit_code, gboolean subtree);

/* The storage code of a rule, for JSON ("time_in_rank"). */
const char *kr_tool_promotion_rule_code (KrPromotionRule rule);

/* Subcommands; argv[0] is the subcommand's name (argv[1] of `promotion …` onwards). */
int kr_tool_promotion_candidates (int argc, char **argv);
int kr_tool_promotion_list (int argc, char **argv);
int kr_tool_promotion_retirement (int argc, char **argv);
int kr_tool_promotion_propose (int argc, char **argv);
int kr_tool_promotion_documents (int argc, char **argv);
int kr_tool_promotion_move (int argc, char **argv);
int kr_tool_promotion_decree (int argc, char **argv);

G_END_DECLS
