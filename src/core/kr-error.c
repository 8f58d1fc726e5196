/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-error"

#include "config.h"

#include "kr-error.h"

/* clang-format off */
G_DEFINE_QUARK (kr-error-quark, kr_error)
/* clang-format on */
