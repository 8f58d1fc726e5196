/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-import-issues"

#include "config.h"

#include "kr-import-issues.h"

#include <glib/gi18n.h>

/* An issue row is an AdwActionRow, about half a millisecond to make and lay out: a report
 * of ten thousand made at once held the window for five seconds. A batch stays within a
 * frame. */
#define BATCH_SIZE 8

typedef struct
{
  AdwPreferencesGroup *group;
  GtkListBox *list;
  GtkWidget *more_row; /* last in the list while there is more to show, else NULL */
  GArray *indexes;     /* guint: the issues of this kind, positions in self->issues */
  guint n_shown;       /* rows made */
  guint n_wanted;      /* rows to make */
  guint n_dropped;     /* issues of this kind the report left out */
} Group;

struct _KrImportIssues
{
  GObject parent_instance;

  GPtrArray *issues;
  Group groups[2]; /* by KrSiasnIssueKind */
  guint build_id;
};

G_DEFINE_FINAL_TYPE (KrImportIssues, kr_import_issues, G_TYPE_OBJECT)

static GtkWidget *
make_issue_row (const KrSiasnIssue *issue)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon;
  g_autofree char *title = NULL;
  gboolean rejected = issue->kind == KR_SIASN_ISSUE_REJECTED;

  if (issue->column != NULL && issue->value != NULL)
    /* Translators: where a problem is in the imported file, and the value at fault:
     * "Line 12, jumlahJam (“abc”)" */
    title = g_strdup_printf (_ ("Line %u, %s (“%s”)"), issue->line, issue->column, issue->value);
  else if (issue->column != NULL)
    /* Translators: where a problem is in the imported file: "Line 12, nip_baru" */
    title = g_strdup_printf (_ ("Line %u, %s"), issue->line, issue->column);
  else
    title = g_strdup_printf (_ ("Line %u"), issue->line);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), issue->message);
  icon =
      gtk_image_new_from_icon_name (rejected ? "dialog-error-symbolic" : "dialog-warning-symbolic");
  gtk_widget_add_css_class (icon, rejected ? "error" : "warning");
  gtk_widget_set_tooltip_text (icon, rejected ? _ ("Rejected") : _ ("Warning"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  return row;
}

static void
more_activated_cb (AdwActionRow *row, KrImportIssues *self)
{
  kr_import_issues_show_more (self,
                              row == ADW_ACTION_ROW (self->groups[KR_SIASN_ISSUE_REJECTED].more_row)
                                  ? KR_SIASN_ISSUE_REJECTED
                                  : KR_SIASN_ISSUE_WARNING);
}

/* The "Show More" row of @group once its wanted rows are made: how many more there are. */
static void
update_more_row (KrImportIssues *self, Group *group)
{
  guint remaining = group->indexes->len - group->n_shown;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (remaining == 0)
    {
      if (group->more_row != NULL)
        gtk_list_box_remove (group->list, group->more_row);
      group->more_row = NULL;
      return;
    }
  if (group->more_row == NULL)
    {
      group->more_row = adw_action_row_new ();
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (group->more_row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (group->more_row),
                                 gtk_image_new_from_icon_name ("go-down-symbolic"));
      g_signal_connect (group->more_row, "activated", G_CALLBACK (more_activated_cb), self);
      gtk_list_box_append (group->list, group->more_row);
    }
  title = g_strdup_printf (
      ngettext ("Show %u More", "Show %u More", MIN (remaining, KR_IMPORT_ISSUES_PAGE_SIZE)),
      MIN (remaining, KR_IMPORT_ISSUES_PAGE_SIZE));
  subtitle =
      g_strdup_printf (ngettext ("%u not shown yet", "%u not shown yet", remaining), remaining);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (group->more_row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (group->more_row), subtitle);
  gtk_widget_set_sensitive (group->more_row, TRUE);
}

static gboolean
build_cb (gpointer data)
{
  KrImportIssues *self = data;
  guint n_made = 0;

  for (guint kind = 0; kind < G_N_ELEMENTS (self->groups); kind++)
    {
      Group *group = &self->groups[kind];

      while (group->n_shown < group->n_wanted && n_made < BATCH_SIZE)
        {
          guint index = g_array_index (group->indexes, guint, group->n_shown);

          /* Before the "Show More" row, which stays last. */
          gtk_list_box_insert (group->list,
                               make_issue_row (g_ptr_array_index (self->issues, index)),
                               (int) group->n_shown);
          group->n_shown++;
          n_made++;
        }
      if (group->n_shown == group->n_wanted)
        update_more_row (self, group);
    }
  if (n_made < BATCH_SIZE)
    {
      self->build_id = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static void
schedule_build (KrImportIssues *self)
{
  if (self->build_id == 0)
    self->build_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, build_cb, self, NULL);
}

static void
group_clear (Group *group)
{
  g_clear_pointer (&group->indexes, g_array_unref);
  g_clear_object (&group->group);
  g_clear_object (&group->list);
}

static void
kr_import_issues_finalize (GObject *object)
{
  KrImportIssues *self = KR_IMPORT_ISSUES (object);

  g_clear_handle_id (&self->build_id, g_source_remove);
  g_clear_pointer (&self->issues, g_ptr_array_unref);
  for (guint kind = 0; kind < G_N_ELEMENTS (self->groups); kind++)
    group_clear (&self->groups[kind]);
  G_OBJECT_CLASS (kr_import_issues_parent_class)->finalize (object);
}

static void
kr_import_issues_class_init (KrImportIssuesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kr_import_issues_finalize;
}

static void
kr_import_issues_init (KrImportIssues *self)
{
}

KrImportIssues *
kr_import_issues_new (AdwPreferencesPage *page)
{
  KrImportIssues *self = g_object_new (KR_TYPE_IMPORT_ISSUES, NULL);
  const char *titles[] = {
    [KR_SIASN_ISSUE_REJECTED] = _ ("Rejected Rows"), [KR_SIASN_ISSUE_WARNING] = _ ("Warnings")
  };

  g_return_val_if_fail (ADW_IS_PREFERENCES_PAGE (page), NULL);

  for (guint kind = 0; kind < G_N_ELEMENTS (self->groups); kind++)
    {
      Group *group = &self->groups[kind];

      group->group = g_object_ref_sink (ADW_PREFERENCES_GROUP (adw_preferences_group_new ()));
      adw_preferences_group_set_title (group->group, titles[kind]);
      group->list = g_object_ref_sink (GTK_LIST_BOX (gtk_list_box_new ()));
      gtk_list_box_set_selection_mode (group->list, GTK_SELECTION_NONE);
      gtk_widget_add_css_class (GTK_WIDGET (group->list), "boxed-list");
      gtk_accessible_update_property (GTK_ACCESSIBLE (group->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      titles[kind], -1);
      adw_preferences_group_add (group->group, GTK_WIDGET (group->list));
      gtk_widget_set_visible (GTK_WIDGET (group->group), FALSE);
      adw_preferences_page_add (page, group->group);
      group->indexes = g_array_new (FALSE, FALSE, sizeof (guint));
    }
  return self;
}

void
kr_import_issues_set (KrImportIssues *self, GPtrArray *issues, const guint n_dropped[2])
{
  g_return_if_fail (KR_IS_IMPORT_ISSUES (self));
  g_return_if_fail (issues != NULL);

  g_clear_handle_id (&self->build_id, g_source_remove);
  g_ptr_array_ref (issues);
  g_clear_pointer (&self->issues, g_ptr_array_unref);
  self->issues = issues;
  for (guint kind = 0; kind < G_N_ELEMENTS (self->groups); kind++)
    {
      Group *group = &self->groups[kind];
      GtkWidget *child;

      while ((child = gtk_widget_get_first_child (GTK_WIDGET (group->list))) != NULL)
        gtk_list_box_remove (group->list, child);
      group->more_row = NULL;
      g_array_set_size (group->indexes, 0);
      group->n_shown = group->n_wanted = 0;
      group->n_dropped = n_dropped != NULL ? n_dropped[kind] : 0;
    }
  for (guint i = 0; i < issues->len; i++)
    {
      const KrSiasnIssue *issue = g_ptr_array_index (issues, i);
      guint kind =
          issue->kind == KR_SIASN_ISSUE_REJECTED ? KR_SIASN_ISSUE_REJECTED : KR_SIASN_ISSUE_WARNING;

      g_array_append_val (self->groups[kind].indexes, i);
    }
  for (guint kind = 0; kind < G_N_ELEMENTS (self->groups); kind++)
    {
      Group *group = &self->groups[kind];
      g_autofree char *more = NULL;

      if (group->n_dropped > 0)
        more = g_strdup_printf (
            ngettext ("And %u more, not listed", "And %u more, not listed", group->n_dropped),
            group->n_dropped);
      adw_preferences_group_set_description (group->group, more);
      gtk_widget_set_visible (GTK_WIDGET (group->group), group->indexes->len > 0);
      group->n_wanted = MIN (group->indexes->len, KR_IMPORT_ISSUES_PAGE_SIZE);
    }
  schedule_build (self);
}

void
kr_import_issues_show_more (KrImportIssues *self, KrSiasnIssueKind kind)
{
  Group *group;

  g_return_if_fail (KR_IS_IMPORT_ISSUES (self));
  g_return_if_fail (kind < G_N_ELEMENTS (self->groups));

  group = &self->groups[kind];
  if (group->n_wanted >= group->indexes->len)
    return;
  group->n_wanted = MIN (group->indexes->len, group->n_wanted + KR_IMPORT_ISSUES_PAGE_SIZE);
  /* Asked once: the row waits for the rows it asked for. */
  if (group->more_row != NULL)
    gtk_widget_set_sensitive (group->more_row, FALSE);
  schedule_build (self);
}

guint
kr_import_issues_get_n_listed (KrImportIssues *self, KrSiasnIssueKind kind)
{
  g_return_val_if_fail (KR_IS_IMPORT_ISSUES (self), 0);
  g_return_val_if_fail (kind < G_N_ELEMENTS (self->groups), 0);

  return self->groups[kind].indexes->len;
}

guint
kr_import_issues_get_n_shown (KrImportIssues *self, KrSiasnIssueKind kind)
{
  g_return_val_if_fail (KR_IS_IMPORT_ISSUES (self), 0);
  g_return_val_if_fail (kind < G_N_ELEMENTS (self->groups), 0);

  return self->groups[kind].n_shown;
}

gboolean
kr_import_issues_is_busy (KrImportIssues *self)
{
  g_return_val_if_fail (KR_IS_IMPORT_ISSUES (self), FALSE);

  return self->build_id != 0;
}

GtkListBox *
kr_import_issues_get_list (KrImportIssues *self, KrSiasnIssueKind kind)
{
  g_return_val_if_fail (KR_IS_IMPORT_ISSUES (self), NULL);
  g_return_val_if_fail (kind < G_N_ELEMENTS (self->groups), NULL);

  return self->groups[kind].list;
}
