/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-training-catalogue.h"

G_BEGIN_DECLS

struct _KrTrainingCatalogue
{
  AdwBin parent_instance;

  KrTrainingRepository *training;
  KrEmployeeRepository *employees;
  KrUnitRepository *units;
  GListStore *courses;
  GtkSingleSelection *selection;
  KrCourse *course;
  GPtrArray *sessions;
  /* Set while the list is filled again, so that the chosen course is kept */
  gboolean filling;

  AdwLeaflet *leaflet;
  GtkWidget *list_pane;
  GtkSearchEntry *search_entry;
  GtkCheckButton *retired_check;
  GtkStack *courses_stack;
  GtkListView *courses_view;
  AdwStatusPage *empty_page;
  GtkWidget *empty_new_button;
  GtkWidget *new_button;
  AdwStatusPage *error_page;
  AdwLeaflet *detail_leaflet;
  GtkWidget *course_page;
  GtkWidget *back_button;
  GtkLabel *course_title_label;
  GtkStack *course_stack;
  AdwPreferencesGroup *facts_group;
  GtkListBox *facts_list;
  GtkListBox *sessions_list;
  KrTrainingSessionView *session_view;
};

/* kr-training-catalogue-course.c: the chosen course's facts and sessions, and the actions on
 * courses and sessions (catalogue.new-course, .edit-course, .delete-course, .new-session) */
void _kr_training_catalogue_show_course (KrTrainingCatalogue *self);
void _kr_training_catalogue_on_session_activated_cb (KrTrainingCatalogue *self, GtkListBoxRow *row);
void _kr_training_catalogue_class_add_course_actions (GtkWidgetClass *widget_class);
void _kr_training_catalogue_update_actions (KrTrainingCatalogue *self);

G_END_DECLS
