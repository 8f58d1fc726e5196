/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "kr-database.h"
#include "kr-position.h"

G_BEGIN_DECLS

/**
 * KrUnitKind:
 * @KR_UNIT_KIND_INSTANSI: the agency itself (pemerintah daerah), the root of the tree
 * @KR_UNIT_KIND_PERANGKAT_DAERAH: a dinas, badan, sekretariat, kecamatan...
 * @KR_UNIT_KIND_BIDANG: a bidang or bagian of a perangkat daerah
 * @KR_UNIT_KIND_SUB_BIDANG: a sub-bidang, seksi or subbagian
 * @KR_UNIT_KIND_UPT: a unit pelaksana teknis of a perangkat daerah
 *
 * The levels of the organisation tree. A unit sits under a unit of a higher level: instansi,
 * then perangkat daerah, then bidang or UPT, then sub-bidang.
 */
typedef enum
{
  KR_UNIT_KIND_INSTANSI,
  KR_UNIT_KIND_PERANGKAT_DAERAH,
  KR_UNIT_KIND_BIDANG,
  KR_UNIT_KIND_SUB_BIDANG,
  KR_UNIT_KIND_UPT,
  KR_N_UNIT_KINDS,
} KrUnitKind;

GType kr_unit_kind_get_type (void);
#define KR_TYPE_UNIT_KIND (kr_unit_kind_get_type ())

/**
 * kr_unit_kind_get_label:
 * @kind: a unit kind
 *
 * Returns the official name of @kind ("Perangkat Daerah", "Sub-bidang/Seksi"). An official
 * term, not translated.
 */
const char *kr_unit_kind_get_label (KrUnitKind kind);

/**
 * KrUnit:
 * @id: the unit's id, 0 before it is stored
 * @parent_id: the id of the unit above, 0 for a root
 * @code: the unit's code, unique in the database
 * @name: the unit's name
 * @kind: the unit's level in the tree
 * @head_position_id: read-only: the id of the position that leads the unit, 0 when none
 *
 * An organisation unit as kr_unit_repository_get() reads it.
 */
typedef struct
{
  gint64 id;
  gint64 parent_id;
  char *code;
  char *name;
  KrUnitKind kind;
  gint64 head_position_id;
} KrUnit;

GType kr_unit_get_type (void);
#define KR_TYPE_UNIT (kr_unit_get_type ())

/**
 * kr_unit_copy:
 * @unit: a unit
 *
 * Returns: (transfer full): a deep copy of @unit; free it with kr_unit_free()
 */
KrUnit *kr_unit_copy (const KrUnit *unit);

/**
 * kr_unit_free:
 * @unit: (nullable): a unit
 *
 * Frees @unit and its strings.
 */
void kr_unit_free (KrUnit *unit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrUnit, kr_unit_free)

/**
 * KrPositionRecord:
 * @id: the position's id, 0 before it is stored
 * @unit_id: the unit the position belongs to
 * @name: the position's name ("Analis Kepegawaian Ahli Muda")
 * @kind: the jenis jabatan
 * @level: the jenjang of a functional position, %KR_POSITION_LEVEL_NONE otherwise
 * @kelas_jabatan: the kelas jabatan, 1 to 17, or 0 when not known
 * @is_head: whether the position leads its unit; a unit has at most one
 *
 * A position (jabatan) of a unit. Several employees may hold the same position.
 */
typedef struct
{
  gint64 id;
  gint64 unit_id;
  char *name;
  KrPositionKind kind;
  KrPositionLevel level;
  guint kelas_jabatan;
  gboolean is_head;
} KrPositionRecord;

GType kr_position_record_get_type (void);
#define KR_TYPE_POSITION_RECORD (kr_position_record_get_type ())

/**
 * kr_position_record_new:
 *
 * Returns: (transfer full): an empty position (a pelaksana position of no unit); free it with
 *   kr_position_record_free()
 */
KrPositionRecord *kr_position_record_new (void);

/**
 * kr_position_record_copy:
 * @position: a position
 *
 * Returns: (transfer full): a deep copy of @position
 */
KrPositionRecord *kr_position_record_copy (const KrPositionRecord *position);

/**
 * kr_position_record_free:
 * @position: (nullable): a position
 *
 * Frees @position and its strings.
 */
void kr_position_record_free (KrPositionRecord *position);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrPositionRecord, kr_position_record_free)

#define KR_TYPE_UNIT_REPOSITORY (kr_unit_repository_get_type ())

G_DECLARE_FINAL_TYPE (KrUnitRepository, kr_unit_repository, KR, UNIT_REPOSITORY, GObject)

/** KR_UNIT_CODE_MAX_LENGTH: the most characters of a unit's code. */
#define KR_UNIT_CODE_MAX_LENGTH 64
/** KR_UNIT_NAME_MAX_LENGTH: the most characters of a unit's or a position's name. */
#define KR_UNIT_NAME_MAX_LENGTH 255

/**
 * KrUnitText:
 * @KR_UNIT_TEXT_CODE: a unit's code
 * @KR_UNIT_TEXT_NAME: a unit's name
 * @KR_UNIT_TEXT_POSITION_NAME: a position's name
 *
 * The texts of the organisation tree, for kr_unit_check_text().
 */
typedef enum
{
  KR_UNIT_TEXT_CODE,
  KR_UNIT_TEXT_NAME,
  KR_UNIT_TEXT_POSITION_NAME,
} KrUnitText;

/**
 * kr_unit_check_text:
 * @kind: what @text is
 * @text: (nullable): the text, before its surrounding spaces are dropped
 * @error: return location for a %KR_ERROR_INVALID error that names what is wrong
 *
 * Checks a text as kr_unit_repository_add() and kr_unit_repository_add_position() do before
 * saving it: present, one line, and not longer than its limit; for an importer that plans
 * units and positions before it creates them.
 *
 * Returns: %TRUE when the text may be saved
 */
gboolean kr_unit_check_text (KrUnitText kind, const char *text, GError **error);

/**
 * kr_unit_repository_new:
 * @database: an open database
 *
 * Creates the repository of the organisation tree and its positions. It emits `changed`
 * (no arguments) after each change that it saved.
 *
 * Returns: (transfer full): the repository
 */
KrUnitRepository *kr_unit_repository_new (KrDatabase *database);

/**
 * kr_unit_repository_add:
 * @self: a #KrUnitRepository
 * @parent_id: the unit to add under, or 0 for a root
 * @code: the new unit's code, unique in the database
 * @name: the new unit's name
 * @kind: the new unit's kind, lower in the tree than the parent's
 * @error: return location for a #GError
 *
 * Adds a unit. Leading and trailing spaces of @code and @name are dropped. Fails with
 * %KR_ERROR_INVALID when @code or @name is empty or @kind cannot sit under the parent, with
 * %KR_ERROR_NOT_FOUND when the parent does not exist and with %KR_ERROR_CONFLICT when
 * another unit has @code.
 *
 * Returns: the new unit's id, or 0 with @error set
 */
gint64 kr_unit_repository_add (KrUnitRepository *self,
                               gint64 parent_id,
                               const char *code,
                               const char *name,
                               KrUnitKind kind,
                               GError **error);

/**
 * kr_unit_repository_rename:
 * @self: a #KrUnitRepository
 * @id: a unit
 * @name: the unit's new name
 * @error: return location for a #GError
 *
 * Renames a unit; the search index follows. Fails with %KR_ERROR_INVALID for an empty name
 * and %KR_ERROR_NOT_FOUND when the unit does not exist.
 *
 * Returns: %TRUE when the unit was renamed
 */
gboolean
kr_unit_repository_rename (KrUnitRepository *self, gint64 id, const char *name, GError **error);

/**
 * kr_unit_repository_move:
 * @self: a #KrUnitRepository
 * @id: a unit
 * @parent_id: the unit to move it under, or 0 to make it a root
 * @error: return location for a #GError
 *
 * Moves a unit, with everything below it, under another unit. Fails with %KR_ERROR_INVALID
 * when @parent_id is the unit itself or lies below it (the tree would become a cycle) or when
 * the unit's kind cannot sit under the new parent, and with %KR_ERROR_NOT_FOUND when either
 * unit does not exist.
 *
 * Returns: %TRUE when the unit was moved
 */
gboolean
kr_unit_repository_move (KrUnitRepository *self, gint64 id, gint64 parent_id, GError **error);

/**
 * kr_unit_repository_delete:
 * @self: a #KrUnitRepository
 * @id: a unit
 * @error: return location for a #GError
 *
 * Deletes an empty unit. Fails with %KR_ERROR_CONFLICT, naming the unit and what it still
 * holds, when it has sub-units, employees or positions, and with %KR_ERROR_NOT_FOUND when it
 * does not exist.
 *
 * Returns: %TRUE when the unit was deleted
 */
gboolean kr_unit_repository_delete (KrUnitRepository *self, gint64 id, GError **error);

/**
 * kr_unit_repository_get:
 * @self: a #KrUnitRepository
 * @id: a unit
 * @error: return location for a #GError
 *
 * Reads a unit. Fails with %KR_ERROR_NOT_FOUND when it does not exist.
 *
 * Returns: (transfer full) (nullable): the unit, or %NULL with @error set
 */
KrUnit *kr_unit_repository_get (KrUnitRepository *self, gint64 id, GError **error);

/**
 * kr_unit_repository_get_by_code:
 * @self: a #KrUnitRepository
 * @code: a unit code (unique in the database)
 * @error: return location for a #GError
 *
 * Reads the unit with @code. Fails with %KR_ERROR_NOT_FOUND, naming the code, when no unit
 * has it.
 *
 * Returns: (transfer full) (nullable): the unit, or %NULL with @error set
 */
KrUnit *kr_unit_repository_get_by_code (KrUnitRepository *self, const char *code, GError **error);

/**
 * kr_unit_repository_list_children:
 * @self: a #KrUnitRepository
 * @parent_id: a unit, or 0 for the roots
 * @error: return location for a #GError
 *
 * Lists the units directly under @parent_id, by name. An unknown @parent_id has no children.
 *
 * Returns: (transfer full) (element-type KrUnit) (nullable): the units, or %NULL with
 *   @error set
 */
GPtrArray *
kr_unit_repository_list_children (KrUnitRepository *self, gint64 parent_id, GError **error);

/**
 * kr_unit_repository_list_subtree_ids:
 * @self: a #KrUnitRepository
 * @id: a unit
 * @error: return location for a #GError
 *
 * Lists the ids of @id and of every unit below it, @id first, for filtering by a branch of
 * the tree. Fails with %KR_ERROR_NOT_FOUND when the unit does not exist.
 *
 * Returns: (transfer full) (element-type gint64) (nullable): the ids, or %NULL with @error set
 */
GArray *kr_unit_repository_list_subtree_ids (KrUnitRepository *self, gint64 id, GError **error);

/**
 * kr_unit_repository_add_position:
 * @self: a #KrUnitRepository
 * @position: the position to add; its id is set on success
 * @error: return location for a #GError
 *
 * Adds a position to its unit. Fails with %KR_ERROR_INVALID when the name is empty, the
 * level does not belong to the kind (kr_position_check_level()) or the kelas jabatan is out
 * of range, with %KR_ERROR_NOT_FOUND when the unit does not exist, and with
 * %KR_ERROR_CONFLICT when the unit already has a position of that name or, for a head
 * position, a head position.
 *
 * Returns: the new position's id, or 0 with @error set
 */
gint64 kr_unit_repository_add_position (KrUnitRepository *self,
                                        KrPositionRecord *position,
                                        GError **error);

/**
 * kr_unit_repository_update_position:
 * @self: a #KrUnitRepository
 * @position: the position, identified by its id, with its new values
 * @error: return location for a #GError
 *
 * Changes a position, with the checks of kr_unit_repository_add_position(). A renamed
 * position is renamed for its holders in the search index too; a position moved to another
 * unit takes its current holders with it.
 *
 * Returns: %TRUE when the position was changed
 */
gboolean kr_unit_repository_update_position (KrUnitRepository *self,
                                             const KrPositionRecord *position,
                                             GError **error);

/**
 * kr_unit_repository_delete_position:
 * @self: a #KrUnitRepository
 * @id: a position
 * @error: return location for a #GError
 *
 * Deletes a position that no position history refers to. Fails with %KR_ERROR_CONFLICT,
 * naming the position, when employees hold or held it, and with %KR_ERROR_NOT_FOUND when it
 * does not exist.
 *
 * Returns: %TRUE when the position was deleted
 */
gboolean kr_unit_repository_delete_position (KrUnitRepository *self, gint64 id, GError **error);

/**
 * kr_unit_repository_get_position:
 * @self: a #KrUnitRepository
 * @id: a position
 * @error: return location for a #GError
 *
 * Reads a position. Fails with %KR_ERROR_NOT_FOUND when it does not exist.
 *
 * Returns: (transfer full) (nullable): the position, or %NULL with @error set
 */
KrPositionRecord *
kr_unit_repository_get_position (KrUnitRepository *self, gint64 id, GError **error);

/**
 * kr_unit_repository_list_positions:
 * @self: a #KrUnitRepository
 * @unit_id: a unit
 * @error: return location for a #GError
 *
 * Lists the positions of a unit, the head position first, then by name.
 *
 * Returns: (transfer full) (element-type KrPositionRecord) (nullable): the positions, or
 *   %NULL with @error set
 */
GPtrArray *
kr_unit_repository_list_positions (KrUnitRepository *self, gint64 unit_id, GError **error);

G_END_DECLS
