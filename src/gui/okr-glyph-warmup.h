/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-glyph-warmup.h — the letters of the first window, drawn ahead on another thread */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Starts, once per process, a thread that draws the letters of the first window's text
 * styles, so that the window finds them in cairo's caches, shared by every thread. Call it
 * once GTK has started: the styles are worked out from its settings. */
void       okr_glyph_warmup_start (void);

/* The fonts the thread draws, as @settings make the window's text styles
 * (PangoFontDescription, absolute sizes). */
GPtrArray *okr_glyph_warmup_fonts (GtkSettings *settings);

/* Waits for the thread to end (for tests); the cairo fonts it drew its letters with, held for
 * the rest of the process (cairo_scaled_font_t), or NULL if it was never started. */
GPtrArray *okr_glyph_warmup_join  (void);

G_END_DECLS
