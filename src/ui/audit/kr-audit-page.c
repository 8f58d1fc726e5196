/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-audit-page"

#include "config.h"

#include "kr-audit-page.h"

#include <string.h>

#include <glib/gi18n.h>

#include "kr-audit-format.h"
#include "kr-audit-record-view.h"
#include "kr-date-row.h"
#include "kr-export-job.h"

/* From this width the details sit beside the list; below it they replace it. Below the
 * narrow width the list keeps only when and what: who and how are in the details. */
#define SIDE_BY_SIDE_WIDTH 1000
#define NARROW_WIDTH       600

typedef enum
{
  COLUMN_TIME,
  COLUMN_USER,
  COLUMN_ACTION,
  COLUMN_WHAT,
  COLUMN_CHANGES,
  N_COLUMNS
} Column;

/* The actions the Action filter offers after Any, in this order. */
static const KrAuditAction filter_actions[] = {
  KR_AUDIT_ACTION_INSERT,
  KR_AUDIT_ACTION_UPDATE,
  KR_AUDIT_ACTION_DELETE,
};

struct _KrAuditPage
{
  AdwBin parent_instance;

  KrDatabase *database;
  gboolean allowed;
  KrAuditModel *model;
  GtkSingleSelection *selection;
  GtkFileChooserNative *chooser;
  /* Every column, also those the narrow list leaves out. */
  GtkColumnViewColumn *columns[N_COLUMNS];
  /* Where verification found the chain broken, and the record show_record() waits for. */
  gint64 broken_id;
  gint64 pending_id;
  /* Set while the filter rows are changed from code, which must not query each time. */
  gboolean updating;
  guint typing_id;
  gboolean window_folded;
  /* The layout for the width, applied from an idle: not while the page is being allocated. */
  gboolean side_by_side;
  gboolean narrow;
  guint layout_idle;

  AdwLeaflet *leaflet;
  GtkWidget *list_page;
  AdwHeaderBar *list_header;
  GtkWidget *back_button;
  AdwWindowTitle *list_title;
  GtkWidget *export_button;
  GtkWidget *filter_button;
  AdwEntryRow *user_row;
  AdwComboRow *entity_row;
  AdwComboRow *action_row;
  KrDateRow *since_row;
  KrDateRow *until_row;
  GtkInfoBar *start_bar;
  GtkLabel *start_label;
  GtkStack *list_stack;
  GtkColumnView *column_view;
  GtkSpinner *spinner;
  AdwStatusPage *error_page;
  GtkWidget *detail_page;
  AdwHeaderBar *detail_header;
  GtkWidget *detail_back_button;
  AdwWindowTitle *detail_title;
  KrAuditRecordView *record_view;
};

G_DEFINE_FINAL_TYPE (KrAuditPage, kr_audit_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_FOLDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Cells: one GtkInscription each, cheap to make and to rebind while scrolling. */

static void
setup_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  GtkWidget *inscription = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (inscription),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  if (GPOINTER_TO_INT (user_data) == COLUMN_TIME)
    gtk_widget_add_css_class (inscription, "numeric");
  gtk_list_item_set_child (item, inscription);
}

static const char *
cell_text (KrAuditItem *item, Column column)
{
  switch (column)
    {
    case COLUMN_TIME:
      return kr_audit_item_get_time_text (item);
    case COLUMN_USER:
      return kr_audit_item_get_user_name (item) != NULL ? kr_audit_item_get_user_name (item) : "—";
    case COLUMN_ACTION:
      return kr_audit_item_get_action_text (item);
    case COLUMN_WHAT:
      return kr_audit_item_get_what_text (item);
    case COLUMN_CHANGES:
      return kr_audit_item_get_summary_text (item);
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer user_data)
{
  KrAuditPage *self = g_object_get_data (G_OBJECT (factory), "page");
  KrAuditItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *inscription = gtk_list_item_get_child (list_item);
  Column column = GPOINTER_TO_INT (user_data);

  if (item == NULL)
    return;

  gtk_inscription_set_text (GTK_INSCRIPTION (inscription), cell_text (item, column));
  /* The full text of a long summary, for whoever hovers it. */
  if (column == COLUMN_WHAT || column == COLUMN_CHANGES)
    gtk_widget_set_tooltip_text (inscription, cell_text (item, column));
  if (self->broken_id != 0 && kr_audit_item_get_id (item) == self->broken_id)
    gtk_widget_add_css_class (inscription, "error");
  else
    gtk_widget_remove_css_class (inscription, "error");
}

/* Columns of @nat_chars keep that width; the others (0) share what is left. */
static void
add_column (KrAuditPage *self, Column column, const char *title, guint nat_chars)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;

  g_object_set_data (G_OBJECT (factory), "page", self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GINT_TO_POINTER (column));

  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, nat_chars == 0);
  if (nat_chars > 0)
    gtk_column_view_column_set_fixed_width (view_column, (int) nat_chars * 9);
  gtk_column_view_append_column (self->column_view, view_column);
  self->columns[column] = view_column;
}

static void
build_columns (KrAuditPage *self)
{
  add_column (self, COLUMN_TIME, _ ("Time"), 15);
  add_column (self, COLUMN_USER, _ ("User"), 10);
  add_column (self, COLUMN_ACTION, _ ("Action"), 12);
  add_column (self, COLUMN_WHAT, _ ("Record"), 0);
  add_column (self, COLUMN_CHANGES, _ ("Changes"), 0);
}

/* Filters */

static void
build_filters (KrAuditPage *self)
{
  g_autoptr (GtkStringList) entities = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) actions = gtk_string_list_new (NULL);
  const char *const *names = kr_audit_get_entities ();

  gtk_string_list_append (entities, _ ("Any"));
  for (guint i = 0; names[i] != NULL; i++)
    gtk_string_list_append (entities, kr_audit_entity_get_label (names[i]));
  gtk_string_list_append (actions, _ ("Any"));
  for (guint i = 0; i < G_N_ELEMENTS (filter_actions); i++)
    gtk_string_list_append (actions, kr_audit_action_get_label (filter_actions[i]));

  self->updating = TRUE;
  adw_combo_row_set_model (self->entity_row, G_LIST_MODEL (entities));
  adw_combo_row_set_model (self->action_row, G_LIST_MODEL (actions));
  self->updating = FALSE;
}

/* Midnight at the start of @date, local time; a day later with @next_day. */
static GDateTime *
local_midnight (const GDate *date, gboolean next_day)
{
  GDate day = *date;

  if (next_day)
    g_date_add_days (&day, 1);
  return g_date_time_new_local (g_date_get_year (&day), g_date_get_month (&day),
                                g_date_get_day (&day), 0, 0, 0);
}

/* The filter the rows describe, with strings owned by the rows and times to unref. */
static void
read_filter (KrAuditPage *self, KrAuditFilter *filter)
{
  const char *user = gtk_editable_get_text (GTK_EDITABLE (self->user_row));
  guint entity = adw_combo_row_get_selected (self->entity_row);
  guint action = adw_combo_row_get_selected (self->action_row);
  const GDate *since = kr_date_row_get_date (self->since_row);
  const GDate *until = kr_date_row_get_date (self->until_row);

  memset (filter, 0, sizeof *filter);
  while (*user == ' ')
    user++;
  filter->user_name = user[0] != '\0' ? user : NULL;
  if (entity != GTK_INVALID_LIST_POSITION && entity > 0)
    filter->entity = kr_audit_get_entities ()[entity - 1];
  if (action != GTK_INVALID_LIST_POSITION && action > 0 && action <= G_N_ELEMENTS (filter_actions))
    filter->action = filter_actions[action - 1];
  /* "Until" includes the whole of its day. */
  filter->since = since != NULL ? local_midnight (since, FALSE) : NULL;
  filter->until = until != NULL ? local_midnight (until, TRUE) : NULL;
}

static gboolean
is_filtered (const KrAuditFilter *filter)
{
  return filter->user_name != NULL || filter->entity != NULL || filter->action != 0 ||
         filter->since != NULL || filter->until != NULL;
}

static void
update_title (KrAuditPage *self)
{
  const KrAuditFilter *filter = kr_audit_model_get_filter (self->model);

  adw_window_title_set_subtitle (self->list_title, is_filtered (filter) ? _ ("Filtered") : NULL);
  if (is_filtered (filter))
    gtk_widget_add_css_class (self->filter_button, "accent");
  else
    gtk_widget_remove_css_class (self->filter_button, "accent");
}

/* Queries the trail again as the rows now say, from the newest record. */
static void
apply_filters (KrAuditPage *self, gint64 before_id)
{
  KrAuditFilter filter;

  read_filter (self, &filter);
  filter.before_id = before_id;
  kr_audit_model_set_filter (self->model, &filter);
  g_clear_pointer (&filter.since, g_date_time_unref);
  g_clear_pointer (&filter.until, g_date_time_unref);
  update_title (self);
}

static void
on_filter_changed_cb (KrAuditPage *self)
{
  if (self->updating || !self->allowed)
    return;

  self->pending_id = 0;
  g_clear_handle_id (&self->typing_id, g_source_remove);
  gtk_info_bar_set_revealed (self->start_bar, FALSE);
  apply_filters (self, 0);
}

/* A user name is read once the typing pauses, or at Enter: each query may read the whole log. */
#define TYPING_DELAY_MS 300

static gboolean
user_typed_cb (gpointer user_data)
{
  KrAuditPage *self = user_data;

  self->typing_id = 0;
  on_filter_changed_cb (self);
  return G_SOURCE_REMOVE;
}

static void
on_user_changed_cb (KrAuditPage *self)
{
  if (self->updating || !self->allowed)
    return;
  g_clear_handle_id (&self->typing_id, g_source_remove);
  self->typing_id = g_timeout_add (TYPING_DELAY_MS, user_typed_cb, self);
}

static void
on_user_activated_cb (KrAuditPage *self)
{
  if (self->typing_id == 0)
    return;
  g_clear_handle_id (&self->typing_id, g_source_remove);
  on_filter_changed_cb (self);
}

static void
clear_filter_rows (KrAuditPage *self)
{
  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->user_row), "");
  adw_combo_row_set_selected (self->entity_row, 0);
  adw_combo_row_set_selected (self->action_row, 0);
  kr_date_row_set_date (self->since_row, NULL);
  kr_date_row_set_date (self->until_row, NULL);
  self->updating = FALSE;
}

static void
filters_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrAuditPage *self = KR_AUDIT_PAGE (widget);

  if (!self->allowed)
    return;
  adw_leaflet_set_visible_child (self->leaflet, self->list_page);
  gtk_menu_button_popup (GTK_MENU_BUTTON (self->filter_button));
}

static void
clear_filters_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrAuditPage *self = KR_AUDIT_PAGE (widget);

  clear_filter_rows (self);
  on_filter_changed_cb (self);
}

/* States */

static void
update_state (KrAuditPage *self)
{
  const GError *error = kr_audit_model_get_error (self->model);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  const char *state;

  if (!self->allowed)
    state = "denied";
  else if (n > 0)
    state = "list";
  else if (error != NULL)
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      adw_status_page_set_description (self->error_page, markup);
      state = "error";
    }
  else if (kr_audit_model_get_loading (self->model))
    state = "loading";
  else if (is_filtered (kr_audit_model_get_filter (self->model)))
    state = "no-results";
  else
    state = "empty";

  gtk_spinner_set_spinning (self->spinner, g_str_equal (state, "loading"));
  gtk_stack_set_visible_child_name (self->list_stack, state);
  /* Details beside a list, never beside a page that says there is none. */
  adw_leaflet_set_can_unfold (self->leaflet,
                              self->side_by_side &&
                                  (g_str_equal (state, "list") || g_str_equal (state, "loading")));
}

static void
on_loading_changed_cb (KrAuditPage *self)
{
  update_state (self);
}

/* Selection and details */

static void
show_item (KrAuditPage *self, KrAuditItem *item)
{
  g_autofree char *number = NULL;
  g_autofree char *subtitle = NULL;

  kr_audit_record_view_set_item (self->record_view, item,
                                 item != NULL && kr_audit_item_get_id (item) == self->broken_id);
  if (item != NULL)
    {
      number = g_strdup_printf ("%" G_GINT64_FORMAT, kr_audit_item_get_id (item));
      /* Translators: the subtitle of an audit record's details; %s is its number */
      subtitle = g_strdup_printf (_ ("Record %s"), number);
    }
  adw_window_title_set_subtitle (self->detail_title, subtitle);
}

static void
on_selection_changed_cb (KrAuditPage *self)
{
  show_item (self, gtk_single_selection_get_selected_item (self->selection));
}

static void
on_row_activated_cb (KrAuditPage *self, guint position)
{
  gtk_single_selection_set_selected (self->selection, position);
  if (gtk_single_selection_get_selected_item (self->selection) != NULL)
    adw_leaflet_set_visible_child (self->leaflet, self->detail_page);
}

static void
on_items_changed_cb (KrAuditPage *self, guint position, guint removed, guint added)
{
  /* show_record() waits for its first page: select the record it asked for. */
  if (self->pending_id != 0 && g_list_model_get_n_items (G_LIST_MODEL (self->model)) > 0)
    {
      self->pending_id = 0;
      gtk_single_selection_set_selected (self->selection, 0);
      adw_leaflet_set_visible_child (self->leaflet, self->detail_page);
    }
  update_state (self);
}

static void
show_list_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrAuditPage *self = KR_AUDIT_PAGE (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->list_page);
}

/* Title buttons follow both leaflets: the window's (sidebar | section) and the page's own
 * (list | details). */
static void
update_chrome (KrAuditPage *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  gtk_widget_set_visible (self->back_button, self->window_folded);
  adw_header_bar_set_show_start_title_buttons (self->list_header, self->window_folded);
  adw_header_bar_set_show_end_title_buttons (self->list_header, folded);
  gtk_widget_set_visible (self->detail_back_button, folded);
  adw_header_bar_set_show_start_title_buttons (self->detail_header, folded && self->window_folded);
  /* Folded, a single click opens a record; side by side, it shows it beside the list. */
  gtk_column_view_set_single_click_activate (self->column_view, folded);
}

static gboolean
update_layout_idle_cb (gpointer user_data)
{
  KrAuditPage *self = user_data;

  self->layout_idle = 0;
  /* Taken out rather than hidden: GTK 4.8 still counts a hidden column's width when it shares
   * out the rest, and the other columns would not fill the list. */
  for (Column column = COLUMN_USER; column <= COLUMN_ACTION; column++)
    {
      GtkColumnViewColumn *view_column = self->columns[column];
      gboolean shown = gtk_column_view_column_get_column_view (view_column) != NULL;

      if (shown && self->narrow)
        gtk_column_view_remove_column (self->column_view, view_column);
      else if (!shown && !self->narrow)
        gtk_column_view_insert_column (self->column_view, column, view_column);
    }
  update_state (self);
  update_chrome (self);
  return G_SOURCE_REMOVE;
}

/* The page lays its child out itself, instead of AdwBin's layout manager, to see its width. */
static void
kr_audit_page_measure (GtkWidget *widget,
                       GtkOrientation orientation,
                       int for_size,
                       int *minimum,
                       int *natural,
                       int *minimum_baseline,
                       int *natural_baseline)
{
  gtk_widget_measure (adw_bin_get_child (ADW_BIN (widget)), orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
}

static void
kr_audit_page_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  KrAuditPage *self = KR_AUDIT_PAGE (widget);
  gboolean side_by_side = width >= SIDE_BY_SIDE_WIDTH;
  gboolean narrow = width < NARROW_WIDTH;

  gtk_widget_allocate (adw_bin_get_child (ADW_BIN (widget)), width, height, baseline, NULL);

  if (side_by_side == self->side_by_side && narrow == self->narrow)
    return;
  self->side_by_side = side_by_side;
  self->narrow = narrow;
  if (self->layout_idle == 0)
    self->layout_idle = g_idle_add (update_layout_idle_cb, self);
}

static void
on_leaflet_folded_cb (KrAuditPage *self)
{
  update_chrome (self);
}

/* Starting at a record */

static void
on_start_bar_response_cb (KrAuditPage *self, int response)
{
  gtk_info_bar_set_revealed (self->start_bar, FALSE);
  self->pending_id = 0;
  apply_filters (self, 0);
}

void
kr_audit_page_show_record (KrAuditPage *self, gint64 id)
{
  g_autofree char *number = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (KR_IS_AUDIT_PAGE (self));
  g_return_if_fail (id > 0);

  if (!self->allowed)
    return;

  clear_filter_rows (self);
  number = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  /* Translators: %s is the number of an audit record */
  text = g_strdup_printf (_ ("Showing record %s and the records before it."), number);
  gtk_label_set_label (self->start_label, text);
  gtk_info_bar_set_revealed (self->start_bar, TRUE);
  self->pending_id = id;
  apply_filters (self, id + 1);
}

void
kr_audit_page_set_broken_id (KrAuditPage *self, gint64 id)
{
  KrAuditItem *item;

  g_return_if_fail (KR_IS_AUDIT_PAGE (self));

  if (self->broken_id == id)
    return;
  self->broken_id = id;
  /* Rows bound from now on carry the mark, as do the details shown now. */
  item = gtk_single_selection_get_selected_item (self->selection);
  show_item (self, item);
}

/* Export: the records the filters select, written by a worker with a read-only connection
 * of its own, so that a log of millions does not freeze the window. */

static void
export_filter_free (KrAuditFilter *filter)
{
  kr_audit_model_clear_filter (filter);
  g_free (filter);
}

static gboolean
export_write (KrDatabase *database,
              const char *path,
              gpointer data,
              guint64 *n_written,
              GCancellable *cancellable,
              GError **error)
{
  return kr_audit_export_csv_file (database, data, path, n_written, cancellable, error);
}

static char *
export_message (const char *name, guint64 n_records)
{
  g_autofree char *count = g_strdup_printf ("%" G_GUINT64_FORMAT, n_records);

  /* Translators: %s are a number of records and a file name */
  return g_strdup_printf (ngettext ("%s record exported to “%s”", "%s records exported to “%s”",
                                    (gulong) MIN (n_records, G_MAXULONG)),
                          count, name);
}

void
_kr_audit_page_export_to (KrAuditPage *self,
                          const char *path,
                          GAsyncReadyCallback done,
                          gpointer user_data)
{
  KrAuditFilter *filter;

  g_return_if_fail (KR_IS_AUDIT_PAGE (self));
  g_return_if_fail (self->database != NULL);
  g_return_if_fail (path != NULL);

  filter = g_new0 (KrAuditFilter, 1);
  kr_audit_model_copy_filter (filter, kr_audit_model_get_filter (self->model));
  kr_export_job_run (GTK_WIDGET (self), self->database, path, export_write, filter,
                     (GDestroyNotify) export_filter_free, export_message, _kr_audit_page_export_to,
                     done, user_data);
}

static void
export_chosen (GtkWidget *widget, const char *path)
{
  KrAuditPage *self = KR_AUDIT_PAGE (widget);

  if (self->database != NULL)
    _kr_audit_page_export_to (self, path, NULL, NULL);
}

static void
export_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrAuditPage *self = KR_AUDIT_PAGE (widget);
  const KrExportFormat formats[] = { { _ ("CSV Files"), "*.csv" } };
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  /* Translators: the suggested name of an exported audit trail; %s is a date */
  g_autofree char *name = g_strdup_printf (_ ("audit-trail-%s.csv"), date);

  if (self->database == NULL || !self->allowed)
    return;

  kr_export_chooser_show (widget, &self->chooser, _ ("Export the Audit Trail"), formats,
                          G_N_ELEMENTS (formats), name, export_chosen);
}

/* Database */

void
kr_audit_page_set_database (KrAuditPage *self, KrDatabase *database)
{
  g_return_if_fail (KR_IS_AUDIT_PAGE (self));
  g_return_if_fail (database == NULL || KR_IS_DATABASE (database));

  g_set_object (&self->database, database);
  self->allowed = database != NULL && kr_audit_format_may_read_trail (database);
  self->pending_id = 0;

  /* Nothing of a previous user's query survives a change of database or of who signed in. */
  kr_audit_model_set_database (self->model, NULL);
  clear_filter_rows (self);
  gtk_info_bar_set_revealed (self->start_bar, FALSE);
  apply_filters (self, 0);
  adw_leaflet_set_visible_child (self->leaflet, self->list_page);
  kr_audit_model_set_database (self->model, self->allowed ? database : NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "audit.export", self->allowed);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "audit.clear-filters", self->allowed);
  gtk_widget_set_sensitive (self->filter_button, self->allowed);
  update_state (self);
}

KrAuditModel *
kr_audit_page_get_model (KrAuditPage *self)
{
  g_return_val_if_fail (KR_IS_AUDIT_PAGE (self), NULL);

  return self->model;
}

const char *
kr_audit_page_get_state (KrAuditPage *self)
{
  g_return_val_if_fail (KR_IS_AUDIT_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->list_stack);
}

static void
kr_audit_page_map (GtkWidget *widget)
{
  KrAuditPage *self = KR_AUDIT_PAGE (widget);

  GTK_WIDGET_CLASS (kr_audit_page_parent_class)->map (widget);

  /* Coming back to the section shows what was changed meanwhile. */
  if (self->allowed && self->pending_id == 0 && !gtk_info_bar_get_revealed (self->start_bar))
    kr_audit_model_reload_if_changed (self->model);
}

static void
kr_audit_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KrAuditPage *self = KR_AUDIT_PAGE (object);

  switch (prop_id)
    {
    case PROP_FOLDED:
      g_value_set_boolean (value, self->window_folded);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_audit_page_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  KrAuditPage *self = KR_AUDIT_PAGE (object);

  switch (prop_id)
    {
    case PROP_FOLDED:
      if (self->window_folded == g_value_get_boolean (value))
        return;
      self->window_folded = g_value_get_boolean (value);
      update_chrome (self);
      g_object_notify_by_pspec (object, pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_audit_page_dispose (GObject *object)
{
  KrAuditPage *self = KR_AUDIT_PAGE (object);

  /* The model may outlive the page while a worker finishes a page: let go of the database
   * now. */
  if (self->model != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->model, self);
      kr_audit_model_set_database (self->model, NULL);
    }
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->database);
  g_clear_handle_id (&self->layout_idle, g_source_remove);
  g_clear_handle_id (&self->typing_id, g_source_remove);
  /* No gtk_widget_dispose_template (): AdwBin unparents its child itself (libadwaita 1.2). */

  G_OBJECT_CLASS (kr_audit_page_parent_class)->dispose (object);
}

static void
kr_audit_page_finalize (GObject *object)
{
  KrAuditPage *self = KR_AUDIT_PAGE (object);

  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  for (guint i = 0; i < N_COLUMNS; i++)
    g_clear_object (&self->columns[i]);

  G_OBJECT_CLASS (kr_audit_page_parent_class)->finalize (object);
}

static void
kr_audit_page_class_init (KrAuditPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_audit_page_dispose;
  object_class->finalize = kr_audit_page_finalize;
  object_class->get_property = kr_audit_page_get_property;
  object_class->set_property = kr_audit_page_set_property;
  widget_class->map = kr_audit_page_map;
  widget_class->measure = kr_audit_page_measure;
  widget_class->size_allocate = kr_audit_page_size_allocate;

  /* Set by the window while its sidebar is folded away: the list then shows a back button. */
  properties[PROP_FOLDED] =
      g_param_spec_boolean ("folded", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KR_TYPE_AUDIT_RECORD_VIEW);
  g_type_ensure (KR_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/karier/Karier/audit/kr-audit-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KrAuditPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, KrAuditPage, list_page);
  gtk_widget_class_bind_template_child (widget_class, KrAuditPage, list_header);
  gtk_widget_class_bind_template_child (widget_class, KrAuditPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, KrAuditPage, list_title);
  gtk_widget_class_bind_template_child (widget_class, KrAuditPage, export_button);
  gtk_widget_class_bind_template_child (widget_class, KrAuditPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, KrAuditPage, user_row);
  gtk_widget_class_bind_template_child (widget_class, KrAuditPage, entity_row);
  gtk_widget_class_bind_template_child (widget_class, KrAuditPage, action_row);
  gtk_widget_class_bind_template_child (widget_class, KrAuditPage, since_row);
  gtk_widget_class_bind_template_child (widget_class, KrAuditPage, until_row);
  gtk_widget_class_bind_template_child (widget_class, KrAuditPage, start_bar);
  gtk_widget_class_bind_template_child (widget_class, KrAuditPage, start_label);
  gtk_widget_class_bind_template_child (widget_class, KrAuditPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, KrAuditPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, KrAuditPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, KrAuditPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, KrAuditPage, detail_page);
  gtk_widget_class_bind_template_child (widget_class, KrAuditPage, detail_header);
  gtk_widget_class_bind_template_child (widget_class, KrAuditPage, detail_back_button);
  gtk_widget_class_bind_template_child (widget_class, KrAuditPage, detail_title);
  gtk_widget_class_bind_template_child (widget_class, KrAuditPage, record_view);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_user_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_user_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_start_bar_response_cb);

  gtk_widget_class_install_action (widget_class, "audit.export", NULL, export_action_cb);
  gtk_widget_class_install_action (widget_class, "audit.clear-filters", NULL,
                                   clear_filters_action_cb);
  gtk_widget_class_install_action (widget_class, "audit.show-list", NULL, show_list_action_cb);
  gtk_widget_class_install_action (widget_class, "audit.filters", NULL, filters_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "audit.filters",
                                       NULL);
}

static void
kr_audit_page_init (KrAuditPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);

  self->model = kr_audit_model_new ();
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (on_selection_changed_cb), self);
  g_signal_connect_swapped (self->model, "items-changed", G_CALLBACK (on_items_changed_cb), self);
  g_signal_connect_swapped (self->model, "notify::loading", G_CALLBACK (on_loading_changed_cb),
                            self);
  gtk_info_bar_add_button (self->start_bar, _ ("Show _Newest"), GTK_RESPONSE_CLOSE);

  build_columns (self);
  build_filters (self);
  /* Until the first allocation says otherwise: the list alone, every column. */
  adw_leaflet_set_can_unfold (self->leaflet, FALSE);
  update_chrome (self);
  kr_audit_page_set_database (self, NULL);
}

GtkWidget *
kr_audit_page_new (void)
{
  return g_object_new (KR_TYPE_AUDIT_PAGE, NULL);
}
