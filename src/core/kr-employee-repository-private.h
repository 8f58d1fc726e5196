/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "kr-employee-repository.h"
#include "kr-employee-search.h"
#include "kr-identity.h"
#include "kr-repository-private.h"

G_BEGIN_DECLS

/* Shared by kr-employee-repository.c, kr-employee-repository-checks.c,
 * kr-employee-repository-histories.c and kr-employee-repository-bulk.c. */

/* What the history checks need to know about the employee. */
typedef struct
{
  gint64 id;
  KrEmployeeKind kind;
  GDate birth_date;
  GDate tmt_cpns;
} Facts;

struct _KrEmployeeRepository
{
  GObject parent_instance;

  KrStatements *statements;
  gboolean bulk;
  /* During a bulk load, the employee inserted last, whose history rows usually follow. */
  Facts bulk_facts;
  /* During a bulk load, the temp_store setting to restore. */
  gint64 saved_temp_store;
  gint64 saved_cache_size; /* PRAGMA cache_size before the bulk load, 0 when not read */
  /* During a bulk load, the employee it changed (0 for none yet, -1 for several), which its
   * end announces. */
  gint64 bulk_changed;
  /* During a bulk load into an empty table, the SQL of the employee indexes dropped for it,
   * which its end creates again. */
  GPtrArray *deferred_indexes;
  /* The search index of the lists, NULL until a list asks for it. */
  KrEmployeeSearch *search;
};

enum
{
  CHANGED,
  N_SIGNALS
};

extern guint _kr_employee_repository_signals[N_SIGNALS];

/* kr-employee-repository.c */

gboolean
_kr_employee_repository_check (KrEmployeeRepository *self, KrPermission permission, GError **error);
gboolean
_kr_employee_repository_check_readable (KrEmployeeRepository *self, gint64 unit_id, GError **error);
gboolean
_kr_employee_repository_begin_write (KrEmployeeRepository *self, gboolean *own, GError **error);
gboolean _kr_employee_repository_end_write (KrEmployeeRepository *self,
                                            gboolean own,
                                            gboolean ok,
                                            gint64 employee_id,
                                            GError **error);
gboolean _kr_employee_repository_find_facts (KrEmployeeRepository *self,
                                             gint64 id,
                                             Facts *facts,
                                             GError **error);
void _kr_employee_repository_bind_clean (sqlite3_stmt *stmt, int index, const char *text);

/* kr-employee-repository-checks.c */

gboolean _kr_employee_repository_check_tmt (const Facts *facts,
                                            const GDate *tmt,
                                            gboolean in_service,
                                            GError **error);
gboolean
_kr_employee_repository_check_sk_date (const Facts *facts, const GDate *sk_date, GError **error);
gboolean _kr_employee_repository_check_golongan (const Facts *facts,
                                                 guint golongan,
                                                 KrPromotionKind promotion,
                                                 GError **error);
gboolean _kr_employee_repository_check_year (const Facts *facts,
                                             guint year,
                                             gboolean is_award,
                                             GError **error);
gboolean _kr_employee_repository_check_discipline (const Facts *facts,
                                                   const KrDisciplineEntry *entry,
                                                   GError **error);
gboolean
_kr_employee_repository_check_award (const Facts *facts, const KrAwardEntry *entry, GError **error);

G_END_DECLS
