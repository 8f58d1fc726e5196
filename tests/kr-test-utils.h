/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Makes a fresh folder in the temporary directory from @tmpl ("kr-thing-XXXXXX"). */
char *kr_test_make_tmp_dir (const char *tmpl);

/* Removes @path and everything below it, failing the test when anything cannot be
 * removed (a file left behind means something still holds it). */
void kr_test_remove_tree (const char *path);

G_END_DECLS
