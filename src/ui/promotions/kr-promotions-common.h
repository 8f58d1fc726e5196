/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-promotion-repository.h"
#include "kr-read-job.h"

G_BEGIN_DECLS

/* What the views of the Promotions section share. */

/* kr_promotion_read_job_run () and _finish (): kr_read_job_run () through a
 * KrPromotionRepository of the worker's own. */
KR_DEFINE_READ_JOB (KrPromotionRepository,
                    KrPromotionReadFunc,
                    kr_promotion_read_job,
                    kr_promotion_repository_get_database,
                    kr_promotion_repository_new)

/* @date in the locale's long form; "—" when it is not valid. */
char *kr_promotions_format_date (const GDate *date);

/* "III/b → III/c" */
char *kr_promotions_format_ranks (KrRank from, KrRank to);

/* Makes @label the pill of a verdict or of a pipeline stage (style.css state-pill). */
void kr_promotions_verdict_pill (GtkLabel *label, KrPromotionVerdictKind verdict);
void kr_promotions_stage_pill (GtkLabel *label, KrPromotionStage stage);

/* The reasons of @verdict that are not met, one a line ("" when all are met). */
char *kr_promotions_unmet_reasons (const KrPromotionVerdict *verdict);

/* What a list shows of @verdict on one line: for a blocked one the first unmet rule that time
 * alone does not meet; for one not yet the first unmet rule; NULL when eligible. @n_unmet gets
 * how many rules are unmet. */
const char *kr_promotions_verdict_headline (const KrPromotionVerdict *verdict, guint *n_unmet);

/* Whether @database may write proposals (KR_PERMISSION_WRITE_PROMOTIONS; a database without
 * accounts allows everything; a read-only one nothing). */
gboolean kr_promotions_can_write (KrDatabase *database);

/* The upcoming period dates: the first on or after today, then the ones after, @n in all. */
GArray *kr_promotions_upcoming_periods (guint n);

/* A shortcut controller for a dialog window: Escape activates "window.close". */
GtkEventController *kr_promotions_escape_closes (void);

G_END_DECLS
