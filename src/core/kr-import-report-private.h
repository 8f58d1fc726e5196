/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-siasn-import.h"

G_BEGIN_DECLS

/* The issues of the reports of the SIASN imports (employees, training), in kr-siasn-import.c */
KrSiasnIssue *_kr_siasn_issue_new (KrSiasnIssueKind kind,
                                   guint line,
                                   const char *column,
                                   const char *value,
                                   const char *message);
void _kr_siasn_issue_free (gpointer data);

/* Which issues a report keeps: see _kr_siasn_issue_keep () in kr-siasn-import.c. */
gboolean _kr_siasn_issue_keep (KrSiasnIssueKind kind,
                               guint n_listed[2],
                               guint n_dropped[2],
                               guint *n_issues_dropped);

G_END_DECLS
