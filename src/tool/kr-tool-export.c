/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-export"

#include "config.h"

#include "kr-tool.h"

#include <string.h>

#include "kr-database.h"
#include "kr-employee-export.h"
#include "kr-employee.h"
#include "kr-error.h"
#include "kr-i18n.h"

typedef enum
{
  FORMAT_CSV,
  FORMAT_XLSX,
} Format;

/* The format named by --format, or else by the file's extension. */
static gboolean
parse_format (const char *name, const char *file, Format *format, char **message)
{
  g_autofree char *base = g_path_get_basename (file);
  const char *extension = strrchr (base, '.');
  const char *given = name != NULL ? name : extension != NULL ? extension + 1 : "";

  if (g_ascii_strcasecmp (given, "csv") == 0)
    *format = FORMAT_CSV;
  else if (g_ascii_strcasecmp (given, "xlsx") == 0)
    *format = FORMAT_XLSX;
  else if (name == NULL)
    *message = g_strdup (_ ("cannot tell the format from the file name; use --format csv or "
                            "--format xlsx"));
  else
    *message = g_strdup_printf (_ ("--format: unknown format “%s”; use csv or xlsx"), name);
  return *message == NULL;
}

static KrDatabase *
open_database (const char *path, GError **error)
{
  g_autoptr (KrDatabase) db = NULL;

  /* An export only reads: never create, upgrade or change the file. */
  db = kr_database_open (path, KR_DATABASE_FLAGS_READ_ONLY, error);
  if (db == NULL)
    return NULL;
  if (kr_database_needs_upgrade (db))
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, KR_ERROR, KR_ERROR_READ_ONLY,
                   _ ("“%s” has an older format; open it with Karier once to upgrade it, then "
                      "export again"),
                   name);
      return NULL;
    }
  return g_steal_pointer (&db);
}

static void
count_cb (guint64 done, guint64 total, gpointer user_data)
{
  *(guint64 *) user_data = total;
}

/* Writes the file; on success sets @n_written. */
static gboolean export(KrDatabase *db,
                       const char *unit_code,
                       const char *search,
                       int kind,
                       Format format,
                       const char *path,
                       guint64 *n_written,
                       GError **error)
{
  g_autoptr (KrEmployeeRepository) employees = kr_employee_repository_new (db);
  g_autoptr (KrUnitRepository) units = kr_unit_repository_new (db);
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
  gint64 unit_id = 0;

  if (unit_code != NULL && !kr_tool_find_unit (db, unit_code, &unit_id, error))
    return FALSE;
  kr_employee_query_set_unit (query, unit_id);
  kr_employee_query_set_search (query, search);
  kr_employee_query_set_employee_kind (query, kind);
  kr_employee_query_set_sort (query, KR_EMPLOYEE_SORT_NAME, FALSE);
  if (format == FORMAT_XLSX)
    return kr_employee_export_xlsx (employees, units, query, path, count_cb, n_written, NULL,
                                    error);
  return kr_employee_export_csv_file (employees, units, query, path, KR_EMPLOYEE_EXPORT_NONE,
                                      count_cb, n_written, NULL, error);
}

int
kr_tool_export (const KrToolCommand *command, int argc, char **argv)
{
  g_autofree char *format_name = NULL;
  g_autofree char *search = NULL;
  g_autofree char *unit_code = NULL;
  g_autofree char *kind_name = NULL;
  g_autofree char *as_user = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_ ("csv or xlsx (default: from the file name)"), N_ ("FORMAT") },
    { "search", 's', 0, G_OPTION_ARG_STRING, &search,
      N_ ("Only employees whose name, NIP, position or unit have words starting with TEXT"),
      N_ ("TEXT") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_code,
      N_ ("Only employees of the unit with this code and the units below it"), N_ ("CODE") },
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind_name, N_ ("Only employees of this kind"),
      N_ ("pns|cpns|pppk") },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *display_path = NULL;
  guint64 n_written = 0;
  Format format = FORMAT_CSV;
  int status, kind;

  if (!kr_tool_parse_options (command, entries, 2, &argc, &argv, &status))
    return status;
  if (!parse_format (format_name, argv[2], &format, &message) ||
      !kr_tool_parse_employee_kind (kind_name, &kind, &message))
    return kr_tool_usage_error (command, message);

  db = open_database (argv[1], &error);
  if (db == NULL || !kr_tool_sign_in (db, as_user, &error) ||
      !export(db, unit_code, search, kind, format, argv[2], &n_written, &error))
    return kr_tool_fail (error);

  display_path = g_filename_display_name (argv[2]);
  /* Translators: %u is a number of employees, %s a file name */
  g_print (g_dngettext (GETTEXT_PACKAGE, "Exported %u employee to “%s”.\n",
                        "Exported %u employees to “%s”.\n", n_written),
           (guint) n_written, display_path);
  return KR_TOOL_EXIT_OK;
}
