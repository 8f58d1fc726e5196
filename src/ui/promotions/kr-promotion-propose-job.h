/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kr-promotion-repository.h"

G_BEGIN_DECLS

/* One proposal to make: an employee and the kind of KP their verdict chose. */
typedef struct
{
  gint64 employee_id;
  KrKpKind kind;
} KrProposeRequest;

/* Proposes every request of @requests (an array of KrProposeRequest, taken) for @period, each
 * in its own transaction, in a worker over a connection of its own to @promotions' file (on the
 * main loop for an in-memory database); then emits @promotions' `changed`. The result counts
 * the proposals made and keeps the first refusal's message. */
void kr_promotion_propose_job_run (gpointer source_object,
                                   KrPromotionRepository *promotions,
                                   GArray *requests,
                                   const GDate *period,
                                   GAsyncReadyCallback callback,
                                   gpointer user_data);

/* Returns how many proposals were made; @first_error (nullable) gets the first refusal. FALSE
 * with @error set when the database could not be opened. */
gboolean kr_promotion_propose_job_finish (GAsyncResult *result,
                                          guint *n_proposed,
                                          guint *n_refused,
                                          char **first_error,
                                          GError **error);

G_END_DECLS
