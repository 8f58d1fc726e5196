/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-catalogue"

#include "config.h"

#include "kr-training-catalogue-private.h"

#include <glib/gi18n.h>

#include "kr-training-item.h"

G_DEFINE_FINAL_TYPE (KrTrainingCatalogue, kr_training_catalogue, ADW_TYPE_BIN)

/* The course list */

static void
setup_course_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 36);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0.0f);
  gtk_label_set_max_width_chars (GTK_LABEL (subtitle), 36);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_item_set_child (item, box);
}

static void
bind_course_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  KrTrainingItem *training_item = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  const KrCourse *course = kr_training_item_get_value (training_item);
  g_autofree char *sessions = g_strdup_printf (
      ngettext ("%u session", "%u sessions", course->n_sessions), course->n_sessions);
  g_autofree char *text = NULL;

  /* Translators: a course in the list: "Technical guidance (bimtek) · 24 JP · 3 sessions" */
  text = g_strdup_printf (_ ("%s · %u JP · %s"), kr_training_form_get_label (course->form),
                          course->jp, sessions);
  if (course->retired)
    {
      g_autofree char *retired = g_strdup_printf (_ ("%s (retired)"), course->title);

      gtk_label_set_text (GTK_LABEL (title), retired);
    }
  else
    gtk_label_set_text (GTK_LABEL (title), course->title);
  gtk_label_set_text (GTK_LABEL (subtitle), text);
  gtk_widget_set_opacity (box, course->retired ? 0.6 : 1.0);
  gtk_widget_set_tooltip_text (box, course->title);
}

static const KrCourse *
selected_course (KrTrainingCatalogue *self)
{
  KrTrainingItem *item = gtk_single_selection_get_selected_item (self->selection);

  return item != NULL ? kr_training_item_get_value (item) : NULL;
}

static void
on_selected_cb (KrTrainingCatalogue *self)
{
  const KrCourse *course = selected_course (self);

  if (self->filling)
    return;
  g_clear_pointer (&self->course, kr_course_free);
  self->course = course != NULL ? kr_course_copy (course) : NULL;
  _kr_training_catalogue_show_course (self);
  adw_leaflet_set_visible_child (self->detail_leaflet, self->course_page);
}

static void
on_course_activated_cb (KrTrainingCatalogue *self, guint position)
{
  gtk_single_selection_set_selected (self->selection, position);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->detail_leaflet));
}

static void
read_courses (KrTrainingCatalogue *self)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  gboolean retired = gtk_check_button_get_active (self->retired_check);
  gint64 chosen = self->course != NULL ? self->course->id : 0;
  g_autoptr (GPtrArray) courses = NULL;
  g_autoptr (GError) error = NULL;
  guint n;

  if (self->training == NULL)
    {
      g_list_store_remove_all (self->courses);
      return;
    }
  /* The catalogue holds tens of courses, not thousands: one short read on the main thread. */
  courses = kr_training_repository_list_courses (self->training, search[0] != '\0' ? search : NULL,
                                                 retired, &error);
  if (courses == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->courses_stack, "error");
      return;
    }
  self->filling = TRUE;
  kr_training_item_fill_store (self->courses, courses, (GDestroyNotify) kr_course_free);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->courses));
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KrTrainingItem) item = g_list_model_get_item (G_LIST_MODEL (self->courses), i);

      if (((KrCourse *) kr_training_item_get_value (item))->id == chosen)
        gtk_single_selection_set_selected (self->selection, i);
    }
  self->filling = FALSE;
  if (n > 0)
    gtk_stack_set_visible_child_name (self->courses_stack, "list");
  else
    gtk_stack_set_visible_child_name (self->courses_stack,
                                      search[0] == '\0' ? "empty" : "no-results");
}

static void
on_search_changed_cb (KrTrainingCatalogue *self)
{
  read_courses (self);
}

void
kr_training_catalogue_reload (KrTrainingCatalogue *self)
{
  g_autoptr (GError) error = NULL;

  g_return_if_fail (KR_IS_TRAINING_CATALOGUE (self));

  read_courses (self);
  if (self->course != NULL && self->training != NULL)
    {
      KrCourse *course = kr_training_repository_get_course (self->training, self->course->id, NULL);

      g_clear_pointer (&self->course, kr_course_free);
      self->course = course;
    }
  _kr_training_catalogue_show_course (self);
  if (adw_leaflet_get_visible_child (self->detail_leaflet) == GTK_WIDGET (self->session_view))
    kr_training_session_view_reload (self->session_view);
}

static void
on_training_changed_cb (KrTrainingRepository *training, guint mask, KrTrainingCatalogue *self)
{
  if ((mask & (KR_TRAINING_CHANGE_COURSES | KR_TRAINING_CHANGE_SESSIONS |
               KR_TRAINING_CHANGE_ENROLMENTS | KR_TRAINING_CHANGE_BUDGETS)) != 0)
    kr_training_catalogue_reload (self);
}

/* Actions */

void
kr_training_catalogue_focus_search (KrTrainingCatalogue *self)
{
  g_return_if_fail (KR_IS_TRAINING_CATALOGUE (self));

  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
search_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  kr_training_catalogue_focus_search (KR_TRAINING_CATALOGUE (widget));
}

static void
show_list_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTrainingCatalogue *self = KR_TRAINING_CATALOGUE (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
  gtk_widget_grab_focus (GTK_WIDGET (self->courses_view));
}

static void
show_course_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTrainingCatalogue *self = KR_TRAINING_CATALOGUE (widget);

  kr_training_catalogue_reload (self);
  adw_leaflet_set_visible_child (self->detail_leaflet, self->course_page);
}

static void
reload_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  kr_training_catalogue_reload (KR_TRAINING_CATALOGUE (widget));
}

/* Public */

void
kr_training_catalogue_set_repositories (KrTrainingCatalogue *self,
                                        KrTrainingRepository *training,
                                        KrEmployeeRepository *employees,
                                        KrUnitRepository *units)
{
  g_return_if_fail (KR_IS_TRAINING_CATALOGUE (self));

  if (self->training != NULL)
    g_signal_handlers_disconnect_by_func (self->training, on_training_changed_cb, self);
  g_set_object (&self->training, training);
  g_set_object (&self->employees, employees);
  g_set_object (&self->units, units);
  g_clear_pointer (&self->course, kr_course_free);
  if (training != NULL)
    g_signal_connect (training, "changed", G_CALLBACK (on_training_changed_cb), self);
  kr_training_session_view_set_repositories (self->session_view, training, employees, units);
  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_check_button_set_active (self->retired_check, FALSE);
  self->filling = FALSE;
  read_courses (self);
  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
  adw_leaflet_set_visible_child (self->detail_leaflet, self->course_page);
  _kr_training_catalogue_show_course (self);
}

void
kr_training_catalogue_set_employees_query_func (KrTrainingCatalogue *self,
                                                KrEmployeesQueryFunc func,
                                                gpointer user_data)
{
  g_return_if_fail (KR_IS_TRAINING_CATALOGUE (self));

  kr_training_session_view_set_employees_query_func (self->session_view, func, user_data);
}

GListModel *
kr_training_catalogue_get_courses (KrTrainingCatalogue *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_CATALOGUE (self), NULL);

  return G_LIST_MODEL (self->courses);
}

gint64
kr_training_catalogue_get_course_id (KrTrainingCatalogue *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_CATALOGUE (self), 0);

  return self->course != NULL ? self->course->id : 0;
}

gboolean
kr_training_catalogue_select_course (KrTrainingCatalogue *self, gint64 course_id)
{
  guint n;

  g_return_val_if_fail (KR_IS_TRAINING_CATALOGUE (self), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->courses));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KrTrainingItem) item = g_list_model_get_item (G_LIST_MODEL (self->courses), i);

      if (((KrCourse *) kr_training_item_get_value (item))->id == course_id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          on_course_activated_cb (self, i);
          return TRUE;
        }
    }
  return FALSE;
}

const char *
kr_training_catalogue_get_state (KrTrainingCatalogue *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_CATALOGUE (self), NULL);

  return gtk_stack_get_visible_child_name (self->courses_stack);
}

GPtrArray *
kr_training_catalogue_get_sessions (KrTrainingCatalogue *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_CATALOGUE (self), NULL);

  return self->sessions;
}

gboolean
kr_training_catalogue_open_session (KrTrainingCatalogue *self, gint64 session_id)
{
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (KR_IS_TRAINING_CATALOGUE (self), FALSE);

  if (!kr_training_session_view_load (self->session_view, session_id, &error))
    {
      g_autofree char *message = g_markup_escape_text (error->message, -1);

      gtk_widget_activate_action (GTK_WIDGET (self), "win.show-toast", "s", message);
      return FALSE;
    }
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->detail_leaflet));
  adw_leaflet_set_visible_child (self->detail_leaflet, GTK_WIDGET (self->session_view));
  return TRUE;
}

KrTrainingSessionView *
kr_training_catalogue_get_session_view (KrTrainingCatalogue *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_CATALOGUE (self), NULL);

  return self->session_view;
}

static void
kr_training_catalogue_dispose (GObject *object)
{
  KrTrainingCatalogue *self = KR_TRAINING_CATALOGUE (object);

  if (self->session_view != NULL)
    kr_training_catalogue_set_repositories (self, NULL, NULL, NULL);
  g_clear_pointer (&self->course, kr_course_free);
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_object (&self->selection);
  g_clear_object (&self->courses);

  G_OBJECT_CLASS (kr_training_catalogue_parent_class)->dispose (object);
}

static void
kr_training_catalogue_class_init (KrTrainingCatalogueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_training_catalogue_dispose;

  g_type_ensure (KR_TYPE_TRAINING_SESSION_VIEW);
  gtk_widget_class_set_template_from_resource (
      widget_class, "/io/github/karier/Karier/training/kr-training-catalogue.ui");
  gtk_widget_class_bind_template_child (widget_class, KrTrainingCatalogue, leaflet);
  gtk_widget_class_bind_template_child (widget_class, KrTrainingCatalogue, list_pane);
  gtk_widget_class_bind_template_child (widget_class, KrTrainingCatalogue, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KrTrainingCatalogue, retired_check);
  gtk_widget_class_bind_template_child (widget_class, KrTrainingCatalogue, courses_stack);
  gtk_widget_class_bind_template_child (widget_class, KrTrainingCatalogue, courses_view);
  gtk_widget_class_bind_template_child (widget_class, KrTrainingCatalogue, empty_page);
  gtk_widget_class_bind_template_child (widget_class, KrTrainingCatalogue, empty_new_button);
  gtk_widget_class_bind_template_child (widget_class, KrTrainingCatalogue, new_button);
  gtk_widget_class_bind_template_child (widget_class, KrTrainingCatalogue, error_page);
  gtk_widget_class_bind_template_child (widget_class, KrTrainingCatalogue, detail_leaflet);
  gtk_widget_class_bind_template_child (widget_class, KrTrainingCatalogue, course_page);
  gtk_widget_class_bind_template_child (widget_class, KrTrainingCatalogue, back_button);
  gtk_widget_class_bind_template_child (widget_class, KrTrainingCatalogue, course_title_label);
  gtk_widget_class_bind_template_child (widget_class, KrTrainingCatalogue, course_stack);
  gtk_widget_class_bind_template_child (widget_class, KrTrainingCatalogue, facts_group);
  gtk_widget_class_bind_template_child (widget_class, KrTrainingCatalogue, sessions_list);
  gtk_widget_class_bind_template_child (widget_class, KrTrainingCatalogue, session_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_course_activated_cb);
  gtk_widget_class_bind_template_callback_full (
      widget_class, "on_session_activated_cb",
      G_CALLBACK (_kr_training_catalogue_on_session_activated_cb));

  gtk_widget_class_install_action (widget_class, "catalogue.search", NULL, search_action_cb);
  gtk_widget_class_install_action (widget_class, "catalogue.show-list", NULL, show_list_action_cb);
  gtk_widget_class_install_action (widget_class, "catalogue.show-course", NULL,
                                   show_course_action_cb);
  gtk_widget_class_install_action (widget_class, "catalogue.reload", NULL, reload_action_cb);
  _kr_training_catalogue_class_add_course_actions (widget_class);
}

static void
kr_training_catalogue_init (KrTrainingCatalogue *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->courses = g_list_store_new (KR_TYPE_TRAINING_ITEM);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->courses)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (on_selected_cb), self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_course_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_course_cb), NULL);
  gtk_list_view_set_factory (self->courses_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->courses_view, GTK_SELECTION_MODEL (self->selection));
  g_object_bind_property (self->leaflet, "folded", self->back_button, "visible",
                          G_BINDING_SYNC_CREATE);
  self->facts_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->facts_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->facts_list), "boxed-list");
  adw_preferences_group_add (self->facts_group, GTK_WIDGET (self->facts_list));
  _kr_training_catalogue_show_course (self);
}

GtkWidget *
kr_training_catalogue_new (void)
{
  return g_object_new (KR_TYPE_TRAINING_CATALOGUE, NULL);
}
