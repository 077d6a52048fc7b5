/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-editor.h — what every editor window shares: a libadwaita form that checks what is
 * typed as it is typed, shows quality hints, and saves as one undo step */
#pragma once

#include <adwaita.h>

#include "okr-lint.h"
#include "okr-window.h"

G_BEGIN_DECLS

#define OKR_TYPE_EDITOR (okr_editor_get_type ())
G_DECLARE_DERIVABLE_TYPE (OkrEditor, okr_editor, OKR, EDITOR, AdwWindow)

struct _OkrEditorClass {
  AdwWindowClass parent_class;

  /* Checks the fields, shows their messages; FALSE when Save must wait. */
  gboolean (*validate)   (OkrEditor *self);
  /* Writes everything as one undo step; on failure nothing is written. */
  gboolean (*save)       (OkrEditor *self, GError **error);
  /* A hint's fix that the form itself can apply (set the owner field…). */
  void     (*apply_hint) (OkrEditor *self, OkrLintHint *hint);
};

OkrWindow    *okr_editor_get_window      (OkrEditor *self);
OkrStore     *okr_editor_get_store       (OkrEditor *self);
OkrRollup    *okr_editor_get_rollup      (OkrEditor *self);
OkrLint      *okr_editor_get_lint        (OkrEditor *self);
void          okr_editor_set_heading     (OkrEditor *self, const char *title,
                                          const char *subtitle);
void          okr_editor_present         (OkrEditor *self);
void          okr_editor_revalidate      (OkrEditor *self);
void          okr_editor_set_hints       (OkrEditor *self, GPtrArray *hints);
gboolean      okr_editor_save            (OkrEditor *self);
void          okr_editor_set_delete      (OkrEditor *self, const char *label,
                                          const char *action, const char *target);

/* Building the form */
AdwPreferencesGroup *okr_editor_add_group (OkrEditor *self, const char *title,
                                           const char *description);
AdwEntryRow  *okr_editor_add_entry       (OkrEditor *self, AdwPreferencesGroup *group,
                                          const char *name, const char *title,
                                          const char *text);
AdwComboRow  *okr_editor_add_combo       (OkrEditor *self, AdwPreferencesGroup *group,
                                          const char *name, const char *title,
                                          const char *subtitle, const char *const *labels,
                                          guint selected);
AdwComboRow  *okr_editor_add_person      (OkrEditor *self, AdwPreferencesGroup *group,
                                          const char *name, const char *title,
                                          gint64 person_id);
gint64        okr_editor_get_person      (AdwComboRow *row);
void          okr_editor_set_person      (AdwComboRow *row, gint64 person_id);
GtkSpinButton *okr_editor_add_spin       (OkrEditor *self, AdwPreferencesGroup *group,
                                          const char *name, const char *title,
                                          const char *subtitle, double min, double max,
                                          double step, int digits, double value);
GtkSwitch    *okr_editor_add_switch      (OkrEditor *self, AdwPreferencesGroup *group,
                                          const char *name, const char *title,
                                          const char *subtitle, gboolean active);
GtkTextBuffer *okr_editor_add_text       (OkrEditor *self, AdwPreferencesGroup *group,
                                          const char *name, const char *placeholder,
                                          const char *text);
AdwActionRow *okr_editor_add_message     (OkrEditor *self, AdwPreferencesGroup *group);

/* Field values and messages */
char         *okr_editor_dup_text        (AdwEntryRow *row);
gboolean      okr_editor_read_number     (AdwEntryRow *row, gboolean required, double *value,
                                          AdwActionRow *message);
void          okr_editor_show_message    (AdwActionRow *message, const char *text,
                                          gboolean is_error);
void          okr_editor_mark_row        (GtkWidget *row, gboolean is_error);
char         *okr_editor_format_number   (double value);

G_END_DECLS
