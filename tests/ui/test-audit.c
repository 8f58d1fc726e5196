/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <sqlite3.h>

#include "kr-account-repository-private.h"
#include "kr-application.h"
#include "kr-audit-history-view.h"
#include "kr-audit-page.h"
#include "kr-audit-record-view.h"
#include "kr-database.h"
#include "kr-date-row.h"
#include "kr-employee-profile.h"
#include "kr-employee-repository.h"
#include "kr-test-ui.h"
#include "kr-test-utils.h"
#include "kr-unit-repository.h"
#include "kr-window-audit.h"
#include "kr-window-private.h"

/* A synthetic NIP, built with the DOMAIN 1.1 rules. */
#define NIP_SITI "199003152014032002"

typedef struct
{
  char *dir;
  char *path;
  KrDatabase *db;
  KrUnitRepository *units;
  KrEmployeeRepository *employees;
  gint64 siti;
  gint64 rank;
  gint64 admin;
} Fixture;

/* Waiting */

static gboolean
model_is_settled (gpointer data)
{
  return !kr_audit_model_get_loading (data);
}

static gboolean
model_is_loading (gpointer data)
{
  return kr_audit_model_get_loading (data);
}

static void
wait_for_model (KrAuditModel *model)
{
  kr_test_spin ();
  kr_test_wait_until (model_is_settled, model);
  kr_test_spin ();
}

static gboolean
flag_is_set (gpointer data)
{
  return *(gboolean *) data;
}

/* The fixture: an organisation written before and after its first account, so that the
 * trail has records by nobody and by “admin”, of several kinds and actions. */

static void
set_date (GDate *date, int year, int month, int day)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
}

static gint64
add_rank (Fixture *fixture, guint golongan, int year)
{
  g_autoptr (KrRankEntry) rank = kr_rank_entry_new ();
  g_autoptr (GError) error = NULL;

  rank->employee_id = fixture->siti;
  rank->golongan = golongan;
  rank->promotion_kind =
      golongan == 31 ? KR_PROMOTION_KIND_PENGANGKATAN : KR_PROMOTION_KIND_REGULER;
  set_date (&rank->tmt, year, 4, 1);
  kr_employee_repository_add_rank (fixture->employees, rank, &error);
  g_assert_no_error (error);
  return rank->id;
}

static void
add_siti (Fixture *fixture)
{
  g_autoptr (KrEmployee) siti = kr_employee_new ();
  g_autoptr (GError) error = NULL;
  GDate date;

  kr_employee_set_nip (siti, NIP_SITI);
  kr_employee_set_name (siti, "Siti Aminah");
  kr_employee_set_birth_place (siti, "Bandung");
  set_date (&date, 1990, 3, 15);
  kr_employee_set_birth_date (siti, &date);
  kr_employee_set_gender (siti, KR_GENDER_FEMALE);
  kr_employee_set_phone (siti, "0812-1111-2222");
  set_date (&date, 2014, 3, 1);
  kr_employee_set_tmt_cpns (siti, &date);
  fixture->siti = kr_employee_repository_insert (fixture->employees, siti, NULL, &error);
  g_assert_no_error (error);
  add_rank (fixture, 31, 2014);
  fixture->rank = add_rank (fixture, 32, 2018);
}

static void
sign_in (Fixture *fixture, gint64 account_id, const char *user_name, KrRole role)
{
  g_autoptr (KrIdentity) identity = kr_identity_new (account_id, user_name, user_name, role, 0);

  kr_database_set_identity (fixture->db, identity);
}

static void
add_admin (Fixture *fixture)
{
  g_autoptr (KrAccountRepository) accounts = kr_account_repository_new (fixture->db);
  g_autoptr (KrAccount) account = kr_account_new ();
  g_autoptr (GError) error = NULL;

  /* The cheapest hash libsodium makes: the tests are not about passwords. */
  _kr_account_repository_set_hash_cost (accounts, 1, 8192);
  account->user_name = g_strdup ("admin");
  account->display_name = g_strdup ("Administrator");
  account->role = KR_ROLE_ADMINISTRATOR;
  fixture->admin = kr_account_repository_add (accounts, account, "rahasia-sekali-123", &error);
  g_assert_no_error (error);
}

static void
change_phone (Fixture *fixture, const char *phone)
{
  g_autoptr (KrEmployee) siti =
      kr_employee_repository_get (fixture->employees, fixture->siti, NULL);
  g_autoptr (GError) error = NULL;

  g_assert_nonnull (siti);
  kr_employee_set_phone (siti, phone);
  kr_employee_repository_update (fixture->employees, siti, NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrPositionRecord) position = kr_position_record_new ();
  gint64 pemda, bkpsdm;

  fixture->dir = kr_test_make_tmp_dir ("karier-audit-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "karier.db", NULL);
  fixture->db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  fixture->units = kr_unit_repository_new (fixture->db);
  fixture->employees = kr_employee_repository_new (fixture->db);

  pemda = kr_unit_repository_add (fixture->units, 0, "PEMDA", "Pemerintah Kabupaten Contoh",
                                  KR_UNIT_KIND_INSTANSI, &error);
  g_assert_no_error (error);
  bkpsdm = kr_unit_repository_add (fixture->units, pemda, "BKPSDM", "Badan Kepegawaian Daerah",
                                   KR_UNIT_KIND_PERANGKAT_DAERAH, &error);
  g_assert_no_error (error);
  position->unit_id = bkpsdm;
  position->name = g_strdup ("Analis SDM Aparatur Ahli Muda");
  position->kind = KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN;
  position->level = KR_POSITION_LEVEL_AHLI_MUDA;
  kr_unit_repository_add_position (fixture->units, position, &error);
  g_assert_no_error (error);
  add_siti (fixture);

  /* From here on, an administrator signs the changes. */
  add_admin (fixture);
  sign_in (fixture, fixture->admin, "admin", KR_ROLE_ADMINISTRATOR);
  change_phone (fixture, "0813-3333-4444");
  kr_employee_repository_delete_history (fixture->employees, KR_HISTORY_RANK, fixture->rank,
                                         &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  kr_test_spin ();

  /* Every widget and worker let go of the database, or something leaked. */
  kr_test_finalize_object (fixture->employees);
  kr_test_finalize_object (fixture->units);
  kr_test_finalize_object (fixture->db);
  kr_test_ui_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* Helpers */

static gpointer
child (gpointer widget, GType type, const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (object);
  return object;
}

#define PAGE_CHILD(page, name) child (page, KR_TYPE_AUDIT_PAGE, name)

static guint
count_records (KrDatabase *db, const KrAuditFilter *filter)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) entries = kr_audit_list (db, filter, &error);

  g_assert_no_error (error);
  return entries->len;
}

static KrAuditItem *
model_item (KrAuditModel *model, guint position)
{
  KrAuditItem *item = g_list_model_get_item (G_LIST_MODEL (model), position);

  g_assert_nonnull (item);
  /* The model keeps its own reference. */
  g_object_unref (item);
  return item;
}

/* The position of the first record of @entity written by @action. */
static guint
find_item (KrAuditModel *model, const char *entity, KrAuditAction action)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      KrAuditEntry *entry = kr_audit_item_get_entry (model_item (model, i));

      if (g_str_equal (kr_audit_entry_get_entity (entry), entity) &&
          kr_audit_entry_get_action (entry) == action)
        return i;
    }
  g_assert_not_reached ();
}

static GtkWidget *
show_in_window (GtkWidget *widget, int width, int height)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_set_child (GTK_WINDOW (window), widget);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static KrAuditPage *
open_page (Fixture *fixture, int width)
{
  KrAuditPage *page = KR_AUDIT_PAGE (kr_audit_page_new ());

  show_in_window (GTK_WIDGET (page), width, 760);
  kr_audit_page_set_database (page, fixture->db);
  wait_for_model (kr_audit_page_get_model (page));
  return page;
}

/* The section lists every record, newest first, with the words of the forms. */
static void
test_page_lists (Fixture *fixture, gconstpointer data)
{
  KrAuditPage *page = open_page (fixture, 1280);
  KrAuditModel *model = kr_audit_page_get_model (page);
  guint n = count_records (fixture->db, NULL);
  KrAuditItem *item;

  g_assert_cmpuint (n, >=, 8);
  g_assert_cmpstr (kr_audit_page_get_state (page), ==, "list");
  g_assert_true (kr_audit_model_get_complete (model));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n);

  /* Newest first: the rank the administrator deleted, then the phone they changed. */
  item = model_item (model, 0);
  g_assert_cmpstr (kr_audit_item_get_action_text (item), ==, "Deleted");
  g_assert_cmpstr (kr_audit_item_get_entity_text (item), ==, "Rank history");
  g_assert_cmpstr (kr_audit_item_get_user_name (item), ==, "admin");
  g_assert_nonnull (strstr (kr_audit_item_get_what_text (item), "Siti Aminah"));
  g_assert_nonnull (strstr (kr_audit_item_get_what_text (item), "19900315 201403 2 002"));
  g_assert_nonnull (strstr (kr_audit_item_get_summary_text (item), "Grade (Golongan): III/b"));

  item = model_item (model, 1);
  g_assert_cmpstr (kr_audit_item_get_action_text (item), ==, "Changed");
  g_assert_cmpstr (kr_audit_item_get_entity_text (item), ==, "Employee");
  g_assert_cmpstr (kr_audit_item_get_summary_text (item), ==,
                   "Phone: 0812-1111-2222 → 0813-3333-4444");

  /* Ids in order, each one older than the one before. */
  for (guint i = 1; i < n; i++)
    g_assert_cmpint (kr_audit_item_get_id (model_item (model, i)), <,
                     kr_audit_item_get_id (model_item (model, i - 1)));

  /* The first record: the agency, added before anyone could sign in. */
  item = model_item (model, n - 1);
  g_assert_cmpstr (kr_audit_item_get_action_text (item), ==, "Added");
  g_assert_cmpstr (kr_audit_item_get_what_text (item), ==, "Unit · Pemerintah Kabupaten Contoh");
  g_assert_null (kr_audit_item_get_user_name (item));

  kr_test_save_screenshot (gtk_widget_get_parent (GTK_WIDGET (page)), "audit-page");
}

/* Selecting a record shows each field before and after. */
static void
test_page_details (Fixture *fixture, gconstpointer data)
{
  KrAuditPage *page = open_page (fixture, 1280);
  GtkColumnView *view = PAGE_CHILD (page, "column_view");
  KrAuditRecordView *record = PAGE_CHILD (page, "record_view");
  GtkListBox *changes = child (record, KR_TYPE_AUDIT_RECORD_VIEW, "changes_list");
  GtkSelectionModel *selection = gtk_column_view_get_model (view);
  GtkWidget *row;

  g_assert_null (kr_audit_record_view_get_item (record));
  gtk_selection_model_select_item (selection, 1, TRUE);
  g_assert_true (kr_audit_record_view_get_item (record) ==
                 model_item (kr_audit_page_get_model (page), 1));
  g_assert_cmpstr (gtk_label_get_label (child (record, KR_TYPE_AUDIT_RECORD_VIEW, "user_value")),
                   ==, "admin");
  g_assert_cmpstr (gtk_label_get_label (child (record, KR_TYPE_AUDIT_RECORD_VIEW, "action_value")),
                   ==, "Changed");
  row = gtk_widget_get_first_child (GTK_WIDGET (changes));
  g_assert_nonnull (row);
  g_assert_null (gtk_widget_get_next_sibling (row));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Phone");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "0812-1111-2222"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "0813-3333-4444"));
  kr_test_save_screenshot (gtk_widget_get_parent (GTK_WIDGET (page)), "audit-record");

  /* Siti as she was added: her fields with the forms' labels and values. */
  gtk_selection_model_select_item (
      selection, find_item (kr_audit_page_get_model (page), "employee", KR_AUDIT_ACTION_INSERT),
      TRUE);
  g_assert_cmpstr (kr_audit_item_get_entity_text (kr_audit_record_view_get_item (record)), ==,
                   "Employee");
  {
    g_autoptr (GString) titles = g_string_new (NULL);
    g_autoptr (GString) values = g_string_new (NULL);

    for (row = gtk_widget_get_first_child (GTK_WIDGET (changes)); row != NULL;
         row = gtk_widget_get_next_sibling (row))
      {
        g_string_append_printf (titles, "%s|",
                                adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
        g_string_append_printf (values, "%s|", adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
      }
    g_assert_nonnull (strstr (titles->str, "NIP|Name|"));
    g_assert_nonnull (strstr (titles->str, "Date of Birth|Gender|"));
    g_assert_nonnull (strstr (values->str, "19900315 201403 2 002|Siti Aminah|"));
    g_assert_nonnull (strstr (values->str, "15 March 1990|Female|"));
  }

  /* Narrow, the details replace the list. */
  gtk_window_set_default_size (GTK_WINDOW (gtk_widget_get_parent (GTK_WIDGET (page))), 360, 720);
  kr_test_settle (GTK_WIDGET (page));
  g_assert_true (adw_leaflet_get_folded (PAGE_CHILD (page, "leaflet")));
  kr_test_save_screenshot (gtk_widget_get_parent (GTK_WIDGET (page)), "audit-page-narrow");
  g_signal_emit_by_name (view, "activate", 1);
  g_assert_true (adw_leaflet_get_visible_child (PAGE_CHILD (page, "leaflet")) ==
                 PAGE_CHILD (page, "detail_page"));
  kr_test_save_screenshot (gtk_widget_get_parent (GTK_WIDGET (page)), "audit-record-narrow");
}

static void
set_dates (KrAuditPage *page, int since_days, int until_days)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) since = g_date_time_add_days (now, since_days);
  g_autoptr (GDateTime) until = g_date_time_add_days (now, until_days);
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (since), g_date_time_get_month (since),
                  g_date_time_get_year (since));
  kr_date_row_set_date (PAGE_CHILD (page, "since_row"), &date);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (until), g_date_time_get_month (until),
                  g_date_time_get_year (until));
  kr_date_row_set_date (PAGE_CHILD (page, "until_row"), &date);
}

static guint
entity_position (const char *entity)
{
  const char *const *entities = kr_audit_get_entities ();

  for (guint i = 0; entities[i] != NULL; i++)
    if (g_str_equal (entities[i], entity))
      return i + 1;
  g_assert_not_reached ();
}

/* Each filter narrows the list to what it names; together they narrow it more. */
static void
test_page_filters (Fixture *fixture, gconstpointer data)
{
  KrAuditPage *page = open_page (fixture, 1280);
  KrAuditModel *model = kr_audit_page_get_model (page);
  guint n = count_records (fixture->db, NULL);
  KrAuditFilter by_admin = { .user_name = "admin" };
  KrAuditFilter ranks = { .entity = "rank_history" };
  KrAuditFilter added = { .action = KR_AUDIT_ACTION_INSERT };

  /* The user name, in any case, read at Enter (or when the typing pauses). */
  gtk_editable_set_text (PAGE_CHILD (page, "user_row"), "ADMIN");
  g_signal_emit_by_name (PAGE_CHILD (page, "user_row"), "entry-activated");
  wait_for_model (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==,
                    count_records (fixture->db, &by_admin));
  g_assert_cmpuint (count_records (fixture->db, &by_admin), ==, 2);
  g_assert_cmpstr (adw_window_title_get_subtitle (PAGE_CHILD (page, "list_title")), ==, "Filtered");
  gtk_editable_set_text (PAGE_CHILD (page, "user_row"), "");
  kr_test_wait_until (model_is_loading, model);
  wait_for_model (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n);

  /* The kind of record. */
  adw_combo_row_set_selected (PAGE_CHILD (page, "entity_row"), entity_position ("rank_history"));
  wait_for_model (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 3);
  g_assert_cmpuint (count_records (fixture->db, &ranks), ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpstr (kr_audit_item_get_entity_text (model_item (model, i)), ==, "Rank history");

  /* And the action: two ranks were added, one of them deleted since. */
  adw_combo_row_set_selected (PAGE_CHILD (page, "action_row"), 1);
  wait_for_model (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 2);
  adw_combo_row_set_selected (PAGE_CHILD (page, "action_row"), 3);
  wait_for_model (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
  g_assert_cmpstr (kr_audit_item_get_action_text (model_item (model, 0)), ==, "Deleted");

  /* Clear Filters, then only the action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "audit.clear-filters", NULL));
  wait_for_model (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n);
  adw_combo_row_set_selected (PAGE_CHILD (page, "action_row"), 1);
  wait_for_model (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==,
                    count_records (fixture->db, &added));

  /* Dates: everything was written today. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "audit.clear-filters", NULL));
  set_dates (page, 0, 0);
  wait_for_model (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n);
  set_dates (page, 1, 2);
  wait_for_model (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  g_assert_cmpstr (kr_audit_page_get_state (page), ==, "no-results");
  set_dates (page, -3, -1);
  wait_for_model (model);
  g_assert_cmpstr (kr_audit_page_get_state (page), ==, "no-results");
  kr_test_save_screenshot (gtk_widget_get_parent (GTK_WIDGET (page)), "audit-no-results");
}

/* The list reads a page at a time, and asks for the next as the view nears the end. */
static void
test_model_pages (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrAuditModel) model = kr_audit_model_new ();
  guint n = count_records (fixture->db, NULL);
  guint seen = 0;

  kr_audit_model_set_page_size (model, 3);
  kr_audit_model_set_database (model, fixture->db);
  wait_for_model (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 3);
  g_assert_false (kr_audit_model_get_complete (model));

  /* A view walking down the list, as scrolling does. */
  while (!kr_audit_model_get_complete (model))
    {
      guint len = g_list_model_get_n_items (G_LIST_MODEL (model));

      for (; seen < len; seen++)
        g_object_unref (g_list_model_get_item (G_LIST_MODEL (model), seen));
      wait_for_model (model);
    }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n);
  for (guint i = 1; i < n; i++)
    g_assert_cmpint (kr_audit_item_get_id (model_item (model, i)), <,
                     kr_audit_item_get_id (model_item (model, i - 1)));

  /* A new record shows once the model is asked to look again. */
  change_phone (fixture, "0814-5555-6666");
  kr_audit_model_reload_if_changed (model);
  wait_for_model (model);
  g_assert_cmpstr (kr_audit_item_get_summary_text (model_item (model, 0)), ==,
                   "Phone: 0813-3333-4444 → 0814-5555-6666");

  kr_audit_model_set_database (model, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
}

/* Only administrators read the whole trail; the others see why not. */
static void
test_page_denied (Fixture *fixture, gconstpointer data)
{
  KrAuditPage *page;

  sign_in (fixture, fixture->admin, "peninjau", KR_ROLE_VIEWER);
  page = KR_AUDIT_PAGE (kr_audit_page_new ());
  show_in_window (GTK_WIDGET (page), 1000, 700);
  kr_audit_page_set_database (page, fixture->db);
  kr_test_spin ();
  g_assert_cmpstr (kr_audit_page_get_state (page), ==, "denied");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (kr_audit_page_get_model (page))), ==,
                    0);
  g_assert_false (gtk_widget_is_sensitive (PAGE_CHILD (page, "export_button")));
  g_assert_false (gtk_widget_get_sensitive (PAGE_CHILD (page, "filter_button")));
  kr_test_save_screenshot (gtk_widget_get_parent (GTK_WIDGET (page)), "audit-denied");

  /* Signed in as an administrator again, the same page reads. */
  sign_in (fixture, fixture->admin, "admin", KR_ROLE_ADMINISTRATOR);
  kr_audit_page_set_database (page, fixture->db);
  wait_for_model (kr_audit_page_get_model (page));
  g_assert_cmpstr (kr_audit_page_get_state (page), ==, "list");
}

/* Export writes what the filters select, as CSV that can be checked against the chain. */

static void
export_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (g_task_propagate_boolean (G_TASK (result), &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static guint
export_lines (KrAuditPage *page, const char *path)
{
  g_autofree char *contents = NULL;
  g_auto (GStrv) lines = NULL;
  gboolean done = FALSE;

  _kr_audit_page_export_to (page, path, export_done_cb, &done);
  kr_test_wait_until (flag_is_set, &done);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF"
                                             "id,at,account_id,user_name,action,"
                                             "entity,entity_id,employee_id,changes,prev_hash,"
                                             "hash\r\n"));
  lines = g_strsplit (contents, "\r\n", -1);
  /* The header, the records, and the empty text after the last line's end. */
  return g_strv_length (lines) - 2;
}

static void
test_page_export (Fixture *fixture, gconstpointer data)
{
  KrAuditPage *page = open_page (fixture, 1000);
  g_autofree char *all = g_build_filename (fixture->dir, "audit.csv", NULL);
  g_autofree char *ranks = g_build_filename (fixture->dir, "ranks.csv", NULL);
  g_autofree char *contents = NULL;

  g_assert_cmpuint (export_lines (page, all), ==, count_records (fixture->db, NULL));
  g_assert_true (g_file_get_contents (all, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, ",admin,update,employee,"));

  adw_combo_row_set_selected (PAGE_CHILD (page, "entity_row"), entity_position ("rank_history"));
  wait_for_model (kr_audit_page_get_model (page));
  g_assert_cmpuint (export_lines (page, ranks), ==, 3);
}

/* The profile's History of Changes: that employee's records, with an edit made just now. */
static void
test_profile_history (Fixture *fixture, gconstpointer data)
{
  GtkWidget *profile = kr_employee_profile_new (fixture->employees, fixture->units);
  KrAuditHistoryView *history = child (profile, KR_TYPE_EMPLOYEE_PROFILE, "history_view");
  KrAuditModel *model = kr_audit_history_view_get_model (history);
  KrAuditFilter of_siti = { .employee_id = fixture->siti };
  KrAuditItem *item;

  kr_employee_profile_set_database (KR_EMPLOYEE_PROFILE (profile), fixture->db);
  kr_employee_profile_set_employee_id (KR_EMPLOYEE_PROFILE (profile), fixture->siti);
  show_in_window (profile, 1000, 760);
  kr_test_settle (profile);
  /* Nothing is read until the view is shown. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  adw_view_stack_set_visible_child_name (child (profile, KR_TYPE_EMPLOYEE_PROFILE, "view_stack"),
                                         "changes");
  wait_for_model (model);
  g_assert_cmpstr (kr_audit_history_view_get_state (history), ==, "list");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==,
                    count_records (fixture->db, &of_siti));
  /* Her own record and her ranks: nothing of the units. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    g_assert_cmpint (
        kr_audit_entry_get_employee_id (kr_audit_item_get_entry (model_item (model, i))), ==,
        fixture->siti);

  /* An edit made now comes first. */
  change_phone (fixture, "0815-7777-8888");
  wait_for_model (model);
  item = model_item (model, 0);
  g_assert_cmpstr (kr_audit_item_get_action_text (item), ==, "Changed");
  g_assert_cmpstr (kr_audit_item_get_entity_text (item), ==, "Employee");
  g_assert_cmpstr (kr_audit_item_get_user_name (item), ==, "admin");
  g_assert_cmpstr (kr_audit_item_get_summary_text (item), ==,
                   "Phone: 0813-3333-4444 → 0815-7777-8888");
  kr_test_save_screenshot (gtk_widget_get_parent (profile), "audit-profile-history");

  /* Another employee: none of Siti's records stay. */
  kr_employee_profile_set_employee_id (KR_EMPLOYEE_PROFILE (profile), 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
}

/* The window: a tampered trail warns everyone, and leads an administrator to the record. */

static gboolean
verified (gpointer data)
{
  return !_kr_window_get_audit_verifying (data) &&
         g_strcmp0 (kr_window_get_state (data), "main") == 0;
}

/* Changes record 3 behind Karier's back, as someone with the sqlite3 shell would. */
static void
tamper (const char *path)
{
  sqlite3 *plain = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &plain, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  /* As the shell's .timeout: a worker of the window just closed may still be closing its
   * connection, which takes a lock for a moment. */
  sqlite3_busy_timeout (plain, 30000);
  g_assert_cmpint (sqlite3_exec (plain,
                                 "DROP TRIGGER audit_log_no_update; "
                                 "UPDATE audit_log SET changes = '{\"name\":[null,\"Lain\"]}' "
                                 "WHERE id = 3",
                                 NULL, NULL, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (plain), ==, SQLITE_OK);
}

static KrApplication *test_app;

static KrWindow *
open_window (const char *path)
{
  KrWindow *window = kr_window_new (test_app);

  /* Straight to the sections, without an account to sign in as. */
  window->setup_optional = TRUE;
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  kr_application_open_database (test_app, path, FALSE);
  g_assert_true (gtk_application_get_active_window (GTK_APPLICATION (test_app)) ==
                 GTK_WINDOW (window));
  kr_test_wait_until (verified, window);
  return window;
}

static void
close_window (KrWindow *window)
{
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (GTK_WINDOW (window));
  kr_test_spin ();
  g_assert_null (window);
}

static void
test_window_warning (Fixture *fixture, gconstpointer data)
{
  KrWindow *window;
  KrAuditPage *page;
  GtkInfoBar *bar;

  /* The fixture's database has accounts: this one has none, so everyone reads everything. */
  g_autofree char *path = g_build_filename (fixture->dir, "tampered.db", NULL);
  {
    g_autoptr (KrDatabase) db = kr_database_open (path, KR_DATABASE_FLAGS_NONE, NULL);
    g_autoptr (KrUnitRepository) units = kr_unit_repository_new (db);

    for (int i = 0; i < 5; i++)
      {
        g_autofree char *code = g_strdup_printf ("U%d", i);
        g_autoptr (GError) error = NULL;

        kr_unit_repository_add (units, 0, code, code, KR_UNIT_KIND_INSTANSI, &error);
        g_assert_no_error (error);
      }
  }

  /* A whole chain: no warning, and the section is there for everyone. */
  window = open_window (path);
  bar = _kr_window_get_audit_warning (window);
  g_assert_cmpint (_kr_window_get_audit_broken_id (window), ==, 0);
  g_assert_false (gtk_info_bar_get_revealed (bar));
  g_assert_true (gtk_widget_get_visible (
      GTK_WIDGET (gtk_list_box_get_row_at_index (window->sidebar_list, 6))));
  close_window (window);

  tamper (path);
  window = open_window (path);
  bar = _kr_window_get_audit_warning (window);
  g_assert_cmpint (_kr_window_get_audit_broken_id (window), ==, 3);
  g_assert_true (gtk_info_bar_get_revealed (bar));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (bar)));
  kr_test_save_screenshot (GTK_WIDGET (window), "audit-window-warning");

  /* Show Record opens the section at record 3, selected and marked. */
  gtk_info_bar_response (bar, GTK_RESPONSE_ACCEPT);
  g_assert_cmpstr (kr_window_get_section (window), ==, "audit");
  page = KR_AUDIT_PAGE (gtk_stack_get_child_by_name (window->section_stack, "audit"));
  wait_for_model (kr_audit_page_get_model (page));
  g_assert_cmpint (kr_audit_item_get_id (model_item (kr_audit_page_get_model (page), 0)), ==, 3);
  g_assert_cmpint (kr_audit_model_get_filter (kr_audit_page_get_model (page))->before_id, ==, 4);
  g_assert_true (gtk_widget_get_visible (
      child (PAGE_CHILD (page, "record_view"), KR_TYPE_AUDIT_RECORD_VIEW, "broken_list")));
  kr_test_save_screenshot (GTK_WIDGET (window), "audit-window-record");
  close_window (window);
}

int
main (int argc, char *argv[])
{
  int status;

  kr_test_ui_init (&argc, &argv);

  test_app = kr_application_new ("io.github.karier.Karier.TestAudit", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (test_app), NULL, NULL);
  g_application_hold (G_APPLICATION (test_app));

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/ui/audit/page-lists", test_page_lists);
  ADD ("/ui/audit/page-details", test_page_details);
  ADD ("/ui/audit/page-filters", test_page_filters);
  ADD ("/ui/audit/model-pages", test_model_pages);
  ADD ("/ui/audit/page-denied", test_page_denied);
  ADD ("/ui/audit/page-export", test_page_export);
  ADD ("/ui/audit/profile-history", test_profile_history);
  ADD ("/ui/audit/window-warning", test_window_warning);
#undef ADD

  status = g_test_run ();
  g_application_release (G_APPLICATION (test_app));
  g_clear_object (&test_app);
  return status;
}
