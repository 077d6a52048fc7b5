/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "okr-text.h"

/**
 * okr_text_fold:
 *
 * @text for comparing: composed (NFC, so a tone mark typed as a separate character
 * compares equal to the precomposed letter), lower-cased, with runs of white space made
 * one space and none at either end. "  Tăng  TRƯỞNG " → "tăng trưởng".
 */
char *
okr_text_fold (const char *text)
{
  g_autofree char *composed = NULL;
  g_autofree char *lower = NULL;
  GString *out;
  gboolean space = FALSE;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return g_strdup ("");
  composed = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
  lower = g_utf8_strdown (composed, -1);
  out = g_string_sized_new (strlen (lower));
  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      if (g_unichar_isspace (ch))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, ch);
    }
  return g_string_free (out, FALSE);
}

/**
 * okr_text_fold_marks:
 *
 * Like okr_text_fold(), and without accents and tone marks: Vietnamese typed without
 * them ("trien khai") matches the same words written with them ("triển khai"), and "đ"
 * is "d".
 */
char *
okr_text_fold_marks (const char *text)
{
  g_autofree char *folded = okr_text_fold (text);
  g_autofree char *decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFD);
  GString *out = g_string_sized_new (strlen (decomposed));

  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      if (g_unichar_ismark (ch))
        continue;
      g_string_append_unichar (out, ch == 0x0111 ? 'd' : ch);
    }
  return g_string_free (out, FALSE);
}

static gboolean
is_word_char (const char *p)
{
  gunichar ch = g_utf8_get_char (p);
  return g_unichar_isalnum (ch) || g_unichar_ismark (ch);
}

/* @word (folded the same way) at @at, followed by the end or by a character that is not
 * part of a word: "launch" starts "launch the app" but not "launched" or "launchpad". */
static gboolean
word_at (const char *at, const char *word)
{
  size_t len = strlen (word);

  return strncmp (at, word, len) == 0 && (at[len] == '\0' || !is_word_char (at + len));
}

gboolean
okr_text_starts_with_word (const char *folded, const char *word)
{
  g_return_val_if_fail (folded != NULL && word != NULL, FALSE);
  return word_at (folded, word);
}

gboolean
okr_text_contains_word (const char *folded, const char *word)
{
  g_return_val_if_fail (folded != NULL && word != NULL, FALSE);

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    if ((p == folded || !is_word_char (g_utf8_prev_char (p))) && word_at (p, word))
      return TRUE;
  return FALSE;
}
