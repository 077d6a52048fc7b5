/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-clock.h — hybrid logical clock stamps for last-writer-wins merging */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A stamp is one 64-bit integer, so comparing two stamps is comparing two integers:
 *
 *   bits 63…22  milliseconds since 2020-01-01 UTC (42 bits: good until 2159)
 *   bits 21…12  logical counter (several edits in one millisecond, or a clock that went back)
 *   bits 11…0   the device's tag, so that two devices never tie
 *
 * Stamps from one device strictly increase, and a device that has seen a stamp issues
 * only greater ones afterwards (the hybrid logical clock rule). */
typedef gint64 OkrStamp;

#define OKR_STAMP_EPOCH_MS G_GINT64_CONSTANT (1577836800000) /* 2020-01-01T00:00:00Z */
#define OKR_STAMP_TAG_BITS 12
#define OKR_STAMP_COUNTER_BITS 10

typedef struct {
  OkrStamp last;
  guint16  tag;
} OkrClock;

void     okr_clock_init          (OkrClock *clock, guint16 tag, OkrStamp last);
OkrStamp okr_clock_tick          (OkrClock *clock, gint64 now_unix_ms);
void     okr_clock_observe       (OkrClock *clock, OkrStamp seen);

gint64   okr_stamp_get_unix_ms   (OkrStamp stamp);
guint16  okr_stamp_get_tag       (OkrStamp stamp);
gint64   okr_stamp_now_unix_ms   (void);

G_END_DECLS
