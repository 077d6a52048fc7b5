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
/* A tooltip for a widget of a list row, made for each row and changed each time the row is
 * bound: the text is kept and handed to GTK when it asks for it. NULL: no tooltip. */
void        okr_widget_set_row_tooltip  (GtkWidget *widget, const char *text);
/* Any other widget's tooltip (and accessible description), as gtk_widget_set_tooltip_text ()
 * gives, without asking the display about a widget not yet on screen. */
void        okr_widget_set_tooltip      (GtkWidget *widget, const char *text);
/* The text either gave, or NULL. */
const char *okr_widget_get_tooltip      (GtkWidget *widget);

G_END_DECLS
