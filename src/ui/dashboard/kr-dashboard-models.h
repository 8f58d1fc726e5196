/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kr-dashboard-repository.h"
#include "kr-paged-model.h"
#include "kr-read-job.h"

G_BEGIN_DECLS

/* kr_dashboard_read_job_run () and _finish (): kr_read_job_run () through a
 * KrDashboardRepository of the worker's own. */
KR_DEFINE_READ_JOB (KrDashboardRepository,
                    KrDashboardReadFunc,
                    kr_dashboard_read_job,
                    kr_dashboard_repository_get_database,
                    kr_dashboard_repository_new)

#define KR_TYPE_DASHBOARD_ITEM (kr_dashboard_item_get_type ())

G_DECLARE_FINAL_TYPE (KrDashboardItem, kr_dashboard_item, KR, DASHBOARD_ITEM, GObject)

/* One employee behind a bar: a KrDashboardEmployee owned by the item. */
const KrDashboardEmployee *kr_dashboard_item_get_employee (KrDashboardItem *self);

#define KR_TYPE_DASHBOARD_EMPLOYEE_MODEL (kr_dashboard_employee_model_get_type ())

G_DECLARE_FINAL_TYPE (KrDashboardEmployeeModel,
                      kr_dashboard_employee_model,
                      KR,
                      DASHBOARD_EMPLOYEE_MODEL,
                      KrPagedModel)

/* A lazy list of the employees behind a bar or a cell (kr_dashboard_repository_list_employees
 * ()), read a page at a time in workers, counted with the first page. */
KrDashboardEmployeeModel *kr_dashboard_employee_model_new (void);

/* Starts over with copies of @scope and @filter. */
void kr_dashboard_employee_model_set_query (KrDashboardEmployeeModel *self,
                                            const KrDashboardScope *scope,
                                            const KrDashboardFilter *filter);

G_END_DECLS
