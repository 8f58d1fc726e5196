/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-audit-history-view"

#include "config.h"

#include "kr-audit-history-view.h"

#include <glib/gi18n.h>

/* A card lists this many fields, then says how many more the record changed. */
#define CARD_FIELDS 6

struct _KrAuditHistoryView
{
  AdwBin parent_instance;

  KrDatabase *database;
  gint64 employee_id;
  KrAuditModel *model;
  /* The history must be read again once the view is on screen. */
  gboolean stale;

  GtkStack *stack;
  GtkListView *list_view;
  GtkSpinner *spinner;
  AdwStatusPage *error_page;
};

G_DEFINE_FINAL_TYPE (KrAuditHistoryView, kr_audit_history_view, ADW_TYPE_BIN)

/* Cards */

typedef struct
{
  GtkLabel *title;
  GtkLabel *time;
  GtkLabel *author;
  GtkLabel *changes;
} Card;

static GtkLabel *
add_label (GtkBox *box, const char *style)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  gtk_box_append (box, label);
  return GTK_LABEL (label);
}

static void
setup_card_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  Card *parts = g_new0 (Card, 1);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_set_margin_top (card, 6);
  gtk_widget_set_margin_bottom (card, 6);
  /* The padding inside the card. */
  gtk_box_append (GTK_BOX (card), top);
  gtk_widget_set_margin_top (top, 12);
  gtk_widget_set_margin_start (top, 12);
  gtk_widget_set_margin_end (top, 12);

  parts->title = add_label (GTK_BOX (top), "heading");
  gtk_widget_set_hexpand (GTK_WIDGET (parts->title), TRUE);
  parts->time = add_label (GTK_BOX (top), "dim-label");
  gtk_label_set_wrap (parts->time, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (parts->time), "numeric");
  gtk_widget_set_valign (GTK_WIDGET (parts->time), GTK_ALIGN_START);
  parts->author = add_label (GTK_BOX (card), "dim-label");
  parts->changes = add_label (GTK_BOX (card), NULL);
  gtk_label_set_selectable (parts->changes, TRUE);
  for (GtkWidget *w = gtk_widget_get_next_sibling (top); w != NULL;
       w = gtk_widget_get_next_sibling (w))
    {
      gtk_widget_set_margin_start (w, 12);
      gtk_widget_set_margin_end (w, 12);
    }
  gtk_widget_set_margin_bottom (GTK_WIDGET (parts->changes), 12);

  g_object_set_data_full (G_OBJECT (card), "card", parts, g_free);
  gtk_list_item_set_child (item, card);
  /* Nothing to open: the card says it all. */
  gtk_list_item_set_activatable (item, FALSE);
  gtk_list_item_set_selectable (item, FALSE);
}

static char *
format_changes (KrAuditItem *item)
{
  GPtrArray *changes = kr_audit_item_get_changes (item);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < changes->len && i < CARD_FIELDS; i++)
    {
      g_autofree char *line = kr_audit_item_change_to_markup (g_ptr_array_index (changes, i));

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, line);
    }
  if (changes->len > CARD_FIELDS)
    {
      guint more = changes->len - CARD_FIELDS;
      g_autofree char *line =
          g_strdup_printf (ngettext ("and %u more field", "and %u more fields", more), more);

      g_string_append_printf (text, "\n<span alpha=\"60%%\">%s</span>", line);
    }
  return g_string_free (text, FALSE);
}

static void
bind_card_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer user_data)
{
  KrAuditItem *item = gtk_list_item_get_item (list_item);
  Card *parts = g_object_get_data (G_OBJECT (gtk_list_item_get_child (list_item)), "card");
  const char *user;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  g_autofree char *changes = NULL;

  if (item == NULL)
    return;

  user = kr_audit_item_get_user_name (item);
  /* Translators: the heading of a change in an employee's history, “Changed · Rank history” */
  title = g_strdup_printf (_ ("%s · %s"), kr_audit_item_get_action_text (item),
                           kr_audit_item_get_entity_text (item));
  gtk_label_set_label (parts->title, title);
  gtk_label_set_label (parts->time, kr_audit_item_get_time_text (item));
  gtk_widget_set_tooltip_text (GTK_WIDGET (parts->time), kr_audit_item_get_full_time_text (item));
  if (user != NULL)
    /* Translators: who made a change, “by admin” */
    author = g_strdup_printf (_ ("by %s"), user);
  gtk_label_set_label (parts->author, author);
  gtk_widget_set_visible (GTK_WIDGET (parts->author), author != NULL);
  changes = format_changes (item);
  gtk_label_set_markup (parts->changes, changes);
  gtk_widget_set_visible (GTK_WIDGET (parts->changes), changes[0] != '\0');
}

/* States */

static void
update_state (KrAuditHistoryView *self)
{
  const GError *error = kr_audit_model_get_error (self->model);
  const char *state;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->model)) > 0)
    state = "list";
  else if (error != NULL)
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      adw_status_page_set_description (self->error_page, markup);
      state = "error";
    }
  else if (kr_audit_model_get_loading (self->model) || self->stale)
    state = "loading";
  else
    state = "empty";

  gtk_spinner_set_spinning (self->spinner, g_str_equal (state, "loading"));
  gtk_stack_set_visible_child_name (self->stack, state);
}

static void
load (KrAuditHistoryView *self)
{
  KrAuditFilter filter = { 0 };

  self->stale = FALSE;
  filter.employee_id = self->employee_id;
  kr_audit_model_set_database (self->model, NULL);
  kr_audit_model_set_filter (self->model, &filter);
  kr_audit_model_set_database (self->model, self->database);
  update_state (self);
}

/* Reads again once on screen; another employee's records never show meanwhile. */
static void
invalidate (KrAuditHistoryView *self)
{
  kr_audit_model_set_database (self->model, NULL);
  self->stale = self->database != NULL && self->employee_id != 0;
  if (self->stale && gtk_widget_get_mapped (GTK_WIDGET (self)))
    load (self);
  update_state (self);
}

void
kr_audit_history_view_set_database (KrAuditHistoryView *self, KrDatabase *database)
{
  g_return_if_fail (KR_IS_AUDIT_HISTORY_VIEW (self));
  g_return_if_fail (database == NULL || KR_IS_DATABASE (database));

  if (self->database == database)
    return;
  g_set_object (&self->database, database);
  invalidate (self);
}

void
kr_audit_history_view_set_employee_id (KrAuditHistoryView *self, gint64 employee_id)
{
  g_return_if_fail (KR_IS_AUDIT_HISTORY_VIEW (self));
  g_return_if_fail (employee_id >= 0);

  self->employee_id = employee_id;
  invalidate (self);
}

KrAuditModel *
kr_audit_history_view_get_model (KrAuditHistoryView *self)
{
  g_return_val_if_fail (KR_IS_AUDIT_HISTORY_VIEW (self), NULL);

  return self->model;
}

const char *
kr_audit_history_view_get_state (KrAuditHistoryView *self)
{
  g_return_val_if_fail (KR_IS_AUDIT_HISTORY_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

static void
kr_audit_history_view_map (GtkWidget *widget)
{
  KrAuditHistoryView *self = KR_AUDIT_HISTORY_VIEW (widget);

  GTK_WIDGET_CLASS (kr_audit_history_view_parent_class)->map (widget);

  if (self->stale)
    load (self);
}

static void
kr_audit_history_view_dispose (GObject *object)
{
  KrAuditHistoryView *self = KR_AUDIT_HISTORY_VIEW (object);

  /* A worker may still hold the model: it must not keep the database. */
  if (self->model != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->model, self);
      kr_audit_model_set_database (self->model, NULL);
    }
  g_clear_object (&self->database);

  G_OBJECT_CLASS (kr_audit_history_view_parent_class)->dispose (object);
}

static void
kr_audit_history_view_finalize (GObject *object)
{
  KrAuditHistoryView *self = KR_AUDIT_HISTORY_VIEW (object);

  g_clear_object (&self->model);

  G_OBJECT_CLASS (kr_audit_history_view_parent_class)->finalize (object);
}

static void
kr_audit_history_view_class_init (KrAuditHistoryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_audit_history_view_dispose;
  object_class->finalize = kr_audit_history_view_finalize;
  widget_class->map = kr_audit_history_view_map;

  gtk_widget_class_set_template_from_resource (
      widget_class, "/io/github/karier/Karier/audit/kr-audit-history-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KrAuditHistoryView, stack);
  gtk_widget_class_bind_template_child (widget_class, KrAuditHistoryView, list_view);
  gtk_widget_class_bind_template_child (widget_class, KrAuditHistoryView, spinner);
  gtk_widget_class_bind_template_child (widget_class, KrAuditHistoryView, error_page);
}

static void
kr_audit_history_view_init (KrAuditHistoryView *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkNoSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->model = kr_audit_model_new ();
  /* An employee's history is short; fewer records a page keep the first one quick. */
  kr_audit_model_set_page_size (self->model, 50);
  g_signal_connect_swapped (self->model, "items-changed", G_CALLBACK (update_state), self);
  g_signal_connect_swapped (self->model, "notify::loading", G_CALLBACK (update_state), self);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_card_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_card_cb), NULL);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  /* Cards on the window's background, as the profile's other views show their groups; the
   * style class makes the list transparent and pads its rows. */
  gtk_widget_add_css_class (GTK_WIDGET (self->list_view), "navigation-sidebar");
  g_object_unref (factory);
  g_object_unref (selection);
  update_state (self);
}

GtkWidget *
kr_audit_history_view_new (void)
{
  return g_object_new (KR_TYPE_AUDIT_HISTORY_VIEW, NULL);
}
