/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "okr-search-hit.h"

struct _OkrSearchHit {
  GObject   parent_instance;

  OkrEntity entity;
  gint64    id;
  char     *title;
  gint64    unit_id;
  char     *unit_name;
  gint64    cycle_id;
  char     *cycle_name;
};

G_DEFINE_FINAL_TYPE (OkrSearchHit, okr_search_hit, G_TYPE_OBJECT)

static void
okr_search_hit_finalize (GObject *object)
{
  OkrSearchHit *self = OKR_SEARCH_HIT (object);

  g_free (self->title);
  g_free (self->unit_name);
  g_free (self->cycle_name);
  G_OBJECT_CLASS (okr_search_hit_parent_class)->finalize (object);
}

static void
okr_search_hit_class_init (OkrSearchHitClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = okr_search_hit_finalize;
}

static void
okr_search_hit_init (OkrSearchHit *self)
{
}

/* @cycle_id: 0 for a unit, which belongs to no cycle */
OkrSearchHit *
okr_search_hit_new (OkrEntity entity, gint64 id, const char *title, gint64 unit_id,
                    const char *unit_name, gint64 cycle_id, const char *cycle_name)
{
  OkrSearchHit *self = g_object_new (OKR_TYPE_SEARCH_HIT, NULL);

  self->entity = entity;
  self->id = id;
  self->title = g_strdup (title);
  self->unit_id = unit_id;
  self->unit_name = g_strdup (unit_name);
  self->cycle_id = cycle_id;
  self->cycle_name = g_strdup (cycle_name);
  return self;
}

OkrEntity
okr_search_hit_get_entity (OkrSearchHit *self)
{
  return self->entity;
}

gint64
okr_search_hit_get_id (OkrSearchHit *self)
{
  return self->id;
}

const char *
okr_search_hit_get_title (OkrSearchHit *self)
{
  return self->title;
}

gint64
okr_search_hit_get_unit_id (OkrSearchHit *self)
{
  return self->unit_id;
}

const char *
okr_search_hit_get_unit_name (OkrSearchHit *self)
{
  return self->unit_name;
}

gint64
okr_search_hit_get_cycle_id (OkrSearchHit *self)
{
  return self->cycle_id;
}

const char *
okr_search_hit_get_cycle_name (OkrSearchHit *self)
{
  return self->cycle_name;
}
