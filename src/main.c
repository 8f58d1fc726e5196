/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "karier"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "kr-application.h"

/* Run from the build tree (./build/src/karier), the settings schema and translations are not
 * installed: use the ones built beside the program. GSettings caches its schema source at
 * first use, so this decides from the program's own path before anything touches it. */
static gboolean
use_build_tree_data (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *prefix = g_strconcat (BUILD_ROOT, G_DIR_SEPARATOR_S, NULL);

  if (exe == NULL || !g_str_has_prefix (exe, prefix))
    return FALSE;

  if (g_getenv ("GSETTINGS_SCHEMA_DIR") == NULL)
    g_setenv ("GSETTINGS_SCHEMA_DIR", BUILD_SCHEMA_DIR, TRUE);
  return TRUE;
}

int
main (int argc, char *argv[])
{
  g_autoptr (KrApplication) app = NULL;
  gboolean uninstalled = use_build_tree_data ();
  const char *localedir = g_getenv ("KARIER_LOCALEDIR");

  /* KARIER_LOCALEDIR lets a build tree use its own translations (meson devenv sets it). */
  if (localedir == NULL && uninstalled)
    localedir = BUILD_LOCALEDIR;
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_ ("Karier"));
  app = kr_application_new (APPLICATION_ID, G_APPLICATION_HANDLES_COMMAND_LINE);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
