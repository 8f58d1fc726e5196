/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-audit-item.h"

G_BEGIN_DECLS

#define KR_TYPE_AUDIT_RECORD_VIEW (kr_audit_record_view_get_type ())

G_DECLARE_FINAL_TYPE (KrAuditRecordView, kr_audit_record_view, KR, AUDIT_RECORD_VIEW, AdwBin)

/* One record of the audit trail in full: when, who, what, each changed field before and
 * after, and its place in the hash chain. */
GtkWidget *kr_audit_record_view_new (void);

/* Shows @item (NULL: asks to choose one); @broken marks it as where verification found the
 * chain broken. */
void kr_audit_record_view_set_item (KrAuditRecordView *self, KrAuditItem *item, gboolean broken);
KrAuditItem *kr_audit_record_view_get_item (KrAuditRecordView *self);

G_END_DECLS
