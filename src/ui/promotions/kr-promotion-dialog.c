/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-promotion-dialog"

#include "config.h"

#include "kr-promotion-dialog.h"

#include <glib/gi18n.h>

#include "kr-date-row.h"
#include "kr-date.h"
#include "kr-employee-format.h"
#include "kr-nip.h"
#include "kr-promotions-common.h"
#include "kr-training-widgets.h"

struct _KrPromotionDialog
{
  AdwWindow parent_instance;

  KrPromotionRepository *promotions;
  gint64 id;
  KrPromotion *promotion;
  GPtrArray *documents;
  char *error;

  AdwToastOverlay *toast_overlay;
  AdwWindowTitle *title;
  GtkScrolledWindow *scroll;
  /* The rows of the current page's step (NULL when the stage has none) */
  AdwEntryRow *number_row;
  KrDateRow *date_row;
  KrDateRow *tmt_row;
  AdwEntryRow *reason_row;
};

G_DEFINE_FINAL_TYPE (KrPromotionDialog, kr_promotion_dialog, ADW_TYPE_WINDOW)

static void refresh (KrPromotionDialog *self);

static gboolean
can_write (KrPromotionDialog *self)
{
  return kr_promotions_can_write (kr_promotion_repository_get_database (self->promotions));
}

/* Shows @error (taken) or, when NULL, @done as a toast; then reads the proposal again. */
static gboolean
finish_write (KrPromotionDialog *self, gboolean ok, GError *error, const char *done)
{
  g_autofree char *markup = NULL;

  g_clear_pointer (&self->error, g_free);
  if (!ok)
    {
      self->error = g_strdup (error->message);
      markup = g_markup_escape_text (error->message, -1);
      g_error_free (error);
    }
  else
    markup = g_markup_escape_text (done, -1);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (markup));
  if (ok)
    refresh (self);
  return ok;
}

/* Rows */

static GtkListBox *
boxed_list (AdwPreferencesGroup *group, const char *label)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  adw_preferences_group_add (group, list);
  return GTK_LIST_BOX (list);
}

/* A field: its name over its value, which wraps. */
static void
add_value_row (GtkListBox *list, const char *title, const char *value)
{
  GtkWidget *row = kr_training_row_new (title, value);

  gtk_widget_add_css_class (row, "property");
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_append (list, row);
}

static AdwPreferencesGroup *
add_group (GtkWidget *page, const char *title, const char *description)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (group, title);
  if (description != NULL)
    adw_preferences_group_set_description (group, description);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), group);
  return group;
}

static void
build_summary (KrPromotionDialog *self, GtkWidget *page)
{
  const KrPromotion *p = self->promotion;
  AdwPreferencesGroup *group = add_group (page, _ ("Proposal"), NULL);
  GtkListBox *list = boxed_list (group, _ ("Proposal"));
  g_autofree char *ranks = kr_promotions_format_ranks (p->from_rank, p->to_rank);
  g_autofree char *period = kr_promotions_format_date (&p->period);
  g_autofree char *service = kr_employee_format_span (p->service_years, p->service_months);
  g_autofree char *pertek = kr_employee_format_decree (p->pertek_number, &p->pertek_date);
  g_autofree char *decree = kr_employee_format_decree (p->sk_number, &p->sk_date);
  g_autofree char *tmt = kr_promotions_format_date (&p->tmt);
  GtkWidget *row = kr_training_row_new (_ ("Stage"), NULL);
  GtkWidget *pill = gtk_label_new (NULL);

  kr_promotions_stage_pill (GTK_LABEL (pill), p->stage);
  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), pill);
  gtk_list_box_append (list, row);
  add_value_row (list, _ ("Kind"), kr_kp_kind_get_label (p->kind));
  add_value_row (list, _ ("Rank"), ranks);
  add_value_row (list, _ ("Period (TMT)"), period);
  add_value_row (list, _ ("Years of service"), service);
  if (p->unit_name != NULL)
    add_value_row (list, _ ("Unit"), p->unit_name);
  if (pertek != NULL)
    add_value_row (list, _ ("Technical approval"), pertek);
  if (decree != NULL)
    {
      add_value_row (list, _ ("Decree"), decree);
      add_value_row (list, _ ("Decree TMT"), tmt);
    }
}

/* The checklist */

static void
on_document_toggled_cb (GtkCheckButton *check, KrPromotionDialog *self)
{
  const KrPromotionDocument *document = g_object_get_data (G_OBJECT (check), "document");
  gboolean done = gtk_check_button_get_active (check);
  GError *error = NULL;
  gboolean ok;

  if (document == NULL || !document->done == !done)
    return;
  ok = kr_promotion_repository_set_document (self->promotions, document->id, done, document->note,
                                             &error);
  finish_write (self, ok, error, done ? _ ("Document ticked") : _ ("Document unticked"));
  if (!ok)
    refresh (self);
}

static void
build_documents (KrPromotionDialog *self, GtkWidget *page)
{
  gboolean editable =
      can_write (self) && (self->promotion->stage == KR_PROMOTION_STAGE_CANDIDATE ||
                           self->promotion->stage == KR_PROMOTION_STAGE_DOCUMENTS_COMPLETE);
  guint done = 0;
  g_autofree char *title = NULL;
  AdwPreferencesGroup *group;
  GtkListBox *list;

  for (guint i = 0; i < self->documents->len; i++)
    done += ((KrPromotionDocument *) g_ptr_array_index (self->documents, i))->done ? 1 : 0;
  /* Translators: documents at hand of the checklist, such as "Documents (3 of 7)" */
  title = g_strdup_printf (_ ("Documents (%u of %u)"), done, self->documents->len);
  group = add_group (page, title, NULL);
  list = boxed_list (group, _ ("Documents"));
  for (guint i = 0; i < self->documents->len; i++)
    {
      KrPromotionDocument *document = g_ptr_array_index (self->documents, i);
      GtkWidget *row =
          kr_training_row_new (kr_promotion_document_get_label (document->code), document->note);
      GtkWidget *check = gtk_check_button_new ();

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), document->done);
      gtk_widget_set_sensitive (check, editable);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      kr_promotion_document_get_label (document->code), -1);
      g_object_set_data (G_OBJECT (check), "document", document);
      g_signal_connect (check, "toggled", G_CALLBACK (on_document_toggled_cb), self);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_list_box_append (list, row);
    }
}

/* Steps */

static gboolean
move_to (KrPromotionDialog *self, KrPromotionStage to, const char *reason, const char *done)
{
  GError *error = NULL;
  gboolean ok = kr_promotion_repository_move (self->promotions, self->id, to, reason, &error);

  return finish_write (self, ok, error, done);
}

/* A date row's date, or an error naming @field. */
static gboolean
read_date (KrDateRow *row, const char *field, GDate *date, GError **error)
{
  const GDate *value = row != NULL ? kr_date_row_get_date (row) : NULL;

  if (value == NULL)
    {
      /* Translators: %s is a field such as "Decree date" */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _ ("%s: enter a date"), field);
      return FALSE;
    }
  *date = *value;
  return TRUE;
}

static gboolean
record_pertek (KrPromotionDialog *self)
{
  GError *error = NULL;
  GDate date;
  gboolean ok;

  if (self->number_row == NULL)
    return FALSE;
  ok = read_date (self->date_row, _ ("Technical approval date"), &date, &error) &&
       kr_promotion_repository_record_pertek (
           self->promotions, self->id, gtk_editable_get_text (GTK_EDITABLE (self->number_row)),
           &date, &error);

  return finish_write (self, ok, error, _ ("Technical approval recorded"));
}

static gboolean
record_decree (KrPromotionDialog *self)
{
  GError *error = NULL;
  GDate sk_date, tmt;
  gboolean ok;

  if (self->number_row == NULL)
    return FALSE;
  ok = read_date (self->date_row, _ ("Decree date"), &sk_date, &error) &&
       read_date (self->tmt_row, _ ("Decree TMT"), &tmt, &error) &&
       kr_promotion_repository_record_decree (
           self->promotions, self->id, gtk_editable_get_text (GTK_EDITABLE (self->number_row)),
           &sk_date, &tmt, &error);

  return finish_write (self, ok, error, _ ("Decree recorded"));
}

static gboolean
step_back (KrPromotionDialog *self, gboolean cancel)
{
  g_autofree char *reason = g_strdup (
      self->reason_row != NULL ? gtk_editable_get_text (GTK_EDITABLE (self->reason_row)) : "");
  KrPromotionStage from = self->promotion->stage;
  KrPromotionStage to =
      cancel || from == KR_PROMOTION_STAGE_CANDIDATE ? KR_PROMOTION_STAGE_CANCELLED : from - 1;

  if (!kr_promotion_stage_can_move (from, to) || (!cancel && to == KR_PROMOTION_STAGE_CANCELLED))
    {
      /* Translators: %s is a stage of the pipeline, such as "Candidate" */
      GError *error = g_error_new (G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                                   _ ("Stage: a proposal at “%s” cannot move back"),
                                   kr_promotion_stage_get_label (from));

      return finish_write (self, FALSE, error, NULL);
    }
  if (g_strstrip (reason)[0] == '\0')
    {
      GError *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                                           _ ("Reason: say why the proposal goes back or is "
                                              "cancelled"));

      if (self->reason_row != NULL)
        gtk_widget_add_css_class (GTK_WIDGET (self->reason_row), "error");
      return finish_write (self, FALSE, error, NULL);
    }
  return move_to (self, to, reason, cancel ? _ ("Proposal cancelled") : _ ("Proposal moved back"));
}

static void
on_step_clicked_cb (GtkButton *button, KrPromotionDialog *self)
{
  kr_promotion_dialog_step (self, g_object_get_data (G_OBJECT (button), "step"), NULL, NULL, NULL,
                            NULL);
}

static GtkWidget *
step_button (KrPromotionDialog *self, const char *step, const char *label, gboolean suggested)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  g_object_set_data (G_OBJECT (button), "step", (gpointer) step);
  gtk_widget_add_css_class (button, suggested ? "suggested-action" : "pill");
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_set_margin_top (button, 12);
  g_signal_connect (button, "clicked", G_CALLBACK (on_step_clicked_cb), self);
  return button;
}

static AdwEntryRow *
entry_row (GtkListBox *list, const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_append (list, row);
  return ADW_ENTRY_ROW (row);
}

static KrDateRow *
date_row (GtkListBox *list, const char *title, const GDate *date)
{
  GtkWidget *row = kr_date_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (date != NULL && g_date_valid (date))
    kr_date_row_set_date (KR_DATE_ROW (row), date);
  gtk_list_box_append (list, row);
  return KR_DATE_ROW (row);
}

static gboolean
decreed_without_pertek (KrKpKind kind)
{
  return kind == KR_KP_KIND_PENGABDIAN || kind == KR_KP_KIND_ANUMERTA;
}

static void
build_step (KrPromotionDialog *self, GtkWidget *page)
{
  const KrPromotion *p = self->promotion;
  AdwPreferencesGroup *group;
  GtkListBox *list;
  gboolean all_done = p->n_documents_done == p->n_documents;
  GtkWidget *button = NULL;

  if (p->stage == KR_PROMOTION_STAGE_EFFECTIVE || p->stage == KR_PROMOTION_STAGE_CANCELLED)
    return;
  group = add_group (page, _ ("Next Step"), NULL);
  switch (p->stage)
    {
    case KR_PROMOTION_STAGE_CANDIDATE:
      adw_preferences_group_set_description (group,
                                             all_done ? NULL : _ ("Tick every document to go on."));
      button = step_button (self, "documents", _ ("_Documents Complete"), TRUE);
      gtk_widget_set_sensitive (button, all_done);
      break;
    case KR_PROMOTION_STAGE_DOCUMENTS_COMPLETE:
    case KR_PROMOTION_STAGE_PROPOSED:
      if (p->stage == KR_PROMOTION_STAGE_DOCUMENTS_COMPLETE && !decreed_without_pertek (p->kind))
        {
          adw_preferences_group_set_description (group, _ ("Send the proposal through SIASN, then "
                                                           "mark it proposed."));
          button = step_button (self, "propose", _ ("Mark _Proposed"), TRUE);
          break;
        }
      if (decreed_without_pertek (p->kind))
        goto decree;
      list = boxed_list (group, _ ("Technical approval"));
      self->number_row = entry_row (list, _ ("Technical approval number"));
      self->date_row = date_row (list, _ ("Technical approval date"), NULL);
      button = step_button (self, "pertek", _ ("_Record Technical Approval"), TRUE);
      break;
    case KR_PROMOTION_STAGE_PERTEK:
    decree:
      adw_preferences_group_set_description (
          group, _ ("The decree takes effect, and the employee's rank changes, on its TMT."));
      list = boxed_list (group, _ ("Decree"));
      self->number_row = entry_row (list, _ ("Decree number"));
      self->date_row = date_row (list, _ ("Decree date"), NULL);
      self->tmt_row = date_row (list, _ ("Decree TMT"), &p->period);
      button = step_button (self, "decree", _ ("_Record Decree"), TRUE);
      break;
    case KR_PROMOTION_STAGE_DECREE:
      {
        GDate today;

        kr_date_today (NULL, &today);
        adw_preferences_group_set_description (
            group, _ ("On the decree's TMT the new rank is added to the employee's history."));
        button = step_button (self, "effective", _ ("Make _Effective"), TRUE);
        gtk_widget_set_sensitive (button,
                                  g_date_valid (&p->tmt) && g_date_compare (&p->tmt, &today) <= 0);
      }
      break;
    case KR_PROMOTION_STAGE_EFFECTIVE:
    case KR_PROMOTION_STAGE_CANCELLED:
    case KR_N_PROMOTION_STAGES:
    default:
      g_assert_not_reached ();
    }
  gtk_widget_set_sensitive (GTK_WIDGET (group), can_write (self));
  if (button != NULL)
    adw_preferences_group_add (group, button);

  /* A step back or cancelling, with a reason */
  group = add_group (page, _ ("Correct or Cancel"), NULL);
  list = boxed_list (group, _ ("Reason"));
  self->reason_row = entry_row (list, _ ("Reason"));
  {
    GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
    GtkWidget *cancel = step_button (self, "cancel", _ ("_Cancel Proposal"), FALSE);

    gtk_widget_set_halign (box, GTK_ALIGN_END);
    if (kr_promotion_stage_can_move (p->stage, p->stage - 1))
      gtk_box_append (GTK_BOX (box), step_button (self, "back", _ ("Move _Back"), FALSE));
    gtk_widget_add_css_class (cancel, "destructive-action");
    gtk_box_append (GTK_BOX (box), cancel);
    adw_preferences_group_add (group, box);
  }
  gtk_widget_set_sensitive (GTK_WIDGET (group), can_write (self));
}

static void
build_history (KrPromotionDialog *self, GtkWidget *page)
{
  g_autoptr (GPtrArray) transitions =
      kr_promotion_repository_list_transitions (self->promotions, self->id, NULL);
  AdwPreferencesGroup *group;
  GtkListBox *list;

  if (transitions == NULL || transitions->len == 0)
    return;
  group = add_group (page, _ ("History"), NULL);
  list = boxed_list (group, _ ("History"));
  for (guint i = 0; i < transitions->len; i++)
    {
      const KrPromotionTransition *t = g_ptr_array_index (transitions, i);
      g_autoptr (GDateTime) at = g_date_time_new_from_iso8601 (t->at, NULL);
      g_autoptr (GDateTime) local = at != NULL ? g_date_time_to_local (at) : NULL;
      g_autofree char *when = local != NULL ? g_date_time_format (local, "%x %H:%M") : NULL;
      g_autofree char *subtitle =
          g_strjoin (" · ", when != NULL ? when : t->at,
                     t->user_name != NULL ? t->user_name : _ ("unknown user"), t->reason, NULL);
      const char *title = t->from_stage == t->to_stage ? _ ("Proposed as a candidate")
                                                       : kr_promotion_stage_get_label (t->to_stage);

      gtk_list_box_append (list, kr_training_row_new (title, subtitle));
    }
}

static void
refresh (KrPromotionDialog *self)
{
  g_autoptr (GError) error = NULL;
  GtkWidget *page;
  g_autofree char *nip = NULL;
  KrPromotion *promotion =
      kr_promotion_repository_get_promotion (self->promotions, self->id, &error);
  GPtrArray *documents =
      promotion != NULL
          ? kr_promotion_repository_list_documents (self->promotions, self->id, &error)
          : NULL;

  self->number_row = NULL;
  self->date_row = self->tmt_row = NULL;
  self->reason_row = NULL;
  if (promotion == NULL || documents == NULL)
    {
      GtkWidget *status = adw_status_page_new ();
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "dialog-warning-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (status), _ ("The Proposal Cannot Be Read"));
      adw_status_page_set_description (ADW_STATUS_PAGE (status), markup);
      gtk_scrolled_window_set_child (self->scroll, status);
      g_clear_pointer (&promotion, kr_promotion_free);
      return;
    }
  g_clear_pointer (&self->promotion, kr_promotion_free);
  g_clear_pointer (&self->documents, g_ptr_array_unref);
  page = adw_preferences_page_new ();
  self->promotion = promotion;
  self->documents = documents;
  adw_window_title_set_title (self->title, promotion->name);
  nip = kr_nip_format_digits (promotion->nip);
  adw_window_title_set_subtitle (self->title, nip);
  build_summary (self, page);
  build_documents (self, page);
  build_step (self, page);
  build_history (self, page);
  gtk_scrolled_window_set_child (self->scroll, page);
}

/* API */

gboolean
kr_promotion_dialog_step (KrPromotionDialog *self,
                          const char *step,
                          const char *number,
                          const char *date,
                          const char *tmt,
                          const char *reason)
{
  g_return_val_if_fail (KR_IS_PROMOTION_DIALOG (self), FALSE);
  g_return_val_if_fail (step != NULL, FALSE);

  if (self->promotion == NULL)
    return FALSE;
  if (number != NULL && self->number_row != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->number_row), number);
  if (date != NULL && self->date_row != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
  if (tmt != NULL && self->tmt_row != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->tmt_row), tmt);
  if (reason != NULL && self->reason_row != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->reason_row), reason);
  if (g_str_equal (step, "documents"))
    return move_to (self, KR_PROMOTION_STAGE_DOCUMENTS_COMPLETE, NULL, _ ("Documents complete"));
  if (g_str_equal (step, "propose"))
    return move_to (self, KR_PROMOTION_STAGE_PROPOSED, NULL, _ ("Marked proposed"));
  if (g_str_equal (step, "pertek"))
    return record_pertek (self);
  if (g_str_equal (step, "decree"))
    return record_decree (self);
  if (g_str_equal (step, "effective"))
    return move_to (self, KR_PROMOTION_STAGE_EFFECTIVE, NULL,
                    _ ("Promotion effective: the rank history has the new rank"));
  if (g_str_equal (step, "back"))
    return step_back (self, FALSE);
  if (g_str_equal (step, "cancel"))
    return step_back (self, TRUE);
  g_return_val_if_reached (FALSE);
}

gboolean
kr_promotion_dialog_set_document (KrPromotionDialog *self, const char *code, gboolean done)
{
  g_return_val_if_fail (KR_IS_PROMOTION_DIALOG (self), FALSE);

  for (guint i = 0; self->documents != NULL && i < self->documents->len; i++)
    {
      const KrPromotionDocument *document = g_ptr_array_index (self->documents, i);
      GError *error = NULL;
      gboolean ok;

      if (!g_str_equal (document->code, code))
        continue;
      ok = kr_promotion_repository_set_document (self->promotions, document->id, done,
                                                 document->note, &error);
      return finish_write (self, ok, error, _ ("Document ticked"));
    }
  return FALSE;
}

const KrPromotion *
kr_promotion_dialog_get_promotion (KrPromotionDialog *self)
{
  g_return_val_if_fail (KR_IS_PROMOTION_DIALOG (self), NULL);
  return self->promotion;
}

const char *
kr_promotion_dialog_get_error (KrPromotionDialog *self)
{
  g_return_val_if_fail (KR_IS_PROMOTION_DIALOG (self), NULL);
  return self->error;
}

static void
kr_promotion_dialog_dispose (GObject *object)
{
  KrPromotionDialog *self = KR_PROMOTION_DIALOG (object);

  g_clear_object (&self->promotions);
  g_clear_pointer (&self->promotion, kr_promotion_free);
  g_clear_pointer (&self->documents, g_ptr_array_unref);
  g_clear_pointer (&self->error, g_free);

  G_OBJECT_CLASS (kr_promotion_dialog_parent_class)->dispose (object);
}

static void
kr_promotion_dialog_class_init (KrPromotionDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kr_promotion_dialog_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kr_promotion_dialog_init (KrPromotionDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();

  self->title = ADW_WINDOW_TITLE (adw_window_title_new (_ ("Promotion Proposal"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));
  self->scroll = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_policy (self->scroll, GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (GTK_WIDGET (self->scroll), TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->scroll));
  self->toast_overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toast_overlay, box);
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (self->toast_overlay));
}

GtkWidget *
kr_promotion_dialog_new (GtkWindow *parent, KrPromotionRepository *promotions, gint64 id)
{
  KrPromotionDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KR_IS_PROMOTION_REPOSITORY (promotions), NULL);

  self = g_object_new (KR_TYPE_PROMOTION_DIALOG, "transient-for", parent, "modal", TRUE,
                       "default-width", 600, "default-height", 720, "width-request", 360,
                       "height-request", 294, "title", _ ("Promotion Proposal"), NULL);
  self->promotions = g_object_ref (promotions);
  self->id = id;
  refresh (self);
  return GTK_WIDGET (self);
}
