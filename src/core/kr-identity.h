/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * KrRole:
 * @KR_ROLE_ADMINISTRATOR: accounts, settings and everything else
 * @KR_ROLE_HR_OPERATOR: reads and writes all employee, organisation, training, appraisal and
 *   promotion data
 * @KR_ROLE_UNIT_HEAD: the pejabat penilai of a unit: reads the employees of the unit subtree
 *   they lead, and appraises their direct subordinates
 * @KR_ROLE_VIEWER: reads everything, writes nothing
 *
 * What a signed-in account may do. Stored by code: administrator, hr_operator, unit_head,
 * viewer.
 */
typedef enum
{
  KR_ROLE_ADMINISTRATOR,
  KR_ROLE_HR_OPERATOR,
  KR_ROLE_UNIT_HEAD,
  KR_ROLE_VIEWER,
  KR_N_ROLES,
} KrRole;

GType kr_role_get_type (void);
#define KR_TYPE_ROLE (kr_role_get_type ())

/**
 * kr_role_get_label:
 * @role: a role
 *
 * Returns: the translated name of @role, such as "HR operator"
 */
const char *kr_role_get_label (KrRole role);

/**
 * KrPermission:
 * @KR_PERMISSION_READ_EMPLOYEES: read employees and their histories (a unit head only those of
 *   the subtree they lead)
 * @KR_PERMISSION_WRITE_EMPLOYEES: add, change and delete employees and their histories, and
 *   import them
 * @KR_PERMISSION_WRITE_ORGANISATION: add, change and delete units and positions
 * @KR_PERMISSION_MANAGE_ACCOUNTS: add accounts, change their roles, disable them, reset their
 *   passwords
 * @KR_PERMISSION_READ_AUDIT: read and export the whole audit trail
 * @KR_PERMISSION_WRITE_APPRAISALS: start appraisals (one or a whole unit), edit any plan and
 *   evaluation, take any workflow step but reopening, record organisation results, SKM surveys,
 *   360 feedback, historic PP 46/2011 appraisals and position templates
 * @KR_PERMISSION_REVIEW_APPRAISALS: as pejabat penilai, edit the plans and evaluations of the
 *   appraisals where the account's employee is the appraiser, and return, review and finalise
 *   them; as atasan pejabat penilai, decide objections to those where they are the senior
 *   appraiser
 * @KR_PERMISSION_REOPEN_APPRAISALS: reopen a final evaluation, with a reason
 * @KR_PERMISSION_WRITE_TRAINING: keep the training catalogue (courses, sessions), approve and
 *   record enrolments, training records, budgets, mentoring, import training history
 * @KR_PERMISSION_NOMINATE_TRAINING: nominate employees to a session (a unit head only those of
 *   the subtree they lead)
 * @KR_PERMISSION_WRITE_PROMOTIONS: propose kenaikan pangkat, move proposals through the
 *   pipeline, record pertek and decrees (which change the rank history), record ujian dinas and
 *   angka kredit
 * @KR_PERMISSION_WRITE_TALENT: keep vacancies' needs, run open selections (panel, stages,
 *   candidates, scores, publishing), record potential assessments, keep succession plans
 *
 * What a call into the repositories needs; see kr_identity_can().
 */
typedef enum
{
  KR_PERMISSION_READ_EMPLOYEES,
  KR_PERMISSION_WRITE_EMPLOYEES,
  KR_PERMISSION_WRITE_ORGANISATION,
  KR_PERMISSION_MANAGE_ACCOUNTS,
  KR_PERMISSION_READ_AUDIT,
  KR_PERMISSION_WRITE_APPRAISALS,
  KR_PERMISSION_REVIEW_APPRAISALS,
  KR_PERMISSION_REOPEN_APPRAISALS,
  KR_PERMISSION_WRITE_TRAINING,
  KR_PERMISSION_NOMINATE_TRAINING,
  KR_PERMISSION_WRITE_PROMOTIONS,
  KR_PERMISSION_WRITE_TALENT,
  KR_N_PERMISSIONS,
} KrPermission;

/**
 * KrIdentity:
 *
 * Who is signed in to a database: an account, its role and, for a unit head, the unit whose
 * subtree they lead. Immutable and reference counted; see kr_database_set_identity().
 */
typedef struct _KrIdentity KrIdentity;

GType kr_identity_get_type (void);
#define KR_TYPE_IDENTITY (kr_identity_get_type ())

/**
 * kr_identity_new:
 * @account_id: the id of the account
 * @user_name: the account's user name
 * @display_name: the account's display name
 * @role: its role
 * @scope_unit_id: for %KR_ROLE_UNIT_HEAD, the unit they lead; 0 otherwise
 *
 * Returns: (transfer full): a new identity
 */
KrIdentity *kr_identity_new (gint64 account_id,
                             const char *user_name,
                             const char *display_name,
                             KrRole role,
                             gint64 scope_unit_id);

KrIdentity *kr_identity_ref (KrIdentity *self);
void kr_identity_unref (KrIdentity *self);

gint64 kr_identity_get_account_id (const KrIdentity *self);
const char *kr_identity_get_user_name (const KrIdentity *self);
const char *kr_identity_get_display_name (const KrIdentity *self);
KrRole kr_identity_get_role (const KrIdentity *self);

/**
 * kr_identity_get_scope_unit_id:
 * @self: an identity
 *
 * Returns: the unit whose subtree a unit head reads, or 0 for every other role (who read all)
 */
gint64 kr_identity_get_scope_unit_id (const KrIdentity *self);

/**
 * kr_identity_can:
 * @self: an identity
 * @permission: what is asked for
 *
 * Whether @self's role grants @permission. A unit head's reading is further limited to
 * their subtree, which the repositories check row by row.
 *
 * Returns: %TRUE when the role grants @permission
 */
gboolean kr_identity_can (const KrIdentity *self, KrPermission permission);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrIdentity, kr_identity_unref)

G_END_DECLS
