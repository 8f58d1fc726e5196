/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-promotion-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_PROMOTION_DIALOG (kr_promotion_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KrPromotionDialog, kr_promotion_dialog, KR, PROMOTION_DIALOG, AdwWindow)

/* One proposal: what it is (kind, ranks, period, stage, pertek, decree), its document checklist
 * (ticked while gathering), the next step of its stage (documents complete, proposed, record
 * the pertek, record the decree with its TMT, make effective), a step back or cancelling with
 * a reason, and its history. Writes go through @promotions on the main connection (one short
 * transaction each); errors show as toasts. */
GtkWidget *
kr_promotion_dialog_new (GtkWindow *parent, KrPromotionRepository *promotions, gint64 id);

/* For tests */
const KrPromotion *kr_promotion_dialog_get_promotion (KrPromotionDialog *self);
/* The last write's error message, or NULL */
const char *kr_promotion_dialog_get_error (KrPromotionDialog *self);
/* Ticks the checklist item @code. */
gboolean
kr_promotion_dialog_set_document (KrPromotionDialog *self, const char *code, gboolean done);
/* Fills the fields of the step (pertek number/date, SK number/date/TMT: NULL leaves a field as
 * it is) and activates it ("documents", "propose", "pertek", "decree", "effective", "back",
 * "cancel"); back and cancel take @reason from the reason row when NULL. */
gboolean kr_promotion_dialog_step (KrPromotionDialog *self,
                                   const char *step,
                                   const char *number,
                                   const char *date,
                                   const char *tmt,
                                   const char *reason);

G_END_DECLS
