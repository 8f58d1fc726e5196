/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-demo-private.h"

#include <sqlite3.h>

#include "kr-training-rules.h"

G_BEGIN_DECLS

/* Shared by kr-demo-training.c (the generator: people, catalogue, sessions and enrolments),
 * kr-demo-training-history.c (records, budgets, mentoring) and kr-demo-training-data.c (the
 * tables: the catalogue and the Indonesian texts). */

/* Who a course's sessions draw their participants from. */
typedef enum
{
  POOL_ALL,  /* active PNS and CPNS, some PPPK */
  POOL_CPNS, /* Latsar */
  POOL_PENGAWAS,
  POOL_ADMINISTRATOR,
  POOL_JPT_PRATAMA,
  POOL_JPT_MADYA,
} Pool;

typedef struct
{
  const char *title;
  KrCompetenceType type;
  KrLeadershipProgramme programme;
  KrTrainingForm form;
  guint jp;
  const char *provider;
  KrDelivery delivery;
  gint64 cost;
  guint8 behaviours; /* bit (1 << (value - 1)) per BerAKHLAK value */
  gboolean results;
  gboolean retired;
  Pool pool;
} CourseSpec;

#define KR_DEMO_N_COURSES          32
#define KR_DEMO_N_SIASN_TITLES     12
#define KR_DEMO_N_PLACES           5
#define KR_DEMO_N_MENTORING_GOALS  5
#define KR_DEMO_N_MENTORING_TOPICS 7

extern const CourseSpec _kr_demo_courses[KR_DEMO_N_COURSES];
/* A course with prerequisites beyond the programmes' own: the basic one (index 6) first, and
 * golongan III/a. */
#define BASIC_COURSE 6
extern const CourseSpec _kr_demo_advanced_course;
/* Titles as SIASN riwayat diklat and kursus hold them. */
extern const char *const _kr_demo_siasn_titles[KR_DEMO_N_SIASN_TITLES];
extern const char *const _kr_demo_places[KR_DEMO_N_PLACES];
extern const char *const _kr_demo_mentoring_goals[KR_DEMO_N_MENTORING_GOALS];
extern const char *const _kr_demo_mentoring_topics[KR_DEMO_N_MENTORING_TOPICS];

#define PROVINCE_BPSDM "BPSDM Provinsi Nusa Sejahtera"

/* The generator (kr-demo-training.c), its statements and the people it reads */

enum
{
  ST_COURSE,
  ST_BEHAVIOUR,
  ST_SESSION,
  ST_ENROLMENT,
  ST_RECORD,
  ST_BUDGET,
  ST_MENTORING,
  ST_MENTORING_SESSION,
  N_STATEMENTS,
};

typedef struct
{
  gint64 id;
  gint64 unit_id;
  gint64 opd_id;
  guint golongan;       /* 0: none */
  guint8 kind;          /* KrEmployeeKind */
  guint8 position_kind; /* KrPositionKind */
  gboolean is_head;
  gboolean active;
} Trainee;

typedef struct
{
  gint64 id;
  gint64 parent_id;
  gboolean is_opd;
} UnitRow;

typedef struct
{
  KrDatabase *database;
  sqlite3 *db;
  sqlite3_stmt *stmts[N_STATEMENTS];
  Rng rng;
  GDate today;
  guint year;
  GArray *people;                       /* of Trainee */
  GArray *units;                        /* of UnitRow, by id */
  GPtrArray *pools[POOL_JPT_MADYA + 1]; /* of Trainee *, the active ones */
  GArray *opds;                         /* of gint64 */
  GHashTable *by_opd;                   /* opd id -> GPtrArray of Trainee * (active) */
  GHashTable *charges; /* opd id × 10000 + year -> gint64 *: cost of enrolments that count */
  gint64 course_ids[KR_DEMO_N_COURSES + 1]; /* the advanced course last */
  /* Per course, the Trainee * enrolled in any of its sessions: nobody takes a course twice */
  GHashTable *course_taken[KR_DEMO_N_COURSES + 1];
  guint n_enrolments;
  guint n_records;
  guint n_certificates;
} Gen;

/* kr-demo-training.c */

/* Runs statement @which, whose parameters are bound, and clears it. */
gboolean _kr_demo_training_run (Gen *gen, guint which, GError **error);

static inline void
bind_text (Gen *gen, guint which, int index, const char *text)
{
  if (text != NULL)
    sqlite3_bind_text (gen->stmts[which], index, text, -1, SQLITE_TRANSIENT);
}

static inline void
bind_int (Gen *gen, guint which, int index, gint64 value)
{
  sqlite3_bind_int64 (gen->stmts[which], index, value);
}

static inline void
format_julian (guint32 julian, char out[KR_DATE_ISO_LENGTH + 1])
{
  GDate date;

  set_julian (&date, julian);
  kr_date_format_iso_buf (&date, out);
}

/* kr-demo-training-history.c: after the sessions */

gboolean _kr_demo_training_write_history (Gen *gen, const Trainee *person, GError **error);
gboolean _kr_demo_training_write_budgets (Gen *gen, GError **error);
gboolean _kr_demo_training_write_mentoring (Gen *gen, GError **error);

G_END_DECLS
