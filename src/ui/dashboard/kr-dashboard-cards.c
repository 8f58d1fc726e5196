/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-dashboard-cards"

#include "config.h"

#include "kr-dashboard-page-private.h"

#include <glib/gi18n.h>

#include "kr-dashboard-employees-dialog.h"
#include "kr-document-dashboard.h"
#include "kr-print-operation.h"
#include "kr-talent-box-dialog.h"
#include "kr-training-widgets.h"

/* The order of the cards: what belongs together side by side on a wide window */
static const KrDashboardChart chart_order[] = {
  KR_DASHBOARD_CHART_EMPLOYEE_KINDS, KR_DASHBOARD_CHART_GOLONGAN,
  KR_DASHBOARD_CHART_POSITION_KINDS, KR_DASHBOARD_CHART_PYRAMID,
  KR_DASHBOARD_CHART_PREDIKAT,       KR_DASHBOARD_CHART_PREDIKAT_TREND,
  KR_DASHBOARD_CHART_TRAINING_JP,    KR_DASHBOARD_CHART_TRAINING_BUDGET,
  KR_DASHBOARD_CHART_PROMOTIONS,     KR_DASHBOARD_CHART_RETIREMENTS,
};

/* The exported picture's size in points (PDF, SVG) or half pixels (PNG): a slide's half */
#define EXPORT_WIDTH  720
#define EXPORT_HEIGHT 450

static KrDashboardParts
card_part (guint card)
{
  return card == KR_DASHBOARD_TALENT_CARD ? KR_DASHBOARD_PART_TALENT
                                          : kr_dashboard_chart_get_part ((KrDashboardChart) card);
}

/* Building */

static GtkWidget *
card_menu_button (guint card)
{
  GtkWidget *button = gtk_menu_button_new ();
  g_autoptr (GMenu) menu = g_menu_new ();
  g_autoptr (GMenuItem) print = g_menu_item_new (_ ("_Print Chart…"), NULL);

  g_menu_item_set_action_and_target (print, "dashboard.print-chart", "i", (gint32) card);
  g_menu_append_item (menu, print);
  if (card != KR_DASHBOARD_TALENT_CARD)
    {
      g_autoptr (GMenuItem) export = g_menu_item_new (_ ("_Export Picture…"), NULL);

      g_menu_item_set_action_and_target (export, "dashboard.export-chart", "i", (gint32) card);
      g_menu_append_item (menu, export);
    }
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _ ("Chart Menu"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Chart Menu"), -1);
  return button;
}

static void
on_item_activated_cb (KrChart *chart, guint series, guint category, KrDashboardPage *self)
{
  for (guint i = 0; i < KR_DASHBOARD_N_CHARTS; i++)
    if (self->cards[i].content == GTK_WIDGET (chart))
      kr_dashboard_page_open_item (self, (KrDashboardChart) i, series, category);
}

static void
on_box_activated_cb (KrTalentGridView *grid, guint box, KrDashboardPage *self)
{
  KrTalentQuery query;
  g_autofree char *title = NULL;
  KrTalentBoxDialog *dialog;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->snapshot == NULL || self->database == NULL || self->talent == NULL)
    return;
  kr_talent_query_init (&query, self->snapshot->scope.year);
  query.unit_id = self->snapshot->scope.unit_id;
  query.subtree = TRUE;
  query.status = KR_TALENT_STATUS_PLACED;
  query.box = box;
  /* Translators: the title of the list of a 9-box box's employees */
  title = g_strdup_printf (_ ("Box %u"), box);
  dialog = kr_talent_box_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                     self->database, self->talent, &query, title);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
build_card (KrDashboardPage *self, guint card)
{
  KrDashboardCard *c = &self->cards[card];
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *spinner = gtk_spinner_new ();

  c->title = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (c->title, 0);
  gtk_label_set_wrap (c->title, TRUE);
  /* A long title wraps rather than widening the card: two cards share a line from ~900 px */
  gtk_label_set_max_width_chars (c->title, 24);
  gtk_widget_set_hexpand (GTK_WIDGET (c->title), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (c->title), "heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (c->title), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (c->title));
  if (card == KR_DASHBOARD_TALENT_CARD)
    {
      c->content = kr_talent_grid_view_new ();
      /* As wide as a chart, so that two cards share a line */
      kr_talent_grid_view_set_natural_size (KR_TALENT_GRID_VIEW (c->content), 400, 360);
      gtk_label_set_label (c->title, _ ("Talent 9-Box"));
      g_signal_connect (c->content, "box-activated", G_CALLBACK (on_box_activated_cb), self);
    }
  else
    {
      GtkWidget *toggle = gtk_toggle_button_new ();

      c->content = kr_chart_new ();
      kr_chart_set_activatable (KR_CHART (c->content), TRUE);
      g_signal_connect (c->content, "item-activated", G_CALLBACK (on_item_activated_cb), self);
      gtk_button_set_icon_name (GTK_BUTTON (toggle), "view-list-symbolic");
      gtk_widget_add_css_class (toggle, "flat");
      gtk_widget_set_tooltip_text (toggle, _ ("Show as Table"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _ ("Show as Table"), -1);
      g_object_bind_property (toggle, "active", c->content, "show-table",
                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
      gtk_box_append (GTK_BOX (header), toggle);
    }
  gtk_box_append (GTK_BOX (header), card_menu_button (card));

  c->stack = GTK_STACK (gtk_stack_new ());
  gtk_spinner_set_spinning (GTK_SPINNER (spinner), TRUE);
  gtk_widget_set_size_request (spinner, 32, 32);
  gtk_widget_set_halign (spinner, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (spinner, GTK_ALIGN_CENTER);
  gtk_stack_add_named (c->stack, spinner, "loading");
  gtk_stack_add_named (c->stack, c->content, "chart");
  c->error = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (c->error, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (c->error), "error");
  gtk_stack_add_named (c->stack, GTK_WIDGET (c->error), "error");
  gtk_widget_set_vexpand (GTK_WIDGET (c->stack), TRUE);

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (c->stack));
  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "dashboard-card");
  c->frame = box;
  return box;
}

void
_kr_dashboard_cards_build (KrDashboardPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (chart_order); i++)
    gtk_flow_box_append (self->flow, build_card (self, chart_order[i]));
  gtk_flow_box_append (self->flow, build_card (self, KR_DASHBOARD_TALENT_CARD));
}

/* Showing */

void
_kr_dashboard_cards_loading (KrDashboardPage *self, KrDashboardParts parts)
{
  for (guint i = 0; i < KR_DASHBOARD_N_CARDS; i++)
    if (card_part (i) & parts)
      gtk_stack_set_visible_child_name (self->cards[i].stack, "loading");
}

void
_kr_dashboard_cards_error (KrDashboardPage *self, KrDashboardParts parts, const char *message)
{
  for (guint i = 0; i < KR_DASHBOARD_N_CARDS; i++)
    if (card_part (i) & parts)
      {
        gtk_label_set_label (self->cards[i].error, message);
        gtk_stack_set_visible_child_name (self->cards[i].stack, "error");
      }
}

static void
fill_talent (KrDashboardPage *self)
{
  KrTalentGridCell cells[KR_TALENT_GRID_N_BOXES];
  const char *follow_ups[KR_TALENT_GRID_N_BOXES];
  guint n = 0;

  for (guint i = 0; self->boxes != NULL && i < self->boxes->len && n < KR_TALENT_GRID_N_BOXES; i++)
    {
      const KrTalentBox *box = g_ptr_array_index (self->boxes, i);

      if (box->number < 1 || box->number > KR_TALENT_GRID_N_BOXES)
        continue;
      cells[n] = (KrTalentGridCell){ box->number, (guint) box->performance, (guint) box->potential,
                                     box->in_pool, self->snapshot->talent.boxes[box->number] };
      follow_ups[n++] = box->follow_up;
    }
  kr_talent_grid_view_set_cells (
      KR_TALENT_GRID_VIEW (self->cards[KR_DASHBOARD_TALENT_CARD].content), cells, follow_ups, n);
}

void
_kr_dashboard_cards_fill (KrDashboardPage *self, KrDashboardParts parts)
{
  g_autofree char *subtitle = NULL;

  for (guint i = 0; i < KR_DASHBOARD_N_CHARTS; i++)
    {
      g_autoptr (KrChartData) data = NULL;
      KrDashboardCard *c = &self->cards[i];

      if (!(card_part (i) & parts))
        continue;
      data =
          kr_dashboard_chart_build (self->snapshot, (KrDashboardChart) i, KR_DASHBOARD_LANGUAGE_UI);
      /* The card's heading shows the title, in GTK's own text */
      gtk_label_set_label (c->title, kr_chart_data_get_title (data));
      kr_chart_set_title (KR_CHART (c->content), kr_chart_data_get_title (data));
      kr_chart_data_set_title (data, NULL);
      kr_chart_set_data (KR_CHART (c->content), data);
      gtk_stack_set_visible_child_name (c->stack, "chart");
    }
  if (parts & KR_DASHBOARD_PART_TALENT)
    {
      fill_talent (self);
      gtk_stack_set_visible_child_name (self->cards[KR_DASHBOARD_TALENT_CARD].stack, "chart");
    }
  /* Translators: the dashboard's subtitle: its unit (or "All units") and year */
  subtitle = g_strdup_printf (
      _ ("%s, %u"), self->snapshot->unit_name != NULL ? self->snapshot->unit_name : _ ("All units"),
      self->snapshot->scope.year);
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

/* A bar: the employees behind it */

GtkWindow *
kr_dashboard_page_open_item (KrDashboardPage *self,
                             KrDashboardChart chart,
                             guint series,
                             guint category)
{
  KrDashboardFilter filter = { 0 };
  KrChartData *data;
  g_autofree char *subtitle = NULL;
  GtkRoot *root;
  KrDashboardEmployeesDialog *dialog;

  g_return_val_if_fail (KR_IS_DASHBOARD_PAGE (self), NULL);
  g_return_val_if_fail (chart < KR_DASHBOARD_N_CHARTS, NULL);

  data = kr_chart_get_data (KR_CHART (self->cards[chart].content));
  if (self->snapshot == NULL || self->database == NULL || data == NULL ||
      !kr_dashboard_chart_get_filter (self->snapshot, chart, series, category, &filter))
    return NULL;
  if (kr_chart_data_get_n_series (data) > 1)
    subtitle = g_strdup_printf ("%s — %s", kr_chart_data_get_category (data, category),
                                kr_chart_data_get_series_name (data, series));
  else
    subtitle = g_strdup (kr_chart_data_get_category (data, category));
  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = kr_dashboard_employees_dialog_new (
      GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->database, &self->snapshot->scope,
      &filter, gtk_label_get_label (self->cards[chart].title), subtitle);
  kr_dashboard_filter_clear (&filter);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

/* Printing and exporting */

static void
print_charts (KrDashboardPage *self, const int *charts, guint n_charts)
{
  KrDocumentDashboardScope scope = { 0 };
  g_autoptr (KrPrintOperation) operation = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->snapshot == NULL)
    return;
  operation =
      kr_print_operation_new (kr_document_dashboard_new (&scope, self->snapshot, charts, n_charts),
                              kr_print_application_default_paper ());
  kr_print_operation_run_dialog (operation, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
}

static void
print_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  print_charts (KR_DASHBOARD_PAGE (widget), NULL, 0);
}

static void
print_chart_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  int chart = g_variant_get_int32 (parameter);

  if (chart < 0 || chart > KR_DASHBOARD_N_CHARTS)
    return;
  print_charts (KR_DASHBOARD_PAGE (widget), &chart, 1);
}

typedef struct
{
  KrDashboardPage *self;
  KrChartData *data;
} Export;

static void
on_export_response_cb (GtkNativeDialog *dialog, int response, Export *export)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;
  KrChartFormat format;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (file != NULL)
    {
      name = g_file_get_basename (file);
      /* A name without a known extension gets a PNG */
      if (!kr_chart_format_from_filename (name, &format))
        {
          g_autofree char *png = g_strconcat (g_file_peek_path (file), ".png", NULL);

          g_set_object (&file, g_file_new_for_path (png));
          format = KR_CHART_FORMAT_PNG;
        }
      if (!kr_chart_export (export->data, format, EXPORT_WIDTH, EXPORT_HEIGHT, file, &error))
        kr_training_show_toast (GTK_WIDGET (export->self), error->message);
      else
        {
          g_autofree char *text = NULL;

          g_free (name);
          name = g_file_get_basename (file);
          /* Translators: a chart was exported as a picture file */
          text = g_strdup_printf (_ ("Saved as %s"), name);
          kr_training_show_toast (GTK_WIDGET (export->self), text);
        }
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
  g_object_unref (export->self);
  kr_chart_data_unref (export->data);
  g_free (export);
}

static void
export_chart_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrDashboardPage *self = KR_DASHBOARD_PAGE (widget);
  int chart = g_variant_get_int32 (parameter);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *dialog;
  g_autofree char *name = NULL;
  Export *export;
  static const struct
  {
    const char *name;
    const char *pattern;
  } filters[] = {
    { N_ ("PNG Picture"), "*.png" },
    { N_ ("PDF Document"), "*.pdf" },
    { N_ ("SVG Drawing"), "*.svg" },
  };

  if (self->snapshot == NULL || chart < 0 || chart >= KR_DASHBOARD_N_CHARTS)
    return;
  export = g_new0 (Export, 1);
  export->self = g_object_ref (self);
  /* The picture speaks the window's language, as the chart on screen does */
  export->data =
      kr_dashboard_chart_build (self->snapshot, (KrDashboardChart) chart, KR_DASHBOARD_LANGUAGE_UI);
  dialog = gtk_file_chooser_native_new (_ ("Export Picture"),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _ ("_Export"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    {
      GtkFileFilter *filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _ (filters[i].name));
      gtk_file_filter_add_pattern (filter, filters[i].pattern);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
      g_object_unref (filter);
    }
  name = g_strdup_printf ("%s-%u.png", kr_dashboard_chart_get_id ((KrDashboardChart) chart),
                          self->snapshot->scope.year);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_signal_connect (dialog, "response", G_CALLBACK (on_export_response_cb), export);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

void
_kr_dashboard_cards_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "dashboard.print", NULL, print_action_cb);
  gtk_widget_class_install_action (widget_class, "dashboard.print-chart", "i",
                                   print_chart_action_cb);
  gtk_widget_class_install_action (widget_class, "dashboard.export-chart", "i",
                                   export_chart_action_cb);
}
