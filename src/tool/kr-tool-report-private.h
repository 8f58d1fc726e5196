/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kr-appraisal-repository.h"
#include "kr-document.h"
#include "kr-paper.h"
#include "kr-tool.h"

G_BEGIN_DECLS

/* The reports of `karier-tool report`, split by file:
 * - kr-tool-report.c: the command, and the DUK and the employee list;
 * - kr-tool-report-appraisal.c: the appraisal documents (skp, evaluation,
 *   evaluation-document) of one employee or a whole unit, and the follow-up lists;
 * - kr-tool-report-batch.c: writing the documents of many employees, in threads;
 * - kr-tool-report-training.c, kr-tool-report-promotion.c: the training and KP lists. */

/* Opens @path read-only for a report; refuses a file that needs an upgrade. */
KrDatabase *kr_tool_report_open_database (const char *path, GError **error);

/* Checks --paper (into @paper when given) and --output (a .pdf file); a usage message or NULL. */
char *kr_tool_report_check_paper_output (const char *paper_id, KrPaper *paper, const char *output);

/* The name of the root above @unit_id (the instansi) and of the unit; for @unit_id 0, the only
 * root's name, if there is one root. */
gboolean kr_tool_report_read_unit_names (KrDatabase *db,
                                         gint64 unit_id,
                                         char **instansi,
                                         char **unit_name,
                                         GError **error);

/* Whether @name is one of the reports of kr-tool-report-appraisal.c. */
gboolean kr_tool_report_is_appraisal (const char *name);

/* `karier-tool report skp|evaluation|evaluation-document|follow-up DATABASE …`; argv[1] is
 * the report's name. */
int kr_tool_report_appraisal (const KrToolCommand *command, int argc, char **argv);

/* Whether @name is one of the reports of kr-tool-report-training.c. */
gboolean kr_tool_report_is_training (const char *name);

/* `karier-tool report training-compliance|training-participants DATABASE …`; argv[1] is the
 * report's name. */
int kr_tool_report_training (const KrToolCommand *command, int argc, char **argv);

/* Whether @name is one of the reports of kr-tool-report-promotion.c. */
gboolean kr_tool_report_is_promotion (const char *name);

/* `karier-tool report promotion-nominative|promotion-candidates DATABASE …`; argv[1] is the
 * report's name. */
int kr_tool_report_promotion (const KrToolCommand *command, int argc, char **argv);

/* Whether @name is one of the reports of kr-tool-report-talent.c. */
gboolean kr_tool_report_is_talent (const char *name);

/* `karier-tool report talent-grid|talent-pool|succession DATABASE …`; argv[1] is the report's
 * name. */
int kr_tool_report_talent (const KrToolCommand *command, int argc, char **argv);

/* Whether @name is one of the reports of kr-tool-report-selection.c. */
gboolean kr_tool_report_is_selection (const char *name);

/* `karier-tool report selection-announcement|selection-ranking DATABASE …`; argv[1] is the
 * report's name. */
int kr_tool_report_selection (const KrToolCommand *command, int argc, char **argv);

/* Whether @name is one of the reports of kr-tool-report-dashboard.c. */
gboolean kr_tool_report_is_dashboard (const char *name);

/* `karier-tool report dashboard|dashboard-chart DATABASE …`; argv[1] is the report's name. */
int kr_tool_report_dashboard (const KrToolCommand *command, int argc, char **argv);

/* Which appraisal document a request prints. */
typedef enum
{
  KR_TOOL_DOCUMENT_SKP,
  KR_TOOL_DOCUMENT_EVALUATION,
  KR_TOOL_DOCUMENT_EVALUATION_COVER,
} KrToolDocument;

/**
 * KrToolDocumentRequest:
 * @document: which document
 * @name: its name on the command line ("skp"), used in file names
 * @period: the evaluation's period, 0 for the annual one; not used for the SKP
 * @paper: the paper size
 * @place: (nullable): the place printed before the date of the signatures
 * @trend: whether to add the annex with the employee's predikat year by year
 */
typedef struct
{
  KrToolDocument document;
  const char *name;
  guint period;
  KrPaper paper;
  const char *place;
  gboolean trend;
} KrToolDocumentRequest;

/* Reads the sheet of @appraisal_id, lays out the document and writes it to @path (through a
 * temporary file renamed into place: never half a file). */
gboolean kr_tool_report_write_document (KrAppraisalRepository *repository,
                                        const KrToolDocumentRequest *request,
                                        gint64 appraisal_id,
                                        const char *path,
                                        GError **error);

/* "NIP-skp-2025.pdf", "NIP-evaluation-2025-annual.pdf", "NIP-evaluation-2025-3.pdf". */
char *kr_tool_report_file_name (const KrToolDocumentRequest *request, const char *nip, guint year);

/**
 * kr_tool_report_batch:
 * @db: the open, signed-in database the rows were read from
 * @rows: (element-type KrAppraisalRow): the appraisals to print, one document each
 * @dir: the folder to write into
 * @n_jobs: how many threads render, each with its own connection
 * @n_written: (out): the documents written
 *
 * Writes one document per row into @dir. A document that fails is reported on stderr with
 * the employee and the batch goes on; an interrupt (SIGINT, SIGTERM) stops it between
 * documents. Prints a progress line every 100 documents when stderr is a terminal.
 *
 * Returns: %TRUE when every document was written
 */
gboolean kr_tool_report_batch (KrDatabase *db,
                               const KrToolDocumentRequest *request,
                               GPtrArray *rows,
                               const char *dir,
                               guint n_jobs,
                               guint *n_written,
                               GError **error);

G_END_DECLS
