/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-talent-assessment-list"

#include "config.h"

#include "kr-talent-assessment-list.h"

#include <glib/gi18n.h>

#include "kr-promotions-common.h"
#include "kr-talent-assessment-dialog.h"
#include "kr-training-widgets.h"
#include "kr-window.h"

struct _KrTalentAssessmentList
{
  AdwBin parent_instance;

  KrDatabase *database;
  KrTalentRepository *talent;
  gint64 employee_id;
  GPtrArray *assessments;      /* KrTalentAssessment */
  KrTalentAssessment *deleted; /* what Undo puts back */
  AdwToast *undo_toast;

  AdwPreferencesGroup *group;
  GtkListBox *list;
};

G_DEFINE_FINAL_TYPE (KrTalentAssessmentList, kr_talent_assessment_list, ADW_TYPE_BIN)

static KrTalentAssessment *
assessment_copy (const KrTalentAssessment *a)
{
  KrTalentAssessment *copy = kr_talent_assessment_new ();

  *copy = *a;
  copy->assessor = g_strdup (a->assessor);
  copy->note = g_strdup (a->note);
  return copy;
}

static const KrTalentAssessment *
find (KrTalentAssessmentList *self, gint64 id)
{
  for (guint i = 0; self->assessments != NULL && i < self->assessments->len; i++)
    if (((KrTalentAssessment *) g_ptr_array_index (self->assessments, i))->id == id)
      return g_ptr_array_index (self->assessments, i);
  return NULL;
}

static GtkWidget *
assessment_row (KrTalentAssessmentList *self, const KrTalentAssessment *a, gboolean writable)
{
  g_autofree char *date = kr_promotions_format_date (&a->date);
  /* Translators: "12 January 2024 · potential High" (the date and result of an assessment) */
  g_autofree char *title =
      g_strdup_printf (_ ("%s · potential %s"), date, kr_talent_potential_get_label (a->potential));
  g_autoptr (GString) subtitle = g_string_new (NULL);
  GtkWidget *row;

  if (a->has_score)
    /* Translators: the score of a potential assessment, "score 82.5" */
    g_string_append_printf (subtitle, _ ("score %g"), a->score);
  if (a->assessor != NULL)
    g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? " · " : "", a->assessor);
  if (a->note != NULL)
    g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? " · " : "", a->note);
  row = kr_training_row_new (title, subtitle->len > 0 ? subtitle->str : NULL);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  if (writable)
    {
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 kr_training_icon_button_new ("document-edit-symbolic",
                                                              _ ("Edit Assessment…"),
                                                              "assessments.edit", a->id));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 kr_training_icon_button_new ("user-trash-symbolic",
                                                              _ ("Delete Assessment"),
                                                              "assessments.delete", a->id));
    }
  return row;
}

static void
show_message (KrTalentAssessmentList *self, const char *message, const char *css_class)
{
  GtkWidget *row = kr_training_row_new (message, NULL);

  gtk_widget_add_css_class (row, css_class);
  gtk_list_box_append (self->list, row);
}

static void
reload (KrTalentAssessmentList *self)
{
  g_autoptr (GError) error = NULL;
  gboolean writable;

  kr_training_clear_list (self->list);
  g_clear_pointer (&self->assessments, g_ptr_array_unref);
  gtk_widget_set_visible (GTK_WIDGET (self), self->employee_id != 0);
  if (self->employee_id == 0 || self->talent == NULL)
    return;
  self->assessments =
      kr_talent_repository_list_assessments (self->talent, self->employee_id, &error);
  if (self->assessments == NULL)
    {
      show_message (self, error->message, "error");
      return;
    }
  writable = kr_training_can (self->database, KR_PERMISSION_WRITE_TALENT);
  for (guint i = 0; i < self->assessments->len; i++)
    gtk_list_box_append (self->list,
                         assessment_row (self, g_ptr_array_index (self->assessments, i), writable));
  if (self->assessments->len == 0)
    show_message (self, _ ("No potential assessment recorded"), "dim-label");
}

void
kr_talent_assessment_list_set_employee (KrTalentAssessmentList *self, gint64 employee_id)
{
  g_return_if_fail (KR_IS_TALENT_ASSESSMENT_LIST (self));

  if (employee_id != self->employee_id)
    g_clear_pointer (&self->deleted, kr_talent_assessment_free);
  self->employee_id = employee_id;
  reload (self);
}

GPtrArray *
kr_talent_assessment_list_get_assessments (KrTalentAssessmentList *self)
{
  g_return_val_if_fail (KR_IS_TALENT_ASSESSMENT_LIST (self), NULL);
  return self->assessments;
}

void
kr_talent_show_toast (GtkWindow *window, const char *message)
{
  g_autofree char *markup = g_markup_escape_text (message, -1);
  GtkWidget *content = ADW_IS_WINDOW (window) ? adw_window_get_content (ADW_WINDOW (window)) : NULL;

  if (KR_IS_WINDOW (window))
    kr_window_show_toast (KR_WINDOW (window), markup);
  else if (ADW_IS_TOAST_OVERLAY (content))
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (content), adw_toast_new (markup));
  else
    g_message ("%s", message);
}

/* Actions */

static GtkWindow *
get_parent (KrTalentAssessmentList *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
edit_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTalentAssessmentList *self = KR_TALENT_ASSESSMENT_LIST (widget);
  const KrTalentAssessment *a = find (self, g_variant_get_int64 (parameter));

  if (a == NULL)
    return;
  gtk_window_present (GTK_WINDOW (
      kr_talent_assessment_dialog_new_edit (get_parent (self), self->database, self->talent, a)));
}

static void
on_undo_clicked_cb (AdwToast *toast, KrTalentAssessmentList *self)
{
  g_autoptr (GError) error = NULL;

  if (!_kr_talent_assessment_list_undo (self, &error) && error != NULL)
    kr_training_show_toast (GTK_WIDGET (self), error->message);
}

static void
on_toast_dismissed_cb (AdwToast *toast, KrTalentAssessmentList *self)
{
  if (self->undo_toast == toast)
    self->undo_toast = NULL;
}

gboolean
_kr_talent_assessment_list_delete (KrTalentAssessmentList *self, gint64 id, GError **error)
{
  const KrTalentAssessment *a;
  KrTalentAssessment *deleted;
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;
  GtkWidget *overlay;

  g_return_val_if_fail (KR_IS_TALENT_ASSESSMENT_LIST (self), FALSE);

  a = find (self, id);
  if (a == NULL)
    return TRUE;
  deleted = assessment_copy (a);
  if (!kr_talent_repository_delete_assessment (self->talent, id, error))
    {
      kr_talent_assessment_free (deleted);
      return FALSE;
    }
  g_clear_pointer (&self->deleted, kr_talent_assessment_free);
  self->deleted = deleted;
  date = kr_promotions_format_date (&deleted->date);
  /* Translators: a toast with Undo: "Assessment of 12 January 2024 deleted" */
  title = g_strdup_printf (_ ("Assessment of %s deleted"), date);
  reload (self);
  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    return TRUE;
  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
  self->undo_toast = adw_toast_new (title);
  adw_toast_set_button_label (self->undo_toast, _ ("_Undo"));
  g_signal_connect_object (self->undo_toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb),
                           self, 0);
  g_signal_connect_object (self->undo_toast, "dismissed", G_CALLBACK (on_toast_dismissed_cb), self,
                           0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), self->undo_toast);
  return TRUE;
}

gboolean
_kr_talent_assessment_list_undo (KrTalentAssessmentList *self, GError **error)
{
  g_autoptr (KrTalentAssessment) deleted = NULL;

  g_return_val_if_fail (KR_IS_TALENT_ASSESSMENT_LIST (self), FALSE);

  deleted = g_steal_pointer (&self->deleted);
  if (deleted == NULL || self->talent == NULL)
    return FALSE;
  deleted->id = 0;
  if (!kr_talent_repository_save_assessment (self->talent, deleted, error))
    return FALSE;
  reload (self);
  return TRUE;
}

static void
delete_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrTalentAssessmentList *self = KR_TALENT_ASSESSMENT_LIST (widget);
  g_autoptr (GError) error = NULL;

  if (!_kr_talent_assessment_list_delete (self, g_variant_get_int64 (parameter), &error))
    kr_training_show_toast (widget, error->message);
}

/* Building */

GtkWidget *
kr_talent_assessment_list_new (KrDatabase *database, KrTalentRepository *talent)
{
  KrTalentAssessmentList *self;

  g_return_val_if_fail (KR_IS_DATABASE (database), NULL);
  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (talent), NULL);

  self = g_object_new (KR_TYPE_TALENT_ASSESSMENT_LIST, NULL);
  self->database = g_object_ref (database);
  self->talent = g_object_ref (talent);
  return GTK_WIDGET (self);
}

static void
kr_talent_assessment_list_dispose (GObject *object)
{
  KrTalentAssessmentList *self = KR_TALENT_ASSESSMENT_LIST (object);

  if (self->undo_toast != NULL)
    g_signal_handlers_disconnect_by_data (self->undo_toast, self);
  self->undo_toast = NULL;
  g_clear_pointer (&self->assessments, g_ptr_array_unref);
  g_clear_pointer (&self->deleted, kr_talent_assessment_free);
  g_clear_object (&self->talent);
  g_clear_object (&self->database);
  adw_bin_set_child (ADW_BIN (self), NULL);

  G_OBJECT_CLASS (kr_talent_assessment_list_parent_class)->dispose (object);
}

static void
kr_talent_assessment_list_class_init (KrTalentAssessmentListClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kr_talent_assessment_list_dispose;
  gtk_widget_class_install_action (widget_class, "assessments.edit", "x", edit_action_cb);
  gtk_widget_class_install_action (widget_class, "assessments.delete", "x", delete_action_cb);
}

static void
kr_talent_assessment_list_init (KrTalentAssessmentList *self)
{
  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, _ ("Potential Assessments"));
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Potential assessments"), -1);
  adw_preferences_group_add (self->group, GTK_WIDGET (self->list));
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->group));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
