/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "okr-chart-theme.h"

struct _OkrChartTheme {
  GObject          parent_instance;
  GSettings       *settings;      /* NULL when the schema is not installed */
  AdwStyleManager *style_manager;
  gboolean         dark;
};

G_DEFINE_FINAL_TYPE (OkrChartTheme, okr_chart_theme, G_TYPE_OBJECT)

enum { PROP_0, PROP_DARK, N_PROPS };
static GParamSpec *properties[N_PROPS];

static gboolean
app_is_dark (OkrChartTheme *self)
{
  return adw_style_manager_get_dark (self->style_manager);
}

static gboolean
compute_dark (OkrChartTheme *self)
{
  g_autofree char *theme = self->settings != NULL
                           ? g_settings_get_string (self->settings, "chart-theme") : NULL;

  if (g_strcmp0 (theme, "light") == 0)
    return FALSE;
  if (g_strcmp0 (theme, "dark") == 0)
    return TRUE;
  return app_is_dark (self);
}

static void
update (OkrChartTheme *self)
{
  gboolean dark = compute_dark (self);

  if (dark == self->dark)
    return;
  self->dark = dark;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DARK]);
}

static void
okr_chart_theme_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_DARK:
      g_value_set_boolean (value, OKR_CHART_THEME (object)->dark);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
okr_chart_theme_finalize (GObject *object)
{
  OkrChartTheme *self = OKR_CHART_THEME (object);

  g_signal_handlers_disconnect_by_data (self->style_manager, self);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (okr_chart_theme_parent_class)->finalize (object);
}

static void
okr_chart_theme_class_init (OkrChartThemeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = okr_chart_theme_get_property;
  object_class->finalize = okr_chart_theme_finalize;
  properties[PROP_DARK] = g_param_spec_boolean ("dark", NULL, NULL, FALSE,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS |
                                                G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
okr_chart_theme_init (OkrChartTheme *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source != NULL
    ? g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE) : NULL;

  if (schema != NULL && g_settings_schema_has_key (schema, "chart-theme"))
    {
      self->settings = g_settings_new (APPLICATION_ID);
      g_signal_connect_swapped (self->settings, "changed::chart-theme", G_CALLBACK (update), self);
    }
  self->style_manager = adw_style_manager_get_default ();
  g_signal_connect_swapped (self->style_manager, "notify::dark", G_CALLBACK (update), self);
  self->dark = compute_dark (self);
}

OkrChartTheme *
okr_chart_theme_get_default (void)
{
  static OkrChartTheme *theme;

  if (theme == NULL)
    theme = g_object_new (OKR_TYPE_CHART_THEME, NULL);
  return theme;
}

gboolean
okr_chart_theme_get_dark (OkrChartTheme *self)
{
  g_return_val_if_fail (OKR_IS_CHART_THEME (self), FALSE);
  return self->dark;
}

void
okr_chart_theme_init_style (OkrChartTheme *self, OkrChartStyle *style, gboolean on_screen)
{
  g_return_if_fail (OKR_IS_CHART_THEME (self));

  okr_chart_style_init (style, self->dark);
  style->transparent = on_screen && self->dark == app_is_dark (self);
  style->show_title = !on_screen;
}
