/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-form-dialog.h — a message dialog that asks for a few fields (a reason, a prefilled
 * objective, a KPI's thresholds) before a change is made */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget  *okr_form_dialog_new       (GtkWidget *parent, const char *heading,
                                       const char *body, const char *accept_label);
GtkEntry   *okr_form_dialog_add_entry (GtkWidget *dialog, const char *label, const char *text,
                                       gboolean required);
const char *okr_form_dialog_get_text  (GtkWidget *dialog, guint index);

G_END_DECLS
