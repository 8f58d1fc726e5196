/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-training-course-editor.h"

G_BEGIN_DECLS

/* The editor's rows, for tests that type into them. */
struct _KrTrainingCourseEditor
{
  AdwWindow parent_instance;

  KrTrainingRepository *training;
  KrCourse *course;
  /* The ids of the courses the required course row offers (index 0: none) */
  GArray *course_ids;
  char *problem;

  GtkWidget *save_button;
  AdwEntryRow *title_row;
  AdwComboRow *form_row;
  AdwComboRow *type_row;
  AdwComboRow *programme_row;
  GtkSpinButton *jp_spin;
  AdwComboRow *delivery_row;
  AdwEntryRow *provider_row;
  AdwEntryRow *cost_row;
  AdwEntryRow *description_row;
  AdwComboRow *golongan_row;
  GtkSpinButton *age_spin;
  AdwComboRow *required_row;
  GtkSwitch *results_switch;
  GtkCheckButton *behaviour_checks[7];
  GtkSwitch *retired_switch;
  GtkLabel *problem_label;
};

G_END_DECLS
