/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "okr-changes.h"

struct _OkrChanges {
  OkrEntity entity;
  GArray   *items;   /* Item */
};

typedef struct {
  guint    field;
  OkrValue value;
} Item;

void
okr_value_clear (OkrValue *value)
{
  if (value->type == OKR_VALUE_TEXT)
    g_free (value->s);
  value->type = OKR_VALUE_NULL;
  value->i = 0;
}

void
okr_value_copy (const OkrValue *src, OkrValue *dest)
{
  *dest = *src;
  if (src->type == OKR_VALUE_TEXT)
    dest->s = g_strdup (src->s);
}

gboolean
okr_value_equal (const OkrValue *a, const OkrValue *b)
{
  if (a->type != b->type)
    return FALSE;
  switch (a->type)
    {
    case OKR_VALUE_NULL:
      return TRUE;
    case OKR_VALUE_INT:
      return a->i == b->i;
    case OKR_VALUE_REAL:
      return a->d == b->d || (isnan (a->d) && isnan (b->d));
    case OKR_VALUE_TEXT:
      return g_strcmp0 (a->s, b->s) == 0;
    default:
      g_assert_not_reached ();
    }
}

static void
item_clear (gpointer data)
{
  okr_value_clear (&((Item *) data)->value);
}

OkrChanges *
okr_changes_new (OkrEntity entity)
{
  g_return_val_if_fail (entity < OKR_ENTITY_N, NULL);

  OkrChanges *self = g_new0 (OkrChanges, 1);
  self->entity = entity;
  self->items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (self->items, item_clear);
  return self;
}

void
okr_changes_free (OkrChanges *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->items);
  g_free (self);
}

OkrEntity
okr_changes_get_entity (const OkrChanges *self)
{
  return self->entity;
}

guint
okr_changes_get_length (const OkrChanges *self)
{
  return self->items->len;
}

const OkrValue *
okr_changes_get (const OkrChanges *self, guint i, guint *field_index)
{
  g_return_val_if_fail (i < self->items->len, NULL);

  Item *item = &g_array_index (self->items, Item, i);
  if (field_index != NULL)
    *field_index = item->field;
  return &item->value;
}

const OkrValue *
okr_changes_lookup (const OkrChanges *self, const char *field)
{
  const OkrTableInfo *info = okr_schema_get_table (self->entity);
  guint index;

  if (okr_schema_find_field (info, field, &index) == NULL)
    return NULL;
  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);
      if (item->field == index)
        return &item->value;
    }
  return NULL;
}

/* Setting a field twice keeps the last value, so callers can build changes freely. */
void
okr_changes_set_value (OkrChanges *self, guint field_index, const OkrValue *value)
{
  const OkrTableInfo *info = okr_schema_get_table (self->entity);

  g_return_if_fail (field_index < info->n_fields);

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);
      if (item->field == field_index)
        {
          okr_value_clear (&item->value);
          okr_value_copy (value, &item->value);
          return;
        }
    }

  Item item = { .field = field_index };
  okr_value_copy (value, &item.value);
  g_array_append_val (self->items, item);
}

static guint
field_index_checked (OkrChanges *self, const char *field, OkrFieldType expected)
{
  const OkrTableInfo *info = okr_schema_get_table (self->entity);
  guint index;
  const OkrField *f = okr_schema_find_field (info, field, &index);

  if (f == NULL || f->type != expected)
    {
      g_critical ("%s has no field %s of the type being set", info->table, field);
      return G_MAXUINT;
    }
  return index;
}

void
okr_changes_set_text (OkrChanges *self, const char *field, const char *text)
{
  guint index = field_index_checked (self, field, OKR_FIELD_TEXT);
  if (index == G_MAXUINT)
    return;
  OkrValue v = { .type = text != NULL ? OKR_VALUE_TEXT : OKR_VALUE_NULL, .s = (char *) text };

  okr_changes_set_value (self, index, &v);
}

void
okr_changes_set_real (OkrChanges *self, const char *field, double value)
{
  guint index = field_index_checked (self, field, OKR_FIELD_REAL);
  if (index == G_MAXUINT)
    return;
  OkrValue v = { .type = OKR_VALUE_REAL, .d = value };

  okr_changes_set_value (self, index, &v);
}

void
okr_changes_set_int (OkrChanges *self, const char *field, gint64 value)
{
  guint index = field_index_checked (self, field, OKR_FIELD_INT);
  if (index == G_MAXUINT)
    return;
  OkrValue v = { .type = OKR_VALUE_INT, .i = value };

  okr_changes_set_value (self, index, &v);
}

void
okr_changes_set_bool (OkrChanges *self, const char *field, gboolean value)
{
  guint index = field_index_checked (self, field, OKR_FIELD_BOOL);
  if (index == G_MAXUINT)
    return;
  OkrValue v = { .type = OKR_VALUE_INT, .i = value ? 1 : 0 };

  okr_changes_set_value (self, index, &v);
}

void
okr_changes_set_date (OkrChanges *self, const char *field, OkrDate date)
{
  guint index = field_index_checked (self, field, OKR_FIELD_DATE);
  if (index == G_MAXUINT)
    return;
  char buf[11];
  OkrValue v = { .type = OKR_VALUE_TEXT, .s = buf };

  okr_date_write_iso (date, buf);
  okr_changes_set_value (self, index, &v);
}

void
okr_changes_set_ref (OkrChanges *self, const char *field, gint64 id)
{
  guint index = field_index_checked (self, field, OKR_FIELD_REF);
  if (index == G_MAXUINT)
    return;
  OkrValue v = { .type = id > 0 ? OKR_VALUE_INT : OKR_VALUE_NULL, .i = id };

  okr_changes_set_value (self, index, &v);
}

void
okr_changes_set_null (OkrChanges *self, const char *field)
{
  const OkrTableInfo *info = okr_schema_get_table (self->entity);
  guint index;
  OkrValue v = { .type = OKR_VALUE_NULL };

  if (okr_schema_find_field (info, field, &index) == NULL)
    {
      g_critical ("%s has no field %s", info->table, field);
      return;
    }
  okr_changes_set_value (self, index, &v);
}
