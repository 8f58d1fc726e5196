/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-unit-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_POSITION_CHOOSER (kr_position_chooser_get_type ())

G_DECLARE_FINAL_TYPE (KrPositionChooser, kr_position_chooser, KR, POSITION_CHOOSER, GObject)

/* Drives two combo rows of a form: @unit_row lists every unit of the tree (with the units
 * above it), @position_row the positions of the unit chosen there. Emits `changed` when the
 * chosen position changes. */
KrPositionChooser *kr_position_chooser_new (KrUnitRepository *unit_repository,
                                            AdwComboRow *unit_row,
                                            AdwComboRow *position_row);

/* Chooses @unit_id and, when that unit has it, @position_id (0: its first position). */
void kr_position_chooser_select (KrPositionChooser *self, gint64 unit_id, gint64 position_id);

/* The chosen unit, 0 when the tree is empty. */
gint64 kr_position_chooser_get_unit_id (KrPositionChooser *self);

/* The chosen position, 0 when the chosen unit has none. */
gint64 kr_position_chooser_get_position_id (KrPositionChooser *self);

/* Fails with a message that says what to do when no position can be chosen. */
gboolean kr_position_chooser_check (KrPositionChooser *self, GError **error);

G_END_DECLS
