/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-read-job.h"
#include "kr-training-repository.h"

G_BEGIN_DECLS

/* kr_training_read_job_run () and _finish (): kr_read_job_run () through a
 * KrTrainingRepository of the worker's own. */
KR_DEFINE_READ_JOB (KrTrainingRepository,
                    KrTrainingReadFunc,
                    kr_training_read_job,
                    kr_training_repository_get_database,
                    kr_training_repository_new)

G_END_DECLS
