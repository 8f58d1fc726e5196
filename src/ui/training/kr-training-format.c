/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-format"

#include "config.h"

#include "kr-training-format.h"

#include <string.h>

#include <glib/gi18n.h>

#include "kr-date.h"
#include "kr-employee-format.h"

/* The appraisal pills' colours: grey, accent, warning, success, error. */
static const char *const pill_classes[] = {
  "state-draft", "state-submitted", "state-reviewed", "state-final", "state-objected",
};

char *
kr_training_format_money (gint64 rupiah)
{
  g_autofree char *digits =
      g_strdup_printf ("%" G_GUINT64_FORMAT, (guint64) (rupiah < 0 ? -rupiah : rupiah));
  GString *text = g_string_new (rupiah < 0 ? "-Rp " : "Rp ");
  gsize n = strlen (digits);

  /* Money is written the Indonesian way in both languages: dots group the thousands. */
  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (text, '.');
      g_string_append_c (text, digits[i]);
    }
  return g_string_free (text, FALSE);
}

gboolean
kr_training_parse_money (const char *text, gint64 *rupiah)
{
  guint64 value = 0;
  gboolean any = FALSE;
  const char *p;

  g_return_val_if_fail (rupiah != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  p = text;
  while (g_ascii_isspace (*p))
    p++;
  if (g_ascii_strncasecmp (p, "Rp", 2) == 0)
    p += 2;
  for (; *p != '\0'; p++)
    {
      if (*p == '.' || *p == ',' || *p == ' ')
        continue;
      if (!g_ascii_isdigit (*p) || value > (G_MAXINT64 - 9) / 10)
        return FALSE;
      value = value * 10 + (guint64) (*p - '0');
      any = TRUE;
    }
  if (!any)
    return FALSE;
  *rupiah = (gint64) value;
  return TRUE;
}

char *
kr_training_format_date (const char *iso)
{
  GDate date;
  char *text;

  if (iso == NULL || !kr_date_parse_iso (iso, &date, NULL))
    return g_strdup ("—");
  text = kr_employee_format_date (&date);
  return text != NULL ? text : g_strdup (iso);
}

char *
kr_training_format_dates (const char *start, const char *end)
{
  g_autofree char *from = kr_training_format_date (start);
  g_autofree char *to = NULL;

  if (g_strcmp0 (start, end) == 0 || end == NULL)
    return g_steal_pointer (&from);
  to = kr_training_format_date (end);
  /* Translators: a session's dates, "3 March 2027 – 7 March 2027" */
  return g_strdup_printf (_ ("%s – %s"), from, to);
}

static void
set_pill (GtkLabel *label, guint colour, gboolean dim, const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (pill_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (label), pill_classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (label), "state-pill");
  gtk_widget_add_css_class (GTK_WIDGET (label), pill_classes[colour]);
  if (dim)
    gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
  gtk_label_set_text (label, text);
}

void
kr_training_format_enrolment_pill (GtkLabel *label, KrEnrolmentState state)
{
  static const guint colours[KR_N_ENROLMENT_STATES] = { 0, 1, 2, 3, 4, 0 };

  g_return_if_fail (GTK_IS_LABEL (label));
  g_return_if_fail (state < KR_N_ENROLMENT_STATES);

  set_pill (label, colours[state], state == KR_ENROLMENT_STATE_WITHDRAWN,
            kr_enrolment_state_get_label (state));
}

void
kr_training_format_session_pill (GtkLabel *label, KrSessionStatus status)
{
  static const guint colours[KR_N_SESSION_STATUSES] = { 0, 1, 2, 3, 4 };

  g_return_if_fail (GTK_IS_LABEL (label));
  g_return_if_fail (status < KR_N_SESSION_STATUSES);

  set_pill (label, colours[status], status == KR_SESSION_STATUS_CANCELLED,
            kr_session_status_get_label (status));
}

char *
kr_training_format_jp (double jp)
{
  if (jp == (double) (gint64) jp)
    return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) jp);
  /* The locale's decimal mark: "12,5" in Indonesian. */
  return g_strdup_printf ("%.1f", jp);
}
