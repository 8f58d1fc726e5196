/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-employee-profile-record"

#include "config.h"

#include "kr-employee-profile-private.h"

#include <glib/gi18n.h>

#include "kr-date.h"
#include "kr-employee-format.h"

static void
set_value (GtkLabel *label, const char *text)
{
  gboolean known = text != NULL && text[0] != '\0';

  gtk_label_set_label (label, known ? text : "—");
  if (known)
    gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
}

static void
set_value_take (GtkLabel *label, char *text)
{
  set_value (label, text);
  g_free (text);
}

static const char *
gender_label (KrGender gender)
{
  switch (gender)
    {
    case KR_GENDER_MALE:
      return _ ("Male");
    case KR_GENDER_FEMALE:
      return _ ("Female");
    case KR_GENDER_UNKNOWN:
    default:
      return NULL;
    }
}

static char *
format_birth (KrEmployee *employee)
{
  const char *place = kr_employee_get_birth_place (employee);
  g_autofree char *date = kr_employee_format_date (kr_employee_get_birth_date (employee));

  if (place != NULL && date != NULL)
    /* Translators: place and date of birth, “Bandung, 15 March 1990” */
    return g_strdup_printf (_ ("%s, %s"), place, date);
  return g_strdup (place != NULL ? place : date);
}

/* “6 years 2 months, since 1 April 2018” */
static char *
format_time_since (const GDate *since, const GDate *today)
{
  g_autofree char *span = kr_employee_format_span_between (since, today);
  g_autofree char *date = kr_employee_format_date (since);

  if (date == NULL)
    return NULL;
  if (span == NULL)
    /* Translators: the date from which something counts, when it lies ahead */
    return g_strdup_printf (_ ("from %s"), date);
  /* Translators: how long something has lasted and since when, “6 years 2 months, since
   * 1 April 2018” */
  return g_strdup_printf (_ ("%s, since %s"), span, date);
}

static void
show_retirement (KrEmployeeProfile *self, const GDate *today)
{
  const GDate *birth = kr_employee_get_birth_date (self->employee);
  g_autofree char *date = NULL;
  KrPositionKind kind;
  KrPositionLevel level;
  GDate retirement;
  guint bup = 0;

  if (birth != NULL && kr_employee_get_position_kind (self->employee, &kind, &level))
    bup = kr_position_get_bup (kind, level, birth);
  if (bup == 0)
    {
      set_value (self->bup_value, NULL);
      set_value (self->retirement_value, NULL);
      return;
    }

  set_value_take (self->bup_value, g_strdup_printf (ngettext ("%u year", "%u years", bup), bup));
  kr_position_retirement_date (birth, bup, &retirement);
  date = kr_employee_format_date (&retirement);
  if (g_date_compare (&retirement, today) > 0)
    {
      g_autofree char *left = kr_employee_format_span_between (today, &retirement);

      /* Translators: the retirement date and the time left, “1 April 2048, in 21 years
       * 4 months” */
      set_value_take (self->retirement_value, g_strdup_printf (_ ("%s, in %s"), date, left));
    }
  else
    /* Translators: a retirement date that has passed */
    set_value_take (self->retirement_value, g_strdup_printf (_ ("%s (reached)"), date));
}

void
_kr_employee_profile_show_derived (KrEmployeeProfile *self)
{
  KrEmployee *employee = self->employee;
  const GDate *birth = kr_employee_get_birth_date (employee);
  KrEducation education;
  GDate today;
  int age = -1;

  kr_date_today (NULL, &today);
  if (birth != NULL)
    age = kr_date_age (birth, &today);
  if (age >= 0)
    set_value_take (self->age_value, g_strdup_printf (ngettext ("%d year", "%d years", age), age));
  else
    set_value (self->age_value, NULL);

  set_value_take (self->service_value,
                  kr_employee_format_span_between (kr_employee_get_tmt_cpns (employee), &today));
  set_value_take (self->rank_service_value,
                  format_time_since (kr_employee_get_rank_tmt (employee), &today));
  set_value_take (self->position_service_value,
                  format_time_since (kr_employee_get_position_tmt (employee), &today));
  set_value (self->education_value, kr_employee_get_education (employee, &education)
                                        ? kr_education_get_label (education)
                                        : NULL);
  show_retirement (self, &today);
}

/* The NIP checks: the parse error, or where the record disagrees with the NIP. */
static GPtrArray *
check_nip (KrEmployee *employee)
{
  KrNipKind kind =
      kr_employee_get_kind (employee) == KR_EMPLOYEE_KIND_PPPK ? KR_NIP_KIND_PPPK : KR_NIP_KIND_PNS;
  g_autoptr (GError) error = NULL;
  GPtrArray *messages;
  KrNip nip;

  if (!kr_nip_parse (kr_employee_get_nip (employee), kind, NULL, &nip, &error))
    {
      messages = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (messages, g_strdup (error->message));
      return messages;
    }
  return kr_nip_check_record (&nip, kr_employee_get_birth_date (employee),
                              kr_employee_get_tmt_cpns (employee),
                              kr_employee_get_gender (employee));
}

void
_kr_employee_profile_show_checks (KrEmployeeProfile *self)
{
  g_autoptr (GPtrArray) messages = check_nip (self->employee);

  _kr_employee_profile_clear_list (self->checks_list);
  for (guint i = 0; i < messages->len; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _ ("Warning"), -1);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), g_ptr_array_index (messages, i));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_list_box_append (self->checks_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->checks_group), messages->len > 0);
}

void
_kr_employee_profile_show_header (KrEmployeeProfile *self)
{
  KrEmployee *employee = self->employee;
  g_autofree char *full_name = kr_employee_dup_full_name (employee);
  g_autofree char *nip = kr_nip_format_digits (kr_employee_get_nip (employee));
  g_autofree char *golongan = kr_employee_format_golongan (kr_employee_get_golongan (employee));
  const char *position = kr_employee_get_position_name (employee);
  const char *unit = kr_employee_get_unit_name (employee);
  gboolean active = kr_employee_get_status (employee) == KR_EMPLOYEE_STATUS_AKTIF;

  adw_avatar_set_text (self->avatar, kr_employee_get_name (employee));
  gtk_label_set_label (self->name_label, full_name != NULL ? full_name : "");
  gtk_label_set_label (self->nip_label, nip != NULL ? nip : "");
  gtk_label_set_label (self->rank_label, golongan != NULL ? golongan : _ ("No rank recorded"));
  gtk_label_set_label (self->position_label,
                       position != NULL ? position : _ ("No position recorded"));
  gtk_label_set_label (self->unit_label, unit != NULL ? unit : "");
  gtk_widget_set_visible (GTK_WIDGET (self->unit_label), unit != NULL);
  gtk_label_set_label (self->kind_label,
                       kr_employee_kind_get_label (kr_employee_get_kind (employee)));
  gtk_label_set_label (self->status_label,
                       kr_employee_status_get_label (kr_employee_get_status (employee)));
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), active ? "warning" : "success");
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), active ? "success" : "warning");

  adw_view_switcher_title_set_title (self->switcher_title, full_name != NULL ? full_name : "");
  adw_view_switcher_title_set_subtitle (self->switcher_title, nip != NULL ? nip : "");
}

void
_kr_employee_profile_show_personal (KrEmployeeProfile *self)
{
  KrEmployee *employee = self->employee;

  set_value_take (self->nip_value, kr_nip_format_digits (kr_employee_get_nip (employee)));
  set_value_take (self->birth_value, format_birth (employee));
  set_value (self->gender_value, gender_label (kr_employee_get_gender (employee)));
  set_value (self->religion_value, kr_religion_get_label (kr_employee_get_religion (employee)));
  set_value (self->marital_value,
             kr_marital_status_get_label (kr_employee_get_marital_status (employee)));
  set_value (self->nik_value, kr_employee_get_nik (employee));
  set_value (self->phone_value, kr_employee_get_phone (employee));
  set_value (self->email_value, kr_employee_get_email (employee));
  set_value (self->address_value, kr_employee_get_address (employee));
  set_value_take (self->tmt_cpns_value,
                  kr_employee_format_date (kr_employee_get_tmt_cpns (employee)));
  set_value_take (self->tmt_pns_value,
                  kr_employee_format_date (kr_employee_get_tmt_pns (employee)));
  /* A PPPK is never appointed PNS. */
  gtk_widget_set_visible (GTK_WIDGET (self->tmt_pns_row),
                          kr_employee_get_kind (employee) != KR_EMPLOYEE_KIND_PPPK);
}
