/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-training-nominate-dialog.h"

G_BEGIN_DECLS

struct _KrTrainingNominateDialog
{
  AdwWindow parent_instance;

  KrDatabase *database;
  KrEmployeeRepository *employees;
  gint64 session_id;
  KrEmployeeQuery *employees_query;
  GArray *chosen_ids;
  GArray *unit_ids;
  /* What the last check found */
  GArray *found_ids;
  GPtrArray *problems;
  gboolean checked;
  GCancellable *cancellable;
  gboolean nominating;

  GtkWidget *nominate_button;
  AdwComboRow *source_row;
  GtkWidget *picker_row;
  GtkListBox *chosen_list;
  AdwComboRow *unit_row;
  AdwActionRow *list_row;
  AdwPreferencesGroup *problems_group;
  GtkListBox *problems_list;
  AdwEntryRow *reason_row;
  GtkSpinner *spinner;
  GtkLabel *status_label;
};

/* kr-training-nominate-dialog.c */
KrNominateSource _kr_training_nominate_dialog_get_source (KrTrainingNominateDialog *self);
/* Checks the nomination of whom the form names, in a worker (a newer check replaces it). */
void _kr_training_nominate_dialog_check (KrTrainingNominateDialog *self);
/* Shows the reason row when needed and enables Nominate. */
void _kr_training_nominate_dialog_update_buttons (KrTrainingNominateDialog *self);

/* kr-training-nominate-form.c: builds the dialog's content */
void _kr_training_nominate_dialog_build (KrTrainingNominateDialog *self,
                                         KrUnitRepository *units,
                                         const KrTrainingSession *session);

G_END_DECLS
