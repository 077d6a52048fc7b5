/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-choice-list.h — objectives to pick, each with a check box and its key results under
 * it: what the template and "copy from last cycle" windows show */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *okr_choice_list_add       (AdwPreferencesGroup *group, const char *title,
                                      const char *subtitle, gboolean active,
                                      GCallback toggled, gpointer data);
void       okr_choice_list_add_child (GtkWidget *choice, const char *title,
                                      const char *subtitle);
gboolean   okr_choice_list_is_active (GtkWidget *choice);
GtkWidget *okr_choice_window_new     (GtkWindow *parent, const char *title,
                                      const char *subtitle, const char *action_label,
                                      GtkWidget **action_button, AdwPreferencesPage **page);

G_END_DECLS
