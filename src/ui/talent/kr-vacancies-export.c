/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-vacancies-export"

#include "config.h"

#include "kr-vacancies-export.h"

#include <glib/gi18n.h>

#include "kr-date.h"
#include "kr-export-job.h"

#define QUERY_KEY    "kr-vacancies-export-query"
#define DATABASE_KEY "kr-vacancies-export-database"
#define CHOOSER_KEY  "kr-vacancies-export-chooser"

/* A copy of a query that owns its search text */
typedef struct
{
  KrVacancyQuery query;
  char *search;
} Query;

static Query *
query_dup (const KrVacancyQuery *query)
{
  Query *copy = g_new0 (Query, 1);

  copy->query = *query;
  copy->search = g_strdup (query->search);
  copy->query.search = copy->search;
  return copy;
}

static void
query_free (Query *query)
{
  g_free (query->search);
  g_free (query);
}

/* In a worker */
static gboolean
write_formasi (KrDatabase *database,
               const char *path,
               gpointer data,
               guint64 *n_written,
               GCancellable *cancellable,
               GError **error)
{
  const Query *query = data;
  g_autoptr (KrVacancyRepository) repository = kr_vacancy_repository_new (database);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFileOutputStream) stream = NULL;
  KrVacancySummary summary = { 0 };
  g_autoptr (GPtrArray) rows = NULL;

  /* The count for the toast */
  rows = kr_vacancy_repository_list (repository, &query->query, &summary, error);
  if (rows == NULL)
    return FALSE;
  stream =
      g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable, error);
  if (stream == NULL ||
      !kr_vacancy_repository_write_formasi (repository, &query->query, G_OUTPUT_STREAM (stream),
                                            cancellable, error) ||
      !g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error))
    return FALSE;
  *n_written = rows->len;
  return TRUE;
}

static char *
formasi_message (const char *name, guint64 n_written)
{
  return g_strdup_printf (
      ngettext ("%s saved with %llu position", "%s saved with %llu positions", (gulong) n_written),
      name, (unsigned long long) n_written);
}

void
kr_vacancies_export_formasi_to (GtkWidget *widget,
                                KrDatabase *database,
                                const KrVacancyQuery *query,
                                const char *path,
                                GAsyncReadyCallback done,
                                gpointer user_data)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (KR_IS_DATABASE (database));

  kr_export_job_run (widget, database, path, write_formasi, query_dup (query),
                     (GDestroyNotify) query_free, formasi_message, NULL, done, user_data);
}

static void
chosen_cb (GtkWidget *widget, const char *path)
{
  const Query *query = g_object_get_data (G_OBJECT (widget), QUERY_KEY);
  KrDatabase *database = g_object_get_data (G_OBJECT (widget), DATABASE_KEY);

  if (query != NULL && database != NULL)
    kr_vacancies_export_formasi_to (widget, database, &query->query, path, NULL, NULL);
}

static void
slot_free (GtkFileChooserNative **slot)
{
  if (*slot != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (*slot));
  g_free (slot);
}

void
kr_vacancies_export_formasi (GtkWidget *widget, KrDatabase *database, const KrVacancyQuery *query)
{
  const KrExportFormat formats[] = { { _ ("CSV files"), "*.csv" } };
  GtkFileChooserNative **slot = g_object_get_data (G_OBJECT (widget), CHOOSER_KEY);
  g_autofree char *date = NULL;
  g_autofree char *name = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (database == NULL)
    return;
  if (slot == NULL)
    {
      slot = g_new0 (GtkFileChooserNative *, 1);
      g_object_set_data_full (G_OBJECT (widget), CHOOSER_KEY, slot, (GDestroyNotify) slot_free);
    }
  date = kr_date_format_iso (&query->today);
  /* The file goes to the office as it is: an Indonesian name */
  name = g_strdup_printf ("usul-formasi-%s.csv", date);
  g_object_set_data_full (G_OBJECT (widget), DATABASE_KEY, g_object_ref (database), g_object_unref);
  g_object_set_data_full (G_OBJECT (widget), QUERY_KEY, query_dup (query),
                          (GDestroyNotify) query_free);
  kr_export_chooser_show (widget, slot, _ ("Export Formasi Proposal"), formats,
                          G_N_ELEMENTS (formats), name, chosen_cb);
}
