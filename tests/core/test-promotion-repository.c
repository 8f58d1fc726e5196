/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "kr-date.h"
#include "kr-promotion-repository.h"

/* The promotion repository on a small organisation: facts read from the histories, the
 * candidates of a period, the pipeline with its checks, transitions and audit, the decree
 * writing the rank history in the same transaction, ujian dinas, AK and retirement. */

typedef struct
{
  KrDatabase *db;
  KrPromotionRepository *repo;
  GArray *changed;
  gint64 root, unit;
  gint64 ani, budi, tua;
} Fixture;

#include "kr-database-private.h"
#include "kr-error.h"
#include "kr-identity.h"
#include "kr-test-utils.h"

static void exec_sql (Fixture *fixture, const char *format, ...) G_GNUC_PRINTF (2, 3);

static void
exec_sql (Fixture *fixture, const char *format, ...)
{
  g_autofree char *sql = NULL;
  char *message = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  if (sqlite3_exec (_kr_database_get_handle (fixture->db), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static gint64 query_int (Fixture *fixture, const char *format, ...) G_GNUC_PRINTF (2, 3);

static gint64
query_int (Fixture *fixture, const char *format, ...)
{
  g_autofree char *sql = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  return kr_test_query_int (_kr_database_get_handle (fixture->db), sql);
}

static gint64
last_id (Fixture *fixture)
{
  return sqlite3_last_insert_rowid (_kr_database_get_handle (fixture->db));
}

static gint64
add_employee (Fixture *fixture,
              const char *name,
              guint number,
              const char *birth,
              guint golongan,
              const char *rank_tmt,
              const char *education)
{
  gint64 id, position;

  exec_sql (fixture,
            "INSERT INTO position (unit_id, name, kind) VALUES (%lld, 'Jabatan %s', "
            "'pelaksana')",
            (long long) fixture->unit, name);
  position = last_id (fixture);
  exec_sql (fixture,
            "INSERT INTO employee (nip, name, birth_date, gender, kind, tmt_cpns) "
            "VALUES ('19800101201001%04u', '%s', '%s', 'M', 'pns', '2005-01-01')",
            number, name, birth);
  id = last_id (fixture);
  exec_sql (fixture,
            "INSERT INTO rank_history (employee_id, golongan, promotion_kind, tmt) "
            "VALUES (%lld, %u, 'reguler', '%s')",
            (long long) id, golongan, rank_tmt);
  exec_sql (fixture,
            "INSERT INTO position_history (employee_id, position_id, tmt) VALUES (%lld, %lld, "
            "'2015-01-01')",
            (long long) id, (long long) position);
  exec_sql (fixture,
            "INSERT INTO education_history (employee_id, level, graduation_year) VALUES (%lld, "
            "'%s', 2004)",
            (long long) id, education);
  /* Baik (90) under PP 46/2011 in 2019 and 2020 */
  exec_sql (fixture,
            "INSERT INTO appraisal_pp46 (employee_id, year, skp_score, behaviour_score) VALUES "
            "(%lld, 2019, 90, 90), (%lld, 2020, 90, 90)",
            (long long) id, (long long) id);
  return id;
}

static void
on_changed (KrPromotionRepository *repo, guint mask, Fixture *fixture)
{
  g_array_append_val (fixture->changed, mask);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->db = kr_database_open (":memory:", KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  fixture->repo = kr_promotion_repository_new (fixture->db);
  fixture->changed = g_array_new (FALSE, FALSE, sizeof (guint));
  g_signal_connect (fixture->repo, "changed", G_CALLBACK (on_changed), fixture);
  exec_sql (fixture, "INSERT INTO unit (code, name, kind) VALUES ('KOTA', 'Kota', 'instansi')");
  fixture->root = last_id (fixture);
  exec_sql (fixture,
            "INSERT INTO unit (parent_id, code, name, kind) VALUES (%lld, 'BKPSDM', 'BKPSDM', "
            "'perangkat_daerah')",
            (long long) fixture->root);
  fixture->unit = last_id (fixture);
  /* III/b since 2017-04-01, S-1: eligible for KP reguler on 2021-04-01 */
  fixture->ani = add_employee (fixture, "Ani", 1, "1985-03-03", 32, "2017-04-01", "s1");
  /* III/a since 2019-04-01: not yet */
  fixture->budi = add_employee (fixture, "Budi", 2, "1988-03-03", 31, "2019-04-01", "s1");
  /* retires: born 1968-05-20, BUP 58, TMT pensiun 2026-06-01 */
  fixture->tua = add_employee (fixture, "Tua", 3, "1968-05-20", 34, "2016-04-01", "s1");
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_array_unref (fixture->changed);
  g_assert_finalize_object (fixture->repo);
  g_assert_finalize_object (fixture->db);
}

static GDate
d (const char *iso)
{
  GDate date;

  g_assert_true (kr_date_parse_iso (iso, &date, NULL));
  return date;
}

static void
test_candidates (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  KrCandidateQuery query = { .period = d ("2021-04-01") };
  guint n = 0, counts[KR_N_PROMOTION_VERDICT_KINDS];

  g_assert_true (kr_promotion_repository_count_candidates (fixture->repo, &query, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 3);
  rows = kr_promotion_repository_list_candidates (fixture->repo, &query, 0, 10, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 3);
  for (guint i = 0; i < rows->len; i++)
    {
      KrPromotionCandidate *c = g_ptr_array_index (rows, i);

      g_assert_nonnull (c->verdict);
      g_assert_cmpuint (c->verdict->reasons->len, >, 0);
      if (c->employee_id == fixture->ani)
        {
          g_assert_cmpint (c->verdict->verdict, ==, KR_PROMOTION_ELIGIBLE);
          g_assert_cmpint (c->verdict->kind, ==, KR_KP_KIND_REGULER);
          g_assert_cmpint (c->verdict->to_rank, ==, KR_RANK_III_C);
          g_assert_cmpuint (c->service_years, ==, 16);
        }
      else if (c->employee_id == fixture->budi)
        g_assert_cmpint (c->verdict->verdict, ==, KR_PROMOTION_NOT_YET);
    }
  g_assert_true (
      kr_promotion_repository_count_verdicts (fixture->repo, &query, counts, NULL, &error));
  g_assert_cmpuint (counts[KR_PROMOTION_ELIGIBLE], >=, 1);
  g_assert_cmpuint (counts[KR_PROMOTION_NOT_YET], ==, 1);

  /* Search narrows; an invalid period is refused naming the field */
  query.search = "Bud";
  g_assert_true (kr_promotion_repository_count_candidates (fixture->repo, &query, &n, &error));
  g_assert_cmpuint (n, ==, 1);
  query.period = d ("2021-05-01");
  g_assert_false (kr_promotion_repository_count_candidates (fixture->repo, &query, &n, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Period"));
}

static void
test_facts (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) sanctions = NULL;
  KrPromotionFacts facts;
  GDate period = d ("2021-04-01");
  KrUjianDinas ujian = { .employee_id = fixture->ani, .level = KR_UJIAN_DINAS_III_IV };
  KrAngkaKredit ak = { .employee_id = fixture->ani, .year = 2020, .value = 12.5 };

  ujian.date = d ("2019-09-09");
  g_assert_true (kr_promotion_repository_save_ujian_dinas (fixture->repo, &ujian, &error));
  g_assert_no_error (error);
  g_assert_true (kr_promotion_repository_save_angka_kredit (fixture->repo, &ak, &error));
  g_assert_no_error (error);
  ak.id = 0;
  g_assert_false (kr_promotion_repository_save_angka_kredit (fixture->repo, &ak, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_CONFLICT);
  g_clear_error (&error);
  ak.year = 1970;
  g_assert_false (kr_promotion_repository_save_angka_kredit (fixture->repo, &ak, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Year"));
  g_clear_error (&error);
  exec_sql (fixture,
            "INSERT INTO discipline_history (employee_id, level, sanction, regulation, tmt, "
            "end_date) VALUES (%lld, 'sedang', 'Penundaan kenaikan pangkat selama 1 tahun', "
            "'PP 53/2010', '2020-11-01', '2021-10-31')",
            (long long) fixture->budi);

  g_assert_true (kr_promotion_repository_get_facts (fixture->repo, fixture->ani, KR_KP_KIND_REGULER,
                                                    &period, &facts, &sanctions, &error));
  g_assert_no_error (error);
  g_assert_cmpint (facts.rank, ==, KR_RANK_III_B);
  g_assert_cmpint (facts.education, ==, KR_EDUCATION_S1);
  g_assert_cmpint (facts.performance[0].source, ==, KR_PERFORMANCE_PP46);
  g_assert_cmpuint (facts.performance[0].year, ==, 2020);
  g_assert_true (facts.ujian_dinas[KR_UJIAN_DINAS_III_IV]);
  g_assert_cmpfloat (facts.angka_kredit, ==, 12.5);
  g_assert_cmpuint (facts.bup_years, ==, 58);
  g_clear_pointer (&sanctions, g_ptr_array_unref);

  g_assert_true (kr_promotion_repository_get_facts (
      fixture->repo, fixture->budi, KR_KP_KIND_REGULER, &period, &facts, &sanctions, &error));
  g_assert_cmpuint (sanctions->len, ==, 1);
  g_assert_true (((KrPromotionSanction *) g_ptr_array_index (sanctions, 0))->delays_kp);
}

static void
test_pipeline (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) documents = NULL;
  g_autoptr (GPtrArray) transitions = NULL;
  g_autoptr (KrPromotion) p = NULL;
  GDate period = d ("2021-04-01"), date = d ("2021-02-10"), bad_tmt = d ("2021-07-01");
  gint64 id = 0, audit_before;
  KrPromotionQuery query = { .stage = -1 };
  guint n = 0;

  /* Budi is not yet eligible: refused with the reason */
  g_assert_false (kr_promotion_repository_propose (fixture->repo, fixture->budi, KR_KP_KIND_REGULER,
                                                   &period, NULL, NULL, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "years in rank"));
  g_clear_error (&error);

  audit_before = query_int (fixture, "SELECT count(*) FROM audit_log");
  g_assert_true (kr_promotion_repository_propose (fixture->repo, fixture->ani, KR_KP_KIND_REGULER,
                                                  &period, "Usul April", &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (query_int (fixture,
                              "SELECT count(*) FROM audit_log WHERE entity = "
                              "'promotion' AND entity_id = %lld AND employee_id = %lld",
                              (long long) id, (long long) fixture->ani),
                   ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log"), >, audit_before + 5);
  /* a second proposal for the period conflicts */
  g_assert_false (kr_promotion_repository_propose (fixture->repo, fixture->ani, KR_KP_KIND_REGULER,
                                                   &period, NULL, NULL, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_CONFLICT);
  g_clear_error (&error);
  /* so does one for a later period while this one is open: one KP at a time */
  {
    GDate later = d ("2021-10-01");

    g_assert_false (kr_promotion_repository_propose (
        fixture->repo, fixture->ani, KR_KP_KIND_REGULER, &later, NULL, NULL, &error));
    g_assert_error (error, KR_ERROR, KR_ERROR_CONFLICT);
    g_assert_nonnull (strstr (error->message, "2021-04-01"));
    g_clear_error (&error);
  }

  g_assert_true (kr_promotion_repository_count_promotions (fixture->repo, &query, &n, &error));
  g_assert_cmpuint (n, ==, 1);
  query.stage = KR_PROMOTION_STAGE_PROPOSED;
  g_assert_true (kr_promotion_repository_count_promotions (fixture->repo, &query, &n, &error));
  g_assert_cmpuint (n, ==, 0);

  /* Documents first */
  g_assert_false (kr_promotion_repository_move (
      fixture->repo, id, KR_PROMOTION_STAGE_DOCUMENTS_COMPLETE, NULL, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Documents"));
  g_clear_error (&error);
  documents = kr_promotion_repository_list_documents (fixture->repo, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (documents->len, ==, 5);
  for (guint i = 0; i < documents->len; i++)
    {
      KrPromotionDocument *doc = g_ptr_array_index (documents, i);

      g_assert_true (
          kr_promotion_repository_set_document (fixture->repo, doc->id, TRUE, NULL, &error));
      g_assert_no_error (error);
    }
  g_assert_true (kr_promotion_repository_move (
      fixture->repo, id, KR_PROMOTION_STAGE_DOCUMENTS_COMPLETE, NULL, &error));
  /* unticking moves it back */
  g_assert_true (kr_promotion_repository_set_document (
      fixture->repo, ((KrPromotionDocument *) g_ptr_array_index (documents, 0))->id, FALSE, "lost",
      &error));
  p = kr_promotion_repository_get_promotion (fixture->repo, id, &error);
  g_assert_cmpint (p->stage, ==, KR_PROMOTION_STAGE_CANDIDATE);
  g_clear_pointer (&p, kr_promotion_free);
  g_assert_true (kr_promotion_repository_set_document (
      fixture->repo, ((KrPromotionDocument *) g_ptr_array_index (documents, 0))->id, TRUE, NULL,
      &error));
  g_assert_true (kr_promotion_repository_move (
      fixture->repo, id, KR_PROMOTION_STAGE_DOCUMENTS_COMPLETE, NULL, &error));
  /* skipping a stage, and moving to pertek without a pertek */
  g_assert_false (
      kr_promotion_repository_move (fixture->repo, id, KR_PROMOTION_STAGE_PERTEK, NULL, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (
      kr_promotion_repository_move (fixture->repo, id, KR_PROMOTION_STAGE_PROPOSED, NULL, &error));
  /* back without a reason: refused */
  g_assert_false (kr_promotion_repository_move (
      fixture->repo, id, KR_PROMOTION_STAGE_DOCUMENTS_COMPLETE, NULL, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Reason"));
  g_clear_error (&error);
  g_assert_false (kr_promotion_repository_record_pertek (fixture->repo, id, "", &date, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Pertek number"));
  g_clear_error (&error);
  g_assert_true (
      kr_promotion_repository_record_pertek (fixture->repo, id, "PERTEK-1/2021", &date, &error));
  g_assert_no_error (error);
  /* decree: the TMT must be a period date of its era (1 Jul 2021: not under PP 12/2002) */
  g_assert_false (
      kr_promotion_repository_record_decree (fixture->repo, id, "SK-1", &date, &bad_tmt, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "TMT"));
  g_clear_error (&error);
  g_assert_cmpint (query_int (fixture, "SELECT golongan FROM employee WHERE id = %lld",
                              (long long) fixture->ani),
                   ==, 32);
  g_array_set_size (fixture->changed, 0);
  g_assert_true (
      kr_promotion_repository_record_decree (fixture->repo, id, "SK-1", &date, &period, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->changed->len, ==, 1);
  g_assert_true (g_array_index (fixture->changed, guint, 0) & KR_PROMOTION_CHANGE_RANKS);

  /* The TMT has passed: effective, with the rank history row and the profile's rank */
  p = kr_promotion_repository_get_promotion (fixture->repo, id, &error);
  g_assert_cmpint (p->stage, ==, KR_PROMOTION_STAGE_EFFECTIVE);
  g_assert_cmpint (p->rank_history_id, >, 0);
  g_assert_cmpint (query_int (fixture,
                              "SELECT count(*) FROM rank_history WHERE id = %lld AND golongan = "
                              "33 AND promotion_kind = 'reguler' AND tmt = '2021-04-01' AND "
                              "sk_number = 'SK-1'",
                              (long long) p->rank_history_id),
                   ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT golongan FROM employee WHERE id = %lld",
                              (long long) fixture->ani),
                   ==, 33);
  g_assert_cmpint (query_int (fixture,
                              "SELECT count(*) FROM audit_log WHERE entity = "
                              "'rank_history' AND entity_id = %lld",
                              (long long) p->rank_history_id),
                   ==, 1);
  /* Final */
  g_assert_false (kr_promotion_repository_move (fixture->repo, id, KR_PROMOTION_STAGE_CANCELLED,
                                                "late", &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_clear_error (&error);

  transitions = kr_promotion_repository_list_transitions (fixture->repo, id, &error);
  g_assert_no_error (error);
  /* created, complete, back (untick), complete, proposed, pertek, decree, effective */
  g_assert_cmpuint (transitions->len, ==, 8);
  g_assert_cmpint (((KrPromotionTransition *) g_ptr_array_index (transitions, 2))->to_stage, ==,
                   KR_PROMOTION_STAGE_CANDIDATE);
  g_assert_nonnull (((KrPromotionTransition *) g_ptr_array_index (transitions, 2))->reason);
  g_assert_cmpint (query_int (fixture,
                              "SELECT count(*) FROM audit_log WHERE entity = "
                              "'promotion_transition' AND employee_id = %lld",
                              (long long) fixture->ani),
                   ==, 8);
}

static void
test_cancel_and_permissions (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrIdentity) viewer = NULL;
  GDate period = d ("2021-04-01");
  gint64 id = 0;

  g_assert_true (kr_promotion_repository_propose (fixture->repo, fixture->ani, KR_KP_KIND_REGULER,
                                                  &period, NULL, &id, &error));
  g_assert_false (
      kr_promotion_repository_move (fixture->repo, id, KR_PROMOTION_STAGE_CANCELLED, " ", &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (kr_promotion_repository_move (fixture->repo, id, KR_PROMOTION_STAGE_CANCELLED,
                                               "Withdrawn by the unit", &error));
  /* a cancelled proposal frees the period */
  g_assert_true (kr_promotion_repository_propose (fixture->repo, fixture->ani, KR_KP_KIND_REGULER,
                                                  &period, NULL, NULL, &error));
  g_assert_no_error (error);

  viewer = kr_identity_new (1, "viewer", "Viewer", KR_ROLE_VIEWER, 0);
  kr_database_set_identity (fixture->db, viewer);
  g_assert_false (
      kr_promotion_repository_move (fixture->repo, id, KR_PROMOTION_STAGE_CANCELLED, "x", &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED);
  kr_database_set_identity (fixture->db, NULL);
}

/* The pertek and decree forms at their limits: numbers empty, on two lines or too long; dates
 * before 1900 or in the future; a TMT outside 1900 to 2200. Each refusal names the field. */
static void
test_decree_limits (Fixture *fixture, gconstpointer data)
{
  g_autofree char *long_number = g_strnfill (101, '1');
  g_autofree char *longest_number = g_strnfill (100, '1');
  const struct
  {
    gboolean decree; /* FALSE: the pertek */
    const char *number;
    const char *date;
    const char *tmt; /* for a decree */
    const char *fragment;
  } cases[] = {
    { FALSE, "", "2021-02-10", NULL, "Pertek number:" },
    { FALSE, "PERTEK\n1", "2021-02-10", NULL, "Pertek number:" },
    { FALSE, "PERTEK\t1", "2021-02-10", NULL, "Pertek number:" },
    { FALSE, "PERTEK \xff", "2021-02-10", NULL, "Pertek number:" },
    { FALSE, long_number, "2021-02-10", NULL, "Pertek number:" },
    { FALSE, "PERTEK-1", "1899-12-31", NULL, "Pertek date:" },
    { FALSE, "PERTEK-1", "0001-01-01", NULL, "Pertek date:" },
    { FALSE, "PERTEK-1", "9999-12-31", NULL, "Pertek date:" },
    { FALSE, longest_number, "1900-01-01", NULL, NULL },
    { TRUE, long_number, "2021-02-10", "2021-04-01", "SK number:" },
    { TRUE, "SK\r\n1", "2021-02-10", "2021-04-01", "SK number:" },
    { TRUE, "SK-1", "1899-12-31", "2021-04-01", "SK date:" },
    { TRUE, "SK-1", "9999-12-31", "2021-04-01", "SK date:" },
    { TRUE, "SK-1", "2021-02-10", "1899-04-01", "TMT:" },
    { TRUE, "SK-1", "2021-02-10", "2201-04-01", "TMT:" },
    { TRUE, "SK-1", "2021-02-10", "9999-04-01", "TMT:" },
    { TRUE, "SK-1", "2021-02-10", "2021-04-01", NULL },
  };
  g_autoptr (GError) error = NULL;
  GDate period = d ("2021-04-01");
  g_autoptr (GPtrArray) documents = NULL;
  gint64 id = 0;

  g_assert_true (kr_promotion_repository_propose (fixture->repo, fixture->ani, KR_KP_KIND_REGULER,
                                                  &period, NULL, &id, &error));
  g_assert_no_error (error);
  documents = kr_promotion_repository_list_documents (fixture->repo, id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < documents->len; i++)
    {
      KrPromotionDocument *doc = g_ptr_array_index (documents, i);

      g_assert_true (
          kr_promotion_repository_set_document (fixture->repo, doc->id, TRUE, NULL, &error));
    }
  g_assert_true (kr_promotion_repository_move (
      fixture->repo, id, KR_PROMOTION_STAGE_DOCUMENTS_COMPLETE, NULL, &error));
  g_assert_true (
      kr_promotion_repository_move (fixture->repo, id, KR_PROMOTION_STAGE_PROPOSED, NULL, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate date = d (cases[i].date), tmt;
      /* Escaped: a message with bytes that are not UTF-8 is not valid TAP. */
      g_autofree char *shown = g_strescape (cases[i].number, NULL);
      gboolean ok;

      g_test_message ("%s “%s” of %s", cases[i].decree ? "decree" : "pertek", shown, cases[i].date);
      if (cases[i].decree)
        {
          tmt = d (cases[i].tmt);
          ok = kr_promotion_repository_record_decree (fixture->repo, id, cases[i].number, &date,
                                                      &tmt, &error);
        }
      else
        ok = kr_promotion_repository_record_pertek (fixture->repo, id, cases[i].number, &date,
                                                    &error);
      if (cases[i].fragment == NULL)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          continue;
        }
      g_assert_false (ok);
      g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, cases[i].fragment));
      g_clear_error (&error);
    }
}

static void
test_retirements (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) list = NULL;
  GDate today = d ("2026-01-10");
  KrRetirement *r;

  list = kr_promotion_repository_list_retirements (fixture->repo, &today, 12, 0, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  r = g_ptr_array_index (list, 0);
  g_assert_cmpint (r->employee_id, ==, fixture->tua);
  g_assert_cmpuint (r->bup_years, ==, 58);
  g_assert_cmpint (g_date_get_month (&r->tmt_pensiun), ==, 6);
  g_assert_cmpint (g_date_get_day (&r->tmt_pensiun), ==, 1);
  g_assert_true (r->overdue); /* deadline 2025-12-01 */
  g_assert_cmpuint (r->months_left, ==, 4);
  g_clear_pointer (&list, g_ptr_array_unref);
  today = d ("2025-01-10");
  list = kr_promotion_repository_list_retirements (fixture->repo, &today, 12, 0, FALSE, &error);
  g_assert_cmpuint (list->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = kr_promotion_repository_list_retirements (fixture->repo, &today, 0, 0, FALSE, &error);
  g_assert_null (list);
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/promotion-repository/candidates", test_candidates);
  ADD ("/promotion-repository/facts", test_facts);
  ADD ("/promotion-repository/pipeline", test_pipeline);
  ADD ("/promotion-repository/cancel-permissions", test_cancel_and_permissions);
  ADD ("/promotion-repository/decree-limits", test_decree_limits);
  ADD ("/promotion-repository/retirements", test_retirements);
  return g_test_run ();
}
