/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-test-ui"

#include "config.h"

#include "kr-test-ui.h"

#include "kr-idle-thread.h"
#include "kr-test-utils.h"

#include <glib/gstdio.h>

void
kr_test_ui_init (int *argc, char ***argv)
{
  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  /* No cursor blink either: under Xvfb without a window manager no window has the focus, and
   * the blink of a focused entry then warns that it "did not receive a focus-out event". */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, "gtk-cursor-blink",
                FALSE, NULL);
  /* No daily backup written by a worker while a test removes its folder (the memory backend
   * of the tests keeps this for the whole process); a test of the daily backup sets it back. */
  {
    g_autoptr (GSettings) settings = g_settings_new ("io.github.karier.Karier");

    g_settings_set_boolean (settings, "daily-backup", FALSE);
  }
}

static gboolean
timeout_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

void
kr_test_wait_until (gboolean (*done) (gpointer), gpointer data)
{
  gboolean timed_out = FALSE;
  /* A minute: what takes a second in the plain build can take ten under the sanitizers on a
   * loaded machine (a window of test-window was still loading its database after ten seconds
   * once); what never happens still fails, well within meson's time limit. */
  guint id = g_timeout_add_seconds (60, timeout_cb, &timed_out);

  while (!done (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (timed_out);
  g_source_remove (id);
}

void
kr_test_ui_remove_tree (const char *path)
{
  /* A minute, as for kr_test_finalize_object (): at nice 19 under the sanitizers a worker
   * takes seconds. */
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (kr_idle_threads_get_n_running () > 0 && g_get_monotonic_time () < deadline)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  g_assert_cmpuint (kr_idle_threads_get_n_running (), ==, 0);
  kr_test_spin ();
  kr_test_remove_tree (path);
}

void
kr_test_finalize_object (gpointer object)
{
  gpointer weak = object;
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  g_assert_true (G_IS_OBJECT (object));
  g_object_add_weak_pointer (object, &weak);
  g_object_unref (object);
  while (weak != NULL && g_get_monotonic_time () < deadline)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  if (weak != NULL)
    g_object_remove_weak_pointer (weak, &weak);
  g_assert_null (weak);
}

void
kr_test_spin (void)
{
  for (int i = 0; i < 20; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

static gboolean
is_drawn (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

static gboolean
frame_passed_cb (GtkWidget *widget, GdkFrameClock *clock, gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
flag_is_set (gpointer data)
{
  return *(gboolean *) data;
}

GtkWidget *
kr_test_find_descendant (GtkWidget *widget, GType type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found =
          G_TYPE_CHECK_INSTANCE_TYPE (child, type) ? child : kr_test_find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

void
kr_test_settle (GtkWidget *widget)
{
  kr_test_wait_until (is_drawn, widget);
  for (int i = 0; i < 2; i++)
    {
      gboolean passed = FALSE;

      gtk_widget_add_tick_callback (widget, frame_passed_cb, &passed, NULL);
      kr_test_wait_until (flag_is_set, &passed);
    }
}

void
kr_test_save_screenshot (GtkWidget *widget, const char *name)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "screenshots", NULL);
  g_autofree char *file = g_strconcat (name, dark ? "-dark" : "", ".png", NULL);
  g_autofree char *path = g_build_filename (dir, file, NULL);
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  int width, height;

  kr_test_settle (widget);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_mkdir_with_parents (dir, 0755);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

gboolean
kr_test_has_focus_within (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}
