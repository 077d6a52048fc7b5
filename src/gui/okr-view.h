/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-view.h — a page of the window's content (objectives, dashboard, check-ins, …)
 *
 * The window owns the document, the cycle and the selected unit; each view shows them its
 * own way. The window calls update() whenever any of them changes, and views call back
 * into the window (okr-window.h) to read them or to select another unit.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct _OkrWindow OkrWindow;

#define OKR_TYPE_VIEW (okr_view_get_type ())
G_DECLARE_INTERFACE (OkrView, okr_view, OKR, VIEW, GtkWidget)

struct _OkrViewInterface {
  GTypeInterface parent_iface;

  void (*update) (OkrView *self, OkrWindow *window);
};

void okr_view_update (OkrView *self, OkrWindow *window);

G_END_DECLS
