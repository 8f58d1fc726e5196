/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kr-test-appraisal-org.h"

#include <gtk/gtk.h>

#include "kr-date.h"
#include "kr-demo.h"
#include "kr-test-ui.h"
#include "kr-test-utils.h"
#include "kr-unit-repository.h"

void
kr_test_appraisal_org_open (KrTestAppraisalOrg *org, const char *dir_template)
{
  g_autoptr (GError) error = NULL;

  org->dir = kr_test_make_tmp_dir (dir_template);
  org->path = g_build_filename (org->dir, "karier.db", NULL);
  org->db = kr_database_open (org->path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  org->appraisals = kr_appraisal_repository_new (org->db);
  org->employees = kr_employee_repository_new (org->db);
}

void
kr_test_appraisal_org_set_up (KrTestAppraisalOrg *org, const char *dir_template)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (KrUnitRepository) units = NULL;
  g_autoptr (GPtrArray) roots = NULL;
  KrDemoOptions options = { .n_employees = 30, .seed = 7, .appraisals = KR_DEMO_APPRAISALS_NONE };
  KrAppraisalQuery query = { .period = 1 };
  KrAppraisalRow *first;
  GDate today;

  kr_test_appraisal_org_open (org, dir_template);
  g_assert_true (kr_demo_generate (org->db, &options, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  kr_date_today (NULL, &today);
  org->year = g_date_get_year (&today);
  units = kr_unit_repository_new (org->db);
  roots = kr_unit_repository_list_children (units, 0, &error);
  g_assert_no_error (error);
  g_assert_true (kr_appraisal_repository_start_unit (org->appraisals,
                                                     ((KrUnit *) roots->pdata[0])->id, TRUE,
                                                     org->year, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  query.year = org->year;
  rows = kr_appraisal_repository_list (org->appraisals, &query, 0, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, >=, 2);
  first = g_ptr_array_index (rows, 0);
  org->evaluation_id = first->evaluation_id;
  org->appraisal_id = first->appraisal_id;
  org->employee_id = first->employee_id;
  org->colleague_id = ((KrAppraisalRow *) g_ptr_array_index (rows, 1))->employee_id;
  g_assert_cmpint (org->colleague_id, !=, org->employee_id);
}

void
kr_test_appraisal_org_tear_down (KrTestAppraisalOrg *org)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  kr_test_spin ();
  kr_test_finalize_object (org->appraisals);
  kr_test_finalize_object (org->employees);
  kr_test_finalize_object (org->db);
  kr_test_ui_remove_tree (org->dir);
  g_free (org->dir);
  g_free (org->path);
}
