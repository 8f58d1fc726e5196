/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "karier"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "kr-application.h"

int
main (int argc, char *argv[])
{
  g_autoptr (KrApplication) app = NULL;
  const char *localedir = g_getenv ("KARIER_LOCALEDIR");

  /* KARIER_LOCALEDIR lets a build tree use its own translations (meson devenv sets it). */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_ ("Karier"));
  app = kr_application_new (APPLICATION_ID, G_APPLICATION_HANDLES_COMMAND_LINE);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
