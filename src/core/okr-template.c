/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-template.c — reading templates and inserting them into a unit
 *
 * A template is a JSON file, one per department and language:
 *
 *   { "format": "cascade-template", "id": "sales", "lang": "en", "order": 1,
 *     "name": "Sales", "description": "…",
 *     "objectives": [ { "title": "…", "description": "…", "aspirational": false,
 *                       "key_results": [ { "title": "…", "kind": "currency",
 *                                          "baseline": 0, "target": 1200000,
 *                                          "unit_label": "$", "direction": "above",
 *                                          "weight": 1, "milestones": ["…"] } ] } ] }
 *
 * It is read with SQLite's JSON functions, as the document import is: no other parser.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <sqlite3.h>

#include "okr-store-edits.h"
#include "okr-store-outline.h"
#include "okr-template.h"

#define FORMAT_NAME "cascade-template"

typedef struct {
  char        *title;
  OkrKrKind    kind;
  double       baseline;
  double       target;
  char        *unit_label;
  OkrDirection direction;
  double       weight;
  GStrv        milestones;
} TemplateKr;

typedef struct {
  char      *title;
  char      *description;
  gboolean   aspirational;
  GPtrArray *key_results;  /* TemplateKr */
} TemplateObjective;

struct _OkrTemplate {
  GObject    parent_instance;

  char      *id;
  char      *lang;
  char      *name;
  char      *description;
  int        order;
  GPtrArray *objectives;   /* TemplateObjective */
};

G_DEFINE_FINAL_TYPE (OkrTemplate, okr_template, G_TYPE_OBJECT)

static void
template_kr_free (gpointer data)
{
  TemplateKr *k = data;

  g_free (k->title);
  g_free (k->unit_label);
  g_strfreev (k->milestones);
  g_free (k);
}

static void
template_objective_free (gpointer data)
{
  TemplateObjective *o = data;

  g_free (o->title);
  g_free (o->description);
  g_ptr_array_unref (o->key_results);
  g_free (o);
}

static void
okr_template_finalize (GObject *object)
{
  OkrTemplate *self = OKR_TEMPLATE (object);

  g_free (self->id);
  g_free (self->lang);
  g_free (self->name);
  g_free (self->description);
  g_ptr_array_unref (self->objectives);
  G_OBJECT_CLASS (okr_template_parent_class)->finalize (object);
}

static void
okr_template_class_init (OkrTemplateClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = okr_template_finalize;
}

static void
okr_template_init (OkrTemplate *self)
{
  self->objectives = g_ptr_array_new_with_free_func (template_objective_free);
}

/* ───────────────────────── reading ───────────────────────── */

typedef struct {
  sqlite3    *db;
  const char *json;
  GError    **error;
} Reader;

static gboolean
damaged (Reader *r, const char *what)
{
  if (r->error != NULL && *r->error == NULL)
    g_set_error (r->error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID,
                 /* Translators: %s says what is wrong ("a key result has no title"). */
                 _("This template can’t be used: %s."), what);
  return FALSE;
}

static sqlite3_stmt *
prepare (Reader *r, const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (r->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      damaged (r, sqlite3_errmsg (r->db));
      return NULL;
    }
  sqlite3_bind_text (stmt, 1, r->json, -1, SQLITE_STATIC);
  return stmt;
}

/* A required text: present, a string, not blank. */
static char *
column_title (sqlite3_stmt *stmt, int col)
{
  const char *s = (const char *) sqlite3_column_text (stmt, col);

  if (sqlite3_column_type (stmt, col) != SQLITE_TEXT || s == NULL ||
      !g_utf8_validate (s, -1, NULL))
    return NULL;
  {
    g_autofree char *stripped = g_strstrip (g_strdup (s));
    if (*stripped == '\0')
      return NULL;
  }
  return g_strdup (s);
}

static char *
column_text_or_empty (sqlite3_stmt *stmt, int col)
{
  const char *s = (const char *) sqlite3_column_text (stmt, col);
  return g_strdup (s != NULL && g_utf8_validate (s, -1, NULL) ? s : "");
}

static gboolean
column_number (sqlite3_stmt *stmt, int col, double fallback, double *value)
{
  switch (sqlite3_column_type (stmt, col))
    {
    case SQLITE_NULL:
      *value = fallback;
      return TRUE;
    case SQLITE_INTEGER:
    case SQLITE_FLOAT:
      *value = sqlite3_column_double (stmt, col);
      return isfinite (*value);
    default:
      return FALSE;
    }
}

static gboolean
read_header (OkrTemplate *self, Reader *r)
{
  sqlite3_stmt *stmt = prepare (r, "SELECT json_valid (?1), json_extract (?1, '$.format'), "
                                   "json_extract (?1, '$.id'), json_extract (?1, '$.lang'), "
                                   "json_extract (?1, '$.name'), "
                                   "json_extract (?1, '$.description'), "
                                   "json_extract (?1, '$.order')");
  gboolean ok = FALSE;

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW || sqlite3_column_int (stmt, 0) == 0)
    damaged (r, _("it is not valid JSON"));
  else if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 1), FORMAT_NAME) != 0)
    damaged (r, _("it is not a Cascade template"));
  else if ((self->id = column_title (stmt, 2)) == NULL ||
           (self->lang = column_title (stmt, 3)) == NULL ||
           (self->name = column_title (stmt, 4)) == NULL)
    damaged (r, _("its id, language or name is missing"));
  else
    {
      self->description = column_text_or_empty (stmt, 5);
      self->order = sqlite3_column_int (stmt, 6);
      ok = TRUE;
    }
  sqlite3_finalize (stmt);
  return ok;
}

static gboolean
read_objectives (OkrTemplate *self, Reader *r)
{
  sqlite3_stmt *stmt = prepare (r, "SELECT json_extract (value, '$.title'), "
                                   "json_extract (value, '$.description'), "
                                   "json_extract (value, '$.aspirational') "
                                   "FROM json_each (?1, '$.objectives') ORDER BY key");
  gboolean ok = TRUE;

  if (stmt == NULL)
    return FALSE;
  while (ok && sqlite3_step (stmt) == SQLITE_ROW)
    {
      TemplateObjective *o = g_new0 (TemplateObjective, 1);

      o->key_results = g_ptr_array_new_with_free_func (template_kr_free);
      o->title = column_title (stmt, 0);
      o->description = column_text_or_empty (stmt, 1);
      o->aspirational = sqlite3_column_int (stmt, 2) != 0;
      g_ptr_array_add (self->objectives, o);
      if (o->title == NULL)
        ok = damaged (r, _("an objective has no title"));
    }
  sqlite3_finalize (stmt);
  if (ok && self->objectives->len == 0)
    ok = damaged (r, _("it has no objectives"));
  return ok;
}

static GStrv
read_milestones (Reader *r, const char *array)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt = NULL;

  if (array == NULL)
    return NULL;
  if (sqlite3_prepare_v2 (r->db, "SELECT value FROM json_each (?1) ORDER BY key", -1, &stmt,
                          NULL) != SQLITE_OK)
    return NULL;
  sqlite3_bind_text (stmt, 1, array, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *title = column_title (stmt, 0);
      if (title != NULL)
        g_strv_builder_add (builder, title);
    }
  sqlite3_finalize (stmt);
  return g_strv_builder_end (builder);
}

static gboolean
read_key_results (OkrTemplate *self, Reader *r)
{
  sqlite3_stmt *stmt = prepare (r, "SELECT o.key, json_extract (k.value, '$.title'), "
                                   "json_extract (k.value, '$.kind'), "
                                   "json_extract (k.value, '$.baseline'), "
                                   "json_extract (k.value, '$.target'), "
                                   "json_extract (k.value, '$.unit_label'), "
                                   "json_extract (k.value, '$.direction'), "
                                   "json_extract (k.value, '$.weight'), "
                                   "json_extract (k.value, '$.milestones') "
                                   "FROM json_each (?1, '$.objectives') o, "
                                   "json_each (o.value, '$.key_results') k "
                                   "ORDER BY o.key, k.key");
  gboolean ok = TRUE;

  if (stmt == NULL)
    return FALSE;
  while (ok && sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 index = sqlite3_column_int64 (stmt, 0);
      const char *kind = (const char *) sqlite3_column_text (stmt, 2);
      const char *direction = (const char *) sqlite3_column_text (stmt, 6);
      TemplateObjective *o;
      TemplateKr *k = g_new0 (TemplateKr, 1);

      if (index < 0 || index >= self->objectives->len)
        {
          template_kr_free (k);
          ok = damaged (r, _("a key result belongs to no objective"));
          break;
        }
      o = self->objectives->pdata[index];
      g_ptr_array_add (o->key_results, k);
      k->title = column_title (stmt, 1);
      k->unit_label = column_text_or_empty (stmt, 5);
      k->milestones = read_milestones (r, (const char *) sqlite3_column_text (stmt, 8));
      if (k->title == NULL)
        ok = damaged (r, _("a key result has no title"));
      else if (!okr_kr_kind_from_string (kind != NULL ? kind : "number", &k->kind))
        ok = damaged (r, _("a key result is of an unknown kind"));
      else if (!okr_direction_from_string (direction != NULL ? direction : "above",
                                           &k->direction))
        ok = damaged (r, _("a key result has an unknown direction"));
      else if (!column_number (stmt, 3, 0, &k->baseline) ||
               !column_number (stmt, 4, NAN, &k->target) ||
               !column_number (stmt, 7, 1, &k->weight) || k->weight < 0)
        ok = damaged (r, _("a key result has a value that is not a number"));
      else if (k->kind == OKR_KR_MILESTONE &&
               (k->milestones == NULL || k->milestones[0] == NULL))
        ok = damaged (r, _("a milestone key result has no milestones"));
    }
  sqlite3_finalize (stmt);
  return ok;
}

/**
 * okr_template_new_from_bytes:
 *
 * Reads a template. A damaged one is refused as a whole, with a message that says what is
 * wrong.
 */
OkrTemplate *
okr_template_new_from_bytes (GBytes *json, GError **error)
{
  g_autoptr(OkrTemplate) self = g_object_new (OKR_TYPE_TEMPLATE, NULL);
  g_autofree char *text = NULL;
  sqlite3 *db = NULL;
  Reader r = { NULL, NULL, error };
  gboolean ok;

  g_return_val_if_fail (json != NULL, NULL);

  text = g_strndup (g_bytes_get_data (json, NULL), g_bytes_get_size (json));
  if (sqlite3_open_v2 (":memory:", &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    {
      sqlite3_close (db);
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_FAILED,
                           _("The template could not be read."));
      return NULL;
    }
  r.db = db;
  r.json = text;
  ok = read_header (self, &r) && read_objectives (self, &r) && read_key_results (self, &r);
  sqlite3_close (db);
  return ok ? g_steal_pointer (&self) : NULL;
}

static gint
compare_order (gconstpointer a, gconstpointer b)
{
  OkrTemplate *x = *(OkrTemplate **) a, *y = *(OkrTemplate **) b;

  if (x->order != y->order)
    return x->order < y->order ? -1 : 1;
  return g_utf8_collate (x->name, y->name);
}

static void
add_template (GPtrArray *list, GBytes *bytes, const char *lang, const char *where)
{
  g_autoptr(GError) error = NULL;
  OkrTemplate *t = okr_template_new_from_bytes (bytes, &error);

  if (t == NULL)
    g_warning ("%s: %s", where, error->message);
  else if (g_strcmp0 (t->lang, lang) != 0)
    g_object_unref (t);
  else
    g_ptr_array_add (list, t);
}

static void
add_from_resources (GPtrArray *list, const char *lang)
{
  g_auto(GStrv) names = g_resources_enumerate_children (OKR_TEMPLATE_RESOURCE_DIR, 0, NULL);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (OKR_TEMPLATE_RESOURCE_DIR, names[i], NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);

      if (bytes != NULL && g_str_has_suffix (names[i], ".json"))
        add_template (list, bytes, lang, path);
    }
}

/* A leader's own templates: JSON files in ~/.local/share/cascade/templates. */
static void
add_from_folder (GPtrArray *list, const char *folder, const char *lang)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autoptr(GMappedFile) file = NULL;
      g_autoptr(GBytes) bytes = NULL;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      file = g_mapped_file_new (path, FALSE, NULL);
      if (file == NULL)
        continue;
      bytes = g_mapped_file_get_bytes (file);
      add_template (list, bytes, lang, path);
    }
}

/**
 * okr_template_list:
 * @lang: "en" or "vi"
 *
 * The templates shipped in the application's resources and the user's own, in @lang (in
 * English when there are none in @lang), in their order.
 *
 * Returns: (transfer full) (element-type OkrTemplate)
 */
GPtrArray *
okr_template_list (const char *lang)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *user = g_build_filename (g_get_user_data_dir (), "cascade", "templates",
                                            NULL);

  add_from_resources (list, lang);
  add_from_folder (list, user, lang);
  if (list->len == 0 && g_strcmp0 (lang, "en") != 0)
    {
      g_ptr_array_unref (list);
      return okr_template_list ("en");
    }
  g_ptr_array_sort (list, compare_order);
  return list;
}

/* ───────────────────────── reading it back ───────────────────────── */

const char *
okr_template_get_id (OkrTemplate *self)
{
  return self->id;
}

const char *
okr_template_get_lang (OkrTemplate *self)
{
  return self->lang;
}

const char *
okr_template_get_name (OkrTemplate *self)
{
  return self->name;
}

const char *
okr_template_get_description (OkrTemplate *self)
{
  return self->description;
}

guint
okr_template_get_n_objectives (OkrTemplate *self)
{
  return self->objectives->len;
}

static TemplateObjective *
objective_at (OkrTemplate *self, guint i)
{
  g_return_val_if_fail (i < self->objectives->len, NULL);
  return self->objectives->pdata[i];
}

const char *
okr_template_get_objective_title (OkrTemplate *self, guint objective)
{
  return objective_at (self, objective)->title;
}

const char *
okr_template_get_objective_description (OkrTemplate *self, guint objective)
{
  return objective_at (self, objective)->description;
}

guint
okr_template_get_n_key_results (OkrTemplate *self, guint objective)
{
  return objective_at (self, objective)->key_results->len;
}

const char *
okr_template_get_key_result_title (OkrTemplate *self, guint objective, guint kr)
{
  GPtrArray *krs = objective_at (self, objective)->key_results;

  g_return_val_if_fail (kr < krs->len, NULL);
  return ((TemplateKr *) krs->pdata[kr])->title;
}

/* ───────────────────────── inserting ───────────────────────── */

/**
 * okr_template_apply:
 * @owner_id: who owns the new objectives and key results (0: no one yet)
 * @chosen: (nullable): for each objective of the template, whether to insert it; %NULL
 *   for all of them
 *
 * Inserts the template's objectives and their key results into @unit_id for @cycle_id, as
 * one undo step, for the leader to edit.
 *
 * Returns: (transfer full): the new objectives' ids, or %NULL
 */
GArray *
okr_template_apply (OkrTemplate *self, OkrStore *store, gint64 cycle_id, gint64 unit_id,
                    gint64 owner_id, const gboolean *chosen, GError **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *label = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (OKR_IS_TEMPLATE (self), NULL);
  g_return_val_if_fail (OKR_IS_STORE (store), NULL);

  /* Translators: an undo step; %s is a template ("Sales"). */
  label = g_strdup_printf (_("Insert template “%s”"), self->name);
  okr_store_begin_edit (store, label);
  for (guint i = 0; ok && i < self->objectives->len; i++)
    {
      TemplateObjective *o = self->objectives->pdata[i];
      OkrObjectiveSpec spec;
      gint64 id;

      if (chosen != NULL && !chosen[i])
        continue;
      okr_objective_spec_init (&spec);
      spec.title = o->title;
      spec.description = o->description;
      spec.owner_id = owner_id;
      spec.aspirational = o->aspirational;
      id = okr_store_create_objective (store, cycle_id, unit_id, &spec, error);
      ok = id != 0;
      if (ok)
        g_array_append_val (ids, id);
      for (guint k = 0; ok && k < o->key_results->len; k++)
        {
          TemplateKr *t = o->key_results->pdata[k];
          OkrKrSpec kr;

          okr_kr_spec_init (&kr);
          kr.kind = t->kind;
          kr.baseline = t->baseline;
          kr.target = t->target;
          kr.unit_label = t->unit_label;
          kr.direction = t->direction;
          kr.weight = t->weight;
          kr.owner_id = owner_id;
          kr.milestones = (const char *const *) t->milestones;
          ok = okr_store_add_key_result (store, id, t->title, &kr, error) != 0;
        }
    }
  if (!ok)
    {
      okr_store_abort_edit (store);
      return NULL;
    }
  if (!okr_store_end_edit (store, error))
    return NULL;
  return g_steal_pointer (&ids);
}
