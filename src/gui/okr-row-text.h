/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-row-text.h — a line or two of text for the rows of long lists */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OKR_TYPE_ROW_TEXT (okr_row_text_get_type ())
G_DECLARE_FINAL_TYPE (OkrRowText, okr_row_text, OKR, ROW_TEXT, GtkWidget)

GtkWidget  *okr_row_text_new            (void);
void        okr_row_text_set_text       (OkrRowText *self, const char *text);
const char *okr_row_text_get_text       (OkrRowText *self);
/* 1: one line, ellipsized; 2: wrapped into two lines at most, the second ellipsized. */
void        okr_row_text_set_lines      (OkrRowText *self, int lines);
/* Whether a text too wide for its room ends in "…" (else it asks for all its width). */
void        okr_row_text_set_ellipsize  (OkrRowText *self, gboolean ellipsize);
void        okr_row_text_set_xalign     (OkrRowText *self, float xalign);
/* The width of @n digits at least (−1: none), like GtkLabel:width-chars. */
void        okr_row_text_set_width_chars (OkrRowText *self, int n);
/* Digits of equal width, for numbers in columns. */
void        okr_row_text_set_tabular    (OkrRowText *self, gboolean tabular);
/* How many times this widget shaped its text (for tests). */
guint       okr_row_text_get_n_shaped   (OkrRowText *self);

G_END_DECLS
