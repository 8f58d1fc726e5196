/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-succession-edit"

#include "config.h"

#include "kr-succession-edit.h"

#include <glib/gi18n.h>

#include "kr-promotions-common.h"
#include "kr-talent-assessment-list.h"

struct _KrSuccessionEditDialog
{
  AdwWindow parent_instance;

  KrTalentRepository *talent;
  gint64 id; /* the successor or the plan */
  gboolean is_successor;

  GtkWidget *save_button;
  AdwComboRow *readiness_row; /* NULL for a note */
  AdwEntryRow *text_row;
  GtkLabel *error_label;
};

G_DEFINE_FINAL_TYPE (KrSuccessionEditDialog, kr_succession_edit_dialog, ADW_TYPE_WINDOW)

static gboolean
save (KrSuccessionEditDialog *self, GError **error)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->text_row));

  if (!self->is_successor)
    return kr_talent_repository_set_plan_note (self->talent, self->id, text, error);
  return kr_talent_repository_update_successor (
      self->talent, self->id,
      (KrSuccessorReadiness) adw_combo_row_get_selected (self->readiness_row), text, error);
}

static void
save_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrSuccessionEditDialog *self = KR_SUCCESSION_EDIT_DIALOG (widget);
  g_autoptr (GError) error = NULL;

  if (!save (self, &error))
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  kr_talent_show_toast (gtk_window_get_transient_for (GTK_WINDOW (self)),
                        self->is_successor ? _ ("Successor updated") : _ ("Plan note saved"));
  gtk_window_close (GTK_WINDOW (self));
}

gboolean
_kr_succession_edit_dialog_save (KrSuccessionEditDialog *self,
                                 int readiness,
                                 const char *text,
                                 GError **error)
{
  g_return_val_if_fail (KR_IS_SUCCESSION_EDIT_DIALOG (self), FALSE);

  if (self->readiness_row != NULL && readiness >= 0)
    adw_combo_row_set_selected (self->readiness_row, (guint) readiness);
  gtk_editable_set_text (GTK_EDITABLE (self->text_row), text != NULL ? text : "");
  return save (self, error);
}

/* Building */

static GtkWidget *
readiness_row_new (const KrSuccessor *successor)
{
  GtkStringList *labels = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();
  g_autofree char *subtitle = NULL;

  for (guint i = 0; i < KR_N_SUCCESSOR_READINESS; i++)
    gtk_string_list_append (labels, kr_successor_readiness_get_label ((KrSuccessorReadiness) i));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _ ("_Readiness"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), successor->readiness);
  g_object_unref (labels);
  /* Translators: under the readiness: "The rules suggest: Ready in 1–2 years" */
  subtitle = g_strdup_printf (_ ("The rules suggest: %s"),
                              kr_successor_readiness_get_label (successor->suggested));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static void
build (KrSuccessionEditDialog *self,
       const char *heading,
       const char *description,
       const KrSuccessor *successor,
       const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_ ("_Cancel"));
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  self->save_button = gtk_button_new_with_mnemonic (_ ("_Save"));
  gtk_widget_add_css_class (self->save_button, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->save_button), "edit.save");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->save_button);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), heading);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  if (successor != NULL)
    {
      self->readiness_row = ADW_COMBO_ROW (readiness_row_new (successor));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->readiness_row));
    }
  self->text_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->text_row),
                                 successor != NULL ? _ ("_Gaps (what they still lack)")
                                                   : _ ("_Note"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->text_row), TRUE);
  adw_entry_row_set_activates_default (self->text_row, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->text_row), text != NULL ? text : "");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->text_row));
  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_widget_set_margin_top (GTK_WIDGET (self->error_label), 12);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->error_label));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);
}

static KrSuccessionEditDialog *
dialog_new (GtkWindow *parent, KrTalentRepository *talent, const char *title)
{
  KrSuccessionEditDialog *self =
      g_object_new (KR_TYPE_SUCCESSION_EDIT_DIALOG, "transient-for", parent, "modal", TRUE, "title",
                    title, "default-width", 560, NULL);

  self->talent = g_object_ref (talent);
  return self;
}

KrSuccessionEditDialog *
kr_succession_edit_dialog_new_successor (GtkWindow *parent,
                                         KrTalentRepository *talent,
                                         const KrSuccessor *successor)
{
  KrSuccessionEditDialog *self;

  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (talent), NULL);
  g_return_val_if_fail (successor != NULL, NULL);

  self = dialog_new (parent, talent, _ ("Edit Successor"));
  self->id = successor->id;
  self->is_successor = TRUE;
  build (self, successor->name, successor->position_name, successor, successor->gaps);
  return self;
}

KrSuccessionEditDialog *
kr_succession_edit_dialog_new_note (GtkWindow *parent,
                                    KrTalentRepository *talent,
                                    const KrSuccessionPlan *plan)
{
  KrSuccessionEditDialog *self;

  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (talent), NULL);
  g_return_val_if_fail (plan != NULL, NULL);

  self = dialog_new (parent, talent, _ ("Plan Note"));
  self->id = plan->id;
  build (self, plan->position_name, plan->unit_name, NULL, plan->note);
  return self;
}

static void
kr_succession_edit_dialog_dispose (GObject *object)
{
  g_clear_object (&KR_SUCCESSION_EDIT_DIALOG (object)->talent);

  G_OBJECT_CLASS (kr_succession_edit_dialog_parent_class)->dispose (object);
}

static void
kr_succession_edit_dialog_class_init (KrSuccessionEditDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kr_succession_edit_dialog_dispose;
  gtk_widget_class_install_action (widget_class, "edit.save", NULL, save_action_cb);
}

static void
kr_succession_edit_dialog_init (KrSuccessionEditDialog *self)
{
  gtk_widget_add_controller (GTK_WIDGET (self), kr_promotions_escape_closes ());
}
