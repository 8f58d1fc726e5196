/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kr-dashboard.h"

G_BEGIN_DECLS

/* A hand-made dashboard snapshot of year 2025 with every part loaded and known values, shared by
 * the tests of the dashboard's charts and of its printed report:
 * - employee kinds PNS 40, CPNS 5, PPPK 12;
 * - golongan III/a 20, III/b 15, IV/a 10, "—" (none) 12;
 * - position kinds JPT Pratama 3, Administrator 7, no position (code NULL) 47;
 * - age bands 20–24 (men 2, women 4), 25–29 (5, 6), 30–34 (9, 3);
 * - predikat 2025: Sangat Kurang 0, Kurang 2, Butuh Perbaikan 8, Baik 30, Sangat Baik 10, the
 *   unit's result Baik with its pola distribusi;
 * - trend 2021..2025, year 2021 + i with Baik 10 + i and Sangat Baik 10 - i;
 * - training: "Dinas Pendidikan" (unit 7) 30 employees, duty 600, achieved 450.5 JP, budget
 *   100, 40 and 25 million allocated, committed, spent; "Dinas Kesehatan" (unit 9) 10, 200, 220
 *   JP, no budget;
 * - promotions 2025-04-01: 6, 2025-10-01: 4;
 * - retirements 2025..2029: 1, 0, 3, 2, 5;
 * - talent boxes 1..9: 5, 10, 3, 2, 12, 0, 6, 8, 4; total 70 (7 no appraisal, 11 no
 *   assessment, 2 excluded). */
KrDashboardSnapshot *kr_test_dashboard_snapshot (void);

/* The talent_box rows of the migration (element-type KrTalentBox). */
GPtrArray *kr_test_dashboard_boxes (void);

G_END_DECLS
