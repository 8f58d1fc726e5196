/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-selection-page"

#include "config.h"

#include "kr-selection-page-private.h"

#include <glib/gi18n.h>

#include "kr-selection-parts.h"
#include "kr-selection-print.h"
#include "kr-training-widgets.h"

struct _KrSelectionPage
{
  AdwBin parent_instance;

  KrDatabase *database;
  KrSelectionRepository *selections;
  gint64 selection_id;
  KrSelectionDetail *detail;
  GCancellable *cancellable;
  gboolean loading;

  GtkLabel *title_label;
  GtkStack *stack;
  AdwStatusPage *status_page;
  GtkScrolledWindow *scroll;
};

G_DEFINE_FINAL_TYPE (KrSelectionPage, kr_selection_page, ADW_TYPE_BIN)

enum
{
  SIGNAL_BACK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void reload (KrSelectionPage *self);

/* Private API */

KrDatabase *
_kr_selection_page_get_database (KrSelectionPage *self)
{
  return self->database;
}

KrSelectionRepository *
_kr_selection_page_get_repository (KrSelectionPage *self)
{
  return self->selections;
}

gboolean
_kr_selection_page_report (KrSelectionPage *self, GError *error)
{
  if (error == NULL)
    return TRUE;
  kr_training_show_toast (GTK_WIDGET (self), error->message);
  return FALSE;
}

/* Status moves */

static void
move (KrSelectionPage *self, KrSelectionStatus to)
{
  g_autoptr (GError) error = NULL;

  if (self->selections != NULL)
    kr_selection_repository_move (self->selections, self->selection_id, to, &error);
  _kr_selection_page_report (self, error);
}

static void
confirm_response_cb (AdwMessageDialog *dialog, const char *response, KrSelectionPage *self)
{
  g_autoptr (GError) error = NULL;

  if (g_str_equal (response, "cancel-selection"))
    move (self, KR_SELECTION_STATUS_CANCELLED);
  else if (g_str_equal (response, "delete"))
    {
      if (kr_selection_repository_delete (self->selections, self->selection_id, &error))
        g_signal_emit (self, signals[SIGNAL_BACK], 0);
      _kr_selection_page_report (self, error);
    }
}

static void
confirm (KrSelectionPage *self, gboolean delete)
{
  GtkWidget *dialog = adw_message_dialog_new (
      GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
      delete ? _ ("Delete the Draft?") : _ ("Cancel the Selection?"),
      delete ? _ ("The draft selection is deleted with its panel, stages and candidates.")
             : _ ("The selection stops for good; its records stay in the list."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "keep", _ ("_Keep"),
                                    delete ? "delete" : "cancel-selection",
                                    delete ? _ ("_Delete") : _ ("C_ancel Selection"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog),
                                              delete ? "delete" : "cancel-selection",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (confirm_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
action_clicked_cb (GtkButton *button, KrSelectionPage *self)
{
  const char *action = g_object_get_data (G_OBJECT (button), "kr-action");
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "kr-id"));
  const KrSelectionDetail *d = self->detail;

  if (d == NULL || action == NULL)
    return;
  if (g_str_equal (action, "open"))
    move (self, KR_SELECTION_STATUS_OPEN);
  else if (g_str_equal (action, "scoring"))
    move (self, KR_SELECTION_STATUS_SCORING);
  else if (g_str_equal (action, "close"))
    move (self, KR_SELECTION_STATUS_CLOSED);
  else if (g_str_equal (action, "cancel"))
    confirm (self, FALSE);
  else if (g_str_equal (action, "delete"))
    confirm (self, TRUE);
  else if (g_str_equal (action, "print-ranking"))
    kr_selection_print_ranking (GTK_WIDGET (self), self->database, self->selection_id);
  else if (g_str_equal (action, "print-announcement"))
    kr_selection_print_announcement (GTK_WIDGET (self), self->database, self->selection_id, id);
  else if (g_str_equal (action, "add-internal"))
    _kr_selection_member_dialog (self, FALSE);
  else if (g_str_equal (action, "add-external"))
    _kr_selection_member_dialog (self, TRUE);
  else if (g_str_equal (action, "add-employee"))
    _kr_selection_candidate_dialog (self, FALSE);
  else if (g_str_equal (action, "add-applicant"))
    _kr_selection_candidate_dialog (self, TRUE);
  else if (g_str_equal (action, "add-stage"))
    _kr_selection_stage_dialog (self, NULL);
  else if (g_str_equal (action, "edit-stage"))
    _kr_selection_stage_dialog (self, g_ptr_array_index (d->stages, id));
  else if (g_str_equal (action, "scores"))
    _kr_selection_scores_dialog (self, id);
  else if (g_str_equal (action, "publish"))
    _kr_selection_publish_dialog (self, id);
  else
    {
      g_autoptr (GError) error = NULL;

      if (g_str_equal (action, "remove-stage"))
        kr_selection_repository_delete_stage (self->selections, id, &error);
      else if (g_str_equal (action, "remove-member"))
        kr_selection_repository_delete_panel_member (self->selections, id, &error);
      else if (g_str_equal (action, "remove-candidate"))
        kr_selection_repository_delete_candidate (self->selections, id, &error);
      else if (g_str_equal (action, "withdraw"))
        kr_selection_repository_set_candidate_status (self->selections, id,
                                                      KR_CANDIDATE_STATUS_WITHDRAWN, &error);
      else if (g_str_equal (action, "reinstate"))
        kr_selection_repository_set_candidate_status (self->selections, id,
                                                      KR_CANDIDATE_STATUS_REGISTERED, &error);
      _kr_selection_page_report (self, error);
    }
}

GtkWidget *
_kr_selection_page_button (KrSelectionPage *self,
                           const char *label,
                           const char *icon_name,
                           const char *tooltip,
                           const char *action,
                           gint64 id)
{
  GtkWidget *button = icon_name != NULL ? gtk_button_new_from_icon_name (icon_name)
                                        : gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  if (icon_name != NULL)
    {
      gtk_widget_add_css_class (button, "flat");
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      tooltip, -1);
    }
  if (tooltip != NULL)
    gtk_widget_set_tooltip_text (button, tooltip);
  g_object_set_data_full (G_OBJECT (button), "kr-action", g_strdup (action), g_free);
  g_object_set_data (G_OBJECT (button), "kr-id", GSIZE_TO_POINTER ((gsize) id));
  g_signal_connect_object (button, "clicked", G_CALLBACK (action_clicked_cb), self, 0);
  return button;
}

/* Showing */

static void
show (KrSelectionPage *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroll);
  double value = gtk_adjustment_get_value (adjustment);
  const KrSelectionDetail *d = self->detail;
  gboolean can_write = kr_selection_can_write (self->database);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *clamp = adw_clamp_new ();

  gtk_label_set_label (self->title_label, d->selection->title);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), kr_selection_parts_summary (self, d, can_write));
  gtk_box_append (GTK_BOX (box), kr_selection_parts_checks (self, d));
  gtk_box_append (GTK_BOX (box), kr_selection_parts_panel (self, d, can_write));
  gtk_box_append (GTK_BOX (box), kr_selection_parts_stages (self, d, can_write));
  gtk_box_append (GTK_BOX (box), kr_selection_parts_candidates (self, d, can_write));
  gtk_box_append (GTK_BOX (box), kr_selection_parts_ranking (self, d));
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1000);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (self->scroll, clamp);
  gtk_stack_set_visible_child_name (self->stack, "content");
  gtk_adjustment_set_value (adjustment, value);
}

static void
read_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrSelectionPage *self;
  g_autoptr (GError) error = NULL;
  KrSelectionDetail *detail = kr_selection_read_job_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = KR_SELECTION_PAGE (source);
  self->loading = FALSE;
  g_clear_pointer (&self->detail, kr_selection_detail_free);
  if (detail == NULL)
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      adw_status_page_set_icon_name (self->status_page, "dialog-warning-symbolic");
      adw_status_page_set_title (self->status_page, _ ("The Selection Cannot Be Read"));
      adw_status_page_set_description (self->status_page, markup);
      gtk_stack_set_visible_child_name (self->stack, "status");
      return;
    }
  self->detail = detail;
  show (self);
}

static void
reload (KrSelectionPage *self)
{
  gint64 *id;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->selections == NULL || self->selection_id == 0)
    {
      self->loading = FALSE;
      g_clear_pointer (&self->detail, kr_selection_detail_free);
      gtk_scrolled_window_set_child (self->scroll, NULL);
      gtk_label_set_label (self->title_label, "");
      return;
    }
  id = g_new (gint64, 1);
  *id = self->selection_id;
  self->loading = TRUE;
  self->cancellable = g_cancellable_new ();
  if (self->detail == NULL)
    {
      adw_status_page_set_icon_name (self->status_page, NULL);
      adw_status_page_set_title (self->status_page, _ ("Reading…"));
      adw_status_page_set_description (self->status_page, NULL);
      gtk_stack_set_visible_child_name (self->stack, "status");
    }
  kr_selection_read_job_run (self, self->selections, kr_selection_detail_read, id, g_free,
                             (GDestroyNotify) kr_selection_detail_free, self->cancellable,
                             read_done_cb, NULL);
}

static void
on_selections_changed_cb (KrSelectionRepository *selections, guint mask, KrSelectionPage *self)
{
  if (self->selection_id != 0)
    reload (self);
}

/* Building */

static void
back_clicked_cb (KrSelectionPage *self)
{
  g_signal_emit (self, signals[SIGNAL_BACK], 0);
}

static void
build (KrSelectionPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *back = gtk_button_new_from_icon_name ("go-previous-symbolic");

  gtk_widget_set_margin_start (bar, 6);
  gtk_widget_set_margin_end (bar, 6);
  gtk_widget_set_margin_top (bar, 6);
  gtk_widget_set_tooltip_text (back, _ ("All Selections"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (back), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("All Selections"), -1);
  gtk_widget_add_css_class (back, "flat");
  g_signal_connect_swapped (back, "clicked", G_CALLBACK (back_clicked_cb), self);
  self->title_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_ellipsize (self->title_label, PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (self->title_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "heading");
  gtk_box_append (GTK_BOX (bar), back);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->title_label));
  self->stack = GTK_STACK (gtk_stack_new ());
  self->scroll = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_policy (self->scroll, GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (GTK_WIDGET (self->scroll), TRUE);
  self->status_page = ADW_STATUS_PAGE (adw_status_page_new ());
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->scroll), "content");
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->status_page), "status");
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
  adw_bin_set_child (ADW_BIN (self), box);
}

/* API */

GtkWidget *
kr_selection_page_new (void)
{
  return g_object_new (KR_TYPE_SELECTION_PAGE, NULL);
}

void
kr_selection_page_set_repositories (KrSelectionPage *self,
                                    KrDatabase *database,
                                    KrSelectionRepository *selections)
{
  g_return_if_fail (KR_IS_SELECTION_PAGE (self));

  if (self->selections != NULL)
    g_signal_handlers_disconnect_by_func (self->selections, on_selections_changed_cb, self);
  g_set_object (&self->database, database);
  g_set_object (&self->selections, selections);
  if (selections != NULL)
    g_signal_connect_object (selections, "changed", G_CALLBACK (on_selections_changed_cb), self, 0);
  self->selection_id = 0;
  g_clear_pointer (&self->detail, kr_selection_detail_free);
  reload (self);
}

void
kr_selection_page_set_selection (KrSelectionPage *self, gint64 selection_id)
{
  g_return_if_fail (KR_IS_SELECTION_PAGE (self));

  if (selection_id != self->selection_id)
    {
      g_clear_pointer (&self->detail, kr_selection_detail_free);
      gtk_scrolled_window_set_child (self->scroll, NULL);
    }
  self->selection_id = selection_id;
  reload (self);
}

gint64
kr_selection_page_get_selection_id (KrSelectionPage *self)
{
  g_return_val_if_fail (KR_IS_SELECTION_PAGE (self), 0);
  return self->selection_id;
}

const KrSelectionDetail *
kr_selection_page_get_detail (KrSelectionPage *self)
{
  g_return_val_if_fail (KR_IS_SELECTION_PAGE (self), NULL);
  return self->detail;
}

gboolean
kr_selection_page_get_loading (KrSelectionPage *self)
{
  g_return_val_if_fail (KR_IS_SELECTION_PAGE (self), FALSE);
  return self->loading;
}

static void
kr_selection_page_dispose (GObject *object)
{
  KrSelectionPage *self = KR_SELECTION_PAGE (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->selections != NULL)
    g_signal_handlers_disconnect_by_func (self->selections, on_selections_changed_cb, self);
  g_clear_object (&self->selections);
  g_clear_object (&self->database);
  g_clear_pointer (&self->detail, kr_selection_detail_free);
  adw_bin_set_child (ADW_BIN (self), NULL);

  G_OBJECT_CLASS (kr_selection_page_parent_class)->dispose (object);
}

static void
kr_selection_page_class_init (KrSelectionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kr_selection_page_dispose;

  signals[SIGNAL_BACK] = g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                       NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kr_selection_page_init (KrSelectionPage *self)
{
  build (self);
}
