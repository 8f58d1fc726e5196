/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-promotion-rules"

#include "config.h"

#include "kr-promotion-rules.h"

#include "kr-date.h"
#include "kr-i18n.h"

/* The words and the dated data of KP (DOMAIN 4, 9): codes and labels, the period regimes, the
 * pipeline, the document checklists, ujian dinas, angka kredit. The eligibility evaluation is
 * in kr-promotion-eligibility.c. */

typedef struct
{
  const char *code;
  const char *label;
} CodeLabel;

static gboolean
find_code (const CodeLabel *table, guint n, const char *code, guint *index)
{
  if (code == NULL)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (table[i].code, code) == 0)
      {
        *index = i;
        return TRUE;
      }
  return FALSE;
}

#define DEFINE_CODES(Type, prefix, table, N)                                                       \
  const char *prefix##_get_code (Type value)                                                       \
  {                                                                                                \
    g_return_val_if_fail ((guint) value < N, NULL);                                                \
    return table[value].code;                                                                      \
  }                                                                                                \
  const char *prefix##_get_label (Type value)                                                      \
  {                                                                                                \
    g_return_val_if_fail ((guint) value < N, NULL);                                                \
    return _ (table[value].label);                                                                 \
  }                                                                                                \
  gboolean prefix##_from_code (const char *code, Type *value)                                      \
  {                                                                                                \
    guint index;                                                                                   \
                                                                                                   \
    g_return_val_if_fail (value != NULL, FALSE);                                                   \
    if (!find_code (table, N, code, &index))                                                       \
      return FALSE;                                                                                \
    *value = (Type) index;                                                                         \
    return TRUE;                                                                                   \
  }

static const CodeLabel kp_kinds[KR_N_KP_KINDS] = {
  [KR_KP_KIND_REGULER] = { "reguler", N_ ("Regular") },
  [KR_KP_KIND_PILIHAN_STRUKTURAL] = { "pilihan_struktural", N_ ("Structural (pilihan)") },
  [KR_KP_KIND_PILIHAN_FUNGSIONAL] = { "pilihan_fungsional", N_ ("Functional (pilihan)") },
  [KR_KP_KIND_PENYESUAIAN_IJAZAH] = { "penyesuaian_ijazah", N_ ("Degree adjustment") },
  [KR_KP_KIND_PENGABDIAN] = { "pengabdian", N_ ("Pengabdian") },
  [KR_KP_KIND_ANUMERTA] = { "anumerta", N_ ("Anumerta") },
};

DEFINE_CODES (KrKpKind, kr_kp_kind, kp_kinds, KR_N_KP_KINDS)

static const char *const kp_official_names[KR_N_KP_KINDS] = {
  [KR_KP_KIND_REGULER] = "KP Reguler",
  [KR_KP_KIND_PILIHAN_STRUKTURAL] = "KP Pilihan (Jabatan Struktural)",
  [KR_KP_KIND_PILIHAN_FUNGSIONAL] = "KP Pilihan (Jabatan Fungsional)",
  [KR_KP_KIND_PENYESUAIAN_IJAZAH] = "KP Penyesuaian Ijazah",
  [KR_KP_KIND_PENGABDIAN] = "KP Pengabdian",
  [KR_KP_KIND_ANUMERTA] = "KP Anumerta",
};

const char *
kr_kp_kind_get_official_name (KrKpKind kind)
{
  g_return_val_if_fail ((guint) kind < KR_N_KP_KINDS, NULL);
  return kp_official_names[kind];
}

KrPromotionKind
kr_kp_kind_to_promotion_kind (KrKpKind kind)
{
  switch (kind)
    {
    case KR_KP_KIND_REGULER:
      return KR_PROMOTION_KIND_REGULER;
    case KR_KP_KIND_PILIHAN_STRUKTURAL:
    case KR_KP_KIND_PILIHAN_FUNGSIONAL:
      return KR_PROMOTION_KIND_PILIHAN;
    case KR_KP_KIND_PENYESUAIAN_IJAZAH:
      return KR_PROMOTION_KIND_PENYESUAIAN_IJAZAH;
    case KR_KP_KIND_PENGABDIAN:
      return KR_PROMOTION_KIND_PENGABDIAN;
    case KR_KP_KIND_ANUMERTA:
      return KR_PROMOTION_KIND_ANUMERTA;
    case KR_N_KP_KINDS:
    default:
      break;
    }
  g_return_val_if_reached (KR_PROMOTION_KIND_REGULER);
}

gboolean
kr_kp_kind_uses_periods (KrKpKind kind)
{
  return kind != KR_KP_KIND_PENGABDIAN && kind != KR_KP_KIND_ANUMERTA;
}

/* Periods (DOMAIN 4.3). The first and last days of each era are B: the regulation's date of
 * enactment, the day after for the next; PP 3/1980 before PP 99/2000 is B as a whole. */

#define M(month) (1u << ((month) -1))
#define APR_OCT  (M (4) | M (10))

static const KrKpPeriodRegime regimes[] = {
  { "PP 3/1980", "1980-01-01", "2000-11-29", APR_OCT, 2, FALSE },
  { "PP 99/2000", "2000-11-30", "2002-04-16", M (1) | M (4) | M (7) | M (10), 4, TRUE },
  { "PP 12/2002", "2002-04-17", "2023-12-31", APR_OCT, 2, TRUE },
  { "Peraturan BKN 4/2023", "2024-01-01", "2025-09-30",
    M (2) | M (4) | M (6) | M (8) | M (10) | M (12), 6, TRUE },
  { "Peraturan BKN 4/2025", "2025-10-01", NULL, 0xfffu, 12, TRUE },
};

const KrKpPeriodRegime *
kr_kp_period_regimes (guint *n_regimes)
{
  if (n_regimes != NULL)
    *n_regimes = G_N_ELEMENTS (regimes);
  return regimes;
}

static guint32
iso_julian (const char *iso)
{
  GDate date;

  if (!kr_date_parse_iso (iso, &date, NULL))
    g_return_val_if_reached (0);
  return g_date_get_julian (&date);
}

const KrKpPeriodRegime *
kr_kp_period_regime_for_date (const GDate *date)
{
  guint32 julian;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  julian = g_date_get_julian (date);
  for (guint i = 0; i < G_N_ELEMENTS (regimes); i++)
    {
      if (julian < iso_julian (regimes[i].first_day))
        return NULL;
      if (regimes[i].last_day == NULL || julian <= iso_julian (regimes[i].last_day))
        return &regimes[i];
    }
  return NULL;
}

gboolean
kr_kp_period_is_valid (const GDate *date)
{
  const KrKpPeriodRegime *regime;

  g_return_val_if_fail (date != NULL, FALSE);
  if (!g_date_valid (date) || g_date_get_day (date) != 1)
    return FALSE;
  regime = kr_kp_period_regime_for_date (date);
  return regime != NULL && (regime->months & M (g_date_get_month (date))) != 0;
}

gboolean
kr_kp_period_on_or_after (const GDate *date, GDate *out)
{
  GDate d;

  g_return_val_if_fail (out != NULL, FALSE);
  if (date == NULL || !g_date_valid (date))
    return FALSE;
  g_date_set_dmy (&d, 1, g_date_get_month (date), g_date_get_year (date));
  if (g_date_compare (&d, date) < 0)
    g_date_add_months (&d, 1);
  /* Before the first regime: start there */
  if (kr_kp_period_regime_for_date (&d) == NULL)
    {
      GDate first;

      kr_date_parse_iso (regimes[0].first_day, &first, NULL);
      if (g_date_compare (&d, &first) < 0)
        d = first;
    }
  for (guint i = 0; i < 24; i++)
    {
      if (kr_kp_period_is_valid (&d))
        {
          *out = d;
          return TRUE;
        }
      g_date_add_months (&d, 1);
    }
  g_return_val_if_reached (FALSE);
}

gboolean
kr_kp_period_next (const GDate *date, GDate *out)
{
  GDate d;

  if (date == NULL || !g_date_valid (date))
    return FALSE;
  d = *date;
  g_date_add_days (&d, 1);
  return kr_kp_period_on_or_after (&d, out);
}

gboolean
kr_kp_period_previous (const GDate *date, GDate *out)
{
  GDate d;

  g_return_val_if_fail (out != NULL, FALSE);
  if (date == NULL || !g_date_valid (date))
    return FALSE;
  g_date_set_dmy (&d, 1, g_date_get_month (date), g_date_get_year (date));
  if (g_date_compare (&d, date) >= 0)
    g_date_subtract_months (&d, 1);
  for (guint i = 0; i < 24; i++)
    {
      if (kr_kp_period_is_valid (&d))
        {
          *out = d;
          return TRUE;
        }
      if (kr_kp_period_regime_for_date (&d) == NULL)
        return FALSE;
      g_date_subtract_months (&d, 1);
    }
  return FALSE;
}

/* The pipeline */

static const CodeLabel stages[KR_N_PROMOTION_STAGES] = {
  [KR_PROMOTION_STAGE_CANDIDATE] = { "candidate", N_ ("Candidate") },
  [KR_PROMOTION_STAGE_DOCUMENTS_COMPLETE] = { "documents_complete", N_ ("Documents complete") },
  [KR_PROMOTION_STAGE_PROPOSED] = { "proposed", N_ ("Proposed") },
  [KR_PROMOTION_STAGE_PERTEK] = { "pertek", N_ ("Technical approval") },
  [KR_PROMOTION_STAGE_DECREE] = { "decree", N_ ("Decree") },
  [KR_PROMOTION_STAGE_EFFECTIVE] = { "effective", N_ ("Effective") },
  [KR_PROMOTION_STAGE_CANCELLED] = { "cancelled", N_ ("Cancelled") },
};

DEFINE_CODES (KrPromotionStage, kr_promotion_stage, stages, KR_N_PROMOTION_STAGES)

static gboolean
is_final (KrPromotionStage stage)
{
  return stage == KR_PROMOTION_STAGE_EFFECTIVE || stage == KR_PROMOTION_STAGE_CANCELLED;
}

gboolean
kr_promotion_stage_can_move (KrPromotionStage from, KrPromotionStage to)
{
  if (from >= KR_N_PROMOTION_STAGES || to >= KR_N_PROMOTION_STAGES || is_final (from) || from == to)
    return FALSE;
  if (to == KR_PROMOTION_STAGE_CANCELLED)
    return TRUE;
  if (to == from + 1)
    return TRUE;
  /* One step back, a correction: not from decree (its SK stands; cancel instead) */
  return to + 1 == from && from >= KR_PROMOTION_STAGE_DOCUMENTS_COMPLETE &&
         from <= KR_PROMOTION_STAGE_PERTEK;
}

gboolean
kr_promotion_stage_move_needs_reason (KrPromotionStage from, KrPromotionStage to)
{
  return to == KR_PROMOTION_STAGE_CANCELLED || to < from;
}

/* Document checklists (B: SE Kepala BKN 19/2022 and the Kanreg lists; the same in SIASN) */

static const KrPromotionDocumentItem doc_items[] = {
  { "sk_pangkat_terakhir", N_ ("Last rank decree (SK pangkat terakhir)") },
  { "sk_cpns_pns", N_ ("CPNS and PNS decrees") },
  { "penilaian_kinerja", N_ ("Performance appraisals of the last 2 years") },
  { "sk_jabatan", N_ ("Position decree and inauguration record") },
  { "pak", N_ ("Angka kredit assessment (PAK)") },
  { "ijazah", N_ ("Certificate (ijazah) and transcript") },
  { "ujian_dinas", N_ ("Ujian dinas or UPKP certificate") },
  { "surat_tanda_lulus", N_ ("Statement of adjustment exam passed") },
  { "uraian_tugas", N_ ("Job description for the new degree") },
  { "akta_kematian", N_ ("Death certificate") },
  { "surat_keterangan_tewas", N_ ("Statement of death on duty") },
  { "usul_pensiun", N_ ("Retirement proposal") },
};

enum
{
  D_SK_PANGKAT,
  D_SK_CPNS,
  D_KINERJA,
  D_JABATAN,
  D_PAK,
  D_IJAZAH,
  D_UJIAN,
  D_STL,
  D_URAIAN,
  D_AKTA,
  D_TEWAS,
  D_PENSIUN,
};

static const guint8 list_reguler[] = { D_SK_PANGKAT, D_SK_CPNS, D_KINERJA, D_IJAZAH, D_UJIAN };
static const guint8 list_struktural[] = { D_SK_PANGKAT, D_KINERJA, D_JABATAN, D_UJIAN };
static const guint8 list_fungsional[] = { D_SK_PANGKAT, D_KINERJA, D_JABATAN, D_PAK, D_UJIAN };
static const guint8 list_ijazah[] = { D_SK_PANGKAT, D_KINERJA, D_IJAZAH, D_STL, D_URAIAN };
static const guint8 list_pengabdian[] = { D_SK_PANGKAT, D_SK_CPNS, D_KINERJA, D_PENSIUN };
static const guint8 list_anumerta[] = { D_SK_PANGKAT, D_SK_CPNS, D_AKTA, D_TEWAS };

static const struct
{
  const guint8 *items;
  guint n;
} lists[KR_N_KP_KINDS] = {
  [KR_KP_KIND_REGULER] = { list_reguler, G_N_ELEMENTS (list_reguler) },
  [KR_KP_KIND_PILIHAN_STRUKTURAL] = { list_struktural, G_N_ELEMENTS (list_struktural) },
  [KR_KP_KIND_PILIHAN_FUNGSIONAL] = { list_fungsional, G_N_ELEMENTS (list_fungsional) },
  [KR_KP_KIND_PENYESUAIAN_IJAZAH] = { list_ijazah, G_N_ELEMENTS (list_ijazah) },
  [KR_KP_KIND_PENGABDIAN] = { list_pengabdian, G_N_ELEMENTS (list_pengabdian) },
  [KR_KP_KIND_ANUMERTA] = { list_anumerta, G_N_ELEMENTS (list_anumerta) },
};

/* The checklists expanded into items once */
static KrPromotionDocumentItem expanded[KR_N_KP_KINDS][8];

const KrPromotionDocumentItem *
kr_promotion_documents_for_kind (KrKpKind kind, guint *n_items)
{
  static gsize done = 0;

  g_return_val_if_fail ((guint) kind < KR_N_KP_KINDS, NULL);

  if (g_once_init_enter (&done))
    {
      for (guint k = 0; k < KR_N_KP_KINDS; k++)
        for (guint i = 0; i < lists[k].n; i++)
          expanded[k][i] = doc_items[lists[k].items[i]];
      g_once_init_leave (&done, 1);
    }
  if (n_items != NULL)
    *n_items = lists[kind].n;
  return expanded[kind];
}

const char *
kr_promotion_document_get_label (const char *code)
{
  g_return_val_if_fail (code != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (doc_items); i++)
    if (strcmp (doc_items[i].code, code) == 0)
      return _ (doc_items[i].label);
  return code;
}

/* Ujian dinas */

static const CodeLabel ujian_levels[KR_N_UJIAN_DINAS_LEVELS] = {
  [KR_UJIAN_DINAS_II_III] = { "ii_iii", N_ ("Level I (II → III)") },
  [KR_UJIAN_DINAS_III_IV] = { "iii_iv", N_ ("Level II (III → IV)") },
};

DEFINE_CODES (KrUjianDinasLevel, kr_ujian_dinas_level, ujian_levels, KR_N_UJIAN_DINAS_LEVELS)

gboolean
kr_ujian_dinas_needed (KrRank from, KrRank to, KrUjianDinasLevel *level)
{
  if (from <= KR_RANK_II_D && to >= KR_RANK_III_A)
    {
      if (level != NULL)
        *level = KR_UJIAN_DINAS_II_III;
      return TRUE;
    }
  if (from <= KR_RANK_III_D && to >= KR_RANK_IV_A)
    {
      if (level != NULL)
        *level = KR_UJIAN_DINAS_III_IV;
      return TRUE;
    }
  return FALSE;
}

/* Angka kredit (DOMAIN 4.4) */

static const CodeLabel ak_sources[KR_N_ANGKA_KREDIT_SOURCES] = {
  [KR_ANGKA_KREDIT_SOURCE_KONVERSI] = { "konversi", N_ ("Yearly conversion") },
  [KR_ANGKA_KREDIT_SOURCE_INTEGRASI] = { "integrasi", N_ ("Integration") },
  [KR_ANGKA_KREDIT_SOURCE_PAK] = { "pak", N_ ("PAK") },
};

DEFINE_CODES (KrAngkaKreditSource, kr_angka_kredit_source, ak_sources, KR_N_ANGKA_KREDIT_SOURCES)

static const struct
{
  double koefisien;
  double for_kp;
} ak_levels[KR_N_POSITION_LEVELS] = {
  [KR_POSITION_LEVEL_NONE] = { 0, 0 },          [KR_POSITION_LEVEL_AHLI_PERTAMA] = { 12.5, 50 },
  [KR_POSITION_LEVEL_AHLI_MUDA] = { 25, 100 },  [KR_POSITION_LEVEL_AHLI_MADYA] = { 37.5, 150 },
  [KR_POSITION_LEVEL_AHLI_UTAMA] = { 50, 200 }, [KR_POSITION_LEVEL_PEMULA] = { 3.75, 15 },
  [KR_POSITION_LEVEL_TERAMPIL] = { 5, 20 },     [KR_POSITION_LEVEL_MAHIR] = { 12.5, 50 },
  [KR_POSITION_LEVEL_PENYELIA] = { 25, 100 },
};

/* Percentage of the koefisien per predikat */
static const double ak_percent[KR_N_PREDIKAT] = {
  [KR_PREDIKAT_SANGAT_KURANG] = 25,   [KR_PREDIKAT_KURANG] = 50,
  [KR_PREDIKAT_BUTUH_PERBAIKAN] = 75, [KR_PREDIKAT_BAIK] = 100,
  [KR_PREDIKAT_SANGAT_BAIK] = 150,
};

double
kr_angka_kredit_for_kp (KrPositionLevel level)
{
  g_return_val_if_fail ((guint) level < KR_N_POSITION_LEVELS, 0);
  return ak_levels[level].for_kp;
}

double
kr_angka_kredit_koefisien (KrPositionLevel level)
{
  g_return_val_if_fail ((guint) level < KR_N_POSITION_LEVELS, 0);
  return ak_levels[level].koefisien;
}

double
kr_angka_kredit_convert (KrPositionLevel level, KrPredikat predikat, guint months)
{
  g_return_val_if_fail ((guint) predikat < KR_N_PREDIKAT, 0);
  return months / 12.0 * ak_percent[predikat] / 100.0 * kr_angka_kredit_koefisien (level);
}

/* Performance */

gboolean
kr_promotion_performance_is_good (const KrPromotionPerformance *performance)
{
  g_return_val_if_fail (performance != NULL, FALSE);

  switch (performance->source)
    {
    case KR_PERFORMANCE_PREDIKAT:
      return performance->predikat >= KR_PREDIKAT_BAIK;
    case KR_PERFORMANCE_PP46:
      return performance->sebutan >= KR_PP46_SEBUTAN_BAIK;
    case KR_PERFORMANCE_NONE:
    default:
      return FALSE;
    }
}

void
kr_promotion_performance_years (const GDate *date, guint *last, guint *before_last)
{
  guint year = g_date_get_year (date);

  if (last != NULL)
    *last = year - 1;
  if (before_last != NULL)
    *before_last = year - 2;
}

/* Retirement (DOMAIN 9; the lead time is B) */

guint
kr_retirement_proposal_lead_months (void)
{
  return 6;
}

void
kr_retirement_dates (const GDate *birth_date,
                     guint bup_years,
                     GDate *bup_date,
                     GDate *tmt_pensiun,
                     GDate *deadline)
{
  GDate tmt;

  g_return_if_fail (birth_date != NULL && g_date_valid (birth_date));

  if (bup_date != NULL)
    {
      *bup_date = *birth_date;
      g_date_add_years (bup_date, bup_years);
    }
  kr_position_retirement_date (birth_date, bup_years, &tmt);
  if (tmt_pensiun != NULL)
    *tmt_pensiun = tmt;
  if (deadline != NULL)
    {
      *deadline = tmt;
      g_date_subtract_months (deadline, kr_retirement_proposal_lead_months ());
    }
}
