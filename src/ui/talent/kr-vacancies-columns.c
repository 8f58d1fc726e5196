/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-vacancies-view"

#include "config.h"

#include <glib/gi18n.h>

#include "kr-promotions-common.h"
#include "kr-selection-common.h"
#include "kr-training-item.h"
#include "kr-vacancies-view-private.h"
#include "kr-vacancy-need-dialog.h"

/* The columns of the vacancies view and their cells. */

static const KrVacancy *
button_vacancy (GtkWidget *button)
{
  GtkListItem *list_item = g_object_get_data (G_OBJECT (button), "kr-list-item");
  KrTrainingItem *item = list_item != NULL ? gtk_list_item_get_item (list_item) : NULL;

  return item != NULL ? kr_training_item_get_value (item) : NULL;
}

static void
selection_button_clicked_cb (GtkButton *button, KrVacanciesView *self)
{
  const KrVacancy *vacancy = button_vacancy (GTK_WIDGET (button));

  if (vacancy != NULL)
    _kr_vacancies_view_open_selection (self, vacancy);
}

static void
need_button_clicked_cb (GtkButton *button, KrVacanciesView *self)
{
  const KrVacancy *vacancy = button_vacancy (GTK_WIDGET (button));

  if (vacancy != NULL)
    kr_vacancy_need_dialog_show (GTK_WIDGET (self), self->vacancies, vacancy);
}

/* Cells */

static void
setup_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer user_data)
{
  KrVacanciesView *self = g_object_get_data (G_OBJECT (factory), "kr-view");
  Column column = GPOINTER_TO_UINT (user_data);
  GtkWidget *child;

  if (column == COLUMN_POSITION || column == COLUMN_RETIRING)
    {
      GtkWidget *top = gtk_inscription_new (NULL);
      GtkWidget *bottom = gtk_inscription_new (NULL);
      gboolean position = column == COLUMN_POSITION;

      child = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      gtk_widget_set_valign (child, GTK_ALIGN_CENTER);
      /* Room for the position's name, and for "1 November 2027" under the count */
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (top), position ? 22 : 3);
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (top), position ? 40 : 3);
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (bottom), position ? 22 : 15);
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (bottom), position ? 40 : 16);
      gtk_inscription_set_text_overflow (GTK_INSCRIPTION (top),
                                         GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
      gtk_inscription_set_text_overflow (GTK_INSCRIPTION (bottom),
                                         GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
      gtk_widget_add_css_class (bottom, "dim-label");
      gtk_widget_add_css_class (bottom, "caption");
      gtk_box_append (GTK_BOX (child), top);
      gtk_box_append (GTK_BOX (child), bottom);
    }
  else if (column == COLUMN_NEED)
    {
      GtkWidget *number = gtk_inscription_new (NULL);
      GtkWidget *edit = gtk_button_new_from_icon_name ("document-edit-symbolic");

      child = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (number), 3);
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (number), 4);
      gtk_inscription_set_xalign (GTK_INSCRIPTION (number), 1);
      gtk_widget_set_hexpand (number, TRUE);
      gtk_widget_set_valign (number, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (number, "numeric");
      gtk_widget_add_css_class (edit, "flat");
      gtk_widget_set_valign (edit, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (edit), "kr-list-item", list_item);
      g_signal_connect_object (edit, "clicked", G_CALLBACK (need_button_clicked_cb), self, 0);
      gtk_box_append (GTK_BOX (child), number);
      gtk_box_append (GTK_BOX (child), edit);
    }
  else if (column == COLUMN_SELECTION)
    {
      child = gtk_button_new ();
      gtk_widget_set_halign (child, GTK_ALIGN_START);
      gtk_widget_set_valign (child, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (child), "kr-list-item", list_item);
      g_signal_connect_object (child, "clicked", G_CALLBACK (selection_button_clicked_cb), self, 0);
    }
  else
    {
      child = gtk_inscription_new (NULL);
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (child), column == COLUMN_REASONS ? 12 : 3);
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (child), column == COLUMN_REASONS ? 18 : 4);
      if (column == COLUMN_REASONS)
        {
          /* "holders retiring, below the need" on two lines */
          gtk_inscription_set_nat_lines (GTK_INSCRIPTION (child), 2);
          gtk_inscription_set_wrap_mode (GTK_INSCRIPTION (child), PANGO_WRAP_WORD);
        }
      if (column != COLUMN_REASONS)
        {
          gtk_inscription_set_xalign (GTK_INSCRIPTION (child), 1);
          gtk_widget_add_css_class (child, "numeric");
        }
    }
  gtk_list_item_set_child (list_item, child);
}

static void
set_two_lines (GtkWidget *box, const char *top, const char *bottom)
{
  GtkWidget *first = gtk_widget_get_first_child (box);

  GtkWidget *second = gtk_widget_get_next_sibling (first);

  gtk_inscription_set_text (GTK_INSCRIPTION (first), top);
  gtk_inscription_set_text (GTK_INSCRIPTION (second), bottom);
  gtk_widget_set_visible (second, bottom != NULL && *bottom != '\0');
}

static void
bind_number (GtkWidget *child, guint value, gboolean warn)
{
  g_autofree char *text = g_strdup_printf ("%u", value);

  gtk_inscription_set_text (GTK_INSCRIPTION (child), text);
  if (warn && value > 0)
    gtk_widget_add_css_class (child, "warning");
  else
    gtk_widget_remove_css_class (child, "warning");
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer user_data)
{
  KrVacanciesView *self = g_object_get_data (G_OBJECT (factory), "kr-view");
  const KrVacancy *v = kr_training_item_get_value (gtk_list_item_get_item (list_item));
  GtkWidget *child = gtk_list_item_get_child (list_item);
  g_autofree char *text = NULL;
  g_autofree char *sub = NULL;

  switch ((Column) GPOINTER_TO_UINT (user_data))
    {
    case COLUMN_POSITION:
      set_two_lines (child, v->position_name, v->unit_name != NULL ? v->unit_name : "—");
      /* The whole names, when the column cuts them */
      text =
          g_strdup_printf ("%s\n%s", v->position_name, v->unit_name != NULL ? v->unit_name : "—");
      gtk_widget_set_tooltip_text (child, text);
      break;
    case COLUMN_NEED:
      {
        GtkWidget *number = gtk_widget_get_first_child (child);
        GtkWidget *edit = gtk_widget_get_next_sibling (number);

        if (v->needed < 0)
          /* Translators: the need of a position is not known */
          text = g_strdup (C_ ("need", "unknown"));
        else
          text = g_strdup_printf ("%d", v->needed);
        gtk_inscription_set_text (GTK_INSCRIPTION (number), text);
        gtk_widget_set_tooltip_text (
            number, v->need_recorded ? (v->need_basis != NULL ? v->need_basis : _ ("Recorded need"))
                                     : _ ("Default need: no need recorded"));
        /* Recording a need is a talent write (admin, HR operator) */
        gtk_widget_set_visible (edit,
                                self->vacancies != NULL && kr_selection_can_write (self->database));
        sub = g_strdup_printf (_ ("Record the need of %s"), v->position_name);
        gtk_widget_set_tooltip_text (edit, sub);
        gtk_accessible_update_property (GTK_ACCESSIBLE (edit), GTK_ACCESSIBLE_PROPERTY_LABEL, sub,
                                        -1);
      }
      break;
    case COLUMN_HOLDERS:
      bind_number (child, v->holders, FALSE);
      break;
    case COLUMN_RETIRING:
      text = v->retiring > 0 ? g_strdup_printf ("%u", v->retiring) : g_strdup ("—");
      sub = v->retiring > 0 ? kr_promotions_format_date (&v->first_retirement) : NULL;
      set_two_lines (child, text, sub);
      break;
    case COLUMN_SHORTFALL:
      bind_number (child, v->shortfall, TRUE);
      break;
    case COLUMN_REASONS:
      text = kr_vacancy_reasons_to_string (v->reasons);
      gtk_inscription_set_text (GTK_INSCRIPTION (child), text);
      if (v->reasons & KR_VACANCY_VACANT)
        gtk_widget_add_css_class (child, "error");
      else
        gtk_widget_remove_css_class (child, "error");
      break;
    case COLUMN_SELECTION:
      /* Leadership positions are filled by open selection; the others by the formasi */
      gtk_widget_set_visible (child,
                              v->selection_id != 0 || (kr_vacancy_filled_by_selection (v) &&
                                                       kr_selection_can_write (self->database)));
      gtk_button_set_label (GTK_BUTTON (child),
                            v->selection_id != 0 ? _ ("Open Selection") : _ ("Start Selection"));
      text = g_strdup_printf (v->selection_id != 0 ? _ ("Open the running selection for %s")
                                                   : _ ("Start an open selection for %s"),
                              v->position_name);
      gtk_widget_set_tooltip_text (child, text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                      -1);
      break;
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static void
add_column (KrVacanciesView *self,
            GtkColumnView *view,
            Column column,
            const char *title,
            gboolean expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;

  g_object_set_data (G_OBJECT (factory), "kr-view", self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GUINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GUINT_TO_POINTER (column));
  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (view, view_column);
  g_object_unref (view_column);
}

void
_kr_vacancies_view_add_columns (KrVacanciesView *self, GtkColumnView *view)
{
  add_column (self, view, COLUMN_POSITION, _ ("Position"), TRUE);
  add_column (self, view, COLUMN_NEED, _ ("Need"), FALSE);
  add_column (self, view, COLUMN_HOLDERS, _ ("Holders"), FALSE);
  add_column (self, view, COLUMN_RETIRING, _ ("Retiring"), FALSE);
  add_column (self, view, COLUMN_SHORTFALL, _ ("Formasi"), FALSE);
  add_column (self, view, COLUMN_REASONS, _ ("Why"), FALSE);
  add_column (self, view, COLUMN_SELECTION, _ ("Selection"), FALSE);
}
