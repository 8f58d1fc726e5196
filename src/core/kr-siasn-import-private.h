/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-siasn-import.h"

#include "kr-csv.h"
#include "kr-database-private.h"
#include "kr-employee-repository.h"
#include "kr-employee.h"
#include "kr-import-report-private.h"
#include "kr-unit-repository.h"

G_BEGIN_DECLS

/* The PPPK golongan are stored as 100 + the golongan (kr_golongan_get_label()). */
#define PPPK_GOLONGAN_BASE 100
/* About how many times per pass the progress callback runs. */
#define PROGRESS_CALLS 1000

/* Columns */

typedef enum
{
  COL_NIP,
  COL_NAME,
  COL_BIRTH_DATE,
  COL_GENDER,
  COL_KIND,
  COL_TITLE_FRONT,
  COL_TITLE_BACK,
  COL_BIRTH_PLACE,
  COL_RELIGION,
  COL_MARITAL_STATUS,
  COL_NIK,
  COL_PHONE,
  COL_EMAIL,
  COL_ADDRESS,
  COL_STATUS,
  COL_TMT_CPNS,
  COL_TMT_PNS,
  COL_GOLONGAN,
  COL_GOLONGAN_CODE,
  COL_TMT_GOLONGAN,
  COL_POSITION_KIND,
  COL_POSITION,
  COL_ESELON,
  COL_TMT_POSITION,
  COL_EDUCATION,
  COL_MAJOR,
  COL_SCHOOL,
  COL_GRADUATION_YEAR,
  COL_UNIT,
  COL_UNIT_CODE,
  COL_INSTANSI,
  COL_INSTANSI_CODE,
  COL_WORK_INSTANSI,
  COL_WORK_INSTANSI_CODE,
  COL_SATKER,
  COL_SATKER_CODE,
  COL_PARENT_SATKER,
  COL_PARENT_SATKER_CODE,
  COL_PARENT_UNIT,
  COL_PARENT_UNIT_CODE,
  N_COLS,
  COL_NONE = N_COLS,
} Col;

/* The columns before this one are required. */
#define N_REQUIRED_COLS (COL_KIND + 1)
#define MAX_ALIASES     2

typedef enum
{
  VERDICT_NEW,
  VERDICT_UPDATED,
  VERDICT_UNCHANGED,
  VERDICT_REJECTED,
} Verdict;

/* Units and positions as an import sees them */

typedef struct _UnitInfo UnitInfo;

struct _UnitInfo
{
  gint64 id; /* 0 while only planned */
  char *code;
  char *name;
  char *key; /* name_key() of the name */
  KrUnitKind kind;
  UnitInfo *parent;      /* the unit above, NULL for a root */
  GHashTable *positions; /* name key -> PositionInfo; NULL until read from the database */
  Col col;               /* of a planned unit: the column that names it, for warnings */
};

typedef struct
{
  gint64 id; /* 0 while only planned */
  char *name;
  char *key;
  KrPositionKind kind;
  KrPositionLevel level;
  UnitInfo *unit;
  /* Of a planned functional position whose name does not state its jenjang: the golongan
   * the jenjang was inferred from, and whether the education decided the group; 0 and
   * FALSE otherwise. */
  guint inferred_golongan;
  gboolean inferred_group;
  KrEducation education;
} PositionInfo;

/* The NIPs seen in the file, as 64-bit numbers, with their lines: an open-addressing table
 * of 16 bytes per slot, so that national-scale files stay small in memory. */
typedef struct
{
  guint64 *keys; /* 0 marks an empty slot; no NIP is 0 */
  guint *lines;
  gsize size; /* a power of two */
  gsize count;
} NipSet;

/* One pass over the file: an analysis or a commit. */
typedef struct
{
  KrSiasnImporter *importer;
  gboolean commit;
  char **header; /* the header fields without surrounding spaces */
  int columns[N_COLS];
  GPtrArray *units; /* UnitInfo, owned */
  GHashTable *units_by_code;
  GHashTable *units_by_name; /* name key -> GPtrArray of UnitInfo, every unit of that name */
  GHashTable *instansi_by_name;
  guint n_instansi;
  UnitInfo *last_instansi;
  NipSet nips;
  guint n_records;
  KrSiasnReport *report; /* analysis: being filled */
  GByteArray *verdicts;  /* analysis: being filled; commit: compared */
  gboolean has_writes;   /* analysis: whether some row is new or updated */
  GDate today;
} Pass;

/* One data row while it is checked. */
typedef struct
{
  guint line;
  char **fields;
  guint n_fields;
  gboolean rejected;
  KrEmployeeKind kind;
  KrNip nip;
  KrEmployee *existing; /* the stored employee with this NIP, if any */
  KrEmployee *employee; /* what will be saved */
  gboolean own_changed;
  guint file_golongan; /* the golongan the file gives, changed or not; 0 when none */
  gboolean add_rank;
  guint golongan;
  KrPromotionKind promotion_kind;
  GDate rank_tmt;
  gboolean add_position;
  PositionInfo *position;
  GDate position_tmt;
  gboolean has_education; /* whether the file gives an education level, in education */
  gboolean add_education;
  KrEducation education;
  guint graduation_year;
  const char *major;
  const char *school;
  /* Planned while checking, registered when the row is accepted and needs them. */
  GPtrArray *new_units; /* UnitInfo, owned, each after the unit above it; NULL when none */
  PositionInfo *new_position;
  GPtrArray *warnings; /* KrSiasnIssue */
} Row;

struct _KrSiasnImporter
{
  GObject parent_instance;

  KrDatabase *database;
  KrUnitRepository *units;
  KrEmployeeRepository *employees;

  /* The last successful analysis. */
  KrSiasnReport *report;
  GFile *file;
  guint64 size;
  char *digest;
  GByteArray *verdicts;
  gboolean has_writes;
  gboolean committable;
};

typedef struct
{
  const char *spelling; /* squash()ed */
  int value;
} Spelling;

void _kr_siasn_report_add (KrSiasnReport *report, KrSiasnIssue *issue);
guint _kr_siasn_nip_set_add (NipSet *set, guint64 nip, guint line);
const char *_kr_siasn_column_label (Pass *pass, Col col);
const char *_kr_siasn_field (Pass *pass, Row *row, Col col);
gboolean _kr_siasn_map_columns (Pass *pass, KrCsvReader *reader, GError **error);
char *_kr_siasn_squash (const char *text);
char *_kr_siasn_name_key (const char *name);
void _kr_siasn_row_clear (Row *row);
gboolean _kr_siasn_reject (Pass *pass, Row *row, Col col, const char *value, const char *message);
gboolean
_kr_siasn_reject_printf (Pass *pass, Row *row, Col col, const char *value, const char *format, ...)
    G_GNUC_PRINTF (5, 6);
void
_kr_siasn_warn_printf (Pass *pass, Row *row, Col col, const char *value, const char *format, ...)
    G_GNUC_PRINTF (5, 6);
gboolean _kr_siasn_check_tmt (Pass *pass, Row *row, Col col, const GDate *tmt);
gboolean _kr_siasn_parse_tmt (Pass *pass, Row *row, Col col, const char *what, GDate *tmt);
gboolean _kr_siasn_is_older (const GDate *tmt, const GDate *current);
gboolean
_kr_siasn_has_education (Pass *pass, Row *row, guint year, gboolean *found, GError **error);
gboolean _kr_siasn_check_row (Pass *pass, Row *row, GError **error);
void _kr_siasn_unit_info_free (gpointer data);
void _kr_siasn_position_info_free (gpointer data);
void _kr_siasn_add_unit (Pass *pass, UnitInfo *unit);
gboolean _kr_siasn_load_units (Pass *pass, UnitInfo *parent, GError **error);
gboolean _kr_siasn_check_position (Pass *pass, Row *row, GError **error);

G_END_DECLS
