/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-document.h"
#include "kr-selection-repository.h"

G_BEGIN_DECLS

/* Printing (or saving as PDF through the print dialog) the documents of an open selection
 * through kr-document-selection.h; the documents are built in the print worker over a
 * connection of its own. */

/* The PENGUMUMAN HASIL SELEKSI TAHAP of stage @stage_index (from 0) of @selection_id. */
void kr_selection_print_announcement (GtkWidget *widget,
                                      KrDatabase *database,
                                      gint64 selection_id,
                                      guint stage_index);

/* The DAFTAR PERINGKAT HASIL SELEKSI TERBUKA of @selection_id. */
void kr_selection_print_ranking (GtkWidget *widget, KrDatabase *database, gint64 selection_id);

/* The documents themselves, as the print worker builds them over @database (for tests);
 * @request is a KrSelectionPrintRequest. */
typedef struct
{
  gint64 selection_id;
  guint stage_index;
} KrSelectionPrintRequest;

KrDocument *
kr_selection_print_build_announcement (KrDatabase *database, gpointer request, GError **error);
KrDocument *
kr_selection_print_build_ranking (KrDatabase *database, gpointer request, GError **error);

G_END_DECLS
