/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kr-document.h"

G_BEGIN_DECLS

/* The follow-up list of @rows (element-type KrAppraisalRow) as kr_document_follow_up_new ()
 * lays it out: the development list when @development, otherwise the recognition list. Kept
 * apart from kr-tool-report-private.h, which includes kr-appraisal-repository.h. */
KrDocument *kr_tool_report_follow_up_new (gboolean development,
                                          const char *instansi,
                                          const char *unit_name,
                                          guint year,
                                          const char *period_label,
                                          GPtrArray *rows,
                                          const char *place,
                                          const GDate *date);

G_END_DECLS
