/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-sign-in"

#include "config.h"

#include "kr-tool.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "kr-account-repository.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* Room for the longest password kr_account_check_password() allows, in any script. */
#define MAX_LINE_BYTES (KR_ACCOUNT_PASSWORD_MAX_LENGTH * 4)

/* The terminal's settings while echo is off, restored by a signal that ends the program
 * there, so that Control-C does not leave the shell blind. */
static struct termios saved_termios;
static volatile sig_atomic_t echo_off;

static void
restore_echo_cb (int signum)
{
  if (echo_off)
    tcsetattr (STDIN_FILENO, TCSAFLUSH, &saved_termios);
  signal (signum, SIG_DFL);
  raise (signum);
}

static void
wipe_free (char *buffer, gsize size)
{
  explicit_bzero (buffer, size);
  g_free (buffer);
}

/* Reads one line from the standard input byte by byte, so that nothing past it is buffered
 * away from the next reader, and without its end of line. */
static KrPassword *
read_line (GError **error)
{
  char *buffer = g_malloc0 (MAX_LINE_BYTES + 1);
  gsize length = 0;
  gboolean ended = FALSE;
  char c;
  ssize_t n;

  while ((n = read (STDIN_FILENO, &c, 1)) != 0)
    {
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          wipe_free (buffer, MAX_LINE_BYTES + 1);
          g_set_error (error, KR_ERROR, KR_ERROR_STORAGE, _ ("Could not read the password: %s"),
                       g_strerror (saved_errno));
          return NULL;
        }
      if (c == '\0' || length == MAX_LINE_BYTES)
        {
          wipe_free (buffer, MAX_LINE_BYTES + 1);
          g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                       _ ("The password is too long or is not text"));
          return NULL;
        }
      if (c == '\n')
        {
          ended = TRUE;
          break;
        }
      buffer[length++] = c;
    }
  if (length > 0 && buffer[length - 1] == '\r')
    buffer[--length] = '\0';
  if (length == 0 && !ended)
    {
      wipe_free (buffer, MAX_LINE_BYTES + 1);
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("No password was given: type it when asked, or give it on a line of the "
                      "standard input"));
      return NULL;
    }
  return buffer;
}

/* Reads a line from the terminal with echo off. */
static KrPassword *
read_hidden_line (const char *prompt, GError **error)
{
  struct termios hidden;
  struct sigaction action = { 0 }, old_int, old_term;
  KrPassword *password;

  if (tcgetattr (STDIN_FILENO, &saved_termios) != 0)
    {
      g_printerr ("%s", prompt);
      return read_line (error);
    }
  hidden = saved_termios;
  hidden.c_lflag &= ~(tcflag_t) ECHO;
  hidden.c_lflag |= ECHONL;
  action.sa_handler = restore_echo_cb;
  sigaction (SIGINT, &action, &old_int);
  sigaction (SIGTERM, &action, &old_term);
  /* Echo goes off before the prompt shows, as getpass() does, so that nothing typed after
   * the prompt is ever shown. */
  echo_off = tcsetattr (STDIN_FILENO, TCSAFLUSH, &hidden) == 0;
  g_printerr ("%s", prompt);
  password = read_line (error);
  if (echo_off)
    tcsetattr (STDIN_FILENO, TCSANOW, &saved_termios);
  echo_off = FALSE;
  sigaction (SIGINT, &old_int, NULL);
  sigaction (SIGTERM, &old_term, NULL);
  return password;
}

KrPassword *
kr_tool_read_password (const char *prompt, GError **error)
{
  g_return_val_if_fail (prompt != NULL, NULL);

  if (isatty (STDIN_FILENO))
    return read_hidden_line (prompt, error);
  return read_line (error);
}

KrPassword *
kr_tool_read_new_password (const char *prompt, GError **error)
{
  g_autoptr (KrPassword) password = NULL;
  g_autoptr (KrPassword) again = NULL;

  g_return_val_if_fail (prompt != NULL, NULL);

  password = kr_tool_read_password (prompt, error);
  if (password == NULL || !kr_account_check_password (password, error))
    return NULL;
  /* A script gives it once; a person types it twice, unseen. */
  if (!isatty (STDIN_FILENO))
    return g_steal_pointer (&password);
  again = kr_tool_read_password (_ ("Type the password again: "), error);
  if (again == NULL)
    return NULL;
  if (strcmp (password, again) != 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The two passwords differ; nothing was changed"));
      return NULL;
    }
  return g_steal_pointer (&password);
}

gboolean
kr_tool_authenticate (KrDatabase *db, const char *user_name, const char *password, GError **error)
{
  g_autoptr (KrAccountRepository) accounts = kr_account_repository_new (db);
  g_autoptr (KrIdentity) identity = NULL;

  if (!kr_account_repository_authenticate (accounts, user_name, password, &identity, NULL, error))
    return FALSE;
  kr_database_set_identity (db, identity);
  return TRUE;
}

gboolean
kr_tool_sign_in (KrDatabase *db, const char *as_user, GError **error)
{
  g_autoptr (KrPassword) password = NULL;
  g_autofree char *prompt = NULL;
  gboolean has_accounts = FALSE;

  g_return_val_if_fail (KR_IS_DATABASE (db), FALSE);

  if (!kr_database_has_accounts (db, &has_accounts, error))
    return FALSE;
  if (!has_accounts)
    return TRUE;
  if (as_user == NULL)
    {
      g_autofree char *name = g_filename_display_name (kr_database_get_path (db));

      g_set_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED,
                   /* Translators: %s is a file name; keep --as USER as it is */
                   _ ("“%s” has accounts: sign in with --as USER"), name);
      return FALSE;
    }
  /* Translators: %s is a user name */
  prompt = g_strdup_printf (_ ("Password of %s: "), as_user);
  password = kr_tool_read_password (prompt, error);
  return password != NULL && kr_tool_authenticate (db, as_user, password, error);
}
