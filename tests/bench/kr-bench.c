/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kr-bench.h"

#include <sys/resource.h>

double
kr_bench_now_ms (void)
{
  return (double) g_get_monotonic_time () / 1000.0;
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

double
kr_bench_percentile (GArray *times, double fraction)
{
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, (guint) ((times->len - 1) * fraction + 0.5));
}

void
kr_bench_print_times (const char *what, GArray *times)
{
  g_print ("  %-38s p50 %8.3f ms  p95 %8.3f ms  p99 %8.3f ms  max %8.3f ms  (n=%u)\n", what,
           kr_bench_percentile (times, 0.50), kr_bench_percentile (times, 0.95),
           kr_bench_percentile (times, 0.99), kr_bench_percentile (times, 1.0), times->len);
}

long
kr_bench_peak_memory_kib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

long
kr_bench_children_peak_memory_kib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_CHILDREN, &usage);
  return usage.ru_maxrss;
}
