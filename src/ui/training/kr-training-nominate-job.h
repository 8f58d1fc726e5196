/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kr-database.h"
#include "kr-employee-query.h"

G_BEGIN_DECLS

/* The nominate dialog's work, in a worker thread with a connection of its own to the database
 * file, signed in as the dialog's user: finding the employees (picked, or those of a query),
 * checking their nomination, and nominating them. */

typedef struct
{
  /* in */
  char *path;
  KrIdentity *identity;
  gint64 session_id;
  GArray *employee_ids;   /* (element-type gint64) picked, or NULL to read @query */
  KrEmployeeQuery *query; /* (nullable) */
  gboolean nominate;
  char *override_reason; /* (nullable) */
  /* out */
  GArray *found_ids;   /* (element-type gint64) */
  GPtrArray *problems; /* (element-type KrEnrolmentProblem) */
  guint n_nominated;
  guint n_skipped;
} KrNominateJob;

void kr_nominate_job_free (KrNominateJob *job);

/* Runs @job (task data of @task, freed with it) in a thread; @task returns a boolean. */
void kr_nominate_job_run (GTask *task, KrNominateJob *job);

G_END_DECLS
