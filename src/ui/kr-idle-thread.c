/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-idle-thread"
/* For SCHED_IDLE (Linux) */
#define _GNU_SOURCE

#include "config.h"

#include "kr-idle-thread.h"

#include <pthread.h>
#include <sched.h>

typedef struct
{
  GTask *task;
  GTaskThreadFunc func;
} IdleWork;

static gpointer
idle_thread (gpointer data)
{
  IdleWork *work = data;
#ifdef SCHED_IDLE
  struct sched_param param = { 0 };

  pthread_setschedparam (pthread_self (), SCHED_IDLE, &param);
#endif
  work->func (work->task, g_task_get_source_object (work->task), g_task_get_task_data (work->task),
              g_task_get_cancellable (work->task));
  g_object_unref (work->task);
  g_free (work);
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
  thread = g_thread_try_new ("kr-idle", idle_thread, work, NULL);
  if (thread != NULL)
    {
      g_thread_unref (thread);
      return;
    }
  g_object_unref (work->task);
  g_free (work);
  g_task_run_in_thread (task, func);
}
