/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-promotions-common"

#include "config.h"

#include "kr-promotions-common.h"

#include <glib/gi18n.h>

#include "kr-date.h"
#include "kr-employee-format.h"
#include "kr-identity.h"

char *
kr_promotions_format_date (const GDate *date)
{
  char *text = date != NULL && g_date_valid (date) ? kr_employee_format_date (date) : NULL;

  return text != NULL ? text : g_strdup ("—");
}

char *
kr_promotions_format_ranks (KrRank from, KrRank to)
{
  if (from == to)
    return g_strdup (kr_rank_get_golongan (from));
  return g_strdup_printf ("%s → %s", kr_rank_get_golongan (from), kr_rank_get_golongan (to));
}

/* grey, accent, warning, success, error: the appraisal pills' colours */
static const char *const pill_classes[] = { "state-draft", "state-submitted", "state-reviewed",
                                            "state-final", "state-objected" };

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
  gtk_label_set_label (label, text);
}

void
kr_promotions_verdict_pill (GtkLabel *label, KrPromotionVerdictKind verdict)
{
  static const guint colours[KR_N_PROMOTION_VERDICT_KINDS] = { 3, 2, 4 };

  g_return_if_fail (verdict < KR_N_PROMOTION_VERDICT_KINDS);
  set_pill (label, colours[verdict], FALSE, kr_promotion_verdict_kind_get_label (verdict));
}

void
kr_promotions_stage_pill (GtkLabel *label, KrPromotionStage stage)
{
  static const guint colours[KR_N_PROMOTION_STAGES] = { 0, 1, 1, 2, 2, 3, 0 };

  g_return_if_fail (stage < KR_N_PROMOTION_STAGES);
  set_pill (label, colours[stage], stage == KR_PROMOTION_STAGE_CANCELLED,
            kr_promotion_stage_get_label (stage));
}

char *
kr_promotions_unmet_reasons (const KrPromotionVerdict *verdict)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; verdict->reasons != NULL && i < verdict->reasons->len; i++)
    {
      const KrPromotionReason *reason = g_ptr_array_index (verdict->reasons, i);

      if (reason->met)
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, reason->text);
    }
  return g_string_free (text, FALSE);
}

static gboolean
rule_is_time_bound (KrPromotionRule rule)
{
  return rule == KR_PROMOTION_RULE_TIME_IN_RANK || rule == KR_PROMOTION_RULE_TIME_IN_POSITION ||
         rule == KR_PROMOTION_RULE_ANGKA_KREDIT;
}

const char *
kr_promotions_verdict_headline (const KrPromotionVerdict *verdict, guint *n_unmet)
{
  const KrPromotionReason *first = NULL;
  const KrPromotionReason *blocking = NULL;

  *n_unmet = 0;
  for (guint i = 0; verdict->reasons != NULL && i < verdict->reasons->len; i++)
    {
      const KrPromotionReason *reason = g_ptr_array_index (verdict->reasons, i);

      if (reason->met)
        continue;
      (*n_unmet)++;
      if (first == NULL)
        first = reason;
      if (blocking == NULL && !rule_is_time_bound (reason->rule))
        blocking = reason;
    }
  if (verdict->verdict == KR_PROMOTION_ELIGIBLE)
    return NULL;
  if (verdict->verdict == KR_PROMOTION_BLOCKED && blocking != NULL)
    return blocking->text;
  return first != NULL ? first->text : kr_promotion_verdict_get_summary (verdict);
}

gboolean
kr_promotions_can_write (KrDatabase *database)
{
  KrIdentity *identity;

  if (database == NULL || kr_database_is_read_only (database))
    return FALSE;
  identity = kr_database_get_identity (database);
  return identity == NULL || kr_identity_can (identity, KR_PERMISSION_WRITE_PROMOTIONS);
}

GArray *
kr_promotions_upcoming_periods (guint n)
{
  GArray *periods = g_array_sized_new (FALSE, FALSE, sizeof (GDate), n);
  GDate today, date;

  kr_date_today (NULL, &today);
  if (!kr_kp_period_on_or_after (&today, &date))
    return periods;
  for (guint i = 0; i < n; i++)
    {
      g_array_append_val (periods, date);
      if (!kr_kp_period_next (&g_array_index (periods, GDate, i), &date))
        break;
    }
  return periods;
}

GtkEventController *
kr_promotions_escape_closes (void)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_add_shortcut (
      GTK_SHORTCUT_CONTROLLER (controller),
      gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                        gtk_named_action_new ("window.close")));
  return controller;
}
