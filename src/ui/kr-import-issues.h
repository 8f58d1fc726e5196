/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-siasn-import.h"

G_BEGIN_DECLS

/* The rejected rows and the warnings of an import report (the SIASN employee and training
 * imports), in two groups of a preferences page, rejected rows first. A report may hold ten
 * thousand issues of each kind: a group shows the first KR_IMPORT_ISSUES_PAGE_SIZE, and a
 * "Show More" row the next ones. Rows are made a few at a time between frames, so that the
 * window never waits for them. */

#define KR_IMPORT_ISSUES_PAGE_SIZE 50

#define KR_TYPE_IMPORT_ISSUES (kr_import_issues_get_type ())
G_DECLARE_FINAL_TYPE (KrImportIssues, kr_import_issues, KR, IMPORT_ISSUES, GObject)

/* Adds the two groups, hidden until issues are set, to @page. */
KrImportIssues *kr_import_issues_new (AdwPreferencesPage *page);

/* Shows @issues (KrSiasnIssue, in the order of the file; a reference is kept), of which
 * @n_dropped of each KrSiasnIssueKind were left out of the report. */
void kr_import_issues_set (KrImportIssues *self, GPtrArray *issues, const guint n_dropped[2]);

/* Shows the next KR_IMPORT_ISSUES_PAGE_SIZE issues of @kind, as its "Show More" row does. */
void kr_import_issues_show_more (KrImportIssues *self, KrSiasnIssueKind kind);

/* The issues of @kind in the report, and the rows made of them so far */
guint kr_import_issues_get_n_listed (KrImportIssues *self, KrSiasnIssueKind kind);
guint kr_import_issues_get_n_shown (KrImportIssues *self, KrSiasnIssueKind kind);

/* Whether rows are still being made */
gboolean kr_import_issues_is_busy (KrImportIssues *self);

/* The list of the group of @kind: its issue rows, then the "Show More" row when there is more */
GtkListBox *kr_import_issues_get_list (KrImportIssues *self, KrSiasnIssueKind kind);

G_END_DECLS
