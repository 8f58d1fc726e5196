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
#include "kr-import-report-private.h"
#include "kr-unit-repository.h"

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

KrSiasnIssue *
_kr_siasn_issue_new (KrSiasnIssueKind kind,
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

/* Whether a report keeps an issue of @kind, counting it in @n_listed or in @n_dropped and
 * @n_issues_dropped: each kind up to KR_SIASN_REPORT_MAX_ISSUES, so that a file's many
 * warnings (a unit or position to create on every other row of a first import) never push
 * its rejected rows out of the report. */
gboolean
_kr_siasn_issue_keep (KrSiasnIssueKind kind,
                      guint n_listed[2],
                      guint n_dropped[2],
                      guint *n_issues_dropped)
{
  guint k = kind == KR_SIASN_ISSUE_REJECTED ? KR_SIASN_ISSUE_REJECTED : KR_SIASN_ISSUE_WARNING;

  if (n_listed[k] < KR_SIASN_REPORT_MAX_ISSUES)
    {
      n_listed[k]++;
      return TRUE;
    }
  n_dropped[k]++;
  (*n_issues_dropped)++;
  return FALSE;
}

void
_kr_siasn_issue_free (gpointer data)
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

  report->issues = g_ptr_array_new_with_free_func (_kr_siasn_issue_free);
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

void
_kr_siasn_report_add (KrSiasnReport *report, KrSiasnIssue *issue)
{
  if (issue->kind == KR_SIASN_ISSUE_WARNING)
    report->n_warnings++;
  if (_kr_siasn_issue_keep (issue->kind, report->n_listed, report->n_dropped,
                            &report->n_issues_dropped))
    g_ptr_array_add (report->issues, issue);
  else
    _kr_siasn_issue_free (issue);
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
guint
_kr_siasn_nip_set_add (NipSet *set, guint64 nip, guint line)
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
  pass->units = g_ptr_array_new_with_free_func (_kr_siasn_unit_info_free);
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
    _kr_siasn_warn_printf (pass, row, unit->col, unit->name,
                           _ ("The instansi does not exist yet and will be created"));
  else
    _kr_siasn_warn_printf (
        pass, row, unit->col, unit->name,
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
    _kr_siasn_warn_printf (
        pass, row, COL_POSITION, position->name,
        /* Translators: a unit's name, then a jenis jabatan such as “Pelaksana” */
        _ ("The position does not exist in “%s” yet and will be created as %s"), unit, kind);
  else if (!position->inferred_group)
    _kr_siasn_warn_printf (
        pass, row, COL_POSITION, position->name,
        /* Translators: a unit's name, a jenis jabatan such as “Fungsional Keahlian”,
                  * a jenjang such as “Ahli Madya”, then a golongan such as “IV/a” */
        _ ("The position does not exist in “%s” yet and will be created as %s %s: its "
           "name does not state the jenjang, which was told from golongan %s"),
        unit, kind, level, golongan);
  else
    _kr_siasn_warn_printf (
        pass, row, COL_POSITION, position->name,
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
        _kr_siasn_add_unit (pass, g_ptr_array_index (units, i));
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
    _kr_siasn_report_add (pass->report, g_ptr_array_index (row->warnings, i));
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
    _kr_siasn_reject (pass, &row, COL_NONE, NULL, bad_row->message);
  else
    {
      fields = kr_csv_reader_get_fields (reader, &row.n_fields);
      row.fields = g_strdupv ((char **) fields);
      for (guint i = 0; i < row.n_fields; i++)
        g_strstrip (row.fields[i]);
      if (!_kr_siasn_check_row (pass, &row, error) && !row.rejected)
        ok = FALSE;
    }
  verdict = verdict_of (&row);
  if (ok && !pass->commit)
    account_row (pass, &row, verdict);
  else if (ok)
    ok = commit_row (pass, &row, index, verdict, error);
  _kr_siasn_row_clear (&row);
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
      !_kr_siasn_map_columns (pass, reader, error) || !_kr_siasn_load_units (pass, NULL, error) ||
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
