/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-user"

#include "config.h"

#include "kr-tool.h"

#include <string.h>

#include <glib/gstdio.h>

#include "kr-account-repository.h"
#include "kr-database.h"
#include "kr-employee-repository.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-unit-repository.h"

/* The subcommands, with the usage their --help shows. */
static const KrToolCommand add_command = {
  "user add", N_ ("DATABASE USER"),
  N_ ("Add an account. Its password is read from the terminal, or from standard input after "
      "the password of --as. The first account of a database needs no --as and must be an "
      "administrator."),
  NULL
};

static const KrToolCommand list_command = {
  "user list", N_ ("DATABASE"),
  N_ ("List the accounts: user name, name, role, unit, employee and whether disabled"), NULL
};

static const KrToolCommand disable_command = { "user disable", N_ ("DATABASE USER"),
                                               N_ ("Disable an account: it can no longer sign in"),
                                               NULL };

static const KrToolCommand enable_command = { "user enable", N_ ("DATABASE USER"),
                                              N_ ("Enable a disabled account again"), NULL };

static const KrToolCommand passwd_command = {
  "user passwd", N_ ("DATABASE USER"),
  N_ ("Set a new password: your own, with --as yourself and your current password, or, as an "
      "administrator, anyone's. The new password is read after the password of --as."),
  NULL
};

static const KrToolCommand role_command = {
  "user role", N_ ("DATABASE USER"),
  N_ ("Change the role of an account, and the unit a unit head leads"), NULL
};

/* What --role accepts, in the order of #KrRole. */
static const char *const role_names[KR_N_ROLES] = {
  [KR_ROLE_ADMINISTRATOR] = "administrator",
  [KR_ROLE_HR_OPERATOR] = "hr-operator",
  [KR_ROLE_UNIT_HEAD] = "unit-head",
  [KR_ROLE_VIEWER] = "viewer",
};

static gboolean
parse_role (const char *name, KrRole *role, char **message)
{
  g_autofree char *dashed = NULL;

  if (name == NULL)
    {
      *message = g_strdup (_ ("missing --role: administrator, hr-operator, unit-head or viewer"));
      return FALSE;
    }
  dashed = g_strdelimit (g_ascii_strdown (name, -1), "_", '-');
  for (KrRole r = 0; r < KR_N_ROLES; r++)
    {
      if (strcmp (dashed, role_names[r]) == 0)
        {
          *role = r;
          return TRUE;
        }
    }
  *message = g_strdup_printf (
      _ ("unknown role “%s”; use administrator, hr-operator, unit-head or viewer"), name);
  return FALSE;
}

static KrDatabase *
open_database (const char *path, KrDatabaseFlags flags, GError **error)
{
  return kr_database_open (path, flags, error);
}

/* Opens the database and signs in as @as_user when it has accounts. */
static KrDatabase *
open_signed_in (const char *path, const char *as_user, GError **error)
{
  g_autoptr (KrDatabase) db = open_database (path, KR_DATABASE_FLAGS_NO_CREATE, error);

  if (db == NULL || !kr_tool_sign_in (db, as_user, error))
    return NULL;
  return g_steal_pointer (&db);
}

/* Sets the unit (--unit CODE) and the employee (--employee NIP) of @account. */
static gboolean
resolve_references (KrDatabase *db,
                    const char *unit_code,
                    const char *nip,
                    KrAccount *account,
                    GError **error)
{
  g_autoptr (KrEmployeeRepository) employees = NULL;
  g_autoptr (KrEmployee) employee = NULL;

  account->unit_id = 0;
  if (unit_code != NULL && !kr_tool_find_unit (db, unit_code, &account->unit_id, error))
    return FALSE;
  if (nip == NULL)
    return TRUE;
  employees = kr_employee_repository_new (db);
  employee = kr_employee_repository_get_by_nip (employees, nip, error);
  if (employee == NULL)
    return FALSE;
  account->employee_id = kr_employee_get_id (employee);
  return TRUE;
}

static KrAccount *
find_account (KrDatabase *db, const char *user_name, GError **error)
{
  g_autoptr (KrAccountRepository) accounts = kr_account_repository_new (db);

  return kr_account_repository_get_by_user_name (accounts, user_name, error);
}

/* Removes a database file that this run created, with SQLite's companions. */
static void
remove_created (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);

      g_remove (name);
    }
}

/* add */

/* Signs in for adding: nobody for the first account, which must be an administrator. */
static gboolean
sign_in_to_add (KrDatabase *db, const char *as_user, KrRole role, GError **error)
{
  gboolean has_accounts = FALSE;

  if (!kr_database_has_accounts (db, &has_accounts, error))
    return FALSE;
  if (has_accounts)
    return kr_tool_sign_in (db, as_user, error);
  if (as_user != NULL)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("This database has no accounts yet, so there is nobody to sign in as: leave "
                      "out --as to add its first administrator"));
      return FALSE;
    }
  if (role != KR_ROLE_ADMINISTRATOR)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The first account must be an administrator, who can then add the others"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
add_account (KrDatabase *db,
             const char *user_name,
             const char *display_name,
             KrRole role,
             const char *unit_code,
             const char *nip,
             const char *as_user,
             GError **error)
{
  g_autoptr (KrAccountRepository) accounts = kr_account_repository_new (db);
  g_autoptr (KrAccount) account = kr_account_new ();
  g_autoptr (KrPassword) password = NULL;
  g_autofree char *prompt = NULL;

  if (!sign_in_to_add (db, as_user, role, error))
    return FALSE;
  account->user_name = g_strdup (user_name);
  account->display_name = g_strdup (display_name != NULL ? display_name : user_name);
  account->role = role;
  if (!resolve_references (db, unit_code, nip, account, error))
    return FALSE;
  /* Translators: %s is a user name */
  prompt = g_strdup_printf (_ ("Password of the new account %s: "), user_name);
  password = kr_tool_read_new_password (prompt, error);
  return password != NULL && kr_account_repository_add (accounts, account, password, error) != 0;
}

static int
run_add (int argc, char **argv)
{
  g_autofree char *display_name = NULL;
  g_autofree char *role_name = NULL;
  g_autofree char *unit_code = NULL;
  g_autofree char *nip = NULL;
  g_autofree char *as_user = NULL;
  const GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &display_name,
      N_ ("The name shown for the account, such as its owner's full name (default: USER)"),
      N_ ("NAME") },
    { "role", 0, 0, G_OPTION_ARG_STRING, &role_name, N_ ("What the account may do"),
      N_ ("administrator|hr-operator|unit-head|viewer") },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit_code,
      N_ ("For a unit head, the code of the unit they lead"), N_ ("CODE") },
    { "employee", 0, 0, G_OPTION_ARG_STRING, &nip,
      N_ ("The NIP of the employee who owns the account"), N_ ("NIP") },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  KrRole role = KR_ROLE_VIEWER;
  gboolean existed, ok;
  int status;

  if (!kr_tool_parse_options (&add_command, entries, 2, &argc, &argv, &status))
    return status;
  if (!parse_role (role_name, &role, &message))
    return kr_tool_usage_error (&add_command, message);

  /* The set-up of a new database: adding its first administrator creates the file. */
  existed = g_file_test (argv[1], G_FILE_TEST_EXISTS);
  db = open_database (argv[1], KR_DATABASE_FLAGS_NONE, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  ok = add_account (db, argv[2], display_name, role, unit_code, nip, as_user, &error);
  g_clear_object (&db);
  if (!ok)
    {
      if (!existed)
        remove_created (argv[1]);
      return kr_tool_fail (error);
    }
  /* Translators: a user name, then a role such as “HR operator” */
  g_print (_ ("Added the account “%s”, %s.\n"), argv[2], kr_role_get_label (role));
  return KR_TOOL_EXIT_OK;
}

/* list */

/* The unit code and the NIP that @account refers to, for the table. */
static gboolean
describe_references (KrDatabase *db,
                     const KrAccount *account,
                     char **unit,
                     char **nip,
                     GError **error)
{
  if (account->unit_id != 0)
    {
      g_autoptr (KrUnitRepository) units = kr_unit_repository_new (db);
      g_autoptr (KrUnit) found = kr_unit_repository_get (units, account->unit_id, error);

      if (found == NULL)
        return FALSE;
      *unit = g_strdup (found->code);
    }
  if (account->employee_id != 0)
    {
      g_autoptr (KrEmployeeRepository) employees = kr_employee_repository_new (db);
      g_autoptr (KrEmployee) employee =
          kr_employee_repository_get (employees, account->employee_id, error);

      if (employee == NULL)
        return FALSE;
      *nip = g_strdup (kr_employee_get_nip (employee));
    }
  return TRUE;
}

static void
print_row (char **cells, const int *widths, guint n)
{
  GString *line = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      const char *cell = cells[i] != NULL ? cells[i] : "";

      g_string_append (line, cell);
      if (i + 1 < n)
        for (int pad = (int) g_utf8_strlen (cell, -1); pad < widths[i] + 2; pad++)
          g_string_append_c (line, ' ');
    }
  /* No trailing spaces when the last cells are empty. */
  while (line->len > 0 && line->str[line->len - 1] == ' ')
    g_string_truncate (line, line->len - 1);
  g_print ("%s\n", line->str);
  g_string_free (line, TRUE);
}

enum
{
  COLUMN_USER_NAME,
  COLUMN_NAME,
  COLUMN_ROLE,
  COLUMN_UNIT,
  COLUMN_EMPLOYEE,
  COLUMN_STATUS,
  N_COLUMNS
};

static void
print_accounts (GPtrArray *rows)
{
  int widths[N_COLUMNS] = { 0 };

  for (guint r = 0; r < rows->len; r++)
    {
      char **cells = g_ptr_array_index (rows, r);

      for (guint i = 0; i < N_COLUMNS; i++)
        widths[i] = MAX (widths[i], cells[i] != NULL ? (int) g_utf8_strlen (cells[i], -1) : 0);
    }
  for (guint r = 0; r < rows->len; r++)
    print_row (g_ptr_array_index (rows, r), widths, N_COLUMNS);
}

/* A row of cells, any of which may be NULL (g_strfreev () would stop at the first). */
static void
free_cells (char **cells)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    g_free (cells[i]);
  g_free (cells);
}

/* The headings, always N_COLUMNS of them whatever the translation. */
static char **
split_headings (void)
{
  /* Translators: the six column headings of “karier-tool user list”, separated by “|” */
  g_auto (GStrv) split =
      g_strsplit (_ ("User name|Name|Role|Unit|Employee|Status"), "|", N_COLUMNS);
  char **headings = g_new0 (char *, N_COLUMNS + 1);

  for (guint i = 0; i < N_COLUMNS && split[i] != NULL; i++)
    headings[i] = g_strdup (split[i]);
  return headings;
}

static int
run_list (int argc, char **argv)
{
  g_autofree char *as_user = NULL;
  const GOptionEntry entries[] = {
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrAccountRepository) accounts = NULL;
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) free_cells);
  g_autoptr (GError) error = NULL;
  int status;

  if (!kr_tool_parse_options (&list_command, entries, 1, &argc, &argv, &status))
    return status;
  db = open_signed_in (argv[1], as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  accounts = kr_account_repository_new (db);
  list = kr_account_repository_list (accounts, &error);
  if (list == NULL)
    return kr_tool_fail (error);

  g_ptr_array_add (rows, split_headings ());
  for (guint i = 0; i < list->len; i++)
    {
      const KrAccount *account = g_ptr_array_index (list, i);
      char **cells = g_new0 (char *, N_COLUMNS + 1);

      g_ptr_array_add (rows, cells);
      cells[COLUMN_USER_NAME] = g_strdup (account->user_name);
      cells[COLUMN_NAME] = g_strdup (account->display_name);
      cells[COLUMN_ROLE] = g_strdup (kr_role_get_label (account->role));
      cells[COLUMN_STATUS] =
          g_strdup (account->disabled ? C_ ("account", "disabled") : C_ ("account", "enabled"));
      if (!describe_references (db, account, &cells[COLUMN_UNIT], &cells[COLUMN_EMPLOYEE], &error))
        return kr_tool_fail (error);
    }
  print_accounts (rows);
  return KR_TOOL_EXIT_OK;
}

/* disable, enable */

static int
run_set_disabled (const KrToolCommand *command, gboolean disabled, int argc, char **argv)
{
  g_autofree char *as_user = NULL;
  const GOptionEntry entries[] = {
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrAccountRepository) accounts = NULL;
  g_autoptr (KrAccount) account = NULL;
  g_autoptr (GError) error = NULL;
  int status;

  if (!kr_tool_parse_options (command, entries, 2, &argc, &argv, &status))
    return status;
  db = open_signed_in (argv[1], as_user, &error);
  if (db == NULL || (account = find_account (db, argv[2], &error)) == NULL)
    return kr_tool_fail (error);
  accounts = kr_account_repository_new (db);
  if (!kr_account_repository_set_disabled (accounts, account->id, disabled, &error))
    return kr_tool_fail (error);
  if (disabled)
    g_print (_ ("Disabled the account “%s”: it can no longer sign in.\n"), account->user_name);
  else
    g_print (_ ("Enabled the account “%s”.\n"), account->user_name);
  return KR_TOOL_EXIT_OK;
}

/* passwd */

/* Changes the signed-in account's own password: the current one signs in, then the new one
 * replaces it. */
static gboolean
change_own_password (KrDatabase *db, const char *user_name, GError **error)
{
  g_autoptr (KrAccountRepository) accounts = kr_account_repository_new (db);
  g_autoptr (KrPassword) current = NULL;
  g_autoptr (KrPassword) password = NULL;
  g_autofree char *prompt = NULL;

  /* Translators: %s is a user name */
  prompt = g_strdup_printf (_ ("Current password of %s: "), user_name);
  current = kr_tool_read_password (prompt, error);
  if (current == NULL || !kr_tool_authenticate (db, user_name, current, error))
    return FALSE;
  g_free (prompt);
  /* Translators: %s is a user name */
  prompt = g_strdup_printf (_ ("New password of %s: "), user_name);
  password = kr_tool_read_new_password (prompt, error);
  return password != NULL &&
         kr_account_repository_change_own_password (accounts, current, password, error);
}

/* An administrator gives another account a new password. */
static gboolean
reset_password (KrDatabase *db, const char *user_name, const char *as_user, GError **error)
{
  g_autoptr (KrAccountRepository) accounts = kr_account_repository_new (db);
  g_autoptr (KrAccount) account = NULL;
  g_autoptr (KrPassword) password = NULL;
  g_autofree char *prompt = NULL;

  if (!kr_tool_sign_in (db, as_user, error) ||
      (account = find_account (db, user_name, error)) == NULL)
    return FALSE;
  /* Translators: %s is a user name */
  prompt = g_strdup_printf (_ ("New password of %s: "), account->user_name);
  password = kr_tool_read_new_password (prompt, error);
  return password != NULL &&
         kr_account_repository_reset_password (accounts, account->id, password, error);
}

static int
run_passwd (int argc, char **argv)
{
  g_autofree char *as_user = NULL;
  const GOptionEntry entries[] = {
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (GError) error = NULL;
  gboolean ok;
  int status;

  if (!kr_tool_parse_options (&passwd_command, entries, 2, &argc, &argv, &status))
    return status;
  db = open_database (argv[1], KR_DATABASE_FLAGS_NO_CREATE, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  /* User names compare like the account table's NOCASE column. */
  if (as_user != NULL && g_ascii_strcasecmp (as_user, argv[2]) == 0)
    ok = change_own_password (db, as_user, &error);
  else
    ok = reset_password (db, argv[2], as_user, &error);
  if (!ok)
    return kr_tool_fail (error);
  g_print (_ ("Changed the password of “%s”.\n"), argv[2]);
  return KR_TOOL_EXIT_OK;
}

/* role */

static int
run_role (int argc, char **argv)
{
  g_autofree char *role_name = NULL;
  g_autofree char *unit_code = NULL;
  g_autofree char *as_user = NULL;
  const GOptionEntry entries[] = {
    { "role", 0, 0, G_OPTION_ARG_STRING, &role_name, N_ ("What the account may do"),
      N_ ("administrator|hr-operator|unit-head|viewer") },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit_code,
      N_ ("For a unit head, the code of the unit they lead"), N_ ("CODE") },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrAccountRepository) accounts = NULL;
  g_autoptr (KrAccount) account = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  KrRole role = KR_ROLE_VIEWER;
  int status;

  if (!kr_tool_parse_options (&role_command, entries, 2, &argc, &argv, &status))
    return status;
  if (!parse_role (role_name, &role, &message))
    return kr_tool_usage_error (&role_command, message);
  db = open_signed_in (argv[1], as_user, &error);
  if (db == NULL || (account = find_account (db, argv[2], &error)) == NULL)
    return kr_tool_fail (error);
  account->role = role;
  accounts = kr_account_repository_new (db);
  if (!resolve_references (db, unit_code, NULL, account, &error) ||
      !kr_account_repository_update (accounts, account, &error))
    return kr_tool_fail (error);
  /* Translators: a user name, then a role such as “Unit head” */
  g_print (_ ("“%s” is now %s.\n"), account->user_name, kr_role_get_label (role));
  return KR_TOOL_EXIT_OK;
}

static void
print_user_help (const KrToolCommand *command)
{
  const KrToolCommand *subcommands[] = { &add_command,    &list_command,   &disable_command,
                                         &enable_command, &passwd_command, &role_command };

  g_print (_ ("Usage: karier-tool user SUBCOMMAND DATABASE [USER] [OPTION…]\n"));
  g_print ("\n%s\n\n", _ (command->summary));
  g_print ("%s\n", _ ("Subcommands:"));
  for (guint i = 0; i < G_N_ELEMENTS (subcommands); i++)
    g_print ("  %-7s  %s\n", subcommands[i]->name + strlen ("user "), _ (subcommands[i]->summary));
  g_print ("\n%s\n",
           _ ("A database with accounts needs an administrator to sign in with --as USER; the "
              "first account of a new database needs nobody and must be an administrator."));
  g_print ("\n%s\n",
           _ ("Passwords are never given on the command line. They are read from the terminal, "
              "unseen, or, when the standard input is not a terminal, one a line from it: first "
              "the password of --as, then the new password (add, passwd)."));
  g_print ("\n%s\n", _ ("Run “karier-tool user SUBCOMMAND --help” to see how to use it."));
}

int
kr_tool_user (const KrToolCommand *command, int argc, char **argv)
{
  g_autofree char *message = NULL;

  if (argc < 2)
    return kr_tool_usage_error (
        command, _ ("missing subcommand: add, list, disable, enable, passwd or role"));
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      print_user_help (command);
      return KR_TOOL_EXIT_OK;
    }
  if (g_str_equal (argv[1], "add"))
    return run_add (argc - 1, argv + 1);
  if (g_str_equal (argv[1], "list"))
    return run_list (argc - 1, argv + 1);
  if (g_str_equal (argv[1], "disable"))
    return run_set_disabled (&disable_command, TRUE, argc - 1, argv + 1);
  if (g_str_equal (argv[1], "enable"))
    return run_set_disabled (&enable_command, FALSE, argc - 1, argv + 1);
  if (g_str_equal (argv[1], "passwd"))
    return run_passwd (argc - 1, argv + 1);
  if (g_str_equal (argv[1], "role"))
    return run_role (argc - 1, argv + 1);
  /* Translators: %s is what the user typed after “karier-tool user” */
  message = g_strdup_printf (
      _ ("unknown subcommand “%s”; use add, list, disable, enable, passwd or role"), argv[1]);
  return kr_tool_usage_error (command, message);
}
