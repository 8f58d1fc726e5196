/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-document-promotion"

#include "config.h"

#include "kr-document-promotion.h"

#include <string.h>

#include "kr-document-rows.h"
#include "kr-nip.h"

/* The text of these documents is official Indonesian; none of it is translated. */

/* Labels */

/* Official term: do not translate */
const char *
kr_document_promotion_rule_text (KrPromotionRule rule)
{
  switch (rule)
    {
    case KR_PROMOTION_RULE_EMPLOYEE:
      return "Bukan PNS aktif";
    case KR_PROMOTION_RULE_PERIOD:
      return "TMT bukan periode kenaikan pangkat";
    case KR_PROMOTION_RULE_HIGHEST_RANK:
      return "Telah mencapai pangkat tertinggi";
    case KR_PROMOTION_RULE_TIME_IN_RANK:
      return "Masa kerja dalam pangkat belum mencukupi";
    case KR_PROMOTION_RULE_TIME_IN_POSITION:
      return "Masa dalam jabatan belum 1 tahun";
    case KR_PROMOTION_RULE_POSITION:
      return "Jabatan tidak sesuai dengan jenis kenaikan pangkat";
    case KR_PROMOTION_RULE_PERFORMANCE:
      return "Predikat kinerja 2 tahun terakhir belum paling rendah Baik";
    case KR_PROMOTION_RULE_EDUCATION:
      return "Tidak sesuai dengan pangkat menurut ijazah";
    case KR_PROMOTION_RULE_UJIAN_DINAS:
      return "Belum lulus ujian dinas";
    case KR_PROMOTION_RULE_ANGKA_KREDIT:
      return "Angka kredit belum mencukupi";
    case KR_PROMOTION_RULE_DISCIPLINE:
      return "Sedang menjalani hukuman disiplin";
    case KR_PROMOTION_RULE_RETIREMENT:
      return "Batas usia pensiun tidak sesuai";
    case KR_PROMOTION_RULE_DIED_ON_DUTY:
      return "Tidak tewas dalam menjalankan tugas";
    case KR_N_PROMOTION_RULES:
    default:
      return "-";
    }
}

/* Official term: do not translate */
const char *
kr_document_promotion_verdict_label (KrPromotionVerdictKind verdict)
{
  switch (verdict)
    {
    case KR_PROMOTION_ELIGIBLE:
      return "Memenuhi syarat";
    case KR_PROMOTION_NOT_YET:
      return "Belum memenuhi syarat";
    case KR_PROMOTION_BLOCKED:
      return "Tidak memenuhi syarat";
    case KR_N_PROMOTION_VERDICT_KINDS:
    default:
      return "-";
    }
}

/* Official term: do not translate */
const char *
kr_document_promotion_stage_label (KrPromotionStage stage)
{
  switch (stage)
    {
    case KR_PROMOTION_STAGE_CANDIDATE:
      return "Berkas belum lengkap";
    case KR_PROMOTION_STAGE_DOCUMENTS_COMPLETE:
      return "Berkas lengkap";
    case KR_PROMOTION_STAGE_PROPOSED:
      return "Diusulkan";
    case KR_PROMOTION_STAGE_PERTEK:
      return "Pertek BKN";
    case KR_PROMOTION_STAGE_DECREE:
      return "SK ditetapkan";
    case KR_PROMOTION_STAGE_EFFECTIVE:
      return "Berlaku";
    case KR_PROMOTION_STAGE_CANCELLED:
      return "Dibatalkan";
    case KR_N_PROMOTION_STAGES:
    default:
      return "-";
    }
}

/* Helpers */

static const char *
or_dash (const char *text)
{
  return text != NULL && *text != '\0' ? text : "-";
}

static char *
format_name (const char *name, const char *nip)
{
  g_autofree char *grouped = nip != NULL && *nip != '\0' ? kr_nip_format_digits (nip) : NULL;

  return g_strdup_printf ("%s\n%s", or_dash (name), or_dash (grouped));
}

static char *
format_rank (KrRank rank)
{
  if ((guint) rank >= KR_N_RANKS)
    return g_strdup ("-");
  return g_strdup_printf ("%s\n%s", kr_rank_get_pangkat (rank), kr_rank_get_golongan (rank));
}

static char *
format_long_date (const GDate *date)
{
  return date != NULL && g_date_valid (date) ? kr_document_format_date (date) : g_strdup ("-");
}

static char *
format_position (const char *position, const char *unit)
{
  if (position != NULL && *position != '\0')
    return g_strdup_printf ("%s\n%s", position, or_dash (unit));
  return g_strdup (or_dash (unit));
}

static void
add_upper (KrDocument *document, const char *text, const KrDocumentTextStyle *style)
{
  g_autofree char *upper = g_utf8_strup (text, -1);

  kr_document_add_text (document, upper, style);
}

/* Place and date, the office, and blank lines for the signature, the name and the NIP, as on
 * the other lists. */
static void
add_signature (KrDocument *document, const char *place, const GDate *date)
{
  const KrDocumentTextStyle style = { .alignment = PANGO_ALIGN_CENTER,
                                      .left = 0.55,
                                      .right = 1.0,
                                      .space_before = 18,
                                      .keep_with_previous = TRUE };
  g_autofree char *date_text = date != NULL && g_date_valid (date)
                                   ? kr_document_format_date (date)
                                   : g_strdup ("..............................");
  g_autofree char *text = g_strdup_printf (
      "%s, %s\nKepala BKPSDM\n\n\n\n\n"
      "(.................................................)\n"
      "NIP. ..............................................",
      place != NULL && *place != '\0' ? place : "..............................", date_text);

  kr_document_add_text (document, text, &style);
}

/* The title, the period, the instansi and unit, and what the list covers. */
static void
add_heading (KrDocument *document,
             const KrDocumentPromotionScope *scope,
             const char *title,
             const char *subtitle)
{
  const KrDocumentTextStyle title_style = { .size = 12,
                                            .bold = TRUE,
                                            .alignment = PANGO_ALIGN_CENTER };
  const KrDocumentTextStyle subtitle_style = { .size = 10,
                                               .alignment = PANGO_ALIGN_CENTER,
                                               .space_before = 2 };
  const KrDocumentTextStyle name_style = {
    .size = 10, .bold = TRUE, .alignment = PANGO_ALIGN_CENTER, .space_before = 2
  };
  const KrDocumentTextStyle facts_style = { .alignment = PANGO_ALIGN_CENTER,
                                            .space_before = 4,
                                            .space_after = 10 };
  g_autofree char *period = format_long_date (scope->period);
  g_autofree char *period_line = g_strdup_printf ("%s\nPeriode TMT %s", subtitle, period);
  const char *coverage;

  kr_document_add_text (document, title, &title_style);
  kr_document_add_text (document, period_line, &subtitle_style);
  if (scope->instansi != NULL)
    add_upper (document, scope->instansi, &name_style);
  if (scope->unit_name != NULL && g_strcmp0 (scope->unit_name, scope->instansi) != 0)
    add_upper (document, scope->unit_name, &name_style);
  if (scope->unit_name == NULL)
    coverage = "Seluruh unit kerja";
  else if (scope->subtree)
    coverage = "Unit kerja beserta unit di bawahnya";
  else
    coverage = "Unit kerja tanpa unit di bawahnya";
  kr_document_add_text (document, coverage, &facts_style);
}

static char *
running_header (const char *title, const KrDocumentPromotionScope *scope)
{
  g_autofree char *period = format_long_date (scope->period);

  return g_strdup_printf ("%s — %s — Periode %s", title,
                          scope->unit_name != NULL  ? scope->unit_name
                          : scope->instansi != NULL ? scope->instansi
                                                    : "Seluruh unit kerja",
                          period);
}

/* The nominative list */

enum
{
  N_NUMBER,
  N_NAME,
  N_OLD_RANK,
  N_OLD_TMT,
  N_NEW_RANK,
  N_NEW_TMT,
  N_KIND,
  N_YEARS,
  N_MONTHS,
  N_UNIT,
  N_NOTES,
  N_N_COLUMNS,
};

/* Official term: do not translate. Shares of a landscape A4 text width (about points). */
static const KrDocumentColumn nominative_columns[N_N_COLUMNS] = {
  [N_NUMBER] = { "NO", NULL, 26, PANGO_ALIGN_CENTER },
  [N_NAME] = { "NAMA\nNIP", NULL, 130, PANGO_ALIGN_LEFT },
  [N_OLD_RANK] = { "PANGKAT\nGOL./RUANG", "PANGKAT LAMA", 90, PANGO_ALIGN_LEFT },
  [N_OLD_TMT] = { "TMT", "PANGKAT LAMA", 66, PANGO_ALIGN_CENTER },
  [N_NEW_RANK] = { "PANGKAT\nGOL./RUANG", "PANGKAT BARU", 90, PANGO_ALIGN_LEFT },
  [N_NEW_TMT] = { "TMT", "PANGKAT BARU", 66, PANGO_ALIGN_CENTER },
  [N_KIND] = { "JENIS KENAIKAN\nPANGKAT", NULL, 80, PANGO_ALIGN_LEFT },
  [N_YEARS] = { "THN", "MASA KERJA", 28, PANGO_ALIGN_CENTER },
  [N_MONTHS] = { "BLN", "MASA KERJA", 28, PANGO_ALIGN_CENTER },
  [N_UNIT] = { "JABATAN\nUNIT KERJA", NULL, 120, PANGO_ALIGN_LEFT },
  [N_NOTES] = { "KETERANGAN", NULL, 116, PANGO_ALIGN_LEFT },
};

/* Official term: do not translate */
static char *
format_promotion_notes (const KrPromotion *promotion)
{
  g_autoptr (GString) text = g_string_new (kr_document_promotion_stage_label (promotion->stage));

  if (promotion->pertek_number != NULL)
    {
      g_autofree char *date = kr_document_format_date_numeric (&promotion->pertek_date);

      g_string_append_printf (text, "\nPertek: %s\ntgl. %s", promotion->pertek_number, date);
    }
  if (promotion->sk_number != NULL)
    {
      g_autofree char *date = kr_document_format_date_numeric (&promotion->sk_date);

      g_string_append_printf (text, "\nSK: %s\ntgl. %s", promotion->sk_number, date);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static KrDocumentRows *
make_nominative_rows (GPtrArray *promotions, guint counts[KR_N_KP_KINDS])
{
  KrDocumentRows *table = kr_document_rows_new (N_N_COLUMNS);

  memset (counts, 0, sizeof (guint) * KR_N_KP_KINDS);
  for (guint i = 0; promotions != NULL && i < promotions->len; i++)
    {
      const KrPromotion *promotion = g_ptr_array_index (promotions, i);
      const GDate *new_date = g_date_valid (&promotion->tmt) ? &promotion->tmt : &promotion->period;
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *name = format_name (promotion->name, promotion->nip);
      g_autofree char *old_rank = format_rank (promotion->from_rank);
      g_autofree char *old_tmt = kr_document_format_date_numeric (&promotion->from_tmt);
      g_autofree char *new_rank = format_rank (promotion->to_rank);
      g_autofree char *new_tmt = kr_document_format_date_numeric (new_date);
      g_autofree char *years = g_strdup_printf ("%u", promotion->service_years);
      g_autofree char *months = g_strdup_printf ("%u", promotion->service_months);
      g_autofree char *unit = format_position (promotion->position_name, promotion->unit_name);
      g_autofree char *notes = format_promotion_notes (promotion);
      gboolean known_kind = (guint) promotion->kind < KR_N_KP_KINDS;
      const char *cells[N_N_COLUMNS] = {
        [N_NUMBER] = number,
        [N_NAME] = name,
        [N_OLD_RANK] = old_rank,
        [N_OLD_TMT] = old_tmt,
        [N_NEW_RANK] = new_rank,
        [N_NEW_TMT] = new_tmt,
        [N_KIND] = known_kind ? kr_kp_kind_get_official_name (promotion->kind) : "-",
        [N_YEARS] = years,
        [N_MONTHS] = months,
        [N_UNIT] = unit,
        [N_NOTES] = notes,
      };

      kr_document_rows_add (table, cells, NULL);
      if (known_kind)
        counts[promotion->kind]++;
    }
  return table;
}

static void
add_nominative_summary (KrDocument *document, guint n, const guint *counts)
{
  const KrDocumentTextStyle style = { .space_before = 6 };
  g_autoptr (GString) text = NULL;

  if (n == 0)
    return;
  text = g_string_new (NULL);
  g_string_append_printf (text, "Jumlah usul: %u", n);
  for (KrKpKind kind = 0; kind < KR_N_KP_KINDS; kind++)
    {
      if (counts[kind] > 0)
        g_string_append_printf (text, " · %s: %u", kr_kp_kind_get_official_name (kind),
                                counts[kind]);
    }
  kr_document_add_text (document, text->str, &style);
}

KrDocument *
kr_document_promotion_nominative_new (const KrDocumentPromotionScope *scope, GPtrArray *promotions)
{
  KrDocument *document;
  g_autofree char *running = NULL;
  guint counts[KR_N_KP_KINDS];

  g_return_val_if_fail (scope != NULL, NULL);

  document = kr_document_new ();
  kr_document_set_landscape (document, TRUE);
  kr_document_set_title (document, "Daftar Nominatif Usul Kenaikan Pangkat");
  running = running_header ("Daftar Nominatif Usul Kenaikan Pangkat", scope);
  kr_document_set_running_header (document, running);
  add_heading (document, scope, "DAFTAR NOMINATIF USUL KENAIKAN PANGKAT", "Pegawai Negeri Sipil");
  kr_document_add_rows_table (document, nominative_columns, N_N_COLUMNS, TRUE,
                              "Tidak ada usul kenaikan pangkat pada periode ini.",
                              make_nominative_rows (promotions, counts));
  add_nominative_summary (document, promotions != NULL ? promotions->len : 0, counts);
  add_signature (document, scope->place, scope->date);
  return document;
}

/* The candidate list */

enum
{
  C_NUMBER,
  C_NAME,
  C_RANK,
  C_TMT,
  C_YEARS,
  C_MONTHS,
  C_UNIT,
  C_KIND,
  C_NEW_RANK,
  C_STATUS,
  C_NOTES,
  N_C_COLUMNS,
};

/* Official term: do not translate */
static const KrDocumentColumn candidate_columns[N_C_COLUMNS] = {
  [C_NUMBER] = { "NO", NULL, 26, PANGO_ALIGN_CENTER },
  [C_NAME] = { "NAMA\nNIP", NULL, 124, PANGO_ALIGN_LEFT },
  [C_RANK] = { "PANGKAT\nGOL./RUANG", "PANGKAT TERAKHIR", 86, PANGO_ALIGN_LEFT },
  [C_TMT] = { "TMT", "PANGKAT TERAKHIR", 66, PANGO_ALIGN_CENTER },
  [C_YEARS] = { "THN", "MASA KERJA", 28, PANGO_ALIGN_CENTER },
  [C_MONTHS] = { "BLN", "MASA KERJA", 28, PANGO_ALIGN_CENTER },
  [C_UNIT] = { "JABATAN\nUNIT KERJA", NULL, 110, PANGO_ALIGN_LEFT },
  [C_KIND] = { "JENIS KENAIKAN\nPANGKAT", "USUL", 76, PANGO_ALIGN_LEFT },
  [C_NEW_RANK] = { "GOL./\nRUANG", "USUL", 40, PANGO_ALIGN_CENTER },
  [C_STATUS] = { "STATUS", NULL, 62, PANGO_ALIGN_CENTER },
  [C_NOTES] = { "KETERANGAN", NULL, 150, PANGO_ALIGN_LEFT },
};

/* Official term: do not translate */
static char *
format_candidate_notes (const KrPromotionCandidate *candidate)
{
  const KrPromotionVerdict *verdict = candidate->verdict;
  g_autoptr (GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; verdict != NULL && verdict->reasons != NULL && i < verdict->reasons->len; i++)
    {
      const KrPromotionReason *reason = g_ptr_array_index (verdict->reasons, i);

      if (!reason->met)
        g_ptr_array_add (notes, g_strdup (kr_document_promotion_rule_text (reason->rule)));
    }
  if (verdict != NULL && verdict->verdict == KR_PROMOTION_NOT_YET &&
      g_date_valid (&verdict->eligible_on))
    {
      g_autofree char *date = kr_document_format_date (&verdict->eligible_on);

      g_ptr_array_add (notes, g_strdup_printf ("Memenuhi syarat TMT %s", date));
    }
  if (candidate->promotion_id != 0)
    g_ptr_array_add (
        notes, g_strdup_printf ("Telah diusulkan (%s)",
                                kr_document_promotion_stage_label (candidate->promotion_stage)));
  if (notes->len == 0)
    return g_strdup ("-");
  g_ptr_array_add (notes, NULL);
  return g_strjoinv ("; ", (char **) notes->pdata);
}

static KrDocumentRows *
make_candidate_rows (GPtrArray *candidates, guint counts[KR_N_PROMOTION_VERDICT_KINDS])
{
  KrDocumentRows *table = kr_document_rows_new (N_C_COLUMNS);

  memset (counts, 0, sizeof (guint) * KR_N_PROMOTION_VERDICT_KINDS);
  for (guint i = 0; candidates != NULL && i < candidates->len; i++)
    {
      const KrPromotionCandidate *candidate = g_ptr_array_index (candidates, i);
      const KrPromotionVerdict *verdict = candidate->verdict;
      gboolean proposes = verdict != NULL && verdict->to_rank != candidate->rank &&
                          (guint) verdict->kind < KR_N_KP_KINDS;
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *name = format_name (candidate->name, candidate->nip);
      g_autofree char *rank = format_rank (candidate->rank);
      g_autofree char *tmt = kr_document_format_date_numeric (&candidate->rank_tmt);
      g_autofree char *years = g_strdup_printf ("%u", candidate->service_years);
      g_autofree char *months = g_strdup_printf ("%u", candidate->service_months);
      g_autofree char *unit = format_position (candidate->position_name, candidate->unit_name);
      g_autofree char *notes = format_candidate_notes (candidate);
      const char *cells[N_C_COLUMNS] = {
        [C_NUMBER] = number,
        [C_NAME] = name,
        [C_RANK] = rank,
        [C_TMT] = tmt,
        [C_YEARS] = years,
        [C_MONTHS] = months,
        [C_UNIT] = unit,
        [C_KIND] = proposes ? kr_kp_kind_get_official_name (verdict->kind) : "-",
        [C_NEW_RANK] = proposes ? kr_rank_get_golongan (verdict->to_rank) : "-",
        [C_STATUS] = verdict != NULL ? kr_document_promotion_verdict_label (verdict->verdict) : "-",
        [C_NOTES] = notes,
      };

      kr_document_rows_add (table, cells, NULL);
      if (verdict != NULL && (guint) verdict->verdict < KR_N_PROMOTION_VERDICT_KINDS)
        counts[verdict->verdict]++;
    }
  return table;
}

static void
add_candidate_summary (KrDocument *document, guint n, const guint *counts)
{
  const KrDocumentTextStyle style = { .space_before = 6 };
  g_autofree char *text = NULL;

  if (n == 0)
    return;
  text = g_strdup_printf (
      "Jumlah pegawai: %u · %s: %u · %s: %u · %s: %u", n,
      kr_document_promotion_verdict_label (KR_PROMOTION_ELIGIBLE), counts[KR_PROMOTION_ELIGIBLE],
      kr_document_promotion_verdict_label (KR_PROMOTION_NOT_YET), counts[KR_PROMOTION_NOT_YET],
      kr_document_promotion_verdict_label (KR_PROMOTION_BLOCKED), counts[KR_PROMOTION_BLOCKED]);
  kr_document_add_text (document, text, &style);
}

KrDocument *
kr_document_promotion_candidates_new (const KrDocumentPromotionScope *scope, GPtrArray *candidates)
{
  KrDocument *document;
  g_autofree char *running = NULL;
  guint counts[KR_N_PROMOTION_VERDICT_KINDS];

  g_return_val_if_fail (scope != NULL, NULL);

  document = kr_document_new ();
  kr_document_set_landscape (document, TRUE);
  kr_document_set_title (document, "Daftar Calon Kenaikan Pangkat");
  running = running_header ("Daftar Calon Kenaikan Pangkat", scope);
  kr_document_set_running_header (document, running);
  add_heading (document, scope, "DAFTAR CALON KENAIKAN PANGKAT",
               "Pegawai Negeri Sipil yang memenuhi masa kerja paling singkat 1 tahun dalam "
               "pangkat");
  kr_document_add_rows_table (document, candidate_columns, N_C_COLUMNS, TRUE,
                              "Tidak ada calon kenaikan pangkat pada periode ini.",
                              make_candidate_rows (candidates, counts));
  add_candidate_summary (document, candidates != NULL ? candidates->len : 0, counts);
  add_signature (document, scope->place, scope->date);
  return document;
}
