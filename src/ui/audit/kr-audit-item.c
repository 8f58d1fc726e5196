/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-audit-item"

#include "config.h"

#include "kr-audit-item.h"

#include <glib/gi18n.h>

#include "kr-account-repository.h"
#include "kr-audit-format.h"
#include "kr-audit.h"
#include "kr-employee-repository.h"
#include "kr-nip.h"
#include "kr-unit-repository.h"

/* At most this many fields make up the one-line summary. */
#define SUMMARY_FIELDS 4

struct _KrAuditItem
{
  GObject parent_instance;

  KrAuditEntry *entry;
  char *time_text;
  char *full_time_text;
  char *action_text;
  char *entity_text;
  char *subject_text;
  char *what_text;
  char *summary_text;
  GPtrArray *changes;
};

G_DEFINE_FINAL_TYPE (KrAuditItem, kr_audit_item, G_TYPE_OBJECT)

static void
item_change_free (KrAuditItemChange *change)
{
  g_free (change->field);
  g_free (change->label);
  g_free (change->old_text);
  g_free (change->new_text);
  g_free (change);
}

/* Names */

struct _KrAuditNames
{
  KrEmployeeRepository *employees;
  KrUnitRepository *units;
  KrAccountRepository *accounts;
  /* gint64 id -> char *name, or NULL when it could not be read; one table per kind. */
  GHashTable *tables[4];
};

enum
{
  TABLE_EMPLOYEE,
  TABLE_UNIT,
  TABLE_POSITION,
  TABLE_ACCOUNT,
};

KrAuditNames *
kr_audit_names_new (KrDatabase *database)
{
  KrAuditNames *names = g_new0 (KrAuditNames, 1);

  g_return_val_if_fail (KR_IS_DATABASE (database), NULL);

  names->employees = kr_employee_repository_new (database);
  names->units = kr_unit_repository_new (database);
  names->accounts = kr_account_repository_new (database);
  for (guint i = 0; i < G_N_ELEMENTS (names->tables); i++)
    names->tables[i] = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  return names;
}

void
kr_audit_names_free (KrAuditNames *names)
{
  if (names == NULL)
    return;

  g_clear_object (&names->employees);
  g_clear_object (&names->units);
  g_clear_object (&names->accounts);
  for (guint i = 0; i < G_N_ELEMENTS (names->tables); i++)
    g_hash_table_unref (names->tables[i]);
  g_free (names);
}

static char *
read_employee (KrAuditNames *names, gint64 id)
{
  g_autoptr (KrEmployee) employee = kr_employee_repository_get (names->employees, id, NULL);
  g_autofree char *nip = NULL;

  if (employee == NULL)
    return NULL;
  nip = kr_nip_format_digits (kr_employee_get_nip (employee));
  /* Translators: an employee in the audit trail, “Siti Aminah · 19900315 201403 2 002” */
  return g_strdup_printf (_ ("%s · %s"), kr_employee_get_name (employee), nip != NULL ? nip : "");
}

static char *
read_unit (KrAuditNames *names, gint64 id)
{
  g_autoptr (KrUnit) unit = kr_unit_repository_get (names->units, id, NULL);

  return unit != NULL ? g_strdup (unit->name) : NULL;
}

static char *
read_position (KrAuditNames *names, gint64 id)
{
  KrPositionRecord *position = kr_unit_repository_get_position (names->units, id, NULL);
  char *name;

  if (position == NULL)
    return NULL;
  name = g_strdup (position->name);
  kr_position_record_free (position);
  return name;
}

static char *
read_account (KrAuditNames *names, gint64 id)
{
  KrAccount *account = kr_account_repository_get (names->accounts, id, NULL);
  char *name;

  if (account == NULL)
    return NULL;
  name = g_strdup (account->user_name);
  kr_account_free (account);
  return name;
}

/* The name of row @id of the kind @table, or NULL when it is gone or may not be read. */
static const char *
lookup (KrAuditNames *names, guint table, gint64 id)
{
  static char *(*const readers[]) (KrAuditNames *, gint64) = {
    [TABLE_EMPLOYEE] = read_employee,
    [TABLE_UNIT] = read_unit,
    [TABLE_POSITION] = read_position,
    [TABLE_ACCOUNT] = read_account,
  };
  gpointer value;

  if (names == NULL || id <= 0)
    return NULL;
  if (!g_hash_table_lookup_extended (names->tables[table], &id, NULL, &value))
    {
      value = readers[table](names, id);
      g_hash_table_insert (names->tables[table], g_memdup2 (&id, sizeof id), value);
    }
  return value;
}

/* Changes */

static char *
format_value (KrAuditNames *names, const char *entity, const char *field, const char *value)
{
  static const guint tables[] = {
    [KR_AUDIT_REFERENCE_UNIT] = TABLE_UNIT,
    [KR_AUDIT_REFERENCE_POSITION] = TABLE_POSITION,
    [KR_AUDIT_REFERENCE_EMPLOYEE] = TABLE_EMPLOYEE,
  };
  KrAuditReference reference = kr_audit_format_get_reference (entity, field);
  const char *name;

  if (value != NULL && reference != KR_AUDIT_REFERENCE_NONE &&
      (name = lookup (names, tables[reference], g_ascii_strtoll (value, NULL, 10))) != NULL)
    return g_strdup (name);
  return kr_audit_format_value (entity, field, value);
}

static GPtrArray *
build_changes (KrAuditEntry *entry, KrAuditNames *names)
{
  const char *entity = kr_audit_entry_get_entity (entry);
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) item_change_free);
  g_autoptr (GPtrArray) raw = NULL;
  g_autoptr (GError) error = NULL;

  raw = kr_audit_entry_dup_changes (entry, &error);
  if (raw == NULL)
    {
      g_debug ("Record %" G_GINT64_FORMAT ": %s", kr_audit_entry_get_id (entry), error->message);
      return changes;
    }
  for (guint i = 0; i < raw->len; i++)
    {
      KrAuditChange *from = g_ptr_array_index (raw, i);
      KrAuditItemChange *change;

      /* A history row added or deleted names its employee, whom the record names already. */
      if (g_strcmp0 (from->field, "employee_id") == 0 &&
          kr_audit_entry_get_employee_id (entry) != 0 &&
          (from->old_value == NULL || from->new_value == NULL))
        continue;
      change = g_new0 (KrAuditItemChange, 1);

      change->field = g_strdup (from->field);
      change->label = g_strdup (kr_audit_format_field_label (entity, from->field));
      if (g_strcmp0 (from->new_value, KR_AUDIT_REDACTED) == 0 ||
          g_strcmp0 (from->old_value, KR_AUDIT_REDACTED) == 0)
        /* A secret: that it changed is all the log tells. */
        change->new_text = kr_audit_format_value (entity, from->field, KR_AUDIT_REDACTED);
      else
        {
          change->old_text = format_value (names, entity, from->field, from->old_value);
          change->new_text = format_value (names, entity, from->field, from->new_value);
          /* A field emptied or filled in by a change: "—" stands for the nothing. */
          if (kr_audit_entry_get_action (entry) == KR_AUDIT_ACTION_UPDATE)
            {
              if (change->old_text == NULL)
                change->old_text = g_strdup ("—");
              if (change->new_text == NULL)
                change->new_text = g_strdup ("—");
            }
        }
      g_ptr_array_add (changes, change);
    }
  return changes;
}

/* "old → new", "new" or "old", with "—" for nothing. */
static char *
change_values (const KrAuditItemChange *change)
{
  if (change->old_text != NULL && change->new_text != NULL)
    return g_strdup_printf ("%s → %s", change->old_text, change->new_text);
  if (change->old_text == NULL && change->new_text == NULL)
    return g_strdup ("—");
  return g_strdup (change->new_text != NULL ? change->new_text : change->old_text);
}

static char *
build_summary (GPtrArray *changes)
{
  GString *summary = g_string_new (NULL);

  for (guint i = 0; i < changes->len && i < SUMMARY_FIELDS; i++)
    {
      const KrAuditItemChange *change = g_ptr_array_index (changes, i);
      g_autofree char *values = change_values (change);

      if (i > 0)
        g_string_append (summary, "; ");
      /* Translators: a changed field in the audit trail list, “Phone: 0812 → 0813” */
      g_string_append_printf (summary, _ ("%s: %s"), change->label, values);
    }
  if (changes->len > SUMMARY_FIELDS)
    g_string_append (summary, "; …");
  return g_string_free (summary, FALSE);
}

char *
kr_audit_item_change_to_markup (const KrAuditItemChange *change)
{
  g_autofree char *label = NULL;
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;

  g_return_val_if_fail (change != NULL, NULL);

  label = g_markup_escape_text (change->label, -1);
  old_text = change->old_text != NULL ? g_markup_escape_text (change->old_text, -1) : NULL;
  new_text = change->new_text != NULL ? g_markup_escape_text (change->new_text, -1) : NULL;
  /* The value before is dimmed, so that the eye lands on what the field holds now. */
  if (old_text != NULL && new_text != NULL)
    return g_strdup_printf ("<b>%s</b>  <span alpha=\"60%%\">%s</span>  →  %s", label, old_text,
                            new_text);
  if (old_text != NULL)
    return g_strdup_printf ("<b>%s</b>  <span alpha=\"60%%\"><s>%s</s></span>", label, old_text);
  return g_strdup_printf ("<b>%s</b>  %s", label, new_text != NULL ? new_text : "—");
}

/* The subject */

/* The value @field had in @changes, before or after, for a row that no longer exists. */
static const char *
find_value (GPtrArray *changes, const char *field)
{
  for (guint i = 0; i < changes->len; i++)
    {
      const KrAuditItemChange *change = g_ptr_array_index (changes, i);

      if (g_strcmp0 (change->field, field) == 0)
        return change->new_text != NULL ? change->new_text : change->old_text;
    }
  return NULL;
}

static char *
build_subject (KrAuditEntry *entry, KrAuditNames *names, GPtrArray *changes)
{
  const char *entity = kr_audit_entry_get_entity (entry);
  gint64 employee_id = kr_audit_entry_get_employee_id (entry);
  gint64 id = kr_audit_entry_get_entity_id (entry);
  const char *name = NULL;

  if (employee_id != 0)
    name = lookup (names, TABLE_EMPLOYEE, employee_id);
  else if (g_strcmp0 (entity, "unit") == 0)
    name = lookup (names, TABLE_UNIT, id);
  else if (g_strcmp0 (entity, "position") == 0)
    name = lookup (names, TABLE_POSITION, id);
  else if (g_strcmp0 (entity, "account") == 0)
    name = lookup (names, TABLE_ACCOUNT, id);
  if (name != NULL)
    return g_strdup (name);

  /* Gone: the record itself may still say what it was. */
  if (g_strcmp0 (entity, "employee") == 0 && find_value (changes, "name") != NULL)
    return g_strdup_printf (_ ("%s · %s"), find_value (changes, "name"),
                            find_value (changes, "nip") != NULL ? find_value (changes, "nip") : "");
  if (employee_id == 0 && find_value (changes, "name") != NULL)
    return g_strdup (find_value (changes, "name"));
  if (employee_id == 0 && find_value (changes, "user_name") != NULL)
    return g_strdup (find_value (changes, "user_name"));
  {
    g_autofree char *number =
        g_strdup_printf ("%" G_GINT64_FORMAT, employee_id != 0 ? employee_id : id);

    /* Translators: a row the audit trail can only name by its number, “#42” */
    return g_strdup_printf (_ ("#%s"), number);
  }
}

KrAuditItem *
kr_audit_item_new (KrAuditEntry *entry, KrAuditNames *names)
{
  KrAuditItem *self;
  const char *entity_label;

  g_return_val_if_fail (KR_IS_AUDIT_ENTRY (entry), NULL);

  self = g_object_new (KR_TYPE_AUDIT_ITEM, NULL);
  self->entry = g_object_ref (entry);
  self->time_text = kr_audit_format_time (kr_audit_entry_get_time (entry), FALSE);
  if (self->time_text == NULL)
    self->time_text = g_strdup (kr_audit_entry_get_at (entry));
  self->full_time_text = kr_audit_format_time (kr_audit_entry_get_time (entry), TRUE);
  if (self->full_time_text == NULL)
    self->full_time_text = g_strdup (kr_audit_entry_get_at (entry));
  self->action_text = g_strdup (kr_audit_entry_get_action (entry) != 0
                                    ? kr_audit_action_get_label (kr_audit_entry_get_action (entry))
                                    : "?");
  entity_label = kr_audit_entity_get_label (kr_audit_entry_get_entity (entry));
  self->entity_text =
      g_strdup (entity_label != NULL ? entity_label : kr_audit_entry_get_entity (entry));
  self->changes = build_changes (entry, names);
  self->subject_text = build_subject (entry, names, self->changes);
  /* Translators: what an audit record is about, “Rank history · Siti Aminah · 19900315…” */
  self->what_text = g_strdup_printf (_ ("%s · %s"), self->entity_text, self->subject_text);
  self->summary_text = build_summary (self->changes);
  return self;
}

/* Getters */

KrAuditEntry *
kr_audit_item_get_entry (KrAuditItem *self)
{
  g_return_val_if_fail (KR_IS_AUDIT_ITEM (self), NULL);

  return self->entry;
}

gint64
kr_audit_item_get_id (KrAuditItem *self)
{
  g_return_val_if_fail (KR_IS_AUDIT_ITEM (self), 0);

  return kr_audit_entry_get_id (self->entry);
}

const char *
kr_audit_item_get_time_text (KrAuditItem *self)
{
  g_return_val_if_fail (KR_IS_AUDIT_ITEM (self), NULL);

  return self->time_text;
}

const char *
kr_audit_item_get_full_time_text (KrAuditItem *self)
{
  g_return_val_if_fail (KR_IS_AUDIT_ITEM (self), NULL);

  return self->full_time_text;
}

const char *
kr_audit_item_get_user_name (KrAuditItem *self)
{
  g_return_val_if_fail (KR_IS_AUDIT_ITEM (self), NULL);

  return kr_audit_entry_get_user_name (self->entry);
}

const char *
kr_audit_item_get_action_text (KrAuditItem *self)
{
  g_return_val_if_fail (KR_IS_AUDIT_ITEM (self), NULL);

  return self->action_text;
}

const char *
kr_audit_item_get_entity_text (KrAuditItem *self)
{
  g_return_val_if_fail (KR_IS_AUDIT_ITEM (self), NULL);

  return self->entity_text;
}

const char *
kr_audit_item_get_subject_text (KrAuditItem *self)
{
  g_return_val_if_fail (KR_IS_AUDIT_ITEM (self), NULL);

  return self->subject_text;
}

const char *
kr_audit_item_get_what_text (KrAuditItem *self)
{
  g_return_val_if_fail (KR_IS_AUDIT_ITEM (self), NULL);

  return self->what_text;
}

const char *
kr_audit_item_get_summary_text (KrAuditItem *self)
{
  g_return_val_if_fail (KR_IS_AUDIT_ITEM (self), NULL);

  return self->summary_text;
}

GPtrArray *
kr_audit_item_get_changes (KrAuditItem *self)
{
  g_return_val_if_fail (KR_IS_AUDIT_ITEM (self), NULL);

  return self->changes;
}

static void
kr_audit_item_finalize (GObject *object)
{
  KrAuditItem *self = KR_AUDIT_ITEM (object);

  g_clear_object (&self->entry);
  g_free (self->time_text);
  g_free (self->full_time_text);
  g_free (self->action_text);
  g_free (self->entity_text);
  g_free (self->subject_text);
  g_free (self->what_text);
  g_free (self->summary_text);
  g_clear_pointer (&self->changes, g_ptr_array_unref);

  G_OBJECT_CLASS (kr_audit_item_parent_class)->finalize (object);
}

static void
kr_audit_item_class_init (KrAuditItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kr_audit_item_finalize;
}

static void
kr_audit_item_init (KrAuditItem *self)
{
}
