/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-identity.h"

G_BEGIN_DECLS

#define KR_TYPE_PP46_IMPORT_DIALOG (kr_pp46_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KrPp46ImportDialog, kr_pp46_import_dialog, KR, PP46_IMPORT_DIALOG, AdwWindow)

/* Checks @file, a CSV of historic PP 46/2011 appraisals (kr_appraisal_repository_import_pp46
 * ()), against the database at @database_path in a worker with a connection of its own (a
 * dry run), shows the rejected lines or how many rows can be imported, and imports them in
 * another worker when the user confirms: every row, or none. Emits "imported" (guint
 * n_rows) after the import, then closes. */
KrPp46ImportDialog *
kr_pp46_import_dialog_new (const char *database_path, KrIdentity *identity, GFile *file);

/* "checking", "report", "importing", "done" or "error". */
const char *kr_pp46_import_dialog_get_state (KrPp46ImportDialog *self);

/* Once checked: the rejected lines ("Line 7: …"), the rows accepted, and what the report
 * says above them. */
const char *const *kr_pp46_import_dialog_get_rejected (KrPp46ImportDialog *self);
guint kr_pp46_import_dialog_get_n_rows (KrPp46ImportDialog *self);
const char *kr_pp46_import_dialog_get_summary (KrPp46ImportDialog *self);

/* Imports, as the Import button does (only from the report, when nothing was rejected). */
void kr_pp46_import_dialog_import (KrPp46ImportDialog *self);

G_END_DECLS
