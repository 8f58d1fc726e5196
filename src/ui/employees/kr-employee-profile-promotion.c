/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-employee-profile-promotion"

#include "config.h"

#include "kr-employee-profile-private.h"

#include <glib/gi18n.h>

#include "kr-promotion-record-dialog.h"
#include "kr-promotions-common.h"
#include "kr-training-widgets.h"

/* The Promotion view: the verdict of the next KP period with its reasons, the employee's KP
 * proposals with their stage, and the facts the KP rules read that are recorded here: ujian
 * dinas passed and angka kredit by year. Read in a worker, again on every change. */

/* Reading, in a worker */

typedef struct
{
  GDate period;
  KrPromotionVerdict *verdict; /* NULL without a KP period ahead */
  KrRank rank;
  double ak_counted;
  double ak_needed;
  guint ak_since;
  GPtrArray *promotions;   /* KrPromotion, newest first */
  GPtrArray *ujian_dinas;  /* KrUjianDinas, by level */
  GPtrArray *angka_kredit; /* KrAngkaKredit, by year */
} Promotion;

static void
promotion_free (Promotion *p)
{
  g_clear_pointer (&p->verdict, kr_promotion_verdict_free);
  g_clear_pointer (&p->promotions, g_ptr_array_unref);
  g_clear_pointer (&p->ujian_dinas, g_ptr_array_unref);
  g_clear_pointer (&p->angka_kredit, g_ptr_array_unref);
  g_free (p);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Promotion, promotion_free)

/* The best verdict of the next period, with the sanctions the facts hold. */
static gboolean
read_verdict (KrPromotionRepository *repository, gint64 employee_id, Promotion *p, GError **error)
{
  g_autoptr (GArray) periods = kr_promotions_upcoming_periods (1);
  g_autoptr (GPtrArray) sanctions = NULL;
  g_autoptr (GArray) contiguous = g_array_new (FALSE, TRUE, sizeof (KrPromotionSanction));
  KrPromotionFacts facts;

  if (periods->len == 0)
    return TRUE;
  p->period = g_array_index (periods, GDate, 0);
  if (!kr_promotion_repository_get_facts (repository, employee_id, KR_KP_KIND_REGULER, &p->period,
                                          &facts, &sanctions, error))
    return FALSE;
  for (guint i = 0; i < sanctions->len; i++)
    g_array_append_vals (contiguous, g_ptr_array_index (sanctions, i), 1);
  facts.sanctions = (const KrPromotionSanction *) (gpointer) contiguous->data;
  facts.n_sanctions = contiguous->len;
  p->verdict = kr_promotion_evaluate_best (&facts, &p->period);
  p->rank = facts.rank;
  p->ak_counted = facts.angka_kredit;
  p->ak_needed = facts.has_position ? kr_angka_kredit_for_kp (facts.position_level) : 0;
  p->ak_since = g_date_valid (&facts.rank_tmt) ? g_date_get_year (&facts.rank_tmt) : 0;
  return TRUE;
}

static gpointer
read_promotion (KrPromotionRepository *repository,
                gpointer data,
                GCancellable *cancellable,
                GError **error)
{
  gint64 employee_id = *(gint64 *) data;
  g_autoptr (Promotion) p = g_new0 (Promotion, 1);

  g_date_clear (&p->period, 1);
  if (!read_verdict (repository, employee_id, p, error))
    return NULL;
  p->promotions = kr_promotion_repository_list_employee_promotions (repository, employee_id, error);
  if (p->promotions == NULL)
    return NULL;
  p->ujian_dinas = kr_promotion_repository_list_ujian_dinas (repository, employee_id, error);
  if (p->ujian_dinas == NULL)
    return NULL;
  p->angka_kredit = kr_promotion_repository_list_angka_kredit (repository, employee_id, error);
  if (p->angka_kredit == NULL)
    return NULL;
  return g_steal_pointer (&p);
}

/* Showing it */

static gboolean
can_write (KrEmployeeProfile *self)
{
  return self->promotion_repository != NULL &&
         kr_promotions_can_write (
             kr_promotion_repository_get_database (self->promotion_repository));
}

static GtkWidget *
new_pill (void)
{
  GtkWidget *pill = gtk_label_new (NULL);

  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  return pill;
}

static void
add_placeholder (GtkListBox *list, const char *text)
{
  GtkWidget *row = kr_training_row_new (text, NULL);

  gtk_widget_add_css_class (row, "dim-label");
  gtk_list_box_append (list, row);
}

static void
add_edit_buttons (GtkWidget *row, const char *what, gint64 id)
{
  g_autofree char *edit = g_strdup_printf ("profile.edit-%s", what);
  g_autofree char *delete = g_strdup_printf ("profile.delete-%s", what);

  adw_action_row_add_suffix (
      ADW_ACTION_ROW (row),
      kr_training_icon_button_new ("document-edit-symbolic", _ ("Edit"), edit, id));
  adw_action_row_add_suffix (
      ADW_ACTION_ROW (row),
      kr_training_icon_button_new ("user-trash-symbolic", _ ("Delete"), delete, id));
}

static void
show_verdict (KrEmployeeProfile *self, const Promotion *p)
{
  const KrPromotionVerdict *v = p->verdict;
  g_autofree char *period = kr_promotions_format_date (&p->period);
  g_autofree char *ranks = NULL;
  g_autofree char *title = NULL;
  g_autofree char *summary = NULL;
  const char *headline;
  guint n_unmet = 0;
  GtkWidget *row, *pill;

  if (v == NULL)
    {
      add_placeholder (self->promotion_verdict_list, _ ("No KP period ahead"));
      return;
    }
  ranks = kr_promotions_format_ranks (p->rank, v->to_rank);
  /* Translators: the KP kind evaluated, the ranks and the period date, e.g. "Regular · II/d →
   * III/a on 1 April 2027" */
  title = g_strdup_printf (_ ("%s · %s on %s"), kr_kp_kind_get_label (v->kind), ranks, period);
  row = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  headline = kr_promotions_verdict_headline (v, &n_unmet);
  if (headline == NULL)
    summary = g_strdup (_ ("Every rule is met"));
  else if (n_unmet > 1)
    summary = g_strdup_printf (ngettext ("%s (and %u more)", "%s (and %u more)", n_unmet - 1),
                               headline, n_unmet - 1);
  else
    summary = g_strdup (headline);
  if (v->verdict == KR_PROMOTION_NOT_YET)
    {
      g_autofree char *from = kr_promotions_format_date (&v->eligible_on);
      g_autofree char *line = g_steal_pointer (&summary);

      summary = g_strdup_printf (_ ("From %s: %s"), from, line);
    }
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), summary);
  pill = new_pill ();
  kr_promotions_verdict_pill (GTK_LABEL (pill), v->verdict);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), pill);
  gtk_list_box_append (self->promotion_verdict_list, row);
  for (guint i = 0; i < v->reasons->len; i++)
    {
      const KrPromotionReason *reason = g_ptr_array_index (v->reasons, i);
      GtkWidget *icon = gtk_image_new_from_icon_name (reason->met ? "emblem-ok-symbolic"
                                                                  : "dialog-warning-symbolic");
      GtkWidget *reason_row =
          kr_training_row_new (kr_promotion_rule_get_label (reason->rule), reason->text);

      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (reason_row), 3);
      gtk_widget_add_css_class (icon, reason->met ? "success" : "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      reason->met ? _ ("Met") : _ ("Not met"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (reason_row), icon);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), reason_row);
    }
}

static void
show_proposals (KrEmployeeProfile *self, const Promotion *p)
{
  for (guint i = 0; i < p->promotions->len; i++)
    {
      const KrPromotion *kp = g_ptr_array_index (p->promotions, i);
      g_autofree char *period = kr_promotions_format_date (&kp->period);
      g_autofree char *ranks = kr_promotions_format_ranks (kp->from_rank, kp->to_rank);
      g_autofree char *title = g_strdup_printf ("%s · %s", kr_kp_kind_get_label (kp->kind), ranks);
      GString *subtitle = g_string_new (period);
      GtkWidget *row, *pill = new_pill ();

      if (kp->sk_number != NULL)
        g_string_append_printf (subtitle, " · %s", kp->sk_number);
      else if (kp->stage < KR_PROMOTION_STAGE_PROPOSED)
        {
          /* Translators: how many of a KP proposal's checklist documents are at hand */
          g_string_append (subtitle, " · ");
          g_string_append_printf (subtitle, _ ("documents %u of %u"), kp->n_documents_done,
                                  kp->n_documents);
        }
      row = kr_training_row_new (title, subtitle->str);
      g_string_free (subtitle, TRUE);
      kr_promotions_stage_pill (GTK_LABEL (pill), kp->stage);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), pill);
      gtk_list_box_append (self->promotion_proposal_list, row);
    }
  if (p->promotions->len == 0)
    add_placeholder (self->promotion_proposal_list, _ ("No KP proposal yet"));
}

static void
show_records (KrEmployeeProfile *self, const Promotion *p)
{
  gboolean writable = can_write (self);

  for (guint i = 0; i < p->ujian_dinas->len; i++)
    {
      const KrUjianDinas *r = g_ptr_array_index (p->ujian_dinas, i);
      g_autofree char *date = kr_promotions_format_date (&r->date);
      g_autofree char *subtitle =
          r->certificate != NULL ? g_strdup_printf ("%s · %s", date, r->certificate) : NULL;
      GtkWidget *row = kr_training_row_new (kr_ujian_dinas_level_get_label (r->level),
                                            subtitle != NULL ? subtitle : date);

      if (writable)
        add_edit_buttons (row, "ujian-dinas", r->id);
      gtk_list_box_append (self->ujian_dinas_list, row);
    }
  if (p->ujian_dinas->len == 0)
    add_placeholder (self->ujian_dinas_list, _ ("No ujian dinas recorded"));

  /* Newest year first, as the other views list */
  for (guint i = p->angka_kredit->len; i > 0; i--)
    {
      const KrAngkaKredit *r = g_ptr_array_index (p->angka_kredit, i - 1);
      g_autofree char *year = g_strdup_printf ("%u", r->year);
      g_autofree char *value = g_strdup_printf ("%.2f AK", r->value);
      GtkWidget *row = kr_training_row_new (year, kr_angka_kredit_source_get_label (r->source));

      kr_training_row_add_value (row, value);
      if (writable)
        add_edit_buttons (row, "angka-kredit", r->id);
      gtk_list_box_append (self->angka_kredit_list, row);
    }
  if (p->angka_kredit->len == 0)
    add_placeholder (self->angka_kredit_list, _ ("No angka kredit recorded"));
  if (p->ak_since > 0)
    {
      g_autofree char *counted = g_strdup_printf ("%.2f", p->ak_counted);
      g_autofree char *needed = g_strdup_printf ("%.2f", p->ak_needed);
      g_autofree char *text =
          p->ak_needed > 0
              /* Translators: AK counted, the year of the current rank, AK the jenjang needs */
              ? g_strdup_printf (_ ("%s AK counted for KP since %u, the year of the current "
                                    "rank; a Functional (pilihan) KP needs %s"),
                                 counted, p->ak_since, needed)
              : g_strdup_printf (_ ("%s AK counted for KP since %u, the year of the current rank"),
                                 counted, p->ak_since);

      adw_preferences_group_set_description (self->angka_kredit_group, text);
    }
}

static void
clear_lists (KrEmployeeProfile *self)
{
  kr_training_clear_list (self->promotion_verdict_list);
  kr_training_clear_list (self->promotion_proposal_list);
  kr_training_clear_list (self->ujian_dinas_list);
  kr_training_clear_list (self->angka_kredit_list);
  adw_preferences_group_set_description (self->angka_kredit_group, NULL);
}

static void
clear_shown (KrEmployeeProfile *self)
{
  g_clear_pointer (&self->promotion_verdict, kr_promotion_verdict_free);
  g_clear_pointer (&self->ujian_dinas, g_ptr_array_unref);
  g_clear_pointer (&self->angka_kredit, g_ptr_array_unref);
}

static void
read_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrEmployeeProfile *self = KR_EMPLOYEE_PROFILE (source);
  g_autoptr (GError) error = NULL;
  g_autoptr (Promotion) p = kr_promotion_read_job_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self->promotion_loading = FALSE;
  clear_lists (self);
  clear_shown (self);
  if (p == NULL)
    {
      add_placeholder (self->promotion_verdict_list, error->message);
      return;
    }
  show_verdict (self, p);
  show_proposals (self, p);
  show_records (self, p);
  self->promotion_verdict = g_steal_pointer (&p->verdict);
  self->ujian_dinas = g_ptr_array_ref (p->ujian_dinas);
  self->angka_kredit = g_ptr_array_ref (p->angka_kredit);
}

void
_kr_employee_profile_show_promotion (KrEmployeeProfile *self)
{
  gboolean shown = self->promotion_repository != NULL && self->employee != NULL;
  gboolean writable = shown && can_write (self);
  gint64 *employee_id;

  g_cancellable_cancel (self->promotion_cancellable);
  g_clear_object (&self->promotion_cancellable);
  self->promotion_loading = FALSE;
  clear_lists (self);
  clear_shown (self);
  adw_view_stack_page_set_visible (self->promotion_page, self->promotion_repository != NULL);
  gtk_widget_set_visible (self->ujian_dinas_add_button, writable);
  gtk_widget_set_visible (self->angka_kredit_add_button, writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.add-ujian-dinas", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.add-angka-kredit", writable);
  if (!shown)
    return;

  self->promotion_loading = TRUE;
  self->promotion_cancellable = g_cancellable_new ();
  employee_id = g_memdup2 (&self->employee_id, sizeof self->employee_id);
  kr_promotion_read_job_run (self, self->promotion_repository, read_promotion, employee_id, g_free,
                             (GDestroyNotify) promotion_free, self->promotion_cancellable,
                             read_done_cb, NULL);
}

/* Actions */

static GtkWindow *
parent_window (KrEmployeeProfile *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static gpointer
find_record (GPtrArray *records, gint64 id)
{
  /* KrUjianDinas and KrAngkaKredit both start with their id. */
  for (guint i = 0; records != NULL && i < records->len; i++)
    if (*(gint64 *) g_ptr_array_index (records, i) == id)
      return g_ptr_array_index (records, i);
  return NULL;
}

static void
add_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrEmployeeProfile *self = KR_EMPLOYEE_PROFILE (widget);
  gboolean ujian = g_str_equal (action_name, "profile.add-ujian-dinas");
  GtkWidget *dialog;

  if (self->promotion_repository == NULL || self->employee == NULL || !can_write (self))
    return;
  dialog = ujian ? kr_ujian_dinas_dialog_new (parent_window (self), self->promotion_repository,
                                              self->employee_id, NULL)
                 : kr_angka_kredit_dialog_new (parent_window (self), self->promotion_repository,
                                               self->employee_id, NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrEmployeeProfile *self = KR_EMPLOYEE_PROFILE (widget);
  gboolean ujian = g_str_equal (action_name, "profile.edit-ujian-dinas");
  gpointer record =
      find_record (ujian ? self->ujian_dinas : self->angka_kredit, g_variant_get_int64 (parameter));
  GtkWidget *dialog;

  if (self->promotion_repository == NULL || record == NULL || !can_write (self))
    return;
  dialog = ujian ? kr_ujian_dinas_dialog_new (parent_window (self), self->promotion_repository,
                                              self->employee_id, record)
                 : kr_angka_kredit_dialog_new (parent_window (self), self->promotion_repository,
                                               self->employee_id, record);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_delete_response_cb (AdwMessageDialog *dialog, const char *response, KrEmployeeProfile *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (dialog), "kr-id");
  gboolean ujian = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "kr-ujian"));
  g_autoptr (GError) error = NULL;
  gboolean deleted;

  if (g_strcmp0 (response, "delete") != 0 || self->promotion_repository == NULL)
    return;
  deleted =
      ujian ? kr_promotion_repository_delete_ujian_dinas (self->promotion_repository, id, &error)
            : kr_promotion_repository_delete_angka_kredit (self->promotion_repository, id, &error);
  if (!deleted)
    kr_training_show_toast (GTK_WIDGET (self), error->message);
}

static void
delete_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrEmployeeProfile *self = KR_EMPLOYEE_PROFILE (widget);
  gboolean ujian = g_str_equal (action_name, "profile.delete-ujian-dinas");
  gint64 id = g_variant_get_int64 (parameter);
  AdwMessageDialog *dialog;

  if (!can_write (self))
    return;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
      parent_window (self),
      ujian ? _ ("Delete the Ujian Dinas Record?") : _ ("Delete the Angka Kredit Record?"),
      _ ("The KP rules no longer count it for this employee.")));
  g_object_set_data_full (G_OBJECT (dialog), "kr-id", g_memdup2 (&id, sizeof id), g_free);
  g_object_set_data (G_OBJECT (dialog), "kr-ujian", GINT_TO_POINTER (ujian));
  adw_message_dialog_add_response (dialog, "cancel", _ ("_Cancel"));
  adw_message_dialog_add_response (dialog, "delete", _ ("_Delete"));
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_kr_employee_profile_class_add_promotion_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "profile.add-ujian-dinas", NULL, add_action_cb);
  gtk_widget_class_install_action (widget_class, "profile.edit-ujian-dinas", "x", edit_action_cb);
  gtk_widget_class_install_action (widget_class, "profile.delete-ujian-dinas", "x",
                                   delete_action_cb);
  gtk_widget_class_install_action (widget_class, "profile.add-angka-kredit", NULL, add_action_cb);
  gtk_widget_class_install_action (widget_class, "profile.edit-angka-kredit", "x", edit_action_cb);
  gtk_widget_class_install_action (widget_class, "profile.delete-angka-kredit", "x",
                                   delete_action_cb);
}

/* Building */

static GtkListBox *
add_group (GtkBox *box,
           const char *title,
           const char *description,
           const char *label,
           GtkWidget *suffix,
           AdwPreferencesGroup **out_group)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkListBox *list = GTK_LIST_BOX (gtk_list_box_new ());

  adw_preferences_group_set_title (group, title);
  if (description != NULL)
    adw_preferences_group_set_description (group, description);
  if (suffix != NULL)
    adw_preferences_group_set_header_suffix (group, suffix);
  gtk_list_box_set_selection_mode (list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  adw_preferences_group_add (group, GTK_WIDGET (list));
  gtk_box_append (box, GTK_WIDGET (group));
  if (out_group != NULL)
    *out_group = group;
  return list;
}

static GtkWidget *
new_add_button (const char *label, const char *accessible, const char *action)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  return button;
}

void
_kr_employee_profile_init_promotion (KrEmployeeProfile *self)
{
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);

  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  self->promotion_verdict_list =
      add_group (GTK_BOX (box), _ ("Next Period"),
                 _ ("The best KP the rules allow on the next period date; expand for each rule"),
                 _ ("KP verdict of the next period"), NULL, NULL);
  self->promotion_proposal_list = add_group (GTK_BOX (box), _ ("Proposals"), _ ("Newest first"),
                                             _ ("KP proposals"), NULL, NULL);
  self->ujian_dinas_add_button =
      new_add_button (_ ("_Add…"), _ ("Add an ujian dinas"), "profile.add-ujian-dinas");
  self->ujian_dinas_list = add_group (GTK_BOX (box), _ ("Ujian Dinas"), NULL, _ ("Ujian dinas"),
                                      self->ujian_dinas_add_button, NULL);
  self->angka_kredit_add_button =
      new_add_button (_ ("A_dd…"), _ ("Add angka kredit"), "profile.add-angka-kredit");
  self->angka_kredit_list =
      add_group (GTK_BOX (box), _ ("Angka Kredit"), NULL, _ ("Angka kredit by year"),
                 self->angka_kredit_add_button, &self->angka_kredit_group);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 800);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (self->promotion_scroll, clamp);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.add-ujian-dinas", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.add-angka-kredit", FALSE);
}

/* The repository */

static void
on_promotion_changed_cb (KrPromotionRepository *repository, guint mask, KrEmployeeProfile *self)
{
  if (self->employee != NULL)
    _kr_employee_profile_show_promotion (self);
}

void
kr_employee_profile_set_promotion_repository (KrEmployeeProfile *self,
                                              KrPromotionRepository *repository)
{
  g_return_if_fail (KR_IS_EMPLOYEE_PROFILE (self));
  g_return_if_fail (repository == NULL || KR_IS_PROMOTION_REPOSITORY (repository));

  if (self->promotion_repository == repository)
    return;
  if (self->promotion_repository != NULL)
    g_signal_handlers_disconnect_by_func (self->promotion_repository, on_promotion_changed_cb,
                                          self);
  g_set_object (&self->promotion_repository, repository);
  if (repository != NULL)
    g_signal_connect_object (repository, "changed", G_CALLBACK (on_promotion_changed_cb), self, 0);
  _kr_employee_profile_show_promotion (self);
}

gboolean
kr_employee_profile_get_promotion_loading (KrEmployeeProfile *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_PROFILE (self), FALSE);

  return self->promotion_loading;
}

const KrPromotionVerdict *
kr_employee_profile_get_promotion_verdict (KrEmployeeProfile *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_PROFILE (self), NULL);

  return self->promotion_verdict;
}

void
_kr_employee_profile_dispose_promotion (KrEmployeeProfile *self)
{
  g_cancellable_cancel (self->promotion_cancellable);
  g_clear_object (&self->promotion_cancellable);
  clear_shown (self);
  if (self->promotion_repository != NULL)
    g_signal_handlers_disconnect_by_func (self->promotion_repository, on_promotion_changed_cb,
                                          self);
  g_clear_object (&self->promotion_repository);
}
