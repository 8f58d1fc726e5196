/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-promotion-candidate-parts"

#include "config.h"

#include "kr-promotion-candidate-parts.h"

#include <glib/gi18n.h>

#include "kr-nip.h"
#include "kr-promotion-models.h"
#include "kr-promotions-common.h"
#include "kr-training-widgets.h"

typedef enum
{
  COLUMN_NAME,
  COLUMN_UNIT,
  COLUMN_RANK,
  COLUMN_VERDICT,
  COLUMN_REASONS,
  N_COLUMNS
} Column;

/* Cells */

static void
setup_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer user_data)
{
  Column column = GPOINTER_TO_UINT (user_data);
  GtkWidget *child;

  if (column == COLUMN_VERDICT)
    {
      child = gtk_label_new (NULL);
      gtk_widget_set_halign (child, GTK_ALIGN_START);
    }
  else if (column == COLUMN_NAME || column == COLUMN_RANK)
    {
      /* Two lines: the name over the NIP, the ranks over the KP kind. */
      GtkWidget *top = gtk_inscription_new (NULL);
      GtkWidget *bottom = gtk_inscription_new (NULL);

      child = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (top), column == COLUMN_NAME ? 16 : 10);
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (top), column == COLUMN_NAME ? 28 : 16);
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (bottom), column == COLUMN_NAME ? 16 : 10);
      gtk_widget_add_css_class (bottom, "dim-label");
      gtk_widget_add_css_class (bottom, "caption");
      gtk_box_append (GTK_BOX (child), top);
      gtk_box_append (GTK_BOX (child), bottom);
    }
  else
    {
      child = gtk_inscription_new (NULL);
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (child), 12);
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (child), column == COLUMN_REASONS ? 48 : 20);
      gtk_inscription_set_min_lines (GTK_INSCRIPTION (child), column == COLUMN_REASONS ? 2 : 1);
      gtk_inscription_set_wrap_mode (GTK_INSCRIPTION (child), PANGO_WRAP_WORD_CHAR);
    }
  gtk_list_item_set_child (list_item, child);
}

static void
set_two_lines (GtkWidget *box, const char *top, const char *bottom)
{
  GtkWidget *first = gtk_widget_get_first_child (box);

  gtk_inscription_set_text (GTK_INSCRIPTION (first), top);
  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_widget_get_next_sibling (first)), bottom);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer user_data)
{
  KrPromotionItem *item = gtk_list_item_get_item (list_item);
  const KrPromotionCandidate *candidate = kr_promotion_item_get_candidate (item);
  const KrPromotionVerdict *verdict = candidate->verdict;
  GtkWidget *child = gtk_list_item_get_child (list_item);
  g_autofree char *text = NULL;
  g_autofree char *second = NULL;

  switch ((Column) GPOINTER_TO_UINT (user_data))
    {
    case COLUMN_NAME:
      text = kr_nip_format_digits (candidate->nip);
      set_two_lines (child, candidate->name, text);
      break;
    case COLUMN_UNIT:
      gtk_inscription_set_text (GTK_INSCRIPTION (child),
                                candidate->unit_name != NULL ? candidate->unit_name : "—");
      break;
    case COLUMN_RANK:
      text = kr_promotions_format_ranks (candidate->rank, verdict->to_rank);
      second = kr_promotions_format_date (&candidate->rank_tmt);
      set_two_lines (child, text, second);
      break;
    case COLUMN_VERDICT:
      if (candidate->promotion_id != 0)
        kr_promotions_stage_pill (GTK_LABEL (child), candidate->promotion_stage);
      else
        kr_promotions_verdict_pill (GTK_LABEL (child), verdict->verdict);
      break;
    case COLUMN_REASONS:
      {
        guint n_unmet = 0;
        const char *headline = kr_promotions_verdict_headline (verdict, &n_unmet);
        g_autofree char *line = NULL;

        if (headline == NULL)
          /* Translators: the KP kind an eligible candidate would be proposed for */
          line = g_strdup_printf (_ ("%s: every rule met"), kr_kp_kind_get_label (verdict->kind));
        else if (n_unmet > 1)
          /* Translators: the rule not met, then how many more are not met */
          line = g_strdup_printf (ngettext ("%s (and %u more)", "%s (and %u more)", n_unmet - 1),
                                  headline, n_unmet - 1);
        else
          line = g_strdup (headline);
        if (verdict->verdict == KR_PROMOTION_NOT_YET)
          {
            second = kr_promotions_format_date (&verdict->eligible_on);
            /* Translators: a date, then the rule not met yet */
            text = g_strdup_printf (_ ("From %s: %s"), second, line);
            g_clear_pointer (&second, g_free);
          }
        else
          text = g_steal_pointer (&line);
        gtk_inscription_set_text (GTK_INSCRIPTION (child), text);
        second = kr_promotions_unmet_reasons (verdict);
        gtk_widget_set_tooltip_text (child, second[0] != '\0' ? second : NULL);
      }
      break;
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static void
add_column (GtkColumnView *view, Column column, const char *title, gboolean expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GUINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GUINT_TO_POINTER (column));
  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (view, view_column);
  g_object_unref (view_column);
}

void
kr_promotion_candidate_columns_add (GtkColumnView *view)
{
  /* What decides first, so that a narrow window shows it without scrolling */
  add_column (view, COLUMN_NAME, _ ("Name"), TRUE);
  add_column (view, COLUMN_VERDICT, _ ("Verdict"), FALSE);
  add_column (view, COLUMN_RANK, _ ("Rank"), FALSE);
  add_column (view, COLUMN_REASONS, _ ("Why"), TRUE);
  add_column (view, COLUMN_UNIT, _ ("Unit"), TRUE);
}

/* Every rule of one candidate */

GtkWidget *
kr_promotion_reasons_window_new (GtkWindow *parent, const KrPromotionCandidate *candidate)
{
  const KrPromotionVerdict *verdict = candidate->verdict;
  GtkWidget *window, *page, *list, *header, *box;
  AdwPreferencesGroup *group;
  g_autofree char *ranks = NULL;
  g_autofree char *description = NULL;
  g_autofree char *nip = kr_nip_format_digits (candidate->nip);

  window = adw_window_new ();
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_default_size (GTK_WINDOW (window), 560, 560);
  gtk_widget_set_size_request (window, 360, 294);
  gtk_window_set_title (GTK_WINDOW (window), candidate->name);
  header = adw_header_bar_new ();
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (candidate->name, nip));
  page = adw_preferences_page_new ();
  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  ranks = kr_promotions_format_ranks (candidate->rank, verdict->to_rank);
  adw_preferences_group_set_title (group, kr_kp_kind_get_label (verdict->kind));
  description =
      g_strdup_printf ("%s · %s", ranks, kr_promotion_verdict_kind_get_label (verdict->verdict));
  adw_preferences_group_set_description (group, description);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Rules"),
                                  -1);
  for (guint i = 0; verdict->reasons != NULL && i < verdict->reasons->len; i++)
    {
      const KrPromotionReason *reason = g_ptr_array_index (verdict->reasons, i);
      GtkWidget *row =
          kr_training_row_new (kr_promotion_rule_get_label (reason->rule), reason->text);
      GtkWidget *icon = gtk_image_new_from_icon_name (reason->met ? "emblem-ok-symbolic"
                                                                  : "dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, reason->met ? "success" : "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      reason->met ? _ ("Met") : _ ("Not met"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  adw_preferences_group_add (group, list);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), group);
  gtk_widget_set_vexpand (page, TRUE);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_widget_add_controller (window, kr_promotions_escape_closes ());
  gtk_window_present (GTK_WINDOW (window));
  return window;
}
