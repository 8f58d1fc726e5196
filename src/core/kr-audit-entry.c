/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-audit-entry"

#include "config.h"

#include "kr-audit-entry.h"

#include <json-glib/json-glib.h>

#include "kr-audit-private.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* Actions */

G_DEFINE_ENUM_TYPE (KrAuditAction,
                    kr_audit_action,
                    G_DEFINE_ENUM_VALUE (KR_AUDIT_ACTION_INSERT, "insert"),
                    G_DEFINE_ENUM_VALUE (KR_AUDIT_ACTION_UPDATE, "update"),
                    G_DEFINE_ENUM_VALUE (KR_AUDIT_ACTION_DELETE, "delete"))

static const char *const action_codes[] = {
  [KR_AUDIT_ACTION_INSERT] = "insert",
  [KR_AUDIT_ACTION_UPDATE] = "update",
  [KR_AUDIT_ACTION_DELETE] = "delete",
};

static const char *const action_labels[] = {
  [KR_AUDIT_ACTION_INSERT] = N_ ("Added"),
  [KR_AUDIT_ACTION_UPDATE] = N_ ("Changed"),
  [KR_AUDIT_ACTION_DELETE] = N_ ("Deleted"),
};

const char *
kr_audit_action_get_code (KrAuditAction action)
{
  if (action < KR_AUDIT_ACTION_INSERT || action > KR_AUDIT_ACTION_DELETE)
    return NULL;
  return action_codes[action];
}

gboolean
kr_audit_action_from_code (const char *code, KrAuditAction *action)
{
  g_return_val_if_fail (action != NULL, FALSE);

  for (KrAuditAction a = KR_AUDIT_ACTION_INSERT; a <= KR_AUDIT_ACTION_DELETE; a++)
    {
      if (g_strcmp0 (code, action_codes[a]) == 0)
        {
          *action = a;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
kr_audit_action_get_label (KrAuditAction action)
{
  g_return_val_if_fail (action >= KR_AUDIT_ACTION_INSERT && action <= KR_AUDIT_ACTION_DELETE, NULL);

  return _ (action_labels[action]);
}

/* Changes */

G_DEFINE_BOXED_TYPE (KrAuditChange, kr_audit_change, kr_audit_change_copy, kr_audit_change_free)

KrAuditChange *
kr_audit_change_copy (const KrAuditChange *self)
{
  KrAuditChange *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (KrAuditChange, 1);
  copy->field = g_strdup (self->field);
  copy->old_value = g_strdup (self->old_value);
  copy->new_value = g_strdup (self->new_value);
  return copy;
}

void
kr_audit_change_free (KrAuditChange *self)
{
  if (self == NULL)
    return;
  g_free (self->field);
  g_free (self->old_value);
  g_free (self->new_value);
  g_free (self);
}

/* Entries */

struct _KrAuditEntry
{
  GObject parent_instance;

  gint64 id;
  char *at;
  GDateTime *time; /* parsed from at when first asked for */
  gint64 account_id;
  char *user_name;
  KrAuditAction action;
  char *entity;
  gint64 entity_id;
  gint64 employee_id;
  char *changes;
  char *prev_hash;
  char *hash;
};

G_DEFINE_FINAL_TYPE (KrAuditEntry, kr_audit_entry, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_AT,
  PROP_ACCOUNT_ID,
  PROP_USER_NAME,
  PROP_ACTION,
  PROP_ENTITY,
  PROP_ENTITY_ID,
  PROP_EMPLOYEE_ID,
  PROP_CHANGES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kr_audit_entry_finalize (GObject *object)
{
  KrAuditEntry *self = KR_AUDIT_ENTRY (object);

  g_clear_pointer (&self->at, g_free);
  g_clear_pointer (&self->time, g_date_time_unref);
  g_clear_pointer (&self->user_name, g_free);
  g_clear_pointer (&self->entity, g_free);
  g_clear_pointer (&self->changes, g_free);
  g_clear_pointer (&self->prev_hash, g_free);
  g_clear_pointer (&self->hash, g_free);

  G_OBJECT_CLASS (kr_audit_entry_parent_class)->finalize (object);
}

static void
kr_audit_entry_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KrAuditEntry *self = KR_AUDIT_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_AT:
      g_value_set_string (value, self->at);
      break;
    case PROP_ACCOUNT_ID:
      g_value_set_int64 (value, self->account_id);
      break;
    case PROP_USER_NAME:
      g_value_set_string (value, self->user_name);
      break;
    case PROP_ACTION:
      g_value_set_enum (value, self->action);
      break;
    case PROP_ENTITY:
      g_value_set_string (value, self->entity);
      break;
    case PROP_ENTITY_ID:
      g_value_set_int64 (value, self->entity_id);
      break;
    case PROP_EMPLOYEE_ID:
      g_value_set_int64 (value, self->employee_id);
      break;
    case PROP_CHANGES:
      g_value_set_string (value, self->changes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_audit_entry_class_init (KrAuditEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kr_audit_entry_finalize;
  object_class->get_property = kr_audit_entry_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_AT] = g_param_spec_string ("at", NULL, NULL, NULL, flags);
  properties[PROP_ACCOUNT_ID] =
      g_param_spec_int64 ("account-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_USER_NAME] = g_param_spec_string ("user-name", NULL, NULL, NULL, flags);
  properties[PROP_ACTION] =
      g_param_spec_enum ("action", NULL, NULL, KR_TYPE_AUDIT_ACTION, KR_AUDIT_ACTION_INSERT, flags);
  properties[PROP_ENTITY] = g_param_spec_string ("entity", NULL, NULL, NULL, flags);
  properties[PROP_ENTITY_ID] =
      g_param_spec_int64 ("entity-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_EMPLOYEE_ID] =
      g_param_spec_int64 ("employee-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_CHANGES] = g_param_spec_string ("changes", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kr_audit_entry_init (KrAuditEntry *self)
{
}

/* A column's text; "" for NULL in columns the schema keeps NOT NULL, which only a record
 * edited behind Karier's back lacks. */
static char *
dup_column (sqlite3_stmt *stmt, int column, gboolean nullable)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return g_strdup (text != NULL || nullable ? text : "");
}

KrAuditEntry *
_kr_audit_entry_new_from_row (sqlite3_stmt *stmt)
{
  KrAuditEntry *self = g_object_new (KR_TYPE_AUDIT_ENTRY, NULL);
  KrAuditAction action = 0;

  self->id = sqlite3_column_int64 (stmt, KR_AUDIT_COLUMN_ID);
  self->at = dup_column (stmt, KR_AUDIT_COLUMN_AT, FALSE);
  self->account_id = sqlite3_column_int64 (stmt, KR_AUDIT_COLUMN_ACCOUNT_ID);
  self->user_name = dup_column (stmt, KR_AUDIT_COLUMN_USER_NAME, TRUE);
  if (kr_audit_action_from_code ((const char *) sqlite3_column_text (stmt, KR_AUDIT_COLUMN_ACTION),
                                 &action))
    self->action = action;
  self->entity = dup_column (stmt, KR_AUDIT_COLUMN_ENTITY, FALSE);
  self->entity_id = sqlite3_column_int64 (stmt, KR_AUDIT_COLUMN_ENTITY_ID);
  self->employee_id = sqlite3_column_int64 (stmt, KR_AUDIT_COLUMN_EMPLOYEE_ID);
  self->changes = dup_column (stmt, KR_AUDIT_COLUMN_CHANGES, FALSE);
  self->prev_hash = dup_column (stmt, KR_AUDIT_COLUMN_PREV_HASH, FALSE);
  self->hash = dup_column (stmt, KR_AUDIT_COLUMN_HASH, FALSE);
  return self;
}

gint64
kr_audit_entry_get_id (KrAuditEntry *self)
{
  g_return_val_if_fail (KR_IS_AUDIT_ENTRY (self), 0);

  return self->id;
}

const char *
kr_audit_entry_get_at (KrAuditEntry *self)
{
  g_return_val_if_fail (KR_IS_AUDIT_ENTRY (self), NULL);

  return self->at;
}

GDateTime *
kr_audit_entry_get_time (KrAuditEntry *self)
{
  g_return_val_if_fail (KR_IS_AUDIT_ENTRY (self), NULL);

  if (self->time == NULL)
    self->time = g_date_time_new_from_iso8601 (self->at, NULL);
  return self->time;
}

gint64
kr_audit_entry_get_account_id (KrAuditEntry *self)
{
  g_return_val_if_fail (KR_IS_AUDIT_ENTRY (self), 0);

  return self->account_id;
}

const char *
kr_audit_entry_get_user_name (KrAuditEntry *self)
{
  g_return_val_if_fail (KR_IS_AUDIT_ENTRY (self), NULL);

  return self->user_name;
}

KrAuditAction
kr_audit_entry_get_action (KrAuditEntry *self)
{
  g_return_val_if_fail (KR_IS_AUDIT_ENTRY (self), 0);

  return self->action;
}

const char *
kr_audit_entry_get_entity (KrAuditEntry *self)
{
  g_return_val_if_fail (KR_IS_AUDIT_ENTRY (self), NULL);

  return self->entity;
}

gint64
kr_audit_entry_get_entity_id (KrAuditEntry *self)
{
  g_return_val_if_fail (KR_IS_AUDIT_ENTRY (self), 0);

  return self->entity_id;
}

gint64
kr_audit_entry_get_employee_id (KrAuditEntry *self)
{
  g_return_val_if_fail (KR_IS_AUDIT_ENTRY (self), 0);

  return self->employee_id;
}

const char *
kr_audit_entry_get_changes (KrAuditEntry *self)
{
  g_return_val_if_fail (KR_IS_AUDIT_ENTRY (self), NULL);

  return self->changes;
}

const char *
kr_audit_entry_get_prev_hash (KrAuditEntry *self)
{
  g_return_val_if_fail (KR_IS_AUDIT_ENTRY (self), NULL);

  return self->prev_hash;
}

const char *
kr_audit_entry_get_hash (KrAuditEntry *self)
{
  g_return_val_if_fail (KR_IS_AUDIT_ENTRY (self), NULL);

  return self->hash;
}

/* A JSON value as text for people; NULL for null. */
static char *
dup_node_text (JsonNode *node)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  if (JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (node))
    {
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          return g_strdup (json_node_get_string (node));
        case G_TYPE_INT64:
          return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
        case G_TYPE_DOUBLE:
          return g_strdup (g_ascii_dtostr (number, sizeof number, json_node_get_double (node)));
        case G_TYPE_BOOLEAN:
          return g_strdup (json_node_get_boolean (node) ? "true" : "false");
        default:
          break;
        }
    }
  return json_to_string (node, FALSE);
}

static gboolean
add_change (GPtrArray *changes, const char *field, JsonNode *pair)
{
  KrAuditChange *change;
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (pair))
    return FALSE;
  array = json_node_get_array (pair);
  if (json_array_get_length (array) != 2)
    return FALSE;
  change = g_new0 (KrAuditChange, 1);
  change->field = g_strdup (field);
  change->old_value = dup_node_text (json_array_get_element (array, 0));
  change->new_value = dup_node_text (json_array_get_element (array, 1));
  g_ptr_array_add (changes, change);
  return TRUE;
}

GPtrArray *
kr_audit_entry_dup_changes (KrAuditEntry *self, GError **error)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GPtrArray) changes = NULL;
  g_autoptr (GList) members = NULL;
  JsonObject *object;
  JsonNode *root;

  g_return_val_if_fail (KR_IS_AUDIT_ENTRY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_audit_change_free);
  root = json_parser_load_from_data (parser, self->changes, -1, NULL)
             ? json_parser_get_root (parser)
             : NULL;
  if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
    {
      object = json_node_get_object (root);
      members = json_object_get_members (object);
      for (GList *l = members; l != NULL; l = l->next)
        {
          if (!add_change (changes, l->data, json_object_get_member (object, l->data)))
            break;
        }
      if (changes->len == g_list_length (members))
        return g_steal_pointer (&changes);
    }
  g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
               _ ("The audit record %lld holds changes that cannot be read; verify the audit "
                  "trail"),
               (long long) self->id);
  return NULL;
}
