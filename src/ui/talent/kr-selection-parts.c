/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-selection-parts"

#include "config.h"

#include "kr-selection-parts.h"

#include <glib/gi18n.h>

#include "kr-nip.h"
#include "kr-promotions-common.h"
#include "kr-training-widgets.h"

#define button _kr_selection_page_button

static GtkWidget *
group_new (const char *title, const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  if (title != NULL)
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  return group;
}

static GtkWidget *
row_new (const char *title, const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *t = g_markup_escape_text (title, -1);
  g_autofree char *s = subtitle != NULL ? g_markup_escape_text (subtitle, -1) : NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), t);
  if (s != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), s);
  return row;
}

static GtkWidget *
pill (const char *text, const char *state)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "state-pill");
  gtk_widget_add_css_class (label, state);
  return label;
}

static GtkWidget *
suffix_box (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  return box;
}

static gboolean
any_published (const KrSelectionDetail *d)
{
  return d->selection->n_stages_published > 0;
}

static gboolean
has_blocking (const KrSelectionDetail *d)
{
  for (guint i = 0; i < d->issues->len; i++)
    if (((KrSelectionIssue *) g_ptr_array_index (d->issues, i))->blocking)
      return TRUE;
  return FALSE;
}

/* Summary: status and moves */

GtkWidget *
kr_selection_parts_summary (KrSelectionPage *page, const KrSelectionDetail *d, gboolean can_write)
{
  const KrSelection *s = d->selection;
  g_autofree char *position =
      g_strdup_printf ("%s — %s", s->position_name != NULL ? s->position_name : "—",
                       s->unit_name != NULL ? s->unit_name : "—");
  GtkWidget *group = group_new (NULL, NULL);
  GtkWidget *status_row = row_new (_ ("Status"), NULL);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *moves = suffix_box ();
  g_autofree char *window = NULL;

  if (g_date_valid (&s->opens_on) || g_date_valid (&s->closes_on))
    {
      g_autofree char *opens = kr_promotions_format_date (&s->opens_on);
      g_autofree char *closes = kr_promotions_format_date (&s->closes_on);

      window = g_strdup_printf ("%s – %s", opens, closes);
    }
  adw_preferences_group_add (
      ADW_PREFERENCES_GROUP (group),
      row_new (s->jpt ? _ ("Position (JPT rules)") : _ ("Position"), position));
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  kr_selection_status_pill (GTK_LABEL (label), s->status);
  adw_action_row_add_suffix (ADW_ACTION_ROW (status_row), label);
  if (can_write)
    {
      GtkWidget *b = NULL;

      switch (s->status)
        {
        case KR_SELECTION_STATUS_DRAFT:
          b = button (page, _ ("_Open Selection"), NULL,
                      has_blocking (d) ? _ ("Resolve the blocking checks first")
                                       : _ ("Announce the selection: candidates may register"),
                      "open", 0);
          gtk_widget_set_sensitive (b, !has_blocking (d));
          break;
        case KR_SELECTION_STATUS_OPEN:
          b = button (page, _ ("Close _Registration"), NULL,
                      _ ("Close the registration and start scoring the stages"), "scoring", 0);
          gtk_widget_set_sensitive (b, s->n_candidates > 0);
          break;
        case KR_SELECTION_STATUS_SCORING:
          b = button (page, _ ("_Finish Selection"), NULL,
                      s->n_stages_published < s->n_stages
                          ? _ ("Publish every stage first")
                          : _ ("Close the selection: the three best are proposed to the PPK"),
                      "close", 0);
          gtk_widget_set_sensitive (b, s->n_stages > 0 && s->n_stages_published == s->n_stages);
          break;
        case KR_SELECTION_STATUS_CLOSED:
        case KR_SELECTION_STATUS_CANCELLED:
        case KR_N_SELECTION_STATUSES:
        default:
          break;
        }
      if (b != NULL)
        {
          gtk_widget_add_css_class (b, "suggested-action");
          gtk_box_append (GTK_BOX (moves), b);
        }
      if (s->status == KR_SELECTION_STATUS_DRAFT)
        {
          b = button (page, _ ("_Delete Draft"), NULL, NULL, "delete", 0);
          gtk_widget_add_css_class (b, "destructive-action");
          gtk_box_append (GTK_BOX (moves), b);
        }
      else if (!kr_selection_status_is_final (s->status))
        {
          b = button (page, _ ("_Cancel Selection"), NULL, NULL, "cancel", 0);
          gtk_widget_add_css_class (b, "destructive-action");
          gtk_box_append (GTK_BOX (moves), b);
        }
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (status_row), moves);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), status_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             row_new (_ ("Registration"), window != NULL ? window : _ ("Not set")));
  adw_preferences_group_add (
      ADW_PREFERENCES_GROUP (group),
      row_new (_ ("Panel decree"), s->panel_decree != NULL ? s->panel_decree : _ ("Not set")));
  return group;
}

/* Checks */

GtkWidget *
kr_selection_parts_checks (KrSelectionPage *page, const KrSelectionDetail *d)
{
  GtkWidget *group = group_new (_ ("Checks"), NULL);

  if (d->issues->len == 0)
    {
      GtkWidget *row = row_new (_ ("The selection panel and the stages meet the rules"), NULL);
      GtkWidget *icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");

      gtk_widget_add_css_class (icon, "success");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  for (guint i = 0; i < d->issues->len; i++)
    {
      const KrSelectionIssue *issue = g_ptr_array_index (d->issues, i);
      GtkWidget *row = row_new (
          issue->text, issue->blocking ? _ ("Blocking: the selection cannot open") : _ ("Warning"));
      GtkWidget *icon = gtk_image_new_from_icon_name (issue->blocking ? "dialog-error-symbolic"
                                                                      : "dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, issue->blocking ? "error" : "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      issue->blocking ? _ ("Blocking") : _ ("Warning"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  return group;
}

/* Panel */

static char *
conflicts_of (const KrSelectionDetail *d, gint64 member_id)
{
  GString *text = NULL;

  for (guint i = 0; i < d->conflicts->len; i++)
    {
      const KrSelectionConflict *c = g_ptr_array_index (d->conflicts, i);

      if (c->panel_member_id != member_id)
        continue;
      if (text == NULL)
        text = g_string_new (NULL);
      else
        g_string_append_c (text, '\n');
      /* Translators: a conflict of interest: "Superior of Budi (ST-2026-003) as Kepala Bidang
       * Mutasi" */
      g_string_append_printf (text, _ ("Superior of %s (%s) as %s"), c->candidate_name,
                              c->registration_number,
                              c->head_position_name != NULL ? c->head_position_name : "—");
    }
  return text != NULL ? g_string_free (text, FALSE) : NULL;
}

GtkWidget *
kr_selection_parts_panel (KrSelectionPage *page, const KrSelectionDetail *d, gboolean can_write)
{
  guint n = d->panel->len, external = 0;
  g_autofree char *description = NULL;
  GtkWidget *group;
  /* The panel is set up before the scoring starts */
  gboolean editable = can_write && (d->selection->status == KR_SELECTION_STATUS_DRAFT ||
                                    d->selection->status == KR_SELECTION_STATUS_OPEN);

  for (guint i = 0; i < n; i++)
    external += ((KrSelectionPanelMember *) g_ptr_array_index (d->panel, i))->is_external;
  if (n > 0)
    /* Translators: "7 members: 3 internal, 4 external (57 % external)" */
    description =
        g_strdup_printf (ngettext ("%u member: %u internal, %u external (%.0f %% external)",
                                   "%u members: %u internal, %u external (%.0f %% "
                                   "external)",
                                   n),
                         n, n - external, external, 100.0 * external / n);
  group =
      group_new (_ ("Selection Panel"),
                 description != NULL ? description : _ ("No members yet: add the panel (pansel)."));
  if (editable)
    {
      GtkWidget *box = suffix_box ();

      gtk_box_append (GTK_BOX (box), button (page, _ ("Add _Employee"), NULL,
                                             _ ("Add an employee of the instansi to the panel"),
                                             "add-internal", 0));
      gtk_box_append (GTK_BOX (box),
                      button (page, _ ("Add E_xternal"), NULL,
                              _ ("Add an external member (university, other agency, expert)"),
                              "add-external", 0));
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), box);
    }
  for (guint i = 0; i < n; i++)
    {
      const KrSelectionPanelMember *m = g_ptr_array_index (d->panel, i);
      g_autofree char *subtitle = NULL;
      g_autofree char *conflicts = conflicts_of (d, m->id);
      GtkWidget *row;

      if (m->is_external)
        subtitle = g_strdup_printf (_ ("%s · External · %s"), kr_panel_role_get_label (m->role),
                                    m->institution != NULL ? m->institution : "—");
      else
        subtitle = g_strdup_printf (_ ("%s · Internal · %s"), kr_panel_role_get_label (m->role),
                                    m->position_name != NULL ? m->position_name : "—");
      row = row_new (m->name, subtitle);
      if (conflicts != NULL)
        {
          GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

          gtk_widget_add_css_class (icon, "warning");
          gtk_widget_set_tooltip_text (icon, conflicts);
          gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _ ("Conflict of interest"),
                                          GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, conflicts, -1);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     pill (_ ("Conflict of interest"), "state-objected"));
        }
      if (editable)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                   button (page, NULL, "user-trash-symbolic",
                                           _ ("Remove from the panel"), "remove-member", m->id));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  return group;
}

/* Stages */

GtkWidget *
kr_selection_parts_stages (KrSelectionPage *page, const KrSelectionDetail *d, gboolean can_write)
{
  const KrSelection *s = d->selection;
  gboolean editable = can_write && !kr_selection_status_is_final (s->status) && !any_published (d);
  gboolean scoring = can_write && s->status == KR_SELECTION_STATUS_SCORING;
  double sum = 0;
  g_autofree char *description = NULL;
  GtkWidget *group;
  gboolean previous_published = TRUE;

  for (guint i = 0; i < d->stages->len; i++)
    sum += ((KrSelectionStage *) g_ptr_array_index (d->stages, i))->weight;
  description = g_strdup_printf (_ ("The weights add up to %.0f %%."), sum);
  group = group_new (_ ("Stages"), d->stages->len > 0 ? description : _ ("No stages yet."));
  if (editable)
    adw_preferences_group_set_header_suffix (
        ADW_PREFERENCES_GROUP (group),
        button (page, _ ("_Add Stage"), NULL, _ ("Add a stage at the end"), "add-stage", 0));
  for (guint i = 0; i < d->stages->len; i++)
    {
      const KrSelectionStage *st = g_ptr_array_index (d->stages, i);
      gboolean published = kr_selection_stage_is_published (st);
      g_autofree char *title = g_strdup_printf ("%u. %s", st->seq, st->name);
      g_autofree char *mark = st->has_pass_mark ? kr_selection_format_score (st->pass_mark)
                                                : g_strdup (C_ ("pass mark", "none"));
      g_autofree char *date = kr_promotions_format_date (&st->published_on);
      g_autofree char *state =
          published ? g_strdup_printf (_ ("published %s"), date) : g_strdup (_ ("not published"));
      /* Translators: "weight 20 % · pass mark 60.00 · published 3 March 2026" */
      g_autofree char *subtitle =
          g_strdup_printf (_ ("weight %.0f %% · pass mark %s · %s"), st->weight, mark, state);
      GtkWidget *row = row_new (title, subtitle);

      if (published)
        {
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), pill (_ ("Published"), "state-final"));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     button (page, NULL, "printer-symbolic",
                                             _ ("Print the announcement of this stage"),
                                             "print-announcement", i));
        }
      else if (scoring && previous_published)
        {
          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     button (page, _ ("_Scores…"), NULL,
                                             _ ("Enter the scores of this stage"), "scores", i));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     button (page, _ ("_Publish…"), NULL,
                                             _ ("Announce this stage's results"), "publish", i));
        }
      if (editable)
        {
          adw_action_row_add_suffix (
              ADW_ACTION_ROW (row),
              button (page, NULL, "document-edit-symbolic", _ ("Edit the stage"), "edit-stage", i));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     button (page, NULL, "user-trash-symbolic",
                                             _ ("Remove the stage"), "remove-stage", st->id));
        }
      previous_published = published;
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  return group;
}

/* Candidates */

GtkWidget *
kr_selection_parts_candidates (KrSelectionPage *page,
                               const KrSelectionDetail *d,
                               gboolean can_write)
{
  const KrSelection *s = d->selection;
  gboolean registering = can_write && (s->status == KR_SELECTION_STATUS_DRAFT ||
                                       s->status == KR_SELECTION_STATUS_OPEN);
  gboolean editable = can_write && !kr_selection_status_is_final (s->status);
  g_autofree char *description = g_strdup_printf (
      ngettext ("%u registered candidate", "%u registered candidates", s->n_candidates),
      s->n_candidates);
  GtkWidget *group = group_new (_ ("Candidates"), description);

  if (registering)
    {
      GtkWidget *box = suffix_box ();

      gtk_box_append (GTK_BOX (box),
                      button (page, _ ("Register E_mployee"), NULL,
                              _ ("Register an employee of the instansi"), "add-employee", 0));
      gtk_box_append (GTK_BOX (box),
                      button (page, _ ("Register Appli_cant"), NULL,
                              _ ("Register an outside applicant"), "add-applicant", 0));
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), box);
    }
  for (guint i = 0; i < d->candidates->len; i++)
    {
      const KrSelectionCandidate *c = g_ptr_array_index (d->candidates, i);
      g_autofree char *title = g_strdup_printf ("%s  %s", c->registration_number, c->name);
      g_autofree char *nip = c->nip != NULL ? kr_nip_format_digits (c->nip) : NULL;
      g_autofree char *subtitle = NULL;
      gboolean withdrawn = c->status == KR_CANDIDATE_STATUS_WITHDRAWN;
      GtkWidget *row;

      if (c->employee_id != 0)
        subtitle = g_strdup_printf ("%s · %s — %s", nip != NULL ? nip : "—",
                                    c->position_name != NULL ? c->position_name : "—",
                                    c->unit_name != NULL ? c->unit_name : "—");
      else
        subtitle =
            g_strdup_printf (_ ("Outside applicant · %s"), c->origin != NULL ? c->origin : "—");
      row = row_new (title, subtitle);
      if (withdrawn)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                   pill (kr_candidate_status_get_label (c->status), "state-draft"));
      if (editable)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                   withdrawn
                                       ? button (page, NULL, "edit-undo-symbolic",
                                                 _ ("Reinstate the candidate"), "reinstate", c->id)
                                       : button (page, NULL, "list-remove-symbolic",
                                                 _ ("Withdraw the candidate"), "withdraw", c->id));
      if (registering)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), button (page, NULL, "user-trash-symbolic",
                                                                 _ ("Delete the registration"),
                                                                 "remove-candidate", c->id));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  return group;
}

/* Ranking */

GtkWidget *
kr_selection_parts_ranking (KrSelectionPage *page, const KrSelectionDetail *d)
{
  const KrSelectionRanking *r = d->ranking;
  GtkWidget *group = group_new (_ ("Ranking"), r->final ? _ ("Final: the three best are proposed "
                                                             "to the PPK.")
                                                        : _ ("Provisional: not every stage is "
                                                             "published yet."));

  if (r->rows->len > 0 && r->stages->len > 0)
    adw_preferences_group_set_header_suffix (
        ADW_PREFERENCES_GROUP (group),
        button (page, _ ("P_rint Ranking"), NULL,
                _ ("Print the ranking for the PPK (or save a PDF)"), "print-ranking", 0));
  for (guint i = 0; i < r->rows->len; i++)
    {
      const KrSelectionRankingRow *row_data = g_ptr_array_index (r->rows, i);
      GString *scores = g_string_new (NULL);
      g_autofree char *total = kr_selection_format_score (row_data->total);
      g_autofree char *title = NULL;
      g_autofree char *notes = NULL;
      GtkWidget *row;

      for (guint k = 0; k < row_data->n_stages; k++)
        {
          g_autofree char *score = row_data->scored[k]
                                       ? kr_selection_format_score (row_data->scores[k])
                                       : g_strdup ("—");

          if (k > 0)
            g_string_append (scores, " · ");
          g_string_append (scores, score);
        }
      /* Translators: after the scores per stage, the weighted total: "80.00 · 75.00 · total
       * 78.50" */
      g_string_append (scores, " · ");
      g_string_append_printf (scores, _ ("total %s"), total);
      if (row_data->rank > 0)
        title = g_strdup_printf ("%u. %s (%s)", row_data->rank, row_data->name,
                                 row_data->registration_number);
      else
        title = g_strdup_printf ("%s (%s)", row_data->name, row_data->registration_number);
      row = row_new (title, scores->str);
      g_string_free (scores, TRUE);
      notes = kr_selection_detail_score_notes (d, row_data->candidate_id);
      if (notes != NULL)
        {
          GtkWidget *icon = gtk_image_new_from_icon_name ("text-x-generic-symbolic");

          /* The panel's notes on the scores: on the row and on an icon that says they exist */
          gtk_widget_set_tooltip_text (row, notes);
          gtk_widget_set_tooltip_text (icon, notes);
          gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _ ("Notes on the scores"),
                                          GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, notes, -1);
          gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                          notes, -1);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
        }
      if (row_data->proposed)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), pill (_ ("Proposed"), "state-final"));
      if (row_data->tied)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), pill (_ ("Tied"), "state-reviewed"));
      if (row_data->withdrawn)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), pill (_ ("Withdrawn"), "state-draft"));
      else if (row_data->eliminated_at >= 0 && (guint) row_data->eliminated_at < r->stages->len)
        {
          const KrSelectionStage *st = g_ptr_array_index (r->stages, row_data->eliminated_at);
          g_autofree char *text = g_strdup_printf (_ ("Out at %s"), st->name);

          adw_action_row_add_suffix (ADW_ACTION_ROW (row), pill (text, "state-objected"));
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  if (r->rows->len == 0)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               row_new (_ ("No candidates yet"), NULL));
  return group;
}
