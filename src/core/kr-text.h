/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The longest free text Karier stores, in characters, by what the text is. No official
 * form needs more; a longer value is a pasted document or a broken file, refused with the
 * field's name rather than stored. */

/** KR_TEXT_MAX_NAME: a person's name, a place, a title (gelar). */
#define KR_TEXT_MAX_NAME 150
/** KR_TEXT_MAX_CODE: a decree (SK) or certificate number, a phone number. */
#define KR_TEXT_MAX_CODE 100
/** KR_TEXT_MAX_LINE: a one-line text: an institution, a study programme, an award. */
#define KR_TEXT_MAX_LINE 250
/** KR_TEXT_MAX_EMAIL: an email address (RFC 5321). */
#define KR_TEXT_MAX_EMAIL 254
/** KR_TEXT_MAX_NOTE: a paragraph: an address, a sanction, a note. */
#define KR_TEXT_MAX_NOTE 2000

/**
 * kr_text_check_length:
 * @text: (nullable): the text, UTF-8; %NULL is empty
 * @max_chars: the most characters allowed, surrounding spaces not counted
 * @label: the field's translated name as the form shows it ("Name")
 * @error: return location for a %KR_ERROR_INVALID error that starts with @label
 *
 * Returns: %TRUE when @text, stripped, has at most @max_chars characters
 */
gboolean
kr_text_check_length (const char *text, guint max_chars, const char *label, GError **error);

G_END_DECLS
