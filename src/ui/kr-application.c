/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-application"

#include "config.h"

#include "kr-application.h"

#include <glib/gi18n.h>

#include "kr-application-private.h"
#include "kr-error.h"
#include "kr-preferences-window.h"
#include "kr-window.h"

struct _KrApplication
{
  AdwApplication parent_instance;

  GSettings *settings;
  KrDatabase *database;
  KrAccountRepository *accounts;
  KrEmployeeRepository *employees;
  KrUnitRepository *units;
  KrAppraisalRepository *appraisals;
  KrTrainingRepository *training;
  KrPromotionRepository *promotions;
  KrVacancyRepository *vacancies;
  KrDashboardRepository *dashboard;
  KrSelectionRepository *selections;
  KrTalentRepository *talent;
  GCancellable *opening;
  guint busy;
};

G_DEFINE_FINAL_TYPE (KrApplication, kr_application, ADW_TYPE_APPLICATION)

typedef struct
{
  char *path;
  /* The backup folder the user chose (or the default one), for the backup before an upgrade;
   * read here, in the main thread, from the settings. */
  char *backup_folder;
  KrDatabaseFlags flags;
  gboolean remember;
} OpenRequest;

static void
open_request_free (OpenRequest *request)
{
  g_free (request->path);
  g_free (request->backup_folder);
  g_free (request);
}

static KrWindow *
get_window (KrApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      window = GTK_WINDOW (kr_window_new (self));
      gtk_window_present (window);
    }

  return KR_WINDOW (window);
}

/* A decree that took effect added a rank history row through the promotions repository: the
 * employee lists and profiles, which follow the employees repository, read again. */
static void
on_promotions_changed_cb (KrPromotionRepository *promotions, guint mask, KrApplication *self)
{
  if ((mask & KR_PROMOTION_CHANGE_RANKS) && self->employees != NULL)
    g_signal_emit_by_name (self->employees, "changed", (gint64) 0);
}

/* The application owns the database and its repositories; windows get them from here. */
static void
set_database (KrApplication *self, KrDatabase *database)
{
  g_clear_object (&self->accounts);
  g_clear_object (&self->employees);
  g_clear_object (&self->units);
  g_clear_object (&self->appraisals);
  g_clear_object (&self->training);
  if (self->promotions != NULL)
    g_signal_handlers_disconnect_by_func (self->promotions, on_promotions_changed_cb, self);
  g_clear_object (&self->promotions);
  g_clear_object (&self->vacancies);
  g_clear_object (&self->dashboard);
  g_clear_object (&self->selections);
  g_clear_object (&self->talent);
  g_set_object (&self->database, database);

  if (database != NULL)
    {
      self->accounts = kr_account_repository_new (database);
      self->employees = kr_employee_repository_new (database);
      self->units = kr_unit_repository_new (database);
      self->appraisals = kr_appraisal_repository_new (database);
      self->training = kr_training_repository_new (database);
      self->promotions = kr_promotion_repository_new (database);
      g_signal_connect (self->promotions, "changed", G_CALLBACK (on_promotions_changed_cb), self);
      self->vacancies = kr_vacancy_repository_new (database);
      self->dashboard = kr_dashboard_repository_new (database);
      self->selections = kr_selection_repository_new (database);
      self->talent = kr_talent_repository_new (database);
    }
}

static void
open_database_thread_cb (GTask *task,
                         gpointer source_object,
                         gpointer task_data,
                         GCancellable *cancellable)
{
  OpenRequest *request = task_data;
  g_autoptr (GError) error = NULL;
  KrDatabase *database;

  database = kr_database_open_with_backup_folder (request->path, request->flags,
                                                  request->backup_folder, &error);
  if (database == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, database, g_object_unref);
}

static void
open_database_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrApplication *self = KR_APPLICATION (source);
  OpenRequest *request = g_task_get_task_data (G_TASK (result));
  g_autoptr (KrDatabase) database = NULL;
  g_autoptr (GError) error = NULL;
  KrWindow *window;

  database = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->opening);
  g_application_unmark_busy (G_APPLICATION (self));
  window = get_window (self);

  if (database == NULL)
    {
      kr_window_show_error (window, request->path, error);
      return;
    }

  set_database (self, database);
  if (request->remember)
    g_settings_set_string (self->settings, "last-database", request->path);
  kr_window_set_database (window, database);
  _kr_application_start_daily_backup (self, database);

  if (kr_database_get_upgrade_backup_path (database) != NULL)
    {
      g_autofree char *name =
          g_filename_display_name (kr_database_get_upgrade_backup_path (database));
      g_autofree char *message = g_strdup_printf (
          _ ("The database was upgraded. A copy of the old version was saved as “%s”."), name);

      kr_window_show_toast (window, message);
    }
}

void
_kr_application_close_for_switch (KrApplication *self, const char *path)
{
  if (self->opening != NULL)
    {
      g_cancellable_cancel (self->opening);
      g_clear_object (&self->opening);
      g_application_unmark_busy (G_APPLICATION (self));
    }

  /* The window stops using the old database before the new one takes its place. */
  kr_window_show_loading (get_window (self), path);
  set_database (self, NULL);
}

static void
start_open (KrApplication *self, const char *path, KrDatabaseFlags flags, gboolean remember)
{
  g_autoptr (GTask) task = NULL;
  OpenRequest *request;
  guint keep;

  g_assert (path != NULL);

  _kr_application_close_for_switch (self, path);

  request = g_new0 (OpenRequest, 1);
  request->path = g_strdup (path);
  request->backup_folder = kr_application_dup_backup_folder (path, &keep);
  request->flags = flags;
  request->remember = remember;

  self->opening = g_cancellable_new ();
  g_application_mark_busy (G_APPLICATION (self));
  task = g_task_new (self, self->opening, open_database_done_cb, NULL);
  g_task_set_source_tag (task, start_open);
  g_task_set_task_data (task, request, (GDestroyNotify) open_request_free);
  g_task_run_in_thread (task, open_database_thread_cb);
}

void
_kr_application_reopen (KrApplication *self, const char *path)
{
  start_open (self, path, KR_DATABASE_FLAGS_NO_CREATE, FALSE);
}

KrWindow *
_kr_application_get_window (KrApplication *self)
{
  return get_window (self);
}

void
kr_application_open_database (KrApplication *self, const char *path, gboolean remember)
{
  g_return_if_fail (KR_IS_APPLICATION (self));
  g_return_if_fail (path != NULL);

  start_open (self, path, KR_DATABASE_FLAGS_NO_CREATE, remember);
}

void
kr_application_create_database (KrApplication *self, const char *path)
{
  g_return_if_fail (KR_IS_APPLICATION (self));
  g_return_if_fail (path != NULL);

  /* Karier never replaces an existing file: a database holds official records. */
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *name = g_path_get_basename (path);
      g_autoptr (GError) error =
          g_error_new (KR_ERROR, KR_ERROR_CONFLICT,
                       _ ("A file named “%s” already exists. Karier does not "
                          "replace files: choose another name, or open it."),
                       name);

      kr_window_show_error (get_window (self), path, error);
      return;
    }

  start_open (self, path, KR_DATABASE_FLAGS_NONE, TRUE);
}

KrDatabase *
kr_application_get_database (KrApplication *self)
{
  g_return_val_if_fail (KR_IS_APPLICATION (self), NULL);

  return self->database;
}

KrAccountRepository *
kr_application_get_account_repository (KrApplication *self)
{
  g_return_val_if_fail (KR_IS_APPLICATION (self), NULL);

  return self->accounts;
}

KrEmployeeRepository *
kr_application_get_employee_repository (KrApplication *self)
{
  g_return_val_if_fail (KR_IS_APPLICATION (self), NULL);

  return self->employees;
}

KrUnitRepository *
kr_application_get_unit_repository (KrApplication *self)
{
  g_return_val_if_fail (KR_IS_APPLICATION (self), NULL);

  return self->units;
}

KrAppraisalRepository *
kr_application_get_appraisal_repository (KrApplication *self)
{
  g_return_val_if_fail (KR_IS_APPLICATION (self), NULL);

  return self->appraisals;
}

KrTrainingRepository *
kr_application_get_training_repository (KrApplication *self)
{
  g_return_val_if_fail (KR_IS_APPLICATION (self), NULL);

  return self->training;
}

KrPromotionRepository *
kr_application_get_promotion_repository (KrApplication *self)
{
  g_return_val_if_fail (KR_IS_APPLICATION (self), NULL);

  return self->promotions;
}

KrVacancyRepository *
kr_application_get_vacancy_repository (KrApplication *self)
{
  g_return_val_if_fail (KR_IS_APPLICATION (self), NULL);

  return self->vacancies;
}

KrDashboardRepository *
kr_application_get_dashboard_repository (KrApplication *self)
{
  g_return_val_if_fail (KR_IS_APPLICATION (self), NULL);

  return self->dashboard;
}

KrSelectionRepository *
kr_application_get_selection_repository (KrApplication *self)
{
  g_return_val_if_fail (KR_IS_APPLICATION (self), NULL);

  return self->selections;
}

KrTalentRepository *
kr_application_get_talent_repository (KrApplication *self)
{
  g_return_val_if_fail (KR_IS_APPLICATION (self), NULL);

  return self->talent;
}

GSettings *
kr_application_get_settings (KrApplication *self)
{
  g_return_val_if_fail (KR_IS_APPLICATION (self), NULL);

  return self->settings;
}

static char *
get_startup_path (KrApplication *self)
{
  g_autofree char *last = g_settings_get_string (self->settings, "last-database");

  if (last != NULL && last[0] != '\0')
    return g_steal_pointer (&last);

  return kr_database_get_default_path ();
}

static void
kr_application_activate (GApplication *app)
{
  KrApplication *self = KR_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  window = GTK_WINDOW (kr_window_new (self));
  gtk_window_present (window);

  if (self->database != NULL)
    {
      kr_window_set_database (KR_WINDOW (window), self->database);
    }
  else if (self->opening == NULL)
    {
      g_autofree char *path = get_startup_path (self);
      g_autofree char *default_path = kr_database_get_default_path ();

      /* The default location is created on first start; a remembered file that has gone
       * missing is an error to show, not a reason to create an empty database there. */
      if (g_strcmp0 (path, default_path) == 0)
        start_open (self, path, KR_DATABASE_FLAGS_NONE, FALSE);
      else
        start_open (self, path, KR_DATABASE_FLAGS_NO_CREATE, FALSE);
    }
}

static int
kr_application_command_line (GApplication *app, GApplicationCommandLine *command_line)
{
  KrApplication *self = KR_APPLICATION (app);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_autofree char *database = NULL;
  g_autofree const char **remaining = NULL;

  g_variant_dict_lookup (options, "database", "^ay", &database);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &remaining);
  if (database == NULL && remaining != NULL && remaining[0] != NULL)
    database = g_strdup (remaining[0]);

  if (database != NULL)
    {
      g_autoptr (GFile) file =
          g_application_command_line_create_file_for_arg (command_line, database);
      g_autofree char *path = g_file_get_path (file);

      /* A file named on the command line opens now but does not replace the remembered one:
       * ./build-aux/run starts on a demo database and must not change the user's choice. */
      gtk_window_present (GTK_WINDOW (get_window (self)));
      start_open (self, path, KR_DATABASE_FLAGS_NONE, FALSE);
      return EXIT_SUCCESS;
    }

  g_application_activate (app);
  return EXIT_SUCCESS;
}

static void
preferences_action_cb (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  KrApplication *self = user_data;
  GtkWindow *parent = GTK_WINDOW (get_window (self));
  GtkWindow *preferences = GTK_WINDOW (kr_preferences_window_new (self));

  gtk_window_set_transient_for (preferences, parent);
  gtk_window_present (preferences);
}

static void
about_action_cb (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  KrApplication *self = user_data;
  static const char *developers[] = { "Karier developers", NULL };
  GtkWidget *about;

  about =
      g_object_new (ADW_TYPE_ABOUT_WINDOW, "transient-for", get_window (self), "application-name",
                    _ ("Karier"), "application-icon", BASE_APPLICATION_ID, "developer-name",
                    _ ("Karier developers"), "version", PACKAGE_VERSION, "comments",
                    _ ("Career management for the civil servants of regional "
                       "governments: employee records, training, appraisals "
                       "and promotions."),
                    "website", "https://github.com/karier/karier", "issue-url",
                    "https://github.com/karier/karier/issues", "license-type", GTK_LICENSE_GPL_3_0,
                    "copyright", "© 2026 Karier developers", "developers", developers,
                    /* Translators: your name and e-mail, one per line */
                    "translator-credits", _ ("translator-credits"), NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action_cb (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (user_data));

  /* Close rather than quit, so each window saves its state as the close button would;
   * the application ends when its last window has gone. */
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }
}

static const GActionEntry app_actions[] = {
  { "preferences", preferences_action_cb },
  { "about", about_action_cb },
  { "quit", quit_action_cb },
};

static void
kr_application_startup (GApplication *app)
{
  KrApplication *self = KR_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };

  G_APPLICATION_CLASS (kr_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions),
                                   self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close_accels);
}

static void
kr_application_dispose (GObject *object)
{
  KrApplication *self = KR_APPLICATION (object);

  if (self->opening != NULL)
    g_cancellable_cancel (self->opening);
  g_clear_object (&self->opening);
  set_database (self, NULL);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kr_application_parent_class)->dispose (object);
}

static void
kr_application_class_init (KrApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = kr_application_dispose;
  app_class->activate = kr_application_activate;
  app_class->startup = kr_application_startup;
  app_class->command_line = kr_application_command_line;
}

static const GOptionEntry option_entries[] = {
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL, N_ ("Open the database FILE"), N_ ("FILE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_ ("Show the version and quit"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_ ("[FILE]") },
  { NULL }
};

static int
handle_local_options_cb (GApplication *app, GVariantDict *options, gpointer user_data)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("karier %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  return -1;
}

static void
kr_application_init (KrApplication *self)
{
  self->settings = g_settings_new (BASE_APPLICATION_ID);

  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _ ("[FILE]"));
  g_signal_connect (self, "handle-local-options", G_CALLBACK (handle_local_options_cb), NULL);
}

KrApplication *
kr_application_new (const char *application_id, GApplicationFlags flags)
{
  g_return_val_if_fail (application_id != NULL, NULL);

  return g_object_new (KR_TYPE_APPLICATION, "application-id", application_id, "flags", flags,
                       "resource-base-path", "/io/github/karier/Karier", NULL);
}
