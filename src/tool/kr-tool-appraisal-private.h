/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kr-appraisal-repository.h"
#include "kr-tool.h"

G_BEGIN_DECLS

/* `karier-tool appraisal`, split by file:
 * - kr-tool-appraisal.c: the command, start, apply, import-pp46, cycle and these helpers;
 * - kr-tool-appraisal-show.c: list and show, as text or JSON. */

/* Opens @path (never creating it), read-only when @read_only, and signs in as @as_user. */
KrDatabase *
kr_tool_appraisal_open (const char *path, gboolean read_only, const char *as_user, GError **error);

/* The appraisal of the employee with @nip for @year, and the employee; errors name --nip
 * and --year. */
KrAppraisal *kr_tool_appraisal_find (KrAppraisalRepository *repository,
                                     const char *nip,
                                     int year,
                                     KrEmployee **employee,
                                     GError **error);

/* Reads --year (@text, NULL when not given) into @year; a usage message when it is missing or
 * not a year from 2021 (when SKP appraisals began) to 9999, or NULL. */
char *kr_tool_appraisal_check_year (const char *text, int *year);

/* "TRIWULAN II", "AKHIR": the official label of @period of @cycle, or "?" when the cycle has
 * no such period. */
char *kr_tool_appraisal_dup_period_label (KrAppraisalCycle cycle, guint period);

int kr_tool_appraisal_list (int argc, char **argv);
int kr_tool_appraisal_show (int argc, char **argv);

G_END_DECLS
