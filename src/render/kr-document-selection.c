/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-document-selection"

#include "config.h"

#include "kr-document-selection.h"

#include <string.h>

#include "kr-document-rows.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-nip.h"

/* The text of these documents is official Indonesian; none of it is translated. The public
 * announcement never holds a score, a NIP or a unit: only names and registration numbers. */

#define DOTS ".............................."

/* Helpers */

static const char *
or_dash (const char *text)
{
  return text != NULL && *text != '\0' ? text : "-";
}

static const char *
or_dots (const char *text)
{
  return text != NULL && *text != '\0' ? text : DOTS;
}

static void
add_upper (KrDocument *document, const char *text, const KrDocumentTextStyle *style)
{
  g_autofree char *upper = g_utf8_strup (text, -1);

  kr_document_add_text (document, upper, style);
}

static const KrSelectionStage *
stage_at (const KrSelectionRanking *ranking, guint index)
{
  return ranking->stages != NULL && index < ranking->stages->len ? ranking->stages->pdata[index]
                                                                 : NULL;
}

/* The chair's name, or NULL. */
static const char *
chair_name (GPtrArray *panel)
{
  for (guint i = 0; panel != NULL && i < panel->len; i++)
    {
      const KrSelectionPanelMember *member = panel->pdata[i];

      if (member->role == KR_PANEL_ROLE_CHAIR)
        return member->name;
    }
  return NULL;
}

/* Place and date, "Ketua Panitia Seleksi" and the chair's name under room for the signature.
 * No NIP: an announcement holds none. */
static void
add_signature (KrDocument *document, const char *place, const GDate *date, GPtrArray *panel)
{
  const KrDocumentTextStyle style = { .alignment = PANGO_ALIGN_CENTER,
                                      .left = 0.55,
                                      .right = 1.0,
                                      .space_before = 18,
                                      .keep_with_previous = TRUE };
  g_autofree char *date_text =
      date != NULL && g_date_valid (date) ? kr_document_format_date (date) : g_strdup (DOTS);
  const char *chair = chair_name (panel);
  g_autofree char *text = g_strdup_printf (
      "%s, %s\nKetua Panitia Seleksi,\n\n\n\n\n%s", or_dots (place), date_text,
      chair != NULL ? chair : "(.................................................)");

  kr_document_add_text (document, text, &style);
}

/* The panel, the document's title, its number and the selection's title and position. */
static void
add_heading (KrDocument *document,
             const KrDocumentSelectionScope *scope,
             const KrSelection *selection,
             const char *title)
{
  const KrDocumentTextStyle body_style = { .size = 11,
                                           .bold = TRUE,
                                           .alignment = PANGO_ALIGN_CENTER };
  const KrDocumentTextStyle title_style = {
    .size = 12, .bold = TRUE, .alignment = PANGO_ALIGN_CENTER, .space_before = 10
  };
  const KrDocumentTextStyle line_style = { .alignment = PANGO_ALIGN_CENTER, .space_before = 2 };
  const KrDocumentTextStyle facts_style = {
    .size = 10, .bold = TRUE, .alignment = PANGO_ALIGN_CENTER, .space_before = 6, .space_after = 10
  };
  g_autofree char *number = g_strdup_printf ("Nomor: %s", or_dots (scope->number));

  kr_document_add_text (document, "PANITIA SELEKSI TERBUKA", &body_style);
  if (scope->instansi != NULL)
    add_upper (document, scope->instansi, &body_style);
  kr_document_add_text (document, title, &title_style);
  kr_document_add_text (document, number, &line_style);
  add_upper (document, or_dash (selection->title), &facts_style);
}

/* The announcement */

enum
{
  A_NUMBER,
  A_REGISTRATION,
  A_NAME,
  N_A_COLUMNS,
};

/* Official term: do not translate */
static const KrDocumentColumn passed_columns[N_A_COLUMNS] = {
  [A_NUMBER] = { "NO", NULL, 30, PANGO_ALIGN_CENTER },
  [A_REGISTRATION] = { "NOMOR PENDAFTARAN", NULL, 130, PANGO_ALIGN_CENTER },
  [A_NAME] = { "NAMA", NULL, 320, PANGO_ALIGN_LEFT },
};

/* Official term: do not translate */
static const KrDocumentColumn proposed_columns[N_A_COLUMNS] = {
  [A_NUMBER] = { "PERINGKAT", NULL, 60, PANGO_ALIGN_CENTER },
  [A_REGISTRATION] = { "NOMOR PENDAFTARAN", NULL, 130, PANGO_ALIGN_CENTER },
  [A_NAME] = { "NAMA", NULL, 290, PANGO_ALIGN_LEFT },
};

static int
compare_registration (gconstpointer a, gconstpointer b)
{
  const KrSelectionRankingRow *row_a = *(KrSelectionRankingRow *const *) a;
  const KrSelectionRankingRow *row_b = *(KrSelectionRankingRow *const *) b;

  return g_strcmp0 (row_a->registration_number, row_b->registration_number);
}

/* Who goes on after @stage_index, by registration number. */
static KrDocumentRows *
make_passed_rows (const KrSelectionRanking *ranking, guint stage_index, guint *n)
{
  KrDocumentRows *table = kr_document_rows_new (N_A_COLUMNS);
  g_autoptr (GPtrArray) passed = g_ptr_array_new ();

  for (guint i = 0; ranking->rows != NULL && i < ranking->rows->len; i++)
    {
      const KrSelectionRankingRow *row = ranking->rows->pdata[i];

      if (kr_selection_ranking_row_passed (row, stage_index))
        g_ptr_array_add (passed, (gpointer) row);
    }
  g_ptr_array_sort (passed, compare_registration);
  for (guint i = 0; i < passed->len; i++)
    {
      const KrSelectionRankingRow *row = passed->pdata[i];
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      const char *cells[N_A_COLUMNS] = { number, row->registration_number, row->name };

      kr_document_rows_add (table, cells, NULL);
    }
  *n = passed->len;
  return table;
}

/* The proposed, best first (the ranking's order). */
static KrDocumentRows *
make_proposed_rows (const KrSelectionRanking *ranking, guint *n)
{
  KrDocumentRows *table = kr_document_rows_new (N_A_COLUMNS);

  *n = 0;
  for (guint i = 0; ranking->rows != NULL && i < ranking->rows->len; i++)
    {
      const KrSelectionRankingRow *row = ranking->rows->pdata[i];
      g_autofree char *rank = NULL;

      if (!row->proposed)
        continue;
      rank = g_strdup_printf ("%u", row->rank);
      kr_document_rows_add (
          table, (const char *const[]){ rank, row->registration_number, row->name }, NULL);
      (*n)++;
    }
  return table;
}

/* Official term: do not translate */
static char *
announcement_intro (const KrSelectionRanking *ranking, guint stage_index, gboolean final)
{
  const KrSelection *selection = ranking->selection;
  const KrSelectionStage *stage = stage_at (ranking, stage_index);
  const KrSelectionStage *next = stage_at (ranking, stage_index + 1);
  g_autofree char *position = g_strdup_printf (
      "%s%s%s", or_dash (selection->position_name), selection->unit_name != NULL ? " pada " : "",
      selection->unit_name != NULL ? selection->unit_name : "");

  if (final)
    {
      guint n = 0;

      /* Three, unless a tie at the third place proposes more (or fewer candidates remain). */
      for (guint i = 0; ranking->rows != NULL && i < ranking->rows->len; i++)
        n += ((KrSelectionRankingRow *) ranking->rows->pdata[i])->proposed ? 1 : 0;
      if (n == 3)
        return g_strdup_printf (
            "Berdasarkan hasil seluruh tahapan seleksi terbuka pengisian jabatan %s, dengan ini "
            "Panitia Seleksi mengumumkan tiga peserta terbaik yang diusulkan kepada Pejabat "
            "Pembina Kepegawaian, menurut peringkat, sebagai berikut:",
            position);
      return g_strdup_printf (
          "Berdasarkan hasil seluruh tahapan seleksi terbuka pengisian jabatan %s, dengan ini "
          "Panitia Seleksi mengumumkan %u peserta terbaik yang diusulkan kepada Pejabat Pembina "
          "Kepegawaian, menurut peringkat, sebagai berikut:",
          position, n);
    }
  if (next != NULL)
    return g_strdup_printf (
        "Berdasarkan hasil seleksi tahap %s dalam seleksi terbuka pengisian jabatan %s, dengan "
        "ini Panitia Seleksi mengumumkan peserta yang dinyatakan lulus dan berhak mengikuti "
        "tahap berikutnya, yaitu tahap %s, sebagai berikut:",
        stage->name, position, next->name);
  return g_strdup_printf (
      "Berdasarkan hasil seleksi tahap %s dalam seleksi terbuka pengisian jabatan %s, dengan ini "
      "Panitia Seleksi mengumumkan peserta yang dinyatakan lulus sebagai berikut:",
      stage->name, position);
}

KrDocument *
kr_document_selection_announcement_new (const KrDocumentSelectionScope *scope,
                                        const KrSelectionRanking *ranking,
                                        GPtrArray *panel,
                                        guint stage_index,
                                        GError **error)
{
  const KrDocumentTextStyle body_style = { .space_after = 8 };
  const KrDocumentTextStyle closing_style = { .space_before = 10 };
  const KrSelectionStage *stage;
  KrDocument *document;
  g_autofree char *title = NULL;
  g_autofree char *upper = NULL;
  g_autofree char *intro = NULL;
  g_autofree char *count = NULL;
  gboolean final;
  guint n = 0;

  g_return_val_if_fail (scope != NULL, NULL);
  g_return_val_if_fail (ranking != NULL && ranking->selection != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stage = stage_at (ranking, stage_index);
  if (stage == NULL)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   /* Translators: a stage number, then how many stages the selection has */
                   _ ("Stage %u does not exist; the selection has %u stages"), stage_index + 1,
                   ranking->stages != NULL ? ranking->stages->len : 0);
      return NULL;
    }
  if (!kr_selection_stage_is_published (stage))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   /* Translators: a stage's name; its results are announced only once published */
                   _ ("The stage “%s” is not published yet: its results are not final"),
                   stage->name);
      return NULL;
    }
  /* The last stage of a finished selection announces the three best proposed. */
  final = ranking->final && stage_index + 1 == ranking->stages->len;

  document = kr_document_new ();
  upper = g_utf8_strup (stage->name, -1);
  title = g_strdup_printf ("PENGUMUMAN HASIL SELEKSI TAHAP %s", upper);
  kr_document_set_title (document, title);
  add_heading (document, scope, ranking->selection, title);
  intro = announcement_intro (ranking, stage_index, final);
  kr_document_add_text (document, intro, &body_style);
  if (final)
    {
      kr_document_add_rows_table (document, proposed_columns, N_A_COLUMNS, FALSE,
                                  "Tidak ada peserta yang diusulkan.",
                                  make_proposed_rows (ranking, &n));
      count = g_strdup_printf ("Jumlah peserta yang diusulkan: %u orang", n);
    }
  else
    {
      kr_document_add_rows_table (document, passed_columns, N_A_COLUMNS, FALSE,
                                  "Tidak ada peserta yang dinyatakan lulus pada tahap ini.",
                                  make_passed_rows (ranking, stage_index, &n));
      count = g_strdup_printf ("Jumlah peserta yang dinyatakan lulus: %u orang", n);
    }
  kr_document_add_text (document, count, &(KrDocumentTextStyle){ .space_before = 6 });
  kr_document_add_text (
      document,
      final ? "Pejabat Pembina Kepegawaian menetapkan satu di antara peserta tersebut "
              "sesuai ketentuan peraturan perundang-undangan. Keputusan Panitia Seleksi bersifat "
              "mutlak dan tidak dapat diganggu gugat.\nDemikian pengumuman ini disampaikan untuk "
              "diketahui."
            : "Peserta yang dinyatakan lulus wajib mengikuti tahap berikutnya sesuai jadwal yang "
              "ditetapkan Panitia Seleksi. Keputusan Panitia Seleksi bersifat mutlak dan tidak "
              "dapat diganggu gugat.\nDemikian pengumuman ini disampaikan untuk diketahui.",
      &closing_style);
  add_signature (document, scope->place, scope->date != NULL ? scope->date : &stage->published_on,
                 panel);
  return document;
}

/* The ranking */

enum
{
  S_NUMBER,
  S_NAME,
  S_WEIGHT,
  S_PASS_MARK,
  S_PUBLISHED,
  N_S_COLUMNS,
};

/* Official term: do not translate */
static const KrDocumentColumn stage_columns[N_S_COLUMNS] = {
  [S_NUMBER] = { "NO", NULL, 26, PANGO_ALIGN_CENTER },
  [S_NAME] = { "TAHAP SELEKSI", NULL, 220, PANGO_ALIGN_LEFT },
  [S_WEIGHT] = { "BOBOT (%)", NULL, 70, PANGO_ALIGN_CENTER },
  [S_PASS_MARK] = { "NILAI AMBANG BATAS", NULL, 90, PANGO_ALIGN_CENTER },
  [S_PUBLISHED] = { "TANGGAL PENGUMUMAN", NULL, 100, PANGO_ALIGN_CENTER },
};

static KrDocumentRows *
make_stage_rows (const KrSelectionRanking *ranking)
{
  KrDocumentRows *table = kr_document_rows_new (N_S_COLUMNS);

  for (guint i = 0; ranking->stages != NULL && i < ranking->stages->len; i++)
    {
      const KrSelectionStage *stage = ranking->stages->pdata[i];
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *weight = kr_document_format_decimal (stage->weight, 0);
      g_autofree char *pass_mark =
          stage->has_pass_mark ? kr_document_format_decimal (stage->pass_mark, 2) : NULL;
      g_autofree char *published = kr_document_format_date_numeric (&stage->published_on);
      const char *cells[N_S_COLUMNS] = {
        [S_NUMBER] = number,
        [S_NAME] = stage->name,
        [S_WEIGHT] = weight,
        [S_PASS_MARK] = or_dash (pass_mark),
        [S_PUBLISHED] = kr_selection_stage_is_published (stage) ? published : "Belum diumumkan",
      };

      kr_document_rows_add (table, cells, NULL);
    }
  return table;
}

/* The columns: rank, registration number, name, one per stage, total, note. */
static KrDocumentColumn *
make_ranking_columns (const KrSelectionRanking *ranking, guint *n_columns, GPtrArray *strings)
{
  guint n_stages = ranking->stages != NULL ? ranking->stages->len : 0;
  KrDocumentColumn *columns = g_new0 (KrDocumentColumn, n_stages + 5);
  guint c = 0;

  /* Official term: do not translate */
  columns[c++] = (KrDocumentColumn){ "PERINGKAT", NULL, 60, PANGO_ALIGN_CENTER };
  columns[c++] = (KrDocumentColumn){ "NOMOR\nPENDAFTARAN", NULL, 76, PANGO_ALIGN_CENTER };
  columns[c++] = (KrDocumentColumn){ "NAMA\nNIP / INSTANSI ASAL", NULL, 170, PANGO_ALIGN_LEFT };
  for (guint i = 0; i < n_stages; i++)
    {
      const KrSelectionStage *stage = ranking->stages->pdata[i];
      g_autofree char *weight = kr_document_format_decimal (stage->weight, 0);
      char *title = g_strdup_printf ("%s\n(%s%%)", stage->name, weight);

      g_ptr_array_add (strings, title);
      columns[c++] = (KrDocumentColumn){ title, "NILAI TAHAP SELEKSI", 62, PANGO_ALIGN_CENTER };
    }
  columns[c++] = (KrDocumentColumn){ "NILAI\nAKHIR", NULL, 52, PANGO_ALIGN_CENTER };
  columns[c++] = (KrDocumentColumn){ "KETERANGAN", NULL, 120, PANGO_ALIGN_LEFT };
  *n_columns = c;
  return columns;
}

static char *
format_candidate (const KrSelectionRankingRow *row)
{
  g_autofree char *nip =
      row->nip != NULL && *row->nip != '\0' ? kr_nip_format_digits (row->nip) : NULL;

  if (nip != NULL)
    return g_strdup_printf ("%s\nNIP. %s", row->name, nip);
  if (row->origin != NULL && *row->origin != '\0')
    return g_strdup_printf ("%s\n%s", row->name, row->origin);
  return g_strdup (row->name);
}

/* Official term: do not translate */
static char *
format_note (const KrSelectionRanking *ranking, const KrSelectionRankingRow *row)
{
  const KrSelectionStage *stage;

  if (row->withdrawn)
    return g_strdup ("Mengundurkan diri");
  if (row->eliminated_at >= 0 && (stage = stage_at (ranking, row->eliminated_at)) != NULL)
    return g_strdup_printf ("Tidak lulus tahap %s", stage->name);
  if (row->proposed)
    return g_strdup (row->tied ? "Diusulkan kepada PPK; peringkat sama" : "Diusulkan kepada PPK");
  return g_strdup (row->tied ? "Peringkat sama" : "-");
}

typedef struct
{
  guint n_rows;
  guint withdrawn;
  guint eliminated;
  guint proposed;
} Counts;

static KrDocumentRows *
make_ranking_rows (const KrSelectionRanking *ranking, guint n_columns, Counts *counts)
{
  KrDocumentRows *table = kr_document_rows_new (n_columns);
  g_autofree const char **cells = g_new0 (const char *, n_columns);

  memset (counts, 0, sizeof *counts);
  for (guint i = 0; ranking->rows != NULL && i < ranking->rows->len; i++)
    {
      const KrSelectionRankingRow *row = ranking->rows->pdata[i];
      g_autoptr (GPtrArray) owned = g_ptr_array_new_with_free_func (g_free);
      char *text;
      guint c = 0;

      text = row->rank > 0 ? g_strdup_printf ("%u", row->rank) : g_strdup ("-");
      g_ptr_array_add (owned, text);
      cells[c++] = text;
      cells[c++] = row->registration_number;
      g_ptr_array_add (owned, (text = format_candidate (row)));
      cells[c++] = text;
      for (guint s = 0; s < row->n_stages && c + 2 < n_columns; s++)
        {
          text = row->scored[s] ? kr_document_format_decimal (row->scores[s], 2) : g_strdup ("-");
          g_ptr_array_add (owned, text);
          cells[c++] = text;
        }
      while (c + 2 < n_columns)
        cells[c++] = "-";
      g_ptr_array_add (owned, (text = row->withdrawn ? g_strdup ("-")
                                                     : kr_document_format_decimal (row->total, 2)));
      cells[c++] = text;
      g_ptr_array_add (owned, (text = format_note (ranking, row)));
      cells[c++] = text;
      kr_document_rows_add (table, cells, NULL);
      counts->n_rows++;
      counts->withdrawn += row->withdrawn;
      counts->eliminated += !row->withdrawn && row->eliminated_at >= 0;
      counts->proposed += row->proposed;
    }
  return table;
}

/* Official term: do not translate */
static const KrDocumentColumn panel_columns[] = {
  { "NO", NULL, 26, PANGO_ALIGN_CENTER },
  { "NAMA", NULL, 200, PANGO_ALIGN_LEFT },
  { "KEDUDUKAN DALAM PANITIA SELEKSI", NULL, 120, PANGO_ALIGN_LEFT },
  { "UNSUR", NULL, 200, PANGO_ALIGN_LEFT },
  { "TANDA TANGAN", NULL, 110, PANGO_ALIGN_LEFT },
};

static KrDocumentRows *
make_panel_rows (GPtrArray *panel)
{
  KrDocumentRows *table = kr_document_rows_new (G_N_ELEMENTS (panel_columns));

  for (guint i = 0; panel != NULL && i < panel->len; i++)
    {
      const KrSelectionPanelMember *member = panel->pdata[i];
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *origin =
          member->is_external ? g_strdup_printf ("Eksternal\n%s", or_dash (member->institution))
                              : g_strdup_printf ("Internal\n%s", or_dash (member->position_name));
      g_autofree char *sign = g_strdup_printf ("%u. ....................\n ", i + 1);
      const char *cells[] = { number, member->name, kr_panel_role_get_official_name (member->role),
                              origin, sign };

      kr_document_rows_add (table, cells, NULL);
    }
  return table;
}

static void
add_ranking_summary (KrDocument *document, const KrSelectionRanking *ranking, const Counts *counts)
{
  const KrDocumentTextStyle style = { .space_before = 6 };
  g_autofree char *text = g_strdup_printf (
      "Jumlah peserta: %u · Mengundurkan diri: %u · Tidak lulus: %u · Diusulkan kepada PPK: %u",
      counts->n_rows, counts->withdrawn, counts->eliminated, counts->proposed);

  kr_document_add_text (document, text, &style);
  if (!ranking->final)
    kr_document_add_text (document,
                          "Peringkat sementara: belum seluruh tahap seleksi diumumkan, sehingga "
                          "belum ada peserta yang diusulkan.",
                          &(KrDocumentTextStyle){ .bold = TRUE, .space_before = 4 });
}

KrDocument *
kr_document_selection_ranking_new (const KrDocumentSelectionScope *scope,
                                   const KrSelectionRanking *ranking,
                                   GPtrArray *panel)
{
  const KrDocumentTextStyle section_style = { .bold = TRUE, .space_before = 10, .space_after = 4 };
  const KrSelection *selection;
  KrDocument *document;
  g_autoptr (GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autofree KrDocumentColumn *columns = NULL;
  g_autofree char *position = NULL;
  g_autofree char *running = NULL;
  guint n_columns = 0;
  Counts counts;

  g_return_val_if_fail (scope != NULL, NULL);
  g_return_val_if_fail (ranking != NULL && ranking->selection != NULL, NULL);

  selection = ranking->selection;
  document = kr_document_new ();
  kr_document_set_landscape (document, TRUE);
  kr_document_set_title (document, "Daftar Peringkat Hasil Seleksi Terbuka");
  running =
      g_strdup_printf ("Daftar Peringkat Hasil Seleksi Terbuka — %s", or_dash (selection->title));
  kr_document_set_running_header (document, running);
  add_heading (document, scope, selection, "DAFTAR PERINGKAT HASIL SELEKSI TERBUKA");
  position = g_strdup_printf ("Jabatan yang diisi: %s%s%s", or_dash (selection->position_name),
                              selection->unit_name != NULL ? ", " : "",
                              selection->unit_name != NULL ? selection->unit_name : "");
  kr_document_add_text (document, position, NULL);
  if (selection->panel_decree != NULL)
    {
      g_autofree char *decree =
          g_strdup_printf ("Keputusan pembentukan Panitia Seleksi: %s", selection->panel_decree);

      kr_document_add_text (document, decree, NULL);
    }

  kr_document_add_text (document, "A. TAHAPAN SELEKSI DAN BOBOT PENILAIAN", &section_style);
  kr_document_add_rows_table (document, stage_columns, N_S_COLUMNS, FALSE,
                              "Belum ada tahapan seleksi.", make_stage_rows (ranking));
  kr_document_add_text (document, "B. PERINGKAT PESERTA", &section_style);
  columns = make_ranking_columns (ranking, &n_columns, strings);
  kr_document_add_rows_table (document, columns, n_columns, TRUE, "Belum ada peserta.",
                              make_ranking_rows (ranking, n_columns, &counts));
  add_ranking_summary (document, ranking, &counts);
  kr_document_add_text (document,
                        "Nilai akhir adalah jumlah nilai setiap tahap dikalikan bobotnya. "
                        "Peserta dengan nilai akhir sama diurutkan menurut nilai tahap dengan "
                        "bobot terbesar.",
                        &(KrDocumentTextStyle){ .size = 8, .space_before = 2 });
  kr_document_add_text (document, "C. PANITIA SELEKSI", &section_style);
  kr_document_add_rows_table (document, panel_columns, G_N_ELEMENTS (panel_columns), FALSE,
                              "Panitia seleksi belum dibentuk.", make_panel_rows (panel));
  add_signature (document, scope->place, scope->date, panel);
  return document;
}
