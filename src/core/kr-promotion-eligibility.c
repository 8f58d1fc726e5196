/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-promotion-rules"

#include "config.h"

#include <math.h>

#include "kr-promotion-rules.h"

#include "kr-date.h"
#include "kr-i18n.h"

/* A date in a reason: "28 September 2028" and its end. */
#define DATE_TEXT_SIZE 64

/* The eligibility of one employee for one KP (DOMAIN 4.2, 11.2): every rule of the kind gives
 * one reason, met or not; time-bound rules move the date, others block. The numbers of the
 * rules are here as data. */

/* Years in rank each kind needs (PP 99/2000 Pasal 7, 13; pilihan struktural and penyesuaian
 * ijazah 1 year: B) */
static const guint years_in_rank[KR_N_KP_KINDS] = {
  [KR_KP_KIND_REGULER] = 4,
  [KR_KP_KIND_PILIHAN_STRUKTURAL] = 1,
  [KR_KP_KIND_PILIHAN_FUNGSIONAL] = 2,
  [KR_KP_KIND_PENYESUAIAN_IJAZAH] = 1,
  [KR_KP_KIND_PENGABDIAN] = 0,
  [KR_KP_KIND_ANUMERTA] = 0,
};

#define YEARS_IN_POSITION 1
#define KP_DELAY_YEARS    1

static const char *const rule_labels[KR_N_PROMOTION_RULES] = {
  [KR_PROMOTION_RULE_EMPLOYEE] = N_ ("Employee"),
  [KR_PROMOTION_RULE_PERIOD] = N_ ("Period"),
  [KR_PROMOTION_RULE_HIGHEST_RANK] = N_ ("Rank"),
  [KR_PROMOTION_RULE_TIME_IN_RANK] = N_ ("Time in rank"),
  [KR_PROMOTION_RULE_TIME_IN_POSITION] = N_ ("Time in position"),
  [KR_PROMOTION_RULE_POSITION] = N_ ("Position"),
  [KR_PROMOTION_RULE_PERFORMANCE] = N_ ("Performance"),
  [KR_PROMOTION_RULE_EDUCATION] = N_ ("Education"),
  [KR_PROMOTION_RULE_UJIAN_DINAS] = N_ ("Ujian dinas"),
  [KR_PROMOTION_RULE_ANGKA_KREDIT] = N_ ("Angka kredit"),
  [KR_PROMOTION_RULE_DISCIPLINE] = N_ ("Discipline"),
  [KR_PROMOTION_RULE_RETIREMENT] = N_ ("Retirement"),
  [KR_PROMOTION_RULE_DIED_ON_DUTY] = N_ ("Died on duty"),
};

const char *
kr_promotion_rule_get_label (KrPromotionRule rule)
{
  g_return_val_if_fail ((guint) rule < KR_N_PROMOTION_RULES, NULL);
  return _ (rule_labels[rule]);
}

static const char *const verdict_codes[KR_N_PROMOTION_VERDICT_KINDS] = { "eligible", "not_yet",
                                                                         "blocked" };
static const char *const verdict_labels[KR_N_PROMOTION_VERDICT_KINDS] = {
  N_ ("Eligible"),
  N_ ("Not yet"),
  N_ ("Blocked"),
};

const char *
kr_promotion_verdict_kind_get_code (KrPromotionVerdictKind kind)
{
  g_return_val_if_fail ((guint) kind < KR_N_PROMOTION_VERDICT_KINDS, NULL);
  return verdict_codes[kind];
}

const char *
kr_promotion_verdict_kind_get_label (KrPromotionVerdictKind kind)
{
  g_return_val_if_fail ((guint) kind < KR_N_PROMOTION_VERDICT_KINDS, NULL);
  return _ (verdict_labels[kind]);
}

static void
reason_free (gpointer data)
{
  KrPromotionReason *reason = data;

  g_free (reason->text);
  g_free (reason);
}

void
kr_promotion_verdict_free (KrPromotionVerdict *verdict)
{
  if (verdict == NULL)
    return;
  g_clear_pointer (&verdict->reasons, g_ptr_array_unref);
  g_free (verdict);
}

KrPromotionVerdict *
kr_promotion_verdict_copy (const KrPromotionVerdict *verdict)
{
  KrPromotionVerdict *copy;

  g_return_val_if_fail (verdict != NULL, NULL);

  copy = g_memdup2 (verdict, sizeof *verdict);
  copy->reasons = g_ptr_array_new_with_free_func (reason_free);
  for (guint i = 0; i < verdict->reasons->len; i++)
    {
      const KrPromotionReason *r = g_ptr_array_index (verdict->reasons, i);
      KrPromotionReason *c = g_new0 (KrPromotionReason, 1);

      c->rule = r->rule;
      c->met = r->met;
      c->text = g_strdup (r->text);
      g_ptr_array_add (copy->reasons, c);
    }
  return copy;
}

const char *
kr_promotion_verdict_get_summary (const KrPromotionVerdict *verdict)
{
  g_return_val_if_fail (verdict != NULL, NULL);

  for (guint i = 0; i < verdict->reasons->len; i++)
    {
      const KrPromotionReason *r = g_ptr_array_index (verdict->reasons, i);

      if (!r->met)
        return r->text;
    }
  return NULL;
}

typedef struct
{
  KrPromotionVerdict *verdict;
  const KrPromotionFacts *facts;
  const GDate *date;
  gboolean blocked;
  gboolean waiting;
  GDate earliest;
  char date_text[DATE_TEXT_SIZE];
} Eval;

G_GNUC_PRINTF (4, 5)
static void
add (Eval *e, KrPromotionRule rule, gboolean met, const char *format, ...)
{
  KrPromotionReason *reason = g_new0 (KrPromotionReason, 1);
  va_list args;

  va_start (args, format);
  reason->rule = rule;
  reason->met = met;
  reason->text = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (e->verdict->reasons, reason);
}

/* Dates in reasons are for people: "1 Oktober 2028" in the locale's words. */

static void
format_date (const GDate *date, char buf[DATE_TEXT_SIZE])
{
  g_autoptr (GDateTime) time = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date),
                                                    g_date_get_day (date), 0, 0, 0);
  g_autofree char *text = time != NULL ? g_date_time_format (time, "%-d %B %Y") : NULL;

  g_strlcpy (buf, text != NULL ? text : "", DATE_TEXT_SIZE);
}

/* "5 years 2 months", "1 year", "3 months" */
static char *
format_span (guint years, guint months)
{
  g_autofree char *year_text = g_strdup_printf (ngettext ("%u year", "%u years", years), years);
  g_autofree char *month_text =
      g_strdup_printf (ngettext ("%u month", "%u months", months), months);

  if (months == 0)
    return g_steal_pointer (&year_text);
  if (years == 0)
    return g_steal_pointer (&month_text);
  /* Translators: a span of time, "5 years 2 months" */
  return g_strdup_printf (_ ("%s %s"), year_text, month_text);
}

static void
block (Eval *e)
{
  e->blocked = TRUE;
}

static void
wait_until (Eval *e, const GDate *date)
{
  e->waiting = TRUE;
  if (!g_date_valid (&e->earliest) || g_date_compare (date, &e->earliest) > 0)
    e->earliest = *date;
}

static const char *
rank_text (KrRank rank)
{
  return kr_rank_get_golongan (rank);
}

/* @since + @years years (and @months months) reached by the date? */
static void
check_time (Eval *e, KrPromotionRule rule, const GDate *since, guint years, const char *what)
{
  char since_text[DATE_TEXT_SIZE];
  GDate due;
  guint have_years = 0, have_months = 0;
  g_autofree char *span = NULL;

  if (!g_date_valid (since))
    {
      /* TRANSLATORS: %s is "rank" or "position" */
      add (e, rule, FALSE, _ ("The TMT of the current %s is not recorded"), what);
      block (e);
      return;
    }
  due = *since;
  g_date_add_years (&due, years);
  kr_date_span (since, e->date, &have_years, &have_months);
  format_date (since, since_text);
  span = format_span (have_years, have_months);
  if (g_date_compare (&due, e->date) <= 0)
    {
      /* TRANSLATORS: "4 years in rank needed; 5 years 2 months since 1 February 2021"; the
       * second %s is "rank" or "position" */
      add (e, rule, TRUE,
           ngettext ("%u year in %s needed; %s since %s", "%u years in %s needed; %s since %s",
                     years),
           years, what, span, since_text);
      return;
    }
  /* TRANSLATORS: "4 years in rank needed; 3 years 1 month since 1 October 2023, on 1 December
   * 2026" */
  add (e, rule, FALSE,
       ngettext ("%u year in %s needed; %s since %s, on %s",
                 "%u years in %s needed; %s since %s, on %s", years),
       years, what, span, since_text, e->date_text);
  wait_until (e, &due);
}

static void
check_performance (Eval *e, guint n_years)
{
  const KrPromotionFacts *f = e->facts;

  for (guint i = 0; i < n_years; i++)
    {
      const KrPromotionPerformance *p = &f->performance[i];
      const char *label = NULL;

      if (p->source == KR_PERFORMANCE_PREDIKAT)
        label = kr_predikat_get_label (p->predikat);
      else if (p->source == KR_PERFORMANCE_PP46)
        label = kr_pp46_sebutan_get_label (p->sebutan);
      if (label == NULL)
        {
          add (e, KR_PROMOTION_RULE_PERFORMANCE, FALSE, _ ("No appraisal recorded for %u"),
               p->year);
          block (e);
        }
      else if (kr_promotion_performance_is_good (p))
        add (e, KR_PROMOTION_RULE_PERFORMANCE, TRUE, _ ("%s in %u (at least Baik needed)"), label,
             p->year);
      else
        {
          add (e, KR_PROMOTION_RULE_PERFORMANCE, FALSE, _ ("%s in %u; at least Baik needed"), label,
               p->year);
          block (e);
        }
    }
}

static void
check_discipline (Eval *e)
{
  const KrPromotionFacts *f = e->facts;
  gboolean any = FALSE;

  for (guint i = 0; i < f->n_sanctions; i++)
    {
      const KrPromotionSanction *s = &f->sanctions[i];
      char from[DATE_TEXT_SIZE], to[DATE_TEXT_SIZE];

      if (s->level == KR_DISCIPLINE_LEVEL_RINGAN || !g_date_valid (&s->tmt) ||
          g_date_compare (&s->tmt, e->date) > 0)
        continue;
      format_date (&s->tmt, from);
      if (s->delays_kp)
        {
          GDate until = s->tmt;

          g_date_add_years (&until, KP_DELAY_YEARS);
          if (g_date_compare (&until, e->date) <= 0)
            continue;
          format_date (&until, to);
          add (e, KR_PROMOTION_RULE_DISCIPLINE, FALSE,
               _ ("KP delayed one year by a PP 53/2010 sanction of %s, until %s"), from, to);
          wait_until (e, &until);
          any = TRUE;
          continue;
        }
      if (!g_date_valid (&s->end_date))
        {
          add (e, KR_PROMOTION_RULE_DISCIPLINE, FALSE,
               _ ("Serving a %s discipline sanction since %s without an end date"),
               kr_discipline_level_get_label (s->level), from);
          block (e);
          any = TRUE;
        }
      else if (g_date_compare (&s->end_date, e->date) >= 0)
        {
          GDate after = s->end_date;

          g_date_add_days (&after, 1);
          format_date (&s->end_date, to);
          add (e, KR_PROMOTION_RULE_DISCIPLINE, FALSE,
               _ ("Serving a %s discipline sanction from %s to %s"),
               kr_discipline_level_get_label (s->level), from, to);
          wait_until (e, &after);
          any = TRUE;
        }
    }
  if (!any)
    add (e, KR_PROMOTION_RULE_DISCIPLINE, TRUE, _ ("No sedang or berat discipline sanction"));
}

static void
check_retirement (Eval *e)
{
  const KrPromotionFacts *f = e->facts;
  char text[DATE_TEXT_SIZE];
  GDate tmt, month;

  if (!g_date_valid (&f->birth_date) || f->bup_years == 0)
    return;
  kr_position_retirement_date (&f->birth_date, f->bup_years, &tmt);
  format_date (&tmt, text);
  if (f->kind != KR_KP_KIND_PENGABDIAN)
    {
      if (g_date_compare (&tmt, e->date) <= 0)
        {
          add (e, KR_PROMOTION_RULE_RETIREMENT, FALSE, _ ("Retires on %s (BUP %u), before %s"),
               text, f->bup_years, e->date_text);
          block (e);
        }
      else
        add (e, KR_PROMOTION_RULE_RETIREMENT, TRUE, _ ("Retires on %s (BUP %u)"), text,
             f->bup_years);
      return;
    }
  /* Pengabdian: from the 1st of the month in which BUP is reached, until the TMT pensiun */
  month = tmt;
  g_date_subtract_months (&month, 1);
  if (g_date_compare (&tmt, e->date) <= 0)
    {
      add (e, KR_PROMOTION_RULE_RETIREMENT, FALSE, _ ("Already retired on %s (BUP %u)"), text,
           f->bup_years);
      block (e);
    }
  else if (g_date_compare (&month, e->date) > 0)
    {
      add (e, KR_PROMOTION_RULE_RETIREMENT, FALSE, _ ("Reaches BUP %u only before %s"),
           f->bup_years, text);
      wait_until (e, &month);
    }
  else
    add (e, KR_PROMOTION_RULE_RETIREMENT, TRUE, _ ("Reaches BUP %u; retires on %s"), f->bup_years,
         text);
}

static gboolean
is_structural (KrPositionKind kind)
{
  return kind <= KR_POSITION_KIND_PENGAWAS;
}

static gboolean
is_functional (KrPositionKind kind)
{
  return kind == KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN ||
         kind == KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN;
}

static void
check_position (Eval *e)
{
  const KrPromotionFacts *f = e->facts;
  KrRank to = e->verdict->to_rank;

  if (f->kind == KR_KP_KIND_PILIHAN_STRUKTURAL)
    {
      if (!f->has_position || !is_structural (f->position_kind))
        {
          add (e, KR_PROMOTION_RULE_POSITION, FALSE, _ ("Not in a structural position"));
          block (e);
          return;
        }
      if (f->rank >= f->position_min_rank)
        {
          add (e, KR_PROMOTION_RULE_POSITION, FALSE,
               _ ("%s already reaches the position's minimum rank %s"), rank_text (f->rank),
               rank_text (f->position_min_rank));
          block (e);
        }
      else
        add (e, KR_PROMOTION_RULE_POSITION, TRUE, _ ("%s is below the position's minimum rank %s"),
             rank_text (f->rank), rank_text (f->position_min_rank));
      check_time (e, KR_PROMOTION_RULE_TIME_IN_POSITION, &f->position_tmt, YEARS_IN_POSITION,
                  _ ("position"));
      return;
    }

  /* Pilihan fungsional */
  if (!f->has_position || !is_functional (f->position_kind) ||
      f->position_level == KR_POSITION_LEVEL_NONE)
    {
      add (e, KR_PROMOTION_RULE_POSITION, FALSE, _ ("Not in a functional position"));
      block (e);
      return;
    }
  if (to > f->position_max_rank)
    {
      add (e, KR_PROMOTION_RULE_POSITION, FALSE,
           _ ("%s is above the range of %s (up to %s): move up a jenjang first"), rank_text (to),
           kr_position_level_get_label (f->position_level), rank_text (f->position_max_rank));
      block (e);
    }
  else
    add (e, KR_PROMOTION_RULE_POSITION, TRUE, _ ("%s is within the range of %s"), rank_text (to),
         kr_position_level_get_label (f->position_level));

  {
    double need = kr_angka_kredit_for_kp (f->position_level);
    double koef = kr_angka_kredit_koefisien (f->position_level);

    if (f->angka_kredit + 0.005 >= need)
      add (e, KR_PROMOTION_RULE_ANGKA_KREDIT, TRUE, _ ("Angka kredit %.2f of the %.0f needed"),
           f->angka_kredit, need);
    else
      {
        /* At Baik (100% of the koefisien) the missing AK take this many months */
        guint months = (guint) ceil ((need - f->angka_kredit) / koef * 12.0);
        GDate when = *e->date;

        g_date_add_months (&when, months);
        add (e, KR_PROMOTION_RULE_ANGKA_KREDIT, FALSE,
             ngettext ("Angka kredit %.2f of the %.0f needed; about %u more month at Baik",
                       "Angka kredit %.2f of the %.0f needed; about %u more months at Baik",
                       months),
             f->angka_kredit, need, months);
        wait_until (e, &when);
      }
  }
}

static void
check_education (Eval *e)
{
  const KrPromotionFacts *f = e->facts;
  const char *education = kr_education_get_label (f->education);

  if (f->kind == KR_KP_KIND_PENYESUAIAN_IJAZAH)
    {
      KrRank starting = kr_rank_get_starting (f->education);

      if (starting > f->rank)
        add (e, KR_PROMOTION_RULE_EDUCATION, TRUE, _ ("%s starts at %s, above %s"), education,
             rank_text (starting), rank_text (f->rank));
      else
        {
          add (e, KR_PROMOTION_RULE_EDUCATION, FALSE, _ ("%s starts at %s, not above %s"),
               education, rank_text (starting), rank_text (f->rank));
          block (e);
        }
      return;
    }
  {
    KrRank ceiling = kr_rank_get_regular_ceiling (f->education);

    if (e->verdict->to_rank <= ceiling)
      add (e, KR_PROMOTION_RULE_EDUCATION, TRUE, _ ("%s reaches up to %s by regular promotion"),
           education, rank_text (ceiling));
    else
      {
        add (e, KR_PROMOTION_RULE_EDUCATION, FALSE, _ ("%s reaches only %s by regular promotion"),
             education, rank_text (ceiling));
        block (e);
      }
  }
}

static void
check_ujian_dinas (Eval *e)
{
  const KrPromotionFacts *f = e->facts;
  KrUjianDinasLevel level;

  if (!kr_ujian_dinas_needed (f->rank, e->verdict->to_rank, &level))
    return;
  if (f->ujian_dinas[level])
    add (e, KR_PROMOTION_RULE_UJIAN_DINAS, TRUE, _ ("Ujian dinas %s passed"),
         kr_ujian_dinas_level_get_label (level));
  else
    {
      add (e, KR_PROMOTION_RULE_UJIAN_DINAS, FALSE, _ ("Ujian dinas %s needed for %s → %s"),
           kr_ujian_dinas_level_get_label (level), rank_text (f->rank),
           rank_text (e->verdict->to_rank));
      block (e);
    }
}

static int
compare_reasons (gconstpointer a, gconstpointer b)
{
  const KrPromotionReason *ra = *(KrPromotionReason **) a;
  const KrPromotionReason *rb = *(KrPromotionReason **) b;

  return (int) ra->met - (int) rb->met;
}

KrPromotionVerdict *
kr_promotion_evaluate (const KrPromotionFacts *facts, const GDate *date)
{
  const KrPromotionFacts *f = facts;
  KrPromotionVerdict *v;
  Eval e = { 0 };
  gboolean periods;

  g_return_val_if_fail (facts != NULL && (guint) facts->kind < KR_N_KP_KINDS, NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  v = g_new0 (KrPromotionVerdict, 1);
  v->kind = f->kind;
  v->date = *date;
  g_date_clear (&v->eligible_on, 1);
  v->reasons = g_ptr_array_new_with_free_func (reason_free);
  e.verdict = v;
  e.facts = f;
  e.date = date;
  g_date_clear (&e.earliest, 1);
  format_date (date, e.date_text);
  periods = kr_kp_kind_uses_periods (f->kind);

  if (f->kind == KR_KP_KIND_PENYESUAIAN_IJAZAH)
    v->to_rank = MAX (f->rank, kr_rank_get_starting (f->education));
  else if (!kr_rank_next (f->rank, &v->to_rank))
    v->to_rank = f->rank;

  /* Employee */
  if (f->employee_kind != KR_EMPLOYEE_KIND_PNS)
    {
      add (&e, KR_PROMOTION_RULE_EMPLOYEE, FALSE, _ ("KP is for PNS only, not %s"),
           kr_employee_kind_get_label (f->employee_kind));
      block (&e);
    }
  else if (f->kind == KR_KP_KIND_ANUMERTA)
    add (&e, KR_PROMOTION_RULE_EMPLOYEE, TRUE, _ ("PNS"));
  else if (f->status != KR_EMPLOYEE_STATUS_AKTIF)
    {
      add (&e, KR_PROMOTION_RULE_EMPLOYEE, FALSE, _ ("Not active (%s)"),
           kr_employee_status_get_label (f->status));
      block (&e);
    }
  else
    add (&e, KR_PROMOTION_RULE_EMPLOYEE, TRUE, _ ("Active PNS"));

  /* Rank */
  if (f->kind != KR_KP_KIND_PENYESUAIAN_IJAZAH)
    {
      if (v->to_rank == f->rank)
        {
          add (&e, KR_PROMOTION_RULE_HIGHEST_RANK, FALSE, _ ("Already in the highest rank, %s"),
               rank_text (f->rank));
          block (&e);
        }
      else
        add (&e, KR_PROMOTION_RULE_HIGHEST_RANK, TRUE, _ ("%s → %s"), rank_text (f->rank),
             rank_text (v->to_rank));
    }

  /* Period */
  if (periods)
    {
      const KrKpPeriodRegime *regime = kr_kp_period_regime_for_date (date);

      if (kr_kp_period_is_valid (date))
        add (&e, KR_PROMOTION_RULE_PERIOD, TRUE, _ ("%s is a KP period of %s"), e.date_text,
             regime->regulation);
      else
        {
          add (&e, KR_PROMOTION_RULE_PERIOD, FALSE, _ ("%s is not a KP period of %s"), e.date_text,
               regime != NULL ? regime->regulation : "—");
          block (&e);
        }
    }

  if (years_in_rank[f->kind] > 0)
    check_time (&e, KR_PROMOTION_RULE_TIME_IN_RANK, &f->rank_tmt, years_in_rank[f->kind],
                _ ("rank"));
  if (f->kind == KR_KP_KIND_PILIHAN_STRUKTURAL || f->kind == KR_KP_KIND_PILIHAN_FUNGSIONAL)
    check_position (&e);
  if (f->kind == KR_KP_KIND_PENGABDIAN)
    check_performance (&e, 1);
  else if (f->kind != KR_KP_KIND_ANUMERTA)
    check_performance (&e, 2);
  if (f->kind == KR_KP_KIND_REGULER || f->kind == KR_KP_KIND_PENYESUAIAN_IJAZAH)
    check_education (&e);
  if (f->kind <= KR_KP_KIND_PILIHAN_FUNGSIONAL)
    check_ujian_dinas (&e);
  if (f->kind != KR_KP_KIND_ANUMERTA)
    {
      check_discipline (&e);
      check_retirement (&e);
    }
  else if (f->died_on_duty)
    add (&e, KR_PROMOTION_RULE_DIED_ON_DUTY, TRUE, _ ("Died on duty"));
  else
    {
      add (&e, KR_PROMOTION_RULE_DIED_ON_DUTY, FALSE, _ ("Not recorded as died on duty"));
      block (&e);
    }

  if (e.blocked)
    v->verdict = KR_PROMOTION_BLOCKED;
  else if (e.waiting)
    {
      v->verdict = KR_PROMOTION_NOT_YET;
      if (!periods || !kr_kp_period_on_or_after (&e.earliest, &v->eligible_on))
        v->eligible_on = e.earliest;
    }
  else
    v->verdict = KR_PROMOTION_ELIGIBLE;

  g_ptr_array_sort (v->reasons, compare_reasons);
  return v;
}

static gboolean
better (const KrPromotionVerdict *a, const KrPromotionVerdict *b)
{
  if (a->verdict != b->verdict)
    return a->verdict < b->verdict;
  if (a->verdict == KR_PROMOTION_NOT_YET)
    return g_date_compare (&a->eligible_on, &b->eligible_on) < 0;
  return FALSE;
}

KrPromotionVerdict *
kr_promotion_evaluate_best (const KrPromotionFacts *facts, const GDate *date)
{
  KrPromotionFacts f;
  KrPromotionVerdict *best = NULL;

  g_return_val_if_fail (facts != NULL, NULL);

  f = *facts;
  for (KrKpKind kind = KR_KP_KIND_REGULER; kind <= KR_KP_KIND_PENYESUAIAN_IJAZAH; kind++)
    {
      KrPromotionVerdict *v;

      if (kind == KR_KP_KIND_PILIHAN_STRUKTURAL &&
          (!f.has_position || !is_structural (f.position_kind)))
        continue;
      if (kind == KR_KP_KIND_PILIHAN_FUNGSIONAL &&
          (!f.has_position || !is_functional (f.position_kind)))
        continue;
      if (kind == KR_KP_KIND_PENYESUAIAN_IJAZAH && kr_rank_get_starting (f.education) <= f.rank)
        continue;
      f.kind = kind;
      v = kr_promotion_evaluate (&f, date);
      if (best == NULL || better (v, best))
        {
          kr_promotion_verdict_free (best);
          best = v;
        }
      else
        kr_promotion_verdict_free (v);
    }
  return best;
}
