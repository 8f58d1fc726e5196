/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-promotion"

#include "config.h"

#include "kr-tool-promotion-private.h"

#include <string.h>

#include "kr-date.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* `karier-tool promotion propose|documents|move|decree`: the KP pipeline, candidate →
 * documents_complete → proposed → pertek → decree → effective (or cancelled). */

static const char *
kind_code (guint value)
{
  return kr_kp_kind_get_code (value);
}

static const char *
stage_code (guint value)
{
  return kr_promotion_stage_get_code (value);
}

static const char *
golongan (KrRank rank)
{
  return (guint) rank < KR_N_RANKS ? kr_rank_get_golongan (rank) : "-";
}

/* "12: Name (NIP), III/b → III/c, Regular, period 2026-04-01, Candidate" */
static void
print_promotion (KrPromotionRepository *promotions, gint64 id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrPromotion) promotion =
      kr_promotion_repository_get_promotion (promotions, id, &error);
  g_autofree char *period = NULL;
  g_autofree char *number = NULL;

  if (promotion == NULL)
    return;
  period = kr_tool_promotion_iso (&promotion->period);
  number = g_strdup_printf ("%" G_GINT64_FORMAT, promotion->id);
  /* Translators: a KP proposal: its number, the employee's name and NIP, the old and new
   * golongan, the kind of KP, the period date and the stage */
  g_print (_ ("%s: %s (%s), %s → %s, %s, period %s, %s\n"), number, promotion->name, promotion->nip,
           golongan (promotion->from_rank), golongan (promotion->to_rank),
           kr_kp_kind_get_label (promotion->kind), kr_tool_promotion_or_dash (period),
           kr_promotion_stage_get_label (promotion->stage));
}

/* propose */

static const KrToolCommand propose_command = {
  "promotion propose", N_ ("DATABASE"),
  N_ ("Propose an employee (--nip) for KP on a period date: the kind given with --kind, or the "
      "first kind the employee is eligible for; refused with the reason when not eligible"),
  NULL
};

/* The first kind (reguler, the pilihan kinds, penyesuaian ijazah) @employee_id is eligible
 * for on @period; reguler when none, so that the refusal gives its reason. */
static gboolean
choose_kind (KrPromotionRepository *promotions,
             gint64 employee_id,
             const GDate *period,
             KrKpKind *kind,
             GError **error)
{
  *kind = KR_KP_KIND_REGULER;
  for (KrKpKind k = KR_KP_KIND_REGULER; k <= KR_KP_KIND_PENYESUAIAN_IJAZAH; k++)
    {
      g_autoptr (KrPromotionVerdict) verdict =
          kr_promotion_repository_evaluate (promotions, employee_id, k, period, error);

      if (verdict == NULL)
        return FALSE;
      if (verdict->verdict == KR_PROMOTION_ELIGIBLE)
        {
          *kind = k;
          break;
        }
    }
  return TRUE;
}

int
kr_tool_promotion_propose (int argc, char **argv)
{
  g_autofree char *nip = NULL;
  g_autofree char *period_text = NULL;
  g_autofree char *kind_text = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  const GOptionEntry entries[] = {
    { "nip", 'n', 0, G_OPTION_ARG_STRING, &nip, N_ ("The employee"), N_ ("NIP") },
    { "period", 'p', 0, G_OPTION_ARG_STRING, &period_text,
      N_ ("The period date (TMT), such as 2026-04-01 (default: the next one); any day for "
          "pengabdian and anumerta"),
      N_ ("DATE") },
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind_text,
      N_ ("The kind of KP (default: the first the employee is eligible for)"),
      N_ ("reguler|pilihan_struktural|pilihan_fungsional|penyesuaian_ijazah|pengabdian|anumerta") },
    { "notes", 0, 0, G_OPTION_ARG_STRING, &notes, N_ ("Notes on the proposal"), N_ ("TEXT") },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrPromotionRepository) promotions = NULL;
  g_autoptr (KrEmployee) employee = NULL;
  g_autoptr (GError) error = NULL;
  guint kind = KR_KP_KIND_REGULER;
  KrKpKind chosen;
  gint64 id = 0;
  GDate period;
  int status;

  if (!kr_tool_parse_options (&propose_command, entries, 1, &argc, &argv, &status))
    return status;
  if (nip == NULL)
    message = g_strdup (_ ("missing option --nip"));
  else if (kind_text != NULL && !kr_tool_training_parse_code ("--kind", kind_text, kind_code, 0,
                                                              KR_N_KP_KINDS, &kind, &message))
    g_assert (message != NULL);
  else if (kind_text != NULL && !kr_kp_kind_uses_periods (kind))
    kr_tool_promotion_parse_date ("--period", period_text, &period, &message);
  else
    kr_tool_promotion_parse_period (period_text, &period, &message);
  if (message != NULL)
    return kr_tool_usage_error (&propose_command, message);

  db = kr_tool_training_open (argv[1], FALSE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  promotions = kr_promotion_repository_new (db);
  chosen = (KrKpKind) kind;
  if ((employee = kr_tool_find_employee (db, nip, &error)) == NULL ||
      (kind_text == NULL &&
       !choose_kind (promotions, kr_employee_get_id (employee), &period, &chosen, &error)) ||
      !kr_promotion_repository_propose (promotions, kr_employee_get_id (employee), chosen, &period,
                                        notes, &id, &error))
    return kr_tool_fail (error);
  /* Translators: followed by the proposal, “12: Name (NIP), III/b → III/c, …” */
  g_print ("%s ", _ ("Proposed"));
  print_promotion (promotions, id);
  return KR_TOOL_EXIT_OK;
}

/* documents */

static const KrToolCommand documents_command = {
  "promotion documents", N_ ("DATABASE ID"),
  N_ ("Show the document checklist of a proposal; tick items with --done CODE (or --all), untick "
      "them with --undone CODE"),
  NULL
};

static const KrPromotionDocument *
find_document (GPtrArray *documents, const char *code)
{
  for (guint i = 0; i < documents->len; i++)
    {
      const KrPromotionDocument *document = documents->pdata[i];

      if (g_ascii_strcasecmp (document->code, code) == 0)
        return document;
    }
  return NULL;
}

/* A usage message for a code that is not on the checklist, listing those that are. */
static char *
unknown_code (const char *option, const char *code, GPtrArray *documents)
{
  g_autoptr (GString) codes = g_string_new (NULL);

  for (guint i = 0; i < documents->len; i++)
    g_string_append_printf (codes, "%s%s", i > 0 ? ", " : "",
                            ((KrPromotionDocument *) documents->pdata[i])->code);
  /* Translators: an option such as --done, what the user typed, then the codes to use; the
   * codes are not translated */
  return g_strdup_printf (_ ("%s “%s”: use one of %s"), option, code, codes->str);
}

/* Ticks (or unticks) the items named in @codes, or every item not done yet with @all. */
static gboolean
tick (KrPromotionRepository *promotions,
      GPtrArray *documents,
      char **codes,
      gboolean done,
      gboolean all,
      const char *note,
      GError **error)
{
  for (guint i = 0; i < documents->len; i++)
    {
      const KrPromotionDocument *document = documents->pdata[i];
      gboolean named =
          codes != NULL && g_strv_contains ((const char *const *) codes, document->code);

      if ((named || (all && !document->done)) &&
          !kr_promotion_repository_set_document (promotions, document->id, done, note, error))
        return FALSE;
    }
  return TRUE;
}

static void
print_documents (GPtrArray *documents)
{
  guint n_done = 0;

  for (guint i = 0; i < documents->len; i++)
    {
      const KrPromotionDocument *document = documents->pdata[i];

      g_print ("  [%s] %-28s %s%s%s\n", document->done ? "x" : " ", document->code,
               kr_promotion_document_get_label (document->code),
               document->note != NULL ? " — " : "", document->note != NULL ? document->note : "");
      n_done += document->done;
    }
  /* Translators: how many checklist items are done, out of how many */
  g_print (_ ("%u of %u documents at hand\n"), n_done, documents->len);
}

int
kr_tool_promotion_documents (int argc, char **argv)
{
  g_auto (GStrv) done = NULL;
  g_auto (GStrv) undone = NULL;
  g_autofree char *note = NULL;
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  gboolean all = FALSE;
  const GOptionEntry entries[] = {
    { "done", 0, 0, G_OPTION_ARG_STRING_ARRAY, &done,
      N_ ("Tick the item with this code (repeat for several)"), N_ ("CODE") },
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_ ("Tick every item"), NULL },
    { "undone", 0, 0, G_OPTION_ARG_STRING_ARRAY, &undone,
      N_ ("Untick the item with this code (repeat for several)"), N_ ("CODE") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_ ("A note on the items ticked or unticked"),
      N_ ("TEXT") },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrPromotionRepository) promotions = NULL;
  g_autoptr (GPtrArray) documents = NULL;
  g_autoptr (GError) error = NULL;
  gboolean writes;
  gint64 id;
  int status;

  if (!kr_tool_parse_options (&documents_command, entries, 2, &argc, &argv, &status))
    return status;
  if (!kr_tool_training_parse_id (argv[2], "ID", &id, &message))
    return kr_tool_usage_error (&documents_command, message);
  if (all && undone != NULL)
    return kr_tool_usage_error (&documents_command, _ ("give either --all or --undone"));
  writes = all || done != NULL || undone != NULL;
  if (note != NULL && !writes)
    return kr_tool_usage_error (&documents_command, _ ("--note goes with --done or --undone"));

  db = kr_tool_training_open (argv[1], !writes, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  promotions = kr_promotion_repository_new (db);
  if ((documents = kr_promotion_repository_list_documents (promotions, id, &error)) == NULL)
    return kr_tool_fail (error);
  for (guint i = 0; done != NULL && done[i] != NULL; i++)
    {
      if (find_document (documents, done[i]) == NULL)
        message = unknown_code ("--done", done[i], documents);
    }
  for (guint i = 0; message == NULL && undone != NULL && undone[i] != NULL; i++)
    {
      if (find_document (documents, undone[i]) == NULL)
        message = unknown_code ("--undone", undone[i], documents);
    }
  if (message != NULL)
    return kr_tool_usage_error (&documents_command, message);
  if (writes)
    {
      if (!tick (promotions, documents, done, TRUE, all, note, &error) ||
          !tick (promotions, documents, undone, FALSE, FALSE, note, &error))
        return kr_tool_fail (error);
      g_clear_pointer (&documents, g_ptr_array_unref);
      if ((documents = kr_promotion_repository_list_documents (promotions, id, &error)) == NULL)
        return kr_tool_fail (error);
    }
  print_promotion (promotions, id);
  print_documents (documents);
  return KR_TOOL_EXIT_OK;
}

/* move */

static const KrToolCommand move_command = {
  "promotion move", N_ ("DATABASE ID STAGE"),
  N_ ("Move a proposal one stage along the pipeline (documents_complete, proposed, pertek with "
      "--number and --date, effective), back one stage or to cancelled with --reason"),
  NULL
};

int
kr_tool_promotion_move (int argc, char **argv)
{
  g_autofree char *reason = NULL;
  g_autofree char *number = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  const GOptionEntry entries[] = {
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason,
      N_ ("Why: needed to go back a stage or to cancel"), N_ ("TEXT") },
    { "number", 0, 0, G_OPTION_ARG_STRING, &number, N_ ("pertek: the number of BKN's pertek"),
      N_ ("TEXT") },
    { "date", 'd', 0, G_OPTION_ARG_STRING, &date_text, N_ ("pertek: the date of the pertek"),
      N_ ("DATE") },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrPromotionRepository) promotions = NULL;
  g_autoptr (KrPromotion) before = NULL;
  g_autoptr (GError) error = NULL;
  guint to = 0;
  gint64 id;
  GDate date;
  gboolean ok;
  int status;

  if (!kr_tool_parse_options (&move_command, entries, 3, &argc, &argv, &status))
    return status;
  g_date_clear (&date, 1);
  if (!kr_tool_training_parse_id (argv[2], "ID", &id, &message) ||
      !kr_tool_training_parse_code ("STAGE", argv[3], stage_code, 0, KR_N_PROMOTION_STAGES, &to,
                                    &message))
    return kr_tool_usage_error (&move_command, message);
  if (to == KR_PROMOTION_STAGE_DECREE)
    return kr_tool_usage_error (&move_command,
                                _ ("record the decree with `karier-tool promotion decree`, which "
                                   "takes its --sk, --date and --tmt"));
  if (to == KR_PROMOTION_STAGE_PERTEK && number == NULL)
    return kr_tool_usage_error (&move_command, _ ("missing option --number of the pertek"));
  if (to == KR_PROMOTION_STAGE_PERTEK &&
      !kr_tool_promotion_parse_date ("--date", date_text, &date, &message))
    return kr_tool_usage_error (&move_command, message);
  if (to != KR_PROMOTION_STAGE_PERTEK && (number != NULL || date_text != NULL))
    return kr_tool_usage_error (&move_command, _ ("--number and --date are for the pertek stage"));

  db = kr_tool_training_open (argv[1], FALSE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  promotions = kr_promotion_repository_new (db);
  if ((before = kr_promotion_repository_get_promotion (promotions, id, &error)) == NULL)
    return kr_tool_fail (error);
  if (reason == NULL && kr_promotion_stage_can_move (before->stage, to) &&
      kr_promotion_stage_move_needs_reason (before->stage, to))
    {
      /* Translators: the stages, such as “Proposed → Documents complete” */
      message = g_strdup_printf (_ ("missing option --reason: %s → %s needs one"),
                                 kr_promotion_stage_get_label (before->stage),
                                 kr_promotion_stage_get_label (to));
      return kr_tool_usage_error (&move_command, message);
    }
  if (to == KR_PROMOTION_STAGE_PERTEK)
    ok = kr_promotion_repository_record_pertek (promotions, id, number, &date, &error);
  else
    ok = kr_promotion_repository_move (promotions, id, to, reason, &error);
  if (!ok)
    return kr_tool_fail (error);
  g_print ("%s → %s\n", kr_promotion_stage_get_label (before->stage),
           kr_promotion_stage_get_label (to));
  return KR_TOOL_EXIT_OK;
}

/* decree */

static const KrToolCommand decree_command = {
  "promotion decree", N_ ("DATABASE ID"),
  N_ ("Record the SK of a proposal (--sk, --date, --tmt); when the TMT has come the proposal "
      "becomes effective and the new rank enters the employee’s rank history"),
  NULL
};

int
kr_tool_promotion_decree (int argc, char **argv)
{
  g_autofree char *sk = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *tmt_text = NULL;
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  const GOptionEntry entries[] = {
    { "sk", 0, 0, G_OPTION_ARG_STRING, &sk, N_ ("The number of the SK"), N_ ("TEXT") },
    { "date", 'd', 0, G_OPTION_ARG_STRING, &date_text, N_ ("The date of the SK"), N_ ("DATE") },
    { "tmt", 0, 0, G_OPTION_ARG_STRING, &tmt_text,
      N_ ("The TMT of the new rank (default: the proposal’s period)"), N_ ("DATE") },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrPromotionRepository) promotions = NULL;
  g_autoptr (KrPromotion) before = NULL;
  g_autoptr (KrPromotion) after = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *tmt_iso = NULL;
  GDate date, tmt;
  gint64 id;
  int status;

  if (!kr_tool_parse_options (&decree_command, entries, 2, &argc, &argv, &status))
    return status;
  g_date_clear (&tmt, 1);
  if (!kr_tool_training_parse_id (argv[2], "ID", &id, &message) ||
      (sk == NULL && (message = g_strdup (_ ("missing option --sk"))) != NULL) ||
      !kr_tool_promotion_parse_date ("--date", date_text, &date, &message) ||
      (tmt_text != NULL && !kr_tool_promotion_parse_date ("--tmt", tmt_text, &tmt, &message)))
    return kr_tool_usage_error (&decree_command, message);

  db = kr_tool_training_open (argv[1], FALSE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  promotions = kr_promotion_repository_new (db);
  if ((before = kr_promotion_repository_get_promotion (promotions, id, &error)) == NULL)
    return kr_tool_fail (error);
  if (!g_date_valid (&tmt))
    tmt = before->period;
  if (!kr_promotion_repository_record_decree (promotions, id, sk, &date, &tmt, &error) ||
      (after = kr_promotion_repository_get_promotion (promotions, id, &error)) == NULL)
    return kr_tool_fail (error);
  tmt_iso = kr_tool_promotion_iso (&tmt);
  g_print ("%s → %s\n", kr_promotion_stage_get_label (before->stage),
           kr_promotion_stage_get_label (after->stage));
  if (after->stage == KR_PROMOTION_STAGE_EFFECTIVE)
    /* Translators: the employee's name, the new golongan and its TMT */
    g_print (_ ("%s holds %s from %s.\n"), after->name, golongan (after->to_rank), tmt_iso);
  else
    /* Translators: %s is the TMT of a decree, in the future */
    g_print (_ ("The decree takes effect on %s: move the proposal to effective then.\n"), tmt_iso);
  return KR_TOOL_EXIT_OK;
}
