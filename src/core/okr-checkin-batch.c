/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "okr-checkin-batch.h"
#include "okr-math.h"
#include "okr-store-edits.h"
#include "okr-store-private.h"
#include "okr-store-read.h"

/* Enough past check-ins for a sparkline; a long history is the Check-ins page's job. */
#define HISTORY_POINTS 20

struct _OkrCheckinBatch {
  GObject    parent_instance;

  OkrStore  *store;
  OkrRollup *rollup;
  gint64     author_id;
  GPtrArray *entries;   /* OkrCheckinEntry */
};

G_DEFINE_FINAL_TYPE (OkrCheckinBatch, okr_checkin_batch, G_TYPE_OBJECT)

static void
entry_free (gpointer data)
{
  OkrCheckinEntry *entry = data;

  g_clear_object (&entry->kr);
  g_clear_object (&entry->objective);
  g_strfreev (entry->milestones);
  g_free (entry->done_before);
  g_free (entry->ticked);
  g_free (entry->history);
  g_free (entry->went_well);
  g_free (entry->blocked_by);
  g_free (entry->next_step);
  g_free (entry);
}

static void
okr_checkin_batch_finalize (GObject *object)
{
  OkrCheckinBatch *self = OKR_CHECKIN_BATCH (object);

  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_object (&self->rollup);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (okr_checkin_batch_parent_class)->finalize (object);
}

static void
okr_checkin_batch_class_init (OkrCheckinBatchClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = okr_checkin_batch_finalize;
}

static void
okr_checkin_batch_init (OkrCheckinBatch *self)
{
  self->entries = g_ptr_array_new_with_free_func (entry_free);
}

static void
add_if_takes_checkins (GPtrArray *out, GPtrArray *krs, gint64 owner_id)
{
  for (guint i = 0; i < krs->len; i++)
    {
      OkrKeyResult *k = g_ptr_array_index (krs, i);

      if (okr_key_result_get_kind (k) == OKR_KR_ROLLUP)
        continue;
      if (owner_id != 0 && okr_key_result_get_owner_id (k) != owner_id)
        continue;
      g_ptr_array_add (out, g_object_ref (k));
    }
}

/**
 * okr_checkin_batch_select:
 * @owner_id: a person: their key results in every unit; 0: the key results of @unit_id
 *
 * The key results to check in, in the order of the cascade. Rolled-up key results take no
 * check-ins and are left out.
 *
 * Returns: (transfer container) (element-type OkrKeyResult)
 */
GPtrArray *
okr_checkin_batch_select (OkrRollup *rollup, gint64 unit_id, gint64 owner_id)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *units;

  g_return_val_if_fail (OKR_IS_ROLLUP (rollup), out);

  units = okr_rollup_get_units (rollup);
  for (guint u = 0; u < units->len; u++)
    {
      gint64 id = okr_unit_get_id (g_ptr_array_index (units, u));
      GPtrArray *objectives;

      if (owner_id == 0 && id != unit_id)
        continue;
      objectives = okr_rollup_get_objectives (rollup, id);
      for (guint o = 0; o < objectives->len; o++)
        add_if_takes_checkins (out, okr_rollup_get_key_results (rollup,
                                 okr_objective_get_id (g_ptr_array_index (objectives, o))),
                               owner_id);
    }
  return out;
}

/* The milestones in the order the store numbers them for okr_store_add_checkin (). */
static gboolean
load_milestones (OkrCheckinBatch *self, OkrCheckinEntry *entry, GError **error)
{
  OkrDb *db = _okr_store_get_db (self->store);
  sqlite3_stmt *stmt = okr_db_prepare (db, "SELECT title, done FROM milestones "
                                           "WHERE kr_id = ? AND deleted = 0 "
                                           "ORDER BY position, id", error);
  g_autoptr(GPtrArray) titles = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  g_autoptr(GArray) done = g_array_new (FALSE, FALSE, sizeof (gboolean));
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, okr_key_result_get_id (entry->kr));
  while (okr_db_step (db, stmt, &has_row, error) && has_row)
    {
      const char *title = (const char *) sqlite3_column_text (stmt, 0);
      gboolean is_done = sqlite3_column_int (stmt, 1) != 0;

      g_ptr_array_add (titles, g_strdup (title != NULL ? title : ""));
      g_array_append_val (done, is_done);
    }
  if (error != NULL && *error != NULL)
    return FALSE;
  sqlite3_reset (stmt);

  entry->done_before = g_new0 (gboolean, MAX (done->len, 1));
  entry->ticked = g_new0 (gboolean, MAX (done->len, 1));
  memcpy (entry->done_before, done->data, done->len * sizeof (gboolean));
  memcpy (entry->ticked, done->data, done->len * sizeof (gboolean));
  entry->milestones = (char **) g_ptr_array_steal (titles, NULL);
  return TRUE;
}

/* The raw progress a key result would have at @value (for milestones: that many done). */
double
okr_checkin_progress_of_value (OkrKeyResult *k, double value)
{
  guint total = okr_key_result_get_milestones_total (k);
  guint done = value > 0 ? (guint) MIN (value, (double) total) : 0;

  return okr_math_kr_progress_raw (okr_key_result_get_kind (k), okr_key_result_get_baseline (k),
                                   okr_key_result_get_target (k), value,
                                   okr_key_result_get_direction (k), done, total);
}

/* Whether the key result moves towards its target over the cycle, so that a pace means
 * something: not when it is done-or-not (boolean) or held (control). */
gboolean
okr_checkin_has_pace (OkrKeyResult *kr)
{
  OkrKrKind kind = okr_key_result_get_kind (kr);
  return kind != OKR_KR_BOOLEAN && kind != OKR_KR_CONTROL;
}

static gboolean
load_history (OkrCheckinBatch *self, OkrCheckinEntry *entry, GError **error)
{
  g_autoptr(GPtrArray) checkins = okr_store_list_checkins (self->store,
                                                           okr_key_result_get_id (entry->kr),
                                                           FALSE, HISTORY_POINTS, error);

  if (checkins == NULL)
    return FALSE;
  entry->n_history = checkins->len;
  entry->history = g_new0 (OkrSparkPoint, MAX (checkins->len, 1));
  for (guint i = 0; i < checkins->len; i++)
    {
      /* The store lists newest first. */
      OkrCheckin *c = g_ptr_array_index (checkins, checkins->len - 1 - i);
      entry->history[i].date = okr_checkin_get_date (c);
      entry->history[i].progress = okr_checkin_progress_of_value (entry->kr,
                                                                  okr_checkin_get_value (c));
    }
  return TRUE;
}

/**
 * okr_checkin_batch_new:
 * @key_results: (element-type OkrKeyResult): from @rollup, e.g. okr_checkin_batch_select ()
 * @author_id: who checks in, or 0
 *
 * Reads what each key result's page shows (milestones, recent check-ins) and starts every
 * entry from the values of today: the current value, the latest confidence (5, the neutral
 * start, when there is none), and empty notes.
 */
OkrCheckinBatch *
okr_checkin_batch_new (OkrStore *store, OkrRollup *rollup, GPtrArray *key_results,
                       gint64 author_id, GError **error)
{
  g_autoptr(OkrCheckinBatch) self = NULL;

  g_return_val_if_fail (OKR_IS_STORE (store), NULL);
  g_return_val_if_fail (OKR_IS_ROLLUP (rollup), NULL);
  g_return_val_if_fail (key_results != NULL, NULL);

  self = g_object_new (OKR_TYPE_CHECKIN_BATCH, NULL);
  self->store = g_object_ref (store);
  self->rollup = g_object_ref (rollup);
  self->author_id = author_id;

  for (guint i = 0; i < key_results->len; i++)
    {
      OkrKeyResult *k = g_ptr_array_index (key_results, i);
      OkrObjective *o = okr_rollup_find_objective (rollup, okr_key_result_get_objective_id (k));
      OkrCheckinEntry *entry = g_new0 (OkrCheckinEntry, 1);

      g_ptr_array_add (self->entries, entry);
      entry->kr = g_object_ref (k);
      entry->objective = o != NULL ? g_object_ref (o) : NULL;
      entry->state = OKR_CHECKIN_PENDING;
      entry->value = okr_key_result_get_current (k);
      entry->confidence = okr_key_result_get_confidence (k) > 0 ? okr_key_result_get_confidence (k)
                                                               : OKR_CONFIDENCE_NEUTRAL;
      entry->went_well = g_strdup ("");
      entry->blocked_by = g_strdup ("");
      entry->next_step = g_strdup ("");
      if (okr_key_result_get_kind (k) == OKR_KR_MILESTONE && !load_milestones (self, entry, error))
        return NULL;
      if (!load_history (self, entry, error))
        return NULL;
    }
  return g_steal_pointer (&self);
}

OkrRollup *
okr_checkin_batch_get_rollup (OkrCheckinBatch *self)
{
  g_return_val_if_fail (OKR_IS_CHECKIN_BATCH (self), NULL);
  return self->rollup;
}

guint
okr_checkin_batch_get_n_entries (OkrCheckinBatch *self)
{
  g_return_val_if_fail (OKR_IS_CHECKIN_BATCH (self), 0);
  return self->entries->len;
}

OkrCheckinEntry *
okr_checkin_batch_get_entry (OkrCheckinBatch *self, guint index)
{
  g_return_val_if_fail (OKR_IS_CHECKIN_BATCH (self), NULL);
  g_return_val_if_fail (index < self->entries->len, NULL);
  return g_ptr_array_index (self->entries, index);
}

guint
okr_checkin_batch_count (OkrCheckinBatch *self, OkrCheckinState state)
{
  guint n = 0;

  g_return_val_if_fail (OKR_IS_CHECKIN_BATCH (self), 0);
  for (guint i = 0; i < self->entries->len; i++)
    n += ((OkrCheckinEntry *) g_ptr_array_index (self->entries, i))->state == state;
  return n;
}

static guint
count_ticked (const OkrCheckinEntry *entry)
{
  guint n = 0;

  for (guint i = 0; entry->milestones != NULL && entry->milestones[i] != NULL; i++)
    n += entry->ticked[i] != FALSE;
  return n;
}

void
okr_checkin_batch_before (OkrCheckinBatch *self, guint index, OkrCheckinOutcome *outcome)
{
  OkrCheckinEntry *entry = okr_checkin_batch_get_entry (self, index);

  g_return_if_fail (entry != NULL);
  *outcome = (OkrCheckinOutcome) {
    .value = okr_key_result_get_current (entry->kr),
    .progress_raw = okr_key_result_get_progress_raw (entry->kr),
    .status = okr_key_result_get_status (entry->kr),
    .confidence = okr_key_result_get_confidence (entry->kr),
  };
}

/* With the same maths as the roll-up, so the summary says what the cascade will show. */
void
okr_checkin_batch_after (OkrCheckinBatch *self, guint index, OkrCheckinOutcome *outcome)
{
  OkrCheckinEntry *entry = okr_checkin_batch_get_entry (self, index);
  OkrCycle *cycle;
  OkrDate today;
  OkrKrKind kind;

  g_return_if_fail (entry != NULL);

  cycle = okr_rollup_get_cycle (self->rollup);
  today = okr_rollup_get_today (self->rollup);
  kind = okr_key_result_get_kind (entry->kr);
  outcome->value = kind == OKR_KR_MILESTONE ? count_ticked (entry) : entry->value;
  outcome->confidence = entry->confidence;
  outcome->progress_raw = okr_checkin_progress_of_value (entry->kr, outcome->value);
  outcome->status = okr_math_kr_status (kind, outcome->progress_raw,
                                        okr_rollup_get_expected (self->rollup),
                                        entry->confidence, today >= okr_cycle_get_start (cycle),
                                        today >= okr_cycle_get_end (cycle));
}

/* Where the value should be today if the key result keeps pace; NAN for kinds that are
 * done-or-not or held (boolean, control). Milestone KRs: how many should be done. */
double
okr_checkin_batch_expected_value (OkrCheckinBatch *self, guint index)
{
  OkrCheckinEntry *entry = okr_checkin_batch_get_entry (self, index);
  double expected;

  g_return_val_if_fail (entry != NULL, NAN);

  expected = okr_rollup_get_expected (self->rollup);
  switch (okr_key_result_get_kind (entry->kr))
    {
    case OKR_KR_NUMBER:
    case OKR_KR_PERCENT:
    case OKR_KR_CURRENCY:
      return okr_math_expected_value (okr_key_result_get_baseline (entry->kr),
                                      okr_key_result_get_target (entry->kr), expected);
    case OKR_KR_MILESTONE:
      return okr_math_expected_value (0, okr_key_result_get_milestones_total (entry->kr),
                                      expected);
    case OKR_KR_BOOLEAN:
    case OKR_KR_CONTROL:
    case OKR_KR_ROLLUP:
    default:
      return NAN;
    }
}

/* Whether the leader changed anything on the page: a value, a milestone, the confidence
 * or a note. */
gboolean
okr_checkin_batch_is_edited (OkrCheckinBatch *self, guint index)
{
  OkrCheckinEntry *entry = okr_checkin_batch_get_entry (self, index);
  int confidence;

  g_return_val_if_fail (entry != NULL, FALSE);

  confidence = okr_key_result_get_confidence (entry->kr);
  if (confidence == 0)
    confidence = OKR_CONFIDENCE_NEUTRAL;
  if (entry->confidence != confidence || *entry->went_well != '\0' ||
      *entry->blocked_by != '\0' || *entry->next_step != '\0')
    return TRUE;
  if (okr_key_result_get_kind (entry->kr) == OKR_KR_MILESTONE)
    return count_ticked (entry) != okr_key_result_get_milestones_done (entry->kr);
  return entry->value != okr_key_result_get_current (entry->kr);
}

void
okr_checkin_batch_set_note (OkrCheckinBatch *self, guint index, const char *went_well,
                            const char *blocked_by, const char *next_step)
{
  OkrCheckinEntry *entry = okr_checkin_batch_get_entry (self, index);

  g_return_if_fail (entry != NULL);
  g_free (entry->went_well);
  g_free (entry->blocked_by);
  g_free (entry->next_step);
  entry->went_well = g_strstrip (g_strdup (went_well != NULL ? went_well : ""));
  entry->blocked_by = g_strstrip (g_strdup (blocked_by != NULL ? blocked_by : ""));
  entry->next_step = g_strstrip (g_strdup (next_step != NULL ? next_step : ""));
}

static gint64
add_one (OkrCheckinBatch *self, OkrCheckinEntry *entry, GError **error)
{
  g_autoptr(GArray) newly_done = g_array_new (FALSE, FALSE, sizeof (guint));
  OkrCheckinSpec spec;

  okr_checkin_spec_init (&spec);
  if (okr_key_result_get_kind (entry->kr) == OKR_KR_MILESTONE)
    {
      for (guint i = 0; entry->milestones[i] != NULL; i++)
        if (entry->ticked[i] && !entry->done_before[i])
          {
            guint position = i + 1;
            g_array_append_val (newly_done, position);
          }
      spec.milestones_done = (const guint *) newly_done->data;
      spec.n_milestones_done = newly_done->len;
    }
  else
    spec.value = entry->value;
  spec.date = okr_rollup_get_today (self->rollup);
  spec.confidence = entry->confidence;
  spec.went_well = entry->went_well;
  spec.blocked_by = entry->blocked_by;
  spec.next_step = entry->next_step;
  spec.author_id = self->author_id;
  return okr_store_add_checkin (self->store, okr_key_result_get_id (entry->kr), &spec, error);
}

/* A locked, read-only or full file refuses every check-in alike: naming one would mislead. */
static gboolean
is_about_the_file (const GError *error)
{
  return error->domain == OKR_STORE_ERROR &&
         (error->code == OKR_STORE_ERROR_LOCKED || error->code == OKR_STORE_ERROR_READ_ONLY ||
          error->code == OKR_STORE_ERROR_FULL || error->code == OKR_STORE_ERROR_IO ||
          error->code == OKR_STORE_ERROR_FAILED);
}

/**
 * okr_checkin_batch_save:
 * @n_saved: (out) (optional): how many check-ins were recorded
 *
 * Records every confirmed check-in in one transaction. When any of them is refused, none
 * is recorded, @error names the key result and says why, and the batch keeps everything
 * the leader entered so they can try again.
 */
gboolean
okr_checkin_batch_save (OkrCheckinBatch *self, guint *n_saved, GError **error)
{
  guint n = 0;

  g_return_val_if_fail (OKR_IS_CHECKIN_BATCH (self), FALSE);

  if (n_saved != NULL)
    *n_saved = 0;
  if (okr_checkin_batch_count (self, OKR_CHECKIN_CONFIRMED) == 0)
    return TRUE;

  okr_store_begin_edit (self->store, _("Weekly check-in"));
  for (guint i = 0; i < self->entries->len; i++)
    {
      OkrCheckinEntry *entry = g_ptr_array_index (self->entries, i);
      g_autoptr(GError) local_error = NULL;

      if (entry->state != OKR_CHECKIN_CONFIRMED)
        continue;
      if (add_one (self, entry, &local_error) == 0)
        {
          okr_store_abort_edit (self->store);
          if (is_about_the_file (local_error))
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            g_set_error (error, local_error->domain, local_error->code,
                         /* Translators: %s is a key result's title, then why it was refused. */
                         _("The check-in of “%s” could not be saved: %s"),
                         okr_key_result_get_title (entry->kr), local_error->message);
          return FALSE;
        }
      n++;
    }
  if (!okr_store_end_edit (self->store, error))
    return FALSE;
  if (n_saved != NULL)
    *n_saved = n;
  return TRUE;
}
