/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-demo.h"
#include "kr-employee-profile.h"
#include "kr-employee-repository.h"
#include "kr-identity.h"
#include "kr-promotion-record-dialog.h"
#include "kr-promotions-common.h"
#include "kr-promotions-page.h"
#include "kr-talent-page.h"
#include "kr-test-ui.h"
#include "kr-test-utils.h"

/* The Promotion view of an employee's profile (the next period's verdict, the KP proposals,
 * ujian dinas and angka kredit, which it edits) over a demo organisation in a database file
 * (the view reads in a worker with a connection of its own), and Ctrl+F in the Promotions and
 * Selection & Talent sections. */

typedef struct
{
  char *dir;
  KrDatabase *db;
  KrPromotionRepository *promotions;
  KrEmployeeRepository *employees;
  KrUnitRepository *units;
  GtkWindow *window;
} Fixture;

static void
fixture_setup (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;
  KrDemoOptions options = { 0 };

  fixture->dir = kr_test_make_tmp_dir ("karier-profile-promotion-XXXXXX");
  path = g_build_filename (fixture->dir, "karier.db", NULL);
  fixture->db = kr_database_open (path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  options.n_employees = 300;
  options.seed = 7;
  options.appraisals = KR_DEMO_APPRAISALS_ALL;
  g_assert_true (kr_demo_generate (fixture->db, &options, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  fixture->promotions = kr_promotion_repository_new (fixture->db);
  fixture->employees = kr_employee_repository_new (fixture->db);
  fixture->units = kr_unit_repository_new (fixture->db);
  fixture->window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_default_size (fixture->window, 1000, 900);
}

static void
fixture_teardown (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();
  gint64 until;

  for (GList *l = toplevels; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  kr_test_spin ();
  until = g_get_monotonic_time () + 300 * G_TIME_SPAN_MILLISECOND;
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  kr_test_finalize_object (fixture->promotions);
  kr_test_finalize_object (fixture->employees);
  kr_test_finalize_object (fixture->units);
  kr_test_finalize_object (fixture->db);
  kr_test_ui_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* Looking at the widgets */

static gboolean
profile_done (gpointer data)
{
  return !kr_employee_profile_get_promotion_loading (data);
}

static void
wait_for (GtkWidget *profile)
{
  kr_test_spin ();
  kr_test_wait_until (profile_done, profile);
}

static GtkWidget *
find_row (GtkWidget *widget, const char *title)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (ADW_IS_PREFERENCES_ROW (c) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (c)), title) == 0)
        return c;
      if ((found = find_row (c, title)) != NULL)
        return found;
    }
  return NULL;
}

/* How many shown buttons under @widget activate @action. */
static guint
count_buttons (GtkWidget *widget, const char *action)
{
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      if (GTK_IS_BUTTON (c) && gtk_widget_get_visible (c) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (c)), action) == 0)
        n++;
      n += count_buttons (c, action);
    }
  return n;
}

static gboolean
rule_met (GtkWidget *profile, KrPromotionRule rule)
{
  const KrPromotionVerdict *verdict =
      kr_employee_profile_get_promotion_verdict (KR_EMPLOYEE_PROFILE (profile));

  g_assert_nonnull (verdict);
  for (guint i = 0; i < verdict->reasons->len; i++)
    {
      const KrPromotionReason *reason = g_ptr_array_index (verdict->reasons, i);

      if (reason->rule == rule)
        return reason->met;
    }
  g_assert_not_reached ();
}

static guint
count_windows (void)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();
  guint n = 0;

  for (GList *l = toplevels; l != NULL; l = l->next)
    n += gtk_widget_get_visible (l->data);
  return n;
}

static AdwMessageDialog *
find_message_dialog (void)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

/* An employee at II/d or III/d eligible for a regular KP on @period thanks to the ujian dinas
 * that KP needs (@level), which is recorded as the demo's only one of that level. */
static gint64
find_eligible_by_ujian (Fixture *fixture, const GDate *period, KrUjianDinasLevel *level)
{
  KrCandidateQuery query = { .period = *period, .subtree = TRUE };
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) list = NULL;
  guint n = 0;

  g_assert_true (
      kr_promotion_repository_count_candidates (fixture->promotions, &query, &n, &error));
  list = kr_promotion_repository_list_candidates (fixture->promotions, &query, 0, n, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < list->len; i++)
    {
      const KrPromotionCandidate *c = g_ptr_array_index (list, i);

      if ((c->rank == KR_RANK_II_D || c->rank == KR_RANK_III_D) &&
          c->verdict->verdict == KR_PROMOTION_ELIGIBLE && c->verdict->kind == KR_KP_KIND_REGULER &&
          kr_ujian_dinas_needed (c->rank, c->verdict->to_rank, level))
        return c->employee_id;
    }
  return 0;
}

static guint
count_ujian (Fixture *fixture, gint64 employee)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) records =
      kr_promotion_repository_list_ujian_dinas (fixture->promotions, employee, &error);

  g_assert_no_error (error);
  return records->len;
}

static GDate
days_ago (guint days)
{
  GDate date;

  kr_date_today (NULL, &date);
  g_date_subtract_days (&date, days);
  return date;
}

/* The Promotion view */

static const KrUjianDinas *
find_level (GPtrArray *records, KrUjianDinasLevel level)
{
  for (guint i = 0; i < records->len; i++)
    if (((KrUjianDinas *) g_ptr_array_index (records, i))->level == level)
      return g_ptr_array_index (records, i);
  g_assert_not_reached ();
}

static void
test_ujian_dinas (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GArray) periods = kr_promotions_upcoming_periods (1);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) records = NULL;
  g_autofree char *year_ago = NULL;
  g_autofree char *future = NULL;
  GDate date;
  GtkWidget *profile, *dialog, *row;
  KrPromotionRecordDialog *form;
  KrUjianDinasLevel level = KR_UJIAN_DINAS_II_III;
  const char *level_label;
  guint n_before;
  const KrUjianDinas *record;
  gint64 employee, id;

  /* The demo's employee loses the ujian dinas their KP needs: blocked by that rule alone. */
  employee = find_eligible_by_ujian (fixture, &g_array_index (periods, GDate, 0), &level);
  g_assert_cmpint (employee, >, 0);
  records = kr_promotion_repository_list_ujian_dinas (fixture->promotions, employee, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < records->len; i++)
    {
      const KrUjianDinas *r = g_ptr_array_index (records, i);

      if (r->level == level)
        g_assert_true (
            kr_promotion_repository_delete_ujian_dinas (fixture->promotions, r->id, &error));
    }
  g_assert_no_error (error);
  g_clear_pointer (&records, g_ptr_array_unref);
  n_before = count_ujian (fixture, employee);
  level_label = kr_ujian_dinas_level_get_label (level);

  profile = kr_employee_profile_new (fixture->employees, fixture->units);
  kr_employee_profile_set_promotion_repository (KR_EMPLOYEE_PROFILE (profile), fixture->promotions);
  kr_employee_profile_set_employee_id (KR_EMPLOYEE_PROFILE (profile), employee);
  adw_window_set_content (ADW_WINDOW (fixture->window), profile);
  gtk_window_present (fixture->window);
  wait_for (profile);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (gtk_widget_get_template_child (
                                             profile, KR_TYPE_EMPLOYEE_PROFILE, "view_stack")),
                                         "promotion");

  /* Blocked by ujian dinas alone: the view says so, rule by rule. */
  g_assert_cmpint (
      kr_employee_profile_get_promotion_verdict (KR_EMPLOYEE_PROFILE (profile))->verdict, ==,
      KR_PROMOTION_BLOCKED);
  g_assert_false (rule_met (profile, KR_PROMOTION_RULE_UJIAN_DINAS));
  g_assert_null (find_row (profile, level_label));
  g_assert_nonnull (find_row (profile, n_before == 0 ? "No ujian dinas recorded" : "Ujian dinas"));
  g_assert_cmpuint (count_buttons (profile, "profile.edit-ujian-dinas"), ==, n_before);
  g_assert_cmpuint (count_buttons (profile, "profile.add-ujian-dinas"), ==, 1);
  kr_test_settle (GTK_WIDGET (fixture->window));
  kr_test_save_screenshot (GTK_WIDGET (fixture->window), "profile-promotion-blocked");

  /* Adding: the form names the field at fault, then saves; the verdict follows. */
  dialog = kr_ujian_dinas_dialog_new (fixture->window, fixture->promotions, employee, NULL);
  form = KR_PROMOTION_RECORD_DIALOG (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_cmpstr (kr_promotion_record_dialog_get_message (form), ==, "Date: enter a valid date");
  kr_promotion_record_dialog_set_date_text (form, "31-02-2020");
  g_assert_true (g_str_has_prefix (kr_promotion_record_dialog_get_message (form), "Date: "));
  date = days_ago (0);
  g_date_add_days (&date, 10);
  future = kr_date_format_iso (&date);
  kr_promotion_record_dialog_set_date_text (form, future);
  g_assert_cmpstr (kr_promotion_record_dialog_get_message (form), ==,
                   "Date: the date is in the future");
  date = days_ago (365);
  year_ago = kr_date_format_iso (&date);
  kr_promotion_record_dialog_set_date_text (form, year_ago);
  kr_promotion_record_dialog_set_level (form, level);
  kr_promotion_record_dialog_set_certificate (form, "UD-I/2025/017");
  g_assert_null (kr_promotion_record_dialog_get_message (form));
  kr_test_settle (dialog);
  kr_test_save_screenshot (dialog, "profile-promotion-ujian-dialog");
  g_assert_true (kr_promotion_record_dialog_save (form));
  wait_for (profile);
  row = find_row (profile, level_label);
  g_assert_nonnull (row);
  g_assert_true (
      g_str_has_suffix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), " · UD-I/2025/017"));
  g_assert_null (find_row (profile, "No ujian dinas recorded"));
  g_assert_true (rule_met (profile, KR_PROMOTION_RULE_UJIAN_DINAS));
  g_assert_cmpint (
      kr_employee_profile_get_promotion_verdict (KR_EMPLOYEE_PROFILE (profile))->verdict, ==,
      KR_PROMOTION_ELIGIBLE);
  g_assert_cmpuint (count_buttons (profile, "profile.edit-ujian-dinas"), ==, n_before + 1);
  kr_test_settle (GTK_WIDGET (fixture->window));
  kr_test_save_screenshot (GTK_WIDGET (fixture->window), "profile-promotion-eligible");

  /* The same level again: refused, naming the field; the first record stays. */
  dialog = kr_ujian_dinas_dialog_new (fixture->window, fixture->promotions, employee, NULL);
  form = KR_PROMOTION_RECORD_DIALOG (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  kr_promotion_record_dialog_set_level (form, level);
  kr_promotion_record_dialog_set_date_text (form, year_ago);
  g_assert_false (kr_promotion_record_dialog_save (form));
  g_assert_true (g_str_has_prefix (kr_promotion_record_dialog_get_message (form), "Level: "));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Editing: through the row's action, which opens the form filled in. */
  records = kr_promotion_repository_list_ujian_dinas (fixture->promotions, employee, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, n_before + 1);
  record = find_level (records, level);
  id = record->id;
  dialog = kr_ujian_dinas_dialog_new (fixture->window, fixture->promotions, employee, record);
  form = KR_PROMOTION_RECORD_DIALOG (dialog);
  g_assert_null (kr_promotion_record_dialog_get_message (form));
  kr_promotion_record_dialog_set_certificate (form, "UD-I/2025/018");
  g_assert_true (kr_promotion_record_dialog_save (form));
  wait_for (profile);
  row = find_row (profile, level_label);
  g_assert_true (
      g_str_has_suffix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), " · UD-I/2025/018"));
  g_clear_pointer (&records, g_ptr_array_unref);
  records = kr_promotion_repository_list_ujian_dinas (fixture->promotions, employee, &error);
  g_assert_cmpuint (records->len, ==, n_before + 1);
  g_assert_cmpint (find_level (records, level)->id, ==, id);

  /* Deleting asks first; Cancel keeps it, Delete removes it and the verdict is blocked again. */
  g_assert_true (
      gtk_widget_activate_action (profile, "profile.delete-ujian-dinas", "x", (gint64) id));
  g_assert_nonnull (find_message_dialog ());
  adw_message_dialog_response (find_message_dialog (), "cancel");
  gtk_window_destroy (GTK_WINDOW (find_message_dialog ()));
  kr_test_spin ();
  g_assert_cmpuint (count_ujian (fixture, employee), ==, n_before + 1);
  g_assert_true (
      gtk_widget_activate_action (profile, "profile.delete-ujian-dinas", "x", (gint64) id));
  adw_message_dialog_response (find_message_dialog (), "delete");
  gtk_window_destroy (GTK_WINDOW (find_message_dialog ()));
  wait_for (profile);
  g_assert_null (find_row (profile, level_label));
  g_assert_cmpuint (count_ujian (fixture, employee), ==, n_before);
  g_assert_false (rule_met (profile, KR_PROMOTION_RULE_UJIAN_DINAS));
  g_assert_cmpint (
      kr_employee_profile_get_promotion_verdict (KR_EMPLOYEE_PROFILE (profile))->verdict, ==,
      KR_PROMOTION_BLOCKED);
}

static void
test_angka_kredit (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) records = NULL;
  g_autofree char *year = NULL;
  GDate today;
  GtkWidget *profile, *dialog, *row;
  KrPromotionRecordDialog *form;
  gint64 employee;

  kr_date_today (NULL, &today);
  year = g_strdup_printf ("%u", (guint) g_date_get_year (&today));
  employee = kr_test_query_int (_kr_database_get_handle (fixture->db),
                                "SELECT e.id FROM employee e WHERE e.kind = 'pns' AND e.status = "
                                "'aktif' AND NOT EXISTS (SELECT 1 FROM angka_kredit a WHERE "
                                "a.employee_id = e.id) ORDER BY e.id LIMIT 1");
  g_assert_cmpint (employee, >, 0);

  profile = kr_employee_profile_new (fixture->employees, fixture->units);
  kr_employee_profile_set_promotion_repository (KR_EMPLOYEE_PROFILE (profile), fixture->promotions);
  kr_employee_profile_set_employee_id (KR_EMPLOYEE_PROFILE (profile), employee);
  adw_window_set_content (ADW_WINDOW (fixture->window), profile);
  gtk_window_present (fixture->window);
  wait_for (profile);
  g_assert_nonnull (find_row (profile, "No angka kredit recorded"));

  dialog = kr_angka_kredit_dialog_new (fixture->window, fixture->promotions, employee, NULL);
  form = KR_PROMOTION_RECORD_DIALOG (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  /* The year and the value are held within range by their spin buttons. */
  kr_promotion_record_dialog_set_year (form, 1900);
  kr_promotion_record_dialog_set_value (form, 12.5);
  kr_promotion_record_dialog_set_year (form, g_date_get_year (&today) + 5);
  g_assert_null (kr_promotion_record_dialog_get_message (form));
  kr_test_settle (dialog);
  kr_test_save_screenshot (dialog, "profile-promotion-ak-dialog");
  g_assert_true (kr_promotion_record_dialog_save (form));
  wait_for (profile);
  row = find_row (profile, year);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Yearly conversion");
  records = kr_promotion_repository_list_angka_kredit (fixture->promotions, employee, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 1);
  g_assert_cmpuint (((KrAngkaKredit *) g_ptr_array_index (records, 0))->year, ==,
                    g_date_get_year (&today));
  g_assert_cmpfloat_with_epsilon (((KrAngkaKredit *) g_ptr_array_index (records, 0))->value, 12.5,
                                  0.001);

  /* The same year and source again: refused, naming the field. */
  dialog = kr_angka_kredit_dialog_new (fixture->window, fixture->promotions, employee, NULL);
  form = KR_PROMOTION_RECORD_DIALOG (dialog);
  g_assert_false (kr_promotion_record_dialog_save (form));
  g_assert_true (g_str_has_prefix (kr_promotion_record_dialog_get_message (form), "Year: "));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Edited to 20 as integration; then deleted. */
  dialog = kr_angka_kredit_dialog_new (fixture->window, fixture->promotions, employee,
                                       g_ptr_array_index (records, 0));
  form = KR_PROMOTION_RECORD_DIALOG (dialog);
  kr_promotion_record_dialog_set_value (form, 20);
  kr_promotion_record_dialog_set_source (form, KR_ANGKA_KREDIT_SOURCE_INTEGRASI);
  g_assert_true (kr_promotion_record_dialog_save (form));
  wait_for (profile);
  row = find_row (profile, year);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Integration");
  g_assert_true (
      gtk_widget_activate_action (profile, "profile.delete-angka-kredit", "x",
                                  (gint64) ((KrAngkaKredit *) g_ptr_array_index (records, 0))->id));
  adw_message_dialog_response (find_message_dialog (), "delete");
  gtk_window_destroy (GTK_WINDOW (find_message_dialog ()));
  wait_for (profile);
  g_assert_null (find_row (profile, year));
  g_assert_nonnull (find_row (profile, "No angka kredit recorded"));

  /* A viewer reads the view but has nothing to add, edit or delete with. */
  {
    g_autoptr (KrIdentity) viewer = kr_identity_new (1, "viewer", "Viewer", KR_ROLE_VIEWER, 0);
    KrAngkaKredit record = { .employee_id = employee, .year = 2024, .value = 5 };

    g_assert_true (
        kr_promotion_repository_save_angka_kredit (fixture->promotions, &record, &error));
    g_assert_no_error (error);
    kr_database_set_identity (fixture->db, viewer);
    kr_employee_profile_set_promotion_repository (KR_EMPLOYEE_PROFILE (profile), NULL);
    kr_employee_profile_set_promotion_repository (KR_EMPLOYEE_PROFILE (profile),
                                                  fixture->promotions);
    wait_for (profile);
    g_assert_nonnull (find_row (profile, "2024"));
    g_assert_cmpuint (count_buttons (profile, "profile.add-angka-kredit"), ==, 0);
    g_assert_cmpuint (count_buttons (profile, "profile.add-ujian-dinas"), ==, 0);
    g_assert_cmpuint (count_buttons (profile, "profile.edit-angka-kredit"), ==, 0);
    g_assert_cmpuint (count_buttons (profile, "profile.delete-angka-kredit"), ==, 0);
    /* The action does nothing either: no form opens. */
    gtk_widget_activate_action (profile, "profile.add-angka-kredit", NULL);
    g_assert_cmpuint (count_windows (), ==, 1);
    kr_database_set_identity (fixture->db, NULL);
  }
}

/* Ctrl+F */

/* Runs what Ctrl+F does on @page: the shortcut of its own controller (capture phase). */
static void
press_ctrl_f (GtkWidget *page)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (page);
  g_autoptr (GtkShortcutTrigger) ctrl_f = gtk_keyval_trigger_new (GDK_KEY_f, GDK_CONTROL_MASK);
  guint n_found = 0;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) ||
          gtk_event_controller_get_propagation_phase (controller) != GTK_PHASE_CAPTURE)
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (!gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), ctrl_f))
            continue;
          g_assert_true (
              gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, page, NULL));
          n_found++;
        }
    }
  g_assert_cmpuint (n_found, ==, 1);
  kr_test_spin ();
}

static GtkWidget *
focused (Fixture *fixture)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  /* The text of a search entry holds the focus inside it. */
  while (focus != NULL && !GTK_IS_SEARCH_ENTRY (focus))
    focus = gtk_widget_get_parent (focus);
  return focus;
}

static void
test_search_shortcut (Fixture *fixture, gconstpointer data)
{
  GtkWidget *promotions = kr_promotions_page_new ();
  GtkWidget *talent = kr_talent_page_new ();
  GtkWidget *entry;

  adw_window_set_content (ADW_WINDOW (fixture->window), promotions);
  gtk_window_present (fixture->window);
  kr_test_settle (GTK_WIDGET (fixture->window));
  g_assert_null (focused (fixture));
  press_ctrl_f (promotions);
  entry = focused (fixture);
  g_assert_nonnull (entry);
  g_assert_true (gtk_widget_is_ancestor (
      entry, GTK_WIDGET (kr_promotions_page_get_candidates (KR_PROMOTIONS_PAGE (promotions)))));
  kr_promotions_page_set_view (KR_PROMOTIONS_PAGE (promotions), "pipeline");
  kr_test_settle (GTK_WIDGET (fixture->window));
  press_ctrl_f (promotions);
  entry = focused (fixture);
  g_assert_nonnull (entry);
  g_assert_true (gtk_widget_is_ancestor (
      entry, GTK_WIDGET (kr_promotions_page_get_pipeline (KR_PROMOTIONS_PAGE (promotions)))));

  adw_window_set_content (ADW_WINDOW (fixture->window), talent);
  kr_test_settle (GTK_WIDGET (fixture->window));
  kr_talent_page_set_view (KR_TALENT_PAGE (talent), "selections");
  kr_test_settle (GTK_WIDGET (fixture->window));
  press_ctrl_f (talent);
  entry = focused (fixture);
  g_assert_nonnull (entry);
  g_assert_true (gtk_widget_is_ancestor (
      entry, GTK_WIDGET (kr_talent_page_get_selections (KR_TALENT_PAGE (talent)))));
  kr_talent_page_set_view (KR_TALENT_PAGE (talent), "vacancies");
  kr_test_settle (GTK_WIDGET (fixture->window));
  press_ctrl_f (talent);
  entry = focused (fixture);
  g_assert_nonnull (entry);
  g_assert_true (gtk_widget_is_ancestor (
      entry, GTK_WIDGET (kr_talent_page_get_vacancies (KR_TALENT_PAGE (talent)))));
}

int
main (int argc, char *argv[])
{
  kr_test_ui_init (&argc, &argv);

  g_test_add ("/profile-promotion/ujian-dinas", Fixture, NULL, fixture_setup, test_ujian_dinas,
              fixture_teardown);
  g_test_add ("/profile-promotion/angka-kredit", Fixture, NULL, fixture_setup, test_angka_kredit,
              fixture_teardown);
  g_test_add ("/profile-promotion/search-shortcut", Fixture, NULL, fixture_setup,
              test_search_shortcut, fixture_teardown);
  return g_test_run ();
}
