/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "okr-clock.h"
#include "okr-device.h"

static OkrDevice *default_device;

guint16
okr_device_tag_for (const OkrUuid *uuid)
{
  /* The random part of a v4 UUID is uniform, so its first bits make a fair tag. */
  return (guint16) (((uuid->bytes[0] << 8) | uuid->bytes[1]) & ((1 << OKR_STAMP_TAG_BITS) - 1));
}

/* Stores keep the device they were opened with; a device replaced as the default (tests
 * playing several machines) must outlive them, so it is kept, never freed. */
static GPtrArray *former_devices;

void
okr_device_set_default (const OkrUuid *uuid, const char *name)
{
  if (default_device != NULL)
    {
      if (former_devices == NULL)
        former_devices = g_ptr_array_new ();
      g_ptr_array_add (former_devices, default_device);
    }
  default_device = g_new0 (OkrDevice, 1);
  default_device->uuid = *uuid;
  default_device->name = g_strdup (name != NULL ? name : g_get_host_name ());
  default_device->tag = okr_device_tag_for (uuid);
}

/* This machine's identity lives in $XDG_DATA_HOME/cascade/device, made on first use.
 * CASCADE_DEVICE_ID overrides it, so tests can play several machines. When the file
 * cannot be written the identity lasts for this run only, which is still correct:
 * a new identity only means a new tag. */
const OkrDevice *
okr_device_get_default (void)
{
  if (default_device != NULL)
    return default_device;

  const char *env = g_getenv ("CASCADE_DEVICE_ID");
  OkrUuid uuid;

  if (env != NULL && okr_uuid_parse (env, &uuid))
    {
      okr_device_set_default (&uuid, g_getenv ("CASCADE_DEVICE_NAME"));
      return default_device;
    }

  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "cascade", NULL);
  g_autofree char *path = g_build_filename (dir, "device", NULL);
  g_autoptr(GKeyFile) kf = g_key_file_new ();
  g_autofree char *stored = NULL;

  if (g_key_file_load_from_file (kf, path, G_KEY_FILE_NONE, NULL))
    stored = g_key_file_get_string (kf, "Device", "Id", NULL);

  if (stored == NULL || !okr_uuid_parse (stored, &uuid))
    {
      char buf[OKR_UUID_STRING_LEN + 1];

      okr_uuid_generate (&uuid);
      okr_uuid_write (&uuid, buf);
      g_key_file_set_string (kf, "Device", "Id", buf);
      g_key_file_set_string (kf, "Device", "Name", g_get_host_name ());
      if (g_mkdir_with_parents (dir, 0700) == 0)
        g_key_file_save_to_file (kf, path, NULL);
    }

  g_autofree char *name = g_key_file_get_string (kf, "Device", "Name", NULL);
  okr_device_set_default (&uuid, name);
  return default_device;
}
