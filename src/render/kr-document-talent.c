/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-document-talent"

#include "config.h"

#include "kr-document-talent.h"

#include <pango/pangocairo.h>
#include <string.h>

#include "kr-document-rows.h"
#include "kr-nip.h"
#include "kr-talent-grid.h"

/* The text of these documents is official Indonesian; none of it is translated. */

#define GRID_HEIGHT    270.0
#define GRID_WIDTH     400.0
#define PAPER_FONT     "Liberation Sans, DejaVu Sans, Sans"
#define LIST_FONT_SIZE 7.5

/* Official term: do not translate */
const char *
kr_document_talent_gap_text (KrSuccessionGap gap)
{
  switch (gap)
    {
    case KR_SUCCESSION_GAP_NO_SUCCESSOR:
      return "Belum ada calon suksesor";
    case KR_SUCCESSION_GAP_NONE_READY:
      return "Belum ada calon yang siap sekarang";
    case KR_SUCCESSION_GAP_NONE:
    case KR_N_SUCCESSION_GAPS:
    default:
      return "-";
    }
}

/* Helpers */

static const char *
or_dash (const char *text)
{
  return text != NULL && *text != '\0' ? text : "-";
}

static char *
format_name (const char *name, const char *nip)
{
  g_autofree char *grouped = nip != NULL && *nip != '\0' ? kr_nip_format_digits (nip) : NULL;

  if (grouped == NULL)
    return g_strdup (or_dash (name));
  return g_strdup_printf ("%s\nNIP. %s", or_dash (name), grouped);
}

static char *
format_rank (gboolean has_rank, KrRank rank)
{
  if (!has_rank || (guint) rank >= KR_N_RANKS)
    return g_strdup ("-");
  return g_strdup_printf ("%s\n%s", kr_rank_get_pangkat (rank), kr_rank_get_golongan (rank));
}

static char *
format_position (const char *position, const char *unit)
{
  if (position != NULL && *position != '\0')
    return g_strdup_printf ("%s\n%s", position, or_dash (unit));
  return g_strdup (or_dash (unit));
}

static char *
format_date (const GDate *date)
{
  return date != NULL && g_date_valid (date) ? kr_document_format_date (date) : g_strdup ("-");
}

static char *
format_share (guint count, guint total)
{
  g_autofree char *value = NULL;

  if (total == 0)
    return g_strdup ("-");
  value = kr_document_format_decimal (100.0 * count / total, 1);
  return g_strdup_printf ("%s%%", value);
}

static void
add_upper (KrDocument *document, const char *text, const KrDocumentTextStyle *style)
{
  g_autofree char *upper = g_utf8_strup (text, -1);

  kr_document_add_text (document, upper, style);
}

static const char *
coverage_text (const KrDocumentTalentScope *scope)
{
  if (scope->unit_name == NULL)
    return "Seluruh unit kerja";
  if (scope->subtree)
    return "Unit kerja beserta unit di bawahnya";
  return "Unit kerja tanpa unit di bawahnya";
}

static void
add_heading (KrDocument *document, const KrDocumentTalentScope *scope, const char *title)
{
  const KrDocumentTextStyle title_style = { .size = 12,
                                            .bold = TRUE,
                                            .alignment = PANGO_ALIGN_CENTER };
  const KrDocumentTextStyle subtitle_style = { .size = 10,
                                               .alignment = PANGO_ALIGN_CENTER,
                                               .space_before = 2 };
  const KrDocumentTextStyle name_style = {
    .size = 10, .bold = TRUE, .alignment = PANGO_ALIGN_CENTER, .space_before = 2
  };
  const KrDocumentTextStyle facts_style = { .alignment = PANGO_ALIGN_CENTER,
                                            .space_before = 4,
                                            .space_after = 10 };

  kr_document_add_text (document, title, &title_style);
  if (scope->year > 0)
    {
      g_autofree char *year = g_strdup_printf ("Tahun %u", scope->year);

      kr_document_add_text (document, year, &subtitle_style);
    }
  if (scope->instansi != NULL)
    add_upper (document, scope->instansi, &name_style);
  if (scope->unit_name != NULL && g_strcmp0 (scope->unit_name, scope->instansi) != 0)
    add_upper (document, scope->unit_name, &name_style);
  kr_document_add_text (document, coverage_text (scope), &facts_style);
}

static void
set_running_header (KrDocument *document, const KrDocumentTalentScope *scope, const char *title)
{
  const char *where = scope->unit_name != NULL  ? scope->unit_name
                      : scope->instansi != NULL ? scope->instansi
                                                : "Seluruh unit kerja";
  g_autofree char *text = scope->year > 0
                              ? g_strdup_printf ("%s — %s — Tahun %u", title, where, scope->year)
                              : g_strdup_printf ("%s — %s", title, where);

  kr_document_set_title (document, title);
  kr_document_set_running_header (document, text);
}

/* Place and date, the office, and blank lines for the signature, the name and the NIP, as on
 * the other lists. */
static void
add_signature (KrDocument *document, const char *place, const GDate *date)
{
  const KrDocumentTextStyle style = { .alignment = PANGO_ALIGN_CENTER,
                                      .left = 0.55,
                                      .right = 1.0,
                                      .space_before = 18,
                                      .keep_with_previous = TRUE };
  g_autofree char *date_text = date != NULL && g_date_valid (date)
                                   ? kr_document_format_date (date)
                                   : g_strdup ("..............................");
  g_autofree char *text = g_strdup_printf (
      "%s, %s\nKepala BKPSDM\n\n\n\n\n"
      "(.................................................)\n"
      "NIP. ..............................................",
      place != NULL && *place != '\0' ? place : "..............................", date_text);

  kr_document_add_text (document, text, &style);
}

/* The follow-up of box @number among @boxes, "-" without one */
static const char *
follow_up (GPtrArray *boxes, guint number)
{
  const KrTalentBox *box = boxes != NULL && number > 0 ? kr_talent_box_find (boxes, number) : NULL;

  return box != NULL ? or_dash (box->follow_up) : "-";
}

/* The grid: PETA TALENTA. One drawing holds the 9-box on the left and, on the right, the boxes
 * from 9 down to 1 with their axes, count, share and follow-up, so that the map fits on one
 * landscape page with its heading, summary and signature. */

typedef struct
{
  KrTalentGridCell cells[KR_TALENT_GRID_N_BOXES];
  guint n_cells;
  guint placed;
  /* The follow-up of each box, by number */
  char *follow_up[KR_TALENT_GRID_N_BOXES + 1];
} Grid;

static void
grid_free (gpointer data)
{
  Grid *grid = data;

  for (guint i = 0; i <= KR_TALENT_GRID_N_BOXES; i++)
    g_free (grid->follow_up[i]);
  g_free (grid);
}

/* "9* · Di Atas Ekspektasi, Potensial Tinggi · 4 (8,0%)" */
static char *
format_box_heading (const KrTalentGridCell *cell, guint placed)
{
  g_autofree char *share = format_share (cell->count, placed);

  return g_strdup_printf (
      "Kotak %u%s · Kinerja %s, Potensial %s · %u (%s)", cell->box, cell->in_pool ? "*" : "",
      kr_talent_performance_get_official_name (cell->performance),
      kr_talent_potential_get_official_name (cell->potential), cell->count, share);
}

/* Shows @text in @font at (@x, @y) wrapped to @width; returns its height */
static double
show_paragraph (cairo_t *cr,
                const PangoFontDescription *font,
                gboolean bold,
                const char *text,
                double x,
                double y,
                double width)
{
  g_autoptr (PangoLayout) layout = pango_cairo_create_layout (cr);
  g_autoptr (PangoFontDescription) copy = pango_font_description_copy (font);
  int w, h;

  if (bold)
    pango_font_description_set_weight (copy, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, copy);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_move_to (cr, x, y);
  cairo_set_source_rgb (cr, 0, 0, 0);
  pango_cairo_show_layout (cr, layout);
  return h;
}

static void
draw_follow_ups (cairo_t *cr, const Grid *grid, double x, double y, double width)
{
  g_autoptr (PangoFontDescription) font = pango_font_description_from_string (PAPER_FONT);

  pango_font_description_set_absolute_size (font, LIST_FONT_SIZE * PANGO_SCALE);
  y += show_paragraph (cr, font, TRUE, "TINDAK LANJUT", x, y, width) + 3;
  for (guint number = KR_TALENT_GRID_N_BOXES; number >= 1; number--)
    {
      g_autofree char *heading = NULL;
      const KrTalentGridCell *cell = NULL;

      for (guint i = 0; i < grid->n_cells; i++)
        if (grid->cells[i].box == number)
          cell = &grid->cells[i];
      if (cell == NULL)
        continue;
      heading = format_box_heading (cell, grid->placed);
      y += show_paragraph (cr, font, TRUE, heading, x, y, width);
      y += show_paragraph (cr, font, FALSE, or_dash (grid->follow_up[number]), x, y, width) + 3;
    }
}

static void
draw_grid_cb (cairo_t *cr, double x, double y, double width, double height, gpointer data)
{
  Grid *grid = data;
  double grid_width = MIN (width * 0.5, GRID_WIDTH);
  KrTalentGridPalette palette;
  g_autoptr (KrTalentGridLayout) layout = NULL;
  g_autoptr (GError) error = NULL;

  kr_talent_grid_palette_init_paper (&palette);
  layout = kr_talent_grid_layout_new (grid->cells, grid->n_cells, x, y + 4, grid_width, height - 8,
                                      &palette, &error);
  if (layout != NULL)
    kr_talent_grid_render (cr, layout, &palette, 0);
  else
    g_warning ("The 9-box cannot be drawn: %s", error->message);
  kr_talent_grid_palette_clear (&palette);
  draw_follow_ups (cr, grid, x + grid_width + 18, y + 4, width - grid_width - 18);
}

static Grid *
make_grid (const KrTalentGridCounts *counts, GPtrArray *boxes)
{
  Grid *grid = g_new0 (Grid, 1);

  for (guint i = 0; boxes != NULL && i < boxes->len && grid->n_cells < KR_TALENT_GRID_N_BOXES; i++)
    {
      const KrTalentBox *box = g_ptr_array_index (boxes, i);

      if (box->number < 1 || box->number > KR_TALENT_GRID_N_BOXES)
        continue;
      grid->cells[grid->n_cells++] = (KrTalentGridCell){
        .box = box->number,
        .performance = box->performance,
        .potential = box->potential,
        .in_pool = box->in_pool,
        .count = counts->boxes[box->number],
      };
      g_free (grid->follow_up[box->number]);
      grid->follow_up[box->number] = g_strdup (box->follow_up);
    }
  grid->placed = kr_talent_grid_counts_placed (counts);
  return grid;
}

static guint
count_pool (const KrTalentGridCounts *counts, GPtrArray *boxes)
{
  guint n = 0;

  for (guint i = 0; boxes != NULL && i < boxes->len; i++)
    {
      const KrTalentBox *box = g_ptr_array_index (boxes, i);

      if (box->in_pool && box->number < G_N_ELEMENTS (counts->boxes))
        n += counts->boxes[box->number];
    }
  return n;
}

/* "7, 8 dan 9" */
static char *
pool_boxes_text (GPtrArray *boxes)
{
  g_autoptr (GString) text = g_string_new (NULL);
  guint n = 0, seen = 0;

  for (guint number = 1; number <= KR_TALENT_GRID_N_BOXES; number++)
    {
      const KrTalentBox *box = boxes != NULL ? kr_talent_box_find (boxes, number) : NULL;

      n += box != NULL && box->in_pool;
    }
  for (guint number = 1; number <= KR_TALENT_GRID_N_BOXES; number++)
    {
      const KrTalentBox *box = boxes != NULL ? kr_talent_box_find (boxes, number) : NULL;

      if (box == NULL || !box->in_pool)
        continue;
      seen++;
      if (seen > 1)
        g_string_append (text, seen == n ? " dan " : ", ");
      g_string_append_printf (text, "%u", number);
    }
  return n > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : g_strdup ("-");
}

static void
add_grid_summary (KrDocument *document, const KrTalentGridCounts *counts, GPtrArray *boxes)
{
  const KrDocumentTextStyle style = { .space_before = 6 };
  const KrDocumentTextStyle note = { .size = 7.5, .space_before = 2 };
  guint placed = kr_talent_grid_counts_placed (counts);
  g_autofree char *pool_boxes = pool_boxes_text (boxes);
  g_autofree char *text = g_strdup_printf (
      "Jumlah pegawai dalam lingkup: %u · Dipetakan: %u · Kelompok rencana suksesi (kotak %s): "
      "%u\nBelum dapat dipetakan: %u (tanpa penilaian kinerja tahunan: %u; tanpa hasil "
      "asesmen: %u) · Tidak diikutsertakan karena hukuman disiplin sedang/berat: %u",
      counts->total, placed, pool_boxes, count_pool (counts, boxes),
      counts->no_appraisal + counts->no_assessment, counts->no_appraisal, counts->no_assessment,
      counts->excluded);
  const char *note_text = "* Kotak kelompok rencana suksesi. Persentase dihitung dari pegawai "
                          "yang dipetakan.";

  kr_document_add_text (document, note_text, &note);
  kr_document_add_text (document, text, &style);
}

KrDocument *
kr_document_talent_grid_new (const KrDocumentTalentScope *scope,
                             const KrTalentGridCounts *counts,
                             GPtrArray *boxes)
{
  KrDocument *document;

  g_return_val_if_fail (scope != NULL, NULL);
  g_return_val_if_fail (counts != NULL, NULL);

  document = kr_document_new ();
  kr_document_set_landscape (document, TRUE);
  set_running_header (document, scope, "Peta Talenta");
  add_heading (document, scope, "PETA TALENTA");
  kr_document_add_drawing (document, GRID_HEIGHT, draw_grid_cb, make_grid (counts, boxes),
                           grid_free);
  add_grid_summary (document, counts, boxes);
  add_signature (document, scope->place, scope->date);
  return document;
}

/* The pool: DAFTAR KELOMPOK RENCANA SUKSESI */

enum
{
  P_NUMBER,
  P_NAME,
  P_RANK,
  P_UNIT,
  P_PERFORMANCE,
  P_POTENTIAL,
  P_BOX,
  P_ASSESSED,
  P_FOLLOW_UP,
  N_P_COLUMNS,
};

/* Official term: do not translate */
static const KrDocumentColumn pool_columns[N_P_COLUMNS] = {
  [P_NUMBER] = { "NO", NULL, 26, PANGO_ALIGN_CENTER },
  [P_NAME] = { "NAMA\nNIP", NULL, 130, PANGO_ALIGN_LEFT },
  [P_RANK] = { "PANGKAT\nGOL./RUANG", NULL, 80, PANGO_ALIGN_LEFT },
  [P_UNIT] = { "JABATAN\nUNIT KERJA", NULL, 130, PANGO_ALIGN_LEFT },
  [P_PERFORMANCE] = { "KINERJA", "HASIL PEMETAAN", 70, PANGO_ALIGN_LEFT },
  [P_POTENTIAL] = { "POTENSIAL", "HASIL PEMETAAN", 56, PANGO_ALIGN_LEFT },
  [P_BOX] = { "KOTAK", "HASIL PEMETAAN", 36, PANGO_ALIGN_CENTER },
  [P_ASSESSED] = { "TANGGAL\nASESMEN", NULL, 62, PANGO_ALIGN_CENTER },
  [P_FOLLOW_UP] = { "TINDAK LANJUT", NULL, 170, PANGO_ALIGN_LEFT },
};

static KrDocumentRows *
make_pool_rows (GPtrArray *entries, GPtrArray *boxes, guint counts[KR_TALENT_GRID_N_BOXES + 1])
{
  KrDocumentRows *rows = kr_document_rows_new (N_P_COLUMNS);

  memset (counts, 0, sizeof (guint) * (KR_TALENT_GRID_N_BOXES + 1));
  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      const KrTalentEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *name = format_name (entry->name, entry->nip);
      g_autofree char *rank = format_rank (entry->has_rank, entry->rank);
      g_autofree char *unit = format_position (entry->position_name, entry->unit_name);
      g_autofree char *box = entry->box > 0 ? g_strdup_printf ("%u", entry->box) : g_strdup ("-");
      g_autofree char *assessed = g_date_valid (&entry->assessment_date)
                                      ? kr_document_format_date_numeric (&entry->assessment_date)
                                      : g_strdup ("-");
      const char *cells[N_P_COLUMNS] = {
        [P_NUMBER] = number,
        [P_NAME] = name,
        [P_RANK] = rank,
        [P_UNIT] = unit,
        [P_PERFORMANCE] = entry->has_performance
                              ? kr_talent_performance_get_official_name (entry->performance)
                              : "-",
        [P_POTENTIAL] =
            entry->has_potential ? kr_talent_potential_get_official_name (entry->potential) : "-",
        [P_BOX] = box,
        [P_ASSESSED] = assessed,
        [P_FOLLOW_UP] = follow_up (boxes, entry->box),
      };

      kr_document_rows_add (rows, cells, NULL);
      if (entry->box >= 1 && entry->box <= KR_TALENT_GRID_N_BOXES)
        counts[entry->box]++;
    }
  return rows;
}

static void
add_pool_summary (KrDocument *document, guint n, const guint *counts)
{
  const KrDocumentTextStyle style = { .space_before = 6 };
  g_autoptr (GString) text = NULL;

  if (n == 0)
    return;
  text = g_string_new (NULL);
  g_string_append_printf (text, "Jumlah pegawai: %u", n);
  for (guint number = KR_TALENT_GRID_N_BOXES; number >= 1; number--)
    if (counts[number] > 0)
      g_string_append_printf (text, " · Kotak %u: %u", number, counts[number]);
  kr_document_add_text (document, text->str, &style);
}

KrDocument *
kr_document_talent_pool_new (const KrDocumentTalentScope *scope,
                             GPtrArray *entries,
                             GPtrArray *boxes)
{
  KrDocument *document;
  guint counts[KR_TALENT_GRID_N_BOXES + 1];

  g_return_val_if_fail (scope != NULL, NULL);

  document = kr_document_new ();
  kr_document_set_landscape (document, TRUE);
  set_running_header (document, scope, "Daftar Kelompok Rencana Suksesi");
  add_heading (document, scope, "DAFTAR KELOMPOK RENCANA SUKSESI");
  kr_document_add_rows_table (document, pool_columns, N_P_COLUMNS, TRUE,
                              "Tidak ada pegawai dalam kelompok rencana suksesi.",
                              make_pool_rows (entries, boxes, counts));
  add_pool_summary (document, entries != NULL ? entries->len : 0, counts);
  add_signature (document, scope->place, scope->date);
  return document;
}

/* Succession: RENCANA SUKSESI JABATAN */

enum
{
  S_NUMBER,
  S_POSITION,
  S_HOLDER,
  S_RETIREMENT,
  S_SUCCESSORS,
  S_GAP,
  N_S_COLUMNS,
};

/* Official term: do not translate */
static const KrDocumentColumn succession_columns[N_S_COLUMNS] = {
  [S_NUMBER] = { "NO", NULL, 26, PANGO_ALIGN_CENTER },
  [S_POSITION] = { "JABATAN\nUNIT KERJA", NULL, 140, PANGO_ALIGN_LEFT },
  [S_HOLDER] = { "NAMA\nNIP", "PEJABAT SAAT INI", 130, PANGO_ALIGN_LEFT },
  [S_RETIREMENT] = { "TMT\nPENSIUN", "PEJABAT SAAT INI", 66, PANGO_ALIGN_CENTER },
  [S_SUCCESSORS] = { "CALON SUKSESOR\n(URUTAN, KOTAK, KESIAPAN)", NULL, 300, PANGO_ALIGN_LEFT },
  [S_GAP] = { "KETERANGAN", NULL, 100, PANGO_ALIGN_LEFT },
};

static char *
format_successors (const KrSuccessionPlan *plan)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; plan->successors != NULL && i < plan->successors->len; i++)
    {
      const KrSuccessor *successor = g_ptr_array_index (plan->successors, i);
      g_autofree char *nip =
          successor->nip != NULL ? kr_nip_format_digits (successor->nip) : g_strdup ("-");

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "%u. %s (NIP. %s)", successor->rank, or_dash (successor->name),
                              nip);
      if (successor->box > 0)
        g_string_append_printf (text, " · Kotak %u", successor->box);
      if (successor->excluded)
        g_string_append (text, " · Hukuman disiplin");
      if ((guint) successor->readiness < KR_N_SUCCESSOR_READINESS)
        g_string_append_printf (text, " · %s",
                                kr_successor_readiness_get_official_name (successor->readiness));
      if (successor->gaps != NULL && *successor->gaps != '\0')
        g_string_append_printf (text, "\n    Kekurangan: %s", successor->gaps);
    }
  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : g_strdup ("-");
}

static KrDocumentRows *
make_succession_rows (GPtrArray *plans, guint counts[KR_N_SUCCESSION_GAPS])
{
  KrDocumentRows *rows = kr_document_rows_new (N_S_COLUMNS);

  memset (counts, 0, sizeof (guint) * KR_N_SUCCESSION_GAPS);
  for (guint i = 0; plans != NULL && i < plans->len; i++)
    {
      const KrSuccessionPlan *plan = g_ptr_array_index (plans, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *position = format_position (plan->position_name, plan->unit_name);
      g_autofree char *holder = plan->holder_id != 0
                                    ? format_name (plan->holder_name, plan->holder_nip)
                                    : g_strdup ("Lowong");
      g_autofree char *retirement = format_date (&plan->holder_retirement);
      g_autofree char *successors = format_successors (plan);
      g_autofree char *gap = NULL;

      if (plan->note != NULL && *plan->note != '\0')
        gap = g_strdup_printf ("%s\n%s", kr_document_talent_gap_text (plan->gap), plan->note);
      else
        gap = g_strdup (kr_document_talent_gap_text (plan->gap));
      {
        const char *cells[N_S_COLUMNS] = {
          [S_NUMBER] = number,         [S_POSITION] = position,     [S_HOLDER] = holder,
          [S_RETIREMENT] = retirement, [S_SUCCESSORS] = successors, [S_GAP] = gap,
        };

        kr_document_rows_add (rows, cells, NULL);
      }
      if ((guint) plan->gap < KR_N_SUCCESSION_GAPS)
        counts[plan->gap]++;
    }
  return rows;
}

static void
add_succession_summary (KrDocument *document, guint n, const guint *counts)
{
  const KrDocumentTextStyle style = { .space_before = 6 };
  g_autofree char *text = NULL;

  if (n == 0)
    return;
  text = g_strdup_printf ("Jumlah jabatan kunci: %u · Memiliki calon yang siap sekarang: %u · "
                          "%s: %u · %s: %u",
                          n, counts[KR_SUCCESSION_GAP_NONE],
                          kr_document_talent_gap_text (KR_SUCCESSION_GAP_NO_SUCCESSOR),
                          counts[KR_SUCCESSION_GAP_NO_SUCCESSOR],
                          kr_document_talent_gap_text (KR_SUCCESSION_GAP_NONE_READY),
                          counts[KR_SUCCESSION_GAP_NONE_READY]);
  kr_document_add_text (document, text, &style);
}

KrDocument *
kr_document_talent_succession_new (const KrDocumentTalentScope *scope, GPtrArray *plans)
{
  KrDocument *document;
  KrDocumentTalentScope without_year;
  guint counts[KR_N_SUCCESSION_GAPS];

  g_return_val_if_fail (scope != NULL, NULL);

  without_year = *scope;
  without_year.year = 0;
  document = kr_document_new ();
  kr_document_set_landscape (document, TRUE);
  set_running_header (document, &without_year, "Rencana Suksesi Jabatan");
  add_heading (document, &without_year, "RENCANA SUKSESI JABATAN");
  kr_document_add_rows_table (document, succession_columns, N_S_COLUMNS, TRUE,
                              "Belum ada rencana suksesi jabatan.",
                              make_succession_rows (plans, counts));
  add_succession_summary (document, plans != NULL ? plans->len : 0, counts);
  add_signature (document, scope->place, scope->date);
  return document;
}
