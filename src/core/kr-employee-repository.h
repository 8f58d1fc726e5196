/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "kr-database.h"
#include "kr-employee.h"

G_BEGIN_DECLS

/**
 * KrHistoryKind:
 * @KR_HISTORY_RANK: the rank history (#KrRankEntry)
 * @KR_HISTORY_POSITION: the position history (#KrPositionEntry)
 * @KR_HISTORY_EDUCATION: the education history (#KrEducationEntry)
 * @KR_HISTORY_DISCIPLINE: the discipline history (#KrDisciplineEntry)
 * @KR_HISTORY_AWARD: the award history (#KrAwardEntry)
 *
 * The histories of an employee.
 */
typedef enum
{
  KR_HISTORY_RANK,
  KR_HISTORY_POSITION,
  KR_HISTORY_EDUCATION,
  KR_HISTORY_DISCIPLINE,
  KR_HISTORY_AWARD,
  KR_N_HISTORIES,
} KrHistoryKind;

#define KR_TYPE_EMPLOYEE_REPOSITORY (kr_employee_repository_get_type ())

G_DECLARE_FINAL_TYPE (KrEmployeeRepository,
                      kr_employee_repository,
                      KR,
                      EMPLOYEE_REPOSITORY,
                      GObject)

/**
 * kr_employee_repository_new:
 * @database: an open database
 *
 * Creates the repository of employees and their histories. Each write runs in a transaction
 * of its own, or inside the caller's when one is open (kr_database_begin()), and a failed
 * write leaves nothing behind. After each saved change the repository emits `changed` with
 * the employee's id (a #gint64), or 0 after a bulk load.
 *
 * Returns: (transfer full): the repository
 */
KrEmployeeRepository *kr_employee_repository_new (KrDatabase *database);

/**
 * kr_employee_repository_insert:
 * @self: a #KrEmployeeRepository
 * @employee: the employee to add; its id is set on success
 * @warnings: (out) (optional) (transfer full): on success, translated messages about the
 *   record that deserve a look, as kr_employee_validate() gives them
 * @error: return location for a #GError
 *
 * Validates @employee with kr_employee_validate() and adds it. The NIP is stored as 18 digits
 * without spaces; text fields lose leading and trailing spaces and empty ones are stored as
 * unknown. Fails with %KR_ERROR_INVALID naming the field, and with %KR_ERROR_CONFLICT when
 * another employee has the NIP.
 *
 * Returns: the new employee's id, or 0 with @error set
 */
gint64 kr_employee_repository_insert (KrEmployeeRepository *self,
                                      KrEmployee *employee,
                                      GPtrArray **warnings,
                                      GError **error);

/**
 * kr_employee_repository_update:
 * @self: a #KrEmployeeRepository
 * @employee: the employee, identified by its id, with its new values
 * @warnings: (out) (optional) (transfer full): on success, as kr_employee_repository_insert()
 * @error: return location for a #GError
 *
 * Saves the employee's own fields, with the checks of kr_employee_repository_insert(). The
 * current rank, position and unit are not written: they follow the histories. Also fails with
 * %KR_ERROR_INVALID when the new employee kind cannot hold the golongan of the rank history
 * (a PPPK golongan for a PNS, or the other way round), and with %KR_ERROR_NOT_FOUND when the
 * employee does not exist.
 *
 * Returns: %TRUE when the employee was saved
 */
gboolean kr_employee_repository_update (KrEmployeeRepository *self,
                                        KrEmployee *employee,
                                        GPtrArray **warnings,
                                        GError **error);

/**
 * kr_employee_repository_delete:
 * @self: a #KrEmployeeRepository
 * @id: an employee
 * @error: return location for a #GError
 *
 * Deletes an employee with all their histories. Fails with %KR_ERROR_NOT_FOUND when the
 * employee does not exist.
 *
 * Returns: %TRUE when the employee was deleted
 */
gboolean kr_employee_repository_delete (KrEmployeeRepository *self, gint64 id, GError **error);

/**
 * kr_employee_repository_get:
 * @self: a #KrEmployeeRepository
 * @id: an employee
 * @error: return location for a #GError
 *
 * Reads an employee with the current education, rank, position and unit. Fails with
 * %KR_ERROR_NOT_FOUND when the employee does not exist.
 *
 * Returns: (transfer full) (nullable): the employee, or %NULL with @error set
 */
KrEmployee *kr_employee_repository_get (KrEmployeeRepository *self, gint64 id, GError **error);

/**
 * kr_employee_repository_get_by_nip:
 * @self: a #KrEmployeeRepository
 * @nip: a NIP or NI PPPK; spaces are ignored
 * @error: return location for a #GError
 *
 * Reads the employee with @nip, like kr_employee_repository_get(). Fails with
 * %KR_ERROR_NOT_FOUND when no employee has it.
 *
 * Returns: (transfer full) (nullable): the employee, or %NULL with @error set
 */
KrEmployee *
kr_employee_repository_get_by_nip (KrEmployeeRepository *self, const char *nip, GError **error);

/**
 * kr_employee_repository_make_match:
 * @text: (nullable): search text as the user types it
 *
 * Turns typed text into an FTS5 query of the employee search index, safe whatever the text
 * holds: each word becomes a prefix term that every match must contain ("siti am" finds
 * "Siti Aminah"), in any of the name (with gelar), NIP, position and unit. Text made only of
 * digits and spaces is one NIP prefix, so that a NIP typed in groups ("19860926 2015") still
 * matches.
 *
 * Returns: (transfer full) (nullable): the query for `employee_fts MATCH ?`, or %NULL when
 *   @text holds no word to search for
 */
char *kr_employee_repository_make_match (const char *text);

/**
 * kr_employee_repository_search:
 * @self: a #KrEmployeeRepository
 * @text: search text as the user types it (see kr_employee_repository_make_match())
 * @limit: the most employees to return
 * @error: return location for a #GError
 *
 * Finds employees by prefixes of their name, NIP, position or unit through the search index,
 * in the order they were added, at most @limit of them. Text with no word to search for finds
 * nobody. Meant for pickers; the employee list sorts and pages on its own.
 *
 * Returns: (transfer full) (element-type KrEmployee) (nullable): the employees, or %NULL with
 *   @error set
 */
GPtrArray *kr_employee_repository_search (KrEmployeeRepository *self,
                                          const char *text,
                                          guint limit,
                                          GError **error);

/**
 * kr_employee_repository_add_rank:
 * @self: a #KrEmployeeRepository
 * @entry: the row to add; its id is set on success
 * @error: return location for a #GError
 *
 * Adds a rank history row. Fails with %KR_ERROR_NOT_FOUND when the employee does not exist
 * and with %KR_ERROR_INVALID, naming the field, when the golongan does not fit the employee
 * kind (a PNS or CPNS holds I/a to IV/e, a PPPK I to XVII and no promotions), the TMT is
 * missing, not after the birth date or before the TMT CPNS, or the SK date is in the future or
 * not after the birth date.
 *
 * Returns: the new row's id, or 0 with @error set
 */
gint64
kr_employee_repository_add_rank (KrEmployeeRepository *self, KrRankEntry *entry, GError **error);

/**
 * kr_employee_repository_update_rank:
 * @self: a #KrEmployeeRepository
 * @entry: the row, identified by its id and employee, with its new values
 * @error: return location for a #GError
 *
 * Changes a rank history row, with the checks of kr_employee_repository_add_rank(). Fails
 * with %KR_ERROR_NOT_FOUND when the employee has no such row.
 *
 * Returns: %TRUE when the row was changed
 */
gboolean kr_employee_repository_update_rank (KrEmployeeRepository *self,
                                             const KrRankEntry *entry,
                                             GError **error);

/**
 * kr_employee_repository_list_ranks:
 * @self: a #KrEmployeeRepository
 * @employee_id: an employee
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type KrRankEntry) (nullable): the employee's rank
 *   history, oldest TMT first, or %NULL with @error set
 */
GPtrArray *
kr_employee_repository_list_ranks (KrEmployeeRepository *self, gint64 employee_id, GError **error);

/**
 * kr_employee_repository_add_position:
 * @self: a #KrEmployeeRepository
 * @entry: the row to add; its id is set on success
 * @error: return location for a #GError
 *
 * Adds a position history row. Fails with %KR_ERROR_NOT_FOUND when the employee or the
 * position does not exist, and with %KR_ERROR_INVALID for the TMT and SK date as
 * kr_employee_repository_add_rank() checks them.
 *
 * Returns: the new row's id, or 0 with @error set
 */
gint64 kr_employee_repository_add_position (KrEmployeeRepository *self,
                                            KrPositionEntry *entry,
                                            GError **error);

/**
 * kr_employee_repository_update_position:
 * @self: a #KrEmployeeRepository
 * @entry: the row, identified by its id and employee, with its new values
 * @error: return location for a #GError
 *
 * Changes a position history row, with the checks of kr_employee_repository_add_position().
 *
 * Returns: %TRUE when the row was changed
 */
gboolean kr_employee_repository_update_position (KrEmployeeRepository *self,
                                                 const KrPositionEntry *entry,
                                                 GError **error);

/**
 * kr_employee_repository_list_positions:
 * @self: a #KrEmployeeRepository
 * @employee_id: an employee
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type KrPositionEntry) (nullable): the employee's position
 *   history with the names of the positions and units, oldest TMT first, or %NULL with
 *   @error set
 */
GPtrArray *kr_employee_repository_list_positions (KrEmployeeRepository *self,
                                                  gint64 employee_id,
                                                  GError **error);

/**
 * kr_employee_repository_add_education:
 * @self: a #KrEmployeeRepository
 * @entry: the row to add; its id is set on success
 * @error: return location for a #GError
 *
 * Adds an education history row. Fails with %KR_ERROR_NOT_FOUND when the employee does not
 * exist and with %KR_ERROR_INVALID when the graduation year is missing, not after the birth
 * year or in the future, or the certificate date is as kr_employee_repository_add_rank()
 * refuses SK dates.
 *
 * Returns: the new row's id, or 0 with @error set
 */
gint64 kr_employee_repository_add_education (KrEmployeeRepository *self,
                                             KrEducationEntry *entry,
                                             GError **error);

/**
 * kr_employee_repository_update_education:
 * @self: a #KrEmployeeRepository
 * @entry: the row, identified by its id and employee, with its new values
 * @error: return location for a #GError
 *
 * Changes an education history row, with the checks of
 * kr_employee_repository_add_education().
 *
 * Returns: %TRUE when the row was changed
 */
gboolean kr_employee_repository_update_education (KrEmployeeRepository *self,
                                                  const KrEducationEntry *entry,
                                                  GError **error);

/**
 * kr_employee_repository_list_educations:
 * @self: a #KrEmployeeRepository
 * @employee_id: an employee
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type KrEducationEntry) (nullable): the employee's
 *   education history, earliest graduation first, or %NULL with @error set
 */
GPtrArray *kr_employee_repository_list_educations (KrEmployeeRepository *self,
                                                   gint64 employee_id,
                                                   GError **error);

/**
 * kr_employee_repository_add_discipline:
 * @self: a #KrEmployeeRepository
 * @entry: the row to add; its id is set on success
 * @error: return location for a #GError
 *
 * Adds a discipline history row. Fails with %KR_ERROR_NOT_FOUND when the employee does not
 * exist and with %KR_ERROR_INVALID when the sanction is empty, the TMT or SK date is as
 * kr_employee_repository_add_rank() refuses them, the end date is before the TMT, or a
 * sanction under PP 94/2021 starts before that regulation (31 August 2021).
 *
 * Returns: the new row's id, or 0 with @error set
 */
gint64 kr_employee_repository_add_discipline (KrEmployeeRepository *self,
                                              KrDisciplineEntry *entry,
                                              GError **error);

/**
 * kr_employee_repository_update_discipline:
 * @self: a #KrEmployeeRepository
 * @entry: the row, identified by its id and employee, with its new values
 * @error: return location for a #GError
 *
 * Changes a discipline history row, with the checks of
 * kr_employee_repository_add_discipline().
 *
 * Returns: %TRUE when the row was changed
 */
gboolean kr_employee_repository_update_discipline (KrEmployeeRepository *self,
                                                   const KrDisciplineEntry *entry,
                                                   GError **error);

/**
 * kr_employee_repository_list_disciplines:
 * @self: a #KrEmployeeRepository
 * @employee_id: an employee
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type KrDisciplineEntry) (nullable): the employee's
 *   discipline history, oldest TMT first, or %NULL with @error set
 */
GPtrArray *kr_employee_repository_list_disciplines (KrEmployeeRepository *self,
                                                    gint64 employee_id,
                                                    GError **error);

/**
 * kr_employee_repository_add_award:
 * @self: a #KrEmployeeRepository
 * @entry: the row to add; its id is set on success
 * @error: return location for a #GError
 *
 * Adds an award history row. Fails with %KR_ERROR_NOT_FOUND when the employee does not exist
 * and with %KR_ERROR_INVALID when the year is missing, before the birth year or in the
 * future, another award has no name, a Satyalancana Karya Satya comes before its years of
 * service since the TMT CPNS, or the SK date is as kr_employee_repository_add_rank() refuses
 * it.
 *
 * Returns: the new row's id, or 0 with @error set
 */
gint64
kr_employee_repository_add_award (KrEmployeeRepository *self, KrAwardEntry *entry, GError **error);

/**
 * kr_employee_repository_update_award:
 * @self: a #KrEmployeeRepository
 * @entry: the row, identified by its id and employee, with its new values
 * @error: return location for a #GError
 *
 * Changes an award history row, with the checks of kr_employee_repository_add_award().
 *
 * Returns: %TRUE when the row was changed
 */
gboolean kr_employee_repository_update_award (KrEmployeeRepository *self,
                                              const KrAwardEntry *entry,
                                              GError **error);

/**
 * kr_employee_repository_list_awards:
 * @self: a #KrEmployeeRepository
 * @employee_id: an employee
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type KrAwardEntry) (nullable): the employee's award
 *   history, earliest year first, or %NULL with @error set
 */
GPtrArray *
kr_employee_repository_list_awards (KrEmployeeRepository *self, gint64 employee_id, GError **error);

/**
 * kr_employee_repository_delete_history:
 * @self: a #KrEmployeeRepository
 * @kind: the history the row belongs to
 * @id: the row
 * @error: return location for a #GError
 *
 * Deletes a history row; the employee's current values fall back to the newest remaining
 * row. Fails with %KR_ERROR_NOT_FOUND when the row does not exist.
 *
 * Returns: %TRUE when the row was deleted
 */
gboolean kr_employee_repository_delete_history (KrEmployeeRepository *self,
                                                KrHistoryKind kind,
                                                gint64 id,
                                                GError **error);

/**
 * kr_employee_repository_begin_bulk:
 * @self: a #KrEmployeeRepository
 * @error: return location for a #GError
 *
 * Starts a bulk load, for the demo generator and importers: one transaction for every
 * following insert, update and history row until kr_employee_repository_end_bulk(), with the
 * prepared statements reused and `changed` emitted once at the end. Each call still validates
 * its row; a call that fails leaves nothing of its row behind and the bulk load may go on.
 * Fails with %KR_ERROR_INVALID when a transaction is already open.
 *
 * Returns: %TRUE when the bulk load started
 */
gboolean kr_employee_repository_begin_bulk (KrEmployeeRepository *self, GError **error);

/**
 * kr_employee_repository_end_bulk:
 * @self: a #KrEmployeeRepository
 * @commit: %TRUE to keep everything loaded since kr_employee_repository_begin_bulk(), %FALSE
 *   to undo it
 * @error: return location for a #GError
 *
 * Ends a bulk load. When the commit fails, everything is undone.
 *
 * Returns: %TRUE when the changes were committed (or, with @commit %FALSE, undone)
 */
gboolean
kr_employee_repository_end_bulk (KrEmployeeRepository *self, gboolean commit, GError **error);

G_END_DECLS
