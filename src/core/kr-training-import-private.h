/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-training-import.h"

#include "kr-csv.h"
#include "kr-repository-private.h"
#include "kr-training.h"

G_BEGIN_DECLS

/* Shared by kr-training-import.c (the object, analysing and committing) and
 * kr-training-import-rows.c (the columns and the checks of one row). */

struct _KrTrainingImporter
{
  GObject parent_instance;

  KrDatabase *database;
  KrStatements *statements;
  KrTrainingImportReport *report;
  GPtrArray *rows; /* of Row, the accepted new and updated ones */
  gboolean committable;
};

typedef enum
{
  COL_NIP,
  COL_TITLE_STRUCTURAL,
  COL_TITLE_COURSE,
  COL_TITLE,
  COL_JP,
  COL_END,
  COL_END_COURSE,
  COL_YEAR,
  COL_YEAR_COURSE,
  COL_START,
  COL_START_COURSE,
  COL_CERTIFICATE,
  COL_CERTIFICATE_COURSE,
  COL_PROVIDER,
  COL_COURSE_KIND,
  N_COLS,
} Col;

#define MAX_ALIASES 3

/* The names of each column (kr-training-import-rows.c), compared after
 * kr_csv_normalize_name (); the first is the one messages use. */
extern const char *const _kr_training_import_columns[N_COLS][MAX_ALIASES];

typedef enum
{
  VERDICT_NEW,
  VERDICT_UPDATED,
  VERDICT_UNCHANGED,
  VERDICT_REJECTED,
} Verdict;

typedef struct
{
  guint line;
  Verdict verdict;
  KrTrainingRecord *record;
} Row;

/* One pass of analysis over the file. */
typedef struct
{
  KrTrainingImporter *self;
  char **header;
  int columns[N_COLS];
  GHashTable *seen; /* "employee:title:end" -> first line */
  guint line;
  char **fields;
  guint n_fields;
  gboolean rejected;
} Pass;

void _kr_training_import_row_free (gpointer data);

void _kr_training_import_add_issue (KrTrainingImportReport *report,
                                    KrSiasnIssueKind kind,
                                    guint line,
                                    const char *column,
                                    const char *value,
                                    const char *message);

/* Finds the columns in the header; KR_ERROR_INVALID naming every missing required one. */
gboolean _kr_training_import_map_columns (Pass *pass, KrCsvReader *reader, GError **error);

/* Checks the current row (pass->fields). Returns the row, accepted or rejected with its issues
 * reported, or NULL with @error set when reading the database failed. */
Row *_kr_training_import_read_row (Pass *pass, GError **error);

G_END_DECLS
