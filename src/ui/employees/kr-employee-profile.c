/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-employee-profile"

#include "config.h"

#include "kr-employee-profile-private.h"

#include <glib/gi18n.h>

G_DEFINE_FINAL_TYPE (KrEmployeeProfile, kr_employee_profile, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_REPOSITORY,
  PROP_UNIT_REPOSITORY,
  PROP_EMPLOYEE_ID,
  PROP_WRITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_empty (KrEmployeeProfile *self, const char *title, const char *description)
{
  g_autofree char *markup = g_markup_escape_text (description, -1);

  g_clear_object (&self->employee);
  for (guint kind = 0; kind < KR_N_HISTORIES; kind++)
    {
      _kr_employee_profile_free_history (self, kind);
      _kr_employee_profile_clear_list (self->lists[kind]);
    }

  _kr_employee_profile_show_performance (self);
  _kr_employee_profile_show_training (self);
  _kr_employee_profile_show_promotion (self);

  adw_status_page_set_title (self->empty_page, title);
  adw_status_page_set_description (self->empty_page, markup);
  gtk_stack_set_visible_child_name (self->state_stack, "empty");
  adw_view_switcher_title_set_title (self->switcher_title, "");
  adw_view_switcher_title_set_subtitle (self->switcher_title, "");
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->edit_button), FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.edit", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.add-history", FALSE);
}

static void
reload (KrEmployeeProfile *self)
{
  g_autoptr (GError) error = NULL;

  /* The History of Changes reads again too: the change just made is its newest record. */
  kr_audit_history_view_set_employee_id (self->history_view,
                                         self->repository != NULL ? self->employee_id : 0);
  if (self->employee_id == 0 || self->repository == NULL)
    {
      show_empty (self, _ ("No Employee Selected"),
                  _ ("Choose an employee from the list to see their record, or add a new "
                     "employee."));
      return;
    }

  g_clear_object (&self->employee);
  self->employee = kr_employee_repository_get (self->repository, self->employee_id, &error);
  if (self->employee == NULL)
    {
      show_empty (self, _ ("Employee Not Found"), error->message);
      return;
    }

  _kr_employee_profile_show_header (self);
  _kr_employee_profile_show_personal (self);
  _kr_employee_profile_show_derived (self);
  _kr_employee_profile_show_checks (self);
  for (guint kind = 0; kind < KR_N_HISTORIES; kind++)
    _kr_employee_profile_show_history (self, kind);
  _kr_employee_profile_show_performance (self);
  _kr_employee_profile_show_training (self);
  _kr_employee_profile_show_promotion (self);

  gtk_stack_set_visible_child_name (self->state_stack, "employee");
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->edit_button), self->writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.edit", self->writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.add-history", self->writable);
}

static void
on_repository_changed_cb (KrEmployeeRepository *repository, gint64 id, KrEmployeeProfile *self)
{
  /* 0 follows a bulk load, which may have touched anyone. */
  if (self->employee_id != 0 && (id == 0 || id == self->employee_id))
    reload (self);
}

static void
on_unit_repository_changed_cb (KrUnitRepository *unit_repository, KrEmployeeProfile *self)
{
  /* A renamed unit or position shows in the header and the position history. */
  if (self->employee_id != 0)
    reload (self);
}

/* Properties */

KrEmployeeRepository *
kr_employee_profile_get_repository (KrEmployeeProfile *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_PROFILE (self), NULL);

  return self->repository;
}

void
kr_employee_profile_set_repository (KrEmployeeProfile *self, KrEmployeeRepository *repository)
{
  g_return_if_fail (KR_IS_EMPLOYEE_PROFILE (self));
  g_return_if_fail (repository == NULL || KR_IS_EMPLOYEE_REPOSITORY (repository));

  if (self->repository == repository)
    return;

  if (self->repository != NULL)
    g_signal_handlers_disconnect_by_func (self->repository, on_repository_changed_cb, self);
  g_set_object (&self->repository, repository);
  if (repository != NULL)
    g_signal_connect_object (repository, "changed", G_CALLBACK (on_repository_changed_cb), self, 0);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPOSITORY]);
}

KrUnitRepository *
kr_employee_profile_get_unit_repository (KrEmployeeProfile *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_PROFILE (self), NULL);

  return self->unit_repository;
}

void
kr_employee_profile_set_unit_repository (KrEmployeeProfile *self, KrUnitRepository *unit_repository)
{
  g_return_if_fail (KR_IS_EMPLOYEE_PROFILE (self));
  g_return_if_fail (unit_repository == NULL || KR_IS_UNIT_REPOSITORY (unit_repository));

  if (self->unit_repository == unit_repository)
    return;

  if (self->unit_repository != NULL)
    g_signal_handlers_disconnect_by_func (self->unit_repository, on_unit_repository_changed_cb,
                                          self);
  g_set_object (&self->unit_repository, unit_repository);
  if (unit_repository != NULL)
    g_signal_connect_object (unit_repository, "changed", G_CALLBACK (on_unit_repository_changed_cb),
                             self, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT_REPOSITORY]);
}

gint64
kr_employee_profile_get_employee_id (KrEmployeeProfile *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_PROFILE (self), 0);

  return self->employee_id;
}

void
kr_employee_profile_set_employee_id (KrEmployeeProfile *self, gint64 id)
{
  g_return_if_fail (KR_IS_EMPLOYEE_PROFILE (self));
  g_return_if_fail (id >= 0);

  if (self->employee_id == id)
    return;

  self->employee_id = id;
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPLOYEE_ID]);
}

KrEmployee *
kr_employee_profile_get_employee (KrEmployeeProfile *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_PROFILE (self), NULL);

  return self->employee;
}

AdwHeaderBar *
kr_employee_profile_get_header_bar (KrEmployeeProfile *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_PROFILE (self), NULL);

  return self->header_bar;
}

void
kr_employee_profile_set_database (KrEmployeeProfile *self, KrDatabase *database)
{
  g_return_if_fail (KR_IS_EMPLOYEE_PROFILE (self));

  kr_audit_history_view_set_database (self->history_view, database);
}

gboolean
kr_employee_profile_get_writable (KrEmployeeProfile *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_PROFILE (self), FALSE);

  return self->writable;
}

void
kr_employee_profile_set_writable (KrEmployeeProfile *self, gboolean writable)
{
  g_return_if_fail (KR_IS_EMPLOYEE_PROFILE (self));

  writable = !!writable;
  if (self->writable == writable)
    return;

  self->writable = writable;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.edit-history", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.delete-history", writable);
  if (!writable)
    _kr_employee_profile_clear_undo (self);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WRITABLE]);
}

static void
kr_employee_profile_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KrEmployeeProfile *self = KR_EMPLOYEE_PROFILE (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      g_value_set_object (value, self->repository);
      break;

    case PROP_UNIT_REPOSITORY:
      g_value_set_object (value, self->unit_repository);
      break;

    case PROP_EMPLOYEE_ID:
      g_value_set_int64 (value, self->employee_id);
      break;

    case PROP_WRITABLE:
      g_value_set_boolean (value, self->writable);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_employee_profile_set_property (GObject *object,
                                  guint prop_id,
                                  const GValue *value,
                                  GParamSpec *pspec)
{
  KrEmployeeProfile *self = KR_EMPLOYEE_PROFILE (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      kr_employee_profile_set_repository (self, g_value_get_object (value));
      break;

    case PROP_UNIT_REPOSITORY:
      kr_employee_profile_set_unit_repository (self, g_value_get_object (value));
      break;

    case PROP_EMPLOYEE_ID:
      kr_employee_profile_set_employee_id (self, g_value_get_int64 (value));
      break;

    case PROP_WRITABLE:
      kr_employee_profile_set_writable (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_employee_profile_dispose (GObject *object)
{
  KrEmployeeProfile *self = KR_EMPLOYEE_PROFILE (object);

  _kr_employee_profile_clear_undo (self);
  _kr_employee_profile_dispose_performance (self);
  _kr_employee_profile_dispose_training (self);
  _kr_employee_profile_dispose_promotion (self);
  for (guint kind = 0; kind < KR_N_HISTORIES; kind++)
    _kr_employee_profile_free_history (self, kind);
  if (self->repository != NULL)
    g_signal_handlers_disconnect_by_func (self->repository, on_repository_changed_cb, self);
  if (self->unit_repository != NULL)
    g_signal_handlers_disconnect_by_func (self->unit_repository, on_unit_repository_changed_cb,
                                          self);
  g_clear_object (&self->employee);
  g_clear_object (&self->repository);
  g_clear_object (&self->unit_repository);

  gtk_widget_dispose_template (GTK_WIDGET (object), KR_TYPE_EMPLOYEE_PROFILE);

  G_OBJECT_CLASS (kr_employee_profile_parent_class)->dispose (object);
}

static void
kr_employee_profile_class_init (KrEmployeeProfileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = kr_employee_profile_dispose;
  object_class->get_property = kr_employee_profile_get_property;
  object_class->set_property = kr_employee_profile_set_property;

  properties[PROP_REPOSITORY] =
      g_param_spec_object ("repository", NULL, NULL, KR_TYPE_EMPLOYEE_REPOSITORY, flags);
  properties[PROP_UNIT_REPOSITORY] =
      g_param_spec_object ("unit-repository", NULL, NULL, KR_TYPE_UNIT_REPOSITORY, flags);
  properties[PROP_EMPLOYEE_ID] =
      g_param_spec_int64 ("employee-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  /* Off for a role that may only read: the edit, add and delete buttons go. */
  properties[PROP_WRITABLE] = g_param_spec_boolean ("writable", NULL, NULL, TRUE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KR_TYPE_AUDIT_HISTORY_VIEW);
  g_type_ensure (KR_TYPE_APPRAISAL_CHART);
  gtk_widget_class_set_template_from_resource (
      widget_class, "/io/github/karier/Karier/employees/kr-employee-profile.ui");
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, header_bar);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, edit_button);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, state_stack);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, empty_page);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, view_stack);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, profile_scroll);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, avatar);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, name_label);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, nip_label);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, rank_label);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, position_label);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, unit_label);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, kind_label);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, status_label);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, checks_group);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, checks_list);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, nip_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, birth_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, age_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, gender_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, religion_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, marital_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, nik_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, phone_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, email_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, address_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, tmt_pns_row);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, tmt_cpns_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, tmt_pns_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, service_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, rank_service_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, position_service_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, education_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, bup_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, retirement_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, rank_list);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, position_list);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, education_list);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, discipline_list);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, award_list);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, history_view);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, performance_page);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, trend_chart);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, appraisal_list);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, add_pp46_button);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, training_page);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, training_scroll);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, promotion_page);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, promotion_scroll);

  _kr_employee_profile_class_add_actions (widget_class);
  _kr_employee_profile_class_add_performance_actions (widget_class);
  _kr_employee_profile_class_add_training_actions (widget_class);
  _kr_employee_profile_class_add_promotion_actions (widget_class);
}

static void
kr_employee_profile_init (KrEmployeeProfile *self)
{
  self->writable = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  _kr_employee_profile_init_training (self);
  _kr_employee_profile_init_promotion (self);

  self->lists[KR_HISTORY_RANK] = self->rank_list;
  self->lists[KR_HISTORY_POSITION] = self->position_list;
  self->lists[KR_HISTORY_EDUCATION] = self->education_list;
  self->lists[KR_HISTORY_DISCIPLINE] = self->discipline_list;
  self->lists[KR_HISTORY_AWARD] = self->award_list;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.undo-delete", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.undo-delete-pp46", FALSE);
  reload (self);
}

GtkWidget *
kr_employee_profile_new (KrEmployeeRepository *repository, KrUnitRepository *unit_repository)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (repository), NULL);
  g_return_val_if_fail (KR_IS_UNIT_REPOSITORY (unit_repository), NULL);

  return g_object_new (KR_TYPE_EMPLOYEE_PROFILE, "repository", repository, "unit-repository",
                       unit_repository, NULL);
}
