/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kr-account.h"
#include "kr-database.h"
#include "kr-employee.h"

G_BEGIN_DECLS

/**
 * KrToolExit:
 * @KR_TOOL_EXIT_OK: the command did what was asked
 * @KR_TOOL_EXIT_FAILURE: the command could not do it (a missing file, a refused database)
 * @KR_TOOL_EXIT_USAGE: the command line was wrong (unknown command, missing argument)
 *
 * The exit statuses of karier-tool, for scripts.
 */
typedef enum
{
  KR_TOOL_EXIT_OK = 0,
  KR_TOOL_EXIT_FAILURE = 1,
  KR_TOOL_EXIT_USAGE = 2,
} KrToolExit;

typedef struct _KrToolCommand KrToolCommand;

/**
 * KrToolCommand:
 * @name: what the user types after karier-tool
 * @parameters: the positional arguments for the usage line, marked with N_()
 * @summary: a one-line description for the help, marked with N_()
 * @run: runs the command; argv[0] is @name, the rest are its arguments
 *
 * One subcommand of karier-tool, as listed in the table of main.c.
 */
struct _KrToolCommand
{
  const char *name;
  const char *parameters;
  const char *summary;
  int (*run) (const KrToolCommand *command, int argc, char **argv);
};

/**
 * kr_tool_fail:
 * @error: (transfer none): what went wrong
 *
 * Reports an operational error on stderr as "karier-tool: message".
 *
 * Returns: %KR_TOOL_EXIT_FAILURE
 */
int kr_tool_fail (const GError *error);

/**
 * kr_tool_usage_error:
 * @command: (nullable): the command whose usage was wrong, or %NULL for the tool itself
 * @message: a translated description of the mistake
 *
 * Reports a usage error on stderr and points to the relevant --help.
 *
 * Returns: %KR_TOOL_EXIT_USAGE
 */
int kr_tool_usage_error (const KrToolCommand *command, const char *message);

/**
 * kr_tool_parse_options:
 * @command: the command being run
 * @entries: (nullable): the command's options, ended by an empty entry
 * @n_arguments: how many positional arguments the command takes
 * @argc: (inout): the argument count, argv[0] being the command name
 * @argv: (inout): the arguments; options are removed
 * @status: (out): the exit status when %FALSE is returned
 *
 * Parses the options of @command, handles --help, and checks that exactly @n_arguments
 * positional arguments remain, naming a missing one from the command's parameters.
 *
 * Returns: %TRUE when the command should run, %FALSE when it should exit with @status
 */
gboolean kr_tool_parse_options (const KrToolCommand *command,
                                const GOptionEntry *entries,
                                int n_arguments,
                                int *argc,
                                char ***argv,
                                int *status);

/* The #KrEmployeeKind named by --kind (pns, cpns or pppk, in any case), or -1 when @name is
 * %NULL; on an unknown name returns FALSE with a usage message in @message. */
gboolean kr_tool_parse_employee_kind (const char *name, int *kind, char **message);

/**
 * kr_tool_parse_int:
 * @option: the option, such as "--jp", for the message
 * @text: (nullable): the text given, %NULL when the option was not given
 * @min: the lowest value allowed
 * @max: the highest value allowed
 * @value: (inout): set to the number when @text is one from @min to @max, unchanged when @text
 *   is %NULL (so it keeps the default)
 * @message: (out): on failure, "--jp: give a whole number from 1 to 2000 (got “x”)", or
 *   "--course: give a positive id (got “x”)" for the ids (@min 1, @max %G_MAXINT64)
 *
 * Parses a whole-number option given as G_OPTION_ARG_STRING, so that no value (0, -1) has to
 * stand for "not given" and every value out of range is refused the same way.
 *
 * Returns: %FALSE when @text is not a whole number from @min to @max
 */
gboolean kr_tool_parse_int (const char *option,
                            const char *text,
                            gint64 min,
                            gint64 max,
                            gint64 *value,
                            char **message);

/* kr_tool_parse_int() for a decimal number; refuses nan and inf. */
gboolean kr_tool_parse_double (const char *option,
                               const char *text,
                               double min,
                               double max,
                               double *value,
                               char **message);

/* A date option (YYYY-MM-DD or DD-MM-YYYY, kr_date_parse()); @date is left alone when @text is
 * %NULL. The message is "--start: why the date is wrong". */
gboolean kr_tool_parse_date (const char *option, const char *text, GDate *date, char **message);

/** kr_tool_info: `karier-tool info DATABASE`, a summary of a database, read-only. */
/* The id of the unit whose code is @code (--unit CODE of several commands); a clear
 * KR_ERROR_NOT_FOUND naming the code when there is none. */
gboolean kr_tool_find_unit (KrDatabase *db, const char *code, gint64 *unit_id, GError **error);

/* The employee whose NIP is @nip (--nip NIP of several commands); a clear KR_ERROR_NOT_FOUND
 * naming the option when there is none. */
KrEmployee *kr_tool_find_employee (KrDatabase *db, const char *nip, GError **error);

/* --period: "annual" or "0" for the annual evaluation, or 1 to 12. */
gboolean kr_tool_parse_period (const char *text, guint *period);

int kr_tool_info (const KrToolCommand *command, int argc, char **argv);

/**
 * kr_tool_backup: `karier-tool backup DATABASE DEST`, an online copy of a database, and
 * `backup list|create|restore|rotate DATABASE …`, its backup folder (kr-tool-backup.c).
 */
int kr_tool_backup (const KrToolCommand *command, int argc, char **argv);

/* How many backups of each automatic kind --keep keeps unless told (kr-backups.h). */
#define KR_TOOL_DEFAULT_KEEP 7

/* The --backup-dir FOLDER and --keep N options of the commands that back a database up before
 * they change it; give @keep KR_TOOL_DEFAULT_KEEP first, and check it with kr_tool_check_keep(). */
#define KR_TOOL_BACKUP_OPTIONS(backup_dir, keep)                                                   \
  { "backup-dir",                                                                                  \
    0,                                                                                             \
    0,                                                                                             \
    G_OPTION_ARG_FILENAME,                                                                         \
    &(backup_dir),                                                                                 \
    N_ ("The backup folder (default: NAME.backups beside the database)"),                          \
    N_ ("FOLDER") },                                                                               \
  {                                                                                                \
    "keep", 0, 0, G_OPTION_ARG_INT, &(keep),                                                       \
        N_ ("How many backups of each automatic kind to keep (default 7)"), "N"                    \
  }

/* Checks --keep (1 to 1000); on a bad value a usage error naming it, %FALSE and @status set. */
gboolean kr_tool_check_keep (const KrToolCommand *command, int keep, int *status);

/* Backs the database @db (opened from @database_path) up as an "import" backup into its
 * backup folder (@backup_dir, or the default), rotates the folder to @keep, and says where. */
gboolean kr_tool_back_up_before_import (KrDatabase *db,
                                        const char *database_path,
                                        const char *backup_dir,
                                        int keep,
                                        GError **error);

/**
 * kr_tool_import: `karier-tool import DATABASE FILE [--dry-run]`, an import of a SIASN
 * "data pegawai" export with a report of every row.
 */
int kr_tool_import (const KrToolCommand *command, int argc, char **argv);

/**
 * kr_tool_demo: `karier-tool demo [--employees N] [--seed S] DATABASE`, a deterministic
 * synthetic province in a new database.
 */
int kr_tool_demo (const KrToolCommand *command, int argc, char **argv);

/**
 * kr_tool_employee: `karier-tool employee list DATABASE` and `karier-tool employee show
 * DATABASE NIP`, employees as a table, text or JSON, read-only.
 */
int kr_tool_employee (const KrToolCommand *command, int argc, char **argv);

/**
 * kr_tool_report: `karier-tool report duk|list DATABASE [--unit CODE] [--paper a4|f4]
 * [--date DATE] --output FILE.pdf`, an official document as a PDF, read-only: the DUK, or the
 * Daftar Pegawai of the employees `export` would write (--search TEXT, --kind pns|cpns|pppk).
 * `report skp|evaluation|evaluation-document|follow-up DATABASE …` writes the appraisal
 * documents of one employee or, in a batch, of a whole unit (kr-tool-report-appraisal.c).
 */
int kr_tool_report (const KrToolCommand *command, int argc, char **argv);

/**
 * kr_tool_export: `karier-tool export DATABASE FILE [--format csv|xlsx] [--search TEXT]
 * [--unit CODE] [--kind pns|cpns|pppk]`, employees in the SIASN "data pegawai" columns as CSV
 * or XLSX, read-only.
 */
int kr_tool_export (const KrToolCommand *command, int argc, char **argv);

/**
 * kr_tool_bench: `karier-tool bench list|import|report|window [ARGUMENT…]`, the benchmarks of
 * tests/bench/ (shared/docs/TESTING.md): each prints its figures and never fails on time.
 */
int kr_tool_bench (const KrToolCommand *command, int argc, char **argv);

/**
 * kr_tool_user: `karier-tool user add|list|disable|enable|passwd|role DATABASE [USER]
 * [--as USER]`, the accounts of a database (kr-tool-user.c).
 */
int kr_tool_user (const KrToolCommand *command, int argc, char **argv);

/**
 * kr_tool_audit: `karier-tool audit verify|list|export DATABASE [FILE] [--user USER]
 * [--entity ENTITY] [--employee NIP] [--action ACTION] [--since DATE] [--until DATE]
 * [--limit N] [--as USER]`, the audit trail, read-only (kr-tool-audit.c).
 */
int kr_tool_audit (const KrToolCommand *command, int argc, char **argv);

/**
 * kr_tool_appraisal: `karier-tool appraisal start|list|show|apply|import-pp46|cycle DATABASE
 * …`, performance appraisals through the appraisal repository (kr-tool-appraisal.c).
 */
int kr_tool_appraisal (const KrToolCommand *command, int argc, char **argv);

/**
 * kr_tool_training: `karier-tool training course|session|nominate|enrolment|compliance|budget|
 * plan|needs|mentoring|import DATABASE …`, competence development through the training
 * repository (kr-tool-training.c).
 */
int kr_tool_training (const KrToolCommand *command, int argc, char **argv);

/**
 * kr_tool_promotion: `karier-tool promotion candidates|list|propose|documents|move|decree|
 * retirement DATABASE …`, kenaikan pangkat and retirement through the promotion repository
 * (kr-tool-promotion.c).
 */
int kr_tool_promotion (const KrToolCommand *command, int argc, char **argv);

/*
 * kr_tool_vacancy: `karier-tool vacancy list|need|formasi DATABASE …`, vacancies and the formasi
 * proposal through the vacancy repository (kr-tool-vacancy.c).
 */
int kr_tool_vacancy (const KrToolCommand *command, int argc, char **argv);

/**
 * kr_tool_talent: `karier-tool talent grid|box|placement|assess|succession DATABASE …`, the
 * talent pool (9-box) and succession through the talent repository (kr-tool-talent.c).
 */
int kr_tool_talent (const KrToolCommand *command, int argc, char **argv);

/**
 * kr_tool_selection: `karier-tool selection list|show|create|move|stage|panel|candidate|score|
 * publish|ranking DATABASE …`, open selections through the selection repository
 * (kr-tool-selection.c).
 */
int kr_tool_selection (const KrToolCommand *command, int argc, char **argv);

/**
 * kr_tool_read_password:
 * @prompt: what to ask, such as "Password of sri: "
 * @error: return location for a #GError
 *
 * Reads a password, never from the command line: from the terminal without echo, @prompt
 * written to stderr; or, when the standard input is not a terminal (scripts and tests), its
 * next line, without a prompt. Reads byte by byte, so that the following lines stay for the
 * next call. Fails with %KR_ERROR_INVALID at the end of the input.
 *
 * Returns: (transfer full) (nullable): the password; free it with kr_password_free()
 */
KrPassword *kr_tool_read_password (const char *prompt, GError **error);

/**
 * kr_tool_read_new_password:
 * @prompt: what to ask, such as "New password of sri: "
 * @error: return location for a #GError
 *
 * kr_tool_read_password() for a new password: checked with kr_account_check_password(), and
 * asked twice on a terminal (once from standard input).
 *
 * Returns: (transfer full) (nullable): the password; free it with kr_password_free()
 */
KrPassword *kr_tool_read_new_password (const char *prompt, GError **error);

/**
 * kr_tool_authenticate:
 * @db: an open database
 * @user_name: the account to sign in as
 * @password: its password
 * @error: return location for a #GError
 *
 * Signs in to @db: checks @password (kr_account_repository_authenticate()) and sets the
 * identity of @db.
 *
 * Returns: %TRUE when signed in
 */
gboolean
kr_tool_authenticate (KrDatabase *db, const char *user_name, const char *password, GError **error);

/**
 * kr_tool_sign_in:
 * @db: an open database
 * @as_user: (nullable): the account given with --as USER
 * @error: return location for a #GError
 *
 * Signs in as a command that reads or writes @db must: when @db has accounts, it requires
 * @as_user (otherwise %KR_ERROR_PERMISSION_DENIED, "sign in with --as USER"), reads its
 * password with kr_tool_read_password() (the first line of standard input in scripts) and
 * sets the identity of @db, so that the repositories allow what its role allows. When @db
 * has no accounts yet, it does nothing, whatever @as_user. Call it right after opening @db,
 * before reading from standard input for anything else; the command's --as option should
 * say "Sign in as this account; its password is read from the terminal, or from the first
 * line of standard input".
 *
 * Returns: %TRUE when the command may go on
 */
gboolean kr_tool_sign_in (KrDatabase *db, const char *as_user, GError **error);

/* The --as USER option of the commands that read or write a database with accounts; pass the
 * string to kr_tool_sign_in() right after opening the database. */
#define KR_TOOL_AS_OPTION(as_user)                                                                 \
  {                                                                                                \
    "as", 0, 0, G_OPTION_ARG_STRING, &(as_user),                                                   \
        N_ ("Sign in as this account; its password is read from the terminal, or from the first "  \
            "line of standard input"),                                                             \
        N_ ("USER")                                                                                \
  }

G_END_DECLS
