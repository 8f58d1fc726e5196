/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-succession-dialogs"

#include "config.h"

#include "kr-succession-dialogs.h"

#include <glib/gi18n.h>

#include "kr-nip.h"
#include "kr-promotions-common.h"
#include "kr-talent-models.h"
#include "kr-training-widgets.h"

/* How many suggestions the successor dialog lists */
#define MAX_SUGGESTIONS 100

typedef enum
{
  KIND_PLAN,
  KIND_SUCCESSOR,
} Kind;

struct _KrSuccessionDialog
{
  AdwWindow parent_instance;

  Kind kind;
  KrTalentRepository *talent;
  gint64 unit_id;
  gint64 plan_id;
  GCancellable *cancellable;
  gboolean loading;
  GPtrArray *choices; /* KrKeyPosition or KrSuccessor */

  GtkLabel *count_label;
  GtkStack *stack;
  AdwStatusPage *empty_page;
  GtkListBox *list;
  GtkLabel *error_label;
};

G_DEFINE_FINAL_TYPE (KrSuccessionDialog, kr_succession_dialog, ADW_TYPE_WINDOW)

/* Reading, in a worker */

typedef struct
{
  Kind kind;
  gint64 unit_id;
  gint64 plan_id;
} Request;

static gpointer
read_choices (KrTalentRepository *repository,
              gpointer data,
              GCancellable *cancellable,
              GError **error)
{
  const Request *request = data;
  guint year;

  if (request->kind == KIND_PLAN)
    return kr_talent_repository_list_key_positions (repository, request->unit_id, TRUE, TRUE,
                                                    error);
  if (!kr_talent_repository_get_latest_year (repository, &year, error))
    return NULL;
  return kr_talent_repository_suggest_successors (repository, request->plan_id, year,
                                                  MAX_SUGGESTIONS, error);
}

static GtkWidget *
position_row (const KrKeyPosition *position)
{
  return kr_training_row_new (position->position_name,
                              position->unit_name != NULL ? position->unit_name : NULL);
}

static GtkWidget *
suggestion_row (const KrSuccessor *s)
{
  g_autofree char *nip = kr_nip_format_digits (s->nip);
  g_autofree char *subtitle = NULL;
  GtkWidget *row;

  /* Translators: "NIP · III/d · box 8 · Ready now", then "position — unit" */
  subtitle = g_strdup_printf (_ ("%s · %s · box %u · %s\n%s — %s"), nip,
                              s->has_golongan ? kr_rank_get_golongan (s->golongan) : "—", s->box,
                              kr_successor_readiness_get_label (s->suggested),
                              s->position_name != NULL ? s->position_name : "—",
                              s->unit_name != NULL ? s->unit_name : "—");
  row = kr_training_row_new (s->name, subtitle);
  if (s->gaps != NULL)
    gtk_widget_set_tooltip_text (row, s->gaps);
  return row;
}

static void
read_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrSuccessionDialog *self;
  g_autoptr (GError) error = NULL;
  GPtrArray *choices = kr_talent_read_job_finish (result, &error);
  g_autofree char *text = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = KR_SUCCESSION_DIALOG (source);
  self->loading = FALSE;
  if (choices == NULL)
    {
      adw_status_page_set_icon_name (self->empty_page, "dialog-warning-symbolic");
      adw_status_page_set_title (self->empty_page, _ ("The List Cannot Be Read"));
      adw_status_page_set_description (self->empty_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      gtk_label_set_label (self->count_label, "");
      return;
    }
  self->choices = choices;
  for (guint i = 0; i < choices->len; i++)
    {
      gpointer choice = g_ptr_array_index (choices, i);
      GtkWidget *row = self->kind == KIND_PLAN ? position_row (choice) : suggestion_row (choice);

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("list-add-symbolic"));
      gtk_list_box_append (self->list, row);
    }
  text = self->kind == KIND_PLAN
             ? g_strdup_printf (ngettext ("%u key position without a plan",
                                          "%u key positions without a plan", choices->len),
                                choices->len)
             : g_strdup_printf (ngettext ("%u suggestion from the talent pool",
                                          "%u suggestions from the talent pool", choices->len),
                                choices->len);
  gtk_label_set_label (self->count_label, text);
  if (choices->len > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "list");
      return;
    }
  adw_status_page_set_icon_name (self->empty_page, "emblem-ok-symbolic");
  if (self->kind == KIND_PLAN)
    {
      adw_status_page_set_title (self->empty_page, _ ("Every Key Position Has a Plan"));
      adw_status_page_set_description (self->empty_page, NULL);
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _ ("No Suggestions"));
      adw_status_page_set_description (
          self->empty_page, _ ("Nobody in the talent pool has a suitable rank for this position "
                               "yet. Record potential assessments to place more employees."));
    }
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/* Choosing */

gboolean
_kr_succession_dialog_choose (KrSuccessionDialog *self, guint index, GError **error)
{
  g_return_val_if_fail (KR_IS_SUCCESSION_DIALOG (self), FALSE);
  g_return_val_if_fail (self->choices != NULL && index < self->choices->len, FALSE);

  if (self->kind == KIND_PLAN)
    {
      const KrKeyPosition *position = g_ptr_array_index (self->choices, index);

      return kr_talent_repository_create_plan (self->talent, position->position_id, NULL, NULL,
                                               error);
    }
  else
    {
      const KrSuccessor *s = g_ptr_array_index (self->choices, index);

      return kr_talent_repository_add_successor (self->talent, self->plan_id, s->employee_id,
                                                 s->suggested, 0, s->gaps, NULL, error);
    }
}

static void
on_row_activated_cb (GtkListBox *list, GtkListBoxRow *row, KrSuccessionDialog *self)
{
  g_autoptr (GError) error = NULL;
  int index = gtk_list_box_row_get_index (row);

  if (index < 0 || self->choices == NULL || (guint) index >= self->choices->len)
    return;
  if (!_kr_succession_dialog_choose (self, (guint) index, &error))
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

/* Building */

static KrSuccessionDialog *
dialog_new (GtkWindow *parent,
            KrTalentRepository *talent,
            Kind kind,
            const char *title,
            const char *subtitle)
{
  KrSuccessionDialog *self =
      g_object_new (KR_TYPE_SUCCESSION_DIALOG, "transient-for", parent, "modal", TRUE, "title",
                    title, "default-width", 560, "default-height", 600, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();

  self->kind = kind;
  self->talent = g_object_ref (talent);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (title, subtitle));
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (on_row_activated_cb), self);
  self->count_label = kr_training_count_label_new ();
  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_widget_set_margin_start (GTK_WIDGET (self->error_label), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->error_label), 12);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_label));
  gtk_box_append (GTK_BOX (box),
                  kr_training_boxed_page_new (
                      gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0), GTK_WIDGET (self->count_label),
                      GTK_WIDGET (self->list), &self->stack, &self->empty_page));
  adw_window_set_content (ADW_WINDOW (self), box);
  return self;
}

static void
start (KrSuccessionDialog *self)
{
  Request *request = g_new0 (Request, 1);

  *request = (Request){ self->kind, self->unit_id, self->plan_id };
  self->loading = TRUE;
  self->cancellable = g_cancellable_new ();
  gtk_label_set_label (self->count_label, _ ("Reading…"));
  kr_talent_read_job_run (self, self->talent, read_choices, request, g_free,
                          (GDestroyNotify) g_ptr_array_unref, self->cancellable, read_done_cb,
                          NULL);
}

KrSuccessionDialog *
kr_succession_dialog_new_plan (GtkWindow *parent, KrTalentRepository *talent, gint64 unit_id)
{
  KrSuccessionDialog *self;

  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (talent), NULL);

  self = dialog_new (parent, talent, KIND_PLAN, _ ("Add Succession Plan"),
                     _ ("Choose a key position"));
  self->unit_id = unit_id;
  start (self);
  return self;
}

KrSuccessionDialog *
kr_succession_dialog_new_successor (GtkWindow *parent,
                                    KrTalentRepository *talent,
                                    gint64 plan_id,
                                    const char *position_name)
{
  KrSuccessionDialog *self;

  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (talent), NULL);

  self = dialog_new (parent, talent, KIND_SUCCESSOR, _ ("Add Successor"), position_name);
  self->plan_id = plan_id;
  start (self);
  return self;
}

gboolean
kr_succession_dialog_get_loading (KrSuccessionDialog *self)
{
  g_return_val_if_fail (KR_IS_SUCCESSION_DIALOG (self), FALSE);
  return self->loading;
}

guint
kr_succession_dialog_get_n_choices (KrSuccessionDialog *self)
{
  g_return_val_if_fail (KR_IS_SUCCESSION_DIALOG (self), 0);
  return self->choices != NULL ? self->choices->len : 0;
}

static void
kr_succession_dialog_dispose (GObject *object)
{
  KrSuccessionDialog *self = KR_SUCCESSION_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->talent);
  g_clear_pointer (&self->choices, g_ptr_array_unref);

  G_OBJECT_CLASS (kr_succession_dialog_parent_class)->dispose (object);
}

static void
kr_succession_dialog_class_init (KrSuccessionDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kr_succession_dialog_dispose;
}

static void
kr_succession_dialog_init (KrSuccessionDialog *self)
{
  gtk_widget_add_controller (GTK_WIDGET (self), kr_promotions_escape_closes ());
}
