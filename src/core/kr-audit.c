/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-audit"

#include "config.h"

#include "kr-audit.h"

#include <string.h>
#include <time.h>

#include "kr-audit-private.h"
#include "kr-database-private.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* The first schema version with the audit trail (migrations/0007-audit.sql). */
#define AUDIT_SCHEMA_VERSION 7
/* The values kr_audit_hash () takes, in the order of kr-audit.h. */
#define N_HASHED    9
#define HASH_LENGTH KR_AUDIT_HASH_LENGTH
#define TIME_SIZE   KR_AUDIT_TIME_SIZE

/* Entities */

/* Every table with audit triggers in the migrations, and what people call it. */
static const char *const entities[] = {
  "unit",
  "position",
  "employee",
  "rank_history",
  "position_history",
  "education_history",
  "discipline_history",
  "award_history",
  "account",
  "appraisal",
  "appraisal_result",
  "appraisal_indicator",
  "appraisal_expectation",
  "appraisal_evaluation",
  "appraisal_result_evaluation",
  "appraisal_behaviour_evaluation",
  "appraisal_transition",
  "appraisal_peer_feedback",
  "unit_performance",
  "skm_survey",
  "appraisal_pp46",
  "position_result_template",
  "appraisal_cycle_setting",
  "training_setting",
  "training_course",
  "training_course_behaviour",
  "training_session",
  "training_enrolment",
  "training_record",
  "training_budget",
  "mentoring",
  "mentoring_session",
  "promotion",
  "promotion_document",
  "promotion_transition",
  "ujian_dinas",
  "angka_kredit",
  "position_need",
  "talent_setting",
  "talent_box",
  "talent_assessment",
  "succession_plan",
  "successor",
  "selection",
  "selection_stage",
  "selection_panel_member",
  "selection_candidate",
  "selection_score",
  NULL,
};

static const char *const entity_labels[] = {
  N_ ("Unit"),
  N_ ("Position"),
  N_ ("Employee"),
  N_ ("Rank history"),
  N_ ("Position history"),
  N_ ("Education history"),
  N_ ("Discipline history"),
  N_ ("Award history"),
  N_ ("Account"),
  N_ ("Appraisal"),
  N_ ("Work result"),
  N_ ("Indicator"),
  N_ ("Behaviour expectation"),
  N_ ("Evaluation"),
  N_ ("Result evaluation"),
  N_ ("Behaviour feedback"),
  N_ ("Workflow step"),
  N_ ("360 feedback"),
  N_ ("Organisation result"),
  N_ ("SKM survey"),
  N_ ("PP 46/2011 appraisal"),
  N_ ("Position result template"),
  N_ ("Appraisal cycle"),
  N_ ("Training settings"),
  N_ ("Course"),
  N_ ("Course value"),
  N_ ("Training session"),
  N_ ("Enrolment"),
  N_ ("Training record"),
  N_ ("Training budget"),
  N_ ("Mentoring"),
  N_ ("Mentoring session"),
  N_ ("Promotion"),
  N_ ("Promotion document"),
  N_ ("Promotion step"),
  N_ ("Ujian dinas"),
  N_ ("Angka kredit"),
  N_ ("Position need"),
  N_ ("Talent settings"),
  N_ ("Talent box"),
  N_ ("Potential assessment"),
  N_ ("Succession plan"),
  N_ ("Successor"),
  N_ ("Selection"),
  N_ ("Selection stage"),
  N_ ("Panel member"),
  N_ ("Selection candidate"),
  N_ ("Selection score"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (entities) == G_N_ELEMENTS (entity_labels) + 1);

const char *const *
kr_audit_get_entities (void)
{
  return entities;
}

const char *
kr_audit_entity_get_label (const char *entity)
{
  g_return_val_if_fail (entity != NULL, NULL);

  for (guint i = 0; entities[i] != NULL; i++)
    {
      if (strcmp (entity, entities[i]) == 0)
        return _ (entity_labels[i]);
    }
  return NULL;
}

/* Times: UTC with milliseconds, so that text order is time order. */

static void
format_time (gint64 unix_usec, char text[TIME_SIZE])
{
  time_t seconds = (time_t) (unix_usec / G_USEC_PER_SEC);
  int millis = (int) (unix_usec % G_USEC_PER_SEC / 1000);
  struct tm tm;

  gmtime_r (&seconds, &tm);
  g_snprintf (text, TIME_SIZE, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
              tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, millis);
}

static void
format_date_time (GDateTime *time, char text[TIME_SIZE])
{
  format_time (g_date_time_to_unix (time) * G_USEC_PER_SEC + g_date_time_get_microsecond (time),
               text);
}

/* Hashing: the canonical serialisation of kr-audit.h. */

typedef struct
{
  int type;
  const void *bytes;
  gsize n_bytes;
  gint64 integer;
  double real;
} Value;

static void
value_from_sqlite (Value *value, sqlite3_value *from)
{
  value->type = sqlite3_value_type (from);
  if (value->type == SQLITE_INTEGER)
    value->integer = sqlite3_value_int64 (from);
  else if (value->type == SQLITE_FLOAT)
    value->real = sqlite3_value_double (from);
  else if (value->type == SQLITE_TEXT)
    value->bytes = sqlite3_value_text (from);
  else if (value->type == SQLITE_BLOB)
    value->bytes = sqlite3_value_blob (from);
  value->n_bytes = value->bytes != NULL ? (gsize) sqlite3_value_bytes (from) : 0;
}

static void
value_from_column (Value *value, sqlite3_stmt *stmt, int column)
{
  value->type = sqlite3_column_type (stmt, column);
  if (value->type == SQLITE_INTEGER)
    value->integer = sqlite3_column_int64 (stmt, column);
  else if (value->type == SQLITE_FLOAT)
    value->real = sqlite3_column_double (stmt, column);
  else if (value->type == SQLITE_TEXT)
    value->bytes = sqlite3_column_text (stmt, column);
  else if (value->type == SQLITE_BLOB)
    value->bytes = sqlite3_column_blob (stmt, column);
  value->n_bytes = value->bytes != NULL ? (gsize) sqlite3_column_bytes (stmt, column) : 0;
}

/* Adds "<type letter><length>:<bytes>" for @value. */
static void
hash_value (GChecksum *checksum, const Value *value)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];
  char head[32];
  const void *bytes = value->bytes;
  gsize n_bytes = value->n_bytes;
  char tag;
  int n_head;

  switch (value->type)
    {
    case SQLITE_INTEGER:
      tag = 'i';
      n_bytes = (gsize) g_snprintf (number, sizeof number, "%" G_GINT64_FORMAT, value->integer);
      bytes = number;
      break;
    case SQLITE_FLOAT:
      tag = 'r';
      g_ascii_formatd (number, sizeof number, "%.17g", value->real);
      n_bytes = strlen (number);
      bytes = number;
      break;
    case SQLITE_TEXT:
      tag = 't';
      break;
    case SQLITE_BLOB:
      tag = 'b';
      break;
    case SQLITE_NULL:
    default:
      tag = 'n';
      n_bytes = 0;
      break;
    }
  n_head = g_snprintf (head, sizeof head, "%c%" G_GSIZE_FORMAT ":", tag, n_bytes);
  g_checksum_update (checksum, (const guchar *) head, n_head);
  if (n_bytes > 0)
    g_checksum_update (checksum, bytes, n_bytes);
}

/* Hashes @values with @checksum, which is reset first, so that one serves every record. */
static void
hash_values (GChecksum *checksum, const Value *values, char hash[HASH_LENGTH + 1])
{
  g_checksum_reset (checksum);
  for (guint i = 0; i < N_HASHED; i++)
    hash_value (checksum, &values[i]);
  g_strlcpy (hash, g_checksum_get_string (checksum), HASH_LENGTH + 1);
}

void
_kr_audit_format_now (char text[KR_AUDIT_TIME_SIZE])
{
  format_time (g_get_real_time (), text);
}

static void
value_set_text (Value *value, const char *text, gsize length)
{
  value->type = text != NULL ? SQLITE_TEXT : SQLITE_NULL;
  value->bytes = text;
  value->n_bytes = text != NULL ? length : 0;
}

static void
value_set_integer (Value *value, gint64 integer)
{
  value->type = SQLITE_INTEGER;
  value->integer = integer;
}

void
_kr_audit_hash_insert (GChecksum *checksum,
                       const char *prev_hash,
                       const char *at,
                       KrIdentity *identity,
                       const char *entity,
                       gint64 entity_id,
                       gint64 employee_id,
                       const char *changes,
                       gsize changes_length,
                       char hash[KR_AUDIT_HASH_LENGTH + 1])
{
  /* kr-audit.h's order, as the trigger of audit_append gives them to kr_audit_hash () */
  Value values[N_HASHED] = { { 0 } };
  const char *user_name = identity != NULL ? kr_identity_get_user_name (identity) : NULL;

  value_set_text (&values[0], prev_hash, strlen (prev_hash));
  value_set_text (&values[1], at, strlen (at));
  if (identity != NULL)
    value_set_integer (&values[2], kr_identity_get_account_id (identity));
  else
    values[2].type = SQLITE_NULL;
  value_set_text (&values[3], user_name, user_name != NULL ? strlen (user_name) : 0);
  value_set_text (&values[4], "insert", strlen ("insert"));
  value_set_text (&values[5], entity, strlen (entity));
  value_set_integer (&values[6], entity_id);
  value_set_integer (&values[7], employee_id);
  value_set_text (&values[8], changes, changes_length);
  hash_values (checksum, values, hash);
}

/* SQL functions */

/* What the functions of one connection share. A bulk load calls them for every row, so the
 * checksum is reused and the date and time are formatted once a second. */
typedef struct
{
  KrDatabase *database;
  GChecksum *checksum;
  gint64 second;
  char time[TIME_SIZE];
} Functions;

static void
functions_free (gpointer data)
{
  Functions *functions = data;

  g_checksum_free (functions->checksum);
  g_free (functions);
}

static void
now_function (sqlite3_context *context, int argc, sqlite3_value **argv)
{
  Functions *functions = sqlite3_user_data (context);
  gint64 now = g_get_real_time ();
  char text[TIME_SIZE];

  /* "2026-11-22T09:15:30." is the same for the whole second. */
  if (now / G_USEC_PER_SEC != functions->second)
    {
      format_time (now, functions->time);
      functions->second = now / G_USEC_PER_SEC;
    }
  memcpy (text, functions->time, TIME_SIZE);
  g_snprintf (text + 20, TIME_SIZE - 20, "%03dZ", (int) (now % G_USEC_PER_SEC / 1000));
  sqlite3_result_text (context, text, -1, SQLITE_TRANSIENT);
}

static KrIdentity *
get_identity (sqlite3_context *context)
{
  Functions *functions = sqlite3_user_data (context);

  return kr_database_get_identity (functions->database);
}

static void
account_function (sqlite3_context *context, int argc, sqlite3_value **argv)
{
  KrIdentity *identity = get_identity (context);

  if (identity != NULL)
    sqlite3_result_int64 (context, kr_identity_get_account_id (identity));
  else
    sqlite3_result_null (context);
}

static void
user_function (sqlite3_context *context, int argc, sqlite3_value **argv)
{
  KrIdentity *identity = get_identity (context);

  if (identity != NULL)
    sqlite3_result_text (context, kr_identity_get_user_name (identity), -1, SQLITE_TRANSIENT);
  else
    sqlite3_result_null (context);
}

static void
hash_function (sqlite3_context *context, int argc, sqlite3_value **argv)
{
  Functions *functions = sqlite3_user_data (context);
  Value values[N_HASHED] = { { 0 } };
  char hash[HASH_LENGTH + 1];

  g_assert (argc == N_HASHED);
  for (int i = 0; i < N_HASHED; i++)
    value_from_sqlite (&values[i], argv[i]);
  hash_values (functions->checksum, values, hash);
  sqlite3_result_text (context, hash, HASH_LENGTH, SQLITE_TRANSIENT);
}

gboolean
_kr_audit_register_functions (KrDatabase *database, sqlite3 *db, GError **error)
{
  /* Innocuous: the triggers call them even where the schema is not trusted. Only the hash
   * is deterministic; the others change from statement to statement. */
  static const struct
  {
    const char *name;
    int n_args;
    int flags;
    void (*call) (sqlite3_context *, int, sqlite3_value **);
  } functions[] = {
    { "kr_audit_now", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS, now_function },
    { "kr_audit_account", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS, account_function },
    { "kr_audit_user", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS, user_function },
    { "kr_audit_hash", N_HASHED, SQLITE_UTF8 | SQLITE_INNOCUOUS | SQLITE_DETERMINISTIC,
      hash_function },
  };

  Functions *shared;

  g_return_val_if_fail (KR_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (db != NULL, FALSE);

  shared = g_new0 (Functions, 1);
  shared->database = database;
  shared->checksum = g_checksum_new (G_CHECKSUM_SHA256);
  shared->second = -1;
  for (guint i = 0; i < G_N_ELEMENTS (functions); i++)
    {
      /* The first function owns the shared data: SQLite frees it when the connection closes,
       * or at once when registering it fails. */
      int rc = sqlite3_create_function_v2 (db, functions[i].name, functions[i].n_args,
                                           functions[i].flags, shared, functions[i].call, NULL,
                                           NULL, i == 0 ? functions_free : NULL);

      if (rc != SQLITE_OK)
        {
          _kr_sqlite_set_error (error, db, rc, _ ("Could not open"),
                                kr_database_get_path (database));
          return FALSE;
        }
    }
  return TRUE;
}

/* Reading */

static gboolean
check_schema (KrDatabase *database, GError **error)
{
  g_autofree char *name = NULL;

  if (kr_database_get_schema_version (database) >= AUDIT_SCHEMA_VERSION)
    return TRUE;
  name = g_filename_display_name (kr_database_get_path (database));
  g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
               _ ("“%s” was made by an older Karier and has no audit trail yet; open it for "
                  "writing once to upgrade it"),
               name);
  return FALSE;
}

/* Reads one integer of @sql, with @param bound when it is not 0; 0 for no row. */
static gboolean
query_int (KrDatabase *database, const char *sql, gint64 param, gint64 *value, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (_kr_database_get_handle (database), sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK && param != 0)
    rc = sqlite3_bind_int64 (stmt, 1, param);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  *value = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_finalize (stmt);
  if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    return TRUE;
  _kr_database_set_error (database, error, rc, _ ("Could not read the audit trail of"));
  return FALSE;
}

/* The whole trail needs its own permission; one employee's history is part of the employee. */
static gboolean
check_read (KrDatabase *database, const KrAuditFilter *filter, GError **error)
{
  gint64 unit_id = 0;

  if (filter->employee_id == 0)
    return _kr_database_check (database, KR_PERMISSION_READ_AUDIT, error);
  /* A deleted employee has no unit: a unit head may not read their history. */
  return _kr_database_check (database, KR_PERMISSION_READ_EMPLOYEES, error) &&
         query_int (database, "SELECT unit_id FROM employee WHERE id = ?", filter->employee_id,
                    &unit_id, error) &&
         _kr_database_check_in_scope (database, unit_id, error);
}

static void
bind_text (sqlite3_stmt *stmt, const char *name, const char *value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_text (stmt, index, value, -1, SQLITE_TRANSIENT);
}

static void
bind_int (sqlite3_stmt *stmt, const char *name, gint64 value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_int64 (stmt, index, value);
}

static char *
build_query (const KrAuditFilter *filter)
{
  GString *sql = g_string_new ("SELECT " KR_AUDIT_COLUMNS " FROM audit_log WHERE 1");

  if (filter->employee_id != 0)
    g_string_append (sql, " AND employee_id = :employee_id");
  /* The index of (entity, entity_id) serves one row's history; a whole table is read newest
   * first in id order instead, which a LIMIT stops early, rather than sorted from the index. */
  if (filter->entity != NULL && filter->entity_id != 0)
    g_string_append (sql, " AND entity = :entity AND entity_id = :entity_id");
  else if (filter->entity != NULL)
    g_string_append (sql, " AND +entity = :entity");
  else if (filter->entity_id != 0)
    g_string_append (sql, " AND entity_id = :entity_id");
  if (filter->user_name != NULL)
    g_string_append (sql, " AND user_name = :user_name COLLATE NOCASE");
  if (filter->account_id != 0)
    g_string_append (sql, " AND account_id = :account_id");
  if (filter->action != 0)
    g_string_append (sql, " AND action = :action");
  if (filter->since != NULL)
    g_string_append (sql, " AND at >= :since");
  if (filter->until != NULL)
    g_string_append (sql, " AND at < :until");
  if (filter->before_id != 0)
    g_string_append (sql, " AND id < :before_id");
  g_string_append (sql, " ORDER BY id DESC");
  if (filter->limit != 0)
    g_string_append (sql, " LIMIT :limit");
  return g_string_free (sql, FALSE);
}

static sqlite3_stmt *
prepare_query (KrDatabase *database, const KrAuditFilter *filter, GError **error)
{
  g_autofree char *sql = build_query (filter);
  sqlite3_stmt *stmt = NULL;
  char since[TIME_SIZE], until[TIME_SIZE];
  int rc;

  rc = sqlite3_prepare_v2 (_kr_database_get_handle (database), sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _kr_database_set_error (database, error, rc, _ ("Could not read the audit trail of"));
      sqlite3_finalize (stmt);
      return NULL;
    }
  bind_int (stmt, ":employee_id", filter->employee_id);
  bind_text (stmt, ":entity", filter->entity);
  bind_int (stmt, ":entity_id", filter->entity_id);
  bind_text (stmt, ":user_name", filter->user_name);
  bind_int (stmt, ":account_id", filter->account_id);
  bind_text (stmt, ":action", kr_audit_action_get_code (filter->action));
  if (filter->since != NULL)
    {
      format_date_time (filter->since, since);
      bind_text (stmt, ":since", since);
    }
  if (filter->until != NULL)
    {
      format_date_time (filter->until, until);
      bind_text (stmt, ":until", until);
    }
  bind_int (stmt, ":before_id", filter->before_id);
  bind_int (stmt, ":limit", filter->limit);
  return stmt;
}

gboolean
_kr_audit_run_query (KrDatabase *database,
                     const KrAuditFilter *filter,
                     KrAuditRowFunc func,
                     gpointer user_data,
                     GCancellable *cancellable,
                     GError **error)
{
  static const KrAuditFilter everything = { 0 };
  sqlite3_stmt *stmt;
  gboolean ok = TRUE;
  int rc = SQLITE_OK;

  if (filter == NULL)
    filter = &everything;
  if (!check_schema (database, error) || !check_read (database, filter, error))
    return FALSE;
  stmt = prepare_query (database, filter, error);
  if (stmt == NULL)
    return FALSE;
  while (ok && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    ok =
        !g_cancellable_set_error_if_cancelled (cancellable, error) && func (stmt, user_data, error);
  if (ok && rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      _kr_database_set_error (database, error, rc, _ ("Could not read the audit trail of"));
      ok = FALSE;
    }
  sqlite3_finalize (stmt);
  return ok;
}

typedef struct
{
  KrAuditEntryFunc func;
  gpointer user_data;
} Query;

/* Stopping is not a failure: the row function returns FALSE with no error set. */
static gboolean
give_entry (sqlite3_stmt *stmt, gpointer user_data, GError **error)
{
  Query *query = user_data;
  g_autoptr (KrAuditEntry) entry = _kr_audit_entry_new_from_row (stmt);

  return query->func (entry, query->user_data);
}

gboolean
kr_audit_query (KrDatabase *database,
                const KrAuditFilter *filter,
                KrAuditEntryFunc func,
                gpointer user_data,
                GCancellable *cancellable,
                GError **error)
{
  Query query = { func, user_data };
  g_autoptr (GError) local_error = NULL;

  g_return_val_if_fail (KR_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (_kr_audit_run_query (database, filter, give_entry, &query, cancellable, &local_error))
    return TRUE;
  if (local_error == NULL)
    return TRUE;
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static gboolean
collect_entry (KrAuditEntry *entry, gpointer user_data)
{
  g_ptr_array_add (user_data, g_object_ref (entry));
  return TRUE;
}

GPtrArray *
kr_audit_list (KrDatabase *database, const KrAuditFilter *filter, GError **error)
{
  g_autoptr (GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (KR_IS_DATABASE (database), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!kr_audit_query (database, filter, collect_entry, entries, NULL, error))
    return NULL;
  return g_steal_pointer (&entries);
}

KrAuditEntry *
kr_audit_get_entry (KrDatabase *database, gint64 id, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  KrAuditEntry *entry = NULL;
  int rc;

  g_return_val_if_fail (KR_IS_DATABASE (database), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_schema (database, error) ||
      !_kr_database_check (database, KR_PERMISSION_READ_AUDIT, error))
    return NULL;
  rc = sqlite3_prepare_v2 (_kr_database_get_handle (database),
                           "SELECT " KR_AUDIT_COLUMNS " FROM audit_log WHERE id = ?", -1, &stmt,
                           NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_bind_int64 (stmt, 1, id);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    entry = _kr_audit_entry_new_from_row (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, _ ("There is no audit record %lld"),
                 (long long) id);
  else
    _kr_database_set_error (database, error, rc, _ ("Could not read the audit trail of"));
  sqlite3_finalize (stmt);
  return entry;
}

/* Verification */

typedef struct
{
  GChecksum *checksum;
  gint64 first_broken_id;
  guint64 n_checked;
  gint64 last_id;
  char last_hash[HASH_LENGTH + 1];
} Walk;

/* Whether column @column of @stmt is the text @expected. */
static gboolean
column_is (sqlite3_stmt *stmt, int column, const char *expected)
{
  return sqlite3_column_type (stmt, column) == SQLITE_TEXT &&
         g_strcmp0 ((const char *) sqlite3_column_text (stmt, column), expected) == 0;
}

/* Checks one record: its link to the one before, then its own hash. */
static gboolean
check_record (sqlite3_stmt *stmt, Walk *walk)
{
  /* The hashed values in kr-audit.h's order: prev_hash first, then at … changes. */
  static const int hashed_columns[N_HASHED] = {
    KR_AUDIT_COLUMN_PREV_HASH, KR_AUDIT_COLUMN_AT,          KR_AUDIT_COLUMN_ACCOUNT_ID,
    KR_AUDIT_COLUMN_USER_NAME, KR_AUDIT_COLUMN_ACTION,      KR_AUDIT_COLUMN_ENTITY,
    KR_AUDIT_COLUMN_ENTITY_ID, KR_AUDIT_COLUMN_EMPLOYEE_ID, KR_AUDIT_COLUMN_CHANGES,
  };
  Value values[N_HASHED] = { { 0 } };
  char hash[HASH_LENGTH + 1];

  if (!column_is (stmt, KR_AUDIT_COLUMN_PREV_HASH, walk->last_hash))
    return FALSE;
  for (int i = 0; i < N_HASHED; i++)
    value_from_column (&values[i], stmt, hashed_columns[i]);
  hash_values (walk->checksum, values, hash);
  if (!column_is (stmt, KR_AUDIT_COLUMN_HASH, hash))
    return FALSE;
  memcpy (walk->last_hash, hash, sizeof hash);
  return TRUE;
}

static gboolean
walk_chain (KrDatabase *database, Walk *walk, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (_kr_database_get_handle (database),
                           "SELECT " KR_AUDIT_COLUMNS " FROM audit_log ORDER BY id", -1, &stmt,
                           NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      walk->last_id = sqlite3_column_int64 (stmt, KR_AUDIT_COLUMN_ID);
      if (!check_record (stmt, walk))
        {
          walk->first_broken_id = walk->last_id;
          rc = SQLITE_DONE;
          break;
        }
      walk->n_checked++;
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  _kr_database_set_error (database, error, rc, _ ("Could not read the audit trail of"));
  return FALSE;
}

/* Reads the id and hash of the newest record that audit_state recorded; 0 and "" when it
 * recorded none, or was emptied. */
static gboolean
read_head (KrDatabase *database, gint64 *last_id, char **last_hash, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (_kr_database_get_handle (database),
                           "SELECT last_id, last_hash FROM audit_state WHERE id = 1", -1, &stmt,
                           NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  *last_id = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  *last_hash = g_strdup (rc == SQLITE_ROW && sqlite3_column_text (stmt, 1) != NULL
                             ? (const char *) sqlite3_column_text (stmt, 1)
                             : "");
  sqlite3_finalize (stmt);
  if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    return TRUE;
  g_clear_pointer (last_hash, g_free);
  _kr_database_set_error (database, error, rc, _ ("Could not read the audit trail of"));
  return FALSE;
}

/* A whole chain must end where audit_state says: otherwise names the first record that is
 * missing (the newest were removed) or that the state does not cover (added behind its back),
 * or the newest record when its hash differs. */
static gboolean
check_head (KrDatabase *database, Walk *walk, GError **error)
{
  g_autofree char *head_hash = NULL;
  gint64 head_id;

  if (!read_head (database, &head_id, &head_hash, error))
    return FALSE;
  if (head_id == walk->last_id && strcmp (head_hash, walk->last_hash) == 0)
    return TRUE;
  if (head_id == walk->last_id)
    walk->first_broken_id = head_id;
  else
    walk->first_broken_id = MIN (head_id, walk->last_id) + 1;
  return TRUE;
}

gboolean
kr_audit_verify (KrDatabase *database, gint64 *first_broken_id, guint64 *n_checked, GError **error)
{
  sqlite3 *db;
  Walk walk = { 0 };
  gboolean own_transaction, ok;

  g_return_val_if_fail (KR_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_schema (database, error))
    return FALSE;
  /* One read transaction, so that a record added meanwhile by another connection cannot
   * look like one missing from the state, or the other way round. */
  db = _kr_database_get_handle (database);
  own_transaction = sqlite3_get_autocommit (db);
  if (own_transaction && sqlite3_exec (db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
    {
      _kr_database_set_error (database, error, sqlite3_errcode (db),
                              _ ("Could not read the audit trail of"));
      return FALSE;
    }
  walk.checksum = g_checksum_new (G_CHECKSUM_SHA256);
  ok = walk_chain (database, &walk, error) &&
       (walk.first_broken_id != 0 || check_head (database, &walk, error));
  g_checksum_free (walk.checksum);
  if (own_transaction)
    sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  if (!ok)
    return FALSE;
  if (first_broken_id != NULL)
    *first_broken_id = walk.first_broken_id;
  if (n_checked != NULL)
    *n_checked = walk.n_checked;
  return TRUE;
}

char *
kr_audit_dup_head (KrDatabase *database, gint64 *last_id, GError **error)
{
  char *hash = NULL;
  gint64 id = 0;

  g_return_val_if_fail (KR_IS_DATABASE (database), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_schema (database, error) || !read_head (database, &id, &hash, error))
    return NULL;
  if (last_id != NULL)
    *last_id = id;
  return hash;
}
