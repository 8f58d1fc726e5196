/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-preferences-window"

#include "config.h"

#include "kr-preferences-window.h"

#include <glib/gi18n.h>

#include "kr-accounts-page.h"
#include "kr-preferences-backups.h"
#include "kr-paper.h"

struct _KrPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  KrApplication *application;

  AdwPreferencesPage *general_page;
  AdwComboRow *paper_row;
  AdwActionRow *location_row;
  AdwActionRow *schema_row;
  GtkButton *backup_button;
};

G_DEFINE_FINAL_TYPE (KrPreferencesWindow, kr_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static gboolean
paper_get_mapping (GValue *value, GVariant *variant, gpointer user_data)
{
  KrPaper paper;

  if (!kr_paper_from_id (g_variant_get_string (variant, NULL), &paper))
    return FALSE;

  g_value_set_uint (value, (guint) paper);
  return TRUE;
}

static GVariant *
paper_set_mapping (const GValue *value, const GVariantType *expected_type, gpointer user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= KR_N_PAPERS)
    return NULL;

  return g_variant_new_string (kr_paper_get_id ((KrPaper) selected));
}

static void
setup_paper_row (KrPreferencesWindow *self)
{
  g_autoptr (GtkStringList) papers = gtk_string_list_new (NULL);

  for (guint i = 0; i < KR_N_PAPERS; i++)
    gtk_string_list_append (papers, kr_paper_get_label ((KrPaper) i));
  adw_combo_row_set_model (self->paper_row, G_LIST_MODEL (papers));

  g_settings_bind_with_mapping (kr_application_get_settings (self->application), "default-paper",
                                self->paper_row, "selected", G_SETTINGS_BIND_DEFAULT,
                                paper_get_mapping, paper_set_mapping, NULL, NULL);
}

/* As the window's Back Up action: whoever may change the records, or anyone while the
 * database has no accounts. */
static gboolean
may_back_up (KrDatabase *database)
{
  KrIdentity *identity = kr_database_get_identity (database);
  gboolean has_accounts = TRUE;

  if (identity != NULL)
    return kr_identity_can (identity, KR_PERMISSION_WRITE_EMPLOYEES);
  return kr_database_has_accounts (database, &has_accounts, NULL) && !has_accounts;
}

static void
show_database (KrPreferencesWindow *self)
{
  KrDatabase *database = kr_application_get_database (self->application);
  g_autofree char *schema = NULL;

  if (database == NULL)
    {
      adw_action_row_set_subtitle (self->location_row, _ ("No database is open"));
      adw_action_row_set_subtitle (self->schema_row, "—");
      gtk_widget_set_sensitive (GTK_WIDGET (self->backup_button), FALSE);
      return;
    }

  adw_action_row_set_subtitle (self->location_row, kr_database_get_path (database));
  /* Translators: the schema version of the open database and the newest this program knows */
  schema = g_strdup_printf (_ ("%d (this version of Karier knows up to %d)"),
                            kr_database_get_schema_version (database),
                            kr_database_get_latest_schema_version ());
  adw_action_row_set_subtitle (self->schema_row, schema);
  gtk_widget_set_sensitive (GTK_WIDGET (self->backup_button), may_back_up (database));
}

/* Administrators manage the accounts here. */
static void
add_accounts_page (KrPreferencesWindow *self)
{
  KrDatabase *database = kr_application_get_database (self->application);
  KrIdentity *identity = database != NULL ? kr_database_get_identity (database) : NULL;
  GtkWidget *page;

  if (identity == NULL || !kr_identity_can (identity, KR_PERMISSION_MANAGE_ACCOUNTS))
    return;

  page = kr_accounts_page_new (database, kr_application_get_account_repository (self->application),
                               kr_application_get_unit_repository (self->application),
                               kr_application_get_employee_repository (self->application));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (page));
}

static void
activate_on_parent (KrPreferencesWindow *self, const char *action)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  /* The file chooser belongs to the main window, which outlives this one. */
  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), action, NULL);
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_open_clicked_cb (KrPreferencesWindow *self)
{
  activate_on_parent (self, "win.open-database");
}

static void
on_backup_clicked_cb (KrPreferencesWindow *self)
{
  activate_on_parent (self, "win.backup-database");
}

static void
kr_preferences_window_class_init (KrPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/karier/Karier/kr-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KrPreferencesWindow, general_page);
  gtk_widget_class_bind_template_child (widget_class, KrPreferencesWindow, paper_row);
  gtk_widget_class_bind_template_child (widget_class, KrPreferencesWindow, location_row);
  gtk_widget_class_bind_template_child (widget_class, KrPreferencesWindow, schema_row);
  gtk_widget_class_bind_template_child (widget_class, KrPreferencesWindow, backup_button);
  gtk_widget_class_bind_template_callback (widget_class, on_open_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_backup_clicked_cb);
}

static void
kr_preferences_window_init (KrPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

KrPreferencesWindow *
kr_preferences_window_new (KrApplication *application)
{
  KrPreferencesWindow *self;

  g_return_val_if_fail (KR_IS_APPLICATION (application), NULL);

  self = g_object_new (KR_TYPE_PREFERENCES_WINDOW, NULL);
  self->application = application;
  setup_paper_row (self);
  show_database (self);
  adw_preferences_page_add (self->general_page,
                            kr_preferences_backups_group_new (application, GTK_WINDOW (self)));
  add_accounts_page (self);

  return self;
}
