/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-employee-editor"

#include "config.h"

#include "kr-employee-editor.h"

#include <stdlib.h>

#include <glib/gi18n.h>

#include "kr-combo-rows.h"
#include "kr-date-row.h"
#include "kr-employee-format.h"
#include "kr-error.h"
#include "kr-position-chooser.h"

/* The PPPK golongan are stored as 100 + the golongan (kr-employee.h). */
#define PPPK_GOLONGAN_BASE 100

struct _KrEmployeeEditor
{
  AdwWindow parent_instance;

  KrEmployeeRepository *repository;
  /* The copy the form edits. */
  KrEmployee *employee;
  gboolean is_new;
  /* Set while the form changes rows itself, when the changes are not the user's. */
  gboolean filling;
  /* Rows the user has changed: a new form marks only those, not the empty ones ahead. */
  GHashTable *touched;
  /* The stored golongan behind each item of golongan_row. */
  GArray *golongan_codes;
  KrPositionChooser *position_chooser;
  /* The row and the label that show the current error. */
  GtkWidget *error_row;
  GtkLabel *error_label;

  AdwWindowTitle *window_title;
  GtkButton *save_button;
  GtkScrolledWindow *scrolled_window;
  GtkLabel *general_error;
  AdwEntryRow *nip_row;
  AdwEntryRow *name_row;
  AdwEntryRow *title_front_row;
  AdwEntryRow *title_back_row;
  AdwEntryRow *nik_row;
  GtkLabel *identity_error;
  GtkBox *nip_warning_box;
  GtkLabel *nip_warning_label;
  AdwEntryRow *birth_place_row;
  KrDateRow *birth_date_row;
  AdwComboRow *gender_row;
  AdwComboRow *religion_row;
  AdwComboRow *marital_row;
  GtkLabel *birth_error;
  AdwEntryRow *phone_row;
  AdwEntryRow *email_row;
  AdwEntryRow *address_row;
  GtkLabel *contact_error;
  AdwComboRow *kind_row;
  AdwComboRow *status_row;
  KrDateRow *tmt_cpns_row;
  KrDateRow *tmt_pns_row;
  GtkLabel *employment_error;
  GtkBox *education_box;
  AdwComboRow *education_row;
  AdwEntryRow *graduation_year_row;
  AdwEntryRow *institution_row;
  GtkLabel *education_error;
  GtkBox *first_rank_box;
  AdwComboRow *golongan_row;
  GtkLabel *rank_warning;
  GtkLabel *rank_error;
  GtkBox *first_position_box;
  AdwComboRow *unit_row;
  AdwComboRow *position_row;
  GtkLabel *position_error;
};

G_DEFINE_FINAL_TYPE (KrEmployeeEditor, kr_employee_editor, ADW_TYPE_WINDOW)

enum
{
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Rows */

static void
set_text (AdwEntryRow *row, const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

/* The row's text without surrounding spaces, NULL when that leaves nothing. */
static char *
dup_text (AdwEntryRow *row)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (text[0] == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static void
set_model (AdwComboRow *row, const char *first_label, const char *(*get_label) (guint), guint n)
{
  g_autoptr (GtkStringList) list = gtk_string_list_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      const char *label = get_label (i);

      gtk_string_list_append (list, label != NULL ? label : first_label);
    }
  adw_combo_row_set_model (row, G_LIST_MODEL (list));
}

static const char *
gender_label (guint gender)
{
  return gender == KR_GENDER_MALE ? _ ("Male") : gender == KR_GENDER_FEMALE ? _ ("Female") : NULL;
}

static const char *
religion_label (guint religion)
{
  return kr_religion_get_label (religion);
}

static const char *
marital_label (guint status)
{
  return kr_marital_status_get_label (status);
}

static const char *
kind_label (guint kind)
{
  return kr_employee_kind_get_label (kind);
}

static const char *
status_label (guint status)
{
  return kr_employee_status_get_label (status);
}

static const char *
education_label (guint education)
{
  return kr_education_get_label (education);
}

static gboolean
is_pppk (KrEmployeeEditor *self)
{
  return adw_combo_row_get_selected (self->kind_row) == KR_EMPLOYEE_KIND_PPPK;
}

/* The first rank: golongan ruang for a PNS or CPNS, PPPK grades for a PPPK, starting from the
 * lowest for the education. */
static void
fill_golongan_model (KrEmployeeEditor *self)
{
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
  KrEducation education = adw_combo_row_get_selected (self->education_row);
  gboolean pppk = is_pppk (self);
  guint n = pppk ? KR_PPPK_GOLONGAN_MAX : KR_N_RANKS;
  guint starting = pppk ? kr_pppk_golongan_get_lowest (education) - KR_PPPK_GOLONGAN_MIN
                        : (guint) kr_rank_get_starting (education);

  g_array_set_size (self->golongan_codes, 0);
  for (guint i = 0; i < n; i++)
    {
      guint code =
          pppk ? PPPK_GOLONGAN_BASE + KR_PPPK_GOLONGAN_MIN + i : kr_rank_get_code ((KrRank) i);
      g_autofree char *label = kr_employee_format_golongan (code);

      g_array_append_val (self->golongan_codes, code);
      gtk_string_list_append (labels, label);
    }
  adw_combo_row_set_model (self->golongan_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->golongan_row, starting);
}

static guint
get_golongan (KrEmployeeEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->golongan_row);

  return selected < self->golongan_codes->len
             ? g_array_index (self->golongan_codes, guint, selected)
             : 0;
}

/* Filling the form */

static void
fill_form (KrEmployeeEditor *self)
{
  KrEmployee *employee = self->employee;

  set_model (self->gender_row, _ ("Not Recorded"), gender_label, 3);
  set_model (self->religion_row, _ ("Not Recorded"), religion_label, KR_N_RELIGIONS);
  set_model (self->marital_row, _ ("Not Recorded"), marital_label, KR_N_MARITAL_STATUSES);
  set_model (self->kind_row, NULL, kind_label, KR_N_EMPLOYEE_KINDS);
  set_model (self->status_row, NULL, status_label, KR_N_EMPLOYEE_STATUSES);
  set_model (self->education_row, NULL, education_label, KR_N_EDUCATIONS);

  set_text (self->nip_row, kr_employee_get_nip (employee));
  set_text (self->name_row, kr_employee_get_name (employee));
  set_text (self->title_front_row, kr_employee_get_title_front (employee));
  set_text (self->title_back_row, kr_employee_get_title_back (employee));
  set_text (self->nik_row, kr_employee_get_nik (employee));
  set_text (self->birth_place_row, kr_employee_get_birth_place (employee));
  kr_date_row_set_date (self->birth_date_row, kr_employee_get_birth_date (employee));
  adw_combo_row_set_selected (self->gender_row, kr_employee_get_gender (employee));
  adw_combo_row_set_selected (self->religion_row, kr_employee_get_religion (employee));
  adw_combo_row_set_selected (self->marital_row, kr_employee_get_marital_status (employee));
  set_text (self->phone_row, kr_employee_get_phone (employee));
  set_text (self->email_row, kr_employee_get_email (employee));
  set_text (self->address_row, kr_employee_get_address (employee));
  adw_combo_row_set_selected (self->kind_row, kr_employee_get_kind (employee));
  adw_combo_row_set_selected (self->status_row, kr_employee_get_status (employee));
  kr_date_row_set_date (self->tmt_cpns_row, kr_employee_get_tmt_cpns (employee));
  kr_date_row_set_date (self->tmt_pns_row, kr_employee_get_tmt_pns (employee));

  /* S-1 is what most appointments ask for today. */
  adw_combo_row_set_selected (self->education_row, KR_EDUCATION_S1);
  fill_golongan_model (self);
}

/* The copy takes what the form holds. */
static void
read_form (KrEmployeeEditor *self)
{
  KrEmployee *employee = self->employee;
  g_autofree char *nip = dup_text (self->nip_row);
  g_autofree char *name = dup_text (self->name_row);
  g_autofree char *title_front = dup_text (self->title_front_row);
  g_autofree char *title_back = dup_text (self->title_back_row);
  g_autofree char *nik = dup_text (self->nik_row);
  g_autofree char *birth_place = dup_text (self->birth_place_row);
  g_autofree char *phone = dup_text (self->phone_row);
  g_autofree char *email = dup_text (self->email_row);
  g_autofree char *address = dup_text (self->address_row);

  kr_employee_set_nip (employee, nip);
  kr_employee_set_name (employee, name);
  kr_employee_set_title_front (employee, title_front);
  kr_employee_set_title_back (employee, title_back);
  kr_employee_set_nik (employee, nik);
  kr_employee_set_birth_place (employee, birth_place);
  kr_employee_set_birth_date (employee, kr_date_row_get_date (self->birth_date_row));
  kr_employee_set_gender (employee, adw_combo_row_get_selected (self->gender_row));
  kr_employee_set_religion (employee, adw_combo_row_get_selected (self->religion_row));
  kr_employee_set_marital_status (employee, adw_combo_row_get_selected (self->marital_row));
  kr_employee_set_phone (employee, phone);
  kr_employee_set_email (employee, email);
  kr_employee_set_address (employee, address);
  kr_employee_set_kind (employee, adw_combo_row_get_selected (self->kind_row));
  kr_employee_set_status (employee, adw_combo_row_get_selected (self->status_row));
  kr_employee_set_tmt_cpns (employee, kr_date_row_get_date (self->tmt_cpns_row));
  kr_employee_set_tmt_pns (employee, kr_date_row_get_date (self->tmt_pns_row));
}

/* A NIP encodes the birth date, the TMT CPNS (month) and the gender: fill in those that are
 * still empty, as the user is most likely to type the NIP first. */
static void
fill_from_nip (KrEmployeeEditor *self)
{
  KrNipKind kind = is_pppk (self) ? KR_NIP_KIND_PPPK : KR_NIP_KIND_PNS;
  KrNip nip;

  if (!kr_nip_parse (gtk_editable_get_text (GTK_EDITABLE (self->nip_row)), kind, NULL, &nip, NULL))
    return;

  self->filling = TRUE;
  if (kr_date_row_is_empty (self->birth_date_row))
    kr_date_row_set_date (self->birth_date_row, &nip.birth_date);
  if (adw_combo_row_get_selected (self->gender_row) == KR_GENDER_UNKNOWN)
    adw_combo_row_set_selected (self->gender_row, nip.gender);
  if (kind == KR_NIP_KIND_PNS && kr_date_row_is_empty (self->tmt_cpns_row))
    kr_date_row_set_date (self->tmt_cpns_row, &nip.tmt_cpns);
  self->filling = FALSE;
}

/* Validation */

/* Where the employee's fields (kr_employee_validate()) are shown. */
static GtkWidget *
find_field_row (KrEmployeeEditor *self, const char *field, GtkLabel **label)
{
  const struct
  {
    const char *field;
    GtkWidget *row;
    GtkLabel *label;
  } fields[] = {
    { "nip", GTK_WIDGET (self->nip_row), self->identity_error },
    { "name", GTK_WIDGET (self->name_row), self->identity_error },
    { "title-front", GTK_WIDGET (self->title_front_row), self->identity_error },
    { "title-back", GTK_WIDGET (self->title_back_row), self->identity_error },
    { "nik", GTK_WIDGET (self->nik_row), self->identity_error },
    { "birth-place", GTK_WIDGET (self->birth_place_row), self->birth_error },
    { "birth-date", GTK_WIDGET (self->birth_date_row), self->birth_error },
    { "gender", GTK_WIDGET (self->gender_row), self->birth_error },
    { "phone", GTK_WIDGET (self->phone_row), self->contact_error },
    { "email", GTK_WIDGET (self->email_row), self->contact_error },
    { "address", GTK_WIDGET (self->address_row), self->contact_error },
    { "tmt-cpns", GTK_WIDGET (self->tmt_cpns_row), self->employment_error },
    { "tmt-pns", GTK_WIDGET (self->tmt_pns_row), self->employment_error },
    { "kind", GTK_WIDGET (self->kind_row), self->employment_error },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_strcmp0 (fields[i].field, field) == 0)
      {
        *label = fields[i].label;
        return fields[i].row;
      }

  *label = self->general_error;
  return NULL;
}

static void
clear_error (KrEmployeeEditor *self)
{
  if (self->error_row != NULL)
    {
      gtk_widget_remove_css_class (self->error_row, "error");
      gtk_widget_set_tooltip_text (self->error_row, NULL);
    }
  if (self->error_label != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  self->error_row = NULL;
  self->error_label = NULL;
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->save_button), NULL);
}

/* Marks @row (NULL: none) and shows @message in @label. A new form does not mark rows the
 * user has not reached yet; Save's tooltip still says what is missing. */
static void
show_error (KrEmployeeEditor *self, GtkWidget *row, GtkLabel *label, const char *message)
{
  clear_error (self);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->save_button), message);
  if (self->is_new && row != NULL && !g_hash_table_contains (self->touched, row))
    return;

  self->error_row = row;
  self->error_label = label;
  if (row != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_widget_set_tooltip_text (row, message);
    }
  gtk_label_set_label (label, message);
  gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
}

static void
show_warnings (KrEmployeeEditor *self, GPtrArray *warnings)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, g_ptr_array_index (warnings, i));
    }
  gtk_label_set_label (self->nip_warning_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->nip_warning_box), text->len > 0);
}

/* The first rank against the education (DOMAIN 2.2): a warning, as KP pilihan may exceed the
 * ceiling. PPPK grades have no such rule in core. */
static void
show_rank_warning (KrEmployeeEditor *self)
{
  g_autoptr (GError) error = NULL;
  KrRank rank;

  if (self->is_new && kr_rank_from_code (get_golongan (self), &rank) &&
      !kr_rank_check_regular_range (rank, adw_combo_row_get_selected (self->education_row), &error))
    gtk_label_set_label (self->rank_warning, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->rank_warning), error != NULL);
}

static gboolean
check_dates (KrEmployeeEditor *self, GtkWidget **bad_row, GtkLabel **label, GError **error)
{
  KrDateRow *rows[] = { self->birth_date_row, self->tmt_cpns_row, self->tmt_pns_row };
  GtkLabel *labels[] = { self->birth_error, self->employment_error, self->employment_error };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (!kr_date_row_check (rows[i], error))
      {
        *bad_row = GTK_WIDGET (rows[i]);
        *label = labels[i];
        return FALSE;
      }
  return TRUE;
}

/* What only a new employee needs: the TMT CPNS the first rank and position start from, a
 * graduation year that is a year, and a position. */
static gboolean
check_new (KrEmployeeEditor *self, GtkWidget **bad_row, GtkLabel **label, GError **error)
{
  g_autofree char *year = dup_text (self->graduation_year_row);

  if (kr_date_row_get_date (self->tmt_cpns_row) == NULL)
    {
      *bad_row = GTK_WIDGET (self->tmt_cpns_row);
      *label = self->employment_error;
      g_set_error_literal (error, KR_ERROR, KR_ERROR_INVALID,
                           is_pppk (self)
                               ? _ ("The TMT of the first contract is required: the first rank "
                                    "and position start from it")
                               : _ ("The TMT CPNS is required: the first rank and position start "
                                    "from it"));
      return FALSE;
    }
  if (year != NULL && (strlen (year) != 4 || strspn (year, "0123456789") != 4))
    {
      *bad_row = GTK_WIDGET (self->graduation_year_row);
      *label = self->education_error;
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("“%s” is not a year; write it with four digits, such as 2015"), year);
      return FALSE;
    }
  *bad_row = GTK_WIDGET (self->position_row);
  *label = self->position_error;
  return kr_position_chooser_check (self->position_chooser, error);
}

static void
validate (KrEmployeeEditor *self)
{
  g_autoptr (GPtrArray) warnings = NULL;
  g_autoptr (GError) error = NULL;
  GtkWidget *bad_row = NULL;
  GtkLabel *label = self->general_error;
  const char *field = NULL;
  gboolean ok;

  ok = check_dates (self, &bad_row, &label, &error);
  if (ok)
    {
      read_form (self);
      ok = kr_employee_validate (self->employee, NULL, &field, &warnings, &error);
      if (!ok)
        bad_row = find_field_row (self, field, &label);
    }
  if (ok && self->is_new)
    ok = check_new (self, &bad_row, &label, &error);

  if (ok)
    clear_error (self);
  else
    show_error (self, bad_row, label, error->message);
  show_warnings (self, warnings);
  show_rank_warning (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", ok);
}

/* A PPPK has no CPNS appointment: the same date is their first contract's. */
static void
name_first_appointment (KrEmployeeEditor *self)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->tmt_cpns_row),
                                 is_pppk (self) ? _ ("TMT of the First Contract") : _ ("TMT CPNS"));
}

static void
on_row_changed_cb (GtkWidget *row, KrEmployeeEditor *self)
{
  if (self->filling)
    return;

  g_hash_table_add (self->touched, row);
  if (row == GTK_WIDGET (self->nip_row))
    fill_from_nip (self);
  validate (self);
}

static void
on_row_notify_cb (GtkWidget *row, GParamSpec *pspec, KrEmployeeEditor *self)
{
  if (self->filling)
    return;

  /* The grade list follows the kind; the suggested first grade follows the education. */
  if (row == GTK_WIDGET (self->kind_row) || row == GTK_WIDGET (self->education_row))
    {
      self->filling = TRUE;
      fill_golongan_model (self);
      self->filling = FALSE;
    }
  if (row == GTK_WIDGET (self->kind_row))
    name_first_appointment (self);
  on_row_changed_cb (row, self);
}

static void
on_position_changed_cb (KrEmployeeEditor *self)
{
  if (!self->filling)
    validate (self);
}

/* Saving */

/* Shows an error of the repository where it belongs. */
static void
show_save_error (KrEmployeeEditor *self, GtkWidget *row, GtkLabel *label, const GError *error)
{
  /* The repository's refusal is news to the user, wherever it points. */
  if (row != NULL)
    g_hash_table_add (self->touched, row);
  show_error (self, row, label, error->message);
}

static gint64
add_first_rows (KrEmployeeEditor *self, gint64 id, GError **error)
{
  g_autoptr (KrRankEntry) rank = kr_rank_entry_new ();
  g_autoptr (KrPositionEntry) position = kr_position_entry_new ();
  g_autoptr (KrEducationEntry) education = kr_education_entry_new ();
  g_autofree char *year = dup_text (self->graduation_year_row);
  const GDate *tmt = kr_date_row_get_date (self->tmt_cpns_row);

  if (year != NULL)
    {
      education->employee_id = id;
      education->level = adw_combo_row_get_selected (self->education_row);
      education->graduation_year = (guint) atoi (year);
      education->institution = dup_text (self->institution_row);
      if (kr_employee_repository_add_education (self->repository, education, error) == 0)
        return 0;
    }

  rank->employee_id = id;
  rank->golongan = get_golongan (self);
  rank->promotion_kind = KR_PROMOTION_KIND_PENGANGKATAN;
  rank->tmt = *tmt;
  if (kr_employee_repository_add_rank (self->repository, rank, error) == 0)
    return -1;

  position->employee_id = id;
  position->position_id = kr_position_chooser_get_position_id (self->position_chooser);
  position->tmt = *tmt;
  if (kr_employee_repository_add_position (self->repository, position, error) == 0)
    return -2;
  return id;
}

/* Adds the employee with their first rank, position and education in one transaction (the
 * repository's bulk load), so that nothing is left half-saved. */
static gboolean
save_new (KrEmployeeEditor *self)
{
  g_autoptr (GError) error = NULL;
  gint64 id, step;

  if (!kr_employee_repository_begin_bulk (self->repository, &error))
    {
      show_save_error (self, NULL, self->general_error, error);
      return FALSE;
    }

  id = kr_employee_repository_insert (self->repository, self->employee, NULL, &error);
  step = id != 0 ? add_first_rows (self, id, &error) : 0;
  if (step <= 0 || !kr_employee_repository_end_bulk (self->repository, TRUE, &error))
    {
      if (step <= 0)
        kr_employee_repository_end_bulk (self->repository, FALSE, NULL);
      if (id == 0)
        show_save_error (self,
                         g_error_matches (error, KR_ERROR, KR_ERROR_CONFLICT)
                             ? GTK_WIDGET (self->nip_row)
                             : NULL,
                         g_error_matches (error, KR_ERROR, KR_ERROR_CONFLICT) ? self->identity_error
                                                                              : self->general_error,
                         error);
      else if (step == 0)
        show_save_error (self, GTK_WIDGET (self->graduation_year_row), self->education_error,
                         error);
      else if (step == -1)
        show_save_error (self, GTK_WIDGET (self->golongan_row), self->rank_error, error);
      else if (step == -2)
        show_save_error (self, GTK_WIDGET (self->position_row), self->position_error, error);
      else
        show_save_error (self, NULL, self->general_error, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
save_existing (KrEmployeeEditor *self)
{
  g_autoptr (GError) error = NULL;
  GtkLabel *label;
  GtkWidget *row;

  if (kr_employee_repository_update (self->repository, self->employee, NULL, &error))
    return TRUE;

  /* After kr_employee_validate(), a conflict is a NIP someone else has, and what else is
   * invalid is a kind that the rank history does not fit. */
  if (g_error_matches (error, KR_ERROR, KR_ERROR_CONFLICT))
    row = find_field_row (self, "nip", &label);
  else if (g_error_matches (error, KR_ERROR, KR_ERROR_INVALID))
    row = find_field_row (self, "kind", &label);
  else
    row = find_field_row (self, NULL, &label);
  show_save_error (self, row, label, error);
  return FALSE;
}

static void
save_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrEmployeeEditor *self = KR_EMPLOYEE_EDITOR (widget);

  read_form (self);
  if (!(self->is_new ? save_new (self) : save_existing (self)))
    return;

  g_signal_emit (self, signals[SAVED], 0, kr_employee_get_id (self->employee));
  gtk_window_close (GTK_WINDOW (self));
}

/* The object */

KrEmployee *
kr_employee_editor_get_employee (KrEmployeeEditor *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_EDITOR (self), NULL);

  return self->employee;
}

static void
kr_employee_editor_dispose (GObject *object)
{
  KrEmployeeEditor *self = KR_EMPLOYEE_EDITOR (object);

  g_clear_object (&self->position_chooser);
  g_clear_object (&self->repository);
  g_clear_object (&self->employee);
  g_clear_pointer (&self->touched, g_hash_table_unref);
  g_clear_pointer (&self->golongan_codes, g_array_unref);
  self->error_row = NULL;
  self->error_label = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (object), KR_TYPE_EMPLOYEE_EDITOR);

  G_OBJECT_CLASS (kr_employee_editor_parent_class)->dispose (object);
}

static void
bind_children (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, general_error);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, nip_row);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, title_front_row);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, title_back_row);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, nik_row);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, identity_error);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, nip_warning_box);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, nip_warning_label);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, birth_place_row);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, birth_date_row);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, gender_row);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, religion_row);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, marital_row);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, birth_error);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, phone_row);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, email_row);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, address_row);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, contact_error);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, tmt_cpns_row);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, tmt_pns_row);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, employment_error);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, education_box);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, education_row);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, graduation_year_row);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, institution_row);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, education_error);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, first_rank_box);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, golongan_row);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, rank_warning);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, rank_error);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, first_position_box);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, unit_row);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, position_row);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeEditor, position_error);
}

static void
kr_employee_editor_class_init (KrEmployeeEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_employee_editor_dispose;

  /**
   * KrEmployeeEditor::saved:
   * @self: the editor
   * @employee_id: the employee that was added or changed
   *
   * Emitted after Save wrote the employee, just before the editor closes.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (KR_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (
      widget_class, "/io/github/karier/Karier/employees/kr-employee-editor.ui");
  bind_children (widget_class);
  gtk_widget_class_bind_template_callback (widget_class, on_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_notify_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save",
                                       NULL);
}

static void
kr_employee_editor_init (KrEmployeeEditor *self)
{
  /* Until the constructor has filled the form. */
  self->filling = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  self->touched = g_hash_table_new (NULL, NULL);
  self->golongan_codes = g_array_new (FALSE, FALSE, sizeof (guint));

  {
    AdwComboRow *rows[] = { self->gender_row,   self->religion_row, self->marital_row,
                            self->kind_row,     self->status_row,   self->education_row,
                            self->golongan_row, self->unit_row,     self->position_row };

    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      kr_combo_row_show_full_text (rows[i]);
  }
}

KrEmployeeEditor *
kr_employee_editor_new (KrEmployeeRepository *repository,
                        KrUnitRepository *unit_repository,
                        KrEmployee *employee)
{
  g_autofree char *name = NULL;
  KrEmployeeEditor *self;

  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (repository), NULL);
  g_return_val_if_fail (KR_IS_UNIT_REPOSITORY (unit_repository), NULL);
  g_return_val_if_fail (employee == NULL || KR_IS_EMPLOYEE (employee), NULL);

  self = g_object_new (KR_TYPE_EMPLOYEE_EDITOR, NULL);
  self->repository = g_object_ref (repository);
  self->is_new = employee == NULL;
  self->employee = employee != NULL ? kr_employee_copy (employee) : kr_employee_new ();

  fill_form (self);
  name_first_appointment (self);
  /* The first rank, position and education of an existing employee are in their
   * histories. */
  gtk_widget_set_visible (GTK_WIDGET (self->education_box), self->is_new);
  gtk_widget_set_visible (GTK_WIDGET (self->first_rank_box), self->is_new);
  gtk_widget_set_visible (GTK_WIDGET (self->first_position_box), self->is_new);
  self->position_chooser =
      kr_position_chooser_new (unit_repository, self->unit_row, self->position_row);
  g_signal_connect_object (self->position_chooser, "changed", G_CALLBACK (on_position_changed_cb),
                           self, G_CONNECT_SWAPPED);
  self->filling = FALSE;

  name = kr_employee_dup_full_name (self->employee);
  gtk_window_set_title (GTK_WINDOW (self), self->is_new ? _ ("New Employee") : _ ("Edit Employee"));
  adw_window_title_set_title (self->window_title,
                              self->is_new ? _ ("New Employee") : _ ("Edit Employee"));
  adw_window_title_set_subtitle (self->window_title, name);
  validate (self);

  return self;
}
