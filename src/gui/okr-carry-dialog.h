/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-carry-dialog.h — bringing objectives of the last cycle into this one */
#pragma once

#include <adwaita.h>

#include "okr-window.h"

G_BEGIN_DECLS

GtkWidget *okr_carry_dialog_new (OkrWindow *window);

G_END_DECLS
