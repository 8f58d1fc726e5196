/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-unit-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_UNIT_MANAGER (kr_unit_manager_get_type ())

G_DECLARE_FINAL_TYPE (KrUnitManager, kr_unit_manager, KR, UNIT_MANAGER, AdwWindow)

/* A window over the organisation tree: add a unit under the selected one, rename, move and
 * delete units (the repository's message says why a unit cannot go), and list, add, edit and
 * delete the positions of the selected unit. Set it transient for the main window. */
KrUnitManager *kr_unit_manager_new (KrUnitRepository *unit_repository);

/* Selects unit @id in the tree, 0 for none; returns FALSE when the tree does not hold it. */
gboolean kr_unit_manager_select_unit (KrUnitManager *self, gint64 id);

/* The selected unit's id, 0 when none. */
gint64 kr_unit_manager_get_selected_unit (KrUnitManager *self);

G_END_DECLS
