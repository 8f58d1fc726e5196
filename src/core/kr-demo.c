/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-demo"

#include "config.h"

#include "kr-demo-private.h"

#include "kr-date.h"
#include "kr-employee-list.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* The entry point: checks, then builds the organisation (kr-demo-organisation.c) and the
 * employees (kr-demo-people.c, kr-demo-store.c) from the tables of kr-demo-data.c. The
 * private header holds the random numbers and the shared types. */

/* Fails with %KR_ERROR_CONFLICT unless the database holds no units and no employees. */
static gboolean
check_empty (Demo *demo, GError **error)
{
  g_autoptr (GPtrArray) roots = kr_unit_repository_list_children (demo->units, 0, error);
  g_autoptr (KrEmployeeList) list = NULL;
  guint n_employees;

  if (roots == NULL)
    return FALSE;
  list = kr_employee_list_new (demo->employees, NULL);
  n_employees = g_list_model_get_n_items (G_LIST_MODEL (list));
  if (kr_employee_list_get_error (list, error))
    return FALSE;
  if (roots->len == 0 && n_employees == 0)
    return TRUE;
  g_set_error (error, KR_ERROR, KR_ERROR_CONFLICT,
               n_employees > 0
                   ? _ ("The database already holds employees; demo data can only go into a new, "
                        "empty database")
                   : _ ("The database already holds an organisation; demo data can only go into "
                        "a new, empty database"));
  return FALSE;
}

/* Checks the options' date: the generator needs room for PPPK appointments and must not date
 * anything after the real today. */
static gboolean
resolve_today (const KrDemoOptions *options, GDate *today, GError **error)
{
  char text[KR_DATE_ISO_LENGTH + 1];
  GDate real;

  kr_date_today (NULL, &real);
  kr_date_today (options->today, today);
  kr_date_format_iso_buf (today, text);
  if (g_date_compare (today, &real) > 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Demo data cannot be dated %s, which is in the future"), text);
      return FALSE;
    }
  if (g_date_get_year (today) < 2024)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Demo data cannot be dated %s; choose a date from 2024 on"), text);
      return FALSE;
    }
  return TRUE;
}

/* Shuffles the heads, so that heads of every kind are spread over the run. */
static void
shuffle_heads (Demo *demo)
{
  for (guint i = demo->heads->len; i > 1; i--)
    {
      guint j = rng_below (&demo->rng, i);
      Head swap = g_array_index (demo->heads, Head, i - 1);

      g_array_index (demo->heads, Head, i - 1) = g_array_index (demo->heads, Head, j);
      g_array_index (demo->heads, Head, j) = swap;
    }
}

/* How often to report progress and look at the cancellable. */
#define PROGRESS_INTERVAL 1000
#define CANCEL_INTERVAL   64

static gboolean
generate (Demo *demo,
          KrDemoProgressFunc progress,
          gpointer user_data,
          GCancellable *cancellable,
          GError **error)
{
  if (!check_empty (demo, error) || !_kr_demo_build_organisation (demo, error))
    return FALSE;
  shuffle_heads (demo);
  if (progress != NULL)
    progress (0, demo->n_employees, user_data);
  for (guint i = 0; i < demo->n_employees; i++)
    {
      if (i % CANCEL_INTERVAL == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (!_kr_demo_generate_employee (demo, demo->n_employees - i, error))
        return FALSE;
      if (progress != NULL && (i + 1) % PROGRESS_INTERVAL == 0 && i + 1 < demo->n_employees)
        progress (i + 1, demo->n_employees, user_data);
    }
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

static gboolean
wants_appraisals (const KrDemoOptions *options)
{
  switch (options->appraisals)
    {
    case KR_DEMO_APPRAISALS_NONE:
      return FALSE;
    case KR_DEMO_APPRAISALS_ALL:
      return TRUE;
    case KR_DEMO_APPRAISALS_AUTO:
    default:
      return options->n_employees <= KR_DEMO_APPRAISALS_AUTO_LIMIT;
    }
}

static gboolean
wants_training (const KrDemoOptions *options)
{
  switch (options->training)
    {
    case KR_DEMO_TRAINING_NONE:
      return FALSE;
    case KR_DEMO_TRAINING_ALL:
      return TRUE;
    case KR_DEMO_TRAINING_AUTO:
    default:
      return options->n_employees <= KR_DEMO_TRAINING_AUTO_LIMIT;
    }
}

gboolean
kr_demo_generate (KrDatabase *database,
                  const KrDemoOptions *options,
                  KrDemoProgressFunc progress,
                  gpointer user_data,
                  GCancellable *cancellable,
                  KrDemoSummary *summary,
                  GError **error)
{
  Demo demo = { 0 };
  gboolean ok;

  g_return_val_if_fail (KR_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!resolve_today (options, &demo.today, error))
    return FALSE;
  demo.today_month = date_month_index (&demo.today);
  demo.n_employees = options->n_employees;
  rng_init (&demo.rng, options->seed);
  demo.units = kr_unit_repository_new (database);
  demo.employees = kr_employee_repository_new (database);
  demo.slots = g_array_new (FALSE, FALSE, sizeof (Slot));
  demo.heads = g_array_new (FALSE, FALSE, sizeof (Head));

  /* One bulk load: the units join its transaction, so a failure or a cancellation leaves the
   * database as it was. */
  ok = kr_employee_repository_begin_bulk (demo.employees, error);
  if (ok)
    {
      ok = generate (&demo, progress, user_data, cancellable, error);
      if (ok && wants_appraisals (options))
        ok = _kr_demo_generate_appraisals (&demo, database, options->seed, cancellable, error);
      if (ok && wants_training (options))
        ok = _kr_demo_generate_training (&demo, database, options->seed, cancellable, error);
      if (ok)
        ok = kr_employee_repository_end_bulk (demo.employees, TRUE, error);
      else
        kr_employee_repository_end_bulk (demo.employees, FALSE, NULL);
    }
  /* The promotion records read the employees' current rank and position, which the bulk load
   * settles only at its end: a transaction of their own after it. */
  if (ok && wants_appraisals (options))
    {
      ok = kr_database_begin (database, error);
      if (ok && !_kr_demo_generate_promotion_records (&demo, database, cancellable, error))
        {
          kr_database_rollback (database, NULL);
          ok = FALSE;
        }
      else if (ok && !kr_database_commit (database, error))
        {
          kr_database_rollback (database, NULL);
          ok = FALSE;
        }
    }
  /* Open selections (kr-demo-selection.c) read the settled positions too: through the
   * selection repository, in a transaction of their own. */
  if (ok)
    {
      ok = kr_database_begin (database, error);
      if (ok && !_kr_demo_generate_selections (&demo, database, error))
        {
          kr_database_rollback (database, NULL);
          ok = FALSE;
        }
      else if (ok && !kr_database_commit (database, error))
        {
          kr_database_rollback (database, NULL);
          ok = FALSE;
        }
    }
  /* The talent pool (kr-demo-talent.c) reads the final predikat: assessments, then succession
   * plans through the talent repository, in a transaction of their own. */
  if (ok && wants_appraisals (options))
    {
      ok = kr_database_begin (database, error);
      if (ok && !_kr_demo_generate_talent (&demo, database, options->seed, cancellable, error))
        {
          kr_database_rollback (database, NULL);
          ok = FALSE;
        }
      else if (ok && !kr_database_commit (database, error))
        {
          kr_database_rollback (database, NULL);
          ok = FALSE;
        }
    }
  if (ok && progress != NULL)
    progress (demo.n_employees, demo.n_employees, user_data);
  if (ok && summary != NULL)
    *summary = demo.summary;

  g_free (demo.school_numbers);
  g_array_unref (demo.heads);
  g_array_unref (demo.slots);
  g_object_unref (demo.employees);
  g_object_unref (demo.units);
  return ok;
}
