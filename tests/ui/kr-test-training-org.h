/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The organisation of the training UI tests, in a database file (the views read in workers
 * with connections of their own): the units and SQL helpers of tests/core's training fixture,
 * and this year's dates. */

#include "../core/test-training-units-fixture.h"

#include "kr-test-ui.h"
#include "kr-unit-repository.h"

typedef struct
{
  Fixture core;
  char *dir;
  KrUnitRepository *units;
  guint year;
} UiFixture;

static inline void
ui_fixture_set_up (UiFixture *fixture, gconstpointer data)
{
  Fixture *core = &fixture->core;
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  fixture->year = g_date_time_get_year (now);
  fixture->dir = kr_test_make_tmp_dir ("karier-training-ui-XXXXXX");
  path = g_build_filename (fixture->dir, "karier.db", NULL);
  core->db = kr_database_open (path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  core->repo = kr_training_repository_new (core->db);
  core->changed = g_array_new (FALSE, FALSE, sizeof (guint));
  fixture->units = kr_unit_repository_new (core->db);
  core->root = add_unit (core, 0, "KOTA", "Pemerintah Kota Contoh", "instansi");
  core->bkpsdm = add_unit (core, core->root, "BKPSDM", "BKPSDM", "perangkat_daerah");
  core->mutasi = add_unit (core, core->bkpsdm, "MUT", "Bidang Mutasi", "bidang");
  core->dinkes = add_unit (core, core->root, "DINKES", "Dinas Kesehatan", "perangkat_daerah");
  core->p_root = add_position (core, core->root, "Pengadministrasi Umum");
  core->p_bkpsdm = add_position (core, core->bkpsdm, "Analis SDM Aparatur");
  core->p_mutasi = add_position (core, core->mutasi, "Pengolah Data");
  core->p_dinkes = add_position (core, core->dinkes, "Perawat");
}

static inline void
ui_fixture_tear_down (UiFixture *fixture, gconstpointer data)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  kr_test_spin ();
  /* Let the timeouts of the widgets gone (a search entry's delay) run out. */
  {
    gint64 until = g_get_monotonic_time () + 300 * G_TIME_SPAN_MILLISECOND;

    while (g_get_monotonic_time () < until)
      g_main_context_iteration (NULL, FALSE);
  }
  g_array_unref (fixture->core.changed);
  g_assert_finalize_object (fixture->units);
  g_assert_finalize_object (fixture->core.repo);
  g_assert_finalize_object (fixture->core.db);
  kr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* "2026-03-01" for this year's @month and @day. */
static inline char *
this_year (UiFixture *fixture, guint month, guint day)
{
  return g_strdup_printf ("%u-%02u-%02u", fixture->year, month, day);
}

/* A window showing @child, presented and settled. */
static inline GtkWidget *
show_in_window (GtkWidget *child, int width, int height)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();

  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), child);
  adw_window_set_content (ADW_WINDOW (window), overlay);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  kr_test_settle (window);
  return window;
}
