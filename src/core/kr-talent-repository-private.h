/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-repository-private.h"
#include "kr-talent-repository.h"

G_BEGIN_DECLS

/* Shared by the files of the talent repository:
 * - kr-talent-repository.c: the object, these helpers, settings, boxes, assessments;
 * - -grid.c: the classification SQL, the grid and the employee lists classified live, one
 *   placement;
 * - -stored.c: the classification stored per year (talent_placement, migration 13), kept
 *   current by dirty marks, and the grid and lists read from it;
 * - -succession.c: key positions, plans with holder and successors, plan writes;
 * - -successors.c: successor writes and suggestions. */

struct _KrTalentRepository
{
  GObject parent_instance;

  KrDatabase *database;
  KrStatements *statements;
};

void _kr_talent_repository_emit_changed (KrTalentRepository *self, KrTalentChange mask);

/* KR_PERMISSION_READ_EMPLOYEES */
gboolean _kr_talent_check_read (KrTalentRepository *self, GError **error);
/* KR_PERMISSION_READ_EMPLOYEES, the employee exists and is in a unit head's scope */
gboolean
_kr_talent_check_read_employee (KrTalentRepository *self, gint64 employee_id, GError **error);
/* KR_PERMISSION_WRITE_TALENT */
gboolean _kr_talent_check_write (KrTalentRepository *self, GError **error);
/* A year of the 9-box, 2000..2200 (KR_ERROR_INVALID naming "Year") */
gboolean _kr_talent_check_year (guint year, GError **error);

int _kr_talent_step (KrTalentRepository *self, sqlite3_stmt *stmt, GError **error);
gboolean _kr_talent_run (KrTalentRepository *self, sqlite3_stmt *stmt, GError **error);

/* The talent_box rows, checked (kr_talent_boxes_check ()) */
GPtrArray *_kr_talent_load_boxes (KrTalentRepository *self, GError **error);

/* "Title Name, Back" */
char *_kr_talent_full_name (const char *front, const char *name, const char *back);

/* The status and box (0 when not placed) of one employee for @year, by the classification SQL
 * (whatever the unit head's scope: the caller checked it) */
gboolean _kr_talent_classify_one (KrTalentRepository *self,
                                  gint64 employee_id,
                                  guint year,
                                  KrTalentStatus *status,
                                  guint *box,
                                  GError **error);

/* The SQL the pool classification shares (built once from the rules' tables): a WITH clause
 * "cl (id, status, perf, pot, adate, box, in_pool)" over the employees in scope; parameters ?1
 * first year read, ?2 year, ?3 performance years, ?4 first assessment day, ?5 reference, ?6
 * first discipline day, ?7 scope unit, ?8 filter unit, ?9 subtree. (The one-employee form of
 * _kr_talent_classify_one () reads ?10, the employee, instead of ?7..?9.) */
const char *_kr_talent_classify_sql (void);
/* Binds ?1..?10 for @year, @unit_id, @subtree and @only_employee */
gboolean _kr_talent_bind_classify (KrTalentRepository *self,
                                   sqlite3_stmt *stmt,
                                   guint year,
                                   gint64 unit_id,
                                   gboolean subtree,
                                   gint64 only_employee,
                                   GError **error);

/* The INSERT INTO talent_placement of year ?2 by the classification SQL: of every active PNS
 * (bind ?7..?9 to 0), or (@dirty) of those marked in talent_dirty after seq ?10 */
const char *_kr_talent_fill_sql (gboolean dirty);

/* Checks the permission, the year, the unit's scope, the status and the box of @query */
gboolean
_kr_talent_check_query (KrTalentRepository *self, const KrTalentQuery *query, GError **error);
/* Sets (@on) or removes the progress handler that stops a statement when @cancellable is */
void _kr_talent_watch (KrTalentRepository *self, GCancellable *cancellable, gboolean on);
/* Replaces @error by G_IO_ERROR_CANCELLED when @cancellable is cancelled; returns FALSE */
gboolean _kr_talent_cancelled_error (GCancellable *cancellable, GError **error);
/* Adds a row (status, box, count) to @counts */
void _kr_talent_grid_add_row (KrTalentGridCounts *counts, sqlite3_stmt *stmt);
/* An entry from a row (e.id, e.nip, e.name, e.title_front, e.title_back, e.unit_id, unit
 * name, position name, e.golongan, status, perf, pot, box, adate) */
KrTalentEntry *_kr_talent_entry_from_row (sqlite3_stmt *stmt);

/* The grid, count and list of kr-talent-repository.h classified live by the classification
 * SQL (the public functions read talent_placement, and fall back on these when they cannot
 * bring it up to date: a file open read-only, a bulk load running, a write refused) */
gboolean _kr_talent_repository_count_grid_live (KrTalentRepository *self,
                                                const KrTalentQuery *query,
                                                KrTalentGridCounts *counts,
                                                GCancellable *cancellable,
                                                GError **error);
gboolean _kr_talent_repository_count_employees_live (KrTalentRepository *self,
                                                     const KrTalentQuery *query,
                                                     guint *n_rows,
                                                     GCancellable *cancellable,
                                                     GError **error);
GPtrArray *_kr_talent_repository_list_employees_live (KrTalentRepository *self,
                                                      const KrTalentQuery *query,
                                                      guint offset,
                                                      guint limit,
                                                      GCancellable *cancellable,
                                                      GError **error);

/**
 * _kr_talent_refresh:
 * @self: a #KrTalentRepository
 * @year: the year to read
 * @cancellable: (nullable): stops a long classification
 * @stored: set to whether talent_placement of @year is current for the reader (else classify
 *   live)
 * @error: return location for a #GError
 *
 * Brings talent_placement of @year up to date: the whole year when it is not stored or was
 * classified with other settings, else the employees marked in talent_dirty since; in a
 * write transaction of its own (BEGIN IMMEDIATE) or, inside the caller's transaction, a
 * savepoint. A write refused (read-only file, busy, disk full) leaves @stored FALSE.
 *
 * Returns: FALSE only when cancelled or when the state cannot be read
 */
gboolean _kr_talent_refresh (KrTalentRepository *self,
                             guint year,
                             GCancellable *cancellable,
                             gboolean *stored,
                             GError **error);

/* The clause of _kr_talent_classify_sql () (same columns and parameters) read from
 * talent_placement of year ?2: for statements that join the classification, after
 * _kr_talent_refresh () said the year is stored */
const char *_kr_talent_stored_classify_sql (void);

/* Step a count or a page of entries, watching @cancellable (kr-talent-repository-grid.c) */
gboolean _kr_talent_read_count (KrTalentRepository *self,
                                sqlite3_stmt *stmt,
                                GCancellable *cancellable,
                                guint *n_rows,
                                GError **error);
GPtrArray *_kr_talent_read_entries (KrTalentRepository *self,
                                    sqlite3_stmt *stmt,
                                    GCancellable *cancellable,
                                    GError **error);

/* The plan exists (KR_ERROR_NOT_FOUND) and its position is in a unit head's scope */
gboolean _kr_talent_plan_in_scope (KrTalentRepository *self, gint64 id, GError **error);
/* Ends a write transaction and emits `changed` with @mask when it committed */
gboolean _kr_talent_finish (KrTalentRepository *self,
                            gboolean own,
                            gboolean ok,
                            KrTalentChange mask,
                            GError **error);
/* Sets @s->suggested from the rules (its golongan, the given position kind and the leadership
 * programmes completed, read); @gaps (nullable) gets the rules' gap sentences */
gboolean _kr_talent_suggest_readiness (KrTalentRepository *self,
                                       KrSuccessor *s,
                                       gboolean has_position,
                                       KrPositionKind position_kind,
                                       KrPositionKind target_kind,
                                       KrPositionLevel target_level,
                                       GPtrArray *gaps,
                                       GError **error);

G_END_DECLS
