/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-promotion-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_PROMOTION_RECORD_DIALOG (kr_promotion_record_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KrPromotionRecordDialog,
                      kr_promotion_record_dialog,
                      KR,
                      PROMOTION_RECORD_DIALOG,
                      AdwWindow)

/* Adds or edits one of the facts the KP rules read for @employee_id: an ujian dinas passed
 * (level, date, certificate) or the angka kredit of a year (year, value, source). The form
 * names the field at fault as the user types, with Save disabled until it is valid; Save
 * writes through @promotions (which checks the rest: one record per level, or per year and
 * source) and closes, or shows the repository's message. @record: (nullable): the record to
 * edit, copied. */
GtkWidget *kr_ujian_dinas_dialog_new (GtkWindow *parent,
                                      KrPromotionRepository *promotions,
                                      gint64 employee_id,
                                      const KrUjianDinas *record);
GtkWidget *kr_angka_kredit_dialog_new (GtkWindow *parent,
                                       KrPromotionRepository *promotions,
                                       gint64 employee_id,
                                       const KrAngkaKredit *record);

/* For tests: the fields, the message shown (NULL when the form is valid), Save. */
void kr_promotion_record_dialog_set_level (KrPromotionRecordDialog *self, KrUjianDinasLevel level);
void kr_promotion_record_dialog_set_date_text (KrPromotionRecordDialog *self, const char *text);
void kr_promotion_record_dialog_set_certificate (KrPromotionRecordDialog *self, const char *text);
void kr_promotion_record_dialog_set_year (KrPromotionRecordDialog *self, guint year);
void kr_promotion_record_dialog_set_value (KrPromotionRecordDialog *self, double value);
void
kr_promotion_record_dialog_set_source (KrPromotionRecordDialog *self, KrAngkaKreditSource source);
const char *kr_promotion_record_dialog_get_message (KrPromotionRecordDialog *self);
gboolean kr_promotion_record_dialog_save (KrPromotionRecordDialog *self);

G_END_DECLS
