/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-siasn-import"

#include "config.h"

#include "kr-siasn-import.h"
#include "kr-siasn-import-private.h"

#include <string.h>

#include "kr-csv.h"
#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-employee-repository.h"
#include "kr-employee.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-unit-repository.h"

/* The value of an instansi name lookup that found several instansi. */
static UnitInfo ambiguous_unit;

/* Units and positions */

static UnitInfo *
unit_info_new (gint64 id, const char *code, const char *name, KrUnitKind kind)
{
  UnitInfo *unit = g_new0 (UnitInfo, 1);

  unit->id = id;
  unit->code = g_strdup (code);
  unit->name = g_strdup (name);
  unit->key = _kr_siasn_name_key (name);
  unit->kind = kind;
  return unit;
}

void
_kr_siasn_unit_info_free (gpointer data)
{
  UnitInfo *unit = data;

  if (unit == NULL)
    return;
  g_clear_pointer (&unit->positions, g_hash_table_unref);
  g_free (unit->code);
  g_free (unit->name);
  g_free (unit->key);
  g_free (unit);
}

static PositionInfo *
position_info_new (gint64 id,
                   const char *name,
                   KrPositionKind kind,
                   KrPositionLevel level,
                   UnitInfo *unit)
{
  PositionInfo *position = g_new0 (PositionInfo, 1);

  position->id = id;
  position->name = g_strdup (name);
  position->key = _kr_siasn_name_key (name);
  position->kind = kind;
  position->level = level;
  position->unit = unit;
  return position;
}

void
_kr_siasn_position_info_free (gpointer data)
{
  PositionInfo *position = data;

  if (position == NULL)
    return;
  g_free (position->name);
  g_free (position->key);
  g_free (position);
}

static GHashTable *
new_position_table (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, NULL, _kr_siasn_position_info_free);
}

/* Adds @unit to the lookups of @pass, which takes it. */
void
_kr_siasn_add_unit (Pass *pass, UnitInfo *unit)
{
  GPtrArray *namesakes = g_hash_table_lookup (pass->units_by_name, unit->key);

  g_ptr_array_add (pass->units, unit);
  g_hash_table_insert (pass->units_by_code, unit->code, unit);
  if (namesakes == NULL)
    {
      namesakes = g_ptr_array_new ();
      g_hash_table_insert (pass->units_by_name, unit->key, namesakes);
    }
  g_ptr_array_add (namesakes, unit);
  if (unit->kind != KR_UNIT_KIND_INSTANSI)
    return;
  g_hash_table_insert (pass->instansi_by_name, unit->key,
                       g_hash_table_contains (pass->instansi_by_name, unit->key) ? &ambiguous_unit
                                                                                 : unit);
  pass->n_instansi++;
  pass->last_instansi = unit;
}

/* Reads the units below @parent (%NULL for the roots), and below them, from the database. */
gboolean
_kr_siasn_load_units (Pass *pass, UnitInfo *parent, GError **error)
{
  g_autoptr (GPtrArray) children = kr_unit_repository_list_children (
      pass->importer->units, parent != NULL ? parent->id : 0, error);

  if (children == NULL)
    return FALSE;
  for (guint i = 0; i < children->len; i++)
    {
      const KrUnit *unit = g_ptr_array_index (children, i);
      UnitInfo *info = unit_info_new (unit->id, unit->code, unit->name, unit->kind);

      info->parent = parent;
      _kr_siasn_add_unit (pass, info);
      if (!_kr_siasn_load_units (pass, info, error))
        return FALSE;
    }
  return TRUE;
}

/* Reads the positions of a unit from the database on first use. */
static gboolean
ensure_positions (Pass *pass, UnitInfo *unit, GError **error)
{
  g_autoptr (GPtrArray) positions = NULL;

  if (unit->positions != NULL)
    return TRUE;
  positions = kr_unit_repository_list_positions (pass->importer->units, unit->id, error);
  if (positions == NULL)
    return FALSE;
  unit->positions = new_position_table ();
  for (guint i = 0; i < positions->len; i++)
    {
      const KrPositionRecord *record = g_ptr_array_index (positions, i);
      PositionInfo *position =
          position_info_new (record->id, record->name, record->kind, record->level, unit);

      /* Names differing only in case are one name here; the first (the head) wins. */
      if (!g_hash_table_contains (unit->positions, position->key))
        g_hash_table_insert (unit->positions, position->key, position);
      else
        _kr_siasn_position_info_free (position);
    }
  return TRUE;
}

/* Rows: units and positions */

/* The levels of the organisation tree that a row may name, from the top (DOMAIN 12.1). */
typedef enum
{
  LEVEL_INSTANSI,
  LEVEL_SATKER,
  LEVEL_PARENT_UNIT,
  LEVEL_UNIT,
  N_LEVELS,
} Level;

/* A level as the row names it: name and code are both NULL when the row leaves it empty. */
typedef struct
{
  Col name_col;
  Col code_col;
  const char *name;
  const char *code;
  char *key; /* name_key() of the name, made when first needed by cell_key() */
} Cell;

/* The levels of one row, and the units found or planned for them. */
typedef struct
{
  Cell cells[N_LEVELS];
  UnitInfo *units[N_LEVELS];
} Tree;

/* The kind of a unit created under a unit of each kind (kr-unit-repository.h): a perangkat
 * daerah under the instansi, a bidang (or a UPT, by its name) under a perangkat daerah, a
 * sub-bidang under a bidang or a UPT, and nothing under a sub-bidang. */
static const KrUnitKind child_kinds[KR_N_UNIT_KINDS] = {
  [KR_UNIT_KIND_INSTANSI] = KR_UNIT_KIND_PERANGKAT_DAERAH,
  [KR_UNIT_KIND_PERANGKAT_DAERAH] = KR_UNIT_KIND_BIDANG,
  [KR_UNIT_KIND_BIDANG] = KR_UNIT_KIND_SUB_BIDANG,
  [KR_UNIT_KIND_SUB_BIDANG] = KR_N_UNIT_KINDS,
  [KR_UNIT_KIND_UPT] = KR_UNIT_KIND_SUB_BIDANG,
};

/* B: how the name of a unit that a perangkat daerah runs as a UPT, not as a bidang, starts:
 * unit pelaksana teknis, cabang dinas, and the schools, puskesmas, hospitals and balai that
 * regional governments organise as UPT. Compared with name_key(), as whole words. */
static const char *const upt_name_starts[] = {
  "upt",          "uptd",    "unit pelaksana teknis",
  "cabang dinas", "balai",   "puskesmas",
  "rumah sakit",  "sekolah", "sma",
  "sman",         "smk",     "smkn",
  "slb",          "slbn",
};

/* The kind of a unit to create under @parent, whose name key is @key. */
static KrUnitKind
child_kind (const UnitInfo *parent, const char *key)
{
  KrUnitKind kind = child_kinds[parent->kind];

  if (kind != KR_UNIT_KIND_BIDANG)
    return kind;
  for (guint i = 0; i < G_N_ELEMENTS (upt_name_starts); i++)
    {
      gsize n = strlen (upt_name_starts[i]);

      if (strncmp (key, upt_name_starts[i], n) == 0 && (key[n] == '\0' || key[n] == ' '))
        return KR_UNIT_KIND_UPT;
    }
  return kind;
}

static void
set_cell (Pass *pass, Row *row, Cell *cell, Col name_col, Col code_col)
{
  cell->name_col = name_col;
  cell->code_col = code_col;
  cell->name = _kr_siasn_field (pass, row, name_col);
  cell->code = _kr_siasn_field (pass, row, code_col);
}

/* The name key of a level that has a name; most rows find their unit by code without it. */
static const char *
cell_key (Cell *cell)
{
  g_assert (cell->name != NULL);
  if (cell->key == NULL)
    cell->key = _kr_siasn_name_key (cell->name);
  return cell->key;
}

static gboolean
cell_is_empty (const Cell *cell)
{
  return cell->name == NULL && cell->code == NULL;
}

/* The column and the value that name the level, for messages. */
static Col
cell_col (const Cell *cell)
{
  return cell->name != NULL || cell->code == NULL ? cell->name_col : cell->code_col;
}

static const char *
cell_value (const Cell *cell)
{
  return cell->name != NULL ? cell->name : cell->code;
}

/* Reads the levels the row names: the instansi where the employee works (instansi_kerja,
 * else instansi_induk), the satuan kerja (satuan_kerja_kerja, else satuan_kerja_induk), the
 * unor induk and the unor. */
static void
read_tree (Pass *pass, Row *row, Tree *tree)
{
  gboolean work_instansi = _kr_siasn_field (pass, row, COL_WORK_INSTANSI) != NULL ||
                           _kr_siasn_field (pass, row, COL_WORK_INSTANSI_CODE) != NULL;
  gboolean work_satker = _kr_siasn_field (pass, row, COL_SATKER) != NULL ||
                         _kr_siasn_field (pass, row, COL_SATKER_CODE) != NULL;

  memset (tree, 0, sizeof *tree);
  set_cell (pass, row, &tree->cells[LEVEL_INSTANSI],
            work_instansi ? COL_WORK_INSTANSI : COL_INSTANSI,
            work_instansi ? COL_WORK_INSTANSI_CODE : COL_INSTANSI_CODE);
  set_cell (pass, row, &tree->cells[LEVEL_SATKER], work_satker ? COL_SATKER : COL_PARENT_SATKER,
            work_satker ? COL_SATKER_CODE : COL_PARENT_SATKER_CODE);
  set_cell (pass, row, &tree->cells[LEVEL_PARENT_UNIT], COL_PARENT_UNIT, COL_PARENT_UNIT_CODE);
  set_cell (pass, row, &tree->cells[LEVEL_UNIT], COL_UNIT, COL_UNIT_CODE);
}

static void
clear_tree (Tree *tree)
{
  for (guint i = 0; i < N_LEVELS; i++)
    g_free (tree->cells[i].key);
}

/* Whether two levels of a row name the same unit, by code or by name: SIASN gives the codes
 * of the instansi, satuan kerja and unor from tables of their own, so one office that is
 * both a satuan kerja and a unor has two codes but one name. */
static gboolean
same_cell (Cell *a, Cell *b)
{
  return (a->code != NULL && g_strcmp0 (a->code, b->code) == 0) ||
         (a->name != NULL && b->name != NULL && strcmp (cell_key (a), cell_key (b)) == 0);
}

static gboolean
cell_names_unit (Cell *cell, const UnitInfo *unit)
{
  return (cell->code != NULL && strcmp (cell->code, unit->code) == 0) ||
         (cell->name != NULL && strcmp (cell_key (cell), unit->key) == 0);
}

/* Whether a unit that this row plans already has @code. */
static gboolean
is_planned_code (Row *row, const char *code)
{
  for (guint i = 0; row->new_units != NULL && i < row->new_units->len; i++)
    {
      const UnitInfo *unit = g_ptr_array_index (row->new_units, i);

      if (strcmp (unit->code, code) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Plans a unit of @kind under @parent (%NULL for a root), to create if the row is accepted. */
static UnitInfo *
plan_unit (Row *row, const Cell *cell, UnitInfo *parent, KrUnitKind kind)
{
  UnitInfo *unit =
      unit_info_new (0, cell->code != NULL ? cell->code : cell->name, cell->name, kind);

  unit->parent = parent;
  unit->col = cell->name_col;
  unit->positions = new_position_table ();
  if (row->new_units == NULL)
    row->new_units = g_ptr_array_new_with_free_func (_kr_siasn_unit_info_free);
  g_ptr_array_add (row->new_units, unit);
  return unit;
}

/* Finds the instansi of the row, or plans it; when the row names none, the database's only
 * instansi. @child is the level to create under it, which the messages name. */
static gboolean
resolve_instansi (Pass *pass, Row *row, Tree *tree, const Cell *child, UnitInfo **out)
{
  Cell *cell = &tree->cells[LEVEL_INSTANSI];
  UnitInfo *found = NULL;

  if (cell->code != NULL)
    found = g_hash_table_lookup (pass->units_by_code, cell->code);
  if (cell->name == NULL && found != NULL && found->kind == KR_UNIT_KIND_INSTANSI)
    {
      *out = found;
      return TRUE;
    }
  if (cell->name == NULL)
    {
      if (pass->n_instansi == 1)
        {
          *out = pass->last_instansi;
          return TRUE;
        }
      return _kr_siasn_reject_printf (
          pass, row, cell_col (child), cell_value (child),
          pass->n_instansi == 0
              ? _ ("The unit “%s” does not exist, and there is no instansi to create it under; "
                   "fill instansi_induk_nama or create the instansi in Karier first")
              : _ ("The unit “%s” does not exist, and the database has several instansi; fill "
                   "instansi_induk_nama to say under which one to create it"),
          cell_value (child));
    }

  found = g_hash_table_lookup (pass->instansi_by_name, cell_key (cell));
  if (found == NULL && cell->code != NULL)
    {
      found = g_hash_table_lookup (pass->units_by_code, cell->code);
      if (found != NULL && found->kind != KR_UNIT_KIND_INSTANSI)
        return _kr_siasn_reject_printf (pass, row, cell->code_col, cell->code,
                                        _ ("The unit code is already used by “%s”, which is not an "
                                           "instansi"),
                                        found->name);
    }
  if (found == &ambiguous_unit)
    return _kr_siasn_reject (pass, row, cell->name_col, cell->name,
                             _ ("Several instansi have this name; rename one of them in Karier"));
  if (found != NULL)
    {
      *out = found;
      return TRUE;
    }
  if (cell->code == NULL && g_hash_table_contains (pass->units_by_code, cell->name))
    return _kr_siasn_reject_printf (
        pass, row, cell->name_col, cell->name,
        /* Translators: %s is a column name, such as instansi_induk_id */
        _ ("A unit already uses this name as its code; fill %s with another "
           "code"),
        _kr_siasn_column_label (pass, cell->code_col));
  *out = plan_unit (row, cell, NULL, KR_UNIT_KIND_INSTANSI);
  return TRUE;
}

static gboolean
resolve_level (Pass *pass, Row *row, Tree *tree, Level level, const Cell *child, UnitInfo **out);

/* Finds or plans the unit above @level: that of the nearest level above it that the row
 * names, else the instansi. */
static gboolean
resolve_parent (Pass *pass, Row *row, Tree *tree, Level level, UnitInfo **out)
{
  int above;

  for (above = (int) level - 1; above > LEVEL_INSTANSI; above--)
    {
      if (!cell_is_empty (&tree->cells[above]))
        break;
    }
  return resolve_level (pass, row, tree, (Level) above, &tree->cells[level], out);
}

/* Finds the unit named by @cell below @parent, at any depth, or anywhere when @parent is
 * %NULL; *@out is %NULL when there is none. */
static gboolean
find_by_name (Pass *pass, Row *row, Cell *cell, const UnitInfo *parent, UnitInfo **out)
{
  GPtrArray *namesakes = g_hash_table_lookup (pass->units_by_name, cell_key (cell));

  *out = NULL;
  for (guint i = 0; namesakes != NULL && i < namesakes->len; i++)
    {
      UnitInfo *unit = g_ptr_array_index (namesakes, i);
      const UnitInfo *up = unit->parent;

      while (parent != NULL && up != NULL && up != parent)
        up = up->parent;
      if (parent != NULL && up == NULL)
        continue;
      if (*out != NULL)
        return _kr_siasn_reject_printf (
            pass, row, cell->name_col, cell->name,
            /* Translators: %s is a column name, such as unor_id */
            _ ("Several units have this name; fill %s to say which one"),
            _kr_siasn_column_label (pass, cell->code_col));
      *out = unit;
    }
  return TRUE;
}

/* Finds the unit of a level below the instansi, or plans it under the unit above it. A code
 * means that unit: a name could be another unit's of the same name (every dinas has a
 * "Sekretariat"), so an unknown code makes a new unit, and a name alone is looked for only
 * below the levels above it that the row names. */
static gboolean
resolve_unit_level (Pass *pass, Row *row, Tree *tree, Level level, UnitInfo **out)
{
  Cell *cell = &tree->cells[level];
  UnitInfo *parent = NULL, *found = NULL;
  g_autoptr (GError) error = NULL;
  gboolean named_above = FALSE;
  KrUnitKind kind;

  if (cell->code != NULL && (found = g_hash_table_lookup (pass->units_by_code, cell->code)))
    {
      *out = found;
      return TRUE;
    }
  for (int above = (int) level - 1; above >= LEVEL_INSTANSI; above--)
    {
      Cell *other = &tree->cells[above];

      named_above |= !cell_is_empty (other);
      /* The employee works in that unit itself, as in a satuan kerja's secretariat. */
      if (!cell_is_empty (other) && same_cell (cell, other))
        return resolve_level (pass, row, tree, (Level) above, cell, out);
    }
  if (cell->code == NULL && ((named_above && !resolve_parent (pass, row, tree, level, &parent)) ||
                             !find_by_name (pass, row, cell, parent, &found)))
    return FALSE;
  if (found != NULL)
    {
      *out = found;
      return TRUE;
    }

  if (cell->name == NULL)
    return _kr_siasn_reject_printf (
        pass, row, cell->code_col, cell->code,
        /* Translators: %s is a column name, such as unor_nama */
        _ ("No unit has this code, and without %s it cannot be created"),
        _kr_siasn_column_label (pass, cell->name_col));
  if (parent == NULL && !resolve_parent (pass, row, tree, level, &parent))
    return FALSE;
  if (cell_names_unit (cell, parent))
    {
      *out = parent;
      return TRUE;
    }
  kind = child_kind (parent, cell_key (cell));
  if (kind == KR_N_UNIT_KINDS)
    return _kr_siasn_reject_printf (
        pass, row, cell->name_col, cell->name,
        /* Translators: a unit's name, then its kind, such as
                           * “Sub-bidang/Seksi” */
        _ ("The unit does not exist, and it cannot be created under “%s”, "
           "a %s, the lowest level of the tree; create it in Karier first"),
        parent->name, kr_unit_kind_get_label (parent->kind));
  if (g_hash_table_contains (pass->units_by_code, cell->code != NULL ? cell->code : cell->name) ||
      is_planned_code (row, cell->code != NULL ? cell->code : cell->name))
    return _kr_siasn_reject_printf (
        pass, row, cell_col (cell), cell_value (cell),
        /* Translators: %s is a column name, such as unor_id */
        _ ("The unit does not exist, but another unit already uses this as its "
           "code; fill %s with the unit’s own code"),
        _kr_siasn_column_label (pass, cell->code_col));
  if (!kr_unit_check_text (KR_UNIT_TEXT_NAME, cell->name, &error))
    return _kr_siasn_reject (pass, row, cell->name_col, cell->name, error->message);
  if (cell->code != NULL && !kr_unit_check_text (KR_UNIT_TEXT_CODE, cell->code, &error))
    return _kr_siasn_reject (pass, row, cell->code_col, cell->code, error->message);
  *out = plan_unit (row, cell, parent, kind);
  return TRUE;
}

/* Finds or plans the unit of @level, once per row. @child is the level below, for the
 * messages about an instansi that the row does not name. */
static gboolean
resolve_level (Pass *pass, Row *row, Tree *tree, Level level, const Cell *child, UnitInfo **out)
{
  gboolean ok;

  if (tree->units[level] != NULL)
    {
      *out = tree->units[level];
      return TRUE;
    }
  ok = level == LEVEL_INSTANSI ? resolve_instansi (pass, row, tree, child, out)
                               : resolve_unit_level (pass, row, tree, level, out);
  if (ok)
    tree->units[level] = *out;
  return ok;
}

/* Finds the unit of the row, the unor or else the satuan kerja, or plans it with the units
 * above it that are missing: instansi, then satuan kerja, then unor induk, then unor. */
static gboolean
resolve_unit (Pass *pass, Row *row, UnitInfo **out)
{
  Tree tree;
  Level level = N_LEVELS;
  gboolean ok;

  read_tree (pass, row, &tree);
  if (!cell_is_empty (&tree.cells[LEVEL_UNIT]))
    level = LEVEL_UNIT;
  else if (!cell_is_empty (&tree.cells[LEVEL_SATKER]))
    level = LEVEL_SATKER;
  if (level == N_LEVELS)
    ok = _kr_siasn_reject (pass, row, COL_UNIT, NULL,
                           _ ("The jabatan needs its unit; fill unor_nama"));
  else
    ok = resolve_level (pass, row, &tree, level, &tree.cells[level], out);
  clear_tree (&tree);
  return ok;
}

/* The kind of a structural position from its eselon (DOMAIN 3.2): I is JPT Madya, II JPT
 * Pratama, III Administrator, IV Pengawas, V (abolished) Pelaksana. */
static gboolean
kind_from_eselon (const char *text, KrPositionKind *kind)
{
  static const Spelling eselons[] = {
    { "iv", KR_POSITION_KIND_PENGAWAS },     { "iii", KR_POSITION_KIND_ADMINISTRATOR },
    { "ii", KR_POSITION_KIND_JPT_PRATAMA },  { "i", KR_POSITION_KIND_JPT_MADYA },
    { "v", KR_POSITION_KIND_PELAKSANA },     { "4", KR_POSITION_KIND_PENGAWAS },
    { "3", KR_POSITION_KIND_ADMINISTRATOR }, { "2", KR_POSITION_KIND_JPT_PRATAMA },
    { "1", KR_POSITION_KIND_JPT_MADYA },     { "5", KR_POSITION_KIND_PELAKSANA },
  };
  g_autofree char *key = _kr_siasn_squash (text);
  const char *rest = g_str_has_prefix (key, "eselon") ? key + strlen ("eselon") : key;

  for (guint i = 0; i < G_N_ELEMENTS (eselons); i++)
    {
      gsize n = strlen (eselons[i].spelling);

      /* "IIIa", "III.b", "3b": the sub-level letter does not change the kind. */
      if (strncmp (rest, eselons[i].spelling, n) == 0 &&
          (rest[n] == '\0' || ((rest[n] == 'a' || rest[n] == 'b') && rest[n + 1] == '\0')))
        {
          *kind = eselons[i].value;
          return TRUE;
        }
    }
  return FALSE;
}

/* How jenis_jabatan names a kind: one of Karier's kinds, or a SIASN group that needs the
 * eselon (structural) or the jenjang in the position's name (functional) to tell the kind. */
typedef enum
{
  JENIS_KIND,
  JENIS_STRUCTURAL,
  JENIS_FUNCTIONAL,
  JENIS_UNKNOWN,
} Jenis;

static Jenis
parse_jenis_jabatan (const char *text, KrPositionKind *kind)
{
  g_autofree char *key = _kr_siasn_squash (text);
  const char *rest = g_str_has_prefix (key, "jabatan") ? key + strlen ("jabatan") : key;

  for (KrPositionKind k = 0; k < KR_N_POSITION_KINDS; k++)
    {
      g_autofree char *label = _kr_siasn_squash (kr_position_kind_get_label (k));

      if (strcmp (rest, label) == 0)
        {
          *kind = k;
          return JENIS_KIND;
        }
    }
  /* The names SIASN and older SIMPEG data use. */
  if (strcmp (rest, "fungsionalumum") == 0 || strcmp (rest, "jfu") == 0)
    {
      *kind = KR_POSITION_KIND_PELAKSANA;
      return JENIS_KIND;
    }
  if (strcmp (rest, "fungsional") == 0 || strcmp (rest, "fungsionaltertentu") == 0 ||
      strcmp (rest, "jft") == 0)
    return JENIS_FUNCTIONAL;
  if (strcmp (rest, "struktural") == 0)
    return JENIS_STRUCTURAL;
  return JENIS_UNKNOWN;
}

/* The education of the row: the file's, else the stored one. */
static gboolean
get_row_education (Row *row, KrEducation *education)
{
  if (row->has_education)
    {
      *education = row->education;
      return TRUE;
    }
  return row->existing != NULL && kr_employee_get_education (row->existing, education);
}

/* Tells the jenjang of a functional position whose name states none from the holder's
 * golongan and the jenjang ranges (DOMAIN 3.1), as a BKD officer would; when jenis_jabatan
 * says only "Fungsional" and the golongan lies in a jenjang of both groups (III/a to III/d),
 * the education tells the group. Sets the kind, the jenjang and how they were told in
 * @info. */
static gboolean
infer_level (Pass *pass, Row *row, const char *name, Jenis jenis, PositionInfo *info)
{
  static const KrPositionKind groups[] = {
    KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN,
    KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN,
  };
  KrPositionLevel levels[G_N_ELEMENTS (groups)];
  guint golongan = row->file_golongan;
  guint n_fitting = 0, chosen = 0;
  KrPositionKind group;
  KrRank rank;

  if (golongan == 0 && row->existing != NULL)
    golongan = kr_employee_get_golongan (row->existing);
  if (golongan == 0)
    return _kr_siasn_reject (
        pass, row, COL_POSITION, name,
        _ ("The jenjang of this functional position cannot be told from its name, and "
           "the row has no golongan to tell it from; end the name with the jenjang "
           "(Ahli Pertama to Ahli Utama, Pemula to Penyelia) or fill gol_akhir_nama"));
  if (golongan > PPPK_GOLONGAN_BASE || !kr_rank_from_code (golongan, &rank))
    return _kr_siasn_reject (
        pass, row, COL_POSITION, name,
        _ ("The jenjang of this functional position cannot be told from its name, "
           "nor from a PPPK golongan; end the name with the jenjang (Ahli Pertama to "
           "Ahli Utama, Pemula to Penyelia) or create the position in Karier first"));
  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    {
      if ((jenis == JENIS_FUNCTIONAL || info->kind == groups[i]) &&
          kr_position_level_for_rank (groups[i], rank, &levels[i]))
        {
          n_fitting++;
          chosen = i;
        }
    }
  if (n_fitting == 0)
    return _kr_siasn_reject_printf (
        pass, row, COL_POSITION, name,
        /* Translators: a golongan such as “II/b”, then a jenis jabatan such as “Fungsional
         * Keahlian” */
        _ ("The jenjang of this functional position cannot be told from its name, and golongan "
           "%s lies in no jenjang of %s; end the name with the jenjang or correct the golongan"),
        kr_golongan_get_label (golongan),
        /* Official term: do not translate */
        jenis == JENIS_FUNCTIONAL ? "Fungsional" : kr_position_kind_get_label (info->kind));
  if (n_fitting > 1)
    {
      if (!get_row_education (row, &info->education) ||
          !kr_position_functional_kind_for_education (info->education, &group))
        return _kr_siasn_reject_printf (
            pass, row, COL_POSITION, name,
            _ ("The jenjang of this functional position cannot be told from its "
               "name, and golongan %s lies in a jenjang of both the keahlian "
               "and the keterampilan group; write Fungsional Keahlian or "
               "Fungsional Keterampilan in jenis_jabatan, or fill "
               "tingkat_pendidikan"),
            kr_golongan_get_label (golongan));
      for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
        {
          if (groups[i] == group)
            chosen = i;
        }
      info->inferred_group = TRUE;
    }
  info->kind = groups[chosen];
  info->level = levels[chosen];
  info->inferred_golongan = golongan;
  return TRUE;
}

/* Reads the kind and jenjang of a position to create from jenis_jabatan (and eselon) into
 * @info. */
static gboolean
parse_position_kind (Pass *pass, Row *row, const char *name, PositionInfo *info)
{
  g_autoptr (GError) error = NULL;
  const char *text = _kr_siasn_field (pass, row, COL_POSITION_KIND);
  const char *eselon = _kr_siasn_field (pass, row, COL_ESELON);
  Jenis jenis;

  if (text == NULL)
    return _kr_siasn_reject (
        pass, row, COL_POSITION_KIND, NULL,
        _ ("The position does not exist in its unit yet; fill jenis_jabatan so that "
           "it can be created"));
  jenis = parse_jenis_jabatan (text, &info->kind);
  if (jenis == JENIS_UNKNOWN)
    return _kr_siasn_reject (
        pass, row, COL_POSITION_KIND, text,
        _ ("This jenis jabatan is not known; write Struktural (with an eselon), JPT "
           "Pratama, Administrator, Pengawas, Pelaksana, Fungsional Keahlian or "
           "Fungsional Keterampilan"));
  if (jenis == JENIS_STRUCTURAL && (eselon == NULL || !kind_from_eselon (eselon, &info->kind)))
    return _kr_siasn_reject (
        pass, row, COL_POSITION_KIND, text,
        _ ("A structural position needs its eselon to be created (I.a to IV.b); fill "
           "the eselon column or create the position in Karier first"));

  info->level = KR_POSITION_LEVEL_NONE;
  if (jenis == JENIS_FUNCTIONAL || info->kind == KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN ||
      info->kind == KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN)
    {
      info->level = kr_position_level_from_name (name);
      if (info->level == KR_POSITION_LEVEL_NONE)
        return infer_level (pass, row, name, jenis, info);
      if (jenis == JENIS_FUNCTIONAL)
        info->kind =
            kr_position_check_level (KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN, info->level, NULL)
                ? KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN
                : KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN;
    }
  if (!kr_position_check_level (info->kind, info->level, &error))
    return _kr_siasn_reject (pass, row, COL_POSITION, name, error->message);
  return TRUE;
}

gboolean
_kr_siasn_check_position (Pass *pass, Row *row, GError **error)
{
  const char *name = _kr_siasn_field (pass, row, COL_POSITION);
  g_autofree char *key = NULL, *what = NULL;
  char text[KR_DATE_ISO_LENGTH + 1], current[KR_DATE_ISO_LENGTH + 1];
  PositionInfo *position;
  UnitInfo *unit = NULL;
  GDate tmt;

  if (name == NULL)
    return TRUE;
  if (!resolve_unit (pass, row, &unit))
    return FALSE;
  if (unit->id != 0 && !ensure_positions (pass, unit, error))
    return FALSE;
  key = _kr_siasn_name_key (name);
  position = g_hash_table_lookup (unit->positions, key);
  if (position != NULL && row->existing != NULL &&
      position->id == kr_employee_get_position_id (row->existing))
    return TRUE;
  if (position == NULL)
    {
      PositionInfo info = { 0 };
      g_autoptr (GError) local_error = NULL;

      if (!kr_unit_check_text (KR_UNIT_TEXT_POSITION_NAME, name, &local_error))
        return _kr_siasn_reject (pass, row, COL_POSITION, name, local_error->message);
      if (!parse_position_kind (pass, row, name, &info))
        return FALSE;
      row->new_position = position_info_new (0, name, info.kind, info.level, unit);
      row->new_position->inferred_golongan = info.inferred_golongan;
      row->new_position->inferred_group = info.inferred_group;
      row->new_position->education = info.education;
      position = row->new_position;
    }

  what = g_strdup_printf ("jabatan %s", name);
  if (!_kr_siasn_parse_tmt (pass, row, COL_TMT_POSITION, what, &tmt))
    return FALSE;
  if (row->existing != NULL &&
      _kr_siasn_is_older (&tmt, kr_employee_get_position_tmt (row->existing)))
    {
      kr_date_format_iso_buf (&tmt, text);
      kr_date_format_iso_buf (kr_employee_get_position_tmt (row->existing), current);
      _kr_siasn_warn_printf (
          pass, row, COL_TMT_POSITION, _kr_siasn_field (pass, row, COL_TMT_POSITION),
          /* Translators: jabatan and TMT from the file, then the stored ones */
          _ ("The jabatan %s from %s is older than the current jabatan %s from %s; the "
             "position history was left as it is"),
          name, text, kr_employee_get_position_name (row->existing), current);
      return TRUE;
    }
  if (!_kr_siasn_check_tmt (pass, row, COL_TMT_POSITION, &tmt))
    return FALSE;
  row->add_position = TRUE;
  row->position = position;
  row->position_tmt = tmt;
  return TRUE;
}
