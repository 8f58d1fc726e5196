/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-document.h"
#include "kr-talent-repository.h"

G_BEGIN_DECLS

/* Printing the talent documents through kr-document-talent.h: the documents are built in the
 * print worker over a connection of its own. */

/* The PETA TALENTA of @unit_id (0: every unit) and its subtree for @year. */
void kr_talent_print_grid (GtkWidget *widget, KrDatabase *database, guint year, gint64 unit_id);

/* The RENCANA SUKSESI JABATAN of the key positions of @unit_id (0: every unit). */
void kr_talent_print_succession (GtkWidget *widget, KrDatabase *database, gint64 unit_id);

/* The documents themselves, as the print worker builds them over @database (for tests);
 * @query is a KrTalentQuery (year, unit_id). */
KrDocument *kr_talent_print_build_grid (KrDatabase *database, gpointer query, GError **error);
KrDocument *kr_talent_print_build_succession (KrDatabase *database, gpointer query, GError **error);

G_END_DECLS
