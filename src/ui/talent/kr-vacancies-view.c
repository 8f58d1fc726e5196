/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-vacancies-view"

#include "config.h"

#include "kr-vacancies-view-private.h"

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

/* The reason filter's items, in order */
static const guint reason_masks[] = { 0, KR_VACANCY_VACANT, KR_VACANCY_RETIRING, KR_VACANCY_SHORT };

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

void
_kr_vacancies_view_open_selection (KrVacanciesView *self, const KrVacancy *vacancy)
{
  if (vacancy->selection_id != 0)
    {
      g_signal_emit (self, signals[SIGNAL_SHOW_SELECTION], 0, vacancy->selection_id);
      return;
    }
  kr_selection_start_dialog_show (GTK_WIDGET (self), self->selections, self->units,
                                  vacancy->position_id, vacancy->position_name,
                                  selection_started_cb, NULL);
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
  _kr_vacancies_view_add_columns (self, view);
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
