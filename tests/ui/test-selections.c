/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-demo.h"
#include "kr-identity.h"
#include "kr-selection-page-private.h"
#include "kr-selection-print.h"
#include "kr-selection-start.h"
#include "kr-selections-view.h"
#include "kr-test-ui.h"
#include "kr-test-utils.h"
#include "kr-training-item.h"
#include "kr-vacancies-export.h"
#include "kr-vacancies-view.h"
#include "kr-vacancy-need-dialog.h"

/* The Vacancies and Selections views over a demo organisation in a database file (the views
 * read in workers with connections of their own). */

#define N_EMPLOYEES 250

typedef struct
{
  char *dir;
  KrDatabase *db;
  KrVacancyRepository *vacancies;
  KrSelectionRepository *selections;
  KrUnitRepository *units;
  GtkWindow *window;
  GtkStack *stack;
  KrVacanciesView *vacancies_view;
  KrSelectionsView *selections_view;
} Fixture;

static void
fixture_setup (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;
  KrDemoOptions options = { 0 };
  GtkWidget *overlay = adw_toast_overlay_new ();

  fixture->dir = kr_test_make_tmp_dir ("karier-selections-XXXXXX");
  path = g_build_filename (fixture->dir, "karier.db", NULL);
  fixture->db = kr_database_open (path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  options.n_employees = N_EMPLOYEES;
  options.seed = 11;
  g_assert_true (kr_demo_generate (fixture->db, &options, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  fixture->vacancies = kr_vacancy_repository_new (fixture->db);
  fixture->selections = kr_selection_repository_new (fixture->db);
  fixture->units = kr_unit_repository_new (fixture->db);

  fixture->vacancies_view = kr_vacancies_view_new ();
  fixture->selections_view = kr_selections_view_new ();
  fixture->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (fixture->stack, GTK_WIDGET (fixture->vacancies_view), "vacancies");
  gtk_stack_add_named (fixture->stack, GTK_WIDGET (fixture->selections_view), "selections");
  fixture->window = GTK_WINDOW (adw_window_new ());
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (fixture->stack));
  adw_window_set_content (ADW_WINDOW (fixture->window), overlay);
  gtk_window_set_default_size (fixture->window, 1200, 800);
  kr_vacancies_view_set_repositories (fixture->vacancies_view, fixture->db, fixture->vacancies,
                                      fixture->selections, fixture->units);
  kr_selections_view_set_repositories (fixture->selections_view, fixture->db, fixture->selections,
                                       fixture->units);
  gtk_window_present (fixture->window);
  kr_test_spin ();
}

static void
fixture_teardown (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  kr_test_spin ();
  {
    gint64 until = g_get_monotonic_time () + 300 * G_TIME_SPAN_MILLISECOND;

    while (g_get_monotonic_time () < until)
      g_main_context_iteration (NULL, FALSE);
  }
  kr_test_finalize_object (fixture->vacancies);
  kr_test_finalize_object (fixture->selections);
  kr_test_finalize_object (fixture->units);
  kr_test_finalize_object (fixture->db);
  kr_test_ui_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* Helpers */

static gboolean
vacancies_done (gpointer data)
{
  return !kr_vacancies_view_get_loading (data);
}

static gboolean
selections_done (gpointer data)
{
  return !kr_selections_view_get_loading (data);
}

static gboolean
page_done (gpointer data)
{
  return !kr_selection_page_get_loading (data) && kr_selection_page_get_detail (data) != NULL;
}

static gboolean
flag_set (gpointer data)
{
  return *(gboolean *) data;
}

static KrSelectionPage *
find_page (KrSelectionsView *view)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view));
  GtkWidget *page = gtk_stack_get_child_by_name (GTK_STACK (child), "selection");

  g_assert_true (KR_IS_SELECTION_PAGE (page));
  return KR_SELECTION_PAGE (page);
}

static const KrSelectionDetail *
wait_for_page (Fixture *fixture)
{
  KrSelectionPage *page = find_page (fixture->selections_view);

  kr_test_spin ();
  kr_test_wait_until (page_done, page);
  return kr_selection_page_get_detail (page);
}

/* The message dialog on screen that no step has answered yet (answered ones may linger in
 * the list of toplevels until they are finalized). */
static AdwMessageDialog *
find_dialog (void)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();
  AdwMessageDialog *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data) &&
        g_object_get_data (l->data, "kr-test-answered") == NULL)
      {
        g_assert_null (found);
        found = l->data;
      }
  g_assert_nonnull (found);
  return found;
}

static void
answer (AdwMessageDialog *dialog, const char *response)
{
  g_object_set_data (G_OBJECT (dialog), "kr-test-answered", GINT_TO_POINTER (1));
  adw_message_dialog_response (dialog, response);
  kr_test_spin ();
}

static void
collect (GtkWidget *widget, GType type, GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

static GPtrArray *
find_widgets (AdwMessageDialog *dialog, GType type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (adw_message_dialog_get_extra_child (dialog), type, found);
  return found;
}

static void
set_entry_texts (AdwMessageDialog *dialog, const char *const *texts, guint n)
{
  g_autoptr (GPtrArray) entries = find_widgets (dialog, ADW_TYPE_ENTRY_ROW);

  g_assert_cmpuint (entries->len, ==, n);
  for (guint i = 0; i < n; i++)
    gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (entries, i)), texts[i]);
}

static gint64
query_int (Fixture *fixture, const char *sql)
{
  return kr_test_query_int (_kr_database_get_handle (fixture->db), sql);
}

/* Vacancies */

static void
exported_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (g_task_propagate_boolean (G_TASK (result), &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static void
started_cb (GtkWidget *widget, gint64 selection_id, gpointer user_data)
{
  *(gint64 *) user_data = selection_id;
}

static void
test_vacancies (Fixture *fixture, gconstpointer data)
{
  KrVacanciesView *view = fixture->vacancies_view;
  GListModel *model = kr_vacancies_view_get_model (view);
  KrVacancyQuery query = { 0 };
  KrVacancySummary summary = { 0 };
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "formasi.csv", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *positions = NULL;
  g_auto (GStrv) lines = NULL;
  gboolean exported = FALSE;
  guint n_lines = 0, n_vacant = 0;
  gint64 selection_id = 0;
  guint index = G_MAXUINT;
  gint64 first_position;
  const KrVacancy *first;
  KrTrainingItem *item;

  kr_test_spin ();
  kr_test_wait_until (vacancies_done, view);

  /* Every unit, every reason, 24 months: the view shows what the repository answers. */
  kr_date_today (NULL, &query.today);
  query.horizon_months = 24;
  query.subtree = TRUE;
  rows = kr_vacancy_repository_list (fixture->vacancies, &query, &summary, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, rows->len);
  positions = g_strdup_printf ("%u position%s: %u vacant, %u retiring within 24 months, formasi "
                               "asked %u",
                               summary.positions, summary.positions == 1 ? "" : "s", summary.vacant,
                               summary.retiring, summary.shortfall);
  g_assert_cmpstr (kr_vacancies_view_get_count_label (view), ==, positions);
  /* The long count wraps: the loaded view still fits a narrow window (test-window: 400 px) */
  {
    int minimum = 0;

    gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL,
                        NULL);
    g_assert_cmpint (minimum, <=, 400);
  }
  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr (KrTrainingItem) it = g_list_model_get_item (model, i);
      const KrVacancy *shown = kr_training_item_get_value (it);
      const KrVacancy *expected = g_ptr_array_index (rows, i);

      g_assert_cmpint (shown->position_id, ==, expected->position_id);
      n_vacant += (expected->reasons & KR_VACANCY_VACANT) != 0;
    }
  kr_test_settle (GTK_WIDGET (fixture->window));
  kr_test_save_screenshot (GTK_WIDGET (fixture->window), "selections-vacancies");

  /* Only the vacant ones */
  kr_vacancies_view_set_filter (view, 0, KR_VACANCY_VACANT);
  kr_test_wait_until (vacancies_done, view);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_vacant);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (KrTrainingItem) it = g_list_model_get_item (model, i);

      g_assert_true (((const KrVacancy *) kr_training_item_get_value (it))->reasons &
                     KR_VACANCY_VACANT);
    }

  /* The formasi proposal: a header row and one row per position */
  kr_vacancies_export_formasi_to (GTK_WIDGET (view), fixture->db, &query, path, exported_cb,
                                  &exported);
  kr_test_wait_until (flag_set, &exported);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    n_lines += lines[i][0] != '\0' && lines[i][0] != '\r';
  g_assert_cmpuint (n_lines, ==, rows->len + 1);

  /* Start a selection for the first vacancy: the dialog creates a draft, the list marks it. */
  kr_vacancies_view_set_filter (view, 0, 0);
  kr_test_wait_until (vacancies_done, view);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (KrTrainingItem) it = g_list_model_get_item (model, i);
      const KrVacancy *v = kr_training_item_get_value (it);

      if (kr_vacancy_filled_by_selection (v) && v->selection_id == 0)
        {
          index = i;
          break;
        }
    }
  g_assert_cmpuint (index, !=, G_MAXUINT);
  item = g_list_model_get_item (model, index);
  first = kr_training_item_get_value (item);
  first_position = first->position_id;
  kr_selection_start_dialog_show (GTK_WIDGET (view), fixture->selections, fixture->units,
                                  first->position_id, first->position_name, started_cb,
                                  &selection_id);
  kr_test_spin ();
  answer (find_dialog (), "create");
  g_assert_cmpint (selection_id, >, 0);
  {
    g_autoptr (KrSelection) selection =
        kr_selection_repository_get_selection (fixture->selections, selection_id, &error);

    g_assert_no_error (error);
    g_assert_cmpint (selection->position_id, ==, first->position_id);
    g_assert_cmpint (selection->status, ==, KR_SELECTION_STATUS_DRAFT);
    g_assert_cmpuint (selection->n_stages, ==, selection->jpt ? 4 : 0);
  }
  kr_test_wait_until (vacancies_done, view);
  g_object_unref (item);
  item = g_list_model_get_item (model, index);
  g_assert_cmpint (((const KrVacancy *) kr_training_item_get_value (item))->position_id, ==,
                   first_position);
  g_assert_cmpint (((const KrVacancy *) kr_training_item_get_value (item))->selection_id, ==,
                   selection_id);
  g_object_unref (item);

  /* A second start for the same position is refused (the dialog leaves a toast, no row). */
  {
    gint64 again = 0;
    gint64 before = query_int (fixture, "SELECT count(*) FROM selection");

    item = g_list_model_get_item (model, index);
    kr_selection_start_dialog_show (
        GTK_WIDGET (view), fixture->selections, fixture->units,
        ((const KrVacancy *) kr_training_item_get_value (item))->position_id, "x", started_cb,
        &again);
    g_object_unref (item);
    kr_test_spin ();
    answer (find_dialog (), "create");
    g_assert_cmpint (again, ==, 0);
    g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM selection"), ==, before);
  }
}

/* The edit buttons of the Need column that are shown */
static void
count_need_buttons (GtkWidget *widget, guint *n)
{
  const char *tooltip = gtk_widget_get_tooltip_text (widget);

  if (GTK_IS_BUTTON (widget) && gtk_widget_get_visible (widget) && tooltip != NULL &&
      g_str_has_prefix (tooltip, "Record the need of "))
    (*n)++;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count_need_buttons (child, n);
}

/* The row of @position_id in the view's list (a new reference), or NULL */
static KrTrainingItem *
vacancy_item (KrVacanciesView *view, gint64 position_id)
{
  GListModel *model = kr_vacancies_view_get_model (view);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      KrTrainingItem *it = g_list_model_get_item (model, i);

      if (((const KrVacancy *) kr_training_item_get_value (it))->position_id == position_id)
        return it;
      g_object_unref (it);
    }
  return NULL;
}

static void
test_vacancy_need (Fixture *fixture, gconstpointer data)
{
  KrVacanciesView *view = fixture->vacancies_view;
  GListModel *model = kr_vacancies_view_get_model (view);
  g_autoptr (KrIdentity) viewer = NULL;
  KrTrainingItem *item = NULL;
  const KrVacancy *v;
  gint64 position_id = 0;
  guint n_buttons = 0;
  g_autofree char *sql = NULL;

  kr_test_spin ();
  kr_test_wait_until (vacancies_done, view);
  /* A vacant position without a recorded need */
  for (guint i = 0; i < g_list_model_get_n_items (model) && position_id == 0; i++)
    {
      g_autoptr (KrTrainingItem) it = g_list_model_get_item (model, i);
      const KrVacancy *row = kr_training_item_get_value (it);

      if (!row->need_recorded && row->holders == 0)
        position_id = row->position_id;
    }
  g_assert_cmpint (position_id, >, 0);
  kr_test_settle (GTK_WIDGET (fixture->window));
  count_need_buttons (GTK_WIDGET (view), &n_buttons);
  g_assert_cmpuint (n_buttons, >, 0);

  /* Record a need of 3 with its basis: a bad number keeps Save off */
  item = vacancy_item (view, position_id);
  kr_vacancy_need_dialog_show (GTK_WIDGET (view), fixture->vacancies,
                               kr_training_item_get_value (item));
  g_clear_object (&item);
  kr_test_spin ();
  {
    AdwMessageDialog *dialog = find_dialog ();
    const char *bad[] = { "tiga", "" };
    const char *too_many[] = { "100001", "" };
    const char *good[] = { "3", "Anjab/ABK 2026" };

    g_assert_false (adw_message_dialog_has_response (dialog, "clear"));
    set_entry_texts (dialog, bad, 2);
    g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
    set_entry_texts (dialog, too_many, 2);
    g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
    set_entry_texts (dialog, good, 2);
    g_assert_true (adw_message_dialog_get_response_enabled (dialog, "save"));
    answer (dialog, "save");
  }
  sql = g_strdup_printf ("SELECT count(*) FROM position_need WHERE position_id = %lld AND "
                         "needed = 3 AND basis = 'Anjab/ABK 2026'",
                         (long long) position_id);
  g_assert_cmpint (query_int (fixture, sql), ==, 1);
  /* The list read again on the repository's `changed` */
  kr_test_spin ();
  kr_test_wait_until (vacancies_done, view);
  item = vacancy_item (view, position_id);
  g_assert_nonnull (item);
  v = kr_training_item_get_value (item);
  g_assert_true (v->need_recorded);
  g_assert_cmpint (v->needed, ==, 3);
  g_assert_cmpstr (v->need_basis, ==, "Anjab/ABK 2026");
  g_assert_cmpuint (v->shortfall, ==, 3);
  g_assert_true (v->reasons & KR_VACANCY_SHORT);
  kr_test_settle (GTK_WIDGET (fixture->window));
  kr_test_save_screenshot (GTK_WIDGET (fixture->window), "selections-vacancy-need");

  /* Clear it again: the position falls back to its default need */
  kr_vacancy_need_dialog_show (GTK_WIDGET (view), fixture->vacancies, v);
  g_clear_object (&item);
  kr_test_spin ();
  {
    AdwMessageDialog *dialog = find_dialog ();

    kr_test_settle (GTK_WIDGET (dialog));
    kr_test_save_screenshot (GTK_WIDGET (dialog), "selections-vacancy-need-dialog");
    g_assert_true (adw_message_dialog_has_response (dialog, "clear"));
    answer (dialog, "clear");
  }
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT count(*) FROM position_need WHERE position_id = %lld",
                         (long long) position_id);
  g_assert_cmpint (query_int (fixture, sql), ==, 0);
  kr_test_spin ();
  kr_test_wait_until (vacancies_done, view);
  item = vacancy_item (view, position_id);
  if (item != NULL)
    g_assert_false (((const KrVacancy *) kr_training_item_get_value (item))->need_recorded);
  g_clear_object (&item);

  /* A viewer sees no edit button and gets no dialog */
  viewer = kr_identity_new (1, "viewer", "Viewer", KR_ROLE_VIEWER, 0);
  kr_database_set_identity (fixture->db, viewer);
  kr_vacancies_view_set_filter (view, 0, 0);
  kr_test_wait_until (vacancies_done, view);
  kr_test_settle (GTK_WIDGET (fixture->window));
  n_buttons = 0;
  count_need_buttons (GTK_WIDGET (view), &n_buttons);
  g_assert_cmpuint (n_buttons, ==, 0);
  {
    g_autoptr (KrTrainingItem) it = g_list_model_get_item (model, 0);
    g_autoptr (GList) before = gtk_window_list_toplevels ();
    g_autoptr (GList) after = NULL;

    kr_vacancy_need_dialog_show (GTK_WIDGET (view), fixture->vacancies,
                                 kr_training_item_get_value (it));
    kr_test_spin ();
    after = gtk_window_list_toplevels ();
    g_assert_cmpuint (g_list_length (after), ==, g_list_length (before));
  }
  kr_database_set_identity (fixture->db, NULL);
}

/* Selections */

static gint64
add_member (Fixture *fixture,
            gint64 selection_id,
            gint64 employee_id,
            const char *name,
            KrPanelRole role)
{
  g_autoptr (KrSelectionPanelMember) member = kr_selection_panel_member_new ();
  g_autoptr (GError) error = NULL;

  member->selection_id = selection_id;
  member->employee_id = employee_id;
  member->is_external = employee_id == 0;
  member->name = g_strdup (name);
  member->institution = employee_id == 0 ? g_strdup ("Universitas Negeri") : NULL;
  member->role = role;
  g_assert_true (kr_selection_repository_save_panel_member (fixture->selections, member, &error));
  g_assert_no_error (error);
  return member->id;
}

/* The action rows whose tooltip is @text */
static void
count_tooltips (GtkWidget *widget, const char *text, guint *n)
{
  if (ADW_IS_ACTION_ROW (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) == 0)
    (*n)++;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count_tooltips (child, text, n);
}

static void
test_selection_flow (Fixture *fixture, gconstpointer data)
{
  KrSelectionsView *view = fixture->selections_view;
  KrSelectionPage *page = find_page (view);
  g_autoptr (KrSelection) selection = kr_selection_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) employees = g_ptr_array_new ();
  const KrSelectionDetail *d;
  guint n_before, n_proposed = 0;
  gint64 position_id, candidate_ids[4];
  GDate today;

  gtk_stack_set_visible_child_name (fixture->stack, "selections");
  kr_test_spin ();
  kr_test_wait_until (selections_done, view);
  n_before = g_list_model_get_n_items (kr_selections_view_get_model (view));

  /* A JPT Pratama selection: four stages, blocking checks while the panel is empty */
  position_id = query_int (fixture, "SELECT p.id FROM position p WHERE p.kind = 'jpt_pratama' "
                                    "AND NOT EXISTS (SELECT 1 FROM selection s WHERE "
                                    "s.position_id = p.id AND s.status NOT IN ('closed', "
                                    "'cancelled')) ORDER BY p.id LIMIT 1");
  g_assert_cmpint (position_id, >, 0);
  selection->position_id = position_id;
  g_assert_true (kr_selection_repository_create (fixture->selections, selection, &error));
  g_assert_no_error (error);
  kr_test_wait_until (selections_done, view);
  g_assert_cmpuint (g_list_model_get_n_items (kr_selections_view_get_model (view)), ==,
                    n_before + 1);

  kr_selections_view_show_selection (view, selection->id);
  g_assert_cmpint (kr_selections_view_get_selection_id (view), ==, selection->id);
  d = wait_for_page (fixture);
  g_assert_cmpint (d->selection->id, ==, selection->id);
  g_assert_cmpuint (d->stages->len, ==, 4);
  g_assert_cmpuint (d->issues->len, >, 0);
  g_assert_true (((KrSelectionIssue *) g_ptr_array_index (d->issues, 0))->blocking);

  /* The panel: an external member through the dialog, the rest directly; 2 internal of 5 */
  {
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (fixture->db),
                                         "SELECT id FROM employee WHERE status = 'aktif' "
                                         "ORDER BY id LIMIT 6",
                                         -1, &stmt, NULL),
                     ==, SQLITE_OK);
    while (sqlite3_step (stmt) == SQLITE_ROW)
      g_ptr_array_add (employees, GSIZE_TO_POINTER ((gsize) sqlite3_column_int64 (stmt, 0)));
    sqlite3_finalize (stmt);
    g_assert_cmpuint (employees->len, ==, 6);
  }
  _kr_selection_member_dialog (page, TRUE);
  kr_test_spin ();
  {
    const char *texts[] = { "Prof. Dr. Siti Rahma, M.Si.", "Universitas Gadjah Mada" };

    set_entry_texts (find_dialog (), texts, 2);
  }
  answer (find_dialog (), "save");
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM selection_panel_member WHERE "
                                       "name = 'Prof. Dr. Siti Rahma, M.Si.' AND is_external = 1 "
                                       "AND institution = 'Universitas Gadjah Mada'"),
                   ==, 1);
  add_member (fixture, selection->id, 0, "Dr. Andi Wijaya", KR_PANEL_ROLE_CHAIR);
  add_member (fixture, selection->id, 0, "Ir. Budi Santoso", KR_PANEL_ROLE_MEMBER);
  add_member (fixture, selection->id, GPOINTER_TO_SIZE (employees->pdata[0]), NULL,
              KR_PANEL_ROLE_SECRETARY);
  add_member (fixture, selection->id, GPOINTER_TO_SIZE (employees->pdata[1]), NULL,
              KR_PANEL_ROLE_MEMBER);
  d = wait_for_page (fixture);
  g_assert_cmpuint (d->panel->len, ==, 5);
  for (guint i = 0; i < d->issues->len; i++)
    g_assert_false (((KrSelectionIssue *) g_ptr_array_index (d->issues, i))->blocking);

  /* Open, register four employees, close the registration */
  g_assert_true (kr_selection_repository_move (fixture->selections, selection->id,
                                               KR_SELECTION_STATUS_OPEN, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr (KrSelectionCandidate) candidate = kr_selection_candidate_new ();

      candidate->selection_id = selection->id;
      candidate->employee_id = GPOINTER_TO_SIZE (employees->pdata[2 + i]);
      g_assert_true (
          kr_selection_repository_save_candidate (fixture->selections, candidate, &error));
      g_assert_no_error (error);
      candidate_ids[i] = candidate->id;
    }
  g_assert_true (kr_selection_repository_move (fixture->selections, selection->id,
                                               KR_SELECTION_STATUS_SCORING, &error));
  g_assert_no_error (error);
  d = wait_for_page (fixture);
  g_assert_cmpint (d->selection->status, ==, KR_SELECTION_STATUS_SCORING);
  g_assert_cmpuint (d->candidates->len, ==, 4);

  /* Scores of the first stage through the dialog: a bad value keeps Save off */
  _kr_selection_scores_dialog (page, 0);
  kr_test_spin ();
  {
    AdwMessageDialog *dialog = find_dialog ();
    /* Each candidate: the score, then its note */
    const char *bad[] = { "80", "", "101", "", "", "", "70,5", "" };
    const char *note_alone[] = { "80", "", "90", "", "", "Absent", "70,5", "" };
    const char *good[] = { "80", "", "90", "Strong paper", "65", "", "70,5", "" };

    set_entry_texts (dialog, bad, 8);
    g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
    /* A note without a score */
    set_entry_texts (dialog, note_alone, 8);
    g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
    set_entry_texts (dialog, good, 8);
    g_assert_true (adw_message_dialog_get_response_enabled (dialog, "save"));
    kr_test_settle (GTK_WIDGET (dialog));
    kr_test_save_screenshot (GTK_WIDGET (dialog), "selections-scores-dialog");
    answer (dialog, "save");
  }
  kr_test_spin ();
  {
    g_autofree char *sql =
        g_strdup_printf ("SELECT count(*) FROM selection_score s JOIN selection_candidate c "
                         "ON c.id = s.candidate_id WHERE c.selection_id = %" G_GINT64_FORMAT,
                         selection->id);
    g_autofree char *sql_mid = g_strdup_printf (
        "SELECT count(*) FROM selection_score s JOIN selection_candidate c ON c.id = "
        "s.candidate_id WHERE c.selection_id = %" G_GINT64_FORMAT " AND s.score = 70.5",
        selection->id);

    g_assert_cmpint (query_int (fixture, sql), ==, 4);
    g_assert_cmpint (query_int (fixture, sql_mid), ==, 1);
    g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM selection_score WHERE note = "
                                         "'Strong paper' AND score = 90"),
                     ==, 1);
  }

  /* Only a note changes: it is saved with the same score; the ranking shows it */
  d = wait_for_page (fixture);
  _kr_selection_scores_dialog (page, 0);
  kr_test_spin ();
  {
    const char *texts[] = { "80", "Late", "90", "Strong paper", "65", "", "70,5", "" };

    set_entry_texts (find_dialog (), texts, 8);
    answer (find_dialog (), "save");
  }
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM selection_score WHERE note = "
                                       "'Late' AND score = 80"),
                   ==, 1);
  d = wait_for_page (fixture);
  {
    g_autofree char *notes = kr_selection_detail_score_notes (d, candidate_ids[1]);
    const KrSelectionStage *first_stage = g_ptr_array_index (d->stages, 0);
    g_autofree char *expected = g_strdup_printf ("%s: Strong paper", first_stage->name);
    guint n_rows = 0;

    g_assert_cmpstr (notes, ==, expected);
    g_assert_null (kr_selection_detail_score_notes (d, candidate_ids[2]));
    /* The ranking rows carry the notes as their tooltips */
    count_tooltips (GTK_WIDGET (page), expected, &n_rows);
    g_assert_cmpuint (n_rows, >=, 1);
  }

  /* Publish it through the dialog; later stages directly */
  d = wait_for_page (fixture);
  _kr_selection_publish_dialog (page, 0);
  kr_test_spin ();
  answer (find_dialog (), "save");
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM selection_stage WHERE seq = 1 "
                                            "AND published_on IS NOT NULL AND selection_id = "
                                            "%" G_GINT64_FORMAT,
                                            selection->id);

    g_assert_cmpint (query_int (fixture, sql), ==, 1);
  }
  d = wait_for_page (fixture);
  kr_date_today (NULL, &today);
  for (guint k = 1; k < d->stages->len; k++)
    {
      const KrSelectionStage *stage = g_ptr_array_index (d->stages, k);

      for (guint i = 0; i < 4; i++)
        {
          g_assert_true (kr_selection_repository_set_score (
              fixture->selections, candidate_ids[i], stage->id, 60 + 10 * i + k, NULL, &error));
          g_assert_no_error (error);
        }
      g_assert_true (
          kr_selection_repository_publish_stage (fixture->selections, stage->id, &today, &error));
      g_assert_no_error (error);
    }
  d = wait_for_page (fixture);
  g_assert_true (d->ranking->final);
  g_assert_cmpuint (d->ranking->rows->len, ==, 4);
  for (guint i = 0; i < d->ranking->rows->len; i++)
    n_proposed += ((KrSelectionRankingRow *) g_ptr_array_index (d->ranking->rows, i))->proposed;
  g_assert_cmpuint (n_proposed, ==, 3);
  /* Tall enough to show the whole page */
  gtk_window_set_default_size (fixture->window, 1100, 2600);
  kr_test_settle (GTK_WIDGET (fixture->window));
  kr_test_save_screenshot (GTK_WIDGET (fixture->window), "selections-page");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  /* Tall enough to show the whole page */
  gtk_window_set_default_size (fixture->window, 1100, 2600);
  kr_test_settle (GTK_WIDGET (fixture->window));
  kr_test_save_screenshot (GTK_WIDGET (fixture->window), "selections-page");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* The documents build from a connection of their own */
  {
    KrSelectionPrintRequest request = { .selection_id = selection->id, .stage_index = 0 };
    g_autoptr (KrDocument) announcement =
        kr_selection_print_build_announcement (fixture->db, &request, &error);
    g_autoptr (KrDocument) ranking = NULL;

    g_assert_no_error (error);
    g_assert_nonnull (announcement);
    ranking = kr_selection_print_build_ranking (fixture->db, &request, &error);
    g_assert_no_error (error);
    g_assert_nonnull (ranking);
    request.stage_index = 9;
    g_assert_null (kr_selection_print_build_announcement (fixture->db, &request, &error));
    g_assert_nonnull (error);
  }

  /* Back to the list */
  g_signal_emit_by_name (page, "back");
  g_assert_cmpint (kr_selections_view_get_selection_id (view), ==, 0);
  kr_test_wait_until (selections_done, view);
  kr_test_settle (GTK_WIDGET (fixture->window));
  kr_test_save_screenshot (GTK_WIDGET (fixture->window), "selections-list");
}

int
main (int argc, char *argv[])
{
  kr_test_ui_init (&argc, &argv);

  g_test_add ("/selections/vacancies", Fixture, NULL, fixture_setup, test_vacancies,
              fixture_teardown);
  g_test_add ("/selections/vacancy-need", Fixture, NULL, fixture_setup, test_vacancy_need,
              fixture_teardown);
  g_test_add ("/selections/flow", Fixture, NULL, fixture_setup, test_selection_flow,
              fixture_teardown);
  return g_test_run ();
}
