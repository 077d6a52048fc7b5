/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "okr-confidence-picker.h"
#include "okr-math.h"

/* Confidence from 1 to 10 as ten toggles coloured by band (1–3 red, 4–6 yellow, 7–10
 * green), the number written on each, and the meaning of the chosen one spelled out below.
 *
 * Keyboard: the group is one stop in the focus chain (only the chosen toggle takes focus);
 * ←/→ move the choice; a digit key picks 1–9, 0 picks 10, and emits ::chosen so that a
 * check-in can move on at once. */
struct _OkrConfidencePicker {
  GtkWidget  parent_instance;
  GtkWidget *box;
  GtkWidget *buttons[10];
  GtkWidget *meaning;
  int        value;
  gboolean   updating;
};

G_DEFINE_FINAL_TYPE (OkrConfidencePicker, okr_confidence_picker, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VALUE,
  N_PROPS
};

enum {
  CHOSEN,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* What each confidence says, in a few words. */
const char *
okr_confidence_meaning (int value)
{
  static const char *const meanings[] = {
    NULL,
    N_("Almost certainly missed"),
    N_("Very unlikely"),
    N_("Unlikely without help"),
    N_("In doubt"),
    N_("As likely as not"),
    N_("Somewhat likely"),
    N_("Likely"),
    N_("Very likely"),
    N_("Almost certain"),
    N_("As good as done"),
  };

  g_return_val_if_fail (value >= 1 && value <= 10, "");
  return _(meanings[value]);
}

static const char *
band_class (int value)
{
  switch (okr_math_confidence_band (value))
    {
    case OKR_BAND_RED:
      return "confidence-red";
    case OKR_BAND_YELLOW:
      return "confidence-yellow";
    case OKR_BAND_GREEN:
    default:
      return "confidence-green";
    }
}

static void
update (OkrConfidencePicker *self)
{
  g_autofree char *line = NULL;

  self->updating = TRUE;
  for (int i = 0; i < 10; i++)
    {
      gboolean active = self->value == i + 1;
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->buttons[i]), active);
      /* One stop in the focus chain: the chosen value, or 5 when none is chosen. */
      gtk_widget_set_focusable (self->buttons[i],
                                active || (self->value == 0 && i + 1 == OKR_CONFIDENCE_NEUTRAL));
    }
  self->updating = FALSE;

  if (self->value > 0)
    /* Translators: the chosen confidence and what it means, e.g. "7/10 · Likely". */
    line = g_strdup_printf (_("%d/10 · %s"), self->value, okr_confidence_meaning (self->value));
  gtk_label_set_label (GTK_LABEL (self->meaning),
                       line != NULL ? line : _("How sure are you that the target will be met?"));
}

void
okr_confidence_picker_set_value (OkrConfidencePicker *self, int value)
{
  g_return_if_fail (OKR_IS_CONFIDENCE_PICKER (self));
  g_return_if_fail (value >= 0 && value <= 10);

  if (self->value == value)
    return;
  self->value = value;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

int
okr_confidence_picker_get_value (OkrConfidencePicker *self)
{
  g_return_val_if_fail (OKR_IS_CONFIDENCE_PICKER (self), 0);
  return self->value;
}

static void
on_toggled (GtkToggleButton *button, OkrConfidencePicker *self)
{
  if (self->updating || !gtk_toggle_button_get_active (button))
    return;
  okr_confidence_picker_set_value (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button),
                                                                             "value")));
}

static void
move_to (OkrConfidencePicker *self, int value)
{
  okr_confidence_picker_set_value (self, CLAMP (value, 1, 10));
  gtk_widget_grab_focus (self->buttons[self->value - 1]);
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller, guint keyval, guint keycode,
                GdkModifierType state, OkrConfidencePicker *self)
{
  guint32 ch = gdk_keyval_to_unicode (keyval);
  int current = self->value > 0 ? self->value : OKR_CONFIDENCE_NEUTRAL;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;
  if (ch >= '0' && ch <= '9')
    {
      okr_confidence_picker_set_value (self, ch == '0' ? 10 : (int) (ch - '0'));
      gtk_widget_grab_focus (self->buttons[self->value - 1]);
      g_signal_emit (self, signals[CHOSEN], 0);
      return TRUE;
    }
  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      move_to (self, gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL
                       ? current + 1 : current - 1);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      move_to (self, gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL
                       ? current - 1 : current + 1);
      return TRUE;
    case GDK_KEY_Home:
      move_to (self, 1);
      return TRUE;
    case GDK_KEY_End:
      move_to (self, 10);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
okr_confidence_picker_get_property (GObject *object, guint prop_id, GValue *value,
                                    GParamSpec *pspec)
{
  OkrConfidencePicker *self = OKR_CONFIDENCE_PICKER (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_int (value, self->value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
okr_confidence_picker_set_property (GObject *object, guint prop_id, const GValue *value,
                                    GParamSpec *pspec)
{
  OkrConfidencePicker *self = OKR_CONFIDENCE_PICKER (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      okr_confidence_picker_set_value (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
okr_confidence_picker_dispose (GObject *object)
{
  OkrConfidencePicker *self = OKR_CONFIDENCE_PICKER (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (okr_confidence_picker_parent_class)->dispose (object);
}

static void
okr_confidence_picker_class_init (OkrConfidencePickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = okr_confidence_picker_dispose;
  object_class->get_property = okr_confidence_picker_get_property;
  object_class->set_property = okr_confidence_picker_set_property;

  properties[PROP_VALUE] = g_param_spec_int ("value", NULL, NULL, 0, 10, 0,
                                             G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS |
                                             G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A digit key picked the value: the caller may move on. */
  signals[CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "confidencepicker");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
okr_confidence_picker_init (OkrConfidencePicker *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 3);
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_set_halign (row, GTK_ALIGN_START);
  gtk_box_set_homogeneous (GTK_BOX (row), TRUE);
  for (int i = 0; i < 10; i++)
    {
      g_autofree char *label = g_strdup_printf ("%d", i + 1);
      g_autofree char *tooltip = g_strdup_printf (_("%d/10 · %s"), i + 1,
                                                  okr_confidence_meaning (i + 1));
      GtkWidget *button = gtk_toggle_button_new_with_label (label);

      g_object_set_data (G_OBJECT (button), "value", GINT_TO_POINTER (i + 1));
      gtk_widget_add_css_class (button, "confidence");
      gtk_widget_add_css_class (button, band_class (i + 1));
      gtk_widget_set_tooltip_text (button, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      tooltip, -1);
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button),
                                     GTK_TOGGLE_BUTTON (self->buttons[0]));
      g_signal_connect (button, "toggled", G_CALLBACK (on_toggled), self);
      self->buttons[i] = button;
      gtk_box_append (GTK_BOX (row), button);
    }
  self->meaning = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->meaning), 0);
  gtk_label_set_wrap (GTK_LABEL (self->meaning), TRUE);
  gtk_widget_add_css_class (self->meaning, "dim-label");
  gtk_box_append (GTK_BOX (self->box), row);
  gtk_box_append (GTK_BOX (self->box), self->meaning);

  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Confidence"), -1);
  update (self);
}

GtkWidget *
okr_confidence_picker_new (void)
{
  return g_object_new (OKR_TYPE_CONFIDENCE_PICKER, NULL);
}
