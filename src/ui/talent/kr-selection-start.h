/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-selection-repository.h"
#include "kr-unit-repository.h"

G_BEGIN_DECLS

/* Called with the new selection once it is created. */
typedef void (*KrSelectionStartedFunc) (GtkWidget *widget, gint64 selection_id, gpointer user_data);

/* Asks for a new open selection's title (made from the position when left empty), panel decree
 * and registration window, then creates it as a draft (kr_selection_repository_create ()); a
 * refusal shows as a toast over @widget. With @position_id 0 the position is chosen in the
 * dialog from @units; otherwise it is @position_id, shown as @position_name. */
void kr_selection_start_dialog_show (GtkWidget *widget,
                                     KrSelectionRepository *selections,
                                     KrUnitRepository *units,
                                     gint64 position_id,
                                     const char *position_name,
                                     KrSelectionStartedFunc started,
                                     gpointer user_data);

G_END_DECLS
