/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-training-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_TRAINING_RECORD_DIALOG (kr_training_record_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KrTrainingRecordDialog,
                      kr_training_record_dialog,
                      KR,
                      TRAINING_RECORD_DIALOG,
                      AdwWindow)

/* Adds or edits a training record of @employee_id (development outside the catalogue): title,
 * form (which says classical or not), competence type, the leadership programme for a
 * leadership course, provider, dates, JP and certificate. Validates as the user types
 * (kr_training_record_validate ()), naming the field at fault, with Save disabled until the
 * form is valid; Save writes it and closes. @record: (nullable): the record to edit, copied. */
GtkWidget *kr_training_record_dialog_new (GtkWindow *parent,
                                          KrTrainingRepository *training,
                                          gint64 employee_id,
                                          const KrTrainingRecord *record);

/* For tests: the record as the form holds it, the message shown (NULL when valid), Save. */
const KrTrainingRecord *kr_training_record_dialog_get_record (KrTrainingRecordDialog *self);
const char *kr_training_record_dialog_get_message (KrTrainingRecordDialog *self);
gboolean kr_training_record_dialog_save (KrTrainingRecordDialog *self);

G_END_DECLS
