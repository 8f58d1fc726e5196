/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kr-database.h"

G_BEGIN_DECLS

/**
 * KrDemoProgressFunc:
 * @done: the employees generated so far
 * @total: the employees to generate
 * @user_data: the data given to kr_demo_generate()
 *
 * Reports how far kr_demo_generate() has come. It is called from the calling thread, once
 * after the organisation is built (with @done 0), every few thousand employees, and once at
 * the end (with @done equal to @total).
 */
typedef void (*KrDemoProgressFunc) (guint64 done, guint64 total, gpointer user_data);

/**
 * KrDemoAppraisals:
 * @KR_DEMO_APPRAISALS_AUTO: an appraisal history up to %KR_DEMO_APPRAISALS_AUTO_LIMIT
 *   employees, none for more (the default)
 * @KR_DEMO_APPRAISALS_NONE: no appraisals
 * @KR_DEMO_APPRAISALS_ALL: an appraisal history whatever the size
 *
 * Whether kr_demo_generate() makes appraisals. Every row of them is audited, so they take
 * longer than the employees they belong to: a demo of a few thousand employees takes a second
 * or two more, and the large demos of benchmarks skip them unless asked.
 */
typedef enum
{
  KR_DEMO_APPRAISALS_AUTO,
  KR_DEMO_APPRAISALS_NONE,
  KR_DEMO_APPRAISALS_ALL,
} KrDemoAppraisals;

#define KR_DEMO_APPRAISALS_AUTO_LIMIT 10000

/**
 * KrDemoTraining:
 * @KR_DEMO_TRAINING_AUTO: competence development data up to %KR_DEMO_TRAINING_AUTO_LIMIT
 *   employees, none for more (the default)
 * @KR_DEMO_TRAINING_NONE: no training data
 * @KR_DEMO_TRAINING_ALL: training data whatever the size
 *
 * Whether kr_demo_generate() makes competence development data (DOMAIN 7). Like appraisals,
 * every row is audited, so the large demos of benchmarks skip it unless asked.
 */
typedef enum
{
  KR_DEMO_TRAINING_AUTO,
  KR_DEMO_TRAINING_NONE,
  KR_DEMO_TRAINING_ALL,
} KrDemoTraining;

#define KR_DEMO_TRAINING_AUTO_LIMIT 10000

/**
 * KrDemoOptions:
 * @n_employees: how many employees to generate; the organisation grows with it
 * @seed: the seed of the random generator; the same seed, size and @today give the same data
 * @today: (nullable): the date the data is generated for, %NULL for the real today; from 2024
 *   on and not after the real today, because the repositories refuse dates in the future
 * @appraisals: whether to make an appraisal history (DOMAIN 5): position templates; for the
 *   four years before today's, each active employee's plan and final evaluations, the
 *   organisation result of each perangkat daerah, SKM surveys of service units; PP 46/2011
 *   records of 2014 to 2020; and today's year under way, its last closed quarter under review
 * @training: whether to make competence development data (DOMAIN 7): a catalogue of about 30
 *   courses of every type and form, leadership programmes among them; their sessions of last,
 *   this and next year in every status, with enrolments in every state (certificates for the
 *   completed ones); SIASN-like training records of the past four years; the budgets of the
 *   perangkat daerah for those three years; mentoring pairs with their sessions
 *
 * What kr_demo_generate() makes. Start from `{ 0 }` so that fields added later keep their
 * defaults.
 */
typedef struct
{
  guint n_employees;
  guint64 seed;
  const GDate *today;
  KrDemoAppraisals appraisals;
  KrDemoTraining training;
} KrDemoOptions;

/**
 * KrDemoSummary:
 * @n_units: the organisation units made (instansi, perangkat daerah, bidang, seksi, UPT)
 * @n_positions: the positions made
 * @n_employees: the employees made
 * @n_nip_retries: how often a NIP was already taken, so that its sequence number was raised
 * @n_appraisals: the appraisals (SKP years of one employee) made
 * @n_enrolments: the training enrolments made
 * @n_training_records: the training records (SIASN history and others) made
 *
 * What kr_demo_generate() made.
 */
typedef struct
{
  guint n_units;
  guint n_positions;
  guint n_employees;
  guint n_nip_retries;
  guint n_appraisals;
  guint n_enrolments;
  guint n_training_records;
} KrDemoSummary;

/**
 * kr_demo_generate:
 * @database: an open, empty database
 * @options: what to generate
 * @progress: (nullable) (scope call): called as the work goes on
 * @user_data: data for @progress
 * @cancellable: (nullable): a #GCancellable to stop the work
 * @summary: (out caller-allocates) (optional): what was made, filled on success
 * @error: return location for a #GError
 *
 * Fills @database with a synthetic province, "Pemerintah Provinsi Nusa Sejahtera": perangkat
 * daerah with their bidang, seksi and UPT (schools, puskesmas and others), the number of
 * units growing with @options' employee count; head, functional and pelaksana positions with
 * their kelas jabatan; and employees with invented names and synthetic NIPs built with the
 * DOMAIN 1.1 rules, each with rank, position and education histories consistent with their
 * education and years of service, a few discipline sanctions and the Satyalancana Karya
 * Satya they earned. Nobody in it is a real person.
 *
 * Everything goes through the repositories, so every row passes the checks that user input
 * passes, and is written in one bulk load: on failure or cancellation nothing is left behind.
 * The output depends only on @options, so two databases made with the same options are
 * identical. Memory use does not grow with the number of employees, only with the number of
 * units.
 *
 * Fails with %KR_ERROR_CONFLICT when @database already holds units or employees, with
 * %KR_ERROR_INVALID when the options' date is in the future or before 2024, with
 * %G_IO_ERROR_CANCELLED when @cancellable was cancelled, and with the repositories' errors.
 *
 * Returns: %TRUE when the data was generated and saved
 */
gboolean kr_demo_generate (KrDatabase *database,
                           const KrDemoOptions *options,
                           KrDemoProgressFunc progress,
                           gpointer user_data,
                           GCancellable *cancellable,
                           KrDemoSummary *summary,
                           GError **error);

G_END_DECLS
