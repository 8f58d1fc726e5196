/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-identity.h"
#include "kr-import-issues.h"

G_BEGIN_DECLS

#define KR_TYPE_IMPORT_DIALOG (kr_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KrImportDialog, kr_import_dialog, KR, IMPORT_DIALOG, AdwWindow)

/* Checks @file as a SIASN "data pegawai" export against the database at @database_path,
 * shows the report, and imports the accepted rows when the user confirms. The work runs in
 * worker threads on a connection of its own. Emits "imported" (guint n_written) after a
 * successful import. */
KrImportDialog *kr_import_dialog_new (const char *database_path, GFile *file);

/* Imports as @identity (nullable), who is signed in to the window's database: the dialog's
 * own connection needs it to write. Call it before presenting the dialog. */
void kr_import_dialog_set_identity (KrImportDialog *self, KrIdentity *identity);

/* "analysing", "report", "importing" or "error". */
const char *kr_import_dialog_get_state (KrImportDialog *self);
KrImportIssues *kr_import_dialog_get_issues (KrImportDialog *self);

G_END_DECLS
