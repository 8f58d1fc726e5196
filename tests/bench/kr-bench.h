/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kr-database.h"

G_BEGIN_DECLS

/* The benchmarks of `karier-tool bench` (shared/docs/TESTING.md). Each is a program of its
 * own, run as kr_bench_NAME (argc, argv) with argv[0] its name; it prints figures and never
 * fails on time. Their output is for developers and is not translated. */

double kr_bench_now_ms (void);

/* Sorts @times (double, ms) and returns the value at @fraction of them. */
double kr_bench_percentile (GArray *times, double fraction);

void kr_bench_print_times (const char *what, GArray *times);

/* The largest resident size of this process so far, and of its waited-for children. */
long kr_bench_peak_memory_kib (void);
long kr_bench_children_peak_memory_kib (void);

int kr_bench_list (int argc, char **argv);
int kr_bench_import (int argc, char **argv);
int kr_bench_report (int argc, char **argv);
int kr_bench_training (int argc, char **argv);
int kr_bench_dashboard (int argc, char **argv);

/* Part of kr_bench_dashboard: the 9-box stored per year (kr-bench-talent-store.c) */
gboolean kr_bench_talent_store (KrDatabase *database, guint year, guint samples, GError **error);

G_END_DECLS
