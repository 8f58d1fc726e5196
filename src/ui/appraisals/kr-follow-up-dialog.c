/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-follow-up-dialog"

#include "config.h"

#include "kr-follow-up-dialog.h"

#include <glib/gi18n.h>

#include "kr-application.h"
#include "kr-appraisal-form.h"
#include "kr-appraisal-read-job.h"
#include "kr-nip.h"
#include "kr-export-job.h"
#include "kr-follow-up-print.h"
#include "kr-print-operation.h"

#define N_LISTS 2

/* One row of a list: what it shows, copied from its KrAppraisalRow. */
#define KR_TYPE_FOLLOW_UP_ITEM (kr_follow_up_item_get_type ())
G_DECLARE_FINAL_TYPE (KrFollowUpItem, kr_follow_up_item, KR, FOLLOW_UP_ITEM, GObject)

struct _KrFollowUpItem
{
  GObject parent_instance;

  char *name;
  char *detail;
  const char *predikat;
};

G_DEFINE_FINAL_TYPE (KrFollowUpItem, kr_follow_up_item, G_TYPE_OBJECT)

static void
kr_follow_up_item_finalize (GObject *object)
{
  KrFollowUpItem *self = KR_FOLLOW_UP_ITEM (object);

  g_free (self->name);
  g_free (self->detail);
  G_OBJECT_CLASS (kr_follow_up_item_parent_class)->finalize (object);
}

static void
kr_follow_up_item_class_init (KrFollowUpItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kr_follow_up_item_finalize;
}

static void
kr_follow_up_item_init (KrFollowUpItem *self)
{
}

static KrFollowUpItem *
item_new (const KrAppraisalRow *row)
{
  KrFollowUpItem *self = g_object_new (KR_TYPE_FOLLOW_UP_ITEM, NULL);
  g_autofree char *nip = row->nip != NULL ? kr_nip_format_digits (row->nip) : NULL;
  GString *detail = g_string_new (nip);

  for (guint i = 0; i < 2; i++)
    {
      const char *part = i == 0 ? row->position_name : row->unit_name;

      if (part == NULL || part[0] == '\0')
        continue;
      if (detail->len > 0)
        g_string_append (detail, " · ");
      g_string_append (detail, part);
    }
  self->name = g_strdup (row->name);
  self->detail = g_string_free (detail, FALSE);
  self->predikat = row->has_predikat ? kr_predikat_get_label (row->predikat) : "";
  return self;
}

/* The dialog */

typedef struct
{
  GPtrArray *rows; /* KrAppraisalRow, as read */
  GListStore *items;
  GtkStack *stack;
  GtkLabel *count_label;
  AdwViewStackPage *page;
} List;

struct _KrFollowUpDialog
{
  AdwWindow parent_instance;

  KrAppraisalRepository *repository;
  gint64 unit_id;
  guint year;
  guint period;
  char *period_label;
  GCancellable *cancellable;
  gboolean loading;
  List lists[N_LISTS];
  GtkFileChooserNative *chooser;
  /* The list the file chooser saves. */
  KrFollowUp chosen_list;

  AdwToastOverlay *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewStack *view_stack;
};

G_DEFINE_FINAL_TYPE (KrFollowUpDialog, kr_follow_up_dialog, ADW_TYPE_WINDOW)

static const char *const page_names[N_LISTS] = { "recognition", "development" };
/* Official terms: the file names follow the printed titles. */
static const char *const file_names[N_LISTS] = { "tindak-lanjut-penghargaan",
                                                 "tindak-lanjut-pengembangan" };

static void
show_toast (KrFollowUpDialog *self, const char *message)
{
  g_autofree char *markup = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (markup));
}

/* Reading, in a worker */

typedef struct
{
  gint64 unit_id;
  guint year;
  guint period;
} Request;

typedef struct
{
  GPtrArray *rows[N_LISTS];
} Lists;

static void
lists_free (Lists *lists)
{
  for (guint i = 0; i < N_LISTS; i++)
    g_clear_pointer (&lists->rows[i], g_ptr_array_unref);
  g_free (lists);
}

static gpointer
read_lists (KrAppraisalRepository *repository,
            gpointer data,
            GCancellable *cancellable,
            GError **error)
{
  const Request *request = data;
  Lists *lists = g_new0 (Lists, 1);

  for (guint i = 0; i < N_LISTS; i++)
    {
      lists->rows[i] = kr_appraisal_repository_list_follow_up (
          repository, request->unit_id, request->year, request->period, (KrFollowUp) i, error);
      if (lists->rows[i] == NULL)
        {
          lists_free (lists);
          return NULL;
        }
    }
  return lists;
}

static void
show_list (KrFollowUpDialog *self, KrFollowUp which, GPtrArray *rows)
{
  List *list = &self->lists[which];
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *count = NULL;
  g_autofree char *title = NULL;

  g_clear_pointer (&list->rows, g_ptr_array_unref);
  list->rows = g_ptr_array_ref (rows);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (items, item_new (g_ptr_array_index (rows, i)));
  g_list_store_splice (list->items, 0, g_list_model_get_n_items (G_LIST_MODEL (list->items)),
                       items->pdata, items->len);

  count = g_strdup_printf (ngettext ("%u employee", "%u employees", rows->len), rows->len);
  gtk_label_set_label (list->count_label, count);
  gtk_stack_set_visible_child_name (list->stack, rows->len > 0 ? "list" : "empty");
  /* Translators: a list's name, then how many it holds: "Recognition (12)" */
  title = g_strdup_printf (
      _ ("%s (%u)"), which == KR_FOLLOW_UP_RECOGNITION ? _ ("Recognition") : _ ("Development"),
      rows->len);
  adw_view_stack_page_set_title (list->page, title);
  for (guint i = 0; i < 3; i++)
    {
      const char *actions[] = { "follow-up.export-csv", "follow-up.print", "follow-up.export-pdf" };
      gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], TRUE);
    }
}

static void
read_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrFollowUpDialog *self = KR_FOLLOW_UP_DIALOG (source);
  g_autoptr (GError) error = NULL;
  Lists *lists = kr_appraisal_read_job_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self->loading = FALSE;
  if (lists == NULL)
    {
      show_toast (self, error->message);
      return;
    }
  for (guint i = 0; i < N_LISTS; i++)
    show_list (self, (KrFollowUp) i, lists->rows[i]);
  lists_free (lists);
}

static void
reload (KrFollowUpDialog *self)
{
  Request *request = g_new0 (Request, 1);

  self->loading = TRUE;
  request->unit_id = self->unit_id;
  request->year = self->year;
  request->period = self->period;
  kr_appraisal_read_job_run (self, self->repository, read_lists, request, g_free,
                             (GDestroyNotify) lists_free, self->cancellable, read_done_cb, NULL);
}

/* Exporting and printing the visible list */

static KrFollowUp
visible_list (KrFollowUpDialog *self)
{
  return g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), page_names[1]) == 0
             ? KR_FOLLOW_UP_DEVELOPMENT
             : KR_FOLLOW_UP_RECOGNITION;
}

typedef struct
{
  gint64 unit_id;
  guint year;
  guint period;
  KrFollowUp list;
  guint n_rows;
} CsvRequest;

static gboolean
write_csv (KrDatabase *database,
           const char *path,
           gpointer data,
           guint64 *n_written,
           GCancellable *cancellable,
           GError **error)
{
  const CsvRequest *request = data;
  g_autoptr (KrAppraisalRepository) repository = kr_appraisal_repository_new (database);

  if (!kr_appraisal_repository_export_follow_up (repository, request->unit_id, request->year,
                                                 request->period, request->list, path, error))
    return FALSE;
  *n_written = request->n_rows;
  return TRUE;
}

static void
csv_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrFollowUpDialog *self = KR_FOLLOW_UP_DIALOG (source);
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* Translators: why a CSV file could not be written */
      message = g_strdup_printf (_ ("Export failed: %s"), error->message);
      show_toast (self, message);
      return;
    }
  show_toast (self, _ ("List exported"));
}

static void
csv_chosen_cb (GtkWidget *widget, const char *path)
{
  KrFollowUpDialog *self = KR_FOLLOW_UP_DIALOG (widget);
  CsvRequest *request = g_new0 (CsvRequest, 1);

  request->unit_id = self->unit_id;
  request->year = self->year;
  request->period = self->period;
  request->list = self->chosen_list;
  request->n_rows =
      self->lists[request->list].rows != NULL ? self->lists[request->list].rows->len : 0;
  kr_export_job_run (widget, kr_appraisal_repository_get_database (self->repository), path,
                     write_csv, request, g_free, NULL, csv_done_cb, csv_done_cb, NULL);
}

static char *
suggest_name (KrFollowUpDialog *self, const char *extension)
{
  return g_strdup_printf ("%s-%u.%s", file_names[self->chosen_list], self->year, extension);
}

static void
export_csv_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrFollowUpDialog *self = KR_FOLLOW_UP_DIALOG (widget);
  const KrExportFormat formats[] = { { _ ("CSV files"), "*.csv" } };
  g_autofree char *name = NULL;

  self->chosen_list = visible_list (self);
  name = suggest_name (self, "csv");
  kr_export_chooser_show (widget, &self->chooser, _ ("Export List"), formats,
                          G_N_ELEMENTS (formats), name, csv_chosen_cb);
}

static KrPrintOperation *
new_print_operation (KrFollowUpDialog *self, KrFollowUp which)
{
  GApplication *application = g_application_get_default ();
  GSettings *settings = KR_IS_APPLICATION (application)
                            ? kr_application_get_settings (KR_APPLICATION (application))
                            : NULL;
  GPtrArray *rows = self->lists[which].rows;
  g_autoptr (GPtrArray) none = g_ptr_array_new ();
  KrDocument *document = kr_follow_up_print_new_document (
      which == KR_FOLLOW_UP_DEVELOPMENT, kr_appraisal_repository_get_database (self->repository),
      self->unit_id, self->year, self->period_label, rows != NULL ? rows : none);

  return kr_print_operation_new_for_document (GTK_WINDOW (self), document, settings);
}

static void
print_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrFollowUpDialog *self = KR_FOLLOW_UP_DIALOG (widget);
  g_autoptr (KrPrintOperation) operation = new_print_operation (self, visible_list (self));

  kr_print_operation_run_dialog (operation, GTK_WINDOW (self));
}

static void
pdf_chosen_cb (GtkWidget *widget, const char *path)
{
  KrFollowUpDialog *self = KR_FOLLOW_UP_DIALOG (widget);
  g_autoptr (KrPrintOperation) operation = new_print_operation (self, self->chosen_list);
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;

  if (!kr_print_operation_export_pdf (operation, path, &error))
    {
      message = g_strdup_printf (_ ("Export failed: %s"), error->message);
      show_toast (self, message);
      return;
    }
  show_toast (self, _ ("List exported"));
}

static void
export_pdf_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrFollowUpDialog *self = KR_FOLLOW_UP_DIALOG (widget);
  const KrExportFormat formats[] = { { _ ("PDF documents"), "*.pdf" } };
  g_autofree char *name = NULL;

  self->chosen_list = visible_list (self);
  name = suggest_name (self, "pdf");
  kr_export_chooser_show (widget, &self->chooser, _ ("Export as PDF"), formats,
                          G_N_ELEMENTS (formats), name, pdf_chosen_cb);
}

/* Building the pages */

static void
setup_item_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);
  GtkWidget *predikat = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_wrap (GTK_LABEL (detail), TRUE);
  gtk_widget_add_css_class (name, "heading");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (predikat, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (texts), name);
  gtk_box_append (GTK_BOX (texts), detail);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_box_append (GTK_BOX (box), predikat);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_item_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer user_data)
{
  KrFollowUpItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *texts = gtk_widget_get_first_child (box);
  GtkWidget *name = gtk_widget_get_first_child (texts);

  gtk_label_set_label (GTK_LABEL (name), item->name);
  gtk_label_set_label (GTK_LABEL (gtk_widget_get_next_sibling (name)), item->detail);
  gtk_label_set_label (GTK_LABEL (gtk_widget_get_last_child (box)), item->predikat);
}

static GtkWidget *
new_button (const char *label, const char *action_name)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  return button;
}

static GtkWidget *
build_header (List *list, const char *description)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *about = gtk_label_new (description);

  list->count_label = GTK_LABEL (gtk_label_new ("—"));
  gtk_label_set_xalign (list->count_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (list->count_label), "title-4");
  gtk_label_set_xalign (GTK_LABEL (about), 0);
  gtk_label_set_wrap (GTK_LABEL (about), TRUE);
  gtk_widget_add_css_class (about, "dim-label");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (list->count_label));
  gtk_box_append (GTK_BOX (texts), about);
  gtk_box_append (GTK_BOX (header), texts);
  gtk_box_append (GTK_BOX (header), new_button (_ ("Export _CSV…"), "follow-up.export-csv"));
  gtk_box_append (GTK_BOX (header), new_button (_ ("Export _PDF…"), "follow-up.export-pdf"));
  gtk_box_append (GTK_BOX (header), new_button (_ ("_Print…"), "follow-up.print"));
  return header;
}

static GtkWidget *
build_list_view (List *list, const char *accessible_label)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkSelectionModel *selection;
  GtkWidget *view, *scroll;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_item_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_item_cb), NULL);
  selection =
      GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_object_ref (list->items))));
  view = gtk_list_view_new (selection, factory);
  gtk_widget_add_css_class (view, "card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label, -1);
  scroll = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroll), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), view);
  gtk_widget_set_vexpand (scroll, TRUE);
  return scroll;
}

static void
build_page (KrFollowUpDialog *self, KrFollowUp which)
{
  List *list = &self->lists[which];
  gboolean development = which == KR_FOLLOW_UP_DEVELOPMENT;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *empty = adw_status_page_new ();

  list->items = g_list_store_new (KR_TYPE_FOLLOW_UP_ITEM);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_box_append (GTK_BOX (box),
                  build_header (list, development
                                          ? _ ("Butuh Perbaikan, Kurang/Misconduct and Sangat "
                                               "Kurang: coaching, mentoring or training")
                                          : _ ("Sangat Baik: candidates for awards and the "
                                               "talent pool")));
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "emblem-default-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _ ("Nobody on This List"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _ ("Only final evaluations of the period are listed."));
  list->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (list->stack), TRUE);
  gtk_stack_add_named (
      list->stack,
      build_list_view (list, development ? _ ("Development list") : _ ("Recognition list")),
      "list");
  gtk_stack_add_named (list->stack, empty, "empty");
  gtk_stack_set_visible_child_name (list->stack, "empty");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (list->stack));

  list->page = adw_view_stack_add_titled (self->view_stack, box, page_names[which],
                                          development ? _ ("Development") : _ ("Recognition"));
  adw_view_stack_page_set_icon_name (list->page,
                                     development ? "system-users-symbolic" : "starred-symbolic");
}

/* The object */

static void
kr_follow_up_dialog_dispose (GObject *object)
{
  KrFollowUpDialog *self = KR_FOLLOW_UP_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  for (guint i = 0; i < N_LISTS; i++)
    {
      g_clear_pointer (&self->lists[i].rows, g_ptr_array_unref);
      g_clear_object (&self->lists[i].items);
    }
  g_clear_object (&self->repository);
  g_clear_pointer (&self->period_label, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (object), KR_TYPE_FOLLOW_UP_DIALOG);

  G_OBJECT_CLASS (kr_follow_up_dialog_parent_class)->dispose (object);
}

static void
kr_follow_up_dialog_class_init (KrFollowUpDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_follow_up_dialog_dispose;

  gtk_widget_class_set_template_from_resource (
      widget_class, "/io/github/karier/Karier/appraisals/kr-follow-up-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KrFollowUpDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KrFollowUpDialog, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, KrFollowUpDialog, view_stack);

  gtk_widget_class_install_action (widget_class, "follow-up.export-csv", NULL,
                                   export_csv_action_cb);
  gtk_widget_class_install_action (widget_class, "follow-up.export-pdf", NULL,
                                   export_pdf_action_cb);
  gtk_widget_class_install_action (widget_class, "follow-up.print", NULL, print_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "follow-up.print",
                                       NULL);
}

static void
kr_follow_up_dialog_init (KrFollowUpDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  build_page (self, KR_FOLLOW_UP_RECOGNITION);
  build_page (self, KR_FOLLOW_UP_DEVELOPMENT);
  /* Until the lists are read. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "follow-up.export-csv", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "follow-up.export-pdf", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "follow-up.print", FALSE);
}

GtkWidget *
kr_follow_up_dialog_new (GtkWindow *parent,
                         KrAppraisalRepository *repository,
                         gint64 unit_id,
                         guint year,
                         guint period)
{
  g_autofree char *subtitle = NULL;
  KrAppraisalCycle cycle = KR_APPRAISAL_CYCLE_DEFAULT;
  KrFollowUpDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (repository), NULL);
  g_return_val_if_fail (unit_id > 0, NULL);

  self = g_object_new (KR_TYPE_FOLLOW_UP_DIALOG, "transient-for", parent, NULL);
  self->repository = g_object_ref (repository);
  self->unit_id = unit_id;
  self->year = year;
  self->period = period;
  kr_appraisal_repository_get_cycle (repository, unit_id, &cycle, NULL);
  self->period_label = kr_appraisal_period_dup_label (cycle, period);

  subtitle = kr_appraisal_form_dup_period_title (repository, unit_id, year, period);
  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), _ ("Follow-Up"));
  reload (self);
  return GTK_WIDGET (self);
}

guint
kr_follow_up_dialog_get_count (KrFollowUpDialog *self, KrFollowUp list)
{
  g_return_val_if_fail (KR_IS_FOLLOW_UP_DIALOG (self), 0);
  g_return_val_if_fail (list < N_LISTS, 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->lists[list].items));
}

gboolean
kr_follow_up_dialog_get_loading (KrFollowUpDialog *self)
{
  g_return_val_if_fail (KR_IS_FOLLOW_UP_DIALOG (self), FALSE);

  return self->loading;
}
