/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-report"

#include "config.h"

#include "kr-tool-report-private.h"

#include <string.h>

#include "kr-date.h"
#include "kr-document-promotion.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-pdf.h"
#include "kr-promotion-repository.h"
#include "kr-tool-promotion-private.h"
#include "kr-unit-repository.h"

/* `karier-tool report promotion-nominative|promotion-candidates DATABASE … -o FILE.pdf`: the
 * documents of kenaikan pangkat, read through the promotion repository (a unit head gets only
 * what their scope allows). */

typedef enum
{
  REPORT_NOMINATIVE,
  REPORT_CANDIDATES,
  N_REPORTS,
} Report;

static const char *const report_names[N_REPORTS] = {
  [REPORT_NOMINATIVE] = "promotion-nominative",
  [REPORT_CANDIDATES] = "promotion-candidates",
};

static const KrToolCommand report_commands[N_REPORTS] = {
  [REPORT_NOMINATIVE] = { "report promotion-nominative", N_ ("DATABASE"),
                          N_ ("Write the DAFTAR NOMINATIF USUL KENAIKAN PANGKAT of a period "
                              "(--period, default the next) as PDF: the proposals that are not "
                              "cancelled, of a unit (--unit) or every unit"),
                          NULL },
  [REPORT_CANDIDATES] = { "report promotion-candidates", N_ ("DATABASE"),
                          N_ ("Write the DAFTAR CALON KENAIKAN PANGKAT of a period (--period, "
                              "default the next) as PDF: each candidate’s status and the unmet "
                              "conditions"),
                          NULL },
};

static int
find_report (const char *name)
{
  for (int i = 0; i < N_REPORTS; i++)
    {
      if (g_strcmp0 (name, report_names[i]) == 0)
        return i;
    }
  return -1;
}

gboolean
kr_tool_report_is_promotion (const char *name)
{
  return find_report (name) >= 0;
}

typedef struct
{
  Report report;
  char *period_text;
  char *unit_code;
  gboolean subtree;
  char *stage_text;
  char *verdict_text;
  char *output;
  char *paper_id;
  char *place;
  char *as_user;
  KrPaper paper;
  GDate period;
  guint stage;
  guint verdict;
} Options;

static void
options_clear (Options *o)
{
  g_free (o->period_text);
  g_free (o->unit_code);
  g_free (o->stage_text);
  g_free (o->verdict_text);
  g_free (o->output);
  g_free (o->paper_id);
  g_free (o->place);
  g_free (o->as_user);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

static const char *
stage_code (guint value)
{
  return kr_promotion_stage_get_code (value);
}

static const char *
verdict_code (guint value)
{
  return kr_promotion_verdict_kind_get_code (value);
}

static char *
check_options (Options *o)
{
  char *message = NULL;

  if ((message = kr_tool_report_check_paper_output (o->paper_id, &o->paper, o->output)) != NULL)
    return message;
  if (o->subtree && o->unit_code == NULL)
    return g_strdup (_ ("--subtree goes with --unit"));
  if (o->report == REPORT_NOMINATIVE && o->verdict_text != NULL)
    return g_strdup (_ ("--verdict is for promotion-candidates"));
  if (o->report == REPORT_CANDIDATES && o->stage_text != NULL)
    return g_strdup (_ ("--stage is for promotion-nominative"));
  if (!kr_tool_promotion_parse_period (o->period_text, &o->period, &message) ||
      (o->stage_text != NULL &&
       !kr_tool_training_parse_code ("--stage", o->stage_text, stage_code, 0, KR_N_PROMOTION_STAGES,
                                     &o->stage, &message)) ||
      (o->verdict_text != NULL &&
       !kr_tool_training_parse_code ("--verdict", o->verdict_text, verdict_code, 0,
                                     KR_N_PROMOTION_VERDICT_KINDS, &o->verdict, &message)))
    return message;
  return NULL;
}

static KrDocument *
build_nominative (KrPromotionRepository *promotions,
                  const Options *o,
                  const KrDocumentPromotionScope *scope,
                  gint64 unit_id,
                  guint *n_rows,
                  GError **error)
{
  g_autoptr (GPtrArray) rows = NULL;
  KrPromotionQuery query = {
    .stage = o->stage_text != NULL ? (gint) o->stage : -1,
    .period = &o->period,
    .unit_id = unit_id,
    .subtree = o->subtree,
  };

  if (!kr_promotion_repository_count_promotions (promotions, &query, n_rows, error) ||
      (rows = kr_promotion_repository_list_promotions (promotions, &query, 0, *n_rows, error)) ==
          NULL)
    return NULL;
  /* A cancelled proposal is not proposed, unless --stage cancelled asks for them. */
  for (guint i = rows->len; o->stage_text == NULL && i-- > 0;)
    {
      if (((KrPromotion *) rows->pdata[i])->stage == KR_PROMOTION_STAGE_CANCELLED)
        g_ptr_array_remove_index (rows, i);
    }
  *n_rows = rows->len;
  return kr_document_promotion_nominative_new (scope, rows);
}

static KrDocument *
build_candidates (KrPromotionRepository *promotions,
                  const Options *o,
                  const KrDocumentPromotionScope *scope,
                  gint64 unit_id,
                  guint *n_rows,
                  GError **error)
{
  g_autoptr (GPtrArray) rows = NULL;
  KrCandidateQuery query = { .period = o->period, .unit_id = unit_id, .subtree = o->subtree };

  if (!kr_promotion_repository_count_candidates (promotions, &query, n_rows, error) ||
      (rows = kr_promotion_repository_list_candidates (promotions, &query, 0, *n_rows, NULL,
                                                       error)) == NULL)
    return NULL;
  for (guint i = rows->len; o->verdict_text != NULL && i-- > 0;)
    {
      const KrPromotionCandidate *row = rows->pdata[i];

      if ((guint) row->verdict->verdict != o->verdict)
        g_ptr_array_remove_index (rows, i);
    }
  *n_rows = rows->len;
  return kr_document_promotion_candidates_new (scope, rows);
}

int
kr_tool_report_promotion (const KrToolCommand *command, int argc, char **argv)
{
  g_auto (Options) o = { .paper = KR_PAPER_A4 };
  const GOptionEntry entries[] = {
    { "period", 0, 0, G_OPTION_ARG_STRING, &o.period_text,
      N_ ("The period date (TMT), such as 2026-04-01 (default: the next one)"), N_ ("DATE") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &o.unit_code,
      N_ ("The unit with this code (default: every unit)"), N_ ("CODE") },
    { "subtree", 0, 0, G_OPTION_ARG_NONE, &o.subtree, N_ ("Also the units below it"), NULL },
    { "stage", 0, 0, G_OPTION_ARG_STRING, &o.stage_text,
      N_ ("promotion-nominative: only the proposals at this stage"), N_ ("STAGE") },
    { "verdict", 0, 0, G_OPTION_ARG_STRING, &o.verdict_text,
      N_ ("promotion-candidates: only the candidates with this verdict"),
      N_ ("eligible|not_yet|blocked") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &o.output, N_ ("The PDF file to write"),
      N_ ("FILE") },
    { "paper", 'p', 0, G_OPTION_ARG_STRING, &o.paper_id, N_ ("Paper size: a4 (default) or f4"),
      N_ ("PAPER") },
    { "place", 0, 0, G_OPTION_ARG_STRING, &o.place,
      N_ ("The place printed before the date of the signature (default: a dotted line)"),
      N_ ("TEXT") },
    KR_TOOL_AS_OPTION (o.as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrPromotionRepository) promotions = NULL;
  g_autoptr (KrDocument) document = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *display = NULL;
  g_autofree char *instansi = NULL;
  g_autofree char *unit_name = NULL;
  KrDocumentPromotionScope scope = { 0 };
  gint64 unit_id = 0;
  guint n_rows = 0, n_pages;
  GDate today;
  int status;

  o.report = (Report) find_report (argv[1]);
  g_return_val_if_fail ((int) o.report >= 0, KR_TOOL_EXIT_USAGE);
  command = &report_commands[o.report];
  argc--;
  argv++;
  if (!kr_tool_parse_options (command, entries, 1, &argc, &argv, &status))
    return status;
  if ((message = check_options (&o)) != NULL)
    return kr_tool_usage_error (command, message);

  db = kr_tool_report_open_database (argv[1], &error);
  if (db == NULL || !kr_tool_sign_in (db, o.as_user, &error))
    return kr_tool_fail (error);
  promotions = kr_promotion_repository_new (db);
  if ((o.unit_code != NULL && !kr_tool_find_unit (db, o.unit_code, &unit_id, &error)) ||
      !kr_tool_report_read_unit_names (db, unit_id, &instansi, &unit_name, &error))
    return kr_tool_fail (error);
  kr_date_today (NULL, &today);
  scope.instansi = instansi;
  scope.unit_name = unit_name;
  /* A unit without --subtree lists only its own employees. */
  scope.subtree = unit_name == NULL || o.subtree;
  scope.period = &o.period;
  scope.place = o.place;
  scope.date = &today;
  document = o.report == REPORT_NOMINATIVE
                 ? build_nominative (promotions, &o, &scope, unit_id, &n_rows, &error)
                 : build_candidates (promotions, &o, &scope, unit_id, &n_rows, &error);
  if (document == NULL || !kr_pdf_write (o.output, document, o.paper, &error))
    return kr_tool_fail (error);
  n_pages = kr_document_get_n_pages (document);
  display = g_filename_display_name (o.output);
  /* Translators: %s is a file name, %u a number of pages */
  g_print (ngettext ("Wrote “%s”, %u page.\n", "Wrote “%s”, %u pages.\n", n_pages), display,
           n_pages);
  if (o.report == REPORT_NOMINATIVE)
    /* Translators: the number of KP proposals listed */
    g_print (ngettext ("%u proposal\n", "%u proposals\n", n_rows), n_rows);
  else
    /* Translators: the number of employees listed */
    g_print (ngettext ("%u employee\n", "%u employees\n", n_rows), n_rows);
  return KR_TOOL_EXIT_OK;
}
