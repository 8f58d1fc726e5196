/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-database.h"

G_BEGIN_DECLS

/* A file type offered in the save dialog: a name and the one pattern it matches. */
typedef struct
{
  const char *name;
  const char *pattern;
} KrExportFormat;

/* Called once the user has chosen where to save. */
typedef void (*KrExportChosenFunc) (GtkWidget *widget, const char *path);

/* Replaces *@chooser with a modal save dialog over @widget's window that offers @formats and
 * suggests @suggested_name; when a file is accepted, @chosen runs with its path. The dialog
 * clears *@chooser when it closes, so the owner can destroy a dialog still open. */
void kr_export_chooser_show (GtkWidget *widget,
                             GtkFileChooserNative **chooser,
                             const char *title,
                             const KrExportFormat *formats,
                             guint n_formats,
                             const char *suggested_name,
                             KrExportChosenFunc chosen);

/* Writes @path from @database, a read-only connection of the worker's own that reads as the
 * signed-in identity; fills @n_written where it counts what it wrote. Runs in a thread. */
typedef gboolean (*KrExportWriteFunc) (KrDatabase *database,
                                       const char *path,
                                       gpointer data,
                                       guint64 *n_written,
                                       GCancellable *cancellable,
                                       GError **error);

/* The toast's text (plain, not markup) once @name is written. */
typedef char *(*KrExportMessageFunc) (const char *name, guint64 n_written);

/* Runs @write in a worker over a connection to @database's file, as @database's identity,
 * so that a large export does not freeze the window. @data (freed with @data_free) goes to
 * @write. The GTask's source object is @widget and its source tag @source_tag; @done
 * receives it, or, when NULL, a toast built by @message or a dialog of the error shows. */
void kr_export_job_run (GtkWidget *widget,
                        KrDatabase *database,
                        const char *path,
                        KrExportWriteFunc write,
                        gpointer data,
                        GDestroyNotify data_free,
                        KrExportMessageFunc message,
                        gpointer source_tag,
                        GAsyncReadyCallback done,
                        gpointer user_data);

G_END_DECLS
