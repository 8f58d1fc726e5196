/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "kr-database.h"
#include "kr-education.h"
#include "kr-position.h"

G_BEGIN_DECLS

/* Storage helpers that the repositories of core share: a cache of prepared statements,
 * transactions that join a caller's, and the text forms of dates and codes in the schema. */

typedef struct _KrStatements KrStatements;

/**
 * _kr_statements_new:
 * @database: the database the statements run on
 *
 * Creates an empty cache of prepared statements for one repository. It keeps a reference
 * to @database; free it (finalising the statements) before the last reference goes.
 *
 * Returns: (transfer full): the cache
 */
KrStatements *_kr_statements_new (KrDatabase *database);

/**
 * _kr_statements_free:
 * @self: (nullable): a cache
 *
 * Finalises every statement of @self and drops its reference to the database.
 */
void _kr_statements_free (KrStatements *self);

/**
 * _kr_statements_get_database:
 * @self: a cache
 *
 * Returns: (transfer none): the database of @self
 */
KrDatabase *_kr_statements_get_database (KrStatements *self);

/**
 * _kr_statements_get:
 * @self: a cache
 * @sql: a string literal (the cache is keyed by its address)
 * @error: return location for a #GError
 *
 * Returns @sql prepared, reset and with no bindings, preparing it on first use. Hold it in a
 * `g_auto (KrStmt)` variable, which resets it when it goes out of scope so that no read stays
 * open.
 *
 * Returns: (transfer none) (nullable): the statement, or %NULL with @error set
 */
sqlite3_stmt *_kr_statements_get (KrStatements *self, const char *sql, GError **error);

/**
 * _kr_statements_step:
 * @self: a cache
 * @stmt: a statement of @self
 * @doing: a translated phrase such as "Could not read", for the error message
 * @error: return location for a #GError
 *
 * Steps @stmt once.
 *
 * Returns: %SQLITE_ROW or %SQLITE_DONE, or 0 with @error set
 */
int _kr_statements_step (KrStatements *self, sqlite3_stmt *stmt, const char *doing, GError **error);

/**
 * _kr_statements_run:
 * @self: a cache
 * @stmt: a statement of @self that returns no rows
 * @doing: a translated phrase such as "Could not save changes to", for the error message
 * @error: return location for a #GError
 *
 * Runs @stmt to completion.
 *
 * Returns: %TRUE on success
 */
gboolean
_kr_statements_run (KrStatements *self, sqlite3_stmt *stmt, const char *doing, GError **error);

/**
 * _kr_statements_count:
 * @self: a cache
 * @sql: a string literal selecting one integer, with one parameter
 * @id: the value bound to the parameter
 * @out: (out): the integer, 0 when the query returns no row or NULL
 * @error: return location for a #GError
 *
 * Runs a query such as a count of rows that refer to @id.
 *
 * Returns: %TRUE on success
 */
gboolean
_kr_statements_count (KrStatements *self, const char *sql, gint64 id, gint64 *out, GError **error);

/**
 * _kr_statements_last_insert_id:
 * @self: a cache
 *
 * Returns: the id of the row the last successful INSERT on the connection added
 */
gint64 _kr_statements_last_insert_id (KrStatements *self);

/**
 * _kr_statements_begin:
 * @self: a cache
 * @own: (out): whether the transaction was started here
 * @error: return location for a #GError
 *
 * Starts a write transaction with kr_database_begin(), or joins the one the caller already
 * opened (then @own is %FALSE and the caller decides whether the changes are kept; a failed
 * statement undoes only itself).
 *
 * Returns: %TRUE when writes may follow
 */
gboolean _kr_statements_begin (KrStatements *self, gboolean *own, GError **error);

/**
 * _kr_statements_end:
 * @self: a cache
 * @own: what _kr_statements_begin() returned in its @own
 * @ok: whether the changes succeeded and should be kept
 * @error: return location for a #GError, for a failed commit
 *
 * Commits (when @ok) or rolls back a transaction that _kr_statements_begin() started; does
 * nothing to a caller's transaction.
 *
 * Returns: %TRUE when @ok and the changes were committed (or left to the caller)
 */
gboolean _kr_statements_end (KrStatements *self, gboolean own, gboolean ok, GError **error);

typedef sqlite3_stmt *KrStmt;

static inline void
_kr_stmt_reset (KrStmt *stmt)
{
  if (*stmt != NULL)
    sqlite3_reset (*stmt);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (KrStmt, _kr_stmt_reset)

/**
 * _kr_bind_text:
 * @stmt: a statement
 * @index: the parameter, from 1
 * @text: (nullable): the value; %NULL and "" are bound as NULL
 *
 * Binds a copy of @text.
 */
void _kr_bind_text (sqlite3_stmt *stmt, int index, const char *text);

/**
 * _kr_bind_date:
 * @stmt: a statement
 * @index: the parameter, from 1
 * @date: (nullable): the value; %NULL and a cleared date are bound as NULL
 *
 * Binds @date as the schema stores dates, "YYYY-MM-DD".
 */
void _kr_bind_date (sqlite3_stmt *stmt, int index, const GDate *date);

/**
 * _kr_bind_id:
 * @stmt: a statement
 * @index: the parameter, from 1
 * @id: the value; 0 (no row) is bound as NULL
 *
 * Binds a row id.
 */
void _kr_bind_id (sqlite3_stmt *stmt, int index, gint64 id);

/**
 * _kr_column_dup_text:
 * @stmt: a statement on a row
 * @column: the column, from 0
 *
 * Returns: (transfer full) (nullable): a copy of the column's text, %NULL for NULL
 */
char *_kr_column_dup_text (sqlite3_stmt *stmt, int column);

/**
 * _kr_column_date:
 * @stmt: a statement on a row
 * @column: the column, from 0
 * @date: (out caller-allocates): the date; cleared for NULL or text that is not a stored date
 *
 * Reads a date as the schema stores it.
 */
void _kr_column_date (sqlite3_stmt *stmt, int column, GDate *date);

/**
 * _kr_enum_get_code:
 * @type: an enum type whose value nicks are the codes of the schema
 * @value: a value of @type
 *
 * Returns: (transfer none) (nullable): the code of @value, %NULL for an unknown value
 */
const char *_kr_enum_get_code (GType type, int value);

/**
 * _kr_enum_from_code:
 * @type: an enum type whose value nicks are the codes of the schema
 * @code: (nullable): a code
 * @fallback: the value for a %NULL or unknown code
 *
 * Returns: the value of @code
 */
int _kr_enum_from_code (GType type, const char *code, int fallback);

/**
 * _kr_education_get_code:
 * @education: an education level
 *
 * The enums of the domain rules have no GType; these functions hold their codes.
 *
 * Returns: the code the schema stores for @education ("s1")
 */
const char *_kr_education_get_code (KrEducation education);

/**
 * _kr_education_from_code:
 * @code: (nullable): a stored code
 * @education: (out): the level, set only when @code is known
 *
 * Returns: %TRUE when @code names an education level
 */
gboolean _kr_education_from_code (const char *code, KrEducation *education);

/**
 * _kr_position_kind_get_code:
 * @kind: a position kind
 *
 * Returns: the code the schema stores for @kind ("jpt_pratama")
 */
const char *_kr_position_kind_get_code (KrPositionKind kind);

/**
 * _kr_position_kind_from_code:
 * @code: (nullable): a stored code
 * @kind: (out): the kind, set only when @code is known
 *
 * Returns: %TRUE when @code names a position kind
 */
gboolean _kr_position_kind_from_code (const char *code, KrPositionKind *kind);

/**
 * _kr_position_level_get_code:
 * @level: a jenjang
 *
 * Returns: (nullable): the code the schema stores for @level ("ahli_muda"), %NULL for
 *   %KR_POSITION_LEVEL_NONE
 */
const char *_kr_position_level_get_code (KrPositionLevel level);

/**
 * _kr_position_level_from_code:
 * @code: (nullable): a stored code
 *
 * Returns: the jenjang of @code, %KR_POSITION_LEVEL_NONE for %NULL or an unknown code
 */
KrPositionLevel _kr_position_level_from_code (const char *code);

/**
 * _kr_strip_dup:
 * @text: (nullable): text as typed
 *
 * Returns: (transfer full) (nullable): @text without leading and trailing white space, or
 *   %NULL when nothing remains
 */
char *_kr_strip_dup (const char *text);

/**
 * _kr_is_blank:
 * @text: (nullable): text as typed
 *
 * Returns: whether @text is %NULL, empty or only white space
 */
gboolean _kr_is_blank (const char *text);

/**
 * _kr_like_escape:
 * @text: (nullable): text as typed
 *
 * Strips @text as _kr_strip_dup() does and puts a backslash before each `%`, `_` and `\`,
 * so that `LIKE ?1 || '%' ESCAPE '\'` matches what starts with the text literally ("50%"
 * does not find everything).
 *
 * Returns: (transfer full) (nullable): the escaped text, or %NULL when nothing remains
 */
char *_kr_like_escape (const char *text);

G_END_DECLS
