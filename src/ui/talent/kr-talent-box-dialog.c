/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-talent-box-dialog"

#include "config.h"

#include "kr-talent-box-dialog.h"

#include <glib/gi18n.h>

#include "kr-nip.h"
#include "kr-promotions-common.h"
#include "kr-talent-assessment-dialog.h"
#include "kr-talent-assessment-list.h"
#include "kr-training-widgets.h"

struct _KrTalentBoxDialog
{
  AdwWindow parent_instance;

  KrDatabase *database;
  KrTalentRepository *talent;
  KrTalentEntryModel *model;
  gint64 employee_id;
  char *reasons;

  AdwLeaflet *leaflet;
  GtkSearchEntry *search_entry;
  GtkWidget *list_page;
  GtkWidget *detail_page;
  AdwWindowTitle *detail_title;
  GtkLabel *count_label;
  GtkStack *stack;
  AdwStatusPage *empty_page;
  AdwPreferencesGroup *placement_group;
  GtkListBox *reasons_list;
  GtkWidget *assess_button;
  KrTalentAssessmentList *assessments;
};

G_DEFINE_FINAL_TYPE (KrTalentBoxDialog, kr_talent_box_dialog, ADW_TYPE_WINDOW)

/* The list */

static void
bind_row_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer user_data)
{
  const KrTalentEntry *entry = kr_talent_item_get_entry (gtk_list_item_get_item (list_item));
  g_autofree char *nip = kr_nip_format_digits (entry->nip);
  g_autofree char *first = NULL;
  g_autofree char *third = NULL;

  first = entry->has_rank
              ? g_strdup_printf ("%s · %s", entry->name, kr_rank_get_golongan (entry->rank))
              : g_strdup (entry->name);
  third = g_strdup_printf ("%s — %s", entry->position_name != NULL ? entry->position_name : "—",
                           entry->unit_name != NULL ? entry->unit_name : "—");
  kr_training_three_lines_set (list_item, first, nip, third);
}

static void
on_activate_cb (GtkListView *view, guint position, KrTalentBoxDialog *self)
{
  g_autoptr (KrTalentItem) item = g_list_model_get_item (G_LIST_MODEL (self->model), position);

  if (item != NULL)
    kr_talent_box_dialog_show_placement (self, kr_talent_item_get_entry (item)->employee_id);
}

static void
on_model_changed_cb (KrTalentBoxDialog *self)
{
  KrPagedModel *model = KR_PAGED_MODEL (self->model);
  const GError *error = kr_paged_model_get_error (model);
  guint count = kr_paged_model_get_count (model);
  g_autofree char *text = NULL;

  if (error != NULL)
    {
      adw_status_page_set_icon_name (self->empty_page, "dialog-warning-symbolic");
      adw_status_page_set_title (self->empty_page, _ ("The List Cannot Be Read"));
      adw_status_page_set_description (self->empty_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  if (!kr_paged_model_get_counted (model))
    {
      gtk_label_set_label (self->count_label, _ ("Reading…"));
      return;
    }
  text = g_strdup_printf (ngettext ("%u employee", "%u employees", count), count);
  gtk_label_set_label (self->count_label, text);
  if (count == 0)
    {
      gboolean searching = kr_talent_entry_model_get_query (self->model)->search != NULL;

      adw_status_page_set_icon_name (self->empty_page, searching ? "system-search-symbolic"
                                                                 : "system-users-symbolic");
      adw_status_page_set_title (self->empty_page, searching ? _ ("No Match") : _ ("Nobody Here"));
      adw_status_page_set_description (
          self->empty_page, searching ? _ ("Nobody here has such a name or NIP.") : NULL);
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  else
    gtk_stack_set_visible_child_name (self->stack, "list");
}

/* The search: a name or NIP prefix, in SQL (KrTalentQuery.search) */

static void
apply_search (KrTalentBoxDialog *self)
{
  KrTalentQuery query = *kr_talent_entry_model_get_query (self->model);
  g_autofree char *text =
      g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));

  if (g_strcmp0 (query.search != NULL ? query.search : "", text) == 0)
    return;
  query.search = text[0] != '\0' ? text : NULL;
  kr_talent_entry_model_set_query (self->model, &query);
}

void
kr_talent_box_dialog_set_search (KrTalentBoxDialog *self, const char *text)
{
  g_return_if_fail (KR_IS_TALENT_BOX_DIALOG (self));

  g_signal_handlers_block_by_func (self->search_entry, apply_search, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  g_signal_handlers_unblock_by_func (self->search_entry, apply_search, self);
  apply_search (self);
}

/* The placement of one employee: a short read of one row on the main connection */

static void
show_error (KrTalentBoxDialog *self, const char *message)
{
  GtkWidget *row = kr_training_row_new (message, NULL);

  gtk_widget_add_css_class (row, "error");
  gtk_list_box_append (self->reasons_list, row);
}

void
kr_talent_box_dialog_show_placement (KrTalentBoxDialog *self, gint64 employee_id)
{
  guint year;
  g_autoptr (GError) error = NULL;
  g_autoptr (KrTalentPlacement) placement = NULL;
  GString *reasons = g_string_new (NULL);
  g_autofree char *title = NULL;

  g_return_if_fail (KR_IS_TALENT_BOX_DIALOG (self));

  year = kr_talent_entry_model_get_query (self->model)->year;
  self->employee_id = employee_id;
  kr_training_clear_list (self->reasons_list);
  placement = kr_talent_repository_get_placement (self->talent, employee_id, year, &error);
  if (placement == NULL)
    show_error (self, error->message);
  else
    {
      if (placement->box != 0)
        /* Translators: "Box 7 (year 2025)" */
        title = g_strdup_printf (_ ("Box %u (year %u)"), placement->box, placement->year);
      else
        title = g_strdup_printf ("%s (%u)", kr_talent_status_get_label (placement->status),
                                 placement->year);
      adw_preferences_group_set_title (self->placement_group, title);
      adw_preferences_group_set_description (self->placement_group, placement->follow_up);
      for (guint i = 0; i < placement->reasons->len; i++)
        {
          const char *reason = g_ptr_array_index (placement->reasons, i);

          gtk_list_box_append (self->reasons_list, kr_training_row_new (reason, NULL));
          g_string_append_printf (reasons, "%s%s", reasons->len > 0 ? "\n" : "", reason);
        }
    }
  g_free (self->reasons);
  self->reasons = g_string_free (reasons, FALSE);
  kr_talent_assessment_list_set_employee (self->assessments, employee_id);
  adw_leaflet_set_visible_child (self->leaflet, self->detail_page);
}

static void
back_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTalentBoxDialog *self = KR_TALENT_BOX_DIALOG (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->list_page);
  g_clear_pointer (&self->reasons, g_free);
}

static void
profile_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTalentBoxDialog *self = KR_TALENT_BOX_DIALOG (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (parent == NULL || self->employee_id == 0)
    return;
  if (gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-employee", "x", self->employee_id))
    gtk_window_close (GTK_WINDOW (self));
}

static void
assess_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTalentBoxDialog *self = KR_TALENT_BOX_DIALOG (widget);

  gtk_window_present (GTK_WINDOW (kr_talent_assessment_dialog_new (
      GTK_WINDOW (self), self->database, self->talent, self->employee_id)));
}

static void
on_talent_changed_cb (KrTalentRepository *talent, guint mask, KrTalentBoxDialog *self)
{
  if (!(mask & (KR_TALENT_CHANGE_ASSESSMENTS | KR_TALENT_CHANGE_SETTINGS)))
    return;
  kr_paged_model_start_over (KR_PAGED_MODEL (self->model));
  if (self->reasons != NULL && self->employee_id != 0)
    kr_talent_box_dialog_show_placement (self, self->employee_id);
}

/* Building */

static GtkWidget *
build_list_page (KrTalentBoxDialog *self, const char *title)
{
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkNoSelection *selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->model)));
  GtkWidget *view = gtk_list_view_new (GTK_SELECTION_MODEL (selection), factory);
  GtkWidget *scroll = gtk_scrolled_window_new ();
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (title, NULL));
  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search_entry, "placeholder-text", _ ("Search by name or NIP"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Search by name or NIP"), -1);
  gtk_widget_set_hexpand (GTK_WIDGET (self->search_entry), TRUE);
  gtk_widget_set_margin_start (toolbar, 6);
  gtk_widget_set_margin_end (toolbar, 6);
  gtk_widget_set_margin_top (toolbar, 6);
  gtk_box_append (GTK_BOX (toolbar), GTK_WIDGET (self->search_entry));
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (apply_search), self);
  gtk_search_entry_set_key_capture_widget (self->search_entry, page);
  g_signal_connect (factory, "setup", G_CALLBACK (kr_training_three_lines_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_single_click_activate (GTK_LIST_VIEW (view), TRUE);
  gtk_widget_add_css_class (view, "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_signal_connect (view, "activate", G_CALLBACK (on_activate_cb), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), view);
  gtk_widget_set_vexpand (scroll, TRUE);
  self->count_label = kr_training_count_label_new ();
  gtk_box_append (GTK_BOX (page), header);
  gtk_box_append (GTK_BOX (page),
                  kr_training_list_page_new (toolbar, GTK_WIDGET (self->count_label), scroll,
                                             &self->stack, &self->empty_page));
  return page;
}

static GtkWidget *
build_detail_page (KrTalentBoxDialog *self)
{
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *back = gtk_button_new_from_icon_name ("go-previous-symbolic");
  GtkWidget *prefs = adw_preferences_page_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *profile = gtk_button_new_with_mnemonic (_ ("Open _Profile"));

  gtk_widget_set_tooltip_text (back, _ ("Back to the List"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (back), "box.back");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), back);
  self->detail_title = ADW_WINDOW_TITLE (adw_window_title_new (_ ("Placement"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->detail_title));
  self->placement_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  self->reasons_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->reasons_list), "boxed-list");
  gtk_list_box_set_selection_mode (self->reasons_list, GTK_SELECTION_NONE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->reasons_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Placement reasons"), -1);
  adw_preferences_group_add (self->placement_group, GTK_WIDGET (self->reasons_list));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (profile), "box.profile");
  self->assess_button = gtk_button_new_with_mnemonic (_ ("Record _Assessment…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->assess_button), "box.assess");
  gtk_widget_add_css_class (profile, "pill");
  gtk_widget_add_css_class (self->assess_button, "pill");
  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (buttons, 12);
  gtk_box_append (GTK_BOX (buttons), profile);
  gtk_box_append (GTK_BOX (buttons), self->assess_button);
  adw_preferences_group_add (self->placement_group, buttons);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (prefs), self->placement_group);
  self->assessments =
      KR_TALENT_ASSESSMENT_LIST (kr_talent_assessment_list_new (self->database, self->talent));
  {
    GtkWidget *group = adw_preferences_group_new ();

    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->assessments));
    adw_preferences_page_add (ADW_PREFERENCES_PAGE (prefs), ADW_PREFERENCES_GROUP (group));
  }
  gtk_widget_set_vexpand (prefs, TRUE);
  gtk_box_append (GTK_BOX (page), header);
  gtk_box_append (GTK_BOX (page), prefs);
  return page;
}

KrTalentBoxDialog *
kr_talent_box_dialog_new (GtkWindow *parent,
                          KrDatabase *database,
                          KrTalentRepository *talent,
                          const KrTalentQuery *query,
                          const char *title)
{
  KrTalentBoxDialog *self;

  g_return_val_if_fail (KR_IS_DATABASE (database), NULL);
  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (talent), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  self = g_object_new (KR_TYPE_TALENT_BOX_DIALOG, "transient-for", parent, "modal", FALSE,
                       "default-width", 560, "default-height", 640, "title", title, NULL);
  self->database = g_object_ref (database);
  self->talent = g_object_ref (talent);
  g_signal_connect_object (talent, "changed", G_CALLBACK (on_talent_changed_cb), self, 0);
  self->leaflet = ADW_LEAFLET (adw_leaflet_new ());
  adw_leaflet_set_can_unfold (self->leaflet, FALSE);
  adw_leaflet_set_can_navigate_back (self->leaflet, TRUE);
  self->list_page = build_list_page (self, title);
  self->detail_page = build_detail_page (self);
  adw_leaflet_append (self->leaflet, self->list_page);
  adw_leaflet_append (self->leaflet, self->detail_page);
  {
    GtkWidget *overlay = adw_toast_overlay_new ();

    adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (self->leaflet));
    adw_window_set_content (ADW_WINDOW (self), overlay);
  }
  gtk_widget_set_sensitive (self->assess_button,
                            kr_training_can (database, KR_PERMISSION_WRITE_TALENT));
  g_signal_connect_object (self->model, "items-changed", G_CALLBACK (on_model_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->model, "notify::loading", G_CALLBACK (on_model_changed_cb), self,
                           G_CONNECT_SWAPPED);
  kr_paged_model_set_database (KR_PAGED_MODEL (self->model), database);
  kr_talent_entry_model_set_query (self->model, query);
  on_model_changed_cb (self);
  return self;
}

KrTalentEntryModel *
kr_talent_box_dialog_get_model (KrTalentBoxDialog *self)
{
  g_return_val_if_fail (KR_IS_TALENT_BOX_DIALOG (self), NULL);
  return self->model;
}

KrTalentAssessmentList *
kr_talent_box_dialog_get_assessments (KrTalentBoxDialog *self)
{
  g_return_val_if_fail (KR_IS_TALENT_BOX_DIALOG (self), NULL);
  return self->assessments;
}

const char *
kr_talent_box_dialog_get_reasons (KrTalentBoxDialog *self)
{
  g_return_val_if_fail (KR_IS_TALENT_BOX_DIALOG (self), NULL);
  return self->reasons != NULL ? self->reasons : "";
}

static void
kr_talent_box_dialog_dispose (GObject *object)
{
  KrTalentBoxDialog *self = KR_TALENT_BOX_DIALOG (object);

  if (self->model != NULL)
    kr_paged_model_set_database (KR_PAGED_MODEL (self->model), NULL);
  g_clear_object (&self->model);
  g_clear_object (&self->talent);
  g_clear_object (&self->database);
  g_clear_pointer (&self->reasons, g_free);

  G_OBJECT_CLASS (kr_talent_box_dialog_parent_class)->dispose (object);
}

static void
kr_talent_box_dialog_class_init (KrTalentBoxDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kr_talent_box_dialog_dispose;
  gtk_widget_class_install_action (widget_class, "box.back", NULL, back_action_cb);
  gtk_widget_class_install_action (widget_class, "box.profile", NULL, profile_action_cb);
  gtk_widget_class_install_action (widget_class, "box.assess", NULL, assess_action_cb);
}

static void
kr_talent_box_dialog_init (KrTalentBoxDialog *self)
{
  self->model = kr_talent_entry_model_new ();
  gtk_widget_add_controller (GTK_WIDGET (self), kr_promotions_escape_closes ());
}
