/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-pp46-dialog"

#include "config.h"

#include "kr-pp46-dialog.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "kr-appraisal-form.h"
#include "kr-error.h"

/* The element only structural officials are appraised on (kr-appraisal.h). */
#define KEPEMIMPINAN (KR_PP46_N_BEHAVIOURS - 1)
#define N_YEARS      (KR_PP46_LAST_YEAR - KR_PP46_FIRST_YEAR + 1)

struct _KrPp46Dialog
{
  AdwWindow parent_instance;

  KrAppraisalRepository *repository;
  gint64 employee_id;
  gint64 id;
  /* The years that already have a record (besides the one edited). */
  gboolean taken[N_YEARS];
  gboolean filling;
  GtkWidget *error_row;
  AdwEntryRow *element_rows[KR_PP46_N_BEHAVIOURS];

  AdwWindowTitle *window_title;
  GtkButton *save_button;
  AdwComboRow *year_row;
  AdwEntryRow *skp_row;
  AdwEntryRow *appraiser_row;
  AdwPreferencesGroup *behaviour_group;
  GtkSwitch *structural_switch;
  AdwEntryRow *behaviour_score_row;
  GtkLabel *score_label;
  GtkLabel *error_label;
};

G_DEFINE_FINAL_TYPE (KrPp46Dialog, kr_pp46_dialog, ADW_TYPE_WINDOW)

/* The form as read: valid when check_form () says so. */
typedef struct
{
  guint year;
  double skp;
  double elements[KR_PP46_N_BEHAVIOURS];
  guint n_elements;
  double behaviour;
} Form;

static gboolean
read_elements (KrPp46Dialog *self, Form *form, GtkWidget **bad_row, GError **error)
{
  double sum = 0;

  form->n_elements = 0;
  for (guint i = 0; i < KR_PP46_N_BEHAVIOURS; i++)
    {
      gboolean present = FALSE;

      form->elements[i] = -1;
      if (i == KEPEMIMPINAN && !gtk_switch_get_active (self->structural_switch))
        continue;
      if (!kr_appraisal_form_read_number (self->element_rows[i], 0, 100, FALSE, &present,
                                          &form->elements[i], error))
        {
          *bad_row = GTK_WIDGET (self->element_rows[i]);
          return FALSE;
        }
      if (!present)
        form->elements[i] = -1;
      else
        {
          sum += form->elements[i];
          form->n_elements++;
        }
    }
  /* Two decimals, as the form writes the average. */
  if (form->n_elements > 0)
    form->behaviour = round (sum / form->n_elements * 100) / 100;
  return TRUE;
}

static gboolean
check_form (KrPp46Dialog *self, Form *form, GtkWidget **bad_row, GError **error)
{
  form->year = KR_PP46_FIRST_YEAR + adw_combo_row_get_selected (self->year_row);
  *bad_row = GTK_WIDGET (self->skp_row);
  if (!kr_appraisal_form_read_number (self->skp_row, 0, 100, TRUE, NULL, &form->skp, error))
    return FALSE;
  if (!read_elements (self, form, bad_row, error))
    return FALSE;
  *bad_row = GTK_WIDGET (self->behaviour_score_row);
  if (form->n_elements == 0 && !kr_appraisal_form_read_number (self->behaviour_score_row, 0, 100,
                                                               TRUE, NULL, &form->behaviour, error))
    return FALSE;
  *bad_row = NULL;
  return TRUE;
}

/* The average of the elements fills the score row, which can be typed into only without
 * them. */
static void
show_behaviour_score (KrPp46Dialog *self)
{
  GtkWidget *bad_row = NULL;
  Form form = { 0 };
  gboolean computed = read_elements (self, &form, &bad_row, NULL) && form.n_elements > 0;

  gtk_widget_set_sensitive (GTK_WIDGET (self->behaviour_score_row), !computed);
  if (computed)
    {
      gboolean was_filling = self->filling;

      self->filling = TRUE;
      kr_appraisal_form_set_number (self->behaviour_score_row, form.behaviour);
      self->filling = was_filling;
    }
}

static void
show_year_note (KrPp46Dialog *self)
{
  guint index = adw_combo_row_get_selected (self->year_row);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->year_row),
                               index < N_YEARS && self->taken[index]
                                   ? _ ("This year already has an appraisal; saving replaces it")
                                   : "");
}

static void
validate (KrPp46Dialog *self)
{
  g_autoptr (GError) error = NULL;
  GtkWidget *bad_row = NULL;
  Form form = { 0 };
  gboolean ok;

  gtk_widget_set_visible (GTK_WIDGET (self->element_rows[KEPEMIMPINAN]),
                          gtk_switch_get_active (self->structural_switch));
  show_behaviour_score (self);
  ok = check_form (self, &form, &bad_row, &error);
  show_year_note (self);
  kr_appraisal_form_show_error (&self->error_row, bad_row, self->error_label,
                                ok ? NULL : error->message);
  if (ok)
    {
      double score = kr_pp46_score (form.skp, form.behaviour);
      g_autofree char *number = kr_appraisal_form_format_number (score);
      g_autofree char *text = g_strdup_printf (
          "%s · %s", number, kr_pp46_sebutan_get_label (kr_pp46_sebutan_from_score (score)));

      gtk_label_set_label (self->score_label, text);
    }
  else
    gtk_label_set_label (self->score_label, "—");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pp46.save", ok);
}

static void
on_field_changed_cb (KrPp46Dialog *self)
{
  if (!self->filling)
    validate (self);
}

/* Saving */

static void
save_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrPp46Dialog *self = KR_PP46_DIALOG (widget);
  g_autoptr (KrPp46Appraisal) appraisal = g_new0 (KrPp46Appraisal, 1);
  g_autoptr (GError) error = NULL;
  GtkWidget *bad_row = NULL;
  g_autofree char *appraiser = NULL;
  Form form = { 0 };

  if (!check_form (self, &form, &bad_row, &error))
    {
      kr_appraisal_form_show_error (&self->error_row, bad_row, self->error_label, error->message);
      return;
    }
  appraiser = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->appraiser_row))));
  appraisal->id = self->id;
  appraisal->employee_id = self->employee_id;
  appraisal->year = form.year;
  appraisal->skp_score = form.skp;
  memcpy (appraisal->behaviour, form.elements, sizeof appraisal->behaviour);
  appraisal->behaviour_score = form.behaviour;
  appraisal->appraiser_name = appraiser[0] != '\0' ? g_steal_pointer (&appraiser) : NULL;

  if (kr_appraisal_repository_save_pp46 (self->repository, appraisal, &error) == 0)
    {
      kr_appraisal_form_show_error (&self->error_row, NULL, self->error_label, error->message);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

/* The object */

static void
kr_pp46_dialog_dispose (GObject *object)
{
  KrPp46Dialog *self = KR_PP46_DIALOG (object);

  g_clear_object (&self->repository);
  self->error_row = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (object), KR_TYPE_PP46_DIALOG);

  G_OBJECT_CLASS (kr_pp46_dialog_parent_class)->dispose (object);
}

static void
kr_pp46_dialog_class_init (KrPp46DialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_pp46_dialog_dispose;

  gtk_widget_class_set_template_from_resource (
      widget_class, "/io/github/karier/Karier/appraisals/kr-pp46-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KrPp46Dialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, KrPp46Dialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, KrPp46Dialog, year_row);
  gtk_widget_class_bind_template_child (widget_class, KrPp46Dialog, skp_row);
  gtk_widget_class_bind_template_child (widget_class, KrPp46Dialog, appraiser_row);
  gtk_widget_class_bind_template_child (widget_class, KrPp46Dialog, behaviour_group);
  gtk_widget_class_bind_template_child (widget_class, KrPp46Dialog, structural_switch);
  gtk_widget_class_bind_template_child (widget_class, KrPp46Dialog, behaviour_score_row);
  gtk_widget_class_bind_template_child (widget_class, KrPp46Dialog, score_label);
  gtk_widget_class_bind_template_child (widget_class, KrPp46Dialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);

  gtk_widget_class_install_action (widget_class, "pp46.save", NULL, save_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "pp46.save",
                                       NULL);
}

static void
kr_pp46_dialog_init (KrPp46Dialog *self)
{
  g_autoptr (GtkStringList) years = gtk_string_list_new (NULL);

  self->filling = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint year = KR_PP46_FIRST_YEAR; year <= KR_PP46_LAST_YEAR; year++)
    {
      g_autofree char *text = g_strdup_printf ("%u", year);

      gtk_string_list_append (years, text);
    }
  adw_combo_row_set_model (self->year_row, G_LIST_MODEL (years));

  /* The elements' names are official and not translated. */
  for (guint i = 0; i < KR_PP46_N_BEHAVIOURS; i++)
    {
      self->element_rows[i] = ADW_ENTRY_ROW (adw_entry_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->element_rows[i]),
                                     kr_pp46_behaviour_get_label (i));
      adw_entry_row_set_input_purpose (self->element_rows[i], GTK_INPUT_PURPOSE_NUMBER);
      g_signal_connect_swapped (self->element_rows[i], "changed", G_CALLBACK (on_field_changed_cb),
                                self);
      adw_preferences_group_add (self->behaviour_group, GTK_WIDGET (self->element_rows[i]));
    }
}

static gboolean
is_structural (KrEmployee *employee)
{
  KrPositionKind kind;

  return kr_employee_get_position_kind (employee, &kind, NULL) &&
         (kind <= KR_POSITION_KIND_PENGAWAS);
}

/* The years of the employee's other records, so that choosing one warns of replacing it. */
static void
find_taken_years (KrPp46Dialog *self)
{
  g_autoptr (GPtrArray) records =
      kr_appraisal_repository_list_pp46 (self->repository, self->employee_id, NULL);

  for (guint i = 0; records != NULL && i < records->len; i++)
    {
      const KrPp46Appraisal *record = g_ptr_array_index (records, i);

      if (record->id != self->id && record->year >= KR_PP46_FIRST_YEAR &&
          record->year <= KR_PP46_LAST_YEAR)
        self->taken[record->year - KR_PP46_FIRST_YEAR] = TRUE;
    }
}

/* A new record starts on the latest year without one. */
static guint
suggest_year (KrPp46Dialog *self)
{
  for (int i = N_YEARS - 1; i >= 0; i--)
    if (!self->taken[i])
      return KR_PP46_FIRST_YEAR + i;
  return KR_PP46_LAST_YEAR;
}

static void
fill_form (KrPp46Dialog *self, KrEmployee *employee, const KrPp46Appraisal *appraisal)
{
  guint year = appraisal != NULL ? appraisal->year : suggest_year (self);

  if (year >= KR_PP46_FIRST_YEAR && year <= KR_PP46_LAST_YEAR)
    adw_combo_row_set_selected (self->year_row, year - KR_PP46_FIRST_YEAR);
  gtk_switch_set_active (self->structural_switch, appraisal != NULL
                                                      ? appraisal->behaviour[KEPEMIMPINAN] >= 0
                                                      : is_structural (employee));
  if (appraisal == NULL)
    return;

  kr_appraisal_form_set_number (self->skp_row, appraisal->skp_score);
  for (guint i = 0; i < KR_PP46_N_BEHAVIOURS; i++)
    kr_appraisal_form_set_number (self->element_rows[i], appraisal->behaviour[i]);
  kr_appraisal_form_set_number (self->behaviour_score_row, appraisal->behaviour_score);
  gtk_editable_set_text (GTK_EDITABLE (self->appraiser_row),
                         appraisal->appraiser_name != NULL ? appraisal->appraiser_name : "");
}

GtkWidget *
kr_pp46_dialog_new (GtkWindow *parent,
                    KrAppraisalRepository *repository,
                    KrEmployee *employee,
                    const KrPp46Appraisal *appraisal)
{
  g_autofree char *name = NULL;
  const char *title;
  KrPp46Dialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (repository), NULL);
  g_return_val_if_fail (KR_IS_EMPLOYEE (employee), NULL);

  self = g_object_new (KR_TYPE_PP46_DIALOG, "transient-for", parent, NULL);
  self->repository = g_object_ref (repository);
  self->employee_id = kr_employee_get_id (employee);
  self->id = appraisal != NULL ? appraisal->id : 0;

  title = appraisal != NULL ? _ ("Edit Historic Appraisal") : _ ("Add Historic Appraisal");
  name = kr_employee_dup_full_name (employee);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, name);
  gtk_window_set_title (GTK_WINDOW (self), title);

  find_taken_years (self);
  fill_form (self, employee, appraisal);
  self->filling = FALSE;
  validate (self);
  return GTK_WIDGET (self);
}
