/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-password-fields"

#include "config.h"

#include "kr-password-fields.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kr-account.h"

AdwEntryRow *
kr_password_fields_find_error (AdwEntryRow *password_row,
                               AdwEntryRow *repeat_row,
                               GHashTable *touched,
                               gboolean touched_only,
                               char **message)
{
  g_autoptr (GError) error = NULL;
  const char *password;
  const char *repeat;

  g_return_val_if_fail (ADW_IS_ENTRY_ROW (password_row), NULL);
  g_return_val_if_fail (ADW_IS_ENTRY_ROW (repeat_row), NULL);
  g_return_val_if_fail (touched != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);

  password = gtk_editable_get_text (GTK_EDITABLE (password_row));
  repeat = gtk_editable_get_text (GTK_EDITABLE (repeat_row));
  *message = NULL;
  if (!kr_account_check_password (password, &error) &&
      (!touched_only || g_hash_table_contains (touched, password_row)))
    {
      *message = g_strdup (error->message);
      return password_row;
    }
  if (g_strcmp0 (password, repeat) != 0 &&
      (!touched_only ||
       (g_hash_table_contains (touched, repeat_row) &&
        (!g_str_has_prefix (password, repeat) || strlen (repeat) >= strlen (password)))))
    {
      *message = g_strdup (_ ("The two passwords are not the same"));
      return repeat_row;
    }
  return NULL;
}
