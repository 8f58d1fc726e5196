/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-demo-private.h"

#include "kr-appraisal.h"
#include "kr-database-private.h"

G_BEGIN_DECLS

/* Shared by the files of the demo's appraisal history: kr-demo-appraisals.c (reading the
 * organisation and staff, units, PP 46/2011 records, templates), kr-demo-appraisal-plans.c
 * (each employee's plans and evaluations) and kr-demo-appraisal-texts.c (the texts). */

typedef enum
{
  CAT_LEADER,
  CAT_TEACHER,
  CAT_HEALTH,
  CAT_ANALYST,
  CAT_STAFF,
  N_CATS,
} Category;

typedef struct
{
  KrAspect aspect;
  const char *indicator;
  const char *target;
} IndicatorSpec;

typedef struct
{
  const char *result;
  const char *realisation;
  IndicatorSpec indicators[2]; /* the second may be empty */
} ResultSpec;

#define N_SPECS 5

#define N_EXTRA_SPECS 3
#define N_FEEDBACK    3
#define N_OBJECTIONS  2

/* kr-demo-appraisal-texts.c: official-language texts, Indonesian as an SKP is written. */
extern const ResultSpec _kr_demo_result_specs[N_CATS][N_SPECS];
extern const ResultSpec _kr_demo_extra_specs[N_EXTRA_SPECS];
extern const char *const _kr_demo_leader_results[N_CATS];
extern const char *const _kr_demo_feedback_good[N_FEEDBACK];
extern const char *const _kr_demo_feedback_normal[N_FEEDBACK];
extern const char *const _kr_demo_feedback_poor[N_FEEDBACK];
extern const char *const _kr_demo_notes_by_predikat[KR_N_PREDIKAT];
extern const char *const _kr_demo_objections[N_OBJECTIONS];

/* Staff as the demo made them */

typedef struct
{
  gint64 id;
  gint64 unit_id;
  gint64 position_id;
  gint64 appraiser;
  gint64 senior;
  char *name;
  guint tmt_year, tmt_month;
  guint8 category;
  guint8 tendency; /* 0 steady, 1 strong, 2 weak */
  gboolean is_head;
  gboolean is_active;
  gboolean is_pppk;
  guint8 specs[4]; /* the plan: indexes into _kr_demo_result_specs, 0xff for an extra result */
  guint8 extra;
  guint8 n_results;
} Staff;

typedef struct
{
  gint64 id;
  gint64 parent_id;
  gint64 head; /* the employee in its head position, 0 when vacant */
  gboolean is_opd;
  gboolean is_upt;
  KrOrganisationResult results[6]; /* per year from first_year; [5]: unused */
} Unit;

enum
{
  ST_APPRAISAL,
  ST_RESULT,
  ST_INDICATOR,
  ST_EVALUATION,
  ST_RESULT_EVALUATION,
  ST_SET_STATE,
  ST_TRANSITION,
  ST_UNIT_RESULT,
  ST_SKM,
  ST_PP46,
  ST_TEMPLATE,
  N_STATEMENTS,
};

#define N_PAST_YEARS 4

typedef struct
{
  KrDatabase *database;
  sqlite3 *db;
  sqlite3_stmt *stmts[N_STATEMENTS];
  Rng rng;
  GDate today;
  guint year;          /* today's */
  guint first_year;    /* year - N_PAST_YEARS */
  guint mix_period;    /* the quarter being reviewed now */
  GArray *staff;       /* of Staff */
  GArray *units;       /* of Unit, by id */
  gint64 *staff_by_id; /* employee id -> index + 1 in staff */
  gint64 max_employee;
  gint64 led_head;
  guint n_led_submitted;
  guint n_appraisals;
} Gen;
/* kr-demo-appraisals.c */

gboolean _kr_demo_appraisal_run (Gen *gen, guint which, GError **error);
void _kr_demo_appraisal_format_date (Gen *gen,
                                     guint year,
                                     guint month,
                                     guint day,
                                     char out[KR_DATE_ISO_LENGTH + 1]);
Staff *_kr_demo_appraisal_find_staff (Gen *gen, gint64 id);

/* kr-demo-appraisal-plans.c */

gboolean _kr_demo_appraisal_write (Gen *gen, const Staff *staff, guint year, GError **error);

/* Binding the parameters of a statement of @gen */

static inline void
bind_text (Gen *gen, guint which, int index, const char *text)
{
  if (text != NULL)
    sqlite3_bind_text (gen->stmts[which], index, text, -1, SQLITE_STATIC);
}

static inline void
bind_copy (Gen *gen, guint which, int index, const char *text)
{
  sqlite3_bind_text (gen->stmts[which], index, text, -1, SQLITE_TRANSIENT);
}

static inline void
bind_int (Gen *gen, guint which, int index, gint64 value)
{
  sqlite3_bind_int64 (gen->stmts[which], index, value);
}

static inline void
bind_id (Gen *gen, guint which, int index, gint64 id)
{
  if (id != 0)
    sqlite3_bind_int64 (gen->stmts[which], index, id);
}

static inline void
bind_double (Gen *gen, guint which, int index, double value)
{
  sqlite3_bind_double (gen->stmts[which], index, value);
}

static inline gint64
last_id (Gen *gen)
{
  return sqlite3_last_insert_rowid (gen->db);
}

static inline Unit *
_kr_demo_appraisal_get_unit (Gen *gen, gint64 id)
{
  if (id <= 0 || (guint64) id >= gen->units->len)
    return NULL;
  return &g_array_index (gen->units, Unit, id);
}

G_END_DECLS
