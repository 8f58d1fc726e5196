/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-ikm"

#include "config.h"

#include "kr-ikm.h"

#include <math.h>

#include "kr-error.h"
#include "kr-i18n.h"

/* DOMAIN 10 (C): the nine unsur of PermenPANRB 14/2017. Official: do not translate. */
static const char *const elements[KR_SKM_N_ELEMENTS] = {
  "Persyaratan",
  "Sistem, Mekanisme, dan Prosedur",
  "Waktu Penyelesaian",
  "Biaya/Tarif",
  "Produk Spesifikasi Jenis Pelayanan",
  "Kompetensi Pelaksana",
  "Perilaku Pelaksana",
  "Sarana dan Prasarana",
  "Penanganan Pengaduan, Saran dan Masukan",
};

/* DOMAIN 10 (C): the lowest IKM of each category, its letter and its label. */
static const struct
{
  double lowest;
  const char *letter;
  const char *label;
} categories[KR_N_IKM_CATEGORIES] = {
  [KR_IKM_CATEGORY_A] = { 88.31, "A", "Sangat Baik" },
  [KR_IKM_CATEGORY_B] = { 76.61, "B", "Baik" },
  [KR_IKM_CATEGORY_C] = { 65.00, "C", "Kurang Baik" },
  [KR_IKM_CATEGORY_D] = { 25.00, "D", "Tidak Baik" },
};

const char *
kr_skm_element_get_label (guint element)
{
  g_return_val_if_fail (element < KR_SKM_N_ELEMENTS, NULL);

  return elements[element];
}

const char *
kr_ikm_category_get_letter (KrIkmCategory category)
{
  g_return_val_if_fail (category < KR_N_IKM_CATEGORIES, NULL);

  return categories[category].letter;
}

const char *
kr_ikm_category_get_label (KrIkmCategory category)
{
  g_return_val_if_fail (category < KR_N_IKM_CATEGORIES, NULL);

  return categories[category].label;
}

double
kr_ikm_compute (const double nrr[KR_SKM_N_ELEMENTS])
{
  double sum = 0;

  g_return_val_if_fail (nrr != NULL, 0);

  for (guint i = 0; i < KR_SKM_N_ELEMENTS; i++)
    sum += nrr[i];
  return round (sum / KR_SKM_N_ELEMENTS * 25 * 100) / 100;
}

KrIkmCategory
kr_ikm_get_category (double ikm)
{
  /* Compare in hundredths, as the index is printed, so that 88.31 is A whatever its binary
   * form. */
  gint64 hundredths = (gint64) llround (ikm * 100);

  for (guint i = 0; i < KR_N_IKM_CATEGORIES - 1; i++)
    if (hundredths >= (gint64) llround (categories[i].lowest * 100))
      return (KrIkmCategory) i;
  return KR_IKM_CATEGORY_D;
}

gboolean
kr_skm_check_nrr (double nrr, guint element, GError **error)
{
  g_return_val_if_fail (element < KR_SKM_N_ELEMENTS, FALSE);

  if (isfinite (nrr) && nrr >= 1 && nrr <= 4)
    return TRUE;
  g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
               /* Translators: %s is the official name of an SKM element, e.g. "Persyaratan" */
               _ ("The average score of “%s” must be between 1.00 and 4.00"), elements[element]);
  return FALSE;
}
