/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-language.h — translate into another language than the interface's, for a while
 *
 * The all-hands deck is made in the language of the audience, which need not be the one
 * the leader reads Cascade in. gettext has no per-call language, so for the time of a
 * render the process's language is switched: LANGUAGE is set, and GNU gettext's catalogue
 * counter is bumped so that it drops the translations it has cached. Everything translated
 * between push and pop (chart words, dates, numbers) comes out in the chosen language.
 * Only for a short, synchronous render on the main thread: other threads translating at
 * the same time would see the switched language.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _OkrLanguageScope OkrLanguageScope;

/* Call once, right after textdomain (), before anything is translated. GLib decides at its
 * first translation whether to translate at all, and caches the answer: in an English
 * environment on the C.UTF-8 locale it decides not to, which would keep a Vietnamese deck
 * in English. This makes it decide while the locale is "C", where it keeps translating. */
void              okr_language_prepare (void);

/* @language: "en", "vi", …; NULL or "" keeps the current one. */
OkrLanguageScope *okr_language_push (const char *language);
void              okr_language_pop  (OkrLanguageScope *scope);
/* Whether Cascade has this language ("en" or a language with a catalogue). */
gboolean          okr_language_is_known (const char *language);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OkrLanguageScope, okr_language_pop)

G_END_DECLS
