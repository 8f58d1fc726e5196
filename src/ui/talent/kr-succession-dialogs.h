/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-talent-repository.h"

G_BEGIN_DECLS

/* The dialogs of the succession view. Both read in a worker and write through @talent, whose
 * `changed` makes the view read again; a refused write shows its message in the dialog. */

#define KR_TYPE_SUCCESSION_DIALOG (kr_succession_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KrSuccessionDialog, kr_succession_dialog, KR, SUCCESSION_DIALOG, AdwWindow)

/* "Add Plan": the key positions of @unit_id (0: every unit in scope) that have no plan yet;
 * choosing one creates its plan. */
KrSuccessionDialog *
kr_succession_dialog_new_plan (GtkWindow *parent, KrTalentRepository *talent, gint64 unit_id);

/* "Add Successor": the successors the talent pool suggests for plan @plan_id (in-pool boxes
 * of the latest year, a suitable rank, not excluded), with the readiness the rules suggest and
 * what they lack; choosing one adds them at the end of the plan. */
KrSuccessionDialog *kr_succession_dialog_new_successor (GtkWindow *parent,
                                                        KrTalentRepository *talent,
                                                        gint64 plan_id,
                                                        const char *position_name);

/* For tests: whether it is still reading, how many choices it shows, and choosing the
 * @index-th as a click does (FALSE with @error set when the write is refused). */
gboolean kr_succession_dialog_get_loading (KrSuccessionDialog *self);
guint kr_succession_dialog_get_n_choices (KrSuccessionDialog *self);
gboolean _kr_succession_dialog_choose (KrSuccessionDialog *self, guint index, GError **error);

G_END_DECLS
