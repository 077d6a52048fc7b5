/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-json.h — a small streaming JSON writer (large exports never sit in memory) */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _OkrJsonWriter OkrJsonWriter;

OkrJsonWriter *okr_json_writer_new    (GOutputStream *out, guint pretty_depth);
gboolean       okr_json_writer_finish (OkrJsonWriter *self, GError **error);
void           okr_json_writer_free   (OkrJsonWriter *self);

void okr_json_begin_object (OkrJsonWriter *self);
void okr_json_end_object   (OkrJsonWriter *self);
void okr_json_begin_array  (OkrJsonWriter *self);
void okr_json_end_array    (OkrJsonWriter *self);
void okr_json_key          (OkrJsonWriter *self, const char *key);
void okr_json_string       (OkrJsonWriter *self, const char *value);
void okr_json_number       (OkrJsonWriter *self, double value);
void okr_json_int          (OkrJsonWriter *self, gint64 value);
void okr_json_bool         (OkrJsonWriter *self, gboolean value);
void okr_json_null         (OkrJsonWriter *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OkrJsonWriter, okr_json_writer_free)

G_END_DECLS
