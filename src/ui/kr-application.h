/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-account-repository.h"
#include "kr-appraisal-repository.h"
#include "kr-database.h"
#include "kr-employee-repository.h"
#include "kr-promotion-repository.h"
#include "kr-selection-repository.h"
#include "kr-talent-repository.h"
#include "kr-training-repository.h"
#include "kr-unit-repository.h"
#include "kr-vacancy-repository.h"
#include "kr-dashboard-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_APPLICATION (kr_application_get_type ())

G_DECLARE_FINAL_TYPE (KrApplication, kr_application, KR, APPLICATION, AdwApplication)

/* Creates the application. The GUI passes G_APPLICATION_HANDLES_COMMAND_LINE;
 * tests pass G_APPLICATION_NON_UNIQUE so that parallel runs do not meet on the bus. */
KrApplication *kr_application_new (const char *application_id, GApplicationFlags flags);

/* The open database, or NULL while none is open. */
KrDatabase *kr_application_get_database (KrApplication *self);

/* The repositories of the open database, or NULL while none is open. */
KrAccountRepository *kr_application_get_account_repository (KrApplication *self);
KrEmployeeRepository *kr_application_get_employee_repository (KrApplication *self);
KrUnitRepository *kr_application_get_unit_repository (KrApplication *self);
KrAppraisalRepository *kr_application_get_appraisal_repository (KrApplication *self);
KrTrainingRepository *kr_application_get_training_repository (KrApplication *self);
KrPromotionRepository *kr_application_get_promotion_repository (KrApplication *self);
KrVacancyRepository *kr_application_get_vacancy_repository (KrApplication *self);
KrDashboardRepository *kr_application_get_dashboard_repository (KrApplication *self);
KrSelectionRepository *kr_application_get_selection_repository (KrApplication *self);
KrTalentRepository *kr_application_get_talent_repository (KrApplication *self);

/* The application's settings (schema io.github.karier.Karier). */
GSettings *kr_application_get_settings (KrApplication *self);

/* The backup folder the settings give for @database_path (kr_backups_get_folder()) and how
 * many backups of each automatic kind it keeps; the defaults when no #KrApplication runs (as in
 * tests). Call from the main thread. */
char *kr_application_dup_backup_folder (const char *database_path, guint *keep);

/* Replaces the open database with @backup_path (kr_backups_restore()): closes the database as
 * when another file is opened, restores in a worker, opens the database again and says what was
 * restored, or why not, in a toast. */
void kr_application_restore_backup (KrApplication *self, const char *backup_path);

/* Opens @path in a worker thread; windows show progress, then the database or the error.
 * When @remember is TRUE a successful open becomes the file reopened at the next start. */
void kr_application_open_database (KrApplication *self, const char *path, gboolean remember);

/* Creates a new database at @path (which must not exist yet) and opens it. */
void kr_application_create_database (KrApplication *self, const char *path);

G_END_DECLS
