/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "kr-talent-repository.h"
#include "kr-tool-training-private.h"
#include "kr-tool.h"

G_BEGIN_DECLS

/* `karier-tool talent`, split by file:
 * - kr-tool-talent.c: the command, its helpers, grid and box;
 * - kr-tool-talent-placement.c: placement and assess;
 * - kr-tool-talent-succession.c: succession positions|list|plan|suggest|add|move|remove.
 * Everything goes through the talent repository, which checks what --as may do; the shared
 * helpers of `training` (kr-tool-training-private.h) serve here too. JSON uses codes ("above",
 * "high", "now") and ISO dates, so that scripts need no translations. */

/* Reads --year: 0 (not given) is the latest year placed (kr_talent_repository_get_latest_year
 * ()); otherwise 2000..2200. */
gboolean kr_tool_talent_resolve_year (KrTalentRepository *talent,
                                      int year_option,
                                      guint *year,
                                      GError **error);

/* Reads --year (@year_text, NULL when not given) into @year_option, 0 when not given; a usage
 * message when it is not a year from 2000 to 2200, or NULL. */
char *kr_tool_talent_check_year (const char *year_text, int *year_option);

/* Checks --unit and --subtree; a usage message or NULL. */
char *kr_tool_talent_check_unit (const char *unit_code, gboolean subtree);

/* The code of a status for JSON ("placed", "no_appraisal", "no_assessment", "excluded"). */
const char *kr_tool_talent_status_code (KrTalentStatus status);

/* Fills @query from --year (resolved), --unit CODE and --subtree. */
gboolean kr_tool_talent_make_query (KrDatabase *db,
                                    KrTalentRepository *talent,
                                    int year_option,
                                    const char *unit_code,
                                    gboolean subtree,
                                    KrTalentQuery *query,
                                    GError **error);

/* "2026-04-01", or NULL for an invalid date (JSON null). */
char *kr_tool_talent_iso (const GDate *date);

/* Subcommands; argv[0] is the subcommand's name (argv[1] of `talent …` onwards). */
int kr_tool_talent_placement (int argc, char **argv);
int kr_tool_talent_assess (int argc, char **argv);
int kr_tool_talent_succession (int argc, char **argv);

G_END_DECLS
