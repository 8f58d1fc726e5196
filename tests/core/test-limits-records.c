/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-limits-records"

#include "config.h"

#include <string.h>

#include "kr-account-repository.h"
#include "kr-account.h"
#include "kr-database.h"
#include "kr-error.h"
#include "kr-test-utils.h"
#include "kr-unit-repository.h"

/* The texts and numbers of the account editor and the unit manager at their limits, one row a
 * value: user name, password and display name of an account; code and name of a unit; name and
 * kelas jabatan of a position. A value out of range is KR_ERROR_INVALID with a message that
 * names the field. */

typedef enum
{
  USER_NAME,
  PASSWORD,
  DISPLAY_NAME,
  UNIT_CODE,
  UNIT_NAME,
  UNIT_RENAME,
  POSITION_NAME,
  KELAS_JABATAN,
} Field;

typedef struct
{
  Field field;
  const char *value;    /* the text, or what is repeated @repeat times */
  guint repeat;         /* 0: @value as it is */
  const char *fragment; /* (nullable): what the message must name; NULL when valid */
} Limit;

#define PASSWORD_OK "rahasia-sekali"

static const Limit limits[] = {
  { USER_NAME, "sri.wahyuni", 0, NULL },
  { USER_NAME, "", 0, "user name" },
  { USER_NAME, "   ", 0, "user name" },
  { USER_NAME, "sri wahyuni", 0, "user name" },
  { USER_NAME, "sri\twahyuni", 0, "user name" },
  { USER_NAME, "sri\x01", 0, "user name" },
  { USER_NAME, "\xff\xfe", 0, "user name" },
  { USER_NAME, "a", KR_ACCOUNT_USER_NAME_MAX_LENGTH, NULL },
  { USER_NAME, "a", KR_ACCOUNT_USER_NAME_MAX_LENGTH + 1, "user name" },
  { USER_NAME, "a", 100000, "user name" },
  { PASSWORD, "", 0, "password" },
  { PASSWORD, "a", KR_ACCOUNT_PASSWORD_MIN_LENGTH - 1, "password" },
  { PASSWORD, "a", KR_ACCOUNT_PASSWORD_MIN_LENGTH, NULL },
  { PASSWORD, "a", KR_ACCOUNT_PASSWORD_MAX_LENGTH + 1, "password" },
  { PASSWORD, "a", 1000000, "password" },
  { PASSWORD, "rahasia\xff\xfe", 0, "password" },
  { DISPLAY_NAME, "", 0, "display name" },
  { DISPLAY_NAME, " \t ", 0, "display name" },
  { DISPLAY_NAME, "Sri\nWahyuni", 0, "display name" },
  { DISPLAY_NAME, "Sri \xff Wahyuni", 0, "display name" },
  { DISPLAY_NAME, "a", KR_ACCOUNT_DISPLAY_NAME_MAX_LENGTH, NULL },
  { DISPLAY_NAME, "a", KR_ACCOUNT_DISPLAY_NAME_MAX_LENGTH + 1, "display name" },
  { DISPLAY_NAME, "a", 1000000, "display name" },
  { UNIT_CODE, "BKPSDM-MUT", 0, NULL },
  { UNIT_CODE, "", 0, "unit code" },
  { UNIT_CODE, "  ", 0, "unit code" },
  { UNIT_CODE, "BKP\nSDM", 0, "unit code" },
  { UNIT_CODE, "BKP\tSDM", 0, "unit code" },
  { UNIT_CODE, "BKP\xffSDM", 0, "unit code" },
  { UNIT_CODE, "A", 64, NULL },
  { UNIT_CODE, "A", 65, "unit code" },
  { UNIT_CODE, "A", 1000000, "unit code" },
  { UNIT_NAME, "Bidang Mutasi", 0, NULL },
  { UNIT_NAME, "", 0, "unit name" },
  { UNIT_NAME, "Bidang\nMutasi", 0, "unit name" },
  { UNIT_NAME, "Bidang \xc3 Mutasi", 0, "unit name" },
  { UNIT_NAME, "a", 255, NULL },
  { UNIT_NAME, "a", 256, "unit name" },
  { UNIT_RENAME, "Bidang Mutasi", 0, NULL },
  { UNIT_RENAME, "", 0, "unit name" },
  { UNIT_RENAME, "Bidang\r\nMutasi", 0, "unit name" },
  { UNIT_RENAME, "a", 256, "unit name" },
  { POSITION_NAME, "Analis SDM Aparatur", 0, NULL },
  { POSITION_NAME, "", 0, "position name" },
  { POSITION_NAME, "Analis\tSDM", 0, "position name" },
  { POSITION_NAME, "a", 255, NULL },
  { POSITION_NAME, "a", 256, "position name" },
  { KELAS_JABATAN, "0", 0, NULL }, /* not known */
  { KELAS_JABATAN, "1", 0, NULL },
  { KELAS_JABATAN, "17", 0, NULL },
  { KELAS_JABATAN, "18", 0, "kelas jabatan" },
  { KELAS_JABATAN, "4294967295", 0, "kelas jabatan" }, /* a guint: -1 */
};

static gboolean
add_account (KrDatabase *db, Field field, const char *value, GError **error)
{
  g_autoptr (KrAccountRepository) accounts = kr_account_repository_new (db);
  g_autoptr (KrAccount) account = kr_account_new ();

  /* The first account of the database: an administrator, nobody signed in. */
  account->user_name = g_strdup (field == USER_NAME ? value : "sri.wahyuni");
  account->display_name = g_strdup (field == DISPLAY_NAME ? value : "Sri Wahyuni");
  account->role = KR_ROLE_ADMINISTRATOR;
  return kr_account_repository_add (accounts, account, field == PASSWORD ? value : PASSWORD_OK,
                                    error) != 0;
}

static gboolean
add_unit (KrDatabase *db, Field field, const char *value, GError **error)
{
  g_autoptr (KrUnitRepository) units = kr_unit_repository_new (db);
  g_autoptr (KrPositionRecord) position = kr_position_record_new ();
  gint64 id;

  id = kr_unit_repository_add (units, 0, field == UNIT_CODE ? value : "BKPSDM",
                               field == UNIT_NAME ? value : "Badan Kepegawaian Daerah",
                               KR_UNIT_KIND_PERANGKAT_DAERAH, error);
  if (id == 0 || field == UNIT_CODE || field == UNIT_NAME)
    return id != 0;
  if (field == UNIT_RENAME)
    return kr_unit_repository_rename (units, id, value, error);

  position->unit_id = id;
  position->name = g_strdup (field == POSITION_NAME ? value : "Pengadministrasi Umum");
  position->kind = KR_POSITION_KIND_PELAKSANA;
  position->level = KR_POSITION_LEVEL_NONE;
  if (field == KELAS_JABATAN)
    position->kelas_jabatan = (guint) g_ascii_strtoull (value, NULL, 10);
  return kr_unit_repository_add_position (units, position, error) != 0;
}

static void
test_limit (gconstpointer data)
{
  const Limit *limit = data;
  g_autofree char *value =
      limit->repeat > 0 ? g_strnfill (limit->repeat, limit->value[0]) : g_strdup (limit->value);
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (GError) error = NULL;
  gboolean ok;

  db = kr_database_open (":memory:", KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  if (limit->field <= DISPLAY_NAME)
    ok = add_account (db, limit->field, value, &error);
  else
    ok = add_unit (db, limit->field, value, &error);
  if (limit->fragment == NULL)
    {
      g_assert_no_error (error);
      g_assert_true (ok);
      return;
    }
  g_test_message ("%s", error != NULL ? error->message : "(no error)");
  g_assert_false (ok);
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, limit->fragment));
}

int
main (int argc, char *argv[])
{
  static const char *const names[] = {
    "user-name", "password",    "display-name",  "unit-code",
    "unit-name", "unit-rename", "position-name", "kelas-jabatan",
  };

  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (limits); i++)
    {
      g_autofree char *path = g_strdup_printf ("/limits/%s/%u", names[limits[i].field], i);

      g_test_add_data_func (path, &limits[i], test_limit);
    }
  return g_test_run ();
}
