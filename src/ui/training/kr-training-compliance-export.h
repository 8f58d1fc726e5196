/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kr-database.h"
#include "kr-document.h"

G_BEGIN_DECLS

/* For kr-training-compliance-view.c: writing the list of a KrComplianceQuery (@data) as CSV
 * (a KrExportWriteFunc) and the toast that says so, and the printed list (a print worker's
 * document builder). */
gboolean _kr_training_compliance_write_csv (KrDatabase *database,
                                            const char *path,
                                            gpointer data,
                                            guint64 *n_written,
                                            GCancellable *cancellable,
                                            GError **error);
char *_kr_training_compliance_csv_message (const char *name, guint64 n_written);
KrDocument *
_kr_training_compliance_build_document (KrDatabase *database, gpointer user_data, GError **error);

G_END_DECLS
