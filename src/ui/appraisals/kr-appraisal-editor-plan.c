/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-appraisal-editor-plan"

#include "config.h"

#include "kr-appraisal-editor-private.h"

#include <glib/gi18n.h>

#include "kr-date-row.h"
#include "kr-employee-format.h"
#include "kr-employee-picker.h"

/* The plan tab: appraisers, the work results of each kind with their indicators, and the
 * leader's expectations of each BerAKHLAK value. The form edits self->plan in place; adding,
 * removing or moving a result or an indicator rebuilds the tab from it. Rows that may hold
 * the plan's first problem are kept by key ("r2", "r2-i1", "r2-t1", "add-utama"...) so the
 * problem is shown on its row. */

#define ROWS_KEY "kr-plan-rows"

static GHashTable *
rows (KrAppraisalEditor *self)
{
  return g_object_get_data (G_OBJECT (self->plan_box), ROWS_KEY);
}

static void
keep_row (KrAppraisalEditor *self, GtkWidget *row, const char *format, ...) G_GNUC_PRINTF (3, 4);

static void
keep_row (KrAppraisalEditor *self, GtkWidget *row, const char *format, ...)
{
  va_list args;
  char *key;

  va_start (args, format);
  key = g_strdup_vprintf (format, args);
  va_end (args);
  g_hash_table_replace (rows (self), key, row);
}

/* Text fields write into the plan's strings as they change. */

static void
on_text_changed_cb (GtkEditable *editable, KrAppraisalEditor *self)
{
  char **field = g_object_get_data (G_OBJECT (editable), "field");

  if (self->filling)
    return;
  g_free (*field);
  *field = _kr_appraisal_editor_dup_text (editable);
  _kr_appraisal_editor_changed (self, TRUE);
}

static GtkWidget *
text_row (KrAppraisalEditor *self, const char *title, char **field)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), *field != NULL ? *field : "");
  g_object_set_data (G_OBJECT (row), "field", field);
  g_signal_connect (row, "changed", G_CALLBACK (on_text_changed_cb), self);
  return row;
}

/* Structure changes */

static void
restructure (KrAppraisalEditor *self)
{
  self->filling = TRUE;
  _kr_appraisal_editor_build_plan (self);
  self->filling = FALSE;
  _kr_appraisal_editor_changed (self, TRUE);
}

static KrAppraisalResult *
result_of (KrAppraisalEditor *self, GtkWidget *button, guint *index)
{
  KrAppraisalResult *result = g_object_get_data (G_OBJECT (button), "result");
  guint i;

  for (i = 0; i < self->plan->results->len; i++)
    if (g_ptr_array_index (self->plan->results, i) == result)
      break;
  g_assert (i < self->plan->results->len);
  *index = i;
  return result;
}

static void
on_add_result_cb (GtkWidget *row, KrAppraisalEditor *self)
{
  KrResultKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "kind"));
  KrAppraisalResult *result = kr_appraisal_result_new (kind, "");
  guint position = self->plan->results->len;

  g_ptr_array_add (result->indicators, kr_appraisal_indicator_new (KR_ASPECT_KUANTITAS, "", ""));
  /* Utama results come first: a new one goes after the last of them. */
  if (kind == KR_RESULT_KIND_UTAMA)
    for (position = 0; position < self->plan->results->len; position++)
      if (((KrAppraisalResult *) g_ptr_array_index (self->plan->results, position))->kind !=
          KR_RESULT_KIND_UTAMA)
        break;
  g_ptr_array_insert (self->plan->results, (int) position, result);
  restructure (self);
}

static void
on_remove_result_cb (GtkWidget *button, KrAppraisalEditor *self)
{
  guint index;

  result_of (self, button, &index);
  g_ptr_array_remove_index (self->plan->results, index);
  restructure (self);
}

/* Moves a result before the previous, or after the next, result of its kind. */
static void
on_move_result_cb (GtkWidget *button, KrAppraisalEditor *self)
{
  int step = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "step"));
  GPtrArray *results = self->plan->results;
  guint index;
  KrAppraisalResult *result = result_of (self, button, &index);
  int other = (int) index + step;

  if (other < 0 || other >= (int) results->len ||
      ((KrAppraisalResult *) g_ptr_array_index (results, other))->kind != result->kind)
    return;
  results->pdata[index] = results->pdata[other];
  results->pdata[other] = result;
  restructure (self);
}

static void
on_add_indicator_cb (GtkWidget *row, KrAppraisalEditor *self)
{
  guint index;
  KrAppraisalResult *result = result_of (self, row, &index);

  g_ptr_array_add (result->indicators, kr_appraisal_indicator_new (KR_ASPECT_KUANTITAS, "", ""));
  restructure (self);
}

static void
on_remove_indicator_cb (GtkWidget *button, KrAppraisalEditor *self)
{
  guint index;
  KrAppraisalResult *result = result_of (self, button, &index);
  guint indicator = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "indicator"));

  g_ptr_array_remove_index (result->indicators, indicator);
  restructure (self);
}

static void
on_aspect_changed_cb (GtkDropDown *dropdown, GParamSpec *pspec, KrAppraisalEditor *self)
{
  KrAppraisalIndicator *indicator = g_object_get_data (G_OBJECT (dropdown), "indicator");

  if (self->filling)
    return;
  indicator->aspect = (KrAspect) gtk_drop_down_get_selected (dropdown);
  _kr_appraisal_editor_changed (self, TRUE);
}

/* Widgets */

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip,
             KrAppraisalResult *result,
             GCallback callback,
             KrAppraisalEditor *self)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "result", result);
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

static GtkWidget *
add_row (const char *title, GCallback callback, KrAppraisalEditor *self)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("list-add-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_signal_connect (row, "activated", callback, self);
  return row;
}

static GtkWidget *
aspect_dropdown (KrAppraisalEditor *self, KrAppraisalIndicator *indicator)
{
  g_autoptr (GtkStringList) aspects = gtk_string_list_new (NULL);
  GtkWidget *dropdown;

  for (guint i = 0; i < KR_N_ASPECTS; i++)
    gtk_string_list_append (aspects, kr_aspect_get_label ((KrAspect) i));
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (aspects)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), indicator->aspect);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (dropdown, _ ("Aspect"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Aspect"), -1);
  g_object_set_data (G_OBJECT (dropdown), "indicator", indicator);
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_aspect_changed_cb), self);
  return dropdown;
}

static void
add_indicator_rows (KrAppraisalEditor *self,
                    AdwPreferencesGroup *group,
                    KrAppraisalResult *result,
                    guint r,
                    guint i)
{
  KrAppraisalIndicator *indicator = g_ptr_array_index (result->indicators, i);
  g_autofree char *title = g_strdup_printf (_ ("Indicator %u"), i + 1);
  g_autofree char *target_title = g_strdup_printf (_ ("Target of indicator %u"), i + 1);
  GtkWidget *row = text_row (self, title, &indicator->indicator);
  GtkWidget *target = text_row (self, target_title, &indicator->target);
  GtkWidget *remove;

  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), aspect_dropdown (self, indicator));
  if (self->plan_editable && result->indicators->len > 1)
    {
      remove = icon_button ("user-trash-symbolic", _ ("Remove Indicator"), result,
                            G_CALLBACK (on_remove_indicator_cb), self);
      g_object_set_data (G_OBJECT (remove), "indicator", GUINT_TO_POINTER (i));
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);
    }
  adw_preferences_group_add (group, row);
  adw_preferences_group_add (group, target);
  keep_row (self, row, "r%u-i%u", r, i);
  keep_row (self, target, "r%u-t%u", r, i);
}

static GtkWidget *
result_group (KrAppraisalEditor *self, KrAppraisalResult *result, guint r)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  g_autofree char *title = g_strdup_printf (_ ("Result %u"), r + 1);
  GtkWidget *leader, *text, *add;
  struct
  {
    const char *icon;
    const char *tooltip;
    int step;
  } moves[] = { { "go-up-symbolic", N_ ("Move Up"), -1 },
                { "go-down-symbolic", N_ ("Move Down"), 1 } };

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (self->plan_editable)
    {
      for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
        {
          GtkWidget *move = icon_button (moves[i].icon, _ (moves[i].tooltip), result,
                                         G_CALLBACK (on_move_result_cb), self);

          g_object_set_data (G_OBJECT (move), "step", GINT_TO_POINTER (moves[i].step));
          gtk_box_append (GTK_BOX (buttons), move);
        }
      gtk_box_append (GTK_BOX (buttons),
                      icon_button ("user-trash-symbolic", _ ("Remove Result"), result,
                                   G_CALLBACK (on_remove_result_cb), self));
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), buttons);
    }

  leader = text_row (self, _ ("Leader’s result it supports"), &result->leader_result);
  text = text_row (self, _ ("Work result"), &result->result);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), leader);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), text);
  keep_row (self, text, "r%u", r);
  for (guint i = 0; i < result->indicators->len; i++)
    add_indicator_rows (self, ADW_PREFERENCES_GROUP (group), result, r, i);
  if (self->plan_editable)
    {
      add = add_row (_ ("Add Indicator"), G_CALLBACK (on_add_indicator_cb), self);
      g_object_set_data (G_OBJECT (add), "result", result);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), add);
      keep_row (self, add, "add-i%u", r);
    }
  gtk_widget_set_sensitive (group, self->plan_editable);
  return group;
}

static void
add_kind (KrAppraisalEditor *self, KrResultKind kind, const char *description)
{
  GtkWidget *heading = adw_preferences_group_new ();
  gboolean any = FALSE;

  /* Official term: do not translate */
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (heading),
                                   kr_result_kind_get_label (kind));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (heading), description);
  gtk_box_append (self->plan_box, heading);
  for (guint r = 0; r < self->plan->results->len; r++)
    {
      KrAppraisalResult *result = g_ptr_array_index (self->plan->results, r);

      if (result->kind != kind)
        continue;
      gtk_box_append (self->plan_box, result_group (self, result, r));
      any = TRUE;
    }
  if (self->plan_editable)
    {
      GtkWidget *trailer = adw_preferences_group_new ();
      GtkWidget *add = add_row (kind == KR_RESULT_KIND_UTAMA ? _ ("Add Kinerja Utama Result")
                                                             : _ ("Add Kinerja Tambahan Result"),
                                G_CALLBACK (on_add_result_cb), self);

      /* After the results of the kind, where the new one appears. */
      g_object_set_data (G_OBJECT (add), "kind", GINT_TO_POINTER (kind));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (trailer), add);
      gtk_box_append (self->plan_box, trailer);
      if (kind == KR_RESULT_KIND_UTAMA)
        keep_row (self, add, "add-utama");
    }
  else if (!any)
    {
      GtkWidget *none = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (none), _ ("None"));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (heading), none);
    }
}

/* Appraisers */

static void
on_appraiser_picked_cb (gpointer user_data, gint64 employee_id)
{
  KrAppraisalEditor *self = user_data;

  self->plan->appraiser_id = employee_id;
  _kr_appraisal_editor_changed (self, TRUE);
}

static void
on_senior_picked_cb (gpointer user_data, gint64 employee_id)
{
  KrAppraisalEditor *self = user_data;

  self->plan->senior_appraiser_id = employee_id;
  _kr_appraisal_editor_changed (self, TRUE);
}

/* A date of the period typed: the plan takes it, or no date while the text is not one, which
 * kr_appraisal_validate () then names and Save stays off. */
static void
on_period_date_changed_cb (KrDateRow *row, KrAppraisalEditor *self)
{
  GDate *date = g_object_get_data (G_OBJECT (row), "date");
  const GDate *typed = kr_date_row_get_date (row);

  if (typed != NULL)
    *date = *typed;
  else
    g_date_clear (date, 1);
  _kr_appraisal_editor_changed (self, TRUE);
}

static GtkWidget *
new_period_row (KrAppraisalEditor *self, const char *title, GDate *date)
{
  GtkWidget *row = kr_date_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  kr_date_row_set_date (KR_DATE_ROW (row), date);
  g_object_set_data (G_OBJECT (row), "date", date);
  g_signal_connect (row, "changed", G_CALLBACK (on_period_date_changed_cb), self);
  return row;
}

static void
add_people (KrAppraisalEditor *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *appraiser, *senior;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _ ("Period and Appraisers"));
  if (self->plan_editable)
    {
      /* Shorter than the year for whoever joined or left during it */
      GtkWidget *start =
          new_period_row (self, _ ("First day of the appraisal period"), &self->plan->start);
      GtkWidget *end =
          new_period_row (self, _ ("Last day of the appraisal period"), &self->plan->end);

      keep_row (self, start, "period-start");
      keep_row (self, end, "period-end");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), start);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), end);
    }
  else
    {
      GtkWidget *period = adw_action_row_new ();
      g_autofree char *start = kr_employee_format_date (&self->plan->start);
      g_autofree char *end = kr_employee_format_date (&self->plan->end);
      g_autofree char *dates = g_strdup_printf ("%s – %s", start, end);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (period), _ ("Appraisal period"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (period), dates);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), period);
    }
  if (self->employees != NULL)
    {
      appraiser = kr_employee_picker_new (
          self->employees, _ ("Appraiser (pejabat penilai kinerja)"), self->plan->appraiser_id,
          self->plan_editable, on_appraiser_picked_cb, self);
      senior = kr_employee_picker_new (
          self->employees, _ ("Senior appraiser (atasan pejabat penilai kinerja)"),
          self->plan->senior_appraiser_id, self->plan_editable, on_senior_picked_cb, self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), appraiser);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), senior);
      keep_row (self, appraiser, "appraiser");
    }
  gtk_box_append (self->plan_box, group);
}

static void
add_expectations (KrAppraisalEditor *self)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _ ("Work Behaviour (BerAKHLAK)"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _ ("The leader’s specific expectation of each core "
                                            "value (ekspektasi khusus pimpinan)"));
  for (guint i = 0; i < KR_N_BEHAVIOURS; i++)
    adw_preferences_group_add (
        ADW_PREFERENCES_GROUP (group),
        text_row (self, kr_behaviour_get_label ((KrBehaviour) i), &self->plan->expectations[i]));
  gtk_widget_set_sensitive (group, self->plan_editable);
  gtk_box_append (self->plan_box, group);
}

void
_kr_appraisal_editor_build_plan (KrAppraisalEditor *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->plan_box))) != NULL)
    gtk_box_remove (self->plan_box, child);
  self->plan_error_row = NULL;
  g_object_set_data_full (G_OBJECT (self->plan_box), ROWS_KEY,
                          g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
                          (GDestroyNotify) g_hash_table_unref);
  if (self->plan == NULL)
    return;

  self->plan_error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->plan_error_label, TRUE);
  gtk_label_set_xalign (self->plan_error_label, 0.0f);
  gtk_widget_add_css_class (GTK_WIDGET (self->plan_error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->plan_error_label), FALSE);
  gtk_box_append (self->plan_box, GTK_WIDGET (self->plan_error_label));

  add_people (self);
  add_kind (self, KR_RESULT_KIND_UTAMA,
            _ ("The results the position exists for, each supporting a result of the leader"));
  add_kind (self, KR_RESULT_KIND_TAMBAHAN, _ ("Further results, if any"));
  add_expectations (self);
}

/* Checking */

static gboolean
is_blank (const char *text)
{
  return text == NULL || text[0] == '\0';
}

/* The key of the row where the plan's first problem shows, NULL when it has no row. */
static char *
find_problem (const KrAppraisal *plan)
{
  gboolean has_utama = FALSE;

  for (guint r = 0; r < plan->results->len; r++)
    has_utama |=
        ((KrAppraisalResult *) g_ptr_array_index (plan->results, r))->kind == KR_RESULT_KIND_UTAMA;
  if (!has_utama)
    return g_strdup ("add-utama");
  for (guint r = 0; r < plan->results->len; r++)
    {
      KrAppraisalResult *result = g_ptr_array_index (plan->results, r);

      if (is_blank (result->result))
        return g_strdup_printf ("r%u", r);
      if (result->indicators->len == 0)
        return g_strdup_printf ("add-i%u", r);
      for (guint i = 0; i < result->indicators->len; i++)
        {
          KrAppraisalIndicator *indicator = g_ptr_array_index (result->indicators, i);

          if (is_blank (indicator->indicator))
            return g_strdup_printf ("r%u-i%u", r, i);
          if (is_blank (indicator->target))
            return g_strdup_printf ("r%u-t%u", r, i);
        }
    }
  if (plan->appraiser_id != 0 && plan->appraiser_id == plan->employee_id)
    return g_strdup ("appraiser");
  return NULL;
}

gboolean
_kr_appraisal_editor_check_plan (KrAppraisalEditor *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *key = NULL;
  GtkWidget *row = NULL;

  if (self->plan_error_row != NULL)
    {
      gtk_widget_remove_css_class (self->plan_error_row, "error");
      gtk_widget_set_tooltip_text (self->plan_error_row, NULL);
      self->plan_error_row = NULL;
    }
  if (self->plan == NULL || self->plan_error_label == NULL)
    return TRUE;
  if (kr_appraisal_validate (self->plan, &error))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->plan_error_label), FALSE);
      gtk_widget_set_tooltip_text (self->save_button, NULL);
      return TRUE;
    }

  key = find_problem (self->plan);
  if (key != NULL)
    row = g_hash_table_lookup (rows (self), key);
  if (row != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_widget_set_tooltip_text (row, error->message);
      self->plan_error_row = row;
    }
  gtk_label_set_text (self->plan_error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->plan_error_label), TRUE);
  gtk_widget_set_tooltip_text (self->save_button, error->message);
  return FALSE;
}
