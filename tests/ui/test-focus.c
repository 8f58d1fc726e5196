/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-focus"

#include "config.h"

#include <gtk/gtk.h>

#include "kr-focus.h"
#include "kr-test-ui.h"

/* kr_focus_take () and kr_focus_give_back () (kr-focus.h): a form turned insensitive while its
 * entry has the focus of an active window. Without taking the focus first, GTK 4.8's cursor
 * blink finds its entry without the focus it never lost and warns "GtkText - did not receive
 * a focus-out event", which g_test_init () makes fatal. */

typedef struct
{
  GtkWindow *window;
  GtkWidget *form;
  GtkWidget *entry;
  GtkWidget *button;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->form = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  fixture->entry = gtk_entry_new ();
  fixture->button = gtk_button_new_with_label ("OK");
  gtk_box_append (GTK_BOX (fixture->form), fixture->entry);
  gtk_box_append (GTK_BOX (box), fixture->form);
  gtk_box_append (GTK_BOX (box), fixture->button);
  gtk_window_set_child (fixture->window, box);
  gtk_window_present (fixture->window);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  gtk_window_destroy (fixture->window);
}

static gboolean
stop_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
run_main_loop (guint milliseconds)
{
  gboolean done = FALSE;

  g_timeout_add (milliseconds, stop_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
is_active (gpointer data)
{
  return gtk_window_is_active (data);
}

static void
wait_until_active (GtkWindow *window)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!is_active (window) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (is_active (window));
}

/* A busy form: the focus is taken, the form is insensitive for several blinks of the cursor,
 * then given back. Nothing warns, and the entry has the focus again. */
static void
test_busy_form (Fixture *fixture, gconstpointer data)
{
  GtkWidget *focus;

  g_object_set (gtk_settings_get_default (), "gtk-cursor-blink", TRUE, "gtk-cursor-blink-time", 200,
                NULL);
  wait_until_active (fixture->window);
  g_assert_true (gtk_widget_grab_focus (fixture->entry));
  run_main_loop (300);
  g_assert_true (kr_test_has_focus_within (fixture->entry));

  focus = kr_focus_take (fixture->form);
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, fixture->entry));
  g_assert_null (gtk_root_get_focus (GTK_ROOT (fixture->window)));
  gtk_widget_set_sensitive (fixture->form, FALSE);
  run_main_loop (1000);

  gtk_widget_set_sensitive (fixture->form, TRUE);
  kr_focus_give_back (&focus);
  g_assert_null (focus);
  g_assert_true (kr_test_has_focus_within (fixture->entry));
  run_main_loop (300);
}

/* The focus outside the form stays where it is, and is not moved back over a newer one. */
static void
test_elsewhere (Fixture *fixture, gconstpointer data)
{
  GtkWidget *focus;

  wait_until_active (fixture->window);
  g_assert_true (gtk_widget_grab_focus (fixture->button));
  g_assert_null (kr_focus_take (fixture->form));
  g_assert_true (kr_test_has_focus_within (fixture->button));

  g_assert_true (gtk_widget_grab_focus (fixture->entry));
  focus = kr_focus_take (fixture->form);
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_grab_focus (fixture->button));
  kr_focus_give_back (&focus);
  g_assert_null (focus);
  g_assert_true (kr_test_has_focus_within (fixture->button));
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/focus/busy-form", test_busy_form);
  ADD ("/focus/elsewhere", test_elsewhere);
#undef ADD
  return g_test_run ();
}
