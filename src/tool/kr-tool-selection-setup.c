/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-selection"

#include "config.h"

#include "kr-tool-selection-private.h"

#include <string.h>

#include "kr-error.h"
#include "kr-i18n.h"

/* `karier-tool selection stage|panel`: what a selection is made of. Each lists what it
 * manages after a change, so that the result is seen at once. */

static const char *
or_dash (const char *text)
{
  return text != NULL && *text != '\0' ? text : "-";
}

/* stage */

static const KrToolCommand stage_command = {
  "selection stage", N_ ("DATABASE ID"),
  N_ ("List the stages of a selection; add one (--add), change stage N (--set N) or remove it "
      "(--remove N) while nothing is published"),
  NULL
};

static const char *
kind_code (guint value)
{
  return kr_selection_stage_kind_get_code (value);
}

static void
print_stages (GPtrArray *stages)
{
  g_autoptr (GPtrArray) table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  /* Translators: column headings of `karier-tool selection stage` */
  const char *headings[] = { _ ("No."),    _ ("Kind"),      _ ("Name"),
                             _ ("Weight"), _ ("Pass mark"), _ ("Published") };
  double sum = 0;

  for (guint i = 0; i < stages->len; i++)
    {
      const KrSelectionStage *stage = stages->pdata[i];
      char **cells = g_new0 (char *, G_N_ELEMENTS (headings) + 1);

      cells[0] = g_strdup_printf ("%u", stage->seq);
      cells[1] = g_strdup (kr_selection_stage_kind_get_label (stage->kind));
      cells[2] = g_strdup (stage->name);
      cells[3] = kr_tool_selection_format_number (stage->weight);
      cells[4] = stage->has_pass_mark ? kr_tool_selection_format_number (stage->pass_mark)
                                      : g_strdup ("-");
      cells[5] = kr_tool_selection_iso (&stage->published_on);
      if (cells[5] == NULL)
        cells[5] = g_strdup ("-");
      g_ptr_array_add (table, cells);
      sum += stage->weight;
    }
  kr_tool_training_print_table (headings, G_N_ELEMENTS (headings), table);
  {
    g_autofree char *total = kr_tool_selection_format_number (sum);

    /* Translators: the number of stages, then the sum of their weights in percent */
    g_print (ngettext ("%u stage, weights %s %%\n", "%u stages, weights %s %%\n", stages->len),
             stages->len, total);
  }
}

/* The stage fields given on the command line, checked before the database is opened. */
typedef struct
{
  const char *kind_text;
  const char *name;
  const char *weight_text;
  const char *pass_mark_text;
  gboolean no_pass_mark;
  guint kind;
  double weight;
  double pass_mark;
} StageFields;

static gboolean
parse_stage_fields (StageFields *f, char **message)
{
  if (f->pass_mark_text != NULL && f->no_pass_mark)
    {
      *message = g_strdup (_ ("give only one of --pass-mark, --no-pass-mark"));
      return FALSE;
    }
  return (f->kind_text == NULL ||
          kr_tool_training_parse_code ("--kind", f->kind_text, kind_code, 0,
                                       KR_N_SELECTION_STAGE_KINDS, &f->kind, message)) &&
         (f->weight_text == NULL ||
          kr_tool_selection_parse_number ("--weight", f->weight_text, &f->weight, message)) &&
         (f->pass_mark_text == NULL ||
          kr_tool_selection_parse_number ("--pass-mark", f->pass_mark_text, &f->pass_mark,
                                          message));
}

static gboolean
stage_fields_given (const StageFields *f)
{
  return f->kind_text != NULL || f->name != NULL || f->weight_text != NULL ||
         f->pass_mark_text != NULL || f->no_pass_mark;
}

static void
apply_stage_fields (const StageFields *f, KrSelectionStage *stage)
{
  if (f->kind_text != NULL)
    stage->kind = (KrSelectionStageKind) f->kind;
  if (f->name != NULL)
    {
      g_free (stage->name);
      stage->name = g_strdup (f->name);
    }
  if (f->weight_text != NULL)
    stage->weight = f->weight;
  if (f->pass_mark_text != NULL)
    {
      stage->has_pass_mark = TRUE;
      stage->pass_mark = f->pass_mark;
    }
  if (f->no_pass_mark)
    stage->has_pass_mark = FALSE;
}

/* Checks the action options of `selection stage`; a usage message or NULL. */
static char *
check_stage_action (gboolean add, int set, int remove, StageFields *f)
{
  const char *const actions[] = { "--add", "--set", "--remove", NULL };
  char *message =
      kr_tool_selection_check_one_action ((gboolean[]){ add, set != 0, remove != 0 }, actions, 3);

  if (message != NULL)
    return message;
  if (add && f->kind_text == NULL)
    return g_strdup (_ ("missing option --kind"));
  if (!add && set == 0 && stage_fields_given (f))
    return g_strdup (_ ("--kind, --name, --weight and --pass-mark go with --add or --set"));
  if (remove != 0 && stage_fields_given (f))
    return g_strdup (_ ("--remove takes no other stage option"));
  parse_stage_fields (f, &message);
  return message;
}

int
kr_tool_selection_stage (int argc, char **argv)
{
  g_autofree char *kind = NULL;
  g_autofree char *name = NULL;
  g_autofree char *weight = NULL;
  g_autofree char *pass_mark = NULL;
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  gboolean add = FALSE, no_pass_mark = FALSE;
  g_autofree char *set_text = NULL;
  g_autofree char *remove_text = NULL;
  gint64 set_number = 0, remove_number = 0;
  int set = 0, remove = 0;
  const GOptionEntry entries[] = {
    { "add", 0, 0, G_OPTION_ARG_NONE, &add, N_ ("Add a stage at the end"), NULL },
    { "set", 0, 0, G_OPTION_ARG_STRING, &set_text, N_ ("Change the stage with this number"),
      N_ ("N") },
    { "remove", 0, 0, G_OPTION_ARG_STRING, &remove_text, N_ ("Remove the stage with this number"),
      N_ ("N") },
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind, N_ ("The kind of stage"),
      N_ ("administration|paper|assessment|interview|other") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name,
      N_ ("The name printed on announcements (default: the kind’s official name)"), N_ ("TEXT") },
    { "weight", 'w', 0, G_OPTION_ARG_STRING, &weight, N_ ("Percent of the final score"),
      N_ ("NUMBER") },
    { "pass-mark", 0, 0, G_OPTION_ARG_STRING, &pass_mark,
      N_ ("Candidates scoring below it do not go on"), N_ ("NUMBER") },
    { "no-pass-mark", 0, 0, G_OPTION_ARG_NONE, &no_pass_mark,
      N_ ("Everyone scored goes on (removes the pass mark)"), NULL },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrSelectionRepository) selections = NULL;
  g_autoptr (GPtrArray) stages = NULL;
  g_autoptr (KrSelectionStage) stage = NULL;
  g_autoptr (KrSelection) selection = NULL;
  g_autoptr (GError) error = NULL;
  StageFields fields = { 0 };
  gint64 id = 0;
  int status;

  if (!kr_tool_parse_options (&stage_command, entries, 2, &argc, &argv, &status))
    return status;
  fields = (StageFields){ .kind_text = kind,
                          .name = name,
                          .weight_text = weight,
                          .pass_mark_text = pass_mark,
                          .no_pass_mark = no_pass_mark };
  /* Stage numbers start at 1; 0 must not mean "not given". */
  if (kr_tool_training_parse_id (argv[2], "ID", &id, &message) &&
      kr_tool_parse_int ("--set", set_text, 1, G_MAXINT, &set_number, &message) &&
      kr_tool_parse_int ("--remove", remove_text, 1, G_MAXINT, &remove_number, &message))
    {
      set = (int) set_number;
      remove = (int) remove_number;
      message = check_stage_action (add, set, remove, &fields);
    }
  if (message != NULL)
    return kr_tool_usage_error (&stage_command, message);

  db = kr_tool_training_open (argv[1], !(add || set != 0 || remove != 0), as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  selections = kr_selection_repository_new (db);
  if ((selection = kr_tool_selection_get (selections, id, &error)) == NULL)
    return kr_tool_fail (error);
  if (set != 0 || remove != 0)
    {
      const KrSelectionStage *found;

      if ((stages = kr_selection_repository_list_stages (selections, id, &error)) == NULL ||
          (found = kr_tool_selection_find_stage (stages, set != 0 ? set : remove, &error)) == NULL)
        return kr_tool_fail (error);
      stage = kr_selection_stage_copy (found);
      g_clear_pointer (&stages, g_ptr_array_unref);
    }
  else
    {
      stage = kr_selection_stage_new ();
      stage->selection_id = id;
    }
  apply_stage_fields (&fields, stage);
  if (((add || set != 0) && !kr_selection_repository_save_stage (selections, stage, &error)) ||
      (remove != 0 && !kr_selection_repository_delete_stage (selections, stage->id, &error)) ||
      (stages = kr_selection_repository_list_stages (selections, id, &error)) == NULL)
    return kr_tool_fail (error);
  print_stages (stages);
  return KR_TOOL_EXIT_OK;
}

/* panel */

static const KrToolCommand panel_command = {
  "selection panel", N_ ("DATABASE ID"),
  N_ ("List the selection panel with its composition issues and conflicts of interest; add an "
      "employee (--add-employee NIP) or an outside member (--add-external NAME), or remove a "
      "member (--remove MEMBER, the number in the list)"),
  NULL
};

static const char *
role_code (guint value)
{
  return kr_panel_role_get_code (value);
}

static void
print_panel (GPtrArray *panel, GPtrArray *conflicts, GPtrArray *issues)
{
  g_autoptr (GPtrArray) table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  /* Translators: column headings of `karier-tool selection panel` */
  const char *headings[] = { _ ("Member"), _ ("Role"), _ ("Name"), _ ("Internal/external"),
                             _ ("Position or institution") };

  for (guint i = 0; i < panel->len; i++)
    {
      const KrSelectionPanelMember *member = panel->pdata[i];
      char **cells = g_new0 (char *, G_N_ELEMENTS (headings) + 1);

      cells[0] = g_strdup_printf ("%" G_GINT64_FORMAT, member->id);
      cells[1] = g_strdup (kr_panel_role_get_label (member->role));
      cells[2] = g_strdup (member->name);
      cells[3] = g_strdup (member->is_external ? _ ("external") : _ ("internal"));
      cells[4] =
          g_strdup (or_dash (member->is_external ? member->institution : member->position_name));
      g_ptr_array_add (table, cells);
    }
  kr_tool_training_print_table (headings, G_N_ELEMENTS (headings), table);
  /* Translators: the number of panel members */
  g_print (ngettext ("%u member\n", "%u members\n", panel->len), panel->len);
  for (guint i = 0; i < conflicts->len; i++)
    {
      const KrSelectionConflict *conflict = conflicts->pdata[i];

      /* Translators: a panel member, a candidate with their registration number, and the head
       * position the member holds over the candidate's unit */
      g_print (_ ("! Conflict of interest: %s is the superior of %s (%s) as %s, %s\n"),
               conflict->member_name, conflict->candidate_name, conflict->registration_number,
               or_dash (conflict->head_position_name), or_dash (conflict->head_unit_name));
    }
  for (guint i = 0; issues != NULL && i < issues->len; i++)
    {
      const KrSelectionIssue *issue = issues->pdata[i];

      /* Conflicts are listed above with their details. */
      if (issue->kind != KR_SELECTION_ISSUE_CONFLICT)
        g_print ("%s %s\n", issue->blocking ? "✗" : "!", issue->text);
    }
}

/* Fills @member from --add-employee or --add-external. */
static gboolean
fill_member (KrDatabase *db,
             const char *nip,
             const char *external,
             const char *institution,
             KrSelectionPanelMember *member,
             GError **error)
{
  if (nip != NULL)
    {
      g_autoptr (KrEmployee) employee = kr_tool_find_employee (db, nip, error);

      if (employee == NULL)
        return FALSE;
      member->employee_id = kr_employee_get_id (employee);
      member->is_external = FALSE;
      return TRUE;
    }
  member->name = g_strdup (external);
  member->is_external = TRUE;
  member->institution = g_strdup (institution);
  return TRUE;
}

int
kr_tool_selection_panel (int argc, char **argv)
{
  g_autofree char *nip = NULL;
  g_autofree char *external = NULL;
  g_autofree char *institution = NULL;
  g_autofree char *role_text = NULL;
  g_autofree char *remove_text = NULL;
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  const GOptionEntry entries[] = {
    { "add-employee", 0, 0, G_OPTION_ARG_STRING, &nip, N_ ("Add an employee as internal member"),
      N_ ("NIP") },
    { "add-external", 0, 0, G_OPTION_ARG_STRING, &external,
      N_ ("Add an outside member (academic, expert, another agency) by name, with titles"),
      N_ ("NAME") },
    { "institution", 0, 0, G_OPTION_ARG_STRING, &institution,
      N_ ("With --add-external, the member’s institution or profession"), N_ ("TEXT") },
    { "role", 0, 0, G_OPTION_ARG_STRING, &role_text, N_ ("The new member’s role (default: member)"),
      N_ ("chair|secretary|member") },
    { "remove", 0, 0, G_OPTION_ARG_STRING, &remove_text, N_ ("Remove the member with this number"),
      N_ ("MEMBER") },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  const char *const actions[] = { "--add-employee", "--add-external", "--remove", NULL };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrSelectionRepository) selections = NULL;
  g_autoptr (KrSelection) selection = NULL;
  g_autoptr (KrSelectionPanelMember) member = kr_selection_panel_member_new ();
  g_autoptr (GPtrArray) panel = NULL;
  g_autoptr (GPtrArray) conflicts = NULL;
  g_autoptr (GPtrArray) issues = NULL;
  g_autoptr (GError) error = NULL;
  gboolean adds;
  guint role = KR_PANEL_ROLE_MEMBER;
  gint64 id = 0, remove_id = 0;
  int status;

  if (!kr_tool_parse_options (&panel_command, entries, 2, &argc, &argv, &status))
    return status;
  adds = nip != NULL || external != NULL;
  if (!kr_tool_training_parse_id (argv[2], "ID", &id, &message) ||
      (message = kr_tool_selection_check_one_action (
           (gboolean[]){ nip != NULL, external != NULL, remove_text != NULL }, actions, 3)) != NULL)
    ;
  else if (remove_text != NULL)
    kr_tool_training_parse_id (remove_text, "--remove", &remove_id, &message);
  else if (!adds && (role_text != NULL || institution != NULL))
    message = g_strdup (_ ("--role and --institution go with --add-employee or --add-external"));
  else if (institution != NULL && external == NULL)
    message = g_strdup (_ ("--institution goes with --add-external"));
  else if (role_text != NULL)
    kr_tool_training_parse_code ("--role", role_text, role_code, 0, KR_N_PANEL_ROLES, &role,
                                 &message);
  if (message != NULL)
    return kr_tool_usage_error (&panel_command, message);

  db = kr_tool_training_open (argv[1], !(adds || remove_text != NULL), as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  selections = kr_selection_repository_new (db);
  member->selection_id = id;
  member->role = (KrPanelRole) role;
  if ((selection = kr_tool_selection_get (selections, id, &error)) == NULL ||
      (adds && (!fill_member (db, nip, external, institution, member, &error) ||
                !kr_selection_repository_save_panel_member (selections, member, &error))) ||
      (remove_id != 0 &&
       !kr_selection_repository_delete_panel_member (selections, remove_id, &error)) ||
      (panel = kr_selection_repository_list_panel (selections, id, &error)) == NULL ||
      (conflicts = kr_selection_repository_list_conflicts (selections, id, &error)) == NULL ||
      (issues = kr_selection_repository_check (selections, id, &error)) == NULL)
    return kr_tool_fail (error);
  print_panel (panel, conflicts, issues);
  return KR_TOOL_EXIT_OK;
}
