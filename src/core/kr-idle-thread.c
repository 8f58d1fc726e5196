/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-idle-thread"
/* For gettid () (Linux) */
#define _GNU_SOURCE

#include "config.h"

#include "kr-idle-thread.h"

#include <sys/resource.h>
#include <unistd.h>

static gint n_running;

typedef struct
{
  GTask *task;
  GTaskThreadFunc func;
} IdleWork;

static gpointer
idle_thread (gpointer data)
{
  IdleWork *work = data;
#ifdef __linux__
  /* On Linux a nice value is a thread's own. Not SCHED_IDLE: a thread of that class can be
   * kept from the CPU for as long as anything else runs, and if it holds a database lock
   * meanwhile (opening or closing its connection takes one), a writer waits for it. At nice
   * 19 it weighs 1/68 of a normal thread, but it always moves on. */
  setpriority (PRIO_PROCESS, (id_t) gettid (), 19);
#endif
  work->func (work->task, g_task_get_source_object (work->task), g_task_get_task_data (work->task),
              g_task_get_cancellable (work->task));
  g_object_unref (work->task);
  g_free (work);
  g_atomic_int_dec_and_test (&n_running);
  return NULL;
}

void
kr_task_run_in_idle_thread (GTask *task, GTaskThreadFunc func)
{
  IdleWork *work;
  GThread *thread;

  g_return_if_fail (G_IS_TASK (task));
  g_return_if_fail (func != NULL);

  work = g_new0 (IdleWork, 1);
  work->task = g_object_ref (task);
  work->func = func;
  g_atomic_int_inc (&n_running);
  thread = g_thread_try_new ("kr-idle", idle_thread, work, NULL);
  if (thread != NULL)
    {
      g_thread_unref (thread);
      return;
    }
  g_atomic_int_dec_and_test (&n_running);
  g_object_unref (work->task);
  g_free (work);
  g_task_run_in_thread (task, func);
}

guint
kr_idle_threads_get_n_running (void)
{
  return (guint) g_atomic_int_get (&n_running);
}
