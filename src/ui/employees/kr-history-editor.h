/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-employee-repository.h"
#include "kr-unit-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_HISTORY_EDITOR (kr_history_editor_get_type ())

G_DECLARE_FINAL_TYPE (KrHistoryEditor, kr_history_editor, KR, HISTORY_EDITOR, AdwWindow)

/* A modal dialog that adds a row to one of @employee's histories, or changes @entry: a
 * #KrRankEntry, #KrPositionEntry, #KrEducationEntry, #KrDisciplineEntry or #KrAwardEntry as
 * @kind says, of which it keeps a copy. Save writes the row through @repository and closes;
 * when the repository refuses it, its message is shown and the dialog stays open. Set it
 * transient for the main window before presenting it. */
KrHistoryEditor *kr_history_editor_new (KrEmployeeRepository *repository,
                                        KrUnitRepository *unit_repository,
                                        KrEmployee *employee,
                                        KrHistoryKind kind,
                                        gconstpointer entry);

KrHistoryKind kr_history_editor_get_kind (KrHistoryEditor *self);

G_END_DECLS
