/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "okr-checkin-row.h"
#include "okr-format.h"
#include "okr-gui-util.h"
#include "okr-math.h"

/* One check-in in a history: (the key result,) the value, the confidence, the date and
 * who wrote it, then the note's three parts. A retracted check-in stays, struck through,
 * with the reason it was retracted. */
struct _OkrCheckinRow {
  GtkWidget  parent_instance;
  GtkWidget *box;
  GtkWidget *key_result;
  GtkWidget *value;
  GtkWidget *confidence;
  GtkWidget *meta;
  GtkWidget *note;
  GtkWidget *retraction;
  GtkWidget *retract_button;
};

G_DEFINE_FINAL_TYPE (OkrCheckinRow, okr_checkin_row, GTK_TYPE_WIDGET)

static void
okr_checkin_row_dispose (GObject *object)
{
  OkrCheckinRow *self = OKR_CHECKIN_ROW (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (okr_checkin_row_parent_class)->dispose (object);
}

static void
okr_checkin_row_class_init (OkrCheckinRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = okr_checkin_row_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "checkinrow");
}

static GtkWidget *
text_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
okr_checkin_row_init (OkrCheckinRow *self)
{
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), "checkin-row");

  self->key_result = text_label ("heading");
  self->value = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->value, "checkin-value");
  gtk_widget_add_css_class (self->value, "numeric");
  /* a long value takes a second line on a narrow window */
  gtk_label_set_wrap (GTK_LABEL (self->value), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->value), 0);
  self->confidence = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->confidence, "status-pill");
  /* shortened only when a narrow window has no room for it; its colour still says the band */
  gtk_label_set_ellipsize (GTK_LABEL (self->confidence), PANGO_ELLIPSIZE_END);
  self->meta = gtk_label_new (NULL);
  gtk_label_set_ellipsize (GTK_LABEL (self->meta), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (self->meta, "dim-label");
  gtk_box_append (GTK_BOX (line), self->value);
  gtk_box_append (GTK_BOX (line), self->confidence);
  self->note = text_label (NULL);
  self->retraction = text_label ("error");

  gtk_box_append (GTK_BOX (text), self->key_result);
  gtk_box_append (GTK_BOX (text), line);
  /* who and when on a line of its own, so a narrow window keeps the confidence whole */
  gtk_label_set_xalign (GTK_LABEL (self->meta), 0);
  gtk_box_append (GTK_BOX (text), self->meta);
  gtk_box_append (GTK_BOX (text), self->note);
  gtk_box_append (GTK_BOX (text), self->retraction);
  gtk_widget_set_hexpand (text, TRUE);

  self->retract_button = gtk_button_new_with_mnemonic (_("_Retract…"));
  gtk_widget_add_css_class (self->retract_button, "flat");
  gtk_widget_set_valign (self->retract_button, GTK_ALIGN_CENTER);
  okr_widget_set_row_tooltip (self->retract_button,
                              _("Take back a wrong check-in; it stays in the history"));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->retract_button), "x", (gint64) 0);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->retract_button), "checkins.retract");

  gtk_box_append (GTK_BOX (self->box), text);
  gtk_box_append (GTK_BOX (self->box), self->retract_button);
}

GtkWidget *
okr_checkin_row_new (void)
{
  return g_object_new (OKR_TYPE_CHECKIN_ROW, NULL);
}

/* The confidence as a pill in its band's colour (the status colours: red, yellow, green). */
static void
set_confidence (GtkWidget *pill, int confidence)
{
  static const char *const bands[] = { "status-off-track", "status-at-risk", "status-on-track" };
  g_autofree char *text = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bands); i++)
    gtk_widget_remove_css_class (pill, bands[i]);
  gtk_widget_set_visible (pill, confidence > 0);
  if (confidence <= 0)
    return;
  /* Translators: a check-in's confidence, out of 10. */
  text = g_strdup_printf (_("confidence %d/10"), confidence);
  gtk_label_set_label (GTK_LABEL (pill), text);
  gtk_widget_add_css_class (pill, bands[okr_math_confidence_band (confidence)]);
}

static void
append_part (GString *note, const char *label, const char *text)
{
  if (text == NULL || *text == '\0')
    return;
  if (note->len > 0)
    g_string_append_c (note, '\n');
  /* Translators: one part of a check-in's note: "Went well: two big deals". */
  g_string_append_printf (note, _("%s: %s"), label, text);
}

/**
 * okr_checkin_row_bind:
 * @kr: (nullable): the key result, to write the value with its unit
 * @author: (nullable): who wrote the check-in
 * @show_key_result: write the key result's title (in a feed of several)
 * @can_retract: offer "Retract…" (a live check-in in a writable document)
 */
void
okr_checkin_row_bind (OkrCheckinRow *self, OkrCheckin *checkin, OkrKeyResult *kr,
                      const char *author, gboolean show_key_result, gboolean can_retract)
{
  gboolean retracted = okr_checkin_get_retracted (checkin);
  g_autofree char *value = NULL, *date = okr_format_date (okr_checkin_get_date (checkin));
  g_autofree char *meta = NULL;
  g_autoptr(GString) note = g_string_new (NULL);

  if (kr != NULL)
    value = okr_key_result_get_kind (kr) == OKR_KR_MILESTONE
      ? g_strdup_printf (ngettext ("%u milestone done", "%u milestones done",
                                   (guint) okr_checkin_get_value (checkin)),
                         (guint) okr_checkin_get_value (checkin))
      : okr_format_kr_value (okr_key_result_get_kind (kr), okr_checkin_get_value (checkin),
                             okr_key_result_get_unit_label (kr));
  else
    value = okr_format_number (okr_checkin_get_value (checkin), -1);

  gtk_label_set_label (GTK_LABEL (self->key_result), kr != NULL ? okr_key_result_get_title (kr)
                                                                : "");
  gtk_widget_set_visible (self->key_result, show_key_result && kr != NULL);
  gtk_label_set_label (GTK_LABEL (self->value), value);
  set_confidence (self->confidence, okr_checkin_get_confidence (checkin));
  meta = author != NULL && *author != '\0'
    /* Translators: when and by whom a check-in was written: "Feb 15, 2027 · Ann". */
    ? g_strdup_printf (_("%s · %s"), date, author)
    : g_strdup (date);
  gtk_label_set_label (GTK_LABEL (self->meta), meta);

  append_part (note, _("Went well"), okr_checkin_get_went_well (checkin));
  append_part (note, _("Blocked by"), okr_checkin_get_blocked_by (checkin));
  append_part (note, _("Next"), okr_checkin_get_next_step (checkin));
  append_part (note, _("Note"), okr_checkin_get_note (checkin));
  gtk_label_set_label (GTK_LABEL (self->note), note->str);
  gtk_widget_set_visible (self->note, note->len > 0);

  if (retracted)
    {
      /* Translators: why a check-in was retracted. */
      g_autofree char *why = g_strdup_printf (_("Retracted: %s"),
                                              okr_checkin_get_retract_reason (checkin));
      gtk_label_set_label (GTK_LABEL (self->retraction), why);
      gtk_widget_add_css_class (GTK_WIDGET (self), "retracted");
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "retracted");
  gtk_widget_set_visible (self->retraction, retracted);
  gtk_widget_set_visible (self->retract_button, can_retract && !retracted);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->retract_button), "x",
                                    okr_checkin_get_id (checkin));
}
