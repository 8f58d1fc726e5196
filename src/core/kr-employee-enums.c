/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The enums of an employee's record and their labels (kr-employee.h). */
#define G_LOG_DOMAIN "kr-employee"

#include "config.h"

#include "kr-employee.h"

/* Enums. The nicks are the codes that migrations/0003-employees.sql stores. */

static const GEnumValue employee_kind_values[] = {
  { KR_EMPLOYEE_KIND_PNS, "KR_EMPLOYEE_KIND_PNS", "pns" },
  { KR_EMPLOYEE_KIND_CPNS, "KR_EMPLOYEE_KIND_CPNS", "cpns" },
  { KR_EMPLOYEE_KIND_PPPK, "KR_EMPLOYEE_KIND_PPPK", "pppk" },
  { 0, NULL, NULL },
};

static const GEnumValue employee_status_values[] = {
  { KR_EMPLOYEE_STATUS_AKTIF, "KR_EMPLOYEE_STATUS_AKTIF", "aktif" },
  { KR_EMPLOYEE_STATUS_TUGAS_BELAJAR, "KR_EMPLOYEE_STATUS_TUGAS_BELAJAR", "tugas_belajar" },
  { KR_EMPLOYEE_STATUS_CLTN, "KR_EMPLOYEE_STATUS_CLTN", "cltn" },
  { KR_EMPLOYEE_STATUS_DIBERHENTIKAN_SEMENTARA, "KR_EMPLOYEE_STATUS_DIBERHENTIKAN_SEMENTARA",
    "diberhentikan_sementara" },
  { KR_EMPLOYEE_STATUS_PENERIMA_UANG_TUNGGU, "KR_EMPLOYEE_STATUS_PENERIMA_UANG_TUNGGU",
    "penerima_uang_tunggu" },
  { KR_EMPLOYEE_STATUS_MASA_PERSIAPAN_PENSIUN, "KR_EMPLOYEE_STATUS_MASA_PERSIAPAN_PENSIUN",
    "masa_persiapan_pensiun" },
  { KR_EMPLOYEE_STATUS_PENSIUN, "KR_EMPLOYEE_STATUS_PENSIUN", "pensiun" },
  { KR_EMPLOYEE_STATUS_MENINGGAL, "KR_EMPLOYEE_STATUS_MENINGGAL", "meninggal" },
  { KR_EMPLOYEE_STATUS_DIBERHENTIKAN, "KR_EMPLOYEE_STATUS_DIBERHENTIKAN", "diberhentikan" },
  { KR_EMPLOYEE_STATUS_BERHENTI, "KR_EMPLOYEE_STATUS_BERHENTI", "berhenti" },
  { 0, NULL, NULL },
};

/* UNKNOWN is stored as NULL; its nick is never written. */
static const GEnumValue religion_values[] = {
  { KR_RELIGION_UNKNOWN, "KR_RELIGION_UNKNOWN", "unknown" },
  { KR_RELIGION_ISLAM, "KR_RELIGION_ISLAM", "islam" },
  { KR_RELIGION_KRISTEN, "KR_RELIGION_KRISTEN", "kristen" },
  { KR_RELIGION_KATOLIK, "KR_RELIGION_KATOLIK", "katolik" },
  { KR_RELIGION_HINDU, "KR_RELIGION_HINDU", "hindu" },
  { KR_RELIGION_BUDDHA, "KR_RELIGION_BUDDHA", "buddha" },
  { KR_RELIGION_KHONGHUCU, "KR_RELIGION_KHONGHUCU", "khonghucu" },
  { KR_RELIGION_KEPERCAYAAN, "KR_RELIGION_KEPERCAYAAN", "kepercayaan" },
  { 0, NULL, NULL },
};

static const GEnumValue marital_status_values[] = {
  { KR_MARITAL_STATUS_UNKNOWN, "KR_MARITAL_STATUS_UNKNOWN", "unknown" },
  { KR_MARITAL_STATUS_BELUM_KAWIN, "KR_MARITAL_STATUS_BELUM_KAWIN", "belum_kawin" },
  { KR_MARITAL_STATUS_KAWIN, "KR_MARITAL_STATUS_KAWIN", "kawin" },
  { KR_MARITAL_STATUS_CERAI_HIDUP, "KR_MARITAL_STATUS_CERAI_HIDUP", "cerai_hidup" },
  { KR_MARITAL_STATUS_CERAI_MATI, "KR_MARITAL_STATUS_CERAI_MATI", "cerai_mati" },
  { 0, NULL, NULL },
};

static const GEnumValue promotion_kind_values[] = {
  { KR_PROMOTION_KIND_PENGANGKATAN, "KR_PROMOTION_KIND_PENGANGKATAN", "pengangkatan" },
  { KR_PROMOTION_KIND_REGULER, "KR_PROMOTION_KIND_REGULER", "reguler" },
  { KR_PROMOTION_KIND_PILIHAN, "KR_PROMOTION_KIND_PILIHAN", "pilihan" },
  { KR_PROMOTION_KIND_ANUMERTA, "KR_PROMOTION_KIND_ANUMERTA", "anumerta" },
  { KR_PROMOTION_KIND_PENGABDIAN, "KR_PROMOTION_KIND_PENGABDIAN", "pengabdian" },
  { KR_PROMOTION_KIND_PENYESUAIAN_IJAZAH, "KR_PROMOTION_KIND_PENYESUAIAN_IJAZAH",
    "penyesuaian_ijazah" },
  { KR_PROMOTION_KIND_PENURUNAN, "KR_PROMOTION_KIND_PENURUNAN", "penurunan" },
  { 0, NULL, NULL },
};

static const GEnumValue discipline_level_values[] = {
  { KR_DISCIPLINE_LEVEL_RINGAN, "KR_DISCIPLINE_LEVEL_RINGAN", "ringan" },
  { KR_DISCIPLINE_LEVEL_SEDANG, "KR_DISCIPLINE_LEVEL_SEDANG", "sedang" },
  { KR_DISCIPLINE_LEVEL_BERAT, "KR_DISCIPLINE_LEVEL_BERAT", "berat" },
  { 0, NULL, NULL },
};

static const GEnumValue discipline_regulation_values[] = {
  { KR_DISCIPLINE_REGULATION_PP_94_2021, "KR_DISCIPLINE_REGULATION_PP_94_2021", "PP 94/2021" },
  { KR_DISCIPLINE_REGULATION_PP_53_2010, "KR_DISCIPLINE_REGULATION_PP_53_2010", "PP 53/2010" },
  { 0, NULL, NULL },
};

static const GEnumValue award_kind_values[] = {
  { KR_AWARD_KIND_SATYALANCANA_X, "KR_AWARD_KIND_SATYALANCANA_X", "satyalancana_x" },
  { KR_AWARD_KIND_SATYALANCANA_XX, "KR_AWARD_KIND_SATYALANCANA_XX", "satyalancana_xx" },
  { KR_AWARD_KIND_SATYALANCANA_XXX, "KR_AWARD_KIND_SATYALANCANA_XXX", "satyalancana_xxx" },
  { KR_AWARD_KIND_OTHER, "KR_AWARD_KIND_OTHER", "other" },
  { 0, NULL, NULL },
};

/* Official term: do not translate */
static const char *const employee_kind_labels[KR_N_EMPLOYEE_KINDS] = {
  [KR_EMPLOYEE_KIND_PNS] = "PNS",
  [KR_EMPLOYEE_KIND_CPNS] = "CPNS",
  [KR_EMPLOYEE_KIND_PPPK] = "PPPK",
};

/* Official term: do not translate */
static const char *const employee_status_labels[KR_N_EMPLOYEE_STATUSES] = {
  [KR_EMPLOYEE_STATUS_AKTIF] = "Aktif",
  [KR_EMPLOYEE_STATUS_TUGAS_BELAJAR] = "Tugas Belajar",
  [KR_EMPLOYEE_STATUS_CLTN] = "Cuti di Luar Tanggungan Negara",
  [KR_EMPLOYEE_STATUS_DIBERHENTIKAN_SEMENTARA] = "Diberhentikan Sementara",
  [KR_EMPLOYEE_STATUS_PENERIMA_UANG_TUNGGU] = "Penerima Uang Tunggu",
  [KR_EMPLOYEE_STATUS_MASA_PERSIAPAN_PENSIUN] = "Masa Persiapan Pensiun",
  [KR_EMPLOYEE_STATUS_PENSIUN] = "Pensiun",
  [KR_EMPLOYEE_STATUS_MENINGGAL] = "Meninggal Dunia",
  [KR_EMPLOYEE_STATUS_DIBERHENTIKAN] = "Diberhentikan",
  [KR_EMPLOYEE_STATUS_BERHENTI] = "Berhenti",
};

/* Official term: do not translate */
static const char *const religion_labels[KR_N_RELIGIONS] = {
  [KR_RELIGION_UNKNOWN] = NULL,
  [KR_RELIGION_ISLAM] = "Islam",
  [KR_RELIGION_KRISTEN] = "Kristen",
  [KR_RELIGION_KATOLIK] = "Katolik",
  [KR_RELIGION_HINDU] = "Hindu",
  [KR_RELIGION_BUDDHA] = "Buddha",
  [KR_RELIGION_KHONGHUCU] = "Khonghucu",
  [KR_RELIGION_KEPERCAYAAN] = "Kepercayaan terhadap Tuhan Yang Maha Esa",
};

/* Official term: do not translate */
static const char *const marital_status_labels[KR_N_MARITAL_STATUSES] = {
  [KR_MARITAL_STATUS_UNKNOWN] = NULL,
  [KR_MARITAL_STATUS_BELUM_KAWIN] = "Belum Kawin",
  [KR_MARITAL_STATUS_KAWIN] = "Kawin",
  [KR_MARITAL_STATUS_CERAI_HIDUP] = "Cerai Hidup",
  [KR_MARITAL_STATUS_CERAI_MATI] = "Cerai Mati",
};

/* Official term: do not translate */
static const char *const promotion_kind_labels[KR_N_PROMOTION_KINDS] = {
  [KR_PROMOTION_KIND_PENGANGKATAN] = "Pengangkatan",
  [KR_PROMOTION_KIND_REGULER] = "Reguler",
  [KR_PROMOTION_KIND_PILIHAN] = "Pilihan",
  [KR_PROMOTION_KIND_ANUMERTA] = "Anumerta",
  [KR_PROMOTION_KIND_PENGABDIAN] = "Pengabdian",
  [KR_PROMOTION_KIND_PENYESUAIAN_IJAZAH] = "Penyesuaian Ijazah",
  [KR_PROMOTION_KIND_PENURUNAN] = "Penurunan Pangkat",
};

/* Official term: do not translate */
static const char *const discipline_level_labels[KR_N_DISCIPLINE_LEVELS] = {
  [KR_DISCIPLINE_LEVEL_RINGAN] = "Ringan",
  [KR_DISCIPLINE_LEVEL_SEDANG] = "Sedang",
  [KR_DISCIPLINE_LEVEL_BERAT] = "Berat",
};

/* Official term: do not translate */
static const char *const award_kind_labels[KR_N_AWARD_KINDS] = {
  [KR_AWARD_KIND_SATYALANCANA_X] = "Satyalancana Karya Satya X Tahun",
  [KR_AWARD_KIND_SATYALANCANA_XX] = "Satyalancana Karya Satya XX Tahun",
  [KR_AWARD_KIND_SATYALANCANA_XXX] = "Satyalancana Karya Satya XXX Tahun",
  [KR_AWARD_KIND_OTHER] = NULL,
};

#define DEFINE_ENUM_TYPE(TypeName, type_name, values)                                              \
  GType type_name##_get_type (void)                                                                \
  {                                                                                                \
    static gsize type = 0;                                                                         \
                                                                                                   \
    if (g_once_init_enter (&type))                                                                 \
      g_once_init_leave (&type, g_enum_register_static (#TypeName, values));                       \
    return type;                                                                                   \
  }

DEFINE_ENUM_TYPE (KrEmployeeKind, kr_employee_kind, employee_kind_values)
DEFINE_ENUM_TYPE (KrEmployeeStatus, kr_employee_status, employee_status_values)
DEFINE_ENUM_TYPE (KrReligion, kr_religion, religion_values)
DEFINE_ENUM_TYPE (KrMaritalStatus, kr_marital_status, marital_status_values)
DEFINE_ENUM_TYPE (KrPromotionKind, kr_promotion_kind, promotion_kind_values)
DEFINE_ENUM_TYPE (KrDisciplineLevel, kr_discipline_level, discipline_level_values)
DEFINE_ENUM_TYPE (KrDisciplineRegulation, kr_discipline_regulation, discipline_regulation_values)
DEFINE_ENUM_TYPE (KrAwardKind, kr_award_kind, award_kind_values)

const char *
kr_employee_kind_get_label (KrEmployeeKind kind)
{
  g_return_val_if_fail (kind < KR_N_EMPLOYEE_KINDS, NULL);

  return employee_kind_labels[kind];
}

const char *
kr_employee_status_get_label (KrEmployeeStatus status)
{
  g_return_val_if_fail (status < KR_N_EMPLOYEE_STATUSES, NULL);

  return employee_status_labels[status];
}

const char *
kr_religion_get_label (KrReligion religion)
{
  g_return_val_if_fail (religion < KR_N_RELIGIONS, NULL);

  return religion_labels[religion];
}

const char *
kr_marital_status_get_label (KrMaritalStatus status)
{
  g_return_val_if_fail (status < KR_N_MARITAL_STATUSES, NULL);

  return marital_status_labels[status];
}

const char *
kr_promotion_kind_get_label (KrPromotionKind kind)
{
  g_return_val_if_fail (kind < KR_N_PROMOTION_KINDS, NULL);

  return promotion_kind_labels[kind];
}

const char *
kr_discipline_level_get_label (KrDisciplineLevel level)
{
  g_return_val_if_fail (level < KR_N_DISCIPLINE_LEVELS, NULL);

  return discipline_level_labels[level];
}

const char *
kr_discipline_regulation_get_label (KrDisciplineRegulation regulation)
{
  g_return_val_if_fail (regulation < KR_N_DISCIPLINE_REGULATIONS, NULL);

  /* The code is the regulation's name. */
  return discipline_regulation_values[regulation].value_nick;
}

const char *
kr_award_kind_get_label (KrAwardKind kind)
{
  g_return_val_if_fail (kind < KR_N_AWARD_KINDS, NULL);

  return award_kind_labels[kind];
}

const char *
kr_golongan_get_label (guint golongan)
{
  KrRank rank;

  if (golongan > 100 && golongan - 100 <= KR_PPPK_GOLONGAN_MAX)
    return kr_pppk_golongan_to_roman (golongan - 100);
  if (kr_rank_from_code (golongan, &rank))
    return kr_rank_get_golongan (rank);
  return NULL;
}
