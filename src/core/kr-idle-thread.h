/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Runs @func for @task like g_task_run_in_thread (), but in a thread of its own that yields
 * the CPU to everything else (nice 19 on Linux), for long work in the background that
 * nobody waits for: checking the audit trail, the daily backup, the survey of a long list.
 * A thread of GLib's pool cannot be used: it could not be given its priority back
 * afterwards. */
void kr_task_run_in_idle_thread (GTask *task, GTaskThreadFunc func);

/* How many of those threads have not ended yet: tests wait for none before they remove the
 * files such work may still hold open. */
guint kr_idle_threads_get_n_running (void);

G_END_DECLS
