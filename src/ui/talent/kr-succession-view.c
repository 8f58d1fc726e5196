/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-succession-view"

#include "config.h"

#include "kr-succession-view-private.h"

#include <glib/gi18n.h>

#include "kr-nip.h"
#include "kr-promotions-common.h"
#include "kr-talent-models.h"
#include "kr-training-widgets.h"

G_DEFINE_FINAL_TYPE (KrSuccessionView, kr_succession_view, ADW_TYPE_BIN)

void
_kr_succession_removed_free (Removed *removed)
{
  g_free (removed->gaps);
  g_free (removed);
}

/* Reading, in a worker */

typedef struct
{
  gint64 unit_id;
  gboolean gaps_only;
} Request;

static gpointer
read_plans (KrTalentRepository *repository,
            gpointer data,
            GCancellable *cancellable,
            GError **error)
{
  const Request *request = data;

  return kr_talent_repository_list_plans (repository, request->unit_id, TRUE, request->gaps_only,
                                          error);
}

gboolean
_kr_succession_view_can_write (KrSuccessionView *self)
{
  return kr_training_can (self->database, KR_PERMISSION_WRITE_TALENT);
}

/* Rows */

static GtkWidget *
gap_pill (KrSuccessionGap gap)
{
  GtkWidget *label = gtk_label_new (kr_succession_gap_get_label (gap));

  gtk_widget_add_css_class (label, "state-pill");
  gtk_widget_add_css_class (label, gap == KR_SUCCESSION_GAP_NO_SUCCESSOR ? "error" : "warning");
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  return label;
}

static char *
plan_subtitle (const KrSuccessionPlan *plan)
{
  g_autofree char *retires = NULL;
  g_autofree char *nip = NULL;

  if (plan->holder_id == 0)
    /* Translators: a key position nobody holds */
    return g_strdup_printf (_ ("%s · vacant"), plan->unit_name != NULL ? plan->unit_name : "—");
  retires = kr_promotions_format_date (&plan->holder_retirement);
  nip = kr_nip_format_digits (plan->holder_nip);
  /* Translators: "Dinas Pendidikan · held by Budi (NIP) · retires 1 May 2027" */
  return g_strdup_printf (_ ("%s · held by %s (%s) · retires %s"),
                          plan->unit_name != NULL ? plan->unit_name : "—", plan->holder_name, nip,
                          retires);
}

static GtkWidget *
successor_row (KrSuccessionView *self, const KrSuccessionPlan *plan, const KrSuccessor *s)
{
  g_autofree char *title = g_strdup_printf ("%u. %s", s->rank, s->name);
  g_autofree char *box =
      s->box != 0 ? g_strdup_printf (_ ("box %u"), s->box) : g_strdup (_ ("not in the 9-box"));
  g_autofree char *subtitle = NULL;
  GtkWidget *row;
  gboolean writable = _kr_succession_view_can_write (self);

  /* Translators: "III/d · Ready now · box 8 · Needs PKA" */
  subtitle = g_strdup_printf ("%s · %s · %s%s%s",
                              s->has_golongan ? kr_rank_get_golongan (s->golongan) : "—",
                              kr_successor_readiness_get_label (s->readiness), box,
                              s->gaps != NULL ? " · " : "", s->gaps != NULL ? s->gaps : "");
  row = kr_training_row_new (title, subtitle);
  if (s->readiness == KR_SUCCESSOR_READINESS_NOW)
    gtk_widget_add_css_class (row, "success");
  if (s->excluded)
    gtk_widget_add_css_class (row, "warning");
  if (writable)
    {
      GtkWidget *up = kr_training_icon_button_new ("go-up-symbolic", _ ("Move Up"),
                                                   "succession.move-up", s->id);
      GtkWidget *down = kr_training_icon_button_new ("go-down-symbolic", _ ("Move Down"),
                                                     "succession.move-down", s->id);

      gtk_widget_set_sensitive (up, s->rank > 1);
      gtk_widget_set_sensitive (down, s->rank < plan->successors->len);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 kr_training_icon_button_new ("document-edit-symbolic",
                                                              _ ("Edit Readiness and Gaps…"),
                                                              "succession.edit-successor", s->id));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), up);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), down);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 kr_training_icon_button_new ("user-trash-symbolic",
                                                              _ ("Remove Successor"),
                                                              "succession.remove", s->id));
    }
  return row;
}

static GtkWidget *
plan_buttons_row (const KrSuccessionPlan *plan)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *add = gtk_button_new_with_mnemonic (_ ("Add _Successor…"));
  GtkWidget *delete = gtk_button_new_with_mnemonic (_ ("_Delete Plan"));

  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "succession.add-successor");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (add), "x", plan->id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete), "succession.delete-plan");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (delete), "x", plan->id);
  gtk_widget_add_css_class (delete, "destructive-action");
  gtk_box_append (GTK_BOX (box), add);
  gtk_box_append (GTK_BOX (box), delete);
  gtk_widget_set_halign (box, GTK_ALIGN_END);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
on_expanded_cb (AdwExpanderRow *row, GParamSpec *pspec, KrSuccessionView *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "kr-plan-id");

  if (adw_expander_row_get_expanded (row))
    g_hash_table_add (self->expanded, g_memdup2 (id, sizeof *id));
  else
    g_hash_table_remove (self->expanded, id);
}

static GtkWidget *
plan_row (KrSuccessionView *self, const KrSuccessionPlan *plan)
{
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *subtitle = plan_subtitle (plan);
  g_autofree char *count = NULL;
  gboolean writable = _kr_succession_view_can_write (self);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), plan->position_name);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  if (plan->gap != KR_SUCCESSION_GAP_NONE)
    adw_expander_row_add_action (ADW_EXPANDER_ROW (row), gap_pill (plan->gap));
  else
    {
      count = g_strdup_printf (ngettext ("%u successor", "%u successors", plan->successors->len),
                               plan->successors->len);
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), gtk_label_new (count));
    }
  if (plan->note != NULL || writable)
    {
      GtkWidget *note =
          kr_training_row_new (_ ("Note"), plan->note != NULL ? plan->note : _ ("No note"));

      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (note), 4);
      if (writable)
        adw_action_row_add_suffix (ADW_ACTION_ROW (note),
                                   kr_training_icon_button_new ("document-edit-symbolic",
                                                                _ ("Edit Plan Note…"),
                                                                "succession.edit-note", plan->id));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), note);
    }
  for (guint i = 0; i < plan->successors->len; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                              successor_row (self, plan, g_ptr_array_index (plan->successors, i)));
  if (plan->successors->len == 0)
    {
      GtkWidget *none = kr_training_row_new (_ ("No successor named yet"), NULL);

      gtk_widget_add_css_class (none, "dim-label");
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), none);
    }
  if (writable)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row), plan_buttons_row (plan));
  g_object_set_data_full (G_OBJECT (row), "kr-plan-id", g_memdup2 (&plan->id, sizeof plan->id),
                          g_free);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row),
                                 g_hash_table_contains (self->expanded, &plan->id));
  g_signal_connect (row, "notify::expanded", G_CALLBACK (on_expanded_cb), self);
  return row;
}

static void
show_plans (KrSuccessionView *self)
{
  guint gaps = 0;
  g_autofree char *text = NULL;

  kr_training_clear_list (self->list);
  g_hash_table_remove_all (self->plan_rows);
  for (guint i = 0; i < self->plans->len; i++)
    {
      const KrSuccessionPlan *plan = g_ptr_array_index (self->plans, i);
      GtkWidget *row = plan_row (self, plan);

      gaps += plan->gap != KR_SUCCESSION_GAP_NONE;
      g_hash_table_insert (self->plan_rows, g_memdup2 (&plan->id, sizeof plan->id), row);
      gtk_list_box_append (self->list, row);
    }
  /* Translators: "12 key positions · 5 with a gap" */
  text = g_strdup_printf (ngettext ("%u key position · %u with a gap",
                                    "%u key positions · %u with a gap", self->plans->len),
                          self->plans->len, gaps);
  gtk_label_set_label (self->count_label, text);
  if (self->plans->len > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "list");
      return;
    }
  adw_status_page_set_icon_name (self->empty_page, "system-users-symbolic");
  adw_status_page_set_title (self->empty_page, _ ("No Succession Plans"));
  adw_status_page_set_description (
      self->empty_page, gtk_toggle_button_get_active (self->gaps_toggle)
                            ? _ ("Every key position of this unit has a successor ready now.")
                            : _ ("Add a plan for a key position, then name its successors from "
                                 "the talent pool."));
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
read_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrSuccessionView *self;
  g_autoptr (GError) error = NULL;
  GPtrArray *plans = kr_talent_read_job_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = KR_SUCCESSION_VIEW (source);
  self->loading = FALSE;
  g_clear_pointer (&self->plans, g_ptr_array_unref);
  if (plans == NULL)
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      kr_training_clear_list (self->list);
      gtk_label_set_label (self->count_label, "");
      adw_status_page_set_icon_name (self->empty_page, "dialog-warning-symbolic");
      adw_status_page_set_title (self->empty_page, _ ("The Plans Cannot Be Read"));
      adw_status_page_set_description (self->empty_page, markup);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  self->plans = plans;
  show_plans (self);
}

static void
reload (KrSuccessionView *self)
{
  Request *request;

  if (self->filling)
    return;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_set_sensitive (self->add_button,
                            self->talent != NULL && _kr_succession_view_can_write (self));
  if (self->talent == NULL)
    {
      self->loading = FALSE;
      g_clear_pointer (&self->plans, g_ptr_array_unref);
      kr_training_clear_list (self->list);
      gtk_label_set_label (self->count_label, "");
      return;
    }
  request = g_new0 (Request, 1);
  request->unit_id = kr_training_unit_dropdown_get_unit (self->unit_dropdown, self->unit_ids);
  request->gaps_only = gtk_toggle_button_get_active (self->gaps_toggle);
  self->loading = TRUE;
  self->cancellable = g_cancellable_new ();
  gtk_label_set_label (self->count_label, _ ("Reading…"));
  kr_talent_read_job_run (self, self->talent, read_plans, request, g_free,
                          (GDestroyNotify) g_ptr_array_unref, self->cancellable, read_done_cb,
                          NULL);
}

static void
on_talent_changed_cb (KrTalentRepository *talent, guint mask, KrSuccessionView *self)
{
  /* Assessments move employees between boxes, which the successor rows show */
  reload (self);
}

static void
on_units_changed_cb (KrSuccessionView *self)
{
  gint64 unit_id = kr_training_unit_dropdown_get_unit (self->unit_dropdown, self->unit_ids);

  self->filling = TRUE;
  kr_training_unit_dropdown_fill (self->unit_dropdown, self->unit_ids, self->database, self->units,
                                  TRUE);
  kr_training_unit_dropdown_set_unit (self->unit_dropdown, self->unit_ids, unit_id);
  self->filling = FALSE;
  reload (self);
}

/* Building */

static GtkWidget *
build_toolbar (KrSuccessionView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *print = gtk_button_new_from_icon_name ("printer-symbolic");

  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  self->unit_dropdown = kr_training_unit_dropdown_new (self->unit_ids);
  gtk_widget_set_hexpand (GTK_WIDGET (self->unit_dropdown), TRUE);
  self->gaps_toggle = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_mnemonic (_ ("_Gaps Only")));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->gaps_toggle),
                               _ ("Only key positions without a successor ready now"));
  self->add_button = gtk_button_new_from_icon_name ("list-add-symbolic");
  gtk_widget_set_tooltip_text (self->add_button, _ ("Add Succession Plan…"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Add Succession Plan…"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->add_button), "succession.add-plan");
  gtk_widget_set_tooltip_text (print, _ ("Print the Succession Plans"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (print), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Print the Succession Plans"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (print), "succession.print");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->unit_dropdown));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->gaps_toggle));
  gtk_box_append (GTK_BOX (box), self->add_button);
  gtk_box_append (GTK_BOX (box), print);
  g_signal_connect_swapped (self->unit_dropdown, "notify::selected", G_CALLBACK (reload), self);
  g_signal_connect_swapped (self->gaps_toggle, "toggled", G_CALLBACK (reload), self);
  return box;
}

static void
build (KrSuccessionView *self)
{
  GtkWidget *toolbar = build_toolbar (self);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Succession plans"), -1);
  self->count_label = kr_training_count_label_new ();
  adw_bin_set_child (ADW_BIN (self), kr_training_boxed_page_new (
                                         toolbar, GTK_WIDGET (self->count_label),
                                         GTK_WIDGET (self->list), &self->stack, &self->empty_page));
}

/* API */

GtkWidget *
kr_succession_view_new (void)
{
  return g_object_new (KR_TYPE_SUCCESSION_VIEW, NULL);
}

void
kr_succession_view_set_repositories (KrSuccessionView *self,
                                     KrDatabase *database,
                                     KrTalentRepository *talent,
                                     KrUnitRepository *units)
{
  g_return_if_fail (KR_IS_SUCCESSION_VIEW (self));

  if (self->talent != NULL)
    g_signal_handlers_disconnect_by_func (self->talent, on_talent_changed_cb, self);
  if (self->units != NULL)
    g_signal_handlers_disconnect_by_func (self->units, on_units_changed_cb, self);
  g_set_object (&self->database, database);
  g_set_object (&self->talent, talent);
  g_set_object (&self->units, units);
  g_clear_pointer (&self->removed, _kr_succession_removed_free);
  g_hash_table_remove_all (self->expanded);
  if (talent != NULL)
    g_signal_connect_object (talent, "changed", G_CALLBACK (on_talent_changed_cb), self, 0);
  if (units != NULL)
    g_signal_connect_object (units, "changed", G_CALLBACK (on_units_changed_cb), self,
                             G_CONNECT_SWAPPED);
  self->filling = TRUE;
  kr_training_unit_dropdown_fill (self->unit_dropdown, self->unit_ids, database, units, TRUE);
  self->filling = FALSE;
  reload (self);
}

void
kr_succession_view_set_filter (KrSuccessionView *self, gint64 unit_id, gboolean gaps_only)
{
  g_return_if_fail (KR_IS_SUCCESSION_VIEW (self));

  self->filling = TRUE;
  kr_training_unit_dropdown_set_unit (self->unit_dropdown, self->unit_ids, unit_id);
  gtk_toggle_button_set_active (self->gaps_toggle, gaps_only);
  self->filling = FALSE;
  reload (self);
}

GPtrArray *
kr_succession_view_get_plans (KrSuccessionView *self)
{
  g_return_val_if_fail (KR_IS_SUCCESSION_VIEW (self), NULL);
  return self->plans;
}

gboolean
kr_succession_view_get_loading (KrSuccessionView *self)
{
  g_return_val_if_fail (KR_IS_SUCCESSION_VIEW (self), FALSE);
  return self->loading;
}

const char *
kr_succession_view_get_count_label (KrSuccessionView *self)
{
  g_return_val_if_fail (KR_IS_SUCCESSION_VIEW (self), NULL);
  return gtk_label_get_label (self->count_label);
}

GtkWidget *
kr_succession_view_get_plan_row (KrSuccessionView *self, gint64 plan_id)
{
  g_return_val_if_fail (KR_IS_SUCCESSION_VIEW (self), NULL);
  return g_hash_table_lookup (self->plan_rows, &plan_id);
}

static void
kr_succession_view_dispose (GObject *object)
{
  KrSuccessionView *self = KR_SUCCESSION_VIEW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->undo_toast != NULL)
    g_signal_handlers_disconnect_by_data (self->undo_toast, self);
  self->undo_toast = NULL;
  if (self->talent != NULL)
    g_signal_handlers_disconnect_by_func (self->talent, on_talent_changed_cb, self);
  if (self->units != NULL)
    g_signal_handlers_disconnect_by_func (self->units, on_units_changed_cb, self);
  g_clear_object (&self->talent);
  g_clear_object (&self->units);
  g_clear_object (&self->database);
  g_clear_pointer (&self->plans, g_ptr_array_unref);
  g_clear_pointer (&self->removed, _kr_succession_removed_free);
  if (self->plan_rows != NULL)
    g_hash_table_remove_all (self->plan_rows);
  adw_bin_set_child (ADW_BIN (self), NULL);

  G_OBJECT_CLASS (kr_succession_view_parent_class)->dispose (object);
}

static void
kr_succession_view_finalize (GObject *object)
{
  KrSuccessionView *self = KR_SUCCESSION_VIEW (object);

  g_array_unref (self->unit_ids);
  g_hash_table_unref (self->expanded);
  g_hash_table_unref (self->plan_rows);

  G_OBJECT_CLASS (kr_succession_view_parent_class)->finalize (object);
}

static void
kr_succession_view_class_init (KrSuccessionViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_succession_view_dispose;
  object_class->finalize = kr_succession_view_finalize;
  _kr_succession_view_class_add_actions (widget_class);
}

static void
kr_succession_view_init (KrSuccessionView *self)
{
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->expanded = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->plan_rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  build (self);
}
