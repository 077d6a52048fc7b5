/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-changes.h — field values to write into one row of one table */
#pragma once

#include "okr-date.h"
#include "okr-schema.h"

G_BEGIN_DECLS

typedef enum {
  OKR_VALUE_NULL,
  OKR_VALUE_INT,
  OKR_VALUE_REAL,
  OKR_VALUE_TEXT,
} OkrValueType;

typedef struct {
  OkrValueType type;
  union {
    gint64 i;
    double d;
    char  *s;
  };
} OkrValue;

void     okr_value_clear (OkrValue *value);
void     okr_value_copy  (const OkrValue *src, OkrValue *dest);
gboolean okr_value_equal (const OkrValue *a, const OkrValue *b);

typedef struct _OkrChanges OkrChanges;

OkrChanges *okr_changes_new        (OkrEntity entity);
void        okr_changes_free       (OkrChanges *changes);
OkrEntity   okr_changes_get_entity (const OkrChanges *changes);
guint       okr_changes_get_length (const OkrChanges *changes);
const OkrValue *okr_changes_get    (const OkrChanges *changes, guint i, guint *field_index);
const OkrValue *okr_changes_lookup (const OkrChanges *changes, const char *field);

void okr_changes_set_text  (OkrChanges *changes, const char *field, const char *text);
void okr_changes_set_real  (OkrChanges *changes, const char *field, double value);
void okr_changes_set_int   (OkrChanges *changes, const char *field, gint64 value);
void okr_changes_set_bool  (OkrChanges *changes, const char *field, gboolean value);
void okr_changes_set_date  (OkrChanges *changes, const char *field, OkrDate date);
void okr_changes_set_ref   (OkrChanges *changes, const char *field, gint64 id);
void okr_changes_set_null  (OkrChanges *changes, const char *field);
void okr_changes_set_value (OkrChanges *changes, guint field_index, const OkrValue *value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OkrChanges, okr_changes_free)

G_END_DECLS
