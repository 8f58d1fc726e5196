/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-vacancies-view"

#include "config.h"

#include "kr-vacancies-view.h"

#include <glib/gi18n.h>

#include "kr-date.h"
#include "kr-promotions-common.h"
#include "kr-read-job.h"
#include "kr-selection-common.h"
#include "kr-selection-start.h"
#include "kr-training-item.h"
#include "kr-training-widgets.h"
#include "kr-vacancies-export.h"

/* The horizon of the issue: positions emptied by retirement within 24 months. */
#define HORIZON_MONTHS 24

KR_DEFINE_READ_JOB (KrVacancyRepository,
                    KrVacancyReadFunc,
                    kr_vacancy_read_job,
                    kr_vacancy_repository_get_database,
                    kr_vacancy_repository_new)

typedef enum
{
  COLUMN_POSITION,
  COLUMN_NEED,
  COLUMN_HOLDERS,
  COLUMN_RETIRING,
  COLUMN_SHORTFALL,
  COLUMN_REASONS,
  COLUMN_SELECTION,
  N_COLUMNS
} Column;

/* The reason filter's items, in order */
static const guint reason_masks[] = { 0, KR_VACANCY_VACANT, KR_VACANCY_RETIRING, KR_VACANCY_SHORT };

struct _KrVacanciesView
{
  AdwBin parent_instance;

  KrDatabase *database;
  KrVacancyRepository *vacancies;
  KrSelectionRepository *selections;
  KrUnitRepository *units;
  GListStore *store;
  GArray *unit_ids;
  GCancellable *cancellable;
  gboolean loading;
  gboolean filling;

  GtkDropDown *unit_dropdown;
  GtkDropDown *reason_dropdown;
  GtkSearchEntry *search_entry;
  GtkWidget *export_button;
  GtkLabel *count_label;
  GtkStack *stack;
  AdwStatusPage *empty_page;
};

G_DEFINE_FINAL_TYPE (KrVacanciesView, kr_vacancies_view, ADW_TYPE_BIN)

enum
{
  SIGNAL_SHOW_SELECTION,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Queries */

typedef struct
{
  KrVacancyQuery query;
  char *search;
} Request;

static void
request_free (Request *request)
{
  g_free (request->search);
  g_free (request);
}

static Request *
build_request (KrVacanciesView *self)
{
  Request *request = g_new0 (Request, 1);
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint reason = gtk_drop_down_get_selected (self->reason_dropdown);

  kr_date_today (NULL, &request->query.today);
  request->query.horizon_months = HORIZON_MONTHS;
  request->query.unit_id = kr_training_unit_dropdown_get_unit (self->unit_dropdown, self->unit_ids);
  request->query.subtree = TRUE;
  request->query.reasons = reason < G_N_ELEMENTS (reason_masks) ? reason_masks[reason] : 0;
  request->search = g_strstrip (g_strdup (search));
  if (*request->search == '\0')
    g_clear_pointer (&request->search, g_free);
  request->query.search = request->search;
  return request;
}

/* Reading, in a worker */

typedef struct
{
  GPtrArray *rows;
  KrVacancySummary summary;
} Answer;

static void
answer_free (Answer *answer)
{
  g_clear_pointer (&answer->rows, g_ptr_array_unref);
  g_free (answer);
}

static gpointer
read_vacancies (KrVacancyRepository *repository,
                gpointer data,
                GCancellable *cancellable,
                GError **error)
{
  const Request *request = data;
  Answer *answer = g_new0 (Answer, 1);

  answer->rows = kr_vacancy_repository_list (repository, &request->query, &answer->summary, error);
  if (answer->rows == NULL)
    {
      answer_free (answer);
      return NULL;
    }
  return answer;
}

static void
show_status (KrVacanciesView *self, const char *icon, const char *title, const char *description)
{
  g_autofree char *markup = g_markup_escape_text (description, -1);

  adw_status_page_set_icon_name (self->empty_page, icon);
  adw_status_page_set_title (self->empty_page, title);
  adw_status_page_set_description (self->empty_page, markup);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static char *
format_summary (const KrVacancySummary *summary)
{
  g_autofree char *positions = g_strdup_printf (
      ngettext ("%u position", "%u positions", summary->positions), summary->positions);

  /* Translators: "12 positions: 3 vacant, 4 retiring within 24 months, formasi asked 9" */
  return g_strdup_printf (_ ("%s: %u vacant, %u retiring within 24 months, formasi asked %u"),
                          positions, summary->vacant, summary->retiring, summary->shortfall);
}

static void
read_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrVacanciesView *self;
  g_autoptr (GError) error = NULL;
  Answer *answer = kr_vacancy_read_job_finish (result, &error);
  g_autofree char *text = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = KR_VACANCIES_VIEW (source);
  self->loading = FALSE;
  g_list_store_remove_all (self->store);
  if (answer == NULL)
    {
      gtk_label_set_label (self->count_label, "");
      show_status (self, "dialog-warning-symbolic", _ ("The Vacancies Cannot Be Read"),
                   error->message);
      return;
    }
  kr_training_item_fill_store (self->store, answer->rows, (GDestroyNotify) kr_vacancy_free);
  text = format_summary (&answer->summary);
  gtk_label_set_label (self->count_label, text);
  if (answer->rows->len == 0)
    show_status (self, "emblem-ok-symbolic", _ ("No Vacancies"),
                 _ ("Every position of this unit has its holders, and none of them retires "
                    "within 24 months."));
  else
    gtk_stack_set_visible_child_name (self->stack, "list");
  answer_free (answer);
}

static void
reload (KrVacanciesView *self)
{
  if (self->filling)
    return;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_list_store_remove_all (self->store);
  gtk_widget_set_sensitive (self->export_button, self->vacancies != NULL);
  if (self->vacancies == NULL)
    {
      self->loading = FALSE;
      gtk_label_set_label (self->count_label, "");
      return;
    }
  self->loading = TRUE;
  self->cancellable = g_cancellable_new ();
  gtk_label_set_label (self->count_label, _ ("Reading…"));
  kr_vacancy_read_job_run (self, self->vacancies, read_vacancies, build_request (self),
                           (GDestroyNotify) request_free, (GDestroyNotify) answer_free,
                           self->cancellable, read_done_cb, NULL);
}

static void
on_units_changed_cb (KrVacanciesView *self)
{
  gint64 unit_id = kr_training_unit_dropdown_get_unit (self->unit_dropdown, self->unit_ids);

  self->filling = TRUE;
  kr_training_unit_dropdown_fill (self->unit_dropdown, self->unit_ids, self->database, self->units,
                                  TRUE);
  kr_training_unit_dropdown_set_unit (self->unit_dropdown, self->unit_ids, unit_id);
  self->filling = FALSE;
  reload (self);
}

static void
on_selections_changed_cb (KrSelectionRepository *selections, guint mask, KrVacanciesView *self)
{
  reload (self);
}

/* Export */

static void
export_clicked_cb (KrVacanciesView *self)
{
  Request *request = build_request (self);

  kr_vacancies_export_formasi (GTK_WIDGET (self), self->database, &request->query);
  request_free (request);
}

/* Starting a selection */

static void
selection_started_cb (GtkWidget *widget, gint64 selection_id, gpointer user_data)
{
  g_signal_emit (widget, signals[SIGNAL_SHOW_SELECTION], 0, selection_id);
}

static void
selection_button_clicked_cb (GtkButton *button, KrVacanciesView *self)
{
  GtkListItem *list_item = g_object_get_data (G_OBJECT (button), "kr-list-item");
  KrTrainingItem *item = list_item != NULL ? gtk_list_item_get_item (list_item) : NULL;
  const KrVacancy *vacancy = item != NULL ? kr_training_item_get_value (item) : NULL;

  if (vacancy == NULL)
    return;
  if (vacancy->selection_id != 0)
    {
      g_signal_emit (self, signals[SIGNAL_SHOW_SELECTION], 0, vacancy->selection_id);
      return;
    }
  kr_selection_start_dialog_show (GTK_WIDGET (self), self->selections, self->units,
                                  vacancy->position_id, vacancy->position_name,
                                  selection_started_cb, NULL);
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
      gtk_widget_add_css_class (bottom, "dim-label");
      gtk_widget_add_css_class (bottom, "caption");
      gtk_box_append (GTK_BOX (child), top);
      gtk_box_append (GTK_BOX (child), bottom);
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
      break;
    case COLUMN_NEED:
      if (v->needed < 0)
        /* Translators: the need of a position is not known */
        text = g_strdup (C_ ("need", "unknown"));
      else
        text = g_strdup_printf ("%d", v->needed);
      gtk_inscription_set_text (GTK_INSCRIPTION (child), text);
      gtk_widget_set_tooltip_text (
          child, v->need_recorded ? (v->need_basis != NULL ? v->need_basis : _ ("Recorded need"))
                                  : _ ("Default need: no need recorded"));
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

/* Building */

static GtkWidget *
build_toolbar (KrVacanciesView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  const char *reasons[] = { _ ("All vacancies"), _ ("Vacant now"), _ ("Retiring within 24 months"),
                            _ ("Short of the need"), NULL };

  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  self->unit_dropdown = kr_training_unit_dropdown_new (self->unit_ids);
  gtk_widget_set_hexpand (GTK_WIDGET (self->unit_dropdown), TRUE);
  self->reason_dropdown = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (reasons));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->reason_dropdown), _ ("Which vacancies"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->reason_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Which vacancies"), -1);
  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search_entry, "placeholder-text", _ ("Search positions"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Search positions"), -1);
  self->export_button = gtk_button_new_from_icon_name ("document-save-as-symbolic");
  gtk_widget_set_tooltip_text (self->export_button, _ ("Export the formasi proposal (CSV)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->export_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Export the formasi proposal (CSV)"), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->unit_dropdown));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->reason_dropdown));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search_entry));
  gtk_box_append (GTK_BOX (box), self->export_button);
  g_signal_connect_swapped (self->unit_dropdown, "notify::selected", G_CALLBACK (reload), self);
  g_signal_connect_swapped (self->reason_dropdown, "notify::selected", G_CALLBACK (reload), self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (reload), self);
  g_signal_connect_swapped (self->export_button, "clicked", G_CALLBACK (export_clicked_cb), self);
  return box;
}

static void
build (KrVacanciesView *self)
{
  GtkWidget *scroll = gtk_scrolled_window_new ();
  GtkNoSelection *selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->store)));
  GtkColumnView *view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (selection)));

  gtk_widget_add_css_class (GTK_WIDGET (view), "data-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Vacancies"), -1);
  add_column (self, view, COLUMN_POSITION, _ ("Position"), TRUE);
  add_column (self, view, COLUMN_NEED, _ ("Need"), FALSE);
  add_column (self, view, COLUMN_HOLDERS, _ ("Holders"), FALSE);
  add_column (self, view, COLUMN_RETIRING, _ ("Retiring"), FALSE);
  add_column (self, view, COLUMN_SHORTFALL, _ ("Formasi"), FALSE);
  add_column (self, view, COLUMN_REASONS, _ ("Why"), FALSE);
  add_column (self, view, COLUMN_SELECTION, _ ("Selection"), FALSE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), GTK_WIDGET (view));
  gtk_widget_set_vexpand (scroll, TRUE);
  self->count_label = kr_training_count_label_new ();
  adw_bin_set_child (ADW_BIN (self), kr_training_list_page_new (
                                         build_toolbar (self), GTK_WIDGET (self->count_label),
                                         scroll, &self->stack, &self->empty_page));
}

/* API */

KrVacanciesView *
kr_vacancies_view_new (void)
{
  return g_object_new (KR_TYPE_VACANCIES_VIEW, NULL);
}

void
kr_vacancies_view_set_repositories (KrVacanciesView *self,
                                    KrDatabase *database,
                                    KrVacancyRepository *vacancies,
                                    KrSelectionRepository *selections,
                                    KrUnitRepository *units)
{
  g_return_if_fail (KR_IS_VACANCIES_VIEW (self));

  if (self->vacancies != NULL)
    g_signal_handlers_disconnect_by_func (self->vacancies, reload, self);
  if (self->selections != NULL)
    g_signal_handlers_disconnect_by_func (self->selections, on_selections_changed_cb, self);
  if (self->units != NULL)
    g_signal_handlers_disconnect_by_func (self->units, on_units_changed_cb, self);
  g_set_object (&self->database, database);
  g_set_object (&self->vacancies, vacancies);
  g_set_object (&self->selections, selections);
  g_set_object (&self->units, units);
  if (vacancies != NULL)
    g_signal_connect_object (vacancies, "changed", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  if (selections != NULL)
    g_signal_connect_object (selections, "changed", G_CALLBACK (on_selections_changed_cb), self, 0);
  if (units != NULL)
    g_signal_connect_object (units, "changed", G_CALLBACK (on_units_changed_cb), self,
                             G_CONNECT_SWAPPED);
  self->filling = TRUE;
  kr_training_unit_dropdown_fill (self->unit_dropdown, self->unit_ids, database, units, TRUE);
  self->filling = FALSE;
  reload (self);
}

void
kr_vacancies_view_set_filter (KrVacanciesView *self, gint64 unit_id, guint reasons)
{
  g_return_if_fail (KR_IS_VACANCIES_VIEW (self));

  self->filling = TRUE;
  kr_training_unit_dropdown_set_unit (self->unit_dropdown, self->unit_ids, unit_id);
  gtk_drop_down_set_selected (self->reason_dropdown, 0);
  for (guint i = 0; i < G_N_ELEMENTS (reason_masks); i++)
    if (reason_masks[i] == reasons)
      gtk_drop_down_set_selected (self->reason_dropdown, i);
  self->filling = FALSE;
  reload (self);
}

GListModel *
kr_vacancies_view_get_model (KrVacanciesView *self)
{
  g_return_val_if_fail (KR_IS_VACANCIES_VIEW (self), NULL);
  return G_LIST_MODEL (self->store);
}

gboolean
kr_vacancies_view_get_loading (KrVacanciesView *self)
{
  g_return_val_if_fail (KR_IS_VACANCIES_VIEW (self), FALSE);
  return self->loading;
}

const char *
kr_vacancies_view_get_count_label (KrVacanciesView *self)
{
  g_return_val_if_fail (KR_IS_VACANCIES_VIEW (self), NULL);
  return gtk_label_get_label (self->count_label);
}

static void
kr_vacancies_view_dispose (GObject *object)
{
  KrVacanciesView *self = KR_VACANCIES_VIEW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->vacancies != NULL)
    g_signal_handlers_disconnect_by_func (self->vacancies, reload, self);
  if (self->selections != NULL)
    g_signal_handlers_disconnect_by_func (self->selections, on_selections_changed_cb, self);
  if (self->units != NULL)
    g_signal_handlers_disconnect_by_func (self->units, on_units_changed_cb, self);
  g_clear_object (&self->vacancies);
  g_clear_object (&self->selections);
  g_clear_object (&self->units);
  g_clear_object (&self->database);
  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (kr_vacancies_view_parent_class)->dispose (object);
}

static void
kr_vacancies_view_finalize (GObject *object)
{
  g_array_unref (KR_VACANCIES_VIEW (object)->unit_ids);

  G_OBJECT_CLASS (kr_vacancies_view_parent_class)->finalize (object);
}

static void
kr_vacancies_view_class_init (KrVacanciesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kr_vacancies_view_dispose;
  object_class->finalize = kr_vacancies_view_finalize;

  signals[SIGNAL_SHOW_SELECTION] =
      g_signal_new ("show-selection", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                    NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
kr_vacancies_view_init (KrVacanciesView *self)
{
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->store = g_list_store_new (KR_TYPE_TRAINING_ITEM);
  build (self);
}
