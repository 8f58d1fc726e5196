/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "kr-education.h"
#include "kr-nip.h"
#include "kr-position.h"
#include "kr-rank.h"

G_BEGIN_DECLS

/* Enums. Their labels are official Indonesian terms and are not translated. */

/**
 * KrEmployeeKind:
 * @KR_EMPLOYEE_KIND_PNS: a civil servant (pegawai negeri sipil)
 * @KR_EMPLOYEE_KIND_CPNS: a candidate civil servant, before appointment as PNS
 * @KR_EMPLOYEE_KIND_PPPK: a government employee under a work contract
 *
 * The kind of employee (jenis pegawai). A PNS and a CPNS have a NIP and a golongan ruang;
 * a PPPK has an NI PPPK and a PPPK golongan.
 */
typedef enum
{
  KR_EMPLOYEE_KIND_PNS,
  KR_EMPLOYEE_KIND_CPNS,
  KR_EMPLOYEE_KIND_PPPK,
  KR_N_EMPLOYEE_KINDS,
} KrEmployeeKind;

GType kr_employee_kind_get_type (void);
#define KR_TYPE_EMPLOYEE_KIND (kr_employee_kind_get_type ())

/**
 * kr_employee_kind_get_label:
 * @kind: an employee kind
 *
 * Returns: the official abbreviation, "PNS", "CPNS" or "PPPK"
 */
const char *kr_employee_kind_get_label (KrEmployeeKind kind);

/**
 * KrEmployeeStatus:
 * @KR_EMPLOYEE_STATUS_AKTIF: in service
 * @KR_EMPLOYEE_STATUS_TUGAS_BELAJAR: released from duty to study
 * @KR_EMPLOYEE_STATUS_CLTN: cuti di luar tanggungan negara (unpaid leave)
 * @KR_EMPLOYEE_STATUS_DIBERHENTIKAN_SEMENTARA: temporarily discharged
 * @KR_EMPLOYEE_STATUS_PENERIMA_UANG_TUNGGU: receiving waiting pay
 * @KR_EMPLOYEE_STATUS_MASA_PERSIAPAN_PENSIUN: in the year before retirement
 * @KR_EMPLOYEE_STATUS_PENSIUN: retired
 * @KR_EMPLOYEE_STATUS_MENINGGAL: deceased
 * @KR_EMPLOYEE_STATUS_DIBERHENTIKAN: discharged
 * @KR_EMPLOYEE_STATUS_BERHENTI: resigned, or a PPPK contract that ended
 *
 * The legal status (kedudukan hukum) of an employee.
 */
typedef enum
{
  KR_EMPLOYEE_STATUS_AKTIF,
  KR_EMPLOYEE_STATUS_TUGAS_BELAJAR,
  KR_EMPLOYEE_STATUS_CLTN,
  KR_EMPLOYEE_STATUS_DIBERHENTIKAN_SEMENTARA,
  KR_EMPLOYEE_STATUS_PENERIMA_UANG_TUNGGU,
  KR_EMPLOYEE_STATUS_MASA_PERSIAPAN_PENSIUN,
  KR_EMPLOYEE_STATUS_PENSIUN,
  KR_EMPLOYEE_STATUS_MENINGGAL,
  KR_EMPLOYEE_STATUS_DIBERHENTIKAN,
  KR_EMPLOYEE_STATUS_BERHENTI,
  KR_N_EMPLOYEE_STATUSES,
} KrEmployeeStatus;

GType kr_employee_status_get_type (void);
#define KR_TYPE_EMPLOYEE_STATUS (kr_employee_status_get_type ())

/**
 * kr_employee_status_get_label:
 * @status: a legal status
 *
 * Returns: the official name, "Cuti di Luar Tanggungan Negara" for %KR_EMPLOYEE_STATUS_CLTN
 */
const char *kr_employee_status_get_label (KrEmployeeStatus status);

/**
 * KrReligion:
 * @KR_RELIGION_UNKNOWN: not recorded
 * @KR_RELIGION_ISLAM: Islam
 * @KR_RELIGION_KRISTEN: Kristen (Protestant)
 * @KR_RELIGION_KATOLIK: Katolik
 * @KR_RELIGION_HINDU: Hindu
 * @KR_RELIGION_BUDDHA: Buddha
 * @KR_RELIGION_KHONGHUCU: Khonghucu
 * @KR_RELIGION_KEPERCAYAAN: Kepercayaan terhadap Tuhan Yang Maha Esa
 *
 * The religions that Indonesian population records know.
 */
typedef enum
{
  KR_RELIGION_UNKNOWN,
  KR_RELIGION_ISLAM,
  KR_RELIGION_KRISTEN,
  KR_RELIGION_KATOLIK,
  KR_RELIGION_HINDU,
  KR_RELIGION_BUDDHA,
  KR_RELIGION_KHONGHUCU,
  KR_RELIGION_KEPERCAYAAN,
  KR_N_RELIGIONS,
} KrReligion;

GType kr_religion_get_type (void);
#define KR_TYPE_RELIGION (kr_religion_get_type ())

/**
 * kr_religion_get_label:
 * @religion: a religion
 *
 * Returns: (nullable): the official name, %NULL for %KR_RELIGION_UNKNOWN
 */
const char *kr_religion_get_label (KrReligion religion);

/**
 * KrMaritalStatus:
 * @KR_MARITAL_STATUS_UNKNOWN: not recorded
 * @KR_MARITAL_STATUS_BELUM_KAWIN: not married
 * @KR_MARITAL_STATUS_KAWIN: married
 * @KR_MARITAL_STATUS_CERAI_HIDUP: divorced
 * @KR_MARITAL_STATUS_CERAI_MATI: widowed
 *
 * The marital status, as population records write it.
 */
typedef enum
{
  KR_MARITAL_STATUS_UNKNOWN,
  KR_MARITAL_STATUS_BELUM_KAWIN,
  KR_MARITAL_STATUS_KAWIN,
  KR_MARITAL_STATUS_CERAI_HIDUP,
  KR_MARITAL_STATUS_CERAI_MATI,
  KR_N_MARITAL_STATUSES,
} KrMaritalStatus;

GType kr_marital_status_get_type (void);
#define KR_TYPE_MARITAL_STATUS (kr_marital_status_get_type ())

/**
 * kr_marital_status_get_label:
 * @status: a marital status
 *
 * Returns: (nullable): the official name, %NULL for %KR_MARITAL_STATUS_UNKNOWN
 */
const char *kr_marital_status_get_label (KrMaritalStatus status);

/**
 * KrPromotionKind:
 * @KR_PROMOTION_KIND_PENGANGKATAN: the golongan of an appointment (CPNS, or a PPPK contract)
 * @KR_PROMOTION_KIND_REGULER: KP reguler
 * @KR_PROMOTION_KIND_PILIHAN: KP pilihan
 * @KR_PROMOTION_KIND_ANUMERTA: KP anumerta
 * @KR_PROMOTION_KIND_PENGABDIAN: KP pengabdian
 * @KR_PROMOTION_KIND_PENYESUAIAN_IJAZAH: KP penyesuaian ijazah
 * @KR_PROMOTION_KIND_PENURUNAN: a demotion imposed as a discipline sanction
 *
 * How a rank history row came about (DOMAIN 4.1).
 */
typedef enum
{
  KR_PROMOTION_KIND_PENGANGKATAN,
  KR_PROMOTION_KIND_REGULER,
  KR_PROMOTION_KIND_PILIHAN,
  KR_PROMOTION_KIND_ANUMERTA,
  KR_PROMOTION_KIND_PENGABDIAN,
  KR_PROMOTION_KIND_PENYESUAIAN_IJAZAH,
  KR_PROMOTION_KIND_PENURUNAN,
  KR_N_PROMOTION_KINDS,
} KrPromotionKind;

GType kr_promotion_kind_get_type (void);
#define KR_TYPE_PROMOTION_KIND (kr_promotion_kind_get_type ())

/**
 * kr_promotion_kind_get_label:
 * @kind: a kind of promotion
 *
 * Returns: the official name ("Reguler", "Penyesuaian Ijazah")
 */
const char *kr_promotion_kind_get_label (KrPromotionKind kind);

/**
 * KrDisciplineLevel:
 * @KR_DISCIPLINE_LEVEL_RINGAN: hukuman disiplin ringan
 * @KR_DISCIPLINE_LEVEL_SEDANG: hukuman disiplin sedang
 * @KR_DISCIPLINE_LEVEL_BERAT: hukuman disiplin berat
 *
 * The level of a discipline sanction (DOMAIN 11.2).
 */
typedef enum
{
  KR_DISCIPLINE_LEVEL_RINGAN,
  KR_DISCIPLINE_LEVEL_SEDANG,
  KR_DISCIPLINE_LEVEL_BERAT,
  KR_N_DISCIPLINE_LEVELS,
} KrDisciplineLevel;

GType kr_discipline_level_get_type (void);
#define KR_TYPE_DISCIPLINE_LEVEL (kr_discipline_level_get_type ())

/**
 * kr_discipline_level_get_label:
 * @level: a discipline level
 *
 * Returns: the official name, "Ringan", "Sedang" or "Berat"
 */
const char *kr_discipline_level_get_label (KrDisciplineLevel level);

/**
 * KrDisciplineRegulation:
 * @KR_DISCIPLINE_REGULATION_PP_94_2021: PP 94/2021, from 31 August 2021
 * @KR_DISCIPLINE_REGULATION_PP_53_2010: PP 53/2010, which it replaced
 *
 * The regulation under which a discipline sanction was given.
 */
typedef enum
{
  KR_DISCIPLINE_REGULATION_PP_94_2021,
  KR_DISCIPLINE_REGULATION_PP_53_2010,
  KR_N_DISCIPLINE_REGULATIONS,
} KrDisciplineRegulation;

GType kr_discipline_regulation_get_type (void);
#define KR_TYPE_DISCIPLINE_REGULATION (kr_discipline_regulation_get_type ())

/**
 * kr_discipline_regulation_get_label:
 * @regulation: a regulation
 *
 * Returns: the regulation's name, "PP 94/2021" or "PP 53/2010"
 */
const char *kr_discipline_regulation_get_label (KrDisciplineRegulation regulation);

/**
 * KrAwardKind:
 * @KR_AWARD_KIND_SATYALANCANA_X: Satyalancana Karya Satya X Tahun
 * @KR_AWARD_KIND_SATYALANCANA_XX: Satyalancana Karya Satya XX Tahun
 * @KR_AWARD_KIND_SATYALANCANA_XXX: Satyalancana Karya Satya XXX Tahun
 * @KR_AWARD_KIND_OTHER: any other award, named in the row
 *
 * The kind of an award (DOMAIN 11.1).
 */
typedef enum
{
  KR_AWARD_KIND_SATYALANCANA_X,
  KR_AWARD_KIND_SATYALANCANA_XX,
  KR_AWARD_KIND_SATYALANCANA_XXX,
  KR_AWARD_KIND_OTHER,
  KR_N_AWARD_KINDS,
} KrAwardKind;

GType kr_award_kind_get_type (void);
#define KR_TYPE_AWARD_KIND (kr_award_kind_get_type ())

/**
 * kr_award_kind_get_label:
 * @kind: an award kind
 *
 * Returns: (nullable): the official name of a Satyalancana Karya Satya, %NULL for
 *   %KR_AWARD_KIND_OTHER
 */
const char *kr_award_kind_get_label (KrAwardKind kind);

/**
 * kr_golongan_get_label:
 * @golongan: a stored golongan: a PNS SIMPEG code (11 to 45) or 100 + a PPPK golongan
 *   (101 to 117)
 *
 * Returns: (nullable): the golongan as decrees write it, "III/a" or "IX", or %NULL for a value
 *   that is neither
 */
const char *kr_golongan_get_label (guint golongan);

/* History rows */

/**
 * KrRankEntry:
 * @id: the row's id, 0 before it is stored
 * @employee_id: the employee
 * @golongan: a PNS SIMPEG code (11 to 45) or, for a PPPK, 100 + the golongan (101 to 117)
 * @promotion_kind: how the rank came about
 * @tmt: the date from which the rank counts
 * @sk_number: (nullable): the decree's number
 * @sk_date: the decree's date, cleared when not known
 *
 * A row of the rank (pangkat/golongan) history.
 */
typedef struct
{
  gint64 id;
  gint64 employee_id;
  guint golongan;
  KrPromotionKind promotion_kind;
  GDate tmt;
  char *sk_number;
  GDate sk_date;
} KrRankEntry;

/**
 * KrPositionEntry:
 * @id: the row's id, 0 before it is stored
 * @employee_id: the employee
 * @position_id: the position held
 * @tmt: the date from which the employee holds it
 * @sk_number: (nullable): the decree's number
 * @sk_date: the decree's date, cleared when not known
 * @position_name: read-only: the position's name, filled when listed
 * @unit_name: read-only: the name of the position's unit, filled when listed
 *
 * A row of the position (jabatan) history.
 */
typedef struct
{
  gint64 id;
  gint64 employee_id;
  gint64 position_id;
  GDate tmt;
  char *sk_number;
  GDate sk_date;
  char *position_name;
  char *unit_name;
} KrPositionEntry;

/**
 * KrEducationEntry:
 * @id: the row's id, 0 before it is stored
 * @employee_id: the employee
 * @level: the level of the education
 * @institution: (nullable): the school or university
 * @major: (nullable): the field of study
 * @graduation_year: the year of graduation
 * @sk_number: (nullable): the certificate's (ijazah) number
 * @sk_date: the certificate's date, cleared when not known
 *
 * A row of the education history.
 */
typedef struct
{
  gint64 id;
  gint64 employee_id;
  KrEducation level;
  char *institution;
  char *major;
  guint graduation_year;
  char *sk_number;
  GDate sk_date;
} KrEducationEntry;

/**
 * KrDisciplineEntry:
 * @id: the row's id, 0 before it is stored
 * @employee_id: the employee
 * @level: the sanction's level
 * @sanction: the sanction as the decree states it ("teguran tertulis")
 * @regulation: the regulation it was given under
 * @tmt: the sanction's first day
 * @end_date: the sanction's last day, cleared for a sanction without a period
 * @sk_number: (nullable): the decree's number
 * @sk_date: the decree's date, cleared when not known
 *
 * A row of the discipline (hukuman disiplin) history.
 */
typedef struct
{
  gint64 id;
  gint64 employee_id;
  KrDisciplineLevel level;
  char *sanction;
  KrDisciplineRegulation regulation;
  GDate tmt;
  GDate end_date;
  char *sk_number;
  GDate sk_date;
} KrDisciplineEntry;

/**
 * KrAwardEntry:
 * @id: the row's id, 0 before it is stored
 * @employee_id: the employee
 * @kind: the award's kind
 * @name: (nullable): the award's name; required for %KR_AWARD_KIND_OTHER
 * @year: the year it was awarded
 * @sk_number: (nullable): the decree's (Keppres) number
 * @sk_date: the decree's date, cleared when not known
 *
 * A row of the award (penghargaan) history.
 */
typedef struct
{
  gint64 id;
  gint64 employee_id;
  KrAwardKind kind;
  char *name;
  guint year;
  char *sk_number;
  GDate sk_date;
} KrAwardEntry;

/**
 * kr_rank_entry_new:
 *
 * Returns: (transfer full): an empty row with cleared dates; free it with
 *   kr_rank_entry_free()
 */
KrRankEntry *kr_rank_entry_new (void);

/**
 * kr_rank_entry_copy:
 * @entry: a row
 *
 * Returns: (transfer full): a deep copy of @entry
 */
KrRankEntry *kr_rank_entry_copy (const KrRankEntry *entry);

/**
 * kr_rank_entry_free:
 * @entry: (nullable): a row to free with its strings
 */
void kr_rank_entry_free (KrRankEntry *entry);
GType kr_rank_entry_get_type (void);
#define KR_TYPE_RANK_ENTRY (kr_rank_entry_get_type ())

/**
 * kr_position_entry_new:
 *
 * Returns: (transfer full): an empty row with cleared dates; free it with
 *   kr_position_entry_free()
 */
KrPositionEntry *kr_position_entry_new (void);

/**
 * kr_position_entry_copy:
 * @entry: a row
 *
 * Returns: (transfer full): a deep copy of @entry
 */
KrPositionEntry *kr_position_entry_copy (const KrPositionEntry *entry);

/**
 * kr_position_entry_free:
 * @entry: (nullable): a row to free with its strings
 */
void kr_position_entry_free (KrPositionEntry *entry);
GType kr_position_entry_get_type (void);
#define KR_TYPE_POSITION_ENTRY (kr_position_entry_get_type ())

/**
 * kr_education_entry_new:
 *
 * Returns: (transfer full): an empty row with cleared dates; free it with
 *   kr_education_entry_free()
 */
KrEducationEntry *kr_education_entry_new (void);

/**
 * kr_education_entry_copy:
 * @entry: a row
 *
 * Returns: (transfer full): a deep copy of @entry
 */
KrEducationEntry *kr_education_entry_copy (const KrEducationEntry *entry);

/**
 * kr_education_entry_free:
 * @entry: (nullable): a row to free with its strings
 */
void kr_education_entry_free (KrEducationEntry *entry);
GType kr_education_entry_get_type (void);
#define KR_TYPE_EDUCATION_ENTRY (kr_education_entry_get_type ())

/**
 * kr_discipline_entry_new:
 *
 * Returns: (transfer full): an empty row with cleared dates; free it with
 *   kr_discipline_entry_free()
 */
KrDisciplineEntry *kr_discipline_entry_new (void);

/**
 * kr_discipline_entry_copy:
 * @entry: a row
 *
 * Returns: (transfer full): a deep copy of @entry
 */
KrDisciplineEntry *kr_discipline_entry_copy (const KrDisciplineEntry *entry);

/**
 * kr_discipline_entry_free:
 * @entry: (nullable): a row to free with its strings
 */
void kr_discipline_entry_free (KrDisciplineEntry *entry);
GType kr_discipline_entry_get_type (void);
#define KR_TYPE_DISCIPLINE_ENTRY (kr_discipline_entry_get_type ())

/**
 * kr_award_entry_new:
 *
 * Returns: (transfer full): an empty row with cleared dates; free it with
 *   kr_award_entry_free()
 */
KrAwardEntry *kr_award_entry_new (void);

/**
 * kr_award_entry_copy:
 * @entry: a row
 *
 * Returns: (transfer full): a deep copy of @entry
 */
KrAwardEntry *kr_award_entry_copy (const KrAwardEntry *entry);

/**
 * kr_award_entry_free:
 * @entry: (nullable): a row to free with its strings
 */
void kr_award_entry_free (KrAwardEntry *entry);
GType kr_award_entry_get_type (void);
#define KR_TYPE_AWARD_ENTRY (kr_award_entry_get_type ())

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrRankEntry, kr_rank_entry_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrPositionEntry, kr_position_entry_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrEducationEntry, kr_education_entry_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrDisciplineEntry, kr_discipline_entry_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrAwardEntry, kr_award_entry_free)

/* The employee */

#define KR_TYPE_EMPLOYEE (kr_employee_get_type ())

G_DECLARE_FINAL_TYPE (KrEmployee, kr_employee, KR, EMPLOYEE, GObject)

/**
 * kr_employee_new:
 *
 * Creates an empty employee: a PNS, status aktif, nothing else known. The current education,
 * rank, position and unit are read-only: the repository reads them from the histories.
 *
 * Returns: (transfer full): the employee
 */
KrEmployee *kr_employee_new (void);

/**
 * kr_employee_copy:
 * @self: a #KrEmployee
 *
 * Copies every field of @self, including the id and the current values, for a form that edits
 * a copy.
 *
 * Returns: (transfer full): the copy
 */
KrEmployee *kr_employee_copy (KrEmployee *self);

/**
 * kr_employee_validate:
 * @self: a #KrEmployee
 * @today: (nullable): the date to check "not in the future" against; %NULL for today
 * @field: (out) (optional) (transfer none): on failure, the name of the property at fault
 *   ("nip", "birth-date"), for a form to mark it
 * @warnings: (out) (optional) (transfer full): on success, translated messages about the
 *   record that deserve a look but do not make it wrong: where it disagrees with what the NIP
 *   encodes (kr_nip_check_record())
 * @error: return location for a %KR_ERROR_INVALID error naming the field and the bad value
 *
 * Checks the employee's own fields: a NIP of the kind that fits the employee kind
 * (kr_nip_parse()), a name, a birth date not in the future, a gender, a 16-digit NIK, a
 * plausible email address and phone number, a TMT CPNS after the birth date, a TMT PNS
 * only for a PNS and not before the TMT CPNS, and free text no longer than kr-text.h allows
 * (%KR_TEXT_MAX_NAME characters for the name, the titles and the place of birth).
 *
 * Returns: %TRUE when the employee may be saved
 */
gboolean kr_employee_validate (KrEmployee *self,
                               const GDate *today,
                               const char **field,
                               GPtrArray **warnings,
                               GError **error);

/**
 * kr_employee_get_id:
 * @self: a #KrEmployee
 *
 * Returns: the employee's id, 0 before the employee is stored
 */
gint64 kr_employee_get_id (KrEmployee *self);

/**
 * kr_employee_get_nip:
 * @self: a #KrEmployee
 *
 * Returns: (nullable): the NIP or NI PPPK, as stored (18 digits) or as typed
 */
const char *kr_employee_get_nip (KrEmployee *self);

/**
 * kr_employee_set_nip:
 * @self: a #KrEmployee
 * @nip: (nullable): the NIP or NI PPPK; spaces are allowed and dropped when it is saved
 */
void kr_employee_set_nip (KrEmployee *self, const char *nip);

/**
 * kr_employee_get_name:
 * @self: a #KrEmployee
 *
 * Returns: (nullable): the name without gelar
 */
const char *kr_employee_get_name (KrEmployee *self);

/**
 * kr_employee_set_name:
 * @self: a #KrEmployee
 * @name: (nullable): the name without gelar
 */
void kr_employee_set_name (KrEmployee *self, const char *name);

/**
 * kr_employee_get_title_front:
 * @self: a #KrEmployee
 *
 * Returns: (nullable): the gelar depan
 */
const char *kr_employee_get_title_front (KrEmployee *self);

/**
 * kr_employee_set_title_front:
 * @self: a #KrEmployee
 * @title: (nullable): the gelar depan ("Dr.")
 */
void kr_employee_set_title_front (KrEmployee *self, const char *title);

/**
 * kr_employee_get_title_back:
 * @self: a #KrEmployee
 *
 * Returns: (nullable): the gelar belakang
 */
const char *kr_employee_get_title_back (KrEmployee *self);

/**
 * kr_employee_set_title_back:
 * @self: a #KrEmployee
 * @title: (nullable): the gelar belakang ("S.Kom., M.T.")
 */
void kr_employee_set_title_back (KrEmployee *self, const char *title);

/**
 * kr_employee_dup_full_name:
 * @self: a #KrEmployee
 *
 * Returns the name as official documents print it, with the gelar: "Dr. Siti Aminah, S.E.,
 * M.Si.".
 *
 * Returns: (transfer full) (nullable): the full name, %NULL when the name is not set
 */
char *kr_employee_dup_full_name (KrEmployee *self);

/**
 * kr_employee_get_birth_place:
 * @self: a #KrEmployee
 *
 * Returns: (nullable): the birth place
 */
const char *kr_employee_get_birth_place (KrEmployee *self);

/**
 * kr_employee_set_birth_place:
 * @self: a #KrEmployee
 * @place: (nullable): the birth place
 */
void kr_employee_set_birth_place (KrEmployee *self, const char *place);

/**
 * kr_employee_get_birth_date:
 * @self: a #KrEmployee
 *
 * Returns: (nullable): the birth date, %NULL when not known
 */
const GDate *kr_employee_get_birth_date (KrEmployee *self);

/**
 * kr_employee_set_birth_date:
 * @self: a #KrEmployee
 * @date: (nullable): the birth date
 */
void kr_employee_set_birth_date (KrEmployee *self, const GDate *date);

/**
 * kr_employee_get_gender:
 * @self: a #KrEmployee
 *
 * Returns: the gender
 */
KrGender kr_employee_get_gender (KrEmployee *self);

/**
 * kr_employee_set_gender:
 * @self: a #KrEmployee
 * @gender: the gender
 */
void kr_employee_set_gender (KrEmployee *self, KrGender gender);

/**
 * kr_employee_get_religion:
 * @self: a #KrEmployee
 *
 * Returns: the religion
 */
KrReligion kr_employee_get_religion (KrEmployee *self);

/**
 * kr_employee_set_religion:
 * @self: a #KrEmployee
 * @religion: the religion
 */
void kr_employee_set_religion (KrEmployee *self, KrReligion religion);

/**
 * kr_employee_get_marital_status:
 * @self: a #KrEmployee
 *
 * Returns: the marital status
 */
KrMaritalStatus kr_employee_get_marital_status (KrEmployee *self);

/**
 * kr_employee_set_marital_status:
 * @self: a #KrEmployee
 * @status: the marital status
 */
void kr_employee_set_marital_status (KrEmployee *self, KrMaritalStatus status);

/**
 * kr_employee_get_nik:
 * @self: a #KrEmployee
 *
 * Returns: (nullable): the NIK (16 digits)
 */
const char *kr_employee_get_nik (KrEmployee *self);

/**
 * kr_employee_set_nik:
 * @self: a #KrEmployee
 * @nik: (nullable): the NIK
 */
void kr_employee_set_nik (KrEmployee *self, const char *nik);

/**
 * kr_employee_get_phone:
 * @self: a #KrEmployee
 *
 * Returns: (nullable): the phone number
 */
const char *kr_employee_get_phone (KrEmployee *self);

/**
 * kr_employee_set_phone:
 * @self: a #KrEmployee
 * @phone: (nullable): the phone number
 */
void kr_employee_set_phone (KrEmployee *self, const char *phone);

/**
 * kr_employee_get_email:
 * @self: a #KrEmployee
 *
 * Returns: (nullable): the email address
 */
const char *kr_employee_get_email (KrEmployee *self);

/**
 * kr_employee_set_email:
 * @self: a #KrEmployee
 * @email: (nullable): the email address
 */
void kr_employee_set_email (KrEmployee *self, const char *email);

/**
 * kr_employee_get_address:
 * @self: a #KrEmployee
 *
 * Returns: (nullable): the home address
 */
const char *kr_employee_get_address (KrEmployee *self);

/**
 * kr_employee_set_address:
 * @self: a #KrEmployee
 * @address: (nullable): the home address
 */
void kr_employee_set_address (KrEmployee *self, const char *address);

/**
 * kr_employee_get_kind:
 * @self: a #KrEmployee
 *
 * Returns: the employee kind
 */
KrEmployeeKind kr_employee_get_kind (KrEmployee *self);

/**
 * kr_employee_set_kind:
 * @self: a #KrEmployee
 * @kind: the employee kind
 */
void kr_employee_set_kind (KrEmployee *self, KrEmployeeKind kind);

/**
 * kr_employee_get_status:
 * @self: a #KrEmployee
 *
 * Returns: the legal status
 */
KrEmployeeStatus kr_employee_get_status (KrEmployee *self);

/**
 * kr_employee_set_status:
 * @self: a #KrEmployee
 * @status: the legal status
 */
void kr_employee_set_status (KrEmployee *self, KrEmployeeStatus status);

/**
 * kr_employee_get_tmt_cpns:
 * @self: a #KrEmployee
 *
 * Returns: (nullable): the TMT CPNS; for a PPPK, the TMT of the first contract; %NULL when
 *   not known
 */
const GDate *kr_employee_get_tmt_cpns (KrEmployee *self);

/**
 * kr_employee_set_tmt_cpns:
 * @self: a #KrEmployee
 * @date: (nullable): the TMT CPNS (PPPK: of the first contract)
 */
void kr_employee_set_tmt_cpns (KrEmployee *self, const GDate *date);

/**
 * kr_employee_get_tmt_pns:
 * @self: a #KrEmployee
 *
 * Returns: (nullable): the TMT PNS, %NULL when not known
 */
const GDate *kr_employee_get_tmt_pns (KrEmployee *self);

/**
 * kr_employee_set_tmt_pns:
 * @self: a #KrEmployee
 * @date: (nullable): the TMT PNS
 */
void kr_employee_set_tmt_pns (KrEmployee *self, const GDate *date);

/* Current values, read from the histories (read-only) */

/**
 * kr_employee_get_education:
 * @self: a #KrEmployee
 * @education: (out) (optional): the level of the education with the latest graduation year
 *
 * Returns: %TRUE when the employee has an education history
 */
gboolean kr_employee_get_education (KrEmployee *self, KrEducation *education);

/**
 * kr_employee_get_golongan:
 * @self: a #KrEmployee
 *
 * Returns: the golongan of the newest rank history row (a SIMPEG code or 100 + a PPPK
 *   golongan, as #KrRankEntry), 0 when the employee has no rank history
 */
guint kr_employee_get_golongan (KrEmployee *self);

/**
 * kr_employee_get_golongan_label:
 * @self: a #KrEmployee
 *
 * Returns: (nullable): the current golongan as decrees write it ("III/a", "IX"), %NULL when
 *   none
 */
const char *kr_employee_get_golongan_label (KrEmployee *self);

/**
 * kr_employee_get_rank_tmt:
 * @self: a #KrEmployee
 *
 * Returns: (nullable): the TMT of the current golongan
 */
const GDate *kr_employee_get_rank_tmt (KrEmployee *self);

/**
 * kr_employee_get_position_id:
 * @self: a #KrEmployee
 *
 * Returns: the current position's id, 0 when none
 */
gint64 kr_employee_get_position_id (KrEmployee *self);

/**
 * kr_employee_get_position_name:
 * @self: a #KrEmployee
 *
 * Returns: (nullable): the current position's name
 */
const char *kr_employee_get_position_name (KrEmployee *self);

/**
 * kr_employee_get_position_kind:
 * @self: a #KrEmployee
 * @kind: (out) (optional): the current position's kind
 * @level: (out) (optional): its jenjang, %KR_POSITION_LEVEL_NONE for a non-functional kind
 *
 * Returns: %TRUE when the employee holds a position
 */
gboolean
kr_employee_get_position_kind (KrEmployee *self, KrPositionKind *kind, KrPositionLevel *level);

/**
 * kr_employee_get_position_tmt:
 * @self: a #KrEmployee
 *
 * Returns: (nullable): the TMT of the current position
 */
const GDate *kr_employee_get_position_tmt (KrEmployee *self);

/**
 * kr_employee_get_unit_id:
 * @self: a #KrEmployee
 *
 * Returns: the current position's unit, 0 when none
 */
gint64 kr_employee_get_unit_id (KrEmployee *self);

/**
 * kr_employee_get_unit_name:
 * @self: a #KrEmployee
 *
 * Returns: (nullable): the current unit's name
 */
const char *kr_employee_get_unit_name (KrEmployee *self);

G_END_DECLS
