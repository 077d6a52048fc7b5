/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-text.h — comparing what people type: letter case, Unicode forms, Vietnamese tone marks */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *okr_text_fold            (const char *text);
char     *okr_text_fold_marks      (const char *text);
gboolean  okr_text_starts_with_word (const char *folded, const char *word);
gboolean  okr_text_contains_word   (const char *folded, const char *word);

G_END_DECLS
