/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KR_ERROR (kr_error_quark ())

/**
 * KrError:
 * @KR_ERROR_INVALID: input that breaks a rule; the message names the field
 * @KR_ERROR_NOT_FOUND: the thing asked for does not exist
 * @KR_ERROR_CONFLICT: the change clashes with data already there (a duplicate NIP)
 * @KR_ERROR_PERMISSION_DENIED: the signed-in identity may not do this
 * @KR_ERROR_STORAGE: the database file could not be read or written
 * @KR_ERROR_NOT_A_DATABASE: the file is not a Karier database
 * @KR_ERROR_SCHEMA_TOO_NEW: the file was written by a newer Karier
 * @KR_ERROR_READ_ONLY: a write was asked of a database opened read-only
 *
 * The error codes of Karier's core. Every message is translated and says what the user
 * can do about it.
 */
typedef enum
{
  KR_ERROR_INVALID,
  KR_ERROR_NOT_FOUND,
  KR_ERROR_CONFLICT,
  KR_ERROR_PERMISSION_DENIED,
  KR_ERROR_STORAGE,
  KR_ERROR_NOT_A_DATABASE,
  KR_ERROR_SCHEMA_TOO_NEW,
  KR_ERROR_READ_ONLY,
} KrError;

GQuark kr_error_quark (void);

G_END_DECLS
