/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-appraisal-form"

#include "config.h"

#include "kr-appraisal-form.h"

#include <math.h>

#include <glib/gi18n.h>

#include "kr-error.h"
#include "kr-unit-repository.h"

gboolean
kr_appraisal_form_read_number (AdwEntryRow *row,
                               double min,
                               double max,
                               gboolean required,
                               gboolean *present,
                               double *value,
                               GError **error)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autofree char *min_text = NULL;
  g_autofree char *max_text = NULL;
  char *end = NULL;
  double number;

  if (present != NULL)
    *present = FALSE;
  if (text[0] == '\0')
    {
      if (!required)
        return TRUE;
      /* Translators: %s is the name of a field, such as “SKP Score” */
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("%s is required"), title);
      return FALSE;
    }

  g_strdelimit (text, ",", '.');
  number = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (number))
    {
      /* Translators: %s is the name of a field, then what was typed into it */
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("%s: “%s” is not a number"), title,
                   gtk_editable_get_text (GTK_EDITABLE (row)));
      return FALSE;
    }
  if (number < min || number > max)
    {
      min_text = kr_appraisal_form_format_number (min);
      max_text = kr_appraisal_form_format_number (max);
      /* Translators: the name of a field, the smallest and largest values allowed */
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("%s must be from %s to %s"), title,
                   min_text, max_text);
      return FALSE;
    }

  if (present != NULL)
    *present = TRUE;
  *value = number;
  return TRUE;
}

gboolean
kr_appraisal_form_read_count (AdwEntryRow *row, guint min, guint *value, GError **error)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  guint64 number = 0;

  if (text[0] == '\0')
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("%s is required"), title);
      return FALSE;
    }
  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT, &number, NULL))
    {
      /* Translators: %s is the name of a field, then what was typed into it */
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("%s: “%s” is not a whole number"), title,
                   text);
      return FALSE;
    }
  if (number < min)
    {
      /* Translators: the name of a field, then the smallest number allowed */
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("%s must be at least %u"), title, min);
      return FALSE;
    }
  *value = (guint) number;
  return TRUE;
}

char *
kr_appraisal_form_format_number (double value)
{
  return g_strdup_printf ("%.2f", value);
}

void
kr_appraisal_form_set_number (AdwEntryRow *row, double value)
{
  g_autofree char *text = value >= 0 ? kr_appraisal_form_format_number (value) : NULL;

  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

void
kr_appraisal_form_show_error (GtkWidget **marked,
                              GtkWidget *row,
                              GtkLabel *label,
                              const char *message)
{
  if (*marked != NULL)
    {
      gtk_widget_remove_css_class (*marked, "error");
      gtk_widget_set_tooltip_text (*marked, NULL);
    }
  *marked = row;
  if (row != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_widget_set_tooltip_text (row, message);
    }
  gtk_label_set_label (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

char *
kr_appraisal_form_dup_period_title (KrAppraisalRepository *repository,
                                    gint64 unit_id,
                                    guint year,
                                    guint period)
{
  KrDatabase *database = kr_appraisal_repository_get_database (repository);
  g_autoptr (KrUnitRepository) units = kr_unit_repository_new (database);
  g_autoptr (KrUnit) unit = unit_id != 0 ? kr_unit_repository_get (units, unit_id, NULL) : NULL;
  KrAppraisalCycle cycle = KR_APPRAISAL_CYCLE_DEFAULT;
  g_autofree char *label = NULL;
  GString *title = g_string_new (unit != NULL ? unit->name : NULL);

  if (title->len > 0)
    g_string_append (title, " · ");
  g_string_append_printf (title, "%u", year);
  if (period > 0)
    {
      kr_appraisal_repository_get_cycle (repository, unit_id, &cycle, NULL);
      label = kr_appraisal_period_dup_label (cycle, period);
      g_string_append_printf (title, " · %s", label);
    }
  return g_string_free (title, FALSE);
}

gboolean
kr_appraisal_form_can_write (KrAppraisalRepository *repository)
{
  KrDatabase *database = kr_appraisal_repository_get_database (repository);
  KrIdentity *identity = kr_database_get_identity (database);

  if (kr_database_is_read_only (database))
    return FALSE;
  return identity == NULL || kr_identity_can (identity, KR_PERMISSION_WRITE_APPRAISALS);
}
