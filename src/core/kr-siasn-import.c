/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-siasn-import"

#include "config.h"

#include "kr-siasn-import.h"

#include <string.h>

#include "kr-csv.h"
#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-employee-repository.h"
#include "kr-employee.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-unit-repository.h"

/* The PPPK golongan are stored as 100 + the golongan (kr_golongan_get_label()). */
#define PPPK_GOLONGAN_BASE 100
/* About how many times per pass the progress callback runs. */
#define PROGRESS_CALLS 1000

/* How an import works
 *
 * An analysis reads the file row by row and decides each row's verdict (new, updated,
 * unchanged or rejected) with the same checks the repositories apply, writing nothing. It
 * keeps the verdicts (one byte a row) and a SHA-256 digest of the bytes it read, not the
 * rows, so that a file of millions of rows costs little memory. A commit reads the file
 * again inside one bulk transaction, decides each verdict again and writes the accepted rows
 * as it goes; a verdict that differs from the analysis, or a different digest at the end,
 * means the file or the database changed in between, and everything is rolled back.
 *
 * Units and positions that a row needs but the database lacks are "planned" while the row is
 * checked and registered only when the row is accepted: the analysis lists them as warnings,
 * the commit creates them. Rows of the file see the units and positions that earlier rows
 * registered, in both passes alike. */

/* Columns */

typedef enum
{
  COL_NIP,
  COL_NAME,
  COL_BIRTH_DATE,
  COL_GENDER,
  COL_KIND,
  COL_TITLE_FRONT,
  COL_TITLE_BACK,
  COL_BIRTH_PLACE,
  COL_RELIGION,
  COL_MARITAL_STATUS,
  COL_NIK,
  COL_PHONE,
  COL_EMAIL,
  COL_ADDRESS,
  COL_STATUS,
  COL_TMT_CPNS,
  COL_TMT_PNS,
  COL_GOLONGAN,
  COL_GOLONGAN_CODE,
  COL_TMT_GOLONGAN,
  COL_POSITION_KIND,
  COL_POSITION,
  COL_ESELON,
  COL_TMT_POSITION,
  COL_EDUCATION,
  COL_MAJOR,
  COL_SCHOOL,
  COL_GRADUATION_YEAR,
  COL_UNIT,
  COL_UNIT_CODE,
  COL_INSTANSI,
  COL_INSTANSI_CODE,
  COL_WORK_INSTANSI,
  COL_WORK_INSTANSI_CODE,
  COL_SATKER,
  COL_SATKER_CODE,
  COL_PARENT_SATKER,
  COL_PARENT_SATKER_CODE,
  COL_PARENT_UNIT,
  COL_PARENT_UNIT_CODE,
  N_COLS,
  COL_NONE = N_COLS,
} Col;

/* The columns before this one are required. */
#define N_REQUIRED_COLS (COL_KIND + 1)
#define MAX_ALIASES     2

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

typedef enum
{
  VERDICT_NEW,
  VERDICT_UPDATED,
  VERDICT_UNCHANGED,
  VERDICT_REJECTED,
} Verdict;

/* Units and positions as an import sees them */

typedef struct _UnitInfo UnitInfo;

struct _UnitInfo
{
  gint64 id; /* 0 while only planned */
  char *code;
  char *name;
  char *key; /* name_key() of the name */
  KrUnitKind kind;
  UnitInfo *parent;      /* the unit above, NULL for a root */
  GHashTable *positions; /* name key -> PositionInfo; NULL until read from the database */
  Col col;               /* of a planned unit: the column that names it, for warnings */
};

typedef struct
{
  gint64 id; /* 0 while only planned */
  char *name;
  char *key;
  KrPositionKind kind;
  KrPositionLevel level;
  UnitInfo *unit;
  /* Of a planned functional position whose name does not state its jenjang: the golongan
   * the jenjang was inferred from, and whether the education decided the group; 0 and
   * FALSE otherwise. */
  guint inferred_golongan;
  gboolean inferred_group;
  KrEducation education;
} PositionInfo;

/* The value of an instansi name lookup that found several instansi. */
static UnitInfo ambiguous_unit;

/* The NIPs seen in the file, as 64-bit numbers, with their lines: an open-addressing table
 * of 16 bytes per slot, so that national-scale files stay small in memory. */
typedef struct
{
  guint64 *keys; /* 0 marks an empty slot; no NIP is 0 */
  guint *lines;
  gsize size; /* a power of two */
  gsize count;
} NipSet;

/* One pass over the file: an analysis or a commit. */
typedef struct
{
  KrSiasnImporter *importer;
  gboolean commit;
  char **header; /* the header fields without surrounding spaces */
  int columns[N_COLS];
  GPtrArray *units; /* UnitInfo, owned */
  GHashTable *units_by_code;
  GHashTable *units_by_name; /* name key -> GPtrArray of UnitInfo, every unit of that name */
  GHashTable *instansi_by_name;
  guint n_instansi;
  UnitInfo *last_instansi;
  NipSet nips;
  guint n_records;
  KrSiasnReport *report; /* analysis: being filled */
  GByteArray *verdicts;  /* analysis: being filled; commit: compared */
  gboolean has_writes;   /* analysis: whether some row is new or updated */
  GDate today;
} Pass;

/* One data row while it is checked. */
typedef struct
{
  guint line;
  char **fields;
  guint n_fields;
  gboolean rejected;
  KrEmployeeKind kind;
  KrNip nip;
  KrEmployee *existing; /* the stored employee with this NIP, if any */
  KrEmployee *employee; /* what will be saved */
  gboolean own_changed;
  guint file_golongan; /* the golongan the file gives, changed or not; 0 when none */
  gboolean add_rank;
  guint golongan;
  KrPromotionKind promotion_kind;
  GDate rank_tmt;
  gboolean add_position;
  PositionInfo *position;
  GDate position_tmt;
  gboolean has_education; /* whether the file gives an education level, in education */
  gboolean add_education;
  KrEducation education;
  guint graduation_year;
  const char *major;
  const char *school;
  /* Planned while checking, registered when the row is accepted and needs them. */
  GPtrArray *new_units; /* UnitInfo, owned, each after the unit above it; NULL when none */
  PositionInfo *new_position;
  GPtrArray *warnings; /* KrSiasnIssue */
} Row;

struct _KrSiasnImporter
{
  GObject parent_instance;

  KrDatabase *database;
  KrUnitRepository *units;
  KrEmployeeRepository *employees;

  /* The last successful analysis. */
  KrSiasnReport *report;
  GFile *file;
  guint64 size;
  char *digest;
  GByteArray *verdicts;
  gboolean has_writes;
  gboolean committable;
};

G_DEFINE_FINAL_TYPE (KrSiasnImporter, kr_siasn_importer, G_TYPE_OBJECT)

/* A stream that hashes what passes through it */

#define KR_TYPE_SIASN_DIGEST_STREAM (kr_siasn_digest_stream_get_type ())

G_DECLARE_FINAL_TYPE (KrSiasnDigestStream,
                      kr_siasn_digest_stream,
                      KR,
                      SIASN_DIGEST_STREAM,
                      GFilterInputStream)

struct _KrSiasnDigestStream
{
  GFilterInputStream parent_instance;

  GChecksum *checksum;
};

G_DEFINE_FINAL_TYPE (KrSiasnDigestStream, kr_siasn_digest_stream, G_TYPE_FILTER_INPUT_STREAM)

static gssize
kr_siasn_digest_stream_read (GInputStream *stream,
                             void *buffer,
                             gsize count,
                             GCancellable *cancellable,
                             GError **error)
{
  KrSiasnDigestStream *self = KR_SIASN_DIGEST_STREAM (stream);
  GInputStream *base = g_filter_input_stream_get_base_stream (G_FILTER_INPUT_STREAM (stream));
  gssize n = g_input_stream_read (base, buffer, count, cancellable, error);

  if (n > 0)
    g_checksum_update (self->checksum, buffer, n);
  return n;
}

static void
kr_siasn_digest_stream_finalize (GObject *object)
{
  KrSiasnDigestStream *self = KR_SIASN_DIGEST_STREAM (object);

  g_checksum_free (self->checksum);

  G_OBJECT_CLASS (kr_siasn_digest_stream_parent_class)->finalize (object);
}

static void
kr_siasn_digest_stream_class_init (KrSiasnDigestStreamClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GInputStreamClass *stream_class = G_INPUT_STREAM_CLASS (klass);

  object_class->finalize = kr_siasn_digest_stream_finalize;
  stream_class->read_fn = kr_siasn_digest_stream_read;
}

static void
kr_siasn_digest_stream_init (KrSiasnDigestStream *self)
{
  self->checksum = g_checksum_new (G_CHECKSUM_SHA256);
}

/* Issues and reports */

static KrSiasnIssue *
issue_new (KrSiasnIssueKind kind,
           guint line,
           const char *column,
           const char *value,
           const char *message)
{
  KrSiasnIssue *issue = g_new0 (KrSiasnIssue, 1);

  issue->kind = kind;
  issue->line = line;
  issue->column = g_strdup (column);
  issue->value = g_strdup (value);
  issue->message = g_strdup (message);
  return issue;
}

static void
issue_free (gpointer data)
{
  KrSiasnIssue *issue = data;

  g_free (issue->column);
  g_free (issue->value);
  g_free (issue->message);
  g_free (issue);
}

char *
kr_siasn_issue_to_string (const KrSiasnIssue *issue)
{
  g_return_val_if_fail (issue != NULL, NULL);

  if (issue->column != NULL && issue->value != NULL)
    /* Translators: “Line 7, column NIP BARU (“1986”): NIP must have 18 digits…” */
    return g_strdup_printf (_ ("Line %u, column %s (“%s”): %s"), issue->line, issue->column,
                            issue->value, issue->message);
  if (issue->column != NULL)
    return g_strdup_printf (_ ("Line %u, column %s: %s"), issue->line, issue->column,
                            issue->message);
  /* The only issues about a whole row are malformed records, whose message from the CSV
   * reader already names the line. */
  return g_strdup (issue->message);
}

static KrSiasnReport *
report_new (void)
{
  KrSiasnReport *report = g_new0 (KrSiasnReport, 1);

  report->issues = g_ptr_array_new_with_free_func (issue_free);
  return report;
}

static void
report_free (KrSiasnReport *report)
{
  if (report == NULL)
    return;
  g_ptr_array_unref (report->issues);
  g_free (report);
}

static void
report_add (KrSiasnReport *report, KrSiasnIssue *issue)
{
  if (issue->kind == KR_SIASN_ISSUE_WARNING)
    report->n_warnings++;
  if (report->issues->len < KR_SIASN_REPORT_MAX_ISSUES)
    g_ptr_array_add (report->issues, issue);
  else
    {
      report->n_issues_dropped++;
      issue_free (issue);
    }
}

/* Text helpers */

/* Lower-case ASCII letters and digits only, for comparing spellings ("Laki-laki" gives
 * "lakilaki"). */
static char *
squash (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (out, g_ascii_tolower (*p));
    }
  return g_string_free (out, FALSE);
}

/* The form in which unit and position names are compared: case folded, with runs of white
 * space made one space. */
static char *
name_key (const char *name)
{
  g_autoptr (GString) collapsed = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = name; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        space = collapsed->len > 0;
      else
        {
          if (space)
            g_string_append_c (collapsed, ' ');
          space = FALSE;
          g_string_append_c (collapsed, *p);
        }
    }
  return g_utf8_casefold (collapsed->str, -1);
}

/* Spreadsheets keep long numbers as text when they start with an apostrophe, which some
 * exports leave in the cell. */
static const char *
skip_apostrophe (const char *text)
{
  return text[0] == '\'' ? text + 1 : text;
}

/* Whether @text is a number in scientific notation ("1.98609E+17"), what a spreadsheet makes
 * of an 18-digit NIP it took for a number, keeping only 15 significant digits. */
static gboolean
is_scientific (const char *text)
{
  const char *p = text;

  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  if (*p == '.' || *p == ',')
    {
      p++;
      while (g_ascii_isdigit (*p))
        p++;
    }
  if (*p != 'E' && *p != 'e')
    return FALSE;
  p++;
  if (*p == '+')
    p++;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  return *p == '\0';
}

/* Reads a small whole number written with digits only. */
static gboolean
parse_number (const char *text, guint *out)
{
  guint64 value;

  if (strlen (text) > 9)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_isdigit (*p))
        return FALSE;
    }
  if (*text == '\0')
    return FALSE;
  value = g_ascii_strtoull (text, NULL, 10);
  *out = (guint) value;
  return TRUE;
}

static gboolean
same_date (const GDate *a, const GDate *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_date_compare (a, b) == 0;
}

/* Units and positions */

static UnitInfo *
unit_info_new (gint64 id, const char *code, const char *name, KrUnitKind kind)
{
  UnitInfo *unit = g_new0 (UnitInfo, 1);

  unit->id = id;
  unit->code = g_strdup (code);
  unit->name = g_strdup (name);
  unit->key = name_key (name);
  unit->kind = kind;
  return unit;
}

static void
unit_info_free (gpointer data)
{
  UnitInfo *unit = data;

  if (unit == NULL)
    return;
  g_clear_pointer (&unit->positions, g_hash_table_unref);
  g_free (unit->code);
  g_free (unit->name);
  g_free (unit->key);
  g_free (unit);
}

static PositionInfo *
position_info_new (gint64 id,
                   const char *name,
                   KrPositionKind kind,
                   KrPositionLevel level,
                   UnitInfo *unit)
{
  PositionInfo *position = g_new0 (PositionInfo, 1);

  position->id = id;
  position->name = g_strdup (name);
  position->key = name_key (name);
  position->kind = kind;
  position->level = level;
  position->unit = unit;
  return position;
}

static void
position_info_free (gpointer data)
{
  PositionInfo *position = data;

  if (position == NULL)
    return;
  g_free (position->name);
  g_free (position->key);
  g_free (position);
}

static GHashTable *
new_position_table (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, NULL, position_info_free);
}

/* Adds @unit to the lookups of @pass, which takes it. */
static void
add_unit (Pass *pass, UnitInfo *unit)
{
  GPtrArray *namesakes = g_hash_table_lookup (pass->units_by_name, unit->key);

  g_ptr_array_add (pass->units, unit);
  g_hash_table_insert (pass->units_by_code, unit->code, unit);
  if (namesakes == NULL)
    {
      namesakes = g_ptr_array_new ();
      g_hash_table_insert (pass->units_by_name, unit->key, namesakes);
    }
  g_ptr_array_add (namesakes, unit);
  if (unit->kind != KR_UNIT_KIND_INSTANSI)
    return;
  g_hash_table_insert (pass->instansi_by_name, unit->key,
                       g_hash_table_contains (pass->instansi_by_name, unit->key) ? &ambiguous_unit
                                                                                 : unit);
  pass->n_instansi++;
  pass->last_instansi = unit;
}

/* Reads the units below @parent (%NULL for the roots), and below them, from the database. */
static gboolean
load_units (Pass *pass, UnitInfo *parent, GError **error)
{
  g_autoptr (GPtrArray) children = kr_unit_repository_list_children (
      pass->importer->units, parent != NULL ? parent->id : 0, error);

  if (children == NULL)
    return FALSE;
  for (guint i = 0; i < children->len; i++)
    {
      const KrUnit *unit = g_ptr_array_index (children, i);
      UnitInfo *info = unit_info_new (unit->id, unit->code, unit->name, unit->kind);

      info->parent = parent;
      add_unit (pass, info);
      if (!load_units (pass, info, error))
        return FALSE;
    }
  return TRUE;
}

/* Reads the positions of a unit from the database on first use. */
static gboolean
ensure_positions (Pass *pass, UnitInfo *unit, GError **error)
{
  g_autoptr (GPtrArray) positions = NULL;

  if (unit->positions != NULL)
    return TRUE;
  positions = kr_unit_repository_list_positions (pass->importer->units, unit->id, error);
  if (positions == NULL)
    return FALSE;
  unit->positions = new_position_table ();
  for (guint i = 0; i < positions->len; i++)
    {
      const KrPositionRecord *record = g_ptr_array_index (positions, i);
      PositionInfo *position =
          position_info_new (record->id, record->name, record->kind, record->level, unit);

      /* Names differing only in case are one name here; the first (the head) wins. */
      if (!g_hash_table_contains (unit->positions, position->key))
        g_hash_table_insert (unit->positions, position->key, position);
      else
        position_info_free (position);
    }
  return TRUE;
}

/* Passes */

static void
nip_set_grow (NipSet *set)
{
  gsize old_size = set->size;
  guint64 *old_keys = set->keys;
  guint *old_lines = set->lines;

  set->size = MAX (old_size * 2, 1024);
  set->keys = g_new0 (guint64, set->size);
  set->lines = g_new0 (guint, set->size);
  for (gsize i = 0; i < old_size; i++)
    {
      gsize j;

      if (old_keys[i] == 0)
        continue;
      for (j = (old_keys[i] * 0x9E3779B97F4A7C15ULL) >> 32 & (set->size - 1); set->keys[j] != 0;
           j = (j + 1) & (set->size - 1))
        ;
      set->keys[j] = old_keys[i];
      set->lines[j] = old_lines[i];
    }
  g_free (old_keys);
  g_free (old_lines);
}

/* Adds @nip, first seen on @line; returns the line of an earlier occurrence, or 0. */
static guint
nip_set_add (NipSet *set, guint64 nip, guint line)
{
  gsize j;

  if ((set->count + 1) * 2 > set->size)
    nip_set_grow (set);
  for (j = (nip * 0x9E3779B97F4A7C15ULL) >> 32 & (set->size - 1); set->keys[j] != 0;
       j = (j + 1) & (set->size - 1))
    {
      if (set->keys[j] == nip)
        return set->lines[j];
    }
  set->keys[j] = nip;
  set->lines[j] = line;
  set->count++;
  return 0;
}

static void
pass_init (Pass *pass, KrSiasnImporter *importer, gboolean commit)
{
  memset (pass, 0, sizeof *pass);
  pass->importer = importer;
  pass->commit = commit;
  pass->units = g_ptr_array_new_with_free_func (unit_info_free);
  pass->units_by_code = g_hash_table_new (g_str_hash, g_str_equal);
  pass->units_by_name =
      g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  pass->instansi_by_name = g_hash_table_new (g_str_hash, g_str_equal);
  pass->verdicts = commit ? g_byte_array_ref (importer->verdicts) : g_byte_array_new ();
  if (!commit)
    pass->report = report_new ();
  kr_date_today (NULL, &pass->today);
}

static void
pass_clear (Pass *pass)
{
  g_strfreev (pass->header);
  g_hash_table_unref (pass->units_by_code);
  g_hash_table_unref (pass->units_by_name);
  g_hash_table_unref (pass->instansi_by_name);
  g_ptr_array_unref (pass->units);
  g_free (pass->nips.keys);
  g_free (pass->nips.lines);
  g_byte_array_unref (pass->verdicts);
  report_free (pass->report);
}

static const char *
column_label (Pass *pass, Col col)
{
  if (col == COL_NONE)
    return NULL;
  if (pass->columns[col] >= 0)
    return pass->header[pass->columns[col]];
  return column_names[col][0];
}

/* The cell of @col, or %NULL when the file has no such column or the cell is empty. */
static const char *
field (Pass *pass, Row *row, Col col)
{
  int index = pass->columns[col];

  if (index < 0 || (guint) index >= row->n_fields || row->fields[index][0] == '\0')
    return NULL;
  return row->fields[index];
}

/* Finds the columns in the header, by any of their names. */
static gboolean
map_columns (Pass *pass, KrCsvReader *reader, GError **error)
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

/* Rows: rejections and warnings */

static void
row_clear (Row *row)
{
  g_strfreev (row->fields);
  g_clear_object (&row->existing);
  g_clear_object (&row->employee);
  g_clear_pointer (&row->new_units, g_ptr_array_unref);
  position_info_free (row->new_position);
  g_clear_pointer (&row->warnings, g_ptr_array_unref);
}

/* Records why @row is rejected (an analysis keeps the first reason in its report). Returns
 * %FALSE, for the checks to return. */
static gboolean
reject (Pass *pass, Row *row, Col col, const char *value, const char *message)
{
  if (pass->report != NULL && !row->rejected)
    report_add (pass->report, issue_new (KR_SIASN_ISSUE_REJECTED, row->line,
                                         column_label (pass, col), value, message));
  row->rejected = TRUE;
  return FALSE;
}

static gboolean
reject_printf (Pass *pass, Row *row, Col col, const char *value, const char *format, ...)
    G_GNUC_PRINTF (5, 6);

static gboolean
reject_printf (Pass *pass, Row *row, Col col, const char *value, const char *format, ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  return reject (pass, row, col, value, message);
}

/* Keeps a warning, which reaches the report only if the row is accepted. */
static void warn_printf (Pass *pass, Row *row, Col col, const char *value, const char *format, ...)
    G_GNUC_PRINTF (5, 6);

static void
warn_printf (Pass *pass, Row *row, Col col, const char *value, const char *format, ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (pass->report == NULL)
    return;
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  if (row->warnings == NULL)
    row->warnings = g_ptr_array_new_with_free_func (issue_free);
  g_ptr_array_add (row->warnings, issue_new (KR_SIASN_ISSUE_WARNING, row->line,
                                             column_label (pass, col), value, message));
}

/* Rows: the employee's own fields */

static gboolean
parse_kind (const char *text, KrEmployeeKind *kind)
{
  g_autofree char *key = squash (text);

  /* SIASN writes "PNS Daerah", "CPNS Pusat", "PPPK"; people write the long forms. */
  if (strstr (key, "pppk") != NULL || strstr (key, "p3k") != NULL ||
      strstr (key, "perjanjiankerja") != NULL)
    *kind = KR_EMPLOYEE_KIND_PPPK;
  else if (strstr (key, "cpns") != NULL || g_str_has_prefix (key, "calon"))
    *kind = KR_EMPLOYEE_KIND_CPNS;
  else if (strstr (key, "pns") != NULL || strstr (key, "pegawainegerisipil") != NULL)
    *kind = KR_EMPLOYEE_KIND_PNS;
  else
    return FALSE;
  return TRUE;
}

static KrGender
parse_gender (const char *text)
{
  static const char *const male[] = { "m", "l", "1", "lakilaki", "laki", "pria", "male" };
  static const char *const female[] = { "f", "p", "2", "perempuan", "wanita", "female" };
  g_autofree char *key = squash (text);

  for (guint i = 0; i < G_N_ELEMENTS (male); i++)
    {
      if (strcmp (key, male[i]) == 0)
        return KR_GENDER_MALE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (female); i++)
    {
      if (strcmp (key, female[i]) == 0)
        return KR_GENDER_FEMALE;
    }
  return KR_GENDER_UNKNOWN;
}

typedef struct
{
  const char *spelling; /* squash()ed */
  int value;
} Spelling;

static const Spelling religion_spellings[] = {
  { "islam", KR_RELIGION_ISLAM },
  { "kristen", KR_RELIGION_KRISTEN },
  { "protestan", KR_RELIGION_KRISTEN },
  { "kristenprotestan", KR_RELIGION_KRISTEN },
  { "katolik", KR_RELIGION_KATOLIK },
  { "katholik", KR_RELIGION_KATOLIK },
  { "kristenkatolik", KR_RELIGION_KATOLIK },
  { "hindu", KR_RELIGION_HINDU },
  { "buddha", KR_RELIGION_BUDDHA },
  { "budha", KR_RELIGION_BUDDHA },
  { "khonghucu", KR_RELIGION_KHONGHUCU },
  { "konghucu", KR_RELIGION_KHONGHUCU },
  { "khonghuchu", KR_RELIGION_KHONGHUCU },
  { "konghuchu", KR_RELIGION_KHONGHUCU },
  { "kepercayaan", KR_RELIGION_KEPERCAYAAN },
  { "kepercayaanterhadaptuhanyangmahaesa", KR_RELIGION_KEPERCAYAAN },
  { "penghayatkepercayaan", KR_RELIGION_KEPERCAYAAN },
};

static const Spelling marital_spellings[] = {
  { "belumkawin", KR_MARITAL_STATUS_BELUM_KAWIN },
  { "belummenikah", KR_MARITAL_STATUS_BELUM_KAWIN },
  { "tidakkawin", KR_MARITAL_STATUS_BELUM_KAWIN },
  { "lajang", KR_MARITAL_STATUS_BELUM_KAWIN },
  { "kawin", KR_MARITAL_STATUS_KAWIN },
  { "menikah", KR_MARITAL_STATUS_KAWIN },
  { "nikah", KR_MARITAL_STATUS_KAWIN },
  { "ceraihidup", KR_MARITAL_STATUS_CERAI_HIDUP },
  { "cerai", KR_MARITAL_STATUS_CERAI_HIDUP },
  { "ceraimati", KR_MARITAL_STATUS_CERAI_MATI },
};

static const Spelling status_spellings[] = {
  { "aktif", KR_EMPLOYEE_STATUS_AKTIF },
  { "tugasbelajar", KR_EMPLOYEE_STATUS_TUGAS_BELAJAR },
  { "cltn", KR_EMPLOYEE_STATUS_CLTN },
  { "cutidiluartanggungannegara", KR_EMPLOYEE_STATUS_CLTN },
  { "diberhentikansementara", KR_EMPLOYEE_STATUS_DIBERHENTIKAN_SEMENTARA },
  { "pemberhentiansementara", KR_EMPLOYEE_STATUS_DIBERHENTIKAN_SEMENTARA },
  { "penerimauangtunggu", KR_EMPLOYEE_STATUS_PENERIMA_UANG_TUNGGU },
  { "masapersiapanpensiun", KR_EMPLOYEE_STATUS_MASA_PERSIAPAN_PENSIUN },
  { "mpp", KR_EMPLOYEE_STATUS_MASA_PERSIAPAN_PENSIUN },
  { "pensiun", KR_EMPLOYEE_STATUS_PENSIUN },
  { "meninggal", KR_EMPLOYEE_STATUS_MENINGGAL },
  { "meninggaldunia", KR_EMPLOYEE_STATUS_MENINGGAL },
  { "wafat", KR_EMPLOYEE_STATUS_MENINGGAL },
  { "diberhentikan", KR_EMPLOYEE_STATUS_DIBERHENTIKAN },
  { "berhenti", KR_EMPLOYEE_STATUS_BERHENTI },
};

static gboolean
parse_spelling (const Spelling *spellings, guint n, const char *text, int *value)
{
  g_autofree char *key = squash (text);

  for (guint i = 0; i < n; i++)
    {
      if (strcmp (key, spellings[i].spelling) == 0)
        {
          *value = spellings[i].value;
          return TRUE;
        }
    }
  return FALSE;
}

/* Sets the optional coded fields; an unknown spelling is a warning and leaves the field. */
static void
set_coded_fields (Pass *pass, Row *row)
{
  const char *text;
  int value;

  if ((text = field (pass, row, COL_RELIGION)) != NULL)
    {
      if (parse_spelling (religion_spellings, G_N_ELEMENTS (religion_spellings), text, &value))
        kr_employee_set_religion (row->employee, value);
      else
        warn_printf (pass, row, COL_RELIGION, text,
                     _ ("This religion is not one Karier knows; the field was left as it was"));
    }
  if ((text = field (pass, row, COL_MARITAL_STATUS)) != NULL)
    {
      if (parse_spelling (marital_spellings, G_N_ELEMENTS (marital_spellings), text, &value))
        kr_employee_set_marital_status (row->employee, value);
      else
        warn_printf (pass, row, COL_MARITAL_STATUS, text,
                     _ ("This marital status is not one Karier knows; the field was left as it "
                        "was"));
    }
  if ((text = field (pass, row, COL_STATUS)) != NULL)
    {
      if (parse_spelling (status_spellings, G_N_ELEMENTS (status_spellings), text, &value))
        kr_employee_set_status (row->employee, value);
      else
        warn_printf (pass, row, COL_STATUS, text,
                     _ ("This kedudukan hukum is not one Karier knows; the field was left as it "
                        "was"));
    }
}

/* Reads an optional date column into @out; %FALSE (rejected) when it is not a date. */
static gboolean
parse_date_column (Pass *pass, Row *row, Col col, GDate *out)
{
  g_autoptr (GError) error = NULL;
  const char *text = field (pass, row, col);

  g_date_clear (out, 1);
  if (text == NULL || kr_date_parse (text, out, &error))
    return TRUE;
  return reject (pass, row, col, text, error->message);
}

/* Reads a NIK: text that a spreadsheet may have marked or mangled. */
static gboolean
set_nik (Pass *pass, Row *row)
{
  const char *text = field (pass, row, COL_NIK);
  const char *nik;

  if (text == NULL)
    return TRUE;
  nik = skip_apostrophe (text);
  if (is_scientific (nik))
    return reject (pass, row, COL_NIK, text,
                   _ ("This NIK is a number in scientific notation: the spreadsheet took it for "
                      "a number and lost its last digits; format the column as text and export "
                      "the file again"));
  kr_employee_set_nik (row->employee, nik);
  return TRUE;
}

static void
set_text_field (Pass *pass, Row *row, Col col, void (*setter) (KrEmployee *, const char *))
{
  const char *text = field (pass, row, col);

  if (text != NULL)
    setter (row->employee, text);
}

/* Sets what the file says on the employee: all of it for a new one; the filled cells for a
 * stored one. */
static gboolean
set_own_fields (Pass *pass, Row *row, const GDate *birth_date, KrGender gender)
{
  GDate tmt_cpns, tmt_pns;

  kr_employee_set_nip (row->employee, row->nip.digits);
  kr_employee_set_name (row->employee, field (pass, row, COL_NAME));
  kr_employee_set_birth_date (row->employee, birth_date);
  kr_employee_set_gender (row->employee, gender);
  kr_employee_set_kind (row->employee, row->kind);
  set_text_field (pass, row, COL_TITLE_FRONT, kr_employee_set_title_front);
  set_text_field (pass, row, COL_TITLE_BACK, kr_employee_set_title_back);
  set_text_field (pass, row, COL_BIRTH_PLACE, kr_employee_set_birth_place);
  set_text_field (pass, row, COL_PHONE, kr_employee_set_phone);
  set_text_field (pass, row, COL_EMAIL, kr_employee_set_email);
  set_text_field (pass, row, COL_ADDRESS, kr_employee_set_address);
  set_coded_fields (pass, row);
  if (!set_nik (pass, row) || !parse_date_column (pass, row, COL_TMT_CPNS, &tmt_cpns) ||
      !parse_date_column (pass, row, COL_TMT_PNS, &tmt_pns))
    return FALSE;
  if (g_date_valid (&tmt_cpns))
    kr_employee_set_tmt_cpns (row->employee, &tmt_cpns);
  if (g_date_valid (&tmt_pns))
    kr_employee_set_tmt_pns (row->employee, &tmt_pns);
  return TRUE;
}

static gboolean
same_own_fields (KrEmployee *a, KrEmployee *b)
{
  return g_strcmp0 (kr_employee_get_nip (a), kr_employee_get_nip (b)) == 0 &&
         g_strcmp0 (kr_employee_get_name (a), kr_employee_get_name (b)) == 0 &&
         g_strcmp0 (kr_employee_get_title_front (a), kr_employee_get_title_front (b)) == 0 &&
         g_strcmp0 (kr_employee_get_title_back (a), kr_employee_get_title_back (b)) == 0 &&
         g_strcmp0 (kr_employee_get_birth_place (a), kr_employee_get_birth_place (b)) == 0 &&
         same_date (kr_employee_get_birth_date (a), kr_employee_get_birth_date (b)) &&
         kr_employee_get_gender (a) == kr_employee_get_gender (b) &&
         kr_employee_get_religion (a) == kr_employee_get_religion (b) &&
         kr_employee_get_marital_status (a) == kr_employee_get_marital_status (b) &&
         g_strcmp0 (kr_employee_get_nik (a), kr_employee_get_nik (b)) == 0 &&
         g_strcmp0 (kr_employee_get_phone (a), kr_employee_get_phone (b)) == 0 &&
         g_strcmp0 (kr_employee_get_email (a), kr_employee_get_email (b)) == 0 &&
         g_strcmp0 (kr_employee_get_address (a), kr_employee_get_address (b)) == 0 &&
         kr_employee_get_kind (a) == kr_employee_get_kind (b) &&
         kr_employee_get_status (a) == kr_employee_get_status (b) &&
         same_date (kr_employee_get_tmt_cpns (a), kr_employee_get_tmt_cpns (b)) &&
         same_date (kr_employee_get_tmt_pns (a), kr_employee_get_tmt_pns (b));
}

/* The column of a property that kr_employee_validate() names. */
static Col
column_of_property (const char *property)
{
  static const struct
  {
    const char *property;
    Col col;
  } map[] = {
    { "nip", COL_NIP },       { "name", COL_NAME },         { "birth-date", COL_BIRTH_DATE },
    { "gender", COL_GENDER }, { "nik", COL_NIK },           { "phone", COL_PHONE },
    { "email", COL_EMAIL },   { "tmt-cpns", COL_TMT_CPNS }, { "tmt-pns", COL_TMT_PNS },
  };

  for (guint i = 0; property != NULL && i < G_N_ELEMENTS (map); i++)
    {
      if (strcmp (map[i].property, property) == 0)
        return map[i].col;
    }
  return COL_NONE;
}

/* The required cells, the kind and the NIP, which every other check builds on. */
static gboolean
check_identity (Pass *pass, Row *row)
{
  g_autoptr (GError) error = NULL;
  const char *kind_text, *nip_text, *nip;
  guint earlier;

  for (Col col = 0; col < N_REQUIRED_COLS; col++)
    {
      if (field (pass, row, col) == NULL)
        return reject (pass, row, col, NULL, _ ("This column is required, but the cell is empty"));
    }
  kind_text = field (pass, row, COL_KIND);
  if (!parse_kind (kind_text, &row->kind))
    return reject (pass, row, COL_KIND, kind_text,
                   _ ("The jenis pegawai is not known; write PNS, CPNS or PPPK"));

  nip_text = field (pass, row, COL_NIP);
  nip = skip_apostrophe (nip_text);
  if (is_scientific (nip))
    return reject (pass, row, COL_NIP, nip_text,
                   _ ("This NIP is a number in scientific notation: the spreadsheet took it for "
                      "a number and lost its last digits; format the column as text and export "
                      "the file again"));
  if (!kr_nip_parse (nip, row->kind == KR_EMPLOYEE_KIND_PPPK ? KR_NIP_KIND_PPPK : KR_NIP_KIND_PNS,
                     &pass->today, &row->nip, &error))
    return reject (pass, row, COL_NIP, nip_text, error->message);

  earlier = nip_set_add (&pass->nips, g_ascii_strtoull (row->nip.digits, NULL, 10), row->line);
  if (earlier != 0)
    return reject_printf (pass, row, COL_NIP, nip_text,
                          _ ("The same NIP is already on line %u; each employee may appear only "
                             "once in the file"),
                          earlier);
  return TRUE;
}

/* Whether the rank history of a stored employee fits the new kind, as
 * kr_employee_repository_update() requires. */
static gboolean
check_kind_change (Pass *pass, Row *row, GError **error)
{
  g_autoptr (GPtrArray) ranks = NULL;
  gboolean to_pppk = row->kind == KR_EMPLOYEE_KIND_PPPK;

  if (row->existing == NULL ||
      (kr_employee_get_kind (row->existing) == KR_EMPLOYEE_KIND_PPPK) == to_pppk)
    return TRUE;
  ranks = kr_employee_repository_list_ranks (pass->importer->employees,
                                             kr_employee_get_id (row->existing), error);
  if (ranks == NULL)
    return FALSE;
  for (guint i = 0; i < ranks->len; i++)
    {
      const KrRankEntry *rank = g_ptr_array_index (ranks, i);
      gboolean pppk_rank = rank->golongan > PPPK_GOLONGAN_BASE;

      if (to_pppk ? !pppk_rank || rank->promotion_kind != KR_PROMOTION_KIND_PENGANGKATAN
                  : pppk_rank)
        return reject_printf (
            pass, row, COL_KIND, field (pass, row, COL_KIND),
            /* Translators: the first %s is “PNS”, “CPNS” or “PPPK”, the second one of them */
            _ ("The employee is a %s with golongan that a %s cannot hold in the rank history; "
               "change the employee kind in Karier first"),
            kr_employee_kind_get_label (kr_employee_get_kind (row->existing)),
            kr_employee_kind_get_label (row->kind));
    }
  return TRUE;
}

/* Builds the employee to save, from the stored one when there is one, and validates it as
 * the form would. */
static gboolean
check_employee (Pass *pass, Row *row, GError **error)
{
  g_autoptr (GError) local = NULL;
  g_autoptr (GPtrArray) warnings = NULL;
  const char *text, *property = NULL;
  KrGender gender;
  GDate birth_date;
  Col col;

  text = field (pass, row, COL_BIRTH_DATE);
  if (!kr_date_parse (text, &birth_date, &local))
    return reject (pass, row, COL_BIRTH_DATE, text, local->message);
  text = field (pass, row, COL_GENDER);
  gender = parse_gender (text);
  if (gender == KR_GENDER_UNKNOWN)
    return reject (pass, row, COL_GENDER, text,
                   _ ("The gender is not known; write L or P, M or F, Laki-laki or Perempuan"));

  row->existing =
      kr_employee_repository_get_by_nip (pass->importer->employees, row->nip.digits, &local);
  if (row->existing == NULL && !g_error_matches (local, KR_ERROR, KR_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  g_clear_error (&local);
  row->employee = row->existing != NULL ? kr_employee_copy (row->existing) : kr_employee_new ();
  if (!set_own_fields (pass, row, &birth_date, gender))
    return FALSE;

  if (!kr_employee_validate (row->employee, &pass->today, &property, &warnings, &local))
    {
      col = column_of_property (property);
      return reject (pass, row, col, col != COL_NONE ? field (pass, row, col) : NULL,
                     local->message);
    }
  for (guint i = 0; i < warnings->len; i++)
    warn_printf (pass, row, COL_NIP, field (pass, row, COL_NIP), "%s",
                 (const char *) g_ptr_array_index (warnings, i));
  if (!check_kind_change (pass, row, error))
    return FALSE;
  row->own_changed = row->existing == NULL || !same_own_fields (row->existing, row->employee);
  return TRUE;
}

/* Rows: histories */

/* Checks a TMT as the repository checks one: after the birth date, not before the first
 * appointment. */
static gboolean
check_tmt (Pass *pass, Row *row, Col col, const GDate *tmt)
{
  const GDate *birth_date = kr_employee_get_birth_date (row->employee);
  const GDate *first = kr_employee_get_tmt_cpns (row->employee);
  char text[KR_DATE_ISO_LENGTH + 1], other[KR_DATE_ISO_LENGTH + 1];

  kr_date_format_iso_buf (tmt, text);
  if (birth_date != NULL && g_date_compare (tmt, birth_date) <= 0)
    {
      kr_date_format_iso_buf (birth_date, other);
      return reject_printf (pass, row, col, field (pass, row, col),
                            _ ("The TMT %s must be after the birth date %s"), text, other);
    }
  if (first != NULL && g_date_compare (tmt, first) < 0)
    {
      kr_date_format_iso_buf (first, other);
      return reject_printf (pass, row, col, field (pass, row, col),
                            row->kind == KR_EMPLOYEE_KIND_PPPK
                                ? _ ("The TMT %s is before the employee’s first contract, %s")
                                : _ ("The TMT %s is before the employee’s TMT CPNS, %s"),
                            text, other);
    }
  return TRUE;
}

/* Reads the required TMT of a history row to add. */
static gboolean
parse_tmt (Pass *pass, Row *row, Col col, const char *what, GDate *tmt)
{
  if (field (pass, row, col) == NULL)
    return reject_printf (pass, row, col, NULL,
                          /* Translators: %s is “golongan III/b” or “jabatan Analis…” */
                          _ ("The TMT is required to record the new %s"), what);
  return parse_date_column (pass, row, col, tmt);
}

/* Whether @tmt is older than the stored current TMT, in which case the file is older than
 * the database for this history: warned about, and the history is left alone. */
static gboolean
is_older (const GDate *tmt, const GDate *current)
{
  return current != NULL && g_date_valid (current) && g_date_compare (tmt, current) < 0;
}

/* Reads the golongan as gol_akhir_nama or gol_akhir_id; 0 when the row has none. */
static gboolean
parse_golongan (Pass *pass, Row *row, guint *golongan)
{
  g_autoptr (GError) error = NULL;
  gboolean pppk = row->kind == KR_EMPLOYEE_KIND_PPPK;
  const char *name = field (pass, row, COL_GOLONGAN);
  const char *code = field (pass, row, COL_GOLONGAN_CODE);
  guint value;
  KrRank rank;

  *golongan = 0;
  if (name != NULL)
    {
      if (pppk && kr_pppk_golongan_parse (name, &value, NULL))
        *golongan = PPPK_GOLONGAN_BASE + value;
      else if (!pppk && kr_rank_parse (name, &rank, NULL))
        *golongan = kr_rank_get_code (rank);
      else if (pppk && kr_rank_parse (name, &rank, NULL))
        return reject_printf (pass, row, COL_GOLONGAN, name,
                              _ ("A PPPK holds a PPPK golongan (I to XVII), not the PNS "
                                 "golongan %s"),
                              kr_rank_get_golongan (rank));
      else if (!pppk && kr_pppk_golongan_parse (name, &value, NULL))
        return reject_printf (pass, row, COL_GOLONGAN, name,
                              /* Translators: the first %s is “PNS” or “CPNS” */
                              _ ("A %s holds a golongan ruang (I/a to IV/e), not the PPPK "
                                 "golongan %s"),
                              kr_employee_kind_get_label (row->kind),
                              kr_pppk_golongan_to_roman (value));
      else if (pppk ? !kr_pppk_golongan_parse (name, &value, &error)
                    : !kr_rank_parse (name, &rank, &error))
        return reject (pass, row, COL_GOLONGAN, name, error->message);
      return TRUE;
    }
  if (code == NULL)
    return TRUE;
  if (!parse_number (code, &value) || !kr_rank_from_code (value, &rank))
    return reject (pass, row, COL_GOLONGAN_CODE, code,
                   _ ("This golongan code is not one Karier knows (11 for I/a to 45 for IV/e); "
                      "fill gol_akhir_nama instead"));
  if (pppk)
    return reject_printf (pass, row, COL_GOLONGAN_CODE, code,
                          _ ("A PPPK holds a PPPK golongan (I to XVII), not the PNS golongan %s"),
                          kr_rank_get_golongan (rank));
  *golongan = value;
  return TRUE;
}

static gboolean
check_rank (Pass *pass, Row *row)
{
  const GDate *tmt_cpns = kr_employee_get_tmt_cpns (row->employee);
  g_autofree char *what = NULL;
  char current[KR_DATE_ISO_LENGTH + 1], text[KR_DATE_ISO_LENGTH + 1];
  guint golongan;
  GDate tmt;

  if (!parse_golongan (pass, row, &golongan))
    return FALSE;
  row->file_golongan = golongan;
  if (golongan == 0 ||
      (row->existing != NULL && kr_employee_get_golongan (row->existing) == golongan))
    return TRUE;

  what = g_strdup_printf ("golongan %s", kr_golongan_get_label (golongan));
  if (!parse_tmt (pass, row, COL_TMT_GOLONGAN, what, &tmt))
    return FALSE;
  if (row->existing != NULL && is_older (&tmt, kr_employee_get_rank_tmt (row->existing)))
    {
      kr_date_format_iso_buf (&tmt, text);
      kr_date_format_iso_buf (kr_employee_get_rank_tmt (row->existing), current);
      warn_printf (pass, row, COL_TMT_GOLONGAN, field (pass, row, COL_TMT_GOLONGAN),
                   /* Translators: golongan and TMT from the file, then the stored ones */
                   _ ("Golongan %s from %s is older than the current golongan %s from %s; the "
                      "rank history was left as it is"),
                   kr_golongan_get_label (golongan), text,
                   kr_employee_get_golongan_label (row->existing), current);
      return TRUE;
    }
  if (!check_tmt (pass, row, COL_TMT_GOLONGAN, &tmt))
    return FALSE;

  row->add_rank = TRUE;
  row->golongan = golongan;
  row->rank_tmt = tmt;
  /* A PPPK golongan comes with each contract. A first golongan from the TMT CPNS is the
   * appointment's; any other is taken as a regular promotion, the usual kind, which the user
   * may correct in the rank history. */
  if (row->kind == KR_EMPLOYEE_KIND_PPPK ||
      (row->existing == NULL && tmt_cpns != NULL && g_date_compare (&tmt, tmt_cpns) == 0))
    row->promotion_kind = KR_PROMOTION_KIND_PENGANGKATAN;
  else
    row->promotion_kind = KR_PROMOTION_KIND_REGULER;
  return TRUE;
}

/* Reads an education level as kr_education_parse() does, or else from one of the parts of a
 * combined spelling ("S-1/Sarjana", "Diploma III/Sarjana Muda"). */
static gboolean
parse_level (const char *text, KrEducation *education)
{
  g_auto (GStrv) parts = NULL;

  if (kr_education_parse (text, education, NULL))
    return TRUE;
  parts = g_strsplit (text, "/", -1);
  for (guint i = 0; parts[1] != NULL && parts[i] != NULL; i++)
    {
      if (kr_education_parse (parts[i], education, NULL))
        return TRUE;
    }
  return FALSE;
}

/* Reads the education level from tingkat_pendidikan, or else from pendidikan, which SIASN
 * writes as the level and the major ("S-1 Ilmu Komputer"); the major is kept from
 * pendidikan. */
static gboolean
parse_education (Pass *pass, Row *row, gboolean *found)
{
  g_autoptr (GError) error = NULL;
  const char *level = field (pass, row, COL_EDUCATION);
  const char *major = field (pass, row, COL_MAJOR);
  g_autofree char *first_word = NULL;
  const char *space;

  *found = FALSE;
  if (level != NULL)
    {
      if (!parse_level (level, &row->education))
        {
          kr_education_parse (level, &row->education, &error);
          return reject (pass, row, COL_EDUCATION, level, error->message);
        }
      row->major = major;
    }
  else if (major != NULL)
    {
      space = strpbrk (major, " \t");
      first_word = space != NULL ? g_strndup (major, space - major) : NULL;
      if (parse_level (major, &row->education))
        row->major = NULL;
      else if (first_word != NULL && parse_level (first_word, &row->education))
        row->major = space + strspn (space, " \t");
      else
        {
          kr_education_parse (major, &row->education, &error);
          return reject (pass, row, COL_MAJOR, major, error->message);
        }
    }
  else
    return TRUE;
  row->school = field (pass, row, COL_SCHOOL);
  row->has_education = TRUE;
  *found = TRUE;
  return TRUE;
}

/* Whether the stored employee already has an education row of this level and year. */
static gboolean
has_education (Pass *pass, Row *row, guint year, gboolean *found, GError **error)
{
  g_autoptr (GPtrArray) rows = NULL;

  *found = FALSE;
  if (row->existing == NULL)
    return TRUE;
  rows = kr_employee_repository_list_educations (pass->importer->employees,
                                                 kr_employee_get_id (row->existing), error);
  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len && !*found; i++)
    {
      const KrEducationEntry *entry = g_ptr_array_index (rows, i);

      *found = entry->level == row->education && entry->graduation_year == year;
    }
  return TRUE;
}

static gboolean
check_education (Pass *pass, Row *row, GError **error)
{
  const char *year_text;
  KrEducation current;
  gboolean found;
  guint year, birth_year;

  if (!parse_education (pass, row, &found))
    return FALSE;
  if (!found || (row->existing != NULL && kr_employee_get_education (row->existing, &current) &&
                 current == row->education))
    return TRUE;

  year_text = field (pass, row, COL_GRADUATION_YEAR);
  if (year_text == NULL)
    return reject_printf (pass, row, COL_GRADUATION_YEAR, NULL,
                          _ ("The graduation year is required to record the education %s"),
                          kr_education_get_label (row->education));
  if (!parse_number (year_text, &year))
    return reject (pass, row, COL_GRADUATION_YEAR, year_text,
                   _ ("The graduation year must be a year such as 2010"));
  if (!has_education (pass, row, year, &found, error))
    return FALSE;
  if (found)
    return TRUE;

  birth_year = g_date_get_year (kr_employee_get_birth_date (row->employee));
  if (year <= birth_year)
    return reject_printf (pass, row, COL_GRADUATION_YEAR, year_text,
                          _ ("The graduation year %u must be after the birth year %u"), year,
                          birth_year);
  if (year > g_date_get_year (&pass->today))
    return reject_printf (pass, row, COL_GRADUATION_YEAR, year_text,
                          _ ("The graduation year %u is in the future"), year);
  row->add_education = TRUE;
  row->graduation_year = year;
  return TRUE;
}

/* Rows: units and positions */

/* The levels of the organisation tree that a row may name, from the top (DOMAIN 12.1). */
typedef enum
{
  LEVEL_INSTANSI,
  LEVEL_SATKER,
  LEVEL_PARENT_UNIT,
  LEVEL_UNIT,
  N_LEVELS,
} Level;

/* A level as the row names it: name and code are both NULL when the row leaves it empty. */
typedef struct
{
  Col name_col;
  Col code_col;
  const char *name;
  const char *code;
  char *key; /* name_key() of the name, made when first needed by cell_key() */
} Cell;

/* The levels of one row, and the units found or planned for them. */
typedef struct
{
  Cell cells[N_LEVELS];
  UnitInfo *units[N_LEVELS];
} Tree;

/* The kind of a unit created under a unit of each kind (kr-unit-repository.h): a perangkat
 * daerah under the instansi, a bidang (or a UPT, by its name) under a perangkat daerah, a
 * sub-bidang under a bidang or a UPT, and nothing under a sub-bidang. */
static const KrUnitKind child_kinds[KR_N_UNIT_KINDS] = {
  [KR_UNIT_KIND_INSTANSI] = KR_UNIT_KIND_PERANGKAT_DAERAH,
  [KR_UNIT_KIND_PERANGKAT_DAERAH] = KR_UNIT_KIND_BIDANG,
  [KR_UNIT_KIND_BIDANG] = KR_UNIT_KIND_SUB_BIDANG,
  [KR_UNIT_KIND_SUB_BIDANG] = KR_N_UNIT_KINDS,
  [KR_UNIT_KIND_UPT] = KR_UNIT_KIND_SUB_BIDANG,
};

/* B: how the name of a unit that a perangkat daerah runs as a UPT, not as a bidang, starts:
 * unit pelaksana teknis, cabang dinas, and the schools, puskesmas, hospitals and balai that
 * regional governments organise as UPT. Compared with name_key(), as whole words. */
static const char *const upt_name_starts[] = {
  "upt",          "uptd",    "unit pelaksana teknis",
  "cabang dinas", "balai",   "puskesmas",
  "rumah sakit",  "sekolah", "sma",
  "sman",         "smk",     "smkn",
  "slb",          "slbn",
};

/* The kind of a unit to create under @parent, whose name key is @key. */
static KrUnitKind
child_kind (const UnitInfo *parent, const char *key)
{
  KrUnitKind kind = child_kinds[parent->kind];

  if (kind != KR_UNIT_KIND_BIDANG)
    return kind;
  for (guint i = 0; i < G_N_ELEMENTS (upt_name_starts); i++)
    {
      gsize n = strlen (upt_name_starts[i]);

      if (strncmp (key, upt_name_starts[i], n) == 0 && (key[n] == '\0' || key[n] == ' '))
        return KR_UNIT_KIND_UPT;
    }
  return kind;
}

static void
set_cell (Pass *pass, Row *row, Cell *cell, Col name_col, Col code_col)
{
  cell->name_col = name_col;
  cell->code_col = code_col;
  cell->name = field (pass, row, name_col);
  cell->code = field (pass, row, code_col);
}

/* The name key of a level that has a name; most rows find their unit by code without it. */
static const char *
cell_key (Cell *cell)
{
  g_assert (cell->name != NULL);
  if (cell->key == NULL)
    cell->key = name_key (cell->name);
  return cell->key;
}

static gboolean
cell_is_empty (const Cell *cell)
{
  return cell->name == NULL && cell->code == NULL;
}

/* The column and the value that name the level, for messages. */
static Col
cell_col (const Cell *cell)
{
  return cell->name != NULL || cell->code == NULL ? cell->name_col : cell->code_col;
}

static const char *
cell_value (const Cell *cell)
{
  return cell->name != NULL ? cell->name : cell->code;
}

/* Reads the levels the row names: the instansi where the employee works (instansi_kerja,
 * else instansi_induk), the satuan kerja (satuan_kerja_kerja, else satuan_kerja_induk), the
 * unor induk and the unor. */
static void
read_tree (Pass *pass, Row *row, Tree *tree)
{
  gboolean work_instansi = field (pass, row, COL_WORK_INSTANSI) != NULL ||
                           field (pass, row, COL_WORK_INSTANSI_CODE) != NULL;
  gboolean work_satker =
      field (pass, row, COL_SATKER) != NULL || field (pass, row, COL_SATKER_CODE) != NULL;

  memset (tree, 0, sizeof *tree);
  set_cell (pass, row, &tree->cells[LEVEL_INSTANSI],
            work_instansi ? COL_WORK_INSTANSI : COL_INSTANSI,
            work_instansi ? COL_WORK_INSTANSI_CODE : COL_INSTANSI_CODE);
  set_cell (pass, row, &tree->cells[LEVEL_SATKER], work_satker ? COL_SATKER : COL_PARENT_SATKER,
            work_satker ? COL_SATKER_CODE : COL_PARENT_SATKER_CODE);
  set_cell (pass, row, &tree->cells[LEVEL_PARENT_UNIT], COL_PARENT_UNIT, COL_PARENT_UNIT_CODE);
  set_cell (pass, row, &tree->cells[LEVEL_UNIT], COL_UNIT, COL_UNIT_CODE);
}

static void
clear_tree (Tree *tree)
{
  for (guint i = 0; i < N_LEVELS; i++)
    g_free (tree->cells[i].key);
}

/* Whether two levels of a row name the same unit, by code or by name: SIASN gives the codes
 * of the instansi, satuan kerja and unor from tables of their own, so one office that is
 * both a satuan kerja and a unor has two codes but one name. */
static gboolean
same_cell (Cell *a, Cell *b)
{
  return (a->code != NULL && g_strcmp0 (a->code, b->code) == 0) ||
         (a->name != NULL && b->name != NULL && strcmp (cell_key (a), cell_key (b)) == 0);
}

static gboolean
cell_names_unit (Cell *cell, const UnitInfo *unit)
{
  return (cell->code != NULL && strcmp (cell->code, unit->code) == 0) ||
         (cell->name != NULL && strcmp (cell_key (cell), unit->key) == 0);
}

/* Whether a unit that this row plans already has @code. */
static gboolean
is_planned_code (Row *row, const char *code)
{
  for (guint i = 0; row->new_units != NULL && i < row->new_units->len; i++)
    {
      const UnitInfo *unit = g_ptr_array_index (row->new_units, i);

      if (strcmp (unit->code, code) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Plans a unit of @kind under @parent (%NULL for a root), to create if the row is accepted. */
static UnitInfo *
plan_unit (Row *row, const Cell *cell, UnitInfo *parent, KrUnitKind kind)
{
  UnitInfo *unit =
      unit_info_new (0, cell->code != NULL ? cell->code : cell->name, cell->name, kind);

  unit->parent = parent;
  unit->col = cell->name_col;
  unit->positions = new_position_table ();
  if (row->new_units == NULL)
    row->new_units = g_ptr_array_new_with_free_func (unit_info_free);
  g_ptr_array_add (row->new_units, unit);
  return unit;
}

/* Finds the instansi of the row, or plans it; when the row names none, the database's only
 * instansi. @child is the level to create under it, which the messages name. */
static gboolean
resolve_instansi (Pass *pass, Row *row, Tree *tree, const Cell *child, UnitInfo **out)
{
  Cell *cell = &tree->cells[LEVEL_INSTANSI];
  UnitInfo *found = NULL;

  if (cell->code != NULL)
    found = g_hash_table_lookup (pass->units_by_code, cell->code);
  if (cell->name == NULL && found != NULL && found->kind == KR_UNIT_KIND_INSTANSI)
    {
      *out = found;
      return TRUE;
    }
  if (cell->name == NULL)
    {
      if (pass->n_instansi == 1)
        {
          *out = pass->last_instansi;
          return TRUE;
        }
      return reject_printf (
          pass, row, cell_col (child), cell_value (child),
          pass->n_instansi == 0
              ? _ ("The unit “%s” does not exist, and there is no instansi to create it under; "
                   "fill instansi_induk_nama or create the instansi in Karier first")
              : _ ("The unit “%s” does not exist, and the database has several instansi; fill "
                   "instansi_induk_nama to say under which one to create it"),
          cell_value (child));
    }

  found = g_hash_table_lookup (pass->instansi_by_name, cell_key (cell));
  if (found == NULL && cell->code != NULL)
    {
      found = g_hash_table_lookup (pass->units_by_code, cell->code);
      if (found != NULL && found->kind != KR_UNIT_KIND_INSTANSI)
        return reject_printf (pass, row, cell->code_col, cell->code,
                              _ ("The unit code is already used by “%s”, which is not an "
                                 "instansi"),
                              found->name);
    }
  if (found == &ambiguous_unit)
    return reject (pass, row, cell->name_col, cell->name,
                   _ ("Several instansi have this name; rename one of them in Karier"));
  if (found != NULL)
    {
      *out = found;
      return TRUE;
    }
  if (cell->code == NULL && g_hash_table_contains (pass->units_by_code, cell->name))
    return reject_printf (pass, row, cell->name_col, cell->name,
                          /* Translators: %s is a column name, such as instansi_induk_id */
                          _ ("A unit already uses this name as its code; fill %s with another "
                             "code"),
                          column_label (pass, cell->code_col));
  *out = plan_unit (row, cell, NULL, KR_UNIT_KIND_INSTANSI);
  return TRUE;
}

static gboolean
resolve_level (Pass *pass, Row *row, Tree *tree, Level level, const Cell *child, UnitInfo **out);

/* Finds or plans the unit above @level: that of the nearest level above it that the row
 * names, else the instansi. */
static gboolean
resolve_parent (Pass *pass, Row *row, Tree *tree, Level level, UnitInfo **out)
{
  int above;

  for (above = (int) level - 1; above > LEVEL_INSTANSI; above--)
    {
      if (!cell_is_empty (&tree->cells[above]))
        break;
    }
  return resolve_level (pass, row, tree, (Level) above, &tree->cells[level], out);
}

/* Finds the unit named by @cell below @parent, at any depth, or anywhere when @parent is
 * %NULL; *@out is %NULL when there is none. */
static gboolean
find_by_name (Pass *pass, Row *row, Cell *cell, const UnitInfo *parent, UnitInfo **out)
{
  GPtrArray *namesakes = g_hash_table_lookup (pass->units_by_name, cell_key (cell));

  *out = NULL;
  for (guint i = 0; namesakes != NULL && i < namesakes->len; i++)
    {
      UnitInfo *unit = g_ptr_array_index (namesakes, i);
      const UnitInfo *up = unit->parent;

      while (parent != NULL && up != NULL && up != parent)
        up = up->parent;
      if (parent != NULL && up == NULL)
        continue;
      if (*out != NULL)
        return reject_printf (pass, row, cell->name_col, cell->name,
                              /* Translators: %s is a column name, such as unor_id */
                              _ ("Several units have this name; fill %s to say which one"),
                              column_label (pass, cell->code_col));
      *out = unit;
    }
  return TRUE;
}

/* Finds the unit of a level below the instansi, or plans it under the unit above it. A code
 * means that unit: a name could be another unit's of the same name (every dinas has a
 * "Sekretariat"), so an unknown code makes a new unit, and a name alone is looked for only
 * below the levels above it that the row names. */
static gboolean
resolve_unit_level (Pass *pass, Row *row, Tree *tree, Level level, UnitInfo **out)
{
  Cell *cell = &tree->cells[level];
  UnitInfo *parent = NULL, *found = NULL;
  gboolean named_above = FALSE;
  KrUnitKind kind;

  if (cell->code != NULL && (found = g_hash_table_lookup (pass->units_by_code, cell->code)))
    {
      *out = found;
      return TRUE;
    }
  for (int above = (int) level - 1; above >= LEVEL_INSTANSI; above--)
    {
      Cell *other = &tree->cells[above];

      named_above |= !cell_is_empty (other);
      /* The employee works in that unit itself, as in a satuan kerja's secretariat. */
      if (!cell_is_empty (other) && same_cell (cell, other))
        return resolve_level (pass, row, tree, (Level) above, cell, out);
    }
  if (cell->code == NULL && ((named_above && !resolve_parent (pass, row, tree, level, &parent)) ||
                             !find_by_name (pass, row, cell, parent, &found)))
    return FALSE;
  if (found != NULL)
    {
      *out = found;
      return TRUE;
    }

  if (cell->name == NULL)
    return reject_printf (pass, row, cell->code_col, cell->code,
                          /* Translators: %s is a column name, such as unor_nama */
                          _ ("No unit has this code, and without %s it cannot be created"),
                          column_label (pass, cell->name_col));
  if (parent == NULL && !resolve_parent (pass, row, tree, level, &parent))
    return FALSE;
  if (cell_names_unit (cell, parent))
    {
      *out = parent;
      return TRUE;
    }
  kind = child_kind (parent, cell_key (cell));
  if (kind == KR_N_UNIT_KINDS)
    return reject_printf (pass, row, cell->name_col, cell->name,
                          /* Translators: a unit's name, then its kind, such as
                           * “Sub-bidang/Seksi” */
                          _ ("The unit does not exist, and it cannot be created under “%s”, "
                             "a %s, the lowest level of the tree; create it in Karier first"),
                          parent->name, kr_unit_kind_get_label (parent->kind));
  if (g_hash_table_contains (pass->units_by_code, cell->code != NULL ? cell->code : cell->name) ||
      is_planned_code (row, cell->code != NULL ? cell->code : cell->name))
    return reject_printf (pass, row, cell_col (cell), cell_value (cell),
                          /* Translators: %s is a column name, such as unor_id */
                          _ ("The unit does not exist, but another unit already uses this as its "
                             "code; fill %s with the unit’s own code"),
                          column_label (pass, cell->code_col));
  *out = plan_unit (row, cell, parent, kind);
  return TRUE;
}

/* Finds or plans the unit of @level, once per row. @child is the level below, for the
 * messages about an instansi that the row does not name. */
static gboolean
resolve_level (Pass *pass, Row *row, Tree *tree, Level level, const Cell *child, UnitInfo **out)
{
  gboolean ok;

  if (tree->units[level] != NULL)
    {
      *out = tree->units[level];
      return TRUE;
    }
  ok = level == LEVEL_INSTANSI ? resolve_instansi (pass, row, tree, child, out)
                               : resolve_unit_level (pass, row, tree, level, out);
  if (ok)
    tree->units[level] = *out;
  return ok;
}

/* Finds the unit of the row, the unor or else the satuan kerja, or plans it with the units
 * above it that are missing: instansi, then satuan kerja, then unor induk, then unor. */
static gboolean
resolve_unit (Pass *pass, Row *row, UnitInfo **out)
{
  Tree tree;
  Level level = N_LEVELS;
  gboolean ok;

  read_tree (pass, row, &tree);
  if (!cell_is_empty (&tree.cells[LEVEL_UNIT]))
    level = LEVEL_UNIT;
  else if (!cell_is_empty (&tree.cells[LEVEL_SATKER]))
    level = LEVEL_SATKER;
  if (level == N_LEVELS)
    ok = reject (pass, row, COL_UNIT, NULL, _ ("The jabatan needs its unit; fill unor_nama"));
  else
    ok = resolve_level (pass, row, &tree, level, &tree.cells[level], out);
  clear_tree (&tree);
  return ok;
}

/* The kind of a structural position from its eselon (DOMAIN 3.2): I is JPT Madya, II JPT
 * Pratama, III Administrator, IV Pengawas, V (abolished) Pelaksana. */
static gboolean
kind_from_eselon (const char *text, KrPositionKind *kind)
{
  static const Spelling eselons[] = {
    { "iv", KR_POSITION_KIND_PENGAWAS },     { "iii", KR_POSITION_KIND_ADMINISTRATOR },
    { "ii", KR_POSITION_KIND_JPT_PRATAMA },  { "i", KR_POSITION_KIND_JPT_MADYA },
    { "v", KR_POSITION_KIND_PELAKSANA },     { "4", KR_POSITION_KIND_PENGAWAS },
    { "3", KR_POSITION_KIND_ADMINISTRATOR }, { "2", KR_POSITION_KIND_JPT_PRATAMA },
    { "1", KR_POSITION_KIND_JPT_MADYA },     { "5", KR_POSITION_KIND_PELAKSANA },
  };
  g_autofree char *key = squash (text);
  const char *rest = g_str_has_prefix (key, "eselon") ? key + strlen ("eselon") : key;

  for (guint i = 0; i < G_N_ELEMENTS (eselons); i++)
    {
      gsize n = strlen (eselons[i].spelling);

      /* "IIIa", "III.b", "3b": the sub-level letter does not change the kind. */
      if (strncmp (rest, eselons[i].spelling, n) == 0 &&
          (rest[n] == '\0' || ((rest[n] == 'a' || rest[n] == 'b') && rest[n + 1] == '\0')))
        {
          *kind = eselons[i].value;
          return TRUE;
        }
    }
  return FALSE;
}

/* How jenis_jabatan names a kind: one of Karier's kinds, or a SIASN group that needs the
 * eselon (structural) or the jenjang in the position's name (functional) to tell the kind. */
typedef enum
{
  JENIS_KIND,
  JENIS_STRUCTURAL,
  JENIS_FUNCTIONAL,
  JENIS_UNKNOWN,
} Jenis;

static Jenis
parse_jenis_jabatan (const char *text, KrPositionKind *kind)
{
  g_autofree char *key = squash (text);
  const char *rest = g_str_has_prefix (key, "jabatan") ? key + strlen ("jabatan") : key;

  for (KrPositionKind k = 0; k < KR_N_POSITION_KINDS; k++)
    {
      g_autofree char *label = squash (kr_position_kind_get_label (k));

      if (strcmp (rest, label) == 0)
        {
          *kind = k;
          return JENIS_KIND;
        }
    }
  /* The names SIASN and older SIMPEG data use. */
  if (strcmp (rest, "fungsionalumum") == 0 || strcmp (rest, "jfu") == 0)
    {
      *kind = KR_POSITION_KIND_PELAKSANA;
      return JENIS_KIND;
    }
  if (strcmp (rest, "fungsional") == 0 || strcmp (rest, "fungsionaltertentu") == 0 ||
      strcmp (rest, "jft") == 0)
    return JENIS_FUNCTIONAL;
  if (strcmp (rest, "struktural") == 0)
    return JENIS_STRUCTURAL;
  return JENIS_UNKNOWN;
}

/* The education of the row: the file's, else the stored one. */
static gboolean
get_row_education (Row *row, KrEducation *education)
{
  if (row->has_education)
    {
      *education = row->education;
      return TRUE;
    }
  return row->existing != NULL && kr_employee_get_education (row->existing, education);
}

/* Tells the jenjang of a functional position whose name states none from the holder's
 * golongan and the jenjang ranges (DOMAIN 3.1), as a BKD officer would; when jenis_jabatan
 * says only "Fungsional" and the golongan lies in a jenjang of both groups (III/a to III/d),
 * the education tells the group. Sets the kind, the jenjang and how they were told in
 * @info. */
static gboolean
infer_level (Pass *pass, Row *row, const char *name, Jenis jenis, PositionInfo *info)
{
  static const KrPositionKind groups[] = {
    KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN,
    KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN,
  };
  KrPositionLevel levels[G_N_ELEMENTS (groups)];
  guint golongan = row->file_golongan;
  guint n_fitting = 0, chosen = 0;
  KrPositionKind group;
  KrRank rank;

  if (golongan == 0 && row->existing != NULL)
    golongan = kr_employee_get_golongan (row->existing);
  if (golongan == 0)
    return reject (pass, row, COL_POSITION, name,
                   _ ("The jenjang of this functional position cannot be told from its name, and "
                      "the row has no golongan to tell it from; end the name with the jenjang "
                      "(Ahli Pertama to Ahli Utama, Pemula to Penyelia) or fill gol_akhir_nama"));
  if (golongan > PPPK_GOLONGAN_BASE || !kr_rank_from_code (golongan, &rank))
    return reject (pass, row, COL_POSITION, name,
                   _ ("The jenjang of this functional position cannot be told from its name, "
                      "nor from a PPPK golongan; end the name with the jenjang (Ahli Pertama to "
                      "Ahli Utama, Pemula to Penyelia) or create the position in Karier first"));
  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    {
      if ((jenis == JENIS_FUNCTIONAL || info->kind == groups[i]) &&
          kr_position_level_for_rank (groups[i], rank, &levels[i]))
        {
          n_fitting++;
          chosen = i;
        }
    }
  if (n_fitting == 0)
    return reject_printf (
        pass, row, COL_POSITION, name,
        /* Translators: a golongan such as “II/b”, then a jenis jabatan such as “Fungsional
         * Keahlian” */
        _ ("The jenjang of this functional position cannot be told from its name, and golongan "
           "%s lies in no jenjang of %s; end the name with the jenjang or correct the golongan"),
        kr_golongan_get_label (golongan),
        /* Official term: do not translate */
        jenis == JENIS_FUNCTIONAL ? "Fungsional" : kr_position_kind_get_label (info->kind));
  if (n_fitting > 1)
    {
      if (!get_row_education (row, &info->education) ||
          !kr_position_functional_kind_for_education (info->education, &group))
        return reject_printf (pass, row, COL_POSITION, name,
                              _ ("The jenjang of this functional position cannot be told from its "
                                 "name, and golongan %s lies in a jenjang of both the keahlian "
                                 "and the keterampilan group; write Fungsional Keahlian or "
                                 "Fungsional Keterampilan in jenis_jabatan, or fill "
                                 "tingkat_pendidikan"),
                              kr_golongan_get_label (golongan));
      for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
        {
          if (groups[i] == group)
            chosen = i;
        }
      info->inferred_group = TRUE;
    }
  info->kind = groups[chosen];
  info->level = levels[chosen];
  info->inferred_golongan = golongan;
  return TRUE;
}

/* Reads the kind and jenjang of a position to create from jenis_jabatan (and eselon) into
 * @info. */
static gboolean
parse_position_kind (Pass *pass, Row *row, const char *name, PositionInfo *info)
{
  g_autoptr (GError) error = NULL;
  const char *text = field (pass, row, COL_POSITION_KIND);
  const char *eselon = field (pass, row, COL_ESELON);
  Jenis jenis;

  if (text == NULL)
    return reject (pass, row, COL_POSITION_KIND, NULL,
                   _ ("The position does not exist in its unit yet; fill jenis_jabatan so that "
                      "it can be created"));
  jenis = parse_jenis_jabatan (text, &info->kind);
  if (jenis == JENIS_UNKNOWN)
    return reject (pass, row, COL_POSITION_KIND, text,
                   _ ("This jenis jabatan is not known; write Struktural (with an eselon), JPT "
                      "Pratama, Administrator, Pengawas, Pelaksana, Fungsional Keahlian or "
                      "Fungsional Keterampilan"));
  if (jenis == JENIS_STRUCTURAL && (eselon == NULL || !kind_from_eselon (eselon, &info->kind)))
    return reject (pass, row, COL_POSITION_KIND, text,
                   _ ("A structural position needs its eselon to be created (I.a to IV.b); fill "
                      "the eselon column or create the position in Karier first"));

  info->level = KR_POSITION_LEVEL_NONE;
  if (jenis == JENIS_FUNCTIONAL || info->kind == KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN ||
      info->kind == KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN)
    {
      info->level = kr_position_level_from_name (name);
      if (info->level == KR_POSITION_LEVEL_NONE)
        return infer_level (pass, row, name, jenis, info);
      if (jenis == JENIS_FUNCTIONAL)
        info->kind =
            kr_position_check_level (KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN, info->level, NULL)
                ? KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN
                : KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN;
    }
  if (!kr_position_check_level (info->kind, info->level, &error))
    return reject (pass, row, COL_POSITION, name, error->message);
  return TRUE;
}

static gboolean
check_position (Pass *pass, Row *row, GError **error)
{
  const char *name = field (pass, row, COL_POSITION);
  g_autofree char *key = NULL, *what = NULL;
  char text[KR_DATE_ISO_LENGTH + 1], current[KR_DATE_ISO_LENGTH + 1];
  PositionInfo *position;
  UnitInfo *unit = NULL;
  GDate tmt;

  if (name == NULL)
    return TRUE;
  if (!resolve_unit (pass, row, &unit))
    return FALSE;
  if (unit->id != 0 && !ensure_positions (pass, unit, error))
    return FALSE;
  key = name_key (name);
  position = g_hash_table_lookup (unit->positions, key);
  if (position != NULL && row->existing != NULL &&
      position->id == kr_employee_get_position_id (row->existing))
    return TRUE;
  if (position == NULL)
    {
      PositionInfo info = { 0 };

      if (!parse_position_kind (pass, row, name, &info))
        return FALSE;
      row->new_position = position_info_new (0, name, info.kind, info.level, unit);
      row->new_position->inferred_golongan = info.inferred_golongan;
      row->new_position->inferred_group = info.inferred_group;
      row->new_position->education = info.education;
      position = row->new_position;
    }

  what = g_strdup_printf ("jabatan %s", name);
  if (!parse_tmt (pass, row, COL_TMT_POSITION, what, &tmt))
    return FALSE;
  if (row->existing != NULL && is_older (&tmt, kr_employee_get_position_tmt (row->existing)))
    {
      kr_date_format_iso_buf (&tmt, text);
      kr_date_format_iso_buf (kr_employee_get_position_tmt (row->existing), current);
      warn_printf (pass, row, COL_TMT_POSITION, field (pass, row, COL_TMT_POSITION),
                   /* Translators: jabatan and TMT from the file, then the stored ones */
                   _ ("The jabatan %s from %s is older than the current jabatan %s from %s; the "
                      "position history was left as it is"),
                   name, text, kr_employee_get_position_name (row->existing), current);
      return TRUE;
    }
  if (!check_tmt (pass, row, COL_TMT_POSITION, &tmt))
    return FALSE;
  row->add_position = TRUE;
  row->position = position;
  row->position_tmt = tmt;
  return TRUE;
}

/* Checks a data row; %FALSE when it is rejected (row->rejected) or reading the database
 * failed (@error set). */
static gboolean
check_row (Pass *pass, Row *row, GError **error)
{
  return check_identity (pass, row) && check_employee (pass, row, error) &&
         check_education (pass, row, error) && check_rank (pass, row) &&
         check_position (pass, row, error);
}

/* Accepting rows */

/* Lists (analysis) or creates (commit) a planned unit, which @pass already holds. */
static gboolean
register_unit (Pass *pass, Row *row, UnitInfo *unit, GError **error)
{
  if (pass->commit)
    {
      unit->id = kr_unit_repository_add (pass->importer->units,
                                         unit->parent != NULL ? unit->parent->id : 0, unit->code,
                                         unit->name, unit->kind, error);
      return unit->id != 0;
    }
  if (unit->parent == NULL)
    warn_printf (pass, row, unit->col, unit->name,
                 _ ("The instansi does not exist yet and will be created"));
  else
    warn_printf (pass, row, unit->col, unit->name,
                 /* Translators: a unit kind such as “Bidang/Bagian”, the name of the unit above
                  * it, then the new unit's code */
                 _ ("The unit does not exist yet and will be created as %s under “%s”, code %s"),
                 kr_unit_kind_get_label (unit->kind), unit->parent->name, unit->code);
  return TRUE;
}

/* Lists the position that an accepted row will create, and how its jenjang was told. */
static void
warn_new_position (Pass *pass, Row *row, PositionInfo *position)
{
  const char *unit = position->unit->name;
  const char *kind = kr_position_kind_get_label (position->kind);
  const char *level = kr_position_level_get_label (position->level);
  const char *golongan = kr_golongan_get_label (position->inferred_golongan);

  if (position->inferred_golongan == 0)
    warn_printf (pass, row, COL_POSITION, position->name,
                 /* Translators: a unit's name, then a jenis jabatan such as “Pelaksana” */
                 _ ("The position does not exist in “%s” yet and will be created as %s"), unit,
                 kind);
  else if (!position->inferred_group)
    warn_printf (pass, row, COL_POSITION, position->name,
                 /* Translators: a unit's name, a jenis jabatan such as “Fungsional Keahlian”,
                  * a jenjang such as “Ahli Madya”, then a golongan such as “IV/a” */
                 _ ("The position does not exist in “%s” yet and will be created as %s %s: its "
                    "name does not state the jenjang, which was told from golongan %s"),
                 unit, kind, level, golongan);
  else
    warn_printf (pass, row, COL_POSITION, position->name,
                 /* Translators: as above, then an education level such as “S-1/D-IV” */
                 _ ("The position does not exist in “%s” yet and will be created as %s %s: its "
                    "name does not state the jenjang, which was told from golongan %s and "
                    "education %s"),
                 unit, kind, level, golongan, kr_education_get_label (position->education));
}

/* Makes the units and the position that the accepted @row needs and the analysis planned:
 * the analysis lists them, the commit creates them, each unit after the one above it. */
static gboolean
register_planned (Pass *pass, Row *row, GError **error)
{
  g_autoptr (GPtrArray) units = g_steal_pointer (&row->new_units);
  PositionInfo *position;

  if (units != NULL)
    {
      /* @pass takes the units before any is created, so that none leaks on failure. */
      g_ptr_array_set_free_func (units, NULL);
      for (guint i = 0; i < units->len; i++)
        add_unit (pass, g_ptr_array_index (units, i));
      for (guint i = 0; i < units->len; i++)
        {
          if (!register_unit (pass, row, g_ptr_array_index (units, i), error))
            return FALSE;
        }
    }
  position = g_steal_pointer (&row->new_position);
  if (position == NULL)
    return TRUE;
  g_hash_table_insert (position->unit->positions, position->key, position);
  if (pass->commit)
    {
      g_autoptr (KrPositionRecord) record = kr_position_record_new ();

      record->unit_id = position->unit->id;
      record->name = g_strdup (position->name);
      record->kind = position->kind;
      record->level = position->level;
      position->id = kr_unit_repository_add_position (pass->importer->units, record, error);
      return position->id != 0;
    }
  warn_new_position (pass, row, position);
  return TRUE;
}

/* Writes an accepted row, inside the commit's transaction. */
static gboolean
write_row (Pass *pass, Row *row, GError **error)
{
  KrEmployeeRepository *employees = pass->importer->employees;
  gint64 id;

  if (row->existing == NULL)
    {
      if (kr_employee_repository_insert (employees, row->employee, NULL, error) == 0)
        return FALSE;
    }
  else if (row->own_changed &&
           !kr_employee_repository_update (employees, row->employee, NULL, error))
    return FALSE;
  id = kr_employee_get_id (row->employee);

  if (row->add_education)
    {
      g_autoptr (KrEducationEntry) entry = kr_education_entry_new ();

      entry->employee_id = id;
      entry->level = row->education;
      entry->institution = g_strdup (row->school);
      entry->major = g_strdup (row->major);
      entry->graduation_year = row->graduation_year;
      if (kr_employee_repository_add_education (employees, entry, error) == 0)
        return FALSE;
    }
  if (row->add_rank)
    {
      g_autoptr (KrRankEntry) entry = kr_rank_entry_new ();

      entry->employee_id = id;
      entry->golongan = row->golongan;
      entry->promotion_kind = row->promotion_kind;
      entry->tmt = row->rank_tmt;
      if (kr_employee_repository_add_rank (employees, entry, error) == 0)
        return FALSE;
    }
  if (row->add_position)
    {
      g_autoptr (KrPositionEntry) entry = kr_position_entry_new ();

      entry->employee_id = id;
      entry->position_id = row->position->id;
      entry->tmt = row->position_tmt;
      if (kr_employee_repository_add_position (employees, entry, error) == 0)
        return FALSE;
    }
  return TRUE;
}

static Verdict
verdict_of (Row *row)
{
  if (row->rejected)
    return VERDICT_REJECTED;
  if (row->existing == NULL)
    return VERDICT_NEW;
  if (row->own_changed || row->add_rank || row->add_position || row->add_education)
    return VERDICT_UPDATED;
  return VERDICT_UNCHANGED;
}

/* Adds an accepted row to the report of an analysis. */
static void
count_row (Pass *pass, Row *row, Verdict verdict)
{
  KrSiasnReport *report = pass->report;

  report->n_new += verdict == VERDICT_NEW;
  report->n_updated += verdict == VERDICT_UPDATED;
  report->n_unchanged += verdict == VERDICT_UNCHANGED;
  report->n_rank_changes += row->add_rank;
  report->n_position_changes += row->add_position;
  report->n_units_created += row->add_position && row->new_units != NULL ? row->new_units->len : 0;
  report->n_positions_created += row->add_position && row->new_position != NULL;
  pass->has_writes |= verdict == VERDICT_NEW || verdict == VERDICT_UPDATED;
}

static void
set_changed_error (GError **error, guint line)
{
  g_set_error (error, KR_ERROR, KR_ERROR_CONFLICT,
               _ ("Line %u no longer reads as the analysis found: the file or the database changed "
                  "since; analyse the file again before importing it"),
               line);
}

/* Keeps the verdict of a row in an analysis, and what an accepted row brings to the report. */
static void
account_row (Pass *pass, Row *row, Verdict verdict)
{
  guint8 byte = verdict;

  g_byte_array_append (pass->verdicts, &byte, 1);
  if (verdict == VERDICT_REJECTED)
    return;
  count_row (pass, row, verdict);
  if (row->add_position)
    register_planned (pass, row, NULL);
  if (row->warnings == NULL)
    return;
  g_ptr_array_set_free_func (row->warnings, NULL);
  for (guint i = 0; i < row->warnings->len; i++)
    report_add (pass->report, g_ptr_array_index (row->warnings, i));
}

/* Checks that a row reads as the analysis found, and writes it when accepted. */
static gboolean
commit_row (Pass *pass, Row *row, guint index, Verdict verdict, GError **error)
{
  if (index >= pass->verdicts->len || pass->verdicts->data[index] != verdict)
    {
      set_changed_error (error, row->line);
      return FALSE;
    }
  if (verdict != VERDICT_NEW && verdict != VERDICT_UPDATED)
    return TRUE;
  if ((row->add_position && !register_planned (pass, row, error)) || !write_row (pass, row, error))
    {
      g_prefix_error (error, _ ("Line %u: "), row->line);
      return FALSE;
    }
  return TRUE;
}

/* Decides the verdict of the record just read, and records it (analysis) or compares and
 * writes it (commit). @bad_row is the reader's error for a malformed record. */
static gboolean
handle_record (Pass *pass, KrCsvReader *reader, const GError *bad_row, GError **error)
{
  const char *const *fields;
  guint index = pass->n_records++;
  Row row = { 0 };
  Verdict verdict;
  gboolean ok = TRUE;

  row.line = kr_csv_reader_get_line (reader);
  if (bad_row != NULL)
    reject (pass, &row, COL_NONE, NULL, bad_row->message);
  else
    {
      fields = kr_csv_reader_get_fields (reader, &row.n_fields);
      row.fields = g_strdupv ((char **) fields);
      for (guint i = 0; i < row.n_fields; i++)
        g_strstrip (row.fields[i]);
      if (!check_row (pass, &row, error) && !row.rejected)
        ok = FALSE;
    }
  verdict = verdict_of (&row);
  if (ok && !pass->commit)
    account_row (pass, &row, verdict);
  else if (ok)
    ok = commit_row (pass, &row, index, verdict, error);
  row_clear (&row);
  return ok;
}

/* Reading the file */

static void
report_progress (KrSiasnProgressFunc progress,
                 gpointer user_data,
                 guint64 done,
                 guint64 total,
                 guint64 *last)
{
  if (progress == NULL || (done < total && done - *last < MAX (total / PROGRESS_CALLS, 1)))
    return;
  *last = done;
  progress (done, total, user_data);
}

static gboolean
read_records (Pass *pass,
              KrCsvReader *reader,
              guint64 size,
              KrSiasnProgressFunc progress,
              gpointer user_data,
              GCancellable *cancellable,
              GError **error)
{
  guint64 last = 0;

  if (progress != NULL)
    progress (0, size, user_data);
  while (TRUE)
    {
      g_autoptr (GError) local = NULL;
      KrCsvResult result;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      result = kr_csv_reader_next (reader, cancellable, &local);
      if (result == KR_CSV_RESULT_END)
        break;
      if (result == KR_CSV_RESULT_ERROR)
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
      if (!handle_record (pass, reader, local, error))
        return FALSE;
      report_progress (progress, user_data, kr_csv_reader_get_position (reader), size, &last);
    }
  if (progress != NULL && last < size)
    progress (size, size, user_data);
  return TRUE;
}

/* Reads what the reader left of the stream, so that the digest covers every byte. */
static gboolean
drain (GInputStream *stream, GCancellable *cancellable, GError **error)
{
  char buffer[4096];
  gssize n;

  while ((n = g_input_stream_read (stream, buffer, sizeof buffer, cancellable, error)) > 0)
    ;
  return n == 0;
}

static void
set_file_changed_error (GFile *file, GError **error)
{
  g_autofree char *name = g_file_get_parse_name (file);

  g_set_error (error, KR_ERROR, KR_ERROR_CONFLICT,
               _ ("The file “%s” changed since it was analysed; analyse it again before "
                  "importing it"),
               name);
}

/* Reads @file once, analysing or committing it. On success, sets @size and @digest. */
static gboolean
run_pass (Pass *pass,
          GFile *file,
          KrSiasnProgressFunc progress,
          gpointer user_data,
          GCancellable *cancellable,
          guint64 *size,
          char **digest,
          GError **error)
{
  g_autoptr (GFileInputStream) input = NULL;
  g_autoptr (GFileInfo) info = NULL;
  g_autoptr (KrSiasnDigestStream) stream = NULL;
  g_autoptr (KrCsvReader) reader = NULL;

  input = g_file_read (file, cancellable, error);
  if (input == NULL)
    return FALSE;
  info = g_file_input_stream_query_info (input, G_FILE_ATTRIBUTE_STANDARD_SIZE, cancellable, error);
  if (info == NULL)
    return FALSE;
  *size = (guint64) g_file_info_get_size (info);
  stream = g_object_new (KR_TYPE_SIASN_DIGEST_STREAM, "base-stream", input, NULL);
  reader = kr_csv_reader_new (G_INPUT_STREAM (stream), '\0');
  /* Karier's own exports guard cells against spreadsheet formulas (kr-employee-export.c). */
  kr_csv_reader_set_unguard_formulas (reader, TRUE);

  if (!kr_csv_reader_read_header (reader, cancellable, error) ||
      !map_columns (pass, reader, error) || !load_units (pass, NULL, error) ||
      !read_records (pass, reader, *size, progress, user_data, cancellable, error) ||
      !drain (G_INPUT_STREAM (stream), cancellable, error))
    return FALSE;
  *digest = g_strdup (g_checksum_get_string (stream->checksum));
  return TRUE;
}

/* Object */

static void
clear_analysis (KrSiasnImporter *self)
{
  g_clear_pointer (&self->report, report_free);
  g_clear_object (&self->file);
  g_clear_pointer (&self->digest, g_free);
  g_clear_pointer (&self->verdicts, g_byte_array_unref);
  self->size = 0;
  self->has_writes = FALSE;
  self->committable = FALSE;
}

static void
kr_siasn_importer_finalize (GObject *object)
{
  KrSiasnImporter *self = KR_SIASN_IMPORTER (object);

  clear_analysis (self);
  g_clear_object (&self->employees);
  g_clear_object (&self->units);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (kr_siasn_importer_parent_class)->finalize (object);
}

static void
kr_siasn_importer_class_init (KrSiasnImporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kr_siasn_importer_finalize;
}

static void
kr_siasn_importer_init (KrSiasnImporter *self)
{
}

KrSiasnImporter *
kr_siasn_importer_new (KrDatabase *database)
{
  KrSiasnImporter *self;

  g_return_val_if_fail (KR_IS_DATABASE (database), NULL);

  self = g_object_new (KR_TYPE_SIASN_IMPORTER, NULL);
  self->database = g_object_ref (database);
  self->units = kr_unit_repository_new (database);
  self->employees = kr_employee_repository_new (database);
  return self;
}

gboolean
kr_siasn_importer_analyse (KrSiasnImporter *self,
                           GFile *file,
                           KrSiasnProgressFunc progress,
                           gpointer user_data,
                           GCancellable *cancellable,
                           GError **error)
{
  g_autofree char *digest = NULL;
  guint64 size = 0;
  Pass pass;
  gboolean ok;

  g_return_val_if_fail (KR_IS_SIASN_IMPORTER (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  clear_analysis (self);
  /* Even the dry run is only for those who may import (kr-identity.h). */
  if (!_kr_database_check (self->database, KR_PERMISSION_WRITE_EMPLOYEES, error))
    return FALSE;
  pass_init (&pass, self, FALSE);
  ok = run_pass (&pass, file, progress, user_data, cancellable, &size, &digest, error);
  if (ok)
    {
      pass.report->n_rows = pass.n_records;
      pass.report->n_rejected =
          pass.n_records - pass.report->n_new - pass.report->n_updated - pass.report->n_unchanged;
      self->report = g_steal_pointer (&pass.report);
      self->verdicts = g_byte_array_ref (pass.verdicts);
      self->file = g_object_ref (file);
      self->size = size;
      self->digest = g_steal_pointer (&digest);
      self->has_writes = pass.has_writes;
      self->committable = TRUE;
    }
  pass_clear (&pass);
  return ok;
}

const KrSiasnReport *
kr_siasn_importer_get_report (KrSiasnImporter *self)
{
  g_return_val_if_fail (KR_IS_SIASN_IMPORTER (self), NULL);

  return self->report;
}

/* Runs the commit pass in the bulk transaction; rolls back on any failure. */
static gboolean
commit_pass (KrSiasnImporter *self,
             KrSiasnProgressFunc progress,
             gpointer user_data,
             GCancellable *cancellable,
             GError **error)
{
  g_autofree char *digest = NULL;
  guint64 size = 0;
  Pass pass;
  gboolean ok;

  if (!kr_employee_repository_begin_bulk (self->employees, error))
    return FALSE;
  pass_init (&pass, self, TRUE);
  ok = run_pass (&pass, self->file, progress, user_data, cancellable, &size, &digest, error);
  if (ok && (size != self->size || g_strcmp0 (digest, self->digest) != 0 ||
             pass.n_records != self->verdicts->len))
    {
      set_file_changed_error (self->file, error);
      ok = FALSE;
    }
  pass_clear (&pass);
  if (!ok)
    {
      kr_employee_repository_end_bulk (self->employees, FALSE, NULL);
      return FALSE;
    }
  return kr_employee_repository_end_bulk (self->employees, TRUE, error);
}

gboolean
kr_siasn_importer_commit (KrSiasnImporter *self,
                          KrSiasnProgressFunc progress,
                          gpointer user_data,
                          GCancellable *cancellable,
                          GError **error)
{
  g_return_val_if_fail (KR_IS_SIASN_IMPORTER (self), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!self->committable)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("There is no analysed file to import; analyse the file first"));
      return FALSE;
    }
  if (self->has_writes && !commit_pass (self, progress, user_data, cancellable, error))
    return FALSE;
  self->committable = FALSE;
  return TRUE;
}
