/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-employee-profile"

#include "config.h"

#include "kr-employee-profile.h"

#include <glib/gi18n.h>

#include "kr-audit-history-view.h"
#include "kr-date.h"
#include "kr-employee-editor.h"
#include "kr-employee-format.h"
#include "kr-history-editor.h"

struct _KrEmployeeProfile
{
  AdwBin parent_instance;

  KrEmployeeRepository *repository;
  KrUnitRepository *unit_repository;
  gint64 employee_id;
  KrEmployee *employee;
  /* Whether the signed-in role may change the records shown. */
  gboolean writable;
  /* Each history as shown, newest first. */
  GPtrArray *histories[KR_N_HISTORIES];
  GtkListBox *lists[KR_N_HISTORIES];

  /* The row the last delete removed, which Undo puts back while its toast shows. */
  KrHistoryKind undo_kind;
  gpointer undo_entry;
  AdwToast *undo_toast;

  AdwHeaderBar *header_bar;
  AdwViewSwitcherTitle *switcher_title;
  GtkButton *edit_button;
  GtkStack *state_stack;
  AdwStatusPage *empty_page;
  AdwToastOverlay *toast_overlay;
  AdwViewStack *view_stack;
  AdwViewSwitcherBar *switcher_bar;
  GtkScrolledWindow *profile_scroll;
  AdwAvatar *avatar;
  GtkLabel *name_label;
  GtkLabel *nip_label;
  GtkLabel *rank_label;
  GtkLabel *position_label;
  GtkLabel *unit_label;
  GtkLabel *kind_label;
  GtkLabel *status_label;
  AdwPreferencesGroup *checks_group;
  GtkListBox *checks_list;
  GtkLabel *nip_value;
  GtkLabel *birth_value;
  GtkLabel *age_value;
  GtkLabel *gender_value;
  GtkLabel *religion_value;
  GtkLabel *marital_value;
  GtkLabel *nik_value;
  GtkLabel *phone_value;
  GtkLabel *email_value;
  GtkLabel *address_value;
  AdwActionRow *tmt_pns_row;
  GtkLabel *tmt_cpns_value;
  GtkLabel *tmt_pns_value;
  GtkLabel *service_value;
  GtkLabel *rank_service_value;
  GtkLabel *position_service_value;
  GtkLabel *education_value;
  GtkLabel *bup_value;
  GtkLabel *retirement_value;
  GtkListBox *rank_list;
  GtkListBox *position_list;
  GtkListBox *education_list;
  GtkListBox *discipline_list;
  GtkListBox *award_list;
  KrAuditHistoryView *history_view;
};

G_DEFINE_FINAL_TYPE (KrEmployeeProfile, kr_employee_profile, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_REPOSITORY,
  PROP_UNIT_REPOSITORY,
  PROP_EMPLOYEE_ID,
  PROP_WRITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What each history calls its rows in messages. */
static const char *const empty_texts[KR_N_HISTORIES] = {
  [KR_HISTORY_RANK] = N_ ("No rank recorded yet"),
  [KR_HISTORY_POSITION] = N_ ("No position recorded yet"),
  [KR_HISTORY_EDUCATION] = N_ ("No education recorded yet"),
  [KR_HISTORY_DISCIPLINE] = N_ ("No discipline sanction recorded"),
  [KR_HISTORY_AWARD] = N_ ("No award recorded yet"),
};

static const char *const deleted_texts[KR_N_HISTORIES] = {
  [KR_HISTORY_RANK] = N_ ("Rank deleted"),
  [KR_HISTORY_POSITION] = N_ ("Position deleted"),
  [KR_HISTORY_EDUCATION] = N_ ("Education deleted"),
  [KR_HISTORY_DISCIPLINE] = N_ ("Discipline sanction deleted"),
  [KR_HISTORY_AWARD] = N_ ("Award deleted"),
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

static gpointer
entry_copy (KrHistoryKind kind, gconstpointer entry)
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

static void
entry_free (KrHistoryKind kind, gpointer entry)
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

/* Adds @entry again as a new row (Undo of a delete). */
static gboolean
add_entry (KrEmployeeRepository *repository, KrHistoryKind kind, gpointer entry, GError **error)
{
  switch (kind)
    {
    case KR_HISTORY_RANK:
      ((KrRankEntry *) entry)->id = 0;
      return kr_employee_repository_add_rank (repository, entry, error) != 0;
    case KR_HISTORY_POSITION:
      ((KrPositionEntry *) entry)->id = 0;
      return kr_employee_repository_add_position (repository, entry, error) != 0;
    case KR_HISTORY_EDUCATION:
      ((KrEducationEntry *) entry)->id = 0;
      return kr_employee_repository_add_education (repository, entry, error) != 0;
    case KR_HISTORY_DISCIPLINE:
      ((KrDisciplineEntry *) entry)->id = 0;
      return kr_employee_repository_add_discipline (repository, entry, error) != 0;
    case KR_HISTORY_AWARD:
      ((KrAwardEntry *) entry)->id = 0;
      return kr_employee_repository_add_award (repository, entry, error) != 0;
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

static void
clear_list (GtkListBox *list)
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

static void
free_history (KrEmployeeProfile *self, KrHistoryKind kind)
{
  GPtrArray *rows = g_steal_pointer (&self->histories[kind]);

  if (rows == NULL)
    return;
  for (guint i = 0; i < rows->len; i++)
    entry_free (kind, g_ptr_array_index (rows, i));
  g_ptr_array_unref (rows);
}

static void
show_history (KrEmployeeProfile *self, KrHistoryKind kind)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = NULL;

  free_history (self, kind);
  clear_list (self->lists[kind]);

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

static gpointer
find_entry (KrEmployeeProfile *self, KrHistoryKind kind, gint64 id)
{
  GPtrArray *rows = self->histories[kind];

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    if (entry_get_id (kind, g_ptr_array_index (rows, i)) == id)
      return g_ptr_array_index (rows, i);

  return NULL;
}

/* The record */

static void
set_value (GtkLabel *label, const char *text)
{
  gboolean known = text != NULL && text[0] != '\0';

  gtk_label_set_label (label, known ? text : "—");
  if (known)
    gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
}

static void
set_value_take (GtkLabel *label, char *text)
{
  set_value (label, text);
  g_free (text);
}

static const char *
gender_label (KrGender gender)
{
  switch (gender)
    {
    case KR_GENDER_MALE:
      return _ ("Male");
    case KR_GENDER_FEMALE:
      return _ ("Female");
    case KR_GENDER_UNKNOWN:
    default:
      return NULL;
    }
}

static char *
format_birth (KrEmployee *employee)
{
  const char *place = kr_employee_get_birth_place (employee);
  g_autofree char *date = kr_employee_format_date (kr_employee_get_birth_date (employee));

  if (place != NULL && date != NULL)
    /* Translators: place and date of birth, “Bandung, 15 March 1990” */
    return g_strdup_printf (_ ("%s, %s"), place, date);
  return g_strdup (place != NULL ? place : date);
}

/* “6 years 2 months, since 1 April 2018” */
static char *
format_time_since (const GDate *since, const GDate *today)
{
  g_autofree char *span = kr_employee_format_span_between (since, today);
  g_autofree char *date = kr_employee_format_date (since);

  if (date == NULL)
    return NULL;
  if (span == NULL)
    /* Translators: the date from which something counts, when it lies ahead */
    return g_strdup_printf (_ ("from %s"), date);
  /* Translators: how long something has lasted and since when, “6 years 2 months, since
   * 1 April 2018” */
  return g_strdup_printf (_ ("%s, since %s"), span, date);
}

static void
show_retirement (KrEmployeeProfile *self, const GDate *today)
{
  const GDate *birth = kr_employee_get_birth_date (self->employee);
  g_autofree char *date = NULL;
  KrPositionKind kind;
  KrPositionLevel level;
  GDate retirement;
  guint bup = 0;

  if (birth != NULL && kr_employee_get_position_kind (self->employee, &kind, &level))
    bup = kr_position_get_bup (kind, level, birth);
  if (bup == 0)
    {
      set_value (self->bup_value, NULL);
      set_value (self->retirement_value, NULL);
      return;
    }

  set_value_take (self->bup_value, g_strdup_printf (ngettext ("%u year", "%u years", bup), bup));
  kr_position_retirement_date (birth, bup, &retirement);
  date = kr_employee_format_date (&retirement);
  if (g_date_compare (&retirement, today) > 0)
    {
      g_autofree char *left = kr_employee_format_span_between (today, &retirement);

      /* Translators: the retirement date and the time left, “1 April 2048, in 21 years
       * 4 months” */
      set_value_take (self->retirement_value, g_strdup_printf (_ ("%s, in %s"), date, left));
    }
  else
    /* Translators: a retirement date that has passed */
    set_value_take (self->retirement_value, g_strdup_printf (_ ("%s (reached)"), date));
}

static void
show_derived (KrEmployeeProfile *self)
{
  KrEmployee *employee = self->employee;
  const GDate *birth = kr_employee_get_birth_date (employee);
  KrEducation education;
  GDate today;
  int age = -1;

  kr_date_today (NULL, &today);
  if (birth != NULL)
    age = kr_date_age (birth, &today);
  if (age >= 0)
    set_value_take (self->age_value, g_strdup_printf (ngettext ("%d year", "%d years", age), age));
  else
    set_value (self->age_value, NULL);

  set_value_take (self->service_value,
                  kr_employee_format_span_between (kr_employee_get_tmt_cpns (employee), &today));
  set_value_take (self->rank_service_value,
                  format_time_since (kr_employee_get_rank_tmt (employee), &today));
  set_value_take (self->position_service_value,
                  format_time_since (kr_employee_get_position_tmt (employee), &today));
  set_value (self->education_value, kr_employee_get_education (employee, &education)
                                        ? kr_education_get_label (education)
                                        : NULL);
  show_retirement (self, &today);
}

/* The NIP checks: the parse error, or where the record disagrees with the NIP. */
static GPtrArray *
check_nip (KrEmployee *employee)
{
  KrNipKind kind =
      kr_employee_get_kind (employee) == KR_EMPLOYEE_KIND_PPPK ? KR_NIP_KIND_PPPK : KR_NIP_KIND_PNS;
  g_autoptr (GError) error = NULL;
  GPtrArray *messages;
  KrNip nip;

  if (!kr_nip_parse (kr_employee_get_nip (employee), kind, NULL, &nip, &error))
    {
      messages = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (messages, g_strdup (error->message));
      return messages;
    }
  return kr_nip_check_record (&nip, kr_employee_get_birth_date (employee),
                              kr_employee_get_tmt_cpns (employee),
                              kr_employee_get_gender (employee));
}

static void
show_checks (KrEmployeeProfile *self)
{
  g_autoptr (GPtrArray) messages = check_nip (self->employee);

  clear_list (self->checks_list);
  for (guint i = 0; i < messages->len; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _ ("Warning"), -1);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), g_ptr_array_index (messages, i));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_list_box_append (self->checks_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->checks_group), messages->len > 0);
}

static void
show_header (KrEmployeeProfile *self)
{
  KrEmployee *employee = self->employee;
  g_autofree char *full_name = kr_employee_dup_full_name (employee);
  g_autofree char *nip = kr_nip_format_digits (kr_employee_get_nip (employee));
  g_autofree char *golongan = kr_employee_format_golongan (kr_employee_get_golongan (employee));
  const char *position = kr_employee_get_position_name (employee);
  const char *unit = kr_employee_get_unit_name (employee);
  gboolean active = kr_employee_get_status (employee) == KR_EMPLOYEE_STATUS_AKTIF;

  adw_avatar_set_text (self->avatar, kr_employee_get_name (employee));
  gtk_label_set_label (self->name_label, full_name != NULL ? full_name : "");
  gtk_label_set_label (self->nip_label, nip != NULL ? nip : "");
  gtk_label_set_label (self->rank_label, golongan != NULL ? golongan : _ ("No rank recorded"));
  gtk_label_set_label (self->position_label,
                       position != NULL ? position : _ ("No position recorded"));
  gtk_label_set_label (self->unit_label, unit != NULL ? unit : "");
  gtk_widget_set_visible (GTK_WIDGET (self->unit_label), unit != NULL);
  gtk_label_set_label (self->kind_label,
                       kr_employee_kind_get_label (kr_employee_get_kind (employee)));
  gtk_label_set_label (self->status_label,
                       kr_employee_status_get_label (kr_employee_get_status (employee)));
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), active ? "warning" : "success");
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), active ? "success" : "warning");

  adw_view_switcher_title_set_title (self->switcher_title, full_name != NULL ? full_name : "");
  adw_view_switcher_title_set_subtitle (self->switcher_title, nip != NULL ? nip : "");
}

static void
show_personal (KrEmployeeProfile *self)
{
  KrEmployee *employee = self->employee;

  set_value_take (self->nip_value, kr_nip_format_digits (kr_employee_get_nip (employee)));
  set_value_take (self->birth_value, format_birth (employee));
  set_value (self->gender_value, gender_label (kr_employee_get_gender (employee)));
  set_value (self->religion_value, kr_religion_get_label (kr_employee_get_religion (employee)));
  set_value (self->marital_value,
             kr_marital_status_get_label (kr_employee_get_marital_status (employee)));
  set_value (self->nik_value, kr_employee_get_nik (employee));
  set_value (self->phone_value, kr_employee_get_phone (employee));
  set_value (self->email_value, kr_employee_get_email (employee));
  set_value (self->address_value, kr_employee_get_address (employee));
  set_value_take (self->tmt_cpns_value,
                  kr_employee_format_date (kr_employee_get_tmt_cpns (employee)));
  set_value_take (self->tmt_pns_value,
                  kr_employee_format_date (kr_employee_get_tmt_pns (employee)));
  /* A PPPK is never appointed PNS. */
  gtk_widget_set_visible (GTK_WIDGET (self->tmt_pns_row),
                          kr_employee_get_kind (employee) != KR_EMPLOYEE_KIND_PPPK);
}

static void
show_empty (KrEmployeeProfile *self, const char *title, const char *description)
{
  g_autofree char *markup = g_markup_escape_text (description, -1);

  g_clear_object (&self->employee);
  for (guint kind = 0; kind < KR_N_HISTORIES; kind++)
    {
      free_history (self, kind);
      clear_list (self->lists[kind]);
    }

  adw_status_page_set_title (self->empty_page, title);
  adw_status_page_set_description (self->empty_page, markup);
  gtk_stack_set_visible_child_name (self->state_stack, "empty");
  adw_view_switcher_title_set_title (self->switcher_title, "");
  adw_view_switcher_title_set_subtitle (self->switcher_title, "");
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->edit_button), FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.edit", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.add-history", FALSE);
}

static void
reload (KrEmployeeProfile *self)
{
  g_autoptr (GError) error = NULL;

  /* The History of Changes reads again too: the change just made is its newest record. */
  kr_audit_history_view_set_employee_id (self->history_view,
                                         self->repository != NULL ? self->employee_id : 0);
  if (self->employee_id == 0 || self->repository == NULL)
    {
      show_empty (self, _ ("No Employee Selected"),
                  _ ("Choose an employee from the list to see their record, or add a new "
                     "employee."));
      return;
    }

  g_clear_object (&self->employee);
  self->employee = kr_employee_repository_get (self->repository, self->employee_id, &error);
  if (self->employee == NULL)
    {
      show_empty (self, _ ("Employee Not Found"), error->message);
      return;
    }

  show_header (self);
  show_personal (self);
  show_derived (self);
  show_checks (self);
  for (guint kind = 0; kind < KR_N_HISTORIES; kind++)
    show_history (self, kind);

  gtk_stack_set_visible_child_name (self->state_stack, "employee");
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->edit_button), self->writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.edit", self->writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.add-history", self->writable);
}

static void
on_repository_changed_cb (KrEmployeeRepository *repository, gint64 id, KrEmployeeProfile *self)
{
  /* 0 follows a bulk load, which may have touched anyone. */
  if (self->employee_id != 0 && (id == 0 || id == self->employee_id))
    reload (self);
}

static void
on_unit_repository_changed_cb (KrUnitRepository *unit_repository, KrEmployeeProfile *self)
{
  /* A renamed unit or position shows in the header and the position history. */
  if (self->employee_id != 0)
    reload (self);
}

/* Actions */

static GtkWindow *
get_parent_window (KrEmployeeProfile *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
present_dialog (KrEmployeeProfile *self, GtkWindow *dialog)
{
  gtk_window_set_transient_for (dialog, get_parent_window (self));
  gtk_window_present (dialog);
}

static void
edit_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrEmployeeProfile *self = KR_EMPLOYEE_PROFILE (widget);

  if (self->employee == NULL)
    return;
  present_dialog (self, GTK_WINDOW (kr_employee_editor_new (self->repository, self->unit_repository,
                                                            self->employee)));
}

static void
open_history_editor (KrEmployeeProfile *self, KrHistoryKind kind, gconstpointer entry)
{
  if (self->employee == NULL || kind >= KR_N_HISTORIES)
    return;
  present_dialog (self, GTK_WINDOW (kr_history_editor_new (self->repository, self->unit_repository,
                                                           self->employee, kind, entry)));
}

static void
add_history_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  int kind = g_variant_get_int32 (parameter);

  if (kind >= 0)
    open_history_editor (KR_EMPLOYEE_PROFILE (widget), (KrHistoryKind) kind, NULL);
}

static void
edit_history_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrEmployeeProfile *self = KR_EMPLOYEE_PROFILE (widget);
  gpointer entry;
  gint64 id;
  int kind;

  g_variant_get (parameter, "(ix)", &kind, &id);
  if (kind < 0 || kind >= KR_N_HISTORIES || (entry = find_entry (self, kind, id)) == NULL)
    return;
  open_history_editor (self, kind, entry);
}

static void
show_toast (KrEmployeeProfile *self, const char *message)
{
  g_autofree char *markup = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (markup));
}

static void on_undo_toast_dismissed_cb (AdwToast *toast, KrEmployeeProfile *self);

/* Forgets what Undo would put back. */
static void
clear_undo (KrEmployeeProfile *self)
{
  g_autoptr (AdwToast) toast = g_steal_pointer (&self->undo_toast);

  if (self->undo_entry != NULL)
    entry_free (self->undo_kind, g_steal_pointer (&self->undo_entry));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.undo-delete", FALSE);
  if (toast != NULL)
    {
      g_signal_handlers_disconnect_by_func (toast, on_undo_toast_dismissed_cb, self);
      adw_toast_dismiss (toast);
    }
}

static void
on_undo_toast_dismissed_cb (AdwToast *toast, KrEmployeeProfile *self)
{
  if (toast == self->undo_toast)
    clear_undo (self);
}

static void
offer_undo (KrEmployeeProfile *self, KrHistoryKind kind, gpointer entry)
{
  AdwToast *toast = adw_toast_new (_ (deleted_texts[kind]));

  clear_undo (self);
  self->undo_kind = kind;
  self->undo_entry = entry;
  self->undo_toast = g_object_ref (toast);
  adw_toast_set_button_label (toast, _ ("_Undo"));
  adw_toast_set_action_name (toast, "profile.undo-delete");
  g_signal_connect (toast, "dismissed", G_CALLBACK (on_undo_toast_dismissed_cb), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.undo-delete", TRUE);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
delete_history_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrEmployeeProfile *self = KR_EMPLOYEE_PROFILE (widget);
  g_autoptr (GError) error = NULL;
  gpointer entry, copy;
  gint64 id;
  int kind;

  g_variant_get (parameter, "(ix)", &kind, &id);
  if (kind < 0 || kind >= KR_N_HISTORIES || (entry = find_entry (self, kind, id)) == NULL)
    return;

  /* Deleting reloads the histories through `changed`, which frees @entry. */
  copy = entry_copy (kind, entry);
  if (!kr_employee_repository_delete_history (self->repository, kind, id, &error))
    {
      entry_free (kind, copy);
      show_toast (self, error->message);
      return;
    }
  offer_undo (self, kind, copy);
}

static void
undo_delete_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrEmployeeProfile *self = KR_EMPLOYEE_PROFILE (widget);
  g_autoptr (GError) error = NULL;
  KrHistoryKind kind = self->undo_kind;
  gpointer entry = g_steal_pointer (&self->undo_entry);

  if (entry == NULL)
    return;
  clear_undo (self);
  if (!add_entry (self->repository, kind, entry, &error))
    show_toast (self, error->message);
  entry_free (kind, entry);
}

/* Properties */

KrEmployeeRepository *
kr_employee_profile_get_repository (KrEmployeeProfile *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_PROFILE (self), NULL);

  return self->repository;
}

void
kr_employee_profile_set_repository (KrEmployeeProfile *self, KrEmployeeRepository *repository)
{
  g_return_if_fail (KR_IS_EMPLOYEE_PROFILE (self));
  g_return_if_fail (repository == NULL || KR_IS_EMPLOYEE_REPOSITORY (repository));

  if (self->repository == repository)
    return;

  if (self->repository != NULL)
    g_signal_handlers_disconnect_by_func (self->repository, on_repository_changed_cb, self);
  g_set_object (&self->repository, repository);
  if (repository != NULL)
    g_signal_connect_object (repository, "changed", G_CALLBACK (on_repository_changed_cb), self, 0);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPOSITORY]);
}

KrUnitRepository *
kr_employee_profile_get_unit_repository (KrEmployeeProfile *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_PROFILE (self), NULL);

  return self->unit_repository;
}

void
kr_employee_profile_set_unit_repository (KrEmployeeProfile *self, KrUnitRepository *unit_repository)
{
  g_return_if_fail (KR_IS_EMPLOYEE_PROFILE (self));
  g_return_if_fail (unit_repository == NULL || KR_IS_UNIT_REPOSITORY (unit_repository));

  if (self->unit_repository == unit_repository)
    return;

  if (self->unit_repository != NULL)
    g_signal_handlers_disconnect_by_func (self->unit_repository, on_unit_repository_changed_cb,
                                          self);
  g_set_object (&self->unit_repository, unit_repository);
  if (unit_repository != NULL)
    g_signal_connect_object (unit_repository, "changed", G_CALLBACK (on_unit_repository_changed_cb),
                             self, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT_REPOSITORY]);
}

gint64
kr_employee_profile_get_employee_id (KrEmployeeProfile *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_PROFILE (self), 0);

  return self->employee_id;
}

void
kr_employee_profile_set_employee_id (KrEmployeeProfile *self, gint64 id)
{
  g_return_if_fail (KR_IS_EMPLOYEE_PROFILE (self));
  g_return_if_fail (id >= 0);

  if (self->employee_id == id)
    return;

  self->employee_id = id;
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPLOYEE_ID]);
}

KrEmployee *
kr_employee_profile_get_employee (KrEmployeeProfile *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_PROFILE (self), NULL);

  return self->employee;
}

AdwHeaderBar *
kr_employee_profile_get_header_bar (KrEmployeeProfile *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_PROFILE (self), NULL);

  return self->header_bar;
}

void
kr_employee_profile_set_database (KrEmployeeProfile *self, KrDatabase *database)
{
  g_return_if_fail (KR_IS_EMPLOYEE_PROFILE (self));

  kr_audit_history_view_set_database (self->history_view, database);
}

gboolean
kr_employee_profile_get_writable (KrEmployeeProfile *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_PROFILE (self), FALSE);

  return self->writable;
}

void
kr_employee_profile_set_writable (KrEmployeeProfile *self, gboolean writable)
{
  g_return_if_fail (KR_IS_EMPLOYEE_PROFILE (self));

  writable = !!writable;
  if (self->writable == writable)
    return;

  self->writable = writable;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.edit-history", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.delete-history", writable);
  if (!writable)
    clear_undo (self);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WRITABLE]);
}

static void
kr_employee_profile_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KrEmployeeProfile *self = KR_EMPLOYEE_PROFILE (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      g_value_set_object (value, self->repository);
      break;

    case PROP_UNIT_REPOSITORY:
      g_value_set_object (value, self->unit_repository);
      break;

    case PROP_EMPLOYEE_ID:
      g_value_set_int64 (value, self->employee_id);
      break;

    case PROP_WRITABLE:
      g_value_set_boolean (value, self->writable);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_employee_profile_set_property (GObject *object,
                                  guint prop_id,
                                  const GValue *value,
                                  GParamSpec *pspec)
{
  KrEmployeeProfile *self = KR_EMPLOYEE_PROFILE (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      kr_employee_profile_set_repository (self, g_value_get_object (value));
      break;

    case PROP_UNIT_REPOSITORY:
      kr_employee_profile_set_unit_repository (self, g_value_get_object (value));
      break;

    case PROP_EMPLOYEE_ID:
      kr_employee_profile_set_employee_id (self, g_value_get_int64 (value));
      break;

    case PROP_WRITABLE:
      kr_employee_profile_set_writable (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_employee_profile_dispose (GObject *object)
{
  KrEmployeeProfile *self = KR_EMPLOYEE_PROFILE (object);

  clear_undo (self);
  for (guint kind = 0; kind < KR_N_HISTORIES; kind++)
    free_history (self, kind);
  if (self->repository != NULL)
    g_signal_handlers_disconnect_by_func (self->repository, on_repository_changed_cb, self);
  if (self->unit_repository != NULL)
    g_signal_handlers_disconnect_by_func (self->unit_repository, on_unit_repository_changed_cb,
                                          self);
  g_clear_object (&self->employee);
  g_clear_object (&self->repository);
  g_clear_object (&self->unit_repository);

  gtk_widget_dispose_template (GTK_WIDGET (object), KR_TYPE_EMPLOYEE_PROFILE);

  G_OBJECT_CLASS (kr_employee_profile_parent_class)->dispose (object);
}

static void
kr_employee_profile_class_init (KrEmployeeProfileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = kr_employee_profile_dispose;
  object_class->get_property = kr_employee_profile_get_property;
  object_class->set_property = kr_employee_profile_set_property;

  properties[PROP_REPOSITORY] =
      g_param_spec_object ("repository", NULL, NULL, KR_TYPE_EMPLOYEE_REPOSITORY, flags);
  properties[PROP_UNIT_REPOSITORY] =
      g_param_spec_object ("unit-repository", NULL, NULL, KR_TYPE_UNIT_REPOSITORY, flags);
  properties[PROP_EMPLOYEE_ID] =
      g_param_spec_int64 ("employee-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  /* Off for a role that may only read: the edit, add and delete buttons go. */
  properties[PROP_WRITABLE] = g_param_spec_boolean ("writable", NULL, NULL, TRUE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KR_TYPE_AUDIT_HISTORY_VIEW);
  gtk_widget_class_set_template_from_resource (
      widget_class, "/io/github/karier/Karier/employees/kr-employee-profile.ui");
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, header_bar);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, edit_button);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, state_stack);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, empty_page);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, view_stack);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, profile_scroll);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, avatar);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, name_label);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, nip_label);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, rank_label);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, position_label);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, unit_label);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, kind_label);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, status_label);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, checks_group);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, checks_list);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, nip_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, birth_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, age_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, gender_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, religion_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, marital_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, nik_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, phone_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, email_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, address_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, tmt_pns_row);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, tmt_cpns_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, tmt_pns_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, service_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, rank_service_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, position_service_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, education_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, bup_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, retirement_value);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, rank_list);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, position_list);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, education_list);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, discipline_list);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, award_list);
  gtk_widget_class_bind_template_child (widget_class, KrEmployeeProfile, history_view);

  gtk_widget_class_install_action (widget_class, "profile.edit", NULL, edit_action_cb);
  gtk_widget_class_install_action (widget_class, "profile.add-history", "i", add_history_action_cb);
  gtk_widget_class_install_action (widget_class, "profile.edit-history", "(ix)",
                                   edit_history_action_cb);
  gtk_widget_class_install_action (widget_class, "profile.delete-history", "(ix)",
                                   delete_history_action_cb);
  gtk_widget_class_install_action (widget_class, "profile.undo-delete", NULL,
                                   undo_delete_action_cb);
}

static void
kr_employee_profile_init (KrEmployeeProfile *self)
{
  self->writable = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  self->lists[KR_HISTORY_RANK] = self->rank_list;
  self->lists[KR_HISTORY_POSITION] = self->position_list;
  self->lists[KR_HISTORY_EDUCATION] = self->education_list;
  self->lists[KR_HISTORY_DISCIPLINE] = self->discipline_list;
  self->lists[KR_HISTORY_AWARD] = self->award_list;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.undo-delete", FALSE);
  reload (self);
}

GtkWidget *
kr_employee_profile_new (KrEmployeeRepository *repository, KrUnitRepository *unit_repository)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (repository), NULL);
  g_return_val_if_fail (KR_IS_UNIT_REPOSITORY (unit_repository), NULL);

  return g_object_new (KR_TYPE_EMPLOYEE_PROFILE, "repository", repository, "unit-repository",
                       unit_repository, NULL);
}
