/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-appraisal-repository.h"
#include "kr-database.h"
#include "kr-employee-repository.h"

G_BEGIN_DECLS

/* A small demo organisation (30 employees) in a temporary folder, whose appraisals of this
 * year are started: the fixture of the appraisal UI tests that need a few real rows. */
typedef struct
{
  char *dir;
  char *path;
  KrDatabase *db;
  KrAppraisalRepository *appraisals;
  KrEmployeeRepository *employees;
  guint year;
  /* The first evaluation of period 1, its plan and employee, and another employee. */
  gint64 evaluation_id;
  gint64 appraisal_id;
  gint64 employee_id;
  gint64 colleague_id;
} KrTestAppraisalOrg;

/* Opens a new, empty database in a new folder named after @dir_template, with the
 * repositories: for tests that craft their own rows. */
void kr_test_appraisal_org_open (KrTestAppraisalOrg *org, const char *dir_template);

/* Makes the organisation in a new folder named after @dir_template ("karier-x-XXXXXX"). */
void kr_test_appraisal_org_set_up (KrTestAppraisalOrg *org, const char *dir_template);

/* Destroys every window, lets their work finish, checks that the database and repositories
 * are freed, and removes the folder. */
void kr_test_appraisal_org_tear_down (KrTestAppraisalOrg *org);

G_END_DECLS
