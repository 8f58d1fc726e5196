/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-siasn-import"

#include "config.h"

#include "kr-siasn-import.h"
#include "kr-siasn-import-private.h"

#include <string.h>

#include "kr-csv.h"
#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-employee-repository.h"
#include "kr-employee.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-unit-repository.h"

/* The names each column goes by, compared after kr_csv_normalize_name(); the first is the
 * one messages use when the column is missing. SIASN writes the coded columns as *_id and
 * *_nama (DOMAIN 12.1). */
static const char *const column_names[N_COLS][MAX_ALIASES] = {
  [COL_NIP] = { "nip_baru", "nip" },
  [COL_NAME] = { "nama" },
  [COL_BIRTH_DATE] = { "tanggal_lahir", "tgl_lahir" },
  [COL_GENDER] = { "jenis_kelamin" },
  [COL_KIND] = { "jenis_pegawai", "jenis_pegawai_nama" },
  [COL_TITLE_FRONT] = { "gelar_depan" },
  [COL_TITLE_BACK] = { "gelar_belakang" },
  [COL_BIRTH_PLACE] = { "tempat_lahir_nama", "tempat_lahir" },
  [COL_RELIGION] = { "agama", "agama_nama" },
  [COL_MARITAL_STATUS] = { "jenis_kawin", "jenis_kawin_nama" },
  [COL_NIK] = { "nik" },
  [COL_PHONE] = { "nomor_hp" },
  [COL_EMAIL] = { "email" },
  [COL_ADDRESS] = { "alamat" },
  [COL_STATUS] = { "kedudukan_hukum", "kedudukan_hukum_nama" },
  [COL_TMT_CPNS] = { "tmt_cpns" },
  [COL_TMT_PNS] = { "tmt_pns" },
  [COL_GOLONGAN] = { "gol_akhir_nama" },
  [COL_GOLONGAN_CODE] = { "gol_akhir_id" },
  [COL_TMT_GOLONGAN] = { "tmt_golongan" },
  [COL_POSITION_KIND] = { "jenis_jabatan", "jenis_jabatan_nama" },
  [COL_POSITION] = { "jabatan_nama", "jabatan" },
  [COL_ESELON] = { "eselon", "eselon_nama" },
  [COL_TMT_POSITION] = { "tmt_jabatan" },
  [COL_EDUCATION] = { "tingkat_pendidikan", "tingkat_pendidikan_nama" },
  [COL_MAJOR] = { "pendidikan", "pendidikan_nama" },
  [COL_SCHOOL] = { "nama_sekolah" },
  [COL_GRADUATION_YEAR] = { "tahun_lulus" },
  [COL_UNIT] = { "unor_nama", "unor" },
  [COL_UNIT_CODE] = { "unor_id" },
  [COL_INSTANSI] = { "instansi_induk_nama", "instansi_induk" },
  [COL_INSTANSI_CODE] = { "instansi_induk_id" },
  [COL_WORK_INSTANSI] = { "instansi_kerja_nama", "instansi_kerja" },
  [COL_WORK_INSTANSI_CODE] = { "instansi_kerja_id" },
  [COL_SATKER] = { "satuan_kerja_kerja_nama", "satuan_kerja_kerja" },
  [COL_SATKER_CODE] = { "satuan_kerja_kerja_id" },
  [COL_PARENT_SATKER] = { "satuan_kerja_induk_nama", "satuan_kerja_induk" },
  [COL_PARENT_SATKER_CODE] = { "satuan_kerja_induk_id" },
  /* Not in the bulk export but in SIASN's per-person record (unorIndukId, unorIndukNama):
   * the unit above the unor, for a tree deeper than satuan kerja and unor. */
  [COL_PARENT_UNIT] = { "unor_induk_nama", "unor_induk" },
  [COL_PARENT_UNIT_CODE] = { "unor_induk_id" },
};

const char *
_kr_siasn_column_label (Pass *pass, Col col)
{
  if (col == COL_NONE)
    return NULL;
  if (pass->columns[col] >= 0)
    return pass->header[pass->columns[col]];
  return column_names[col][0];
}

/* The cell of @col, or %NULL when the file has no such column or the cell is empty. */
const char *
_kr_siasn_field (Pass *pass, Row *row, Col col)
{
  int index = pass->columns[col];

  if (index < 0 || (guint) index >= row->n_fields || row->fields[index][0] == '\0')
    return NULL;
  return row->fields[index];
}

/* Finds the columns in the header, by any of their names. */
gboolean
_kr_siasn_map_columns (Pass *pass, KrCsvReader *reader, GError **error)
{
  const char *const *header = kr_csv_reader_get_header (reader, NULL);
  KrCsvColumn wanted[N_COLS * MAX_ALIASES];
  int indexes[N_COLS * MAX_ALIASES];
  g_autoptr (GPtrArray) missing = g_ptr_array_new ();
  g_autofree char *list = NULL;
  guint n = 0;

  for (guint col = 0; col < N_COLS; col++)
    {
      for (guint i = 0; i < MAX_ALIASES; i++)
        {
          wanted[n].name = column_names[col][i] != NULL ? column_names[col][i] : "";
          wanted[n].required = FALSE;
          n++;
        }
    }
  if (!kr_csv_map_columns (header, wanted, n, indexes, error))
    return FALSE;

  for (guint col = 0; col < N_COLS; col++)
    {
      pass->columns[col] = -1;
      for (guint i = 0; i < MAX_ALIASES && pass->columns[col] < 0; i++)
        {
          if (column_names[col][i] != NULL)
            pass->columns[col] = indexes[col * MAX_ALIASES + i];
        }
      if (col < N_REQUIRED_COLS && pass->columns[col] < 0)
        g_ptr_array_add (missing, (gpointer) column_names[col][0]);
    }

  pass->header = g_strdupv ((char **) header);
  for (guint i = 0; pass->header[i] != NULL; i++)
    g_strstrip (pass->header[i]);

  if (missing->len == 0)
    return TRUE;
  g_ptr_array_add (missing, NULL);
  list = g_strjoinv (", ", (char **) missing->pdata);
  g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
               ngettext ("The header on line %u lacks the required column %s; column names may "
                         "use any case, with spaces or underscores",
                         "The header on line %u lacks the required columns %s; column names may "
                         "use any case, with spaces or underscores",
                         missing->len - 1),
               kr_csv_reader_get_line (reader), list);
  return FALSE;
}
