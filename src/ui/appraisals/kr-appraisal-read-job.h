/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-appraisal-repository.h"
#include "kr-read-job.h"

G_BEGIN_DECLS

/* kr_appraisal_read_job_run () and _finish (): kr_read_job_run () through a
 * KrAppraisalRepository of the worker's own. */
KR_DEFINE_READ_JOB (KrAppraisalRepository,
                    KrAppraisalReadFunc,
                    kr_appraisal_read_job,
                    kr_appraisal_repository_get_database,
                    kr_appraisal_repository_new)

G_END_DECLS
