/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-window"

#include "config.h"

#include <stdlib.h>

#include "kr-application.h"
#include "kr-bench.h"
#include "kr-employee-private.h"
#include "kr-employees-page.h"
#include "kr-window-private.h"

/* `karier-tool bench window DATABASE`: the real application on a database, as a user starts
 * it. It prints the time from the start of the program to the first frame that shows rows of
 * the employee list, then scrolls the list a page a frame, with a jump to a random place
 * every 20 pages, and prints how long the frames took (those of the jumps apart), and the
 * peak memory of the process. --settle S first leaves the list shown for S seconds, as a
 * user reads it, so that background work started at open (the list's survey) can end. With
 * --search it then types searches: the first keystroke, frames while the search index is read
 * in the background, then a search every few frames. --back then clears the search and
 * scrolls the whole list again as before, as a user back from a search. Run it under a
 * display (xvfb-run). */

#define STALL_MS 50.0

typedef struct
{
  KrApplication *app;
  GtkWindow *window;
  GtkColumnView *column_view;
  double start_ms;
  double populated_ms;
  double shown_ms;
  guint n_items;
  int pages_wanted;
  int pages_done;
  double last_frame_ms;
  GArray *frame_times;
  GArray *jump_times; /* of the frames that show a jump's place */
  gboolean jumped;    /* the last frame set a jump */
  double settle_ms;   /* how long to leave the list alone before scrolling */
  guint tick_id;
  gboolean search; /* type searches after scrolling */
  int search_step; /* frames since the searches began */
  double search_start_ms;
  double index_ready_ms;
  guint n_typed;
  GArray *build_frames;  /* while the index is read */
  GArray *typing_frames; /* while searches are typed */
  GArray *search_times;  /* of the signal handlers of each search */
  gboolean back;         /* clear the search and scroll again after the searches */
  double clear_ms;       /* how long clearing the search took */
  GArray *first_frames;  /* frame_times and jump_times of the first scroll, when back */
  GArray *first_jumps;
} Bench;

/* What the user types, a search every SEARCH_FRAMES frames once the index is ready. */
static const char *const typed[] = { "b",   "ke",  "dina", "sri", "1986", "a", "su",
                                     "198", "kep", "w",    "ah",  "19",   "m", "dinas pen" };
#define SEARCH_FRAMES 10

static GtkColumnView *
find_column_view (GtkWidget *widget)
{
  if (GTK_IS_COLUMN_VIEW (widget) && gtk_widget_get_mapped (widget))
    return GTK_COLUMN_VIEW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkColumnView *found = find_column_view (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkAdjustment *
get_vadjustment (Bench *bench)
{
  GtkWidget *scrolled =
      gtk_widget_get_ancestor (GTK_WIDGET (bench->column_view), GTK_TYPE_SCROLLED_WINDOW);

  if (scrolled != NULL)
    return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  return gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (bench->column_view));
}

static GtkEditable *
find_search_entry (GtkWidget *widget)
{
  /* The one of the search bar, not that of a drop-down's popover. */
  if (GTK_IS_SEARCH_ENTRY (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_SEARCH_BAR) != NULL)
    return GTK_EDITABLE (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkEditable *found = find_search_entry (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void print_searches (Bench *bench);

static void
print_scroll (GArray *frames, GArray *jumps)
{
  guint stalls = 0;

  for (guint i = 0; i < frames->len; i++)
    stalls += g_array_index (frames, double, i) > STALL_MS;
  kr_bench_print_times ("frame to frame", frames);
  g_print ("  frames over %.0f ms: %u\n", STALL_MS, stalls);
  if (jumps->len > 0)
    kr_bench_print_times ("the frames of the jumps", jumps);
}

static void
finish (Bench *bench)
{
  g_print ("Window on a database of %u employees (list rows)\n", bench->n_items);
  g_print ("  start to a populated list model           %8.1f ms\n",
           bench->populated_ms - bench->start_ms);
  g_print ("  start to the first frame showing its rows %8.1f ms\n",
           bench->shown_ms - bench->start_ms);
  if (bench->first_frames != NULL && bench->first_frames->len > 0)
    {
      g_print ("Scrolling a page a frame, %d pages:\n", bench->pages_wanted);
      print_scroll (bench->first_frames, bench->first_jumps);
    }
  else if (bench->first_frames == NULL && bench->frame_times->len > 0)
    {
      g_print ("Scrolling a page a frame, %d pages:\n", bench->pages_done);
      print_scroll (bench->frame_times, bench->jump_times);
    }
  if (bench->search_start_ms > 0)
    print_searches (bench);
  if (bench->first_frames != NULL)
    {
      g_print ("Back to every employee: the search cleared in %.1f ms, then %d pages:\n",
               bench->clear_ms, bench->pages_done);
      print_scroll (bench->frame_times, bench->jump_times);
    }
  g_print ("Peak memory: %.1f MiB\n", kr_bench_peak_memory_kib () / 1024.0);
  g_application_quit (G_APPLICATION (bench->app));
}

static void
print_searches (Bench *bench)
{
  guint stalls = 0;

  g_print ("Searches: the first keystroke, then the search index read in %.1f s\n",
           (bench->index_ready_ms - bench->search_start_ms) / 1000.0);
  if (bench->build_frames->len > 0)
    kr_bench_print_times ("frame to frame while it is read", bench->build_frames);
  for (guint i = 0; i < bench->build_frames->len; i++)
    stalls += g_array_index (bench->build_frames, double, i) > STALL_MS;
  g_print ("  frames over %.0f ms while it is read: %u\n", STALL_MS, stalls);
  if (bench->typing_frames->len > 0)
    kr_bench_print_times ("frame to frame while typing", bench->typing_frames);
  stalls = 0;
  for (guint i = 0; i < bench->typing_frames->len; i++)
    stalls += g_array_index (bench->typing_frames, double, i) > STALL_MS;
  g_print ("  %u searches typed; frames over %.0f ms: %u\n", bench->n_typed, STALL_MS, stalls);
  if (bench->search_times->len > 0)
    kr_bench_print_times ("a search, until the list has changed", bench->search_times);
}

/* Sets the text of the search entry and tells at once, as its delay would after a pause. */
static void
type_search (GtkEditable *entry, const char *text)
{
  gtk_editable_set_text (entry, text);
  g_signal_emit_by_name (entry, "search-changed");
}

static gboolean scroll_tick (GtkWidget *widget, GdkFrameClock *clock, gpointer user_data);

/* Clears the search, then scrolls the whole list again, measured apart. */
static void
clear_search (Bench *bench, GtkEditable *entry)
{
  double start = kr_bench_now_ms ();

  type_search (entry, "");
  bench->clear_ms = kr_bench_now_ms () - start;
  bench->first_frames = g_steal_pointer (&bench->frame_times);
  bench->first_jumps = g_steal_pointer (&bench->jump_times);
  bench->frame_times = g_array_new (FALSE, FALSE, sizeof (double));
  bench->jump_times = g_array_new (FALSE, FALSE, sizeof (double));
  bench->pages_done = 0;
  bench->last_frame_ms = 0;
  bench->tick_id =
      gtk_widget_add_tick_callback (GTK_WIDGET (bench->column_view), scroll_tick, bench, NULL);
}

/* Types the searches, a frame at a time. */
static gboolean
search_tick (GtkWidget *widget, GdkFrameClock *clock, gpointer user_data)
{
  Bench *bench = user_data;
  KrEmployeeSearch *search =
      _kr_employee_repository_get_search (kr_application_get_employee_repository (bench->app));
  /* The Employees page's own, not another section's. */
  GtkEditable *entry = find_search_entry (
      gtk_widget_get_ancestor (GTK_WIDGET (bench->column_view), KR_TYPE_EMPLOYEES_PAGE));
  double now = kr_bench_now_ms ();

  if (entry == NULL)
    {
      g_printerr ("No search entry\n");
      finish (bench);
      return G_SOURCE_REMOVE;
    }
  if (bench->search_start_ms == 0)
    {
      /* Ctrl+F, as the user opens the search bar (which otherwise clears its entry). */
      gtk_widget_activate_action (
          gtk_widget_get_ancestor (GTK_WIDGET (bench->column_view), KR_TYPE_EMPLOYEES_PAGE),
          "employees.search", NULL);
      bench->search_start_ms = now;
      type_search (entry, "a");
    }
  else if (bench->index_ready_ms == 0)
    {

      g_array_append_val (bench->build_frames, (double){ now - bench->last_frame_ms });
      if (kr_employee_search_is_ready (search, KR_EMPLOYEE_SORT_NAME) &&
          !kr_employee_search_is_busy (search))
        bench->index_ready_ms = now;
      else if (now - bench->search_start_ms > 600000)
        {
          g_printerr ("The search index was not ready after 10 minutes\n");
          bench->index_ready_ms = now;
        }
    }
  else
    {
      g_array_append_val (bench->typing_frames, (double){ now - bench->last_frame_ms });
      if (++bench->search_step % SEARCH_FRAMES == 0)
        {
          if (bench->n_typed == G_N_ELEMENTS (typed))
            {
              if (bench->back)
                clear_search (bench, entry);
              else
                finish (bench);
              return G_SOURCE_REMOVE;
            }
          double start = kr_bench_now_ms ();

          type_search (entry, typed[bench->n_typed++]);
          g_array_append_val (bench->search_times, (double){ kr_bench_now_ms () - start });
        }
    }
  bench->last_frame_ms = now;
  /* Keep frames coming, as a blinking cursor would. */
  gtk_widget_queue_draw (widget);
  return G_SOURCE_CONTINUE;
}

static void
start_searches (Bench *bench)
{
  gtk_widget_add_tick_callback (GTK_WIDGET (bench->window), search_tick, bench, NULL);
}

static gboolean
scroll_tick (GtkWidget *widget, GdkFrameClock *clock, gpointer user_data)
{
  Bench *bench = user_data;
  GtkAdjustment *adjustment = get_vadjustment (bench);
  double now = kr_bench_now_ms ();
  double value = gtk_adjustment_get_value (adjustment);
  double page = gtk_adjustment_get_page_size (adjustment);
  double upper = gtk_adjustment_get_upper (adjustment);

  if (bench->last_frame_ms > 0)
    g_array_append_val (bench->frame_times, (double){ now - bench->last_frame_ms });
  if (bench->last_frame_ms > 0 && bench->jumped)
    g_array_append_val (bench->jump_times, (double){ now - bench->last_frame_ms });
  bench->last_frame_ms = now;
  bench->jumped = FALSE;
  if (bench->pages_done >= bench->pages_wanted || value + page >= upper)
    {
      bench->tick_id = 0;
      if (bench->search && bench->first_frames == NULL)
        start_searches (bench);
      else
        finish (bench);
      return G_SOURCE_REMOVE;
    }
  /* Pages at spread places: every so often a jump, as a user dragging the scroll bar. */
  if (bench->pages_done % 20 == 19)
    {
      value = g_random_double_range (0, upper - page);
      bench->jumped = TRUE;
    }
  else
    value += page;
  gtk_adjustment_set_value (adjustment, value);
  bench->pages_done++;
  return G_SOURCE_CONTINUE;
}

/* Keeps frames coming until the list has been shown for settle_ms, then scrolls. */
static gboolean
settle_tick (GtkWidget *widget, GdkFrameClock *clock, gpointer user_data)
{
  Bench *bench = user_data;

  if (kr_bench_now_ms () - bench->shown_ms < bench->settle_ms)
    {
      gtk_widget_queue_draw (widget);
      return G_SOURCE_CONTINUE;
    }
  bench->tick_id = gtk_widget_add_tick_callback (widget, scroll_tick, bench, NULL);
  return G_SOURCE_REMOVE;
}

static void
after_paint (GdkFrameClock *clock, gpointer user_data)
{
  Bench *bench = user_data;

  g_signal_handlers_disconnect_by_func (clock, after_paint, bench);
  bench->shown_ms = kr_bench_now_ms ();
  if (bench->pages_wanted == 0)
    {
      if (bench->search)
        start_searches (bench);
      else
        finish (bench);
      return;
    }
  bench->tick_id =
      gtk_widget_add_tick_callback (GTK_WIDGET (bench->column_view),
                                    bench->settle_ms > 0 ? settle_tick : scroll_tick, bench, NULL);
}

/* Waits, a frame at a time, for the employee list to have rows. */
static gboolean
wait_tick (GtkWidget *widget, GdkFrameClock *clock, gpointer user_data)
{
  Bench *bench = user_data;
  GListModel *model;

  if (bench->column_view == NULL)
    bench->column_view = find_column_view (widget);
  if (bench->column_view == NULL)
    {
      /* The Employees section, as the user would open it (Ctrl+2) as soon as it is there. */
      gtk_widget_activate_action (widget, "win.section", "i", 1);
      return G_SOURCE_CONTINUE;
    }
  model = G_LIST_MODEL (gtk_column_view_get_model (bench->column_view));
  if (model == NULL || g_list_model_get_n_items (model) == 0)
    return G_SOURCE_CONTINUE;
  bench->n_items = g_list_model_get_n_items (model);
  bench->populated_ms = kr_bench_now_ms ();
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint), bench);
  gtk_widget_queue_draw (widget);
  return G_SOURCE_REMOVE;
}

static void
on_window_added (GtkApplication *app, GtkWindow *window, gpointer user_data)
{
  Bench *bench = user_data;

  if (bench->window != NULL)
    return;
  bench->window = window;
  /* A demo database has no accounts: measure the list rather than stop at the set-up page.
   * A database with accounts still asks for a sign-in, which the bench cannot give. */
  if (KR_IS_WINDOW (window))
    KR_WINDOW (window)->setup_optional = TRUE;
  gtk_widget_add_tick_callback (GTK_WIDGET (window), wait_tick, bench, NULL);
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GOptionContext) context = NULL;
  Bench bench = { 0 };
  int pages = 200;
  double settle = 0;
  const char *app_argv[4];
  GOptionEntry entries[] = {
    { "pages", 0, 0, G_OPTION_ARG_INT, &pages, "Scroll N pages (200; 0 for none)", "N" },
    { "settle", 0, 0, G_OPTION_ARG_DOUBLE, &settle,
      "Leave the list alone for S seconds before scrolling (0)", "S" },
    { "search", 0, 0, G_OPTION_ARG_NONE, &bench.search,
      "Then type searches, while and after the search index is read", NULL },
    { "back", 0, 0, G_OPTION_ARG_NONE, &bench.back,
      "With --search: then clear the search and scroll the pages again", NULL },
    { NULL },
  };

  bench.start_ms = kr_bench_now_ms ();
  context = g_option_context_new ("DATABASE");
  g_option_context_set_summary (context, "Measures the window: time to a populated employee "
                                         "list, scrolling, peak memory.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "Give one database");
      return EXIT_FAILURE;
    }
  /* The user's settings stay as they are, and the list is the first section shown. */
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  if (g_getenv ("GSETTINGS_SCHEMA_DIR") == NULL)
    g_setenv ("GSETTINGS_SCHEMA_DIR", BUILD_SCHEMA_DIR, TRUE);

  bench.pages_wanted = MAX (pages, 0);
  bench.settle_ms = MAX (settle, 0) * 1000.0;
  bench.frame_times = g_array_new (FALSE, FALSE, sizeof (double));
  bench.jump_times = g_array_new (FALSE, FALSE, sizeof (double));
  bench.build_frames = g_array_new (FALSE, FALSE, sizeof (double));
  bench.typing_frames = g_array_new (FALSE, FALSE, sizeof (double));
  bench.search_times = g_array_new (FALSE, FALSE, sizeof (double));
  bench.app = kr_application_new (APPLICATION_ID,
                                  G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_NON_UNIQUE);
  g_signal_connect (bench.app, "window-added", G_CALLBACK (on_window_added), &bench);
  app_argv[0] = argv[0];
  app_argv[1] = "--database";
  app_argv[2] = argv[1];
  app_argv[3] = NULL;
  g_application_run (G_APPLICATION (bench.app), 3, (char **) app_argv);
  g_object_unref (bench.app);
  g_array_unref (bench.frame_times);
  g_array_unref (bench.jump_times);
  g_array_unref (bench.build_frames);
  g_array_unref (bench.typing_frames);
  g_array_unref (bench.search_times);
  g_clear_pointer (&bench.first_frames, g_array_unref);
  g_clear_pointer (&bench.first_jumps, g_array_unref);
  if (bench.shown_ms == 0)
    {
      g_printerr ("The list never showed rows\n");
      return EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}
