/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* libadwaita 1.2 cuts the choices of a combo row at 20 characters, too few for a pangkat
 * ("III/b · Penata Muda Tingkat I"), a legal status or a position. This gives @row, whose model
 * is a #GtkStringList, a row that shows as much of the choice as fits and a popup that shows
 * each choice whole. */
void kr_combo_row_show_full_text (AdwComboRow *row);

G_END_DECLS
