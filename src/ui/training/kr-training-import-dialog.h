/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-identity.h"

G_BEGIN_DECLS

#define KR_TYPE_TRAINING_IMPORT_DIALOG (kr_training_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KrTrainingImportDialog,
                      kr_training_import_dialog,
                      KR,
                      TRAINING_IMPORT_DIALOG,
                      AdwWindow)

/* Imports the training history of a SIASN export (rw_diklat / rw_kursus, kr-training-import.h)
 * into the database at @database_path: a dry run in a worker with a connection of its own,
 * whose report (new, updated, unchanged, rejected rows and each issue) is shown; Import writes
 * the accepted rows in one transaction in another worker. Emits "imported" (guint n_written)
 * after the import, then closes. */
KrTrainingImportDialog *
kr_training_import_dialog_new (const char *database_path, KrIdentity *identity, GFile *file);

/* "checking", "report", "importing", "done" or "error". */
const char *kr_training_import_dialog_get_state (KrTrainingImportDialog *self);

/* Once checked: the summary line and the issues as lines ("Line 7, column …: …"), the
 * issues written when first asked for while the report is shown. */
const char *kr_training_import_dialog_get_summary (KrTrainingImportDialog *self);
GPtrArray *kr_training_import_dialog_get_issues (KrTrainingImportDialog *self);

/* Whether Import may be pressed: the report holds rows to write. */
gboolean kr_training_import_dialog_can_import (KrTrainingImportDialog *self);

/* Imports, as the Import button does. */
void kr_training_import_dialog_import (KrTrainingImportDialog *self);

G_END_DECLS
