/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-employee-profile-histories"

#include "config.h"

#include "kr-employee-profile-private.h"

#include <glib/gi18n.h>

#include "kr-employee-format.h"

/* What each history calls its rows in messages. */
static const char *const empty_texts[KR_N_HISTORIES] = {
  [KR_HISTORY_RANK] = N_ ("No rank recorded yet"),
  [KR_HISTORY_POSITION] = N_ ("No position recorded yet"),
  [KR_HISTORY_EDUCATION] = N_ ("No education recorded yet"),
  [KR_HISTORY_DISCIPLINE] = N_ ("No discipline sanction recorded"),
  [KR_HISTORY_AWARD] = N_ ("No award recorded yet"),
};

/* History rows of any kind */

static gint64
entry_get_id (KrHistoryKind kind, gconstpointer entry)
{
  switch (kind)
    {
    case KR_HISTORY_RANK:
      return ((const KrRankEntry *) entry)->id;
    case KR_HISTORY_POSITION:
      return ((const KrPositionEntry *) entry)->id;
    case KR_HISTORY_EDUCATION:
      return ((const KrEducationEntry *) entry)->id;
    case KR_HISTORY_DISCIPLINE:
      return ((const KrDisciplineEntry *) entry)->id;
    case KR_HISTORY_AWARD:
      return ((const KrAwardEntry *) entry)->id;
    default:
      g_assert_not_reached ();
    }
}

gpointer
_kr_employee_profile_entry_copy (KrHistoryKind kind, gconstpointer entry)
{
  switch (kind)
    {
    case KR_HISTORY_RANK:
      return kr_rank_entry_copy (entry);
    case KR_HISTORY_POSITION:
      return kr_position_entry_copy (entry);
    case KR_HISTORY_EDUCATION:
      return kr_education_entry_copy (entry);
    case KR_HISTORY_DISCIPLINE:
      return kr_discipline_entry_copy (entry);
    case KR_HISTORY_AWARD:
      return kr_award_entry_copy (entry);
    default:
      g_assert_not_reached ();
    }
}

void
_kr_employee_profile_entry_free (KrHistoryKind kind, gpointer entry)
{
  switch (kind)
    {
    case KR_HISTORY_RANK:
      kr_rank_entry_free (entry);
      break;
    case KR_HISTORY_POSITION:
      kr_position_entry_free (entry);
      break;
    case KR_HISTORY_EDUCATION:
      kr_education_entry_free (entry);
      break;
    case KR_HISTORY_DISCIPLINE:
      kr_discipline_entry_free (entry);
      break;
    case KR_HISTORY_AWARD:
      kr_award_entry_free (entry);
      break;
    default:
      g_assert_not_reached ();
    }
}

static GPtrArray *
list_entries (KrEmployeeRepository *repository, KrHistoryKind kind, gint64 id, GError **error)
{
  switch (kind)
    {
    case KR_HISTORY_RANK:
      return kr_employee_repository_list_ranks (repository, id, error);
    case KR_HISTORY_POSITION:
      return kr_employee_repository_list_positions (repository, id, error);
    case KR_HISTORY_EDUCATION:
      return kr_employee_repository_list_educations (repository, id, error);
    case KR_HISTORY_DISCIPLINE:
      return kr_employee_repository_list_disciplines (repository, id, error);
    case KR_HISTORY_AWARD:
      return kr_employee_repository_list_awards (repository, id, error);
    default:
      g_assert_not_reached ();
    }
}

/* Joins the parts that are known with " · ". */
static char *
join_parts (const char *a, const char *b, const char *c, const char *d)
{
  const char *parts[] = { a, b, c, d };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (parts[i] == NULL || parts[i][0] == '\0')
        continue;
      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append (text, parts[i]);
    }

  return g_string_free (text, FALSE);
}

static char *
format_tmt (const GDate *tmt)
{
  g_autofree char *date = kr_employee_format_date (tmt);

  /* Translators: the date from which a rank, position or sanction counts */
  return date != NULL ? g_strdup_printf (_ ("TMT %s"), date) : NULL;
}

static void
describe_rank (const KrRankEntry *entry, char **title, char **subtitle)
{
  g_autofree char *tmt = format_tmt (&entry->tmt);
  g_autofree char *decree = kr_employee_format_decree (entry->sk_number, &entry->sk_date);

  *title = kr_employee_format_golongan (entry->golongan);
  *subtitle = join_parts (tmt, kr_promotion_kind_get_label (entry->promotion_kind), decree, NULL);
}

static void
describe_position (const KrPositionEntry *entry, char **title, char **subtitle)
{
  g_autofree char *tmt = format_tmt (&entry->tmt);
  g_autofree char *decree = kr_employee_format_decree (entry->sk_number, &entry->sk_date);

  *title = g_strdup (entry->position_name);
  *subtitle = join_parts (entry->unit_name, tmt, decree, NULL);
}

static void
describe_education (const KrEducationEntry *entry, char **title, char **subtitle)
{
  g_autofree char *year = NULL;
  g_autofree char *certificate = NULL;
  g_autofree char *date = kr_employee_format_date (&entry->sk_date);

  *title = join_parts (kr_education_get_label (entry->level), entry->institution, NULL, NULL);
  /* Translators: the year of graduation */
  year = g_strdup_printf (_ ("graduated %u"), entry->graduation_year);
  if (entry->sk_number != NULL && date != NULL)
    /* Translators: the number and date of a certificate (ijazah) */
    certificate = g_strdup_printf (_ ("Certificate %s of %s"), entry->sk_number, date);
  else if (entry->sk_number != NULL)
    /* Translators: the number of a certificate (ijazah) */
    certificate = g_strdup_printf (_ ("Certificate %s"), entry->sk_number);
  *subtitle = join_parts (entry->major, year, certificate, NULL);
}

static void
describe_discipline (const KrDisciplineEntry *entry, char **title, char **subtitle)
{
  g_autofree char *tmt = format_tmt (&entry->tmt);
  g_autofree char *end = kr_employee_format_date (&entry->end_date);
  g_autofree char *until = NULL;
  g_autofree char *decree = kr_employee_format_decree (entry->sk_number, &entry->sk_date);

  if (end != NULL)
    /* Translators: the last day of a discipline sanction */
    until = g_strdup_printf (_ ("until %s"), end);
  *title = join_parts (kr_discipline_level_get_label (entry->level), entry->sanction, NULL, NULL);
  *subtitle =
      join_parts (kr_discipline_regulation_get_label (entry->regulation), tmt, until, decree);
}

static void
describe_award (const KrAwardEntry *entry, char **title, char **subtitle)
{
  g_autofree char *year = g_strdup_printf ("%u", entry->year);
  g_autofree char *decree = kr_employee_format_decree (entry->sk_number, &entry->sk_date);
  const char *label = kr_award_kind_get_label (entry->kind);

  *title = g_strdup (label != NULL ? label : entry->name);
  *subtitle = join_parts (label != NULL ? entry->name : NULL, year, decree, NULL);
}

static void
describe_entry (KrHistoryKind kind, gconstpointer entry, char **title, char **subtitle)
{
  switch (kind)
    {
    case KR_HISTORY_RANK:
      describe_rank (entry, title, subtitle);
      break;
    case KR_HISTORY_POSITION:
      describe_position (entry, title, subtitle);
      break;
    case KR_HISTORY_EDUCATION:
      describe_education (entry, title, subtitle);
      break;
    case KR_HISTORY_DISCIPLINE:
      describe_discipline (entry, title, subtitle);
      break;
    case KR_HISTORY_AWARD:
      describe_award (entry, title, subtitle);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Rows */

static GtkWidget *
create_row_button (const char *icon_name,
                   const char *tooltip,
                   const char *label,
                   const char *action,
                   KrHistoryKind kind,
                   gint64 id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(ix)", (int) kind, id);

  return button;
}

static GtkWidget *
create_history_row (KrHistoryKind kind, gconstpointer entry, gboolean newest, gboolean writable)
{
  GtkWidget *row = adw_action_row_new ();
  gint64 id = entry_get_id (kind, entry);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *edit_label = NULL;
  g_autofree char *delete_label = NULL;

  describe_entry (kind, entry, &title, &subtitle);
  /* Names come from the records, which may hold “&”. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  if (newest && (kind == KR_HISTORY_RANK || kind == KR_HISTORY_POSITION))
    {
      GtkWidget *current = gtk_label_new (_ ("Current"));

      gtk_widget_add_css_class (current, "caption-heading");
      gtk_widget_add_css_class (current, "accent");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), current);
    }

  if (!writable)
    return row;
  /* Translators: the accessible name of a button; %s is a history row, such as “III/b” */
  edit_label = g_strdup_printf (_ ("Edit %s"), title != NULL ? title : "");
  /* Translators: the accessible name of a button; %s is a history row, such as “III/b” */
  delete_label = g_strdup_printf (_ ("Delete %s"), title != NULL ? title : "");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             create_row_button ("document-edit-symbolic", _ ("Edit"), edit_label,
                                                "profile.edit-history", kind, id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             create_row_button ("user-trash-symbolic", _ ("Delete"), delete_label,
                                                "profile.delete-history", kind, id));
  return row;
}

void
_kr_employee_profile_clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
create_placeholder (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");

  return label;
}

void
_kr_employee_profile_free_history (KrEmployeeProfile *self, KrHistoryKind kind)
{
  GPtrArray *rows = g_steal_pointer (&self->histories[kind]);

  if (rows == NULL)
    return;
  for (guint i = 0; i < rows->len; i++)
    _kr_employee_profile_entry_free (kind, g_ptr_array_index (rows, i));
  g_ptr_array_unref (rows);
}

void
_kr_employee_profile_show_history (KrEmployeeProfile *self, KrHistoryKind kind)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = NULL;

  _kr_employee_profile_free_history (self, kind);
  _kr_employee_profile_clear_list (self->lists[kind]);

  rows = list_entries (self->repository, kind, self->employee_id, &error);
  if (rows == NULL)
    {
      gtk_list_box_set_placeholder (self->lists[kind], create_placeholder (error->message));
      return;
    }

  /* The repository lists the oldest first; a timeline reads from the newest. */
  g_ptr_array_set_free_func (rows, NULL);
  self->histories[kind] = g_ptr_array_new ();
  for (guint i = rows->len; i > 0; i--)
    g_ptr_array_add (self->histories[kind], g_ptr_array_index (rows, i - 1));

  gtk_list_box_set_placeholder (self->lists[kind], create_placeholder (_ (empty_texts[kind])));
  for (guint i = 0; i < self->histories[kind]->len; i++)
    gtk_list_box_append (self->lists[kind],
                         create_history_row (kind, g_ptr_array_index (self->histories[kind], i),
                                             i == 0, self->writable));
}

gpointer
_kr_employee_profile_find_entry (KrEmployeeProfile *self, KrHistoryKind kind, gint64 id)
{
  GPtrArray *rows = self->histories[kind];

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    if (entry_get_id (kind, g_ptr_array_index (rows, i)) == id)
      return g_ptr_array_index (rows, i);

  return NULL;
}
