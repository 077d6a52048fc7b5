/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "okr-clock.h"

#define TAG_MASK ((1 << OKR_STAMP_TAG_BITS) - 1)
#define COUNTER_MAX ((1 << OKR_STAMP_COUNTER_BITS) - 1)
#define TIME_SHIFT (OKR_STAMP_TAG_BITS + OKR_STAMP_COUNTER_BITS)

static inline gint64
stamp_time (OkrStamp s)
{
  return s >> TIME_SHIFT;
}

static inline gint64
stamp_counter (OkrStamp s)
{
  return (s >> OKR_STAMP_TAG_BITS) & COUNTER_MAX;
}

static inline OkrStamp
make_stamp (gint64 time_ms, gint64 counter, guint16 tag)
{
  return (time_ms << TIME_SHIFT) | (counter << OKR_STAMP_TAG_BITS) | (tag & TAG_MASK);
}

void
okr_clock_init (OkrClock *clock, guint16 tag, OkrStamp last)
{
  clock->tag = tag & TAG_MASK;
  clock->last = MAX (last, 0);
}

OkrStamp
okr_clock_tick (OkrClock *clock, gint64 now_unix_ms)
{
  gint64 now = MAX (now_unix_ms - OKR_STAMP_EPOCH_MS, 0);
  gint64 last_time = stamp_time (clock->last);
  gint64 time, counter;

  if (now > last_time)
    {
      time = now;
      counter = 0;
    }
  else
    {
      /* The wall clock stands still or went back: keep the logical time and count up;
       * when the counter is exhausted, borrow the next millisecond. */
      time = last_time;
      counter = stamp_counter (clock->last) + 1;
      if (counter > COUNTER_MAX)
        {
          time++;
          counter = 0;
        }
    }

  clock->last = make_stamp (time, counter, clock->tag);
  return clock->last;
}

void
okr_clock_observe (OkrClock *clock, OkrStamp seen)
{
  /* Drop the other device's tag: our next stamp must be greater than `seen` whatever
   * the tags are, which tick() guarantees by counting up from (time, counter). */
  OkrStamp seen_own = make_stamp (stamp_time (seen), stamp_counter (seen), clock->tag);

  if (seen_own > clock->last)
    clock->last = seen_own;
}

gint64
okr_stamp_get_unix_ms (OkrStamp stamp)
{
  return stamp_time (stamp) + OKR_STAMP_EPOCH_MS;
}

guint16
okr_stamp_get_tag (OkrStamp stamp)
{
  return stamp & TAG_MASK;
}

gint64
okr_stamp_now_unix_ms (void)
{
  return g_get_real_time () / 1000;
}
