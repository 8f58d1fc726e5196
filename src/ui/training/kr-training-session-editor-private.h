/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-date-row.h"
#include "kr-training-session-editor.h"

G_BEGIN_DECLS

/* The editor's rows, for tests that type into them. */
struct _KrTrainingSessionEditor
{
  AdwWindow parent_instance;

  KrTrainingRepository *training;
  KrTrainingSession *session;
  char *problem;

  GtkWidget *save_button;
  AdwEntryRow *name_row;
  KrDateRow *start_row;
  KrDateRow *end_row;
  AdwEntryRow *place_row;
  GtkSpinButton *capacity_spin;
  AdwEntryRow *cost_row;
  GtkLabel *problem_label;
};

G_END_DECLS
