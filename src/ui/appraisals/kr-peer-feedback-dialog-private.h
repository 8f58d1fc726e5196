/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-date-row.h"
#include "kr-peer-feedback-dialog.h"

G_BEGIN_DECLS

struct _KrPeerFeedbackDialog
{
  AdwWindow parent_instance;

  KrAppraisalRepository *repository;
  KrEmployeeRepository *employees;
  gint64 evaluation_id;
  gint64 employee_id;
  /* The colleague chosen, 0 for anonymous. */
  gint64 colleague_id;
  /* The row marked as being wrong. */
  GtkWidget *error_row;

  GtkWidget *save_button;
  AdwComboRow *relation_row;
  AdwActionRow *colleague_row;
  GtkWidget *clear_colleague_button;
  AdwComboRow *behaviour_row;
  AdwEntryRow *text_row;
  KrDateRow *date_row;
  GtkLabel *error_label;
};

G_END_DECLS
