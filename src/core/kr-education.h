/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * KrEducation:
 * @KR_EDUCATION_SD: Sekolah Dasar
 * @KR_EDUCATION_SLTP: Sekolah Lanjutan Tingkat Pertama (SMP, MTs)
 * @KR_EDUCATION_SLTP_KEJURUAN: vocational SLTP
 * @KR_EDUCATION_SLTA: SLTA, also SLTA Kejuruan (SMK) and Diploma I, which share the same
 *   starting golongan and ceiling
 * @KR_EDUCATION_D2: Diploma II
 * @KR_EDUCATION_SGPLB: Sekolah Guru Pendidikan Luar Biasa
 * @KR_EDUCATION_D3: Diploma III, also Sarjana Muda, Akademi and Bakaloreat
 * @KR_EDUCATION_S1: Sarjana (S-1) or Diploma IV
 * @KR_EDUCATION_S2: Magister (S-2), also Dokter, Dokter Gigi and Apoteker
 * @KR_EDUCATION_S3: Doktor (S-3)
 *
 * The education levels (tingkat pendidikan) that PP 98/2000 and PP 99/2000 distinguish when
 * they set the starting golongan and the regular-promotion ceiling. The values are ordered
 * from lowest to highest.
 */
typedef enum
{
  KR_EDUCATION_SD,
  KR_EDUCATION_SLTP,
  KR_EDUCATION_SLTP_KEJURUAN,
  KR_EDUCATION_SLTA,
  KR_EDUCATION_D2,
  KR_EDUCATION_SGPLB,
  KR_EDUCATION_D3,
  KR_EDUCATION_S1,
  KR_EDUCATION_S2,
  KR_EDUCATION_S3,
  KR_N_EDUCATIONS,
} KrEducation;

/**
 * kr_education_get_label:
 * @education: an education level
 *
 * Returns the official short name of @education as Indonesian documents print it ("SLTA/D-I",
 * "S-1/D-IV"). It is an official term and is not translated. kr_education_parse() reads it
 * back.
 */
const char *kr_education_get_label (KrEducation education);

/**
 * kr_education_parse:
 * @text: a spelling of an education level
 * @education: (out): the level
 * @error: return location for a #KR_ERROR_INVALID error
 *
 * Reads an education level the way HR data writes it, ignoring case, spaces, dots, dashes,
 * slashes and a trailing "sederajat": "S1", "S-1", "D-IV", "D4", "DIV", "Sarjana" give S-1/D-IV;
 * "SMA", "SMK", "SLTA", "D-I" give SLTA; "SMP", "SLTP" give SLTP; "D3", "D-III", "Akademi"
 * give D-III; "S2", "Magister", "Dokter", "Apoteker" give S-2; "S3", "Doktor" give S-3. Every
 * label of kr_education_get_label() is accepted.
 */
gboolean kr_education_parse (const char *text, KrEducation *education, GError **error);

G_END_DECLS
