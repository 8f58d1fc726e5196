/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-text"

#include "config.h"

#include "kr-text.h"

#include <string.h>

#include "kr-error.h"
#include "kr-i18n.h"

gboolean
kr_text_check_length (const char *text, guint max_chars, const char *label, GError **error)
{
  const char *start, *end;
  glong n_chars;

  g_return_val_if_fail (label != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (text == NULL)
    return TRUE;
  /* Bytes bound characters from above: most texts need no count. */
  if (strlen (text) <= max_chars)
    return TRUE;

  for (start = text; g_ascii_isspace (*start); start++)
    ;
  for (end = start + strlen (start); end > start && g_ascii_isspace (end[-1]); end--)
    ;
  n_chars = g_utf8_strlen (start, end - start);
  if (n_chars <= (glong) max_chars)
    return TRUE;
  g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
               /* Translators: the first %s is a field's name, such as “Name” */
               ngettext ("%s: use at most %u character; this has %ld",
                         "%s: use at most %u characters; this has %ld", max_chars),
               label, max_chars, (long) n_chars);
  return FALSE;
}
