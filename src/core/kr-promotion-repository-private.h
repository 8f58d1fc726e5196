/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-promotion-repository.h"
#include "kr-repository-private.h"

G_BEGIN_DECLS

/* Shared by the files of the promotion repository:
 * - kr-promotion-repository.c: the object, these helpers, ujian dinas and angka kredit;
 * - -candidates.c: the facts of an employee, evaluation, candidates of a period;
 * - -pipeline.c: proposals, their checklist, moves, pertek, decree → rank history;
 * - -retirement.c: the retirement list. */

struct _KrPromotionRepository
{
  GObject parent_instance;

  KrDatabase *database;
  KrStatements *statements;
};

void _kr_promotion_repository_emit_changed (KrPromotionRepository *self, KrPromotionChange mask);

/* KR_PERMISSION_READ_EMPLOYEES */
gboolean _kr_promotion_check_read (KrPromotionRepository *self, GError **error);
/* KR_PERMISSION_READ_EMPLOYEES and the employee in a unit head's scope */
gboolean
_kr_promotion_check_read_employee (KrPromotionRepository *self, gint64 employee_id, GError **error);
/* KR_PERMISSION_WRITE_PROMOTIONS */
gboolean _kr_promotion_check_write (KrPromotionRepository *self, GError **error);

int _kr_promotion_step (KrPromotionRepository *self, sqlite3_stmt *stmt, GError **error);
gboolean _kr_promotion_run (KrPromotionRepository *self, sqlite3_stmt *stmt, GError **error);

/* Reads the facts of one employee for @period; @sanctions (element-type KrPromotionSanction)
 * holds what facts->sanctions points at and must live as long. */
gboolean _kr_promotion_load_facts (KrPromotionRepository *self,
                                   gint64 employee_id,
                                   const GDate *period,
                                   KrPromotionFacts *facts,
                                   GArray *sanctions,
                                   GError **error);

/* Today, for checks of dates in the future (a database setting could fix it in tests). */
void _kr_promotion_today (GDate *out);

/* The scope (a unit head's subtree) and a unit filter as SQL: "e.unit_id IN (…)" with
 * parameters ?N (scope unit, 0: all) and ?M (filter unit, 0: all), ?K subtree flag. */
#define KR_PROMOTION_UNIT_FILTER(scope, unit, subtree)                                             \
  "(" scope " = 0 OR e.unit_id IN (WITH RECURSIVE s (id) AS (SELECT " scope " UNION ALL SELECT "   \
  "c.id FROM unit c JOIN s ON c.parent_id = s.id) SELECT id FROM s)) AND (" unit " = 0 OR "        \
  "e.unit_id = " unit " OR (" subtree " AND e.unit_id IN (WITH RECURSIVE t (id) AS (SELECT " unit  \
  " UNION ALL SELECT c.id FROM unit c JOIN t ON c.parent_id = t.id) SELECT id FROM t)))"

G_END_DECLS
