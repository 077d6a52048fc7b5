/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-schema.h — the tables of a document, described once for every generic operation
 * (edits and undo, export and import, merging, the hostile-file check) */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The number SQLite keeps in PRAGMA application_id: "OKRC". */
#define OKR_APPLICATION_ID 0x4F4B5243
/* The schema this build writes. Older files are migrated forward; newer ones refused. */
#define OKR_SCHEMA_VERSION 4

typedef enum {
  OKR_ENTITY_PERSON,
  OKR_ENTITY_UNIT,
  OKR_ENTITY_CYCLE,
  OKR_ENTITY_OBJECTIVE,
  OKR_ENTITY_KEY_RESULT,
  OKR_ENTITY_MILESTONE,
  OKR_ENTITY_INITIATIVE,
  OKR_ENTITY_SCORE,
  OKR_ENTITY_KPI,
  OKR_ENTITY_RETROSPECTIVE,
  /* append-only */
  OKR_ENTITY_CHECKIN,
  OKR_ENTITY_RETRACTION,
  OKR_ENTITY_KPI_READING,
  OKR_ENTITY_EVENT,
} OkrEntity;

#define OKR_ENTITY_N (OKR_ENTITY_EVENT + 1)

typedef enum {
  OKR_FIELD_TEXT,
  OKR_FIELD_REAL,
  OKR_FIELD_INT,
  OKR_FIELD_BOOL,
  OKR_FIELD_DATE,   /* TEXT 'YYYY-MM-DD' */
  OKR_FIELD_REF,    /* INTEGER id of a row in another (or the same) table */
} OkrFieldType;

typedef struct {
  const char  *name;       /* the column, and the key in JSON */
  OkrFieldType type;
  OkrEntity    ref;        /* for OKR_FIELD_REF */
  guint        nullable : 1;
  guint        immutable : 1; /* set once at creation (the row it belongs to) */
} OkrField;

typedef struct {
  OkrEntity       entity;
  const char     *table;
  gboolean        append_only;   /* no per-field stamps, no tombstone; stamp + device */
  const OkrField *fields;        /* excluding id and uuid; mutable tables end with "deleted" */
  guint           n_fields;
} OkrTableInfo;

const OkrTableInfo *okr_schema_get_table  (OkrEntity entity);
gboolean            okr_schema_has_stamp  (const OkrTableInfo *info, guint field);
const OkrField     *okr_schema_find_field (const OkrTableInfo *info, const char *name, guint *index);

/* The frozen SQL that brings a document from version - 1 to version. */
GBytes             *okr_schema_get_migration (int version);

G_END_DECLS
