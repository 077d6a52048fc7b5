/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "okr-device.h"
#include "okr-preload.h"
#include "okr-store-read.h"

struct _OkrPreload {
  char      *path;
  GThread   *thread;
  /* written by the thread, read after it is joined */
  OkrSync   *sync;
  OkrRollup *rollup;
  GError    *error;
};

/* The open yields the processor to GTK's start on the main thread (and to the display
 * server), which is the longer path to the first frame: on two processors, the large
 * document's open competing with them delayed that frame by 4 to 5 ms (A/B runs of 20). It
 * still runs at once on a processor nobody else needs. Linux keeps a nice value per thread. */
static void
yield_to_main_thread (void)
{
#ifdef __linux__
  (void) setpriority (PRIO_PROCESS, (id_t) syscall (SYS_gettid), 10);
#endif
}

static gpointer
preload_thread (gpointer data)
{
  OkrPreload *self = data;
  OkrStore *store;
  OkrDate today = okr_date_today ();
  gint64 cycle_id;

  yield_to_main_thread ();
  self->sync = okr_sync_open (self->path, OKR_STORE_OPEN_VERIFY_LATER, &self->error);
  if (self->sync == NULL)
    return NULL;
  store = okr_sync_get_store (self->sync);
  cycle_id = okr_store_find_current_cycle (store, today);
  /* A roll-up that fails is made again by the window, which says why. */
  if (cycle_id != 0)
    self->rollup = okr_rollup_new (store, cycle_id, today, NULL);
  return NULL;
}

/**
 * okr_preload_start:
 * @path: the document to open
 *
 * Opens @path as okr_sync_open () with %OKR_STORE_OPEN_VERIFY_LATER would, and rolls up
 * the cycle current today, in a thread; okr_preload_finish () takes the result.
 *
 * Nothing else may use @path's document until then. What the open leaves to the main loop
 * (the background scans, a shared document's checks) starts when the main loop runs,
 * as it would after an open in the main thread.
 */
OkrPreload *
okr_preload_start (const char *path)
{
  OkrPreload *self;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_new0 (OkrPreload, 1);
  self->path = g_strdup (path);
  /* Made once, here: every store takes it, and the main thread may open others meanwhile. */
  (void) okr_device_get_default ();
  self->thread = g_thread_new ("okr-preload", preload_thread, self);
  return self;
}

const char *
okr_preload_get_path (OkrPreload *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->path;
}

/**
 * okr_preload_finish:
 * @rollup: (out) (optional): the roll-up of the cycle current when the open ended, or
 *   %NULL when the document has no such cycle (or it could not be rolled up)
 *
 * Waits for the open to end and frees @self.
 *
 * Returns: (transfer full): the document, or %NULL with @error set as okr_sync_open ()
 *   would have set it
 */
OkrSync *
okr_preload_finish (OkrPreload *self, OkrRollup **rollup, GError **error)
{
  OkrSync *sync;

  g_return_val_if_fail (self != NULL, NULL);

  g_thread_join (g_steal_pointer (&self->thread));
  sync = g_steal_pointer (&self->sync);
  if (sync == NULL)
    g_propagate_error (error, g_steal_pointer (&self->error));
  if (rollup != NULL)
    *rollup = g_steal_pointer (&self->rollup);
  okr_preload_free (self);
  return sync;
}

/* Waits for the open to end, then closes what it opened. */
void
okr_preload_free (OkrPreload *self)
{
  if (self == NULL)
    return;
  if (self->thread != NULL)
    g_thread_join (self->thread);
  g_clear_object (&self->rollup);
  g_clear_object (&self->sync);
  g_clear_error (&self->error);
  g_free (self->path);
  g_free (self);
}
