/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "okr-json.h"

#define FLUSH_AT (64 * 1024)

struct _OkrJsonWriter {
  GOutputStream *out;
  GString       *buf;
  GArray        *first;         /* gboolean per open container: nothing written in it yet */
  guint          pretty_depth;  /* containers deeper than this are written on one line */
  gboolean       after_key;
  GError        *error;         /* the first write error; later writes are dropped */
};

OkrJsonWriter *
okr_json_writer_new (GOutputStream *out, guint pretty_depth)
{
  OkrJsonWriter *self = g_new0 (OkrJsonWriter, 1);

  self->out = g_object_ref (out);
  self->buf = g_string_sized_new (FLUSH_AT + 4096);
  self->first = g_array_new (FALSE, FALSE, sizeof (gboolean));
  self->pretty_depth = pretty_depth;
  return self;
}

void
okr_json_writer_free (OkrJsonWriter *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->out);
  g_string_free (self->buf, TRUE);
  g_array_unref (self->first);
  g_clear_error (&self->error);
  g_free (self);
}

static void
flush (OkrJsonWriter *self)
{
  if (self->error == NULL && self->buf->len > 0)
    g_output_stream_write_all (self->out, self->buf->str, self->buf->len, NULL, NULL,
                               &self->error);
  g_string_truncate (self->buf, 0);
}

gboolean
okr_json_writer_finish (OkrJsonWriter *self, GError **error)
{
  g_string_append_c (self->buf, '\n');
  flush (self);
  if (self->error == NULL)
    g_output_stream_flush (self->out, NULL, &self->error);
  if (self->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&self->error));
      return FALSE;
    }
  return TRUE;
}

/* A line break and indent inside a container at @depth (1 = the outermost); containers
 * deeper than pretty_depth stay on one line. */
static void
newline (OkrJsonWriter *self, guint depth)
{
  if (depth > self->pretty_depth)
    return;
  g_string_append_c (self->buf, '\n');
  for (guint i = 0; i < depth; i++)
    g_string_append (self->buf, "  ");
}

/* Before any value or key: the comma and line break its container needs. */
static void
before_item (OkrJsonWriter *self)
{
  if (self->after_key)
    {
      self->after_key = FALSE;
      return;
    }
  if (self->first->len == 0)
    return;

  gboolean *first = &g_array_index (self->first, gboolean, self->first->len - 1);
  if (!*first)
    g_string_append_c (self->buf, ',');
  *first = FALSE;
  newline (self, self->first->len);
  if (self->buf->len >= FLUSH_AT)
    flush (self);
}

static void
open_container (OkrJsonWriter *self, char c)
{
  gboolean yes = TRUE;

  before_item (self);
  g_string_append_c (self->buf, c);
  g_array_append_val (self->first, yes);
}

static void
close_container (OkrJsonWriter *self, char c)
{
  guint depth = self->first->len;
  gboolean empty;

  g_return_if_fail (depth > 0);
  empty = g_array_index (self->first, gboolean, depth - 1);
  g_array_set_size (self->first, depth - 1);
  if (!empty && depth <= self->pretty_depth)
    {
      g_string_append_c (self->buf, '\n');
      for (guint i = 0; i + 1 < depth; i++)
        g_string_append (self->buf, "  ");
    }
  g_string_append_c (self->buf, c);
}

void
okr_json_begin_object (OkrJsonWriter *self)
{
  open_container (self, '{');
}

void
okr_json_end_object (OkrJsonWriter *self)
{
  close_container (self, '}');
}

void
okr_json_begin_array (OkrJsonWriter *self)
{
  open_container (self, '[');
}

void
okr_json_end_array (OkrJsonWriter *self)
{
  close_container (self, ']');
}

static void
append_escaped (GString *buf, const char *s)
{
  g_string_append_c (buf, '"');
  for (const unsigned char *p = (const unsigned char *) s; *p; p++)
    {
      switch (*p)
        {
        case '"':
          g_string_append (buf, "\\\"");
          break;
        case '\\':
          g_string_append (buf, "\\\\");
          break;
        case '\n':
          g_string_append (buf, "\\n");
          break;
        case '\r':
          g_string_append (buf, "\\r");
          break;
        case '\t':
          g_string_append (buf, "\\t");
          break;
        default:
          if (*p < 0x20)
            g_string_append_printf (buf, "\\u%04x", *p);
          else
            g_string_append_c (buf, (char) *p);
        }
    }
  g_string_append_c (buf, '"');
}

void
okr_json_key (OkrJsonWriter *self, const char *key)
{
  before_item (self);
  append_escaped (self->buf, key);
  g_string_append (self->buf, self->first->len > self->pretty_depth ? ":" : ": ");
  self->after_key = TRUE;
}

void
okr_json_string (OkrJsonWriter *self, const char *value)
{
  if (value == NULL)
    {
      okr_json_null (self);
      return;
    }
  before_item (self);
  /* Invalid UTF-8 must not reach the file: it would make the JSON unreadable. */
  if (g_utf8_validate (value, -1, NULL))
    append_escaped (self->buf, value);
  else
    {
      g_autofree char *valid = g_utf8_make_valid (value, -1);
      append_escaped (self->buf, valid);
    }
}

/* The shortest text that reads back as the same double; NaN and infinities are null. */
void
okr_json_number (OkrJsonWriter *self, double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    {
      okr_json_null (self);
      return;
    }
  before_item (self);
  for (int precision = 15; precision <= 17; precision++)
    {
      char format[8];
      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buf, sizeof buf, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  g_string_append (self->buf, buf);
}

void
okr_json_int (OkrJsonWriter *self, gint64 value)
{
  before_item (self);
  g_string_append_printf (self->buf, "%" G_GINT64_FORMAT, value);
}

void
okr_json_bool (OkrJsonWriter *self, gboolean value)
{
  before_item (self);
  g_string_append (self->buf, value ? "true" : "false");
}

void
okr_json_null (OkrJsonWriter *self)
{
  before_item (self);
  g_string_append (self->buf, "null");
}
