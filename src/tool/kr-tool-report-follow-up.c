/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-report"

#include "config.h"

#include "kr-tool-report-follow-up.h"

#include "kr-document-follow-up.h"

KrDocument *
kr_tool_report_follow_up_new (gboolean development,
                              const char *instansi,
                              const char *unit_name,
                              guint year,
                              const char *period_label,
                              GPtrArray *rows,
                              const char *place,
                              const GDate *date)
{
  return kr_document_follow_up_new (development ? KR_FOLLOW_UP_DEVELOPMENT
                                                : KR_FOLLOW_UP_RECOGNITION,
                                    instansi, unit_name, year, period_label, rows, place, date);
}
