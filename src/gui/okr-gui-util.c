/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "okr-gui-util.h"

static const char *status_classes[OKR_STATUS_N] = {
  [OKR_STATUS_NOT_STARTED] = "status-not-started",
  [OKR_STATUS_OFF_TRACK] = "status-off-track",
  [OKR_STATUS_AT_RISK] = "status-at-risk",
  [OKR_STATUS_ON_TRACK] = "status-on-track",
  [OKR_STATUS_DONE] = "status-done",
};

const char *
okr_status_css_class (OkrStatus status)
{
  g_return_val_if_fail (status < OKR_STATUS_N, NULL);
  return status_classes[status];
}

/* Replaces whichever status class the widget had: rows are recycled. */
void
okr_widget_set_status_class (GtkWidget *widget, OkrStatus status)
{
  for (guint i = 0; i < OKR_STATUS_N; i++)
    if (i != status)
      gtk_widget_remove_css_class (widget, status_classes[i]);
  gtk_widget_add_css_class (widget, status_classes[status]);
}
