/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-template-dialog.h — inserting a department's starter OKRs into the selected unit */
#pragma once

#include <adwaita.h>

#include "okr-window.h"

G_BEGIN_DECLS

GtkWidget *okr_template_dialog_new (OkrWindow *window);

G_END_DECLS
