/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-appraisal-repository.h"
#include "kr-audit-history-view.h"
#include "kr-appraisal-chart.h"
#include "kr-employee-profile.h"
#include "kr-promotion-repository.h"
#include "kr-training-repository.h"

G_BEGIN_DECLS

struct _KrEmployeeProfile
{
  AdwBin parent_instance;

  KrEmployeeRepository *repository;
  KrUnitRepository *unit_repository;
  gint64 employee_id;
  KrEmployee *employee;
  /* Whether the signed-in role may change the records shown. */
  gboolean writable;
  /* Each history as shown, newest first. */
  GPtrArray *histories[KR_N_HISTORIES];
  GtkListBox *lists[KR_N_HISTORIES];

  /* The row the last delete removed, which Undo puts back while its toast shows. */
  KrHistoryKind undo_kind;
  gpointer undo_entry;
  AdwToast *undo_toast;

  /* The Performance view: read in a worker, again on every change. */
  KrAppraisalRepository *appraisal_repository;
  GCancellable *performance_cancellable;
  gboolean performance_loading;
  GPtrArray *pp46; /* KrPp46Appraisal, as shown */
  KrPp46Appraisal *undo_pp46;
  AdwToast *undo_pp46_toast;

  /* The Training view (kr-employee-profile-training.c): read in a worker, again on every
   * change; its widgets are built in code into training_scroll. */
  KrTrainingRepository *training_repository;
  GCancellable *training_cancellable;
  gboolean training_loading;
  GPtrArray *training_history; /* KrTrainingHistoryItem, as shown */
  GtkFileChooserNative *training_chooser;
  GtkWidget *training_add_button;
  GtkWidget *training_import_button;
  GtkListBox *training_jp_list;
  GtkListBox *training_history_list;
  GtkListBox *training_certificate_list;

  /* The Promotion view (kr-employee-profile-promotion.c): read in a worker, again on every
   * change; its widgets are built in code into promotion_scroll. */
  KrPromotionRepository *promotion_repository;
  GCancellable *promotion_cancellable;
  gboolean promotion_loading;
  KrPromotionVerdict *promotion_verdict; /* as shown */
  GPtrArray *ujian_dinas;                /* KrUjianDinas, as shown */
  GPtrArray *angka_kredit;               /* KrAngkaKredit, as shown */
  GtkWidget *ujian_dinas_add_button;
  GtkWidget *angka_kredit_add_button;
  GtkListBox *promotion_verdict_list;
  GtkListBox *promotion_proposal_list;
  GtkListBox *ujian_dinas_list;
  GtkListBox *angka_kredit_list;
  AdwPreferencesGroup *angka_kredit_group;

  AdwHeaderBar *header_bar;
  AdwViewSwitcherTitle *switcher_title;
  GtkButton *edit_button;
  GtkStack *state_stack;
  AdwStatusPage *empty_page;
  AdwToastOverlay *toast_overlay;
  AdwViewStack *view_stack;
  AdwViewSwitcherBar *switcher_bar;
  GtkScrolledWindow *profile_scroll;
  AdwAvatar *avatar;
  GtkLabel *name_label;
  GtkLabel *nip_label;
  GtkLabel *rank_label;
  GtkLabel *position_label;
  GtkLabel *unit_label;
  GtkLabel *kind_label;
  GtkLabel *status_label;
  AdwPreferencesGroup *checks_group;
  GtkListBox *checks_list;
  GtkLabel *nip_value;
  GtkLabel *birth_value;
  GtkLabel *age_value;
  GtkLabel *gender_value;
  GtkLabel *religion_value;
  GtkLabel *marital_value;
  GtkLabel *nik_value;
  GtkLabel *phone_value;
  GtkLabel *email_value;
  GtkLabel *address_value;
  AdwActionRow *tmt_pns_row;
  GtkLabel *tmt_cpns_value;
  GtkLabel *tmt_pns_value;
  GtkLabel *service_value;
  GtkLabel *rank_service_value;
  GtkLabel *position_service_value;
  GtkLabel *education_value;
  GtkLabel *bup_value;
  GtkLabel *retirement_value;
  GtkListBox *rank_list;
  GtkListBox *position_list;
  GtkListBox *education_list;
  GtkListBox *discipline_list;
  GtkListBox *award_list;
  KrAuditHistoryView *history_view;
  AdwViewStackPage *performance_page;
  KrAppraisalChart *trend_chart;
  GtkListBox *appraisal_list;
  GtkWidget *add_pp46_button;
  AdwViewStackPage *training_page;
  GtkScrolledWindow *training_scroll;
  AdwViewStackPage *promotion_page;
  GtkScrolledWindow *promotion_scroll;
};

/* kr-employee-profile-histories.c: the Rank, Position, Education, Discipline and Award views,
 * one row per history entry, newest first. */
gpointer _kr_employee_profile_entry_copy (KrHistoryKind kind, gconstpointer entry);
void _kr_employee_profile_entry_free (KrHistoryKind kind, gpointer entry);
void _kr_employee_profile_clear_list (GtkListBox *list);
void _kr_employee_profile_free_history (KrEmployeeProfile *self, KrHistoryKind kind);
void _kr_employee_profile_show_history (KrEmployeeProfile *self, KrHistoryKind kind);
gpointer _kr_employee_profile_find_entry (KrEmployeeProfile *self, KrHistoryKind kind, gint64 id);

/* kr-employee-profile-record.c: the header and the Profile view, from the employee record. */
void _kr_employee_profile_show_header (KrEmployeeProfile *self);
void _kr_employee_profile_show_personal (KrEmployeeProfile *self);
void _kr_employee_profile_show_derived (KrEmployeeProfile *self);
void _kr_employee_profile_show_checks (KrEmployeeProfile *self);

/* kr-employee-profile-actions.c: profile.edit, .add-history, .edit-history, .delete-history and
 * .undo-delete, with the toast that offers Undo. */
void _kr_employee_profile_class_add_actions (GtkWidgetClass *widget_class);
void _kr_employee_profile_clear_undo (KrEmployeeProfile *self);

/* kr-employee-profile-performance.c: the Performance view (the predikat trend and the
 * appraisals by year), and the profile.add-pp46, .edit-pp46, .delete-pp46 and
 * .undo-delete-pp46 actions. */
void _kr_employee_profile_class_add_performance_actions (GtkWidgetClass *widget_class);
void _kr_employee_profile_show_performance (KrEmployeeProfile *self);
void _kr_employee_profile_clear_performance (KrEmployeeProfile *self);
void _kr_employee_profile_dispose_performance (KrEmployeeProfile *self);

/* kr-employee-profile-training.c: the Training view (JP per year against the duty, the history,
 * the certificates) and the profile.add-training-record, .edit-training-record,
 * .delete-training-record and .import-training actions. */
void _kr_employee_profile_class_add_training_actions (GtkWidgetClass *widget_class);
void _kr_employee_profile_init_training (KrEmployeeProfile *self);
void _kr_employee_profile_show_training (KrEmployeeProfile *self);
void _kr_employee_profile_dispose_training (KrEmployeeProfile *self);

/* kr-employee-profile-promotion.c: the Promotion view (the verdict of the next KP period, the
 * KP proposals with their stage, ujian dinas and angka kredit) and the
 * profile.add-/edit-/delete-ujian-dinas and -angka-kredit actions. */
void _kr_employee_profile_class_add_promotion_actions (GtkWidgetClass *widget_class);
void _kr_employee_profile_init_promotion (KrEmployeeProfile *self);
void _kr_employee_profile_show_promotion (KrEmployeeProfile *self);
void _kr_employee_profile_dispose_promotion (KrEmployeeProfile *self);

G_END_DECLS
