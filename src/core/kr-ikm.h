/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The public-satisfaction survey (Survei Kepuasan Masyarakat, PermenPANRB 14/2017, DOMAIN 10):
 * nine elements, each scored 1 to 4; the index (IKM) and its category. Pure functions. */

/* The nine unsur of the survey. */
#define KR_SKM_N_ELEMENTS 9

/**
 * kr_skm_element_get_label:
 * @element: 0 to 8
 *
 * The official name of an unsur ("Persyaratan", "Prosedur", … "Penanganan Pengaduan, Saran
 * dan Masukan"). Not translated.
 *
 * Returns: (transfer none): the name
 */
const char *kr_skm_element_get_label (guint element);

/**
 * KrIkmCategory:
 *
 * The mutu pelayanan of an IKM: A (Sangat Baik), B (Baik), C (Kurang Baik), D (Tidak Baik).
 */
typedef enum
{
  KR_IKM_CATEGORY_A,
  KR_IKM_CATEGORY_B,
  KR_IKM_CATEGORY_C,
  KR_IKM_CATEGORY_D,
  KR_N_IKM_CATEGORIES,
} KrIkmCategory;

/* "A" … "D" */
const char *kr_ikm_category_get_letter (KrIkmCategory category);

/* The kinerja unit pelayanan of a category: "Sangat Baik", "Baik", "Kurang Baik", "Tidak
 * Baik". Official; not translated. */
const char *kr_ikm_category_get_label (KrIkmCategory category);

/**
 * kr_ikm_compute:
 * @nrr: the average score (nilai rata-rata, 1 to 4) of each of the nine elements
 *
 * Returns: the IKM, (Σ NRR / 9) × 25, from 25 to 100, rounded to two decimals
 */
double kr_ikm_compute (const double nrr[KR_SKM_N_ELEMENTS]);

/**
 * kr_ikm_get_category:
 * @ikm: an index from 25 to 100, rounded to two decimals
 *
 * The band of @ikm (DOMAIN 10): 88.31 and above A, 76.61 and above B, 65.00 and above C,
 * below that D.
 *
 * Returns: the category
 */
KrIkmCategory kr_ikm_get_category (double ikm);

/**
 * kr_skm_check_nrr:
 * @nrr: an element's average score
 * @element: which element, 0 to 8, for the message
 * @error: return location for a #GError
 *
 * Returns: %TRUE when @nrr lies in 1 to 4; otherwise %KR_ERROR_INVALID naming the element
 */
gboolean kr_skm_check_nrr (double nrr, guint element, GError **error);

G_END_DECLS
