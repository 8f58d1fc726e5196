/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Core code translates with the program's domain; core never calls textdomain(),
 * the programs do (main.c, tool/main.c). */
#include <glib/gi18n-lib.h>
