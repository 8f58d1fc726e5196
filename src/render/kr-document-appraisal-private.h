/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-document-appraisal.h"
#include "kr-document-rows.h"

G_BEGIN_DECLS

/* What the appraisal documents share (kr-document-appraisal-parts.c): the formatting of
 * values and the blocks every form has. All of it is official Indonesian. */

/* Where an official who is not set is written in by hand. */
#define KR_APPRAISAL_DOTS "...................................................."

typedef enum
{
  KR_PERSON_NAME,
  KR_PERSON_NIP,
  KR_PERSON_RANK,
  KR_PERSON_POSITION,
  KR_PERSON_UNIT,
  KR_N_PERSON_FIELDS,
} KrPersonField;

/* "NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA" */
const char *_kr_appraisal_person_field_label (KrPersonField field);
gboolean _kr_appraisal_person_is_set (const KrAppraisalPerson *person);
char *_kr_appraisal_dup_person_field (const KrAppraisalPerson *person, KrPersonField field);
char *_kr_appraisal_dup_text (const char *text);
char *_kr_appraisal_dup_period (const KrAppraisalSheet *sheet);
char *_kr_appraisal_dup_place_date (const KrAppraisalSheet *sheet);
const char *_kr_appraisal_rating_text (gboolean has_rating, KrRating rating);
char *_kr_appraisal_dup_running_header (const KrAppraisalSheet *sheet, const char *title);

void _kr_appraisal_add_title (KrDocument *document,
                              const KrAppraisalSheet *sheet,
                              const char *title,
                              gboolean with_period_header);
void _kr_appraisal_add_heading (KrDocument *document, const char *text);
void _kr_appraisal_add_people (KrDocument *document, const KrAppraisalSheet *sheet);
void _kr_appraisal_add_results (KrDocument *document,
                                const KrAppraisalSheet *sheet,
                                gboolean evaluation);
void _kr_appraisal_add_behaviour (KrDocument *document,
                                  const KrAppraisalSheet *sheet,
                                  gboolean evaluation);
void _kr_appraisal_add_signatures (KrDocument *document,
                                   const KrAppraisalSheet *sheet,
                                   gboolean with_senior);

G_END_DECLS
