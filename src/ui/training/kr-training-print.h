/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "kr-document.h"
#include "kr-training-repository.h"

G_BEGIN_DECLS

/* The DAFTAR PESERTA PELATIHAN of session @session_id (kr-document-training.h): the session,
 * its course's provider, the instansi above the signed-in account's units and every
 * participant, dated today. NULL with @error when the session cannot be read. */
KrDocument *kr_training_print_new_participants (KrTrainingRepository *training,
                                                gint64 session_id,
                                                GError **error);

/* Prints it from @widget's window: the print dialog, then the pages; errors in a dialog. */
void kr_training_print_participants (GtkWidget *widget,
                                     KrTrainingRepository *training,
                                     gint64 session_id);

G_END_DECLS
