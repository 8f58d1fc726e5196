/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-history-editor"

#include "config.h"

#include "kr-history-editor.h"

#include <stdlib.h>

#include <glib/gi18n.h>

#include "kr-combo-rows.h"
#include "kr-date-row.h"
#include "kr-employee-format.h"
#include "kr-error.h"
#include "kr-position-chooser.h"

/* The PPPK golongan are stored as 100 + the golongan (kr-employee.h). */
#define PPPK_GOLONGAN_BASE 100

struct _KrHistoryEditor
{
  AdwWindow parent_instance;

  KrEmployeeRepository *repository;
  KrEmployee *employee;
  KrHistoryKind kind;
  /* The row being changed, or a new one; the form's values go into it on Save. */
  gpointer entry;
  gboolean is_new;
  /* Set while the form is filled from the row, when the rows' changes are not the user's. */
  gboolean filling;
  /* The stored golongan behind each item of golongan_row. */
  GArray *golongan_codes;
  KrPositionChooser *position_chooser;
  GtkWidget *error_row;

  AdwWindowTitle *window_title;
  GtkButton *save_button;
  GtkStack *form_stack;
  GtkLabel *error_label;

  AdwComboRow *golongan_row;
  AdwComboRow *promotion_row;
  KrDateRow *rank_tmt_row;
  AdwEntryRow *rank_sk_number_row;
  KrDateRow *rank_sk_date_row;

  AdwComboRow *unit_row;
  AdwComboRow *position_row;
  KrDateRow *position_tmt_row;
  AdwEntryRow *position_sk_number_row;
  KrDateRow *position_sk_date_row;

  AdwComboRow *level_row;
  AdwEntryRow *institution_row;
  AdwEntryRow *major_row;
  AdwEntryRow *graduation_year_row;
  AdwEntryRow *certificate_number_row;
  KrDateRow *certificate_date_row;

  AdwComboRow *discipline_level_row;
  AdwEntryRow *sanction_row;
  AdwComboRow *regulation_row;
  KrDateRow *discipline_tmt_row;
  KrDateRow *end_date_row;
  AdwEntryRow *discipline_sk_number_row;
  KrDateRow *discipline_sk_date_row;

  AdwComboRow *award_kind_row;
  AdwEntryRow *award_name_row;
  AdwEntryRow *award_year_row;
  AdwEntryRow *award_sk_number_row;
  KrDateRow *award_sk_date_row;
};

G_DEFINE_FINAL_TYPE (KrHistoryEditor, kr_history_editor, ADW_TYPE_WINDOW)

static const char *const page_names[KR_N_HISTORIES] = {
  [KR_HISTORY_RANK] = "rank",           [KR_HISTORY_POSITION] = "position",
  [KR_HISTORY_EDUCATION] = "education", [KR_HISTORY_DISCIPLINE] = "discipline",
  [KR_HISTORY_AWARD] = "award",
};

static const char *const add_titles[KR_N_HISTORIES] = {
  [KR_HISTORY_RANK] = N_ ("Add Rank"),
  [KR_HISTORY_POSITION] = N_ ("Add Position"),
  [KR_HISTORY_EDUCATION] = N_ ("Add Education"),
  [KR_HISTORY_DISCIPLINE] = N_ ("Add Discipline Sanction"),
  [KR_HISTORY_AWARD] = N_ ("Add Award"),
};

static const char *const edit_titles[KR_N_HISTORIES] = {
  [KR_HISTORY_RANK] = N_ ("Edit Rank"),
  [KR_HISTORY_POSITION] = N_ ("Edit Position"),
  [KR_HISTORY_EDUCATION] = N_ ("Edit Education"),
  [KR_HISTORY_DISCIPLINE] = N_ ("Edit Discipline Sanction"),
  [KR_HISTORY_AWARD] = N_ ("Edit Award"),
};

/* Helpers */

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
set_year (AdwEntryRow *row, guint year)
{
  g_autofree char *text = year != 0 ? g_strdup_printf ("%u", year) : NULL;

  set_text (row, text);
}

/* Reads a four-digit year; 0 with @error set otherwise. */
static guint
parse_year (AdwEntryRow *row, GError **error)
{
  g_autofree char *text = dup_text (row);

  if (text == NULL)
    {
      g_set_error_literal (error, KR_ERROR, KR_ERROR_INVALID, _ ("The year is required"));
      return 0;
    }
  if (strlen (text) != 4 || strspn (text, "0123456789") != 4 || text[0] == '0')
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("“%s” is not a year; write it with four digits, such as 2015"), text);
      return 0;
    }
  return (guint) atoi (text);
}

static void
get_date (KrDateRow *row, GDate *out)
{
  const GDate *date = kr_date_row_get_date (row);

  if (date != NULL)
    *out = *date;
  else
    g_date_clear (out, 1);
}

static void
set_model (AdwComboRow *row, const char *const *labels, guint n_labels)
{
  g_autoptr (GtkStringList) list = gtk_string_list_new (NULL);

  for (guint i = 0; i < n_labels; i++)
    gtk_string_list_append (list, labels[i]);
  adw_combo_row_set_model (row, G_LIST_MODEL (list));
}

/* Filling the form from the row */

static void
fill_golongan_model (KrHistoryEditor *self)
{
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
  gboolean pppk = kr_employee_get_kind (self->employee) == KR_EMPLOYEE_KIND_PPPK;
  guint n = pppk ? KR_PPPK_GOLONGAN_MAX : KR_N_RANKS;

  for (guint i = 0; i < n; i++)
    {
      guint code =
          pppk ? PPPK_GOLONGAN_BASE + KR_PPPK_GOLONGAN_MIN + i : kr_rank_get_code ((KrRank) i);
      g_autofree char *label = kr_employee_format_golongan (code);

      g_array_append_val (self->golongan_codes, code);
      gtk_string_list_append (labels, label);
    }
  adw_combo_row_set_model (self->golongan_row, G_LIST_MODEL (labels));
}

static void
select_golongan (KrHistoryEditor *self, guint golongan)
{
  for (guint i = 0; i < self->golongan_codes->len; i++)
    if (g_array_index (self->golongan_codes, guint, i) == golongan)
      adw_combo_row_set_selected (self->golongan_row, i);
}

/* For a new rank: one step above the current rank, as most rows are promotions. */
static void
suggest_rank (KrHistoryEditor *self, KrRankEntry *entry)
{
  guint current = kr_employee_get_golongan (self->employee);
  KrRank rank, next;

  if (current == 0)
    {
      entry->promotion_kind = KR_PROMOTION_KIND_PENGANGKATAN;
      entry->golongan = g_array_index (self->golongan_codes, guint, 0);
      return;
    }
  entry->golongan = current;
  if (kr_rank_from_code (current, &rank))
    {
      entry->promotion_kind = KR_PROMOTION_KIND_REGULER;
      if (kr_rank_next (rank, &next))
        entry->golongan = kr_rank_get_code (next);
    }
}

static void
fill_rank (KrHistoryEditor *self, KrRankEntry *entry)
{
  const char *labels[KR_N_PROMOTION_KINDS];

  for (guint i = 0; i < KR_N_PROMOTION_KINDS; i++)
    labels[i] = kr_promotion_kind_get_label ((KrPromotionKind) i);
  set_model (self->promotion_row, labels, KR_N_PROMOTION_KINDS);
  fill_golongan_model (self);

  if (self->is_new)
    suggest_rank (self, entry);
  select_golongan (self, entry->golongan);
  adw_combo_row_set_selected (self->promotion_row, entry->promotion_kind);
  kr_date_row_set_date (self->rank_tmt_row, &entry->tmt);
  set_text (self->rank_sk_number_row, entry->sk_number);
  kr_date_row_set_date (self->rank_sk_date_row, &entry->sk_date);
}

static void on_position_changed_cb (KrHistoryEditor *self);

static void
fill_position (KrHistoryEditor *self, KrPositionEntry *entry, KrUnitRepository *unit_repository)
{
  g_autoptr (KrPositionRecord) position = NULL;
  gint64 unit_id = kr_employee_get_unit_id (self->employee);

  self->position_chooser =
      kr_position_chooser_new (unit_repository, self->unit_row, self->position_row);
  if (!self->is_new)
    {
      position = kr_unit_repository_get_position (unit_repository, entry->position_id, NULL);
      unit_id = position != NULL ? position->unit_id : 0;
    }
  kr_position_chooser_select (self->position_chooser, unit_id, entry->position_id);
  g_signal_connect_object (self->position_chooser, "changed", G_CALLBACK (on_position_changed_cb),
                           self, G_CONNECT_SWAPPED);

  kr_date_row_set_date (self->position_tmt_row, &entry->tmt);
  set_text (self->position_sk_number_row, entry->sk_number);
  kr_date_row_set_date (self->position_sk_date_row, &entry->sk_date);
}

static void
fill_education (KrHistoryEditor *self, KrEducationEntry *entry)
{
  const char *labels[KR_N_EDUCATIONS];

  for (guint i = 0; i < KR_N_EDUCATIONS; i++)
    labels[i] = kr_education_get_label ((KrEducation) i);
  set_model (self->level_row, labels, KR_N_EDUCATIONS);
  if (self->is_new)
    kr_employee_get_education (self->employee, &entry->level);

  adw_combo_row_set_selected (self->level_row, entry->level);
  set_text (self->institution_row, entry->institution);
  set_text (self->major_row, entry->major);
  set_year (self->graduation_year_row, entry->graduation_year);
  set_text (self->certificate_number_row, entry->sk_number);
  kr_date_row_set_date (self->certificate_date_row, &entry->sk_date);
}

static void
fill_discipline (KrHistoryEditor *self, KrDisciplineEntry *entry)
{
  const char *levels[KR_N_DISCIPLINE_LEVELS];
  const char *regulations[KR_N_DISCIPLINE_REGULATIONS];

  for (guint i = 0; i < KR_N_DISCIPLINE_LEVELS; i++)
    levels[i] = kr_discipline_level_get_label ((KrDisciplineLevel) i);
  for (guint i = 0; i < KR_N_DISCIPLINE_REGULATIONS; i++)
    regulations[i] = kr_discipline_regulation_get_label ((KrDisciplineRegulation) i);
  set_model (self->discipline_level_row, levels, KR_N_DISCIPLINE_LEVELS);
  set_model (self->regulation_row, regulations, KR_N_DISCIPLINE_REGULATIONS);

  adw_combo_row_set_selected (self->discipline_level_row, entry->level);
  set_text (self->sanction_row, entry->sanction);
  adw_combo_row_set_selected (self->regulation_row, entry->regulation);
  kr_date_row_set_date (self->discipline_tmt_row, &entry->tmt);
  kr_date_row_set_date (self->end_date_row, &entry->end_date);
  set_text (self->discipline_sk_number_row, entry->sk_number);
  kr_date_row_set_date (self->discipline_sk_date_row, &entry->sk_date);
}

static void
fill_award (KrHistoryEditor *self, KrAwardEntry *entry)
{
  const char *labels[KR_N_AWARD_KINDS];

  for (guint i = 0; i < KR_N_AWARD_KINDS; i++)
    labels[i] = kr_award_kind_get_label ((KrAwardKind) i);
  labels[KR_AWARD_KIND_OTHER] = _ ("Other Award");
  set_model (self->award_kind_row, labels, KR_N_AWARD_KINDS);

  adw_combo_row_set_selected (self->award_kind_row, entry->kind);
  set_text (self->award_name_row, entry->name);
  set_year (self->award_year_row, entry->year);
  set_text (self->award_sk_number_row, entry->sk_number);
  kr_date_row_set_date (self->award_sk_date_row, &entry->sk_date);
}

/* Validation as the user types: what the form can tell without the database. The
 * repository's rules (dates against the birth date and the TMT CPNS, Satyalancana service
 * years) are checked on Save and their messages shown the same way. */

/* Fails, naming @row as the one at fault, when the date row holds text that is not a date
 * or, when @required, holds nothing. */
static gboolean
check_date (KrDateRow *row, gboolean required, GtkWidget **bad_row, GError **error)
{
  *bad_row = GTK_WIDGET (row);
  if (!kr_date_row_check (row, error))
    return FALSE;
  if (required && kr_date_row_get_date (row) == NULL)
    {
      /* Translators: %s is the name of a date field, such as “TMT” */
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("%s is required"),
                   adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
      return FALSE;
    }
  *bad_row = NULL;
  return TRUE;
}

static gboolean
check_rank (KrHistoryEditor *self, GtkWidget **bad_row, GError **error)
{
  return check_date (self->rank_tmt_row, TRUE, bad_row, error) &&
         check_date (self->rank_sk_date_row, FALSE, bad_row, error);
}

static gboolean
check_position (KrHistoryEditor *self, GtkWidget **bad_row, GError **error)
{
  if (!kr_position_chooser_check (self->position_chooser, error))
    {
      *bad_row = GTK_WIDGET (self->position_row);
      return FALSE;
    }
  return check_date (self->position_tmt_row, TRUE, bad_row, error) &&
         check_date (self->position_sk_date_row, FALSE, bad_row, error);
}

static gboolean
check_education (KrHistoryEditor *self, GtkWidget **bad_row, GError **error)
{
  if (parse_year (self->graduation_year_row, error) == 0)
    {
      *bad_row = GTK_WIDGET (self->graduation_year_row);
      return FALSE;
    }
  return check_date (self->certificate_date_row, FALSE, bad_row, error);
}

static gboolean
check_discipline (KrHistoryEditor *self, GtkWidget **bad_row, GError **error)
{
  g_autofree char *sanction = dup_text (self->sanction_row);

  if (sanction == NULL)
    {
      *bad_row = GTK_WIDGET (self->sanction_row);
      g_set_error_literal (error, KR_ERROR, KR_ERROR_INVALID, _ ("The sanction is required"));
      return FALSE;
    }
  return check_date (self->discipline_tmt_row, TRUE, bad_row, error) &&
         check_date (self->end_date_row, FALSE, bad_row, error) &&
         check_date (self->discipline_sk_date_row, FALSE, bad_row, error);
}

static gboolean
check_award (KrHistoryEditor *self, GtkWidget **bad_row, GError **error)
{
  g_autofree char *name = dup_text (self->award_name_row);

  if (adw_combo_row_get_selected (self->award_kind_row) == KR_AWARD_KIND_OTHER && name == NULL)
    {
      *bad_row = GTK_WIDGET (self->award_name_row);
      g_set_error_literal (error, KR_ERROR, KR_ERROR_INVALID, _ ("The award name is required"));
      return FALSE;
    }
  if (parse_year (self->award_year_row, error) == 0)
    {
      *bad_row = GTK_WIDGET (self->award_year_row);
      return FALSE;
    }
  return check_date (self->award_sk_date_row, FALSE, bad_row, error);
}

static gboolean
check_form (KrHistoryEditor *self, GtkWidget **bad_row, GError **error)
{
  switch (self->kind)
    {
    case KR_HISTORY_RANK:
      return check_rank (self, bad_row, error);
    case KR_HISTORY_POSITION:
      return check_position (self, bad_row, error);
    case KR_HISTORY_EDUCATION:
      return check_education (self, bad_row, error);
    case KR_HISTORY_DISCIPLINE:
      return check_discipline (self, bad_row, error);
    case KR_HISTORY_AWARD:
      return check_award (self, bad_row, error);
    default:
      g_assert_not_reached ();
    }
}

/* Shows @message under the form and marks @row (when known) as the one at fault. */
static void
show_error (KrHistoryEditor *self, GtkWidget *row, const char *message)
{
  if (self->error_row != NULL)
    {
      gtk_widget_remove_css_class (self->error_row, "error");
      gtk_widget_set_tooltip_text (self->error_row, NULL);
    }
  self->error_row = row;
  if (row != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_widget_set_tooltip_text (row, message);
    }
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
validate (KrHistoryEditor *self)
{
  g_autoptr (GError) error = NULL;
  GtkWidget *bad_row = NULL;
  gboolean ok = check_form (self, &bad_row, &error);

  show_error (self, bad_row, ok ? NULL : error->message);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.save", ok);
}

static void
on_field_changed_cb (KrHistoryEditor *self)
{
  if (!self->filling)
    validate (self);
}

static void
on_position_changed_cb (KrHistoryEditor *self)
{
  if (!self->filling)
    validate (self);
}

/* Saving */

static void
read_rank (KrHistoryEditor *self, KrRankEntry *entry)
{
  guint selected = adw_combo_row_get_selected (self->golongan_row);

  if (selected < self->golongan_codes->len)
    entry->golongan = g_array_index (self->golongan_codes, guint, selected);
  entry->promotion_kind = adw_combo_row_get_selected (self->promotion_row);
  get_date (self->rank_tmt_row, &entry->tmt);
  g_free (entry->sk_number);
  entry->sk_number = dup_text (self->rank_sk_number_row);
  get_date (self->rank_sk_date_row, &entry->sk_date);
}

static void
read_position (KrHistoryEditor *self, KrPositionEntry *entry)
{
  entry->position_id = kr_position_chooser_get_position_id (self->position_chooser);
  get_date (self->position_tmt_row, &entry->tmt);
  g_free (entry->sk_number);
  entry->sk_number = dup_text (self->position_sk_number_row);
  get_date (self->position_sk_date_row, &entry->sk_date);
}

static void
read_education (KrHistoryEditor *self, KrEducationEntry *entry)
{
  entry->level = adw_combo_row_get_selected (self->level_row);
  g_free (entry->institution);
  entry->institution = dup_text (self->institution_row);
  g_free (entry->major);
  entry->major = dup_text (self->major_row);
  entry->graduation_year = parse_year (self->graduation_year_row, NULL);
  g_free (entry->sk_number);
  entry->sk_number = dup_text (self->certificate_number_row);
  get_date (self->certificate_date_row, &entry->sk_date);
}

static void
read_discipline (KrHistoryEditor *self, KrDisciplineEntry *entry)
{
  entry->level = adw_combo_row_get_selected (self->discipline_level_row);
  g_free (entry->sanction);
  entry->sanction = dup_text (self->sanction_row);
  entry->regulation = adw_combo_row_get_selected (self->regulation_row);
  get_date (self->discipline_tmt_row, &entry->tmt);
  get_date (self->end_date_row, &entry->end_date);
  g_free (entry->sk_number);
  entry->sk_number = dup_text (self->discipline_sk_number_row);
  get_date (self->discipline_sk_date_row, &entry->sk_date);
}

static void
read_award (KrHistoryEditor *self, KrAwardEntry *entry)
{
  entry->kind = adw_combo_row_get_selected (self->award_kind_row);
  g_free (entry->name);
  entry->name = dup_text (self->award_name_row);
  entry->year = parse_year (self->award_year_row, NULL);
  g_free (entry->sk_number);
  entry->sk_number = dup_text (self->award_sk_number_row);
  get_date (self->award_sk_date_row, &entry->sk_date);
}

static gboolean
save_rank (KrHistoryEditor *self, GError **error)
{
  read_rank (self, self->entry);
  return self->is_new ? kr_employee_repository_add_rank (self->repository, self->entry, error) != 0
                      : kr_employee_repository_update_rank (self->repository, self->entry, error);
}

static gboolean
save_position (KrHistoryEditor *self, GError **error)
{
  read_position (self, self->entry);
  return self->is_new
             ? kr_employee_repository_add_position (self->repository, self->entry, error) != 0
             : kr_employee_repository_update_position (self->repository, self->entry, error);
}

static gboolean
save_education (KrHistoryEditor *self, GError **error)
{
  read_education (self, self->entry);
  return self->is_new
             ? kr_employee_repository_add_education (self->repository, self->entry, error) != 0
             : kr_employee_repository_update_education (self->repository, self->entry, error);
}

static gboolean
save_discipline (KrHistoryEditor *self, GError **error)
{
  read_discipline (self, self->entry);
  return self->is_new
             ? kr_employee_repository_add_discipline (self->repository, self->entry, error) != 0
             : kr_employee_repository_update_discipline (self->repository, self->entry, error);
}

static gboolean
save_award (KrHistoryEditor *self, GError **error)
{
  read_award (self, self->entry);
  return self->is_new ? kr_employee_repository_add_award (self->repository, self->entry, error) != 0
                      : kr_employee_repository_update_award (self->repository, self->entry, error);
}

static void
save_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrHistoryEditor *self = KR_HISTORY_EDITOR (widget);
  g_autoptr (GError) error = NULL;
  gboolean saved = FALSE;

  switch (self->kind)
    {
    case KR_HISTORY_RANK:
      saved = save_rank (self, &error);
      break;
    case KR_HISTORY_POSITION:
      saved = save_position (self, &error);
      break;
    case KR_HISTORY_EDUCATION:
      saved = save_education (self, &error);
      break;
    case KR_HISTORY_DISCIPLINE:
      saved = save_discipline (self, &error);
      break;
    case KR_HISTORY_AWARD:
      saved = save_award (self, &error);
      break;
    default:
      g_assert_not_reached ();
    }

  if (!saved)
    {
      /* A failed add leaves the id at 0, so that Save adds again once the row is fixed. */
      show_error (self, NULL, error->message);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

/* The object */

static void
free_entry (KrHistoryEditor *self)
{
  switch (self->kind)
    {
    case KR_HISTORY_RANK:
      g_clear_pointer (&self->entry, kr_rank_entry_free);
      break;
    case KR_HISTORY_POSITION:
      g_clear_pointer (&self->entry, kr_position_entry_free);
      break;
    case KR_HISTORY_EDUCATION:
      g_clear_pointer (&self->entry, kr_education_entry_free);
      break;
    case KR_HISTORY_DISCIPLINE:
      g_clear_pointer (&self->entry, kr_discipline_entry_free);
      break;
    case KR_HISTORY_AWARD:
      g_clear_pointer (&self->entry, kr_award_entry_free);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
kr_history_editor_dispose (GObject *object)
{
  KrHistoryEditor *self = KR_HISTORY_EDITOR (object);

  free_entry (self);
  g_clear_object (&self->position_chooser);
  g_clear_object (&self->repository);
  g_clear_object (&self->employee);
  g_clear_pointer (&self->golongan_codes, g_array_unref);
  self->error_row = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (object), KR_TYPE_HISTORY_EDITOR);

  G_OBJECT_CLASS (kr_history_editor_parent_class)->dispose (object);
}

static void
kr_history_editor_class_init (KrHistoryEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_history_editor_dispose;

  g_type_ensure (KR_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (
      widget_class, "/io/github/karier/Karier/employees/kr-history-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, KrHistoryEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, KrHistoryEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, KrHistoryEditor, form_stack);
  gtk_widget_class_bind_template_child (widget_class, KrHistoryEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, KrHistoryEditor, golongan_row);
  gtk_widget_class_bind_template_child (widget_class, KrHistoryEditor, promotion_row);
  gtk_widget_class_bind_template_child (widget_class, KrHistoryEditor, rank_tmt_row);
  gtk_widget_class_bind_template_child (widget_class, KrHistoryEditor, rank_sk_number_row);
  gtk_widget_class_bind_template_child (widget_class, KrHistoryEditor, rank_sk_date_row);
  gtk_widget_class_bind_template_child (widget_class, KrHistoryEditor, unit_row);
  gtk_widget_class_bind_template_child (widget_class, KrHistoryEditor, position_row);
  gtk_widget_class_bind_template_child (widget_class, KrHistoryEditor, position_tmt_row);
  gtk_widget_class_bind_template_child (widget_class, KrHistoryEditor, position_sk_number_row);
  gtk_widget_class_bind_template_child (widget_class, KrHistoryEditor, position_sk_date_row);
  gtk_widget_class_bind_template_child (widget_class, KrHistoryEditor, level_row);
  gtk_widget_class_bind_template_child (widget_class, KrHistoryEditor, institution_row);
  gtk_widget_class_bind_template_child (widget_class, KrHistoryEditor, major_row);
  gtk_widget_class_bind_template_child (widget_class, KrHistoryEditor, graduation_year_row);
  gtk_widget_class_bind_template_child (widget_class, KrHistoryEditor, certificate_number_row);
  gtk_widget_class_bind_template_child (widget_class, KrHistoryEditor, certificate_date_row);
  gtk_widget_class_bind_template_child (widget_class, KrHistoryEditor, discipline_level_row);
  gtk_widget_class_bind_template_child (widget_class, KrHistoryEditor, sanction_row);
  gtk_widget_class_bind_template_child (widget_class, KrHistoryEditor, regulation_row);
  gtk_widget_class_bind_template_child (widget_class, KrHistoryEditor, discipline_tmt_row);
  gtk_widget_class_bind_template_child (widget_class, KrHistoryEditor, end_date_row);
  gtk_widget_class_bind_template_child (widget_class, KrHistoryEditor, discipline_sk_number_row);
  gtk_widget_class_bind_template_child (widget_class, KrHistoryEditor, discipline_sk_date_row);
  gtk_widget_class_bind_template_child (widget_class, KrHistoryEditor, award_kind_row);
  gtk_widget_class_bind_template_child (widget_class, KrHistoryEditor, award_name_row);
  gtk_widget_class_bind_template_child (widget_class, KrHistoryEditor, award_year_row);
  gtk_widget_class_bind_template_child (widget_class, KrHistoryEditor, award_sk_number_row);
  gtk_widget_class_bind_template_child (widget_class, KrHistoryEditor, award_sk_date_row);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);

  gtk_widget_class_install_action (widget_class, "history.save", NULL, save_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "history.save",
                                       NULL);
}

static void
kr_history_editor_init (KrHistoryEditor *self)
{
  /* Until the constructor has filled the form. */
  self->filling = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  self->golongan_codes = g_array_new (FALSE, FALSE, sizeof (guint));

  {
    AdwComboRow *rows[] = { self->golongan_row,   self->promotion_row, self->unit_row,
                            self->position_row,   self->level_row,     self->discipline_level_row,
                            self->regulation_row, self->award_kind_row };

    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      kr_combo_row_show_full_text (rows[i]);
  }
}

/* Takes a copy of @entry, or a new row of @kind for the employee. */
static gpointer
copy_or_new_entry (KrHistoryKind kind, gconstpointer entry, gint64 employee_id)
{
  switch (kind)
    {
    case KR_HISTORY_RANK:
      {
        KrRankEntry *row = entry != NULL ? kr_rank_entry_copy (entry) : kr_rank_entry_new ();
        row->employee_id = entry != NULL ? row->employee_id : employee_id;
        return row;
      }
    case KR_HISTORY_POSITION:
      {
        KrPositionEntry *row =
            entry != NULL ? kr_position_entry_copy (entry) : kr_position_entry_new ();
        row->employee_id = entry != NULL ? row->employee_id : employee_id;
        return row;
      }
    case KR_HISTORY_EDUCATION:
      {
        KrEducationEntry *row =
            entry != NULL ? kr_education_entry_copy (entry) : kr_education_entry_new ();
        row->employee_id = entry != NULL ? row->employee_id : employee_id;
        return row;
      }
    case KR_HISTORY_DISCIPLINE:
      {
        KrDisciplineEntry *row =
            entry != NULL ? kr_discipline_entry_copy (entry) : kr_discipline_entry_new ();
        row->employee_id = entry != NULL ? row->employee_id : employee_id;
        return row;
      }
    case KR_HISTORY_AWARD:
      {
        KrAwardEntry *row = entry != NULL ? kr_award_entry_copy (entry) : kr_award_entry_new ();
        row->employee_id = entry != NULL ? row->employee_id : employee_id;
        return row;
      }
    default:
      g_assert_not_reached ();
    }
}

static void
fill_form (KrHistoryEditor *self, KrUnitRepository *unit_repository)
{
  switch (self->kind)
    {
    case KR_HISTORY_RANK:
      fill_rank (self, self->entry);
      break;
    case KR_HISTORY_POSITION:
      fill_position (self, self->entry, unit_repository);
      break;
    case KR_HISTORY_EDUCATION:
      fill_education (self, self->entry);
      break;
    case KR_HISTORY_DISCIPLINE:
      fill_discipline (self, self->entry);
      break;
    case KR_HISTORY_AWARD:
      fill_award (self, self->entry);
      break;
    default:
      g_assert_not_reached ();
    }
}

KrHistoryEditor *
kr_history_editor_new (KrEmployeeRepository *repository,
                       KrUnitRepository *unit_repository,
                       KrEmployee *employee,
                       KrHistoryKind kind,
                       gconstpointer entry)
{
  g_autofree char *name = NULL;
  KrHistoryEditor *self;

  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (repository), NULL);
  g_return_val_if_fail (KR_IS_UNIT_REPOSITORY (unit_repository), NULL);
  g_return_val_if_fail (KR_IS_EMPLOYEE (employee), NULL);
  g_return_val_if_fail (kind < KR_N_HISTORIES, NULL);

  self = g_object_new (KR_TYPE_HISTORY_EDITOR, NULL);
  self->repository = g_object_ref (repository);
  self->employee = g_object_ref (employee);
  self->kind = kind;
  self->is_new = entry == NULL;

  self->entry = copy_or_new_entry (kind, entry, kr_employee_get_id (employee));
  gtk_stack_set_visible_child_name (self->form_stack, page_names[kind]);

  name = kr_employee_dup_full_name (employee);
  adw_window_title_set_title (self->window_title,
                              _ (self->is_new ? add_titles[kind] : edit_titles[kind]));
  adw_window_title_set_subtitle (self->window_title, name);
  gtk_window_set_title (GTK_WINDOW (self), _ (self->is_new ? add_titles[kind] : edit_titles[kind]));
  /* Filling notifies every row; the form is checked once it is whole. */
  fill_form (self, unit_repository);
  self->filling = FALSE;
  validate (self);

  return self;
}

KrHistoryKind
kr_history_editor_get_kind (KrHistoryEditor *self)
{
  g_return_val_if_fail (KR_IS_HISTORY_EDITOR (self), KR_HISTORY_RANK);

  return self->kind;
}
