/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-promotion-record-dialog"

#include "config.h"

#include "kr-promotion-record-dialog.h"

#include <glib/gi18n.h>

#include "kr-date-row.h"
#include "kr-date.h"
#include "kr-error.h"

struct _KrPromotionRecordDialog
{
  AdwWindow parent_instance;

  KrPromotionRepository *promotions;
  /* One of the two, as the form holds it */
  KrUjianDinas *ujian;
  KrAngkaKredit *ak;
  gboolean filling;

  GtkWidget *save_button;
  GtkLabel *message_label;
  AdwComboRow *level_row;
  KrDateRow *date_row;
  AdwEntryRow *certificate_row;
  GtkSpinButton *year_spin;
  GtkSpinButton *value_spin;
  AdwComboRow *source_row;
};

G_DEFINE_FINAL_TYPE (KrPromotionRecordDialog, kr_promotion_record_dialog, ADW_TYPE_WINDOW)

/* Reading the form */

static gboolean
read_ujian (KrPromotionRecordDialog *self, GError **error)
{
  g_autoptr (GError) parse_error = NULL;
  g_autofree char *certificate =
      g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->certificate_row))));
  const GDate *date = kr_date_row_get_date (self->date_row);
  GDate today;

  self->ujian->level = adw_combo_row_get_selected (self->level_row);
  g_clear_pointer (&self->ujian->certificate, g_free);
  if (certificate[0] != '\0')
    self->ujian->certificate = g_steal_pointer (&certificate);
  g_date_clear (&self->ujian->date, 1);
  if (!kr_date_row_check (self->date_row, &parse_error))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("%s: %s"), _ ("Date"),
                   parse_error->message);
      return FALSE;
    }
  if (date == NULL)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("%s: enter a valid date"), _ ("Date"));
      return FALSE;
    }
  self->ujian->date = *date;
  kr_date_today (NULL, &today);
  if (g_date_compare (date, &today) > 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("%s: the date is in the future"),
                   _ ("Date"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_form (KrPromotionRecordDialog *self, GError **error)
{
  if (self->ujian != NULL)
    return read_ujian (self, error);
  /* The spin buttons hold the year and the value within what the repository takes. */
  self->ak->year = (guint) gtk_spin_button_get_value_as_int (self->year_spin);
  self->ak->value = gtk_spin_button_get_value (self->value_spin);
  self->ak->source = adw_combo_row_get_selected (self->source_row);
  return TRUE;
}

static void
show_message (KrPromotionRecordDialog *self, const char *message)
{
  gtk_label_set_label (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
}

static void
on_changed_cb (KrPromotionRecordDialog *self)
{
  g_autoptr (GError) error = NULL;
  gboolean valid;

  if (self->filling)
    return;
  valid = read_form (self, &error);
  gtk_widget_set_sensitive (self->save_button, valid);
  show_message (self, valid ? NULL : error->message);
}

gboolean
kr_promotion_record_dialog_save (KrPromotionRecordDialog *self)
{
  g_autoptr (GError) error = NULL;
  gboolean saved;

  g_return_val_if_fail (KR_IS_PROMOTION_RECORD_DIALOG (self), FALSE);

  if (!read_form (self, &error))
    saved = FALSE;
  else if (self->ujian != NULL)
    saved = kr_promotion_repository_save_ujian_dinas (self->promotions, self->ujian, &error);
  else
    saved = kr_promotion_repository_save_angka_kredit (self->promotions, self->ak, &error);
  if (!saved)
    {
      show_message (self, error->message);
      return FALSE;
    }
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
on_save_clicked_cb (KrPromotionRecordDialog *self)
{
  kr_promotion_record_dialog_save (self);
}

/* Building */

static AdwComboRow *
add_combo_row (KrPromotionRecordDialog *self,
               AdwPreferencesGroup *group,
               const char *title,
               const char *(*label) (int value),
               int n_values)
{
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  for (int value = 0; value < n_values; value++)
    gtk_string_list_append (labels, label (value));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (on_changed_cb), self);
  adw_preferences_group_add (group, row);
  return ADW_COMBO_ROW (row);
}

static GtkSpinButton *
add_spin_row (KrPromotionRecordDialog *self,
              AdwPreferencesGroup *group,
              const char *title,
              double min,
              double max,
              double step,
              guint digits)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (min, max, step);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), digits);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (on_changed_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  adw_preferences_group_add (group, row);
  return GTK_SPIN_BUTTON (spin);
}

static void
build_ujian (KrPromotionRecordDialog *self, AdwPreferencesGroup *group)
{
  GtkWidget *row = kr_date_row_new ();

  adw_preferences_group_set_description (
      group, _ ("Level I is needed to go from II/d to III/a, level II from III/d to IV/a."));
  self->level_row = add_combo_row (
      self, group, _ ("Level"), (gpointer) kr_ujian_dinas_level_get_label, KR_N_UJIAN_DINAS_LEVELS);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _ ("Date passed"));
  g_signal_connect_swapped (row, "changed", G_CALLBACK (on_changed_cb), self);
  adw_preferences_group_add (group, row);
  self->date_row = KR_DATE_ROW (row);
  row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _ ("Certificate number (optional)"));
  g_signal_connect_swapped (row, "changed", G_CALLBACK (on_changed_cb), self);
  adw_preferences_group_add (group, row);
  self->certificate_row = ADW_ENTRY_ROW (row);
}

static void
build_ak (KrPromotionRecordDialog *self, AdwPreferencesGroup *group)
{
  GDate today;

  kr_date_today (NULL, &today);
  adw_preferences_group_set_description (
      group, _ ("The AK counted for KP are those of the years since the current rank's TMT; an "
                "integration or PAK row is the balance of its year."));
  self->year_spin = add_spin_row (self, group, _ ("Year"), 1980, g_date_get_year (&today), 1, 0);
  self->value_spin = add_spin_row (self, group, _ ("Angka kredit"), 0, 10000, 0.01, 2);
  self->source_row =
      add_combo_row (self, group, _ ("Source"), (gpointer) kr_angka_kredit_source_get_label,
                     KR_N_ANGKA_KREDIT_SOURCES);
}

static void
build (KrPromotionRecordDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_ ("_Cancel"));
  GtkWidget *page = adw_preferences_page_new ();
  AdwPreferencesGroup *fields = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *message = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  self->save_button = gtk_button_new_with_mnemonic (_ ("_Save"));
  gtk_widget_add_css_class (self->save_button, "suggested-action");
  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (on_save_clicked_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->save_button);

  if (self->ujian != NULL)
    build_ujian (self, fields);
  else
    build_ak (self, fields);

  self->message_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->message_label, TRUE);
  gtk_label_set_xalign (self->message_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), FALSE);
  adw_preferences_group_add (message, GTK_WIDGET (self->message_label));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), fields);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), message);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);
}

static void
fill (KrPromotionRecordDialog *self)
{
  self->filling = TRUE;
  if (self->ujian != NULL)
    {
      adw_combo_row_set_selected (self->level_row, self->ujian->level);
      kr_date_row_set_date (self->date_row, &self->ujian->date);
      gtk_editable_set_text (GTK_EDITABLE (self->certificate_row),
                             self->ujian->certificate != NULL ? self->ujian->certificate : "");
    }
  else
    {
      gtk_spin_button_set_value (self->year_spin, self->ak->year);
      gtk_spin_button_set_value (self->value_spin, self->ak->value);
      adw_combo_row_set_selected (self->source_row, self->ak->source);
    }
  self->filling = FALSE;
  on_changed_cb (self);
}

/* API */

void
kr_promotion_record_dialog_set_level (KrPromotionRecordDialog *self, KrUjianDinasLevel level)
{
  g_return_if_fail (KR_IS_PROMOTION_RECORD_DIALOG (self) && self->level_row != NULL);
  adw_combo_row_set_selected (self->level_row, level);
}

void
kr_promotion_record_dialog_set_date_text (KrPromotionRecordDialog *self, const char *text)
{
  g_return_if_fail (KR_IS_PROMOTION_RECORD_DIALOG (self) && self->date_row != NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), text);
}

void
kr_promotion_record_dialog_set_certificate (KrPromotionRecordDialog *self, const char *text)
{
  g_return_if_fail (KR_IS_PROMOTION_RECORD_DIALOG (self) && self->certificate_row != NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->certificate_row), text);
}

void
kr_promotion_record_dialog_set_year (KrPromotionRecordDialog *self, guint year)
{
  g_return_if_fail (KR_IS_PROMOTION_RECORD_DIALOG (self) && self->year_spin != NULL);
  gtk_spin_button_set_value (self->year_spin, year);
}

void
kr_promotion_record_dialog_set_value (KrPromotionRecordDialog *self, double value)
{
  g_return_if_fail (KR_IS_PROMOTION_RECORD_DIALOG (self) && self->value_spin != NULL);
  gtk_spin_button_set_value (self->value_spin, value);
}

void
kr_promotion_record_dialog_set_source (KrPromotionRecordDialog *self, KrAngkaKreditSource source)
{
  g_return_if_fail (KR_IS_PROMOTION_RECORD_DIALOG (self) && self->source_row != NULL);
  adw_combo_row_set_selected (self->source_row, source);
}

const char *
kr_promotion_record_dialog_get_message (KrPromotionRecordDialog *self)
{
  g_return_val_if_fail (KR_IS_PROMOTION_RECORD_DIALOG (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->message_label))
             ? gtk_label_get_label (self->message_label)
             : NULL;
}

static void
kr_promotion_record_dialog_dispose (GObject *object)
{
  KrPromotionRecordDialog *self = KR_PROMOTION_RECORD_DIALOG (object);

  g_clear_object (&self->promotions);
  g_clear_pointer (&self->ujian, kr_ujian_dinas_free);
  g_clear_pointer (&self->ak, kr_angka_kredit_free);

  G_OBJECT_CLASS (kr_promotion_record_dialog_parent_class)->dispose (object);
}

static void
kr_promotion_record_dialog_class_init (KrPromotionRecordDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kr_promotion_record_dialog_dispose;
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close",
                                       NULL);
}

static void
kr_promotion_record_dialog_init (KrPromotionRecordDialog *self)
{
}

static KrPromotionRecordDialog *
dialog_new (GtkWindow *parent, KrPromotionRepository *promotions, const char *title)
{
  KrPromotionRecordDialog *self = g_object_new (
      KR_TYPE_PROMOTION_RECORD_DIALOG, "transient-for", parent, "modal", TRUE, "default-width", 520,
      "default-height", 460, "width-request", 360, "height-request", 294, "title", title, NULL);

  self->promotions = g_object_ref (promotions);
  return self;
}

GtkWidget *
kr_ujian_dinas_dialog_new (GtkWindow *parent,
                           KrPromotionRepository *promotions,
                           gint64 employee_id,
                           const KrUjianDinas *record)
{
  KrPromotionRecordDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KR_IS_PROMOTION_REPOSITORY (promotions), NULL);

  self = dialog_new (parent, promotions,
                     record != NULL ? _ ("Edit Ujian Dinas") : _ ("Add Ujian Dinas"));
  self->ujian = g_new0 (KrUjianDinas, 1);
  g_date_clear (&self->ujian->date, 1);
  self->ujian->employee_id = employee_id;
  if (record != NULL)
    {
      self->ujian->id = record->id;
      self->ujian->employee_id = record->employee_id;
      self->ujian->level = record->level;
      self->ujian->date = record->date;
      self->ujian->certificate = g_strdup (record->certificate);
    }
  build (self);
  fill (self);
  /* The date is what a new record needs first */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->date_row));
  return GTK_WIDGET (self);
}

GtkWidget *
kr_angka_kredit_dialog_new (GtkWindow *parent,
                            KrPromotionRepository *promotions,
                            gint64 employee_id,
                            const KrAngkaKredit *record)
{
  KrPromotionRecordDialog *self;
  GDate today;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KR_IS_PROMOTION_REPOSITORY (promotions), NULL);

  self = dialog_new (parent, promotions,
                     record != NULL ? _ ("Edit Angka Kredit") : _ ("Add Angka Kredit"));
  self->ak = g_new0 (KrAngkaKredit, 1);
  if (record != NULL)
    *self->ak = *record;
  else
    {
      kr_date_today (NULL, &today);
      self->ak->employee_id = employee_id;
      self->ak->year = g_date_get_year (&today);
      self->ak->source = KR_ANGKA_KREDIT_SOURCE_KONVERSI;
    }
  build (self);
  fill (self);
  return GTK_WIDGET (self);
}
