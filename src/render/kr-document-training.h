/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kr-document.h"
#include "kr-training.h"

G_BEGIN_DECLS

/* The printed documents of competence development (DOMAIN 7), in official Indonesian: the
 * compliance list of a unit and year, and the participants list of a training session. */

/**
 * KrDocumentTrainingScope:
 * @instansi: (nullable): the name of the instansi
 * @unit_name: (nullable): the unit listed, %NULL for the whole instansi
 * @subtree: whether the units below @unit_name are listed too
 * @year: the year of the JP
 * @only_short: whether the list holds only the employees below their duty or over their limit
 *   (it changes the subtitle and the text of an empty list)
 * @place: (nullable): the place before the date of the signature; %NULL prints a dotted line
 * @date: (nullable): the date of the signature; %NULL prints a dotted line
 *
 * What the compliance list covers, for its heading.
 */
typedef struct
{
  const char *instansi;
  const char *unit_name;
  gboolean subtree;
  guint year;
  gboolean only_short;
  const char *place;
  const GDate *date;
} KrDocumentTrainingScope;

/**
 * kr_document_training_compliance_new:
 * @scope: the unit, year and signature
 * @rows: (element-type KrComplianceRow): the employees, listed in the given order (the
 *   repository sorts them by gap)
 *
 * Lays out the DAFTAR PEMENUHAN PENGEMBANGAN KOMPETENSI (landscape): columns No, Nama/NIP, Unit
 * kerja (when the list spans several units), Jenis pegawai, Gol., JP tercapai, JP direncanakan,
 * Kewajiban (minimum, or the PPPK maximum), Kekurangan and Keterangan (a PPPK over the limit, a
 * gap the planned JP close), a row of totals, a summary line (how many meet the duty, are short,
 * are over the limit) and the signature of the Kepala BKPSDM. JP are written with a decimal
 * comma when they have a fraction ("2,67"). The rows are formatted at once: @rows may be freed
 * afterwards.
 *
 * Returns: (transfer full): the document
 */
KrDocument *
kr_document_training_compliance_new (const KrDocumentTrainingScope *scope, GPtrArray *rows);

/**
 * kr_document_training_participants_new:
 * @instansi: (nullable): the name of the instansi
 * @session: the session, with its course's title and JP
 * @provider: (nullable): the course's provider (penyelenggara)
 * @enrolments: (element-type KrEnrolment): the participants, listed in the given order
 * @place: (nullable): the place before the date of the signature; %NULL prints a dotted line
 * @date: (nullable): the date of the signature; %NULL prints a dotted line
 *
 * Lays out the DAFTAR PESERTA PELATIHAN of @session (portrait): the course, the session, its
 * dates, place, JP, provider and capacity, then columns No, Nama/NIP, Unit kerja, Status (the
 * enrolment state in Indonesian), JP (credited) and No. sertifikat, a summary per state and
 * the signature. The rows are formatted at once.
 *
 * Returns: (transfer full): the document
 */
KrDocument *kr_document_training_participants_new (const char *instansi,
                                                   const KrTrainingSession *session,
                                                   const char *provider,
                                                   GPtrArray *enrolments,
                                                   const char *place,
                                                   const GDate *date);

/**
 * kr_document_training_format_jp:
 * @jp: a number of JP
 *
 * Writes JP as the training documents do: "20", "2,67" (two decimals at most, no trailing
 * zeros, a decimal comma whatever the locale).
 *
 * Returns: (transfer full): the text
 */
char *kr_document_training_format_jp (double jp);

/**
 * kr_document_training_state_label:
 * @state: an enrolment state
 *
 * Returns: the official Indonesian word for @state ("Diusulkan", "Selesai"), not translated
 */
const char *kr_document_training_state_label (KrEnrolmentState state);

G_END_DECLS
