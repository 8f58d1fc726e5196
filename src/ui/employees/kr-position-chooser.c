/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-position-chooser"

#include "config.h"

#include "kr-position-chooser.h"

#include <glib/gi18n.h>

#include "kr-error.h"

struct _KrPositionChooser
{
  GObject parent_instance;

  KrUnitRepository *unit_repository;
  AdwComboRow *unit_row;
  AdwComboRow *position_row;
  /* The ids behind the rows' items, in the same order. */
  GArray *unit_ids;
  GArray *position_ids;
  char *error;
};

G_DEFINE_FINAL_TYPE (KrPositionChooser, kr_position_chooser, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
remember_error (KrPositionChooser *self, const GError *error)
{
  g_free (self->error);
  self->error = g_strdup (error->message);
}

/* Lists the units under @parent_id depth first, each labelled with the units above it. */
static void
add_units (KrPositionChooser *self, GtkStringList *labels, gint64 parent_id, const char *path)
{
  g_autoptr (GPtrArray) units = NULL;
  g_autoptr (GError) error = NULL;

  units = kr_unit_repository_list_children (self->unit_repository, parent_id, &error);
  if (units == NULL)
    {
      remember_error (self, error);
      return;
    }
  for (guint i = 0; i < units->len; i++)
    {
      KrUnit *unit = g_ptr_array_index (units, i);
      g_autofree char *label = NULL;

      /* Translators: a unit with the unit above it, “Badan Kepegawaian Daerah › Bidang
       * Mutasi” */
      label =
          path != NULL ? g_strdup_printf (_ ("%s › %s"), path, unit->name) : g_strdup (unit->name);
      gtk_string_list_append (labels, label);
      g_array_append_val (self->unit_ids, unit->id);
      add_units (self, labels, unit->id, label);
    }
}

static void
load_positions (KrPositionChooser *self, gint64 position_id)
{
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr (GPtrArray) positions = NULL;
  g_autoptr (GError) error = NULL;
  gint64 unit_id = kr_position_chooser_get_unit_id (self);
  guint selected = 0;

  g_array_set_size (self->position_ids, 0);
  if (unit_id != 0)
    positions = kr_unit_repository_list_positions (self->unit_repository, unit_id, &error);
  if (error != NULL)
    remember_error (self, error);

  for (guint i = 0; positions != NULL && i < positions->len; i++)
    {
      KrPositionRecord *position = g_ptr_array_index (positions, i);

      gtk_string_list_append (labels, position->name);
      g_array_append_val (self->position_ids, position->id);
      if (position->id == position_id)
        selected = i;
    }

  adw_combo_row_set_model (self->position_row, G_LIST_MODEL (labels));
  gtk_widget_set_sensitive (GTK_WIDGET (self->position_row), self->position_ids->len > 0);
  if (self->position_ids->len > 0)
    adw_combo_row_set_selected (self->position_row, selected);
}

/* The tree starts with units that only group others (the instansi); start at the first unit
 * that has positions to choose from. */
static void
select_first_with_positions (KrPositionChooser *self)
{
  for (guint i = 0; i < self->unit_ids->len; i++)
    {
      adw_combo_row_set_selected (self->unit_row, i);
      load_positions (self, 0);
      if (self->position_ids->len > 0)
        return;
    }
  if (self->unit_ids->len > 0)
    adw_combo_row_set_selected (self->unit_row, 0);
  load_positions (self, 0);
}

static void
on_unit_selected_cb (KrPositionChooser *self)
{
  load_positions (self, 0);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_position_selected_cb (KrPositionChooser *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

void
kr_position_chooser_select (KrPositionChooser *self, gint64 unit_id, gint64 position_id)
{
  g_return_if_fail (KR_IS_POSITION_CHOOSER (self));

  for (guint i = 0; i < self->unit_ids->len; i++)
    {
      if (g_array_index (self->unit_ids, gint64, i) != unit_id)
        continue;
      g_signal_handlers_block_by_func (self->unit_row, on_unit_selected_cb, self);
      adw_combo_row_set_selected (self->unit_row, i);
      g_signal_handlers_unblock_by_func (self->unit_row, on_unit_selected_cb, self);
      break;
    }
  load_positions (self, position_id);
  g_signal_emit (self, signals[CHANGED], 0);
}

gint64
kr_position_chooser_get_unit_id (KrPositionChooser *self)
{
  guint selected;

  g_return_val_if_fail (KR_IS_POSITION_CHOOSER (self), 0);

  selected = adw_combo_row_get_selected (self->unit_row);
  return selected < self->unit_ids->len ? g_array_index (self->unit_ids, gint64, selected) : 0;
}

gint64
kr_position_chooser_get_position_id (KrPositionChooser *self)
{
  guint selected;

  g_return_val_if_fail (KR_IS_POSITION_CHOOSER (self), 0);

  selected = adw_combo_row_get_selected (self->position_row);
  return selected < self->position_ids->len ? g_array_index (self->position_ids, gint64, selected)
                                            : 0;
}

gboolean
kr_position_chooser_check (KrPositionChooser *self, GError **error)
{
  g_return_val_if_fail (KR_IS_POSITION_CHOOSER (self), FALSE);

  if (self->error != NULL)
    g_set_error_literal (error, KR_ERROR, KR_ERROR_STORAGE, self->error);
  else if (self->unit_ids->len == 0)
    g_set_error_literal (error, KR_ERROR, KR_ERROR_INVALID,
                         _ ("There are no units yet; add the organisation’s units and their "
                            "positions in Organisation Units first"));
  else if (kr_position_chooser_get_position_id (self) == 0)
    g_set_error_literal (error, KR_ERROR, KR_ERROR_INVALID,
                         _ ("This unit has no positions yet; choose another unit or add its "
                            "positions in Organisation Units"));
  else
    return TRUE;
  return FALSE;
}

static void
kr_position_chooser_finalize (GObject *object)
{
  KrPositionChooser *self = KR_POSITION_CHOOSER (object);

  g_clear_object (&self->unit_repository);
  g_clear_object (&self->unit_row);
  g_clear_object (&self->position_row);
  g_clear_pointer (&self->unit_ids, g_array_unref);
  g_clear_pointer (&self->position_ids, g_array_unref);
  g_clear_pointer (&self->error, g_free);

  G_OBJECT_CLASS (kr_position_chooser_parent_class)->finalize (object);
}

static void
kr_position_chooser_class_init (KrPositionChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kr_position_chooser_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);
}

static void
kr_position_chooser_init (KrPositionChooser *self)
{
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->position_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

KrPositionChooser *
kr_position_chooser_new (KrUnitRepository *unit_repository,
                         AdwComboRow *unit_row,
                         AdwComboRow *position_row)
{
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
  KrPositionChooser *self;

  g_return_val_if_fail (KR_IS_UNIT_REPOSITORY (unit_repository), NULL);
  g_return_val_if_fail (ADW_IS_COMBO_ROW (unit_row), NULL);
  g_return_val_if_fail (ADW_IS_COMBO_ROW (position_row), NULL);

  self = g_object_new (KR_TYPE_POSITION_CHOOSER, NULL);
  self->unit_repository = g_object_ref (unit_repository);
  self->unit_row = g_object_ref (unit_row);
  self->position_row = g_object_ref (position_row);

  add_units (self, labels, 0, NULL);
  adw_combo_row_set_model (unit_row, G_LIST_MODEL (labels));
  gtk_widget_set_sensitive (GTK_WIDGET (unit_row), self->unit_ids->len > 0);
  select_first_with_positions (self);

  g_signal_connect_object (unit_row, "notify::selected", G_CALLBACK (on_unit_selected_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (position_row, "notify::selected", G_CALLBACK (on_position_selected_cb),
                           self, G_CONNECT_SWAPPED);
  return self;
}
