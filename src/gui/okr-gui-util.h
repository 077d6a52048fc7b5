/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-gui-util.h — small helpers the widgets share */
#pragma once

#include <gtk/gtk.h>

#include "okr-store.h"
#include "okr-types.h"

G_BEGIN_DECLS

const char *okr_status_css_class (OkrStatus status);
void        okr_widget_set_status_class (GtkWidget *widget, OkrStatus status);
gint64      okr_gui_get_me              (OkrStore *store);

G_END_DECLS
