/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-device.h — which machine made an edit */
#pragma once

#include "okr-uuid.h"

G_BEGIN_DECLS

typedef struct {
  OkrUuid uuid;
  char   *name;   /* host name, to tell a person which machine an edit came from */
  guint16 tag;    /* the low bits of every stamp this device issues */
} OkrDevice;

const OkrDevice *okr_device_get_default (void);
void             okr_device_set_default (const OkrUuid *uuid, const char *name);
guint16          okr_device_tag_for     (const OkrUuid *uuid);

G_END_DECLS
