/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-identity"

#include "config.h"

#include "kr-identity.h"

#include "kr-i18n.h"

struct _KrIdentity
{
  gatomicrefcount ref_count;
  gint64 account_id;
  char *user_name;
  char *display_name;
  KrRole role;
  gint64 scope_unit_id;
};

G_DEFINE_ENUM_TYPE (KrRole,
                    kr_role,
                    G_DEFINE_ENUM_VALUE (KR_ROLE_ADMINISTRATOR, "administrator"),
                    G_DEFINE_ENUM_VALUE (KR_ROLE_HR_OPERATOR, "hr_operator"),
                    G_DEFINE_ENUM_VALUE (KR_ROLE_UNIT_HEAD, "unit_head"),
                    G_DEFINE_ENUM_VALUE (KR_ROLE_VIEWER, "viewer"))

G_DEFINE_BOXED_TYPE (KrIdentity, kr_identity, kr_identity_ref, kr_identity_unref)

static const char *const role_labels[KR_N_ROLES] = {
  [KR_ROLE_ADMINISTRATOR] = N_ ("Administrator"),
  [KR_ROLE_HR_OPERATOR] = N_ ("HR operator"),
  [KR_ROLE_UNIT_HEAD] = N_ ("Unit head"),
  [KR_ROLE_VIEWER] = N_ ("Viewer"),
};

/* Which role has which permission; a unit head's reading is limited to their subtree. */
static const gboolean grants[KR_N_ROLES][KR_N_PERMISSIONS] = {
  [KR_ROLE_ADMINISTRATOR] = { [KR_PERMISSION_READ_EMPLOYEES] = TRUE,
                              [KR_PERMISSION_WRITE_EMPLOYEES] = TRUE,
                              [KR_PERMISSION_WRITE_ORGANISATION] = TRUE,
                              [KR_PERMISSION_MANAGE_ACCOUNTS] = TRUE,
                              [KR_PERMISSION_READ_AUDIT] = TRUE,
                              [KR_PERMISSION_WRITE_APPRAISALS] = TRUE,
                              [KR_PERMISSION_REVIEW_APPRAISALS] = TRUE,
                              [KR_PERMISSION_REOPEN_APPRAISALS] = TRUE,
                              [KR_PERMISSION_WRITE_TRAINING] = TRUE,
                              [KR_PERMISSION_NOMINATE_TRAINING] = TRUE,
                              [KR_PERMISSION_WRITE_PROMOTIONS] = TRUE,
                              [KR_PERMISSION_WRITE_TALENT] = TRUE },
  [KR_ROLE_HR_OPERATOR] = { [KR_PERMISSION_READ_EMPLOYEES] = TRUE,
                            [KR_PERMISSION_WRITE_EMPLOYEES] = TRUE,
                            [KR_PERMISSION_WRITE_ORGANISATION] = TRUE,
                            [KR_PERMISSION_WRITE_APPRAISALS] = TRUE,
                            [KR_PERMISSION_REVIEW_APPRAISALS] = TRUE,
                            [KR_PERMISSION_WRITE_TRAINING] = TRUE,
                            [KR_PERMISSION_NOMINATE_TRAINING] = TRUE,
                            [KR_PERMISSION_WRITE_PROMOTIONS] = TRUE,
                            [KR_PERMISSION_WRITE_TALENT] = TRUE },
  [KR_ROLE_UNIT_HEAD] = { [KR_PERMISSION_READ_EMPLOYEES] = TRUE,
                          [KR_PERMISSION_REVIEW_APPRAISALS] = TRUE,
                          [KR_PERMISSION_NOMINATE_TRAINING] = TRUE },
  [KR_ROLE_VIEWER] = { [KR_PERMISSION_READ_EMPLOYEES] = TRUE },
};

const char *
kr_role_get_label (KrRole role)
{
  g_return_val_if_fail (role < KR_N_ROLES, NULL);

  return _ (role_labels[role]);
}

KrIdentity *
kr_identity_new (gint64 account_id,
                 const char *user_name,
                 const char *display_name,
                 KrRole role,
                 gint64 scope_unit_id)
{
  KrIdentity *self;

  g_return_val_if_fail (user_name != NULL, NULL);
  g_return_val_if_fail (role < KR_N_ROLES, NULL);
  g_return_val_if_fail ((role == KR_ROLE_UNIT_HEAD) == (scope_unit_id != 0), NULL);

  self = g_new0 (KrIdentity, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->account_id = account_id;
  self->user_name = g_strdup (user_name);
  self->display_name = g_strdup (display_name != NULL ? display_name : user_name);
  self->role = role;
  self->scope_unit_id = scope_unit_id;
  return self;
}

KrIdentity *
kr_identity_ref (KrIdentity *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
kr_identity_unref (KrIdentity *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->user_name);
  g_free (self->display_name);
  g_free (self);
}

gint64
kr_identity_get_account_id (const KrIdentity *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->account_id;
}

const char *
kr_identity_get_user_name (const KrIdentity *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->user_name;
}

const char *
kr_identity_get_display_name (const KrIdentity *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->display_name;
}

KrRole
kr_identity_get_role (const KrIdentity *self)
{
  g_return_val_if_fail (self != NULL, KR_ROLE_VIEWER);

  return self->role;
}

gint64
kr_identity_get_scope_unit_id (const KrIdentity *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->scope_unit_id;
}

gboolean
kr_identity_can (const KrIdentity *self, KrPermission permission)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (permission < KR_N_PERMISSIONS, FALSE);

  return grants[self->role][permission];
}
