/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-search.c — an in-memory index of every title, folded once, so that each key typed in
 * the search box is a scan of plain strings: a company of 25,000 objectives and key
 * results answers in a few milliseconds without touching the file. */
#include "config.h"

#include <string.h>

#include "okr-search.h"
#include "okr-store-private.h"
#include "okr-text.h"

typedef struct {
  OkrEntity entity;
  gint64    id;
  char     *title;
  char     *folded;     /* without case or marks: "tang truong" finds "Tăng trưởng" */
  gint64    unit_id;
  guint     unit;       /* index into names */
  gint64    cycle_id;
  guint     cycle;      /* index into names, or G_MAXUINT */
} Entry;

struct _OkrSearch {
  GObject    parent_instance;

  GArray    *entries;   /* Entry */
  GPtrArray *names;     /* unit and cycle names, shared by the entries */
};

G_DEFINE_FINAL_TYPE (OkrSearch, okr_search, G_TYPE_OBJECT)

static void
entry_clear (gpointer data)
{
  Entry *e = data;

  g_free (e->title);
  g_free (e->folded);
}

static void
okr_search_finalize (GObject *object)
{
  OkrSearch *self = OKR_SEARCH (object);

  g_array_unref (self->entries);
  g_ptr_array_unref (self->names);
  G_OBJECT_CLASS (okr_search_parent_class)->finalize (object);
}

static void
okr_search_class_init (OkrSearchClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = okr_search_finalize;
}

static void
okr_search_init (OkrSearch *self)
{
  self->entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  g_array_set_clear_func (self->entries, entry_clear);
  self->names = g_ptr_array_new_with_free_func (g_free);
}

/* Each distinct name once; units and cycles are few next to the titles. */
static guint
intern_name (OkrSearch *self, GHashTable *seen, const char *name)
{
  gpointer index;

  if (name == NULL)
    return G_MAXUINT;
  if (g_hash_table_lookup_extended (seen, name, NULL, &index))
    return GPOINTER_TO_UINT (index);
  g_ptr_array_add (self->names, g_strdup (name));
  g_hash_table_insert (seen, self->names->pdata[self->names->len - 1],
                       GUINT_TO_POINTER (self->names->len - 1));
  return self->names->len - 1;
}

/* Units first, then objectives and KRs of every cycle, newest cycle first. */
static const char index_sql[] =
  "SELECT * FROM ("
  "SELECT 1 AS kind, u.id AS id, u.name, u.id, u.name, NULL, NULL, '' AS start "
  "FROM units u WHERE u.deleted = 0 "
  "UNION ALL "
  "SELECT 3, o.id, o.title, u.id, u.name, c.id, c.name, c.start_date FROM objectives o "
  "JOIN units u ON u.id = o.unit_id AND u.deleted = 0 "
  "JOIN cycles c ON c.id = o.cycle_id AND c.deleted = 0 WHERE o.deleted = 0 "
  "UNION ALL "
  "SELECT 4, k.id, k.title, u.id, u.name, c.id, c.name, c.start_date FROM key_results k "
  "JOIN objectives o ON o.id = k.objective_id AND o.deleted = 0 "
  "JOIN units u ON u.id = o.unit_id AND u.deleted = 0 "
  "JOIN cycles c ON c.id = o.cycle_id AND c.deleted = 0 WHERE k.deleted = 0) "
  "ORDER BY kind != 1, start DESC, kind, id";

/**
 * okr_search_new:
 *
 * Reads every live title of the document once. Make a new one after the document
 * changes.
 */
OkrSearch *
okr_search_new (OkrStore *store, GError **error)
{
  g_autoptr(OkrSearch) self = g_object_new (OKR_TYPE_SEARCH, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  OkrDb *db = _okr_store_get_db (store);
  sqlite3_stmt *stmt = okr_db_prepare (db, index_sql, error);
  gboolean has_row;

  g_return_val_if_fail (OKR_IS_STORE (store), NULL);
  if (stmt == NULL)
    return NULL;
  while (okr_db_step (db, stmt, &has_row, error) && has_row)
    {
      int kind = sqlite3_column_int (stmt, 0);
      Entry e = {
        .entity = kind == 1 ? OKR_ENTITY_UNIT
                : kind == 3 ? OKR_ENTITY_OBJECTIVE : OKR_ENTITY_KEY_RESULT,
        .id = sqlite3_column_int64 (stmt, 1),
        .title = g_strdup ((const char *) sqlite3_column_text (stmt, 2)),
        .unit_id = sqlite3_column_int64 (stmt, 3),
        .cycle_id = sqlite3_column_int64 (stmt, 5),
      };

      e.folded = okr_text_fold_marks (e.title);
      e.unit = intern_name (self, seen, (const char *) sqlite3_column_text (stmt, 4));
      e.cycle = intern_name (self, seen, (const char *) sqlite3_column_text (stmt, 6));
      g_array_append_val (self->entries, e);
    }
  if (error != NULL && *error != NULL)
    return NULL;
  sqlite3_reset (stmt);
  return g_steal_pointer (&self);
}

static gboolean
matches (const Entry *e, char **words)
{
  for (guint w = 0; words[w] != NULL; w++)
    if (*words[w] != '\0' && strstr (e->folded, words[w]) == NULL)
      return FALSE;
  return TRUE;
}

static OkrSearchHit *
make_hit (OkrSearch *self, const Entry *e)
{
  return okr_search_hit_new (e->entity, e->id, e->title, e->unit_id,
                             e->unit != G_MAXUINT ? self->names->pdata[e->unit] : NULL,
                             e->cycle_id,
                             e->cycle != G_MAXUINT ? self->names->pdata[e->cycle] : NULL);
}

/* Whether every word appears as typed, tone marks and all (any case): "tăng" is then
 * found in "Tăng trưởng" before "Hạ tầng". */
static gboolean
matches_marks (const Entry *e, char **words)
{
  g_autofree char *normal = g_utf8_normalize (e->title, -1, G_NORMALIZE_NFC);
  g_autofree char *title = g_utf8_casefold (normal, -1);

  for (guint w = 0; words[w] != NULL; w++)
    if (*words[w] != '\0' && strstr (title, words[w]) == NULL)
      return FALSE;
  return TRUE;
}

/**
 * okr_search_query:
 * @text: words that must all appear in a title, in any case, with or without tone marks
 * @prefer_cycle_id: the cycle shown, whose objectives and KRs come first after the units
 * @limit: at most this many hits
 *
 * Returns: (transfer full) (element-type OkrSearchHit): titles with the words as typed (tone
 *   marks and all) before those that only match without marks; in each, units, then
 *   objectives and key results of @prefer_cycle_id, then those of other cycles, newest first
 */
GPtrArray *
okr_search_query (OkrSearch *self, const char *text, gint64 prefer_cycle_id, guint limit)
{
  GPtrArray *hits = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *folded = okr_text_fold_marks (text);
  g_autofree char *normal = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
  g_autofree char *cased = g_utf8_casefold (normal != NULL ? normal : "", -1);
  g_auto(GStrv) words = g_strsplit (folded, " ", -1);
  g_auto(GStrv) marked_words = g_strsplit (cased, " ", -1);
  gboolean has_marks = g_strcmp0 (folded, cased) != 0;
  /* as typed and preferred, as typed in other cycles, then the same without marks */
  GPtrArray *buckets[4];

  g_return_val_if_fail (OKR_IS_SEARCH (self), hits);
  if (*folded == '\0')
    return hits;

  for (guint b = 0; b < G_N_ELEMENTS (buckets); b++)
    buckets[b] = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->entries->len && buckets[0]->len < limit; i++)
    {
      const Entry *e = &g_array_index (self->entries, Entry, i);
      guint b;

      if (!matches (e, words))
        continue;
      b = (e->entity == OKR_ENTITY_UNIT || e->cycle_id == prefer_cycle_id) ? 0 : 1;
      if (has_marks && !matches_marks (e, marked_words))
        b += 2;
      if (buckets[b]->len < limit)
        g_ptr_array_add (buckets[b], make_hit (self, e));
    }
  for (guint b = 0; b < G_N_ELEMENTS (buckets); b++)
    {
      for (guint i = 0; i < buckets[b]->len && hits->len < limit; i++)
        g_ptr_array_add (hits, g_object_ref (buckets[b]->pdata[i]));
      g_ptr_array_unref (buckets[b]);
    }
  return hits;
}
