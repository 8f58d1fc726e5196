/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-window-audit"

#include "config.h"

#include "kr-window-audit.h"

#include <glib/gi18n.h>

#include "kr-audit-format.h"
#include "kr-audit-page.h"
#include "kr-audit.h"
#include "kr-idle-thread.h"
#include "kr-window-private.h"

/* The name of the Audit Trail section in kr-window.c's table. */
#define SECTION "audit"

typedef struct
{
  /* Cleared when the window is destroyed; workers that finish later find it NULL. */
  KrWindow *window;
  GtkInfoBar *bar;
  GtkLabel *label;
  GtkWidget *button;
  /* The database the sections show, while they show one. */
  KrDatabase *database;
  GCancellable *verifying;
  gint64 broken_id;
} AuditState;

static AuditState *
get_state (KrWindow *self)
{
  return g_object_get_data (G_OBJECT (self), "kr-window-audit");
}

static void
audit_state_clear (AuditState *state)
{
  if (state->verifying != NULL)
    g_cancellable_cancel (state->verifying);
  g_clear_object (&state->verifying);
  g_clear_object (&state->database);
}

static void
audit_state_release (AuditState *state)
{
  g_rc_box_release_full (state, (GDestroyNotify) audit_state_clear);
}

/* The section */

static KrAuditPage *
find_page (KrWindow *self)
{
  GtkWidget *page = gtk_stack_get_child_by_name (self->section_stack, SECTION);

  return KR_IS_AUDIT_PAGE (page) ? KR_AUDIT_PAGE (page) : NULL;
}

static void
set_row_visible (KrWindow *self, gboolean visible)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (!GTK_IS_LIST_BOX_ROW (row) || g_strcmp0 (gtk_widget_get_name (row), SECTION) != 0)
        continue;
      gtk_widget_set_visible (row, visible);
      /* Whoever signs in next may not read it: they start on the first section. */
      if (!visible && gtk_list_box_row_is_selected (GTK_LIST_BOX_ROW (row)))
        gtk_list_box_select_row (self->sidebar_list,
                                 gtk_list_box_get_row_at_index (self->sidebar_list, 0));
    }
}

/* Gives the section the database (or none) and shows its row to whoever may read it. */
static void
apply_to_section (KrWindow *self, AuditState *state)
{
  KrAuditPage *page = find_page (self);

  set_row_visible (self,
                   state->database != NULL && kr_audit_format_may_read_trail (state->database));
  if (page == NULL)
    return;
  kr_audit_page_set_database (page, state->database);
  kr_audit_page_set_broken_id (page, state->broken_id);
}

/* The warning */

static void
hide_warning (AuditState *state)
{
  state->broken_id = 0;
  gtk_info_bar_set_revealed (state->bar, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (state->bar), FALSE);
}

static void
show_warning (KrWindow *self, AuditState *state, gint64 broken_id, const char *time)
{
  gboolean administrator = kr_audit_format_may_read_trail (state->database);
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, broken_id);
  g_autofree char *heading = NULL;
  g_autofree char *markup = NULL;
  const char *advice;

  if (time != NULL)
    /* Translators: %s are the number of an audit record and when it was made */
    heading = g_strdup_printf (_ ("The audit trail was changed outside Karier at record %s (%s)."),
                               number, time);
  else
    /* Translators: %s is the number of an audit record */
    heading =
        g_strdup_printf (_ ("The audit trail was changed outside Karier at record %s."), number);
  if (administrator)
    advice = _ ("Records were edited or deleted in the database file itself. Compare it with a "
                "backup to find what was changed.");
  else
    advice = _ ("Records were edited or deleted in the database file itself. Tell an "
                "administrator.");
  markup = g_markup_printf_escaped ("<b>%s</b> %s", heading, advice);

  state->broken_id = broken_id;
  gtk_label_set_markup (state->label, markup);
  gtk_widget_set_visible (state->button, administrator);
  gtk_widget_set_visible (GTK_WIDGET (state->bar), TRUE);
  gtk_info_bar_set_revealed (state->bar, TRUE);
  if (find_page (self) != NULL)
    kr_audit_page_set_broken_id (find_page (self), broken_id);
}

static void
on_warning_response_cb (GtkInfoBar *bar, int response, KrWindow *self)
{
  AuditState *state = get_state (self);
  KrAuditPage *page = find_page (self);

  if (response != GTK_RESPONSE_ACCEPT || state->broken_id == 0)
    return;
  /* The page is built when first shown. */
  kr_window_set_section (self, SECTION);
  page = find_page (self);
  if (page != NULL)
    kr_audit_page_show_record (page, state->broken_id);
}

/* Verification: the whole chain, a few seconds a million records, off the main loop. */

typedef struct
{
  char *path;
  KrIdentity *identity;
  gint64 broken_id;
  char *time;
} Verify;

static void
verify_free (Verify *verify)
{
  g_free (verify->path);
  g_clear_pointer (&verify->identity, kr_identity_unref);
  g_free (verify->time);
  g_free (verify);
}

static void
verify_thread_cb (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  Verify *verify = task_data;
  g_autoptr (KrDatabase) reader = NULL;
  g_autoptr (KrAuditEntry) entry = NULL;
  g_autoptr (GError) error = NULL;

  reader = kr_database_open (verify->path, KR_DATABASE_FLAGS_READ_ONLY | KR_DATABASE_FLAGS_ONE_PASS,
                             &error);
  if (reader == NULL || !kr_audit_verify (reader, &verify->broken_id, NULL, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* When the record was made is part of the trail: only who may read it learns it. The record
   * is gone when the newest ones were removed. */
  kr_database_set_identity (reader, verify->identity);
  if (verify->broken_id != 0 && kr_audit_format_may_read_trail (reader) &&
      (entry = kr_audit_get_entry (reader, verify->broken_id, NULL)) != NULL)
    verify->time = kr_audit_format_time (kr_audit_entry_get_time (entry), FALSE);
  g_task_return_boolean (task, TRUE);
}

static void
verify_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  AuditState *state = user_data;
  Verify *verify = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;
  gboolean current;

  current = state->window != NULL && g_task_get_cancellable (G_TASK (result)) == state->verifying;
  if (current)
    g_clear_object (&state->verifying);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* An older file without the trail, or a file that went away: nothing to warn about. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("Could not verify the audit trail: %s", error->message);
    }
  else if (current && verify->broken_id != 0)
    show_warning (state->window, state, verify->broken_id, verify->time);
  audit_state_release (state);
}

static void
start_verify (AuditState *state)
{
  g_autoptr (GTask) task = NULL;
  KrIdentity *identity = kr_database_get_identity (state->database);
  Verify *verify = g_new0 (Verify, 1);

  if (state->verifying != NULL)
    g_cancellable_cancel (state->verifying);
  g_clear_object (&state->verifying);
  state->verifying = g_cancellable_new ();

  verify->path = g_strdup (kr_database_get_path (state->database));
  verify->identity = identity != NULL ? kr_identity_ref (identity) : NULL;
  /* No source object: a window closed meanwhile must not wait for the worker to go. */
  task = g_task_new (NULL, state->verifying, verify_done_cb, g_rc_box_acquire (state));
  g_task_set_source_tag (task, start_verify);
  g_task_set_task_data (task, verify, (GDestroyNotify) verify_free);
  /* It reads every record: about 30 s of a CPU for the 7.5 million of 10^6 employees, which
   * must not slow the window or the search index. */
  kr_task_run_in_idle_thread (task, verify_thread_cb);
}

/* Following the window */

void
_kr_window_audit_load_page (KrWindow *self)
{
  AuditState *state = get_state (self);

  if (state != NULL && state->window != NULL && state->database != NULL)
    apply_to_section (self, state);
}

void
_kr_window_audit_load (KrWindow *self)
{
  AuditState *state = get_state (self);

  g_return_if_fail (KR_IS_WINDOW (self));

  if (state == NULL || state->window == NULL || self->database == NULL)
    return;
  /* Someone opened a database or signed in: what they may see, then whether the chain holds. */
  hide_warning (state);
  g_set_object (&state->database, self->database);
  apply_to_section (self, state);
  start_verify (state);
}

void
_kr_window_audit_unload (KrWindow *self)
{
  AuditState *state = get_state (self);

  g_return_if_fail (KR_IS_WINDOW (self));

  if (state == NULL || state->window == NULL)
    return;
  if (state->verifying != NULL)
    g_cancellable_cancel (state->verifying);
  g_clear_object (&state->verifying);
  hide_warning (state);
  g_clear_object (&state->database);
  apply_to_section (self, state);
}

static void
on_destroy_cb (KrWindow *self)
{
  AuditState *state = get_state (self);

  if (state == NULL)
    return;
  audit_state_clear (state);
  state->window = NULL;
}

/* The warning sits under everything the window shows, so that no section hides it. */
static GtkInfoBar *
add_warning_bar (KrWindow *self, AuditState *state)
{
  GtkWidget *content = adw_toast_overlay_get_child (self->toast_overlay);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *bar = gtk_info_bar_new ();
  GtkWidget *label = gtk_label_new (NULL);

  g_object_ref (content);
  adw_toast_overlay_set_child (self->toast_overlay, box);
  gtk_widget_set_vexpand (content, TRUE);
  gtk_box_append (GTK_BOX (box), content);
  g_object_unref (content);

  gtk_info_bar_set_message_type (GTK_INFO_BAR (bar), GTK_MESSAGE_WARNING);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_info_bar_add_child (GTK_INFO_BAR (bar), label);
  state->button =
      gtk_info_bar_add_button (GTK_INFO_BAR (bar), _ ("_Show Record"), GTK_RESPONSE_ACCEPT);
  gtk_info_bar_set_revealed (GTK_INFO_BAR (bar), FALSE);
  gtk_widget_set_visible (bar, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Audit trail warning"), -1);
  g_signal_connect (bar, "response", G_CALLBACK (on_warning_response_cb), self);
  gtk_box_append (GTK_BOX (box), bar);
  state->label = GTK_LABEL (label);
  return GTK_INFO_BAR (bar);
}

void
_kr_window_init_audit (KrWindow *self)
{
  AuditState *state;

  g_return_if_fail (KR_IS_WINDOW (self));
  g_return_if_fail (get_state (self) == NULL);

  state = g_rc_box_new0 (AuditState);
  state->window = self;
  state->bar = add_warning_bar (self, state);
  g_object_set_data_full (G_OBJECT (self), "kr-window-audit", state,
                          (GDestroyNotify) audit_state_release);
  g_signal_connect (self, "destroy", G_CALLBACK (on_destroy_cb), NULL);
  /* No database yet: the row waits for one. */
  set_row_visible (self, FALSE);
}

GtkInfoBar *
_kr_window_get_audit_warning (KrWindow *self)
{
  g_return_val_if_fail (KR_IS_WINDOW (self), NULL);

  return get_state (self) != NULL ? get_state (self)->bar : NULL;
}

gint64
_kr_window_get_audit_broken_id (KrWindow *self)
{
  g_return_val_if_fail (KR_IS_WINDOW (self), 0);

  return get_state (self) != NULL ? get_state (self)->broken_id : 0;
}

gboolean
_kr_window_get_audit_verifying (KrWindow *self)
{
  g_return_val_if_fail (KR_IS_WINDOW (self), FALSE);

  return get_state (self) != NULL && get_state (self)->verifying != NULL;
}
