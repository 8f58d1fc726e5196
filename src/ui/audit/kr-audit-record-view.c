/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-audit-record-view"

#include "config.h"

#include "kr-audit-record-view.h"

#include <glib/gi18n.h>

struct _KrAuditRecordView
{
  AdwBin parent_instance;

  KrAuditItem *item;

  GtkStack *stack;
  GtkWidget *broken_list;
  GtkLabel *time_value;
  GtkLabel *user_value;
  GtkLabel *action_value;
  AdwActionRow *what_row;
  AdwPreferencesGroup *changes_group;
  GtkListBox *changes_list;
  GtkLabel *number_value;
  GtkLabel *hash_value;
  GtkLabel *prev_hash_value;
};

G_DEFINE_FINAL_TYPE (KrAuditRecordView, kr_audit_record_view, ADW_TYPE_BIN)

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* The values of a change, for a row's subtitle: before → after, the value after in bold; a
 * value added as it is, a deleted one struck through. */
static char *
values_markup (const KrAuditItemChange *change)
{
  g_autofree char *old_text =
      change->old_text != NULL ? g_markup_escape_text (change->old_text, -1) : NULL;
  g_autofree char *new_text =
      change->new_text != NULL ? g_markup_escape_text (change->new_text, -1) : NULL;

  if (old_text != NULL && new_text != NULL)
    return g_strdup_printf ("%s  →  <b>%s</b>", old_text, new_text);
  if (old_text != NULL)
    return g_strdup_printf ("<s>%s</s>", old_text);
  return g_strdup (new_text != NULL ? new_text : "—");
}

static GtkWidget *
create_change_row (const KrAuditItemChange *change)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = g_markup_escape_text (change->label, -1);
  g_autofree char *subtitle = values_markup (change);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static void
show_changes (KrAuditRecordView *self, KrAuditItem *item)
{
  GPtrArray *changes = kr_audit_item_get_changes (item);
  KrAuditAction action = kr_audit_entry_get_action (kr_audit_item_get_entry (item));

  clear_list (self->changes_list);
  for (guint i = 0; i < changes->len; i++)
    gtk_list_box_append (self->changes_list, create_change_row (g_ptr_array_index (changes, i)));
  if (action == KR_AUDIT_ACTION_INSERT)
    adw_preferences_group_set_description (self->changes_group, _ ("The values it was added with"));
  else if (action == KR_AUDIT_ACTION_DELETE)
    adw_preferences_group_set_description (self->changes_group,
                                           _ ("The values it held when it was deleted"));
  else
    adw_preferences_group_set_description (self->changes_group,
                                           _ ("Each changed field, before → after"));
}

void
kr_audit_record_view_set_item (KrAuditRecordView *self, KrAuditItem *item, gboolean broken)
{
  KrAuditEntry *entry;
  const char *user;
  g_autofree char *number = NULL;

  g_return_if_fail (KR_IS_AUDIT_RECORD_VIEW (self));
  g_return_if_fail (item == NULL || KR_IS_AUDIT_ITEM (item));

  g_set_object (&self->item, item);
  if (item == NULL)
    {
      clear_list (self->changes_list);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  entry = kr_audit_item_get_entry (item);
  user = kr_audit_item_get_user_name (item);
  number = g_strdup_printf ("%" G_GINT64_FORMAT, kr_audit_item_get_id (item));
  gtk_widget_set_visible (self->broken_list, broken);
  gtk_label_set_label (self->time_value, kr_audit_item_get_full_time_text (item));
  gtk_label_set_label (self->user_value, user != NULL ? user : _ ("Nobody was signed in"));
  gtk_label_set_label (self->action_value, kr_audit_item_get_action_text (item));
  adw_action_row_set_subtitle (self->what_row, kr_audit_item_get_what_text (item));
  gtk_label_set_label (self->number_value, number);
  gtk_label_set_label (self->hash_value, kr_audit_entry_get_hash (entry));
  gtk_label_set_label (self->prev_hash_value, kr_audit_entry_get_prev_hash (entry)[0] != '\0'
                                                  ? kr_audit_entry_get_prev_hash (entry)
                                                  : _ ("None: this is the first record"));
  show_changes (self, item);
  gtk_stack_set_visible_child_name (self->stack, "record");
}

KrAuditItem *
kr_audit_record_view_get_item (KrAuditRecordView *self)
{
  g_return_val_if_fail (KR_IS_AUDIT_RECORD_VIEW (self), NULL);

  return self->item;
}

/* Beside the list, the details take this much of the width, and the list the rest. */
#define NATURAL_WIDTH 360

static void
kr_audit_record_view_measure (GtkWidget *widget,
                              GtkOrientation orientation,
                              int for_size,
                              int *minimum,
                              int *natural,
                              int *minimum_baseline,
                              int *natural_baseline)
{
  gtk_widget_measure (adw_bin_get_child (ADW_BIN (widget)), orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = MAX (*minimum, MIN (*natural, NATURAL_WIDTH));
}

static void
kr_audit_record_view_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  gtk_widget_allocate (adw_bin_get_child (ADW_BIN (widget)), width, height, baseline, NULL);
}

static void
kr_audit_record_view_dispose (GObject *object)
{
  KrAuditRecordView *self = KR_AUDIT_RECORD_VIEW (object);

  g_clear_object (&self->item);

  G_OBJECT_CLASS (kr_audit_record_view_parent_class)->dispose (object);
}

static void
kr_audit_record_view_class_init (KrAuditRecordViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_audit_record_view_dispose;
  widget_class->measure = kr_audit_record_view_measure;
  widget_class->size_allocate = kr_audit_record_view_size_allocate;

  gtk_widget_class_set_template_from_resource (
      widget_class, "/io/github/karier/Karier/audit/kr-audit-record-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KrAuditRecordView, stack);
  gtk_widget_class_bind_template_child (widget_class, KrAuditRecordView, broken_list);
  gtk_widget_class_bind_template_child (widget_class, KrAuditRecordView, time_value);
  gtk_widget_class_bind_template_child (widget_class, KrAuditRecordView, user_value);
  gtk_widget_class_bind_template_child (widget_class, KrAuditRecordView, action_value);
  gtk_widget_class_bind_template_child (widget_class, KrAuditRecordView, what_row);
  gtk_widget_class_bind_template_child (widget_class, KrAuditRecordView, changes_group);
  gtk_widget_class_bind_template_child (widget_class, KrAuditRecordView, changes_list);
  gtk_widget_class_bind_template_child (widget_class, KrAuditRecordView, number_value);
  gtk_widget_class_bind_template_child (widget_class, KrAuditRecordView, hash_value);
  gtk_widget_class_bind_template_child (widget_class, KrAuditRecordView, prev_hash_value);
}

static void
kr_audit_record_view_init (KrAuditRecordView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Measured here, not by AdwBin's layout manager, to cap the natural width. */
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);
}

GtkWidget *
kr_audit_record_view_new (void)
{
  return g_object_new (KR_TYPE_AUDIT_RECORD_VIEW, NULL);
}
