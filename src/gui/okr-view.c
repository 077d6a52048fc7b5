/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "okr-view.h"

G_DEFINE_INTERFACE (OkrView, okr_view, GTK_TYPE_WIDGET)

static void
okr_view_default_init (OkrViewInterface *iface)
{
}

void
okr_view_update (OkrView *self, OkrWindow *window)
{
  g_return_if_fail (OKR_IS_VIEW (self));

  if (OKR_VIEW_GET_IFACE (self)->update != NULL)
    OKR_VIEW_GET_IFACE (self)->update (self, window);
}
