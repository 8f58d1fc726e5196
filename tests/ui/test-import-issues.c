/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-import-issues"

#include "config.h"

#include <adwaita.h>

#include "kr-import-issues.h"
#include "kr-import-report-private.h"
#include "kr-test-ui.h"

/* The issues of an import report (kr-import-issues.h): rejected rows first, a page at a
 * time, made a few rows per turn of the main loop. A report of ten thousand warnings made
 * all at once held the window for five seconds. */

typedef struct
{
  GtkWindow *window;
  AdwPreferencesPage *page;
  KrImportIssues *issues;
  GPtrArray *report;
} Fixture;

static KrSiasnIssue *
issue_new (KrSiasnIssueKind kind, guint line)
{
  g_autofree char *message = g_strdup_printf ("Message of line %u <b>as written</b>", line);

  return _kr_siasn_issue_new (kind, line, "nip_baru", "123", message);
}

/* @n_warnings warnings from line 2 on, then @n_rejected rejected rows */
static GPtrArray *
make_report (guint n_warnings, guint n_rejected)
{
  GPtrArray *report = g_ptr_array_new_with_free_func (_kr_siasn_issue_free);

  for (guint i = 0; i < n_warnings; i++)
    g_ptr_array_add (report, issue_new (KR_SIASN_ISSUE_WARNING, 2 + i));
  for (guint i = 0; i < n_rejected; i++)
    g_ptr_array_add (report, issue_new (KR_SIASN_ISSUE_REJECTED, 2 + n_warnings + i));
  return report;
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  gtk_window_set_default_size (fixture->window, 640, 620);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  fixture->issues = kr_import_issues_new (fixture->page);
  gtk_window_present (fixture->window);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_object_add_weak_pointer (G_OBJECT (fixture->issues), (gpointer *) &fixture->issues);
  g_object_unref (fixture->issues);
  g_assert_null (fixture->issues);
  gtk_window_destroy (fixture->window);
  g_clear_pointer (&fixture->report, g_ptr_array_unref);
}

static gboolean
is_idle (gpointer data)
{
  return !kr_import_issues_is_busy (data);
}

static guint
n_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, (int) n) != NULL)
    n++;
  return n;
}

static const char *
row_title (GtkListBox *list, guint index)
{
  return adw_preferences_row_get_title (
      ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (list, (int) index)));
}

static GtkWidget *
group_of (GtkListBox *list)
{
  return gtk_widget_get_ancestor (GTK_WIDGET (list), ADW_TYPE_PREFERENCES_GROUP);
}

static void
test_rejected_first (Fixture *fixture, gconstpointer data)
{
  GtkListBox *rejected = kr_import_issues_get_list (fixture->issues, KR_SIASN_ISSUE_REJECTED);
  GtkListBox *warnings = kr_import_issues_get_list (fixture->issues, KR_SIASN_ISSUE_WARNING);
  const guint n_dropped[2] = { [KR_SIASN_ISSUE_REJECTED] = 0, [KR_SIASN_ISSUE_WARNING] = 7 };
  guint n_turns = 0;
  const char *description;

  /* Nothing is shown before a report. */
  g_assert_false (gtk_widget_get_visible (group_of (rejected)));
  g_assert_false (gtk_widget_get_visible (group_of (warnings)));

  fixture->report = make_report (120, 3);
  kr_import_issues_set (fixture->issues, fixture->report, n_dropped);
  g_assert_cmpuint (kr_import_issues_get_n_listed (fixture->issues, KR_SIASN_ISSUE_REJECTED), ==,
                    3);
  g_assert_cmpuint (kr_import_issues_get_n_listed (fixture->issues, KR_SIASN_ISSUE_WARNING), ==,
                    120);
  /* No row is made while setting, and a turn of the main loop makes a few. */
  g_assert_cmpuint (n_rows (rejected) + n_rows (warnings), ==, 0);
  g_assert_true (kr_import_issues_is_busy (fixture->issues));
  while (kr_import_issues_is_busy (fixture->issues))
    {
      guint before = n_rows (rejected) + n_rows (warnings);

      g_main_context_iteration (NULL, TRUE);
      g_assert_cmpuint (n_rows (rejected) + n_rows (warnings) - before, <=, 8 + 1);
      n_turns++;
    }
  g_assert_cmpuint (n_turns, >=, (3 + KR_IMPORT_ISSUES_PAGE_SIZE) / 8);

  /* The rejected rows come first, though the file has them last. */
  g_assert_true (gtk_widget_get_visible (group_of (rejected)));
  g_assert_true (gtk_widget_get_next_sibling (group_of (rejected)) == group_of (warnings));
  g_assert_cmpuint (n_rows (rejected), ==, 3);
  g_assert_cmpstr (row_title (rejected, 0), ==, "Line 122, nip_baru (“123”)");
  g_assert_cmpstr (row_title (rejected, 2), ==, "Line 124, nip_baru (“123”)");
  g_assert_cmpstr (
      adw_action_row_get_subtitle (ADW_ACTION_ROW (gtk_list_box_get_row_at_index (rejected, 0))),
      ==, "Message of line 122 <b>as written</b>");
  description = adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group_of (rejected)));
  g_assert_true (description == NULL || *description == '\0');

  /* A page of warnings, then the row that shows more. */
  g_assert_cmpuint (kr_import_issues_get_n_shown (fixture->issues, KR_SIASN_ISSUE_WARNING), ==,
                    KR_IMPORT_ISSUES_PAGE_SIZE);
  g_assert_cmpuint (n_rows (warnings), ==, KR_IMPORT_ISSUES_PAGE_SIZE + 1);
  g_assert_cmpstr (row_title (warnings, 0), ==, "Line 2, nip_baru (“123”)");
  g_assert_cmpstr (row_title (warnings, KR_IMPORT_ISSUES_PAGE_SIZE), ==, "Show 50 More");
  g_assert_cmpstr (
      adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group_of (warnings))), ==,
      "And 7 more, not listed");
  kr_test_save_screenshot (GTK_WIDGET (fixture->window), "import-issues");

  g_signal_emit_by_name (gtk_list_box_get_row_at_index (warnings, KR_IMPORT_ISSUES_PAGE_SIZE),
                         "activated");
  kr_test_wait_until (is_idle, fixture->issues);
  g_assert_cmpuint (n_rows (warnings), ==, 2 * KR_IMPORT_ISSUES_PAGE_SIZE + 1);
  g_assert_cmpstr (row_title (warnings, 2 * KR_IMPORT_ISSUES_PAGE_SIZE), ==, "Show 20 More");
  g_assert_cmpstr (row_title (warnings, 2 * KR_IMPORT_ISSUES_PAGE_SIZE - 1), ==,
                   "Line 101, nip_baru (“123”)");

  kr_import_issues_show_more (fixture->issues, KR_SIASN_ISSUE_WARNING);
  kr_test_wait_until (is_idle, fixture->issues);
  g_assert_cmpuint (n_rows (warnings), ==, 120);
  g_assert_cmpstr (row_title (warnings, 119), ==, "Line 121, nip_baru (“123”)");
  /* Nothing more to show: asking again does nothing. */
  kr_import_issues_show_more (fixture->issues, KR_SIASN_ISSUE_WARNING);
  g_assert_false (kr_import_issues_is_busy (fixture->issues));
}

/* A new report replaces the rows of the one before; one without issues hides the groups. */
static void
test_replaced (Fixture *fixture, gconstpointer data)
{
  GtkListBox *rejected = kr_import_issues_get_list (fixture->issues, KR_SIASN_ISSUE_REJECTED);
  GtkListBox *warnings = kr_import_issues_get_list (fixture->issues, KR_SIASN_ISSUE_WARNING);
  g_autoptr (GPtrArray) none = g_ptr_array_new ();

  fixture->report = make_report (60, 2);
  kr_import_issues_set (fixture->issues, fixture->report, NULL);
  /* Replaced before its rows are all made */
  g_main_context_iteration (NULL, FALSE);
  g_clear_pointer (&fixture->report, g_ptr_array_unref);
  fixture->report = make_report (0, 1);
  kr_import_issues_set (fixture->issues, fixture->report, NULL);
  kr_test_wait_until (is_idle, fixture->issues);
  g_assert_cmpuint (n_rows (rejected), ==, 1);
  g_assert_cmpstr (row_title (rejected, 0), ==, "Line 2, nip_baru (“123”)");
  g_assert_cmpuint (n_rows (warnings), ==, 0);
  g_assert_false (gtk_widget_get_visible (group_of (warnings)));

  kr_import_issues_set (fixture->issues, none, NULL);
  kr_test_wait_until (is_idle, fixture->issues);
  g_assert_cmpuint (n_rows (rejected), ==, 0);
  g_assert_false (gtk_widget_get_visible (group_of (rejected)));

  /* An empty cell names only its column; a malformed record only its line. */
  g_clear_pointer (&fixture->report, g_ptr_array_unref);
  fixture->report = g_ptr_array_new_with_free_func (_kr_siasn_issue_free);
  g_ptr_array_add (fixture->report, _kr_siasn_issue_new (KR_SIASN_ISSUE_REJECTED, 7, "nama", NULL,
                                                         "This column is required"));
  g_ptr_array_add (fixture->report, _kr_siasn_issue_new (KR_SIASN_ISSUE_REJECTED, 9, NULL, NULL,
                                                         "Line 9: an unclosed quote"));
  kr_import_issues_set (fixture->issues, fixture->report, NULL);
  kr_test_wait_until (is_idle, fixture->issues);
  g_assert_cmpstr (row_title (rejected, 0), ==, "Line 7, nama");
  g_assert_cmpstr (row_title (rejected, 1), ==, "Line 9");
}

int
main (int argc, char *argv[])
{
  kr_test_ui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/import-issues/rejected-first", test_rejected_first);
  ADD ("/ui/import-issues/replaced", test_replaced);
#undef ADD

  return g_test_run ();
}
