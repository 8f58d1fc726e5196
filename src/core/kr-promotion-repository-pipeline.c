/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-promotion-repository"

#include "config.h"

#include <string.h>

#include "kr-promotion-repository-private.h"

#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-text.h"

/* The pipeline: proposals, their checklists and transitions, pertek, decree, and the rank
 * history row made when a proposal becomes effective — each write one transaction. */

#define PROMOTION_COLUMNS                                                                          \
  "SELECT pr.id, pr.employee_id, pr.kind, pr.period, pr.from_golongan, pr.from_tmt, "              \
  "pr.to_golongan, pr.stage, pr.pertek_number, pr.pertek_date, pr.sk_number, pr.sk_date, pr.tmt, " \
  "pr.notes, pr.rank_history_id, e.nip, e.name, e.title_front, e.title_back, u.name, p.name, "     \
  "e.tmt_cpns, (SELECT count(*) FROM promotion_document d WHERE d.promotion_id = pr.id), "         \
  "(SELECT count(*) FROM promotion_document d WHERE d.promotion_id = pr.id AND d.done = 1) "       \
  "FROM promotion pr JOIN employee e ON e.id = pr.employee_id LEFT JOIN unit u ON "                \
  "u.id = e.unit_id LEFT JOIN position p ON p.id = e.position_id "

#define PROMOTION_WHERE                                                                            \
  "WHERE (?1 IS NULL OR pr.stage = ?1) AND (?2 IS NULL OR pr.period = ?2) "                        \
  "AND " KR_PROMOTION_UNIT_FILTER (                                                                \
      "?3", "?4",                                                                                  \
      "?5") " AND (?6 IS NULL OR e.name LIKE ?6 || '%' ESCAPE '\\' OR e.nip LIKE ?6 || '%' "       \
            "ESCAPE '\\')"

static const char sql_count[] =
    "SELECT count(*) FROM promotion pr JOIN employee e ON e.id = pr.employee_id " PROMOTION_WHERE;
static const char sql_list[] = PROMOTION_COLUMNS PROMOTION_WHERE
    " ORDER BY pr.period, u.name, pr.from_golongan DESC, e.name, pr.id LIMIT ?7 OFFSET ?8";
static const char sql_get[] = PROMOTION_COLUMNS "WHERE pr.id = ?1";
static const char sql_employee_list[] =
    PROMOTION_COLUMNS "WHERE pr.employee_id = ?1 ORDER BY pr.period DESC, pr.id DESC";
/* A proposal of the same period, or one still open in another: one KP at a time */
static const char sql_open[] =
    "SELECT period FROM promotion WHERE employee_id = ?1 AND stage <> 'cancelled' AND (period = "
    "?2 OR stage <> 'effective') ORDER BY period = ?2 DESC LIMIT 1";
static const char sql_insert[] =
    "INSERT INTO promotion (employee_id, kind, period, from_golongan, from_tmt, to_golongan, "
    "notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
static const char sql_insert_document[] =
    "INSERT INTO promotion_document (promotion_id, code, position) VALUES (?1, ?2, ?3)";
static const char sql_transition[] =
    "INSERT INTO promotion_transition (promotion_id, from_stage, to_stage, at, account_id, "
    "user_name, reason) VALUES (?1, ?2, ?3, kr_audit_now (), kr_audit_account (), "
    "kr_audit_user (), ?4)";
static const char sql_set_stage[] = "UPDATE promotion SET stage = ?2 WHERE id = ?1 AND stage = ?3";
static const char sql_set_pertek[] =
    "UPDATE promotion SET pertek_number = ?2, pertek_date = ?3, stage = 'pertek' WHERE id = ?1";
static const char sql_set_decree[] =
    "UPDATE promotion SET sk_number = ?2, sk_date = ?3, tmt = ?4, stage = 'decree' WHERE id = ?1";
static const char sql_insert_rank[] =
    "INSERT INTO rank_history (employee_id, golongan, promotion_kind, tmt, sk_number, sk_date) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
static const char sql_set_rank[] = "UPDATE promotion SET rank_history_id = ?2 WHERE id = ?1";
static const char sql_set_notes[] = "UPDATE promotion SET notes = ?2 WHERE id = ?1";
static const char sql_documents[] =
    "SELECT id, promotion_id, code, done, note FROM promotion_document WHERE promotion_id = ?1 "
    "ORDER BY position";
static const char sql_document[] = "SELECT promotion_id FROM promotion_document WHERE id = ?";
static const char sql_set_document[] =
    "UPDATE promotion_document SET done = ?2, note = ?3 WHERE id = ?1";
static const char sql_transitions[] =
    "SELECT id, promotion_id, from_stage, to_stage, at, user_name, reason FROM "
    "promotion_transition WHERE promotion_id = ?1 ORDER BY id";

static char *
full_name (const char *front, const char *name, const char *back)
{
  GString *s = g_string_new (NULL);

  if (front != NULL && *front != '\0')
    g_string_append_printf (s, "%s ", front);
  g_string_append (s, name != NULL ? name : "");
  if (back != NULL && *back != '\0')
    g_string_append_printf (s, ", %s", back);
  return g_string_free (s, FALSE);
}

static KrPromotion *
read_promotion (sqlite3_stmt *stmt)
{
  KrPromotion *p = g_new0 (KrPromotion, 1);
  GDate cpns;

  p->id = sqlite3_column_int64 (stmt, 0);
  p->employee_id = sqlite3_column_int64 (stmt, 1);
  kr_kp_kind_from_code ((const char *) sqlite3_column_text (stmt, 2), &p->kind);
  _kr_column_date (stmt, 3, &p->period);
  kr_rank_from_code ((guint) sqlite3_column_int (stmt, 4), &p->from_rank);
  _kr_column_date (stmt, 5, &p->from_tmt);
  kr_rank_from_code ((guint) sqlite3_column_int (stmt, 6), &p->to_rank);
  kr_promotion_stage_from_code ((const char *) sqlite3_column_text (stmt, 7), &p->stage);
  p->pertek_number = _kr_column_dup_text (stmt, 8);
  _kr_column_date (stmt, 9, &p->pertek_date);
  p->sk_number = _kr_column_dup_text (stmt, 10);
  _kr_column_date (stmt, 11, &p->sk_date);
  _kr_column_date (stmt, 12, &p->tmt);
  p->notes = _kr_column_dup_text (stmt, 13);
  p->rank_history_id = sqlite3_column_int64 (stmt, 14);
  p->nip = _kr_column_dup_text (stmt, 15);
  p->name = full_name ((const char *) sqlite3_column_text (stmt, 17),
                       (const char *) sqlite3_column_text (stmt, 16),
                       (const char *) sqlite3_column_text (stmt, 18));
  p->unit_name = _kr_column_dup_text (stmt, 19);
  p->position_name = _kr_column_dup_text (stmt, 20);
  _kr_column_date (stmt, 21, &cpns);
  kr_promotion_service_between (&cpns, &p->period, &p->service_years, &p->service_months);
  p->n_documents = (guint) sqlite3_column_int (stmt, 22);
  p->n_documents_done = (guint) sqlite3_column_int (stmt, 23);
  return p;
}

static void
bind_query (KrPromotionRepository *self, sqlite3_stmt *stmt, const KrPromotionQuery *query)
{
  g_autofree char *search = _kr_like_escape (query->search);

  if (query->stage >= 0 && query->stage < KR_N_PROMOTION_STAGES)
    sqlite3_bind_text (stmt, 1, kr_promotion_stage_get_code (query->stage), -1, SQLITE_STATIC);
  _kr_bind_date (stmt, 2, query->period);
  sqlite3_bind_int64 (stmt, 3, _kr_database_get_scope_unit (self->database));
  sqlite3_bind_int64 (stmt, 4, query->unit_id);
  sqlite3_bind_int (stmt, 5, query->subtree ? 1 : 0);
  _kr_bind_text (stmt, 6, search);
}

gboolean
kr_promotion_repository_count_promotions (KrPromotionRepository *self,
                                          const KrPromotionQuery *query,
                                          guint *n_rows,
                                          GError **error)
{
  g_auto (KrStmt) stmt = NULL;

  g_return_val_if_fail (KR_IS_PROMOTION_REPOSITORY (self), FALSE);
  g_return_val_if_fail (query != NULL && n_rows != NULL, FALSE);

  *n_rows = 0;
  if (!_kr_promotion_check_read (self, error))
    return FALSE;
  stmt = _kr_statements_get (self->statements, sql_count, error);
  if (stmt == NULL)
    return FALSE;
  bind_query (self, stmt, query);
  if (_kr_promotion_step (self, stmt, error) != SQLITE_ROW)
    return FALSE;
  *n_rows = (guint) sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

static GPtrArray *
collect (KrPromotionRepository *self, sqlite3_stmt *stmt, GError **error)
{
  g_autoptr (GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_promotion_free);
  int rc;

  while ((rc = _kr_promotion_step (self, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (list, read_promotion (stmt));
  return rc == SQLITE_DONE ? g_steal_pointer (&list) : NULL;
}

GPtrArray *
kr_promotion_repository_list_promotions (KrPromotionRepository *self,
                                         const KrPromotionQuery *query,
                                         guint offset,
                                         guint limit,
                                         GError **error)
{
  g_auto (KrStmt) stmt = NULL;

  g_return_val_if_fail (KR_IS_PROMOTION_REPOSITORY (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  if (!_kr_promotion_check_read (self, error))
    return NULL;
  stmt = _kr_statements_get (self->statements, sql_list, error);
  if (stmt == NULL)
    return NULL;
  bind_query (self, stmt, query);
  sqlite3_bind_int64 (stmt, 7, limit);
  sqlite3_bind_int64 (stmt, 8, offset);
  return collect (self, stmt, error);
}

/* Without the permission checks */
static KrPromotion *
load (KrPromotionRepository *self, gint64 id, GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_get, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = _kr_promotion_step (self, stmt, error);
  if (rc == SQLITE_ROW)
    return read_promotion (stmt);
  if (rc == SQLITE_DONE)
    g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, _ ("Promotion: no proposal with id %lld"),
                 (long long) id);
  return NULL;
}

KrPromotion *
kr_promotion_repository_get_promotion (KrPromotionRepository *self, gint64 id, GError **error)
{
  g_autoptr (KrPromotion) p = NULL;

  g_return_val_if_fail (KR_IS_PROMOTION_REPOSITORY (self), NULL);

  if (!_kr_promotion_check_read (self, error))
    return NULL;
  p = load (self, id, error);
  if (p == NULL || !_kr_promotion_check_read_employee (self, p->employee_id, error))
    return NULL;
  return g_steal_pointer (&p);
}

GPtrArray *
kr_promotion_repository_list_employee_promotions (KrPromotionRepository *self,
                                                  gint64 employee_id,
                                                  GError **error)
{
  g_auto (KrStmt) stmt = NULL;

  g_return_val_if_fail (KR_IS_PROMOTION_REPOSITORY (self), NULL);

  if (!_kr_promotion_check_read_employee (self, employee_id, error))
    return NULL;
  stmt = _kr_statements_get (self->statements, sql_employee_list, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, employee_id);
  return collect (self, stmt, error);
}

static gboolean
add_transition (KrPromotionRepository *self,
                gint64 id,
                KrPromotionStage from,
                KrPromotionStage to,
                const char *reason,
                GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_transition, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, kr_promotion_stage_get_code (from), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, kr_promotion_stage_get_code (to), -1, SQLITE_STATIC);
  _kr_bind_text (stmt, 4, reason);
  return _kr_promotion_run (self, stmt, error);
}

gboolean
kr_promotion_repository_propose (KrPromotionRepository *self,
                                 gint64 employee_id,
                                 KrKpKind kind,
                                 const GDate *period,
                                 const char *notes,
                                 gint64 *id,
                                 GError **error)
{
  g_autoptr (KrPromotionVerdict) verdict = NULL;
  g_autoptr (GArray) sanctions = g_array_new (FALSE, TRUE, sizeof (KrPromotionSanction));
  g_autofree char *clean_notes = notes != NULL ? g_strstrip (g_strdup (notes)) : NULL;
  const KrPromotionDocumentItem *items;
  KrPromotionFacts facts;
  gint64 new_id = 0;
  int rc;
  guint n_items;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_PROMOTION_REPOSITORY (self), FALSE);

  if (!_kr_promotion_check_write (self, error) ||
      !_kr_promotion_check_read_employee (self, employee_id, error) ||
      !kr_text_check_length (clean_notes, KR_TEXT_MAX_NOTE, _ ("Notes"), error))
    return FALSE;
  if ((guint) kind >= KR_N_KP_KINDS)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Kind: choose the kind of promotion"));
      return FALSE;
    }
  if (period == NULL || !g_date_valid (period))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Period: enter a valid date"));
      return FALSE;
    }
  if (!_kr_promotion_load_facts (self, employee_id, period, &facts, sanctions, error))
    return FALSE;
  facts.kind = kind;
  verdict = kr_promotion_evaluate (&facts, period);
  if (verdict->verdict != KR_PROMOTION_ELIGIBLE)
    {
      /* TRANSLATORS: "Not eligible for Regular on 2026-04-01: 4 years in rank needed; …" */
      char text[KR_DATE_ISO_LENGTH + 1];

      kr_date_format_iso_buf (period, text);
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Not eligible for %s on %s: %s"),
                   kr_kp_kind_get_label (kind), text, kr_promotion_verdict_get_summary (verdict));
      return FALSE;
    }
  {
    g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_open, error);

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, employee_id);
    _kr_bind_date (stmt, 2, period);
    rc = _kr_promotion_step (self, stmt, error);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
      return FALSE;
    if (rc == SQLITE_ROW)
      {
        GDate other;

        _kr_column_date (stmt, 0, &other);
        if (g_date_valid (&other) && g_date_compare (&other, period) == 0)
          g_set_error (error, KR_ERROR, KR_ERROR_CONFLICT,
                       _ ("Period: the employee already has a proposal for this period"));
        else
          /* TRANSLATORS: %s is the period date of the other proposal */
          g_set_error (error, KR_ERROR, KR_ERROR_CONFLICT,
                       _ ("Period: the employee has an open proposal for %s; finish or cancel "
                          "it first"),
                       (const char *) sqlite3_column_text (stmt, 0));
        return FALSE;
      }
  }

  if (!_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  {
    g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_insert, error);

    ok = stmt != NULL;
    if (ok)
      {
        sqlite3_bind_int64 (stmt, 1, employee_id);
        sqlite3_bind_text (stmt, 2, kr_kp_kind_get_code (kind), -1, SQLITE_STATIC);
        _kr_bind_date (stmt, 3, period);
        sqlite3_bind_int (stmt, 4, (int) kr_rank_get_code (facts.rank));
        _kr_bind_date (stmt, 5, &facts.rank_tmt);
        sqlite3_bind_int (stmt, 6, (int) kr_rank_get_code (verdict->to_rank));
        _kr_bind_text (stmt, 7, clean_notes);
        ok = _kr_promotion_run (self, stmt, error);
        new_id = _kr_statements_last_insert_id (self->statements);
      }
  }
  items = kr_promotion_documents_for_kind (kind, &n_items);
  for (guint i = 0; ok && i < n_items; i++)
    {
      g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_insert_document, error);

      ok = stmt != NULL;
      if (!ok)
        break;
      sqlite3_bind_int64 (stmt, 1, new_id);
      sqlite3_bind_text (stmt, 2, items[i].code, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 3, (int) i);
      ok = _kr_promotion_run (self, stmt, error);
    }
  ok = ok && add_transition (self, new_id, KR_PROMOTION_STAGE_CANDIDATE,
                             KR_PROMOTION_STAGE_CANDIDATE, NULL, error);
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  if (id != NULL)
    *id = new_id;
  _kr_promotion_repository_emit_changed (self, KR_PROMOTION_CHANGE_PROMOTIONS |
                                                   KR_PROMOTION_CHANGE_DOCUMENTS);
  return TRUE;
}

/* Inside a transaction: stage @p->stage → @to, with its transition and, for effective, the
 * rank history row. */
static gboolean
set_stage (KrPromotionRepository *self,
           const KrPromotion *p,
           KrPromotionStage to,
           const char *reason,
           GError **error)
{
  {
    g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_set_stage, error);

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, p->id);
    sqlite3_bind_text (stmt, 2, kr_promotion_stage_get_code (to), -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 3, kr_promotion_stage_get_code (p->stage), -1, SQLITE_STATIC);
    if (!_kr_promotion_run (self, stmt, error))
      return FALSE;
  }
  if (!add_transition (self, p->id, p->stage, to, reason, error))
    return FALSE;
  if (to == KR_PROMOTION_STAGE_EFFECTIVE)
    {
      gint64 rank_id;

      {
        g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_insert_rank, error);

        if (stmt == NULL)
          return FALSE;
        sqlite3_bind_int64 (stmt, 1, p->employee_id);
        sqlite3_bind_int (stmt, 2, (int) kr_rank_get_code (p->to_rank));
        sqlite3_bind_text (
            stmt, 3,
            _kr_enum_get_code (KR_TYPE_PROMOTION_KIND, kr_kp_kind_to_promotion_kind (p->kind)), -1,
            SQLITE_STATIC);
        _kr_bind_date (stmt, 4, &p->tmt);
        _kr_bind_text (stmt, 5, p->sk_number);
        _kr_bind_date (stmt, 6, &p->sk_date);
        if (!_kr_promotion_run (self, stmt, error))
          return FALSE;
        rank_id = _kr_statements_last_insert_id (self->statements);
      }
      {
        g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_set_rank, error);

        if (stmt == NULL)
          return FALSE;
        sqlite3_bind_int64 (stmt, 1, p->id);
        sqlite3_bind_int64 (stmt, 2, rank_id);
        if (!_kr_promotion_run (self, stmt, error))
          return FALSE;
      }
    }
  return TRUE;
}

static gboolean
check_move (const KrPromotion *p, KrPromotionStage to, const char *reason, GError **error)
{
  GDate today;

  if ((guint) to >= KR_N_PROMOTION_STAGES || !kr_promotion_stage_can_move (p->stage, to))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Stage: a proposal at %s cannot move to %s"),
                   kr_promotion_stage_get_label (p->stage),
                   (guint) to < KR_N_PROMOTION_STAGES ? kr_promotion_stage_get_label (to) : "?");
      return FALSE;
    }
  if (kr_promotion_stage_move_needs_reason (p->stage, to) && (reason == NULL || *reason == '\0'))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Reason: say why the proposal moves to %s"),
                   kr_promotion_stage_get_label (to));
      return FALSE;
    }
  if (!kr_text_check_length (reason, KR_TEXT_MAX_NOTE, _ ("Reason"), error))
    return FALSE;
  if (to == KR_PROMOTION_STAGE_DOCUMENTS_COMPLETE && p->n_documents_done < p->n_documents)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Documents: %u of %u documents are at hand; tick every one first"),
                   p->n_documents_done, p->n_documents);
      return FALSE;
    }
  if (to == KR_PROMOTION_STAGE_PERTEK && p->pertek_number == NULL)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Technical approval: record the pertek number and date"));
      return FALSE;
    }
  if (to == KR_PROMOTION_STAGE_DECREE && (p->sk_number == NULL || !g_date_valid (&p->tmt)))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Decree: record the SK number, date and TMT"));
      return FALSE;
    }
  _kr_promotion_today (&today);
  if (to == KR_PROMOTION_STAGE_EFFECTIVE && g_date_compare (&p->tmt, &today) > 0)
    {
      char text[KR_DATE_ISO_LENGTH + 1];

      kr_date_format_iso_buf (&p->tmt, text);
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("TMT: the decree takes effect only on %s"),
                   text);
      return FALSE;
    }
  return TRUE;
}

static KrPromotion *
load_for_write (KrPromotionRepository *self, gint64 id, GError **error)
{
  g_autoptr (KrPromotion) p = NULL;

  if (!_kr_promotion_check_write (self, error))
    return NULL;
  p = load (self, id, error);
  if (p == NULL || !_kr_promotion_check_read_employee (self, p->employee_id, error))
    return NULL;
  return g_steal_pointer (&p);
}

static guint
change_for (KrPromotionStage to)
{
  return KR_PROMOTION_CHANGE_PROMOTIONS |
         (to == KR_PROMOTION_STAGE_EFFECTIVE ? KR_PROMOTION_CHANGE_RANKS : 0);
}

gboolean
kr_promotion_repository_move (KrPromotionRepository *self,
                              gint64 id,
                              KrPromotionStage to,
                              const char *reason,
                              GError **error)
{
  g_autoptr (KrPromotion) p = NULL;
  g_autofree char *clean = reason != NULL ? g_strstrip (g_strdup (reason)) : NULL;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_PROMOTION_REPOSITORY (self), FALSE);

  p = load_for_write (self, id, error);
  if (p == NULL || !check_move (p, to, clean, error))
    return FALSE;
  if (!_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  ok = set_stage (self, p, to, clean != NULL && *clean != '\0' ? clean : NULL, error);
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  _kr_promotion_repository_emit_changed (self, change_for (to));
  return TRUE;
}

/* The numbers of a pertek or a decree, and the dates of the forms: real dates from 1900 to 2200
 * (the TMT of a kind without periods), as for the training forms. */
#define MIN_YEAR 1900
#define MAX_YEAR 2200

static gboolean
check_number_date (const char *number,
                   const GDate *date,
                   const char *number_field,
                   const char *date_field,
                   GError **error)
{
  GDate today;

  if (number == NULL || *number == '\0')
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("%s: enter the number"), number_field);
      return FALSE;
    }
  if (!g_utf8_validate (number, -1, NULL) || strpbrk (number, "\t\n\r") != NULL)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("%s: write the number on one line"),
                   number_field);
      return FALSE;
    }
  if (!kr_text_check_length (number, KR_TEXT_MAX_CODE, number_field, error))
    return FALSE;
  if (date == NULL || !g_date_valid (date))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("%s: enter a valid date"), date_field);
      return FALSE;
    }
  if (g_date_get_year (date) < MIN_YEAR)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("%s: enter a date from %d on"), date_field,
                   MIN_YEAR);
      return FALSE;
    }
  _kr_promotion_today (&today);
  if (g_date_compare (date, &today) > 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("%s: the date is in the future"),
                   date_field);
      return FALSE;
    }
  return TRUE;
}

gboolean
kr_promotion_repository_record_pertek (KrPromotionRepository *self,
                                       gint64 id,
                                       const char *number,
                                       const GDate *date,
                                       GError **error)
{
  g_autoptr (KrPromotion) p = NULL;
  g_autofree char *clean = number != NULL ? g_strstrip (g_strdup (number)) : NULL;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_PROMOTION_REPOSITORY (self), FALSE);

  p = load_for_write (self, id, error);
  if (p == NULL || !check_number_date (clean, date, _ ("Pertek number"), _ ("Pertek date"), error))
    return FALSE;
  if (p->stage != KR_PROMOTION_STAGE_PROPOSED)
    {
      g_set_error (
          error, KR_ERROR, KR_ERROR_INVALID,
          _ ("Stage: a technical approval is recorded for a proposed promotion, not one at "
             "%s"),
          kr_promotion_stage_get_label (p->stage));
      return FALSE;
    }
  if (!_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  {
    g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_set_pertek, error);

    ok = stmt != NULL;
    if (ok)
      {
        sqlite3_bind_int64 (stmt, 1, id);
        _kr_bind_text (stmt, 2, clean);
        _kr_bind_date (stmt, 3, date);
        ok = _kr_promotion_run (self, stmt, error);
      }
  }
  ok = ok && add_transition (self, id, p->stage, KR_PROMOTION_STAGE_PERTEK, NULL, error);
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  _kr_promotion_repository_emit_changed (self, KR_PROMOTION_CHANGE_PROMOTIONS);
  return TRUE;
}

gboolean
kr_promotion_repository_record_decree (KrPromotionRepository *self,
                                       gint64 id,
                                       const char *sk_number,
                                       const GDate *sk_date,
                                       const GDate *tmt,
                                       GError **error)
{
  g_autoptr (KrPromotion) p = NULL;
  g_autofree char *clean = sk_number != NULL ? g_strstrip (g_strdup (sk_number)) : NULL;
  gboolean own, ok, allowed, effective;
  GDate today;

  g_return_val_if_fail (KR_IS_PROMOTION_REPOSITORY (self), FALSE);

  p = load_for_write (self, id, error);
  if (p == NULL || !check_number_date (clean, sk_date, _ ("SK number"), _ ("SK date"), error))
    return FALSE;
  if (tmt == NULL || !g_date_valid (tmt))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("TMT: enter a valid date"));
      return FALSE;
    }
  if (g_date_get_year (tmt) < MIN_YEAR || g_date_get_year (tmt) > MAX_YEAR)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("TMT: enter a date from %d to %d"),
                   MIN_YEAR, MAX_YEAR);
      return FALSE;
    }
  if (kr_kp_kind_uses_periods (p->kind) && !kr_kp_period_is_valid (tmt))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("TMT: not a KP period date of the regulation in force on that day"));
      return FALSE;
    }
  allowed =
      p->stage == KR_PROMOTION_STAGE_PERTEK ||
      (!kr_kp_kind_uses_periods (p->kind) && (p->stage == KR_PROMOTION_STAGE_DOCUMENTS_COMPLETE ||
                                              p->stage == KR_PROMOTION_STAGE_PROPOSED));
  if (!allowed)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Stage: a decree is recorded after the technical approval, not at %s"),
                   kr_promotion_stage_get_label (p->stage));
      return FALSE;
    }
  if (!_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  {
    g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_set_decree, error);

    ok = stmt != NULL;
    if (ok)
      {
        sqlite3_bind_int64 (stmt, 1, id);
        _kr_bind_text (stmt, 2, clean);
        _kr_bind_date (stmt, 3, sk_date);
        _kr_bind_date (stmt, 4, tmt);
        ok = _kr_promotion_run (self, stmt, error);
      }
  }
  ok = ok && add_transition (self, id, p->stage, KR_PROMOTION_STAGE_DECREE, NULL, error);
  _kr_promotion_today (&today);
  effective = g_date_compare (tmt, &today) <= 0;
  if (ok && effective)
    {
      p->stage = KR_PROMOTION_STAGE_DECREE;
      g_free (p->sk_number);
      p->sk_number = g_strdup (clean);
      p->sk_date = *sk_date;
      p->tmt = *tmt;
      ok = set_stage (self, p, KR_PROMOTION_STAGE_EFFECTIVE, NULL, error);
    }
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  _kr_promotion_repository_emit_changed (
      self, change_for (effective ? KR_PROMOTION_STAGE_EFFECTIVE : KR_PROMOTION_STAGE_DECREE));
  return TRUE;
}

gboolean
kr_promotion_repository_set_notes (KrPromotionRepository *self,
                                   gint64 id,
                                   const char *notes,
                                   GError **error)
{
  g_autoptr (KrPromotion) p = NULL;
  g_autofree char *clean = notes != NULL ? g_strstrip (g_strdup (notes)) : NULL;
  g_auto (KrStmt) stmt = NULL;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_PROMOTION_REPOSITORY (self), FALSE);

  p = load_for_write (self, id, error);
  if (p == NULL || !kr_text_check_length (clean, KR_TEXT_MAX_NOTE, _ ("Notes"), error))
    return FALSE;
  if (p->stage == KR_PROMOTION_STAGE_EFFECTIVE || p->stage == KR_PROMOTION_STAGE_CANCELLED)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Notes: the proposal is %s"),
                   kr_promotion_stage_get_label (p->stage));
      return FALSE;
    }
  stmt = _kr_statements_get (self->statements, sql_set_notes, error);
  if (stmt == NULL || !_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  _kr_bind_text (stmt, 2, clean);
  ok = _kr_promotion_run (self, stmt, error);
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  _kr_promotion_repository_emit_changed (self, KR_PROMOTION_CHANGE_PROMOTIONS);
  return TRUE;
}

GPtrArray *
kr_promotion_repository_list_documents (KrPromotionRepository *self,
                                        gint64 promotion_id,
                                        GError **error)
{
  g_autoptr (KrPromotion) p = NULL;
  g_autoptr (GPtrArray) list = NULL;
  g_auto (KrStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KR_IS_PROMOTION_REPOSITORY (self), NULL);

  p = kr_promotion_repository_get_promotion (self, promotion_id, error);
  if (p == NULL)
    return NULL;
  stmt = _kr_statements_get (self->statements, sql_documents, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, promotion_id);
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_promotion_document_free);
  while ((rc = _kr_promotion_step (self, stmt, error)) == SQLITE_ROW)
    {
      KrPromotionDocument *d = g_new0 (KrPromotionDocument, 1);

      d->id = sqlite3_column_int64 (stmt, 0);
      d->promotion_id = sqlite3_column_int64 (stmt, 1);
      d->code = _kr_column_dup_text (stmt, 2);
      d->done = sqlite3_column_int (stmt, 3) != 0;
      d->note = _kr_column_dup_text (stmt, 4);
      g_ptr_array_add (list, d);
    }
  return rc == SQLITE_DONE ? g_steal_pointer (&list) : NULL;
}

gboolean
kr_promotion_repository_set_document (KrPromotionRepository *self,
                                      gint64 document_id,
                                      gboolean done,
                                      const char *note,
                                      GError **error)
{
  g_autoptr (KrPromotion) p = NULL;
  g_autofree char *clean = note != NULL ? g_strstrip (g_strdup (note)) : NULL;
  gint64 promotion_id = 0;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_PROMOTION_REPOSITORY (self), FALSE);

  if (!_kr_promotion_check_write (self, error) ||
      !kr_text_check_length (clean, KR_TEXT_MAX_NOTE, _ ("Note"), error) ||
      !_kr_statements_count (self->statements, sql_document, document_id, &promotion_id, error))
    return FALSE;
  if (promotion_id == 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, _ ("Document: no such checklist item"));
      return FALSE;
    }
  p = load_for_write (self, promotion_id, error);
  if (p == NULL)
    return FALSE;
  if (p->stage != KR_PROMOTION_STAGE_CANDIDATE && p->stage != KR_PROMOTION_STAGE_DOCUMENTS_COMPLETE)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Document: the checklist is closed once the promotion is proposed"));
      return FALSE;
    }
  if (!_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  {
    g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_set_document, error);

    ok = stmt != NULL;
    if (ok)
      {
        sqlite3_bind_int64 (stmt, 1, document_id);
        sqlite3_bind_int (stmt, 2, done ? 1 : 0);
        _kr_bind_text (stmt, 3, clean);
        ok = _kr_promotion_run (self, stmt, error);
      }
  }
  if (ok && !done && p->stage == KR_PROMOTION_STAGE_DOCUMENTS_COMPLETE)
    ok = set_stage (self, p, KR_PROMOTION_STAGE_CANDIDATE, _ ("A document is no longer at hand"),
                    error);
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  _kr_promotion_repository_emit_changed (self, KR_PROMOTION_CHANGE_DOCUMENTS |
                                                   KR_PROMOTION_CHANGE_PROMOTIONS);
  return TRUE;
}

GPtrArray *
kr_promotion_repository_list_transitions (KrPromotionRepository *self,
                                          gint64 promotion_id,
                                          GError **error)
{
  g_autoptr (KrPromotion) p = NULL;
  g_autoptr (GPtrArray) list = NULL;
  g_auto (KrStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KR_IS_PROMOTION_REPOSITORY (self), NULL);

  p = kr_promotion_repository_get_promotion (self, promotion_id, error);
  if (p == NULL)
    return NULL;
  stmt = _kr_statements_get (self->statements, sql_transitions, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, promotion_id);
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_promotion_transition_free);
  while ((rc = _kr_promotion_step (self, stmt, error)) == SQLITE_ROW)
    {
      KrPromotionTransition *t = g_new0 (KrPromotionTransition, 1);

      t->id = sqlite3_column_int64 (stmt, 0);
      t->promotion_id = sqlite3_column_int64 (stmt, 1);
      kr_promotion_stage_from_code ((const char *) sqlite3_column_text (stmt, 2), &t->from_stage);
      kr_promotion_stage_from_code ((const char *) sqlite3_column_text (stmt, 3), &t->to_stage);
      t->at = _kr_column_dup_text (stmt, 4);
      t->user_name = _kr_column_dup_text (stmt, 5);
      t->reason = _kr_column_dup_text (stmt, 6);
      g_ptr_array_add (list, t);
    }
  return rc == SQLITE_DONE ? g_steal_pointer (&list) : NULL;
}
