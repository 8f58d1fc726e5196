/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-selections-view"

#include "config.h"

#include "kr-selections-view.h"

#include <glib/gi18n.h>

#include "kr-selection-common.h"
#include "kr-selection-page.h"
#include "kr-selection-start.h"
#include "kr-training-item.h"
#include "kr-training-widgets.h"

/* Selections are few (a handful a year); the list shows at most this many, newest first. */
#define MAX_ROWS 1000

typedef enum
{
  COLUMN_TITLE,
  COLUMN_STATUS,
  COLUMN_STAGES,
  COLUMN_CANDIDATES,
  N_COLUMNS
} Column;

struct _KrSelectionsView
{
  AdwBin parent_instance;

  KrDatabase *database;
  KrSelectionRepository *selections;
  KrUnitRepository *units;
  GListStore *store;
  GCancellable *cancellable;
  gboolean loading;

  GtkStack *pages;
  KrSelectionPage *page;
  GtkDropDown *status_dropdown;
  GtkSearchEntry *search_entry;
  GtkWidget *new_button;
  GtkLabel *count_label;
  GtkStack *stack;
  AdwStatusPage *empty_page;
};

G_DEFINE_FINAL_TYPE (KrSelectionsView, kr_selections_view, ADW_TYPE_BIN)

/* Reading, in a worker */

typedef struct
{
  KrSelectionQuery query;
  char *search;
} Request;

static void
request_free (Request *request)
{
  g_free (request->search);
  g_free (request);
}

typedef struct
{
  GPtrArray *rows;
  guint total;
} Answer;

static void
answer_free (Answer *answer)
{
  g_clear_pointer (&answer->rows, g_ptr_array_unref);
  g_free (answer);
}

static gpointer
read_selections (KrSelectionRepository *repository,
                 gpointer data,
                 GCancellable *cancellable,
                 GError **error)
{
  const Request *request = data;
  Answer *answer = g_new0 (Answer, 1);

  if (!kr_selection_repository_count_selections (repository, &request->query, &answer->total,
                                                 error) ||
      (answer->rows = kr_selection_repository_list_selections (repository, &request->query, 0,
                                                               MAX_ROWS, error)) == NULL)
    {
      answer_free (answer);
      return NULL;
    }
  return answer;
}

static void
show_status (KrSelectionsView *self, const char *icon, const char *title, const char *description)
{
  g_autofree char *markup = g_markup_escape_text (description, -1);

  adw_status_page_set_icon_name (self->empty_page, icon);
  adw_status_page_set_title (self->empty_page, title);
  adw_status_page_set_description (self->empty_page, markup);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
read_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrSelectionsView *self;
  g_autoptr (GError) error = NULL;
  Answer *answer = kr_selection_read_job_finish (result, &error);
  g_autofree char *text = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = KR_SELECTIONS_VIEW (source);
  self->loading = FALSE;
  g_list_store_remove_all (self->store);
  if (answer == NULL)
    {
      gtk_label_set_label (self->count_label, "");
      show_status (self, "dialog-warning-symbolic", _ ("The Selections Cannot Be Read"),
                   error->message);
      return;
    }
  kr_training_item_fill_store (self->store, answer->rows, (GDestroyNotify) kr_selection_free);
  if (answer->total > g_list_model_get_n_items (G_LIST_MODEL (self->store)))
    text = g_strdup_printf (_ ("The newest %u of %u selections"),
                            g_list_model_get_n_items (G_LIST_MODEL (self->store)), answer->total);
  else
    text =
        g_strdup_printf (ngettext ("%u selection", "%u selections", answer->total), answer->total);
  gtk_label_set_label (self->count_label, text);
  if (answer->total == 0)
    show_status (self, "system-search-symbolic", _ ("No Selections"),
                 _ ("Start an open selection from a vacancy, or with the New Selection button."));
  else
    gtk_stack_set_visible_child_name (self->stack, "list");
  answer_free (answer);
}

static void
reload (KrSelectionsView *self)
{
  Request *request;
  guint status;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_list_store_remove_all (self->store);
  gtk_widget_set_sensitive (self->new_button,
                            kr_selection_can_write (self->database) && self->selections != NULL);
  if (self->selections == NULL)
    {
      self->loading = FALSE;
      gtk_label_set_label (self->count_label, "");
      return;
    }
  request = g_new0 (Request, 1);
  status = gtk_drop_down_get_selected (self->status_dropdown);
  request->query.status =
      status == 0 || status == GTK_INVALID_LIST_POSITION ? -1 : (gint) status - 1;
  request->search =
      g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  if (*request->search == '\0')
    g_clear_pointer (&request->search, g_free);
  request->query.search = request->search;
  self->loading = TRUE;
  self->cancellable = g_cancellable_new ();
  gtk_label_set_label (self->count_label, _ ("Reading…"));
  kr_selection_read_job_run (self, self->selections, read_selections, request,
                             (GDestroyNotify) request_free, (GDestroyNotify) answer_free,
                             self->cancellable, read_done_cb, NULL);
}

static void
on_selections_changed_cb (KrSelectionRepository *selections, guint mask, KrSelectionsView *self)
{
  if (mask & (KR_SELECTION_CHANGE_SELECTIONS | KR_SELECTION_CHANGE_STAGES |
              KR_SELECTION_CHANGE_CANDIDATES))
    reload (self);
}

/* Navigation */

static void
started_cb (GtkWidget *widget, gint64 selection_id, gpointer user_data)
{
  kr_selections_view_show_selection (KR_SELECTIONS_VIEW (widget), selection_id);
}

static void
new_clicked_cb (KrSelectionsView *self)
{
  kr_selection_start_dialog_show (GTK_WIDGET (self), self->selections, self->units, 0, NULL,
                                  started_cb, NULL);
}

static void
activate_cb (GtkColumnView *view, guint position, KrSelectionsView *self)
{
  g_autoptr (KrTrainingItem) item = g_list_model_get_item (G_LIST_MODEL (self->store), position);
  const KrSelection *selection = item != NULL ? kr_training_item_get_value (item) : NULL;

  if (selection != NULL)
    kr_selections_view_show_selection (self, selection->id);
}

static void
back_cb (KrSelectionsView *self)
{
  kr_selections_view_show_selection (self, 0);
}

/* Cells */

static void
setup_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer user_data)
{
  Column column = GPOINTER_TO_UINT (user_data);
  GtkWidget *child;

  if (column == COLUMN_TITLE)
    {
      GtkWidget *top = gtk_inscription_new (NULL);
      GtkWidget *bottom = gtk_inscription_new (NULL);

      child = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (top), 20);
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (top), 50);
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (bottom), 20);
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (bottom), 50);
      gtk_widget_add_css_class (bottom, "dim-label");
      gtk_widget_add_css_class (bottom, "caption");
      gtk_box_append (GTK_BOX (child), top);
      gtk_box_append (GTK_BOX (child), bottom);
    }
  else if (column == COLUMN_STATUS)
    {
      child = gtk_label_new (NULL);
      gtk_widget_set_halign (child, GTK_ALIGN_START);
    }
  else
    {
      child = gtk_inscription_new (NULL);
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (child), 6);
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (child), 16);
      gtk_widget_add_css_class (child, "numeric");
    }
  gtk_list_item_set_child (list_item, child);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer user_data)
{
  const KrSelection *s = kr_training_item_get_value (gtk_list_item_get_item (list_item));
  GtkWidget *child = gtk_list_item_get_child (list_item);
  g_autofree char *text = NULL;
  GtkWidget *first;

  switch ((Column) GPOINTER_TO_UINT (user_data))
    {
    case COLUMN_TITLE:
      first = gtk_widget_get_first_child (child);
      text = g_strdup_printf ("%s — %s", s->position_name != NULL ? s->position_name : "—",
                              s->unit_name != NULL ? s->unit_name : "—");
      gtk_inscription_set_text (GTK_INSCRIPTION (first), s->title);
      gtk_inscription_set_text (GTK_INSCRIPTION (gtk_widget_get_next_sibling (first)), text);
      break;
    case COLUMN_STATUS:
      kr_selection_status_pill (GTK_LABEL (child), s->status);
      break;
    case COLUMN_STAGES:
      /* Translators: stages published of all stages, "2 of 4 published" */
      text = g_strdup_printf (_ ("%u of %u published"), s->n_stages_published, s->n_stages);
      gtk_inscription_set_text (GTK_INSCRIPTION (child), text);
      break;
    case COLUMN_CANDIDATES:
      text = g_strdup_printf (ngettext ("%u candidate", "%u candidates", s->n_candidates),
                              s->n_candidates);
      gtk_inscription_set_text (GTK_INSCRIPTION (child), text);
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

/* Building */

static GtkWidget *
build_toolbar (KrSelectionsView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autoptr (GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_string_list_append (statuses, _ ("Every status"));
  for (guint i = 0; i < KR_N_SELECTION_STATUSES; i++)
    gtk_string_list_append (statuses, kr_selection_status_get_label (i));
  self->status_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (statuses), NULL));
  g_object_ref (statuses);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_dropdown), _ ("Status"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->status_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Status"), -1);
  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search_entry, "placeholder-text", _ ("Search selections"), NULL);
  gtk_widget_set_hexpand (GTK_WIDGET (self->search_entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Search selections"), -1);
  self->new_button = gtk_button_new_with_mnemonic (_ ("_New Selection"));
  gtk_widget_add_css_class (self->new_button, "suggested-action");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->status_dropdown));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search_entry));
  gtk_box_append (GTK_BOX (box), self->new_button);
  g_signal_connect_swapped (self->status_dropdown, "notify::selected", G_CALLBACK (reload), self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (reload), self);
  g_signal_connect_swapped (self->new_button, "clicked", G_CALLBACK (new_clicked_cb), self);
  return box;
}

static void
build (KrSelectionsView *self)
{
  GtkWidget *scroll = gtk_scrolled_window_new ();
  GtkSingleSelection *selection =
      gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->store)));
  GtkColumnView *view;

  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (selection)));
  gtk_widget_add_css_class (GTK_WIDGET (view), "data-table");
  gtk_column_view_set_single_click_activate (view, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Open selections"), -1);
  add_column (view, COLUMN_TITLE, _ ("Selection"), TRUE);
  add_column (view, COLUMN_STATUS, _ ("Status"), FALSE);
  add_column (view, COLUMN_STAGES, _ ("Stages"), FALSE);
  add_column (view, COLUMN_CANDIDATES, _ ("Candidates"), FALSE);
  g_signal_connect (view, "activate", G_CALLBACK (activate_cb), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), GTK_WIDGET (view));
  gtk_widget_set_vexpand (scroll, TRUE);
  self->count_label = kr_training_count_label_new ();
  self->pages = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_transition_type (self->pages, GTK_STACK_TRANSITION_TYPE_SLIDE_LEFT_RIGHT);
  gtk_stack_add_named (self->pages,
                       kr_training_list_page_new (build_toolbar (self),
                                                  GTK_WIDGET (self->count_label), scroll,
                                                  &self->stack, &self->empty_page),
                       "list");
  self->page = KR_SELECTION_PAGE (kr_selection_page_new ());
  g_signal_connect_swapped (self->page, "back", G_CALLBACK (back_cb), self);
  gtk_stack_add_named (self->pages, GTK_WIDGET (self->page), "selection");
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->pages));
}

/* API */

KrSelectionsView *
kr_selections_view_new (void)
{
  return g_object_new (KR_TYPE_SELECTIONS_VIEW, NULL);
}

void
kr_selections_view_set_repositories (KrSelectionsView *self,
                                     KrDatabase *database,
                                     KrSelectionRepository *selections,
                                     KrUnitRepository *units)
{
  g_return_if_fail (KR_IS_SELECTIONS_VIEW (self));

  if (self->selections != NULL)
    g_signal_handlers_disconnect_by_func (self->selections, on_selections_changed_cb, self);
  g_set_object (&self->database, database);
  g_set_object (&self->selections, selections);
  g_set_object (&self->units, units);
  if (selections != NULL)
    g_signal_connect_object (selections, "changed", G_CALLBACK (on_selections_changed_cb), self, 0);
  kr_selection_page_set_repositories (self->page, database, selections);
  kr_selections_view_show_selection (self, 0);
  reload (self);
}

void
kr_selections_view_show_selection (KrSelectionsView *self, gint64 selection_id)
{
  g_return_if_fail (KR_IS_SELECTIONS_VIEW (self));

  if (self->selections == NULL)
    selection_id = 0;
  kr_selection_page_set_selection (self->page, selection_id);
  gtk_stack_set_visible_child_name (self->pages, selection_id != 0 ? "selection" : "list");
}

gint64
kr_selections_view_get_selection_id (KrSelectionsView *self)
{
  g_return_val_if_fail (KR_IS_SELECTIONS_VIEW (self), 0);
  return kr_selection_page_get_selection_id (self->page);
}

GListModel *
kr_selections_view_get_model (KrSelectionsView *self)
{
  g_return_val_if_fail (KR_IS_SELECTIONS_VIEW (self), NULL);
  return G_LIST_MODEL (self->store);
}

gboolean
kr_selections_view_get_loading (KrSelectionsView *self)
{
  g_return_val_if_fail (KR_IS_SELECTIONS_VIEW (self), FALSE);
  return self->loading;
}

const char *
kr_selections_view_get_count_label (KrSelectionsView *self)
{
  g_return_val_if_fail (KR_IS_SELECTIONS_VIEW (self), NULL);
  return gtk_label_get_label (self->count_label);
}

static void
kr_selections_view_dispose (GObject *object)
{
  KrSelectionsView *self = KR_SELECTIONS_VIEW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->selections != NULL)
    g_signal_handlers_disconnect_by_func (self->selections, on_selections_changed_cb, self);
  g_clear_object (&self->selections);
  g_clear_object (&self->units);
  g_clear_object (&self->database);
  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (kr_selections_view_parent_class)->dispose (object);
}

static void
kr_selections_view_class_init (KrSelectionsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kr_selections_view_dispose;
}

static void
kr_selections_view_init (KrSelectionsView *self)
{
  self->store = g_list_store_new (KR_TYPE_TRAINING_ITEM);
  build (self);
}
