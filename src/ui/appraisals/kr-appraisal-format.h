/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-appraisal.h"
#include "kr-database.h"
#include "kr-identity.h"
#include "kr-unit-repository.h"

G_BEGIN_DECLS

/* How the appraisal screens show states, predikat and units. */

/* Makes @label the pill of @state: its translated name, coloured by state (style.css). */
void kr_appraisal_format_state_pill (GtkLabel *label, KrAppraisalState state);

/* Makes @label the badge of a predikat, verbatim, coloured from worst to best; "No predikat
 * yet" dimmed when @has_predikat is FALSE. */
void
kr_appraisal_format_predikat_badge (GtkLabel *label, gboolean has_predikat, KrPredikat predikat);

/* Fills @names and @ids with the units the identity may read, depth-first and indented: the
 * unit a unit head leads and those below it, otherwise every unit after @all_label (id 0).
 * Returns FALSE, with @error set, when the units could not be read. */
gboolean kr_appraisal_format_list_units (KrUnitRepository *units,
                                         KrIdentity *identity,
                                         const char *all_label,
                                         GtkStringList *names,
                                         GArray *ids,
                                         GError **error);

/* Whether the identity of @database may do @permission: everything when nobody is signed
 * in (a database without accounts). */
gboolean kr_appraisal_format_can (KrDatabase *database, KrPermission permission);

/* Makes @drop_down (over a GtkStringList) show its chosen item cut to @max_chars with an
 * ellipsis, so that a long unit name does not push the other filters out of the window; the
 * popup still lists the whole names. */
void kr_appraisal_format_ellipsize_drop_down (GtkDropDown *drop_down, int max_chars);

/* The root unit whose cycle a list of @unit_id (0: the first instansi) follows; 0 when there
 * are no units. */
gint64
kr_appraisal_format_cycle_unit (KrUnitRepository *units, KrIdentity *identity, gint64 unit_id);

G_END_DECLS
