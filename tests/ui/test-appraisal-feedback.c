/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kr-appraisal-editor-private.h"
#include "kr-appraisal-form.h"
#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-demo.h"
#include "kr-peer-feedback-dialog-private.h"
#include "kr-test-appraisal-org.h"
#include "kr-test-ui.h"
#include "kr-test-utils.h"
#include "kr-unit-repository.h"

/* The appraisal editor's 360 feedback and the results of the employee's unit
 * (test-appraisal-import.c has the import of historic appraisals and the trend annex). */

typedef struct
{
  KrTestAppraisalOrg org;
  GtkWindow *window;
  KrAppraisalEditor *editor;
} Fixture;

static void exec_sql (Fixture *fixture, const char *format, ...) G_GNUC_PRINTF (2, 3);

static void
exec_sql (Fixture *fixture, const char *format, ...)
{
  g_autofree char *sql = NULL;
  char *message = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  if (sqlite3_exec (_kr_database_get_handle (fixture->org.db), sql, NULL, NULL, &message) !=
      SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static gint64
last_id (Fixture *fixture)
{
  return sqlite3_last_insert_rowid (_kr_database_get_handle (fixture->org.db));
}

static void
fixture_setup (Fixture *fixture, gconstpointer data)
{
  kr_test_appraisal_org_set_up (&fixture->org, "karier-appraisal-feedback-XXXXXX");
}

/* The editor in a window, under a toast overlay as in the application's window. */
static void
show_editor (Fixture *fixture, gint64 appraisal_id, gint64 evaluation_id)
{
  g_autoptr (GError) error = NULL;
  GtkWidget *overlay = adw_toast_overlay_new ();

  fixture->editor = KR_APPRAISAL_EDITOR (kr_appraisal_editor_new ());
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 900, 800);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (fixture->editor));
  gtk_window_set_child (fixture->window, overlay);
  kr_appraisal_editor_set_repositories (fixture->editor, fixture->org.db, fixture->org.appraisals,
                                        fixture->org.employees);
  g_assert_true (kr_appraisal_editor_load (fixture->editor, appraisal_id, evaluation_id, &error));
  g_assert_no_error (error);
  adw_view_stack_set_visible_child_name (fixture->editor->view_stack, "evaluation");
  gtk_window_present (fixture->window);
}

static void
fixture_teardown (Fixture *fixture, gconstpointer data)
{
  kr_test_appraisal_org_tear_down (&fixture->org);
}

/* Widgets */

static GtkWidget *
find_descendant (GtkWidget *widget, GType type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_descendant (c, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static guint
n_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

static const char *
row_title (GtkListBox *list, guint index)
{
  return adw_preferences_row_get_title (
      ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (list, index)));
}

static KrPeerFeedbackDialog *
find_feedback_dialog (void)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (KR_IS_PEER_FEEDBACK_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static gboolean
can_save (KrPeerFeedbackDialog *dialog)
{
  return gtk_widget_get_sensitive (dialog->save_button);
}

/* Picks @employee_id through the colleague row's search popover, by their NIP. */
static void
pick_colleague (Fixture *fixture, KrPeerFeedbackDialog *dialog, gint64 employee_id)
{
  g_autoptr (KrEmployee) employee =
      kr_employee_repository_get (fixture->org.employees, employee_id, NULL);
  GtkWidget *button = find_descendant (GTK_WIDGET (dialog->colleague_row), GTK_TYPE_MENU_BUTTON);
  GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  GtkWidget *entry = find_descendant (popover, GTK_TYPE_SEARCH_ENTRY);
  GtkListBox *matches = GTK_LIST_BOX (find_descendant (popover, GTK_TYPE_LIST_BOX));

  gtk_editable_set_text (GTK_EDITABLE (entry), kr_employee_get_nip (employee));
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_cmpuint (n_rows (matches), ==, 1);
  g_signal_emit_by_name (matches, "row-activated", gtk_list_box_get_row_at_index (matches, 0));
  g_assert_cmpint (dialog->colleague_id, ==, employee_id);
}

/* Rates and finalises evaluation @id through the repository. */
static void
finalise (Fixture *fixture, gint64 id)
{
  g_autoptr (KrAppraisalEvaluation) evaluation = NULL;
  g_autoptr (GError) error = NULL;
  const KrAppraisalAction steps[] = { KR_APPRAISAL_ACTION_SUBMIT, KR_APPRAISAL_ACTION_REVIEW,
                                      KR_APPRAISAL_ACTION_FINALISE };

  evaluation = kr_appraisal_repository_get_evaluation (fixture->org.appraisals, id, &error);
  g_assert_no_error (error);
  evaluation->has_results_rating = evaluation->has_behaviour_rating = TRUE;
  evaluation->results_rating = evaluation->behaviour_rating = KR_RATING_AS_EXPECTED;
  g_assert_true (
      kr_appraisal_repository_save_evaluation (fixture->org.appraisals, evaluation, &error));
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_assert_true (
          kr_appraisal_repository_apply (fixture->org.appraisals, id, steps[i], NULL, &error));
      g_assert_no_error (error);
    }
}

static guint
n_stored (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) list = kr_appraisal_repository_list_peer_feedback (
      fixture->org.appraisals, fixture->org.evaluation_id, &error);

  g_assert_no_error (error);
  return list->len;
}

/* 360 feedback: added through the dialog, listed, deleted and restored with Undo. */
static void
test_feedback (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrEmployee) colleague = NULL;
  g_autoptr (GPtrArray) stored = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *colleague_name = NULL;
  KrPeerFeedbackDialog *dialog;
  KrAppraisalEditor *editor;
  KrPeerFeedback *feedback;
  GDate tomorrow;
  char text[16];
  gint64 id;

  show_editor (fixture, fixture->org.appraisal_id, fixture->org.evaluation_id);
  editor = fixture->editor;
  g_assert_nonnull (editor->feedback_list);
  g_assert_cmpuint (n_rows (editor->feedback_list), ==, 0);
  g_assert_true (gtk_widget_get_visible (editor->add_feedback_button));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-feedback", NULL));
  dialog = find_feedback_dialog ();
  g_assert_nonnull (dialog);
  /* Empty: Save stays off, without a complaint. */
  g_assert_false (can_save (dialog));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog->error_label)));
  g_assert_nonnull (kr_date_row_get_date (dialog->date_row));
  gtk_editable_set_text (GTK_EDITABLE (dialog->text_row), "  Selalu tepat waktu  ");
  g_assert_true (can_save (dialog));

  /* A date ahead marks the date row. */
  kr_date_today (NULL, &tomorrow);
  g_date_add_days (&tomorrow, 1);
  g_snprintf (text, sizeof text, "%02u-%02u-%04u", g_date_get_day (&tomorrow),
              g_date_get_month (&tomorrow), g_date_get_year (&tomorrow));
  gtk_editable_set_text (GTK_EDITABLE (dialog->date_row), text);
  g_assert_false (can_save (dialog));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (dialog->date_row), "error"));
  g_assert_true (strstr (gtk_label_get_label (dialog->error_label), "future") != NULL);
  gtk_editable_set_text (GTK_EDITABLE (dialog->date_row), "01-01-2020");
  g_assert_true (can_save (dialog));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (dialog->date_row), "error"));

  /* The employee cannot be their own colleague. */
  pick_colleague (fixture, dialog, fixture->org.employee_id);
  g_assert_false (can_save (dialog));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (dialog->colleague_row), "error"));
  pick_colleague (fixture, dialog, fixture->org.colleague_id);
  g_assert_true (can_save (dialog));
  adw_combo_row_set_selected (dialog->relation_row, KR_PEER_RELATION_SUPERIOR);
  /* Item 0 is "General". */
  adw_combo_row_set_selected (dialog->behaviour_row, 1 + KR_BEHAVIOUR_AKUNTABEL);
  kr_test_settle (GTK_WIDGET (dialog));
  kr_test_save_screenshot (GTK_WIDGET (dialog), "appraisal-feedback-dialog");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "feedback.save", NULL));
  kr_test_spin ();
  g_assert_null (find_feedback_dialog ());

  stored = kr_appraisal_repository_list_peer_feedback (fixture->org.appraisals,
                                                       fixture->org.evaluation_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 1);
  feedback = g_ptr_array_index (stored, 0);
  g_assert_cmpint (feedback->relation, ==, KR_PEER_RELATION_SUPERIOR);
  g_assert_cmpint (feedback->from_employee_id, ==, fixture->org.colleague_id);
  g_assert_true (feedback->has_behaviour);
  g_assert_cmpint (feedback->behaviour, ==, KR_BEHAVIOUR_AKUNTABEL);
  g_assert_cmpstr (feedback->feedback, ==, "Selalu tepat waktu");
  g_assert_cmpuint (g_date_get_year (&feedback->given_on), ==, 2020);
  id = feedback->id;

  /* The list shows it: relation · who; the value, date and text below. */
  colleague = kr_employee_repository_get (fixture->org.employees, fixture->org.colleague_id, NULL);
  colleague_name = kr_employee_dup_full_name (colleague);
  expected = g_markup_printf_escaped ("Superior · %s", colleague_name);
  g_assert_cmpuint (n_rows (editor->feedback_list), ==, 1);
  g_assert_cmpstr (row_title (editor->feedback_list, 0), ==, expected);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (
                                gtk_list_box_get_row_at_index (editor->feedback_list, 0))),
                            "Akuntabel"));
  kr_test_settle (GTK_WIDGET (fixture->window));
  kr_test_save_screenshot (GTK_WIDGET (fixture->window), "appraisal-feedback-list");

  /* Deleted, then back with Undo. */
  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (editor), "editor.delete-feedback", "x", id));
  g_assert_cmpuint (n_rows (editor->feedback_list), ==, 0);
  g_assert_cmpuint (n_stored (fixture), ==, 0);
  g_assert_nonnull (editor->undo_toast);
  g_signal_emit_by_name (editor->undo_toast, "button-clicked");
  g_assert_cmpuint (n_stored (fixture), ==, 1);
  g_assert_cmpuint (n_rows (editor->feedback_list), ==, 1);
  g_assert_cmpstr (row_title (editor->feedback_list, 0), ==, expected);

  /* Anonymous feedback. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-feedback", NULL));
  dialog = find_feedback_dialog ();
  gtk_editable_set_text (GTK_EDITABLE (dialog->text_row), "Ramah kepada pengguna layanan");
  adw_combo_row_set_selected (dialog->relation_row, KR_PEER_RELATION_OTHER);
  g_assert_true (kr_peer_feedback_dialog_save (dialog));
  kr_test_spin ();
  g_assert_cmpuint (n_rows (editor->feedback_list), ==, 2);
  g_assert_cmpstr (row_title (editor->feedback_list, 1), ==, "Other · Anonymous");
}

/* A final evaluation's feedback is shown, not changed; the repository's refusal shows in the
 * dialog when the evaluation becomes final while it is open. */
static void
test_feedback_final (Fixture *fixture, gconstpointer data)
{
  KrPeerFeedback feedback = { .evaluation_id = fixture->org.evaluation_id,
                              .relation = KR_PEER_RELATION_PEER,
                              .feedback = (char *) "Teliti" };
  g_autoptr (GError) error = NULL;
  KrPeerFeedbackDialog *dialog;
  gint64 id;

  id = kr_appraisal_repository_add_peer_feedback (fixture->org.appraisals, &feedback, &error);
  g_assert_no_error (error);
  show_editor (fixture, fixture->org.appraisal_id, fixture->org.evaluation_id);
  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "editor.add-feedback", NULL));
  dialog = find_feedback_dialog ();
  gtk_editable_set_text (GTK_EDITABLE (dialog->text_row), "Terlambat");
  finalise (fixture, fixture->org.evaluation_id);
  g_assert_false (kr_peer_feedback_dialog_save (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog->error_label)));
  g_assert_nonnull (strstr (gtk_label_get_label (dialog->error_label), "final"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_true (kr_appraisal_editor_load (fixture->editor, fixture->org.appraisal_id,
                                           fixture->org.evaluation_id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows (fixture->editor->feedback_list), ==, 1);
  g_assert_cmpstr (row_title (fixture->editor->feedback_list, 0), ==, "Peer · Anonymous");
  g_assert_false (gtk_widget_get_visible (fixture->editor->add_feedback_button));
  g_assert_null (find_descendant (GTK_WIDGET (fixture->editor->feedback_list), GTK_TYPE_BUTTON));
  gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "editor.add-feedback", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "editor.delete-feedback", "x", id);
  g_assert_cmpuint (n_stored (fixture), ==, 1);
  g_assert_null (find_feedback_dialog ());
}

/* The unit's results beside the evaluation */

typedef struct
{
  gint64 pd;
  gint64 employee;
} Organisation;

/* An instansi, a perangkat daerah and a bidang in it, with one employee in the bidang. */
static void
craft_organisation (Fixture *fixture, Organisation *org)
{
  gint64 root, bidang, position;

  exec_sql (fixture, "INSERT INTO unit (code, name, kind) VALUES ('KOTA', 'Kota Contoh', "
                     "'instansi')");
  root = last_id (fixture);
  exec_sql (fixture,
            "INSERT INTO unit (parent_id, code, name, kind) VALUES (%lld, 'DPMPTSP', "
            "'Dinas Penanaman Modal', 'perangkat_daerah')",
            (long long) root);
  org->pd = last_id (fixture);
  exec_sql (fixture,
            "INSERT INTO unit (parent_id, code, name, kind) VALUES (%lld, 'PEL', "
            "'Bidang Pelayanan', 'bidang')",
            (long long) org->pd);
  bidang = last_id (fixture);
  exec_sql (fixture,
            "INSERT INTO position (unit_id, name, kind, is_head) VALUES (%lld, 'Analis', "
            "'pelaksana', 0)",
            (long long) bidang);
  position = last_id (fixture);
  exec_sql (fixture, "INSERT INTO employee (nip, name, birth_date, gender, kind, tmt_cpns) VALUES "
                     "('198001012010012001', 'Siti Aminah', '1980-01-01', 'F', 'pns', "
                     "'2010-01-01')");
  org->employee = last_id (fixture);
  exec_sql (fixture,
            "INSERT INTO position_history (employee_id, position_id, tmt) VALUES (%lld, %lld, "
            "'2015-01-01')",
            (long long) org->employee, (long long) position);
}

static void
fixture_setup_crafted (Fixture *fixture, gconstpointer data)
{
  kr_test_appraisal_org_open (&fixture->org, "karier-appraisal-units-XXXXXX");
}

/* Loads the annual evaluation of @year of @employee_id, starting the appraisal. */
static void
show_annual (Fixture *fixture, gint64 employee_id, guint year)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) evaluations = NULL;
  gint64 appraisal, annual = 0;

  appraisal = kr_appraisal_repository_start (fixture->org.appraisals, employee_id, year, &error);
  g_assert_no_error (error);
  evaluations =
      kr_appraisal_repository_list_evaluations (fixture->org.appraisals, appraisal, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < evaluations->len; i++)
    if (((KrAppraisalEvaluation *) evaluations->pdata[i])->period == 0)
      annual = ((KrAppraisalEvaluation *) evaluations->pdata[i])->id;
  if (fixture->editor == NULL)
    show_editor (fixture, appraisal, annual);
  else
    g_assert_true (kr_appraisal_editor_load (fixture->editor, appraisal, annual, &error));
  g_assert_no_error (error);
}

static void
test_unit_results (Fixture *fixture, gconstpointer data)
{
  Organisation org;
  g_autofree char *ikm = kr_appraisal_form_format_number (82.75);
  g_autofree char *expected = g_strdup_printf ("IKM %s · B (Baik) · 120 respondents", ikm);

  craft_organisation (fixture, &org);
  /* The perangkat daerah's survey (every NRR 3.31: IKM 82.75) and result of 2023. */
  exec_sql (fixture,
            "INSERT INTO skm_survey (unit_id, year, period, respondents, nrr1, nrr2, nrr3, nrr4, "
            "nrr5, nrr6, nrr7, nrr8, nrr9) VALUES (%lld, 2023, 0, 120, 3.31, 3.31, 3.31, 3.31, "
            "3.31, 3.31, 3.31, 3.31, 3.31)",
            (long long) org.pd);
  exec_sql (fixture,
            "INSERT INTO unit_performance (unit_id, year, period, result) VALUES (%lld, 2023, 0, "
            "'baik')",
            (long long) org.pd);

  show_annual (fixture, org.employee, 2023);
  g_assert_nonnull (fixture->editor->skm_row);
  g_assert_cmpstr (adw_action_row_get_subtitle (fixture->editor->skm_row), ==, expected);
  g_assert_nonnull (fixture->editor->organisation_row);
  g_assert_cmpstr (adw_action_row_get_subtitle (fixture->editor->organisation_row), ==, "Baik");
  kr_test_settle (GTK_WIDGET (fixture->window));
  kr_test_save_screenshot (GTK_WIDGET (fixture->window), "appraisal-unit-results");

  /* 2022 has neither. */
  show_annual (fixture, org.employee, 2022);
  g_assert_cmpstr (adw_action_row_get_subtitle (fixture->editor->skm_row), ==,
                   "No survey recorded for this year");
  g_assert_null (fixture->editor->organisation_row);
}

int
main (int argc, char **argv)
{
  kr_test_ui_init (&argc, &argv);

  g_test_add ("/appraisal-feedback/add-delete-undo", Fixture, NULL, fixture_setup, test_feedback,
              fixture_teardown);
  g_test_add ("/appraisal-feedback/final", Fixture, NULL, fixture_setup, test_feedback_final,
              fixture_teardown);
  g_test_add ("/appraisal-feedback/unit-results", Fixture, NULL, fixture_setup_crafted,
              test_unit_results, fixture_teardown);

  return g_test_run ();
}
