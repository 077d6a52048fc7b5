/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-people-window.h — everyone in the document, to add, edit or remove */
#pragma once

#include <adwaita.h>

#include "okr-window.h"

G_BEGIN_DECLS

GtkWidget *okr_people_window_new (OkrWindow *window);

G_END_DECLS
